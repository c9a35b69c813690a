"""The load bench's parts: filling a database, the open-loop client's counting, and the command end to end."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from loopback import Loopback
from sqlalchemy import delete
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
    assert 40 < figures.rate <= 61 and 26 < figures.served <= 41  # answered at all / answered 200


def test_bench_percentile_is_nearest_rank():
    values = list(range(1, 101))
    assert serving.percentile(values, 50) == 50 and serving.percentile(values, 99) == 99
    assert serving.percentile(values, 100) == 100 and serving.percentile([], 99) == 0.0


def test_bench_fill_groups_briefings_in_storylines_with_a_merged_briefing(tmp_path):
    url = f"sqlite:///{tmp_path / 'lines.db'}"
    ids = serving.fill(url, DIGEST, 9)
    engine = store.connect(url)
    lines = store.list_storylines(engine, 10)
    assert len(lines) == 3 and sorted(line.article_count for line in lines) == [1, 4, 4]
    latest = store.latest_briefing_ids_of_storylines(engine, [line.id for line in lines])
    for line in lines:
        merged = store.latest_storyline_briefing(engine, line.id)
        assert merged is not None and latest[line.id] == merged.id and len(merged.sources) == line.article_count
    members = {b.id for line in lines for b in store.storyline_briefings(engine, line.id, 10)}
    assert members == set(ids)
    # A storyline without a merged briefing yet is shown by the newest of its articles' briefings.
    bare = lines[0].id
    bare_merged = store.latest_storyline_briefing(engine, bare).id
    with engine.begin() as conn:
        conn.execute(delete(store.schema.storyline_briefings_table).where(store.schema.storyline_briefings_table.c.storyline_id == bare))
    latest = store.latest_briefing_ids_of_storylines(engine, [line.id for line in lines])
    assert latest[bare] == store.storyline_briefings(engine, bare, 1)[0].id != bare_merged
    assert [latest[line.id] for line in lines[1:]] == [store.latest_storyline_briefing(engine, line.id).id for line in lines[1:]]


def test_bench_mixed_load_reports_each_kind_and_the_whole(tmp_path):
    with Loopback() as web:
        web.add("/a", body=b"a", content_type="text/plain")
        web.add("/b", body=b"b", content_type="text/plain")
        figures = serving.mixed(web.url("/").rstrip("/"), [("fine", ["/a", "/b"]), ("broken", ["/gone"])], rate=60,
                                duration_s=1)
    fine, broken, everything = figures
    assert (fine.name, broken.name, everything.name) == ("fine", "broken", "all")
    assert fine.requests == broken.requests == 30 and everything.requests == 60
    assert fine.errors == 0 and broken.errors == 30 == everything.errors
    assert 20 < fine.rate <= 31 and 40 < everything.rate <= 61


def test_bench_serve_command_prints_the_figures(tmp_path):
    """The short mode of `bench serve`: one process, then two workers, every kind of page in the mix."""
    command = [sys.executable, "-m", "wirebrief.cli", "bench", "serve", "--briefings", "40", "--rate", "90",
               "--duration", "1", "--workers", "2", "--digest", str(DIGEST), "--p99-ms", "5000"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert lines[0].startswith("40 briefings, mixed load of 90 req/s in all for 1 s")
    runs = done.stdout.split("\n\n")[1:]
    assert [run.splitlines()[0] for run in runs] == ["one process", "2 workers"]
    kinds = ["front page", "storyline page", "briefing page", "search page", "api storylines", "api briefing",
             "api search", "static file", "all", "first views"]
    for run in runs:
        rows = {line.split("  ")[0].strip(): line.split() for line in run.splitlines()[2:-1]}
        assert list(rows) == kinds and run.splitlines()[-1].startswith("(the client started its requests up to")
        assert all(row[-8] == "0" and row[-1] == "pass" for row in rows.values())  # no errors
        assert rows["all"][-9] == "90"  # 90 requests in 1 s
