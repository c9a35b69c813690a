"""`wirebrief eval annotations`: quotes' speakers, dates' values and key players' roles against
articles annotated by hand (`shared/eval/annotated_dev.jsonl` and files like it), beside simple
baselines measured in the same run on the same articles.

The scoring rules are those of the reference scorer shipped with the data
(`shared/eval/score_annotations.py`); a test checks that both give the same figures on the same
output. The articles are split in two halves by a hash of their id: settings were chosen
looking at half A only, and half B is reported as unseen.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from .. import dates
from ..annotate import AnnotatedArticle
from ..models import Document

_WORD = re.compile(r"[a-z0-9]+")
_STOP = set("a an the of and or in on at to for by with from as is was be his her their its s".split())


# The reference scorer's rules -------------------------------------------------------------------


def words(text: str | None) -> list[str]:
    return _WORD.findall((text or "").lower().replace("’", "'").replace("'s", ""))


def contains_run(needle: list[str], hay: list[str]) -> bool:
    n = len(needle)
    return n > 0 and any(hay[i : i + n] == needle for i in range(len(hay) - n + 1))


def same_name(gold: str | None, system: str | None) -> bool:
    g, s = words(gold), words(system)
    if not g or not s:
        return False
    return g[-1] == s[-1] or contains_run(g, s) or contains_run(s, g)


def score(gold_rows: Sequence[dict], system_rows: Sequence[dict]) -> dict:
    """Counts and rates for quotes, dates and players, with examples of each kind of error."""
    by_id = {str(r.get("source_id", r.get("id"))): r for r in system_rows}
    q = dict(scored=0, right=0, wrong=0, missed=0)
    d = dict(scored=0, right=0, found=0, spurious=0)
    p = dict(scored=0, found=0, roles=0, roles_right=0)
    examples: dict[str, list[str]] = {"wrong speaker": [], "missed speaker": [], "wrong date": [], "missed date": [], "spurious date": [], "wrong role": [], "missed player": []}
    for g in gold_rows:
        s = by_id.get(g["id"], {})
        _score_quotes(g, s, q, examples)
        _score_dates(g, s, d, examples)
        _score_players(g, s, p, examples)
    ratio = lambda a, b: a / b if b else 0.0  # noqa: E731
    return {
        "quotes": {**q, "accuracy": ratio(q["right"], q["scored"]), "wrong_rate": ratio(q["wrong"], q["scored"])},
        "dates": {**d, "accuracy": ratio(d["right"], d["scored"]), "precision": ratio(d["right"], d["found"])},
        "players": {**p, "recall": ratio(p["found"], p["scored"]), "role_accuracy": ratio(p["roles_right"], p["roles"])},
        "examples": examples,
    }


def _score_quotes(g: dict, s: dict, q: dict, examples: dict) -> None:
    sq = [(words(x.get("quote")), x.get("speaker")) for x in s.get("quotes", []) or []]
    for gq in g.get("quotes", []):
        if "note" in gq:
            continue
        q["scored"] += 1
        key = words(gq["quote"])[:8]
        hits = [spk for qw, spk in sq if contains_run(key, qw)]
        if not hits:
            q["missed"] += 1
            examples["missed speaker"].append(f'{g["id"]}: "{gq["quote"][:50]}" ({gq["speaker"]}): no quote found')
            continue
        spk = next((h for h in hits if h), None)
        if gq.get("speaker") is None:
            if spk is None:
                q["right"] += 1
            else:
                q["wrong"] += 1
                examples["wrong speaker"].append(f'{g["id"]}: "{gq["quote"][:50]}" unattributed, system: {spk}')
        elif spk is None:
            q["missed"] += 1
            examples["missed speaker"].append(f'{g["id"]}: "{gq["quote"][:50]}" {gq["speaker"]}, system: no one')
        elif same_name(gq["speaker"], spk):
            q["right"] += 1
        else:
            q["wrong"] += 1
            examples["wrong speaker"].append(f'{g["id"]}: "{gq["quote"][:50]}" {gq["speaker"]}, system: {spk}')


def _score_dates(g: dict, s: dict, d: dict, examples: dict) -> None:
    sd = [(words(x.get("sentence")), set(words(x.get("expression"))), str(x.get("value")), x) for x in s.get("dates", []) or []]
    used: set[int] = set()
    for gd in sorted(g.get("dates", []), key=lambda x: "note" in x):  # noted dates match last and are not scored
        scored = "note" not in gd and g.get("published_reliable", True)
        d["scored"] += scored
        gs, ge = words(gd["sentence"]), set(words(gd["expression"]))
        match = None
        for i, (sw, se, _, _) in enumerate(sd):
            if i in used or not (se & ge):
                continue
            if contains_run(gs, sw) or (gs and sum(w in set(sw) for w in gs) >= 0.6 * len(gs)):
                match = i
                break
        if match is None:
            if scored:
                examples["missed date"].append(f'{g["id"]}: "{gd["expression"]}" is {gd["value"]} ({gd["sentence"][:60]})')
            continue
        used.add(match)
        if not scored:
            continue
        d["found"] += 1
        if sd[match][2] == gd["value"]:
            d["right"] += 1
        else:
            examples["wrong date"].append(f'{g["id"]}: "{gd["expression"]}" is {gd["value"]}, system: {sd[match][2]}')
    if g.get("published_reliable", True):
        for i, (_, _, value, x) in enumerate(sd):
            if i not in used:
                d["spurious"] += 1
                examples["spurious date"].append(f'{g["id"]}: "{x.get("expression")}" → {value}')


def _score_players(g: dict, s: dict, p: dict, examples: dict) -> None:
    sp = [(x.get("name"), x.get("role")) for x in s.get("players", []) or []]
    for gp in g.get("players", []):
        if "note" in gp:
            continue
        p["scored"] += 1
        hit = next(((n, r) for n, r in sp if same_name(gp["name"], n)), None)
        if not hit:
            examples["missed player"].append(f'{g["id"]}: {gp["name"]}')
            continue
        p["found"] += 1
        p["roles"] += 1
        grole = [w for w in words(gp.get("role")) if w not in _STOP]
        if not grole:
            ok = not words(hit[1])
        else:
            srole = set(words(hit[1]))
            ok = sum(w in srole for w in grole) >= 0.5 * len(grole)
        p["roles_right"] += ok
        if not ok:
            examples["wrong role"].append(f'{g["id"]}: {gp["name"]} is "{gp.get("role")}", system: "{hit[1]}"')


# Systems ----------------------------------------------------------------------------------------


def load(path: Path) -> list[dict]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"line {number}: not JSON ({exc.msg})") from None
    for row in rows:
        if not isinstance(row, dict) or not isinstance(row.get("id"), str) or not isinstance(row.get("text"), str):
            raise ValueError('every row needs "id" and "text" strings')
    return rows


def dev_file(root: Path) -> Path:
    """The dev file beside a checkout (`root`: the repository), or beside the folder of checkouts a worktree sits in."""
    near = root.parent / "shared" / "eval" / "annotated_dev.jsonl"
    return near if near.exists() else root.parent.parent / "shared" / "eval" / "annotated_dev.jsonl"


def half(row_id: str) -> str:
    """'A' or 'B', by a hash of the id: the same article always lands in the same half."""
    return "AB"[hashlib.sha1(row_id.encode()).digest()[0] % 2]


def documents(rows: Sequence[dict]) -> list[Document]:
    return [
        Document(
            id=row["id"],
            origin=row["id"],
            text=row["text"],
            title=row.get("title"),
            published=date.fromisoformat(row["published"]) if row.get("published") else None,
            source_id=row["id"],
            single_article=True,
        )
        for row in rows
    ]


def wirebrief_rows(annotated: Sequence[AnnotatedArticle]) -> list[dict]:
    from ..render import annotation_row

    return [annotation_row(notes) for notes in annotated]


def baseline_rows(rows: Sequence[dict], annotated: Sequence[AnnotatedArticle]) -> list[dict]:
    """The simple way: a quote's speaker is the nearest PERSON entity before it (the same
    recogniser wirebrief uses); dates are whatever `dateparser`'s search finds in each sentence,
    read against the publication date; players are the eight people and organisations the
    recogniser finds most often, without roles."""
    out = []
    for row, notes in zip(rows, annotated, strict=True):
        entities = [e for info in notes.sentences for e in info.entities]
        people = [e for e in entities if e.label == "PERSON"]
        quotes = []
        for quote in notes.quotes:
            start = notes.article.text.find(quote.text)
            before = [e.text for e in people if e.end <= start]
            quotes.append({"quote": quote.text, "speaker": before[-1] if before else None})
        published = notes.article.published
        dated = []
        for info in notes.sentences:
            for expression, value in _dateparser_dates(info.sentence.text, published):
                dated.append({"expression": expression, "sentence": info.sentence.text, "value": value})
        counts = Counter((e.text, e.label) for e in entities if e.label in ("PERSON", "ORG"))
        players = [{"name": name, "kind": "person" if label == "PERSON" else "organization", "role": None} for (name, label), _ in counts.most_common(8)]
        out.append({"source_id": row["id"], "quotes": quotes, "dates": dated, "players": players})
    return out


def _dateparser_dates(text: str, published: date | None) -> list[tuple[str, str]]:
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": datetime.combine(published or date.today(), datetime.min.time()), "RETURN_TIME_AS_PERIOD": True}
    found = search_dates(text, languages=["en"], settings=settings) or []
    parser = DateDataParser(languages=["en"], settings=settings)
    out = []
    for expression, moment in found:
        period = parser.get_date_data(expression).period or "day"
        out.append((expression, dates.label(moment.date(), period if period in (dates.MONTH, dates.YEAR) else dates.DAY)))
    return out


# The run ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Result:
    systems: dict[str, dict[str, dict]]  # system → part ("all", "A", "B") → score
    articles: int


AnnotateDocuments = Callable[[list[Document]], list[AnnotatedArticle]]


def annotate_rows(rows: Sequence[dict], annotate_documents: AnnotateDocuments) -> list[AnnotatedArticle]:
    """Each row's article annotated, in the rows' order."""
    by_source = {notes.article.source_id: notes for notes in annotate_documents(documents(rows))}
    return [by_source[row["id"]] for row in rows]


def score_file(path: Path, annotate_documents: AnnotateDocuments) -> dict:
    """wirebrief's scores on one hand-annotated file as a whole (no halves, no baseline)."""
    rows = load(path)
    return score(rows, wirebrief_rows(annotate_rows(rows, annotate_documents)))


