"""Quotes: who said what, direct and indirect, German and English (stage ``quotes.rules.v1``).

What ``doc.quotes`` holds after this stage (sorted by ``start``; ids ``q1``, ``q2``, ...):

* ``kind``: ``direct`` = words inside quotation marks („…“ “…” "…" »…« «…» ‚…‘ ''…''),
  or a statement after "erklärte:" / "said:" without marks; ``indirect`` = the
  reported clause (dass/that clause, Konjunktiv clause, "laut X"/"according to
  X" clause, Konjunktiv sentences continuing a report, also across a Konjunktiv II
  that looks like the past; the sentence before "Das teilte X mit.").
* ``start``/``end``: the quoted words. Direct spans exclude the outer marks, a
  final full stop and a trailing comma inside the marks. A quote over several
  paragraphs is one span. Mixed speech yields both: the indirect clause and
  the quoted fragment inside it (English: fragments of more than three words;
  shorter ones inside reported speech are taken as the writer's scare quotes).
* ``cue_start``/``cue_end``: the reporting verb or frame word ("sagte",
  "laut", "zufolge", "according"); -1 when the speaker comes from context (a
  quote paragraph after the one that named the speaker, Konjunktiv continuation).
* ``speaker_mention``: char span where the speaker was found (name, title or
  pronoun; the actors stage's mention when one lies in the speaker phrase);
  ``speaker_entity_id``: that mention's entity (None when the actors stage did
  not run or could not resolve it). For "Demnach ..." the mention is the
  pronominal adverb and the entity the source of the sentence before; for
  impersonal frames ("In dem Bericht hieß es", "Aus X geht hervor") the document
  named there, else both None, as for quotes whose speaker is unknown.

Quotation marks around one to three words count as a quote only next to a
speech cue ("nannte den Plan „Populismus“") or inside reported speech; a bare
label or title ("die Mondlandefähre „Eagle“", "der „Berliner Zeitung“") is no quote
and may be (part of) a speaker ("die Wochenzeitung „Die Zeit“ berichtete").

Needs ``nlp.v1`` (tokens, sentences, lemma/UPOS); uses the dependency parse
and morphology when present and ``actors.kb.v1`` mentions when present.
Measured on held-out data in ``eval/quotes`` (see its README).
"""
from __future__ import annotations

import logging

from ...model import Document, Quote, Token
from .cues import CONDITIONAL_FORMS, cue_strength, is_subjunctive, lexicon, verb_cues, verb_lemma
from .indirect import Found, _actor_like, in_sentence, verb_report
from .marks import CLOSING_MARKS, Quoted, find_quoted
from .speaker import GERMAN_RELATIVES, Speaker, last_named_before, speaker_of_verb, to_speaker

LOG = logging.getLogger(__name__)
SOURCE = "quotes.rules.v1"
_SHORT = 3              # a quote of at most this many words needs a cue next to it
_FRAGMENT = 6           # ... and so does a verbless fragment of at most this many words
_NEAR = 6               # tokens between a short quote and its cue
_WEAK_PENALTY = 20      # extra distance for a weak cue when a strong one competes
_NAMING_PARTICIPLES = frozenset({"genannt"})
_LABEL_VERBS = frozenset({"nennen", "bezeichnen", "sprechen", "call", "describe", "label", "term", "dub"})


class QuoteFinder:
    name = SOURCE

    def __call__(self, doc: Document) -> None:
        doc.quotes = []
        if not doc.tokens:
            LOG.warning("quotes: document %s has no tokens; run nlp.v1 first", doc.id)
            return
        lexicon(doc.lang)  # fails early for unsupported languages
        quoted = find_quoted(doc.text)
        # a name in marks may be (part of) a speaker: "die Wochenzeitung „Die Zeit“ berichtete"
        blocked = [(q.open_at, q.close_end) for q in quoted if not _a_name(doc, q)]
        indirect = [f for sent in doc.sentences for f in in_sentence(doc, sent, blocked)]
        indirect = [f for f in indirect if not _mostly_inside(doc, f, blocked)]
        _relayed(doc, indirect, blocked)
        direct = _attribute_direct(doc, quoted, blocked, indirect)
        direct += _colon_statements(doc, blocked)
        found = direct + indirect
        found += _reported_before(doc, found, blocked)
        _resolve_anaphoric_frames(doc, found)
        _resolve_bare_impersonal(doc, found)
        _document_issuers(doc, found)
        _resolve_unlinked(doc, found)
        _prefer_subject(doc, found)
        continued = _continuations(doc, found, blocked)
        found += continued + _quoted_inside(doc, quoted, found, continued)
        doc.quotes = _to_quotes(found)


def _attribute_direct(doc: Document, quoted: list[Quoted], blocked: list[tuple[int, int]],
                      indirect: list[Found]) -> list[Found]:
    out: list[Found] = []
    for q in quoted:
        words = [t for t in doc.tokens_in(q.start, q.end) if t.text[0].isalnum()]
        if not words:
            continue
        in_quote = doc.tokens_in(q.start, q.end)
        short = len(words) <= _SHORT or (len(words) <= _FRAGMENT and not any(t.pos in ("VERB", "AUX") for t in in_quote))
        if short and _names_a_thing(doc, q):
            # "die Mondlandefähre „Eagle“", "der Tageszeitung „Jerusalem Post“" name things; after a verb
            # of judging the marks hold the subject's label ("verurteilte den „Angriff auf die Demokratie“")
            label = None if _actor_name(doc, q) else _label_user(doc, q, blocked)
            if label is not None:
                out.append(label)
            continue
        found = _cue_near(doc, q, blocked, short=short)
        if found is None and _self_named(doc, q):
            continue
        if found is not None and found.speaker is not None and \
                found.speaker.start < q.close_end and q.open_at < found.speaker.end:
            if not _opens_frame(doc, q):
                continue   # the marks hold the speaker's name: "berichtet die „Süddeutsche Zeitung“"
            # „Strom und Essen“, riefen Demonstranten: marks opening the sentence before ", <verb>" are speech
            found = _cue_near(doc, q, blocked + [(q.open_at, q.close_end)], short=short)
        if found is not None and found.speaker is not None and not doc.text[found.speaker.end:q.open_at].strip() \
                and _names_a_thing(doc, q):
            continue   # the speaker's name in marks: "teilte die Bewegung „Touche pas à ma Constitution“ mit"
        host = next((f for f in indirect if f.start <= q.open_at and q.close_end <= f.end + 1), None)
        if found is not None and host is not None and host.speaker is not None and _embedded(doc, q) \
                and _reported_cue(found, host):
            # the quoted words are part of the report: its speaker says them, whatever verb of the report
            # stands nearer ("said Cairo 'will not stand idly by' while its share is threatened")
            found = Found("direct", q.start, q.end, host.cue, host.speaker, "inside indirect")
        if found is None:
            if host is not None and not (short and (_a_name(doc, q) or doc.lang == "en" and len(words) <= _SHORT)):
                # English marks around one to three words inside reported speech are mostly the
                # writer's scare quotes ("a 'giveaway'"); German reports mark the speaker's words
                found = Found("direct", q.start, q.end, host.cue, host.speaker, "inside indirect")
        if found is None and short and not _names_a_thing(doc, q):
            found = _label_user(doc, q, blocked)
        if found is None and (short or _names_a_thing(doc, q) or doc.text[q.start] in ".,;:)"
                              or _verbless_title(doc, q, in_quote)):
            continue   # a label or title in quotation marks ("den Roman „Jeder stirbt für sich allein“"),
            #            or marks paired wrongly (the text starts with punctuation)
        if found is None:
            found = _from_context(doc, q, out + _reports_before(doc, q, indirect))
        out.append(found)
    return out


