"""Who is speaking where: quote spans with their speaker, and events made by statements.

Quoted and reported speech comes from ``doc.quotes`` (the quotes stage). When that layer
is empty, a sentence with a reporting verb ("sagte", "said") is read as speech of that
verb's subject, the rest of the sentence being its content.
"""
from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType
from typing import Sequence

from ...model import Document, Token
from .context import mention_slot
from .roles import Slot


@dataclass(frozen=True, slots=True)
class Speech:
    start: int          # content span (characters)
    end: int
    speaker: Slot


def _speaker_slot(doc: Document, entity_id: str | None, mention: tuple[int, int] | None) -> Slot | None:
    if entity_id is None:
        return None
    ent = doc.entity(entity_id)
    if ent is None or not ent.actor.code:
        return None
    ms = [m for m in (doc.mention(mid) for mid in ent.mention_ids) if m is not None]
    if mention is not None:
        exact = [m for m in ms if (m.start, m.end) == mention]
        ms = exact or ms
    if not ms:
        return None
    return mention_slot(doc, ms[0], ent, "speaker")


def speeches(doc: Document, slots_by_sent: dict[int, list[Slot]], cues: ModuleType) -> list[Speech]:
    """Content spans with a coded speaker, from doc.quotes or the reporting-verb fallback."""
    out = []
    for q in doc.quotes:
        slot = _speaker_slot(doc, q.speaker_entity_id, q.speaker_mention)
        if slot is not None:
            out.append(Speech(q.start, q.end, slot))
    if not doc.quotes:
        for sent in doc.sentences:
            out.extend(_reported(doc, doc.sentence_tokens(sent), slots_by_sent.get(sent.i, []), cues))
    if doc.lang == "de":
        out.extend(_fronted(doc, out, cues))
        out.extend(_continued(doc, out))
    return out


def _fronted(doc: Document, speech: list[Speech], cues: ModuleType) -> list[Speech]:
    """A Konjunktiv clause before ", sagte er" is that speaker's speech even where the quotes
    stage kept only a quoted fragment of it ("Neu-Delhi unterstütze »Terroristen«, sagte er")."""
    out: list[Speech] = []
    for sent in doc.sentences:
        tokens = doc.sentence_tokens(sent)
        for k, t in enumerate(tokens[1:-1], start=1):
            cue = tokens[k + 1]
            if t.text != "," or cue.pos not in {"VERB", "AUX"} or cue.lemma.lower() not in cues.REPORTING_VERBS:
                continue
            content = tokens[:k]
            if any(sp.start <= content[0].start and t.start <= sp.end for sp in speech) \
                    or not _konjunktiv_one(content):
                break
            # the speaker its quoted fragment was given, else none (the subject after the cue is
            # read by the quotes stage; without a quote here nothing is guessed)
            inside = [sp for sp in speech if content[0].start <= sp.start and sp.end <= t.start]
            if inside:
                out.append(Speech(content[0].start, t.start, inside[0].speaker))
            break
    return out


def _konjunktiv_one(tokens: Sequence[Token]) -> bool:
    """Does the sentence carry present subjunctive (Konjunktiv I), the mood of reported speech?"""
    for t in tokens:
        if t.pos not in {"VERB", "AUX"}:
            continue
        text, lemma = t.text.lower(), t.lemma.lower()
        if text in {"sei", "seien", "seiest"}:
            return True
        if t.feat("Mood") == "Sub" and t.feat("Tense") == "Pres":
            return True
        # 3rd person singular "nutze", "gebe", "habe" (indicative would be "nutzt", "gibt", "hat")
        if lemma.endswith("en") and text == lemma[:-1] and t.i > 0 and t.feat("Person") != "1":
            return True
    return False


