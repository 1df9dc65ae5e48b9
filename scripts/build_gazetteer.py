"""Build the compact gazetteer shipped in ``src/herodotus/resources/geo/``.

Inputs (all under ``$HERODOTUS_DATA/geo`` and ``$HERODOTUS_DATA/ud``, licences in the data README):
  geonames_cities15000.zip        GeoNames cities with population >= 15,000 (CC BY 4.0)
  geonames_countryInfo.tsv        GeoNames country table (CC BY 4.0)
  geonames_admin1_regionInfo.tsv  GeoNames first-level divisions (CC BY 4.0)
  mledoze_countries.json          country names incl. German, capitals, centroids (ODbL 1.0)
  ud/*/*.conllu                   UD German/English treebanks (CC BY-SA), only to list common
                                  words that are also place names (the false-positive guard)

Outputs:
  places.tsv.gz    geonameid, name, iso3, lat, lon, population, feature code, admin-1 code,
                   alternate names (Latin-script names only, normalised lookup keys, "|"-separated)
  countries.tsv    iso3, iso2, geonameid, English name, German name, lat, lon, population, other names
  admin1.tsv.gz    code, iso3, name, ascii name, geonameid
  common_words.txt lower-cased words used as ordinary (non-PROPN) words in the UD treebanks that
                   are also gazetteer names ("essen", "mark", "bad", "of", ...)

Run: ``.venv/bin/python scripts/build_gazetteer.py`` (a few seconds).
"""
from __future__ import annotations

import gzip
import io
import json
import logging
import sys
import unicodedata
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from herodotus.config import data_dir  # noqa: E402
from herodotus.pipeline.geo.gazetteer import normalise  # noqa: E402

OUT = ROOT / "src" / "herodotus" / "resources" / "geo"
LOG = logging.getLogger("build_gazetteer")


def is_latin_name(name: str) -> bool:
    """Keep alternate names a German or English text could contain: Latin letters, capitalised."""
    if len(name) < 3 or not name[0].isupper() or name.isupper():
        return False
    for ch in name:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def read_countries(geo: Path) -> tuple[dict[str, str], list[list[str]]]:
    iso2_to_iso3: dict[str, str] = {}
    info: dict[str, list[str]] = {}
    for line in (geo / "geonames_countryInfo.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        cols = line.split("\t")
        iso2_to_iso3[cols[0]] = cols[1]
        info[cols[1]] = cols
    rows = []
    for country in json.loads((geo / "mledoze_countries.json").read_text(encoding="utf-8")):
        iso3 = country["cca3"]
        cols = info.get(iso3)
        deu = country.get("translations", {}).get("deu", {})
        names = {country["name"]["common"], country["name"]["official"],
                 deu.get("common", ""), deu.get("official", "")}
        # Two-letter codes only where news uses them ("US", "UK"); "HR", "LS" are ordinary abbreviations.
        names |= {n for n in country.get("altSpellings", []) if len(n) > 2 or n in ("US", "UK")}
        if cols:
            names.add(cols[4])
        lat, lon = (country.get("latlng") or [None, None])[:2]
        en_name = country["name"]["common"]
        de_name = deu.get("common", en_name)
        others = sorted(n for n in names if n and n not in (en_name, de_name)
                        and (n.isupper() or is_latin_name(n)))
        rows.append([iso3, country["cca2"], cols[16] if cols else "", en_name, de_name,
                     "" if lat is None else str(lat), "" if lon is None else str(lon),
                     cols[7] if cols else "0", "|".join(others)])
    return iso2_to_iso3, rows


def read_places(geo: Path, iso2_to_iso3: dict[str, str]) -> list[list[str]]:
    rows = []
    with zipfile.ZipFile(geo / "geonames_cities15000.zip") as zf:
        with zf.open("cities15000.txt") as fh:
            for line in io.TextIOWrapper(fh, encoding="utf-8"):
                c = line.rstrip("\n").split("\t")
                iso3 = iso2_to_iso3.get(c[8], "")
                # Stored normalised (the loader indexes them as they are), minus the primary name.
                alts = sorted({normalise(a) for a in c[3].split(",") if is_latin_name(a)} - {normalise(c[1])})
                rows.append([c[0], c[1], iso3, c[4], c[5], c[14] or "0", c[7],
                             f"{c[8]}.{c[10]}", "|".join(alts)])
    return rows


def read_admin1(geo: Path, iso2_to_iso3: dict[str, str]) -> list[list[str]]:
    rows = []
    for line in (geo / "geonames_admin1_regionInfo.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        code, name, ascii_name, gid = line.split("\t")[:4]
        rows.append([code, iso2_to_iso3.get(code.split(".")[0], ""), name, ascii_name, gid])
    return rows


def common_words(ud: Path, names: set[str]) -> list[str]:
    """Words the treebanks use as ordinary words (not proper nouns) that a gazetteer name shares."""
    counts: Counter[str] = Counter()
    for path in sorted(ud.glob("UD_*/*.conllu")):
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) < 4 or not cols[0].isdigit() or cols[3] in ("PROPN", "PUNCT", "NUM", "X", "SYM"):
                continue
            word = normalise(cols[1])
            if word in names:
                counts[word] += 1
    return sorted(w for w, n in counts.items() if n >= 1 and len(w) > 1)


def write_tsv(path: Path, rows: list[list[str]], header: list[str]) -> None:
    text = "\t".join(header) + "\n" + "".join("\t".join(r) + "\n" for r in rows)
    if path.suffix == ".gz":
        with gzip.GzipFile(path, "wb", mtime=0) as fh:
            fh.write(text.encode("utf-8"))
    else:
        path.write_text(text, encoding="utf-8")


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    geo = data_dir() / "geo"
    OUT.mkdir(parents=True, exist_ok=True)
    iso2_to_iso3, countries = read_countries(geo)
    places = read_places(geo, iso2_to_iso3)
    admin1 = read_admin1(geo, iso2_to_iso3)
    write_tsv(OUT / "countries.tsv", countries,
              ["iso3", "iso2", "geonameid", "name_en", "name_de", "lat", "lon", "population", "names"])
    write_tsv(OUT / "places.tsv.gz", places,
              ["geonameid", "name", "iso3", "lat", "lon", "population", "fcode", "admin1", "names"])
    write_tsv(OUT / "admin1.tsv.gz", admin1, ["code", "iso3", "name", "ascii", "geonameid"])
    names = {normalise(r[1]) for r in places} | {a for r in places for a in r[8].split("|") if a}
    words = common_words(data_dir() / "ud", names)
    (OUT / "common_words.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
    LOG.info("%s countries, %s places, %s admin1, %s common words", len(countries), len(places),
             len(admin1), len(words))


if __name__ == "__main__":
    main()
