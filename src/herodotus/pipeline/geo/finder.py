"""Find place names in a stretch of text, with the evidence that each one names a place.

A capitalised word sequence found in the gazetteer becomes a candidate only with evidence:

- ``prep``: a locative preposition before it, possibly across articles, adjectives and place nouns
  ("in Kairo", "nahe der syrischen Hauptstadt Damaskus", "in the Somali town of Kunyo Barrow");
- ``noun``: a place noun right before it ("der Küstenstadt Banias", "the town of X");
- ``ner``: the nlp stage tagged it LOC/GPE, or the actors stage made it a LOC mention (only used for
  cities and regions, not countries, because country names are mostly actors: "Israel flog
  Angriffe"). A PER/ORG tag or mention over the name rules it out.

Names that are also ordinary words ("Essen", "Bad", "Mark", "Of") need a strong preposition right
before them (or a place noun), and a LOC/GPE tag when the document has NER tags at all; without a
tag, only a place of 100,000 people or more ("in Essen" yes, "in Time" no).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from types import ModuleType

from ...lang import resource
from ...model import Document
from .gazetteer import COUNTRY, Gazetteer, Place, normalise

WORD = re.compile(r"\w+(?:[-'’.]\w+)*\.?", re.UNICODE)
MAX_WORDS = 4
CONNECTORS = frozenset({"am", "an", "der", "de", "del", "la", "el", "al", "upon", "on", "of", "im",
                        "bei", "es", "ad", "da", "do", "dos", "das", "di"})
LOC_TAGS = ("LOC", "GPE")
# A name that is also a common word must belong to a place at least this large, unless tagged LOC.
AMBIGUOUS_MIN_POPULATION = 100_000


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    text: str
    evidence: str          # prep | noun | ner
    adjacent: bool         # the preposition or place noun is the word right before
    preposition: str | None


def words_in(text: str, start: int, end: int) -> list[Word]:
    out = []
    for m in WORD.finditer(text, start, end):
        word = m.group()
        if word.endswith(".") and len(word) > 2:    # sentence-final period, keep "St." style short ones
            out.append(Word(word[:-1], m.start(), m.end() - 1))
        else:
            out.append(Word(word, m.start(), m.end()))
    return out


def patterns(lang: str) -> ModuleType:
    return resource(lang if lang in ("de", "en") else "en", "place_patterns")


def lookup_name(gaz: Gazetteer, name: str, lang: str) -> str | None:
    """The form of ``name`` the gazetteer knows: as written, or without a genitive -s ("Moskaus")."""
    if gaz.has(name):
        return name
    for suffix in ("'s", "’s", "s", "'"):
        if name.endswith(suffix) and len(name) >= len(suffix) + 4 and gaz.has(name[: -len(suffix)]):
            return name[: -len(suffix)]
    return None


def _longest_match(gaz: Gazetteer, words: list[Word], i: int, text: str, lang: str) -> tuple[int, str] | None:
    """(number of words, gazetteer form) of the longest name starting at word ``i``."""
    for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
        last = words[i + n - 1].text
        if not last[:1].isupper():
            continue
        if n > 1 and any(not w.text[:1].isupper() and w.text not in CONNECTORS for w in words[i:i + n]):
            continue
        surface = " ".join(text[words[i].start:words[i + n - 1].end].split())
        form = lookup_name(gaz, surface, lang)
        if form:
            return n, form
    return None


def _evidence(words: list[Word], i: int, pat: ModuleType) -> tuple[str, bool, str | None] | None:
    """Walk back from word ``i`` over fillers to a preposition or place noun."""
    for back in range(1, 7):
        j = i - back
        if j < 0:
            return None
        word = words[j].text
        low = word.casefold()
        adjacent = back == 1
        if low in pat.PLACE_NOUNS:
            return "noun", adjacent, None
        if low in ("von", "of") and j > 0 and words[j - 1].text.casefold() in pat.DIRECTION_WORDS:
            return "prep", adjacent, words[j - 1].text.casefold()
        if low in pat.LOCATIVE_PREPOSITIONS and word[:1].islower() or low in ("in", "im", "near"):
            return "prep", adjacent, low
        if low in pat.FILLER_WORDS or _is_adjective(word, pat):
            continue
        return None
    return None


def _is_adjective(word: str, pat: ModuleType) -> bool:
    if word[:1].islower():
        return bool(pat.ADJECTIVE_ENDINGS) and word.endswith(pat.ADJECTIVE_ENDINGS)
    # English demonyms and similar capitalised modifiers ("the Somali town of").
    return not pat.ADJECTIVE_ENDINGS and word.endswith(("an", "i", "ese", "ish"))


def _ner_tags(doc: Document, start: int, end: int) -> list[str]:
    first = bisect_left(doc.tokens, start, key=lambda t: t.start)
    tags = []
    for token in doc.tokens[first:]:
        if token.start >= end:
            break
        if token.end <= end:
            tags.append(token.ent)
    return tags


def _mention_labels(doc: Document, start: int, end: int) -> set[str]:
    """Labels of the actors stage's mentions covering the span: LOC marks a place ("in Kairo"),
    PER/ORG a name that only contains a place name ("Paris Hilton", "Real Madrid")."""
    return {m.label for m in doc.mentions if m.start <= start and m.end >= end}


def candidates(doc: Document, start: int, end: int, gaz: Gazetteer) -> list[tuple[Candidate, str]]:
    """Place candidates in ``doc.text[start:end]`` with their gazetteer form, in text order."""
    pat = patterns(doc.lang)
    words = words_in(doc.text, start, end)
    has_ner = any(t.ent != "O" for t in doc.tokens)
    out: list[tuple[Candidate, str]] = []
    i = 0
    while i < len(words):
        if not words[i].text[:1].isupper():
            i += 1
            continue
        found = _longest_match(gaz, words, i, doc.text, doc.lang)
        if not found:
            i += 1
            continue
        n, form = found
        span = (words[i].start, words[i + n - 1].end)
        cand = _judge(doc, words, i, n, form, span, gaz, pat, has_ner)
        if cand:
            out.append((cand, form))
        i += n
    return out


def _judge(doc: Document, words: list[Word], i: int, n: int, form: str, span: tuple[int, int],
           gaz: Gazetteer, pat: ModuleType, has_ner: bool) -> Candidate | None:
    key = form.casefold()
    if key in pat.NEVER:
        return None
    tags = _ner_tags(doc, *span)
    labels = _mention_labels(doc, *span)
    tagged = any(t[2:] in LOC_TAGS for t in tags) or "LOC" in labels
    if (has_ner and tags and any(t[2:] in ("PER", "ORG") for t in tags)) or labels & {"PER", "ORG"}:
        return None
    nxt = words[i + n].text.casefold() if i + n < len(words) else ""
    if nxt in pat.PLACE_NOUNS:     # an adjective use: "the Somali town of", "die Berliner Stadtmitte"
        return None
    ambiguous = n == 1 and (key in pat.AMBIGUOUS or normalise(form) in gaz.common_words)
    found = _evidence(words, i, pat)
    text = doc.text[span[0]:span[1]]
    if ambiguous:
        if nxt[:1] and words[i + n].text[:1].isupper():   # "Bad Ems", "Mark Rutte": part of another name
            return None
        strong = found and (found[0] == "noun" or (found[1] and found[2] in pat.STRONG_PREPOSITIONS))
        if not strong or (has_ner and not tagged):
            return None
        if not tagged and _largest(gaz, form) < AMBIGUOUS_MIN_POPULATION:   # "in Time", "in Bath"
            return None
    if found:
        return Candidate(span[0], span[1], text, found[0], found[1], found[2])
    if tagged and not _is_country(gaz, form):
        return Candidate(span[0], span[1], text, "ner", False, None)
    return None


def _largest(gaz: Gazetteer, form: str) -> int:
    return max((m.place.population for m in gaz.lookup(form)), default=0)


def _is_country(gaz: Gazetteer, form: str) -> bool:
    return any(m.place.kind == COUNTRY for m in gaz.lookup(form))


def dateline(doc: Document, gaz: Gazetteer) -> Place | None:
    """The place of a dateline opening the text: "Teheran (IRNA) -", "KABUL, Oct 3 (Reuters) -"."""
    m = DATELINE.match(doc.text)
    if not m:
        return None
    name = m.group(1).strip()
    if not name.isupper():
        form = lookup_name(gaz, name, doc.lang)
    else:
        form = lookup_name(gaz, name.title(), doc.lang)
    return gaz.best(form) if form else None


DATELINE = re.compile(r"\s*([A-ZÄÖÜ][\w'’.-]+(?: [A-ZÄÖÜ][\w'’.-]+){0,2})\s*(?:,[^()\n]{0,30})?"
                      r"\s*\([^()\n]{1,25}\)\s*[-–—:]")
