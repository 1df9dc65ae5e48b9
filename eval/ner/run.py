"""Strict span F1 of the shipped NER model on held-out data (see eval/ner/README.md).

    .venv/bin/python eval/ner/run.py                   # all sets
    .venv/bin/python eval/ner/run.py --sets germeval-test europarl-test
    .venv/bin/python eval/ner/run.py --limit 2000      # first N sentences of each set

A predicted span counts only if its start, end and type equal a gold span. The
headline figure is micro F1 over PER/LOC/ORG; MISC is printed separately because
the data sets disagree on what MISC is (WikiANN has none).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO / "src"))

from ner_data import Sentence, read_europarl, read_germeval, read_wikiann, spans  # noqa: E402

from herodotus.pipeline.nlp.ner import tag_sentences  # noqa: E402

SETS = {
    "germeval-test": ("de", lambda: read_germeval("test")),
    "europarl-test": ("de", lambda: read_europarl("test")),
    "wikiann-de-test": ("de", lambda: read_wikiann("de", "test")),
    "wikiann-en-test": ("en", lambda: read_wikiann("en", "test")),
}
MAIN = ("PER", "LOC", "ORG")


def score(gold: list[Sentence], pred: list[list[str]], types: tuple[str, ...]) -> tuple[float, float, float, int]:
    tp = fp = fn = 0
    for g, p in zip(gold, pred):
        gs = {s for s in spans(g.tags) if s[2] in types}
        ps = {s for s in spans(p) if s[2] in types}
        tp, fp, fn = tp + len(gs & ps), fp + len(ps - gs), fn + len(gs - ps)
    prec = tp / max(1, tp + fp)
    rec = tp / max(1, tp + fn)
    f1 = 2 * prec * rec / max(1e-9, prec + rec)
    return prec, rec, f1, tp + fn


def run_set(name: str, limit: int | None) -> None:
    lang, reader = SETS[name]
    gold = reader()[:limit] if limit else reader()
    started = time.time()
    pred = tag_sentences([s.words for s in gold], lang)
    took = time.time() - started
    n_words = sum(len(s.words) for s in gold)
    print(f"\n{name} ({lang}): {len(gold)} sentences, {n_words} words, {n_words / took:.0f} words/s")
    rows = [("PER+LOC+ORG", MAIN)] + [(t, (t,)) for t in MAIN + ("MISC",)]
    print(f"  {'type':<12} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}")
    for label, types in rows:
        p, r, f, n = score(gold, pred, types)
        if n:
            print(f"  {label:<12} {p:6.3f} {r:6.3f} {f:6.3f} {n:6d}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", nargs="+", choices=sorted(SETS), default=list(SETS))
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--threads", type=int, default=2, help="torch threads (1 is faster on busy shared cores)")
    args = ap.parse_args()
    import torch

    torch.set_num_threads(args.threads)
    for name in args.sets:
        run_set(name, args.limit)


if __name__ == "__main__":
    main()
