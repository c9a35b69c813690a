"""A second hand-written set for dates (tests/data/dates_handwritten_2.jsonl): 30 articles in styles
the first set lacks (sport fixtures and results, company results, courts, obituaries, history,
weather and travel, a live blog, UK day-month order, ranges, academic and fiscal years, Sunday and
Monday publications that name last week's days, names holding month and day words, page furniture
and numeric dates), annotated by hand, run through the scorer at floor-level figures. Not copies of
any article."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirebrief import pipeline
from wirebrief.config import Settings
from wirebrief.evaluation import annotations

HANDWRITTEN = Path(__file__).parent / "data" / "dates_handwritten_2.jsonl"


@pytest.fixture(scope="module")
def scores():
    return annotations.score_file(HANDWRITTEN, lambda documents: pipeline.annotate_documents(documents, Settings()))


def test_the_set_is_well_formed():
    rows = annotations.load(HANDWRITTEN)
    assert len(rows) >= 20 and sum(len(row["dates"]) for row in rows) >= 100
    for row in rows:
        assert row["published"] and row["published_reliable"], row["id"]
        for found in row["dates"]:
            assert found["expression"] in found["sentence"] and found["sentence"] in row["text"], (row["id"], found)


def test_dates_get_their_value_and_no_name_is_read_as_a_date(scores):
    found = scores["dates"]
    assert found["accuracy"] >= 0.95, scores["examples"]["wrong date"]
    assert found["precision"] >= 0.98, scores["examples"]["wrong date"]
    assert found["spurious"] <= 2, scores["examples"]["spurious date"]
