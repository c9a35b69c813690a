"""The `wirebrief` command: parses arguments, calls the library, prints, and sets the exit code."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import track
from rich.table import Table

from . import ingest, pipeline, render
from .config import Settings
from .errors import WirebriefError

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Structured, cited briefings from raw news.")
eval_app = typer.Typer(no_args_is_help=True, help="Measure wirebrief against peers on public data.")
app.add_typer(eval_app, name="eval")
err = Console(stderr=True, highlight=False, soft_wrap=True)


class Format(str, Enum):
    md = "md"
    json = "json"
    jsonl = "jsonl"


_state = {"debug": False}


@app.callback()
def _main_options(debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False) -> None:
    _state["debug"] = debug


@contextmanager
def _user_errors() -> Iterator[None]:
    """One line on stderr and exit 1 for every error wirebrief raises on purpose."""
    try:
        yield
    except WirebriefError as exc:
        if _state["debug"]:
            raise
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1) from None


def _parse_date(value: Optional[str]) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date like 2026-02-05", param_hint="--published") from None


def _read(sources: list[str], settings: Settings, published: Optional[date]) -> ingest.IngestResult:
    if "-" in sources and sys.stdin.isatty():
        raise typer.BadParameter("'-' reads stdin, but stdin is a terminal: pipe text in (… | wirebrief brief -)")
    result = ingest.read_sources(sources, settings, published=published)
    for skip in result.skipped:
        err.print(f"[yellow]skip:[/yellow] {skip.origin}: {skip.reason}")
    for failure in result.errors:
        err.print(f"[red]error:[/red] {failure.origin}: {failure.reason}")
    return result


SourcesArg = Annotated[list[str], typer.Argument(help="Files, folders, or - for stdin.", show_default=False)]
PublishedOpt = Annotated[
    Optional[str], typer.Option("--published", help="Publication date (YYYY-MM-DD) that anchors relative dates.")
]
DbOpt = Annotated[Optional[str], typer.Option("--db", help="Database URL (default: $WIREBRIEF_DB_URL or a SQLite file).")]


@app.command("brief")
def brief_cmd(
    sources: SourcesArg,
    output_format: Annotated[Format, typer.Option("--format", "-f", help="md (seed format), json or jsonl.")] = Format.md,
    citations: Annotated[bool, typer.Option("--citations", help="Cite every statement as [n] with a source list.")] = False,
    extras: Annotated[bool, typer.Option("--extras", help="Add timeline, key players and quotes to markdown.")] = False,
    published: PublishedOpt = None,
) -> None:
    """Print one briefing per story found in SOURCES."""
    settings = Settings()
    with _user_errors():
        result = _read(sources, settings, _parse_date(published))
        briefed = pipeline.brief_documents(result.documents, settings)
    found = {b.document.id for b in briefed}
    for document in result.documents:
        if document.id not in found:
            err.print(f"[red]error:[/red] {document.origin}: no story found (nothing left after removing page clutter)")
    if not briefed:
        raise typer.Exit(1)
    lookup = pipeline.sentence_lookup(briefed)
    briefings = [b.briefing for b in briefed]
    if output_format is Format.md:
        text = "\n\n".join(render.to_markdown(b, citations=citations, extras=extras, lookup=lookup) for b in briefings)
    elif output_format is Format.json:
        text = render.to_json(briefings, lookup=lookup)
    else:
        text = render.to_jsonl(briefings, lookup=lookup)
    typer.echo(text)
    if result.errors or len(found) < len(result.documents):
        raise typer.Exit(1)


@app.command("ingest")
def ingest_cmd(sources: SourcesArg, db: DbOpt = None, published: PublishedOpt = None) -> None:
    """Brief SOURCES and store documents, articles, sentences and briefings in the database."""
    from . import store

    settings = Settings(db_url=db) if db else Settings()
    with _user_errors():
        engine = store.connect(settings.db_url)
        result = _read(sources, settings, _parse_date(published))
        added = 0
        documents = track(result.documents, description="briefing", console=err, transient=True, disable=not err.is_terminal)
        for document in documents:
            briefed = pipeline.brief_documents([document], settings)
            if not briefed:
                err.print(f"[yellow]skip:[/yellow] {document.origin}: no story found")
                continue
            saved = store.save_document(engine, document, [(b.article, b.sentences, b.briefing) for b in briefed])
            added += len(saved.stored_articles)
            if saved.stored_articles:
                err.print(f"stored {len(saved.stored_articles)} of {len(briefed)} stories from {document.origin}")
            else:
                err.print(f"already stored: {document.origin} ({len(briefed)} stories, nothing added)")
        err.print(f"{added} new stories in {settings.db_url}")
    if result.errors or not result.documents:
        raise typer.Exit(1)


@app.command("stories")
def stories_cmd(
    db: DbOpt = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1)] = 50,
) -> None:
    """List stored stories, newest first."""
    from . import store

    settings = Settings(db_url=db) if db else Settings()
    with _user_errors():
        rows = store.list_stories(store.connect(settings.db_url), limit=limit)
    if not rows:
        err.print("no stories stored yet: run `wirebrief ingest PATH` first")
        return
    out = Console()
    if not out.is_terminal:
        out = Console(width=240)  # piped: one line per story, never wrapped
    table = Table("id", "published", "title", "source", "sentences", box=None)
    for row in rows:
        table.add_row(row.briefing_id or row.article_id, str(row.published or ""), row.title, row.source or "", str(row.sentence_count))
    out.print(table)


@app.command("show")
def show_cmd(
    story_id: Annotated[str, typer.Argument(metavar="ID", help="A briefing or article id, or a unique prefix.")],
    db: DbOpt = None,
    output_format: Annotated[Format, typer.Option("--format", "-f")] = Format.md,
    citations: Annotated[bool, typer.Option("--citations")] = False,
    extras: Annotated[bool, typer.Option("--extras")] = False,
) -> None:
    """Print a stored briefing."""
    from . import store

    settings = Settings(db_url=db) if db else Settings()
    with _user_errors():
        engine = store.connect(settings.db_url)
        briefing = store.get_briefing(engine, story_id)
        texts = {}
        for source in briefing.sources:
            _, sentences = store.get_article(engine, source.article_id)
            texts.update({(s.article_id, s.index): s.text for s in sentences})
    lookup = lambda citation: texts.get(tuple(citation))  # noqa: E731
    if output_format is Format.md:
        typer.echo(render.to_markdown(briefing, citations=citations, extras=extras, lookup=lookup))
    else:
        import json

        typer.echo(json.dumps(render.to_json_dict(briefing, lookup=lookup), ensure_ascii=False, indent=2 if output_format is Format.json else None))


@eval_app.command("segment")
def eval_segment_cmd(
    path: Annotated[Path, typer.Argument(help="CNN/DailyMail-style JSONL (article, url).")] = Path("../shared/eval/cnndm_dev.jsonl"),
    seed: Annotated[int, typer.Option(help="Seed for building the digests.")] = 13,
) -> None:
    """Build digests with clutter from news articles and score story boundaries and clutter removal."""
    from . import segment
    from .evaluation import segmentation
    from .models import Document

    if not path.is_file():
        err.print(f"[red]error:[/red] {path}: no such file")
        raise typer.Exit(1)
    result = segmentation.evaluate(path, lambda text: segment.split_document(Document(id="eval", origin="eval", text=text)), seed=seed)
    typer.echo(segmentation.format_report(result))


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)


if __name__ == "__main__":
    main()
