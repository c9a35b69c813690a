"""Response cache: a model's answer to a prompt, kept on disk so the same briefing is not paid for twice.

Keyed by the model id and a hash of everything sent (messages, schema, token limit, temperature).
One SQLite file (`$WIREBRIEF_CACHE_DIR`, else `$XDG_CACHE_HOME/wirebrief`, else `~/.cache/wirebrief`):
each answer is written in one transaction, so a crash never leaves half an entry, and several
processes can share it. Only answers that validated are stored.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
import time
from pathlib import Path

from .backends import Completion

_SCHEMA = """CREATE TABLE IF NOT EXISTS responses (
    key TEXT PRIMARY KEY, model TEXT NOT NULL, text TEXT NOT NULL,
    prompt_tokens INTEGER NOT NULL, completion_tokens INTEGER NOT NULL, created REAL NOT NULL)"""


def default_dir() -> Path:
    explicit = os.environ.get("WIREBRIEF_CACHE_DIR")
    if explicit:
        return Path(explicit)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "wirebrief"


def request_key(model_id: str, request: dict) -> str:
    payload = json.dumps(request, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(f"{model_id}\x1f{payload}".encode("utf-8")).hexdigest()


class ResponseCache:
    def __init__(self, directory: Path | None = None) -> None:
        directory = directory or default_dir()
        directory.mkdir(parents=True, exist_ok=True)
        self.path = directory / "llm-responses.sqlite3"
        self._db = sqlite3.connect(self.path, timeout=30, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(_SCHEMA)
        self._lock = threading.Lock()  # one connection, shared by the threads of a web server

    def get(self, key: str) -> Completion | None:
        with self._lock:
            row = self._db.execute("SELECT text, prompt_tokens, completion_tokens FROM responses WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        return Completion(row[0], row[1], row[2], 0.0, 0.0, cached=True)

    def put(self, key: str, model_id: str, completion: Completion) -> None:
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO responses VALUES (?, ?, ?, ?, ?, ?)",
                (key, model_id, completion.text, completion.prompt_tokens, completion.completion_tokens, time.time()),
            )

    def close(self) -> None:
        self._db.close()
