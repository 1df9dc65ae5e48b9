"""Label decoding for core arguments: at most one subject, object and indirect object
per predicate, chosen with the help of morphological case.

The label scorer decides each word on its own, so an object-first German sentence
("Den Präsidenten kritisierte der Minister") can get two subjects. For every head
with two or more core-argument dependents, this module searches the joint labelling
that maximises the label log-probabilities plus the log-probability that each word
(and its determiners) has the case its role takes (``lang/<code>/syntax.py``),
with each core role used at most once.
"""
from __future__ import annotations

import itertools
from functools import lru_cache

import numpy as np

from ...lang import resource

TOP_K = 3
MAX_ARGS = 5


@lru_cache(maxsize=4)
def case_of_role(lang: str) -> dict[str, str]:
    return dict(resource(lang, "syntax").CASE_OF_ROLE)


def assign_core_roles(heads: list[int], rel_logp: np.ndarray, deprels: list[str],
                      case_logp: dict[str, np.ndarray] | None, dets: list[list[int]],
                      roles: dict[str, str]) -> list[int]:
    """Label ids for every word, repairing duplicated core roles.

    ``rel_logp`` (n, labels) are log-probabilities with impossible labels at -inf;
    ``case_logp`` maps a case value to per-word log-probabilities (None when the
    model predicts no case); ``dets`` lists each word's determiner dependents.
    """
    labels = rel_logp.argmax(-1)
    core = {deprels.index(r) for r in roles if r in deprels}
    for head in set(heads):
        args = [k for k, h in enumerate(heads) if h == head and labels[k] in core]
        if len(args) < 2 or len(args) > MAX_ARGS:
            continue
        options = [np.argsort(-rel_logp[k])[:TOP_K] for k in args]
        best, best_score = None, -np.inf
        for choice in itertools.product(*options):
            used = [c for c in choice if c in core]
            if len(used) != len(set(used)):
                continue
            score = sum(_score(k, c, rel_logp, deprels, case_logp, dets, roles) for k, c in zip(args, choice))
            if score > best_score:
                best, best_score = choice, score
        if best is not None:
            for k, c in zip(args, best):
                labels[k] = c
    return [int(x) for x in labels]


def _score(k: int, label: int, rel_logp: np.ndarray, deprels: list[str],
           case_logp: dict[str, np.ndarray] | None, dets: list[list[int]], roles: dict[str, str]) -> float:
    score = float(rel_logp[k, label])
    case = roles.get(deprels[label])
    if case and case_logp and case in case_logp:
        words = [k, *dets[k]]
        score += float(np.mean([case_logp[case][w] for w in words]))
    return score
