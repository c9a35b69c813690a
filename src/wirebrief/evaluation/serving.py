"""Load bench for `wirebrief serve`: a database of N briefings in storylines, then a mixed load.

The load is open-loop: request i is due at start + i / rate whatever happened to earlier ones, and its
latency counts from when it was due, so a slow server cannot hide behind a slowed-down client
(no coordinated omission). The mixed load interleaves several kinds of page (front, storyline, briefing,
search, API) in one stream; figures per kind and overall: requests, errors, achieved rate, p50/p90/p99/max.
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

from sqlalchemy import insert

from .. import store
from ..config import Settings
from ..models import Briefing, Document, Storyline, briefing_from_dict, content_id, to_dict
from ..pipeline import brief_documents
from ..storylines.briefing import storyline_briefing

BATCH = 200  # stories stored per transaction while filling
STORYLINE_SIZE = 4  # consecutive copies grouped into one storyline
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
    client_lag_ms: float = 0.0  # p99 of how late the client itself started requests (its own machine's load)

    @property
    def rate(self) -> float:
        """Requests answered or given up on, per second."""
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def served(self) -> float:
        """Requests answered 200, per second."""
        return (self.requests - self.errors) / self.seconds if self.seconds else 0.0


def fill(db_url: str, digest: Path, count: int, progress: Callable[[int], None] = lambda n: None) -> list[str]:
    """Store `count` briefings: the digest's stories, briefed once, copied under new ids, every STORYLINE_SIZE
    consecutive copies one storyline with its merged briefing (as `ingest` leaves them). Returns the ids."""
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
        _group_in_storylines(engine, [b for _, _, b in rows], start)
        progress(len(ids))
    engine.dispose()
    return ids


def _group_in_storylines(engine, briefings: Sequence[Briefing], start: int) -> None:  # type: ignore[no-untyped-def]
    """Storyline rows, members and merged briefings for these briefings (BATCH is a multiple of STORYLINE_SIZE)."""
    lines, members, merged = [], [], []
    for first in range(0, len(briefings), STORYLINE_SIZE):
        group = briefings[first : first + STORYLINE_SIZE]
        storyline_id = content_id("bench-storyline", str(start + first))
        article_ids = tuple(b.sources[0].article_id for b in group)
        seen = [b.generated_at for b in group]
        storyline = Storyline(storyline_id, group[-1].title, min(seen), max(seen), article_ids)
        lines.append({"id": storyline_id, "title": storyline.title, "first_seen": min(seen), "last_seen": max(seen),
                      "article_count": len(group)})
        members += [{"storyline_id": storyline_id, "article_id": a, "seen_at": t} for a, t in zip(article_ids, seen)]
        briefing = storyline_briefing(storyline, group, max(seen))
        merged.append({"id": briefing.id, "storyline_id": storyline_id, "generated_at": briefing.generated_at,
                       "data": to_dict(briefing)})
    with engine.begin() as conn:
        conn.execute(insert(store.schema.storylines), lines)
        conn.execute(insert(store.schema.storyline_articles), members)
        conn.execute(insert(store.schema.storyline_briefings_table), merged)


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


async def _load(base_url: str, paths: Sequence[str], rate: float, duration_s: float, timeout_s: float) -> list[tuple[int, float, bool, float]]:
    """(index of the path, latency in seconds, answered 200, how late the client started it) for each request."""
    url = urlsplit(base_url)
    host, port = url.hostname or "127.0.0.1", url.port or 80
    idle: list[_Connection] = []
    results: list[tuple[int, float, bool, float]] = []

    async def one(which: int, due: float) -> None:
        lag = time.perf_counter() - due
        path = paths[which]
        ok = False
        connection = None
        try:
            while idle and idle[-1].used < time.perf_counter() - IDLE_S:  # the server may have closed it
                idle.pop().writer.close()
            if idle:
                connection = idle.pop()
            else:  # a connection refused or left in the listen backlog counts against the same timeout
                connection = _Connection(*await asyncio.wait_for(asyncio.open_connection(host, port), timeout_s))
            status = await asyncio.wait_for(connection.get(url.netloc, path), timeout_s)
            ok = status == 200
            connection.used = time.perf_counter()
            idle.append(connection)
        except (OSError, ValueError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, asyncio.TimeoutError):
            if connection is not None:
                connection.writer.close()
        results.append((which, time.perf_counter() - due, ok, lag))

    tasks = []
    start = time.perf_counter()
    for i in range(round(rate * duration_s)):
        due = start + i / rate
        delay = due - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(i % len(paths), due)))
    await asyncio.gather(*tasks)
    for connection in idle:
        connection.writer.close()
    return results


def _run(base_url: str, paths: Sequence[str], rate: float, duration_s: float, timeout_s: float) -> tuple[list[tuple[int, float, bool, float]], float]:
    gc.collect()
    gc.disable()  # the client must not pause (this process may hold a language model): no collections mid-run
    try:
        started = time.perf_counter()
        results = asyncio.run(_load(base_url, paths, rate, duration_s, timeout_s))
        return results, time.perf_counter() - started
    finally:
        gc.enable()


def _figures(name: str, results: Sequence[tuple[int, float, bool, float]], seconds: float) -> Figures:
    ms = [latency * 1000 for _, latency, _, _ in results]
    errors = sum(not ok for _, _, ok, _ in results)
    lag = percentile([late * 1000 for *_, late in results], 99)
    return Figures(name, len(ms), errors, seconds, percentile(ms, 50), percentile(ms, 90), percentile(ms, 99),
                   max(ms, default=0.0), lag)


def load(base_url: str, name: str, paths: Sequence[str], rate: float, duration_s: float, timeout_s: float = 5.0) -> Figures:
    """GET `paths` round-robin at `rate` per second for `duration_s` seconds."""
    results, seconds = _run(base_url, paths, rate, duration_s, timeout_s)
    return _figures(name, results, seconds)


def mixed(base_url: str, pages: Sequence[tuple[str, Sequence[str]]], rate: float, duration_s: float,
          timeout_s: float = 5.0) -> list[Figures]:
    """One open-loop stream at `rate` per second in all, the kinds of page taking turns (each kind cycling
    through its paths): figures per kind, then "all" for the whole stream."""
    turns = max(1, math.ceil(rate * duration_s / len(pages)))
    stream = [paths[turn % len(paths)] for turn in range(turns) for _, paths in pages]
    kinds = [i for _ in range(turns) for i in range(len(pages))]
    results, seconds = _run(base_url, stream, rate, duration_s, timeout_s)
    figures = [_figures(name, [r for r in results if kinds[r[0]] == k], seconds) for k, (name, _) in enumerate(pages)]
    return [*figures, _figures("all", results, seconds)]


def passes(f: Figures, target_rate: float, p99_budget_ms: float) -> bool:
    return f.errors == 0 and f.p99_ms < p99_budget_ms and f.served >= 0.95 * target_rate


def format_report(figures: Sequence[Figures], target_rate: float, p99_budget_ms: float, offered: Sequence[float] | None = None) -> str:
    """One line per page; `offered` gives each page's offered rate (default: `target_rate` for every one)."""
    lines = [f"{'page':<16} {'requests':>8} {'errors':>6} {'offered':>7} {'served':>7} {'p50 ms':>7} {'p90 ms':>7} {'p99 ms':>7} {'max ms':>7}  verdict"]
    for f, target in zip(figures, offered or [target_rate] * len(figures)):
        ok = passes(f, target, p99_budget_ms)
        lines.append(
            f"{f.name:<16} {f.requests:>8} {f.errors:>6} {target:>7.1f} {f.served:>7.1f} {f.p50_ms:>7.1f} {f.p90_ms:>7.1f} {f.p99_ms:>7.1f} "
            f"{f.max_ms:>7.1f}  {'pass' if ok else 'FAIL'}"
        )
    return "\n".join(lines)
