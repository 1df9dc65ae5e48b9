"""Time expressions found in the text and resolved to calendar dates."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time expression ("am Dienstag", "last week", "7. Oktober 2023") and its resolved value.

    ``value`` is the first day of the period it names (a week starts on Monday); it is None when the
    text alone does not fix it (a weekday or "am 7. Oktober" without a publication date).
    ``precision`` is day, week, month or year, None when ``value`` is None.
    """

    id: str                  # "t3"
    start: int
    end: int
    text: str
    value: date | None
    precision: str | None    # day | week | month | year
    source: str = ""         # component that made it, e.g. "dates.v1"

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "start": self.start, "end": self.end, "text": self.text,
                "value": self.value.isoformat() if self.value else None,
                "precision": self.precision, "source": self.source}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TimeExpression:
        value = data.get("value")
        return cls(id=data["id"], start=data["start"], end=data["end"], text=data["text"],
                   value=date.fromisoformat(value) if value else None,
                   precision=data.get("precision"), source=data.get("source", ""))
