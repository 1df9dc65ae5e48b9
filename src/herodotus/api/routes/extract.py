"""POST /api/extract: code one posted article and return its record; nothing is stored."""
from __future__ import annotations

from datetime import date
from typing import Any, Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from ...errors import InputError

router = APIRouter(prefix="/api", tags=["extract"])
top = APIRouter(tags=["extract"])  # the spelling, POST /extract


class Article(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="The article text (UTF-8, at most the size limit)")
    lang: Literal["auto", "de", "en"] = "auto"
    published: date | None = Field(None, description="Publication date, used to resolve relative dates")
    title: str | None = Field(None, max_length=1000)
    id: str = Field("posted", max_length=200, pattern=r"^[\w.:\-]+$")


@router.post("/extract", summary="Code a posted article (PLOVER events, quotes, entities) without storing it")
@top.post("/extract", summary="Same as POST /api/extract")
async def extract(article: Article, request: Request) -> dict[str, Any]:
    extractor = request.app.state.extractor
    record = await run_in_threadpool(extractor, article.model_dump())
    return {"ok": True, "record": record}


def default_extractor(article: dict[str, Any]) -> dict[str, Any]:
    """The full pipeline (models load once, on the first request)."""
    from ... import extract as code

    if not article["text"].strip():
        raise InputError("[E004] posted article: the text is empty.")
    return code(article["text"], lang=article["lang"], published=article["published"], id=article["id"],
                title=article["title"])
