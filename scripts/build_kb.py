"""Build the shipped actor knowledge base in ``src/herodotus/resources/kb/``.

Inputs (read from ``herodotus.config.data_dir()``, never copied whole):

* ``geo/mledoze_countries.json`` (mledoze/countries, ODbL 1.0): English and German
  country names, English demonyms, capitals.
* ``geo/geonames_countryInfo.tsv`` (GeoNames, CC BY 4.0): ISO3 codes and capitals.
* ``events/phoenix/Phoenix.Countries.actors.txt`` and ``Phoenix.MilNonState.actors.txt``
  (Open Event Data Alliance, MIT): people with date-coded country/sector codes and
  militant non-state groups.
* ``scripts/kb_curated/*.tsv`` (written for Herodotus): German adjectives, demonyms,
  exonyms and capitals, QIDs, organisations, office holders with dates.

Outputs: ``countries.tsv``, ``organisations.tsv``, ``people.tsv`` (format in the
README.md beside them). Run: ``.venv/bin/python scripts/build_kb.py``.
"""
from __future__ import annotations

import csv
import json
import logging
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from herodotus.config import data_dir  # noqa: E402

CURATED = ROOT / "scripts" / "kb_curated"
OUT = ROOT / "src" / "herodotus" / "resources" / "kb"
LOG = logging.getLogger("build_kb")

# Countries kept although mledoze marks them as not independent.
EXTRA_STATES = {"PSE", "TWN", "XKX", "ESH", "HKG", "COK"}   # COK: self-governing, coded as a state by the annotators
# mledoze codes Kosovo "UNK"; news coders and the EU use XKX (it has no ISO 3166 code)
CODE_FIXES = {"UNK": "XKX"}
# Demonyms two countries share: news means the larger one ("Dominican" is the Dominican Republic).
SHARED_DEMONYMS = {"DMA": {"Dominican"}}
GERMAN_ENDINGS = ("", "e", "en", "er", "es", "em")
# Phoenix aliases that carry a title are dropped: titles are resolved from role nouns.
TITLE_WORDS = re.compile(r"\b(PRESIDENT|MINISTER|PREMIER|KING|QUEEN|PRINCE|GENERAL|SECRETARY|CHAIRMAN|LEADER|"
                         r"SPOKESMAN|AMBASSADOR|SENATOR|GOVERNOR|MAYOR|CHANCELLOR|DR|MR|MRS|SHEIKH|"
                         r"AYATOLLAH|EMIR|SULTAN|COLONEL|COL|GEN|LT|MAJ|CAPT|FORMER|EX)\b")
PHOENIX_MIN_YEAR = 1995
# Phoenix files Mauritania's leaders under Mauritius's code ("Mohamed Ould Abdel Aziz" as MUS); the Hassaniya
# patronymic "Ould" marks them (Mauritius's ministers carry none).
MISFILED = (("MUS", re.compile(r"\bOuld\b"), "MRT"),)


def read_tsv(path: Path) -> list[list[str]]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            rows.append(line.rstrip("\n").split("\t"))
    return rows


def join(values) -> str:
    seen: list[str] = []
    for v in values:
        v = v.strip()
        if v and v not in seen:
            seen.append(v)
    return "|".join(seen)


def german_forms(stems: list[str]) -> list[str]:
    forms = []
    for stem in stems:
        if not (stem.islower() or stem.endswith("sch")):   # "Schweizer", "US" are invariable
            forms.append(stem)
            continue
        forms.extend(stem + ending for ending in GERMAN_ENDINGS)
    return forms


def demonym_forms(nouns: list[str]) -> list[str]:
    """'Syrer' -> Syrer, Syrers, Syrern, Syrerin, Syrerinnen; 'Russe' -> Russe, Russen, Russin, Russinnen."""
    forms = []
    for noun in nouns:
        if noun.endswith("e"):
            forms += [noun, noun + "n", noun[:-1] + "in", noun[:-1] + "innen"]
        elif noun.endswith("i"):
            forms += [noun, noun + "s"]
        else:
            forms += [noun, noun + "s", noun + "n", noun + "in", noun + "innen"]
    return forms


def english_forms(words: list[str]) -> list[str]:
    forms = []
    for w in words:
        forms.append(w)
        if w[-1].islower() and not w.endswith(("ese", "ss", "sh", "ch", "i")):
            forms.append(w + "s")       # demonym plural: "the Russians"
        if w.endswith("i") and w[-2].islower():
            forms.append(w + "s")       # "Iraqis", "Saudis"
    return forms


