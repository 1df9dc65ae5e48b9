"""An API over a small store built from the hand-made records in tests/store/data."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

import pytest
from fastapi.testclient import TestClient

from herodotus.api.app import create_app
from herodotus.store import Store

ARTICLES = Path(__file__).resolve().parents[1] / "store" / "data" / "articles.jsonl"


def build_db(path: Path) -> Path:
    with Store(path) as store, ARTICLES.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            store.ingest(record, text=record["text"], url=record.get("url"), source=record.get("source"))
    return path


def fake_extractor(article: dict[str, Any]) -> dict[str, Any]:
    """Stands in for the pipeline: one AGREE event on the first sentence."""
    text = article["text"]
    end = text.find(".") + 1 or len(text)
    return {"id": article["id"], "lang": "en" if article["lang"] == "auto" else article["lang"],
            "published": article["published"].isoformat() if article["published"] else None,
            "title": article["title"], "quotes": [], "entities": [],
            "events": [{"id": "ev1", "event": "AGREE", "evidence": {"start": 0, "end": end}}]}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_db(tmp_path_factory.mktemp("api") / "api.duckdb")


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    app = create_app(db, extractor=fake_extractor, max_body_bytes=20_000)
    with TestClient(app) as test_client:
        yield test_client
