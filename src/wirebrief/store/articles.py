"""Documents, articles, sentences and briefings: saving them (with de-duplication) and reading them back.

Every public function takes the `Engine` returned by `connect` and raises `StoreError` on failure; those typed
`Engine | Connection` also take a connection of `write_transaction`, to run inside its transaction.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy import Column, ColumnElement, Connection, Engine, func, insert, or_, select
from sqlalchemy.exc import SQLAlchemyError

from ..errors import StoreError
from ..models import Article, Briefing, Document, Sentence, briefing_from_dict, to_dict
from .connection import _as_utc, _exists, _reading, _reason, _writing
from .feeds import _mark_entry
from .schema import (
    also_reported,
    article_bands,
    article_signatures,
    articles,
    briefings,
    documents,
    sentences,
    storyline_articles,
    storyline_briefings_table,
)

MIN_PREFIX = 4  # shortest id prefix accepted by get_briefing / get_article


@dataclass(frozen=True)
class SaveResult:
    document_id: str
    new_document: bool
    stored_articles: list[str]  # article ids newly stored
    duplicate_articles: list[str]  # ids of the already-stored articles (same id or same content)


@dataclass(frozen=True)
class StoryRow:
    """One line of `list_stories`: an article and its briefing."""

    article_id: str
    title: str
    source: str | None
    published: date | None
    briefing_id: str | None
    generated_at: datetime | None
    sentence_count: int


# --- writing -------------------------------------------------------------------------------


def content_hash(title: str, text: str) -> str:
    """Hash of the normalised title and text: the same story in another digest gets the same hash."""
    normalised = "\x1f".join(" ".join(part.split()).casefold() for part in (title, text))
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def save_document(
    engine: Engine,
    document: Document,
    briefed: Sequence[tuple[Article, Sequence[Sentence], Briefing]],
) -> SaveResult:
    """Store a document with its articles, sentences and briefings in one transaction.

    An article already stored (same id or same content hash) is skipped with its sentences
    and briefing, and reported in `duplicate_articles` under the id it is stored as.
    """
    stored: list[str] = []
    duplicates: list[str] = []
    try:
        with _writing(engine) as conn:
            new_document = not _exists(conn, documents, document.id)
            if new_document:
                conn.execute(insert(documents).values(_document_row(document)))
            for article, article_sentences, briefing in briefed:
                existing_id = _stored_article_id(conn, article)
                if existing_id is not None:
                    duplicates.append(existing_id)
                    continue
                conn.execute(insert(articles).values(_article_row(article)))
                if article_sentences:
                    conn.execute(insert(sentences), [_sentence_row(article.id, s) for s in article_sentences])
                if not _exists(conn, briefings, briefing.id):
                    conn.execute(insert(briefings).values(_briefing_row(briefing, article.id)))
                stored.append(article.id)
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot save document {document.id}: {_reason(exc)}") from exc
    return SaveResult(document.id, new_document, stored, duplicates)


def _stored_article_id(conn: Connection, article: Article) -> str | None:
    """Id of the stored article with this id or this content, if any."""
    same = or_(articles.c.id == article.id, articles.c.content_hash == content_hash(article.title, article.text))
    return conn.execute(select(articles.c.id).where(same).limit(1)).scalar()


def _document_row(document: Document) -> dict:
    return {
        "id": document.id,
        "origin": document.origin,
        "title": document.title,
        "url": document.url,
        "published": document.published,
        "site": document.site,
        "source_id": document.source_id,
        "ingested_at": datetime.now(timezone.utc),
    }


def _article_row(article: Article) -> dict:
    return {
        "id": article.id,
        "document_id": article.document_id,
        "title": article.title,
        "text": article.text,
        "url": article.url,
        "source": article.source,
        "published": article.published,
        "authors": list(article.authors),
        "language": article.language,
        "source_id": article.source_id,
        "content_hash": content_hash(article.title, article.text),
    }


def _sentence_row(article_id: str, sentence: Sentence) -> dict:
    return {
        "article_id": article_id,
        "idx": sentence.index,
        "text": sentence.text,
        "start": sentence.start,
        "end": sentence.end,
        "paragraph": sentence.paragraph,
    }


def _briefing_row(briefing: Briefing, article_id: str | None) -> dict:
    return {
        "id": briefing.id,
        "article_id": article_id,
        "storyline_id": briefing.storyline_id,
        "generated_at": _as_utc(briefing.generated_at),
        "title": briefing.title,
        "writer": briefing.writer,
        "data": to_dict(briefing),
    }


# --- reading -------------------------------------------------------------------------------


def list_stories(engine: Engine, limit: int = 50, offset: int = 0) -> list[StoryRow]:
    """Stored articles with their briefing, newest first (published date, then ingestion time)."""
    sentence_counts = (
        select(sentences.c.article_id, func.count().label("n")).group_by(sentences.c.article_id).subquery()
    )
    query = (
        select(
            articles.c.id,
            articles.c.title,
            articles.c.source,
            articles.c.published,
            briefings.c.id.label("briefing_id"),
            briefings.c.generated_at,
            func.coalesce(sentence_counts.c.n, 0).label("sentence_count"),
        )
        .select_from(
            articles.join(documents, articles.c.document_id == documents.c.id)
            .outerjoin(briefings, briefings.c.article_id == articles.c.id)
            .outerjoin(sentence_counts, sentence_counts.c.article_id == articles.c.id)
        )
        .order_by(articles.c.published.desc().nulls_last(), documents.c.ingested_at.desc(), articles.c.id)
        .limit(limit)
        .offset(offset)
    )
    with _reading(engine) as conn:
        rows = conn.execute(query).all()
    return [
        StoryRow(
            article_id=row.id,
            title=row.title,
            source=row.source,
            published=row.published,
            briefing_id=row.briefing_id,
            generated_at=_as_utc(row.generated_at) if row.generated_at else None,
            sentence_count=row.sentence_count,
        )
        for row in rows
    ]


def get_briefing(engine: Engine, id_or_prefix: str) -> Briefing:
    """The briefing with this id, or of the article with this id; a unique prefix of either works too."""
    key = id_or_prefix.strip()
    with _reading(engine) as conn:
        matches = {b for _, b in _matching_ids(conn, key) if b is not None}
        briefing_id = _single(matches, key, "briefing")
        data = conn.execute(select(briefings.c.data).where(briefings.c.id == briefing_id)).scalar_one()
    return briefing_from_dict(data)


def get_article(engine: Engine, id_or_prefix: str) -> tuple[Article, list[Sentence]]:
    """The article with this id, or the one a briefing with this id was made from (prefixes work too)."""
    key = id_or_prefix.strip()
    with _reading(engine) as conn:
        matches = {a for a, _ in _matching_ids(conn, key) if a is not None}
        article_id = _single(matches, key, "article")
        row = conn.execute(select(articles).where(articles.c.id == article_id)).one()
        sentence_rows = conn.execute(
            select(sentences).where(sentences.c.article_id == article_id).order_by(sentences.c.idx)
        ).all()
    article = Article(
        id=row.id,
        document_id=row.document_id,
        title=row.title,
        text=row.text,
        url=row.url,
        source=row.source,
        published=row.published,
        authors=tuple(row.authors or ()),
        language=row.language,
        source_id=row.source_id,
    )
    return article, [
        Sentence(article_id=s.article_id, index=s.idx, text=s.text, start=s.start, end=s.end, paragraph=s.paragraph)
        for s in sentence_rows
    ]


def counts(engine: Engine) -> dict[str, int]:
    """Number of rows per table: documents, articles, sentences, briefings."""
    with _reading(engine) as conn:
        return {
            table.name: conn.execute(select(func.count()).select_from(table)).scalar_one()
            for table in (documents, articles, sentences, briefings)
        }


def _matching_ids(conn: Connection, key: str) -> set[tuple[str | None, str | None]]:
    """(article id, briefing id) pairs whose article or briefing id equals `key`, else starts with it."""
    exact = _pairs(conn, key, prefix=False)
    if exact or len(key) < MIN_PREFIX:
        return exact
    return _pairs(conn, key, prefix=True)


def _pairs(conn: Connection, key: str, prefix: bool) -> set[tuple[str | None, str | None]]:
    def matches(column: Column) -> ColumnElement[bool]:
        # A prefix matches whatever the case, on every backend (SQLite's LIKE ignores ASCII case, PostgreSQL's does not).
        return column.istartswith(key, autoescape=True) if prefix else column == key

    by_briefing = select(briefings.c.article_id, briefings.c.id).where(matches(briefings.c.id))
    by_article = (
        select(articles.c.id, briefings.c.id)
        .select_from(articles.outerjoin(briefings, briefings.c.article_id == articles.c.id))
        .where(matches(articles.c.id))
    )
    return {(a, b) for a, b in conn.execute(by_briefing)} | {(a, b) for a, b in conn.execute(by_article)}


def _single(ids: set[str], key: str, kind: str) -> str:
    """The one id in `ids`, or a StoreError saying why there is not exactly one."""
    if len(ids) == 1:
        return next(iter(ids))
    if len(ids) > 1:
        raise StoreError(f"ambiguous id '{key}': matches {len(ids)} records")
    if len(key) < MIN_PREFIX:
        raise StoreError(f"no {kind} with id '{key}' (a prefix needs at least {MIN_PREFIX} characters)")
    raise StoreError(f"no {kind} matches id '{key}'")


# --- reading for the web app and feeds (exact ids only: a URL names one record) ------------


def list_briefings(engine: Engine, limit: int = 20, offset: int = 0, storyline_id: str | None = None) -> list[Briefing]:
    """Stored briefings, newest first; with `storyline_id`, only that storyline's."""
    query = select(briefings.c.data).order_by(*_NEWEST_FIRST).limit(limit).offset(offset)
    if storyline_id is not None:
        query = query.where(_of_storyline(storyline_id))
    with _reading(engine) as conn:
        return [briefing_from_dict(data) for data in conn.execute(query).scalars()]


