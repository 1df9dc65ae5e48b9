"""Shared request parameters: the store, event filters and pagination."""
from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Annotated, Any

from fastapi import Depends, Query, Request

from ..store import PLOVER_TYPES, EventFilter, Store

EventType = Enum("EventType", {name: name for name in PLOVER_TYPES}, type=str)  # type: ignore[misc]
MAX_LIMIT = 500
Text = Annotated[str | None, Query(max_length=200)]


def get_store(request: Request) -> Store:
    return request.app.state.store  # type: ignore[no-any-return]


StoreDep = Annotated[Store, Depends(get_store)]


def event_filter(
    actor: Annotated[str | None, Query(max_length=200, description="Actor code (ISR), name or Wikidata id")] = None,
    recipient: Annotated[str | None, Query(max_length=200, description="Recipient code, name or Wikidata id")] = None,
    party: Annotated[str | None, Query(max_length=200, description="Either side: code, name or Wikidata id")] = None,
    type: Annotated[EventType | None, Query(description="PLOVER event type")] = None,  # noqa: A002
    quad: Annotated[int | None, Query(ge=1, le=4, description="Quad class: 1 verbal cooperation, "
                                      "2 material cooperation, 3 verbal conflict, 4 material conflict")] = None,
    start: Annotated[date | None, Query(description="First day (YYYY-MM-DD), event date else publication date")] = None,
    end: Annotated[date | None, Query(description="Last day (YYYY-MM-DD)")] = None,
    place: Annotated[str | None, Query(max_length=200, description="Country code or part of a place name")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Text search in event text and evidence")] = None,
    article: Annotated[int | None, Query(ge=1, description="Only events mentioned by this article id")] = None,
    min_mentions: Annotated[int | None, Query(ge=1, le=100000)] = None,
) -> EventFilter:
    return EventFilter(actor=actor, recipient=recipient, party=party, type=type.value if type else None, quad=quad,
                       start=start, end=end, place=place, q=q, article=article, min_mentions=min_mentions)


FilterDep = Annotated[EventFilter, Depends(event_filter)]


class Page:
    def __init__(self,
                 limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Rows per page")] = 50,
                 offset: Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip")] = 0) -> None:
        self.limit = limit
        self.offset = offset

    def wrap(self, request: Request, total: int, key: str, rows: list[Any]) -> dict[str, Any]:
        following = None
        if self.offset + self.limit < total:
            following = str(request.url.include_query_params(offset=self.offset + self.limit, limit=self.limit))
        return {"ok": True, "total": total, "limit": self.limit, "offset": self.offset, "next": following, key: rows}


PageDep = Annotated[Page, Depends(Page)]