def _label_user(doc: Document, q: Quoted, blocked: list[tuple[int, int]]) -> Found | None:
    """A short label in marks with no speech cue near it ("feierte die Entscheidung als »historischen
    Moment«", "lobte beide Seiten für ihre »Kompromissbereitschaft«"): the actor who is the subject of
    the verb governing the marks used the words."""
    words = doc.tokens_in(q.start, q.end)
    if not words or words[0].head < 0:
        return None
    inside = range(words[0].i, words[-1].i + 1)
    judging, through = lexicon(doc.lang).JUDGING_VERBS, lexicon(doc.lang).LABEL_THROUGH_VERBS
    sent_end = doc.sentences[words[0].sent].token_end
    tok: Token | None = next((t for t in words if t.head not in inside), None)
    for _ in range(_LABEL_REACH):   # (English: up through what is judged, "accused X of handing Y to 'Z'")
        if tok is None or tok.pos == "VERB" and (verb_lemma(doc, tok, sent_end) in judging or not through) \
                or tok.head < 0:
            break
        tok = doc.tokens[tok.head]
    # ("warf Berlin einen »Bruch des Völkerrechts« vor": the particle makes the judging verb)
    if tok is None or tok.pos != "VERB" or verb_lemma(doc, tok, sent_end) not in judging:
        return None
    speaker = speaker_of_verb(doc, tok.i, blocked)
    if speaker is None or speaker.entity_id is None:
        return None
    return Found("direct", q.start, q.end, (tok.start, tok.end), speaker, f"label:{tok.lemma}")


_LABEL_REACH = 4    # head steps from the marks to the verb whose subject used the label


def _verbless_title(doc: Document, q: Quoted, in_quote: list[Token]) -> bool:
    """Capitalised words in marks without any verb, no cue near them and no exclamation or question: the name
    of a law, prize or book ("„Gesetz zur Bekämpfung finanzieller Unterstützung des Terrors“"), not speech."""
    text = doc.text[q.start:q.close_end].rstrip("“”\"«»' ")
    return doc.text[q.start].isupper() and not text.endswith(("!", "?")) \
        and not any(t.pos in ("VERB", "AUX") for t in in_quote)


def _opens_frame(doc: Document, q: Quoted) -> bool:
    """The marks open their sentence and a comma and a verb follow them („...“, riefen Demonstranten)."""
    sent = doc.sentence_at(q.open_at)
    if sent is None or doc.tokens[sent.token_start].start != q.open_at:
        return False
    after = [t for t in doc.tokens_in(q.close_end, sent.end)][:2]
    return len(after) == 2 and after[0].text == "," and after[1].pos in ("VERB", "AUX")


def _relayed(doc: Document, indirect: list[Found], blocked: list[tuple[int, int]]) -> None:
    """ "Er betonte laut der Tageszeitung ...", "sagte er laut der Nachrichtenagentur X", "sagte er nach Angaben
    mitreisender Journalisten": a medium named with "laut"/"nach Angaben"/"according to" relays what the subject
    of the speech verb said; that subject is the speaker (a medium without a speaking subject, "Laut Reuters
    wurden ...", stays one)."""
    before = lexicon(doc.lang).CUE_BEFORE | {"according", "nach"}
    relayed: list[Found] = []
    for f in list(indirect):
        if f.cue is None or not f.how.startswith("frame:") or f.how[6:] not in before:
            continue
        frame = doc.tokens_in(*f.cue)[0].i
        for cue in verb_cues(doc, *_token_range(doc, f.start, f.end), blocked):
            if not cue.strong or not 0 <= frame - cue.last <= 2:
                continue   # only the verb the frame stands right after ("sagte er laut X") is relayed
            if f.how == "frame:nach" and (cue.first == 0 or doc.tokens[cue.first - 1].text != ","):
                continue   # "nach Angaben" relays only a report closed by its verb (", sagte er nach Angaben X")
            speaker = speaker_of_verb(doc, cue.first, blocked)
            if speaker is None or speaker.start > doc.tokens[frame].start:
                continue
            medium = f.speaker is not None and f.speaker.start < speaker.end and speaker.start < f.speaker.end
            if (speaker.entity_id or speaker.pronoun) and not medium:
                own = _own_report(doc, f, cue, blocked) if doc.lang == "de" else None
                if own is not None:
                    # German reports nest: the medium reports the sentence, the subject the clause its verb
                    # opens ("Heute bestätigte der Minister laut Reuters, dass ...": Reuters and the minister)
                    relayed.append(Found("indirect", own.start, own.end, own.cue, speaker, f"relayed:{cue.lemma}"))
                else:
                    f.speaker, f.how = speaker, f"relayed:{cue.lemma}"
                break
    indirect += relayed


def _own_report(doc: Document, f: Found, cue, blocked: list[tuple[int, int]]) -> Found | None:
    """The clause the relayed verb opens inside the frame's content, when it is a part of that content."""
    sent = doc.sentence_at(f.start)
    if sent is None:
        return None
    own = verb_report(doc, sent, cue, blocked)
    if own is None or not (f.start <= own.start and own.end <= f.end) or (own.start, own.end) == (f.start, f.end):
        return None
    return own


def _token_range(doc: Document, start: int, end: int) -> tuple[int, int]:
    toks = doc.tokens_in(start, end)
    return (toks[0].i, toks[-1].i + 1) if toks else (0, 0)


def _embedded(doc: Document, q: Quoted) -> bool:
    """The marks open after a word, inside a clause ("Cairo „will not stand idly by“"), not after a
    comma or colon that makes the quotation a statement of its own ("saying, „Maybe ...“")."""
    before = doc.text[:q.open_at].rstrip()
    return bool(before) and before[-1].isalnum()


def _reported_cue(found: Found, host: Found) -> bool:
    """The quote's cue is its host report's own cue or a verb inside the reported clause."""
    if found.cue is None:
        return False
    return found.cue == host.cue or host.start <= found.cue[0] and found.cue[1] <= host.end


