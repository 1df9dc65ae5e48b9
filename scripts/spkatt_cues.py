"""German cue lemmas of SpkAtt-2023 Task 2 (WikiNews) with frequencies, checked against the lexicon.

Reads only the documents NOT held out by ``eval/quotes/corpora.split`` (the same split the
eval uses; the held-out 30% are never opened). For every gold Direct/Indirect annotation it
takes the cue: the verb lemma (HanTa, as in ``scripts/build_cue_lexicon.py``; a separated
particle joined on: "teilte ... mit" -> "mitteilen") or, for cues without a verb, the
lower-cased cue words ("laut", "zufolge"); plus the content words of multi-word cues
("hält es für möglich" -> "halten+möglich"). It counts how the message is attached:

* ``dass``  -- a complementiser (dass/daß/ob/wonach) opens the message,
* ``comma`` -- a bare clause after the cue's comma ("sagte, die Regierung werde ..."),
* ``colon`` -- a colon before the message,
* ``quote`` -- a quotation mark opens the message right after the cue (no colon),
* ``before``-- the message stands before the cue ("..., sagte er"),
* ``other`` -- anything else (noun phrase content, frames).

and whether the lemma is covered by ``herodotus/lang/de/reporting_verbs.py`` (CUE_VERBS strong
or weak, SEED_VERBS, frame words, OPINION_PREDICATES, CHECKED_CUES). Only counts are printed:
the corpus is CC BY-NC-SA, lexicon facts only.

Run: ``PYTHONPATH=src .venv/bin/python scripts/spkatt_cues.py [--min 3] [--all]``
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval" / "quotes"))

from corpora import spkatt_files, split  # noqa: E402

from herodotus.config import data_dir  # noqa: E402
from herodotus.pipeline.nlp import tagger  # noqa: E402
from herodotus.pipeline.quotes.cues import cue_strength, lexicon  # noqa: E402

PARTICLES = frozenset("""
ab an auf aus bei bekannt dar ein entgegen fest fort heraus hervor hin hinzu klar mit nach vor
vorbei weiter zu zurück zusammen
""".split())
COMPLEMENTIZERS = frozenset({"dass", "daß", "ob", "wonach"})
OPEN_MARKS = frozenset({"„", "“", '"', "»", "«", "‚", "‘"})
FORMS = ("Direct", "Indirect")
CONTENT_POS = ("NOUN", "ADJ", "ADV", "PROPN")


def ref(r: str) -> tuple[int, int]:
    s, t = r.split(":")
    return int(s), int(t)


def cue_key(cue: list[tuple[int, int]], sentences: list[list[str]], tagged: list) -> tuple[str, str]:
    """(lemma, multi-word pattern): the verb lemma with its particle, else the cue words."""
    verb, particle, words = None, "", []
    for s, t in cue:
        lemma, pos = tagged[s][t]
        word = sentences[s][t]
        if pos == "VERB" and verb is None:
            verb = lemma.lower()
        elif word.lower() in PARTICLES and (s, t) != cue[0] and not (word.lower() == "zu" and verb is None):
            particle = word.lower()   # "teilte ... mit", "gab ... bekannt", "wurde bekannt"
        elif pos in CONTENT_POS:
            words.append(lemma.lower() if pos != "PROPN" else word)
    if verb is None and particle:
        verb = next((tagged[s][t][0].lower() for s, t in cue if tagged[s][t][1] == "AUX"), None)
    if verb and particle and not verb.startswith(particle):
        verb = particle + verb
    if verb is None:
        verb = " ".join(sentences[s][t].lower() for s, t in cue if tagged[s][t][1] != "PUNCT") or "-"
        return verb, verb
    extra = [w for w in words if w != particle]
    return verb, "+".join([verb] + extra) if extra else verb


def attachment(cue: list[tuple[int, int]], message: list[tuple[int, int]], sentences: list[list[str]]) -> str:
    if not cue or not message:
        return "other"
    if message[0] < cue[0]:
        return "before"
    s, t = message[0]
    words = sentences[s]
    first = words[t].lower()
    prev = [w for w in words[max(0, t - 3):t]] if t else []
    if first in COMPLEMENTIZERS or (prev and prev[-1].lower() in COMPLEMENTIZERS):
        return "dass"
    if first in OPEN_MARKS or (prev and prev[-1] in OPEN_MARKS):
        return "colon" if ":" in prev else "quote"
    if prev and prev[-1] == ":":
        return "colon"
    if prev and prev[-1] == ",":
        return "comma"
    return "other"


def covered(lemma: str, pattern: str) -> str:
    """How the lexicon knows the cue, or '' when it does not."""
    lex = lexicon("de")
    strength = cue_strength("de", lemma)
    if strength:
        return strength
    checked = getattr(lex, "CHECKED_CUES", {})
    if lemma in checked:
        return "checked:" + ",".join(sorted(checked[lemma]))
    parts = set(pattern.split("+")) | set(lemma.split())
    frames = {"nach"} | lex.CUE_BEFORE | lex.CUE_AFTER | lex.NACH_NOUNS | lex.SO_WORDS | lex.WIE_WORDS | \
        lex.ANAPHORIC_FRAMES | lex.REPORT_RELATIVES
    if parts & frames:
        return "frame"
    if parts & lex.OPINION_PREDICATES:
        return "opinion"
    return ""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--min", type=int, default=3, help="print lemmas with at least this many cues")
    ap.add_argument("--all", action="store_true", help="print covered lemmas too")
    args = ap.parse_args()
    part, _held_out = split(spkatt_files(data_dir() / "quotes" / "spkatt2023_task2_wikinews_de"))
    counts: Counter = Counter()
    uncovered: Counter = Counter()
    how: dict[str, Counter] = defaultdict(Counter)
    patterns: dict[str, Counter] = defaultdict(Counter)
    for path in part:
        raw = json.loads(path.read_text(encoding="utf-8"))
        sentences = [s["Tokens"] for s in raw["Sentences"]]
        tagged = [tagger.tag(s, "de") for s in sentences]
        for ann in raw["Annotations"]:
            if ann["Form"] not in FORMS or not ann["Cue"]:
                continue
            cue = sorted(ref(r) for r in ann["Cue"])
            message = sorted(ref(r) for r in ann["Message"])
            lemma, pattern = cue_key(cue, sentences, tagged)
            counts[lemma] += 1
            uncovered[lemma] += not covered(lemma, pattern)
            how[lemma][attachment(cue, message, sentences)] += 1
            patterns[lemma][pattern] += 1
    total = sum(counts.values())
    missing = sum(uncovered.values())
    print(f"# {len(part)} documents (not held out), {total} Direct/Indirect cues, "
          f"{len(counts)} cue lemmas; {missing} cues ({missing / max(total, 1):.1%}) with a lemma the lexicon lacks")
    print(f"# {'count':>5} {'miss':>4}  {'lemma':<22} {'lexicon':<10} attachment (dass comma colon quote before other); patterns")
    for lemma, n in counts.most_common():
        if n < args.min:
            break
        cov = covered(lemma, lemma)
        if not uncovered[lemma] and not args.all:
            continue
        att = " ".join(f"{k}={how[lemma][k]}" for k in ("dass", "comma", "colon", "quote", "before", "other")
                       if how[lemma][k])
        pats = ", ".join(f"{p} {c}" for p, c in patterns[lemma].most_common(3) if p != lemma)
        print(f"  {n:>5} {uncovered[lemma]:>4}  {lemma:<22} {cov or '-':<10} {att}" + (f"; {pats}" if pats else ""))


if __name__ == "__main__":
    main()
