"""The embedded DuckDB store: one ``Store`` object owns one DuckDB connection.

Usage::

    with Store("herodotus.duckdb") as store:
        result = store.ingest(record, text=text, url=url, source="dw.com")
        columns, rows = store.canned("events_by_actor", actor="ISR")
        store.export("plover-jsonl", "events.jsonl")

The schema is created and migrated on open from the numbered files in ``schema/``
(``001_init.sql``, ``002_...``); the applied versions are kept in ``schema_migrations``.
Every article is written in one transaction: on any error nothing of it remains.
Reads made from other threads (the API server) go through cursors of the same
connection, which DuckDB makes safe to use concurrently.
"""
from __future__ import annotations

import logging
import re
import threading
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import IO, Any, Iterator, Sequence

import duckdb

from ..errors import Errors, StoreError
from . import export as export_mod
from . import queries, read
from .ingest import IngestResult, Ingester
from .queries import CANNED, EventFilter

LOG = logging.getLogger(__name__)
_MIGRATION = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")

Columns = list[str]
Rows = list[tuple[Any, ...]]


def migrations() -> list[tuple[int, str, str]]:
    """(version, file name, SQL) of every shipped migration, in order."""
    folder = resources.files("herodotus.store") / "schema"
    out = []
    for entry in folder.iterdir():
        match = _MIGRATION.match(entry.name)
        if match:
            out.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    return sorted(out)


