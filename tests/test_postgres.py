"""Storylines, search and the CLI on a real PostgreSQL server (tests/pg.py starts a throwaway one); the
store itself runs on PostgreSQL through the backend-parametrized `engine` fixture of test_store.py."""

from __future__ import annotations

import json
import warnings
from datetime import datetime, timedelta, timezone

import lxml.html
import pytest

from wirebrief import store
from wirebrief.store import search
from wirebrief.config import Settings
from wirebrief.models import Statement

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from test_store import FLOOD, STRIKE, make_document, make_story
from webdata import HOSTILE_TITLE, build

pytestmark = pytest.mark.postgres


@pytest.fixture
def engine(pg_url):
    engine = store.connect(pg_url)
    assert engine.dialect.name == "postgresql"
    yield engine
    engine.dispose()


def test_postgres_storylines_through_the_store(engine):
    strike, flood = make_story("doc1", "Rail strike called off", STRIKE), make_story("doc1", "River floods town", FLOOD)
    store.save_document(engine, make_document("doc1"), [strike, flood])
    t0 = datetime(2026, 1, 24, 9, 0, tzinfo=timezone.utc)
    later = datetime(2026, 1, 24, 12, 0, tzinfo=timezone(timedelta(hours=2)))  # 10:00 UTC
    store.add_to_storyline(engine, "5e1f0001", "Rail strike", strike[0].id, t0)
    store.add_to_storyline(engine, "5e1f0001", "Rail strike", flood[0].id, later)
    store.add_to_storyline(engine, "5e1f0001", "Rail strike", flood[0].id, later)  # once only
    (row,) = store.list_storylines(engine)
    assert (row.id, row.article_count, row.first_seen, row.last_seen) == ("5e1f0001", 2, t0, later)
    assert row.last_seen.utcoffset() == timedelta(0)
    found = store.find_storyline(engine, "5E1F")
    assert found is not None and found.article_ids == (strike[0].id, flood[0].id)
    members = store.recent_storyline_articles(engine, t0)
    assert [m.article_id for m in members] == [strike[0].id, flood[0].id] and members[1].seen_at == later
    assert store.latest_storyline_seen(engine) == later
    assert store.storyline_of_article(engine, flood[0].id) == "5e1f0001"

    own = strike[2].__class__(**{**strike[2].__dict__, "id": "5b0001", "storyline_id": "5e1f0001",
                                 "whats_new": (Statement("New: floods."),)})
    assert store.save_storyline_briefing(engine, own) and not store.save_storyline_briefing(engine, own)
    assert store.latest_storyline_briefing(engine, "5e1f0001") == own
    assert {b.id for b in store.storyline_briefings(engine, "5e1f0001")} == {strike[2].id, flood[2].id}


def test_postgres_cli_ingest_makes_a_storyline(pg_url, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from test_storylines import PEACE, RELATED
    from wirebrief.cli import app

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    wire = tmp_path / "wire.jsonl"
    wire.write_text("".join(json.dumps(row) + "\n" for row in RELATED), encoding="utf-8")
    runner = CliRunner()
    ingested = runner.invoke(app, ["ingest", str(wire), "--db", pg_url])
    assert ingested.exit_code == 0, ingested.output
    (row,) = store.list_storylines(store.connect(pg_url))
    assert row.article_count == 2
    shown = runner.invoke(app, ["show", row.id[:6], "--db", pg_url])
    assert shown.exit_code == 0, shown.output
    assert f"# {PEACE[2]}" in shown.stdout.splitlines()[0]
    again = runner.invoke(app, ["ingest", str(wire), "--db", pg_url])
    assert again.exit_code == 0, again.output
    assert store.counts(store.connect(pg_url))["articles"] == 2


def test_postgres_search_page_and_api(pg_url):
    data = build(url=pg_url)
    client = TestClient(create_app_for(pg_url), raise_server_exceptions=False)

    page = client.get("/search?q=footbridge+mayor")
    assert page.status_code == 200, page.text[:500]
    tree = lxml.html.fromstring(page.text)
    assert "<script>alert" not in page.text and "&lt;script&gt;" in page.text  # hostile text shown, as text
    assert tree.xpath("//*[@onerror]") == [] and tree.xpath("//img") == []
    hits = [(h.xpath("string(span[@class='kind'])"), h.xpath("string(a/@href)")) for h in tree.xpath("//li[@class='hit']")]
    assert hits == [("briefing", f"/briefings/{data.hostile.id}")]  # each story once: not its article too
    assert HOSTILE_TITLE in tree.text_content()  # shown, as text
    only_in_article = article_only_word(data)
    article_page = lxml.html.fromstring(client.get("/search", params={"q": only_in_article}).text)
    assert article_page.xpath("//li[@class='hit']/span[@class='kind']/text()") == ["article"], only_in_article
    assert "2026-02-05" in article_page.xpath("//li[@class='hit'][span='article']/time/text()")  # the server's zone is not UTC
    assert {m.lower() for m in tree.xpath("//mark/text()")} >= {"footbridge"}

    api = client.get("/api/search?q=flood barrier").json()
    assert api["items"] and api["items"][0]["title"] == data.digest[0].title
    assert "flood" in api["items"][0]["snippet"].lower() and "\x02" not in api["items"][0]["snippet"]
    assert [i["date"] for i in client.get("/api/search", params={"q": only_in_article}).json()["items"]] == ["2026-02-05T00:00:00+00:00"]
    assert [i["date"] for i in client.get("/api/search?q=footbridge").json()["items"]] == ["2026-02-06T09:00:00+00:00"]
    assert client.get("/api/search?q=zyxwvut").json()["items"] == []
    for query in ['"', "NEAR(", "a* OR", "'; DROP TABLE briefings; --", "()", "!&|"]:
        assert client.get("/api/search", params={"q": query}).status_code == 200
    assert client.get(f"/briefings/{data.hostile.id}").status_code == 200
    player = data.digest[0].key_players[0]
    entity = client.get(f"/api/entities/{search.slug(player.name)}").json()
    assert data.digest[0].id in {b["id"] for b in entity["briefings"]}
    assert client.get("/feeds/latest.atom").status_code == 200
    assert client.get("/").status_code == 200


def article_only_word(data) -> str:
    """A word of the hostile article that its briefing and the other stories leave out."""
    import re

    from webdata import DIGEST, HOSTILE_TEXT

    b = data.hostile
    elsewhere = " ".join([DIGEST.read_text(), b.title, *(s.text for s in [*b.story, *b.key_points, *b.key_takeaways,
                                                                         *b.impact_analysis])]).lower()
    return next(w for w in re.findall(r"[a-z]{6,}", HOSTILE_TEXT.lower()) if w not in elsewhere)


def create_app_for(url: str):
    from wirebrief.web import create_app

    return create_app(Settings(db_url=url))