def build_countries() -> list[dict]:
    mledoze = json.loads((data_dir() / "geo" / "mledoze_countries.json").read_text(encoding="utf-8"))
    geonames = {}
    for row in read_tsv(data_dir() / "geo" / "geonames_countryInfo.tsv"):
        if len(row) > 5:
            geonames[row[1]] = row[5]
    curated = {row[0]: row + [""] * (7 - len(row)) for row in read_tsv(CURATED / "countries.tsv")}
    demonyms_de = {row[0]: row[1].split("|") for row in read_tsv(CURATED / "demonyms_de.tsv") if len(row) > 1}
    monarchies = {row[0] for row in read_tsv(CURATED / "monarchies.tsv")}
    out = []
    for c in sorted(mledoze, key=lambda c: CODE_FIXES.get(c["cca3"], c["cca3"])):
        iso3 = CODE_FIXES.get(c["cca3"], c["cca3"])
        if not (c.get("independent") or iso3 in EXTRA_STATES):
            continue
        cur = curated.get(iso3, [iso3, "", "", "", "", "", ""])
        _, qid, adj_de, names_de, adj_en, names_en, capitals = cur[:7]
        de = c["translations"].get("deu", {})
        names = [c["name"]["common"], c["name"]["official"], de.get("common", ""), de.get("official", "")]
        names += names_de.split("|") + names_en.split("|")
        # altSpellings are skipped: they hold names in other languages ("Dominique" for Dominica)
        demonyms = c.get("demonyms", {}).get("eng", {})
        english = [d for d in (demonyms.get("m", ""), demonyms.get("f", "")) if d and "," not in d and " or " not in d
                   and d not in SHARED_DEMONYMS.get(iso3, ())]
        english += [a for a in adj_en.split("|") if a]
        capital_names = list(c.get("capital", [])) + [geonames.get(iso3, "")] + capitals.split("|")
        out.append({
            "iso3": iso3, "qid": qid, "name_en": c["name"]["common"], "name_de": de.get("common", ""),
            "names": join(names),
            "adjectives": join(german_forms([s for s in adj_de.split("|") if s]) + english_forms(english)
                               + demonym_forms(demonyms_de.get(iso3, []))),
            "capitals": join(n for n in capital_names if n),
            "monarchy": "yes" if iso3 in monarchies else "",
        })
    return out


def parse_phoenix_date(text: str) -> str:
    text = text.strip()
    if len(text) == 6:
        yy = int(text[:2])
        text = ("20" if yy <= 30 else "19") + text
    if len(text) != 8 or not text.isdigit():
        return ""
    return f"{text[:4]}-{text[4:6]}-{text[6:]}"


def parse_restriction(body: str) -> tuple[str, str, str] | None:
    """'RUSGOV 990809-000507' -> (code, start, end); dates may be empty."""
    parts = body.split()
    if not parts:
        return None
    code, rng = parts[0], (parts[1] if len(parts) > 1 else "")
    start = end = ""
    if rng.startswith(">"):
        start = parse_phoenix_date(rng[1:])
    elif rng.startswith("<"):
        end = parse_phoenix_date(rng[1:])
    elif "-" in rng:
        a, _, b = rng.partition("-")
        start, end = parse_phoenix_date(a), parse_phoenix_date(b)
    return code, start, end


def title_case(phrase: str) -> str:
    words = phrase.replace("_", " ").split()
    out = []
    for w in words:
        low = w.lower()
        if low in ("al", "el", "bin", "ibn", "de", "van", "von", "der", "da", "du", "la", "le"):
            out.append(low)
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def read_phoenix_records(path: Path):
    """Yield (primary, synonyms, restrictions, default_code) records of an actor file."""
    primary, synonyms, restr, default = None, [], [], ""
    for raw in path.read_text(encoding="latin-1").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line.startswith("+"):
            synonyms.append(line[1:].strip())
        elif line[0] in " \t" or line.lstrip().startswith("["):
            restr.extend(re.findall(r"\[([^\]]*)\]", line))
        else:
            if primary:
                yield primary, synonyms, restr, default
            head = line.split("[", 1)
            primary, synonyms, restr = head[0].strip(), [], re.findall(r"\[([^\]]*)\]", line)
            default = ""
    if primary:
        yield primary, synonyms, restr, default


def clean_alias(phrase: str) -> str | None:
    phrase = phrase.strip().strip("_")
    if not phrase or TITLE_WORDS.search(phrase.replace("_", " ")) or "(" in phrase:
        return None
    return title_case(phrase)


def person_key(name: str) -> str:
    """'Bashar al-Assad' and 'BASHAR_AL_ASSAD' share a key."""
    plain = unicodedata.normalize("NFKD", name.lower())
    return re.sub(r"[^a-z]", "", plain)


