"""The JSON API against its own /openapi.json: what the server sends is what the schema says.

Two ways: schemathesis generates requests from the schema and checks every answer (status documented,
body valid against the documented model, content type), and a list of real requests, one for each
documented status, checks each answer against its operation. The database is filled by POST /api/ingest
with the real pipeline, so storylines are stored as `wirebrief ingest` stores them.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from wirebrief import store
from wirebrief.storylines import tracker as storyline_tracker
from wirebrief.config import Settings
from wirebrief.web import WebOptions, create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402  (schemathesis brings hypothesis)

TOKEN = "contract-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
DIGEST = (Path(__file__).resolve().parents[1] / "examples" / "digest.txt").read_text()
PASTE = """Harbour authority opens new ferry terminal in Pellmouth

The Pellmouth harbour authority opened a new ferry terminal on Monday after three years of construction. The terminal cost £38 million and can handle two ships at once, the authority said."""


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    """(app, client, ingest answer): the digest's four stories ingested, storylines stored, none refreshed yet."""
    url = f"sqlite:///{tmp_path_factory.mktemp('contract') / 'contract.db'}"
    app = create_app(Settings(db_url=url, api_token=TOKEN), WebOptions(paste_limit=2))
    client = TestClient(app, raise_server_exceptions=False)
    made = client.post("/api/ingest", json={"text": DIGEST, "published": "2026-02-05"}, headers=AUTH)
    assert made.status_code == 201, made.text
    return app, client, made.json()


@pytest.fixture(scope="module")
def schema(filled):
    app, _, _ = filled
    return schemathesis.openapi.from_asgi("/openapi.json", app)


def engine_of(app):
    return app.state.room.engine


# --- one id for a storyline everywhere -------------------------------------------------------


def assert_one_storyline_id(client, item):
    storyline_id, latest = item["id"], item["latest"]
    assert latest["storyline_id"] == storyline_id
    assert client.get(f"/api/briefings/{latest['id']}").json()["storyline_id"] == storyline_id
    whole = client.get(f"/api/storylines/{storyline_id}").json()
    assert whole["id"] == storyline_id and {b["storyline_id"] for b in whole["briefings"]} == {storyline_id}
    listed = client.get("/api/briefings", params={"storyline": storyline_id}).json()
    assert listed["total"] >= 1 and {b["storyline_id"] for b in listed["items"]} == {storyline_id}
    for article_id in {s["article_id"] for b in whole["briefings"] for s in b["sources"]}:  # an article leads to it
        assert client.get(f"/api/storylines/{article_id}").json()["id"] == storyline_id
    page = client.get(f"/briefings/{latest['id']}").text
    assert f'href="/storylines/{storyline_id}"' in page


def test_contract_a_storyline_has_one_id_before_and_after_its_merged_briefing(filled):
    app, client, made = filled
    engine = engine_of(app)
    stored = {row.id for row in store.list_storylines(engine)}
    assert len(stored) == 4
    assert {b["storyline_id"] for b in made["briefings"]} == stored  # the ingest answer names them too
    items = client.get("/api/storylines").json()["items"]
    assert {i["id"] for i in items} == stored
    for item in items:  # only the articles' briefings so far
        assert_one_storyline_id(client, item)
    for storyline_id in stored:
        assert storyline_tracker.refresh_briefing(engine, storyline_id) is not None
    for item in client.get("/api/storylines").json()["items"]:  # now the merged briefing is the latest
        assert store.latest_storyline_briefing(engine, item["id"]).id == item["latest"]["id"]
        assert_one_storyline_id(client, item)
    briefing = client.get("/api/briefings?limit=1").json()["items"][0]
    assert briefing["storyline_id"] in stored


# --- every documented status, from real requests ---------------------------------------------


