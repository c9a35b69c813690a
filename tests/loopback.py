"""A real HTTP server on loopback for fetch, feed and watch tests (never any other address).

    with Loopback() as web:
        web.add("/page", body=b"<html>...", content_type="text/html")
        web.add("/slow", handler=lambda h: (time.sleep(2), h.reply(200, b"late")))
        fetch(web.url("/page"), allow_private=True)

`web.requests` records (path, headers) of every request; `web.connections` counts accepted TCP
connections, so a test can prove that nothing connected at all.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "_Server"

    body = b""  # a POST's request body

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        self.body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.do_GET()

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        owner = self.server.owner
        with owner.lock:
            owner.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
        route = owner.routes.get(self.path.split("?", 1)[0])
        if route is None:
            self.reply(404, b"not found", "text/plain")
            return
        try:
            route(self)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client hung up, as a capped or timed-out fetch does

    def reply(self, status: int, body: bytes = b"", content_type: str | None = "text/html", headers: dict | None = None) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if not any(name.lower() == "content-length" for name in headers or {}):
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # quiet test output
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: "Loopback"

    def handle_error(self, request, client_address):  # type: ignore[no-untyped-def]
        pass  # a client hanging up mid-response (capped or timed-out fetch) is expected here

    def get_request(self):  # type: ignore[no-untyped-def]
        request = super().get_request()
        with self.owner.lock:
            self.owner.connections += 1
        return request


class Loopback:
    def __init__(self, host: str = "127.0.0.1") -> None:
        if not host.startswith("127."):
            raise ValueError("tests serve on loopback only")
        self.routes: dict[str, Callable[[Handler], None]] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.connections = 0
        self.lock = threading.Lock()
        self._server = _Server((host, 0), Handler)
        self._server.owner = self
        self.host, self.port = self._server.server_address[:2]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> "Loopback":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def url(self, path: str, host: str | None = None) -> str:
        return f"http://{host or self.host}:{self.port}{path}"

    def add(
        self,
        path: str,
        body: bytes | str = b"",
        *,
        status: int = 200,
        content_type: str | None = "text/html; charset=utf-8",
        headers: dict | None = None,
        handler: Callable[[Handler], None] | None = None,
    ) -> None:
        """Serve a fixed response at `path`, or let `handler` answer."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = handler or (lambda h: h.reply(status, data, content_type, headers))

    def hits(self, path: str) -> int:
        return sum(1 for p, _ in self.requests if p.split("?", 1)[0] == path)


# --- fixture pages and feeds ---------------------------------------------------------------------

ARTICLE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{title} | Coastal Times</title><meta property="og:site_name" content="Coastal Times">
<meta property="article:published_time" content="2024-03-14T09:30:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>{title}</h1>
<p>The harbour council voted on Wednesday to build a 40 million euro flood barrier across the mouth of the
estuary, ending a decade of debate over how to protect the old town from winter storms.</p>
<p>Councillors approved the plan by nine votes to four after a three-hour session in which residents urged
them to act before next winter's storm season, which forecasters expect to be severe.</p>
<p>{extra}</p></article><footer>Copyright 2024 Coastal Times</footer></body></html>"""


def page(title: str, extra: str = "Construction is due to start in the autumn and take about three years.") -> str:
    return ARTICLE.format(title=title, extra=extra)


def rss(items: list[tuple[str, str]], title: str = "Coastal Times") -> str:
    body = "".join(
        f"<item><title>{t}</title><link>{link}</link><guid>{link}</guid>"
        f"<pubDate>Thu, 14 Mar 2024 09:30:00 GMT</pubDate><description>Summary of {t}.</description></item>"
        for t, link in items
    )
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>{body}</channel></rss>'
