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
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx


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


Reply = Callable[["_Handler"], None]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "_Server"

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        owner = self.server.owner
        with owner.lock:
            owner.requests.append(json.loads(body or b"{}"))
            reply = owner.script[min(len(owner.requests), len(owner.script)) - 1]
        try:
            reply(self)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as a timed-out call does

    def send(self, status: int, body: bytes, content_type: str, headers: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: "FakeEndpoint"

    def handle_error(self, request, client_address):  # type: ignore[no-untyped-def]
        pass


class FakeEndpoint:
    def __init__(self) -> None:
        self.requests: list[dict] = []
        self.script: list[Reply] = [self.answer("{}")]
        self.lock = threading.Lock()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        self.base_url = f"http://127.0.0.1:{self._server.server_address[1]}/v1"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> "FakeEndpoint":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    @staticmethod
    def answer(content: str) -> Reply:
        """A streamed chat completion whose content is `content`, in a few chunks, with usage."""

        def reply(h: _Handler) -> None:
            pieces = [content[i : i + 16] for i in range(0, len(content), 16)] or [""]
            events = [{"choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]} for piece in pieces]
            events.append({"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
            events.append({"choices": [], "usage": {"prompt_tokens": 100, "completion_tokens": len(pieces), "total_tokens": 100 + len(pieces)}})
            base = {"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": 0, "model": "fake"}
            body = "".join(f"data: {json.dumps(base | event)}\n\n" for event in events) + "data: [DONE]\n\n"
            h.send(200, body.encode("utf-8"), "text/event-stream")

        return reply

    @staticmethod
    def error(status: int, message: str = "server error", headers: dict | None = None) -> Reply:
        body = json.dumps({"error": {"message": message, "type": "server_error"}}).encode()
        return lambda h: h.send(status, body, "application/json", {"retry-after-ms": "20", **(headers or {})})

    @staticmethod
    def stall(seconds: float) -> Reply:
        """Accept the request and say nothing for `seconds`."""
        return lambda h: time.sleep(seconds)
