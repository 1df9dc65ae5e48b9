"""Indirect (reported) speech in one sentence.

Patterns, German and English:

* cue verb + dass/that clause: "Er sagte, dass ...", "He said (that) ..."
* cue verb + comma clause in Konjunktiv: "Er sagte, die Regierung werde ..."
* content first, cue after: "Die Regierung werde ..., sagte er." / "..., he said."
* prepositional frames: "laut X", "X zufolge", "nach Angaben von X", "seiner Meinung
  nach", ", so X.", ", so X, ...", "wie X mitteilte, ...", "Demnach ...", relative
  frames (", nach der ...", ", dem zufolge ..."), "according to X", "per X", "as X said, ..."
* German cue + comma + main clause in any mood ("sagte, es lebten ..."); English
  "X says, <clause>" and the parenthetical "<clause>, X says, <clause>"
* Konjunktiv continuation: a sentence without a cue whose main verb is
  Konjunktiv continues the reported speech of the sentence before (handled by
  the stage, see ``__init__``).
"""
from __future__ import annotations

from dataclasses import dataclass

from ...model import Document, Sentence, Token
from .cues import (CONDITIONAL_FORMS, Cue, causative, cue_strength, is_particle, is_subjunctive, lexicon, verb_cues,
                   verb_lemma)
from .marks import CLOSING_MARKS
from ..nlp.tagger import infixed_zu
from ..nlp.tokenizer import dateline
from .speaker import (_POSSESSIVE, GERMAN_RELATIVES, NOT_SPEAKERS, POSSESSIVE_DETERMINERS, Speaker, noun_phrase_after,
                      speaker_of_verb, to_speaker)

_MAX_GAP = 16  # tokens allowed between a cue verb and its clause (speaker, adverbials)


@dataclass(slots=True)
class Found:
    kind: str                    # direct | indirect
    start: int
    end: int
    cue: tuple[int, int] | None  # char span
    speaker: Speaker | None
    how: str = ""


def in_sentence(doc: Document, sent: Sentence, blocked: list[tuple[int, int]]) -> list[Found]:
    """Indirect quotes of one sentence; ``blocked`` are direct-quote spans (never cue or speaker)."""
    out = _frames(doc, sent, blocked)
    taken = [(f.start, f.end) for f in out]
    # a speech noun between a verb and the clause is the nearer frame ("lehnte die Forderung des Verbandes ab,
    # die Löhne einzufrieren": the demand is the association's)
    for found in _noun_cues(doc, sent, blocked) if doc.lang == "de" else []:
        if not any(a < found.end and found.start < b for a, b in taken):
            out.append(found)
            taken.append((found.start, found.end))
    cues = verb_cues(doc, sent.token_start, sent.token_end, blocked)
    final = _final_frame(doc, sent, cues, blocked)
    if final is not None and not any(a < final.end and final.start < b for a, b in taken):
        # "Japan also demanded that China take steps, Hayashi said.": the frame closing the sentence
        # reports all before it, a report inside included
        out.append(final)
        taken.append((final.start, final.end))
    for cue in cues:
        if _in_fronted_adverbial(doc, sent, cue):
            continue
        found = _verb_clause(doc, sent, cue, blocked)
        if found and final is not None and found is not final and final.start <= found.start < final.end \
                and found.start < final.end and final in out:
            # the report inside the final frame's content ends where that content ends
            found.end = min(found.end, final.end)
            out.append(found)
            continue
        if found and not any(a < found.end and found.start < b for a, b in taken):
            out.append(found)
            taken.append((found.start, found.end))
    reason = _reported_reason(doc, sent, blocked) if doc.lang == "de" else None
    if reason is not None and not any(a < reason.end and reason.start < b for a, b in taken):
        out.append(reason)
    return out


_GERMAN_POSSESSIVES = frozenset({"sein", "seine", "seinen", "seinem", "seiner", "ihr", "ihre", "ihren", "ihrem", "ihrer",
                                 "unsere", "unseren"})
_REJECTING = frozenset({"zurückweisen", "ablehnen", "bestreiten", "dementieren", "widersprechen", "kontern",
                        "entgegentreten", "zurückgewiesen", "abgelehnt"})


def _noun_cues(doc: Document, sent: Sentence, blocked: list[tuple[int, int]]) -> list[Found]:
    """ "die Forderung des CSU-Vorsitzenden, auf die SPD zuzugehen", "mit der Aufforderung, ihre Macht zu
    demonstrieren", "die Ankündigung, der Iran werde ...": a speech noun whose content follows after a comma as a
    dass/ob clause, a zu-infinitive or a Konjunktiv clause. The source is the genitive after the noun, else the
    subject of the clause (not when that subject rejects what the noun says: "wies den Vorwurf zurück, ...")."""
    tokens = doc.tokens
    nouns = getattr(lexicon(doc.lang), "SPEECH_NOUNS", frozenset())
    out = []
    for tok in tokens[sent.token_start:sent.token_end]:
        if tok.pos != "NOUN" or tok.text.lower() not in nouns or _blocked(tok, blocked):
            continue
        k = tok.i + 1
        source = None
        if k < sent.token_end and tokens[k].text.lower() in _GENITIVE_DET | {"von"}:
            source = noun_phrase_after(tokens, k + (1 if tokens[k].text.lower() == "von" else 0), sent.token_end, blocked)
            if source is None:
                continue
            k = source[1]
        if k + 1 < sent.token_end and tokens[k].text.lower() in ("an", "gegen", "bei") and tokens[k].pos == "ADP":
            addressee = noun_phrase_after(tokens, k + 1, sent.token_end, blocked) or \
                (noun_phrase_after(tokens, k + 2, sent.token_end, blocked)
                 if tokens[k + 1].text.lower() in POSSESSIVE_DETERMINERS | _GERMAN_POSSESSIVES else None)
            if addressee is not None:
                k = addressee[1]   # "mit der Aufforderung an seine Anhänger, ..."
        if k + 1 < sent.token_end and is_particle(tokens[k]) and tokens[k + 1].text == ",":
            k += 1   # the main verb's particle: "lehnte die Forderung des Verbandes ab, ..."
        if k + 2 >= sent.token_end or tokens[k].text != ",":
            continue
        first = k + 1
        last = sent.token_end
        while last > first and tokens[last - 1].pos == "PUNCT" and tokens[last - 1].text not in CLOSING_MARKS:
            last -= 1
        last = _clause_end(doc, first, last)
        if last - first < 3:
            continue
        how = None
        if tokens[first].text.lower() in ("dass", "daß", "ob"):
            how = "noun+complementizer"
        elif _zu_infinitive(doc, first, last) and not any(t.pos in ("VERB", "AUX") and not t.text.startswith("zu")
                                                          and t.feat("VerbForm") == "Fin" for t in tokens[first:last]):
            how = "noun+zu-infinitive"
        elif _verb_second(doc, first, last) and _has_subjunctive(doc, first, min(last, first + 6)):
            how = "noun+konjunktiv"
        if how is None:
            continue
        if source is not None:
            speaker = to_speaker(doc, source)
        else:
            main = next((t for t in tokens[sent.token_start:tok.i] if t.pos in ("VERB", "AUX")), None)
            main = main or next((t for t in tokens[tok.i:first] if t.pos in ("VERB", "AUX")), None)
            lemma = verb_lemma(doc, main, sent.token_end) if main is not None else ""
            speaker = None
            if main is not None and lemma not in _REJECTING:
                speaker = speaker_of_verb(doc, main.i, blocked + [(tokens[first].start, tokens[last - 1].end)])
                if speaker is not None and not _actor_like(doc, speaker):
                    speaker = None
        out.append(Found("indirect", tokens[first].start, tokens[last - 1].end, (tok.start, tok.end), speaker,
                         how))
    return out


