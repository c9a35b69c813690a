"""Sources to `Document`s: paths and folders (local.py), stdin, and http(s) URLs (remote.py).

`read_sources` never raises for one bad input: failures come back as `Skip`s
(in `skipped` for files found inside a folder and JSONL rows, in `errors` for
inputs the user named).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO, Sequence

from ..config import Settings
from ..dates import as_date
from ..errors import InputError
from ..models import Document
from .local import read_file, read_folder, read_stream
from .parse import Skip, read_bytes

STDIN = "-"
STDIN_ORIGIN = "<stdin>"  # how stdin is named in documents and messages
URL_SCHEMES = ("http://", "https://")


def is_url(source: str) -> bool:
    """A source to fetch (remote.py) rather than a path to read."""
    return source.lower().startswith(URL_SCHEMES)


@dataclass(frozen=True)
class IngestResult:
    documents: list[Document]
    skipped: list[Skip]  # inputs inside a folder (or JSONL rows) that were skipped
    errors: list[Skip]  # inputs the user named explicitly that failed


def read_sources(
    sources: Sequence[str],
    settings: Settings,
    *,
    published: date | str | None = None,
    stdin: BinaryIO | None = None,
) -> IngestResult:
    """Read every path ("-" = stdin, folders walked recursively, http(s) URLs fetched) into Documents; never raises per input.

    `published` (a date or an ISO date string) dates what carries no date of its own; InputError for a string that is
    no ISO date."""
    published = as_date(published)
    documents: list[Document] = []
    skipped: list[Skip] = []
    errors: list[Skip] = []
    for source in sources:
        if source == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            try:
                data = read_stream(stream, STDIN_ORIGIN, settings.max_input_bytes)
                documents += read_bytes(data, STDIN_ORIGIN, settings, published=published, skipped=skipped)
            except InputError as err:
                errors.append(Skip(err.origin, err.reason))
        elif is_url(source):
            from .remote import read_url  # lazily: httpx and feedparser load only when a URL is given

            try:
                documents += read_url(source, settings, published=published, skipped=skipped)
            except InputError as err:  # FetchError included
                errors.append(Skip(err.origin, err.reason))
        elif os.path.isdir(source):
            found = read_folder(Path(source), settings, published, documents, skipped)
            if not found:
                errors.append(Skip(source, "no files to read in folder (looked for .txt, .md, .html, .jsonl)"))
        else:
            try:
                documents += read_file(Path(source), settings, published, skipped)
            except InputError as err:
                errors.append(Skip(err.origin, err.reason))
    return IngestResult(documents=documents, skipped=skipped, errors=errors)
