"""`wirebrief eval …`: measure wirebrief against peers on public data."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from ._app import error, eval_app, floor_verdict, progress, settings_for

ANNOTATE_CHUNK = 8  # articles annotated per step of `eval annotations`' progress


@contextmanager
def eval_errors(path: Path) -> Iterator[None]:
    """One line and exit 1 for a missing file, a missing eval extra, or a file that cannot be read."""
    if not path.exists():
        error(f"{path}: no such file")
        raise typer.Exit(1)
    try:
        yield
    except ImportError as exc:
        error(f"{exc.name or exc} is missing: install the eval extra (pip install -e '.[eval]')")
        raise typer.Exit(1) from None
    except ValueError as exc:
        error(f"{path}: {exc}")
        raise typer.Exit(1) from None

@eval_app.command("segment")
def eval_segment_cmd(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Sources: annotated JSONL (title, text), an extraction folder (ground-truth.json, html/), "
                       "CNN/DailyMail JSONL (article, url). Default: the three in ../shared/eval."),
    ] = None,
    seed: Annotated[int, typer.Option(help="Seed for building the digests.")] = 13,
) -> None:
    """Build digests with clutter from each source and score story boundaries, headlines, clutter removal and bodies."""
    from ..evaluation import segmentation

    paths = paths or segmentation.default_sources(Path("../shared/eval"))
    missing = [p for p in paths if not p.exists()]
    if missing or not paths:
        error(f"{missing[0] if missing else '../shared/eval'}: no such file")
        raise typer.Exit(1)
    results = [segmentation.evaluate(path, segmentation.wirebrief_split, seed=seed, progress=progress) for path in paths]
    typer.echo(segmentation.format_report(results))
    floor_verdict(all(result.get("meets_floor") for result in results))


@eval_app.command("summaries")
def eval_summaries_cmd(
    path: Annotated[Path, typer.Argument(help="JSONL rows with id, article, reference.")] = Path("../shared/eval/cnndm_dev.jsonl"),
    limit: Annotated[int | None, typer.Option("--limit", "-n", min=1, help="Score only the first N rows.")] = None,
    systems: Annotated[
        str | None, typer.Option("--systems", help="Comma-separated subset of lead-3,newspaper4k,lexrank,textrank,wirebrief.")
    ] = None,
) -> None:
    """Score The Story against reference summaries with ROUGE, beside Lead-3, newspaper4k and sumy."""
    with eval_errors(path):
        from ..evaluation import summaries

        chosen = [name.strip() for name in systems.split(",") if name.strip()] if systems else list(summaries.SYSTEMS)
        result = summaries.evaluate(path, limit=limit, systems=chosen, progress=progress)
    typer.echo(summaries.format_report(result))
    floor_verdict(result["meets_floor"])


@eval_app.command("annotations")
def eval_annotations_cmd(
    path: Annotated[Path, typer.Argument(help="Articles annotated by hand (JSONL: id, text, published, quotes, dates, players).")] = Path(
        "../shared/eval/annotated_dev.jsonl"
    ),
    examples: Annotated[int, typer.Option("--examples", help="Errors of each kind to print.")] = 8,
    briefing_path: Annotated[bool, typer.Option("--briefing-path", help="Annotate as a briefing does: parse only the sentences it picks.")] = False,
) -> None:
    """Speakers, dates and key players against hand annotations, beside simple baselines (halves A and B)."""
    from .. import compose, pipeline
    from ..evaluation import annotations

    settings = settings_for()
    select = compose.worth_parsing if briefing_path else None
    with eval_errors(path):
        def annotate_documents(docs):
            chunks = [docs[i : i + ANNOTATE_CHUNK] for i in range(0, len(docs), ANNOTATE_CHUNK)]
            return [a for chunk in progress(chunks, f"annotating {len(docs)} articles", len(chunks))
                    for a in pipeline.annotate_documents(chunk, settings, select=select)]

        result = annotations.evaluate(path, annotate_documents)
    typer.echo(annotations.format_report(result, examples=examples))


@eval_app.command("briefings")
def eval_briefings_cmd(
    path: Annotated[Path, typer.Argument(help="JSONL articles (id, text or article, title and published when known), or a folder of pasted digests (.txt).")],
    examples: Annotated[int, typer.Option("--examples", help="Flags of each kind to print.")] = 5,
) -> None:
    """Brief every article and count what an editor flags (repeats, statements leaning on what is not shown,
    broken quotations, trimming that changed the meaning, furniture, empty sections), beside a lead baseline."""
    from ..evaluation import briefing_checks

    with eval_errors(path):
        tallies = briefing_checks.evaluate(path, settings_for(), examples=examples, progress=progress)
    typer.echo(briefing_checks.format_report(path, tallies, examples=examples))
