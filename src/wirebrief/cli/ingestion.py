"""`wirebrief eval extraction` and `wirebrief watch`: getting news in from the web."""

from __future__ import annotations

import threading
from contextlib import nullcontext
from pathlib import Path
from typing import Annotated, Optional

import typer

from ._app import AllowPrivateOpt, DbOpt, app, err, error, eval_app, progress, settings_for, user_errors


@eval_app.command("extraction")
def eval_extraction_cmd(
    path: Annotated[Path, typer.Argument(help="Folder with html/*.html.gz and ground-truth.json.")] = Path(
        "../shared/eval/extraction"
    ),
    limit: Annotated[Optional[int], typer.Option("--limit", "-n", min=1, help="Score only the first N pages.")] = None,
    systems: Annotated[
        Optional[str], typer.Option("--systems", help="Comma-separated subset of wirebrief,trafilatura,newspaper4k.")
    ] = None,
) -> None:
    """Score article-body extraction (benchmark P/R/F1) for wirebrief, trafilatura and newspaper4k."""
    from ..evaluation import extraction

    chosen = [s.strip() for s in systems.split(",") if s.strip()] if systems else list(extraction.SYSTEMS)
    unknown = [s for s in chosen if s not in extraction.EXTRACTORS]
    if unknown:
        raise typer.BadParameter(f"unknown system {unknown[0]!r}", param_hint="--systems")
    try:
        pages = len(extraction.load_pages(path)[:limit])
        results = extraction.evaluate(path, systems=chosen, limit=limit, progress=progress)
    except ImportError as exc:
        error(f"{exc.name or exc} is missing: install the eval extra (pip install -e '.[eval]')")
        raise typer.Exit(1) from None
    except (ValueError, OSError) as exc:
        error(f"{path}: {exc}")
        raise typer.Exit(1) from None
    typer.echo(extraction.format_report(results, pages))


@app.command("watch")
def watch_cmd(
    feeds: Annotated[list[str], typer.Argument(help="Feed URLs (RSS, Atom, JSON Feed) or OPML files.", show_default=False)],
    db: DbOpt = None,
    interval: Annotated[float, typer.Option("--interval", min=1, help="Seconds between polls of one feed.")] = 900,
    host_delay: Annotated[float, typer.Option("--host-delay", min=0, help="Seconds between requests to one host.")] = 1.0,
    once: Annotated[bool, typer.Option("--once", help="Poll the feeds that are due once, then exit.")] = False,
    allow_private: AllowPrivateOpt = False,
) -> None:
    """Poll feeds on a schedule; brief and store every new entry once (state kept in the database)."""
    from .. import store, watch

    settings = settings_for(db, allow_private)
    stop = threading.Event()
    with user_errors():
        urls = watch.feed_urls_from(feeds)
        engine = store.connect(settings.db_url)
        watcher = watch.Watcher(
            engine, settings, urls, watch.WatchOptions(interval_s=interval, host_delay_s=host_delay), log=lambda line: err.print(line, markup=False), stop=stop
        )
        err.print(f"watching {len(urls)} feeds into {settings.db_url} (Ctrl-C stops)", markup=False)
        try:
            with err.status("polling", spinner="dots") if err.is_terminal else nullcontext():
                watcher.run(once=once)
        except KeyboardInterrupt:
            stop.set()  # the entry in flight was rolled back; it is done again on the next start
            err.print("stopped")