def _final_frame(doc: Document, sent: Sentence, cues: list[Cue], blocked: list[tuple[int, int]]) -> Found | None:
    """The content+cue report of the sentence's last cue when earlier cues stand inside its content."""
    if len(cues) < 2 or not cues[-1].strong:
        return None
    found = _verb_clause(doc, sent, cues[-1], blocked)
    if found is None or found.how != "content+cue":
        return None
    inside = [c for c in cues[:-1] if found.start <= doc.tokens[c.first].start < found.end]
    return found if inside else None


_REASON_WORDS = frozenset({"weil"})
# Conjunctions whose clause reports the subject's condition or reason only with a Konjunktiv I (a
# Konjunktiv II there may be a plain conditional): "lehnte ab, solange die Reform nicht zurückgezogen werde"
_KONJUNKTIV_I_WORDS = frozenset({"solange", "sofern", "da"})


def _reported_reason(doc: Document, sent: Sentence, blocked: list[tuple[int, int]]) -> Found | None:
    """A "weil" clause in Konjunktiv gives the reason as the subject of the main clause states it, not
    as the writer's fact ("Die Vertreter erwarten keine schnelle Entscheidung, weil die Abgeordneten
    keinen Eilantrag gestellt hätten")."""
    tokens = doc.tokens
    for tok in tokens[sent.token_start + 2:sent.token_end]:
        word = tok.text.lower()
        if word not in _REASON_WORDS | _KONJUNKTIV_I_WORDS or tokens[tok.i - 1].text != "," or _blocked(tok, blocked):
            continue
        last = sent.token_end
        while last > tok.i and tokens[last - 1].pos == "PUNCT":
            last -= 1
        last = _clause_end(doc, tok.i + 1, last)
        own_end = next((t.i for t in tokens[tok.i + 1:last] if t.text == ","), last)
        if last - tok.i < 4 or not _has_subjunctive(doc, tok.i + 1, own_end):
            return None   # (a Konjunktiv further on belongs to a clause inside: "weil X ergeben hat, dass ... sei")
        if word in _KONJUNKTIV_I_WORDS and not any(is_subjunctive(doc, t) and t.text.lower() not in CONDITIONAL_FORMS
                                                   for t in tokens[tok.i + 1:own_end]):
            return None
        main = next((t for t in tokens[sent.token_start:tok.i] if t.pos in ("VERB", "AUX")), None)
        if main is None or is_subjunctive(doc, main):
            return None   # the main clause is reported speech itself, continued elsewhere
        speaker = speaker_of_verb(doc, main.i, blocked + [(tok.start, tokens[last - 1].end)])
        if speaker is None or not _actor_like(doc, speaker) or speaker.entity_id is None and \
                doc.text[speaker.start:speaker.end].lower() in lexicon(doc.lang).IMPERSONAL_SUBJECTS:
            return None
        return Found("indirect", tok.start, tokens[last - 1].end, None, speaker, "reason in konjunktiv")
    return None


def verb_report(doc: Document, sent: Sentence, cue: Cue, blocked: list[tuple[int, int]]) -> Found | None:
    """The report a cue verb opens in its sentence (a dass clause, a Konjunktiv clause, ...), or None."""
    return _verb_clause(doc, sent, cue, blocked)


def _verb_clause(doc: Document, sent: Sentence, cue: Cue, blocked: list[tuple[int, int]]) -> Found | None:
    tokens = doc.tokens
    verb = tokens[cue.first]
    comp = lexicon(doc.lang).COMPLEMENTIZERS
    # clause after the cue: "sagte (der Präsident), dass/die Regierung werde ..."
    skip_to = 0
    for j in range(cue.last, min(cue.last + _MAX_GAP, sent.token_end)):
        tok = tokens[j]
        if j < skip_to:
            continue
        if doc.lang == "de" and tok.text == "," and j > cue.last:
            closing = _apposition_end(tokens, j, sent.token_end)
            if closing is not None:
                skip_to = closing + 1   # "gab der Leiter, Andreas Huber, bekannt, dass": the name is set off
                continue
        if doc.lang == "en" and tok.text in ('"', "“") and cue.strong and cue.lemma in _SAY_LEMMAS \
                and _quoted_subject(tokens, j, sent, blocked):
            return _clause(doc, sent, cue, j, blocked, "cue+quoted subject")   # said "years of misrule" had driven
        if _blocked(tok, blocked) or tok.pos in ("VERB", "AUX") and j > cue.last and doc.lang == "de" \
                and not is_particle(tok) and not (cue.opinion and tokens[j + 1].text == ","):
            break   # (the cue's own particle, tagged VERB: "wurde dann bekannt, dass"; the participle of a
            #          view: "sei zu dem Schluss gekommen, dass")
        if tok.text in (":", ";"):
            break
        if doc.lang == "en" and cue.lemma in _CHARGING_LEMMAS and tok.text.lower() == "of" and j > cue.last \
                and j + 1 < sent.token_end and tokens[j + 1].text.lower().endswith("ing"):
            return _charge(doc, sent, cue, j + 1, blocked)   # "accused Carney of caving to Trump"
        if tok.text in ("“", "„", '"', "»", "«"):
            if any(a <= tok.start < b for a, b in blocked):
                break   # a quotation starts: "sagte „..."
            continue    # the marks of a name: "sagte der „Berliner Zeitung“, dass ..."
        if tok.text.lower() in comp:
            return _clause(doc, sent, cue, j, blocked, "cue+complementizer")
        if tok.text == "," and j + 1 < sent.token_end:
            nxt = tokens[j + 1]
            if nxt.text.lower() in comp:
                return _clause(doc, sent, cue, j + 1, blocked, "cue+complementizer")
            if doc.lang == "de" and nxt.text.lower() in _ADVERBIAL_SCONJ | {"um", "sobald", "falls", "wenn"}:
                break   # "befürchtet, sobald er ...", "forderten, um ... zu": an adverbial clause, not the report
            if doc.lang == "en" and cue.strong and j == cue.last:
                found = _english_comma_clause(doc, sent, cue, j, blocked)
                if found is not None:
                    return found
            if doc.lang == "de" and cue.strong and _has_subjunctive(doc, j + 1, sent.token_end):
                return _with_fronted_part(doc, sent, cue, _clause(doc, sent, cue, j + 1, blocked, "cue+konjunktiv"))
            if doc.lang == "de" and cue.strong and verb.feat("VerbForm") != "Part" \
                    and _verb_second(doc, j + 1, sent.token_end):
                return _clause(doc, sent, cue, j + 1, blocked, "cue+main clause")
            if doc.lang == "de" and _zu_infinitive(doc, j + 1, sent.token_end):
                return _clause(doc, sent, cue, j + 1, blocked, "cue+zu-infinitive")
            if doc.lang == "de" and _wie_clause(doc, cue, sent):
                return _clause(doc, sent, cue, j + 1, blocked, "wie+cue")
            break
        if doc.lang == "en" and cue.strong and cue.lemma in _SAY_LEMMAS:
            if cue.lemma == "tell" and j == cue.last:
                continue
            if tokens[j - 1].pos == "ADP" and tok.text.lower() in NOT_SPEAKERS:
                continue   # "said on Tuesday that ...": the time adverbial is no clause subject
            if cue.first == sent.token_start or tokens[cue.first - 1].text in ('"', "”", "''", "’"):
                break   # inverted frame ('"...," said Cruz constituent X when asked'): the words are before
            if tok.pos in ("DET", "PRON", "PROPN", "NOUN", "NUM") and _finite_after(tokens, j, sent.token_end) \
                    and (cue.lemma != "tell" or tokens[j - 1].pos in ("NOUN", "PRON", "PROPN")):
                return _clause(doc, sent, cue, j, blocked, "cue+bare clause")
    # content before the cue: "Die Regierung werde ..., sagte er." / "..., he said."
    prev = tokens[cue.first - 1] if cue.first > sent.token_start else None
    prev2 = tokens[cue.first - 2] if cue.first - 2 >= sent.token_start else None
    comma_at = None
    lassen = causative(doc, cue.first)
    if prev is not None and prev.text == ",":
        comma_at = prev
    elif lassen is not None and lassen < cue.first and lassen - 1 > sent.token_start and tokens[lassen - 1].text == ",":
        comma_at = tokens[lassen - 1]   # "Die Armee greife keine Zivilisten an, ließ er über das Staatsfernsehen erklären."
    elif _wie_tail(doc, cue, sent) is not None:
        comma_at = _wie_tail(doc, cue, sent)   # "..., wie der Sprecher mitteilte."
    elif doc.lang == "en" and prev is not None and prev2 is not None and prev2.text == "," \
            and prev.pos in ("PRON", "PROPN"):
        comma_at = prev2   # ", he said"
    elif doc.lang == "en" and prev is not None and prev.pos in ("NOUN", "PROPN"):
        np_start = _np_start(tokens, cue.first - 1, sent.token_start, links=True)
        if np_start - 1 >= sent.token_start and tokens[np_start - 1].text == ",":
            comma_at = tokens[np_start - 1]   # ", the spokesman said"
    if comma_at is not None and cue.strong and not _gerund(doc, verb) and _after_cue_is_frame_end(doc, cue, sent):
        start = tokens[_after_dateline(doc, sent)]
        if _blocked(start, blocked) or any(a <= start.start < b for a, b in blocked):
            return None
        if _narrated_report(doc, start.i, comma_at.i, cue, sent, blocked):
            return None   # "Pita nannte das Urteil einen »Rückschlag«, rief seine Anhänger aber zur Ruhe auf"
        if _has_finite(tokens, sent.token_start, comma_at.i) and not _subject_with_relative(tokens, sent.token_start, comma_at.i) \
                and not _fronted_clause(doc, start.i, comma_at.i):
            content = (start.start, comma_at.start)
            return Found("indirect", start.start, comma_at.start, (verb.start, verb.end),
                         speaker_of_verb(doc, cue.first, blocked + [content]), "content+cue")
    return None


