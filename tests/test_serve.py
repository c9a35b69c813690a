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
                deadline = time.monotonic() + START_TIMEOUT_S
                while True:
                    try:
                        httpx.get(base + "/", timeout=1)
                        break
                    except httpx.TransportError:
                        assert process.poll() is None and time.monotonic() < deadline, process.stdout.read().decode()[-2000:]
                        time.sleep(0.2)
                answer = httpx.post(base + "/brief", data={"url": site.url("/story.html")}, timeout=60)
                if refused:
                    assert answer.status_code == 400 and "--allow-private" in answer.text, answer.text[:500]
                else:
                    assert answer.status_code == 200 and "Canal lock reopens" in answer.text, answer.text[:500]
            finally:
                process.terminate()
                process.wait(timeout=10)
