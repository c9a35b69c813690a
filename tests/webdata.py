"""A real SQLite database for the web tests, filled by running the real pipeline.

The bundled example digest (four stories) plus one hostile article whose title, text, source and
URL carry `<script>`, `onerror=` and `javascript:`: every page must show them as inert text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from wirebrief import store
from wirebrief.config import Settings
from wirebrief.models import Briefing, Document, content_id
from wirebrief.pipeline import brief_documents

DIGEST = Path(__file__).resolve().parents[1] / "examples" / "digest.txt"
DIGEST_PUBLISHED = date(2026, 2, 5)
DIGEST_BRIEFED_AT = datetime(2026, 2, 5, 9, 0, tzinfo=timezone.utc)
HOSTILE_BRIEFED_AT = datetime(2026, 2, 6, 9, 0, tzinfo=timezone.utc)  # newest: first on the front page

HOSTILE_TITLE = 'Mayor <script>alert("owned")</script> opens the new Tarran footbridge'
HOSTILE_URL = "javascript:alert(document.cookie)"
HOSTILE_SITE = 'evil"><img src=x onerror=alert(3)>.example'
HOSTILE_TEXT = f"""{HOSTILE_TITLE}

The mayor of Harwick opened the new Tarran footbridge on Tuesday, two years after work began on the crossing. Visitors were told to see <img src=x onerror="alert(1)"> the plaque at the eastern end.

The bridge cost £14 million and was paid for by the city council, according to a statement at <a href="javascript:alert(2)">the council site</a>. Officials said about 4,000 people were expected to cross it every day.

Critics said the bridge had run six months late. The council said the delay was caused by flooding in November."""

HOSTILE_MARKERS = ["<script>alert", "onerror=", "javascript:"]


@dataclass(frozen=True)
class WebData:
    url: str
    digest: list[Briefing]
    hostile: Briefing

    @property
    def briefings(self) -> list[Briefing]:
        """Newest first, as the store lists them (the digest's stories share a time: larger id first)."""
        return [self.hostile, *sorted(self.digest, key=lambda b: b.id, reverse=True)]


def build(path: Path | None = None, *, url: str | None = None) -> WebData:
    """Fill the SQLite file at `path`, or the database at `url` (PostgreSQL in tests/test_postgres.py)."""
    url = url or f"sqlite:///{path}"
    engine = store.connect(url)
    settings = Settings(db_url=url)
    digest = Document(id=content_id(DIGEST.read_text()), origin="examples/digest.txt", text=DIGEST.read_text(),
                      published=DIGEST_PUBLISHED, site="Harwick Herald")
    hostile = Document(id="hostile0hostile0", origin="hostile.txt", text=HOSTILE_TEXT, url=HOSTILE_URL,
                       published=DIGEST_PUBLISHED, site=HOSTILE_SITE, single_article=True)
    saved: dict[str, list[Briefing]] = {}
    for document, moment in ((digest, DIGEST_BRIEFED_AT), (hostile, HOSTILE_BRIEFED_AT)):
        results = brief_documents([document], settings, generated_at=moment)
        store.save_document(engine, document, [(r.article, r.sentences, r.briefing) for r in results])
        saved[document.id] = [r.briefing for r in results]
    engine.dispose()
    assert len(saved[digest.id]) == 4 and len(saved[hostile.id]) == 1
    return WebData(url, saved[digest.id], saved[hostile.id][0])
