"""The one write path (`storyline_tracker.store_briefed`) with real processes and real databases: a
process killed (SIGKILL) between any two steps leaves all of a document or none of it; writers in
separate processes share storylines (PostgreSQL) and wait for each other instead of failing (SQLite)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

import wirebrief
from wirebrief import pipeline, store
from wirebrief.config import Settings
from wirebrief.ingest import read_sources

# Hand-written wire stories: six unrelated ones, then one story told four times. Its first two
# reports share few words (two storylines), the third resembles both (the index merges them), the
# fourth joins the merged storyline.
BACKGROUND = [
    ("Harbour council approves flood barrier after long debate", "The harbour council voted nine to four on Monday to build a flood barrier across the estuary, ending two years of debate. The barrier will cost 40 million pounds and should be finished by 2029, the council said."),
    ("Central bank holds interest rates steady as inflation cools", "The central bank kept its main interest rate at 4.5 percent on Monday, saying inflation had cooled faster than expected in the winter. Two of the nine members of the rate committee voted for a cut."),
    ("Football club sacks manager after five straight defeats", "The football club dismissed its manager on Monday after a fifth straight league defeat left the team one point above the relegation zone. A caretaker will take charge of Saturday's match, the club said."),
    ("Oil prices fall on weak Chinese trade data", "Oil prices fell more than two percent on Monday after Chinese trade figures showed imports shrinking for a third month. Brent crude traded at 71 dollars a barrel in London."),
    ("Film festival opens with premiere of space drama", "The city's film festival opened on Monday night with the premiere of a space drama starring a cast of newcomers. The festival runs for ten days and shows 180 films from 40 countries."),
    ("Rail strike halts commuter trains across the region", "A strike by train drivers halted commuter services across the region on Monday, the rail operator said. The union said the walkout over pay would last 48 hours."),
]
VOLCANO = [
    ("Volcano erupts near Reykjavik, flights grounded", "A volcano erupted near Reykjavik on Tuesday, sending lava across a road and grounding flights, the Icelandic Met Office said. Residents of the nearby town were told to leave their homes."),
    ("Iceland airspace closed as ash cloud spreads", "Airlines cancelled hundreds of routes to Europe once the transport authority shut Icelandic airspace, with ash drifting over the north Atlantic."),
    ("Iceland volcano eruption: ash cloud grounds Reykjavik flights", "The eruption of a volcano near Reykjavik has grounded flights across Iceland as an ash cloud spreads, officials said on Tuesday. The Met Office said lava was still flowing."),
    ("Iceland volcano: lava slows near Reykjavik as flights resume", "Lava from the volcano near Reykjavik slowed on Wednesday and flights resumed across Iceland as the ash cloud thinned, the Met Office said."),
]
LOCAL = [
    ("Harwick opens new public library in old post office", "Harwick's new public library opened on Thursday in the old post office building, with 40,000 books and a children's wing. The conversion cost 3 million pounds."),
    ("Port Ellen ferry service cut to two sailings a day", "The ferry operator will cut the Port Ellen service to two sailings a day from April, blaming a shortage of crew. Islanders said the cut would hurt tourism."),
    ("Bramley hospital to lose maternity unit, health board says", "The health board said on Thursday that Bramley hospital's maternity unit will close next year and births will move to the city hospital 30 miles away."),
    ("Oakridge factory fire sends smoke over motorway", "A fire at a plastics factory in Oakridge sent thick smoke across the motorway on Thursday, and police closed two junctions. No one was hurt, the fire service said."),
    ("Easton wins vote to keep its weekly market", "Traders in Easton won a council vote to keep the weekly street market, which the council had planned to move to a car park outside the centre."),
    ("Millbrook water supply declared safe after contamination scare", "Residents of Millbrook can drink tap water again, the water company said on Thursday, five days after bacteria were found at a treatment works."),
    ("Redcliff pier reopens after two-year restoration", "Redcliff's Victorian pier reopened on Thursday after a two-year restoration that replaced 300 rotten timber piles. Entry stays free, the trust that owns it said."),
    ("Stanmore police appeal for witnesses to jewellery shop raid", "Police in Stanmore appealed for witnesses after three men raided a jewellery shop on the high street on Thursday afternoon and escaped on motorbikes."),
]
FAILPOINTS = ["after_save", "after_assign", "after_merge", "after_briefing", "after_commit"]


def write_jsonl(path: Path, stories, prefix: str, published: str) -> Path:
    rows = [{"id": f"{prefix}{i}", "title": t, "text": x, "published": published} for i, (t, x) in enumerate(stories)]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


@pytest.fixture
def wire(tmp_path: Path) -> list[Path]:
    """The background file, then the volcano's first three reports (the third merges the first two)."""
    return [write_jsonl(tmp_path / "bg.jsonl", BACKGROUND, "bg", "2026-03-09"),
            write_jsonl(tmp_path / "volcano.jsonl", VOLCANO[:3], "v", "2026-03-10")]


