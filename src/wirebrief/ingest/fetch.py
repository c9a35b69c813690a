"""Fetch: one URL to bytes, safely, over httpx.

1. Redirects are followed here, not by httpx: at most MAX_REDIRECTS hops, each one checked.
2. Before every hop the host is resolved with `getaddrinfo` and *every* address it resolves to is
   checked; loopback, private, link-local, multicast, reserved, unspecified and other non-global
   addresses are refused unless allowed. The check is on resolved IPs, never on the host text, so
   `localhost`, `2130706433` or a public name pointing at 10.0.0.1 are refused alike.
3. The request then goes to the vetted IP itself (the URL's host is replaced by the IP; the Host
   header and TLS SNI/certificate check keep the name). A DNS answer that changes between the
   check and the connect (DNS rebinding) therefore cannot send us anywhere unchecked.
4. The body is streamed and cut at a byte cap counted after decompression (so a gzip or brotli
   bomb is cut too), under connect/read timeouts plus an overall deadline (a server dripping one
   byte at a time cannot hold us).
5. Only HTML/XHTML, RSS/Atom/RDF/XML, JSON Feed and plain text are accepted.

Environment proxies are ignored (`trust_env=False`): a proxy would connect on our behalf to
addresses we never checked. `_send` is the one seam where httpx is called and its errors mapped.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

import httpx

from ..version import __version__
from ..config import MAX_INPUT_BYTES
from ..errors import FetchError

FETCH_CONNECT_TIMEOUT_S = 5.0
FETCH_READ_TIMEOUT_S = 15.0  # longest wait for any single read
FETCH_DEADLINE_S = 60.0  # whole fetch, every hop and the body included
MAX_REDIRECTS = 5
MAX_FETCH_BYTES = MAX_INPUT_BYTES  # decoded body
USER_AGENT = f"wirebrief/{__version__} (news briefing fetcher; +https://wirebrief.invalid/bot)"
ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,"
    "application/xml;q=0.9,text/xml;q=0.9,application/json;q=0.8,text/plain;q=0.8"
)
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
        "application/feed+json",
        "application/json",
    }
)
ACCEPTED_TYPES = HTML_TYPES | FEED_TYPES | {"text/plain"}
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
RETRY_STATUSES = frozenset({429, 503})

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


@dataclass(frozen=True)
class FetchResult:
    url: str  # final URL, after redirects
    status: int  # 200-299, or 304 for a conditional GET that found nothing new
    content: bytes  # decoded body (empty for 304)
    content_type: str | None  # media type, lower case, without parameters
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def fetch(
    url: str,
    *,
    allow_private: bool = False,
    allow_networks: Sequence[str] = (),
    etag: str | None = None,
    last_modified: str | None = None,
    max_bytes: int = MAX_FETCH_BYTES,
    connect_timeout_s: float = FETCH_CONNECT_TIMEOUT_S,
    read_timeout_s: float = FETCH_READ_TIMEOUT_S,
    deadline_s: float = FETCH_DEADLINE_S,
) -> FetchResult:
    """GET `url` following checked redirects; raises FetchError naming the URL on any failure.

    Args:
        allow_private: fetch from any address (loopback, LAN, link-local ...).
        allow_networks: CIDR ranges allowed even when `allow_private` is off (e.g. "10.1.0.0/16").
        etag, last_modified: validators from an earlier fetch; a 304 comes back as `not_modified`.
    """
    networks = [ipaddress.ip_network(n, strict=False) for n in allow_networks]
    deadline = time.monotonic() + deadline_s
    timeout = httpx.Timeout(read_timeout_s, connect=connect_timeout_s)
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    with _client(timeout) as client:
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            target = _checked_target(current, allow_private, networks)
            with _send(client, current, target, headers) as response:
                if response.status_code in REDIRECT_STATUSES:
                    location = response.headers.get("Location")
                    if not location:
                        raise FetchError(current, f"HTTP {response.status_code} redirect without a Location")
                    current = str(httpx.URL(current).join(location))
                    continue
                return _result(current, response, max_bytes, deadline)
    raise FetchError(url, f"too many redirects (more than {MAX_REDIRECTS})")


# --- 1-3: addresses ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Target:
    pinned_url: httpx.URL  # the URL with its host replaced by the vetted IP
    host: str  # the name, for the Host header and TLS
    netloc: str


def _checked_target(url: str, allow_private: bool, networks: Sequence[Network]) -> _Target:
    """Resolve the URL's host, check every address, and pin the first one."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise FetchError(url, f"invalid URL ({exc})") from None
    if parsed.scheme not in ("http", "https"):
        raise FetchError(url, f"unsupported scheme {parsed.scheme!r}: only http and https are fetched")
    host = parsed.raw_host.decode("ascii")
    if not host:
        raise FetchError(url, "no host in URL")
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    addresses = _resolve(url, host, port)
    for address in addresses:
        refusal = refusal_reason(address)
        if refusal and not allow_private and not any(address in n for n in networks):
            raise FetchError(
                url, f"refused: {host} resolves to {address}, a {refusal} address (use --allow-private or WIREBRIEF_ALLOW_PRIVATE=1 to allow)"
            )
    return _Target(parsed.copy_with(host=str(addresses[0])), host, parsed.netloc.decode("ascii"))


