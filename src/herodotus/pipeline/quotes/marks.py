"""Quotation-mark pairing: the spans of text that stand inside quotation marks.

Handles „…“ „…” “…” "…" »…« «…» ‚…‘ ‘…’ (guillemets also spaced the wrong way round,
"Gaststätte« Schweizerhaus »im") and the ASCII pair ''…'' (two apostrophes, as
in newswire archives and Penn Treebank style text). Apostrophes (Trump’s, don't) are
not quote marks: a single mark only opens at a word start and only closes at a
word end. A quote still open at a paragraph end continues when the next
paragraph opens with a quotation mark (the press convention for quotes over
several paragraphs); otherwise it ends with its paragraph.
"""
from __future__ import annotations

from dataclasses import dataclass

# opening mark -> closing marks it accepts
_DOUBLE_CLOSERS = {"„": "“”\"", "“": "”“", "»": "«", "«": "»", '"': '"'}
_SINGLE_CLOSERS = {"‚": "‘’", "‘": "’"}
# Double quotation marks as tokens: those that can close a quote, and all of them
CLOSING_MARKS = frozenset("".join(_DOUBLE_CLOSERS.values()))
DOUBLE_MARKS = frozenset(_DOUBLE_CLOSERS) | CLOSING_MARKS
_OPEN_BEFORE = " \n\t([{—–-/:"          # characters that may precede an opening mark
_TWIN = "''"                              # two apostrophes: one double mark
# Marks trimmed from the inside end of a quote: the frame's comma and the final full stop.
_TRAILING = ",;:"


@dataclass(frozen=True, slots=True)
class Quoted:
    start: int        # first character inside the marks
    end: int          # end of the quoted words (trailing , ; : and a final full stop removed)
    open_at: int      # offset of the opening mark
    close_end: int    # offset just after the closing mark (paragraph end when unclosed)
    closed: bool = True


def find_quoted(text: str) -> list[Quoted]:
    """Outermost quoted spans in reading order."""
    out: list[Quoted] = []
    stack: list[tuple[str, int]] = []
    skip: set[int] = set()
    for i, ch in enumerate(text):
        if i in skip:
            continue
        if text.startswith(_TWIN, i):
            skip.add(i + 1)
            if stack and stack[-1][0] == _TWIN and text[i - 1:i] not in ("", " ", "\n"):
                _, at = stack.pop()
                if not stack:
                    out.append(_make(text, at, i, i + 2, width=2))
            elif (i == 0 or text[i - 1] in _OPEN_BEFORE) and text[i + 2:i + 3].isalnum():
                stack.append((_TWIN, i))
            continue
        if ch == "\n":
            if stack and _continues(text, i):
                skip.add(_next_paragraph_start(text, i))
                continue
            if stack:
                out.append(_make(text, stack[0][1], i, i, closed=False, width=len(stack[0][0])))
                stack.clear()
            continue
        if stack and ch in _closers(stack[-1][0]) and _may_close(text, i, stack[-1][0]):
            mark, at = stack.pop()
            if not stack:
                out.append(_make(text, at, i, i + 1))
            continue
        if (ch in _DOUBLE_CLOSERS or ch in _SINGLE_CLOSERS) and _may_open(text, i, ch, stack):
            stack.append((ch, i))
    if stack:
        out.append(_make(text, stack[0][1], len(text), len(text), closed=False, width=len(stack[0][0])))
    return [q for q in out if q.end > q.start]


def _closers(mark: str) -> str:
    return _DOUBLE_CLOSERS.get(mark) or _SINGLE_CLOSERS.get(mark, "")


def _may_open(text: str, i: int, ch: str, stack: list[tuple[str, int]]) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace():
        if ch == "„" and not stack:
            return _spaced_low_opener(text, i)
        return ch in _GUILLEMETS and not stack and _mirrored(text, i, ch)
    if ch in _SINGLE_CLOSERS:
        # single marks only inside a double quote or at a clear word start
        return before in _OPEN_BEFORE or (bool(stack) and not before.isalnum())
    if ch == '"' or ch == "“":
        return before in _OPEN_BEFORE or not before.isalnum()
    return True


_GUILLEMETS = "»«"


def _spaced_low_opener(text: str, i: int) -> bool:
    """ "„ Aber das Virus hat ...“, sagte er": the German low mark only ever opens, so a stray space after
    it does not stop it from opening when a word follows and a closing mark ends the quote in the paragraph."""
    j = i + 1
    while j < len(text) and text[j] == " ":
        j += 1
    if j >= len(text) or not text[j].isalnum():
        return False
    end = text.find("\n", j)
    end = len(text) if end < 0 else end
    return any(c in text[j:end] for c in _DOUBLE_CLOSERS["„"])


def _mirrored(text: str, i: int, ch: str) -> bool:
    """Guillemets spaced the wrong way round ("die Gaststätte« Schweizerhaus »im Prater"): the mark is
    glued to the word before and its partner, a few words on in the same paragraph, to what follows."""
    if not i or not text[i - 1].isalnum():
        return False
    end = text.find("\n", i)
    end = len(text) if end < 0 else end
    j = text.find(_DOUBLE_CLOSERS[ch], i + 1, min(end, i + 200))
    return j > i + 2 and text[j - 1] == " " and (j + 1 == len(text) or not text[j + 1].isspace()) \
        and ch not in text[i + 1:j]


def _may_close(text: str, i: int, mark: str) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    before = text[i - 1] if i else " "
    if mark in _SINGLE_CLOSERS:
        return not after.isalnum() and not before.isspace()
    if mark == '"':
        return not before.isspace() or not after.isalnum()
    return True


def _continues(text: str, newline: int) -> bool:
    j = _next_paragraph_start(text, newline)
    return j < len(text) and (text[j] in _DOUBLE_CLOSERS or text.startswith(_TWIN, j))


def _next_paragraph_start(text: str, newline: int) -> int:
    j = newline
    while j < len(text) and text[j].isspace():
        j += 1
    return j


def _make(text: str, open_at: int, close_at: int, close_end: int, *, closed: bool = True,
          width: int = 1) -> Quoted:
    start, end = open_at + width, close_at
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _TRAILING):
        end -= 1
    if end > start and text[end - 1] == "." and text[end - 2:end] != "..":
        end -= 1
    return Quoted(start=start, end=end, open_at=open_at, close_end=close_end, closed=closed)
