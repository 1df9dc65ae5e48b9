"""Evaluate the parser heads on held-out UD test sets, plus a tokenizer/sentence-split check.

    cd /work/main && PYTHONPATH=src .venv/bin/python eval/parser/run.py [--lang de|en]

Parsing uses gold tokenisation (German: multiword tokens collapsed into the surface
token, as our tokenizer keeps "zum" whole; English: UD words, as our tokenizer splits
"don't"). Scores count every token, punctuation included (CoNLL 2018 style).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from herodotus.config import REPO_ROOT, data_dir
from herodotus.pipeline.nlp import tagger
from herodotus.pipeline.nlp.conllu import COLLAPSE_MWT, UDSentence, encode_cached, read_conllu
from herodotus.pipeline.nlp.parser import ParserHead, load_parser, model_path
from herodotus.pipeline.nlp.tokenizer import split_sentences, tokenize

TEST_FILES = {
    "de": "ud/UD_German-GSD/de_gsd-ud-test.conllu",
    "en": "ud/UD_English-EWT/en_ewt-ud-test.conllu",
}
CACHE = REPO_ROOT / ".cache" / "parser"


def feat(feats: str, name: str) -> str:
    for pair in feats.split("|"):
        key, _, value = pair.partition("=")
        if key == name:
            return value
    return "_"


def parse_scores(gold: list[UDSentence], pred: list) -> dict[str, float]:
    n = pos = ufeats = case = uas = las = ulas = 0
    case_n = case_ok = 0
    for g, p in zip(gold, pred):
        for k in range(len(g.words)):
            n += 1
            pos += g.upos[k] == p.upos[k]
            ufeats += _norm(g.feats[k]) == _norm(p.feats[k])
            case += feat(g.feats[k], "Case") == feat(p.feats[k], "Case")
            if feat(g.feats[k], "Case") != "_":
                case_n += 1
                case_ok += feat(g.feats[k], "Case") == feat(p.feats[k], "Case")
            if g.heads[k] == p.heads[k]:
                uas += 1
                las += g.deprels[k] == p.deprels[k]
                ulas += g.deprels[k].split(":")[0] == p.deprels[k].split(":")[0]
    return {"tokens": n, "UPOS": pos / n, "UFeats": ufeats / n, "Case (all tokens)": case / n,
            "Case (gold has Case)": case_ok / max(case_n, 1), "UAS": uas / n,
            "LAS": las / n, "LAS (universal rel)": ulas / n}


FEATURES = ("Case", "Number", "Gender", "Person", "VerbForm", "Mood", "Tense")


def feature_scores(gold: list[UDSentence], pred: list) -> dict[str, float]:
    """Per-feature accuracy over all tokens (absent = its own value), and Mood=Sub P/R
    (the Konjunktiv of German indirect speech)."""
    ok = dict.fromkeys(FEATURES, 0)
    n = sub_gold = sub_pred = sub_ok = 0
    for g, p in zip(gold, pred):
        for gf, pf in zip(g.feats, p.feats):
            n += 1
            for name in FEATURES:
                ok[name] += feat(gf, name) == feat(pf, name)
            sub_gold += feat(gf, "Mood") == "Sub"
            sub_pred += feat(pf, "Mood") == "Sub"
            sub_ok += feat(gf, "Mood") == "Sub" and feat(pf, "Mood") == "Sub"
    out = {f"feat {name}": ok[name] / n for name in FEATURES}
    if sub_gold >= 20:  # the German Konjunktiv; English EWT marks a handful of "were"
        out["Mood=Sub precision"] = sub_ok / max(sub_pred, 1)
        out["Mood=Sub recall"] = sub_ok / sub_gold
    return out


def _norm(feats: str) -> str:
    return "|".join(sorted(filter(None, feats.split("|"))))


def repaired_upos(gold: list[UDSentence], pred: list, lang: str) -> float:
    """UPOS after the pipeline's repair of heads' ADJ and ADP tags on words the analyser knows only as finite
    verbs, and of ADJ roots with a subject but no copula."""
    n = ok = 0
    for g, p in zip(gold, pred):
        for k, word in enumerate(g.words):
            upos = p.upos[k]
            if upos in ("ADJ", "ADP"):
                upos = tagger.finite_only(word, lang) or upos
            if upos == "ADJ" and p.heads[k] == 0:
                children = {d.split(":")[0] for d, h in zip(p.deprels, p.heads) if h == k + 1}
                upos = tagger.verb_of_root(word, lang, children) or upos
            n += 1
            ok += upos == g.upos[k]
    return ok / n


def hanta_upos(gold: list[UDSentence], lang: str) -> float:
    """Trivial baseline: HanTa's tags mapped to UPOS (what the pipeline has without the head)."""
    n = ok = 0
    for g in gold:
        for (_, upos), gold_upos in zip(tagger.tag(g.words, lang), g.upos):
            n += 1
            ok += upos == gold_upos
    return ok / n


