"""Parser head: grammatical roles where German case decides, and well-formed trees.

The shipped models and the encoder are loaded; the expected roles are written by hand.
"""
from __future__ import annotations

import numpy as np
import pytest

from herodotus.model import Document
from herodotus.pipeline.nlp import Analysis
from herodotus.pipeline.nlp.conllu import read_conllu
from herodotus.pipeline.nlp.mst import decode_tree
from herodotus.pipeline.nlp.parser import load_parser
from herodotus.pipeline.nlp.roles import assign_core_roles

@pytest.fixture(scope="module")
def analysis() -> Analysis:
    if load_parser("de") is None or load_parser("en") is None:
        pytest.skip("parser models are not installed")
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
    pytest.param("Ihn kritisierte die Opposition.", "Opposition", ["ihn"],
                 marks=pytest.mark.xfail(reason="known gap: a sentence-initial accusative pronoun is read as subject")),
    # only verb agreement decides here (singular "griff" -> "die Armee"): a known gap
    pytest.param("Die Rebellen griff die Armee am Montag an.", "Armee", ["Rebellen"],
                 marks=pytest.mark.xfail(reason="number agreement beats word order rarely in 1,800 training sentences")),
    ("Dem Kanzler überreichte die Ministerin den Bericht.", "Ministerin", ["Bericht"]),
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


@pytest.mark.xfail(reason="known gap: the fronted dative object is labelled obl, not obl:arg")
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
    assert by_text["der"].feat("Case") == "Nom"
    assert by_text["kritisierte"].feat("Tense") == "Past"
    assert by_text["kritisierte"].feat("Mood") == "Ind"
    assert by_text["Minister"].pos == "NOUN"


@pytest.mark.xfail(reason="known gap: 'Den Präsidenten' (Acc sg or Dat pl) is tagged Dat")
def test_parser_german_morphology_fronted_accusative(analysis: Analysis) -> None:
    doc = Document(id="t", text="Den Präsidenten kritisierte der Minister scharf.", lang="de")
    analysis(doc)
    assert {t.text: t for t in doc.tokens}["Präsidenten"].feat("Case") == "Acc"


def test_parser_german_konjunktiv(analysis: Analysis) -> None:
    doc = Document(id="t", text="Der Sprecher sagte, die Regierung sei bereit und habe keine Zweifel.", lang="de")
    analysis(doc)
    by_text = {t.text: t for t in doc.tokens}
    assert by_text["sagte"].feat("Mood") == "Ind"
    assert by_text["sei"].feat("Mood") == "Sub"


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


def test_parser_a_noun_is_never_an_auxiliary(analysis: Analysis) -> None:
    doc = Document(id="t", lang="en", text=(
        "Her article, published on an Arabic-language news website, accused the government of allowing a land "
        "route through Jordan."))
    analysis(doc)
    assert not [t.text for t in doc.tokens if t.pos in ("NOUN", "PROPN") and t.dep.split(":")[0] in ("aux", "cop")]
    assert roles(analysis, doc.text, "en").get("obj") == "government"


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


CONLLU = """# sent_id = t1
# text = Er geht zum Markt.
1\tEr\ter\tPRON\tPPER\tCase=Nom|Number=Sing\t2\tnsubj\t_\t_
2\tgeht\tgehen\tVERB\tVVFIN\tMood=Ind\t0\troot\t_\t_
3-4\tzum\t_\t_\t_\t_\t_\t_\t_\t_
3\tzu\tzu\tADP\tAPPR\t_\t5\tcase\t_\t_
4\tdem\tder\tDET\tART\tCase=Dat|Gender=Masc\t5\tdet\t_\t_
4.1\tleer\t_\t_\t_\t_\t_\t_\t_\t_
5\tMarkt\tMarkt\tNOUN\tNN\tCase=Dat\t2\tobl\t_\tSpaceAfter=No
6\t.\t.\tPUNCT\t$.\t_\t2\tpunct\t_\t_

"""


def test_parser_conllu_collapses_multiword_tokens(tmp_path) -> None:
    path = tmp_path / "t.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    words = read_conllu(path)[0]
    assert words.words == ["Er", "geht", "zu", "dem", "Markt", "."]
    assert words.heads == [1, -1, 4, 4, 1, 1]
    surface = read_conllu(path, collapse_mwt=True)[0]
    assert surface.words == ["Er", "geht", "zum", "Markt", "."]
    assert surface.heads == [1, -1, 3, 1, 1]
    assert surface.deprels[2] == "case" and surface.upos[2] == "ADP"
    assert surface.feats[2] == "Case=Dat|Gender=Masc"


