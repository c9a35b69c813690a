"""The web app's state: what every route needs (`Room`, kept on `app.state.room`) and the caches it holds.

Routes receive it with `room(request)`; this module imports no route, so the routes and `app.py`
(which assembles them) import it without a cycle.
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field

from fastapi import Request
from fastapi.templating import Jinja2Templates
from sqlalchemy import Engine

from .. import store
from ..config import Settings
from ..models import Briefing
from ..store import search
from .cache import StoreVersion
from .security import RateLimiter



@dataclass(frozen=True)
class WebOptions:
    """The reading room's own settings, given to `create_app` (the database and the API token are in `Settings`)."""

    paste_limit: int = 5  # briefings of pasted text or URLs per client address …
    paste_window_s: float = 60.0  # … in this many seconds
    index_refresh_s: float = 5.0  # how stale search and entity pages may be
    briefing_cache_size: int = 4096  # parsed briefings kept in memory
    page_cache_bytes: int = 64 * 1024 * 1024  # rendered briefing pages kept in memory
    front_page_ttl_s: float = 1.0  # how long a rendered front page is served before it is rendered again

class BriefingCache:
    """Briefings by id, parsed once: a stored briefing never changes. Least recently used go first."""

    def __init__(self, engine: Engine, size: int = WebOptions.briefing_cache_size) -> None:
        self.engine = engine
        self.size = size
        self._items: OrderedDict[str, Briefing] = OrderedDict()
        self._lock = threading.Lock()

    def get_many(self, ids: Sequence[str], keep: bool = True) -> list[Briefing]:
        """The stored briefings among `ids`, in the order given; with `keep=False` those read are not kept."""
        with self._lock:
            found = {i: self._items[i] for i in ids if i in self._items}
            for i in found:
                self._items.move_to_end(i)
        missing = [i for i in ids if i not in found]
        if missing:
            loaded = store.find_briefings(self.engine, missing)
            found.update(loaded)
            if not keep:
                return [found[i] for i in ids if i in found]
            with self._lock:
                self._items.update(loaded)
                while len(self._items) > self.size:
                    self._items.popitem(last=False)
        return [found[i] for i in ids if i in found]

    def get(self, briefing_id: str, keep: bool = True) -> Briefing | None:
        found = self.get_many([briefing_id], keep)
        return found[0] if found else None


class PageCache:
    """Rendered pages, up to `max_bytes`, least recently used out first.

    A page put without `ttl_s` never changes (a stored briefing's page); one put with it (the front
    page) is served for that many seconds, so new briefings show within `ttl_s`.
    """

    def __init__(self, max_bytes: int = WebOptions.page_cache_bytes) -> None:
        self.max_bytes = max_bytes
        self._pages: OrderedDict[str, tuple[bytes, float]] = OrderedDict()  # key → (body, expires at)
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key: str) -> bytes | None:
        with self._lock:
            found = self._pages.get(key)
            if found is None or found[1] < time.monotonic():
                return None
            self._pages.move_to_end(key)
            return found[0]

    def put(self, key: str, body: bytes, ttl_s: float | None = None) -> None:
        if len(body) > self.max_bytes:
            return
        with self._lock:
            old = self._pages.pop(key, None)
            if old is not None:
                self._bytes -= len(old[0])
            self._pages[key] = (body, time.monotonic() + ttl_s if ttl_s is not None else math.inf)
            self._bytes += len(body)
            while self._bytes > self.max_bytes:
                self._bytes -= len(self._pages.popitem(last=False)[1][0])


@dataclass
class Room:
    """What every route needs, kept on `app.state.room`."""

    settings: Settings
    engine: Engine
    templates: Jinja2Templates
    paste_limiter: RateLimiter
    briefings: BriefingCache
    pages: PageCache = field(default_factory=PageCache)
    options: WebOptions = field(default_factory=WebOptions)
    version: StoreVersion | None = None  # None: no answer is kept between requests (ResponseCache)
    pipeline_lock: threading.Lock = field(default_factory=threading.Lock)  # one briefing run at a time
    _refreshed_at: float = 0.0
    _refreshed_version: int | None = None
    _refresh_lock: threading.Lock = field(default_factory=threading.Lock)

    def fresh_index(self) -> Engine:
        """The engine, after indexing what was stored since the last refresh (at most every `options.index_refresh_s`,
        and only when the store changed since, where that is known)."""
        version = self.version.current() if self.version is not None else None
        unchanged = version is not None and version == self._refreshed_version
        if not unchanged and time.monotonic() - self._refreshed_at >= self.options.index_refresh_s and self._refresh_lock.acquire(blocking=False):
            try:
                search.refresh(self.engine)
                self._refreshed_at = time.monotonic()
                # The version read before: a write during the refresh (or the refresh's own) brings one more.
                self._refreshed_version = version
            finally:
                self._refresh_lock.release()
        return self.engine


def room(request: Request) -> Room:
    return request.app.state.room