def _continued(doc: Document, speech: list[Speech]) -> list[Speech]:
    """German reported speech runs on in Konjunktiv I after the sentence that names the speaker:
    "X sagte, ... . Es gebe nichts, das ... könne." -> the second sentence is X's speech too."""
    out: list[Speech] = []
    for sent in doc.sentences[1:]:
        covered = any(sp.start < sent.end and sent.start < sp.end for sp in speech + out)
        if covered or not _konjunktiv_one(doc.sentence_tokens(sent)):
            continue
        # the speaker named in one of the two sentences before (an indicative sentence may intervene)
        window = doc.sentences[max(0, sent.i - 2)].start
        before = [sp for sp in speech + out if window <= sp.start < sent.start]
        if before:
            out.append(Speech(sent.start, sent.end, max(before, key=lambda sp: sp.start).speaker))
    return out


def _reported(doc: Document, tokens: Sequence[Token], slots: list[Slot], cues: ModuleType) -> list[Speech]:
    verbs = [t for t in tokens if t.pos in {"VERB", "AUX"} and t.lemma.lower() in cues.REPORTING_VERBS]
    if not verbs or not slots:
        return []
    verb = verbs[0]
    # the speaker is the subject next to the reporting verb: "sagte X" / "X said" / "X sagte, ..."
    near = [s for s in slots if s.role in {"bare", "subj"} and abs(s.first - verb.i) <= 6]
    if not near:
        return []
    before = [s for s in near if s.last < verb.i]
    if doc.lang == "en" and before:
        speaker = before[-1]   # "X said the rebels ...": the name after "said" begins the content
    else:
        speaker = min(near, key=lambda s: abs(s.first - verb.i))
    lo, hi = min(speaker.first, verb.i), max(speaker.last, verb.i)
    before = (tokens[0].start, doc.tokens[lo].start) if lo > tokens[0].i else None
    after = (doc.tokens[hi].end, tokens[-1].end) if hi < tokens[-1].i else None
    spans = [s for s in (before, after) if s is not None and s[1] - s[0] > 10]
    return [Speech(a, b, speaker) for a, b in spans]


# Words after English "call" that make it a request or a phone call, not a judgement.
CALL_PARTICLES = frozenset({"for", "on", "upon", "off", "in", "back"})


def characterisations(doc: Document, slots_by_sent: dict[int, list[Slot]], cues: ModuleType) -> list[Speech]:
    """"X nannte die Ausweisungen »unfreundlich«", "X sprach von einem Putsch", "X called the vote a
    sham": what follows such a verb is X's judgement, read like X's speech by the statement rule."""
    verbs = getattr(cues, "CHARACTERISATION_VERBS", {})
    out: list[Speech] = []
    for sent in doc.sentences:
        tokens = doc.sentence_tokens(sent)
        for k, verb in enumerate(tokens):
            lemma = verb.lemma.lower()
            if verb.pos not in {"VERB", "AUX"} or lemma not in verbs:
                continue
            after = tokens[k + 1:]
            need = verbs[lemma]
            if (need and need not in {t.text.lower() for t in tokens}) \
                    or (after and after[0].text.lower() in CALL_PARTICLES):
                continue
            final = all(t.pos == "PUNCT" for t in after)
            judge = _judge(slots_by_sent.get(sent.i, []), verb, final, tokens)
            if judge is None:
                break
            if final and judge.last < verb.i:
                # German verb-final: "Milei hatte die Ehefrau ... als »korrupt« bezeichnet"
                out.append(Speech(doc.tokens[judge.last].end, verb.start, judge))
            else:
                out.append(Speech(doc.tokens[max(verb.i, judge.last)].end, tokens[-1].end, judge))
            break
    return out


def _judge(slots: list[Slot], verb: Token, final: bool, tokens: Sequence[Token]) -> Slot | None:
    """The subject of a judging verb: the name just before it, or before an apposition set off by commas
    ("Jorge Knoblovits, head of the Jewish umbrella group DAIA, called ..."), else (German inversion: "Am
    Montag nannte der Minister ...") the first name after it."""
    before = [s for s in slots if s.role in {"bare", "subj"} and s.last < verb.i]
    near = [s for s in before if verb.i - s.last <= 6]
    if near:
        return near[-1]
    at = {t.i: t for t in tokens}
    apposed = [s for s in before if s.last + 1 in at and at[s.last + 1].text == ","
               and verb.i - 1 in at and at[verb.i - 1].text == ","
               and not any(at[k].text in {",", ";"} for k in range(s.last + 2, verb.i - 1) if k in at)]
    if apposed:
        return apposed[-1]
    if before and final:
        return before[0]   # German verb-final: the subject opens the clause
    after = [s for s in slots if s.role in {"bare", "subj"} and s.first > verb.i and s.first - verb.i <= 3]
    return after[0] if after else None


