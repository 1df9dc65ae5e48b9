"""Round 344: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm344-de-01: Albania: anti-corruption prosecutors SPAK arrest former President Ilir Meta in Tirana; custody request, supporters protest outside SPAK without arrests, Meta accuses Rama, Rama backs the prosecutors, Berisha and the US embassy react (2024-10-21).
- hm344-de-02: Croatia: the European Public Prosecutor's Office arrests Health Minister Vili Beroš and seven others over hospital procurement bribes; Plenković dismisses him and pledges cooperation, the SDP demands the government's resignation and is rebuffed, Milanović accuses Plenković (2024-11-15).
- hm344-de-03: Bulgaria: the Anti-Corruption Commission arrests Varna mayor Blagomir Kotsev (PP); custody request, protests and a blockade in Sofia without arrests, Vassilev blames the government and Peevski and demands his release, Radev criticises the authorities (2025-07-09).
- hm344-de-04: Germany: Interior Minister Dobrindt bans the Reichsbürger group Königreich Deutschland; raids in seven states, the federal prosecutor arrests Peter Fitzek and three other leaders, Fitzek's lawyer sues, Zieschang welcomes the ban, the Greens' demand (2025-05-13).
- hm344-en-01: Russia: a Moscow court sentences Golos co-chair Grigory Melkonyants to five years; Golos, the EU, Germany and ODIHR condemn, no ODIHR invitation to the 2024 election, Peskov declines comment, Andreychuk vows to go on (2025-05-26).
- hm344-en-02: Slovakia: parliament votes to abolish the public broadcaster RTVS after an opposition walkout; Šimkovičová and Fico accuse RTVS, protest in Bratislava without arrests, Šimečka accuses the government, Jourová urges independence, Pellegrini to decide (2024-06-20).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm344-de-01 (Albania, Ilir Meta arrested)
META = actor("Ilir Meta", "ALB", "OPP")
SPAK = actor("Special Prosecution Office against Corruption and Organised Crime", "ALB", "JUD")
ALB_SPECIAL_COURT = actor("Special Court against Corruption and Organised Crime", "ALB", "JUD")
META_SUPPORTERS = actor("supporters of Ilir Meta", "ALB", "CVL")
ALB_POLICE = actor("Albanian State Police", "ALB", "COP")
RAMA = actor("Edi Rama", "ALB", "GOV")
ALB_GOV = actor("Government of Albania", "ALB", "GOV")
BERISHA = actor("Sali Berisha", "ALB", "OPP")
US_EMBASSY_TIRANA = actor("United States Embassy in Tirana", "USA", "GOV")

A1 = ("Tirana (dpa) - In Albanien ist der frühere Staatspräsident Ilir Meta wegen Korruptionsverdachts festgenommen "
      "worden.")
A2 = ("Beamte des Nationalen Ermittlungsbüros hätten den 55-Jährigen am Montagmorgen in Tirana auf Anordnung der "
      "Sonderstaatsanwaltschaft SPAK in Gewahrsam genommen, teilte die Behörde mit.")
A3 = ("Die Ermittler werfen dem Vorsitzenden der oppositionellen Freiheitspartei passive Bestechung, Geldwäsche und "
      "das Verschleiern von Vermögen vor.")
A4 = ("Meta soll als Parlamentspräsident und später als Staatsoberhaupt Zahlungen eines Geschäftsmanns angenommen und "
      "über Konten von Angehörigen verschleiert haben.")
A5 = ("Die Sonderstaatsanwaltschaft beantragte beim Sondergericht gegen Korruption und organisierte Kriminalität "
      "Untersuchungshaft für den Ex-Präsidenten.")
A6 = "Vor dem Sitz der Behörde in Tirana versammelten sich am Nachmittag mehrere hundert Anhänger Metas."
A7 = ("Sie skandierten „Freiheit für Ilir“ und forderten die sofortige Freilassung des früheren Staatschefs.")
A8 = "Die Polizei riegelte den Eingang mit einem Großaufgebot ab."
A9 = "Festnahmen gab es nach Polizeiangaben zunächst nicht."
A10 = ("Meta selbst sprach kurz vor seiner Festnahme von einer „politischen Abrechnung“ durch Ministerpräsident "
       "Edi Rama.")
A11 = ("„Rama hat die Justiz zu seiner Waffe gegen jeden gemacht, der ihm widerspricht“, sagte der 55-Jährige in "
       "einem Video, das seine Partei verbreitete.")
A12 = "Die Sonderstaatsanwaltschaft sei längst ein Werkzeug der Regierung, behauptete er."
A13 = "Rama wies den Vorwurf der Einflussnahme zurück."
A14 = ("Niemand stehe in Albanien über dem Gesetz, auch kein früherer Präsident, sagte der Regierungschef am Rande "
       "einer Kabinettssitzung.")
A15 = "Er stellte sich ausdrücklich hinter die Ermittler."
A16 = ("Der Vorsitzende der oppositionellen Demokratischen Partei, Sali Berisha, warf der Regierung vor, die Justiz "
       "gegen ihre Gegner einzusetzen.")
A17 = "Die US-Botschaft in Tirana erklärte dagegen, sie unterstütze die Arbeit der Sonderstaatsanwaltschaft."
A18 = ("Meta war von 2017 bis 2022 Staatspräsident und zuvor unter anderem Ministerpräsident und "
       "Parlamentspräsident.")

DE01 = {
    "id": "hm344-de-01", "lang": "de", "url": None, "published": "2024-10-21",
    "title": "Albaniens Ex-Präsident Meta wegen Korruptionsverdachts festgenommen",
    "text": paragraphs([A1, A2, A3, A4, A5], [A6, A7, A8, A9], [A10, A11, A12, A13, A14, A15], [A16, A17, A18]),
    "events": [
        event("COERCE", SPAK, META, A1, mode="arrest", location_country="ALB"),
        event("COERCE", SPAK, META, A2, mode="arrest", date="2024-10-21", location="Tirana",
              location_country="ALB"),
        event("ACCUSE", SPAK, META, A3, mode="allege"),
        event("REQUEST", SPAK, ALB_SPECIAL_COURT, A5),
        event("PROTEST", META_SUPPORTERS, SPAK, A6, mode="demo", date="2024-10-21", location="Tirana",
              location_country="ALB"),
        event("PROTEST", META_SUPPORTERS, SPAK, A7, mode="demo"),
        event("COERCE", ALB_POLICE, META_SUPPORTERS, A8, mode="restrict"),
        event("COERCE", ALB_POLICE, META_SUPPORTERS, A9, mode="arrest", negated=True),
        event("ACCUSE", META, RAMA, A10, mode="allege"),
        event("ACCUSE", META, RAMA, A11, mode="allege"),
        event("ACCUSE", META, SPAK, A12, mode="allege"),
        event("SUPPORT", RAMA, SPAK, A15),
        event("ACCUSE", BERISHA, ALB_GOV, A16, mode="allege"),
        event("SUPPORT", US_EMBASSY_TIRANA, SPAK, A17),
    ],
    "quotes": [
        quote("Beamte des Nationalen Ermittlungsbüros hätten den 55-Jährigen am Montagmorgen in Tirana auf Anordnung "
              "der Sonderstaatsanwaltschaft SPAK in Gewahrsam genommen",
              "Special Prosecution Office against Corruption and Organised Crime", "indirect"),
        quote("Freiheit für Ilir", "supporters of Ilir Meta", "direct"),
        quote("Festnahmen gab es nach Polizeiangaben zunächst nicht", "Albanian State Police", "indirect"),
        quote("politischen Abrechnung", "Ilir Meta", "direct"),
        quote("Rama hat die Justiz zu seiner Waffe gegen jeden gemacht, der ihm widerspricht", "Ilir Meta", "direct"),
        quote("Die Sonderstaatsanwaltschaft sei längst ein Werkzeug der Regierung", "Ilir Meta", "indirect"),
        quote("Niemand stehe in Albanien über dem Gesetz, auch kein früherer Präsident", "Edi Rama", "indirect"),
        quote("die Justiz gegen ihre Gegner einzusetzen", "Sali Berisha", "indirect"),
        quote("sie unterstütze die Arbeit der Sonderstaatsanwaltschaft", "United States Embassy in Tirana",
              "indirect"),
    ],
    "entities": [
        entity("Tirana", "LOC", "ALB", ["Tirana"]),
        entity("Albania", "LOC", "ALB", ["Albanien"]),
        entity("Ilir Meta", "PER", "ALB", ["der frühere Staatspräsident Ilir Meta", "den 55-Jährigen",
                                           "dem Vorsitzenden der oppositionellen Freiheitspartei", "Meta", "Metas",
                                           "den Ex-Präsidenten", "des früheren Staatschefs", "der 55-Jährige"]),
        entity("National Bureau of Investigation (Albania)", "ORG", "ALB", ["des Nationalen Ermittlungsbüros"]),
        entity("Special Prosecution Office against Corruption and Organised Crime", "ORG", "ALB",
               ["Sonderstaatsanwaltschaft SPAK", "die Behörde", "Die Ermittler", "Die Sonderstaatsanwaltschaft",
                "der Behörde", "die Ermittler", "der Sonderstaatsanwaltschaft"]),
        entity("Freedom Party of Albania", "ORG", "ALB", ["der oppositionellen Freiheitspartei", "seine Partei"]),
        entity("unnamed businessman", "PER", "ALB", ["eines Geschäftsmanns"]),
        entity("Special Court against Corruption and Organised Crime", "ORG", "ALB",
               ["Sondergericht gegen Korruption und organisierte Kriminalität"]),
        entity("supporters of Ilir Meta", "PER", "ALB", ["mehrere hundert Anhänger Metas"]),
        entity("Albanian State Police", "ORG", "ALB", ["Die Polizei"]),
        entity("Edi Rama", "PER", "ALB", ["Ministerpräsident Edi Rama", "Rama", "der Regierungschef"]),
        entity("Government of Albania", "ORG", "ALB", ["der Regierung"]),
        entity("Sali Berisha", "PER", "ALB", ["Der Vorsitzende der oppositionellen Demokratischen Partei, Sali "
                                              "Berisha"]),
        entity("Democratic Party of Albania", "ORG", "ALB", ["der oppositionellen Demokratischen Partei"]),
        entity("United States Embassy in Tirana", "ORG", "USA", ["Die US-Botschaft in Tirana"]),
    ],
}

# ---------------------------------------------------------------- hm344-de-02 (Croatia, Health Minister Beroš)
BEROS = actor("Vili Beroš", "HRV", "GOV")
PLENKOVIC = actor("Andrej Plenković", "HRV", "GOV")
EPPO = actor("European Public Prosecutor's Office", "EUR", "JUD")
HRV_SUSPECTS = actor("suspects in the Croatian hospital procurement case", "HRV", "CVL")
HAJDAS_DONCIC = actor("Siniša Hajdaš Dončić", "HRV", "OPP")
HDZ = actor("Croatian Democratic Union", "HRV", "PTY")
HRV_GOV = actor("Government of Croatia", "HRV", "GOV")
MILANOVIC = actor("Zoran Milanović", "HRV", "GOV")

B1 = ("Zagreb (dpa) - In Kroatien ist Gesundheitsminister Vili Beroš unter Korruptionsverdacht festgenommen und kurz "
      "darauf von Ministerpräsident Andrej Plenković entlassen worden.")
B2 = ("Ermittler der Europäischen Staatsanwaltschaft (EPPO) nahmen den Minister am Freitagmorgen in Zagreb fest, wie "
      "die Behörde mitteilte.")
B3 = ("Neben Beroš wurden sieben weitere Verdächtige festgenommen, darunter Mitarbeiter von Krankenhäusern und "
      "Medizintechnikfirmen.")
B4 = ("Die Ermittler werfen dem Minister und den übrigen Verdächtigen vor, bei der Beschaffung von Geräten für "
      "Krankenhäuser Bestechungsgelder verlangt und angenommen zu haben.")
B5 = "Der Schaden für den staatlichen Krankenversicherer soll sich auf mehrere hunderttausend Euro belaufen."
B6 = "Plenković berief am Nachmittag eine Sondersitzung der Regierung ein, auf der er Beroš seines Amtes enthob."
B7 = "„Bei Korruption gibt es für niemanden einen Rabatt“, sagte der Regierungschef vor Journalisten."
B8 = "Die Regierung werde bei den Ermittlungen voll mit der EPPO zusammenarbeiten, versicherte er."
B9 = ("Der Vorsitzende der oppositionellen Sozialdemokraten (SDP), Siniša Hajdaš Dončić, forderte den Rücktritt der "
      "gesamten Regierung und vorgezogene Neuwahlen.")
B10 = "„Das ist kein Einzelfall, das ist das System der HDZ“, sagte er mit Blick auf die Regierungspartei."
B11 = "Plenković lehnte einen Rücktritt ab."
B12 = "Seine Koalition verfüge weiter über eine stabile Mehrheit im Parlament, sagte er."
B13 = ("Staatspräsident Zoran Milanović, ein langjähriger Rivale des Regierungschefs, warf Plenković vor, die "
       "Korruption in seinem Umfeld jahrelang gedeckt zu haben.")
B14 = "Plenković müsse sich selbst den Fragen der Ermittler stellen, verlangte er."
B15 = "Über eine Untersuchungshaft für Beroš soll in den kommenden Tagen ein Gericht in Zagreb entscheiden."
B16 = "Beroš, der das Ministerium seit 2020 leitete, äußerte sich zunächst nicht."

DE02 = {
    "id": "hm344-de-02", "lang": "de", "url": None, "published": "2024-11-15",
    "title": "Kroatiens Gesundheitsminister festgenommen und entlassen",
    "text": paragraphs([B1, B2, B3, B4, B5], [B6, B7, B8], [B9, B10, B11, B12], [B13, B14, B15, B16]),
    "events": [
        event("COERCE", EPPO, BEROS, B1, mode="arrest", location_country="HRV"),
        event("SANCTION", PLENKOVIC, BEROS, B1, mode="expel", location_country="HRV"),
        event("COERCE", EPPO, BEROS, B2, mode="arrest", date="2024-11-15", location="Zagreb",
              location_country="HRV"),
        event("COERCE", EPPO, HRV_SUSPECTS, B3, mode="arrest"),
        event("ACCUSE", EPPO, BEROS, B4, mode="allege"),
        event("ACCUSE", EPPO, HRV_SUSPECTS, B4, mode="allege"),
        event("SANCTION", PLENKOVIC, BEROS, B6, mode="expel", date="2024-11-15"),
        event("AGREE", PLENKOVIC, EPPO, B8),
        event("REQUEST", HAJDAS_DONCIC, HRV_GOV, B9, mode="change"),
        event("ACCUSE", HAJDAS_DONCIC, HDZ, B10, mode="disapprove"),
        event("REJECT", PLENKOVIC, HAJDAS_DONCIC, B11, mode="change"),
        event("ACCUSE", MILANOVIC, PLENKOVIC, B13, mode="allege"),
        event("REQUEST", MILANOVIC, PLENKOVIC, B14),
    ],
    "quotes": [
        quote("Ermittler der Europäischen Staatsanwaltschaft (EPPO) nahmen den Minister am Freitagmorgen in Zagreb "
              "fest", "European Public Prosecutor's Office", "indirect"),
        quote("bei der Beschaffung von Geräten für Krankenhäuser Bestechungsgelder verlangt und angenommen zu haben",
              "European Public Prosecutor's Office", "indirect"),
        quote("Bei Korruption gibt es für niemanden einen Rabatt", "Andrej Plenković", "direct"),
        quote("Die Regierung werde bei den Ermittlungen voll mit der EPPO zusammenarbeiten", "Andrej Plenković",
              "indirect"),
        quote("Das ist kein Einzelfall, das ist das System der HDZ", "Siniša Hajdaš Dončić", "direct"),
        quote("Seine Koalition verfüge weiter über eine stabile Mehrheit im Parlament", "Andrej Plenković",
              "indirect"),
        quote("die Korruption in seinem Umfeld jahrelang gedeckt zu haben", "Zoran Milanović", "indirect"),
        quote("Plenković müsse sich selbst den Fragen der Ermittler stellen", "Zoran Milanović", "indirect"),
    ],
    "entities": [
        entity("Zagreb", "LOC", "HRV", ["Zagreb"]),
        entity("Croatia", "LOC", "HRV", ["Kroatien"]),
        entity("Vili Beroš", "PER", "HRV", ["Gesundheitsminister Vili Beroš", "den Minister", "Beroš",
                                            "dem Minister"]),
        entity("Andrej Plenković", "PER", "HRV", ["Ministerpräsident Andrej Plenković", "Plenković",
                                                  "der Regierungschef", "des Regierungschefs"]),
        entity("European Public Prosecutor's Office", "ORG", "EUR", ["Europäischen Staatsanwaltschaft (EPPO)",
                                                                     "die Behörde", "Die Ermittler", "der EPPO",
                                                                     "der Ermittler"]),
        entity("suspects in the Croatian hospital procurement case", "PER", "HRV",
               ["sieben weitere Verdächtige", "den übrigen Verdächtigen"]),
        entity("Croatian Health Insurance Fund", "ORG", "HRV", ["den staatlichen Krankenversicherer"]),
        entity("Government of Croatia", "ORG", "HRV", ["der Regierung", "Die Regierung", "der gesamten Regierung"]),
        entity("Siniša Hajdaš Dončić", "PER", "HRV", ["Der Vorsitzende der oppositionellen Sozialdemokraten (SDP), "
                                                      "Siniša Hajdaš Dončić"]),
        entity("Social Democratic Party of Croatia", "ORG", "HRV", ["oppositionellen Sozialdemokraten (SDP)"]),
        entity("Croatian Democratic Union", "ORG", "HRV", ["HDZ", "die Regierungspartei"]),
        entity("Croatian Parliament", "ORG", "HRV", ["Parlament"]),
        entity("Zoran Milanović", "PER", "HRV", ["Staatspräsident Zoran Milanović"]),
        entity("Zagreb court", "ORG", "HRV", ["ein Gericht in Zagreb"]),
        entity("Ministry of Health of Croatia", "ORG", "HRV", ["das Ministerium"]),
    ],
}

# ---------------------------------------------------------------- hm344-de-03 (Bulgaria, Varna mayor Kotsev)
KOTSEV = actor("Blagomir Kotsev", "BGR", "GOV")
KPK = actor("Commission for Countering Corruption", "BGR", "GOV")
VARNA_OFFICIALS = actor("Varna municipal officials detained with Blagomir Kotsev", "BGR", "GOV")
BGR_PROSECUTORS = actor("Prosecutor's Office of Bulgaria", "BGR", "JUD")
VARNA_COURT = actor("Varna District Court", "BGR", "JUD")
BG_PROTESTERS = actor("protesters against Blagomir Kotsev's arrest", "BGR", "CVL")
BGR_GOV = actor("Government of Bulgaria", "BGR", "GOV")
BGR_POLICE = actor("Bulgarian police", "BGR", "COP")
VASSILEV = actor("Assen Vassilev", "BGR", "OPP")
PEEVSKI = actor("Delyan Peevski", "BGR", "PTY")
RADEV = actor("Rumen Radev", "BGR", "GOV")

C1 = ("Sofia (dpa) - Aus Protest gegen die Festnahme des Bürgermeisters der Schwarzmeerstadt Warna, Blagomir Kozew, "
      "sind in Bulgarien Tausende Menschen gegen die Regierung auf die Straße gegangen.")
C2 = ("Beamte der Antikorruptionskommission hatten den Politiker der reformorientierten Partei Wir setzen den Wandel "
      "fort (PP) am Dienstagabend in seinem Büro im Rathaus von Warna festgenommen.")
C3 = "Auch zwei seiner Stellvertreter und ein Stadtrat wurden in Gewahrsam genommen."
C4 = "Die Staatsanwaltschaft wirft Kozew vor, von Unternehmern Geld für städtische Aufträge verlangt zu haben."
C5 = "Sie beantragte beim Bezirksgericht Warna Untersuchungshaft für den Bürgermeister."
C6 = "In Sofia zogen am Dienstagabend mehrere tausend Menschen vor das Regierungsgebäude."
C7 = "Die Demonstranten riefen „Mafia“ und „Rücktritt“ und blockierten stundenlang eine zentrale Kreuzung."
C8 = "Auch in Warna, Plowdiw und Burgas gab es Kundgebungen."
C9 = "Zu Festnahmen kam es nicht, wie das Innenministerium mitteilte."
C10 = ("Parteichef Assen Wassilew warf der Regierung von Ministerpräsident Rossen Scheljaskow vor, mit Hilfe der "
       "Justiz politische Gegner auszuschalten.")
C11 = ("Hinter der Festnahme stehe der Chef der Partei DPS-Neuer Anfang, Deljan Peewski, der die Justiz des Landes "
       "kontrolliere, sagte der frühere Finanzminister.")
C12 = "Wassilew forderte die sofortige Freilassung Kozews."
C13 = "Peewski wies die Vorwürfe zurück."
C14 = ("Wer gegen das Gesetz verstoße, müsse sich vor Gericht verantworten, egal welcher Partei er angehöre, schrieb er "
       "auf Facebook.")
C15 = "Scheljaskow sagte, die Regierung mische sich nicht in die Arbeit der Ermittler ein."
C16 = ("Staatspräsident Rumen Radew kritisierte dagegen das Vorgehen der Antikorruptionskommission und der "
       "Staatsanwaltschaft.")
C17 = ("„Eine Festnahme vor laufenden Kameras ist keine Justiz, sondern eine Inszenierung“, sagte der Präsident in "
       "Sofia.")
C18 = "Das Bezirksgericht Warna will am Donnerstag über den Haftantrag entscheiden."

DE03 = {
    "id": "hm344-de-03", "lang": "de", "url": None, "published": "2025-07-09",
    "title": "Proteste in Bulgarien nach Festnahme von Warnas Bürgermeister",
    "text": paragraphs([C1, C2, C3, C4, C5], [C6, C7, C8, C9], [C10, C11, C12, C13, C14], [C15, C16, C17, C18]),
    "events": [
        event("PROTEST", BG_PROTESTERS, BGR_GOV, C1, mode="demo", location_country="BGR"),
        event("COERCE", KPK, KOTSEV, C2, mode="arrest", date="2025-07-08", location="Varna",
              location_country="BGR"),
        event("COERCE", KPK, VARNA_OFFICIALS, C3, mode="arrest"),
        event("ACCUSE", BGR_PROSECUTORS, KOTSEV, C4, mode="allege"),
        event("REQUEST", BGR_PROSECUTORS, VARNA_COURT, C5),
        event("PROTEST", BG_PROTESTERS, BGR_GOV, C6, mode="demo", date="2025-07-08", location="Sofia",
              location_country="BGR"),
        event("PROTEST", BG_PROTESTERS, BGR_GOV, C7, mode="obstruct"),
        event("COERCE", BGR_POLICE, BG_PROTESTERS, C9, mode="arrest", negated=True),
        event("ACCUSE", VASSILEV, BGR_GOV, C10, mode="allege"),
        event("ACCUSE", VASSILEV, PEEVSKI, C11, mode="allege"),
        event("REQUEST", VASSILEV, None, C12, mode="yield"),
        event("ACCUSE", RADEV, KPK, C16, mode="disapprove"),
        event("ACCUSE", RADEV, BGR_PROSECUTORS, C16, mode="disapprove"),
        event("ACCUSE", RADEV, KPK, C17, mode="disapprove", location="Sofia", location_country="BGR"),
        event("ACCUSE", RADEV, BGR_PROSECUTORS, C17, mode="disapprove", location="Sofia", location_country="BGR"),
    ],
    "quotes": [
        quote("von Unternehmern Geld für städtische Aufträge verlangt zu haben", "Prosecutor's Office of Bulgaria",
              "indirect"),
        quote("Mafia", "protesters against Blagomir Kotsev's arrest", "direct"),
        quote("Rücktritt", "protesters against Blagomir Kotsev's arrest", "direct"),
        quote("Zu Festnahmen kam es nicht", "Ministry of Interior of Bulgaria", "indirect"),
        quote("mit Hilfe der Justiz politische Gegner auszuschalten", "Assen Vassilev", "indirect"),
        quote("Hinter der Festnahme stehe der Chef der Partei DPS-Neuer Anfang, Deljan Peewski, der die Justiz des "
              "Landes kontrolliere", "Assen Vassilev", "indirect"),
        quote("Wer gegen das Gesetz verstoße, müsse sich vor Gericht verantworten, egal welcher Partei er angehöre",
              "Delyan Peevski", "indirect"),
        quote("die Regierung mische sich nicht in die Arbeit der Ermittler ein", "Rosen Zhelyazkov", "indirect"),
        quote("Eine Festnahme vor laufenden Kameras ist keine Justiz, sondern eine Inszenierung", "Rumen Radev",
              "direct"),
    ],
    "entities": [
        entity("Sofia", "LOC", "BGR", ["Sofia"]),
        entity("Varna", "LOC", "BGR", ["der Schwarzmeerstadt Warna", "Warna"]),
        entity("Bulgaria", "LOC", "BGR", ["Bulgarien", "des Landes"]),
        entity("Blagomir Kotsev", "PER", "BGR", ["des Bürgermeisters der Schwarzmeerstadt Warna, Blagomir Kozew",
                                                 "den Politiker der reformorientierten Partei Wir setzen den Wandel "
                                                 "fort (PP)", "Kozew", "den Bürgermeister", "Kozews"]),
        entity("Government of Bulgaria", "ORG", "BGR", ["die Regierung",
                                                        "der Regierung von Ministerpräsident Rossen Scheljaskow"]),
        entity("Commission for Countering Corruption", "ORG", "BGR", ["der Antikorruptionskommission",
                                                                      "der Ermittler"]),
        entity("We Continue the Change", "ORG", "BGR", ["der reformorientierten Partei Wir setzen den Wandel fort "
                                                        "(PP)"]),
        entity("Varna City Hall", "LOC", "BGR", ["im Rathaus von Warna"]),
        entity("Varna municipal officials detained with Blagomir Kotsev", "PER", "BGR",
               ["zwei seiner Stellvertreter und ein Stadtrat"]),
        entity("Prosecutor's Office of Bulgaria", "ORG", "BGR", ["Die Staatsanwaltschaft", "der Staatsanwaltschaft"]),
        entity("Varna District Court", "ORG", "BGR", ["beim Bezirksgericht Warna", "Das Bezirksgericht Warna"]),
        entity("protesters against Blagomir Kotsev's arrest", "PER", "BGR", ["Tausende Menschen",
                                                                             "mehrere tausend Menschen",
                                                                             "Die Demonstranten"]),
        entity("Council of Ministers building (Sofia)", "LOC", "BGR", ["das Regierungsgebäude"]),
        entity("Plovdiv", "LOC", "BGR", ["Plowdiw"]),
        entity("Burgas", "LOC", "BGR", ["Burgas"]),
        entity("Ministry of Interior of Bulgaria", "ORG", "BGR", ["das Innenministerium"]),
        entity("Assen Vassilev", "PER", "BGR", ["Parteichef Assen Wassilew", "Wassilew", "der frühere Finanzminister"]),
        entity("Rosen Zhelyazkov", "PER", "BGR", ["Ministerpräsident Rossen Scheljaskow", "Scheljaskow"]),
        entity("Delyan Peevski", "PER", "BGR", ["der Chef der Partei DPS-Neuer Anfang, Deljan Peewski", "Peewski"]),
        entity("DPS-New Beginning", "ORG", "BGR", ["DPS-Neuer Anfang"]),
        entity("Facebook", "ORG", "USA", ["Facebook"]),
        entity("Rumen Radev", "PER", "BGR", ["Staatspräsident Rumen Radew", "der Präsident"]),
    ],
}

# ---------------------------------------------------------------- hm344-de-04 (Germany, Königreich Deutschland ban)
DOBRINDT = actor("Alexander Dobrindt", "DEU", "GOV")
KRD = actor("Königreich Deutschland", "DEU", "CVL")
DE_POLICE = actor("German police", "DEU", "COP")
GBA = actor("Federal Public Prosecutor General of Germany", "DEU", "JUD")
FITZEK = actor("Peter Fitzek", "DEU", "CVL")
KRD_LEADERS = actor("leaders of Königreich Deutschland", "DEU", "CVL")
REICHSBUERGER = actor("Reichsbürger movement", "DEU", "CVL")
FITZEK_LAWYER = actor("lawyer of Peter Fitzek", "DEU", "CVL")
BMI = actor("Federal Ministry of the Interior of Germany", "DEU", "GOV")
ZIESCHANG = actor("Tamara Zieschang", "DEU", "GOV")
DE_GREENS = actor("Alliance 90/The Greens", "DEU", "PTY")

D1 = ("Berlin (dpa) - Bundesinnenminister Alexander Dobrindt hat die Reichsbürger-Vereinigung Königreich Deutschland "
      "verboten.")
D2 = ("Polizisten durchsuchten seit dem frühen Dienstagmorgen Wohnungen und Vereinsräume in sieben Bundesländern, wie "
      "das Bundesinnenministerium mitteilte.")
D3 = ("Im Auftrag der Bundesanwaltschaft wurden zudem vier mutmaßliche Rädelsführer festgenommen, unter ihnen der "
      "59-jährige Gründer Peter Fitzek.")
D4 = ("Die Ermittler werfen den Männern vor, eine kriminelle Vereinigung gegründet und betrieben zu haben.")
D5 = ("Die Vereinigung soll über eine eigene Bank und Versicherung Millionen Euro von Anhängern eingesammelt haben.")
D6 = ("„Diese Gruppierung hat einen Staat im Staat aufgebaut und unseren Rechtsstaat systematisch untergraben“, sagte "
      "Dobrindt in Berlin.")
D7 = ("Ihre Anhänger verbreiteten antisemitische Verschwörungserzählungen und sprächen der Bundesrepublik jede "
      "Legitimität ab, sagte der CSU-Politiker.")
D8 = "Der Minister kündigte an, weiter mit aller Härte gegen die Reichsbürger-Szene vorzugehen."
D9 = ("Fitzek hatte das sogenannte Königreich 2012 in Lutherstadt Wittenberg ausgerufen und sich selbst zum König "
      "gekrönt.")
D10 = "Nach Erkenntnissen des Bundesamts für Verfassungsschutz hatte die Gruppe zuletzt rund 6000 Anhänger."
D11 = "Fitzeks Anwalt wies die Vorwürfe als haltlos zurück."
D12 = ("Das Verbot sei ein politisch motivierter Angriff auf die Glaubens- und Gewissensfreiheit seines Mandanten, "
       "sagte er.")
D13 = ("Gegen das Verbot reichte der Anwalt nach eigenen Angaben bereits Klage beim Bundesverwaltungsgericht in "
       "Leipzig ein.")
D14 = "Sachsen-Anhalts Innenministerin Tamara Zieschang begrüßte das Verbot."
D15 = ("Ihr Land habe seit Jahren auf ein bundesweites Vorgehen gegen die Gruppe gedrängt, sagte die CDU-Politikerin "
       "in Magdeburg.")
D16 = "Die Grünen forderten, auch die Finanzströme der Szene stärker zu überwachen."

DE04 = {
    "id": "hm344-de-04", "lang": "de", "url": None, "published": "2025-05-13",
    "title": "Dobrindt verbietet Reichsbürger-Vereinigung Königreich Deutschland",
    "text": paragraphs([D1, D2, D3, D4, D5], [D6, D7, D8], [D9, D10, D11, D12, D13], [D14, D15, D16]),
    "events": [
        event("COERCE", DOBRINDT, KRD, D1, mode="ban"),
        event("COERCE", DE_POLICE, KRD, D2, mode="seize", date="2025-05-13", location_country="DEU"),
        event("COERCE", GBA, FITZEK, D3, mode="arrest", location_country="DEU"),
        event("COERCE", GBA, KRD_LEADERS, D3, mode="arrest", location_country="DEU"),
        event("ACCUSE", GBA, FITZEK, D4, mode="allege"),
        event("ACCUSE", GBA, KRD_LEADERS, D4, mode="allege"),
        event("ACCUSE", DOBRINDT, KRD, D6, mode="disapprove", location="Berlin", location_country="DEU"),
        event("ACCUSE", DOBRINDT, KRD, D7, mode="disapprove"),
        event("THREATEN", DOBRINDT, REICHSBUERGER, D8),
        event("ACCUSE", FITZEK_LAWYER, DOBRINDT, D12, mode="disapprove"),
        event("ACCUSE", FITZEK_LAWYER, BMI, D13, mode="allege", location="Leipzig", location_country="DEU"),
        event("SUPPORT", ZIESCHANG, DOBRINDT, D14),
        event("REQUEST", DE_GREENS, None, D16, mode="change"),
    ],
    "quotes": [
        quote("Polizisten durchsuchten seit dem frühen Dienstagmorgen Wohnungen und Vereinsräume in sieben "
              "Bundesländern", "Federal Ministry of the Interior of Germany", "indirect"),
        quote("eine kriminelle Vereinigung gegründet und betrieben zu haben",
              "Federal Public Prosecutor General of Germany", "indirect"),
        quote("Diese Gruppierung hat einen Staat im Staat aufgebaut und unseren Rechtsstaat systematisch untergraben",
              "Alexander Dobrindt", "direct"),
        quote("Ihre Anhänger verbreiteten antisemitische Verschwörungserzählungen und sprächen der Bundesrepublik "
              "jede Legitimität ab", "Alexander Dobrindt", "indirect"),
        quote("Nach Erkenntnissen des Bundesamts für Verfassungsschutz hatte die Gruppe zuletzt rund 6000 Anhänger",
              "Federal Office for the Protection of the Constitution", "indirect"),
        quote("Das Verbot sei ein politisch motivierter Angriff auf die Glaubens- und Gewissensfreiheit seines "
              "Mandanten", "lawyer of Peter Fitzek", "indirect"),
        quote("Gegen das Verbot reichte der Anwalt nach eigenen Angaben bereits Klage beim Bundesverwaltungsgericht "
              "in Leipzig ein", "lawyer of Peter Fitzek", "indirect"),
        quote("Ihr Land habe seit Jahren auf ein bundesweites Vorgehen gegen die Gruppe gedrängt", "Tamara Zieschang",
              "indirect"),
    ],
    "entities": [
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("Alexander Dobrindt", "PER", "DEU", ["Bundesinnenminister Alexander Dobrindt", "Dobrindt",
                                                    "der CSU-Politiker", "Der Minister"]),
        entity("Königreich Deutschland", "ORG", "DEU", ["die Reichsbürger-Vereinigung Königreich Deutschland",
                                                        "Die Vereinigung", "Diese Gruppierung",
                                                        "das sogenannte Königreich", "die Gruppe"]),
        entity("members of Königreich Deutschland", "PER", "DEU", ["Anhängern", "Ihre Anhänger",
                                                                   "rund 6000 Anhänger"]),
        entity("German police", "ORG", "DEU", ["Polizisten"]),
        entity("Federal Ministry of the Interior of Germany", "ORG", "DEU", ["das Bundesinnenministerium"]),
        entity("Federal Public Prosecutor General of Germany", "ORG", "DEU", ["der Bundesanwaltschaft",
                                                                              "Die Ermittler"]),
        entity("Peter Fitzek", "PER", "DEU", ["der 59-jährige Gründer Peter Fitzek", "Fitzek", "Fitzeks",
                                              "seines Mandanten"]),
        entity("leaders of Königreich Deutschland", "PER", "DEU", ["vier mutmaßliche Rädelsführer", "den Männern"]),
        entity("Germany", "LOC", "DEU", ["der Bundesrepublik"]),
        entity("Christian Social Union in Bavaria", "ORG", "DEU", ["CSU"]),
        entity("Reichsbürger movement", "ORG", "DEU", ["die Reichsbürger-Szene", "der Szene"]),
        entity("Lutherstadt Wittenberg", "LOC", "DEU", ["Lutherstadt Wittenberg"]),
        entity("Federal Office for the Protection of the Constitution", "ORG", "DEU",
               ["des Bundesamts für Verfassungsschutz"]),
        entity("lawyer of Peter Fitzek", "PER", "DEU", ["Fitzeks Anwalt", "der Anwalt"]),
        entity("Federal Administrative Court of Germany", "ORG", "DEU", ["beim Bundesverwaltungsgericht in Leipzig"]),
        entity("Leipzig", "LOC", "DEU", ["Leipzig"]),
        entity("Tamara Zieschang", "PER", "DEU", ["Sachsen-Anhalts Innenministerin Tamara Zieschang",
                                                  "die CDU-Politikerin"]),
        entity("Saxony-Anhalt", "LOC", "DEU", ["Sachsen-Anhalts", "Ihr Land"]),
        entity("Christian Democratic Union of Germany", "ORG", "DEU", ["CDU"]),
        entity("Magdeburg", "LOC", "DEU", ["Magdeburg"]),
        entity("Alliance 90/The Greens", "ORG", "DEU", ["Die Grünen"]),
    ],
}

# ---------------------------------------------------------------- hm344-en-01 (Russia, Golos co-chair Melkonyants)
MELKONYANTS = actor("Grigory Melkonyants", "RUS", "NGO")
MOSCOW_COURT = actor("Moscow court", "RUS", "JUD")
RUS_PROSECUTORS = actor("Prosecutor's Office of Russia", "RUS", "JUD")
GOLOS = actor("Golos", "RUS", "NGO")
HIPPER = actor("Anitta Hipper", "EUR", "IGO")
DEU_FOREIGN_OFFICE = actor("Federal Foreign Office of Germany", "DEU", "GOV")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
ODIHR = actor("OSCE Office for Democratic Institutions and Human Rights", "IGO", "IGO")
RUS_POLICE = actor("Russian police", "RUS", "COP")
GOLOS_COORDINATORS = actor("Golos coordinators", "RUS", "NGO")

E1 = ("MOSCOW (Reuters) - A Moscow court on Monday sentenced Grigory Melkonyants, co-chair of Russia's independent "
      "election monitor Golos, to five years in a penal colony, his lawyers said.")
E2 = ("The court found the veteran election observer guilty of organising the activities of an organisation deemed "
      "undesirable in Russia, the European Network of Election Monitoring Organizations (ENEMO).")
E3 = "Prosecutors had asked for six years."
E4 = ("Melkonyants, who has been in custody since August 2023, listened to the verdict from a glass cage and made a "
      "heart sign to supporters in the courtroom.")
E5 = ('"This is a verdict against every citizen who wants to know how their vote is counted," Golos said in a '
      'statement.')
E6 = "The movement said it would keep monitoring elections despite the pressure."
E7 = ("European Union foreign policy spokesperson Anitta Hipper condemned the sentence and called for Melkonyants' "
      "immediate and unconditional release.")
E8 = ('"Grigory Melkonyants is a political prisoner whose only crime was to defend the right of Russians to free and '
      'fair elections," she said.')
E9 = ("Germany's Foreign Office said the trial had been a farce and demanded that Moscow free all political "
      "prisoners.")
E10 = ('The OSCE\'s Office for Democratic Institutions and Human Rights (ODIHR) said the case was part of the '
       '"systematic dismantling" of independent election observation in Russia.')
E11 = "Moscow did not invite ODIHR observers to last year's presidential election."
E12 = "Kremlin spokesman Dmitry Peskov told reporters that the Kremlin did not comment on court rulings."
E13 = ("Melkonyants was detained in August 2023 after police searched the homes of more than a dozen Golos "
       "coordinators across Russia.")
E14 = "Moscow courts repeatedly refused his requests to be moved to house arrest while he awaited trial."
E15 = ("Golos, founded in 2000, has documented ballot stuffing and other violations in Russian elections for more "
       "than two decades.")
E16 = "Golos co-chair Stanislav Andreychuk said the verdict would not deter the group's volunteers."
E17 = '"We are not going anywhere. Grigory will be proud of us," he told reporters outside the courthouse.'

EN01 = {
    "id": "hm344-en-01", "lang": "en", "url": None, "published": "2025-05-26",
    "title": "Russian court jails Golos election monitor Melkonyants for five years",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8, E9], [E10, E11, E12], [E13, E14, E15], [E16, E17]),
    "events": [
        event("SANCTION", MOSCOW_COURT, MELKONYANTS, E1, mode="convict", date="2025-05-26", location="Moscow",
              location_country="RUS"),
        event("COERCE", MOSCOW_COURT, MELKONYANTS, E1, mode="arrest", date="2025-05-26", location="Moscow",
              location_country="RUS"),
        event("SANCTION", MOSCOW_COURT, MELKONYANTS, E2, mode="convict"),
        event("REQUEST", RUS_PROSECUTORS, MOSCOW_COURT, E3),
        event("ACCUSE", GOLOS, MOSCOW_COURT, E5, mode="disapprove"),
        event("ACCUSE", HIPPER, MOSCOW_COURT, E7, mode="disapprove"),
        event("REQUEST", HIPPER, None, E7, mode="yield"),
        event("ACCUSE", HIPPER, MOSCOW_COURT, E8, mode="disapprove"),
        event("ACCUSE", DEU_FOREIGN_OFFICE, MOSCOW_COURT, E9, mode="disapprove"),
        event("REQUEST", DEU_FOREIGN_OFFICE, RUS_GOV, E9, mode="yield"),
        event("ACCUSE", ODIHR, RUS_GOV, E10, mode="disapprove"),
        event("AGREE", RUS_GOV, ODIHR, E11, negated=True),
        event("COERCE", RUS_POLICE, MELKONYANTS, E13, mode="arrest", location_country="RUS"),
        event("COERCE", RUS_POLICE, GOLOS_COORDINATORS, E13, mode="seize", location_country="RUS"),
        event("REJECT", MOSCOW_COURT, MELKONYANTS, E14, mode="yield"),
    ],
    "quotes": [
        quote("A Moscow court on Monday sentenced Grigory Melkonyants, co-chair of Russia's independent election "
              "monitor Golos, to five years in a penal colony", "lawyers of Grigory Melkonyants", "indirect"),
        quote("This is a verdict against every citizen who wants to know how their vote is counted", "Golos",
              "direct"),
        quote("it would keep monitoring elections despite the pressure", "Golos", "indirect"),
        quote("Grigory Melkonyants is a political prisoner whose only crime was to defend the right of Russians to "
              "free and fair elections", "Anitta Hipper", "direct"),
        quote("the trial had been a farce", "Federal Foreign Office of Germany", "indirect"),
        quote("Moscow free all political prisoners", "Federal Foreign Office of Germany", "indirect"),
        quote("systematic dismantling", "OSCE Office for Democratic Institutions and Human Rights", "direct"),
        quote('the case was part of the "systematic dismantling" of independent election observation in Russia',
              "OSCE Office for Democratic Institutions and Human Rights", "indirect"),
        quote("the Kremlin did not comment on court rulings", "Dmitry Peskov", "indirect"),
        quote("the verdict would not deter the group's volunteers", "Stanislav Andreychuk", "indirect"),
        quote("We are not going anywhere. Grigory will be proud of us", "Stanislav Andreychuk", "direct"),
    ],
    "entities": [
        entity("Moscow", "LOC", "RUS", ["MOSCOW"]),
        entity("Moscow court", "ORG", "RUS", ["A Moscow court", "The court", "Moscow courts"]),
        entity("Grigory Melkonyants", "PER", "RUS", ["Grigory Melkonyants, co-chair of Russia's independent election "
                                                     "monitor Golos", "the veteran election observer",
                                                     "Melkonyants", "Grigory"]),
        entity("lawyers of Grigory Melkonyants", "PER", "RUS", ["his lawyers"]),
        entity("Golos", "ORG", "RUS", ["Russia's independent election monitor Golos", "Golos", "The movement",
                                       "the group"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("European Network of Election Monitoring Organizations", "ORG", "NGO",
               ["the European Network of Election Monitoring Organizations (ENEMO)"]),
        entity("Prosecutor's Office of Russia", "ORG", "RUS", ["Prosecutors"]),
        entity("European Union", "ORG", "EUR", ["European Union"]),
        entity("Anitta Hipper", "PER", "EUR", ["European Union foreign policy spokesperson Anitta Hipper"]),
        entity("Federal Foreign Office of Germany", "ORG", "DEU", ["Germany's Foreign Office"]),
        entity("Government of Russia", "ORG", "RUS", ["Moscow"]),
        entity("OSCE Office for Democratic Institutions and Human Rights", "ORG", "IGO",
               ["The OSCE's Office for Democratic Institutions and Human Rights (ODIHR)", "ODIHR"]),
        entity("Organization for Security and Co-operation in Europe", "ORG", "IGO", ["OSCE"]),
        entity("Kremlin", "ORG", "RUS", ["the Kremlin", "Kremlin"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlin spokesman Dmitry Peskov"]),
        entity("Russian police", "ORG", "RUS", ["police"]),
        entity("Golos coordinators", "PER", "RUS", ["more than a dozen Golos coordinators"]),
        entity("Stanislav Andreychuk", "PER", "RUS", ["Golos co-chair Stanislav Andreychuk"]),
    ],
}

# ---------------------------------------------------------------- hm344-en-02 (Slovakia, RTVS abolished)
SVK_PARLIAMENT = actor("National Council of Slovakia", "SVK", "LEG")
RTVS = actor("Radio and Television of Slovakia", "SVK", "BUS")
SVK_OPPOSITION = actor("Slovak opposition lawmakers", "SVK", "OPP")
MACHAJ = actor("Ľuboš Machaj", "SVK", "BUS")
SIMKOVICOVA = actor("Martina Šimkovičová", "SVK", "GOV")
FICO = actor("Robert Fico", "SVK", "GOV")
SVK_PROTESTERS = actor("protesters against the RTVS law", "SVK", "CVL")
SVK_GOV = actor("Government of Slovakia", "SVK", "GOV")
SIMECKA = actor("Michal Šimečka", "SVK", "OPP")
SVK_POLICE = actor("Slovak police", "SVK", "COP")
JOUROVA = actor("Věra Jourová", "EUR", "IGO")
EBU = actor("European Broadcasting Union", "NGO", "NGO")

F1 = ("BRATISLAVA, Slovakia (AP) — Slovakia's parliament voted on Thursday to abolish the public broadcaster RTVS and "
      "replace it with a new institution, in an overhaul pushed by Prime Minister Robert Fico's government.")
F2 = ("The bill, drafted by Culture Minister Martina Šimkovičová, passed with 78 votes in the 150-seat National "
      "Council after opposition lawmakers walked out of the chamber in protest.")
F3 = "The new broadcaster, Slovak Television and Radio, is due to start operating on July 1."
F4 = ('RTVS Director General Ľuboš Machaj, who will lose his post under the law, called the vote "a sad day for '
      'public service media in Slovakia."')
F5 = ('"The public broadcaster will serve the public, not the political agenda of the liberal opposition," '
      'Šimkovičová told lawmakers before the vote.')
F6 = ("She has repeatedly accused RTVS of bias against the government and said the institution needed a fresh "
      "start.")
F7 = ("Fico, who is recovering at home after being shot in May, said in a Facebook video on Wednesday that RTVS had "
      "failed to be objective.")
F8 = ("Several thousand people gathered in front of the government office in Bratislava on Thursday evening to "
      "protest against the law.")
F9 = ('Progressive Slovakia leader Michal Šimečka told the crowd the government was turning public television into '
      '"a propaganda mouthpiece" of the ruling coalition.')
F10 = '"We will not let them take away the one television that belongs to all of us," he said.'
F11 = "Police said the rally was peaceful and no one was detained."
F12 = ("In Brussels, European Commission Vice President Věra Jourová urged Bratislava to guarantee the broadcaster's "
       "independence.")
F13 = "She said the Commission would examine the law closely."
F14 = ("The European Broadcasting Union had warned in April that the overhaul would give the government excessive "
       "control over public media.")
F15 = ("Šimkovičová rejected the criticism, saying other EU countries had reformed their broadcasters without "
       "objections from Brussels.")
F16 = ("President Peter Pellegrini, a close ally of Fico who took office on Saturday, has 15 days to sign the law.")
F17 = "His office said he would study the text before making a decision."

EN02 = {
    "id": "hm344-en-02", "lang": "en", "url": None, "published": "2024-06-20",
    "title": "Slovak parliament votes to abolish public broadcaster RTVS",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7], [F8, F9, F10, F11], [F12, F13, F14, F15], [F16, F17]),
    "events": [
        event("COERCE", SVK_PARLIAMENT, RTVS, F1, mode="censor", date="2024-06-20", location="Bratislava",
              location_country="SVK"),
        event("PROTEST", SVK_OPPOSITION, SVK_PARLIAMENT, F2, mode="boycott", location="Bratislava",
              location_country="SVK"),
        event("ACCUSE", MACHAJ, SVK_PARLIAMENT, F4, mode="disapprove"),
        event("ACCUSE", SIMKOVICOVA, SVK_OPPOSITION, F5, mode="disapprove"),
        event("ACCUSE", SIMKOVICOVA, RTVS, F6, mode="allege"),
        event("ACCUSE", FICO, RTVS, F7, mode="disapprove", date="2024-06-19"),
        event("PROTEST", SVK_PROTESTERS, SVK_GOV, F8, mode="demo", date="2024-06-20", location="Bratislava",
              location_country="SVK"),
        event("ACCUSE", SIMECKA, SVK_GOV, F9, mode="disapprove", location="Bratislava", location_country="SVK"),
        event("COERCE", SVK_POLICE, SVK_PROTESTERS, F11, mode="arrest", negated=True),
        event("REQUEST", JOUROVA, SVK_GOV, F12, mode="change", location="Brussels", location_country="BEL"),
        event("ACCUSE", EBU, SVK_GOV, F14, mode="disapprove"),
    ],
    "quotes": [
        quote("a sad day for public service media in Slovakia", "Ľuboš Machaj", "direct"),
        quote("The public broadcaster will serve the public, not the political agenda of the liberal opposition",
              "Martina Šimkovičová", "direct"),
        quote("the institution needed a fresh start", "Martina Šimkovičová", "indirect"),
        quote("RTVS had failed to be objective", "Robert Fico", "indirect"),
        quote("a propaganda mouthpiece", "Michal Šimečka", "direct"),
        quote('the government was turning public television into "a propaganda mouthpiece" of the ruling coalition',
              "Michal Šimečka", "indirect"),
        quote("We will not let them take away the one television that belongs to all of us", "Michal Šimečka",
              "direct"),
        quote("the rally was peaceful and no one was detained", "Slovak police", "indirect"),
        quote("the Commission would examine the law closely", "Věra Jourová", "indirect"),
        quote("the overhaul would give the government excessive control over public media",
              "European Broadcasting Union", "indirect"),
        quote("other EU countries had reformed their broadcasters without objections from Brussels",
              "Martina Šimkovičová", "indirect"),
        quote("he would study the text before making a decision", "Office of the President of Slovakia", "indirect"),
    ],
    "entities": [
        entity("Bratislava", "LOC", "SVK", ["BRATISLAVA", "Bratislava"]),
        entity("Slovakia", "LOC", "SVK", ["Slovakia"]),
        entity("National Council of Slovakia", "ORG", "SVK", ["Slovakia's parliament", "the 150-seat National "
                                                              "Council", "the chamber"]),
        entity("Radio and Television of Slovakia", "ORG", "SVK", ["the public broadcaster RTVS", "RTVS",
                                                                  "the institution", "the broadcaster"]),
        entity("Slovak Television and Radio", "ORG", "SVK", ["a new institution",
                                                             "The new broadcaster, Slovak Television and Radio"]),
        entity("Robert Fico", "PER", "SVK", ["Prime Minister Robert Fico", "Fico"]),
        entity("Government of Slovakia", "ORG", "SVK", ["Prime Minister Robert Fico's government", "the government"]),
        entity("Martina Šimkovičová", "PER", "SVK", ["Culture Minister Martina Šimkovičová", "Šimkovičová"]),
        entity("Slovak opposition lawmakers", "ORG", "SVK", ["opposition lawmakers", "the liberal opposition"]),
        entity("Ľuboš Machaj", "PER", "SVK", ["RTVS Director General Ľuboš Machaj"]),
        entity("Facebook", "ORG", "USA", ["Facebook"]),
        entity("protesters against the RTVS law", "PER", "SVK", ["Several thousand people", "the crowd"]),
        entity("Government Office of Slovakia", "LOC", "SVK", ["the government office"]),
        entity("Progressive Slovakia", "ORG", "SVK", ["Progressive Slovakia"]),
        entity("Michal Šimečka", "PER", "SVK", ["Progressive Slovakia leader Michal Šimečka"]),
        entity("ruling coalition of Slovakia", "ORG", "SVK", ["the ruling coalition"]),
        entity("Slovak police", "ORG", "SVK", ["Police"]),
        entity("Brussels", "LOC", "BEL", ["Brussels"]),
        entity("European Commission", "ORG", "EUR", ["European Commission", "the Commission"]),
        entity("Věra Jourová", "PER", "EUR", ["European Commission Vice President Věra Jourová"]),
        entity("European Broadcasting Union", "ORG", "NGO", ["The European Broadcasting Union"]),
        entity("European Union", "ORG", "EUR", ["EU"]),
        entity("Peter Pellegrini", "PER", "SVK", ["President Peter Pellegrini", "a close ally of Fico"]),
        entity("Office of the President of Slovakia", "ORG", "SVK", ["His office"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
