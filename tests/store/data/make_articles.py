"""Writes articles.jsonl: hand-made German and English articles with hand-coded contract records.

Offsets are computed from the quoted substrings so they stay right when a text is edited.
Run: .venv/bin/python tests/store/data/make_articles.py
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent


def span(text: str, part: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return {"start": start, "end": start + len(part)}


def sentence(text: str, part: str) -> dict:
    """The sentence (up to the next full stop) that contains ``part``."""
    at = text.index(part)
    start = max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1, 0)
    end = text.index(".", at) + 1
    return {"start": start, "end": end}


def actor(code, sector, text, name, qid=None):
    return {"code": code, "sector": sector, "entity_text": text, "identifier_text": name, "identifier_id": qid}


def event(text, eid, etype, a, r, date, evidence_part, trigger, *, cameo, quad, goldstein, loc=None, **extra):
    return {"id": eid, "event": etype, "mode": extra.get("mode"), "context": extra.get("context", []),
            "actor": a, "recipient": r, "date": date, "date_precision": "day" if date else None,
            "event_loc": loc, "event_text": trigger, "evidence": sentence(text, evidence_part),
            "cameo": cameo, "quad_code": quad, "goldstein": goldstein, "negated": False,
            "hypothetical": False, "future": False, "confidence": extra.get("confidence", 0.8),
            "explanation": extra.get("explanation", f"trigger '{trigger}' -> {etype}")}


def entity(text, eid, etype, name, qid, code, sector, *surfaces):
    mentions = []
    for surface in surfaces:
        s = span(text, surface)
        mentions.append({"text": surface, **s})
    return {"id": eid, "type": etype, "identifier_text": name, "identifier_id": qid, "code": code,
            "sector": sector, "mentions": mentions}


def quote(text, qid, kind, content, cue, speaker, mention):
    return {"id": qid, "kind": kind, "text": content, **span(text, content),
            "cue": {"text": cue, **span(text, cue)},
            "speaker": {**speaker, "mention": {"text": mention, **span(text, mention)}}}


DAMASCUS = {"name": "Damaskus", "country": "SYR", "lat": 33.5102, "lon": 36.2913, "geonameid": 170654}
ISR = actor("ISR", "MIL", "Israel", "Israel", "Q801")
SYR = actor("SYR", None, "Syrien", "Syria", "Q858")
TUR_PM = actor("TUR", "GOV", "Erdogan", "Recep Tayyip Erdoğan", "Q39259")


def de_strike():
    text = ("Israel fliegt Luftangriffe bei Damaskus\n"
            "Israel hat am Donnerstag Ziele nahe der syrischen Hauptstadt Damaskus aus der Luft angegriffen. "
            "Der türkische Präsident Erdogan warf Israel vor, die Region zu destabilisieren. "
            "„Diese Angriffe sind völlig inakzeptabel“, sagte Erdogan in Ankara. "
            "Syrien kündigte an, den UN-Sicherheitsrat anzurufen.")
    events = [
        event(text, "ev1", "ASSAULT", [ISR], [SYR], "2024-05-02", "Israel hat am Donnerstag", "angegriffen",
              cameo="195", quad=4, goldstein=-10.0, loc=DAMASCUS, mode="aerial"),
        event(text, "ev2", "ACCUSE", [TUR_PM], [actor("ISR", None, "Israel", "Israel", "Q801")], "2024-05-03",
              "warf Israel vor", "warf vor", cameo="112", quad=3, goldstein=-2.0),
    ]
    entities = [
        entity(text, "e1", "GPE", "Israel", "Q801", "ISR", None, "Israel"),
        entity(text, "e2", "GPE", "Syria", "Q858", "SYR", None, "Syrien"),
        entity(text, "e3", "PER", "Recep Tayyip Erdoğan", "Q39259", "TUR", "GOV", "Erdogan"),
        entity(text, "e4", "LOC", "Damascus", "Q3766", "SYR", None, "Damaskus"),
    ]
    quotes = [quote(text, "q1", "direct", "Diese Angriffe sind völlig inakzeptabel", "sagte",
                    TUR_PM, "Erdogan in Ankara"[:7])]
    quotes[0]["speaker"]["mention"] = {"text": "Erdogan", **span(text, "Erdogan", 1)}
    return {"id": "de-strike", "lang": "de", "published": "2024-05-03",
            "title": "Israel fliegt Luftangriffe bei Damaskus", "url": "https://www.tagesschau.de/a/1",
            "source": "tagesschau.de", "text": text, "events": events, "quotes": quotes, "entities": entities}


EN_STRIKE_TEXT = (
    "Israeli jets strike targets near Damascus\n"
    "Israeli warplanes struck several military sites near the Syrian capital Damascus on Thursday night, "
    "according to a war monitor based in Britain. The strikes hit weapons depots that officials said were "
    "meant for Hezbollah fighters in Lebanon. Syria's foreign ministry condemned the attack as a flagrant "
    "violation of its sovereignty and said it would complain to the United Nations Security Council. "
    "Residents of the city reported loud explosions and smoke rising over the southern districts for "
    "several hours after the raid. The Israeli army declined to comment on the reports, in line with its "
    "usual practice of not discussing operations in Syria.")


def en_strike(text=EN_STRIKE_TEXT, doc_id="en-strike", source="reuters.com", url="https://www.reuters.com/x"):
    israel = actor("ISR", "MIL", "Israeli warplanes", "Israel", "Q801")
    syria = actor("SYR", "GOV", "Syria's foreign ministry", "Syria", "Q858")
    events = [
        event(text, "ev1", "ASSAULT", [israel], [actor("SYR", None, "Syrian", "Syria", "Q858")], "2024-05-02",
              "Israeli warplanes struck", "struck", cameo="195", quad=4, goldstein=-10.0, loc=DAMASCUS,
              mode="aerial"),
        event(text, "ev2", "ACCUSE", [syria], [actor("ISR", None, "Israel", "Israel", "Q801")], None,
              "condemned the attack", "condemned", cameo="122", quad=3, goldstein=-2.0),
    ]
    entities = [
        entity(text, "e1", "GPE", "Israel", "Q801", "ISR", None, "Israeli"),
        entity(text, "e2", "GPE", "Syria", "Q858", "SYR", None, "Syria's"),
        entity(text, "e3", "LOC", "Damascus", "Q3766", "SYR", None, "Damascus"),
        entity(text, "e4", "ORG", "Hezbollah", "Q41053", "LBN", "REB", "Hezbollah"),
    ]
    return {"id": doc_id, "lang": "en", "published": "2024-05-03",
            "title": text.split("\n")[0], "url": url, "source": source, "text": text,
            "events": events, "quotes": [], "entities": entities}


def en_strike_copy():
    """A syndicated copy: new headline, one word changed; same events."""
    text = EN_STRIKE_TEXT.replace("Israeli jets strike targets near Damascus",
                                  "Israel hits sites near Syrian capital").replace("loud explosions",
                                                                                    "heavy explosions")
    return en_strike(text, "en-strike-copy", "news.yahoo.com", "https://news.yahoo.com/y")


def en_talks():
    text = ("India and Pakistan hold rare talks\n"
            "The foreign ministers of India and Pakistan met in Astana on Monday on the sidelines of a regional "
            "summit. Indian Foreign Minister Subrahmanyam Jaishankar said the two sides had agreed to restore "
            "a hotline between their military commanders. \"We have to start somewhere,\" Jaishankar told "
            "reporters after the meeting. Pakistan's foreign office called the talks constructive.")
    india = actor("IND", "GOV", "Indian Foreign Minister Subrahmanyam Jaishankar", "Subrahmanyam Jaishankar", "Q7631393")
    pakistan = actor("PAK", "GOV", "Pakistan", "Pakistan", "Q843")
    astana = {"name": "Astana", "country": "KAZ", "lat": 51.1801, "lon": 71.446, "geonameid": 1526273}
    events = [
        event(text, "ev1", "CONSULT", [actor("IND", "GOV", "India", "India", "Q668")], [pakistan], "2024-06-10",
              "The foreign ministers of India", "met", cameo="043", quad=1, goldstein=2.8, loc=astana),
        event(text, "ev2", "AGREE", [india], [pakistan], "2024-06-10", "had agreed to restore", "agreed",
              cameo="057", quad=1, goldstein=8.0, loc=astana),
    ]
    entities = [
        entity(text, "e1", "GPE", "India", "Q668", "IND", None, "India"),
        entity(text, "e2", "GPE", "Pakistan", "Q843", "PAK", None, "Pakistan"),
        entity(text, "e3", "PER", "Subrahmanyam Jaishankar", "Q7631393", "IND", "GOV", "Subrahmanyam Jaishankar"),
        entity(text, "e4", "LOC", "Astana", "Q1520", "KAZ", None, "Astana"),
    ]
    q = quote(text, "q1", "direct", "We have to start somewhere,", "told", india, "Jaishankar")
    q["speaker"]["mention"] = {"text": "Jaishankar", **span(text, "Jaishankar", 1)}
    return {"id": "en-talks", "lang": "en", "published": "2024-06-11", "title": "India and Pakistan hold rare talks",
            "url": "https://www.thehindu.com/t", "source": "thehindu.com", "text": text, "events": [
                *events], "quotes": [q], "entities": entities}


def de_aid():
    text = ("Deutschland schickt weitere Hilfe in die Ukraine\n"
            "Die Bundesregierung hat der Ukraine am Mittwoch weitere Luftabwehrsysteme zugesagt. "
            "Bundeskanzler Scholz sagte in Berlin, Deutschland werde die Ukraine so lange unterstützen wie nötig. "
            "Moskau drohte Berlin daraufhin mit Konsequenzen.")
    deu = actor("DEU", "GOV", "Die Bundesregierung", "Germany", "Q183")
    ukr = actor("UKR", None, "Ukraine", "Ukraine", "Q212")
    events = [
        event(text, "ev1", "AID", [deu], [ukr], "2024-06-12", "Die Bundesregierung hat", "zugesagt",
              cameo="070", quad=2, goldstein=7.0,
              loc={"name": "Berlin", "country": "DEU", "lat": 52.52, "lon": 13.405, "geonameid": 2950159}),
        event(text, "ev2", "THREATEN", [actor("RUS", "GOV", "Moskau", "Russia", "Q159")],
              [actor("DEU", "GOV", "Berlin", "Germany", "Q183")], "2024-06-12", "Moskau drohte", "drohte",
              cameo="130", quad=3, goldstein=-4.4,
              loc={"name": "Moskau", "country": "RUS", "lat": 55.7522, "lon": 37.6156, "geonameid": 524901}),
    ]
    scholz = actor("DEU", "GOV", "Bundeskanzler Scholz", "Olaf Scholz", "Q61053")
    entities = [
        entity(text, "e1", "GPE", "Germany", "Q183", "DEU", "GOV", "Bundesregierung"),
        entity(text, "e2", "GPE", "Ukraine", "Q212", "UKR", None, "Ukraine"),
        entity(text, "e3", "PER", "Olaf Scholz", "Q61053", "DEU", "GOV", "Bundeskanzler Scholz"),
        entity(text, "e4", "GPE", "Russia", "Q159", "RUS", "GOV", "Moskau"),
    ]
    q = quote(text, "q1", "indirect", "Deutschland werde die Ukraine so lange unterstützen wie nötig", "sagte",
              scholz, "Bundeskanzler Scholz")
    return {"id": "de-aid", "lang": "de", "published": "2024-06-12", "title": "Deutschland schickt weitere Hilfe",
            "url": "https://www.dw.com/de/a", "source": "dw.com", "text": text, "events": events,
            "quotes": [q], "entities": entities}


def en_hostile():
    """Markup in an article must show as text: nothing in it may run in the dashboard."""
    text = ("Protest <script>window.__pwned = 1</script> in Paris\n"
            "Thousands of farmers protested against the European Commission in Paris on Tuesday. "
            "Organisers handed out leaflets reading <img src=x onerror=\"window.__pwned = 2\"> to passers-by.")
    farmers = actor("FRA", "CVL", "Thousands of farmers", "farmers", None)
    eu = actor("EUR", "IGO", "the European Commission", "European Commission", "Q8880")
    events = [event(text, "ev1", "PROTEST", [farmers], [eu], "2024-02-06", "Thousands of farmers protested",
                    "protested", cameo="141", quad=3, goldstein=-6.5,
                    loc={"name": "Paris", "country": "FRA", "lat": 48.8534, "lon": 2.3488, "geonameid": 2988507})]
    entities = [entity(text, "e1", "ORG", "European Commission", "Q8880", "EUR", "IGO", "European Commission")]
    return {"id": "en-hostile", "lang": "en", "published": "2024-02-06", "title": "Protest <b>in</b> Paris",
            "url": None, "source": None, "text": text, "events": events, "quotes": [], "entities": entities}


def main() -> None:
    rows = [de_strike(), en_strike(), en_strike_copy(), en_talks(), de_aid(), en_hostile()]
    with (HERE / "articles.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
