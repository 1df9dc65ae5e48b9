"""Helpers for writing the hand-made articles (see build_handmade.py and round*.py).

Each helper returns the plain dict of ../shared/data/README.md's article format; `check`
fails when an evidence sentence, quote or entity mention is not an exact substring of the
article's text.
"""
from __future__ import annotations


def actor(name, country, sector):
    return {"name": name, "country": country, "sector": sector}


def event(type_, source, target, evidence, mode=None, date=None, location=None, location_country=None,
          negated=False):
    return {"type": type_, "mode": mode, "source": source, "target": target, "date": date,
            "location": location, "location_country": location_country, "negated": negated,
            "evidence": evidence}


def quote(text, speaker, kind):
    return {"quote": text, "speaker": speaker, "kind": kind}


def entity(name, type_, country, mentions):
    return {"name": name, "type": type_, "country": country, "mentions": mentions}


def check(article: dict) -> None:
    text = article["text"]
    pieces = [e["evidence"] for e in article["events"]] + [q["quote"] for q in article["quotes"]]
    pieces += [m for ent in article["entities"] for m in ent["mentions"]]
    missing = [p for p in pieces if p not in text]
    if missing:
        raise SystemExit(f"{article['id']}: not in the text: {missing}")


def paragraphs(*paras: list[str]) -> str:
    """Article text from paragraphs given as lists of sentences (sentences joined by a space,
    paragraphs by a single newline), so that evidence can name the very sentence strings."""
    return "\n".join(" ".join(p) for p in paras)
