"""Geocoding: where each event happened, resolved to GeoNames with coordinates and country.

Runs after the events stage. For every event in ``doc.events`` (its sentence is
``event.start:event.end``) the first rule that gives a place wins:

1. A place named in the sentence with evidence (``finder``): a locative preposition ("in Kairo",
   "near Kyiv", "nahe der Hauptstadt Damaskus"), a place noun ("der Küstenstadt Banias") or a
   LOC/GPE tag from the nlp stage. A bare name is not taken ("Israel flog Angriffe" names an actor).
   Events on the ground (``PHYSICAL_EVENTS``) take any such place; statements, demands, agreements
   and sanctions only a city or region after "in"/"at" ("einigten sich in München"), because other
   places in such sentences are mostly the subject ("Massaker in der Stadt Banias", "the attack in
   Damascus"). Among several: preposition or place noun before NER tag, city before region before
   country, then nearest the event's trigger.
2. The same happening told again: an earlier event of the same type with the same actor and
   recipient countries that was placed by rule 1 ("launched an airstrike near X. The airstrike
   killed two militants.").
3. A one-place story: when the whole text names exactly one city, and names it after a locative
   preposition ("in Kabul") or in the dateline, an attack, arrest, protest or deployment
   (``SPOT_EVENTS``) between actors of that city's country happened there.
4. A meeting reached by a trip (CONSULT with "besuchte", "empfing", "visited", "arrived" ...) with
   no place named happened in the host country, which by the annotation conventions is the
   recipient's; when the dateline names a city of that country, that city.

A name several places share goes to the largest, with a bonus for capitals and for the countries
of the event's actors and of the document's entities. Events keep ``location = None`` when no rule
applies (precision first).

Also offered to other stages: :func:`resolve_place`, :func:`country_location`, :func:`region_country` (the
country of a federal state a name opens with) and :func:`dateline_state` (the country of an AP dateline's state).

Evaluation (``eval/geo/run.py``): see ``eval/geo/README.md`` for the current figures.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from ...model import Document, Event, Location
from .finder import Candidate, candidates, dateline, lookup_name, patterns
from .gazetteer import ADMIN1, CITY, COUNTRY, REGION, Gazetteer, Place, load_gazetteer, normalise

LOGGER = logging.getLogger(__name__)
SOURCE = "geo.gazetteer.v1"
TRIP_EVENTS = frozenset({"CONSULT"})
# Events that happen on the ground. Any place with evidence in their sentence places them; the other
# types (statements, demands, agreements, sanctions) only a city or region after "in"/"at", since
# "in <country>" there mostly names the subject ("Giftanschlag in Großbritannien").
PHYSICAL_EVENTS = frozenset({"CONSULT", "COOPERATE", "AID", "RETREAT", "PROTEST", "MOBILIZE",
                             "COERCE", "ASSAULT"})
# Federations whose states name their own police, courts and governments ("Kentucky State Police",
# "Sindh Police")
STATE_NAMED_FEDERATIONS = frozenset({"USA", "CAN", "AUS", "IND", "PAK", "NGA", "BRA", "MEX", "ARG", "MYS", "DEU",
                                     "AUT", "CHE"})
# Events that happen at one spot, which a one-place story may supply.
SPOT_EVENTS = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"})


def resolve_place(name: str, lang: str, country_hint: str | None = None,
                  story: frozenset[str] = frozenset()) -> Location | None:
    """The most likely place called ``name`` ("Kairo", "Den Haag", "Kyiv", "Syrien"), or None.

    ``country_hint`` (ISO3) picks a place in that country when one has the name; a town named by a foreign
    alias alone must lie in the hint's country or in ``story``'s.
    Function words and titles never resolve; other common words do (the caller judges context).
    """
    gaz = load_gazetteer()
    clean = " ".join(name.split())
    if not clean or clean.casefold() in patterns(lang).NEVER:
        return None
    form = lookup_name(gaz, clean, lang) or lookup_name(gaz, clean.title(), lang)
    if not form:
        return None
    hints = frozenset({country_hint}) if country_hint else frozenset()
    place = gaz.best(form, hints, only=country_hint, story=story | hints)
    return place.location() if place else None


def region_country(name: str) -> str | None:
    """The country of the federal state a name begins with: "Kentucky State Police", "Sindh Police". None
    when the words also name a country ("Georgia") or a city, which the caller judges, or states of two
    federations ("Punjab"), and for the regions of unitary states, whose names are often ordinary words
    ("Maritime Employers Association" is not Togo's)."""
    gaz = load_gazetteer()
    words = name.split()
    for n in range(min(3, len(words) - 1), 0, -1):
        matches = gaz.lookup(" ".join(words[:n]))
        countries = {m.place.country for m in matches}
        if matches and all(m.place.kind == ADMIN1 for m in matches) and countries <= STATE_NAMED_FEDERATIONS:
            return countries.pop() if len(countries) == 1 else None
    return None


def dateline_state(name: str, lang: str) -> str | None:
    """The country of a dateline's "TOWN, State" ("WHITESBURG, Ky", "Harrisburg, Pennsylvania") from the
    state, for towns the gazetteer lacks."""
    _, comma, state = name.partition(",")
    state = state.strip()
    if not comma or not state:
        return None
    full = patterns(lang).DATELINE_STATES.get(state if state.endswith(".") else state + ".", state)
    countries = [m.place.country for m in load_gazetteer().lookup(full) if m.place.kind == ADMIN1]
    if full != state and "USA" in countries:
        return "USA"   # "HELENA, Mont.": AP's abbreviations are American states (not Bulgaria's Montana province)
    return countries[0] if countries else None


def country_location(iso3: str) -> Location:
    """A country-level location: English name, ISO3, centre point and GeoNames id.

    Raises KeyError for codes that are not countries (UNO, EUR, IGO, ...)."""
    place = load_gazetteer().countries.get(iso3.upper())
    if place is None:
        raise KeyError(f"'{iso3}' is not an ISO 3166 alpha-3 country code known to the gazetteer")
    return place.location()


SPECIFICITY = {CITY: 3, REGION: 2, ADMIN1: 1, COUNTRY: 0}
Placed = tuple[Location, str]       # the place and a note for the event's explanation


@dataclass(frozen=True, slots=True)
class Found:
    candidate: Candidate
    place: Place

    def rank(self, anchor: int) -> tuple[int, int, int]:
        strong = 1 if self.candidate.evidence in ("prep", "noun") else 0
        return (-strong, -SPECIFICITY[self.place.kind], abs(self.candidate.start - anchor))


@dataclass(slots=True)
class Context:
    """What the geocoder knows about the whole document."""

    gaz: Gazetteer
    countries: frozenset[str]
    head: Place | None                   # the dateline's place
    story_city: Place | None             # the only city the text names, if just one
    placed: list[tuple[Event, Location]]  # events placed from their own sentence, in order


class Geocoder:
    """Sets ``event.location`` for the events in ``doc.events``."""

    name = SOURCE

    def __call__(self, doc: Document) -> None:
        if not doc.events:
            return
        ctx = self.context(doc)
        for event in sorted(doc.events, key=lambda e: e.start):
            if event.location is not None:
                continue
            placed = self.locate(doc, event, ctx)
            if placed is not None:
                event.location, note = placed
                event.explanation = f"{event.explanation}; {note}" if event.explanation else note
                LOGGER.debug("%s %s: %s", doc.id, event.id, note)

    def context(self, doc: Document) -> Context:
        gaz = load_gazetteer()
        countries = _entity_countries(doc)
        head = dateline(doc, gaz)
        cities = {f.place.key: f.place for f in self.places_in(doc, 0, len(doc.text), gaz, countries)
                  if f.place.kind == CITY and f.candidate.evidence == "prep"}
        if head is not None and head.kind == CITY:
            cities[head.key] = head
        story_city = next(iter(cities.values())) if len(cities) == 1 else None
        return Context(gaz, countries, head, story_city, [])

    def locate(self, doc: Document, event: Event, ctx: Context) -> Placed | None:
        """The event's place and a note saying why, or None."""
        actors = _event_countries(doc, event.actor_ids)
        recipients = _event_countries(doc, event.recipient_ids)
        found = self.places_in(doc, event.start, event.end, ctx.gaz, ctx.countries | actors | recipients)
        if event.event not in PHYSICAL_EVENTS:
            statement = patterns(doc.lang).STATEMENT_PREPOSITIONS
            found = [f for f in found if f.place.kind != COUNTRY and f.candidate.preposition in statement]
        if found:
            anchor = event.trigger_start if event.trigger_start >= 0 else event.start
            best = min(found, key=lambda f: f.rank(anchor))
            location = best.place.location()
            ctx.placed.append((event, location))
            return location, f"place: {_describe(location)} from '{_cue(doc, best.candidate)}'"
        return (self.retold(doc, event, actors, recipients, ctx)
                or self.story_place(event, actors | recipients, ctx)
                or self.host_country(doc, event, recipients, ctx.head))

    def places_in(self, doc: Document, start: int, end: int, gaz: Gazetteer,
                  hints: frozenset[str]) -> list[Found]:
        found = []
        for cand, form in candidates(doc, start, end, gaz):
            place = gaz.best(form, hints)
            if place is not None:
                found.append(Found(cand, place))
        return found

    def retold(self, doc: Document, event: Event, actors: frozenset[str], recipients: frozenset[str],
               ctx: Context) -> Placed | None:
        """The place of an earlier event of the same type between the same countries."""
        if event.event not in PHYSICAL_EVENTS or not (actors or recipients):
            return None
        for earlier, location in reversed(ctx.placed):
            if (earlier.event == event.event and earlier.start < event.start
                    and _event_countries(doc, earlier.actor_ids) == actors
                    and _event_countries(doc, earlier.recipient_ids) == recipients):
                return location, f"place: {_describe(location)}, as the same {event.event} earlier in the text"
        return None

    def story_place(self, event: Event, countries: frozenset[str], ctx: Context) -> Placed | None:
        city = ctx.story_city
        if city is None or event.event not in SPOT_EVENTS:
            return None
        if not countries or countries != {city.country}:
            return None
        location = city.location()
        return location, f"place: {_describe(location)}, the only city the text names"

    def host_country(self, doc: Document, event: Event, recipients: frozenset[str],
                     head_place: Place | None) -> Placed | None:
        """A visit or hosted meeting with no place named happened in the recipient's country."""
        if event.event not in TRIP_EVENTS or len(recipients) != 1:
            return None
        if not _has_trip_cue(doc.text[event.start:event.end], doc.lang):
            return None
        host = next(iter(recipients))
        if host not in load_gazetteer().countries:
            return None
        if head_place is not None and head_place.kind == CITY and head_place.country == host:
            location = head_place.location()
            return location, f"place: {_describe(location)}, host of the visit, from the dateline"
        location = country_location(host)
        return location, f"place: {_describe(location)}, host country of the visit (not named)"


def _describe(location: Location) -> str:
    return f"{location.name} ({location.country})" if location.country else location.name


def _cue(doc: Document, cand: Candidate) -> str:
    """The place name with the preposition or place noun before it, as the explanation quotes it."""
    before = doc.text[max(0, cand.start - 40):cand.start]
    if cand.evidence == "prep" and cand.preposition:
        at = before.casefold().rfind(cand.preposition)
        if at >= 0:
            return " ".join((before[at:] + cand.text).split())
    if cand.evidence == "noun" and before.split():
        return f"{before.split()[-1]} {cand.text}"
    return cand.text


def _has_trip_cue(sentence: str, lang: str) -> bool:
    text = normalise(sentence)
    return any(normalise(cue) in text for cue in patterns(lang).TRIP_CUES)


def _event_countries(doc: Document, entity_ids: list[str]) -> frozenset[str]:
    codes = set()
    for entity_id in entity_ids:
        entity = doc.entity(entity_id)
        code = entity.actor.code if entity else None
        if code and len(code) == 3 and code.isupper():
            codes.add(code)
    return frozenset(codes)


def _entity_countries(doc: Document) -> frozenset[str]:
    return frozenset(e.actor.code for e in doc.entities if e.actor.code and len(e.actor.code) == 3)


__all__ = ["Geocoder", "country_location", "dateline_state", "region_country", "resolve_place"]
