"""Feeds and URLs through read_sources: real loopback server, real feedparser, real trafilatura."""

from __future__ import annotations

import json
import time

import pytest
from typer.testing import CliRunner

from loopback import Loopback, page, rss
from wirebrief.cli import app
from wirebrief.config import Settings
from wirebrief.errors import InputError
from wirebrief.ingest.feeds import looks_like_feed, parse_feed, read_opml
from wirebrief.ingest import read_sources

SETTINGS = Settings(db_url="sqlite://", model="unused", allow_private=True)

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Times</title><id>urn:x</id><updated>2024-03-14T09:30:00Z</updated>
<entry><title>Flood barrier approved</title><id>urn:entry:1</id><link href="/a1"/>
<updated>2024-03-14T09:30:00Z</updated><content type="html">&lt;p&gt;The council voted nine to four.&lt;/p&gt;</content></entry>
</feed>"""

RDF = """<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="http://x.invalid/"><title>RDF Times</title><link>http://x.invalid/</link><description>d</description></channel>
<item rdf:about="http://x.invalid/r1"><title>Rail strike off</title><link>http://x.invalid/r1</link>
<description>Unions reached a deal.</description></item></rdf:RDF>"""

RSS_091 = """<?xml version="1.0"?><rss version="0.91"><channel><title>Old Times</title><link>http://x.invalid/</link>
<description>d</description><language>en</language><item><title>Old story</title><link>http://x.invalid/o1</link>
<description>It happened.</description></item></channel></rss>"""

JSON_FEED = json.dumps(
    {"version": "https://jsonfeed.org/version/1.1", "title": "JSON Times",
     "items": [{"id": "j1", "url": "http://x.invalid/j1", "title": "Bridge reopens",
                "content_html": "<p>The bridge reopened.</p><p>Traffic resumed.</p>", "date_published": "2024-03-15T08:00:00Z"}]}
)  # fmt: skip

BOMB = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
<rss version="2.0"><channel><title>&d;</title><item><title>&d;</title><link>http://x.invalid/1</link></item></channel></rss>"""

EXTERNAL = """<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>t</title><item><title>&x;</title><link>http://x.invalid/1</link></item></channel></rss>"""


@pytest.fixture
def web():
    with Loopback() as server:
        yield server


@pytest.mark.parametrize(
    ("data", "title", "first_title", "first_link"),
    [
        (rss([("One", "http://x.invalid/1")]), "Coastal Times", "One", "http://x.invalid/1"),
        (ATOM, "Atom Times", "Flood barrier approved", "http://feeds.invalid/a1"),
        (RDF, "RDF Times", "Rail strike off", "http://x.invalid/r1"),
        (RSS_091, "Old Times", "Old story", "http://x.invalid/o1"),
        (JSON_FEED, "JSON Times", "Bridge reopens", "http://x.invalid/j1"),
    ],
)
def test_parse_feed_reads_every_format(data, title, first_title, first_link):
    assert looks_like_feed(data.encode())
    feed = parse_feed(data.encode(), "http://feeds.invalid/feed")
    assert feed.title == title
    assert feed.entries[0].title == first_title and feed.entries[0].link == first_link


def test_parse_feed_keeps_entry_text_dates_and_ids():
    atom = parse_feed(ATOM.encode(), "http://feeds.invalid/feed").entries[0]
    assert atom.id == "urn:entry:1" and atom.text == "The council voted nine to four."
    assert atom.published.isoformat() == "2024-03-14T09:30:00+00:00"
    item = parse_feed(JSON_FEED.encode(), "u").entries[0]
    assert item.text == "The bridge reopened.\n\nTraffic resumed." and item.published.day == 15


def _utf16_declared(xml: str, codec: str) -> bytes:
    """The document in a wide encoding, as a server may send it: a BOM, and the declaration naming it."""
    declared = xml.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>')
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff", "utf-32-le": b"\xff\xfe\x00\x00", "utf-32-be": b"\x00\x00\xfe\xff"}[codec]
    return bom + declared.encode(codec)


@pytest.mark.parametrize(
    "data",
    [BOMB.encode(), EXTERNAL.encode(), _utf16_declared(BOMB, "utf-16-le"), _utf16_declared(EXTERNAL, "utf-16-be"),
     _utf16_declared(BOMB, "utf-32-le"), _utf16_declared(BOMB + "<<broken", "utf-16-le")],
    ids=["bomb", "external", "bomb-utf16le", "external-utf16be", "bomb-utf32le", "broken-utf16le"],
)
def test_parse_feed_refuses_entity_declarations_without_expanding(data):
    started = time.monotonic()
    with pytest.raises(InputError, match="declares entities"):
        parse_feed(data, "http://feeds.invalid/bomb")
    assert time.monotonic() - started < 1


