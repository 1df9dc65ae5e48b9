"""Write eval/articles/handmade*.jsonl: invented wire-style articles annotated like ../shared/data/articles.

Round 1 (handmade.jsonl) was written by the developers on 2026-11-29 after the event and
quote rules of that day; its misses then prompted general fixes. Round 2 (handmade2.jsonl)
was written after those fixes and measured once at the end of the session, not used to
change rules: it is the held-out check beside the dev articles. Rounds 3 and 4 (round3.py,
round4.py -> handmade3.jsonl, handmade4.jsonl) were written blind, without running the
pipeline on them or reading the rule code; round 4 is reserved for a final held-out measurement.
Rounds 5 and 6 (round5.py, round6.py -> handmade5.jsonl, handmade6.jsonl) were written blind by
another writer who had not seen rounds 3-4 either; round 6 is kept spare for a later held-out check.
Rounds 7 and 8 (round7.py, round8.py -> handmade7.jsonl, handmade8.jsonl) were written blind by a
further writer (same rules as rounds 5-6) for the session's final held-out measurement.
Rounds 9 and 10 (round9.py, round10.py -> handmade9.jsonl, handmade10.jsonl) were written blind on
2026-11-29 by a writer who had not seen rounds 3-8, for a final held-out measurement.
Rounds 11 and 12 (round11.py, round12.py -> handmade11.jsonl, handmade12.jsonl) were written blind on
2026-11-29 by a writer who had not seen rounds 3-10 nor the rule code, for a further held-out check.
Rounds 13 and 14 (round13.py, round14.py -> handmade13.jsonl, handmade14.jsonl) were written blind on
2026-11-29 by a writer who had not seen rounds 3-12 nor the rule code, for a further held-out check.
Rounds 15 and 16 (round15.py, round16.py -> handmade15.jsonl, handmade16.jsonl) were written blind on
2026-11-29 by a writer who had not seen rounds 3-14 nor the rule code, for a further held-out check.
Rounds 17 and 18 (round17.py, round18.py -> handmade17.jsonl, handmade18.jsonl) were written blind on
2026-11-29 by a writer who had not seen rounds 3-16 nor the rule code, for a further held-out check.
Rounds 19-24 (round19.py .. round24.py -> handmade19.jsonl .. handmade24.jsonl) were written blind on
2026-11-30 by three writers (19-20, 21-22, 23-24) who had not seen any other round nor the rule code,
for the fifth session's held-out measurement.
Rounds 25-30 (round25.py .. round30.py -> handmade25.jsonl .. handmade30.jsonl) were written blind on
2026-11-30 by three writers (25-26, 27-28, 29-30) who had not seen any other round nor the rule code,
for the sixth session's held-out measurement (release 0.6.0; the event-cue model never trained on them).
Rounds 31-36 (round31.py .. round36.py -> handmade31.jsonl .. handmade36.jsonl) were written blind later in
the same session by three more writers (31-32, 33-34, 35-36), after 0.6.0 was measured, for release 0.6.1.
Rounds 37-54 (round37.py .. round54.py) were written blind on 2026-11-30 by nine writers (37-38, 39-40, 41-42,
43-44, 45-46, 47-48, 49-50, 51-52, 53-54) for the seventh session's held-out measurement (release 0.7.0).
Later rounds (up to 151-156, written blind on 2026-12-01 at the start of the twenty-second session) are described
in eval/articles/README.md.
The helpers live in annotate.py. The events are invented (plausible, not reported facts). Annotation
follows ../shared/data/articles/CONVENTIONS.md. Running this script checks that every
evidence, quote and mention is an exact substring of its text, then writes the file.

    .venv/bin/python eval/articles/build_handmade.py
"""
from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from annotate import actor, check, entity, event, quote  # noqa: E402

OUT = Path(__file__).with_name("handmade.jsonl")

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


