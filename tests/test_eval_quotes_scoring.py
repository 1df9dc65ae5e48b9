"""The quotes eval on the articles: a speaker named by common nouns counts when our mention says the same."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from herodotus.model import Document, Quote

EVAL = Path(__file__).resolve().parents[1] / "eval" / "quotes"


def _scorer():
    sys.path.insert(0, str(EVAL))
    spec = importlib.util.spec_from_file_location("quotes_eval_run", EVAL / "run.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module   # (its dataclasses look their module up)
    spec.loader.exec_module(module)
    return module


def _quote_by(text: str, speaker: str) -> tuple[Document, Quote]:
    start = text.index(speaker)
    doc = Document(id="t", text=text, lang="en")
    return doc, Quote(id="q1", kind="indirect", start=0, end=10, speaker_mention=(start, start + len(speaker)))


def test_quotes_eval_counts_a_common_noun_speaker_read_alike():
    run = _scorer()
    text = "The step was largely symbolic, analysts said, while U.S. officials said the talks would go on."
    assert run.said_alike(*_quote_by(text, "U.S. officials"), "U.S. officials")
    assert run.said_alike(*_quote_by(text, "analysts"), "Analysts")
    # another party's words are still wrong, and so is a speaker named only in part
    assert not run.said_alike(*_quote_by(text, "analysts"), "U.S. officials")
    assert not run.said_alike(*_quote_by(text, "officials"), "U.S. officials")
