"""Entities, quotes by speaker, articles with their annotations, totals."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request

from ..deps import PageDep, StoreDep, Text

router = APIRouter(prefix="/api")


@router.get("/stats", tags=["store"], summary="Totals: articles, events, mentions, entities, quotes")
def stats(store: StoreDep) -> dict[str, Any]:
    return {"ok": True, "counts": store.counts()}


@router.get("/entities", tags=["entities"], summary="Entities with mention, article and quote counts")
def entities(request: Request, store: StoreDep, page: PageDep, q: Text = None,
             type: Annotated[str | None, Query(pattern="^(PER|ORG|GPE|LOC|NORP)$")] = None,  # noqa: A002
             code: Annotated[str | None, Query(pattern="^[A-Za-z]{3}$")] = None) -> dict[str, Any]:
    total, rows = store.read("entities", q=q, type=type, code=code, limit=page.limit, offset=page.offset)
    return page.wrap(request, total, "entities", rows)


@router.get("/entities/{entity_id}", tags=["entities"], summary="One entity and the articles mentioning it")
def entity(entity_id: int, store: StoreDep) -> dict[str, Any]:
    found = store.read("entity", entity_id=entity_id)
    if found is None:
        raise HTTPException(404, f"No entity with id {entity_id}.")
    return {"ok": True, "entity": found}


@router.get("/quotes", tags=["quotes"], summary="Quotes, by speaker (name, code or Wikidata id) or text")
def quotes(request: Request, store: StoreDep, page: PageDep, speaker: Text = None,
           speaker_id: Annotated[int | None, Query(ge=1, description="Speaker entity id")] = None,
           q: Text = None, article: Annotated[int | None, Query(ge=1)] = None) -> dict[str, Any]:
    total, rows = store.read("quotes", speaker=speaker, speaker_id=speaker_id, q=q, article=article,
                             limit=page.limit, offset=page.offset)
    return page.wrap(request, total, "quotes", rows)


@router.get("/speakers", tags=["quotes"], summary="Speakers by number of quotes")
def speakers(store: StoreDep, limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> dict[str, Any]:
    return {"ok": True, "speakers": store.read("speakers", limit=limit)}


@router.get("/articles", tags=["articles"], summary="Articles, newest first")
def articles(request: Request, store: StoreDep, page: PageDep, q: Text = None) -> dict[str, Any]:
    total, rows = store.read("articles", q=q, limit=page.limit, offset=page.offset)
    return page.wrap(request, total, "articles", rows)


@router.get("/articles/{article_id}", tags=["articles"],
            summary="An article's text with its event mentions, entity mentions and quotes as offsets")
def article(article_id: int, store: StoreDep) -> dict[str, Any]:
    found = store.read("article", article_id=article_id)
    if found is None:
        raise HTTPException(404, f"No article with id {article_id}.")
    return {"ok": True, "article": found}


@router.get("/problems", tags=["store"], summary="Inputs that could not be coded")
def problems(store: StoreDep, limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> dict[str, Any]:
    return {"ok": True, "problems": store.read("problems", limit=limit)}
