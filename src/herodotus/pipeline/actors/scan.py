"""Finding actor candidates in tokens: knowledge-base names, role nouns, pronouns, names.

A candidate (``Cand``) is a token span with what the knowledge base or the role lexicon
says about it; ``resolve.py`` later groups candidates into entities. Titles are
assembled here from a role noun and its neighbours: country adjectives and genitives on
the left ("der ägyptische Staatschef", "Armeniens Ministerpräsident"), a hyphenated
prefix ("UN-Generalsekretär"), a genitive or "von"/"of" phrase on the right ("Sprecher
des iranischen Außenministeriums", "Außenminister von Kenia") and an apposed name
("Außenminister Ali Akbar Salehi", "Salehi, Außenminister von Iran").
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import ModuleType

from ...model import Document, Token
from ...resources.kb_loader import NON_STATE_CODES, KBEntry, KnowledgeBase, name_key, norm
from ..geo import patterns
from ..geo.gazetteer import region_names
from ..nlp.tokenizer import OPENING_QUOTES

Role = tuple  # (sector, office, kind, gender)
NAME_POS = {"PROPN"}


# Lower-case words inside personal names: "Ursula von der Leyen", "Mohammed bin Salman".
ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|ul)-[A-ZÄÖÜ]")
NAME_PARTICLES = frozenset("von van der den de da di du del della le la al bin ibn ben zu ter".split())


# the words a title's noun phrase may run on with before an apposed name ("des Regierungslagers")
NOUN_PHRASE_POS = frozenset({"DET", "ADJ", "ADP", "NOUN", "PROPN", "NUM", "PUNCT"})
# A state referred to by a common noun ("das Land", "the country"): resolved to the story's state
STATE_ROLE = ("GOV", None, "STATE", None)
NEIGHBOUR_ROLE = ("GOV", None, "NEIGHBOUR", None)
GROUP_ROLE = (None, None, "ORG", None)
# Words that place a thing somewhere ("military targets in Iran"); "from"/"to" say where it goes or comes from
SCENE_WORDS = frozenset({"in", "im", "near", "across", "inside", "nahe"})
# Bodies a title may serve when a noun of their kind stands before the name ("der Staatengemeinschaft Asean")
FORUM_CODES = frozenset({"IGO", "UNO", "EUR"})
# Bodies whose head a compound names by its first part ("Verfassungsgerichtspräsident", "Polizeichef")
BODY_HEAD_SECTORS = frozenset({"JUD", "LEG", "COP"})
BODY_SECTORS = frozenset({"PTY", "GOV", "LEG", "IGO"})
# Role nouns whose plural heads a compound ("Bereitschaftspolizisten", "Oppositionssenatoren")
PLURAL_HEAD_SECTORS = frozenset({"COP", "MIL", "LEG", "LAB"})
OPPOSITION_PREFIX = "opposition"   # as norm() writes a compound's first part
STANCE_PREFIXES = frozenset({"anti"})


@dataclass(slots=True)
class Cand:
    start: int                  # first token index
    end: int                    # token index, exclusive
    kind: str                   # name | title | pronoun | adjective | capital
    sent: int
    kb: KBEntry | None = None
    form: str = "name"          # name | adjective | capital (knowledge-base form)
    role: Role | None = None
    role_word: str = ""
    country: str | None = None  # country context of a title
    origin: bool = False        # that country is where they come from ("ein Arzt aus Saudi-Arabien"), no scene
    org: KBEntry | None = None  # organisation context of a title ("UN-Generalsekretär")
    name: "Cand | None" = None  # apposed name of a title
    title: "Cand | None" = None  # title apposed to a name
    counterpart: bool = False
    guest: bool = False         # "empfing den Gast": the visitor, of another state than the host
    gender: str | None = None
    number: str | None = None
    consumed: bool = False      # part of a larger title; no mention of its own
    locative: bool = False      # a capital used as a place, not as a government
    scene: bool = False         # a country named as where the sentence happens ("in den USA")
    demonstrative: bool = False
    aged: bool = False          # "der 36-Jährige", "the 57-year-old": someone the story named
    pro_government: bool = False  # "regimetreue Milizen": the country of the last government named
    foreign: bool = False       # "ausländische Kräfte": unnamed foreigners, no actor of any country
    generic: bool = False       # "urged governments not to ratify": governments in general, no actor of any country
    possessive: bool = False    # "sein Sprecher": belongs to the last person's organisation
    place: "Cand | None" = None  # "das Gesundheitsministerium in Gaza": the place that fixes the country
    owner: "Cand | None" = None  # "Milei's government": the known person whose country the title takes
    body: "Cand | None" = None  # "Sprecherin der Kommission": the unnamed institution the title serves
    thing_owned: bool = False   # after "its": owned by a state or body, not by a person
    entity: str | None = None   # entity key once resolved
    ner: str | None = None      # NER label of an unknown name (PER, ORG, LOC) when the NER head ran
    proper: bool = False        # a role noun with an unknown name prefix ("Arakan-Armee"): a named group
    grammatical: bool = False   # German "sie": also a feminine noun ("die Polizei ..., sie habe")
    report_start: int = -1      # a pronoun closing reported words ("..., forderte sie"): where they begin
    wire: bool = False          # the agency in the dateline ("Bischkek (AFP) - ..."): it files the story
    asset: bool = False         # "military targets": forces named by what they hold, where it stands
    home: bool = False          # "sein Land", "his country": the country of the one the possessive takes up
    becomes: bool = False       # "X wird neuer Generalsekretär der Nato": an office to come, not held on the day
    loyal: str | None = None    # "Gbagbo-treue Truppen": the name of the leader they are loyal to
    fellow: "Cand | None" = None  # "former prime ministers A and B": for B, the name A whose plural title B shares


def _report_start(toks: list[Token], i: int, first: int, stop: int, closing_cues: frozenset[str]) -> int:
    """"..., forderte sie.", "...“, sagte er", "..., she said": for a pronoun in the cue frame after the
    words it reports, where those words begin (after a colon or an opening mark, else the sentence); -1 otherwise.
    (German "..., sie habe" opens reported words: only the inverted frame closes them.)"""
    verb_before = i - 1 > first and toks[i - 1].pos in ("VERB", "AUX")
    if verb_before and i + 1 < stop and toks[i + 1].pos in ("VERB", "AUX"):
        return -1   # "Anwar, whose country chairs ASEAN, said he had spoken": the subject of the words it opens
    comma_at = i - 2 if verb_before else i - 1
    if not verb_before and not (i + 1 < stop and toks[i + 1].lemma.lower() in closing_cues):
        return -1
    if comma_at <= first or toks[comma_at].text != ",":
        return -1
    return next((k + 1 for k in range(comma_at - 1, first - 1, -1)
                 if toks[k].text == ":" or toks[k].text in OPENING_QUOTES), first)


def _gender(tok: Token) -> str | None:
    """'m' or 'f' from the token's morphology, when the parser gave it; a German feminine agent noun is 'f'
    whatever the parse says ("HRW-Forscherin")."""
    if tok.text[:1].isupper() and tok.text.endswith(FEMININE_ENDINGS):
        return "f"
    return {"Masc": "m", "Fem": "f"}.get(tok.feat("Gender") or "")


# Head words an organisation's name may drop once named in full ("the Treasury Department ... Treasury")
BODY_HEADS = frozenset({"department", "ministry", "agency", "party"})
WATER_NOUNS = frozenset({"gulf", "sea", "bay", "strait", "straits", "golf", "meer", "bucht", "meerenge", "meerbusen"})
FEMININE_ENDINGS = ("erin", "istin", "entin", "antin", "orin", "atin", "urin")


def _indefinite_body(toks: Sequence[Token], c: Cand) -> bool:
    """"eine ordnungsgemäße Generalversammlung", "a general assembly": a known body's name that heads a phrase
    with an indefinite article is a common noun, some assembly, not the body (not "a Hamas official")."""
    if c.kind != "name" or c.kb is None or c.kb.kind != "org":
        return False
    k = c.start - 1
    while k >= 0 and toks[k].pos == "ADJ":
        k -= 1
    head = c.end >= len(toks) or toks[c.end].pos not in ("NOUN", "PROPN")
    return k >= 0 and toks[k].text.lower() in INDEFINITE_ARTICLES and head


def _genitive_of_named(cands: list[Cand], m: int, toks: Sequence[Token]) -> bool:
    """"einen engen Mitarbeiter Hues" after "Vuong Dinh Hue": a one-word name that is the German genitive of
    the surname of someone named in full before owns the title; it is not the title holder's name."""
    nxt = cands[m]
    word = toks[nxt.start].text
    if nxt.end - nxt.start != 1 or not word.endswith("s") or len(word) < 4:
        return False
    return _named_in_full(cands[:m], toks, word[:-1])


def _named_in_full(cands: Sequence[Cand], toks: Sequence[Token], surname: str, persons_only: bool = False) -> bool:
    """Did the text name someone in two words or more ending in this surname ("Vuong Dinh Hue", "Alejandro
    Toledo"), with ``persons_only`` someone tagged or known as a person?"""
    return any(c.kind == "name" and c.end - c.start >= 2 and toks[c.end - 1].text == surname
               and (not persons_only or c.ner == "PER" or c.kb is not None and c.kb.kind == "person") for c in cands)


def strip_possessive(text: str) -> str:
    for suffix in ("’s", "'s", "’", "'"):
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            return text[: -len(suffix)]
    return text


