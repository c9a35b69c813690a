"""`wirebrief bench [FILE]`: full briefings per second and peak memory, beside Lead-3, newspaper4k and sumy;
with `--writer llm`, the llm writer's prompt and completion tokens per second and seconds per briefing."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ._app import bench_app, error, settings_for, user_errors
from .run import LlmBackend, Writer

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
    writer: Annotated[
        Writer, typer.Option("--writer", help="extractive, or llm: time the llm writer beside the extractive one.")
    ] = Writer.extractive,
    model: Annotated[Optional[str], typer.Option("--model", help="llm writer: a GGUF file or a model name (as for `brief`).")] = None,
    backend: Annotated[Optional[LlmBackend], typer.Option("--backend", help="llm writer: llama-cpp or openai.")] = None,
) -> None:
    """Brief FILE end to end (segment, annotate, compose, render) and print articles per second and peak
    memory, beside Lead-3, newspaper4k's summary and sumy LexRank on the same articles (the default command)."""
    from ..evaluation import briefing_bench

    if writer is Writer.llm or model or backend:
        _bench_llm(path, limit or LLM_ROWS, model, backend)
        return
    chosen = [name.strip() for name in systems.split(",") if name.strip()] if systems else list(briefing_bench.SYSTEMS)
    with user_errors():
        try:
            result = briefing_bench.run(path, runs=runs, workers=workers, limit=limit, systems=chosen)
        except ValueError as exc:
            error(f"{exc}")
            raise typer.Exit(1) from None
    typer.echo(briefing_bench.format_report(result))


LLM_ROWS = 3  # a small local model takes minutes a briefing on a laptop's CPU


def _bench_llm(path: Path, limit: int, model: Optional[str], backend: Optional[LlmBackend]) -> None:
    import dataclasses

    from .. import pipeline
    from ..evaluation import briefing_bench, llm_bench

    settings = settings_for(None, False)
    settings = dataclasses.replace(
        settings, writer="llm", llm_model=model or settings.llm_model,
        llm_backend=backend.value if backend else settings.llm_backend,
    )
    with user_errors():
        articles = briefing_bench.load(path, settings, limit)
        result = llm_bench.bench_llm(articles.documents, pipeline.writer_for(settings), settings)
    typer.echo(llm_bench.format_report(result))
