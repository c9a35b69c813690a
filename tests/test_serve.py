"""`wirebrief serve` as a real process: the options it is started with reach the app."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from loopback import Loopback
from webdata import build

START_TIMEOUT_S = 60
PARAGRAPHS = [
    "The Harlow Canal lock at Bexley reopened to boats on Monday after a nine-month repair that replaced both gates "
    "and relined the chamber, the waterways trust said.",
    "The work cost £3.4 million and closed the busiest stretch of the canal to through traffic since last spring.",
    "Lock keeper Anna Price said 40 boats had queued overnight to pass through on the first morning.",
]
PAGE = ("<html><head><title>Canal lock reopens</title></head><body><article><h1>Canal lock reopens after repair</h1>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article></body></html>")


def _wait_until_up(url: str, process: subprocess.Popen) -> None:
    """Until `url` answers; fails with the server's output if it exits or takes over START_TIMEOUT_S."""
    deadline = time.monotonic() + START_TIMEOUT_S
    while True:
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.TransportError:
            assert process.poll() is None and time.monotonic() < deadline, process.stdout.read().decode()[-2000:]
            time.sleep(0.2)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_allow_private_lets_the_paste_form_fetch_a_loopback_page(tmp_path: Path) -> None:
    """`serve` refuses URLs on private addresses unless started with --allow-private (as its message says)."""
    data = build(tmp_path / "private.db")
    script = Path(sys.executable).with_name("wirebrief")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "wirebrief.cli"]
    with Loopback() as site:
        site.add("/story.html", PAGE)
        for flags, refused in (([], True), (["--allow-private"], False)):
            port = _free_port()
            process = subprocess.Popen(
                [*command, "serve", "--port", str(port), "--db", data.url, "--no-access-log", *flags],
                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env={**os.environ, "WIREBRIEF_ALLOW_PRIVATE": ""},
            )
            try:
                base = f"http://127.0.0.1:{port}"
                _wait_until_up(base + "/", process)
                answer = httpx.post(base + "/brief", data={"url": site.url("/story.html")}, timeout=60)
                if refused:
                    assert answer.status_code == 400 and "--allow-private" in answer.text, answer.text[:500]
                else:
                    assert answer.status_code == 200 and "Canal lock reopens" in answer.text, answer.text[:500]
            finally:
                process.terminate()
                process.wait(timeout=10)


def test_serve_workers_answer_alike_and_all_see_a_new_briefing(tmp_path: Path) -> None:
    """`serve --workers 2`: two processes share the port, each with its own kept answers; every answer
    agrees before a write and every one shows the new briefing after it."""
    from dataclasses import replace

    from wirebrief import store
    from wirebrief.models import Document
    from webdata import HOSTILE_TITLE

    data = build(tmp_path / "source.db")
    url = f"sqlite:///{tmp_path / 'served.db'}"
    engine = store.connect(url)
    first = data.digest[0]
    article, sentences = store.get_article(store.connect(data.url), first.sources[0].article_id)
    store.save_document(engine, Document(id=article.document_id, origin="first.txt", text=article.text),
                        [(article, sentences, first)])
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "wirebrief.cli", "serve", "--port", str(port), "--db", url, "--no-access-log", "--workers", "2"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_until_up(base + "/api/storylines", process)
        children = Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
        commands = [Path(f"/proc/{child}/cmdline").read_bytes() for child in children]
        assert sum(b"spawn_main" in command for command in commands) == 2  # two workers under the supervisor

        def answers() -> set[tuple[str, ...]]:  # a new connection each time: the workers take turns as they accept
            seen = set()
            for _ in range(24):
                listed = httpx.get(base + "/api/storylines", timeout=10).json()
                page = httpx.get(base + "/", timeout=10)
                seen.add((*(i["latest"]["title"] for i in listed["items"]), page.headers["etag"]))
            return seen

        before = answers()
        assert len(before) == 1 and first.title in next(iter(before))
        hostile = data.hostile
        article, sentences = store.get_article(store.connect(data.url), hostile.sources[0].article_id)
        document = Document(id="later", origin="later.txt", text=article.text)
        store.save_document(engine, document, [(replace(article, document_id="later"), sentences, hostile)])
        after = answers()
        assert len(after) == 1 and next(iter(after))[0] == HOSTILE_TITLE and after != before
    finally:
        process.terminate()
        process.wait(timeout=30)
