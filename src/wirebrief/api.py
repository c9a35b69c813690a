"""What the public API adds to the stages: `ingest_sources`, the Python side of `wirebrief ingest`."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.engine import Engine

from . import store
from .config import Settings
from .dates import as_date
from .ingest import Skip, read_sources
from .models import Document
from .pipeline import brief_documents
from .storylines.tracker import store_briefed

logger = logging.getLogger(__name__)


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
        report = store_documents(engine, result.documents, settings)
    finally:
        engine.dispose()
    return IngestReport(report.stored, report.already_stored, [*result.errors, *result.skipped, *report.skipped])


def store_documents(engine: Engine, documents: Sequence[Document], settings: Settings, *, progress: Callable | None = None) -> IngestReport:
    """Brief each document and store its new stories, each placed in its storyline, one transaction per document
    (`store_briefed`): what `wirebrief ingest` and `ingest_sources` do once the sources are read. Near-duplicates
    of stored stories are not stored again (their source is listed as also reporting them); a document that
    gives no story is reported in `skipped`. `progress(items, description, total)` wraps the loop when given."""
    stored: list[str] = []
    already = 0
    skipped: list[Skip] = []
    for document in progress(documents, "briefing", len(documents)) if progress else documents:
        briefed = brief_documents([document], settings)
        if not briefed:
            skipped.append(Skip(document.origin, "no story found"))
            continue
        saved, _ = store_briefed(engine, document, briefed)
        stored += saved.stored_articles
        already += len(briefed) - len(saved.stored_articles)
        logger.info("stored %d of %d stories from %s", len(saved.stored_articles), len(briefed), document.origin)
    return IngestReport(stored, already, skipped)