class Scanner:
    def __init__(self, kb: KnowledgeBase, roles: ModuleType, lang: str = "") -> None:
        self.kb = kb
        self.roles = roles
        self.lang = lang
        self.role_words = {norm(k): v for k, v in roles.ROLES.items()}
        self.prefixed_roles = {norm(k): v for k, v in roles.PREFIXED_ROLES.items()}
        self.whole_words = {norm(w) for w in roles.WHOLE_WORD_ROLES}
        self.short_named_heads = frozenset(norm(w) for w in getattr(roles, "SHORT_NAMED_HEADS", ()))
        self.spellings: dict[str, set[str]] = {}   # a role word as written, umlauts kept ("bürger" for "burger")
        for k in roles.ROLES:
            self.spellings.setdefault(norm(k), set()).add(k.lower())
        self.max_role_len = max(len(k.split()) for k in roles.ROLES)
        self.age_re = re.compile(roles.AGE_NOUN)
        self.party_person_re = re.compile(roles.PARTY_PERSON)
        self.not_names = {norm(w) for w in roles.NOT_NAMES}
        # (compared with words as norm() writes them: "über", "Küstenstadt" have no umlaut there)
        self.counterparts = {norm(w) for w in roles.COUNTERPARTS}
        self.guests = {norm(w) for w in roles.GUESTS}
        self.locatives = {norm(w) for w in roles.LOCATIVE_PREPOSITIONS}
        self.city_nouns = {norm(w) for w in roles.CITY_NOUNS}
        self.dual_national_nouns = {norm(w) for w in roles.DUAL_NATIONAL_NOUNS}
        self._norms: list[str] = []
        self._lemmas: list[str] = []
        self._has_ner = False

    def _demonym_person(self, toks: list[Token], i: int, first: int, stop: int) -> KBEntry | None:
        """'sagte der Portugiese', 'die Französin': a nationality noun refers back to the person just
        named, like 'der 62-Jährige', not to the country. Its country, if it is one."""
        tok = toks[i]
        if i == first or tok.pos not in ("NOUN", "PROPN") or not tok.text[:1].isupper() or tok.feat("Number") == "Plur":
            return None
        if toks[i - 1].text.lower() not in self.roles.DEMONYM_ARTICLES:
            return None
        if tok.pos == "PROPN" and tok.feat("Number") != "Sing" and toks[i - 1].text.lower() in ("die", "den"):
            return None   # ("sagte der Norweger" is a person; "rief die Georgier auf" may be the people)
        if i + 1 < stop and toks[i + 1].pos in ("NOUN", "PROPN"):
            return None                   # "der Deutsche Gewerkschaftsbund"
        return self._nationality(toks, i, stop)

    def _nationality(self, toks: list[Token], i: int, stop: int) -> KBEntry | None:
        """The country a nationality word at token i names ("Portugiese", "Afghane"), when the longest
        knowledge-base name starting there is that word alone, read as an adjective."""
        match = self.kb_match(toks, i, stop)
        if match is None or match[0] != 1 or not all(form == "adjective" for _, form in match[1]):
            return None
        return self._pick(match[1])

    # -- single lookups -------------------------------------------------
    def kb_match(self, tokens: list[Token], i: int, stop: int) -> tuple[int, list[tuple[str, str]]] | None:
        """Longest knowledge-base name starting at token i: (length, hits)."""
        norms = self._norms
        best = None
        n = 1
        while i + n <= stop and n <= self.kb.max_len:
            head = tuple(norms[i:i + n - 1])
            if n > 1 and head not in self.kb.index and head not in self.kb.prefixes:
                break
            found = self._lookup_last(tokens, i, n, head)
            # (a name of several words has a capital somewhere: "crossed every red line" names no "Red Line")
            if found and (self._plausible_single(tokens[i], found) if n == 1
                          else any(t.text[:1].isupper() or t.text[:1].isdigit() for t in tokens[i:i + n])):
                best = (n, found)
            n += 1
        if best is not None and i + best[0] < stop and norms[i + best[0]] == "city" \
                and all(hit.startswith("country:") for hit, _ in best[1]):
            return None   # "BENIN CITY, Nigeria": a city named after a state, not the state
        return best

    def _lookup_last(self, tokens: list[Token], i: int, n: int, head: tuple[str, ...]) -> list[tuple[str, str]]:
        span = tokens[i:i + n]
        last = strip_possessive(span[-1].text)
        last_norm = self._norms[i + n - 1] if last == span[-1].text else norm(last)
        key = head + (last_norm,)
        # (German inflects names; English "Americas" is no "America")
        # (a short last part of a longer name too: "Kim Jong Uns")
        inflected = bool(self.roles.GENITIVE_ARTICLES) and last[:1].isupper() and last.endswith(("s", "n")) \
            and (len(last) > 3 or n > 1)
        if key not in self.kb.index and not inflected:
            return self._compass_adjective(last_norm) if n == 1 and last[:1].islower() else []
        surface = " ".join([t.text for t in span[:-1]] + [last])
        hits = self.kb.lookup(key, surface)
        if not hits and inflected:        # "Israels", "Sargsjans", "den Niederlanden", "Pekings"
            forms = {"name", "capital"} if last.endswith("s") else {"name"}
            hits = [h for h in self.kb.lookup(head + (last_norm[:-1],), surface[:-1]) if h[1] in forms]
            if last.endswith("n"):
                hits = [h for h in hits if h[0].startswith("country:")]
        return hits

    def _hyphen_compound(self, toks: list[Token], i: int, s: int) -> Cand | None | bool:
        """"Saudi-led", "Liberian-flagged", "EU-geführte" name the country of the noun after them; "Iran-backed"
        names a sponsor, not the group's country (no candidate); two demonyms before a person noun
        ("a Russian-American woman") name the last one's country. False: not such a compound."""
        head, _, tail = toks[i].text.rpartition("-")
        if head and (tail[:1].isupper() or self.lang == "de") and i + 1 < len(self._norms) \
                and self._norms[i + 1] in self.dual_national_nouns \
                and (dual := self._dual_demonym(head, tail, [t for t in toks if t.sent == toks[i].sent])):
            # "a Russian-American woman", "the Iranian-American journalist": an American of Russian or
            # Iranian descent; the last demonym is the citizenship (German names it first: "ein
            # belgisch-portugiesischer Mitarbeiter")
            return Cand(i, i + 1, "adjective", s, kb=dual, form="adjective")
        tail = tail.lower()
        if not head or tail not in self.roles.OWNER_SUFFIXES | self.roles.SPONSOR_SUFFIXES:
            return False
        hits = self.kb.lookup((norm(head),), head)
        start = i
        if not hits and i > 0 and toks[i - 1].text[:1].isupper():
            # "a Marshall Islands-flagged tanker": a name of two words before the hyphen
            before = toks[i - 1].text
            hits = self.kb.lookup((norm(before), norm(head)), f"{before} {head}")
            start = i - 1 if hits else i
        if tail in self.roles.SPONSOR_SUFFIXES or not hits or tail == "based" and (
                self._after_possessive(i) or self._name_follows(toks, i)):
            # (and "the U.S. Navy's Bahrain-based 5th Fleet" is the owner's, wherever it is based, as is a body
            # named after the word: "the Beijing-based Asian Infrastructure Investment Bank")
            return None
        entry = self._pick(hits)
        return Cand(start, i + 1, "adjective", s, kb=entry, form="adjective")

    def _name_follows(self, toks: list[Token], i: int) -> bool:
        """Does a name the knowledge base knows follow (an unknown one is placed by the word: "Amsterdam-based
        Spliethoff")?"""
        return i + 1 < len(toks) and bool(self.kb_match(toks, i + 1, len(toks)))

    def _after_possessive(self, i: int) -> bool:
        return i > 0 and self._norms[i - 1] == "'s"

    def _dual_demonym(self, head: str, tail: str, sentence: list[Token]) -> KBEntry | None:
        hits = [self.kb.lookup((norm(w),), w) for w in (head, tail)]
        if not all(found and all(form == "adjective" for _, form in found) for found in hits):
            return None
        if self.roles.CITIZENSHIP_FIRST:
            # ("Ein Gericht in Algerien hat den französisch-algerischen Schriftsteller ... verurteilt": the state
            # the sentence is in holds the dual national as its own)
            named = {self.kb.entries[e].code for t in sentence if t.text[:1].isupper()
                     for e, form in self.kb.lookup((norm(t.text),), t.text)
                     if form != "adjective" and self.kb.entries[e].kind == "country"}
            here = [found for found in hits if {self.kb.entries[e].code for e, _ in found} & named]
            return self._pick(here[0] if len(here) == 1 else hits[0])
        return self._pick(hits[1])

    def _source_compound(self, word: str) -> KBEntry | None:
        """A source compound whose first part is a known name joined by a hyphen ("UN-Angaben",
        "Nato-Kreisen"): that organisation or country is the source."""
        hits = self._known_before_hyphen(word, self.roles.SOURCE_HEADS)
        return self._pick(hits) if hits else None

    def _member_compound(self, word: str) -> KBEntry | None:
        """An alliance's known name joined by a hyphen to its members ("Nato-Staaten", "Asean-Staaten"); not the
        EU's ("andere EU-Staaten" act one by one) nor a group's ("Samidoun-Mitglieder")."""
        hits = [(e, form) for e, form in self._known_before_hyphen(word, self.roles.MEMBER_HEADS)
                if self.kb.entries[e].code == "IGO"]
        return self._pick(hits) if hits else None

    def _known_before_hyphen(self, word: str, heads: Sequence[str]) -> list[tuple[str, str]]:
        """Knowledge-base hits of a compound's first part, when a hyphen joins it to one of these heads."""
        stem, _, tail = word.rpartition("-")
        if not stem or tail.lower() not in heads:
            return []
        return self.kb.lookup((norm(stem),), stem)

    def _compass_adjective(self, word: str) -> list[tuple[str, str]]:
        """'südwestpakistanischen', 'nordsyrischen': a region of the country, read as its adjective."""
        return compass_hits(self.kb, word, lambda entry, form: form == "adjective", shortest=5)

    def _plausible_single(self, tok: Token, hits: list[tuple[str, str]]) -> bool:
        if any(form == "adjective" for _, form in hits) and (
                tok.text[:1].isupper() or (norm(strip_possessive(tok.text)),) in self.kb.lower_forms
                or norm(tok.text).startswith(COMPASS_PREFIXES)):
            return True               # "syrische" is an adjective anywhere, "Pole"/"Ire" only capitalised
        text = tok.text
        return text[:1].isupper() or text[:1].isdigit() or (text[:3] in ("al-", "el-") and text[3:4].isupper())

    def role_at(self, tokens: list[Token], i: int, stop: int) -> tuple[int, Role, str, str] | None:
        """Role noun at token i: (length, role, role word, compound prefix)."""
        if self._named_body_word(tokens, i, stop):
            return None
        after_article = i > 0 and tokens[i - 1].sent == tokens[i].sent \
            and tokens[i - 1].text.lower() in self.roles.STATE_ARTICLES
        if after_article and self._norms[i] in self.roles.STATE_NOUNS \
                and not (i + 1 < stop and tokens[i + 1].pos == "PROPN"):   # ("den Staat Palästina": that one)
            return 1, STATE_ROLE, self._norms[i], ""   # "das Land", "the kingdom": the story's state
        after_described = i > 1 and tokens[i - 1].pos == "ADJ" and tokens[i - 2].sent == tokens[i].sent \
            and tokens[i - 2].text.lower() in self.roles.STATE_ARTICLES   # "der früheren Kolonialmacht"
        if (after_article or after_described) and self._norms[i] in self.roles.NEIGHBOUR_NOUNS \
                and not (i + 1 < stop and tokens[i + 1].pos == "PROPN"):   # ("das Nachbarland Niger": that one)
            return 1, NEIGHBOUR_ROLE, self._norms[i], ""   # "warf dem Nachbarland vor": the other state named
        if self._norms[i] in self.roles.GROUP_NOUNS:
            # "Die Gruppe teilte mit", "the group said": the body named before; "eine Gruppe von Demonstranten",
            # "die Gruppe Wagner" are not
            definite = i > 0 and tokens[i - 1].sent == tokens[i].sent \
                and tokens[i - 1].text.lower() in self.roles.DEFINITE_ARTICLES
            if not definite or i + 1 < stop and tokens[i + 1].pos == "PROPN":
                return None
            return 1, GROUP_ROLE, self._norms[i], ""
        if {self._norms[i], norm(tokens[i].lemma)} & self.short_named_heads \
                and not (i > 0 and tokens[i - 1].text.lower() in self.roles.DEFINITE_ARTICLES):
            return None   # "the fund" takes up the body named before; "Iranian funds" are money
        for n in range(min(self.max_role_len, stop - i), 1, -1):
            key = " ".join(self._norms[i:i + n])
            if key in self.role_words:
                return n, self.role_words[key], key, ""
        tok = tokens[i]
        # (the German tagger reads a capitalised participle noun opening a sentence as an adverb: "Bewaffnete haben")
        opening_noun = self.lang == "de" and tok.pos == "ADV" and tok.text[:1].isupper() \
            and self._norms[i] in self.role_words
        if tok.pos not in ("NOUN", "PROPN", "ADJ", "X", "") and not opening_noun:
            return None
        head = i + 1   # ("die oppositionelle islamistische Partei PJD": past further adjectives)
        while head + 1 < stop and tokens[head].pos == "ADJ" and tokens[head].text[:1].islower():
            head += 1
        if tok.pos == "ADJ" and tok.text[:1].islower() and head < stop \
                and tokens[head].pos in ("NOUN", "PROPN", "ADJ") and tokens[head].text[:1].isupper() \
                and not (self._norms[i] in self.role_words and tokens[head].ent == "B-PER"):
            # German "die oppositionelle Kongresspartei", "die oppositionelle Demokratische Partei": an attribute of
            # the noun or name, not a group ("Hamas official Moussa Abu Marzouk", a role noun the tagger read as
            # an adjective before a name, is a title)
            return None
        if tok.text.islower() and i + 1 < stop and self._lemmas[i + 1] in ACCORD_NOUNS:
            return None   # "a military agreement": a kind of accord, not a party to it ("a rebel camp" is theirs)
        opens = tok.text.istitle() and (i == 0 or tokens[i - 1].sent != tok.sent)   # ("Military analysts say")
        if (tok.pos == "ADJ" or self._norms[i] in self.roles.ATTRIBUTE_ROLES) and (tok.text.islower() or opens) \
                and i + 1 < stop and tokens[i + 1].pos == "NOUN" and self._norms[i + 1] not in self.role_words \
                and self._lemmas[i + 1] not in self.role_words and self._lemmas[i + 1] not in self.roles.FORCE_ASSETS:
            return None   # "to resume military communications": an attribute of a thing, not a party
        text = self._norms[i]
        dative = text[:-1] if text.endswith("en") else text   # "den Sicherheitskräften"
        for word in (text, self._lemmas[i], dative):
            if word in self.role_words:
                return 1, self.role_words[word], word, self._shared_prefix(tokens, i)
        for head in self.roles.SOURCE_HEADS:   # "nach Polizeiangaben", "aus Diplomatenkreisen"
            stem = text.removesuffix(head)
            for word in (stem, stem.removesuffix("s"), stem.removesuffix("en")) if stem != text else ():
                if word in self.role_words:
                    return 1, self.role_words[word], word, ""
        prefix = ""
        if "-" in text:
            prefix, _, text = text.rpartition("-")
            if prefix in STANCE_PREFIXES:
                return None   # "anti-government protests": a stance against the body, not the body
            # ("-Organisationen", "US-Offiziere")
            for word in (text, text.rstrip("n"), text.rstrip("s"), text.removesuffix("en"), text.removesuffix("e")):
                if word in self.role_words:
                    return 1, self.role_words[word], word, prefix
                if word in self.prefixed_roles:
                    return 1, self.prefixed_roles[word], word, prefix
        if not prefix and (member := self._member_role(text)) is not None:
            return 1, member[1], member[0], ""
        # a compound's head keeps the hyphenated prefix ("US-Finanz|ministerium" is American); a
        # known name as its first part is its prefix ("Kreml|sprecher")
        for k in range(1, len(text) - self.roles.MIN_COMPOUND_HEAD + 1):
            # (a head of the armed forces, the police or a legislature in the plural too: "Bereitschafts|polizisten",
            # "Grenz|soldaten", "Oppositions|senatoren"; not "Stell|vertretern")
            head = next((w for w in (text[k:], text[k:].removesuffix("en"), text[k:].removesuffix("n"))
                         if w in self.role_words and w not in self.whole_words
                         and (w == text[k:] or self.role_words[w][0] in PLURAL_HEAD_SECTORS)), None)
            if head is not None and k >= 3 and self._spelled(tokens[i].text, head):
                named = text[:k] if not prefix and (text[:k],) in self.kb.index else ""
                if (body_head := self._head_of_body(text[:k], self.role_words[head])) is not None:
                    return 1, body_head, text, prefix   # a head of its own body, not of the state
                role = self.role_words[head]
                if text[:k].startswith(OPPOSITION_PREFIX) and role[0] in ("LEG", "PTY", None):
                    role = ("OPP", *role[1:])   # "Oppositions|senatoren", "Oppositions|abgeordnete": the opposition's
                return 1, role, head, prefix or named
        return None

    def _named_body_word(self, tokens: list[Token], i: int, stop: int) -> bool:
        """"Jammeh's party, the Alliance for Patriotic Reorientation and Construction": a capitalised word for a
        body of no sector, inside a sentence and before "for"/"of" and a capitalised word, opens a name."""
        role = self.role_words.get(self._norms[i])
        return self.lang == "en" and role is not None and role[0] is None and role[2] == "ORG" \
            and tokens[i].text[:1].isupper() and i > 0 and tokens[i - 1].sent == tokens[i].sent \
            and i + 2 < stop and tokens[i + 1].text in ("for", "of") and tokens[i + 2].text[:1].isupper()

    def _spelled(self, word: str, head: str) -> bool:
        """Is the compound's head written as the role word is ("Ham|burger" is no "Bürger")?"""
        return any(w in word.lower() for w in self.spellings.get(head, {head}))

    def _head_of_body(self, first: str, role: Role) -> Role | None:
        """"Verfassungsgerichts|präsident", "Polizei|präsident": the head of the court or police the first part
        names, not the holder of the state's office the head word alone would be."""
        if role[2] != "PER" or role[1] is None:
            return None
        stem = first.removesuffix("s")
        body = next((self.role_words[stem[k:]] for k in range(len(stem) - self.roles.MIN_COMPOUND_HEAD + 1)
                     if stem[k:] in self.role_words), None)
        if body is None or body[2] != "ORG" or body[0] not in BODY_HEAD_SECTORS:
            return None
        return body[0], None, "PER", role[3]

    def _shared_prefix(self, tokens: list[Token], i: int) -> str:
        """"EU-Staats- und Regierungschefs": the first part of a cut compound joined by "und" prefixes this word too."""
        if i < 2 or self._norms[i - 1] not in ("und", "oder") or not tokens[i - 2].text.endswith("-"):
            return ""
        first, hyphen, _ = tokens[i - 2].text[:-1].partition("-")
        return norm(first) if hyphen else ""

    def _member_role(self, word: str) -> tuple[str, Role] | None:
        """"Rebellengruppe", "Milizverbände": an armed body named by its members takes their role."""
        for head in self.roles.GROUP_HEADS:
            first = word.removesuffix(head)
            if first == word:
                continue
            for member in (first, first.removesuffix("s")):
                role = self.role_words.get(member)
                if role is not None and role[0] in self.roles.MEMBER_SECTORS:
                    return member, (role[0], None, "ORG", None)
        return None

    def _compound_role(self, i: int, role: tuple[int, Role, str, str]) -> bool:
        """A role found as the head of a compound ("Bundes|regierung"): a knowledge-base name
        for the whole word is more specific."""
        return role[2] not in (" ".join(self._norms[i:i + role[0]]), self._lemmas[i])

    # -- the scan -------------------------------------------------------
    def scan(self, doc: Document) -> list[Cand]:
        cands: list[Cand] = []
        self._norms = [norm(t.text) for t in doc.tokens]
        self._lemmas = [norm(t.lemma) if t.lemma else n for t, n in zip(doc.tokens, self._norms)]
        self._has_ner = any(t.ent != "O" and t.ent for t in doc.tokens)
        for sent in doc.sentences:
            cands.extend(self.scan_sentence(doc, sent.i, sent.token_start, sent.token_end))
        cands = [c for c in cands if not _indefinite_body(doc.tokens, c)]
        cands = self._repeated_surnames(doc, self._learned_titles(doc, self._demonym_heads(doc.tokens, cands)))
        for c in cands:
            c.wire = c.sent == 0 and in_brackets(doc.tokens, c) and (
                c.start <= DATELINE_END or c.start <= DATED_LINE_END and _dash_after(doc.tokens, c.end + 1))
        _dateline_state(cands, doc.tokens, patterns(self.lang).DATELINE_STATES)
        return self._individuals(doc, self._korean_halves(doc, _short_names_again(doc.tokens, cands)))

    def _individuals(self, doc: Document, cands: list[Cand]) -> list[Cand]:
        """"ein 23 Jahre alter Syrer ... Die Polizei nahm den Mann fest", "A 24-year-old Afghan ... arrested
        the man": the man, the attacker or the suspect a story names after one foreign individual is that
        individual, of that country."""
        toks, roles = doc.tokens, self.roles
        at, extra = {c.start: c for c in cands}, []
        for c in [c for c in cands if c.kind == "adjective" and c.kb is not None and c.kb.kind == "country"]:
            if c.end < len(toks) and toks[c.end].text.lower() in roles.NATIONALITY_NOUNS:
                c.origin = True   # a person's nationality, not the story's scene ("Flores-Ruiz, a Mexican national")
            if not self._one_person(toks, c):
                continue
            for t in toks[c.end:]:
                if t.sent > c.sent + INDIVIDUAL_SENTENCES or t.i in at and at[t.i].kind == "adjective":
                    break   # (a second nationality named: who "der Mann" is becomes unclear)
                if t.text.lower() not in roles.INDIVIDUAL_NOUNS or not self._definite_before(toks, t.i):
                    continue
                role: Role = (None, None, "PER", None)
                title = at.get(t.i) or Cand(t.i, t.i + 1, "title", t.sent, role_word=norm(t.text))
                if title.kind != "title" or title.country or title.name is not None or title.org is not None:
                    continue
                title.role, title.country, title.origin = role, c.kb.code, True
                if t.i not in at:
                    at[t.i] = title
                    extra.append(title)
        return sorted(cands + extra, key=lambda c: c.start) if extra else cands

    def _one_person(self, toks: list[Token], c: Cand) -> bool:
        """A nationality word for one person: after an indefinite article (and an age), heading its phrase
        or before a word for a person ("ein 23 Jahre alter Syrer", "a Syrian man")."""
        k = c.start - 1
        while k >= 0 and (toks[k].pos in ("ADJ", "NUM") or toks[k].text.lower() in self.roles.AGE_WORDS):
            k -= 1
        nxt = toks[c.end] if c.end < len(toks) else None
        heads = nxt is None or nxt.pos not in ("NOUN", "PROPN") or nxt.text.lower() in self.roles.INDIVIDUAL_NOUNS
        return k >= 0 and toks[k].text.lower() in self.roles.INDEFINITE_ARTICLES and heads

    @staticmethod
    def _article_before(toks: list[Token], i: int) -> str:
        """The word before the noun at i and its adjectives (its article, if it has one), lower-cased."""
        k = i - 1
        while k >= 0 and toks[k].pos == "ADJ":
            k -= 1
        return toks[k].text.lower() if k >= 0 else ""

    def _definite_before(self, toks: list[Token], i: int) -> bool:
        return self._article_before(toks, i) in self.roles.DEFINITE_ARTICLES

    def _korean_halves(self, doc: Document, cands: list[Cand]) -> list[Cand]:
        """In a story on the two Koreas, "forderte den Norden auf", "warf dem Süden vor": the German noun
        after an article is the state, unless a preposition of direction or a genitive makes it a region
        ("Flugblätter in den Norden schicken", "in den Süden der Hauptstadt")."""
        named = {c.kb.code for c in cands if c.kb is not None and c.kb.kind == "country"}
        if doc.lang != "de" or not named & set(KOREAN_NOUNS.values()):
            return cands
        toks, taken = doc.tokens, {i for c in cands for i in range(c.start, c.end)}
        extra = []
        for t in toks[2:]:
            code = KOREAN_NOUNS.get(t.text)
            nxt = toks[t.i + 1] if t.i + 1 < len(toks) else None
            if code is None or t.i in taken or toks[t.i - 1].text.lower() not in ("der", "den", "dem", "des") \
                    or toks[t.i - 2].text.lower() in DIRECTION_WORDS \
                    or nxt is not None and nxt.text.lower() in ("der", "des"):
                continue
            extra.append(Cand(t.i, t.i + 1, "name", t.sent, kb=self.kb.country(code)))
        return sorted(cands + [c for c in extra if c.kb is not None], key=lambda c: c.start)

    def _demonym_heads(self, toks: list[Token], cands: list[Cand]) -> list[Cand]:
        """'Der 25 Jahre alte Afghane Sulaiman A.': the tagger's span took the nationality noun in; it
        gives the person's country, like 'der Syrer Ahmed K.'."""
        for c in cands:
            if c.kind != "name" or c.kb is not None or c.end - c.start < 2 or not self._personal(c):
                continue
            if (nationality := self._nationality(toks, c.start, c.start + 1)) is not None:
                c.country = c.country or nationality.code
                c.start += 1
        return cands

    def _learned_titles(self, doc: Document, cands: list[Cand]) -> list[Cand]:
        """A noun the text puts before a person's full name ("Erzbischof Bagrat Galstanjan") is that
        person's title in this text, so "der Erzbischof" later is the same person."""
        toks = doc.tokens
        cands = self._untag_nouns_before_names(toks, cands)
        taken = {i for c in cands for i in range(c.start, c.end)}
        learned: dict[str, int] = {}
        for c in cands:
            if c.kind != "name" or not self._personal(c):
                continue
            if c.end - c.start >= 3 and self._title_noun(toks[c.start]):
                taken.discard(c.start)     # the tagger's span took the title in: "Erzbischof Bagrat Galstanjan"
                c.start += 1
            if c.end - c.start >= 2 and c.start > 0 and c.start - 1 not in taken and self._title_noun(toks[c.start - 1]):
                learned.setdefault(self._norms[c.start - 1], c.start - 1)
        extra = []
        for word, at in learned.items():
            role: Role = (None, None, "PER", _gender(toks[at]))
            extra.append(Cand(at, at + 1, "title", toks[at].sent, role=role, role_word=word, gender=role[3]))
            if "-" in word:
                self._attach_prefix(extra[-1], word.rpartition("-")[0])   # "HRW-Forscherin": of Human Rights Watch
            extra += [Cand(t.i, t.i + 1, "title", t.sent, role=role, role_word=word, gender=role[3])
                      for t in toks[at + 1:] if self._norms[t.i] == word and t.i not in taken
                      and self._norms[t.i - 1] in self.roles.DEMONYM_ARTICLES
                      and not (t.i + 1 < len(toks) and toks[t.i + 1].pos == "PROPN")]
        return sorted(cands + extra, key=lambda c: c.start)

    def _untag_nouns_before_names(self, toks: list[Token], cands: list[Cand]) -> list[Cand]:
        """'Sein konservativer Rivale Kim Moon-soo': the tagger took the noun before the name for a name
        of its own; it is the person's description."""
        after = {c.start: c for c in cands}
        return [c for c in cands
                if not (c.kind == "name" and c.kb is None and c.end - c.start == 1 and self._title_noun(toks[c.start])
                        and (nxt := after.get(c.end)) is not None and nxt.kind == "name" and nxt.end - nxt.start >= 2
                        and self._personal(nxt))]

    @staticmethod
    def _title_noun(t: Token) -> bool:
        return t.pos == "NOUN" and t.text[:1].isupper() and len(t.text) > 3 and t.feat("Number") != "Plur"

    def _repeated_surnames(self, doc: Document, cands: list[Cand]) -> list[Cand]:
        """A person's surname alone later in the text is that person, even where the tagger read it
        as a noun ("Zugleich warf Kassem der Regierung vor" after "Naim Kassem")."""
        toks = doc.tokens
        surnames = {toks[c.end - 1].text for c in cands
                    if c.kind == "name" and c.end - c.start >= 2 and self._personal(c)}
        taken = {i for c in cands for i in range(c.start, c.end)}
        first_seen: dict[str, int] = {}
        for c in cands:
            if toks[c.end - 1].text in surnames:
                first_seen.setdefault(toks[c.end - 1].text, c.start)
        extra = [Cand(t.i, t.i + 1, "name", t.sent, ner="PER") for t in toks
                 if t.text in surnames and t.i not in taken and t.i > first_seen[t.text]]
        for c in cands:
            # the tagger read the surname as a place ("Spajić rief Zagreb zur Mäßigung auf" after "Milojko Spajić")
            if c.kind == "name" and c.end - c.start == 1 and c.kb is None and c.ner == "LOC" \
                    and toks[c.start].text in surnames and c.start > first_seen[toks[c.start].text] \
                    and not self._locative(toks, c.start, doc.sentences[c.sent].token_start):
                c.ner, c.locative = "PER", False
        return sorted(cands + extra, key=lambda c: c.start)

    @staticmethod
    def _personal(c: Cand) -> bool:
        return c.ner == "PER" or (c.kb is not None and c.kb.kind == "person") or (
            c.ner is None and c.kb is None and c.title is not None and c.title.role is not None
            and c.title.role[2] == "PER")   # "seinem Amtskollegen Milojko Spajić"

    def scan_sentence(self, doc: Document, s: int, first: int, stop: int) -> list[Cand]:
        toks = doc.tokens
        out: list[Cand] = []
        i = first
        while i < stop:
            if (treaty_end := self._treaty_name_end(toks, i, stop)) is not None:
                i = treaty_end   # "the Vienna Convention": a place naming a treaty is no party
                continue
            cand = self.candidate_at(toks, i, stop, s, first)
            if cand is None:
                i += 1
                continue
            out.append(cand)
            i = cand.end
        return out

    def _treaty_name_end(self, toks: list[Token], i: int, stop: int) -> int | None:
        """Where "the Vienna Convention", "the Minsk agreements" end, when a capital opens them (not a
        state: "the US agreement with Japan" has a party)."""
        # (a treaty word must follow within a name's length before the name is looked up)
        ahead = range(i + 1, min(stop, i + 1 + self.kb.max_len))
        if not toks[i].text[:1].isupper() or not any(self._norms[j] in self.roles.TREATY_NOUNS for j in ahead) \
                or (match := self.kb_match(toks, i, stop)) is None:
            return None
        end = i + match[0]
        if end >= stop or self._norms[end] not in self.roles.TREATY_NOUNS \
                or not all(form == "capital" for _, form in match[1]):
            return None
        return end + 1

    def candidate_at(self, toks: list[Token], i: int, stop: int, s: int, first: int) -> Cand | None:
        tok = toks[i]
        low = self._norms[i]
        if (owner := self.roles.HOME_OWNERS.get(low)) and i + 1 < stop \
                and self._norms[i + 1] in self.roles.HOME_NOUNS \
                and not (i > first and self._norms[i - 1] in self.roles.OF_WORDS):
            # (where someone comes from, not where the sentence happens: "in sein Heimatland ausgeliefert"; "the
            # partners of his country" name no party)
            return Cand(i, i + 2, "pronoun", s, gender=owner[0], number=owner[1], home=True, origin=True)
        if low in self.roles.PRONOUNS and tok.pos in ("PRON", "DET", "") and not self._followed_by_noun(toks, i, stop) \
                and (low != "it" or self._acting_it(toks, i, stop)):
            gender, number = self.roles.PRONOUNS[low]
            where = {"report_start": _report_start(toks, i, first, stop, self.roles.CLOSING_CUES)}
            if gender is None and number is None:     # "sie": the morphology decides when present
                number = {"Plur": "pl", "Sing": "sg"}.get(_verb_number(toks, tok) or tok.feat("Number") or "")
                gender = "f" if number == "sg" else None
                return Cand(i, i + 1, "pronoun", s, gender=gender, number=number, grammatical=True, **where)
            return Cand(i, i + 1, "pronoun", s, gender=gender, number=number, **where)
        if low in self.roles.DEMONSTRATIVES and (tok.pos == "PRON" or tok.dep.startswith(("nsubj", "obj", "obl"))):
            return Cand(i, i + 1, "pronoun", s, gender="m", number="sg", demonstrative=True)
        if self.age_re.match(low) and not (i > first and self._norms[i - 1] in self.roles.INDEFINITE_ARTICLES) \
                and not (i + 1 < stop and (toks[i + 1].pos == "PROPN" or toks[i + 1].ent.endswith("PER"))):
            # ("charged a 30-year-old man": someone new, not the one named before; "der 69-jährige al-Sisi" is an
            # attribute of the name or noun after it)
            return Cand(i, i + 1, "pronoun", s, gender="person", number="sg", aged=True)
        if self.party_person_re.match(low) and not (i + 1 < stop and toks[i + 1].pos == "PROPN"):
            gender = _gender(tok) or ("f" if low.endswith("in") else "person")
            return Cand(i, i + 1, "pronoun", s, gender=gender, number="sg")
        if (nationality := self._demonym_person(toks, i, first, stop)) is not None:
            gender = _gender(tok) or "person"
            return Cand(i, i + 1, "pronoun", s, gender=gender, number="sg", country=nationality.code)
        if (source := self._source_compound(tok.text)) is not None:
            return Cand(i, i + 1, "name", s, kb=source)   # "nach UN-Angaben": the UN
        if (body := self._member_compound(tok.text)) is not None:
            return Cand(i, i + 1, "name", s, kb=body)   # "die Nato-Staaten": NATO
        compound = self._hyphen_compound(toks, i, s)
        if compound is not False:
            return compound
        match = self.kb_match(toks, i, stop)
        if match and i >= first + 2 and self._norms[i - 1] in ("of", "von") and self._norms[i - 2] in WATER_NOUNS:
            return None   # "the Gulf of Oman", "im Golf von Aden": a sea named after a land, no party
        if match and match[0] == 1 and i + 1 < stop and self._norms[i + 1] in WATER_NOUNS \
                and all(form == "adjective" for _, form in match[1]):
            return None   # "im Finnischen Meerbusen", "the Arabian Sea": the same
        role = self.role_at(toks, i, stop)
        if role and role[2] in self.roles.POSSESSED_ONLY and not (i > first and norm(toks[i - 1].text) in self.roles.POSSESSIVES):
            role = None   # "his office" speaks for him; "ten Serbian offices" are buildings
        if role and role[2] in self.roles.SUBJECT_ONLY \
                and not self._subject_before_verb(toks, i, role[0], stop):
            role = None   # "Die Anklage warf ihm vor": the prosecution; "erhob Anklage": a charge
        if match and self._person_first_name(toks, i, stop, match):
            return self._ner_name(toks, i, stop, s, first)   # "Santiago Peña", "Jordan Bardella": not a place
        if match and self._longer_tagged_name(toks, i, stop, match):
            return self._ner_name(toks, i, stop, s, first)   # "The Independent Policing Oversight Authority"
        if match and self._demonym_place(toks, i, stop, match):
            return Cand(i, i + 2, "name", s, ner="LOC", locative=self._locative(toks, i, first))   # "British Columbia"
        if match and _dateline_word(toks, i, match[0]) and all(self.kb.entries[e].kind == "person" for e, _ in match[1]):
            return Cand(i, i + match[0], "name", s, ner="LOC", locative=True)   # "AUSTIN, Texas (AP) —": a city
        if match and not (role and role[0] >= match[0] and not role[3] and not self._compound_role(i, role)):
            n, hits = match
            entry = self._pick(hits)
            form = next(f for e, f in hits if e == entry.id)
            if form == "adjective" and i + n < stop and norm(toks[i + n].text) in REGION_NOUNS:
                return None   # "the Central African country": a region describing a country, not CAR
            kind = {"adjective": "adjective", "capital": "capital"}.get(form, "name")
            cand = Cand(i, i + n, kind, s, kb=entry, form=form)
            if form == "capital":
                cand.locative = self._locative(toks, i, first)
            elif kind == "adjective":
                cand.locative = self._placing_adjective(toks, i, n, first, stop)
            elif kind == "name" and entry.kind == "country":
                # "In den USA nannte ...": the country is the sentence's scene
                before = [norm(t.text) for t in toks[max(first, i - 2):i] if t.pos != "DET"]
                cand.scene = bool(before) and before[-1] in SCENE_WORDS
            elif kind == "name" and entry.kind == "person" and toks[i].ent == "B-PER":
                # "Mohammed bin Sajid Al Nahjan": the tagged name goes on past the part the knowledge base lists
                # (not into another name the knowledge base knows: "Jean-Noël Barrot Al-Schaibani")
                while cand.end < stop and toks[cand.end].ent == "I-PER" and toks[cand.end].text[:1].isupper() \
                        and self.kb_match(toks, cand.end, stop) is None:
                    cand.end += 1
            elif kind == "name" and entry.kind == "org" and cand.end < stop and toks[cand.end].text[:1].isupper() \
                    and self._norms[cand.end] in BODY_HEADS:
                cand.end += 1   # "the U.S. Treasury Department": the body the knowledge base names without its head
            return cand
        if role:
            n, info, word, prefix = role
            if info[2] == "GRP" and self._article_before(toks, i) in self.roles.INDEFINITE_ARTICLES:
                info = (info[0], info[1], "PER", info[3])   # "einen amerikanischen Journalisten": one of them
            cand = Cand(i, i + n, "title", s, role=info, role_word=word, gender=info[3])
            cand.counterpart = word in self.counterparts
            cand.guest = word in self.guests
            cand.asset = toks[i].text.islower() and word in self.roles.ATTRIBUTE_ROLES and i + n < stop \
                and self._lemmas[i + n] in self.roles.FORCE_ASSETS \
                and any(t.text.lower() in SCENE_WORDS for t in toks[i + n + 1:min(stop, i + n + 8)])
            if i > first and toks[i - 1].text.lower().startswith("international") and info[2] == "PER":
                cand.country = "IGO"   # "the international envoy overseeing peace in Bosnia" serves no one state
            if prefix:
                self._attach_prefix(cand, prefix)
                # "Arakan-Armee", "Wagner-Gruppe": a group's own name, not the state's army
                cand.proper = cand.country is None and cand.org is None and info[2] != "PER" \
                    and len(prefix) >= 3 and prefix.isalpha() and toks[i].text[:1].isupper()
            return cand
        if self._has_ner:
            return self._ner_name(toks, i, stop, s, first)
        if self._name_token(toks[i]):
            j = i
            while j < stop and self._name_token(toks[j]) and j - i < 5 and (j == i or not self.role_at(toks, j, stop)):
                j += 1
            cand = Cand(i, j, "name", s)
            cand.locative = self._locative(toks, i, first) or (
                i > first and norm(toks[i - 1].text) in self.roles.PLACE_PREPOSITIONS)
            return cand
        return None

    def _person_first_name(self, toks: list[Token], i: int, stop: int, match: tuple[int, list[tuple[str, str]]]) -> bool:
        """A one-word place or state name that NER reads as the first of a person's names, or a known
        person's one-word name that is another person's first name ("Jean-Pierre Fabre" is not Karine
        Jean-Pierre: the next name is none of hers)."""
        if not (self._has_ner and match[0] == 1 and toks[i].ent == "B-PER" and i + 1 < stop
                and toks[i + 1].ent == "I-PER" and toks[i + 1].text[:1].isupper()):
            return False
        people = [self.kb.entries[e] for e, _ in match[1] if self.kb.entries[e].kind == "person"]
        following = toks[i + 1].text
        # (but "warf Selenskyj Moskau vor": two known names the tagger ran together)
        if people and (self.kb.lookup(name_key(following), following)
                       or any(self._bears(person, following) for person in people)):
            return False
        return not self.role_at(toks, i + 1, stop)   # "Indian Prime Minister Narendra Modi": a title

    @staticmethod
    def _bears(person: KBEntry, word: str) -> bool:
        """Is the word one of the person's names, in any of the forms the knowledge base lists?"""
        key = name_key(word)
        return any(key[0] in name_key(form) for form in (person.name, *person.aliases)) if key else True

    def _longer_tagged_name(self, toks: list[Token], i: int, stop: int, match: tuple[int, list[tuple[str, str]]]) -> bool:
        """A known body's name that the tagger reads as the start of a longer name ("The Independent" in "The
        Independent Policing Oversight Authority")."""
        end = i + match[0]
        # (a name that ends in an adjective runs on; "U.N. Security Council", "UN Secretary General" are the U.N.'s)
        return (self._has_ner and end < stop and toks[end].ent.startswith("I-") and toks[end].text[:1].isupper()
                and toks[end - 1].ent != "O" and toks[end - 1].pos == "ADJ" and not toks[end - 1].text.isupper()
                and all(self.kb.entries[e].kind == "org" for e, _ in match[1]))

    def _demonym_place(self, toks: list[Token], i: int, stop: int, match: tuple[int, list[tuple[str, str]]]) -> bool:
        """A demonym that starts a place's name ("British Columbia", "New Mexico" is no adjective)."""
        from ..geo import resolve_place

        if match[0] != 1 or i + 1 >= stop or not toks[i + 1].text[:1].isupper() \
                or not all(form == "adjective" for _, form in match[1]):
            return False
        phrase = f"{toks[i].text} {toks[i + 1].text}"
        place = resolve_place(phrase, self.lang)
        return place is not None and norm(place.name) == norm(phrase)

    def _ner_name(self, toks: list[Token], i: int, stop: int, s: int, first: int) -> Cand | None:
        """With NER tags, unknown names are the tagged spans (PER, ORG, LOC; MISC is skipped)."""
        tag = toks[i].ent
        if self._norms[i] in self.roles.HONORIFICS:
            return None   # "Ajatollah Ali Chamenei": the name after the honorific is the one to look up
        if tag == "O" and toks[i].text.lower() in region_names():
            # a listed region the tagger missed ("Ziele im Gazastreifen")
            return Cand(i, i + 1, "name", s, ner="LOC", locative=True)
        if not tag.startswith(("B-", "I-")) or tag[2:] == "MISC":
            return None
        if not toks[i].text[:1].isupper():   # "foreign minister of": a title, not a name
            return None
        label = tag[2:]
        if i == first and toks[i].pos == "ADP" and i + 1 < stop and toks[i + 1].ent == "I-" + label:
            return None   # "Hinter Torres stellten sich ...": a capitalised first preposition is no part of the name
        j = i + 1
        while j < stop and toks[j].ent == "I-" + label and not self._breaks_name(toks[j], label):
            j += 1
        while not toks[j - 1].text[:1].isupper():
            j -= 1
        if label == "ORG" and toks[j - 1].pos == "ADJ" and j < stop and toks[j].ent == "O" \
                and toks[j].pos == "NOUN" and toks[j].text[:1].isupper():
            j += 1   # "Japans Oberster Gerichtshof": the tagger stops at the adjective, the name goes on
        if label == "PER" and j < stop and ARABIC_ARTICLE.match(toks[j].text):
            j += 1   # "Sadiq al-Kabir": the tagger stops at the lower-case article, the name goes on
        if j - i == 1 and norm(toks[i].text) in self.not_names:
            return None                       # "Afrika", "Nahost": regions no actor stands for
        if label == "LOC" and all(norm(t.text) in self.roles.FAITH_WORDS for t in toks[i:j]) and j < stop \
                and toks[j].text[:1].islower():
            return None                       # "a Roman Catholic bishop": the faith of the noun after it, no place
        if j - i == 1 and toks[i].pos in FUNCTION_POS and toks[i].lemma[:1].islower():
            return None                       # "Dort enthob er ...": a sentence's first adverb, tagged as a name
        cand = Cand(i, j, "name", s, ner=label)
        prefix, _, rest = toks[i].text.partition("-")
        if j - i == 1 and rest and label != "PER" and norm(rest) not in self.roles.STREET_HEADS:
            self._attach_prefix(cand, norm(prefix))   # "UN-Mission", "EU-Kommission"
        cand.locative = label == "LOC" or self._locative(toks, i, first)
        return cand

    def _breaks_name(self, tok: Token, label: str) -> bool:
        """Tagger spans that run on: "Amina Kouyate of Mali" is a person and a country."""
        return label == "PER" and tok.pos == "ADP" and norm(tok.text) not in NAME_PARTICLES

    def _name_token(self, tok: Token) -> bool:
        """A capitalised proper noun; in English also a capitalised noun the tagger missed. A
        lower-case lemma means the lexicon knows the word ("While", "Earlier" at a sentence start)."""
        low = norm(tok.text)
        if not tok.text[:1].isupper() or low in self.roles.HONORIFICS or low in self.not_names:
            return False
        if tok.lemma[:1].islower() and tok.pos != "PROPN":
            return False
        return tok.pos in NAME_POS or (tok.pos in self.roles.NAME_LIKE_POS and not tok.lemma[:1].islower())

    def _acting_it(self, toks: list[Token], i: int, stop: int) -> bool:
        """"it" only as the subject of the verb right after it, auxiliaries allowed ("It accused ...", "said
        it had arrested 20 people"), not "It was ...", "said it"; "it said" is the quote stage's, which finds
        the body the quote opened with."""
        j = i + 1
        while j < stop and j - i <= 3 and toks[j].pos in ("AUX", "PART", "ADV"):
            j += 1
        if j >= stop or toks[j].pos != "VERB" or self._norms[j] in SAYING_WORDS:
            return False
        return toks[i].dep.startswith("nsubj") if j == i + 1 else toks[i].dep == "nsubj"

    def _followed_by_noun(self, toks: list[Token], i: int, stop: int) -> bool:
        """'ihr Sprecher' is a possessive determiner, not a pronoun."""
        return i + 1 < stop and toks[i + 1].pos in ("NOUN", "ADJ", "PROPN") and norm(toks[i].text) in ("ihr", "her")

    def _pick(self, hits: list[tuple[str, str]]) -> KBEntry:
        """Prefer countries, then curated organisations and people, then Phoenix entries."""
        order = {"country": 0, "org": 1, "person": 2}
        entries = [self.kb.entries[e] for e, _ in hits]
        return min(entries, key=lambda e: (not e.curated, order[e.kind]))

    def _locative(self, toks: list[Token], i: int, first: int) -> bool:
        if i == 0 and len(toks) > 1 and toks[1].text in ("(", "-", "–", ","):
            return True               # dateline: "Teheran (IRNA) - ..."
        if i > first and norm(toks[i - 1].text) in self.locatives:
            return not _voice_of_capital(toks, i, first)
        if i > first + 1 and norm(toks[i - 1].text) in ("von", "of") and norm(toks[i - 2].lemma or toks[i - 2].text) \
                .endswith(TREATY_NOUNS):
            return True               # "der Friedensvertrag von Pretoria", "the Treaty of Lisbon": a treaty's place
        return i > first and norm(toks[i - 1].lemma or toks[i - 1].text) in self.city_nouns

    def _subject_before_verb(self, toks: list[Token], i: int, n: int, stop: int) -> bool:
        """Does the role word stand after an article and right before its clause's verb ("Die Anklage wirft")?"""
        after = i + n
        return i > 0 and toks[i - 1].pos == "DET" and after < stop and toks[after].pos in ("VERB", "AUX")

    def _placing_adjective(self, toks: list[Token], i: int, n: int, first: int, stop: int) -> bool:
        """"im oberbayerischen Murnau", "in der ostukrainischen Stadt Pokrowsk", "in the Bavarian town of
        Murnau": a state's adjective before a place names where the scene is, also for a town the gazetteer
        lacks."""
        j = i - 1
        while j > first and toks[j].pos == "DET":
            j -= 1
        after = i + n
        return first <= j < i and norm(toks[j].text) in self.locatives and after < stop \
            and (self._lemmas[after] in self.city_nouns or toks[after].ent.endswith("LOC"))

    def _attach_prefix(self, cand: Cand, prefix: str) -> None:
        hits = self.kb.index.get((prefix,), [])
        if not hits:
            return
        entry = self._pick(hits)
        if entry.kind == "country":
            cand.country = entry.code
        else:
            cand.org = entry


