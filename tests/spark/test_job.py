"""The Spark wrapper maps a coder over partitions, writes Parquet and loads the store.

Skips when pyspark or Java is missing. A hand-written coder stands in for the pipeline
(the wrapper has no stage logic; the pipeline has its own tests).
"""
from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest

pyspark = pytest.importorskip("pyspark", reason="pyspark is not installed (pip install herodotus[spark])")
if shutil.which("java") is None:
    pytest.skip("Java is not installed (Spark needs Java 17+)", allow_module_level=True)

from herodotus.spark import load_into_store, run  # noqa: E402
from herodotus.store import Store  # noqa: E402

pytestmark = pytest.mark.slow


def fake_coder():
    def code(obj):
        text = obj["text"]
        end = text.index(".") + 1
        return {"id": obj["id"], "lang": obj.get("lang", "en"), "published": obj.get("published"), "title": None,
                "quotes": [], "entities": [],
                "events": [{"id": "ev1", "event": "CONSULT", "date": obj.get("published"),
                            "actor": [{"code": "IND"}], "recipient": [{"code": "PAK"}],
                            "evidence": {"start": 0, "end": end}}]}
    return code


@pytest.fixture(scope="module")
def spark():
    from pyspark import cloudpickle
    from pyspark.sql import SparkSession

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # workers cannot import this test module
    # workers must run this interpreter (the one with herodotus installed), not the first python3 on PATH
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (SparkSession.builder.master("local[2]").appName("herodotus-test")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate())
    yield session
    session.stop()


def test_job_codes_partitions_and_loads_the_store(spark, tmp_path: Path) -> None:
    lines = [
        {"id": "a", "text": "India and Pakistan held talks in Astana. More follows.", "published": "2024-06-10",
         "source": "thehindu.com"},
        {"id": "b", "text": "Indian and Pakistani envoys met again. Details were scarce.", "published": "2024-06-11",
         "source": "dawn.com"},
        {"id": "c", "text": "   "},
        {"id": "a", "text": "India and Pakistan held talks in Astana. More follows.", "published": "2024-06-10"},
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(x) for x in lines) + "\n{broken\n", encoding="utf-8")
    out = tmp_path / "coded.parquet"
    assert run(spark, source, out, partitions=2, coder_factory=fake_coder) == 5
    with Store(tmp_path / "spark.duckdb") as store:
        statuses = load_into_store(out, store, input_name="in.jsonl")
        assert statuses == {"new": 2, "duplicate": 1, "problem": 2}
        _, rows = store.query("SELECT n_mentions, n_sources FROM events")
        assert rows == [(2, 2)]  # same dyad, one day apart: one event, two mentions
        _, problems = store.query("SELECT line FROM problems ORDER BY line")
        assert problems == [(3,), (5,)]
