"""Answers kept in memory until the store changes: GET pages, API answers and feeds, with ETag and 304.

`StoreVersion` tells whether anything was committed to the database since the last look, by this process or
any other (an `ingest` running beside `serve`, another worker): on SQLite it is `PRAGMA data_version` on a
read-only connection of its own, a few microseconds. `ResponseCache` (ASGI middleware) keeps each 200 answer
to a GET under its address and serves it again, with its ETag, until that version moves; then it forgets them
all. Other databases give no such version, and there nothing is kept.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections import OrderedDict
from urllib.parse import quote

from sqlalchemy import Engine
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CACHE_BYTES = 64 * 1024 * 1024  # answers kept per process


class StoreVersion:
    """A value that changes whenever a transaction is committed to the database; None when it cannot be known."""

    def __init__(self, engine: Engine) -> None:
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        database = engine.url.database
        if engine.dialect.name == "sqlite" and database and database != ":memory:" and not database.startswith("file:"):
            try:
                self._connection = sqlite3.connect(f"file:{quote(database)}?mode=ro", uri=True, check_same_thread=False)
            except sqlite3.Error:
                self._connection = None  # unreadable from here: nothing is kept

    def current(self) -> int | None:
        if self._connection is None:
            return None
        with self._lock:
            try:
                return self._connection.execute("PRAGMA data_version").fetchone()[0]
            except sqlite3.Error:
                return None  # the database is unavailable: keep nothing, let the app say so

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()


class ResponseCache:
    """Serves a GET again from memory while the store is unchanged; ETag on every kept answer, 304 when it matches."""

    def __init__(self, app: ASGIApp, version: StoreVersion, max_bytes: int = CACHE_BYTES) -> None:
        self.app = app
        self.version = version
        self.max_bytes = max_bytes
        self._answers: OrderedDict[tuple, tuple[list[tuple[bytes, bytes]], bytes, bytes]] = OrderedDict()
        self._bytes = 0
        self._seen_version: int | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        if b"if-modified-since" in headers and b"if-none-match" not in headers:
            await self.app(scope, receive, send)  # the feeds answer dates themselves
            return
        version = self.version.current()
        if version is None:
            await self.app(scope, receive, send)
            return
        if version != self._seen_version:
            self._answers.clear()
            self._bytes = 0
            self._seen_version = version
        key = (scope["scheme"], headers.get(b"host"), scope.get("root_path", ""), scope["path"], scope["query_string"])
        kept = self._answers.get(key)
        if kept is not None:
            self._answers.move_to_end(key)
            await _answer(send, headers, *kept)
            return
        await self._fill(scope, receive, send, headers, key, version)

    async def _fill(self, scope: Scope, receive: Receive, send: Send, request_headers: dict, key: tuple, version: int) -> None:
        """Run the app; keep its answer when it is a whole 200 with nothing private in it."""
        start: Message | None = None
        chunks: list[bytes] = []

        async def keep(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                if message["status"] != 200:
                    await send(message)
            elif message["type"] == "http.response.body" and start is not None and start["status"] == 200:
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    await self._done(start, b"".join(chunks), send, request_headers, key, version)
            else:
                await send(message)

        await self.app(scope, receive, keep)

    async def _done(self, start: Message, body: bytes, send: Send, request_headers: dict, key: tuple, version: int) -> None:
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        names = {k.lower() for k, _ in headers}
        etag = next((v for k, v in headers if k.lower() == b"etag"), None)
        if etag is None:
            etag = b'"' + hashlib.blake2b(body, digest_size=12).hexdigest().encode() + b'"'
            headers.append((b"etag", etag))
        if b"cache-control" not in names:
            headers.append((b"cache-control", b"no-cache"))  # a browser may keep it, asking with its ETag first
        if b"set-cookie" not in names and len(body) <= self.max_bytes and version == self.version.current():
            self._answers[key] = (headers, body, etag)
            self._bytes += len(body)
            while self._bytes > self.max_bytes:
                self._bytes -= len(self._answers.popitem(last=False)[1][1])
        await _answer(send, request_headers, headers, body, etag)


async def _answer(send: Send, request_headers: dict, headers: list[tuple[bytes, bytes]], body: bytes, etag: bytes) -> None:
    if _matches(request_headers.get(b"if-none-match"), etag):
        kept = [(k, v) for k, v in headers if k.lower() not in (b"content-type", b"content-length")]
        await send({"type": "http.response.start", "status": 304, "headers": kept})
        await send({"type": "http.response.body", "body": b""})
        return
    await send({"type": "http.response.start", "status": 200,
                "headers": [*headers, (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def _matches(if_none_match: bytes | None, etag: bytes) -> bool:
    if if_none_match is None:
        return False
    tags = {t.strip().removeprefix(b"W/") for t in if_none_match.split(b",")}
    return if_none_match.strip() == b"*" or etag.removeprefix(b"W/") in tags
