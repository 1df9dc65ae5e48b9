"""A second look at each coded event: how likely the rules' reading is right, learned from their record.

The rules that propose events (``__init__.py``) are written one error at a time; the verifier weighs all of
their evidence together. For each event it reads what the coder already knows (the event type, the rule and
trigger lemma in the explanation, the grammatical role each party was read from, the parties' sectors and
entity kinds, modality flags, the place of the sentence in the story, how many events the sentence carries)
as sparse named features, and a logistic regression trained on the project's own hand-made rounds
(``scripts/train_verifier.py``; no real article is trained on) gives the probability that the annotators code
the same event. Events below the threshold are dropped; the others keep their probability as confidence, and
the explanation says so. Figures: ``resources/models/MODEL_CARD.md`` ("Event verifier").
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from ...model import Document, Entity, Event

MODEL_FILE = "event-verifier.json"
STATE_LIKE = {"UNO", "EUR", "IGO", "NGO", "MNC"}
QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|«[^»]*»|\([^)]*\)")
LEMMA = re.compile(r"lexicon '([^']+)' \((\w+), frame (\w+)\)")
ROLE = re.compile(r"\b(actor|recipient) '[^']*' as ([\w:]+)")
WORD = re.compile(r"[a-z]+")
# words of the explanation that name no rule: dates and the glue of its sentences
FILLER = {"the", "a", "an", "of", "in", "on", "as", "by", "to", "and", "or", "from", "with", "date", "day",
          "month", "year", "no", "time", "expression", "sentence", "publication", "matched", "de", "en", "is", "its"}


@dataclass(frozen=True)
class Verifier:
    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, doc: Document, event: Event, context: dict) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features(doc, event, context))
        return 1.0 / (1.0 + math.exp(-z))

    def __call__(self, doc: Document, events: list[Event]) -> list[Event]:
        """The events worth reporting, each with the verifier's probability as its confidence."""
        context = sentence_context(events)
        kept = []
        for ev in events:
            p = self.probability(doc, ev, context)
            if p < self.threshold:
                continue
            kept.append(replace(ev, confidence=round(p, 3),
                                explanation=f"{ev.explanation}; verifier p={p:.2f}"))
        return kept


@lru_cache(maxsize=1)
def load_verifier() -> Verifier | None:
    path = resources.files("herodotus.resources.models").joinpath(MODEL_FILE)
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return Verifier(data["weights"], data["bias"], data["threshold"])


def sentence_context(events: list[Event]) -> dict:
    """Counts over all events of the document that the features of one event need."""
    per_sentence: dict[int, int] = {}
    types: dict[int, set[str]] = {}
    for ev in events:
        per_sentence[ev.start] = per_sentence.get(ev.start, 0) + 1
        types.setdefault(ev.start, set()).add(ev.event)
    return {"per_sentence": per_sentence, "types": types, "events": events}


def features(doc: Document, ev: Event, context: dict) -> list[str]:
    """Named features of one event; the type is joined to those whose meaning depends on it."""
    t = ev.event
    out = [f"type={t}", f"type={t}|lang={doc.lang}", f"mode={t}:{ev.mode}"]
    out += _rule_features(ev.explanation, t)
    out += _party_features(doc, ev, t)
    out += [f"flag={name}|{t}" for name in ("negated", "hypothetical", "future") if getattr(ev, name)]
    out.append(f"conf={round(ev.confidence, 1)}")
    out.append(f"quoted={_in_quote(doc, ev)}|{t}")
    out.append(f"sent={_bucket(_sentence_index(doc, ev), (0, 1, 3, 7))}")
    out.append(f"events_in_sentence={_bucket(context['per_sentence'].get(ev.start, 1), (1, 2, 3, 5))}")
    out += [f"beside={other}|{t}" for other in context["types"].get(ev.start, ()) if other != t]
    out.append(f"told_before={_bucket(_told_before(doc, ev, context['events']), (0, 1))}|{t}")
    out += _cue_features(doc, ev, t)
    return out