def _cue_near(doc: Document, q: Quoted, blocked: list[tuple[int, int]], *, short: bool) -> Found | None:
    """The cue in the sentences around the quote, nearest first, after the quote before before it."""
    first_sent = doc.sentence_at(q.open_at) or doc.sentence_at(q.start)
    last_sent = doc.sentence_at(max(q.close_end - 1, q.start)) or first_sent
    if first_sent is None or last_sent is None:
        return None
    lo, hi = first_sent.token_start, last_sent.token_end
    q_first = next((t.i for t in doc.tokens[lo:hi] if t.start >= q.open_at), lo)
    q_last = next((t.i for t in reversed(doc.tokens[lo:hi]) if t.end <= q.close_end), hi - 1)
    others = [b for b in blocked if b != (q.open_at, q.close_end)]
    # German reports mark a speaker's words even far from the cue; English scare quotes
    # ("called it 'outrageous'") are the writer's, so there a short quote needs a near cue
    far_ok = doc.lang == "de" and not _a_name(doc, q)
    candidates = []
    for cue in verb_cues(doc, lo, hi, blocked):
        if _quote_between(doc, cue.first, q_first, q_last, others):
            continue
        distance = cue.first - q_last if cue.first > q_last else q_first - cue.first
        strength_ok = cue.strong or distance <= 3 or cue.first < q_first and (
            _as_before(doc, cue.first, q_first)
            or "quote" in getattr(lexicon(doc.lang), "CHECKED_CUES", {}).get(cue.lemma, ()) and distance <= 4)
        if short and distance > _NEAR and cue.lemma not in _LABEL_VERBS and not (far_ok and cue.strong):
            continue   # a far cue carries a short quote only when it is no name ("drohte ... mit „schmerzhaften Tagen“")
        if short and doc.tokens[cue.first].text.lower() in _NAMING_PARTICIPLES:
            continue   # "ein Hund, genannt „Trap“", "auch „Bonus View“ genannt": a name, not speech
        if cue.lemma in _LABEL_VERBS and _reflexive_naming(doc, cue.first, q_first, q_last):
            if abs(distance) <= _NEAR:
                return None   # "nennt sich „documenta 12“", "die sich selbst „Rat für ...“ nennt": a name it goes by
            continue
        if _embedded(doc, q) and _boundary_between(doc, cue.first, q_first, q_last):
            distance += _CLAUSE_PENALTY   # "nannte das Urteil einen »Rückschlag«, rief seine Anhänger aber zur
            #                               Ruhe auf": a quotation inside a clause belongs to that clause's cue
        if strength_ok:
            # a weak cue next to the quote ("warum man sich entschieden hat: „...“") loses to a
            # reporting verb further away ("Auf der Homepage heißt es ...")
            candidates.append((distance + (0 if cue.first > q_last else 2) + (0 if cue.strong else _WEAK_PENALTY), cue))
    if not candidates:
        for sent in (first_sent,) if first_sent is last_sent else (first_sent, last_sent):
            for f in in_sentence(doc, sent, blocked):
                if f.how.startswith("frame:") and f.speaker is not None and not short:
                    return Found("direct", q.start, q.end, f.cue, f.speaker, f.how)
        framed = None if short or _a_name(doc, q) else _colon_frame(doc, q, first_sent, blocked)
        return framed or _colon_before(doc, q, first_sent, blocked)
    _, cue = min(candidates, key=lambda c: c[0])
    verb = doc.tokens[cue.first]
    speaker = speaker_of_verb(doc, cue.first, blocked)
    if speaker is not None and speaker.entity_id is None and \
            doc.text[speaker.start:speaker.end].lower() in lexicon(doc.lang).IMPERSONAL_SUBJECTS \
            and not _active_it(doc, speaker, cue.first):
        if short and (not cue.strong or cue.lemma in _LABEL_VERBS):
            return None   # "hielt man für einen „Rätselsaurier“": a view nobody holds in particular labels a thing
        speaker = None
    return Found("direct", q.start, q.end, (verb.start, verb.end), speaker, f"cue:{cue.lemma}")


_CLAUSE_PENALTY = 10
_REFLEXIVES = frozenset({"sich", "itself", "themselves", "himself", "herself"})


def _self_named(doc: Document, q: Quoted) -> bool:
    """A labelling verb with a reflexive next to the quotation: the marks hold a name the subject goes by."""
    sent = doc.sentence_at(q.open_at)
    if sent is None:
        return False
    toks = doc.tokens[sent.token_start:sent.token_end]
    q_first = next((t.i for t in toks if t.start >= q.open_at), None)
    q_last = next((t.i for t in reversed(toks) if t.end <= q.close_end), None)
    if q_first is None or q_last is None:
        return False
    return any(t.pos == "VERB" and t.lemma.lower() in _LABEL_VERBS and abs(t.i - (q_first if t.i < q_first else q_last)) <= _NEAR
               and _reflexive_naming(doc, t.i, q_first, q_last) for t in toks)


def _reflexive_naming(doc: Document, cue: int, q_first: int, q_last: int) -> bool:
    """A reflexive between a labelling verb and the quotation, or before a clause-final verb: the subject
    calls itself so."""
    a, b = (cue + 1, q_first) if cue < q_first else (max(0, q_first - 4), cue)
    span = doc.tokens[a:b] if cue < q_first else doc.tokens[a:q_first]
    return any(t.text.lower() in _REFLEXIVES for t in span)
_AS = frozenset({"as", "als"})


def _as_before(doc: Document, cue: int, q_first: int) -> bool:
    """ "welcomed the ruling as a “decisive victory”", "begrüßte den Schritt als „überfällig“": the quotation
    is what the cue verb's object is called, within its clause."""
    between = doc.tokens[cue + 1:q_first]
    if any(t.text in (",", ";", ":") or t.pos in ("VERB", "AUX") for t in between) or len(between) > 7:
        return False
    words = [t for t in between if t.pos not in ("DET", "PUNCT")]
    return bool(words) and words[-1].text.lower() in _AS


def _boundary_between(doc: Document, cue: int, q_first: int, q_last: int) -> bool:
    """A comma or semicolon stands between the cue and the quotation."""
    a, b = (q_last + 1, cue) if cue > q_last else (cue + 1, q_first)
    return any(t.text in (",", ";") for t in doc.tokens[a:b])


_BE = frozenset({"is", "was", "were", "are", "been", "be", "being"})


def _active_it(doc: Document, speaker: Speaker, cue: int) -> bool:
    """English "it" before an active speech verb is an organisation or state ("what it called"), resolved
    later; only "it is said"/"it was called" is impersonal."""
    if doc.lang != "en" or doc.text[speaker.start:speaker.end].lower() != "it":
        return False
    return not any(t.text.lower() in _BE for t in doc.tokens[max(0, cue - 2):cue])


def _names_a_thing(doc: Document, q: Quoted) -> bool:
    """A short quote right after a common noun is a name or title, not speech."""
    if _actor_name(doc, q):
        return True
    before = [t for t in doc.tokens_in(max(0, q.open_at - 40), q.open_at)]
    if not before or before[-1].end < q.open_at - 1 or not doc.text[q.start].isupper():
        return False
    if before[-1].pos == "NOUN":
        # "nannte die Geistlichen im Staatsfernsehen »Vaterlandsverräter«": after a labelling verb the marks
        # hold the label the speaker gave, not the noun's title
        return not _label_verb_before(doc, before[-1])
    # a capitalised verbless phrase after an article or preposition: "der „Berliner Zeitung“",
    # "im „Spiegel“" (a title or name; speech fragments after an article are lower case in German)
    words = [t for t in doc.tokens_in(q.start, q.end) if t.text[0].isalnum()]
    content = [t for t in words if t.pos not in ("DET", "ADP", "CCONJ")]
    title_case = all(t.text[0].isupper() or t.text[0].isdigit() for t in content)
    if before[-1].text.lower() in _INDEFINITE and any(t.text[0].islower() for t in words):
        return False   # a characterisation, not a title: "sieht einen „Angriff gegen die Belegschaft“"
    # one capitalised word after a definite article names a thing more often than it quotes ("die „Computerwoche“",
    # "dem „Deutschlandfunk“", "der „Passat“"); a speaker's one-word label mostly follows an indefinite article
    return (before[-1].pos in ("DET", "ADP") and 0 < len(words) <= 4 and title_case
            and (len(words) > 1 or words[0].pos == "PROPN" or before[-1].text.lower() in _DEFINITE
                 and not _verb_object(before))
            and not any(t.pos in ("VERB", "AUX") for t in words))


