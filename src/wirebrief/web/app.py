"""The reading room: `create_app(settings)` builds the FastAPI app (pages, JSON API, feeds).

Every response goes through `SecurityMiddleware` (CSP without inline script, body cap) and every
error through `handle_error`, which shows a status and a one-line message, never a traceback.
"""

from __future__ import annotations

import logging
from pathlib import Path

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException

from .. import store
from ..config import Settings
from ..errors import InputError, StoreError, WirebriefError
from ..store import search
from . import api, feeds, pages
from .cache import ResponseCache, StoreVersion
from .security import LastResortMiddleware, RateLimiter, SecurityMiddleware
from .state import BriefingCache, PageCache, Room, WebOptions, room

HERE = Path(__file__).parent

log = logging.getLogger("wirebrief.web")


def create_app(settings: Settings | None = None, options: WebOptions | None = None) -> FastAPI:
    """The web app over the database at `settings.db_url` (opened, and its search index built, here)."""
    settings = settings or Settings()
    options = options or WebOptions()
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
        settings, engine, Jinja2Templates(env=environment), RateLimiter(options.paste_limit, options.paste_window_s),
        BriefingCache(engine, options.briefing_cache_size), PageCache(options.page_cache_bytes), options, version=version,
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
