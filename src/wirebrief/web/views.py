"""What the templates show: briefings with numbered citations resolved to their sentences, storylines.

Plain data only; the templates escape every string (Jinja2 autoescape), so nothing here builds HTML.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import Engine

from .. import render, store
from ..dates import label as date_label
from ..models import Briefing, Citation, KeyPlayer, Quote, Source, Statement
from ..store.search import slug
from .state import BriefingCache
from .security import safe_url

Texts = dict[Citation, str]


@dataclass(frozen=True)
class Mark:
    """One citation marker [n] and what it opens: the cited sentence and its article."""

    n: int
    sentence: str | None
    article_id: str
    index: int
    title: str
    source: str | None
    url: str | None  # http(s) only
    stored: bool  # False for a pasted text: there is no article page to link to


@dataclass(frozen=True)
class Cited:
    text: str
    marks: list[Mark]


@dataclass(frozen=True)
class Event:
    date: str  # as precise as known: 2026, 2026-02, 2026-02-05
    written: str
    statement: Cited


@dataclass
class BriefingView:
    briefing: Briefing
    header: str
    markdown: str  # the exact seed format, for "copy as markdown"
    story: list[Cited]
    key_points: list[Cited]
    key_takeaways: list[Cited]
    impact_analysis: list[Cited]
    whats_new: list[Cited]
    timeline: list[Event]
    key_players: list[tuple[KeyPlayer, str]]  # (player, entity slug)
    quotes: list[Quote]
    sources: list[tuple[Source, str | None]]  # (source, safe url)
    storyline: str
    absent: dict[str, str]  # section → the line an empty section shows (`render.ABSENT`)


def storyline_key(briefing: Briefing, owners: dict[str, str] | None = None) -> str:
    """The storyline a briefing belongs to: its own, else its article's stored storyline (`owners`, article id →
    storyline id, from `storyline_owners`), else the article itself (a storyline of its own briefings)."""
    if briefing.storyline_id:
        return briefing.storyline_id
    if not briefing.sources:
        return briefing.id
    article_id = briefing.sources[0].article_id
    return (owners or {}).get(article_id, article_id)


def storyline_owners(engine: Engine, briefings: Sequence[Briefing]) -> dict[str, str]:
    """Article id → stored storyline id for these briefings' articles: one id names a storyline everywhere."""
    return store.storylines_of_articles(engine, [b.sources[0].article_id for b in briefings if not b.storyline_id and b.sources])


def texts_for(engine: Engine, briefings: Sequence[Briefing]) -> Texts:
    return store.sentence_texts(engine, [s.article_id for b in briefings for s in b.sources])


def briefing_view(briefing: Briefing, texts: Texts, *, stored: bool = True, storyline: str | None = None) -> BriefingView:
    numbers: dict[Citation, int] = {}
    named = render.named_sources(briefing)  # named by outlet, never by a path
    sources = {s.article_id: s for s in named}

    def cited(statement: Statement) -> Cited:
        marks = []
        for article_id, index in statement.citations:
            n = numbers.setdefault((article_id, index), len(numbers) + 1)
            source = sources.get(article_id)
            marks.append(
                Mark(
                    n=n,
                    sentence=texts.get((article_id, index)),
                    article_id=article_id,
                    index=index,
                    title=source.title if source else article_id,
                    source=source.source if source else None,
                    url=safe_url(source.url) if source else None,
                    stored=stored,
                )
            )
        return Cited(statement.text, marks)

    return BriefingView(
        briefing=briefing,
        header=render.header_time(briefing.generated_at),
        markdown=render.to_markdown(briefing),
        story=[cited(s) for s in briefing.story],
        key_points=[cited(s) for s in briefing.key_points],
        key_takeaways=[cited(s) for s in briefing.key_takeaways],
        impact_analysis=[cited(s) for s in briefing.impact_analysis],
        whats_new=[cited(s) for s in briefing.whats_new],
        timeline=[
            Event(_dated(e.date, e.precision), e.text, cited(e.statement)) for e in sorted(briefing.timeline, key=lambda e: e.date)
        ],
        key_players=[(p, slug(p.name)) for p in briefing.key_players],
        quotes=list(briefing.quotes),
        sources=[(s, safe_url(s.url)) for s in named],
        storyline=storyline or storyline_key(briefing),
        absent={section: render.absent(briefing, section) for section in render.ABSENT},
    )


def _dated(day: date, precision: str) -> str:
    return date_label(day, precision)


@dataclass
class StorylineView:
    """A storyline: its briefings newest first, with the timeline merged across all of them."""

    id: str
    title: str
    latest: BriefingView
    briefings: list[BriefingView]
    timeline: list[Event] = field(default_factory=list)
    sources: list[tuple[Source, str | None]] = field(default_factory=list)
    first_seen: datetime | None = None
    last_seen: datetime | None = None


def storyline_view(storyline_id: str, briefings: Sequence[Briefing], texts: Texts) -> StorylineView:
    views = [briefing_view(b, texts) for b in briefings]
    seen_events: dict[tuple[str, str], Event] = {}
    seen_sources: dict[str, tuple[Source, str | None]] = {}
    for view in views:
        for event in view.timeline:
            seen_events.setdefault((event.date, event.statement.text), event)
        for source, url in view.sources:
            seen_sources.setdefault(source.article_id, (source, url))
    latest = next((v for v in views if v.briefing.storyline_id == storyline_id), views[0])  # its own briefing: the merged one
    return StorylineView(
        id=storyline_id,
        title=latest.briefing.title,
        latest=latest,
        briefings=views,
        timeline=sorted(seen_events.values(), key=lambda e: e.date),
        sources=list(seen_sources.values()),
        first_seen=min(b.generated_at for b in briefings),
        last_seen=max(b.generated_at for b in briefings),
    )


# --- storylines: stored ones when there are any, else each article's briefings stand for one ------


@dataclass(frozen=True)
class FrontItem:
    storyline: str
    briefing: Briefing  # the storyline's latest
    header: str
    sources: int


def front_items(engine: Engine, cache: BriefingCache, limit: int, offset: int) -> tuple[list[FrontItem], int]:
    """The latest storylines, each with its latest briefing, and how many there are in all."""
    total = store.count_storylines(engine)
    if total:
        items = []
        rows = store.list_storylines(engine, limit, offset)
        latest_ids = store.latest_briefing_ids_of_storylines(engine, [row.id for row in rows])  # merged ones first
        latest = {b.id: b for b in cache.get_many(list(latest_ids.values()))}
        for row in rows:
            briefing = latest.get(latest_ids.get(row.id, ""))
            if briefing is not None:
                header = render.header_time(max(row.last_seen, briefing.generated_at))
                items.append(FrontItem(row.id, briefing, header, max(row.article_count, len(briefing.sources))))
        return items, total
    briefings = cache.get_many(store.briefing_ids(engine, limit, offset))
    items = [FrontItem(storyline_key(b), b, render.header_time(b.generated_at), len(b.sources)) for b in briefings]
    return items, store.count_briefings(engine)


def briefings_of_storyline(engine: Engine, storyline_id: str, limit: int = 100) -> list[Briefing]:
    """A storyline's briefings: its latest merged briefing (`storyline_briefing`) first, then its articles' newest
    first; an article id stands for a storyline of its own briefings."""
    articles = (
        store.storyline_briefings(engine, storyline_id, limit)
        or store.list_briefings(engine, limit, storyline_id=storyline_id)
        or store.briefings_of_article(engine, storyline_id)
    )
    merged = store.latest_storyline_briefing(engine, storyline_id) if articles else None
    return [merged, *articles[: limit - 1]] if merged is not None else articles
