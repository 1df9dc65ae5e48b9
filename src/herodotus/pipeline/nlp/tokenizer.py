"""Rule-based tokenizer and sentence splitter for news text.

Tokens keep character offsets into the original text. Sentence ends are full
stops, question and exclamation marks and ellipses (with closing quotes and
brackets attached) followed by a word that can start a sentence, and every line
break, which in our inputs separates paragraphs. A full stop is not an end when
it belongs to an abbreviation ("Dr.", "z. B.", "U.S."), an initial ("J. F.
Kennedy"), a German ordinal ("am 7. Oktober", "zum 2. Mal", "Benedikt XVI.") or a
number; an abbreviation that often closes a sentence ("usw.", "Inc.") ends one
when the next word is a typical sentence opener ("Die", "The").

Language rules live in ``lang/<code>/tokenizer_exceptions.py``: ABBREVIATIONS,
NUMBER_ABBREVIATIONS (only before a number: "No. 5"), STATE_ABBREVIATIONS (only after "Town,": "Nashville,
Tenn."), FINAL_ABBREVIATIONS, MONTHS, SENTENCE_STARTERS, ORDINAL_DOT and CLITICS (English "don't" -> "do" +
"n't", as in UD English EWT).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from types import ModuleType
from typing import Sequence

from ...lang import resource
from ...model import Document, Sentence, Token

_QUOTE_CHARS = "\"'„“”‚‘’»«›‹`"
# Marks that can open a quotation (German »…« and Swiss «…» both occur).
OPENING_QUOTES = frozenset({"„", "“", '"', "»", "«", "‚", "‘"})
# Double quotation marks, opening or closing (single ones are left out: "’" is also an apostrophe).
QUOTE_MARKS = frozenset({"“", "„", "»", "«", '"', "”"})
_CLOSERS = set(_QUOTE_CHARS) | {")", "]", "}", "''"}
_ENDER_RE = re.compile(r"[.!?…]+")

_TOKEN_RE = re.compile(
    r"""
    https?://[^\s<>"„“”]+[^\s<>"„“”.,;:!?)]    # URLs
  | www\.[^\s<>"„“”]+[^\s<>"„“”.,;:!?)]         # bare web addresses
  | [\w.+-]+@[\w-]+\.[\w.-]*\w                    # e-mail addresses
  | [@\#]\w+                                      # handles and hashtags
  | (?:[^\W\d_]{1,3}\.){2,}                       # dotted abbreviations: z.B. U.S. d.h.
  | \d+(?:[.,:/]\d+)*(?:st|nd|rd|th|er|ern|s)?(?:-\w+)*(?![^\W\d_])  # 3,5  18:00  1st  90er  19-jährige
  | \d+                                           # digits glued to letters ("5km" -> 5 km)
  | \w+(?:[-'’&]\w+)*(?:-(?=\s*(?:und|oder|bzw|sowie|bis|and|or|to)\b))?  # words, compounds, "Ein-"
  | \.{2,}|[?!]+[?!.]+|-{2,}|``|''|:-?[()]          # ellipsis, ?!, --, TeX quotes, :-)
  | \S                                           # any other character
    """,
    re.VERBOSE,
)
_ROMAN = re.compile(r"[IVXLC]+")


@dataclass(frozen=True, slots=True)
class RawToken:
    start: int
    end: int
    text: str
    final_abbrev: bool = False   # an abbreviation that may also close a sentence ("usw.")
    starter: bool = False        # a typical sentence opener ("Die", "The")


def tokenize(text: str, lang: str) -> list[RawToken]:
    """Tokens of ``text`` with character offsets."""
    exc = resource(lang, "tokenizer_exceptions")
    tokens: list[RawToken] = []
    for match in _TOKEN_RE.finditer(text):
        start, end = match.span()
        if tokens and start < tokens[-1].end:
            continue  # swallowed by the previous token's full stop
        end = _absorb_full_stop(text, start, end, exc)
        for a, b in _split_clitic(text, start, end, exc.CLITICS):
            word = text[a:b]
            tokens.append(RawToken(a, b, word, final_abbrev=_is_final_abbrev(word, exc),
                                   starter=word in exc.SENTENCE_STARTERS))
    return tokens


def _absorb_full_stop(text: str, start: int, end: int, exc: ModuleType) -> int:
    """``end`` + 1 when the full stop after the word belongs to it (abbreviation, ordinal)."""
    word = text[start:end]
    if end >= len(text) or text[end] != "." or word[-1:] == "." or text[end:end + 3] == "...":
        return end
    if word + "." in exc.NUMBER_ABBREVIATIONS:
        return end + 1 if re.match(r"[ \t]*\d", text[end + 1:]) else end
    if word + "." in exc.STATE_ABBREVIATIONS:
        return end + 1 if re.search(r"[A-Za-z],[ \t]+$", text[:start]) else end
    if word + "." in exc.ABBREVIATIONS:
        before = re.search(r"(\w+)[ \t]+$", text[:start])
        if before and f"{before.group(1)} {word}" in exc.NAMES_LIKE_ABBREVIATIONS:
            return end   # "former leader Hun Sen." ends the sentence: "Sen" is his name, not "Senator"
        return end + 1
    if len(word) == 1 and word.isalpha():
        before = re.search(r"(\w+)\W*$", text[:start])
        if before and before.group(1).lower() in exc.PLATFORM_WORDS:
            return end   # "auf der Plattform X." ends the sentence
        return end + 1  # initials and "z. B."
    if exc.ORDINAL_DOT and (word.isdigit() and len(word) <= 3 or _ROMAN.fullmatch(word)):
        if _is_ordinal(text, end + 1, exc):
            return end + 1
    return end


def _is_ordinal(text: str, pos: int, exc: ModuleType) -> bool:
    nxt = re.match(r"[ \t]*(\w+)", text[pos:])
    if not nxt or "\n" in text[pos:pos + nxt.start(1)]:
        return False
    word = nxt.group(1)
    if word in exc.MONTHS or word[0].islower() or word.isdigit():
        return True
    return word[0].isupper() and word not in exc.SENTENCE_STARTERS


def _split_clitic(text: str, start: int, end: int, clitics: tuple[str, ...]) -> list[tuple[int, int]]:
    word = text[start:end].lower().replace("’", "'")
    for clitic in clitics:
        if word.endswith(clitic) and len(word) > len(clitic) and word[-len(clitic) - 1].isalpha():
            cut = end - len(clitic)
            return [(start, cut), (cut, end)]
    return [(start, end)]


def _is_final_abbrev(word: str, exc: ModuleType) -> bool:
    if not word.endswith(".") or len(word) < 2:
        return False
    return (word in exc.FINAL_ABBREVIATIONS or word in exc.STATE_ABBREVIATIONS
            or (len(word) == 2 and word[0].isupper()))


def split_sentences(text: str, tokens: list[RawToken]) -> list[tuple[int, int, int]]:
    """(first token, last token exclusive, paragraph) for every sentence."""
    spans: list[tuple[int, int, int]] = []
    first, paragraph, i = 0, 0, 0
    while i < len(tokens):
        tok = tokens[i]
        end_here = bool(_ENDER_RE.fullmatch(tok.text))
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
        elif gap and (end_here and _starts_sentence(nxt.text) or tok.final_abbrev and nxt.starter):
            spans.append((first, i + 1, paragraph))
            first = i + 1
        i += 1
    if first < len(tokens):
        spans.append((first, len(tokens), paragraph))
    return spans


def _starts_sentence(word: str) -> bool:
    ch = word[0]
    return ch.isupper() or ch.isdigit() or ch in _QUOTE_CHARS or ch in "(-–—[¿¡"


def opens_quote(mark: Token, nxt: Token | None) -> bool:
    """Does ``mark`` open a quotation, attached to the word after it ("zu »maximaler Zurückhaltung« auf")?
    A separable particle before such a mark is not the end of its clause."""
    return mark.text in OPENING_QUOTES and nxt is not None and nxt.start == mark.end and nxt.text[:1].isalnum()


DASHES = frozenset({"-", "–", "—"})


def dateline(doc: Document, sent: Sentence) -> tuple[int, int] | None:
    """Char span of a dateline opening a paragraph: "Teheran (IRNA) -", "Kiew/Budapest (AFP) -",
    "BOGOTA, Jan 27 (Reuters) -", "WASHINGTON (AP) —", "Den Haag -": places (and a date), an agency in brackets,
    a dash."""
    if not opens_paragraph(doc, sent):
        return None
    toks = doc.tokens[sent.token_start:sent.token_end]
    k = dateline_dash(toks)
    return None if k is None else (toks[0].start, toks[k].end)


def opens_paragraph(doc: Document, sent: Sentence) -> bool:
    """Is the sentence the first of its paragraph (where a dateline stands)?"""
    return sent.i == 0 or doc.sentences[sent.i - 1].paragraph != sent.paragraph


def dateline_dash(toks: Sequence[Token]) -> int | None:
    """The position of the dash that ends a dateline opening these tokens (a paragraph's first sentence),
    if they open with one."""
    toks = toks[:12]
    for k, tok in enumerate(toks[1:], 1):
        if tok.text in DASHES:
            head = toks[:k]
            if head[-1].text == ")" and head[0].text[0].isupper() and "(" in {t.text for t in head}:
                return k
            if len(head) <= 5 and all(t.text[0].isupper() or t.text in ("/", ",") for t in head) \
                    and head[0].text[0].isalpha() and k + 1 < len(toks) and toks[k + 1].text[0].isupper():
                return k   # no agency: "Bissau -", "New York/Rabat -", "KINSHASA -"
            return None
        if tok.pos in ("VERB", "AUX") or tok.text in (".", ":"):
            return None
    return None
