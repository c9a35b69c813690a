"""Fit the learned date decisions of `wirebrief.annotate.dating` (small numpy models, no new dependency).

    python -m wirebrief.evaluation.date_training [--cross-validate]

annotates every training file with the rules alone (`dating.USE_MODELS` off), exactly as
`wirebrief eval annotations` does (every sentence parsed), and builds one example per decision with the
named features of `dating.DATE_FEATURE_NAMES`, labelled from the gold by the scorer's own matching
(`annotations.score`'s rules, repeated in `_matches`):
- KEEP: every date the system emits in an article whose publication date is reliable; positive where it
  matches a gold date (noted ones too: those are dates, only not scored);
- DIRECTION: every emitted date matched to a scored gold date whose expression's side decides its value
  (`dating.direction_candidates`: its readings ahead of and behind publication differ) and whose gold
  value is one of the two; positive where it is the one ahead.
Each model is the mean of NETWORKS small networks (`segment_training.fit_network`: one hidden layer of
HIDDEN_UNITS tanh units, a logistic output). With --cross-validate every file is scored by models fitted
without it (leave one file out; half A of the dev file is one file, half B is never read), rules alone
against rules + model, per file and pooled; the thresholds are chosen on those pooled held-out
predictions, never on a file's own fit, favouring precision: KEEP drops a date only where the held-out
dates right do not fall; DIRECTION turns a date only where it is at least as confident as the threshold
that gains most held-out dates right. The chosen thresholds and the scope of DIRECTION (every reading of
the rules, or only those where they leave the side open) are written with the weights to
`src/wirebrief/annotate/date_model.py`.

What the cross-validation showed (session 11; 12 files, 1876 scored dates, rules alone 1819 right with 24
spurious, pooled):
- DIRECTION, 786 dates whose side decides their value (391 ahead): the rules read 0.991 of them right; the
  model 0.985-0.987 with the rules' readings among its features (1, 4 or 8 hidden units), 0.991 without
  them (--without-readings: the parse alone matches ten sessions of rules, but does not beat them). Applied
  where the rules leave the side open or everywhere, at thresholds 0.6-0.95: 1817-1819 right, never more
  than the rules. Threshold None: the rules decide.
- KEEP, 2004 emitted dates of which 24 spurious (+ 215 candidates the rules left out, 101 of them matching
  a gold date): held-out AUC of kept against spurious 0.47 (1 hidden unit), 0.74 (4), 0.65 (8) without
  those; the spurious ones (a film's title, a dog named for a weekday, a habit, a month in a list of
  figures) sit among the most confident kept dates, so no threshold drops one without losing a right one.
  Threshold None: the rules decide.
The weights are written all the same (the tests read them; a next try starts from them).
"""

from __future__ import annotations

import argparse
import pickle
import pprint
from pathlib import Path

import numpy as np

from wirebrief.annotate import dating
from wirebrief.evaluation import annotations
from wirebrief.evaluation.segment_training import fit_network, predict

ROOT = Path(__file__).resolve().parents[3]
MODEL_PATH = Path(dating.__file__).with_name("date_model.py")
HIDDEN_UNITS = 4
NETWORKS = 3
L2 = 3e-2
STEPS = 800
WITH_DROPPED = True  # KEEP fitted on the candidates the rules left out too
KEEP_THRESHOLDS = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4)  # drop below
DIRECTION_THRESHOLDS = (0.6, 0.7, 0.8, 0.85, 0.9, 0.95)  # turn at or above (or at or below 1 - it)
# The rules' readings DIRECTION may overrule: all of them, or those that leave the side open.
SCOPES = {"open": ("nearest", "none", "unsure", "reported", "was_due", "ordered", "scene"), "all": tuple(name for name, _ in dating._READINGS)}