_DEFINITE = frozenset({"der", "die", "das", "dem", "den", "des"})


def _verb_object(before: list[Token]) -> bool:
    """The article follows a verb's preposition: "warnte (Kluncker) vor den „Lohnverzichtstheorien“" labels
    what the speaker warned of."""
    if len(before) < 3 or before[-2].pos != "ADP":
        return False
    for tok in reversed(before[-5:-2]):
        if tok.pos == "PUNCT":
            return False
        if tok.pos == "VERB":
            return True
    return False


def _label_verb_before(doc: Document, tok: Token) -> bool:
    """A labelling verb ("nennen", "bezeichnen", "call") within eight tokens before ``tok`` in its clause."""
    for j in range(tok.i - 1, max(-1, tok.i - 9), -1):
        t = doc.tokens[j]
        if t.sent != tok.sent or t.text in (",", ";", ":", "."):
            return False
        if t.pos == "VERB" and t.lemma.lower() in _LABEL_VERBS:
            return True
    return False


_INDEFINITE = frozenset({"ein", "eine", "einen", "einem", "einer", "eines", "a", "an"})


def _actor_name(doc: Document, q: Quoted) -> bool:
    """The marks hold the name of an actor ("die „Computerwoche“", "von der „Netzeitung“")."""
    return any(m.kind == "name" and m.start <= q.start and q.end <= m.end for m in doc.mentions)


def _colon_frame(doc: Document, q: Quoted, sent, blocked: list[tuple[int, int]]) -> Found | None:
    """A colon right before the quotation introduces it even without a speech verb: the speaker is the
    subject of the clause before the colon ("Die Firma empfindet die Kritik als ungerechtfertigt: „...“")
    or, when that part has no verb, the noun phrase itself ("Erkki Tuomioja, Präsident des Rats: „...“")."""
    toks = [t for t in doc.tokens[sent.token_start:sent.token_end] if t.end <= q.open_at]
    if len(toks) < 2 or toks[-1].text != ":" or any(_inside_any(t, blocked) for t in toks):
        return None
    colon, clause = toks[-1], toks[:-1]
    verb = next((t for t in clause if t.pos in ("VERB", "AUX")), None)
    if verb is not None:
        speaker = speaker_of_verb(doc, verb.i, blocked)
    elif clause[0].pos in ("PROPN", "NOUN", "DET") and len(clause) <= 15:
        speaker = to_speaker(doc, (clause[0].i, colon.i))
    else:
        return None
    if speaker is None or not _actor_like(doc, speaker) or speaker.entity_id is None and \
            doc.text[speaker.start:speaker.end].lower() in lexicon(doc.lang).IMPERSONAL_SUBJECTS:
        return None   # ("Seine Zuversicht äußerte er so: „...“": a thing is no speaker)
    return Found("direct", q.start, q.end, None, speaker, "colon frame")


def _inside_any(tok: Token, spans: list[tuple[int, int]]) -> bool:
    return any(a <= tok.start < b for a, b in spans)


def _colon_before(doc: Document, q: Quoted, sent, blocked: list[tuple[int, int]]) -> Found | None:
    """ "Der Minister sagte:" ending the sentence before the quote."""
    if sent.i == 0:
        return None
    prev = doc.sentences[sent.i - 1]
    last = doc.tokens[prev.token_end - 1]
    if last.text != ":":
        return None
    cues = verb_cues(doc, prev.token_start, prev.token_end, blocked)
    if not cues:
        return None
    verb = doc.tokens[cues[-1].first]
    return Found("direct", q.start, q.end, (verb.start, verb.end),
                 speaker_of_verb(doc, cues[-1].first, blocked), "cue before colon")


def _quote_between(doc: Document, cue: int, q_first: int, q_last: int, others: list[tuple[int, int]]) -> bool:
    a, b = (doc.tokens[q_last].end, doc.tokens[cue].start) if cue > q_last else (doc.tokens[cue].end, doc.tokens[q_first].start)
    return any(a <= s and e <= b and e - s > 40 for s, e in others)


def _reports_before(doc: Document, q: Quoted, indirect: list[Found]) -> list[Found]:
    """Reported speech before a quote without a cue, whose speaker says it too ("..., sagte er. Das Ergebnis
    sei „...“"), unless its own sentence names someone before it ("Zahid ... dankte „allen, die ...“")."""
    sent = doc.sentence_at(q.start)
    if sent is None or last_named_before(doc, q.open_at, sent.start) is not None:
        return []
    return [f for f in indirect if f.end <= q.start]


def _from_context(doc: Document, q: Quoted, earlier: list[Found]) -> Found:
    """A quote without a cue: the speaker of the quote just before (same or previous paragraph),
    else the person named last in the paragraph before."""
    sent = doc.sentence_at(q.start)
    paragraph = sent.paragraph if sent else 0
    floor = _paragraph_start(doc, paragraph - 1)
    for prev in sorted(earlier, key=lambda f: f.end, reverse=True):
        if prev.end <= q.start and prev.start >= floor and prev.speaker is not None:
            return Found("direct", q.start, q.end, None, prev.speaker, "previous quote")
    named = last_named_before(doc, q.open_at, floor)
    return Found("direct", q.start, q.end, None, named, "named before" if named else "no speaker")


def _paragraph_start(doc: Document, paragraph: int) -> int:
    for sent in doc.sentences:
        if sent.paragraph >= paragraph:
            return sent.start
    return 0


def _colon_statements(doc: Document, blocked: list[tuple[int, int]]) -> list[Found]:
    """ "Das Ministerium erklärte: Die Lage ist ernst." without quotation marks."""
    out = []
    for sent in doc.sentences:
        toks = doc.tokens[sent.token_start:sent.token_end]
        for k, tok in enumerate(toks[:-3]):
            if tok.text != ":" or k == 0 or any(a <= tok.start < b or a <= toks[k + 1].start < b for a, b in blocked):
                continue
            prev = toks[k - 1]
            last = len(toks)
            while last > k + 1 and toks[last - 1].pos == "PUNCT":
                last -= 1
            if prev.pos not in ("VERB", "AUX") or cue_strength(doc.lang, prev.lemma.lower()) != "strong":
                # "Der Minister gab am Montag bekannt: ...": a strong cue whose particle ends the frame
                cues = [c for c in verb_cues(doc, sent.token_start, toks[k].i, blocked) if c.strong]
                if not cues or doc.lang != "de" or not cues[-1].lemma.startswith(prev.text.lower()):
                    reported = _konjunktiv_after_colon(doc, toks, k, last, blocked)
                    if reported is not None:
                        out.append(reported)
                    continue
                prev = doc.tokens[cues[-1].first]
            if last - (k + 1) >= 4 and not _narrated(doc, toks[k + 1:last]):
                out.append(Found("direct", toks[k + 1].start, toks[last - 1].end, (prev.start, prev.end),
                                 speaker_of_verb(doc, prev.i, blocked), "colon statement"))
    return out