def _of_storyline(storyline_id: str) -> ColumnElement[bool]:
    """Briefings of a storyline: its own, its articles', or (an article's id standing for one) that article's."""
    members = select(storyline_articles.c.article_id).where(storyline_articles.c.storyline_id == storyline_id)
    return or_(briefings.c.storyline_id == storyline_id, briefings.c.article_id.in_(members), briefings.c.article_id == storyline_id)


_NEWEST_FIRST = (briefings.c.generated_at.desc(), briefings.c.id.desc())  # both descending: one index serves it


def briefing_ids(engine: Engine, limit: int = 20, offset: int = 0) -> list[str]:
    """Ids of stored briefings, newest first (cheap: no briefing is read)."""
    query = select(briefings.c.id).order_by(*_NEWEST_FIRST).limit(limit).offset(offset)
    with _reading(engine) as conn:
        return list(conn.execute(query).scalars())


def find_briefings(engine: Engine, ids: Sequence[str]) -> dict[str, Briefing]:
    """The stored briefings among these ids, by id."""
    if not ids:
        return {}
    with _reading(engine) as conn:
        rows = conn.execute(select(briefings.c.id, briefings.c.data).where(briefings.c.id.in_(list(ids)))).all()
        missing = set(ids) - {row.id for row in rows}
        if missing:  # a storyline's merged briefing (its own table)
            table = storyline_briefings_table
            rows += conn.execute(select(table.c.id, table.c.data).where(table.c.id.in_(list(missing)))).all()
    return {row.id: briefing_from_dict(row.data) for row in rows}


