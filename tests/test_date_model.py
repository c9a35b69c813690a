"""The learned date decisions (`dating.date_features`, `annotate/date_model.py`, `evaluation.date_training`):
the generated module matches the features, the models read hand-written sentences sensibly, and a small
training run is deterministic. Sentences are written for these tests, not taken from any evaluation file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
import pytest

from wirebrief import pipeline
from wirebrief.annotate import date_model, dating
from wirebrief.config import Settings
from wirebrief.evaluation import annotations, date_training

PUBLISHED = "2024-03-13"  # a Wednesday

SENTENCES = {
    "will_vote": "The county board will vote on the new budget on Friday.",
    "voted": "The county board voted on the new budget on Friday.",
    "hope_to_reopen": "Officials hope to reopen the bridge in May, after repairs.",
    "closed": "The bridge closed in May after inspectors found cracks.",
    "market": "The museum's Sunday market draws crowds.",
}


@pytest.fixture(scope="module")
def dated():
    """Each sentence's first date mention, annotated with its features recorded."""
    rows = [{"id": key, "text": text, "published": PUBLISHED} for key, text in SENTENCES.items()]
    dating.RECORD_FEATURES = True
    try:
        notes = annotations.annotate_rows(rows, lambda docs: pipeline.annotate_documents(docs, Settings()))
    finally:
        dating.RECORD_FEATURES = False
    return {row["id"]: next(m for info in n.sentences for m in info.dates) for row, n in zip(rows, notes, strict=True)}


def test_generated_module_matches_the_feature_names():
    assert date_model.FEATURES == len(dating.DATE_FEATURE_NAMES) == len(set(dating.DATE_FEATURE_NAMES))
    for model in (date_model.KEEP, date_model.DIRECTION):
        assert len(model["mean"]) == len(model["scale"]) == len(dating.DATE_FEATURE_NAMES)
        for network in model["networks"]:
            assert all(len(row) == len(dating.DATE_FEATURE_NAMES) for row in network["hidden_weights"])
    assert set(date_model.DIRECTION["readings"]) <= {name for name, _ in dating._READINGS}


def test_features_are_recorded_only_when_asked(dated):
    assert all(len(m.features) == len(dating.DATE_FEATURE_NAMES) for m in dated.values())
    notes = pipeline.annotate_documents(annotations.documents([{"id": "x", "text": SENTENCES["voted"], "published": PUBLISHED}]), Settings())
    assert [m.features for info in notes[0].sentences for m in info.dates] == [()]


@pytest.mark.parametrize(("key", "ahead"), [("will_vote", True), ("hope_to_reopen", True), ("voted", False), ("closed", False)])
def test_direction_reads_the_governing_verb(dated, key, ahead):
    p = dating._probability(list(dated[key].features), date_model.DIRECTION)
    assert (p > 0.9) if ahead else (p < 0.1)


def test_direction_turns_a_date_read_on_the_wrong_side(dated):
    """A reading the rules got wrong (here: set behind by hand) is turned where the model is sure."""
    published = date.fromisoformat(PUBLISHED)
    mention = dated["hope_to_reopen"]
    ahead, behind = dating.direction_candidates("May", published)
    wrong = replace(mention, resolved=replace(behind, text="May"), upcoming=False)
    model = {**date_model.DIRECTION, "threshold": 0.9, "readings": ["none"]}
    turned = dating._turned(wrong, list(mention.features), "May", published, None, model)
    assert turned.resolved.value == ahead.value == "2024-05" and turned.upcoming
    # a reading the model may not overrule stays
    assert dating._turned(wrong, list(mention.features), "May", published, True, model) is wrong


def test_direction_says_nothing_where_unsure(dated):
    """A habit in the present tense ("Sunday market draws crowds") has no side the verb tells: no turn."""
    published = date.fromisoformat(PUBLISHED)
    mention = dated["market"]
    p = dating._probability(list(mention.features), date_model.DIRECTION)
    assert 0.1 < p < 0.9
    model = {**date_model.DIRECTION, "threshold": 0.9, "readings": [name for name, _ in dating._READINGS]}
    assert dating._turned(mention, list(mention.features), "Sunday", published, dating.UNSURE, model) is mention


def test_a_model_without_a_chosen_threshold_is_off():
    assert dating._active({"threshold": None, "mean": []}) is None
    assert dating._active(None) is None
    assert dating._active({"threshold": 0.9}) == {"threshold": 0.9}


def test_training_on_a_tiny_fixture_is_deterministic():
    """Fitting twice on examples built from a hand-written article gives the same weights."""
    gold = {"id": "tiny", "text": " ".join(SENTENCES.values()), "published": PUBLISHED,
            "dates": [{"expression": "Friday", "sentence": SENTENCES["will_vote"], "value": "2024-03-15"},
                      {"expression": "Friday", "sentence": SENTENCES["voted"], "value": "2024-03-08"},
                      {"expression": "May", "sentence": SENTENCES["hope_to_reopen"], "value": "2024-05"},
                      {"expression": "May", "sentence": SENTENCES["closed"], "value": "2023-05"}]}
    (notes, dropped), = date_training.annotate_rules_only([gold])
    article = date_training.Article(gold, notes, dropped)
    assert {label for _, _, label in article.keep} == {0.0, 1.0}  # the market's Sunday is no gold date
    assert sorted(label for _, _, label, _ in article.direction) == [0.0, 0.0, 1.0, 1.0]
    x, y = date_training._xy(article.keep)
    first, second = date_training.fit(x, y), date_training.fit(x, y)
    assert first == second
    assert np.all(np.isfinite(date_training.predict(first, x)))
