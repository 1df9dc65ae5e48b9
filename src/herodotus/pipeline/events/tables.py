"""PLOVER lookup tables shipped in ``resources/plover/plover_tables.json``.

Built by ``scripts/build_plover_tables.py`` from the PLOVER CAMEO->PLOVER mapping, the
PLOVER manual's conflict/cooperation score table (a Goldstein-derived -10..+10 scale) and
the Phoenix CAMEO 2.0 file.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

TABLES = Path(__file__).resolve().parents[2] / "resources" / "plover" / "plover_tables.json"

EVENT_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
               "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


@dataclass(frozen=True, slots=True)
class Coding:
    cameo: str | None
    quad_class: int | None
    goldstein: float | None
    context: tuple[str, ...] = ()   # PLOVER contexts the CAMEO code implies ("military", "humanitarian")


@lru_cache(maxsize=1)
def _load() -> dict[str, Any]:
    with TABLES.open(encoding="utf-8") as fh:
        return json.load(fh)


def coding(event: str, mode: str | None, cameo: str | None = None) -> Coding:
    """CAMEO code, QuadClass and PLOVER (Goldstein-scale) score of a type and mode."""
    t = _load()
    key = f"{event}:{mode}" if mode else event
    code = cameo or t["default_cameo"].get(key) or t["default_cameo"].get(event)
    quad = t["quad_class"].get(code[:2]) if code else t["quad_class"].get(event)
    score = t["goldstein"].get(key, t["goldstein"].get(event))
    row = t["cameo"].get(code or "", {})
    context = tuple(c.strip() for c in row.get("context", "").split(";") if c.strip()) \
        if row.get("event") == event else ()
    return Coding(code, quad, score, context)
