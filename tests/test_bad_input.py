"""A corpus of bad and hostile input, each case through `brief`, `ingest` and the web API: one clear line
(or one JSON error) per case, no traceback, nothing half-written. The larger cases (20 MB, memory) are in
test_huge_input.py; feeds and URLs in test_feeds.py and test_fetch.py."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from test_cli import FLOOD_MARKDOWN, db_url, wirebrief
from wirebrief.config import Settings

TOKEN = "bad-input-token"

# name → bytes: what a user or a hostile client really sends
CORPUS: dict[str, bytes] = {
    "empty.txt": b"",
    "blank.txt": b" \n\t\n\r\n  \n",
    "nul.txt": b"\x00" * 4096,
    "binary.pdf": b"%PDF-1.7\n" + bytes(range(256)) * 64,
    "gzip.txt": b"\x1f\x8b\x08\x00" + bytes(200),
    "latin1.txt": "Café prices rose sharply in the old town, the owner said on Monday.\n".encode("latin-1"),
    "utf16.txt": "Harbour council approves flood barrier\n\nThe council voted on Wednesday.\n".encode("utf-16"),
    "clutter.txt": b"Advertisement\n\nShare this article\n\nSign up for our newsletter\n\nRead more:\n",
    "token.txt": b"x" * 200_000 + b"\n",
    "only-title.md": b"# A headline and nothing else\n",
    "scripts.html": b"<html><head><script>alert(1)</script></head><body><script>document.write('x')</script></body></html>",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for name, data in CORPUS.items():
        (folder / name).write_bytes(data)
    return folder


@pytest.fixture()
def home(tmp_path: Path) -> Path:
    (tmp_path / "home").mkdir()
    return tmp_path / "home"


def _counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("documents", "articles", "sentences", "briefings")}


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_brief_gives_one_error_line_and_exit_1(home: Path, corpus: Path, name: str) -> None:
    run = wirebrief(home, "brief", corpus / name)
    assert run.returncode == 1, str(run)
    assert run.stdout.strip() == "", str(run)
    lines = run.errlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and name in lines[0], str(run)


def test_ingest_of_the_whole_corpus_stores_nothing(home: Path, corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "bad.db"
    run = wirebrief(home, "ingest", *[corpus / name for name in sorted(CORPUS)], "--db", db_url(db))
    assert run.returncode == 1, str(run)
    for name in CORPUS:
        assert len([line for line in run.errlines() if name in line]) == 1, (name, run.stderr)
    assert _counts(db) == {"documents": 0, "articles": 0, "sentences": 0, "briefings": 0}


def test_ingest_of_good_and_bad_stores_the_good_and_says_partial(home: Path, corpus: Path, tmp_path: Path) -> None:
    (home / "flood.md").write_text(FLOOD_MARKDOWN, encoding="utf-8")
    db = tmp_path / "mixed.db"
    run = wirebrief(home, "ingest", "flood.md", corpus / "nul.txt", corpus / "token.txt", "--db", db_url(db))
    assert run.returncode == 3, str(run)
    assert _counts(db)["articles"] == 1


def test_web_api_answers_each_case_with_a_json_error_and_stores_nothing(tmp_path: Path) -> None:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from wirebrief.web import create_app

    client = TestClient(create_app(Settings(db_url=f"sqlite:///{tmp_path / 'api.db'}", api_token=TOKEN)))
    auth = {"Authorization": f"Bearer {TOKEN}"}
    # what a client can send as JSON text: every case but the encodings (a JSON string is Unicode already)
    texts = [data.decode("utf-8", "replace") for name, data in CORPUS.items() if name not in ("latin1.txt", "utf16.txt")]
    for text in texts:
        answer = client.post("/api/ingest", json={"text": text}, headers=auth)
        assert 400 <= answer.status_code < 500, (text[:60], answer.status_code, answer.text[:300])
        assert "error" in answer.json() or "detail" in answer.json(), answer.text[:300]
    for body in (b"{", b"[]", b'{"text": 5}', b'{"url": "ftp://example.org/x"}', b'{"url": "http://127.0.0.1/"}', b"\xff\xfe"):
        answer = client.post("/api/ingest", content=body, headers={**auth, "content-type": "application/json"})
        assert 400 <= answer.status_code < 500, (body, answer.status_code, answer.text[:300])
    assert client.get("/api/briefings").json()["total"] == 0


def test_watch_logs_each_bad_entry_once_stores_nothing_and_keeps_the_good_one(tmp_path: Path) -> None:
    """A feed whose entries link to the corpus (and one good story): one log line per bad entry, the good
    story stored, nothing half-written, no exception out of the watcher."""
    from loopback import Loopback, rss
    from wirebrief import store
    from wirebrief.watch import Watcher, WatchOptions

    engine = store.connect(f"sqlite:///{tmp_path / 'watch.db'}")
    good = ("<html><head><title>Harbour council approves flood barrier</title></head><body><article>"
            "<h1>Harbour council approves flood barrier</h1>"
            + "".join(f"<p>{p}</p>" for p in FLOOD_MARKDOWN.split("\n\n")[2:]) + "</article></body></html>")
    with Loopback() as web:
        items = []
        for number, (name, data) in enumerate(sorted(CORPUS.items())):
            web.add(f"/bad/{number}", data, content_type="text/html; charset=utf-8" if name.endswith(".html") else "text/plain")
            items.append((f"Entry {number} [/red]", web.url(f"/bad/{number}")))
        web.add("/good", good)
        items.append(("Flood barrier", web.url("/good")))
        web.add("/feed", rss(items), content_type="application/rss+xml")
        lines: list[str] = []
        Watcher(engine, Settings(db_url="unused", allow_private=True), [web.url("/feed")], WatchOptions(host_delay_s=0), log=lines.append).run(once=True)
    counts = {name: _rows(engine, table) for name, table in (("articles", store.schema.articles), ("entries", store.schema.feed_entries))}
    assert counts["articles"] == 1, lines
    assert counts["entries"] == len(CORPUS) + 1  # every entry handled once, good or bad
    for number in range(len(CORPUS)):
        assert len([line for line in lines if re.search(rf"/bad/{number}\b", line)]) == 1, lines


def _rows(engine, table) -> int:
    from sqlalchemy import func, select

    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()
