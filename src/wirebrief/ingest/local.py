"""Reading local inputs: files (size checked before reading, FIFOs and devices refused), folders
walked recursively, and streams (stdin), each read into `parse.read_bytes`."""

from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path
from typing import BinaryIO

from ..config import Settings
from ..errors import InputError
from ..models import Document
from .parse import HTML_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES, Skip, too_large, read_bytes

READ_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | {""}  # "" = no suffix


def read_folder(
    folder: Path, settings: Settings, published: date | None, documents: list[Document], skipped: list[Skip]
) -> bool:
    """Read every readable, non-hidden file under `folder`; returns whether any file was tried."""
    found = False

    def on_walk_error(err: OSError) -> None:
        skipped.append(Skip(str(err.filename or folder), _os_reason(err)))

    for dirpath, dirnames, filenames in os.walk(folder, onerror=on_walk_error):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if name.startswith(".") or path.suffix.lower() not in READ_SUFFIXES:
                continue
            found = True
            try:
                documents += read_file(path, settings, published, skipped)
            except InputError as err:
                skipped.append(Skip(err.origin, err.reason))
    return found


def read_file(path: Path, settings: Settings, published: date | None, skipped: list[Skip]) -> list[Document]:
    """Read one regular file, checking its size before reading any of it."""
    origin = str(path)
    try:
        # O_NONBLOCK: opening a FIFO must not hang waiting for a writer; it is rejected below.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        raise InputError(origin, "broken symlink" if path.is_symlink() else "no such file") from None
    except OSError as err:
        raise InputError(origin, _os_reason(err)) from None
    with os.fdopen(fd, "rb") as file:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(origin, "not a regular file")
        if info.st_size > settings.max_input_bytes:
            raise InputError(origin, too_large(info.st_size, settings.max_input_bytes))
        try:
            data = read_stream(file, origin, settings.max_input_bytes)
        except OSError as err:
            raise InputError(origin, _os_reason(err)) from None
    return read_bytes(data, origin, settings, published=published, skipped=skipped)


def read_stream(stream: BinaryIO, origin: str, limit: int) -> bytes:
    """Read at most limit + 1 bytes, so an oversized stream is rejected without reading all of it."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(origin, too_large(None, limit))
    return data


def _os_reason(err: OSError) -> str:
    if isinstance(err, PermissionError):
        return "permission denied"
    return (err.strerror or type(err).__name__).lower()
