"""The command line end to end: extract, bad input, ingest, query, export, demo."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from herodotus.cli import main
from herodotus.contract import validate
from herodotus.store.dedup import event_key

from texts import ENGLISH_WIRE, GERMAN_WIRE


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "wire.jsonl"
    path.write_text(
        json.dumps({"id": "de-wire", "text": GERMAN_WIRE, "published": "2025-03-10"}, ensure_ascii=False) + "\n"
        + json.dumps({"id": "en-wire", "text": ENGLISH_WIRE, "published": "2025-03-11", "lang": "en"}) + "\n",
        encoding="utf-8")
    return path


def _records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_cli_version_and_help(runner):
    assert runner.invoke(main, ["--version"]).output.startswith("herodotus, version")
    for command in ("extract", "ner", "ingest", "query", "export", "serve", "demo"):
        result = runner.invoke(main, [command, "--help"])
        assert result.exit_code == 0 and "Usage:" in result.output


def test_cli_extract_prints_valid_records_in_input_order(runner, corpus):
    result = runner.invoke(main, ["extract", str(corpus)])
    assert result.exit_code == 0, result.output
    records = _records(result.stdout)
    assert [r["id"] for r in records] == ["de-wire", "en-wire"]
    assert [r["lang"] for r in records] == ["de", "en"]
    for record in records:
        validate(record)
        for ev in record["events"]:
            assert ev["event_text"] == (GERMAN_WIRE if record["lang"] == "de" else ENGLISH_WIRE)[ev["evidence"]["start"]:ev["evidence"]["end"]]


def test_cli_extract_wire_report_accuse_and_quote(runner, corpus):
    record = _records(runner.invoke(main, ["extract", str(corpus)]).stdout)[0]
    accuse = [e for e in record["events"] if e["event"] == "ACCUSE"]
    assert accuse, record["events"]
    assert accuse[0]["actor"][0]["code"] == "RUS" and accuse[0]["recipient"][0]["identifier_text"]
    assert "NATO" in accuse[0]["recipient"][0]["entity_text"]
    quote = record["quotes"][0]
    assert quote["kind"] == "direct" and quote["text"] == "Wir stehen an der Seite unserer Partner"
    assert quote["speaker"]["code"] == "RUS"


def test_cli_extract_stdin_with_date_and_json_format(runner):
    result = runner.invoke(main, ["extract", "-", "--format", "json", "--lang", "de", "--date", "2025-01-07"],
                           input=GERMAN_WIRE)
    assert result.exit_code == 0, result.output
    [record] = json.loads(result.stdout)
    assert record["published"] == "2025-01-07"
    validate(record)


def test_cli_extract_bad_inputs_report_one_line_each_and_go_on(runner, tmp_path, corpus):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "bad.jsonl").write_text('{"id": "a", "text": "Die Polizei nahm zwei Männer fest."}\n{oops\n', encoding="utf-8")
    (tmp_path / "fr.jsonl").write_text('{"id": "f", "text": "Le gouvernement français a annoncé mardi de nouvelles mesures contre la crise énergétique en Europe.", "lang": "fr"}\n', encoding="utf-8")
    result = runner.invoke(main, ["extract", str(tmp_path)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert any("empty.txt" in e and "E001" in e for e in errors)
    assert any("bin.txt" in e and "E002" in e for e in errors)
    assert any("bad.jsonl:2" in e and "E003" in e for e in errors)
    assert any("fr.jsonl:1" in e and "E006" in e for e in errors)
    ids = [r["id"] for r in _records(result.stdout)]
    assert ids == ["a", "de-wire", "en-wire"]


def test_cli_ingest_is_idempotent_and_keeps_failed_articles_out(runner, tmp_path, corpus):
    db = tmp_path / "h.duckdb"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "nolang", "text": "Il governo italiano ha approvato la riforma.", "lang": "it"}\n', encoding="utf-8")
    first = runner.invoke(main, ["ingest", str(corpus), str(bad), "--db", str(db)])
    assert first.exit_code == 1 and "E006" in first.stderr
    second = runner.invoke(main, ["ingest", str(corpus), "--db", str(db)])
    assert second.exit_code == 0, second.output
    count = runner.invoke(main, ["query", "--db", str(db), "--sql", "select count(*) as n from articles", "--format", "json"])
    assert json.loads(count.stdout) == [{"n": 2}]
    problems = runner.invoke(main, ["query", "--db", str(db), "--sql", "select count(*) as n from problems", "--format", "json"])
    assert json.loads(problems.stdout)[0]["n"] >= 1


def test_cli_export_round_trip(runner, tmp_path, corpus):
    db = tmp_path / "h.duckdb"
    assert runner.invoke(main, ["ingest", str(corpus), "--db", str(db)]).exit_code == 0
    extracted = [e for r in _records(runner.invoke(main, ["extract", str(corpus)]).stdout) for e in r["events"]]
    out = tmp_path / "events.jsonl"
    result = runner.invoke(main, ["export", "--format", "plover-jsonl", "--db", str(db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    exported = [json.loads(line) for line in out.read_text().splitlines()]
    # the store keeps one event per real-world event: restatements in one article are its mentions
    distinct = {event_key(e): e for e in extracted}.values()
    assert sorted(e["event"] for e in exported) == sorted(e["event"] for e in distinct)
    tsv = runner.invoke(main, ["export", "--format", "cameo-tsv", "--db", str(db)])
    assert len(tsv.stdout.strip().splitlines()) == len(exported) + 1
    pq = tmp_path / "events.parquet"
    assert runner.invoke(main, ["export", "--format", "parquet", "--db", str(db), "-o", str(pq)]).exit_code == 0
    import pyarrow.parquet as papq

    assert papq.read_table(pq).num_rows == len(exported)


def test_cli_query_on_missing_database_is_one_line(runner, tmp_path):
    result = runner.invoke(main, ["query", "--db", str(tmp_path / "none.duckdb"), "--sql", "select 1"])
    assert result.exit_code != 0 and "does not exist" in result.output and "Traceback" not in result.output


def test_cli_ner_conll(runner, tmp_path):
    conll = tmp_path / "s.conll"
    conll.write_text("Angela\nMerkel\nbesuchte\nParis\n.\n\nDie\nNATO\ntagte\n.\n", encoding="utf-8")
    result = runner.invoke(main, ["ner", "--conll", str(conll), "--lang", "de"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.split("\n")
    tagged = [line.split("\t") for line in lines if line]
    assert [t[0] for t in tagged] == ["Angela", "Merkel", "besuchte", "Paris", ".", "Die", "NATO", "tagte", "."]
    assert [t[1] for t in tagged][:4] == ["B-PER", "I-PER", "O", "B-LOC"]
    assert lines[5] == ""


def test_cli_demo_prints_summary(runner, tmp_path):
    result = runner.invoke(main, ["demo", "--db", str(tmp_path / "demo.duckdb")])
    assert result.exit_code == 0, result.output
    assert "Events by type" in result.stdout and "Top dyads" in result.stdout and "Quotes" in result.stdout
    assert "6 articles" in result.stdout
