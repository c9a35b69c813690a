"""Atom, RSS 2.0 and JSON Feed of the latest briefings, overall and per storyline."""

from __future__ import annotations

import json
from datetime import datetime
from email.utils import format_datetime, parsedate_to_datetime
from typing import Annotated

from fastapi import APIRouter, Path, Request
from fastapi.responses import Response
from starlette.exceptions import HTTPException

from .. import store
from ..models import Briefing
from . import syndication
from .pages import ID_PATTERN
from .state import room
from .views import briefings_of_storyline

router = APIRouter(prefix="/feeds", tags=["feeds"])

FEED_SIZE = 50
MEDIA_TYPES = {"atom": "application/atom+xml", "rss": "application/rss+xml", "json": "application/feed+json"}
Format = Annotated[str, Path(pattern=r"^(atom|rss|json)$", description="atom, rss or json")]
_PAGE = {"text/html": {"schema": {"type": "string"}}}  # errors outside /api/ are pages
RESPONSES: dict[int | str, dict] = {
    200: {"description": "The feed in the format asked for.",
          "content": {media: {"schema": {"type": "string" if fmt != "json" else "object"}} for fmt, media in MEDIA_TYPES.items()}},
    304: {"description": "Not modified since the reader's copy (If-None-Match or If-Modified-Since)."},
    422: {"description": "The format is not atom, rss or json, or the id is not a hex id.", "content": _PAGE},
}


def _respond(request: Request, fmt: str, briefings: list[Briefing], title: str, home_path: str) -> Response:
    base = str(request.base_url).rstrip("/")
    channel = syndication.Channel(
        title=title,
        home_url=base + home_path,
        feed_url=str(request.url),
        link=lambda b: f"{base}/briefings/{b.id}",
    )
    if fmt == "json":
        body = json.dumps(syndication.to_json_feed(briefings, channel), ensure_ascii=False).encode("utf-8")
    else:
        body = syndication.to_atom(briefings, channel) if fmt == "atom" else syndication.to_rss(briefings, channel)
    modified = syndication.last_modified(briefings)
    headers = {
        "ETag": syndication.etag(body),
        "Last-Modified": format_datetime(modified, usegmt=True),
        "Cache-Control": "public, max-age=60",
    }
    if _not_modified(request, headers["ETag"], modified):
        return Response(status_code=304, headers=headers)
    return Response(body, media_type=MEDIA_TYPES[fmt] + ("; charset=utf-8" if fmt != "json" else ""), headers=headers)


def _not_modified(request: Request, tag: str, modified: datetime) -> bool:
    """A conditional GET the reader can answer from its copy: If-None-Match first, else If-Modified-Since."""
    if_none_match = request.headers.get("if-none-match")
    if if_none_match is not None:
        return tag in {t.strip().removeprefix("W/") for t in if_none_match.split(",")} or if_none_match.strip() == "*"
    since = request.headers.get("if-modified-since")
    if since:
        try:
            return modified.replace(microsecond=0) <= parsedate_to_datetime(since)
        except (TypeError, ValueError):
            return False
    return False


@router.get("/latest.{fmt}", summary="The latest briefings as Atom, RSS 2.0 or JSON Feed", response_class=Response,
            responses=RESPONSES)
def latest_feed(request: Request, fmt: Format) -> Response:
    briefings = store.list_briefings(room(request).engine, FEED_SIZE)
    return _respond(request, fmt, briefings, "wirebrief: latest briefings", "/")


@router.get("/storylines/{storyline_id}.{fmt}", summary="One storyline's briefings as Atom, RSS 2.0 or JSON Feed",
            response_class=Response, responses={**RESPONSES, 404: {"description": "No such storyline.", "content": _PAGE}})
def storyline_feed(request: Request, storyline_id: Annotated[str, Path(pattern=ID_PATTERN)], fmt: Format) -> Response:
    engine = room(request).engine
    briefings = briefings_of_storyline(engine, store.storyline_of_article(engine, storyline_id) or storyline_id, FEED_SIZE)
    if not briefings:
        raise HTTPException(404, f"no storyline {storyline_id}")
    return _respond(request, fmt, briefings, f"wirebrief: {briefings[0].title}", f"/storylines/{storyline_id}")
