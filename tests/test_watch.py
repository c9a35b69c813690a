"""Watch and de-duplication: real loopback server, real SQLite file, a real process killed with SIGKILL."""

from __future__ import annotations

import html
import json
import os
import re
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select

from loopback import Loopback, rss
from wirebrief import dedup, store
from wirebrief.config import Settings
from wirebrief.watch import Watcher, WatchOptions, backoff_s, feed_urls_from

CNNDM = Path(__file__).resolve().parents[2] / "shared" / "eval" / "cnndm_dev.jsonl"
pytestmark = pytest.mark.skipif(not CNNDM.is_file(), reason="needs ../shared/eval/cnndm_dev.jsonl")
BACKOFF_BASE_S = WatchOptions().backoff_base_s
NO_DELAY = WatchOptions(host_delay_s=0)  # no politeness wait between the loopback server's feeds


def articles(n: int) -> list[str]:
    with CNNDM.open(encoding="utf-8") as file:
        return [json.loads(line)["article"] for line, _ in zip(file, range(n))]


def story_page(text: str, title: str, site: str = "Coastal Times") -> str:
    sentences = re.split(r"(?<=[.!?])\s+", text)
    paragraphs = "".join(f"<p>{html.escape(' '.join(sentences[i : i + 3]))}</p>" for i in range(0, len(sentences), 3))
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f'<meta property="og:site_name" content="{site}"></head><body><nav><a href="/">Home</a></nav>'
        f"<article><h1>{html.escape(title)}</h1>{paragraphs}</article></body></html>"
    )


def count(engine, table) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


@pytest.fixture
def web():
    with Loopback() as server:
        yield server


@pytest.fixture
def engine(tmp_path):
    return store.connect(f"sqlite:///{tmp_path / 'watch.db'}")


SETTINGS = Settings(db_url="unused", allow_private=True)


# --- near-duplicates -------------------------------------------------------------------------


def test_minhash_scores_a_small_edit_high_and_another_story_low():
    first, second = articles(2)
    edited = first.replace("Friday", "Saturday", 1) + " He declined to comment further."
    assert dedup.similarity(dedup.signature(first), dedup.signature(edited)) >= dedup.NEAR_DUPLICATE_MIN_SIMILARITY
    assert dedup.similarity(dedup.signature(first), dedup.signature(second)) < 0.2
    assert set(dedup.band_keys(dedup.signature(first))) & set(dedup.band_keys(dedup.signature(edited)))
    assert dedup.signature("too short to compare") is None


def test_watch_stores_a_story_carried_by_two_feeds_once_and_lists_the_other_source(web, engine):
    text = articles(1)[0]
    sentences = re.split(r"(?<=[.!?])\s+", text)
    syndicated = " ".join(sentences[:-2]).replace("Friday", "Saturday", 1) + " Reporting by the Wire Agency."
    web.add("/a/story", story_page(text, "Locke to be confirmed as manager", "Alpha News"))
    web.add("/b/story", story_page(syndicated, "Locke confirmed as Kilmarnock boss", "Beta Daily"))
    web.add("/a/feed", rss([("Locke", web.url("/a/story"))], "Alpha News"), content_type="application/rss+xml")
    web.add("/b/feed", rss([("Locke", web.url("/b/story"))], "Beta Daily"), content_type="application/rss+xml")
    lines: list[str] = []
    Watcher(engine, SETTINGS, [web.url("/a/feed"), web.url("/b/feed")], NO_DELAY, log=lines.append).run(once=True)
    assert count(engine, store.schema.articles) == 1
    [row] = store.list_stories(engine)
    [other] = store.also_reported_by(engine, row.article_id)
    assert other.origin == web.url("/b/story") and other.source == "Beta Daily"
    assert dedup.NEAR_DUPLICATE_MIN_SIMILARITY <= other.similarity < 1.0
    assert any(line.startswith("duplicate of") for line in lines)
    assert count(engine, store.schema.feed_entries) == 2  # both entries handled
    assert store.storyline_of_article(engine, row.article_id) is not None  # watched entries join storylines


# --- polling ---------------------------------------------------------------------------------


def test_watch_uses_conditional_get_and_processes_nothing_twice(web, engine):
    texts = articles(2)
    web.add("/s1", story_page(texts[0], "First story"))
    web.add("/s2", story_page(texts[1], "Second story"))
    feed = rss([("First", web.url("/s1")), ("Second", web.url("/s2"))]).encode()

    def conditional(handler):
        if handler.headers.get("If-None-Match") == '"v1"':
            handler.reply(304, content_type=None, headers={"ETag": '"v1"'})
        else:
            handler.reply(200, feed, "application/rss+xml", {"ETag": '"v1"'})

    web.add("/feed", handler=conditional)
    watcher = Watcher(engine, SETTINGS, [web.url("/feed")], NO_DELAY)
    assert watcher.poll(web.url("/feed")).stored == 2
    assert watcher.poll(web.url("/feed")).status == "not-modified"
    assert web.requests[-1][1]["if-none-match"] == '"v1"'
    web.add("/feed", feed, content_type="application/rss+xml")  # validators ignored: full body again
    again = watcher.poll(web.url("/feed"))
    assert again.status == "new" and again.stored == 0
    assert web.hits("/s1") == 1 and web.hits("/s2") == 1  # seen entries are not fetched again
    assert count(engine, store.schema.articles) == 2