def training_files() -> list[tuple[str, list[dict]]]:
    """(name, gold rows) of every file with dates gold: the hand-written sets, the two earlier held-out sets,
    and half A of the dev file (half B is unseen: never read here)."""
    data = ROOT / "tests" / "data"
    paths = sorted(data.glob("dates_handwritten*.jsonl")) + [data / "players_dates_handwritten.jsonl",
                                                              data / "annotated_heldout_s9.jsonl", data / "annotated_heldout_s10.jsonl"]
    files = [(path.stem, annotations.load(path)) for path in paths]
    dev = annotations.dev_file(ROOT)
    files.append(("dev_A", [row for row in annotations.load(dev) if annotations.half(row["id"]) == "A"]))
    return files


def annotate_rules_only(rows: list[dict]) -> list[tuple[object, list]]:
    """Each row's article annotated as `wirebrief eval annotations` does, with the rules alone, and the
    candidates the rules left out of its parsed sentences (`dating.DROPPED`)."""
    from wirebrief import pipeline
    from wirebrief.config import load_settings

    settings = load_settings(None)
    dating.USE_MODELS, dating.RECORD_FEATURES = False, True
    out = []
    try:
        for row in rows:
            dating.DROPPED = []
            notes = annotations.annotate_rows([row], lambda docs: pipeline.annotate_documents(docs, settings))[0]
            out.append((notes, dating.DROPPED))
    finally:
        dating.USE_MODELS, dating.RECORD_FEATURES, dating.DROPPED = True, False, None
    return out


def _matches_any(gold: dict, sentence: str, expression: str) -> bool:
    """Whether a candidate matches some gold date of the article by the scorer's rules (used or not)."""
    words, contains_run = annotations.words, annotations.contains_run
    sw, se = words(sentence), set(words(expression))
    for gd in gold.get("dates", []):
        gs, ge = words(gd["sentence"]), set(words(gd["expression"]))
        if se & ge and (contains_run(gs, sw) or (gs and sum(w in set(sw) for w in gs) >= 0.6 * len(gs))):
            return True
    return False


def emitted(notes) -> list[tuple[dict, object]]:
    """(row date, mention) of every date the article's annotation row lists, in its order."""
    row = annotations.wirebrief_rows([notes])[0]
    mentions = [m for info in notes.sentences for m in info.dates if not m.resolved.is_vague]
    return list(zip(row["dates"], mentions, strict=True))


def _matches(gold: dict, system_dates: list[dict]) -> dict[int, dict]:
    """System date index → the gold date it matches, by the scorer's rules (`annotations._score_dates`)."""
    words, contains_run = annotations.words, annotations.contains_run
    sd = [(words(x.get("sentence")), set(words(x.get("expression")))) for x in system_dates]
    used: dict[int, dict] = {}
    for gd in sorted(gold.get("dates", []), key=lambda x: "note" in x):
        gs, ge = words(gd["sentence"]), set(words(gd["expression"]))
        for i, (sw, se) in enumerate(sd):
            if i in used or not (se & ge):
                continue
            if contains_run(gs, sw) or (gs and sum(w in set(sw) for w in gs) >= 0.6 * len(gs)):
                used[i] = gd
                break
    return used


