"""Actor and recipient of a trigger, from the dependency parse or, without one, the surface.

A *slot* is an actor-coded mention (its entity has a country/IGO code) together with its
grammatical role in the sentence: ``subj``, ``obj``, ``agent`` (passive "von X"/"by X"),
``gen`` (genitive or "of X"), ``poss`` ("X's"), ``adj`` ("israelische"), ``pp:<prep>``.
With a parse, roles come from UD relations (nsubj, obj, iobj, obl + case, nmod, amod);
while the parser heads are absent (all heads -1) a surface reading of articles,
prepositions and word order stands in. The fallback only assigns roles; it never makes
an event on its own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from types import ModuleType
from typing import Callable, Collection, Sequence

from ...lang import resource
from ...model import Document, Entity, Mention, Token
from ..nlp.tagger import infixed_zu
from ..nlp.tokenizer import OPENING_QUOTES, QUOTE_MARKS, dateline
from .lexicon import (CLAUSE_BREAKS, CONJUNCT_WORDS, INSEPARABLE_PREFIXES, SEPARABLE_PARTICLES, Trigger, clause_bounds,
                      noun_fits)

SKIP_BEFORE = {"DET", "ADJ", "NUM", "ADV", "PRON", "CCONJ"}
CONJUNCTIONS = {"und", "sowie", "and", "&"}
COMITATIVES = ("along with", "together with", "jointly with", "zusammen mit", "gemeinsam mit")
SUBJ_DEPS = {"nsubj", "csubj"}
GENITIVE_DETS = {"der", "des", "eines", "einer"}
RECIPROCAL = {"CONSULT", "AGREE", "COOPERATE"}
# Swaps done by two parties together: each gives to the other ("Russland und die Ukraine tauschten Gefangene aus")
EXCHANGE_VERBS = frozenset({"austauschen", "exchange", "swap", "trade"})
# What states take up, restore or cut with each other, and the words that say they never had it
RELATION_NOUNS = frozenset({"beziehung", "relations", "ties"})
NEVER_WORDS = frozenset({"never", "nie", "niemals"})
# one side pledges to someone else: "Auch die USA und China boten Hilfe an" is two offers to the stricken
# country, not an agreement between the two
PLEDGE_VERBS = frozenset({"anbieten", "versprechen", "zusagen", "zusichern", "offer", "pledge", "promise"})
SIGN_AGREEMENT = "057"   # CAMEO "sign formal agreement": "X und Y unterzeichneten" is X -> Y, as a meeting
OBJ_DEPS = {"obj", "iobj", "nsubj:pass", "dobj", "obl:arg"}
DATIVE_DEPS = {"iobj", "obl:arg"}   # the parser labels German dative objects obl:arg (GSD)


@dataclass(frozen=True, slots=True)
class Slot:
    mention: Mention
    entity: Entity
    role: str
    first: int      # first doc token index
    last: int       # last doc token index, inclusive


def mention_slot(doc: Document, m: Mention, ent: Entity, role: str = "anaphor") -> Slot:
    """A slot for a mention of an entity outside the clause, read as an anaphor unless ``role`` says otherwise."""
    toks = doc.tokens_in(m.start, m.end) or [doc.tokens[0]]
    return Slot(m, ent, role, toks[0].i, toks[-1].i)


def latest_mention(doc: Document, before: int, keep: Callable[[Entity], bool], since: int = 0) -> Slot | None:
    """A slot for the latest mention starting at a character offset in [``since``, ``before``) whose entity
    ``keep`` accepts."""
    for m in sorted(doc.mentions, key=lambda m: m.start, reverse=True):
        if m.start >= before or not m.entity_id:
            continue
        if m.start < since:
            break
        ent = doc.entity(m.entity_id)
        if ent is not None and keep(ent):
            return mention_slot(doc, m, ent)
    return None


@dataclass(frozen=True, slots=True)
class Roles:
    actors: tuple[Slot, ...]
    recipients: tuple[Slot, ...]
    how: str        # "parse" | "surface"
    passive: bool


USE_CASE = False   # German morphological case decides subject vs object (off: the tagger case was noisier than articles on dev)
USE_PARSE = False  # roles from the UD parse; off: measured lower than the surface reading on dev (eval --parse)


def has_parse(tokens: Sequence[Token]) -> bool:
    return USE_PARSE and any(t.head >= 0 for t in tokens)


def _modifies_next(doc: Document, m: Mention, ent: Entity, coded: list[tuple[Mention, Entity]]) -> bool:
    """"die libanesische Hisbollah-Miliz": a nationality adjective right before a name of the same
    country only qualifies that name; it is no party of its own. Nor is a place before a title of its
    country ("Broadview police")."""
    place = m.kind == "name" and doc.lang == "en" and (ent.type in ("GPE", "LOC") or ent.actor.sector is None)
    if m.kind != "adjective" and not place:
        return False
    return any(0 <= o.start - m.end <= 1 and not doc.text[m.end:o.start].strip() and e.actor.code == ent.actor.code
               and (o.kind == "title" if place else o.kind != "adjective") for o, e in coded)


def _compared(doc: Document, first: Token) -> bool:
    """Does a comparison open the phrase ("enthielt sich wie China"), not a list of examples ("Länder wie
    Iran") or a source ("wie die Polizei mitteilte")?"""
    j = first.i - 1
    while j >= 0 and doc.tokens[j].pos in ("DET", "ADJ") and doc.tokens[j].sent == first.sent:
        j -= 1
    if j < 1 or doc.tokens[j].sent != first.sent or doc.tokens[j].text.lower() != "wie":
        return False
    return doc.tokens[j - 1].sent == first.sent and doc.tokens[j - 1].pos in ("VERB", "AUX", "PRON", "ADV", "PART")


def _fire_of(doc: Document, first: int, cues: ModuleType) -> str | None:
    """The agent preposition before "Schüsse der X", "Kugeln der X" ("durch", "von"): a genitive that owns
    the fire that did the act is its doer."""
    k = skip_back(doc, first - 1, {"DET", "ADJ"})
    if k < 1 or not doc.tokens[k].lemma.lower().endswith(cues.FIRE_NOUNS):
        return None
    j = skip_back(doc, k - 1, {"DET", "ADJ", "NUM"})
    return doc.tokens[j].text.lower() if j >= 0 and doc.tokens[j].text.lower() in cues.AGENT_PREPS else None


def _example_of(doc: Document, last: int, first: int) -> bool:
    """Is the phrase at ``first`` an example of the group named right before it ("Menschenrechtsorganisationen
    wie Amnesty International", "rights groups such as Amnesty")?"""
    gap = [t for t in doc.tokens[last + 1:first] if t.pos not in ("DET", "ADJ")]
    return " ".join(t.text.lower() for t in gap) in EXAMPLE_OPENERS


EXAMPLE_OPENERS = frozenset({"wie", "such as", "darunter", "including"})


def _comparison_end(tokens: Sequence[Token], cues: ModuleType) -> int:
    """Where a comparison that opens the sentence ends ("Anders als beim Besuch Selenskyjs brach Trump ...",
    "Unlike Germany, France ..."): who is named in it is no party; -1 when there is none."""
    opening = " ".join(t.text.lower() for t in tokens[:3])
    if not any(opening == o or opening.startswith(o + " ") for o in getattr(cues, "COMPARISON_OPENERS", ())):
        return -1
    for t in tokens[1:]:
        if t.text == "," or (t.pos in {"VERB", "AUX"} and getattr(cues, "FRONTED_PREPOSITIONS", None)):
            return t.i
    return -1


def candidate_slots(doc: Document, tokens: Sequence[Token], cues: ModuleType) -> list[Slot]:
    """Actor-coded mentions of the sentence (outermost only), each with its role."""
    if not tokens:
        return []
    start, end = tokens[0].start, tokens[-1].end
    opening = dateline(doc, doc.sentences[tokens[0].sent])
    if opening is not None:
        start = opening[1]   # "Kiew/Budapest (AFP) -": where the report comes from, not who acts
    sources = source_phrases(doc, start, end, cues)
    coded = []
    for m in doc.mentions:
        if m.start < start or m.end > end or m.entity_id is None:
            continue
        if any(a <= m.start and m.end <= b for a, b in sources):
            continue   # "verurteilte nach Angaben eines Sprechers den Vorfall": the report's source takes no part
        ent = doc.entity(m.entity_id)
        if ent is not None and (ent.actor.code or ent.actor.sector == "NGO") and not _channel(doc, m, ent):
            coded.append((m, ent))   # (unnamed rights groups act for no state)
    outer = [(m, e) for m, e in coded
             if not any(o.start <= m.start and m.end <= o.end and (o.end - o.start) > (m.end - m.start)
                        for o, _ in coded) and not _modifies_next(doc, m, e, coded)]
    parsed = has_parse(tokens)
    fronted = _fronted_pp([t for t in tokens if t.start >= start], cues)
    compared_until = _comparison_end([t for t in tokens if t.start >= start], cues)
    slots: list[Slot] = []
    example_end = -1
    for m, ent in sorted(outer, key=lambda pair: pair[0].start):
        inside = [t for t in tokens if t.start >= m.start and t.end <= m.end]
        if not inside:
            continue
        if slots and (_example_of(doc, slots[-1].last, inside[0].i)
                      or example_end >= 0 and _coordinated(doc, example_end, inside[0].i)):
            example_end = inside[-1].i   # "Menschenrechtsorganisationen wie Amnesty International": the group acts
            continue
        role = _parse_role(doc, inside) if parsed else _surface_role(doc, inside, m, cues)
        if _compared(doc, inside[0]) or inside[-1].i < compared_until:
            role = "pp:wie"   # "enthielt sich wie China und Pakistan": others who did the same, no party
        if role == "gen" and (prep := _fire_of(doc, inside[0].i, cues)) is not None:
            role = f"pp:{prep}"   # "durch Schüsse der Sicherheitskräfte getötet": who fired is the agent
        if fronted is not None and inside[-1].i < fronted[1] and role in {"bare", "obj"}:
            role = f"pp:{fronted[0]}"   # "Wegen der Entsendung nordkoreanischer Soldaten hat Südkorea ..."
        if slots and not parsed and _coordinated(doc, slots[-1].last, inside[0].i):
            role = slots[-1].role   # "des Manövers Südkoreas und der USA": both genitive
        gap = doc.text[slots[-1].mention.end:m.start].strip() if slots and slots[-1].entity.id == ent.id else None
        if gap == "(" or gap == "" and slots[-1].role == "gen" and _opens_with_preposition(doc, slots[-1].first):
            # "der Entwicklungsgemeinschaft des südlichen Afrika (SADC)", "a close ally of former President Donald
            # Trump": one phrase, whose role the first part shows (but "imposed by President Donald Trump", "allies
            # including Chancellor Olaf Scholz": the name still serves the verb as before)
            role = slots[-1].role
        if slots and _named_after_kind(doc, slots[-1], m, ent):
            continue   # "Die kanadische Bundespolizei RCMP": the body's kind, then its name, is one party
        slots.append(Slot(m, ent, role, inside[0].i, inside[-1].i))
    return slots


def _opens_with_preposition(doc: Document, first: int) -> bool:
    """Does a preposition open the phrase, before its adjectives and articles ("of former President")?"""
    k = skip_back(doc, first - 1, {"ADJ", "DET"})
    return k >= 0 and doc.tokens[k].pos == "ADP"


def _named_after_kind(doc: Document, kind: Slot, m: Mention, ent: Entity) -> bool:
    """A body's name right after a word for its kind, with nothing between ("Bundespolizei RCMP", "die
    Aufsichtsbehörde ACSO"): the same body of the same country and sector."""
    other = kind.entity.actor
    return doc.text[kind.mention.end:m.start] == " " and ent.type == "ORG" and kind.entity.type == "ORG" \
        and other.code == ent.actor.code and other.sector == ent.actor.sector and ent.id != kind.entity.id


# "schrieb auf X", "auf der Plattform X", "wrote on his Truth Social platform": where words are
# published, not whom they concern
CHANNEL_BEFORE = re.compile(
    r"\b(?:auf|on|via)\s+(?:(?:der|dem|den|seiner|seinem|ihrer|ihrem|the|his|her|its|their)\s+)?"
    r"(?:[\w-]*(?:plattform|platform|kanal|channel|netzwerk|network|dienst|account|konto)\s+)?$"
    # ("im Onlinedienst X", "in einem Beitrag auf X": "in" only with the kind of channel named)
    r"|\b(?:im|in\s+(?:der|dem|einem|einer))\s+[\w-]*(?:plattform|kanal|netzwerk|dienst)\s+$", re.IGNORECASE)


PLATFORMS = ("twitter", "facebook", "telegram", "instagram", "tiktok", "youtube", "truth social", "trump media",
             "whatsapp", "weibo", "wechat", "bluesky", "threads", "vkontakte")


def _channel(doc: Document, m: Mention, ent: Entity) -> bool:
    name = (ent.actor.identifier_text or "").lower()
    return any(p in name for p in PLATFORMS) and CHANNEL_BEFORE.search(doc.text[max(0, m.start - 60):m.start]) is not None


def source_phrases(doc: Document, start: int, end: int, cues: ModuleType) -> list[tuple[int, int]]:
    """Speaker phrases of reports framed by a source word ("laut X", "nach Angaben X", "X zufolge"), when the
    speaker stands in the frame (not the subject a frame without a known source fell back on: "Der Geheimdienst
    MIT wirft ihnen laut staatlichen Medien ... vor")."""
    phrases = []
    for q in doc.quotes:
        if not q.speaker_mention or not start <= q.speaker_mention[0] < end or q.cue_start < 0:
            continue
        word = _first_word(doc.text[q.cue_start:q.cue_end])
        if word in cues.SOURCE_FRAMES and (q.speaker_mention[1] <= q.cue_end if word in cues.POSTPOSED_FRAMES
                                           else q.speaker_mention[0] >= q.cue_start):
            phrases.append(q.speaker_mention)
    return phrases


def _first_word(text: str) -> str:
    words = text.lower().split()
    return words[0] if words else ""


def _fronted_pp(tokens: Sequence[Token], cues: ModuleType) -> tuple[str, int] | None:
    """(preposition, index of the finite verb) when a German main clause opens with a prepositional
    phrase: the field before the verb holds one phrase, so nothing in it is subject or object.
    Languages without ``FRONTED_PREPOSITIONS`` (English) have no such field."""
    words = getattr(cues, "FRONTED_PREPOSITIONS", None)
    if not words or not tokens or (tokens[0].pos != "ADP" and tokens[0].text.lower() not in words):
        return None   # (sentence-initial "Wegen" is often tagged as the noun "Weg")
    for t in tokens[1:]:
        if t.text in CLAUSE_BREAKS:
            return None   # "Nach Angaben der Polizei, die ..., wurden": not a plain prefield
        if t.pos in {"VERB", "AUX"}:
            return tokens[0].text.lower(), t.i
    return None


def _coordinated(doc: Document, left_end: int, right_start: int) -> bool:
    between = doc.tokens[left_end + 1:right_start]
    return bool(between) and len(between) <= 3 and between[0].text.lower() in CONJUNCTIONS \
        and all(t.pos in {"DET", "ADJ", "CCONJ"} for t in between)


def _skip_before(doc: Document, j: int, sent: int) -> int:
    """The index of the first word at or before j, in the sentence, that articles, adjectives and the like
    do not hide (-1 or another sentence's word when none)."""
    while j >= 0 and (doc.tokens[j].pos in SKIP_BEFORE or _attributive_participle(doc, j)
                      or doc.tokens[j].text.lower() in MISTAGGED_ADJECTIVES) \
            and doc.tokens[j].text not in CLAUSE_BREAKS and doc.tokens[j].sent == sent:
        j -= 1
    return j


# Adjectives the tagger reads as prepositions ("asked neighboring Trinidad and Tobago for boats")
MISTAGGED_ADJECTIVES = frozenset({"neighboring", "neighbouring"})


def _attributive_participle(doc: Document, j: int) -> bool:
    """"the arrest of impeached President Yoon": a participle right after a preposition describes the name (after
    an auxiliary, "has arrested President X", or a verb's particle, "ruled out allowing US troops", it is a verb;
    after an article, "some of the detained U.N. staff", it stays where the parse leaves it)."""
    t, before = doc.tokens[j], doc.tokens[j - 1] if j > 0 else None
    return t.pos == "VERB" and t.feat("VerbForm") == "Part" and before is not None and before.pos == "ADP" \
        and before.dep == "case"


COAST_ROLE = "coast"   # a state named for where at sea something happened: no party to it


def _names_coast(tok: Token, cues: ModuleType) -> bool:
    return (tok.lemma or tok.text).lower() in cues.COAST_NOUNS or tok.text.lower() in cues.COAST_NOUNS


def _surface_role(doc: Document, inside: list[Token], m: Mention, cues: ModuleType) -> str:
    nxt = doc.tokens[inside[-1].i + 1] if inside[-1].i + 1 < len(doc.tokens) else None
    if m.kind == "adjective" and not (doc.lang == "de" and _people_noun(inside, nxt)):
        return "adj"
    if nxt is not None and nxt.text in {"'s", "’s", "'", "’"}:
        return "poss"
    if doc.lang == "de" and nxt is not None and m.kind == "name" and inside[-1].pos == "PROPN" \
            and inside[-1].text.endswith("s") and nxt.pos in {"ADJ", "NOUN"} and nxt.sent == inside[-1].sent \
            and inside[0].i > 0 and doc.tokens[inside[0].i - 1].text == ",":
        # "China, Kambodschas wichtigster Verbündeter, gratulierte": a genitive before the noun of an apposition
        # (not "Panamas Oberster Gerichtshof erklärte", where the country stands for the court)
        return "gen"
    # (only an article that opens the phrase is its own: "Der Sprecher des russischen Außenministeriums" is no genitive)
    articles = [inside[0].text.lower()] if inside[0].pos == "DET" else []
    sent = inside[0].sent
    j = _skip_before(doc, inside[0].i - 1, sent)
    skipped = doc.tokens[j + 1:inside[0].i]
    articles += [t.text.lower() for t in reversed(skipped) if t.pos == "DET"]
    crossed_conj = any(t.pos == "CCONJ" for t in skipped)
    prev = doc.tokens[j] if j >= 0 and doc.tokens[j].sent == sent else None
    if prev is not None and prev.text.lower() == "of" and j > 0 \
            and doc.tokens[j - 1].text.lower() in getattr(cues, "CROWD_COUNTS", ()):
        # "thousands of protesters marched": a count, not a genitive; the phrase's role counts
        j = _skip_before(doc, j - 2, sent)
        prev = doc.tokens[j] if j >= 0 and doc.tokens[j].sent == sent else None
    if crossed_conj and prev is not None and prev.pos in {"NOUN", "PROPN"}:
        # "dem Volk und der Regierung": a second conjunct, not a genitive of the noun before
        prev = None
    if prev is not None and _names_coast(prev, cues) and not articles and inside[-1].text.endswith("s"):
        return COAST_ROLE   # "vor der Küste Venezuelas"
    if doc.lang == "de" and prev is not None and prev.pos == "NOUN" and not articles \
            and inside[-1].pos == "PROPN" and inside[-1].text.endswith("s") and len(inside) == 1:
        # "im Süden Saudi-Arabiens", "des Manövers Südkoreas"; a full name after a title is the
        # title's apposition ("Die Außenbeauftragte Kaja Kallas verurteilte")
        return "gen"
    after_noun = prev is not None and prev.pos == "NOUN" and not articles and inside[0].pos == "PROPN"
    if after_noun:
        # a name after its head noun ("Flughafen Abha", "Protestführer X"): the phrase's role counts
        nouns = 0
        while j >= 0 and doc.tokens[j].pos in SKIP_BEFORE | {"NOUN"} and doc.tokens[j].sent == inside[0].sent \
                and doc.tokens[j].text not in CLAUSE_BREAKS:
            nouns += doc.tokens[j].pos == "NOUN"
            if nouns == 2 and doc.lang == "de" and doc.tokens[j].pos == doc.tokens[j + 1].pos == "NOUN" \
                    and j + 1 < inside[0].i:
                # "in der moldauischen Hauptstadt Präsidentin Maia Sandu": the title heads a phrase of its own
                j += 1
                break
            if doc.tokens[j].pos == "DET":
                articles.append(doc.tokens[j].text.lower())
            j -= 1
            if doc.lang == "de" and j >= 2 and doc.tokens[j].pos in {"PROPN", "NOUN"} \
                    and doc.tokens[j - 1].text.lower() == "von" and doc.tokens[j + 1].pos == "ADJ":
                j -= 2   # "auf der von Russland annektierten Halbinsel Krim": the attribute's agent is inside the phrase
        prev = doc.tokens[j] if j >= 0 and doc.tokens[j].sent == inside[0].sent else None
    if prev is not None and prev.pos == "ADP":
        prep = prev.text.lower()
        prep = getattr(cues, "PREP_CONTRACTIONS", {}).get(prep, prep)   # "im Gazastreifen" is "in"
        if prep == "of" and j > 0 and doc.tokens[j - 1].text.lower() == "out":
            return "pp:from"   # "pulled out of the WHO": where one leaves, not a genitive
        if prep in cues.GENITIVE_ARTICLES and j > 0 and _names_coast(doc.tokens[j - 1], cues):
            return COAST_ROLE   # "seized a tanker off the coast of Venezuela": where, not whom
        if prep in getattr(cues, "GENITIVE_PREPOSITIONS", ()) and _spelled_genitive(doc, j, inside[0].i, cues):
            return "gen"
        return "gen" if prep in cues.GENITIVE_ARTICLES else f"pp:{prep}"
    if after_noun and doc.lang == "de" and _named_in_genitive(doc, inside[0].i):
        return "gen"   # "Die Außenminister der Staatengemeinschaft Asean": the name's case is no guide
    case = _case(inside) if USE_CASE else None
    if case is not None and doc.lang == "de":
        # morphology (when the nlp stage gives it) settles what articles leave open ("der NATO")
        return {"Nom": "bare", "Gen": "gen"}.get(case, "obj")
    if any(a in cues.GENITIVE_ARTICLES for a in articles):
        return "gen"
    if prev is not None and prev.pos in {"NOUN", "PROPN"} and articles[:1] == ["der"]:
        return "gen"   # "die Angriffe der Rebellen"
    if any(a in cues.OBLIQUE_ARTICLES for a in articles):
        return "obj"
    return "bare"


def _spelled_genitive(doc: Document, prep: int, first: int, cues: ModuleType) -> bool:
    """"den Sieg von Präsident Paul Biya", "Der Gouverneur von Amapá": a genitive spelled with a preposition after
    a noun; not an amount ("eine Geldstrafe von 100 Millionen Dong"), a place within a place ("einem Ortsteil von
    Celaya") or the agent of a passive ("wurde ein Polizist von Demonstranten zu Tode geprügelt")."""
    noun = doc.tokens[prep - 1] if prep > 0 else None
    if noun is None or noun.pos != "NOUN" or noun.sent != doc.tokens[prep].sent \
            or noun.lemma.lower() in cues.PLACE_NOUNS or any(t.pos == "NUM" for t in doc.tokens[prep:first]):
        return False
    sentence = doc.sentence_tokens(doc.sentences[noun.sent])
    start, end = clause_bounds(sentence, noun.i - sentence[0].i, [t.text in CLAUSE_PUNCT for t in sentence])
    return not any(t.pos == "AUX" and t.lemma.lower() in cues.PASSIVE_AUX for t in sentence[start:end])


def _named_in_genitive(doc: Document, first: int) -> bool:
    """A name after a noun in a genitive phrase that follows another noun: "(Die Außenminister) der
    südostasiatischen Staatengemeinschaft (Asean)"."""
    k = first - 1
    if k < 0 or doc.tokens[k].pos != "NOUN":
        return False
    k -= 1
    while k >= 0 and doc.tokens[k].pos == "ADJ":
        k -= 1
    return k > 0 and doc.tokens[k].text.lower() in ("der", "des") and doc.tokens[k - 1].pos in {"NOUN", "PROPN"}


def _border_place(doc: Document, slot: Slot, trigger: Trigger, cues: ModuleType) -> bool:
    """"near the Polish border", "an der polnischen Grenze": a place, no party (unless the act is on
    the border itself: "schloss die polnische Grenze")."""
    nxt = doc.tokens[slot.last + 1] if slot.last + 1 < len(doc.tokens) else None
    return slot.role == "adj" and nxt is not None and nxt.lemma.lower() in cues.BORDER_NOUNS \
        and not any(noun_fits(nxt.lemma.lower(), need) for need in trigger.entry.needs)


def _people_noun(inside: list[Token], nxt: Token | None) -> bool:
    """"vier Franzosen wurden festgenommen": a nationality noun names people and takes a phrase's role."""
    return inside[-1].pos == "NOUN" and (nxt is None or nxt.pos not in {"NOUN", "PROPN"})


def _case(inside: list[Token]) -> str | None:
    """Case of the phrase's last noun, when the morphology gives one."""
    nouns = [t for t in inside if t.pos in {"NOUN", "PROPN"}]
    return nouns[-1].feat("Case") if nouns else None


def _parse_role(doc: Document, inside: list[Token]) -> str:
    ids = {t.i for t in inside}
    head = next((t for t in inside if t.head not in ids), inside[0])
    dep = head.dep.split(":")[0]
    top = head
    while top.dep == "conj" and top.head >= 0:
        top = doc.tokens[top.head]
    if top is not head and top.pos == "NOUN":
        return _parse_role(doc, [top])   # "charged the three men, Wael Hana, ...": the names are what the noun is
    if head.dep in OBJ_DEPS:
        return "obj"
    if dep in SUBJ_DEPS:
        return "subj"
    if head.dep == "obl:agent":
        cases = [t for t in doc.tokens if t.head == head.i and t.dep == "case"]
        return f"pp:{cases[0].text.lower()}" if cases else "pp:by"
    if head.dep in {"nmod:poss"}:
        return "poss"
    if dep == "amod":
        return "adj"
    cases = [t for t in doc.tokens if t.head == head.i and t.dep == "case"]
    if cases:
        prep = cases[0].text.lower()
        if prep in {"of", "des"}:
            return "gen"
        return f"pp:{prep}"
    if dep == "nmod" and head.feat("Case") == "Gen":
        return "gen"
    if dep in {"obj", "iobj"}:
        return "obj"
    return dep or "bare"


def is_passive(doc: Document, trigger: Trigger, cues: ModuleType) -> bool:
    if trigger.entry.frame == "p":
        return True   # "erhielt sechs Jahre Haft": its subject undergoes the act, like a passive's
    a, b = trigger.clause
    clause = doc.tokens[a:b]
    if doc.lang == "en" and _reduced_relative(doc, trigger.token):
        return True
    if has_parse(clause):
        return any(t.head == trigger.token.i and t.dep in {"aux:pass", "nsubj:pass"} for t in clause)
    if trigger.entry.pos != "VERB":
        return False
    if doc.lang == "de":
        # the werden of this verb, not of a clause joined by "und" ("habe sich beteiligt und werde ...")
        joined = [t.i for t in clause if t.pos == "CCONJ" and t.i > trigger.token.i]
        end = joined[0] if joined else b
        # (nor of the clause before "und hatte ... besucht": "war vereidigt worden und hatte Paris besucht")
        a = max([t.i + 1 for t in clause if t.pos == "CCONJ" and t.i < trigger.token.i
                 and doc.tokens[t.i + 1].pos in {"AUX", "VERB"}], default=a)
        inserted = _inserted_relatives(doc, trigger, a, end, cues)
        werden = any(t.lemma == "werden" and t.pos == "AUX" and t.i not in inserted for t in doc.tokens[a:end])
        participle = _german_participle(trigger.token) or _inflected_after_werden(doc, trigger, a, end) \
            or _infinitive_like_participle(doc, trigger, a, end)
        # ("festgenommen und angeklagt worden": a later "worden" serves the participles before it)
        return werden and participle or any(t.text.lower() in cues.PASSIVE_MARKERS and t.i not in inserted
                                            for t in doc.tokens[a:b])
    if _shared_passive(doc, trigger.token, doc.sentence_tokens(doc.sentences[trigger.token.sent])):
        return True
    prev = [t for t in clause if t.i < trigger.token.i and t.pos in {"AUX", "VERB"}]
    # (the auxiliary of this verb: "was concerned and urged Pakistan" is active)
    return bool(prev) and prev[-1].lemma.lower() in cues.PASSIVE_AUX and \
        not any(t.pos == "CCONJ" for t in doc.tokens[prev[-1].i + 1:trigger.token.i]) and \
        trigger.token.text.lower().endswith(("ed", "en", "wn", "ne", "ht", "lt", "nt", "ot", "it", "ck", "ld", "ut"))


def _inserted_relatives(doc: Document, trigger: Trigger, a: int, end: int, cues: ModuleType) -> set[int]:
    """The words of relative clauses set off by commas around the trigger: the "worden" of "Staatsbürger, die
    verschleppt worden waren, abgeschoben" is not the main verb's."""
    inside: set[int] = set()
    k = a
    while k < end - 1:
        if doc.tokens[k].text == "," and doc.tokens[k + 1].text.lower() in cues.RELATIVE_PRONOUNS:
            close = next((j for j in range(k + 2, end) if doc.tokens[j].text == ","), end)
            if not k < trigger.token.i <= close:
                inside.update(range(k + 1, close))
            k = close
        k += 1
    return inside


def victim_of_aggression(doc: Document, slot: Slot, cues: ModuleType) -> bool:
    """"den Krieg gegen die Ukraine als Verbrechen bezeichnet", "called the war on Gaza a crime": the party an
    act of aggression is waged against, not the one whose act is judged."""
    j = slot.first - 1
    sent = doc.tokens[slot.first].sent
    while j >= 0 and doc.tokens[j].pos in {"DET", "ADJ"}:
        j -= 1
    while j >= 1 and doc.tokens[j].text.lower() in CONJUNCTIONS:
        # "gegen die Hamas und die Hisbollah": a later conjunct shares the preposition
        j -= 1
        while j >= 0 and doc.tokens[j].pos in {"DET", "ADJ", "PROPN", "NOUN"} and doc.tokens[j].sent == sent:
            j -= 1
    prep = doc.tokens[j].text.lower() if j >= 1 else ""
    if prep not in cues.VICTIM_PREPOSITIONS and prep not in getattr(cues, "KILLED_PREPOSITIONS", ()):
        return False
    k = j - 1
    if prep not in cues.VICTIM_PREPOSITIONS:
        # "demanded an investigation into the killing of a 20-year-old Palestinian American": who was killed
        return doc.tokens[k].lemma.lower() in cues.KILLING_NOUNS or doc.tokens[k].text.lower() in cues.KILLING_NOUNS
    # ("den „Völkermord“ an der palästinensischen Zivilbevölkerung": the noun inside the quotation marks)
    while k > 0 and doc.tokens[k].text in CLOSING_QUOTES:
        k -= 1
    noun = doc.tokens[k]
    aggression = cues.AGGRESSION_NOUNS
    return noun.lemma.lower() in aggression or noun.text.lower() in aggression


CLOSING_QUOTES = QUOTE_MARKS - {"„"}   # the marks that may close a quotation


# Acts about attacks whose victim is their recipient ("threatened to resume attacks on Israeli ships", "suspended
# attacks on U.S. forces", "ordnete eine Offensive gegen die Dschihadisten an")
VIOLENT_TYPES = frozenset({"ASSAULT", "THREATEN", "CONCEDE", "MOBILIZE", "RETREAT", "COERCE"})


# Words after an English participle that show it modifies the noun before it
REDUCED_RELATIVE_NEXT = frozenset({"with", "by", "of", "for", "over"})


def _reduced_relative(doc: Document, tok: Token) -> bool:
    """"five Iranians charged with violating sanctions", "militants backed by Iran": a participle right after a
    noun, before its complement, is a passive relative clause of that noun."""
    i = tok.i
    if i < 1 or i + 1 >= len(doc.tokens) or not tok.text.lower().endswith(("ed", "en")) \
            or tok.feat("VerbForm") != "Part":   # ("Hindu groups called for protests": a past tense)
        return False
    prev, nxt = doc.tokens[i - 1], doc.tokens[i + 1]
    return prev.sent == tok.sent and prev.pos in {"NOUN", "PROPN"} and prev.text.lower().endswith("s") \
        and nxt.text.lower() in REDUCED_RELATIVE_NEXT


def _shared_passive(doc: Document, tok: Token, sentence: Sequence[Token]) -> bool:
    """"Arredondo was booked into the jail and released on a bond": an English participle joined to a passive
    shares its auxiliary, unless it has a subject, an auxiliary or a bare object of its own ("was elected and
    promised reforms")."""
    if doc.lang != "en" or tok.dep != "conj" or not (0 <= tok.head < tok.i) \
            or not tok.text.lower().endswith(("ed", "en", "wn")):
        return False
    own = [t for t in sentence if t.head == tok.i]
    if any(t.dep in {"nsubj", "nsubj:pass", "aux", "aux:pass"} for t in own):
        return False
    if any(t.dep == "obj" and not any(c.head == t.i and c.dep == "case" for c in sentence) for t in own):
        return False
    return any(t.head == tok.head and t.dep == "aux:pass" for t in sentence)


def _german_participle(tok: Token) -> bool:
    text, lemma = tok.text.lower(), tok.lemma.lower()
    if text == lemma:
        return False
    if "ge" in text[:6]:
        return True   # "festgenommen", "getötet"
    # the longest particle: "zurück", not "zu"
    particle = max((p for p in SEPARABLE_PARTICLES if text.startswith(p) and lemma.startswith(p)), key=len, default="")
    text, lemma = text[len(particle):], lemma[len(particle):]   # "einbestellt": ein + bestellt
    if particle and text.startswith("ge") and not lemma.startswith("ge"):
        return True   # "zurückgerufen": a particle longer than the "ge" window
    # "verhaftet", "verurteilt", "beschossen", "zerstört": inseparable prefix, -t/-en ending
    return lemma.startswith(INSEPARABLE_PREFIXES) and text.endswith(("t", "en")) and text[:3] == lemma[:3]


def _agent_adjective(doc: Document, slot: Slot, cues: ModuleType) -> bool:
    """"von »indischen Stellvertretern« unterstützt": a nationality in the agent phrase is the agent."""
    j = skip_back(doc, slot.first - 1, {"DET", "NUM", "ADJ"}, OPENING_QUOTES)
    return j >= 0 and doc.tokens[j].text.lower() in cues.AGENT_PREPS


def skip_back(doc: Document, j: int, pos: set[str], marks: frozenset[str] = frozenset()) -> int:
    """The index of the first token at or before j that is neither of these parts of speech nor one of these
    marks (-1 at the start of the text): where a noun phrase opens."""
    while j >= 0 and (doc.tokens[j].pos in pos or doc.tokens[j].text in marks):
        j -= 1
    return j


def skip_forward(doc: Document, k: int, end: int, pos: Collection[str]) -> int:
    """The twin of ``skip_back``: the index of the first token from k on (before ``end``, at most its last
    token) that is not of these parts of speech."""
    while k < end - 1 and doc.tokens[k].pos in pos:
        k += 1
    return k


def _inflected_after_werden(doc: Document, trigger: Trigger, a: int, end: int) -> bool:
    """"würden von X unterstützt": after a form of "werden" a -t form of a verb whose prefix the participle
    keeps ("unterstützt", "überwacht") is the participle, not the present tense."""
    tok = trigger.token
    text, lemma = tok.text.lower(), tok.lemma.lower()
    return text != lemma and text.endswith("t") and text[:4] == lemma[:4] \
        and any(t.text.lower() in {"würde", "würden", "wurde", "wurden", "wird", "werden"} and t.i < tok.i
                for t in doc.tokens[a:end])


def _after_in(doc: Document, slot: Slot) -> bool:
    """Does the slot stand in an "in" phrase ("in Ankara", "in der mongolischen Hauptstadt")?"""
    j = skip_back(doc, slot.first - 1, {"DET", "ADJ"})
    return j >= 0 and doc.tokens[j].text.lower() in {"in", "im"}


PAST_WERDEN = frozenset({"wurde", "wurden", "worden"})


def _infinitive_like_participle(doc: Document, trigger: Trigger, a: int, end: int) -> bool:
    """"wurde von Erdoğan empfangen", "ist empfangen worden": a participle spelled like its infinitive
    (inseparable prefix, strong verb), passive after a past form of "werden" ("wird empfangen" may be future)."""
    tok = trigger.token
    text = tok.text.lower()
    return text == tok.lemma.lower() and text.startswith(INSEPARABLE_PREFIXES) and text.endswith("en") \
        and any(t.text.lower() in PAST_WERDEN for t in doc.tokens[a:end])


def _in(slots: list[Slot], a: int, b: int) -> list[Slot]:
    return [s for s in slots if a <= s.first and s.last < b]


def _subject(slots: list[Slot], trigger: Trigger, lang: str, parsed: bool,
             doc: Document | None = None) -> Slot | None:
    bare = [s for s in slots if s.role in ({"subj"} if parsed else {"bare"})]
    if not bare:
        return _adjective_subject(slots, trigger, doc) if not parsed else None
    if parsed and doc is not None:
        # with a parse, the subject of the trigger's own predicate wins
        pred = _predicate(doc, trigger)
        attached = [s for s in bare if _governor(doc, s) in pred]
        if attached:
            return attached[0]
        # no subject hangs on the trigger (parser error, ellipsis): the clause's subject before it
        before = [s for s in bare if s.last < trigger.token.i]
        return before[-1] if before else None
    before = [s for s in bare if s.last < trigger.token.i]
    if lang == "en":
        # English subjects precede their verb; a name after it is an object. In "X stormed a station
        # in Y and killed ...", the second verb shares the first one's subject
        verb = _coordinated_verb(trigger, doc) if doc is not None else None
        if verb is not None:
            # the first verb's subject; none of its own even if none is coded
            return next((s for s in reversed(before) if s.last < verb.i), None)
        if not before and not parsed:
            return _adjective_subject(slots, trigger, doc)   # "Turkish drones killed three fighters"
        if doc is not None:
            # "Nauru's President, who is visiting Canberra, signed": not a name inside the relative clause
            # "Abbott, a Republican, welcomed": the man, not what he is
            before = [s for s in before if not _in_relative_clause(doc, s, trigger)
                      and not _apposed_name(doc, s, trigger)] or before
        return before[-1] if before else None
    if trigger.entry.pos == "NOUN":
        # the doer of an event noun that is an object ("X flog Luftangriffe") stands before it
        return before[0] if before else None
    if doc is not None and not before and _in_next_conjunct(doc, trigger, bare[0]):
        # "hatte eine türkische Drohne ein Fahrzeug getroffen und zwei Kämpfer getötet": the object of the next
        # verb is no subject of this one
        return _adjective_subject(slots, trigger, doc) if not parsed else None
    if doc is not None and len(bare) > 1 and bare[1].last < trigger.token.i and _prenominal_owner(doc, bare[0], bare[1]):
        bare = bare[1:]   # "Mileis Sprecher Manuel Adorni lehnte ... ab": the spokesman, not Milei
    if doc is not None and bare[0].first > trigger.token.i and _noun_subject_before(doc, trigger, slots, bare[0]):
        return None   # "Frauenrechtsorganisationen riefen Staatspräsident X auf": X is the object
    return bare[0]


def _in_next_conjunct(doc: Document, trigger: Trigger, slot: Slot) -> bool:
    """Does the slot stand after the German clause-final trigger and a coordinating "und"/"oder"?"""
    between = doc.tokens[trigger.token.i + 1:slot.first]
    return doc.lang == "de" and bool(between) and between[0].text.lower() in ("und", "oder") \
        and not any(t.text == "," for t in between)


def _noun_subject_before(doc: Document, trigger: Trigger, slots: list[Slot], after: Slot) -> bool:
    """Does a noun no actor covers open the German clause as the parse's subject of the finite trigger verb,
    with one person named after the verb who cannot be the subject: a plural noun before a plural verb, or
    any noun when the tagger gives the person an object's case ("Die Organisation Artikel 19 forderte López
    Obrador auf")?"""
    verb = trigger.token
    if verb.i == trigger.clause[0] or after.entity.type != "PER":
        return False
    plural = verb.text.endswith("en")
    if not plural and doc.tokens[after.first].feat("Case") not in ("Acc", "Dat"):
        return False   # ("Eine Entschuldigung lehnte Lula ab": the name in the nominative is the subject)
    covered = {i for s in slots for i in range(s.first, s.last + 1)}
    return any(t.pos == "NOUN" and t.dep == "nsubj" and t.head == verb.i and t.i not in covered
               and (t.feat("Number") == "Plur" or not plural) for t in doc.tokens[trigger.clause[0]:verb.i])


def _beside_the_act(doc: Document, slot: Slot, trigger: Trigger, local: list[Slot]) -> bool:
    """A name that only describes another party: an apposed name, a person's party in brackets, a mediator."""
    return _apposed_name(doc, slot, trigger) or _party_of_person(doc, slot, local) or _mediator(doc, slot)


def _party_of_person(doc: Document, slot: Slot, slots: list[Slot]) -> bool:
    """"Alexander Dobrindt (CSU) kritisierte ...": a party in brackets after a person's name is that person's
    party, not whom the verb acts on."""
    toks = doc.tokens
    return 0 < slot.first and slot.last + 1 < len(toks) and toks[slot.first - 1].text == "(" \
        and toks[slot.last + 1].text == ")" \
        and any(s.last == slot.first - 2 and s.entity.type == "PER" and s.entity.id != slot.entity.id for s in slots)


def _between_relative_commas(doc: Document, first: int, last: int, trigger: Trigger) -> bool:
    """Do the words first..last sit in a ", who/which ... ," insertion before the trigger?"""
    a = trigger.clause[0]
    opening = next((t.i for t in reversed(doc.tokens[a:first]) if t.text == ","), None)
    relatives = resource(doc.lang, "event_verbs").RELATIVE_OPENERS
    if opening is None or doc.tokens[opening + 1].text.lower() not in relatives:
        return False
    return any(t.text == "," for t in doc.tokens[last + 1:trigger.token.i])


def _coordinated_verb(trigger: Trigger, doc: Document) -> Token | None:
    """The verb before "and <trigger verb>" in the same clause (English)."""
    k = trigger.token.i - 1
    while k > trigger.clause[0] and doc.tokens[k].pos in ("AUX", "PART", "ADV"):
        k -= 1   # "and did not recognise", "and has also expelled"
    if k < 1 or doc.tokens[k].text.lower() != "and":
        return None
    # (not a gerund or infinitive governed by the first verb: "laws that ban the agency from operating
    # in Israel and cut all ties" shares the subject of "ban")
    verbs = [t for t in doc.tokens[trigger.clause[0]:k] if t.pos == "VERB"
             and not (t.i > 0 and (doc.tokens[t.i - 1].pos == "ADP" or doc.tokens[t.i - 1].text.lower() == "to"))]
    return verbs[-1] if verbs else None


def clause_opening(doc: Document, trigger: Trigger) -> int:
    """The first token of the trigger's clause after a dateline ("Tallinn (dpa) - Ein russischer Kampfjet ...")."""
    a = trigger.clause[0]
    opening = dateline(doc, doc.sentences[trigger.token.sent])
    while opening is not None and a < trigger.token.i and doc.tokens[a].start < opening[1]:
        a += 1
    return a


def _adjective_subject(slots: list[Slot], trigger: Trigger, doc: Document | None) -> Slot | None:
    """"Israelische Kampfflugzeuge griffen ... an", "Israeli jets struck ...": a nationality adjective
    opening the clause's first noun phrase names the subject's country when the subject itself is no actor."""
    if doc is None or trigger.entry.pos != "VERB":
        return None
    a = clause_opening(doc, trigger)
    for s in slots:
        if s.role == "adj" and s.last < trigger.token.i and _modifies_subject(doc, s, trigger):
            return s   # "after Israeli airstrikes killed ...": the parse makes its noun the verb's subject
        if s.role == "adj" and s.last < trigger.token.i and (s.first == a or (
                s.first == a + 1 and doc.tokens[a].pos in ("DET", "NUM"))):   # ("Drei russische Kampfjets")
            return s
    return None


def _modifies_subject(doc: Document, slot: Slot, trigger: Trigger) -> bool:
    head = doc.tokens[slot.last].head
    if not 0 <= head < len(doc.tokens) or doc.tokens[head].head != trigger.token.i or doc.tokens[head].pos != "NOUN":
        return False
    # (the parser may take a noun right before the verb for an oblique: "after Israeli airstrikes killed")
    return doc.tokens[head].dep == "nsubj" or doc.tokens[head].dep == "obl" and head == trigger.token.i - 1


def _governor(doc: Document, slot: Slot) -> int:
    """Doc index of the word the slot's phrase depends on."""
    ids = range(slot.first, slot.last + 1)
    head = next((doc.tokens[i] for i in ids if doc.tokens[i].head not in ids), doc.tokens[slot.first])
    return head.head


def _predicate(doc: Document, trigger: Trigger) -> set[int]:
    """The trigger and the words its arguments may hang on: for an event noun its verb,
    for an infinitive or participle the governing verb (aux, xcomp, light verb)."""
    tok = trigger.token
    out = {tok.i}
    if tok.head >= 0 and tok.dep in {"obj", "xcomp", "nsubj", "nsubj:pass", "obl", "conj"}:
        out.add(tok.head)
    return out


def recipient_preps(trigger: Trigger, cues: ModuleType) -> set[str]:
    """Prepositions (and "gen") that may introduce this trigger's recipient, by type, by mode, by verb
    ("lieferten sich Gefechte mit der Armee") and for verbs only ("extradited X to the United States",
    not "partnership deals during a visit to Beijing")."""
    entry = trigger.entry
    return set(cues.RECIPIENT_PREPS.get(entry.event, ())) | \
        set(cues.RECIPIENT_PREPS.get(f"{entry.event}:{entry.mode}", ())) | \
        set(cues.RECIPIENT_PREPS.get(f"{entry.event}:{entry.lemma}", ())) | set(entry.needs) | \
        (set(cues.RECIPIENT_PREPS.get(f"{entry.event}:verb", ())) if entry.pos == "VERB" else set())


def _allowed(slot: Slot, preps: set[str], *, bare_ok: bool) -> bool:
    if slot.role in {"obj"} or (bare_ok and slot.role == "bare"):
        return True
    if slot.role == "gen":
        return "gen" in preps
    return slot.role.startswith("pp:") and slot.role[3:] in preps


def _names_act(t: Token, cues: ModuleType) -> bool:
    """A noun for an act or a penalty ("Strafe", "Festnahme", "Schritt")."""
    lemma = t.lemma.lower()
    return t.pos == "NOUN" and (lemma in cues.ACT_NOUNS or lemma in cues.PENALTY_NOUNS)


def _deep_pp(doc: Document, trigger: Trigger, slots: list[Slot], preps: set[str], after: int,
             cues: ModuleType) -> Slot | None:
    """A coded mention inside a recipient PP ("Angriffe auf Ziele nahe der syrischen Hauptstadt"), not one in a
    phrase of an act noun: in "besorgt über die Strafe für Ng" the one punished is not the one judged (but in
    "über den Schritt Pekings" the owner is)."""
    a, b = trigger.clause
    for j in range(after + 1, b):
        tok = doc.tokens[j]
        if tok.pos == "ADP" and tok.text.lower() in preps:
            for s in slots:
                between = doc.tokens[j:s.first]
                nested = s.role.startswith("pp:") and any(_names_act(t, cues) for t in between)
                if j < s.first <= j + 6 and not nested and not any(t.pos in {"VERB", "AUX"} for t in between):
                    # ("marching through the town near the U.S. naval base": where they marched, not against whom;
                    # "arrested the suspects in raids on addresses in London": where the raids were)
                    return None if trigger.entry.event in ("PROTEST", "COERCE") and s.role in SITE_ROLES else s
            return None
    return None


SITE_ROLES = frozenset({"pp:near", "pp:nahe", "pp:in", "pp:at", "pp:bei", "pp:an", "pp:im"})


def assign(doc: Document, trigger: Trigger, slots: list[Slot], cues: ModuleType) -> Roles:
    """Actor(s) and recipient(s) of one trigger within its clause (or sentence for nouns)."""
    a, b = trigger.clause
    parsed = has_parse(doc.tokens[a:b])
    local = [s for s in _in(slots, a, b) if not _border_place(doc, s, trigger, cues)]
    passive = is_passive(doc, trigger, cues)
    entry = trigger.entry
    preps = recipient_preps(trigger, cues)
    if entry.pos == "NOUN":
        actor, recipient = _noun_roles(doc, trigger, local, cues, parsed, preps)
        if actor is None and trigger.token.dep == "obj" and trigger.token.head >= 0:
            # "Die Kammer des Gerichts verhängte Haft gegen ...", "setzten sich durch und erhoben Anklage gegen ..."
            actor = _owned_subject(doc, trigger, local, cues) or _conjunct_verb_subject(doc, trigger, slots)
    elif not parsed and is_infinitive(doc, trigger):
        actor, recipient = _infinitive_roles(doc, trigger, slots, local, preps)
        if actor is not None and doc.lang == "en":
            # "The UN along with the Red Crescent (...) were able to deliver": the whole coordinated subject
            named = [s for s in slots if s.entity.id == actor.entity.id and s.last < actor.first
                     and doc.text[doc.tokens[s.last].end:actor.mention.start].strip() == "("]
            actor = named[-1] if named else actor   # "the International Committee of the Red Cross (ICRC)"
            chain = _whole_conjunction(doc, actor, slots)
            if actor in chain and chain[0].role == "bare":
                actors = chain
                return Roles(actors, with_conjuncts(doc, recipient, local) if recipient else (),
                             "surface", passive)
    else:
        if _thing_relative(doc, trigger, slots, cues):
            return Roles((), (), THING_RELATIVE, passive)
        local = [s for s in local if not _in_relative_clause(doc, s, trigger)]
        actor, recipient = _verb_roles(doc, trigger, local, cues, parsed, passive, preps)
        if actor is not None and _act_noun_subject(doc, trigger, actor, cues):
            actor = None   # "the rebels said the strikes killed 16 people": the strikes killed, not the rebels
        if actor is not None and recipient is not None and recipient.first > actor.first \
                and _as_pronoun(doc, actor, cues):
            actor, recipient = recipient, None   # "wie sie die Taliban verlangt hatten": the pronoun is the thing
        if recipient is not None and entry.event == "COOPERATE" and recipient.role in {"bare", "obj"}:
            recipient = _handed_to(doc, recipient, slots, cues) or recipient
        if not passive and (_gapped(doc, trigger) or _past_after_infinitive(doc, trigger)
                            or _adverbial_participle(doc, trigger)) \
                and (shared := _shared_subject(doc, trigger, slots)):
            # "Ruanda bestreitet ..., und wirft Kinshasa vor": a verb right after "und" has no subject
            # of its own, so a name after it is its object
            if actor is not None and actor.first > trigger.token.i and entry.frame == "so":
                recipient = recipient or actor
            actor = shared
            if recipient is None and _pronoun_object(doc, trigger, cues):
                recipient = _main_object(doc, trigger, slots, actor)   # "..., accusing it of ...": whom it acted on
        if not passive and (actor is None or actor.first > trigger.token.i) \
                and _right_after_und(doc, trigger):
            # "Die Organisatoren, ein Bündnis ..., forderten X und warfen der Regierung vor": no comma before
            # "und", so the clause opens earlier, but the verb right after it still has no subject of its own
            # ("Hunderte Anwohner ... zerrten sie auf die Straße und schlugen sie zu Tode": none the text codes)
            if actor is not None and entry.frame == "so":
                recipient = recipient or actor
            actor = _first_conjunct_subject(doc, trigger, slots)
        if not passive and (actor is None or actor.first > trigger.token.i) \
                and (fronted := _subject_before_comma(doc, trigger, slots)
                     or _subject_before_aside(doc, trigger, slots)) is not None:
            # "In Ottawa begrüßte Carney die Entscheidung, forderte Washington aber auf": a verb opening a
            # clause after a comma, whose subject the parse finds before it, shares the first clause's subject
            if actor is not None and entry.frame == "so":
                recipient = recipient or actor
            actor = fronted
        if actor is None and not passive:
            actor = _possessor_subject(doc, trigger, local) or _owned_subject(doc, trigger, local, cues) \
                or _shared_subject(doc, trigger, slots) or _adopting_body(doc, trigger, cues)
            if actor is not None and recipient is None and _pronoun_object(doc, trigger, cues):
                # "expelled Russia's attaché, accusing him of ...": "him" is whom the main clause acted on
                recipient = _main_object(doc, trigger, slots, actor)
        if actor is None and not passive and (named := _relative_antecedents(doc, trigger, slots)):
            # "drafted by France, Britain and Germany, which accuse Tehran of ...": the relative pronoun
            # subject stands for the names right before it
            recipients = with_conjuncts(doc, recipient, local) if recipient else ()
            return Roles(named, tuple(r for r in recipients if r.entity.id not in {n.entity.id for n in named}),
                         "parse", passive)
    posted = None
    if entry.mode == "withdraw" and entry.event == "SANCTION" and entry.needs:
        # the post an envoy is recalled from wins over the envoy's name or home ("nach Madrid")
        posted = _posted_in(doc, trigger, local, actor)
        recipient = posted or recipient
    if entry.frame == "os":
        actor, recipient = recipient, actor
        if passive and recipient is None and actor is not None:
            # "Putin ist in Ulan-Bator empfangen worden": the host is the state of the place
            recipient = next((s for s in local if _after_in(doc, s) and s.entity.actor.code
                              and s.entity.actor.code != actor.entity.actor.code), None)
    if doc.lang == "en" and entry.pos == "VERB" and not passive and entry.frame == "so" \
            and (first := _first_conjunct_subject(doc, trigger, slots)) is not None and first is not actor:
        # "accused Moscow of turning the sea into a dumping ground and urged the EU to act": the second verb
        # shares the first one's subject, not the object nearest before it
        actor = first
    if doc.lang == "en" and entry.pos == "VERB" and (ordered := _ordered_done(doc, trigger, local, actor)):
        actor, recipient = ordered   # "A court ordered Imamoglu jailed": the court acts on Imamoglu
    if actor is not None and doc.lang == "en" and actor.role == "bare":
        # English picks the subject nearest the verb; "X and Y attacked" needs the whole conjunction
        # (only a conjunction that opens the clause: "consult with X and the US will ..." joins clauses)
        actor = next((s for s in local if s.last < actor.first and s.role == "bare"
                      and not any(t.pos in {"VERB", "AUX"} for t in doc.tokens[a:s.first])
                      and actor in with_conjuncts(doc, s, local)), actor)
    if passive and actor is None and recipient is None and entry.pos == "VERB":
        # "des Bloggers Raif Badawi, der 2014 zu zehn Jahren Haft verurteilt worden war": who the relative
        # pronoun stands for underwent the act
        recipient = _relative_antecedent(doc, trigger, slots, cues)
    recipient = _included_party(_towards_party(recipient, actor, local), local)
    actors = with_conjuncts(doc, actor, local) if actor else ()
    recipients = (posted,) if posted else with_conjuncts(doc, recipient, local) if recipient else ()
    if doc.lang == "en" and entry.pos == "VERB":
        # "signed a pact that allows each country to deploy troops": a party named in a relative clause
        # after the object is that clause's, not the verb's
        recipients = tuple(r for r in recipients if not _after_relative(doc, trigger.token.i, r.first))
    # a conjunct of the subject taken as recipient ("X and the ELN agreed"): it is an actor
    recipients = tuple(r for r in recipients if r.entity.id not in {a.entity.id for a in actors})
    if entry.event not in PARTNERED_TYPES:
        # "vermittelt gemeinsam mit Ägypten zwischen Israel und der Hamas": a partner acts with the actor, it is
        # not acted on (joint work and promises of it are with the partner: "hielten gemeinsam mit der
        # iranischen Marine ein Manöver ab")
        partners = {x.entity.id for r in recipients if _partner(doc, r) for x in with_conjuncts(doc, r, local)}
        recipients = tuple(r for r in recipients if r.entity.id not in partners)
    if actor is not None and entry.pos == "VERB":
        recipients = tuple(r for r in recipients if not _in_apposition(doc, actor, r, trigger))
    if len(actors) > 1 and (clause_has(doc, trigger, EACH_OTHER) or not recipients and (
            _each_other(doc, trigger, cues) or entry.lemma in EXCHANGE_VERBS)):
        # "Indien und Pakistan beschossen sich gegenseitig": each party acts on the other, also when an
        # object is named ("haben sich gegenseitig Spionage vorgeworfen", "jeweils sechs Diplomaten
        # des anderen Landes ausgewiesen")
        return Roles(actors, actors, "parse" if parsed else "surface", passive)
    if (entry.event in RECIPROCAL or entry.cameo == SIGN_AGREEMENT) and len({a.entity.id for a in actors}) > 1 \
            and recipients and all(r.role in {"poss", "gen", "pp:in"} for r in recipients):
        # "X and Y met at Anwar's residence", "on the sidelines of the APEC summit", "unterzeichneten das
        # Dokument in Kairo": the host of the place is no party
        recipients = ()
    if (entry.event in RECIPROCAL or entry.cameo == SIGN_AGREEMENT or _ties_taken_up(doc, trigger)) \
            and not recipients and len({a.entity.id for a in actors}) > 1 and entry.mode != "third-party" \
            and entry.lemma not in PLEDGE_VERBS:
        # "Südkorea und die USA führen eine gemeinsame Übung durch": first party -> other party (a title
        # and its apposed name are one party; mediators named together mediate side by side:
        # "Vermittlung durch die USA, Frankreich und Katar")
        actors, recipients = actors[:1], actors[1:]
    return Roles(actors, recipients, "parse" if parsed else "surface", passive)


PARTNERED_TYPES = frozenset({"COOPERATE", "AGREE"})


def _as_pronoun(doc: Document, slot: Slot, cues: ModuleType) -> bool:
    """Is the slot the pronoun opening a "wie sie" clause (", wie sie die Taliban verlangt hatten")?"""
    k = slot.first
    return k == slot.last and k >= 2 and doc.tokens[k].text.lower() in cues.AS_PRONOUNS \
        and doc.tokens[k - 1].text.lower() == cues.AS_WORD and doc.tokens[k - 2].text == ","


def _ties_taken_up(doc: Document, trigger: Trigger) -> bool:
    """Ties two states take up, restore or cut are between them ("Bahrain und Katar nehmen wieder diplomatische
    Beziehungen auf"); ties they never had are no act ("Japan and North Korea have never established relations")."""
    a, b = trigger.clause
    return bool(RELATION_NOUNS.intersection(trigger.entry.needs)) \
        and not any(t.text.lower() in NEVER_WORDS for t in doc.tokens[a:b])


def _partner(doc: Document, slot: Slot) -> bool:
    """Is the party named after "gemeinsam mit", "zusammen mit", "together with" (articles and adjectives
    between)?"""
    k = slot.first - 1
    while k >= 0 and doc.tokens[k].pos in {"DET", "ADJ", "NUM"}:
        k -= 1
    return k >= 1 and f"{doc.tokens[k - 1].text} {doc.tokens[k].text}".lower() in COMITATIVES


def _in_apposition(doc: Document, actor: Slot, slot: Slot, trigger: Trigger) -> bool:
    """"Kim Yo Jong, the sister of leader Kim Jong Un, warned ...", "Luxon, who was attending the G20
    summit, did not meet ...": a party named between commas after the subject, before its verb,
    describes the subject; so does the owner of the subject's title before such commas ("Der Gouverneur von
    Bangkok, Chadchart Sittipunt, bat ...")."""
    verb = trigger.token.i
    owner = slot.role in {"gen", "pp:von", "pp:of"} and all(t.pos in {"ADP", "DET", "ADJ"}
                                                            for t in doc.tokens[actor.last + 1:slot.first])
    if not actor.last < slot.first < verb or actor.last + 1 >= len(doc.tokens) \
            or doc.tokens[actor.last + 1].text != "," and not owner:
        return False
    return any(t.text == "," for t in doc.tokens[slot.last + 1:verb])


def _after_relative(doc: Document, verb: int, first: int) -> bool:
    words = doc.tokens[verb + 2:first]   # (a relative pronoun right after the verb is a "that"-clause: "said that")
    return any(t.text.lower() in {"that", "which"} and doc.tokens[t.i - 1].pos in {"NOUN", "PROPN"} for t in words)


def _in_relative_clause(doc: Document, slot: Slot, trigger: Trigger) -> bool:
    """"Mudschahid, der die Delegation leitete, verlangte ...", "The party, led by former Prime Minister X,
    demanded": a name inside a relative clause or a participle's insertion that the trigger stands outside of
    belongs to that clause, not to the trigger."""
    k = slot.first - 1
    while k > 0 and doc.tokens[k].sent == doc.tokens[slot.first].sent and doc.tokens[k].text != ",":
        k -= 1
    opener = doc.tokens[k + 1] if k + 1 < slot.first else None
    if opener is None or doc.tokens[k].text != ",":
        return False
    cues = resource(doc.lang, "event_verbs")
    relative = opener.pos == "PRON" and not opener.dep.startswith("det") and opener.text.lower() in cues.RELATIVE_OPENERS
    led_by = opener.text.lower() in cues.LED_BY_PARTICIPLES and doc.tokens[k + 2].text.lower() == "by"
    if not relative and not led_by:
        return False
    end = next((t.i for t in doc.tokens[slot.last + 1:] if t.text == "," or t.sent != doc.tokens[k].sent),
               len(doc.tokens))
    return not k < trigger.token.i < end


def _relative_antecedents(doc: Document, trigger: Trigger, slots: list[Slot]) -> tuple[Slot, ...]:
    """The names (with their conjuncts) right before ", which/who/der/die/das" when that pronoun is the
    parse's subject of the trigger verb."""
    pronoun = _comma_relative(doc, trigger)
    if pronoun is None or pronoun.pos != "PRON" or not pronoun.dep.startswith("nsubj") \
            or pronoun.dep == "nsubj:pass" or pronoun.head != trigger.token.i:
        return ()
    last = next((x for x in slots if x.last == pronoun.i - 2), None)
    return _whole_conjunction(doc, last, slots) if last is not None else ()


def _comma_relative(doc: Document, trigger: Trigger) -> Token | None:
    """The word that opens the trigger's clause right after a comma (the relative pronoun of "Raif Badawi,
    der ...", "the party, which ..."), when a word stands before the comma."""
    a = trigger.clause[0]
    if a < 2 or a >= len(doc.tokens) or doc.tokens[a - 1].text != ",":
        return None
    return doc.tokens[a]


THING_RELATIVE = "thing relative"   # how a trigger got no actor: its subject is a thing ("resolutions that ban")


def _thing_relative(doc: Document, trigger: Trigger, slots: list[Slot], cues: ModuleType) -> bool:
    """"in violation of resolutions that ban North Korea from ...", "Resolutionen, die Nordkorea ...
    verbieten": a relative clause whose pronoun subject stands for an act or text told as background has no
    actor to code (but "passed two laws that ban the agency": the law just made is the actor's act)."""
    verb = trigger.token
    if verb.dep != "acl:relcl" or not 0 <= verb.head < verb.i:
        return False
    antecedent = doc.tokens[verb.head]
    pronoun = any(t.head == verb.i and t.dep == "nsubj" and t.text.lower() in cues.RELATIVE_PRONOUNS
                  for t in doc.tokens[antecedent.i + 1:min(verb.i, antecedent.i + 3)])
    return pronoun and antecedent.dep != "obj" and (antecedent.lemma.lower() in cues.ACT_NOUNS
                                                   or antecedent.text.lower() in cues.ACT_NOUNS) \
        and not any(s.first <= antecedent.i <= s.last for s in slots)


def _whole_conjunction(doc: Document, slot: Slot, slots: list[Slot]) -> tuple[Slot, ...]:
    """The whole coordination a slot is a conjunct of ("France, Britain and Germany"), from its first conjunct."""
    head = next((s for s in slots if s.last <= slot.first and slot in with_conjuncts(doc, s, slots)), slot)
    return with_conjuncts(doc, head, slots)


def _shared_subject(doc: Document, trigger: Trigger, slots: list[Slot]) -> Slot | None:
    """"Mulino warf X vor, die Gewalt zu finanzieren, und drohte ihnen ...": a verb whose clause opens
    with "und" (or, in English, with the verb's -ing form) after a comma shares the subject the sentence
    opened with."""
    a = trigger.clause[0]
    start = doc.sentences[trigger.token.sent].token_start
    # (and "Britain expelled the attaché, accusing him of ...": an -ing clause after a comma)
    participle = doc.lang == "en" and trigger.token.i == a and trigger.token.text.lower().endswith("ing")
    if _adverbial_participle(doc, trigger):
        a, participle = trigger.token.i, True   # (the clause the parse draws may take in the main clause)
        # the main verb's own subject, not one of a clause fronted before it ("While he was away, gangs
        # attacked ..., freeing thousands of inmates")
        main = trigger.token.head
        subj = next((t for t in doc.tokens[start:a] if t.head == main and t.dep in ("nsubj", "nsubj:pass")), None)
        if subj is not None and (held := _slot_holding(slots, subj)) is not None:
            return held
    if _past_after_infinitive(doc, trigger):
        a = trigger.token.i - 1
    elif a < 1 or doc.tokens[a - 1].text != "," or not (
            participle or doc.tokens[a].text.lower() in SHARED_SUBJECT_CONJUNCTIONS):
        return None
    first_verb = next((t.i for t in doc.tokens[start:a] if t.pos in {"VERB", "AUX"}), a)
    # ("A Jordanian truck driver opened fire ..., killing three civilians": a nationality before the first verb)
    subject = next((s for s in slots if start <= s.first < a and (s.role in {"subj", "bare"}
                                                                    or s.role == "adj" and s.last < first_verb)), None)
    while subject is not None and (head := next((s for s in slots if s.first == subject.last + 1), None)):
        subject = head   # "ELN rebels": the phrase's head, not its modifier
    return subject


SHARED_SUBJECT_CONJUNCTIONS = frozenset({"und", "and"})


STATED_ACTS = frozenset({"ACCUSE", "REQUEST", "THREATEN", "SANCTION", "REJECT"})


def _conjunct_verb_subject(doc: Document, trigger: Trigger, slots: list[Slot]) -> Slot | None:
    """"Die Republikaner setzten sich durch und erhoben damit Anklage gegen den Minister": the object noun of a
    verb joined to an earlier one by "und" has that verb's subject as its doer."""
    verb = doc.tokens[trigger.token.head]
    # (a charge, demand, threat or penalty is what its verb makes; aid or an attack can be what it acts on:
    # "plan attacks on civilians, steal humanitarian aid")
    if trigger.entry.event not in STATED_ACTS or verb.dep != "conj" or verb.head < 0 or verb.pos not in {"VERB", "AUX"}:
        return None
    sentence = doc.sentence_tokens(doc.sentences[verb.sent])
    if any(t.head == verb.i and t.dep.startswith("nsubj") for t in sentence):
        return None   # the second verb has a subject of its own
    subject = next((t for t in sentence if t.head == verb.head and t.dep.startswith("nsubj")), None)
    return _slot_holding(slots, subject) if subject is not None else None


def _subject_before_comma(doc: Document, trigger: Trigger, slots: list[Slot]) -> Slot | None:
    """The party the parse makes subject of a German verb that opens its clause right after a comma, when
    that subject stands before the comma in a clause of the writer's own ("begrüßte Carney die
    Entscheidung, forderte Washington aber auf"); after quoted words the subject follows the verb."""
    k, a = trigger.token.i, trigger.clause[0]
    start = doc.sentences[trigger.token.sent].token_start
    if doc.lang != "de" or k != a or a < start + 2 or doc.tokens[a - 1].text != "," \
            or "Mood=Ind" not in trigger.token.morph:
        return None
    before = doc.tokens[start:a - 1]
    own = any(t.head == k and t.dep.startswith("nsubj") for t in doc.tokens[k + 1:trigger.clause[1]])
    if any("Mood=Sub" in t.morph for t in before) or doc.tokens[start].text in QUOTE_MARKS \
            or (own and any(t.text in QUOTE_MARKS for t in before)):
        return None
    # (a parse may hang the second verb on the first, or on a word of its clause: "nannte die Entscheidung
    # „enttäuschend“, sagte aber zu")
    heads = {k}
    h = doc.tokens[k].head
    while not own and h in range(start, a - 1) and len(heads) < 4:
        heads.add(h)
        h = doc.tokens[h].head
    subject = next((t for t in before if t.head in heads and t.dep == "nsubj"), None)
    return None if subject is None else _slot_holding(slots, subject)


def _subject_before_aside(doc: Document, trigger: Trigger, slots: list[Slot]) -> Slot | None:
    """"President Joe Biden, speaking during a visit to Ireland, praised the FBI": an English verb right after a
    participle phrase set off by commas has the name that opens the sentence for its subject."""
    k, a = trigger.token.i, trigger.clause[0]
    start = doc.sentences[trigger.token.sent].token_start
    if doc.lang != "en" or k != a or a < start + 4 or doc.tokens[a - 1].text != ",":
        return None
    first = next((t.i for t in reversed(doc.tokens[start:a - 1]) if t.text == ","), None)
    if first is None or first + 1 >= a - 1:
        return None
    aside = doc.tokens[first + 1:a - 1]
    opener = aside[0].text.lower()
    if not (aside[0].pos == "VERB" and opener.endswith(("ing", "ed"))) \
            or any(t.pos in {"VERB", "AUX"} and t.dep not in ASIDE_VERB_DEPS for t in aside[1:]):
        return None
    named = [sl for sl in slots if start <= sl.first and sl.last == first - 1 and sl.role == "bare"]
    return named[0] if named else None


# The verbs a participle phrase between commas may hold ("speaking during a visit", "flanked by ministers who ...")
ASIDE_VERB_DEPS = frozenset({"acl", "advcl", "xcomp", "acl:relcl", "relcl", "conj", "aux", "aux:pass"})


def _slot_holding(slots: list[Slot], token: Token) -> Slot | None:
    return next((s for s in slots if s.first <= token.i <= s.last), None)


def _handed_to(doc: Document, person: Slot, slots: list[Slot], cues: ModuleType) -> Slot | None:
    """"extradited Macías, the leader of the gang, to the United States", "an die USA ausgeliefert": the
    state the person is handed to, also past an apposition that ends the clause (up to the next verb)."""
    handed_to = {f"pp:{p}" for p in cues.RECIPIENT_PREPS.get("COOPERATE:verb", ())}
    for s in slots:
        if s.first > person.last and s.role in handed_to:
            between = doc.tokens[person.last + 1:s.first]
            return None if any(t.pos in {"VERB", "AUX"} for t in between) else s
    return None


def _past_after_infinitive(doc: Document, trigger: Trigger) -> bool:
    """"Yunus asked the UN to help organise a conference and pressed for ...": a past verb after "and"
    cannot join the infinitive before it, so it joins the sentence's first verb and shares its subject."""
    tok, start = trigger.token, doc.sentences[trigger.token.sent].token_start
    return doc.lang == "en" and tok.i > start and doc.tokens[tok.i - 1].text.lower() == "and" \
        and tok.feat("Tense") == "Past" \
        and (last := next((t for t in reversed(doc.tokens[start:tok.i]) if t.pos == "VERB"), None)) is not None \
        and last.feat("VerbForm") == "Inf"


def _next_conjunct_verb(doc: Document, trigger: Trigger) -> int | None:
    """Where "and"/"und" joins a next finite verb to the trigger's ("condemned the move and called on the
    junta", "verurteilte die Entscheidung und forderte die Junta auf"), within the trigger's clause."""
    a, b = trigger.clause
    for k in range(trigger.token.i + 1, b - 1):
        if doc.tokens[k].text.lower() not in CONJUNCT_WORDS:
            continue
        nxt = doc.tokens[k + 1]
        if nxt.pos == "VERB" and (nxt.feat("VerbForm") == "Fin" or "Mood=Ind" in nxt.morph):
            return k
    return None


def _joined_verb(doc: Document, trigger: Trigger) -> bool:
    """A German finite verb right after "und" that follows another finite verb of its clause ("sicherte
    Vilnius Solidarität zu und drohte Minsk"): its object comes after it."""
    k = trigger.token.i
    if doc.lang != "de" or trigger.entry.pos != "VERB" or k < 1 or doc.tokens[k - 1].text.lower() != "und":
        return False
    return any(t.pos == "VERB" and "Mood=Ind" in t.morph for t in doc.tokens[trigger.clause[0]:k - 1])


def _first_conjunct_subject(doc: Document, trigger: Trigger, slots: list[Slot]) -> Slot | None:
    """The subject of the verb this verb is a conjunct of, when it has none of its own ("X accused Y of ...
    and urged Z"), as the parser reads it."""
    verb = trigger.token
    if verb.dep != "conj" or verb.head < 0 or doc.tokens[verb.head].pos != "VERB":
        return None
    tokens = doc.sentence_tokens(doc.sentences[verb.sent])
    if any(t.head == verb.i and t.dep.startswith("nsubj") for t in tokens):
        return None
    subject = next((t for t in tokens if t.head == verb.head and t.dep == "nsubj"), None)
    return None if subject is None else _slot_holding(slots, subject)


def _right_after_und(doc: Document, trigger: Trigger) -> bool:
    """A German verb right after "und"/"oder" in its clause, or opening it: its subject is elided."""
    k = trigger.token.i
    return doc.lang == "de" and k > trigger.clause[0] and doc.tokens[k - 1].text.lower() in ("und", "oder")


def _gapped(doc: Document, trigger: Trigger) -> bool:
    """A German verb right after the word that opens its clause (``_shared_subject`` checks it is "und"):
    its subject is elided."""
    return doc.lang == "de" and trigger.token.i == trigger.clause[0] + 1


def _adverbial_participle(doc: Document, trigger: Trigger) -> bool:
    """"imposed sanctions on Cartes and the vice president, Hugo Velázquez, accusing both men of corruption":
    an -ing clause the parse hangs on the main verb has that verb's subject, not the name before the comma."""
    tok = trigger.token
    return doc.lang == "en" and tok.text.lower().endswith("ing") and tok.dep == "advcl" and tok.head < tok.i \
        and doc.tokens[tok.i - 1].text == ","


def _pronoun_object(doc: Document, trigger: Trigger, cues: ModuleType) -> bool:
    nxt = doc.tokens[trigger.token.i + 1] if trigger.token.i + 1 < len(doc.tokens) else None
    return nxt is not None and nxt.text.lower() in cues.OBJECT_PRONOUNS


def _main_object(doc: Document, trigger: Trigger, slots: list[Slot], actor: Slot) -> Slot | None:
    """The first party after the subject in the clause before the trigger's (places aside)."""
    start = doc.sentences[trigger.token.sent].token_start
    return next((s for s in slots if start <= s.first < trigger.clause[0] and s.first > actor.last
                 and s.entity.id != actor.entity.id and s.entity.type not in ("LOC",)), None)


def _possessor_subject(doc: Document, trigger: Trigger, local: list[Slot]) -> Slot | None:
    """"The U.S. Navy's Fifth Fleet ... called on Tehran": a subject whose head names no actor
    is its possessor's (English; the clause opens with the possessive phrase)."""
    if doc.lang != "en":
        return None
    a = trigger.clause[0]
    first = next((s for s in local if s.last < trigger.token.i), None)
    if first is None or first.role != "poss" or any(t.pos not in {"DET", "PUNCT"} for t in doc.tokens[a:first.first]):
        return None
    return first


def _owned_subject(doc: Document, trigger: Trigger, local: list[Slot], cues: ModuleType) -> Slot | None:
    """"Die Ermittlungskammer des Gerichts verhängte ...", "Units of the army attacked ...": a subject noun
    that names no actor acts for the coded owner it governs (the parse says which noun is the subject).
    Weapons are left to the event coder, which says so ("Kampfflugzeuge der Armee bombardierten")."""
    pred = _predicate(doc, trigger)
    a, b = trigger.clause
    heads = {t.i for t in doc.tokens[a:b] if t.dep == "nsubj" and t.head in pred and t.pos == "NOUN"
             and not t.text.lower().endswith(cues.WEAPON_NOUNS)}
    if not heads or any(_slot_holding(local, doc.tokens[h]) for h in heads):
        return None
    return next((s for s in local if s.role in {"gen", "pp:of", "pp:von"} and _governor(doc, s) in heads
                 and s.entity.actor.code), None)


# Codes and sectors of the bodies that adopt resolutions: the UN's, the EU's and other international ones, parliaments
ADOPTING_CODES = frozenset({"UNO", "EUR", "IGO"})


def _adopting_body(doc: Document, trigger: Trigger, cues: ModuleType) -> Slot | None:
    """"The resolution also urges all countries to ...", "Die Resolution fordert ...": a resolution acts for the
    body named last before it that adopts resolutions (an international body or a parliament)."""
    pred = _predicate(doc, trigger)
    a, b = trigger.clause
    if not any(t.dep == "nsubj" and t.head in pred and (t.lemma or t.text).lower() in cues.RESOLUTION_NOUNS
               for t in doc.tokens[a:b]):
        return None
    return latest_mention(doc, trigger.token.start, lambda ent: ent.type == "ORG" and (
        ent.actor.code in ADOPTING_CODES or ent.actor.sector == "LEG"))


EACH_OTHER = ("gegenseitig", "einander", "des anderen landes", "des jeweils anderen landes", "each other",
              "one another")
MUTUAL_TYPES = {"ASSAULT", "ACCUSE", "THREATEN"}


def _each_other(doc: Document, trigger: Trigger, cues: ModuleType) -> bool:
    # "X und Y lieferten sich Gefechte": with two parties a reflexive hostile act is mutual ("Südkorea und Japan
    # äußerten sich besorgt" is not: the verb is reflexive by itself)
    return clause_has(doc, trigger, EACH_OTHER) or (trigger.entry.event in MUTUAL_TYPES
                                                    and trigger.entry.lemma not in cues.REFLEXIVE_VERBS
                                                    and clause_has(doc, trigger, ("sich",)))


def clause_has(doc: Document, trigger: Trigger, phrases: Sequence[str], own: bool = False) -> bool:
    """Does one of these lower-case word sequences occur in the trigger's clause? With ``own``, a relative
    clause on its subject does not count ("Moscow, which has long acted as a mediator, urged restraint")."""
    tokens = doc.tokens[trigger.clause[0]:trigger.clause[1]]
    if own:
        tokens = [t for t in tokens if not (t.i < trigger.token.i and _between_relative_commas(doc, t.i, t.i, trigger))]
    text = " " + " ".join(t.text.lower() for t in tokens) + " "
    return any(f" {p} " in text for p in phrases)


def is_infinitive(doc: Document, trigger: Trigger) -> bool:
    """A to/zu-infinitive ("to negotiate", "zu bewegen", "abzuziehen"): its subject is not in its clause."""
    tok = trigger.token
    if trigger.entry.pos != "VERB":
        return False
    prev = doc.tokens[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.text.lower() in {"zu", "to"} and prev.pos in {"PART", "ADP", "X"}:
        return True
    after = [t.text.lower() for t in doc.tokens[tok.i + 1:tok.i + 5]]
    if after[:1] == ["zu"] and after[1:] and after[1] in {"haben", "sein", "werden"}:
        return True   # "getötet zu haben"
    if after[:1] in (["und"], ["oder"]) and _shared_perfect_zu(doc, tok.i + 2):
        # "Bestechungsgelder verlangt und angenommen zu haben", "zu Unruhen aufgerufen und die soziale Ordnung
        # gefährdet zu haben"
        return True
    text, lemma = tok.text.lower(), tok.lemma.lower()
    return doc.lang == "de" and infixed_zu(text, lemma)


def _shared_perfect_zu(doc: Document, start: int) -> bool:
    """Does the conjunct from ``start`` end in a perfect infinitive ("... gefährdet zu haben") before any comma?"""
    for k in range(start, min(start + PERFECT_ZU_REACH, len(doc.tokens) - 1)):
        text = doc.tokens[k].text.lower()
        if text in {",", ".", ";"}:
            return False
        if text == "zu" and doc.tokens[k + 1].text.lower() in {"haben", "sein"}:
            return True
    return False


PERFECT_ZU_REACH = 9   # words of a second conjunct before its "zu haben"


def _infinitive_roles(doc: Document, trigger: Trigger, slots: list[Slot], local: list[Slot],
                      preps: set[str]) -> tuple[Slot | None, Slot | None]:
    """Subject of the governing clause is the actor; the infinitive's own noun phrases are objects."""
    a, _ = trigger.clause
    # English: the subject before "to" may share the infinitive's clause ("X was able to deliver")
    end = trigger.token.i if doc.lang == "en" else a
    before = [s for s in slots if s.last < end and s.role == "bare"]
    sent_start = doc.sentences[trigger.token.sent].token_start
    actor = None
    if before:
        actor = (_subject_control(doc, trigger, before) or before[-1]) if doc.lang == "en" else next(
            (s for s in before if s.first >= sent_start), before[0])
    rest = [s for s in local if (actor is None or s.entity.id != actor.entity.id)
            and (doc.lang != "en" or s.first > trigger.token.i)]
    recipient = next((s for s in rest if _allowed(s, preps, bare_ok=trigger.entry.frame != "s")), None)
    if recipient is None and trigger.entry.frame == "so":
        recipient = _object_owner(doc, rest, trigger)
    return actor, recipient


def _subject_control(doc: Document, trigger: Trigger, before: list[Slot]) -> Slot | None:
    """The subject of the verb governing an English infinitive when that verb keeps the act to its subject
    ("Modi telephoned Ramgoolam to congratulate him"); None when the verb hands it to its object ("urged
    Israel to withdraw") or names no object."""
    sent_start = doc.sentences[trigger.token.sent].token_start
    verb = next((t for t in reversed(doc.tokens[sent_start:trigger.token.i]) if t.pos == "VERB"), None)
    if verb is None or verb.lemma.lower() in getattr(resource(doc.lang, "syntax"), "OBJECT_CONTROL", ()) \
            and not _phone_call(doc, verb):
        return None
    subjects = [s for s in before if s.last < verb.i and s.first >= sent_start]
    objects = [s for s in before if s.first > verb.i]
    return subjects[-1] if subjects and objects else None


def _phone_call(doc: Document, verb: Token) -> bool:
    """"Putin called Trump to congratulate him": a call verb with a name right after it (`CALL_VERBS`)."""
    nxt = doc.tokens[verb.i + 1] if verb.i + 1 < len(doc.tokens) else None
    calls = getattr(resource(doc.lang, "syntax"), "CALL_VERBS", ())
    return verb.lemma.lower() in calls and nxt is not None and nxt.pos == "PROPN"


# Nouns naming part of a place: "von X" after them names the place, not a passive's agent ("auf einen Vorort von Beirut")
PLACE_PARTS = frozenset({"vorort", "stadtrand", "zentrum", "stadtzentrum", "umgebung", "nähe", "norden", "süden",
                         "osten", "westen", "stadtteil", "außenbezirk", "hafen", "outskirts", "suburb", "centre",
                         "center", "north", "south", "east", "west"})


def _act_noun_agent(doc: Document, slot: Slot) -> bool:
    """"wegen Bestechung durch den Baukonzern verurteilt": a "durch" phrase right after a noun that itself
    follows a preposition names who did that noun's act, not the passive's agent (German: the verb comes last,
    so its own agent stands apart)."""
    k = skip_back(doc, slot.first - 1, {"DET", "ADJ", "NOUN"})   # "durch den Baukonzern Odebrecht"
    if doc.lang != "de" or k < 2 or doc.tokens[k].text.lower() != "durch" or doc.tokens[k - 1].pos != "NOUN":
        return False
    j = skip_back(doc, k - 2, {"DET", "ADJ"})
    return j >= 0 and doc.tokens[j].pos == "ADP" and doc.tokens[j].sent == doc.tokens[slot.first].sent


def _part_of_place(doc: Document, slot: Slot) -> bool:
    return slot.entity.type in ("GPE", "LOC") and slot.first >= 2 \
        and doc.tokens[slot.first - 2].text.lower() in PLACE_PARTS


MOVED_FORCES = frozenset({"MIL", "COP"})
AGAINST_ROLES = frozenset({"pp:gegen", "pp:against"})


def _partitive(doc: Document, slot: Slot, cues: ModuleType) -> bool:
    """"Viele von ihnen seien abgeschoben worden", "two of them were arrested": a part taken from the phrase,
    which is the patient, not the passive's agent."""
    j = _preposition_at(doc, slot)
    return j >= 1 and doc.tokens[j].text.lower() in cues.PART_PREPOSITIONS \
        and (doc.tokens[j - 1].pos == "NUM" or doc.tokens[j - 1].text.lower() in cues.PART_WORDS)


def _source_phrase(doc: Document, slot: Slot, cues: ModuleType) -> bool:
    """"Nach Angaben von Angehörigen wurden ... in Gewahrsam genommen": who tells of the act, not its agent."""
    j = _preposition_at(doc, slot)
    return j >= 1 and doc.tokens[j - 1].text.lower().endswith(tuple(cues.SOURCE_HEADS))


def _preposition_at(doc: Document, slot: Slot) -> int:
    """The index of the preposition opening the slot's phrase (past its articles), or -1."""
    j = skip_back(doc, slot.first - 1, {"DET"})
    return j if j >= 0 and doc.tokens[j].pos == "ADP" else -1


def _verb_roles(doc: Document, trigger: Trigger, local: list[Slot], cues: ModuleType, parsed: bool,
                passive: bool, preps: set[str]) -> tuple[Slot | None, Slot | None]:
    frame, lang = trigger.entry.frame, doc.lang
    if passive:
        agent = next((s for s in local if s.role in {f"pp:{p}" for p in cues.AGENT_PREPS} and not _part_of_place(doc, s)
                      and not _act_noun_agent(doc, s) and not _partitive(doc, s, cues)
                      and not _source_phrase(doc, s, cues)
                      or s.role == "adj" and _agent_adjective(doc, s, cues)), None)
        if lang == "en" and _reduced_relative(doc, trigger.token):
            # "five Iranians charged with ...": the noun the participle follows undergoes it
            patient = next((s for s in local if s.last == trigger.token.i - 1), None)
            return agent, patient if frame != "s" else None
        patient = next((s for s in local if s.role in {"bare", "subj", "obj"}), None)
        if patient is None:
            # "Dozens of activists were detained", "vier Mitarbeiter des Unternehmens wurden festgenommen": the
            # people counted before the verb (not the doer of "bei einem Luftangriff der Junta")
            patient = next((s for s in local if s.role == "gen" and s.last < trigger.token.i
                            and not _after_preposition(doc, s)), None)
        if patient is None:
            # "Trump's proposal ... has been rejected by Egypt": the owner of what the passive acts on
            patient = next((s for s in local if s.role == "poss" and s.last < trigger.token.i
                            and not _after_preposition(doc, s)), None)
        if patient is None:
            # "vier malische Mitarbeiter wurden festgenommen", "six Colombian nationals were arrested": the
            # nationality of the people the passive acts on
            patient = next((s for s in local if s.role == "adj" and s.last < trigger.token.i
                            and not _after_preposition(doc, s)), None)
        if patient is None:
            # "Viele von ihnen seien abgeschoben worden": those a part is taken from
            patient = next((s for s in local if s.last < trigger.token.i and _partitive(doc, s, cues)), None)
        if agent is None and frame == "s" and trigger.entry.event == "MOBILIZE" and patient is not None \
                and (patient.entity.actor.sector in MOVED_FORCES or _partitive(doc, patient, cues)):
            # "National Guard troops were deployed to Los Angeles": the forces moved move; "Die Armee wurde nicht
            # gegen die Demonstranten eingesetzt": against whom they are sent is the recipient
            return patient, next((s for s in local if s.role in AGAINST_ROLES and s.entity.id != patient.entity.id), None)
        return agent, patient if frame != "s" else None
    # a name phrase holding the frame's required noun ("russische Diplomaten" for "ausweisen") is its object
    objects = [s for s in local if trigger.entry.needs and any(
        noun_fits(t.lemma.lower(), need, compounds=False) for t in doc.tokens[s.first:s.last + 1] for need in trigger.entry.needs)]
    actor = _subject([s for s in local if s not in objects], trigger, lang, parsed, doc)
    taken = {s.entity.id for s in with_conjuncts(doc, actor, local)} if actor else set()
    if actor is not None and actor.entity.actor.code:
        # the actor's own troops or envoys are its means, not the recipient ("zog seinen Botschafter
        # aus Litauen ab", "schickte Soldaten an die Grenze"); foreign ones are ("wies russische Diplomaten aus")
        # (a parliament or party is no means: "löste das Parlament auf" acts on it)
        taken |= {s.entity.id for s in objects if s.entity.actor.code == actor.entity.actor.code
                  and s.entity.actor.sector not in BODIES_ACTED_ON
                  or (_possessed(doc, s) and trigger.entry.event in MEANS_EVENTS)}   # "rief seine Botschafter zurück"
    rest = [s for s in local if s.entity.id not in taken and not _beside_the_act(doc, s, trigger, local)
            and not _subject_attribute(doc, s, trigger)
            and not (actor is not None and _actors_own_phrase(doc, s, actor, trigger))
            and not _judged_as(doc, s, trigger)
            and not (trigger.entry.event not in VIOLENT_TYPES and victim_of_aggression(doc, s, cues))]
    if lang == "en" and not parsed or _joined_verb(doc, trigger):
        rest = [s for s in rest if s.first > trigger.token.i] or rest
    if trigger.entry.pos == "VERB" and (stop := _next_conjunct_verb(doc, trigger)) is not None:
        # "condemned the move and called on the junta to ...": what follows the next verb is its own
        rest = [s for s in rest if s.first < stop or s.last < trigger.token.i]
    bare_ok = frame != "s" and not parsed
    if frame == "os":
        preps = set()   # the visitor of "empfing X" is its object, never a place phrase ("in Moskau")
    recipient = next((s for s in rest if _allowed(s, preps, bare_ok=bare_ok)
                      and (frame != "s" or s.role.startswith("pp:"))), None)
    if recipient is not None and recipient.role == "bare":
        # "Sweden's NATO membership": a name right after a possessor modifies the possessed noun
        recipient = next((s for s in rest if s.role == "poss" and 0 < recipient.first - s.last <= 2), recipient)
    if recipient is None and trigger.entry.event == "REJECT":
        # "threw out Mexico's lawsuit against American gun makers": the owner of the refused claim
        recipient = next((s for s in rest if s.role == "poss" and s.first > trigger.token.i), None)
    recipient = _judged_owner(recipient, rest, trigger)
    if recipient is not None and actor is not None and recipient.last < actor.first and frame == "so" \
            and _noun_attached_pp(doc, recipient):
        # "Bei Protesten gegen die Regierung nahm die Polizei Dutzende Demonstranten fest": the party of a phrase
        # on a noun before the subject is the noun's; the object after the subject is whom the act hits
        recipient = next((s for s in rest if s.first > actor.last and s.role in {"bare", "obj"}
                          and _allowed(s, preps, bare_ok=bare_ok)), recipient)
    if recipient is not None and recipient.role.startswith("pp:") and frame == "so" and not parsed \
            and recipient.entity.actor.sector is None \
            and (owner := _object_owner(doc, [s for s in rest if s.last < recipient.first], trigger)) is not None \
            and owner.entity.actor.code:
        # "griff das Hauptquartier der russischen Schwarzmeerflotte auf der Krim an": the target's owner, not
        # the place it stands in
        recipient = owner
    if recipient is None:
        recipient = _judged_owner(_deep_pp(doc, trigger, rest, preps, trigger.token.i if lang == "en"
                                           else trigger.clause[0] - 1, cues), rest, trigger)
    if recipient is None and frame == "so":
        recipient = _object_owner(doc, rest, trigger)
    if recipient is None and frame == "so" and trigger.token.dep:
        # "sagte der Mission 20 Millionen Euro zu": a dative the articles leave open ("der") is the parse's
        recipient = next((s for s in rest if s.role == "gen" and _dative_of(doc, s, trigger.token.i)), None)
    if recipient is None and trigger.entry.event == "SANCTION":
        # "Zölle auf Waren aus den Vereinigten Staaten", "tariffs on goods from the United States"
        recipient = _origin(rest, trigger.clause[0])
    if recipient is not None and actor is not None and trigger.entry.event == "MOBILIZE" \
            and recipient.role.startswith("pp:") and recipient.entity.actor.code == actor.entity.actor.code \
            and recipient.entity.actor.sector not in OPPONENT_SECTORS:
        recipient = None   # "Police deployed additional officers around the court building": where, not against whom
    return actor, recipient


# Phrases that name whom an act of one's own is owed to ("die Pflichten Washingtons gegenüber Manila")
TOWARDS_ROLES = frozenset({"pp:gegenüber", "pp:towards", "pp:toward"})


def _included_party(recipient: Slot | None, local: list[Slot]) -> Slot | None:
    """"asked political leaders, including Trump and Vance, to stop": the parties named among an unnamed group
    are whom the act is aimed at."""
    if recipient is None or recipient.mention.kind != "title":
        return recipient
    return next((s for s in local if s.role == "pp:including" and 0 < s.first - recipient.last <= 3), recipient)


def _towards_party(recipient: Slot | None, actor: Slot | None, local: list[Slot]) -> Slot | None:
    """"bekräftigte die Beistandspflichten Washingtons gegenüber Manila": the actor's own side as a genitive is
    whose the thing is; the party it is owed to comes after "gegenüber"/"towards"."""
    if recipient is None or actor is None or recipient.role != "gen" \
            or recipient.entity.actor.code != actor.entity.actor.code:
        return recipient
    return next((s for s in local if s.role in TOWARDS_ROLES and s.first > recipient.last
                 and s.entity.actor.code != actor.entity.actor.code), recipient)


# Sectors of those a state's own deployment can be aimed at
OPPONENT_SECTORS = frozenset({"REB", "OPP", "CVL"})


def _judged_owner(recipient: Slot | None, rest: list[Slot], trigger: Trigger) -> Slot | None:
    """"praised Poland's support for Ukraine", "endorsed Morocco's plan for autonomy in Western Sahara": the
    owner of the judged act, not a phrase inside it."""
    if recipient is None or trigger.entry.event not in JUDGING_EVENTS \
            or not (recipient.role.startswith("pp:") or recipient.role == "bare" and trigger.entry.pos == "VERB"):
        return recipient
    ahead = [s for s in rest if trigger.token.i < s.first < recipient.first]
    # (the owner must open the object: "backed Morocco's autonomy plan for the disputed Western Sahara")
    return ahead[0] if ahead and ahead[0].role == "poss" else recipient


# Judging verbs whose object may be followed by what it is judged as ("condemned the strikes as a
# violation of Syria's sovereignty", "kritisierte die Auflösung als Rückschlag für Thailand")
JUDGING_EVENTS = frozenset({"ACCUSE", "SUPPORT"})
AS_WORDS = frozenset({"as", "als"})
COMPARATIVES = frozenset({"mehr", "weniger", "more", "less", "such", "so", "rather", "anders", "sowohl"})


def _judged_as(doc: Document, slot: Slot, trigger: Trigger) -> bool:
    """Is the slot inside the "as ..." phrase of a judgement, after its object? It names what the act is
    judged to be, not whom it judges."""
    if trigger.entry.event not in JUDGING_EVENTS or trigger.entry.pos != "VERB":
        return False
    k, (a, b) = trigger.token.i, trigger.clause
    a = a if k >= b - 2 else max(a, k + 1)   # (a German verb closing its clause follows its "als")
    for j in range(a + 1, slot.first):
        tok = doc.tokens[j]
        if tok.text.lower() in AS_WORDS and doc.tokens[j - 1].text.lower() not in COMPARATIVES \
                and any(t.pos == "NOUN" for t in doc.tokens[a:j]):
            return True
    return False


def _prenominal_owner(doc: Document, owner: Slot, head: Slot) -> bool:
    """A German genitive name right before the title of another actor ("Libanons geschäftsführender
    Ministerpräsident Nadschib Mikati", "Mileis Sprecher"): it owns that actor's title."""
    gap = doc.tokens[owner.last + 1:head.first]
    return doc.lang == "de" and owner.last < head.first and owner.entity.id != head.entity.id \
        and doc.tokens[owner.last].text.endswith("s") \
        and head.entity.type in ("PER", "ORG") and all(t.pos == "ADJ" for t in gap) \
        and doc.tokens[head.first].text[:1].isupper()


def _subject_attribute(doc: Document, slot: Slot, trigger: Trigger) -> bool:
    """"Der Vorsitzende der AU-Kommission, X, bot an": a genitive inside the noun phrase that opens
    a German clause before its verb belongs to the subject, it is no recipient."""
    if doc.lang != "de" or slot.role != "gen" or slot.last >= trigger.token.i:
        return False
    before = doc.tokens[trigger.clause[0]:slot.first]
    return bool(before) and before[0].pos == "DET" and all(t.pos in NOUN_PHRASE_POS for t in before)


NOUN_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})


