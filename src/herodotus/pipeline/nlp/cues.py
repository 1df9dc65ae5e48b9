"""Event cues: which PLOVER types a sentence reports, and the word that says so (head ``cues.e5.v1``).

A small network over the encoder's word vectors scores every word for each of the 16 PLOVER
types; a sentence's score for a type is the smooth maximum (log-sum-exp) over its words, so
the net learns from sentence labels alone (multiple-instance learning: the annotated articles
say which sentence reports which event type, not which word) and still points at one word.
The event coder uses a cue only where its verb lexicon found nothing of that type in the
sentence: the cue proposes a trigger word, and actor and recipient are read from the
grammar as for a lexicon match. Trained by ``scripts/train_cues.py``; figures in the model card.
"""
from __future__ import annotations

import io
import logging
import threading
from importlib import resources
from typing import Sequence

import numpy as np
import torch
from torch import nn

from ...model import EventCue, Token

log = logging.getLogger(__name__)

ARTIFACT = "cues-e5-deen.pt"
LANGS = {"de", "en"}
LAYERS = (7, 3)          # encoder layers 8 and 4 (of the 8 the pipeline computes), concatenated
MIN_PROBABILITY = 0.5    # cues below this are not kept on the sentence at all

_lock = threading.Lock()
_heads: dict[str, CueHead] = {}


class CueNet(nn.Module):
    def __init__(self, types: Sequence[str], width: int = 256, hidden: int = 384 * len(LAYERS)) -> None:
        super().__init__()
        self.types = list(types)
        self.mu = nn.Parameter(torch.zeros(hidden), requires_grad=False)
        self.sd = nn.Parameter(torch.ones(hidden), requires_grad=False)
        self.net = nn.Sequential(nn.Dropout(0.2), nn.Linear(hidden, width), nn.GELU(), nn.Dropout(0.2),
                                 nn.Linear(width, len(self.types)))

    def word_scores(self, x: torch.Tensor) -> torch.Tensor:
        """(words, hidden) features -> (words, types) logits."""
        return self.net((x - self.mu) / self.sd)

    @staticmethod
    def sentence_scores(word_scores: torch.Tensor) -> torch.Tensor:
        return torch.logsumexp(word_scores, 0)


class CueEnsemble(nn.Module):
    """Nets trained alike from different seeds, their word scores averaged: one seed's net may miss a plain
    attack that another reads, and which events a retrained net adds or drops moved by chance."""

    def __init__(self, nets: Sequence[CueNet]) -> None:
        super().__init__()
        self.nets = nn.ModuleList(nets)
        self.types = nets[0].types

    def word_scores(self, x: torch.Tensor) -> torch.Tensor:
        return torch.stack([net.word_scores(x) for net in self.nets]).mean(0)

    sentence_scores = staticmethod(CueNet.sentence_scores)


def features(vectors: np.ndarray) -> torch.Tensor:
    """(layers, words, 384) encoder vectors -> (words, 768) cue features."""
    return torch.as_tensor(np.concatenate([vectors[k] for k in LAYERS], axis=1), dtype=torch.float32)


class CueHead:
    name = "cues.e5.v1"

    def __init__(self, net: CueNet | CueEnsemble) -> None:
        self.net = net.eval()

    @torch.inference_mode()
    def read(self, vectors: Sequence[np.ndarray], sentences: Sequence[Sequence[Token]]) -> list[tuple[EventCue, ...]]:
        """Per sentence the types scored at least ``MIN_PROBABILITY``, each with its strongest word."""
        lengths = [len(tokens) for tokens in sentences]
        if not sum(lengths):
            return [() for _ in sentences]
        # one pass over all words of the document: per-sentence calls cost more than the net itself
        words = torch.cat([features(v) for v, n in zip(vectors, lengths) if n])
        scores = torch.split(self.net.word_scores(words), [n for n in lengths if n])
        out: list[tuple[EventCue, ...]] = []
        parts = iter(scores)
        for tokens in sentences:
            if not tokens:
                out.append(())
                continue
            sent_scores = next(parts)
            probs = torch.sigmoid(self.net.sentence_scores(sent_scores)).tolist()
            best = sent_scores.argmax(0).tolist()
            out.append(tuple(EventCue(t, round(p, 3), tokens[best[j]].i)
                             for j, (t, p) in enumerate(zip(self.net.types, probs)) if p >= MIN_PROBABILITY))
        return out


def save_net(net: CueNet | CueEnsemble, path, meta: dict) -> None:
    nets = list(net.nets) if isinstance(net, CueEnsemble) else [net]
    states = [{k: v.half() if k not in {"mu", "sd"} else v for k, v in n.state_dict().items()} for n in nets]
    torch.save({"types": net.types, "width": nets[0].net[1].out_features, "states": states, "meta": meta}, path)


def load_net(data: bytes) -> CueNet | CueEnsemble:
    """One net, or the ensemble of several (files before 0.7.35 hold one "state")."""
    blob = torch.load(io.BytesIO(data), map_location="cpu", weights_only=True)
    nets = []
    for state in blob.get("states") or [blob["state"]]:
        net = CueNet(blob["types"], width=blob["width"])
        net.load_state_dict({k: v.float() for k, v in state.items()})
        nets.append(net)
    return nets[0] if len(nets) == 1 else CueEnsemble(nets)


def load_head(lang: str) -> CueHead | None:
    """The shipped cue head (one model for German and English), or None if absent."""
    if lang not in LANGS:
        return None
    with _lock:
        if "model" not in _heads:
            path = resources.files("herodotus").joinpath("resources", "models", ARTIFACT)
            if not path.is_file():
                log.warning("event cue model %s is missing; events come from the lexicon alone", ARTIFACT)
                return None
            _heads["model"] = CueHead(load_net(path.read_bytes()))
        return _heads["model"]
