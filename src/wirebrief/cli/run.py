"""`brief`, `ingest`, `stories`, `show`: briefing news and reading the store."""

from __future__ import annotations

import dataclasses
import json
import logging
from enum import Enum
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .. import pipeline, render
from ._app import PARTIAL, AllowPrivateOpt, DbOpt, Format, OutputOpt, PublishedOpt, SourcesArg, app, write_output, err, error, note, parse_date, progress, read_inputs, settings_for, user_errors

CitationsOpt = Annotated[bool, typer.Option("--citations", help="Cite every statement as \\[n] with a source list.")]
ExtrasOpt = Annotated[bool, typer.Option("--extras", help="Add timeline, key players and quotes to markdown.")]


logger = logging.getLogger(__name__)


class Writer(str, Enum):
    extractive = "extractive"
    llm = "llm"


class LlmBackend(str, Enum):
    llama_cpp = "llama-cpp"
    openai = "openai"


@app.command("brief")
def brief_cmd(
    sources: SourcesArg,
    output_format: Annotated[Format, typer.Option("--format", "-f", help="md (seed format), json or jsonl.")] = Format.md,
    citations: CitationsOpt = False,
    extras: ExtrasOpt = False,
    output: OutputOpt = None,
    published: PublishedOpt = None,
    allow_private: AllowPrivateOpt = False,
    writer: Annotated[
        Optional[Writer], typer.Option("--writer", help="extractive (default; or $WIREBRIEF_WRITER) or llm: a language model writes, the verifier checks.")
    ] = None,
    model: Annotated[
        Optional[str], typer.Option("--model", help="llm writer: a GGUF file, or a model name at $WIREBRIEF_LLM_BASE_URL (implies --writer llm).")
    ] = None,
    backend: Annotated[Optional[LlmBackend], typer.Option("--backend", help="llm writer: llama-cpp or openai (default: from --model).")] = None,
    show_rejected: Annotated[bool, typer.Option("--show-rejected", help="llm writer: list the statements the verifier dropped (stderr).")] = False,
) -> None:
    """Print one briefing per story found in SOURCES."""
    settings = settings_for(None, allow_private)
    if writer or model or backend:
        settings = dataclasses.replace(
            settings,
            writer=(writer or Writer.llm).value,
            llm_model=model or settings.llm_model,
            llm_backend=backend.value if backend else settings.llm_backend,
        )
    with user_errors():
        write = pipeline.writer_for(settings)
        result = read_inputs(sources, settings, parse_date(published))
        earlier = {id(r) for r in getattr(write, "results", ())}  # the llm writer is shared by runs with the same settings
        briefed = pipeline.brief_documents(result.documents, settings, writer=write)
    if show_rejected:
        _print_rejected([r for r in getattr(write, "results", ()) if id(r) not in earlier])
    found = _stories_found(result.documents, {b.document.id for b in briefed})
    lookup = pipeline.sentence_lookup(briefed)
    briefings = [b.briefing for b in briefed]
    if output_format is Format.md:
        text = "\n\n".join(render.to_markdown(b, citations=citations, extras=extras, lookup=lookup) for b in briefings)
    elif output_format is Format.json:
        text = render.to_json(briefings, lookup=lookup)
    else:
        text = render.to_jsonl(briefings, lookup=lookup)
    write_output(text, output)
    if result.errors or len(found) < len(result.documents):
        raise typer.Exit(PARTIAL)


