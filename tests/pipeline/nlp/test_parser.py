"""Parser head: grammatical roles where German case decides, and well-formed trees.

The shipped models and the encoder are loaded; the expected roles are written by hand.
"""
from __future__ import annotations

import numpy as np
import pytest

from herodotus.model import Document
from herodotus.pipeline.nlp import Analysis
from herodotus.pipeline.nlp.mst import decode_tree
from herodotus.pipeline.nlp.parser import load_parser

pytestmark = pytest.mark.skipif(load_parser("de") is None or load_parser("en") is None,
                                reason="parser models are not installed")


@pytest.fixture(scope="module")
def analysis() -> Analysis:
    return Analysis()


def roles(analysis: Analysis, text: str, lang: str) -> dict[str, str]:
    """dep -> word for the dependents of the first sentence's root verb."""
    doc = Document(id="t", text=text, lang=lang)
    analysis(doc)
    root = next(t for t in doc.tokens if t.head == -1)
    return {t.dep: t.text for t in doc.tokens if t.head == root.i}


# UD German GSD/PUD label dative objects obl:arg (iobj does not occur in them), so the
# parser does too. Expected: (subject, [non-subject arguments of the verb]).
NON_SUBJECT = ("obj", "iobj", "obl:arg")


@pytest.mark.parametrize(("text", "subject", "others"), [
    ("Den Präsidenten kritisierte der Minister scharf.", "Minister", ["Präsidenten"]),
    ("Der Minister kritisierte den Präsidenten scharf.", "Minister", ["Präsidenten"]),
    ("Die Opposition kritisierte ihn.", "Opposition", ["ihn"]),
    ("Ihn kritisierte die Opposition.", "Opposition", ["ihn"]),
    # only verb agreement decides here (singular "griff" -> "die Armee"): a known gap
    pytest.param("Die Rebellen griff die Armee am Montag an.", "Armee", ["Rebellen"],
                 marks=pytest.mark.xfail(reason="number agreement beats word order rarely in 1,800 training sentences")),
    ("Dem Kanzler überreichte die Ministerin den Bericht.", "Ministerin", ["Kanzler", "Bericht"]),
])
def test_parser_german_case_decides_roles(analysis: Analysis, text: str, subject: str,
                                          others: list[str]) -> None:
    doc = Document(id="t", text=text, lang="de")
    analysis(doc)
    root = next(t for t in doc.tokens if t.head == -1)
    args = {t.text: t.dep for t in doc.tokens if t.head == root.i}
    assert [w for w, dep in args.items() if dep == "nsubj"] == [subject]
    for word in others:
        assert args.get(word, args.get(word.capitalize())) in NON_SUBJECT


def test_parser_german_dative_object_is_obl_arg(analysis: Analysis) -> None:
    found = roles(analysis, "Dem Kanzler überreichte die Ministerin den Bericht.", "de")
    assert found.get("nsubj") == "Ministerin"
    assert found.get("obl:arg") == "Kanzler"
    assert found.get("obj") == "Bericht"


def test_parser_german_morphology_case(analysis: Analysis) -> None:
    doc = Document(id="t", text="Den Präsidenten kritisierte der Minister scharf.", lang="de")
    analysis(doc)
    by_text = {t.text: t for t in doc.tokens}
    assert by_text["Minister"].feat("Case") == "Nom"
    assert by_text["Präsidenten"].feat("Case") == "Acc"
    assert by_text["kritisierte"].feat("Tense") == "Past"
    assert by_text["Minister"].pos == "NOUN"


@pytest.mark.parametrize(("text", "subject", "obj"), [
    ("The minister sharply criticized the president.", "minister", "president"),
    ("Russia accused Ukraine of shelling the plant.", "Russia", "Ukraine"),
    ("Protesters blocked the road on Monday.", "Protesters", "road"),
])
def test_parser_english_roles(analysis: Analysis, text: str, subject: str, obj: str) -> None:
    found = roles(analysis, text, "en")
    assert found.get("nsubj") == subject
    assert found.get("obj") == obj


def test_parser_english_passive_and_indirect_object(analysis: Analysis) -> None:
    assert roles(analysis, "The president was criticized by the minister.", "en").get("nsubj:pass") == "president"
    found = roles(analysis, "The government gave the rebels an ultimatum.", "en")
    assert found.get("iobj") == "rebels"
    assert found.get("obj") == "ultimatum"


@pytest.mark.parametrize(("text", "lang"), [
    ("„Wir geben nicht auf“, sagte der Minister am 7. Oktober in Berlin. Die Opposition kritisierte ihn. "
     "Er reiste danach weiter.", "de"),
    ("The U.S. imposed sanctions on Iran. \"We won't accept this,\" the minister said on Monday.", "en"),
])
def test_parser_trees_are_valid_document_indices(analysis: Analysis, text: str, lang: str) -> None:
    doc = Document(id="t", text=text, lang=lang)
    analysis(doc)
    assert len(doc.sentences) >= 2
    for sent in doc.sentences:
        tokens = doc.tokens[sent.token_start:sent.token_end]
        assert sum(t.head == -1 for t in tokens) == 1
        assert [t.dep for t in tokens if t.head == -1] == ["root"]
        for t in tokens:
            assert t.head == -1 or sent.token_start <= t.head < sent.token_end
            assert t.head != t.i
            assert t.pos and t.dep
        for t in tokens:  # following heads always reaches the root: no cycles
            seen, node = set(), t
            while node.head != -1:
                assert node.i not in seen
                seen.add(node.i)
                node = doc.tokens[node.head]


def test_parser_mst_returns_single_rooted_tree() -> None:
    rng = np.random.default_rng(3)
    for n in range(2, 12):
        scores = rng.normal(size=(n + 1, n + 1))
        scores[1:, 0] += 5  # every word prefers the root: decoding must keep only one
        tree = decode_tree(scores)
        assert (tree[1:] == 0).sum() == 1
        for start in range(1, n + 1):
            seen, node = set(), start
            while node != 0:
                assert node not in seen
                seen.add(node)
                node = tree[node]