def process_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment of a child process: this checkout's wirebrief first, no default database."""
    env = {key: value for key, value in os.environ.items() if key != "WIREBRIEF_FAILPOINT"}
    source = str(Path(wirebrief.__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (source, env.get("PYTHONPATH")) if p)
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg")
    return {**env, **extra}


def cli_ingest(tmp_path: Path, db_url: str, paths, **extra: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "wirebrief.cli", "ingest", *map(str, paths), "--db", db_url]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, env=process_env(tmp_path, **extra))


def assert_consistent(engine) -> dict[str, int]:
    """Every stored article is in exactly one storyline, logged once; every storyline's count is its
    members' and its latest briefing covers all of them. Returns the row counts."""
    with engine.connect() as conn:
        n_articles = conn.execute(select(func.count()).select_from(store.schema.articles)).scalar_one()
        members = dict(conn.execute(select(store.schema.storyline_articles.c.article_id, store.schema.storyline_articles.c.storyline_id)).all())
        joins = conn.execute(select(func.count()).where(store.schema.storyline_log.c.kind == "join")).scalar_one()
        merges = conn.execute(select(func.count()).where(store.schema.storyline_log.c.kind == "merge")).scalar_one()
    assert len(members) == n_articles and joins == n_articles
    rows = store.list_storylines(engine, limit=1000)
    for row in rows:
        article_ids = {a for a, s in members.items() if s == row.id}
        assert row.article_count == len(article_ids)
        latest = store.latest_storyline_briefing(engine, row.id)
        assert latest is not None and {s.article_id for s in latest.sources} == article_ids
    return {"articles": n_articles, "storylines": len(rows), "merges": merges}


def volcano_storylines(engine) -> set[str]:
    with engine.connect() as conn:
        ids = conn.execute(select(store.schema.articles.c.id).where(store.schema.articles.c.title.in_([t for t, _ in VOLCANO]))).scalars()
        return {store.storyline_of_article(engine, article_id) for article_id in ids}


# --- a crash between any two steps ---------------------------------------------------------------

# Articles committed when the process is killed at the point's first passage: the merge comes with
# the volcano's third report (the ninth article); every other point is passed with the first.
COMMITTED_AT_KILL = {"after_save": 0, "after_assign": 0, "after_merge": 8, "after_briefing": 0, "after_commit": 1}


@pytest.mark.parametrize("point", FAILPOINTS)
def test_a_kill_between_any_two_steps_leaves_all_or_nothing(tmp_path: Path, wire: list[Path], point: str) -> None:
    url = f"sqlite:///{tmp_path / 'wb.db'}"
    killed = cli_ingest(tmp_path, url, wire, WIREBRIEF_FAILPOINT=point)
    assert killed.returncode == -9, killed.stderr  # SIGKILL, as kill -9

    engine = store.connect(url)
    assert assert_consistent(engine)["articles"] == COMMITTED_AT_KILL[point]

    again = cli_ingest(tmp_path, url, wire)
    assert again.returncode == 0, again.stderr
    counts = assert_consistent(engine)
    assert counts["articles"] == len(BACKGROUND) + 3  # each stored once
    assert len(volcano_storylines(engine)) == 1 and counts["merges"] >= 1
    assert counts["storylines"] == len(BACKGROUND) + 1


