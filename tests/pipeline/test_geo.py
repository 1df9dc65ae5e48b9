"""Geocoding: hand-written German and English sentences with hand-made events, answers by hand."""
from __future__ import annotations

import zipfile

import pytest

from herodotus.model import ActorRef, Document, Entity, Event, Location, Mention, Token
from herodotus.pipeline.geo import Geocoder, country_location, dateline_state, region_country, resolve_place
from herodotus.pipeline.geo.gazetteer import load_gazetteer


def geocode(text: str, lang: str, event_type: str, actor: str | None = None,
            recipient: str | None = None, *, evidence: str | None = None,
            tokens: list[Token] | None = None) -> Location | None:
    """Geocode one hand-made event whose sentence is ``evidence`` (default: the whole text)."""
    start = text.index(evidence) if evidence else 0
    end = start + len(evidence) if evidence else len(text)
    entities = []
    if actor:
        entities.append(Entity(id="e1", type="GPE", actor=ActorRef(code=actor)))
    if recipient:
        entities.append(Entity(id="e2", type="GPE", actor=ActorRef(code=recipient)))
    event = Event(id="v1", event=event_type, start=start, end=end,
                  actor_ids=["e1"] if actor else [], recipient_ids=["e2"] if recipient else [])
    doc = Document(id="g", text=text, lang=lang, events=[event], entities=entities, tokens=tokens or [])
    Geocoder()(doc)
    return event.location


def place(loc: Location | None) -> tuple[str, str | None] | None:
    return (loc.name, loc.country) if loc else None


@pytest.mark.parametrize("name,lang,expected", [
    ("Kairo", "de", ("Cairo", "EGY")),
    ("Moskau", "de", ("Moscow", "RUS")),
    ("Peking", "de", ("Beijing", "CHN")),
    ("Den Haag", "de", ("The Hague", "NLD")),
    ("Kiew", "de", ("Kyiv", "UKR")),
    ("Warschau", "de", ("Warsaw", "POL")),
    ("Kyiv", "en", ("Kyiv", "UKR")),
    ("Syrien", "de", ("Syria", "SYR")),
    ("Großbritannien", "de", ("United Kingdom", "GBR")),
    ("Gaza Strip", "en", ("Gaza Strip", "PSE")),
])
def test_geo_resolve_place_knows_exonyms(name, lang, expected):
    assert place(resolve_place(name, lang)) == expected


def test_geo_resolve_place_country_hint_picks_the_namesake():
    assert resolve_place("Tripoli", "en").country == "LBY"
    assert resolve_place("Tripoli", "en", country_hint="LBN").country == "LBN"


def test_geo_country_hint_does_not_pick_a_small_town_over_a_province_or_capital():
    assert resolve_place("Ontario", "en", country_hint="USA").country == "CAN"
    assert resolve_place("Paris", "en", country_hint="USA").country == "FRA"
    assert resolve_place("Georgia", "en", country_hint="USA").country == "USA"


def test_geo_resolve_place_rejects_function_words():
    assert resolve_place("Die", "de") is None
    assert resolve_place("The", "en") is None


def test_geo_country_location_has_centre_and_geonameid():
    loc = country_location("DEU")
    assert (loc.name, loc.country, loc.geonameid) == ("Germany", "DEU", 2921044)
    assert loc.lat is not None and loc.lon is not None
    with pytest.raises(KeyError):
        country_location("UNO")


@pytest.mark.parametrize("text,lang,event_type,actor,recipient,expected", [
    ("Bei Protesten in Kairo wurden zwei Menschen getötet.", "de", "PROTEST", "EGY", "EGY", ("Cairo", "EGY")),
    ("Die Luftwaffe griff Ziele nahe der syrischen Hauptstadt Damaskus an.", "de", "ASSAULT", "ISR", "SYR",
     ("Damascus", "SYR")),
    ("Russische Raketen trafen ein Kraftwerk in Gaza.", "de", "ASSAULT", "ISR", "PSE", ("Gaza", "PSE")),
    ("Drones struck an oil depot near Kyiv overnight.", "en", "ASSAULT", "RUS", "UKR", ("Kyiv", "UKR")),
    ("The ministers met in The Hague on Friday.", "en", "CONSULT", "FRA", "DEU", ("The Hague", "NLD")),
    ("Die Außenminister trafen sich in Moskau.", "de", "CONSULT", "CHN", "RUS", ("Moscow", "RUS")),
])
def test_geo_event_place_from_preposition(text, lang, event_type, actor, recipient, expected):
    assert place(geocode(text, lang, event_type, actor, recipient)) == expected


