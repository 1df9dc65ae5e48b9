"""Quote finding and speaker attribution on held-out data, with a trivial baseline.

Data (read from HERODOTUS_DATA, default ../shared/data):
  de        SpkAtt-2023 Task 2 WikiNews train split, the held-out last 30% of documents
            by sorted id (the cue lexicon is built from the other 70%).
  en        PolNeAR dev split (the English lexicon comes from PolNeAR train).
  articles  ../shared/data/articles/dev.jsonl (gold quotes with speaker names).

Measure (SpkAtt/PolNeAR): a gold message interrupted by other words (its cue frame,
"„A“, sagte er, „B“") counts as one gold quote per contiguous part. A gold quote is *found* when one predicted quote covers
>= 50% of its message word tokens, *attributed* when that quote's speaker mention
overlaps the gold Source, or its entity has a mention there, or the speaker's
surname occurs in the Source (gold quotes without a Source count as attributed
when found). Recall = attributed gold / gold; precision = predicted quotes that
match an attributed gold quote / predicted quotes (German: predictions that only
match a FreeIndirect/IndirectFreeIndirect/Reported gold are left out of the
precision count, since those forms are not scored). F1 = harmonic mean.
Articles: % of gold quotes found (same 50% rule) and attributed (speaker entity
identifier_text, mention or entity mention shares a name word with the gold
speaker, or one of its naming mentions overlaps a place where the article's gold
entity list names the speaker: "Gesundheitsministerium" inside "das Gesundheitsministerium
des Bundesstaats Khartum"; pronouns and adjectives do not count).

Run: ``PYTHONPATH=src .venv/bin/python eval/quotes/run.py [--set de|en|articles|all] [--limit N]``
``--split dev`` scores the development parts instead (SpkAtt first 70%, PolNeAR train) and
``--errors FILE`` lists each document's misses there, so error analysis never looks at the
held-out parts.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import pickle
import re
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))   # this checkout's code, as the other evals

from corpora import (GoldDoc, GoldQuote, load_polnear, load_spkatt, polnear_files, spkatt_files,  # noqa: E402
                     split, split_interrupted)

from herodotus.config import data_dir  # noqa: E402
from herodotus.model import Document, Quote  # noqa: E402
from herodotus.pipeline import Pipeline  # noqa: E402

SCORED_FORMS = {"Direct", "Indirect", "Attribution"}
NEUTRAL_FORMS = {"FreeIndirect", "IndirectFreeIndirect", "Reported"}
# PolNeAR marks every attribution (beliefs, intentions, "backing", "admires" ...) without a
# Direct/Indirect form. Its "speech" subset, the counterpart of SpkAtt's Direct+Indirect, is the
# attributions whose cue contains one of these verbs of saying (fixed list, written for this
# eval, not the lexicon) or whose content stands in quotation marks; the rest become neutral.
SPEECH_WORDS = frozenset("""
say says said saying tell tells told telling add adds added adding according state states stated
announce announced announces write wrote writes written tweet tweeted tweets claim claimed claims
explain explained note noted notes argue argued argues insist insisted warn warned warns declare
declared reply replied respond responded ask asked asks report reported reports quote quoted
""".split())
_QUOTE_RE = re.compile(r"[„“\"»«]([^„“”\"»«\n]{2,}?)[“”\"«»]")


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    attributed: int = 0
    predicted: int = 0
    correct: int = 0

    def add(self, other: "Score") -> None:
        for name in ("gold", "found", "attributed", "predicted", "correct"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def line(self, label: str) -> str:
        p = self.correct / self.predicted if self.predicted else 0.0
        r = self.attributed / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        found = self.found / self.gold if self.gold else 0.0
        return (f"{label:<30} gold={self.gold:5d} pred={self.predicted:5d} found={found:.3f} "
                f"P={p:.3f} R(attr)={r:.3f} F1={f:.3f}")


def make_pipeline(*, heads: bool, cache: Path | None = None) -> Pipeline:
    """The stages we need; ``heads=False`` runs nlp.v1 without its trained heads (no parse,
    morphology or NER: the quote rules' surface fallback), which is about 50x faster.
    With ``cache`` the nlp.v1 layer is kept on disk, so reruns only repeat the later stages."""
    pipe = Pipeline(stages())
    pipe.stages[0].use_heads = heads  # type: ignore[attr-defined]
    if cache is not None:
        pipe.stages[0] = CachedStage(pipe.stages[0], cache / ("heads" if heads else "surface"))  # type: ignore[assignment]
    return pipe


class CachedStage:
    """A stage whose token/sentence output is stored per text (development reruns only)."""

    def __init__(self, stage, folder: Path) -> None:
        self.stage, self.folder, self.name = stage, folder, stage.name
        folder.mkdir(parents=True, exist_ok=True)

    def __call__(self, doc: Document) -> None:
        key = hashlib.sha1(f"{doc.lang}\n{doc.text}".encode()).hexdigest()
        path = self.folder / f"{key}.pickle"
        if path.exists():
            doc.tokens, doc.sentences = pickle.loads(path.read_bytes())
            return
        self.stage(doc)
        path.write_bytes(pickle.dumps((doc.tokens, doc.sentences)))


def stages() -> list[str]:
    names = ["nlp.v1"]
    if importlib.util.find_spec("herodotus.pipeline.actors") is not None:
        names.append("actors.kb.v1")
    return names + ["quotes.rules.v1"]


def word_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [(a, b) for a, b in spans if any(ch.isalnum() for ch in text[a:b])]


def covers(q_start: int, q_end: int, words: list[tuple[int, int]]) -> bool:
    if not words:
        return False
    inside = sum(1 for a, b in words if q_start <= a and b <= q_end)
    return inside / len(words) >= 0.5


def speaker_names(doc: Document, quote: Quote) -> list[str]:
    names = []
    if quote.speaker_mention:
        names.append(doc.text[quote.speaker_mention[0]:quote.speaker_mention[1]])
    ent = doc.entity(quote.speaker_entity_id) if quote.speaker_entity_id else None
    if ent is not None:
        if ent.actor.identifier_text:
            names.append(ent.actor.identifier_text)
        for mid in ent.mention_ids:
            m = doc.mention(mid)
            if m is not None and m.kind != "pronoun":
                names.append(m.text)
    return names


def _name_words(name: str) -> set[str]:
    return {w.lower().rstrip("s") for w in re.findall(r"[\w'-]+", name) if len(w) >= 3 and w[0].isupper()}


def speaker_spans(doc: Document, quote: Quote) -> list[tuple[int, int]]:
    """Where the text names the quote's speaker: its mention and its entity's other mentions
    (not pronouns, nor adjectives: "nordkoreanische" inside "der nordkoreanische Ausschuss"
    does not name the committee)."""
    naming = {(m.start, m.end) for m in doc.mentions if m.kind not in ("pronoun", "adjective")}
    return [span for span in quote_spans(doc, quote) if span in naming]


def quote_spans(doc: Document, quote: Quote) -> list[tuple[int, int]]:
    """The quote's speaker mention and every mention of its speaker entity."""
    spans = [quote.speaker_mention] if quote.speaker_mention else []
    ent = doc.entity(quote.speaker_entity_id) if quote.speaker_entity_id else None
    if ent is not None:
        spans += [(m.start, m.end) for mid in ent.mention_ids if (m := doc.mention(mid))]
    return spans


def overlaps(ours: list[tuple[int, int]], gold: list[tuple[int, int]]) -> bool:
    return any(a < e and s < b for a, b in ours for s, e in gold)


# --descriptions: gold mentions that are descriptions without a capitalised name word ("A police
# spokeswoman", "the country's migration agency", "ihr Anwalt") also mark where the speaker is named
LENIENT_MENTIONS = False


def _describes(mention: str) -> bool:
    """A description of two or more words with a noun-like word of at least four letters (not a pronoun)."""
    words = mention.split()
    return len(words) >= 2 and any(len(w.strip(".,'’s")) > 3 for w in words)


def said_alike(doc: Document, quote: Quote, speaker: str) -> bool:
    """Our speaker mention holds every word of the gold speaker's name. Speakers named by common nouns or short
    names ("analysts", "U.S. officials", "witnesses", "BP") have no capitalised name words of three letters or
    more, and often no gold entity whose mentions would mark where they are named."""
    if not quote.speaker_mention:
        return False
    want = {w.lower() for w in re.findall(r"\w+", speaker)}
    said = {w.lower() for w in re.findall(r"\w+", doc.text[quote.speaker_mention[0]:quote.speaker_mention[1]])}
    return bool(want) and want <= said


def gold_name_spans(record: dict, speaker: str) -> list[tuple[int, int]]:
    """Every place the article's gold entities say names this speaker (pronouns left out:
    the same word names other people elsewhere in the text)."""
    text, spans = record["text"], []
    for ent in record.get("entities", []):
        if ent["name"] != speaker:
            continue
        for mention in ent["mentions"]:
            if not any(w[0].isupper() and len(w) > 3 for w in mention.split()) \
                    and not (LENIENT_MENTIONS and _describes(mention)):
                continue
            spans += [(m.start(), m.end()) for m in re.finditer(re.escape(mention), text)]
    return spans


def attributed(doc: Document, quote: Quote, gold: GoldQuote) -> bool:
    if not gold.source:
        return True
    if overlaps(quote_spans(doc, quote), gold.source):  # SpkAtt marks the source span, pronouns included
        return True
    gold_words = _name_words(gold.source_text)
    return any(_name_words(n) & gold_words for n in speaker_names(doc, quote))


def score_doc(doc: Document, gold: GoldDoc, quotes: list[Quote]) -> Score:
    scored = [g for g in gold.quotes if g.kind in SCORED_FORMS]
    neutral = [g for g in gold.quotes if g.kind in NEUTRAL_FORMS]
    s = Score(gold=len(scored))
    words = {id(g): word_spans(gold.text, g.message) for g in gold.quotes}
    for g in scored:
        hits = [q for q in quotes if covers(q.start, q.end, words[id(g)])]
        s.found += bool(hits)
        s.attributed += any(attributed(doc, q, g) for q in hits)
    for q in quotes:
        good = any(covers(q.start, q.end, words[id(g)]) and attributed(doc, q, g) for g in scored)
        only_neutral = not good and any(covers(q.start, q.end, words[id(g)]) for g in neutral) \
            and not any(covers(q.start, q.end, words[id(g)]) for g in scored)
        if only_neutral:
            continue
        s.predicted += 1
        s.correct += good
    return s


def error_report(doc: Document, gold: GoldDoc) -> str:
    """Missed and wrongly attributed gold quotes and unmatched predictions of one document
    (for error analysis on the development parts only)."""
    lines = []
    scored = [g for g in gold.quotes if g.kind in SCORED_FORMS]
    for g in scored:
        words = word_spans(gold.text, g.message)
        hits = [q for q in doc.quotes if covers(q.start, q.end, words)]
        if any(attributed(doc, q, g) for q in hits):
            continue
        said = [" / ".join(speaker_names(doc, q))[:60] or "-" for q in hits]
        msg = gold.text[g.message[0][0]:g.message[-1][1]] if g.message else ""
        cue = " ".join(gold.text[a:b] for a, b in g.cue)
        lines.append(f"{'WRONG' if hits else 'MISS '} {g.kind:<8} cue={cue!r} src={g.source_text!r} ours={said} {msg[:90]!r}")
    neutral = [g for g in gold.quotes if g.kind not in SCORED_FORMS]
    for q in doc.quotes:
        if any(covers(q.start, q.end, word_spans(gold.text, g.message)) for g in scored + neutral):
            continue
        cue = doc.text[q.cue_start:q.cue_end] if q.cue_start >= 0 else "-"
        lines.append(f"EXTRA {q.kind:<8} cue={cue!r} ours={speaker_names(doc, q)[:1]} {doc.text[q.start:q.end][:90]!r}")
    return f"## {doc.id}\n" + "".join(line + "\n" for line in lines) if lines else ""


def baseline(doc: Document) -> list[Quote]:
    """Trivial baseline: every span in quotation marks; speaker = nearest proper noun before it in its sentence."""
    out = []
    for k, m in enumerate(_QUOTE_RE.finditer(doc.text)):
        sent = doc.sentence_at(m.start())
        names = [t for t in doc.tokens if sent and sent.start <= t.start < m.start() and t.pos == "PROPN"]
        speaker = (names[-1].start, names[-1].end) if names else None
        out.append(Quote(id=f"b{k}", kind="direct", start=m.start(1), end=m.end(1), speaker_mention=speaker))
    return out


def speech_only(gold: GoldDoc) -> GoldDoc:
    quotes = []
    for g in gold.quotes:
        cue_words = {w.lower() for a, b in g.cue for w in re.findall(r"[A-Za-z]+", gold.text[a:b])}
        first = g.message[0][0]
        marked = gold.text[max(0, first - 2):first].strip()[-1:] in "\"“‘" and gold.text[first - 2:first].strip() != ""
        speech = bool(cue_words & SPEECH_WORDS) or marked
        quotes.append(GoldQuote(g.kind if speech else "Reported", g.message, g.source, g.cue, g.source_text))
    return GoldDoc(gold.id, gold.text, quotes, gold.published)


def run_corpus(label: str, golds: list[GoldDoc], lang: str, pipe: Pipeline,
               views: dict[str, Callable[[GoldDoc], GoldDoc]] | None = None, errors: Path | None = None) -> None:
    """Run the pipeline once per document and score it against each view of the gold."""
    views = views or {"": lambda g: g}
    ours = {name: Score() for name in views}
    base = {name: Score() for name in views}
    t0 = time.time()
    for gold in golds:
        published = date.fromisoformat(gold.published) if gold.published else None
        doc = pipe(Document(id=gold.id, text=gold.text, lang=lang, published=published))
        trivial = baseline(doc)
        for name, view in views.items():
            seen = split_interrupted(view(gold))
            ours[name].add(score_doc(doc, seen, doc.quotes))
            base[name].add(score_doc(doc, seen, trivial))
        if errors is not None:
            with errors.open("a", encoding="utf-8") as out:
                out.write(error_report(doc, split_interrupted(list(views.values())[-1](gold))))
    print(f"== {label}: {len(golds)} documents, {time.time() - t0:.0f}s")
    for name in views:
        print(base[name].line(f"baseline (marks+PROPN){name}"))
        print(ours[name].line(f"quotes.rules.v1{name}"))


def run_articles(pipe: Pipeline, mode: str, path: Path | None = None) -> None:
    path = path or data_dir() / "articles" / "dev.jsonl"
    total = found = good = 0
    misses = []
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        published = date.fromisoformat(rec["published"]) if rec.get("published") else None
        doc = pipe(Document(id=rec["id"], text=rec["text"], lang=rec["lang"], published=published))
        for g in rec["quotes"]:
            start = rec["text"].find(g["quote"])
            words = [(t.start, t.end) for t in doc.tokens_in(start, start + len(g["quote"])) if t.text[0].isalnum()]
            hits = [q for q in doc.quotes if covers(q.start, q.end, words)]
            named_at = gold_name_spans(rec, g["speaker"])
            ok = any(_name_words(n) & _name_words(g["speaker"]) for q in hits for n in speaker_names(doc, q)) \
                or any(overlaps(speaker_spans(doc, q), named_at) for q in hits) \
                or any(said_alike(doc, q, g["speaker"]) for q in hits)
            total += 1
            found += bool(hits)
            good += ok
            if not ok:
                said = [" / ".join(speaker_names(doc, q)) or "-" for q in hits]
                misses.append(f"  {rec['id']} {g['kind']:<8} gold={g['speaker']!r} ours={said} {g['quote'][:60]!r}")
    print(f"== articles {path.name}, {mode}{', descriptions count' if LENIENT_MENTIONS else ''}: {total} gold quotes")
    print(f"found {found / total:.1%}  found+attributed {good / total:.1%}")
    print("misses:\n" + "\n".join(misses))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", default="all", choices=["de", "en", "articles", "all"])
    ap.add_argument("--limit", type=int, default=0, help="evaluate only the first N held-out documents")
    ap.add_argument("--parse-sample", type=int, default=40,
                    help="also score the first N held-out documents with the full nlp.v1 (parser, "
                         "morphology, NER heads), which is slow on CPU; 0 = skip")
    ap.add_argument("--split", default="test", choices=["test", "dev"],
                    help="test = the held-out parts (SpkAtt last 30%%, PolNeAR dev; report these); "
                         "dev = the development parts for error analysis (SpkAtt first 70%%, PolNeAR train)")
    ap.add_argument("--errors", type=Path, help="append per-document error listings to this file")
    ap.add_argument("--parser-only", action="store_true", help="skip the surface run")
    ap.add_argument("--descriptions", action="store_true",
                    help="articles: gold mentions that are lower-case descriptions ('a police spokeswoman') "
                         "also count as places where the speaker is named")
    ap.add_argument("--cache", type=Path, help="keep the nlp.v1 layer in this folder (faster reruns)")
    ap.add_argument("--articles", type=Path, default=None,
                    help="articles file for --set articles (default ../shared/data/articles/dev.jsonl)")
    args = ap.parse_args()
    global LENIENT_MENTIONS
    LENIENT_MENTIONS = args.descriptions
    fast, full = make_pipeline(heads=False, cache=args.cache), make_pipeline(heads=True, cache=args.cache)
    print(f"stages: {', '.join(full.stage_names)}; date {date.today()}")
    runs = [] if args.parser_only else [("surface, no trained heads", fast, args.limit)]
    if args.parse_sample:
        runs.append(("full nlp.v1 with parser", full, args.parse_sample))
    for mode, pipe, limit in runs:
        if args.set in ("de", "all"):
            dev, held_out = split(spkatt_files(data_dir() / "quotes" / "spkatt2023_task2_wikinews_de"))
            part = dev if args.split == "dev" else held_out
            part = part[:limit] if limit else part
            name = "first 70% (dev)" if args.split == "dev" else "held-out"
            run_corpus(f"SpkAtt-2023 T2 {name} (de), {mode}", [load_spkatt(p) for p in part], "de", pipe,
                       errors=args.errors)
        if args.set in ("en", "all"):
            polnear = "train" if args.split == "dev" else "dev"
            files = polnear_files(data_dir() / "quotes" / "polnear_en", polnear)
            files = files[:limit] if limit else files
            run_corpus(f"PolNeAR {polnear} (en), {mode}", [load_polnear(p) for p in files], "en", pipe,
                       {" all": lambda g: g, " speech": speech_only}, errors=args.errors)
        if args.set in ("articles", "all"):
            run_articles(pipe, mode, args.articles)


if __name__ == "__main__":
    main()
