"""wirebrief: structured, cited briefings from raw news.

    >>> import wirebrief
    >>> briefings = wirebrief.brief_text(open("digest.txt").read(), published="2026-02-05")
    >>> result = wirebrief.read_sources(["saved/", "https://example.org/feed.xml"], wirebrief.Settings())
    >>> briefed = wirebrief.brief_documents(result.documents, wirebrief.Settings())
    >>> report = wirebrief.ingest_sources(["saved/"], wirebrief.Settings(db_url="sqlite:///news.db"))

The names below load on first use, so `import wirebrief` or `import wirebrief.models` does not
load spaCy and the pipeline.
"""

import importlib as _importlib
import typing as _typing

from .version import __version__

if _typing.TYPE_CHECKING:
    from .api import IngestReport, ingest_sources
    from .config import Settings, load_settings
    from .errors import ConfigError, FetchError, InputError, SegmentError, StoreError, WirebriefError
    from .ingest import IngestResult, Skip, read_sources
    from .models import (
        Article, Briefing, Citation, Document, KeyPlayer, Quote, Sentence, Source, Statement, Storyline, TimelineEvent,
    )
    from .pipeline import Briefed, brief_documents, brief_text

# public name → the module that defines it
_EXPORTS = {
    "brief_text": "pipeline",
    "brief_documents": "pipeline",
    "Briefed": "pipeline",
    "read_sources": "ingest",
    "IngestResult": "ingest",
    "Skip": "ingest",
    "ingest_sources": "api",
    "IngestReport": "api",
    "Settings": "config",
    "load_settings": "config",
    **{name: "models" for name in ("Document", "Article", "Sentence", "Citation", "Statement", "TimelineEvent",
                                    "KeyPlayer", "Quote", "Source", "Briefing", "Storyline")},
    **{name: "errors" for name in ("WirebriefError", "InputError", "FetchError", "SegmentError", "StoreError",
                                    "ConfigError")},
}

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> _typing.Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'wirebrief' has no attribute {name!r}")
    value = getattr(_importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
    globals()[name] = value  # once loaded, a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})
