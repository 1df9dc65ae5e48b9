"""Write eval/articles/handmade.jsonl: invented wire-style articles annotated like ../shared/data/articles.

The texts were written by the developers on 2026-11-29 *after* the event and quote rules
of that day, and were not used to write rules: they are a second held-out check beside
the dev articles. The events are invented (plausible, not reported facts). Annotation
follows ../shared/data/articles/CONVENTIONS.md. Running this script checks that every
evidence, quote and mention is an exact substring of its text, then writes the file.

    .venv/bin/python eval/articles/build_handmade.py
"""
from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).with_name("handmade.jsonl")


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


WANG = actor("Wang Yi", "CHN", "GOV")
BAERBOCK = actor("Annalena Baerbock", "DEU", "GOV")
GEO_PROTESTERS = actor("protesters in Tbilisi", "GEO", "CVL")
GEO_GOV = actor("Government of Georgia", "GEO", "GOV")
GEO_POLICE = actor("Georgian police", "GEO", "COP")
ZOURABICHVILI = actor("Salome Zourabichvili", "GEO", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
COSTA = actor("António Costa", "EUR", "IGO")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
KIM = actor("Kim Jong Un", "PRK", "GOV")
KOR_MFA = actor("South Korean foreign ministry", "KOR", "GOV")
SRB_PROTESTERS = actor("protesters in Belgrade", "SRB", "CVL")
SRB_GOV = actor("Government of Serbia", "SRB", "GOV")
SRB_POLICE = actor("Serbian police", "SRB", "COP")
VUCIC = actor("Aleksandar Vucic", "SRB", "GOV")

ARTICLES = [
    {
        "id": "hm-de-01", "lang": "de", "published": "2024-10-15", "title": None,
        "text": (
            "Der chinesische Außenminister Wang Yi ist am Montag in Berlin mit Bundesaußenministerin Annalena "
            "Baerbock zusammengetroffen. Beide Seiten vereinbarten, den Dialog über Klimafragen fortzusetzen.\n"
            "Baerbock warf Peking bei der anschließenden Pressekonferenz vor, Russland mit Bauteilen für Drohnen "
            "zu beliefern. „Wir wollen im Gespräch bleiben“, sagte die Grünen-Politikerin. Wang wies die Vorwürfe "
            "zurück und forderte die Europäische Union auf, ihre Zölle auf chinesische Elektroautos zurückzunehmen."
        ),
        "events": [
            event("CONSULT", WANG, BAERBOCK, "Der chinesische Außenminister Wang Yi ist am Montag in Berlin mit "
                  "Bundesaußenministerin Annalena Baerbock zusammengetroffen.", date="2024-10-14",
                  location="Berlin", location_country="DEU"),
            event("AGREE", WANG, BAERBOCK, "Beide Seiten vereinbarten, den Dialog über Klimafragen fortzusetzen."),
            event("ACCUSE", BAERBOCK, actor("China", "CHN", "GOV"), "Baerbock warf Peking bei der "
                  "anschließenden Pressekonferenz vor, Russland mit Bauteilen für Drohnen zu beliefern.",
                  mode="allege"),
            event("REQUEST", WANG, actor("European Union", "EUR", "IGO"), "Wang wies die Vorwürfe zurück und "
                  "forderte die Europäische Union auf, ihre Zölle auf chinesische Elektroautos zurückzunehmen."),
        ],
        "quotes": [quote("Wir wollen im Gespräch bleiben", "Annalena Baerbock", "direct")],
        "entities": [
            entity("Wang Yi", "PER", "CHN", ["Der chinesische Außenminister Wang Yi", "Wang"]),
            entity("Annalena Baerbock", "PER", "DEU", ["Bundesaußenministerin Annalena Baerbock", "Baerbock",
                                                       "die Grünen-Politikerin"]),
            entity("China", "GPE", "CHN", ["Peking"]),
            entity("Russia", "GPE", "RUS", ["Russland"]),
            entity("European Union", "ORG", "EUR", ["Europäische Union"]),
        ],
    },
    {
        "id": "hm-de-02", "lang": "de", "published": "2024-12-02", "title": None,
        "text": (
            "In der georgischen Hauptstadt Tiflis haben am Sonntagabend erneut Tausende Menschen gegen die "
            "Regierung demonstriert. Die Demonstranten forderten von der Regierung Neuwahlen und die Freilassung "
            "inhaftierter Oppositioneller.\n"
            "Die Polizei setzte Wasserwerfer und Tränengas ein und nahm 28 Personen fest. Präsidentin Salome "
            "Surabischwili verurteilte das Vorgehen der Sicherheitskräfte. Die Regierung habe jedes Maß verloren, "
            "sagte sie in einer Videobotschaft."
        ),
        "events": [
            event("PROTEST", GEO_PROTESTERS, GEO_GOV, "In der georgischen Hauptstadt Tiflis haben am Sonntagabend "
                  "erneut Tausende Menschen gegen die Regierung demonstriert.", mode="demo", date="2024-12-01",
                  location="Tbilisi", location_country="GEO"),
            event("REQUEST", GEO_PROTESTERS, GEO_GOV, "Die Demonstranten forderten von der Regierung Neuwahlen "
                  "und die Freilassung inhaftierter Oppositioneller."),
            event("ASSAULT", GEO_POLICE, GEO_PROTESTERS, "Die Polizei setzte Wasserwerfer und Tränengas ein und "
                  "nahm 28 Personen fest.", mode="crowd-control"),
            event("COERCE", GEO_POLICE, GEO_PROTESTERS, "Die Polizei setzte Wasserwerfer und Tränengas ein und "
                  "nahm 28 Personen fest.", mode="arrest"),
            event("ACCUSE", ZOURABICHVILI, GEO_POLICE, "Präsidentin Salome Surabischwili verurteilte das Vorgehen "
                  "der Sicherheitskräfte.", mode="disapprove"),
            event("ACCUSE", ZOURABICHVILI, GEO_GOV, "Die Regierung habe jedes Maß verloren, sagte sie in einer "
                  "Videobotschaft.", mode="disapprove"),
        ],
        "quotes": [quote("Die Regierung habe jedes Maß verloren", "Salome Zourabichvili", "indirect")],
        "entities": [
            entity("Salome Zourabichvili", "PER", "GEO", ["Präsidentin Salome Surabischwili", "sie"]),
            entity("Tbilisi", "LOC", "GEO", ["Tiflis"]),
            entity("Government of Georgia", "ORG", "GEO", ["Regierung"]),
        ],
    },
    {
        "id": "hm-de-03", "lang": "de", "published": "2025-03-12", "title": None,
        "text": (
            "Die Vereinten Nationen haben am Dienstag einen neuen Hilfskonvoi in den Norden des Gazastreifens "
            "geschickt. Das Welternährungsprogramm lieferte Lebensmittel für rund 50.000 Menschen. „Die Menschen "
            "im Norden hungern“, sagte eine Sprecherin des Welternährungsprogramms in Genf.\n"
            "UN-Generalsekretär António Guterres rief Israel und die Hamas auf, die Waffenruhe einzuhalten. Der "
            "israelische Ministerpräsident Benjamin Netanjahu drohte der Hamas mit einer Wiederaufnahme der "
            "Kämpfe, sollten die Geiseln nicht bis Samstag freigelassen werden."
        ),
        "events": [
            event("AID", actor("United Nations", "UNO", "IGO"), actor("residents of Gaza", "PSE", "CVL"),
                  "Die Vereinten Nationen haben am Dienstag einen neuen Hilfskonvoi in den Norden des "
                  "Gazastreifens geschickt.", date="2025-03-11", location="Gaza Strip", location_country="PSE"),
            event("AID", actor("World Food Programme", "UNO", "IGO"), actor("residents of Gaza", "PSE", "CVL"),
                  "Das Welternährungsprogramm lieferte Lebensmittel für rund 50.000 Menschen."),
            event("REQUEST", actor("António Guterres", "UNO", "IGO"), actor("Israel", "ISR", "GOV"),
                  "UN-Generalsekretär António Guterres rief Israel und die Hamas auf, die Waffenruhe einzuhalten."),
            event("REQUEST", actor("António Guterres", "UNO", "IGO"), actor("Hamas", "PSE", "REB"),
                  "UN-Generalsekretär António Guterres rief Israel und die Hamas auf, die Waffenruhe einzuhalten."),
            event("THREATEN", actor("Benjamin Netanyahu", "ISR", "GOV"), actor("Hamas", "PSE", "REB"),
                  "Der israelische Ministerpräsident Benjamin Netanjahu drohte der Hamas mit einer Wiederaufnahme "
                  "der Kämpfe, sollten die Geiseln nicht bis Samstag freigelassen werden."),
        ],
        "quotes": [quote("Die Menschen im Norden hungern", "spokeswoman of the World Food Programme", "direct")],
        "entities": [
            entity("United Nations", "ORG", "UNO", ["Die Vereinten Nationen"]),
            entity("World Food Programme", "ORG", "UNO", ["Das Welternährungsprogramm", "Welternährungsprogramms"]),
            entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
            entity("Israel", "GPE", "ISR", ["Israel"]),
            entity("Hamas", "ORG", "PSE", ["Hamas"]),
            entity("Benjamin Netanyahu", "PER", "ISR", ["Der israelische Ministerpräsident Benjamin Netanjahu"]),
        ],
    },
    {
        "id": "hm-de-04", "lang": "de", "published": "2025-01-21", "title": None,
        "text": (
            "Der ukrainische Präsident Wolodymyr Selenskyj hat die Europäische Union um weitere "
            "Flugabwehrsysteme gebeten. Die russischen Angriffe auf die Energieversorgung hätten in den "
            "vergangenen Wochen massiv zugenommen, sagte Selenskyj am Montag in Kiew nach einem Treffen mit "
            "EU-Ratspräsident António Costa.\n"
            "Costa sicherte der Ukraine die weitere Unterstützung der EU zu. „Wir stehen an der Seite der Ukraine, "
            "so lange es nötig ist“, sagte der Portugiese. Moskau warf der EU vor, den Krieg durch "
            "Waffenlieferungen zu verlängern."
        ),
        "events": [
            event("REQUEST", ZELENSKY, actor("European Union", "EUR", "IGO"), "Der ukrainische Präsident "
                  "Wolodymyr Selenskyj hat die Europäische Union um weitere Flugabwehrsysteme gebeten."),
            event("ACCUSE", ZELENSKY, actor("Russia", "RUS", "MIL"), "Die russischen Angriffe auf die "
                  "Energieversorgung hätten in den vergangenen Wochen massiv zugenommen, sagte Selenskyj am Montag "
                  "in Kiew nach einem Treffen mit EU-Ratspräsident António Costa.", mode="allege"),
            event("CONSULT", COSTA, ZELENSKY, "Die russischen Angriffe auf die Energieversorgung hätten in den "
                  "vergangenen Wochen massiv zugenommen, sagte Selenskyj am Montag in Kiew nach einem Treffen mit "
                  "EU-Ratspräsident António Costa.", date="2025-01-20", location="Kyiv", location_country="UKR"),
            event("AGREE", COSTA, actor("Ukraine", "UKR", "GOV"), "Costa sicherte der Ukraine die weitere "
                  "Unterstützung der EU zu."),
            event("SUPPORT", COSTA, actor("Ukraine", "UKR", "GOV"), "„Wir stehen an der Seite der Ukraine, so "
                  "lange es nötig ist“, sagte der Portugiese."),
            event("ACCUSE", actor("Russia", "RUS", "GOV"), actor("European Union", "EUR", "IGO"), "Moskau warf der "
                  "EU vor, den Krieg durch Waffenlieferungen zu verlängern.", mode="allege"),
        ],
        "quotes": [
            quote("Die russischen Angriffe auf die Energieversorgung hätten in den vergangenen Wochen massiv "
                  "zugenommen", "Volodymyr Zelensky", "indirect"),
            quote("Wir stehen an der Seite der Ukraine, so lange es nötig ist", "António Costa", "direct"),
        ],
        "entities": [
            entity("Volodymyr Zelensky", "PER", "UKR", ["Der ukrainische Präsident Wolodymyr Selenskyj",
                                                        "Selenskyj"]),
            entity("António Costa", "PER", "EUR", ["EU-Ratspräsident António Costa", "Costa", "der Portugiese"]),
            entity("European Union", "ORG", "EUR", ["Europäische Union", "EU"]),
            entity("Ukraine", "GPE", "UKR", ["Ukraine"]),
            entity("Russia", "GPE", "RUS", ["Moskau"]),
        ],
    },
    {
        "id": "hm-en-01", "lang": "en", "published": "2024-06-20", "title": None,
        "text": (
            "Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang on Wednesday. The "
            "two leaders agreed to deepen military cooperation.\n"
            "South Korea's foreign ministry criticised the talks and urged Moscow to stop any arms transfers to "
            "the North. \"This is a serious moment for the security of the region,\" a ministry spokesperson told "
            "reporters in Seoul.\n"
            "The United States threatened new sanctions against Russian companies involved in the arms trade, "
            "State Department spokesman Matthew Miller said."
        ),
        "events": [
            event("CONSULT", PUTIN, KIM, "Russian President Vladimir Putin met North Korean leader Kim Jong Un in "
                  "Pyongyang on Wednesday.", date="2024-06-19", location="Pyongyang", location_country="PRK"),
            event("AGREE", PUTIN, KIM, "The two leaders agreed to deepen military cooperation."),
            event("ACCUSE", KOR_MFA, PUTIN, "South Korea's foreign ministry criticised the talks and urged Moscow "
                  "to stop any arms transfers to the North.", mode="disapprove"),
            event("ACCUSE", KOR_MFA, KIM, "South Korea's foreign ministry criticised the talks and urged Moscow "
                  "to stop any arms transfers to the North.", mode="disapprove"),
            event("REQUEST", KOR_MFA, actor("Russia", "RUS", "GOV"), "South Korea's foreign ministry criticised "
                  "the talks and urged Moscow to stop any arms transfers to the North."),
            event("THREATEN", actor("United States", "USA", "GOV"), actor("Russian companies", "RUS", "BUS"),
                  "The United States threatened new sanctions against Russian companies involved in the arms "
                  "trade, State Department spokesman Matthew Miller said.", mode="sanction"),
        ],
        "quotes": [
            quote("This is a serious moment for the security of the region",
                  "spokesperson of South Korea's foreign ministry", "direct"),
            quote("The United States threatened new sanctions against Russian companies involved in the arms "
                  "trade", "Matthew Miller", "indirect"),
        ],
        "entities": [
            entity("Vladimir Putin", "PER", "RUS", ["Russian President Vladimir Putin"]),
            entity("Kim Jong Un", "PER", "PRK", ["North Korean leader Kim Jong Un"]),
            entity("South Korean foreign ministry", "ORG", "KOR", ["South Korea's foreign ministry"]),
            entity("Russia", "GPE", "RUS", ["Moscow"]),
            entity("United States", "GPE", "USA", ["The United States"]),
            entity("Matthew Miller", "PER", "USA", ["State Department spokesman Matthew Miller"]),
        ],
    },
    {
        "id": "hm-en-02", "lang": "en", "published": "2025-05-06", "title": None,
        "text": (
            "Protesters in the Serbian capital Belgrade blocked several bridges on Monday to demand the "
            "resignation of the government. Police arrested at least 15 people after clashes near the parliament "
            "building, the interior ministry said.\n"
            "President Aleksandar Vucic accused Croatia's intelligence service of organising the unrest. \"We will "
            "not allow anyone to destroy this country,\" he said in a televised address. Opposition leaders "
            "rejected his claims and called on the government to allow an independent investigation."
        ),
        "events": [
            event("PROTEST", SRB_PROTESTERS, SRB_GOV, "Protesters in the Serbian capital Belgrade blocked several "
                  "bridges on Monday to demand the resignation of the government.", mode="demo",
                  date="2025-05-05", location="Belgrade", location_country="SRB"),
            event("REQUEST", SRB_PROTESTERS, SRB_GOV, "Protesters in the Serbian capital Belgrade blocked several "
                  "bridges on Monday to demand the resignation of the government.", date="2025-05-05"),
            event("COERCE", SRB_POLICE, SRB_PROTESTERS, "Police arrested at least 15 people after clashes near "
                  "the parliament building, the interior ministry said.", mode="arrest"),
            event("ACCUSE", VUCIC, actor("Croatian intelligence service", "HRV", "GOV"), "President Aleksandar "
                  "Vucic accused Croatia's intelligence service of organising the unrest.", mode="allege"),
            event("REQUEST", actor("Serbian opposition", "SRB", "OPP"), SRB_GOV, "Opposition leaders rejected his "
                  "claims and called on the government to allow an independent investigation."),
        ],
        "quotes": [
            quote("Police arrested at least 15 people after clashes near the parliament building",
                  "Serbian interior ministry", "indirect"),
            quote("We will not allow anyone to destroy this country", "Aleksandar Vucic", "direct"),
        ],
        "entities": [
            entity("Aleksandar Vucic", "PER", "SRB", ["President Aleksandar Vucic", "he", "his"]),
            entity("Belgrade", "LOC", "SRB", ["Belgrade"]),
            entity("Croatian intelligence service", "ORG", "HRV", ["Croatia's intelligence service"]),
        ],
    },
]


def check(article: dict) -> None:
    text = article["text"]
    pieces = [e["evidence"] for e in article["events"]] + [q["quote"] for q in article["quotes"]]
    pieces += [m for ent in article["entities"] for m in ent["mentions"]]
    missing = [p for p in pieces if p not in text]
    if missing:
        raise SystemExit(f"{article['id']}: not in the text: {missing}")


def main() -> None:
    with OUT.open("w", encoding="utf-8") as fh:
        for article in ARTICLES:
            check(article)
            fh.write(json.dumps({"url": None, **article}, ensure_ascii=False) + "\n")
    n_events = sum(len(a["events"]) for a in ARTICLES)
    n_quotes = sum(len(a["quotes"]) for a in ARTICLES)
    print(f"wrote {OUT} ({len(ARTICLES)} articles, {n_events} events, {n_quotes} quotes)")


if __name__ == "__main__":
    main()
