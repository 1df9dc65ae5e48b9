"""Rule-based tokenizer and sentence splitter for news text.

Tokens keep character offsets into the original text. Sentence ends are
full stops, question and exclamation marks (with closing quotes attached)
that are not part of an abbreviation or an ordinal date ("am 7. Oktober"),
and every line break, which in our inputs separates paragraphs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...lang import resource

_QUOTE_CHARS = "\"'„“”‚‘’»«›‹"
_CLOSERS = set(_QUOTE_CHARS) | {")", "]", "}"}
_ENDERS = {".", "!", "?", "…", "?!", "!?", "..."}

_TOKEN_RE = re.compile(
    r"""
    https?://[^\s<>"„“”]+[^\s<>"„“”.,;:!?)]    # URLs
  | [\w.+-]+@[\w-]+\.[\w.-]+                      # e-mail addresses
  | (?:[^\W\d_]{1,3}\.){2,}                       # dotted abbreviations: z.B. U.S. d.h.
  | \d+(?:[.,:/]\d+)*(?:-\w+)*                    # numbers, times, dates, "19-jährige"
  | \w+(?:[-'’&]\w+)*(?:-(?=\s*(?:und|oder|bzw|sowie|and|or)\b))?  # words, compounds, "Ein-"
  | \.\.\.|[?!]{2}|\S                             # ellipsis, ?!, any other character
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class RawToken:
    start: int
    end: int
    text: str


def tokenize(text: str, lang: str) -> list[RawToken]:
    exc = resource(lang, "tokenizer_exceptions")
    tokens: list[RawToken] = []
    for match in _TOKEN_RE.finditer(text):
        start, end = match.span()
        word = match.group()
        if end < len(text) and text[end] == "." and word[-1:] != ".":
            if word + "." in exc.ABBREVIATIONS or (len(word) == 1 and word.isupper()):
                end += 1
            elif word.isdigit() and _is_ordinal(text, end + 1, exc.MONTHS):
                end += 1
        if tokens and start < tokens[-1].end:
            continue  # swallowed by the previous token's full stop
        tokens.append(RawToken(start, end, text[start:end]))
    return tokens


def _is_ordinal(text: str, pos: int, months: frozenset[str]) -> bool:
    nxt = re.match(r"\s*(\w+)", text[pos:])
    if not nxt:
        return False
    word = nxt.group(1)
    return word in months or word[0].islower() or word.isdigit()


def split_sentences(text: str, tokens: list[RawToken]) -> list[tuple[int, int, int]]:
    """(first token, last token exclusive, paragraph) for every sentence."""
    spans: list[tuple[int, int, int]] = []
    first, paragraph, i = 0, 0, 0
    while i < len(tokens):
        tok = tokens[i]
        end_here = tok.text in _ENDERS
        if end_here:
            while i + 1 < len(tokens) and tokens[i + 1].text in _CLOSERS and tokens[i + 1].start == tokens[i].end:
                i += 1
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is None:
            break
        gap = text[tokens[i].end:nxt.start]
        if "\n" in gap:
            spans.append((first, i + 1, paragraph))
            first, paragraph = i + 1, paragraph + 1
        elif end_here and gap and _starts_sentence(nxt.text):
            spans.append((first, i + 1, paragraph))
            first = i + 1
        i += 1
    if first < len(tokens):
        spans.append((first, len(tokens), paragraph))
    return spans


def _starts_sentence(word: str) -> bool:
    ch = word[0]
    return ch.isupper() or ch.isdigit() or ch in _QUOTE_CHARS or ch in "(-–—"