@pytest.mark.postgres
def test_a_kill_during_a_merge_leaves_nothing_on_postgres(tmp_path: Path, wire: list[Path], pg_url: str) -> None:
    killed = cli_ingest(tmp_path, pg_url, wire, WIREBRIEF_FAILPOINT="after_merge")
    assert killed.returncode == -9, killed.stderr
    engine = store.connect(pg_url)
    assert assert_consistent(engine)["articles"] == COMMITTED_AT_KILL["after_merge"]
    again = cli_ingest(tmp_path, pg_url, wire)
    assert again.returncode == 0, again.stderr
    assert assert_consistent(engine)["articles"] == len(BACKGROUND) + 3 and len(volcano_storylines(engine)) == 1


def test_reingesting_places_an_article_stored_without_a_storyline(tmp_path: Path, wire: list[Path]) -> None:
    """A database written by a wirebrief without storyline log (and left, by a crash, with an article in
    no storyline) opens, and ingesting the article again puts it in a storyline."""
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = store.connect(url)
    settings = Settings(db_url=url)
    document = read_sources([str(wire[1])], settings).documents[0]
    briefed = pipeline.brief_documents([document], settings)
    store.save_deduplicated(engine, document, [(b.article, b.sentences, b.briefing) for b in briefed])  # no storyline
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE storyline_log")  # as the schema was before it
    engine.dispose()

    done = cli_ingest(tmp_path, url, wire)
    assert done.returncode == 0, done.stderr
    assert "already stored" in done.stderr  # the orphan came in again as a duplicate of itself...
    engine = store.connect(url)
    counts = assert_consistent(engine)  # ...and is in a storyline now, like every other article
    assert counts["articles"] == len(BACKGROUND) + 3 and len(volcano_storylines(engine)) == 1


def test_a_complete_database_opens_read_only(tmp_path: Path) -> None:
    """Opening takes the write lock only to add missing tables: a read-only copy still opens."""
    store.connect(f"sqlite:///{tmp_path / 'wb.db'}").dispose()
    engine = store.connect(f"sqlite:///file:{tmp_path / 'wb.db'}?mode=ro&uri=true")
    assert store.counts(engine)["articles"] == 0 and store.list_storylines(engine) == []


# --- several writers -----------------------------------------------------------------------------


class Worker:
    """A long-lived writer process (tests/ingest_worker.py), like a `watch` or `serve` process."""

    def __init__(self, tmp_path: Path, db_url: str) -> None:
        script = Path(__file__).with_name("ingest_worker.py")
        self.process = subprocess.Popen(
            [sys.executable, str(script), db_url], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, env=process_env(tmp_path),
        )
        assert self.read() == {"ready": True}

    def send(self, path: Path) -> None:
        self.process.stdin.write(f"{path}\n")
        self.process.stdin.flush()

    def read(self) -> dict:
        line = self.process.stdout.readline()
        assert line, self.process.stderr.read()
        answer = json.loads(line)
        assert "error" not in answer, answer["error"]
        return answer

    def ingest(self, path: Path) -> dict:
        self.send(path)
        return self.read()

    def close(self) -> None:
        self.process.stdin.close()
        assert self.process.wait(timeout=60) == 0, self.process.stderr.read()


@pytest.mark.postgres
def test_two_processes_share_storylines_on_postgres(tmp_path: Path, pg_url: str) -> None:
    files = [write_jsonl(tmp_path / f"v{i}.jsonl", [story], f"v{i}-", "2026-03-10") for i, story in enumerate(VOLCANO)]
    background = write_jsonl(tmp_path / "bg.jsonl", BACKGROUND, "bg", "2026-03-09")
    first, second = Worker(tmp_path, pg_url), Worker(tmp_path, pg_url)
    try:
        first.ingest(background)  # both indexes are built before the story starts
        assert second.ingest(background)["duplicates"]
        a = first.ingest(files[0])
        b = second.ingest(files[1])  # another storyline (few shared words), after catching up on the first
        c = first.ingest(files[2])  # joins and merges the two: the second's storyline goes
        d = second.ingest(files[3])  # replays the merge: joins the merged storyline, opens no other
        (sa,), (sb,), (sc,), (sd,) = (list(r["storylines"].values()) for r in (a, b, c, d))
        assert sb != sa and sc == sd and sc in (sa, sb)  # the older survives (same moment: the smaller id)

        # Both ingest the same file at once: every article stored once, nothing fails.
        both = write_jsonl(tmp_path / "both.jsonl", LOCAL, "n", "2026-03-12")
        first.send(both)
        second.send(both)
        stored = first.read()["stored"] + second.read()["stored"]
        assert sorted(stored) == sorted(set(stored)) and len(stored) == len(LOCAL)
    finally:
        first.close()
        second.close()
    engine = store.connect(pg_url)
    counts = assert_consistent(engine)
    assert counts["articles"] == len(BACKGROUND) + len(VOLCANO) + len(LOCAL) and len(volcano_storylines(engine)) == 1