# Nouns for treaties and accords named after the place they were signed ("Abkommen von Pretoria")
TREATY_NOUNS = ("vertrag", "abkommen", "vereinbarung", "protokoll", "treaty", "accord", "accords", "agreement",
                "protocol")
# "the Central African country", "das zentralafrikanische Land": an adjective before these nouns
# places a country in its region (the country named before), it does not name the adjective's state
REGION_NOUNS = frozenset({"country", "land", "landes"})
# how many sentences after a foreign individual "der Mann" or "the suspect" still refers to them
INDIVIDUAL_SENTENCES = 4
# the two Koreas named by a point of the compass (German nouns; English "the North" is a name)
KOREAN_NOUNS = {"Norden": "PRK", "Nordens": "PRK", "Süden": "KOR", "Südens": "KOR"}
DIRECTION_WORDS = frozenset({"in", "nach", "gen", "richtung", "im"})
COMPASS_PREFIXES = tuple(norm(p) for p in ("nordwest", "nordost", "südwest", "südost", "nord", "süd", "ost",
                                            "west", "zentral", "mittel"))


def compass_hits(kb: KnowledgeBase, word: str, keep: Callable[[KBEntry, str], bool],
                 shortest: int) -> list[tuple[str, str]]:
    """Knowledge-base hits for what follows a compass prefix ("nordsyrischen", "Nordirak"), of the first
    prefix whose rest (at least ``shortest`` letters) has hits that ``keep(entry, form)`` accepts."""
    for prefix in COMPASS_PREFIXES:
        rest = word.removeprefix(prefix)
        if rest != word and len(rest) >= shortest:
            hits = [(e, form) for e, form in kb.lookup((rest,), rest) if keep(kb.entries[e], form)]
            if hits:
                return hits
    return []


