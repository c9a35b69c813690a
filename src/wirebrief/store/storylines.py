"""Storylines in the store: membership, the change log other processes catch up from, and storyline briefings."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, Engine, delete, func, insert, or_, select, update
from sqlalchemy.exc import SQLAlchemyError

from ..errors import StoreError
from ..models import Article, Briefing, Storyline, briefing_from_dict, to_dict
from .articles import MIN_PREFIX
from .connection import _as_utc, _exists, _reading, _reason, _writing
from .schema import (
    articles,
    briefings,
    documents,
    storyline_articles,
    storyline_briefings_table,
    storyline_log,
    storylines,
)


@dataclass(frozen=True)
class StorylineRow:
    id: str
    title: str
    first_seen: datetime
    last_seen: datetime
    article_count: int


@dataclass(frozen=True)
class StorylineMember:
    """An article of a storyline, with what the assigner needs to put it back in its index."""

    storyline_id: str
    storyline_title: str
    article_id: str
    title: str
    text: str
    seen_at: datetime


@dataclass(frozen=True)
class StorylineChange:
    """One `storyline_log` entry: an article joined a storyline (`member`), or `storyline_id` was
    merged into `into_id`."""

    seq: int
    kind: str  # join | merge
    storyline_id: str
    into_id: str | None
    member: StorylineMember | None


def add_to_storyline(engine: Engine | Connection, storyline_id: str, title: str, article_id: str, seen_at: datetime) -> None:
    """Record `article_id` in the storyline, creating the storyline row when it is new."""
    seen_at = _as_utc(seen_at)
    try:
        with _writing(engine) as conn:
            linked = conn.execute(
                select(storyline_articles.c.storyline_id).where(storyline_articles.c.article_id == article_id)
            ).first()
            if linked is not None:
                return
            row = conn.execute(select(storylines).where(storylines.c.id == storyline_id)).first()
            if row is None:
                conn.execute(
                    insert(storylines).values(id=storyline_id, title=title, first_seen=seen_at, last_seen=seen_at, article_count=0)
                )
                first, last = seen_at, seen_at
            else:
                first, last = min(_as_utc(row.first_seen), seen_at), max(_as_utc(row.last_seen), seen_at)
            conn.execute(insert(storyline_articles).values(storyline_id=storyline_id, article_id=article_id, seen_at=seen_at))
            conn.execute(
                insert(storyline_log).values(kind="join", storyline_id=storyline_id, article_id=article_id, title=title, seen_at=seen_at)
            )
            conn.execute(
                update(storylines)
                .where(storylines.c.id == storyline_id)
                .values(first_seen=first, last_seen=last, article_count=storylines.c.article_count + 1)
            )
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot add article {article_id} to storyline {storyline_id}: {_reason(exc)}") from exc


def merge_storylines(engine: Engine | Connection, gone_id: str, keep_id: str) -> None:
    """Move every article of storyline `gone_id` into `keep_id` and drop `gone_id` with its briefings
    (one transaction); nothing happens when `gone_id` was never stored."""
    try:
        with _writing(engine) as conn:
            gone = conn.execute(select(storylines).where(storylines.c.id == gone_id)).first()
            keep = conn.execute(select(storylines).where(storylines.c.id == keep_id)).first()
            if gone is None or keep is None:
                return
            conn.execute(update(storyline_articles).where(storyline_articles.c.storyline_id == gone_id).values(storyline_id=keep_id))
            conn.execute(delete(storyline_briefings_table).where(storyline_briefings_table.c.storyline_id == gone_id))
            conn.execute(delete(storylines).where(storylines.c.id == gone_id))
            conn.execute(insert(storyline_log).values(kind="merge", storyline_id=gone_id, into_id=keep_id))
            conn.execute(
                update(storylines)
                .where(storylines.c.id == keep_id)
                .values(
                    first_seen=min(_as_utc(keep.first_seen), _as_utc(gone.first_seen)),
                    last_seen=max(_as_utc(keep.last_seen), _as_utc(gone.last_seen)),
                    article_count=keep.article_count + gone.article_count,
                )
            )
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot merge storyline {gone_id} into {keep_id}: {_reason(exc)}") from exc


def list_storylines(engine: Engine, limit: int = 50, offset: int = 0) -> list[StorylineRow]:
    """Storylines, most recently updated first."""
    query = (
        select(storylines)
        .order_by(storylines.c.last_seen.desc(), storylines.c.id)
        .limit(limit)
        .offset(offset)
    )
    with _reading(engine) as conn:
        rows = conn.execute(query).all()
    return [StorylineRow(r.id, r.title, _as_utc(r.first_seen), _as_utc(r.last_seen), r.article_count) for r in rows]


def find_storyline(engine: Engine | Connection, id_or_prefix: str) -> Storyline | None:
    """The storyline with this id (or unique prefix of at least MIN_PREFIX characters), or None."""
    key = id_or_prefix.strip()
    with _reading(engine) as conn:
        ids = set(conn.execute(select(storylines.c.id).where(storylines.c.id == key)).scalars())
        if not ids and len(key) >= MIN_PREFIX:
            ids = set(conn.execute(select(storylines.c.id).where(storylines.c.id.istartswith(key, autoescape=True))).scalars())
        if len(ids) > 1:
            raise StoreError(f"ambiguous id '{key}': matches {len(ids)} storylines")
        if not ids:
            return None
        row = conn.execute(select(storylines).where(storylines.c.id == ids.pop())).one()
        members = conn.execute(
            select(storyline_articles.c.article_id)
            .where(storyline_articles.c.storyline_id == row.id)
            .order_by(storyline_articles.c.seen_at, storyline_articles.c.article_id)
        ).scalars()
        article_ids = tuple(members)
    return Storyline(row.id, row.title, _as_utc(row.first_seen), _as_utc(row.last_seen), article_ids)


def recent_storyline_articles(engine: Engine | Connection, since: datetime) -> list[StorylineMember]:
    """Articles of every storyline last seen at or after `since`, oldest first."""
    query = (
        select(
            storyline_articles.c.storyline_id,
            storylines.c.title.label("storyline_title"),
            articles.c.id,
            articles.c.title,
            articles.c.text,
            storyline_articles.c.seen_at,
        )
        .select_from(
            storyline_articles.join(storylines, storylines.c.id == storyline_articles.c.storyline_id).join(
                articles, articles.c.id == storyline_articles.c.article_id
            )
        )
        .where(storylines.c.last_seen >= _as_utc(since))
        .order_by(storyline_articles.c.seen_at, articles.c.id)
    )
    with _reading(engine) as conn:
        rows = conn.execute(query).all()
    return [StorylineMember(r.storyline_id, r.storyline_title, r.id, r.title, r.text, _as_utc(r.seen_at)) for r in rows]


def storyline_log_since(engine: Engine | Connection, seq: int) -> list[StorylineChange]:
    """The storyline changes logged after sequence number `seq`, in order (joins with their article)."""
    query = (
        select(storyline_log, articles.c.title.label("article_title"), articles.c.text)
        .select_from(storyline_log.outerjoin(articles, articles.c.id == storyline_log.c.article_id))
        .where(storyline_log.c.seq > seq)
        .order_by(storyline_log.c.seq)
    )
    with _reading(engine) as conn:
        rows = conn.execute(query).all()
    changes = []
    for r in rows:
        member = None
        if r.kind == "join" and r.article_title is not None:
            member = StorylineMember(r.storyline_id, r.title, r.article_id, r.article_title, r.text, _as_utc(r.seen_at))
        changes.append(StorylineChange(r.seq, r.kind, r.storyline_id, r.into_id, member))
    return changes


def last_storyline_seq(engine: Engine | Connection) -> int:
    """The sequence number of the latest storyline change (0 when none was logged)."""
    with _reading(engine) as conn:
        return conn.execute(select(func.max(storyline_log.c.seq))).scalar() or 0


def articles_without_storyline(engine: Engine | Connection, article_ids: Sequence[str]) -> list[Article]:
    """The stored articles among these ids that are in no storyline (stored by a wirebrief that had none)."""
    if not article_ids:
        return []
    linked = select(storyline_articles.c.article_id).where(storyline_articles.c.article_id.in_(list(article_ids)))
    query = select(articles).where(articles.c.id.in_(list(article_ids)) & articles.c.id.not_in(linked))
    with _reading(engine) as conn:
        rows = conn.execute(query).all()
    return [
        Article(
            id=r.id, document_id=r.document_id, title=r.title, text=r.text, url=r.url, source=r.source, published=r.published,
            authors=tuple(r.authors or ()), language=r.language, source_id=r.source_id,
        )
        for r in rows
    ]


@dataclass(frozen=True)
class StorylineArticle:
    """An article of a storyline as `wirebrief stories --format json` lists it."""

    storyline_id: str
    article_id: str
    source_id: str | None
    title: str
    published: date | None
    source: str | None
    ingested_at: datetime


def articles_of_storylines(engine: Engine | Connection, storyline_ids: Sequence[str]) -> dict[str, list[StorylineArticle]]:
    """The articles of each storyline, oldest first by publication: the published date, else the day the
    article was stored; one day's articles in the order they were stored."""
    query = (
        select(
            storyline_articles.c.storyline_id,
            articles.c.id,
            articles.c.source_id,
            articles.c.title,
            articles.c.published,
            articles.c.source,
            documents.c.ingested_at,
        )
        .select_from(
            storyline_articles.join(articles, articles.c.id == storyline_articles.c.article_id).join(
                documents, documents.c.id == articles.c.document_id
            )
        )
        .where(storyline_articles.c.storyline_id.in_(list(storyline_ids)))
    )
    with _reading(engine) as conn:
        rows = conn.execute(query).all()
    found: dict[str, list[StorylineArticle]] = {storyline_id: [] for storyline_id in storyline_ids}
    for r in rows:
        stored = _as_utc(r.ingested_at)
        found[r.storyline_id].append(StorylineArticle(r.storyline_id, r.id, r.source_id, r.title, r.published, r.source, stored))
    for members in found.values():
        members.sort(key=lambda a: (a.published or a.ingested_at.date(), a.ingested_at, a.article_id))
    return found


