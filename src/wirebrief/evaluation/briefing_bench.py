"""Time full briefings end to end beside the summarisers a user would otherwise pick.

`wirebrief bench FILE` briefs every article of FILE (segment + annotate + compose + render to
markdown with citations and extras) in `workers` processes, several times, and reports the median
articles per second, the CPU time per article, and the peak resident memory of every process
involved (the parent plus each worker, each process's own peak summed: an upper bound on what
they held at once). Loading the spaCy pipeline (or a peer's library) happens when the worker
processes start, and is timed and reported apart.

The peers, Lead-3, newspaper4k's summary and sumy LexRank (as wired in `summaries`, with the
nupunkt sentence splitter), run in the same run on the same articles, each in its own pool of the
same number of worker processes, so that every system gets the same cores.

FILE is JSON Lines (rows with "article", as in the eval files, or "text", as `wirebrief brief`
reads) or anything `wirebrief brief` reads (text, HTML, folders).
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import statistics
import sys
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import InputError
from ..models import Document, content_id

FLOOR_RATE = 40.0  # articles per second for full briefings on this 2-core machine
FLOOR_MIB = 1024.0
PEERS = ("lead-3", "newspaper4k", "lexrank")
SYSTEMS = ("wirebrief", *PEERS)
LABELS = {"wirebrief": "wirebrief (full briefing)", "lead-3": "Lead-3", "newspaper4k": "newspaper4k summary",
          "lexrank": "sumy LexRank"}
CHUNK = 8  # articles per task for the peers' pools, as for wirebrief's (`pipeline.Workers.CHUNK`)


@dataclass(frozen=True)
class Timing:
    """One system's figures: every timed run's rate, and the medians."""

    system: str
    articles: int  # per run
    rates: tuple[float, ...]  # articles per second, one per run
    cpu_ms: tuple[float, ...]  # CPU milliseconds per article (parent and workers), one per run
    peak_mib: float  # parent plus every worker, each process's own peak resident memory
    load_seconds: float  # starting the workers and loading models, not in the rates
    error: str | None = None  # why the system could not run

    @property
    def rate(self) -> float:
        return statistics.median(self.rates)

    @property
    def cpu_per_article_ms(self) -> float:
        return statistics.median(self.cpu_ms)


# ---------------------------------------------------------------------------------------------
# Input

@dataclass(frozen=True)
class Articles:
    documents: list[Document]  # what wirebrief is given
    rows: list[dict[str, Any]]  # what the peers are given: {"id", "article", "title"?}, one per article


def load(path: str | Path, settings: Settings, limit: int | None = None) -> Articles:
    """The documents in FILE and, for the peers, the articles they hold."""
    path = Path(path)
    if not path.exists():
        raise InputError(str(path), "no such file or folder")
    if path.suffix == ".jsonl":
        documents, rows = _jsonl(path)
        documents, rows = documents[:limit], rows[:limit]
    else:
        from .. import ingest, segment

        result = ingest.read_sources([str(path)], settings)
        if result.errors:
            raise InputError(result.errors[0].origin, result.errors[0].reason)
        documents = list(result.documents)[:limit]
        rows = [{"id": a.id, "article": a.text, "title": a.title} for d in documents for a in segment.split_document(d)]
    if not documents or not rows:
        raise InputError(str(path), "no articles to brief")
    return Articles(documents, rows)


def _jsonl(path: Path) -> tuple[list[Document], list[dict[str, Any]]]:
    import json

    documents, rows = [], []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{number}", f"not JSON ({exc.msg})") from None
            text = row.get("article") or row.get("text") if isinstance(row, dict) else None
            if not isinstance(text, str) or not text.strip():
                raise InputError(f"{path}:{number}", 'no "article" or "text" (a string)')
            row_id = str(row.get("id") or content_id(text))
            documents.append(Document(id=row_id, origin=f"{path}:{number}", text=text, title=row.get("title"),
                                      single_article=True, source_id=row_id))
            rows.append({"id": row_id, "article": text, "title": row.get("title")})
    return documents, rows


# ---------------------------------------------------------------------------------------------
# Measuring

def bench_wirebrief(articles: Articles, settings: Settings, *, runs: int, workers: int) -> Timing:
    from .. import pipeline, render

    started = time.perf_counter()
    with pipeline.Workers(settings, workers) as pool:
        load_seconds = time.perf_counter() - started
        pool.brief(articles.documents[: workers * pipeline.Workers.CHUNK])  # warm-up, not timed
        rates, cpu, count = [], [], 0
        for _ in range(runs):
            before = _cpu_seconds(pool.pids())
            started = time.perf_counter()
            results = pool.brief(articles.documents)
            lookup = pipeline.sentence_lookup(results)
            pages = [render.to_markdown(r.briefing, citations=True, extras=True, lookup=lookup) for r in results]
            seconds = time.perf_counter() - started
            count = len(pages)
            rates.append(count / seconds)
            cpu.append(1000 * (_cpu_seconds(pool.pids()) - before) / max(1, count))
        peak = _peak_mib(pool.pids())
    return Timing("wirebrief", count, tuple(rates), tuple(cpu), peak, load_seconds)


def bench_peer(name: str, rows: list[dict[str, Any]], *, runs: int, workers: int) -> Timing:
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    started = time.perf_counter()
    barrier = context.Barrier(workers)
    try:
        with ProcessPoolExecutor(workers, mp_context=context, initializer=_start_peer, initargs=(name, barrier)) as pool:
            pids = list(pool.map(_peer_ready, range(workers)))
            load_seconds = time.perf_counter() - started
            chunks = [rows[i : i + CHUNK] for i in range(0, len(rows), CHUNK)]
            rates, cpu = [], []
            for _ in range(runs):
                before = _cpu_seconds(pids)
                started = time.perf_counter()
                summaries = [s for part in pool.map(_peer_chunk, chunks) for s in part]
                seconds = time.perf_counter() - started
                rates.append(len(summaries) / seconds)
                cpu.append(1000 * (_cpu_seconds(pids) - before) / max(1, len(summaries)))
            peak = _peak_mib(pids)
    except Exception as exc:  # a peer that cannot run here is reported, not fatal
        reason = str(exc).splitlines()[0] if str(exc) else ""
        return Timing(name, len(rows), (0.0,), (0.0,), 0.0, 0.0, error=f"{type(exc).__name__}: {reason}")
    return Timing(name, len(rows), tuple(rates), tuple(cpu), peak, load_seconds)


_peer: dict[str, Any] = {}


def _start_peer(name: str, barrier) -> None:
    from . import summaries

    _peer.update(run=summaries.PEERS[name], barrier=barrier)
    _peer["run"]([{"id": "warm-up", "article": "A first sentence to load the library. A second one follows it. And a third."}])


def _peer_ready(_: int) -> int:
    _peer["barrier"].wait(timeout=600)
    return os.getpid()


def _peer_chunk(rows: list[dict[str, Any]]) -> list[str]:
    return _peer["run"](rows)


def _cpu_seconds(pids: Sequence[int]) -> float:
    """CPU time (user + system) so far of this process and of `pids`."""
    total = time.process_time()
    ticks = os.sysconf("SC_CLK_TCK")
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
        except (OSError, IndexError, ValueError):
            pass
    return total


def _peak_mib(pids: Sequence[int]) -> float:
    """This process's peak resident memory plus that of each of `pids` (VmHWM in /proc)."""
    total_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    for pid in pids:
        try:
            with open(f"/proc/{pid}/status") as handle:
                total_kib += next(int(line.split()[1]) for line in handle if line.startswith("VmHWM:"))
        except (OSError, StopIteration, ValueError):
            pass
    return total_kib / 1024