# Parts of speech of words the lexicon knows that are never names on their own ("Dort", "Daraufhin")
FUNCTION_POS = frozenset({"ADV", "ADP", "CCONJ", "SCONJ", "PRON", "DET", "AUX", "PART"})


def attach_titles(cands: list[Cand], doc: Document, roles: ModuleType) -> None:
    """Link role nouns with their country, organisation and apposed name."""
    toks = doc.tokens
    for k, cand in enumerate(cands):
        if cand.kind == "name" and k + 1 < len(cands):
            _name_origin(cand, cands[k + 1], toks, roles)
        if cand.kind != "title":
            continue
        _left_context(cands, k, toks, roles)
        _right_context(cands, k, toks, roles)
    for cand in cands:
        if cand.kind == "title" and cand.body is not None and cand.org is None and cand.body.org is not None:
            # "Vorsitzender der Kommission der Afrikanischen Union": the body's own body, linked after the title
            cand.org = cand.body.org
    _owned_names(cands, toks)
    # "die US-Botschaft", "the French embassy" act for their state; a bare "Botschaft" is a message
    cands[:] = [c for c in cands if not (c.kind == "title" and c.role_word in roles.COUNTRY_BOUND
                                         and c.country is None and c.org is None
                                         or c.kind == "title" and c.role_word in roles.BODY_BOUND and c.org is None)]
    _appositions_after_name(cands, toks, roles)
    _predicative_titles(cands, toks)
    _name_after_long_title(cands, toks)
    _coordinated_titles(cands, toks)
    _names_sharing_title(cands, toks)
    _fronted_place(cands, toks)
    _members_of_group(cands, toks)
    _plural_people(cands, toks)
    _bracketed_short_names(cands, toks)
    _sites_in_countries(cands, toks)
    _quoted_by_state_media(cands, toks, roles)
    _demonym_before_name(cands, toks)
    _possessed_bodies(cands, toks)
    _demonym_after_name(cands, toks)
    _national_chapters(cands, toks, verb_may_follow=not roles.GENITIVE_ARTICLES)
    if not roles.GENITIVE_ARTICLES:
        _move_name_forward(cands, toks)


