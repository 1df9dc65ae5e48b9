"""What a clause asserts, beyond its trigger: list commas that do not break clauses, denials and open
questions (nothing happened as far as the text says), acts only said to have happened ("Es gab
Festnahmen"), threats addressed to no one, and the parties named after "zwischen"/"between"."""
from __future__ import annotations

from types import ModuleType
from typing import Sequence

from ...model import Document, Token
from .context import last_pair
from .lexicon import Trigger
from .roles import Slot, is_infinitive, with_conjuncts


def list_commas(tokens: list[Token], slots: list[Slot]) -> frozenset[int]:
    """Commas between two coded names ("die USA, Russland und ..."): list separators, not clause breaks."""
    ends = {s.last for s in slots}
    last_of = {s.first: s.last for s in slots}
    by_index = {t.i: t for t in tokens}
    keep = {t.i for t in tokens if t.text == "," and (_joins_nouns(by_index, t) or _names_listed(by_index, t))}
    for t in tokens:
        nxt = next((last_of[j] for j in (t.i + 1, t.i + 2) if j in last_of), None)
        if t.text != "," or t.i - 1 not in ends or nxt is None:
            continue
        after = by_index.get(nxt + 1)
        if after is not None and after.pos in {"VERB", "AUX"}:
            continue   # "die Entscheidung Finnlands, der NATO beizutreten": a new clause, not a list
        if not _list_closes(tokens, t.i):
            continue   # "sagte in Berlin, das Regime in Teheran habe ...": no "und" ends a list
        keep.add(t.i)
    return frozenset(keep)


def _joins_nouns(by_index: dict[int, Token], comma: Token) -> bool:
    """Does the comma join two nouns the parse takes for one list ("mit Brandsätzen, Steinen und
    Feuerwerkskörpern angegriffen")?"""
    before, after = by_index.get(comma.i - 1), by_index.get(comma.i + 1)
    return before is not None and after is not None and before.pos == after.pos == "NOUN" \
        and after.dep == "conj" and after.head == before.i


def _names_listed(by_index: dict[int, Token], comma: Token) -> bool:
    """Does a list of names that ends the sentence follow a plural noun and this comma ("charged the three men,
    Wael Hana, Jose Uribe and Fred Daibes.")? The names are the noun's members, in its clause."""
    before = by_index.get(comma.i - 1)
    rest = [t for t in by_index.values() if t.i > comma.i]
    if before is None or before.pos != "NOUN" or before.feat("Number") != "Plur" or not rest:
        return False
    body = rest[:-1] if rest[-1].pos == "PUNCT" and rest[-1].text != "," else rest
    return bool(body) and body[0].pos == "PROPN" and any(t.pos == "CCONJ" for t in body) \
        and all(t.pos in {"PROPN", "CCONJ"} or t.text == "," for t in body)


def _list_closes(tokens: list[Token], comma: int) -> bool:
    """Does a conjunction follow the comma before the next verb ("die USA, Russland und China")?"""
    for t in tokens:
        if t.i <= comma:
            continue
        if t.pos == "CCONJ":
            return True
        if t.pos in {"VERB", "AUX"}:
            return False
    return False


def addressed_to_none(doc: Document, trig: Trigger) -> bool:
    """A threatening verb with no object at all ("drohte mit dem Abbruch der Beziehungen"); an
    unnamed addressee ("drohte Medien mit dem Entzug der Lizenz") or a threat noun ("saw no threat")
    leaves the target open."""
    sent = doc.sentences[trig.token.sent]
    return trig.entry.pos == "VERB" and not any(
        t.pos in {"NOUN", "PROPN", "PRON"} and t.head == trig.token.i and t.dep in {"obj", "iobj", "obl:arg", "ccomp"}
        for t in doc.tokens[sent.token_start:sent.token_end])


def denied_or_open(doc: Document, trig: Trigger, cues: ModuleType) -> bool:
    """An act inside a denial ("bestreitet, Zivilisten anzugreifen", "denied attacking civilians") or
    an open question ("Ob die USA Sanktionen verhängen, ist offen") is not asserted to have happened."""
    sent = doc.sentences[trig.token.sent]
    before = doc.tokens[sent.token_start:trig.token.i]
    denied = any(t.pos in {"VERB", "AUX"} and (t.lemma.lower() in cues.DENIAL_VERBS or t.text.lower() in cues.DENIAL_VERBS)
                 for t in before) or _dismissed_as(before, cues)
    # "The Kremlin denied interfering, and Zakharova accused Chisinau ...": a new subject after "and" asserts again
    first = doc.tokens[trig.clause[0]]
    fresh = first.pos == "CCONJ" and any(t.pos in {"PROPN", "NOUN"} for t in doc.tokens[first.i + 1:trig.token.i])
    # "Ruanda bestreitet, X zu unterstützen, und wirft Kinshasa vor": a finite verb right after "und"
    # shares the subject and asserts again
    fresh = fresh or (first.pos == "CCONJ" and trig.token.i == first.i + 1 and trig.token.pos == "VERB"
                      and not trig.token.text.lower().endswith("ing") and not is_infinitive(doc, trig))
    opener = doc.tokens[trig.clause[0] - 1] if trig.clause[0] > sent.token_start else doc.tokens[trig.clause[0]]
    openers = {opener.text.lower(), doc.tokens[trig.clause[0]].text.lower()}
    # ("Berichte, wonach Dorfbewohner die Armee um Schutz gebeten hätten": what a report says is its content)
    return (denied and not fresh) or bool(openers & set(cues.OPEN_QUESTION)) or bool(openers & set(cues.HEARSAY_OPENERS)) \
        or _told_by_report(before, cues) \
        or _asked_where(doc, trig, sent.token_start, cues)


