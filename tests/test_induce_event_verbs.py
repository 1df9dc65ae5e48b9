"""scripts/induce_event_verbs.py: verbs the lexicon lacks, read off annotated sentences."""
from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from herodotus.model import Document

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "induce_event_verbs.py"


@pytest.fixture(scope="module")
def induce():
    spec = importlib.util.spec_from_file_location("induce_event_verbs", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module   # (its dataclass looks its module up by name)
    spec.loader.exec_module(module)
    return module


def _stats(induce, sentences: int, with_type: int, missed: int):
    return induce.VerbStats(sentences, Counter({"COERCE": with_type}), Counter({"COERCE": missed}))


def test_a_separable_particle_is_joined_to_its_verb(induce, pipeline):
    doc = pipeline(Document(id="t", text="Peking (dpa) - China riet seinen Bürgern von Reisen nach Japan ab.",
                            lang="de", published=date(2025, 3, 1)))
    assert "abraten" in induce.verbs_of(doc.sentence_tokens(doc.sentences[0]), "de")


def test_proposals_need_enough_sentences_a_share_of_them_and_mostly_misses(induce):
    stats = {("de", "umzingeln"): _stats(induce, 5, 4, 3),     # proposed
             ("de", "spazieren"): _stats(induce, 20, 4, 4),    # too rare a share of its sentences
             ("de", "einkesseln"): _stats(induce, 2, 2, 2),    # too few sentences
             ("de", "orten"): _stats(induce, 5, 4, 1),         # the lexicon already finds the type there
             ("de", "festnehmen"): _stats(induce, 9, 9, 9)}    # in the lexicon already
    rows = induce.proposals(stats, min_count=3, min_share=0.5)
    assert [(r[1], r[2]) for r in rows] == [("umzingeln", "COERCE")]


def test_counts_survive_a_round_trip_through_their_file(induce, tmp_path):
    stats = {("en", "overrun"): _stats(induce, 6, 5, 3)}
    stats[("en", "overrun")].examples["COERCE"].append("hm1-en-01: Militants overran a garrison.")
    path = tmp_path / "counts.json"
    induce.save_counts(stats, path)
    back = induce.load_counts(path)
    assert back[("en", "overrun")].with_type == Counter({"COERCE": 5})
    assert back[("en", "overrun")].examples["COERCE"] == ["hm1-en-01: Militants overran a garrison."]
