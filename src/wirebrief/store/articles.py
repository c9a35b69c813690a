"""Persistence: documents, articles, sentences and briefings in SQLite (default) or PostgreSQL.

SQLAlchemy Core only, portable column types, no dialect-specific SQL but the write lock
(`write_transaction`: BEGIN IMMEDIATE on SQLite, an advisory lock on PostgreSQL). Every public
function takes the `Engine` returned by `connect` and raises `StoreError` on failure; those typed
`Engine | Connection` also take a connection of `write_transaction`, to run inside its transaction.
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
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    delete,
    event,
    func,
    insert,
    inspect,
    or_,
    select,
    update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from .errors import StoreError
from .models import Article, Briefing, Document, Sentence, Storyline, briefing_from_dict, to_dict

SCHEMA_VERSION = "1"
MIN_PREFIX = 4  # shortest id prefix accepted by get_briefing / get_article
WRITE_LOCK_TIMEOUT_S = 60.0  # how long a writer waits for another process's write transaction (both backends)
WRITE_LOCK_KEY = 0x77697265  # the PostgreSQL advisory lock every writer of a wirebrief database takes ("wire")
_WRITER = "wirebrief_writer"  # execution option of a `write_transaction` connection

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
        is_sqlite = parsed.get_backend_name() == "sqlite"
        engine = create_engine(parsed, connect_args={"timeout": WRITE_LOCK_TIMEOUT_S} if is_sqlite else {})
        if is_sqlite:
            _configure_sqlite(engine)
        with engine.connect() as conn:  # a complete database opens without writing (it may be read-only)
            complete = set(metadata.tables) <= set(inspect(conn).get_table_names())
            version = _schema_version(conn) if complete else None
        if version is None:  # new, or older than some table: add what is missing, once, under the write lock
            with write_transaction(engine) as conn:
                metadata.create_all(conn)
                version = _schema_version(conn)
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


def _schema_version(conn: Connection) -> str | None:
    return conn.execute(select(meta.c.value).where(meta.c.key == "schema_version")).scalar()


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
        # A writer takes the database's write lock at BEGIN: a deferred transaction that reads first
        # cannot wait for the lock later (SQLite answers "database is locked" at once).
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_WRITER) else "BEGIN")


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A transaction holding the database's write lock from its first statement to its commit:
    `BEGIN IMMEDIATE` on SQLite, a transaction-scoped advisory lock on PostgreSQL. Writers run one
    at a time, each seeing everything committed before it; the lock goes with the commit or rollback."""
    in_body = False
    try:
        with engine.connect() as conn:
            conn.execution_options(**{_WRITER: True})
            with conn.begin():
                if conn.dialect.name == "postgresql":
                    conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{int(WRITE_LOCK_TIMEOUT_S)}s'")
                    conn.execute(select(func.pg_advisory_xact_lock(WRITE_LOCK_KEY)))
                in_body = True
                yield conn  # what the body raises is the caller's to name
                in_body = False
    except SQLAlchemyError as exc:  # the lock not had in time, a failed commit: one line, not a traceback
        if in_body:
            raise
        raise StoreError(f"cannot write to {_hide_password(str(engine.url))}: {_reason(exc)}") from exc


@contextmanager
def _writing(bind: Engine | Connection) -> Iterator[Connection]:
    """`bind` itself when it is a connection (the caller's transaction), else a new write transaction."""
    if isinstance(bind, Connection):
        yield bind
    else:
        with write_transaction(bind) as conn:
            yield conn


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
def _reading(bind: Engine | Connection) -> Iterator[Connection]:
    """A connection whose database errors come out as StoreError: `bind` itself when it is a
    connection (reading inside the caller's transaction), else a new one."""
    try:
        if isinstance(bind, Connection):
            yield bind
        else:
            with bind.connect() as conn:
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


# --- de-duplication and feed watching (ingestion) ----------------------------------------------
# Near-duplicates: a MinHash signature per stored article and its LSH band keys (indexed, so finding
# candidates never scans every article). A story that arrives again, exactly or with small edits,
# is not stored twice: its source is recorded in `also_reported` against the stored article.
# Feeds: one `feeds` row per watched feed (validators, schedule, failures) and one `feed_entries`
# row per entry ever handled; an entry is marked there in the same transaction that stores it.

article_signatures = Table(
    "article_signatures",
    metadata,
    Column("article_id", String(64), ForeignKey("articles.id"), primary_key=True),
    Column("signature", JSON, nullable=False),  # dedup.NUM_PERM integers
)

article_bands = Table(
    "article_bands",
    metadata,
    Column("band_key", String(64), primary_key=True),  # "band:hash"
    Column("article_id", String(64), ForeignKey("articles.id"), primary_key=True),
)

also_reported = Table(
    "also_reported",
    metadata,
    Column("article_id", String(64), ForeignKey("articles.id"), primary_key=True),  # the stored copy
    Column("origin", Text, primary_key=True),  # where the other copy came from (URL or path)
    Column("url", Text),
    Column("source", String(255)),
    Column("title", Text),
    Column("similarity", Float, nullable=False),  # 1.0 for an exact copy
    Column("seen_at", DateTime(timezone=True), nullable=False),
)

