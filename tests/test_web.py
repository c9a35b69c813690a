"""The web app through FastAPI's TestClient, over a real SQLite database filled by the real pipeline."""

from __future__ import annotations

import json
import re
import warnings
from dataclasses import replace
from datetime import datetime

import feedparser
import lxml.etree
import lxml.html
import pytest

from wirebrief import render, store
from wirebrief.web import syndication
from wirebrief.dates import label
from wirebrief.config import Settings
from wirebrief.ingest.feeds import parse_feed

with warnings.catch_warnings():  # starlette's TestClient warns that it would rather have httpx2
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from wirebrief.web import WebOptions, create_app, pages
from wirebrief.web.security import MAX_BODY_BYTES

from webdata import DIGEST, HOSTILE_SITE, HOSTILE_TITLE, HOSTILE_URL, WebData, build

TOKEN = "s3cret-token-for-tests"


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> WebData:
    return build(tmp_path_factory.mktemp("web") / "web.db")


@pytest.fixture(scope="module")
def client(data) -> TestClient:
    app = create_app(Settings(db_url=data.url, api_token=TOKEN))
    return TestClient(app, raise_server_exceptions=False)


def html(response) -> lxml.html.HtmlElement:
    assert response.status_code == 200, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    return lxml.html.fromstring(response.text)


def texts(tree, xpath: str) -> list[str]:
    return [" ".join(e.text_content().split()) for e in tree.xpath(xpath)]


def all_citations(briefing):
    statements = [*briefing.story, *briefing.key_points, *briefing.key_takeaways, *briefing.impact_analysis,
                  *briefing.whats_new, *(e.statement for e in briefing.timeline)]
    return [tuple(c) for s in statements for c in s.citations]


# --- pages ----------------------------------------------------------------------------------


def test_web_front_page_lists_latest_storylines_newest_first(client, data):
    tree = html(client.get("/"))
    headlines = texts(tree, "//li[@class='storyline-item']/h2")
    assert headlines == [b.title for b in data.briefings]  # hostile one is newest
    second, newest_digest_story = tree.xpath("//li[@class='storyline-item']")[1], data.briefings[1]
    assert " ".join(newest_digest_story.story[0].text.split()) in " ".join(second.text_content().split())
    assert "1 source" in second.text_content()
    links = second.xpath(".//a/@href")
    assert f"/briefings/{newest_digest_story.id}" in links
    assert f"/storylines/{newest_digest_story.sources[0].article_id}" in links


