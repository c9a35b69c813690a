"""Persistence: SQLite (default) or PostgreSQL through SQLAlchemy Core.

- `schema`: every table, in one place;
- `connection`: `connect` (creates what is missing) and `write_transaction` (the one write lock);
- `articles`: documents, articles, sentences and briefings, de-duplicated on the way in;
- `feeds`: what `wirebrief watch` remembers per feed and per entry;
- `storylines`: storyline membership, its change log, storyline briefings;
- `search`: the full-text and entity index beside the store's tables.

The functions of the first five are re-exported here (`store.connect`, `store.save_document`, …).
"""

from ..errors import StoreError
from .articles import (
    MIN_PREFIX,
    AlsoReported,
    Duplicate,
    SaveResult,
    StoryRow,
    also_reported_by,
    briefing_ids,
    briefings_of_article,
    content_hash,
    count_briefings,
    counts,
    find_article,
    find_briefing,
    find_briefings,
    get_article,
    get_briefing,
    list_briefings,
    list_stories,
    save_deduplicated,
    save_document,
    sentence_texts,
)
from .connection import connect, write_transaction
from .feeds import FeedState, get_feed_state, mark_entry_seen, save_feed_state, seen_entries
from .schema import SCHEMA_VERSION
from .storylines import (
    StorylineArticle,
    StorylineChange,
    StorylineMember,
    StorylineRow,
    add_to_storyline,
    articles_of_storylines,
    articles_without_storyline,
    count_storylines,
    find_storyline,
    last_storyline_seq,
    latest_briefing_ids_of_storylines,
    latest_storyline_briefing,
    latest_storyline_seen,
    list_storylines,
    merge_storylines,
    recent_storyline_articles,
    save_storyline_briefing,
    storyline_briefings,
    storyline_log_since,
    storyline_of_article,
    storylines_of_articles,
)

__all__ = [
    "SCHEMA_VERSION", "MIN_PREFIX", "StoreError", "connect", "write_transaction",
    "SaveResult", "StoryRow", "Duplicate", "AlsoReported", "content_hash", "save_document", "save_deduplicated",
    "list_stories", "get_briefing", "get_article", "counts", "list_briefings", "briefing_ids", "find_briefings",
    "count_briefings", "find_briefing", "briefings_of_article", "sentence_texts", "find_article", "also_reported_by",
    "FeedState", "mark_entry_seen", "seen_entries", "get_feed_state", "save_feed_state",
    "StorylineRow", "StorylineMember", "StorylineChange", "StorylineArticle", "add_to_storyline", "merge_storylines",
    "list_storylines", "find_storyline", "recent_storyline_articles", "storyline_log_since", "last_storyline_seq",
    "articles_without_storyline", "articles_of_storylines", "latest_storyline_seen", "storyline_of_article",
    "storylines_of_articles", "save_storyline_briefing", "latest_storyline_briefing", "count_storylines",
    "storyline_briefings", "latest_briefing_ids_of_storylines",
]
