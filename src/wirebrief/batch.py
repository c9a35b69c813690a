"""Batch briefing: the stages (segment → annotate → compose → verify) over many articles, on local
processes or on a Ray cluster, into JSON Lines or Parquet and, optionally, into the store.

An engine briefs chunks of documents where its workers are, each worker loading its spaCy pipeline
(and writer) once; the briefed chunks come back to the driver in order. Only the driver writes: the
output file, and with a database every document through `store_document`, the one call into the
store and its storylines.

    with open_engine("ray", settings, workers=2) as engine:
        for document, briefed in briefed_documents(engine, documents): ...
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit
from datetime import date, datetime, timezone
from pathlib import Path
from statistics import median
from typing import Protocol

from . import annotate, files, ingest, pipeline, render
from .config import Settings
from .errors import InputError, WirebriefError
from .models import Document
from .pipeline import Briefed

CHUNK = pipeline.Workers.CHUNK  # documents per task (every engine cuts the same chunks)
PARQUET_ROWS = 1000  # rows buffered before a Parquet row group is written
ENGINES = ("local", "ray")
RAY_CONNECT_TIMEOUT_S = 5.0  # how long `--address` may take to answer before batch gives up
RAY_GCS_PORT = 6379  # `ray start --head`'s port when the address names none
RAY_CLIENT_PORT = 10001  # the Ray Client server's, for ray:// addresses


class Engine(Protocol):
    workers: int

    def chunks(self, documents: Sequence[Document], generated_at: datetime) -> Iterator[list[Briefed]]: ...

    def close(self) -> None: ...


# --- inputs ------------------------------------------------------------------------------------


def read_articles(sources: Sequence[str], settings: Settings, *, published: date | None = None) -> ingest.IngestResult:
    """What `ingest.read_sources` reads (files, folders, JSON Lines, URLs), and Parquet files of
    articles: one row per article with the columns a JSON Lines row has (`id`, `text`, and optional
    `title`, `url`, `site`, `published`)."""
    parquet = [s for s in sources if s.lower().endswith(".parquet") and not ingest.is_url(s)]
    others = [s for s in sources if s not in parquet]
    result = ingest.read_sources(others, settings, published=published) if others else ingest.IngestResult([], [], [])
    for path in parquet:
        try:
            documents, skipped = read_parquet(Path(path), published)
        except InputError as exc:
            result.errors.append(ingest.Skip(path, exc.reason))
            continue
        result.documents.extend(documents)
        result.skipped.extend(skipped)
    return result


def read_parquet(path: Path, published: date | None = None) -> tuple[list[Document], list[ingest.Skip]]:
    """One Document per row, checked as a JSON Lines row is; bad rows are skipped as "path:N"."""
    pq = _require("pyarrow.parquet")
    try:
        rows = pq.read_table(path).to_pylist()
    except (OSError, ValueError) as exc:  # pyarrow's ArrowInvalid is a ValueError
        raise InputError(str(path), f"not a readable Parquet file ({exc})") from None
    documents, skipped = [], []
    for number, row in enumerate(rows, start=1):
        origin = f"{path}:{number}"
        row = {key: value.isoformat() if isinstance(value, (date, datetime)) else value for key, value in row.items()}
        try:
            documents.append(ingest.parse.row_document(row, origin, published))
        except InputError as exc:
            skipped.append(ingest.Skip(origin, f"row {number}: {exc.reason}"))
    if not documents:
        raise InputError(str(path), skipped[0].reason if skipped else "no rows")
    return documents, skipped


# --- engines -----------------------------------------------------------------------------------


class LocalEngine:
    """This machine: the pipeline in this process (1 worker) or in a pool of processes (`pipeline.Workers`)."""

    def __init__(self, settings: Settings, workers: int = 1):
        self.settings, self.workers = settings, workers
        self._pool = pipeline.Workers(settings, workers) if workers > 1 else None
        if self._pool is None:
            self._write = pipeline.writer_for(settings)
            annotate.load_pipeline(settings.model)

    def chunks(self, documents: Sequence[Document], generated_at: datetime) -> Iterator[list[Briefed]]:
        if self._pool is not None:
            yield from self._pool.stream(documents, generated_at=generated_at)
            return
        for start in range(0, len(documents), CHUNK):
            yield pipeline.brief_documents(documents[start : start + CHUNK], self.settings, generated_at=generated_at, writer=self._write)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()


def _check_reachable(address: str) -> None:
    """Refuse a cluster address nothing answers at, within RAY_CONNECT_TIMEOUT_S: Ray itself keeps retrying
    a dead head for minutes and then aborts the process. "auto" (the cluster this machine runs) and "local" (a new
    one here) are Ray's to find or start. HOST, HOST:PORT, [IPv6]:PORT, a bare IPv6 address, and ray:// forms."""
    if address in ("auto", "local"):
        return
    client = address.startswith("ray://")
    target = address.removeprefix("ray://")
    default_port = RAY_CLIENT_PORT if client else RAY_GCS_PORT
    if target.count(":") > 1 and not target.startswith("["):  # a bare IPv6 address, no port
        host, port = target, default_port
    else:
        try:
            parts = urlsplit(f"//{target}")
            host, port = parts.hostname or "", parts.port or default_port
        except ValueError:  # a port that is no number
            raise WirebriefError(f"ray: not a cluster address: {address}") from None
    try:
        socket.create_connection((host, port), timeout=RAY_CONNECT_TIMEOUT_S).close()
    except OSError as exc:
        reason = "timed out" if isinstance(exc, TimeoutError) else (exc.strerror or type(exc).__name__).lower()
        raise WirebriefError(f"ray: cannot join the cluster at {address}: {reason}") from None