def test_web_front_page_shows_new_briefings_as_soon_as_they_are_stored(data, tmp_path):
    """The kept copy of a page lasts until the store changes: a write by another connection shows at once."""
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    engine = store.connect(url)
    app_client = TestClient(create_app(Settings(db_url=url)))
    first = app_client.get("/")
    assert "Nothing stored yet" in first.text and first.headers["etag"]
    again = app_client.get("/", headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304 and again.headers["etag"] == first.headers["etag"] and not again.content
    article, sentences = store.get_article(store.connect(data.url), data.hostile.sources[0].article_id)
    store.save_document(engine, store_document(article), [(article, sentences, data.hostile)])
    changed = app_client.get("/", headers={"If-None-Match": first.headers["etag"]})
    assert changed.status_code == 200 and changed.headers["etag"] != first.headers["etag"]
    assert texts(html(changed), "//li[@class='storyline-item']/h2") == [HOSTILE_TITLE]
    assert app_client.get("/api/storylines").json()["items"][0]["latest"]["title"] == HOSTILE_TITLE


def test_web_front_page_paginates(client, data, monkeypatch):
    monkeypatch.setattr(pages, "PAGE_SIZE", 2)
    seen = []
    for page in (1, 2, 3):
        tree = html(client.get(f"/?page={page}"))
        seen += texts(tree, "//li[@class='storyline-item']/h2")
        assert bool(tree.xpath("//a[@rel='next']")) == (page < 3)
        assert bool(tree.xpath("//a[@rel='prev']")) == (page > 1)
    assert seen == [b.title for b in data.briefings]
    assert client.get("/?page=0").status_code == 422


def test_web_briefing_page_citations_open_the_cited_sentences(client, data, tmp_path):
    briefing = data.digest[0]
    _, sentences = store.get_article(store.connect(data.url), briefing.sources[0].article_id)
    by_index = {s.index: s.text for s in sentences}
    tree = html(client.get(f"/briefings/{briefing.id}"))
    details = tree.xpath("//details[@class='cite']")
    cited = all_citations(briefing)
    assert len(details) == len(cited) > 3
    numbers: dict = {}
    for element, (article_id, index) in zip(details, cited, strict=True):
        n = numbers.setdefault((article_id, index), len(numbers) + 1)
        assert element.xpath("string(summary)") == f"[{n}]"
        assert element.xpath("string(.//blockquote)") == by_index[index]
        assert element.xpath(".//p[@class='cite-source']/a/@href")[0] == f"/articles/{article_id}#s{index}"
        assert briefing.sources[0].title in element.xpath("string(.//p[@class='cite-source'])")
    assert texts(tree, "//h1") == [briefing.title]


def test_web_briefing_markdown_is_the_exact_seed_format(client, data):
    briefing = data.digest[1]
    expected = render.to_markdown(briefing)
    assert expected.startswith("Thu Feb  5 09:00:00 UTC 2026: # ")
    tree = html(client.get(f"/briefings/{briefing.id}"))
    assert tree.xpath(f"string(//pre[@id='md-{briefing.id}'])") == expected
    assert tree.xpath("//button[@class='copy-markdown']/@data-copy") == [f"md-{briefing.id}"]
    raw = client.get(f"/briefings/{briefing.id}.md")
    assert raw.headers["content-type"].startswith("text/markdown")
    assert raw.text == expected


def test_web_storyline_page_shows_timeline_players_and_sources(client, data):
    briefing = next(b for b in data.digest if b.timeline and b.key_players)
    storyline = briefing.sources[0].article_id
    tree = html(client.get(f"/storylines/{storyline}"))
    assert texts(tree, "//h1") == [briefing.title]
    events = tree.xpath("//h2[.='Timeline']/following-sibling::ol[@class='timeline'][1]/li/time/text()")
    assert events == [label(e.date, e.precision) for e in sorted(briefing.timeline, key=lambda e: e.date)]
    assert len(events) >= 2
    players = texts(tree, "//h2[.='Key Players']/following-sibling::ul[1]/li/a")
    assert players == [p.name for p in briefing.key_players]
    assert tree.xpath("//h2[.='Sources']/following-sibling::ul[1]/li/a/@href") == [f"/articles/{storyline}"]
    assert len(tree.xpath("//article[@class='briefing']")) == 1


def test_web_article_page_anchors_every_sentence(client, data):
    article_id = data.digest[0].sources[0].article_id
    article, sentences = store.get_article(store.connect(data.url), article_id)
    tree = html(client.get(f"/articles/{article_id}"))
    spans = tree.xpath("//span[@class='sentence']")
    assert [(s.get("id"), s.text) for s in spans] == [(f"s{s.index}", s.text) for s in sentences]
    assert f"/briefings/{data.digest[0].id}" in tree.xpath("//a/@href")


# --- untrusted text ----------------------------------------------------------------------------


def hostile_pages(data) -> list[str]:
    article_id = data.hostile.sources[0].article_id
    return ["/", f"/briefings/{data.hostile.id}", f"/storylines/{article_id}", f"/articles/{article_id}",
            "/search?q=footbridge", "/search?q=%3Cscript%3E+footbridge"]


def test_web_hostile_article_renders_inert_everywhere(client, data):
    for path in hostile_pages(data):
        response = client.get(path)
        tree = html(response)
        assert "<script>alert" not in response.text, path
        assert "&lt;script&gt;" in response.text, path  # shown, as text
        assert tree.xpath("//*[@onerror]") == [], path
        assert tree.xpath("//img") == [], path
        hrefs = tree.xpath("//@href") + tree.xpath("//@src") + tree.xpath("//@action")
        assert not [h for h in hrefs if not h.startswith(("/", "http://", "https://"))], path
        scripts = tree.xpath("//script")
        assert [s.get("src") for s in scripts] == ["/static/wirebrief.js"] and not any(s.text for s in scripts), path
    tree = html(client.get(f"/briefings/{data.hostile.id}"))
    assert texts(tree, "//h1") == [HOSTILE_TITLE]
    assert HOSTILE_URL not in tree.xpath("//@href")
    assert HOSTILE_SITE in tree.text_content()


def test_web_every_response_carries_a_strict_csp(client, data):
    for path in [*hostile_pages(data), "/docs", "/api/briefings", "/nope", "/brief", "/feeds/latest.atom"]:
        headers = client.get(path).headers
        policy = headers["content-security-policy"]
        assert "default-src 'self'" in policy and "script-src 'self'" in policy, path
        assert "unsafe-inline" not in policy and "unsafe-eval" not in policy, path
        assert headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize(
    "path",
    [
        "/static/../app.py",
        "/static/%2e%2e/app.py",
        "/static/..%2fapp.py",
        "/static/%2e%2e%2f%2e%2e%2fstore.py",
        "/static/....//app.py",
        "/briefings/..%2f..%2fetc%2fpasswd",
        "/articles/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/storylines/../../etc/passwd",
        "/entities/..%2f..%2fetc%2fpasswd",
        "/feeds/storylines/..%2fx.atom",
        "/api/articles/..%2f..%2fsetup.py",
    ],
)
def test_web_path_parameters_never_reach_files(client, path):
    response = client.get(path)
    assert response.status_code in (404, 422), path
    assert "create_app" not in response.text and "root:" not in response.text and "import " not in response.text


# --- errors --------------------------------------------------------------------------------


def test_web_not_found_is_a_page_and_json_under_api(client):
    page = client.get("/briefings/0123456789abcdef")
    assert page.status_code == 404 and "no briefing 0123456789abcdef" in page.text
    assert page.headers["content-type"].startswith("text/html")
    api = client.get("/api/briefings/0123456789abcdef")
    assert api.status_code == 404
    assert api.json() == {"error": {"status": 404, "title": "Not found", "message": "no briefing 0123456789abcdef"}}


def test_web_server_errors_never_leak_a_traceback(data, monkeypatch):
    client = TestClient(create_app(Settings(db_url=data.url)), raise_server_exceptions=False)  # nothing cached yet

    def broken(*args, **kwargs):
        raise RuntimeError("secret detail from deep inside")

    monkeypatch.setattr(store, "list_briefings", broken)
    monkeypatch.setattr(store, "briefing_ids", broken)
    monkeypatch.setattr(store, "count_storylines", broken)
    for path in ("/", "/api/briefings", "/feeds/latest.rss"):
        response = client.get(path)
        assert response.status_code == 500, path
        assert "Traceback" not in response.text and "secret detail" not in response.text and "RuntimeError" not in response.text
        assert "something went wrong" in response.text
        assert "script-src 'self'" in response.headers["content-security-policy"], path  # a 500 has the headers too


def test_web_database_errors_are_503_without_details(client, monkeypatch):
    def broken(*args, **kwargs):
        raise store.StoreError("cannot read database: disk I/O error at /secret/path.db")

    monkeypatch.setattr(store, "find_briefings", broken)
    response = client.get("/api/briefings/0123456789abcdef")
    assert response.status_code == 503 and "/secret/path" not in response.text


def test_web_request_bodies_are_capped(client):
    big = b"text=" + b"a" * (MAX_BODY_BYTES + 1)
    response = client.post("/brief", content=big, headers={"content-type": "application/x-www-form-urlencoded"})
    assert response.status_code == 413

    def chunks():  # no Content-Length: the cap must hold while reading
        for _ in range(MAX_BODY_BYTES // 65536 + 2):
            yield b"a" * 65536

    response = client.post("/api/ingest", content=chunks(), headers={"content-type": "application/json",
                                                                    "authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 413
    assert "Traceback" not in response.text


# --- JSON API and docs -----------------------------------------------------------------------


def test_web_api_lists_and_gets_briefings_with_cited_sentences(client, data):
    listing = client.get("/api/briefings?limit=2&offset=1").json()
    assert listing["total"] == 5 and [i["id"] for i in listing["items"]] == [b.id for b in data.briefings[1:3]]
    briefing = data.digest[2]
    full = client.get(f"/api/briefings/{briefing.id}").json()
    assert full["title"] == briefing.title and full["markdown"] == render.to_markdown(briefing)
    _, sentences = store.get_article(store.connect(data.url), briefing.sources[0].article_id)
    by_key = {f"{s.article_id}:{s.index}": s.text for s in sentences}
    assert full["cited_sentences"] and all(by_key[k] == v for k, v in full["cited_sentences"].items())
    article = client.get(f"/api/articles/{briefing.sources[0].article_id}").json()
    assert [s["text"] for s in article["sentences"]] == [s.text for s in sentences]
    assert article["briefings"] == [briefing.id]
    assert client.get("/api/briefings?limit=1000").status_code == 422


def test_web_api_docs_describe_every_endpoint(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/briefings", "/api/briefings/{briefing_id}", "/api/articles/{article_id}", "/api/search",
                 "/api/storylines", "/api/ingest", "/feeds/latest.{fmt}"):
        assert path in spec["paths"], path
    assert "post" in spec["paths"]["/api/ingest"] and spec["paths"]["/api/ingest"]["post"]["security"]
    assert all(set(methods) == {"get"} for path, methods in spec["paths"].items() if path not in ("/api/ingest", "/brief"))
    assert "429" in spec["paths"]["/brief"]["post"]["responses"]  # the paste form's rate limit
    tree = html(client.get("/docs"))
    assert "POST /api/ingest" in texts(tree, "//h2")
    assert "GET /api/briefings/{briefing_id}" in texts(tree, "//h2")
    assert not [s for s in tree.xpath("//script") if s.text]


# --- feeds ---------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt, version", [("atom", "atom10"), ("rss", "rss20")])
def test_web_feeds_parse_back_with_feedparser(client, data, fmt, version):
    response = client.get(f"/feeds/latest.{fmt}")
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == version
    assert [e.title for e in feed.entries] == [b.title for b in data.briefings]
    assert feed.entries[0].title == HOSTILE_TITLE  # plain text, round-tripped exactly
    assert [e.link for e in feed.entries] == [f"http://testserver/briefings/{b.id}" for b in data.briefings]
    story = " ".join(s.text for s in data.briefings[1].story)
    assert lxml.html.fromstring(feed.entries[1].summary).text_content() == story  # RSS: HTML; Atom: text
    # dated by the news (the sources' publication date), not by when the briefing was generated
    assert feed.entries[1].published_parsed[:3] == syndication.news_time(data.briefings[1]).timetuple()[:3]
    if fmt == "atom":  # RSS has no update time
        assert feed.entries[1].updated_parsed[:4] == data.briefings[1].generated_at.timetuple()[:4]


def test_web_feed_html_is_escaped_text_without_the_header_line(client, data):
    """A reader renders RSS descriptions and Atom html content as HTML: ours hold text, escaped."""
    for fmt in ("rss", "atom"):
        tree = lxml.etree.fromstring(client.get(f"/feeds/latest.{fmt}").content)
        htmls = [e.text for e in tree.iter() if lxml.etree.QName(e).localname in ("description", "content", "encoded") and e.text]
        assert len(htmls) >= len(data.briefings), fmt
        for html in htmls:
            fragment = lxml.html.fragment_fromstring(html, create_parent="div")
            assert not fragment.xpath("//script|//img|//*[@onerror]"), (fmt, html)
            assert "UTC 2026: #" not in html, html
        assert any("<h3>Key Points</h3>" in h for h in htmls), fmt
    rss = lxml.etree.fromstring(client.get("/feeds/latest.rss").content)
    self_links = rss.xpath("//atom:link[@rel='self']/@href", namespaces={"atom": "http://www.w3.org/2005/Atom"})
    assert self_links == ["http://testserver/feeds/latest.rss"]


@pytest.mark.parametrize("fmt", ["atom", "rss", "json"])
def test_web_feeds_answer_conditional_gets(client, fmt):
    first = client.get(f"/feeds/latest.{fmt}")
    tag, modified = first.headers["etag"], first.headers["last-modified"]
    assert client.get(f"/feeds/latest.{fmt}", headers={"If-None-Match": tag}).status_code == 304
    assert client.get(f"/feeds/latest.{fmt}", headers={"If-Modified-Since": modified}).status_code == 304
    assert client.get(f"/feeds/latest.{fmt}", headers={"If-None-Match": '"other"'}).status_code == 200
    assert client.get(f"/feeds/latest.{fmt}", headers={"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"}).status_code == 200


@pytest.mark.parametrize("fmt", ["atom", "rss", "json"])
def test_web_feeds_parse_back_with_our_own_feed_reader(client, data, fmt):
    """feedparser 6.0 reads no JSON Feed; wirebrief's reader (feeds.py) reads all three."""
    feed = parse_feed(client.get(f"/feeds/latest.{fmt}").content, f"http://testserver/feeds/latest.{fmt}")
    assert feed.title == "wirebrief: latest briefings"
    assert [(e.title, e.link, e.published) for e in feed.entries] == [
        (b.title, f"http://testserver/briefings/{b.id}", syndication.news_time(b)) for b in data.briefings]
    assert " ".join(data.briefings[1].story[0].text.split()) in " ".join(feed.entries[1].text.split())


@pytest.mark.parametrize("fmt", ["atom", "rss", "json"])
def test_web_storyline_feed_holds_only_that_storyline(client, data, fmt):
    briefing = data.digest[3]
    response = client.get(f"/feeds/storylines/{briefing.sources[0].article_id}.{fmt}")
    if fmt != "json":
        assert not feedparser.parse(response.content).bozo
    feed = parse_feed(response.content, "http://testserver/")
    assert [e.title for e in feed.entries] == [briefing.title]
    assert client.get(f"/feeds/storylines/0123456789abcdef.{fmt}").status_code == 404
    assert client.get("/feeds/latest.xml").status_code in (404, 422)


def test_web_json_feed_follows_json_feed_1_1(client, data):
    feed = client.get("/feeds/latest.json")
    assert feed.headers["content-type"].startswith("application/feed+json")
    body = json.loads(feed.content)
    assert body["version"] == "https://jsonfeed.org/version/1.1" and body["title"]
    assert body["feed_url"] == "http://testserver/feeds/latest.json"
    assert all(isinstance(i["id"], str) and i["id"] for i in body["items"])
    assert [i["content_text"] for i in body["items"]] == [render.to_markdown(b) for b in data.briefings]
    assert all(datetime.fromisoformat(i["date_published"]).tzinfo for i in body["items"])


# --- search and entities -------------------------------------------------------------------


def test_web_search_finds_briefings_and_articles(client, data):
    tree = html(client.get("/search?q=footbridge+mayor"))
    hits = tree.xpath("//li[@class='hit']")
    kinds = [(h.xpath("string(span[@class='kind'])"), h.xpath("string(a/@href)")) for h in hits]
    assert kinds == [("briefing", f"/briefings/{data.hostile.id}")]  # each story once: its article is not listed too
    assert {m.lower() for m in tree.xpath("//mark/text()")} >= {"footbridge"}
    api = client.get("/api/search?q=flood barrier").json()
    assert api["items"] and api["items"][0]["title"] == data.digest[0].title
    assert client.get("/api/search?q=zyxwvut").json()["items"] == []


@pytest.mark.parametrize("query", ['"', "NEAR(", "a* OR", "title:x", "'; DROP TABLE briefings; --", "^", "()"])
def test_web_search_survives_query_syntax(client, query):
    assert client.get("/search", params={"q": query}).status_code == 200
    assert client.get("/api/search", params={"q": query}).status_code == 200


def test_web_search_sees_briefings_stored_after_start(data, tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'late.db'}"
    engine = store.connect(url)
    app_client = TestClient(create_app(Settings(db_url=url), WebOptions(index_refresh_s=0.0)))
    assert app_client.get("/api/search?q=footbridge").json()["items"] == []
    article_id = data.hostile.sources[0].article_id
    article, sentences = store.get_article(store.connect(data.url), article_id)
    document = replace(store_document(article), id="late")
    store.save_document(engine, document, [(replace(article, document_id="late"), sentences, data.hostile)])
    found = [(i["kind"], i["id"]) for i in app_client.get("/api/search?q=footbridge").json()["items"]]
    assert found == [("briefing", data.hostile.id)]


def test_web_search_shows_a_story_by_its_article_when_only_the_article_matches(client, data):
    """A word of the article that its briefing left out finds the story, by its article, once."""
    briefing = data.hostile
    article_id = briefing.sources[0].article_id
    briefed = " ".join([briefing.title, *(s.text for s in [*briefing.story, *briefing.key_points, *briefing.key_takeaways,
                                                            *briefing.impact_analysis])]).lower()
    _, sentences = store.get_article(store.connect(data.url), article_id)
    elsewhere = DIGEST.read_text().lower()  # the other stories
    word = next(w for s in sentences for w in re.findall(r"[a-z]{6,}", s.text.lower()) if w not in briefed + elsewhere)
    items = client.get("/api/search", params={"q": word}).json()["items"]
    assert [(i["kind"], i["id"]) for i in items] == [("article", article_id)], word


def store_document(article):
    from wirebrief.models import Document

    return Document(id=article.document_id, origin="late.txt", text=article.text)


def test_web_entity_page_lists_briefings_naming_it(client, data):
    briefing = next(b for b in data.digest if b.key_players)
    player = briefing.key_players[0]
    tree = html(client.get(f"/briefings/{briefing.id}"))
    href = tree.xpath(f"//ul[@class='players']/li/a[.='{player.name}']/@href")[0]
    entity = html(client.get(href))
    assert texts(entity, "//h1") == [player.name]
    naming = [b.id for b in data.briefings if player.name in [p.name for p in b.key_players]]
    assert entity.xpath("//h2[starts-with(., 'Briefings naming')]/following-sibling::ul[1]/li/a/@href") == [f"/briefings/{i}" for i in naming]
    assert f"/storylines/{briefing.sources[0].article_id}" in entity.xpath("//a/@href")
    assert client.get("/entities/nobody-at-all").status_code == 404
    assert client.get(f"/api{href}").json()["name"] == player.name


# --- briefing submitted text ----------------------------------------------------------------


PASTE = """Harbour authority opens new ferry terminal in Pellmouth

The Pellmouth harbour authority opened a new ferry terminal on Monday after three years of construction. The terminal cost £38 million and can handle two ships at once, the authority said.

Harbour master Ruth Okafor said passenger numbers were expected to double by 2028. Local businesses welcomed the opening but warned that parking near the quay was already scarce."""


def test_web_paste_form_briefs_text_without_storing(data, tmp_path):
    paste_client = TestClient(create_app(Settings(db_url=data.url), WebOptions(paste_limit=2)))
    tree = html(paste_client.post("/brief", data={"text": PASTE, "published": "2026-02-09"}))
    assert texts(tree, "//article[@class='briefing']//h2[@class='headline']") == [
        "Harbour authority opens new ferry terminal in Pellmouth"]
    quotes = tree.xpath("//details[@class='cite']//blockquote/text()")
    assert quotes and all(q in PASTE for q in quotes)
    assert tree.xpath("//input[@id='published']/@value") == ["2026-02-09"]  # the form keeps what was typed
    assert client_total(paste_client) == 5  # nothing stored
    empty = paste_client.post("/brief", data={"text": "   "})
    assert empty.status_code == 400 and "give either text or a URL" in empty.text
    limited = paste_client.post("/brief", data={"text": PASTE})
    assert limited.status_code == 429 and int(limited.headers["retry-after"]) > 0


def client_total(c) -> int:
    return c.get("/api/briefings").json()["total"]


def test_web_paste_form_caps_text_size(client):
    response = client.post("/brief", data={"text": "word " * 50_000})
    assert response.status_code == 422 and "at most 200000 characters" in response.text


def test_web_ingest_api_requires_the_bearer_token(data, tmp_path):
    url = f"sqlite:///{tmp_path / 'ingest.db'}"
    closed = TestClient(create_app(Settings(db_url=url, api_token=None)))
    assert closed.post("/api/ingest", json={"text": PASTE}).status_code == 403
    api = TestClient(create_app(Settings(db_url=url, api_token=TOKEN)))
    missing = api.post("/api/ingest", json={"text": PASTE})
    assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
    wrong = api.post("/api/ingest", json={"text": PASTE}, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    assert client_total(api) == 0
    made = api.post("/api/ingest", json={"text": PASTE, "published": "2026-02-09"}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert made.status_code == 201
    body = made.json()
    assert len(body["stored_articles"]) == 1 and body["briefings"][0]["title"].startswith("Harbour authority")
    assert client_total(api) == 1
    assert api.get(body["briefings"][0]["url"]).status_code == 200
    assert len(store.list_storylines(store.connect(url))) == 1  # joined a storyline, as `wirebrief ingest` does
    again = api.post("/api/ingest", json={"text": PASTE}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert again.json()["stored_articles"] == [] and again.json()["duplicate_articles"] == body["stored_articles"]
    bad = api.post("/api/ingest", json={"text": "x", "url": "https://example.com/"}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert bad.status_code == 400 and bad.json()["error"]["message"].endswith("give either text or a URL")
    assert api.put("/api/briefings").status_code == 405


def test_web_first_view_of_a_briefing_keeps_the_page_not_the_parsed_briefing(data):
    app = create_app(Settings(db_url=data.url))
    app_client = TestClient(app)
    path = f"/briefings/{data.digest[0].id}"
    first = app_client.get(path)
    assert first.status_code == 200 and data.digest[0].title in first.text
    r = app.state.room
    assert r.pages.get(path) == first.content  # the rendered page is kept …
    assert data.digest[0].id not in r.briefings._items  # … the parsed briefing is not (heap, GC pauses)
    assert app_client.get(path).content == first.content


def test_feeds_carry_text_with_control_characters_and_link_the_channel_home(data):
    """A form feed or an ANSI escape in an article (ingest reads them as text) must not make a feed
    unwritable; RSS's channel <link> is the home page, its atom:link rel=self the feed."""
    odd = replace(data.briefings[0], title="Storm \x0c warning \x1b[31mred\x1b[0m",
                  story=tuple(replace(s, text=s.text + " \x0b") for s in data.briefings[0].story))
    channel = syndication.Channel("t", "http://x.example/", "http://x.example/feeds/latest.rss", lambda b: f"http://x.example/b/{b.id}")
    for body in (syndication.to_rss([odd], channel), syndication.to_atom([odd], channel)):
        feed = feedparser.parse(body)
        assert not feed.bozo and feed.entries[0].title == "Storm  warning [31mred[0m"
    rss = lxml.etree.fromstring(syndication.to_rss([odd], channel))
    assert rss.findtext("channel/link") == "http://x.example/"


ABSENT_PASTE = """Museum shows a rediscovered map of the Pellmouth coast

A hand-drawn map of the Pellmouth coast, lost for eighty years, went on display at the town museum on Saturday. \
The map was found in a solicitor's attic in 2019 by a builder clearing the loft. Curator Ann Bell said the ink had \
faded but the line of the coast was still clear. Visitors queued along the harbour wall to see it, and the museum \
stayed open an hour late."""


def test_web_briefing_says_so_when_a_section_has_nothing(data):
    """A story with nothing that looks ahead shows the markdown's absence line under Impact Analysis, not a bare heading."""
    paste_client = TestClient(create_app(Settings(db_url=data.url)))
    tree = html(paste_client.post("/brief", data={"text": ABSENT_PASTE, "published": "2026-02-09"}))
    impact = tree.xpath("//section[h3='Impact Analysis']")[0]
    assert texts(impact, "./p[@class='absent']") == ["Nothing further in the source looks ahead."]
    assert texts(tree, "//section[h3='The Story']/div") and not texts(tree, "//section[h3='The Story']/p[@class='absent']")