def build_people(countries: set[str]) -> list[dict]:
    people: dict[str, dict] = {}
    for row in read_tsv(CURATED / "offices.tsv"):
        row += [""] * (9 - len(row))
        name, qid, gender, aliases, country, sector, offices, start, end = row[:9]
        p = people.setdefault(person_key(name), {"name": name, "qid": qid, "gender": gender, "aliases": [], "offices": [], "codes": []})
        p["aliases"] += aliases.split("|")
        p["offices"].append(f"{country}:{sector}:{offices}:{start}:{end}")
    path = data_dir() / "events" / "phoenix" / "Phoenix.Countries.actors.txt"
    kept = 0
    for primary, synonyms, restr, _ in read_phoenix_records(path):
        codes = []
        for body in restr:
            parsed = parse_restriction(body)
            if not parsed or not parsed[1] and not parsed[2]:
                continue
            code, start, end = parsed
            if code[:3] not in countries or len(code) < 6:
                continue
            latest = end or start
            if int(latest[:4]) < PHOENIX_MIN_YEAR and end:
                continue
            codes.append(f"{code[:3]}:{code[3:6]}:{start}:{end}")
        if not codes:
            continue
        name = clean_alias(primary)
        codes = [refiled(name or "", c) for c in codes]
        if not name or len(name.split()) < 2:
            continue
        p = people.get(person_key(name))
        if p is None:
            p = people.setdefault(person_key(name), {"name": name, "qid": "", "gender": "", "aliases": [], "offices": [], "codes": []})
            kept += 1
        p["codes"] += codes
        p["aliases"] += [a for a in (clean_alias(s) for s in synonyms[:6]) if a]
    LOG.info("phoenix people kept: %s", kept)
    out = []
    for p in people.values():
        aliases = [a for a in p["aliases"] if a and a != p["name"]]
        out.append({"name": p["name"], "qid": p["qid"], "gender": p["gender"], "aliases": join(aliases),
                    "offices": ";".join(p["offices"]), "codes": ";".join(dict.fromkeys(p["codes"]))})
    return sorted(out, key=lambda p: p["name"])


def refiled(name: str, code: str) -> str:
    for wrong, marker, right in MISFILED:
        if code.startswith(wrong + ":") and marker.search(name):
            return right + code[len(wrong):]
    return code


def build_organisations(countries: set[str]) -> list[dict]:
    out = []
    for row in read_tsv(CURATED / "organisations.tsv"):
        row += [""] * (7 - len(row))
        name, qid, code, sector, country, aliases, codes = row[:7]
        out.append({"name": name, "qid": qid, "code": code, "sector": sector, "country": country,
                    "aliases": aliases, "source": "curated", "codes": codes})
    known = {o["name"].lower() for o in out}
    path = data_dir() / "events" / "phoenix" / "Phoenix.MilNonState.actors.txt"
    for primary, synonyms, restr, _ in read_phoenix_records(path):
        codes = [parse_restriction(r) for r in restr]
        codes = [c for c in codes if c and c[0][:3] in countries and c[0][3:6] in ("REB", "OPP", "PTY")]
        name = clean_alias(primary)
        if not codes or not name or name.lower() in known:
            continue
        code = codes[0][0]
        aliases = [a for a in (clean_alias(s) for s in synonyms[:4]) if a and a.lower() not in COMMON_WORDS]
        out.append({"name": name, "qid": "", "code": code[:3], "sector": code[3:6], "country": code[:3],
                    "aliases": join(aliases), "source": "phoenix", "codes": ""})
    return out


# Phoenix aliases that are plain English words ("Youth" for a Basque group): as names they would
# claim every "youth-led protest"
COMMON_WORDS = {"youth", "zero", "falcon", "yahweh"}


def write_tsv(path: Path, rows: list[dict], header: str) -> None:
    fields = list(rows[0])
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(header)
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        writer.writerow(fields)
        for row in rows:
            writer.writerow([str(row[f]).replace("\t", " ") for f in fields])
    LOG.info("wrote %s rows to %s", len(rows), path)


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    OUT.mkdir(parents=True, exist_ok=True)
    countries = build_countries()
    codes = {c["iso3"] for c in countries}
    head = ("# Generated by scripts/build_kb.py from mledoze/countries (ODbL 1.0), GeoNames countryInfo "
            "(CC BY 4.0), Phoenix dictionaries (MIT) and scripts/kb_curated. Do not edit; edit the inputs.\n")
    write_tsv(OUT / "countries.tsv", countries, head)
    write_tsv(OUT / "organisations.tsv", build_organisations(codes), head)
    write_tsv(OUT / "people.tsv", build_people(codes), head)


if __name__ == "__main__":
    main()
