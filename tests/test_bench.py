"""`wirebrief bench`: worker processes brief as one process does, the bench's figures, and the command."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from wirebrief import pipeline
from wirebrief.config import Settings
from wirebrief.errors import InputError
from wirebrief.evaluation import briefing_bench
from wirebrief.models import to_dict

DIGEST = Path(__file__).resolve().parents[1] / "examples" / "digest.txt"
DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "cnndm_dev.jsonl"
GENERATED = datetime(2026, 2, 5, 9, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def rows_file(tmp_path_factory) -> Path:
    """Six news articles as eval rows ("article"), or the example digest's stories as "text" rows."""
    path = tmp_path_factory.mktemp("bench") / "rows.jsonl"
    if DEV.exists():
        rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines()[:6]]
        path.write_text("".join(json.dumps({"id": r["id"], "article": r["article"]}) + "\n" for r in rows), encoding="utf-8")
    else:
        stories = DIGEST.read_text(encoding="utf-8").split("\n\n\n")
        path.write_text("".join(json.dumps({"id": str(i), "text": s}) + "\n" for i, s in enumerate(stories)), encoding="utf-8")
    return path


def test_workers_brief_exactly_as_one_process_does(rows_file):
    articles = briefing_bench.load(rows_file, Settings())
    alone = pipeline.brief_documents(articles.documents, Settings(), generated_at=GENERATED)
    shared = pipeline.brief_documents(articles.documents, Settings(), generated_at=GENERATED, workers=2)
    assert [to_dict(r.briefing) for r in shared] == [to_dict(r.briefing) for r in alone]
    assert [r.sentences for r in shared] == [r.sentences for r in alone]


def test_load_reads_eval_rows_text_rows_and_plain_files(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        json.dumps({"id": "a", "article": "First story sentence one. Sentence two here."}) + "\n\n"
        + json.dumps({"id": "b", "text": "Second story. It has words.", "title": "Second"}) + "\n",
        encoding="utf-8",
    )
    articles = briefing_bench.load(path, Settings())
    assert [d.id for d in articles.documents] == ["a", "b"] and all(d.single_article for d in articles.documents)
    assert [r["title"] for r in articles.rows] == [None, "Second"]
    assert len(briefing_bench.load(path, Settings(), limit=1).rows) == 1
    digest = briefing_bench.load(DIGEST, Settings())
    assert len(digest.documents) == 1 and len(digest.rows) == 4  # one file, four stories for the peers


@pytest.mark.parametrize(
    ("content", "reason"),
    [("{not json\n", "not JSON"), (json.dumps({"id": "x", "body": "no text"}) + "\n", 'no "article" or "text"'), ("\n", "no articles")],
)
def test_load_rejects_bad_rows_with_the_line(tmp_path, content, reason):
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=reason):
        briefing_bench.load(path, Settings())


def test_bench_times_wirebrief_and_a_peer_on_the_same_articles(rows_file):
    result = briefing_bench.run(rows_file, runs=2, workers=2, systems=("wirebrief", "lead-3"))
    ours, lead = result["timings"]
    assert ours.system == "wirebrief" and lead.system == "lead-3" and not ours.error and not lead.error
    assert ours.articles == lead.articles == 6 if DEV.exists() else ours.articles == lead.articles
    assert len(ours.rates) == 2 and all(rate > 0 for rate in ours.rates) and ours.cpu_per_article_ms > 0
    # the parent and two workers, each holding its own spaCy pipeline: more than one process's worth
    assert 200 < ours.peak_mib < 4096 and ours.load_seconds > 0
    assert lead.rate > ours.rate  # three sentences cut off the top are cheaper than a briefing
    report = briefing_bench.format_report(result)
    assert "wirebrief (full briefing)" in report and "Lead-3" in report and "floor: ≥ 40 articles/s" in report


def _wirebrief(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "wirebrief.cli", *args], capture_output=True, text=True, timeout=600)


def test_bench_command_is_the_bare_group_command(rows_file):
    run = _wirebrief("bench", str(rows_file), "--runs", "1", "--workers", "1", "--systems", "wirebrief,lexrank")
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0].startswith("briefing speed on rows.jsonl") and any(line.startswith("sumy LexRank") for line in lines)
    assert _wirebrief("bench", "storylines", "--help").returncode == 0  # the other bench commands stay themselves


@pytest.mark.parametrize(("args", "message"), [
    (["missing.jsonl"], "missing.jsonl: no such file"),
    (["--systems", "nope"], "unknown system nope"),
    (["--writer", "llm", "--model", "missing.gguf"], "missing.gguf: no such GGUF file"),  # the llm writer's bench
])
def test_bench_command_bad_input_is_one_line(args, message):
    run = _wirebrief("bench", *args)
    assert run.returncode == 1 and run.stderr.startswith("error:") and message in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1 and "Traceback" not in run.stderr
