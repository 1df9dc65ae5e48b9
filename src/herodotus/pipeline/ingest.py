"""Reading articles: .txt, .jsonl, .json, .html files, directories and stdin.

Every input becomes a ``Document`` or a ``Problem``; a bad file or line never
stops the batch. Problems name the file (and line for JSONL) in one line.
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Iterator

from ..config import settings
from ..errors import Errors, InputError
from ..model import Document

SUFFIXES = (".txt", ".jsonl", ".json", ".html", ".htm")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True, slots=True)
class Problem:
    path: str
    line: int | None
    message: str


def parse_date(value: str | None) -> date | None:
    if value in (None, ""):
        return None
    return date.fromisoformat(str(value)[:10])


def read_inputs(paths: list[str], *, lang: str = "auto", published: date | None = None,
                stdin: IO[bytes] | None = None) -> Iterator[Document | Problem]:
    """Documents in input order; directories are walked recursively in sorted order."""
    for path in paths or ["-"]:
        if path == "-":
            data = (stdin or sys.stdin.buffer).read()
            yield from _read_bytes("<stdin>", data, lang=lang, published=published, kind="auto")
            continue
        p = Path(path)
        if p.is_dir():
            for child in sorted(c for c in p.rglob("*") if c.is_file() and c.suffix.lower() in SUFFIXES):
                yield from _read_file(child, lang=lang, published=published)
        elif p.is_file():
            yield from _read_file(p, lang=lang, published=published)
        else:
            yield Problem(path, None, Errors.E007.format(path=path))


def _read_file(p: Path, *, lang: str, published: date | None) -> Iterator[Document | Problem]:
    suffix = p.suffix.lower()
    if suffix not in SUFFIXES:
        yield Problem(str(p), None, Errors.E008.format(path=p, suffix=suffix or "(none)"))
        return
    kind = {".htm": "html", ".json": "json"}.get(suffix, suffix[1:])
    yield from _read_bytes(str(p), p.read_bytes(), lang=lang, published=published, kind=kind)


def _read_bytes(where: str, data: bytes, *, lang: str, published: date | None,
                kind: str) -> Iterator[Document | Problem]:
    try:
        text = decode(where, data)
        if kind == "auto":
            kind = "jsonl" if text.lstrip().startswith("{") else "txt"
        if kind == "jsonl":
            yield from _read_jsonl(where, text, lang=lang, published=published)
        elif kind == "json":
            yield from _read_json(where, text, lang=lang, published=published)
        else:
            record = _html_record(where, text) if kind == "html" else {"text": text}
            yield _document(where, None, record, lang=lang, published=published, default_id=Path(where).stem)
    except InputError as err:
        yield Problem(where, None, str(err))


def decode(where: str, data: bytes) -> str:
    if not data.strip():
        raise InputError(Errors.E001.format(path=where))
    if b"\x00" in data[:8192]:
        raise InputError(Errors.E002.format(path=where, reason="binary data: NUL bytes"))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(Errors.E002.format(path=where, reason=f"invalid byte at offset {err.start}")) from err


def _read_jsonl(where: str, text: str, *, lang: str, published: date | None) -> Iterator[Document | Problem]:
    stem = Path(where).stem
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as err:
                raise InputError(Errors.E003.format(path=where, line=number, reason=err.msg)) from err
            yield _document(where, number, obj, lang=lang, published=published, default_id=f"{stem}-{number}")
        except InputError as err:
            yield Problem(where, number, str(err))


def _read_json(where: str, text: str, *, lang: str, published: date | None) -> Iterator[Document | Problem]:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as err:
        raise InputError(Errors.E003.format(path=where, line=err.lineno, reason=err.msg)) from err
    records = obj if isinstance(obj, list) else [obj]
    stem = Path(where).stem
    for number, record in enumerate(records, start=1):
        try:
            yield _document(where, None, record, lang=lang, published=published,
                            default_id=stem if len(records) == 1 else f"{stem}-{number}")
        except InputError as err:
            yield Problem(where, None, str(err))


def _document(where: str, line: int | None, obj: object, *, lang: str, published: date | None,
              default_id: str) -> Document:
    line_part = f":{line}" if line is not None else ""
    if not isinstance(obj, dict):
        raise InputError(Errors.E011.format(path=where, line_part=line_part, kind=type(obj).__name__))
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(Errors.E004.format(path=where, line=line if line is not None else 1))
    size = len(text.encode("utf-8"))
    limit = settings().max_text_bytes
    if size > limit:
        raise InputError(Errors.E005.format(path=where, line_part=line_part, size=size, limit=limit))
    try:
        pub = parse_date(obj.get("published")) or published
    except (TypeError, ValueError) as err:
        raise InputError(Errors.E009.format(path=where, line_part=line_part, value=obj.get("published"))) from err
    doc_lang = obj.get("lang") or ("" if lang == "auto" else lang)
    return Document(
        id=str(obj.get("id") or default_id), text=text, lang=str(doc_lang), published=pub,
        title=obj.get("title"), url=obj.get("url"), source=obj.get("source"),
        origin=f"{where}{line_part}",
    )


def _html_record(where: str, html: str) -> dict[str, str | None]:
    """Main text, title and publication date of a web page (offsets then refer to this text)."""
    import trafilatura

    page = trafilatura.bare_extraction(html, with_metadata=True, favor_precision=True,
                                       include_comments=False, include_tables=False)
    text = page.text if page is not None else None
    if not text or not text.strip():
        raise InputError(Errors.E010.format(path=where))
    day = page.date if page.date and _ISO_DAY.match(page.date) else None
    return {"text": text, "title": page.title or None, "published": day}
