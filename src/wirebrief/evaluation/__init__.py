"""Evaluation harnesses: build test input from the public dev sets and score a stage against it.

Each `evaluate` takes an optional `progress` callback, `progress(items, description, total) -> items`,
through which it passes its longest loop: the CLI hands it `cli._app.progress` (a bar on a terminal,
a periodic count otherwise); by default nothing is reported.
"""

# No `from __future__ import annotations` here: it would bind the name `annotations` in this package,
# hiding the module evaluation/annotations.py from `from wirebrief.evaluation import annotations`.
from collections.abc import Callable, Iterable
from typing import Any

Progress = Callable[[Iterable[Any], str, "int | None"], Iterable[Any]]


def quietly(items: Iterable[Any], description: str, total: "int | None" = None) -> Iterable[Any]:
    """The default `progress`: the items, unreported."""
    return items
