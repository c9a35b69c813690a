"""What every command shares: the Typer apps, the error console, one-line errors, input reading."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional, TypeVar

import typer
from rich.console import Console
from typer.core import TyperGroup

from rich.markup import escape
from rich.progress import track

from .. import files, ingest
from ..version import __version__
from ..config import Settings, load_settings
from ..errors import WirebriefError

app = typer.Typer(no_args_is_help=True, help="Structured, cited briefings from raw news.")
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


# Exit statuses beyond 0 (done), 1 (error: nothing done) and 2 (usage error, from Click).
PARTIAL = 3  # some inputs gave stories, some did not (their errors are on stderr)
BELOW_FLOOR = 4  # an evaluation ran and wirebrief is below its floor


def floor_verdict(meets: bool | None) -> None:
    """Exit with BELOW_FLOOR when an evaluation's floor is not met (None: the evaluation has no floor)."""
    if meets is False:
        raise typer.Exit(BELOW_FLOOR)


_state: dict = {"debug": False, "config": None}


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"wirebrief {__version__}")
        raise typer.Exit()


@app.callback()
def _main_options(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks and debug logs.")] = False,
    verbose: Annotated[int, typer.Option("--verbose", "-v", count=True, show_default=False, help="More log lines on stderr (-v info, -vv debug).")] = 0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Errors only on stderr: no progress, no notes.")] = False,
    config: Annotated[
        Optional[str],
        typer.Option("--config", help="Settings file (TOML; default: ./wirebrief.toml, \\[tool.wirebrief] in ./pyproject.toml, "
                     "~/.config/wirebrief/config.toml, or $WIREBRIEF_CONFIG).", show_default=False),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_print_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    _state.update(debug=debug, config=config, quiet=quiet)
    level = logging.DEBUG if debug or verbose > 1 else logging.INFO if verbose else logging.ERROR if quiet else logging.WARNING
    setup_logging(level)
    if quiet:
        err.quiet = True  # notes and progress go; errors are printed with `error()`, which ignores this


def setup_logging(level: int) -> None:
    """wirebrief's log records (and the libraries' warnings) as lines on stderr at `level`."""
    logger = logging.getLogger("wirebrief")
    logger.handlers[:] = [_LineHandler()]
    logger.setLevel(level)
    logger.propagate = False
    logging.captureWarnings(True)
    warnings_logger = logging.getLogger("py.warnings")
    warnings_logger.handlers[:] = logger.handlers
    warnings_logger.setLevel(logging.ERROR if level > logging.INFO else level)  # libraries' warnings only with -v
    warnings_logger.propagate = False


class _LineHandler(logging.Handler):
    """A log record as one `level: message` line on stderr, like wirebrief's own notes."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string in a library's record must not end the run
            message = str(record.msg)
        if record.exc_info and record.levelno >= logging.ERROR:  # a server's unexpected failure: its traceback, for the operator
            message += "\n" + logging.Formatter().formatException(record.exc_info)
        if record.levelno >= logging.ERROR:
            error(message)
        else:
            note(record.levelname.lower(), message, style="yellow" if record.levelno >= logging.WARNING else "dim")


def error(message: str) -> None:
    """One `error:` line on stderr, printed even with --quiet; `message` is plain text, not markup."""
    quiet, err.quiet = err.quiet, False
    try:
        err.print(f"[red]error:[/red] {escape(message)}")
    finally:
        err.quiet = quiet


def note(label: str, message: str, style: str = "yellow") -> None:
    """A `label: message` line on stderr (silent with --quiet); `message` is plain text, not markup."""
    err.print(f"[{style}]{label}:[/{style}] {escape(message)}")


T = TypeVar("T")
COUNT_EVERY_S = 10.0  # off a terminal, a progress line this often


def progress(items: Iterable[T], description: str, total: int | None = None) -> Iterator[T]:
    """`items`, with a progress bar on stderr when it is a terminal, else a `description: n/total` line
    every COUNT_EVERY_S seconds and at the end (nothing with --quiet)."""
    if err.quiet:
        yield from items
        return
    if err.is_terminal:
        yield from track(items, description=description, total=total, console=err, transient=True)
        return
    done, last = 0, time.monotonic()
    of = f"/{total}" if total is not None else ""
    for item in items:
        yield item
        done += 1
        if time.monotonic() - last >= COUNT_EVERY_S:
            err.print(f"{description}: {done}{of}", markup=False)
            last = time.monotonic()
    err.print(f"{description}: {done}{of} done", markup=False)


@contextmanager
def user_errors() -> Iterator[None]:
    """One line on stderr and exit 1 for every error wirebrief raises on purpose."""
    try:
        yield
    except WirebriefError as exc:
        if _state["debug"]:
            raise
        error(str(exc))
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
        note("skip", f"{skip.origin}: {skip.reason}")
    for failure in result.errors:
        error(f"{failure.origin}: {failure.reason}")
    return result



SourcesArg = Annotated[
    list[str], typer.Argument(help="Files, folders, http(s) URLs of pages or feeds, or - for stdin.", show_default=False)
]
PublishedOpt = Annotated[
    Optional[str], typer.Option("--published", help="Publication date (YYYY-MM-DD) that anchors relative dates.")
]
DbOpt = Annotated[Optional[str], typer.Option("--db", help="Database URL (default: $WIREBRIEF_DB_URL or a SQLite file).")]


OutputOpt = Annotated[
    Optional[Path],
    typer.Option("--output", "-o", help="Write to this file instead of stdout (replaced whole, never half-written).",
                 dir_okay=False, show_default=False),
]


def write_output(text: str, path: Optional[Path]) -> None:
    """Print `text`, or write it to `path` whole (see wirebrief.files: never half a file)."""
    if path is None:
        typer.echo(text)
        return
    with user_errors():
        files.write_text(path, text + "\n")


AllowPrivateOpt = Annotated[
    bool,
    typer.Option(
        "--allow-private",
        help="Fetch URLs that resolve to loopback, private or link-local addresses (default: refused; "
        "or set WIREBRIEF_ALLOW_PRIVATE=1).",
    ),
]


def settings_for(db: Optional[str] = None, allow_private: bool = False) -> Settings:
    """The settings in force: the config file and environment (see wirebrief.config), then these options."""
    with user_errors():
        return load_settings(_state["config"], db_url=db, allow_private=True if allow_private else None)