def run(path: str | Path, *, runs: int = 3, workers: int | None = None, limit: int | None = None,
        systems: Sequence[str] = SYSTEMS, settings: Settings | None = None) -> dict[str, Any]:
    """Every system in `systems` on the articles of `path`: the figures `format_report` prints."""
    unknown = [name for name in systems if name not in SYSTEMS]
    if unknown:
        raise ValueError(f"unknown system {', '.join(unknown)} (choose from {', '.join(SYSTEMS)})")
    settings = settings or Settings()
    workers = workers or os.cpu_count() or 1
    articles = load(path, settings, limit)
    load_before = os.getloadavg()[0]
    timings = []
    for name in systems:
        if name == "wirebrief":
            timings.append(bench_wirebrief(articles, settings, runs=runs, workers=workers))
        else:
            timings.append(bench_peer(name, articles.rows, runs=runs, workers=workers))
    return {"path": str(path), "documents": len(articles.documents), "runs": runs, "workers": workers,
            "cores": os.cpu_count(), "load": (load_before, os.getloadavg()[0]), "timings": timings}


def format_report(result: dict[str, Any]) -> str:
    timings: list[Timing] = result["timings"]
    width = max(len("system"), *(len(LABELS[t.system]) for t in timings))
    lines = [
        f"briefing speed on {Path(result['path']).name}: {result['documents']} documents, {result['workers']} worker "
        f"processes on {result['cores']} cores, median of {result['runs']} runs "
        f"(load average {result['load'][0]:.1f} before, {result['load'][1]:.1f} after)",
        "  ".join(["system".ljust(width), "articles", "articles/s", "CPU ms/article", "peak MiB", "loading s"]),
    ]
    for t in timings:
        if t.error:
            lines.append(f"{LABELS[t.system].ljust(width)}  n/a ({t.error})")
            continue
        lines.append("  ".join([LABELS[t.system].ljust(width), f"{t.articles:8d}", f"{t.rate:10.1f}",
                                f"{t.cpu_per_article_ms:14.1f}", f"{t.peak_mib:8.0f}", f"{t.load_seconds:9.1f}"]))
    lines.append("articles/s: wall clock, segment + annotate + compose + render (markdown, citations, extras) for wirebrief; "
                 "peak MiB: parent + every worker, each process's own peak resident memory, summed")
    ours = next((t for t in timings if t.system == "wirebrief" and not t.error), None)
    verdict = ""
    if ours:
        met = ours.rate >= FLOOR_RATE and ours.peak_mib <= FLOOR_MIB
        verdict = f" (wirebrief {'meets it' if met else 'is BELOW it'})"
    lines.append(f"floor: ≥ {FLOOR_RATE:.0f} articles/s for full briefings on 2 cores, peak memory ≤ {FLOOR_MIB:.0f} MiB{verdict}")
    return "\n".join(lines)
