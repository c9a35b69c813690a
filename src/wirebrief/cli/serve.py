"""`serve`: the reading room (web pages, JSON API, feeds) over a database; `bench serve`: its load bench."""

from __future__ import annotations

import gc
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Annotated

import typer

from ._app import AllowPrivateOpt, DbOpt, app, bench_app, err, error, settings_for, user_errors


@app.command("serve")
def serve_cmd(
    host: Annotated[str, typer.Option("--host", help="Address to listen on (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port to listen on (0: any free port).")] = 8000,
    db: DbOpt = None,
    access_log: Annotated[bool, typer.Option("--access-log/--no-access-log", help="Log every request.")] = True,
    allow_private: AllowPrivateOpt = False,
) -> None:
    """Serve storylines, briefings, search, the JSON API (docs at /docs) and feeds over HTTP."""
    import uvicorn

    from ..web import create_app

    settings = settings_for(db, allow_private)
    with user_errors():
        web_app = create_app(settings)
    # What startup loaded (FastAPI, Jinja2, SQLAlchemy) lives as long as the server: keep it out of the
    # garbage collector's full passes, so that those stay short while requests are served.
    gc.collect()
    gc.freeze()
    err.print(f"serving {settings.db_url} on http://{host}:{port}/ (API docs at /docs)", markup=False)
    uvicorn.run(web_app, host=host, port=port, access_log=access_log, log_level="info", server_header=False)


@bench_app.command("serve")
def bench_serve_cmd(
    briefings: Annotated[int, typer.Option("--briefings", min=1, help="Briefings in the database built for the run.")] = 10_000,
    rate: Annotated[float, typer.Option("--rate", min=1, help="Requests per second, per page.")] = 200.0,
    duration: Annotated[float, typer.Option("--duration", min=1, help="Seconds of load per page.")] = 30.0,
    db: DbOpt = None,
    digest: Annotated[Path, typer.Option("--digest", help="Stories to copy into the database.")] = Path("examples/digest.txt"),
    p99_budget_ms: Annotated[float, typer.Option("--p99-ms", help="Latency budget for the verdict.")] = 100.0,
) -> None:
    """Load `wirebrief serve` on loopback: front page, briefing page (and a static file as the floor)."""
    import random
    import tempfile

    from ..evaluation import serving

    with tempfile.TemporaryDirectory() as scratch:
        if db:
            url = db
            with user_errors():
                from .. import store

                ids = [b.id for b in store.list_briefings(store.connect(url), limit=briefings)]
        else:
            if not digest.is_file():
                error(f"{digest}: no such file (--digest)")
                raise typer.Exit(1)
            url = f"sqlite:///{Path(scratch) / 'bench.db'}"
            started = time.perf_counter()
            ids = serving.fill(url, digest, briefings)
            err.print(f"stored {len(ids)} briefings in {time.perf_counter() - started:.1f} s")
        if not ids:
            error("no briefings in the database")
            raise typer.Exit(1)
        port = _free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "wirebrief.cli", "serve", "--db", url, "--port", str(port), "--no-access-log"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            _wait_until_up(base, server)
            sample = random.Random(7).sample(ids, min(len(ids), 2000))
            pages = [("front page", ["/"]), ("briefing page", [f"/briefings/{i}" for i in sample]),
                     ("static file", ["/static/style.css"])]
            for _, paths in pages:  # warm-up: every path once (connections, parsed briefings, rendered pages)
                serving.load(base, "warm-up", paths, rate, max(2.0, len(paths) / rate))
            figures = []
            for name, paths in pages:
                figures.append(serving.load(base, name, paths, rate, duration))
            seen = set(sample)
            unseen = [f"/briefings/{i}" for i in ids if i not in seen][: int(rate * duration)]
            if len(unseen) >= rate * duration:  # every request a briefing nobody asked for yet: no cache helps
                figures.append(serving.load(base, "first views", unseen, rate, duration))
        finally:
            server.terminate()
            server.wait(timeout=10)
    typer.echo(f"{len(ids)} briefings, {rate:.0f} req/s per page for {duration:.0f} s, open loop on loopback, one server process; "
               f"briefing page: {len(sample)} briefings, each viewed once before; first views: briefings never viewed")
    typer.echo(serving.format_report(figures, rate, p99_budget_ms))
    if any(f.errors or f.p99_ms >= p99_budget_ms for f in figures[:2]):
        raise typer.Exit(1)


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