def count_briefings(engine: Engine, storyline_id: str | None = None) -> int:
    query = select(func.count()).select_from(briefings)
    if storyline_id is not None:
        query = query.where(_of_storyline(storyline_id))
    with _reading(engine) as conn:
        return conn.execute(query).scalar_one()


def find_briefing(engine: Engine, briefing_id: str) -> Briefing | None:
    """The briefing with exactly this id, or None."""
    with _reading(engine) as conn:
        data = conn.execute(select(briefings.c.data).where(briefings.c.id == briefing_id)).scalar()
    return briefing_from_dict(data) if data is not None else None


def briefings_of_article(engine: Engine | Connection, article_id: str) -> list[Briefing]:
    """Briefings made from this article, newest first."""
    query = (
        select(briefings.c.data)
        .where(briefings.c.article_id == article_id)
        .order_by(briefings.c.generated_at.desc(), briefings.c.id)
    )
    with _reading(engine) as conn:
        return [briefing_from_dict(data) for data in conn.execute(query).scalars()]


def sentence_texts(engine: Engine | Connection, article_ids: Sequence[str]) -> dict[tuple[str, int], str]:
    """Text of every sentence of these articles, keyed like a citation: (article id, sentence index)."""
    if not article_ids:
        return {}
    query = select(sentences.c.article_id, sentences.c.idx, sentences.c.text).where(
        sentences.c.article_id.in_(sorted(set(article_ids)))
    )
    with _reading(engine) as conn:
        return {(row.article_id, row.idx): row.text for row in conn.execute(query)}


def find_article(engine: Engine, article_id: str) -> tuple[Article, list[Sentence]] | None:
    """The article with exactly this id and its sentences, or None."""
    with _reading(engine) as conn:
        found = conn.execute(select(articles.c.id).where(articles.c.id == article_id)).scalar()
    return get_article(engine, found) if found is not None else None


@dataclass(frozen=True)
class Duplicate:
    article_id: str  # the stored article this one copies
    similarity: float  # 1.0 for an exact copy