class RayEngine:
    """A Ray cluster: `workers` actors (one CPU each; default: every CPU of the cluster), each loading the
    pipeline once. With `address` it joins a running cluster (`ray start --head`), else it starts a local one
    with `workers` CPUs. The documents travel to the actors and the briefed chunks back, in order."""

    def __init__(self, settings: Settings, workers: int | None = None, *, address: str | None = None):
        ray = _require("ray")
        from ray.util import ActorPool

        self._started, self._actors = not ray.is_initialized(), []
        if self._started:
            try:
                if address:
                    _check_reachable(address)
                    ray.init(address=address, logging_level="WARNING")
                else:
                    ray.init(num_cpus=workers or os.cpu_count(), include_dashboard=False, logging_level="WARNING")
            except ConnectionError as exc:  # no cluster at that address
                raise WirebriefError(f"ray: cannot join the cluster at {address} ({exc})") from None
        cpus = int(ray.cluster_resources().get("CPU", 0))
        if workers and workers > cpus:  # an actor that cannot be placed would be waited for forever
            self.close()
            raise WirebriefError(f"ray: {workers} workers asked for, but the cluster has {cpus} CPUs")
        self.workers = workers or max(1, cpus)
        actor = ray.remote(num_cpus=1)(_Briefer)
        self._actors = [actor.remote(settings) for _ in range(self.workers)]
        ray.get([a.ready.remote() for a in self._actors])  # every pipeline loaded before the first chunk
        self._pool = ActorPool(self._actors)

    def chunks(self, documents: Sequence[Document], generated_at: datetime) -> Iterator[list[Briefed]]:
        parts = [list(documents[start : start + CHUNK]) for start in range(0, len(documents), CHUNK)]
        return self._pool.map(lambda actor, part: actor.brief.remote(part, generated_at), parts)

    def close(self) -> None:
        import ray

        for actor in self._actors:
            ray.kill(actor)
        if self._started:
            ray.shutdown()


class _Briefer:
    """A Ray actor: the pipeline and the writer, loaded once, brief the chunks sent to it."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.write = pipeline.writer_for(settings)
        annotate.load_pipeline(settings.model)

    def ready(self) -> int:
        return os.getpid()

    def brief(self, documents: list[Document], generated_at: datetime) -> list[Briefed]:
        return pipeline.brief_documents(documents, self.settings, generated_at=generated_at, writer=self.write)


@contextlib.contextmanager
def open_engine(name: str, settings: Settings, *, workers: int | None = None, address: str | None = None) -> Iterator[Engine]:
    """A started engine ("local" or "ray"), closed on leaving; `workers` defaults to every core (local)
    or every CPU of the cluster (ray)."""
    if name == "local":
        engine: Engine = LocalEngine(settings, workers or os.cpu_count() or 1)
    elif name == "ray":
        engine = RayEngine(settings, workers, address=address)
    else:
        raise ValueError(f"unknown engine {name!r}; one of {', '.join(ENGINES)}")
    try:
        yield engine
    finally:
        engine.close()


def briefed_documents(engine: Engine, documents: Sequence[Document], *, generated_at: datetime | None = None
                      ) -> Iterator[tuple[Document, list[Briefed]]]:
    """Each document with its briefings (none: no story found in it), in the documents' order."""
    generated_at = generated_at or datetime.now(timezone.utc).replace(microsecond=0)
    for number, chunk in enumerate(engine.chunks(documents, generated_at)):  # chunk n: documents[n*CHUNK:(n+1)*CHUNK]
        by_document: dict[str, list[Briefed]] = {}
        for briefed in chunk:
            by_document.setdefault(briefed.document.id, []).append(briefed)
        for document in documents[number * CHUNK : (number + 1) * CHUNK]:
            yield document, by_document.get(document.id, [])


