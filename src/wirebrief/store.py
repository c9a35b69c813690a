"""Persistence: documents, articles, sentences and briefings in SQLite (default) or PostgreSQL.

SQLAlchemy Core only, portable column types, no dialect-specific SQL. Every public
function takes the `Engine` returned by `connect` and raises `StoreError` on failure.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from sqlalchemy import (
    JSON,
    Column,
    Connection,
    Date,
    DateTime,
    Engine,
    ColumnElement,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    func,
    insert,
    or_,
    select,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from .errors import StoreError
from .models import Article, Briefing, Document, Sentence, briefing_from_dict, to_dict

SCHEMA_VERSION = "1"
MIN_PREFIX = 4  # shortest id prefix accepted by get_briefing / get_article

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("id", String(64), primary_key=True),  # content hash
    Column("origin", Text, nullable=False),
    Column("title", Text),
    Column("url", Text),
    Column("published", Date),
    Column("site", String(255)),
    Column("source_id", String(255)),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("document_id", String(64), ForeignKey("documents.id"), nullable=False, index=True),
    Column("title", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("url", Text),
    Column("source", String(255)),
    Column("published", Date),
    Column("authors", JSON, nullable=False),
    Column("language", String(16)),
    Column("source_id", String(255)),
    Column("content_hash", String(64), nullable=False, unique=True),
)

sentences = Table(
    "sentences",
    metadata,
    Column("article_id", String(64), ForeignKey("articles.id"), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("paragraph", Integer, nullable=False),
)

briefings = Table(
    "briefings",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("article_id", String(64), ForeignKey("articles.id"), nullable=True, index=True),
    Column("storyline_id", String(64), nullable=True, index=True),
    Column("generated_at", DateTime(timezone=True), nullable=False),
    Column("title", Text, nullable=False),
    Column("writer", String(64), nullable=False),
    Column("data", JSON, nullable=False),  # to_dict(briefing)
)

meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)


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


# --- opening -------------------------------------------------------------------------------


def connect(url: str) -> Engine:
    """Open (creating if needed) the database at `url`; tables are created on first use."""
    try:
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
            if not parsed.database.startswith("file:"):
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed)
        if engine.dialect.name == "sqlite":
            _configure_sqlite(engine)
        with engine.begin() as conn:
            metadata.create_all(conn)
            version = conn.execute(select(meta.c.value).where(meta.c.key == "schema_version")).scalar()
            if version is None:
                conn.execute(insert(meta).values(key="schema_version", value=SCHEMA_VERSION))
    except (SQLAlchemyError, OSError, ImportError, ValueError) as exc:
        raise StoreError(f"cannot open database {_hide_password(url)}: {_reason(exc)}") from exc
    if version not in (None, SCHEMA_VERSION):
        engine.dispose()
        raise StoreError(
            f"cannot open database {_hide_password(url)}: schema version {version}, "
            f"this wirebrief expects {SCHEMA_VERSION}"
        )
    return engine


def _configure_sqlite(engine: Engine) -> None:
    """Foreign keys on, WAL journal, and real BEGIN so transactions cover reads and writes alike."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        dbapi_connection.isolation_level = None  # let SQLAlchemy emit BEGIN itself (see below)
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # type: ignore[no-untyped-def]
        conn.exec_driver_sql("BEGIN")


def _hide_password(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # unparsable URL: mask anything between "user:" and "@"
        return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", url)


def _reason(exc: BaseException) -> str:
    """One-line cause of a database error, without SQLAlchemy's [SQL: ...] trailer."""
    cause = getattr(exc, "orig", None) or exc
    text = str(cause).strip() or type(cause).__name__
    return text.splitlines()[0]


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
        with engine.begin() as conn:
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


def _exists(conn: Connection, table: Table, row_id: str) -> bool:
    return conn.execute(select(table.c.id).where(table.c.id == row_id)).first() is not None


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


def _as_utc(moment: datetime) -> datetime:
    """Aware UTC datetime; naive values (SQLite gives those back) are taken to be UTC already."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


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


@contextmanager
def _reading(engine: Engine) -> Iterator[Connection]:
    """A connection whose database errors come out as StoreError."""
    try:
        with engine.connect() as conn:
            yield conn
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot read database: {_reason(exc)}") from exc


def _matching_ids(conn: Connection, key: str) -> set[tuple[str | None, str | None]]:
    """(article id, briefing id) pairs whose article or briefing id equals `key`, else starts with it."""
    exact = _pairs(conn, key, prefix=False)
    if exact or len(key) < MIN_PREFIX:
        return exact
    return _pairs(conn, key, prefix=True)


def _pairs(conn: Connection, key: str, prefix: bool) -> set[tuple[str | None, str | None]]:
    def matches(column: Column) -> ColumnElement[bool]:
        return column.startswith(key, autoescape=True) if prefix else column == key

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
