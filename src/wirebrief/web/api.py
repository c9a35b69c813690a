"""The JSON API under /api/: read-only, except POST /api/ingest, which needs the bearer token."""

from __future__ import annotations

import secrets
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException

from .. import render, store
from ..models import Briefing, to_dict
from ..outlets import reader_name
from ..store import search
from ..storylines import tracker as storyline_tracker
from . import jobs
from .pages import ID_PATTERN, SLUG_PATTERN
from .schemas import (
    Article, Briefing as BriefingModel, BriefingList, Entity, Ingested, SearchResults, Storyline, StorylineList, errors,
)
from .state import room
from .views import briefings_of_storyline, front_items, storyline_key, storyline_owners

router = APIRouter(prefix="/api", responses=errors(500, 503))  # any route, when the server or its database fails

IdPath = Annotated[str, Path(pattern=ID_PATTERN, description="A full id (hex).")]
Limit = Annotated[int, Query(ge=1, le=100)]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
_bearer = HTTPBearer(auto_error=False, description="The token set in WIREBRIEF_API_TOKEN.")


def _summaries(request: Request, briefings: list[Briefing]) -> list[dict[str, Any]]:
    owners = storyline_owners(room(request).engine, briefings)
    return [_summary(b, owners) for b in briefings]


def _summary(b: Briefing, owners: dict[str, str]) -> dict[str, Any]:
    return {
        "id": b.id,
        "storyline_id": storyline_key(b, owners),
        "title": b.title,
        "generated_at": b.generated_at.isoformat(),
        "story": " ".join(s.text for s in b.story),
        "sources": len(b.sources),
        "url": f"/briefings/{b.id}",
    }


def _full(request: Request, b: Briefing, storyline_id: str | None = None) -> dict[str, Any]:
    engine = room(request).engine
    texts = store.sentence_texts(engine, [s.article_id for s in b.sources])
    storyline_id = storyline_id or storyline_key(b, storyline_owners(engine, [b]))
    return {**render.to_json_dict(b, lookup=lambda c: texts.get(tuple(c))), "storyline_id": storyline_id,
            "markdown": render.to_markdown(b)}


@router.get("/briefings", summary="Latest briefings, newest first", response_model=BriefingList, responses=errors(422))
def list_briefings(request: Request, limit: Limit = 20, offset: Offset = 0,
                   storyline: Annotated[str | None, Query(pattern=ID_PATTERN)] = None) -> dict[str, Any]:
    engine = room(request).engine
    items = store.list_briefings(engine, limit, offset, storyline_id=storyline)
    total = store.count_briefings(engine, storyline_id=storyline)
    return {"items": _summaries(request, items), "total": total, "limit": limit, "offset": offset}


@router.get("/briefings/{briefing_id}", summary="One briefing with every field and the text of each cited sentence",
            response_model=BriefingModel, responses=errors(404, 422))
def get_briefing(request: Request, briefing_id: IdPath) -> dict[str, Any]:
    briefing = room(request).briefings.get(briefing_id)
    if briefing is None:
        raise HTTPException(404, f"no briefing {briefing_id}")
    return _full(request, briefing)


@router.get("/articles/{article_id}", summary="One stored article with its sentences", response_model=Article,
            responses=errors(404, 422))
def get_article(request: Request, article_id: IdPath) -> dict[str, Any]:
    engine = room(request).engine
    found = store.find_article(engine, article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id}")
    article, sentences = found
    return {
        **to_dict(article),
        "source": reader_name(article.source),
        "sentences": [{"index": s.index, "text": s.text, "paragraph": s.paragraph} for s in sentences],
        "briefings": [b.id for b in store.briefings_of_article(engine, article_id)],
    }


@router.get("/storylines", summary="Latest storylines, each with its latest briefing", response_model=StorylineList,
            responses=errors(422))