def gold_surface(path: Path, lang: str) -> list[tuple[str, list[tuple[int, int]]]]:
    """Each sentence's text and its gold token spans (words, or the multiword token when
    the runtime tokenizer keeps it whole)."""
    out, text, spans, pos, skip_to = [], "", [], 0, 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text ="):
            text, spans, pos, skip_to = line.partition("=")[2].strip(), [], 0, 0
        elif not line and text:
            out.append((text, spans))
            text = ""
        elif line and not line.startswith("#") and text:
            cols = line.split("\t")
            if "." in cols[0]:
                continue
            if "-" in cols[0]:
                first, last = (int(x) for x in cols[0].split("-"))
                if COLLAPSE_MWT[lang]:
                    skip_to = last
                    pos = _place(text, cols[1], pos, spans)
                continue
            if int(cols[0]) <= skip_to:
                continue
            pos = _place(text, cols[1], pos, spans)
    return out


def _place(text: str, form: str, pos: int, spans: list[tuple[int, int]]) -> int:
    at = text.find(form, pos)
    if at < 0:
        return pos
    spans.append((at, at + len(form)))
    return at + len(form)


def tokenizer_check(path: Path, lang: str) -> dict[str, float]:
    """Token span F1 per gold sentence, and sentence-end F1 on the test sentences joined by spaces."""
    gold = gold_surface(path, lang)
    tp = n_pred = n_gold = 0
    for text, spans in gold:
        pred = {(t.start, t.end) for t in tokenize(text, lang)}
        tp += len(pred & set(spans))
        n_pred += len(pred)
        n_gold += len(spans)
    joined, ends, offset = [], set(), 0
    for text, _ in gold:
        joined.append(text)
        offset += len(text)
        ends.add(offset)
        offset += 1
    doc = " ".join(joined)
    toks = tokenize(doc, lang)
    pred_ends = {toks[b - 1].end for _, b, _ in split_sentences(doc, toks)}
    s_tp = len(pred_ends & ends)
    return {"token P": tp / n_pred, "token R": tp / n_gold,
            "sentence-end P": s_tp / len(pred_ends), "sentence-end R": s_tp / len(ends)}


def evaluate(lang: str, *, use_roles: bool = True) -> None:
    path = data_dir() / TEST_FILES[lang]
    gold = read_conllu(path, collapse_mwt=COLLAPSE_MWT[lang])
    head = load_parser(lang)
    if head is not None and not use_roles:
        head = ParserHead(model_path(lang), use_roles=False)
    print(f"== {lang}: {TEST_FILES[lang]} ({len(gold)} sentences, held out from training)"
          + ("" if use_roles else " [no core-role repair]"))
    print(f"   baseline HanTa UPOS        {hanta_upos(gold, lang):.4f}")
    if head is None:
        print("   no parser model installed")
    else:
        from herodotus.encoder import load_encoder

        encoder = load_encoder()
        vectors = encode_cached(gold, encoder.encode_words, CACHE / (path.stem + ".npz"), identity=encoder.identity)
        started = time.time()
        pred = []
        for first in range(0, len(gold), 64):
            pred.extend(head.predict(vectors[first:first + 64], [g.words for g in gold[first:first + 64]]))
        seconds = time.time() - started
        for name, value in {**parse_scores(gold, pred), **feature_scores(gold, pred)}.items():
            print(f"   {name:<26} {value:.4f}" if isinstance(value, float) else f"   {name:<26} {value}")
        print(f"   UPOS, finite-verb repair   {repaired_upos(gold, pred, lang):.4f}  (the pipeline's POS)")
        print(f"   head time (encoder excluded) {seconds:.1f}s; model epoch {head.meta.get('epoch')}")
    for name, value in tokenizer_check(path, lang).items():
        print(f"   tokenizer {name:<16} {value:.4f}")


def main() -> None:
    ap = argparse.ArgumentParser(description="UPOS/feats/UAS/LAS on UD German GSD test and English EWT test")
    ap.add_argument("--lang", choices=sorted(TEST_FILES), action="append")
    ap.add_argument("--no-roles", action="store_true", help="ablation: plain label argmax, no core-role repair")
    args = ap.parse_args()
    for lang in args.lang or sorted(TEST_FILES):
        evaluate(lang, use_roles=not args.no_roles)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