def latest_storyline_seen(engine: Engine | Connection) -> datetime | None:
    with _reading(engine) as conn:
        value = conn.execute(select(func.max(storylines.c.last_seen))).scalar()
    return _as_utc(value) if value is not None else None


def storyline_of_article(engine: Engine | Connection, article_id: str) -> str | None:
    with _reading(engine) as conn:
        return conn.execute(
            select(storyline_articles.c.storyline_id).where(storyline_articles.c.article_id == article_id)
        ).scalar()


def storylines_of_articles(engine: Engine, article_ids: Sequence[str]) -> dict[str, str]:
    """The storyline of each of these articles that has one, by article id (one query)."""
    if not article_ids:
        return {}
    query = select(storyline_articles.c.article_id, storyline_articles.c.storyline_id).where(
        storyline_articles.c.article_id.in_(list(set(article_ids)))
    )
    with _reading(engine) as conn:
        return {row.article_id: row.storyline_id for row in conn.execute(query)}


def save_storyline_briefing(engine: Engine | Connection, briefing: Briefing) -> bool:
    """Store a storyline briefing; False when one with this id is stored already."""
    try:
        with _writing(engine) as conn:
            if _exists(conn, storyline_briefings_table, briefing.id):
                return False
            row = {
                "id": briefing.id,
                "storyline_id": briefing.storyline_id,
                "generated_at": _as_utc(briefing.generated_at),
                "data": to_dict(briefing),
            }
            conn.execute(insert(storyline_briefings_table).values(row))
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot save storyline briefing {briefing.id}: {_reason(exc)}") from exc
    return True


