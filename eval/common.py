"""Helpers shared by the eval runners (imported after they put eval/ on sys.path)."""
from __future__ import annotations

import json
from datetime import date

from herodotus.config import data_dir
from herodotus.model import Document
from herodotus.pipeline import Pipeline
from herodotus.pipeline.registry import DEFAULT_STAGES


def pipeline_pairs(arts: list[dict]) -> list[tuple[dict, object]]:
    """(gold event, system event) pairs from the full pipeline: same type, overlapping sentence."""
    nlp = Pipeline([s for s in DEFAULT_STAGES if not s.startswith("langid")])
    pairs = []
    for art in arts:
        pub = date.fromisoformat(art["published"]) if art["published"] else None
        doc = nlp(Document(id=art["id"], text=art["text"], lang=art["lang"], published=pub))
        used: set[str] = set()
        for ev in art["events"]:
            start = art["text"].find(ev["evidence"])
            end = start + len(ev["evidence"])
            match = next((e for e in doc.events if e.event == ev["type"] and e.id not in used
                          and e.start < end and e.end > start), None)
            if match is not None:
                used.add(match.id)
                pairs.append((ev, match))
    return pairs


def load_dev_articles() -> list[dict] | None:
    """The annotated dev articles, or None (with a note) when the shared data is missing."""
    path = data_dir() / "articles" / "dev.jsonl"
    if not path.exists():
        print(f"{path} missing, skipped")
        return None
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
