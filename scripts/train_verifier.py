"""Train the event verifier (``herodotus.pipeline.events.verifier``) on the project's own hand-made rounds.

1. Runs the whole pipeline with the verifier switched off over ``eval/articles/handmade*.jsonl`` of the chosen
   rounds (coded documents cached under ``.cache/verifier/``, one file per round: delete it after changing the
   rules) and labels each coded event right
   or wrong with the matching of ``eval/events/run.py`` (type, actor country, recipient country).
2. Fits an L2-regularised logistic regression over the verifier's named features (LBFGS from zero weights:
   deterministic), after a cross-validation by blocks of six rounds that prints event F1 at each threshold.
3. Writes ``src/herodotus/resources/models/event-verifier.json``.

The real articles of ../shared/data are never read (evaluation only). Hand-made rounds are Apache-2.0.

    OMP_NUM_THREADS=1 PYTHONPATH=src .venv/bin/python scripts/train_verifier.py --rounds 1-276
"""
from __future__ import annotations

import argparse
import json
import logging
import pickle
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
import torch
from tqdm import tqdm

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "eval" / "events"))
sys.path.insert(0, str(REPO / "scripts"))

import run as events_eval  # noqa: E402  (loading, stages and matching of the events eval)
from train_cues import round_files  # noqa: E402

from herodotus.pipeline.events.verifier import MODEL_FILE, features, sentence_context  # noqa: E402

log = logging.getLogger("train_verifier")
CACHE = REPO / ".cache" / "verifier"
ARTIFACT = REPO / "src" / "herodotus" / "resources" / "models" / MODEL_FILE
BLOCK = 6   # rounds were written six at a time: a cross-validation fold holds whole blocks
THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4)


def coded_round(path: Path) -> list[dict]:
    """Every article of one round file through the pipeline, verifier off; each event labelled."""
    from herodotus.pipeline.events import EventCoder
    stages, _ = events_eval.build_stages("pipeline")
    coder = EventCoder(verify=False)
    rows = []
    for article in events_eval.load_articles(path):
        doc = events_eval.to_document(article)
        for stage in stages:
            stage(doc)
        coder(doc)
        pairs = events_eval.match(events_eval.predicted_tuples(doc, doc.events),
                                  events_eval.gold_tuples(article), strict=False)
        right = {i for i, _ in pairs}
        rows.append({"doc": doc, "right": [i in right for i in range(len(doc.events))], "gold": len(article["events"])})
    return rows


def cached_rounds(paths: list[Path], workers: int) -> dict[int, list[dict]]:
    CACHE.mkdir(parents=True, exist_ok=True)
    todo = [p for p in paths if not (CACHE / f"{p.stem}.pkl").exists()]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for path, rows in tqdm(zip(todo, pool.map(coded_round, todo)), total=len(todo), desc="coding rounds",
                               unit="round"):
            (CACHE / f"{path.stem}.pkl").write_bytes(pickle.dumps(rows))
    rounds = {round_number(p): pickle.loads((CACHE / f"{p.stem}.pkl").read_bytes()) for p in paths}
    for rows in rounds.values():
        for row in rows:
            context = sentence_context(row["doc"].events)
            row["features"] = [features(row["doc"], ev, context) for ev in row["doc"].events]
    return rounds


def round_number(path: Path) -> int:
    digits = path.stem.removeprefix("handmade")
    return int(digits) if digits else 1


def flatten(rounds: dict[int, list[dict]], numbers) -> tuple[list[list[str]], np.ndarray, int]:
    feats, right, gold = [], [], 0
    for n in numbers:
        for row in rounds[n]:
            feats += row["features"]
            right += row["right"]
            gold += row["gold"]
    return feats, np.array(right, dtype=np.float32), gold