def _coordinated_titles(cands: list[Cand], toks: list[Token]) -> None:
    """"Crown Prince and Prime Minister Mohammed bin Salman", "Kronprinz und Ministerpräsident X": two offices of
    one person joined by "and" before the name both name that person."""
    for first, second in zip(cands, cands[1:]):
        if first.kind == second.kind == "title" and first.name is None and second.name is not None \
                and second.start == first.end + 1 and toks[first.end].text.lower() in {"and", "und"} \
                and first.role is not None and first.role[2] == "PER" and second.role is not None \
                and second.role[2] == "PER" and first.sent == second.sent:
            first.name = second.name


def _names_sharing_title(cands: list[Cand], toks: list[Token]) -> None:
    """"former prime ministers Laurent Lamothe and Jean-Henry Céant", "die früheren Minister X und Y": the
    unknown names listed after the first name of a plural title hold that title too."""
    for k, title in enumerate(cands):
        first = title.name
        if title.kind != "title" or first is None or not title.role or title.role[2] != "PER" \
                or not _plural_title(title, toks[max(0, title.start - 3):title.start], toks) \
                or first not in cands[k + 1:k + 2]:
            continue
        prev = first
        for cand in cands[k + 2:]:
            between = [norm(t.text) for t in toks[prev.end:cand.start]]
            if cand.kind != "name" or cand.kb is not None or cand.title is not None or cand.sent != title.sent \
                    or cand.ner not in (None, "PER") or between not in ([","], ["and"], ["und"]):
                break
            cand.fellow = first
            prev = cand


# Words that open a list of a group's members: "six Canadian diplomats, including acting High Commissioner X"
MEMBER_OPENERS = frozenset({"including", "among them", "darunter", "unter ihnen", "einschließlich"})
ACTING_WORDS = frozenset({"acting", "amtierende", "amtierenden", "geschäftsführende", "geschäftsführenden"})


def _members_of_group(cands: list[Cand], toks: list[Token]) -> None:
    """A role noun listed as a member of a group named just before serves the group's country."""
    for group, member in zip(cands, cands[1:]):
        if member.kind != "title" or member.country or member.org or group.kind != "title" \
                or not group.country or group.sent != member.sent:
            continue
        gap = toks[group.end:member.start]
        comma = next((j for j, t in enumerate(gap) if t.text == ","), None)
        if comma is None or any(t.pos not in ("ADP", "PART") for t in gap[:comma]):
            continue   # (a verb particle may stand before the comma: "wies sechs Diplomaten aus, darunter")
        words = [norm(t.text) for t in gap[comma + 1:] if t.pos not in ("ADJ", "DET", "NUM")
                 and norm(t.text) not in ACTING_WORDS]
        if " ".join(words) in MEMBER_OPENERS:
            member.country = group.country


def _plural_people(cands: list[Cand], toks: list[Token]) -> None:
    """Mark titles of several people ("The ministers", "Die Minister trafen sich"): a group, not one holder."""
    for cand in cands:
        if cand.kind != "title" or not cand.role or cand.role[2] != "PER" or cand.name is not None:
            continue
        head = toks[cand.end - 1]
        article = toks[cand.start - 1].text.lower() if cand.start > 0 else ""
        if head.feat("Number") == "Plur" or _verb_number(toks, head) == "Plur" \
                or cand.role[3] == "m" and article == "die":
            cand.number = "pl"


def _sites_in_countries(cands: list[Cand], toks: list[Token]) -> None:
    """"the Al Udeid air base in Qatar", "den Stützpunkt Al Udeid in Katar": an unknown place or body
    lies in the country named right after it, not in the one named last."""
    for site, place in zip(cands, cands[1:]):
        if site.kind != "name" or site.kb is not None or site.country or site.org or site.ner == "PER" \
                or place.kind != "name" or place.kb is None or place.kb.kind != "country" or site.sent != place.sent:
            continue
        gap = toks[site.end:place.start]
        # ("in Western Australia und in Papua-Neuguinea": a list of places, the one not inside the other)
        if 1 <= len(gap) <= 4 and norm(gap[-1].text) in ("in", "im") \
                and all(t.text[:1].islower() and t.text.isalpha() and t.pos != "CCONJ" for t in gap[:-1]):
            site.country = place.kb.code


def _quoted_by_state_media(cands: list[Cand], toks: list[Token], roles: ModuleType) -> None:
    """"zitierte die Staatsagentur KCNA den Vizechef des Generalstabs": an official whom a state medium
    quotes, with no country or body of their own named, serves that state (not the one named last)."""
    for k, medium in enumerate(cands):
        if medium.kb is None or medium.kb.sector != "MED" or not medium.kb.code \
                or not any(norm(t.text) in roles.STATE_MEDIA_WORDS for t in toks[max(0, medium.start - 3):medium.start]):
            continue
        for official in cands[k + 1:]:
            if official.sent != medium.sent:
                break
            if official.kind == "title" and official.role and official.role[2] == "PER" \
                    and official.country is None and official.org is None:
                official.country = medium.kb.code


def in_brackets(toks: list[Token], c: Cand) -> bool:
    """Does the candidate stand alone in round brackets ("(KIA)")?"""
    return 0 < c.start and c.end < len(toks) and toks[c.start - 1].text == "(" and toks[c.end].text == ")"


def short_name_gap(toks: list[Token], c: Cand, alias_words: frozenset[str]) -> int:
    """How many tokens stand between a short name and the full name it follows: 1 for "(KIA)", 2 for an
    acronym between commas after "or" ("The Spanish Commission for Refugee Aid, or CEAR, said"); 0 when the
    candidate is no such short name."""
    if in_brackets(toks, c):
        return 1
    alias = 2 <= c.start and c.end == c.start + 1 and c.end < len(toks) and toks[c.end].text == "," \
        and toks[c.start - 2].text == "," and toks[c.start - 1].text.lower() in alias_words \
        and toks[c.start].text[:2].isupper()
    return 2 if alias else 0


MAX_NAME_TAIL = 8   # words of a body's name after its head noun: "für das Überleben des Ogoni-Volkes"
MIN_RECURRING_ACRONYM = 3   # "IBA", "NATO" (not "US", "EU": short enough to be other words' forms)
DATELINE_END = 4   # where the agency stands at the latest: "BEIJING/TOKYO (Reuters) -"
DATED_LINE_END = 8   # ... or, followed by its dash, after a date: "PORT OF SPAIN, Dec 31 (Reuters) -"


def _dash_after(toks: list[Token], i: int) -> bool:
    return i < len(toks) and toks[i].text in {"-", "–", "—"}


def _dateline_state(cands: list[Cand], toks: list[Token], states: dict[str, str]) -> None:
    """"BURLINGTON, Vt. (AP) —": the dateline's town takes its state along, so that the state names the
    country (Burlington in Vermont, not in Ontario)."""
    town = cands[0] if cands else None
    if town is None or town.start != 0 or town.kind != "name" or town.end + 1 >= len(toks) \
            or toks[town.end].text != "," or toks[town.end + 1].text.rstrip(".") + "." not in states:
        return
    town.end += 2


def _short_names_again(toks: list[Token], cands: list[Cand]) -> list[Cand]:
    """"Die Kachin-Unabhängigkeitsarmee (KIA) ... rief die KIA auf": a short name given in brackets, or an
    acronym the tagger found elsewhere in the story ("the IBA's decision ... the Russian-led IBA"), is a name
    wherever it recurs, also where the tagger missed it."""
    taken = {i for c in cands for i in range(c.start, c.end)}
    shorts = {toks[c.start].text for c in cands if c.kind == "name" and c.end == c.start + 1
              and (in_brackets(toks, c) and toks[c.start].text[:2].isupper() or _acronym(toks[c.start].text))}
    extra = [Cand(t.i, t.i + 1, "name", t.sent, ner="ORG") for t in toks if t.text in shorts and t.i not in taken]
    return sorted(cands + extra, key=lambda c: c.start) if extra else cands


def _acronym(word: str) -> bool:
    return len(word) >= MIN_RECURRING_ACRONYM and word.isalpha() and word.isupper()


def _bracketed_short_names(cands: list[Cand], toks: list[Token]) -> None:
    """"Die UN-Mission im Südsudan (UNMISS)": an unknown short name in brackets right after an actor
    is that actor's other name."""
    ends = {c.end: c for c in cands}
    for a, b in zip(cands, cands[1:]):
        if b.kb is not None and b.kb.kind == "org" and a.kb is None and a.kind in ("name", "title") \
                and b.start == a.end + 1 and in_brackets(toks, b) and _foreign_short_name(cands, b) \
                and not (a.ner == "PER" and b.kb.sector == "PTY") and b.kb.sector != "MED":
            # "Das Oberste Wahlgericht (TSE)" in a story on El Salvador: another country's body of the same
            # short name (Brazil's TSE) is not meant (a person's bracketed party is the party: "Michael
            # Gahler (CDU)", and an agency after a dateline is the source: "OTTAWA, Ontario (AP)")
            b.kb = None
        if b.kb is not None and b.kb.kind == "org" and b.kb.code in NON_STATE_CODES and a.kb is None \
                and a.kind == "name" and a.sent == b.sent and in_brackets(toks, b) \
                and a.end < b.start <= a.end + MAX_NAME_TAIL + 1 \
                and all(t.text not in (",", "(") for t in toks[a.end:b.start - 1]):
            # "Die Internationale Föderation der Rotkreuz- und Rothalbmondgesellschaften (IFRC)": the known short
            # name in brackets names the body whose long name the knowledge base lacks
            a.kb = b.kb
        if b.kb is None and b.kind == "name" and b.start == a.end + 1 and in_brackets(toks, b) \
                and a.kind in ("name", "title"):
            # "Die UN-Mission im Südsudan (UNMISS)": the brackets name the whole phrase, not its place
            head = ends.get(a.start - 1) if a.start > 0 and toks[a.start - 1].pos == "ADP" else None
            b.title = head or a
        elif b.kb is None and b.kind == "name" and a.kind == "title" and a.sent == b.sent and in_brackets(toks, b) \
                and a.end < b.start - 1 <= a.end + MAX_NAME_TAIL and toks[a.end].pos == "ADP" \
                and all(t.pos in NOUN_PHRASE_POS and t.text not in (",", "(") for t in toks[a.end:b.start - 1]):
            # "Die Bewegung für das Überleben des Ogoni-Volkes (MOSOP)": a body's name runs on before its
            # short name
            b.title = a


def _foreign_short_name(cands: list[Cand], short: Cand) -> bool:
    """Is a known short name the body of a country the story names nowhere else, while it names others?"""
    # (the short name used again later names nothing more: "die AEC" after "(AEC)")
    named = {c.kb.code for c in cands if c.kb is not None and c.kb is not short.kb} | {c.country for c in cands}
    named.discard(None)
    code = short.kb.code
    return code is not None and bool(named - NON_STATE_CODES) and code not in named | NON_STATE_CODES


OWNER_MARKS = frozenset({"'s", "’s", "'", "’"})
# Accords and ties: a role word before them says what kind they are ("military agreement", "security
# pact"), it names no party
ACCORD_NOUNS = frozenset({"agreement", "accord", "pact", "deal", "treaty", "cooperation", "ties", "relations"})


