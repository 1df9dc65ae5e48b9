"""The output contract: records from real-looking articles validate against the JSON Schema."""
from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

from herodotus import extract
from herodotus.contract import PLOVER_TYPES, schema, validate

from texts import ENGLISH_WIRE, GERMAN_WIRE


def _examples():
    path = resources.files("herodotus") / "examples" / "articles.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("article", _examples(), ids=lambda a: a["id"])
def test_contract_example_articles_validate(article):
    record = extract(article["text"], lang=article["lang"], published=article["published"], id=article["id"])
    validate(record)
    assert record["id"] == article["id"] and record["published"] == article["published"]
    for ev in record["events"]:
        assert ev["event_text"] == article["text"][ev["evidence"]["start"]:ev["evidence"]["end"]]
        assert ev["explanation"]
    for q in record["quotes"]:
        assert q["text"] == article["text"][q["start"]:q["end"]]
    for ent in record["entities"]:
        for m in ent["mentions"]:
            assert m["text"] == article["text"][m["start"]:m["end"]]


def test_contract_schema_lists_the_16_plover_types():
    event_schema = schema()["properties"]["events"]["items"]["properties"]["event"]
    assert sorted(event_schema["enum"]) == sorted(PLOVER_TYPES) and len(PLOVER_TYPES) == 16


@pytest.mark.parametrize("breakage", [
    lambda r: r.pop("quotes"),
    lambda r: r.update(extra=1),
    lambda r: r.update(lang="xx"),
    lambda r: r["events"].append({"event": "BOMB"}),
])
def test_contract_schema_rejects_broken_records(breakage):
    record = extract(GERMAN_WIRE, lang="de", published="2025-03-10")
    breakage(record)
    with pytest.raises(jsonschema.ValidationError):
        validate(record)


def test_contract_english_record_validates():
    validate(extract(ENGLISH_WIRE, published="2025-03-11"))