def latest_storyline_briefing(engine: Engine | Connection, storyline_id: str) -> Briefing | None:
    """The storyline's newest briefing, or None."""
    query = (
        select(storyline_briefings_table.c.data)
        .where(storyline_briefings_table.c.storyline_id == storyline_id)
        .order_by(storyline_briefings_table.c.generated_at.desc(), storyline_briefings_table.c.id)
        .limit(1)
    )
    with _reading(engine) as conn:
        data = conn.execute(query).scalar()
    return briefing_from_dict(data) if data is not None else None


# --- storylines for the web app and feeds --------------------------------------------------


def count_storylines(engine: Engine) -> int:
    with _reading(engine) as conn:
        return conn.execute(select(func.count()).select_from(storylines)).scalar_one()


def storyline_briefings(engine: Engine, storyline_id: str, limit: int = 50) -> list[Briefing]:
    """Briefings of a storyline, newest first: its own, and those of the articles in it."""
    members = select(storyline_articles.c.article_id).where(storyline_articles.c.storyline_id == storyline_id)
    query = (
        select(briefings.c.data)
        .where(or_(briefings.c.storyline_id == storyline_id, briefings.c.article_id.in_(members)))
        .order_by(briefings.c.generated_at.desc(), briefings.c.id)
        .limit(limit)
    )
    with _reading(engine) as conn:
        return [briefing_from_dict(data) for data in conn.execute(query).scalars()]


def latest_briefing_ids_of_storylines(engine: Engine, storyline_ids: Sequence[str]) -> dict[str, str]:
    """The id of each storyline's latest briefing, as `latest_storyline_briefing` gives it, else of its newest in
    `storyline_briefings` (`find_briefings` reads either): two queries for any number of storylines."""
    if not storyline_ids:
        return {}
    ids = list(dict.fromkeys(storyline_ids))
    table = storyline_briefings_table
    newest = func.row_number().over(
        partition_by=table.c.storyline_id, order_by=(table.c.generated_at.desc(), table.c.id)
    ).label("n")
    merged = select(table.c.storyline_id, table.c.id, newest).where(table.c.storyline_id.in_(ids)).subquery()
    with _reading(engine) as conn:
        found = {row.storyline_id: row.id for row in conn.execute(select(merged.c.storyline_id, merged.c.id).where(merged.c.n == 1))}
        missing = [i for i in ids if i not in found]
        if missing:  # no merged briefing yet: the newest of its own and its articles' briefings
            by_member = select(storyline_articles.c.storyline_id.label("sid"), briefings.c.id, briefings.c.generated_at).join(
                storyline_articles, storyline_articles.c.article_id == briefings.c.article_id
            ).where(storyline_articles.c.storyline_id.in_(missing))
            by_own = select(briefings.c.storyline_id.label("sid"), briefings.c.id, briefings.c.generated_at).where(
                briefings.c.storyline_id.in_(missing)
            )
            both = by_member.union_all(by_own).subquery()
            rank = func.row_number().over(partition_by=both.c.sid, order_by=(both.c.generated_at.desc(), both.c.id)).label("n")
            ranked = select(both.c.sid, both.c.id, rank).subquery()
            found |= {row.sid: row.id for row in conn.execute(select(ranked.c.sid, ranked.c.id).where(ranked.c.n == 1))}
    return found
