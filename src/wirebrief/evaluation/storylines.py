"""Measure storyline assignment on labelled news streams: headlines (UCI News Aggregator format) and full text.

`wirebrief eval storylines PATH` streams the headlines in timestamp order through
`StorylineIndex` (the code `wirebrief ingest` uses) and through a baseline, and scores both
against the labelled stories with NMI and BCubed precision / recall / F1.

Headline streams (UCI):
- `tune`: stories whose id hashes (CRC-32) to an even number: the headline settings were chosen here;
- `tune-il`: the tune half interleaved (see below): as many stories at once as the whole file has,
  still only tune stories, so concurrency can be studied and tuned on without looking at held-out;
- `held-out`: the other stories, never looked at while choosing settings;
- `all`: the whole file;
- `interleaved`: the whole file re-timed so that stories overlap (each story's headlines,
  in their order, spread over 2-24 hours from a random start): in the UCI file each story's
  headlines were crawled together, one story after another, which a system could exploit.

Full-text streams (headline and lede, as `wirebrief ingest` assigns them), scored also by pairs
joined right / wrong / missed:
- `seeds`: the issue-13 scenario (seed 004 published 2026-01-25, then seed 000 2026-02-05, split by
  the project's segmentation): the Ukraine talks must join across days and nothing else merge;
- `cnndm_dev`: 250 unrelated CNN/DailyMail stories as one day's news, 4 minutes apart: every merge
  is printed with both titles for a reader to judge;
- `multiday`: tests/data/storylines_dev.jsonl, real multi-day stories from the dev files (articles
  reporting the same event) with hand-written follow-ups, among every other dev article of those days
  (same-topic stories included): the full-text settings were chosen here;
- `unseen`: tests/data/storylines_unseen.jsonl, hand-written wire-style articles (multi-day stories: a
  trial then its verdict, a storm then its damage bill, a merger then its approval, a match then the
  manager's reaction, among same-topic distractors: another case at the same court, the same company's
  other news, the same politician's other matters), written before any run on it and never tuned on.
- `unseen-2`, `unseen-3`, `unseen-4`: more hand-written sets of the same kind, never looked at while choosing
  (unseen-4: transport accidents, an outbreak, a strike, a recall, a wildfire, a lawsuit, a state visit, a match and
  its disciplinary charge; follow-ups told in other words among same-topic pieces of the same days).

Baseline: the classic single-pass clustering of TDT (Allan et al. 1998): TF-IDF vectors of
lower-cased words (no stemming), IDF learned online, cosine to each storyline centroid of the
last 14 days, compared by brute force, with a fixed threshold (chosen on `tune` like ours).

`bench` replays the same headlines as an endless stream: replay k is shifted by 30·k days and
lightly reworded (a word dropped, two words swapped, a filler word added), and the time per
10,000 articles is reported as it goes.
"""

from __future__ import annotations

import csv
import json
import math
import random
import re
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Protocol

from ..models import Article, Document
from ..storylines import StorylineIndex
from ..text import STOPWORDS
from .clustering import bcubed, bcubed_by_size, nmi

FLOOR_NMI = 0.93
FLOOR_F1 = 0.90
FLOOR_STREAMS = ("all", "interleaved")
FLOOR_LINE = f"floor (issue 13): NMI ≥ {FLOOR_NMI:.2f}, BCubed F1 ≥ {FLOOR_F1:.2f} on the whole dev file and its interleaved stream"
PUBLISHED_LINE = "published: MStream (Yin et al., KDD 2018) NMI 0.834 on Google News headlines (another set)"
BASELINE_THRESHOLD = 0.06
BASELINE_WINDOW_DAYS = 14.0
COLUMNS = ("ID", "TITLE", "STORY", "TIMESTAMP")


@dataclass(frozen=True)
class Headline:
    id: str
    title: str
    story: str
    published: datetime
    publisher: str = ""
    text: str = ""  # what the assigner reads when not empty (headline and lede of a full-text article)

    @property
    def assigner_input(self) -> str:
        return self.text or self.title


