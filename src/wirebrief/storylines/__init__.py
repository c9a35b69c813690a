"""Storylines: each article joins a developing story or opens a new one.

- `index`: the online assigner (`StorylineIndex`), candidates found without scanning every storyline;
- `briefing`: one briefing for a whole storyline, merged from its articles' briefings;
- `tracker`: the index kept in step with the store, and the one write path (`store_briefed`).
"""

from .index import Assignment, StorylineIndex

__all__ = ["Assignment", "StorylineIndex"]