def _narrated(doc: Document, toks: list[Token]) -> bool:
    """German words after the colon narrated in the past tense of the third person ("gab bekannt: Figeľ
    bekräftigte das Engagement ...") are the writer's account of what was said, not the statement itself."""
    if doc.lang != "de":
        return False
    verb = next((t for t in toks if t.pos in ("VERB", "AUX") and t.feat("Mood")), None)
    return verb is not None and verb.feat("Mood") == "Ind" and verb.feat("Tense") == "Past" \
        and verb.feat("Person") == "3"


def _konjunktiv_after_colon(doc: Document, toks: list[Token], k: int, last: int,
                            blocked: list[tuple[int, int]]) -> Found | None:
    """ "Rama gab sich gelassen: Er respektiere das Gericht.", "Maduro lehnte dies ab: Caracas erkenne das
    Gericht nicht an.": a German clause in Konjunktiv I after a colon is what the subject of the clause
    before the colon says, whatever its verb."""
    if doc.lang != "de" or last - (k + 1) < 3:
        return None
    after = toks[k + 1:last]
    verb = next((t for t in after[:6] if t.pos in ("VERB", "AUX")), None)
    if verb is None or not is_subjunctive(doc, verb) or verb.text.lower() in CONDITIONAL_FORMS \
            or any(t.text == "," for t in after[:after.index(verb)]):
        return None
    main = next((t for t in toks[:k] if t.pos in ("VERB", "AUX")), None)
    if main is None or is_subjunctive(doc, main):
        return None   # (the clause before the colon is reported speech itself)
    speaker = speaker_of_verb(doc, main.i, blocked + [(after[0].start, after[-1].end)])
    if speaker is None or not _actor_like(doc, speaker) or speaker.entity_id is None and \
            doc.text[speaker.start:speaker.end].lower() in lexicon(doc.lang).IMPERSONAL_SUBJECTS:
        return None
    return Found("indirect", after[0].start, after[-1].end, None, speaker, "colon konjunktiv")


def _continuations(doc: Document, found: list[Found], blocked: list[tuple[int, int]]) -> list[Found]:
    """German sentences whose main verb is Konjunktiv and that carry no quote of their own
    continue the reported speech of the sentence before."""
    if doc.lang != "de":
        return []
    by_sent: dict[int, Found] = {}
    for f in found:
        sent = doc.sentence_at(f.start)
        if sent is not None and f.speaker is not None and not _cueless(f):
            by_sent.setdefault(sent.i, f)
    out = []
    for sent in doc.sentences[1:]:
        # a quoted fragment without a cue of its own does not stop the chain; it takes the chain's speaker
        # ("Unter seiner Regierung sei „der größte Raub“ begangen worden")
        orphans = [f for f in found if sent.start <= f.start < sent.end and _cueless(f)]
        if sent.i in by_sent or any(sent.start <= f.start < sent.end and f not in orphans for f in found):
            continue
        prev = by_sent.get(sent.i - 1)
        if prev is None or not (_reported_mood(doc, sent, found, prev.how == "konjunktiv continuation")
                                or _bridges(doc, sent, found)):
            continue
        toks = doc.tokens[sent.token_start:sent.token_end]
        if any(a <= toks[0].start < b for a, b in blocked):
            continue
        last = len(toks)
        while last > 1 and toks[last - 1].pos == "PUNCT" and toks[last - 1].text not in CLOSING_MARKS:
            last -= 1
        for f in orphans:
            f.speaker = prev.speaker
        if prev in out and doc.sentences[sent.i - 1].paragraph == sent.paragraph:
            # one report running over several Konjunktiv sentences is one passage, as a
            # direct quote over several sentences is one span
            prev.end = toks[last - 1].end
            by_sent[sent.i] = prev
            continue
        cont = Found("indirect", toks[0].start, toks[last - 1].end, None, prev.speaker, "konjunktiv continuation")
        out.append(cont)
        by_sent[sent.i] = cont
    return out


def _cueless(f: Found) -> bool:
    """A direct quote with no cue of its own, its speaker (if any) guessed from the context."""
    return f.kind == "direct" and (f.speaker is None or f.how in CONTEXT_GUESSES)


CONTEXT_GUESSES = frozenset({"previous quote", "named before", "no speaker"})


def _main_verb(doc: Document, sent) -> Token | None:
    start = sent.token_start
    first = doc.tokens[start] if start < sent.token_end else None
    if doc.lang == "de" and first is not None and (first.pos in ("VERB", "AUX") or first.text.lower() in CONDITIONAL_FORMS) \
            and not doc.text[sent.start:sent.end].rstrip().endswith("?"):
        # "Sollte Israel erneut angreifen, werde die Antwort härter ausfallen": a verb-first conditional
        # clause; the main verb follows its comma
        start = next((t.i + 1 for t in doc.tokens[start:sent.token_end] if t.text == ","), start)
    toks = doc.tokens[start:sent.token_end]
    k = 0
    while k < min(len(toks), 8):
        if toks[k].text == ",":
            close = _relative_clause_end(toks, k)
            if close is None:
                break
            toks, k = toks[close + 1:], 0   # "Die Kämpfer, die sich angeschlossen hätten, würden ...": past it
            continue
        if toks[k].pos in ("VERB", "AUX"):
            return toks[k]
        k += 1
    return None


def _relative_clause_end(toks: list[Token], comma: int) -> int | None:
    """The comma closing a German relative clause opened at ``comma`` (", die ... hätten,"), or None."""
    if comma + 1 >= len(toks) or toks[comma + 1].text.lower() not in GERMAN_RELATIVES:
        return None
    return next((j for j in range(comma + 2, min(len(toks), comma + 16)) if toks[j].text == ","
                 and toks[j - 1].pos in ("VERB", "AUX")), None)


def _main_verb_subjunctive(doc: Document, sent) -> bool:
    verb = _main_verb(doc, sent)
    return verb is not None and is_subjunctive(doc, verb)


def _reported_mood(doc: Document, sent, found: list[Found], chained: bool) -> bool:
    """The main verb is Konjunktiv I, or a Konjunktiv II form ("könnte", "müssten") inside a running chain of
    continued sentences, next to a Konjunktiv I in the same sentence, or before a sentence in Konjunktiv: alone,
    a Konjunktiv II is the writer's conditional ("Dies wären 80 Prozent der Tankstellen")."""
    verb = _main_verb(doc, sent)
    if verb is None or not is_subjunctive(doc, verb):
        return False
    if verb.text.lower() not in CONDITIONAL_FORMS or chained:
        return True
    if verb.text.lower() in PLURAL_STAND_INS and not any(
            t.text.lower() in _CONDITION_WORDS for t in doc.tokens[sent.token_start:sent.token_end]):
        return True   # "Die Sicherheitskräfte hätten 13 Verdächtige festgenommen": Konjunktiv I "haben" looks indicative
    if any(t is not verb and is_subjunctive(doc, t) and t.text.lower() not in CONDITIONAL_FORMS
           for t in doc.tokens[sent.token_start:sent.token_end]):
        return True
    nxt = doc.sentences[sent.i + 1] if sent.i + 1 < len(doc.sentences) else None
    return nxt is not None and nxt.paragraph == sent.paragraph and _main_verb_subjunctive(doc, nxt) \
        and not any(nxt.start <= f.start < nxt.end for f in found)