@app.command("annotate")
def annotate_cmd(
    sources: SourcesArg,
    output_format: Annotated[Format, typer.Option("--format", "-f", help="jsonl (one row per article) or json.")] = Format.jsonl,
    output: OutputOpt = None,
    published: PublishedOpt = None,
    allow_private: AllowPrivateOpt = False,
) -> None:
    """Print, per article in SOURCES, every quote with its speaker, every date with its resolved
    value and the key players with their roles: the annotations a briefing draws on."""
    if output_format is Format.md:
        raise typer.BadParameter("annotations are printed as json or jsonl", param_hint="--format")
    settings = settings_for(None, allow_private)
    with user_errors():
        result = read_inputs(sources, settings, parse_date(published))
        annotated = pipeline.annotate_documents(result.documents, settings)
    found = _stories_found(result.documents, {notes.article.document_id for notes in annotated})
    rows = [render.annotation_row(notes) for notes in annotated]
    if output_format is Format.json:
        write_output(json.dumps(rows, ensure_ascii=False, indent=2), output)
    else:
        write_output("\n".join(json.dumps(row, ensure_ascii=False) for row in rows), output)
    if result.errors or len(found) < len(result.documents):
        raise typer.Exit(PARTIAL)


def _stories_found(documents, found: set[str]) -> set[str]:
    """The ids of the documents that gave a story; an error line for each that gave none, and exit 1
    when none did (a caller exits PARTIAL when some did not)."""
    for document in documents:
        if document.id not in found:
            error(f"{document.origin}: no story found (no complete sentence left after removing page clutter)")
    if not found:
        raise typer.Exit(1)
    return found


def _print_rejected(results) -> None:  # results: wirebrief.llm.Written
    for written in results:
        title = written.briefing.title
        for r in written.rejected:
            cites = ",".join(str(index) for _, index in r.citations) or "-"
            reasons = "; ".join(r.reasons) or "below the threshold"
            err.print(f"rejected: {title} | {r.section} | score {r.score:.2f} | cites {cites} | {r.text} | {reasons}", markup=False)
        if written.fallback:
            why = f" ({written.error})" if written.error else ""
            err.print(f"extractive: {title} | {', '.join(written.fallback)}{why}", markup=False)


@app.command("ingest")
def ingest_cmd(
    sources: SourcesArg, db: DbOpt = None, published: PublishedOpt = None, allow_private: AllowPrivateOpt = False
) -> None:
    """Brief SOURCES and store documents, articles, sentences and briefings in the database."""
    from .. import api, store

    settings = settings_for(db, allow_private)
    with user_errors():
        engine = store.connect(settings.db_url)
        result = read_inputs(sources, settings, parse_date(published))
        report = api.store_documents(engine, result.documents, settings, progress=progress)
        for skip in report.skipped:
            note("skip", f"{skip.origin}: {skip.reason}")
        also = f" ({report.already_stored} already stored)" if report.already_stored else ""
        err.print(f"{len(report.stored)} new stories from {len(result.documents)} sources in {settings.db_url}{also}", markup=False)
    if len(report.skipped) == len(result.documents):  # nothing read, or nothing that gave a story
        raise typer.Exit(1)
    if result.errors or report.skipped:
        raise typer.Exit(PARTIAL)


@app.command("stories")
def stories_cmd(
    db: DbOpt = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="At most this many rows.")] = 50,
    articles: Annotated[bool, typer.Option("--articles", help="List single articles with their briefings instead.")] = False,
    output_format: Annotated[
        Format, typer.Option("--format", "-f", help="md (a table), json or jsonl: each storyline with its articles.")
    ] = Format.md,
) -> None:
    """List storylines, most recently updated first, titled by their latest article (with --articles: stored
    articles, newest first). Sources are named by outlet."""
    from .. import store
    from ..outlets import reader_name

    settings = settings_for(db)
    with user_errors():
        engine = store.connect(settings.db_url)
        rows = store.list_stories(engine, limit=limit) if articles else store.list_storylines(engine, limit=limit)
        members = {} if articles else store.articles_of_storylines(engine, [row.id for row in rows])
    if articles:
        items = [
            {"id": row.briefing_id or row.article_id, "article_id": row.article_id, "title": row.title,
             "published": _iso(row.published), "source": reader_name(row.source), "sentences": row.sentence_count}
            for row in rows
        ]
    else:
        items = [_storyline_item(row, members.get(row.id, [])) for row in rows]
    if output_format is not Format.md:
        _print_rows(items, output_format)
        return
    if not rows:
        err.print("no stories stored yet: run `wirebrief ingest PATH` first")
        return
    out = Console()
    if not out.is_terminal:
        out = Console(width=240)  # piped: one line per story, never wrapped
    if not articles:
        table = Table("storyline", "first seen", "last seen", "articles", "title", box=None)
        for line, item in zip(rows, items):
            table.add_row(line.id, f"{line.first_seen:%Y-%m-%d %H:%M}", f"{line.last_seen:%Y-%m-%d %H:%M}", str(line.article_count), escape(item["title"]))
        out.print(table)
        return
    table = Table("id", "published", "title", "source", "sentences", box=None)
    for item in items:
        table.add_row(item["id"], item["published"] or "", escape(item["title"]), escape(item["source"] or ""), str(item["sentences"]))
    out.print(table)


