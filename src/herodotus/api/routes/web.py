"""The dashboard page, its static files and the API documentation page (all served locally)."""
from __future__ import annotations

from importlib import resources

from fastapi import APIRouter, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, Response

router = APIRouter(include_in_schema=False)
WEB = resources.files("herodotus") / "web"
SWAGGER = WEB / "static" / "vendor" / "swagger-ui"


@router.get("/")
def index() -> HTMLResponse:
    return HTMLResponse((WEB / "templates" / "index.html").read_text(encoding="utf-8"))


@router.get("/docs")
def docs(request: Request) -> Response:
    if not (SWAGGER / "swagger-ui-bundle.js").is_file():
        return HTMLResponse('<p>API description: <a href="/openapi.json">/openapi.json</a></p>')
    return get_swagger_ui_html(openapi_url="/openapi.json", title="Herodotus API",
                               swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
                               swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
                               swagger_favicon_url="/static/favicon.svg")