def _told_by_report(before: list[Token], cues: ModuleType) -> bool:
    """"deeply disturbed by reports that Havana and Beijing were working together to target the United States":
    what a report or a claim says is its content, not an act the story asserts."""
    nouns = getattr(cues, "HEARSAY_NOUNS", ())
    return any(t.text.lower() == "that" and k > 0 and before[k - 1].pos == "NOUN" and before[k - 1].lemma.lower() in nouns
               for k, t in enumerate(before))


def _dismissed_as(before: list[Token], cues: ModuleType) -> bool:
    """"dismissed as 'totally false' a report that it had agreed ...": dismissing something as untrue denies it
    (dismissing an official is no denial, and no "as" follows it)."""
    verbs = getattr(cues, "DISMISSAL_VERBS", ())
    return any(t.pos == "VERB" and t.lemma.lower() in verbs and any(u.text.lower() == "as" for u in before[k + 1:k + 8])
               for k, t in enumerate(before))


def _asked_where(doc: Document, trig: Trigger, sent_start: int, cues: ModuleType) -> bool:
    """"Wo Nadschib festgehalten wird, teilte das Ministerium nicht mit", "Niemand wisse, wo die Anwältin
    festgehalten werde", "did not say where he was held": an indirect question names no act of its own. A
    place's relative clause is no question ("vor dem Stützpunkt, wo Duterte festgehalten wurde", "in Kursk,
    where troops have held ground"): there a noun comes before the opener."""
    a = trig.clause[0]
    k = next((t.i for t in doc.tokens[max(sent_start, a - 1):trig.token.i] if t.text.lower() in cues.WH_OPENERS), None)
    if k is None:
        return False
    before = doc.tokens[k - 1] if k > sent_start else None
    if before is not None and before.text == ",":
        before = doc.tokens[k - 2] if k - 1 > sent_start else None
    return before is None or before.pos in {"VERB", "AUX", "ADJ"}


def between_parties(doc: Document, trig: Trigger, slots: list[Slot]) -> list[Slot]:
    """The parties after "zwischen"/"between" in a mediation or in the infinitive that completes an
    offer ("vermittelte zwischen X und Y", "bot an, zwischen X und Y zu vermitteln")."""
    sent = doc.sentences[trig.token.sent]
    after = doc.tokens[trig.token.i + 1:sent.token_end]
    k = next((t.i for t in after if t.text.lower() in {"zwischen", "between"}), None)
    if k is None:
        return []
    first = next((s for s in slots if k < s.first <= k + 3), None)
    if first is None:
        # "zwischen den beiden Ländern zu vermitteln": the two states of the latest event between two
        words = [t.text.lower() for t in doc.tokens[k + 1:k + 3]]
        pair = last_pair(doc, trig.token.sent, types=None, states=True) if "beiden" in words or "two" in words else None
        return list(pair) if pair is not None else []
    chain: list[Slot] = []
    for slot in with_conjuncts(doc, first, slots):   # "zwischen Israel und der Hamas"
        if all(slot.entity.id != other.entity.id for other in chain):
            chain.append(slot)
    return chain if len(chain) > 1 and not only_places(chain) else []


def only_places(slots: list[Slot]) -> bool:
    """Are all these "between" parties places ("die Fernstraße zwischen Apatzingán und Cuatro Caminos")? A road
    runs between them; they are no parties."""
    return all(s.entity.type == "LOC" for s in slots)


def existential(doc: Document, trig: Trigger) -> bool:
    """An act noun that is only said to have happened: "Es kam zu Festnahmen", "Es gab keine
    Festnahmen", "There were dozens of arrests"."""
    # German may front the noun: "Festnahmen gab es keine"
    end = trig.clause[1] if doc.lang == "de" else trig.token.i
    return trig.entry.pos == "NOUN" and (existential_frame(doc.tokens[trig.clause[0]:end], doc.lang)
                                         or _none_made(doc, trig))


def _none_made(doc: Document, trig: Trigger) -> bool:
    """"No arrests were made": an act noun said not to have been "made" is one that did not happen."""
    i = trig.token.i
    return doc.lang == "en" and i > 0 and doc.tokens[i - 1].text.lower() == "no" \
        and any(t.lemma.lower() == "make" for t in doc.tokens[i + 1:trig.clause[1]])


def existential_frame(tokens: Sequence[Token], lang: str) -> bool:
    words = [t.text.lower() for t in tokens]
    if lang == "de":
        return "es" in words and any(t.lemma.lower() in {"geben", "kommen"} for t in tokens)
    return any(w == "there" and nxt in {"were", "was", "have", "has", "had"} for w, nxt in zip(words, words[1:]))
