"""Full-text search over briefings and articles, and the entity index (who and where → briefings).

The store's own tables stay untouched. Beside them live (declared in schema.py):

- `search_docs`: one row of plain text per briefing and per article (title, body, date);
- `search_fts` (SQLite only): an FTS5 index over `search_docs`; on PostgreSQL the query uses
  `to_tsvector`/`websearch_to_tsquery` over `search_docs` instead;
- `search_entities`: the key players (people, organisations, places) each briefing names.

`refresh` adds whatever was stored since its last run, so it is cheap to call before each search.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Connection, Engine, and_, bindparam, func, insert, literal_column, select, text
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from ..errors import StoreError
from ..models import Briefing, briefing_from_dict
from .connection import write_transaction
from .schema import SEARCH_FTS_SQLITE, articles, briefings, briefings_newest, search_docs, search_entities, search_metadata

MAX_QUERY_TERMS = 12
REFRESH_BATCH = 500  # rows indexed per transaction

@dataclass(frozen=True)
class Hit:
    kind: str  # briefing | article
    ref: str  # its id
    title: str
    snippet: str  # plain text; on SQLite the matched words sit between \x02 and \x03
    moment: datetime | None


@dataclass(frozen=True)
class Entity:
    slug: str
    name: str
    kind: str  # PERSON | ORG | GPE | NORP


def slug(name: str) -> str:
    """'Nadia Holloway' → 'nadia-holloway': the entity's address."""
    return re.sub(r"[^\w]+", "-", name.casefold()).strip("-")[:255]


def ensure_index(engine: Engine) -> None:
    """Create the search tables (and the FTS5 table on SQLite) if they are absent."""
    try:
        with write_transaction(engine) as conn:
            search_metadata.create_all(conn)
            briefings_newest.create(conn, checkfirst=True)
            if engine.dialect.name == "sqlite":
                conn.exec_driver_sql(SEARCH_FTS_SQLITE)
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot create the search index: {exc}") from exc


def refresh(engine: Engine) -> int:
    """Index the briefings and articles stored since the last run; returns how many were added."""
    b, a = briefings, articles
    added = 0
    try:
        with engine.connect() as conn:
            pending = {kind: list(conn.execute(select(table.c.id).where(~_indexed(kind, table.c.id))).scalars())
                       for kind, table in (("briefing", b), ("article", a))}
        for kind, ids in pending.items():
            for start in range(0, len(ids), REFRESH_BATCH):
                chunk = ids[start : start + REFRESH_BATCH]
                try:
                    with write_transaction(engine) as conn:  # one writer at a time (see store)
                        added += _index(conn, kind, chunk)
                except IntegrityError:
                    continue  # another process indexed some of these first; the next refresh takes the rest
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot update the search index: {exc}") from exc
    return added


def _indexed(kind: str, ref: Any) -> Any:
    return select(search_docs.c.id).where(and_(search_docs.c.kind == kind, search_docs.c.ref == ref)).exists()


def _index(conn: Connection, kind: str, ids: list[str]) -> int:
    """Add these briefings (or articles) to `search_docs`, the FTS table and the entity index."""
    docs: list[dict] = []
    entities: list[dict] = []
    if kind == "briefing":
        b = briefings
        for ref, generated_at, data in conn.execute(select(b.c.id, b.c.generated_at, b.c.data).where(b.c.id.in_(ids))):
            statements = [s["text"] for field in _PROSE for s in data.get(field) or ()]
            docs.append({"kind": kind, "ref": ref, "title": data["title"], "body": " ".join(statements), "moment": generated_at})
            names: dict[str, dict] = {}
            for player in data.get("key_players") or ():
                key = slug(player["name"])
                if key:
                    names.setdefault(key, {"briefing_id": ref, "slug": key, "name": player["name"], "kind": player["kind"]})
            entities += names.values()
    else:
        a = articles
        for ref, title, body, published in conn.execute(select(a.c.id, a.c.title, a.c.text, a.c.published).where(a.c.id.in_(ids))):
            moment = datetime(published.year, published.month, published.day, tzinfo=timezone.utc) if published else None
            docs.append({"kind": kind, "ref": ref, "title": title, "body": body, "moment": moment})
    if not docs:
        return 0
    conn.execute(insert(search_docs), docs)
    if entities:
        conn.execute(insert(search_entities), entities)
    if conn.dialect.name == "sqlite":
        conn.execute(
            text("INSERT INTO search_fts(rowid, title, body) SELECT id, title, body FROM search_docs"
                 " WHERE kind = :kind AND ref IN :refs").bindparams(bindparam("refs", expanding=True)),
            {"kind": kind, "refs": [d["ref"] for d in docs]},
        )
    return len(docs)


_PROSE = ("story", "key_points", "key_takeaways", "impact_analysis")


