"""PLOVER events."""
from __future__ import annotations

from dataclasses import dataclass, field
import datetime as dt


@dataclass(frozen=True, slots=True)
class Location:
    name: str
    country: str | None = None   # ISO3
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None


@dataclass(slots=True)
class Event:
    id: str
    event: str                    # one of the 16 PLOVER types
    start: int                    # evidence span (the sentence)
    end: int
    trigger_start: int = -1       # the word(s) that decided the type
    trigger_end: int = -1
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    actor_ids: list[str] = field(default_factory=list)       # entity ids
    recipient_ids: list[str] = field(default_factory=list)
    date: dt.date | None = None
    date_precision: str | None = None   # day | month | year
    location: Location | None = None
    cameo: str | None = None
    quad_code: int | None = None
    goldstein: float | None = None
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    confidence: float = 0.0
    explanation: str = ""
    source: str = ""
