"""REST API: filters, pagination, one event with evidence, dyads, quotes, extraction, errors."""
from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from herodotus.api.app import create_app


def test_app_events_list_and_filters(client: TestClient) -> None:
    body = client.get("/api/events").json()
    assert body["ok"] is True and body["total"] == 8 and len(body["events"]) == 8
    assert client.get("/api/events", params={"actor": "isr"}).json()["total"] == 1
    assert client.get("/api/events", params={"recipient": "Israel"}).json()["total"] == 2
    assert client.get("/api/events", params={"type": "CONSULT"}).json()["events"][0]["actor"][0]["code"] == "IND"
    assert client.get("/api/events", params={"quad": 1}).json()["total"] == 2
    june = client.get("/api/events", params={"start": "2024-06-01", "end": "2024-06-30"}).json()
    assert sorted(e["event"] for e in june["events"]) == ["AGREE", "AID", "CONSULT", "THREATEN"]
    assert client.get("/api/events", params={"place": "astana"}).json()["total"] == 2
    assert client.get("/api/events", params={"q": "Luftabwehr"}).json()["events"][0]["event"] == "AID"


def test_app_events_pagination(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": 3}).json()
    assert first["limit"] == 3 and first["offset"] == 0 and first["next"]
    second = client.get(first["next"]).json()
    assert second["offset"] == 3
    last = client.get("/api/events", params={"limit": 3, "offset": 6}).json()
    assert last["next"] is None and len(last["events"]) == 2
    ids = [e["id"] for page in (first, second, last) for e in page["events"]]
    assert len(set(ids)) == 8


def test_app_event_with_all_mentions_and_evidence(client: TestClient) -> None:
    strike = client.get("/api/events", params={"type": "ASSAULT"}).json()["events"][0]
    body = client.get(f"/api/events/{strike['id']}").json()
    event = body["event"]
    assert event["num_mentions"] == 3 and event["num_sources"] == 3
    assert {m["doc_id"] for m in event["mentions"]} == {"de-strike", "en-strike", "en-strike-copy"}
    assert {m["match"] for m in event["mentions"]} == {"new", "window", "cluster"}
    german = next(m for m in event["mentions"] if m["doc_id"] == "de-strike")
    assert german["evidence_text"].startswith("Israel hat am Donnerstag")


def test_app_dyads_and_series(client: TestClient) -> None:
    dyads = client.get("/api/dyads").json()["dyads"]
    assert {"actor": "ISR", "recipient": "SYR"} in [{"actor": d["actor"], "recipient": d["recipient"]} for d in dyads]
    series = client.get("/api/dyads/series", params={"actor": "DEU", "recipient": "UKR", "period": "month"}).json()
    assert series["series"] == [{"period": "2024-06-01", "events": 1, "mentions": 1, "goldstein": 7.0}]
    timeline = client.get("/api/timeline", params={"period": "month"}).json()["timeline"]
    assert sum(row["events"] for row in timeline) == 8
    assert {"period": "2024-05-01", "quad_code": 4, "events": 1} in timeline


def test_app_entities_quotes_articles(client: TestClient) -> None:
    entities = client.get("/api/entities", params={"q": "israel"}).json()
    assert entities["entities"][0]["identifier_id"] == "Q801" and entities["entities"][0]["articles"] == 3
    quotes = client.get("/api/quotes", params={"speaker": "Jaishankar"}).json()
    assert quotes["total"] == 1 and quotes["quotes"][0]["text"] == "We have to start somewhere,"
    speakers = client.get("/api/speakers").json()["speakers"]
    assert {s["name"] for s in speakers} == {"Recep Tayyip Erdoğan", "Subrahmanyam Jaishankar", "Olaf Scholz"}
    articles = client.get("/api/articles").json()
    assert articles["total"] == 6
    first = articles["articles"][0]
    article = client.get(f"/api/articles/{first['id']}").json()["article"]
    assert article["text"] and isinstance(article["events"], list)
    locations = client.get("/api/locations").json()["locations"]
    assert {loc["name"] for loc in locations} >= {"Damaskus", "Astana", "Paris"}


def test_app_extract_codes_without_storing(client: TestClient) -> None:
    before = client.get("/api/stats").json()["counts"]
    response = client.post("/api/extract", json={"text": "Both sides agreed to talk. Nothing else.",
                                                 "lang": "en", "published": "2024-05-01"})
    assert response.status_code == 200
    record = response.json()["record"]
    assert record["events"][0]["evidence"] == {"start": 0, "end": 26}
    assert record["published"] == "2024-05-01"
    assert client.get("/api/stats").json()["counts"] == before
    assert client.post("/extract", json={"text": "They agreed. Fine."}).json()["record"]["events"][0]["event"] == "AGREE"


@pytest.mark.parametrize("method, url, kwargs, status, where", [
    ("get", "/api/events", {"params": {"limit": 0}}, 400, "query.limit"),
    ("get", "/api/events", {"params": {"limit": 10_000}}, 400, "query.limit"),
    ("get", "/api/events", {"params": {"type": "HUG"}}, 400, "query.type"),
    ("get", "/api/events", {"params": {"start": "yesterday"}}, 400, "query.start"),
    ("get", "/api/events", {"params": {"quad": 7}}, 400, "query.quad"),
    ("get", "/api/dyads/series", {"params": {"period": "decade"}}, 400, "query.period"),
    ("get", "/api/events/abc", {}, 400, "path.event_id"),
    ("get", "/api/events/999999", {}, 404, None),
    ("get", "/api/articles/999999", {}, 404, None),
    ("get", "/api/nothing-here", {}, 404, None),
    ("post", "/api/extract", {"json": {"text": ""}}, 400, "body.text"),
    ("post", "/api/extract", {"json": {"text": "x", "lang": "fr"}}, 400, "body.lang"),
    ("post", "/api/extract", {"json": {"text": "x", "colour": "red"}}, 400, "body.colour"),
    ("post", "/api/extract", {"content": b"{not json", "headers": {"content-type": "application/json"}}, 400, "body"),
    ("post", "/api/extract", {"json": {"text": "x" * 30_000}}, 413, None),
    ("delete", "/api/events", {}, 405, None),
])
def test_app_errors_have_one_shape(client: TestClient, method, url, kwargs, status, where) -> None:
    response = getattr(client, method)(url, **kwargs)
    body = response.json()
    assert response.status_code == status
    assert set(body) == {"ok", "error", "errors", "status"}
    assert body["ok"] is False and body["status"] == status and isinstance(body["error"], str) and body["errors"]
    if where:
        assert any(e["location"].startswith(where) for e in body["errors"]), body


def test_app_streamed_body_over_the_limit_is_refused(client: TestClient) -> None:
    def chunks():
        for _ in range(30):
            yield b"x" * 1000

    response = client.post("/api/extract", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413 and response.json()["status"] == 413


def test_app_pipeline_errors_are_4xx(db: Path) -> None:
    from herodotus.errors import UnsupportedLanguage

    def refuse(article):
        raise UnsupportedLanguage("[E006] posted: language 'fr' is not supported; supported: de, en.")

    with TestClient(create_app(db, extractor=refuse)) as client:
        response = client.post("/api/extract", json={"text": "Bonjour tout le monde."})
    assert response.status_code == 400 and "E006" in response.json()["error"]


def test_app_openapi_documents_every_endpoint(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    assert {"/api/events", "/api/events/{event_id}", "/api/entities", "/api/quotes", "/api/dyads/series",
            "/api/extract", "/api/articles/{article_id}", "/api/timeline", "/api/locations"} <= paths
    for path, operations in spec["paths"].items():
        for op in operations.values():
            assert op.get("summary"), path


def test_app_pages_send_a_content_security_policy(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200 and "text/html" in response.headers["content-type"]
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert "unsafe-inline" not in response.headers["content-security-policy"]


def test_app_creates_an_empty_store_when_missing(tmp_path: Path) -> None:
    with TestClient(create_app(tmp_path / "new.duckdb")) as client:
        assert client.get("/api/events").json()["total"] == 0


def test_app_docs_page_uses_vendored_swagger(client: TestClient) -> None:
    page = client.get("/docs").text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in page and "cdn" not in page.lower()
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200
    assert client.get("/static/vendor/d3/d3.min.js").status_code == 200


def test_app_concurrent_reads(client: TestClient) -> None:
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(8) as pool:
        totals = list(pool.map(lambda _: client.get("/api/events", params={"q": "a"}).json()["total"], range(32)))
    assert len(set(totals)) == 1
