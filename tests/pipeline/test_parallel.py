"""Coding in worker processes gives the same records, in input order, and reports errors per document."""
import json

from click.testing import CliRunner

from herodotus.cli import main
from herodotus.model import Document
from herodotus.pipeline.parallel import code_all

from texts import GERMAN_WIRE


def _shout(doc: Document) -> Document:
    if "kaputt" in doc.text:
        raise ValueError(f"cannot code {doc.id}")
    doc.title = doc.text.upper()
    return doc


def test_workers_keep_order_and_report_errors():
    docs = [Document(id=str(k), text="kaputt" if k == 3 else f"Text {k}", lang="de") for k in range(8)]
    results = list(code_all(_shout, docs, workers=2))
    assert [doc.id for doc, _ in results] == [str(k) for k in range(8)]
    assert [doc.title for doc, error in results if error is None] == [f"TEXT {k}" for k in range(8) if k != 3]
    failed = [(doc.id, str(error)) for doc, error in results if error is not None]
    assert failed == [("3", "cannot code 3")]


def test_extract_with_two_workers_matches_one(tmp_path):
    lines = [json.dumps({"id": f"a{k}", "text": GERMAN_WIRE, "lang": "de", "published": "2024-03-04"})
             for k in range(3)]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    runner = CliRunner()
    one = runner.invoke(main, ["extract", str(src)])
    two = runner.invoke(main, ["extract", "--workers", "2", str(src)])
    assert one.exit_code == 0 and two.exit_code == 0, two.output
    records = [json.loads(line) for line in two.output.splitlines() if line.startswith("{")]
    assert [r["id"] for r in records] == ["a0", "a1", "a2"]
    assert one.output == two.output
    assert any(e["event"] == "ACCUSE" for e in records[0]["events"])
