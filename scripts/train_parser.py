"""Train the UPOS/morphology/dependency head on frozen encoder vectors.

Data (all CC BY-SA, "ship" in ../shared/data/README.md):
  de: UD German GSD dev + UD German PUD  (GSD test is held out for eval/parser/run.py)
  en: UD English EWT dev                 (EWT test is held out)
10% of the training sentences (seeded) pick the best epoch; the held-out test files are
never read here. Encoder vectors are cached under .cache/parser/.

    cd /work/main && PYTHONPATH=src nohup .venv/bin/python scripts/train_parser.py --lang de \
        --threads 1 > .cache/parser/train-de.log 2>&1 &
    # the shipped English model: --lang en --epochs 25 --word-dim 0 --threads 1

Writes src/herodotus/resources/models/parser-<lang>.pt (fp16, a few MB).
"""
from __future__ import annotations

import argparse
import logging
import random
import time
from collections import Counter
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

from herodotus.config import REPO_ROOT, data_dir
from herodotus.pipeline.nlp import parser_model
from herodotus.pipeline.nlp.conllu import COLLAPSE_MWT, UDSentence, encode_cached, read_conllu
from herodotus.pipeline.nlp.parser import model_path

log = logging.getLogger("train_parser")

TRAIN_FILES = {
    "de": ["ud/UD_German-GSD/de_gsd-ud-dev.conllu", "ud/UD_German-PUD/de_pud-ud-test.conllu"],
    "en": ["ud/UD_English-EWT/en_ewt-ud-dev.conllu"],
}
CACHE = REPO_ROOT / ".cache" / "parser"
MIN_FEAT_COUNT = 20
MIN_WORD_COUNT = 2
MAX_WORDS = 6000
WORD_DROPOUT = 0.25  # known forms hidden as unknown, so rare forms still rely on the encoder


def load_training(lang: str) -> tuple[list[UDSentence], list[np.ndarray], list[int]]:
    """Sentences, their encoder vectors, and the index of the training file each came from."""
    from herodotus.encoder import load_encoder

    encoder = load_encoder()
    sentences, vectors, origin = [], [], []
    for k, rel in enumerate(TRAIN_FILES[lang]):
        sents = read_conllu(data_dir() / rel, collapse_mwt=COLLAPSE_MWT[lang])
        sentences.extend(sents)
        vectors.extend(encode_cached(sents, encoder.encode_words, CACHE / (Path(rel).stem + ".npz"),
                                    identity=encoder.identity))
        origin.extend([k] * len(sents))
    return sentences, vectors, origin


def build_labels(sentences: list[UDSentence]) -> parser_model.Labels:
    upos = sorted({u for s in sentences for u in s.upos})
    deprels = sorted({d for s in sentences for d in s.deprels} | {"root"})
    counts: Counter[tuple[str, str]] = Counter()
    for s in sentences:
        for feats in s.feats:
            for pair in filter(None, feats.split("|")):
                name, _, value = pair.partition("=")
                counts[name, value] += 1
    names: dict[str, list[str]] = {}
    for (name, value), n in sorted(counts.items()):
        if n >= MIN_FEAT_COUNT:
            names.setdefault(name, [parser_model.ABSENT]).append(value)
    forms = Counter(w.lower() for s in sentences for w in s.words)
    words = [w for w, n in forms.most_common(MAX_WORDS) if n >= MIN_WORD_COUNT]
    return parser_model.Labels(upos, deprels, names, words)


def targets(s: UDSentence, labels: parser_model.Labels) -> dict[str, list]:
    feats = {name: [] for name in labels.feats}
    for word_feats in s.feats:
        pairs = dict(p.partition("=")[::2] for p in filter(None, word_feats.split("|")))
        for name, values in labels.feats.items():
            value = pairs.get(name, parser_model.ABSENT)
            feats[name].append(values.index(value) if value in values else 0)
    return {
        "words": labels.word_ids(s.words),
        "upos": [labels.upos.index(u) for u in s.upos],
        "heads": [h + 1 for h in s.heads],
        "rels": [labels.deprels.index(d) if d in labels.deprels else 0 for d in s.deprels],
        "feats": [feats[name] for name in labels.feats],
    }


