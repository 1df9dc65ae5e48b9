"""The document model: one dataclass per kind of annotation.

Every span is a half-open pair of character offsets into ``Document.text``.
Annotations refer to each other by id; ``model`` imports nothing from ``pipeline``.
"""
from .document import Document, EventCue, Sentence, Token
from .annotations import ActorRef, Entity, Mention
from .event import Event, Location
from .quote import Quote
from .time import TimeExpression

__all__ = [
    "ActorRef", "Document", "Entity", "Event", "EventCue", "Location", "Mention", "Quote",
    "Sentence", "TimeExpression", "Token",
]
