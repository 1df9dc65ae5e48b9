"""Readers for the quote corpora in ../shared/data/quotes, with the fixed held-out split.

SpkAtt-2023 Task 2 ships tokenised sentences; ``load_spkatt`` rebuilds a plain
text (spaces only where the source text had them, by punctuation rules) and keeps
every token's character span so gold spans can be compared with predicted ones.

Split rule (shared by ``scripts/build_cue_lexicon.py`` and ``eval/quotes/run.py``):
documents sorted by their numeric WikiNews id; the last 30% are held out for
evaluation and never read when the lexicon is built.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

HELD_OUT_FRACTION = 0.3
_NO_SPACE_BEFORE = set(",.;:!?)]}“”«%…") | {"''", "'s", "n't"}
_NO_SPACE_AFTER = set("([{„»")


@dataclass
class GoldQuote:
    kind: str                          # Direct, Indirect, ... (SpkAtt Form) or "Attribution"
    message: list[tuple[int, int]]     # char spans of the message tokens
    source: list[tuple[int, int]]      # char spans of the source tokens
    cue: list[tuple[int, int]] = field(default_factory=list)
    source_text: str = ""


@dataclass
class GoldDoc:
    id: str
    text: str
    quotes: list[GoldQuote]
    published: str | None = None


def spkatt_files(root: Path) -> list[Path]:
    files = list((root / "train" / "task2").glob("*.json"))
    return sorted(files, key=lambda p: int(re.match(r"\d+", p.name).group()))  # type: ignore[union-attr]


def split(items: list) -> tuple[list, list]:
    """(lexicon part, held-out part): the last HELD_OUT_FRACTION is held out."""
    cut = len(items) - round(len(items) * HELD_OUT_FRACTION)
    return items[:cut], items[cut:]


def detokenize(sentences: list[list[str]]) -> tuple[str, dict[tuple[int, int], tuple[int, int]]]:
    parts: list[str] = []
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    pos = 0
    for s_i, words in enumerate(sentences):
        if s_i:
            parts.append(" ")
            pos += 1
        straight_open = False
        for t_i, word in enumerate(words):
            glue = t_i == 0 or word in _NO_SPACE_BEFORE or words[t_i - 1] in _NO_SPACE_AFTER
            if word == '"':
                glue = t_i == 0 or straight_open
                straight_open = not straight_open
            elif t_i and words[t_i - 1] == '"' and straight_open:
                glue = True
            if not glue:
                parts.append(" ")
                pos += 1
            spans[(s_i, t_i)] = (pos, pos + len(word))
            parts.append(word)
            pos += len(word)
    return "".join(parts), spans


def load_spkatt(path: Path) -> GoldDoc:
    raw = json.loads(path.read_text(encoding="utf-8"))
    sentences = [s["Tokens"] for s in raw["Sentences"]]
    text, spans = detokenize(sentences)

    def chars(refs: list[str]) -> list[tuple[int, int]]:
        out = []
        for ref in refs:
            s, t = ref.split(":")
            if (int(s), int(t)) in spans:
                out.append(spans[(int(s), int(t))])
        return sorted(out)

    quotes = []
    for ann in raw["Annotations"]:
        source = chars(ann["Source"])
        quotes.append(GoldQuote(kind=ann["Form"], message=chars(ann["Message"]), source=source,
                                cue=chars(ann["Cue"]),
                                source_text=" ".join(text[a:b] for a, b in source)))
    date = re.search(r"\((\d{4}-\d{2}-\d{2})\)\s*$", raw["DocumentName"])
    return GoldDoc(id=path.name.split(" ")[0], text=text, quotes=quotes,
                   published=date.group(1) if date else None)


def polnear_files(root: Path, part: str) -> list[Path]:
    return sorted((root / "data" / part / "attributions").glob("*.ann"))


def load_polnear(ann_path: Path) -> GoldDoc:
    """One PolNeAR article: every attribution (Source, Cue, Content) as a GoldQuote."""
    stem = ann_path.stem.rsplit("_", 1)[0]
    text = (ann_path.parent.parent / "text" / f"{stem}.txt").read_text(encoding="utf-8")
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    relations: list[dict[str, str]] = []
    for line in ann_path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            tid, info = parts[0], parts[1]
            label, offsets = info.split(" ", 1)
            pieces = [tuple(int(x) for x in piece.split()) for piece in offsets.split(";")]
            spans[tid] = (label, [(a, b) for a, b in pieces])
        elif line.startswith("E") and len(parts) >= 2:
            _, args = line.split("\t", 1)
            relations.append(dict(arg.split(":", 1) for arg in args.split()))
    quotes = []
    for rel in relations:
        content = [s for key, tid in rel.items() if key.startswith("Content") for s in spans[tid][1]]
        source = [s for key, tid in rel.items() if key.startswith("Source") for s in spans[tid][1]]
        cue = [s for key, tid in rel.items() if key.startswith("Cue") for s in spans[tid][1]]
        if content:
            words = [(a + m.start(), a + m.end()) for a, b in content for m in re.finditer(r"\w+", text[a:b])]
            quotes.append(GoldQuote(kind="Attribution", message=sorted(words), source=sorted(source),
                                    cue=sorted(cue), source_text=" ".join(text[a:b] for a, b in source)))
    return GoldDoc(id=stem, text=text, quotes=quotes)


def split_interrupted(doc: GoldDoc) -> GoldDoc:
    """One gold quote per contiguous part of each message: a quote interrupted by its frame
    ("„A“, sagte er, „B“") becomes two gold quotes with the same source, as the quote finder
    (and the articles' convention) lists each quoted part separately."""
    quotes = []
    for g in doc.quotes:
        parts: list[list[tuple[int, int]]] = []
        for span in g.message:
            if parts and not any(ch.isalnum() for ch in doc.text[parts[-1][-1][1]:span[0]]):
                parts[-1].append(span)
            else:
                parts.append([span])
        for part in parts or [[]]:
            quotes.append(GoldQuote(g.kind, part, g.source, g.cue, g.source_text))
    return GoldDoc(doc.id, doc.text, quotes, doc.published)