def test_a_utf16_feed_without_entities_is_read():
    feed = parse_feed(_utf16_declared('<?xml version="1.0"?>' + rss([("Wide", "http://x.invalid/w")]).split("?>", 1)[-1], "utf-16-le"), "http://f.invalid/")
    assert [e.title for e in feed.entries] == ["Wide"]


@pytest.mark.parametrize("data", ["<rss version='2.0'><channel><title>x</title><item><title>broken", "<feed><<<>>"])
def test_parse_feed_reports_malformed_xml(data):
    with pytest.raises(InputError, match="not a readable feed|not a feed"):
        parse_feed(data.encode(), "http://feeds.invalid/bad")


def test_parse_feed_keeps_the_complete_entries_of_a_truncated_feed():
    truncated = rss([("One", "http://x.invalid/1"), ("Two", "http://x.invalid/2")])[:-40]
    feed = parse_feed(truncated.encode(), "http://feeds.invalid/feed")
    assert [e.link for e in feed.entries] == ["http://x.invalid/1", "http://x.invalid/2"]


def test_read_opml_lists_feed_urls_once():
    opml = b"""<?xml version="1.0"?><opml version="2.0"><head><title>subs</title></head><body>
    <outline text="news"><outline text="a" type="rss" xmlUrl="http://a.invalid/feed"/>
    <outline text="b" type="rss" xmlUrl="http://b.invalid/atom"/></outline>
    <outline text="a again" xmlUrl="http://a.invalid/feed"/></body></opml>"""
    assert read_opml(opml, "subs.opml") == ["http://a.invalid/feed", "http://b.invalid/atom"]
    with pytest.raises(InputError, match="declares entities"):
        read_opml(b'<!DOCTYPE o [<!ENTITY a "b">]><opml/>', "bad.opml")


def test_read_sources_extracts_a_web_page(web):
    web.add("/story", page("Harbour council approves flood barrier"))
    result = read_sources([web.url("/story")], SETTINGS)
    assert not result.errors
    [document] = result.documents
    assert document.title == "Harbour council approves flood barrier"
    assert document.origin == web.url("/story") and document.url == web.url("/story")
    assert document.site == "Coastal Times" and document.published.isoformat() == "2024-03-14"
    assert "40 million euro flood barrier" in document.text and "Home" not in document.text


def test_read_sources_refuses_a_private_url_unless_allowed(web):
    web.add("/story", page("Harbour council approves flood barrier"))
    result = read_sources([web.url("/story")], Settings(db_url="sqlite://", model="unused", allow_private=False))
    assert not result.documents
    assert "loopback address" in result.errors[0].reason and web.connections == 0


def test_read_sources_expands_a_feed_into_its_entries_pages(web):
    web.add("/a1", page("Flood barrier approved"))
    web.add("/a2", page("Rail strike called off", "Unions and the operator reached a deal late on Tuesday night."))
    web.add("/feed.xml", rss([("Flood barrier approved", web.url("/a1")), ("Rail strike", web.url("/a2"))]),
            content_type="application/rss+xml")  # fmt: skip
    result = read_sources([web.url("/feed.xml")], SETTINGS)
    assert [d.origin for d in result.documents] == [web.url("/a1"), web.url("/a2")]
    assert result.documents[1].title == "Rail strike called off"
    assert "late on Tuesday night" in result.documents[1].text


def test_read_sources_falls_back_to_the_feed_text_when_an_entry_page_fails(web):
    web.add("/feed.xml", rss([("Gone story", web.url("/gone"))]), content_type="application/xml")
    [document] = read_sources([web.url("/feed.xml")], SETTINGS).documents
    assert document.text == "Summary of Gone story." and document.title == "Gone story"
    assert document.site == "Coastal Times"


def test_read_sources_reports_a_malformed_feed(web):
    web.add("/bad.xml", "<rss version='2.0'><channel><item><title>x", content_type="application/rss+xml")
    result = read_sources([web.url("/bad.xml")], SETTINGS)
    assert not result.documents and "feed" in result.errors[0].reason


def test_cli_brief_url_needs_allow_private_for_loopback(web, monkeypatch):
    monkeypatch.delenv("WIREBRIEF_ALLOW_PRIVATE", raising=False)
    web.add("/story", page("Harbour council approves flood barrier"))
    runner = CliRunner()
    refused = runner.invoke(app, ["brief", web.url("/story")])
    assert refused.exit_code == 1 and "loopback address" in refused.output
    assert web.connections == 0
    allowed = runner.invoke(app, ["brief", "--allow-private", web.url("/story")])
    assert allowed.exit_code == 0, allowed.output
    assert "flood barrier" in allowed.stdout.lower() and "The Story:" in allowed.stdout
