"""The network behind the parser head: tagger, morphology and biaffine parser in one.

Input is the frozen encoder's word vectors, one or several layers per word. A learned
softmax mix over the layers feeds a two-layer BiLSTM (it adds the word-order context a
frozen encoder leaves unsaid for syntax); on top sit an UPOS classifier, one classifier
per UD feature (its values plus "absent"), and a biaffine arc scorer with a biaffine
label scorer (Dozat & Manning 2017). Index 0 of the BiLSTM input is a learned ROOT.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field
from functools import lru_cache

import torch
from torch import nn

ABSENT = "_"


@dataclass
class Labels:
    """Label inventories; stored next to the weights."""

    upos: list[str]
    deprels: list[str]
    feats: dict[str, list[str]] = field(default_factory=dict)  # name -> [ABSENT, values...]
    words: list[str] = field(default_factory=list)  # lower-cased frequent forms; id 0 is unknown

    def to_dict(self) -> dict:
        return {"upos": self.upos, "deprels": self.deprels, "feats": self.feats, "words": self.words}

    @classmethod
    def from_dict(cls, raw: dict) -> "Labels":
        return cls(list(raw["upos"]), list(raw["deprels"]), {k: list(v) for k, v in raw["feats"].items()},
                   list(raw.get("words", [])))

    def word_ids(self, words: list[str]) -> list[int]:
        index = self._index()
        return [index.get(w.lower(), 0) for w in words]

    def _index(self) -> dict[str, int]:
        cached = getattr(self, "_word_index", None)
        if cached is None or len(cached) != len(self.words):
            cached = self._word_index = {w: k + 1 for k, w in enumerate(self.words)}
        return cached


@dataclass(frozen=True, slots=True)
class Sizes:
    dim: int
    layers: int
    lstm: int = 192
    arc: int = 256
    rel: int = 96
    dropout: float = 0.33
    word_dim: int = 0  # embedding of frequent word forms ("ihn", "den"): case is in the form

    def to_dict(self) -> dict:
        return {"dim": self.dim, "layers": self.layers, "lstm": self.lstm, "arc": self.arc,
                "rel": self.rel, "dropout": self.dropout, "word_dim": self.word_dim}


class _MLP(nn.Sequential):
    def __init__(self, n_in: int, n_out: int, dropout: float) -> None:
        super().__init__(nn.Linear(n_in, n_out), nn.LeakyReLU(0.1), nn.Dropout(dropout))


class ParserNet(nn.Module):
    def __init__(self, sizes: Sizes, labels: Labels) -> None:
        super().__init__()
        self.sizes = sizes
        self.feat_names = list(labels.feats)
        self.mix = nn.Parameter(torch.zeros(sizes.layers))
        self.root = nn.Parameter(torch.randn(sizes.dim + sizes.word_dim) * 0.1)
        self.word_emb = nn.Embedding(len(labels.words) + 1, sizes.word_dim) if sizes.word_dim else None
        self.inp_drop = nn.Dropout(sizes.dropout)
        self.lstm = nn.LSTM(sizes.dim + sizes.word_dim, sizes.lstm, num_layers=2, batch_first=True,
                            bidirectional=True, dropout=sizes.dropout)
        ctx = 2 * sizes.lstm
        self.upos = nn.Sequential(_MLP(ctx, 256, sizes.dropout), nn.Linear(256, len(labels.upos)))
        feat_out = sum(len(v) for v in labels.feats.values())
        self.feats = nn.Sequential(_MLP(ctx, 256, sizes.dropout), nn.Linear(256, max(feat_out, 1)))
        self.feat_sizes = [len(v) for v in labels.feats.values()]
        self.arc_dep = _MLP(ctx, sizes.arc, sizes.dropout)
        self.arc_head = _MLP(ctx, sizes.arc, sizes.dropout)
        self.rel_dep = _MLP(ctx, sizes.rel, sizes.dropout)
        self.rel_head = _MLP(ctx, sizes.rel, sizes.dropout)
        self.arc_w = nn.Parameter(torch.zeros(sizes.arc, sizes.arc))
        self.arc_b = nn.Parameter(torch.zeros(sizes.arc))
        n_rel = len(labels.deprels)
        self.rel_w = nn.Parameter(torch.zeros(n_rel, sizes.rel + 1, sizes.rel + 1))

    def forward(self, vectors: torch.Tensor, mask: torch.Tensor,
                word_ids: torch.Tensor | None = None) -> dict[str, torch.Tensor]:
        """``vectors``: (batch, words, layers, dim); ``mask``: (batch, words) bool;
        ``word_ids``: (batch, words) ids of ``Labels.words`` (0 unknown), when the net has them.

        Returns logits for ``upos`` (batch, words, n), ``feats`` (batch, words, sum of
        value counts), ``arcs`` (batch, words+1, words+1) as [dependent, head] with
        row/column 0 the root, and the label scorer's inputs ``rel_dep``/``rel_head``.
        """
        weights = torch.softmax(self.mix, dim=0)
        x = (vectors * weights[None, None, :, None]).sum(dim=2)
        if self.word_emb is not None:
            ids = word_ids if word_ids is not None else torch.zeros(mask.shape, dtype=torch.long)
            x = torch.cat([x, self.word_emb(ids)], dim=-1)
        batch = x.shape[0]
        x = torch.cat([self.root.expand(batch, 1, -1), x], dim=1)
        x = self.inp_drop(x)
        full_mask = torch.cat([torch.ones_like(mask[:, :1]), mask], dim=1)
        if bool(full_mask.all()):
            h, _ = self.lstm(x)  # no padding: packing would only cost time
        else:
            lengths = full_mask.sum(dim=1).cpu()
            packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
            out, _ = self.lstm(packed)
            h, _ = nn.utils.rnn.pad_packed_sequence(out, batch_first=True, total_length=x.shape[1])
        words = h[:, 1:]
        dep, head = self.arc_dep(h), self.arc_head(h)
        arcs = dep @ self.arc_w @ head.transpose(1, 2) + (head @ self.arc_b)[:, None, :]
        arcs = arcs.masked_fill(~full_mask[:, None, :], -1e9)
        return {"upos": self.upos(words), "feats": self.feats(words), "arcs": arcs,
                "rel_dep": self.rel_dep(h), "rel_head": self.rel_head(h)}

    def rel_scores(self, rel_dep: torch.Tensor, rel_head: torch.Tensor, heads: torch.Tensor,
                   keep: torch.Tensor) -> torch.Tensor:
        """Label logits (n_kept, n_rel) for the positions ``keep`` (batch, words+1) attached
        to ``heads`` (batch, words+1); padding and the root row are skipped to save time."""
        chosen = rel_head.gather(1, heads.clamp(min=0)[..., None].expand(-1, -1, rel_head.shape[-1]))
        dep, hd = rel_dep[keep], chosen[keep]
        dep = torch.cat([dep, torch.ones_like(dep[:, :1])], dim=-1)
        hd = torch.cat([hd, torch.ones_like(hd[:, :1])], dim=-1)
        n_rel, size = self.rel_w.shape[0], self.rel_w.shape[1]
        # (n, i) @ (i, r*j) -> (n, r, j), then the dot product with the head
        left = (dep @ self.rel_w.permute(1, 0, 2).reshape(size, n_rel * size)).view(-1, n_rel, size)
        return (left * hd[:, None, :]).sum(-1)

    @torch.inference_mode()
    def infer(self, layers: torch.Tensor, lengths: list[int], word_ids: torch.Tensor | None = None) -> "Inference":
        """``forward`` for inference over sentences packed without padding.

        ``layers``: (n_layers, words, dim), the words of all sentences one after another
        (``lengths`` words each); ``word_ids``: (words,) ids of ``Labels.words``. Same
        network and numbers as ``forward`` (up to float summation order), but the layer
        mix, the MLPs and the label scorer run on real rows only, the six MLPs as one
        matrix product; only the BiLSTM and the arc scorer see padding. The BiLSTM
        runs in bf16 where the CPU has native bf16 (``_inference_lstm``).
        """
        batch, longest = len(lengths), max(lengths) + 1
        x = torch.tensordot(torch.softmax(self.mix, dim=0), layers, dims=1)   # (words, dim)
        if self.word_emb is not None:
            ids = word_ids if word_ids is not None else torch.zeros(x.shape[0], dtype=torch.long)
            x = torch.cat([x, self.word_emb(ids)], dim=-1)
        # row r of the packed layout (a ROOT row, then the sentence's words) sits at
        # flat position ``slots[r]`` of the padded (batch, longest) grid
        lens = torch.tensor(lengths) + 1
        grid = torch.arange(longest)[None, :] < lens[:, None]
        slots = torch.nonzero(grid.reshape(-1)).squeeze(1)
        first = torch.cumsum(lens, 0) - lens           # packed row of each ROOT
        is_word = torch.ones(len(slots), dtype=torch.bool)
        is_word[first] = False
        rows = x.new_empty(len(slots), x.shape[1])
        rows[first] = self.root
        rows[is_word] = x
        padded = x.new_zeros(batch * longest, x.shape[1]).index_copy_(0, slots, rows).view(batch, longest, -1)
        lstm = self._inference_lstm()
        dtype = next(lstm.parameters()).dtype
        packed = nn.utils.rnn.pack_padded_sequence(padded.to(dtype), lens, batch_first=True, enforce_sorted=False)
        out, _ = lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(out, batch_first=True, total_length=longest)
        h = h.float().reshape(batch * longest, -1).index_select(0, slots)          # (rows, ctx)
        mlps = self._first_layers()
        hidden = nn.functional.leaky_relu(nn.functional.linear(h, mlps[0], mlps[1]), 0.1)
        upos_h, feats_h, dep, head, rel_dep, rel_head = hidden.split(mlps[2], dim=-1)
        words = is_word
        upos = self.upos[1](upos_h[words])
        feats = self.feats[1](feats_h[words])
        dep_w = (dep @ self.arc_w)
        arc_bias = head @ self.arc_b
        size = dep.shape[1]
        dep_p = dep.new_zeros(batch * longest, size).index_copy_(0, slots, dep_w).view(batch, longest, size)
        head_p = dep.new_zeros(batch * longest, size).index_copy_(0, slots, head).view(batch, longest, size)
        bias_p = dep.new_zeros(batch * longest).index_copy_(0, slots, arc_bias).view(batch, longest)
        arcs = dep_p @ head_p.transpose(1, 2) + bias_p[:, None, :]
        arcs = arcs.masked_fill(~grid[:, None, :], -1e9)
        return Inference(lengths, first, upos, feats, arcs, rel_dep, rel_head)

    def _inference_lstm(self) -> nn.LSTM:
        """The BiLSTM ``infer`` runs: a bf16 copy on CPUs with native bf16 (1.5x faster;
        scores unchanged within 0.0003: GSD LAS 0.7613 vs 0.7615, UPOS 0.9439 both;
        EWT LAS 0.8090 both, UPOS 0.9527 vs 0.9528), else the fp32 one."""
        if not _bf16_cpu():
            return self.lstm
        key = tuple(p._version for p in self.lstm.parameters())
        cached = getattr(self, "_lstm_bf16", None)
        if cached is None or cached[0] != key:
            cached = self._lstm_bf16 = (key, copy.deepcopy(self.lstm).to(torch.bfloat16))
        return cached[1]

    def _first_layers(self) -> tuple[torch.Tensor, torch.Tensor, list[int]]:
        """The first linear layers of the six MLPs on the BiLSTM output, stacked."""
        parts = [self.upos[0][0], self.feats[0][0], self.arc_dep[0], self.arc_head[0], self.rel_dep[0],
                 self.rel_head[0]]
        key = tuple(p.weight._version for p in parts)
        cached = getattr(self, "_stacked", None)
        if cached is None or cached[0] != key:
            cached = self._stacked = (key, torch.cat([p.weight for p in parts]), torch.cat([p.bias for p in parts]),
                                      [p.out_features for p in parts])
        return cached[1:]

    def rel_scores_rows(self, dep: torch.Tensor, head: torch.Tensor) -> torch.Tensor:
        """Label logits (n, n_rel) for dependent rows ``dep`` (n, rel) and their heads'
        rows ``head`` (n, rel): ``rel_scores`` on rows already picked."""
        dep = torch.cat([dep, torch.ones_like(dep[:, :1])], dim=-1)
        head = torch.cat([head, torch.ones_like(head[:, :1])], dim=-1)
        n_rel, size = self.rel_w.shape[0], self.rel_w.shape[1]
        cached = getattr(self, "_rel_left", None)
        if cached is None or cached[0] != self.rel_w._version:
            cached = self._rel_left = (self.rel_w._version,
                                       self.rel_w.permute(1, 0, 2).reshape(size, n_rel * size).contiguous())
        out = dep.new_empty(dep.shape[0], n_rel)
        # in blocks of rows, so that the (rows, labels, size) product stays in cache (1.4x faster)
        for first in range(0, dep.shape[0], 32):
            left = (dep[first:first + 32] @ cached[1]).view(-1, n_rel, size)
            torch.sum(left * head[first:first + 32, None, :], -1, out=out[first:first + 32])
        return out

    def split_feats(self, logits: torch.Tensor) -> list[torch.Tensor]:
        return list(torch.split(logits, self.feat_sizes, dim=-1)) if self.feat_sizes else []


@dataclass
class Inference:
    """What ``ParserNet.infer`` returns. Packed rows: per sentence a ROOT row, then its
    words (``first[b]`` is sentence b's ROOT row); ``upos``/``feats`` have word rows only."""

    lengths: list[int]
    first: torch.Tensor       # (batch,) packed row of each sentence's ROOT
    upos: torch.Tensor        # (words, n_upos)
    feats: torch.Tensor       # (words, sum of feature value counts)
    arcs: torch.Tensor        # (batch, longest+1, longest+1) [dependent, head], 0 = ROOT, padding -1e9
    rel_dep: torch.Tensor     # (rows, rel)
    rel_head: torch.Tensor    # (rows, rel)


@lru_cache(maxsize=1)
def _bf16_cpu() -> bool:
    from ...encoder.model import cpu_has_bf16

    return cpu_has_bf16()


def save(path: str, net: ParserNet, labels: Labels, meta: dict) -> None:
    """Weights in fp16 plus label inventories and metadata, in one torch file."""
    state = {k: v.detach().to(torch.float16) for k, v in net.state_dict().items()}
    torch.save({"state": state, "labels": labels.to_dict(), "sizes": net.sizes.to_dict(), "meta": meta}, path)


def load(path: str) -> tuple[ParserNet, Labels, dict]:
    raw = torch.load(path, map_location="cpu", weights_only=True)
    labels = Labels.from_dict(raw["labels"])
    net = ParserNet(Sizes(**raw["sizes"]), labels)
    net.load_state_dict({k: v.float() for k, v in raw["state"].items()})
    net.eval()
    return net, labels, raw["meta"]
