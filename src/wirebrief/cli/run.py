"""`brief`, `ingest`, `stories`, `show`: briefing news and reading the store."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import track
from rich.table import Table

from .. import pipeline, render
from ..config import Settings
from ._app import DbOpt, Format, PublishedOpt, SourcesArg, parse_date, read_inputs, user_errors, app, err, settings_for

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
    with user_errors():
        result = read_inputs(sources, settings, parse_date(published))
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
    from .. import store

    settings = settings_for(db)
    with user_errors():
        engine = store.connect(settings.db_url)
        result = read_inputs(sources, settings, parse_date(published))
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
    from .. import store

    settings = settings_for(db)
    with user_errors():
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
    from .. import store

    settings = settings_for(db)
    with user_errors():
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
        typer.echo(json.dumps(render.to_json_dict(briefing, lookup=lookup), ensure_ascii=False, indent=2 if output_format is Format.json else None))


