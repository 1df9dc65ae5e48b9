"""Exact and near-duplicate detection and the event deduplication key."""
from __future__ import annotations

from herodotus.store import dedup

TEXT = ("Die Außenminister Indiens und Pakistans haben sich am Montag in Astana getroffen. "
        "Beide Seiten vereinbarten, eine direkte Leitung zwischen ihren Militärs wiederherzustellen. "
        "Das Treffen fand am Rande eines regionalen Gipfels statt, wie ein Sprecher mitteilte.")


def test_dedup_content_hash_ignores_case_and_spacing() -> None:
    assert dedup.content_hash(TEXT) == dedup.content_hash("  " + TEXT.upper().replace(" ", "\n "))
    assert dedup.content_hash(TEXT) != dedup.content_hash(TEXT + " Ende.")


def test_dedup_minhash_estimates_jaccard() -> None:
    copy = TEXT.replace("Montag", "Dienstag")
    a, b = dedup.shingles(TEXT), dedup.shingles(copy)
    exact = dedup.jaccard(a, b)
    estimate = float((dedup.signature(a) == dedup.signature(b)).mean())
    assert 0.5 < exact < 0.9
    assert abs(estimate - exact) < 0.15
    other = dedup.shingles("Ein ganz anderer Text über Fußball, das Wetter und die Bahn in Bayern.")
    assert dedup.jaccard(a, other) == 0.0


def test_dedup_identical_texts_share_every_band() -> None:
    sig = dedup.signature(dedup.shingles(TEXT))
    assert dedup.bands(sig) == dedup.bands(dedup.signature(dedup.shingles(TEXT)))
    assert len(dedup.bands(sig)) == dedup.BANDS


def test_dedup_actor_key_prefers_wikidata_then_code() -> None:
    assert dedup.actor_key({"identifier_id": "Q801", "code": "ISR"}) == "Q801"
    assert dedup.actor_key({"code": "ISR", "sector": "MIL"}) == "ISR/MIL"
    assert dedup.actor_key({"entity_text": "Die Bauern"}) == "die bauern"


def test_dedup_symmetric_types_ignore_direction() -> None:
    ind, pak = [{"code": "IND"}], [{"code": "PAK"}]
    consult = {"event": "CONSULT", "actor": ind, "recipient": pak}
    assert dedup.event_key(consult) == dedup.event_key({**consult, "actor": pak, "recipient": ind})
    accuse = {"event": "ACCUSE", "actor": ind, "recipient": pak}
    assert dedup.event_key(accuse) != dedup.event_key({**accuse, "actor": pak, "recipient": ind})
    assert dedup.event_key(accuse) != dedup.event_key({**accuse, "negated": True})
