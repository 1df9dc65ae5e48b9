"""What the event coder knows of the document so far: earlier events, the sides of actors and the
actors a text implies without naming them.

The coder reads sentences in order and appends events to ``doc.events``; anaphoric acts ("die
Ausweisungen", "beide Seiten", "the move") are resolved by walking those events backwards
(``recent_events``). Implied actors (the security forces of an agentless arrest, the government
protesters turn against) are entities without mentions, ``implied-<sector>-<code>``.
"""
from __future__ import annotations

from typing import Callable, Iterator, Sequence

from ...model import ActorRef, Document, Entity, Event, Mention, Token
from ...resources.kb_loader import NON_STATE_CODES  # noqa: F401  (re-exported to the event coder)
from .roles import SIGN_AGREEMENT, Slot, latest_mention, mention_slot

SOURCE = "events.plover.v1"
MAX_ANAPHOR_SENTENCES = 6
ARTICLE_WINDOW = 40   # sentences: the whole of a news article
STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}
PAIR_EVENTS = {"CONSULT", "AGREE", "COOPERATE"}
HOSTILE = {"ASSAULT", "COERCE", "THREATEN", "SANCTION", "MOBILIZE"}
PLACE_TYPES = {"GPE", "LOC"}
IMPLIED_NAMES = {"GOV": "government", "CVL": "civilians", "COP": "security forces", "JUD": "court", "MIL": "army"}


def recent_events(doc: Document, sent: int, window: int = MAX_ANAPHOR_SENTENCES) -> Iterator[Event]:
    """Events coded so far, latest first, back to ``window`` sentences before ``sent`` (events are
    coded in sentence order, so the walk can stop at the first one too far back)."""
    for ev in reversed(doc.events):
        if sent - sentence_of(doc, ev.start) > window:
            return
        yield ev


def sentence_of(doc: Document, offset: int) -> int:
    sent = doc.sentence_at(offset)
    return sent.i if sent is not None else -1


def slot_in(doc: Document, ent: Entity | None, ev: Event) -> Slot | None:
    """A slot for an entity of an earlier event, on its mention inside that event's evidence if any."""
    if ent is None:
        return None
    ms = [m for m in (doc.mention(mid) for mid in ent.mention_ids) if m is not None]
    inside = [m for m in ms if ev.start <= m.start < ev.end] or ms
    if not inside:
        return None
    return mention_slot(doc, inside[0], ent)


def side(slot: Slot) -> tuple[str | None, str | None]:
    """Country and camp of an actor: a state's government, army and police are one side;
    rebels, opposition or civilians of the same country are another ("the army said the rebels ...")."""
    return side_of(slot.entity)


def side_of(ent: Entity) -> tuple[str | None, str | None]:
    sector = ent.actor.sector
    return ent.actor.code, "state" if sector in STATE_SECTORS or sector is None else sector


def camp(slot: Slot) -> tuple[str | None, str | None]:
    """The side a judgement takes: like ``side``, but courts and prosecutors stand apart from their
    government ("nannte die Razzia »verfassungswidrig«", "called the ruling judicial activism")."""
    if slot.entity.actor.sector == "JUD":
        return slot.entity.actor.code, "courts"
    return side(slot)


# What another judge or claimant says of an act: skipped when looking for who did the act judged
STANCES = {"ACCUSE", "SUPPORT", "REQUEST"}


