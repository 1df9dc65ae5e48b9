"""The dashboard in headless Chromium (Debian's chromium driven by Playwright) against a
real uvicorn server on localhost over a store built from hand-made records.

Needs: `apt-get install -y chromium` and `pip install playwright` (never `playwright install`).
Skips cleanly when either is missing. Screenshots go to test-artifacts/.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Iterator

import pytest

from herodotus.store import Store

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "tests" / "store" / "data" / "articles.jsonl"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]

playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
if CHROMIUM is None:
    pytest.skip("Debian's chromium is not installed (apt-get install -y chromium)", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("web") / "web.duckdb"
    with Store(db) as store, ARTICLES.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            store.ingest(record, text=record["text"], url=record.get("url"), source=record.get("source"))
    port = _free_port()
    code = ("import sys, uvicorn; from herodotus.api.app import create_app; "
            "uvicorn.run(create_app(sys.argv[1]), host='127.0.0.1', port=int(sys.argv[2]), log_level='warning')")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.Popen([sys.executable, "-c", code, str(db), str(port)], env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{url}/api/stats", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("the server did not start")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, server):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    requests: list[str] = []
    page.on("request", lambda req: requests.append(req.url))
    yield page
    context.close()
    assert not errors, errors
    outside = [u for u in requests if not u.startswith(server)]
    assert not outside, f"requests left localhost: {outside}"


def test_dashboard_overview_renders_timeline_network_map(page, server) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "/")
    page.wait_for_selector("body[data-ready='overview']", timeout=15000)
    assert page.locator("#timeline svg rect.bar").count() >= 4
    assert page.locator("#network .net-node").count() >= 8
    assert page.locator("#network path.net-link").count() >= 6
    assert page.locator("#map path.map-land").count() > 100
    assert page.locator("#map circle.map-point").count() >= 4
    assert page.locator("#events tr.event-row").count() == 8
    assert "6 articles" in page.locator("#stats").inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dashboard-overview.png"), full_page=True)


def test_dashboard_click_on_event_opens_article_with_evidence(page, server) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "/")
    page.wait_for_selector("body[data-ready='overview']", timeout=15000)
    page.locator("#events tr.event-row", has_text="ASSAULT").click()
    page.wait_for_selector("body[data-ready='article']", timeout=15000)
    highlighted = " ".join(page.locator("#article-text span.sel").all_inner_texts())
    assert "Israel hat am Donnerstag Ziele nahe der syrischen Hauptstadt" in highlighted
    assert "angegriffen." in highlighted
    assert page.locator(".explain .item.selected").inner_text().startswith("ASSAULT")
    assert page.locator("#explain").inner_text().count("Event ASSAULT") == 1
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dashboard-article.png"), full_page=True)


def test_dashboard_article_markup_stays_text(page, server) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "/")
    page.wait_for_selector("body[data-ready='overview']", timeout=15000)
    page.locator("#events tr.event-row", has_text="PROTEST").click()
    page.wait_for_selector("body[data-ready='article']", timeout=15000)
    text = page.locator("#article-text").inner_text()
    assert "<script>window.__pwned = 1</script>" in text and "onerror=" in text
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#article-text script, #article-text img").count() == 0
    assert page.locator("h2", has_text="Protest <b>in</b> Paris").count() == 1


def test_dashboard_quotes_by_speaker(page, server) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "/#/quotes")
    page.wait_for_selector("body[data-ready='quotes']", timeout=15000)
    page.locator(".speakers a", has_text="Olaf Scholz").click()
    playwright_api.expect(page).to_have_url(re.compile(r"speaker="))
    page.wait_for_selector("body[data-ready='quotes']", timeout=15000)
    quotes = page.locator("blockquote").all_inner_texts()
    assert len(quotes) == 1 and "so lange unterstützen wie nötig" in quotes[0]


def test_dashboard_timeline_bar_filters_period(page, server) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "/")
    page.wait_for_selector("body[data-ready='overview']", timeout=15000)
    page.locator("#timeline rect.bar.quad4").first.click()
    playwright_api.expect(page.locator("#events tr.event-row")).to_have_count(1)
    page.wait_for_selector("body[data-ready='overview']", timeout=15000)
    assert page.locator("#filters input[name=start]").input_value() == "2024-05-01"
    assert page.locator("#filters input[name=end]").input_value() == "2024-05-31"
    assert "ASSAULT" in page.locator("#events tr.event-row").inner_text()
