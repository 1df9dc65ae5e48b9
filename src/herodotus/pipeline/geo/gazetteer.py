"""The shipped gazetteer: countries, GeoNames cities (population >= 15,000), admin-1 regions and a
hand-made list of regions and seas, with dict lookups by normalised name.

Data: GeoNames (CC BY 4.0, https://www.geonames.org) and mledoze/countries (ODbL 1.0), compacted by
``scripts/build_gazetteer.py`` into ``resources/geo/``; see ``resources/geo/ATTRIBUTION.md``.
The files are read once, on first use (about half a second), and cached.
"""
from __future__ import annotations

import gzip
import math
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator, NamedTuple

from ...model import Location

COUNTRY, REGION, CITY, ADMIN1 = "country", "region", "city", "admin1"
RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "geo"


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry; ``kind`` is country, region, city or admin1."""

    key: str                # unique: "c:DEU", "g:2867714", "a:DE.02", "r:Gaza Strip"
    name: str               # English / GeoNames primary name
    kind: str
    country: str | None     # ISO3
    lat: float | None
    lon: float | None
    geonameid: int | None
    population: int = 0
    capital: bool = False

    def location(self) -> Location:
        return Location(name=self.name, country=self.country, lat=self.lat, lon=self.lon,
                        geonameid=self.geonameid)


class Match(NamedTuple):
    """One place a name may refer to (a tuple: half a million are built at load time)."""

    place: Place
    primary: bool           # matched the place's own name, not an alternate one


def normalise(name: str) -> str:
    """Lookup key: case-folded, accents removed, dashes and apostrophes unified, spaces collapsed."""
    if name.isascii():
        return " ".join(name.casefold().split())
    text = unicodedata.normalize("NFKD", name.replace("ß", "ss"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("’", "'").replace("‘", "'").replace("–", "-").replace("‐", "-")
    return " ".join(text.casefold().split())


class Gazetteer:
    """Name index over all places. Build with :func:`load_gazetteer` (cached)."""

    def __init__(self) -> None:
        self.index: dict[str, list[Match]] = {}
        self.exact: dict[str, list[Match]] = {}    # all-caps abbreviations, matched case-sensitively
        self.countries: dict[str, Place] = {}
        self.common_words: frozenset[str] = frozenset()

    def add(self, name: str, place: Place, primary: bool) -> None:
        if not name:
            return
        if name.isupper() and len(name) <= 4:
            self.exact.setdefault(name, []).append(Match(place, primary))
            return
        self.add_key(normalise(name), place, primary)

    def add_key(self, key: str, place: Place, primary: bool, *, check: bool = True) -> None:
        """Index an already normalised name (the build script stores alternate names that way).
        ``check=False`` skips the duplicate test for keys known to be new for this place."""
        bucket = self.index.setdefault(key, [])
        if not check or not any(m.place.key == place.key for m in bucket):
            bucket.append(Match(place, primary))

    def lookup(self, name: str) -> list[Match]:
        """Every place the surface form may name (no ranking)."""
        if name in self.exact:
            return self.exact[name]
        return self.index.get(normalise(name), [])

    def has(self, name: str) -> bool:
        return name in self.exact or normalise(name) in self.index

    def best(self, name: str, country_hints: frozenset[str] = frozenset(), *,
             only: str | None = None, story: frozenset[str] = frozenset()) -> Place | None:
        """The most likely place for ``name``; ``only`` keeps the places of one country if it has any;
        ``story`` (default: the hints) names the countries a story is about, which foreign aliases must match."""
        matches = self.lookup(name)
        if story or country_hints:
            matches = [m for m in matches if not _stray_alias(m, story or country_hints)]
        if only and any(m.place.country == only for m in matches) and not _region_over_town(matches, only):
            matches = [m for m in matches if m.place.country == only]
        ranked = sorted(matches, key=lambda m: -score(m, country_hints))
        if not ranked:
            return None
        top = ranked[0].place
        if top.kind == ADMIN1:     # a city of the same name in that region's country has coordinates
            city = next((m.place for m in ranked if m.place.kind == CITY and m.place.country == top.country), None)
            return city or top
        return top


def _region_over_town(matches: list[Match], only: str) -> bool:
    """Is every namesake in ``only`` a town, and a region, state or far bigger city elsewhere named so? "Ontario"
    in a story about the US is the Canadian province, not the Californian town; "Paris" is not Paris, Texas."""
    hinted = [m.place for m in matches if m.place.country == only]
    if not all(p.kind == CITY and p.population < TOWN_POPULATION for p in hinted):
        return False
    biggest = max(p.population for p in hinted)
    cities = {m.place.country for m in matches if m.place.kind == CITY}
    # (a region named after its city, as the district of Tripoli, Libya, is that city: sizes decide)
    return any(m.primary and m.place.country != only
               and (m.place.kind in {ADMIN1, REGION, COUNTRY} and m.place.country not in cities
                    or m.place.kind == CITY and m.place.population >= 10 * biggest)
               for m in matches)


TOWN_POPULATION = 500_000
ALIAS_TOWN_POPULATION = 100_000


def _stray_alias(match: Match, story: frozenset[str]) -> bool:
    """A town named by one of its foreign alternate names, in a country the story is not about: GeoNames
    lists "Bassa" for Passau and "Zike" for Syke, while the Nigerian village of a story about Nigeria is
    not in the gazetteer at all."""
    place = match.place
    return (not match.primary and place.kind == CITY and place.population < ALIAS_TOWN_POPULATION
            and place.country not in story)


def score(match: Match, country_hints: frozenset[str]) -> float:
    """Rank candidate places for one name: countries and regions first, then population, with a
    bonus for capitals and for the countries the story is about. The hint bonus is half an
    order of magnitude of population, so a small US "Geneva" does not beat Geneva, Switzerland in a
    story with an American actor, while it decides between places of similar size."""
    place = match.place
    value = math.log10(place.population + 10)
    value += {COUNTRY: 20.0, REGION: 15.0, CITY: 0.0, ADMIN1: 0.0}[place.kind]
    if match.primary:
        value += 0.2
    if place.capital and match.primary:     # not for old names: "Philadelphia" is not Amman
        value += 0.5
    if place.country and place.country in country_hints:
        value += 0.5
    return value


def _floats(lat: str, lon: str) -> tuple[float | None, float | None]:
    return (float(lat) if lat else None, float(lon) if lon else None)


def _rows(name: str) -> Iterator[list[str]]:
    raw = (RESOURCES / name).read_bytes()
    text = gzip.decompress(raw).decode("utf-8") if name.endswith(".gz") else raw.decode("utf-8")
    for line in text.splitlines()[1:]:
        if line and not line.startswith("#"):
            yield line.split("\t")


def _load_countries(gaz: Gazetteer) -> dict[str, str]:
    capitals: dict[str, str] = {}
    for iso3, iso2, gid, en, de, lat, lon, pop, names in _rows("countries.tsv"):
        la, lo = _floats(lat, lon)
        place = Place(f"c:{iso3}", en, COUNTRY, iso3, la, lo, int(gid) if gid else None, int(pop or 0))
        gaz.countries[iso3] = place
        gaz.add(en, place, True)
        gaz.add(de, place, True)
        for alt in names.split("|"):
            gaz.add(alt, place, False)
        capitals[iso2] = iso3
    return capitals


def _load_extras(gaz: Gazetteer) -> None:
    for kind, names, iso3, lat, lon in _rows("extra_places.tsv"):
        aliases = names.split("|")
        if kind == "alias":
            for alt in aliases:
                gaz.add(alt, gaz.countries[iso3], False)
            continue
        la, lo = _floats(lat, lon)
        english = aliases[-1]           # the file lists the English name last
        place = Place(f"r:{english}", english, REGION, iso3 or None, la, lo, None)
        for alt in aliases:
            gaz.add(alt, place, alt == english)


def _load_cities(gaz: Gazetteer) -> None:
    for gid, name, iso3, lat, lon, pop, fcode, _admin1, names in _rows("places.tsv.gz"):
        la, lo = _floats(lat, lon)
        place = Place(f"g:{gid}", name, CITY, iso3 or None, la, lo, int(gid), int(pop or 0),
                      capital=fcode == "PPLC")
        gaz.add(name, place, True)
        for key in names.split("|"):
            if key:     # unique per place and different from the primary name (build script)
                gaz.add_key(key, place, False, check=False)


def _load_admin1(gaz: Gazetteer) -> None:
    """Admin-1 regions have no population in the data; they get a nominal one, a twentieth of
    their country's, so that "Indiana" is the US state and "Ontario" the Canadian province rather
    than a smaller namesake city, while "Florida" is the US state, not a Puerto Rican municipality."""
    for code, iso3, name, ascii_name, gid in _rows("admin1.tsv.gz"):
        country = gaz.countries.get(iso3)
        nominal = max(10_000, (country.population if country else 0) // 20)
        place = Place(f"a:{code}", name, ADMIN1, iso3 or None, None, None, int(gid) if gid else None,
                      nominal)
        gaz.add(name, place, True)
        if ascii_name != name:
            gaz.add(ascii_name, place, True)
        short = name.removesuffix(STATE_SUFFIX)
        if short != name:
            gaz.add(short, place, True)   # "im Bundesstaat Borno", "in Borno": the data's "Borno State"


# The word GeoNames appends to the names of Nigeria's states, which the news leaves out
STATE_SUFFIX = " State"


@lru_cache(maxsize=1)
def region_names() -> frozenset[str]:
    """Lower-cased one-word names of the hand-listed regions ("Gazastreifen", "Westjordanland"),
    for finding places the name tagger missed."""
    return frozenset(alt.lower() for kind, names, *_ in _rows("extra_places.tsv") if kind != "alias"
                     for alt in names.split("|") if " " not in alt)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    gaz = Gazetteer()
    _load_countries(gaz)
    _load_extras(gaz)
    _load_cities(gaz)
    _load_admin1(gaz)
    words = (RESOURCES / "common_words.txt").read_text("utf-8")
    gaz.common_words = frozenset(w for w in words.split() if w)
    return gaz