def _left_context(cands: list[Cand], k: int, toks: list[Token], roles: ModuleType) -> None:
    cand = cands[k]
    j = k - 1
    pos = pos0 = cand.start
    # (one owner only: in "hat Kroatien Montenegros Parlamentspräsidenten ... erklärt" the first country acts)
    while j >= 0 and cands[j].sent == cand.sent:
        prev = cands[j]
        gap = toks[prev.end:pos]
        # "South Korea's foreign ministry": the owner's country, as "Armeniens Ministerpräsident"
        owner = bool(gap) and gap[0].text in OWNER_MARKS
        # after a possessive or a country's adjective, lower-case noun modifiers too ("Seoul's unification
        # ministry", "a US trade delegation")
        # (a lower-case word tagged a proper noun is a noun: "Vanuatu's climate minister" after a quote)
        # ("European Union foreign policy spokesperson": an adjective among them)
        nouns = bool(gap) and all(t.pos in (*NOUN_TAGS, "ADJ") and t.text.islower() for t in gap) \
            and any(t.pos in NOUN_TAGS for t in gap)
        modifiers = owner or prev.kind == "adjective" or nouns and prev.kind == "name"
        # ("Human Rights Watch's Americas director": after a possessive, a capitalised region word too)
        if any(t.pos not in ("DET", "ADJ", "NUM", "ADV") and not (modifiers and t.pos in NOUN_TAGS and t.text.islower())
               and not (owner and len(gap) <= 2 and t.pos == "PROPN" and prev.kb is not None and prev.kb.kind == "org")
               for t in gap[owner:]):
            break
        if prev.kind == "adjective" and prev.kb is not None and not owner:
            cand.country = cand.country or prev.kb.code
            prev.consumed = True
            cand.start = prev.start
        elif (prev.kind in ("name", "capital") and prev.kb is not None and prev.kb.kind in ("country", "org")
              and not (prev.kb.kind == "country" and cand.start < pos0 and cand.country is not None)
              and (not gap or owner or nouns and (prev.kb.kind == "country" or prev.kb.code in FORUM_CODES)
                   or all(t.pos == "ADJ" for t in gap) and _country_genitive(toks[prev.end - 1], prev.kb))
              and (prev.kind == "name" or owner)
              and not _own_phrase(toks, prev, owner, roles)):
            # ("Beijing's foreign ministry": a capital owns a title only with the possessive)
            # "Armeniens Ministerpräsident", "Pentagon press secretary", "UN Secretary-General", "European Union
            # foreign policy spokesperson"
            if prev.kb.kind == "country":
                cand.country = cand.country or prev.kb.code
            else:
                cand.org = cand.org or prev.kb
            prev.consumed = True
            cand.start = prev.start
        elif (owner or not gap and (_genitive(toks[prev.end - 1], prev.kb) or cand.role_word in roles.PERSON_OWNED)) \
                and prev.kind == "name" and prev.kb is not None and prev.kb.kind == "person":
            # "President Javier Milei's government", "Ramaphosas Regierung", "the Trump administration"; the person
            # stays a mention
            cand.owner = prev
            break
        elif prev.kind == "name" and prev.kb is None and (owner or not gap) \
                and (prev.ner in (None, "LOC") or prev.end - prev.start == 1 and not owner
                     and not _named_in_full(cands[:j], toks, toks[prev.start].text[:-1], persons_only=True)) \
                and _region(toks[prev.start:prev.end], owner):
            # "Brandenburgs Ministerpräsident", "Kaduna's governor": a region's office, of the region's country (also
            # a one-word German genitive the tagger took for a person: "Poilievre und Bramptons Bürgermeister")
            cand.place = prev
            prev.consumed = True
            cand.start = prev.start
            break
        else:
            break
        pos = prev.start
        j -= 1
    i = cand.start - 1
    while i >= 0 and toks[i].pos == "ADJ" and toks[i].sent == cand.sent:
        if norm(toks[i].lemma or toks[i].text) in roles.PRO_GOVERNMENT:
            cand.pro_government = True
        elif (loyal := _loyal_to(toks[i].text)) is not None:
            cand.loyal = loyal        # "der Gbagbo-treuen Truppen": the forces of that leader's country
        if (toks[i].lemma or toks[i].text).lower() in roles.FOREIGN_WORDS:
            cand.foreign = True       # "ausländische Geheimdienste", "foreign forces": of no state the text names
        i -= 1
    if norm(toks[cand.start].text) in getattr(roles, "GENERIC_PLURALS", ()) and cand.end == cand.start + 1 \
            and (i < 0 or toks[i].sent != cand.sent or toks[i].pos not in OWNER_POS):
        cand.generic = True
    if i >= 0 and toks[i].sent == cand.sent and norm(toks[i].text) in roles.POSSESSIVES:
        cand.possessive = True        # "sein stellvertretender Sprecher"
        cand.thing_owned = norm(toks[i].text) in roles.NEUTER_POSSESSIVES   # "its government": a state's
    if cand.country is None and cand.org is None:
        cand.country = _coordinated_country(cands, k, toks) or _leader_before(cands, k, toks, roles)


NOUN_TAGS = ("NOUN", "PROPN")
# Words before a plural that make it someone's ("die Regierungen", "their governments", "both governments")
OWNER_POS = ("DET", "PRON", "NUM", "PROPN", "NOUN", "PART")
SAYING_WORDS = frozenset({"said", "says", "told", "added", "stated", "wrote", "noted", "tweeted"})
# Words for a state's government as a whole: seated in the capital, never owned by another city
NATIONAL_GOVERNMENTS = frozenset({"regierung", "government", "bundesregierung", "zentralregierung"})


def _genitive(last: Token, person: KBEntry | None) -> bool:
    """A German genitive name ("Ramaphosas", "Mileis"): an "s" its known name does not end in."""
    return person is not None and last.text.endswith("s") and not person.name.endswith("s") \
        and last.text[:-1] in person.name


def _country_genitive(last: Token, country: KBEntry) -> bool:
    """A German genitive country name ("Perus", "Sri Lankas") owns the title after its adjectives: "Perus
    früherer Präsident"."""
    return country.kind == "country" and last.text.endswith("s") and len(last.text) > 3 \
        and any(a.endswith(last.text[:-1]) and not a.endswith("s") for a in country.aliases if a)


def _region(words: list[Token], owner: bool) -> bool:
    """Does a possessor name a GeoNames place ("Brandenburgs", "Kaduna" before "'s")?"""
    from ..geo import resolve_place

    text = " ".join(t.text for t in words)
    if not owner:
        if not text.endswith("s") or len(text) < 5:
            return False
        text = text[:-1]   # German genitive: "Brandenburgs"
    return resolve_place(text, "en" if owner else "de") is not None


def _owned_names(cands: list[Cand], toks: list[Token]) -> None:
    """"The AU's Peace and Security Council", "Russia's Gazprom": an unknown organisation name takes
    its possessor's country or organisation."""
    for prev, cand in zip(cands, cands[1:]):
        gap = toks[prev.end:cand.start]
        if not gap and _body_of_union(prev, cand, toks):
            # "The U.N. Assistance Mission in Afghanistan": one body of the U.N., not a mission of Afghanistan
            cand.org, cand.start, prev.consumed = prev.kb, prev.start, True
            continue
        if cand.kind != "name" or cand.kb is not None or cand.ner != "ORG" or prev.sent != cand.sent \
                or len(gap) != 1 or gap[0].text not in OWNER_MARKS or prev.kb is None:
            continue
        if prev.kb.kind == "country":
            cand.country = cand.country or prev.kb.code
        elif prev.kb.kind == "org":
            cand.org = cand.org or prev.kb


# Short names of international bodies that head the names of their offices and missions ("UN Verification Mission")
UNION_CODES = frozenset({"UNO", "EUR"})


def _body_of_union(prev: Cand, cand: Cand, toks: list[Token]) -> bool:
    return cand.kind == "name" and cand.kb is None and cand.ner in (None, "ORG") and prev.kind == "name" \
        and prev.kb is not None and prev.kb.kind == "org" and prev.kb.code in UNION_CODES and prev.sent == cand.sent \
        and toks[cand.start].text[:1].isupper()


def _leader_before(cands: list[Cand], k: int, toks: list[Token], roles: ModuleType) -> str | None:
    """'die von Saudi-Arabien angeführte Militärkoalition': the state that leads the group."""
    cand = cands[k]
    if k == 0 or cands[k - 1].sent != cand.sent or cands[k - 1].kb is None or cands[k - 1].kb.kind != "country":
        return None
    between = toks[cands[k - 1].end:cand.start]
    participles = {norm(w) for w in roles.LEADING_PARTICIPLES}
    led = [t for t in between if norm(t.lemma or t.text) in participles or norm(t.text) in participles]
    before = toks[cands[k - 1].start - 1] if cands[k - 1].start > 0 else None
    if not led or before is None or norm(before.text) not in ("von", "vom") or len(between) > 4:
        return None
    return cands[k - 1].kb.code


def _coordinated_country(cands: list[Cand], k: int, toks: list[Token]) -> str | None:
    """'dem syrischen Volk und der Regierung': the adjective of the first conjunct."""
    cand = cands[k]
    i = cand.start - 1
    while i >= 0 and toks[i].pos == "DET":
        i -= 1
    if i < 0 or toks[i].pos != "CCONJ" or _known_person_after(cands, k):
        return None
    for j in range(k - 1, -1, -1):
        prev = cands[j]
        if prev.sent != cand.sent or cand.start - prev.end > 6:
            return None
        named = {n for c in cands[j + 1:k] if c.kind == "name" for n in range(c.start, c.end)}
        between = [t for t in toks[prev.end:i] if t.i not in named]
        if any(t.pos not in ("NOUN", "ADJ", "DET") for t in between):
            return None
        if prev.kind == "adjective" and prev.kb is not None:
            return prev.kb.code
        if prev.kind == "title" and prev.country and prev.role is not None and prev.role[2] == "PER" \
                and cand.role is not None and cand.role[2] in ("PER", "GRP"):
            return prev.country   # "Montenegros Parlamentspräsidenten Andrija Mandić und den Abgeordneten X"
    return None


def _loyal_to(word: str) -> str | None:
    """The name in "Gbagbo-treuen", "Maduro-treue" (a German compound adjective of loyalty)."""
    name, dash, rest = word.partition("-")
    return name if dash and name[:1].isupper() and rest.lower().startswith("treu") else None


def _known_person_after(cands: list[Cand], k: int) -> bool:
    """The title is apposed to a person the knowledge base knows: "Erdoğan und Ministerpräsident Mitsotakis" is
    not Turkish for following the Turkish president."""
    nxt = cands[k + 1] if k + 1 < len(cands) else None
    return nxt is not None and nxt.kind == "name" and nxt.start == cands[k].end and nxt.kb is not None \
        and nxt.kb.kind == "person"


def _verb_number(toks: list[Token], subject: Token) -> str | None:
    """The number of the finite verb a subject agrees with: "Sie forderte" is singular whatever the tagger
    read for "Sie" (sentence-initial "Sie" is often tagged plural)."""
    if not subject.dep.startswith("nsubj"):
        return None
    verb = next((t for t in toks if t.i == subject.head), None)
    if verb is None:
        return None
    finite = [verb, *(t for t in toks if t.head == verb.i and t.dep.startswith("aux"))]
    return next((t.feat("Number") for t in finite if t.feat("Number") and t.feat("VerbForm") != "Part"), None)


def _name_origin(cand: Cand, nxt: Cand, toks: list[Token], roles: ModuleType) -> None:
    """"Anne Rasmussen of Samoa", "Fatima Bello aus Nigeria": a person the knowledge base does not know takes
    the country named right after "of"/"aus"/"from"."""
    gap = [norm(t.text) for t in toks[cand.end:nxt.start]]
    if cand.kb is None and cand.ner in (None, "PER") and cand.country is None and nxt.sent == cand.sent \
            and len(gap) == 1 and gap[0] in roles.NAME_ORIGIN_WORDS and nxt.kind == "name" \
            and nxt.kb is not None and nxt.kb.kind == "country":
        cand.country, cand.origin = nxt.kb.code, True


def _bare_plural(toks: list[Token], cand: Cand, roles: ModuleType) -> bool:
    """"hielten Polizisten Mech Dara an": a German role noun in -en with no article before it is a plural
    (subject before the object's name), where "den Polizisten X" may be one officer."""
    return bool(roles.GENITIVE_ARTICLES) and toks[cand.end - 1].text.endswith("en") \
        and (cand.start == 0 or toks[cand.start - 1].pos not in ("DET", "ADJ", "ADP"))