def _resolve(url: str, host: str, port: int) -> list[Address]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(url, f"cannot resolve host {host} ({exc})") from None
    addresses: list[Address] = []
    for *_, sockaddr in infos:
        address = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])  # drop an IPv6 zone id
        if address not in addresses:
            addresses.append(address)
    if not addresses:
        raise FetchError(url, f"cannot resolve host {host}")
    return addresses


def refusal_reason(address: Address) -> str | None:
    """Why an address is not fetched by default ("loopback", "private" ...), or None if it is public."""
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        elif address in _NAT64:  # an IPv4 address behind the well-known NAT64 prefix: judge that address
            embedded = refusal_reason(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
            return f"{embedded} (NAT64)" if embedded else None
        elif address.sixtofour is not None:  # 6to4 (deprecated, RFC 7526) tunnels to any IPv4 address
            return "6to4"
        elif address.is_site_local:  # fec0::/10, deprecated, still routed inside some networks
            return "site-local"
    checks = (
        ("unspecified", address.is_unspecified),
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("private", address.is_private),
        ("reserved", address.is_reserved),
        ("non-public", not address.is_global),
    )
    return next((label for label, flagged in checks if flagged), None)


# --- the httpx seam ------------------------------------------------------------------------------


def _client(timeout: httpx.Timeout) -> httpx.Client:
    return httpx.Client(
        follow_redirects=False,
        trust_env=False,
        timeout=timeout,
        headers={"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": "gzip, deflate, br"},
    )


@contextmanager
def _send(client: httpx.Client, url: str, target: _Target, headers: dict[str, str]) -> Iterator[httpx.Response]:
    """Send one GET to the pinned IP and stream the response; httpx errors become FetchError."""
    extensions = {"sni_hostname": target.host} if target.pinned_url.scheme == "https" else {}
    request = client.build_request(
        "GET", target.pinned_url, headers={**headers, "Host": target.netloc}, extensions=extensions
    )
    with _mapped_errors(url):
        response = client.send(request, stream=True)
    try:
        with _mapped_errors(url):
            yield response
    finally:
        response.close()


@contextmanager
def _mapped_errors(url: str) -> Iterator[None]:
    try:
        yield
    except httpx.TimeoutException as exc:
        raise FetchError(url, f"timed out ({type(exc).__name__})") from exc
    except httpx.DecodingError as exc:
        raise FetchError(url, "could not decode the compressed body") from exc
    except httpx.TooManyRedirects as exc:  # not raised with follow_redirects=False; mapped for completeness
        raise FetchError(url, "too many redirects") from exc
    except httpx.HTTPError as exc:
        raise FetchError(url, f"{type(exc).__name__}: {exc}".rstrip(": ")) from exc


# --- 4-5: the response ---------------------------------------------------------------------------


def _result(url: str, response: httpx.Response, max_bytes: int, deadline: float) -> FetchResult:
    status = response.status_code
    validators = {"etag": response.headers.get("ETag"), "last_modified": response.headers.get("Last-Modified")}
    if status == 304:
        return FetchResult(url, 304, b"", None, **validators)
    if status in RETRY_STATUSES:
        retry = parse_retry_after(response.headers.get("Retry-After"))
        shown = f", retry after {retry:.0f} s" if retry is not None else ""
        raise FetchError(url, f"HTTP {status} {response.reason_phrase}{shown}", status=status, retry_after_s=retry)
    if not 200 <= status < 300:
        raise FetchError(url, f"HTTP {status} {response.reason_phrase}", status=status)
    content_type = media_type(response.headers.get("Content-Type"))
    if content_type is not None and content_type not in ACCEPTED_TYPES:
        raise FetchError(url, f"unsupported content type {content_type} (expected a web page or a feed)")
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(url, f"too large: {int(declared)} bytes declared, limit {max_bytes}")
    chunks, total = [], 0
    for chunk in response.iter_bytes():  # as they arrive, so the deadline is checked on every read
        total += len(chunk)
        if total > max_bytes:
            raise FetchError(url, f"too large: more than {max_bytes} bytes")
        if time.monotonic() > deadline:
            raise FetchError(url, "timed out (the whole fetch took too long)")
        chunks.append(chunk)
    return FetchResult(url, status, b"".join(chunks), content_type, **validators)


def media_type(header: str | None) -> str | None:
    """`text/html; charset=utf-8` -> `text/html`; None when absent or empty."""
    value = (header or "").split(";", 1)[0].strip().lower()
    return value or None


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Retry-After as seconds from now (delta-seconds or an HTTP date); None if absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return max(0.0, (moment - (now or datetime.now(timezone.utc))).total_seconds())


def is_feed_type(content_type: str | None) -> bool:
    return content_type in FEED_TYPES