def search(engine: Engine, query: str, limit: int = 20, offset: int = 0) -> list[Hit]:
    """Briefings and articles matching every word of `query`, best first, each story once: an article and the
    briefings made from it are one story, shown by its newest matching briefing (or the article if none matches)."""
    words = re.findall(r"\w+", query)[:MAX_QUERY_TERMS]
    if not words:
        return []
    try:
        with engine.connect() as conn:
            if engine.dialect.name == "sqlite":
                match = " ".join('"' + w.replace('"', "") + '"' for w in words)
                rows = conn.execute(text(_SQLITE_STORIES), {"match": match, "limit": limit, "offset": offset}).all()
                snippets = dict(
                    conn.execute(
                        text(
                            "SELECT rowid, snippet(search_fts, 1, char(2), char(3), '…', 16) FROM search_fts"
                            " WHERE search_fts MATCH :match AND rowid IN :ids"
                        ).bindparams(bindparam("ids", expanding=True)),
                        {"match": match, "ids": [r.id for r in rows] or [-1]},
                    ).all()
                )
                return [Hit(r.kind, r.ref, r.title, snippets.get(r.id, ""), _moment(r.moment)) for r in rows]
            document = func.to_tsvector("english", search_docs.c.title + literal_column("' '") + search_docs.c.body)
            wanted = func.plainto_tsquery("english", " ".join(words))
            b = briefings
            story = func.coalesce(b.c.article_id, search_docs.c.ref)
            score = func.ts_rank(document, wanted)
            matches = (
                select(
                    search_docs.c.kind, search_docs.c.ref, search_docs.c.title, search_docs.c.body, search_docs.c.moment,
                    func.row_number().over(partition_by=story, order_by=(search_docs.c.kind == "article", search_docs.c.moment.desc()))
                    .label("nth"),
                    func.max(score).over(partition_by=story).label("best"),
                )
                .select_from(search_docs.outerjoin(b, and_(search_docs.c.kind == "briefing", b.c.id == search_docs.c.ref)))
                .where(document.op("@@")(wanted))
                .subquery()
            )
            # The matched words between \x02 and \x03, as FTS5's snippet() marks them on SQLite.
            options = literal_column("'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=30, MinWords=12'")
            snippet = func.ts_headline("english", matches.c.body, wanted, options)
            rows = conn.execute(
                select(matches.c.kind, matches.c.ref, matches.c.title, snippet.label("snippet"), matches.c.moment)
                .where(matches.c.nth == 1)
                .order_by(matches.c.best.desc(), matches.c.moment.desc(), matches.c.ref)
                .limit(limit)
                .offset(offset)
            ).all()
            return [Hit(r.kind, r.ref, r.title, r.snippet, _moment(r.moment)) for r in rows]
    except SQLAlchemyError as exc:
        raise StoreError(f"search failed: {exc}") from exc


# Each match with its story (a briefing's article, or the article itself); per story the newest matching
# briefing is kept (else the article), ranked by the story's best match. bm25 is lower for better matches.
_SQLITE_STORIES = """
WITH matches AS (
    SELECT d.id, d.kind, d.ref, d.title, d.moment, bm25(search_fts, 4.0, 1.0) AS score, COALESCE(b.article_id, d.ref) AS story
    FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid
    LEFT JOIN briefings b ON d.kind = 'briefing' AND b.id = d.ref
    WHERE search_fts MATCH :match
), ranked AS (
    SELECT *, ROW_NUMBER() OVER (PARTITION BY story ORDER BY kind = 'article', moment DESC, ref) AS nth,
           MIN(score) OVER (PARTITION BY story) AS best
    FROM matches
)
SELECT id, kind, ref, title, moment FROM ranked WHERE nth = 1 ORDER BY best, moment DESC, ref LIMIT :limit OFFSET :offset
"""


def _moment(value: datetime | str | None) -> datetime | None:
    """SQLite gives text back from a raw query; PostgreSQL gives the session's time zone, made UTC here."""
    if isinstance(value, str):
        return datetime.fromisoformat(value)
    return value.astimezone(timezone.utc) if value is not None and value.tzinfo is not None else value


def find_entity(engine: Engine, entity_slug: str) -> Entity | None:
    query = select(search_entities.c.name, search_entities.c.kind).where(search_entities.c.slug == entity_slug).limit(1)
    with engine.connect() as conn:
        row = conn.execute(query).first()
    return Entity(entity_slug, row.name, row.kind) if row else None


def briefings_naming(engine: Engine, entity_slug: str, limit: int = 50) -> list[Briefing]:
    """Briefings whose key players include this entity, newest first."""
    b = briefings
    query = (
        select(b.c.data)
        .join(search_entities, search_entities.c.briefing_id == b.c.id)
        .where(search_entities.c.slug == entity_slug)
        .order_by(b.c.generated_at.desc(), b.c.id)
        .limit(limit)
    )
    with engine.connect() as conn:
        return [briefing_from_dict(data) for data in conn.execute(query).scalars()]