def test_two_concurrent_cli_ingests_on_one_sqlite_file(tmp_path: Path) -> None:
    """Two `wirebrief ingest` processes write one SQLite file at once, stories they share included:
    neither loses anything or reports a locked database."""
    left = write_jsonl(tmp_path / "left.jsonl", [*BACKGROUND, *LOCAL[:4], *VOLCANO], "l", "2026-03-12")
    right = write_jsonl(tmp_path / "right.jsonl", [*LOCAL[4:], *BACKGROUND, *VOLCANO], "r", "2026-03-12")
    url = f"sqlite:///{tmp_path / 'wb.db'}"
    results: dict[str, subprocess.CompletedProcess] = {}
    runs = [threading.Thread(target=lambda p=p: results.__setitem__(p.name, cli_ingest(tmp_path, url, [p]))) for p in (left, right)]
    for run in runs:
        run.start()
    for run in runs:
        run.join()

    for done in results.values():
        assert done.returncode == 0, done.stderr
        assert "locked" not in done.stderr.lower()
    engine = store.connect(url)
    counts = assert_consistent(engine)
    assert counts["articles"] == len(BACKGROUND) + len(LOCAL) + len(VOLCANO)  # the shared stories stored once
    assert len(volcano_storylines(engine)) == 1


def test_watch_killed_after_placing_an_entry_takes_it_again(tmp_path: Path) -> None:
    """`watch` killed after placing its second entry but before committing it: the entry is not marked
    handled, so the next run takes it again, and stores it once, in a storyline."""
    from loopback import Loopback, rss
    from test_watch import story_page

    stories = VOLCANO[:3]
    with Loopback() as web:
        for i, (title, text) in enumerate(stories):
            web.add(f"/s{i}", story_page(f"{title}\n\n{text}", title))
        web.add("/feed", rss([(title, web.url(f"/s{i}")) for i, (title, _) in enumerate(stories)]),
                content_type="application/rss+xml")
        url = f"sqlite:///{tmp_path / 'watch.db'}"
        command = [sys.executable, "-m", "wirebrief.cli", "watch", web.url("/feed"), "--db", url, "--allow-private",
                   "--once", "--host-delay", "0"]  # fmt: skip
        killed = subprocess.run(command, capture_output=True, text=True, timeout=300,
                                env=process_env(tmp_path, WIREBRIEF_FAILPOINT="after_assign:2"))
        assert killed.returncode == -9, killed.stderr
        engine = store.connect(url)
        handled = store.seen_entries(engine, web.url("/feed"), [web.url(f"/s{i}") for i in range(3)])
        assert handled == {web.url("/s2")} and assert_consistent(engine)["articles"] == 1  # a feed lists the newest first

        again = subprocess.run(command, capture_output=True, text=True, timeout=300, env=process_env(tmp_path))
        assert again.returncode == 0, again.stderr
        assert len(store.seen_entries(engine, web.url("/feed"), [web.url(f"/s{i}") for i in range(3)])) == 3
        assert assert_consistent(engine)["articles"] == 3 and web.hits("/s1") == 2 and web.hits("/s2") == 1


def test_a_write_lock_not_had_in_time_is_a_store_error_not_a_traceback(tmp_path, monkeypatch):
    """Another process holding the write lock past the wait gives StoreError (one line for the user),
    not SQLAlchemy's OperationalError."""
    import sqlite3

    from wirebrief import store
    from wirebrief.errors import StoreError

    monkeypatch.setattr(store.connection, "WRITE_LOCK_TIMEOUT_S", 0.2)
    path = tmp_path / "locked.db"
    engine = store.connect(f"sqlite:///{path}")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreError, match="cannot write to"):
            with store.write_transaction(engine):
                pass
    finally:
        holder.execute("ROLLBACK")
        holder.close()
