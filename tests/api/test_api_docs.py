"""Every API endpoint and canned query is documented in docs/store.md."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from herodotus.store import CANNED

DOCS = (Path(__file__).resolve().parents[2] / "docs" / "store.md").read_text(encoding="utf-8")


def test_docs_every_endpoint_is_documented(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path, operations in spec["paths"].items():
        for method in operations:
            assert f"`{method.upper()} {path}" in DOCS or f"`{method.upper()} {path}`" in DOCS, (method, path)


@pytest.mark.parametrize("name", sorted(CANNED))
def test_docs_every_canned_query_is_documented(name: str) -> None:
    assert re.search(rf"\| `{name}` \|", DOCS)
    for param in CANNED[name]["params"]:
        assert f"`{param}`" in DOCS
