"""The verifier on hand-written cases, and `wirebrief verify` in-process (CliRunner) and as the real command."""

from __future__ import annotations

import json
import subprocess
from datetime import date, datetime, timezone
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from wirebrief.cli import app
from wirebrief.models import Briefing, Statement, TimelineEvent, to_dict
from wirebrief.pipeline import brief_text
from wirebrief.verify import (
    DEFAULT_THRESHOLD,
    PROSE_SECTIONS,
    Gate,
    Rejected,
    Verifier,
    publish,
    sentence_problem,
    split_sentences,
    split_summary,
    verify_summary,
)

SENTENCES = [
    "Harwick City Council voted on Wednesday to build a movable flood barrier across the River Tarran.",
    "Councillors approved the £412 million scheme by 31 votes to 17 after a six-hour session.",
    "The mayor, Jane Doe, said the barrier would protect 4,000 homes from the river.",
    "Construction will start in the autumn and take about three years.",
]
ARTICLE = "\n\n".join(SENTENCES)


@pytest.fixture(scope="module")
def verifier() -> Verifier:
    return Verifier(SENTENCES)


def test_a_copied_statement_is_fully_supported(verifier: Verifier) -> None:
    verdict = verifier.check("Councillors approved the £412 million scheme by 31 votes to 17.", [1])
    assert verdict.score == 1.0 and verdict.supported and verdict.reasons == ()


def test_an_invented_number_is_flagged_by_name(verifier: Verifier) -> None:
    verdict = verifier.check("The mayor, Jane Doe, said the barrier would protect 9,000 homes from the river.", [2])
    assert not verdict.supported and verdict.score < DEFAULT_THRESHOLD
    assert any('number "9,000"' in reason and "or the article" in reason for reason in verdict.reasons)
    assert not any("Jane Doe" in reason for reason in verdict.reasons)


def test_an_invented_entity_is_flagged_whole(verifier: Verifier) -> None:
    verdict = verifier.check("The mayor, John Smith, said the barrier would protect 4,000 homes from the river.", [2])
    assert not verdict.supported
    assert [r for r in verdict.reasons if r.startswith('entity "John Smith" not in the cited sentences or the article')]


def test_an_invented_date_is_flagged(verifier: Verifier) -> None:
    verdict = verifier.check("Harwick City Council voted on Friday to build a movable flood barrier.", [0])
    assert not verdict.supported
    assert any(reason.startswith('date "Friday"') for reason in verdict.reasons)


def test_numbers_match_their_words(verifier: Verifier) -> None:
    assert verifier.check("Construction will take about 3 years.", [3]).score == verifier.check(
        "Construction will take about three years.", [3]
    ).score
    assert verifier.check("Construction will take about 3 years.", [3]).supported


def test_a_faithful_paraphrase_outscores_a_contradiction(verifier: Verifier) -> None:
    faithful = verifier.check("By 31 votes to 17, councillors approved the £412 million scheme.", [1])
    swapped = verifier.check("The council backed the £412 million scheme by 17 votes to 31.", [1])
    negated = verifier.check("Councillors did not approve the £412 million scheme.", [1])
    reversed_ = verifier.check("Councillors rejected the £412 million scheme by 31 votes to 17.", [1])
    assert faithful.supported
    assert faithful.score > swapped.score
    assert faithful.score > negated.score and any("negation" in r for r in negated.reasons)
    assert faithful.score > reversed_.score and any('word "rejected"' in r for r in reversed_.reasons)


def test_a_reworded_statement_passes_when_its_items_are_supported(verifier: Verifier) -> None:
    verdict = verifier.check("Harwick City Council on Wednesday voted to build, across the River Tarran, a movable flood barrier.", [0])
    assert verdict.supported and not [r for r in verdict.reasons if "not in" in r], verdict


def test_cited_support_outscores_support_found_elsewhere(verifier: Verifier) -> None:
    statement = "The mayor, Jane Doe, said the barrier would protect 4,000 homes."
    cited_right = verifier.check(statement, [2])
    cited_wrong = verifier.check(statement, [3])
    assert cited_right.score > cited_wrong.score
    assert any('entity "Jane Doe" not in the cited sentences (only elsewhere' in r for r in cited_wrong.reasons)
    assert not any("Jane Doe" in r for r in cited_right.reasons)


def test_without_citations_the_best_sentences_are_the_evidence(verifier: Verifier) -> None:
    assert verifier.check("The barrier would protect 4,000 homes, the mayor said.").supported
    with pytest.raises(ValueError, match="out of range"):
        verifier.check("Anything.", [len(SENTENCES)])


