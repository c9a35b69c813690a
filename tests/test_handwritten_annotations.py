"""Hand-written articles in the styles real outlets use (wire, UK press, sport, science, business,
politics, entertainment), annotated by hand for dates and key players: a development set built
apart from the dev file, run through the scorer at floor-level figures. Not copies of any article."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirebrief import pipeline
from wirebrief.config import Settings
from wirebrief.evaluation import annotations

HANDWRITTEN = Path(__file__).parent / "data" / "players_dates_handwritten.jsonl"


@pytest.fixture(scope="module")
def scores():
    return annotations.score_file(HANDWRITTEN, lambda documents: pipeline.annotate_documents(documents, Settings()))


def test_the_set_is_well_formed():
    rows = annotations.load(HANDWRITTEN)
    assert len(rows) >= 15
    for row in rows:
        for found in row["dates"]:
            assert found["sentence"] in row["text"] and found["expression"] in row["text"], (row["id"], found)
        assert 3 <= len(row["players"]) <= 8, row["id"]


def test_players_are_found_with_the_role_the_text_states(scores):
    players = scores["players"]
    assert players["recall"] >= 0.90, scores["examples"]
    assert players["role_accuracy"] >= 0.90, scores["examples"]["wrong role"]


def test_dates_get_their_value_and_no_name_is_read_as_a_date(scores):
    found = scores["dates"]
    assert found["accuracy"] >= 0.95, scores["examples"]["wrong date"]
    assert found["spurious"] <= 2, scores["examples"]["spurious date"]
