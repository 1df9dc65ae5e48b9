"""Export round trips: what is read back equals the stored events."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from herodotus.errors import StoreError
from herodotus.store import EventFilter, Store
from herodotus.store.export import CAMEO_COLUMNS


def _stored(store: Store) -> list[dict]:
    _, events = store.events(EventFilter(), limit=1000, sort="-date")
    return sorted(events, key=lambda e: e["id"])


def test_export_plover_jsonl_round_trip(filled: Store, tmp_path: Path) -> None:
    path = tmp_path / "out" / "events.jsonl"
    assert filled.export("plover-jsonl", path) == 8
    back = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    mentions = {e["id"]: e.pop("mentions") for e in back}
    assert back == _stored(filled)
    strike = next(e for e in back if e["event"] == "ASSAULT")
    assert strike["actor"][0]["code"] == "ISR" and strike["num_mentions"] == 3
    assert sorted(m["doc_id"] for m in mentions[strike["id"]]) == ["de-strike", "en-strike", "en-strike-copy"]


def test_export_cameo_tsv_round_trip(filled: Store) -> None:
    out = io.StringIO()
    assert filled.export("cameo-tsv", out) == 8
    rows = list(csv.DictReader(io.StringIO(out.getvalue()), delimiter="\t", quoting=csv.QUOTE_NONE))
    assert list(rows[0]) == list(CAMEO_COLUMNS)
    stored = _stored(filled)
    assert [int(r["event_id"]) for r in rows] == [e["id"] for e in stored]
    for row, event in zip(rows, stored):
        assert row["plover_type"] == event["event"] and row["cameo"] == event["cameo"]
        assert row["date"] == event["day"].replace("-", "")
        assert float(row["goldstein"]) == event["goldstein"] and int(row["quad_class"]) == event["quad_code"]
        assert row["actor_code"] == (event["actor"][0]["code"] if event["actor"] else "")
    hostile = next(r for r in rows if r["plover_type"] == "PROTEST")
    assert hostile["recipient_code"] == "EUR"


@pytest.mark.parametrize("target", ["events.parquet", "folder"])
def test_export_parquet_round_trip(filled: Store, tmp_path: Path, target: str) -> None:
    path = tmp_path / target
    assert filled.export("parquet", path) == 8
    table = pq.read_table(path if target.endswith(".parquet") else path / "events.parquet")
    stored = _stored(filled)
    assert table.column("event_id").to_pylist() == [e["id"] for e in stored]
    assert table.column("event_type").to_pylist() == [e["event"] for e in stored]
    assert table.column("n_mentions").to_pylist() == [e["num_mentions"] for e in stored]
    if target == "folder":
        assert pq.read_table(path / "event_mentions.parquet").num_rows == 11


def test_export_unknown_format(filled: Store) -> None:
    with pytest.raises(StoreError, match="E026"):
        filled.export("csv", None)
    with pytest.raises(StoreError, match="E027"):
        filled.export("parquet", None)