def empty_targets(b: int, n_max: int, n_feats: int) -> tuple[torch.Tensor, ...]:
    """Padded target tensors for ``b`` sentences of up to ``n_max`` words: mask, upos, heads and rels
    (with the ROOT column), feats, word ids; -100 where the loss ignores a position."""
    return (torch.zeros(b, n_max, dtype=torch.bool), torch.full((b, n_max), -100),
            torch.zeros(b, n_max + 1, dtype=torch.long), torch.full((b, n_max + 1), -100),
            torch.full((n_feats, b, n_max), -100), torch.zeros(b, n_max, dtype=torch.long))


def make_batch(items: list[tuple[torch.Tensor, dict]], n_feats: int, word_dropout: float = 0.0) -> tuple:
    n_max = max(x.shape[0] for x, _ in items)
    b = len(items)
    vec = torch.zeros(b, n_max, *items[0][0].shape[1:])
    mask, upos, heads, rels, feats, words = empty_targets(b, n_max, n_feats)
    for k, (x, t) in enumerate(items):
        n = x.shape[0]
        vec[k, :n], mask[k, :n] = x, True
        upos[k, :n] = torch.tensor(t["upos"])
        words[k, :n] = torch.tensor(t["words"])
        heads[k, 1 : n + 1] = torch.tensor(t["heads"])
        rels[k, 1 : n + 1] = torch.tensor(t["rels"])
        for f, values in enumerate(t["feats"]):
            feats[f, k, :n] = torch.tensor(values)
    if word_dropout:
        words = words.masked_fill(torch.rand(words.shape) < word_dropout, 0)
    return vec, mask, upos, heads, rels, feats, words


def loss_of(net: parser_model.ParserNet, batch: tuple) -> torch.Tensor:
    vec, mask, upos, heads, rels, feats, words = batch
    out = net(vec, mask, words)
    word_mask = torch.cat([torch.zeros_like(mask[:, :1]), mask], dim=1)
    arc_target = heads.masked_fill(~word_mask, -100)
    loss = F.cross_entropy(out["arcs"].flatten(0, 1), arc_target.flatten())
    rel_logits = net.rel_scores(out["rel_dep"], out["rel_head"], heads, word_mask)
    loss = loss + F.cross_entropy(rel_logits, rels[word_mask])
    loss = loss + F.cross_entropy(out["upos"].flatten(0, 1), upos.flatten())
    for f, logits in enumerate(net.split_feats(out["feats"])):
        loss = loss + 0.5 * F.cross_entropy(logits.flatten(0, 1), feats[f].flatten())
    return loss


@torch.inference_mode()
def quick_scores(net: parser_model.ParserNet, batches: list[tuple]) -> dict[str, float]:
    """Greedy-head UAS/LAS, UPOS and full-feature accuracy for picking the best epoch."""
    net.eval()
    n = uas = las = pos = feat = 0
    for vec, mask, upos, heads, rels, feats, words in batches:
        out = net(vec, mask, words)
        pred_heads = out["arcs"].argmax(-1)
        wm = torch.cat([torch.zeros_like(mask[:, :1]), mask], dim=1)
        pred_rels = net.rel_scores(out["rel_dep"], out["rel_head"], pred_heads, wm).argmax(-1)
        good_head = (pred_heads == heads)[wm]
        uas += int(good_head.sum())
        las += int((good_head & (pred_rels == rels[wm])).sum())
        pos += int(((out["upos"].argmax(-1) == upos) & mask).sum())
        all_feats = mask.clone()
        for f, logits in enumerate(net.split_feats(out["feats"])):
            all_feats &= logits.argmax(-1) == feats[f]
        feat += int(all_feats.sum())
        n += int(mask.sum())
    net.train()
    return {"uas": uas / n, "las": las / n, "upos": pos / n, "feats": feat / n}


