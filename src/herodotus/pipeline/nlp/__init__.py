"""Language analysis: sentences, tokens, lemmas, POS, morphology, dependencies, NER.

The tokenizer and HanTa tagger always run. Trained heads on the shared
multilingual encoder (``herodotus.encoder``) add morphology, a dependency
parse and NER; the encoder runs once per sentence and its word vectors are
handed to every head.
"""
from __future__ import annotations

from typing import Protocol, Sequence

import numpy as np

from ...model import Document, Sentence, Token
from . import tagger
from .tokenizer import split_sentences, tokenize


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
    name = "nlp.v1"

    def __init__(self) -> None:
        self._heads: dict[str, list[Head]] = {}

    def heads(self, lang: str) -> list[Head]:
        if lang not in self._heads:
            self._heads[lang] = load_heads(lang)
        return self._heads[lang]

    def __call__(self, doc: Document) -> None:
        raw = tokenize(doc.text, doc.lang)
        doc.tokens, doc.sentences = [], []
        heads = self.heads(doc.lang)
        spans = split_sentences(doc.text, raw)
        sentences = []
        for s_i, (first, last, paragraph) in enumerate(spans):
            words = [t.text for t in raw[first:last]]
            sentences.append([
                Token(i=first + k, start=t.start, end=t.end, text=t.text, sent=s_i, lemma=lemma, pos=pos)
                for k, (t, (lemma, pos)) in enumerate(zip(raw[first:last], tagger.tag(words, doc.lang)))
            ])
            doc.sentences.append(Sentence(i=s_i, start=raw[first].start, end=raw[last - 1].end,
                                          token_start=first, token_end=last, paragraph=paragraph))
        if heads and sentences:
            vectors = _encode([[t.text for t in sent] for sent in sentences])
            for head in heads:
                sentences = head.annotate_many(vectors, sentences)
        doc.tokens = [tok for sent in sentences for tok in sent]


def _encode(sentences: list[list[str]]):
    from ...encoder import load_encoder

    return load_encoder().encode_words(sentences)


__all__ = ["Analysis", "Head", "load_heads"]