def _subject_modifier(doc: Document, slot: Slot, actor: Slot, trigger: Trigger) -> bool:
    """"Oppositionsführer Feijóo von der Volkspartei (PP) forderte Sánchez auf": a German clause holds
    one phrase before its verb, so a prepositional phrase between the subject and the verb belongs to it."""
    toks = doc.tokens
    if doc.lang == "de" and slot.role == "gen" and actor.last < slot.first < trigger.token.i \
            and trigger.clause[0] <= actor.first and actor.mention.kind not in ("name", "pronoun"):
        # "Die Staats- und Regierungschefs der Staatengemeinschaft Asean haben ... verurteilt": a genitive
        # right after a subject that opens the clause, before its first verb, is the subject's ("hatte Schocken
        # der Regierung vorgeworfen" is a dative; a pronoun takes none: "weil er die Vorladung des Kongresses ...")
        # ("Der Gouverneur von Texas": a genitive spelled with a preposition)
        between = toks[actor.last + 1:slot.last + 1]
        between = between[1:] if between and between[0].pos == "ADP" else between
        return not any(t.pos in {"VERB", "AUX"} for t in toks[trigger.clause[0]:actor.first]) \
            and all(t.pos in NOUN_PHRASE_POS for t in between)
    if doc.lang != "de" or not slot.role.startswith("pp:") or not actor.last < slot.first < trigger.token.i:
        return False
    return trigger.clause[0] <= actor.first \
        and not any(t.pos in {"VERB", "AUX"} for t in toks[trigger.clause[0]:actor.first]) \
        and all(t.pos in NOUN_PHRASE_POS | {"ADP", "PUNCT"} and t.text not in CLAUSE_PUNCT
                for t in toks[actor.first:trigger.token.i])