def other_side_doer(doc: Document, speaker: Slot, sent: int, window: int = 1,
                    by: Callable[[Slot], tuple[str | None, str | None]] = side, judging: bool = False,
                    hosted: bool = False) -> Slot | None:
    """The actor of the latest event in this or the sentence before (or ``window`` sentences), if on
    another side than the speaker; when the speaker's side just accused or acted against someone,
    that target (the speaker goes on: "X warf Teheran Mord vor. „Das ist ein Verbrechen“, sagte sie").
    ``judging`` and ``hosted`` pass over meetings the speaker's side hosted: a host does not judge its guests."""
    for ev in recent_events(doc, sent, window=window):
        if not ev.actor_ids:
            continue
        slot = slot_in(doc, doc.entity(ev.actor_ids[0]), ev)
        target = slot_in(doc, doc.entity(ev.recipient_ids[0]), ev) if ev.recipient_ids else None
        if (judging or hosted) and ev.event in PAIR_EVENTS and not ev.negated and target is not None \
                and by(target) == by(speaker):
            # a host does not judge the guests it just received ("Boric empfing die Staatschefs ... Boric
            # verurteilte den Putsch"): the judgement is of something else
            continue
        if judging and slot is not None and ev.event in STANCES and by(slot) != by(speaker) \
                and not (target is not None and by(target) == by(speaker)):
            # a judgement is of the act, not of another judge or claimant of it ("Ägypten verurteilte den
            # Vorstoß. »Das ist eine Verletzung«, sagte der UN-Sprecher"): the one that judge judged did it
            # (one that judged the speaker's side is answered: "sprach von einer Einmischung")
            if target is not None:
                return target
            continue
        if slot is not None and by(slot) != by(speaker):
            return slot
        if slot is not None and ev.recipient_ids and ev.event in HOSTILE | {"ACCUSE"} and sentence_of(doc, ev.start) < sent:
            if target is not None and by(target) != by(speaker):
                return target
    return None


def joint_doers(doc: Document, doer: Slot, sent: int, window: int) -> list[Slot]:
    """The doer with the co-actors of its latest act ("Die USA und Frankreich forderten ...": both),
    one event per actor sharing that act's trigger."""
    for ev in recent_events(doc, sent, window):
        if ev.actor_ids[:1] != [doer.entity.id]:
            continue
        out = [doer]
        for other in doc.events:
            if other is not ev and other.event == ev.event and other.trigger_start == ev.trigger_start \
                    and other.actor_ids and other.actor_ids[0] not in {s.entity.id for s in out}:
                slot = slot_in(doc, doc.entity(other.actor_ids[0]), other)
                if slot is not None:
                    out.append(slot)
        return out
    return [doer]


def latest_doer(doc: Document, types: set[str], own: set[str], sent: int,
                window: int = MAX_ANAPHOR_SENTENCES, at: Sequence[Token] = (),
                other_than: tuple[str | None, str | None] | None = None) -> Slot | None:
    """The actor of the latest earlier event of these types; an implied one ("unidentified attackers")
    only when ``at`` gives words to stand on, else the walk goes further back. ``other_than`` skips the
    acts of that side."""
    for ev in recent_events(doc, sent, window):
        if ev.event in types and ev.actor_ids and ev.actor_ids[0] not in own:
            ent = doc.entity(ev.actor_ids[0])
            if other_than is not None and ent is not None and side_of(ent) == other_than:
                continue
            slot = slot_in(doc, ent, ev)
            if slot is None and ent is not None and not ent.mention_ids and at:
                slot = implied_slot(ent, at)
            if slot is not None:
                return slot
    return None


def latest_requester(doc: Document, refuser: Slot, sent: int) -> Slot | None:
    """The maker of the latest demand or protest aimed at the refuser's side, on another side, within
    a few sentences; none when an accusation of that side came later ("wies das zurück" is a denial)."""
    makers = latest_requesters(doc, refuser, sent)
    return makers[0] if makers else None


