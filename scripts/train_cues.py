"""Train the event-cue head (``herodotus.pipeline.nlp.cues``) on the project's own annotated articles.

    .venv/bin/python scripts/train_cues.py                      # train on the default rounds, write the model
    .venv/bin/python scripts/train_cues.py --hold-out 19-24     # also print figures on rounds 19-24, not trained on

Data: ``eval/articles/handmade*.jsonl``, the invented wire-style articles the project wrote and
annotated itself (Apache-2.0, see eval/articles/README.md). The real articles of
../shared/data/articles are evaluation-only and never read here. Every sentence is labelled with
the PLOVER types of the gold events whose evidence it holds; sentences without events are
negatives. The net scores every word for every type and is trained on the log-sum-exp of its word
scores per sentence (multiple-instance learning), on frozen encoder layers 8 and 4.

By default the rounds listed in ``ROUNDS`` are used; the blind rounds written after a release are
held out for its measurement (see eval/events/README.md). Output:
src/herodotus/resources/models/cues-e5-deen.pt (fp16, ~0.4 MB per seed), with the rounds, seed and held-out
figures in its metadata.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import torch
from tqdm import tqdm

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from herodotus.encoder import load_encoder  # noqa: E402
from herodotus.pipeline.nlp.cues import ARTIFACT, CueEnsemble, CueNet, features, save_net  # noqa: E402
from herodotus.pipeline.nlp.tokenizer import split_sentences, tokenize  # noqa: E402

ARTICLES = REPO / "eval" / "articles"
OUT = REPO / "src" / "herodotus" / "resources" / "models" / ARTIFACT
TYPES = ("ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE", "MOBILIZE",
         "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN")
# round 1 is handmade.jsonl; the blind rounds written after a release (313 on) are held out for its measurement.
# Development models: 0.7.16 --rounds 1-132 --hold-out 133-156; 0.7.35 --rounds 1-242, one seed or --seeds 0,1,2
# (events measured on rounds 243-270: no better than the 1-180 model then shipped, see the model card)
ROUNDS = "1-330"
# Several seeds train an ensemble whose word scores are averaged (shipped since 0.7.41: seeds 0, 1 and 2)
SEEDS = "0,1,2"
log = logging.getLogger("train_cues")


def round_files(spec: str) -> list[Path]:
    numbers: list[int] = []
    for part in spec.split(","):
        a, _, b = part.partition("-")
        numbers.extend(range(int(a), int(b or a) + 1))
    return [ARTICLES / ("handmade.jsonl" if n == 1 else f"handmade{n}.jsonl") for n in numbers]


def sentence_labels(article: dict) -> list[tuple[list[str], set[str]]]:
    """(words, gold types) for every sentence of one article."""
    text = article["text"]
    raw = tokenize(text, article["lang"])
    spans = []
    for ev in article["events"]:
        evidence = (ev.get("evidence") or "").strip()
        at = text.find(evidence) if evidence else -1
        if at >= 0:
            spans.append((at, at + len(evidence), ev["type"]))
    out = []
    for first, last, _ in split_sentences(text, raw):
        start, end = raw[first].start, raw[last - 1].end
        types = {t for a, b, t in spans if a < end and start < b}
        out.append(([t.text for t in raw[first:last]], types))
    return out


def load(files: list[Path]) -> tuple[list[torch.Tensor], torch.Tensor]:
    sentences = []
    for path in files:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                sentences.extend(sentence_labels(json.loads(line)))
    encoder = load_encoder()
    feats: list[torch.Tensor] = []
    for a in tqdm(range(0, len(sentences), 64), desc=f"encoding {len(sentences)} sentences", unit="batch"):
        chunk = sentences[a:a + 64]
        feats.extend(features(v) for v in encoder.encode_words([w for w, _ in chunk]))
    labels = torch.tensor([[t in types for t in TYPES] for _, types in sentences], dtype=torch.float32)
    return feats, labels


def train_ensemble(feats: list[torch.Tensor], labels: torch.Tensor, epochs: int, seeds: list[int]) -> CueNet | CueEnsemble:
    nets = [train(feats, labels, epochs, seed) for seed in seeds]
    return nets[0] if len(nets) == 1 else CueEnsemble(nets).eval()


def train(feats: list[torch.Tensor], labels: torch.Tensor, epochs: int, seed: int) -> CueNet:
    torch.manual_seed(seed)
    net = CueNet(TYPES)
    allwords = torch.cat(feats)
    net.mu.copy_(allwords.mean(0))
    net.sd.copy_(allwords.std(0) + 1e-6)
    opt = torch.optim.AdamW(net.parameters(), lr=1e-3, weight_decay=0.1)
    for _ in tqdm(range(epochs), desc="training", unit="epoch"):
        net.train()
        order = torch.randperm(len(feats))
        for b in range(0, len(order), 32):
            idx = order[b:b + 32].tolist()
            scores = torch.split(net.word_scores(torch.cat([feats[i] for i in idx])), [len(feats[i]) for i in idx])
            pooled = torch.stack([net.sentence_scores(s) for s in scores])
            loss = torch.nn.functional.binary_cross_entropy_with_logits(pooled, labels[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
    return net.eval()


@torch.inference_mode()
def evaluate(net: CueNet | CueEnsemble, feats: list[torch.Tensor], labels: torch.Tensor, threshold: float) -> dict:
    probs = torch.sigmoid(torch.stack([net.sentence_scores(net.word_scores(f)) for f in feats]))
    pred = probs >= threshold
    gold = labels.bool()
    counts = Counter(tp=int((pred & gold).sum()), fp=int((pred & ~gold).sum()), fn=int((~pred & gold).sum()))
    p = counts["tp"] / max(1, counts["tp"] + counts["fp"])
    r = counts["tp"] / max(1, counts["tp"] + counts["fn"])
    return {"threshold": threshold, "precision": round(p, 3), "recall": round(r, 3),
            "f1": round(2 * p * r / max(1e-9, p + r), 3), **counts}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", default=ROUNDS, help="handmade rounds to train on, e.g. 1-18 or 1-4,7")
    ap.add_argument("--hold-out", default="", help="rounds to print sentence-level figures on")
    ap.add_argument("--epochs", type=int, default=30)
    ap.add_argument("--seeds", default=SEEDS,
                    help="comma-separated seeds; several train an ensemble whose word scores are averaged")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    torch.set_num_threads(max(1, torch.get_num_threads()))
    feats, labels = load(round_files(args.rounds))
    seeds = [int(x) for x in args.seeds.split(",")]
    net = train_ensemble(feats, labels, args.epochs, seeds)
    meta = {"rounds": args.rounds, "seeds": seeds, "epochs": args.epochs, "sentences": len(feats),
            "positives": {t: int(labels[:, k].sum()) for k, t in enumerate(TYPES)}}
    if args.hold_out:
        held_feats, held_labels = load(round_files(args.hold_out))
        meta["held_out"] = {"rounds": args.hold_out,
                            "sentence_level": [evaluate(net, held_feats, held_labels, th) for th in (0.5, 0.8, 0.9)]}
        for row in meta["held_out"]["sentence_level"]:
            print(f"held-out rounds {args.hold_out}: " + " ".join(f"{k}={v}" for k, v in row.items()))
    save_net(net, args.out, meta)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB; {len(feats)} sentences, rounds {args.rounds})")


if __name__ == "__main__":
    np.seterr(all="ignore")
    main()