class Store:
    """Articles, deduplicated events with their mentions, entities, quotes and problems.

    ``read_only=True`` opens an existing database without taking the write lock (several
    readers may share a file; a writer excludes them). ``near_duplicate_threshold`` is the
    word-shingle Jaccard similarity from which an article counts as a copy of another;
    ``date_window_days`` is how far apart two dated mentions of one event may be.
    ``external_access=False`` stops SQL from reading or writing any other file (the API
    server uses it; ``query`` then cannot call ``read_csv`` and the like).
    """

    def __init__(self, path: str | Path, *, read_only: bool = False,
                 near_duplicate_threshold: float = 0.8, date_window_days: int = 2,
                 external_access: bool = True) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.external_access = external_access
        self._lock = threading.RLock()
        self._con = self._connect()
        if read_only:
            self._check_version()
        else:
            self._migrate()
        self._ingester = Ingester(near_duplicate_threshold, date_window_days)

    # -- lifecycle ---------------------------------------------------------------
    def _connect(self) -> duckdb.DuckDBPyConnection:
        if self.read_only and not self.path.exists():
            raise StoreError(Errors.E020.format(path=self.path, reason="the file does not exist"))
        if not self.read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            return duckdb.connect(str(self.path), read_only=self.read_only,
                                  config={"enable_external_access": self.external_access})
        except duckdb.Error as exc:
            raise StoreError(Errors.E020.format(path=self.path, reason=str(exc).splitlines()[0])) from exc

    def _applied(self) -> set[int]:
        self._con.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                          "(version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP DEFAULT current_timestamp)")
        return {row[0] for row in self._con.execute("SELECT version FROM schema_migrations").fetchall()}

    def _migrate(self) -> None:
        applied = self._applied()
        for version, name, sql in migrations():
            if version in applied:
                continue
            LOG.info("applying store migration %s to %s", name, self.path)
            with self._transaction() as con:
                con.execute(sql)
                con.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [version, name])

    def _check_version(self) -> None:
        try:
            applied = {row[0] for row in self._con.execute("SELECT version FROM schema_migrations").fetchall()}
        except duckdb.Error as exc:
            raise StoreError(Errors.E020.format(
                path=self.path, reason="not a Herodotus database; create it with `herodotus ingest`")) from exc
        missing = [name for version, name, _ in migrations() if version not in applied]
        if missing:
            raise StoreError(Errors.E020.format(
                path=self.path, reason=f"schema is out of date (missing {', '.join(missing)}); "
                                       "open it once without read-only to migrate"))

    def close(self) -> None:
        with self._lock:
            self._con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with self._lock:
            self._con.execute("BEGIN TRANSACTION")
            try:
                yield self._con
            except BaseException:
                self._con.execute("ROLLBACK")
                raise
            self._con.execute("COMMIT")

    @contextmanager
    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor of the store's connection, for reads from any thread."""
        cur = self._con.cursor()
        try:
            yield cur
        finally:
            cur.close()

    # -- writing -----------------------------------------------------------------
    def ingest(self, record: dict[str, Any], *, text: str, url: str | None = None,
               source: str | None = None) -> IngestResult:
        """Store one article in the output contract (offsets into ``text``), in one transaction.

        Returns status ``"duplicate"`` (same normalised text already stored; nothing
        changes), ``"near-duplicate"`` (a syndicated copy: stored, and its events become
        mentions of the events already known) or ``"new"``.
        """
        self._writable()
        prepared = self._ingester.prepare(record, text=text, url=url, source=source)
        with self._lock:
            existing = self._con.execute("SELECT article_id FROM articles WHERE content_hash = ?",
                                         [prepared.content_hash]).fetchone()
            if existing:
                return IngestResult(status="duplicate", article_id=existing[0], duplicate_of=existing[0])
            try:
                with self._transaction() as con:
                    return self._ingester.write(con, prepared)
            except (duckdb.Error, KeyError, TypeError, AttributeError, ValueError) as exc:
                # A record that breaks the contract in a way prepare() did not foresee.
                reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                raise StoreError(Errors.E022.format(id=record.get("id"), reason=reason)) from exc

    def record_problem(self, path: str | Path, line: int | None, message: str) -> None:
        """Keep a bad input (file, JSONL line) in the ``problems`` table."""
        self._writable()
        with self._transaction() as con:
            con.execute("INSERT INTO problems (problem_id, path, line, message) "
                        "VALUES (nextval('problem_seq'), ?, ?, ?)", [str(path), line, message])

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(Errors.E020.format(path=self.path, reason="opened read-only"))

    # -- reading -----------------------------------------------------------------
    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> tuple[Columns, Rows]:
        """Run one SELECT statement; anything that could write is refused.

        The statement also runs inside a transaction that is rolled back, so even a
        function with side effects leaves the database as it was.
        """
        try:
            statements = self._con.extract_statements(sql)
        except duckdb.Error as exc:
            raise StoreError(Errors.E021.format(reason=str(exc).splitlines()[0])) from exc
        if len(statements) != 1 or statements[0].type != duckdb.StatementType.SELECT:
            raise StoreError(Errors.E021.format(reason="only one SELECT statement is allowed"))
        with self.cursor() as cur:
            cur.execute("BEGIN TRANSACTION")
            try:
                cur.execute(sql, params or None)
                columns = [d[0] for d in cur.description or []]
                rows = cur.fetchall()
            except duckdb.Error as exc:
                raise StoreError(Errors.E021.format(reason=str(exc).splitlines()[0])) from exc
            finally:
                cur.execute("ROLLBACK")
        return columns, rows

    def canned(self, name: str, **params: Any) -> tuple[Columns, Rows]:
        """Run a named query from ``CANNED`` with its parameters."""
        with self.cursor() as cur:
            return queries.run_canned(cur, name, params)

    def events(self, filters: EventFilter, *, limit: int = 50, offset: int = 0,
               sort: str = "date") -> tuple[int, list[dict[str, Any]]]:
        with self.cursor() as cur:
            return queries.list_events(cur, filters, limit=limit, offset=offset, sort=sort)

    def dyad_series(self, filters: EventFilter, *, period: str = "month") -> list[dict[str, Any]]:
        with self.cursor() as cur:
            return queries.dyad_series(cur, filters, period=period)

    def read(self, name: str, **params: Any) -> Any:
        """Run one of the dashboard/API readers in ``read.py`` (``read.READERS``)."""
        if name not in read.READERS:
            raise KeyError(name)
        with self.cursor() as cur:
            return read.READERS[name](cur, **params)

    def counts(self) -> dict[str, int]:
        with self.cursor() as cur:
            return read.counts(cur)

    # -- export ------------------------------------------------------------------
    def export(self, fmt: str, path: str | Path | IO[str] | None = None) -> int:
        """Write every event as ``plover-jsonl``, ``cameo-tsv`` or ``parquet``; return the row count.

        ``path=None`` writes the text formats to standard output; parquet needs a path,
        either a file or a directory (which then receives ``events.parquet`` and
        ``event_mentions.parquet``).
        """
        with self.cursor() as cur:
            return export_mod.export(cur, fmt, path)


__all__ = ["CANNED", "EventFilter", "IngestResult", "Store", "migrations"]