class Article:
    """One annotated article: its gold row, its emitted dates, and their examples."""

    def __init__(self, gold: dict, notes, dropped: list) -> None:
        self.gold = gold
        # the candidates the rules left out: more examples of what is no date (fitting KEEP only)
        self.dropped = [(None, features, float(_matches_any(gold, sentence, expression)))
                        for sentence, expression, _, features in dropped] if gold.get("published_reliable", True) else []
        self.published = notes.article.published
        self.dates = emitted(notes)
        self.row = {"source_id": gold["id"], "dates": [d for d, _ in self.dates]}
        matched = _matches(gold, self.row["dates"])
        reliable = gold.get("published_reliable", True)
        self.keep = []  # (index, features, label)
        self.direction = []  # (index, features, label, (ahead, behind))
        for i, (row_date, mention) in enumerate(self.dates):
            if not mention.features:
                continue
            if reliable:
                self.keep.append((i, mention.features, float(i in matched)))
            gd = matched.get(i)
            if gd is None or "note" in gd or not reliable or self.published is None:
                continue
            candidates = dating.direction_candidates(row_date["expression"].strip(), self.published)
            if candidates and row_date["value"] in (candidates[0].value, candidates[1].value) and gd["value"] in (candidates[0].value, candidates[1].value):
                self.direction.append((i, mention.features, float(gd["value"] == candidates[0].value), candidates))

    def rows_with(self, keep_p: dict[int, float], keep_threshold: float | None, direction_p: dict[int, float],
                  direction_threshold: float | None, scope: tuple[str, ...]) -> dict:
        """The article's row with the decisions applied at these probabilities and thresholds."""
        reading_index = {name: k for k, (name, _) in enumerate(dating._READINGS)}
        turned = {}
        if direction_threshold is not None:
            for i, features, _, (ahead, behind) in self.direction_all:
                if i not in direction_p or not any(features[reading_index[name]] for name in scope):
                    continue
                p = direction_p[i]
                side = ahead if p >= direction_threshold else behind if p <= 1 - direction_threshold else None
                if side is not None:
                    turned[i] = side.value
        out = []
        for i, row_date in enumerate(self.row["dates"]):
            if keep_threshold is not None and i in keep_p and keep_p[i] < keep_threshold:
                continue
            out.append({**row_date, "value": turned.get(i, row_date["value"])})
        return {"source_id": self.gold["id"], "dates": out}

    @property
    def direction_all(self) -> list:
        """Every emitted date whose side decides its value (labelled or not): where DIRECTION may act."""
        if not hasattr(self, "_direction_all"):
            self._direction_all = []
            for i, (row_date, mention) in enumerate(self.dates):
                if mention.features and self.published is not None:
                    candidates = dating.direction_candidates(row_date["expression"].strip(), self.published)
                    if candidates and row_date["value"] in (candidates[0].value, candidates[1].value):
                        self._direction_all.append((i, mention.features, None, candidates))
        return self._direction_all


def fit(x: np.ndarray, y: np.ndarray, hidden: int = HIDDEN_UNITS, l2: float = L2) -> dict:
    """The mean of NETWORKS networks from seeds 0, 1, 2 (`fit_network`)."""
    fitted = [fit_network(x, y, hidden=hidden, l2=l2, steps=STEPS, seed=seed) for seed in range(NETWORKS)]
    return {"threshold": 0.5, "mean": fitted[0]["mean"], "scale": fitted[0]["scale"],
            "networks": [{key: net[key] for key in ("hidden_weights", "hidden_bias", "output_weights", "output_bias")} for net in fitted],
            "rows": len(y), "positives": int(y.sum())}


def _xy(examples: list) -> tuple[np.ndarray, np.ndarray]:
    return np.array([e[1] for e in examples], dtype=float), np.array([e[2] for e in examples], dtype=float)


def load_all() -> list[tuple[str, list[Article]]]:
    out = []
    for name, rows in training_files():
        annotated = annotate_rules_only(rows)
        out.append((name, [Article(gold, notes, dropped) for gold, (notes, dropped) in zip(rows, annotated, strict=True)]))
        print(f"annotated {name}: {len(rows)} articles", flush=True)
    return out


def keep_examples(articles, with_dropped: bool) -> list:
    return [e for a in articles for e in a.keep + (a.dropped if with_dropped else [])]


# Features DIRECTION weighs: all, or (--without-readings, a check of whether the parse alone could replace the
# rules) all but the rules' own readings of the clause.
DIRECTION_MASK = np.ones(len(dating.DATE_FEATURE_NAMES))
RULES_READINGS = [k for k, name in enumerate(dating.DATE_FEATURE_NAMES) if name.startswith(("reading_", "words_tell_"))]


