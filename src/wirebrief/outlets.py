"""How a source is named to readers: by its outlet, never by where the server read it.

A page names its site (trafilatura's `sitename`, a feed's title, a JSONL row's `site`); else the
domain of its URL says who published it. Text read from a file, stdin or a paste form has no outlet:
it is named by the file's name, "standard input" or "pasted text", never by a directory path.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar
from urllib.parse import urlsplit

from .models import Document

MAX_NAME_CHARS = 80  # a site name longer than this is page clutter, not a name
PASTED = "pasted text"
STDIN = "standard input"
_LOCAL_ORIGINS = {"<pasted text>": PASTED, "<stdin>": STDIN, "-": STDIN}
_URL_RE = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_ROW_SUFFIX_RE = re.compile(r":\d+$")  # a JSONL row's origin is "path:N"
T = TypeVar("T", bound=Any)


def outlet_name(document: Document) -> str:
    """The name a reader sees for this document's source."""
    return site_name(document.site) or domain(document.url) or reader_name(document.origin) or "unknown source"


def site_name(site: str | None) -> str | None:
    """A site's name as written, or its domain when the "name" is a URL (some pages and data sets give one)."""
    if not site:
        return None
    name = " ".join(site.split())
    if _URL_RE.match(name):
        return domain(name)
    return name[:MAX_NAME_CHARS].strip() or None


def domain(url: str | None) -> str | None:
    """The host of an http(s) URL without "www.": "https://www.bbc.co.uk/news/x" → "bbc.co.uk"."""
    if not url or not _URL_RE.match(url.strip()):
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def reader_name(value: str | None) -> str | None:
    """A stored source name made fit to show: a URL becomes its domain, a file path its file's name
    (stores written before sources were named by outlet kept `origin`, a path, as the source)."""
    if not value:
        return None
    value = value.strip()
    if value in _LOCAL_ORIGINS:
        return _LOCAL_ORIGINS[value]
    if _URL_RE.match(value):
        return domain(value) or None
    if _looks_like_path(value):
        name = _ROW_SUFFIX_RE.sub("", re.split(r"[\\/]", value.rstrip("\\/"))[-1])
        return name or None
    return value


def _looks_like_path(value: str) -> bool:
    if value.startswith(("/", "~", "./", "../", "\\")) or re.match(r"^[A-Za-z]:[\\/]", value):
        return True
    return ("/" in value or "\\" in value) and not any(c.isspace() for c in value)


def named_report(report: T) -> T:
    """An "also reported by" row (`store.AlsoReported`) with its origin and source fit to show."""
    origin = reader_name(report.origin) or ""
    return dataclasses.replace(report, origin=origin, source=reader_name(report.source) or origin or None)