@dataclass(frozen=True)
class Score:
    system: str
    stream: str
    items: int
    stories: int
    storylines: int
    nmi: float
    precision: float
    recall: float
    f1: float
    seconds: float


class Assigner(Protocol):
    """Anything with `add(id, text, published)` returning an object with `.storyline_id`."""

    def add(self, item_id: str, text: str, published: datetime) -> Any: ...


# --- data ----------------------------------------------------------------------------------


def load_uci(path: Path) -> list[Headline]:
    """Rows of a UCI News Aggregator CSV (ID, TITLE, STORY, TIMESTAMP in ms, …), in timestamp order."""
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"missing column(s) {', '.join(missing)}")
        rows = [
            Headline(
                id=row["ID"],
                title=row["TITLE"],
                story=row["STORY"],
                published=datetime.fromtimestamp(int(row["TIMESTAMP"]) / 1000, timezone.utc),
                publisher=row.get("PUBLISHER") or "",
            )
            for row in reader
        ]
    rows.sort(key=lambda h: h.published)
    return rows


def split(headlines: Sequence[Headline]) -> tuple[list[Headline], list[Headline]]:
    """(tune, held-out): stories whose id's CRC-32 is even, and the others."""
    tune = [h for h in headlines if zlib.crc32(h.story.encode()) % 2 == 0]
    held = [h for h in headlines if zlib.crc32(h.story.encode()) % 2 == 1]
    return tune, held


def interleave(headlines: Sequence[Headline], seed: int = 7) -> list[Headline]:
    """Re-time each story to start at a random moment of the file's span and last 2-24 hours."""
    rng = random.Random(seed)
    by_story: dict[str, list[Headline]] = {}
    for h in headlines:
        by_story.setdefault(h.story, []).append(h)
    start, end = headlines[0].published, headlines[-1].published
    span_s = (end - start).total_seconds()
    out = []
    for story in sorted(by_story):
        items = by_story[story]
        begin = start + timedelta(seconds=rng.random() * span_s)
        duration_s = rng.uniform(2, 24) * 3600
        out.extend(replace(h, published=begin + timedelta(seconds=duration_s * i / len(items))) for i, h in enumerate(items))
    out.sort(key=lambda h: h.published)
    return out


# --- systems -------------------------------------------------------------------------------


