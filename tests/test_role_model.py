"""The role model of `annotate.people`: the generated weights fit the features the annotator computes,
its decisions on hand-written sentences (not dev text), and a deterministic small training run."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from wirebrief import pipeline
from wirebrief.annotate import people, role_model
from wirebrief.config import Settings
from wirebrief.evaluation import role_training
from wirebrief.models import Document

FIXTURE = Path(__file__).parent / "data" / "role_training_fixture.jsonl"


def _roles(text: str, *, model: bool = True) -> dict[str, str | None]:
    people.USE_ROLE_MODEL = model
    try:
        document = Document(id="t", origin="t", text=text, title=None, published=date(2025, 3, 1), source_id="t", single_article=True)
        (notes,) = pipeline.annotate_documents([document], Settings())
    finally:
        people.USE_ROLE_MODEL = True
    return {player.name: player.role for player in notes.players}


def test_the_generated_model_weighs_the_annotators_features():
    model = role_model.MODEL
    assert len(model["mean"]) == len(model["scale"]) == len(people.ROLE_FEATURE_NAMES)
    assert all(len(net["hidden_weights"][0]) == len(people.ROLE_FEATURE_NAMES) for net in model["networks"])
    assert "margin" in model and "join" in model
    assert sum(name.startswith("source_") for name in people.ROLE_FEATURE_NAMES) == len(people.ROLE_SOURCES)


def test_a_description_the_rules_cut_short_is_completed():
    # the rules stop at "one of the first women", which says nothing; the model adds what she was first at
    text = "Greta Lind, one of the first women to captain a polar expedition, has died aged 91."
    assert _roles(text, model=False)["Greta Lind"] == "one of the first women"
    assert _roles(text)["Greta Lind"] == "one of the first women to captain a polar expedition"  # one phrase, not two descriptions


def test_an_organisation_the_text_only_shows_acting_gets_no_role():
    roles = _roles("The Harwick Foundation has revoked the grant it gave to the Ellery Trust, a Leeds charity. The foundation said the money was misused.")
    assert roles["The Harwick Foundation"] is None
    assert roles["the Ellery Trust"] == "a Leeds charity"


def test_choose_role_keeps_the_rules_unless_a_candidate_is_likelier_by_the_margin():
    rows = [("spokesman", "rules", []), ("Kent Police spokesman", "parse_run", []), ("a keen cyclist", "parse_appos", []), (None, "none", [])]
    assert people.choose_role(rows, [0.6, 0.7, 0.2, 0.1], "spokesman", margin=0.3, join=None) == "spokesman"
    assert people.choose_role(rows, [0.3, 0.7, 0.2, 0.1], "spokesman", margin=0.3, join=None) == "Kent Police spokesman"
    # a fuller statement of the same replaces it; something else the text says is joined; a weak one is not
    assert people.choose_role(rows, [0.6, 0.7, 0.2, 0.1], "spokesman", margin=1.01, join=0.5) == "Kent Police spokesman"
    reworded = [("an engineer", "rules", []), ("works as an engineer", "parse_verb", []), (None, "none", [])]
    assert people.choose_role(reworded, [0.6, 0.7, 0.1], "an engineer", margin=1.01, join=0.5) == "an engineer"
    assert people.choose_role(rows, [0.6, 0.1, 0.6, 0.1], "spokesman", margin=1.01, join=0.5) == "spokesman; a keen cyclist"
    assert people.choose_role(rows, [0.6, 0.1, 0.4, 0.1], "spokesman", margin=1.01, join=0.5) == "spokesman"
    completing = [("one of the few analysts", "rules", []), ("to predict the crash", "parse_relcl", []), (None, "none", [])]
    assert people.choose_role(completing, [0.6, 0.6, 0.1], "one of the few analysts", margin=1.01, join=0.5) == "one of the few analysts to predict the crash"


def test_a_small_training_run_is_deterministic():
    players = role_training.training_rows(FIXTURE)
    assert len(players) == 10 and sum(p["found"] for p in players) >= 8
    assert people.USE_ROLE_MODEL and people.ROLE_LOG is None  # the training run hands the annotator back as it was
    first, second = role_training.fit(players, steps=50), role_training.fit(players, steps=50)
    assert first == second
    assert first["rows"] == sum(len(p["entry"]["rows"]) for p in players if p["entry"])
