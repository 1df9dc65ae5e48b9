"""Fixtures: hand-made contract records (data/articles.jsonl) and stores built from them."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

import pytest

from herodotus.store import Store

ARTICLES = Path(__file__).parent / "data" / "articles.jsonl"


def load_articles() -> list[dict[str, Any]]:
    with ARTICLES.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def ingest_all(store: Store, articles: list[dict[str, Any]]) -> list[Any]:
    return [store.ingest(a, text=a["text"], url=a.get("url"), source=a.get("source")) for a in articles]


@pytest.fixture
def articles() -> list[dict[str, Any]]:
    return load_articles()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "test.duckdb") as s:
        yield s


@pytest.fixture
def filled(store: Store, articles: list[dict[str, Any]]) -> Store:
    ingest_all(store, articles)
    return store