@pytest.mark.parametrize(("status", "retry_after", "expected_s"), [(503, "600", 600), (429, None, BACKOFF_BASE_S)])
def test_watch_backs_off_after_errors(web, engine, status, retry_after, expected_s):
    web.add("/feed", status=status, headers={"Retry-After": retry_after} if retry_after else {})
    watcher = Watcher(engine, SETTINGS, [web.url("/feed")], NO_DELAY)
    before = datetime.now(timezone.utc)
    assert watcher.poll(web.url("/feed")).status == "error"
    state = store.get_feed_state(engine, web.url("/feed"))
    assert state.failures == 1 and f"HTTP {status}" in state.last_error
    waited = (state.next_poll_at - before).total_seconds()
    assert expected_s - 1 <= waited <= expected_s + 5
    watcher.poll(web.url("/feed"))
    assert store.get_feed_state(engine, web.url("/feed")).failures == 2


def test_backoff_doubles_up_to_a_ceiling():
    assert [backoff_s(n) for n in (1, 2, 3)] == [BACKOFF_BASE_S, 2 * BACKOFF_BASE_S, 4 * BACKOFF_BASE_S]
    assert backoff_s(50) == 6 * 60 * 60 and backoff_s(1, retry_after_s=900) == 900


def test_watch_skips_feeds_not_yet_due(web, engine):
    web.add("/feed", rss([]), content_type="application/rss+xml")
    store.save_feed_state(
        engine, store.FeedState(web.url("/feed"), None, None, datetime.now(timezone.utc) + timedelta(hours=1), 0, None)
    )
    Watcher(engine, SETTINGS, [web.url("/feed")], NO_DELAY).run(once=True)
    assert web.hits("/feed") == 0


def test_watch_waits_between_requests_to_one_host(web, engine):
    texts = articles(2)
    web.add("/s1", story_page(texts[0], "First story"))
    web.add("/s2", story_page(texts[1], "Second story"))
    web.add("/feed", rss([("1", web.url("/s1")), ("2", web.url("/s2"))]), content_type="application/rss+xml")
    started = time.monotonic()
    Watcher(engine, SETTINGS, [web.url("/feed")], WatchOptions(host_delay_s=0.4)).run(once=True)
    assert time.monotonic() - started >= 0.8  # three requests to one host: two waits


def test_feed_urls_from_expands_opml(tmp_path):
    opml = tmp_path / "subs.opml"
    opml.write_text('<opml version="2.0"><body><outline xmlUrl="http://a.invalid/feed"/></body></opml>')
    assert feed_urls_from(["http://b.invalid/rss", str(opml)]) == ["http://b.invalid/rss", "http://a.invalid/feed"]


# --- kill -9 and restart -----------------------------------------------------------------------


def test_watch_killed_mid_run_resumes_without_losing_or_repeating_entries(web, tmp_path):
    n = 6
    texts = articles(n)
    for i, text in enumerate(texts):
        web.add(f"/s{i}", story_page(text, f"Story number {i}"))
    web.add("/feed", rss([(f"Story {i}", web.url(f"/s{i}")) for i in range(n)]), content_type="application/rss+xml")
    db = f"sqlite:///{tmp_path / 'kill.db'}"
    command = [sys.executable, "-m", "wirebrief.cli", "watch", web.url("/feed"), "--db", db,
               "--allow-private", "--once", "--host-delay", "0.5"]  # fmt: skip
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    first = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    engine = store.connect(db)
    deadline = time.monotonic() + 120
    while count(engine, store.schema.feed_entries) < 2:  # let it store a couple, then kill it mid-run
        assert time.monotonic() < deadline and first.poll() is None, "watch ended before it could be killed"
        time.sleep(0.05)
    first.send_signal(signal.SIGKILL)
    first.wait(10)
    done_before = {e for e in store.seen_entries(engine, web.url("/feed"), [web.url(f"/s{i}") for i in range(n)])}
    assert 2 <= len(done_before) < n

    second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=180)
    assert second.returncode == 0, second.stderr
    assert count(engine, store.schema.feed_entries) == n
    assert count(engine, store.schema.articles) == n  # nothing lost, nothing stored twice
    for i in range(n):
        url = web.url(f"/s{i}")
        # an entry handled before the kill is never fetched again; the one in flight at most twice
        assert web.hits(f"/s{i}") == (1 if url in done_before else web.hits(f"/s{i}"))
        assert web.hits(f"/s{i}") <= 2
    assert sum(web.hits(f"/s{i}") for i in range(n)) <= n + 1
