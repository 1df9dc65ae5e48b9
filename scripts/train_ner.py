"""Train the German/English NER head on frozen e5 encoder states.

    .venv/bin/python scripts/train_ner.py            # cache features, train, write the model
    .venv/bin/python scripts/train_ner.py --epochs 8 --seed 13

The loss is per-word cross-entropy against each word's allowed labels (partial
labels: a WikiANN O may also be MISC). ``--crf`` trains a linear-chain CRF
instead: word scores plus learned label-to-label transition scores on top of the
hard BIO constraints, the loss summing over all paths through the allowed labels
(better NER figures, not shipped: see MODEL_CARD.md, "Tried and dropped").

Data (all "ship" in ../shared/data/README.md): WikiANN de+en train (silver,
CC BY-SA), the training half of GermEval 2014 dev (gold, CC BY 4.0, see
scripts/ner_data.py for the split and label mapping). Nothing from the GermEval
test half, WikiANN test or Europarl is read.

Encoder states (layers 1..8, fp16) are cached once under .cache/ner/<encoder identity>/
(gitignored). Output:
src/herodotus/resources/models/ner-e5-deen.pt (fp16 weights, ~0.6 MB).
"""
from __future__ import annotations

import argparse
import logging
import random
import sys
import time
from pathlib import Path

import numpy as np
import torch

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO / "src"))

from ner_data import LABELS, Sentence, read_germeval, read_wikiann, spans  # noqa: E402

from herodotus.encoder import DEPTH, load_encoder  # noqa: E402
from herodotus.encoder.tuned import artifact_identity  # noqa: E402
from herodotus.pipeline.nlp.ner import (  # noqa: E402
    ARTIFACT, NerNet, allowed_transitions, save_net, transitions, viterbi)

CACHE = REPO / ".cache" / "ner"
OUT = REPO / "src" / "herodotus" / "resources" / "models" / ARTIFACT
log = logging.getLogger("train_ner")


def corpora() -> dict[str, list[Sentence]]:
    return {
        "germeval-train": read_germeval("train"),
        "wikiann-de-train": read_wikiann("de", "train"),
        "wikiann-en-train": read_wikiann("en", "train"),
        "wikiann-de-dev": read_wikiann("de", "dev")[:1000],
        "wikiann-en-dev": read_wikiann("en", "dev")[:1000],
    }


def cached_states(name: str, sentences: list[Sentence]) -> tuple[np.ndarray, np.ndarray]:
    """Memory-mapped (words, DEPTH, 384) fp16 states and sentence offsets."""
    folder = CACHE / artifact_identity()   # vectors of other encoder weights are not reused
    folder.mkdir(parents=True, exist_ok=True)
    path, offs_path = folder / f"{name}.f16", folder / f"{name}.offsets.npy"
    offsets = np.cumsum([0] + [len(s.words) for s in sentences])
    if not (path.exists() and offs_path.exists()):
        encoder = load_encoder()
        tmp = path.with_suffix(".tmp")
        store = np.lib.format.open_memmap(tmp, mode="w+", dtype=np.float16, shape=(int(offsets[-1]), DEPTH, 384))
        step, started = 512, time.time()
        for a in range(0, len(sentences), step):
            chunk = sentences[a:a + step]
            for k, vec in enumerate(encoder.encode_words([s.words for s in chunk])):
                store[offsets[a + k]:offsets[a + k + 1]] = vec.transpose(1, 0, 2)
            log.info("%s: encoded %d/%d sentences (%.0fs)", name, a + len(chunk), len(sentences),
                     time.time() - started)
        store.flush()
        del store
        tmp.rename(path)
        np.save(offs_path, offsets)
    return np.load(path, mmap_mode="r"), offsets


def allowed_labels(s: Sentence, silver_org: str = "keep") -> np.ndarray:
    """(words, labels) bool: the labels a word may take in the loss. Gold data: its tag only.
    Silver data without MISC (WikiANN): an O may also be B-/I-MISC; with ``silver_org`` "loose" an
    ORG word may also be O or MISC (WikiANN's ORG convention is wider than GermEval's), with "mask"
    it may be anything (no loss on it)."""
    allowed = np.zeros((len(s.tags), len(LABELS)), dtype=bool)
    misc = [LABELS.index("O"), LABELS.index("B-MISC"), LABELS.index("I-MISC")]
    for w, tag in enumerate(s.tags):
        allowed[w, LABELS.index(tag)] = True
        if s.o_may_be_misc and tag == "O":
            allowed[w, misc] = True
        if s.o_may_be_misc and tag.endswith("-ORG") and silver_org != "keep":
            allowed[w, misc] = True
            if silver_org == "mask":
                allowed[w] = True
    return allowed


