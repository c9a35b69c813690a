"""One briefing for a whole storyline, merged from the briefings of its articles.

Plain merging of already-cited statements (no model, no re-annotation). Articles are ordered by
publication (their date, else the day they were briefed; the same day: in the order briefed):
- the title and The Story come from the latest article;
- key points (the latest article's, then the older articles' leads and key points), takeaways and
  impact: each fact stated once, in the newest wording, citing every article that reports it (a
  statement that adds nothing to one already placed, in any section, lends it its citations;
  `supporting_citations` then keeps only the articles whose own sentences bear it out);
- the timeline merges dated events across articles: events on the same date that say nearly
  the same thing become one event citing all the articles that report it;
- key players are merged by name, quotes by text, sources are every article, newest first;
- What's New: what the articles of the latest publication day say that the articles published
  before them did not. A late-arriving older article never makes What's New. In a storyline of one
  publication day, it is what the articles briefed since the previous storyline briefing add to it.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timezone

from ..models import Briefing, Citation, KeyPlayer, Quote, Source, Statement, Storyline, TimelineEvent, content_id
from ..text import terms
from ..verify import PROSE_SECTIONS, Gate

REPEAT_OVERLAP = 0.6  # share of the shorter statement's terms found in the other: a repeat
TIMELINE_OVERLAP = 0.4  # the same date is already strong evidence: a looser test for timeline events
MAX_KEY_POINTS = 8
MAX_TAKEAWAYS = 4
MAX_IMPACT = 3
MAX_WHATS_NEW = 5
MAX_PLAYERS = 10
MAX_QUOTES = 6
MERGED_SECTIONS = ("story", "key_points", "key_takeaways", "impact_analysis")  # a fact appears in one of them only


def storyline_briefing(
    storyline: Storyline,
    article_briefings: Sequence[Briefing],
    generated_at: datetime,
    previous: Briefing | None = None,
) -> Briefing:
    """Merge the briefings of a storyline's articles (in any order) into one storyline briefing."""
    if not article_briefings:
        raise ValueError(f"storyline {storyline.id} has no briefed article")
    ordered = by_publication(article_briefings)
    newest_first = list(reversed(ordered))
    latest = newest_first[0]
    sources = _sources(newest_first)
    sections = _merged_sections(latest, newest_first)
    return Briefing(
        id=content_id("storyline-briefing", storyline.id, *(s.article_id for s in sources)),
        storyline_id=storyline.id,
        generated_at=generated_at,
        title=latest.title,
        story=sections["story"],
        key_points=sections["key_points"],
        key_takeaways=sections["key_takeaways"],
        impact_analysis=sections["impact_analysis"],
        timeline=merge_timeline(event for b in newest_first for event in b.timeline),
        key_players=_players(newest_first),
        quotes=_quotes(newest_first),
        sources=tuple(sources),
        whats_new=whats_new(ordered, previous),
        writer=latest.writer,
    )


def published_day(briefing: Briefing) -> date:
    """The day an article's briefing reports from: the article's publication date, else the day it was briefed."""
    published = next((s.published for s in briefing.sources if s.published), None)
    return published or _utc(briefing.generated_at).date()


def by_publication(briefings: Sequence[Briefing]) -> list[Briefing]:
    """Oldest first by publication day; articles of one day in the order they were briefed (the same second:
    in the order given)."""
    return sorted(briefings, key=lambda b: (published_day(b), _utc(b.generated_at)))


def whats_new(ordered: Sequence[Briefing], previous: Briefing | None) -> tuple[Statement, ...]:
    """What the latest publication day's articles say that nothing published before them said.

    `ordered`: the article briefings, oldest first (`by_publication`). When every article is of one day,
    publication cannot order them: the articles the previous storyline briefing did not draw on, against
    what it said.
    """
    if not ordered:
        return ()
    last_day = published_day(ordered[-1])
    newest = [b for b in ordered if published_day(b) == last_day]
    earlier = [b for b in ordered if published_day(b) < last_day]
    if earlier:
        said = [s.text for b in earlier for s in _prose(b)]
        fresh = newest
    elif previous is not None:
        known_articles = {s.article_id for s in previous.sources}
        said = [s.text for s in _prose(previous)]
        fresh = [b for b in newest if not {s.article_id for s in b.sources} <= known_articles]
    else:
        return ()
    candidates = [s for b in reversed(fresh) for s in (*b.story, *b.key_points)]
    novel = [s for s in candidates if not any(adds_nothing(s.text, old) for old in said)]
    return _merge(novel, MAX_WHATS_NEW)


