"""Store: schema, idempotent ingest, cross-article deduplication, transactions, queries."""
from __future__ import annotations

from pathlib import Path

import pytest

from herodotus.errors import StoreError
from herodotus.store import CANNED, EventFilter, Store
from herodotus.store.ingest import Ingester



def ingest_all(store: Store, articles: list[dict]) -> list:
    return [store.ingest(a, text=a["text"], url=a.get("url"), source=a.get("source")) for a in articles]


def _by_id(articles, doc_id):
    return next(a for a in articles if a["id"] == doc_id)


def test_store_creates_schema_and_records_migrations(tmp_path: Path) -> None:
    with Store(tmp_path / "a.duckdb") as store:
        _, rows = store.query("SELECT version, name FROM schema_migrations")
    assert rows == [(1, "001_init.sql")]
    with Store(tmp_path / "a.duckdb") as store:  # reopening applies nothing twice
        assert store.counts()["articles"] == 0


def test_store_ingest_same_article_twice_stores_it_once(store: Store, articles) -> None:
    article = _by_id(articles, "de-strike")
    first = store.ingest(article, text=article["text"])
    before = store.counts()
    second = store.ingest(dict(article, id="other-id"), text="  " + article["text"].upper() + "\n")
    assert (first.status, second.status) == ("new", "duplicate")
    assert second.article_id == first.article_id
    assert store.counts() == before


def test_store_reingesting_the_corpus_changes_nothing(filled: Store, articles) -> None:
    before = filled.counts()
    _, events_before = filled.query("SELECT * FROM events ORDER BY event_id")
    results = ingest_all(filled, articles)
    assert {r.status for r in results} == {"duplicate"}
    assert filled.counts() == before
    assert filled.query("SELECT * FROM events ORDER BY event_id")[1] == events_before


def test_store_syndicated_copy_adds_mentions_not_events(store: Store, articles) -> None:
    original, copy = _by_id(articles, "en-strike"), _by_id(articles, "en-strike-copy")
    store.ingest(original, text=original["text"], source=original["source"])
    events_before = store.counts()["events"]
    result = store.ingest(copy, text=copy["text"], source=copy["source"])
    assert result.status == "near-duplicate"
    assert result.duplicate_of is not None and result.similarity >= 0.8
    assert result.events_new == 0 and result.mentions == 2
    assert store.counts()["events"] == events_before
    _, rows = store.query("SELECT event_type, n_mentions, n_articles, n_sources FROM events ORDER BY event_id")
    assert rows == [("ASSAULT", 2, 2, 2), ("ACCUSE", 2, 2, 2)]
    _, matches = store.query("SELECT DISTINCT match FROM event_mentions m JOIN articles a USING (article_id)"
                             " WHERE a.doc_id = 'en-strike-copy'")
    assert matches == [("cluster",)]


def test_store_same_event_from_two_outlets_is_one_event(filled: Store) -> None:
    # tagesschau (German), Reuters and its Yahoo copy all report the strike of 2 May.
    _, rows = filled.query(
        "SELECT n_mentions, n_articles, n_sources FROM events WHERE event_type = 'ASSAULT'")
    assert rows == [(3, 3, 3)]
    _, rows = filled.query("SELECT count(*) FROM events")
    assert rows == [(8,)]


def test_store_dates_outside_the_window_stay_apart(store: Store, articles) -> None:
    article = _by_id(articles, "de-aid")
    store.ingest(article, text=article["text"])
    later = dict(article, id="de-aid-later", published="2024-06-20",
                 events=[dict(e, date="2024-06-20") for e in article["events"]])
    result = store.ingest(later, text=article["text"].replace("Mittwoch", "Donnerstag der Folgewoche"))
    assert result.status == "new"  # a short text with three new words is no near-duplicate
    _, rows = store.query("SELECT event_type, day, n_mentions FROM events ORDER BY 1, 2")
    assert [(t, str(d), n) for t, d, n in rows] == [
        ("AID", "2024-06-12", 1), ("AID", "2024-06-20", 1),
        ("THREATEN", "2024-06-12", 1), ("THREATEN", "2024-06-20", 1)]


