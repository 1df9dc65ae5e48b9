"""BERT forward pass (XLM-R layout, post-LayerNorm, GELU) over the dequantised e5 weights."""
from __future__ import annotations

from typing import Sequence

import numpy as np
import torch
import torch.nn.functional as F

from .weights import Config, PackedFile, dequantise

_LINEARS = ("q", "k", "v", "ao", "fi", "fo")


class WordTable:
    """Word embeddings kept 4-bit (250k x 384 would be 380 MB in fp32); rows are
    dequantised on lookup."""

    def __init__(self, blocks: np.ndarray, hidden: int) -> None:
        per_row = hidden // 32
        self.blocks = blocks.reshape(-1, per_row)
        self.hidden = hidden

    def lookup(self, ids: np.ndarray) -> torch.Tensor:
        rows = self.blocks[ids.reshape(-1)].reshape(-1)
        vals = dequantise(rows, ids.size)
        return torch.from_numpy(vals).reshape(*ids.shape, self.hidden)


class E5Model:
    """Frozen encoder; ``forward`` returns the hidden states of layers 1..upto.

    With ``bf16`` the matrix products, attention and GELU run in bfloat16
    (weights stored bf16; LayerNorm and the residual stream stay fp32), with
    states at a cosine of 0.9999 to the fp32 ones, so heads trained on either
    path work on both. On an AVX512-BF16 CPU (one thread) 1,692 German words took
    0.94 s against 1.14 s when only the matrix products ran in bf16.
    The default uses bf16 only where the CPU has native bf16 instructions
    (elsewhere bf16 is emulated and slower).

    ``forward_packed`` runs sequences without padding (what ``encode_words`` uses:
    a 20-sentence document padded to its longest sentence was 2.2x its real pieces).
    """

    def __init__(self, packed: PackedFile, bf16: bool | None = None,
                 tuned: dict[str, torch.Tensor] | None = None) -> None:
        self.config: Config = packed.config
        t = packed.tensors
        self.tuned = tuned or {}   # fine-tuned values of some layer tensors (``tuned.load_tuned``)
        c = self.config
        self.word = WordTable(t["emb.word"], c.hidden)
        self.pos = _f32(t["emb.pos"]).reshape(c.max_positions, c.hidden)
        self.type0 = _f32(t["emb.type"]).reshape(c.type_vocab, c.hidden)[0]
        self.emb_ln = (_f32(t["emb.ln.w"]), _f32(t["emb.ln.b"]))
        self.layers = [self._layer(t, i) for i in range(c.layers)]
        self.bf16 = cpu_has_bf16() if bf16 is None else bf16
        self.dtype = torch.bfloat16 if self.bf16 else torch.float32
        for layer in self.layers:
            for name in ("qkv", "ao", "fi", "fo"):
                w, b = layer.pop(name + ".w").to(self.dtype), layer.pop(name + ".b").to(self.dtype)
                layer[name] = _Linear(w, b, gelu=name == "fi")

    def _layer(self, t: dict, i: int) -> dict[str, torch.Tensor]:
        c = self.config
        shapes = {"q": (c.hidden, c.hidden), "k": (c.hidden, c.hidden), "v": (c.hidden, c.hidden),
                  "ao": (c.hidden, c.hidden), "fi": (c.ffn, c.hidden), "fo": (c.hidden, c.ffn)}
        layer = {}
        for name in _LINEARS:
            rows = shapes[name][0]
            layer[name + ".w"] = self._tensor(t, f"l{i}.{name}.w", rows)
            layer[name + ".b"] = self._tensor(t, f"l{i}.{name}.b")
        # one fused QKV matmul is faster than three small ones
        layer["qkv.w"] = torch.cat([layer.pop("q.w"), layer.pop("k.w"), layer.pop("v.w")])
        layer["qkv.b"] = torch.cat([layer.pop("q.b"), layer.pop("k.b"), layer.pop("v.b")])
        for name in ("aln", "oln"):
            layer[name + ".w"] = self._tensor(t, f"l{i}.{name}.w")
            layer[name + ".b"] = self._tensor(t, f"l{i}.{name}.b")
        return layer

    def _tensor(self, t: dict, name: str, rows: int = 0) -> torch.Tensor:
        """The fine-tuned value of ``name`` where there is one, else the file's
        (a matrix of ``rows`` rows is dequantised from 4 bits)."""
        if name in self.tuned:
            return self.tuned[name].float().contiguous()
        if rows:
            return torch.from_numpy(dequantise(t[name], rows).copy())
        return _f32(t[name])

    @torch.inference_mode()
    def forward(self, ids: np.ndarray, mask: np.ndarray, upto: int | None = None) -> list[torch.Tensor]:
        """``ids``/``mask``: (batch, length) int arrays, each row ``<s> pieces </s>`` then padding.

        Returns the outputs of layers 1..``upto`` (default all), each (batch, length, hidden);
        padding positions are zero. Runs :meth:`forward_packed` on the unpadded rows.
        """
        ids, mask = np.asarray(ids), np.asarray(mask).astype(bool)
        lengths = mask.sum(1).tolist()
        flat = np.concatenate([ids[r, :n] for r, n in enumerate(lengths)])
        rows = torch.from_numpy(mask.reshape(-1))
        outs = []
        for layer in self.forward_packed(flat, lengths, upto):
            full = torch.zeros(mask.size, layer.shape[-1], dtype=layer.dtype)
            full[rows] = layer
            outs.append(full.view(*mask.shape, -1))
        return outs

    @torch.inference_mode()
    def forward_packed(self, ids: np.ndarray, lengths: Sequence[int], upto: int | None = None) -> list[torch.Tensor]:
        """Sequences without padding: ``ids`` is the concatenation of sequences of ``lengths``
        (each ``<s> pieces </s>``). Returns the outputs of layers 1..``upto``, each (sum of
        lengths, hidden) in the same row order.

        Projections, LayerNorm and GELU run over exactly the sequences' rows, attention
        over each set of equal-length sequences (:class:`_Attention`): no padding work.
        """
        c = self.config
        upto = c.layers if upto is None else upto
        positions = torch.from_numpy(np.concatenate([np.arange(n) for n in lengths]))
        x = self.word.lookup(np.asarray(ids)) + self.pos[positions] + self.type0
        x = F.layer_norm(x, (c.hidden,), *self.emb_ln, eps=c.eps)
        attention = _Attention(lengths, c.heads)
        outs = []
        for layer in self.layers[:upto]:
            x = self._block(x, attention, layer)
            outs.append(x)
        return outs

    def _block(self, x: torch.Tensor, attention: _Attention, ly: dict) -> torch.Tensor:
        # The residual stream and LayerNorm stay fp32; everything between them
        # (projections, attention, GELU) runs in the compute dtype, so a bf16 tensor
        # is converted once per sub-block rather than around every matrix product.
        c = self.config
        h = x.shape[-1]
        ctx = attention(ly["qkv"](x.to(self.dtype)))
        x = F.layer_norm(x + ly["ao"](ctx).float(), (h,), ly["aln.w"], ly["aln.b"], eps=c.eps)
        out = ly["fo"](ly["fi"](x.to(self.dtype))).float()
        return F.layer_norm(x + out, (h,), ly["oln.w"], ly["oln.b"], eps=c.eps)


