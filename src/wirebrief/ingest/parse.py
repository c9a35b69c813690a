"""Parsing one input's bytes into `Document`s: plain text and markdown, HTML (trafilatura), JSON Lines.

`read_bytes` parses one input and raises `InputError`; the checks every format shares (size, binary,
UTF-16, UTF-8) come first.
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import trafilatura

from ..config import Settings
from ..errors import InputError
from ..models import Document, content_id

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".json-lines"})

BYTES_PER_MB = 1024 * 1024
MAX_CONTROL_CHAR_SHARE = 0.05  # above this share of control bytes, the input is binary
# Control bytes that never occur in text; tab, newline, CR, vertical tab, form feed and ESC are allowed.
CONTROL_BYTES = bytes(b for b in [*range(0x20), 0x7F] if b not in b"\t\n\r\x0b\x0c\x1b")
HTML_SNIFF_BYTES = 1024  # how far into the input to look for the <html> start tag and its lang

_HTML_START = re.compile(rb"\s*(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE)
_HTML_LANG = re.compile(r"""<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,3})\b""", re.IGNORECASE)


@dataclass(frozen=True)
class Skip:
    """An input that was skipped, with a one-line reason."""

    origin: str
    reason: str


def read_bytes(
    data: bytes,
    origin: str,
    settings: Settings,
    *,
    published: date | None = None,
    name_hint: str | None = None,
    skipped: list[Skip] | None = None,
) -> list[Document]:
    """Parse one input's bytes into Documents; raises InputError if it yields none.

    The format comes from the suffix of `name_hint` (or `origin`), else from sniffing the content.
    JSONL rows that fail are appended to `skipped` when it is given.
    """
    if len(data) > settings.max_input_bytes:
        raise InputError(origin, too_large(len(data), settings.max_input_bytes))
    _check_is_text(data, origin)

    suffix = Path(name_hint or origin).suffix.lower()
    if suffix in HTML_SUFFIXES or _HTML_START.match(_strip_bom(data)[:HTML_SNIFF_BYTES]):
        return [_read_html(data, origin, published)]
    if suffix in JSONL_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_like_jsonl(data)):
        documents, row_skips = _read_jsonl(data, origin, published)
        if skipped is not None:
            skipped.extend(row_skips)
        return documents
    return [_read_text(data, origin, published)]


def too_large(size: int | None, limit: int) -> str:
    """The reason an input over `limit` bytes is refused (`size` None: it was read up to the limit)."""
    shown = f"{size / BYTES_PER_MB:.1f} MB" if size is not None else f"more than {limit / BYTES_PER_MB:.1f} MB"
    return f"too large: {shown}, limit {limit / BYTES_PER_MB:.1f} MB"


# --- checks shared by every format -------------------------------------------------------------


def _check_is_text(data: bytes, origin: str) -> None:
    """Reject empty, whitespace-only, UTF-16 and binary input."""
    if not _strip_bom(data).strip():
        raise InputError(origin, "empty input")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(origin, "UTF-16 text; convert it to UTF-8")
    control_bytes = len(data) - len(data.translate(None, CONTROL_BYTES))
    if b"\x00" in data or control_bytes / len(data) > MAX_CONTROL_CHAR_SHARE:
        raise InputError(origin, "binary file, not text")


def _strip_bom(data: bytes) -> bytes:
    return data[len(codecs.BOM_UTF8) :] if data.startswith(codecs.BOM_UTF8) else data


def _decode_utf8(data: bytes, origin: str) -> str:
    """Strict UTF-8 (a BOM is dropped); the error names the first bad byte."""
    body = _strip_bom(data)
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as err:
        position = err.start + len(data) - len(body)
        raise InputError(
            origin, f"not valid UTF-8 (byte 0x{body[err.start]:02x} at offset {position}); convert it to UTF-8"
        ) from None


def _normalise(text: str) -> str:
    """Unix newlines, no trailing whitespace on any line, no blank lines at either end."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip("\n")


# --- plain text and markdown -------------------------------------------------------------------


def _read_text(data: bytes, origin: str, published: date | None) -> Document:
    """One Document for the whole text; it may hold several stories (segmented later)."""
    text = _normalise(_decode_utf8(data, origin))
    if not text.strip():
        raise InputError(origin, "empty input")
    return Document(id=content_id(text), origin=origin, text=text, published=published)


# --- HTML --------------------------------------------------------------------------------------