def list_storylines(request: Request, limit: Limit = 20, offset: Offset = 0) -> dict[str, Any]:
    r = room(request)
    items, total = front_items(r.engine, r.briefings, limit, offset)
    return {  # each latest briefing is summarised under the storyline's own id
        "items": [{"id": i.storyline, "sources": i.sources, "latest": _summary(i.briefing, {}) | {"storyline_id": i.storyline}}
                  for i in items],
        "total": total, "limit": limit, "offset": offset,
    }


@router.get("/storylines/{storyline_id}", summary="A storyline's briefings, newest first (an article's id leads to its storyline)",
            response_model=Storyline, responses=errors(404, 422))
def get_storyline(request: Request, storyline_id: IdPath) -> dict[str, Any]:
    engine = room(request).engine
    storyline_id = store.storyline_of_article(engine, storyline_id) or storyline_id  # its one id, as listed
    briefings = briefings_of_storyline(engine, storyline_id)
    if not briefings:
        raise HTTPException(404, f"no storyline {storyline_id}")
    merged = next((b for b in briefings if b.storyline_id == storyline_id), briefings[0])  # titled as its own briefing
    return {"id": storyline_id, "title": merged.title, "briefings": [_full(request, b, storyline_id) for b in briefings]}


@router.get("/search", summary="Full-text search over briefings and articles: each story once", response_model=SearchResults,
            responses=errors(422))
def search_all(request: Request, q: Annotated[str, Query(min_length=1, max_length=200)], limit: Limit = 20,
               offset: Offset = 0) -> dict[str, Any]:
    hits = search.search(room(request).fresh_index(), q, limit, offset)
    return {
        "q": q,
        "items": [
            {"kind": h.kind, "id": h.ref, "title": h.title, "snippet": h.snippet.replace("\x02", "").replace("\x03", ""),
             "date": h.moment.isoformat() if h.moment else None, "url": f"/{h.kind}s/{h.ref}"}
            for h in hits
        ],
    }


@router.get("/entities/{entity_slug}", summary="A person, organisation or place and the briefings naming it",
            response_model=Entity, responses=errors(404, 422))
def get_entity(request: Request, entity_slug: Annotated[str, Path(pattern=SLUG_PATTERN)]) -> dict[str, Any]:
    engine = room(request).fresh_index()
    entity = search.find_entity(engine, entity_slug)
    if entity is None:
        raise HTTPException(404, f"no entity {entity_slug}")
    return {**to_dict(entity), "briefings": _summaries(request, search.briefings_naming(engine, entity_slug))}


class IngestRequest(BaseModel):
    """Either `text` (one story or a multi-story digest) or `url` (a page or a feed)."""

    text: str | None = Field(None, max_length=jobs.MAX_PASTE_CHARS)
    url: str | None = Field(None, max_length=jobs.MAX_URL_CHARS)
    title: str | None = Field(None, max_length=500)
    published: date | None = None


def _require_token(request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> None:
    expected = room(request).settings.api_token
    if not expected:
        raise HTTPException(403, "the ingest API is closed: set WIREBRIEF_API_TOKEN to open it")
    given = credentials.credentials if credentials else ""
    if not secrets.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(401, "a valid bearer token is required", headers={"WWW-Authenticate": "Bearer"})


@router.post("/ingest", summary="Brief text or a URL and store the briefings", dependencies=[Depends(_require_token)],
             status_code=201, response_model=Ingested, responses=errors(400, 401, 403, 413, 422))
def ingest(request: Request, body: IngestRequest) -> dict[str, Any]:
    r = room(request)
    documents = jobs.documents_for(body.text, body.url, r.settings, title=body.title, published=body.published)
    results = jobs.brief(r, documents)
    stored, duplicates = [], []
    for document in documents:
        mine = [b for b in results if b.document.id == document.id]
        if mine:  # as `wirebrief ingest` does: near-duplicates left out, new articles joined to storylines
            saved, near = storyline_tracker.store_briefed(r.engine, document, mine)
            stored += saved.stored_articles
            duplicates += dict.fromkeys([*saved.duplicate_articles, *(d.article_id for d in near)])
    briefings = [b.briefing for b in results if b.article.id in stored]
    return {"stored_articles": stored, "duplicate_articles": duplicates, "briefings": _summaries(request, briefings)}
