"""Maximum spanning tree decoding for the dependency parser (Chu-Liu/Edmonds).

``scores[d, h]`` is the log-probability that word ``d`` attaches to head ``h``;
index 0 is the artificial root, words are 1..n. The result ``tree[d]`` is the head
of ``d`` (``tree[0]`` is meaningless). Trees are non-projective, have no cycles
and exactly one word attached to the root: when the unconstrained tree has several
root children, each is tried as the only one and the best-scoring tree wins
(Dozat et al. 2017; Zmigrod et al. 2020 give the exact algorithm, this is the
common approximation used by UDPipe 2 and Stanza).
"""
from __future__ import annotations

import numpy as np

NEG = -1e9


def decode_tree(scores: np.ndarray) -> np.ndarray:
    """Best tree with a single root child; ``scores`` is (n+1, n+1)."""
    scores = np.asarray(scores, dtype=np.float64).copy()
    n = scores.shape[0]
    if n <= 1:
        return np.zeros(n, dtype=np.int64)
    np.fill_diagonal(scores, NEG)
    scores[0] = NEG
    scores[0, 0] = 0.0
    tree = _chu_liu_edmonds(scores)
    roots = np.flatnonzero(tree[1:] == 0) + 1
    if len(roots) == 1:
        return tree
    best, best_score = tree, -np.inf
    for root in roots:
        constrained = scores.copy()
        constrained[1:, 0] = NEG
        constrained[root, 0] = scores[root, 0]
        candidate = _chu_liu_edmonds(constrained)
        total = constrained[np.arange(1, n), candidate[1:]].sum()
        if total > best_score:
            best, best_score = candidate, total
    return best


def _find_cycle(tree: np.ndarray) -> np.ndarray | None:
    """Boolean mask of the nodes of one cycle, or None when ``tree`` is a tree."""
    n = len(tree)
    state = np.zeros(n, dtype=np.int8)  # 0 new, 1 on the current path, 2 finished
    state[0] = 2
    for start in range(1, n):
        path, node = [], start
        while state[node] == 0:
            state[node] = 1
            path.append(node)
            node = int(tree[node])
        if state[node] == 1:
            mask = np.zeros(n, dtype=bool)
            mask[path[path.index(node):]] = True
            return mask
        state[path] = 2
    return None


def _chu_liu_edmonds(scores: np.ndarray) -> np.ndarray:
    tree = scores.argmax(axis=1)
    tree[0] = 0
    cycle = _find_cycle(tree)
    if cycle is None:
        return tree
    cycle_locs = np.flatnonzero(cycle)
    noncycle_locs = np.flatnonzero(~cycle)
    cycle_scores = scores[cycle_locs, tree[cycle_locs]]
    cycle_total = cycle_scores.sum()
    # Entering the cycle at node c from outside head h breaks c's cycle edge.
    head_scores = scores[np.ix_(cycle_locs, noncycle_locs)] - cycle_scores[:, None] + cycle_total
    dep_scores = scores[np.ix_(noncycle_locs, cycle_locs)]
    best_entry = head_scores.argmax(axis=0)   # per outside head: which cycle node it enters
    best_exit = dep_scores.argmax(axis=1)     # per outside dependent: which cycle node heads it
    m = len(noncycle_locs)
    sub = np.full((m + 1, m + 1), NEG)
    sub[:m, :m] = scores[np.ix_(noncycle_locs, noncycle_locs)]
    sub[m, :m] = head_scores[best_entry, np.arange(m)]
    sub[:m, m] = dep_scores[np.arange(m), best_exit]
    contracted = _chu_liu_edmonds(sub)
    new_tree = np.zeros_like(tree)
    for k in range(1, m):
        h = contracted[k]
        node = noncycle_locs[k]
        new_tree[node] = noncycle_locs[h] if h < m else cycle_locs[best_exit[k]]
    new_tree[cycle_locs] = tree[cycle_locs]
    cycle_head = contracted[m]
    new_tree[cycle_locs[best_entry[cycle_head]]] = noncycle_locs[cycle_head]
    return new_tree
