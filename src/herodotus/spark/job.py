"""Spark job: JSONL articles -> coded records in Parquet -> the DuckDB store.

    from pyspark.sql import SparkSession
    from herodotus.spark import run, load_into_store
    spark = SparkSession.builder.master("local[2]").getOrCreate()
    run(spark, "articles.jsonl", "coded.parquet", partitions=8)
    with Store("herodotus.duckdb") as store:
        load_into_store("coded.parquet", store)

Executors must run a Python with herodotus installed: set ``PYSPARK_PYTHON`` to it
(e.g. ``.venv/bin/python``) before the session starts.

Input lines follow ``herodotus extract``'s JSONL input (``id``, ``text``, optional
``published``, ``lang``, ``title``, ``url``, ``source``). A line that cannot be coded
becomes a row with ``error`` set (and no record); ``load_into_store`` writes it to the
store's ``problems`` table with its line number, as ``herodotus ingest`` does.
"""
from __future__ import annotations

import json
import logging
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

if TYPE_CHECKING:  # pyspark is optional
    from pyspark.sql import SparkSession

    from ..store import Store

LOG = logging.getLogger(__name__)
Coder = Callable[[dict[str, Any]], dict[str, Any]]
OUTPUT_COLUMNS = ("line", "id", "url", "source", "text", "record", "error")


def default_coder() -> Coder:
    """Codes one input object with the full pipeline (built once per partition)."""
    from .. import extract

    def code(obj: dict[str, Any]) -> dict[str, Any]:
        return extract(obj["text"], lang=obj.get("lang") or "auto", published=obj.get("published"),
                       id=str(obj.get("id") or "doc"), title=obj.get("title"))

    return code


def code_partition(rows: Iterable[tuple[str, int]], coder_factory: Callable[[], Coder]) -> Iterator[tuple]:
    """Runs on an executor: (line text, 0-based index) -> output rows."""
    coder = None
    for line, index in rows:
        number = index + 1
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not obj["text"].strip():
                raise ValueError("the record has no non-empty 'text' field")
            coder = coder or coder_factory()
            record = coder(obj)
            yield (number, str(obj.get("id") or record.get("id")), obj.get("url"), obj.get("source"), obj["text"],
                   json.dumps(record, ensure_ascii=False), None)
        except Exception as exc:  # one bad line must not fail the job; it is reported instead
            yield (number, None, None, None, None, None, f"{type(exc).__name__}: {exc}")


def run(spark: "SparkSession", input_path: str | Path, output_path: str | Path, *,
        partitions: int | None = None, coder_factory: Callable[[], Coder] = default_coder) -> int:
    """Code every JSONL line of ``input_path`` in parallel; write Parquet; return the row count."""
    from pyspark.sql.types import IntegerType, StringType, StructField, StructType

    schema = StructType([StructField("line", IntegerType(), False)] +
                        [StructField(name, StringType(), True) for name in OUTPUT_COLUMNS[1:]])
    lines = spark.sparkContext.textFile(str(input_path), minPartitions=partitions or 2).zipWithIndex()
    lines = lines.filter(lambda pair: pair[0].strip() != "")
    coded = lines.mapPartitions(lambda rows: code_partition(rows, coder_factory))
    spark.createDataFrame(coded, schema=schema).write.mode("overwrite").parquet(str(output_path))
    count = spark.read.parquet(str(output_path)).count()
    LOG.info("coded %s lines of %s into %s", count, input_path, output_path)
    return int(count)


def load_into_store(parquet_path: str | Path, store: "Store", *, input_name: str | None = None) -> Counter[str]:
    """Ingest the job's output into the store (no Spark needed); count statuses and problems."""
    import pyarrow.parquet as pq

    statuses: Counter[str] = Counter()
    table = pq.read_table(str(parquet_path), columns=list(OUTPUT_COLUMNS)).sort_by("line")
    for row in table.to_pylist():
        if row["error"]:
            store.record_problem(input_name or str(parquet_path), row["line"], row["error"])
            statuses["problem"] += 1
            continue
        result = store.ingest(json.loads(row["record"]), text=row["text"], url=row["url"], source=row["source"])
        statuses[result.status] += 1
    return statuses
