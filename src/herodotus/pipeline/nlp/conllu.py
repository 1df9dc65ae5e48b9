"""Read UD treebanks (CoNLL-U) into sentences of words with UPOS, features and a tree.

Only training scripts, evals and data-backed tests read treebanks; the pipeline never does.
Empty nodes (``8.1``) are skipped. Multiword tokens (``3-4 zum``) are either kept as
their syntactic words (``zu`` + ``dem``) or collapsed into the one surface token that
our tokenizer produces, depending on the language: the German tokenizer keeps ``zum``
whole, the English one splits clitics (``do`` + ``n't``) the way EWT does.
"""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

# Languages whose runtime tokenizer keeps contractions whole, so training and
# evaluation must see the surface token too.
COLLAPSE_MWT = {"de": True, "en": False}


@dataclass(slots=True)
class UDSentence:
    sent_id: str
    words: list[str] = field(default_factory=list)
    upos: list[str] = field(default_factory=list)
    feats: list[str] = field(default_factory=list)   # "Case=Nom|Number=Sing" or ""
    heads: list[int] = field(default_factory=list)   # 0-based word index, -1 for the root
    deprels: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Word:
    index: int
    form: str
    upos: str
    feats: str
    head: int
    deprel: str


def read_conllu(path: str | Path, *, collapse_mwt: bool = False) -> list[UDSentence]:
    """All sentences of one CoNLL-U file."""
    sentences: list[UDSentence] = []
    sent_id = ""
    words: list[_Word] = []
    ranges: list[tuple[int, int, str]] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if words:
                    sentences.append(_build(sent_id, words, ranges, collapse_mwt))
                sent_id, words, ranges = "", [], []
            elif line.startswith("#"):
                if line.startswith("# sent_id"):
                    sent_id = line.partition("=")[2].strip()
            else:
                _add_line(line.split("\t"), words, ranges)
    if words:
        sentences.append(_build(sent_id, words, ranges, collapse_mwt))
    return sentences


def _add_line(cols: list[str], words: list[_Word], ranges: list[tuple[int, int, str]]) -> None:
    idx = cols[0]
    if "." in idx:
        return  # empty node of enhanced dependencies
    if "-" in idx:
        first, last = idx.split("-")
        ranges.append((int(first), int(last), cols[1]))
        return
    feats = "" if cols[5] == "_" else cols[5]
    head = int(cols[6]) if cols[6].isdigit() else 0
    words.append(_Word(int(idx), cols[1], cols[3], feats, head, cols[7]))


def _build(sent_id: str, words: list[_Word], ranges: list[tuple[int, int, str]],
           collapse_mwt: bool) -> UDSentence:
    if collapse_mwt and ranges:
        words = _collapse(words, ranges)
    position = {w.index: k for k, w in enumerate(words)}
    out = UDSentence(sent_id)
    for w in words:
        out.words.append(w.form)
        out.upos.append(w.upos)
        out.feats.append(w.feats)
        out.heads.append(position[w.head] if w.head else -1)
        out.deprels.append(w.deprel)
    return out


def _collapse(words: list[_Word], ranges: list[tuple[int, int, str]]) -> list[_Word]:
    """Merge the words of each multiword token into one token.

    The merged token takes the annotation of the range's first word whose head lies
    outside the range (``zu`` in ``zu dem``) and the features of all its words
    (``zum`` keeps the article's Case=Dat). Words that pointed into the range now
    point to the merged token.
    """
    by_index = {w.index: w for w in words}
    redirect: dict[int, int] = {}
    merged: dict[int, _Word] = {}
    for first, last, form in ranges:
        members = [by_index[i] for i in range(first, last + 1) if i in by_index]
        if not members:
            continue
        outside = [w for w in members if not first <= w.head <= last] or members
        main = outside[0]
        merged[first] = _Word(first, form, main.upos, _merge_feats(main, members), main.head, main.deprel)
        for w in members:
            redirect[w.index] = first
    out = []
    for w in words:
        if w.index in redirect:
            if w.index in merged:
                out.append(merged[w.index])
            continue
        out.append(w)
    for w in out:
        w.head = redirect.get(w.head, w.head)
    return out


def _merge_feats(main: _Word, members: list[_Word]) -> str:
    feats: dict[str, str] = {}
    for w in [main] + members:
        for pair in filter(None, w.feats.split("|")):
            key, _, value = pair.partition("=")
            feats.setdefault(key, value)
    return "|".join(f"{k}={v}" for k, v in sorted(feats.items(), key=lambda kv: kv[0].lower()))


def encode_cached(sentences: list[UDSentence], encode, cache_file: str | Path,
                  *, batch: int = 32, identity: str = "") -> list[np.ndarray]:
    """Encoder vectors for every sentence, computed once and kept in ``cache_file`` (fp16).

    ``encode`` is ``load_encoder().encode_words`` and ``identity`` that encoder's
    ``identity``. The cache is keyed by both and the words, so a changed treebank,
    tokenisation or encoder is re-encoded.
    """
    cache_file = Path(cache_file)
    key = hashlib.sha1((identity + "\n" + "\n".join(" ".join(s.words) for s in sentences)).encode()).hexdigest()
    if cache_file.exists():
        with np.load(cache_file) as data:
            if str(data["key"]) == key:
                return [data[f"s{k}"] for k in range(len(sentences))]
    vectors: list[np.ndarray] = []
    for first in range(0, len(sentences), batch):
        chunk = [s.words for s in sentences[first:first + batch]]
        vectors.extend(np.asarray(v, dtype=np.float16) for v in encode(chunk))
        log.info("encoded %s/%s sentences for %s", len(vectors), len(sentences), cache_file.name)
    cache_file.parent.mkdir(parents=True, exist_ok=True)
    arrays: dict[str, np.ndarray] = {f"s{k}": v for k, v in enumerate(vectors)}
    np.savez(cache_file, key=np.array(key), **arrays)  # type: ignore[arg-type]
    return vectors