@pytest.mark.parametrize("text,lang,event_type", [
    ("Beim Essen sprachen die Minister über Handel.", "de", "CONSULT"),        # das Essen, a meal
    ("Die Partei hat die Mark abgeschafft.", "de", "RETREAT"),
    ("Bad Laune herrschte bei den Verhandlungen.", "de", "CONSULT"),
    ("Moskau warnte Washington vor Waffenlieferungen.", "de", "THREATEN"),     # capitals as actors
    ("Mark Rutte met the minister to discuss the war.", "en", "CONSULT"),
    ("The minister said reading the report was painful.", "en", "ACCUSE"),
    ("Fighting resumed in March after a short truce.", "en", "ASSAULT"),          # a month
    ("The raid was first reported in Time magazine.", "en", "ASSAULT"),          # small namesake
    ("Die Kämpfe im Osten gingen weiter.", "de", "ASSAULT"),
])
def test_geo_common_words_and_actors_are_not_places(text, lang, event_type):
    assert geocode(text, lang, event_type, "DEU", "FRA") is None


def test_geo_common_word_city_with_strong_evidence_is_placed():
    assert place(geocode("Die Ministerpräsidenten trafen sich in Essen.", "de", "CONSULT", "DEU", "DEU")) == (
        "Essen", "DEU")


def test_geo_common_word_needs_loc_tag_when_ner_ran():
    text = "Die Minister trafen sich in Essen."
    tags = ["O", "O", "O", "O", "O", "B-PER", "O"]
    words = ["Die", "Minister", "trafen", "sich", "in", "Essen", "."]
    tokens, pos = [], 0
    for i, (word, tag) in enumerate(zip(words, tags)):
        start = text.index(word, pos)
        pos = start + len(word)
        tokens.append(Token(i=i, start=start, end=pos, text=word, sent=0, ent=tag))
    assert geocode(text, "de", "CONSULT", "DEU", "DEU", tokens=tokens) is None


def test_geo_mentions_from_the_actors_stage_count_as_tags():
    text = "Raketen trafen Kramatorsk am Morgen."
    event = Event(id="v1", event="ASSAULT", start=0, end=len(text))
    doc = Document(id="g", text=text, lang="de", events=[event],
                   mentions=[Mention("m1", 15, 25, "Kramatorsk", "LOC")])
    Geocoder()(doc)
    assert place(event.location) == ("Kramatorsk", "UKR")
    text = "Der Preis ging in Paris Hilton zu."
    event = Event(id="v1", event="SUPPORT", start=0, end=len(text))
    doc = Document(id="g", text=text, lang="de", events=[event],
                   mentions=[Mention("m1", 18, 30, "Paris Hilton", "PER")])
    Geocoder()(doc)
    assert event.location is None


def test_geo_visit_without_place_is_the_host_country():
    loc = geocode("Der ungarische Regierungschef besuchte am Dienstag die Türkei.", "de", "CONSULT",
                  "HUN", "TUR")
    assert loc is not None and loc.country == "TUR"
    implied = geocode("Erdoğan empfing den ungarischen Regierungschef zu Gesprächen.", "de", "CONSULT",
                      "HUN", "TUR")
    assert place(implied) == ("Türkiye", "TUR") and implied.geonameid == country_location("TUR").geonameid
    assert place(geocode("The Indian prime minister visited Japan.", "en", "CONSULT", "IND", "JPN")) == (
        "Japan", "JPN")


def test_geo_visit_uses_dateline_city_of_the_host():
    text = "Nairobi (dpa) - Der französische Präsident traf zu einem Besuch ein."
    assert place(geocode(text, "de", "CONSULT", "FRA", "KEN", evidence=text[16:])) == ("Nairobi", "KEN")


def test_geo_meeting_without_trip_word_stays_unplaced():
    assert geocode("Der Kanzler telefonierte mit dem Präsidenten.", "de", "CONSULT", "DEU", "FRA") is None