def batches_of(items: list, size: int, rng: random.Random | None) -> list[list]:
    order = sorted(range(len(items)), key=lambda k: items[k][0].shape[0])
    chunks = [order[k:k + size] for k in range(0, len(order), size)]
    if rng:
        rng.shuffle(chunks)
    return [[items[k] for k in chunk] for chunk in chunks]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lang", choices=sorted(TRAIN_FILES), required=True)
    ap.add_argument("--epochs", type=int, default=30)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--layers", default="0,1,2,3,4,5,6,7", help="encoder layers (0-based) to mix")
    ap.add_argument("--lstm", type=int, default=192)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--word-dim", type=int, default=64, help="word-form embedding size (0: none)")
    ap.add_argument("--first-repeat", type=int, default=1,
                    help="times each training sentence of the first file (GSD for German) is seen per epoch")
    ap.add_argument("--out", default="")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    torch.set_num_threads(args.threads)
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)

    sentences, vectors, origin = load_training(args.lang)
    layers = [int(x) for x in args.layers.split(",")]
    labels = build_labels(sentences)
    log.info("%s sentences, %s words, %s deprels, feats %s", len(sentences),
             sum(len(s.words) for s in sentences), len(labels.deprels), list(labels.feats))
    items = [(_select(v, layers), targets(s, labels)) for s, v in zip(sentences, vectors)]
    rng = random.Random(args.seed)
    order = list(range(len(items)))
    rng.shuffle(order)
    n_dev = len(items) // 10
    dev = [items[k] for k in order[:n_dev]]
    # the first file is the treebank the test set comes from (GSD for German): --first-repeat weights it
    train = [items[k] for k in order[n_dev:] for _ in range(args.first_repeat if origin[k] == 0 else 1)]
    n_feats = len(labels.feats)
    dev_batches = [make_batch(b, n_feats) for b in batches_of(dev, 64, None)]
    first_dev = [items[k] for k in order[:n_dev] if origin[k] == 0]
    first_batches = [make_batch(b, n_feats) for b in batches_of(first_dev, 64, None)]

    dim = items[0][0].shape[-1]
    net = parser_model.ParserNet(parser_model.Sizes(dim=dim, layers=len(layers), lstm=args.lstm,
                                                  word_dim=args.word_dim), labels)
    opt = torch.optim.Adam(net.parameters(), lr=args.lr, betas=(0.9, 0.9))
    steps = args.epochs * ((len(train) + args.batch - 1) // args.batch)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda step: max(0.05, 1 - step / steps))
    out_path = Path(args.out) if args.out else model_path(args.lang)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    best, started = -1.0, time.time()
    for epoch in range(1, args.epochs + 1):
        total = 0.0
        for chunk in batches_of(train, args.batch, rng):
            loss = loss_of(net, make_batch(chunk, n_feats, WORD_DROPOUT if args.word_dim else 0.0))
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            sched.step()
            total += float(loss.detach())
        scores = quick_scores(net, dev_batches)
        if len(TRAIN_FILES[args.lang]) > 1:
            scores["las_first"] = quick_scores(net, first_batches)["las"]
        log.info("epoch %s loss %.3f dev %s (%.0fs)", epoch, total,
                 " ".join(f"{k}={v:.4f}" for k, v in scores.items()), time.time() - started)
        if scores["las"] > best:
            best = scores["las"]
            meta = {"lang": args.lang, "layers": layers, "epoch": epoch, "seed": args.seed,
                    "train_files": TRAIN_FILES[args.lang], "first_repeat": args.first_repeat,
                    "selection_dev": scores}
            parser_model.save(str(out_path), net, labels, meta)
            log.info("saved %s (las %.4f)", out_path, best)
    log.info("done; best selection LAS %.4f", best)


def _select(v: np.ndarray, layers: list[int]) -> torch.Tensor:
    from herodotus.pipeline.nlp.parser import word_layers

    return word_layers(v, layers)


if __name__ == "__main__":
    main()