class TfidfBaseline:
    """Single-pass TF-IDF clustering with a fixed cosine threshold, brute force over recent storylines."""

    _word = re.compile(r"[a-z0-9]+")

    def __init__(self, threshold: float = BASELINE_THRESHOLD, window_days: float = BASELINE_WINDOW_DAYS) -> None:
        self.threshold = threshold
        self.window_s = window_days * 86400
        self.df: Counter[str] = Counter()
        self.n_docs = 0
        self.centroids: list[tuple[str, dict[str, float], list[float]]] = []  # id, weights, [norm², last seen]

    def add(self, item_id: str, text: str, published: datetime):
        words = Counter(w for w in self._word.findall(text.lower()) if w not in STOPWORDS)
        self.n_docs += 1
        self.df.update(words.keys())
        vector = {w: (1 + math.log(c)) * (math.log((1 + self.n_docs) / (1 + self.df[w])) + 1) for w, c in words.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        vector = {w: v / norm for w, v in vector.items()}
        moment = published.timestamp()
        best, best_score = None, 0.0
        for entry in self.centroids:
            _, weights, state = entry
            if moment - state[1] > self.window_s or not state[0]:
                continue
            score = sum(v * weights.get(w, 0.0) for w, v in vector.items()) / math.sqrt(state[0])
            if score > best_score:
                best, best_score = entry, score
        if best is None or best_score < self.threshold:
            best = (item_id, {}, [0.0, moment])
            self.centroids.append(best)
        _, weights, state = best
        for w, v in vector.items():
            old = weights.get(w, 0.0)
            weights[w] = old + v
            state[0] += (old + v) ** 2 - old * old
        state[1] = max(state[1], moment)
        return _Assigned(best[0])


@dataclass(frozen=True)
class _Assigned:
    storyline_id: str


SYSTEMS: dict[str, Callable[[], Assigner]] = {
    "wirebrief": StorylineIndex,
    "tfidf-baseline": TfidfBaseline,
}


# --- scoring -------------------------------------------------------------------------------


def predict(make: Callable[[], Assigner], headlines: Sequence[Headline]) -> tuple[list[str], float]:
    """Run one fresh assigner over `headlines` (in order): the storyline of each, and the seconds taken."""
    assigner = make()
    started = time.perf_counter()
    predicted = [assigner.add(h.id, h.assigner_input, h.published).storyline_id for h in headlines]
    resolve = getattr(assigner, "resolve", None)
    if resolve is not None:  # storylines merged later: earlier articles follow them
        predicted = [resolve(p) for p in predicted]
    return predicted, time.perf_counter() - started


def score_stream(system: str, make: Callable[[], Assigner], stream: str, headlines: Sequence[Headline]) -> Score:
    """Run one fresh assigner over `headlines` (in order) and score its storylines."""
    predicted, seconds = predict(make, headlines)
    return _score(system, stream, headlines, predicted, seconds)


def _score(system: str, stream: str, headlines: Sequence[Headline], predicted: Sequence[str], seconds: float) -> Score:
    truth = [h.story for h in headlines]
    b3 = bcubed(truth, predicted)
    return Score(
        system, stream, len(headlines), len(set(truth)), len(set(predicted)), nmi(truth, predicted), b3.precision, b3.recall, b3.f1, seconds
    )


def evaluate(headlines: Sequence[Headline], systems: Sequence[str] = tuple(SYSTEMS), progress: Callable | None = None) -> list[Score]:
    """Every system on every stream (tune, held-out, all, interleaved) of `headlines` (see `load_uci`)."""
    if not headlines:
        raise ValueError("no rows")
    streams = list(streams_of(headlines).items())
    streams = progress(streams, "headline streams", len(streams)) if progress else streams
    return [score_stream(name, SYSTEMS[name], stream, items) for stream, items in streams for name in systems if items]


def streams_of(headlines: Sequence[Headline]) -> dict[str, list[Headline]]:
    """The headline streams scored (see the module docstring), by name."""
    tune, held = split(headlines)
    return {"tune": tune, "tune-il": interleave(tune), "held-out": held, "all": list(headlines), "interleaved": interleave(headlines)}


TUNE_STREAMS = ("tune", "tune-il")


@dataclass(frozen=True)
class Mixed:
    """A predicted storyline holding articles of more than one labelled story."""

    size: int
    stories: tuple[tuple[str, int, str], ...]  # (story, articles, a title of it), most articles first


@dataclass(frozen=True)
class Split:
    """A labelled story spread over more than one storyline."""

    story: str
    title: str
    parts: tuple[int, ...]  # articles per storyline, largest first


def errors(headlines: Sequence[Headline], predicted: Sequence[str], *, min_stray: int = 3) -> tuple[list[Mixed], list[Split]]:
    """Where a stream's storylines go wrong: storylines that mix stories and stories split over
    storylines, each kept when at least `min_stray` articles lie outside its main part, largest first."""
    by_storyline: dict[str, list[Headline]] = {}
    by_story: dict[str, list[str]] = {}
    for item, storyline in zip(headlines, predicted):
        by_storyline.setdefault(storyline, []).append(item)
        by_story.setdefault(item.story, []).append(storyline)
    mixed = []
    for items in by_storyline.values():
        counts = Counter(item.story for item in items).most_common()
        if len(items) - counts[0][1] >= min_stray:
            first_title = {story: next(i.title for i in items if i.story == story) for story, _ in counts}
            mixed.append(Mixed(len(items), tuple((story, n, first_title[story]) for story, n in counts)))
    split_stories = []
    titles = {h.story: h.title for h in reversed(headlines)}
    for story, storylines in by_story.items():
        parts = tuple(n for _, n in Counter(storylines).most_common())
        if len(storylines) - parts[0] >= min_stray:
            split_stories.append(Split(story, titles[story], parts))
    mixed.sort(key=lambda m: -m.size)
    split_stories.sort(key=lambda s: -sum(s.parts))
    return mixed, split_stories


def format_errors(stream: str, headlines: Sequence[Headline], predicted: Sequence[str], limit: int = 10) -> str:
    mixed, split_stories = errors(headlines, predicted)
    lines = [f"{stream}, wirebrief: storylines mixing stories ({len(mixed)}), largest first"]
    for m in mixed[:limit]:
        lines.append(f"  {m.size} articles:")
        lines += [f"    {n:>4} of story {story[:10]}  {title[:80]!r}" for story, n, title in m.stories[:4]]
    lines.append(f"{stream}, wirebrief: stories split over storylines ({len(split_stories)}), largest first")
    lines += [f"  story {s.story[:10]} parts {list(s.parts[:8])}  {s.title[:70]!r}" for s in split_stories[:limit]]
    precision, recall = bcubed_by_size([h.story for h in headlines], predicted)
    lines.append(f"{stream}, wirebrief: where BCubed loses (precision by storyline size: merging; recall by story size: splitting)")
    for p, r in zip(precision, recall, strict=True):
        size = f"{p.low}+" if p.high >= 10**9 else f"{p.low}-{p.high}"
        lines.append(f"  size {size:>7}  precision {p.score:.3f} over {p.items:>5} items (loses {p.loss:.3f})"
                     f"  recall {r.score:.3f} over {r.items:>5} items (loses {r.loss:.3f})")
    return "\n".join(lines)


def meets_floor(scores: Sequence[Score]) -> bool:
    ours = [s for s in scores if s.system == "wirebrief" and s.stream in FLOOR_STREAMS]
    return bool(ours) and all(s.nmi >= FLOOR_NMI and s.f1 >= FLOOR_F1 for s in ours)


def format_report(scores: Sequence[Score]) -> str:
    header = f"{'stream':<12} {'system':<15} {'items':>6} {'stories':>7} {'storylines':>10} {'NMI':>6} {'B3 P':>6} {'B3 R':>6} {'B3 F1':>6} {'secs':>6}"
    lines = [header, "-" * len(header)]
    for s in scores:
        lines.append(
            f"{s.stream:<12} {s.system:<15} {s.items:>6} {s.stories:>7} {s.storylines:>10} {s.nmi:>6.3f} "
            f"{s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f} {s.seconds:>6.2f}"
        )
    lines += ["", FLOOR_LINE + (" — met" if any(s.stream == "all" for s in scores) and meets_floor(scores) else " — NOT met"), PUBLISHED_LINE]
    return "\n".join(lines)


# --- bench ---------------------------------------------------------------------------------

_FILLERS = ("today", "now", "latest", "breaking", "report", "update", "analysis", "again")


def replay(headlines: Sequence[Headline], n: int, shift_days: float = 30.0, seed: int = 11) -> Iterator[Headline]:
    """`n` headlines: the file over and over, replay k shifted by k·`shift_days` and lightly reworded."""
    rng = random.Random(seed)
    k = 0
    produced = 0
    while produced < n:
        shift = timedelta(days=shift_days * k)
        for h in headlines:
            if produced >= n:
                return
            title = h.title if k == 0 else _reword(h.title, rng)
            yield Headline(f"{h.id}-{k}", title, f"{h.story}-{k}", h.published + shift, h.publisher)
            produced += 1
        k += 1


def _reword(title: str, rng: random.Random) -> str:
    words = title.split()
    roll = rng.random()
    if roll < 0.3 and len(words) > 3:
        del words[rng.randrange(1, len(words))]
    elif roll < 0.6 and len(words) > 2:
        i = rng.randrange(len(words) - 1)
        words[i], words[i + 1] = words[i + 1], words[i]
    elif roll < 0.8:
        words.insert(rng.randrange(len(words) + 1), rng.choice(_FILLERS))
    return " ".join(words)


@dataclass(frozen=True)
class BenchStep:
    done: int
    seconds: float  # for the last block
    active: int  # storylines in the index after the block
    comparisons: float  # candidates scored per article in the block
    cpu_seconds: float = 0.0  # CPU time of this process for the last block (wall time also counts other processes)


def bench(headlines: Sequence[Headline], n: int, block: int = 10_000, index: StorylineIndex | None = None) -> Iterator[BenchStep]:
    """Stream `n` replayed headlines through one index; yield timing per `block` articles."""
    index = index or StorylineIndex()
    started, started_cpu = time.perf_counter(), time.process_time()
    compared = index.comparisons
    done = 0
    for h in replay(headlines, n):
        index.add(h.id, h.title, h.published)
        done += 1
        if done % block == 0 or done == n:
            now, now_cpu = time.perf_counter(), time.process_time()
            size = done % block or block
            yield BenchStep(done, now - started, len(index.active), (index.comparisons - compared) / size, now_cpu - started_cpu)
            started, started_cpu, compared = now, now_cpu, index.comparisons


# --- full-text streams -----------------------------------------------------------------------
#
# Headlines are not what `wirebrief ingest` sees: it assigns whole articles (headline and lede,
# `storyline_tracker.assigner_text`). These streams run full-text articles through the same code.

SEEDS_SCENARIO = (("004", date(2026, 1, 25)), ("000", date(2026, 2, 5)))
SEEDS_STORY = "Ukraine"
SAME_ARTICLE_JACCARD = 0.5  # cnndm_dev labels: rows sharing this share of word shingles are versions of one article  # the one story told in both seeds: its articles must join, and nothing else


@dataclass(frozen=True)
class PairCounts:
    """Pairs of articles put in one storyline, judged against the labels."""

    joined_right: int  # same story, same storyline
    joined_wrong: int  # different stories, same storyline: the error a reader cannot forgive
    missed: int  # same story, different storylines
    wrong_pairs: tuple[tuple[str, str], ...]  # titles of the wrongly joined pairs
    joined_pairs: tuple[tuple[str, str, bool], ...]  # every joined pair: titles, right or not


def pair_counts(headlines: Sequence[Headline], predicted: Sequence[str]) -> PairCounts:
    right = wrong = missed = 0
    wrong_pairs: list[tuple[str, str]] = []
    joined: list[tuple[str, str, bool]] = []
    for i in range(len(headlines)):
        for j in range(i + 1, len(headlines)):
            same_story = headlines[i].story == headlines[j].story
            if predicted[i] == predicted[j]:
                joined.append((headlines[i].title, headlines[j].title, same_story))
                if same_story:
                    right += 1
                else:
                    wrong += 1
                    wrong_pairs.append((headlines[i].title, headlines[j].title))
            elif same_story:
                missed += 1
    return PairCounts(right, wrong, missed, tuple(wrong_pairs), tuple(joined))


def _article_item(article: Article, story: str, published: datetime) -> Headline:
    from ..storylines.tracker import assigner_text

    return Headline(article.id, article.title, story, published, article.source or "", assigner_text(article.title, article.text))


def _noon(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time(), timezone.utc).replace(hour=12)


def load_seeds(folder: Path) -> list[Headline]:
    """The issue's scenario: seed 004 published 2026-01-25, then seed 000 published 2026-02-05, split
    into articles by the project's segmentation (as `wirebrief ingest` does). The articles about the
    Ukraine talks (in both seeds) are one story; every other article is a story of its own."""
    from ..segment import split_document

    items: list[Headline] = []
    for prefix, day in SEEDS_SCENARIO:
        path = next(folder.glob(f"{prefix}_*.txt"))
        document = Document(id=path.name, origin=str(path), text=path.read_text(encoding="utf-8"), published=day)
        for article in split_document(document):
            story = "ukraine-talks" if SEEDS_STORY.lower() in article.title.lower() else article.id
            items.append(_article_item(article, story, _noon(day)))
    return items


def load_cnndm(path: Path, start: datetime = datetime(2015, 4, 3, 6, tzinfo=timezone.utc), step_minutes: float = 4.0) -> list[Headline]:
    """CNN/DailyMail articles, each its own story (two versions of one article excepted), ingested as one day's news: `step_minutes` apart, so
    the same hour holds a dozen unrelated stories (football matches, court cases, politics) side by side.
    Titles are what segmentation makes of the text (the rows have none)."""
    from ..segment import split_document

    from ..dedup import NEAR_DUPLICATE_MIN_SIMILARITY, signature, similarity

    items = []
    signatures: list[list[int]] = []
    versions: list[tuple[set[str], str]] = []  # shingles of each row kept, and its story label
    with path.open(encoding="utf-8") as handle:
        for i, line in enumerate(handle):
            row = json.loads(line)
            sig = signature(row["article"])
            if sig is not None and any(similarity(sig, seen) >= NEAR_DUPLICATE_MIN_SIMILARITY for seen in signatures):
                continue  # a near-duplicate of an earlier row: `wirebrief ingest` leaves it out (store.save_deduplicated)
            if sig is not None:
                signatures.append(sig)
            document = Document(id=row["id"], origin=row.get("url") or row["id"], text=row["article"], single_article=True)
            articles = split_document(document)
            if not articles:
                continue
            # Two versions of one article (half or more of their 5-word shingles shared) tell one story.
            story = _version_label(row["article"], row["id"], versions)
            items.append(_article_item(articles[0], story, start + timedelta(minutes=step_minutes * i)))
    return items


def _version_label(text: str, label: str, versions: list[tuple[set[str], str]]) -> str:
    """`label`, or the label of an earlier text of which `text` is another version (half or more of
    their 5-word shingles shared): two versions of one article tell one story."""
    from ..dedup import shingles

    own = shingles(text)
    found = next((seen_label for seen, seen_label in versions if own and len(own & seen) >= SAME_ARTICLE_JACCARD * len(own | seen)), label)
    versions.append((own, found))
    return found


def load_multiday(path: Path, annotated: Path, cnndm: Path) -> list[Headline]:
    """The multi-day development set (tests/data/storylines_dev.jsonl): rows that name an article of the
    dev files (`ref`: "annotated_dev:ID" or "cnndm_dev:ID") or carry a hand-written follow-up (title,
    text), each with its story label and publication time. Every other article of annotated_dev joins as
    a story of its own at noon of its date (the same days hold same-topic stories: other Trump, Tesla
    and Fed pieces), and every other cnndm_dev article as a story of its own spread over the week of the
    cnndm_dev stories in the set, so unrelated news of the same hours runs beside each storyline."""
    from ..segment import split_document

    sources: dict[str, dict[str, dict]] = {"annotated_dev": {}, "cnndm_dev": {}}
    for name, file in (("annotated_dev", annotated), ("cnndm_dev", cnndm)):
        with file.open(encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                sources[name][str(row["id"])] = row

    def article_of(name: str, row: dict) -> Article | None:
        text = row.get("text") or row.get("article") or ""
        document = Document(id=str(row["id"]), origin=row.get("url") or str(row["id"]), text=text, title=row.get("title"), single_article=True)
        found = split_document(document)
        return found[0] if found else None

    items: list[Headline] = []
    used: set[str] = set()
    cnndm_times: list[datetime] = []
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    for row in rows:
        published = datetime.fromisoformat(row["published"].replace("Z", "+00:00"))
        if "ref" in row:
            name, ref_id = row["ref"].split(":", 1)
            article = article_of(name, sources[name][ref_id])
            used.add(ref_id)
            if name == "cnndm_dev":
                cnndm_times.append(published)
        else:
            article = Article(id=row["id"], document_id=row["id"], title=row["title"], text=row["text"])
        if article is not None:
            items.append(_article_item(article, row["story"], published))
    for i, (ref_id, row) in enumerate(sources["annotated_dev"].items()):
        if ref_id in used or not row.get("published"):
            continue
        article = article_of("annotated_dev", row)
        if article is not None:
            moment = _noon(date.fromisoformat(row["published"])) + timedelta(minutes=7 * (i % 12))
            items.append(_article_item(article, "solo:" + ref_id, moment))
    if cnndm_times:
        first, last = min(cnndm_times), max(cnndm_times) + timedelta(days=7)
        others = [(ref_id, row) for ref_id, row in sources["cnndm_dev"].items() if ref_id not in used]
        versions: list[tuple[set[str], str]] = []
        for i, (ref_id, row) in enumerate(others):
            article = article_of("cnndm_dev", row)
            if article is not None:
                moment = first + (last - first) * (i / max(len(others) - 1, 1))
                items.append(_article_item(article, _version_label(row["article"], "solo:" + ref_id, versions), moment))
    items.sort(key=lambda h: h.published)
    return items


def load_handwritten(path: Path) -> list[Headline]:
    """A hand-written full-text set: one JSON object a line with id, story, published (ISO), title, text."""
    items = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            published = datetime.fromisoformat(row["published"].replace("Z", "+00:00"))
            article = Article(id=row["id"], document_id=row["id"], title=row["title"], text=row["text"])
            items.append(_article_item(article, row["story"], published))
    items.sort(key=lambda h: h.published)
    return items


@dataclass(frozen=True)
class FullTextResult:
    system: str
    stream: str
    score: Score
    pairs: PairCounts
    storylines: tuple[tuple[str, ...], ...]  # titles of each storyline of two or more articles


def evaluate_full_text(streams: dict[str, Sequence[Headline]], systems: Sequence[str] = tuple(SYSTEMS),
                       progress: Callable | None = None) -> list[FullTextResult]:
    results = []
    for stream, items in progress(list(streams.items()), "full-text streams", len(streams)) if progress else streams.items():
        for system in systems:
            predicted, seconds = predict(SYSTEMS[system], items)
            grouped: dict[str, list[str]] = {}
            for item, storyline in zip(items, predicted):
                grouped.setdefault(storyline, []).append(item.title)
            results.append(
                FullTextResult(
                    system,
                    stream,
                    _score(system, stream, items, predicted, seconds),
                    pair_counts(items, predicted),
                    tuple(tuple(titles) for titles in grouped.values() if len(titles) > 1),
                )
            )
    return results


def seeds_right(result: FullTextResult) -> bool:
    """The seeds scenario's floor: the Ukraine articles joined, and no other pair."""
    return result.pairs.joined_wrong == 0 and result.pairs.missed == 0


def format_full_text(results: Sequence[FullTextResult], *, list_merges: Sequence[str] = ("cnndm_dev",)) -> str:
    header = f"{'stream':<12} {'system':<15} {'items':>6} {'stories':>7} {'storylines':>10} {'NMI':>6} {'B3 F1':>6} {'pairs right':>11} {'wrong':>6} {'missed':>6}"
    lines = [header, "-" * len(header)]
    for r in results:
        s, p = r.score, r.pairs
        lines.append(
            f"{r.stream:<12} {r.system:<15} {s.items:>6} {s.stories:>7} {s.storylines:>10} {s.nmi:>6.3f} {s.f1:>6.3f} "
            f"{p.joined_right:>11} {p.joined_wrong:>6} {p.missed:>6}"
        )
    for r in results:
        if r.stream == "seeds":
            lines += ["", f"seeds, {r.system}: " + ("right (Ukraine joined across days, nothing else merged)" if seeds_right(r) else "WRONG")]
            lines += [f"  storyline: {' | '.join(t[:60] for t in titles)}" for titles in r.storylines]
    for r in results:
        if r.stream in list_merges and r.system == "wirebrief":
            lines += ["", f"{r.stream}, {r.system}: every merged pair, for a reader to judge ({r.pairs.joined_right + r.pairs.joined_wrong})"]
            lines += [f"  {'same' if ok else 'DIFF'}  {a[:70]!r}  +  {b[:70]!r}" for a, b, ok in r.pairs.joined_pairs]
    for r in results:
        if r.stream not in list_merges and r.stream != "seeds" and r.system == "wirebrief" and r.pairs.wrong_pairs:
            lines += ["", f"{r.stream}, {r.system}: wrongly joined pairs"]
            lines += [f"  {a[:70]!r}  +  {b[:70]!r}" for a, b in r.pairs.wrong_pairs]
    return "\n".join(lines)