def evaluate(path: Path, annotate_documents: AnnotateDocuments) -> Result:
    rows = load(path)
    annotated = annotate_rows(rows, annotate_documents)
    systems = {"wirebrief": wirebrief_rows(annotated), "baseline": baseline_rows(rows, annotated)}
    parts = {"all": rows, "A": [r for r in rows if half(r["id"]) == "A"], "B": [r for r in rows if half(r["id"]) == "B"]}
    scores = {name: {part: score(gold, system) for part, gold in parts.items()} for name, system in systems.items()}
    return Result(scores, len(rows))


def format_report(result: Result, *, examples: int = 8) -> str:
    lines = [f"{result.articles} articles annotated by hand; half A is where settings were chosen, half B is unseen", ""]
    header = f"{'system':10s} {'part':4s} {'quotes':>6s} {'speaker right':>13s} {'wrong':>6s} {'dates':>5s} {'value right':>11s} {'spurious':>8s} {'players':>7s} {'found':>6s} {'role right':>10s}"
    lines.append(header)
    for name, parts in result.systems.items():
        for part, r in parts.items():
            q, d, p = r["quotes"], r["dates"], r["players"]
            lines.append(
                f"{name:10s} {part:4s} {q['scored']:6d} {q['accuracy']:13.3f} {q['wrong_rate']:6.3f} {d['scored']:5d} {d['accuracy']:11.3f}"
                f" {d['spurious']:8d} {p['scored']:7d} {p['recall']:6.3f} {p['role_accuracy']:10.3f}"
            )
    lines.append("")
    lines.append("floors (every part): speaker right ≥ 0.90 with wrong ≤ 0.02; date value right ≥ 0.95; players found ≥ 0.85, role right ≥ 0.85")
    if examples:  # from half A only: half B stays unseen
        lines.append("wirebrief's errors in half A:")
        for kind, items in result.systems["wirebrief"]["A"]["examples"].items():
            for item in items[:examples]:
                lines.append(f"  {kind}: {item}")
    return "\n".join(lines)