class _Linear:
    """``x @ w.T + b`` (then GELU when ``gelu``) in the weight's dtype.

    In bf16 the weight is reordered once into oneDNN's blocked layout
    (``torch.ops.mkldnn._linear_pointwise``, the kernel torch.compile uses for frozen
    weights) and GELU is applied to the fp32 accumulator before rounding: measured 1.3x
    the throughput of ``F.linear`` on bf16 weights, which reorders them on every call.
    Elsewhere, or where the op is missing or disagrees, it is ``F.linear``.
    """

    def __init__(self, w: torch.Tensor, b: torch.Tensor, gelu: bool = False) -> None:
        self.w, self.b, self.gelu = w, b, gelu
        self.packed = None
        if w.dtype == torch.bfloat16:
            self.packed = _pack(w, b, gelu)
            if self.packed is not None:
                self.w = None   # the packed copy is all that is needed

    def __call__(self, x: torch.Tensor) -> torch.Tensor:
        if self.packed is not None:
            return torch.ops.mkldnn._linear_pointwise(x, self.packed, self.b, "gelu" if self.gelu else "none",
                                                      [], "none" if self.gelu else "")
        y = F.linear(x, self.w, self.b)
        return F.gelu(y) if self.gelu else y


def _pack(w: torch.Tensor, b: torch.Tensor, gelu: bool):
    """oneDNN-packed ``w``, or None where that path is unavailable or gives other numbers."""
    try:
        packed = torch.ops.mkldnn._reorder_linear_weight(w, 512)
        probe = torch.linspace(-2, 2, 3 * w.shape[1]).reshape(3, -1).to(w.dtype)
        got = torch.ops.mkldnn._linear_pointwise(probe, packed, b, "gelu" if gelu else "none",
                                                 [], "none" if gelu else "")
    except (AttributeError, RuntimeError, NotImplementedError):
        return None
    want = F.linear(probe.float(), w.float(), b.float())
    want = F.gelu(want) if gelu else want
    if not torch.allclose(got.float(), want, rtol=2e-2, atol=2e-2 * float(want.abs().max())):
        return None
    return packed


