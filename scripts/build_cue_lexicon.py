"""Build the speech-cue lexicons ``herodotus/lang/{de,en}/reporting_verbs.py`` (CUE_VERBS).

German: cue verbs of SpkAtt-2023 Task 2 (WikiNews train; only the documents NOT
held out by ``eval/quotes/corpora.split``) lemmatised with the pipeline's HanTa
tagger; separable particles ("teilte ... mit") are joined to the verb
("mitteilen"). Frame verbs of speech/writing in Redewiedergabe add counts.
English: cue words of the PolNeAR train split.

Each entry is ``lemma: (cue_count, occurrences, historical)``: how often the
lemma was a gold cue in news, how often it occurred as a verb in the same
documents (so the quote finder can prefer lemmas that are cues most of the
time), and how often it framed speech in Redewiedergabe (German only; a lemma
frequent there is kept even when rare in the news part). Only lexicon
facts are kept (the corpora are NC-licensed); no model is trained.

Run: ``PYTHONPATH=src .venv/bin/python scripts/build_cue_lexicon.py``
"""
from __future__ import annotations

import csv
import logging
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval" / "quotes"))

from corpora import load_polnear, polnear_files, spkatt_files, split  # noqa: E402

from herodotus.config import data_dir  # noqa: E402
from herodotus.pipeline.nlp import tagger  # noqa: E402
from herodotus.pipeline.nlp.tokenizer import tokenize  # noqa: E402

LOG = logging.getLogger("build_cue_lexicon")
MIN_CUE_COUNT = {"de": 2, "en": 3}
MIN_RATIO = 0.15   # lemma must be a cue in at least this share of its verb uses
START, END = "# BEGIN GENERATED", "# END GENERATED"


# Separable verb particles that may stand apart from the cue verb ("teilte ... mit").
PARTICLES = frozenset("""
ab an auf aus bei bekannt dar ein entgegen fest fort heraus hervor hin hinzu mit nach vor
vorbei weiter zu zurück zusammen
""".split())
MIN_RW_ONLY = 25   # Redewiedergabe (1840-1919 texts) adds a lemma only when frequent there


def german_counts() -> tuple[Counter, Counter, Counter]:
    import json

    cues: Counter = Counter()
    historical: Counter = Counter()
    seen: Counter = Counter()
    lexicon_part, _ = split(spkatt_files(data_dir() / "quotes" / "spkatt2023_task2_wikinews_de"))
    for path in lexicon_part:
        raw = json.loads(path.read_text(encoding="utf-8"))
        tagged = [tagger.tag(s["Tokens"], "de") for s in raw["Sentences"]]
        for sent in tagged:
            for lemma, pos in sent:
                if pos in ("VERB", "AUX"):
                    seen[lemma.lower()] += 1
        for ann in raw["Annotations"]:
            lemma = _german_cue_lemma(ann["Cue"], raw["Sentences"], tagged)
            if lemma:
                cues[lemma] += 1
    LOG.info("spkatt: %s documents, %s cue lemmas", len(lexicon_part), len(cues))
    for path in sorted((data_dir() / "quotes" / "redewiedergabe_main_tsv").glob("*.tsv")):
        with path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                if row.get("frame", "-") != "-" and row["pos"].startswith("VV") and "speech" in row["stwr"]:
                    historical[row["lemma"].lower()] += 1
    return cues, seen, historical


def _german_cue_lemma(refs: list[str], sentences: list[dict], tagged: list) -> str | None:
    verb, particle = None, ""
    for ref in refs:
        s, t = (int(x) for x in ref.split(":"))
        lemma, pos = tagged[s][t]
        word = sentences[s]["Tokens"][t]
        if pos == "VERB" and verb is None:
            verb = lemma.lower()
        elif pos == "ADP" and word.lower() in PARTICLES:
            particle = word.lower()
    if verb and particle and not verb.startswith(particle):
        return particle + verb
    return verb


def english_counts() -> tuple[Counter, Counter, Counter]:
    cues: Counter = Counter()
    seen: Counter = Counter()
    for path in polnear_files(data_dir() / "quotes" / "polnear_en", "train"):
        doc = load_polnear(path)
        cue_starts = {a for q in doc.quotes for a, _ in q.cue}
        offset = 0
        for para in doc.text.split("\n"):
            raw = tokenize(para, "en")
            tags = tagger.tag([t.text for t in raw], "en")
            for tok, (lemma, pos) in zip(raw, tags):
                if pos == "VERB":
                    seen[lemma.lower()] += 1
                    if tok.start + offset in cue_starts:
                        cues[lemma.lower()] += 1
            offset += len(para) + 1
    return cues, seen, Counter()


def select(cues: Counter, seen: Counter, historical: Counter, lang: str) -> dict[str, tuple[int, int, int]]:
    out = {}
    for lemma in set(cues) | set(historical):
        if not re.fullmatch(r"[a-zäöüß]+", lemma):
            continue
        n, total, old = cues.get(lemma, 0), max(seen.get(lemma, 0), cues.get(lemma, 0)), historical.get(lemma, 0)
        news_cue = n >= MIN_CUE_COUNT[lang] and n / total >= MIN_RATIO
        if news_cue or (old >= MIN_RW_ONLY and total >= 1):
            out[lemma] = (n, total, old)
    return out


def write(lang: str, entries: dict[str, tuple[int, int, int]]) -> None:
    path = ROOT / "src" / "herodotus" / "lang" / lang / "reporting_verbs.py"
    text = path.read_text(encoding="utf-8")
    head, _, rest = text.partition(START)
    _, _, tail = rest.partition(END)
    lines = [f"{START} (scripts/build_cue_lexicon.py; do not edit by hand)",
             "# lemma: (times a gold cue in news, times seen as a verb in the same documents,",
             "#         times a speech frame verb in Redewiedergabe)",
             "CUE_VERBS: dict[str, tuple[int, int, int]] = {"]
    lines += [f"    {lemma!r}: {counts}," for lemma, counts in sorted(entries.items())]
    lines += ["}", END]
    path.write_text(head + "\n".join(lines) + tail, encoding="utf-8")
    LOG.info("%s: wrote %s cue lemmas to %s", lang, len(entries), path)


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    write("de", select(*german_counts(), "de"))
    write("en", select(*english_counts(), "en"))


if __name__ == "__main__":
    main()