def fit(feats: list[list[str]], right: np.ndarray, l2: float, min_count: int) -> tuple[dict[str, float], float]:
    counts = Counter(f for fs in feats for f in set(fs))
    vocab = {f: j for j, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}
    rows = [i for i, fs in enumerate(feats) for f in set(fs) if f in vocab]
    cols = [vocab[f] for fs in feats for f in set(fs) if f in vocab]
    x = torch.sparse_coo_tensor(torch.tensor([rows, cols]), torch.ones(len(rows)), (len(feats), len(vocab))).coalesce()
    y = torch.from_numpy(right)
    w = torch.zeros(len(vocab), requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    opt = torch.optim.LBFGS([w, b], max_iter=300, line_search_fn="strong_wolfe")

    def loss() -> torch.Tensor:
        opt.zero_grad()
        z = torch.sparse.mm(x, w[:, None])[:, 0] + b
        value = torch.nn.functional.binary_cross_entropy_with_logits(z, y, reduction="sum") + l2 * (w * w).sum()
        value.backward()
        return value

    opt.step(loss)
    weights = w.detach().numpy()
    return {f: round(float(weights[j]), 4) for f, j in vocab.items() if abs(weights[j]) >= 1e-4}, float(b.item())


def probabilities(feats: list[list[str]], weights: dict[str, float], bias: float) -> np.ndarray:
    z = np.array([bias + sum(weights.get(f, 0.0) for f in set(fs)) for fs in feats])
    return 1.0 / (1.0 + np.exp(-z))


def f1(p: np.ndarray, right: np.ndarray, gold: int, threshold: float) -> tuple[float, float, float]:
    keep = p >= threshold
    tp, pred = float(right[keep].sum()), int(keep.sum())
    prec, rec = (tp / pred if pred else 0.0), tp / gold
    return (2 * prec * rec / (prec + rec) if prec + rec else 0.0), prec, rec


def cross_validate(rounds: dict[int, list[dict]], folds: int, l2: float, min_count: int) -> dict[str, list[float]]:
    numbers = sorted(rounds)
    held = {k: [n for n in numbers if (n // BLOCK) % folds == k] for k in range(folds)}
    probs, labels, gold = [], [], 0
    for k in tqdm(range(folds), desc="cross-validation", unit="fold"):
        train = [n for n in numbers if n not in held[k]]
        weights, bias = fit(*flatten(rounds, train)[:2], l2, min_count)
        feats, right, g = flatten(rounds, held[k])
        probs.append(probabilities(feats, weights, bias))
        labels.append(right)
        gold += g
    p, y = np.concatenate(probs), np.concatenate(labels)
    table = {"none": list(f1(p, y, gold, 0.0))}
    table.update({str(t): list(f1(p, y, gold, t)) for t in THRESHOLDS})
    for name, (f, prec, rec) in table.items():
        print(f"  threshold {name:>5}: F1 {f:.4f}  P {prec:.3f}  R {rec:.3f}")
    return table


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", default="1-276", help="hand-made rounds to learn from, e.g. 1-270")
    ap.add_argument("--l2", type=float, default=3.0)
    ap.add_argument("--threshold", type=float, default=0.3, help="events below this probability are dropped")
    ap.add_argument("--min-count", type=int, default=3, help="features seen in fewer events are ignored")
    ap.add_argument("--folds", type=int, default=5, help="cross-validation folds (0: none)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--out", type=Path, default=ARTIFACT)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    torch.set_num_threads(1)
    rounds = cached_rounds(round_files(args.rounds), args.workers)
    cv = cross_validate(rounds, args.folds, args.l2, args.min_count) if args.folds else {}
    feats, right, gold = flatten(rounds, sorted(rounds))
    weights, bias = fit(feats, right, args.l2, args.min_count)
    args.out.write_text(json.dumps({
        "rounds": args.rounds, "events": len(feats), "right": int(right.sum()), "gold": gold, "l2": args.l2,
        "min_count": args.min_count, "threshold": args.threshold, "cross_validation": cv,
        "bias": round(bias, 4), "weights": dict(sorted(weights.items())),
    }, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    log.info("%d events (%d right) from rounds %s; %d weights -> %s", len(feats), int(right.sum()), args.rounds,
             len(weights), args.out)


if __name__ == "__main__":
    main()
