"""Events with filters, one event with its evidence, dyads, timeline and map points."""
from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query, Request

from ..deps import FilterDep, PageDep, StoreDep

router = APIRouter(prefix="/api", tags=["events"])
Period = Literal["day", "week", "month", "year"]
Sort = Literal["date", "-date", "mentions", "sources", "goldstein", "confidence"]


@router.get("/events", summary="Events (deduplicated) with filters, one page at a time")
def events(request: Request, store: StoreDep, filters: FilterDep, page: PageDep,
           sort: Annotated[Sort, Query(description="Order: newest first (date), mentions, sources, ...")] = "date",
           ) -> dict[str, Any]:
    total, rows = store.events(filters, limit=page.limit, offset=page.offset, sort=sort)
    return page.wrap(request, total, "events", rows)


@router.get("/events/{event_id}", summary="One event with every mention and its evidence")
def event(event_id: int, store: StoreDep) -> dict[str, Any]:
    found = store.read("event", event_id=event_id)
    if found is None:
        raise HTTPException(404, f"No event with id {event_id}.")
    return {"ok": True, "event": found}


@router.get("/dyads", summary="Who acts on whom: actor/recipient code pairs by event count")
def dyads(store: StoreDep, filters: FilterDep,
          limit: Annotated[int, Query(ge=1, le=500)] = 60) -> dict[str, Any]:
    return {"ok": True, "dyads": store.read("dyads", filters=filters, limit=limit)}


@router.get("/dyads/series", summary="Event counts and mean Goldstein score per period for a dyad")
def dyad_series(store: StoreDep, filters: FilterDep, period: Period = "month") -> dict[str, Any]:
    return {"ok": True, "period": period, "series": store.dyad_series(filters, period=period)}


@router.get("/timeline", summary="Event counts per period and quad class")
def timeline(store: StoreDep, filters: FilterDep, period: Period = "month") -> dict[str, Any]:
    return {"ok": True, "period": period, "timeline": store.read("timeline", filters=filters, period=period)}


@router.get("/locations", summary="Event locations with counts, for the map")
def locations(store: StoreDep, filters: FilterDep,
              limit: Annotated[int, Query(ge=1, le=2000)] = 500) -> dict[str, Any]:
    return {"ok": True, "locations": store.read("locations", filters=filters, limit=limit)}
