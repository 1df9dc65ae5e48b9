"""Duplicate detection for the store: exact and near-duplicate articles, and event keys.

Articles
    ``content_hash`` is the SHA-256 of the normalised text (Unicode NFC, lower case,
    whitespace collapsed), so re-ingesting an article, even re-wrapped, is recognised.
    Near-duplicates (syndicated copies with a new headline or a changed word) are found
    with MinHash over word 5-shingles: ``NUM_PERM`` multiply-shift hash functions, split
    into ``BANDS`` locality-sensitive hashing bands of ``ROWS`` rows. Two articles that share
    a band are candidates; a candidate is a near-duplicate when the exact Jaccard
    similarity of their shingle sets is at least the store's threshold (0.8 by default:
    a 100-word agency text under a new headline and with one word changed scores 0.81;
    independent reports of one event share far fewer 5-shingles). With 20 bands of 6 rows
    a pair at Jaccard 0.8 becomes a candidate with probability 0.998, at 0.5 with 0.27 and
    at 0.3 with 0.014; candidates are then checked exactly.

Events
    Two event mentions can be the same real-world event only when their ``event_key``
    (PLOVER type, dyad, negation) is equal. An actor is keyed by its Wikidata id when it
    has one, else by ``code/sector``, else by its lower-cased name. For the symmetric
    types (CONSULT, AGREE, COOPERATE) the dyad is unordered, as in the gold conventions.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Any, Iterable, Sequence

import numpy as np

NUM_PERM = 120
BANDS = 20
ROWS = NUM_PERM // BANDS
SHINGLE = 5
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})

_WORD = re.compile(r"\w+", re.UNICODE)
_SPACE = re.compile(r"\s+")
# Fixed seed: signatures stored in a database must stay comparable across runs.
_RNG = np.random.default_rng(20240501)
_MUL = (_RNG.integers(1, 2**63 - 1, NUM_PERM, dtype=np.uint64) * np.uint64(2) + np.uint64(1))
_ADD = _RNG.integers(0, 2**63 - 1, NUM_PERM, dtype=np.uint64)
_EMPTY = np.full(NUM_PERM, np.iinfo(np.uint64).max, dtype=np.uint64)


def normalise(text: str) -> str:
    """The form hashed for exact duplicates: NFC, case-folded, whitespace collapsed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text).casefold()).strip()


def content_hash(text: str) -> str:
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def shingles(text: str, size: int = SHINGLE) -> set[int]:
    """Stable 64-bit hashes of the word ``size``-grams of the normalised text."""
    words = _WORD.findall(normalise(text))
    if len(words) < size:
        grams: Iterable[Sequence[str]] = [words] if words else []
    else:
        grams = (words[i:i + size] for i in range(len(words) - size + 1))
    out = set()
    for gram in grams:
        digest = hashlib.blake2b(" ".join(gram).encode("utf-8"), digest_size=8).digest()
        out.add(int.from_bytes(digest, "little"))
    return out


def signature(shingle_set: set[int]) -> np.ndarray:
    """MinHash signature: for each hash function the minimum over the shingles."""
    if not shingle_set:
        return _EMPTY.copy()
    values = np.fromiter(shingle_set, dtype=np.uint64, count=len(shingle_set))
    # Multiply-shift hashing; uint64 arithmetic wraps, which is the intended mod 2**64.
    with np.errstate(over="ignore"):
        hashed = values[None, :] * _MUL[:, None] + _ADD[:, None]
    return hashed.min(axis=1)


def bands(sig: np.ndarray) -> list[tuple[int, int]]:
    """(band number, band hash) pairs for the LSH table."""
    out = []
    for band in range(BANDS):
        chunk = sig[band * ROWS:(band + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8).digest()
        out.append((band, int.from_bytes(digest, "little")))
    return out


def jaccard(a: set[int], b: set[int]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def actor_key(actor: dict[str, Any]) -> str:
    """Identity of one actor for event deduplication."""
    if actor.get("identifier_id"):
        return str(actor["identifier_id"])
    code, sector = actor.get("code"), actor.get("sector")
    if code or sector:
        return f"{code or ''}/{sector or ''}"
    name = actor.get("identifier_text") or actor.get("entity_text") or ""
    return normalise(str(name))


def side_key(actors: Sequence[dict[str, Any]] | None) -> str:
    return ";".join(sorted({actor_key(a) for a in actors or []}))


def event_key(event: dict[str, Any]) -> str:
    """The deduplication key: type, dyad (unordered for symmetric types), negation."""
    etype = str(event.get("event") or "")
    actor, recipient = side_key(event.get("actor")), side_key(event.get("recipient"))
    if etype in SYMMETRIC_TYPES and recipient < actor:
        actor, recipient = recipient, actor
    negated = "neg" if event.get("negated") else "pos"
    return f"{etype}|{actor}>{recipient}|{negated}"


def has_dyad(event: dict[str, Any]) -> bool:
    """Events with neither actor nor recipient only merge on near-duplicate evidence."""
    return bool(side_key(event.get("actor")) or side_key(event.get("recipient")))


def terms(actors: Sequence[dict[str, Any]] | None) -> list[str]:
    """Lower-cased codes, names and Wikidata ids an actor filter may match."""
    out: set[str] = set()
    for actor in actors or []:
        for name in ("code", "identifier_text", "identifier_id", "entity_text"):
            value = actor.get(name)
            if value:
                out.add(str(value).casefold())
    return sorted(out)


def entity_key(entity: dict[str, Any]) -> str:
    """Identity of an entity across articles: Q-id, else type/code/canonical name."""
    if entity.get("identifier_id"):
        return f"Q:{entity['identifier_id']}"
    name = entity.get("identifier_text")
    if not name:
        mentions = entity.get("mentions") or []
        name = mentions[0].get("text", "") if mentions else ""
    return f"N:{entity.get('type') or ''}:{entity.get('code') or ''}:{normalise(str(name))}"