CLAUSE_PUNCT = frozenset({",", ";", ":", "–", "-"})


def _actors_own_phrase(doc: Document, slot: Slot, actor: Slot, trigger: Trigger) -> bool:
    """Does the slot belong to the actor's noun phrase (its owner, a modifier, a participle's phrase)?"""
    return _prenominal_owner(doc, slot, actor) or _subject_modifier(doc, slot, actor, trigger) \
        or _participle_attribute(doc, slot, actor) or _title_modifier(doc, slot, actor)


def _title_modifier(doc: Document, slot: Slot, actor: Slot) -> bool:
    """"Bangladesh Bank Governor Ahsan H. Mansur rejected the demand": an English name in the words of the title
    before the actor's name says whose office it is; it is not acted on."""
    gap = doc.tokens[slot.last + 1:actor.first]
    return doc.lang == "en" and bool(gap) and slot.entity.id != actor.entity.id \
        and all(t.pos in {"PROPN", "NOUN"} for t in gap) and actor.entity.type == "PER"


def _participle_attribute(doc: Document, slot: Slot, actor: Slot) -> bool:
    """"Die vom Iran unterstützte Miliz verlangte ...": a phrase inside a participle before the actor's noun
    says who backs or leads the actor; it is not acted on."""
    if doc.lang != "de" or not slot.role.startswith("pp:") or not slot.last < actor.first or slot.first < 2:
        return False
    between = doc.tokens[slot.last + 1:actor.first]
    return bool(between) and all(t.pos == "ADJ" for t in between) and doc.tokens[slot.first - 2].pos == "DET"