def _read_html(data: bytes, origin: str, published: date | None) -> Document:
    """Extract the main article of a page (body, title, authors, date, site, language, URL).

    trafilatura gets bytes so it can decode them itself: UTF-8 first, then the declared or detected charset.
    """
    try:
        page = trafilatura.bare_extraction(
            data,
            with_metadata=True,
            include_comments=False,
            include_tables=True,  # news tables (results, figures) are body text: extraction F1 0.959 -> 0.962
            # No extensive search: it turns a footer's "(c) 2024" into a publication date of 2024-01-01.
            date_extraction_params={
                "original_date": True,
                "extensive_search": False,
                "max_date": date.today().isoformat(),
            },
        )
    except Exception as err:  # trafilatura/lxml can fail in many ways on malformed pages
        raise InputError(origin, f"could not parse HTML ({type(err).__name__})") from None
    if page is None:
        raise InputError(origin, "no article text found in HTML")
    title = (page.title or "").strip() or None
    paragraphs = [line.strip() for line in (page.text or "").split("\n") if line.strip()]
    if paragraphs and title and paragraphs[0].casefold() == title.casefold():
        paragraphs = paragraphs[1:]  # trafilatura repeats the <h1> headline as the first line
    if not paragraphs:
        raise InputError(origin, "no article text found in HTML")
    text = "\n\n".join(paragraphs)
    authors = tuple(name.strip() for name in (page.author or "").split(";") if name.strip())
    return Document(
        id=content_id(text),
        origin=origin,
        text=text,
        title=title,
        url=page.url or None,
        published=_parse_date(page.date) or published,
        authors=authors,
        site=page.sitename or None,
        language=page.language or _html_lang(data),
        single_article=True,
    )


def _html_lang(data: bytes) -> str | None:
    """The primary language subtag of <html lang="...">, lower-cased."""
    match = _HTML_LANG.search(data[:HTML_SNIFF_BYTES].decode("ascii", errors="replace"))
    return match.group(1).lower() if match else None


# --- JSON Lines --------------------------------------------------------------------------------


def _looks_like_jsonl(data: bytes) -> bool:
    """True if the first non-blank line is a JSON object with a "text" key."""
    first_line = next((line for line in _strip_bom(data).split(b"\n") if line.strip()), b"")
    if not first_line.lstrip().startswith(b"{"):
        return False
    try:
        row = json.loads(first_line)
    except ValueError:
        return False
    return isinstance(row, dict) and "text" in row


def _read_jsonl(data: bytes, origin: str, published: date | None) -> tuple[list[Document], list[Skip]]:
    """One Document per row; bad rows are skipped as "path:N". Raises if no row is usable."""
    documents: list[Document] = []
    skips: list[Skip] = []
    for number, raw_line in enumerate(_strip_bom(data).split(b"\n"), start=1):
        if not raw_line.strip():
            continue
        row_origin = f"{origin}:{number}"
        try:
            documents.append(_jsonl_row(_decode_line(raw_line, row_origin), row_origin, published))
        except InputError as err:
            skips.append(Skip(row_origin, f"line {number}: {err.reason}"))
    if not documents:
        more = f" (and {len(skips) - 1} more bad rows)" if len(skips) > 1 else ""
        raise InputError(origin, f"no usable rows; {skips[0].reason}{more}")
    return documents, skips


def _decode_line(raw_line: bytes, origin: str) -> str:
    try:
        return raw_line.decode("utf-8")
    except UnicodeDecodeError as err:
        bad_byte = raw_line[err.start]
        raise InputError(origin, f"not valid UTF-8 (byte 0x{bad_byte:02x} at column {err.start + 1})") from None


def _jsonl_row(line: str, origin: str, published: date | None) -> Document:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as err:
        raise InputError(origin, f"invalid JSON ({err.msg} at column {err.colno})") from None
    return row_document(row, origin, published)


def row_document(row: object, origin: str, published: date | None) -> Document:
    """One article row (a JSON Lines row, a Parquet row: id, text, and optionally title, url, site, published) as a
    Document; InputError naming what is missing or malformed."""
    if not isinstance(row, dict):
        raise InputError(origin, f"expected a JSON object, got {type(row).__name__}")
    source_id = row.get("id")
    if isinstance(source_id, bool) or not isinstance(source_id, (str, int)) or not str(source_id).strip():
        raise InputError(origin, 'missing or empty "id" (a string or number)')
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(origin, 'missing or empty "text" (a string)')
    title, url = _optional_str(row, "title", origin), _optional_str(row, "url", origin)
    site = _optional_str(row, "site", origin)  # the outlet's name (or its address), shown as the source
    row_date = _optional_str(row, "published", origin)
    row_published = _parse_date(row_date)
    if row_date and row_published is None:
        raise InputError(origin, f'bad "published" date {row_date!r}; use ISO 8601 (2024-05-01)')
    text = _normalise(text)
    source_id = str(source_id).strip()
    return Document(
        id=content_id(source_id, text),
        origin=origin,
        text=text,
        title=title,
        url=url,
        published=row_published or published,
        site=site,
        source_id=source_id,
        single_article=True,
    )


def _optional_str(row: dict[str, Any], key: str, origin: str) -> str | None:
    value = row.get(key)
    if value is not None and not isinstance(value, str):
        raise InputError(origin, f'"{key}" must be a string')
    if value is None:
        return None
    return value.strip() or None


def _parse_date(value: str | None) -> date | None:
    """An ISO 8601 date or datetime string as a date (the date as written, time zone ignored)."""
    if not value:
        return None
    value = value.strip()
    try:
        return date.fromisoformat(value)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        return None
