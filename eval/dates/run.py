"""Evaluate the dates stage (``dates.v1``).

1. Hand-made sets, one sentence each, a publication date or null, and every time expression with its
   value and precision: ``gold_*.jsonl`` (written while building the stage; its errors were looked
   at) and ``test_*.jsonl`` (written after the rules were frozen, run once). A gold expression counts as found
   when a system expression overlaps it, and as correct when value and precision also match.
   Baseline: dateparser's ``search_dates`` with the publication date as relative base (skipped when
   dateparser is not installed).
2. Dev articles (``$HERODOTUS_DATA/articles/dev.jsonl``, when present): for every gold event the
   date of its evidence sentence (``dates.event_date``) against the gold ``date``
   (null included, so an invented date counts as an error).

3. With ``--pipeline``: the dev articles through the whole pipeline; for gold events matched by a
   system event of the same type in the same sentence, the system's event date against the gold.
   This also measures the events stage's choice of date (it falls back to the publication date).

Run: ``.venv/bin/python eval/dates/run.py [--pipeline]``
"""
from __future__ import annotations

import json
import sys
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))
sys.path.insert(0, str(HERE.parent))

from common import load_dev_articles, pipeline_pairs  # noqa: E402
from herodotus.config import data_dir  # noqa: E402
from herodotus.model import Document  # noqa: E402
from herodotus.pipeline.dates import DateResolver, event_date, find_times  # noqa: E402


def load_gold(split: str = "gold") -> list[dict]:
    cases = []
    for lang in ("de", "en"):
        for line in (HERE / f"{split}_{lang}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                case["lang"] = lang
                cases.append(case)
    return cases


def _pub(case: dict) -> date | None:
    return date.fromisoformat(case["published"]) if case["published"] else None


def system_times(case: dict) -> list[tuple[int, int, str | None, str | None]]:
    times = find_times(case["text"], case["lang"], _pub(case))
    return [(t.start, t.end, t.value.isoformat() if t.value else None, t.precision) for t in times]


def baseline_times(case: dict) -> list[tuple[int, int, str | None, str | None]]:
    from dateparser.search import search_dates

    pub = _pub(case)
    settings = {"RELATIVE_BASE": datetime.combine(pub, datetime.min.time())} if pub else {}
    found = search_dates(case["text"], languages=[case["lang"]], settings=settings) or []
    out, pos = [], 0
    for surface, when in found:
        start = case["text"].find(surface, pos)
        pos = max(pos, start + len(surface))
        out.append((start, start + len(surface), when.date().isoformat(), "day"))
    return out


def score(cases: list[dict], system) -> dict[str, float]:
    gold_n = found = correct = predicted = spurious = 0
    for case in cases:
        text = case["text"]
        sys_times = system(case)
        predicted += len(sys_times)
        spans = []
        for exp in case["expected"]:
            start = text.find(exp["text"])
            end = start + len(exp["text"])
            spans.append((start, end))
            gold_n += 1
            hits = [t for t in sys_times if t[0] < end and t[1] > start]
            if hits:
                found += 1
                if any(t[2] == exp["value"] and (t[3] == exp["precision"] or exp["value"] is None) for t in hits):
                    correct += 1
        spurious += sum(1 for t in sys_times if not any(t[0] < e and t[1] > s for s, e in spans))
    return {"gold": gold_n, "found": found, "correct": correct, "predicted": predicted,
            "spurious": spurious, "recall": found / gold_n if gold_n else 0.0,
            "precision": (predicted - spurious) / predicted if predicted else 0.0,
            "accuracy": correct / gold_n if gold_n else 0.0}


def report(title: str, result: dict[str, float]) -> None:
    print(f"{title:<34} expressions={result['gold']:>3}  found={result['recall']:.3f}  "
          f"precision={result['precision']:.3f}  value+precision accuracy={result['accuracy']:.3f} "
          f"({result['correct']}/{result['gold']})")


def hand_made(split: str) -> None:
    cases = load_gold(split)
    print(f"== hand-made {split} set (eval/dates/{split}_*.jsonl) ==")
    for lang in ("de", "en", None):
        subset = [c for c in cases if lang is None or c["lang"] == lang]
        report(f"dates.v1 [{lang or 'all'}]", score(subset, system_times))
    try:
        import dateparser  # noqa: F401
    except ImportError:
        print("baseline dateparser: not installed, skipped")
        return
    for lang in ("de", "en", None):
        subset = [c for c in cases if lang is None or c["lang"] == lang]
        report(f"baseline dateparser [{lang or 'all'}]", score(subset, baseline_times))


def dev_articles() -> None:
    path = data_dir() / "articles" / "dev.jsonl"
    print("== dev articles: event dates from the evidence sentence ==")
    if not path.exists():
        print(f"{path} missing, skipped")
        return
    total = right = gold_dated = found_dated = predicted = predicted_right = 0
    stage = DateResolver()
    for line in path.read_text(encoding="utf-8").splitlines():
        art = json.loads(line)
        pub = date.fromisoformat(art["published"]) if art["published"] else None
        doc = Document(id=art["id"], text=art["text"], lang=art["lang"], published=pub)
        stage(doc)          # no sentences: the whole text is one span, which is fine for lookup
        for ev in art["events"]:
            start = art["text"].find(ev["evidence"])
            if start < 0:
                continue
            doc.times = find_times(doc.text, doc.lang, pub, start=start, end=start + len(ev["evidence"]))
            t = event_date(doc, start, start + len(ev["evidence"]))
            value = t.value.isoformat() if t else None
            total += 1
            right += value == ev["date"]
            if ev["date"]:
                gold_dated += 1
                found_dated += value == ev["date"]
            if value:
                predicted += 1
                predicted_right += value == ev["date"]
    print(f"events={total}  date accuracy (null included)={right / total:.3f} ({right}/{total})  "
          f"gold-dated events correct={found_dated}/{gold_dated}  "
          f"dates predicted={predicted}, correct={predicted_right}")


def full_pipeline() -> None:
    print("== dev articles through the full pipeline (events stage included) ==")
    arts = load_dev_articles()
    pairs = pipeline_pairs(arts) if arts else []
    if not pairs:
        return
    gold_total = sum(len(a["events"]) for a in arts)
    right = sum((e.date.isoformat() if e.date else None) == g["date"] for g, e in pairs)
    print(f"gold events matched by type and sentence: {len(pairs)}/{gold_total}; "
          f"event date equal to gold (null included) on {right}/{len(pairs)}")


def main() -> None:
    hand_made("gold")
    hand_made("test")
    dev_articles()
    if "--pipeline" in sys.argv:
        full_pipeline()


if __name__ == "__main__":
    main()
