"""What stands between untrusted input and the reader: headers, a body cap, a rate limit, safe links."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from urllib.parse import urlsplit

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY_BYTES = 1024 * 1024  # every request body, form or JSON

# No inline script or style anywhere: every script and stylesheet is a file under /static.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; "
    "base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


def safe_url(url: str | None) -> str | None:
    """The URL if it is an http(s) address with a host, else None: no javascript:, data: or relative links."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


class BodyTooLarge(HTTPException):
    """The request body passed the cap (an HTTPException, so body parsers pass it on as it is)."""

    def __init__(self) -> None:
        super().__init__(413, "request body too large")


class SecurityMiddleware:
    """Adds the security headers to every response and refuses bodies over `max_body_bytes` with 413."""

    def __init__(self, app: ASGIApp, max_body_bytes: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body_bytes):
            await _refuse_too_large(scope, send)
            return
        received = 0

        async def counted_receive() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_body_bytes:
                raise BodyTooLarge
            return message

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, counted_receive, send_with_headers)


class LastResortMiddleware:
    """Answers an unhandled exception with `handler(request, exc)` inside `SecurityMiddleware`, so a 500 carries
    the security headers too (Starlette's own last resort sits outside every middleware)."""

    def __init__(self, app: ASGIApp, handler: Callable[[Request, Exception], Response]) -> None:
        self.app = app
        self.handler = handler

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watched_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, watched_send)
        except Exception as exc:
            if started:
                raise
            await self.handler(Request(scope), exc)(scope, receive, send)


TOO_LARGE_JSON = b'{"error":{"status":413,"title":"Too large","message":"request body too large"}}'


async def _refuse_too_large(scope: Scope, send: Send) -> None:
    """413 before reading the body: as JSON in the API's error shape under /api/, else as plain text."""
    if scope.get("path", "").startswith("/api/"):
        await _send(send, 413, TOO_LARGE_JSON, b"application/json")
    else:
        await _send(send, 413, b"request body too large", b"text/plain; charset=utf-8")


async def _send(send: Send, status: int, body: bytes, media_type: bytes) -> None:
    headers = [(b"content-type", media_type), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers + SECURITY_HEADERS})
    await send({"type": "http.response.body", "body": body})


class RateLimiter:
    """At most `limit` events per `window_s` for each key (a client address), counted in memory."""

    def __init__(self, limit: int, window_s: float) -> None:
        self.limit = limit
        self.window_s = window_s
        self._events: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def retry_after_s(self, key: str) -> float:
        """0 and the event counted if `key` is under its limit, else seconds until it will be."""
        now = time.monotonic()
        with self._lock:
            events = self._events.setdefault(key, deque())
            while events and events[0] <= now - self.window_s:
                events.popleft()
            if len(events) >= self.limit:
                return events[0] + self.window_s - now
            events.append(now)
            return 0.0
