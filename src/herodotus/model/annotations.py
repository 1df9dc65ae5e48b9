"""Mentions, entities and the actor coding they carry."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class ActorRef:
    """What an actor is: the PLOVER actor fields of the output contract."""

    code: str | None = None             # ISO3 of the actor's state, or UNO/EUR/IGO/NGO/MNC
    sector: str | None = None           # GOV, MIL, COP, JUD, LEG, REB, OPP, PTY, CVL, BUS, LAB, NGO, IGO, ...
    identifier_text: str | None = None  # canonical name
    identifier_id: str | None = None    # Wikidata QID when known

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "sector": self.sector,
                "identifier_text": self.identifier_text,
                "identifier_id": self.identifier_id}


@dataclass(frozen=True, slots=True)
class Mention:
    id: str            # "m12"
    start: int
    end: int
    text: str
    label: str         # PER, ORG, GPE, LOC, NORP, MISC
    kind: str = "name"  # name | title | pronoun | adjective | capital
    source: str = ""   # component that made it, e.g. "ner.e5.v1"
    entity_id: str | None = None


@dataclass(slots=True)
class Entity:
    id: str            # "e3"
    type: str          # PER, ORG, GPE, LOC, NORP
    actor: ActorRef = field(default_factory=ActorRef)
    mention_ids: list[str] = field(default_factory=list)
    source: str = ""
