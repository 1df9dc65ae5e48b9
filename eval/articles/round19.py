"""Round 19 of the hand-made articles (written blind; see README.md).

Six invented wire-style articles (4 German, 2 English), 2024-2025: Georgia's protests after the
suspended EU accession talks, Serbia's prime minister resigns after the Novi Sad protests, the
Kyrgyz-Tajik border treaty, Panama's state of emergency in Bocas del Toro, the Colombia-US row
over deportation flights, arrests and aid after the Kocani nightclub fire in North Macedonia.
The events are invented (plausible, not reported facts). Annotation follows
../shared/data/articles/CONVENTIONS.md; texts are built sentence by sentence with `paragraphs`.
"""
from __future__ import annotations

from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm19-de-01 (Georgia)
S1 = ("Tiflis (dpa) - In Georgien ist die Polizei am Sonntagabend erneut mit Wasserwerfern und Tränengas "
      "gegen Demonstranten vorgegangen, die gegen das Aussetzen der EU-Beitrittsgespräche protestierten.")
S2 = ("Nach Angaben des Innenministeriums wurden seit Donnerstag mehr als 220 Menschen festgenommen, "
      "darunter der Oppositionspolitiker Nika Melia.")
S3 = ("Ministerpräsident Irakli Kobachidse warf der Opposition vor, die Gewalt gezielt angestachelt zu haben, "
      "und sprach von einem »aus dem Ausland finanzierten« Umsturzversuch.")
S4 = "Die Polizei habe lediglich auf Angriffe mit Feuerwerkskörpern und Steinen reagiert, sagte er."
S5 = ("Kobachidse hatte am Donnerstag angekündigt, Beitrittsverhandlungen mit der Europäischen Union bis "
      "Ende 2028 nicht mehr anzustreben.")
S6 = ("Die EU-Außenbeauftragte Kaja Kallas verurteilte das Vorgehen der Sicherheitskräfte und forderte die "
      "Regierung in Tiflis auf, das Recht auf friedlichen Protest zu achten.")
S7 = "„Gewalt gegen friedliche Demonstranten ist inakzeptabel“, schrieb Kallas auf der Plattform X."
S8 = ("Präsidentin Salome Surabischwili, eine scharfe Kritikerin der Regierung, erklärte, sie werde ihr Amt "
      "nach Ablauf ihrer Amtszeit nicht abgeben, solange kein neues Parlament gewählt sei.")
S9 = ("Die Regierungspartei Georgischer Traum weist den Vorwurf zurück, das Land in Richtung Moskau "
      "zu führen.")

GEO_POLICE = actor("Georgian police", "GEO", "COP")
GEO_PROTESTERS = actor("Georgian protesters", "GEO", "CVL")
GEO_GOV = actor("Government of Georgia", "GEO", "GOV")
KOBAKHIDZE = actor("Irakli Kobakhidze", "GEO", "GOV")
KALLAS = actor("Kaja Kallas", "EUR", "IGO")

