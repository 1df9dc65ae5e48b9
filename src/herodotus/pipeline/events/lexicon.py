"""The event lexicon: entries per language and trigger matching over a sentence's tokens."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType
from typing import Sequence

from ...lang import resource
from ...model import Document, Sentence, Token
from ..nlp.tagger import infixed_zu, lemmatize
from ..nlp.tokenizer import opens_quote

# German separable-verb particles ("lehnte ... ab" -> ablehnen); checked only after a verb.
SEPARABLE_PARTICLES = ("ab", "an", "auf", "aus", "bei", "ein", "fest", "frei", "mit", "nach", "vor",
                       "zu", "zurück", "zusammen", "weg", "los", "teil", "bekannt", "hin", "her",
                       "entgegen", "fort", "gegenüber", "nieder", "statt", "sicher", "hinweg", "auseinander")
# Verb prefixes that never separate and take no "ge-" in the participle ("verhaftet", "beschossen").
INSEPARABLE_PREFIXES = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer")
# Quotation marks are not clause breaks: "kündigte eine „entschlossene Reaktion“ an".
# What may follow a separated particle: clause-closing punctuation, never an opening quote
# ("drohte X mit „schmerzhaften Tagen“" has no particle "mit").
PARTICLE_FOLLOWERS = {".", ",", ";", ":", "!", "?", "“", "”", '"', "»", "«", "’", ")", "–", "—"}
CLAUSE_BREAKS = {",", ";", ":", "(", ")", "–", "—"}
# Words that join a next verb of the same subject ("condemned the move and called on ...", "wurde festgenommen
# und durfte das Land nicht verlassen")
CONJUNCT_WORDS = frozenset({"und", "and", "but", "aber"})
VERB_POS = {"VERB", "AUX"}
NOUN_POS = {"NOUN", "PROPN"}
# Trained event cues (``nlp/cues.py``) below this probability propose no trigger.
CUE_THRESHOLD = 0.5
# Frames of cue-proposed triggers: the subject acts; for most types the object receives.
CUE_FRAMES = {"PROTEST": "s", "MOBILIZE": "s"}
MAX_CLIMB = 6   # dependency steps from a cue word up to its verb


@dataclass(frozen=True, slots=True)
class Entry:
    lemma: str            # as written in the lexicon (``~angriff``, ``step+down``)
    pos: str              # VERB | NOUN
    event: str
    mode: str | None
    cameo: str | None
    frame: str            # so | os | s | p (the subject undergoes it: "received a sentence")
    needs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Trigger:
    entry: Entry
    token: Token                  # the head word of the trigger
    tokens: tuple[Token, ...]     # all words of the trigger (verb + particle, compound parts)
    clause: tuple[int, int]       # token index range [a, b) of the trigger's clause
    cue: float | None = None      # probability of a trained event cue (``nlp/cues.py``); None: a lexicon match


@dataclass(frozen=True, slots=True)
class Lexicon:
    lang: str
    exact: dict[tuple[str, str], tuple[Entry, ...]]     # (lemma lower, pos) -> entries
    suffix: tuple[Entry, ...]                           # ``~x`` noun entries
    phrasal: dict[tuple[str, str], tuple[Entry, ...]]   # (first word, pos) -> ``a+b`` entries
    cues: ModuleType


def parse_entries(table: str) -> list[Entry]:
    entries = []
    for line in table.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        lemma, pos, event, mode, cameo, frame, needs = line.split()
        entries.append(Entry(lemma, pos, event, None if mode == "-" else mode,
                             None if cameo == "-" else cameo, frame,
                             () if needs == "-" else tuple(n.lower() for n in needs.split(","))))
    return entries


@lru_cache(maxsize=None)
def load_lexicon(lang: str) -> Lexicon:
    module = resource(lang, "event_verbs")
    exact: dict[tuple[str, str], list[Entry]] = {}
    phrasal: dict[tuple[str, str], list[Entry]] = {}
    suffix: list[Entry] = []
    for entry in parse_entries(module.ENTRIES):
        if entry.lemma.startswith("~"):
            suffix.append(entry)
        elif "+" in entry.lemma:
            phrasal.setdefault((entry.lemma.split("+")[0].lower(), entry.pos), []).append(entry)
        else:
            exact.setdefault((entry.lemma.lower(), entry.pos), []).append(entry)
    return Lexicon(lang, {k: tuple(v) for k, v in exact.items()}, tuple(suffix),
                   {k: tuple(v) for k, v in phrasal.items()}, module)


def clause_breaks(tokens: Sequence[Token], cues: ModuleType, keep: frozenset[int] = frozenset()) -> list[bool]:
    """Per token: does a new clause start here (punctuation, subordinating conjunction)?

    ``keep`` holds doc indices of commas that only separate list items ("die USA, Russland und ...").
    """
    out = []
    brackets = _bracketed_names(tokens)
    names = brackets | _insertions(tokens, cues, brackets)
    for k, t in enumerate(tokens):
        word = t.text.lower()
        # (right after an auxiliary a subordinator is an adverb: "Security forces have since arrested ...")
        adverb = k > 0 and tokens[k - 1].pos == "AUX"
        out.append((t.text in CLAUSE_BREAKS and t.i not in keep and k not in names)
                   or (word in cues.SUBORDINATORS and t.pos not in {"DET", "PRON"} and not adverb)
                   or word in getattr(cues, "AWAITING_SUBORDINATORS", ()) and _verb_follows(tokens, k)
                   or _temporal_clause(tokens, k, cues) or _as_clause(tokens, k, cues))
    return out


def _verb_follows(tokens: Sequence[Token], k: int) -> bool:
    """Does a verb follow before the next break ("until the tallies are released"), so the word opens a
    clause, not a time ("until a bail hearing next month")?"""
    for t in tokens[k + 1:]:
        if t.text in CLAUSE_BREAKS:
            return False
        if t.pos in VERB_POS:
            return True
    return False


def _temporal_clause(tokens: Sequence[Token], k: int, cues: ModuleType) -> bool:
    """", als sie mit Anhängern durch die Straßen zog,": after a comma, "als" with a subject and a clause-final
    verb opens a clause of its own (not "als Präsident", "mehr als 20")."""
    if tokens[k].text.lower() not in getattr(cues, "TEMPORAL_SUBORDINATORS", ()) or k == 0 or tokens[k - 1].text != "," \
            or k + 2 >= len(tokens) or tokens[k + 1].pos not in {"PRON", "DET", "PROPN"}:
        return False
    end = next((j for j in range(k + 1, len(tokens)) if tokens[j].text in CLAUSE_BREAKS), len(tokens))
    return tokens[end - 1].pos in VERB_POS


def _as_clause(tokens: Sequence[Token], k: int, cues: ModuleType) -> bool:
    """"called for a moratorium as a United Nations conference opened": "as" before a noun phrase with a finite
    verb of its own opens a clause (not "described it as a violation", "served as ambassador")."""
    if tokens[k].text.lower() not in getattr(cues, "CLAUSE_AS", ()) or k + 1 >= len(tokens) \
            or tokens[k + 1].pos not in {"DET", "PROPN", "PRON"}:
        return False
    for t in tokens[k + 2:]:
        if t.text in CLAUSE_BREAKS or t.text.lower() in cues.SUBORDINATORS:
            return False
        if t.pos in VERB_POS and "VerbForm=Fin" in t.morph:
            return True
    return False


def _insertions(tokens: Sequence[Token], cues: ModuleType, brackets: set[int] = frozenset()) -> set[int]:
    """Positions of the commas around an apposition or relative clause between a subject and its
    verb ("The United States, a treaty ally of the Philippines, condemned", "Tinubu, der den Vorsitz
    innehat, bot ... an"): the verb's clause runs on across them."""
    out: set[int] = set()
    openers = getattr(cues, "INSERTION_OPENERS", ())
    commas = [k for k, t in enumerate(tokens) if t.text == ","]
    for a, b in zip(commas, commas[1:]):
        if b - a < 2 or b + 1 >= len(tokens):
            continue
        if _place_apposition(tokens, a, b, cues):
            out.update({a, b})
            continue
        # "..., zu der sich ... haben, verurteilte": a relative pronoun may follow a preposition
        start = a + 2 if tokens[a + 1].pos == "ADP" else a + 1
        # "Die UN-Gesandte, Julie Bishop, verurteilte" (two joined names where the parse needs it: "Two Republican
        # state lawmakers, Stefani Lord and John Block, called")
        apposed_name = _titled_names(tokens[a + 1:b], getattr(cues, "APPOSED_NAME_PAIRS", False)
                                     and tokens[a - 1].pos == "NOUN" and "Number=Plur" in tokens[a - 1].morph)
        age = b - a == 2 and tokens[a + 1].pos == "NUM"   # "Ruto, 57, urged Washington"
        # "The Spanish Commission for Refugee Aid, or CEAR, accused": the short name the story uses later
        alias = b - a > 2 and tokens[a + 1].text.lower() in getattr(cues, "ALIAS_WORDS", ()) \
            and all(t.pos == "PROPN" for t in tokens[a + 2:b])
        if tokens[start].text.lower() not in openers and not _role_of(tokens, start) and not apposed_name and not age \
                and not alias and not _owned_apposition(tokens[a + 1:b]):
            continue
        # "hat ihren Botschafter in Moskau, Alexander Graf Lambsdorff, am Montag zurückgerufen": a full
        # name apposed to an object runs on too
        joined_after = tokens[b + 1].text.lower() in getattr(cues, "NO_LIST_COMMA_BEFORE", ())
        apposed_object = apposed_name and b - a > 2 \
            and (tokens[b + 1].pos not in {"CCONJ", "PROPN", "PRON", "SCONJ"} or joined_after) \
            and tokens[b + 1].text.lower() not in cues.RELATIVE_PRONOUNS   # not "Xue Jian, der ... drohte"
        # "zwölf Beamte, die an der Botschaft tätig sind, zu unerwünschten Personen erklärt": a German relative
        # clause closes with its verb; the main clause runs on after it whatever follows
        relative = getattr(cues, "VERB_FINAL_RELATIVES", False) and tokens[start].text.lower() in openers \
            and tokens[b - 1].pos in {"VERB", "AUX"} and "zu" not in tokens[b - 1].text.lower()
        # (an adverb may stand before the verb: "Malaysia, which lost 43 citizens, also welcomed")
        after = next((t for t in tokens[b + 1:b + 3] if t.pos != "ADV"), tokens[b + 1])
        if not _ends_noun_phrase(tokens, a) or (after.pos not in {"VERB", "AUX"} and not apposed_object
                                                and not relative):
            continue
        if any((t.text in CLAUSE_BREAKS and j not in brackets) or t.text in {"“", "„", "»", '"'}
               for j, t in enumerate(tokens[a + 1:b], start=a + 1)):
            continue
        # ("who is on a state visit to China": "to" before a noun is a preposition)
        # ("Malema, dessen Auftritte im Video zu sehen waren, warf": a relative clause may hold one)
        if not relative and any((t.text.lower() in {"zu", "to"} and j + 1 < b and tokens[j + 1].pos in VERB_POS)
               or (t.pos in VERB_POS and "zu" in t.text.lower() and t.text.lower().replace("zu", "", 1) == t.lemma.lower())
               for j, t in enumerate(tokens[start:b], start=start)):
            continue   # "Finnlands, der NATO beizutreten,": an infinitive clause, not an insertion
        out.update({a, b})
    return out


def _place_apposition(tokens: Sequence[Token], a: int, b: int, cues: ModuleType) -> bool:
    """A place named again by its kind between commas ("in San Miguel Octopan, einem Ortsteil von Celaya, das
    Feuer eröffnet", "in Canete, a town in Biobio, gunmen killed"): the clause runs on across it."""
    span = tokens[a + 1:b]
    if a == 0 or tokens[a - 1].pos != "PROPN" or len(span) < 2 or span[0].pos != "DET":
        return False
    head = next((t for t in span[1:] if t.pos != "ADJ"), None)
    return head is not None and head.pos == "NOUN" and (head.lemma or head.text).lower() in cues.PLACE_NOUNS \
        and not any(t.pos in VERB_POS or t.text in {"“", "„", "»", '"'} for t in span)


def _owned_apposition(span: Sequence[Token]) -> bool:
    """A noun owned by a name ("İmamoğlu, Erdoğans aussichtsreichster Rivale, war", "Erdogan's main rival")."""
    if len(span) < 2 or span[0].pos != "PROPN":
        return False
    rest = span[1:]
    if rest[0].text in {"'s", "’s"}:
        rest = rest[1:]
    elif not span[0].text.endswith("s"):
        return False
    return bool(rest) and all(t.pos in {"ADJ", "NOUN"} for t in rest) and rest[-1].pos == "NOUN"


def _titled_name(span: Sequence[Token]) -> bool:
    """A proper name, after at most two title nouns ("Julie Bishop", "Oberst Victor Tchongo"), maybe with its
    short name in brackets ("Pakistan Tehreek-e-Insaf (PTI)")."""
    if len(span) >= 4 and span[-1].text == ")" and span[-3].text == "(":
        span = span[:-3]
    if len(span) > 2 and span[0].pos == "DET":
        # "den früheren Armeechef Humberto Ortega": an article and adjectives before the title
        span = span[1:]
        while len(span) > 1 and span[0].pos == "ADJ":
            span = span[1:]
    first = next((k for k, t in enumerate(span) if t.pos == "PROPN"), None)
    return first is not None and first <= 2 and all(t.pos == "NOUN" and t.text[:1].isupper() for t in span[:first]) \
        and all(t.pos == "PROPN" for t in span[first:])


def _titled_names(span: Sequence[Token], pairs: bool) -> bool:
    """One titled name, or with ``pairs`` two joined by a conjunction."""
    joins = [k for k, t in enumerate(span) if t.pos == "CCONJ"]
    if pairs and len(joins) == 1 and 0 < joins[0] < len(span) - 1:
        return _titled_name(span[:joins[0]]) and _titled_name(span[joins[0] + 1:])
    return not joins and _titled_name(span)


def _role_of(tokens: Sequence[Token], k: int) -> bool:
    """"X, leader of the opposition CHP, accused", "X, Chef der Partei, sagte", "X, ein Cousin des Präsidenten,
    warf ... vor": a role noun (after an article and adjectives) with its "of" phrase opens an apposition."""
    if k + 1 < len(tokens) and tokens[k].text.lower() in ONE_OF and tokens[k + 1].text.lower() in {"of", "der", "des"}:
        return True   # "Merz, einer der wichtigsten Befürworter des Darlehens, forderte", "X, one of the ..."
    while k + 1 < len(tokens) and (tokens[k].pos == "ADJ" or tokens[k].pos == "DET" and k + 1 < len(tokens)
                                   and tokens[k + 1].pos in {"ADJ", "NOUN"}):
        k += 1
    return k + 1 < len(tokens) and tokens[k].pos == "NOUN" and tokens[k + 1].text.lower() in {"of", "der", "des"}


ONE_OF = frozenset({"einer", "eine", "eines", "one"})


def _ends_noun_phrase(tokens: Sequence[Token], comma: int) -> bool:
    """Does a noun (or a bracketed short name after one: "Sahelstaaten (AES)") stand before the comma?"""
    before = tokens[comma - 1]
    if before.text == ")" and comma >= 3:
        opening = next((j for j in range(comma - 2, max(comma - 7, -1), -1) if tokens[j].text == "("), None)
        before = tokens[opening - 1] if opening else before
    return before.pos in {"NOUN", "PROPN"}


def _bracketed_names(tokens: Sequence[Token]) -> set[int]:
    """Positions of brackets around a short name ("the Red Cross (ICRC) said"): an apposition,
    not a clause break."""
    out: set[int] = set()
    for k, t in enumerate(tokens):
        if t.text != "(":
            continue
        for j in range(k + 1, min(k + 6, len(tokens))):
            if tokens[j].text == ")":
                inside = tokens[k + 1:j]
                if inside and all(x.pos in {"PROPN", "NOUN", "X", "NUM"} or x.text in {"-", "&", "."} for x in inside):
                    out.update({k, j})
                elif inside and any(x.pos == "NUM" for x in inside) and not any(x.pos in VERB_POS for x in inside):
                    out.update({k, j})   # an amount converted: "500,000 pounds ($633,000)", "(rund 365 Millionen Euro)"
                break
    return out


def clause_bounds(tokens: Sequence[Token], k: int, breaks: Sequence[bool] | None = None) -> tuple[int, int]:
    """Index range (into ``tokens``) of the clause around position k."""
    if breaks is None:
        breaks = [t.text in CLAUSE_BREAKS for t in tokens]
    a = k
    while a > 0 and not breaks[a - 1]:
        a -= 1
    b = k + 1
    while b < len(tokens) and not breaks[b]:
        b += 1
    return a, b


def holds_infinitive(tokens: Sequence[Token], joined: bool = True) -> bool:
    """Does a clause hold a to/zu-infinitive ("to negotiate", "zu bewegen"; with ``joined`` also
    "zurückzugeben")?"""
    return any(t.text.lower() in {"zu", "to"} and j + 1 < len(tokens) and tokens[j + 1].pos in VERB_POS
               or joined and t.pos in VERB_POS and infixed_zu(t.text.lower(), t.lemma.lower())
               for j, t in enumerate(tokens))


def _complement_clause(tokens: Sequence[Token], b: int, breaks: Sequence[bool], cues: ModuleType) -> list[Token]:
    """The clause right after position b when it is an infinitive or that/dass clause, or reported
    speech with a future auxiliary ("gewarnt, Ottawa werde antworten"), else []."""
    if b >= len(tokens) - 1:
        return []
    start = b + 1 if tokens[b].text in CLAUSE_BREAKS else b
    if start >= len(tokens):
        return []
    _, end = clause_bounds(tokens, start, breaks)
    nxt = list(tokens[start:end])
    if not nxt:
        return []
    opener = nxt[0].text.lower()
    infinitive = holds_infinitive(nxt, joined=False)
    future = any(t.text.lower() in cues.ANSWER_AUXILIARIES for t in nxt)
    return nxt if opener in {"dass", "that"} or infinitive or future else []


def _pos_class(token: Token) -> str | None:
    if token.pos in VERB_POS:
        return "VERB"
    if token.pos in NOUN_POS:
        return "NOUN"
    return None


def words_of(tokens: Sequence[Token]) -> set[str]:
    """Words and lemmas (lower case) of the tokens, German particle verbs joined ("kündigte ... an": "ankündigen")."""
    out = set()
    for t in tokens:
        out.add(t.text.lower())
        out.add(t.lemma.lower())
    # a German verb split from its particle is needed whole: "leitete Ermittlungen ein" has "einleiten"
    particles = {t.text.lower() for t in tokens if t.text.lower() in SEPARABLE_PARTICLES and t.pos != "VERB"}
    out |= {p + t.lemma.lower() for t in tokens if t.pos in VERB_POS for p in particles}
    return out


def _needs_met(entry: Entry, words: set[str], clause: Sequence[Token]) -> bool:
    for need in entry.needs:
        if need.startswith("!"):
            if need[1:] in words:
                return False   # "released video of the incident" is no release of prisoners
            continue
        if need in words:
            continue
        if any(noun_fits(t.lemma.lower(), need) for t in clause):
            continue
        return False
    return True


NOUN_ENDINGS = ("innen", "in", "en", "n")
# Short frame nouns that still head compounds ("Untersuchungshaft", "Abschiebehaft", "Sonderzölle"), with the
# longer endings that are other words ("Botschaft", "Wirtschaft") or figures of speech ("in Geiselhaft nehmen")
SHORT_HEADS = {"haft": ("schaft", "geiselhaft"), "zoll": ()}


def noun_fits(lemma: str, need: str, compounds: bool = True) -> bool:
    """Does a word stand for a frame's needed noun: the noun itself, its feminine or inflected form
    ("Botschafterin", "Diplomaten") or, with ``compounds``, a compound ending in it ("Hilfsgüter"
    for "gut", "Militärübung")?"""
    if lemma == need:
        return True
    if need in SHORT_HEADS:
        return compounds and lemma.endswith(need) and not lemma.endswith(SHORT_HEADS[need])
    if len(need) < 5:
        return False
    stem = next((lemma[:-len(e)] for e in NOUN_ENDINGS if lemma.endswith(e) and len(lemma) > len(e) + 4), lemma)
    if stem == "un" + need or lemma == "un" + need:
        return False   # "unschuldige Menschen": the opposite, no compound of "schuldig"
    return stem == need or (compounds and (lemma.endswith(need) or stem.endswith(need)))


def _choose(entries: Sequence[Entry], words: set[str], clause: Sequence[Token]) -> Entry | None:
    """The first entry whose multi-word frame is met; frames with needs win over bare ones."""
    for entry in sorted(entries, key=lambda e: not e.needs):
        if _needs_met(entry, words, clause):
            return entry
    return None


def _particle(tokens: Sequence[Token], k: int, b: int) -> Token | None:
    """A separated particle of the verb at k: a particle-like word that closes the verb's clause
    (before punctuation, the clause end or a coordinated clause), with no other verb in between; or the one
    the parse attaches to it past an inserted relative clause ("nahmen Pacheco, der ... ist, am Dienstag fest")."""
    attached = next((j for j in range(k + 1, len(tokens)) if tokens[j].dep == "compound:prt"
                     and tokens[j].head == tokens[k].i and tokens[j].text.lower() in SEPARABLE_PARTICLES), None)
    if attached is not None and _only_inserted_verbs(tokens[k + 1:attached]):
        return tokens[attached]
    for j in range(k + 1, b):
        t = tokens[j]
        if _verb_between(t) and tokens[j - 1].text.lower() != "als":   # "sahen es als erwiesen an": predicative
            return None
        if t.text.lower() in SEPARABLE_PARTICLES and t.pos in {"ADP", "ADV", "PART", "ADJ", "X"}:
            nxt = tokens[j + 1] if j + 1 < len(tokens) else None
            after = tokens[j + 2] if j + 2 < b else None
            if nxt is None or j + 1 >= b or nxt.pos == "CCONJ" or (nxt.text in PARTICLE_FOLLOWERS
                                                                 and not opens_quote(nxt, after)):
                return t
    return None


def _only_inserted_verbs(between: Sequence[Token]) -> bool:
    """Are all verbs between a verb and its particle inside a clause set off by commas (", der ... ist,"), not
    a verb of its own clause ("ermittelt wegen Brandstiftung und wertet Aufnahmen aus")?"""
    inside = False
    for t in between:
        if t.text == ",":
            inside = not inside
        elif _verb_between(t) and not inside:
            return False
    return True


def _verb_between(t: Token) -> bool:
    """A verb between a verb and its particle; not an adverb the tagger read as a participle ("griff das
    Gericht ... scharf an": a participle ends in -t or -en)."""
    return t.pos in VERB_POS and not ("VerbForm=Part" in t.morph and not t.text.lower().endswith(("t", "en", "n")))


def find_triggers(lexicon: Lexicon, tokens: Sequence[Token], keep: frozenset[int] = frozenset()) -> list[Trigger]:
    """Lexicon matches in one sentence's tokens, left to right."""
    found: list[Trigger] = []
    breaks = clause_breaks(tokens, lexicon.cues, keep)
    # A sentence without any verb was mis-tagged ("Die USA verhängten Sanktionen": a past verb read
    # as the adjective of "die verhängten Sanktionen"); its adjectives are read as verbs too.
    verbless = not any(t.pos in VERB_POS for t in tokens)
    for k, tok in enumerate(tokens):
        pos = _pos_class(tok)
        lemma = tok.lemma.lower() or tok.text.lower()
        if pos is None and tok.pos == "ADJ" and (verbless or _perfect_participle(tokens, k, breaks, lexicon.lang)):
            pos, lemma = "VERB", lemmatize([tok.text], ["VERB"], lexicon.lang)[0].lower()
        if pos is None or pos == "VERB" and (_describes_act_noun(lexicon, tokens, tok) or _attributive(tokens, tok)
                                             or _describing_participle(lexicon, tokens, tok)):
            continue
        a, b = clause_bounds(tokens, k, breaks)
        clause = tokens[a:b]
        words = words_of(clause)
        match = _match_one(lexicon, tokens, k, b, pos, lemma, words, clause)
        if pos == "VERB" and (match is None or not match[0].needs):
            # a verb's frame noun may sit in its complement clause ("gab zu, einen Fehler begangen
            # zu haben", "admitted that it had made a mistake"); a frame met there beats the bare
            # reading ("warnte, Ottawa werde antworten" is a threat, not a warning)
            nxt = _complement_clause(tokens, b, breaks, lexicon.cues)
            framed = _match_one(lexicon, tokens, k, b, pos, lemma, words | words_of(nxt), [*clause, *nxt]) \
                if nxt else None
            if framed is not None and (match is None or framed[0].needs):
                match = framed
        if match is not None:
            entry, parts = match
            found.extend(Trigger(e, tok, parts, (tokens[a].i, tokens[b - 1].i + 1)) for e in _with_twins(lexicon, entry))
    return found


def _describes_act_noun(lexicon: Lexicon, tokens: Sequence[Token], tok: Token) -> bool:
    """A participle describing an act noun ("a targeted terror attack", "die geplante Offensive"): the noun
    is the event, the participle only says what kind."""
    if lexicon.lang == "en" and tok.text.lower().endswith("ing") and tok.dep in {"acl", "advcl"}:
        # "announced 100 new sanctions on Tuesday targeting Russia's energy revenues": the gerund after an
        # act noun says what the act aims at
        k = tok.i - 1
        while (prev := _token_at(tokens, k)) is not None and prev.pos not in VERB_POS and prev.text not in CLAUSE_BREAKS:
            if prev.pos == "NOUN" and (prev.lemma.lower(), "NOUN") in lexicon.exact:
                return True
            k -= 1
        return False
    if tok.dep != "amod":
        return False
    head = _token_at(tokens, tok.head)
    return head is not None and head.pos == "NOUN" and (head.lemma.lower(), "NOUN") in lexicon.exact


def _attributive(tokens: Sequence[Token], tok: Token) -> bool:
    """An English participle between a preposition or article and its noun ("failing to deliver on promised
    reforms", "the expected talks"), or joined to a name by a hyphen ("the U.N.-recognized government"): it
    describes the noun and asserts no act."""
    if tok.dep != "amod" or not tok.text.lower().endswith("ed") or tok.head != tok.i + 1:
        return False
    prev = _token_at(tokens, tok.i - 1)
    return prev is not None and (prev.pos in {"ADP", "DET"} or prev.text == "-" and tok.start == prev.end)


def _describing_participle(lexicon: Lexicon, tokens: Sequence[Token], tok: Token) -> bool:
    """"arrest people suspected of entering illegally": a participle after its noun that only says who is
    meant, for verbs that act only in a clause of their own ("the men were suspected of spying"); and one that
    names an office with the noun right after it ("French investigating judges issued warrants")."""
    if tok.dep == "acl" and tok.lemma.lower() in getattr(lexicon.cues, "DESCRIBING_PARTICIPLES", ()):
        return True
    nxt = _token_at(tokens, tok.i + 1)
    nouns = getattr(lexicon.cues, "TITLE_PARTICIPLES", {}).get(tok.text.lower(), ())
    return nxt is not None and nxt.lemma.lower() in nouns


def _token_at(tokens: Sequence[Token], i: int) -> Token | None:
    """The token of document index ``i`` among one sentence's (contiguous) tokens, without a scan: every
    verb of every sentence asks."""
    k = i - tokens[0].i if tokens else -1
    return tokens[k] if 0 <= k < len(tokens) and tokens[k].i == i else None


def _with_twins(lexicon: Lexicon, entry: Entry) -> list[Entry]:
    """The entry and those of other types listed for the same word and frame: an act that is two events
    at once ("erließ Haftbefehl" accuses and threatens arrest)."""
    return [entry, *(e for e in lexicon.exact.get((entry.lemma.lower(), entry.pos), ())
                     if e.event != entry.event and e.needs == entry.needs)]


def _perfect_participle(tokens: Sequence[Token], k: int, breaks: Sequence[bool], lang: str) -> bool:
    """A German participle the tagger read as an adjective at the end of a clause whose auxiliary makes it
    a perfect or passive ("hat die Partei von der Wahl ausgeschlossen", "wurde das Internet gesperrt")."""
    tok = tokens[k]
    word = tok.text.lower()
    # ("beschränkt", "verhängt": an inseparable prefix takes no "ge-")
    if lang != "de" or not word.endswith(("t", "en")) \
            or "ge" not in word[:8] and not word.startswith(INSEPARABLE_PREFIXES):
        return False
    a, b = clause_bounds(tokens, k, breaks)
    last = max((j for j in range(a, b) if tokens[j].pos != "PUNCT"), default=k)
    return last == k and any(t.pos == "AUX" and t.lemma.lower() in PERFECT_AUXILIARIES for t in tokens[a:k])


PERFECT_AUXILIARIES = frozenset({"haben", "sein", "werden"})


def cue_triggers(lexicon: Lexicon, doc: Document, sent: Sentence, found: Sequence[Trigger],
                 threshold: float = CUE_THRESHOLD, keep: frozenset[int] = frozenset()) -> list[Trigger]:
    """Triggers proposed by the sentence's trained event cues for types the lexicon did not match.

    The cue's word is moved to the verb that governs it in the parse ("warf ... vor" from the
    particle, "ging mit Tränengas vor" from the noun): actor and recipient are then read from
    that verb's roles like those of a lexicon verb.
    """
    have = {t.entry.event for t in found}
    strong = [c for c in sent.cues if c.probability >= threshold and c.event not in have
              and c.event not in lexicon.cues.CUE_UNTRUSTED]
    if not strong:
        return []   # (most sentences: no need to find their clauses)
    taken = {t.token.i for t in found}
    tokens = doc.sentence_tokens(sent)
    breaks = clause_breaks(tokens, lexicon.cues, keep)
    out: list[Trigger] = []
    for cue in strong:
        if cue.event in have:
            continue
        word = _governing_verb(doc, doc.tokens[cue.token], sent)
        if word is None or word.i in taken or supply_particle(doc, doc.tokens[cue.token], lexicon.cues):
            continue   # a word the lexicon reads as another type: the lexicon knows it better
        if cue.event in FRAMED_ONLY and _unframed_noun(lexicon, tokens, cue.event):
            continue   # "nahm den Rücktritt an": a resignation the lexicon reads only in its own frames
        if _declined(lexicon, word, cue.event, tokens):
            continue   # "dankte der Bevölkerung": the lexicon's own "danken" rules this thanks out
        pos = "VERB" if word.pos in VERB_POS else "NOUN"
        entry = Entry(word.lemma or word.text, pos, cue.event, None, None, CUE_FRAMES.get(cue.event, "so"), ())
        a, b = clause_bounds(tokens, word.i - sent.token_start, breaks)
        out.append(Trigger(entry, word, (word,), (tokens[a].i, tokens[b - 1].i + 1), cue=cue.probability))
        have.add(cue.event)
    return out


# Types whose nouns the lexicon reads only with a verb of their own ("erklärte seinen Rücktritt"): such a noun
# in another frame ("nahm den Rücktritt an") is someone else's act, not one the cue may read
FRAMED_ONLY = frozenset({"RETREAT"})


def _declined(lexicon: Lexicon, word: Token, event: str, tokens: Sequence[Token]) -> bool:
    """Does a lexicon entry of this type for the word exclude it by a word of the sentence (a "!" need)?"""
    pos = "VERB" if word.pos in VERB_POS else word.pos
    entries = [e for e in lexicon.exact.get((word.lemma.lower(), pos), ()) if e.event == event]
    words = words_of(tokens)
    return any(n.startswith("!") and n[1:] in words for e in entries for n in e.needs)


def _unframed_noun(lexicon: Lexicon, tokens: Sequence[Token], event: str) -> bool:
    """Does the sentence hold a noun whose lexicon entries are all of this type and all need a frame?"""
    for t in tokens:
        entries = lexicon.exact.get((t.lemma.lower(), "NOUN"), ()) if t.pos == "NOUN" else ()
        if entries and all(e.event == event and e.needs for e in entries):
            return True
    return False


def supply_particle(doc: Document, tok: Token, cues: ModuleType) -> bool:
    """"bereit" as the particle of a verb of providing ("stellte den Bewohnern Zelte bereit"): a supply,
    not the readiness the word otherwise says."""
    return tok.text.lower() in cues.READY_WORDS and tok.head >= 0 \
        and doc.tokens[tok.head].lemma.lower() in cues.PROVIDING_VERBS


def _governing_verb(doc: Document, tok: Token, sent: Sentence) -> Token | None:
    """The full verb that governs ``tok`` (itself if it is one); a noun with no verb above it stays."""
    start = tok
    for _ in range(MAX_CLIMB):
        if tok.pos == "VERB" or (tok.pos == "AUX" and not _has_head_verb(doc, tok)):
            return tok
        if tok.head < 0 or doc.tokens[tok.head].sent != sent.i:
            break
        tok = doc.tokens[tok.head]
    return start if start.pos == "NOUN" else None


def _has_head_verb(doc: Document, tok: Token) -> bool:
    return tok.head >= 0 and doc.tokens[tok.head].pos == "VERB"


def _repaired(lemma: str, pos: str, lexicon: Lexicon, text: str = "") -> str:
    """A verb the lemmatizer got wrong, as the lexicon knows it: a German past tense left with its "-t"
    ("verstärkte" -> "verstärkt" -> "verstärken"), an English past or gerund cut in the wrong place
    ("cordoned" -> "cordone" -> "cordon")."""
    if pos != "VERB" or (lemma, pos) in lexicon.exact or (lemma, pos) in lexicon.phrasal:
        return lemma
    if lexicon.lang == "de":
        return lemma[:-1] + "en" if lemma.endswith("t") else lemma
    stems = [text[:-2], text[:-1]] if text.endswith("ed") else [text[:-3], text[:-3] + "e"] if text.endswith("ing") else []
    return next((s for s in stems if len(s) > 2 and ((s, pos) in lexicon.exact or (s, pos) in lexicon.phrasal)), lemma)


def _match_one(lexicon: Lexicon, tokens: Sequence[Token], k: int, b: int, pos: str, lemma: str,
               words: set[str], clause: Sequence[Token]) -> tuple[Entry, tuple[Token, ...]] | None:
    tok = tokens[k]
    lemma = _repaired(lemma, pos, lexicon, tok.text.lower())
    if pos == "VERB" and lexicon.lang == "de":
        particle = _particle(tokens, k, b)
        if particle is not None:
            entries = lexicon.exact.get((particle.text.lower() + lemma, pos), ())
            entry = _choose(entries, words, clause)
            # a verb with a separated particle is a different verb: no bare match
            return (entry, (tok, particle)) if entry is not None else None
    # (frames with needs win over bare ones, as for single words: "pulled out of talks" before "pulled out")
    for entry in sorted(lexicon.phrasal.get((lemma, pos), ()), key=lambda e: not e.needs):
        rest = entry.lemma.lower().split("+")[1:]
        nxt = tokens[k + 1:k + 1 + len(rest)]
        if [t.lemma.lower() for t in nxt] == rest or [t.text.lower() for t in nxt] == rest:
            if _needs_met(entry, words, clause):
                return entry, (tok, *nxt)
    entry = _choose(lexicon.exact.get((lemma, pos), ()), words, clause)
    if entry is not None:
        return entry, (tok,)
    if pos == "NOUN":
        for entry in lexicon.suffix:
            key = entry.lemma[1:].lower()
            if lemma.endswith(key) and len(lemma) > len(key) and _needs_met(entry, words, clause):
                return entry, (tok,)
    return None
