"""The whole database schema: every table wirebrief stores, in one place.

`metadata` holds the store's own tables, created by `connection.connect`. `search_metadata` holds the
search index beside them (`search_docs`, `search_entities`, and on SQLite the FTS5 table `search_fts`),
created by `search.ensure_index`: it can be dropped and rebuilt from the store at any time.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

SCHEMA_VERSION = "1"


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


# --- de-duplication and feed watching (ingestion) ---------------------------------------------
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


# --- storylines ------------------------------------------------------------------------------
# One `storylines` row per storyline and one `storyline_articles` row per article in it. The
# assigner's in-memory index is rebuilt from `recent_storyline_articles` on start
# (see storylines/tracker.py); storyline briefings have their own table, `storyline_briefings`.
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


storyline_briefings_table = Table(
    "storyline_briefings",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("storyline_id", String(64), ForeignKey("storylines.id"), nullable=False, index=True),
    Column("generated_at", DateTime(timezone=True), nullable=False),
    Column("data", JSON, nullable=False),  # to_dict(briefing)
)


# --- the search index (search.py) ------------------------------------------------------------
# One row of plain text per briefing and per article, and the key players each briefing names.
# Derived from the tables above, so kept in its own MetaData: `search.ensure_index` creates it.

search_metadata = MetaData()

search_docs = Table(
    "search_docs",
    search_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(16), nullable=False),  # briefing | article
    Column("ref", String(64), nullable=False),
    Column("title", Text, nullable=False),
    Column("body", Text, nullable=False),
    Column("moment", DateTime(timezone=True)),  # briefing: generated_at; article: published
    UniqueConstraint("kind", "ref"),
)

search_entities = Table(
    "search_entities",
    search_metadata,
    Column("briefing_id", String(64), primary_key=True),
    Column("slug", String(255), primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Index("ix_search_entities_slug", "slug"),
)

# SQLite only: the FTS5 index over `search_docs` (PostgreSQL searches `search_docs` with to_tsvector).
SEARCH_FTS_SQLITE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
    "title, body, content='search_docs', content_rowid='id', tokenize='porter unicode61')"
)

# The front page and feeds read briefings newest first; without this index each read sorts the table.
briefings_newest = Index("ix_briefings_newest", briefings.c.generated_at, briefings.c.id)
