"""The learned speaker ranker (`quotes.SPEAKER_FEATURE_NAMES`, weights in `annotate/speaker_model.py`,
fitted by `wirebrief.evaluation.speaker_training`), on hand-written paragraphs in the styles of
sports and local news: it weighs the people named around a quotation the rules leave to no one."""

from __future__ import annotations

import numpy as np
import pytest

from wirebrief import annotate, compose
from wirebrief.annotate import quotes, speaker_model
from wirebrief.config import Settings
from wirebrief.evaluation import speaker_training
from wirebrief.models import Article
from wirebrief.segment import boundary_probability

# The manager steps in for her goalkeeper: the paragraph's one actor, the quotation names another
# person (the goalkeeper), and the captain spoke just before: the rules leave it to no one.
MANAGER = """Kingsbridge Rovers manager Dana Whitfield refused to blame her side after Saturday's 2-0 defeat at home to Exeter.

"We were second best for an hour and I take that on myself," Whitfield said after the match. "The plan was mine, so the result is mine."

Club captain Joel Marsh, who sat beside her, said the squad was still behind the manager. "The lads trust her completely," Marsh said. "We let her down today."

Whitfield then stepped in to defend her goalkeeper, Tomas Berg, who was at fault for the second goal. "Tomas has won us more games than anyone this season. One error does not change that."

Berg was less forgiving of himself. "I have to catch that cross. It is that simple," he said.
"""

# Two residents named together, then words neither is given: no one's.
AMBIGUOUS = """Two members of the Harbour Road residents' group met the council on Tuesday about the new bus lane.

Residents Priya Nandakumar and Helen Castle both attended the meeting, which lasted two hours.

"We were told the plans were final before anyone asked us a single question."

The council has said it will publish a consultation report next month.
"""

RULES_ALONE = {"threshold": 1.0, "margin": 1.0, "networks": []}


def _annotated(text: str, *, ranker: dict | None = None, briefing: bool = False):
    saved = speaker_model.RANKER
    speaker_model.RANKER = ranker if ranker is not None else saved
    try:
        (notes,) = annotate.annotate([Article(id="a", document_id="d", title="t", text=text)], Settings().model,
                                     select=compose.worth_parsing if briefing else None)
    finally:
        speaker_model.RANKER = saved
    return notes


def _speaker(notes, opening: str) -> str | None:
    found = [q.speaker for q in notes.quotes if q.text.strip("“”\"‘’'").startswith(opening)]
    assert found, f"no quotation opening {opening!r}"
    return found[0]


def _candidates(text: str, opening: str) -> list[tuple[float, str]]:
    quotes.SPEAKER_RECORD = []
    try:
        _annotated(text)
        record = next(r for r in quotes.SPEAKER_RECORD if r["quote"].strip("“”\"‘’'").startswith(opening))
    finally:
        quotes.SPEAKER_RECORD = None
    return sorted(((boundary_probability(f, speaker_model.RANKER), name) for name, f in record["candidates"]), reverse=True)


def test_generated_model_weighs_the_feature_names():
    ranker = speaker_model.RANKER
    width = len(quotes.SPEAKER_FEATURE_NAMES)
    assert len(ranker["mean"]) == len(ranker["scale"]) == width
    assert ranker["networks"] and all(len(row) == width for net in ranker["networks"] for row in net["hidden_weights"])
    assert (ranker["threshold"] is None or 0.5 <= ranker["threshold"] <= 1.0) and ranker["margin"] >= 0.0
    assert "Trained on" in speaker_model.__doc__


def test_ranks_the_paragraphs_actor_first_where_the_rules_say_no_one():
    assert _speaker(_annotated(MANAGER, ranker=RULES_ALONE), "Tomas has won") is None
    ranked = _candidates(MANAGER, "Tomas has won")
    assert ranked[0][1] == "Dana Whitfield" and ranked[0][0] - ranked[1][0] > 0.5
    assert [name for _, name in ranked].index("Tomas Berg") > 0  # the one the quotation names is not its speaker
    for briefing in (False, True):  # named only when the ranker is sure enough, never another
        assert _speaker(_annotated(MANAGER, briefing=briefing), "Tomas has won") in ("Dana Whitfield", None)