def test_store_unrelated_dates_make_new_events(store: Store, articles) -> None:
    article = _by_id(articles, "de-aid")
    store.ingest(article, text=article["text"])
    text = ("Die Bundesregierung hat der Ukraine heute neue Panzer zugesagt, teilte ein Sprecher mit. "
            "Moskau drohte Berlin erneut mit Konsequenzen.")
    later = dict(article, id="de-aid-2", published="2024-07-20", text=text,
                 events=[dict(article["events"][0], date="2024-07-20", evidence={"start": 0, "end": 90})],
                 quotes=[], entities=[])
    result = store.ingest(later, text=text)
    assert result.status == "new" and result.events_new == 1
    _, rows = store.query("SELECT event_type, count(*) FROM events GROUP BY 1 ORDER BY 1")
    assert rows == [("AID", 2), ("THREATEN", 1)]


def test_store_bad_offsets_write_nothing(store: Store, articles) -> None:
    article = _by_id(articles, "en-talks")
    bad = dict(article, events=[dict(article["events"][0], evidence={"start": 10, "end": 99999})])
    with pytest.raises(StoreError, match="E023"):
        store.ingest(bad, text=article["text"])
    assert store.counts()["articles"] == 0


def test_store_failure_inside_the_transaction_rolls_back(store: Store, articles, monkeypatch) -> None:
    article = _by_id(articles, "de-aid")

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(Ingester, "_quotes", broken)
    with pytest.raises(RuntimeError):
        store.ingest(article, text=article["text"])
    counts = store.counts()
    assert [counts[t] for t in ("articles", "events", "event_mentions", "entities", "quotes")] == [0, 0, 0, 0, 0]
    monkeypatch.undo()
    assert store.ingest(article, text=article["text"]).status == "new"


def test_store_record_problem(store: Store) -> None:
    store.record_problem("in.jsonl", 3, "[E003] in.jsonl:3: malformed JSON")
    _, rows = store.query("SELECT path, line, message FROM problems")
    assert rows == [("in.jsonl", 3, "[E003] in.jsonl:3: malformed JSON")]


@pytest.mark.parametrize("sql", [
    "DELETE FROM events", "DROP TABLE events", "INSERT INTO problems VALUES (1, 'x', 1, 'y', now())",
    "SELECT 1; DELETE FROM events", "COPY events TO 'x.csv'", "ATTACH 'other.duckdb'", "PRAGMA version",
])
def test_store_query_refuses_anything_but_select(filled: Store, sql: str) -> None:
    with pytest.raises(StoreError, match="E021"):
        filled.query(sql)
    assert filled.counts()["events"] == 8


def test_store_query_takes_parameters(filled: Store) -> None:
    columns, rows = filled.query("SELECT doc_id FROM articles WHERE lang = ? ORDER BY doc_id", ["de"])
    assert columns == ["doc_id"] and rows == [("de-aid",), ("de-strike",)]


def test_store_query_error_is_one_line(filled: Store) -> None:
    with pytest.raises(StoreError, match=r"\[E021\].*no_such_table"):
        filled.query("SELECT * FROM no_such_table")


def test_store_canned_events_by_actor_matches_code_and_name(filled: Store) -> None:
    _, by_code = filled.canned("events_by_actor", actor="PAK")
    _, by_name = filled.canned("events_by_actor", actor="pakistan", role="recipient")
    assert {r[2] for r in by_code} == {"CONSULT", "AGREE"}
    assert by_code == by_name
    _, as_actor = filled.canned("events_by_actor", actor="PAK", role="actor")
    # CONSULT is symmetric but stored as coded: India first.
    assert as_actor == []