class Batcher:
    def __init__(self, sentences: list[Sentence], states: np.ndarray, offsets: np.ndarray,
                 silver_org: str = "keep") -> None:
        self.sentences, self.states, self.offsets = sentences, states, offsets
        self.silver_org = silver_org

    def batch(self, idx: list[int]) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
        """States (batch, layers, words, 384), lengths, gold label ids (-1 = padding) and the
        allowed labels (batch, words, labels) of each word."""
        lengths = [len(self.sentences[i].words) for i in idx]
        longest = max(lengths)
        x = torch.zeros(len(idx), DEPTH, longest, 384)
        gold = torch.full((len(idx), longest), -1, dtype=torch.long)
        allowed = torch.zeros(len(idx), longest, len(LABELS), dtype=torch.bool)
        for row, i in enumerate(idx):
            s = self.sentences[i]
            block = np.asarray(self.states[self.offsets[i]:self.offsets[i + 1]], dtype=np.float32)
            x[row, :, : len(s.words)] = torch.from_numpy(block.transpose(1, 0, 2))
            gold[row, : len(s.words)] = torch.tensor([LABELS.index(t) for t in s.tags])
            allowed[row, : len(s.words)] = torch.from_numpy(allowed_labels(s, self.silver_org))
        return x, torch.tensor(lengths), gold, allowed


def loss_fn(logp: torch.Tensor, gold: torch.Tensor, allowed: torch.Tensor) -> torch.Tensor:
    """Cross-entropy against the allowed labels of each word (the log of their summed
    probability: for silver data without MISC an O counts as O, B-MISC or I-MISC)."""
    mask = gold >= 0
    picked = torch.logsumexp(logp.masked_fill(~allowed, -1e4), -1)
    return -(picked * mask).sum() / mask.sum()


def crf_loss(net: NerNet, logp: torch.Tensor, lengths: torch.Tensor, gold: torch.Tensor,
             allowed: torch.Tensor) -> torch.Tensor:
    """Linear-chain CRF negative log-likelihood over the word scores ``logp`` and the net's
    learned transitions (plus the hard BIO constraints), with partial labels: the gold
    score sums over every path through the allowed labels of each word. Per word, like
    ``loss_fn``."""
    table = torch.from_numpy(allowed_transitions(LABELS)).clamp(min=-1e4) + net.trans
    start, step = table[-1], table[:-1]

    def log_z(emit: torch.Tensor) -> torch.Tensor:
        alpha = start[None] + emit[:, 0]
        for w in range(1, emit.shape[1]):
            nxt = torch.logsumexp(alpha[:, :, None] + step[None], 1) + emit[:, w]
            alpha = torch.where((w < lengths)[:, None], nxt, alpha)
        return torch.logsumexp(alpha, -1)

    constrained = logp.masked_fill(~allowed & (gold >= 0)[..., None], -1e4)
    return (log_z(logp) - log_z(constrained)).sum() / lengths.sum()


