"""Who spoke: the noun phrase a cue belongs to, and the actor mention inside it.

With a dependency parse the speaker is the ``nsubj`` subtree of the cue verb.
Without one (every ``head == -1``) it is the noun phrase next to the cue:
after it in inverted frames ("sagte der Präsident", "said Kirby"), before it
in subject-first clauses ("Der Präsident sagte", "He said"). The phrase is
then narrowed to the actors stage's best mention (name > title > pronoun)
so ``speaker_entity_id`` links to a canonical actor when one is known.
"""
from __future__ import annotations

from dataclasses import dataclass

from ...model import Document, Mention, Token
from ..nlp.tokenizer import dateline
from .cues import causative, is_particle

_NP_CORE = frozenset({"NOUN", "PROPN"})   # plus hyphenated numbers ("der 63-Jährige"), see _core
_NP_MOD = frozenset({"DET", "ADJ", "NUM"})
_BOUNDARY_POS = frozenset({"PUNCT", "CCONJ", "SCONJ"})
_BOUNDARY_WORDS = frozenset({"wie", "as", "so", "who", "which", "und", "and"})
_PREFIX_STOP = frozenset({"wie", "as", "so", "who", "which"})
_LINK_ADP = frozenset({"of", "on", "for", "at", "in", "von", "für", "aus", "bei"})   # "Commission on Debates"
_RELATIVE = frozenset({"der", "die", "das", "dessen", "deren", "welcher", "welche", "welches", "who", "whose",
                       "which", "that"})
