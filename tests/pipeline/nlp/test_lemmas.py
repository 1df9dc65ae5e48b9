"""Lemmas follow the parser head's POS: the same form gets the lemma of its reading."""
import pytest

from herodotus.model import Document
from herodotus.pipeline.nlp import Analysis, tagger


@pytest.mark.parametrize(("words", "upos", "lang", "lemmas"), [
    (["meinen", "meinen"], ["DET", "VERB"], "de", ["mein", "meinen"]),
    (["Bitte", "Bitte"], ["NOUN", "VERB"], "de", ["Bitte", "bitten"]),
    (["left", "left"], ["VERB", "ADJ"], "en", ["leave", "left"]),
    (["meeting", "meeting"], ["NOUN", "VERB"], "en", ["meeting", "meet"]),
])
def test_lemma_depends_on_pos(words, upos, lang, lemmas):
    assert tagger.lemmatize(words, upos, lang) == lemmas


def test_names_keep_their_form():
    assert tagger.lemmatize(["Scholz", "Kreml"], ["PROPN", "PROPN"], "de") == ["Scholz", "Kreml"]


def test_pipeline_lemmas_under_parser_pos():
    doc = Document(id="t", lang="de", text="Zuvor hatte er der NATO eine gezielte Eskalation vorgeworfen, "
                                            "sagte der Außenminister.")
    Analysis()(doc)
    by_word = {t.text: t for t in doc.tokens}
    assert by_word["vorgeworfen"].lemma == "vorwerfen"
    assert by_word["sagte"].lemma == "sagen"
    assert by_word["hatte"].lemma == "haben"
    assert by_word["Eskalation"].pos == "NOUN"


def test_without_heads_hanta_tags_and_nothing_is_parsed():
    doc = Document(id="t", lang="de", text="Die Regierung in Berlin wies die Vorwürfe am Dienstag zurück.")
    Analysis(heads=False)(doc)
    assert [t.pos for t in doc.tokens][:3] == ["DET", "NOUN", "ADP"]
    assert {t.head for t in doc.tokens} == {-1} and {t.ent for t in doc.tokens} <= {"", "O"}
    assert doc.tokens[1].lemma == "Regierung"


def test_finite_verb_tagged_adjective_is_repaired():
    """A parser head reads "erfordere Zugeständnisse" as adjective + noun; the analyser knows no adjective
    "erfordere", so the pipeline's POS is a verb (reported speech needs its finite verb)."""
    assert tagger.finite_only("erfordere", "de") == "VERB"
    assert tagger.finite_only("müsse", "de") == "AUX"
    assert tagger.finite_only("umstrittene", "de") is None and tagger.finite_only("neue", "de") is None
    doc = Document(id="t", lang="de", text="Rubio sagte, ein Ende des Krieges erfordere Zugeständnisse aller Seiten.")
    Analysis()(doc)
    assert {t.text: t for t in doc.tokens}["erfordere"].pos == "VERB"


def test_finite_verb_tagged_proper_noun_is_repaired():
    """German names are capitalised: a lower-case finite verb the head tags PROPN ("Salgado lehnte dies ab") is
    a verb; "bin" of "Mohammed bin Salman", which the analyser knows only as an auxiliary, stays a name."""
    doc = Document(id="t", lang="de", text="Salgado lehnte dies ab.")
    Analysis()(doc)
    assert {t.text: t for t in doc.tokens}["lehnte"].pos == "VERB"
    doc = Document(id="t", lang="de", text="Kronprinz Mohammed bin Salman empfing den Gast.")
    Analysis()(doc)
    assert {t.text: t for t in doc.tokens}["bin"].pos != "VERB"
