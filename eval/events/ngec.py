"""Lexicon coverage on the NGEC synthetic stories (``<data>/events/ngec``, MIT), a second event eval
that nobody tuned the coder on.

Each story is an English news text written to report one PLOVER event type (its ``label``).
Stories are split once by a hash of their text: buckets 0-1 of 10 are the held-out ``test`` part,
the rest ``train`` (for anything trained on NGEC). From the test part the first ``--per-type``
stories of each type (in hash order) are run through the default pipeline and the event coder.

Story-level figures per PLOVER type:
  event recall     share of stories labelled T in which the coder emits at least one T event
                   (actors from the pipeline: needs a coded actor and the roles the type needs)
  event precision  share of stories with a coded T event that are labelled T. A lower bound:
                   stories report other events too ("the unions rejected the offer" in a strike story)
  trigger recall   share of stories labelled T in which the lexicon matches a T word at all
                   (coverage of the vocabulary alone, independent of actors and roles)

Usage:
  .venv/bin/python eval/events/ngec.py [--per-type 50] [--cache /tmp/ngec_docs.pkl] [--show-misses T]
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import pickle
import sys
from collections import Counter, defaultdict
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from herodotus.model import Document  # noqa: E402
from herodotus.pipeline.events import EVENT_TYPES, EventCoder  # noqa: E402
from herodotus.pipeline.events.lexicon import find_triggers, load_lexicon  # noqa: E402

TEST_BUCKETS = {0, 1}


def data_path() -> Path:
    try:
        from herodotus.config import data_dir
        return data_dir() / "events" / "ngec" / "gpt_synthetic_events_2023-10-19_19.csv"
    except Exception:  # noqa: BLE001 - a broken config must not stop the eval
        return ROOT.parent / "shared" / "data" / "events" / "ngec" / "gpt_synthetic_events_2023-10-19_19.csv"


def story_hash(text: str) -> int:
    return int(hashlib.md5(text.encode("utf-8")).hexdigest(), 16)


def load_stories(path: Path, part: str) -> list[dict]:
    """All stories of one part ("test" or "train"), in hash order; labels upper case."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["label"] in EVENT_TYPES and r["text"].strip()]
    for r in rows:
        r["hash"] = story_hash(r["text"])
    rows = [r for r in rows if (r["hash"] % 10 in TEST_BUCKETS) == (part == "test")]
    return sorted(rows, key=lambda r: r["hash"])


def sample(rows: list[dict], per_type: int) -> list[dict]:
    taken: Counter = Counter()
    out = []
    for r in rows:
        if taken[r["label"]] < per_type:
            taken[r["label"]] += 1
            out.append(r)
    return out


def prepared_docs(stories: list[dict], cache: Path | None) -> list[Document]:
    """Documents after the stages before events (cached: the pre-event stages dominate the run time)."""
    key = [s["hash"] for s in stories]
    if cache is not None and cache.exists():
        with cache.open("rb") as fh:
            saved_key, docs = pickle.load(fh)
        if saved_key == key:
            return docs
    from run import build_stages
    stages, missing = build_stages("pipeline")
    if missing:
        print(f"  skipped stages: {', '.join(missing)}")
    docs = []
    for k, s in enumerate(stories):
        doc = Document(id=f"ngec-{s['hash'] % 10**8}", text=s["text"], lang="en")
        for stage in stages:
            stage(doc)
        docs.append(doc)
    if cache is not None:
        with cache.open("wb") as fh:
            pickle.dump((key, docs), fh)
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=None)
    ap.add_argument("--per-type", type=int, default=50)
    ap.add_argument("--part", choices=("test", "train"), default="test",
                    help="train: for looking at errors without touching the held-out part")
    ap.add_argument("--cache", type=Path, default=None, help="pickle of the pre-event documents (speed only)")
    ap.add_argument("--show-misses", default=None, help="print the lead of stories of this type without a coded event")
    ap.add_argument("--coded-out", type=Path, default=None, help="write the coded types per story (JSON lines), to compare versions")
    args = ap.parse_args()
    stories = sample(load_stories(args.data or data_path(), args.part), args.per_type)
    docs = prepared_docs(stories, args.cache)
    coder, lex = EventCoder(), load_lexicon("en")
    c: dict[str, Counter] = defaultdict(Counter)
    out = args.coded_out.open("w", encoding="utf-8") if args.coded_out else None
    for story, doc in zip(stories, docs):
        doc.events = []
        coder(doc)
        gold = story["label"]
        coded = {e.event for e in doc.events}
        triggered = {t.entry.event for s in doc.sentences for t in find_triggers(lex, doc.sentence_tokens(s))}
        c[gold].update(stories=1, hit=int(gold in coded), trig=int(gold in triggered))
        if out is not None:
            out.write(json.dumps({"hash": str(story["hash"]), "label": gold, "coded": sorted(coded),
                                  "events": [f"{e.event}: {e.explanation[:160]}" for e in doc.events]}) + "\n")
        for t in coded:
            c[t].update(pred=1, pred_ok=int(t == gold))
        if args.show_misses == gold and gold not in coded:
            print(f"  MISS {gold}/{story['mode'] or '-'} coded={sorted(coded)} | {story['text'][:220]!r}")
    print(f"# NGEC story-level eval {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC; {args.part} part, "
          f"{args.per_type} stories per type, {len(stories)} stories")
    print(f"  {'type':<10} {'stories':>7} {'ev.rec':>7} {'ev.prec':>7} {'trig.rec':>8}")
    tot = Counter()
    for t in EVENT_TYPES:
        x = c[t]
        tot.update(x)
        rec = x["hit"] / x["stories"] if x["stories"] else 0.0
        prec = x["pred_ok"] / x["pred"] if x["pred"] else 0.0
        trig = x["trig"] / x["stories"] if x["stories"] else 0.0
        print(f"  {t:<10} {x['stories']:>7} {rec:>7.2f} {prec:>7.2f} {trig:>8.2f}")
    print(f"  {'ALL':<10} {tot['stories']:>7} {tot['hit'] / tot['stories']:>7.2f} "
          f"{tot['pred_ok'] / max(tot['pred'], 1):>7.2f} {tot['trig'] / tot['stories']:>8.2f}")


if __name__ == "__main__":
    main()
