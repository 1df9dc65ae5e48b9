"""Grouping candidates into entities: names, partial names, titles, pronouns.

Rules, applied in document order:

* A knowledge-base name is its entry's entity; a name no entry lists joins an earlier
  person whose name ends with it ("Lawrow" after "Sergej Lawrow"), else starts a new one.
* A title with an apposed name belongs to the name's entity and types it: "der kenianische
  Innenminister X" makes X an actor KEN/GOV even though no dictionary lists X.
* A title without a name resolves, in this order, to: the holder of its office in its
  country on the document date (``doc.published``, else today, so undated texts get the
  latest known holder); for "Amtskollege"/"counterpart", the holder of the office of the
  last person with an office; an earlier title with the same role word; or a new
  descriptive entity ("Government of Syria", "Foreign Minister of Kenya").
* A capital after a place preposition or "Hauptstadt" is a place (LOC); otherwise it
  stands for its country's government ("Ankara wirft ... vor" -> TUR GOV).
* A country named as an actor is coded with its ISO3 code and sector GOV.
* Pronouns (``pronoun_antecedent``): candidates are entities mentioned in the current
  or the three previous sentences (paragraph breaks do not stop the search) that agree
  in gender and number (er/he -> a male or unknown-gender person; sie -> a woman, or a
  group/organisation in the plural; they -> a group, organisation or state). Among
  them the subject of the closest sentence (a mention on a ``nsubj`` token when the parser
  ran, else the first mention by word order) wins over later mentions; people typed by a
  title or the knowledge base win over bare names; demonstratives ("dieser") prefer a
  non-subject. German "sie" is feminine singular or plural as the morphology says; without
  morphology both readings are open.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from types import ModuleType
from typing import Callable, Iterator

from ...model import ActorRef
from ...resources.kb_loader import NON_STATE_CODES, KBEntry, KnowledgeBase, name_key, norm
from ..geo import dateline_state, region_country, resolve_place
from ..nlp.tokenizer import QUOTE_MARKS
from .scan import BODY_HEADS, OWNER_MARKS, Cand, compass_hits

OFFICE_NAMES = {
    "president": "President", "head_of_state": "Head of State", "head_of_government": "Head of Government",
    "prime_minister": "Prime Minister", "chancellor": "Chancellor", "foreign_minister": "Foreign Minister",
    "defence_minister": "Defence Minister", "monarch": "Monarch", "secretary_general": "Secretary-General",
}
SECTOR_NAMES = {"GOV": "Government", "MIL": "Military", "COP": "Police", "REB": "Rebels", "OPP": "Opposition",
                "JUD": "Judiciary", "LEG": "Legislature", "MED": "Media", "CVL": "Civilians", "PTY": "Party",
                "LAB": "Trade unions", "BUS": "Business"}
# A wire story's dateline city names its scene: it counts as this many mentions of its country
DATELINE_WEIGHT = 2.0
# Bodies whose officials hold no office of a state
GROUP_SECTORS = {"REB", "PTY", "OPP", "NGO", "MED", "BUS", "LAB"}
# Sectors whose unnamed members belong to the article's main country, not the country named last.
DOMESTIC_SECTORS = {"OPP", "LEG", "MED"}
OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})   # a title of a state's office
SPOKES = ("spokes", "sprecher")   # role families of spokespeople (see role_family): "Militärsprecher" too

# Prepositions that place an act ("Auch in Berlin löste die Polizei ... auf")
LOCATIVE_IN = frozenset({"in", "im"})
# Police, protesters and civilians act where their sentence places them, not where the same word served before
PLACED_SECTORS = frozenset({"COP", "OPP", "CVL"})
# Words that open the genitive body a title serves ("der Generalsekretär des Kollektivs ...")
GENITIVE_OPENERS = frozenset({"des", "der", "eines", "einer", "of"})
# IGO offices: the organisation's code is the "country" of the office.
ORG_OFFICES = {"secretary_general": "UNO", "nato_secretary_general": "IGO", "council_president": "EUR",
               "commission_president": "EUR"}


@dataclass(slots=True)
class Draft:
    key: str
    type: str
    name: str
    code: str | None = None
    sector: str | None = None
    qid: str | None = None
    gender: str | None = None
    plural: bool = False
    office: str | None = None
    role_words: set[str] = field(default_factory=set)
    name_tokens: tuple[str, ...] = ()
    spellings: set[tuple[str, ...]] = field(default_factory=set)   # other written forms ("Naim Kassem")
    cands: list[Cand] = field(default_factory=list)
    weak: bool = False      # an unknown name with no title, apposition or NER tag: type is a guess


FORCES = frozenset({"MIL", "COP"})
FOREIGN_ARMY_SENTENCES = 2   # how far back a foreign army stays the one "die Armee" means (see recent_foreign_army)
POLICE_SENTENCES = 2   # how far back police named make "the officers" theirs (see recent_police)
TITLE_GAP = 3   # title words that may stand between "led by" and the name ("Deputy Defense Minister")
WHERE_GAP = 3   # words that may stand between "where" and a role it places ("where several senators")
# Words for land forces (normalised role families): a foreign army named by one is what the next one means; a navy
# or an air force ("ein Schiff der Marine") is not the army of a later sentence
ARMY_WORDS = frozenset({"soldat", "soldaten", "truppen", "armee", "streitkrafte", "militar", "bodentruppen",
                        "soldier", "soldiers", "troops", "army", "forces", "military"})
# sectors of the known organisations that name the state they belong to (armed groups, parties)
STORY_ORG_SECTORS = frozenset({"REB", "PTY"})


NEW_IN_OFFICE_DAYS = 90   # "the new president": in office for at most this long, or about to take it up
# A known person whose offices all ended this long before the story, titled by another state's body, is a namesake
STALE_YEARS = 10
# Offices whose holder on the day is no minister of another title ("Defense Minister Pedro Sanchez")
LEADING_OFFICES = frozenset({"head_of_state", "head_of_government", "president", "prime_minister", "monarch"})
# The words by which a story calls a monarchy "the kingdom"
KINGDOM_WORDS = frozenset({"kingdom", "konigreich", "konigreichs", "konigreiches"})
PEOPLES_REPUBLIC_WORDS = frozenset({"volksrepublik"})
PEOPLES_REPUBLICS = frozenset({"CHN", "PRK", "LAO", "BGD"})   # the states whose names say "people's republic"
RIVAL_SHARE = 0.5   # a country named at least half as much as the main one can hold an office named


class Resolver:
    def __init__(self, kb: KnowledgeBase, day: date, text: str, roles: ModuleType | None = None) -> None:
        self.kb = kb
        # "Botschaft", "embassy": a state's office abroad; "Regierung", "government": a state's whole executive
        self.missions: frozenset[str] = getattr(roles, "COUNTRY_BOUND", frozenset())
        self.whole_government: frozenset[str] = getattr(roles, "WHOLE_GOVERNMENT", frozenset())
        self.domestic_roles: frozenset[str] = getattr(roles, "DOMESTIC_ROLES", frozenset())
        self.alias_words: frozenset[str] = getattr(roles, "ALIAS_WORDS", frozenset())   # ", or CEAR,"
        self.authorities = frozenset(norm(w) for w in getattr(roles, "AUTHORITIES", ()))
        self.members = frozenset(norm(w) for w in getattr(roles, "MEMBER_WORDS", ()))
        self.leader_openers = tuple(tuple(norm(w) for w in p.split()) for p in getattr(roles, "LEADER_OPENERS", ()))
        self.short_named_heads = frozenset(norm(w) for w in getattr(roles, "SHORT_NAMED_HEADS", ()))
        self.near_words = frozenset(norm(w) for w in getattr(roles, "NEAR_WORDS", ()))
        self.border_nouns = frozenset(norm(w) for w in getattr(roles, "BORDER_NOUNS", ()))
        self.target_words = frozenset(norm(w) for w in getattr(roles, "TARGET_PREPOSITIONS", ()))
        self.channel_words: frozenset[str] = getattr(roles, "CHANNEL_PREPOSITIONS", frozenset())   # "posted on X"
        self.plural_name_articles: tuple[str, ...] | None = getattr(roles, "PLURAL_NAME_ARTICLES", None)
        self.where_words = frozenset(norm(w) for w in getattr(roles, "WHERE_WORDS", ()))
        self.officer_words = frozenset(norm(w) for w in getattr(roles, "OFFICER_WORDS", ()))
        self.ruling_military: frozenset[str] = getattr(roles, "RULING_MILITARY", frozenset())
        self.object_control: frozenset[str] = getattr(roles, "OBJECT_CONTROL", frozenset())
        self.call_verbs: frozenset[str] = getattr(roles, "CALL_VERBS", frozenset())
        self.local_roles: frozenset[str] = getattr(roles, "LOCAL_ROLES", frozenset())
        self.party_families: dict[str, str] = getattr(roles, "PARTY_FAMILIES", {})
        self.partisan_words: dict[str, str] = getattr(roles, "PARTISAN_WORDS", {})
        self.generic_bodies: frozenset[str] = frozenset(norm(w) for w in getattr(roles, "GENERIC_BODIES", ()))
        self.new_words: frozenset[str] = getattr(roles, "NEW_WORDS", frozenset())
        self.former_words: frozenset[str] = getattr(roles, "FORMER_WORDS", frozenset())
        self.non_actor_endings: tuple[str, ...] = getattr(roles, "NON_ACTOR_ENDINGS", ())
        self.court_heads: tuple[str, ...] = getattr(roles, "COURT_HEADS", ())
        self.police_heads: tuple[str, ...] = getattr(roles, "POLICE_HEADS", ())
        self.people_nouns: frozenset[str] = getattr(roles, "PEOPLE_NOUNS", frozenset())
        self.day = day
        self.text = text
        self.words: list[str] = []   # the token texts, set with the parse
        self.by_start: dict[int, Cand] = {}   # the document's candidates by first token
        self.drafts: dict[str, Draft] = {}
        self.order: list[Cand] = []     # resolved candidates in document order
        # countries named so far with the sentence naming them (-1 for a pronoun: it names no country anew)
        self.country_trail: list[tuple[str, int]] = []
        self.main_told = False   # whether two sentences or more name the main country
        self.scene_trail: list[str] = []
        self.country_rank: list[str] = []
        self.main_country: str | None = None      # most mentioned country of the document
        self.country_codes: set[str] = set()       # every country the document names
        self.named_countries: set[str] = set()     # ... by name or adjective, not only by its capital
        self.country_order: list[str] = []         # those countries, most named first
        self.named_at: dict[int, list[tuple[int, str]]] = {}   # sentence -> (token, country) of its parties named
        self.placed_at: dict[int, list[str]] = {}               # sentence -> countries of its places ("in Havanna")
        self.opening_scene: dict[int, tuple[int, str]] = {}      # sentence -> (start, country) of the place it opens with
        self.states_at: dict[int, list[tuple[int, str]]] = {}   # sentence -> (token, country) of its states named
        self.doc_people: list[KBEntry] = []       # people the document names
        self.deps: list[str] = []                 # dependency relation per token ("" without a parser)
        self.heads: list[int] = []                # head token index per token (-1 for a root or without a parser)
        self.lemmas: list[str] = []               # lemma per token
        self.pos: list[str] = []                  # UPOS per token
        self.numbers: list[str | None] = []       # grammatical number per token ("Sing", "Plur", None)
        self.federal_places: dict[str, str] = {}  # "bundesregierung" -> the country its place gave it
        self.short_names: dict[str, Draft] = {}   # "kia" -> the body "(KIA)" was bracketed after
        self.set_aside: set[str] = set()   # known people a title showed the story's namesake not to be

    # -- entities -------------------------------------------------------
    def draft_for(self, entry: KBEntry) -> Draft:
        if entry.id not in self.drafts:
            code, sector = entry.coding_on(self.day)
            if not code and entry.kind == "org" and sector == "REB":
                code = self.main_country   # IS, al-Qaeda: the branch of the country the article is about
            roles = entry.roles_on(self.day)
            self.drafts[entry.id] = Draft(
                key=entry.id, type=entry.type, name=entry.name, code=code, sector=sector, qid=entry.qid,
                gender=entry.gender, plural=entry.kind == "org", office=next(iter(sorted(roles)), None),
                name_tokens=tuple(norm(entry.name).split()))
        return self.drafts[entry.id]

    def new_draft(self, key: str, **values) -> Draft:
        if key not in self.drafts:
            self.drafts[key] = Draft(key=key, **values)
        return self.drafts[key]

    def assign(self, cand: Cand, draft: Draft) -> None:
        cand.entity = draft.key
        draft.cands.append(cand)
        self.order.append(cand)
        if draft.type == "GPE" and draft.code:
            # (nor a neighbour across a border: "nahe der Grenze zum Kongo, wie die Polizei mitteilte")
            self.country_trail.append((draft.code, cand.sent if cand.kind != "pronoun" and not self.territory(cand)
                                       and not self.across_border(cand) else -1))
            if not cand.origin and not (cand.start == 0 and draft.code not in self.named_countries):
                # ("MEXICO CITY (AP) — Nicaraguan police have detained a bishop": a regional bureau whose state the
                # story never names is no scene of it)
                self.scene_trail.append(draft.code)

    def territory(self, cand: Cand) -> bool:
        """ "auf syrischem Gebiet", "on Mexican soil": the adjective says where, it names no one who acts there
        (the army that reports the find is still the story's)."""
        return cand.kind == "adjective" and cand.end < len(self.words) and norm(self.words[cand.end]) in TERRITORY_NOUNS

    def context_country(self) -> str | None:
        """The country named last, not as someone's nationality ("Ruiz, a Mexican national"): where the
        story is."""
        return self.scene_trail[-1] if self.scene_trail else self.main_country

    def near_country(self, sent: int) -> str | None:
        """The country named in this sentence, else the article's main country: a person or body the knowledge
        base does not know ("Jeffrey Goldberg, editor-in-chief of The Atlantic", "the Assembly of First Nations"
        in a story from Ottawa) is not of a country named sentences before as the place of a strike."""
        for code, named_in in reversed(self.country_trail):
            if named_in >= 0:
                return code if named_in == sent else self.main_country
        return self.main_country

    def last_place_country(self, sent: int) -> str | None:
        """The country of the place named last ("in Amsterdam", a dateline), in this sentence or the two
        before: a place named further back ("Sicherheitsvertreter trafen sich im jordanischen Akaba")
        is not where the police of a later sentence serve. Places of the sentence itself come first, wherever they
        stand ("Police arrested the suspect at the scene in Boulder" after "hostages in Gaza")."""
        here = set(self.placed_at.get(sent, ()))
        if len(here) == 1:
            return next(iter(here))
        for c in reversed(self.order):
            draft = self.drafts.get(c.entity) if c.entity else None
            if c.locative and draft is not None and draft.code and not self.across_border(c):
                return draft.code if c.sent >= sent - 2 else None
        return None

    def across_border(self, cand: Cand) -> bool:
        """A state named across a border ("nahe der Grenze zum Kongo", "near the border with Congo"): the
        neighbour, not where the story's police serve."""
        return any(norm(w) in self.border_nouns for w in self.words[max(0, cand.start - 3):cand.start])

    def states_before(self, cand: Cand) -> list[tuple[int, str]]:
        """(token, country) of the states its sentence names before the candidate, in order."""
        return [(at, code) for at, code in self.states_at.get(cand.sent, ()) if at < cand.start]

    def targeted(self, cand: Cand) -> bool:
        """A body after "gegen"/"against" past the states its sentence names ("Die EU, Großbritannien und Kanada
        verhängten Kontensperren gegen Vertreter von Justiz und Militär"): they act on it, it is not theirs."""
        named = [at for at, _ in self.states_before(cand)]
        return bool(named) and any(norm(w) in self.target_words for w in self.words[max(named):cand.start])

    def korean_half(self, word: str) -> KBEntry | None:
        korea = not self.country_codes.isdisjoint(KOREAN_HALVES.values())
        return self.kb.country(KOREAN_HALVES[word]) if korea and word in KOREAN_HALVES else None

    def dateline_country(self) -> str | None:
        """The country of the place the story opens with ("WASHINGTON (AP) —"), when the story also names that
        country by name or adjective: where a court it names without a country sits ("The Supreme Court threw
        out Mexico's lawsuit against American gun makers"); a regional bureau ("CAIRO (AP) —" on Yemen) is not."""
        first = self.by_start.get(0)
        draft = self.drafts.get(first.entity) if first is not None and first.entity else None
        return draft.code if draft is not None and draft.type in ("LOC", "GPE") and draft.code in self.named_countries \
            else None

    def sentence_country(self, sent: int) -> str | None:
        """The country named last, if named (not a pronoun) in this sentence ("ein Gericht in Algerien ...
        den Schriftsteller X")."""
        code, named_in = self.country_trail[-1] if self.country_trail else (None, -1)
        return code if named_in == sent else None

    def prepare(self, cands: list[Cand], text_of: Callable[[Cand], str]) -> None:
        self.by_start = {c.start: c for c in cands}
        counts: dict[str, float] = {}
        org_counts: dict[str, float] = {}
        naming: dict[str, set[int]] = {}   # country -> the sentences that name it
        in_titles = {(c.sent, i) for c in cands if c.kind == "title" and c.country and not c.origin
                     for i in range(c.start, c.end)}
        opening: dict[int, Cand] = {}
        for c in cands:
            opening.setdefault(c.sent, c)
        venue = _venue_dateline(cands)
        # "Murnau (dpa) - ... im oberbayerischen Murnau": a town the gazetteer lacks, placed by an adjective
        told = {text_of(c): c.country for c in cands if c.kind == "name" and c.kb is None and c.locative and c.country}
        states = frozenset(c.kb.code for c in cands if c.kb is not None and c.kb.kind == "country" and c.kb.code)
        named = {c.kb.code for c in cands if c.kb is not None and c.kb.kind == "country" and c.kind != "capital"}
        for c in cands:
            code, weight = None, 1.0
            lead = 2.0 if c.sent <= 1 else 1.0   # a wire story names its scene in the lead
            if c.kb is not None and c.kb.kind == "country" and c.kb.code:
                code, weight = c.kb.code, (0.5 if c.kind == "adjective" else 1.0)
            elif c.kb is None and c.kind == "name" and c.locative:
                # "in Magdeburg": the scene names its country too
                code = place_country(text_of(c), None, story=states) or told.get(text_of(c))
            elif c.kb is None and c.kind == "name" and c.ner == "ORG":
                code, weight = region_country(text_of(c)), 0.5   # "Kentucky State Police" names the US
            elif c.kind == "title" and c.country and not c.origin:
                code = c.country
            elif c.kb is not None and c.kb.kind == "person" and not _namesake_surname(c, cands, text_of):
                code, weight = c.kb.coding_on(self.day)[0], 0.5   # "Macky Sall" names Senegal too
            elif c.kb is not None and c.kb.kind == "org" and c.kb.sector in STORY_ORG_SECTORS:
                # "die KIA" weighs for Myanmar as the story's state, yet names no state (a party of a state
                # the story never names may be a namesake: ``foreign_party``)
                if code := c.kb.coding_on(self.day)[0]:
                    org_counts[code] = org_counts.get(code, 0.0) + 0.5 * lead
                continue
            if code and c.kb is not None and c.kb.kind == "country":
                self.states_at.setdefault(c.sent, []).append((c.start, code))
                if _dateline_country_name(c, self.words):
                    weight = DATELINE_WEIGHT
            if code and (c.locative or c.scene) and opening.get(c.sent) is c:
                self.opening_scene[c.sent] = (c.start, code)
            if code and c.locative and not self.across_border(c):
                self.placed_at.setdefault(c.sent, []).append(code)
                if c.start == 0 and code in named:
                    # "Niamey (AFP) - Nach Mali hat auch Niger ...": the story's scene (a regional bureau whose state
                    # the story never names is not: "MEXICO CITY (AP) — Nicaraguan police ...")
                    weight = DATELINE_WEIGHT
                    if code == venue:
                        continue   # "Doha (dpa) - Kolumbiens Regierung und ... haben sich in Katar geeinigt": a venue
            elif code and c.kind in ("title", "capital"):   # a party acted on: "den japanischen Botschafter", "Washington"
                self.named_at.setdefault(c.sent, []).append((c.start, code))
            if code and not (c.kind == "adjective" and (c.sent, c.start) in in_titles):
                # ("türkische Staatsbürger" names Turkey once, as the title's country)
                first_bonus = 0.5 if not counts else 0.0      # ties go to the first country named
                counts[code] = counts.get(code, 0.0) + (weight + first_bonus) * lead
                naming.setdefault(code, set()).add(c.sent)
            if c.kb is not None and c.kb.kind == "person":
                self.doc_people.append(c.kb)
        self.country_codes = set(counts)
        for code, weight in org_counts.items():
            counts[code] = counts.get(code, 0.0) + weight
        self.main_country = max(counts, key=lambda k: counts[k]) if counts else None
        self.main_told = len(naming.get(self.main_country or "", ())) >= 2
        self.country_order = sorted(counts, key=lambda k: -counts[k])
        self.country_rank = [k for k in self.country_order if counts[k] >= RIVAL_SHARE * counts[self.main_country]]
        self.named_countries = named

    def office_country(self, office: str, name: tuple[str, ...]) -> str | None:
        """The country of a named office holder the knowledge base does not know by that spelling: the
        article's first well-named country whose holder on the day has the same surname, else whose
        holder is unknown, when the main country's holder is someone else ("Premierminister Mark Brown"
        in a story led by New Zealand). None when the main country's holder is unknown."""
        vacant = None
        for k, code in enumerate(self.country_rank):
            holder = self.kb.holder(code, office, self.day)
            if holder is not None and name and norm(holder.name).split()[-1:] == list(name[-1:]):
                return code
            if holder is None and vacant is None:
                if k == 0:
                    return None
                vacant = code
        return vacant

    def named_holder(self, country: str, office: str) -> KBEntry | None:
        """A person the document names who held ``office`` in ``country`` at some time."""
        for entry in self.doc_people:
            if any(o.code == country and office in o.roles for o in entry.offices):
                return entry
        return None

    # -- candidates -----------------------------------------------------
    def resolve(self, cand: Cand, text_of) -> None:
        if cand.consumed:
            return
        if cand.kind == "pronoun":
            draft = self.pronoun_antecedent(cand)
            if draft is not None and cand.home:
                draft = self.home_country(draft)
            if draft is not None:
                self.assign(cand, draft)
            return
        if cand.kind == "title":
            self.resolve_title(cand, text_of)
            return
        if cand.kb is None and cand.kind == "name" and not cand.locative:
            cand.kb = self.spelling_variant(text_of(cand))
        if cand.kb is not None and cand.kind == "name" and (body := self.short_names.get(norm(text_of(cand)))):
            self.assign(cand, body)   # "(AEC)" given to a Nigerien body: not Australia's AEC further on
            return
        if cand.kb is not None:
            member = self.bracketed_person(cand) if cand.kb.code in BRACKETED_PARTY_STATES else None
            self.resolve_kb(cand, text_of)
            if member is not None:
                self.party_member(cand, member)
            return
        if cand.title is not None and cand.title.entity is not None:
            self.assign(cand, self.drafts[cand.title.entity])
            return
        self.resolve_unknown_name(cand, text_of(cand))

    def kingdom(self, cand: Cand) -> str | None:
        """"the kingdom", "das Königreich": the monarchy its sentence named first, else the one named last (not a
        republic the story is also about: "Trump welcomed Saudi Crown Prince ... the kingdom")."""
        named = [code for _, code in self.states_before(cand)]
        before = [code for sent in range(cand.sent - 1, -1, -1) for _, code in reversed(self.states_at.get(sent, ()))]
        return next((code for code in named + before + [self.main_country]
                     if code and (state := self.kb.country(code)) is not None and state.monarchy), None)

    def home_country(self, owner: Draft) -> Draft | None:
        """"Sogavare sagte, sein Land sei stolz": the state of the one the possessive takes up (none for an
        international body: "its member states" are not "its country")."""
        if owner.type == "GPE":
            return owner
        entry = self.kb.country(owner.code or "") if owner.code not in NON_STATE_CODES else None
        return self.draft_for(entry) if entry is not None else None

    def european_union(self) -> KBEntry | None:
        return next((self.kb.entries[i] for i, form in self.kb.lookup(("eu",), "EU")
                     if self.kb.entries[i].kind == "org" and self.kb.entries[i].code == "EUR"), None)

    def resolve_kb(self, cand: Cand, text_of) -> None:
        entry = cand.kb
        if entry is None:
            return
        entry = cand.kb = self.story_namesake(entry, text_of(cand))
        if (named := self.other_namesake(entry, text_of(cand))) is not None:
            self.assign(cand, named)
            return
        if cand.country is not None and entry.kind == "org" and cand.country != entry.code:
            # "die kanadische Bundespolizei": the adjective's state's own agency of that name (a state's own
            # body named like an international one serves its government: "der russische Sicherheitsrat")
            name = text_of(cand)
            draft = self.new_draft(f"org:{cand.country}:" + norm(name), type="ORG", name=name, code=cand.country,
                                   sector="GOV" if entry.sector == "IGO" else entry.sector, plural=True)
        elif cand.form == "capital" and cand.locative:
            name = text_of(cand)
            draft = self.new_draft("loc:" + norm(name), type="LOC", name=name, code=self.home_namesake(name, entry.code))
        elif cand.country is None and self.foreign_party(entry, cand.sent) \
                and not (entry.code in BRACKETED_PARTY_STATES and self.bracketed_person(cand) is not None):
            draft = self.story_party(text_of(cand))
        elif cand.country is None and self.generic_body(entry, text_of(cand)):
            # "dankte der Bundespolizei" in a story on Brazil: Brazil's federal police
            name = text_of(cand)
            draft = self.new_draft(f"org:{self.main_country}:" + norm(name), type="ORG", name=name,
                                   code=self.main_country, sector=entry.sector, plural=True)
        elif cand.form == "capital" and norm(text_of(cand)) in EU_SEATS and entry.code not in self.named_countries \
                and (eu := self.european_union()) is not None:
            draft = self.draft_for(eu)   # "Brussels pledged 270 million euros": the EU, unless Belgium is in the story
        else:
            draft = self.draft_for(entry)
            if entry.kind == "person":
                draft.spellings.add(tuple(norm(text_of(cand)).split()))
        if cand.title is not None and cand.title.entity and cand.title.entity != draft.key:
            self.merge(self.drafts[cand.title.entity], draft)
        self.assign(cand, draft)

    def home_namesake(self, name: str, code: str | None) -> str | None:
        """The country of a capital named as a place, or of the article's country when the capital's state is
        never named and the gazetteer knows a place so called there ("in Santiago" in a story on Cuba)."""
        main = self.main_country
        if main is None or code == main or code in self.named_countries:
            return code
        place = resolve_place(name, "de", country_hint=main) or resolve_place(name, "en", country_hint=main)
        return main if place is not None and place.country == main else code

    def spelling_variant(self, name: str) -> KBEntry | None:
        """A known person written another way, with the same first name and a surname the knowledge
        base knows ("Amir Chan Muttaki" for Amir Khan Muttaqi, listed with "Muttaki")."""
        tokens = tuple(norm(name).split())
        if len(tokens) < 2:
            return None
        people = {self.kb.entries[i].id: self.kb.entries[i] for i, _ in self.kb.lookup(tokens[-1:], name.split()[-1])
                  if self.kb.entries[i].kind == "person"
                  and tuple(norm(self.kb.entries[i].name).split()[:1]) == tokens[:1]}
        return next(iter(people.values())) if len(people) == 1 else None

    def other_namesake(self, entry: KBEntry, name: str) -> Draft | None:
        """The person the document named in full whom a short name means, when the knowledge base knows another
        person of that surname: "Betssy Chávez ... Chávez" is the woman just named, not Hugo Chávez ("Amir Chan
        Muttaki ... Muttaki" is the known Amir Khan Muttaqi spelled another way)."""
        if entry.kind == "country":
            # "Paraguayo Cubas ... Cubas": a surname read as an inflected country name ("Cubas" as "Cuba") is the
            # person named before (a country's own name stays the country: "Jordan")
            # (a capital's name does not: "Joseph Muscat ... Muscat" is the man, not Oman)
            listed = any(hit == entry.id and form != "capital" for hit, form in self.kb.lookup(name_key(name), name))
            return None if listed else self.named_in_full(name)
        if entry.kind == "org" and len(name.split()) == 1:
            return self.named_in_full(name)   # "Ilir Meta ... Meta selbst sprach": the man, not Meta Platforms
        named = self.named_in_full(name) if entry.kind == "person" else None
        return named if named is not None and named.name_tokens[:1] != tuple(norm(entry.name).split()[:1]) else None

    def initialled(self, short: str) -> Draft | None:
        """The organisation named before whose words' initials spell an unknown acronym ("IBA" after "the
        International Boxing Association"; "of", "and", "für" and the like left out)."""
        if not (MIN_ACRONYM <= len(short) <= MAX_ACRONYM and short.isalpha() and short.isupper()):
            return None
        for draft in reversed(list(self.drafts.values())):
            if draft.type != "ORG":
                continue
            names = {draft.name} | {" ".join(self.words[c.start:c.end]) for c in draft.cands if c.kind == "name"}
            if any(_initials(n) == short for n in names if n):
                return draft
        return None

    def headless(self, tokens: tuple[str, ...]) -> Draft | None:
        """The organisation named before whose name this one is without its head word ("Treasury" after "the
        Treasury Department")."""
        for draft in reversed(list(self.drafts.values())):
            if draft.type == "ORG" and any(
                    c.kind == "name" and tuple(norm(w) for w in self.words[c.start:c.end])[:-1] == tokens
                    and norm(self.words[c.end - 1]) in BODY_HEADS for c in draft.cands):
                return draft
        return None

    def company_head(self, tokens: tuple[str, ...]) -> Draft | None:
        """The company (or body of no known sector) named before by two words, the first of them this one
        ("Resolute Mining ... Resolute forderte")."""
        if len(tokens) != 1:
            return None
        return next((d for d in reversed(list(self.drafts.values())) if d.type == "ORG" and d.sector in (None, "BUS")
                     and any(c.kind == "name" and c.end - c.start == 2 and norm(self.words[c.start]) == tokens[0]
                             for c in d.cands)), None)

    def shortened(self, tokens: tuple[str, ...]) -> Draft | None:
        """The organisation named before whose name, as written or as the knowledge base knows it, ends in these
        two or more words ("Supreme Court" after "the U.S. Supreme Court" or "der Oberste Gerichtshof der USA"),
        not a namesake of another state."""
        if len(tokens) < 2:
            return None
        for draft in reversed(list(self.drafts.values())):
            if draft.type != "ORG":
                continue
            entry = self.kb.entries.get(draft.key)
            names = [tuple(norm(w) for w in self.words[c.start:c.end]) for c in draft.cands if c.kind == "name"] + \
                [tuple(norm(a).split()) for a in (entry.aliases if entry is not None else ())]
            if any(len(n) > len(tokens) and n[-len(tokens):] == tokens for n in names):
                return draft
        return None

    def named_in_full(self, name: str) -> Draft | None:
        """The person the document named in full whose surname (or name tail) this short name is; of
        several, the one named first ("Rodrigo Duterte ... Vizepräsidentin Sara Duterte ... Duterte")."""
        tokens = tuple(norm(name).split())
        people = [d for d in self.drafts.values() if d.type == "PER" and len(d.name_tokens) > len(tokens)
                  and _is_suffix(tokens, d.name_tokens)]
        if not people and name.endswith("s") and len(name) >= 4:
            return self.named_in_full(name[:-1])   # a German genitive: "Ein Anwalt Bokos" after "Olivier Boko"
        return people[0] if people else None

    def resolve_unknown_name(self, cand: Cand, name: str) -> None:
        tokens = tuple(norm(name).split())
        if (body := self.short_names.get(norm(name))) is not None:
            self.assign(cand, body)   # "Die Kachin-Unabhängigkeitsarmee (KIA) ... Die KIA werde"
            return
        if (body := self.initialled(name)) is not None:
            self.assign(cand, body)   # "the International Boxing Association ... the IBA"
            return
        if cand.ner in (None, "ORG") and (body := self.headless(tokens)) is not None:
            self.assign(cand, body)   # "the Treasury Department ... Treasury also blacklisted"
            return
        if cand.ner in (None, "ORG") and cand.country is None and (body := self.shortened(tokens)) is not None:
            self.assign(cand, body)   # "the U.S. Supreme Court ... the Supreme Court's decision"
            return
        people = [d for d in reversed(list(self.drafts.values()))
                  if d.type == "PER" and d.name_tokens and d.key not in self.set_aside]
        named = [d for d in people if any(_is_suffix(tokens, n) for n in (d.name_tokens, *d.spellings))]
        if not named and len(tokens) == 1 and name.endswith("s") and len(name) >= 4 and cand.ner in (None, "PER"):
            # "sagte Zambellis Anwalt" after "Carla Zambelli": a German genitive of a surname named before
            named = [d for d in people if len(d.name_tokens) > 1 and d.name_tokens[-1] == tokens[0][:-1]]
        # (a person named before and tagged so stays a person after a place preposition: "Besuch bei Khan")
        kind = "LOC" if cand.locative and not (named and cand.ner == "PER") else (cand.ner or "PER")
        if kind == "ORG" and named:
            kind = "PER"   # "„Ekpa's orders have cost lives“" after "Simon Ekpa": the tagger's ORG is the person named
        if kind == "PER" and named:
            if cand.country and named[-1].key.startswith("name:"):
                named[-1].code = cand.country   # "Soliman, an Egyptian national": what we guessed, now told
            self.assign(cand, named[-1])   # of several, the one named first: the story's protagonist
            return
        # a family name written first ("Wang" for Wang Yi, "Kim" for Kim Jong Un), when only one
        # person of the article has it
        first = [d for d in people if len(tokens) == 1 and len(tokens[0]) >= 2 and d.name_tokens[0] == tokens[0]]
        if kind == "PER" and len(first) == 1:
            self.assign(cand, first[0])
            return
        if not named and (company := self.company_head(tokens)) is not None:
            self.assign(cand, company)   # "des Goldförderers Resolute Mining ... Resolute forderte"
            return
        if len(tokens) == 1 and tokens[0] in COMPASS_NAMES:
            state = self.korean_half(tokens[0])   # "the North's demand", "urged the North" too
            if state is not None:
                self.assign(cand, self.draft_for(state))
                return
            if kind == "LOC":
                return
        if tokens and tokens[0] in SHIP_PREFIXES:
            self.assign(cand, self.new_draft("name:" + " ".join(tokens), type="ORG", name=name,
                                             code=SHIP_PREFIXES[tokens[0]], sector="MIL", plural=True))
            return
        if kind == "LOC" and tokens and tokens[-1].endswith(REGION_ENDINGS):
            # "Zentralasien", "im Ostchinesischen Meer", "the South China Sea": a region or a sea, of no one state
            self.assign(cand, self.new_draft("name:" + " ".join(tokens), type=kind, name=name, code=None))
            return
        if kind == "LOC" and cand.start > 0 and norm(self.words[cand.start - 1]) in RIVER_NOUNS:
            # "im Grenzfluss Rio Grande", "the river Jordan": a river is no one's, whatever place shares its name
            self.assign(cand, self.new_draft("name:" + " ".join(tokens), type=kind, name=name, code=None))
            return
        if kind != "PER" and tokens and " ".join(tokens).endswith(self.non_actor_endings):
            # "the Nobel Peace Prize", "den Karlspreis": an award or a contest is no one's actor
            self.assign(cand, self.new_draft("name:" + " ".join(tokens), type=kind, name=name, code=None))
            return
        employer = self.apposed_body(cand) if kind == "PER" else self.possessor(cand) if kind == "ORG" else None
        if kind == "PER" and employer is None and cand.fellow is not None and cand.fellow.entity is not None:
            employer = self.drafts[cand.fellow.entity]   # "former prime ministers Lamothe and Céant": Lamothe's
        court_named = bool(tokens) and tokens[-1].endswith(self.court_heads)
        code = cand.country or (cand.org.code if cand.org is not None else None) \
            or (employer.code if employer is not None else None) \
            or (self.possessive_employer(cand) or self.prefixed_body(cand) if kind == "PER" else None) \
            or (self.described_nationality(cand) if kind == "PER" else None) \
            or (self.country_in_name(tokens) or region_country(name) if kind == "ORG" else None) \
            or (self.court_seat(name) if kind == "ORG" and court_named else None) \
            or (self.dateline_country() if kind == "ORG" and court_named else None) \
            or (self.demonym_country(name) if kind == "LOC" else None) \
            or (self.compass_country(tokens) if kind == "LOC" else None) \
            or (self.district_country(cand) if kind == "LOC" else None) \
            or (place_country(name, self.near_country(cand.sent), self.main_country) if kind == "LOC" else None) \
            or (self.nearby_country(cand) if kind == "LOC" else None) \
            or (self.partisan_country(cand) if kind == "PER" else None) \
            or (self.unnamed_person_code(cand) if kind == "PER" else None) \
            or self.near_country(cand.sent)
        if kind == "PER" and cand.ner is None and name.isupper():
            kind = "ORG"                  # acronyms: "BKA", "IRNA"
        draft = self.new_draft("name:" + " ".join(tokens), type=kind, name=name, code=code,
                               name_tokens=tokens if kind == "PER" else (), plural=kind == "ORG",
                               weak=cand.ner is None and not cand.locative and cand.country is None)
        if kind == "LOC" and cand.country:
            draft.code = cand.country   # "Murnau (dpa) - ... im oberbayerischen Murnau": the dateline guessed, now told
        if cand.org is not None and cand.org.code in NON_STATE_CODES and kind == "ORG":
            draft.sector = cand.org.sector or "IGO"   # "the U.N. Assistance Mission": a body of the U.N.
        if employer is not None and draft.code == employer.code:
            draft.sector = draft.sector or employer.sector
        if kind == "ORG" and court_named and draft.sector is None:
            draft.sector = "JUD"   # "Kenya's High Court", "das Oberste Gericht in Nairobi": a court the KB lacks
        elif kind == "ORG" and draft.sector is None and tokens and tokens[-1].endswith(self.police_heads):
            draft.sector = "COP"   # "Essex Police", "Kentucky State Police": a force the KB lacks
        self.assign(cand, draft)

    def demonym_country(self, name: str) -> str | None:
        """A place the tagger read in a state's adjective alone ("the Ukrainian city of Chernihiv"): that state."""
        hits = [self.kb.entries[e] for e, form in self.kb.lookup((norm(name),), name) if form == "adjective"]
        return hits[0].code if len(hits) == 1 and hits[0].kind == "country" else None

    def unnamed_person_code(self, cand: Cand) -> str | None:
        """"Paraguay hat einen chinesischen Diplomaten ausgewiesen ... entzog Xu Wei das Visum": an unknown name
        nothing else places, after a person of the sentence before known only by a title with a country, is
        likely that person; the name takes the title's country, not the story's."""
        people = [self.drafts[c.entity] for c in self.order if c.entity is not None and c.kind == "title"
                  and cand.sent - 1 <= c.sent <= cand.sent]
        unnamed = {d.key: d for d in people if d.type == "PER" and not d.name_tokens and d.code}
        return next(iter(unnamed.values())).code if len(unnamed) == 1 else None

    def possessor(self, cand: Cand, types: tuple[str, ...] = ("ORG",)) -> Draft | None:
        """The known body (or other owner of ``types``) whose possessive stands a few words before an organisation's
        name ("the U.S. Navy's Bahrain-based 5th Fleet"): the organisation is its own, wherever it is based."""
        prev = self.order[-1] if self.order else None
        if prev is None or prev.entity is None or prev.sent != cand.sent or not 0 < cand.start - prev.end <= 4 \
                or self.lemmas[prev.end] not in POSSESSIVE_MARKS \
                or any(p in ("VERB", "AUX", "PUNCT", "ADP") for p in self.pos[prev.end + 1:cand.start]):
            return None
        owner = self.drafts[prev.entity]
        return owner if owner.type in types and owner.code else None

    def described_nationality(self, cand: Cand) -> str | None:
        """The country of the people a demonym described just before the name ("ein britisches Ehepaar ...
        Craig und Lindsay Foreman", "a Japanese journalist ... Takeshi Sato"), not of where they are held."""
        for c in reversed(self.order):
            if c.sent < cand.sent - 1:
                return None
            if c.kind == "adjective" and c.kb is not None and c.kb.kind == "country" and c.kb.code \
                    and c.end < len(self.lemmas) and self.lemmas[c.end].lower() in self.people_nouns:
                return c.kb.code
        return None

    def court_seat(self, name: str) -> str | None:
        """The country of the city an unlisted court is named after ("Kerman Revolutionary Court", "Lahore
        High Court"), when the article has named that country: not the state the story spoke of last."""
        first = name.split()[0] if name.split() else ""
        code = place_country(first) if first[:1].isupper() else None
        # (a country already named keeps a word that is also a village ("Federal", "Central") from counting)
        return code if code in self.country_codes else None

    def possessive_employer(self, cand: Cand) -> str | None:
        """"Steve Cockburn, Amnesty's head of labor rights", "Luc Triangle, general secretary of the International
        Trade Union Confederation", "Sadibou Marong, the group's director for Africa": the code of the organisation
        whose post the apposition after the name gives."""
        if cand.end >= len(self.words) or self.words[cand.end] != ",":
            return None
        org = self.by_start.get(cand.end + 1)
        if org is not None and org.kb is not None and org.kb.kind == "org" \
                and org.end < len(self.words) and self.words[org.end] in POSSESSIVE_MARKS:
            return org.kb.code
        return self.post_of_body(cand.end + 1)

    def post_of_body(self, k: int) -> str | None:
        """The code of the body a post phrase from token ``k`` on belongs to: a known organisation after its
        "of" ("general secretary of the ITUC"), or the one last named for "the group's"."""
        words = [w.lower() for w in self.words[k:k + APPOSED_POST_REACH]]
        if len(words) > 2 and words[0] == "the" and words[1] in BODY_NOUNS and words[2] in POSSESSIVE_MARKS:
            body = next((self.drafts[c.entity] for c in reversed(self.order) if c.entity is not None
                         and self.drafts[c.entity].type == "ORG"), None)
            return body.code if body is not None else None
        for n, word in enumerate(words[1:], start=k + 1):
            if word in POST_OF:
                first = n + 2 if words[n + 1 - k:n + 2 - k] == ["the"] else n + 1   # "of the ITUC"
                org = self.by_start.get(first)
                return org.kb.code if org is not None and org.kb is not None and org.kb.kind == "org" else None
            if self.pos[n] in ("VERB", "AUX", "PUNCT"):
                return None
        return None

    def prefixed_body(self, cand: Cand) -> str | None:
        """"USAID Administrator Samantha Power", "WFP Executive Director Cindy McCain": the code of the known
        organisation whose capitalised post stands right before the name."""
        prev = self.order[-1] if self.order else None
        if prev is None or prev.sent != cand.sent or prev.kb is None or prev.kb.kind != "org" \
                or not 0 < cand.start - prev.end <= 2:
            return None
        post = self.words[prev.end:cand.start]
        return prev.kb.code if all(w[:1].isupper() and w.isalpha() for w in post) else None

    def apposed_body(self, cand: Cand) -> Draft | None:
        """"Der ... Abteilungsleiter im US-Außenministerium, Brian Nichols": the named organisation the phrase
        before an apposed unknown name ends with is the one the person works for."""
        prev = self.order[-1] if self.order else None
        if prev is None or prev.sent != cand.sent or prev.end != cand.start - 1 or cand.start < 1 \
                or cand.start > len(self.lemmas) or self.lemmas[cand.start - 1] != "," or prev.entity is None:
            return None
        body = self.drafts[prev.entity]
        if prev.start > 0 and self.lemmas[prev.start - 1] in self.channel_words:
            return None   # "In a statement posted on X, Hussein Bashe said": where he posted, no employer
        return body if body.type == "ORG" and body.code else None

    def resolve_title(self, cand: Cand, text_of) -> None:
        if cand.org is not None:
            cand.org = self.story_namesake(cand.org)   # "RSF-Generalsekretär" in a story on Algeria
        sector, office, kind, gender = cand.role or (None, None, "PER", None)
        if cand.org is not None and not cand.country and self.generic_org(cand.org):
            # "Beamte der Bundespolizei nahmen den 75-Jährigen fest" in a story on Brazil: Brazil's federal police
            sector = cand.org.sector or sector
            cand.org, cand.country = None, self.main_country
        if cand.role_word in self.members and cand.body is not None and cand.body.role is not None:
            sector = cand.body.role[0] or sector   # "Angehörige der Luftwaffe" serve in it; "... der Opfer" mourn
        if norm(cand.role_word) in self.officer_words and cand.body is not None and cand.body.role is not None \
                and cand.body.role[0] == "COP":
            sector = "COP"   # "Beamte des Landeskriminalamts" are police officers
        if (cand.foreign or cand.generic) and not cand.country and cand.org is None:
            # "warf ausländischen Geheimdiensten vor": foreigners no one names are no one to code, nor are
            # governments in general ("urged governments not to ratify")
            return
        if cand.guest:
            if (visitor := self.visitor(cand)) is not None:
                self.assign(cand, visitor)
            return
        if kind == "STATE":
            # the state its sentence named first ("suspended Gabon after army officers seized power in the
            # country"), else the story's, not the one named last
            named = next((code for _, code in self.states_before(cand)), None)
            if cand.role_word in KINGDOM_WORDS:
                named = self.kingdom(cand)
            elif cand.role_word in PEOPLES_REPUBLIC_WORDS:
                # "Präsident Lai warf der Volksrepublik vor" in a story on Taiwan: the people's republic it names
                named = next((c for c, _ in reversed(self.country_trail) if c in PEOPLES_REPUBLICS), named)
            state = self.kb.country(named or self.main_country or "")
            if state is not None:
                self.assign(cand, self.draft_for(state))
            return
        if kind == "NEIGHBOUR":
            # "Maduro hatte ein Abkommen mit dem Nachbarland ausgesetzt": the story's state, unless its sentence
            # speaks for it ("Kinshasa warf dem Nachbarland vor"): then the other state named last
            own = {code for _, code in self.states_before(cand)} | {
                self.drafts[c.entity].code for c in self.order if c.sent == cand.sent and c.entity in self.drafts}
            code = self.main_country if self.main_country not in own | {None} else next(
                (c for c, named_in in reversed(self.country_trail) if named_in >= 0 and c not in own | {self.main_country}),
                None)
            state = self.kb.country(code) if code else None
            if state is not None:
                self.assign(cand, self.draft_for(state))
            return
        if kind != "PER" and not cand.country and cand.org is None \
                and (named := self.named_movement(cand, text_of)) is not None:
            # "ein Sprecher der Bewegung in Algier": the armed movement named before, not the place he speaks in
            self.assign(cand, named)
            return
        if kind != "PER" and not cand.country and cand.org is None and cand.role_word in GENERIC_ORGANISATION \
                and (named := self.named_before(cand.role_word, text_of)) is not None \
                and named.sector in ("NGO", "IGO") and self.named_last(named):
            # "den Werten der Weltbank, hieß es in einer Mitteilung der Organisation in Washington": the body
            # just named, not one of the place it sits in
            self.assign(cand, named)
            return
        org_code = self.org_country(cand)
        country = cand.country or org_code or self.owning_body(cand) or self.placed_country(cand, text_of) \
            or self.loyal_country(cand)
        new = kind == "PER" and not country and self.newly_in(cand)
        if new:
            country = self.main_country   # "gratulierte dem neuen Staatschef": of the state whose vote the story tells
        if cand.asset and not country:
            # "Israeli warplanes struck military targets in several parts of Iran": the forces the targets serve
            country = next((code for at, code in self.states_at.get(cand.sent, ()) if at >= cand.end), None)
        if cand.name is not None:
            draft = self.title_with_name(cand, text_of)
            if draft.type == "ORG" and cand.name.kind == "name" and cand.name.kb is None:
                # "Serbia's main oil company NIS ... blacklisted NIS": later mentions are this body, not the
                # knowledge base's namesake (South Korea's intelligence service)
                self.short_names.setdefault(norm(text_of(cand.name)), draft)
            self.assign(cand, draft)
            return
        if cand.proper:
            self.assign(cand, self.named_group(cand, sector, text_of(cand)))
            return
        if sector == "PTY" and kind == "GRP" and not country and (leader := self.possessor(cand, ("PER",))):
            country = leader.code   # "Sánchez's Socialists" are of his state, whatever other state the story names
        if sector == "PTY" and kind == "GRP" and cand.org is None \
                and (party := self.party_of_family(cand.role_word, country or self.main_country)
                     or (self.named_party_of_family(cand.role_word) if not country else None)) is not None:
            self.assign(cand, self.draft_for(party))   # "Umfragen sehen die Konservativen vor den Liberalen" (Canada)
            return
        if sector == "JUD" and kind != "PER" and not cand.country and cand.org is None \
                and (cand.place is None or norm(text_of(cand.place)) in HAGUE) \
                and (court := self.international_court()) is not None:
            self.assign(cand, court)   # "Das Gericht in Den Haag wirft ihm ... vor" after the ICC's warrant
            return
        if norm(cand.role_word) in self.short_named_heads or role_family(cand.role_word) in self.short_named_heads:
            # "the fund" is the body named before or no one: "Iranian funds" are money
            named = self.named_before(cand.role_word, text_of) if cand.number != "pl" else None
            if named is not None:
                self.assign(cand, named)
            return
        if kind != "PER" and not country and cand.org is None:
            named = self.named_before(cand.role_word, text_of)
            if named is not None and named.code in NON_STATE_CODES and self.without_article(cand):
                named = None   # "demanded that parliament reopen its inquiry" after "the European Parliament"
            if named is not None and ((named.sector == "REB") == (sector == "REB") or cand.role_word in GENERIC_GROUP):
                # ("die Gruppe" takes up the armed group named last)
                # "die Behörde" after "die Internationale Atomenergiebehörde" (but "die Armee" after
                # the "Befreiungsarmee" of rebels is the state's)
                self.assign(cand, named)
                return
        if cand.thing_owned and not country and cand.org is None:
            country = self.context_country()   # "if its government fails": the country named last
        if cand.possessive and sector == "REB" and not country and cand.org is None \
                and (group := self.recent_armed_group(cand)) is not None:
            self.assign(cand, group)   # "Al-Shabaab erklärte ..., ihre Kämpfer hätten ...": the group's fighters
            return
        if cand.possessive and kind != "PER" and not country and cand.org is None \
                and (owner := self.pronoun_antecedent(replace(cand, kind="pronoun", gender="person", number="sg"))):
            if sector not in FORCES and not (cand.role and cand.role[2] == "GRP") \
                    and not (cand.role_word in self.whole_government and owner.type == "PER" and owner.code):
                self.assign(cand, self.owned_office(owner, cand, sector))   # "nach Angaben seines Büros"
                return
            # ("seine Regierung", "his government": the government of his country, not an office of his)
            # "seine Truppen", "seiner Polizei": the forces of his state; "ihre Angehörigen", "seine Anhänger":
            # people of the owner's country, no office of the owner
            country = owner.code
        if kind != "PER" and sector is None and not country and cand.org is None:
            return                        # a bare "center", "Organisation": nothing to code
        if not country and cand.org is None and norm(cand.role_word) in self.officer_words \
                and (police := self.recent_police(cand)) is not None:
            self.assign(cand, police)   # "Die Beamten setzten Wasserwerfer ein" after "die niederländische Polizei"
            return
        if cand.counterpart:
            office = self.last_office()
        if cand.possessive and kind == "PER" and not country:
            owner = self.last_person()
            if owner is not None:
                country = owner.code
                sector = sector or owner.sector
        if cand.org is not None and cand.org.kind == "person" and kind == "GRP" and not country:
            # "Trump-Anhänger", "Yoon-Anhänger": a group of the person's country, not the person
            country = cand.org.coding_on(self.day)[0]
            cand.org = None
        if cand.org is not None and kind != "PER":
            # "RSF-Kämpfer", "al-Shabaab militants"; "Abgeordnete der Republikanischen Partei" in a story on Chile
            draft = self.story_party(cand.org.name) if self.foreign_party(cand.org, cand.sent) \
                else self.draft_for(cand.org)
            draft.role_words.add(role_family(cand.role_word))   # later "die Kämpfer" are theirs too
            self.assign(cand, draft)
            return
        if kind == "PER" and office in LEADING_OFFICES and self.former(cand, text_of) \
                and (leader := self.former_leader(cand, country)) is not None:
            self.assign(cand, leader)   # "der Ex-Staatschef" after "Perus früherer Präsident Alejandro Toledo"
            return
        holder_country = country or (ORG_OFFICES.get(office or "") if office and not self.of_unknown_body(cand)
                                     else None)
        # ("the Hamas leader" leads no state; "the new president" is not the one the knowledge base knows)
        if office and holder_country and not _group_member(cand) and not new:
            entry = self.named_holder(holder_country, office) or self.kb.holder(holder_country, office, self.day)
            if entry is not None:
                draft = self.draft_for(entry)
                draft.role_words.add(role_family(cand.role_word))
                self.assign(cand, draft)
                return
        family = role_family(cand.role_word)
        if sector in PLACED_SECTORS and not country and (elsewhere := self.placed_elsewhere(cand, family)) is not None:
            country = elsewhere   # "Auch in Berlin löste die Polizei ... auf und nahm mehrere Demonstranten fest"
        if kind != "PER" and (same := self.called_so(cand, family, country)) is not None:
            self.assign(cand, same)   # "die Polizei" stays the police it was, after "der US-Bundespolizei FBI"
            return
        if kind == "PER" and cand.number == "pl" and not country and cand.org is None and sector in ("GOV", None) \
                and (forum := self.lead_forum()) is not None:
            self.assign(cand, forum)   # "The ministers" in a story that opens on a G7 or Asean meeting
            return
        # ("der Regierungschefin" is not the prime minister named before if he is a man)
        drafts = [d for d in reversed(list(self.drafts.values())) if not other_gender(gender, d)
                  and not (new and d.type == "PER" and not (office and self.takes_up(d, office, country)))]
        if country is None and (same := self.same_side_holder(cand, family, drafts)) is not None:
            self.assign(cand, same)
            return
        for draft in drafts:
            if kind != "PER" and self._one_of_many(cand, draft):
                continue   # "Die Hochschule" is none of the "israelischen Hochschulen" named before
            if (family in draft.role_words or family in self.ruling_military and draft.role_words & self.ruling_military) \
                    and (country is None or draft.code == country):   # "die Putschisten" are "die Junta"
                self.assign(cand, draft)
                return
            if country is None and (len(family) >= 6 or family in self.ruling_military) \
                    and draft.type == ("PER" if kind == "PER" else "ORG") and any(
                    w.endswith(family) for w in draft.role_words) and (office is None or self.holds(draft, office)):
                # (but "des Präsidenten" after "Parlamentspräsident X" is another office's holder)
                self.assign(cand, draft)          # "der Minister" after "der iranische Außenminister", "the
                return                            # ministry" after "China's foreign ministry"
        if kind == "PER" and office and (not country or new):
            for draft in drafts:
                if self.holds(draft, office):
                    self.assign(cand, draft)   # "dem neuen Staatschef" after "Präsident Guatemalas"
                    return
        if not country and kind == "PER" and sector == "MIL" and (army := self.recent_foreign_army(cand)) is not None:
            country = army.code   # "erklärte ein Armeesprecher" right after "Israelische Soldaten" in Syria
        if kind == "PER" and not country and cand.org is None:
            body = self.named_before(cand.body.role_word, text_of) if cand.body is not None else None
            # "Eine Sprecherin der Kommission" after "die EU-Kommission": that body's, whatever was named since
            country = body.code if body is not None else \
                self.opening_country(cand) or self.institution_country(cand, sector)
        if family in self.ruling_military and not country:
            # a junta rules the state its sentence named last ("urged Myanmar's military government ... the
            # junta's election"), else where the story just was ("in Ouagadougou festgenommen. Die
            # Militärregierung warf ihnen Spionage vor"), not the government named last
            # (a dateline is where the story is filed: "ABUJA, Nigeria (AP)" on Niger's junta)
            named = [code for _, code in self.states_before(cand)]
            place = self.last_place_country(cand.sent)
            country = named[-1] if named else place if place != self.dateline_country() else None
        if cand.pro_government and not country:
            country = next((d.code for d in reversed(list(self.drafts.values()))
                            if d.sector == "GOV" and d.type in ("ORG", "GPE") and d.code), None)
        if kind != "PER" and not country:
            for draft in reversed(list(self.drafts.values())):
                # (a named group that governs, "the Taliban authorities", is not what "the defence ministry" of
                # the next sentence belongs to)
                # (journalists are not the agency that files the story: "Bischkek (AFP) ... Journalisten")
                if draft.type == "ORG" and sector and draft.sector == sector and not _dateline_only(draft) \
                        and not self._one_of_many(cand, draft) \
                        and cand.role_word not in self.whole_government \
                        and (sector != "GOV" or not draft.key.startswith("org:")) and not self.abroad(draft) \
                        and not self.foreign_force(draft, cand, sector) and not self.foreign_people(draft, cand, sector):
                    self.assign(cand, draft)      # "der Rebellen" after "Huthi-Rebellen", "officials" after a ministry
                    return
        # a person's title belongs to the country named last; groups and the opposition are
        # mostly the article's own country ("Opposition leaders rejected ...")
        # (a state's forces named with a country in their own sentence are that country's: "Israeli aircraft
        # struck ..., the military said")
        # (police serve where they act: the place named just before, "in Amsterdam", not the story's main country)
        if sector == "NGO" and kind != "PER" and not country and cand.org is None:
            # "Menschenrechtsorganisationen", "rights groups": unnamed civil society of no state (coded as NGOs are)
            draft = self.new_draft(f"group:None:NGO:{cand.role_word}", type="ORG",
                                   name=SECTOR_NAMES.get(sector, cand.role_word.title()), code="NGO",
                                   sector=sector, plural=True)
            draft.role_words.add(role_family(cand.role_word))
            self.assign(cand, draft)
            return
        implicit = not country
        if not country and kind == "PER" and sector == "GOV":
            country = self.scene_before(cand)   # "In Tripoli, the Foreign Ministry ..., a ministry official said"
        country = country or self.where_country(cand)   # "outrage in the Philippines, where several senators ..."
        if not country and sector == "COP" and cand.sent == 0 and "," in self.words[max(0, cand.start - 3):cand.start]:
            # "HELSINKI (AP) — A Finnish court has ordered the detention of X, ... in southeastern Nigeria, police
            # said": police who tell the lead after it serve at the dateline, not where the crimes told happened
            # (police acting in it stay where it places them: "a law that lets state police arrest people")
            country = self.dateline_country()
        country = country or (self.context_country() if kind == "PER" and sector not in DOMESTIC_SECTORS
                              and cand.role_word not in self.domestic_roles | self.local_roles
                              # (a governor or mayor serves where the sentence is, else in the story's country)
                              else (sector in FORCES or cand.role_word in self.local_roles)
                              and not self.targeted(cand) and self.sentence_country(cand.sent)
                              or sector == "COP" and self.last_place_country(cand.sent) or self.main_country)
        if implicit and sector == "MIL" and country in ARMY_OF_OCCUPIER:
            country = ARMY_OF_OCCUPIER[country]   # "soldiers" in a West Bank story: Palestine has no army
        sector = (cand.org.sector if cand.org is not None and cand.org.kind == "org" and sector is None
                  else sector)
        if kind == "PER":
            label = OFFICE_NAMES.get(office or "", cand.role_word.title())
            where = self.kb.country(country).name if country and self.kb.country(country) else (country or "?")
            if cand.org is not None and cand.org.kind == "org":
                where = cand.org.name             # "Huthi-Sprecher": a spokesman of the Houthis, not of Yemen
            if sector in (None, "GOV") and country in NON_STATE_CODES:
                sector = "IGO"   # a spokesperson of the UN or the EU speaks for the body, not for a state
            name = f"International {label.lower()}" if country == "IGO" and cand.org is None else f"{label} of {where}"
            draft = self.new_draft(f"title:{cand.role_word}:{country}:{cand.start}", type="PER",
                                   name=name, code=country, sector=sector, gender=gender, office=office,
                                   plural=cand.number == "pl")
        else:
            group = SECTOR_NAMES.get(sector or "", cand.role_word.title())
            where = self.kb.country(country).name if country and self.kb.country(country) else (country or "?")
            key = f"group:{country}:{sector}:{cand.role_word if sector is None else ''}"
            draft = self.new_draft(key, type="ORG", name=f"{group} of {where}", code=country, sector=sector,
                                   plural=True)
        draft.role_words.add(role_family(cand.role_word))
        self.assign(cand, draft)

    def same_side_holder(self, cand: Cand, family: str, drafts: list[Draft]) -> Draft | None:
        """Of holders of this title in several states, the one of the state whose people the sentence names
        first ("Oppositionssenatoren ... verlangten eine Anhörung des Außenministers" after Taiwan's foreign
        minister: Paraguay's)."""
        holders = [d for d in drafts if family in d.role_words and d.code]
        if len({d.code for d in holders}) < 2:
            return None
        own = [self.drafts[c.entity].code for c in self.order if c.sent == cand.sent and c.entity in self.drafts]
        return next((d for code in own for d in holders if d.code == code), None)

    def lead_forum(self) -> Draft | None:
        """The one international body the story's first sentence names (its ministers or leaders meet); not a
        dateline ("UNITED NATIONS (AP) —" is where the story was written)."""
        forums = {c.entity for c in self.order if c.sent == 0 and not c.wire and c.start > 0 and c.entity in self.drafts
                  and self.drafts[c.entity].type == "ORG" and self.drafts[c.entity].code in NON_STATE_CODES
                  and self.drafts[c.entity].code != "NGO"}
        return self.drafts[forums.pop()] if len(forums) == 1 else None

    def foreign_force(self, draft: Draft, cand: Cand, sector: str | None) -> bool:
        """'police' after a foreign agency named ('the U.S. Drug Enforcement Administration' in a story on
        Ecuador), 'die Armee' after another state's 'Marine': the forces of the story's country or of the
        place named last, not those (but 'die Armee' after 'die israelische Armee' is that army)."""
        if sector not in FORCES or draft.code in (self.main_country, self.last_place_country(cand.sent)):
            return False
        if sector == "MIL" and any(c.sent == cand.sent for c in draft.cands):
            return False   # "Israelische Soldaten drangen in den Ort vor, wie die Armee mitteilte": theirs
        if sector == "MIL" and self.recent_foreign_army(cand) is draft:
            return False   # "Die Truppen erwiderten das Feuer" after them, in a story that names no army of its own
        return sector == "COP" or bool(draft.role_words) and role_family(cand.role_word) not in draft.role_words

    def led_country(self, cand: Cand) -> str | None:
        """The country of the group a person leads, named just before "led by" ("eine russische Delegation
        unter Leitung von Vizeverteidigungsminister X"): a title before the name may stand between."""
        for phrase in self.leader_openers:
            for gap in range(TITLE_GAP + 1):
                first = cand.start - gap - len(phrase)
                if first < 1 or tuple(norm(w) for w in self.words[first:first + len(phrase)]) != phrase:
                    continue
                draft = self.draft_ending_at(cand.sent, first)
                return draft.code if draft is not None and draft.type != "LOC" else None
        return None

    def where_country(self, cand: Cand) -> str | None:
        """The country of the place a relative "where" clause follows ("in the Philippines, where several
        senators called for a ban", "in Kenia, wo Demonstranten ..."): the people it names are there."""
        k = cand.start - 1
        while k > 0 and norm(self.words[k]) not in self.where_words and k >= cand.start - WHERE_GAP:
            k -= 1
        if k < 2 or norm(self.words[k]) not in self.where_words or self.words[k - 1] != ",":
            return None
        draft = self.draft_ending_at(cand.sent, k - 1)
        return draft.code if draft is not None and draft.type in ("GPE", "LOC") else None

    def draft_ending_at(self, sent: int, end: int) -> Draft | None:
        """The draft of the candidate of this sentence resolved last that ends right before token ``end``."""
        cand = next((c for c in reversed(self.order) if c.sent == sent and c.end == end), None)
        return self.drafts.get(cand.entity) if cand is not None and cand.entity else None

    def scene_before(self, cand: Cand) -> str | None:
        """The country of the place a sentence opens with, before the candidate ("In Tripoli, ..."): where an
        official the sentence names without a country serves."""
        at, scene = self.opening_scene.get(cand.sent, (cand.start, None))
        return scene if 0 < at < cand.start else None   # (not a dateline: "PORT SUDAN, Sudan (AP) —")

    def recent_police(self, cand: Cand) -> Draft | None:
        """The police named in this sentence or the two before: the officers of the next sentence are theirs."""
        return next((d for d in reversed(list(self.drafts.values())) if d.type == "ORG" and d.sector == "COP"
                     and any(cand.sent - POLICE_SENTENCES <= c.sent <= cand.sent for c in d.cands)), None)

    def recent_foreign_army(self, cand: Cand) -> Draft | None:
        """The land forces of another state than the story's named in this sentence or the two before, in a story
        that names no forces of its own state ("Israelische Soldaten" in a story from Damascus): the army,
        troops or army spokesman told of next are theirs."""
        if any(d.code == self.main_country and d.sector == "MIL" and d.type != "PER" for d in self.drafts.values()):
            return None
        return next((d for d in reversed(list(self.drafts.values())) if d.type == "ORG" and d.sector == "MIL"
                     and d.code not in (None, self.main_country) and d.role_words & ARMY_WORDS
                     and any(c.sent >= cand.sent - FOREIGN_ARMY_SENTENCES for c in d.cands)),
                    None)

    def foreign_people(self, draft: Draft, cand: Cand, sector: str | None) -> bool:
        """Civilians or authorities of another state than the story's: "Randalierer" after "türkische
        Staatsbürger", "die Behörden" after "das türkische Außenministerium" in a story on Montenegro, "Studenten"
        after "israelische Hochschulen" in one on the Netherlands, "die Opposition" after "Demonstranten in Bagdad"
        in one on Denmark are the country's own, not the foreigners named last."""
        people = sector in ("CVL", "EDU", "OPP") or sector == "GOV" and cand.role_word in self.authorities
        return people and draft.code not in (None, self.main_country)

    def abroad(self, draft: Draft) -> bool:
        """An embassy or consulate only: the authorities of a later sentence are the host's, not the mission's
        ("Marsch auf die US-Botschaft in Islamabad ... Die Behörden riegelten ab")."""
        return bool(draft.role_words) and draft.role_words <= self.missions

    def placed_country(self, cand: Cand, text_of) -> str | None:
        """The country a title's place, federal word or owning person gives it ("das Gesundheitsministerium
        in Gaza", "Brandenburgs Ministerpräsident", "die Bundesregierung in Ottawa", "Milei's government")."""
        code = None
        # ("Sprecher des Außenministeriums in Addis Abeba": the ministry's place is its spokesman's)
        # (not an embassy's: its staff serve the sending state, "die Mitarbeiter der Botschaft in Ouagadougou")
        body = cand.body if cand.body is not None and cand.body.role_word not in self.missions else None
        if body is not None and (group := self.named_movement(body, text_of)) is not None:
            return group.code   # "ein Sprecher der Bewegung in Algier": the movement's, wherever he speaks
        place = cand.place or (body.place if body is not None else None)
        if place is not None and norm(text_of(place)) in BRUSSELS and self.main_country != "BEL" \
                and any(d.code == "EUR" for d in self.drafts.values()):
            return "EUR"   # "eine Sprecherin in Brüssel" in a story that names the EU: the EU's
        if place is not None and place.kb is not None:
            code = place.kb.code if place.kb.kind == "country" else None
        elif place is not None:
            code = place_country(text_of(place), self.main_country) or _genitive_place(text_of(place))
        text = text_of(cand)
        title = norm(text)
        if code is not None and title.startswith("bundes"):
            self.federal_places[title] = code   # "die Bundesregierung in Mogadischu" ... "der Bundesregierung"
        code = code or self.federal_places.get(title) \
            or _federal(text, self.main_country, self.country_codes, self.main_told)
        if code is None and cand.start > 0 and norm(self.words[cand.start - 1]) == "federal" \
                and cand.role is not None and cand.role[2] == "PER" \
                and self.main_country in FEDERATIONS | FOREIGN_FEDERATIONS:
            code = self.main_country   # "federal prosecutors said" in a story on the United States: its own
        if code is None and cand.owner is not None:
            code = cand.owner.kb.coding_on(self.day)[0]   # as of the article's date
        return code

    def international_court(self) -> Draft | None:
        """The international court the document named last (ICC, ICJ, the European courts), also as the
        body of a title only ("International Criminal Court Prosecutor Karim Khan ... the court")."""
        for cand in reversed(self.order):
            draft = self.drafts.get(cand.entity) if cand.entity else None
            if draft is not None and draft.type == "ORG" and _international_court(draft):
                return None if self.cited_court(draft) else draft
            if draft is not None and draft.type == "ORG" and draft.sector == "JUD" and cand.kind == "name":
                return None   # a court of a state named since: "the court" is more likely that one
            if cand.org is not None and cand.org.type == "ORG" and cand.org.code in COURT_CODES \
                    and "Court" in cand.org.name:
                return self.draft_for(cand.org)
        return None

    def owning_body(self, cand: Cand) -> str | None:
        """"The Polisario Front ... Its representative in Nairobi said": a person "its" title names serves the body
        or state the pronoun takes up, wherever posted."""
        owner = self.owning_draft(cand)
        return owner.code if owner is not None else None

    def owning_draft(self, cand: Cand) -> Draft | None:
        if not (cand.possessive and cand.thing_owned) or cand.role is None or cand.role[2] != "PER" or cand.org:
            return None
        return self.pronoun_antecedent(replace(cand, kind="pronoun", gender="n", number="sg", country=None))

    def named_movement(self, cand: Cand, text_of) -> Draft | None:
        """The armed group or movement named before that "die Gruppe", "die Bewegung" take up."""
        if cand.role_word not in GENERIC_GROUP:
            return None
        named = self.named_before(cand.role_word, text_of)
        return named if named is not None and named.sector == "REB" else None

    def loyal_country(self, cand: Cand) -> str | None:
        """The country of the person named before whom the title's people are loyal to ("Gbagbo-treue Truppen")."""
        if cand.loyal is None:
            return None
        name = norm(cand.loyal)
        return next((d.code for d in reversed(list(self.drafts.values()))
                     if d.type == "PER" and d.name_tokens and d.name_tokens[-1] == name and d.code), None)

    def cited_court(self, court: Draft) -> bool:
        """An international court named once in a story whose own courts, named before it, are named more
        often ("Bolivia's Constitutional Court ... cited an opinion of the Inter-American Court ... the court's
        headquarters in Sucre")."""
        first = min((c.start for c in court.cands), default=0)
        own = sum(c.kind == "name" and c.start < first for d in self.drafts.values()
                  if d.type == "ORG" and d.sector == "JUD" and d.code not in COURT_CODES for c in d.cands)
        return own > sum(c.kind == "name" for c in court.cands)

    def owned_office(self, owner: Draft, cand: Cand, sector: str | None) -> Draft:
        """"sein Büro", "his office", "ihr Pressedienst": the office of the person named last, of their country."""
        key = f"office:{owner.key}:{role_family(cand.role_word)}"
        if key in self.drafts:
            return self.drafts[key]
        draft = self.new_draft(key, type="ORG", name=f"Office of {owner.name}", code=owner.code,
                               sector=sector or owner.sector or "GOV")
        draft.role_words.add(role_family(cand.role_word))
        return draft

    def foreign_party(self, entry: KBEntry, sent: int) -> bool:
        """A party of a state the article never names: "die oppositionelle Demokratische Partei", "die
        Regierungspartei PPP" in a Korean story. Party names and their initials recur across countries.
        (Whether the state is named seldom says too little: "Russische Hacker griffen das Netz der SPD an ...,
        sagte Bundeskanzler Scholz"; named once in passing it says as little: "Abgeordnete der rechten
        Republikanischen Partei" in a story on Chile that mentions the United States once.)"""
        return (entry.kind == "org" and entry.sector == "PTY" and bool(entry.code) and bool(self.main_country)
                and entry.code != self.main_country and entry.code not in self.country_rank
                and not self.named_in(entry.code, sent))

    def bracketed_person(self, cand: Cand) -> Draft | None:
        """The person whose party a bracket right after the name gives ("Michael Gahler (CDU)"): a known
        party so written is that party, not a namesake in the story's state."""
        prev = self.order[-1] if self.order else None
        if prev is None or prev.entity is None or cand.start < 2 or cand.end >= len(self.words) \
                or self.words[cand.start - 1] != "(" or self.words[cand.end] != ")" or prev.end != cand.start - 1:
            return None
        person = self.drafts[prev.entity]
        return person if person.type == "PER" else None

    def party_member(self, cand: Cand, person: Draft) -> None:
        """An unknown person whose bracketed party belongs to a state is of that state."""
        party = self.drafts.get(cand.entity) if cand.entity else None
        if party is not None and party.sector == "PTY" and party.code and party.code not in NON_STATE_CODES \
                and person.qid is None:
            person.code = party.code

    def story_namesake(self, entry: KBEntry, name: str | None = None) -> KBEntry:
        """Of bodies sharing a short name (this one, or any acronym of the entry's), one of a state the story
        names, else one of no state: "RSF" in a story on Algeria is Reporters Without Borders, not Sudan's Rapid
        Support Forces."""
        if entry.kind != "org" or not self.unnamed_state(entry.code):
            return entry
        names = [name] if name else [a for a in entry.aliases if a.isupper()]
        others = [self.kb.entries[i] for n in names for i, _ in self.kb.lookup(name_key(n), n) if i != entry.id]
        others = [e for e in others if e.kind == "org"]
        return next((e for e in others if e.code and not self.unnamed_state(e.code)), entry)

    def unnamed_state(self, code: str | None) -> bool:
        """Is this a state the story does not name (and not its main one)?"""
        return bool(code) and code not in NON_STATE_CODES and code != self.main_country \
            and code not in self.named_countries

    def generic_body(self, entry: KBEntry, name: str) -> bool:
        """A known body whose name is a common noun every federal state's body goes by ("Bundespolizei"), in a
        story on another state that never names the body's own."""
        return entry.kind == "org" and norm(name) in self.generic_bodies and bool(self.main_country) \
            and entry.code != self.main_country and entry.code not in self.named_countries

    def recent_armed_group(self, cand: Cand) -> Draft | None:
        """The armed group named by its name in this sentence or the one before, the latest first."""
        for prev in reversed(self.order):
            if cand.sent - prev.sent > 1:
                break
            draft = self.drafts.get(prev.entity) if prev.entity else None
            if draft is not None and draft.sector == "REB" and draft.type == "ORG" and prev.kind == "name":
                return draft
        return None

    def generic_org(self, entry: KBEntry) -> bool:
        """``generic_body`` for a body named inside a title ("Beamte der Bundespolizei"), by its aliases."""
        return any(self.generic_body(entry, alias) for alias in entry.aliases if norm(alias) in self.generic_bodies)

    def named_in(self, code: str, sent: int) -> bool:
        """Is someone or something of this country named in the sentence so far ("Trump und seine
        Republikaner")?"""
        return any(c.sent == sent and c.entity and self.drafts[c.entity].code == code for c in self.order)

    def org_country(self, cand: Cand) -> str | None:
        """The country of the body a title names: a party of a state the story hardly names is a namesake in
        the story's state ("ANC-Chef Jean-Pierre Fabre" in a story on Togo)."""
        if cand.org is None:
            return None
        return self.main_country if self.foreign_party(cand.org, cand.sent) else cand.org.code

    def story_party(self, name: str) -> Draft:
        """The party of that name in the article's main state."""
        return self.new_draft("party:" + norm(name), type="ORG", name=name, code=self.main_country,
                              sector="PTY", plural=True)

    def party_of_family(self, word: str, country: str | None) -> KBEntry | None:
        """The one party of the country the knowledge base knows by a family's name ("die Konservativen":
        the Conservative Party of Canada in a story on Canada; "Democrats": the Democratic Party)."""
        stem = self.party_families.get(word.lower())
        if stem is None or country is None:
            return None
        heads = (f"{stem} Party", f"{stem} Union")
        found = [e for e in self.kb.parties(country) if e.name.startswith(heads)]
        return found[0] if len(found) == 1 else None

    def named_party_of_family(self, word: str) -> KBEntry | None:
        """"Die oppositionellen Liberalen" in a story from Beijing on Australia: the one party of that family
        among the other states the article names, when the main state has none."""
        found = {p.id: p for code in self.named_countries if code != self.main_country
                 and (p := self.party_of_family(word, code)) is not None}
        return next(iter(found.values())) if len(found) == 1 else None

    def partisan_country(self, cand: Cand) -> str | None:
        """"Der republikanische Senator Lindsey Graham", "Democrat Mark Warner" in a story on Mexico: a member of
        an American party, unless the story's own state has a party of that name (Chile's Republicans)."""
        stem = next((self.partisan_words[w] for k in (cand.start - 1, cand.start) if 0 <= k < len(self.lemmas)
                     and (w := self.lemmas[k].lower()) in self.partisan_words), None)
        # (a stem's first eight letters also find "Republicanos", "Republican People's Party", "Democratic Movement")
        if stem is None or any(e.name.lower().startswith(stem.lower()[:8]) for e in self.kb.parties(self.main_country)):
            return None
        return "USA" if any(e.name.startswith(stem) for e in self.kb.parties("USA")) else None

    def called_so(self, cand: Cand, family: str, country: str | None) -> Draft | None:
        """The body last called by this bare noun (of this country, if one is given)."""
        return next((d for d in reversed(list(self.drafts.values())) if d.type == "ORG" and family in d.role_words
                     and not self._one_of_many(cand, d)
                     and (country is None or d.code == country) and any(c.kind == "title" and c.name is None
                                                                        and role_family(c.role_word) == family
                                                                        for c in d.cands)), None)

    def of_unknown_body(self, cand: Cand) -> bool:
        """Is the title followed by a genitive body that names no known actor ("den Generalsekretär des
        Kollektivs gegen Straflosigkeit")? Then it is that body's office, not the UN's or Nato's."""
        k = cand.end
        if k + 1 >= len(self.words) or self.words[k].lower() not in GENITIVE_OPENERS:
            return False
        k += 1
        while k < len(self.words) and self.pos[k] == "ADJ":
            k += 1
        return k < len(self.words) and self.pos[k] in ("NOUN", "PROPN") and k not in self.by_start

    def placed_elsewhere(self, cand: Cand, family: str) -> str | None:
        """The one country of the places "in" its own sentence names before them, when the police (protesters,
        civilians) called so before were of another: they act where they are."""
        here = {self.drafts[c.entity].code for c in self.order
                if c.sent == cand.sent and c.locative and c.entity in self.drafts and c.start < cand.start
                and c.start > 0 and self.words[c.start - 1].lower() in LOCATIVE_IN}
        before = self.called_so(cand, family, None)
        if len(here) != 1 or None in here or before is None or before.code in here:
            return None
        return next(iter(here))

    def named_last(self, draft: Draft) -> bool:
        """Was the body named by its name in the latest sentence that named anything?"""
        last = max((c.sent for c in self.order if c.entity), default=-1)
        return any(c.kind == "name" and c.sent >= last - 1 for c in draft.cands)

    def without_article(self, cand: Cand) -> bool:
        """A lower-case noun with no word of reference before it ("that parliament reopen"): a state's own
        body in English, not one named before."""
        first = cand.start
        return self.words[first][:1].islower() and (first == 0 or self.pos[first - 1] not in ("DET", "PRON", "ADJ")
                                                    and self.words[first - 1] not in OWNER_MARKS)

    def named_before(self, head: str, text_of) -> Draft | None:
        """The organisation named earlier whose name ends in this noun ("Atomenergiebehörde" for
        "die Behörde", "EU-Kommission" for "die Kommission"); of several courts, the one named most (the
        story's court, not one its ruling cites)."""
        courts: list[Draft] = []
        for draft in reversed(list(self.drafts.values())):
            if draft.type != "ORG" or not draft.code:
                continue
            for c in draft.cands:
                words = norm(text_of(c)).split()
                last = words[-1] if words else ""
                # "die Küstenwache" after "die chinesische Küstenwache", a name of the knowledge base; an unknown
                # name only when the noun is its last word ("the Independent National Electoral Commission ... the
                # commission"; not "Paramilitary" for "military")
                if last.endswith(head) and (last != head or len(words) > 1) and c.kind == "name" \
                        and (draft.sector is not None or last == head):
                    if not _court(draft):
                        return courts[0] if courts else draft
                    courts.append(draft)
                    break
            if courts:
                continue
            if head in GENERIC_ORGANISATION and draft.sector in ("NGO", "IGO") \
                    and any(c.kind == "name" for c in draft.cands):
                return draft   # "Human Rights Watch ... die Organisation": the last named NGO or IGO
            if head in self.short_named_heads and self.head_of_known_name(draft, head):
                return draft   # "the IMF ... The fund has also urged the government": the full name ends in it
            if head in GENERIC_SCHOOL and draft.sector == "EDU" and any(c.kind == "name" for c in draft.cands):
                return draft   # "Harvard ... Die Hochschule hatte sich geweigert": the university named last
            if head in GENERIC_GROUP and draft.sector == "REB" and any(c.kind == "name" for c in draft.cands):
                return draft   # "Kämpfer der MNDAA ... Die Gruppe teilte mit": the last named armed group
            if head in GENERIC_AGENCY and (draft.code in ("EUR", "UNO", "IGO") or head in STATE_AGENCY_HEADS
                                           and draft.sector in AGENCY_SECTORS and self.named_last(draft)) \
                    and draft.sector != "LEG" and any(c.kind == "name" for c in draft.cands):
                # (or a state's intelligence, police or prosecution service named in the sentence before: "der
                # Inlandsgeheimdienst Schin Bet ... Die Behörde leitete Ermittlungen ein")
                # "Ermittler der Europäischen Staatsanwaltschaft (EPPO) ..., wie die Behörde mitteilte": an
                # international agency named before, not the host government (in the read rounds a singular
                # "die Behörde" is an agency named before in all 47 articles that use it)
                return draft
        # (of courts named as often, the first: the story's, whose ruling the others' are cited in)
        return max(enumerate(courts), key=lambda k_d: (sum(c.kind == "name" for c in k_d[1].cands), k_d[0]))[1] \
            if courts else None

    def head_of_known_name(self, draft: Draft, head: str) -> bool:
        """Does a full name the knowledge base holds for a body named by its short name ("IMF", "IWF") end in
        this noun ("International Monetary Fund" for "the fund", "Internationaler Währungsfonds" for "der Fonds")?"""
        entry = self.kb.entries.get(draft.key)
        if entry is None or entry.kind != "org" or not any(c.kind == "name" for c in draft.cands):
            return False
        names = [norm(n).split() for n in (entry.name, *entry.aliases)]
        return any(words and words[-1].endswith(head) and (len(words) > 1 or words[-1] != head) for words in names)

    def title_with_name(self, cand: Cand, text_of) -> Draft:
        name = cand.name
        if name is None:
            return self.new_draft("title:?", type="PER", name="?")
        if cand.becomes and name.entity is not None:
            return self.drafts[name.entity]   # "Rutte wird neuer Generalsekretär der Nato": still Dutch on the day
        sector, office, kind, gender = cand.role or (None, None, "PER", None)
        org_code = self.org_country(cand)
        country = cand.country or org_code or name.country or self.placed_country(cand, text_of) \
            or (self.partisan_country(cand) if sector in ("LEG", "GOV") or cand.role_word.lower() in self.partisan_words
                else None)   # ("der Demokrat Mark Warner": the title is the party)
        if sector == "GOV" and self.former(cand, text_of):
            sector = None   # "den früheren Staatschef Ernesto Zedillo": out of office, he acts for no government
        body = self.owning_draft(cand) if not country else None
        if body is not None:
            # "The Law Society of Kenya ... Its president, Faith Odhiambo": the body's officer, not a state's
            country = body.code
            sector = body.sector if body.type == "ORG" else sector
        if cand.possessive and not country:
            owner = self.last_person()
            if owner is not None:
                country = owner.code
                sector = sector or owner.sector
        known = name.kb or self.spelling_variant(text_of(name))
        if known is not None and (named := self.other_namesake(known, text_of(name))) is not None:
            return named   # "Ein Anwalt Bokos" after "Olivier Boko": not Botswana's President Duma Boko
        # ("Der Vorsitzende des Linksbündnisses Frente Amplio, Fernando Pereira": the party's state, when the
        # knowledge base knows the name only from offices long past)
        stale = known is not None and known.kind == "person" and not known.active_near(self.day, years=STALE_YEARS)
        title_country = cand.country or (org_code if stale else None)
        namesake = None   # (a known person the title shows to be someone else: not even the draft of that name)
        if known is not None and known.kind == "person" and office and office.endswith("_minister") \
                and office != "prime_minister" and known.roles_on(self.day) & LEADING_OFFICES:
            namesake, known = known.id, None   # "Defense Minister Pedro Sanchez" in Bogotá is not Spain's prime minister
        if known is not None and title_country and known.coding_on(self.day)[0] not in (None, title_country) \
                and not (known.kind == "org" and known.code in NON_STATE_CODES) \
                and not (known.kind == "person" and self.held_before(cand)):
            # "Malis Außenminister Abdoulaye Diop": the title's country; a namesake in the KB (but "das von
            # Russland geführte Militärbündnis OVKS" is the international body)
            known = None
        if stale and not title_country and sector in OFFICIAL_SECTORS and self.main_country \
                and not self.held_before(cand) and known.coding_on(self.day)[0] not in (None, self.main_country) \
                and known.coding_on(self.day)[0] not in self.named_countries:
            # "Polizeichef David Manning" in a story on Papua New Guinea: not the British diplomat of twenty
            # years before, whose country the story never names
            namesake, known = known.id, None
            self.set_aside.add(namesake)
        if known is None and name.kb is not None and name.kb.kind in ("person", "org"):
            name.kb = None   # the name is the titled person, not the knowledge base's namesake
        if known is not None and not cand.country and self.foreign_party(known, cand.sent):
            draft = self.story_party(text_of(name))
        elif known is not None:
            draft = self.draft_for(known)
            if sector and sector != draft.sector and known.kind == "person" and not known.roles_on(self.day):
                # "Oppositionsführer Lee Jae Myung" before he took office (an organisation keeps the knowledge
                # base's sector: "Arbeiterpartei PKK" is an armed group)
                draft.sector = sector
            if org_code in NON_STATE_CODES and draft.code != org_code \
                    and not (known.kind == "person" and known.roles_on(self.day) and not office):
                # "UN-Sondergesandte für Myanmar, Julie Bishop", "Nato-Generalsekretär Mark Rutte": the
                # international post of the article's date, not the office the knowledge base remembers; a title
                # naming no office leaves the one the knowledge base holds for that date ("der Vizechef des
                # Sicherheitsrats, Dmitri Medwedew": Russia's)
                draft.code, draft.sector = org_code, cand.org.sector or "IGO"
        else:
            tokens = tuple(norm(text_of(name)).split())
            draft = None
            for old in reversed(list(self.drafts.values())):
                if old.type == "PER" and old.name_tokens and _is_suffix(tokens, old.name_tokens) and old.key != namesake:
                    draft = old
                    break
            if draft is None:
                draft = self.nameless_title(cand, country)
                if draft is not None:     # "die Sprecherin der OCHA" ... "OCHA-Sprecherin Tom"
                    draft.name, draft.name_tokens = text_of(name), tokens
            if draft is None and kind != "PER":   # "Oppositionspartei Progressive Slowakei": the group's name
                draft = self.new_draft("name:" + " ".join(tokens), type="ORG", name=text_of(name), plural=True)
                # ("Der Branchenverband Grain Producers Australia" in a story from Beijing: the state its name holds)
                country = country or self.country_in_name(tokens)
            if draft is None:
                draft = self.new_draft("name:" + " ".join(tokens), type="PER", name=text_of(name),
                                       name_tokens=tokens)
            if not country and not draft.code:
                country = self.led_country(cand)   # "A Russian military delegation led by Deputy Defense Minister X"
            if country:
                draft.code = draft.code if draft.code and not cand.country and not org_code else country
            elif not draft.code and office and (vacant := self.office_country(office, tokens)) is not None:
                # "Premierminister Mark Brown" in a story led by New Zealand, whose prime minister is
                # someone else: the first country of the article whose holder of that office we do not know
                draft.code = vacant
            elif not draft.code:
                draft.code = self.unplaced_person_country(cand, sector)
            if cand.org is not None and cand.org.sector and (sector is None or org_code in NON_STATE_CODES):
                sector = cand.org.sector   # "the UN envoy" serves the UN, not a government
            elif sector == "IGO" and cand.body is not None and cand.body.role and cand.body.role[0] not in (None, "IGO"):
                sector = cand.body.role[0]   # "der Generalsekretär der Partei" serves the party
            elif sector == "IGO" and cand.country and cand.country not in NON_STATE_CODES and cand.org is None:
                sector = "GOV"   # "U.S. special envoy Richard Norland" serves his state, not the UN
            draft.sector = sector if body is not None and body.type == "ORG" else draft.sector or sector
        draft.gender = draft.gender or gender
        draft.office = draft.office or office
        draft.weak = False
        draft.role_words.add(role_family(cand.role_word))
        return draft

    def named_group(self, cand: Cand, sector: str | None, name: str) -> Draft:
        """A group named by a compound ("Arakan-Armee"): armed ones are rebels of the article's country."""
        return self.new_draft("name:" + norm(name), type="ORG", name=name, code=self.main_country,
                              sector="REB" if sector == "MIL" else sector, plural=True)

    def former(self, cand: Cand, text_of) -> bool:
        """A title held before: "der frühere Staatschef", "der Ex-Präsident", "the former president"."""
        return norm(text_of(cand)).split("-")[0] in self.former_words or self.lemma_before(cand, self.former_words)

    def held_before(self, cand: Cand) -> bool:
        """"Okonjo-Iweala, a former Nigerian finance minister": an office once held, its country no longer the
        person's (a word of the past before the title or its nationality)."""
        return self.lemma_before(cand, self.former_words, reach=3)

    def former_leader(self, cand: Cand, country: str | None) -> Draft | None:
        """The person named last who led a state (by the title the story gave them or the knowledge base),
        of the title's country if it names one."""
        for draft in self.recent_people():
            if other_gender(cand.gender, draft) or (country is not None and draft.code != country):
                continue
            entry = self.kb.entries.get(draft.key)
            if draft.office in LEADING_OFFICES or entry is not None and any(
                    set(o.roles) & LEADING_OFFICES for o in entry.offices):
                return draft
        return None

    def newly_in(self, cand: Cand) -> bool:
        """A title of someone new to the office ("den neuen Staatschef", "the incoming president")."""
        return self.lemma_before(cand, self.new_words)

    def lemma_before(self, cand: Cand, words: frozenset[str], reach: int = 1) -> bool:
        """Is the lemma right before the title (or one of the ``reach`` before it) one of these words ("neuen",
        "früheren", "former")?"""
        return any(self.lemmas[k].lower() in words
                   for k in range(max(0, cand.start - reach), min(cand.start, len(self.lemmas))))

    def unplaced_person_country(self, cand: Cand, sector: str | None) -> str | None:
        """The country of a named person whose title names none."""
        if sector == "GOV" and cand.role_word in self.local_roles:
            # a governor or mayor serves where the sentence is, else in the story's country, not abroad
            return self.sentence_country(cand.sent) or self.main_country
        if sector == "GOV":
            return self.official_country(cand)
        if sector in DOMESTIC_SECTORS | {"REB", "PTY"}:
            return self.main_country   # opposition and rebel leaders, unknown parties: the article's country
        if sector in (None, "REL"):
            # an unknown or sector-less title, or clergy: the country of the sentence that introduces the
            # person, else the article's ("Die Menschenrechtsbeauftragte Anahit Manasjan", "Bischof Rolando Álvarez")
            return self.sentence_country(cand.sent) or self.main_country
        return self.institution_country(cand, sector) or self.context_country()

    def official_country(self, cand: Cand) -> str | None:
        """An official whose title names no country serves the article's country, unless the rest of the
        sentence names that country for someone else ("Vizeaußenminister Sun Weidong bestellte den
        japanischen Botschafter ein" in a story led by Japan): then the country where the sentence
        takes place, else the article's next country."""
        later = {code for at, code in self.named_at.get(cand.sent, ()) if at >= cand.end}
        at, scene = self.opening_scene.get(cand.sent, (cand.start, None))
        if scene is not None and at < cand.start and scene not in later:
            return scene   # "In den USA nannte der frühere Vizepräsident Mike Pence ...": an official of that scene
        if self.main_country not in later:
            return self.main_country
        order = [*self.placed_at.get(cand.sent, ()), *self.country_rank]
        return next((code for code in order if code not in later), self.main_country)

    def opening_country(self, cand: Cand) -> str | None:
        """A spokesperson speaks for whom the reported words open with: "Seoul werde ..., sagte ein Sprecher",
        "Präsident Biden habe ..., sagte ein Sprecher" (the first actor named in the sentence, before them)."""
        if not role_family(cand.role_word).endswith(SPOKES):
            return None
        first = next((c for c in self.order if c.sent == cand.sent and c.kind in ("name", "capital", "title")
                      and c.start < cand.start and c.entity), None)
        draft = self.drafts.get(first.entity) if first is not None else None
        return draft.code if draft is not None and draft.type in ("GPE", "ORG", "PER") else None

    def institution_country(self, cand: Cand, sector: str | None) -> str | None:
        """A spokesperson speaks for an institution: the one named last ("South Korea's foreign ministry
        ... a ministry spokesperson", "die pakistanische Armee ..., sagte Militärsprecher X"), not the
        country named last. ("Sprecher der Protestbewegung" has its organisation and never gets here.)"""
        if not role_family(cand.role_word).endswith(SPOKES) or sector not in INSTITUTION_SECTORS:
            return None
        # (not an embassy's: "Die US-Botschaft in Bujumbura nannte ... Ein Regierungssprecher wies zurück")
        return next((d.code for d in reversed(list(self.drafts.values()))
                     if d.type == "ORG" and d.code and not self.abroad(d)), None)

    def country_in_name(self, tokens: tuple[str, ...]) -> str | None:
        """The state an unlisted organisation's name contains ("Royal Solomon Islands Police Force",
        "Kenya Defence Forces"): its own, not the country the article spoke of last."""
        for n in range(min(len(tokens) - 1, self.kb.max_len), 0, -1):
            for i in range(len(tokens) - n + 1):
                if i > 0 and tokens[i - 1] == "latin":
                    continue   # "Latin American governments" are not the United States'
                for entry_id, form in self.kb.index.get(tokens[i:i + n], []):
                    entry = self.kb.entries[entry_id]
                    if entry.kind == "country" and form in {"name", "adjective"}:
                        return entry.coding_on(self.day)[0]
        return None

    def district_country(self, cand: Cand) -> str | None:
        """"im Stadtteil Gombe", "the Kibera neighborhood": a part of a city in the story is in the story's
        country, whatever namesake the gazetteer knows elsewhere."""
        before = norm(self.lemmas[cand.start - 1]) if cand.start > 0 else ""
        after = norm(self.lemmas[cand.end]) if cand.end < len(self.lemmas) else ""
        if before in DISTRICT_NOUNS or after in DISTRICT_NOUNS:
            return self.near_country(cand.sent)
        return None

    def nearby_country(self, cand: Cand) -> str | None:
        """"am Flughafen Ben Gurion bei Tel Aviv", "a village near Goma": a place the gazetteer lacks lies in the
        country of the known place named right after "bei", "nahe", "near" or "outside"."""
        k = cand.end
        if k + 1 >= len(self.words) or norm(self.words[k]) not in self.near_words:
            return None
        name: list[str] = []
        for word, pos in zip(self.words[k + 1:k + 4], self.pos[k + 1:k + 4]):
            if pos != "PROPN":
                break
            name.append(word)
        return next((code for n in range(len(name), 0, -1) if (code := place_country(" ".join(name[:n])))), None)

    def compass_country(self, tokens: tuple[str, ...]) -> str | None:
        """"Nordirak", "Ostukraine", "Südlibanon": a region named by a compass word and its country."""
        if len(tokens) != 1:
            return None
        hits = compass_hits(self.kb, tokens[0], lambda entry, form: form == "name" and entry.kind == "country",
                            shortest=4)
        return self.kb.entries[hits[0][0]].code if hits else None

    def holds(self, draft: Draft, office: str) -> bool:
        """Does the person hold the office, of all the knowledge base gives them on the article's date
        (a president is often head of state and of government)?"""
        entry = self.kb.entries.get(draft.key)
        return draft.office == office or (entry is not None and office in entry.roles_on(self.day))

    def takes_up(self, draft: Draft, office: str, country: str | None) -> bool:
        """Did the person take up the office of that country within a few months of the article's date, before
        or after it ("dem neuen Staatschef" the day after Arévalo's swearing-in, not the outgoing holder)?"""
        entry = self.kb.entries.get(draft.key)
        return entry is not None and any(
            o.code == country and office in o.roles and o.start is not None
            and abs((o.start - self.day).days) <= NEW_IN_OFFICE_DAYS for o in entry.offices)

    def nameless_title(self, cand: Cand, country: str | None) -> Draft | None:
        family = role_family(cand.role_word)
        for draft in reversed(list(self.drafts.values())):
            if draft.key.startswith("title:") and not draft.name_tokens and family in draft.role_words and (
                    country is None or draft.code in (None, country)):
                return draft
        return None

    def recent_people(self) -> Iterator[Draft]:
        """People of the mentions so far, the latest first (a person mentioned twice comes twice)."""
        for cand in reversed(self.order):
            draft = self.drafts[cand.entity] if cand.entity else None
            if draft is not None and draft.type == "PER":
                yield draft

    def visitor(self, cand: Cand) -> Draft | None:
        """The guest a host receives ("Präsident Déby empfing den Gast" after Lavrov's visit to Chad): the last
        person of another state than the host (the person named before the guest in its sentence; without one,
        the story's state)."""
        hosts = [self.drafts[c.entity] for c in self.order if c.sent == cand.sent and c.end <= cand.start
                 and c.entity is not None and self.drafts[c.entity].type == "PER"]
        home = hosts[-1].code if hosts else self.main_country
        return next((d for d in self.recent_people() if d.code and d.code != home), None)

    def last_person(self) -> Draft | None:
        return next((d for d in self.recent_people() if d.code), None)

    def last_office(self) -> str | None:
        return next((d.office for d in self.recent_people() if d.office), None)

    def merge(self, into: Draft, other: Draft) -> None:
        for cand in other.cands:
            cand.entity = into.key
            into.cands.append(cand)
        other.cands = []

    # -- pronouns -------------------------------------------------------
    def pronoun_antecedent(self, cand: Cand) -> Draft | None:
        if cand.aged and (named := self._antecedent(cand, named_only=True)) is not None:
            # "Ein Untersuchungsrichter ordnete Haft an. Der 36-Jährige wurde ... gebracht": an age stands for
            # someone the story named, not for an official it did not
            return named
        return self._antecedent(cand)

    def _antecedent(self, cand: Cand, named_only: bool = False) -> Draft | None:
        best, best_score = None, None
        seen: set[str] = set()
        subjects = self._clause_subjects(cand)
        # (and what describes them: "Polnische und niederländische Kampfjets schossen mehrere von ihnen ab")
        own_subjects = {c.entity for c in self.order if c.sent == cand.sent and c.entity is not None
                        and subjects and any(self._in_subject(j, subjects) for j in range(c.start, c.end))}
        reporters = self._reporting_subject(cand)
        for k, prev in enumerate(reversed(self.order)):
            if prev.entity is None or prev.entity in seen:
                continue
            distance = cand.sent - prev.sent
            if distance > 3:
                break
            if distance == 0 and 0 <= cand.report_start <= prev.start:
                continue   # "Die Generalversammlung der UN solle ..., forderte sie": not the UN
            if distance == 0 and self._quoted_before(prev, cand):
                continue   # '"Father Marcelo was a man of peace," she said': no one names herself in her quote
            if prev.entity in own_subjects:
                continue   # "Modi gratulierte Dissanayake und lud ihn ein": an object is not its own verb's subject
            if self._modifies_body(prev):
                continue   # "the Trump administration": the name qualifies the body, no one is named
            if prev.wire:
                continue   # the agency in the dateline files the story and takes part in none of it
            if cand.grammatical and cand.number == "pl" and self._singular_noun(prev):
                continue   # "Die Polizei hat vier Landwirte festgenommen. Sie protestieren ...": the farmers
            if cand.gender == "n" and cand.number == "sg" and self._plural_noun_title(prev):
                continue   # "The Law Society ... accused ... critics of neighboring governments. Its president"
            seen.add(prev.entity)
            draft = self.drafts[prev.entity]
            if named_only and not (draft.type == "PER" and (draft.name_tokens or draft.key in self.kb.entries)):
                continue
            if not (_agrees(cand, draft) or cand.number == "pl" and self._paired_person(prev)) \
                    or (cand.country and draft.code and draft.code != cand.country
                        and draft.code not in NON_STATE_CODES):
                continue   # "der Südafrikaner" is the South African named last, not the last person
            first = self._first_in_sentence(prev.sent)
            subject_bonus = 2 if first is not None and first.entity == prev.entity else 0
            if cand.demonstrative:
                subject_bonus = -subject_bonus
            if any(prev.start <= r < prev.end for r in reporters):
                subject_bonus += 3   # "the Lebanese army said it had returned fire": who says so speaks of itself
            # (a people named by their nationality is what a plural pronoun takes up: "Zehntausende Afghanen ...
            # Viele von ihnen")
            people = prev.kind == "adjective" and cand.number == "pl" and self.pos[prev.start] in ("NOUN", "PROPN")
            if cand.number == "pl" and draft.type == "GPE" and self._singular_place(prev):
                subject_bonus -= 3   # "Baku hatte zwei Mitarbeiter der Botschaft ausgewiesen ... warf ihnen vor"
            score = (-distance * 3 + subject_bonus + (2 if people else 1 if prev.kind != "adjective" else -2)
                     + (1 if draft.type == "PER" and cand.number == "sg" else 0)
                     + (2 if draft.role_words or draft.qid or draft.office or draft.key in self.kb.entries else 0), -k)
            if best_score is None or score > best_score:
                best, best_score = draft, score
        return best

    def _singular_place(self, prev: Cand) -> bool:
        """A capital, or a German state's name without the plural article ("Baku", "Iran"; not "die USA"): what
        a plural pronoun hardly takes up."""
        if any(other is not prev and other.sent == prev.sent and other.entity is not None
               and self.drafts[other.entity].type == "GPE" and self._joined(prev, other) for other in self.order):
            return False   # "Washington und London ..., die sie verantwortlich machen": two places are plural
        if prev.kind == "capital":
            return True
        before = self.words[prev.start - 1].lower() if prev.start > 0 else ""
        articles = self.plural_name_articles
        return prev.kind == "name" and articles is not None and before not in articles

    def _joined(self, one: Cand, other: Cand, reach: int = 2) -> bool:
        """Are the two mentions joined by "und"/"and", with at most ``reach`` words between them ("Washington und
        London", "Cécile Kohler und ihr Lebensgefährte Jacques Paris")?"""
        first, second = (one, other) if one.start < other.start else (other, one)
        between = self.lemmas[first.end:second.start]
        return bool(between) and between[0].lower() in PAIR_WORDS and len(between) <= reach

    def _reporting_subject(self, cand: Cand) -> set[int]:
        """The subject tokens (and their appositions) of the verb whose reported clause the pronoun is the
        subject of ("the army said it had returned fire": "army"; "Ukraine's Security Service, the SBU, said it")."""
        i = cand.start
        if cand.end - i != 1 or not self.deps or self.deps[i] != "nsubj":
            return set()
        verb = self.heads[i]
        if verb < 0 or self.deps[verb] != "ccomp" or (say := self.heads[verb]) < 0:
            return set()
        subject = min(self._dependents({say}, {"nsubj"}), default=None)
        # ("rights groups said it was meant to silence them": "it" is not the groups)
        if subject is None or (self.numbers[subject] == "Plur") != (cand.number == "pl"):
            return set()
        return {subject} | self._dependents({subject}, {"appos"})

    def _quoted_before(self, prev: Cand, cand: Cand) -> bool:
        """Is ``prev`` inside the quotation that closes just before the pronoun ("„...“, sagte er")?"""
        # (one mark between them, the closing one: "Trump called the offer "a gesture" and said he" has two)
        marks = [j for j in range(prev.end, cand.start) if self.words[j] in QUOTE_MARKS]
        return len(marks) % 2 == 1 and cand.start - marks[-1] <= QUOTE_TO_PRONOUN

    def _singular_noun(self, cand: Cand) -> bool:
        """A mention that ends in a common noun in the singular ("die Polizei"), which a German plural
        pronoun cannot take up (names are left alone: their number is the parser's guess)."""
        last = cand.end - 1
        return 0 <= last < len(self.pos) and self.pos[last] == "NOUN" and self.numbers[last] == "Sing"

    def _plural_noun_title(self, cand: Cand) -> bool:
        """A title whose first common noun is plural ("critics of neighboring governments")."""
        first = next((i for i in range(cand.start, cand.end) if self.pos[i] == "NOUN"), None)
        return cand.kind == "title" and first is not None and self.numbers[first] == "Plur"

    def _one_of_many(self, cand: Cand, draft: Draft) -> bool:
        """Is the singular title ``cand`` ("Die Hochschule") the same word as bodies named only in the plural
        before ("Verbindungen zu israelischen Hochschulen")? Then it takes up none of them (a plural spelled as
        the singular is the same word: "Police arrested 126 people ... towards the police")."""
        if not self._singular_noun(cand):
            return False
        head = self.lemmas[cand.end - 1].lower()
        word = self.words[cand.end - 1].lower()
        same = [c for c in draft.cands if c.kind == "title" and self.lemmas[c.end - 1].lower() == head]
        return bool(same) and all(self.numbers[c.end - 1] == "Plur" and self.words[c.end - 1].lower() != word
                                  for c in same) \
            and not any(c.kind == "name" for c in draft.cands)

    def _paired_person(self, cand: Cand) -> bool:
        """"die Französin Cécile Kohler und ihr Lebensgefährte Jacques Paris ... Teheran warf ihnen vor": a
        person named with another by "und"/"and" is one of a pair a plural pronoun takes up."""
        if cand.kind != "name" or cand.entity is None or self.drafts[cand.entity].type != "PER":
            return False
        for other in self.order:
            if other is cand or other.sent != cand.sent or other.kind != "name" or other.entity is None \
                    or self.drafts[other.entity].type != "PER":
                continue
            if self._joined(cand, other, reach=4):
                return True
        return False

    def _modifies_body(self, cand: Cand) -> bool:
        return cand.kind == "name" and any(c.start == cand.end and c.kind == "title" and c.role and c.role[2] == "ORG"
                                           for c in self.order if c.sent == cand.sent)

    def _clause_subjects(self, cand: Cand) -> set[int]:
        """Subject tokens of the verb an object pronoun depends on, and of the verb it is coordinated with
        (a shared subject), or of the verb of a part taken from the pronoun ("mehrere von ihnen"): a
        non-reflexive object never refers to them."""
        if cand.end - cand.start != 1 or not self.heads:
            return set()
        if self.deps[cand.start] not in OBJECT_DEPS:
            return self._partitive_subjects(cand.start)
        verb = self.heads[cand.start]
        verbs = {verb}
        if verb >= 0 and self.deps[verb] == "conj":
            verbs.add(self.heads[verb])
        subjects = self._dependents(verbs, SUBJECT_DEPS)
        governor = self.heads[verb] if verb >= 0 and self.deps[verb] in INFINITIVE_DEPS else -1
        if subjects or governor < 0:
            return subjects
        # an infinitive's subject is its governor's ("telephoned Ramgoolam to congratulate him": Modi), or the
        # governor's object after verbs that hand the act on ("forderte Israel auf, ihn freizulassen": Israel)
        if self._verb_lemma(governor) in self.object_control and not self._phone_call(governor):
            return self._dependents({governor}, OBJECT_DEPS)
        return self._dependents({governor}, SUBJECT_DEPS)

    def _in_subject(self, token: int, subjects: set[int]) -> bool:
        """The token is a subject, or a word describing one, also as a conjunct ("Polish and Dutch jets")."""
        for _ in range(4):
            if token in subjects or self.heads[token] in subjects:
                return True
            if self.deps[token] != "conj" or self.heads[token] < 0:
                return False
            token = self.heads[token]
        return False

    def _partitive_subjects(self, pronoun: int) -> set[int]:
        """"mehrere von ihnen", "several of them": the subjects of the verb the part taken from them depends on."""
        if pronoun < 2 or self.lemmas[pronoun - 1].lower() not in PARTITIVE_WORDS \
                or self.pos[pronoun - 2] not in ("NUM", "DET", "ADJ", "NOUN", "PRON"):
            return set()
        verb = self.heads[pronoun]
        for _ in range(3):
            if verb < 0 or self.pos[verb] in ("VERB", "AUX"):
                break
            verb = self.heads[verb]
        return self._dependents({verb}, SUBJECT_DEPS) if verb >= 0 else set()

    def _phone_call(self, verb: int) -> bool:
        """"Putin called Trump to congratulate him": the caller congratulates (see `CALL_VERBS`)."""
        return self._verb_lemma(verb) in self.call_verbs and verb + 1 < len(self.pos) and self.pos[verb + 1] == "PROPN"

    def _dependents(self, heads: set[int], deps: set[str]) -> set[int]:
        return {i for i, h in enumerate(self.heads) if h in heads and h >= 0 and self.deps[i] in deps}

    def _verb_lemma(self, i: int) -> str:
        """The lemma with its separated particle ("forderte ... auf" -> "auffordern")."""
        lemma = self.lemmas[i].lower() if i < len(self.lemmas) else ""
        particle = next((self.lemmas[j].lower() for j, h in enumerate(self.heads)
                         if h == i and self.deps[j] == "compound:prt" and j < len(self.lemmas)), "")
        return particle + lemma

    def _first_in_sentence(self, sent: int) -> Cand | None:
        """The sentence's subject: a mention with a nsubj token when the parser ran, else the first."""
        first = None
        for prev in self.order:
            if prev.sent != sent or prev.kind == "adjective":
                continue
            if any(self.deps[i].startswith("nsubj") for i in range(prev.start, prev.end)):
                return prev
            if first is None or prev.start < first.start:
                first = prev
        return first


# Relations of a pronoun that is its verb's object ("lud ihn ein", "dankte ihm", "arrested him"; the parser
# gives a dative object as "obl:arg": "wirft ihnen Verstöße vor")
OBJECT_DEPS = {"obj", "iobj", "obl:arg"}
SUBJECT_DEPS = {"nsubj", "nsubj:outer"}   # (not "nsubj:pass": "he was arrested" names no one who acts on "him")
# Relations of an infinitive clause without a subject of its own to the verb that governs it
INFINITIVE_DEPS = {"xcomp", "advcl"}
# Nouns that refer back to the last named international or non-governmental body ("the bloc", "die Allianz")
# ... and to the last named armed group ("die Gruppe", "the group"; other bodies so called are too often not the
# one named last)
GENERIC_GROUP = {"gruppe", "gruppierung", "group", "bewegung", "movement"}
GENERIC_AGENCY = {"behorde", "agency"}
AGENCY_SECTORS = frozenset({"SPY", "COP", "JUD"})
STATE_AGENCY_HEADS = frozenset({"behorde"})
POSSESSIVE_MARKS = frozenset({"'s", "’s"})
RIVER_NOUNS = frozenset({"fluss", "grenzfluss", "strom", "river"})   # as norm() writes them
TERRITORY_NOUNS = frozenset({"gebiet", "staatsgebiet", "hoheitsgebiet", "territorium", "boden", "territory", "soil"})
APPOSED_POST_REACH = 6   # "general secretary of the": the words of a post before its body
POST_OF = frozenset({"of", "at"})
BODY_NOUNS = frozenset({"group", "organization", "organisation", "agency", "union", "watchdog", "charity", "movement",
                        "party", "alliance", "coalition", "federation", "confederation", "network", "committee"})
MIN_ACRONYM, MAX_ACRONYM = 3, 6
INITIAL_SKIP = frozenset({"of", "and", "for", "the", "on", "in", "der", "die", "das", "des", "für", "und", "von"})
QUOTE_TO_PRONOUN = 3   # '," she said', '“, sagte er'
GENERIC_SCHOOL = {"universitat", "hochschule", "eliteuniversitat", "university"}
# (as norm() writes them: "bundnis")
GENERIC_ORGANISATION = {"organisation", "organization", "bloc", "forum", "alliance", "bundnis", "allianz"}
PAIR_WORDS = {"und", "and", "sowie"}
PARTITIVE_WORDS = {"von", "of"}
# Ends of the names of continents' parts, seas, oceans and hemispheres (normalised: "Südostasien" -> "sudostasien",
# "Westliche Hemisphäre" -> "... hemisphare"), none of them one state's. (The Caribbean was left out before 0.7.85,
# for "ein Boot in der südlichen Karibik" of the story's state; the read sets did not change when it went in.)
REGION_ENDINGS = ("asien", "afrika", "ozeanien", "pazifik", "atlantik", "meer", "ozean", "arktis", "amerika",
                  "hemisphare", "karibik", "asia", "africa", "oceania", "pacific", "atlantic", "sea", "ocean",
                  "arctic", "america", "hemisphere", "caribbean")
# A point of the compass alone is no place ("the North" is no region of Cameroon); in a story on
# Korea, where wire style calls the two states "the North" and "the South", it is one of them.
COMPASS_NAMES = frozenset({"north", "south", "east", "west", "nord", "sud", "norden", "suden", "osten", "westen"})
KOREAN_HALVES = {"north": "PRK", "south": "KOR", "norden": "PRK", "suden": "KOR"}
# a ship's name prefix says whose navy or coast guard sails it ("die BRP Sierra Madre", "the HMAS Toowoomba")
SHIP_PREFIXES = {"brp": "PHL", "uss": "USA", "usns": "USA", "hms": "GBR", "hmas": "AUS", "hmcs": "CAN",
                 "hmnzs": "NZL", "roks": "KOR", "tcg": "TUR", "kri": "IDN"}
# Sectors whose spokespeople speak for an institution named earlier ("a ministry spokesperson")
INSTITUTION_SECTORS = {None, "GOV", "MIL", "COP", "JUD", "LEG", "SPY"}


# Capitals that in the news stand for the EU rather than their country's government
EU_SEATS = {"brussel", "brussels"}   # as norm() writes them (no umlaut)
# German-speaking federations whose own offices are "Bundes-" too ("der Bundeskanzler" in a story from
# Vienna); other federations' offices German news names by country ("die indischen Minister")
FEDERATIONS = {"AUT", "CHE"}
# Federations whose agencies, courts and police German news calls "Bundes-" too ("die Bundesbehörden"
# in a story from Mexico), and its government "die Bundesregierung" when the story never names Germany (14 of
# 15 such mentions in the read rounds; Germany's own offices stay Germany's)
FOREIGN_FEDERATIONS = {"USA", "MEX", "BRA", "ARG", "VEN", "CAN", "AUS", "IND", "PAK", "NGA", "ETH", "SOM",
                       "RUS", "MYS", "IRQ", "NPL", "BEL"}
# Words for a federation's member states, no federal office
MEMBER_STATES = ("bundesstaat", "bundesland", "bundesländer")
# Germany's own federal offices, whichever country a story is about
GERMAN_OFFICES = ("bundesregierung", "bundeskanzler", "bundesminister", "bundespräsident", "bundestag",
                  "bundesrat", "bundeswehr", "bundesaußen", "bundesinnen", "bundesfinanz", "bundesverteidigung")


# German-language news brackets the party of its own states' politicians ("Michael Gahler (CDU)"); elsewhere a
# bracketed party may be a namesake in the story's state ("Jean-Pierre Fabre (ANC)" in Togo)
BRACKETED_PARTY_STATES = frozenset({"DEU", "AUT", "CHE"})
DISTRICT_NOUNS = frozenset({"stadtteil", "stadtviertel", "viertel", "vorort", "neighborhood", "neighbourhood",
                            "suburb"})


def _federal(title: str | None, main: str | None, named: set[str], told: bool = False) -> str | None:
    """German federal offices without a country or place named ("der Bundeskanzler", "die
    Bundesregierung") are Germany's; Austria's are named as such ("der österreichische Bundeskanzler").
    In a story about Austria or Switzerland that never names Germany (``main``, ``named``: the
    document's main country and all it names), they are that country's; so are the agencies, courts and
    police of another federation the story is about ("die Bundesbehörden" in a story from Mexico), and so is
    its government when two sentences or more name that federation (``told``; not "Die Bundesregierung wies die
    Vorwürfe aus Moskau zurück")."""
    if not (title and title.lower().startswith("bundes") and len(title) > 8) or title.lower().startswith(MEMBER_STATES):
        return None   # ("im Bundesstaat Borno": a member state of whichever federation, named by its own name)
    if "DEU" in named:
        return "DEU"
    if main in FEDERATIONS or main in FOREIGN_FEDERATIONS and (
            not title.lower().startswith(GERMAN_OFFICES) or title.lower() == "bundesregierung" and told):
        return main
    return "DEU"


def _dateline_country_name(c: Cand, words: list[str]) -> bool:
    """"NASSAU, Bahamas (AP) —": the country after the dateline's city is the story's scene too."""
    return c.start == 2 and words[1:2] == [","] and words[c.end:c.end + 1] == ["("]


def _namesake_surname(cand: Cand, cands: list[Cand], text_of: Callable[[Cand], str]) -> bool:
    """"Tina Peters ... Peters": a surname alone after someone else named in full with it is that person, so
    it names no state of a known namesake (Winston Peters)."""
    if cand.end - cand.start != 1 or cand.kb is None:
        return False
    surname, first = text_of(cand), norm(cand.kb.name).split()[:1]
    return any(c.kind == "name" and c.start < cand.start and len(named := text_of(c).split()) >= 2
               and named[-1] == surname and norm(named[0]).split()[:1] != first for c in cands)


def _venue_dateline(cands: list[Cand]) -> str | None:
    """The dateline's country when the lead names it again only as the place where parties of another country
    met or acted ("Doha (dpa) - Kolumbiens Regierung und der Clan del Golfo haben sich in Katar geeinigt"): the
    story happens there, it is not about that country."""
    lead = [c for c in cands if c.sent == 0]
    line = next((c for c in lead if c.start == 0 and c.locative and c.kb is not None and c.kb.kind == "country"), None)
    if line is None:
        return None
    code = line.kb.code
    again = [c for c in lead if c is not line and c.kb is not None and c.kb.code == code]
    if not again or not all(c.locative or c.scene for c in again):
        return None
    others = [c for c in lead if c is not line and c.start < again[0].start and not (c.locative or c.scene)
              and ((c.kb.code if c.kb is not None and c.kb.kind == "country" else c.country) or code) != code]
    return code if others else None


def _dateline_only(draft: Draft) -> bool:
    """Is the body named only in the dateline ("Bischkek (AFP) - ..."): the agency that files the story?"""
    return all(c.wire for c in draft.cands)


def _group_member(cand: Cand) -> bool:
    """A title held in an armed group, party or other body that is no state ("Hamas official")."""
    return cand.org is not None and cand.org.kind == "org" and cand.org.sector in GROUP_SECTORS


def role_family(word: str) -> str:
    """'Sprecherin' and 'Sprecher', 'spokeswoman' and 'spokesman' are one role; so are 'der Milliardär' and
    'den Unternehmer' said of one man."""
    if word.startswith("spokes"):
        return "spokes"
    word = word[:-2] if word.endswith("in") and len(word) > 6 else word
    return KIN_ROLES.get(word, word)


# Words for one trade that wire copy uses in turn for the same person (role words come without umlauts)
KIN_ROLES = {"milliardar": "unternehmer", "geschaftsmann": "unternehmer", "billionaire": "businessman",
             "tycoon": "businessman", "entrepreneur": "businessman"}


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in INITIAL_SKIP]
    return "".join(w[0] for w in words).upper() if len(words) > 1 else ""


