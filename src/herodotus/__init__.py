"""Herodotus: political event data from multilingual news.

    >>> from herodotus import extract
    >>> record = extract("„Wir stehen an der Seite unserer Partner“, sagte ...", published="2024-03-04")

``extract`` returns one article in the output contract (see docs/contract.md);
``load_pipeline`` gives the pipeline itself for batches of ``Document`` objects.
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any

from .model import Document

__version__ = "0.7.90"


@lru_cache(maxsize=1)
def load_pipeline():
    """The default pipeline, built once per process (models load lazily on first use)."""
    from .pipeline import Pipeline

    return Pipeline()


def extract(text: str, *, lang: str = "auto", published: str | date | None = None,
            id: str = "doc", title: str | None = None) -> dict[str, Any]:
    """Code one article and return it as an output-contract record."""
    from .contract import to_record
    from .pipeline.ingest import parse_date

    pub = parse_date(published) if isinstance(published, str) else published
    doc = Document(id=id, text=text, lang="" if lang == "auto" else lang, published=pub, title=title)
    return to_record(load_pipeline()(doc))


__all__ = ["Document", "__version__", "extract", "load_pipeline"]
