"""`wirebrief annotate` and `wirebrief eval annotations`: the scorer's schema, and the same figures
as the reference scorer shipped with the hand-annotated data."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from wirebrief import pipeline
from wirebrief.config import Settings
from wirebrief.evaluation import annotations

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
GOLD = EVAL / "annotated_dev.jsonl"


@pytest.fixture(scope="module")
def gold_rows():
    if not GOLD.is_file():
        pytest.skip("shared/eval is not beside the checkout")
    return annotations.load(GOLD)[:8]


@pytest.fixture(scope="module")
def annotated(gold_rows):
    return pipeline.annotate_documents(annotations.documents(gold_rows), Settings())


@pytest.fixture(scope="module")
def system_rows(annotated):
    return annotations.wirebrief_rows(annotated)


def _reference_scorer():
    spec = importlib.util.spec_from_file_location("score_annotations", EVAL / "score_annotations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_figures_equal_the_reference_scorer(gold_rows, system_rows):
    reference = _reference_scorer().score(gold_rows, system_rows)
    ours = annotations.score(gold_rows, system_rows)
    for part in ("quotes", "dates", "players"):
        assert ours[part] == reference[part]
    assert ours["quotes"]["scored"] > 0 and ours["dates"]["scored"] > 0 and ours["players"]["scored"] > 0


def test_baseline_is_scored_by_the_same_rules(gold_rows, annotated):
    baseline = annotations.baseline_rows(gold_rows, annotated)
    reference = _reference_scorer().score(gold_rows, baseline)
    assert annotations.score(gold_rows, baseline)["dates"] == reference["dates"]


def test_rows_follow_the_scorers_schema(system_rows, gold_rows):
    assert [r["source_id"] for r in system_rows] == [g["id"] for g in gold_rows]
    for row in system_rows:
        for quote in row["quotes"]:
            assert isinstance(quote["quote"], str) and (quote["speaker"] is None or isinstance(quote["speaker"], str))
        for dated in row["dates"]:
            assert dated["expression"] in dated["sentence"]
            assert len(dated["value"]) in (4, 7, 10) or "-" in dated["value"]
        for player in row["players"]:
            assert player["kind"] in ("person", "organization")


def test_halves_are_stable_and_both_used(gold_rows):
    assert {annotations.half(r["id"]) for r in annotations.load(GOLD)} == {"A", "B"}
    # by a digest of the id, not Python's salted hash(): the halves are the same in every process and session
    assert annotations.half("naeb-03cd3aebcf9436d1e57e847b9bc399f2") == "A"


def test_annotate_command_prints_one_row_per_article(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(
        "Harwick council approves flood barrier\n\n"
        "Harwick City Council voted on Wednesday to build a flood barrier across the River Tarran.\n\n"
        '"This is the most important decision this council has taken in a generation," said Nadia Holloway, '
        "the city's director of public works.\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "wirebrief.cli", "annotate", str(story), "--published", "2026-02-05"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    (row,) = [json.loads(line) for line in done.stdout.splitlines()]
    assert row["quotes"][0]["speaker"] == "Nadia Holloway"
    assert {"expression": "Wednesday", "value": "2026-02-04"}.items() <= row["dates"][0].items()
    assert any(p["name"] == "Nadia Holloway" for p in row["players"])


def test_missed_dates_are_listed_apart_from_wrong_and_spurious_ones():
    """A gold date no system date matches is listed as missed (the figures stay the reference scorer's)."""
    gold = [{"id": "m1", "published": "2024-03-05", "published_reliable": True, "quotes": [], "players": [], "dates": [
        {"expression": "on Monday", "sentence": "The council met on Monday.", "value": "2024-03-04", "granularity": "day", "tense": "past"},
        {"expression": "in 2016", "sentence": "The site has been vacant since 2016.", "value": "2016", "granularity": "year", "tense": "past"}]}]
    system = [{"source_id": "m1", "quotes": [], "players": [], "dates": [
        {"expression": "on Monday", "sentence": "The council met on Monday.", "value": "2024-03-11"}]}]
    scores = annotations.score(gold, system)
    assert scores["dates"] == _reference_scorer().score(gold, system)["dates"]
    assert scores["examples"]["wrong date"] == ['m1: "on Monday" is 2024-03-04, system: 2024-03-11']
    assert scores["examples"]["missed date"] == ['m1: "in 2016" is 2016 (The site has been vacant since 2016.)']
    assert scores["examples"]["spurious date"] == []
