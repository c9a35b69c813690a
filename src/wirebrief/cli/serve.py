"""`serve`: the reading room (web pages, JSON API, feeds) over a database; `bench serve`: its load bench."""

from __future__ import annotations

import gc
import itertools
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from ..evaluation import serving

from ._app import AllowPrivateOpt, DbOpt, app, bench_app, err, error, floor_verdict, settings_for, user_errors


@app.command("serve")
def serve_cmd(
    host: Annotated[str, typer.Option("--host", help="Address to listen on (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port to listen on (0: any free port).")] = 8000,
    db: DbOpt = None,
    access_log: Annotated[bool, typer.Option("--access-log/--no-access-log", help="Log every request.")] = True,
    allow_private: AllowPrivateOpt = False,
    workers: Annotated[int, typer.Option("--workers", min=1, max=64, help="Worker processes sharing the port "
                                         "(about one per core); each keeps its own cache.")] = 1,
) -> None:
    """Serve storylines, briefings, search, the JSON API (docs at /docs) and feeds over HTTP."""
    import dataclasses
    import json
    import os

    import uvicorn

    from ..web import create_app
    from ..web.app import SETTINGS_VARIABLE

    settings = settings_for(db, allow_private)
    with user_errors():
        web_app = create_app(settings)  # here, once: a bad database is refused before any worker starts
    options = {"host": host, "port": port, "access_log": access_log, "log_level": "info", "server_header": False}
    err.print(f"serving {settings.db_url} on http://{host}:{port}/ (API docs at /docs)"
              + (f", {workers} workers" if workers > 1 else ""), markup=False)
    if workers > 1:
        web_app.state.room.engine.dispose()
        os.environ[SETTINGS_VARIABLE] = json.dumps(dataclasses.asdict(settings))  # each worker builds its own app
        uvicorn.run("wirebrief.web.app:app_from_environment", factory=True, workers=workers, **options)
        return
    # What startup loaded (FastAPI, Jinja2, SQLAlchemy) lives as long as the server: keep it out of the
    # garbage collector's full passes, so that those stay short while requests are served.
    gc.collect()
    gc.freeze()
    uvicorn.run(web_app, **options)


@bench_app.command("serve")
def bench_serve_cmd(
    briefings: Annotated[int, typer.Option("--briefings", min=1, help="Briefings in the database built for the run.")] = 10_000,
    rate: Annotated[float, typer.Option("--rate", min=1, help="Requests per second in all, the pages taking turns.")] = 300.0,
    duration: Annotated[float, typer.Option("--duration", min=1, help="Seconds of mixed load per server.")] = 30.0,
    workers: Annotated[int, typer.Option("--workers", min=1, max=64, help="Worker processes of the server measured "
                                         "beside one process.")] = 2,
    db: DbOpt = None,
    digest: Annotated[Path, typer.Option("--digest", help="Stories to copy into the database.")] = Path("examples/digest.txt"),
    p99_budget_ms: Annotated[float, typer.Option("--p99-ms", help="Latency budget for the verdict.")] = 100.0,
) -> None:
    """Load `wirebrief serve` on loopback with a mixed load (front, storyline, briefing, search and API pages),
    one server process first, then `--workers` processes; exits 4 when the workers miss the rate or budget."""
    import tempfile

    from ..evaluation import serving

    with tempfile.TemporaryDirectory() as scratch:
        if db:
            url = db
        else:
            if not digest.is_file():
                error(f"{digest}: no such file (--digest)")
                raise typer.Exit(1)
            url = f"sqlite:///{Path(scratch) / 'bench.db'}"
            started = time.perf_counter()
            ids = serving.fill(url, digest, briefings)
            err.print(f"stored {len(ids)} briefings in {time.perf_counter() - started:.1f} s")
        with user_errors():
            pages = _mixed_pages(url, briefings)
        if not pages:
            error("no briefings in the database")
            raise typer.Exit(1)
        runs = [(1, "one process")] + ([(workers, f"{workers} workers")] if workers > 1 else [])
        reports = []
        for count, label in runs:
            cold, figures = _measure(url, pages, count, rate, duration)
            reports.append((label, cold, figures))
    kinds = ", ".join(name for name, _ in pages)
    typer.echo(f"{briefings} briefings, mixed load of {rate:.0f} req/s in all for {duration:.0f} s, open loop on loopback ({kinds}); "
               f"each path viewed once per worker before (first views: the first pass)")
    share = rate / len(pages)
    for label, cold, figures in reports:
        typer.echo(f"\n{label}")
        offered = [share] * (len(figures) - 1) + [rate]
        typer.echo(serving.format_report([*figures, cold], rate, p99_budget_ms,
                                         offered=[*offered, rate / 3]))
        typer.echo(f"(the client started its requests up to {figures[-1].client_lag_ms:.1f} ms late at p99: "
                   f"time its own process lost to the machine's load)")
    overall = reports[-1][2][-1]
    floor_verdict(serving.passes(overall, rate, p99_budget_ms) and not any(f.errors for f in reports[-1][2]))


