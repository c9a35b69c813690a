"""Storylines over the store, and the one way a briefed document is written: `store_briefed`.

The index (`StorylineIndex`) lives in memory. On first use for a database it is rebuilt from the
articles of the storylines seen within the last window (so a restart resumes where it stopped, and
expired storylines stay closed). Several processes may write one database (watch, serve, ingest,
batch): every change to a storyline is logged in the store with a sequence number, and before it
assigns anything a tracker replays the changes logged past the last one it saw, under the
database's write lock (`store.write_transaction`), so every process assigns against the same
storylines. A merge logged by another process makes it rebuild its index from the store.

When the index merges a fragment into an older storyline, the store follows: the fragment's
articles move to the survivor and the fragment is dropped, so a restart rebuilds the merged state.
"""

from __future__ import annotations

import os
import signal
import threading
import weakref
from collections.abc import Callable, Sequence
from datetime import datetime, time, timedelta, timezone

from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

from .. import store
from ..verify import Gate, publish
from ..errors import StoreError
from ..models import Article, Briefing, Document
from .briefing import storyline_briefing, supporting_citations
from .index import Assignment, StorylineIndex

if TYPE_CHECKING:
    from ..pipeline import Briefed

LEDE_WORDS = 50  # the assigner sees the headline and the opening words of the text


class Tracker:
    """An index built from the store and kept in step with it, by this process and by others.

    `place` runs inside the caller's write transaction; if that transaction does not commit, call
    `forget` (the index has taken assignments the store has not), and the next use rebuilds it."""

    def __init__(self, engine: Engine, new_index: Callable[[], StorylineIndex] = StorylineIndex) -> None:
        self.engine = engine
        self.new_index = new_index
        self.index = new_index()
        self.seq = -1  # the last logged change the index holds; -1: not built yet
        self.lock = threading.Lock()  # one thread of this process at a time uses the index
        with store.write_transaction(engine) as conn:
            self.catch_up(conn)

    def catch_up(self, conn: Connection) -> None:
        """Bring the index up to what the store holds: replay the storyline changes logged since
        the last one seen, or rebuild it. `conn` must hold the write lock, so nothing is logged meanwhile."""
        if self.seq < 0:
            self._rebuild(conn)
            return
        changes = store.storyline_log_since(conn, self.seq)
        if any(change.kind == "merge" for change in changes):
            self._rebuild(conn)  # the index merges only its own storylines: start again from the store
            return
        for change in changes:
            if change.member is not None:
                self._restore(change.member)
            self.seq = change.seq

    def _rebuild(self, conn: Connection) -> None:
        self.index = self.new_index()
        self.seq = store.last_storyline_seq(conn)
        latest = store.latest_storyline_seen(conn)
        if latest is None:
            return
        since = latest - timedelta(seconds=self.index.window_s)
        for member in store.recent_storyline_articles(conn, since):
            self._restore(member)

    def _restore(self, member: store.StorylineMember) -> None:
        self.index.restore(member.storyline_id, member.storyline_title, assigner_text(member.title, member.text), member.seen_at)

    def forget(self) -> None:
        """Drop the index: the next use rebuilds it from the store."""
        self.seq = -1

    def place(self, conn: Connection, article: Article, now: datetime | None = None) -> Assignment:
        """Put a stored article in a storyline (an article already in one keeps it), in the store
        through `conn`, which must hold the write lock and have caught up (`catch_up`)."""
        known = store.storyline_of_article(conn, article.id)
        if known is not None:
            return Assignment(article.id, known, False, 1.0)
        moment = article_moment(article, now)
        merged_before = set(self.index.merged_into)
        assignment = self.index.add(article.id, assigner_text(article.title, article.text), moment)
        store.add_to_storyline(conn, assignment.storyline_id, article.title, article.id, moment)
        failpoint("after_assign")
        for gone_id in set(self.index.merged_into) - merged_before:  # fragments the index folded together
            store.merge_storylines(conn, gone_id, self.index.resolve(gone_id))
            failpoint("after_merge")
        return assignment

    def assign(self, article: Article, now: datetime | None = None) -> Assignment:
        """`place` in a transaction of its own."""
        with self.lock:
            try:
                with store.write_transaction(self.engine) as conn:
                    self.catch_up(conn)
                    assignment = self.place(conn, article, now)
                    self.seq = store.last_storyline_seq(conn)
            except BaseException:
                self.forget()
                raise
        return assignment


_trackers: "weakref.WeakKeyDictionary[Engine, Tracker]" = weakref.WeakKeyDictionary()
_trackers_lock = threading.Lock()


def tracker_for(engine: Engine) -> Tracker:
    """The tracker of this engine, built on first use."""
    with _trackers_lock:
        tracker = _trackers.get(engine)
        if tracker is None:
            tracker = _trackers[engine] = Tracker(engine)
    return tracker


