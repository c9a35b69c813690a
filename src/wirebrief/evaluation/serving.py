"""Load bench for `wirebrief serve`: a database of N briefings, then a constant request rate per page.

The load is open-loop: request i is due at start + i / rate whatever happened to earlier ones, and its
latency counts from when it was due, so a slow server cannot hide behind a slowed-down client
(no coordinated omission). Figures per page: requests, errors, achieved rate, p50/p90/p99/max.
"""

from __future__ import annotations

import asyncio
import gc
import json
import math
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

from .. import store
from ..config import Settings
from ..models import Document, briefing_from_dict, content_id, to_dict
from ..pipeline import brief_documents

BATCH = 200  # stories stored per transaction while filling
IDLE_S = 2.0  # reuse no connection idle longer than this (uvicorn closes them after 5 s)


@dataclass(frozen=True)
class Figures:
    name: str
    requests: int
    errors: int
    seconds: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    max_ms: float

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def fill(db_url: str, digest: Path, count: int, progress: Callable[[int], None] = lambda n: None) -> list[str]:
    """Store `count` briefings: the digest's stories, briefed once, copied under new ids. Returns the ids."""
    engine = store.connect(db_url)
    text = digest.read_text(encoding="utf-8")
    source = Document(id=content_id(text), origin=str(digest), text=text)
    briefed = brief_documents([source], Settings(db_url=db_url))
    ids: list[str] = []
    for start in range(0, count, BATCH):
        document = replace(source, id=content_id(source.id, str(start)), origin=f"{digest}#{start}")
        rows = []
        for i in range(start, min(start + BATCH, count)):
            story = briefed[i % len(briefed)]
            article_id = content_id(story.article.id, str(i))
            article = replace(story.article, id=article_id, document_id=document.id, title=f"{story.article.title} ({i})",
                              text=f"{story.article.text}\n\nCopy {i}.")
            sentences = [replace(s, article_id=article_id) for s in story.sentences]
            data = json.loads(json.dumps(to_dict(story.briefing)).replace(story.article.id, article_id))
            briefing = replace(briefing_from_dict(data), id=content_id(story.briefing.id, str(i)), title=article.title,
                               generated_at=story.briefing.generated_at - timedelta(minutes=count - i))
            rows.append((article, sentences, briefing))
            ids.append(briefing.id)
        store.save_document(engine, document, rows)
        progress(len(ids))
    engine.dispose()
    return ids


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile of `values` (q in 0..100)."""
    ordered = sorted(values)
    if not ordered:
        return 0.0
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


class _Connection:
    """One keep-alive HTTP/1.1 connection; a bare client costs the machine far less than httpx would."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer
        self.used = time.perf_counter()

    async def get(self, host: str, path: str) -> int:
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: wirebrief-bench\r\n\r\n".encode())
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        length = re.search(rb"(?im)^content-length:\s*(\d+)", head)
        if length is None:
            raise ValueError("response without Content-Length")
        await self.reader.readexactly(int(length.group(1)))
        return status


async def _load(base_url: str, paths: Sequence[str], rate: float, duration_s: float, timeout_s: float) -> tuple[list[float], int]:
    url = urlsplit(base_url)
    host, port = url.hostname or "127.0.0.1", url.port or 80
    idle: list[_Connection] = []
    latencies: list[float] = []
    errors = 0

    async def one(path: str, due: float) -> None:
        nonlocal errors
        connection = None
        try:
            while idle and idle[-1].used < time.perf_counter() - IDLE_S:  # the server may have closed it
                idle.pop().writer.close()
            connection = idle.pop() if idle else _Connection(*await asyncio.open_connection(host, port))
            status = await asyncio.wait_for(connection.get(url.netloc, path), timeout_s)
            if status != 200:
                errors += 1
            connection.used = time.perf_counter()
            idle.append(connection)
        except (OSError, ValueError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, asyncio.TimeoutError):
            errors += 1
            if connection is not None:
                connection.writer.close()
        latencies.append(time.perf_counter() - due)

    tasks = []
    start = time.perf_counter()
    for i in range(int(rate * duration_s)):
        due = start + i / rate
        delay = due - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(paths[i % len(paths)], due)))
    await asyncio.gather(*tasks)
    for connection in idle:
        connection.writer.close()
    return latencies, errors


def load(base_url: str, name: str, paths: Sequence[str], rate: float, duration_s: float, timeout_s: float = 5.0) -> Figures:
    """GET `paths` round-robin at `rate` per second for `duration_s` seconds."""
    gc.collect()
    gc.disable()  # the client must not pause (this process may hold a language model): no collections mid-run
    try:
        started = time.perf_counter()
        latencies, errors = asyncio.run(_load(base_url, paths, rate, duration_s, timeout_s))
        seconds = time.perf_counter() - started
    finally:
        gc.enable()
    ms = [value * 1000 for value in latencies]
    return Figures(name, len(ms), errors, seconds, percentile(ms, 50), percentile(ms, 90), percentile(ms, 99), max(ms, default=0.0))


def format_report(figures: Sequence[Figures], target_rate: float, p99_budget_ms: float) -> str:
    lines = [f"{'page':<16} {'requests':>8} {'errors':>6} {'req/s':>7} {'p50 ms':>7} {'p90 ms':>7} {'p99 ms':>7} {'max ms':>7}  verdict"]
    for f in figures:
        ok = f.errors == 0 and f.p99_ms < p99_budget_ms and f.rate >= 0.95 * target_rate
        lines.append(
            f"{f.name:<16} {f.requests:>8} {f.errors:>6} {f.rate:>7.1f} {f.p50_ms:>7.1f} {f.p90_ms:>7.1f} {f.p99_ms:>7.1f} "
            f"{f.max_ms:>7.1f}  {'pass' if ok else 'FAIL'}"
        )
    return "\n".join(lines)
