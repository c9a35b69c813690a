"""The reading room in a real browser: `wirebrief serve` as a subprocess, Debian's Chromium through Playwright.

Each test saves a screenshot under tests/artifacts/ (gitignored) to be looked at. No page may log a
console error (a CSP violation is one) or open a dialog (an alert() from the hostile article would).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from webdata import HOSTILE_TITLE, build

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).parent / "artifacts"
START_TIMEOUT_S = 60

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Debian's chromium (apt-get install chromium)"),
]

sync_api = pytest.importorskip("playwright.sync_api")

DIGEST = """Pellmouth opens new ferry terminal after three years of work

The Pellmouth harbour authority opened a new ferry terminal on Monday after three years of construction. The terminal cost £38 million and can handle two ships at once, the authority said.

Harbour master Ruth Okafor said passenger numbers were expected to double by 2028. Local businesses welcomed the opening but warned that parking near the quay was already scarce.

Brackenford library reopens with rooftop reading garden

Brackenford's central library reopened on Saturday after an 18-month refurbishment that added a rooftop reading garden and a children's wing. The work cost £6.2 million, most of it from a national heritage grant.

Head librarian Tom Achebe said more than 2,000 people visited on the first day. The library will now open on Sundays for the first time since 2011."""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    data = build(tmp_path_factory.mktemp("browser") / "browser.db")
    port = _free_port()
    script = Path(sys.executable).with_name("wirebrief")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "wirebrief.cli"]
    process = subprocess.Popen(
        [*command, "serve", "--host", "127.0.0.1", "--port", str(port), "--db", data.url, "--no-access-log"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env={**os.environ, "WIREBRIEF_API_TOKEN": ""},
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + START_TIMEOUT_S
    while True:
        try:
            if httpx.get(base + "/", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"wirebrief serve did not start: {process.stdout.read().decode()[-2000:]}")
        time.sleep(0.2)
    yield base, data
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, server):
    base, _ = server
    context = browser.new_context(base_url=base, viewport={"width": 1100, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base)
    tab = context.new_page()
    problems: list[str] = []
    tab.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    tab.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    tab.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    yield tab
    context.close()
    assert problems == []


def shot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_browser_front_page_to_storyline(page, server):
    _, data = server
    page.goto("/")
    headlines = page.locator("li.storyline-item h2").all_inner_texts()
    assert headlines == [b.title for b in data.briefings]
    shot(page, "front")
    page.get_by_role("link", name=data.digest[0].title).click()
    page.wait_for_url(f"**/storylines/{data.digest[0].sources[0].article_id}")
    assert page.locator("h1").inner_text() == data.digest[0].title
    assert page.locator("ol.timeline li").count() >= 1
    shot(page, "storyline")


def test_browser_citation_opens_the_source_sentence(page, server):
    _, data = server
    briefing = data.digest[0]
    page.goto(f"/briefings/{briefing.id}")
    first = page.locator("details.cite").first
    quote = first.locator("blockquote")
    assert not quote.is_visible()
    first.locator("summary").click()
    assert quote.is_visible()
    assert quote.inner_text() == briefing.story[0].text  # the lead sentence cites itself
    assert briefing.sources[0].title in first.locator(".cite-source").inner_text()
    shot(page, "briefing-citation")
    first.locator(".cite-source a").first.click()
    page.wait_for_url("**/articles/*#s0")
    highlighted = page.locator(".sentence:target")
    assert highlighted.inner_text() == briefing.story[0].text
    shot(page, "article")


def test_browser_copy_as_markdown_gives_the_seed_format(page, server):
    from wirebrief import render

    _, data = server
    briefing = data.digest[1]
    page.goto(f"/briefings/{briefing.id}")
    page.get_by_role("button", name="Copy as markdown").click()
    page.locator(".copied").wait_for(state="visible")
    assert page.evaluate("navigator.clipboard.readText()") == render.to_markdown(briefing)


def test_browser_hostile_article_stays_inert(page, server):
    _, data = server
    page.goto(f"/briefings/{data.hostile.id}")
    assert page.locator("h1").inner_text() == HOSTILE_TITLE
    for summary in page.locator("details.cite summary").all():
        summary.click()
    assert page.locator("img").count() == 0
    assert page.evaluate("window.__owned === undefined")
    shot(page, "hostile")  # the page fixture fails the test if any alert() ran


def test_browser_search(page, server):
    _, data = server
    page.goto("/")
    page.get_by_role("searchbox", name="Search").fill("flood barrier")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/search?q=flood+barrier")
    hits = page.locator("li.hit > a").all_inner_texts()
    assert data.digest[0].title in hits
    assert page.locator("mark").count() >= 2
    shot(page, "search")


def test_browser_paste_a_digest_and_get_its_briefings(page, server):
    page.goto("/brief")
    page.locator("#text").fill(DIGEST)
    page.locator("#published").fill("2026-02-09")
    page.get_by_role("button", name="Brief it").click()
    page.locator("h2.results").wait_for(timeout=60_000)
    headlines = page.locator("article.briefing h2.headline").all_inner_texts()
    assert headlines == ["Pellmouth opens new ferry terminal after three years of work",
                         "Brackenford library reopens with rooftop reading garden"]
    page.locator("details.cite summary").first.click()
    assert page.locator("details.cite blockquote").first.inner_text() in DIGEST
    shot(page, "paste")



PHONE = {"width": 390, "height": 844}  # an iPhone 12 to 15 in CSS px


@pytest.fixture
def phone(browser, server):
    base, _ = server
    context = browser.new_context(base_url=base, viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True)
    yield context.new_page()
    context.close()


def test_browser_no_page_scrolls_sideways_on_a_phone(phone, server):
    _, data = server
    paths = ["/docs", "/", f"/briefings/{data.digest[0].id}", f"/storylines/{data.digest[0].sources[0].article_id}",
             f"/articles/{data.hostile.sources[0].article_id}", "/search?q=flood+barrier", "/brief"]
    for path in paths:
        phone.goto(path)
        widths = phone.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert widths[0] <= widths[1] == PHONE["width"], (path, widths)
    phone.goto("/docs")
    shot(phone, "docs-phone")


def test_browser_citation_markers_are_24px_tap_targets(phone, server):
    """WCAG 2.2, 2.5.8 (target size, minimum): every marker's box is at least 24×24 CSS px."""
    _, data = server
    for path in (f"/briefings/{data.digest[0].id}", f"/storylines/{data.digest[0].sources[0].article_id}"):
        phone.goto(path)
        boxes = [s.bounding_box() for s in phone.locator("details.cite > summary").all()]
        assert boxes and all(b["width"] >= 24 and b["height"] >= 24 for b in boxes), (path, min(boxes, key=lambda b: b["width"] * b["height"]))
    phone.locator("details.cite > summary").first.tap()
    assert phone.locator("details.cite blockquote").first.is_visible()
    shot(phone, "citation-phone")


def test_browser_search_lists_each_story_once(page, server):
    _, data = server
    page.goto("/search?q=footbridge+mayor")
    hits = page.locator("li.hit > a").all()
    assert [h.get_attribute("href") for h in hits] == [f"/briefings/{data.hostile.id}"]  # not its article as well
