"""Verbs the event lexicon lacks, read off the annotated articles: which verbs keep appearing in
sentences whose gold events the lexicon misses.

For every sentence of the chosen rounds of ``eval/articles/handmade*.jsonl`` the full pipeline runs
once; a verb (lemma with its separable particle, "abraten", "hand+over") counts for a PLOVER type when
the sentence has a gold event of that type. A verb is proposed for a type when it is not in the
lexicon at all, stands in at least ``--min-count`` sentences with that type, in at least
``--min-share`` of all its sentences, and the pipeline missed the type in most of them. The output is a
table for a person to read: frames and roles are not guessed, and a proposal becomes an entry of
``lang/<lang>/event_verbs.py`` only after reading its sentences (``--show``). ``--pos NOUN`` reads
nouns instead (a noun is known when the lexicon has it or one of its compound endings, "~angriff").

    .venv/bin/python scripts/induce_event_verbs.py --rounds 1-330 --out /tmp/verbs.tsv
    .venv/bin/python scripts/induce_event_verbs.py --rounds 1-360 --pos NOUN --out /tmp/nouns.tsv \
        --show --counts /tmp/noun_counts.json
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from tqdm import tqdm

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "eval" / "articles"


@dataclass
class VerbStats:
    sentences: int = 0
    with_type: Counter = field(default_factory=Counter)
    missed: Counter = field(default_factory=Counter)
    examples: dict = field(default_factory=lambda: defaultdict(list))


def round_file(n: int) -> Path:
    return ARTICLES / ("handmade.jsonl" if n == 1 else f"handmade{n}.jsonl")


def parse_rounds(spec: str) -> list[int]:
    first, _, last = spec.partition("-")
    return list(range(int(first), int(last or first) + 1))


def verbs_of(tokens, lang: str, pos: str = "VERB") -> set[str]:
    """Lemmas of the sentence's full verbs, a separable particle joined on ("riet ... ab" -> abraten);
    with ``pos="NOUN"`` its nouns instead."""
    if pos == "NOUN":
        return {t.lemma.lower() for t in tokens if t.pos == "NOUN" and t.lemma}
    particles = {t.head: t.lemma.lower() for t in tokens if t.dep == "compound:prt"}
    out = set()
    for t in tokens:
        if t.pos != "VERB" or not t.lemma:
            continue
        prt = particles.get(t.i)
        lemma = t.lemma.lower()
        out.add(lemma if prt is None else (f"{lemma}+{prt}" if lang == "en" else prt + lemma))
    return out


def gold_types(article: dict, doc) -> dict[int, Counter]:
    """Gold event types per sentence index, the sentence being the one its evidence starts in."""
    out: dict[int, Counter] = defaultdict(Counter)
    for ev in article.get("events", []):
        at = article["text"].find(ev["evidence"])
        for s in doc.sentences:
            if s.start <= at < s.end:
                out[s.i][ev["type"]] += 1
                break
    return out


def collect(rounds: list[int], pos: str = "VERB") -> dict[tuple[str, str], VerbStats]:
    from herodotus import load_pipeline
    from herodotus.model import Document

    pipe = load_pipeline()
    stats: dict[tuple[str, str], VerbStats] = defaultdict(VerbStats)
    articles = [json.loads(line) for n in rounds if round_file(n).exists()
                for line in round_file(n).open(encoding="utf-8") if line.strip()]
    for art in tqdm(articles, desc="articles", unit="art"):
        pub = date.fromisoformat(art["published"]) if art.get("published") else None
        doc = pipe(Document(id=art["id"], text=art["text"], lang=art["lang"], published=pub))
        gold = gold_types(art, doc)
        for s in doc.sentences:
            found = Counter(e.event for e in doc.events if s.start <= e.start < s.end)
            text = doc.text[s.start:s.end]
            for lemma in verbs_of(doc.sentence_tokens(s), art["lang"], pos):
                st = stats[(art["lang"], lemma)]
                st.sentences += 1
                for typ, n in gold.get(s.i, {}).items():
                    st.with_type[typ] += 1
                    if found[typ] < n:
                        st.missed[typ] += 1
                        st.examples[typ].append(f"{art['id']}: {text}")
    return stats


def save_counts(stats: dict[tuple[str, str], VerbStats], path: Path) -> None:
    rows = [{"lang": lang, "lemma": lemma, "sentences": st.sentences, "with_type": st.with_type,
             "missed": st.missed, "examples": {k: v[:3] for k, v in st.examples.items()}}
            for (lang, lemma), st in stats.items()]
    path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")


def load_counts(path: Path) -> dict[tuple[str, str], VerbStats]:
    stats: dict[tuple[str, str], VerbStats] = {}
    for row in json.loads(path.read_text(encoding="utf-8")):
        st = VerbStats(row["sentences"], Counter(row["with_type"]), Counter(row["missed"]))
        st.examples.update(row["examples"])
        stats[(row["lang"], row["lemma"])] = st
    return stats


def known_lemmas(lang: str) -> tuple[set[str], tuple[str, ...]]:
    """The lexicon's words, and the endings its compound entries match ("~angriff")."""
    from herodotus.pipeline.events.lexicon import load_lexicon

    lex = load_lexicon(lang)
    words = {lemma for lemma, _ in lex.exact} | {lemma for lemma, _ in lex.phrasal}
    endings = tuple(e.lemma[1:].lower() for e in lex.suffix)
    return words | {e.lemma.lower() for entries in lex.phrasal.values() for e in entries}, endings


def proposals(stats, min_count: int, min_share: float) -> list[tuple]:
    known = {lang: known_lemmas(lang) for lang in ("de", "en")}
    out = []
    for (lang, lemma), st in stats.items():
        words, endings = known[lang]
        if lemma in words or lemma.split("+")[0] in words and "+" in lemma or lemma.endswith(endings):
            continue
        for typ, n in st.with_type.items():
            share = n / st.sentences
            if n >= min_count and share >= min_share and st.missed[typ] * 2 > n:
                out.append((lang, lemma, typ, n, st.sentences, round(share, 2), st.missed[typ], st.examples[typ][:3]))
    return sorted(out, key=lambda r: (r[0], -r[3], r[1]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", default="1-330", help="rounds of eval/articles to read, e.g. 1-330")
    ap.add_argument("--pos", choices=("VERB", "NOUN"), default="VERB", help="verbs (default) or nouns")
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--min-share", type=float, default=0.5)
    ap.add_argument("--out", type=Path, required=True, help="table of proposals (TSV)")
    ap.add_argument("--show", action="store_true", help="also write up to three sentences per proposal")
    ap.add_argument("--counts", type=Path, help="JSON of the counts: written after a run, read instead of "
                    "running the pipeline again when it exists (to try other thresholds)")
    args = ap.parse_args(argv)
    if args.counts and args.counts.exists():
        stats = load_counts(args.counts)
    else:
        stats = collect(parse_rounds(args.rounds), args.pos)
        if args.counts:
            save_counts(stats, args.counts)
    rows = proposals(stats, args.min_count, args.min_share)
    with args.out.open("w", encoding="utf-8") as fh:
        fh.write("lang\tlemma\ttype\tsentences_with_type\tsentences\tshare\tmissed\n")
        for lang, lemma, typ, n, total, share, missed, examples in rows:
            fh.write(f"{lang}\t{lemma}\t{typ}\t{n}\t{total}\t{share}\t{missed}\n")
            if args.show:
                fh.writelines(f"#\t{e}\n" for e in examples)
    print(f"{len(rows)} proposals -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