def test_tokenised_lower_case_model_output_is_read_like_prose() -> None:
    verifier = Verifier(["Izzat Ibrahim al-Douri, 72, headed the Naqshbandi Order, which didn't disband."])
    verdict = verifier.check("the 72-year-old headed the naqshbandi order , which did n't disband .")
    assert verdict.supported and not [r for r in verdict.reasons if "not in" in r], verdict.reasons


def test_summary_scores_as_its_weakest_sentence() -> None:
    summary = (
        "Councillors approved the £412 million scheme by 31 votes to 17. "
        "The mayor, Jane Doe, said the barrier would protect 9,000 homes."
    )
    result = verify_summary(ARTICLE, summary)
    assert len(result.sentences) == len(result.verdicts) == 2
    assert result.verdicts[0].supported and not result.verdicts[1].supported
    assert result.score == min(v.score for v in result.verdicts) and not result.supported


def test_sentence_splitting() -> None:
    assert split_sentences("Mr. Smith went to Washington. He arrived on Monday.") == [
        "Mr. Smith went to Washington.",
        "He arrived on Monday.",
    ]
    assert split_summary("natalia moon moved in 2012 . she is 23 .") == ["natalia moon moved in 2012.", "she is 23 ."]


# --- the command ------------------------------------------------------------------------------------------------


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE + "\n", encoding="utf-8")
    summary = tmp_path / "summary.txt"
    summary.write_text(
        "Councillors approved the £412 million scheme by 31 votes to 17. Mayor John Smith said it would protect "
        "9,000 homes.\n",
        encoding="utf-8",
    )
    return article, summary


def test_cli_prints_each_sentence_with_reasons(files: tuple[Path, Path]) -> None:
    article, summary = files
    result = CliRunner().invoke(app, ["verify", str(article), str(summary)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("1. 1.00 supported: Councillors approved")
    assert lines[1].startswith("2. ") and "UNSUPPORTED" in lines[1]
    assert '     - entity "John Smith" not in the best-matching sentences or the article' in lines
    assert '     - number "9,000" not in the best-matching sentences or the article' in lines
    assert lines[-1].startswith("overall: ") and "UNSUPPORTED" in lines[-1]


def test_cli_json_from_stdin(files: tuple[Path, Path]) -> None:
    article, summary = files
    result = CliRunner().invoke(
        app, ["verify", str(article), "-", "--format", "json"], input=summary.read_text(encoding="utf-8")
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [s["supported"] for s in data["sentences"]] == [True, False]
    assert data["score"] == min(s["score"] for s in data["sentences"]) and data["supported"] is False
    assert data["threshold"] == DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty input"), (b"\x00\x01\x02binary", "binary file"), (b"caf\xe9 au lait", "not valid UTF-8")],
)
def test_cli_bad_input_is_one_line(files: tuple[Path, Path], tmp_path: Path, content: bytes, message: str) -> None:
    article, _ = files
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = CliRunner().invoke(app, ["verify", str(article), str(bad)])
    assert result.exit_code == 1 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {bad}: ")
    assert message in result.stderr and "Traceback" not in result.output


def test_cli_refuses_stdin_twice_and_missing_files(files: tuple[Path, Path], tmp_path: Path) -> None:
    article, _ = files
    twice = CliRunner().invoke(app, ["verify", "-", "-"], input="text")
    assert twice.exit_code == 2 and "only one of ARTICLE and SUMMARY" in twice.stderr
    missing = CliRunner().invoke(app, ["verify", str(article), str(tmp_path / "nope.txt")])
    assert missing.exit_code == 1 and missing.stderr.strip() == f"error: {tmp_path / 'nope.txt'}: no such file"


def test_the_installed_command_runs(files: tuple[Path, Path]) -> None:
    article, summary = files
    script = Path(sys.executable).with_name("wirebrief")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "wirebrief.cli"]
    proc = subprocess.run([*command, "verify", str(article), "-"], input=summary.read_bytes(), capture_output=True,
                          timeout=120, check=False)  # fmt: skip
    assert proc.returncode == 0, proc.stderr.decode()
    assert b"John Smith" in proc.stdout and b"overall:" in proc.stdout


def test_may_the_verb_is_not_a_date_or_a_claim_word():
    verifier = Verifier(["The barrier will protect homes."])
    may, might = verifier.check("The barrier may protect homes.", [0]), verifier.check("The barrier might protect homes.", [0])
    assert may.supported and may.score == might.score
    assert not any("may" in reason for reason in may.reasons)


# The gate every writer's briefing passes (verify.publish) ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Councillors approved the scheme by 31 votes to 17.",
        "“We have waited ten years for this,” the mayor said.",
        "The mayor said: “We have waited ten years for this.”",
        "It is a scheme the council can be proud of.",  # a stranded preposition ends a sentence well enough
        "Passengers use the network on a typical weekday.",  # no verb the lexical test knows: the tagger finds it
        "Will the barrier be finished by 2029?",
    ],
)
def test_a_complete_sentence_has_no_problem(text: str) -> None:
    assert sentence_problem(text) is None


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("The barrier will protect the low-lying eastern districts from rise", "terminal punctuation"),  # cut off
        ("Councillors approved the scheme after a six-hour session and.", 'ends on "and"'),
        ("Councillors approved the scheme, but.", 'ends on "but"'),
        ("The mayor said “we have waited ten years for this.", "quotation marks"),
        ("Construction is expected to start in the autumn,", "terminal punctuation"),
        ("The tallest and fastest flood barrier in the country.", "no verb"),
        ("Jane Doe (Harwick) Labour 4,012 votes 52.1%.", "no verb"),
    ],
)
def test_an_incomplete_sentence_is_named(text: str, problem: str) -> None:
    found = sentence_problem(text)
    assert found is not None and problem in found