DE01 = {
    "id": "hm19-de-01",
    "lang": "de",
    "published": "2024-12-02",
    "title": None,
    "text": paragraphs([S1, S2], [S3, S4, S5], [S6, S7], [S8, S9]),
    "events": [
        event("ASSAULT", GEO_POLICE, GEO_PROTESTERS, S1, mode="crowd-control", date="2024-12-01",
              location="Tbilisi", location_country="GEO"),
        event("PROTEST", GEO_PROTESTERS, GEO_GOV, S1, mode="demo", date="2024-12-01", location="Tbilisi",
              location_country="GEO"),
        event("COERCE", GEO_POLICE, GEO_PROTESTERS, S2, mode="arrest"),
        event("ACCUSE", KOBAKHIDZE, actor("Georgian opposition", "GEO", "OPP"), S3, mode="allege"),
        event("ACCUSE", KOBAKHIDZE, GEO_PROTESTERS, S4, mode="allege"),
        event("SANCTION", KOBAKHIDZE, actor("European Union", "EUR", "IGO"), S5, mode="withdraw",
              date="2024-11-28"),
        event("ACCUSE", KALLAS, GEO_POLICE, S6, mode="disapprove"),
        event("REQUEST", KALLAS, GEO_GOV, S6, mode="change"),
        event("ACCUSE", KALLAS, GEO_POLICE, S7, mode="disapprove"),
        event("REJECT", actor("Salome Zourabichvili", "GEO", "GOV"), GEO_GOV, S8, mode="yield"),
    ],
    "quotes": [
        quote("wurden seit Donnerstag mehr als 220 Menschen festgenommen, darunter der Oppositionspolitiker "
              "Nika Melia", "Ministry of Internal Affairs of Georgia", "indirect"),
        quote("die Gewalt gezielt angestachelt zu haben", "Irakli Kobakhidze", "indirect"),
        quote("aus dem Ausland finanzierten", "Irakli Kobakhidze", "direct"),
        quote("Die Polizei habe lediglich auf Angriffe mit Feuerwerkskörpern und Steinen reagiert",
              "Irakli Kobakhidze", "indirect"),
        quote("Gewalt gegen friedliche Demonstranten ist inakzeptabel", "Kaja Kallas", "direct"),
        quote("sie werde ihr Amt nach Ablauf ihrer Amtszeit nicht abgeben, solange kein neues Parlament "
              "gewählt sei", "Salome Zourabichvili", "indirect"),
    ],
    "entities": [
        entity("Tbilisi", "LOC", "GEO", ["Tiflis"]),
        entity("Georgia", "GPE", "GEO", ["Georgien", "das Land"]),
        entity("Georgian police", "ORG", "GEO", ["die Polizei", "Die Polizei", "der Sicherheitskräfte"]),
        entity("Georgian protesters", "ORG", "GEO", ["Demonstranten"]),
        entity("Ministry of Internal Affairs of Georgia", "ORG", "GEO", ["des Innenministeriums"]),
        entity("Nika Melia", "PER", "GEO", ["der Oppositionspolitiker Nika Melia"]),
        entity("Irakli Kobakhidze", "PER", "GEO", ["Ministerpräsident Irakli Kobachidse", "er", "Kobachidse"]),
        entity("Georgian opposition", "ORG", "GEO", ["der Opposition"]),
        entity("European Union", "ORG", "EUR", ["der Europäischen Union"]),
        entity("Kaja Kallas", "PER", "EUR", ["Die EU-Außenbeauftragte Kaja Kallas", "Kallas"]),
        entity("Government of Georgia", "ORG", "GEO", ["Regierung in Tiflis", "der Regierung"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Salome Zourabichvili", "PER", "GEO",
               ["Präsidentin Salome Surabischwili", "eine scharfe Kritikerin der Regierung", "sie"]),
        entity("Georgian Dream", "ORG", "GEO", ["Die Regierungspartei Georgischer Traum"]),
        entity("Russia", "GPE", "RUS", ["Moskau"]),
    ],
}

# ---------------------------------------------------------------- hm19-de-02 (Serbia)
S10 = ("Belgrad (AFP) - Nach wochenlangen Massenprotesten gegen die Regierung hat der serbische "
       "Ministerpräsident Miloš Vučević am Dienstag seinen Rücktritt erklärt.")
S11 = "Er wolle damit die Spannungen im Land entschärfen, sagte Vučević vor Journalisten in Belgrad."
S12 = ("In der Nacht zuvor hatten Anhänger der Regierungspartei SNS in Novi Sad eine Gruppe von Studenten "
       "mit Baseballschlägern angegriffen; eine Studentin wurde schwer verletzt.")
S13 = "Zwei Verdächtige wurden festgenommen."
S14 = ("Auslöser der Proteste war der Einsturz eines Bahnhofsvordachs in Novi Sad im November, bei dem "
       "15 Menschen ums Leben kamen.")
S15 = "Seither blockieren Studenten fast täglich Straßen und Kreuzungen in mehreren Städten."
S16 = ("Präsident Aleksandar Vučić bot den Studenten am Dienstag Gespräche an und kündigte die Begnadigung "
       "aller bei den Protesten festgenommenen Demonstranten an.")
S17 = "Zugleich warf er ausländischen Geheimdiensten vor, die Proteste zu steuern."
S18 = ("„Wir verhandeln nicht mit dem Präsidenten, er ist laut Verfassung gar nicht zuständig“, sagte ein "
       "Sprecher der Studierenden in Belgrad.")

SRB_GOV = actor("Government of Serbia", "SRB", "GOV")
SRB_STUDENTS = actor("Serbian students", "SRB", "CVL")
SNS_SUPPORTERS = actor("SNS supporters", "SRB", "PTY")
VUCIC = actor("Aleksandar Vučić", "SRB", "GOV")

DE02 = {
    "id": "hm19-de-02",
    "lang": "de",
    "published": "2025-01-28",
    "title": None,
    "text": paragraphs([S10, S11], [S12, S13], [S14, S15], [S16, S17, S18]),
    "events": [
        event("PROTEST", actor("Serbian protesters", "SRB", "CVL"), SRB_GOV, S10, mode="demo"),
        event("RETREAT", actor("Miloš Vučević", "SRB", "GOV"), None, S10, mode="resign", date="2025-01-28"),
        event("ASSAULT", SNS_SUPPORTERS, SRB_STUDENTS, S12, mode="beat", date="2025-01-27", location="Novi Sad",
              location_country="SRB"),
        event("COERCE", actor("Serbian police", "SRB", "COP"), SNS_SUPPORTERS, S13, mode="arrest"),
        event("PROTEST", SRB_STUDENTS, SRB_GOV, S15, mode="obstruct"),
        event("AGREE", VUCIC, SRB_STUDENTS, S16, date="2025-01-28"),
        event("CONCEDE", VUCIC, actor("Serbian protesters", "SRB", "CVL"), S16, date="2025-01-28"),
        event("ACCUSE", VUCIC, actor("foreign intelligence services", None, None), S17, mode="allege"),
        event("REJECT", actor("Spokesperson of the Serbian students", "SRB", "CVL"), VUCIC, S18, mode="meet"),
    ],
    "quotes": [
        quote("Er wolle damit die Spannungen im Land entschärfen", "Miloš Vučević", "indirect"),
        quote("die Proteste zu steuern", "Aleksandar Vučić", "indirect"),
        quote("Wir verhandeln nicht mit dem Präsidenten, er ist laut Verfassung gar nicht zuständig",
              "Spokesperson of the Serbian students", "direct"),
    ],
    "entities": [
        entity("Belgrade", "LOC", "SRB", ["Belgrad"]),
        entity("Serbia", "GPE", "SRB", ["Land"]),
        entity("Government of Serbia", "ORG", "SRB", ["die Regierung"]),
        entity("Miloš Vučević", "PER", "SRB", ["der serbische Ministerpräsident Miloš Vučević", "Er", "Vučević"]),
        entity("Serbian Progressive Party", "ORG", "SRB", ["Regierungspartei SNS"]),
        entity("SNS supporters", "ORG", "SRB", ["Anhänger der Regierungspartei SNS", "Zwei Verdächtige"]),
        entity("Serbian students", "ORG", "SRB",
               ["eine Gruppe von Studenten", "Studenten", "den Studenten", "der Studierenden"]),
        entity("Novi Sad", "LOC", "SRB", ["Novi Sad"]),
        entity("Serbian police", "ORG", "SRB", []),
        entity("Serbian protesters", "ORG", "SRB", ["Demonstranten"]),
        entity("Aleksandar Vučić", "PER", "SRB", ["Präsident Aleksandar Vučić", "er", "dem Präsidenten"]),
        entity("foreign intelligence services", "ORG", None, ["ausländischen Geheimdiensten"]),
        entity("Spokesperson of the Serbian students", "PER", "SRB", ["ein Sprecher der Studierenden"]),
    ],
}

# ---------------------------------------------------------------- hm19-de-03 (Kyrgyzstan/Tajikistan)
S20 = ("Bischkek (dpa) - Kirgistan und Tadschikistan haben ihren jahrzehntelangen Grenzstreit mit einem "
       "Abkommen beigelegt.")
S21 = ("Der tadschikische Präsident Emomali Rahmon und sein kirgisischer Amtskollege Sadyr Dschaparow "
       "unterzeichneten den Vertrag am Donnerstag bei einem Staatsbesuch Rahmons in Bischkek.")
S22 = ("Damit ist die gesamte, knapp 1000 Kilometer lange Grenze zwischen den beiden zentralasiatischen "
       "Staaten festgelegt.")
S23 = ("Bei Gefechten um Wasserquellen und Straßen im Ferghanatal waren 2021 und 2022 mehr als hundert "
       "Menschen getötet worden.")
S24 = "Dschaparow sprach von einem »historischen Tag«."
S25 = ("Beide Seiten vereinbarten zudem, die seit den Kämpfen geschlossenen Grenzübergänge binnen eines "
       "Monats wieder zu öffnen.")
S26 = ("Usbekistans Präsident Schawkat Mirsijojew begrüßte die Einigung und lud seine beiden Amtskollegen "
       "zu einem Dreiergipfel nach Taschkent ein.")
S27 = "Auch die Vereinten Nationen würdigten das Abkommen als Beispiel für friedliche Konfliktlösung."
S28 = ("Kritik kam dagegen von der kirgisischen Opposition: Sie warf der Regierung vor, sie habe Weideland "
       "im Gebiet Batken an Tadschikistan abgetreten.")
S29 = "Das Außenministerium in Bischkek wies dies zurück."

KGZ = actor("Kyrgyzstan", "KGZ", "GOV")
TJK = actor("Tajikistan", "TJK", "GOV")
RAHMON = actor("Emomali Rahmon", "TJK", "GOV")
JAPAROV = actor("Sadyr Japarov", "KGZ", "GOV")
MIRZIYOYEV = actor("Shavkat Mirziyoyev", "UZB", "GOV")
UN = actor("United Nations", "UNO", "IGO")

DE03 = {
    "id": "hm19-de-03",
    "lang": "de",
    "published": "2025-03-13",
    "title": None,
    "text": paragraphs([S20, S21, S22], [S23, S24, S25], [S26, S27], [S28, S29]),
    "events": [
        event("AGREE", KGZ, TJK, S20),
        event("CONSULT", RAHMON, JAPAROV, S21, mode="visit", date="2025-03-13", location="Bishkek",
              location_country="KGZ"),
        event("SUPPORT", RAHMON, JAPAROV, S21, date="2025-03-13", location="Bishkek", location_country="KGZ"),
        event("AGREE", KGZ, TJK, S25),
        event("SUPPORT", MIRZIYOYEV, JAPAROV, S26),
        event("SUPPORT", MIRZIYOYEV, RAHMON, S26),
        event("AGREE", MIRZIYOYEV, JAPAROV, S26),
        event("AGREE", MIRZIYOYEV, RAHMON, S26),
        event("SUPPORT", UN, KGZ, S27),
        event("SUPPORT", UN, TJK, S27),
        event("ACCUSE", actor("Kyrgyz opposition", "KGZ", "OPP"), actor("Government of Kyrgyzstan", "KGZ", "GOV"),
              S28, mode="allege"),
    ],
    "quotes": [
        quote("historischen Tag", "Sadyr Japarov", "direct"),
        quote("sie habe Weideland im Gebiet Batken an Tadschikistan abgetreten", "Kyrgyz opposition", "indirect"),
    ],
    "entities": [
        entity("Bishkek", "LOC", "KGZ", ["Bischkek"]),
        entity("Kyrgyzstan", "GPE", "KGZ", ["Kirgistan"]),
        entity("Tajikistan", "GPE", "TJK", ["Tadschikistan"]),
        entity("Emomali Rahmon", "PER", "TJK", ["Der tadschikische Präsident Emomali Rahmon", "Rahmons"]),
        entity("Sadyr Japarov", "PER", "KGZ", ["sein kirgisischer Amtskollege Sadyr Dschaparow", "Dschaparow"]),
        entity("Fergana Valley", "LOC", None, ["Ferghanatal"]),
        entity("Uzbekistan", "GPE", "UZB", ["Usbekistans"]),
        entity("Shavkat Mirziyoyev", "PER", "UZB", ["Usbekistans Präsident Schawkat Mirsijojew"]),
        entity("Tashkent", "LOC", "UZB", ["Taschkent"]),
        entity("United Nations", "ORG", "UNO", ["die Vereinten Nationen"]),
        entity("Kyrgyz opposition", "ORG", "KGZ", ["der kirgisischen Opposition", "Sie"]),
        entity("Government of Kyrgyzstan", "ORG", "KGZ", ["der Regierung"]),
        entity("Batken Region", "LOC", "KGZ", ["Gebiet Batken"]),
        entity("Ministry of Foreign Affairs of Kyrgyzstan", "ORG", "KGZ", ["Das Außenministerium in Bischkek"]),
    ],
}

# ---------------------------------------------------------------- hm19-de-04 (Panama)
S30 = ("Panama-Stadt (AFP) - Wegen gewaltsamer Proteste in der Bananenprovinz Bocas del Toro hat Panamas "
       "Regierung den Ausnahmezustand über die Region verhängt.")
S31 = ("Präsident José Raúl Mulino setzte am Freitag für zunächst fünf Tage mehrere Grundrechte außer Kraft, "
       "darunter die Versammlungsfreiheit.")
S32 = "Zudem wurde das mobile Internet in der Provinz abgeschaltet."
S33 = ("Seit Wochen blockieren streikende Plantagenarbeiter Straßen in der Region; sie wehren sich gegen "
       "eine Reform der Sozialversicherung.")
S34 = ("Am Donnerstag hatten Demonstranten nach Polizeiangaben eine Polizeiwache und Lagerhallen des "
       "Bananenkonzerns Chiquita in Changuinola in Brand gesetzt.")
S35 = "Dabei wurden mehr als 20 Menschen festgenommen."
S36 = ("Mulino warf Gewerkschaftsführern vor, die Gewalt zu finanzieren, und drohte ihnen mit "
       "Strafverfolgung.")
S37 = "Die Bananenarbeitergewerkschaft Sitraibana wies die Vorwürfe zurück."
S38 = "„Wir sind Arbeiter, keine Kriminellen“, sagte ihr Generalsekretär Francisco Smith."
S39 = ("Er forderte die Regierung auf, die Reform zurückzunehmen und mit den Streikenden zu "
       "verhandeln.")
S40 = "Gespräche mit der Gewerkschaft hat die Regierung bislang nicht aufgenommen."

PAN_GOV = actor("Government of Panama", "PAN", "GOV")
PAN_POLICE = actor("Panamanian police", "PAN", "COP")
PAN_PROTESTERS = actor("Panamanian protesters", "PAN", "CVL")
MULINO = actor("José Raúl Mulino", "PAN", "GOV")
UNION_LEADERS = actor("Panamanian union leaders", "PAN", "LAB")

DE04 = {
    "id": "hm19-de-04",
    "lang": "de",
    "published": "2025-06-21",
    "title": None,
    "text": paragraphs([S30, S31, S32], [S33, S34, S35], [S36, S37, S38, S39, S40]),
    "events": [
        event("PROTEST", PAN_PROTESTERS, PAN_GOV, S30, mode="riot", location="Bocas del Toro",
              location_country="PAN"),
        event("COERCE", PAN_GOV, None, S30, mode="curfew", date="2025-06-20", location="Bocas del Toro",
              location_country="PAN"),
        event("COERCE", MULINO, None, S31, mode="restrict", date="2025-06-20", location="Bocas del Toro",
              location_country="PAN"),
        event("COERCE", PAN_GOV, None, S32, mode="withhold", location="Bocas del Toro", location_country="PAN"),
        event("PROTEST", actor("banana plantation workers", "PAN", "LAB"), PAN_GOV, S33, mode="obstruct",
              location="Bocas del Toro", location_country="PAN"),
        event("ACCUSE", PAN_POLICE, PAN_PROTESTERS, S34, mode="allege"),
        event("COERCE", PAN_POLICE, PAN_PROTESTERS, S35, mode="arrest", date="2025-06-19",
              location="Changuinola", location_country="PAN"),
        event("ACCUSE", MULINO, UNION_LEADERS, S36, mode="allege"),
        event("THREATEN", MULINO, UNION_LEADERS, S36, mode="arrest"),
        event("REQUEST", actor("Francisco Smith", "PAN", "LAB"), PAN_GOV, S39, mode="change"),
        event("CONSULT", PAN_GOV, actor("Sitraibana", "PAN", "LAB"), S40, negated=True),
    ],
    "quotes": [
        quote("Am Donnerstag hatten Demonstranten nach Polizeiangaben eine Polizeiwache und Lagerhallen des "
              "Bananenkonzerns Chiquita in Changuinola in Brand gesetzt", "Panamanian police", "indirect"),
        quote("die Gewalt zu finanzieren", "José Raúl Mulino", "indirect"),
        quote("Wir sind Arbeiter, keine Kriminellen", "Francisco Smith", "direct"),
    ],
    "entities": [
        entity("Panama City", "LOC", "PAN", ["Panama-Stadt"]),
        entity("Bocas del Toro", "LOC", "PAN", ["der Bananenprovinz Bocas del Toro", "der Region", "der Provinz"]),
        entity("Panama", "GPE", "PAN", ["Panamas"]),
        entity("Government of Panama", "ORG", "PAN", ["Panamas Regierung", "die Regierung"]),
        entity("José Raúl Mulino", "PER", "PAN", ["Präsident José Raúl Mulino", "Mulino"]),
        entity("banana plantation workers", "ORG", "PAN", ["streikende Plantagenarbeiter", "sie", "den Streikenden"]),
        entity("Panamanian protesters", "ORG", "PAN", ["Demonstranten"]),
        entity("Panamanian police", "ORG", "PAN", []),
        entity("Chiquita", "ORG", "MNC", ["des Bananenkonzerns Chiquita"]),
        entity("Changuinola", "LOC", "PAN", ["Changuinola"]),
        entity("Panamanian union leaders", "PER", "PAN", ["Gewerkschaftsführern", "ihnen"]),
        entity("Sitraibana", "ORG", "PAN",
               ["Die Bananenarbeitergewerkschaft Sitraibana", "ihr", "der Gewerkschaft"]),
        entity("Francisco Smith", "PER", "PAN", ["ihr Generalsekretär Francisco Smith", "Er"]),
    ],
}

# ---------------------------------------------------------------- hm19-en-01 (Colombia/United States)
S41 = ("BOGOTA, Jan 27 (Reuters) - Colombia agreed late on Sunday to accept deportation flights from the "
       "United States, hours after President Donald Trump threatened sweeping tariffs and sanctions over "
       "Bogota's refusal to let two U.S. military planes land.")
S42 = ('President Gustavo Petro had turned back the flights carrying deported migrants on Sunday morning, '
       'saying they must be treated "with dignity" and flown on civilian aircraft.')
S43 = ("Trump responded by ordering 25% tariffs on all Colombian goods and visa restrictions for Colombian "
       "government officials.")
S44 = 'Petro in turn ordered 25% tariffs on U.S. imports, calling Trump\'s measures "economic blackmail."'
S45 = ('"The Government of Colombia has agreed to all of President Trump\'s terms," White House press '
       'secretary Karoline Leavitt said in a statement late on Sunday.')
S46 = ("The White House said the tariff orders would not be signed unless Colombia failed to honor the "
       "agreement.")
S47 = ("Colombian Foreign Minister Luis Gilberto Murillo said the impasse had been overcome and that the "
       "presidential plane was ready to bring the migrants home.")

COL = actor("Colombia", "COL", "GOV")
USA = actor("United States", "USA", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
PETRO = actor("Gustavo Petro", "COL", "GOV")

EN01 = {
    "id": "hm19-en-01",
    "lang": "en",
    "published": "2025-01-27",
    "title": None,
    "text": paragraphs([S41], [S42, S43, S44], [S45, S46], [S47]),
    "events": [
        event("AGREE", COL, USA, S41, date="2025-01-26"),
        event("THREATEN", TRUMP, COL, S41, mode="restrict", date="2025-01-26"),
        event("REJECT", COL, USA, S41, date="2025-01-26"),
        event("REJECT", PETRO, USA, S42, date="2025-01-26"),
        event("REQUEST", PETRO, USA, S42, mode="change", date="2025-01-26"),
        event("SANCTION", TRUMP, COL, S43, mode="discontinue"),
        event("SANCTION", PETRO, USA, S44, mode="discontinue"),
        event("ACCUSE", PETRO, TRUMP, S44, mode="disapprove"),
        event("AGREE", actor("Government of Colombia", "COL", "GOV"), USA, S45, date="2025-01-26"),
        event("THREATEN", actor("White House", "USA", "GOV"), COL, S46, mode="restrict"),
        event("AGREE", actor("Luis Gilberto Murillo", "COL", "GOV"), USA, S47),
    ],
    "quotes": [
        quote("with dignity", "Gustavo Petro", "direct"),
        quote('they must be treated "with dignity" and flown on civilian aircraft', "Gustavo Petro", "indirect"),
        quote("economic blackmail", "Gustavo Petro", "direct"),
        quote("The Government of Colombia has agreed to all of President Trump's terms", "Karoline Leavitt",
              "direct"),
        quote("the tariff orders would not be signed unless Colombia failed to honor the agreement",
              "White House", "indirect"),
        quote("the impasse had been overcome and that the presidential plane was ready to bring the migrants home",
              "Luis Gilberto Murillo", "indirect"),
    ],
    "entities": [
        entity("Bogota", "LOC", "COL", ["BOGOTA"]),
        entity("Colombia", "GPE", "COL", ["Colombia", "Bogota's", "Colombian"]),
        entity("United States", "GPE", "USA", ["the United States", "U.S."]),
        entity("Donald Trump", "PER", "USA",
               ["President Donald Trump", "Trump", "Trump's", "President Trump's"]),
        entity("Gustavo Petro", "PER", "COL", ["President Gustavo Petro", "Petro"]),
        entity("Government of Colombia", "ORG", "COL", ["The Government of Colombia"]),
        entity("Karoline Leavitt", "PER", "USA", ["White House press secretary Karoline Leavitt"]),
        entity("White House", "ORG", "USA", ["The White House", "White House"]),
        entity("Luis Gilberto Murillo", "PER", "COL", ["Colombian Foreign Minister Luis Gilberto Murillo"]),
    ],
}

# ---------------------------------------------------------------- hm19-en-02 (North Macedonia)
S48 = ("SKOPJE, March 18 (Reuters) - Police in North Macedonia have detained 20 people, including current "
       "and former officials, over a nightclub fire that killed 59 people in the eastern town of Kocani, "
       "Interior Minister Pance Toskovski said on Tuesday.")
S49 = "Toskovski said the Pulse club had been operating with a license obtained through bribery."
S50 = ("Prosecutors have opened an investigation into the club's owners and several officials at the economy "
       "ministry on suspicion of corruption.")
S51 = "Hundreds of people marched through Kocani on Monday to demand accountability from the authorities."
S52 = ('Prime Minister Hristijan Mickoski blamed previous Social Democrat-led governments for "corruption '
       'that has taken root over decades."')
S53 = "The opposition Social Democrats rejected the accusation and called for Toskovski's resignation."
S54 = ("The European Union activated its civil protection mechanism, while Greece, Bulgaria and Serbia flew "
       "dozens of burn victims to their hospitals for treatment.")
S55 = "Mickoski thanked Athens, Sofia and Belgrade for their help."

CLUB_OWNERS = actor("owners of the Pulse nightclub", "MKD", "BUS")
SDSM = actor("Social Democratic Union of Macedonia", "MKD", "PTY")
MICKOSKI = actor("Hristijan Mickoski", "MKD", "GOV")
TOSKOVSKI = actor("Pance Toskovski", "MKD", "GOV")
VICTIMS = actor("burn victims of the Kocani fire", "MKD", "CVL")
GRC = actor("Greece", "GRC", "GOV")
BGR = actor("Bulgaria", "BGR", "GOV")
SRB = actor("Serbia", "SRB", "GOV")

EN02 = {
    "id": "hm19-en-02",
    "lang": "en",
    "published": "2025-03-18",
    "title": None,
    "text": paragraphs([S48, S49], [S50, S51], [S52, S53], [S54, S55]),
    "events": [
        event("COERCE", actor("North Macedonian police", "MKD", "COP"),
              actor("suspects in the Kocani nightclub fire", "MKD", None), S48, mode="arrest"),
        event("ACCUSE", TOSKOVSKI, CLUB_OWNERS, S49, mode="allege"),
        event("ACCUSE", actor("North Macedonian prosecutors", "MKD", "JUD"), CLUB_OWNERS, S50, mode="investigate"),
        event("ACCUSE", actor("North Macedonian prosecutors", "MKD", "JUD"),
              actor("officials of the Ministry of Economy of North Macedonia", "MKD", "GOV"), S50,
              mode="investigate"),
        event("PROTEST", actor("residents of Kocani", "MKD", "CVL"),
              actor("North Macedonian authorities", "MKD", "GOV"), S51, mode="demo", date="2025-03-17",
              location="Kocani", location_country="MKD"),
        event("ACCUSE", MICKOSKI, SDSM, S52, mode="disapprove"),
        event("REQUEST", SDSM, TOSKOVSKI, S53, mode="change"),
        event("AID", actor("European Union", "EUR", "IGO"), actor("North Macedonia", "MKD", "GOV"), S54),
        event("AID", GRC, VICTIMS, S54),
        event("AID", BGR, VICTIMS, S54),
        event("AID", SRB, VICTIMS, S54),
        event("SUPPORT", MICKOSKI, GRC, S55),
        event("SUPPORT", MICKOSKI, BGR, S55),
        event("SUPPORT", MICKOSKI, SRB, S55),
    ],
    "quotes": [
        quote("Police in North Macedonia have detained 20 people, including current and former officials, over "
              "a nightclub fire that killed 59 people in the eastern town of Kocani", "Pance Toskovski",
              "indirect"),
        quote("the Pulse club had been operating with a license obtained through bribery", "Pance Toskovski",
              "indirect"),
        quote("corruption that has taken root over decades", "Hristijan Mickoski", "direct"),
    ],
    "entities": [
        entity("Skopje", "LOC", "MKD", ["SKOPJE"]),
        entity("North Macedonia", "GPE", "MKD", ["North Macedonia"]),
        entity("North Macedonian police", "ORG", "MKD", ["Police in North Macedonia"]),
        entity("Kocani", "LOC", "MKD", ["the eastern town of Kocani", "Kocani"]),
        entity("Pance Toskovski", "PER", "MKD", ["Interior Minister Pance Toskovski", "Toskovski", "Toskovski's"]),
        entity("Pulse nightclub", "LOC", "MKD", ["a nightclub", "the Pulse club", "the club's"]),
        entity("owners of the Pulse nightclub", "PER", "MKD", ["the club's owners"]),
        entity("North Macedonian prosecutors", "ORG", "MKD", ["Prosecutors"]),
        entity("Ministry of Economy of North Macedonia", "ORG", "MKD", ["the economy ministry"]),
        entity("residents of Kocani", "ORG", "MKD", ["Hundreds of people"]),
        entity("North Macedonian authorities", "ORG", "MKD", ["the authorities"]),
        entity("Hristijan Mickoski", "PER", "MKD", ["Prime Minister Hristijan Mickoski", "Mickoski"]),
        entity("Social Democratic Union of Macedonia", "ORG", "MKD",
               ["previous Social Democrat-led governments", "The opposition Social Democrats"]),
        entity("European Union", "ORG", "EUR", ["The European Union", "its"]),
        entity("Greece", "GPE", "GRC", ["Greece", "Athens"]),
        entity("Bulgaria", "GPE", "BGR", ["Bulgaria", "Sofia"]),
        entity("Serbia", "GPE", "SRB", ["Serbia", "Belgrade"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