# --- outputs -----------------------------------------------------------------------------------


def rows_of(briefed: Sequence[Briefed]) -> list[dict]:
    """One row per briefing, as `brief --format jsonl` prints it (the cited sentences' texts included)."""
    lookup = pipeline.sentence_lookup(briefed)
    return [render.to_json_dict(b.briefing, lookup=lookup) for b in briefed]


class Output:
    """JSON Lines or Parquet (by the file's suffix), written to a temporary file renamed over `path`
    when all is written: an interrupted batch leaves the old file, never half a new one.

    A Parquet row holds the briefing's id, title, source_id, article_id, generated_at and the whole
    row as JSON (`briefing`), as the JSON Lines file holds it."""

    def __init__(self, path: Path):
        self.path = path
        self.parquet = path.suffix.lower() == ".parquet"
        if not self.parquet and path.suffix.lower() not in (".jsonl", ".json-lines"):
            raise WirebriefError(f"{path}: --out takes a .jsonl or a .parquet file")
        if self.parquet:
            self._pa, self._pq = _require("pyarrow"), _require("pyarrow.parquet")
        self._buffer: list[dict] = []
        self._writer = None
        try:
            handle = tempfile.NamedTemporaryFile("wb", dir=path.parent if str(path.parent) else None, prefix=f".{path.name}.", delete=False)
        except OSError as exc:
            raise WirebriefError(f"{path}: cannot write ({exc.strerror or exc})") from None
        self._handle, self._temp = handle, handle.name
        self.count = 0

    def add(self, rows: Sequence[dict]) -> None:
        self.count += len(rows)
        if not self.parquet:
            self._handle.write(b"".join(json.dumps(row, ensure_ascii=False).encode() + b"\n" for row in rows))
            return
        self._buffer.extend(rows)
        if len(self._buffer) >= PARQUET_ROWS:
            self._flush()

    def _flush(self) -> None:
        if self._writer is None:
            self._writer = self._pq.ParquetWriter(self._handle, PARQUET_SCHEMA(self._pa))
        columns = {
            "id": [r["id"] for r in self._buffer],
            "title": [r["title"] for r in self._buffer],
            "source_id": [r.get("source_id") for r in self._buffer],
            "article_id": [r["sources"][0]["article_id"] if r.get("sources") else None for r in self._buffer],
            "generated_at": [r["generated_at"] for r in self._buffer],
            "briefing": [json.dumps(r, ensure_ascii=False) for r in self._buffer],
        }
        self._writer.write_table(self._pa.table(columns, schema=PARQUET_SCHEMA(self._pa)))
        self._buffer = []

    def close(self) -> None:
        """Finish the file and put it in place."""
        try:
            if self.parquet:
                if self._buffer or self._writer is None:
                    self._flush()
                self._writer.close()
            self._handle.close()
            files.put_in_place(self._temp, self.path)
        except OSError as exc:
            self.discard()
            raise WirebriefError(f"{self.path}: cannot write ({exc.strerror or exc})") from None

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self._handle.close()
        with contextlib.suppress(OSError):
            os.unlink(self._temp)


def PARQUET_SCHEMA(pa):  # noqa: N802  (a constant that needs pyarrow, imported only when Parquet is asked for)
    return pa.schema([("id", pa.string()), ("title", pa.string()), ("source_id", pa.string()), ("article_id", pa.string()),
                      ("generated_at", pa.string()), ("briefing", pa.string())])


def store_document(db, document: Document, briefed: Sequence[Briefed]) -> tuple[int, int]:
    """Store one briefed document and place its articles in storylines: the batch's only write to the
    database. Returns (articles newly stored, articles already stored)."""
    from .storylines import tracker as storyline_tracker

    saved, _ = storyline_tracker.store_briefed(db, document, briefed)
    return len(saved.stored_articles), len(briefed) - len(saved.stored_articles)