def held_out_probabilities(files, hidden: int, l2: float, with_dropped: bool = WITH_DROPPED) -> tuple[list[dict], list[dict]]:
    """For each file, (keep, direction) probabilities of its dates by models fitted on the other files."""
    keep_p, direction_p = [], []
    for k, (_, articles) in enumerate(files):
        others = [a for j, (_, arts) in enumerate(files) if j != k for a in arts]
        keep_model = fit(*_xy(keep_examples(others, with_dropped)), hidden=hidden, l2=l2)
        x, y = _xy([e for a in others for e in a.direction])
        direction_model = fit(x * DIRECTION_MASK, y, hidden=hidden, l2=l2)
        kp, dp = {}, {}
        for n, a in enumerate(articles):
            if a.keep:
                for (i, *_), p in zip(a.keep, predict(keep_model, np.array([e[1] for e in a.keep], dtype=float)), strict=True):
                    kp[(n, i)] = float(p)
            if a.direction_all:
                for (i, *_), p in zip(a.direction_all, predict(direction_model, np.array([e[1] for e in a.direction_all], dtype=float) * DIRECTION_MASK), strict=True):
                    dp[(n, i)] = float(p)
        keep_p.append(kp)
        direction_p.append(dp)
    return keep_p, direction_p


def scores(files, keep_p, direction_p, keep_threshold, direction_threshold, scope) -> list[dict]:
    """Each file's dates score with the decisions applied (None thresholds: the rules alone)."""
    out = []
    for k, (_, articles) in enumerate(files):
        rows = [a.rows_with({i: p for (n2, i), p in keep_p[k].items() if n2 == n}, keep_threshold,
                            {i: p for (n2, i), p in direction_p[k].items() if n2 == n}, direction_threshold, scope)
                for n, a in enumerate(articles)]
        out.append(annotations.score([a.gold for a in articles], rows)["dates"])
    return out


def pooled(per_file: list[dict]) -> tuple[int, int, int]:
    return sum(s["right"] for s in per_file), sum(s["scored"] for s in per_file), sum(s["spurious"] for s in per_file)


def choose(files, keep_p, direction_p) -> tuple[float | None, float | None, str, list[str]]:
    """Thresholds and scope on the pooled held-out predictions: DIRECTION's the one with most dates right
    (ties: the higher threshold); then KEEP's the one with fewest spurious dates among those that keep every
    date right (ties: the lower threshold)."""
    lines = []
    rules = pooled(scores(files, keep_p, direction_p, None, None, ()))
    lines.append(f"rules alone: {rules[0]}/{rules[1]} right, {rules[2]} spurious")
    best_direction = (rules[0], 0.0, None, "open")
    for scope in SCOPES:
        for threshold in DIRECTION_THRESHOLDS:
            right, scored, spurious = pooled(scores(files, keep_p, direction_p, None, threshold, SCOPES[scope]))
            lines.append(f"DIRECTION scope {scope} threshold {threshold}: {right}/{scored} right, {spurious} spurious")
            if right > best_direction[0] or (right == best_direction[0] > rules[0] and threshold > best_direction[1]):
                best_direction = (right, threshold, threshold, scope)
    direction_threshold, scope = best_direction[2], best_direction[3]
    base = pooled(scores(files, keep_p, direction_p, None, direction_threshold, SCOPES[scope]))
    best_keep = (base[2], 0.0, None)
    for threshold in KEEP_THRESHOLDS:
        right, scored, spurious = pooled(scores(files, keep_p, direction_p, threshold, direction_threshold, SCOPES[scope]))
        lines.append(f"KEEP threshold {threshold}: {right}/{scored} right, {spurious} spurious")
        if right >= base[0] and spurious < best_keep[0]:  # strictly fewer spurious dates, none right lost
            best_keep = (spurious, -threshold, threshold)
    return best_keep[2], direction_threshold, scope, lines