def latest_requesters(doc: Document, refuser: Slot, sent: int, yielding: bool = False) -> list[Slot]:
    """All makers of that latest demand: "Die EU und die USA hatten Pristina aufgefordert" has two. A demand
    of the other side, or of the refuser in person, or an offer or invitation just made to the refuser in person.
    With ``yielding`` (a refusal to apologise, resign or withdraw) an accusation since is no denial that ends the
    search."""
    makers: list[Slot] = []
    first: Event | None = None
    for ev in recent_events(doc, sent, window=REFUSAL_WINDOW):
        if first is not None and (ev.trigger_start, ev.trigger_end) != (first.trigger_start, first.trigger_end):
            break
        if ev.event not in ("REQUEST", "PROTEST", "ACCUSE", "AGREE") or not ev.actor_ids:
            continue
        doer = slot_in(doc, doc.entity(ev.actor_ids[0]), ev)
        target = doc.entity(ev.recipient_ids[0]) if ev.recipient_ids else None   # implied ones too
        if (target is None or not target.mention_ids) and ev.event == "REQUEST" and first is None \
                and sentence_of(doc, ev.start) == sent - 1 and doer is not None \
                and doer.entity.id != refuser.entity.id and side(doer) != side(refuser):
            # a demand of no one named (or of a government only implied), told in the sentence just before: "Die
            # Ukraine hatte gefordert, auch Russland auf die Liste zu setzen. Die FATF lehnte dies ab."
            return [doer]
        # (one side's demand made of the refuser in person counts too: "Der Präsidialrat forderte Kabir auf")
        # (and a demand made of a state is refused by a member of its government: "Moe forderte die
        # Bundesregierung auf, ... Trudeau lehnte eine Ausweitung ab")
        addressed = target is not None and (target.id == refuser.entity.id or _own_state_asked(target, refuser))
        if ev.event == "AGREE" and (not addressed or sentence_of(doc, ev.start) < sent - 1):
            continue   # (an offer or invitation just made is turned down by whom it was made to: "lud ... ein. Branson
            # lehnte ab.")
        if doer is not None and target is not None and doer.entity.id != refuser.entity.id \
                and (addressed or side_of(target) == side(refuser) != side(doer)):
            if ev.event == "ACCUSE":
                if yielding:
                    continue   # "Sánchez verlangte eine Entschuldigung. Das Außenministerium bestellte ... ein."
                return []
            first = first or ev
            if all(m.entity.id != doer.entity.id for m in makers):
                makers.append(doer)
    return makers


REFUSAL_WINDOW = 5


def _own_state_asked(target: Entity, refuser: Slot) -> bool:
    """Is the demand's addressee the refuser's own state or government (a body, not a person)?"""
    return target.type in {"GPE", "ORG"} and target.actor.sector == "GOV" and refuser.entity.type == "PER" \
        and refuser.entity.actor.sector == "GOV" and target.actor.code is not None \
        and target.actor.code == refuser.entity.actor.code


def earlier_doer(doc: Document, event: str, own: set[str], sent: int, mode: str | None = None) -> list[Slot]:
    """The actor of the latest earlier event of this type (an event noun read as anaphoric); of this mode
    too when the article told one ("kritisierte die Ausweisung": the expulsion of its lead, not relations
    broken off since)."""
    def of_type(window: int) -> list[Event]:
        return [ev for ev in recent_events(doc, sent, window)
                if ev.event == event and ev.actor_ids and ev.actor_ids[0] not in own]
    same = [ev for ev in of_type(ARTICLE_WINDOW) if ev.mode == mode] if mode is not None else []
    for ev in same or of_type(MAX_ANAPHOR_SENTENCES):
        ent = doc.entity(ev.actor_ids[0])
        if ent is None or not ent.mention_ids:
            return []
        m = doc.mention(ent.mention_ids[0])
        if m is None:
            return []
        return [mention_slot(doc, m, ent)]
    return []


def earlier_recipient(doc: Document, event: str, sent: int, at: Sequence[Token] = (), count: int = 1) -> list[Slot]:
    """The recipient of the latest earlier event of this type, within a few sentences (an implied
    recipient gets a stand-in mention on ``at``). With a ``count`` ("beide kamen frei", "die drei") the last
    ones of that act ("Mossack und Fonseca waren festgenommen worden": one event each)."""
    found: list[Slot] = []
    for ev in recent_events(doc, sent):
        if ev.event != event or not ev.recipient_ids:
            continue
        if found and (ev.start != start or len(found) == count):
            break
        start = ev.start
        ent = doc.entity(ev.recipient_ids[0])
        slot = slot_in(doc, ent, ev)
        if slot is None and ent is not None and not ent.mention_ids and at:
            slot = implied_slot(ent, at)
        if slot is None:
            break
        found.append(slot)
    return found


