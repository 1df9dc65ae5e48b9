"""Named-entity recognition (PER/LOC/ORG/MISC, BIO) on the shared e5 encoder.

The head is a learned scalar mix of the encoder's layers 1..8, a width-3
convolution over neighbouring words (the encoder states are already
contextual; a BiLSTM was too slow to train on the 2 shared cores) and a linear
layer per word, decoded by Viterbi with hard BIO constraints (an ``I-X`` only
follows ``B-X`` or ``I-X``) plus, for a head trained as a linear-chain CRF, its
learned label-to-label transition scores. One model serves German and English;
it is trained by ``scripts/train_ner.py`` and shipped as
``resources/models/ner-e5-deen.pt`` (see ``resources/models/MODEL_CARD.md``).
"""
from __future__ import annotations

import io
import logging
import threading
from dataclasses import replace
from importlib import resources
from typing import Sequence

import numpy as np
import torch
from torch import nn

from ...model import Token

log = logging.getLogger(__name__)

ARTIFACT = "ner-e5-deen.pt"
LANGS = ("de", "en")

CHUNK_WORDS = 4096   # words run through the net at once (packed, no padding)

_lock = threading.Lock()
_heads: dict[str, NerHead] = {}


class NerNet(nn.Module):
    """Scalar mix over encoder layers -> width-3 convolution -> per-word label scores."""

    def __init__(self, n_layers: int, hidden: int, width: int, labels: Sequence[str], dropout: float = 0.0,
                 crf: bool = False) -> None:
        super().__init__()
        self.labels = list(labels)
        # learned label-to-label scores (last row: sentence start), added to the hard BIO
        # constraints when decoding; trained as a linear-chain CRF (scripts/train_ner.py)
        self.crf = crf
        if crf:
            self.trans = nn.Parameter(torch.zeros(len(self.labels) + 1, len(self.labels)))
        self.mix = nn.Parameter(torch.zeros(n_layers))
        self.norm = nn.LayerNorm(hidden)
        self.drop = nn.Dropout(dropout)
        self.conv = nn.Conv1d(hidden, width, kernel_size=3, padding=1)
        self.out = nn.Linear(width, len(labels))

    def forward(self, states: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        """``states``: (batch, layers, words, hidden) -> (batch, words, labels) log-probs."""
        weights = torch.softmax(self.mix, 0)
        x = self.drop(self.norm(torch.einsum("l,blwh->bwh", weights, states)))
        keep = (torch.arange(x.shape[1], device=x.device)[None, :] < lengths[:, None]).to(x.dtype)[..., None]
        x = x * keep   # padding must not leak into the last word's window
        y = torch.nn.functional.gelu(self.conv(x.transpose(1, 2))).transpose(1, 2)
        return torch.log_softmax(self.out(self.drop(y)), -1)

    def infer(self, layers: torch.Tensor, lengths: Sequence[int]) -> torch.Tensor:
        """``forward`` over sentences packed without padding: ``layers`` (layers, words,
        hidden) holds the words of all sentences one after another -> (words, labels)
        log-probs. The convolution is one matrix product over each word and its two
        neighbours (zero beyond the sentence, as ``forward``'s padding)."""
        weights = torch.softmax(self.mix, 0)
        x = self.norm(torch.tensordot(weights, layers, dims=1))       # (words, hidden)
        ends = torch.cumsum(torch.tensor(list(lengths)), 0)
        starts = ends - torch.tensor(list(lengths))
        zero = x.new_zeros(1, x.shape[1])
        prev = torch.cat([zero, x[:-1]])
        nxt = torch.cat([x[1:], zero])
        prev[starts[starts < x.shape[0]]] = 0.0
        nxt[ends[ends > 0] - 1] = 0.0
        kernel = self.conv.weight.permute(0, 2, 1).reshape(self.conv.out_channels, -1)   # (width, 3 * hidden)
        y = torch.nn.functional.gelu(torch.nn.functional.linear(torch.cat([prev, x, nxt], dim=1), kernel, self.conv.bias))
        return torch.log_softmax(self.out(y), -1)


def transitions(net: NerNet) -> np.ndarray:
    """(from, to) scores for ``viterbi``: the hard BIO constraints plus, for a CRF head,
    the learned transition scores."""
    table = allowed_transitions(net.labels)
    if net.crf:
        table = table + net.trans.detach().float().numpy()
    return table


def allowed_transitions(labels: Sequence[str]) -> np.ndarray:
    """(from, to) matrix of 0 / -inf: I-X may only follow B-X or I-X."""
    n = len(labels)
    table = np.zeros((n + 1, n), dtype=np.float32)   # last row: sentence start
    for j, to in enumerate(labels):
        if not to.startswith("I-"):
            continue
        for i in range(n + 1):
            prev = labels[i] if i < n else "O"
            if prev[2:] != to[2:] or prev == "O":
                table[i, j] = -np.inf
    return table


def viterbi(scores: np.ndarray, transitions: np.ndarray) -> list[int]:
    """Best label path under hard BIO constraints; ``scores`` (words, labels)."""
    n_words, n_labels = scores.shape
    if n_words == 0:
        return []
    best = transitions[-1] + scores[0]
    back = np.zeros((n_words, n_labels), dtype=np.int64)
    for w in range(1, n_words):
        cand = best[:, None] + transitions[:-1]
        back[w] = cand.argmax(0)
        best = cand.max(0) + scores[w]
    path = [int(best.argmax())]
    for w in range(n_words - 1, 0, -1):
        path.append(int(back[w, path[-1]]))
    return path[::-1]


class NerHead:
    """Pipeline head: sets ``Token.ent`` from the encoder's word vectors."""

    name = "ner.e5.v1"

    def __init__(self, net: NerNet) -> None:
        self.net = net.eval()
        self.labels = net.labels
        self._transitions = transitions(net)

    @torch.inference_mode()
    def predict(self, vectors: Sequence[np.ndarray]) -> list[list[str]]:
        """BIO tags for each sentence from its (layers, words, 384) encoder vectors."""
        out: list[list[str]] = [[] for _ in vectors]
        chunk: list[int] = []
        words = 0
        for i, v in enumerate(vectors):
            if v.shape[1]:
                chunk.append(i)
                words += v.shape[1]
            if chunk and (words >= CHUNK_WORDS or i == len(vectors) - 1):
                lengths = [int(vectors[k].shape[1]) for k in chunk]
                layers = torch.cat([torch.as_tensor(np.asarray(vectors[k], dtype=np.float32)) for k in chunk], dim=1)
                scores = self.net.infer(layers, lengths).numpy()
                first = 0
                for k, n in zip(chunk, lengths):
                    out[k] = [self.labels[j] for j in viterbi(scores[first:first + n], self._transitions)]
                    first += n
                chunk, words = [], 0
        return out

    def annotate(self, words: Sequence[str], vectors: np.ndarray, tokens: list[Token]) -> list[Token]:
        tags = self.predict([vectors])[0] if len(words) else []
        return [replace(tok, ent=tag) for tok, tag in zip(tokens, tags)]

    def annotate_many(self, vectors: Sequence[np.ndarray], sentences: list[list[Token]]) -> list[list[Token]]:
        """``annotate`` for all sentences of a document at once (batched)."""
        tags = self.predict(vectors)
        return [[replace(tok, ent=tag) for tok, tag in zip(tokens, sent_tags)]
                for tokens, sent_tags in zip(sentences, tags)]


def save_net(net: NerNet, path, meta: dict) -> None:
    """Store weights in fp16 with the settings needed to rebuild the net."""
    state = {k: v.half() for k, v in net.state_dict().items()}
    config = {"n_layers": net.mix.shape[0], "hidden": net.conv.in_channels,
              "width": net.conv.out_channels, "labels": net.labels}
    if net.crf:
        config["crf"] = True
    torch.save({"config": config, "state": state, "meta": meta}, path)


def load_net(data: bytes) -> NerNet:
    blob = torch.load(io.BytesIO(data), map_location="cpu", weights_only=True)
    net = NerNet(**blob["config"])
    net.load_state_dict({k: v.float() for k, v in blob["state"].items()})
    return net


def load_head(lang: str) -> NerHead | None:
    """The shipped NER head (same model for every language), or None if absent."""
    if lang not in LANGS:
        return None
    with _lock:
        if "model" not in _heads:
            path = resources.files("herodotus").joinpath("resources", "models", ARTIFACT)
            if not path.is_file():
                log.warning("NER model %s is missing; entities stay untagged", ARTIFACT)
                return None
            _heads["model"] = NerHead(load_net(path.read_bytes()))
        return _heads["model"]


def tag_sentences(sentences: list[list[str]], lang: str) -> list[list[str]]:
    """BIO tags for pre-tokenised sentences (what ``herodotus ner --conll`` prints)."""
    from ...encoder import load_encoder

    head = load_head(lang)
    if head is None:
        raise RuntimeError(f"no NER model for language {lang!r}")
    vectors = load_encoder().encode_words(sentences)
    return head.predict(vectors)


def read_conll(text: str) -> list[list[tuple[str, str]]]:
    """Sentences of (word, line) from a CoNLL-style file: one token a line, blank line between sentences.

    The word is the first column, or the second when the first is a running number
    (CoNLL-U, GermEval); lines starting with ``#``, ``-DOCSTART-`` and CoNLL-U
    multi-word ranges (``3-4``) are skipped. The line is kept so that callers can
    echo it with a tag appended.
    """
    sentences: list[list[tuple[str, str]]] = []
    words: list[tuple[str, str]] = []
    for line in text.splitlines() + [""]:
        if not line.strip():
            if words:
                sentences.append(words)
            words = []
            continue
        if line.startswith("#") or line.startswith("-DOCSTART-"):
            continue
        stripped = line.strip()
        cols = stripped.split("\t") if "\t" in stripped else stripped.split()
        if len(cols) > 1 and cols[0].replace("-", "").replace(".", "").isdigit():
            if not cols[0].isdigit():
                continue   # multi-word token range or empty node
            cols = cols[1:]
        words.append((cols[0], line))
    return sentences


__all__ = ["NerHead", "NerNet", "load_head", "read_conll", "tag_sentences"]