def supporting_citations(briefing: Briefing, gate: Gate) -> Briefing:
    """Each merged statement cites only the articles whose own cited sentences support it (a second outlet
    giving another figure is not cited for the first one's); a statement no article supports is left for the
    gate (`verify.publish`) to drop."""

    def pruned(statement: Statement) -> Statement:
        by_article: dict[str, list[Citation]] = {}
        for citation in statement.citations:
            by_article.setdefault(citation[0], []).append(tuple(citation))
        if len(by_article) < 2:
            return statement
        kept = [c for cited in by_article.values() if gate.judge(statement.text, cited).supported for c in cited]
        return Statement(statement.text, tuple(kept), statement.support) if kept else statement

    changes = {section: tuple(pruned(s) for s in getattr(briefing, section)) for section in PROSE_SECTIONS}
    timeline = tuple(TimelineEvent(e.date, e.text, pruned(e.statement), e.precision) for e in briefing.timeline)
    return dataclasses.replace(briefing, **changes, timeline=timeline)


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
    """Whether two statements say nearly the same thing: term overlap relative to the shorter one, and
    figures that agree (see `adds_nothing`)."""
    (ta, na), (tb, nb) = _facts(a), _facts(b)
    if na and nb and not (na <= nb or nb <= na):
        return False
    if not ta or not tb:
        return a.strip().casefold() == b.strip().casefold()
    return len(ta & tb) / min(len(ta), len(tb)) >= overlap


def adds_nothing(candidate: str, kept: str, overlap: float = REPEAT_OVERLAP) -> bool:
    """Whether `candidate` states no fact `kept` does not: most of its terms are in `kept`, and it gives no
    figure `kept` does not ("nine killed" adds to "seven killed": two reports, not one fact)."""
    (tc, nc), (tk, nk) = _facts(candidate), _facts(kept)
    if not nc <= nk:
        return False
    if not tc:
        return candidate.strip().casefold() == kept.strip().casefold()
    return len(tc & tk) / len(tc) >= overlap


_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")
NUMBER_WORDS = frozenset(
    """two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
    eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion
    trillion dozen""".split()
)


def numbers(text: str) -> frozenset[str]:
    """The figures a statement gives: digits (thousands separators dropped) and number words."""
    found = {m.group().replace(",", "") for m in _NUMBER_RE.finditer(text)}
    found |= {w.rstrip("s") for w in re.findall(r"[a-z]+", text.lower()) if w.rstrip("s") in NUMBER_WORDS}
    return frozenset(found)


@functools.lru_cache(maxsize=1 << 14)  # every statement is compared with many others
def _facts(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """A statement's terms and figures."""
    return frozenset(terms(text)), numbers(text)


def _merged_sections(latest: Briefing, newest_first: Sequence[Briefing]) -> dict[str, tuple[Statement, ...]]:
    """The Story (the latest article's), Key Points, Key Takeaways and Impact Analysis with each fact once:
    a statement repeating one already placed, in any section, adds its citations there."""
    placed: dict[str, list[Statement]] = {section: [] for section in MERGED_SECTIONS}
    limits = {"story": len(latest.story), "key_points": MAX_KEY_POINTS, "key_takeaways": MAX_TAKEAWAYS, "impact_analysis": MAX_IMPACT}

    def place(statement: Statement, section: str) -> None:
        for kept in placed.values():
            for i, point in enumerate(kept):
                if adds_nothing(statement.text, point.text):
                    kept[i] = Statement(point.text, _union(point.citations, statement.citations), point.support)
                    return
        if len(placed[section]) < limits[section]:
            placed[section].append(statement)

    for statement in latest.story:
        place(statement, "story")
    for briefing in newest_first:  # an older article's lead is a key point of the storyline
        for statement in (*(briefing.story if briefing is not latest else ()), *briefing.key_points):
            place(statement, "key_points")
    for section in ("key_takeaways", "impact_analysis"):
        for briefing in newest_first:
            for statement in getattr(briefing, section):
                place(statement, section)
    return {section: tuple(kept) for section, kept in placed.items()}


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


def _prose(briefing: Briefing) -> list[Statement]:
    return [*briefing.story, *briefing.key_points, *briefing.key_takeaways, *briefing.impact_analysis, *briefing.whats_new]


def _merge(statements: Iterable[Statement], limit: int) -> tuple[Statement, ...]:
    """First wording of each point (input is newest first), citing every statement that repeats it."""
    kept: list[Statement] = []
    for statement in statements:
        for i, point in enumerate(kept):
            if adds_nothing(statement.text, point.text):
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
