"""A generated corpus of contract records for store benchmarks and scale tests.

The articles are synthetic but shaped like the real thing: 24 state actors with their
capitals, the 16 PLOVER types with CAMEO codes and Goldstein scores, two years of dates,
1-3 events per article drawn from a shared pool of "world events" (so several articles
report the same event and deduplication has work to do), a quote per article, and
every ``copy_every``-th article a syndicated copy of an earlier one (new headline, one
word changed). Offsets are exact, so every record is valid input for ``Store.ingest``.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Iterator

# code, name, Wikidata id, capital, lat, lon
STATES = [
    ("USA", "United States", "Q30", "Washington", 38.895, -77.036), ("RUS", "Russia", "Q159", "Moscow", 55.752, 37.616),
    ("CHN", "China", "Q148", "Beijing", 39.907, 116.397), ("DEU", "Germany", "Q183", "Berlin", 52.524, 13.411),
    ("FRA", "France", "Q142", "Paris", 48.853, 2.349), ("GBR", "United Kingdom", "Q145", "London", 51.509, -0.126),
    ("IND", "India", "Q668", "New Delhi", 28.636, 77.224), ("PAK", "Pakistan", "Q843", "Islamabad", 33.721, 73.043),
    ("ISR", "Israel", "Q801", "Jerusalem", 31.769, 35.216), ("SYR", "Syria", "Q858", "Damascus", 33.510, 36.291),
    ("IRN", "Iran", "Q794", "Tehran", 35.694, 51.422), ("TUR", "Turkey", "Q43", "Ankara", 39.920, 32.854),
    ("UKR", "Ukraine", "Q212", "Kyiv", 50.454, 30.524), ("POL", "Poland", "Q36", "Warsaw", 52.230, 21.012),
    ("JPN", "Japan", "Q17", "Tokyo", 35.690, 139.692), ("KOR", "South Korea", "Q884", "Seoul", 37.566, 126.978),
    ("PRK", "North Korea", "Q423", "Pyongyang", 39.034, 125.754), ("BRA", "Brazil", "Q155", "Brasilia", -15.780, -47.929),
    ("ZAF", "South Africa", "Q258", "Pretoria", -25.745, 28.188), ("EGY", "Egypt", "Q79", "Cairo", 30.063, 31.249),
    ("SAU", "Saudi Arabia", "Q851", "Riyadh", 24.688, 46.722), ("NGA", "Nigeria", "Q1033", "Abuja", 9.058, 7.489),
    ("MEX", "Mexico", "Q96", "Mexico City", 19.428, -99.128), ("AUS", "Australia", "Q408", "Canberra", -35.283, 149.128),
]
SECTORS = ["GOV", "MIL", "GOV", "LEG", None]
# PLOVER type: CAMEO root, quad class, Goldstein, verb phrase
TYPES = {
    "AGREE": ("057", 1, 8.0, "signed an agreement with"), "CONSULT": ("043", 1, 2.8, "held talks with"),
    "SUPPORT": ("051", 1, 3.4, "praised"), "CONCEDE": ("081", 2, 5.0, "eased restrictions on"),
    "COOPERATE": ("061", 2, 6.4, "agreed to cooperate with"), "AID": ("070", 2, 7.0, "sent aid to"),
    "RETREAT": ("087", 2, 9.0, "withdrew troops from"), "REQUEST": ("020", 1, 3.0, "asked for help from"),
    "ACCUSE": ("112", 3, -2.0, "accused"), "REJECT": ("120", 3, -4.0, "rejected a proposal by"),
    "THREATEN": ("130", 3, -4.4, "threatened"), "PROTEST": ("141", 3, -6.5, "protested against"),
    "SANCTION": ("163", 4, -8.0, "imposed sanctions on"), "MOBILIZE": ("154", 4, -7.2, "mobilised troops against"),
    "COERCE": ("172", 4, -5.0, "expelled diplomats of"), "ASSAULT": ("190", 4, -10.0, "attacked"),
}
WORDS = ("officials analysts ministry statement week talks region border economy trade energy prices "
         "government parliament opposition election summit security council forces capital agency report "
         "spokesman president minister leaders crisis conflict negotiations deal sanctions aid support "
         "harbour pipeline grain exports imports currency inflation protesters police court ruling law "
         "budget defence alliance visit delegation envoy observers monitors embassy treaty ceasefire "
         "frontier villages refugees shelters hospitals schools farmers workers unions strike markets").split()
START = date(2023, 1, 1)


@dataclass(frozen=True, slots=True)
class WorldEvent:
    type: str
    actor: int
    recipient: int
    day: date
    sector: str | None


def world_events(count: int, seed: int = 7) -> list[WorldEvent]:
    rng = random.Random(seed)
    pool = []
    for _ in range(count):
        a, r = rng.sample(range(len(STATES)), 2)
        # Conflict-heavy dyads recur, as in real news: weight the first eight states.
        if rng.random() < 0.5:
            a, r = rng.sample(range(8), 2)
        pool.append(WorldEvent(rng.choice(list(TYPES)), a, r, START + timedelta(days=rng.randrange(730)),
                               rng.choice(SECTORS)))
    return pool


def _actor(i: int, sector: str | None) -> dict[str, Any]:
    code, name, qid, *_ = STATES[i]
    return {"code": code, "sector": sector, "entity_text": name, "identifier_text": name, "identifier_id": qid}


def _filler(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def article(i: int, pool: list[WorldEvent], rng: random.Random) -> dict[str, Any]:
    """One synthetic English article reporting 1-3 events from the pool."""
    reported = rng.sample(pool, rng.randint(1, 3))
    parts: list[str] = []
    title = f"Report {i}: {STATES[reported[0].actor][1]} and {STATES[reported[0].recipient][1]}"
    pos = len(title) + 1
    events: list[dict[str, Any]] = []
    mentions: dict[int, tuple[int, int]] = {}
    for n, world in enumerate(reported):
        code_a, name_a, *_ = STATES[world.actor]
        _, name_r, _, capital, lat, lon = STATES[world.recipient]
        cameo, quad, goldstein, verb = TYPES[world.type]
        sentence = f"{name_a} {verb} {name_r} on {world.day:%d %B %Y} in {capital}, officials said."
        filler = _filler(rng, rng.randint(40, 90))
        start = pos
        parts += [sentence, filler]
        pos += len(sentence) + 1 + len(filler) + 1
        mentions.setdefault(world.actor, (start, start + len(name_a)))
        r_at = start + sentence.index(name_r, len(name_a))
        mentions.setdefault(world.recipient, (r_at, r_at + len(name_r)))
        events.append({
            "id": f"ev{n + 1}", "event": world.type, "mode": None, "context": [],
            "actor": [_actor(world.actor, world.sector)], "recipient": [_actor(world.recipient, None)],
            "date": world.day.isoformat(), "date_precision": "day",
            "event_loc": {"name": capital, "country": STATES[world.recipient][0], "lat": lat, "lon": lon,
                          "geonameid": None},
            "event_text": verb, "evidence": {"start": start, "end": start + len(sentence)},
            "cameo": cameo, "quad_code": quad, "goldstein": goldstein, "negated": False, "hypothetical": False,
            "future": False, "confidence": round(rng.uniform(0.5, 0.99), 2), "explanation": f"synthetic: '{verb}'"})
    speaker = STATES[reported[0].actor]
    said = f"\"We will not accept this,\" a spokesman for {speaker[1]} said."
    q_start = pos + 1
    parts.append(said)
    text = title + "\n" + " ".join(parts)
    cue_at = text.rindex(" said.") + 1
    quote = {"id": "q1", "kind": "direct", "text": "We will not accept this,", "start": q_start,
             "end": q_start + len("We will not accept this,"), "cue": {"text": "said", "start": cue_at, "end": cue_at + 4},
             "speaker": {**_actor(reported[0].actor, "GOV"), "mention": {"text": "a spokesman",
                         "start": text.rindex("a spokesman"), "end": text.rindex("a spokesman") + 11}}}
    entities = [{"id": f"e{k}", "type": "GPE", "identifier_text": STATES[s][1], "identifier_id": STATES[s][2],
                 "code": STATES[s][0], "sector": None,
                 "mentions": [{"text": text[a:b], "start": a, "end": b}]} for k, (s, (a, b)) in enumerate(mentions.items())]
    published = max(w.day for w in reported) + timedelta(days=rng.randint(0, 1))
    return {"id": f"syn-{i}", "lang": "en", "published": published.isoformat(), "title": title, "text": text,
            "url": f"https://news{i % 40}.example/{i}", "source": f"news{i % 40}.example",
            "events": events, "quotes": [quote], "entities": entities}


def syndicated_copy(original: dict[str, Any], i: int) -> dict[str, Any]:
    """The same story under another outlet's headline, one word changed; offsets re-based."""
    old_title = original["title"]
    title = f"Syndicated {i}: " + old_title.split(": ", 1)[1]
    shift = len(title) - len(old_title)
    text = title + original["text"][len(old_title):]
    text = text.replace("officials said.", "officials stated.", 1)
    first_evidence_end = original["events"][0]["evidence"]["end"]
    delta = len("stated") - len("said")

    def move(start: int, end: int) -> tuple[int, int]:
        start += shift + (delta if start >= first_evidence_end else 0)
        end += shift + (delta if end >= first_evidence_end else 0)
        return start, end

    def span(obj: dict[str, Any]) -> dict[str, Any]:
        start, end = move(obj["start"], obj["end"])
        return {**obj, "start": start, "end": end}

    events = [{**e, "evidence": span(e["evidence"])} for e in original["events"]]
    quotes = [{**q, **span({"start": q["start"], "end": q["end"]}), "cue": span(q["cue"]),
               "speaker": {**q["speaker"], "mention": span(q["speaker"]["mention"])}} for q in original["quotes"]]
    entities = [{**e, "mentions": [span(m) for m in e["mentions"]]} for e in original["entities"]]
    return {**original, "id": f"syn-{i}", "title": title, "text": text, "url": f"https://wire{i % 7}.example/{i}",
            "source": f"wire{i % 7}.example", "events": events, "quotes": quotes, "entities": entities}


def corpus(count: int, *, seed: int = 11, copy_every: int = 10, pool_size: int | None = None) -> Iterator[dict[str, Any]]:
    """``count`` records; every ``copy_every``-th is a syndicated copy of an earlier article."""
    rng = random.Random(seed)
    pool = world_events(pool_size or max(10, count))
    originals: list[dict[str, Any]] = []
    for i in range(count):
        if copy_every and i % copy_every == copy_every - 1 and originals:
            yield syndicated_copy(rng.choice(originals[-200:]), i)
            continue
        record = article(i, pool, rng)
        originals.append(record)
        yield record
