"""`wirebrief batch` and `wirebrief bench batch`: briefing many articles on local processes or on Ray."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from ._app import PARTIAL, PublishedOpt, SourcesArg, app, bench_app, err, error, note, parse_date, progress, settings_for, user_errors


class EngineName(str, Enum):
    local = "local"
    ray = "ray"


@app.command("batch")
def batch_cmd(
    sources: SourcesArg,
    out: Annotated[Path, typer.Option("--out", "-o", help="FILE.jsonl or FILE.parquet: one row per briefing.", dir_okay=False, show_default=False)],
    engine_name: Annotated[EngineName, typer.Option("--engine", help="local (processes on this machine) or ray (a Ray cluster).")] = EngineName.local,
    address: Annotated[
        Optional[str], typer.Option("--address", help="ray: a running cluster's address (ray start --head; default: start a local one).")
    ] = None,
    workers: Annotated[
        Optional[int], typer.Option("--workers", min=1, help="Processes (local) or Ray actors of one CPU each (default: every core or cluster CPU).")
    ] = None,
    db: Annotated[
        Optional[str], typer.Option("--db", help="Also store the articles and place them in storylines in this database (default: not stored).")
    ] = None,
    published: PublishedOpt = None,
) -> None:
    """Brief every article in SOURCES (folders, JSON Lines or Parquet files of articles) in parallel and write
    one row per briefing to --out; with --db, also store the articles and place them in storylines."""
    from .. import batch, store

    if address and engine_name is not EngineName.ray:
        raise typer.BadParameter("--address is for --engine ray", param_hint="--address")
    settings = settings_for(db)
    with user_errors():
        output = batch.Output(out)
        try:
            result = batch.read_articles(sources, settings, published=parse_date(published))
            for skip in result.skipped:
                note("skip", f"{skip.origin}: {skip.reason}")
            for failure in result.errors:
                error(f"{failure.origin}: {failure.reason}")
            if not result.documents:
                raise typer.Exit(1)  # nothing to brief: no engine started, the old output left as it was
            database = store.connect(settings.db_url) if db else None
            found = added = already = 0
            with batch.open_engine(engine_name.value, settings, workers=workers, address=address) as engine:
                documents = result.documents
                for document, briefed in progress(batch.briefed_documents(engine, documents), "briefing", len(documents)):
                    if not briefed:
                        note("skip", f"{document.origin}: no story found")
                        continue
                    found += 1
                    output.add(batch.rows_of(briefed))
                    if database is not None:
                        new, old = batch.store_document(database, document, briefed)
                        added, already = added + new, already + old
            if found:
                output.close()
            else:
                output.discard()  # no story in any article: the old output stays
        except BaseException:
            output.discard()
            raise
    stored = f"; {added} new stories in {settings.db_url}" + (f" ({already} already stored)" if already else "") if db else ""
    err.print(f"{output.count} briefings from {found} of {len(result.documents)} articles into {out}{stored}", markup=False)
    if not found:
        raise typer.Exit(1)
    if result.errors or found < len(result.documents):
        raise typer.Exit(PARTIAL)


@bench_app.command("batch")
def bench_batch_cmd(
    path: Annotated[Path, typer.Argument(help="JSONL rows with \"article\" or \"text\", or any file or folder `brief` reads.")],
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Only the first N articles.")] = 100,
    runs: Annotated[int, typer.Option("--runs", min=1, help="Timed runs per setup; the median is reported.")] = 3,
    db: Annotated[
        Optional[str], typer.Option("--db", help="Also time storing the briefed articles into this database (an empty one).")
    ] = None,
) -> None:
    """Articles per second on the same articles for local with 1 and 2 processes and Ray with 1 and 2 CPUs
    (a fresh local cluster each), and Ray's overhead against local with as many workers."""
    from .. import batch
    from ..evaluation import briefing_bench

    settings = settings_for(None)
    with user_errors():
        articles = briefing_bench.load(path, settings, limit)
        rows = batch.bench(articles.documents, settings, runs=runs)
        typer.echo(batch.format_bench(rows))
        if db:
            from .. import store

            database = store.connect(db)
            if store.counts(database)["articles"]:
                raise typer.BadParameter("time the store on an empty database", param_hint="--db")
            stored, rate, cpu_ms = batch.bench_store(database, articles.documents, settings)
            typer.echo(f"store: {stored} articles at {rate:.1f} articles/s into {database.dialect.name}, {cpu_ms:.1f} CPU ms/article "
                       "in the driver (the one writer: save, storylines and their briefings, one document at a time)")