# "unter chinesischer Vermittlung", "under Qatari mediation": a third party, not the other side
MEDIATION_NOUNS = frozenset({"vermittlung", "mediation", "schirmherrschaft", "auspices"})


def _mediator(doc: Document, slot: Slot) -> bool:
    """"unter katarischer Vermittlung", "unter Vermittlung Katars und der Türkei", "under the mediation of"."""
    nxt = doc.tokens[slot.last + 1] if slot.last + 1 < len(doc.tokens) else None
    if slot.role == "adj" and nxt is not None and nxt.lemma.lower() in MEDIATION_NOUNS:
        return True
    before = [t for t in doc.tokens[max(0, slot.first - 6):slot.first] if t.sent == doc.tokens[slot.first].sent]
    heads = [k for k, t in enumerate(before) if t.lemma.lower() in MEDIATION_NOUNS]
    # the noun's genitive or "of" phrase, or a conjunct of it ("Katars und der Türkei")
    return slot.role in {"gen", "pp:of", "pp:von"} and bool(heads) and \
        not any(t.pos in {"VERB", "AUX"} or t.text in {",", ";"} for t in before[heads[-1] + 1:])


def _apposed_name(doc: Document, slot: Slot, trigger: Trigger) -> bool:
    """"Die UN-Sondergesandte für Myanmar, Julie Bishop, verurteilte", "Abbott, a Republican, welcomed": a
    name between commas before the verb renames or describes the subject; it is no recipient."""
    toks = doc.tokens
    if slot.last >= trigger.token.i or slot.first == 0 or slot.last + 2 >= len(toks):
        return False
    first = slot.first - 1 if toks[slot.first - 1].text.lower() in INDEFINITES else slot.first
    return first > 0 and toks[first - 1].text == "," and toks[slot.last + 1].text == "," \
        and toks[slot.last + 2].pos in {"VERB", "AUX"}


