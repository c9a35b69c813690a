"""HTML pages: front page, storyline, briefing, article, entity, search, the paste form and /docs."""

from __future__ import annotations

import dataclasses
import math
import re
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Form, Path, Query, Request
from pydantic import WithJsonSchema
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException

from .. import render, store
from ..errors import InputError
from ..outlets import named_report, reader_name
from ..pipeline import sentence_lookup
from ..store import search
from . import jobs
from .security import safe_url
from .state import room
from .views import (
    briefing_view, briefings_of_storyline, front_items, storyline_key, storyline_owners, storyline_view, texts_for,
)

router = APIRouter(include_in_schema=False)
form_router = APIRouter(tags=["pages"])  # the paste form's POST, in /openapi.json for its statuses (429 among them)

ID_PATTERN = r"^[0-9a-f]{4,64}$"
SLUG_PATTERN = r"^[\w-]{1,200}$"
IdPath = Annotated[str, Path(pattern=ID_PATTERN)]
SlugPath = Annotated[str, Path(pattern=SLUG_PATTERN)]
PageQuery = Annotated[int, Query(ge=1, le=100_000)]
PAGE_SIZE = 20
STORYLINE_MAX_BRIEFINGS = 100


def _page(request: Request, template: str, status_code: int = 200, **context: object) -> Response:
    return room(request).templates.TemplateResponse(request, template, context, status_code=status_code)


def _pages(total: int) -> int:
    return max(1, math.ceil(total / PAGE_SIZE))


@router.get("/", response_class=HTMLResponse)
async def front_page(request: Request, page: PageQuery = 1) -> Response:
    """The latest storylines, each shown by its latest briefing."""
    r = room(request)
    key = f"/?page={page}&size={PAGE_SIZE}"
    kept = r.version is None or r.version.current() is None  # else ResponseCache keeps it until the store changes
    body = r.pages.get(key) if kept else None
    if body is None:
        items, total = front_items(r.engine, r.briefings, PAGE_SIZE, (page - 1) * PAGE_SIZE)
        body = bytes(_page(request, "front.html", items=items, page=page, pages=_pages(total)).body)
        if kept:
            r.pages.put(key, body, ttl_s=r.options.front_page_ttl_s)
    return HTMLResponse(body)


@router.get("/storylines/{storyline_id}", response_class=HTMLResponse)
def storyline_page(request: Request, storyline_id: IdPath) -> Response:
    engine = room(request).engine
    owner = store.storyline_of_article(engine, storyline_id)
    if owner is not None:  # an article's address leads to the storyline it belongs to
        return RedirectResponse(f"/storylines/{owner}", status_code=307)
    briefings = briefings_of_storyline(engine, storyline_id, STORYLINE_MAX_BRIEFINGS)
    if not briefings:
        raise HTTPException(404, f"no storyline {storyline_id}")
    return _page(request, "storyline.html", s=storyline_view(storyline_id, briefings, texts_for(engine, briefings)))


@router.get("/briefings/{briefing_id}.md", response_class=PlainTextResponse)
def briefing_markdown(request: Request, briefing_id: IdPath) -> Response:
    """The briefing in the seed format, exactly as `wirebrief show` prints it."""
    briefing = _briefing(request, briefing_id)
    return PlainTextResponse(render.to_markdown(briefing), media_type="text/markdown; charset=utf-8")


@router.get("/briefings/{briefing_id}", response_class=HTMLResponse)
async def briefing_page(request: Request, briefing_id: IdPath) -> Response:
    r = room(request)
    body = r.pages.get(request.url.path)
    if body is None:  # a stored briefing and its sentences never change, so neither does its page
        # Its rendered page is kept, so the parsed briefing is not: thousands of first views would otherwise
        # fill the heap with objects whose full garbage collections stall every request (bench serve, first views).
        briefing = _briefing(request, briefing_id, keep=False)
        storyline = storyline_key(briefing, storyline_owners(r.engine, [briefing]))
        body = _page(request, "briefing.html", b=briefing_view(briefing, texts_for(r.engine, [briefing]), storyline=storyline)).body
        r.pages.put(request.url.path, bytes(body))
    return HTMLResponse(body)


def _briefing(request: Request, briefing_id: str, keep: bool = True):  # type: ignore[no-untyped-def]
    briefing = room(request).briefings.get(briefing_id, keep)
    if briefing is None:
        raise HTTPException(404, f"no briefing {briefing_id}")
    return briefing


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: IdPath) -> Response:
    engine = room(request).engine
    found = store.find_article(engine, article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id}")
    article, sentences = found
    paragraphs: dict[int, list] = {}
    for sentence in sentences:
        paragraphs.setdefault(sentence.paragraph, []).append(sentence)
    also = store.also_reported_by(engine, article_id)
    return _page(
        request,
        "article.html",
        article=dataclasses.replace(article, source=reader_name(article.source)),
        url=safe_url(article.url),
        paragraphs=list(paragraphs.values()),
        briefings=store.briefings_of_article(engine, article_id),
        also=[(named_report(a), safe_url(a.url)) for a in also],
    )