def _right_context(cands: list[Cand], k: int, toks: list[Token], roles: ModuleType) -> None:
    cand = cands[k]
    m = k + 1
    while m < len(cands) and cands[m].kind == "adjective" and cands[m].sent == cand.sent:
        m += 1                       # "des iranischen Außenministeriums": look past the adjective
    nxt = cands[m] if m < len(cands) and cands[m].sent == cand.sent else None
    if nxt is None:
        return
    if m > k + 1 and cand.country is None and cand.org is None:
        words = [norm(t.text) for t in toks[cand.end:cands[k + 1].start]]
        if words and _owner_word(words[0], roles) and len(words) <= 3:
            cand.country = cands[k + 1].kb.code if cands[k + 1].kb else None
    if cand.role and cand.role[2] == "PER" and cand.name is None and nxt.kind == "name" and nxt.kb is None \
            and nxt.ner in ("ORG", "LOC") and _genitive_gap(toks[cand.end:nxt.start], roles) \
            and (name := _apposed_person(cands, m, toks)) is not None:
        # "Der Leiter des Syrischen Netzwerks für Menschenrechte, Fadel Abdul Ghany", "Der Präsidentschaftskandidat
        # des NDC, Ex-Präsident John Mahama": an unlisted body or place ("Der Gouverneur der Provinz Buenos Aires,
        # Axel Kicillof"), then the post holder's name
        cand.name, name.title = name, cand
        return
    # ("im ostlibyschen Bengasi": a place past its adjectives)
    placed = [norm(t.text) for t in toks[cand.end:cand.end + 1]] in (["in"], ["im"]) \
        and all(t.pos == "ADJ" or norm(t.text) == "the" for t in toks[cand.end + 1:nxt.start])
    if m > k + 1 and nxt.kind == "name" and not nxt.kb and not placed:
        return
    skipped = range(0)
    if cand.role and cand.role[2] == "PER" and cand.country is None and cand.org is None \
            and _possessor_before_body(cands, m, toks, roles):
        # "der Generalsekretär von Widodos eigener Partei": the post is in the party, not in Widodo's name
        skipped, m = range(nxt.start, nxt.end), m + 1
        nxt = cands[m]
    gap = [t for t in toks[cand.end:nxt.start] if t.i not in skipped]
    if _first_name_untagged(cand, nxt, gap, roles):
        nxt.start, gap = gap[0].i, []   # "den Aktivisten Mdude Nyagali": the tagger read only the surname
    gap_words = [norm(t.text) for t in gap]
    person_role = bool(cand.role) and cand.role[2] == "PER"
    if not gap and cand.role and cand.role[2] == "GRP" and nxt.kind == "name" and _a_person(nxt) \
            and not (toks[cand.end - 1].text.lower() in roles.FOLLOWER_NOUNS and toks[nxt.end - 1].text.endswith("s")) \
            and not _bare_plural(toks, cand, roles):
        # "den US-Journalisten Evan Gershkovich": a German weak noun's -en is no plural before a name
        # ("Tausende Anhänger Dodiks" are his followers, not him: FOLLOWER_NOUNS)
        cand.role, person_role = (cand.role[0], cand.role[1], "PER", cand.role[3]), True
    if not gap and nxt.kb is not None and nxt.kb.kind == "country" and nxt.kind == "name" \
            and roles.GENITIVE_ARTICLES and toks[nxt.end - 1].text.endswith("s") and cand.country is None:
        cand.country, cand.end = nxt.kb.code, nxt.end   # "Vertreter Thailands", "Präsident Burundis": a bare genitive
        return
    if not gap and nxt.kind == "name" and (nxt.kb is None or nxt.kb.kind == "person") and person_role \
            and not (roles.GENITIVE_ARTICLES and _genitive_of_named(cands, m, toks)):
        cand.name, nxt.title = nxt, cand
        _of_country_after(cands, m, cand, toks, roles)
        return
    if gap_words == [","] and nxt.kind == "name" and nxt.kb is None and person_role:
        if cand.country:
            _apposed_names_country(cands, m, toks, cand.country)
        if cand.name is None and _one_apposed_person(cand, nxt, toks):
            cand.name, nxt.title = nxt, cand   # "Høiby's lawyer, Petar Sekulic, said"
            return
        if cand.country:
            return
    if gap_words == [","] and person_role and _name_of_post(cands, k, toks, cand):
        return   # "the U.N. special envoy, Hanna Tetteh,"
    if not gap and nxt.kind == "name" and (nxt.kb is None or nxt.kb.kind == "org") and cand.role \
            and cand.role[2] == "ORG" and (nxt.ner != "PER" or nxt.end - nxt.start == 1):
        # "Regierungspartei AKP", "Fernsehsender Al-Masirah", "Oppositionspartei Progressive Slowakei";
        # an unknown one-word name right after an organisation noun is its name even when NER reads a
        # person ("die UN-Mission Monusco")
        cand.name, nxt.title = nxt, cand
        return
    if not gap and nxt.kind == "title" and not roles.GENITIVE_ARTICLES:
        # English noun compounds: "UN Secretary General spokesperson" -> head is the last noun
        nxt.country = nxt.country or cand.country
        nxt.org = nxt.org or cand.org
        nxt.start = cand.start
        cand.consumed = True
        if cand.role and cand.role[2] != "PER" and cand.role[0] and nxt.role and nxt.role[2] == "PER":
            nxt.role = (cand.role[0], None, "PER", nxt.role[3])   # "union leader", "rebel leader"
        return
    if gap_words and all(w in roles.HONORIFICS for w in gap_words) and nxt.kind == "name" and person_role:
        cand.name, nxt.title = nxt, cand
        return
    if gap_words and gap_words[0] in roles.ORIGIN_PREPOSITIONS and len(gap_words) <= 2 and nxt.kind == "name" \
            and nxt.kb is not None and nxt.kb.kind == "country" and cand.country is None and cand.org is None \
            and cand.role and cand.role[2] in ("PER", "GRP") and cand.role[0] not in ("MIL", "COP", "REB"):
        # (a soldier "aus Kamerun" is a peacekeeper: the army named next is still the country's own)
        cand.country, cand.origin = nxt.kb.code, True   # "dem Arzt aus Saudi-Arabien", "students from Pakistan"
        return
    # ("Observers from the East African Community": those sent by a body serve it)
    sent_by = bool(gap_words) and gap_words[0] in roles.ORIGIN_PREPOSITIONS and cand.role_word in roles.SENT_ROLES
    linked = gap_words and (_owner_word(gap_words[0], roles) or sent_by) and (
        all(t.pos in ("DET", "ADJ", "ADP") for t in gap) or _kind_before_name(gap, nxt)
        or _region_kind_before_name(gap_words, nxt))
    if (placed and not skipped and nxt.kind in ("name", "capital") and cand.country is None
            and cand.org is None and cand.role and (cand.role[0] not in ("MIL", "REB")
                                                    or cand.role_word in roles.RULING_MILITARY)
            and (cand.role[2] == "ORG" or nxt.kind == "capital" or cand.role[2] == "GRP" and cand.role[0] in ("COP", "MIL"))
            and not (nxt.kind == "name" and cand.role_word in NATIONAL_GOVERNMENTS)):
        # ("forderte die Regierung in Genf auf": a government sits in its capital; another city is where one speaks)
        # "das Gesundheitsministerium in Gaza", "ein Sprecher in Washington", "investigators in Latvia", "die Junta im
        # Niger": an authority, official or police group belongs to its place; armed forces do not ("die
        # Militärkoalition im Jemen")
        cand.place = nxt
        return
    if gap_words and gap_words[0] in ("in", "im", "to") and person_role and cand.country and cand.name is None:
        _posted_name(cands, m, toks, cand)
    if not linked:
        return
    if cand.role and (cand.role[:3:2] == ("GOV", "ORG") or cand.role[0] is None and cand.role[2] in ("PER", "GRP")
                      or cand.role[2] == "PER") \
            and cand.country is None and cand.org is None and (leader := _titled_person(cands, m, toks)) is not None:
        # "der Regierung von Präsident Joe Biden", "the government of Prime Minister Starmer", "der Afrika-Berater
        # von US-Präsident Donald Trump"
        cand.owner = leader
        return
    if nxt.kind == "name" and nxt.kb is not None and nxt.kb.kind == "country":
        if not (cand.org is not None and (cand.role and cand.role[0] == "IGO" or cand.org.code in FORUM_CODES)):
            cand.country = cand.country or nxt.kb.code   # ("the U.N. envoy for Libya" serves the U.N.)
        cand.end = nxt.end
        if person_role:
            _name_of_post(cands, m, toks, cand)   # "the U.N. special envoy for Libya, Hanna Tetteh"
    elif nxt.kind == "name" and nxt.kb is None and nxt.ner in (None, "LOC") and cand.role \
            and (cand.role[2] == "ORG" and cand.role[0] is not None or cand.role[2] == "PER") \
            and cand.country is None and cand.org is None and _region(toks[nxt.start:nxt.end], True):
        # "die Provinzregierung von Punjab", "the government of Sindh", "des letzten Sultans von Sulu": the place's
        # country
        cand.place = nxt
    elif nxt.kind == "name" and nxt.kb is not None and nxt.kb.kind == "org":
        cand.org = cand.org or nxt.kb
        if person_role and (name := _apposed_person(cands, m, toks)) is not None:
            cand.name, name.title = name, cand   # "der Vizechef des Sicherheitsrats, Ex-Präsident Dmitri Medwedew"
    elif person_role and cand.name is None and nxt.kind == "title" and nxt.role and nxt.role[2] == "GRP" \
            and nxt.role[0] in PARTY_SECTORS and (name := _name_after_party(cands, m, toks)) is not None:
        # "Der Vorsitzende der oppositionellen Sozialdemokraten (SDP), Siniša Hajdaš Dončić": the party's
        # members named as a group, then the chair's name
        cand.name, name.title = name, cand
        if cand.role[0] is None:
            cand.role = (nxt.role[0],) + tuple(cand.role[1:])
    elif nxt.kind == "title" and nxt.role and nxt.role[2] == "ORG":
        # "Sprecher des iranischen Außenministeriums": the ministry's country and sector
        _left_context(cands, m, toks, roles)
        cand.country = cand.country or nxt.country
        cand.org = cand.org or nxt.org
        cand.body = nxt
        cand.end = nxt.end
        after = cands[m + 1] if m + 1 < len(cands) else None
        comma = after is not None and [t.text for t in toks[nxt.end:after.start]] in ([], [","])
        if person_role and after is not None and after.kind == "name" and comma and (
                after.kb is None or after.kb.kind == "person"):
            cand.name, after.title = after, cand   # "Sprecher des Außenministeriums Saeed Khatibzadeh"
        elif not person_role and after is not None and after.kind == "name" and after.start == nxt.end \
                and after.kb is not None and after.kb.kind == "org":
            cand.org = cand.org or after.kb        # "Kämpfer der Terrormiliz Boko Haram": the militia's fighters
        elif person_role and after is not None and after.kind == "name" and after.start - nxt.end <= 1 \
                and (after.kb is None or after.kb.kind == "org") \
                and (named := _name_after_body(cands, m + 1, toks)) is not None:
            # "Der Vorsitzende der größten Oppositionspartei CDP, Kenta Izumi", "... Liberaler Partei (PL), Valdemar
            # Costa Neto", "Der Generalsekretär der Partei für Gerechtigkeit und Entwicklung (PJD), Abdelilah
            # Benkirane": the body's name (and its short name), then the person's
            name, short = named
            cand.org = cand.org or after.kb or (short.kb if short is not None and short.kb is not None
                                                and short.kb.kind == "org" else None)
            cand.name, name.title = name, cand
        if cand.role and cand.role[0] is None:
            cand.role = (nxt.role[0],) + tuple(cand.role[1:])


# Sectors of a party's members named as a group ("der Sozialdemokraten", "der Opposition")
PARTY_SECTORS = frozenset({"PTY", "OPP"})


def _name_after_party(cands: list[Cand], m: int, toks: list[Token]) -> Cand | None:
    """The person named after a comma behind the party group ``cands[m]``, which may carry its short name in
    brackets ("der Sozialdemokraten (SDP), Siniša Hajdaš Dončić"), and has no title yet."""
    found = _name_after_body(cands, m, toks)
    return found[0] if found is not None and found[0].title is None else None


def _name_after_body(cands: list[Cand], k: int, toks: list[Token]) -> tuple[Cand, Cand | None] | None:
    """The person named after a comma behind the body's name ``cands[k]``, and the short name in brackets
    between them if any ("Partei für Gerechtigkeit und Entwicklung (PJD), Abdelilah Benkirane")."""
    short = None
    if k + 1 < len(cands) and cands[k + 1].kind == "name" \
            and [t.text for t in toks[cands[k].end:cands[k + 1].start]] == ["("]:
        short = cands[k + 1]
    at = k + 2 if short is not None else k + 1
    if at >= len(cands) or (name := cands[at]).kind != "name" or name.sent != cands[k].sent:
        return None
    gap = [t.text for t in toks[cands[at - 1].end:name.start]]
    return (name, short) if gap in ([","], [")", ","]) and _a_person(name) else None


def _one_apposed_person(title: Cand, name: Cand, toks: list[Token]) -> bool:
    """A singular title with one person's name apposed to it, closed by a comma or the sentence's end (not
    "two Israeli ministers, Itamar Ben-Gvir and Bezalel Smotrich")."""
    head = toks[title.end - 1]
    after = toks[name.end].text if name.end < len(toks) and toks[name.end].sent == name.sent else "."
    return head.feat("Number") != "Plur" and not head.text.endswith("s") and name.ner == "PER" \
        and name.title is None and after in (",", ".")


def _genitive_gap(gap: list[Token], roles: ModuleType) -> bool:
    """Do the words between a title and a body link them as owner ("des", "der Syrischen", "of the")?"""
    return bool(gap) and _owner_word(norm(gap[0].text), roles) and all(t.pos in ("DET", "ADJ", "ADP") for t in gap[1:])


def _owner_word(word: str, roles: ModuleType) -> bool:
    """A genitive article or "of"/"von" (normalised): what follows owns the title before it."""
    return word in roles.GENITIVE_ARTICLES or word in roles.OF_WORDS


def _a_person(c: Cand) -> bool:
    """A name of a person: known as one, else tagged as one ("Siniša Hajdaš Dončić")."""
    return c.kb.kind == "person" if c.kb is not None else c.ner == "PER"


def _possessor_before_body(cands: list[Cand], m: int, toks: list[Token], roles: ModuleType) -> bool:
    """"von Widodos eigener Partei", "of Modi's party": a person's name in the genitive standing before the
    body a title names."""
    owner = cands[m]
    body = cands[m + 1] if m + 1 < len(cands) and cands[m + 1].sent == owner.sent else None
    if body is None or owner.kind != "name" or not _a_person(owner):
        return False
    last = toks[owner.end - 1].text
    genitive = last.endswith("'s") or last.endswith("’s") or (bool(roles.GENITIVE_ARTICLES) and last.endswith("s"))
    between = toks[owner.end:body.start]
    return genitive and all(t.pos == "ADJ" or t.text in {"'s", "’s"} for t in between) \
        and (body.kind == "title" and bool(body.role) and body.role[2] == "ORG"
             or body.kind == "name" and body.kb is not None and body.kb.kind == "org")


def _own_phrase(toks: list[Token], prev: Cand, owner: bool, roles: ModuleType) -> bool:
    """"gegen die Hisbollah Verteidigungsminister Galant entlassen": in German a body's name after its article
    closes its own phrase; a title it prefixes is written with a hyphen ("Hisbollah-Chef")."""
    return bool(roles.GENITIVE_ARTICLES) and not owner and prev.kb is not None and prev.kb.kind == "org" \
        and prev.start > 0 and toks[prev.start - 1].pos == "DET"


def _kind_before_name(gap: list[Token], nxt: Cand) -> bool:
    """"der südostasiatischen Staatengemeinschaft Asean", "des Militärbündnisses Nato": a common noun saying
    what kind of body the known organisation right after it is. Only international bodies, parties, governments
    and parliaments: "elf Mitarbeiter des Portals Temirov Live" stays without a title of its own, so that the
    arrest is read through the portal's name (the bare plural would compete with the police for the subject)."""
    return nxt.kind == "name" and nxt.kb is not None and nxt.kb.kind == "org" \
        and (nxt.kb.code in FORUM_CODES or nxt.kb.sector in BODY_SECTORS) and gap[-1].pos == "NOUN" \
        and all(t.pos in ("DET", "ADJ", "ADP") for t in gap[:-1])


# Kinds of region a place name follows ("des US-Bundesstaates Texas", "der Provinz Sindh", "of the state of Texas")
REGION_KINDS = ("bundesstaat", "bundesstaates", "bundesstaats", "provinz", "region", "bundesland", "bundeslandes",
                "bundeslands", "state", "province")


def _region_kind_before_name(gap_words: list[str], nxt: Cand) -> bool:
    """"die Behörden des US-Bundesstaates Texas": a word for a kind of region right before the place's name, the
    authority's place."""
    return nxt.kind == "name" and nxt.kb is None and len(gap_words) <= 4 and gap_words[-1].endswith(REGION_KINDS)


def _apposed_person(cands: list[Cand], m: int, toks: list[Token]) -> Cand | None:
    """The person named after a comma behind the body ``cands[m]`` ("des Sicherheitsrats, Dmitri
    Medwedew"), also behind a title of his own ("…, Ex-Präsident Dmitri Medwedew")."""
    after = cands[m + 1] if m + 1 < len(cands) else None
    if after is None or after.sent != cands[m].sent or [t.text for t in toks[cands[m].end:after.start]] != [","]:
        return None
    if after.kind == "title" and m + 2 < len(cands) and cands[m + 2].start == after.end:
        after = cands[m + 2]
    return after if after.kind == "name" and after.title is None and _a_person(after) else None


def _titled_person(cands: list[Cand], m: int, toks: list[Token]) -> Cand | None:
    """The known person ``cands[m]`` names, right behind a title of their own or bare ("Präsident Joe
    Biden", "Biden")."""
    person = cands[m]
    if person.kind == "title" and person.role and person.role[2] == "PER" and m + 1 < len(cands) \
            and cands[m + 1].start == person.end:
        person = cands[m + 1]
    return person if person.kind == "name" and person.kb is not None and person.kb.kind == "person" else None


def _name_of_post(cands: list[Cand], m: int, toks: list[Token], title: Cand) -> bool:
    """A person apposed to the post of a body, after the title or the country it serves ("the U.N. special
    envoy for Libya, Hanna Tetteh"), holds that post."""
    if title.org is None or title.name is not None or (name := _apposed_person(cands, m, toks)) is None:
        return False
    title.name, name.title = name, title
    return True


def _posted_name(cands: list[Cand], m: int, toks: list[Token], title: Cand) -> None:
    """"Georgiens Botschafter in den USA, David Salkaliani": the name after the place of posting is the
    titled person's, of the title's country."""
    after = cands[m + 1] if m + 1 < len(cands) else None
    if after is not None and after.kind == "name" and after.kb is None and after.ner in (None, "PER") \
            and [t.text for t in toks[cands[m].end:after.start]] == [","]:
        title.name, after.title = after, title


def _apposed_names_country(cands: list[Cand], m: int, toks: list[Token], country: str) -> None:
    """'two Israeli ministers, Itamar Ben-Gvir and Bezalel Smotrich': unknown names apposed to a
    title take its country (each of a coordinated pair)."""
    prev = None
    for cand in cands[m:]:
        between = [norm(t.text) for t in toks[prev.end:cand.start]] if prev is not None else []
        if cand.kind != "name" or cand.kb is not None or between not in ([], [","], ["and"], ["und"]):
            return
        cand.country = cand.country or country
        prev = cand


