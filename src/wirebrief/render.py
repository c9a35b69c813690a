"""Render briefings: markdown in the seed format, JSON and JSON Lines."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from .dates import label as date_label
from .models import ABSENT, ABSENT_AHEAD_ABOVE, Briefing, Citation, Source, Statement, to_dict
from .outlets import reader_name

if TYPE_CHECKING:
    from .annotate import AnnotatedArticle

# Looks up the text of a cited sentence; None when the caller has no sentences at hand.
SentenceLookup = Callable[[Citation], str | None]


def header_time(moment: datetime) -> str:
    """The `date` command's layout, in UTC: 'Sun Jan 25 04:53:41 UTC 2026'."""
    moment = moment.astimezone(timezone.utc)
    return f"{moment:%a %b} {moment.day:2d} {moment:%H:%M:%S} UTC {moment.year}"


def absent(briefing: Briefing, section: str) -> str:
    """The line a section with nothing in it shows (`ABSENT`; for Impact Analysis, `ABSENT_AHEAD_ABOVE`
    where a statement shown above gives a date to come)."""
    line = ABSENT[section]
    if section == "impact_analysis" and _dates_to_come_above(briefing):
        line = ABSENT_AHEAD_ABOVE
    return line.format(source="sources" if len(briefing.sources) > 1 else "source")


def _dates_to_come_above(briefing: Briefing) -> bool:
    """Does The Story, a Key Point or a Key Takeaway say what comes (a plain future cue: will, is set to
    …, `compose.says_what_comes`) on a date after publication (read off its words, no dateline)?"""
    from .annotate._common import DATELINE
    from .annotate.dating import skimmed_dates  # the date reader: imported when a section is empty
    from .compose import says_what_comes

    published = next((s.published for s in briefing.sources if s.published), None)
    if published is None:
        return False
    shown = (*briefing.story, *briefing.key_points, *briefing.key_takeaways)
    return any(says_what_comes(s.text) and any(m.upcoming and m.dates_event and m.role != DATELINE for m in skimmed_dates(s.text, published))
               for s in shown)


def to_markdown(briefing: Briefing, *, citations: bool = False, extras: bool = False, lookup: SentenceLookup | None = None) -> str:
    """The seed format: header line, The Story, Key Points, Key Takeaways, Impact Analysis.

    With `citations`, every statement ends in [n] markers and a numbered list of the cited sentences
    follows; with `extras`, the timeline, key players and quotes follow too.
    """
    numbers: dict[Citation, int] = {}

    def cite(statement: Statement) -> str:
        if not citations or not statement.citations:
            return statement.text
        marks = []
        for citation in statement.citations:
            numbers.setdefault(tuple(citation), len(numbers) + 1)
            marks.append(f"[{numbers[tuple(citation)]}]")
        return f"{statement.text} {''.join(marks)}"

    lines = [f"{header_time(briefing.generated_at)}: # {briefing.title}", "The Story:"]
    lines.append(" ".join(cite(s) for s in briefing.story))
    lines.append("Key Points:")
    lines += [f"- {cite(s)}" for s in briefing.key_points] or [absent(briefing, "key_points")]
    lines.append("Key Takeaways:")
    lines += [f"- {cite(s)}" for s in briefing.key_takeaways] or [absent(briefing, "key_takeaways")]
    lines.append("Impact Analysis:")
    lines.append(" ".join(cite(s) for s in briefing.impact_analysis) or absent(briefing, "impact_analysis"))
    if briefing.whats_new:
        lines.append("What's New:")
        lines += [f"- {cite(s)}" for s in briefing.whats_new]
    if extras:
        if briefing.timeline:
            lines.append("Timeline:")
            lines += [f"- {date_label(e.date, e.precision)}: {cite(e.statement)}" for e in briefing.timeline]
        if briefing.key_players:
            lines.append("Key Players:")
            lines += [f"- {p.name}" + (f", {p.role}" if p.role else "") for p in briefing.key_players]
        if briefing.quotes:
            lines.append("Quotes:")
            lines += [f"- {q.text} — {q.speaker}" for q in briefing.quotes]  # closed by compose (`closed_quote`)
    if citations and numbers:
        named = {s.article_id: source_label(s) for s in briefing.sources}
        lines.append("Sources:")
        for citation, n in numbers.items():
            article_id, index = citation
            text = lookup(citation) if lookup else None
            where = f"{named.get(article_id, article_id)}, sentence {index + 1}"
            lines.append(f"[{n}] {where}" + (f": {text}" if text else ""))
    return "\n".join(lines)


