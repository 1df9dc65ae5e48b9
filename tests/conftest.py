"""Shared fixtures: small hand-written articles and the shared-data switch."""
from __future__ import annotations

from pathlib import Path

import pytest

from herodotus.config import data_dir

GERMAN_WIRE = (
    "„Wir stehen an der Seite unserer Partner“, sagte der russische Außenminister Sergej Lawrow am Montag. "
    "Zuvor hatte er der NATO eine gezielte Eskalation vorgeworfen."
)
ENGLISH_WIRE = (
    "Iran's foreign minister accused Washington on Tuesday of destabilising the region. "
    "\"We will not accept these threats,\" he told reporters in Tehran."
)


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
