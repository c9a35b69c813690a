"""What every command shares: the Typer apps, the error console, one-line errors, input reading."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from enum import Enum
from typing import Annotated, Optional

import typer
from rich.console import Console
from typer.core import TyperGroup

from .. import ingest
from ..config import Settings
from ..errors import WirebriefError

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Structured, cited briefings from raw news.")
eval_app = typer.Typer(no_args_is_help=True, help="Measure wirebrief against peers on public data.")
app.add_typer(eval_app, name="eval")


class DefaultCommandGroup(TyperGroup):
    """A command group that runs its `default` command when the first argument names none of its
    commands: `wirebrief bench FILE` is `wirebrief bench briefings FILE`, while `wirebrief bench
    storylines` stays itself. (A group callback with an optional argument would take the
    subcommand's name for that argument.)"""

    default = "briefings"

    def parse_args(self, ctx, args):
        if not args or (args[0] not in self.commands and args[0] not in ctx.help_option_names):
            args = [self.default, *args]
        return super().parse_args(ctx, args)


bench_app = typer.Typer(
    cls=DefaultCommandGroup,
    help="Time wirebrief. `wirebrief bench [FILE]` runs `briefings`: full briefings per second and peak memory, beside peers.",
)
app.add_typer(bench_app, name="bench")
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
def user_errors() -> Iterator[None]:
    """One line on stderr and exit 1 for every error wirebrief raises on purpose."""
    try:
        yield
    except WirebriefError as exc:
        if _state["debug"]:
            raise
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1) from None


def parse_date(value: Optional[str]) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date like 2026-02-05", param_hint="--published") from None


def read_inputs(sources: list[str], settings: Settings, published: Optional[date]) -> ingest.IngestResult:
    if "-" in sources and sys.stdin.isatty():
        raise typer.BadParameter("'-' reads stdin, but stdin is a terminal: pipe text in (… | wirebrief brief -)")
    result = ingest.read_sources(sources, settings, published=published)
    for skip in result.skipped:
        err.print(f"[yellow]skip:[/yellow] {skip.origin}: {skip.reason}")
    for failure in result.errors:
        err.print(f"[red]error:[/red] {failure.origin}: {failure.reason}")
    return result



SourcesArg = Annotated[
    list[str], typer.Argument(help="Files, folders, http(s) URLs of pages or feeds, or - for stdin.", show_default=False)
]
PublishedOpt = Annotated[
    Optional[str], typer.Option("--published", help="Publication date (YYYY-MM-DD) that anchors relative dates.")
]
DbOpt = Annotated[Optional[str], typer.Option("--db", help="Database URL (default: $WIREBRIEF_DB_URL or a SQLite file).")]


AllowPrivateOpt = Annotated[
    bool,
    typer.Option(
        "--allow-private",
        help="Fetch URLs that resolve to loopback, private or link-local addresses (default: refused; "
        "or set WIREBRIEF_ALLOW_PRIVATE=1).",
    ),
]


def settings_for(db: Optional[str], allow_private: bool = False) -> Settings:
    settings = Settings(db_url=db) if db else Settings()
    return dataclasses.replace(settings, allow_private=True) if allow_private else settings
