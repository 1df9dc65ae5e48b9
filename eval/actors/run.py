"""Actor resolution on the annotated articles (../shared/data/articles/dev.jsonl).

The entity layer scored is the actors stage's with ``actors.states.v1`` after it, as the pipeline delivers it.
For every gold entity mention (exact substrings of the text; every occurrence counts,
titles and pronouns included) the predicted mention at that span (``mention_at``) must
belong to the predicted entity aligned with the gold entity, and that entity's code must
equal the gold country. Alignment: the predicted entity whose canonical name (or a
knowledge-base alias of it) equals the gold name, else the predicted entity holding most
of the gold entity's mentions. Figures are printed per language and overall, for actor
entities (PER/ORG/GPE) and for all entities (LOC included), with a trivial baseline that
keeps only the mentions of knowledge-base names (no titles, adjectives, capitals, pronouns).

Run: ``PYTHONPATH=src .venv/bin/python eval/actors/run.py [--data PATH] [--verbose]``
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from herodotus.config import data_dir  # noqa: E402
from herodotus.model import Document  # noqa: E402
from herodotus.pipeline import Pipeline  # noqa: E402
from herodotus.pipeline.actors import ActorResolver, entity_of, mention_at  # noqa: E402
from herodotus.pipeline.actors.states import StateMerger  # noqa: E402
from herodotus.resources.kb_loader import load_kb, norm  # noqa: E402


def key(name: str) -> str:
    return re.sub(r"[^a-z]", "", norm(name))


def occurrences(text: str, sub: str) -> list[tuple[int, int]]:
    out, i = [], text.find(sub)
    while i >= 0:
        before = text[i - 1] if i > 0 else " "
        after = text[i + len(sub)] if i + len(sub) < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def names_of(entity, kb) -> set[str]:
    names = {key(entity.actor.identifier_text or "")}
    for entry_id in (f"person:{entity.actor.identifier_text}", f"org:{entity.actor.identifier_text}"):
        entry = kb.entries.get(entry_id)
        if entry:
            names |= {key(a) for a in entry.aliases}
    if entity.type == "GPE":
        entry = kb.country(entity.actor.code or "")
        if entry:
            names |= {key(a) for a in entry.aliases}
    return names


def score_article(art: dict, doc: Document, kb, verbose: bool) -> tuple[Counter, Counter]:
    right, total = Counter(), Counter()
    pred_names = {e.id: names_of(e, kb) for e in doc.entities}
    owners = [(a, b, g["name"]) for g in art["entities"] for m in g["mentions"] for a, b in occurrences(art["text"], m)]
    for gold in art["entities"]:
        spans = [s for m in gold["mentions"] for s in occurrences(art["text"], m)]
        # an occurrence inside a longer mention of another entity ("Jerusalem" in "Jerusalem Post") is not this one
        spans = [(a, b) for a, b in dict.fromkeys(spans)
                 if not any(x <= a and b <= y and (y - x) > (b - a) and n != gold["name"] for x, y, n in owners)]
        hits = [entity_of(doc, mention_at(doc, a, b)) for a, b in spans]
        by_name = [e for e in doc.entities if key(gold["name"]) in pred_names[e.id]]
        counts = Counter(e.id for e in hits if e is not None)
        aligned = by_name[0].id if by_name else (counts.most_common(1)[0][0] if counts else None)
        group = "actors" if gold["type"] in ("PER", "ORG", "GPE") else "places"
        for (a, b), ent in zip(spans, hits):
            ok = ent is not None and ent.id == aligned and (ent.actor.code == gold["country"])
            for g in (group, "all"):
                total[g] += 1
                right[g] += ok
            if verbose and not ok:
                got = f"{ent.actor.identifier_text} {ent.actor.code}/{ent.actor.sector}" if ent else "-"
                print(f"  MISS {art['id']} {art['text'][a:b]!r:45} gold={gold['name']} {gold['country']}  got={got}")
    return right, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=str(data_dir() / "articles" / "dev.jsonl"))
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    nlp = Pipeline(["nlp.v1"])
    actors, states = ActorResolver(), StateMerger()
    kb = load_kb()
    right: dict[str, Counter] = defaultdict(Counter)
    total: dict[str, Counter] = defaultdict(Counter)
    base: dict[str, Counter] = defaultdict(Counter)
    seconds = 0.0
    words = 0
    for lang in ("de", "en"):       # load the knowledge base and lexicons before timing
        actors.scanner(lang)
    for line in Path(args.data).read_text(encoding="utf-8").splitlines():
        art = json.loads(line)
        published = date.fromisoformat(art["published"]) if art.get("published") else None
        doc = Document(id=art["id"], text=art["text"], lang=art["lang"], published=published)
        nlp(doc)
        t0 = time.perf_counter()
        actors(doc)
        states(doc)   # the entity layer as the pipeline delivers it: a state and its government are one actor
        seconds += time.perf_counter() - t0
        words += len(doc.text.split())
        r, t = score_article(art, doc, kb, args.verbose)
        for lang in (art["lang"], "overall"):
            right[lang].update(r)
            total[lang].update(t)
        # baseline: dictionary names only (no titles, adjectives, capitals, pronouns or unknown names)
        doc.mentions = [m for m in doc.mentions if m.kind == "name" and m.label != "MISC"]
        r, t = score_article(art, doc, kb, False)
        base[art["lang"]].update(r)
        base["overall"].update(r)
    print(f"data: {args.data}  date: {date.today()}")
    print(f"{'lang':8} {'actors (PER/ORG/GPE)':>24} {'all entities':>20}")
    for lang in ("de", "en", "overall"):
        cells = []
        for group in ("actors", "all"):
            n = total[lang][group]
            cells.append(f"{right[lang][group]:>4}/{n:<4} {100 * right[lang][group] / max(n, 1):5.1f}%")
        print(f"{lang:8} {cells[0]:>24} {cells[1]:>20}")
    for lang in ("de", "en", "overall"):
        n = total[lang]["actors"]
        print(f"baseline (dictionary names only) {lang:8} actors {100 * base[lang]['actors'] / max(n, 1):5.1f}%")
    print(f"actors stage: {1000 * seconds:.0f} ms for {words} words ({1000 * seconds / max(words, 1) * 500:.1f} ms per 500 words)")


if __name__ == "__main__":
    main()