def _measure(url: str, pages: list[tuple[str, list[str]]], workers: int, rate: float, duration: float,
             env: dict[str, str] | None = None) -> tuple["serving.Figures", list["serving.Figures"]]:
    """Start `serve --workers N` over `url`, view every path once (first views), then the mixed load."""
    from ..evaluation import serving

    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "wirebrief.cli", "serve", "--db", url, "--port", str(port), "--no-access-log",
         *(["--workers", str(workers)] if workers > 1 else [])],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env,
    )
    started = _count_started(server)
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_until_up(base, server)
        deadline = time.monotonic() + 120
        while len(started) < workers and time.monotonic() < deadline and server.poll() is None:
            time.sleep(0.1)  # every worker up, not only the first (it would take all the first views)
        # First views: every path once, the kinds taking turns, at a third of the rate (a cold cache).
        every = [p for turn in itertools.zip_longest(*(paths for _, paths in pages)) for p in turn if p]
        cold = serving.load(base, "first views", every, rate / 3, len(every) / (rate / 3))
        for _ in range(workers - 1):  # as many views as workers: each has seen most paths (each keeps its own)
            serving.load(base, "more views", every, rate / 3, len(every) / (rate / 3))
        _wait_until_idle(base)
        return cold, serving.mixed(base, pages, rate, duration)
    finally:
        server.terminate()
        server.wait(timeout=30)


def _mixed_pages(url: str, briefings: int) -> list[tuple[str, list[str]]]:
    """The kinds of page in the mixed load, each with the paths it takes turns through (drawn reproducibly)."""
    import random
    import re

    from .. import store

    engine = store.connect(url)
    try:
        ids = store.briefing_ids(engine, limit=briefings)
        if not ids:
            return []
        storylines = [row.id for row in store.list_storylines(engine, limit=briefings)]
        titles = [b.title for b in store.list_briefings(engine, limit=50)]
    finally:
        engine.dispose()
    draw = random.Random(7)
    sample = draw.sample(ids, min(len(ids), 300))
    lines = draw.sample(storylines, min(len(storylines), 150))
    words = sorted({w.lower() for t in titles for w in re.findall(r"[A-Za-z]{5,}", t)})
    queries = draw.sample(words, min(len(words), 20)) or ["news"]
    front_pages = range(1, max(1, min(10, len(ids) // 20)) + 1)
    return [
        ("front page", [f"/?page={n}" for n in front_pages]),
        *([("storyline page", [f"/storylines/{i}" for i in lines])] if lines else []),
        ("briefing page", [f"/briefings/{i}" for i in sample]),
        ("search page", [f"/search?q={q}" for q in queries]),
        ("api storylines", [f"/api/storylines?limit=20&offset={20 * (n - 1)}" for n in front_pages]),
        ("api briefing", [f"/api/briefings/{i}" for i in reversed(sample)]),
        ("api search", [f"/api/search?q={q}" for q in reversed(queries)]),
        ("static file", ["/static/style.css"]),
    ]


def _count_started(server: subprocess.Popen) -> list[str]:
    """The server's "startup complete" lines as they come (one per worker), its stderr drained meanwhile."""
    import threading

    started: list[str] = []

    def read() -> None:
        for line in server.stderr:  # type: ignore[union-attr]
            if "Application startup complete" in line:
                started.append(line)

    threading.Thread(target=read, daemon=True).start()
    return started


def _wait_until_idle(base: str, timeout_s: float = 30.0) -> None:
    """Until five static files in a row, each on a new connection (any worker), come back within 20 ms:
    what the first views left queued is done."""
    import httpx

    deadline = time.monotonic() + timeout_s
    quick = 0
    while quick < 5 and time.monotonic() < deadline:
        started = time.perf_counter()
        httpx.get(base + "/static/style.css", timeout=10)
        quick = quick + 1 if time.perf_counter() - started < 0.02 else 0
        time.sleep(0.1)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_up(base: str, server: subprocess.Popen, timeout_s: float = 120.0) -> None:
    import httpx

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline and server.poll() is None:
        try:
            if httpx.get(base + "/", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.2)
    error("the server did not start")
    raise typer.Exit(1)
