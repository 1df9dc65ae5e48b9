"""Language resources: one folder per language, the same file names in each.

Adding a language means copying ``lang/de/``, filling it in and adding
``tests/lang/<code>/``. Code asks for a resource with ``resource(lang, name)``.
"""
from __future__ import annotations

import importlib
from types import ModuleType

from ..errors import Errors, UnsupportedLanguage

SUPPORTED = ("de", "en")


def check_supported(lang: str, *, where: str = "<input>", line_part: str = "") -> None:
    if lang not in SUPPORTED:
        raise UnsupportedLanguage(Errors.E006.format(
            path=where, line_part=line_part, lang=lang, supported=", ".join(SUPPORTED)))


def resource(lang: str, name: str) -> ModuleType:
    """The module ``herodotus.lang.<lang>.<name>``, e.g. ``resource("de", "tokenizer_exceptions")``."""
    check_supported(lang)
    return importlib.import_module(f"herodotus.lang.{lang}.{name}")