def evaluate(net: NerNet, data: Batcher, types=("PER", "LOC", "ORG")) -> float:
    net.eval()
    trans = transitions(net)
    tp = fp = fn = 0
    with torch.inference_mode():
        for a in range(0, len(data.sentences), 128):
            idx = list(range(a, min(a + 128, len(data.sentences))))
            x, lengths, _, _ = data.batch(idx)
            logp = net(x, lengths).numpy()
            for row, i in enumerate(idx):
                pred = [LABELS[k] for k in viterbi(logp[row, : lengths[row]], trans)]
                p = {s for s in spans(pred) if s[2] in types}
                g = {s for s in spans(data.sentences[i].tags) if s[2] in types}
                tp, fp, fn = tp + len(p & g), fp + len(p - g), fn + len(g - p)
    net.train()
    return 2 * tp / max(1, 2 * tp + fp + fn)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--width", type=int, default=256, help="channels of the convolution")
    ap.add_argument("--silver-per-epoch", type=int, default=5000,
                    help="WikiANN sentences per language drawn afresh each epoch")
    ap.add_argument("--gold-repeat", type=int, default=10, help="times the GermEval half is seen per epoch")
    ap.add_argument("--silver-weight", type=float, default=0.3, help="loss weight of WikiANN batches")
    ap.add_argument("--gold-dev", type=int, default=250,
                    help="keep the last N GermEval-train sentences out of training and report F1 on them "
                         "(used to choose the settings above)")
    ap.add_argument("--silver-org", choices=("keep", "loose", "mask"), default="keep",
                    help="WikiANN ORG words: trained as ORG (keep), as ORG, O or MISC (loose), "
                         "or not at all (mask)")
    ap.add_argument("--crf", action=argparse.BooleanOptionalAction, default=False,
                    help="train as a linear-chain CRF with learned transition scores (default: per-word "
                         "cross-entropy, decoded with the hard BIO constraints only)")
    ap.add_argument("--threads", type=int, default=1, help="1 is faster when the cores are shared")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    torch.set_num_threads(args.threads)
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)

    data = {name: Batcher(s, *cached_states(name, s), silver_org=args.silver_org) for name, s in corpora().items()}
    rng = random.Random(args.seed)
    n_gold = len(data["germeval-train"].sentences) - args.gold_dev
    gold_items = [("germeval-train", i) for i in range(n_gold)] * args.gold_repeat
    g = data["germeval-train"]
    gold_dev = Batcher(g.sentences[n_gold:], g.states, g.offsets[n_gold:]) if args.gold_dev else None

    def epoch_items() -> list[tuple[str, int]]:
        items = list(gold_items)
        for name in ("wikiann-de-train", "wikiann-en-train"):
            pool = range(len(data[name].sentences))
            items += [(name, i) for i in rng.sample(pool, min(args.silver_per_epoch, len(pool)))]
        rng.shuffle(items)
        return items

    per_epoch = len(gold_items) + 2 * args.silver_per_epoch
    log.info("training items per epoch: %d", per_epoch)

    net = NerNet(DEPTH, 384, args.width, LABELS, dropout=0.3, crf=args.crf)
    opt = torch.optim.AdamW(net.parameters(), lr=2e-3, weight_decay=1e-4)
    steps = args.epochs * (per_epoch // 32 + 1)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=3e-3, total_steps=steps, pct_start=0.1)
    for epoch in range(args.epochs):
        started, total = time.time(), 0.0
        train = epoch_items()
        # batches of one corpus each, so padding stays small within a corpus
        for b in range(0, len(train), 32):
            items = train[b:b + 32]
            by_name: dict[str, list[int]] = {}
            for name, i in items:
                by_name.setdefault(name, []).append(i)
            opt.zero_grad()
            loss = torch.zeros(())
            for name, idx in by_name.items():
                x, lengths, tags, allowed = data[name].batch(idx)
                weight = args.silver_weight if name.startswith("wikiann") else 1.0
                logp = net(x, lengths)
                part = crf_loss(net, logp, lengths, tags, allowed) if args.crf else loss_fn(logp, tags, allowed)
                loss = loss + weight * part * len(idx) / len(items)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            sched.step()
            total += float(loss.detach())
            if (b // 32) % 200 == 0:
                log.info("epoch %d step %d/%d loss %.4f", epoch + 1, b // 32, len(train) // 32, total / (b // 32 + 1))
        f_de = evaluate(net, data["wikiann-de-dev"])
        f_en = evaluate(net, data["wikiann-en-dev"])
        log.info("epoch %d done in %.0fs; WikiANN dev F1 de %.4f en %.4f", epoch + 1, time.time() - started, f_de, f_en)
        if gold_dev is not None:
            log.info("epoch %d GermEval-train tail (%d sentences) F1 %.4f", epoch + 1, args.gold_dev,
                     evaluate(net, gold_dev))

    args.out.parent.mkdir(parents=True, exist_ok=True)
    meta = {"seed": args.seed, "epochs": args.epochs, "width": args.width, "gold_repeat": args.gold_repeat,
            "silver_per_epoch": args.silver_per_epoch, "silver_weight": args.silver_weight,
            "gold_dev_held_out": args.gold_dev, "silver_org": args.silver_org, "crf": args.crf,
            "train": ["wikiann-de-train", "wikiann-en-train", "germeval-train"],
            "wikiann_dev_f1": {"de": round(f_de, 4), "en": round(f_en, 4)}}
    save_net(net, args.out, meta)
    log.info("wrote %s (%.1f MB)", args.out, args.out.stat().st_size / 1e6)


if __name__ == "__main__":
    main()