def _charge(doc: Document, sent: Sentence, cue: Cue, first: int, blocked: list[tuple[int, int]]) -> Found | None:
    """What an English charge says someone did, "of" and its gerund phrase up to a comma that opens a clause of
    its own ("accused Ottawa of failing to stop the flow of fentanyl, saying ...")."""
    tokens = doc.tokens
    last = next((j for j in range(first + 1, sent.token_end - 1) if _clause_opens(tokens[j], tokens[j + 1])),
                sent.token_end)
    while last > first and tokens[last - 1].pos == "PUNCT" and tokens[last - 1].text not in _CLOSING_QUOTE_MARKS:
        last -= 1
    if last - first < 3 or any(a <= tokens[first].start < b for a, b in blocked):
        return None
    verb = tokens[cue.first]
    content = (tokens[first].start, tokens[last - 1].end)
    return Found("indirect", content[0], content[1], (verb.start, verb.end),
                 speaker_of_verb(doc, cue.first, blocked + [content]), "charge+of-gerund")


def _clause_opens(word: Token, nxt: Token) -> bool:
    """A comma before a verb, pronoun or conjunction (", saying ..."), or "and" before a finite verb ("... of
    insulting Spain and demanded that ..."): the charge ends and the accuser's own words go on."""
    if word.text in (",", ";", "—"):
        return nxt.pos in ("VERB", "AUX", "SCONJ", "PRON") or nxt.text.lower() in ("and", "but")
    return word.text.lower() in ("and", "but") and nxt.pos in ("VERB", "AUX") and not nxt.text.lower().endswith("ing")


def _fronted_clause(doc: Document, first: int, comma: int) -> bool:
    """German words before ", <cue>" that are an adverbial clause ("Falls das Unternehmen Insolvenz anmelden
    muss, droht ...", "Nachdem es ... gekommen war, forderten ...") or a noun phrase whose only verb is in its
    relative clause ("In einem Referendum, das ... stattfand, sprach sich ...") are the frame's setting, not
    what was said."""
    if doc.lang != "de":
        return False
    tokens = doc.tokens
    if tokens[first].pos == "SCONJ" and tokens[first].text.lower() in _ADVERBIAL_SCONJ | {"falls", "obwohl", "ob"}:
        return True
    for j in range(first + 1, comma - 1):
        if tokens[j].text != ",":
            continue
        k = j + 1 + (tokens[j + 1].pos == "ADP")
        if tokens[k].text.lower() in GERMAN_RELATIVES and tokens[k].pos in ("PRON", "DET"):
            # the relative clause runs to the frame's comma: no verb of a main clause before it
            return not _has_finite(tokens, first, j)
        return False
    return False


def _narrated_report(doc: Document, first: int, last: int, cue: Cue, sent: Sentence,
                     blocked: list[tuple[int, int]]) -> bool:
    """ "Pita nannte das Urteil einen »Rückschlag«, rief seine Anhänger aber zur Ruhe auf": German words
    before ", <cue> ... aber" whose own main verb is an indicative speech verb narrate a first act; the cue
    after the comma is a second act of the same subject (the adverb marks the coordination), not the frame."""
    if doc.lang != "de":
        return False
    if not any(t.text.lower() in _COORDINATING_ADVERBS for t in doc.tokens[cue.last:sent.token_end]):
        return False
    verb = next((t for t in doc.tokens[first:last] if t.pos in ("VERB", "AUX")), None)
    if verb is None or is_subjunctive(doc, verb):
        return False
    return any(c.first == verb.i and (c.strong or c.lemma in ("nennen", "bezeichnen"))
               for c in verb_cues(doc, first, last, blocked))


_COORDINATING_ADVERBS = frozenset({"aber", "jedoch", "zugleich", "gleichzeitig", "anschließend", "zudem", "außerdem"})


_APPOSITION_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "NUM"})