def _demonym_before_name(cands: list[Cand], toks: list[Token]) -> None:
    """'der US-Amerikaner Steve Fossett', 'the Syrian Ahmad X': the name's country; so is a country's name
    before a national branch ('the Kenya Red Cross'). A plural demonym gives it to the names joined to the first
    ('die Franzosen Benjamin Brière und Bernard Phelan')."""
    for k in range(len(cands) - 1):
        adj, name = cands[k], cands[k + 1]
        branch = adj.kind == "name" and adj.kb is not None and adj.kb.kind == "country" and name.kb is not None \
            and name.kb.name in NATIONAL_BRANCHES
        if ((adj.kind == "adjective" or branch) and not adj.consumed and adj.kb is not None and name.kind == "name"
                and (name.kb is None or _foreign_body(name.kb, adj.kb)) and name.title is None
                and adj.end == name.start and adj.sent == name.sent):
            name.country = adj.kb.code
            name.locative = name.locative or adj.locative   # "im oberbayerischen Murnau": a place in Germany
            adj.consumed = True
            if toks[adj.end - 1].feat("Number") == "Plur":
                for prev, nxt in zip(cands[k + 1:], cands[k + 2:]):
                    if nxt.kind != "name" or nxt.kb is not None or nxt.country is not None or nxt.sent != name.sent \
                            or " ".join(t.text for t in toks[prev.end:nxt.start]).lower() not in (",", "und", "and"):
                        break
                    nxt.country = adj.kb.code


def _possessed_bodies(cands: list[Cand], toks: list[Token]) -> None:
    """"Russia's Security Council", "Kenya's Red Cross": a state's own body under a name the knowledge base
    knows for an international one (not "Russia's Security Council veto", the state's act in the UN's)."""
    for owner, body in zip(cands, cands[1:]):
        if owner.kind == "name" and owner.kb is not None and owner.kb.kind == "country" and body.kind == "name" \
                and body.kb is not None and body.kb.name in NATIONAL_NAMESAKES \
                and body.start == owner.end + 1 and toks[owner.end].text in OWNER_MARKS \
                and (body.end >= len(toks) or toks[body.end].pos not in ("NOUN", "PROPN")):
            body.country = owner.kb.code


INDEFINITE_ARTICLES = frozenset({"a", "an", "ein", "eine", "einen"})
DEFINITE_ARTICLES = frozenset({"the", "der", "die"})


def _demonym_after_name(cands: list[Cand], toks: list[Token]) -> None:
    """"Vadim Krasikov, a Russian serving a life sentence", "X, ein russischer Staatsbürger": an unknown
    person's nationality given in apposition."""
    for k in range(len(cands) - 1):
        name, adj = cands[k], cands[k + 1]
        if (name.kind == "name" and name.kb is None and (name.title is None or name.title.country is None) and name.country is None
                and name.ner in (None, "PER") and adj.kind == "adjective" and adj.kb is not None
                and adj.kb.kind == "country" and adj.sent == name.sent and name.end + 2 <= adj.start <= name.end + 4
                and toks[name.end].text == "," and _described(toks[name.end + 1:adj.start])):
            name.country = adj.kb.code


def _described(gap: list[Token]) -> bool:
    """', a Russian', ', the dismissed Philippine', ', an elderly British': an article and at most two
    adjectives before the nationality."""
    return gap[0].text.lower() in INDEFINITE_ARTICLES | DEFINITE_ARTICLES \
        and all(t.pos == "ADJ" or t.pos == "VERB" and t.text.endswith("ed") for t in gap[1:])


def _foreign_body(body: KBEntry, adjective: KBEntry) -> bool:
    """"die kanadische Bundespolizei": a state's agency the knowledge base knows under a generic name
    that another state's adjective claims is that state's own."""
    if body.kind == "org" and body.name in NATIONAL_NAMESAKES and adjective.kind == "country":
        # "the Ukrainian Red Cross", "das Deutsche Rote Kreuz": the country's own society; "der russische
        # Sicherheitsrat": the state's own council, not the UN's
        return True
    return body.kind == "org" and body.code is not None and len(body.code) == 3 \
        and adjective.kind == "country" and adjective.code not in (None, body.code) and body.code != "EUR" \
        and body.sector in ("GOV", "COP", "MIL", "JUD", "LEG", "SPY")


def _national_chapters(cands: list[Cand], toks: list[Token], verb_may_follow: bool) -> None:
    """"Transparency International Sri Lanka", "Amnesty International Kenya": a rights group's name with a
    country's name right after it, closing the phrase, is that country's chapter (not "hatte Human Rights Watch
    Russland vorgeworfen", where the country is an object; English puts no object there, so its verb may follow)."""
    closing = ("PUNCT", "CCONJ", "VERB", "AUX") if verb_may_follow else ("PUNCT", "CCONJ")
    for body, place in zip(cands, cands[1:]):
        if body.kind != "name" or body.kb is None or body.kb.kind != "org" or body.kb.code != "NGO" \
                or place.kind != "name" or place.kb is None or place.kb.kind != "country" or body.end != place.start:
            continue
        after = toks[place.end] if place.end < len(toks) else None
        if after is None or after.pos in closing:
            body.country = place.kb.code
            body.end = place.end
            place.consumed = True


# International bodies whose generic name a country's own branch shares ("Red Cross", "Rotes Kreuz")
NATIONAL_BRANCHES = frozenset({"International Committee of the Red Cross"})
# International bodies whose generic name states give bodies of their own
NATIONAL_COUNTERPARTS = frozenset({"UN Security Council"})
NATIONAL_NAMESAKES = NATIONAL_BRANCHES | NATIONAL_COUNTERPARTS


def _move_name_forward(cands: list[Cand], toks: list[Token]) -> None:
    """'Spokesman for the UN Secretary-General Stephane Dujarric': the name is the spokesman's."""
    for k in range(len(cands) - 1):
        first = cands[k]
        if first.kind != "title" or first.name is not None or not first.role or first.role[2] != "PER":
            continue
        j = k + 1
        while j < len(cands) and cands[j].consumed:
            j += 1
        if j >= len(cands):
            continue
        second = cands[j]
        words = [norm(t.text) for t in toks[first.end:second.start]]
        if second.kind == "title" and second.name is not None and words in (["for", "the"], ["for"], ["to", "the"]):
            first.name, second.name.title, second.name = second.name, first, None
            first.end = second.end
            first.org = first.org or second.org
            first.country = first.country or second.country


def _of_country_after(cands: list[Cand], k: int, title: Cand, toks: list[Token], roles: ModuleType) -> None:
    """'Foreign Minister Amina Kouyate of Mali': the country after the name."""
    if k + 1 >= len(cands):
        return
    nxt = cands[k + 1]
    gap = [norm(t.text) for t in toks[cands[k].end:nxt.start]]
    if gap and gap[0] in roles.OF_WORDS and len(gap) <= 2 and nxt.kb is not None and nxt.kb.kind == "country":
        title.country = title.country or nxt.kb.code


OWNING_RELATIVES = frozenset({"whose", "dessen", "deren"})


def _appositions_after_name(cands: list[Cand], toks: list[Token], roles: ModuleType) -> None:
    """'X, Außenminister von Y' and 'X, the foreign minister of Y'."""
    live = [c for c in cands if not c.consumed]   # "X, the UN envoy": "UN" is part of the title
    for k, (name, title) in enumerate(zip(live, live[1:])):
        if name.kind != "name" or title.kind != "title" or title.name is not None or name.sent != title.sent:
            continue
        if name.kb is not None and name.kb.kind != "person":
            continue
        gap = toks[name.end:title.start]
        modifiers = []
        for head in live[k + 2:]:
            # "Patricia Bullrich, a leading opposition presidential candidate": the phrase's last title is its head
            if head.kind != "title" or head.name is not None or any(t.pos != "ADJ" for t in toks[title.end:head.start]):
                break
            modifiers, title = modifiers + [title], head
        # ("Faisal bin Farhan, the Iranian foreign ministry said": a body that reports is no person's apposition;
        # but "Petro, whose government supported the talks": the government is his)
        person = _a_person(name)
        reports = person and title.role is not None and title.role[2] != "PER" and title.end < len(toks) \
            and toks[title.end].pos in ("VERB", "AUX") and not any(t.text.lower() in OWNING_RELATIVES for t in gap)
        # ("Sender Radio Andalus, ihre Kämpfer hätten ...": a possessive opens a new phrase, no apposition)
        if gap and gap[0].text == "," and all(t.pos in ("DET", "ADJ", "PUNCT") for t in gap) \
                and not any(t.text.lower() in roles.POSSESSIVES for t in gap) \
                and not _plural_title(title, gap, toks) and not reports:
            title.name, name.title = name, title
            for modifier in modifiers:
                modifier.name = name


def _first_name_untagged(title: Cand, name: Cand, gap: list[Token], roles: ModuleType) -> bool:
    """Is the one capitalised word between a person's title and an unknown person's name the name's first part?"""
    return len(gap) == 1 and bool(title.role) and title.role[2] in ("PER", "GRP") and name.kind == "name" \
        and name.kb is None and name.ner == "PER" and gap[0].text[:1].isupper() and gap[0].text.isalpha() \
        and gap[0].pos in ("NOUN", "PROPN", "X") and norm(gap[0].text) not in roles.ROLES


def _predicative_titles(cands: list[Cand], toks: list[Token]) -> None:
    """"Bukele hat sich zum Sieger erklärt", "X wurde zur Vorsitzenden gewählt": a person's title after "zum"/"zur"
    is what the person named before it in the clause became; "der 42-Jährige" later is that person."""
    for k, title in enumerate(cands):
        if title.kind != "title" or title.name is not None or not title.role or title.role[2] != "PER" or title.start < 2:
            continue
        becomes = toks[title.start - 1].text.lower() in NEW_PREDICATIVES \
            and toks[title.start - 2].lemma.lower() in COPULAS   # "Youssouf wird neuer Vorsitzender"
        if toks[title.start - 1].text.lower() not in PREDICATIVE_PREPOSITIONS and not becomes:
            continue
        person = next((c for c in reversed(cands[:k]) if c.sent == title.sent and c.kind == "name"
                       and _a_person(c)), None)
        if person is None or any(t.text in CLAUSE_MARKS for t in toks[person.end:title.start]):
            continue
        if becomes:
            title.name = person   # (the person may hold a title already: "Dschibutis Außenminister X wird neuer ...")
            title.becomes = True
        elif person.title is None and _made_to(toks, person.start, title.end):
            title.name, person.title = person, title


def _made_to(toks: list[Token], start: int, end: int) -> bool:
    """Does a verb of declaring, electing or appointing close the clause ("zum Sieger erklärt")? ("fuhr zum
    Präsidenten" names another person)"""
    for t in toks[start:min(end + 4, len(toks))]:
        if t.i >= end and t.text in CLAUSE_MARKS:
            break
        if t.lemma.lower().endswith(MAKING_VERBS):
            return True
    return False


# "zum Sieger erklärt", "zur Präsidentin gewählt": the role someone is declared, elected or appointed to
PREDICATIVE_PREPOSITIONS = frozenset({"zum", "zur"})
# "wird neuer Vorsitzender", "becomes new chairman": the title the subject takes
NEW_PREDICATIVES = frozenset({"neuer", "neue", "new"})
COPULAS = frozenset({"werden", "sein", "become", "be"})
MAKING_VERBS = ("erklären", "wählen", "ernennen", "ausrufen", "küren", "bestimmen", "nominieren", "befördern")
CLAUSE_MARKS = frozenset({",", ";", ":", ".", "–", "—"})


def _plural_title(title: Cand, gap: list[Token], toks: list[Token]) -> bool:
    """Is the title after the comma plural ("von Präsident Boric, die venezolanischen Diplomaten auszuweisen")?
    A masculine role noun after "die" is."""
    head = toks[title.end - 1]
    return head.feat("Number") == "Plur" and head.text.lower().endswith(("en", "s")) \
        or bool(title.role) and title.role[3] == "m" and any(t.text.lower() == "die" for t in gap)


def _dateline_word(toks: list[Token], i: int, n: int) -> bool:
    """The capitalised place a story opens with ("AUSTIN, Texas (AP) —", "JACKSON (AP) —")."""
    return i == 0 and i + n < len(toks) and toks[i + n].text in (",", "(") \
        and all(t.text.isupper() for t in toks[i:i + n])


def _voice_of_capital(toks: list[Token], i: int, first: int) -> bool:
    """ "hieß es in Minsk": what is said in a capital is said by its government, not merely there."""
    return i >= first + 3 and norm(toks[i - 2].text) == "es" and norm(toks[i - 3].lemma or toks[i - 3].text) == "heissen"


def _fronted_place(cands: list[Cand], toks: list[Token]) -> None:
    """'In Islamabad, the foreign ministry summoned ...', 'In Moskau verurteilte das Außenministerium ...': a
    sentence that opens with its place puts the unplaced authorities and protesters it names there (not armed
    forces, which act abroad, nor other people, who travel: "In Paris reichten die Anwälte Klage ein")."""
    for k, place in enumerate(cands):
        opener = toks[place.start - 1] if place.start > 0 else None
        if place.kind not in ("name", "capital") or place.kb is None or opener is None \
                or opener.text.lower() not in ("in", "im") or (opener.i > 0 and toks[opener.i - 1].sent == opener.sent) \
                or place.end >= len(toks) or not (toks[place.end].text == "," or toks[place.end].pos in ("VERB", "AUX")):
            continue
        for title in cands[k + 1:]:
            if title.sent != place.sent:
                break
            if title.kind == "title" and title.country is None and title.org is None and title.place is None \
                    and title.role and (title.role[2] == "ORG" and title.role[0] not in ("MIL", "REB")
                                        or title.role[2] == "GRP" and title.role[0] == "OPP"
                                        or title.role[0] == "LEG"):
                # (protesters protest where they are: "In Italy, thousands of protesters"; lawmakers sit in their
                # own parliament: "In Washington kritisierten ... Senator Roger Wicker")
                title.place = place


def _name_after_long_title(cands: list[Cand], toks: list[Token]) -> None:
    """'der Geschäftsträger der US-Botschaft in Havanna, Mike Hammer', 'der Kandidat des Regierungslagers,
    Amadou Ba': a person's title whose noun phrase runs on (genitives, a place) before the comma and the
    name still names that person."""
    live = [c for c in cands if not c.consumed]
    for k, title in enumerate(live):
        if title.kind != "title" or title.name is not None or not title.role or title.role[2] != "PER":
            continue
        name = next((c for c in live[k + 1:] if c.kind == "name" and c.sent == title.sent
                     and toks[c.start - 1].text == ","), None)
        if name is None or name.title is not None or not _a_person(name):
            continue
        gap = toks[title.end:name.start - 1]
        if gap and all(t.pos in NOUN_PHRASE_POS for t in gap) and not any(t.text == "," for t in gap) \
                and not any(c.kind == "name" and (c.kb is None and not (title.org or title.country)
                                                  or c.kb is not None and c.kb.kind == "person" and c.title is None)
                            for c in live if title.end <= c.start < name.start):
            # (a titled person in between owns the title: "Der Sprecher von Ministerpräsident Mohammed Schia
            # al-Sudani, Sabah al-Numan")
            title.name, name.title = name, title


__all__ = ["Cand", "Scanner", "attach_titles", "compass_hits", "in_brackets", "short_name_gap", "strip_possessive"]
