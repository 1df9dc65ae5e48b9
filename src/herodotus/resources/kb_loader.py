"""The actor knowledge base: countries, organisations and people with dated offices.

Files (format in ``resources/kb/README.md``): ``countries*.tsv``, ``organisations*.tsv``
and ``people*.tsv`` in the shipped folder ``resources/kb/`` and, merged at load time,
in the user folder named by setting ``kb_dir`` (environment ``HERODOTUS_KB``). A user
row whose name equals a shipped row replaces it; other rows are added.

``load_kb()`` parses the files once per process and precompiles the name index the
actor stage matches tokens against (keys: tuples of normalised token texts).
"""
from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from ..config import settings

LOG = logging.getLogger(__name__)
SHIPPED = Path(__file__).with_name("kb")
# Actor codes that name no state: the U.N., the EU, other intergovernmental bodies, NGOs, companies
NON_STATE_CODES = frozenset({"UNO", "EUR", "IGO", "NGO", "MNC"})
TOKEN_RE = re.compile(r"\w+(?:[-'’.]\w+)*\.?|[^\w\s]", re.UNICODE)
# Surnames that are also common words or shared by many officials: never matched alone.
AMBIGUOUS_SINGLE = {
    "may", "rice", "brown", "hunt", "cooper", "ban", "park", "moon", "hu", "wen", "li", "wang", "michel",
    "costa", "harper", "carter", "gabriel", "cohen", "katz", "harris", "johnson", "rashid", "hadi", "abbas",
    "bush", "clinton", "wong", "anand", "abe", "tamim", "salih", "masum", "mansour", "saar", "sa'ar",
    "lee", "kim", "khan", "singh", "sharif", "ban ki moon",
}


def norm(text: str) -> str:
    """Lower case, no diacritics, one apostrophe: the form names are matched in."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("ß", "ss"))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


def name_key(text: str) -> tuple[str, ...]:
    return tuple(norm(t) for t in TOKEN_RE.findall(text))


def parse_date(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


@dataclass(frozen=True, slots=True)
class Office:
    """A dated coding: an office (roles such as 'president') or a Phoenix code (no roles)."""

    code: str
    sector: str
    roles: frozenset[str]
    start: date | None
    end: date | None

    def valid_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)

    def distance(self, day: date) -> int:
        """Days between ``day`` and this office's time span (0 inside it)."""
        if self.valid_on(day):
            return 0
        if self.start and day < self.start:
            return (self.start - day).days
        return (day - self.end).days if self.end else 0


@dataclass(slots=True)
class KBEntry:
    id: str                 # "country:SYR", "org:Hamas", "person:Bashar al-Assad"
    kind: str               # country | org | person
    name: str               # canonical English name
    type: str               # GPE | ORG | PER
    code: str | None = None
    sector: str | None = None
    qid: str | None = None
    gender: str | None = None
    curated: bool = True
    monarchy: bool = False  # a country with a reigning monarch ("the kingdom")
    offices: list[Office] = field(default_factory=list)   # curated offices first, then Phoenix codes
    aliases: list[str] = field(default_factory=list)

    def coding_on(self, day: date) -> tuple[str | None, str | None]:
        """(code, sector) on ``day``: the office valid then, else the nearest one, else the default."""
        if not self.offices:
            return self.code, self.sector
        valid = [o for o in self.offices if o.valid_on(day)]
        best = valid[0] if valid else min(self.offices, key=lambda o: o.distance(day))
        # (out of office on the day, a former minister or president acts for no government: "Zedillo forderte")
        sector = None if best.sector in ("ELI", "") or not valid and best.sector == "GOV" else best.sector
        return best.code, sector

    def roles_on(self, day: date) -> set[str]:
        return {r for o in self.offices if o.valid_on(day) for r in o.roles}

    def active_near(self, day: date, years: int = 3) -> bool:
        return not self.offices or any(o.distance(day) <= 365 * years for o in self.offices)


