"""The embedded event store (DuckDB): ingest with deduplication, queries, export."""
from .ingest import IngestResult
from .queries import CANNED, PLOVER_TYPES, EventFilter
from .store import Store

__all__ = ["CANNED", "EventFilter", "IngestResult", "PLOVER_TYPES", "Store"]
