"""Fit the role model of `wirebrief.annotate.people` (a small neural network, numpy only).

    python -m wirebrief.evaluation.role_training [--cross-validate]

annotates every training file as `wirebrief eval annotations` does, with the rules alone
(`people.USE_ROLE_MODEL` off), and reads every candidate role the annotator offers each key player
(`people.ROLE_LOG`): each rule's reading on its own, the spans the parse links to a mention, the rules'
choice, and nothing. A candidate is labelled right as the scorer would count it (at least half the
gold role's content words in it; nothing is right where the gold role is null). The model is the
mean of three networks of `segment_training.fit_network` (one hidden layer of tanh units) over
`people.ROLE_FEATURE_NAMES`. A player keeps the rules' choice unless a candidate (or nothing) is
likelier by the margin; the margin, and whether a second likely candidate is joined ("A; B"), are
chosen on leave-one-file-out predictions (each file scored by a model fitted without it).

What the cross-validation showed (session 11; 1,136 found gold players in 12 files): the rules alone
give 0.857 of roles right; some candidate is right for 0.899 (the ceiling of any choice). Letting the
model replace the rules' choice never helped at any margin (0.853 at margin 0, 0.857-0.858 from 0.1):
where the rules speak they choose as well as the model. What helps is a second likely candidate (p >= 0.4
and likelier than nothing): joined when it shares no word with the first ("Economy Minister; a Green"),
taken instead when it is the rules' title with the words in front of it ("Iberville Parish President"
for "President"): 0.864 (0.860 at 0.5; the most cautious setting within two players of the best is
kept). Tried and left out: taking any longer reading that holds the rules' words (it undid the rules'
cuts: "The victim, 34-year-old"), a description opening the next sentence set against the players of
the one before (no player gained), no join of a reading naming another player (0.858: most name the
organisation the player works for), an L2 of 1e-3 instead of 1e-2 (0.861).

Training files: the players sets (tests/data/players*_handwritten*.jsonl), the held-out sets of
sessions 9 and 10, and half A of shared/eval/annotated_dev.jsonl (half B is never read here).
"""

from __future__ import annotations

import argparse
import json
import pprint
from collections import defaultdict
from pathlib import Path

import numpy as np

from wirebrief.annotate import people
from wirebrief.evaluation import annotations
from wirebrief.evaluation.segment_training import fit_network, predict

ROOT = Path(__file__).resolve().parents[3]
MODEL_PATH = Path(people.__file__).with_name("role_model.py")
TRAINING_FILES = (
    *sorted((ROOT / "tests" / "data").glob("players*handwritten*.jsonl")),
    ROOT / "tests" / "data" / "annotated_heldout_s9.jsonl",
    ROOT / "tests" / "data" / "annotated_heldout_s10.jsonl",
    annotations.dev_file(ROOT),
)
NETWORKS = 3
HIDDEN_UNITS = 8
STEPS = 800
MARGINS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 1.01)  # 1.01: never leave the rules' choice
JOINS = (None, 0.4, 0.5, 0.6, 0.7, 0.8)


def role_right(gold: str | None, system: str | None) -> bool:
    """The scorer's rule for one player's role."""
    content = [w for w in annotations.words(gold) if w not in annotations._STOP]
    if not content:
        return not annotations.words(system)
    said = set(annotations.words(system))
    return sum(w in said for w in content) >= 0.5 * len(content)


def training_rows(path: Path, annotate_documents=None) -> list[dict]:
    """One entry a gold player of the file (half A only of the dev file): its gold role, the
    system's role, and the candidates with their features, where the annotator found the player."""
    rows = annotations.load(path)
    if path.name.startswith("annotated_dev"):
        rows = [r for r in rows if annotations.half(r["id"]) == "A"]
    if annotate_documents is None:
        from wirebrief import pipeline
        from wirebrief.config import Settings

        annotate_documents = lambda documents: pipeline.annotate_documents(documents, Settings())  # noqa: E731
    people.ROLE_LOG, people.USE_ROLE_MODEL = [], False
    try:
        system = annotations.wirebrief_rows(annotations.annotate_rows(rows, annotate_documents))
        logged = {(entry["article"], entry["name"]): entry for entry in people.ROLE_LOG}
    finally:
        people.ROLE_LOG, people.USE_ROLE_MODEL = None, True
    out = []
    for gold, found in zip(rows, system, strict=True):
        article = found.get("article_id")
        for player in gold.get("players", []):
            if "note" in player:
                continue
            hit = next((p for p in found.get("players", []) or [] if annotations.same_name(player["name"], p.get("name"))), None)
            entry = logged.get((article, hit["name"])) if hit else None
            out.append({"file": path.stem, "gold": player.get("role"), "found": hit is not None,
                        "system": hit.get("role") if hit else None, "entry": entry})
    return out


