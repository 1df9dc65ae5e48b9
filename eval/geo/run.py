"""Evaluate the geocoder (``geo.gazetteer.v1``).

1. Hand-made event sets, ``gold_*.jsonl`` (written while building the stage; its errors were looked
   at) and ``test_*.jsonl`` (written after the rules were frozen, run once): a sentence (or a short text and the
   event's sentence as ``evidence``), an event type, the
   actor's and recipient's country, and the place where the event happened (or null). The geocoder
   runs on a hand-built Event; a case is correct when both are null, or when the country matches and
   the gold name is one of the predicted place's names ("Geneva" for GeoNames' "Genève"). Baseline: dictionary only, the first capitalised word sequence the gazetteer knows,
   largest population, no context rules.
2. Hand-made names (``names.jsonl``): ``resolve_place`` on exonyms and other names.
3. Dev articles (``$HERODOTUS_DATA/articles/dev.jsonl``, when present):
   a. the gold ``location`` strings through ``resolve_place`` against ``location_country``;
   b. oracle events: the gold events of an article as Events over their evidence sentences with
      their gold actor and recipient countries, geocoded together; the predicted country against
      ``location_country`` (null included). The events stage is not used, so this measures
      geocoding alone.

4. With ``--pipeline``: the dev articles through the whole pipeline; for gold events matched by a
   system event of the same type in the same sentence, the location country against the gold.

Run: ``.venv/bin/python eval/geo/run.py [--pipeline]``
"""
from __future__ import annotations

import json
import math
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))
sys.path.insert(0, str(HERE.parent))

from common import load_dev_articles, pipeline_pairs  # noqa: E402
from herodotus.config import data_dir  # noqa: E402
from herodotus.model import ActorRef, Document, Entity, Event, Location  # noqa: E402
from herodotus.pipeline.geo import Geocoder, resolve_place  # noqa: E402
from herodotus.pipeline.geo.finder import patterns, words_in  # noqa: E402
from herodotus.pipeline.geo.gazetteer import load_gazetteer, normalise  # noqa: E402


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def make_doc(doc_id: str, text: str, lang: str, etype: str, actor: str | None, recipient: str | None,
             start: int = 0, end: int | None = None) -> tuple[Document, Event]:
    entities, actor_ids, recipient_ids = [], [], []
    for role, code in (("a", actor), ("r", recipient)):
        if code:
            entities.append(Entity(id=f"e{role}", type="GPE", actor=ActorRef(code=code)))
            (actor_ids if role == "a" else recipient_ids).append(f"e{role}")
    event = Event(id="ev1", event=etype, start=start, end=len(text) if end is None else end,
                  actor_ids=actor_ids, recipient_ids=recipient_ids)
    return Document(id=doc_id, text=text, lang=lang, events=[event], entities=entities), event


def same(pred: Location | None, gold: dict | None) -> bool:
    if pred is None or gold is None:
        return pred is None and gold is None
    if pred.country != gold["country"]:
        return False
    if normalise(pred.name) == normalise(gold["name"]):
        return True
    # The gold may use another name of the same place ("Geneva" for GeoNames' "Genève").
    return any(m.place.location() == pred for m in load_gazetteer().lookup(gold["name"]))


def baseline(text: str, lang: str) -> Location | None:
    """Dictionary-only geocoder: first known capitalised word sequence, largest place."""
    gaz = load_gazetteer()
    words = words_in(text, 0, len(text))
    never = patterns(lang).NEVER
    for i in range(len(words)):
        for n in (3, 2, 1):
            chunk = words[i:i + n]
            if len(chunk) < n or not all(w.text[:1].isupper() for w in chunk):
                continue
            name = " ".join(w.text for w in chunk)
            if n == 1 and name.casefold() in never:
                continue
            if gaz.has(name):
                best = max(gaz.lookup(name), key=lambda m: (m.place.kind == "country", m.place.population))
                return best.place.location()
    return None


def prf(rows: list[tuple[Location | None, dict | None, bool]]) -> str:
    correct = sum(ok for _, _, ok in rows)
    predicted = [r for r in rows if r[0] is not None]
    gold = [r for r in rows if r[1] is not None]
    p = sum(ok for _, _, ok in predicted) / len(predicted) if predicted else 0.0
    r = sum(ok for _, g, ok in gold) / len(gold) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return (f"cases={len(rows):>3}  accuracy={correct / len(rows):.3f}  precision={p:.3f}  "
            f"recall={r:.3f}  F1={f:.3f}")


