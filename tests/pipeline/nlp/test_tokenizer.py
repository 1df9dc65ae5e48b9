"""Tokenizer and sentence splitter on hand-written German and English news sentences."""
from __future__ import annotations

import pytest

from herodotus.pipeline.nlp.tokenizer import split_sentences, tokenize


def words(text: str, lang: str) -> list[str]:
    return [t.text for t in tokenize(text, lang)]


def sentences(text: str, lang: str) -> list[str]:
    toks = tokenize(text, lang)
    return [text[toks[a].start:toks[b - 1].end] for a, b, _ in split_sentences(text, toks)]


@pytest.mark.parametrize(("text", "expected"), [
    ("„Wir kommen“, sagte er.", ["„", "Wir", "kommen", "“", ",", "sagte", "er", "."]),
    ("»Nein«, rief sie.", ["»", "Nein", "«", ",", "rief", "sie", "."]),
    ('Er sagte: "Ja."', ["Er", "sagte", ":", '"', "Ja", ".", '"']),
    ("Am 7. Oktober 2023 begann es.", ["Am", "7.", "Oktober", "2023", "begann", "es", "."]),
    ("Es war zum 2. Mal.", ["Es", "war", "zum", "2.", "Mal", "."]),
    ("Benedikt XVI. sagte das.", ["Benedikt", "XVI.", "sagte", "das", "."]),
    ("Dr. Müller kam z. B. mit Prof. Meier.", ["Dr.", "Müller", "kam", "z.", "B.", "mit", "Prof.", "Meier", "."]),
    ("Die CDU-Chefin traf den 19-jährigen US-Präsidenten.",
     ["Die", "CDU-Chefin", "traf", "den", "19-jährigen", "US-Präsidenten", "."]),
    ("Ein- und Ausfuhren stiegen um 3,5 Prozent auf 1.200 Euro.",
     ["Ein-", "und", "Ausfuhren", "stiegen", "um", "3,5", "Prozent", "auf", "1.200", "Euro", "."]),
    ("Um 18:00 Uhr am 7.10.2023 schrieb @tagesschau unter #Wahl.",
     ["Um", "18:00", "Uhr", "am", "7.10.2023", "schrieb", "@tagesschau", "unter", "#Wahl", "."]),
    ("Die 90er-Jahre waren anders.", ["Die", "90er-Jahre", "waren", "anders", "."]),
])
def test_tokenizer_german_tokens(text: str, expected: list[str]) -> None:
    assert words(text, "de") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The U.S. won't attend.", ["The", "U.S.", "wo", "n't", "attend", "."]),
    ("Iran's minister didn't say.", ["Iran", "'s", "minister", "did", "n't", "say", "."]),
    ("I'm sure they're right and we'll see.", ["I", "'m", "sure", "they", "'re", "right", "and", "we", "'ll", "see", "."]),
    ("Mr. Smith arrived at 5 p.m. on Oct. 7.", ["Mr.", "Smith", "arrived", "at", "5", "p.m.", "on", "Oct.", "7", "."]),
    ("Shares rose 3.5% in the 1990s, on the 1st.", ["Shares", "rose", "3.5", "%", "in", "the", "1990s", ",", "on", "the", "1st", "."]),
    ("O'Brien met the state-owned firm’s chief.", ["O'Brien", "met", "the", "state-owned", "firm", "’s", "chief", "."]),
])
def test_tokenizer_english_tokens(text: str, expected: list[str]) -> None:
    assert words(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Am 7. Oktober griff die Hamas an. Der 2. Weltkrieg endete 1945.",
     ["Am 7. Oktober griff die Hamas an.", "Der 2. Weltkrieg endete 1945."]),
    # a quote spanning two sentences: both sentences end inside it
    ("„Wir geben nicht auf. Niemals“, sagte Dr. Müller. Dann ging er.",
     ["„Wir geben nicht auf.", "Niemals“, sagte Dr. Müller.", "Dann ging er."]),
    ("Er sagte: »Das ist gut.« Danach reiste er ab.", ["Er sagte: »Das ist gut.«", "Danach reiste er ab."]),
    ('Er sagte: "Wir kommen." Dann ging er.', ['Er sagte: "Wir kommen."', "Dann ging er."]),
    ("„Kommt er?“, fragte sie. „Ja!“ Er kam.", ["„Kommt er?“, fragte sie.", "„Ja!“", "Er kam."]),
    ("Das war im Jahr 2023. Danach kam nichts.", ["Das war im Jahr 2023.", "Danach kam nichts."]),
    ("Die Partei erreichte Platz 3. Die Grünen wurden Vierte.",
     ["Die Partei erreichte Platz 3.", "Die Grünen wurden Vierte."]),
    ("Sie kauften Äpfel, Birnen usw. Die Preise stiegen.", ["Sie kauften Äpfel, Birnen usw.", "Die Preise stiegen."]),
    ("Sie kam u.a. mit Dr. Schmidt und Nr. 5 nach Berlin.", ["Sie kam u.a. mit Dr. Schmidt und Nr. 5 nach Berlin."]),
    ("Titel\nDer erste Absatz. Er endet hier.", ["Titel", "Der erste Absatz.", "Er endet hier."]),
    # the platform X is a name, not an initial; an initial stays inside its name
    ("Das schrieb er auf der Plattform X. Außenministerin Laura Sarabia widersprach. George W. Bush schwieg.",
     ["Das schrieb er auf der Plattform X.", "Außenministerin Laura Sarabia widersprach.", "George W. Bush schwieg."]),
])
def test_tokenizer_german_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text, "de") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("He works for Apple Inc. The company's shares rose.", ["He works for Apple Inc.", "The company's shares rose."]),
    ("The U.S. and the U.K. agreed. “We will fight,” she said. “We won't give up.” Then she left.",
     ["The U.S. and the U.K. agreed.", "“We will fight,” she said.", "“We won't give up.”", "Then she left."]),
    ("Mr. Smith met Gen. Jones at 5 p.m. on Friday.", ["Mr. Smith met Gen. Jones at 5 p.m. on Friday."]),
    ("Is it over? No. It is not!", ["Is it over?", "No.", "It is not!"]),
    ("He wore jersey No. 5 for the team.", ["He wore jersey No. 5 for the team."]),
    ("“We will respond,” he wrote on X. The minister left.", ["“We will respond,” he wrote on X.", "The minister left."]),
    # "Sen" closing a name is no "Senator" abbreviation
    ("He advised former leader Hun Sen. Interior Ministry spokesman Touch Sokhak said so.",
     ["He advised former leader Hun Sen.", "Interior Ministry spokesman Touch Sokhak said so."]),
    ("Democratic Sen. Chris Murphy spoke.", ["Democratic Sen. Chris Murphy spoke."]),
    # a US state after a town and a comma is an abbreviation; it still closes a sentence before a new one
    ("NASHVILLE, Tenn. (AP) — The House voted. It was late.", ["NASHVILLE, Tenn. (AP) — The House voted.", "It was late."]),
    ("He lives in Memphis, Tenn. The police came.", ["He lives in Memphis, Tenn.", "The police came."]),
    ("In Memphis, Tenn., police said so.", ["In Memphis, Tenn., police said so."]),
])
def test_tokenizer_english_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text, "en") == expected


def test_tokenizer_offsets_point_into_text() -> None:
    text = "„Wir kommen“, sagte Dr. Müller am 7. Oktober. The U.S. didn't."
    for lang in ("de", "en"):
        for tok in tokenize(text, lang):
            assert text[tok.start:tok.end] == tok.text


def test_tokenizer_paragraph_numbers() -> None:
    text = "Erster Satz. Zweiter Satz.\nNeuer Absatz."
    toks = tokenize(text, "de")
    assert [p for _, _, p in split_sentences(text, toks)] == [0, 0, 1]
