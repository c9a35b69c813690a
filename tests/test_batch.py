"""`wirebrief batch`: the same briefings on local processes and on a real local Ray cluster (2 CPUs),
JSON Lines and Parquet in and out, and the driver storing them in a real PostgreSQL with storylines."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from wirebrief import batch, store
from wirebrief.cli import app
from wirebrief.config import Settings
from wirebrief.errors import WirebriefError

ray = pytest.importorskip("ray")
pq = pytest.importorskip("pyarrow.parquet")
pa = pytest.importorskip("pyarrow")

# A wire's day: a port strike followed over two days, and short items from other desks.
STRIKE = [
    {
        "id": "port-1",
        "title": "Dock workers walk out at Rotterdam over pay",
        "published": "2026-03-02",
        "text": "Dock workers at the port of Rotterdam walked out on Monday after talks over pay broke down, the FNV union "
        "said. The strike halted container traffic at the two largest terminals, port authority spokesman Jan Visser "
        "said. The union is asking for a raise of 7 percent to match inflation.",
    },
    {
        "id": "port-2",
        "title": "Rotterdam dock strike enters second day as ships queue",
        "published": "2026-03-03",
        "text": "The strike by dock workers at the port of Rotterdam entered its second day on Tuesday, with more than "
        "forty container ships waiting at anchor, the port authority said. The FNV union said talks over pay would "
        "resume on Thursday. Employers said the demand for a 7 percent raise was not affordable.",
    },
]
DESK = [
    ("Storm closes schools in {place}", "Schools in {place} were closed on Friday as a storm brought winds of {n} km/h, "
     "the regional government said. Power was cut to about {n}00 homes, the grid operator said."),
    ("{place} council approves new tram line", "The city council of {place} approved a new tram line on Wednesday after a "
     "debate that lasted {n} hours. Construction is due to start next spring, the mayor said."),
]
PLACES = ["Lyon", "Porto", "Graz", "Turku", "Split", "Ghent", "Brno", "Cork", "Bergen"]
CLUTTER = {"id": "menu", "text": "Home | World | Sport\nSubscribe\nShare this"}  # a page of links: no story


def wire_rows() -> list[dict]:
    """Eleven rows, the page of links ninth: past the first chunk of eight, so chunks and order are tested."""
    rows = [*STRIKE]
    for n, place in enumerate(PLACES[:8]):
        title, text = DESK[n % 2]
        rows.append({"id": f"desk-{n}", "title": title.format(place=place), "published": "2026-03-02",
                     "text": text.format(place=place, n=n + 3)})
    rows.insert(8, CLUTTER)
    return rows[:11]


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def local_ray():
    """A real Ray on this machine with 2 CPUs, shared by this module's tests."""
    ray.init(num_cpus=2, include_dashboard=False, logging_level="WARNING")
    yield
    ray.shutdown()


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_batch_local_writes_every_story_in_order_and_counts(tmp_path):
    wire = write_jsonl(tmp_path / "wire.jsonl", wire_rows())
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["batch", str(wire), "--out", str(out), "--workers", "1"])
    assert result.exit_code == 3, result.output  # PARTIAL: the page of links gave no story
    assert "no story found" in result.output and "wire.jsonl:9" in result.output
    assert "briefing: 11/11 done" in result.output  # off a terminal: a one-line count
    rows = read_jsonl(out)
    expected = [row["id"] for row in wire_rows() if row is not CLUTTER]
    assert [row["source_id"] for row in rows] == expected
    assert rows[0]["title"] == STRIKE[0]["title"] and rows[0]["cited_sentences"]  # as `brief --format jsonl` prints it


def test_batch_reads_and_writes_parquet(tmp_path):
    rows = wire_rows()[:3]
    table = pa.table({"id": [r["id"] for r in rows], "title": [r["title"] for r in rows], "text": [r["text"] for r in rows],
                      "published": pa.array([date.fromisoformat(r["published"]) for r in rows])})  # a date column
    source = tmp_path / "wire.parquet"
    pq.write_table(table, source)
    out = tmp_path / "out.parquet"
    result = CliRunner().invoke(app, ["batch", str(source), "--out", str(out), "--workers", "1"])
    assert result.exit_code == 0, result.output
    written = pq.read_table(out)
    assert written.column("source_id").to_pylist() == ["port-1", "port-2", "desk-0"]
    first = json.loads(written.column("briefing")[0].as_py())
    assert first["id"] == written.column("id")[0].as_py() and first["sources"][0]["published"] == "2026-03-02"