def _apposition_end(tokens: list[Token], comma: int, end: int) -> int | None:
    """The comma closing a name or title set off after the speaker (", Andreas Huber,", ", Sprecher der
    Polizei,"), when a noun stands before ``comma``; None when a clause follows the comma."""
    if tokens[comma - 1].pos not in ("NOUN", "PROPN"):
        return None
    k = comma + 1
    while k < end and tokens[k].pos in _APPOSITION_POS and not tokens[k].text.lower() in ("dass", "daß"):
        k += 1
    if k == comma + 1 or k >= end - 1 or tokens[k].text != "," or tokens[comma + 1].pos == "DET" \
            and tokens[comma + 1].text.lower() in ("der", "die", "das", "dem", "den", "dessen", "deren") \
            and tokens[comma + 2].pos not in _APPOSITION_POS:
        return None
    return k


def _after_dateline(doc: Document, sent: Sentence) -> int:
    """First token of the sentence after a dateline ("WASHINGTON (AP) — ...")."""
    span = dateline(doc, sent)
    if span is None:
        return sent.token_start
    return next((t.i for t in doc.tokens[sent.token_start:sent.token_end] if t.start >= span[1]), sent.token_start)


def _with_fronted_part(doc: Document, sent: Sentence, cue: Cue, found: Found | None) -> Found | None:
    """ "Die Lage im Land, sagte der Minister, sei ernst.": the verbless part before the
    parenthetical frame belongs to the reported clause."""
    tokens = doc.tokens
    if found is None or cue.first - 1 <= sent.token_start + 1 or tokens[cue.first - 1].text != ",":
        return found
    head = tokens[sent.token_start:cue.first - 1]
    if any(t.pos in ("VERB", "AUX", "SCONJ") or t.text in (",", ";", ":") for t in head):
        return found
    return Found(found.kind, head[0].start, found.end, found.cue, found.speaker, found.how + "+fronted")


_CHARGING_LEMMAS = frozenset({"accuse"})   # "accused X of doing": what X is said to have done
_SAY_LEMMAS = frozenset({"say", "tell", "add", "warn", "claim", "insist", "argue", "believe", "think", "predict",
                         "note", "report", "announce"})


def _quoted_subject(tokens: list[Token], j: int, sent: Sentence, blocked: list[tuple[int, int]]) -> bool:
    """The clause after the cue opens with a quoted phrase that a finite verb follows: mixed speech
    ('saying "years of misrule and hunger" had driven people onto the streets')."""
    span = next(((a, b) for a, b in blocked if tokens[j].start <= a <= tokens[j].end + 1 or a <= tokens[j].start < b), None)
    if span is None:
        return False
    after = next((k for k in range(j + 1, sent.token_end) if tokens[k].start >= span[1]), None)
    if after is not None and tokens[after].text in _CLOSING_QUOTE_MARKS:
        after += 1   # (the span of a direct quote may or may not hold its marks)
    return after is not None and after < sent.token_end and tokens[after - 1].text in _CLOSING_QUOTE_MARKS \
        and tokens[after].pos in ("VERB", "AUX") and tokens[after].lemma.lower() not in _SAY_LEMMAS


_CLOSING_QUOTE_MARKS = frozenset({'"', "”", "“", "'", "’"})


def _english_comma_clause(doc: Document, sent: Sentence, cue: Cue, comma: int,
                          blocked: list[tuple[int, int]]) -> Found | None:
    """English "X says, <clause>" and the parenthetical "<clause>, Barden says, <clause>": the
    reported words are the rest of the sentence (and, when parenthetical, the part before it)."""
    tokens = doc.tokens
    if not _has_finite(tokens, comma + 1, sent.token_end) or tokens[comma + 1].pos in ("SCONJ", "VERB", "AUX"):
        return None
    if tokens[comma + 1].text.lower() in ("who", "which", "and", "but", "as", "when", "while", "if", "because"):
        return None
    np_start = _np_start(tokens, cue.first - 1, sent.token_start)
    parenthetical = np_start < cue.first and np_start - 1 > sent.token_start and tokens[np_start - 1].text == ","
    if parenthetical and not _has_finite(tokens, sent.token_start, np_start - 1) and \
            len(tokens[sent.token_start:np_start - 1]) < 3:
        return None
    if not parenthetical and not (np_start == sent.token_start or tokens[cue.first - 1].pos in ("PRON", "PROPN", "NOUN")):
        return None
    last = sent.token_end
    while last > comma + 1 and tokens[last - 1].pos == "PUNCT":
        last -= 1
    start = tokens[sent.token_start].start if parenthetical else tokens[comma + 1].start
    content = [(start, tokens[last - 1].end)]
    frame = (tokens[np_start].start, tokens[comma].end)
    speaker = speaker_of_verb(doc, cue.first, blocked + [(start, frame[0]), (frame[1], tokens[last - 1].end)])
    if speaker is None:
        return None
    verb = tokens[cue.first]
    return Found("indirect", content[0][0], content[0][1], (verb.start, verb.end), speaker,
                 "parenthetical cue" if parenthetical else "cue+comma clause")


def _clause(doc: Document, sent: Sentence, cue: Cue, first: int, blocked: list[tuple[int, int]],
            how: str) -> Found | None:
    tokens = doc.tokens
    last = sent.token_end
    while last > first and tokens[last - 1].pos == "PUNCT" and tokens[last - 1].text not in ("“", "”", '"', "«", "»"):
        last -= 1
    if doc.lang == "de":
        last = _clause_end(doc, first, last)
    elif _in_relative_clause(tokens, cue.first, sent.token_start):
        # "Mondlane, who says he won the vote, has demanded ...": the report ends with the relative clause
        last = next((j for j in range(first + 2, last - 1) if tokens[j].text == ","
                     and tokens[j + 1].pos in ("VERB", "AUX")), last)
    if last - first < 3:
        return None
    verb = tokens[cue.first]
    content = (tokens[first].start, tokens[last - 1].end)
    speaker = speaker_of_verb(doc, cue.first, blocked + [content])   # the speaker is never in the content
    if not cue.strong and (speaker is None or not _actor_like(doc, speaker)) and \
            not (cue.opinion and _holds_views(doc, speaker)) and not _impersonal_passive(doc, cue, how):
        return None   # a weak cue ("zeigen", "bestätigen") reports speech only with an actor as speaker
    return Found("indirect", tokens[first].start, tokens[last - 1].end, (verb.start, verb.end), speaker, how)


_PASSIVE_AUX = frozenset({"wird", "wurde", "werde", "würde", "ist", "war"})


def _impersonal_passive(doc: Document, cue: Cue, how: str) -> bool:
    """ "Es wird befürchtet, dass ...", "Es ist geplant, dass ...": an expletive passive reports a view or plan
    nobody is named for; the clause is reported all the same (its source unknown)."""
    if doc.lang != "de" or how != "cue+complementizer" or cue.first < 2:
        return False
    es, aux, verb = doc.tokens[cue.first - 2], doc.tokens[cue.first - 1], doc.tokens[cue.first]
    return es.text.lower() == "es" and aux.text.lower() in _PASSIVE_AUX and verb.pos == "VERB" \
        and verb.feat("VerbForm") in ("Part", None, "")


