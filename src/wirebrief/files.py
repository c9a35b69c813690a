"""Writing a file whole: through a temporary file beside it, renamed over it at the end, so that a
crash or a full disk leaves the old file (or none), never half of a new one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from .errors import WirebriefError


def write_text(path: Path, text: str) -> None:
    """`text` written to `path` whole; an OSError is a one-line WirebriefError naming the path."""
    handle = None
    try:
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.", delete=False) as handle:
            handle.write(text)
        put_in_place(handle.name, path)
    except OSError as exc:
        if handle is not None:
            with contextlib.suppress(OSError):
                os.unlink(handle.name)
        raise WirebriefError(f"{path}: cannot write ({exc.strerror or exc})") from None


def put_in_place(temporary: str, path: Path) -> None:
    """Give the finished temporary file the mode a plain `open(path, "w")` would, and rename it over `path`."""
    os.chmod(temporary, file_mode(path))
    os.replace(temporary, path)


def file_mode(path: Path) -> int:
    """The old file's mode, else 0o666 less the umask."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