# Nouns that head adverbials, not speakers ("am Montag sagte", "in einem Interview").
NOT_SPEAKERS = frozenset("""
montag dienstag mittwoch donnerstag freitag samstag sonntag woche wochenende jahr monat tag
gestern heute vorgestern abend morgen nachmittag zeit interview erklärung mitteilung pressekonferenz statement
januar februar märz april mai juni juli september oktober november dezember
monday tuesday wednesday thursday friday saturday sunday week year month day evening morning
interview statement conference time
""".split())
_SUBJECT_PRONOUNS = frozenset({"er", "sie", "es", "wir", "ich", "he", "she", "they", "we", "i", "it", "man"})
# A person named in a speaker phrase speaks, not the organisation around them ("VW-Finanzvorstand
# Hans Dieter Pötsch", "OCHA-Sprecherin Tom").
_LABEL_RANK = {"PER": 0, "ORG": 1}
_KIND_RANK = {"name": 0, "title": 1, "adjective": 2, "capital": 2, "pronoun": 3}
_DEMONSTRATIVES = frozenset({"dieser", "diese", "jener", "jene", "letzterer", "letztere", "ersterer", "erstere"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "csubj"})
_COORDINATORS = frozenset({"und", "sowie", "and"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
# English possessive determiners (tagged PRON) open a noun phrase like an article: "his wife", "its office"
POSSESSIVE_DETERMINERS = frozenset({"his", "her", "its", "their", "our", "my", "your"})


@dataclass(frozen=True, slots=True)
class Speaker:
    start: int                  # char span of the speaker mention (or phrase)
    end: int
    entity_id: str | None = None
    pronoun: bool = False


def has_parse(tokens: list[Token]) -> bool:
    return any(t.head >= 0 for t in tokens)


def speaker_of_verb(doc: Document, cue: int, blocked: list[tuple[int, int]]) -> Speaker | None:
    """Speaker of the cue verb at token index ``cue`` (tokens inside ``blocked`` spans never count).
    For impersonal German frames ("In dem Bericht heißt es, ...", "Aus dem Bericht geht hervor,
    ...") the speaker is the document or medium the clause names, or None."""
    found = _speaker_of_verb(doc, cue, blocked)
    if found is not None:
        found = _subject_after_object_relative(doc, found, cue) or _relative_antecedent(doc, found, blocked) or found
    if doc.lang != "de":
        return found
    lemma = doc.tokens[cue].lemma.lower()
    impersonal = found is not None and doc.text[found.start:found.end].lower() == "es"
    hervor = lemma == "gehen" and _particle_after(doc, cue, "hervor")
    if impersonal or hervor:
        return _medium(doc, cue, blocked) or _capital_voice(doc, cue)
    if lemma == "zitieren":
        return _quoting_medium(doc, cue, found, blocked)
    # a subjectless frame, mostly passive ("In einem Bericht wurde vermutet, dass ..."): the
    # document named there is the source
    return found if found is not None else _medium(doc, cue, blocked)


_RELATIVE_SUBJECTS = frozenset({"who", "which", "that", "der", "die", "welcher", "welche"})
GERMAN_RELATIVES = frozenset({"der", "die", "das", "dem", "den", "denen", "dessen", "deren", "welche", "welcher"})
# relative pronouns that are never a subject ("das" is taken as one only when no pronoun follows)
_OBJECT_RELATIVES = GERMAN_RELATIVES - _RELATIVE_SUBJECTS


def _subject_after_object_relative(doc: Document, found: Speaker, cue: int) -> Speaker | None:
    """"das er eine »Hexenjagd« nannte": a German relative pronoun that cannot be the subject (or is
    followed by a personal pronoun before the verb) is the object; that pronoun speaks."""
    toks = doc.tokens_in(found.start, found.end)
    if doc.lang != "de" or len(toks) != 1 or toks[0].text.lower() not in _OBJECT_RELATIVES \
            or toks[0].i == 0 or doc.tokens[toks[0].i - 1].text != ",":
        return None
    subject = next((t for t in doc.tokens[toks[0].i + 1:cue] if t.pos == "PRON"
                    and t.text.lower() not in _OBJECT_RELATIVES), None)
    return to_speaker(doc, (subject.i, subject.i + 1)) if subject is not None else None


def _relative_antecedent(doc: Document, found: Speaker, blocked: list[tuple[int, int]]) -> Speaker | None:
    """A relative pronoun is no speaker: "Venâncio Mondlane, who says he won the vote" and "der Minister,
    der sagte, dass" are spoken by the noun phrase the relative clause hangs on (the phrase before the comma)."""
    toks = doc.tokens_in(found.start, found.end)
    if len(toks) != 1 or toks[0].text.lower() not in _RELATIVE_SUBJECTS or toks[0].i < 2:
        return None
    rel = toks[0]
    sent = doc.sentences[rel.sent]
    if doc.tokens[rel.i - 1].text != "," or rel.i - 1 <= sent.token_start:
        return None
    phrase = _noun_phrase_before(doc.tokens, rel.i - 2, sent.token_start, blocked)
    if phrase is None:
        return None
    antecedent = to_speaker(doc, phrase)
    if doc.lang == "de" and antecedent.entity_id is not None:
        # German corpora name the relative pronoun as the source ("Carter, der sagte, ..."); it stands for the
        # antecedent's actor like any pronoun
        return Speaker(rel.start, rel.end, antecedent.entity_id, pronoun=True)
    return antecedent


def _quoting_medium(doc: Document, cue: int, person: Speaker | None,
                    blocked: list[tuple[int, int]]) -> Speaker | None:
    """ "wie Hoyzer zitiert wird von Spiegel-Online", "wird der Franzose im Fachblatt X zitiert": the
    medium that quotes is where the source is named (the mention), the person quoted is who spoke
    (the entity). Without a named organisation in the clause the person is the speaker."""
    sent = doc.sentences[doc.tokens[cue].sent]
    lo, hi = _clause_bounds(doc, cue, sent)
    media = [m for m in doc.mentions if m.label == "ORG" and m.kind == "name" and lo <= m.start and m.end <= hi
             and not any(a <= m.start < b for a, b in blocked)
             and (person is None or not (m.start < person.end and person.start < m.end))]
    span = None
    if media:
        medium = min(media, key=lambda m: abs(m.start - doc.tokens[cue].start))
        span = (medium.start, medium.end, medium.entity_id)
    else:   # the passive agent the parser found, named or not ("von Spiegel-Online")
        agent = next((t for t in doc.tokens[sent.token_start:sent.token_end] if t.head == cue and t.dep == "obl:agent"
                      and not _inside(t, blocked)), None)
        if agent is not None:
            members = [i for i in _subtree(doc.tokens[sent.token_start:sent.token_end], agent.i)
                       if doc.tokens[i].pos != "ADP"]
            span = (doc.tokens[min(members)].start, doc.tokens[max(members)].end, None)
        else:
            word = _medium_word(doc, cue, lo, hi, person, blocked)
            if word is not None:
                span = (word.start, word.end, None)
    if span is None:
        return person
    entity = person.entity_id if person is not None and person.entity_id else span[2]
    return Speaker(span[0], span[1], entity)


_WEB_ENDINGS = (".de", ".com", ".net", ".org", ".at", ".ch")


def _medium_word(doc: Document, cue: int, lo: int, hi: int, person: Speaker | None,
                 blocked: list[tuple[int, int]]) -> Token | None:
    """A medium the actors stage did not name, nearest the cue in its clause: a web address ("zitiert ndr.de"),
    a title in marks ("zitiert die „Computerwoche“ Lynch"); not the person."""
    hits = []
    for tok in doc.tokens:
        if not lo <= tok.start < hi or tok.i == cue or _inside(tok, blocked) or tok.pos not in ("NOUN", "PROPN", "X") \
                or person is not None and person.start <= tok.start < person.end:
            continue
        low = tok.text.lower()
        marked = tok.i > 0 and doc.tokens[tok.i - 1].text in ("„", "»", "“", '"') and tok.i + 1 < len(doc.tokens) \
            and doc.tokens[tok.i + 1].text in ("“", "”", "«", '"')
        if low.endswith(_WEB_ENDINGS) or marked:   # (an unnamed "in der Zeitung" names nobody)
            hits.append(tok)
    return min(hits, key=lambda t: abs(t.i - cue)) if hits else None


def _clause_bounds(doc: Document, cue: int, sent) -> tuple[int, int]:
    """Char span of the cue's clause: from the comma or colon before it to the one after it."""
    tokens = doc.tokens
    first = next((j + 1 for j in range(cue - 1, sent.token_start - 1, -1) if tokens[j].text in (",", ":", ";")),
                 sent.token_start)
    last = next((j for j in range(cue + 1, sent.token_end) if tokens[j].text in (",", ":", ";")), sent.token_end)
    return tokens[first].start, tokens[last - 1].end


def _particle_after(doc: Document, cue: int, particle: str) -> bool:
    sent = doc.sentences[doc.tokens[cue].sent]
    return any(t.text.lower() == particle for t in doc.tokens[cue + 1:sent.token_end])


_MEDIUM_ADP = frozenset({"in", "im", "auf", "aus", "bei", "beim"})


def _medium(doc: Document, cue: int, blocked: list[tuple[int, int]]) -> Speaker | None:
    """ "In einer Presseerklärung hieß es", "Im Bericht der Kommission heißt es", "Auf der Webseite heißt
    es": the nearest in/auf phrase of the cue's clause that is not a time or place name."""
    tokens = doc.tokens
    sent = doc.sentences[tokens[cue].sent]
    best = None
    for tok in tokens[sent.token_start:sent.token_end]:
        if tok.text.lower() not in _MEDIUM_ADP or tok.pos != "ADP" or _inside(tok, blocked):
            continue
        phrase = noun_phrase_after(tokens, tok.i + 1, sent.token_end, blocked, allow=_MEDIUM_NOUNS)
        if phrase is None or phrase[0] > cue + 4 or tokens[phrase[1] - 1].i < cue - 20:
            continue
        head = next((t for t in tokens[phrase[0]:phrase[1]] if t.pos in _NP_CORE), None)
        if head is None or head.text.lower() in _NOT_MEDIA or head.pos != "NOUN" and not (
                head.pos == "PROPN" and tok.text.lower() in ("bei", "beim")):
            continue   # "In Berlin hieß es" names a place; "Bei Russland Aktuell hieß es" a source
        between = tokens[min(_after_relative(tokens, phrase[1], cue), cue):max(tok.i, cue)]
        if any(t.text in (",", ";", ":") for t in between):
            continue   # another clause
        if best is None or abs(tok.i - cue) < abs(best[0] - cue):
            best = (tok.i, phrase)
    return to_speaker(doc, best[1]) if best else None


def _capital_voice(doc: Document, cue: int) -> Speaker | None:
    """ "..., hieß es in Minsk": a capital named right after the frame speaks for its state."""
    tokens = doc.tokens
    if cue + 3 >= len(tokens) or tokens[cue + 1].text.lower() != "es" or tokens[cue + 2].text.lower() not in ("in", "aus"):
        return None
    at = tokens[cue + 3]
    mention = next((m for m in doc.mentions if m.start == at.start and m.entity_id), None)
    entity = doc.entity(mention.entity_id) if mention is not None else None
    if entity is None or entity.type != "GPE":
        return None
    return Speaker(mention.start, mention.end, mention.entity_id)


def _after_relative(tokens: list[Token], i: int, cue: int) -> int:
    """Past a relative clause that ends right before the cue: "In der Resolution, die der
    Sicherheitsrat annahm, heißt es" (the document still frames the cue)."""
    if i + 1 < cue and tokens[i].text == "," and tokens[i + 1].text.lower() in _RELATIVE \
            and tokens[cue - 1].text == "," and not any(t.text in (";", ":") for t in tokens[i:cue]):
        return cue
    return i


# Documents and occasions that frame an impersonal report ("hieß es in einer Erklärung des Ministeriums")
# though they head no speaker phrase elsewhere ("in einer Erklärung sagte der Minister").
_MEDIUM_NOUNS = frozenset({"interview", "erklärung", "mitteilung", "pressekonferenz", "statement"})
# Nouns after "in"/"auf" that are times or places, not documents ("im Jahr", "in der Stadt").
_NOT_MEDIA = NOT_SPEAKERS - _MEDIUM_NOUNS | frozenset("""
stadt land region hauptstadt gegend nähe folge zukunft vergangenheit richtung lage fall zusammenhang
""".split())


def _speaker_of_verb(doc: Document, cue: int, blocked: list[tuple[int, int]]) -> Speaker | None:
    tokens = doc.tokens
    lassen = causative(doc, cue)
    if lassen is not None:
        cue = lassen   # "ließ er über das Staatsfernsehen erklären": the subject of "lassen" speaks
    sent = doc.sentences[tokens[cue].sent]
    sent_tokens = tokens[sent.token_start:sent.token_end]
    opening = dateline(doc, sent)
    if opening is not None:
        blocked = blocked + [opening]   # "Teheran (IRNA) - Der Sprecher ... sagte": the agency is no speaker
    if has_parse(sent_tokens):
        found = _parsed_subject(doc, cue, sent_tokens, blocked)
        if found is not None and doc.lang == "de":
            first, stop = _token_span(doc, found)
            if _addressed_medium(tokens, (first, stop)):
                found = None   # a dative medium the parser took for the subject
            elif first >= 2 and _own_agency(doc, tokens[stop - 1]) and _addressed_medium(tokens, (first - 2, stop)):
                # "sagte ein Institutsleiter der Nachrichtenagentur AFP" in an AFP story: the story's own agency
                # is told, never the speaker
                blocked = blocked + [(tokens[first - 2].start, tokens[stop - 1].end)]
                found = None
            else:
                cut = next((k for k in range(first + 1, stop - 1) if tokens[k - 1].pos == "PROPN"
                            and _addressed_medium(tokens, (k, stop))), None)
                if cut is not None:   # "sagte Lawrow der Nachrichtenagentur Interfax": the medium is addressed
                    found = to_speaker(doc, (first, cut))
        if found is None and cue > sent.token_start and doc.lang == "de" and is_particle(tokens[cue - 1]):
            # "Wie der Hersteller am Morgen bekannt gab": the parser hangs the subject on the particle
            found = _parsed_subject(doc, cue - 1, sent_tokens, blocked)
        if found is None and doc.lang == "de":
            found = _wie_subject(doc, cue, sent, blocked)
        if found:
            return found
    if doc.lang == "en" and tokens[cue].text.lower().endswith("ing") and cue > sent.token_start:
        # ", adding ...", ", saying ...": the participle shares the main clause's subject
        main = next((t.i for t in tokens[sent.token_start:cue] if t.pos in ("VERB", "AUX")
                     and not _inside(t, blocked)), None)
        if main is not None:
            return _speaker_of_verb(doc, main, blocked)
    cue = _finite_anchor(tokens, cue, sent.token_start) if doc.lang == "de" else cue
    prefix = _subject_prefix(tokens, cue, sent.token_start, blocked)
    if prefix:
        return to_speaker(doc, prefix)
    after = noun_phrase_after(tokens, _skip_adverbs(tokens, cue + 1, sent.token_end), sent.token_end, blocked)
    i = cue - 1
    while doc.lang == "de" and i > sent.token_start and cue - i <= 2 and (
            tokens[i].pos in ("ADJ", "ADV", "PART") or is_particle(tokens[i])) and tokens[i].text.islower():
        i -= 1   # verb-final clause: "wie der Verband (gestern) bekannt gab"
    past_relative = _skip_relative_back(tokens, i, sent.token_start)
    before = _noun_phrase_before(tokens, _skip_adverbial_back(tokens, past_relative, sent.token_start),
                                 sent.token_start, blocked)
    if before and not _clause_initial(tokens, before[0], sent.token_start):
        before = None
    # the comma closing a relative clause ("Georgescu, who won the first round, called ...") does not
    # invert the frame: the phrase before the relative clause is the subject, the one after the object
    inverted = cue == sent.token_start or tokens[cue - 1].pos == "PUNCT" and not (before and past_relative != i)
    if doc.lang == "en" and (not inverted or tokens[cue].lemma.lower() == "tell"):
        after = None   # "accused the government of ...", "told reporters": in English the phrase after
        #                the verb is its object unless a quotation inverts the frame ('"...," said Kirby');
        #                whom a speaker tells is never the speaker
    if before is None and cue > sent.token_start and tokens[cue - 1].text.lower() in _COORDINATORS:
        # "sprach von einer Provokation und warf Islamabad vor": the verb after "und" shares the
        # subject of the first conjunct; the phrase after it is its object
        shared = _coordinated_subject(doc, cue, sent.token_start, blocked)
        if shared is not None:
            return shared
    order = (before, after)
    if doc.lang != "de" and inverted:
        order = (after, before)   # '"...," said Kirby'
    if doc.lang == "de" and before and after and _addressed_medium(tokens, before):
        order = (after, before)   # "Der Nachrichtenagentur Reuters sagte ein Sprecher, ...": the medium is addressed
    for span in order:
        if span:
            return to_speaker(doc, span)
    return _coordinated_subject(doc, cue, sent.token_start, blocked)


def _wie_subject(doc: Document, cue: int, sent, blocked: list[tuple[int, int]]) -> Speaker | None:
    """ "Wie die britische Tageszeitung „The Guardian“ berichtete, ...": the noun phrase right after a
    sentence-initial "wie" is the subject of the verb that closes the wie-clause (the parser may take the
    verb for a relative clause of that phrase)."""
    tokens = doc.tokens
    first = tokens[sent.token_start]
    if first.text.lower() != "wie" or cue - sent.token_start < 2 or \
            any(t.pos in ("VERB", "AUX") or t.text in (",", ";", ":") for t in tokens[sent.token_start + 1:cue]
                if not _inside(t, blocked) and not is_particle(t)):
        return None
    phrase = noun_phrase_after(tokens, sent.token_start + 1, cue, blocked)
    return to_speaker(doc, phrase) if phrase else None


def _skip_adverbs(tokens: list[Token], i: int, stop: int) -> int:
    """Past adverbs and time adverbials between cue and speaker: "betont auch die Polizei",
    "sagte am Montag der Minister", "said on Monday"."""
    for _ in range(4):
        if i >= stop:
            break
        tok = tokens[i]
        if tok.pos in ("ADV", "PART") and tok.text.lower() not in ("nicht", "not", "so", "wie", "as"):
            i += 1
        elif tok.pos == "ADP" and i + 1 < stop and tokens[i + 1].text.lower() in NOT_SPEAKERS:
            i += 2
        elif (tok.pos == "ADP" and i + 2 < stop and tokens[i + 1].pos == "DET"
              and tokens[i + 2].text.lower() in NOT_SPEAKERS):
            i += 3
        elif tok.text in _DASHES and tokens[i + 1].pos == "ADP":
            # an adverbial between dashes: "gab heute – nach eingehenden Untersuchungen – Professor X bekannt"
            close = next((k for k in range(i + 2, min(stop, i + 14)) if tokens[k].text in _DASHES), None)
            if close is None or any(t.pos in ("VERB", "AUX") for t in tokens[i + 1:close]):
                break
            i = close + 1
        else:
            break
    return i


_DASHES = frozenset({"–", "—", "-"})


def _skip_relative_back(tokens: list[Token], i: int, start: int) -> int:
    """Back past a relative clause between subject and cue: "Sanders, who has already sent
    pleas on his behalf, said", "Der Minister, der am Montag in Kiew war, sagte"."""
    if i <= start or tokens[i].text != ",":
        return i
    for j in range(i - 1, max(start, i - 30), -1):
        if tokens[j].text == "," and j + 1 < i and (_relative_pronoun(tokens, j + 1, start) or j + 2 < i
                                                    and tokens[j + 1].pos == "ADP"
                                                    and _relative_pronoun_after(tokens, j + 2)):
            # (", of which Durov is a citizen,", ", in dem er lebt,")
            return j - 1 if j - 1 >= start else i
        if tokens[j].text in (",", ";", ":", "(", ")"):
            return i
    return i


def _relative_pronoun_after(tokens: list[Token], j: int) -> bool:
    """A relative pronoun after a preposition: "of which", "in dem", "von denen"."""
    return tokens[j].text.lower() in _RELATIVE | {"whom", "denen"} and tokens[j].text.lower() != "that"


def _skip_adverbial_back(tokens: list[Token], i: int, start: int) -> int:
    """Back past one prepositional phrase between subject and cue: "The force in its statement
    said", "Der Minister am Montag sagte" is rare in German but common in English ("Kirby on Monday said")."""
    j = i
    while j > start and tokens[j].pos in ("NOUN", "PROPN", "ADJ", "NUM") and i - j < 4:
        j -= 1
    if j > start and tokens[j].pos in ("DET", "PRON") and tokens[j - 1].pos == "ADP":
        j -= 1
    if j > start and j < i and tokens[j].pos == "ADP" and tokens[j].text.lower() in ("in", "on", "at", "am", "im"):
        return j - 1
    return i


def _coordinated_subject(doc: Document, cue: int, start: int, blocked: list[tuple[int, int]]) -> Speaker | None:
    """ "X wies auf ... hin und betonte, ...": the cue shares the subject of the verb before "und"."""
    tokens = doc.tokens
    conj = next((j for j in range(cue - 1, max(start, cue - 3) - 1, -1) if tokens[j].text.lower() in ("und", "and")), None)
    if conj is None:
        return None
    verb = next((t.i for t in tokens[start:conj] if t.pos in ("VERB", "AUX")), None)
    if verb is None:
        return None
    return speaker_of_verb(doc, verb, blocked)


def _subject_prefix(tokens: list[Token], cue: int, start: int,
                    blocked: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Everything between the clause start and the cue when it is one subject with appositions:
    "Einer der Putschisten, Harouna Djibrilla Adamou, ergänzte", "Kirby, the spokesman, said"."""
    j = cue - 1
    while j >= start and not _inside(tokens[j], blocked) and tokens[j].pos not in ("VERB", "AUX", "SCONJ") \
            and tokens[j].text.lower() not in _PREFIX_STOP and tokens[j].text not in (":", ";") \
            and not _relative_pronoun(tokens, j, start):
        j -= 1
    first, last = j + 1, cue
    while first < last and tokens[first].text == ",":
        first += 1
    while last > first and tokens[last - 1].text == ",":
        last -= 1
    if last - first < 2 or "," not in {t.text for t in tokens[first:last]}:
        return None   # plain phrases are handled by the before/after rules
    if tokens[first].pos in ("ADP", "ADV", "CCONJ") or first > start and tokens[first - 1].pos in ("VERB", "AUX"):
        # the end of a fronted clause comes first: "... were deemed ineligible, Roberta Lange,
        # the state party chairwoman, said": the subject starts after its comma
        comma = next((k for k in range(first, last) if tokens[k].text == ","), None)
        if comma is None or comma + 1 >= last or tokens[comma + 1].pos not in ("PROPN", "DET", "NOUN"):
            return None
        first = comma + 1
        if "," not in {t.text for t in tokens[first:last]}:
            return None
    if not any(t.pos in ("PROPN", "NOUN", "PRON") for t in tokens[first:last]):
        return None
    return (first, last)


def _parsed_subject(doc: Document, cue: int, sent_tokens: list[Token],
                    blocked: list[tuple[int, int]]) -> Speaker | None:
    for tok in sent_tokens:
        if tok.head == cue and tok.dep in _SUBJECT_DEPS and not _inside(tok, blocked):
            members = _subtree(sent_tokens, tok.i)
            members = [i for i in members if not _inside(doc.tokens[i], blocked)]
            members = _without_scene(doc, sent_tokens, members, tok.i)
            members = _before_relative(doc.tokens, members, tok.i)
            if members:
                head = tok.i if tok.i in members else None
                return to_speaker(doc, (min(members), max(members) + 1), head=head)
    verb = doc.tokens[cue]
    for aux in sent_tokens:
        if aux.head == cue and aux.dep in ("aux", "aux:pass") and aux.i < cue and any(
                t.head == aux.i and t.dep in _SUBJECT_DEPS for t in sent_tokens):
            # the parser hung the subject on the auxiliary ("hatte ein Talibanführer ... erklärt")
            return _parsed_subject(doc, aux.i, sent_tokens, blocked)
    if verb.dep in ("ccomp", "parataxis", "conj") and 0 <= verb.head < cue - 1 and doc.tokens[cue - 1].text == "," \
            and "Mood=Ind" in verb.morph and (head := _verb_above(doc, verb.head)) is not None:
        # "nannte die Entscheidung „enttäuschend“, sagte aber zu, ...": a verb opening a clause after a comma
        # that the parse hangs on the clause before shares the subject of that clause's verb
        return _parsed_subject(doc, head, sent_tokens, blocked)
    if verb.dep == "conj" and verb.head >= 0 and verb.head != cue:
        return _parsed_subject(doc, verb.head, sent_tokens, blocked)   # "schlug ... an und gab bekannt"
    if verb.dep in ("cop", "aux") and verb.head >= 0 and verb.head != cue and doc.tokens[verb.head].sent == verb.sent:
        return _parsed_subject(doc, verb.head, sent_tokens, blocked)   # "X ist der Meinung", "sei er zu dem Schluss gekommen"
    return None


def _without_scene(doc: Document, sent_tokens: list[Token], members: list[int], head: int) -> list[int]:
    """The subject phrase without a place or channel the parser hung on it: "schrieb der Politiker auf Twitter",
    "sagte der Politiker in Berlin" name no speaker in Twitter or Berlin."""
    for tok in sent_tokens:
        if tok.head != head or tok.dep != "nmod" or tok.i < head:
            continue
        case = next((t for t in sent_tokens if t.head == tok.i and t.dep == "case"), None)
        if case is None:
            continue
        cut = set(_subtree(sent_tokens, tok.i))
        place = any(m.label in ("GPE", "LOC") for m in doc.mentions if m.start <= tok.start < m.end)
        actor = any(m.label in ("PER", "ORG") for m in doc.mentions
                    if any(m.start <= doc.tokens[i].start < m.end for i in cut))
        # ("sagte einer der Verteidiger nach der Urteilsverkündung": when, not who)
        if case.text.lower() in _SCENE_PREPOSITIONS and (place or tok.text.lower() in _PLATFORMS) \
                or case.text.lower() in _TIME_PREPOSITIONS and not actor:
            return [i for i in members if i not in cut]
    return members


# Prepositions of where something is said or posted, and the platforms posted on; of when it was said
_SCENE_PREPOSITIONS = frozenset({"auf", "in", "im", "bei", "über", "am", "on", "at"})
_TIME_PREPOSITIONS = frozenset({"nach", "vor", "während", "after", "before", "during"})
_PLATFORMS = frozenset({"twitter", "x", "facebook", "telegram", "instagram", "tiktok", "youtube", "truth"})


def _verb_above(doc: Document, i: int) -> int | None:
    """The verb a word hangs on, itself or up to three heads up."""
    for _ in range(4):
        if i < 0:
            return None
        if doc.tokens[i].pos == "VERB":
            return i
        i = doc.tokens[i].head
    return None


def _before_relative(tokens: list[Token], members: list[int], head: int) -> list[int]:
    """The subject phrase without a relative clause the parser hung on it: "The United Arab Emirates, of which
    Durov is also a citizen," is the Emirates."""
    for k in range(head + 1, max(members, default=head)):
        if tokens[k].text == "," and k + 1 < len(tokens) and (
                _relative_pronoun(tokens, k + 1, 0) or tokens[k + 1].pos == "ADP" and k + 2 < len(tokens)
                and _relative_pronoun_after(tokens, k + 2)):
            return [i for i in members if i < k]
    return members


def _subtree(sent_tokens: list[Token], root: int) -> list[int]:
    out, frontier = {root}, [root]
    while frontier:
        node = frontier.pop()
        for tok in sent_tokens:
            if tok.head == node and tok.i not in out and tok.dep not in ("acl", "acl:relcl", "punct"):
                out.add(tok.i)
                frontier.append(tok.i)
    return sorted(out)


def noun_phrase_after(tokens: list[Token], i: int, stop: int, blocked: list[tuple[int, int]],
                      allow: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """A noun phrase starting at token ``i``: a pronoun, or DET/ADJ* NOUN/PROPN+ with a genitive and a name apposition.
    Head nouns in ``allow`` count even when they are no speakers elsewhere ("in einer Erklärung")."""
    if i >= stop or _inside(tokens[i], blocked):
        return None
    if tokens[i].pos == "PRON" and tokens[i].text.lower() in _SUBJECT_PRONOUNS:
        return (i, i + 1)
    if tokens[i].text.lower() in _DEMONSTRATIVES and tokens[i].text[0].islower() and \
            (i + 1 >= stop or tokens[i + 1].pos not in _NP_MOD | _NP_CORE):
        return (i, i + 1)   # a demonstrative alone: "In einem Interview mit dem Anwalt ... sagte dieser, dass"
    j = i
    if tokens[i].text.lower() in POSSESSIVE_DETERMINERS and i + 1 < stop and tokens[i + 1].pos in _NP_MOD | _NP_CORE:
        j += 1   # "according to his wife, Winnie Byanyima"
    while j < stop and tokens[j].pos in _NP_MOD and not _inside(tokens[j], blocked):
        j += 1
    k = j
    while k < stop and (_core(tokens[k]) or tokens[k].pos == "X" and tokens[k].text[0].isupper()) \
            and not _inside(tokens[k], blocked):
        k += 1
    if k == j and j > i and tokens[i].pos == "DET":
        if tokens[j - 1].pos == "ADJ" and not tokens[j - 1].text[0].islower():
            return (i, j)   # nominalised adjective: "der 63-Jährige", "die Grünen"
        k = _participial_head(tokens, j, stop, blocked)   # "die von Riad angeführte Militärkoalition"
    if k == j or tokens[k - 1].text.lower() in NOT_SPEAKERS - allow:
        return None
    # genitive or "of" continuation: "der Sprecher des Außenministeriums", "spokesman for the ministry";
    # after a name "der Nachrichtenagentur X" is whom the speaker told ("sagte Lawrow der Agentur Interfax")
    if k < stop and tokens[k].text.lower() in ("des", "der", "eines", "of", "for") and tokens[j].pos != "PROPN" \
            and not (tokens[k - 1].pos == "PROPN" and _addressed_medium(tokens, (k, stop))):
        tail = noun_phrase_after(tokens, k + 1, stop, blocked) if tokens[k].text.lower() in ("of", "for") \
            else noun_phrase_after(tokens, k, stop, blocked)
        if tail and tokens[k].text.lower() in ("of", "for"):
            k = tail[1]
        elif tail and tokens[tail[0]].text.lower() in ("des", "der", "eines"):   # "eines ehemaligen Amtsrichters"
            k = tail[1]
    # name apposition: "Sprecher Saeed Khatibzadeh", ", Heike van Laak"
    if k + 1 < stop and tokens[k].text == "," and tokens[k + 1].pos == "PROPN":
        m = k + 1
        while m < stop and (tokens[m].pos == "PROPN" or tokens[m].text in ("van", "von", "de", "al")):
            m += 1
        if m >= stop or tokens[m].pos == "PUNCT":
            k = m
    return (i, k)


# Media a speaker talks to, in the dative ("sagte der Nachrichtenagentur Reuters", "dem Sender CNN"):
# word endings of the head noun
_ADDRESSEE_MEDIA = ("agentur", "zeitung", "zeitschrift", "sender", "magazin", "blatt", "rundfunk", "fernsehen",
                    "radio", "portal", "nachrichtendienst")


def _own_agency(doc: Document, tok: Token) -> bool:
    """The name is the agency in brackets of the story's dateline ("Kabul (AFP) - ...")."""
    span = dateline(doc, doc.sentences[0]) if doc.sentences else None
    if span is None:
        return False
    head = doc.tokens_in(*span)
    opened = next((k for k, t in enumerate(head) if t.text == "("), len(head))
    return any(t.text == tok.text or tok.text.lower() in AGENCY_LONG_NAMES.get(t.text.lower(), ())
               for t in head[opened + 1:] if t.text != ")")


# The last word of the long names of the agencies whose short names open German datelines
# ("sagte ein Clanältester der Deutschen Presse-Agentur" in a dpa story)
AGENCY_LONG_NAMES = {"dpa": ("presse-agentur",), "afp": ("france-presse",)}


def _addressed_medium(tokens: list[Token], span: tuple[int, int]) -> bool:
    """The phrase at ``span`` opens with a dative article and a medium noun: "der Nachrichtenagentur Reuters",
    "dem Fernsehsender CNN" (for "der" the caller decides the case from the position)."""
    first, stop = span
    if first + 1 >= stop or tokens[first].text.lower() not in ("der", "dem"):
        return False
    j = first + 1
    while j < stop - 1 and tokens[j].pos == "ADJ":
        j += 1
    head = tokens[j].text.lower()
    return tokens[j].pos in ("NOUN", "PROPN") and head.endswith(_ADDRESSEE_MEDIA)


def _token_span(doc: Document, speaker: "Speaker") -> tuple[int, int]:
    toks = doc.tokens_in(speaker.start, speaker.end)
    return (toks[0].i, toks[-1].i + 1) if toks else (0, 0)


def _core(tok: Token) -> bool:
    return tok.pos in _NP_CORE or (tok.pos == "NUM" and "-" in tok.text and tok.text[-1].isalpha())


def _participial_head(tokens: list[Token], j: int, stop: int, blocked: list[tuple[int, int]]) -> int:
    """End of "DET <PP> ADJ NOUN": a noun within six tokens that follows an adjective."""
    for m in range(j, min(stop, j + 6)):
        tok = tokens[m]
        if _inside(tok, blocked) or tok.pos in ("VERB", "AUX", "PUNCT", "SCONJ", "CCONJ"):
            return j
        if tok.pos in _NP_CORE and m > j and tokens[m - 1].pos == "ADJ":
            k = m
            while k < stop and tokens[k].pos in _NP_CORE:
                k += 1
            return k
    return j


def _noun_phrase_before(tokens: list[Token], i: int, start: int,
                        blocked: list[tuple[int, int]]) -> tuple[int, int] | None:
    if i < start or _inside(tokens[i], blocked):
        return None
    if tokens[i].pos == "PRON" and tokens[i].text.lower() in _SUBJECT_PRONOUNS:
        return (i, i + 1)
    if tokens[i].text == ")":   # "Bundespräsident Christian Wulff (CDU) hat"
        opener = next((j for j in range(i - 1, max(start, i - 8) - 1, -1) if tokens[j].text == "("), None)
        if opener is not None and opener > start:
            inner = _noun_phrase_before(tokens, opener - 1, start, blocked)
            return (inner[0], i + 1) if inner else None
    j = i
    while j >= start and (tokens[j].pos in _NP_CORE or tokens[j].pos in _NP_MOD or tokens[j].pos == "X") \
            and not _inside(tokens[j], blocked):
        j -= 1
    first = j + 1
    if first > i or tokens[i].pos not in _NP_CORE or tokens[i].text.lower() in NOT_SPEAKERS:
        return None
    if first - 2 >= start and tokens[first - 1].text.lower() in _LINK_ADP and tokens[first - 2].pos in _NP_CORE:
        head = _noun_phrase_before(tokens, first - 2, start, blocked)
        if head:
            return (head[0], i + 1)
    if first - 2 >= start and tokens[first - 1].text in _POSSESSIVE and tokens[first - 2].pos in _NP_CORE:
        owner = _noun_phrase_before(tokens, first - 2, start, blocked)   # "the ELN's central command"
        if owner:
            return (owner[0], i + 1)
    if first > start and tokens[first - 1].pos == "ADP":
        # "des Außenministeriums" in "Der Sprecher des Außenministeriums sagte" is part of a longer phrase
        return None
    return (first, i + 1)


def _clause_initial(tokens: list[Token], first: int, start: int) -> bool:
    return (first == start or tokens[first - 1].pos in _BOUNDARY_POS or tokens[first - 1].text.lower() in _BOUNDARY_WORDS
            or _relative_pronoun(tokens, first - 1, start))


def _relative_pronoun(tokens: list[Token], j: int, start: int) -> bool:
    return tokens[j].text.lower() in _RELATIVE and j > start and tokens[j - 1].text == ","


def _finite_anchor(tokens: list[Token], cue: int, start: int) -> int:
    """For a participle cue ("hat ... bekräftigt") the finite auxiliary carries the subject position."""
    for j in range(cue - 1, start - 1, -1):
        if tokens[j].text in (",", ":", ";") or tokens[j].pos == "VERB":
            break
        if tokens[j].pos == "AUX":
            return j
    return cue


def _inside(tok: Token, blocked: list[tuple[int, int]]) -> bool:
    return any(a <= tok.start and tok.end <= b for a, b in blocked)


def to_speaker(doc: Document, span: tuple[int, int], head: int | None = None) -> Speaker:
    """The actor mention that best names the phrase ``span`` (token indices), or the phrase itself.
    With the phrase's syntactic ``head`` (token index) a mention of the head wins: in "die Sprecherin
    der UNO-Organisation (OCHA)" the speaker is the spokeswoman, not the organisation."""
    first, last = doc.tokens[span[0]], doc.tokens[span[1] - 1]
    start, end = first.start, last.end
    best = best_mention(doc, start, end, head=doc.tokens[head] if head is not None else None)
    if best is not None and best.kind == "title" and first.text.lower() in _INDEFINITE_ARTICLES \
            and any(m.entity_id == best.entity_id and m.end <= start for m in doc.mentions):
        # "Ein Sprecher der Ta'ang National Liberation Army" is someone new, not the spokeswoman named before:
        # the organisation named in the phrase is whom the statement is from
        named = [m for m in doc.mentions if start <= m.start and m.end <= end and m.kind == "name"
                 and m.label == "ORG" and m.entity_id and m.entity_id != best.entity_id]
        if named:
            best = named[0]
    pronoun = span[1] - span[0] == 1 and first.pos == "PRON"
    if best is not None:
        return Speaker(best.start, best.end, best.entity_id, pronoun=best.kind == "pronoun")
    return Speaker(start, end, None, pronoun=pronoun)


_INDEFINITE_ARTICLES = frozenset({"ein", "eine", "einer", "einem", "einen", "a", "an"})


def best_mention(doc: Document, start: int, end: int, head: Token | None = None) -> Mention | None:
    inside = [m for m in doc.mentions if m.start < end and start < m.end]
    if not inside:
        return None

    def off_head(m: Mention) -> bool:
        return head is not None and not (m.start <= head.start and head.end <= m.end) \
            and m.label in ("PER", "ORG")

    if head is not None and not any(m.start <= head.start and head.end <= m.end and m.entity_id
                                    and m.label in ("PER", "ORG") for m in inside):
        head = None   # the head is no actor mention ("Angaben", a bare noun): fall back to the ranking
    return min(inside, key=lambda m: (m.entity_id is None, off_head(m), _LABEL_RANK.get(m.label, 2),
                                      _KIND_RANK.get(m.kind, 2), m.start))


def last_named_before(doc: Document, offset: int, floor: int) -> Speaker | None:
    """The closest person (else organisation) named before ``offset`` and after ``floor``: a fallback
    for a quote paragraph whose speaker was introduced in the paragraph before."""
    named = [m for m in doc.mentions if floor <= m.start and m.end <= offset and m.kind != "pronoun"]
    for label in ("PER", "ORG"):
        hits = [m for m in named if m.label == label]
        if hits:
            m = max(hits, key=lambda m: m.start)
            return Speaker(m.start, m.end, m.entity_id)
    if doc.mentions:
        return None
    names = [t for t in doc.tokens if floor <= t.start and t.end <= offset and t.pos == "PROPN"]
    if not names:
        return None
    # without actor mentions: the first name of the latest sentence that has one (its subject, usually)
    sent = names[-1].sent
    first = next(t for t in names if t.sent == sent)
    last = first
    while last.i + 1 < len(doc.tokens) and doc.tokens[last.i + 1].pos == "PROPN":
        last = doc.tokens[last.i + 1]
    return Speaker(first.start, last.end, None)
