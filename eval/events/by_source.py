"""Precision of the event coder by where each event came from: the lexicon, the statement rule or a
trained event cue (per language and, for cues and statements, per type). Matching as in ``run.py``.

Which source to trust is read from here: a cue type that is right less often than the coder as a
whole costs F1 (the English REQUEST and THREATEN cues, see ``lang/en/event_verbs.py``). A second table
gives the precision of events coded without a recipient, per type: types that were never right
without one are not coded without one (``NEEDS_RECIPIENT`` in ``pipeline/events``).

Usage:
  .venv/bin/python eval/events/by_source.py [--data PATH ...]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run  # noqa: E402  (the events eval: loading, stages and matching)

from herodotus.pipeline.events import EventCoder  # noqa: E402


def source(explanation: str) -> str:
    if explanation.startswith("trained event cue"):
        return "cue"
    return "statement" if "statement rule" in explanation[:30] else "lexicon"


def tally(paths: list[Path]) -> Counter:
    counts: Counter = Counter()
    stages, _ = run.build_stages("pipeline")
    coder = EventCoder()
    for path in paths:
        for article in run.load_articles(path):
            doc = run.to_document(article)
            for stage in stages:
                stage(doc)
            coder(doc)
            pairs = run.match(run.predicted_tuples(doc, doc.events), run.gold_tuples(article), strict=False)
            matched = {i for i, _ in pairs}
            for i, ev in enumerate(doc.events):
                src = source(ev.explanation)
                key = (article["lang"], src, ev.event if src != "lexicon" else "*")
                counts[key + ("pred",)] += 1
                counts[key + ("tp",)] += i in matched
                if not ev.recipient_ids:
                    counts[("-", "no recipient", ev.event, "pred")] += 1
                    counts[("-", "no recipient", ev.event, "tp")] += i in matched
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, nargs="+", default=None)
    args = ap.parse_args()
    counts = tally(args.data or [run.data_path()])
    print(f"{'lang':<5}{'source':<13}{'type':<10}{'pred':>5}{'right':>6}  precision")
    for key in sorted({k[:3] for k in counts}, key=lambda k: (k[0] == "-", k)):   # recipient-less rows last
        pred, tp = counts[key + ("pred",)], counts[key + ("tp",)]
        print(f"{key[0]:<5}{key[1]:<13}{key[2]:<10}{pred:>5}{tp:>6}  {tp / pred:.2f}")


if __name__ == "__main__":
    main()