def store_briefed(
    engine: Engine,
    document: Document,
    briefed: Sequence[Briefed],
    *,
    seen_entry: tuple[str, str] | None = None,
    now: datetime | None = None,
) -> tuple[store.SaveResult, list[store.Duplicate]]:
    """Write one briefed document: what `ingest`, `watch` and the web API do with it. In one
    transaction, under the database's write lock: store the document, leaving out near-duplicates
    of stored articles (see `store.save_deduplicated`) and marking the feed's `seen_entry` handled;
    put each newly stored article (and a stored copy still in no storyline, as an older wirebrief
    left them) in a storyline, merging fragments the index folds together; and refresh the briefing
    of every storyline that changed. A crash at any point leaves all of it or none of it."""
    tracker = tracker_for(engine)
    with tracker.lock:
        try:
            with store.write_transaction(engine) as conn:
                saved, duplicates = store.save_deduplicated(
                    conn, document, [(b.article, b.sentences, b.briefing) for b in briefed], seen_entry=seen_entry
                )
                failpoint("after_save")
                new = [b.article for b in briefed if b.article.id in saved.stored_articles]
                copies = [d.article_id for d in duplicates if d.article_id not in saved.stored_articles]
                unplaced = store.articles_without_storyline(conn, copies)
                _place_all(conn, tracker, [*new, *unplaced], now)
        except BaseException:
            tracker.forget()  # the index may hold assignments that were rolled back
            raise
    failpoint("after_commit")
    return saved, duplicates


def _place_all(conn: Connection, tracker: Tracker, articles: Sequence[Article], now: datetime | None) -> list[Assignment]:
    """Catch up, place the articles oldest first, and refresh the briefing of every storyline that changed."""
    tracker.catch_up(conn)
    ordered = sorted(articles, key=lambda a: article_moment(a, now))
    assignments = [tracker.place(conn, article, now) for article in ordered]
    for storyline_id in dict.fromkeys(tracker.index.resolve(a.storyline_id) for a in assignments):
        refresh_briefing(conn, storyline_id, now)
        failpoint("after_briefing")
    tracker.seq = store.last_storyline_seq(conn)
    return assignments


def failpoint(name: str) -> None:
    """Crash-test hook: the process kills itself (SIGKILL, as `kill -9`) here when the environment
    variable WIREBRIEF_FAILPOINT names this point, as `name` or `name:N` (its Nth passage)."""
    wanted = os.environ.get("WIREBRIEF_FAILPOINT")
    if not wanted:
        return
    point, _, nth = wanted.partition(":")
    if point != name:
        return
    _passages[name] = _passages.get(name, 0) + 1
    if _passages[name] >= int(nth or 1):
        os.kill(os.getpid(), signal.SIGKILL)


_passages: dict[str, int] = {}


def refresh_briefing(bind: Engine | Connection, storyline_id: str, now: datetime | None = None) -> Briefing | None:
    """Build and store the storyline's briefing from its articles' briefings, through the gate every writer's
    briefing passes (`verify.publish`, against the articles' stored sentences); None if nothing to brief.
    Given an engine, in a write transaction of its own; given a connection, in the caller's."""
    if isinstance(bind, Engine):
        with store.write_transaction(bind) as conn:
            return refresh_briefing(conn, storyline_id, now)
    storyline = store.find_storyline(bind, storyline_id)
    if storyline is None:
        return None
    members = store.articles_of_storylines(bind, [storyline.id])[storyline.id]  # by publication, as `stories` lists them
    in_order = [m.article_id for m in members] or list(storyline.article_ids)
    article_briefings = [found[0] for found in (store.briefings_of_article(bind, a) for a in in_order) if found]
    if not article_briefings:
        return None
    previous = store.latest_storyline_briefing(bind, storyline.id)
    generated_at = (now or datetime.now(timezone.utc)).replace(microsecond=0)
    if previous is not None and generated_at <= previous.generated_at:
        generated_at = previous.generated_at + timedelta(seconds=1)  # "latest" stays unambiguous
    merged = storyline_briefing(storyline, article_briefings, generated_at, previous)
    sentences = article_sentences(bind, storyline.article_ids)
    gate = Gate(sentences)  # one gate: each article's verifier is prepared once for both steps
    briefing = publish(supporting_citations(merged, gate), sentences, gate=gate)
    if previous is not None and previous.id == briefing.id:
        return previous  # no new article since
    store.save_storyline_briefing(bind, briefing)
    return briefing


def article_sentences(bind: Engine | Connection, article_ids: Sequence[str]) -> dict[str, list[str]]:
    """The stored sentences of each article, in order: what the gate checks a storyline briefing against."""
    texts: dict[str, list[str]] = {}
    for (article_id, index), text in sorted(store.sentence_texts(bind, article_ids).items()):
        sentences = texts.setdefault(article_id, [])
        sentences += [""] * (index - len(sentences))  # no gap is expected; an index must still name its sentence
        sentences.append(text)
    return texts


def assigner_text(title: str, text: str) -> str:
    """Headline and lede: the words the assigner compares."""
    body = text.strip()
    if body.startswith(title.strip()):
        body = body[len(title.strip()) :]
    return title + "\n" + " ".join(body.split()[:LEDE_WORDS])


def article_moment(article: Article, now: datetime | None = None) -> datetime:
    """When the article happened for the assigner: its publication date at noon UTC, else `now`."""
    if article.published is not None:
        return datetime.combine(article.published, time(12), tzinfo=timezone.utc)
    return now or datetime.now(timezone.utc)


def find_storyline_briefing(engine: Engine, key: str) -> Briefing | None:
    """The latest briefing of the storyline with id `key` (or a unique prefix no briefing or article shares)."""
    try:
        storyline = store.find_storyline(engine, key)
    except StoreError:  # ambiguous storyline prefix: let the briefing lookup speak
        return None
    if storyline is None:
        return None
    if storyline.id != key.strip():
        try:
            store.get_briefing(engine, key)
            return None  # a prefix of a briefing or article id too: that reading wins
        except StoreError:
            pass
    return store.latest_storyline_briefing(engine, storyline.id) or refresh_briefing(engine, storyline.id)
