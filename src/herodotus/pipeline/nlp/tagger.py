"""Lemmas (and, without trained heads, coarse POS) from HanTa's morphology model.

HanTa's STTS (German) and CLAWS-like (English) tags are mapped to UPOS. When the
parser head has tagged a sentence, ``lemmatize`` picks each word's lemma from
HanTa's analysis under the head's UPOS; HanTa's own sentence tagger (an HMM
decoded per sentence) then does not run. Without heads, ``tag`` runs it.
"""
from __future__ import annotations

from functools import lru_cache

_STTS_TO_UPOS = {
    "ADJ": "ADJ", "ADV": "ADV", "APPR": "ADP", "APPRART": "ADP", "APPO": "ADP", "APZR": "ADP",
    "ART": "DET", "CARD": "NUM", "FM": "X", "ITJ": "INTJ", "KOUI": "SCONJ", "KOUS": "SCONJ",
    "KON": "CCONJ", "KOKOM": "CCONJ", "NN": "NOUN", "NE": "PROPN", "PDS": "PRON", "PDAT": "DET",
    "PIS": "PRON", "PIAT": "DET", "PIDAT": "DET", "PPER": "PRON", "PPOSS": "PRON", "PPOSAT": "DET",
    "PRELS": "PRON", "PRELAT": "DET", "PRF": "PRON", "PWS": "PRON", "PWAT": "DET", "PWAV": "ADV",
    "PAV": "ADV", "PROAV": "ADV", "PTKZU": "PART", "PTKNEG": "PART", "PTKVZ": "ADP", "PTKANT": "INTJ",
    "PTKA": "PART", "TRUNC": "X", "VV": "VERB", "VA": "AUX", "VM": "AUX", "XY": "X",
    "$.": "PUNCT", "$,": "PUNCT", "$(": "PUNCT",
}

_CLAWS_PREFIX_TO_UPOS = (
    ("NP", "PROPN"), ("NN", "NOUN"), ("VV", "VERB"), ("VB", "AUX"), ("VD", "AUX"), ("VH", "AUX"),
    ("VM", "AUX"), ("AJ", "ADJ"), ("AV", "ADV"), ("AT", "DET"), ("DT", "DET"), ("PN", "PRON"),
    ("PP", "PRON"), ("PR", "ADP"), ("CJ", "CCONJ"), ("CR", "NUM"), ("ORD", "ADJ"), ("TO", "PART"),
    ("XX", "PART"), ("PU", "PUNCT"), ("EX", "PRON"), ("IT", "INTJ"), ("UN", "X"), ("ZZ", "X"),
)


@lru_cache(maxsize=2)
def _hanta(lang: str):
    from HanTa import HanoverTagger as ht

    tagger = ht.HanoverTagger("morphmodel_ger.pgz" if lang == "de" else "morphmodel_en.pgz")
    _memoise(tagger)
    return tagger


def _memoise(tagger) -> None:
    """Cache HanTa's per-word analyses, which are pure functions of their arguments.

    Word forms repeat across sentences and articles, and these two calls take most of
    HanTa's time; the results are the same as without the cache.
    """
    analyze = lru_cache(maxsize=200_000)(tagger._analyze)
    tag_word = lru_cache(maxsize=200_000)(lambda *args, **kw: tuple(tagger.__class__._tag_word(tagger, *args, **kw)))
    tagger._analyze = analyze
    tagger._tag_word = lambda *args, **kw: list(tag_word(*args, **kw))


def to_upos(tag: str, lang: str) -> str:
    if lang == "de":
        base = tag.split("(")[0]
        return _STTS_TO_UPOS.get(base, "X")
    for prefix, upos in _CLAWS_PREFIX_TO_UPOS:
        if tag.startswith(prefix):
            return upos
    return "X"


def tag(words: list[str], lang: str) -> list[tuple[str, str]]:
    """(lemma, UPOS) for each word of one sentence."""
    if not words:
        return []
    tagged = _hanta(lang).tag_sent(words, taglevel=1)
    out = []
    for word, (_, lemma, tag_) in zip(words, tagged):
        upos = to_upos(tag_, lang)
        if upos == "PUNCT" or not word[0].isalnum():
            upos = "PUNCT" if not word[0].isalnum() else upos
        if upos == "PROPN" or lemma.lower() == word.lower():
            lemma = word if upos == "PROPN" else lemma
        out.append((lemma, upos))
    return out


def lemmatize(words: list[str], upos: list[str], lang: str) -> list[str]:
    """Lemma of each word given its UPOS (from the parser head)."""
    return [_lemma(word, pos, lang) for word, pos in zip(words, upos)]


# The parser and HanTa split determiners from pronouns differently ("alles",
# "dies"); either reading gives the lemma, so they count as one class here.
_LEMMA_CLASS = {u: u for u in set(_STTS_TO_UPOS.values()) | {"PROPN", "SYM"}} | {"DET": "DET/PRON", "PRON": "DET/PRON"}


@lru_cache(maxsize=300_000)
def _lemma(word: str, upos: str, lang: str) -> str:
    if upos == "PROPN" or not word[0].isalnum():
        return word
    hanta = _hanta(lang)
    candidates = hanta._tag_word(word)
    if not candidates:
        return word
    # HanTa's most probable tag of the predicted UPOS; its best tag overall when the
    # analyser knows no such reading (its lemma is then still the best guess).
    want = _LEMMA_CLASS.get(upos, upos)
    best = next((t for t, _ in candidates
                 if _LEMMA_CLASS.get(to_upos(hanta.int2tag[t], lang), "") == want), candidates[0][0])
    return hanta._analyze(word, best, taglevel=1)[0]


@lru_cache(maxsize=100_000)
def finite_only(word: str, lang: str) -> str | None:
    """"VERB" or "AUX" when the German analyser knows the word only as a finite verb ("erfordere",
    "warf", "erwarte"): a parser head that tags it ADJ before a noun ("erfordere Zugeständnisse") is wrong."""
    if lang != "de" or not word[:1].islower():
        return None
    hanta = _hanta(lang)
    tags = [hanta.int2tag[t] for t, _ in hanta._tag_word(word)]
    if not tags or any(t.startswith("ADJ") for t in tags) or not tags[0].endswith("(FIN)"):
        return None
    return "VERB" if tags[0].startswith("VV") else "AUX"


def verb_of_root(word: str, lang: str, child_deps: set[str]) -> str | None:
    """"VERB" for a German sentence root the parser head tagged ADJ although it has a subject and no copula
    ("Soldaten verteilten Lebensmittel"): a predicative adjective needs "sein" or "werden", so a root with a
    subject of its own and none of them is a finite verb the head mistook for a participle."""
    if lang != "de" or not word[:1].islower() or "nsubj" not in child_deps or "cop" in child_deps:
        return None
    return "VERB"


def infixed_zu(word: str, lemma: str) -> bool:
    """German zu-infinitive with "zu" inside the word ("einzuleiten", "zurückzuschicken"), not the "zu" of
    "zurück" or "zusammen"."""
    return any(word[i:i + 2] == "zu" and word[:i] + word[i + 2:] == lemma for i in range(2, len(word) - 2))