def write_model(keep: dict | None, direction: dict | None, trained_on: str, cv_summary: str) -> None:
    MODEL_PATH.write_text(
        '"""Weights of the learned date decisions of wirebrief.annotate.dating, generated by\n'
        "`python -m wirebrief.evaluation.date_training` (do not edit by hand).\n\n"
        f"Trained on: {trained_on}.\n"
        "Both weigh dating.DATE_FEATURE_NAMES, in that order. KEEP: the probability that a date is one an annotator lists\n"
        "(dropped below its threshold); DIRECTION: that a date whose side decides its value lies after publication\n"
        "(turned where at least its threshold sure, either way), only where the rules read its clause as one of its readings.\n"
        f"Leave-one-file-out: {cv_summary}.\n"
        '"""\n\n'
        f"FEATURES = {len(dating.DATE_FEATURE_NAMES)}\n\n"
        f"KEEP = {pprint.pformat(keep, width=110, sort_dicts=False, compact=True)}\n\n"
        f"DIRECTION = {pprint.pformat(direction, width=110, sort_dicts=False, compact=True)}\n",
        encoding="utf-8",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cross-validate", action="store_true", help="print leave-one-file-out figures")
    parser.add_argument("--hidden", type=int, default=HIDDEN_UNITS)
    parser.add_argument("--l2", type=float, default=L2)
    parser.add_argument("--without-readings", action="store_true", help="DIRECTION without the rules' readings (cross-validation only)")
    parser.add_argument("--cache", type=Path, help="keep the rules' annotations here between runs (a pickle)")
    args = parser.parse_args()
    if args.cache and args.cache.exists():
        files = pickle.loads(args.cache.read_bytes())
    else:
        files = load_all()
        if args.cache:
            args.cache.write_bytes(pickle.dumps(files))
    if args.without_readings:
        DIRECTION_MASK[RULES_READINGS] = 0.0
    keep_p, direction_p = held_out_probabilities(files, args.hidden, args.l2)
    keep_threshold, direction_threshold, scope, lines = choose(files, keep_p, direction_p)
    if args.cross_validate:
        print("\n".join(lines))
        rules = scores(files, keep_p, direction_p, None, None, ())
        model = scores(files, keep_p, direction_p, keep_threshold, direction_threshold, SCOPES[scope])
        direction_everywhere = scores(files, keep_p, direction_p, keep_threshold, direction_threshold, SCOPES["all"])
        print(f"\nchosen: KEEP threshold {keep_threshold}, DIRECTION threshold {direction_threshold} on readings {scope}")
        print(f"{'file':28s} {'dates':>5s} {'rules right':>11s} {'spur':>4s} {'+model right':>12s} {'spur':>4s} {'(dir. all) right':>16s} {'spur':>4s}")
        for (name, _), r, m, e in zip(files, rules, model, direction_everywhere, strict=True):
            print(f"{name:28s} {r['scored']:5d} {r['accuracy']:11.3f} {r['spurious']:4d} {m['accuracy']:12.3f} {m['spurious']:4d} {e['accuracy']:16.3f} {e['spurious']:4d}")
        for label, per_file in (("pooled", None),):
            r, m, e = pooled(rules), pooled(model), pooled(direction_everywhere)
            print(f"{label:28s} {r[1]:5d} {r[0] / r[1]:11.3f} {r[2]:4d} {m[0] / m[1]:12.3f} {m[2]:4d} {e[0] / e[1]:16.3f} {e[2]:4d}")
    if args.without_readings:
        return
    everything = [a for _, arts in files for a in arts]
    keep = fit(*_xy(keep_examples(everything, WITH_DROPPED)), hidden=args.hidden, l2=args.l2)
    direction = fit(*_xy([e for a in everything for e in a.direction]), hidden=args.hidden, l2=args.l2)
    rules, model = pooled(scores(files, keep_p, direction_p, None, None, ())), pooled(scores(files, keep_p, direction_p, keep_threshold, direction_threshold, SCOPES[scope]))
    cv_summary = (f"dates right {rules[0]}/{rules[1]} with {rules[2]} spurious by the rules, {model[0]}/{model[1]} with {model[2]} "
                  f"spurious with the models")
    keep = replace_threshold(keep, keep_threshold)
    direction = replace_threshold(direction, direction_threshold, readings=list(SCOPES[scope]))
    write_model(keep, direction, ", ".join(name for name, _ in files), cv_summary)
    print(f"wrote {MODEL_PATH} (KEEP {keep and keep['rows']} dates, DIRECTION {direction and direction['rows']} dates)")


def replace_threshold(model: dict, threshold: float | None, **extra) -> dict:
    """The model with its chosen threshold: None where the cross-validation chose none, and `dating` then
    leaves the decision to the rules (the weights stay, for the tests and the next try)."""
    return {**model, "threshold": threshold, **extra}


if __name__ == "__main__":
    main()