def last_threatened(doc: Document, code: str | None, sent: int) -> list[Slot]:
    """Everyone the actor threatened in its latest earlier threat (one event per target)."""
    threats = [ev for ev in recent_events(doc, sent) if ev.event == "THREATEN" and ev.recipient_ids
               and ev.actor_ids and doc.entity(ev.actor_ids[0]).actor.code == code]
    if not code or not threats:
        return []
    last = [ev for ev in reversed(threats) if ev.start == threats[0].start]
    slots = [slot_in(doc, doc.entity(ev.recipient_ids[0]), ev) for ev in last]
    return [s for s in slots if s is not None]


def last_pair(doc: Document, sent: int, types: set[str] | None = PAIR_EVENTS,
              outsider: str | None = None, states: bool = False) -> tuple[Slot, Slot] | None:
    """Actor and recipient of the latest meeting or agreement in the sentences before (of the latest
    event of any type that has both when ``types`` is None); events with the ``outsider`` entity as a
    party are skipped (the mediator calling on "beide Länder" is not one of them). With ``states``
    the two must be of different countries ("both countries")."""
    for ev in recent_events(doc, sent):
        paired = types is None or ev.event in types or ev.cameo == SIGN_AGREEMENT   # "unterzeichneten das Abkommen"
        if not paired or not ev.recipient_ids or not ev.actor_ids \
                or ev.actor_ids[0] == ev.recipient_ids[0] or outsider in (ev.actor_ids[0], ev.recipient_ids[0]):
            continue
        if states and doc.entity(ev.actor_ids[0]).actor.code == doc.entity(ev.recipient_ids[0]).actor.code:
            continue
        slots = [slot_in(doc, doc.entity(eid), ev) for eid in _sides_of(doc, ev)]
        if slots[0] is not None and slots[1] is not None:
            return slots[0], slots[1]
    return None


def _sides_of(doc: Document, ev: Event) -> tuple[str, str]:
    """The two sides an event shows: its actor and recipient, unless the actor did the same to a second
    party of another country in that sentence ("drohte beiden Ländern", "rief beide Seiten auf"); then the
    actor stands outside and the two it addressed are the sides. (Not when another acts in the sentence too:
    "U.S. and Iranian negotiators held talks in Muscat" is a meeting of two, told with its host.)"""
    code = doc.entity(ev.recipient_ids[0]).actor.code
    told = [e for e in doc.events if e.start == ev.start]
    other = next((e.recipient_ids[0] for e in reversed(told) if e.event == ev.event and e.recipient_ids
                  and doc.entity(e.recipient_ids[0]).actor.code not in (code, None)), None)
    alone = all(e.actor_ids[:1] == ev.actor_ids[:1] for e in told)
    return (other, ev.recipient_ids[0]) if other is not None and code is not None and alone \
        else (ev.actor_ids[0], ev.recipient_ids[0])


def last_co_actors(doc: Document, sent: int) -> tuple[Slot, Slot] | None:
    """The two actors of different countries who did the latest earlier act together ("Wong and her Dutch
    counterpart welcomed the decision. The two governments called on Russia ..."): one event each on a
    shared trigger."""
    for ev in recent_events(doc, sent):
        if not ev.actor_ids or sentence_of(doc, ev.start) >= sent:
            continue
        code = doc.entity(ev.actor_ids[0]).actor.code
        other = next((o for o in doc.events if o is not ev and o.trigger_start == ev.trigger_start
                      and o.event == ev.event and o.actor_ids
                      and doc.entity(o.actor_ids[0]).actor.code not in {code, None}), None)
        if other is None or code is None or code in NON_STATE_CODES \
                or doc.entity(other.actor_ids[0]).actor.code in NON_STATE_CODES:
            continue
        first, second = slot_in(doc, doc.entity(other.actor_ids[0]), other), slot_in(doc, doc.entity(ev.actor_ids[0]), ev)
        if first is not None and second is not None:
            return first, second
    return None


