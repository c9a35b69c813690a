"""LLM endpoints on loopback for the llm writer's tests (never any other address).

`llama_server(gguf)` runs the real thing, `python -m llama_cpp.server`, and yields its base URL:

    with llama_server(path) as base_url:
        OpenAIBackend("gemma", base_url=base_url)

`FakeEndpoint` is an OpenAI-compatible `/v1/chat/completions` that answers what a test tells it to —
a crafted briefing, invalid JSON, a 500, a stall — so timeouts, retries and validation meet a real
HTTP server:

    with FakeEndpoint() as api:
        api.script = [api.error(500), api.answer('{"story": …}')]   # one reply per request, last repeats
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from loopback import Handler, Loopback


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def llama_server(gguf: Path, *, context_tokens: int = 4096, chat_format: str = "gemma", startup_s: float = 60.0) -> Iterator[str]:
    """`python -m llama_cpp.server` on a free loopback port, stopped afterwards; yields the base URL."""
    port = free_port()
    command = [sys.executable, "-m", "llama_cpp.server", "--model", str(gguf), "--host", "127.0.0.1",
               "--port", str(port), "--n_ctx", str(context_tokens), "--model_alias", "gemma",
               "--chat_format", chat_format]
    log = tempfile.TemporaryFile(mode="w+")  # a pipe nobody reads would fill up and stall the server
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, text=True)
    base_url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + startup_s
        while True:
            if process.poll() is not None:
                log.seek(0)
                raise RuntimeError(f"llama_cpp.server exited with {process.returncode}: {log.read()[-2000:]}")
            try:
                if httpx.get(f"{base_url}/models", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"llama_cpp.server did not answer on {base_url} within {startup_s} s")
            time.sleep(0.2)
        yield base_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


Reply = Callable[[Handler], None]


class FakeEndpoint:
    """`/v1/chat/completions` on a `Loopback` server, answering each request with the next reply of
    `script` (the last one repeats); `requests` holds the JSON bodies received."""

    def __init__(self) -> None:
        self.requests: list[dict] = []
        self.script: list[Reply] = [self.answer("{}")]
        self._web = Loopback()
        self._web.add("/v1/chat/completions", handler=self._reply)
        self.base_url = self._web.url("/v1")

    def _reply(self, h: Handler) -> None:
        with self._web.lock:
            self.requests.append(json.loads(h.body or b"{}"))
            reply = self.script[min(len(self.requests), len(self.script)) - 1]
        reply(h)

    def __enter__(self) -> "FakeEndpoint":
        self._web.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self._web.__exit__(*exc)

    @staticmethod
    def answer(content: str) -> Reply:
        """A streamed chat completion whose content is `content`, in a few chunks, with usage."""

        def reply(h: Handler) -> None:
            pieces = [content[i : i + 16] for i in range(0, len(content), 16)] or [""]
            events = [{"choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]} for piece in pieces]
            events.append({"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
            events.append({"choices": [], "usage": {"prompt_tokens": 100, "completion_tokens": len(pieces), "total_tokens": 100 + len(pieces)}})
            base = {"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": 0, "model": "fake"}
            body = "".join(f"data: {json.dumps(base | event)}\n\n" for event in events) + "data: [DONE]\n\n"
            h.reply(200, body.encode("utf-8"), "text/event-stream")

        return reply

    @staticmethod
    def error(status: int, message: str = "server error", headers: dict | None = None) -> Reply:
        body = json.dumps({"error": {"message": message, "type": "server_error"}}).encode()
        return lambda h: h.reply(status, body, "application/json", {"retry-after-ms": "20", **(headers or {})})

    @staticmethod
    def stall(seconds: float) -> Reply:
        """Accept the request and say nothing for `seconds`."""
        return lambda h: time.sleep(seconds)
