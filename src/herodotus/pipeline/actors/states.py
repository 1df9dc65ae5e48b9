"""Stage ``actors.states.v1``: one actor per state in the output.

The actors stage keeps a state named as an actor ("Finland ordered nine diplomats out", "Helsinki") apart from
its government named by its offices ("the Foreign Ministry said", "die Regierung"), so that the event coder can
tell who acts on whom in between ("die Provinzregierung bat Ottawa"). Once events are coded, both are one actor:
the government speaks for the state, and analysts count them as one. This stage merges the entity "Government of
X" the actors stage made of unnamed offices into the state X (its mentions, and every event and quote naming
it), when the document names both. Named bodies ("State Department", "Bundeswehr") keep their own entities.
"""
from __future__ import annotations

from dataclasses import replace

from ...model import Document, Entity

GOVERNMENT_OF = "Government of "   # how the actors stage names a state's unnamed offices (SECTOR_NAMES)


class StateMerger:
    name = "actors.states.v1"

    def __call__(self, doc: Document) -> None:
        merge_state_governments(doc)


def merge_state_governments(doc: Document) -> None:
    into = _governments_of_states(doc)
    if not into:
        return
    for old, state in into.items():
        state.mention_ids = sorted(set(state.mention_ids) | set(doc.entity(old).mention_ids),
                                   key=lambda mid: doc.mention(mid).start)
    doc.mentions = [replace(m, entity_id=into[m.entity_id].id) if m.entity_id in into else m for m in doc.mentions]
    doc.entities = [e for e in doc.entities if e.id not in into]
    for event in doc.events:
        event.actor_ids = _renamed(event.actor_ids, into)
        event.recipient_ids = _renamed(event.recipient_ids, into)
    for quote in doc.quotes:
        if quote.speaker_entity_id in into:
            quote.speaker_entity_id = into[quote.speaker_entity_id].id


def _governments_of_states(doc: Document) -> dict[str, Entity]:
    """The entity id of each "Government of X" with the state entity X it belongs to."""
    states = {e.actor.identifier_text: e for e in doc.entities if e.type == "GPE" and e.actor.code}
    into = {}
    for ent in doc.entities:
        name = ent.actor.identifier_text or ""
        state = states.get(name.removeprefix(GOVERNMENT_OF)) if name.startswith(GOVERNMENT_OF) else None
        if state is not None and ent.type == "ORG" and ent.actor.sector == "GOV" and ent.actor.identifier_id is None \
                and ent.actor.code == state.actor.code:
            into[ent.id] = state
    return into


def _renamed(ids: list[str], into: dict[str, Entity]) -> list[str]:
    return list(dict.fromkeys(into[i].id if i in into else i for i in ids))
