"""Time expressions: found per sentence with per-language patterns and resolved against the
publication date (``doc.published``).

What is found (German and English; word lists in ``lang/<de|en>/date_patterns.py``):
full dates ("7. Oktober 2023", "October 7, 2023", "07.10.2023", "2023-10-07"), dates without a year
("am 7. Oktober", "October 7"), months ("im März", "March 2019", "Anfang Mai"), years ("2019",
"im Jahr 2019"), weekdays ("am Dienstag", "Dienstagabend", "on Tuesday", "last Friday"), relative
days ("gestern", "heute", "yesterday", "am gestrigen Samstag") and relative weeks, months and years
("vorige Woche", "Ende vergangener Woche", "im kommenden Jahr", "last week", "next month").

How values are resolved (``value`` is the first day of the period; a week starts on Monday):
- Weekdays: news reports past events, so a bare weekday is the most recent such day on or before
  publication ("am Dienstag" in a Thursday paper is two days earlier; in a Tuesday paper the same
  day). When the sentence speaks about the future ("wird", "will", "plant", "next") it is the next
  such day after publication. "vergangenen/last" forces the past (strictly before publication),
  "kommenden/next" the future.
- Dates and months without a year take the publication year; a past-tense date more than a week
  after publication moves to the year before, a future-tense one more than a week before
  publication to the year after.
- Without a publication date, everything that needs it (weekdays, relative words, dates without a
  year) keeps ``value = None`` and ``precision = None`` (the annotation conventions of the dev set).
dateparser is not used: its ``search_dates`` reads German "Die" as Tuesday; patterns are safer.

Evaluation (``eval/dates/run.py``): see ``eval/dates/README.md`` for the current figures.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from types import ModuleType

from ..lang import resource
from ..model import Document, TimeExpression

SOURCE = "dates.v1"
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


@dataclass(frozen=True, slots=True)
class Hit:
    kind: str
    start: int
    end: int
    groups: dict[str, str | None]


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=4)
def compiled(lang: str) -> dict[str, re.Pattern[str]]:
    """The patterns of one language, built from its word lists."""
    pat = resource(lang, "date_patterns")
    months, weekdays = _alt(pat.MONTHS), _alt(pat.WEEKDAYS)
    mods = _alt((*pat.PAST_MODIFIERS, *pat.FUTURE_MODIFIERS, *pat.THIS_MODIFIERS, *pat.DAY_ADJECTIVES))
    unit_mods = _alt((*pat.PAST_MODIFIERS, *pat.FUTURE_MODIFIERS, *pat.THIS_MODIFIERS))
    parts = _alt(pat.PART_WORDS)
    lead = _alt(pat.LEAD_WORDS)
    de_part = _alt(pat.DAY_PARTS) if lang == "de" else "(?!)"
    en_part = _alt(pat.DAY_PARTS) if lang != "de" else "(?!)"
    flags = re.IGNORECASE
    p = {
        "iso": r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b",
        "numeric": r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b",
        "dmy": (rf"(?:\b(?:{lead})\s+)?\b(?P<d>\d{{1,2}})(?:\.|st|nd|rd|th)?\s+(?:of\s+)?"
                rf"(?P<mon>{months})\b\.?(?:,?\s+(?P<y>\d{{4}})\b)?"),
        "my": rf"(?:\b(?:{parts}|{lead})\s+)?\b(?P<mon>{months})\b\.?\s+(?P<y>\d{{4}})\b",
        "m": rf"\b(?:{parts}|{lead})\s+(?P<mon>{months})\b(?!\.?\s*\d)",
        "weekday": (rf"(?:\b(?:{lead}|an)\s+)?(?:\b(?P<mod>{mods})\s+)?\b(?P<wd>{weekdays})"
                    rf"(?:{de_part})?\b(?:\s+(?:{en_part})\b)?"),
        "relday": rf"\b(?P<rel>{_alt(pat.RELATIVE_DAYS)})\b",
        "relunit": (rf"(?:\b(?:{parts})\s+)?(?:\b(?:im|in|am|an|der|des|dem|the)\s+)?"
                    rf"\b(?P<mod>{unit_mods})\s+(?P<unit>{_alt(pat.UNITS)})\b"),
        "year": rf"(?:\b(?:im\s+Jahre?|in\s+the\s+year|{parts}|{lead})\s+)?\b(?P<y>(?:19|20)\d{{2}})\b(?![.,:]\d)",
    }
    if lang != "de":
        p["mdy"] = (rf"(?:\b(?:{lead})\s+)?\b(?P<mon>{months})\b\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b"
                    rf"(?!\s*[.:]\d)(?:,?\s+(?P<y>\d{{4}})\b)?")
    p["weekend"] = rf"\b(?:{_alt(pat.WEEKEND_PHRASES)})\b"
    if pat.RELATIVE_UNITS:
        p["relword"] = rf"(?:\b(?:im|in\s+der|in\s+dem|seit\s+dem)\s+)?\b(?P<ru>{_alt(pat.RELATIVE_UNITS)})(?:e?s)?\b"
    return {kind: re.compile(rx, flags) for kind, rx in p.items()}


def find(text: str, start: int, end: int, lang: str) -> list[Hit]:
    """Non-overlapping matches in ``text[start:end]``, longest first, returned in text order."""
    pat = resource(lang, "date_patterns")
    hits = []
    for kind, rx in compiled(lang).items():
        for m in rx.finditer(text, start, end):
            if _plausible(kind, m, text, pat):
                stop = m.end()
                month = (m.groupdict().get("mon") or "").casefold()
                if text[stop - 1] == "." and month and month not in _abbreviations(lang):
                    stop -= 1       # a sentence end after "Juli", not the period of "Okt."
                hits.append(Hit(kind, m.start(), stop, m.groupdict()))
    chosen: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        if all(hit.end <= c.start or hit.start >= c.end for c in chosen):
            chosen.append(hit)
    return sorted(chosen, key=lambda h: h.start)


@lru_cache(maxsize=4)
def _abbreviations(lang: str) -> frozenset[str]:
    """Month keys that shorten a longer key of the same month ("okt", "sept"), written with a period."""
    months = resource(lang, "date_patterns").MONTHS
    return frozenset(k for k in months if any(o != k and o.startswith(k) and months[o] == months[k] for o in months))


def _plausible(kind: str, m: re.Match[str], text: str, pat: ModuleType) -> bool:
    """Case and context checks the case-insensitive patterns cannot make."""
    for name in ("mon", "wd"):
        word = m.groupdict().get(name)
        if word and not word[0].isupper():
            return False
    rel = m.groupdict().get("rel")
    if rel and rel.casefold() == "morgen" and rel != "morgen":     # "Morgen" is the noun
        return False
    if kind == "weekday" and _in_newspaper_name(m, text, pat):
        return False
    if kind == "year" and m.group().strip() == m.group("y"):
        before = text[max(0, m.start() - 15):m.start()].casefold().rstrip()
        after = text[m.end():m.end() + 15].casefold().lstrip()
        if before.endswith(pat.QUANTITY_WORDS) or after.startswith(pat.COUNT_WORDS):
            return False
    return True


def _in_newspaper_name(m: re.Match[str], text: str, pat: ModuleType) -> bool:
    """"Welt am Sonntag", "Mail on Sunday", "Sunday Times": a paper, not a day."""
    before = text[max(0, m.start() - 25):m.start()].casefold().rstrip()
    after = text[m.end():m.end() + 12].lstrip()
    return before.endswith(pat.NAME_BEFORE) or (after[:1].isupper() and after.casefold().startswith(pat.NAME_AFTER))


class Resolver:
    """Turns matches into dates, given the publication date and the sentence's tense."""

    def __init__(self, lang: str, published: date | None) -> None:
        self.pat = resource(lang, "date_patterns")
        self.published = published

    def resolve(self, hit: Hit, future: bool) -> tuple[date | None, str | None]:
        g = hit.groups
        try:
            if hit.kind in ("iso", "numeric"):
                return date(int(g["y"]), int(g["m"]), int(g["d"])), "day"
            if hit.kind in ("dmy", "mdy"):
                return self.day_month(int(g["d"]), self.month(g["mon"]), g.get("y"), future)
            if hit.kind == "my":
                return date(int(g["y"]), self.month(g["mon"]), 1), "month"
            if hit.kind == "m":
                return self.month_only(self.month(g["mon"]), future)
            if hit.kind == "year":
                return date(int(g["y"]), 1, 1), "year"
        except ValueError:           # 31 February and the like
            return None, None
        pub = self.published
        if pub is None:
            return None, None
        if hit.kind == "weekday":
            return self.weekday(pub, g["wd"], g.get("mod"), future), "day"
        if hit.kind == "relday":
            offset = self.pat.RELATIVE_DAYS[" ".join(g["rel"].casefold().split())]
            return pub + timedelta(days=offset), "day"
        if hit.kind == "relunit":
            return relative_unit(pub, self.pat.UNITS[g["unit"].casefold()], self.step(g["mod"]), future)
        if hit.kind == "weekend":
            return relative_unit(pub, "weekend", 0, future)
        if hit.kind == "relword":
            unit, step = self.pat.RELATIVE_UNITS[g["ru"].casefold()]
            return relative_unit(pub, unit, step, future)
        return None, None

    def month(self, word: str) -> int:
        return self.pat.MONTHS[word.casefold().rstrip(".")]

    def step(self, modifier: str | None) -> int:
        mod = " ".join((modifier or "").casefold().split())
        if mod in self.pat.PAST_MODIFIERS:
            return -1
        if mod in self.pat.FUTURE_MODIFIERS:
            return 1
        return 0

    def day_month(self, day: int, month: int, year: str | None, future: bool) -> tuple[date | None, str | None]:
        if year:
            return date(int(year), month, day), "day"
        if self.published is None:
            return None, None
        return shift_year(self.published, date(self.published.year, month, day), future), "day"

    def month_only(self, month: int, future: bool) -> tuple[date | None, str | None]:
        if self.published is None:
            return None, None
        value = date(self.published.year, month, 1)
        pub_month = date(self.published.year, self.published.month, 1)
        if not future and value > pub_month:
            value = value.replace(year=value.year - 1)
        elif future and value < pub_month:
            value = value.replace(year=value.year + 1)
        return value, "month"

    def weekday(self, pub: date, word: str, modifier: str | None, future: bool) -> date:
        mod = (modifier or "").casefold()
        if mod in self.pat.DAY_ADJECTIVES:                 # "am gestrigen Samstag"
            return pub + timedelta(days=self.pat.DAY_ADJECTIVES[mod])
        target = self._weekday_number(word)
        step = self.step(modifier)
        if step > 0 or (step == 0 and future):
            ahead = (target - pub.weekday()) % 7 or 7
            return pub + timedelta(days=ahead)
        back = (pub.weekday() - target) % 7
        if step < 0 and back == 0:
            back = 7
        return pub - timedelta(days=back)

    def _weekday_number(self, word: str) -> int:
        low = word.casefold()
        for name, number in self.pat.WEEKDAYS.items():
            if low.startswith(name):
                return number
        raise ValueError(word)