# Konjunktiv II forms standing in for plural Konjunktiv I ("haben", "werden") that equal the indicative
PLURAL_STAND_INS = frozenset({"hätten", "würden"})
_CONDITION_WORDS = frozenset({"wenn", "falls", "sofern", "sonst", "andernfalls"})   # the writer's conditional


def _bridges(doc: Document, sent, found: list[Found]) -> bool:
    """A sentence whose main verb may be Konjunktiv II or past ("Die Luftschläge dienten ...")
    continues reported speech when the sentence after it is Konjunktiv again: reported speech
    uses Konjunktiv II where Konjunktiv I equals the indicative."""
    verb = _main_verb(doc, sent)
    if verb is None or not verb.text.lower().endswith(("te", "ten")) or sent.i + 1 >= len(doc.sentences):
        return False
    if verb_cues(doc, sent.token_start, sent.token_end, []):
        return False   # "Das erklärte der General": a report of its own, not a continuation
    nxt = doc.sentences[sent.i + 1]
    if nxt.paragraph != sent.paragraph or any(nxt.start <= f.start < nxt.end for f in found):
        return False
    return _main_verb_subjunctive(doc, nxt)


_ANAPHORIC_OBJECTS = frozenset({"das", "dies", "dieses", "this", "that"})


def _reported_before(doc: Document, found: list[Found], blocked: list[tuple[int, int]]) -> list[Found]:
    """ "Trapattoni wird neuer Trainer. Das gab der Verein bekannt.": a sentence that opens with
    "Das"/"Dies" and a cue verb reports the sentence before it."""
    out = []
    for sent in doc.sentences[1:]:
        toks = doc.tokens[sent.token_start:sent.token_end]
        if len(toks) < 3 or toks[0].text.lower() not in _ANAPHORIC_OBJECTS or toks[1].pos not in ("VERB", "AUX"):
            continue
        cues = [c for c in verb_cues(doc, sent.token_start, sent.token_end, blocked) if c.strong]
        if not cues or any(t.text in (",", ":") or t.text.lower() in ("dass", "that") for t in toks[:cues[0].first - sent.token_start]):
            continue
        prev = doc.sentences[sent.i - 1]
        speaker = speaker_of_verb(doc, cues[0].first, blocked + [(toks[0].start, toks[0].end)])
        if speaker is None:
            continue
        verb = doc.tokens[cues[0].first]
        # „...“ Das sagte der Minister.: a quotation without a cue of its own gets this one
        for f in found:
            if f.kind == "direct" and f.cue is None and prev.start <= f.start < prev.end:
                f.cue, f.speaker, f.how = (verb.start, verb.end), speaker, "reported after"
        if prev.paragraph != sent.paragraph or any(prev.start <= f.start < prev.end or f.start <= prev.start < f.end
                                                   for f in found):
            continue
        ptoks = doc.tokens[prev.token_start:prev.token_end]
        last = len(ptoks)
        while last > 1 and ptoks[last - 1].pos == "PUNCT" and ptoks[last - 1].text not in CLOSING_MARKS:
            last -= 1
        first = ptoks[0].start
        lead = doc.sentences[sent.i - 2] if sent.i >= 2 else None
        if lead is not None and lead.paragraph == sent.paragraph and (sent.i == 2 or doc.sentences[sent.i - 3].paragraph
                                                                     != sent.paragraph) \
                and not any(lead.start <= f.start < lead.end or f.start <= lead.start < f.end for f in found) \
                and not verb_cues(doc, lead.token_start, lead.token_end, blocked):
            # the third sentence of a paragraph reports both before it (a news lead: "A1 wird privat finanziert.
            # Die Refinanzierung erfolgt über die Maut. Das gab der Minister bekannt.")
            first = lead.start
        out.append(Found("indirect", first, ptoks[last - 1].end, (verb.start, verb.end), speaker,
                         "reported before"))
    return out


def _resolve_anaphoric_frames(doc: Document, found: list[Found]) -> None:
    """ "Demnach ..." reports the source of the sentence before: the pronominal adverb is the
    speaker mention (like a pronoun) and the entity is that source's: the speaker of a quote in the
    previous sentence, else the actor named last there."""
    lex = lexicon(doc.lang)
    for f in found:
        if not f.how.startswith("frame:") or f.how[6:] not in lex.ANAPHORIC_FRAMES or f.speaker is None:
            continue
        sent = doc.sentence_at(f.speaker.start)
        if sent is None or sent.i == 0:
            continue
        prev = doc.sentences[sent.i - 1]
        earlier = [g for g in found if prev.start <= g.start < sent.start and g.speaker is not None]
        document = _document_before(doc, prev)
        if earlier and earlier[-1].speaker.entity_id is None or not earlier and document is not None:
            # the source is a document, no actor ("Das geht aus dem Urteil hervor. Demnach ...",
            # "Der Bundestag stimmte einer Gesetzesvorlage zu. Demnach ..."): it is the speaker
            f.speaker = earlier[-1].speaker if earlier else document
            continue
        if earlier:
            entity = earlier[-1].speaker.entity_id   # type: ignore[union-attr]
        else:
            named = last_named_before(doc, sent.start, prev.start)
            entity = named.entity_id if named else None
        f.speaker = Speaker(f.speaker.start, f.speaker.end, entity, pronoun=True)


def _document_before(doc: Document, sent) -> Speaker | None:
    """The last document noun of a sentence ("einer Gesetzesvorlage", "das Urteil") as a speaker."""
    nouns = getattr(lexicon(doc.lang), "DOCUMENT_NOUNS", frozenset())
    for tok in reversed(doc.tokens[sent.token_start:sent.token_end]):
        word = tok.text.lower()
        if tok.pos == "NOUN" and any(word.endswith(n) for n in nouns):
            first = tok.i
            while first > sent.token_start and doc.tokens[first - 1].pos in ("DET", "ADJ"):
                first -= 1
            return to_speaker(doc, (first, tok.i + 1))
    return None


def _document_issuers(doc: Document, found: list[Found]) -> None:
    """A document that speaks without naming its issuer ("hieß es in dem am Dienstag veröffentlichten
    Dekret", "the letter said") was issued by the actor the text just named as acting: the mention
    stays the document (it is where the source is named), the entity becomes the subject of the
    nearest of the two sentences before that has an actor subject."""
    for f in found:
        sp = f.speaker
        if sp is None or sp.entity_id is not None or sp.pronoun or not _is_document(doc, sp):
            continue
        if (owner := _document_owner(doc, sp)) is not None:
            f.speaker = Speaker(sp.start, sp.end, owner)   # "hieß es in einem Schreiben von Finanzministerin X"
            continue
        sent = doc.sentence_at(sp.start)
        for back in (1, 2):
            if sent is None or sent.i - back < 0:
                break
            issuer = _actor_subject(doc, doc.sentences[sent.i - back])
            if issuer is not None:
                f.speaker = Speaker(sp.start, sp.end, issuer.entity_id)
                break


