"""Storylines over the store: assign stored articles with `StorylineIndex` and remember where they went.

The index lives in memory. On first use for a database it is rebuilt from the articles of the
storylines seen within the last window (so a restart resumes where it stopped, and expired
storylines stay closed); after that every assignment updates both the index and the tables.

When the index merges a fragment into an older storyline, the store follows: the fragment's
articles move to the survivor and the fragment is dropped, so a restart rebuilds the merged state.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from datetime import datetime, time, timedelta, timezone

from typing import TYPE_CHECKING

from sqlalchemy import Engine

from . import store
from .verify import Gate, publish
from .errors import StoreError
from .models import Article, Briefing, Document
from .storyline_briefing import storyline_briefing, supporting_citations
from .storylines import Assignment, StorylineIndex

if TYPE_CHECKING:
    from .pipeline import Briefed

LEDE_WORDS = 50  # the assigner sees the headline and the opening words of the text


class Tracker:
    """An index rebuilt from the store, kept in step with it."""

    def __init__(self, engine: Engine, index: StorylineIndex | None = None) -> None:
        self.engine = engine
        self.index = index or StorylineIndex()
        self._rebuild()

    def _rebuild(self) -> None:
        latest = store.latest_storyline_seen(self.engine)
        if latest is None:
            return
        since = latest - timedelta(seconds=self.index.window_s)
        for member in store.recent_storyline_articles(self.engine, since):
            self.index.restore(member.storyline_id, member.storyline_title, assigner_text(member.title, member.text), member.seen_at)

    def assign(self, article: Article, now: datetime | None = None) -> Assignment:
        """Put a stored article in a storyline (an article already in one keeps it)."""
        known = store.storyline_of_article(self.engine, article.id)
        if known is not None:
            return Assignment(article.id, known, False, 1.0)
        moment = article_moment(article, now)
        merged_before = set(self.index.merged_into)
        assignment = self.index.add(article.id, assigner_text(article.title, article.text), moment)
        store.add_to_storyline(self.engine, assignment.storyline_id, article.title, article.id, moment)
        for gone_id in set(self.index.merged_into) - merged_before:  # fragments the index folded together
            store.merge_storylines(self.engine, gone_id, self.index.resolve(gone_id))
        return assignment


_trackers: "weakref.WeakKeyDictionary[Engine, Tracker]" = weakref.WeakKeyDictionary()


def tracker_for(engine: Engine) -> Tracker:
    """The tracker of this engine, built on first use."""
    tracker = _trackers.get(engine)
    if tracker is None:
        tracker = _trackers[engine] = Tracker(engine)
    return tracker


def assign_articles(engine: Engine, articles: Sequence[Article], now: datetime | None = None) -> list[Assignment]:
    """Assign stored articles, oldest first, to storylines and refresh the briefing of each
    storyline that changed (what `wirebrief ingest` calls after storing a document)."""
    tracker = tracker_for(engine)
    ordered = sorted(articles, key=lambda a: article_moment(a, now))
    assignments = [tracker.assign(article, now) for article in ordered]
    for storyline_id in dict.fromkeys(a.storyline_id for a in assignments):
        refresh_briefing(engine, storyline_id, now)
    return assignments


def store_briefed(
    engine: Engine, document: Document, briefed: Sequence[Briefed], *, seen_entry: tuple[str, str] | None = None
) -> tuple[store.SaveResult, list[store.Duplicate]]:
    """What `ingest`, `watch` and the web API do with one briefed document: store it, leaving out
    near-duplicates of stored articles (see `store.save_deduplicated`), and assign the newly stored
    articles to storylines."""
    saved, duplicates = store.save_deduplicated(
        engine, document, [(b.article, b.sentences, b.briefing) for b in briefed], seen_entry=seen_entry
    )
    assign_articles(engine, [b.article for b in briefed if b.article.id in saved.stored_articles])
    return saved, duplicates


def refresh_briefing(engine: Engine, storyline_id: str, now: datetime | None = None) -> Briefing | None:
    """Build and store the storyline's briefing from its articles' briefings, through the gate every writer's
    briefing passes (`verify.publish`, against the articles' stored sentences); None if nothing to brief."""
    storyline = store.find_storyline(engine, storyline_id)
    if storyline is None:
        return None
    members = store.articles_of_storylines(engine, [storyline.id])[storyline.id]  # by publication, as `stories` lists them
    in_order = [m.article_id for m in members] or list(storyline.article_ids)
    article_briefings = [found[0] for found in (store.briefings_of_article(engine, a) for a in in_order) if found]
    if not article_briefings:
        return None
    previous = store.latest_storyline_briefing(engine, storyline.id)
    generated_at = (now or datetime.now(timezone.utc)).replace(microsecond=0)
    if previous is not None and generated_at <= previous.generated_at:
        generated_at = previous.generated_at + timedelta(seconds=1)  # "latest" stays unambiguous
    merged = storyline_briefing(storyline, article_briefings, generated_at, previous)
    sentences = article_sentences(engine, storyline.article_ids)
    gate = Gate(sentences)  # one gate: each article's verifier is prepared once for both steps
    briefing = publish(supporting_citations(merged, gate), sentences, gate=gate)
    if previous is not None and previous.id == briefing.id:
        return previous  # no new article since
    store.save_storyline_briefing(engine, briefing)
    return briefing


def article_sentences(engine: Engine, article_ids: Sequence[str]) -> dict[str, list[str]]:
    """The stored sentences of each article, in order: what the gate checks a storyline briefing against."""
    texts: dict[str, list[str]] = {}
    for (article_id, index), text in sorted(store.sentence_texts(engine, article_ids).items()):
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
