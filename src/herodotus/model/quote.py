"""Direct and indirect quotes with their speaker."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Quote:
    id: str
    kind: str                      # direct | indirect
    start: int
    end: int
    cue_start: int = -1
    cue_end: int = -1
    speaker_entity_id: str | None = None
    speaker_mention: tuple[int, int] | None = None   # span the speaker was resolved from
    source: str = ""