@dataclass(slots=True)
class KnowledgeBase:
    entries: dict[str, KBEntry] = field(default_factory=dict)
    # name index: key tuple -> list of (entry id, form) with form name | adjective | capital
    index: dict[tuple[str, ...], list[tuple[str, str]]] = field(default_factory=dict)
    # surface forms that must match case-sensitively (short acronyms like "IS", "AU")
    exact: dict[tuple[str, ...], set[str]] = field(default_factory=dict)
    holders: dict[tuple[str, str], list[tuple[Office, str]]] = field(default_factory=dict)
    max_len: int = 1
    prefixes: set[tuple[str, ...]] = field(default_factory=set)   # every proper prefix of a key
    lower_forms: set[tuple[str, ...]] = field(default_factory=set)  # keys with a lower-case alias ("syrische")
    # adjective keys written with accents other than the German umlauts somewhere in the sources
    accented_adjectives: set[tuple[str, ...]] = field(default_factory=set)
    party_index: dict[str, list[KBEntry]] = field(default_factory=dict)   # country code -> its parties, built on use

    def add_form(self, entry_id: str, text: str, form: str) -> None:
        key = name_key(text)
        if not key:
            return
        entry = self.entries[entry_id]
        if form == "name" and entry.kind == "person" and len(key) == 1:
            if not entry.curated or " ".join(key) in AMBIGUOUS_SINGLE:
                return
        if text[:1].islower():
            self.lower_forms.add(key)
        if form == "adjective" and _foreign_accents(text):
            self.accented_adjectives.add(key)
        bucket = self.index.setdefault(key, [])
        if (entry_id, form) not in bucket:
            bucket.append((entry_id, form))
        if len(text) <= 4 and text.replace(".", "").isupper():
            self.exact.setdefault(key, set()).add(text)
        self.max_len = max(self.max_len, len(key))
        for n in range(1, len(key)):
            self.prefixes.add(key[:n])

    def lookup(self, key: tuple[str, ...], surface: str) -> list[tuple[str, str]]:
        hits = self.index.get(key, [])
        if hits and key in self.exact and surface not in self.exact[key] and not _titlecase_ok(surface, key):
            return []
        if key not in self.accented_adjectives and any(form == "adjective" for _, form in hits) \
                and _foreign_accents(surface):
            # "Germán Martínez" is no "German": an accent the adjective never has marks another word
            return [hit for hit in hits if hit[1] != "adjective"]
        return hits

    def holder(self, country: str, role: str, day: date) -> KBEntry | None:
        """Who held ``role`` in ``country`` on ``day`` (latest holder when several match)."""
        found = [(o, pid) for o, pid in self.holders.get((country, role), []) if o.valid_on(day)]
        if not found:
            return None
        office, pid = max(found, key=lambda x: x[0].start or date.min)
        return self.entries[pid]

    def country(self, code: str) -> KBEntry | None:
        return self.entries.get("country:" + code)

    def parties(self, code: str) -> list[KBEntry]:
        """The parties of a country ("Conservative Party of Canada" for CAN)."""
        if not self.party_index:
            for entry in self.entries.values():
                if entry.kind == "org" and entry.sector == "PTY" and entry.code:
                    self.party_index.setdefault(entry.code, []).append(entry)
        return self.party_index.get(code, [])


def _foreign_accents(text: str) -> bool:
    """Letters with accents other than the German umlauts and ß ("Germán", "Peña")."""
    return any(not ch.isascii() and ch.isalpha() and ch not in "äöüÄÖÜß" for ch in text)


def _titlecase_ok(surface: str, key: tuple[str, ...]) -> bool:
    """'Nato' may stand for 'NATO', but 'us' must not stand for 'US'."""
    return len(surface) > 3 and surface[:1].isupper()


def _split(value: str) -> list[str]:
    return [v for v in value.split("|") if v.strip()]


def _read_rows(path: Path) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        rows.append(dict(zip(header, cells + [""] * (len(header) - len(cells)))))
    return rows


def _offices(value: str, with_roles: bool) -> list[Office]:
    out = []
    for item in value.split(";"):
        parts = item.split(":")
        if with_roles and len(parts) == 5:
            code, sector, roles, start, end = parts
            out.append(Office(code, sector, frozenset(roles.split("+")), parse_date(start), parse_date(end)))
        elif not with_roles and len(parts) == 4:
            code, sector, start, end = parts
            out.append(Office(code, sector, frozenset(), parse_date(start), parse_date(end)))
    return out


