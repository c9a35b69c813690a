"""`wirebrief bench [FILE]`: full briefings per second and peak memory, beside Lead-3, newspaper4k and sumy."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ._app import bench_app, err, user_errors

EXAMPLES = Path(__file__).resolve().parents[3] / "examples" / "digest.txt"


@bench_app.command("briefings")
def bench_briefings_cmd(
    path: Annotated[
        Path, typer.Argument(help="JSONL rows with \"article\" or \"text\", or any file or folder `brief` reads.")
    ] = EXAMPLES,
    runs: Annotated[int, typer.Option("--runs", min=1, help="Timed runs; the median is reported.")] = 3,
    workers: Annotated[
        Optional[int], typer.Option("--workers", min=1, help="Worker processes (default: one per core).")
    ] = None,
    limit: Annotated[Optional[int], typer.Option("--limit", "-n", min=1, help="Only the first N documents.")] = None,
    systems: Annotated[
        Optional[str], typer.Option("--systems", help="Comma-separated subset of wirebrief,lead-3,newspaper4k,lexrank.")
    ] = None,
) -> None:
    """Brief FILE end to end (segment, annotate, compose, render) and print articles per second and peak
    memory, beside Lead-3, newspaper4k's summary and sumy LexRank on the same articles (the default command)."""
    from ..evaluation import briefing_bench

    chosen = [name.strip() for name in systems.split(",") if name.strip()] if systems else list(briefing_bench.SYSTEMS)
    with user_errors():
        try:
            result = briefing_bench.run(path, runs=runs, workers=workers, limit=limit, systems=chosen)
        except ValueError as exc:
            err.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(1) from None
    typer.echo(briefing_bench.format_report(result))