@router.get("/entities/{entity_slug}", response_class=HTMLResponse)
def entity_page(request: Request, entity_slug: SlugPath) -> Response:
    """A person, organisation or place: the storylines and briefings naming it."""
    engine = room(request).fresh_index()
    entity = search.find_entity(engine, entity_slug)
    if entity is None:
        raise HTTPException(404, f"no one and nothing called {entity_slug!r} in any briefing")
    briefings = search.briefings_naming(engine, entity_slug)
    storylines: dict[str, object] = {}
    owners = storyline_owners(engine, briefings)
    for briefing in briefings:  # newest first, so each storyline keeps its latest briefing
        storylines.setdefault(storyline_key(briefing, owners), briefing)
    return _page(request, "entity.html", entity=entity, briefings=briefings, storylines=storylines)


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: Annotated[str, Query(max_length=200)] = "", page: PageQuery = 1) -> Response:
    hits = search.search(room(request).fresh_index(), q, PAGE_SIZE + 1, (page - 1) * PAGE_SIZE) if q.strip() else []
    shown = [(hit, _marked(hit.snippet)) for hit in hits[:PAGE_SIZE]]
    return _page(request, "search.html", q=q, hits=shown, page=page, more=len(hits) > PAGE_SIZE)


def _marked(snippet: str) -> list[tuple[str, bool]]:
    """'a \\x02b\\x03 c' → [('a ', False), ('b', True), (' c', False)]: the template marks the matches."""
    return [(part, i % 2 == 1) for i, part in enumerate(re.split(r"[\x02\x03]", snippet)) if part]


@router.get("/brief", response_class=HTMLResponse)
def brief_form(request: Request) -> Response:
    return _page(request, "brief.html", results=None, error=None, text="", url="", published=None, max_chars=jobs.MAX_PASTE_CHARS)


_HTML = {"text/html": {"schema": {"type": "string"}}}
FORM_DATE = WithJsonSchema({"type": "string", "format": "date", "description": "YYYY-MM-DD; left out or empty: none"})  # a form has no null
BRIEF_RESPONSES: dict[int | str, dict] = {
    200: {"description": "A page with the briefings of the text or URL; nothing is stored.", "content": _HTML},
    400: {"description": "The text or URL could not be briefed: the form again, with one line saying why.", "content": _HTML},
    413: {"description": "The form is over the body cap.",
          "content": {**_HTML, "text/plain": {"schema": {"type": "string"}}}},
    422: {"description": "A field is invalid (text over its cap, a date that is not one).", "content": _HTML},
    429: {"description": "Too many briefings from this address (with Retry-After).", "content": _HTML},
}


@form_router.post("/brief", response_class=HTMLResponse, summary="Brief pasted text or a URL (the paste form)",
                  responses=BRIEF_RESPONSES)
def brief_submit(
    request: Request,
    text: Annotated[str, Form(max_length=jobs.MAX_PASTE_CHARS)] = "",
    url: Annotated[str, Form(max_length=jobs.MAX_URL_CHARS)] = "",
    published: Annotated[date | None, Form(), FORM_DATE] = None,
) -> Response:
    """Brief pasted text or a URL and show the briefings; nothing is stored."""
    r = room(request)
    wait_s = r.paste_limiter.retry_after_s(request.client.host if request.client else "?")
    if wait_s > 0:
        raise HTTPException(429, f"too many briefings from your address: try again in {math.ceil(wait_s)} s",
                            headers={"Retry-After": str(math.ceil(wait_s))})
    context = {"text": text, "url": url, "published": published.isoformat() if published else None,
               "max_chars": jobs.MAX_PASTE_CHARS, "results": None, "error": None}
    try:
        results = jobs.brief(r, jobs.documents_for(text, url, r.settings, published=published))
    except InputError as exc:
        return _page(request, "brief.html", status_code=400, **{**context, "error": str(exc)})
    lookup = sentence_lookup(results)
    texts = {(s.article_id, s.index): lookup((s.article_id, s.index)) for b in results for s in b.sentences}
    views = [briefing_view(b.briefing, texts, stored=False) for b in results]
    return _page(request, "brief.html", **{**context, "results": views})


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> Response:
    """The OpenAPI description as a page: every operation, its parameters and what it answers."""
    spec = request.app.openapi()
    operations = [
        {"method": method.upper(), "path": path, **operation, "answers": _answers(operation)}
        for path, methods in spec["paths"].items()
        for method, operation in methods.items()
    ]
    return _page(request, "docs.html", spec=spec, operations=operations)


def _answers(operation: dict) -> list[tuple[str, str, str]]:
    """(status, what it means, the model or media types of its body) for each documented answer."""
    found = []
    for code, answer in sorted(operation.get("responses", {}).items()):
        content = answer.get("content", {})
        ref = content.get("application/json", {}).get("schema", {}).get("$ref", "")
        found.append((code, answer.get("description", ""), ref.rsplit("/", 1)[-1] if ref else ", ".join(content)))
    return found
