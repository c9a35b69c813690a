"""What the JSON API sends, as pydantic models: /openapi.json publishes them and FastAPI checks every
response against them (a route that sent something else would fail its tests, not its readers).

Errors have one shape everywhere under /api/: `{"error": {"status", "title", "message"}}` (app.handle_error).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Citation = tuple[str, int]  # (article id, sentence index)


class _Model(BaseModel):
    """A field the model lacks is left out of the answer, never a 500; tests/test_web_api_contract.py checks
    that each model names every field of its dataclass in wirebrief.models."""

    model_config = ConfigDict(extra="ignore")


class ErrorDetail(_Model):
    status: int = Field(description="The HTTP status again.")
    title: str = Field(description="The status in words: Not found, Unauthorized, …")
    message: str = Field(description="One line saying what went wrong; never a traceback.")


class Error(_Model):
    """Every error under /api/, whatever its status."""

    error: ErrorDetail


class BriefingSummary(_Model):
    id: str
    storyline_id: str = Field(description="The storyline it belongs to: the id /api/storylines lists.")
    title: str
    generated_at: str = Field(description="ISO 8601 with its UTC offset.")
    story: str = Field(description="The Story section as one paragraph.")
    sources: int = Field(description="How many articles it cites.")
    url: str = Field(description="Its page.")


class Page(_Model):
    total: int
    limit: int
    offset: int


class BriefingList(Page):
    items: list[BriefingSummary]


class Statement(_Model):
    text: str
    citations: list[Citation]
    support: float | None = None


class TimelineEvent(_Model):
    date: str = Field(description="ISO date; as precise as `precision` says.")
    text: str = Field(description="The date as written in the article.")
    statement: Statement
    precision: str = Field(description="day, month, season, year or decade")


class KeyPlayer(_Model):
    name: str
    kind: str = Field(description="PERSON, ORG, GPE or NORP")
    role: str | None
    mentions: int
    citations: list[Citation]


class Quote(_Model):
    text: str
    speaker: str | None
    citations: list[Citation]


class Source(_Model):
    article_id: str
    title: str
    url: str | None
    source: str | None = Field(description="The outlet, never a file path.")
    published: str | None
    source_id: str | None


class Briefing(_Model):
    """A whole briefing; `cited_sentences` maps "article_id:index" to the text of each cited sentence."""

    id: str
    storyline_id: str = Field(description="The storyline it belongs to: the id /api/storylines lists.")
    generated_at: str
    title: str
    story: list[Statement]
    key_points: list[Statement]
    key_takeaways: list[Statement]
    impact_analysis: list[Statement]
    timeline: list[TimelineEvent]
    key_players: list[KeyPlayer]
    quotes: list[Quote]
    sources: list[Source]
    whats_new: list[Statement]
    writer: str
    source_id: str | None = Field(description="The caller's id of its first source (a JSONL row's `id`).")
    cited_sentences: dict[str, str | None]
    markdown: str = Field(description="The briefing in the seed format, as `wirebrief show` prints it.")


class ArticleSentence(_Model):
    index: int
    text: str
    paragraph: int


class Article(_Model):
    id: str
    document_id: str
    title: str
    text: str
    url: str | None
    source: str | None = Field(description="The outlet, never a file path.")
    published: str | None
    authors: list[str]
    language: str | None
    source_id: str | None
    sentences: list[ArticleSentence]
    briefings: list[str] = Field(description="Ids of the briefings made from it.")


class StorylineItem(_Model):
    id: str = Field(description="The storyline's id: /api/storylines/{id}, /storylines/{id}.")
    sources: int
    latest: BriefingSummary


class StorylineList(Page):
    items: list[StorylineItem]


class Storyline(_Model):
    id: str
    title: str
    briefings: list[Briefing] = Field(description="Its merged briefing first (when there is one), then its articles', newest first.")


class SearchHit(_Model):
    kind: Literal["briefing", "article"] = Field(description="A story is listed once: by its briefing when it has one.")
    id: str
    title: str
    snippet: str
    date: str | None
    url: str


class SearchResults(_Model):
    q: str
    items: list[SearchHit]


class Entity(_Model):
    slug: str
    name: str
    kind: str
    briefings: list[BriefingSummary]


class Ingested(_Model):
    stored_articles: list[str]
    duplicate_articles: list[str] = Field(description="Articles left out as (near-)duplicates of stored ones.")
    briefings: list[BriefingSummary]


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The `responses=` of a route that can answer these error statuses, each as `Error`."""
    return {status: {"model": Error, "description": _DESCRIPTIONS[status]} for status in statuses}


_DESCRIPTIONS = {
    400: "The input could not be briefed (one line says why).",
    401: "No bearer token, or the wrong one (with WWW-Authenticate: Bearer).",
    403: "The ingest API is closed: no token is set on the server.",
    404: "No such record.",
    413: "The request body is over the cap.",
    422: "A parameter or the body is invalid.",
    429: "Too many requests from this address (with Retry-After).",
    500: "Something went wrong on the server.",
    503: "The database is unavailable.",
}