def lead_states(doc: Document, sent: int) -> tuple[Slot, Slot] | None:
    """The first two states named in the article's first sentence, when it names exactly two ("Saudi-
    Arabien und der Iran wollen ..."): the sides "beide Seiten" refers to when no meeting was coded."""
    if not doc.sentences or sent == 0:
        return None
    lead = doc.sentences[0]
    slots: dict[str, Slot] = {}
    for m in doc.mentions:
        ent = doc.entity(m.entity_id) if m.entity_id else None
        if ent is None or ent.type != "GPE" or not ent.actor.code or ent.actor.code in NON_STATE_CODES \
                or not (lead.start <= m.start < lead.end) or m.kind == "capital":
            continue
        if ent.actor.code not in slots:
            slots[ent.actor.code] = mention_slot(doc, m, ent)
    return tuple(slots.values()) if len(slots) == 2 else None   # type: ignore[return-value]


def earlier_aggressor(doc: Document, code: str | None, sent: int) -> Slot | None:
    """The actor of the latest earlier hostile event against an actor of this country."""
    for ev in recent_events(doc, sent):
        if ev.event not in HOSTILE or not ev.recipient_ids or not ev.actor_ids:
            continue
        target, doer = doc.entity(ev.recipient_ids[0]), doc.entity(ev.actor_ids[0])
        if target is None or doer is None or target.actor.code != code or doer.actor.code == code:
            continue
        return slot_in(doc, doer, ev)
    return None


def last_struck(doc: Document, actor: Slot, sent: int) -> Slot | None:
    """Whom the actor's country attacked in its latest earlier attack, within a few sentences (a state's
    strikes told without a target continue that attack)."""
    code = actor.entity.actor.code
    if not code or code in NON_STATE_CODES:
        return None
    for ev in recent_events(doc, sent):
        if ev.event != "ASSAULT" or not ev.actor_ids or not ev.recipient_ids or ev.negated:
            continue
        doer, target = doc.entity(ev.actor_ids[0]), doc.entity(ev.recipient_ids[0])
        if doer is not None and target is not None and doer.actor.code == code and target.actor.code != code:
            return slot_in(doc, target, ev)
    return None


def last_held(doc: Document, sent: int) -> Slot | None:
    """Whom the latest earlier arrest held, within a few sentences, if it was not denied ("Der Geheimdienst
    hatte den 48-Jährigen festgenommen" after the arrest of a minister held him). ``earlier_recipient`` serves
    custody orders and releases, which follow any coercion."""
    for ev in recent_events(doc, sent):
        if ev.event == "COERCE" and ev.mode == "arrest" and ev.recipient_ids and not ev.negated \
                and (held := doc.entity(ev.recipient_ids[0])) is not None:
            return slot_in(doc, held, ev)
    return None


def counterpart(doc: Document, code: str | None, sent: int) -> Slot | None:
    """The other state of the latest earlier dispute of this country: the party it accused,
    sanctioned or attacked, or that did so to it (a foreigner it deported is no party to a dispute)."""
    return partner(doc, code, sent, HOSTILE | {"ACCUSE", "REJECT"}, keep=lambda other: not _private(other))


def foreign_state(doc: Document, code: str | None, sent: int) -> Slot | None:
    """The latest state other than this country named in the sentences just before: where an envoy
    recalled without a place serves ("Zudem werde Botschafter X zu Konsultationen zurückgerufen")."""
    if not code or sent == 0:
        return None
    return latest_mention(doc, doc.sentences[sent].start,
                          lambda ent: ent.actor.code not in NON_STATE_CODES | {None, code},
                          since=doc.sentences[max(0, sent - MAX_ANAPHOR_SENTENCES)].start)


def partner(doc: Document, code: str | None, sent: int, types: set[str] | None = None,
            keep: Callable[[Entity], bool] = lambda other: True) -> Slot | None:
    """The other party (one ``keep`` accepts) of the latest earlier event (of ``types``, else any) this country
    took part in: whom a pledge or offer without a named addressee is made to ("Mexiko hat zugesagt, ... Wasser
    zu liefern")."""
    for ev in recent_events(doc, sent):
        if (types is not None and ev.event not in types) or not ev.recipient_ids or not ev.actor_ids or not code:
            continue
        doer, target = doc.entity(ev.actor_ids[0]), doc.entity(ev.recipient_ids[0])
        if doer is None or target is None or doer.actor.code == target.actor.code:
            continue
        if code in (doer.actor.code, target.actor.code):
            other = target if doer.actor.code == code else doer
            if keep(other):
                return slot_in(doc, other, ev)
    return None


