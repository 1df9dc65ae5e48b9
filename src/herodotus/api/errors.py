"""The one JSON error shape of the API, ``{"ok": false, "error", "errors", "status"}``,
and the request-size limit.

``error`` is one readable line; ``errors`` lists every problem found (for validation:
``{"location": "query.limit", "message": ...}``); ``status`` repeats the HTTP status.
"""
from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import HerodotusError, InputError, StoreError

LOG = logging.getLogger(__name__)


def error_body(status: int, error: str, errors: list[Any] | None = None) -> dict[str, Any]:
    return {"ok": False, "error": error, "errors": errors if errors is not None else [error], "status": status}


def error_response(status: int, error: str, errors: list[Any] | None = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(error_body(status, error, errors), status_code=status, headers=headers)


def _location(loc: tuple[Any, ...] | list[Any]) -> str:
    return ".".join(str(part) for part in loc)


async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
    errors = [{"location": _location(e.get("loc", ())), "message": e.get("msg", "invalid")} for e in exc.errors()]
    first = errors[0] if errors else {"location": "request", "message": "invalid"}
    summary = f"Invalid {first['location']}: {first['message']}"
    if len(errors) > 1:
        summary += f" (and {len(errors) - 1} more)"
    return error_response(400, summary, errors)


async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    message = exc.detail if isinstance(exc.detail, str) else "HTTP error"
    if exc.status_code == 404 and message == "Not Found":
        message = f"Not found: {request.url.path}"
    return error_response(exc.status_code, message, headers=getattr(exc, "headers", None))


async def _herodotus(request: Request, exc: HerodotusError) -> JSONResponse:
    status = 400 if isinstance(exc, (InputError, StoreError)) else 422
    return error_response(status, str(exc))


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    LOG.exception("unhandled error on %s", request.url.path)
    return error_response(500, "Internal server error; see the server log.")


def install(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _validation)  # type: ignore[arg-type]
    app.add_exception_handler(StarletteHTTPException, _http)  # type: ignore[arg-type]
    app.add_exception_handler(HerodotusError, _herodotus)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, _unexpected)


class BodyLimit:
    """Refuses request bodies over ``max_bytes`` with 413, by Content-Length or while streaming."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(scope, receive, send)
            return
        seen = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise _TooLarge(413, f"Request body is over the limit of {self.max_bytes:,} bytes.")
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _TooLarge:
            if not started:
                await self._refuse(scope, receive, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = error_response(413, f"Request body is over the limit of {self.max_bytes:,} bytes.")
        await response(scope, receive, send)


class _TooLarge(StarletteHTTPException):
    """An HTTP exception, so that body parsing passes it on and the handler answers 413."""
