"""At corpus scale: re-ingesting changes nothing; syndicated copies add mentions, not events."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from herodotus.store import Store, synthetic

N = 100


def _ingest(store: Store, records: list[dict]) -> Counter:
    return Counter(store.ingest(r, text=r["text"], url=r["url"], source=r["source"]).status for r in records)


def test_synthetic_records_have_exact_offsets() -> None:
    for record in synthetic.corpus(40):
        text = record["text"]
        for event in record["events"]:
            evidence = text[event["evidence"]["start"]:event["evidence"]["end"]]
            assert evidence.endswith(("said.", "stated.")) and event["event_text"] in evidence
        for quote in record["quotes"]:
            assert text[quote["start"]:quote["end"]] == quote["text"]
        for entity in record["entities"]:
            assert all(text[m["start"]:m["end"]] == m["text"] for m in entity["mentions"])


def test_synthetic_corpus_reingest_and_copies(tmp_path: Path) -> None:
    records = list(synthetic.corpus(N))
    originals = [r for r in records if not r["title"].startswith("Syndicated")]
    copies = len(records) - len(originals)
    with Store(tmp_path / "all.duckdb") as everything, Store(tmp_path / "originals.duckdb") as only:
        assert _ingest(everything, records) == {"new": len(originals), "near-duplicate": copies}
        _ingest(only, originals)
        with_copies, without = everything.counts(), only.counts()
        # Copies add articles and mentions, never events.
        assert with_copies["events"] == without["events"]
        assert with_copies["event_mentions"] > without["event_mentions"]
        _, matches = everything.query("SELECT DISTINCT m.match FROM event_mentions m JOIN articles a"
                                      " USING (article_id) WHERE a.duplicate_of IS NOT NULL")
        assert matches == [("cluster",)]
        # Re-ingesting the whole corpus changes nothing at all.
        _, events_before = everything.query("SELECT * FROM events ORDER BY event_id")
        assert _ingest(everything, records) == {"duplicate": N}
        assert everything.counts() == with_copies
        assert everything.query("SELECT * FROM events ORDER BY event_id")[1] == events_before