def _in_relative_clause(tokens: list[Token], cue: int, start: int) -> bool:
    """The cue follows ", who"/", which" (an adverb between allowed): "X, who says ..."."""
    j = cue - 1
    while j > start and tokens[j].pos == "ADV":
        j -= 1
    return j > start and tokens[j].text.lower() in ("who", "which") and tokens[j - 1].text == ","


def _holds_views(doc: Document, speaker: Speaker | None) -> bool:
    """The subject of a named view ("Beobachter halten es für unwahrscheinlich, dass", "Die Studie kommt
    zu dem Ergebnis, dass") holds it, person or document alike; not an expletive ("Es ist möglich, dass")."""
    if speaker is None:
        return False
    return doc.text[speaker.start:speaker.end].lower() not in lexicon(doc.lang).IMPERSONAL_SUBJECTS | {
        "das", "dies", "dieses", "this", "that", "it"}


def _subject_with_relative(tokens: list[Token], first: int, end: int) -> bool:
    """ "Ramos, whose new book features ..., said": the words before the comma are the subject and
    its relative clause, not the reported content."""
    for j in range(first + 1, min(end, first + 8)):
        if tokens[j].text == "," and j + 1 < end:
            # (a relative clause that closes before the comma ends: "The hīkoi, which began ..., ended
            # peacefully, police said" reports its own clause)
            return tokens[j + 1].text.lower() in ("who", "whose", "which", "der", "die", "das", "dessen", "deren") \
                and all(t.pos in ("PROPN", "NOUN", "DET", "ADJ", "NUM", "PUNCT") for t in tokens[first:j]) \
                and not any(t.text == "," for t in tokens[j + 1:end])
    return False


def _actor_like(doc: Document, speaker: Speaker) -> bool:
    """The speaker is a person or organisation ("die Behörde bestätigte, dass"), not a thing
    ("Die Entscheidung bestätigt, dass"). Without actor mentions every speaker passes."""
    if not doc.mentions or speaker.pronoun or speaker.entity_id is not None:
        return True
    return any(m.start < speaker.end and speaker.start < m.end and m.label in ("PER", "ORG", "GPE", "MISC")
               for m in doc.mentions)


def _clause_end(doc: Document, first: int, last: int) -> int:
    """German: the reported clause ends where a main clause resumes ("..., flüchtete sie"), not at a
    condition it carries (", sollte Ankara keine Garantien geben") nor after its own subject clause
    ("wer zu Unruhen aufrufe, werde verfolgt")."""
    tokens, lex = doc.tokens, lexicon(doc.lang)
    for j in range(first + 2, last - 1):
        if tokens[j].text != "," or tokens[j - 1].pos not in ("VERB", "AUX"):
            continue
        k = j + 2 if tokens[j + 1].text.lower() in lex.CLAUSE_CONJUNCTIONS and j + 2 < last else j + 1
        if tokens[k].text.lower() in lex.CONDITIONAL_V1 or (
                k == j + 1 and tokens[first].text.lower() in lex.FREE_RELATIVES
                and not any(t.text == "," for t in tokens[first:j])):
            continue
        if tokens[k].pos in ("VERB", "AUX"):
            return j   # (", und verlangte ...": the main clause goes on with a second verb)
    return last


def _frames(doc: Document, sent: Sentence, blocked: list[tuple[int, int]]) -> list[Found]:
    """Prepositional frames: laut X, X zufolge, nach Angaben von X, so X, wie X sagte, according to X."""
    lex = lexicon(doc.lang)
    tokens = doc.tokens
    out = []
    for tok in tokens[sent.token_start:sent.token_end]:
        if _blocked(tok, blocked):
            continue
        low = tok.text.lower()
        if low in getattr(lex, "REPORT_RELATIVES", ()):
            reported = _report_relative(doc, sent, tok, blocked)
            if reported is not None:
                out.append(reported)
            continue
        nxt = tokens[tok.i + 1] if tok.i + 1 < sent.token_end else None
        until = None   # token index where the content ends, when not at the frame
        frame: tuple[int, int, tuple[int, int] | None] | None = None   # cue first, cue last, speaker phrase
        if low == "per" and (nxt is None or nxt.pos not in ("DET", "PROPN") or tok.i > sent.token_start
                             and any(ch.isdigit() for ch in tokens[tok.i - 1].text)):
            continue   # a rate ("$5 per hour", "per capita"), not "per the report" / "per Reuters"
        if low in lex.CUE_BEFORE or (low == "according" and nxt is not None and nxt.text.lower() == "to"):
            first = tok.i + (2 if low == "according" else 1)
            if first + 1 < sent.token_end and tokens[first].text in _OPENING_MARKS:
                first += 1   # "laut „Welt“", "according to 'Politico'"
            phrase = noun_phrase_after(tokens, first, sent.token_end, blocked)
            if phrase and tokens[phrase[1] - 1].text.lower() in lex.NACH_NOUNS:
                # "laut Angaben aus Jerusalem", "laut Angaben des Ministeriums": the source follows
                k = phrase[1] + (1 if phrase[1] < sent.token_end and tokens[phrase[1]].text.lower() in ("aus", "von") else 0)
                phrase = noun_phrase_after(tokens, k, sent.token_end, blocked) or phrase
            frame = (tok.i, first, phrase)
        elif low in lex.CUE_AFTER and tok.i > sent.token_start:
            np_start = _np_start(tokens, tok.i - 1, sent.token_start)
            if np_start == tok.i and tokens[tok.i - 1].pos == "PRON":
                np_start = tok.i - 1   # "Ihm zufolge"
            frame = (tok.i, tok.i + 1, (np_start, tok.i) if np_start < tok.i else None)
        elif low == "nach" and nxt is not None:
            frame = _nach_frame(doc, tok, sent, blocked)
            if frame is None and tok.i > sent.token_start and _is_nach_noun(doc, tokens[tok.i - 1].text.lower()):
                # postposed: "Seiner Meinung nach", "Dem Vernehmen nach", "Angaben der Polizei nach"
                np_start = _np_start(tokens, tok.i - 1, sent.token_start)
                if tokens[np_start].pos in ("DET", "PRON", "PROPN"):   # not "freie Sicht nach draußen"
                    frame = (tok.i, tok.i + 1, (np_start, tok.i))
        elif low in lex.ANAPHORIC_FRAMES and tok.i <= sent.token_start + 1:
            # "Demnach ...": the source of the sentence before, resolved by the stage
            frame = (tok.i, tok.i + 1, (tok.i, tok.i + 1))
        elif low in lex.SO_WORDS and tok.i > sent.token_start and tokens[tok.i - 1].text in _SO_OPENERS:
            phrase = noun_phrase_after(tokens, tok.i + 1, sent.token_end, blocked)
            colon = _colon_after(tokens, phrase[1], sent.token_end) if phrase else None
            if phrase and _only_adjuncts_after(tokens, phrase[1], colon if colon is not None else sent.token_end):
                frame = (tok.i, tok.i + 1, phrase)
                if colon is not None and tok.i - 1 > sent.token_start:
                    # "..., so Elshorst weiter: „...“": the report is what stands before the frame; the quotation
                    # after the colon is found on its own
                    until = tok.i - 1
            elif phrase and _parenthetical_so(tokens, sent, tok.i, phrase):
                frame = (tok.i, tok.i + 1, phrase)   # parenthetical: "Es sei, so der Bericht, möglich gewesen"
        if frame is None:
            continue
        cue_first, cue_last, maybe_phrase = frame
        if maybe_phrase is None:
            continue
        phrase = _with_place(tokens, maybe_phrase, sent.token_end) if maybe_phrase[0] >= cue_first else maybe_phrase
        relative = _relative_clause(doc, sent, cue_first, phrase)
        if relative is not None:
            out.append(Found("indirect", relative[0], relative[1], (tokens[cue_first].start, tokens[cue_last - 1].end),
                             to_speaker(doc, phrase), f"frame:{low}"))
            continue
        # the frame is the cue and its phrase, unless the phrase is elsewhere ("Die Feuerwehr hat nach
        # eigenen Angaben ...": the subject is the source, the frame is "nach eigenen Angaben")
        frame_start = cue_first if phrase[1] < cue_first else min(cue_first, phrase[0])
        # (the subject after "Nach eigenen Angaben verstärkte" belongs to the report, not to the frame)
        frame_end = phrase[1] if phrase[0] >= cue_first and not _own_frame(tokens, cue_first, cue_last) else cue_last
        start, end = _content_around(doc, sent, cue_first, frame_end, frame_start)
        if until is not None:
            start, end = tokens[_after_dateline(doc, sent)].start, tokens[until - 1].end
        if end - start < 8:
            continue
        out.append(Found("indirect", start, end, (tokens[cue_first].start, tokens[cue_last - 1].end),
                         _frame_speaker(doc, phrase, cue_first, cue_last), f"frame:{low}"))
    return out