def _arrays(players: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    x, y = [], []
    for player in players:
        for text, _, features in (player["entry"] or {}).get("rows", []):
            x.append(features)
            y.append(float(role_right(player["gold"], text)))
    return np.array(x, dtype=float), np.array(y, dtype=float)


def fit(players: list[dict], l2: float = 1e-2, steps: int = STEPS) -> dict:
    """NETWORKS networks from seeds 0, 1, 2 on every candidate of the players; their mean is the model."""
    x, y = _arrays(players)
    fitted = [fit_network(x, y, hidden=HIDDEN_UNITS, l2=l2, steps=steps, seed=seed) for seed in range(NETWORKS)]
    return {"mean": fitted[0]["mean"], "scale": fitted[0]["scale"],
            "networks": [{k: net[k] for k in ("hidden_weights", "hidden_bias", "output_weights", "output_bias")} for net in fitted],
            "rows": len(y), "positives": int(y.sum())}


def decide(players: list[dict], model: dict, margin: float, join: float | None) -> list[str | None]:
    """Each found player's role as the annotator would give it with this model."""
    out = []
    for player in players:
        entry = player["entry"]
        if not player["found"] or entry is None:
            out.append(player["system"])
            continue
        features = np.array([f for _, _, f in entry["rows"]], dtype=float)
        out.append(people.choose_role(entry["rows"], list(predict(model, features)), entry["rules"], margin, join))
    return out


def counts(players: list[dict], roles: list[str | None]) -> tuple[int, int, int]:
    """(gold players, found, role right)."""
    found = [(p, r) for p, r in zip(players, roles, strict=True) if p["found"]]
    return len(players), len(found), sum(role_right(p["gold"], r) for p, r in found)


def cross_validate(by_file: dict[str, list[dict]], l2: float) -> tuple[float, float | None]:
    """Leave-one-file-out: every file's players decided by a model fitted on the other files; prints rules
    alone against rules + model for every margin and join, and returns the best (pooled role right)."""
    predictions = {}
    for name, players in by_file.items():
        model = fit([p for other, rest in by_file.items() if other != name for p in rest], l2)
        predictions[name] = model
    pooled = {}
    for margin in MARGINS:
        for join in JOINS:
            total = np.zeros(3)
            for name, players in by_file.items():
                total += counts(players, decide(players, predictions[name], margin, join))
            pooled[(margin, join)] = total
    rules = sum(np.array(counts(players, [p["system"] for p in players])) for players in by_file.values())
    print(f"rules alone: role right {rules[2] / rules[1]:.3f} ({int(rules[2])}/{int(rules[1])})")
    for (margin, join), total in pooled.items():
        print(f"margin {margin:4.2f} join {join}: role right {total[2] / total[1]:.3f}")
    most = max(total[2] for total in pooled.values())
    # the most cautious setting within two players of the best: a wrong statement is worse than a missing one
    margin, join = max((k for k, total in pooled.items() if total[2] >= most - 2), key=lambda k: (k[0], k[1] or 1.0))
    print(f"\nchosen: margin {margin}, join {join}")
    print(f"{'file':34s} {'players':>7s} {'found':>6s} {'rules':>6s} {'+model':>6s}")
    total_rules, total_model = np.zeros(3), np.zeros(3)
    for name, players in by_file.items():
        r = np.array(counts(players, [p["system"] for p in players]))
        m = np.array(counts(players, decide(players, predictions[name], margin, join)))
        total_rules += r
        total_model += m
        print(f"{name:34s} {int(r[0]):7d} {r[1] / r[0]:6.3f} {r[2] / r[1]:6.3f} {m[2] / m[1]:6.3f}")
    print(f"{'pooled':34s} {int(total_rules[0]):7d} {total_rules[1] / total_rules[0]:6.3f} "
          f"{total_rules[2] / total_rules[1]:6.3f} {total_model[2] / total_model[1]:6.3f}")
    return margin, join


def write_model(model: dict, trained_on: str, cv: str) -> None:
    MODEL_PATH.write_text(
        '"""Weights of the role model of wirebrief.annotate.people, generated by\n'
        "`python -m wirebrief.evaluation.role_training` (do not edit by hand).\n\n"
        f"Trained on: {trained_on}.\n"
        f"Margin and join chosen by leave-one-file-out cross-validation: {cv}.\n"
        "It weighs people.ROLE_FEATURE_NAMES, in that order.\n"
        '"""\n\n'
        f"MODEL: dict = {pprint.pformat(model, width=110, sort_dicts=False)}\n",
        encoding="utf-8",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, default=list(TRAINING_FILES))
    parser.add_argument("--l2", type=float, default=1e-2)
    parser.add_argument("--cache", type=Path, help="read the candidates from this file if it exists, else write them there")
    parser.add_argument("--cross-validate", action="store_true", help="print leave-one-file-out figures and choose the margin")
    args = parser.parse_args()
    if args.cache and args.cache.exists():
        by_file = json.loads(args.cache.read_text())
    else:
        by_file = defaultdict(list)
        for path in args.paths:
            by_file[path.stem] += training_rows(path)
        if args.cache:
            args.cache.write_text(json.dumps(by_file))
    margin, join, cv = 1.01, None, "not run (the rules' choices stand)"
    if args.cross_validate:
        margin, join = cross_validate(by_file, args.l2)
        cv = f"margin {margin}, join {join}"
    model = fit([p for players in by_file.values() for p in players], args.l2)
    model = {"margin": margin, "join": join, **model}
    write_model(model, ", ".join(p.name + (" (half A)" if p.name.startswith("annotated_dev") else "") for p in args.paths), cv)
    print(f"{model['rows']} candidates, {model['positives']} right; written to {MODEL_PATH}")


if __name__ == "__main__":
    main()
