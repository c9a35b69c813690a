"""Feed watching state: validators and schedule per feed, and every entry ever handled (`wirebrief watch`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Connection, Engine, insert, select, update
from sqlalchemy.exc import SQLAlchemyError

from ..errors import StoreError
from .connection import _as_utc, _reading, _reason, _writing
from .schema import feed_entries, feeds


@dataclass(frozen=True)
class FeedState:
    url: str
    etag: str | None
    last_modified: str | None
    next_poll_at: datetime
    failures: int
    last_error: str | None


def _mark_entry(conn: Connection, entry: tuple[str, str], article_id: str | None, status: str, now: datetime) -> None:
    feed_url, entry_id = entry
    conn.execute(
        insert(feed_entries).values(feed_url=feed_url, entry_id=entry_id, article_id=article_id, status=status, seen_at=now)
    )


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