INDEFINITES = frozenset({"a", "an", "ein", "eine"})

# English verbs that have an act done to their object ("ordered X jailed", "had X arrested").
CAUSATIVES = frozenset({"order", "have", "get"})


def _ordered_done(doc: Document, trigger: Trigger, local: list[Slot], patient: Slot | None) -> tuple[Slot, Slot] | None:
    """(actor, recipient) of "A court ordered X jailed": the participle's own subject is its object."""
    if patient is None or not trigger.token.text.lower().endswith(("ed", "en")) or patient.last >= trigger.token.i:
        return None
    verbs = [t for t in doc.tokens[trigger.clause[0]:patient.first] if t.pos in {"VERB", "AUX"}]
    if not verbs or verbs[-1].lemma.lower() not in CAUSATIVES:
        return None
    orderer = next((s for s in reversed(local) if s.last < verbs[-1].i and s.role == "bare"), None)
    return (orderer, patient) if orderer is not None else None


# Acts done with one's own people ("seine Botschafter", "its troops"); "suspended its governor" is not one.
MEANS_EVENTS = frozenset({"SANCTION", "MOBILIZE", "RETREAT", "AID"})
BODIES_ACTED_ON = frozenset({"LEG", "PTY", "OPP"})   # own bodies a verb acts on, never its means
# Possessive determiners: "seine Botschafter", "their troops" belong to the subject.
POSSESSIVES = frozenset("sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres its their".split())


