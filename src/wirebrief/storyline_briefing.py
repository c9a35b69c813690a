"""One briefing for a whole storyline, merged from the briefings of its articles.

Plain merging of already-cited statements (no model, no re-annotation), newest article first:
- The Story comes from the newest article; key points, takeaways and impact from all articles,
  near-repeats dropped (the newest wording kept, citing every article that made the point);
- the timeline merges dated events across articles: events on the same date that say nearly
  the same thing become one event citing all the articles that report it;
- key players are merged by name, quotes by text, sources are every article;
- What's New: statements of the articles added since the previous storyline briefing that
  repeat nothing that briefing already said.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from .models import Briefing, Citation, KeyPlayer, Quote, Source, Statement, Storyline, TimelineEvent, content_id
from .text import terms

REPEAT_OVERLAP = 0.6  # share of the shorter statement's terms found in the other: a repeat
TIMELINE_OVERLAP = 0.4  # the same date is already strong evidence: a looser test for timeline events
MAX_KEY_POINTS = 8
MAX_TAKEAWAYS = 4
MAX_IMPACT = 3
MAX_WHATS_NEW = 5
MAX_PLAYERS = 10
MAX_QUOTES = 6


def storyline_briefing(
    storyline: Storyline,
    article_briefings: Sequence[Briefing],
    generated_at: datetime,
    previous: Briefing | None = None,
) -> Briefing:
    """Merge the briefings of a storyline's articles (oldest first) into one storyline briefing."""
    if not article_briefings:
        raise ValueError(f"storyline {storyline.id} has no briefed article")
    newest_first = list(reversed(article_briefings))
    latest = newest_first[0]
    sources = _sources(newest_first)
    return Briefing(
        id=content_id("storyline-briefing", storyline.id, *(s.article_id for s in sources)),
        storyline_id=storyline.id,
        generated_at=generated_at,
        title=latest.title,
        story=latest.story,
        key_points=_merge(_all(newest_first, "key_points"), MAX_KEY_POINTS, exclude=latest.story),
        key_takeaways=_merge(_all(newest_first, "key_takeaways"), MAX_TAKEAWAYS),
        impact_analysis=_merge(_all(newest_first, "impact_analysis"), MAX_IMPACT),
        timeline=merge_timeline(event for b in newest_first for event in b.timeline),
        key_players=_players(newest_first),
        quotes=_quotes(newest_first),
        sources=tuple(sources),
        whats_new=whats_new(newest_first, previous),
        writer=latest.writer,
    )


def whats_new(newest_first: Sequence[Briefing], previous: Briefing | None) -> tuple[Statement, ...]:
    """Statements of articles the previous briefing did not draw on that repeat nothing it said."""
    if previous is None:
        return ()
    known_articles = {s.article_id for s in previous.sources}
    said = [s.text for s in _prose(previous)]
    fresh = [b for b in newest_first if not {s.article_id for s in b.sources} <= known_articles]
    candidates = [s for b in fresh for s in (*b.story, *b.key_points)]
    novel = [s for s in candidates if not any(is_repeat(s.text, old) for old in said)]
    return _merge(novel, MAX_WHATS_NEW)


def merge_timeline(events: Iterable[TimelineEvent]) -> tuple[TimelineEvent, ...]:
    """One event per happening: same date and precision, nearly the same words → citations pooled."""
    merged: list[TimelineEvent] = []
    for event in events:
        for i, kept in enumerate(merged):
            same_day = kept.date == event.date and kept.precision == event.precision
            if same_day and is_repeat(kept.statement.text, event.statement.text, TIMELINE_OVERLAP):
                statement = Statement(kept.statement.text, _union(kept.statement.citations, event.statement.citations), kept.statement.support)
                merged[i] = TimelineEvent(kept.date, kept.text, statement, kept.precision)
                break
        else:
            merged.append(event)
    return tuple(sorted(merged, key=lambda e: e.date))


def is_repeat(a: str, b: str, overlap: float = REPEAT_OVERLAP) -> bool:
    """Whether two statements say nearly the same thing (term overlap relative to the shorter one)."""
    ta, tb = set(terms(a)), set(terms(b))
    if not ta or not tb:
        return a.strip().casefold() == b.strip().casefold()
    return len(ta & tb) / min(len(ta), len(tb)) >= overlap


def _all(briefings: Sequence[Briefing], field: str) -> list[Statement]:
    return [s for b in briefings for s in getattr(b, field)]


def _prose(briefing: Briefing) -> list[Statement]:
    return [*briefing.story, *briefing.key_points, *briefing.key_takeaways, *briefing.impact_analysis, *briefing.whats_new]


def _merge(statements: Iterable[Statement], limit: int, exclude: Sequence[Statement] = ()) -> tuple[Statement, ...]:
    """First wording of each point (input is newest first), citing every statement that repeats it."""
    kept: list[Statement] = []
    for statement in statements:
        if any(is_repeat(statement.text, s.text) for s in exclude):
            continue
        for i, point in enumerate(kept):
            if is_repeat(point.text, statement.text):
                kept[i] = Statement(point.text, _union(point.citations, statement.citations), point.support)
                break
        else:
            kept.append(statement)
    return tuple(kept[:limit])


def _union(a: Sequence[Citation], b: Sequence[Citation]) -> tuple[Citation, ...]:
    return tuple(dict.fromkeys([*map(tuple, a), *map(tuple, b)]))


def _sources(briefings: Sequence[Briefing]) -> list[Source]:
    seen: dict[str, Source] = {}
    for briefing in briefings:
        for source in briefing.sources:
            seen.setdefault(source.article_id, source)
    return list(seen.values())


def _players(briefings: Sequence[Briefing]) -> tuple[KeyPlayer, ...]:
    players: dict[str, KeyPlayer] = {}
    for briefing in briefings:
        for p in briefing.key_players:
            old = players.get(p.name.casefold())
            if old is None:
                players[p.name.casefold()] = p
            else:
                players[p.name.casefold()] = KeyPlayer(old.name, old.kind, old.role or p.role, old.mentions + p.mentions, _union(old.citations, p.citations))
    return tuple(sorted(players.values(), key=lambda p: -p.mentions)[:MAX_PLAYERS])


def _quotes(briefings: Sequence[Briefing]) -> tuple[Quote, ...]:
    kept: list[Quote] = []
    for briefing in briefings:
        for q in briefing.quotes:
            if not any(is_repeat(q.text, k.text) for k in kept):
                kept.append(q)
    return tuple(kept[:MAX_QUOTES])
