"""Briefing what a reader submits (pasted text or one URL), for the paste form and the ingest API."""

from __future__ import annotations

from datetime import date

from ..config import Settings
from ..errors import InputError
from ..ingest import is_url
from ..models import Document, content_id
from ..pipeline import Briefed, brief_documents
from .state import Room

MAX_PASTE_CHARS = 200_000  # a long multi-story digest is about 30,000
MAX_URL_CHARS = 2048
MAX_URL_DOCUMENTS = 20  # a feed URL gives one document per entry


def documents_for(text: str | None, url: str | None, settings: Settings, *, title: str | None = None, published: date | None = None) -> list[Document]:
    """One document for pasted text, or the documents one URL gives (a page, or a feed's entries)."""
    text = (text or "").strip()
    url = (url or "").strip()
    if bool(text) == bool(url):
        raise InputError("<form>", "give either text or a URL")
    if text:
        if len(text) > MAX_PASTE_CHARS:
            raise InputError("<pasted text>", f"too long: {len(text):,} characters, at most {MAX_PASTE_CHARS:,}")
        return [Document(id=content_id(text), origin="<pasted text>", text=text, title=title or None, published=published)]
    if len(url) > MAX_URL_CHARS or not is_url(url):
        raise InputError(url[:100], "not an http(s) URL")
    from ..ingest.remote import read_url

    return read_url(url, settings, published=published)[:MAX_URL_DOCUMENTS]


def brief(room: Room, documents: list[Document]) -> list[Briefed]:
    """Run the pipeline, one run at a time (a paste can hold the CPU for seconds)."""
    with room.pipeline_lock:
        results = brief_documents(documents, room.settings)
    if not results:
        raise InputError(documents[0].origin if documents else "<form>", "no story found in it")
    return results
