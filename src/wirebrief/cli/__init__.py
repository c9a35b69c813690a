"""The `wirebrief` command: parses arguments, calls the library, prints, and sets the exit code.

One module per group of commands; importing them registers their commands on `app`.
"""

from __future__ import annotations

import sys
from typing import Any

import typer

from . import batch, bench, evaluate, ingestion, run, serve, storylines, verify  # noqa: F401  (registers the commands)
from ._app import app, err

__all__ = ["app", "command", "main"]


def command() -> Any:  # a Click command (Typer's own copy of Click)
    """The Click command behind `app`, its flags listed in help without a `<bool>` type (they take no value)."""
    root = typer.main.get_command(app)
    _untyped_flags(root)
    return root


def _untyped_flags(command: Any) -> None:
    for param in [*command.params, command.get_help_option(command.context_class(command))]:
        if (getattr(param, "is_flag", False) or getattr(param, "count", False)) and param.metavar is None:
            param.metavar = ""
    for subcommand in getattr(command, "commands", {}).values():
        _untyped_flags(subcommand)


def main() -> None:
    try:
        command()(prog_name="wirebrief")
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)