def test_parser_roles_one_subject_per_predicate() -> None:
    labels = ["nsubj", "obj", "obl", "root"]
    # both nouns prefer nsubj; the second is nominative, the first accusative
    rel_logp = np.log(np.array([[0.6, 0.3, 0.1, 1e-9], [0.55, 0.35, 0.1, 1e-9], [1e-9, 1e-9, 1e-9, 1.0]]))
    case = {"Nom": np.log(np.array([0.1, 0.9, 0.5])), "Acc": np.log(np.array([0.9, 0.1, 0.5]))}
    ids = assign_core_roles([2, 2, -1], rel_logp, labels, case, [[], [], []],
                            {"nsubj": "Nom", "obj": "Acc"})
    assert [labels[i] for i in ids] == ["obj", "nsubj", "root"]


@pytest.mark.parametrize("bf16", [False, True])
def test_parser_packed_inference_matches_forward(bf16: bool, monkeypatch) -> None:
    """``ParserNet.infer`` (packed rows, used at run time) gives ``forward``'s numbers
    (with its BiLSTM in bf16, as on bf16 CPUs, up to bf16 rounding)."""
    import torch

    from herodotus.pipeline.nlp import parser_model

    monkeypatch.setattr(parser_model, "_bf16_cpu", lambda: bf16)
    tol = {"atol": 5e-2, "rtol": 5e-2} if bf16 else {"atol": 1e-4, "rtol": 1e-4}
    head = load_parser("de")
    if head is None:
        pytest.skip("parser models are not installed")
    net = head.net
    torch.manual_seed(0)
    lengths = [5, 1, 9]
    vectors = [torch.randn(n, len(head.layers), net.sizes.dim) for n in lengths]
    word_ids = [torch.randint(0, len(head.labels.words) + 1, (n,)) for n in lengths]
    padded = torch.zeros(len(lengths), max(lengths), len(head.layers), net.sizes.dim)
    mask = torch.zeros(len(lengths), max(lengths), dtype=torch.bool)
    ids = torch.zeros(len(lengths), max(lengths), dtype=torch.long)
    for b, n in enumerate(lengths):
        padded[b, :n], mask[b, :n], ids[b, :n] = vectors[b], True, word_ids[b]
    with torch.inference_mode():
        out = net(padded, mask, ids)
        inf = net.infer(torch.cat([v.transpose(0, 1) for v in vectors], dim=1), lengths, torch.cat(word_ids))
    first = inf.first.tolist()
    for b, n in enumerate(lengths):
        rows = slice(first[b] - b, first[b] - b + n)   # word rows skip the ROOT rows before them
        torch.testing.assert_close(inf.upos[rows], out["upos"][b, :n], **tol)
        torch.testing.assert_close(inf.feats[rows], out["feats"][b, :n], **tol)
        torch.testing.assert_close(inf.arcs[b, : n + 1, : n + 1], out["arcs"][b, : n + 1, : n + 1],
                                   **(tol if bf16 else {"atol": 1e-3, "rtol": 1e-4}))
        heads = torch.zeros(1, n + 1, dtype=torch.long)
        heads[0, 1:] = torch.arange(n)          # each word attached to the previous one
        keep = torch.zeros(1, n + 1, dtype=torch.bool)
        keep[0, 1:] = True
        want = net.rel_scores(out["rel_dep"][b:b + 1, : n + 1], out["rel_head"][b:b + 1, : n + 1], heads, keep)
        got = net.rel_scores_rows(inf.rel_dep[first[b] + 1: first[b] + 1 + n],
                                  inf.rel_head[first[b] + torch.arange(n)])
        torch.testing.assert_close(got, want, **tol)


@pytest.mark.parametrize("text, lang, place, subject", [
    ("SEOUL (dpa) - Nordkorea hat am Montag erneut eine ballistische Rakete abgefeuert.", "de", "SEOUL", "Nordkorea"),
    ("BEIJING (AP) — China's military said Monday it had held drills around Taiwan.", "en", "BEIJING", "military"),
])
def test_parser_a_dateline_is_no_subject_of_the_lead(text, lang, place, subject):
    from herodotus.pipeline import Pipeline

    doc = Pipeline(["nlp.v1"])(Document(id="t", text=text, lang=lang))
    root = next(t for t in doc.tokens if t.head == -1)
    subjects = [t.text for t in doc.tokens if t.head == root.i and t.dep.startswith("nsubj")]
    assert subjects == [subject]
    assert doc.tokens[0].text == place and doc.tokens[0].dep == "dep"
