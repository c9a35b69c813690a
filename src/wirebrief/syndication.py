"""Feeds of briefings: Atom 1.0, RSS 2.0 and JSON Feed 1.1, newest first.

XML is built with ElementTree, which escapes every text and attribute; entry content is plain text
(the seed-format markdown), never HTML, so a feed reader has nothing to execute.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import format_datetime

from . import render
from .models import Briefing

ATOM_NS = "http://www.w3.org/2005/Atom"
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
GENERATOR = "wirebrief"


@dataclass(frozen=True)
class Channel:
    """What a feed is about and where it lives; `link` gives each briefing's page (absolute URL)."""

    title: str
    home_url: str
    feed_url: str
    link: Callable[[Briefing], str]


def _summary(briefing: Briefing) -> str:
    return " ".join(s.text for s in briefing.story)


def _updated(briefings: Sequence[Briefing]) -> datetime:
    return max((b.generated_at for b in briefings), default=datetime(1970, 1, 1, tzinfo=timezone.utc))


def to_atom(briefings: Sequence[Briefing], channel: Channel) -> bytes:
    ET.register_namespace("", ATOM_NS)

    def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        element = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", attrs)
        element.text = text
        return element

    feed = ET.Element(f"{{{ATOM_NS}}}feed")
    sub(feed, "title", channel.title)
    sub(feed, "id", channel.feed_url)
    sub(feed, "updated", _updated(briefings).isoformat())
    sub(feed, "link", href=channel.home_url, rel="alternate", type="text/html")
    sub(feed, "link", href=channel.feed_url, rel="self", type="application/atom+xml")
    sub(feed, "generator", GENERATOR)
    sub(sub(feed, "author"), "name", GENERATOR)
    for briefing in briefings:
        entry = sub(feed, "entry")
        sub(entry, "title", briefing.title)
        sub(entry, "id", channel.link(briefing))
        sub(entry, "link", href=channel.link(briefing), rel="alternate", type="text/html")
        sub(entry, "updated", briefing.generated_at.isoformat())
        sub(entry, "published", briefing.generated_at.isoformat())
        sub(entry, "summary", _summary(briefing), type="text")
        sub(entry, "content", render.to_markdown(briefing), type="text")
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def to_rss(briefings: Sequence[Briefing], channel: Channel) -> bytes:
    rss = ET.Element("rss", version="2.0")
    meta = ET.SubElement(rss, "channel")
    for tag, text in (
        ("title", channel.title),
        ("link", channel.home_url),
        ("description", f"{channel.title}: cited briefings"),
        ("lastBuildDate", format_datetime(_updated(briefings))),
        ("generator", GENERATOR),
    ):
        ET.SubElement(meta, tag).text = text
    for briefing in briefings:
        item = ET.SubElement(meta, "item")
        ET.SubElement(item, "title").text = briefing.title
        ET.SubElement(item, "link").text = channel.link(briefing)
        ET.SubElement(item, "guid", isPermaLink="true").text = channel.link(briefing)
        ET.SubElement(item, "pubDate").text = format_datetime(briefing.generated_at.astimezone(timezone.utc))
        ET.SubElement(item, "description").text = _summary(briefing)
    return ET.tostring(rss, encoding="utf-8", xml_declaration=True)


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
                "summary": _summary(b),
                "content_text": render.to_markdown(b),
                "date_published": b.generated_at.isoformat(),
            }
            for b in briefings
        ],
    }
