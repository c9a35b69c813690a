"""URLs to Documents: a web page is fetched and extracted; a feed gives one Document per entry.

For a feed entry the entry's own page is fetched and extracted (the full article); when that page
cannot be had, the text the feed itself carries for the entry is used instead, if any.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

from . import feeds
from ..config import Settings
from ..errors import InputError
from .fetch import FetchResult, fetch
from .parse import Skip, read_bytes
from ..models import Document, content_id

_NAME_HINTS = {"text/html": "page.html", "application/xhtml+xml": "page.xhtml", "text/plain": "page.txt"}

Fetcher = Callable[[str], FetchResult]


def fetcher(settings: Settings) -> Fetcher:
    """`fetch` with the settings' address policy and size cap."""
    return lambda url: fetch(url, allow_private=settings.allow_private, max_bytes=settings.max_input_bytes)


def read_url(
    url: str, settings: Settings, *, published: date | None = None, skipped: list[Skip] | None = None
) -> list[Document]:
    """Documents from one URL (a page, or every entry of a feed); raises InputError (FetchError) on failure."""
    get = fetcher(settings)
    result = get(url)
    if feeds.looks_like_feed(result.content, result.content_type):
        feed = feeds.parse_feed(result.content, result.url)
        documents = []
        for entry in feed.entries:
            try:
                documents.append(entry_document(entry, feed, settings, get, published=published))
            except InputError as err:
                if skipped is not None:
                    skipped.append(Skip(err.origin, err.reason))
        if not documents:
            raise InputError(url, f"no readable entries in feed ({len(feed.entries)} entries)")
        return documents
    return page_documents(result, settings, published=published)


def page_documents(result: FetchResult, settings: Settings, *, published: date | None = None) -> list[Document]:
    """Extract a fetched page (HTML, or plain text); its URL is the fetched one unless the page names one."""
    documents = read_bytes(
        result.content, result.url, settings, published=published, name_hint=_NAME_HINTS.get(result.content_type or "")
    )
    return [dataclasses.replace(d, url=d.url or result.url) for d in documents]


def entry_document(
    entry: feeds.FeedEntry, feed: feeds.Feed, settings: Settings, get: Fetcher, *, published: date | None = None
) -> Document:
    """The entry's article: its page fetched and extracted, else the feed's own text for it."""
    published = feeds.entry_date(entry) or published
    reason = "no link"
    if entry.link:
        try:
            page = page_documents(get(entry.link), settings, published=published)[0]
            return dataclasses.replace(
                page,
                origin=entry.link,
                title=page.title or entry.title,
                published=page.published or published,
                site=page.site or feed.title,
                single_article=True,
            )
        except InputError as err:
            reason = err.reason
    if not entry.text.strip():
        raise InputError(entry.link or entry.id, f"{reason}, and the feed carries no text for this entry")
    return Document(
        id=content_id(entry.text),
        origin=entry.link or entry.id,
        text=entry.text,
        title=entry.title,
        url=entry.link,
        published=published,
        site=feed.title,
        single_article=True,
    )
