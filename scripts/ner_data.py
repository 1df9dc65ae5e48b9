"""Readers for the NER corpora in ../shared/data, mapped to one BIO scheme (PER/LOC/ORG/MISC).

Shared by ``scripts/train_ner.py`` and ``eval/ner/run.py``.

Label mapping:
- GermEval 2014 (outer column only): PER, LOC, ORG as they are; OTH -> MISC;
  *deriv (``deutsche``, ``Berliner``) -> MISC, as CoNLL-2003 tags nationality and
  place adjectives; *part (``SPD-Chef``, ``EU-weit``) -> O, since the token is not a
  name, only contains one. The inner (nested) column is ignored.
- WikiANN: PER/LOC/ORG as they are. It never tags MISC, so its O tokens are
  "O or MISC" for training (see ``Sentence.o_may_be_misc``).
- Europarl (IOB1, eval only): converted to BIO; PER/LOC/ORG/MISC.

The GermEval 2014 dev file (2,200 sentences, nearly one source URL each) is split
in two halves by a CRC32 of the source line: ``germeval-train`` (trained on) and
``germeval-test`` (never trained on; the held-out German figure).
"""
from __future__ import annotations

import zlib
from dataclasses import dataclass
from pathlib import Path

from herodotus.config import data_dir

LABELS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"]


@dataclass(frozen=True, slots=True)
class Sentence:
    words: list[str]
    tags: list[str]
    lang: str
    o_may_be_misc: bool = False   # silver data without MISC: an O may hide a MISC


def _germeval_tag(tag: str) -> str:
    if tag == "O":
        return "O"
    prefix, kind = tag[:2], tag[2:]
    if kind.endswith("part"):
        return "O"
    if kind.endswith("deriv") or kind == "OTH":
        return prefix + "MISC"
    return prefix + kind


def _repair_bio(tags: list[str]) -> list[str]:
    """I-X after O or after another type becomes B-X (mapping can break chains)."""
    out = []
    for i, tag in enumerate(tags):
        if tag.startswith("I-") and (i == 0 or out[-1][2:] != tag[2:]):
            tag = "B-" + tag[2:]
        out.append(tag)
    return out


def read_germeval(part: str) -> list[Sentence]:
    """``part``: "train", "test" (the two halves of the dev file) or "all"."""
    path = data_dir() / "ner" / "germeval2014" / "NER-de-dev.tsv"
    out: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    source = ""

    def flush() -> None:
        if words and (part == "all" or _germeval_half(source) == part):
            out.append(Sentence(list(words), _repair_bio(tags), "de"))
        words.clear()
        tags.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#\t"):
            flush()
            source = line
        elif not line.strip():
            flush()
        else:
            cols = line.split("\t")
            words.append(cols[1])
            tags.append(_germeval_tag(cols[2]))
    flush()
    return out


def _germeval_half(source: str) -> str:
    return "test" if zlib.crc32(source.encode("utf-8")) % 2 else "train"


def read_wikiann(lang: str, split: str) -> list[Sentence]:
    path = data_dir() / "ner" / "wikiann" / lang / split
    out = []
    for rows in _blocks(path):
        words = [row.rsplit("\t", 1)[0].split(":", 1)[1] for row in rows]
        tags = [row.rsplit("\t", 1)[1] for row in rows]
        out.append(Sentence(words, _repair_bio(tags), lang, o_may_be_misc=True))
    return out


def read_europarl(split: str) -> list[Sentence]:
    path = data_dir() / "ner" / "europarl_de" / f"{split}.tsv"
    out = []
    for rows in _blocks(path):
        cols = [row.split("\t") for row in rows]
        out.append(Sentence([c[0] for c in cols], _iob1_to_bio([c[-1] for c in cols]), "de"))
    return out


def _blocks(path: Path) -> list[list[str]]:
    """The non-blank lines of a file, grouped by the blank lines between sentences."""
    blocks: list[list[str]] = [[]]
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def _iob1_to_bio(tags: list[str]) -> list[str]:
    out = []
    for i, tag in enumerate(tags):
        if tag.startswith("I-") and (i == 0 or tags[i - 1][2:] != tag[2:]):
            tag = "B-" + tag[2:]
        out.append(tag)
    return out


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """Strict BIO spans (start, end, type); an I- without a matching B- opens a span."""
    found = set()
    start, kind = -1, ""
    for i, tag in enumerate(tags + ["O"]):
        inside = tag.startswith("I-") and tag[2:] == kind and start >= 0
        if inside:
            continue
        if start >= 0:
            found.add((start, i, kind))
            start, kind = -1, ""
        if tag != "O":
            start, kind = i, tag[2:]
    return found


def shared_data_available() -> bool:
    return Path(data_dir(), "ner").is_dir()