def shift_year(pub: date, value: date, future: bool, slack: timedelta = timedelta(days=7)) -> date:
    """A date given without a year: the publication year, unless that puts a past event more than
    ``slack`` after publication (then the year before) or a future one as long before it."""
    if not future and value > pub + slack:
        return value.replace(year=value.year - 1)
    if future and value < pub - slack:
        return value.replace(year=value.year + 1)
    return value


def relative_unit(pub: date, unit: str, step: int, future: bool = False) -> tuple[date, str]:
    """First day of the week/weekend/month/year ``step`` units from publication."""
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday())
        return monday + timedelta(weeks=step), "week"
    if unit == "weekend":
        if step > 0 or (step == 0 and future):
            saturday = pub + timedelta(days=(5 - pub.weekday()) % 7 or 7)
        else:
            saturday = pub - timedelta(days=(pub.weekday() - 5) % 7)
            saturday -= timedelta(weeks=1) if step < 0 and pub.weekday() >= 5 else timedelta(0)
        return saturday - timedelta(days=5), "week"
    if unit == "month":
        index = pub.year * 12 + pub.month - 1 + step
        return date(index // 12, index % 12 + 1, 1), "month"
    return date(pub.year + step, 1, 1), "year"


@lru_cache(maxsize=4)
def _future_rx(lang: str) -> re.Pattern[str]:
    return re.compile(resource(lang, "date_patterns").FUTURE_CUES, re.IGNORECASE)


def is_future(sentence: str, lang: str) -> bool:
    """Whether the sentence speaks about the future (the rule for bare weekdays and months)."""
    return bool(_future_rx(lang).search(sentence))


CLAUSE_BREAK = re.compile(r"[,;:\"„“”«»(]|\s[–-]\s|\b(?:dass|weil|obwohl|that|because|although)\b",
                          re.IGNORECASE)


def clause(text: str, start: int, end: int, hit: Hit) -> str:
    """The clause around a match, between commas, quotes and "dass"/"that": tense is judged there,
    so that "sagte am Dienstag, man werde reagieren" stays in the past."""
    left = start
    for m in CLAUSE_BREAK.finditer(text, start, hit.start):
        left = m.end()
    right_m = CLAUSE_BREAK.search(text, hit.end, end)
    return text[left:right_m.start() if right_m else end]


def find_times(text: str, lang: str, published: date | None, *, start: int = 0, end: int | None = None,
               first_id: int = 1) -> list[TimeExpression]:
    """Time expressions of one sentence ``text[start:end]``, resolved against ``published``."""
    lang = lang if lang in ("de", "en") else "en"
    end = len(text) if end is None else end
    resolver = Resolver(lang, published)
    out = []
    for k, hit in enumerate(find(text, start, end, lang)):
        value, precision = resolver.resolve(hit, is_future(clause(text, start, end, hit), lang))
        out.append(TimeExpression(id=f"t{first_id + k}", start=hit.start, end=hit.end,
                                  text=text[hit.start:hit.end], value=value,
                                  precision=precision if value else None, source=SOURCE))
    return out


def times_in(doc: Document, start: int, end: int) -> list[TimeExpression]:
    """The document's time expressions inside ``[start, end)``."""
    return [t for t in doc.times if t.start >= start and t.end <= end]


def event_date(doc: Document, start: int, end: int) -> TimeExpression | None:
    """The time expression that dates an event whose sentence is ``[start, end)``: the most precise
    resolved one, the first among equals; None when the sentence has none with a value."""
    resolved = [t for t in times_in(doc, start, end) if t.value is not None]
    if not resolved:
        return None
    return min(resolved, key=lambda t: (PRECISION_RANK.get(t.precision or "year", 3), t.start))


class DateResolver:
    """Fills ``doc.times`` sentence by sentence (the whole text when there are no sentences)."""

    name = SOURCE

    def __call__(self, doc: Document) -> None:
        spans = [(s.start, s.end) for s in doc.sentences] or [(0, len(doc.text))]
        doc.times = []
        for start, end in spans:
            doc.times.extend(find_times(doc.text, doc.lang, doc.published, start=start, end=end,
                                        first_id=len(doc.times) + 1))


__all__ = ["DateResolver", "event_date", "find_times", "is_future", "times_in"]
