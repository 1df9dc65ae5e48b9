"""Language analysis: sentences, tokens, lemmas, POS, morphology, dependencies, NER.

The tokenizer always runs. Trained heads on the shared multilingual encoder
(``herodotus.encoder``) add POS, morphology, a dependency parse and NER; the
encoder runs once per document and its word vectors are handed to every head.
Lemmas come from HanTa's morphology under the parser's POS (HanTa's own
tagger only runs where no parser head is installed). The event-cue head (``cues.py``) reads
the same vectors and marks on each ``Sentence`` which event types it reports.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Protocol, Sequence

import numpy as np

from ...model import Document, Sentence, Token
from . import tagger
from .tokenizer import dateline_dash, opens_paragraph, split_sentences, tokenize


class Head(Protocol):
    """A trained component that annotates the sentences of a document from encoder vectors.

    Heads see all sentences at once so that they can batch; ``vectors[s]`` belongs
    to ``sentences[s]``.
    """

    def annotate_many(self, vectors: Sequence[np.ndarray], sentences: list[list[Token]]) -> list[list[Token]]: ...


def load_heads(lang: str) -> list[Head]:
    """Trained heads shipped for ``lang``, in the order they must run."""
    heads: list[Head] = []
    from .parser import load_parser
    heads.extend(h for h in [load_parser(lang)] if h is not None)
    from .ner import load_head as load_ner_head  # torch is imported only when heads load
    heads.extend(h for h in [load_ner_head(lang)] if h is not None)
    return heads


class Analysis:
    """The ``nlp.v1`` stage. ``heads=False`` skips the encoder and its trained heads (no parse,
    morphology or NER; POS and lemmas from HanTa alone): much faster, for rule development and
    for measuring what the heads add."""

    name = "nlp.v1"

    def __init__(self, heads: bool = True) -> None:
        self.use_heads = heads
        self._heads: dict[str, list[Head]] = {}

    def heads(self, lang: str) -> list[Head]:
        if not self.use_heads:
            return []
        if lang not in self._heads:
            self._heads[lang] = load_heads(lang)
        return self._heads[lang]

    def cue_head(self, lang: str):
        if not self.use_heads:
            return None
        from .cues import load_head
        return load_head(lang)

    def __call__(self, doc: Document) -> None:
        raw = tokenize(doc.text, doc.lang)
        doc.tokens, doc.sentences = [], []
        heads = self.heads(doc.lang)
        sentences = []
        for s_i, (first, last, paragraph) in enumerate(split_sentences(doc.text, raw)):
            sentences.append([Token(i=first + k, start=t.start, end=t.end, text=t.text, sent=s_i)
                              for k, t in enumerate(raw[first:last])])
            doc.sentences.append(Sentence(i=s_i, start=raw[first].start, end=raw[last - 1].end,
                                          token_start=first, token_end=last, paragraph=paragraph))
        if heads and sentences:
            vectors = _encode([[t.text for t in sent] for sent in sentences])
            sentences = _annotate(heads, vectors, sentences, [opens_paragraph(doc, s) for s in doc.sentences])
            if (cue_head := self.cue_head(doc.lang)) is not None:
                cues = cue_head.read(vectors, sentences)
                doc.sentences = [replace(s, cues=c) for s, c in zip(doc.sentences, cues)]
        doc.tokens = [tok for sent in sentences for tok in _with_lemmas(sent, doc.lang)]


def _annotate(heads: list[Head], vectors: Sequence[np.ndarray], sentences: list[list[Token]],
              openers: list[bool]) -> list[list[Token]]:
    """Run the heads, a paragraph's dateline ("Seoul (dpa) -", "MEXICO CITY, Feb 20 (Reuters) -") apart
    from the sentence it opens: parsed together, the place became the subject of the sentence's verb in
    48 of 60 leads. The dateline hangs from the sentence's root; the cue head still reads the whole sentence."""
    pieces, piece_vectors, cuts = [], [], []
    for sent, vec, opener in zip(sentences, vectors, openers):
        k = dateline_dash(sent) if opener else None
        if k is None or k + 1 >= len(sent):
            pieces.append(sent)
            piece_vectors.append(vec)
            cuts.append(None)
            continue
        pieces += [sent[:k + 1], sent[k + 1:]]
        piece_vectors += [vec[:, :k + 1], None]
        cuts.append(k + 1)
    # (the body is read again without its dateline: read with it, its words still took the place for
    # their subject, "Israel's parliament on Monday passed two laws" lost its subject)
    bodies = [i for i, v in enumerate(piece_vectors) if v is None]
    for i, vec in zip(bodies, _encode([[t.text for t in pieces[i]] for i in bodies]) if bodies else ()):
        piece_vectors[i] = vec
    for head in heads:
        pieces = head.annotate_many(piece_vectors, pieces)
    out, p = [], 0
    for cut in cuts:
        if cut is None:
            out.append(pieces[p])
            p += 1
            continue
        line, body = pieces[p], pieces[p + 1]
        p += 2
        root = next((t.i for t in body if t.head == -1), body[0].i)
        out.append([replace(t, head=root, dep="dep") if t.head == -1 else t for t in line] + body)
    return out


def _with_lemmas(sentence: list[Token], lang: str) -> list[Token]:
    """Lemmas under the parser head's POS; HanTa's own tagger where no head tagged."""
    words = [t.text for t in sentence]
    sentence = [replace(t, pos="VERB") if t.dep == "root" and t.pos == "ADP" else t for t in sentence]
    # (a preposition heads no sentence: a root tagged ADP is a mis-tagged verb, "wies ... aus")
    # (nor is a word the analyser knows only as a finite verb an adjective or a preposition: "wies ... zurück")
    sentence = [replace(t, pos=verb) if t.pos in ("ADJ", "ADP") and (verb := tagger.finite_only(t.text, lang)) else t
                for t in sentence]
    # (nor a proper noun: German names are capitalised, "Salgado lehnte dies ab"; "bin" of "Mohammed bin Salman"
    # stays a name, so only full verbs are taken)
    sentence = [replace(t, pos="VERB") if t.pos == "PROPN" and tagger.finite_only(t.text, lang) == "VERB" else t
                for t in sentence]
    sentence = [replace(t, pos=verb) if t.pos == "ADJ" and t.dep == "root"
                and (verb := tagger.verb_of_root(t.text, lang, _child_deps(sentence, t))) else t for t in sentence]
    if sentence and all(t.pos for t in sentence):
        lemmas = tagger.lemmatize(words, [t.pos for t in sentence], lang)
        return [replace(t, lemma=lemma) for t, lemma in zip(sentence, lemmas)]
    return [replace(t, lemma=lemma, pos=pos) for t, (lemma, pos) in zip(sentence, tagger.tag(words, lang))]


def _child_deps(sentence: list[Token], head: Token) -> set[str]:
    return {t.dep.split(":")[0] for t in sentence if t.head == head.i}


def _encode(sentences: list[list[str]]):
    from ...encoder import load_encoder

    return load_encoder().encode_words(sentences)


__all__ = ["Analysis", "Head", "load_heads"]
