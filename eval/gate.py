"""Quality gate: run the stage evals and fail when a score drops below its floor.

    .venv/bin/python eval/gate.py                  # check against eval/baseline.json
    .venv/bin/python eval/gate.py --update         # raise floors to current scores minus a margin
    .venv/bin/python eval/gate.py --update --allow-lower   # also lower them (say why in the commit)

Floors hold only for the gold data they were measured on: baseline.json records a SHA-256
fingerprint of each data file, and a metric whose data differs is skipped, not compared.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BASELINE = HERE / "baseline.json"
MARGIN = 0.02

# name -> (runner arguments, regex whose first group is the score, gold data relative to the data dir)
METRICS = {
    "events_f1": (["events/run.py"], r"^system=lexicon.*\n\s+all\s+P=\S+ R=\S+ F1=([0-9.]+)", "articles/dev.jsonl"),
    "actors_overall": (["actors/run.py"], r"^overall\s+\d+/\d+\s+([0-9.]+)%", "articles/dev.jsonl"),
    "dates_test_accuracy": (["dates/run.py"], r"hand-made test set[\s\S]*?dates\.v1 \[all\].*accuracy=([0-9.]+)", None),
    "geo_test_f1": (["geo/run.py"], r"hand-made test set[\s\S]*?geo\.gazetteer\.v1 \[all\].*F1=([0-9.]+)", None),
    "events_handmade_f1": (["events/run.py", "--system", "lexicon", "--data", "eval/articles/handmade.jsonl"],
                           r"^system=lexicon.*\n\s+all\s+P=\S+ R=\S+ F1=([0-9.]+)", None),
    "parser_de_las": (["parser/run.py", "--lang", "de"], r"== de:[\s\S]*?\n\s+LAS\s+([0-9.]+)",
                      "ud/UD_German-GSD/de_gsd-ud-test.conllu"),
}


def data_dir() -> Path:
    sys.path.insert(0, str(ROOT / "src"))
    from herodotus.config import data_dir as configured

    return configured()


def fingerprint(rel: str | None) -> str | None:
    if rel is None:
        return None
    path = data_dir() / rel
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "missing"


def measure(name: str) -> float:
    args, pattern, _ = METRICS[name]
    proc = subprocess.run([sys.executable, str(HERE / args[0]), *args[1:]], capture_output=True,
                          text=True, cwd=ROOT, timeout=900)
    found = re.search(pattern, proc.stdout, re.MULTILINE)
    if proc.returncode != 0 or not found:
        raise RuntimeError(f"{name}: runner failed or printed no score\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")
    value = float(found.group(1))
    return value / 100 if value > 1 else value


def check(baseline: dict) -> list[str]:
    """Failures (empty when every metric holds its floor)."""
    failures = []
    for name, entry in baseline["metrics"].items():
        if entry.get("data_sha256") and fingerprint(METRICS[name][2]) != entry["data_sha256"]:
            print(f"{name:22} skipped: gold data differs from the data the floor was measured on")
            continue
        score = measure(name)
        status = "ok" if score >= entry["floor"] else "BELOW FLOOR"
        print(f"{name:22} {score:.3f}  floor {entry['floor']:.3f}  {status}")
        if score < entry["floor"]:
            failures.append(f"{name}: {score:.3f} < floor {entry['floor']:.3f}")
    return failures


def update(baseline: dict, allow_lower: bool) -> dict:
    metrics = baseline.setdefault("metrics", {})
    for name in METRICS:
        score = measure(name)
        floor = round(max(score - MARGIN, 0.0), 3)
        old = metrics.get(name, {}).get("floor")
        if old is not None and floor < old and not allow_lower:
            print(f"{name}: keeping floor {old:.3f} (score {score:.3f}); --allow-lower to lower it")
            floor = old
        metrics[name] = {"floor": floor, "measured": round(score, 3), "data_sha256": fingerprint(METRICS[name][2])}
        print(f"{name:22} {score:.3f}  floor {floor:.3f}")
    return baseline


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--update", action="store_true")
    ap.add_argument("--allow-lower", action="store_true")
    args = ap.parse_args()
    baseline = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    if args.update:
        BASELINE.write_text(json.dumps(update(baseline, args.allow_lower), indent=2) + "\n")
        return
    failures = check(baseline)
    for failure in failures:
        print(f"FAIL {failure}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
