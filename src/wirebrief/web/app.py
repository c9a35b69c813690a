"""The reading room: `create_app(settings)` builds the FastAPI app (pages, JSON API, feeds).

Every response goes through `SecurityMiddleware` (CSP without inline script, body cap) and every
error through `handle_error`, which shows a status and a one-line message, never a traceback.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy import Engine
from starlette.exceptions import HTTPException

from .. import search, store
from ..config import Settings
from ..errors import InputError, StoreError, WirebriefError
from ..models import Briefing
from .cache import ResponseCache, StoreVersion
from .security import LastResortMiddleware, RateLimiter, SecurityMiddleware

HERE = Path(__file__).parent
PASTE_LIMIT = 5  # briefings of pasted text or URLs per client address …
PASTE_WINDOW_S = 60.0  # … in this many seconds
INDEX_REFRESH_S = 5.0  # how stale search and entity pages may be
BRIEFING_CACHE_SIZE = 4096  # parsed briefings kept in memory
PAGE_CACHE_BYTES = 64 * 1024 * 1024  # rendered briefing pages kept in memory
FRONT_PAGE_TTL_S = 1.0  # how long a rendered front page is served before it is rendered again

log = logging.getLogger("wirebrief.web")


class BriefingCache:
    """Briefings by id, parsed once: a stored briefing never changes. Least recently used go first."""

    def __init__(self, engine: Engine, size: int = BRIEFING_CACHE_SIZE) -> None:
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

    def __init__(self, max_bytes: int = PAGE_CACHE_BYTES) -> None:
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
    version: StoreVersion | None = None  # None: no answer is kept between requests (ResponseCache)
    pipeline_lock: threading.Lock = field(default_factory=threading.Lock)  # one briefing run at a time
    _refreshed_at: float = 0.0
    _refreshed_version: int | None = None
    _refresh_lock: threading.Lock = field(default_factory=threading.Lock)

    def fresh_index(self) -> Engine:
        """The engine, after indexing what was stored since the last refresh (at most every INDEX_REFRESH_S,
        and only when the store changed since, where that is known)."""
        version = self.version.current() if self.version is not None else None
        unchanged = version is not None and version == self._refreshed_version
        if not unchanged and time.monotonic() - self._refreshed_at >= INDEX_REFRESH_S and self._refresh_lock.acquire(blocking=False):
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


def create_app(settings: Settings | None = None, *, paste_limit: int = PASTE_LIMIT, paste_window_s: float = PASTE_WINDOW_S) -> FastAPI:
    """The web app over the database at `settings.db_url` (opened, and its search index built, here)."""
    from . import api, feeds, pages

    settings = settings or Settings()
    engine = store.connect(settings.db_url)
    search.ensure_index(engine)
    search.refresh(engine)
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True
    )
    app = FastAPI(
        title="wirebrief",
        summary="Cited news briefings: storylines, briefings, articles, search and feeds.",
        docs_url=None,  # /docs is a server-rendered page (pages.py): Swagger UI needs inline script and a CDN
        redoc_url=None,
    )
    version = StoreVersion(engine)
    app.state.room = Room(
        settings, engine, Jinja2Templates(env=environment), RateLimiter(paste_limit, paste_window_s), BriefingCache(engine),
        version=version,
    )
    app.add_middleware(LastResortMiddleware, handler=handle_error)  # inside SecurityMiddleware: a 500 has its headers
    app.add_middleware(SecurityMiddleware)
    app.add_middleware(ResponseCache, version=version)  # outermost: a kept answer skips everything else
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    for module in (api, feeds, pages):
        app.include_router(module.router)
    app.include_router(pages.form_router)
    for kind in (HTTPException, RequestValidationError, WirebriefError, Exception):
        app.add_exception_handler(kind, handle_error)
    return app


SETTINGS_VARIABLE = "WIREBRIEF_SERVE_SETTINGS"  # how `serve --workers N` hands its settings to each worker


def app_from_environment() -> FastAPI:
    """The app over the settings `serve` put in $WIREBRIEF_SERVE_SETTINGS (JSON): what each worker process runs."""
    import gc
    import json
    import os

    app = create_app(Settings(**json.loads(os.environ[SETTINGS_VARIABLE])))
    gc.collect()
    gc.freeze()  # what startup loaded lives as long as the worker: keep it out of full collections
    return app


_STATUS_TITLES = {400: "Bad request", 401: "Unauthorized", 403: "Forbidden", 404: "Not found", 405: "Method not allowed",
                  413: "Too large", 422: "Invalid request", 429: "Too many requests", 500: "Internal error",
                  503: "Unavailable"}


def handle_error(request: Request, exc: Exception) -> Response:
    """The one error handler: status and a one-line message, as JSON under /api/, else as a page."""
    headers = None
    if isinstance(exc, HTTPException):
        status, message, headers = exc.status_code, str(exc.detail), exc.headers
    elif isinstance(exc, RequestValidationError):
        status, message = 422, "; ".join(_validation_message(e) for e in exc.errors()[:3])
    elif isinstance(exc, InputError):
        status, message = 400, str(exc)
    elif isinstance(exc, StoreError):
        log.error("store error on %s: %s", request.url.path, exc)
        status, message = 503, "the database is unavailable"
    else:
        log.exception("unhandled error on %s", request.url.path, exc_info=exc)
        status, message = 500, "something went wrong on our side"
    title = _STATUS_TITLES.get(status, "Error")
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": {"status": status, "title": title, "message": message}}, status, headers=headers)
    templates = room(request).templates
    return templates.TemplateResponse(
        request, "error.html", {"status": status, "title": title, "message": message}, status_code=status, headers=headers
    )


def _validation_message(error: dict) -> str:
    where = ".".join(str(part) for part in error.get("loc", ()) if part not in ("body", "query", "path"))
    return f"{where}: {error.get('msg', 'invalid')}" if where else str(error.get("msg", "invalid"))
