"""Reading inputs: every bad-input case gives one Problem naming the file (and line)."""
from __future__ import annotations

import io
import json
from datetime import date

import pytest

from herodotus.pipeline.ingest import Problem, read_inputs
from herodotus.model import Document


def _items(*paths, **kw):
    return list(read_inputs([str(p) for p in paths], **kw))


def test_ingest_reads_txt_jsonl_html_and_directory(tmp_path):
    (tmp_path / "a.txt").write_text("Der Bundestag hat am Freitag das Gesetz beschlossen.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.jsonl").write_text(
        json.dumps({"id": "x1", "text": "Police arrested two men.", "published": "2024-05-01", "lang": "en"}) + "\n"
        + json.dumps({"id": "x2", "text": "Die Polizei nahm zwei Männer fest."}) + "\n", encoding="utf-8")
    (tmp_path / "c.html").write_text(
        "<html><head><title>Gipfel in Brüssel</title>"
        "<meta property='article:published_time' content='2024-03-21T10:00:00Z'></head><body><nav>Menü Startseite</nav><article><h1>Gipfel in Brüssel</h1>"
        "<p>Die Staats- und Regierungschefs der EU haben sich am Donnerstag in Brüssel auf neue Sanktionen gegen "
        "Russland geeinigt. Das teilte der Ratspräsident nach stundenlangen Verhandlungen mit.</p>"
        "<p>Ungarn hatte zuvor mit einem Veto gedroht, lenkte aber schließlich ein.</p></article>"
        "<footer>Impressum</footer></body></html>", encoding="utf-8")
    (tmp_path / "ignored.csv").write_text("a,b\n", encoding="utf-8")
    items = _items(tmp_path)
    assert all(isinstance(i, Document) for i in items)
    assert [i.id for i in items] == ["a", "c", "x1", "x2"]
    html = items[1]
    assert "Sanktionen gegen Russland" in html.text and "Impressum" not in html.text
    assert html.title == "Gipfel in Brüssel" and html.published == date(2024, 3, 21)
    assert items[2].published == date(2024, 5, 1) and items[2].lang == "en"
    assert items[3].origin.endswith("b.jsonl:2")


def test_ingest_date_option_fills_missing_publication_date(tmp_path):
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"id": "1", "text": "Text eins."}) + "\n" + json.dumps({"id": "2", "text": "Text zwei.", "published": "2020-01-02"}) + "\n")
    docs = _items(tmp_path / "a.jsonl", published=date(2024, 3, 4))
    assert [d.published for d in docs] == [date(2024, 3, 4), date(2020, 1, 2)]


def test_ingest_stdin_text_and_jsonl():
    [doc] = list(read_inputs(["-"], stdin=io.BytesIO("Ein Artikel aus der Standardeingabe.".encode())))
    assert doc.text.startswith("Ein Artikel")
    docs = list(read_inputs(["-"], stdin=io.BytesIO(b'{"id": "s1", "text": "One."}\n{"id": "s2", "text": "Two."}\n')))
    assert [d.id for d in docs] == ["s1", "s2"]


@pytest.mark.parametrize("name, content, code, line", [
    ("empty.txt", b"", "E001", None),
    ("blank.jsonl", b"\n  \n", "E001", None),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "E002", None),
    ("latin1.txt", "Die Regierung äußerte sich.".encode("latin-1"), "E002", None),
    ("bad.jsonl", b'{"id": "ok", "text": "Fine."}\n{"id": "broken", "text": \n', "E003", 2),
    ("notext.jsonl", b'{"id": "n1", "title": "no text"}\n', "E004", 1),
    ("emptytext.jsonl", b'{"id": "n2", "text": "   "}\n', "E004", 1),
    ("list.jsonl", b'["not", "an", "object"]\n', "E011", 1),
    ("baddate.jsonl", b'{"id": "d", "text": "Text.", "published": "gestern"}\n', "E009", 1),
    ("table.csv", b"a,b\n", "E008", None),
])
def test_ingest_bad_input_is_one_problem_naming_the_file(tmp_path, name, content, code, line):
    path = tmp_path / name
    path.write_bytes(content)
    problems = [i for i in _items(path) if isinstance(i, Problem)]
    assert len(problems) == 1
    problem = problems[0]
    assert problem.message.startswith(f"[{code}]")
    assert name in problem.message
    assert problem.line == line
    if line:
        assert f"{name}:{line}:" in problem.message


def test_ingest_bad_line_does_not_stop_the_rest_of_the_file(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"id": "a", "text": "Erster."}\nnot json\n{"id": "c", "text": "Dritter."}\n', encoding="utf-8")
    items = _items(path)
    assert [type(i).__name__ for i in items] == ["Document", "Problem", "Document"]


def test_ingest_text_over_size_limit_is_rejected(tmp_path, monkeypatch):
    from herodotus import config

    monkeypatch.setattr(config, "settings", lambda: config.Settings(max_text_bytes=100))
    import herodotus.pipeline.ingest as ingest

    monkeypatch.setattr(ingest, "settings", lambda: config.Settings(max_text_bytes=100))
    path = tmp_path / "long.jsonl"
    path.write_text(json.dumps({"id": "L", "text": "Wort " * 50}) + "\n", encoding="utf-8")
    [problem] = _items(path)
    assert isinstance(problem, Problem) and problem.message.startswith("[E005]") and "long.jsonl:1" in problem.message


def test_ingest_missing_path_is_reported(tmp_path):
    [problem] = _items(tmp_path / "nope.txt")
    assert isinstance(problem, Problem) and problem.message.startswith("[E007]")