@dataclass(frozen=True)
class AlsoReported:
    origin: str
    url: str | None
    source: str | None
    title: str | None
    similarity: float


def save_deduplicated(
    engine: Engine | Connection,
    document: Document,
    briefed: Sequence[tuple[Article, Sequence[Sentence], Briefing]],
    *,
    seen_entry: tuple[str, str] | None = None,
) -> tuple[SaveResult, list[Duplicate]]:
    """Like `save_document`, and also drops near-duplicates of stored articles (recording this
    source in `also_reported`) and, with `seen_entry=(feed_url, entry_id)`, marks that feed entry
    handled in the same transaction, so a crash can neither lose it nor store it twice."""
    from .. import dedup

    stored: list[str] = []
    duplicates: list[Duplicate] = []
    now = datetime.now(timezone.utc)
    try:
        with _writing(engine) as conn:
            new_document = False
            for article, article_sentences, briefing in briefed:
                signature = dedup.signature(article.text)
                found = _find_duplicate(conn, article, signature)
                if found is not None:
                    duplicates.append(found)
                    _record_also_reported(conn, found, article, document, now)
                    continue
                if not new_document and not _exists(conn, documents, document.id):
                    conn.execute(insert(documents).values(_document_row(document)))
                    new_document = True
                conn.execute(insert(articles).values(_article_row(article)))
                if article_sentences:
                    conn.execute(insert(sentences), [_sentence_row(article.id, s) for s in article_sentences])
                if not _exists(conn, briefings, briefing.id):
                    conn.execute(insert(briefings).values(_briefing_row(briefing, article.id)))
                if signature is not None:
                    conn.execute(insert(article_signatures).values(article_id=article.id, signature=signature))
                    conn.execute(
                        insert(article_bands), [{"band_key": k, "article_id": article.id} for k in dedup.band_keys(signature)]
                    )
                stored.append(article.id)
            if seen_entry is not None:
                article_id = stored[0] if stored else (duplicates[0].article_id if duplicates else None)
                status = "stored" if stored else ("duplicate" if duplicates else "skipped")
                _mark_entry(conn, seen_entry, article_id, status, now)
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot save document {document.id}: {_reason(exc)}") from exc
    result = SaveResult(document.id, new_document, stored, [d.article_id for d in duplicates])
    return result, duplicates


def _find_duplicate(conn: Connection, article: Article, signature: list[int] | None) -> Duplicate | None:
    """The stored article with this id or content (similarity 1), else the most similar near-duplicate."""
    from .. import dedup

    exact = _stored_article_id(conn, article)
    if exact is not None:
        return Duplicate(exact, 1.0)
    if signature is None:
        return None
    candidates = select(article_bands.c.article_id).where(article_bands.c.band_key.in_(dedup.band_keys(signature)))
    rows = conn.execute(
        select(article_signatures.c.article_id, article_signatures.c.signature).where(
            article_signatures.c.article_id.in_(candidates.distinct())
        )
    ).all()
    scored = [(dedup.similarity(signature, row.signature), row.article_id) for row in rows]
    best = max(scored, default=None)
    if best is None or best[0] < dedup.NEAR_DUPLICATE_MIN_SIMILARITY:
        return None
    return Duplicate(best[1], best[0])


def _record_also_reported(conn: Connection, found: Duplicate, article: Article, document: Document, now: datetime) -> None:
    key = (also_reported.c.article_id == found.article_id) & (also_reported.c.origin == document.origin)
    stored_origin = conn.execute(
        select(documents.c.origin)
        .select_from(articles.join(documents, articles.c.document_id == documents.c.id))
        .where(articles.c.id == found.article_id)
    ).scalar()
    if stored_origin == document.origin or conn.execute(select(also_reported.c.origin).where(key)).first():
        return  # the same source again is not another report
    conn.execute(
        insert(also_reported).values(
            article_id=found.article_id,
            origin=document.origin,
            url=article.url or document.url,
            source=article.source or document.site,
            title=article.title,
            similarity=found.similarity,
            seen_at=now,
        )
    )


def also_reported_by(engine: Engine, article_id: str) -> list[AlsoReported]:
    """Other sources that carried this article (exact or near-duplicate copies), first seen first."""
    with _reading(engine) as conn:
        rows = conn.execute(
            select(also_reported).where(also_reported.c.article_id == article_id).order_by(also_reported.c.seen_at)
        ).all()
    return [AlsoReported(r.origin, r.url, r.source, r.title, r.similarity) for r in rows]