# --- the bench ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class BenchRow:
    engine: str
    workers: int
    articles: int
    start_s: float  # starting the engine: processes or the cluster, and loading every worker's pipeline
    rates: tuple[float, ...]  # articles per second, one per timed run
    cpu_ms: tuple[float, ...]  # CPU ms per article of this process and all its descendants (workers, Ray's own daemons)

    @property
    def rate(self) -> float:
        return median(self.rates)


def bench(documents: Sequence[Document], settings: Settings, *, runs: int = 3,
          setups: Sequence[tuple[str, int]] = (("local", 1), ("local", 2), ("ray", 1), ("ray", 2))) -> list[BenchRow]:
    """Articles per second for each (engine, workers) on the same documents: the median of `runs` timed
    runs after one untimed warm-up chunk per worker; a fresh local Ray cluster for each Ray setup. The CPU
    time per article counts every process the engine runs, so it shows Ray's cost on a loaded machine too."""
    rows = []
    for name, workers in setups:
        started = time.perf_counter()
        with open_engine(name, settings, workers=workers) as engine:
            start_s = time.perf_counter() - started
            list(briefed_documents(engine, documents[: workers * CHUNK]))  # warm-up, not timed
            rates, cpu = [], []
            for _ in range(runs):
                cpu_before, started = _tree_cpu_seconds(), time.perf_counter()
                for _document, _briefed in briefed_documents(engine, documents):
                    pass
                rates.append(len(documents) / (time.perf_counter() - started))
                cpu.append(1000 * (_tree_cpu_seconds() - cpu_before) / len(documents))
        rows.append(BenchRow(name, workers, len(documents), start_s, tuple(rates), tuple(cpu)))
    return rows


def _tree_cpu_seconds() -> float:
    """CPU time (user + system) so far of this process and every live process descended from it (/proc)."""
    ticks = os.sysconf("SC_CLK_TCK")
    parents, cpu = {}, {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        parents[int(entry)] = int(fields[1])
        cpu[int(entry)] = (int(fields[11]) + int(fields[12])) / ticks
    me, total = os.getpid(), 0.0
    for pid in cpu:
        ancestor = pid
        while ancestor not in (me, 0, 1) and ancestor in parents:
            ancestor = parents[ancestor]
        if ancestor == me:
            total += cpu[pid]
    return total


def bench_store(db, documents: Sequence[Document], settings: Settings) -> tuple[int, float, float]:
    """(articles, articles per second, the driver's CPU ms per article) through `store_document` into `db`,
    an empty database, the first document left out of the timing: what the driver, the one writer, can take
    whatever the engine briefs."""
    with open_engine("local", settings, workers=1) as engine:
        done = [(document, briefed) for document, briefed in briefed_documents(engine, documents) if briefed]
    store_document(db, *done[0])  # untimed: loads the storyline model and builds the index
    started, cpu = time.perf_counter(), time.process_time()
    stored = sum(store_document(db, document, briefed)[0] for document, briefed in done[1:])
    return stored, stored / (time.perf_counter() - started), 1000 * (time.process_time() - cpu) / max(1, stored)


def format_bench(rows: Sequence[BenchRow]) -> str:
    local = {row.workers: row for row in rows if row.engine == "local"}
    lines = [f"{'engine':<8}{'workers':>8}{'articles':>10}{'start s':>9}{'articles/s':>12}{'CPU ms/article':>16}"
             f"  {'Ray vs local (time, CPU)':<26}runs (articles/s)"]
    for row in rows:
        overhead = ""
        if row.engine == "ray" and row.workers in local:
            same = local[row.workers]
            overhead = f"{100 * (same.rate / row.rate - 1):+.0f}%, {100 * (median(row.cpu_ms) / median(same.cpu_ms) - 1):+.0f}%"
        runs = " ".join(f"{rate:.1f}" for rate in row.rates)
        lines.append(f"{row.engine:<8}{row.workers:>8}{row.articles:>10}{row.start_s:>9.1f}{row.rate:>12.1f}"
                     f"{median(row.cpu_ms):>16.1f}  {overhead:<26}{runs}")
    lines.append("medians of the timed runs, engine started and warm; start s: starting the workers (a local Ray cluster) and "
                 "loading their models; CPU: this process and all it started, Ray's daemons included")
    return "\n".join(lines)


def _require(module: str):
    """Import an optional dependency of the `ray` extra, or say how to install it."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise WirebriefError(f"{module.split('.')[0]} is missing: install the ray extra (pip install 'wirebrief[ray]')") from None