def _document_owner(doc: Document, sp: Speaker) -> str | None:
    """The actor a document noun names as its author right after it ("einem Schreiben von Finanzministerin
    Taif Sami", "a letter from the ministry", "der Erklärung des Außenministeriums")."""
    toks = doc.tokens_in(sp.start, sp.end)
    if not toks or toks[-1].i + 1 >= len(doc.tokens) \
            or doc.tokens[toks[-1].i + 1].text.lower() not in getattr(lexicon(doc.lang), "DOCUMENT_OWNERS", ()):
        return None
    start = doc.tokens[toks[-1].i + 1].end
    window = doc.tokens[min(toks[-1].i + OWNER_REACH, len(doc.tokens) - 1)].end
    owner = next((m for m in doc.mentions if start <= m.start <= window and m.entity_id), None)
    return owner.entity_id if owner else None


OWNER_REACH = 4   # "von [der] Finanzministerin Taif Sami": the owner's mention starts within a few words


_ANAPHORS = frozenset({"it", "they", "sie", "er"})


def _resolve_unlinked(doc: Document, found: list[Found]) -> None:
    """A pronoun or bare definite noun the actors stage left unlinked ("It said", "what it called",
    "erklärte die Organisation") refers back to the salient actor: the subject of its own sentence
    when that comes first ("Japan summoned ... to protest what it called ..."), else the speaker of
    a quote in the sentence before, else that sentence's subject. A noun takes an organisation only."""
    for f in found:
        sp = f.speaker
        if sp is None or sp.entity_id is not None:
            continue
        toks = doc.tokens_in(sp.start, sp.end)
        sent = doc.sentence_at(sp.start)
        if sent is None or not toks:
            continue
        owner = _possessor(doc, found, sent, toks)
        if owner is not None:
            f.speaker = Speaker(sp.start, sp.end, owner.entity_id)
            continue
        pronoun = len(toks) == 1 and toks[0].text.lower() in _ANAPHORS
        report = len(toks) == 2 and toks[0].text.lower() in _DEFINITE_ARTICLES and toks[1].text.lower() in _REPORT_NOUNS
        if not pronoun and not report and not _bare_definite(doc, toks):
            continue
        # ("den Angaben zufolge": what the speaker of the quote before said)
        antecedent = (_previous_speaker(found, f) if report else None) or _salient_actor(doc, found, sent, sp.start)
        if (antecedent is None or antecedent.start == sp.start) and pronoun and f.start < sp.start:
            antecedent = _content_subject(doc, f, sent)
        if antecedent is None or antecedent.start == sp.start:
            continue
        label = _label(doc, antecedent)
        if pronoun or report or label == "ORG" or label == "PER" and _person_description(toks):
            f.speaker = Speaker(sp.start, sp.end, antecedent.entity_id, pronoun=sp.pronoun)


def _previous_speaker(found: list[Found], f: Found) -> Speaker | None:
    """The linked speaker of the latest quote that ends before this one starts."""
    before = [o for o in found if o.end <= f.start and o.speaker is not None and o.speaker.entity_id is not None]
    return max(before, key=lambda o: o.end).speaker if before else None


# Endings of nouns that name one person by a trait ("der Sozialist", "der konservative Politiker",
# "die Ökonomin", "the veteran politician")
_PERSON_ENDINGS = ("ist", "iker", "ician", "at", "ant", "ent", "eur", "in", "er", "or", "ian")


def _person_description(toks: list[Token]) -> bool:
    """A definite singular description of a person: "der Sozialist", "die Ökonomin", "the politician"."""
    words = [t for t in toks if t.pos != "ADJ"]
    article, noun = words[0].text.lower(), words[-1].text.lower()
    if not noun.endswith(_PERSON_ENDINGS):
        return False
    if article == "the":
        return not noun.endswith("s")
    return article == "der" or article == "die" and noun.endswith("in")


# Possessives of a speaker phrase and the nouns of those who speak for the possessor ("his office", "ihr Anwalt")
# (German "sein" is also the neuter's: "das Außenministerium ... nach seinen Informationen"; no place's, though:
# "Unterlagen einer Universität in Chicago, die nach seinen Angaben ...")
_SEIN = "PER|ORG"
_POSSESSIVES = {"his": "PER", "her": "PER", "its": "ORG", "their": None, "sein": _SEIN, "seine": _SEIN,
                "seines": _SEIN, "seiner": _SEIN, "seinem": _SEIN, "seinen": _SEIN, "ihr": None, "ihre": None,
                "ihres": None, "ihrer": None, "ihrem": None, "ihren": None}
_AGENT_NOUNS = ("office", "spokesman", "spokeswoman", "spokesperson", "lawyer", "lawyers", "attorney", "aide", "aides",
                "büro", "sprecher", "sprecherin", "anwalt", "anwältin", "anwälte", "berater", "beraterin",
                # what the possessor said or wrote is theirs: "nach ihren Angaben", "heißt es in seinem Bericht"
                "angaben", "worten", "darstellung", "aussage", "aussagen", "bericht", "mitteilung", "erklärung",
                "informationen", "erkenntnissen", "account", "statement", "report", "words")
# Of these, what was said: "den Angaben zufolge" (no possessor) takes up the speaker told before
_REPORT_NOUNS = frozenset(_AGENT_NOUNS[_AGENT_NOUNS.index("angaben"):])
_DEFINITE_ARTICLES = frozenset({"den", "der", "dem", "die", "the"})


def _possessor(doc: Document, found: list[Found], sent, toks: list[Token]) -> Speaker | None:
    """ "according to his office", "teilte sein Büro mit", "nach ihren Angaben": the office, spokesperson or lawyer
    of a person, or their report, speaks for them; the possessor is the person named last before it in the sentence,
    else the salient actor."""
    words = [t for t in toks if t.pos != "ADJ"]
    if len(words) != 2 or words[0].text.lower() not in _POSSESSIVES or words[1].text.lower() not in _AGENT_NOUNS:
        return None
    label = _POSSESSIVES[words[0].text.lower()]
    before = [m for m in doc.mentions if sent.start <= m.start < toks[0].start and m.entity_id and m.kind != "pronoun"]
    # (of the labels a possessive allows, the first that is named: a person before a body for "sein")
    for allowed in (label.split("|") if label else [None]):
        named = [m for m in before if allowed is None or m.label == allowed or allowed == "ORG" and m.label == "GPE"]
        if named:
            m = max(named, key=lambda m: m.start)
            return Speaker(m.start, m.end, m.entity_id)
    salient = _salient_actor(doc, found, sent, toks[0].start)
    if salient is not None and (label is None or _label(doc, salient) in label.split("|")):
        return salient
    return None


def _content_subject(doc: Document, f: Found, sent) -> Speaker | None:
    """ "The AU's Peace and Security Council "strongly condemns" the takeover, it said": the pronoun after
    the reported words goes back to the organisation those words open with, when nothing before names one."""
    first = doc.tokens[sent.token_start:min(sent.token_end, sent.token_start + 6)]
    if not first:
        return None
    opening = [m for m in doc.mentions if first[0].start <= m.start < first[-1].end and m.entity_id
               and m.label == "ORG" and m.kind == "name"]
    if not opening:
        return None
    m = max(opening, key=lambda m: m.start)
    return Speaker(m.start, m.end, m.entity_id)


