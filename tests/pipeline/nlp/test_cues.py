"""Trained event cues (``nlp/cues.py``) and how the event coder uses them."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from herodotus.model import Document, EventCue
from herodotus.pipeline.events import EventCoder
from herodotus.pipeline.events.lexicon import CUE_THRESHOLD
from herodotus.pipeline.nlp.cues import load_head

ATTACK = "Die kongolesische Armee überzog die Stellungen der M23-Rebellen mit Artilleriefeuer."
# an attack the verb lexicon does not read, for the cues injected below
UNREAD_ATTACK = "Die kongolesische Armee deckte die Stellungen der M23-Rebellen mit Artilleriefeuer ein."
WEATHER = "Das Wetter in Kinshasa war am Montag sonnig und warm."


def _run(pipeline, text: str) -> Document:
    return pipeline(Document(id="t", text=text, lang="de", published=date(2024, 5, 6)))


def _recode(doc: Document, cues: tuple[EventCue, ...]) -> Document:
    doc.sentences = [replace(doc.sentences[0], cues=cues)]
    EventCoder()(doc)
    return doc


def _codes(doc: Document) -> set[tuple[str, str | None, str | None]]:
    ents = {e.id: e.actor.code for e in doc.entities}
    return {(e.event, ents[e.actor_ids[0]], ents[e.recipient_ids[0]] if e.recipient_ids else None) for e in doc.events}


def test_cue_head_is_shipped_for_german_and_english():
    assert load_head("de") is not None and load_head("de") is load_head("en")
    assert load_head("xx") is None


# Plain attacks in both languages, and sentences with no event at all. (Every retraining moves single readings: the
# 1-312 ensemble reads the first attack as COERCE 0.66, the 1-180 model read ASSAULT 0.65 beside COERCE 0.56.)
ATTACKS = [("de", ATTACK),
           ("de", "Russische Truppen beschossen in der Nacht die Stadt Charkiw mit Raketen."),
           ("de", "Kampfflugzeuge der Armee bombardierten Stellungen der Rebellen im Norden des Landes."),
           ("en", "Israeli aircraft struck targets in southern Lebanon overnight."),
           ("en", "Militants attacked an army post near the border, killing four soldiers.")]
CALM = [("de", WEATHER), ("en", "The central bank left interest rates unchanged on Thursday.")]


def _cues(pipeline, lang: str, text: str) -> dict[str, float]:
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2024, 5, 6)))
    return {c.event: c.probability for c in doc.sentences[0].cues}


def test_cue_head_reads_attacks_and_not_the_weather(pipeline):
    read = [_cues(pipeline, lang, text).get("ASSAULT", 0.0) >= 0.5 for lang, text in ATTACKS]
    assert sum(read) >= len(ATTACKS) - 1, read
    assert not any(p >= 0.5 for lang, text in CALM for p in _cues(pipeline, lang, text).values())


def test_a_cue_proposes_a_trigger_read_through_grammatical_roles(pipeline):
    doc = _run(pipeline, UNREAD_ATTACK)
    verb = next(t.i for t in doc.tokens if t.text == "deckte")
    doc = _recode(doc, (EventCue("ASSAULT", 0.95, verb),))
    assert _codes(doc) == {("ASSAULT", "COD", "COD")}
    assert "trained event cue ASSAULT" in doc.events[0].explanation


def test_a_cue_on_a_noun_moves_to_its_verb(pipeline):
    doc = _run(pipeline, UNREAD_ATTACK)
    noun = next(t.i for t in doc.tokens if t.text == "Artilleriefeuer")
    doc = _recode(doc, (EventCue("ASSAULT", 0.95, noun),))
    assert [doc.text[e.trigger_start:e.trigger_end] for e in doc.events] == ["deckte"]


def test_a_weak_cue_proposes_nothing(pipeline):
    doc = _run(pipeline, UNREAD_ATTACK)
    verb = next(t.i for t in doc.tokens if t.text == "deckte")
    assert _codes(_recode(doc, (EventCue("ASSAULT", CUE_THRESHOLD - 0.05, verb),))) == set()


@pytest.mark.parametrize("cue_type", ["ASSAULT", "COERCE"])
def test_the_lexicon_keeps_its_reading(pipeline, cue_type):
    """Where the lexicon matched a word, a cue of the same or another type on it adds nothing."""
    doc = _run(pipeline, "Die Polizei nahm in Kinshasa zwanzig Demonstranten fest.")
    before = _codes(doc)
    verb = next(t.i for t in doc.tokens if t.text == "nahm")
    assert _codes(_recode(doc, (EventCue(cue_type, 0.99, verb),))) == before


def test_a_cue_does_not_turn_concern_into_accusation(pipeline):
    """"zutiefst besorgt, dass der Krieg den Sudan in eine Katastrophe stürzt": worry is not coded."""
    text = "UN-Generalsekretär António Guterres sei zutiefst besorgt, dass der Krieg den Sudan ins Chaos stürze, sagte ein Sprecher."
    doc = _run(pipeline, text)
    verb = next(t.i for t in doc.tokens if t.text == "stürze")
    assert not [e for e in _recode(doc, (EventCue("ACCUSE", 0.95, verb),)).events if e.event == "ACCUSE"]


def test_an_ensemble_averages_its_nets_and_survives_saving(tmp_path):
    import torch

    from herodotus.pipeline.nlp.cues import CueEnsemble, CueNet, load_net, save_net

    torch.manual_seed(0)
    nets = [CueNet(["ACCUSE", "ASSAULT"], width=8).eval(), CueNet(["ACCUSE", "ASSAULT"], width=8).eval()]
    ensemble = CueEnsemble(nets).eval()
    words = torch.randn(5, 768)
    expected = (nets[0].word_scores(words) + nets[1].word_scores(words)) / 2
    assert torch.allclose(ensemble.word_scores(words), expected)
    save_net(ensemble, tmp_path / "cues.pt", {"seeds": [0, 1]})
    loaded = load_net((tmp_path / "cues.pt").read_bytes()).eval()
    assert isinstance(loaded, CueEnsemble) and len(loaded.nets) == 2
    # (weights are stored in fp16)
    assert torch.allclose(loaded.word_scores(words), expected, atol=0.05)
