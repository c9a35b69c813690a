"""Feeds of briefings: Atom 1.0 and RSS 2.0 through feedgen, JSON Feed 1.1 as a dict; newest first.

An entry's content is the briefing as HTML that we build, every text escaped (a feed reader renders
it; nothing in it can execute), without the seed format's header line. An entry is dated by its news:
`published` is the newest publication date of its sources (the briefing's generation time when none
is known), `updated` the time the briefing was generated.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timezone
from html import escape

from feedgen.feed import FeedGenerator

from .. import render
from ..models import Briefing, Statement

JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
GENERATOR = "wirebrief"
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


@dataclass(frozen=True)
class Channel:
    """What a feed is about and where it lives; `link` gives each briefing's page (absolute URL)."""

    title: str
    home_url: str
    feed_url: str
    link: Callable[[Briefing], str]


def news_time(briefing: Briefing) -> datetime:
    """When the news happened, as far as the sources say: the newest source's publication date (at
    midnight UTC, or the generation time when that falls on the same day); else the generation time."""
    dates = [s.published for s in briefing.sources if s.published]
    generated = briefing.generated_at.astimezone(timezone.utc)
    if not dates or max(dates) >= generated.date():
        return generated
    return datetime.combine(max(dates), time(0, 0), tzinfo=timezone.utc)


def last_modified(briefings: Sequence[Briefing]) -> datetime:
    """When the feed last changed: the newest generation time among its briefings."""
    return max((b.generated_at.astimezone(timezone.utc) for b in briefings), default=_EPOCH)


def etag(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # characters XML 1.0 cannot carry


def xml_safe(text: str) -> str:
    """`text` without the control characters XML cannot hold (a form feed or an ANSI escape in an
    article would make the whole feed unwritable)."""
    return _NOT_XML.sub("", text)


def summary(briefing: Briefing) -> str:
    return xml_safe(" ".join(s.text for s in briefing.story))


def to_html(briefing: Briefing) -> str:
    """The briefing's sections as an HTML fragment, every text escaped."""

    def prose(statements: Sequence[Statement]) -> str:
        return f"<p>{escape(' '.join(s.text for s in statements))}</p>" if statements else ""

    def bullets(statements: Sequence[Statement]) -> str:
        return "<ul>" + "".join(f"<li>{escape(s.text)}</li>" for s in statements) + "</ul>" if statements else ""

    parts = [
        ("The Story", prose(briefing.story)),
        ("Key Points", bullets(briefing.key_points)),
        ("Key Takeaways", bullets(briefing.key_takeaways)),
        ("Impact Analysis", prose(briefing.impact_analysis)),
        ("What's New", bullets(briefing.whats_new)),
    ]
    html = "".join(f"<h3>{name}</h3>{body}" for name, body in parts if body)
    if briefing.sources:
        items = "".join(
            f"<li>{escape(s.title)}" + (f" ({escape(s.source)})" if s.source else "") + "</li>" for s in render.named_sources(briefing)
        )
        html += f"<h3>Sources</h3><ul>{items}</ul>"
    return xml_safe(html)


def _generator(briefings: Sequence[Briefing], channel: Channel, *, rss: bool) -> FeedGenerator:
    feed = FeedGenerator()
    feed.id(channel.feed_url)
    feed.title(xml_safe(channel.title))
    feed.subtitle(xml_safe(f"{channel.title}: cited briefings"))  # RSS requires a description
    feed.link(href=channel.feed_url, rel="self", type="application/rss+xml" if rss else "application/atom+xml")
    feed.link(href=channel.home_url, rel="alternate", type="text/html")  # last: RSS takes the last link as the channel's
    feed.author(name=GENERATOR)
    feed.generator(GENERATOR)
    feed.updated(last_modified(briefings))
    feed.lastBuildDate(last_modified(briefings))
    for briefing in briefings:
        entry = feed.add_entry(order="append")
        link = channel.link(briefing)
        entry.id(link)
        entry.guid(link, permalink=True)
        entry.title(xml_safe(briefing.title))
        entry.link(href=link, rel="alternate", type="text/html")
        entry.published(news_time(briefing))
        entry.updated(briefing.generated_at.astimezone(timezone.utc))
        if rss:  # readers take an RSS description as HTML: the summary goes in escaped
            entry.description(f"<p>{escape(summary(briefing))}</p>")
            entry.content(to_html(briefing))  # content:encoded
        else:
            entry.summary(summary(briefing), type="text")
            entry.content(to_html(briefing), type="html")
    return feed


def to_atom(briefings: Sequence[Briefing], channel: Channel) -> bytes:
    return _generator(briefings, channel, rss=False).atom_str(pretty=False)


def to_rss(briefings: Sequence[Briefing], channel: Channel) -> bytes:
    return _generator(briefings, channel, rss=True).rss_str(pretty=False)


def to_json_feed(briefings: Sequence[Briefing], channel: Channel) -> dict:
    return {
        "version": JSON_FEED_VERSION,
        "title": channel.title,
        "home_page_url": channel.home_url,
        "feed_url": channel.feed_url,
        "items": [
            {
                "id": channel.link(b),
                "url": channel.link(b),
                "title": b.title,
                "summary": summary(b),
                "content_text": render.to_markdown(b),
                "content_html": to_html(b),
                "date_published": news_time(b).isoformat(),
                "date_modified": b.generated_at.astimezone(timezone.utc).isoformat(),
            }
            for b in briefings
        ],
    }