def _possessed(doc: Document, slot: Slot) -> bool:
    return slot.first > 0 and doc.tokens[slot.first - 1].text.lower() in POSSESSIVES


def _object_owner(doc: Document, rest: list[Slot], trigger: Trigger) -> Slot | None:
    """A nationality adjective, genitive or possessor in the object stands for it ("shelled Ukrainian
    positions", "beschoss Stellungen der Miliz", "accused Croatia's intelligence service",
    "demand the resignation of the government"). A German participle closes its clause, so its
    object stands before it ("hat 25 indische Fischer festgenommen")."""
    after = [s for s in rest if s.first > trigger.token.i]
    closes = trigger.token.i >= trigger.clause[1] - 2 or (
        trigger.token.i + 1 < len(doc.tokens) and doc.tokens[trigger.token.i + 1].pos == "CCONJ")   # "erklärt und ..."
    if not after and trigger.entry.pos == "VERB" and closes:
        after = [s for s in rest if s.last < trigger.token.i and s.first >= trigger.clause[0]]
    return next((s for s in after if s.role == "adj"), None) or \
        next((s for s in after if s.role in ("gen", "poss") or _run_by(doc, s)), None)


# "offices run by Serbia", "von Serbien betriebene Büros": the owner of the object
OWNED_BY = frozenset({"run", "owned", "operated", "controlled", "betrieben", "betriebene", "betriebenen",
                      "kontrolliert", "kontrollierte", "kontrollierten"})


