"""Watch feeds: poll each on its own schedule, brief and store every new entry once.

State lives in the database (tables `feeds` and `feed_entries`, store/schema.py), so a restart, even after
`kill -9`, resumes where it stopped: an entry is marked handled in the same transaction that
stores its article, so an entry in flight at the kill is simply done again, never twice.

Per feed: conditional GET (ETag / Last-Modified), a 304 costs nothing; on errors the next poll
backs off exponentially (`backoff_base_s` doubling up to `backoff_max_s`), or waits the server's
Retry-After when longer. Per host: at least `host_delay_s` between two requests (politeness). The
schedule's settings are one `WatchOptions`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from urllib.parse import urlsplit

from sqlalchemy import Engine

from . import pipeline, store
from .config import Settings
from .errors import InputError, StoreError
from .ingest import feeds, is_url
from .ingest.fetch import FetchResult, fetch
from .ingest.remote import entry_document
from .storylines import tracker as storyline_tracker


@dataclass(frozen=True)
class WatchOptions:
    """When feeds are polled."""

    interval_s: float = 15 * 60  # between two polls of a feed that answered
    host_delay_s: float = 1.0  # at least this long between two requests to one host
    backoff_base_s: float = 60.0  # the wait after a first failure, doubled after each further one …
    backoff_max_s: float = 6 * 60 * 60.0  # … up to this
    max_idle_wait_s: float = 60.0  # re-check the schedule at least this often


@dataclass(frozen=True)
class PollResult:
    feed_url: str
    status: str  # new | not-modified | error
    stored: int = 0
    duplicates: int = 0
    skipped: int = 0
    error: str | None = None


def backoff_s(failures: int, retry_after_s: float | None = None, options: WatchOptions = WatchOptions()) -> float:
    """Delay before the next poll after `failures` failures in a row (at least Retry-After)."""
    delay = min(options.backoff_max_s, options.backoff_base_s * 2 ** max(0, failures - 1))
    return max(delay, retry_after_s or 0.0)


class Watcher:
    """Polls feeds into one database; `log` gets one line per entry and per poll."""

    def __init__(
        self,
        engine: Engine,
        settings: Settings,
        feed_urls: Sequence[str],
        options: WatchOptions = WatchOptions(),
        *,
        log: Callable[[str], None] = lambda line: None,
        stop: threading.Event | None = None,
    ) -> None:
        self.engine, self.settings, self.feed_urls = engine, settings, list(dict.fromkeys(feed_urls))
        self.options, self.log = options, log
        self.stop = stop or threading.Event()
        self._last_request: dict[str, float] = {}  # host -> time.monotonic() of the last request

    def run(self, once: bool = False) -> None:
        """Poll every due feed, then wait for the next one due; `once`: one round of due feeds only."""
        while not self.stop.is_set():
            for url in self.feed_urls:
                if self.stop.is_set():
                    return
                state = store.get_feed_state(self.engine, url)
                if state is None or state.next_poll_at <= _now():
                    self.poll(url)
            if once:
                return
            self.stop.wait(self._seconds_to_next_poll())

    def poll(self, url: str) -> PollResult:
        """One poll of one feed: fetch (conditional), then every entry not handled before."""
        state = store.get_feed_state(self.engine, url) or store.FeedState(url, None, None, _now(), 0, None)
        try:
            result = self._fetch(url, etag=state.etag, last_modified=state.last_modified)
            if result.not_modified:
                self._schedule(replace(state, failures=0, last_error=None), self.options.interval_s)
                self.log(f"{url}: not modified")
                return PollResult(url, "not-modified")
            feed = feeds.parse_feed(result.content, result.url)
        except InputError as err:  # FetchError included
            failures = state.failures + 1
            delay = backoff_s(failures, getattr(err, "retry_after_s", None), self.options)
            self._schedule(replace(state, failures=failures, last_error=err.reason), delay)
            self.log(f"{url}: error: {err.reason}; retry in {delay:.0f} s")
            return PollResult(url, "error", error=err.reason)
        counts = self._handle_entries(url, feed)
        self._schedule(
            replace(state, etag=result.etag, last_modified=result.last_modified, failures=0, last_error=None),
            self.options.interval_s,
        )
        self.log(f"{url}: {counts.stored} new, {counts.duplicates} duplicates, {counts.skipped} skipped")
        return counts

    def _handle_entries(self, url: str, feed: feeds.Feed) -> PollResult:
        seen = store.seen_entries(self.engine, url, [e.id for e in feed.entries])
        stored = duplicates = skipped = 0
        for entry in reversed(feed.entries):  # feeds list newest first; store oldest first
            if self.stop.is_set():
                break
            if entry.id in seen:
                continue
            seen.add(entry.id)
            try:
                document = entry_document(entry, feed, self.settings, self._fetch)
            except InputError as err:
                store.mark_entry_seen(self.engine, url, entry.id, "skipped")
                skipped += 1
                self.log(f"skip {entry.link or entry.id}: {err.reason}")
                continue
            briefed = pipeline.brief_documents([document], self.settings)
            if not briefed:
                store.mark_entry_seen(self.engine, url, entry.id, "skipped")
                skipped += 1
                self.log(f"skip {document.origin}: no story found")
                continue
            try:
                saved, dupes = storyline_tracker.store_briefed(self.engine, document, briefed, seen_entry=(url, entry.id))
            except StoreError as err:  # nothing of it was written (one transaction): the next poll tries again
                self.log(f"error storing {document.origin}: {err} (tried again at the next poll)")
                continue
            stored += len(saved.stored_articles)
            duplicates += len(dupes)
            title = briefed[0].article.title
            if saved.stored_articles:
                self.log(f"stored {saved.stored_articles[0][:12]} {title} ({document.origin})")
            else:
                self.log(f"duplicate of {dupes[0].article_id[:12]} ({dupes[0].similarity:.2f}): {title} ({document.origin})")
        return PollResult(url, "new", stored, duplicates, skipped)

    def _fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        """`fetch` with the settings' policy, after waiting out the per-host politeness delay."""
        host = urlsplit(url).hostname or ""
        wait = self._last_request.get(host, -1e9) + self.options.host_delay_s - time.monotonic()
        if wait > 0 and self.stop.wait(wait):
            raise InputError(url, "stopped")
        try:
            return fetch(
                url,
                allow_private=self.settings.allow_private,
                max_bytes=self.settings.max_input_bytes,
                etag=etag,
                last_modified=last_modified,
            )
        finally:
            self._last_request[host] = time.monotonic()

    def _schedule(self, state: store.FeedState, delay_s: float) -> None:
        store.save_feed_state(self.engine, replace(state, next_poll_at=_now() + timedelta(seconds=delay_s)))

    def _seconds_to_next_poll(self) -> float:
        states = [store.get_feed_state(self.engine, url) for url in self.feed_urls]
        due = [s.next_poll_at for s in states if s is not None]
        if len(due) < len(self.feed_urls):
            return 0.0
        return max(0.0, min(self.options.max_idle_wait_s, (min(due) - _now()).total_seconds()))


def feed_urls_from(sources: Sequence[str]) -> list[str]:
    """Feed URLs as given, with OPML files (any source that is not a URL) expanded to their feeds."""
    urls: list[str] = []
    for source in sources:
        if is_url(source):
            urls.append(source)
            continue
        try:
            with open(source, "rb") as file:
                data = file.read(8 * 1024 * 1024)
        except OSError as exc:
            raise InputError(source, (exc.strerror or type(exc).__name__).lower()) from None
        urls += feeds.read_opml(data, source)
    return list(dict.fromkeys(urls))


def _now() -> datetime:
    return datetime.now(timezone.utc)