def test_store_canned_by_type_and_date(filled: Store) -> None:
    _, rows = filled.canned("events_by_type", type="accuse")
    assert sorted(r[3] for r in rows) == ["SYR", "TUR"]
    _, rows = filled.canned("events_by_date", start="2024-06-01", end="2024-06-30")
    assert sorted(r[2] for r in rows) == ["AGREE", "AID", "CONSULT", "THREATEN"]


def test_store_canned_dyad_counts(filled: Store) -> None:
    columns, rows = filled.canned("dyad_counts", actor="ISR", period="month")
    assert columns == ["period", "actor_code", "recipient_code", "events", "mean_goldstein"]
    assert [(str(r[0]), r[1], r[2], r[3], r[4]) for r in rows] == [("2024-05-01", "ISR", "SYR", 1, -10.0)]


@pytest.mark.parametrize("name, params, message", [
    ("nope", {}, "E024"), ("events_by_type", {"type": "HUG"}, "E025"),
    ("events_by_actor", {}, "E025"), ("dyad_counts", {"period": "decade"}, "E028"),
    ("events_by_date", {"start": "May 2024"}, "E025"), ("events_by_type", {"type": "AID", "x": 1}, "E025"),
])
def test_store_canned_rejects_bad_parameters(filled: Store, name, params, message) -> None:
    with pytest.raises(StoreError, match=message):
        filled.canned(name, **params)


def test_store_canned_help_lists_every_query() -> None:
    assert set(CANNED) == {"events_by_actor", "events_by_type", "events_by_date", "dyad_counts"}
    assert all(entry["description"] and entry["params"] for entry in CANNED.values())


def test_store_event_filters(filled: Store) -> None:
    total, events = filled.events(EventFilter(quad=4))
    assert total == 1 and events[0]["event"] == "ASSAULT" and events[0]["num_sources"] == 3
    total, _ = filled.events(EventFilter(place="damaskus"))
    assert total == 1
    total, events = filled.events(EventFilter(q="hotline"))
    assert [e["event"] for e in events] == ["AGREE"]
    total, _ = filled.events(EventFilter(q="100%_"))
    assert total == 0


def test_store_read_only_refuses_writes(filled: Store, articles, tmp_path: Path) -> None:
    filled.close()
    with Store(filled.path, read_only=True) as reader:
        assert reader.counts()["articles"] == 6
        with pytest.raises(StoreError, match="read-only"):
            reader.ingest(articles[0], text=articles[0]["text"])


def test_store_read_only_missing_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="E020"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_store_article_view_has_every_layer(filled: Store) -> None:
    _, rows = filled.query("SELECT article_id FROM articles WHERE doc_id = 'de-strike'")
    article = filled.read("article", article_id=rows[0][0])
    text = article["text"]
    assert [text[e["start"]:e["end"]].split()[0] for e in article["events"]] == ["Israel", "Der"]
    assert article["quotes"][0]["speaker_name"] == "Recep Tayyip Erdoğan"
    assert article["quotes"][0]["speaker_entity_id"] is not None
    assert {text[m["start"]:m["end"]] for m in article["entities"]} >= {"Israel", "Syrien", "Erdogan"}


def test_store_malformed_record_is_one_error(store: Store, articles) -> None:
    article = _by_id(articles, "en-talks")
    bad = dict(article, events=[dict(article["events"][0], actor="India")])
    with pytest.raises(StoreError, match="E022"):
        store.ingest(bad, text=article["text"])
    assert store.counts()["articles"] == 0


def test_store_without_external_access_reads_no_files(filled: Store, tmp_path: Path) -> None:
    filled.close()
    secret = tmp_path / "secret.csv"
    secret.write_text("a\n1\n", encoding="utf-8")
    with Store(filled.path, read_only=True, external_access=False) as locked:
        assert locked.counts()["events"] == 8
        with pytest.raises(StoreError, match="E021"):
            locked.query("SELECT * FROM read_csv(?)", [str(secret)])
