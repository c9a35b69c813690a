"""Feeds: RSS 0.9x/1.0/2.0 and Atom through feedparser, JSON Feed through `json`, and OPML lists.

feedparser only ever gets bytes we fetched ourselves (`fetch.fetch`), so it never opens a URL.
XML that declares entities is refused before feedparser sees it: no entity expansion ("billion
laughs"), no external entities. defusedxml parses it first, in whatever encoding it declares (UTF-16
and UTF-32 included); XML too broken to parse is searched for `<!ENTITY` in its decoded text.
(feedparser 6 would itself drop unknown entities, but we do not rely on it for this.)
"""

from __future__ import annotations

import calendar
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any

import defusedxml
import defusedxml.ElementTree
import feedparser
import lxml.html

from ..errors import InputError
from ..models import content_id

FEED_SNIFF_BYTES = 2048  # how far into the body to look for the feed's root element
JSON_FEED_PREFIX = "https://jsonfeed.org/version/"

_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
_XML_FEED_ROOT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(rss|feed|RDF)\b")
_JSON_FEED_START = re.compile(rb"\s*\{")
_BLOCKS = ("p", "li", "h1", "h2", "h3", "h4", "blockquote", "pre")


@dataclass(frozen=True)
class FeedEntry:
    id: str  # the entry's guid/id, else its link, else a hash of its title and text
    link: str | None
    title: str | None
    published: datetime | None  # UTC
    text: str  # plain text of the entry's content (or summary) from the feed itself


@dataclass(frozen=True)
class Feed:
    url: str
    title: str | None
    entries: tuple[FeedEntry, ...]


def looks_like_feed(data: bytes, content_type: str | None = None) -> bool:
    """True for RSS/Atom/RDF XML or a JSON Feed (by media type, else by the root element)."""
    if content_type in ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json"):
        return True
    if content_type in ("text/html", "application/xhtml+xml", "text/plain"):
        return False
    head = data[:FEED_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{"):
        return JSON_FEED_PREFIX.encode() in head
    if re.match(rb"\s*<(!doctype\s+html|html)", head, re.IGNORECASE):
        return False
    return bool(_XML_FEED_ROOT.search(head))


def parse_feed(data: bytes, url: str) -> Feed:
    """Entries of one feed; raises InputError for refused or unreadable feeds."""
    if _JSON_FEED_START.match(data.lstrip(b"\xef\xbb\xbf")):
        return _parse_json_feed(data, url)
    check_no_entities(data, url)
    parsed = feedparser.parse(
        data,
        response_headers={"content-location": url},  # relative links resolve against the feed URL
        sanitize_html=True,
        resolve_relative_uris=True,
    )
    # feedparser salvages what it can from broken XML; an entry with neither link nor text is no use.
    entries = tuple(e for e in (_entry(raw) for raw in parsed.entries) if e.link or e.text)
    if parsed.bozo and not entries:
        reason = getattr(parsed.get("bozo_exception"), "getMessage", lambda: None)() or parsed.get("bozo_exception")
        raise InputError(url, f"not a readable feed ({reason or 'malformed XML'})")
    if not parsed.get("version") and not entries:
        raise InputError(url, "not a feed (no RSS, Atom or RDF root element)")
    return Feed(url, (parsed.feed.get("title") or "").strip() or None, entries)


def check_no_entities(data: bytes, origin: str) -> None:
    """Refuse XML that declares entities: nothing we read needs them, and they can explode."""
    refused = InputError(origin, "refused: the XML declares entities (<!ENTITY>), which could expand without bound")
    if _ENTITY_DECLARATION.search(data):
        raise refused
    try:
        defusedxml.ElementTree.fromstring(data)  # forbids entity declarations and external references
    except defusedxml.DefusedXmlException:
        raise refused from None
    except (ET.ParseError, ValueError, LookupError):  # broken XML, an unknown encoding: read the text as a wide encoding would
        if any(_ENTITY_DECLARATION.search(text.encode("utf-8", "ignore")) for text in _wide_decodings(data)):
            raise refused from None


def _wide_decodings(data: bytes) -> list[str]:
    """`data` decoded as UTF-16 and UTF-32 (both byte orders), where it looks like them: NUL bytes
    near the start, as every ASCII character has in those encodings."""
    if b"\x00" not in data[:64]:
        return []
    return [data.decode(codec, "ignore") for codec in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")]


def _entry(raw: Any) -> FeedEntry:
    link = (raw.get("link") or "").strip() or None
    title = _clean(raw.get("title"))
    contents = raw.get("content") or []
    html = contents[0].get("value", "") if contents else raw.get("summary", "")
    text = html_to_text(html or "")
    stamp = raw.get("published_parsed") or raw.get("updated_parsed")
    published = datetime.fromtimestamp(calendar.timegm(stamp), timezone.utc) if stamp else None
    entry_id = (raw.get("id") or "").strip() or link or content_id(title or "", text)
    return FeedEntry(entry_id, link, title, published, text)


def _parse_json_feed(data: bytes, url: str) -> Feed:
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise InputError(url, f"not a readable JSON Feed ({exc})") from None
    if not isinstance(doc, dict) or not str(doc.get("version", "")).startswith(JSON_FEED_PREFIX):
        raise InputError(url, "not a JSON Feed (no jsonfeed.org version)")
    entries = []
    for item in doc.get("items") or []:
        if not isinstance(item, dict):
            continue
        link = str(item.get("url") or item.get("external_url") or "").strip() or None
        title = _clean(item.get("title"))
        text = html_to_text(str(item.get("content_html") or "")) or str(item.get("content_text") or "").strip()
        text = text or str(item.get("summary") or "").strip()
        published = _iso_datetime(item.get("date_published") or item.get("date_modified"))
        entry_id = str(item.get("id") or "").strip() or link or content_id(title or "", text)
        entries.append(FeedEntry(entry_id, link, title, published, text))
    return Feed(url, _clean(doc.get("title")), tuple(entries))


def read_opml(data: bytes, origin: str) -> list[str]:
    """The feed URLs (`xmlUrl`) listed in an OPML file, in order, without repeats."""
    check_no_entities(data, origin)
    if _DOCTYPE.search(data):
        raise InputError(origin, "refused: OPML with a DOCTYPE")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise InputError(origin, f"not readable OPML ({exc})") from None
    urls: list[str] = []
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or "").strip()
        if url and url not in urls:
            urls.append(url)
    if not urls:
        raise InputError(origin, "no feeds in OPML (no outline with xmlUrl)")
    return urls


def html_to_text(html: str) -> str:
    """Paragraphs of an HTML fragment as plain text, separated by blank lines."""
    if not html.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return ""
    outermost = (el for el in root.iter(*_BLOCKS) if next(el.iterancestors(*_BLOCKS), None) is None)
    blocks = [" ".join(el.text_content().split()) for el in outermost]
    blocks = [b for b in blocks if b]
    if not blocks:
        return " ".join(root.text_content().split())
    return "\n\n".join(blocks)


def entry_date(entry: FeedEntry) -> date | None:
    return entry.published.date() if entry.published else None


def _clean(value: Any) -> str | None:
    return " ".join(str(value).split()) or None if value else None


def _iso_datetime(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.astimezone(timezone.utc) if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