def hand_made(split: str) -> None:
    print(f"== hand-made {split} set (eval/geo/{split}_*.jsonl) ==")
    geocoder = Geocoder()
    all_sys, all_base = [], []
    for lang in ("de", "en"):
        sys_rows, base_rows = [], []
        for case in read_jsonl(HERE / f"{split}_{lang}.jsonl"):
            start = case["text"].find(case.get("evidence") or case["text"])
            end = start + len(case.get("evidence") or case["text"])
            doc, event = make_doc(case["id"], case["text"], lang, case["event"], case["actor"],
                                  case["recipient"], start, end)
            geocoder(doc)
            gold = case["expected"]
            sys_rows.append((event.location, gold, same(event.location, gold)))
            base = baseline(case["text"][start:end], lang)
            base_rows.append((base, gold, same(base, gold)))
        print(f"geo.gazetteer.v1 [{lang}]        {prf(sys_rows)}")
        print(f"baseline dictionary [{lang}]     {prf(base_rows)}")
        all_sys += sys_rows
        all_base += base_rows
    print(f"geo.gazetteer.v1 [all]        {prf(all_sys)}")
    print(f"baseline dictionary [all]     {prf(all_base)}")


def names() -> None:
    cases = read_jsonl(HERE / "names.jsonl")
    right = sum(same(resolve_place(c["name"], c["lang"], c.get("country_hint")), c["expected"]) for c in cases)
    print(f"== resolve_place on hand-made names: {right}/{len(cases)} = {right / len(cases):.3f}")


def dev_articles() -> None:
    path = data_dir() / "articles" / "dev.jsonl"
    print("== dev articles ==")
    if not path.exists():
        print(f"{path} missing, skipped")
        return
    arts = read_jsonl(path)
    strings = [(ev["location"], ev["location_country"]) for a in arts for ev in a["events"] if ev["location"]]
    unique = sorted(set(strings), key=str)
    ok = sum((resolve_place(name, "en") or Location("")).country == country for name, country in unique)
    print(f"gold location strings -> resolve_place: country correct {ok}/{len(unique)} distinct strings")
    geocoder = Geocoder()
    rows = []
    for art in arts:
        doc = Document(id=art["id"], text=art["text"], lang=art["lang"])
        for k, ev in enumerate(art["events"]):
            start = art["text"].find(ev["evidence"])
            if start < 0:
                continue
            roles: dict[str, list[str]] = {"source": [], "target": []}
            for role in roles:
                code = (ev[role] or {}).get("country")
                if code:
                    doc.entities.append(Entity(id=f"e{k}{role}", type="GPE", actor=ActorRef(code=code)))
                    roles[role].append(f"e{k}{role}")
            doc.events.append(Event(id=f"ev{k}", event=ev["type"], start=start, end=start + len(ev["evidence"]),
                                    actor_ids=roles["source"], recipient_ids=roles["target"]))
        geocoder(doc)
        by_id = {e.id: e for e in doc.events}
        for k, ev in enumerate(art["events"]):
            if f"ev{k}" in by_id:
                loc = by_id[f"ev{k}"].location
                rows.append((loc.country if loc else None, ev["location_country"] if ev["location"] else None))
    correct = sum(p == g for p, g in rows)
    predicted = [(p, g) for p, g in rows if p is not None]
    gold_n = [(p, g) for p, g in rows if g is not None]
    prec = sum(p == g for p, g in predicted) / len(predicted) if predicted else math.nan
    rec = sum(p == g for p, g in gold_n) / len(gold_n) if gold_n else math.nan
    print(f"oracle events: {len(rows)} events, location country accuracy (null included) "
          f"{correct / len(rows):.3f}; placed {len(predicted)}, precision {prec:.3f}; "
          f"gold-placed {len(gold_n)}, recall {rec:.3f}")


def full_pipeline() -> None:
    print("== dev articles through the full pipeline (events stage included) ==")
    arts = load_dev_articles()
    pairs = pipeline_pairs(arts) if arts else []
    if not pairs:
        return
    gold_total = sum(len(a["events"]) for a in arts)
    right = sum((e.location.country if e.location else None) == (g["location_country"] if g["location"] else None)
                for g, e in pairs)
    placed = [(g, e) for g, e in pairs if e.location is not None]
    placed_right = sum(e.location.country == g["location_country"] for g, e in placed)
    print(f"gold events matched by type and sentence: {len(pairs)}/{gold_total}; location country "
          f"equal to gold (null included) on {right}/{len(pairs)}; placed {len(placed)}, correct {placed_right}")


def main() -> None:
    hand_made("gold")
    hand_made("test")
    names()
    dev_articles()
    if "--pipeline" in sys.argv:
        full_pipeline()


if __name__ == "__main__":
    main()
