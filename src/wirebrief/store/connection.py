"""Opening a database and its transactions: `connect`, `write_transaction`, and the helpers every
store module reads and writes through (database errors come out as `StoreError`).

SQLAlchemy Core only, portable column types, no dialect-specific SQL but the write lock
(`write_transaction`: BEGIN IMMEDIATE on SQLite, an advisory lock on PostgreSQL).
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import Connection, Engine, Table, create_engine, event, func, insert, inspect, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from ..errors import StoreError
from .schema import SCHEMA_VERSION, meta, metadata

WRITE_LOCK_TIMEOUT_S = 60.0  # how long a writer waits for another process's write transaction (both backends)


WRITE_LOCK_KEY = 0x77697265  # the PostgreSQL advisory lock every writer of a wirebrief database takes ("wire")


_WRITER = "wirebrief_writer"  # execution option of a `write_transaction` connection


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
        _use_wal(cursor)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # type: ignore[no-untyped-def]
        # A writer takes the database's write lock at BEGIN: a deferred transaction that reads first
        # cannot wait for the lock later (SQLite answers "database is locked" at once).
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_WRITER) else "BEGIN")


def _use_wal(cursor: sqlite3.Cursor) -> None:
    """Switch the file to the WAL journal. When two processes open a new file at once, both read it and
    both ask to switch; SQLite answers one of them "database is locked" at once, without waiting (its
    rule against deadlock), so the switch is asked again until the write-lock timeout."""
    deadline = time.monotonic() + WRITE_LOCK_TIMEOUT_S
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


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


def _exists(conn: Connection, table: Table, row_id: str) -> bool:
    return conn.execute(select(table.c.id).where(table.c.id == row_id)).first() is not None


def _as_utc(moment: datetime) -> datetime:
    """Aware UTC datetime; naive values (SQLite gives those back) are taken to be UTC already."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


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
