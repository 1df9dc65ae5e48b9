"""Negation, hypothetical and future flags of a trigger, from cue words in its clause."""
from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType
from typing import Sequence

from ...model import Document, Token
from .lexicon import CLAUSE_BREAKS, CONJUNCT_WORDS, Trigger

# Present-tense forms of German "werden": with an infinitive they make the future;
# "wurde"/"worden" are past passive and never future.
WERDEN_PRESENT = {"wird", "werde", "werden", "wirst", "werdet"}
TIME_NOUNS = {"woche", "monat", "jahr", "tag", "wochenende", "zeit", "week", "month", "year", "day",
              "weekend", "time"}
CONDITIONAL_CONJUNCTIONS = {"wenn", "falls", "sofern", "if", "unless"}
UNTIL = {"bis", "until", "till"}
UNTIL_TIME_WORDS = {"ende", "anfang", "mitte", "zum", "zur", "zu", "spätestens", "heute", "morgen", "jetzt",
                    "end", "the", "mid", "early", "late", "now", "today", "tomorrow", "further", "next", "then",
                    "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
                    "november", "dezember", "january", "february", "march", "may", "june", "july", "october",
                    "december", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
                    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# English modals go before their verb: one after a verb trigger belongs to a later verb ("met
# Zelenskyy and said he would consider ...")
ENGLISH_MODALS = {"will", "'ll", "shall", "would", "could", "might", "may", "should"}
# ... and so does an English negation word after the verb
ENGLISH_LATER_NEGATIONS = {"not", "never", "without", "no"}


@dataclass(frozen=True, slots=True)
class Modality:
    negated: bool
    hypothetical: bool
    future: bool
    cues: tuple[str, ...]      # the words that set the flags, for the explanation


def _clause(doc: Document, trigger: Trigger) -> Sequence[Token]:
    a, b = trigger.clause
    return doc.tokens[a:b]


def _negation(clause: Sequence[Token], trigger: Trigger, lang: str, cues: ModuleType) -> list[str]:
    found = []
    for t in clause:
        word = t.text.lower()
        if lang == "en" and trigger.entry.pos == "VERB" and word in ENGLISH_LATER_NEGATIONS and (
                t.i > trigger.token.i or _coordinated_after(clause, t, trigger)):
            continue   # "agreed not to attack", "demanded ... without delay and threatened": another verb's
        if trigger.token.feat("VerbForm") == "Fin" and _coordinated_after(clause, t, trigger):
            continue   # "erkennt die Abwahl nicht an und nennt sie verfassungswidrig": the first verb's
        if _in_later_conjunct(clause, t, trigger):
            continue   # "wurde festgenommen und durfte das Land nicht verlassen": the next verb's
        if word in WITHOUT and not _done_without(clause, t, trigger):
            continue   # "ohne Genehmigung eingedrungen", "without warning": how it was done, not whether
        if lang == "en" and _before_relative(clause, t, trigger):
            continue   # "made no progress on a plan that the junta agreed to": the main clause's
        if word in cues.NEGATION or (word.endswith("n't") and "n't" in cues.NEGATION):
            found.append(t.text)
    return found


WITHOUT = frozenset({"ohne", "without"})


def _short_of(doc: Document, trigger: Trigger) -> list[str]:
    """"stopped short of withdrawing its ministers", "fell short of recognising": not done."""
    i = trigger.token.i
    words = [t.text.lower() for t in doc.tokens[max(0, i - 2):i]]
    return ["short of"] if doc.lang == "en" and words == ["short", "of"] else []


ENGLISH_RELATIVES = frozenset({"that", "which", "who", "whom"})


def _before_relative(clause: Sequence[Token], cue: Token, trigger: Trigger) -> bool:
    """Is the cue before a relative clause ("a plan that X agreed to") that holds the trigger?"""
    return any(cue.i < t.i < trigger.token.i and t.text.lower() in ENGLISH_RELATIVES
               and k > 0 and clause[k - 1].pos in {"NOUN", "PROPN"} for k, t in enumerate(clause))


def _in_later_conjunct(clause: Sequence[Token], cue: Token, trigger: Trigger) -> bool:
    """Is the cue in a clause joined after the trigger by "und"/"and" with a finite verb of its own?"""
    for k, t in enumerate(clause[:-1]):
        if trigger.token.i < t.i < cue.i and t.text.lower() in CONJUNCT_WORDS \
                and clause[k + 1].pos in {"VERB", "AUX"} and "Mood=Ind" in clause[k + 1].morph:
            return True
    return False


def _done_without(clause: Sequence[Token], cue: Token, trigger: Trigger) -> bool:
    """Does "ohne"/"without" govern the trigger itself ("ohne anzugreifen", "ohne die Stadt anzugreifen",
    "without attacking", "ohne Festnahmen", "without any arrests")?"""
    if trigger.token.i < cue.i:
        return False
    if trigger.entry.pos == "NOUN":
        between = [t for t in clause if cue.i < t.i < trigger.token.i]
        return all(t.pos in ("DET", "ADJ") for t in between)
    verb = trigger.token
    before = [t for t in clause if t.i == verb.i - 1]
    infinitive = "zu" in verb.text.lower() and not verb.lemma.lower().startswith("zu")   # "anzugreifen"
    return verb.text.lower().endswith("ing") or infinitive or bool(before) and before[0].text.lower() == "zu"


def _coordinated_after(clause: Sequence[Token], cue: Token, trigger: Trigger) -> bool:
    """Is the trigger a verb right after "and"/"but", with the cue before that conjunction?"""
    before = [t for t in clause if t.i == trigger.token.i - 1]
    return bool(before) and before[0].text.lower() in {"and", "but", "und", "aber", "sondern"} and cue.i < before[0].i


def _hypothetical(doc: Document, clause: Sequence[Token], trigger: Trigger, cues: ModuleType) -> list[str]:
    found = [t.text for t in clause if t.text.lower() in cues.HYPOTHETICAL
             and t.text.lower() not in CONDITIONAL_CONJUNCTIONS and not _later_modal(doc, t, trigger, clause)
             and not _passive_subjunctive(doc, t, trigger) and not _month_may(doc, t)
             and not _finite_after_and(doc, clause, t, trigger) and not _reported_perfect(doc, t, trigger, clause, cues)]
    # a conditional conjunction may open the clause or sit just before it ("Wenn X, ...")
    sent = doc.sentences[trigger.token.sent]
    first = clause[0].i if clause else trigger.token.i
    opener = doc.tokens[max(sent.token_start, first - 1):first + 2]
    found += [t.text for t in opener if t.text.lower() in CONDITIONAL_CONJUNCTIONS
              and t.text.lower() in cues.HYPOTHETICAL]
    # ("until the war in Gaza ended and Israel withdrew": the clause "until" opens runs on across "and")
    awaited = doc.tokens[sent.token_start:first]
    while awaited and awaited[-1].text not in CLAUSE_BREAKS and awaited[-1].text.lower() not in UNTIL:
        awaited = awaited[:-1]
    return found + _until(doc, [*awaited[-1:], *opener], trigger)


REPORTED_PERFECT = frozenset({"hätte", "hätten", "wäre", "wären"})
MODAL_LEMMAS = frozenset({"können", "müssen", "sollen", "wollen", "dürfen", "mögen"})


def _reported_perfect(doc: Document, cue: Token, trigger: Trigger, clause: Sequence[Token], cues: ModuleType) -> bool:
    """"Bewaffnete hätten das Feuer eröffnet, teilte die Staatsanwaltschaft mit": the past subjunctive of a
    perfect stands for the reported past in German wire copy; the act is told, not imagined (not with a modal,
    "hätten angreifen können", nor with a condition, "wenn ..., hätten sie ...")."""
    if doc.lang != "de" or cue.text.lower() not in REPORTED_PERFECT or trigger.token.i < cue.i:
        return False
    sent = doc.sentences[trigger.token.sent]
    words = doc.tokens[sent.token_start:sent.token_end]
    if any(t.lemma.lower() in MODAL_LEMMAS or t.text.lower() in CONDITIONAL_CONJUNCTIONS for t in words):
        return False
    inside = {t.i for t in clause}
    particles = {t.head: t.text.lower() for t in words if t.dep == "compound:prt"}   # "teilte ... mit"
    return any(t.i not in inside and t.pos in {"VERB", "AUX"}
               and particles.get(t.i, "") + t.lemma.lower() in cues.REPORTING_VERBS for t in words)


def _finite_after_and(doc: Document, clause: Sequence[Token], cue: Token, trigger: Trigger) -> bool:
    """"said it would continue the offensive and accused Hamas": an English modal before "and" belongs to the
    first verb; a past verb after "and" has its own tense ("would meet and discuss" shares the modal)."""
    trig = trigger.token
    return doc.lang == "en" and trigger.entry.pos == "VERB" and trig.text.lower() != trig.lemma.lower() \
        and _coordinated_after(clause, cue, trigger)


def _month_may(doc: Document, t: Token) -> bool:
    """"UNITED NATIONS, May 10 (Reuters)", "on 3 May", "in May": the month (or Theresa May), not the modal,
    which is capitalised only where a sentence or a quotation opens."""
    if t.text != "May":
        return False
    before = doc.tokens[t.i - 1] if t.i > 0 else None
    after = doc.tokens[t.i + 1] if t.i + 1 < len(doc.tokens) else None
    if before is not None and before.sent == t.sent and before.text[:1].isalnum():
        return True
    return any(x is not None and x.text[:1].isdigit() for x in (before, after))


def _until(doc: Document, opener: Sequence[Token], trigger: Trigger) -> list[str]:
    """"Generalstreik, bis Yoon zurücktritt", "until the war in Gaza ended": what a clause of "bis" or
    "until" awaits has not happened ("bis Ende Februar", "until March 24" name a time, not a clause)."""
    for t in opener:
        if t.text.lower() not in UNTIL or t.i >= trigger.token.i:
            continue
        nxt = doc.tokens[t.i + 1] if t.i + 1 < len(doc.tokens) else None
        if nxt is not None and nxt.pos not in ("NUM", "ADP") and nxt.text.lower() not in UNTIL_TIME_WORDS \
                and not nxt.text[:1].isdigit() or _awaited_clause(doc, t, trigger):
            return [t.text]
    return []


def _awaited_clause(doc: Document, until: Token, trigger: Trigger) -> bool:
    """"until the war in Gaza ended": an article opens a clause, not a time ("until the end of March"), when its
    noun is no time word and a verb follows before the trigger."""
    if until.i + 2 >= len(doc.tokens) or doc.tokens[until.i + 1].text.lower() != "the" \
            or doc.tokens[until.i + 2].text.lower() in UNTIL_TIME_WORDS:
        return False
    return any(t.pos == "VERB" for t in doc.tokens[until.i + 2:trigger.token.i + 1])


def _passive_subjunctive(doc: Document, cue: Token, trigger: Trigger) -> bool:
    """"Die Drahtzieher würden von »indischen Stellvertretern« unterstützt, so der Minister": "würden" with a
    participle is the passive of reported speech, not a hypothetical act ("würden ... unterstützen" is)."""
    trig = trigger.token
    return doc.lang == "de" and cue.text.lower() in {"würde", "würden"} and trigger.entry.pos == "VERB" \
        and trig.text.lower() != trig.lemma.lower() and trig.text.lower().endswith(("t", "en"))


def _future(clause: Sequence[Token], trigger: Trigger, lang: str, cues: ModuleType) -> list[str]:
    words = [t.text.lower() for t in clause]
    if lang == "de":
        if any(w in cues.NOT_FUTURE_AFTER_WERDEN for w in words):
            return []
        trig = trigger.token
        # "wird ... reisen": present "werden" + the trigger as infinitive (text == lemma)
        infinitive = trig.pos in {"VERB", "AUX"} and trig.text.lower() == trig.lemma.lower()
        aux = [t.text for t in clause if t.text.lower() in WERDEN_PRESENT and t.i != trig.i]
        if aux and (infinitive or trigger.entry.pos == "NOUN"):
            return aux
        return [t.text for t in clause if t.text.lower() in cues.FUTURE
                and t.text.lower() not in WERDEN_PRESENT and _about_trigger(clause, t, trigger)
                and not _morning(clause, t)]
    words = [t.text for t in clause if t.text.lower() in cues.FUTURE and _about_trigger(clause, t, trigger)
             and not _later_modal_en(t, trigger, clause) and not _object_noun(t, trigger)
             and not _before_relative(clause, t, trigger)]
    before = [t.text.lower() for t in clause if t.i < trigger.token.i][-3:]
    if trigger.entry.pos == "VERB" and len(before) >= 2 and before[-2] in SCHEDULED_BE and before[-1] == "to":
        words.append(" ".join(before[-2:]))   # "Rwanda is to withdraw its troops": a duty set, not done yet
    elif trigger.entry.pos == "VERB" and len(before) == 3 and before[0] in SCHEDULED_BE \
            and before[1:] in (["due", "to"], ["to", "be"]):
        # "Mudavadi is due to meet Akhannouch on Tuesday", "the three are to be sentenced in May": scheduled
        words.append(" ".join(before))
    if trigger.entry.pos == "VERB" and (when := when_present(clause, trigger.token)):
        words.append(when)   # "face up to 14 years when they are sentenced in May": not sentenced yet
    return words


SCHEDULED_BE = frozenset({"is", "are"})
# English conjunctions of time whose clause in the present tense speaks of what is still to come
WHEN_FUTURE = frozenset({"when", "once"})


def when_present(clause: Sequence[Token], trig: Token) -> str | None:
    """The "when" of "when they are sentenced", "once he takes office": a clause of time whose finite verb is
    in the present tense (a past one tells what happened: "when they were sentenced")."""
    marker = next((t for t in clause if t.head == trig.i and t.i < trig.i and t.text.lower() in WHEN_FUTURE), None)
    finite = [t for t in clause if (t.i == trig.i or t.head == trig.i and t.dep.startswith("aux"))
              and "VerbForm=Fin" in t.morph]
    if marker is None or not finite or not all("Tense=Pres" in t.morph for t in finite):
        return None
    return marker.text


def _morning(clause: Sequence[Token], t: Token) -> bool:
    """"kamen am Morgen wieder frei": the capitalised noun inside a clause is the morning, not "morgen"
    (tomorrow)."""
    return t.text == "Morgen" and t.i > clause[0].i


def _object_noun(cue: Token, trigger: Trigger) -> bool:
    """"endorsed Morocco's plan": a plan that is what the act takes is no intention of the actor's."""
    return cue.pos == "NOUN" and cue.head == trigger.token.i and cue.dep in ("obj", "dobj")


def _later_modal(doc: Document, cue: Token, trigger: Trigger, clause: Sequence[Token]) -> bool:
    return doc.lang == "en" and _later_modal_en(cue, trigger, clause)


def _later_modal_en(cue: Token, trigger: Trigger, clause: Sequence[Token]) -> bool:
    """A modal after the trigger verb, or after a noun trigger and another verb ("met on the sidelines of
    the summit and said he would ..."), is a later verb's."""
    if cue.i <= trigger.token.i or cue.text.lower() not in ENGLISH_MODALS:
        return False
    return trigger.entry.pos == "VERB" or any(
        t.pos == "VERB" and trigger.token.i < t.i < cue.i for t in clause)


def _about_trigger(clause: Sequence[Token], cue: Token, trigger: Trigger) -> bool:
    """An attributive cue ("des geplanten Manövers", "the upcoming vote") dates its own noun, not the
    trigger; it counts only before a time word ("nächste Woche", "next week") or the trigger itself."""
    if cue.pos != "ADJ":
        return True
    after = [t for t in clause if cue.i < t.i <= cue.i + 2 and t.pos in {"NOUN", "PROPN"}]
    return not after or after[0].i == trigger.token.i or after[0].lemma.lower() in TIME_NOUNS


def modality(doc: Document, trigger: Trigger, cues: ModuleType) -> Modality:
    clause = _clause(doc, trigger)
    neg = _negation(clause, trigger, doc.lang, cues) + _short_of(doc, trigger)
    hyp = _hypothetical(doc, clause, trigger, cues)
    fut = _future(clause, trigger, doc.lang, cues)
    return Modality(bool(neg), bool(hyp), bool(fut), tuple(neg + hyp + fut))