def _told_before(doc: Document, ev: Event, events: list[Event]) -> int:
    """Earlier events of the same type between the same countries (a restated or a repeated act)."""
    key = _codes(doc, ev)
    return sum(1 for other in events if other.start < ev.start and other.event == ev.event and _codes(doc, other) == key)


def _codes(doc: Document, ev: Event) -> tuple:
    def code(ids: list[str]) -> str | None:
        ent = doc.entity(ids[0]) if ids else None
        return ent.actor.code if ent else None
    return code(ev.actor_ids), code(ev.recipient_ids)


def _cue_features(doc: Document, ev: Event, t: str) -> list[str]:
    sent = next((s for s in doc.sentences if s.start <= ev.start < s.end), None)
    cues = [c for c in sent.cues if c.event == t] if sent else []
    if not cues:
        return [f"cue=none|{t}"]
    return [f"cue={_bucket(max(c.probability for c in cues), (0.7, 0.9))}|{t}"]


def _rule_features(explanation: str, t: str) -> list[str]:
    out = []
    head = explanation.split("; date")[0]
    if (m := LEMMA.search(head)):
        out += [f"lemma={m.group(1).lower()}|{t}", f"pos={m.group(2)}|frame={m.group(3)}|{t}"]
    out += [f"role={who}:{how}|{t}" for who, how in ROLE.findall(head)]
    words = [w for w in WORD.findall(QUOTED.sub(" ", head.lower())) if w not in FILLER]
    out += [f"w={w}" for w in set(words)]
    out += [f"w2={a}_{b}|{t}" for a, b in set(zip(words, words[1:]))]
    if "trained event cue" in head:
        p = re.search(r"p=([0-9.]+)", head)
        out.append(f"cue_p={_bucket(float(p.group(1).rstrip('.')) if p else 0.5, (0.6, 0.7, 0.8, 0.9))}|{t}")
    return out


def _party_features(doc: Document, ev: Event, t: str) -> list[str]:
    actor = doc.entity(ev.actor_ids[0]) if ev.actor_ids else None
    target = doc.entity(ev.recipient_ids[0]) if ev.recipient_ids else None
    out = [f"actor={_kind(actor)}|{t}", f"recipient={_kind(target)}|{t}",
           f"pair={_kind(actor)}>{_kind(target)}"]
    out += [f"actor_seen={_named_in(doc, actor, ev)}|{t}", f"recipient_seen={_named_in(doc, target, ev)}|{t}"]
    if actor and target:
        same = actor.actor.code == target.actor.code
        out.append(f"same_code={same}|{t}")
        out.append(f"same_code={same}|{actor.actor.sector}>{target.actor.sector}")
    return out


def _kind(ent: Entity | None) -> str:
    if ent is None:
        return "none"
    code = ent.actor.code or "-"
    where = code if code in STATE_LIKE else "state"
    implied = "implied" if ent.id.startswith("implied") or not ent.mention_ids else ent.type
    return f"{implied}:{ent.actor.sector}:{where}"


def _named_in(doc: Document, ent: Entity | None, ev: Event) -> str:
    """Is the party named in the event's sentence, or only earlier (a pronoun, the context)?"""
    if ent is None:
        return "none"
    if not ent.mention_ids:
        return "implied"
    spans = [m for m in doc.mentions if m.entity_id == ent.id]
    here = [m for m in spans if ev.start <= m.start < ev.end]
    if not here:
        return "earlier"
    return "pronoun" if all(m.kind == "pronoun" for m in here) else here[0].kind


def _in_quote(doc: Document, ev: Event) -> str:
    at = ev.trigger_start if ev.trigger_start >= 0 else ev.start
    for q in doc.quotes:
        if q.start <= at < q.end:
            return q.kind
    return "no"


def _sentence_index(doc: Document, ev: Event) -> int:
    for s in doc.sentences:
        if s.start <= ev.start < s.end:
            return s.i
    return 0


def _bucket(value: float, edges: tuple) -> str:
    for edge in edges:
        if value <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"