def opponent(doc: Document, actor: Slot, sent: int) -> Slot | None:
    """The other side of the latest attack, coercion or threat the actor took part in."""
    for ev in recent_events(doc, sent):
        if ev.event not in {"ASSAULT", "COERCE", "THREATEN"} or not ev.actor_ids or not ev.recipient_ids:
            continue
        parties = [slot_in(doc, doc.entity(eid), ev) for eid in (ev.actor_ids[0], ev.recipient_ids[0])]
        if None in parties or side(parties[0]) == side(parties[1]):
            continue
        # the actor's own side: the same entity, or its camp ("RSF-Anführer Daglo" for the RSF)
        own = [k for k, p in enumerate(parties) if p.entity.id == actor.entity.id or side(p) == side(actor)]
        if own and not _private(parties[1 - own[0]].entity):
            return parties[1 - own[0]]   # (one deported or arrested is no side of a fight)
    return None


def _private(entity: Entity) -> bool:
    """A person of no office, party or group."""
    return entity.type == "PER" and not entity.actor.sector


def implied_slot(ent: Entity, tokens: Sequence[Token]) -> Slot:
    """A slot for an implied entity, on a stand-in mention over the trigger words: only for the
    coder's bookkeeping, never output."""
    m = Mention(id=f"{ent.id}@{tokens[0].start}", start=tokens[0].start, end=tokens[0].end,
                text=ent.actor.identifier_text or "", label="ORG", kind="implied", entity_id=ent.id)
    return Slot(m, ent, "implied", tokens[0].i, tokens[-1].i)


def implied_entity(doc: Document, code: str, sector: str, name: str | None = None) -> Entity:
    """An actor the text implies but does not name; it has no mentions, so it is never a slot.
    Its label is "<name> (<code>, implied)", the name by sector unless given ("protesters")."""
    eid = f"implied-{sector.lower()}-{code.lower()}"
    ent = doc.entity(eid)
    if ent is None:
        label = f"{name or IMPLIED_NAMES[sector]} ({code}, implied)"
        ent = Entity(id=eid, type="ORG", actor=ActorRef(code=code, sector=sector, identifier_text=label),
                     source=SOURCE)
        doc.entities.append(ent)
    return ent


def implied_actor(doc: Document, code: str, sector: str, tokens: Sequence[Token], name: str | None = None) -> Slot:
    """A slot for the implied actor of ``code`` and ``sector``, standing on ``tokens``."""
    return implied_slot(implied_entity(doc, code, sector, name), tokens)


DATELINE_BONUS = 2


def article_country(doc: Document, besides: str | None = None) -> str | None:
    """The country the article names most (first named on a tie): where its unplaced acts happen; with
    ``besides``, the most named other than that one (where a foreigner of that country is)."""
    counts: dict[str, float] = {}
    dateline = None
    lead_end = doc.sentences[min(1, len(doc.sentences) - 1)].end if doc.sentences else 0
    for m in doc.mentions:
        ent = doc.entity(m.entity_id) if m.entity_id else None
        if ent is not None and ent.type in PLACE_TYPES and ent.actor.code and ent.actor.code not in NON_STATE_CODES \
                and ent.actor.code != besides:
            # a wire story names its scene in the lead
            counts[ent.actor.code] = counts.get(ent.actor.code, 0) + (2 if m.start < lead_end else 1)
            if m.start == 0:
                dateline = ent.actor.code
    if dateline and counts[dateline] > 2:
        # "LA PAZ, Bolivia (AP) —": the dateline's state, when the story names it again (a regional bureau
        # it never names again is no scene: "MEXICO CITY (AP) — Nicaraguan police ...")
        counts[dateline] += DATELINE_BONUS
    return max(counts, key=lambda c: counts[c]) if counts else None