def speaker_at(speech: list[Speech], start: int, end: int) -> Slot | None:
    """The speaker of the innermost speech span that contains [start, end)."""
    inside = [s for s in speech if s.start <= start and end <= s.end]
    return min(inside, key=lambda s: s.end - s.start).speaker if inside else None


def innermost(speech: list[Speech]) -> list[Speech]:
    """Speech spans that do not contain a smaller span of another speaker (nested quotes)."""
    return [s for s in speech if not any(o is not s and s.start <= o.start and o.end <= s.end
                                         and (o.end - o.start) < (s.end - s.start)
                                         and o.speaker.entity.id != s.speaker.entity.id for o in speech)]


def reporting_speaker(doc: Document, clause_start: int, slots: list[Slot], cues: ModuleType) -> Slot | None:
    """Speaker of a complement clause ("X told reporters that ...", "X sagte, ...") that no quote covers."""
    sent = doc.sentences[doc.tokens[clause_start].sent]
    before = doc.tokens[sent.token_start:clause_start]
    if not before or not (before[-1].text.lower() in cues.SUBORDINATORS or before[-1].text == ","):
        return None
    verbs = [t for t in before if t.pos in {"VERB", "AUX"} and t.lemma.lower() in cues.REPORTING_VERBS]
    if not verbs:
        return None
    verb = verbs[-1]
    subjects = [s for s in slots if s.last < clause_start and s.role in {"bare", "subj"}]
    if doc.lang == "en":
        subjects = [s for s in subjects if s.last < verb.i]
        return subjects[-1] if subjects else None
    near = [s for s in subjects if abs(s.first - verb.i) <= 3]
    return near[0] if near else None


def zero_that_speaker(doc: Document, clause_start: int, trigger: int, slots: list[Slot],
                      cues: ModuleType) -> Slot | None:
    """English speech without "that": "X said the group was planning attacks" (the reporting verb,
    its subject before it, and the content clause's own verb between it and the trigger)."""
    if doc.lang != "en":
        return None
    verbs = [t for t in doc.tokens[clause_start:trigger]
             if t.pos in {"VERB", "AUX"} and t.lemma.lower() in cues.REPORTING_VERBS]
    if not verbs:
        return None
    verb = verbs[0]
    if not any(t.pos in {"VERB", "AUX"} for t in doc.tokens[verb.i + 1:trigger]):
        return None   # "X announced sanctions": the trigger is the reporting verb's own object
    subjects = [s for s in slots if clause_start <= s.first and s.last < verb.i and s.role in {"bare", "subj"}]
    return subjects[-1] if subjects else None


ANY_WORDS = frozenset({"jede", "jeder", "jedes", "jeden", "jedem", "any", "every"})
NOT_WORDS = frozenset({"nicht", "nie", "niemals", "not", "never", "n't"})


def evaluation_cue(tokens: Sequence[Token], words: Sequence[str]) -> Token | None:
    """The first token that is (or, for German compounds, ends in) one of the evaluative words."""
    lowered = {w.lower() for w in words}
    for k, t in enumerate(tokens):
        if k > 0 and tokens[k - 1].text.lower() in ANY_WORDS:
            continue   # "gegen jede Aggression verteidigen", "any aggression": what might come, judging no one
        if k > 0 and tokens[k - 1].text.lower() in NOT_WORDS:
            continue   # "werde sich nicht einmischen", "would not interfere": a pledge, judging no one
        text, lemma = t.text.lower(), t.lemma.lower()
        if text in lowered or lemma in lowered:
            return t
        if t.pos == "NOUN" and any(len(w) >= 6 and lemma.endswith(w) for w in lowered):
            return t
    return None
