"""Golden briefings: whole outputs kept in tests/golden/, so a change in what wirebrief writes shows
up in review as a diff of briefings, not only as a changed figure.

The inputs are the seed digest, the bundled example, hand-made pastes of several classes of page
(`PASTE_CLASSES`), a dozen CNN/DailyMail development articles and a dozen of the hand-annotated
real 2023 articles from other sites (fixed positions). After a deliberate change, regenerate with `WIREBRIEF_UPDATE_GOLDEN=1 pytest
tests/test_golden.py`, read the diff as an editor would, and commit it with the change.
"""

from __future__ import annotations

import json
import os
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from seeddata import SEEDS
from wirebrief import pipeline, render
from wirebrief.config import Settings
from wirebrief.models import Document

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
GENERATED_AT = datetime(2026, 2, 5, 12, 0, tzinfo=timezone.utc)
DEV_FILE = ROOT.parent / "shared" / "eval" / "cnndm_dev.jsonl"
DEV_ROWS = (0, 3, 17, 29, 44, 58, 71, 96, 120, 151, 188, 230)  # positions in cnndm_dev.jsonl: a spread of topics and lengths
ANNOTATED_FILE = ROOT.parent / "shared" / "eval" / "annotated_dev.jsonl"
ANNOTATED_ROWS = tuple(range(0, 36, 3))  # every third row: twelve sites, news, sport, science, features
PASTES = ROOT / "tests" / "data" / "digests"
# hand-made pastes, one per class of page: a live blog, a Q&A, a wire's datelines, press releases, a
# feature with subheadings, a long read with pull quotes, corrections and captions
PASTE_CLASSES = ("live_blog", "qa_interview", "war_datelines", "press_releases", "feature_subheadings",
                 "longread_pull_quotes", "quotes_and_captions")


def _briefings_markdown(documents: list[Document]) -> str:
    results = pipeline.brief_documents(documents, Settings(), generated_at=GENERATED_AT)
    lookup = pipeline.sentence_lookup(results)
    return "\n\n".join(render.to_markdown(r.briefing, citations=True, extras=True, lookup=lookup) for r in results) + "\n"


def _cases() -> dict[str, list[Document]]:
    seed_digest = next(SEEDS.glob("000_*.txt")).read_text(encoding="utf-8")
    example = (ROOT / "examples" / "digest.txt").read_text(encoding="utf-8")
    published = date(2026, 2, 5)
    cases = {
        "seed_digest": [Document(id="seed", origin="seed", text=seed_digest, published=published)],
        "example_digest": [Document(id="example", origin="example", text=example, published=published)],
    }
    for name in PASTE_CLASSES:
        cases[f"paste_{name}"] = [Document(id=name, origin="paste", text=(PASTES / f"{name}.txt").read_text(encoding="utf-8"),
                                           published=published)]
    rows = DEV_FILE.read_text(encoding="utf-8").splitlines()
    for index, position in enumerate(DEV_ROWS):
        row = json.loads(rows[position])
        cases[f"cnndm_{index:02d}"] = [
            Document(id=str(row["id"]), origin="cnndm_dev", text=row["article"], single_article=True, source_id=str(row["id"]))
        ]
    rows = ANNOTATED_FILE.read_text(encoding="utf-8").splitlines()
    for index, position in enumerate(ANNOTATED_ROWS):
        row = json.loads(rows[position])
        cases[f"annotated_{index:02d}"] = [
            Document(
                id=row["id"], origin=row["site"], text=row["text"], title=row["title"], published=date.fromisoformat(row["published"]),
                single_article=True, source_id=row["id"],
            )
        ]
    return cases


CASES = _cases()


@pytest.mark.parametrize("name", sorted(CASES))
def test_briefing_matches_golden_file(name):
    output = _briefings_markdown(CASES[name])
    path = GOLDEN / f"{name}.md"
    if os.environ.get("WIREBRIEF_UPDATE_GOLDEN"):
        path.write_text(output, encoding="utf-8")
    assert path.exists(), f"no golden file {path.name}: run WIREBRIEF_UPDATE_GOLDEN=1 pytest {Path(__file__).name}"
    assert output == path.read_text(encoding="utf-8"), f"{name}: the briefing changed; see the diff, regenerate if intended"