def real_requests(client, made):
    """(operation path, method, request kwargs, expected status) for a few requests of each kind, the paste
    form's POST among them (its 429 is the only one the server sends)."""
    briefing = made["briefings"][0]
    article_id = made["stored_articles"][0]
    missing = "0123456789abcdef"
    player = client.get(f"/api/briefings/{briefing['id']}").json()["key_players"][0]["name"]
    from wirebrief.store.search import slug

    return [
        ("/api/briefings", "GET", {}, 200),
        ("/api/briefings", "GET", {"params": {"limit": 0}}, 422),
        ("/api/briefings", "GET", {"params": {"storyline": "not hex"}}, 422),
        ("/api/briefings/{briefing_id}", "GET", {"path": {"briefing_id": briefing["id"]}}, 200),
        ("/api/briefings/{briefing_id}", "GET", {"path": {"briefing_id": missing}}, 404),
        ("/api/briefings/{briefing_id}", "GET", {"path": {"briefing_id": "x"}}, 422),
        ("/api/articles/{article_id}", "GET", {"path": {"article_id": article_id}}, 200),
        ("/api/articles/{article_id}", "GET", {"path": {"article_id": missing}}, 404),
        ("/api/articles/{article_id}", "GET", {"path": {"article_id": "setup.py"}}, 422),
        ("/api/storylines", "GET", {"params": {"limit": 2, "offset": 1}}, 200),
        ("/api/storylines", "GET", {"params": {"offset": -1}}, 422),
        ("/api/storylines/{storyline_id}", "GET", {"path": {"storyline_id": briefing["storyline_id"]}}, 200),
        ("/api/storylines/{storyline_id}", "GET", {"path": {"storyline_id": missing}}, 404),
        ("/api/storylines/{storyline_id}", "GET", {"path": {"storyline_id": "ABC"}}, 422),
        ("/api/search", "GET", {"params": {"q": "flood barrier"}}, 200),
        ("/api/search", "GET", {"params": {"q": "zyxwvut"}}, 200),
        ("/api/search", "GET", {}, 422),
        ("/api/entities/{entity_slug}", "GET", {"path": {"entity_slug": slug(player)}}, 200),
        ("/api/entities/{entity_slug}", "GET", {"path": {"entity_slug": "nobody-at-all"}}, 404),
        ("/api/entities/{entity_slug}", "GET", {"path": {"entity_slug": "a" * 201}}, 422),
        ("/api/ingest", "POST", {"json": {"text": DIGEST}}, 401),
        ("/api/ingest", "POST", {"json": {"text": DIGEST}, "headers": {"Authorization": "Bearer wrong"}}, 401),
        ("/api/ingest", "POST", {"json": {"text": DIGEST}, "headers": AUTH}, 201),  # all duplicates now
        ("/api/ingest", "POST", {"json": {"text": "x", "url": "https://example.com/"}, "headers": AUTH}, 400),
        ("/api/ingest", "POST", {"json": {"text": 5}, "headers": AUTH}, 422),
        ("/api/ingest", "POST", {"content": b"{" * (2 * 1024 * 1024), "headers": {**AUTH, "content-type": "application/json"}}, 413),
        ("/brief", "POST", {"data": {"text": PASTE, "published": "2026-02-09"}}, 200),
        ("/brief", "POST", {"data": {"text": "   "}}, 400),
        ("/brief", "POST", {"data": {"text": "a" * 200_001}}, 422),
        ("/brief", "POST", {"data": {"text": "a" * (2 * 1024 * 1024)}}, 413),
        ("/brief", "POST", {"data": {"text": PASTE}}, 429),  # a third briefing within the minute (paste_limit=2)
        ("/feeds/latest.{fmt}", "GET", {"path": {"fmt": "atom"}}, 200),
        ("/feeds/latest.{fmt}", "GET", {"path": {"fmt": "pdf"}}, 422),
        ("/feeds/storylines/{storyline_id}.{fmt}", "GET", {"path": {"storyline_id": briefing["storyline_id"], "fmt": "json"}}, 200),
        ("/feeds/storylines/{storyline_id}.{fmt}", "GET", {"path": {"storyline_id": missing, "fmt": "rss"}}, 404),
        ("/feeds/storylines/{storyline_id}.{fmt}", "GET", {"path": {"storyline_id": "xyz", "fmt": "rss"}}, 422),
    ]


def test_contract_every_real_answer_is_documented_and_valid(filled, schema):
    app, client, made = filled
    spec = client.get("/openapi.json").json()
    seen: dict[tuple[str, str], set[str]] = {}
    for path, method, request, expected in real_requests(client, made):
        url = path.format(**request.pop("path", {}))
        response = client.request(method, url, **request)
        assert response.status_code == expected, (method, url, response.text[:300])
        operation = spec["paths"][path][method.lower()]
        documented = operation["responses"]
        assert str(expected) in documented, (method, path, expected, list(documented))
        media = response.headers["content-type"].split(";")[0]
        assert media in documented[str(expected)].get("content", {media: None}), (method, path, media)
        schema[path][method].validate_response(response)  # the body against the documented model
        if path.startswith("/api/") and expected >= 400:
            error = response.json()["error"]
            assert error["status"] == expected and error["message"] and "Traceback" not in response.text
        seen.setdefault((path, method.lower()), set()).add(str(expected))
    for path, methods in spec["paths"].items():  # every documented 2xx and 4xx but 403 was met above
        for method, operation in methods.items():
            wanted = {code for code in operation["responses"] if code[0] in "24" and code != "403"}
            assert wanted <= seen.get((path, method), set()), (method, path, wanted - seen.get((path, method), set()))


def test_contract_closed_ingest_api_answers_a_documented_403(filled, tmp_path):
    closed = TestClient(create_app(Settings(db_url=f"sqlite:///{tmp_path / 'closed.db'}", api_token=None)))
    schema = schemathesis.openapi.from_asgi("/openapi.json", closed.app)
    response = closed.post("/api/ingest", json={"text": DIGEST})
    assert response.status_code == 403 and "403" in schema["/api/ingest"]["POST"].definition.raw["responses"]
    schema["/api/ingest"]["POST"].validate_response(response)


def test_contract_the_schema_has_no_bare_objects_and_no_detail_errors(filled):
    _, client, _ = filled
    spec = client.get("/openapi.json").json()
    for path, methods in spec["paths"].items():
        if not path.startswith("/api/"):
            continue
        for method, operation in methods.items():
            for code, answer in operation["responses"].items():
                body = answer["content"]["application/json"]["schema"]
                assert "$ref" in body, (method, path, code, body)  # a named model, never a bare object
                if code[0] in "45":
                    assert body["$ref"] == "#/components/schemas/Error"
    assert "HTTPValidationError" not in spec["components"]["schemas"]


@pytest.mark.parametrize("name", ["Briefing", "Statement", "TimelineEvent", "KeyPlayer", "Quote", "Source", "Article"])
def test_contract_each_model_names_every_field_of_its_dataclass(name):
    """A field added to wirebrief.models must be added to the API's model too (else the answer drops it)."""
    import dataclasses

    from wirebrief import models
    from wirebrief.web import schemas

    assert {f.name for f in dataclasses.fields(getattr(models, name))} <= set(getattr(schemas, name).model_fields), name


# --- generated requests --------------------------------------------------------------------

def test_contract_schemathesis_finds_no_mismatch(filled, schema):
    """Schemathesis's checks (status documented, body valid against its model, content type, headers,
    invalid input refused) over requests generated from the schema, 25 for each operation. The ingest
    route gets no token, so generated text is refused with 401 before any briefing runs."""
    for result in schema.get_all_operations():
        operation = result.ok()

        @settings(max_examples=25, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def run(case):
            case.call_and_validate()

        run()
