"""The FastAPI application: REST API under /api, OpenAPI at /openapi.json (browsable at
/docs), and the dashboard at / — all from one process over one read-only store.

``create_app(db_path)`` opens the DuckDB file read-only (creating an empty store first
when the file does not exist). Request bodies over ``max_body_bytes`` are refused with
413; every error uses the shape in ``api/errors.py``. Pages get a Content-Security-Policy
that allows only this server's own scripts, so nothing in an article can run.
"""
from __future__ import annotations

from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any, AsyncIterator, Callable

from fastapi import FastAPI, Request, Response
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..config import settings
from ..store import Store
from . import errors
from .routes import entities, events, extract, web

# Only this origin's scripts/styles; no inline script (article text can never become code).
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
# Swagger UI's page starts itself with one inline script.
DOCS_CSP = CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
    "style-src 'self'", "style-src 'self' 'unsafe-inline'")
BODY_OVERHEAD = 64 * 1024

Extractor = Callable[[dict[str, Any]], dict[str, Any]]


def _open(db_path: str | Path) -> Store:
    path = Path(db_path)
    if not path.exists():
        Store(path).close()  # an empty, migrated store: the dashboard shows zero events
    return Store(path, read_only=True, external_access=False)


def create_app(db_path: str | Path, *, extractor: Extractor | None = None,
               max_body_bytes: int | None = None) -> FastAPI:
    """The API and dashboard over the DuckDB store at ``db_path``.

    ``extractor`` codes a posted article for ``POST /api/extract`` (default: the full
    pipeline); ``max_body_bytes`` defaults to the ``max_text_bytes`` setting plus 64 KiB.
    """
    store = _open(db_path)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(title="Herodotus", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Political event data (PLOVER) from news articles: deduplicated events with "
                              "their evidence sentences, actors, entities and quotes.")
    app.state.store = store
    app.state.extractor = extractor or extract.default_extractor
    errors.install(app)
    for router in (events.router, entities.router, extract.router, extract.top, web.router):
        app.include_router(router)
    static = resources.files("herodotus") / "web" / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    limit = max_body_bytes if max_body_bytes is not None else settings().max_text_bytes + BODY_OVERHEAD
    app.add_middleware(errors.BodyLimit, max_bytes=limit)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[..., Any]) -> Response:
        response: Response = await call_next(request)
        response.headers["Content-Security-Policy"] = DOCS_CSP if request.url.path == "/docs" else CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    return app