def test_geo_statement_is_not_placed_by_the_country_it_is_about():
    text = "Die Regierung verurteilte die Festnahmen in Russland."
    assert geocode(text, "de", "ACCUSE", "DEU", "RUS") is None
    assert place(geocode("The two sides agreed in Doha on a truce.", "en", "AGREE", "USA", "AFG")) == (
        "Doha", "QAT")


def test_geo_one_place_story_places_a_later_attack():
    text = "In Mogadischu explodierte eine Autobombe. Die Miliz bekannte sich zu dem Anschlag."
    loc = geocode(text, "de", "ASSAULT", "SOM", "SOM", evidence="Die Miliz bekannte sich zu dem Anschlag.")
    assert place(loc) == ("Mogadishu", "SOM")


def test_geo_two_place_story_does_not_guess():
    text = "Kämpfe gab es in Aleppo und in Hama. Dabei starben zwölf Menschen."
    assert geocode(text, "de", "ASSAULT", "SYR", "SYR", evidence="Dabei starben zwölf Menschen.") is None


def test_geo_retold_event_keeps_its_place():
    text = "US forces launched an airstrike near Kismayo. The strike killed two militants."
    first = Event(id="v1", event="ASSAULT", start=0, end=44, actor_ids=["a"], recipient_ids=["r"])
    second = Event(id="v2", event="ASSAULT", start=45, end=len(text), actor_ids=["a"], recipient_ids=["r"])
    doc = Document(id="g", text=text, lang="en", events=[first, second],
                   entities=[Entity("a", "GPE", ActorRef(code="USA")), Entity("r", "GPE", ActorRef(code="SOM"))])
    Geocoder()(doc)
    assert place(first.location) == place(second.location) == ("Kismayo", "SOM")


def test_geo_explanation_says_where_the_place_came_from():
    text = "Bei Protesten in Kairo wurden zwei Menschen getötet."
    event = Event(id="v1", event="PROTEST", start=0, end=len(text), explanation="PROTEST from 'Protesten'")
    Geocoder()(Document(id="g", text=text, lang="de", events=[event]))
    assert event.explanation == "PROTEST from 'Protesten'; place: Cairo (EGY) from 'in Kairo'"


def test_geo_existing_location_is_kept():
    event = Event(id="v1", event="ASSAULT", start=0, end=20, location=Location("Somewhere", "FRA"))
    doc = Document(id="g", text="Angriff in Kairo heute.", lang="de", events=[event])
    Geocoder()(doc)
    assert event.location == Location("Somewhere", "FRA")


@pytest.mark.shared_data
def test_geo_shipped_gazetteer_has_every_geonames_city(shared_data):
    with zipfile.ZipFile(shared_data / "geo" / "geonames_cities15000.zip") as zf:
        rows = zf.read("cities15000.txt").decode("utf-8").count("\n")
    cities = {m.place.key for ms in load_gazetteer().index.values() for m in ms if m.place.kind == "city"}
    assert len(cities) == rows


@pytest.mark.parametrize("name, code", [
    ("Kentucky State Police", "USA"), ("Texas Department of Public Safety", "USA"), ("Sindh Police", "PAK"),
    # a region of a unitary state is often an ordinary word; a name shared by two federations decides nothing
    ("Maritime Employers Association", None), ("Punjab Police", None),
    # a state named like a country is the country's
    ("Georgia State Patrol", None),
])
def test_region_country_reads_federal_states_only(name, code):
    assert region_country(name) == code


@pytest.mark.parametrize("name, code", [
    ("WHITESBURG, Ky", "USA"), ("Harrisburg, Pa.", "USA"), ("Boise, Idaho", "USA"), ("Springfield", None),
    ("Somewhere, Nowhere", None),
])
def test_dateline_state_reads_ap_state_abbreviations(name, code):
    assert dateline_state(name, "en") == code


def test_geo_a_foreign_alias_of_a_town_is_no_place_in_another_countrys_story():
    # GeoNames lists "Bassa" for Passau; in a story about Nigeria it is the Nigerian district, not Bavaria
    assert resolve_place("Bassa", "de") is not None
    assert resolve_place("Bassa", "de", country_hint="NGA") is None
    assert resolve_place("Passau", "de", country_hint="NGA").country == "DEU"