def _storyline_item(row, members) -> dict:  # row: store.StorylineRow, members: its store.StorylineArticle list
    """A storyline for scripts: titled by its latest article by publication, with its articles oldest first."""
    from ..outlets import reader_name

    return {
        "id": row.id,
        "title": members[-1].title if members else row.title,
        "first_seen": row.first_seen.isoformat(),
        "last_seen": row.last_seen.isoformat(),
        "article_count": len(members) or row.article_count,
        "articles": [
            {"id": a.article_id, "source_id": a.source_id, "title": a.title, "published": _iso(a.published), "source": reader_name(a.source)}
            for a in members
        ],
    }


def _iso(day) -> str | None:
    return day.isoformat() if day else None


def _print_rows(items: list[dict], output_format: Format) -> None:
    if output_format is Format.json:
        typer.echo(json.dumps(items, ensure_ascii=False, indent=2))
    elif items:
        typer.echo("\n".join(json.dumps(item, ensure_ascii=False) for item in items))


@app.command("show")
def show_cmd(
    story_id: Annotated[str, typer.Argument(metavar="ID", help="A storyline, briefing or article id, or a unique prefix.")],
    db: DbOpt = None,
    output_format: Annotated[Format, typer.Option("--format", "-f", help="md (seed format), json or jsonl.")] = Format.md,
    citations: CitationsOpt = False,
    extras: ExtrasOpt = False,
    output: OutputOpt = None,
) -> None:
    """Print a stored briefing; for a storyline id, its latest briefing with the merged timeline."""
    from .. import store
    from ..outlets import named_report
    from ..storylines.tracker import find_storyline_briefing

    settings = settings_for(db)
    with user_errors():
        engine = store.connect(settings.db_url)
        briefing = find_storyline_briefing(engine, story_id) or store.get_briefing(engine, story_id)
        extras = extras or briefing.storyline_id is not None
        texts = {}
        for source in briefing.sources:
            _, sentences = store.get_article(engine, source.article_id)
            texts.update({(s.article_id, s.index): s.text for s in sentences})
        also = [copy for source in briefing.sources for copy in store.also_reported_by(engine, source.article_id)]
    lookup = lambda citation: texts.get(tuple(citation))  # noqa: E731
    also = [named_report(c) for c in also]  # named by outlet: no file path of the store's inputs
    if output_format is Format.md:
        text = render.to_markdown(briefing, citations=citations, extras=extras, lookup=lookup)
        if also:
            text += "\nAlso reported by:\n" + "\n".join(f"- {c.source}: {c.title or ''}" + (f" ({c.url})" if c.url else "") for c in also)
        write_output(text, output)
    else:
        data = render.to_json_dict(briefing, lookup=lookup)
        data["also_reported_by"] = [dataclasses.asdict(c) for c in also]
        write_output(json.dumps(data, ensure_ascii=False, indent=2 if output_format is Format.json else None), output)


