"""`wirebrief eval …`: measure wirebrief against peers on public data."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ._app import err, eval_app

@eval_app.command("segment")
def eval_segment_cmd(
    path: Annotated[Path, typer.Argument(help="CNN/DailyMail-style JSONL (article, url).")] = Path("../shared/eval/cnndm_dev.jsonl"),
    seed: Annotated[int, typer.Option(help="Seed for building the digests.")] = 13,
) -> None:
    """Build digests with clutter from news articles and score story boundaries and clutter removal."""
    from .. import segment
    from ..evaluation import segmentation
    from ..models import Document

    if not path.is_file():
        err.print(f"[red]error:[/red] {path}: no such file")
        raise typer.Exit(1)
    result = segmentation.evaluate(path, lambda text: segment.split_document(Document(id="eval", origin="eval", text=text)), seed=seed)
    typer.echo(segmentation.format_report(result))
