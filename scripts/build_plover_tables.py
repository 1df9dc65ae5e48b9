"""Build the shipped PLOVER tables from the shared PLOVER and Phoenix files.

Reads ``<data>/events/plover/cameo2plover.txt`` (CAMEO -> PLOVER type, mode, context),
``<data>/events/plover/plover_manual.tex`` (the PLOVER conflict/cooperation score table,
the Goldstein-derived scale) and ``<data>/events/phoenix/CAMEO.2.0.txt`` (CAMEO code names)
and writes ``src/herodotus/resources/plover/plover_tables.json``:

- ``cameo``: CAMEO code -> {event, mode, context, name}
- ``default_cameo``: "TYPE" and "TYPE:mode" -> the most general CAMEO code of that pair
- ``quad_class``: CAMEO root ("01".."20") -> QuadClass (1 verbal coop, 2 material coop,
  3 verbal conflict, 4 material conflict), and "TYPE" -> QuadClass of its usual root
- ``goldstein``: "TYPE" and "TYPE:mode" -> PLOVER score (-10..+10)

All three sources are shippable (CC BY-SA 4.0 / MIT). Run:
    .venv/bin/python scripts/build_plover_tables.py
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from herodotus import config  # noqa: E402


def data_dir() -> Path:
    """The shared data folder; tolerates a broken default config while the lead fixes it."""
    try:
        return config.data_dir()
    except Exception:  # noqa: BLE001 - fall back to HERODOTUS_DATA or ../shared/data
        import os
        return Path(os.environ.get("HERODOTUS_DATA") or ROOT.parent / "shared" / "data")

OUT = ROOT / "src" / "herodotus" / "resources" / "plover" / "plover_tables.json"
LINE = re.compile(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*))?(?:,([^#]*))?(?:#\s*(.*))?$")
SCORE_CELL = re.compile(r"(?:\\cellcolor\{[^}]*\})?\s*([A-Z]+)(?::\s*([A-Za-z-]+))?\s*&\s*(?:\\cellcolor\{[^}]*\})?\s*(-?\d+(?:\.\d+)?)")

# CAMEO root -> QuadClass, the convention of GDELT/Phoenix.
QUAD_BY_ROOT = {f"{r:02d}": (1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4) for r in range(1, 21)}


def read_mapping(path: Path) -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        match = LINE.match(raw.strip())
        if not match or len(match.group(1)) < 3:
            continue
        code, event, mode, context, name = match.groups()
        table[code] = {"event": event, "mode": (mode or "").strip().lower(),
                       "context": (context or "").strip(), "name": (name or "").strip()}
    return table


# Where the mapping's first code of a type is a special case (175 "violent repression"
# for ASSAULT, 163 "embargo" for COERCE, 090 "investigate" for ACCUSE), the type's
# generic CAMEO code is the better default.
GENERIC = {"ASSAULT": "190", "COERCE": "170", "ACCUSE": "110", "ACCUSE:allege": "112",
           "ASSAULT:aerial": "195", "ASSAULT:drone": "195", "ASSAULT:heavy-weapons": "194"}


def default_codes(cameo: dict[str, dict[str, str]]) -> dict[str, str]:
    """The most general (shortest, lowest) CAMEO code for each type and type:mode."""
    best: dict[str, str] = dict(GENERIC)
    for code in sorted(cameo, key=lambda c: (len(c), c)):
        row = cameo[code]
        for key in (row["event"], f"{row['event']}:{row['mode']}" if row["mode"] else ""):
            if key and key not in best:
                best[key] = code
    return best


def type_quads(cameo: dict[str, dict[str, str]]) -> dict[str, int]:
    votes: dict[str, Counter[int]] = defaultdict(Counter)
    for code, row in cameo.items():
        votes[row["event"]][QUAD_BY_ROOT[code[:2]]] += 1
    return {event: counts.most_common(1)[0][0] for event, counts in votes.items()}


def read_scores(path: Path) -> dict[str, float]:
    text = path.read_text(encoding="utf-8")
    start = text.index("\\label{tab:ploverscores}", text.index("\\begin{table}[htp]\n\\begin{center}\n\\caption{PLOVER conflict--cooperation scores}\n\\hspace"))
    block = text[text.rindex("\\begin{tabular}", 0, start):start]
    scores: dict[str, float] = {}
    for event, mode, value in SCORE_CELL.findall(block):
        if event in {"CATEGORY"}:
            continue
        key = f"{event}:{mode.lower()}" if mode else event
        scores[key] = float(value)
    # The manual prints ACCUSE as "3" while all of its modes are negative and the earlier
    # category table gives -2.0: a lost minus sign, so the category score is -3.
    if scores.get("ACCUSE", 0) > 0:
        scores["ACCUSE"] = -scores["ACCUSE"]
    return scores


def main() -> None:
    base = data_dir() / "events"
    cameo = read_mapping(base / "plover" / "cameo2plover.txt")
    tables = {
        "sources": ["events/plover/cameo2plover.txt", "events/plover/plover_manual.tex (PLOVER scores)",
                    "events/phoenix/CAMEO.2.0.txt"],
        "cameo": cameo,
        "default_cameo": default_codes(cameo),
        "quad_class": {**QUAD_BY_ROOT, **type_quads(cameo)},
        "goldstein": read_scores(base / "plover" / "plover_manual.tex"),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(tables, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
