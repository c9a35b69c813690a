"""`wirebrief verify ARTICLE SUMMARY` and `wirebrief eval factuality FILE`."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from .. import ingest
from ..config import Settings
from ..errors import InputError
from ._app import app, error, eval_app, progress, settings_for, user_errors


class VerifyFormat(str, Enum):
    text = "text"
    json = "json"


@app.command("verify")
def verify_cmd(
    article: Annotated[str, typer.Argument(help="The source article: a text or HTML file, a URL, or - for stdin.")],
    summary: Annotated[str, typer.Argument(help="The summary to check: a text file, or - for stdin.")],
    output: Annotated[VerifyFormat, typer.Option("--format", help="text for people, json for machines.")] = VerifyFormat.text,
    threshold: Annotated[
        Optional[float], typer.Option("--threshold", min=0.0, max=1.0, help="Support a sentence needs to pass.")
    ] = None,
) -> None:
    """Check every sentence of SUMMARY against ARTICLE: a support score in [0, 1] and the reasons for doubt."""
    from .. import verify

    if article == ingest.STDIN and summary == ingest.STDIN:
        raise typer.BadParameter("only one of ARTICLE and SUMMARY can be - (stdin)")
    if ingest.STDIN in (article, summary) and sys.stdin.isatty():
        raise typer.BadParameter("'-' reads stdin, but stdin is a terminal: pipe text in (… | wirebrief verify - s.txt)")
    with user_errors():
        settings = settings_for()
        article_text = _read_one(article, settings)
        summary_text = _read_one(summary, settings)
        limit = verify.DEFAULT_THRESHOLD if threshold is None else threshold
        result = verify.verify_summary(article_text, summary_text, threshold=limit)
    if output is VerifyFormat.json:
        typer.echo(json.dumps(_as_dict(result, limit), ensure_ascii=False, indent=2))
        return
    for number, (sentence, verdict) in enumerate(zip(result.sentences, result.verdicts, strict=True), start=1):
        mark = "supported" if verdict.supported else "UNSUPPORTED"
        typer.echo(f"{number}. {verdict.score:.2f} {mark}: {sentence}")
        for reason in verdict.reasons:
            typer.echo(f"     - {reason}")
    overall = "supported" if result.supported else "UNSUPPORTED"
    typer.echo(f"overall: {result.score:.2f} {overall} (the weakest sentence; threshold {limit:.2f})")


def _read_one(source: str, settings: Settings) -> str:
    """One input's text through ingest's checks (size, binary, UTF-8; HTML pages reduced to their article)."""
    result = ingest.read_sources([source], settings)
    if result.errors:
        raise InputError(result.errors[0].origin, result.errors[0].reason)
    if len(result.documents) != 1:
        found = f"{len(result.documents)} texts" if result.documents else "nothing to read"
        raise InputError(ingest.STDIN_ORIGIN if source == ingest.STDIN else source, f"expected one text, found {found}")
    return result.documents[0].text


def _as_dict(result, threshold: float) -> dict:
    return {
        "score": result.score,
        "supported": result.supported,
        "threshold": threshold,
        "sentences": [
            {"text": sentence, "score": v.score, "supported": v.supported, "reasons": list(v.reasons)}
            for sentence, v in zip(result.sentences, result.verdicts, strict=True)
        ],
    }


@eval_app.command("factuality")
def eval_factuality_cmd(
    path: Annotated[
        Path, typer.Argument(help="JSONL rows with article, summary, factuality, dataset, metrics (FRANK's layout).")
    ] = Path("../shared/eval/factuality_dev.jsonl"),
    dataset: Annotated[Optional[str], typer.Option("--dataset", help="Only the rows of this dataset (e.g. cnndm).")] = None,
    cv: Annotated[bool, typer.Option("--cv/--no-cv", help="Also report the AUC under 5-fold cross-validation.")] = True,
) -> None:
    """ROC AUC of the verifier's summary score against human factuality labels, beside published metrics."""
    from ..evaluation import factuality

    if not path.is_file():
        error(f"{path}: no such file")
        raise typer.Exit(1)
    try:
        result = factuality.evaluate(path, dataset=dataset, cv=cv, progress=progress)
    except (ValueError, UnicodeDecodeError) as exc:
        error(f"{path}: {exc}")
        raise typer.Exit(1) from None
    typer.echo(factuality.format_report(result))
