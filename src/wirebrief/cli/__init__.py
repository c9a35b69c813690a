"""The `wirebrief` command: parses arguments, calls the library, prints, and sets the exit code.

One module per group of commands; importing them registers their commands on `app`.
"""

from __future__ import annotations

import sys

from . import bench, evaluate, ingestion, run, serve, storylines, verify  # noqa: F401  (registers the commands)
from ._app import app, err

__all__ = ["app", "main"]


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)

