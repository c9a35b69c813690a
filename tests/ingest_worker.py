"""A long-lived writer process for tests/test_write_path.py, as `watch` or `serve` is one: it opens the
database once, then for every path read from stdin ingests it through the one write path
(`storyline_tracker.store_briefed`) and answers one JSON line: the ids stored, the duplicates, and the
storyline of each article of the file, or the error.

    python tests/ingest_worker.py DB_URL
"""

from __future__ import annotations

import json
import sys

from wirebrief import pipeline, store
from wirebrief.storylines import tracker as storyline_tracker
from wirebrief.config import Settings
from wirebrief.ingest import read_sources


def main(db_url: str) -> None:
    settings = Settings(db_url=db_url)
    engine = store.connect(db_url)
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        path = line.strip()
        if not path:
            continue
        stored, duplicates, storylines = [], [], {}
        try:
            for document in read_sources([path], settings).documents:
                briefed = pipeline.brief_documents([document], settings)
                saved, _ = storyline_tracker.store_briefed(engine, document, briefed)
                stored += saved.stored_articles
                duplicates += saved.duplicate_articles
                for article_id in [*saved.stored_articles, *saved.duplicate_articles]:
                    storylines[article_id] = store.storyline_of_article(engine, article_id)
        except Exception as exc:  # the test reads it
            print(json.dumps({"error": f"{type(exc).__name__}: {exc}"}), flush=True)
            continue
        print(json.dumps({"stored": stored, "duplicates": duplicates, "storylines": storylines}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
