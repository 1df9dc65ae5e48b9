"""Scale-out with Apache Spark (optional: ``pip install herodotus[spark]``, needs Java 17+).

``run`` maps the pipeline over the partitions of a JSONL corpus and writes one Parquet
row per article (the text and its contract record); ``load_into_store`` feeds that
Parquet into the DuckDB store on one machine (the store has one writer). No stage logic
lives here: each partition builds the normal pipeline once and codes its articles.
"""
from .job import OUTPUT_COLUMNS, default_coder, load_into_store, run

__all__ = ["OUTPUT_COLUMNS", "default_coder", "load_into_store", "run"]
