"""Plain data passed between the stages: frozen dataclasses, JSON-serialisable with `to_dict`."""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any


def content_id(*parts: str, length: int = 16) -> str:
    """Stable hex id of some text: the same content always gets the same id."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


@dataclass(frozen=True)
class Document:
    """What a source gave us, before segmentation: one file, one stdin read, one JSONL row, one page."""

    id: str
    origin: str  # path, "-" for stdin, or URL
    text: str  # plain text (HTML already extracted)
    title: str | None = None
    url: str | None = None
    published: date | None = None
    authors: tuple[str, ...] = ()
    site: str | None = None
    language: str | None = None
    source_id: str | None = None  # the caller's id (JSONL `id`), carried to every output row
    single_article: bool = False  # True: never split into several stories (JSONL rows, extracted pages)


@dataclass(frozen=True)
class Article:
    """One clean story: headline and body paragraphs separated by blank lines."""

    id: str
    document_id: str
    title: str
    text: str
    url: str | None = None
    source: str | None = None  # site or origin the article came from
    published: date | None = None
    authors: tuple[str, ...] = ()
    language: str | None = "en"
    source_id: str | None = None


@dataclass(frozen=True)
class Sentence:
    article_id: str
    index: int
    text: str
    start: int  # character offsets into Article.text
    end: int
    paragraph: int = 0


Citation = tuple[str, int]  # (article_id, sentence index)


@dataclass(frozen=True)
class Statement:
    text: str
    citations: tuple[Citation, ...] = ()
    support: float | None = None


@dataclass(frozen=True)
class TimelineEvent:
    date: date
    text: str  # the date as written ("Wednesday", "in June last year")
    statement: Statement
    precision: str = "day"  # day | month | season | year | decade (`dates.label` writes each)


@dataclass(frozen=True)
class KeyPlayer:
    name: str
    kind: str  # PERSON | ORG | GPE | NORP
    role: str | None
    mentions: int
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class Quote:
    text: str
    speaker: str | None
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class Source:
    article_id: str
    title: str
    url: str | None = None
    source: str | None = None
    published: date | None = None
    source_id: str | None = None


@dataclass(frozen=True)
class Briefing:
    id: str
    storyline_id: str | None
    generated_at: datetime
    title: str
    story: tuple[Statement, ...]
    key_points: tuple[Statement, ...]
    key_takeaways: tuple[Statement, ...]
    impact_analysis: tuple[Statement, ...]
    timeline: tuple[TimelineEvent, ...] = ()
    key_players: tuple[KeyPlayer, ...] = ()
    quotes: tuple[Quote, ...] = ()
    sources: tuple[Source, ...] = ()
    whats_new: tuple[Statement, ...] = ()
    writer: str = "extractive"


@dataclass(frozen=True)
class Storyline:
    id: str
    title: str
    first_seen: datetime
    last_seen: datetime
    article_ids: tuple[str, ...] = ()


def to_dict(obj: Any) -> Any:
    """Recursively turn dataclasses (and dates) into JSON-ready values."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [to_dict(v) for v in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    if isinstance(obj, (datetime, date)):
        return obj.isoformat()
    return obj


def briefing_from_dict(d: dict) -> Briefing:
    """Inverse of `to_dict` for a Briefing: rebuild nested dataclasses, tuples, dates and datetimes."""
    return _converter(Briefing)(d)  # missing keys take the field default, unknown keys are ignored


@functools.lru_cache(maxsize=None)
def _converter(tp: Any) -> Callable[[Any], Any] | None:
    """A function turning a JSON value into `tp` (None where the value is used as it is).

    Built once per type: resolving annotations on every read was most of the cost of reading a briefing.
    """
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        kinds = [a for a in args if a is not type(None)]
        return _converter(kinds[0]) if len(kinds) == 1 else None
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            item = _converter(args[0])
            if item is None:
                return lambda value: None if value is None else tuple(value)
            return lambda value: None if value is None else tuple([item(v) if v is not None else None for v in value])
        items = [_converter(a) for a in args]
        return lambda value: None if value is None else tuple(
            v if convert is None or v is None else convert(v) for convert, v in zip(items, value)
        )
    if dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        fields = [(f.name, _converter(hints[f.name])) for f in dataclasses.fields(tp)]

        def build(d: Any) -> Any:
            if d is None:
                return None
            kwargs = {}
            for name, convert in fields:
                if name in d:
                    value = d[name]
                    kwargs[name] = value if convert is None or value is None else convert(value)
            return tp(**kwargs)

        return build
    if tp is datetime:
        return lambda value: None if value is None else datetime.fromisoformat(value)
    if tp is date:
        return lambda value: None if value is None else date.fromisoformat(value)
    return None


# What a section with nothing in it says, rather than a bare heading. The extractive writer leaves a
# section empty only where no sentence of the source qualifies for it (none other that stands on its
# own, or none that looks ahead): `wirebrief eval briefings` checks that claim (`briefing_checks.could_fill`).
# A section can also be empty because the verifier held back every statement it had (an llm writer's,
# mostly), or, in a storyline briefing, because no source's briefing had one: the line is then less
# exact, and no check covers it.
ABSENT = {
    "key_points": "No further point in the {source} stands on its own.",
    "key_takeaways": "No further position or stake in the {source} stands on its own.",
    "impact_analysis": "Nothing further in the {source} looks ahead.",
}
# Impact Analysis with nothing in it where a statement shown above gives a date to come (the decider "on
# Wednesday" in The Story): "Nothing further" would read as "nothing at all".
ABSENT_AHEAD_ABOVE = "Nothing in the {source} looks ahead beyond the dates to come stated above."