class _Attention:
    """Self-attention over packed rows, one ``scaled_dot_product_attention`` call per
    set of equal-length sequences: no padding and no mask. (Grouping unequal lengths
    under a padding mask measured slower: the masked kernel costs more than the extra
    calls on sequences of 10-100 pieces.) Sequences packed in order of length are
    sliced in place; others are gathered."""

    def __init__(self, lengths: Sequence[int], heads: int) -> None:
        self.heads = heads
        self.total = int(sum(lengths))
        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.int64)
        by_length: dict[int, list[int]] = {}
        for i, n in enumerate(lengths):
            if n:
                by_length.setdefault(int(n), []).append(i)
        # (first row, rows) for a contiguous block of sequences, else (row index, rows)
        self.groups: list[tuple[int | torch.Tensor, int, int]] = []
        for n, members in sorted(by_length.items()):
            first = int(starts[members[0]])
            if all(int(starts[m]) == first + k * n for k, m in enumerate(members)):
                self.groups.append((first, len(members), n))
            else:
                rows = np.concatenate([starts[m] + np.arange(n) for m in members])
                self.groups.append((torch.from_numpy(rows), len(members), n))

    def __call__(self, qkv: torch.Tensor) -> torch.Tensor:
        """``qkv``: (rows, 3 * hidden) -> context (rows, hidden)."""
        hidden = qkv.shape[-1] // 3
        hd = hidden // self.heads
        out = qkv.new_empty(self.total, hidden)
        for where, b, n in self.groups:
            part = qkv.narrow(0, where, b * n) if isinstance(where, int) else qkv.index_select(0, where)
            part = part.view(b, n, 3, self.heads, hd).permute(2, 0, 3, 1, 4)
            ctx = F.scaled_dot_product_attention(part[0], part[1], part[2]).transpose(1, 2).reshape(b * n, hidden)
            if isinstance(where, int):
                out.narrow(0, where, b * n).copy_(ctx)
            else:
                out.index_copy_(0, where, ctx)
        return out


def _f32(a: np.ndarray) -> torch.Tensor:
    return torch.from_numpy(np.array(a, dtype=np.float32))



def cpu_has_bf16() -> bool:
    """True where the CPU multiplies bf16 natively (Linux /proc/cpuinfo flags)."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("flags"):
                    flags = set(line.split(":", 1)[1].split())
                    return bool(flags & {"avx512_bf16", "amx_bf16"})
    except OSError:
        pass
    return False