def test_two_people_named_alike_leave_the_quotation_to_no_one():
    ranked = _candidates(AMBIGUOUS, "We were told")
    assert {name for _, name in ranked} >= {"Priya Nandakumar", "Helen Castle"}
    assert ranked[0][0] - ranked[1][0] < 0.2 and ranked[0][0] < (speaker_model.RANKER["threshold"] or 0.85)  # neither stands out
    for briefing in (False, True):
        assert _speaker(_annotated(AMBIGUOUS, briefing=briefing), "We were told") is None


def test_a_pronoun_of_the_other_gender_is_never_the_candidate():
    text = ("Tom Reed runs the farm with his wife.\n\n“It has been the hardest year for everyone in this valley,” she said.\n\n"
            "The couple sell cheese at the Saturday market in Kelso.")
    for briefing in (False, True):
        assert _speaker(_annotated(text, briefing=briefing), "It has been") is None


def test_two_candidates_over_the_threshold_name_no_one(monkeypatch):
    """Two readings the model finds as likely as each other: the margin alone does not choose (with
    a threshold set, as the training sets one where the ranker gains enough to be used)."""
    monkeypatch.setitem(speaker_model.RANKER, "threshold", 0.8)
    monkeypatch.setitem(speaker_model.RANKER, "margin", 0.0)
    quotes.SPEAKER_RECORD = []
    try:
        _annotated(MANAGER)
        likely = [(name, f) for r in quotes.SPEAKER_RECORD for name, f in r["candidates"]
                  if boundary_probability(f, speaker_model.RANKER) >= speaker_model.RANKER["threshold"]]
    finally:
        quotes.SPEAKER_RECORD = None
    assert likely, "no candidate over the threshold in the fixture"
    name, features = likely[0]
    assert quotes._learned_speaker([(name, features)]) == name
    assert quotes._learned_speaker([(name, features), ("Zed Other", list(features))]) == ""


def test_a_small_training_run_is_deterministic():
    rows = [
        {"id": "t1", "text": MANAGER, "published": "2024-03-02",
         "quotes": [{"quote": "Tomas has won us more games than anyone this season.", "speaker": "Dana Whitfield"},
                    {"quote": "The lads trust her completely", "speaker": "Joel Marsh"}]},
        {"id": "t2", "text": AMBIGUOUS, "published": "2024-03-05",
         "quotes": [{"quote": "We were told the plans were final before anyone asked us a single question.", "speaker": None}]},
    ]
    system, records = speaker_training.annotate_file(rows)
    speaker_training.gold_speaker(records, rows)
    x, y, _ = speaker_training.examples(records, every=True)
    assert x.shape[1] == len(quotes.SPEAKER_FEATURE_NAMES) and y.sum() >= 2
    first, second = speaker_training.fit(x, y), speaker_training.fit(x, y)
    assert first == second
    assert np.all(np.isfinite(speaker_training.predict(first, x)))
    assert len(system) == 2


@pytest.mark.slow
def test_cross_validation_never_adds_a_wrong_speaker():  # the full training data: minutes
    data = speaker_training.load_cache(refresh=True)
    held_out = speaker_training.cross_validate(data)
    threshold, margin, grid = speaker_training.choose(data, held_out)
    _, gained, added = grid[(threshold, margin)]
    used = gained >= speaker_training.MIN_GAIN and added == 0  # a setting that adds a wrong speaker is never used …
    assert (speaker_model.RANKER["threshold"] is not None) == used  # … and the shipped module says what the training chose


def test_a_ranker_the_training_did_not_adopt_names_no_one():
    if speaker_model.RANKER["threshold"] is not None:
        pytest.skip("the ranker is in use")
    assert _speaker(_annotated(MANAGER), "Tomas has won") is None
