"""Fetch: a real HTTP server on 127.0.0.1; nothing is ever sent to any other address."""

from __future__ import annotations

import gzip
import time

import brotli
import pytest

from loopback import Handler, Loopback
from wirebrief.errors import FetchError, InputError
from wirebrief.ingest.fetch import fetch, parse_retry_after, refusal_reason

import ipaddress

PAGE = "<html><head><title>Flood barrier</title></head><body><p>The council voted.</p></body></html>"
MB = 1024 * 1024


@pytest.fixture
def web():
    with Loopback() as server:
        yield server


def test_fetch_returns_body_type_and_sends_our_user_agent(web):
    web.add("/page", PAGE)
    result = fetch(web.url("/page"), allow_private=True)
    assert result.content == PAGE.encode()
    assert result.content_type == "text/html"
    assert result.status == 200 and result.url == web.url("/page")
    _, headers = web.requests[-1]
    assert headers["user-agent"].startswith("wirebrief/")
    assert "br" in headers["accept-encoding"] and "gzip" in headers["accept-encoding"]


def test_fetch_error_is_an_input_error_naming_the_url(web):
    with pytest.raises(InputError, match="HTTP 404"):
        fetch(web.url("/missing"), allow_private=True)


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "2130706433"])
def test_fetch_refuses_loopback_by_resolved_address_before_connecting(web, host):
    web.add("/page", PAGE)
    with pytest.raises(FetchError, match="refused: .* resolves to 127.0.0.1, a loopback address"):
        fetch(web.url("/page", host=host))
    assert web.connections == 0


def test_fetch_keeps_the_host_name_in_the_host_header_while_pinning_the_ip(web):
    web.add("/page", PAGE)
    fetch(web.url("/page", host="localhost"), allow_private=True)
    assert web.requests[-1][1]["host"] == f"localhost:{web.port}"


def test_fetch_follows_redirects_and_reports_the_final_url(web):
    web.add("/a", status=301, headers={"Location": "/b"})
    web.add("/b", status=302, headers={"Location": web.url("/page")})
    web.add("/page", PAGE)
    result = fetch(web.url("/a"), allow_private=True)
    assert result.url == web.url("/page") and result.content == PAGE.encode()


def test_fetch_stops_a_redirect_loop(web):
    web.add("/loop", status=302, headers={"Location": "/loop"})
    with pytest.raises(FetchError, match="too many redirects"):
        fetch(web.url("/loop"), allow_private=True)
    assert web.hits("/loop") == 6  # the first request and 5 redirects


@pytest.mark.parametrize(
    ("target", "kind"),
    [("http://10.0.0.1/admin", "private"), ("http://169.254.169.254/latest/meta-data/", "link-local"),
     ("http://[::1]:9/", "loopback"), ("http://0.0.0.0:9/", "unspecified")],
)
def test_fetch_refuses_a_redirect_hop_to_a_private_address(web, target, kind):
    web.add("/go", status=302, headers={"Location": target})
    started = time.monotonic()
    with pytest.raises(FetchError, match=f"a {kind} address"):
        fetch(web.url("/go"), allow_networks=["127.0.0.1/32"], connect_timeout_s=5)
    assert time.monotonic() - started < 2  # refused at once, not after a connect attempt


def test_fetch_never_connects_to_a_refused_redirect_target(web):
    """The hop's server is real (127.0.0.2); it must see no connection unless its range is allowed."""
    with Loopback("127.0.0.2") as other:
        other.add("/secret", "internal")
        web.add("/go", status=302, headers={"Location": other.url("/secret")})
        with pytest.raises(FetchError, match="127.0.0.2, a loopback address"):
            fetch(web.url("/go"), allow_networks=["127.0.0.1/32"])
        assert other.connections == 0
        # control: the same hop, allowed, does connect, so the counter above could have seen it
        assert fetch(web.url("/go"), allow_networks=["127.0.0.0/8"]).content == b"internal"
        assert other.connections == 1


def test_fetch_times_out_on_a_slow_server(web):
    web.add("/slow", handler=lambda h: (time.sleep(3), h.reply(200, PAGE.encode())))
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        fetch(web.url("/slow"), allow_private=True, read_timeout_s=0.3)
    assert time.monotonic() - started < 2