def test_batch_refuses_an_output_it_cannot_write_and_leaves_the_old_file(tmp_path):
    wire = write_jsonl(tmp_path / "wire.jsonl", STRIKE)
    bad = CliRunner().invoke(app, ["batch", str(wire), "--out", str(tmp_path / "out.csv")])
    assert bad.exit_code == 1 and ".jsonl or a .parquet" in bad.output and not (tmp_path / "out.csv").exists()
    out = tmp_path / "out.jsonl"
    out.write_text("old\n")
    empty = write_jsonl(tmp_path / "empty.jsonl", [CLUTTER])
    failed = CliRunner().invoke(app, ["batch", str(empty), "--out", str(out), "--workers", "1"])
    assert failed.exit_code == 1 and out.read_text() == "old\n"  # nothing briefed: the old file stays
    missing = CliRunner().invoke(app, ["batch", str(tmp_path / "nowhere"), "--out", str(out), "--engine", "ray"])
    assert missing.exit_code == 1 and "nowhere" in missing.output and not ray.is_initialized()  # no cluster for nothing
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.jsonl")] == []  # no temporary file left


def test_ray_batch_to_a_dead_address_fails_at_once_with_one_line(tmp_path):
    """Nothing listens at the address (a port just closed): one line and exit 1 within seconds, where Ray alone
    retries for minutes. Runs before `local_ray` starts a cluster, so that batch tries to join this one."""
    import socket
    import time

    assert not ray.is_initialized()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    rows = write_jsonl(tmp_path / "in.jsonl", STRIKE)
    started = time.monotonic()
    result = CliRunner().invoke(app, ["batch", str(rows), "-o", str(tmp_path / "out.jsonl"), "--engine", "ray",
                                      "--address", f"127.0.0.1:{port}"])
    assert time.monotonic() - started < 30
    assert result.exit_code == 1, result.output
    assert result.stderr.strip() == f"error: ray: cannot join the cluster at 127.0.0.1:{port}: connection refused"
    assert not (tmp_path / "out.jsonl").exists() and not ray.is_initialized()


def test_ray_gives_the_briefings_local_gives_from_worker_processes(local_ray, tmp_path):
    settings = Settings()
    documents = batch.read_articles([str(write_jsonl(tmp_path / "wire.jsonl", wire_rows()))], settings).documents
    with batch.open_engine("local", settings, workers=1) as engine:
        local = [(d.id, [b.briefing.id for b in found]) for d, found in batch.briefed_documents(engine, documents)]
    with batch.open_engine("ray", settings, workers=2) as engine:
        pids = set(ray.get([actor.ready.remote() for actor in engine._actors]))
        on_ray = [(d.id, [b.briefing.id for b in found]) for d, found in batch.briefed_documents(engine, documents)]
    assert ray.is_initialized()  # the engine leaves a cluster it did not start running
    assert on_ray == local and [found for _, found in local].count([]) == 1
    assert len(pids) == 2 and os.getpid() not in pids  # two actors, each its own process


def test_ray_refuses_more_workers_than_the_cluster_has_cpus(local_ray):
    with pytest.raises(WirebriefError, match="3 workers asked for, but the cluster has 2 CPUs"):
        batch.RayEngine(Settings(), 3)  # an actor that cannot be placed would be waited for forever
    assert ray.is_initialized()  # not its cluster: left running


@pytest.mark.postgres
def test_ray_batch_into_postgres_places_the_story_in_one_storyline(local_ray, pg_url, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    wire = write_jsonl(tmp_path / "wire.jsonl", wire_rows()[:4])
    out = tmp_path / "out.jsonl"
    runner = CliRunner()
    args = ["batch", str(wire), "--engine", "ray", "--workers", "2", "--out", str(out), "--db", pg_url]
    done = runner.invoke(app, args)
    assert done.exit_code == 0, done.output
    assert "4 briefings from 4 of 4 articles" in done.output and "4 new stories" in done.output
    db = store.connect(pg_url)
    assert db.dialect.name == "postgresql" and store.counts(db)["articles"] == 4
    storylines = store.list_storylines(db)
    assert sorted(line.article_count for line in storylines) == [1, 1, 2]  # the two strike reports share one
    (strike,) = [line for line in storylines if line.article_count == 2]
    assert store.latest_storyline_briefing(db, strike.id) is not None
    again = runner.invoke(app, args)
    assert again.exit_code == 0 and "0 new stories" in again.output and "(4 already stored)" in again.output
    assert store.counts(db)["articles"] == 4


def test_ray_address_forms_are_read_before_anything_is_joined():
    """"auto" and "local" are Ray's own (found or started by it); IPv6, bracketed or bare, is one host, not host ":"."""
    import socket

    from wirebrief.batch import _check_reachable
    from wirebrief.errors import WirebriefError

    _check_reachable("auto")
    _check_reachable("local")
    with socket.socket(socket.AF_INET6) as probe:
        probe.bind(("::1", 0))
        port = probe.getsockname()[1]
    for address in (f"[::1]:{port}", f"ray://[::1]:{port}"):
        with pytest.raises(WirebriefError, match=r"cannot join the cluster at .*: connection refused"):
            _check_reachable(address)
    with pytest.raises(WirebriefError, match="not a cluster address"):
        _check_reachable("127.0.0.1:port")
