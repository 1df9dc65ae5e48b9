"""UPOS, UD morphology and dependency parse from the shared encoder's word vectors.

One trained head per language (``resources/models/parser-<lang>.pt``), built by
``scripts/train_parser.py`` on UD German GSD dev + PUD and UD English EWT dev (CC BY-SA);
GSD test and EWT test are held out for ``eval/parser/run.py``. The head fills
``Token.pos``, ``Token.morph``, ``Token.head`` (document token index, -1 for the root)
and ``Token.dep``; lemmas stay HanTa's. Trees are decoded with Chu-Liu/Edmonds, so every
sentence gets exactly one root and no cycles. Scores: see MODEL_CARD.md.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np
import torch

from ...model import Token
from . import parser_model
from .mst import decode_tree
from .roles import assign_core_roles, case_of_role

log = logging.getLogger(__name__)

NAME = "nlp.parser.e5.v1"
# Relations only auxiliaries and copulas take; a word tagged noun never does.
VERBAL_RELATIONS = frozenset({"aux", "cop"})


@dataclass(frozen=True, slots=True)
class Parse:
    """Predictions for one sentence; ``heads`` are sentence word indices, -1 for the root."""

    upos: list[str]
    feats: list[str]
    heads: list[int]
    deprels: list[str]


def model_path(lang: str) -> Path:
    return Path(__file__).resolve().parents[2] / "resources" / "models" / f"parser-{lang}.pt"


def word_layers(vectors: np.ndarray | torch.Tensor, layers: Sequence[int]) -> torch.Tensor:
    """The encoder layers the head was trained on, as (words, len(layers), dim).

    The encoder returns (layers, words, dim) per sentence; a 2-D (words, dim) array
    counts as a single layer.
    """
    x = torch.as_tensor(np.asarray(vectors, dtype=np.float32))
    if x.dim() == 2:
        return x[:, None, :]
    return x[list(layers)].transpose(0, 1)


class ParserHead:
    """Trained head for one language; ``annotate`` follows the ``Head`` protocol."""

    name = NAME

    def __init__(self, path: str | Path, *, use_roles: bool = True) -> None:
        self.net, self.labels, self.meta = parser_model.load(str(path))
        self.layers: list[int] = list(self.meta.get("layers", [0]))
        self._root = self.labels.deprels.index("root")
        self._verbal = [j for j, rel in enumerate(self.labels.deprels) if rel.split(":")[0] in VERBAL_RELATIONS]
        self._nominal = {j for j, tag in enumerate(self.labels.upos) if tag in ("NOUN", "PROPN")}
        lang = self.meta.get("lang", "")
        self.roles = case_of_role(lang) if lang and use_roles else {}
        self._feat_strings: dict[tuple[int, ...], str] = {}   # feature value ids -> "Case=Nom|..."

    def annotate(self, words: Sequence[str], vectors, tokens: list[Token]) -> list[Token]:
        if not tokens:
            return tokens
        return self._apply(self.predict([vectors], [list(words)])[0], tokens)

    def annotate_many(self, vectors: Sequence[np.ndarray], sentences: list[list[Token]],
                      *, batch: int = 32) -> list[list[Token]]:
        """``annotate`` for all sentences of a document at once (batched: several times faster)."""
        out: list[list[Token]] = []
        for first in range(0, len(sentences), batch):
            chunk = sentences[first:first + batch]
            parses = self.predict(vectors[first:first + len(chunk)], [[t.text for t in s] for s in chunk])
            out.extend(self._apply(parse, tokens) for tokens, parse in zip(chunk, parses))
        return out

    def _apply(self, parse: Parse, tokens: list[Token]) -> list[Token]:
        offset = tokens[0].i if tokens else 0
        return [
            replace(tok, pos=parse.upos[k], morph=parse.feats[k], dep=parse.deprels[k],
                    head=-1 if parse.heads[k] < 0 else offset + parse.heads[k])
            for k, tok in enumerate(tokens)
        ]

    @torch.inference_mode()
    def predict(self, batch: Sequence[np.ndarray | torch.Tensor],
                words: Sequence[Sequence[str]] | None = None) -> list[Parse]:
        """Parse several sentences, each given as the encoder's vectors for its words
        (and the words themselves, which models with a word-form embedding use)."""
        lengths = [int(np.shape(v)[-2]) for v in batch]
        layers = torch.cat([self._layers_of(v) for v in batch], dim=1)
        word_ids = None
        if words is not None and self.labels.words:
            word_ids = torch.tensor([i for sent in words for i in self.labels.word_ids(list(sent))], dtype=torch.long)
        inf = self.net.infer(layers, lengths, word_ids)
        arcs = torch.log_softmax(inf.arcs, dim=-1).numpy()
        trees = [decode_tree(arcs[b, : n + 1, : n + 1]) for b, n in enumerate(lengths)]
        # label scores for each word under its chosen head (packed rows: ROOT, then words)
        first = inf.first.numpy()
        dep_rows = np.concatenate([first[b] + 1 + np.arange(n) for b, n in enumerate(lengths)]).astype(np.int64)
        head_rows = np.concatenate([first[b] + tree[1:] for b, tree in enumerate(trees)]).astype(np.int64)
        rel_flat = self.net.rel_scores_rows(inf.rel_dep[torch.from_numpy(dep_rows)],
                                            inf.rel_head[torch.from_numpy(head_rows)])
        rels = torch.split(rel_flat, lengths)
        bounds = np.concatenate([[0], np.cumsum(lengths)])
        upos = inf.upos.argmax(-1).tolist()
        feat_parts = self.net.split_feats(inf.feats)
        feats = [part.argmax(-1).tolist() for part in feat_parts]
        case = self._case_logp(feat_parts)
        out = []
        for b, n in enumerate(lengths):
            lo, hi = int(bounds[b]), int(bounds[b + 1])
            out.append(self._sentence(n, trees[b], rels[b], upos[lo:hi], [f[lo:hi] for f in feats],
                                      None if case is None else case[lo:hi]))
        return out

    def _layers_of(self, vectors: np.ndarray | torch.Tensor) -> torch.Tensor:
        """(len(self.layers), words, dim) float32 from one sentence's encoder vectors."""
        x = torch.as_tensor(np.asarray(vectors, dtype=np.float32))
        if x.dim() == 2:
            return x[None]
        if self.layers == list(range(x.shape[0])):
            return x
        return x[self.layers]

    def _case_logp(self, feat_parts: list[torch.Tensor]) -> np.ndarray | None:
        """log P(Case=value | the word has a case), (batch, words, values), or None."""
        if "Case" not in self.net.feat_names:
            return None
        logits = feat_parts[self.net.feat_names.index("Case")][..., 1:]  # drop "absent"
        return torch.log_softmax(logits, dim=-1).numpy()

    def _sentence(self, n: int, tree: np.ndarray, rels: torch.Tensor, upos: list[int],
                  feats: list[list[int]], case: np.ndarray | None) -> Parse:
        rel_logp = torch.log_softmax(rels, dim=-1).numpy().copy()
        is_root = tree[1 : n + 1] == 0
        # The root word gets "root" and nothing else does.
        rel_logp[is_root] = -np.inf
        rel_logp[is_root, self._root] = 0.0
        rel_logp[~is_root, self._root] = -np.inf
        # ("Her article, published on a website, accused the government": a noun is no auxiliary)
        nominal = np.array([u in self._nominal for u in upos[:n]], dtype=bool)
        rel_logp[np.ix_(nominal, self._verbal)] = -np.inf
        heads = [int(h) - 1 for h in tree[1 : n + 1]]
        labels = self.labels.deprels
        if self.roles:
            first = rel_logp.argmax(-1)
            dets = [[d for d in range(n) if heads[d] == k and labels[first[d]] == "det"] for k in range(n)]
            case_logp = None if case is None else {
                value: case[:n, j] for j, value in enumerate(self.labels.feats["Case"][1:])}
            label_ids = assign_core_roles(heads, rel_logp, labels, case_logp, dets, self.roles)
        else:
            label_ids = rel_logp.argmax(-1).tolist()
        return Parse(
            upos=[self.labels.upos[j] for j in upos[:n]],
            feats=[self._feat_string([f[k] for f in feats]) for k in range(n)],
            heads=heads,
            deprels=[labels[j] for j in label_ids],
        )

    def _feat_string(self, values: list[int]) -> str:
        key = tuple(values)
        cached = self._feat_strings.get(key)
        if cached is None:
            if len(self._feat_strings) > 50_000:   # a few thousand combinations occur in practice
                self._feat_strings.clear()
            cached = self._feat_strings[key] = self._make_feat_string(values)
        return cached

    def _make_feat_string(self, values: list[int]) -> str:
        pairs = []
        for name, value_id in zip(self.net.feat_names, values):
            value = self.labels.feats[name][value_id]
            if value != parser_model.ABSENT:
                pairs.append(f"{name}={value}")
        return "|".join(sorted(pairs, key=str.lower))


@lru_cache(maxsize=4)
def load_parser(lang: str) -> ParserHead | None:
    """The shipped head for ``lang``, or None when no artifact is installed."""
    path = model_path(lang)
    if not path.exists():
        log.warning("no parser model for %s at %s; dependencies stay empty", lang, path)
        return None
    return ParserHead(path)