def _run_by(doc: Document, slot: Slot) -> bool:
    toks = doc.tokens
    before = [t.text.lower() for t in toks[max(0, slot.first - 2):slot.first]]
    after = toks[slot.last + 1].text.lower() if slot.last + 1 < len(toks) else ""
    return (len(before) == 2 and before[1] == "by" and before[0] in OWNED_BY) or \
        (slot.role == "pp:von" and after in OWNED_BY)


def _noun_attached_pp(doc: Document, slot: Slot) -> bool:
    """Is the slot a prepositional phrase right after a noun ("Kundgebungen für die Palästinenser")?"""
    if not slot.role.startswith("pp:"):
        return False
    j = skip_back(doc, slot.first - 1, {"DET", "NUM", "ADJ", "ADV"})
    return j >= 1 and doc.tokens[j].pos == "ADP" and doc.tokens[j - 1].pos == "NOUN"


def _after_preposition(doc: Document, slot: Slot) -> bool:
    """Does the name phrase, or the noun a genitive belongs to, open after a preposition ("bei einem
    russischen Raketenangriff", "auf burkinischem Gebiet", "bei einem Luftangriff der Junta")?"""
    modifiers = {"DET", "NUM", "ADJ", "ADV"}
    j = skip_back(doc, slot.first - 1, modifiers)
    if slot.role == "gen":
        if j >= 0 and doc.tokens[j].text.lower() in {"of", "von"}:
            j = skip_back(doc, j - 1, modifiers)   # "dozens of activists"
        if j >= 0 and doc.tokens[j].pos in {"NOUN", "PROPN", "NUM", "PRON"}:
            j = skip_back(doc, j - 1, modifiers)   # the noun the genitive belongs to
    return j >= 0 and doc.tokens[j].pos == "ADP"


def in_pp(doc: Document, token: Token, cues: ModuleType) -> bool:
    """Is this noun inside a circumstantial phrase ("wegen des Anschlags", "after the attack")
    or an attribute of another noun ("am Rande der Kundgebung")?"""
    j = token.i - 1
    while j >= 0 and doc.tokens[j].pos in SKIP_BEFORE and doc.tokens[j].sent == token.sent:
        j -= 1
    between = {t.text.lower() for t in doc.tokens[j + 1:token.i]} if j >= 0 else set()
    if j >= 0 and doc.tokens[j].pos == "NOUN" and token.i - j <= 3 and between & GENITIVE_DETS:
        return True   # an attribute of another noun ("am Rande der Kundgebung"): not the clause's object
    if j > 0 and doc.tokens[j].text.lower() in cues.NOUN_TOPIC_PREPS and doc.tokens[j - 1].pos == "NOUN":
        return True   # what a noun before is about ("im Prozess um einen Granatenanschlag"): not the clause's act
    return j >= 0 and doc.tokens[j].pos == "ADP" and doc.tokens[j].sent == token.sent \
        and doc.tokens[j].text.lower() in cues.CIRCUMSTANCE_PREPS


