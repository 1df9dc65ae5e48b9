"""NER head: hand-written German and English sentences, BIO decoding, CoNLL round trip."""
from __future__ import annotations

import numpy as np

from herodotus.pipeline.nlp.ner import allowed_transitions, read_conll, tag_sentences, viterbi

LABELS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"]


def _spans(tags: list[str], types=("PER", "LOC", "ORG")) -> set[tuple[int, int, str]]:
    out, start = set(), -1
    for i, tag in enumerate(tags + ["O"]):
        if start >= 0 and not (tag.startswith("I-") and tag[2:] == tags[start][2:]):
            out.add((start, i, tags[start][2:]))
            start = -1
        if tag.startswith("B-"):
            start = i
    return {s for s in out if s[2] in types}


def test_ner_tags_german_news_sentence():
    words = ("Bundeskanzler Olaf Scholz traf in Paris den französischen Präsidenten "
             "Emmanuel Macron .").split()
    tags = tag_sentences([words], "de")[0]
    assert _spans(tags) == {(1, 3, "PER"), (5, 6, "LOC"), (9, 11, "PER")}


def test_ner_tags_german_organisation():
    words = "Die Europäische Zentralbank in Frankfurt erhöhte am Donnerstag die Zinsen .".split()
    tags = tag_sentences([words], "de")[0]
    assert _spans(tags) == {(1, 3, "ORG"), (4, 5, "LOC")}


def test_ner_tags_english_news_sentence():
    words = ("The European Union imposed new sanctions on Russia after Vladimir Putin "
             "met Xi Jinping in Beijing .").split()
    tags = tag_sentences([words], "en")[0]
    assert _spans(tags) == {(1, 3, "ORG"), (7, 8, "LOC"), (9, 11, "PER"), (12, 14, "PER"), (15, 16, "LOC")}


def test_ner_viterbi_never_starts_inside():
    scores = np.log(np.full((3, len(LABELS)), 0.01, dtype=np.float32))
    scores[:, LABELS.index("I-PER")] = 0.0          # I-PER is the best label everywhere
    scores[0, LABELS.index("O")] = -0.5             # but may not follow sentence start or O
    path = [LABELS[k] for k in viterbi(scores, allowed_transitions(LABELS))]
    assert path[0] != "I-PER"
    assert all(not (a == "O" and b.startswith("I-")) for a, b in zip(path, path[1:]))


def test_ner_conll_round_trip():
    conll = ("# sent_id = 1\n1\tAngela\tO\n2\tMerkel\tO\n3\tbesuchte\tO\n4\tWien\tO\n5\t.\tO\n\n"
             "Boris\nJohnson\nspoke\nin\nLondon\n.\n")
    read = read_conll(conll)
    sentences = [[word for word, _ in sent] for sent in read]
    assert sentences == [["Angela", "Merkel", "besuchte", "Wien", "."],
                         ["Boris", "Johnson", "spoke", "in", "London", "."]]
    assert read[0][1][1] == "2\tMerkel\tO"     # the line is kept for echoing
    tags = tag_sentences(sentences, "de")
    out = "\n".join("\n".join(f"{line}\t{tag}" for (_, line), tag in zip(sent, sent_tags)) + "\n"
                    for sent, sent_tags in zip(read, tags))
    assert [[word for word, _ in sent] for sent in read_conll(out)] == sentences
    back = [[line.split("\t")[-1] for line in block.splitlines()] for block in out.strip().split("\n\n")]
    assert back == tags
    assert _spans(tags[0]) == {(0, 2, "PER"), (3, 4, "LOC")}


def test_ner_sets_token_ent_in_analysis():
    from herodotus.model import Document
    from herodotus.pipeline.nlp import Analysis

    doc = Document(id="t1", text="Angela Merkel besuchte am Montag Wien. Danach flog sie nach Rom.", lang="de")
    Analysis()(doc)
    ents = {t.text: t.ent for t in doc.tokens}
    assert ents["Angela"] == "B-PER" and ents["Merkel"] == "I-PER"
    assert ents["Wien"] == "B-LOC" and ents["Rom"] == "B-LOC"
    assert ents["besuchte"] == "O"


def test_ner_packed_inference_matches_forward():
    """``NerNet.infer`` (sentences packed, used at run time) gives ``forward``'s numbers."""
    import pytest
    import torch

    from herodotus.pipeline.nlp.ner import load_head

    head = load_head("de")
    if head is None:
        pytest.skip("NER model is not installed")
    net = head.net
    torch.manual_seed(0)
    lengths = [4, 1, 7]
    n_layers, hidden = net.mix.shape[0], net.conv.in_channels
    vectors = [torch.randn(n_layers, n, hidden) for n in lengths]
    padded = torch.zeros(len(lengths), n_layers, max(lengths), hidden)
    for b, v in enumerate(vectors):
        padded[b, :, : v.shape[1]] = v
    with torch.inference_mode():
        want = net(padded, torch.tensor(lengths))
        got = net.infer(torch.cat(vectors, dim=1), lengths)
    first = 0
    for b, n in enumerate(lengths):
        torch.testing.assert_close(got[first:first + n], want[b, :n], atol=1e-4, rtol=1e-4)
        first += n


def test_ner_crf_transitions_survive_save_and_load(tmp_path):
    """A CRF head stores its learned transition scores; decoding adds them to the hard
    BIO constraints. A head without them (older artifacts) decodes with the constraints only."""
    import torch

    from herodotus.pipeline.nlp.ner import NerHead, NerNet, load_net, save_net, transitions

    plain = NerNet(2, 8, 4, LABELS)
    assert not plain.crf and np.array_equal(transitions(plain), allowed_transitions(LABELS))
    net = NerNet(2, 8, 4, LABELS, crf=True)
    with torch.no_grad():
        net.trans.copy_(torch.linspace(-1, 1, net.trans.numel()).reshape(net.trans.shape))
    path = tmp_path / "ner.pt"
    save_net(net, path, {})
    loaded = load_net(path.read_bytes())
    assert loaded.crf
    table = NerHead(loaded)._transitions
    want = allowed_transitions(LABELS) + net.trans.detach().half().float().numpy()
    np.testing.assert_allclose(table, want)
    assert np.isneginf(table[LABELS.index("O"), LABELS.index("I-PER")])
