"""Speech cues: reporting verbs from the lexicon and prepositional frames.

A verb is a cue when its lemma (German separable verbs joined with their
particle: "teilte ... mit" -> "mitteilen") is in ``CUE_VERBS`` with a cue
share of at least ``MIN_SHARE`` of its uses in the annotated news, or in the
hand-written ``SEED_VERBS``. Weaker lemmas (cues in fewer of their uses, such
as "sehen", "zeigen") count only next to a quotation or a dass/that clause.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

from ...lang import resource
from ...model import Document, Token
from ..nlp.tokenizer import opens_quote
from .marks import DOUBLE_MARKS

MIN_SHARE = 0.5          # cue share (gold cue uses / verb uses) for a verb to cue a bare clause
MIN_COUNT = 2
_PARTICLES = frozenset("""
ab an auf aus bei bekannt dar ein entgegen fest fort heraus hervor hin hinzu klar mit nach vor
vorbei weiter zu zurück zusammen
""".split())


# Verbs that take a dass/that clause without reporting anything ("liegt daran, dass").
_LIGHT_VERBS = frozenset("""
sein haben werden liegen gehen geben kommen stehen bleiben machen lassen führen sorgen hängen
bedeuten scheinen folgen gelten ergeben bewirken verhindern ermöglichen erreichen dienen
be have do make mean seem follow ensure cause
""".split())


@dataclass(frozen=True, slots=True)
class Cue:
    first: int          # token index of the verb (or first word of the frame)
    last: int           # token index after the cue (the verb; particle excluded)
    lemma: str
    strong: bool        # may introduce a bare clause ("Er sagte, ...")
    opinion: bool = False   # a view named before ", dass/ob" ("hält es für möglich, dass")


@lru_cache(maxsize=4)
def lexicon(lang: str) -> ModuleType:
    return resource(lang, "reporting_verbs")


def verb_lemma(doc: Document, tok: Token, sent_end: int) -> str:
    """Lemma with a separated German particle joined on ("teilte ... mit" -> "mitteilen")."""
    lemma = tok.lemma.lower()
    if doc.lang != "de":
        return lemma
    before = doc.tokens[tok.i - 1] if tok.i > 0 and doc.tokens[tok.i - 1].sent == tok.sent else None
    if before is not None and before.text.lower() in _PARTICLES and cue_strength(doc.lang, lemma) is None \
            and cue_strength(doc.lang, before.text.lower() + lemma) is not None:
        return before.text.lower() + lemma   # verb-final clause: "wie der Verband bekannt gab"
    inside, name = False, False
    for nxt in doc.tokens[tok.i + 1:sent_end]:
        if nxt.text in DOUBLE_MARKS:
            inside = not inside
            # (a name in marks after a noun: "teilte die Bewegung »Rettet den Wald« mit")
            name = inside and doc.tokens[nxt.i - 1].pos in ("NOUN", "PROPN")
            if name:
                continue
        elif inside and name:
            continue
        particle = nxt.text.lower() in _PARTICLES
        if nxt.pos in ("VERB", "AUX") and not particle or nxt.text.lower() in ("dass", "daß"):
            break   # (a clause-final particle is sometimes tagged VERB: "geht ... hervor")
        follower = doc.tokens[nxt.i + 1] if nxt.i + 1 < len(doc.tokens) else None
        if (particle and nxt.pos in ("ADP", "ADV", "ADJ", "PART", "X", "VERB")
                and (follower is None or follower.pos == "PUNCT" and not opens_quote(follower, _next_token(doc, follower))
                     or follower.sent != tok.sent)):
            return nxt.text.lower() + lemma
    return lemma




def _next_token(doc: Document, tok: Token) -> Token | None:
    return doc.tokens[tok.i + 1] if tok.i + 1 < len(doc.tokens) else None


def is_particle(tok: Token) -> bool:
    """A German separable verb particle ("mit", "bekannt"), whatever its tag."""
    return tok.text.lower() in _PARTICLES


def cue_strength(lang: str, lemma: str) -> str | None:
    """'strong', 'weak' or None for a verb lemma."""
    lex = lexicon(lang)
    if lemma in lex.SEED_VERBS:
        return "strong"
    counts = lex.CUE_VERBS.get(lemma)
    if not counts:
        return None
    news, uses, historical = counts
    if news >= MIN_COUNT and news / max(uses, 1) >= MIN_SHARE:
        return "strong"
    return "weak"


def verb_cues(doc: Document, first: int, last: int, blocked: list[tuple[int, int]]) -> list[Cue]:
    """Cue verbs among tokens ``first..last`` that are not inside a quotation."""
    out = []
    for tok in doc.tokens[first:last]:
        if tok.pos not in ("VERB", "AUX") or any(a <= tok.start < b for a, b in blocked):
            continue
        lemma = verb_lemma(doc, tok, last)
        strength = cue_strength(doc.lang, lemma)
        if strength is None and tok.pos == "VERB" and doc.lang == "de":
            strength = cue_strength(doc.lang, tok.lemma.lower())
        if (strength is None and tok.pos == "VERB" and lemma not in _LIGHT_VERBS
                and _before_complementizer(doc, tok, last)):
            strength = "weak"   # any full verb + ", dass": "bedauerte, dass", "bemängeln, dass"
        if strength is None and lemma in _CAUSATIVE_CUES and causative(doc, tok.i) is not None:
            strength = "strong"   # "ließ verlauten, dass", "ließ über seinen Sprecher ausrichten, ..."
        if strength is None and _checked_construction(doc, tok, lemma, last):
            strength = "weak"   # "sieht Osterloh einen „Angriff ...“", "In dem Bericht steht, dass"
        opinion = strength != "strong" and _opinion_before_complementizer(doc, tok, last)
        if opinion:
            strength = "weak"   # "ist der Meinung, dass", "hält es für möglich, dass"
        if strength:
            out.append(Cue(tok.i, tok.i + 1, lemma, strength == "strong", opinion))
    return out


_OPENING = frozenset({"„", "“", '"', "»", "«"})
# Verbs that report speech only as the infinitive of "lassen": "ließ verlauten", "ließ ausrichten", "ließ wissen"
_CAUSATIVE_CUES = frozenset({"verlauten", "ausrichten", "wissen"})


def causative(doc: Document, i: int) -> int | None:
    """Token index of the "lassen" whose infinitive is token ``i`` in the same clause ("ließ er über das
    Staatsfernsehen erklären", "hat mitteilen lassen"), or None."""
    if doc.lang != "de":
        return None
    tok = doc.tokens[i]
    if tok.pos != "VERB" or tok.text.lower() != tok.lemma.lower() and tok.feat("VerbForm") != "Inf":
        return None
    for j in range(i - 1, max(-1, i - 10), -1):
        t = doc.tokens[j]
        if t.sent != tok.sent or t.text in (",", ";", ":") or t.text.lower() in ("dass", "daß"):
            break
        if t.lemma.lower() == "lassen":
            return j
    if i + 1 < len(doc.tokens) and doc.tokens[i + 1].lemma.lower() == "lassen" and doc.tokens[i + 1].sent == tok.sent:
        return i + 1   # verb-final: "wie er mitteilen ließ"
    return None


def _checked_construction(doc: Document, tok: Token, lemma: str, last: int) -> bool:
    """A verb of ``CHECKED_CUES`` in one of the constructions listed for it: a quotation opening within
    four words of the same clause, a colon ending the frame, or ", dass/ob"."""
    frames = getattr(lexicon(doc.lang), "CHECKED_CUES", {}).get(lemma)
    if not frames:
        return False
    if "dass" in frames and _before_complementizer(doc, tok, last):
        return True
    for nxt in doc.tokens[tok.i + 1:min(tok.i + 8, last)]:
        if nxt.text in _OPENING:
            return "quote" in frames and nxt.i - tok.i <= 4
        if nxt.text == ":":
            return "colon" in frames
        if nxt.text in (",", ";", ".") or nxt.pos in ("VERB", "AUX", "SCONJ") and not is_particle(nxt):
            return False
    return False


def _before_complementizer(doc: Document, tok: Token, last: int) -> bool:
    nxt = doc.tokens[tok.i + 1:min(tok.i + 3, last)]
    words = [t.text.lower() for t in nxt]
    return words[:2] in ([",", "dass"], [",", "daß"], ["that"]) or (
        len(words) > 2 and words[1:3] == [",", "dass"] and words[0] in _PARTICLES)


def _opinion_before_complementizer(doc: Document, tok: Token, last: int) -> bool:
    """A verb whose predicate names a view, right before ", dass/ob" ("kamen zu dem Ergebnis, dass")."""
    predicates = lexicon(doc.lang).OPINION_PREDICATES
    seen = False
    for nxt in doc.tokens[tok.i + 1:min(tok.i + 8, last - 1)]:
        if nxt.text == ",":
            after = doc.tokens[nxt.i + 1].text.lower()
            return seen and after in lexicon(doc.lang).COMPLEMENTIZERS and after != "wonach"
        closing = nxt.pos == "VERB" and doc.tokens[nxt.i + 1].text == ","
        if nxt.pos in ("VERB", "AUX", "PUNCT", "SCONJ", "CCONJ") and not closing:
            return False   # (the clause-final participle may stand there: "sei zu dem Schluss gekommen, dass")
        word = nxt.text.lower()
        # comparatives count as their adjective ("für immer unwahrscheinlicher")
        seen = seen or word in predicates or word.endswith("er") and word[:-2] in predicates
    return False


# Konjunktiv II forms that also mark conditionals ("Das wäre ein Fehler"): no evidence of reported speech
CONDITIONAL_FORMS = frozenset("""
wäre wären hätte hätten würde würden könnte könnten müsste müssten dürfte dürften sollte sollten wollte
wollten gäbe
""".split())


def is_subjunctive(doc: Document, tok: Token) -> bool:
    """German Konjunktiv I/II: from morphology (when tagged) or from the word form."""
    # (a clause head the tagger took for an adjective is a verb: ", Neuseeland erwarte ...")
    clause_head = tok.pos == "ADJ" and tok.dep in ("ccomp", "parataxis", "root")
    if doc.lang != "de" or tok.pos not in ("VERB", "AUX") and not clause_head:
        return False
    if tok.feat("Mood") == "Sub":
        return True
    # the word form as well: the tagger's mood is often wrong for Konjunktiv I ("gebe", "komme")
    word, lemma = tok.text.lower(), tok.lemma.lower()
    if word in lexicon("de").SUBJUNCTIVE_FORMS:
        return True
    # Konjunktiv I, 3rd person singular: stem + e ("komme", "plane") where the indicative has -t
    return (len(lemma) > 4 and lemma.endswith("en") and word == lemma[:-2] + "e"
            and not word.endswith("ee"))
