"""Precision and recall of the tests of looking ahead on hand-labelled Impact Analysis statements
(tests/data/impact_labels_*.jsonl: text, label "ahead" or "back", and the sample it was drawn in:
what Impact Analysis held before the parse decided, or what came into it after).

    PYTHONPATH=src python scripts/impact_labels.py

Printed per file: the words' test (`compose.looks_ahead`, what an unparsed article's sentences pass on)
and the parse's (`annotate.outlook.looks_ahead_in` over the statement parsed whole); and the share of "ahead" among the statements Impact Analysis held."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from wirebrief import annotate
from wirebrief.annotate.outlook import looks_ahead_in
from wirebrief.compose import looks_ahead
from wirebrief.config import Settings

FILES = ("tests/data/impact_labels_cnndm.jsonl", "tests/data/impact_labels_annotated.jsonl")


def main() -> None:
    nlp = annotate.load_pipeline(Settings().model)
    root = Path(__file__).resolve().parents[1]
    for name in FILES:
        rows = [json.loads(line) for line in open(root / name)]
        before = [r for r in rows if r["sample"] == "impact before the change"]
        published = lambda r: date.fromisoformat(r["published"]) if r["published"] else None
        tests = {
            "words (looks_ahead)": lambda r: looks_ahead(r["text"]),
            "parse (looks_ahead_in)": lambda r: looks_ahead_in(nlp(r["text"])[:], published(r)),
        }
        ahead = sum(r["label"] == "ahead" for r in before)
        print(f"{name}: {len(before)} statements Impact Analysis held before, {ahead} labelled ahead ({ahead / len(before):.3f})")
        for test_name, test in tests.items():
            said = [r for r in before if test(r)]
            right = sum(r["label"] == "ahead" for r in said)
            print(f"  {test_name:30} says ahead {len(said):3}  precision {right / max(1, len(said)):.3f}  recall {right / max(1, ahead):.3f}")
        new = [r for r in rows if r["sample"] != "impact before the change"]
        if new:
            print(f"  new in Impact Analysis after the change: {len(new)}, labelled ahead {sum(r['label'] == 'ahead' for r in new)}")


if __name__ == "__main__":
    main()
