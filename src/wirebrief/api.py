"""What the public API adds to the stages: `ingest_sources`, the Python side of `wirebrief ingest`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from . import store
from .config import Settings
from .ingest import Skip, read_sources
from .dates import as_date
from .pipeline import brief_documents
from .storylines.tracker import store_briefed


@dataclass(frozen=True)
class IngestReport:
    """What `ingest_sources` did: the articles it stored, the stories already stored, and the inputs it could not use."""

    stored: list[str]  # ids of the articles newly stored
    already_stored: int  # stories found that were stored before (exactly or nearly the same)
    skipped: list[Skip]  # inputs, found inside a folder or named, that gave nothing (with the reason)


def ingest_sources(
    sources: Sequence[str], settings: Settings | None = None, *, published: date | str | None = None
) -> IngestReport:
    """Read SOURCES (paths, folders, "-", URLs; see `read_sources`), brief them, and store every new story in
    the database at `settings.db_url`, each placed in its storyline. Raises StoreError when the database
    cannot be used; a source that cannot be read or holds no story is reported in `skipped`, not raised."""
    settings = settings or Settings()
    engine = store.connect(settings.db_url)
    try:
        result = read_sources(sources, settings, published=as_date(published))
        stored: list[str] = []
        already = 0
        skipped = [*result.errors, *result.skipped]
        for document in result.documents:
            briefed = brief_documents([document], settings)
            if not briefed:
                skipped.append(Skip(document.origin, "no story found"))
                continue
            saved, _ = store_briefed(engine, document, briefed)
            stored += saved.stored_articles
            already += len(briefed) - len(saved.stored_articles)
    finally:
        engine.dispose()
    return IngestReport(stored, already, skipped)
