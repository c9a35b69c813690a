"""`wirebrief eval storylines` and `wirebrief bench storylines`: measuring storyline assignment."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer

from ._app import bench_app, error, eval_app, floor_verdict

DEV_FILE = Path("../shared/eval/uci_stories_dev.csv")


def _load(path: Path):
    from ..evaluation import storylines as evaluation

    if not path.is_file():
        error(f"{path}: no such file")
        raise typer.Exit(1)
    try:
        return evaluation.load_uci(path)
    except (ValueError, KeyError, UnicodeDecodeError) as exc:
        error(f"{path}: not a UCI News Aggregator CSV ({exc})")
        raise typer.Exit(1) from None


@eval_app.command("storylines")
def eval_storylines_cmd(
    path: Annotated[Path, typer.Argument(help="UCI News Aggregator CSV: ID, TITLE, STORY, TIMESTAMP (ms), …")] = DEV_FILE,
) -> None:
    """Stream labelled headlines in time order; NMI and BCubed for wirebrief and a TF-IDF baseline."""
    from ..evaluation import storylines as evaluation

    headlines = _load(path)
    try:
        scores = evaluation.evaluate(headlines)
    except ValueError as exc:
        error(f"{path}: {exc}")
        raise typer.Exit(1) from None
    typer.echo(evaluation.format_report(scores))
    floor_verdict(evaluation.meets_floor(scores))


@bench_app.command("storylines")
def bench_storylines_cmd(
    path: Annotated[Path, typer.Argument(help="UCI News Aggregator CSV to replay.")] = DEV_FILE,
    n: Annotated[int, typer.Option("--n", min=1, help="Articles to stream.")] = 100_000,
    block: Annotated[int, typer.Option("--block", min=1, help="Report the time per this many articles.")] = 10_000,
) -> None:
    """Replay headlines (shifted 30 days per replay, lightly reworded) and time each block of articles."""
    from ..evaluation import storylines as evaluation

    headlines = _load(path)
    if not headlines:
        error(f"{path}: no rows")
        raise typer.Exit(1)
    typer.echo(f"{'articles':>9} {'secs/block':>10} {'active':>7} {'compared/article':>16}")
    started = time.perf_counter()
    steps = []
    for step in evaluation.bench(headlines, n, block=block):
        steps.append(step)
        typer.echo(f"{step.done:>9} {step.seconds:>10.2f} {step.active:>7} {step.comparisons:>16.1f}")
    total = time.perf_counter() - started
    full = [s for s in steps if s.done % block == 0]
    ratio = f", last/first block {full[-1].seconds / full[0].seconds:.2f}" if len(full) > 1 and full[0].seconds else ""
    typer.echo(f"total {total:.1f} s for {n} articles ({n / total:,.0f} articles/s){ratio}")