# Round 2: written after the fixes that round 1 prompted, measured once, not used to fix rules.
ARTICLES_2 = [
    {
        "id": "hm2-de-01", "lang": "de", "published": "2025-02-18", "title": None,
        "text": (
            "US-Vizepräsident JD Vance hat der Europäischen Union vorgeworfen, die Meinungsfreiheit "
            "einzuschränken. Bundesverteidigungsminister Boris Pistorius kritisierte die Rede scharf.\n"
            "Vance traf am Freitag in München den ukrainischen Präsidenten Wolodymyr Selenskyj. Dabei forderte "
            "Selenskyj erneut Sicherheitsgarantien der USA für sein Land. Die Ukraine brauche mehr Luftabwehr, "
            "sagte er."
        ),
        "events": [
            event("ACCUSE", actor("JD Vance", "USA", "GOV"), actor("European Union", "EUR", "IGO"),
                  "US-Vizepräsident JD Vance hat der Europäischen Union vorgeworfen, die Meinungsfreiheit "
                  "einzuschränken.", mode="allege"),
            event("ACCUSE", actor("Boris Pistorius", "DEU", "GOV"), actor("JD Vance", "USA", "GOV"),
                  "Bundesverteidigungsminister Boris Pistorius kritisierte die Rede scharf.", mode="disapprove"),
            event("CONSULT", actor("JD Vance", "USA", "GOV"), ZELENSKY, "Vance traf am Freitag in München den "
                  "ukrainischen Präsidenten Wolodymyr Selenskyj.", date="2025-02-14", location="Munich",
                  location_country="DEU"),
            event("REQUEST", ZELENSKY, actor("United States", "USA", "GOV"), "Dabei forderte Selenskyj erneut "
                  "Sicherheitsgarantien der USA für sein Land."),
        ],
        "quotes": [quote("Die Ukraine brauche mehr Luftabwehr", "Volodymyr Zelensky", "indirect")],
        "entities": [
            entity("JD Vance", "PER", "USA", ["US-Vizepräsident JD Vance", "Vance"]),
            entity("European Union", "ORG", "EUR", ["Europäischen Union"]),
            entity("Boris Pistorius", "PER", "DEU", ["Bundesverteidigungsminister Boris Pistorius"]),
            entity("Volodymyr Zelensky", "PER", "UKR", ["den ukrainischen Präsidenten Wolodymyr Selenskyj",
                                                        "Selenskyj", "er"]),
        ],
    },
    {
        "id": "hm2-de-02", "lang": "de", "published": "2024-11-26", "title": None,
        "text": (
            "Israel und die libanesische Hisbollah-Miliz haben sich am Dienstag auf eine Waffenruhe geeinigt. "
            "Israelische Kampfflugzeuge griffen noch am Dienstag Ziele in der libanesischen Hauptstadt Beirut an.\n"
            "Der libanesische Regierungschef Nadschib Mikati dankte den USA und Frankreich für ihre Vermittlung."
        ),
        "events": [
            event("AGREE", actor("Israel", "ISR", "GOV"), actor("Hezbollah", "LBN", "REB"), "Israel und die "
                  "libanesische Hisbollah-Miliz haben sich am Dienstag auf eine Waffenruhe geeinigt.",
                  date="2024-11-26"),
            event("ASSAULT", actor("Israeli air force", "ISR", "MIL"), actor("Lebanon", "LBN", "GOV"),
                  "Israelische Kampfflugzeuge griffen noch am Dienstag Ziele in der libanesischen Hauptstadt "
                  "Beirut an.", mode="aerial", date="2024-11-26", location="Beirut", location_country="LBN"),
            event("SUPPORT", actor("Najib Mikati", "LBN", "GOV"), actor("United States", "USA", "GOV"),
                  "Der libanesische Regierungschef Nadschib Mikati dankte den USA und Frankreich für ihre "
                  "Vermittlung."),
            event("SUPPORT", actor("Najib Mikati", "LBN", "GOV"), actor("France", "FRA", "GOV"),
                  "Der libanesische Regierungschef Nadschib Mikati dankte den USA und Frankreich für ihre "
                  "Vermittlung."),
        ],
        "quotes": [],
        "entities": [
            entity("Hezbollah", "ORG", "LBN", ["Hisbollah-Miliz"]),
            entity("Najib Mikati", "PER", "LBN", ["Der libanesische Regierungschef Nadschib Mikati"]),
            entity("Beirut", "LOC", "LBN", ["Beirut"]),
        ],
    },
    {
        "id": "hm2-de-03", "lang": "de", "published": "2025-04-08", "title": None,
        "text": (
            "Die Regierung in Peking hat als Reaktion auf die neuen US-Zölle Gegenzölle von 34 Prozent auf alle "
            "Waren aus den Vereinigten Staaten verhängt. Das chinesische Handelsministerium warf Washington vor, "
            "gegen die Regeln der Welthandelsorganisation zu verstoßen. Zugleich rief Peking die US-Regierung zu "
            "Verhandlungen auf.\n"
            "EU-Handelskommissar Maroš Šefčovič telefonierte am Montag mit seinem chinesischen Amtskollegen Wang "
            "Wentao."
        ),
        "events": [
            event("SANCTION", actor("China", "CHN", "GOV"), actor("United States", "USA", "GOV"), "Die Regierung "
                  "in Peking hat als Reaktion auf die neuen US-Zölle Gegenzölle von 34 Prozent auf alle Waren aus "
                  "den Vereinigten Staaten verhängt."),
            event("ACCUSE", actor("Chinese commerce ministry", "CHN", "GOV"), actor("United States", "USA", "GOV"),
                  "Das chinesische Handelsministerium warf Washington vor, gegen die Regeln der "
                  "Welthandelsorganisation zu verstoßen.", mode="allege"),
            event("REQUEST", actor("China", "CHN", "GOV"), actor("United States", "USA", "GOV"), "Zugleich rief "
                  "Peking die US-Regierung zu Verhandlungen auf.", mode="meet"),
            event("CONSULT", actor("Maroš Šefčovič", "EUR", "IGO"), actor("Wang Wentao", "CHN", "GOV"),
                  "EU-Handelskommissar Maroš Šefčovič telefonierte am Montag mit seinem chinesischen Amtskollegen "
                  "Wang Wentao.", mode="phone", date="2025-04-07"),
        ],
        "quotes": [],
        "entities": [
            entity("China", "GPE", "CHN", ["Peking"]),
            entity("United States", "GPE", "USA", ["Vereinigten Staaten", "Washington", "US-Regierung"]),
            entity("Maroš Šefčovič", "PER", "EUR", ["EU-Handelskommissar Maroš Šefčovič"]),
            entity("Wang Wentao", "PER", "CHN", ["seinem chinesischen Amtskollegen Wang Wentao"]),
        ],
    },
    {
        "id": "hm2-de-04", "lang": "de", "published": "2024-07-09", "title": None,
        "text": (
            "Der ungarische Ministerpräsident Viktor Orbán ist am Montag überraschend nach Peking gereist und hat "
            "dort den chinesischen Staatschef Xi Jinping getroffen. Die EU-Kommission kritisierte die Reise. Die "
            "Kommission sei vorab nicht informiert worden, sagte ein Sprecher in Brüssel.\n"
            "Xi rief Russland und die Ukraine zu direkten Gesprächen auf."
        ),
        "events": [
            event("CONSULT", actor("Viktor Orbán", "HUN", "GOV"), actor("Xi Jinping", "CHN", "GOV"), "Der "
                  "ungarische Ministerpräsident Viktor Orbán ist am Montag überraschend nach Peking gereist und hat "
                  "dort den chinesischen Staatschef Xi Jinping getroffen.", mode="visit", date="2024-07-08",
                  location="Beijing", location_country="CHN"),
            event("ACCUSE", actor("European Commission", "EUR", "IGO"), actor("Viktor Orbán", "HUN", "GOV"),
                  "Die EU-Kommission kritisierte die Reise.", mode="disapprove"),
            event("REQUEST", actor("Xi Jinping", "CHN", "GOV"), actor("Russia", "RUS", "GOV"), "Xi rief Russland "
                  "und die Ukraine zu direkten Gesprächen auf.", mode="meet"),
            event("REQUEST", actor("Xi Jinping", "CHN", "GOV"), actor("Ukraine", "UKR", "GOV"), "Xi rief Russland "
                  "und die Ukraine zu direkten Gesprächen auf.", mode="meet"),
        ],
        "quotes": [quote("Die Kommission sei vorab nicht informiert worden",
                         "spokesperson of the European Commission", "indirect")],
        "entities": [
            entity("Viktor Orbán", "PER", "HUN", ["Der ungarische Ministerpräsident Viktor Orbán", "Orbán"]),
            entity("Xi Jinping", "PER", "CHN", ["den chinesischen Staatschef Xi Jinping", "Xi"]),
            entity("European Commission", "ORG", "EUR", ["Die EU-Kommission", "Die Kommission"]),
        ],
    },
    {
        "id": "hm2-en-01", "lang": "en", "published": "2025-03-04", "title": None,
        "text": (
            "Thousands of Belgian farmers drove their tractors into central Brussels on Monday to protest against "
            "the European Union's trade deal with South American countries. Police used water cannon to push "
            "back demonstrators near the European Parliament. Belgian police said 12 people were detained.\n"
            "French President Emmanuel Macron again rejected the agreement in its current form. \"The "
            "negotiations are not over,\" he told reporters in Paris."
        ),
        "events": [
            event("PROTEST", actor("Belgian farmers", "BEL", "CVL"), actor("European Union", "EUR", "IGO"),
                  "Thousands of Belgian farmers drove their tractors into central Brussels on Monday to protest "
                  "against the European Union's trade deal with South American countries.", mode="demo",
                  date="2025-03-03", location="Brussels", location_country="BEL"),
            event("ASSAULT", actor("Belgian police", "BEL", "COP"), actor("Belgian farmers", "BEL", "CVL"),
                  "Police used water cannon to push back demonstrators near the European Parliament.",
                  mode="crowd-control"),
            event("COERCE", actor("Belgian police", "BEL", "COP"), actor("Belgian farmers", "BEL", "CVL"),
                  "Belgian police said 12 people were detained.", mode="arrest"),
            event("REJECT", actor("Emmanuel Macron", "FRA", "GOV"), actor("European Union", "EUR", "IGO"),
                  "French President Emmanuel Macron again rejected the agreement in its current form."),
        ],
        "quotes": [quote("The negotiations are not over", "Emmanuel Macron", "direct")],
        "entities": [
            entity("Emmanuel Macron", "PER", "FRA", ["French President Emmanuel Macron", "he"]),
            entity("European Union", "ORG", "EUR", ["European Union"]),
            entity("Brussels", "LOC", "BEL", ["Brussels"]),
        ],
    },
    {
        "id": "hm2-en-02", "lang": "en", "published": "2024-09-24", "title": None,
        "text": (
            "Iran's President Masoud Pezeshkian accused Israel of trying to drag the Middle East into a wider war. "
            "Speaking in New York, he called on the United Nations to stop the fighting in Gaza and Lebanon.\n"
            "Israeli Prime Minister Benjamin Netanyahu warned Iran that Israel would strike back if it was "
            "attacked. Hezbollah fired dozens of rockets at northern Israel on Tuesday, the Israeli military "
            "said. Israel's army said it hit hundreds of Hezbollah targets in southern Lebanon."
        ),
        "events": [
            event("ACCUSE", actor("Masoud Pezeshkian", "IRN", "GOV"), actor("Israel", "ISR", "GOV"), "Iran's "
                  "President Masoud Pezeshkian accused Israel of trying to drag the Middle East into a wider war.",
                  mode="allege"),
            event("REQUEST", actor("Masoud Pezeshkian", "IRN", "GOV"), actor("United Nations", "UNO", "IGO"),
                  "Speaking in New York, he called on the United Nations to stop the fighting in Gaza and Lebanon."),
            event("THREATEN", actor("Benjamin Netanyahu", "ISR", "GOV"), actor("Iran", "IRN", "GOV"), "Israeli "
                  "Prime Minister Benjamin Netanyahu warned Iran that Israel would strike back if it was attacked."),
            event("ACCUSE", actor("Israeli military", "ISR", "MIL"), actor("Hezbollah", "LBN", "REB"), "Hezbollah "
                  "fired dozens of rockets at northern Israel on Tuesday, the Israeli military said.",
                  mode="allege"),
            event("ASSAULT", actor("Israeli military", "ISR", "MIL"), actor("Hezbollah", "LBN", "REB"), "Israel's "
                  "army said it hit hundreds of Hezbollah targets in southern Lebanon."),
        ],
        "quotes": [
            quote("Hezbollah fired dozens of rockets at northern Israel on Tuesday", "Israeli military", "indirect"),
            quote("it hit hundreds of Hezbollah targets in southern Lebanon", "Israeli military", "indirect"),
        ],
        "entities": [
            entity("Masoud Pezeshkian", "PER", "IRN", ["Iran's President Masoud Pezeshkian", "he"]),
            entity("Benjamin Netanyahu", "PER", "ISR", ["Israeli Prime Minister Benjamin Netanyahu"]),
            entity("Hezbollah", "ORG", "LBN", ["Hezbollah"]),
            entity("Israeli military", "ORG", "ISR", ["the Israeli military", "Israel's army"]),
        ],
    },
]

LAST_ROUND = 504
# rounds 3 onwards live in their own files (round3.py -> handmade3.jsonl, ...); a round whose writer did not finish
# has no file; rounds 499–504 were measured blind in the seventy-fifth session and are not yet read (measure them
# first)
ROUNDS = {"handmade.jsonl": ARTICLES, "handmade2.jsonl": ARTICLES_2,
          **{f"handmade{n}.jsonl": importlib.import_module(f"round{n}").ARTICLES for n in range(3, LAST_ROUND + 1)
             if Path(__file__).with_name(f"round{n}.py").exists()}}


def main() -> None:
    for name, articles in ROUNDS.items():
        out = OUT.with_name(name)
        with out.open("w", encoding="utf-8") as fh:
            for article in articles:
                check(article)
                fh.write(json.dumps({"url": None, **article}, ensure_ascii=False) + "\n")
        n_events = sum(len(a["events"]) for a in articles)
        n_quotes = sum(len(a["quotes"]) for a in articles)
        print(f"wrote {out} ({len(articles)} articles, {n_events} events, {n_quotes} quotes)")


if __name__ == "__main__":
    main()
