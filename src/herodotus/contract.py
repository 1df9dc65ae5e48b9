"""The output contract: one JSON object per article (PLOVER field names).

``to_record`` turns a coded ``Document`` into that object; ``validate`` checks a
record against ``schema/article.schema.json``. docs/contract.md describes it.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from .model import Document, Entity, Event, Quote

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


def to_record(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "lang": doc.lang,
        "published": doc.published.isoformat() if doc.published else None,
        "title": doc.title,
        "events": [_event(doc, ev) for ev in doc.events],
        "quotes": [_quote(doc, q) for q in doc.quotes],
        "entities": [_entity(doc, ent) for ent in doc.entities],
    }


def _span(doc: Document, start: int, end: int) -> dict[str, Any]:
    return {"text": doc.text[start:end], "start": start, "end": end}


def _mention_text(doc: Document, ent: Entity, start: int, end: int) -> str:
    """The entity's mention inside [start, end), else its first mention."""
    mentions = [m for m in (doc.mention(mid) for mid in ent.mention_ids) if m is not None]
    inside = [m for m in mentions if m.start >= start and m.end <= end]
    chosen = inside[0] if inside else (mentions[0] if mentions else None)
    return chosen.text if chosen else (ent.actor.identifier_text or "")


def _actor(doc: Document, entity_id: str, start: int, end: int) -> dict[str, Any] | None:
    ent = doc.entity(entity_id)
    if ent is None:
        return None
    return {"code": ent.actor.code, "sector": ent.actor.sector,
            "entity_text": _mention_text(doc, ent, start, end),
            "identifier_text": ent.actor.identifier_text, "identifier_id": ent.actor.identifier_id}


def _actors(doc: Document, ids: list[str], start: int, end: int) -> list[dict[str, Any]]:
    return [a for a in (_actor(doc, i, start, end) for i in ids) if a is not None]


def _event(doc: Document, ev: Event) -> dict[str, Any]:
    loc = ev.location
    return {
        "id": ev.id, "event": ev.event, "mode": ev.mode, "context": list(ev.context),
        "actor": _actors(doc, ev.actor_ids, ev.start, ev.end),
        "recipient": _actors(doc, ev.recipient_ids, ev.start, ev.end),
        "date": ev.date.isoformat() if ev.date else None,
        "date_precision": ev.date_precision,
        "event_loc": None if loc is None else {
            "name": loc.name, "country": loc.country, "lat": loc.lat, "lon": loc.lon,
            "geonameid": loc.geonameid},
        "event_text": doc.text[ev.start:ev.end],
        "evidence": {"start": ev.start, "end": ev.end},
        "cameo": ev.cameo, "quad_code": ev.quad_code, "goldstein": ev.goldstein,
        "negated": ev.negated, "hypothetical": ev.hypothetical, "future": ev.future,
        "confidence": round(float(ev.confidence), 3), "explanation": ev.explanation,
    }


def _quote(doc: Document, q: Quote) -> dict[str, Any]:
    speaker = None
    if q.speaker_entity_id or q.speaker_mention:
        m_start, m_end = q.speaker_mention or (q.start, q.start)
        actor = _actor(doc, q.speaker_entity_id, m_start, m_end) if q.speaker_entity_id else None
        speaker = actor or {"code": None, "sector": None, "entity_text": doc.text[m_start:m_end],
                            "identifier_text": None, "identifier_id": None}
        speaker["mention"] = _span(doc, m_start, m_end) if q.speaker_mention else None
    return {
        "id": q.id, "kind": q.kind, "text": doc.text[q.start:q.end], "start": q.start, "end": q.end,
        "cue": _span(doc, q.cue_start, q.cue_end) if q.cue_start >= 0 else None,
        "speaker": speaker,
    }


def _entity(doc: Document, ent: Entity) -> dict[str, Any]:
    mentions = [m for m in (doc.mention(mid) for mid in ent.mention_ids) if m is not None]
    return {
        "id": ent.id, "type": ent.type, "identifier_text": ent.actor.identifier_text,
        "identifier_id": ent.actor.identifier_id, "code": ent.actor.code, "sector": ent.actor.sector,
        "mentions": [_span(doc, m.start, m.end) for m in mentions],
    }


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    path = resources.files("herodotus") / "schema" / "article.schema.json"
    return json.loads(path.read_text(encoding="utf-8"))


def validate(record: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` when ``record`` breaks the contract."""
    import jsonschema

    jsonschema.validate(record, schema())