def source_label(source: Source) -> str:
    """How the markdown names a cited article: its title and its outlet ("Talks resume (Reuters)")."""
    outlet = reader_name(source.source)
    return f"{source.title} ({outlet})" if outlet else source.title


def named_sources(briefing: Briefing) -> tuple[Source, ...]:
    """The briefing's sources, each named by its outlet (a file path a store kept from before is not shown)."""
    return tuple(dataclasses.replace(s, source=reader_name(s.source)) for s in briefing.sources)


def to_json_dict(briefing: Briefing, *, lookup: SentenceLookup | None = None, source_id: str | None = None) -> dict:
    """The whole briefing; with `lookup`, every citation also carries the cited sentence's text."""
    data = to_dict(dataclasses.replace(briefing, sources=named_sources(briefing)))
    data["source_id"] = source_id if source_id is not None else next((s.source_id for s in briefing.sources if s.source_id), None)
    if lookup:
        data["cited_sentences"] = {
            f"{article_id}:{index}": lookup((article_id, index)) for article_id, index in sorted(_all_citations(briefing))
        }
    return data


def to_json(briefings: Sequence[Briefing], *, lookup: SentenceLookup | None = None) -> str:
    return json.dumps([to_json_dict(b, lookup=lookup) for b in briefings], ensure_ascii=False, indent=2)


def to_jsonl(briefings: Sequence[Briefing], *, lookup: SentenceLookup | None = None) -> str:
    return "\n".join(json.dumps(to_json_dict(b, lookup=lookup), ensure_ascii=False) for b in briefings)


def _all_citations(briefing: Briefing) -> set[Citation]:
    statements = [*briefing.story, *briefing.key_points, *briefing.key_takeaways, *briefing.impact_analysis, *briefing.whats_new]
    statements += [e.statement for e in briefing.timeline]
    cited = {tuple(c) for s in statements for c in s.citations}
    cited |= {tuple(c) for p in briefing.key_players for c in p.citations}
    cited |= {tuple(c) for q in briefing.quotes for c in q.citations}
    return cited


PLAYER_KINDS = {"PERSON": "person", "ORG": "organization"}


def _own_words(quote, quotes) -> str:
    """A quotation's text with the quotations inside it (listed on their own, with another
    speaker or none) cut to "…": each quotation's words are attributed once, and words the speaker
    only reports ("He said, ‘If you keep …’") are not given to the one reporting them. One the
    speaker quotes from themselves ("I told him, ‘…’") stays in: the same words, the same speaker."""
    text = quote.text
    for other in quotes:
        if len(other.text) < len(quote.text) and other.citations == quote.citations and other.text in text and other.speaker != quote.speaker:
            text = text.replace(other.text, "…")
    return text


def annotation_row(notes: AnnotatedArticle) -> dict:
    """One article's annotations, in the schema of the annotation scorer (shared/eval): every
    quotation with its speaker (null when unsure; a quotation holding words someone else said has them cut,
    `_own_words`, and the one inside is listed on its own), every date with its resolved value, and the
    people and organisations named, with the role the text gives them. The dates of the lines the segmenter
    took out of the article (captions, correction notes: `AnnotatedArticle.furniture`) follow its own, marked
    `"furniture": true` and without a sentence index (no sentence of the article holds them); a publication stamp's
    days are marked `"stamp": true` too."""
    article = notes.article
    return {
        "source_id": article.source_id if article.source_id is not None else article.id,
        "article_id": article.id,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "quotes": [{"quote": _own_words(q, notes.quotes).strip("“”\"‘’' "), "speaker": q.speaker, "citations": [list(c) for c in q.citations]} for q in notes.quotes],
        "dates": [
            {
                "expression": m.resolved.text,
                "sentence": info.sentence.text,
                "value": m.resolved.value,
                "granularity": m.resolved.precision,
                "tense": "future" if m.upcoming else "past",
                "sentence_index": info.sentence.index,
            }
            for info in notes.sentences
            for m in info.dates
            if not m.resolved.is_vague
        ] + [
            {  # a date of a line the segmenter took out of the article (a caption, a correction note): never briefed
                "expression": m.resolved.text,
                "sentence": info.sentence.text,
                "value": m.resolved.value,
                "granularity": m.resolved.precision,
                "tense": "future" if m.upcoming else "past",
                "furniture": True,
                **({"stamp": True} if m.role == "stamp" else {}),  # when the page was published or updated
            }
            for info in notes.furniture
            for m in info.dates
            if not m.resolved.is_vague
        ],
        "players": [
            {"name": p.name, "kind": PLAYER_KINDS[p.kind], "role": p.role, "mentions": p.mentions}
            for p in notes.players
            if p.kind in PLAYER_KINDS
        ],
    }
