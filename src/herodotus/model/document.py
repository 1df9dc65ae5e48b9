"""Document, sentences and tokens."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .annotations import Entity, Mention
    from .event import Event
    from .quote import Quote
    from .time import TimeExpression


@dataclass(frozen=True, slots=True)
class Token:
    i: int              # index in the document
    start: int
    end: int
    text: str
    sent: int           # sentence index
    lemma: str = ""
    pos: str = ""       # UPOS
    morph: str = ""     # UD feats, e.g. "Case=Nom|Number=Sing"
    head: int = -1      # document token index of the head, -1 for the root
    dep: str = ""       # UD relation
    ent: str = "O"      # BIO NER tag, e.g. "B-PER"

    def feat(self, name: str) -> str | None:
        for pair in self.morph.split("|"):
            key, _, value = pair.partition("=")
            if key == name:
                return value
        return None


@dataclass(frozen=True, slots=True)
class EventCue:
    """A trained reading that a sentence reports an event of some type (``nlp/cues.py``)."""
    event: str          # PLOVER type
    probability: float
    token: int          # document index of the word that scored highest for the type


@dataclass(frozen=True, slots=True)
class Sentence:
    i: int
    start: int
    end: int
    token_start: int    # first token index, inclusive
    token_end: int      # last token index, exclusive
    paragraph: int = 0
    cues: tuple[EventCue, ...] = ()


@dataclass(slots=True)
class Document:
    """The container every stage adds a layer to."""

    id: str
    text: str
    lang: str = ""
    published: date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str = ""    # where the text came from, "file.jsonl:3", for error messages
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)

    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]

    def sentence_tokens(self, sent: Sentence) -> list[Token]:
        return self.tokens[sent.token_start:sent.token_end]

    def sentence_at(self, offset: int) -> Sentence | None:
        for sent in self.sentences:
            if sent.start <= offset < sent.end:
                return sent
        return None

    def tokens_in(self, start: int, end: int) -> list[Token]:
        return [t for t in self.tokens if t.start >= start and t.end <= end]

    def entity(self, entity_id: str) -> Entity | None:
        for ent in self.entities:
            if ent.id == entity_id:
                return ent
        return None

    def mention(self, mention_id: str) -> Mention | None:
        for m in self.mentions:
            if m.id == mention_id:
                return m
        return None
