"""Property-based tests (hypothesis): on arbitrary input, segmentation, date resolution and the feed and
OPML readers either answer or raise wirebrief's own errors (one line for the user), never anything else."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wirebrief import dates, segment
from wirebrief.errors import WirebriefError
from wirebrief.ingest.feeds import parse_feed, read_opml
from wirebrief.models import Document

# Pieces of what real pastes and feeds hold, so that generated input reaches past the first check.
NEWS_PIECES = [
    "Council approves flood barrier", "BREAKING:", "By Staff Reporter", "ATLANTA (AP) —", "Read more:", "***", "—",
    "# Heading", "## Sub", "1.", "- ", "“Quote,” she said.", '"We will," he said.', "Advertisement", "(Photo: AP)",
    "on Wednesday", "last May", "in the 1990s", "March 3-5, 2024", "next year", "Q:", "A:", "\n", "\n\n", "\t", " ",
    "\u200b", "\ufeff", "\x00", "é", "中文", "🙂",
]
XML_PIECES = [
    '<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>', "<rss version='2.0'>", "</rss>", "<channel>",
    "</channel>", "<item>", "</item>", "<title>", "</title>", "<link>http://x.invalid/1</link>", "<feed xmlns='http://www.w3.org/2005/Atom'>",
    "</feed>", "<entry>", "</entry>", "<opml version='2.0'>", "</opml>", "<body>", "</body>", "<outline xmlUrl='http://f.invalid/rss'/>",
    "<![CDATA[x]]>", "<!DOCTYPE x>", "<!-- c -->", "&amp;", "&bogus;", "&#0;", "<pubDate>Mon, 99 Foo 2024</pubDate>", "\x00", "é",
]

news_text = st.one_of(
    st.text(max_size=2000),
    st.lists(st.one_of(st.sampled_from(NEWS_PIECES), st.text(max_size=40)), max_size=80).map("".join),
)
xml_bytes = st.one_of(
    st.binary(max_size=2000),
    st.lists(st.one_of(st.sampled_from(XML_PIECES), st.text(max_size=30)), max_size=60).map(lambda parts: "".join(parts).encode("utf-8", "surrogatepass")),
)
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(text=news_text, single=st.booleans())
def test_segment_answers_or_raises_its_own_error(text: str, single: bool) -> None:
    document = Document(id="d", origin="paste.txt", text=text, single_article=single)
    try:
        articles = segment.split_document(document)
    except WirebriefError:
        return
    for article in articles:
        assert article.title.strip() and isinstance(article.text, str)


@PROPERTY
@given(
    expression=news_text.map(lambda t: t[:80]),
    published=st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
    future=st.sampled_from([None, True, False, dates.NEAREST]),
)
def test_resolve_date_never_raises(expression: str, published: dt.date, future) -> None:
    resolved = dates.resolve_date(expression, published, future=future)
    assert resolved is None or isinstance(resolved.value, str)


@PROPERTY
@given(data=xml_bytes)
def test_feed_reader_answers_or_raises_its_own_error(data: bytes) -> None:
    try:
        feed = parse_feed(data, "http://feeds.invalid/feed")
    except WirebriefError:
        return
    assert all(entry.link or entry.text for entry in feed.entries)


@PROPERTY
@given(data=xml_bytes)
def test_opml_reader_answers_or_raises_its_own_error(data: bytes) -> None:
    try:
        urls = read_opml(data, "feeds.opml")
    except WirebriefError:
        return
    assert all(isinstance(url, str) for url in urls)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=news_text, published=st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))))
def test_annotate_reads_any_story_text(text: str, published: dt.date | None) -> None:
    """Speakers, dates and players over whatever segmentation lets through: no exception."""
    from wirebrief import annotate
    from wirebrief.config import DEFAULT_MODEL

    try:
        articles = segment.split_document(Document(id="d", origin="paste.txt", text=text, published=published))
    except WirebriefError:
        return
    for notes, article in zip(annotate.annotate(articles, DEFAULT_MODEL), articles, strict=True):
        assert notes.article == article
        assert all(quote.text for quote in notes.quotes) and all(player.name for player in notes.players)
