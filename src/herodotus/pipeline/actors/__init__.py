"""Actor resolution: who is who in an article, coded as of the article's date.

Stage ``actors.kb.v1`` (``ActorResolver``) reads ``doc.tokens`` (text, lemma, UPOS and,
when present, morphology and NER tags) and fills ``doc.mentions`` and ``doc.entities``.
Each entity carries ``ActorRef(code, sector, identifier_text, identifier_id)``: code is
the ISO3 code of the actor's state or UNO/EUR/IGO/NGO; identifier_text the canonical
English name; identifier_id the Wikidata QID when the knowledge base knows it.

Mentions (``Mention.kind``): ``name`` (full and partial names, organisations, countries),
``title`` (role descriptions such as "der ägyptische Staatschef", "seinem französischen
Amtskollegen"), ``adjective`` (a country adjective outside a title, "israelische
Angriffe"), ``capital`` (a capital standing for its government, "Ankara wirft ... vor")
and ``pronoun``. The rules are described in ``resolve.py``; role nouns, pronouns and
cue words are data in ``herodotus/lang/<lang>/actor_roles.py``; the knowledge base is
``herodotus.resources.kb_loader``.

Mention labels: PER/ORG/GPE/LOC from the knowledge base, a title, an apposition or the
NER head; ``MISC`` for a capitalised name nothing types (the entity's type is then a guess,
PER by default, ORG for acronyms), so that later stages (geo) may still read it as a place.

Practice (PLOVER): a state named as an actor ("Israel", "Russland") is a GPE entity
coded with its ISO3 code and sector GOV; armed groups carry their country's code and
sector REB; a description naming an office resolves to the office holder on
``doc.published`` or, for undated documents, on today's date (the latest known holder).

Helpers for later stages::

    mention_at(doc, start, end) -> Mention | None   # best mention overlapping a char span
    entity_of(doc, mention) -> Entity | None        # the entity a mention belongs to

``mention_at`` prefers name, title, capital and pronoun mentions over country adjectives
("der afghanischen Hauptstadt Kabul" gives Kabul), then a mention that heads the span's phrase
over one the parse attaches inside it ("Nigel Farage, leader of the Reform UK party" gives
Farage, "the government of President Rodrigo Chaves" the government), then the mention with the
largest overlap with the span and, among equal overlaps, the one that sticks out least.
"""
from __future__ import annotations

import re
from datetime import date

from ...lang import resource
from ...model import Document, Entity, Mention, Token
from ...resources.kb_loader import KnowledgeBase, load_kb, norm
from ..nlp.tokenizer import OPENING_QUOTES
from .resolve import Draft, Resolver, actor_of, other_gender
from .scan import Cand, Scanner, attach_titles, short_name_gap