def _noun_roles(doc: Document, trigger: Trigger, local: list[Slot], cues: ModuleType, parsed: bool,
                preps: set[str]) -> tuple[Slot | None, Slot | None]:
    i = trigger.token.i
    if trigger.entry.event in PATIENT_NOUN_TYPES and trigger.token.lemma.lower().endswith(cues.PATIENT_NOUN_ENDINGS):
        # "ordnete die Ausweisung von 45 Diplomaten an", "the expulsion of the ambassador": the phrase
        # after an act done to someone names whom it is done to; the clause's subject does it
        patient = next((s for s in local if i < s.first <= i + 4 and s.role in {"gen", *cues.PATIENT_ROLES}), None)
        if patient is not None:
            actor = _subject(local, trigger, doc.lang, parsed, doc)
            return (actor if actor is not None and actor.entity.id != patient.entity.id else None), patient
    agent_phrases = {f"pp:{p}" for p in cues.AGENT_PREPS}
    agent_roles = {"gen", "poss", "adj"} | agent_phrases
    # adjectives and possessors stand before the noun ("israelische Angriffe", "Israel's strikes"),
    # genitives and agent phrases after it ("Angriffe der Rebellen", "attacks by Israel")
    governed = trigger.token.dep == "obj" and trigger.token.head >= 0
    near = [s for s in local if ((s.role in {"adj", "poss"} and i - 3 <= s.last < i)
                                 or (s.role == "poss" and _before_amount(doc, s.last, i))
                                 or (s.role in agent_roles - {"adj", "poss"} and i < s.first <= i + 4
                                     and not _noun_between(doc, i, s.first)))
            and not (governed and _dative_of(doc, s, trigger.token.head))]   # "übergab der X-Botschaft eine Note"
    actor = near[0] if near else _fronted_agent(doc, local, agent_phrases, i, cues) or _relative_owner(doc, local, i)
    if actor is None and (trigger.entry.event in RECIPROCAL or not in_pp(doc, trigger.token, cues)
                          or _funded_aid(doc, trigger, cues)) \
            and trigger.token.dep != "nsubj" and not _english_subject_noun(doc, trigger):
        # the subject of the clause acts through the noun ("X flog Luftangriffe", "X traf sich zu Gesprächen");
        # a noun that is a subject itself was done by someone else ("said the deployment violated the accord")
        actor = _subject(local, trigger, doc.lang, parsed, doc)
    taken = {s.entity.id for s in with_conjuncts(doc, actor, local)} if actor else set()
    rest = [s for s in local if s.entity.id not in taken and not _beside_the_act(doc, s, trigger, local)]
    recipient = next((s for s in rest if s.first > i and s.role.startswith("pp:")
                      and s.role[3:] in preps), None)
    if recipient is None:
        recipient = _deep_pp(doc, trigger, rest, preps, i, cues)
    if recipient is None and trigger.entry.needs and trigger.entry.event in {"SANCTION", "COERCE"}:
        # "die Schließung der iranischen Konsulate": the owner of the frame's noun
        recipient = next((s for s in rest if i < s.first < trigger.clause[1] and s.role in ("adj", "gen", "poss")), None)
    if (recipient is None or _noun_between(doc, i, recipient.first)) and governed:
        # "sprach Vietnam seine Solidarität aus", "bekundete Damaskus die Unterstützung": the dative
        # of the verb that takes the noun as its object is whom the act is addressed to (also before a
        # party another noun governs: "erteilte Scholz eine Absage für Lieferungen an die Ukraine")
        recipient = next((s for s in rest if _dative_of(doc, s, trigger.token.head)), None) or recipient
    if recipient is None and governed:
        recipient = _fronted_recipient(doc, trigger, rest, preps)
    if recipient is None and trigger.entry.event == "SANCTION":
        recipient = _origin(rest, i)   # "Zölle auf Importe aus der Schweiz"
    return actor, recipient


def _fronted_recipient(doc: Document, trigger: Trigger, rest: list[Slot], preps: set[str]) -> Slot | None:
    """The party of a phrase opening the clause of the verb that takes the noun as its object: "Gegen Porras
    hatte Washington bereits 2021 ein Einreiseverbot verhängt"."""
    opener = doc.tokens[trigger.clause[0]]
    if opener.pos != "ADP" or opener.text.lower() not in preps:
        return None
    return next((s for s in rest if s.role == f"pp:{opener.text.lower()}" and s.first <= opener.i + 3
                 and s.last < trigger.token.i), None)


def _relative_antecedent(doc: Document, trigger: Trigger, slots: list[Slot], cues: ModuleType) -> Slot | None:
    """The party named right before the comma that opens the trigger's relative clause ("Raif Badawi, der ...",
    "Ms. Azizi, who ...")."""
    pronoun = _comma_relative(doc, trigger)
    if pronoun is None or pronoun.text.lower() not in cues.PATIENT_RELATIVES:
        return None
    return next((s for s in slots if s.last == pronoun.i - 2 and s.entity.type in ("PER", "ORG")), None)


def _act_noun_subject(doc: Document, trigger: Trigger, actor: Slot, cues: ModuleType) -> bool:
    """An English verb of force whose subject is an act of force named right before it, after the party found."""
    j = skip_back(doc, trigger.token.i - 1, {"DET", "ADJ"})
    # (a party that qualifies the noun did it: "Israeli airstrikes killed")
    if doc.lang != "en" or j <= actor.last or doc.tokens[j].pos != "NOUN" or actor.role in ("adj", "poss"):
        return False
    return cues.ACT_NOUNS.get(doc.tokens[j].lemma.lower()) in FORCE_KINDS


FORCE_KINDS = frozenset({"attack", "force"})


def _english_subject_noun(doc: Document, trigger: Trigger) -> bool:
    """An English act noun right before a finite verb is its subject ("the rebels said the strikes killed 16
    people"): the subject of the reporting verb did not do it."""
    nxt = trigger.token.i + 1
    if doc.lang != "en" or nxt >= len(doc.tokens) or doc.tokens[nxt].pos not in {"VERB", "AUX"}:
        return False
    # (the tagger may read a past tense as a participle; "the strikes launched by Israel" is one)
    by = nxt + 1 < len(doc.tokens) and doc.tokens[nxt + 1].text.lower() == "by"
    return "VerbForm=Fin" in doc.tokens[nxt].morph or doc.tokens[nxt].text.endswith("ed") and not by


RELATIVE_POSSESSIVES = frozenset({"dessen", "deren"})


def _relative_owner(doc: Document, local: list[Slot], i: int) -> Slot | None:
    """"Lula hat Scholz bei dessen Besuch ... eine Absage erteilt": "dessen" makes the act the party's named
    just before it, not the clause subject's."""
    j = skip_back(doc, i - 1, {"ADJ"})
    if j < 0 or doc.tokens[j].text.lower() not in RELATIVE_POSSESSIVES:
        return None
    return next((s for s in reversed(local) if s.last < j), None)


def _funded_aid(doc: Document, trigger: Trigger, cues: ModuleType) -> bool:
    """"stellte 100 000 Dollar für Nothilfe bereit": money given "for" aid is the subject's aid (thanks "for"
    the aid is not)."""
    j = skip_back(doc, trigger.token.i - 1, {"DET", "ADJ"})
    if trigger.entry.event != "AID" or j < 0 or doc.tokens[j].text.lower() not in {"für", "for"}:
        return False
    return any(t.text.lower().rstrip("s") in cues.MONEY_WORDS for t in doc.tokens[trigger.clause[0]:j])


def _fronted_agent(doc: Document, local: list[Slot], agent_roles: set[str], i: int, cues: ModuleType) -> Slot | None:
    """"die von US-Präsident Donald Trump angeordneten Zölle": an agent phrase before the participle that
    qualifies the noun at ``i`` (a name apposed to the agent's title is part of it); not a mediator ("der
    von den USA vermittelten Vereinbarung")."""
    for s in local:
        if s.role not in agent_roles or s.last >= i:
            continue
        same = {k for o in local if o.entity.id == s.entity.id for k in range(o.first, o.last + 1)}
        gap = [t for t in doc.tokens[s.last + 1:i] if t.i not in same]
        # (not a finite verb: "Die Staatsanwaltschaft von Michoacán leitete Ermittlungen ein")
        participle = any(t.pos == "VERB" and not t.feat("Mood") or t.pos == "ADJ" and t.lemma.endswith(("t", "en"))
                         for t in gap)
        if participle and len(gap) <= 2 and all(t.pos in {"ADJ", "VERB", "ADV"} for t in gap) \
                and not any(t.text.lower().startswith(cues.MEDIATED) for t in gap):
            return s
    return None


def _noun_between(doc: Document, a: int, b: int) -> bool:
    """"die größte Kundgebung in der Geschichte Serbiens": a genitive after another noun is that noun's."""
    return any(t.pos in {"NOUN", "PROPN"} for t in doc.tokens[a + 1:b])


def _origin(rest: list[Slot], after: int) -> Slot | None:
    """The state goods come from, for a sanction on them: the first "aus"/"from" phrase after a position."""
    return next((s for s in rest if s.role in ("pp:aus", "pp:from") and s.first > after), None)


def _before_amount(doc: Document, last: int, i: int) -> bool:
    """"Trump's 25% tariffs": only an amount stands between the possessor and the noun."""
    return last < i and all(t.pos in {"NUM", "SYM", "ADJ", "PART"} or t.text in {"%", "'s", "’s"}
                            for t in doc.tokens[last + 1:i])


def _posted_in(doc: Document, trigger: Trigger, local: list[Slot], actor: Slot | None) -> Slot | None:
    """"hat ihren Botschafter in Moskau zurückgerufen": the country an envoy is recalled from is
    where the envoy serves, the place right after the envoy noun."""
    a, b = trigger.clause
    if doc.lang == "de" and len(trigger.tokens) > 1:
        # the envoy sits inside the verb's bracket ("rief seine Botschafter aus Mali zurück"), not in a
        # second verb's clause after it ("... und verschob den Amtsantritt des Botschafters in X")
        b = min(b, max(t.i for t in trigger.tokens) + 1)
    envoys = [t.i for t in doc.tokens[a:b] if any(noun_fits(t.lemma.lower(), need.lower(), compounds=False)
                                                   for need in trigger.entry.needs)]
    return next((s for s in local for k in envoys if s.role == "pp:in" and k < s.first <= k + 2
                 and (actor is None or s.entity.actor.code != actor.entity.actor.code)), None)


def _dative_of(doc: Document, slot: Slot, verb: int) -> bool:
    ids = range(slot.first, slot.last + 1)
    head = next((doc.tokens[k] for k in ids if doc.tokens[k].head not in ids), None)
    if head is not None and head.dep == "amod" and head.head >= 0:
        head = doc.tokens[head.head]   # "der chinesischen Botschaft": the adjective's noun
    return head is not None and head.head == verb and head.dep in DATIVE_DEPS \
        and not any(t.head == head.i and t.dep == "case" for t in doc.tokens[max(0, slot.first - 2):slot.last + 1])


PATIENT_NOUN_TYPES = frozenset({"SANCTION", "COERCE", "RETREAT"})


SCENE_PREPS = frozenset({"in", "im", "from", "aus"})


def _past_scene(between: Sequence[Token]) -> Sequence[Token]:
    """The words between two conjuncts without the place the first one sits in: "die US-Botschaft
    [in Mogadischu] und die Mission ...", "the embassy [in Kyiv] and the ..."."""
    if len(between) < 3 or between[0].text.lower() not in SCENE_PREPS or between[1].pos != "PROPN":
        return between
    k = 1
    while k < len(between) and between[k].pos == "PROPN":
        k += 1
    rest = between[k:]
    # (a second place is no party: "die Militärregierungen in Bamako und Niamey")
    return rest if len(rest) > 1 and rest[0].text.lower() in CONJUNCTIONS and rest[1].pos == "DET" else between


def _owns_next_noun(doc: Document, slot: Slot) -> bool:
    """A German genitive name before the noun it owns ("Erdoğans aussichtsreichster Rivale")."""
    k = slot.last + 1
    return doc.lang == "de" and doc.tokens[slot.last].text.endswith("s") and k < len(doc.tokens) \
        and doc.tokens[k].pos in {"ADJ", "NOUN"}


# The second half of a paired conjunction, which joins like "und"
PAIRED_SECOND_HALVES = ("als auch", "as well as")


def with_conjuncts(doc: Document, slot: Slot, local: list[Slot]) -> tuple[Slot, ...]:
    """The slot plus coordinated slots right after it ("die USA und Saudi-Arabien")."""
    out = [slot]
    for other in local:
        if other.first <= out[-1].last:
            continue
        between = doc.tokens[out[-1].last + 1:other.first]
        if other.entity.id == out[-1].entity.id and all(t.pos in ("DET", "ADJ") or t.text == "(" for t in between):
            # "Chinese leader" + "Xi Jinping", "die Mission der Union", "Organisation Amerikanischer
            # Staaten (OAS)": one conjunct
            out[-1] = other
            continue
        if _origins_listed(doc, out[-1], other, between):
            out[-1] = other   # "his counterparts from Japan, Australia and the Philippines": one from each state
            continue
        if len(between) == 1 and between[0].text.lower() in SCENE_PREPS and other.entity.type in ("LOC", "GPE"):
            continue          # the place of the conjunct before ("die US-Botschaft in Mogadischu")
        if len(out) > 1 and [t.text for t in between] in (["'s"], ["’s"], ["'"]) and other.entity.type == "PER":
            out[-1] = other   # "Ramaphosa and Mozambique's Filipe Nyusi": the possessor's person is the conjunct
            continue
        if between and between[-1].text == "(" and other.entity.type == out[-1].entity.type \
                and (len(between) == 1 or between[0].text.lower() in SCENE_PREPS
                     and all(t.pos == "PROPN" for t in between[1:-1])):
            # "Die Mission der Afrikanischen Union in Somalia (AUSSOM)": the short name in brackets names
            # the whole phrase, not the union inside it
            out[-1] = other
            continue
        between = _past_scene(between)
        words = " ".join(t.text.lower() for t in between)
        comitative = any(words.startswith(c) for c in COMITATIVES)   # "along with", "zusammen mit"
        paired = words.startswith(PAIRED_SECOND_HALVES)   # "sowohl den Rebellen als auch der Armee"
        if not between or not (comitative or paired
                               or any(t.text.lower() in CONJUNCTIONS or t.text == "," for t in between)):
            break
        if len(between) > 4 or any(t.pos in {"VERB", "AUX"} or (t.pos == "ADP" and not (comitative or paired))
                                   for t in between):
            break
        if between[0].text == "," and any(t.pos == "NOUN" for t in between[1:]):
            break   # "Romualdez, ein Cousin des Präsidenten": an apposition's noun, not a list
        if between[0].text == "," and len(between) > 1 and between[1].text.lower() in INDEFINITES:
            break   # "Abbott, a Republican, welcomed": what the first one is, not a second party
        if between[0].text == "," and any(t.pos == "PRON" and not t.dep.startswith("det") for t in between[1:]):
            break   # "Mudschahid, der die Delegation leitete": the object of a relative clause, not a list
        if (other.role == "poss" or _owns_next_noun(doc, other)) and not any(t.text.lower() in CONJUNCTIONS
                                                                               for t in between):
            break   # "China, the North's main ally, ...", "İmamoğlu, Erdoğans Rivale": an apposition's possessor
        if [t.text for t in between] == [","] and _named_title_before(doc, other, out[-1]):
            break   # "recalled its ambassador to Israel, Frederico Meyer,": the ambassador's name, no second party
        if [t.text for t in between] == [","] and len(out) == 1 and _group_named(doc, out[0], other):
            out[-1] = other   # "Two Republican state lawmakers, Stefani Lord and John Block,": the named members
            continue
        out.append(other)
    return tuple(out)


def _origins_listed(doc: Document, group: Slot, state: Slot, between: Sequence[Token]) -> bool:
    """Is the state the first of a list of states a plural title of people says they come from?"""
    head = doc.tokens[group.last]
    after = doc.tokens[state.last + 1] if state.last + 1 < len(doc.tokens) else None
    return [t.text.lower() for t in between] in (["from"], ["aus"]) and group.mention.kind == "title" \
        and after is not None and after.text.lower() in {",", "and", "und"} \
        and state.entity.type == "GPE" and state.entity.actor.code == group.entity.actor.code \
        and ("Number=Plur" in head.morph or doc.lang == "en" and head.text.endswith("s"))


def _group_named(doc: Document, group: Slot, person: Slot) -> bool:
    """Is the person the first of the members a group of people called by a plural noun is named by, in an
    apposition ("Two Republican state lawmakers, Stefani Lord and John Block")?"""
    head = doc.tokens[group.last]
    return person.entity.type == "PER" and group.entity.id != person.entity.id and head.pos == "NOUN" \
        and "Number=Plur" in head.morph and any(t.pos == "CCONJ" for t in doc.tokens[person.last + 1:person.last + 3])


def _named_title_before(doc: Document, person: Slot, place: Slot) -> bool:
    """Is this person, named after a place, the one a title just before that place calls so ("its ambassador
    to Israel, Frederico Meyer")?"""
    if person.entity.type != "PER" or place.entity.type not in ("GPE", "LOC"):
        return False
    opening = doc.sentences[doc.tokens[place.first].sent].start
    start = doc.tokens[place.first].start
    return any(m.entity_id == person.entity.id and opening <= m.start and m.end <= start for m in doc.mentions)