def _files(kind: str) -> list[Path]:
    folders = [SHIPPED]
    if settings().kb_dir:
        folders.append(Path(settings().kb_dir))
    return [p for folder in folders if folder.is_dir() for p in sorted(folder.glob(f"{kind}*.tsv"))]


def _load_countries(kb: KnowledgeBase) -> None:
    for path in _files("countries"):
        for row in _read_rows(path):
            entry = KBEntry(id="country:" + row["iso3"], kind="country", name=row["name_en"], type="GPE",
                            code=row["iso3"], sector="GOV", qid=row.get("qid") or None,
                            monarchy=row.get("monarchy") == "yes")
            entry.aliases = [row["name_en"], row.get("name_de", "")] + _split(row.get("names", ""))
            kb.entries[entry.id] = entry
            for alias in _with_datives(entry.aliases):
                kb.add_form(entry.id, alias, "name")
            for adj in _split(row.get("adjectives", "")):
                kb.add_form(entry.id, adj, "adjective")
            for cap in _split(row.get("capitals", "")):
                kb.add_form(entry.id, cap, "capital")


def _with_datives(aliases: list[str]) -> list[str]:
    return aliases + [d for a in aliases for d in _declined(a) if d != a]


ADJECTIVE_STEMS = ("isch", "t", "al", "en", "ig")


def _declined(name: str) -> list[str]:
    """German names that open with adjectives decline them: "in der Demokratischen Republik Kongo",
    "der Vereinigten Arabischen Emirate"; a strong ending gives the weak ones too: "Internationaler
    Gerichtshof" is also "der Internationale Gerichtshof", "des Internationalen Gerichtshofs"."""
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return []
    endings: list[str] = []
    for word in words[:-1]:
        if (ending := _adjective_ending(word)) is None:
            break
        endings.append(ending)
    if not endings:
        return []
    stems = [w[:len(w) - len(e)] for w, e in zip(words, endings)]
    forms = ("en",) if set(endings) == {"e"} else ("e", "en")
    return [" ".join([stem + form for stem in stems] + words[len(stems):]) for form in forms]


def _adjective_ending(word: str) -> str | None:
    for ending in ("er", "es", "e"):
        if word.endswith(ending) and word[:len(word) - len(ending)].endswith(ADJECTIVE_STEMS) \
                and len(word) > len(ending) + 3:
            return ending
    return None


def _load_organisations(kb: KnowledgeBase) -> None:
    for path in _files("organisations"):
        for row in _read_rows(path):
            entry = KBEntry(id="org:" + row["name"], kind="org", name=row["name"], type="ORG",
                            code=row.get("code") or None, sector=row.get("sector") or None,
                            qid=row.get("qid") or None, curated=row.get("source") != "phoenix")
            entry.offices = _offices(row.get("codes", ""), False)   # dated codings ("the Taliban since 2021")
            entry.aliases = [row["name"]] + _split(row.get("aliases", ""))
            kb.entries[entry.id] = entry
            for alias in _with_datives(entry.aliases):
                kb.add_form(entry.id, alias, "name")


def _load_people(kb: KnowledgeBase) -> None:
    for path in _files("people"):
        for row in _read_rows(path):
            offices = _offices(row.get("offices", ""), True)
            entry = KBEntry(id="person:" + row["name"], kind="person", name=row["name"], type="PER",
                            qid=row.get("qid") or None, gender=row.get("gender") or None,
                            curated=bool(offices) or bool(row.get("qid")))
            entry.offices = offices + _offices(row.get("codes", ""), False)
            entry.aliases = [row["name"]] + _split(row.get("aliases", ""))
            kb.entries[entry.id] = entry
            for alias in _with_datives(entry.aliases):
                kb.add_form(entry.id, alias, "name")
            for office in offices:
                for role in office.roles:
                    kb.holders.setdefault((office.code, role), []).append((office, entry.id))


@lru_cache(maxsize=1)
def load_kb() -> KnowledgeBase:
    kb = KnowledgeBase()
    _load_countries(kb)
    _load_organisations(kb)
    _load_people(kb)
    LOG.info("actor knowledge base: %s entries, %s names", len(kb.entries), len(kb.index))
    return kb


__all__ = ["KBEntry", "KnowledgeBase", "Office", "load_kb", "name_key", "norm"]