def _briefing(**sections) -> Briefing:
    fields = {"story": (), "key_points": (), "key_takeaways": (), "impact_analysis": ()} | sections
    return Briefing(id="b1", storyline_id=None, generated_at=datetime(2026, 2, 5, tzinfo=timezone.utc), title="Flood barrier", **fields)


def test_publish_fills_support_and_leaves_out_what_fails() -> None:
    copied = Statement("Councillors approved the £412 million scheme by 31 votes to 17 after a six-hour session.", (("a1", 1),))
    invented = Statement("Councillors approved the £900 million scheme by 31 votes to 17.", (("a1", 1),))
    cut_off = Statement("The barrier would protect 4,000 homes from the", (("a1", 2),))
    dated = TimelineEvent(date(2026, 2, 4), "Wednesday", Statement(SENTENCES[0], (("a1", 0),)))
    undated = TimelineEvent(date(2026, 9, 1), "autumn", Statement("Construction will start in the autumn and.", (("a1", 3),)))
    rejected: list[Rejected] = []
    published = publish(
        _briefing(story=(copied, invented), key_points=(cut_off, copied), whats_new=(invented,), timeline=(dated, undated)),
        {"a1": SENTENCES},
        rejected=rejected,
    )
    assert [s.text for s in published.story] == [copied.text] and published.story[0].support == 1.0
    assert [s.text for s in published.key_points] == [copied.text] and published.whats_new == ()
    assert [e.text for e in published.timeline] == ["Wednesday"] and published.timeline[0].statement.support == 1.0
    reasons = {(r.section, r.text): r.reasons for r in rejected}
    assert any('number "900"' in reason for reason in reasons[("story", invented.text)])
    assert reasons[("key_points", cut_off.text)][0].startswith("not a complete sentence")
    assert reasons[("timeline", undated.statement.text)][0] == 'not a complete sentence: it ends on "and"'
    assert {section for section, _ in reasons} == {"story", "key_points", "whats_new", "timeline"}


def test_the_gate_reads_each_cited_article_and_refuses_what_it_cannot_check() -> None:
    other = ["Harwick voted for the barrier after a long debate.", "Work on the barrier will begin next spring."]
    gate = Gate({"a1": SENTENCES, "a2": other})
    # A storyline statement cites every article that made the point: the best support counts.
    both = gate.judge("Construction will start in the autumn and take about three years.", [("a2", 1), ("a1", 3)])
    assert both.supported and both.score == 1.0
    assert not gate.judge("Construction will start in the autumn.", [("a3", 0)]).supported  # no such article at hand
    out_of_range = gate.judge("Construction will start in the autumn.", [("a1", 9)])
    assert not out_of_range.supported and "does not have" in out_of_range.reasons[0]
    assert gate.judge("Construction will take about three years.", []).supported  # no citation: every article


def test_every_statement_a_pipeline_publishes_carries_its_support() -> None:
    text = "Harwick council approves flood barrier\n\n" + ARTICLE + "\n\nPhoto: the River Tarran at Harwick (Getty Images)"
    (briefing,) = brief_text(text, published=date(2026, 2, 5))
    data = to_dict(briefing)
    statements = [s for name in PROSE_SECTIONS for s in data[name]] + [e["statement"] for e in data["timeline"]]
    assert statements and all(s["support"] is not None and s["support"] >= DEFAULT_THRESHOLD for s in statements)
    assert all(sentence_problem(s["text"]) is None for s in statements)
