"""Time expressions and their dates: hand-written German and English sentences, answers by hand."""
from __future__ import annotations

from datetime import date

import pytest

from herodotus.model import Document, Sentence, TimeExpression
from herodotus.pipeline.dates import DateResolver, event_date, find_times

THURSDAY = date(2025, 3, 13)      # a Thursday
MONDAY = date(2025, 3, 10)


def one(text: str, lang: str, published: date | None) -> TimeExpression:
    times = find_times(text, lang, published)
    assert len(times) == 1, times
    return times[0]


@pytest.mark.parametrize("text,lang,published,value,precision", [
    ("Der Minister sagte am Dienstag, er sei besorgt.", "de", THURSDAY, date(2025, 3, 11), "day"),
    ("Gestern explodierte eine Bombe.", "de", THURSDAY, date(2025, 3, 12), "day"),
    ("Heute tagt der Rat.", "de", THURSDAY, date(2025, 3, 13), "day"),
    ("Die Armee hatte vorige Woche angegriffen.", "de", THURSDAY, date(2025, 3, 3), "week"),
    ("Am 7. Oktober begann der Angriff.", "de", THURSDAY, date(2024, 10, 7), "day"),
    ("Der Vertrag wurde am 7. Oktober 2023 unterzeichnet.", "de", THURSDAY, date(2023, 10, 7), "day"),
    ("Im Januar hatten die Gespräche begonnen.", "de", THURSDAY, date(2025, 1, 1), "month"),
    ("Die Grenze ist seit 2019 geschlossen.", "de", THURSDAY, date(2019, 1, 1), "year"),
    ("Am gestrigen Mittwoch wurde er verhaftet.", "de", THURSDAY, date(2025, 3, 12), "day"),
    ("The talks ended on Tuesday.", "en", THURSDAY, date(2025, 3, 11), "day"),
    ("Rebels attacked the base yesterday.", "en", THURSDAY, date(2025, 3, 12), "day"),
    ("The army moved in last week.", "en", THURSDAY, date(2025, 3, 3), "week"),
    ("The ceasefire began on October 7.", "en", THURSDAY, date(2024, 10, 7), "day"),
    ("The election is planned for next week.", "en", THURSDAY, date(2025, 3, 17), "week"),
    ("Troops withdrew in March 2020.", "en", None, date(2020, 3, 1), "month"),
])
def test_dates_resolve_against_publication(text, lang, published, value, precision):
    found = one(text, lang, published)
    assert (found.value, found.precision) == (value, precision)
    assert text[found.start:found.end] == found.text


def test_dates_weekday_future_tense_is_the_next_one():
    assert one("Der Kanzler wird am Dienstag nach Rom reisen.", "de", THURSDAY).value == date(2025, 3, 18)
    assert one("The minister will fly to Rome on Tuesday.", "en", THURSDAY).value == date(2025, 3, 18)


def test_dates_reported_future_keeps_the_saying_in_the_past():
    # The future verb is in the reported clause, not in the one with the weekday.
    assert one("Sie sagte am Montag, man werde reagieren.", "de", THURSDAY).value == MONDAY


def test_dates_publication_weekday_itself_counts_for_bare_weekday_but_not_for_last():
    assert one("Die Sitzung am Montag verlief ruhig.", "de", MONDAY).value == MONDAY
    assert one("Troops left last Monday.", "en", MONDAY).value == date(2025, 3, 3)


@pytest.mark.parametrize("text,lang", [
    ("Am 7. Oktober begann der Angriff.", "de"),
    ("Die Rebellen griffen am Dienstag an.", "de"),
    ("Gestern wurde gewählt.", "de"),
    ("The ceasefire began on October 7.", "en"),
    ("Protesters returned last week.", "en"),
])
def test_dates_without_publication_date_stay_none(text, lang):
    found = one(text, lang, None)
    assert found.value is None and found.precision is None


@pytest.mark.parametrize("text,lang", [
    ("Die Polizei kam am Morgen.", "de"),              # "Morgen" the noun, not "morgen" (tomorrow)
    ("Die Kandidaten stellten sich vor.", "de"),       # "Die" is no weekday (dateparser reads it so)
    ("Mindestens 2000 Soldaten wurden verlegt.", "de"),
    ("Officials may announce the result.", "en"),      # "may", not May
    ("More than 1990 people fled.", "en"),
    ("Das sagte der Minister der Welt am Sonntag.", "de"),   # a newspaper
    ("He told the Mail on Sunday that he would stay.", "en"),
    ("The Sunday Times reported the deal.", "en"),
])
def test_dates_ignore_words_that_only_look_like_dates(text, lang):
    assert find_times(text, lang, THURSDAY) == []


def test_dates_sentence_period_is_not_part_of_the_expression():
    assert one("The convoy arrived on 5 March.", "en", THURSDAY).text == "on 5 March"
    assert one("Der Konvoi kam am 5. Juli.", "de", THURSDAY).text == "am 5. Juli"
    assert one("Der Konvoi kam am 5. Okt. an.", "de", THURSDAY).text == "am 5. Okt."


def test_dates_stage_fills_times_per_sentence_with_ids():
    text = "Am Dienstag griffen Rebellen an. Gestern herrschte Ruhe."
    doc = Document(id="d1", text=text, lang="de", published=THURSDAY,
                   sentences=[Sentence(0, 0, 32, 0, 0), Sentence(1, 33, len(text), 0, 0)])
    DateResolver()(doc)
    assert [(t.id, t.text, t.value) for t in doc.times] == [
        ("t1", "Am Dienstag", date(2025, 3, 11)), ("t2", "Gestern", date(2025, 3, 12))]
    assert all(t.source == "dates.v1" for t in doc.times)


def test_dates_event_date_prefers_the_most_precise_resolved_expression():
    text = "Im März 2024 hatte die Armee am 5. März 2024 angegriffen."
    doc = Document(id="d2", text=text, lang="de", published=THURSDAY)
    DateResolver()(doc)
    chosen = event_date(doc, 0, len(text))
    assert chosen is not None and chosen.value == date(2024, 3, 5) and chosen.precision == "day"


def test_dates_time_expression_round_trips_through_dict():
    expr = TimeExpression("t1", 3, 14, "am Dienstag", date(2025, 3, 11), "day", "dates.v1")
    assert TimeExpression.from_dict(expr.to_dict()) == expr