feeds = Table(
    "feeds",
    metadata,
    Column("url", String(2048), primary_key=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("next_poll_at", DateTime(timezone=True), nullable=False),
    Column("failures", Integer, nullable=False),
    Column("last_error", Text),
)

feed_entries = Table(
    "feed_entries",
    metadata,
    Column("feed_url", String(2048), primary_key=True),
    Column("entry_id", String(2048), primary_key=True),
    Column("article_id", String(64)),  # the stored article (or the one it duplicates); None if skipped
    Column("status", String(16), nullable=False),  # stored | duplicate | skipped
    Column("seen_at", DateTime(timezone=True), nullable=False),
)


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


@dataclass(frozen=True)
class FeedState:
    url: str
    etag: str | None
    last_modified: str | None
    next_poll_at: datetime
    failures: int
    last_error: str | None


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
    from . import dedup

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
    from . import dedup

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


def _mark_entry(conn: Connection, entry: tuple[str, str], article_id: str | None, status: str, now: datetime) -> None:
    feed_url, entry_id = entry
    conn.execute(
        insert(feed_entries).values(feed_url=feed_url, entry_id=entry_id, article_id=article_id, status=status, seen_at=now)
    )


def also_reported_by(engine: Engine, article_id: str) -> list[AlsoReported]:
    """Other sources that carried this article (exact or near-duplicate copies), first seen first."""
    with _reading(engine) as conn:
        rows = conn.execute(
            select(also_reported).where(also_reported.c.article_id == article_id).order_by(also_reported.c.seen_at)
        ).all()
    return [AlsoReported(r.origin, r.url, r.source, r.title, r.similarity) for r in rows]


def mark_entry_seen(engine: Engine, feed_url: str, entry_id: str, status: str = "skipped") -> None:
    """Mark a feed entry handled without storing anything (it yielded no story)."""
    try:
        with _writing(engine) as conn:
            _mark_entry(conn, (feed_url, entry_id), None, status, datetime.now(timezone.utc))
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot mark entry {entry_id} of {feed_url}: {_reason(exc)}") from exc


def seen_entries(engine: Engine, feed_url: str, entry_ids: Sequence[str]) -> set[str]:
    """Which of these entries of the feed were already handled."""
    with _reading(engine) as conn:
        rows = conn.execute(
            select(feed_entries.c.entry_id).where(
                (feed_entries.c.feed_url == feed_url) & feed_entries.c.entry_id.in_(list(entry_ids))
            )
        ).all()
    return {row.entry_id for row in rows}


def get_feed_state(engine: Engine, url: str) -> FeedState | None:
    with _reading(engine) as conn:
        row = conn.execute(select(feeds).where(feeds.c.url == url)).first()
    if row is None:
        return None
    return FeedState(row.url, row.etag, row.last_modified, _as_utc(row.next_poll_at), row.failures, row.last_error)


def save_feed_state(engine: Engine, state: FeedState) -> None:
    values = {
        "etag": state.etag,
        "last_modified": state.last_modified,
        "next_poll_at": _as_utc(state.next_poll_at),
        "failures": state.failures,
        "last_error": state.last_error,
    }
    try:
        with _writing(engine) as conn:
            done = conn.execute(update(feeds).where(feeds.c.url == state.url).values(**values)).rowcount
            if not done:
                conn.execute(insert(feeds).values(url=state.url, **values))
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot save feed state of {state.url}: {_reason(exc)}") from exc


# --- storylines ------------------------------------------------------------------------------
# One `storylines` row per storyline and one `storyline_articles` row per article in it. The
# assigner's in-memory index is rebuilt from `recent_storyline_articles` on start
# (see storyline_tracker.py); storyline briefings have their own table, `storyline_briefings`.
# Every change to a storyline is also appended to `storyline_log` in the same transaction, so that
# each process's index can catch up with what other processes wrote (`storyline_log_since`).

storylines = Table(
    "storylines",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("title", Text, nullable=False),
    Column("first_seen", DateTime(timezone=True), nullable=False),
    Column("last_seen", DateTime(timezone=True), nullable=False, index=True),
    Column("article_count", Integer, nullable=False),
)

storyline_articles = Table(
    "storyline_articles",
    metadata,
    Column("storyline_id", String(64), ForeignKey("storylines.id"), primary_key=True),
    Column("article_id", String(64), ForeignKey("articles.id"), primary_key=True, unique=True),
    Column("seen_at", DateTime(timezone=True), nullable=False),  # the moment the assigner used
)


storyline_log = Table(
    "storyline_log",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),  # written under the write lock: commit order
    Column("kind", String(8), nullable=False),  # join | merge
    Column("storyline_id", String(64), nullable=False),  # join: the storyline; merge: the one merged away
    Column("article_id", String(64)),  # join: the article that joined
    Column("into_id", String(64)),  # merge: the storyline that absorbed it
    Column("title", Text),  # join: the storyline's title
    Column("seen_at", DateTime(timezone=True)),  # join: the moment the assigner used
    sqlite_autoincrement=True,  # a sequence number is never handed out twice
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


storyline_briefings_table = Table(
    "storyline_briefings",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("storyline_id", String(64), ForeignKey("storylines.id"), nullable=False, index=True),
    Column("generated_at", DateTime(timezone=True), nullable=False),
    Column("data", JSON, nullable=False),  # to_dict(briefing)
)


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
