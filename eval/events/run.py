"""Event-coding evaluation on the annotated articles (``<data>/articles/dev.jsonl`` by default).

A predicted event is correct when its PLOVER type, actor country and recipient country
match a gold event of the same article (direction ignored for CONSULT, AGREE and
COOPERATE; a missing recipient matches a gold target of null). Matching is one-to-one
within an article, so an event reported in three sentences must be predicted three times.
``strict`` additionally requires the predicted evidence to overlap the gold evidence.

Systems:
  lexicon   the ``events.plover.v1`` stage
  keyword   trivial baseline: any lexicon word in a sentence -> event of that type from the
            first actor-coded mention to the second (co-occurrence, no roles, no modality)

Actors:
  pipeline  the default pipeline (stages that cannot be loaded are skipped and named)
  gold      oracle: gold entities (with country codes) and gold quotes/speakers are put on the
            document instead of the actors and quotes stages; measures the event coder alone

Usage:
  .venv/bin/python eval/events/run.py [--data PATH] [--actors pipeline|gold] [--show-errors]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from datetime import date, datetime, timezone
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from herodotus.model import ActorRef, Document, Entity, Event, Mention, Quote  # noqa: E402
from herodotus.pipeline import registry  # noqa: E402
from herodotus.pipeline.events import EventCoder  # noqa: E402
from herodotus.pipeline.events.lexicon import find_triggers, load_lexicon  # noqa: E402

UNDIRECTED = {"CONSULT", "AGREE", "COOPERATE"}
PRONOUNS = {"er", "sie", "ihn", "ihm", "ihr", "he", "she", "him", "her", "they", "them", "it", "its",
            "wir", "we", "es", "dieser", "man"}


def data_path() -> Path:
    try:
        from herodotus.config import data_dir
        return data_dir() / "articles" / "dev.jsonl"
    except Exception:  # noqa: BLE001 - a broken config must not stop the eval
        return ROOT.parent / "shared" / "data" / "articles" / "dev.jsonl"


def load_articles(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def to_document(article: dict) -> Document:
    pub = date.fromisoformat(article["published"]) if article.get("published") else None
    return Document(id=article["id"], text=article["text"], lang=article["lang"], published=pub,
                    title=article.get("title"))


# --- pipelines ------------------------------------------------------------------------

def build_stages(actors: str) -> tuple[list, list[str]]:
    """Stage objects up to (not incl.) events, and the names of stages that could not be loaded."""
    before = registry.DEFAULT_STAGES[:registry.DEFAULT_STAGES.index("events.plover.v1")]
    wanted = ["nlp.v1", "dates.v1"] if actors == "gold" else [n for n in before if not n.startswith("langid")]
    stages, missing = [], []
    for name in wanted:
        try:
            stages.append(registry.create(name))
        except Exception as exc:  # noqa: BLE001 - a stage still in progress drops out
            missing.append(f"{name} ({type(exc).__name__})")
    return stages, missing


def add_gold_actors(doc: Document, article: dict) -> None:
    """Oracle layer: gold entities as mentions (every occurrence of each listed string) and gold quotes."""
    taken: list[tuple[int, int]] = []
    n = 0
    by_name: dict[str, str] = {}
    for k, ent in enumerate(article["entities"]):
        eid = f"e{k + 1}"
        by_name[ent["name"]] = eid
        entity = Entity(id=eid, type=ent["type"], actor=ActorRef(code=ent.get("country"), identifier_text=ent["name"]))
        for surface in sorted(set(ent["mentions"]), key=len, reverse=True):
            for m in re.finditer(re.escape(surface), doc.text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                if surface[:1].isalpha() and m.start() > 0 and doc.text[m.start() - 1].isalnum():
                    continue
                taken.append((m.start(), m.end()))
                n += 1
                kind = "pronoun" if surface.lower() in PRONOUNS else \
                    "adjective" if " " not in surface and surface[:1].islower() else "name"
                doc.mentions.append(Mention(id=f"m{n}", start=m.start(), end=m.end(), text=surface,
                                            label=ent["type"], kind=kind, source="gold", entity_id=eid))
                entity.mention_ids.append(f"m{n}")
        doc.entities.append(entity)
    doc.mentions.sort(key=lambda m: m.start)
    for k, q in enumerate(article.get("quotes", [])):
        at = doc.text.find(q["quote"])
        if at >= 0:
            doc.quotes.append(Quote(id=f"q{k + 1}", kind=q["kind"], start=at, end=at + len(q["quote"]),
                                    speaker_entity_id=by_name.get(q["speaker"]), source="gold"))


def keyword_baseline(doc: Document) -> list[Event]:
    lex = load_lexicon(doc.lang)
    events = []
    for sent in doc.sentences:
        coded = []
        for m in doc.mentions:
            ent = doc.entity(m.entity_id) if m.entity_id else None
            if sent.start <= m.start < sent.end and ent is not None and ent.actor.code \
                    and ent.id not in [e.id for e in coded]:
                coded.append(ent)
        if not coded:
            continue
        for event in dict.fromkeys(t.entry.event for t in find_triggers(lex, doc.sentence_tokens(sent))):
            events.append(Event(id=f"b{len(events)}", event=event, start=sent.start, end=sent.end,
                                actor_ids=[coded[0].id], recipient_ids=[coded[1].id] if len(coded) > 1 else []))
    return events


# --- scoring --------------------------------------------------------------------------

def predicted_tuples(doc: Document, events: list[Event]) -> list[dict]:
    def code(ids: list[str]) -> str | None:
        ent = doc.entity(ids[0]) if ids else None
        return ent.actor.code if ent else None
    return [{"type": e.event, "src": code(e.actor_ids), "tgt": code(e.recipient_ids), "start": e.start,
             "end": e.end, "text": doc.text[e.start:e.end]} for e in events]


def gold_tuples(article: dict) -> list[dict]:
    out = []
    for e in article["events"]:
        at = article["text"].find(e["evidence"])
        out.append({"type": e["type"], "src": e["source"]["country"] if e["source"] else None,
                    "tgt": e["target"]["country"] if e["target"] else None,
                    "start": at, "end": at + len(e["evidence"]), "text": e["evidence"]})
    return out


def same(p: dict, g: dict) -> bool:
    if p["type"] != g["type"]:
        return False
    if (p["src"], p["tgt"]) == (g["src"], g["tgt"]):
        return True
    return p["type"] in UNDIRECTED and (p["src"], p["tgt"]) == (g["tgt"], g["src"])


def overlaps(p: dict, g: dict) -> bool:
    return p["start"] < g["end"] and g["start"] < p["end"]


def match(pred: list[dict], gold: list[dict], strict: bool) -> list[tuple[int, int]]:
    """One-to-one matches; pairs with overlapping evidence are taken first."""
    pairs, used_p, used_g = [], set(), set()
    for need_overlap in (True, False) if not strict else (True,):
        for i, p in enumerate(pred):
            if i in used_p:
                continue
            for j, g in enumerate(gold):
                if j not in used_g and same(p, g) and (overlaps(p, g) or not need_overlap):
                    pairs.append((i, j))
                    used_p.add(i)
                    used_g.add(j)
                    break
    return pairs


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def line(label: str, tp: int, n_pred: int, n_gold: int) -> str:
    p, r, f = prf(tp, n_pred, n_gold)
    return f"  {label:<12} P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={tp} pred={n_pred} gold={n_gold})"


def evaluate(articles: list[dict], system: str, actors: str, show_errors: bool) -> float:
    stages, missing = build_stages(actors)
    coder = EventCoder()
    counts: dict[str, Counter] = defaultdict(Counter)
    for article in articles:
        doc = to_document(article)
        for stage in stages:
            stage(doc)
        if actors == "gold":
            add_gold_actors(doc, article)
        if system == "lexicon":
            coder(doc)
            events = doc.events
        else:
            events = keyword_baseline(doc)
        pred, gold = predicted_tuples(doc, events), gold_tuples(article)
        for strict in (False, True):
            pairs = match(pred, gold, strict)
            tag = "strict" if strict else "all"
            counts[f"{tag}:ALL"].update(tp=len(pairs), pred=len(pred), gold=len(gold))
            counts[f"{tag}:{article['lang']}"].update(tp=len(pairs), pred=len(pred), gold=len(gold))
            if strict:
                continue
            matched_p, matched_g = {i for i, _ in pairs}, {j for _, j in pairs}
            for i, p in enumerate(pred):
                counts[f"type:{p['type']}"].update(pred=1, tp=int(i in matched_p))
                if show_errors and i not in matched_p:
                    print(f"    FP {article['id']} {p['type']} {p['src']}->{p['tgt']} | {p['text'][:110]}")
            for j, g in enumerate(gold):
                counts[f"type:{g['type']}"].update(gold=1)
                if show_errors and j not in matched_g:
                    print(f"    FN {article['id']} {g['type']} {g['src']}->{g['tgt']} | {g['text'][:110]}")
    print(f"system={system} actors={actors} articles={len(articles)}"
          + (f" skipped stages: {', '.join(missing)}" if missing else ""))
    for key in ("all:ALL", "all:de", "all:en", "strict:ALL"):
        c = counts[key]
        print(line(key.replace("all:", "").replace(":ALL", "").lower(), c["tp"], c["pred"], c["gold"]))
    print("  per type:")
    for key in sorted(k for k in counts if k.startswith("type:")):
        c = counts[key]
        print("  " + line(key[5:], c["tp"], c["pred"], c["gold"]))
    c = counts["all:ALL"]
    return prf(c["tp"], c["pred"], c["gold"])[2]


def versions() -> str:
    import herodotus

    out = [f"herodotus={herodotus.__version__}"]   # the code run, not an older installed copy's metadata
    for pkg in ("HanTa", "numpy", "torch"):
        try:
            out.append(f"{pkg}={metadata.version(pkg)}")
        except metadata.PackageNotFoundError:
            pass
    return " ".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=None)
    ap.add_argument("--actors", choices=("pipeline", "gold"), default="pipeline")
    ap.add_argument("--system", choices=("lexicon", "keyword", "both"), default="both")
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--parse", action="store_true", help="read roles from the dependency parse when present")
    args = ap.parse_args()
    articles = load_articles(args.data or data_path())
    if args.parse:
        from herodotus.pipeline.events import roles
        roles.USE_PARSE = True
    print(f"# events eval {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC; {versions()}")
    systems = ("keyword", "lexicon") if args.system == "both" else (args.system,)
    for system in systems:
        evaluate(articles, system, args.actors, args.show_errors and system == "lexicon")


if __name__ == "__main__":
    main()
