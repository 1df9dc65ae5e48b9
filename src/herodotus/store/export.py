"""Export the deduplicated events: PLOVER JSON lines, CAMEO-style TSV, Parquet.

``plover-jsonl``  one event a line with the contract's PLOVER field names, its counts
                  (num_mentions, num_articles, num_sources) and its mentions (article,
                  url, evidence offsets), so every row can be traced to its sentences.
``cameo-tsv``     a header line and one event a line: the CAMEO_COLUMNS below; dates as
                  YYYYMMDD like GDELT's SQLDATE; tabs and newlines in text become spaces.
``parquet``       the events table (columns as in the store); a directory path also
                  receives ``event_mentions.parquet``.
"""
from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Iterator

import duckdb

from ..errors import Errors, StoreError
from .queries import EVENT_COLUMNS, event_dict

FORMATS = ("plover-jsonl", "cameo-tsv", "parquet")
CAMEO_COLUMNS = (
    "event_id", "date", "actor_code", "actor_sector", "actor_name", "recipient_code", "recipient_sector",
    "recipient_name", "cameo", "quad_class", "goldstein", "plover_type", "mode", "num_mentions",
    "num_sources", "num_articles", "location", "country", "lat", "lon", "source_url", "event_text",
)


def export(cur: duckdb.DuckDBPyConnection, fmt: str, path: str | Path | IO[str] | None) -> int:
    if fmt == "plover-jsonl":
        with _open(path) as out:
            return _plover(cur, out)
    if fmt == "cameo-tsv":
        with _open(path) as out:
            return _cameo(cur, out)
    if fmt == "parquet":
        if path is None or not isinstance(path, (str, Path)):
            raise StoreError(Errors.E027)
        return _parquet(cur, Path(path))
    raise StoreError(Errors.E026.format(fmt=fmt, known=", ".join(FORMATS)))


@contextmanager
def _open(path: str | Path | IO[str] | None) -> Iterator[IO[str]]:
    if path is None:
        yield sys.stdout
    elif isinstance(path, (str, Path)):
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="") as fh:
            yield fh
    else:
        yield path


def _mentions(cur: duckdb.DuckDBPyConnection) -> dict[int, list[dict[str, Any]]]:
    out: dict[int, list[dict[str, Any]]] = {}
    rows = cur.execute(
        "SELECT m.event_id, a.doc_id, a.url, a.source, m.evidence_start, m.evidence_end, m.match"
        " FROM event_mentions m JOIN articles a ON a.article_id = m.article_id ORDER BY m.mention_id").fetchall()
    for event_id, doc_id, url, source, start, end, match in rows:
        out.setdefault(event_id, []).append({"doc_id": doc_id, "url": url, "source": source,
                                             "start": start, "end": end, "match": match})
    return out


def _plover(cur: duckdb.DuckDBPyConnection, out: IO[str]) -> int:
    mentions = _mentions(cur)
    cur.execute(f"SELECT {EVENT_COLUMNS} FROM events ORDER BY event_id")
    columns = [d[0] for d in cur.description]
    count = 0
    while batch := cur.fetchmany(2000):
        for row in batch:
            event = event_dict(columns, row)
            event["mentions"] = mentions.get(event["id"], [])
            out.write(json.dumps(event, ensure_ascii=False) + "\n")
            count += 1
    return count


def _flat(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return " ".join(str(value).split()) if isinstance(value, str) else str(value)


def _cameo(cur: duckdb.DuckDBPyConnection, out: IO[str]) -> int:
    cur.execute(
        "SELECT e.event_id, strftime(e.day, '%Y%m%d'), e.actor_code, e.actor_sector, e.actor_name,"
        " e.recipient_code, e.recipient_sector, e.recipient_name, e.cameo, e.quad_code, e.goldstein,"
        " e.event_type, e.mode, e.n_mentions, e.n_sources, e.n_articles, e.loc_name, e.loc_country, e.lat,"
        " e.lon, a.url, e.event_text FROM events e JOIN articles a ON a.article_id = e.first_article_id"
        " ORDER BY e.event_id")
    out.write("\t".join(CAMEO_COLUMNS) + "\n")
    count = 0
    while batch := cur.fetchmany(2000):
        for row in batch:
            out.write("\t".join(_flat(v) for v in row) + "\n")
            count += 1
    return count


def _parquet(cur: duckdb.DuckDBPyConnection, path: Path) -> int:
    import pyarrow.parquet as pq

    directory = path.is_dir() or not path.suffix
    target = path / "events.parquet" if directory else path
    target.parent.mkdir(parents=True, exist_ok=True)
    events = _arrow(cur, "SELECT * EXCLUDE (actor_terms, recipient_terms) FROM events ORDER BY event_id")
    pq.write_table(events, target)
    if directory:
        pq.write_table(_arrow(cur, "SELECT * FROM event_mentions ORDER BY mention_id"),
                       path / "event_mentions.parquet")
    return int(events.num_rows)


def _arrow(cur: duckdb.DuckDBPyConnection, sql: str) -> Any:
    """A query result as an Arrow table (the method's name changed across DuckDB versions)."""
    relation = cur.sql(sql)
    fetch = getattr(relation, "to_arrow_table", None) or getattr(relation, "arrow")
    return fetch()