def _is_suffix(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """A short form of a full name: its tail, its head of two words or more, the first of two
    Spanish surnames ("González" for Edmundo González Urrutia), or an Arabic surname without its
    article ("Kabir" for Saddik al-Kabir)."""
    return 0 < len(short) <= len(full) and (full[-len(short):] == short or full[:len(short)] == short and len(short) > 1
                                            or len(short) == 1 and len(full) >= 3 and full[1] == short[0]
                                            or len(short) == 1 and _without_article(full[-1]) == short[0])


ARABIC_ARTICLES = ("al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-")


def _without_article(word: str) -> str | None:
    return next((word[len(a):] for a in ARABIC_ARTICLES if word.startswith(a) and len(word) > len(a) + 2), None)


def other_gender(gender: str | None, draft: Draft) -> bool:
    """A person of the other gender than a gendered title ("die Regierungschefin", "the spokeswoman")."""
    return draft.type == "PER" and gender in ("m", "f") and draft.gender in ("m", "f") and draft.gender != gender


def _agrees(cand: Cand, draft: Draft) -> bool:
    if draft.type == "LOC":
        return False
    if cand.number == "pl":
        return draft.type in ("ORG", "GPE") or draft.plural
    if cand.number == "sg" and draft.type == "PER" and draft.plural:
        return False   # "Prosecutors did not ask for her to be held": not one of them
    if cand.gender == "n":               # "it": a body or a state
        return draft.type in ("ORG", "GPE")
    if cand.gender == "person":          # "der 63-Jährige"
        return draft.type == "PER"
    if cand.gender == "m":
        return draft.type == "PER" and draft.gender in ("m", None)
    if cand.gender == "f":   # German "sie habe": a woman, or a feminine noun ("die Polizei", "die Regierung")
        return (draft.type == "PER" and draft.gender in ("f", None)) or (draft.type == "ORG" and cand.grammatical)
    # German "sie": a woman or a plural group
    return (draft.type == "PER" and draft.gender == "f") or draft.plural or draft.type == "ORG"


HAGUE = {"den haag", "the hague", "hague"}
COURT_CODES = ("IGO", "UNO", "EUR")   # the codes of international courts


def _international_court(draft: Draft) -> bool:
    return draft.code in COURT_CODES and "Court" in draft.name


def _court(draft: Draft) -> bool:
    return draft.sector == "JUD" or _international_court(draft)
# Unnamed soldiers where the state has no army of its own are the occupying army's ("troops detained three
# Palestinians" in Hebron); Palestinian fighters are coded as armed groups, its police as police
ARMY_OF_OCCUPIER = {"PSE": "ISR"}
BRUSSELS = {"brüssel", "brussels", "brussel"}

# Territories are coded as the state they belong to: event data counts states, and the article
# conventions code actors by "the actor's state": New Caledonia's Kanak parties as France's, Hong
# Kong's courts, police and government as China's.
SOVEREIGN = {"HKG": "CHN", "MAC": "CHN", "NCL": "FRA", "PYF": "FRA", "PRI": "USA",
             "GUM": "USA"}


def actor_of(draft: Draft) -> ActorRef:
    code = SOVEREIGN.get(draft.code, draft.code) if draft.code else draft.code
    return ActorRef(code=code, sector=draft.sector, identifier_text=draft.name, identifier_id=draft.qid)


__all__ = ["Draft", "Resolver", "actor_of"]


def _genitive_place(name: str) -> str | None:
    """"Brandenburgs": the country of the place a German genitive names."""
    return place_country(name[:-1], None) if name.endswith("s") else None


def place_country(name: str, *hints: str | None, story: frozenset[str] = frozenset()) -> str | None:
    """The country of a place the knowledge base does not list, from the GeoNames gazetteer
    ("Gaza" is PSE whatever country the article is about; a namesake in a hint's country wins, the
    first hint first: "Punjab" in a story about Pakistan). A town named by a foreign alias alone ("Bassa"
    for Passau) counts only in the countries of the hints or of ``story``."""
    story = story or frozenset(hint for hint in hints if hint)
    elsewhere = None   # (a hint without a namesake ranks the places as no hint does)
    for hint in hints:
        place = hint and (resolve_place(name, "de", hint, story) or resolve_place(name, "en", hint, story))
        if place and place.country == hint:
            return hint
        elsewhere = elsewhere or place
    if elsewhere is None:
        elsewhere = resolve_place(name, "de", story=story) or resolve_place(name, "en", story=story)
    return elsewhere.country if elsewhere else dateline_state(name, "en")
