"""The load bench's parts: filling a database, the open-loop client's counting, and the command end to end."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from loopback import Loopback
from wirebrief import store
from wirebrief.evaluation import serving

DIGEST = Path(__file__).resolve().parents[1] / "examples" / "digest.txt"


def test_bench_fill_stores_distinct_briefings_with_their_sentences(tmp_path):
    url = f"sqlite:///{tmp_path / 'fill.db'}"
    ids = serving.fill(url, DIGEST, 9)
    engine = store.connect(url)
    assert len(set(ids)) == 9 and store.count_briefings(engine) == 9
    newest = store.list_briefings(engine, 1)[0]
    assert newest.id == ids[-1] and newest.title.endswith("(8)")
    texts = store.sentence_texts(engine, [newest.sources[0].article_id])
    cited = [tuple(c) for s in newest.story for c in s.citations]
    assert cited and all(c in texts for c in cited)


def test_bench_load_counts_requests_errors_and_latency():
    with Loopback() as web:
        web.add("/ok", body=b"fine", content_type="text/plain")
        figures = serving.load(web.url("/").rstrip("/"), "mixed", ["/ok", "/ok", "/missing"], rate=60, duration_s=1)
    assert figures.requests == 60 and figures.errors == 20
    assert 0 < figures.p50_ms <= figures.p99_ms <= figures.max_ms < 1000
    assert 40 < figures.rate <= 61


def test_bench_percentile_is_nearest_rank():
    values = list(range(1, 101))
    assert serving.percentile(values, 50) == 50 and serving.percentile(values, 99) == 99
    assert serving.percentile(values, 100) == 100 and serving.percentile([], 99) == 0.0


def test_bench_serve_command_prints_the_figures(tmp_path):
    command = [sys.executable, "-m", "wirebrief.cli", "bench", "serve", "--briefings", "30", "--rate", "20",
               "--duration", "1", "--digest", str(DIGEST), "--p99-ms", "1000"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert lines[0].startswith("30 briefings, 20 req/s per page for 1 s")
    rows = {line.split("  ")[0].strip(): line.split() for line in lines[2:]}
    assert set(rows) == {"front page", "briefing page", "static file"}  # 30 briefings: none left for first views
    assert all(row[-1] == "pass" and row[-8] == "20" and row[-7] == "0" for row in rows.values())