KIND_LABEL = {"PER": "PER", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC"}


class ActorResolver:
    name = "actors.kb.v1"

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self._kb = kb
        self._scanners: dict[str, Scanner] = {}

    @property
    def kb(self) -> KnowledgeBase:
        if self._kb is None:
            self._kb = load_kb()
        return self._kb

    def scanner(self, lang: str) -> Scanner:
        if lang not in self._scanners:
            self._scanners[lang] = Scanner(self.kb, resource(lang, "actor_roles"), lang)
        return self._scanners[lang]

    def __call__(self, doc: Document) -> None:
        lang = doc.lang if doc.lang in ("de", "en") else "en"
        scanner = self.scanner(lang)
        cands = scanner.scan(doc)
        attach_titles(cands, doc, scanner.roles)
        day = doc.published or date.today()
        _one_congo(cands, doc, self.kb, day)
        _us_georgia(cands, doc, self.kb)
        resolver = Resolver(self.kb, day, doc.text, roles=scanner.roles)

        def text_of(c: Cand) -> str:
            return cand_text(doc, c)

        resolver.prepare(cands, text_of)
        resolver.deps = [t.dep for t in doc.tokens]
        resolver.heads = [t.head for t in doc.tokens]
        resolver.lemmas = [t.lemma for t in doc.tokens]
        resolver.pos = [t.pos for t in doc.tokens]
        resolver.numbers = [t.feat("Number") for t in doc.tokens]
        resolver.words = [t.text for t in doc.tokens]

        # names first inside a title+name pair, so that the title joins the named person
        prev: Cand | None = None
        early: set[int] = set()   # speakers resolved ahead of the pronoun that opens their reported words
        for cand in cands:
            if id(cand) in early:
                prev = cand
                continue
            if cand.kind == "title" and cand.name is not None and cand.name.kb is not None and cand.name.entity is None:
                resolver.resolve(cand.name, text_of)
            if cand.kind == "pronoun" and (draft := _speaker_ahead(cand, cands, doc, resolver, text_of, early)):
                resolver.assign(cand, draft)   # "Er habe ... angewiesen, schrieb Präsident Déby": the writer
                prev = cand
                continue
            if (body := _short_name_of(prev, cand, doc, resolver)) is not None:
                resolver.assign(cand, body)
                resolver.short_names[norm(text_of(cand))] = body   # "die KIA" later in the story
            else:
                resolver.resolve(cand, text_of)
            prev = cand
        cands += _island_mentions(doc, cands, resolver)
        _write(doc, cands, resolver, self.name)


SPEAKER_PRONOUNS = frozenset({"er", "sie", "he", "she"})


def _speaker_ahead(pronoun: Cand, cands: list[Cand], doc: Document, resolver: Resolver, text_of,
                   early: set[int]) -> Draft | None:
    """The person a pronoun opening reported words stands for, when the closing frame names the speaker; the
    speaker (and the name of a title) is resolved now and marked in ``early``, so the main loop skips it."""
    speaker = _closing_speaker(pronoun, cands, doc)
    if speaker is None:
        return None
    for c in (speaker.name, speaker) if speaker.name is not None else (speaker,):
        if c.entity is None:
            resolver.resolve(c, text_of)
            early.add(id(c))
    draft = resolver.drafts.get(speaker.entity) if speaker.entity else None
    return draft if draft is not None and draft.type == "PER" and not other_gender(pronoun.gender, draft) else None


def _closing_speaker(pronoun: Cand, cands: list[Cand], doc: Document) -> Cand | None:
    """The speaker named in the frame that closes a sentence opened by a third-person pronoun: ", schrieb
    Präsident X", ", sagte der Minister", ", X said" (reported words name their speaker as "er" or "he")."""
    toks = doc.tokens
    sent = doc.sentences[pronoun.sent]
    first = sent.token_start + (1 if toks[sent.token_start].text in OPENING_QUOTES else 0)
    if pronoun.start != first or toks[pronoun.start].text.lower() not in SPEAKER_PRONOUNS \
            or pronoun.number == "pl" or pronoun.end >= sent.token_end or toks[pronoun.end].pos not in ("VERB", "AUX"):
        return None
    later = [c for c in cands if c.sent == pronoun.sent and c.start > pronoun.end and c.kind in ("name", "title")
             and not (c.kind == "name" and any(t.title is not None and t.name is c for t in cands))]
    for c in later:
        k = c.start - 1
        while k > pronoun.end and toks[k].pos in ("DET", "ADJ", "NOUN") and toks[k].text != ",":
            k -= 1
        if toks[k].pos == "VERB" and toks[k - 1].text == "," and _frame_ends(doc, c.end, sent.token_end):
            return c   # ", schrieb Präsident X am Donnerstag", ", said X"
        after = (c.name.end if c.name is not None else c.end)
        if toks[c.start - 1].text == "," and after < sent.token_end and toks[after].pos == "VERB" \
                and _frame_ends(doc, after + 1, sent.token_end):
            return c   # ", X said on Thursday"
    return None


def _frame_ends(doc: Document, k: int, end: int) -> bool:
    """Does the sentence end after the speaker with no further clause (only adverbials: "am Donnerstag auf X")?"""
    return not any(t.text == "," or t.pos in ("VERB", "AUX") for t in doc.tokens[k:end])


# Words for an island a story names by its state ("die Insel", "dem Inselstaat", "the island") and the states
# news calls so
ISLAND_NOUNS = frozenset({"insel", "inselstaat", "inselstaats", "inselstaates", "karibikinsel", "island"})
ISLAND_STATES = frozenset({
    "TWN", "CUB", "LKA", "CYP", "MLT", "ISL", "IRL", "MDG", "MUS", "SYC", "COM", "CPV", "STP", "JAM", "HTI", "DOM",
    "BHS", "BRB", "TTO", "GRD", "VCT", "LCA", "DMA", "ATG", "KNA", "FJI", "SLB", "VUT", "WSM", "TON", "KIR", "TUV",
    "NRU", "PLW", "FSM", "MHL", "BHR", "SGP", "MDV", "TLS", "GRL", "NZL", "PNG"})
DEFINITE_BEFORE_ISLAND = frozenset({"die", "der", "dem", "den", "des", "the"})


def _island_mentions(doc: Document, cands: list[Cand], resolver: Resolver) -> list[Cand]:
    """"China schickte Kampfflugzeuge in die Nähe der Insel" after Taiwan was named: the island state named last,
    when the story names one (not "die Insel Santa Rosa", "the island of Lampedusa": a named island)."""
    covered = {i for c in cands for i in range(c.start, c.end)}
    out: list[Cand] = []
    for tok in doc.tokens:
        if norm(tok.text) not in ISLAND_NOUNS or tok.i in covered or tok.i == 0 \
                or doc.tokens[tok.i - 1].text.lower() not in DEFINITE_BEFORE_ISLAND:
            continue
        nxt = doc.tokens[tok.i + 1] if tok.i + 1 < len(doc.tokens) else None
        if nxt is not None and (nxt.pos == "PROPN" or nxt.text.lower() == "of"):
            continue
        states = [c for c in cands if c.end <= tok.i and c.entity and c.kb is not None and c.kb.kind == "country"
                  and resolver.drafts[c.entity].type == "GPE" and resolver.drafts[c.entity].code in ISLAND_STATES]
        if states:
            out.append(Cand(tok.i - 1, tok.i + 1, "title", tok.sent, entity=states[-1].entity))
    return out


def _short_name_of(prev: Cand | None, cand: Cand, doc: Document, resolver: Resolver) -> Draft | None:
    """A name in brackets right after an organisation's is its short name: "die Internationale
    Juristenkommission (ICJ)" is no court, "die Mission der Afrikanischen Union (ATMIS)" one body."""
    # (a title's place is not the body: "the U.N. Assistance Mission in Afghanistan (UNAMA)")
    gap = short_name_gap(doc.tokens, cand, resolver.alias_words)
    if prev is None or prev.entity is None or cand.kind != "name" or prev.kind != "name" or not gap \
            or prev.end + gap != cand.start or norm(cand_text(doc, cand)) in NEWS_AGENCIES:
        return None   # ("UNITED NATIONS (AP) —": a dateline's agency is no short name of the place)
    body = resolver.drafts.get(prev.entity)
    # (a known full name, or a short name without an entry: an unknown full name is better served by the
    # short name's entry, "(RML)")
    return body if body is not None and body.type == "ORG" and (prev.kb is not None or cand.kb is None) else None


NEWS_AGENCIES = frozenset({"ap", "afp", "dpa", "reuters", "epd", "kna", "efe", "ansa", "apa", "sda"})

BARE_CONGO = frozenset({"kongo", "kongos", "congo", "congo's"})


def _one_congo(cands: list[Cand], doc: Document, kb: KnowledgeBase, day: date) -> None:
    """A bare "Kongo" or "Congo" is the Democratic Republic of the Congo ("Kongos Regierungssprecher",
    "eastern Congo"), as news names it; the Republic of the Congo is named in full, by Brazzaville or by
    one of its known leaders."""
    drc = kb.country("COD")
    named = {c.kb.code for c in cands if c.kb is not None and c.kb.kind == "country" and not _bare_congo(c, doc)}
    # ("Kongos Präsident Denis Sassou Nguesso": a known leader of Brazzaville names it)
    named |= {c.kb.coding_on(day)[0] for c in cands if c.kb is not None and c.kb.kind == "person"}
    if drc is None or "COG" in named:
        return
    for c in cands:
        if c.kb is not None and c.kb.code == "COG" and c.kb.kind == "country":
            c.kb = drc
        if c.country == "COG" and c.kind == "title":
            c.country = "COD"


def _us_georgia(cands: list[Cand], doc: Document, kb: KnowledgeBase) -> None:
    """In an English story on the United States that never names Tbilisi or anything Georgian,
    "Georgia" is the US state ("a raid at a battery plant in Georgia")."""
    usa = kb.country("USA")
    if doc.lang != "en" or usa is None or re.search(r"Tbilisi|Georgian|Caucas", doc.text):
        return
    codes = {c.kb.code for c in cands if c.kb is not None and c.kb.kind == "country"}
    if "USA" not in codes:
        return
    for c in cands:
        if c.kb is not None and c.kb.code == "GEO" and cand_text(doc, c) == "Georgia":
            c.kb = usa
        if c.country == "GEO":
            c.country = "USA"   # "Rep. Marjorie Taylor Greene of Georgia": a lawmaker of the state


def _bare_congo(c: Cand, doc: Document) -> bool:
    return cand_text(doc, c).lower() in BARE_CONGO


def cand_text(doc: Document, c: Cand) -> str:
    """The text a candidate covers."""
    return doc.text[doc.tokens[c.start].start:doc.tokens[c.end - 1].end]


def _write(doc: Document, cands: list[Cand], resolver: Resolver, source: str) -> None:
    doc.mentions, doc.entities = [], []
    ids: dict[str, str] = {}
    members: dict[str, list[str]] = {}
    for cand in sorted((c for c in cands if c.entity), key=lambda c: c.start):
        draft = resolver.drafts[cand.entity]
        if draft.key not in ids:
            ids[draft.key] = f"e{len(ids) + 1}"
        start, end = doc.tokens[cand.start].start, doc.tokens[cand.end - 1].end
        mention = Mention(id=f"m{len(doc.mentions) + 1}", start=start, end=end, text=doc.text[start:end],
                          label="MISC" if draft.weak else KIND_LABEL.get(draft.type, "MISC"),
                          kind=cand.kind, source=source,
                          entity_id=ids[draft.key])
        doc.mentions.append(mention)
        members.setdefault(draft.key, []).append(mention.id)
    for key, entity_id in ids.items():
        draft = resolver.drafts[key]
        doc.entities.append(Entity(id=entity_id, type=draft.type, actor=actor_of(draft),
                                   mention_ids=members[key], source=source))


def mention_at(doc: Document, start: int, end: int) -> Mention | None:
    """The mention that best covers the character span [start, end)."""
    best, best_score = None, None
    span = doc.tokens_in(start, end)
    inside = {t.i for t in span}
    for m in doc.mentions:
        overlap = min(end, m.end) - max(start, m.start)
        if overlap <= 0:
            continue
        outside = (m.end - m.start) - overlap
        score = (m.kind != "adjective", _heads_span(span, inside, m), overlap, -outside)
        if best_score is None or score > best_score:
            best, best_score = m, score
    return best


def _heads_span(span: list[Token], inside: set[int], m: Mention) -> bool:
    """Is a token of ``m`` attached outside the span's tokens (``inside``: their indices) or the root? A name
    in a genitive, an "of" phrase or an apposition of another noun of the span is attached inside it."""
    return any(t.head < 0 or t.head not in inside for t in span if t.start >= m.start and t.end <= m.end)


def entity_of(doc: Document, mention: Mention | None) -> Entity | None:
    """The entity ``mention`` belongs to, or None."""
    if mention is None or mention.entity_id is None:
        return None
    return doc.entity(mention.entity_id)


__all__ = ["ActorResolver", "entity_of", "mention_at"]
