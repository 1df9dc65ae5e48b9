"""Shared fixtures: small hand-written articles and the shared-data switch."""
from __future__ import annotations

from pathlib import Path

import pytest

from herodotus.config import data_dir

def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if data_dir().is_dir():
        return
    skip = pytest.mark.skip(reason=f"shared data folder {data_dir()} is missing (set HERODOTUS_DATA)")
    for item in items:
        if "shared_data" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def shared_data() -> Path:
    return data_dir()


@pytest.fixture(scope="session")
def pipeline():
    from herodotus import load_pipeline

    return load_pipeline()