_PERSONAL = frozenset({"he", "she", "er", "sie"})


def _prefer_subject(doc: Document, found: list[Found]) -> None:
    """ "Petkovic ... accused Prime Minister Albin Kurti of ... '...,' he said.": when the sentence
    before names both the pronoun's antecedent and another person as its subject, the subject is
    the antecedent (a subject pronoun continues the subject)."""
    for f in found:
        sp = f.speaker
        if sp is None or not sp.pronoun or sp.entity_id is None or doc.text[sp.start:sp.end].lower() not in _PERSONAL:
            continue
        sent = doc.sentence_at(sp.start)
        if sent is None or sent.i == 0:
            continue
        own = _actor_subject(doc, sent)
        if own is not None and own.start < sp.start and not f.start <= own.start < f.end:
            continue   # the sentence has its own subject before the pronoun
        prev = doc.sentences[sent.i - 1]
        subject = _actor_subject(doc, prev)
        if subject is None or subject.entity_id == sp.entity_id or _label(doc, subject) != "PER":
            continue
        if any(m.entity_id == sp.entity_id and prev.start <= m.start < prev.end for m in doc.mentions) \
                or _named_only_in(doc, sp, f):
            f.speaker = Speaker(sp.start, sp.end, subject.entity_id, pronoun=True)


def _named_only_in(doc: Document, sp: Speaker, f: Found) -> bool:
    """ "Die Schließung verstoße gegen die Regeln der Gemeinschaft, sagte sie.": the pronoun's antecedent
    is named in this sentence only inside the words it reports, and not in the sentence before: whoever is
    talked about is not who talks."""
    sent = doc.sentence_at(sp.start)
    if sent is None or not f.start < sp.start or f.end > sp.start:
        return False
    same = [m for m in doc.mentions if m.entity_id == sp.entity_id and sent.start <= m.start < sp.start
            and m.kind != "pronoun"]
    return bool(same) and all(f.start <= m.start < f.end for m in same)


def _bare_definite(doc: Document, toks: list[Token]) -> bool:
    """ "die Organisation", "the group": a definite article and one common noun."""
    words = [t for t in toks if t.pos != "ADJ"]
    return (len(words) == 2 and words[0].pos == "DET" and words[1].pos == "NOUN"
            and words[0].text.lower() in ("der", "die", "das", "the"))


def _salient_actor(doc: Document, found: list[Found], sent, before: int) -> Speaker | None:
    own = _actor_subject(doc, sent)
    if own is not None and own.end <= before:
        return own
    if sent.i == 0:
        return None
    prev = doc.sentences[sent.i - 1]
    quoted = [g.speaker for g in found if prev.start <= g.start < prev.end and g.speaker is not None
              and g.speaker.entity_id is not None]
    return quoted[-1] if quoted else _actor_subject(doc, prev)


def _label(doc: Document, sp: Speaker) -> str | None:
    m = next((m for m in doc.mentions if m.entity_id == sp.entity_id), None)
    return m.label if m else None


def _is_document(doc: Document, sp: Speaker) -> bool:
    nouns = getattr(lexicon(doc.lang), "DOCUMENT_NOUNS", frozenset())
    return any(t.pos == "NOUN" and t.text.lower().endswith(tuple(nouns)) for t in doc.tokens_in(sp.start, sp.end))


def _actor_subject(doc: Document, sent) -> Speaker | None:
    """The subject of a sentence's main verb when an actor mention with an entity names it."""
    toks = doc.tokens[sent.token_start:sent.token_end]
    root = next((t for t in toks if t.dep == "root"), None)
    if root is None:
        return None
    subject = speaker_of_verb(doc, root.i, [])
    return subject if subject is not None and subject.entity_id else None


_IMPERSONAL_CUES = frozenset({"heißt", "hieß", "hiess"})


def _resolve_bare_impersonal(doc: Document, found: list[Found]) -> None:
    """ "..., heißt es." naming no document continues the source reported just before it
    (the report or speaker of the previous quote in this or the previous paragraph)."""
    for f in found:
        if f.speaker is not None or f.cue is None or doc.text[f.cue[0]:f.cue[1]].lower() not in _IMPERSONAL_CUES \
                or not _es_next_to(doc, f.cue):
            continue   # ("das Projekt hieß „X“" names something)
        sent = doc.sentence_at(f.start)
        floor = _paragraph_start(doc, sent.paragraph - 1) if sent else 0
        earlier = [g for g in found if floor <= g.start < f.start and g.speaker is not None and g.end <= f.start]
        if earlier:
            f.speaker = max(earlier, key=lambda g: g.start).speaker


def _es_next_to(doc: Document, cue: tuple[int, int]) -> bool:
    words = [t.text.lower() for t in doc.tokens_in(max(0, cue[0] - 4), cue[1] + 4)]
    return "es" in words


def _a_name(doc: Document, q: Quoted) -> bool:
    """A capitalised verbless fragment in marks names something ("„Rat für nationale Sicherheit“")."""
    words = doc.tokens_in(q.start, q.end)
    return (doc.text[q.start].isupper() and len(words) <= _FRAGMENT
            and not any(t.pos in ("VERB", "AUX") for t in words)) or _names_a_thing(doc, q)


def _quoted_inside(doc: Document, quoted: list[Quoted], found: list[Found], hosts: list[Found]) -> list[Found]:
    """Quoted words inside a reported-speech continuation belong to its speaker
    ("Die Luftschläge dienten lediglich „dem illegitimen Regime“")."""
    out = []
    for q in quoted:
        if any(f.kind == "direct" and f.start == q.start for f in found):
            continue
        host = next((h for h in hosts if h.start <= q.open_at and q.close_end <= h.end + 1), None)
        if host is not None and not _a_name(doc, q):
            out.append(Found("direct", q.start, q.end, None, host.speaker, "inside continuation"))
    return out


def _mostly_inside(doc: Document, f: Found, blocked: list[tuple[int, int]]) -> bool:
    """An "indirect" clause that is really a direct quote (at most two words outside the marks)."""
    outside = [t for t in doc.tokens_in(f.start, f.end)
               if t.text[0].isalnum() and not any(a <= t.start < b for a, b in blocked)]
    return len(outside) <= 2


def _to_quotes(found: list[Found]) -> list[Quote]:
    seen: set[tuple[str, int, int]] = set()
    quotes: list[Quote] = []
    for f in sorted(found, key=lambda f: (f.start, f.end)):
        key = (f.kind, f.start, f.end)
        if key in seen or f.end <= f.start:
            continue
        seen.add(key)
        speaker: Speaker | None = f.speaker
        quotes.append(Quote(
            id=f"q{len(quotes) + 1}", kind=f.kind, start=f.start, end=f.end,
            cue_start=f.cue[0] if f.cue else -1, cue_end=f.cue[1] if f.cue else -1,
            speaker_entity_id=speaker.entity_id if speaker else None,
            speaker_mention=(speaker.start, speaker.end) if speaker else None,
            source=SOURCE))
    return quotes


__all__ = ["QuoteFinder", "SOURCE"]