def _drip(handler: Handler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    for _ in range(100):
        handler.wfile.write(b"<p>x</p>")
        handler.wfile.flush()
        time.sleep(0.05)


def test_fetch_deadline_stops_a_server_that_drips_bytes(web):
    web.add("/drip", handler=_drip)
    started = time.monotonic()
    with pytest.raises(FetchError, match="took too long"):
        fetch(web.url("/drip"), allow_private=True, read_timeout_s=1, deadline_s=0.5)
    assert time.monotonic() - started < 2


def test_fetch_caps_a_50_mb_body_while_streaming(web):
    sent = []

    def huge(handler: Handler) -> None:  # no Content-Length: the size is only known by reading
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Connection", "close")
        handler.end_headers()
        chunk = b"<p>" + b"a" * (MB - 7) + b"</p>"
        for _ in range(50):
            handler.wfile.write(chunk)
            sent.append(len(chunk))

    web.add("/huge", handler=huge)
    with pytest.raises(FetchError, match="too large"):
        fetch(web.url("/huge"), allow_private=True, max_bytes=5 * MB)
    time.sleep(0.2)
    assert sum(sent) < 50 * MB  # we hung up; the server could not send it all


def test_fetch_refuses_a_declared_oversize_body_without_reading_it(web):
    web.add("/big", handler=lambda h: h.reply(200, b"", "text/html", {"Content-Length": str(50 * MB)}))
    with pytest.raises(FetchError, match=f"{50 * MB} bytes declared"):
        fetch(web.url("/big"), allow_private=True, max_bytes=5 * MB)


def test_fetch_decodes_gzip_and_brotli(web):
    web.add("/gz", gzip.compress(PAGE.encode()), headers={"Content-Encoding": "gzip"})
    web.add("/br", brotli.compress(PAGE.encode()), headers={"Content-Encoding": "br"})
    assert fetch(web.url("/gz"), allow_private=True).content == PAGE.encode()
    assert fetch(web.url("/br"), allow_private=True).content == PAGE.encode()


def test_fetch_caps_a_decompression_bomb(web):
    bomb = gzip.compress(b"\0" * 30 * MB)  # about 30 KB on the wire
    web.add("/bomb", bomb, headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError, match="too large"):
        fetch(web.url("/bomb"), allow_private=True, max_bytes=5 * MB)


@pytest.mark.parametrize("content_type", ["image/png", "application/pdf", "application/octet-stream"])
def test_fetch_refuses_a_wrong_content_type(web, content_type):
    web.add("/file", b"\x89PNG....", content_type=content_type)
    with pytest.raises(FetchError, match=f"unsupported content type {content_type}"):
        fetch(web.url("/file"), allow_private=True)


def test_fetch_conditional_get_returns_not_modified(web):
    def conditional(handler: Handler) -> None:
        if handler.headers.get("If-None-Match") == '"v1"':
            handler.reply(304, content_type=None, headers={"ETag": '"v1"'})
        else:
            handler.reply(200, PAGE.encode(), headers={"ETag": '"v1"', "Last-Modified": "Mon, 02 Feb 2026 10:00:00 GMT"})

    web.add("/feed", handler=conditional)
    first = fetch(web.url("/feed"), allow_private=True)
    assert first.etag == '"v1"' and first.last_modified == "Mon, 02 Feb 2026 10:00:00 GMT" and not first.not_modified
    second = fetch(web.url("/feed"), allow_private=True, etag=first.etag, last_modified=first.last_modified)
    assert second.not_modified and second.content == b""
    assert web.requests[-1][1]["if-modified-since"] == "Mon, 02 Feb 2026 10:00:00 GMT"


@pytest.mark.parametrize("status", [429, 503])
def test_fetch_reports_retry_after(web, status):
    web.add("/busy", status=status, headers={"Retry-After": "120"})
    with pytest.raises(FetchError) as caught:
        fetch(web.url("/busy"), allow_private=True)
    assert caught.value.status == status and caught.value.retry_after_s == 120.0
    assert "retry after 120 s" in str(caught.value)


def test_parse_retry_after_reads_seconds_and_http_dates():
    from datetime import datetime, timezone

    now = datetime(2026, 2, 2, 10, 0, 0, tzinfo=timezone.utc)
    assert parse_retry_after("30", now) == 30.0
    assert parse_retry_after("Mon, 02 Feb 2026 10:01:30 GMT", now) == 90.0
    assert parse_retry_after("soon", now) is None and parse_retry_after(None) is None


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://127.0.0.1/"])
def test_fetch_refuses_other_schemes(url):
    with pytest.raises(FetchError, match="unsupported scheme"):
        fetch(url, allow_private=True)


@pytest.mark.parametrize(
    ("address", "reason"),
    [("8.8.8.8", None), ("10.1.2.3", "private"), ("192.168.0.1", "private"), ("169.254.169.254", "link-local"),
     ("224.0.0.1", "multicast"), ("::ffff:10.0.0.1", "private"), ("fe80::1", "link-local"), ("100.64.0.1", "non-public"),
     ("2606:4700::1111", None), ("2002:7f00:1::1", "6to4"), ("2002:808:808::1", "6to4"), ("fec0::1", "site-local"),
     ("64:ff9b::7f00:1", "loopback (NAT64)"), ("64:ff9b::a00:1", "private (NAT64)"), ("64:ff9b::808:808", None)],
)
def test_refusal_reason_classifies_addresses(address, reason):
    assert refusal_reason(ipaddress.ip_address(address)) == reason
