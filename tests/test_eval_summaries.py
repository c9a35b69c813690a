"""`wirebrief eval summaries`: ROUGE scoring, Lead-3, the offline peers, and the command on 5 rows.

The peers come with the `eval` extra, which the `dev` extra includes; without them these tests skip.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("rouge_score", reason="rouge-score not installed (pip install -e '.[eval]')")
pytest.importorskip("nupunkt", reason="nupunkt not installed (pip install -e '.[eval]')")

from wirebrief.evaluation import summaries

EVAL_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval"
CNNDM = EVAL_DIR / "cnndm_dev.jsonl"
needs_cnndm = pytest.mark.skipif(not CNNDM.exists(), reason=f"{CNNDM} not present")

REFERENCE = ("The council approved a new budget for the city library on Monday .\n"
             "Opening hours will be extended to include Sunday afternoons .")
ARTICLE = (
    "The city council approved a new budget for the library on Monday. "
    "Opening hours will be extended to Sunday afternoons from next month. "
    "The head librarian, Mr. Smith, said the change was long overdue. "
    "Volunteers will help staff the reading rooms. "
    "The vote was unanimous."
)


def _first_row() -> dict:
    with open(CNNDM, encoding="utf-8") as handle:
        return json.loads(handle.readline())


@pytest.fixture
def no_nltk_downloads(monkeypatch):
    """Any attempt to fetch NLTK data fails the test: the adapters must work offline."""
    nltk = pytest.importorskip("nltk")

    def refuse(*args, **kwargs):
        raise AssertionError(f"tried to download NLTK data: {args}")

    monkeypatch.setattr(nltk, "download", refuse)


# --- ROUGE and Lead-3 ---------------------------------------------------------------------------

def test_reference_lines_use_existing_newlines_else_nupunkt():
    assert len(summaries.reference_lines(REFERENCE)) == 2
    assert summaries.reference_lines(REFERENCE.replace("\n", " ")) == summaries.reference_lines(REFERENCE)


def test_rouge_orders_identical_above_close_above_unrelated():
    identical = summaries.score_summary(REFERENCE, REFERENCE.replace("\n", " "))
    close = summaries.score_summary(REFERENCE, ARTICLE)
    unrelated = summaries.score_summary(REFERENCE, "Heavy snow closed mountain passes across the Alps. Skiers cheered.")
    assert identical.rouge1 == identical.rouge2 == identical.rouge_lsum == pytest.approx(100.0)
    assert 30 < close.rouge1 < 100 and close.rouge1_recall > close.rouge1  # the article covers the reference
    assert unrelated.rouge1 < 10 and unrelated.rouge2 == 0.0


def test_lead3_takes_the_first_three_sentences():
    (lead,) = summaries.lead3([{"article": ARTICLE}])
    assert lead == (
        "The city council approved a new budget for the library on Monday. "
        "Opening hours will be extended to Sunday afternoons from next month. "
        "The head librarian, Mr. Smith, said the change was long overdue."
    )


def test_unknown_system_is_refused(tmp_path):
    with pytest.raises(ValueError, match="unknown system"):
        summaries.evaluate(tmp_path / "rows.jsonl", systems=["lead-3", "gpt"])


def test_a_peer_that_cannot_run_offline_is_reported_not_fatal(tmp_path, monkeypatch):
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"id": "1", "article": ARTICLE, "reference": REFERENCE}) + "\n", encoding="utf-8")

    def offline(rows):
        raise LookupError("Resource punkt not found.\nmore detail")

    monkeypatch.setitem(summaries.PEERS, "newspaper4k", offline)
    result = summaries.evaluate(rows, systems=["lead-3", "newspaper4k"])
    report = summaries.format_report(result)
    assert result["systems"]["newspaper4k"] == "n/a (LookupError: Resource punkt not found.)"
    assert "newspaper4k" in report and "n/a (LookupError" in report
    assert result["meets_floor"] is None  # wirebrief not run: no verdict


# --- the peers offline on a real article ------------------------------------------------------------

@needs_cnndm
@pytest.mark.parametrize("system", ["newspaper4k", "lexrank", "textrank"])
def test_peer_summarises_a_real_article_offline(system, no_nltk_downloads):
    pytest.importorskip({"newspaper4k": "newspaper"}.get(system, "sumy"))
    row = _first_row()
    (summary,) = summaries.PEERS[system]([row])
    picked = summaries.sentences(summary)
    assert 1 <= len(picked) <= 3
    article = " ".join(row["article"].split())
    assert all(sentence in article for sentence in picked)  # extractive: sentences of the article
    assert summaries.score_summary(row["reference"], summary).rouge1 > 10


# --- the command ------------------------------------------------------------------------------------

@needs_cnndm
def test_cli_scores_every_system_on_five_rows(no_nltk_downloads):
    pytest.importorskip("newspaper")
    pytest.importorskip("sumy")
    from typer.testing import CliRunner

    from wirebrief.cli import app

    result = CliRunner().invoke(app, ["eval", "summaries", str(CNNDM), "--limit", "5"])
    below = "wirebrief is BELOW it" in result.output
    assert result.exit_code == (4 if below else 0), result.output  # 4: measured, below the floor
    lines = result.stdout.splitlines()  # the report; stderr has the progress lines
    assert "5 rows" in lines[0]
    for label in summaries.LABELS.values():
        row = next((line for line in lines if line.startswith(label + " ")), None)
        assert row is not None and "n/a" not in row, f"{label} missing or n/a:\n{result.output}"
        assert len(row[len(label):].split()) >= 5  # R-Lsum, median R-1, seconds
    assert any(line.startswith("wirebrief Key Points: R-1 recall") for line in lines)
    assert "Lead-3 40.34/17.70/36.57" in result.output and summaries.FLOOR_LINE in result.output


def test_cli_rejects_an_unknown_system(tmp_path):
    from typer.testing import CliRunner

    from wirebrief.cli import app

    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"id": "1", "article": ARTICLE, "reference": REFERENCE}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "summaries", str(rows), "--systems", "lead-3,gpt"])
    assert result.exit_code == 1
    assert "unknown system gpt" in result.output