def _report_relative(doc: Document, sent: Sentence, tok: Token, blocked: list[tuple[int, int]]) -> Found | None:
    """ "ein Bericht der Agentur, wonach ...": the clause is what the noun before it says, so that
    noun phrase is the source, not the subject of the main clause ("X bestätigte die Befunde, wonach")."""
    tokens = doc.tokens
    comma = tok.i - 1
    if comma <= sent.token_start or tokens[comma].text != ",":
        return None
    phrase = _source_before(doc, sent, comma, blocked)
    first, last = tok.i + 1, sent.token_end
    while last > first and tokens[last - 1].pos == "PUNCT" and tokens[last - 1].text not in CLOSING_MARKS:
        last -= 1
    last = _clause_end(doc, first, last)
    if phrase is None or last - first < 3:
        return None
    return Found("indirect", tokens[first].start, tokens[last - 1].end, (tok.start, tok.end),
                 to_speaker(doc, phrase), "frame:" + tok.text.lower())




def _source_before(doc: Document, sent: Sentence, comma: int,
                   blocked: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The noun phrase ending at ``comma`` (a name in marks included: "der Zeitung „Hoy Bolivia“"), or
    after a clause-final verb the report noun of its clause ("hat Pressemeldungen ... zurückgewiesen")."""
    tokens = doc.tokens
    i = comma - 1
    if tokens[i].text in CLOSING_MARKS:
        opener = next((j for j in range(i - 1, max(sent.token_start, i - 8) - 1, -1)
                       if tokens[j].text in _OPENING_MARKS), None)
        if opener is None or opener <= sent.token_start:
            return None
        i = opener - 1
    if tokens[i].pos in ("NOUN", "PROPN"):
        return (_np_start(tokens, i, sent.token_start), comma)
    if tokens[i].pos != "VERB":
        return None
    for j in range(i - 1, sent.token_start - 1, -1):
        if tokens[j].text in (",", ";", ":") and not _inside_apposition(tokens, j, i):
            return None
        if tokens[j].pos == "NOUN" and _is_nach_noun(doc, tokens[j].text.lower()):
            return noun_phrase_after(tokens, _np_start(tokens, j, sent.token_start), comma, blocked)
    return None


def _inside_apposition(tokens: list[Token], comma: int, verb: int) -> bool:
    """A comma inside the object ("Pressemeldungen von Donnerstag, dem 2. Dezember, zurückgewiesen"), not
    one that opens another clause: no verb between it and the clause-final verb."""
    return not any(t.pos in ("VERB", "AUX") for t in tokens[comma + 1:verb])


def _frame_speaker(doc: Document, phrase: tuple[int, int], cue_first: int, cue_last: int) -> Speaker:
    """"nach eigenen Angaben" names its source like a reflexive pronoun: the words are the
    mention, the clause subject gives the entity."""
    speaker = to_speaker(doc, phrase)
    tokens = doc.tokens
    if not _own_frame(tokens, cue_first, cue_last) or cue_first <= phrase[0] < cue_last:
        return speaker
    return Speaker(tokens[cue_last - 2].start, tokens[cue_last - 1].end, speaker.entity_id, pronoun=True)


def _own_frame(tokens: list[Token], cue_first: int, cue_last: int) -> bool:
    return cue_last - cue_first >= 3 and tokens[cue_last - 2].text.lower() in ("eigenen", "eigener")


def _with_place(tokens: list[Token], phrase: tuple[int, int], stop: int) -> tuple[int, int]:
    """A frame's source phrase with its place when the clause verb follows: "Nach Angaben des
    Gesundheitsministeriums in Gaza wurden ...", "According to officials in Kabul, ..."."""
    k = phrase[1]
    if k + 1 >= stop or tokens[k].text.lower() not in ("in", "im", "aus") or tokens[k + 1].pos != "PROPN":
        return phrase
    m = k + 1
    while m < stop and tokens[m].pos == "PROPN":
        m += 1
    if m < stop and (tokens[m].pos in ("VERB", "AUX") or tokens[m].text == ","):
        return (phrase[0], m)
    return phrase


_RELATIVE_SOURCES = frozenset({"dem", "der", "denen", "welchem", "welcher", "dessen", "deren"})


def _relative_clause(doc: Document, sent: Sentence, cue_first: int,
                     phrase: tuple[int, int]) -> tuple[int, int] | None:
    """A frame opening a relative clause reports only that clause: "eine Umfrage, nach der 72 Prozent
    die Verfassung ablehnen, ...", "ein Bericht, dem zufolge ...". Char span of the clause, or None."""
    tokens = doc.tokens
    first = min(cue_first, phrase[0])
    if doc.lang != "de" or first <= sent.token_start or tokens[first - 1].text != ",":
        return None
    pronoun = tokens[phrase[0]].text.lower()
    if pronoun not in _RELATIVE_SOURCES or (phrase[1] - phrase[0] > 1 and pronoun not in ("dessen", "deren")):
        return None   # "der Bericht" after "so" is an article, not a relative pronoun
    begin = max(phrase[1], cue_first + 1)
    last = sent.token_end
    for j in range(begin + 1, sent.token_end):
        if tokens[j].text in (",", ";", ":") and tokens[j - 1].pos in ("VERB", "AUX"):
            last = j
            break
    while last > begin and tokens[last - 1].pos == "PUNCT":
        last -= 1
    if last - begin < 3:
        return None
    return (tokens[begin].start, tokens[last - 1].end)


def _nach_frame(doc: Document, tok: Token, sent: Sentence,
                blocked: list[tuple[int, int]]) -> tuple[int, int, tuple[int, int] | None] | None:
    tokens = doc.tokens
    j = tok.i + 1
    if tok.i > sent.token_start and tokens[tok.i - 1].text == "," and tokens[j].text.lower() in _RELATIVE_SOURCES:
        if tokens[j].text.lower() in ("dessen", "deren"):    # ", nach dessen Angaben ..."
            return (tok.i, j + 2, (j, j + 2)) if j + 1 < sent.token_end and _is_nach_noun(
                doc, tokens[j + 1].text.lower()) else None
        if j + 1 < sent.token_end and tokens[j + 1].pos in ("NOUN", "ADJ", "PROPN"):
            return None   # ", nach dem Prinzip der Gegenseitigkeit": an article, no relative source
        return (tok.i, j + 1, (j, j + 1))                   # ", nach denen ..."
    if j + 1 < sent.token_end and (tokens[j].pos == "DET" or tokens[j].pos == "PROPN" and tokens[j].text.endswith("s")):
        j += 1   # "nach einer ersten Analyse", "nach den Worten der Sprecherin", "nach Grupps Meinung"
    while j < sent.token_end and tokens[j].pos == "ADJ":
        j += 1
    if j >= sent.token_end or not _is_nach_noun(doc, tokens[j].text.lower()):
        return None
    k = j + 1
    linked = k < sent.token_end and tokens[k].text.lower() in ("von", "aus")
    if linked:
        k += 1
    phrase = noun_phrase_after(tokens, k, sent.token_end, blocked)
    if phrase and not linked and tokens[k].text.lower() not in _GENITIVE_DET and tokens[k].pos != "PROPN" \
            and not _genitive_adjective(tokens[k]):
        phrase = None   # "nach Militärangaben erneut eine Drohne": not the source
    if phrase is None and tokens[j - 1].text.lower() in ("eigenen", "eigener"):
        # "nach eigenen Angaben": the clause subject, after the verb when the frame opens the sentence
        phrase = _subject_phrase(doc, sent, blocked) or _inverted_subject(doc, sent, j + 1, blocked)
        return (tok.i, j + 1, phrase or (tok.i + 1, j + 1))
    if phrase is None and _closing_cue(doc, sent, j + 1):
        return None   # "Nach ersten Erkenntnissen habe ..., sagte der Minister": the minister's report
    if phrase is None:
        return (tok.i, j + 1, (tok.i + 1, j + 1))   # "nach Behördenangaben", "nach offiziellen Angaben"
    return (tok.i, k, phrase)


def _closing_cue(doc: Document, sent: Sentence, start: int) -> bool:
    """Does a speech verb after a comma close the sentence's report (", sagte der Minister", ", teilte das
    Ministerium mit")?"""
    tokens = doc.tokens
    return any(tokens[k].text == "," and tokens[k + 1].pos in ("VERB", "AUX")
               and cue_strength(doc.lang, verb_lemma(doc, tokens[k + 1], sent.token_end)) is not None
               for k in range(start, sent.token_end - 1))


def _genitive_adjective(tok: Token) -> bool:
    """A plural genitive without article: "nach Angaben örtlicher Medien", "palästinensischer Sanitäter"."""
    return tok.pos == "ADJ" and tok.text.endswith("er") and tok.text[:1].islower()


_GENITIVE_DET = frozenset({"des", "der", "eines", "einer", "seines", "seiner", "ihres", "ihrer"})
_OPENING_MARKS = frozenset({"„", "“", '"', "»", "«", "‚", "‘", "''"})


def _is_nach_noun(doc: Document, word: str) -> bool:
    nouns = lexicon(doc.lang).NACH_NOUNS
    return word in nouns or any(word.endswith(n) and len(n) >= 6 for n in nouns)


def _subject_phrase(doc: Document, sent: Sentence, blocked: list[tuple[int, int]]) -> tuple[int, int] | None:
    return noun_phrase_after(doc.tokens, sent.token_start, sent.token_end, blocked)


def _inverted_subject(doc: Document, sent: Sentence, i: int, blocked: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The subject right after the finite verb at ``i`` ("Nach eigenen Angaben verstärkte die Behörde ...")."""
    tokens = doc.tokens
    if i >= sent.token_end or tokens[i].pos not in ("VERB", "AUX"):
        return None
    return noun_phrase_after(tokens, i + 1, sent.token_end, blocked)


def _content_around(doc: Document, sent: Sentence, cue_first: int, frame_end: int,
                    frame_start: int) -> tuple[int, int]:
    """The sentence minus the frame when the frame is at an edge, else the whole sentence."""
    tokens = doc.tokens
    first, last = _after_dateline(doc, sent), sent.token_end
    while last > first and tokens[last - 1].pos == "PUNCT":
        last -= 1
    if frame_start <= first + 1:           # "Laut Polizei wurden ..."
        first = frame_end
        while first < last and tokens[first].text == ",":
            first += 1
    elif frame_end >= last:                # "..., so der Präsident." / "..., according to X."
        last = frame_start
        while last > first and tokens[last - 1].pos == "PUNCT":
            last -= 1
    if first >= last:
        return (0, 0)
    return (tokens[first].start, tokens[last - 1].end)


def _np_start(tokens: list[Token], i: int, floor: int, *, links: bool = False) -> int:
    """First token of the noun phrase ending at ``i``; with ``links`` across "of"/"for"
    ("spokesman for the UN Secretary-General Stephane Dujarric")."""
    j = i
    while j >= floor:
        if tokens[j].pos in ("NOUN", "PROPN", "DET", "ADJ", "NUM"):
            j -= 1
        elif links and tokens[j].text.lower() in ("of", "for") and j > floor and tokens[j - 1].pos in ("NOUN", "PROPN"):
            j -= 1
        elif links and tokens[j].text.lower() in ("in", "at") and j > floor and tokens[j - 1].pos == "NOUN" \
                and tokens[j + 1].pos == "PROPN":
            j -= 1   # "the foreign ministry in Mexico City said", "the U.S. embassy in Kinshasa said"
        elif links and tokens[j].text in _POSSESSIVE and j > floor and tokens[j - 1].pos in ("NOUN", "PROPN"):
            j -= 1   # "the country's migration agency said", "Rwanda's defence force said"
        elif links and tokens[j].text.lower() in POSSESSIVE_DETERMINERS:
            return j   # "his office", "their lawyers": the possessive opens the phrase
        else:
            break
    return j + 1


_SO_OPENERS = frozenset({",", "–", "—"})


def _colon_after(tokens: list[Token], i: int, end: int) -> int | None:
    """The colon closing a "so X (weiter):" frame, when only adverbs stand between it and the phrase."""
    j = i
    while j < end and tokens[j].pos == "ADV":
        j += 1
    return j if j < end and tokens[j].text == ":" else None


def _parenthetical_so(tokens: list[Token], sent: Sentence, so: int, phrase: tuple[int, int]) -> bool:
    """ "Es sei, so der Bericht, möglich gewesen", "Sein Rivale, so Obama weiter, würde ...", "„In absehbarer
    Zeit“, so der Finanzvorstand, wird VW ...": a frame set off by commas or dashes inside a clause whose finite
    verb stands before it or right after it (the fronted part, then the verb in second place)."""
    j = phrase[1]
    while j < sent.token_end and tokens[j].pos == "ADV" and tokens[j].text.lower() != "so":
        j += 1   # "so Obama weiter,"
    if j >= sent.token_end or tokens[j].text not in _SO_OPENERS:
        return False
    if tokens[j].text != "," and j + 1 < sent.token_end and tokens[j + 1].text == ",":
        j += 1   # "– so der Vorwurf –, schwule Männer zu ..."
    if _has_finite(tokens, sent.token_start, so):
        return tokens[phrase[0]].pos in ("DET", "PROPN")
    after = tokens[j + 1] if j + 1 < sent.token_end else None
    return after is not None and after.pos in ("VERB", "AUX") and after.text[0].islower() \
        and after.feat("VerbForm") in (None, "", "Fin")


def _only_adjuncts_after(tokens: list[Token], i: int, end: int) -> bool:
    return all(t.pos in ("ADV", "PUNCT", "ADP", "NOUN", "DET", "ADJ", "NUM", "PROPN") for t in tokens[i:end])


def _after_cue_is_frame_end(doc: Document, cue: Cue, sent: Sentence) -> bool:
    """After "..., sagte er" comes only the speaker and adjuncts (and maybe a relative clause
    after a comma: "teilte die Koalition mit, die im Jemen kämpft"), not a new clause."""
    rest = doc.tokens[cue.last:sent.token_end]
    comma = next((k for k, t in enumerate(rest) if t.text == ","), None)
    # (an English frame ends at its comma: "..., the Pentagon said, calling it provocative"; a German one before
    # a relative clause or a condition the speaker adds: "sagte Gil, sofern Chile ... verzichte")
    if comma is not None and (doc.lang == "en" or comma + 1 < len(rest) and rest[comma + 1].text.lower() in
                              {"der", "die", "das", "who", "which"} | lexicon(doc.lang).CONDITIONS):
        rest = rest[:comma]
    return not any((t.pos in ("VERB", "AUX") or t.text.lower() in ("dass", "that")) and not _in_name_marks(rest, k)
                   for k, t in enumerate(rest))


def _in_name_marks(toks: list[Token], k: int) -> bool:
    """Token ``k`` stands inside quotation marks around a short name ("die Bewegung »Touche pas à ma
    Constitution«", whose words the tagger may read as verbs)."""
    opener = next((j for j in range(k - 1, max(-1, k - 7), -1) if toks[j].text in _OPENING_MARKS | {"»", "«"}), None)
    if opener is None:
        return False
    closer = next((j for j in range(k + 1, min(len(toks), opener + 8)) if toks[j].text in CLOSING_MARKS | {"«", "“"}),
                  None)
    return closer is not None and toks[opener - 1].pos in ("NOUN", "PROPN") if opener > 0 else False


_ADVERBIAL_SCONJ = frozenset({"nachdem", "als", "weil", "wenn", "obwohl", "während", "bevor", "da", "falls",
                              "sofern", "solange", "unless", "provided",
                              "after", "when", "because", "although", "while", "before", "if", "since"})


def _in_fronted_adverbial(doc: Document, sent: Sentence, cue: Cue) -> bool:
    """ "Nachdem sie bemerkte, dass ..., flüchtete sie": the cue sits in a fronted adverbial clause."""
    first = doc.tokens[sent.token_start]
    if first.text.lower() not in _ADVERBIAL_SCONJ:
        return False
    return not any(t.text == "," for t in doc.tokens[sent.token_start:cue.first])


def _wie_tail(doc: Document, cue: Cue, sent: Sentence) -> Token | None:
    tokens = doc.tokens
    for j in range(cue.first - 1, max(sent.token_start, cue.first - 10), -1):
        if tokens[j].pos in ("VERB", "AUX") or tokens[j].text in (",", ";", ":"):
            return None
        if tokens[j].text.lower() in lexicon(doc.lang).WIE_WORDS:
            return tokens[j - 1] if j - 1 > sent.token_start and tokens[j - 1].text == "," else None
    return None


def _zu_infinitive(doc: Document, first: int, last: int) -> bool:
    """ "empfahl, Verhandlungen einzuleiten", "versprach, sich darum zu kümmern"."""
    toks = doc.tokens[first:last]
    for a, b in zip(toks, toks[1:]):
        if a.text == "zu" and b.pos in ("VERB", "AUX"):
            return True
    return any(t.pos == "VERB" and infixed_zu(t.text, t.lemma) for t in toks)


def _wie_clause(doc: Document, cue: Cue, sent: Sentence) -> bool:
    """ "Wie der Sprecher mitteilte, ...": the cue ends a wie-clause at the sentence start."""
    head = doc.tokens[sent.token_start:cue.first]
    # commas may set off an apposition ("Wie Steve Marshall, Sprecher der UN, mitteilte, ...");
    # no other verb may stand before the cue
    # (a separated particle tagged VERB, "bekannt gab", is part of the cue)
    return bool(head) and head[0].text.lower() in lexicon(doc.lang).WIE_WORDS and not any(
        t.pos in ("VERB", "AUX") and not (t.i == cue.first - 1 and is_particle(t)) for t in head)


_V2_FIELD = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "ADV"})


def _verb_second(doc: Document, first: int, last: int) -> bool:
    """A German main clause (finite verb in second position) after "sagte,": reported speech
    also in the indicative or in a Konjunktiv II that looks like the past ("sagte, es lebten ...")."""
    tokens = doc.tokens
    if first >= last or tokens[first].pos in ("SCONJ", "CCONJ", "VERB", "AUX", "PUNCT"):
        return False
    if tokens[first].text.lower() in _RELATIVE_OR_QUESTION:
        return False
    for j in range(first + 1, min(last - 1, first + 6)):
        tok = tokens[j]
        if tok.pos in ("VERB", "AUX"):
            # a verb at the clause end is a relative or subordinate clause ("..., der das Gesetz entworfen hatte")
            return (tok.feat("VerbForm") in (None, "", "Fin") and tok.text[0].islower()
                    and j + 1 < last and tokens[j + 1].pos not in ("PUNCT", "VERB", "AUX"))
        if tok.pos not in _V2_FIELD:
            return False
    return False


_RELATIVE_OR_QUESTION = frozenset({"dessen", "deren", "welche", "welcher",
                                   "welches", "wer", "was", "wie", "wo", "wann", "warum", "weshalb", "womit"})


def _has_subjunctive(doc: Document, first: int, last: int) -> bool:
    return any(is_subjunctive(doc, t) for t in doc.tokens[first:last])


def _has_finite(tokens: list[Token], first: int, last: int) -> bool:
    return any(t.pos in ("VERB", "AUX") for t in tokens[first:last])


def _finite_after(tokens: list[Token], i: int, end: int) -> bool:
    return any(t.pos in ("VERB", "AUX") for t in tokens[i + 1:min(end, i + 10)])


def _gerund(doc: Document, verb: Token) -> bool:
    """"..., demanding the resignation of X": a participle clause, not "..., X said"."""
    return doc.lang == "en" and (verb.feat("VerbForm") == "Ger" or verb.text.lower().endswith("ing"))


def _blocked(tok: Token, blocked: list[tuple[int, int]]) -> bool:
    return any(a <= tok.start and tok.end <= b for a, b in blocked)
