"""Versioned names for stage implementations.

A config that names ``events.plover.v1`` keeps working after ``v2`` ships.
Each entry is ``module:factory``; the factory takes no arguments and returns
a callable ``stage(doc) -> None`` that adds its layer to the document.
Modules are imported only when a pipeline asks for them.
"""
from __future__ import annotations

import importlib
from typing import Callable, Protocol

from ..model import Document


class Stage(Protocol):
    name: str

    def __call__(self, doc: Document) -> None: ...


REGISTRY: dict[str, str] = {
    "langid.fasttext.v1": "herodotus.pipeline.langid:LanguageId",
    "nlp.v1": "herodotus.pipeline.nlp:Analysis",
    "actors.kb.v1": "herodotus.pipeline.actors:ActorResolver",
    "dates.v1": "herodotus.pipeline.dates:DateResolver",
    "quotes.rules.v1": "herodotus.pipeline.quotes:QuoteFinder",
    "events.plover.v1": "herodotus.pipeline.events:EventCoder",
    "geo.gazetteer.v1": "herodotus.pipeline.geo:Geocoder",
    "actors.states.v1": "herodotus.pipeline.actors.states:StateMerger",
}

DEFAULT_STAGES: tuple[str, ...] = (
    "langid.fasttext.v1", "nlp.v1", "actors.kb.v1", "dates.v1",
    "quotes.rules.v1", "events.plover.v1", "geo.gazetteer.v1", "actors.states.v1",
)


def create(name: str) -> Stage:
    if name not in REGISTRY:
        raise KeyError(f"unknown stage '{name}'; known: {', '.join(sorted(REGISTRY))}")
    module_name, _, attr = REGISTRY[name].partition(":")
    factory: Callable[[], Stage] = getattr(importlib.import_module(module_name), attr)
    return factory()
