"""Round 40: six invented wire-style articles (4 German, 2 English), written blind.

Stories (invented texts on real 2023-2025 settings; the details are plausible, not reported facts):
  hm40-de-01  Sudan recalls its ambassador from Kenya after the RSF charter signed in Nairobi (2025-02-24)
  hm40-de-02  Colombia's state of internal commotion after the ELN offensive in Catatumbo (2025-01-20)
  hm40-de-03  Mali's junta seizes gold from Barrick's Loulo-Gounkoto mine (2025-01-14)
  hm40-de-04  Syria's transitional president sets up an inquiry into the killings on the coast (2025-03-09)
  hm40-en-01  Britain signs the Chagos Islands treaty with Mauritius after a brief injunction (2025-05-22)
  hm40-en-02  Imran Khan's PTI calls off its Islamabad march after the crackdown (2024-11-27)
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm40-de-01
SDN = actor("Sudan", "SDN", "GOV")
SDN_MFA = actor("Ministry of Foreign Affairs of Sudan", "SDN", "GOV")
KEN = actor("Kenya", "KEN", "GOV")
KEN_GOV = actor("Government of Kenya", "KEN", "GOV")
RSF = actor("Rapid Support Forces", "SDN", "REB")
SPLMN = actor("SPLM-North", "SDN", "REB")
IGAD = actor("IGAD", "IGO", "IGO")

D1_1 = "Der Sudan hat am Montag seinen Botschafter aus Kenia zurückgerufen."
D1_2 = ("Hintergrund ist die Unterzeichnung einer Charta für eine Parallelregierung durch die paramilitärische RSF, "
        "die Rebellengruppe SPLM-Nord und weitere Gruppen in der Nacht zum Sonntag in Nairobi.")
D1_3 = ("Das Außenministerium in Port Sudan warf der kenianischen Regierung vor, sich damit zum Komplizen der Miliz "
        "zu machen.")
D1_4 = "Dies sei ein „feindseliger Akt“ gegen das sudanesische Volk, hieß es in einer Erklärung."
D1_5 = "Zugleich verhängte Port Sudan ein Einfuhrverbot für alle Waren aus Kenia."
D1_6 = "Kenias Regierung wies die Vorwürfe zurück."
D1_7 = "Kenia habe keine Partei ergriffen, sagte Außenminister Musalia Mudavadi."
D1_8 = "Die Armee und die RSF kämpfen seit April 2023 um die Macht im Sudan."
D1_9 = "Ägypten stellte sich hinter die sudanesische Regierung."
D1_10 = "UN-Generalsekretär António Guterres warnte, eine Parallelregierung würde die Spaltung des Landes weiter vertiefen."
D1_11 = "Die ostafrikanische Regionalorganisation IGAD rief Nairobi und Port Sudan zum Dialog auf."

DE01 = {
    "id": "hm40-de-01", "lang": "de", "url": None, "published": "2025-02-24",
    "title": "Sudan ruft Botschafter aus Kenia zurück",
    "text": paragraphs([D1_1, D1_2, D1_3], [D1_4, D1_5, D1_6, D1_7], [D1_8, D1_9, D1_10, D1_11]),
    "events": [
        event("SANCTION", SDN, KEN, D1_1, mode="withdraw", date="2025-02-24"),
        event("SUPPORT", RSF, SPLMN, D1_2, date="2025-02-23", location="Nairobi", location_country="KEN"),
        event("ACCUSE", SDN_MFA, KEN_GOV, D1_3, mode="allege"),
        event("ACCUSE", SDN_MFA, KEN_GOV, D1_4, mode="disapprove"),
        event("SANCTION", SDN, KEN, D1_5, mode="discontinue"),
        event("SUPPORT", actor("Egypt", "EGY", "GOV"), SDN, D1_9),
        event("REQUEST", IGAD, KEN, D1_11, mode="meet"),
        event("REQUEST", IGAD, SDN, D1_11, mode="meet"),
    ],
    "quotes": [
        quote("sich damit zum Komplizen der Miliz zu machen", "Ministry of Foreign Affairs of Sudan", "indirect"),
        quote("Dies sei ein „feindseliger Akt“ gegen das sudanesische Volk", "Ministry of Foreign Affairs of Sudan",
              "indirect"),
        quote("feindseliger Akt", "Ministry of Foreign Affairs of Sudan", "direct"),
        quote("Kenia habe keine Partei ergriffen", "Musalia Mudavadi", "indirect"),
        quote("eine Parallelregierung würde die Spaltung des Landes weiter vertiefen", "António Guterres", "indirect"),
    ],
    "entities": [
        entity("Sudan", "GPE", "SDN", ["Der Sudan", "Port Sudan", "im Sudan"]),
        entity("Kenya", "GPE", "KEN", ["Kenia", "Nairobi"]),
        entity("Ambassador of Sudan to Kenya", "PER", "SDN", ["seinen Botschafter"]),
        entity("Rapid Support Forces", "ORG", "SDN", ["die paramilitärische RSF", "der Miliz", "die RSF"]),
        entity("SPLM-North", "ORG", "SDN", ["die Rebellengruppe SPLM-Nord"]),
        entity("Ministry of Foreign Affairs of Sudan", "ORG", "SDN", ["Das Außenministerium in Port Sudan"]),
        entity("Government of Kenya", "ORG", "KEN", ["der kenianischen Regierung", "Kenias Regierung"]),
        entity("Musalia Mudavadi", "PER", "KEN", ["Außenminister Musalia Mudavadi"]),
        entity("Sudanese Armed Forces", "ORG", "SDN", ["Die Armee"]),
        entity("Egypt", "GPE", "EGY", ["Ägypten"]),
        entity("Government of Sudan", "ORG", "SDN", ["die sudanesische Regierung"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
        entity("IGAD", "ORG", "IGO", ["Die ostafrikanische Regionalorganisation IGAD"]),
    ],
}

# ---------------------------------------------------------------- hm40-de-02
PETRO = actor("Gustavo Petro", "COL", "GOV")
ELN = actor("National Liberation Army (ELN)", "COL", "REB")

D2_1 = ("Nach tagelangen Kämpfen in der Region Catatumbo hat Kolumbiens Präsident Gustavo Petro am Montag den "
        "inneren Ausnahmezustand ausgerufen.")
D2_2 = ("Kämpfer der ELN-Guerilla hatten seit Donnerstag mehrere Dörfer angegriffen und dabei nach Angaben der "
        "Ombudsstelle mindestens 80 Menschen getötet.")
D2_3 = "Die Armee verlegte rund 5000 Soldaten in das Grenzgebiet zu Venezuela."
D2_4 = "Petro hatte bereits am Freitag die Friedensgespräche mit der ELN ausgesetzt."
D2_5 = "»Die ELN hat den Weg des Krieges gewählt«, schrieb er auf der Plattform X."
D2_6 = "Der Präsident warf den Rebellen Kriegsverbrechen vor."
D2_7 = "Die ELN beschuldigte ihrerseits eine Splittergruppe der früheren Farc-Guerilla, die Kämpfe begonnen zu haben."
D2_8 = ("Venezuela sei bereit, gemeinsam mit Kolumbien gegen bewaffnete Gruppen an der Grenze vorzugehen, erklärte "
        "Außenminister Yván Gil in Caracas.")
D2_8b = "Kolumbianische und venezolanische Offiziere tauschten zudem Informationen über die Lage an der Grenze aus."
D2_9 = "Das UN-Flüchtlingshilfswerk UNHCR schickte Zelte und Lebensmittel für die Vertriebenen in die Stadt Cúcuta."

DE02 = {
    "id": "hm40-de-02", "lang": "de", "url": None, "published": "2025-01-20",
    "title": "Kolumbien ruft nach ELN-Offensive den Ausnahmezustand aus",
    "text": paragraphs([D2_1, D2_2, D2_3], [D2_4, D2_5, D2_6, D2_7], [D2_8, D2_8b, D2_9]),
    "events": [
        event("COERCE", PETRO, None, D2_1, mode="curfew", date="2025-01-20", location="Catatumbo",
              location_country="COL"),
        event("ASSAULT", ELN, actor("Colombian civilians", "COL", "CVL"), D2_2, date="2025-01-16"),
        event("MOBILIZE", actor("Colombian Army", "COL", "MIL"), None, D2_3, mode="troops"),
        event("SANCTION", PETRO, ELN, D2_4, mode="discontinue", date="2025-01-17"),
        event("ACCUSE", PETRO, ELN, D2_5, mode="disapprove"),
        event("ACCUSE", PETRO, ELN, D2_6, mode="allege"),
        event("ACCUSE", ELN, actor("FARC dissidents", "COL", "REB"), D2_7, mode="allege"),
        event("AGREE", actor("Yván Gil", "VEN", "GOV"), actor("Colombia", "COL", "GOV"), D2_8, location="Caracas",
              location_country="VEN"),
        event("COOPERATE", actor("Colombian Army", "COL", "MIL"), actor("Venezuelan Armed Forces", "VEN", "MIL"),
              D2_8b),
        event("AID", actor("UNHCR", "UNO", "IGO"), actor("displaced people in Catatumbo", "COL", "CVL"), D2_9,
              location="Cúcuta", location_country="COL"),
    ],
    "quotes": [
        quote("Kämpfer der ELN-Guerilla hatten seit Donnerstag mehrere Dörfer angegriffen und dabei nach Angaben der "
              "Ombudsstelle mindestens 80 Menschen getötet", "Ombudsman's Office of Colombia", "indirect"),
        quote("Die ELN hat den Weg des Krieges gewählt", "Gustavo Petro", "direct"),
        quote("die Kämpfe begonnen zu haben", "National Liberation Army (ELN)", "indirect"),
        quote("Venezuela sei bereit, gemeinsam mit Kolumbien gegen bewaffnete Gruppen an der Grenze vorzugehen",
              "Yván Gil", "indirect"),
    ],
    "entities": [
        entity("Catatumbo", "LOC", "COL", ["der Region Catatumbo"]),
        entity("Colombia", "GPE", "COL", ["Kolumbiens", "Kolumbien"]),
        entity("Gustavo Petro", "PER", "COL",
               ["Kolumbiens Präsident Gustavo Petro", "Petro", "er", "Der Präsident"]),
        entity("National Liberation Army (ELN)", "ORG", "COL",
               ["Kämpfer der ELN-Guerilla", "der ELN", "Die ELN", "den Rebellen"]),
        entity("Ombudsman's Office of Colombia", "ORG", "COL", ["der Ombudsstelle"]),
        entity("Colombian Army", "ORG", "COL", ["Die Armee", "rund 5000 Soldaten"]),
        entity("Venezuela", "GPE", "VEN", ["Venezuela"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("FARC dissidents", "ORG", "COL", ["eine Splittergruppe der früheren Farc-Guerilla"]),
        entity("Colombian and Venezuelan officers", "PER", None, ["Kolumbianische und venezolanische Offiziere"]),
        entity("Yván Gil", "PER", "VEN", ["Außenminister Yván Gil"]),
        entity("Caracas", "LOC", "VEN", ["Caracas"]),
        entity("UNHCR", "ORG", "UNO", ["Das UN-Flüchtlingshilfswerk UNHCR"]),
        entity("displaced people in Catatumbo", "ORG", "COL", ["die Vertriebenen"]),
        entity("Cúcuta", "LOC", "COL", ["die Stadt Cúcuta"]),
    ],
}

# ---------------------------------------------------------------- hm40-de-03
MLI = actor("Government of Mali", "MLI", "GOV")
BARRICK = actor("Barrick Gold", "CAN", "BUS")
BRISTOW = actor("Mark Bristow", "ZAF", "BUS")

D3_1 = ("Die Militärregierung in Mali hat nach Angaben von Barrick Gold rund drei Tonnen Gold aus der Mine "
        "Loulo-Gounkoto beschlagnahmt.")
D3_2 = "Der kanadische Konzern stellte am Dienstag den Betrieb der Mine vorübergehend ein."
D3_3 = "Hintergrund ist ein Streit über ein Bergbaugesetz von 2023, das dem Staat deutlich höhere Einnahmen sichern soll."
D3_4 = "Bereits im November waren vier malische Mitarbeiter des Unternehmens festgenommen worden."
D3_5 = "Gegen Konzernchef Mark Bristow erließ ein Gericht in Bamako im Dezember einen Haftbefehl."
D3_6 = "„Wir haben die Regierung wiederholt zu Gesprächen aufgefordert, aber keine Antwort erhalten“, sagte Bristow."
D3_7 = "Die Regierung in Bamako wirft Barrick vor, Steuern in Millionenhöhe nicht gezahlt zu haben."
D3_8 = ("Man werde die Interessen des malischen Volkes „mit aller Entschlossenheit“ verteidigen, erklärte "
        "Bergbauminister Amadou Keïta.")
D3_9 = ("Barrick hat den Fall inzwischen vor das Schiedsgericht der Weltbank gebracht, bot aber zugleich die Zahlung "
        "von 275 Millionen Dollar an, um den Streit beizulegen.")

D3_10 = "Eine Einigung gibt es bislang nicht."

DE03 = {
    "id": "hm40-de-03", "lang": "de", "url": None, "published": "2025-01-14",
    "title": "Mali beschlagnahmt Gold von Barrick-Mine",
    "text": paragraphs([D3_1, D3_2, D3_3], [D3_4, D3_5, D3_6], [D3_7, D3_8, D3_9, D3_10]),
    "events": [
        event("COERCE", MLI, BARRICK, D3_1, mode="seize", location="Loulo-Gounkoto", location_country="MLI"),
        event("SANCTION", BARRICK, MLI, D3_2, mode="discontinue", date="2025-01-14"),
        event("COERCE", actor("Malian security forces", "MLI", "COP"), actor("Barrick Gold employees", "MLI", "BUS"),
              D3_4, mode="arrest"),
        event("ACCUSE", actor("Court in Bamako", "MLI", "JUD"), BRISTOW, D3_5, mode="allege", location="Bamako",
              location_country="MLI"),
        event("REQUEST", BRISTOW, MLI, D3_6, mode="meet"),
        event("ACCUSE", MLI, BARRICK, D3_7, mode="allege"),
        event("ACCUSE", BARRICK, MLI, D3_9, mode="allege"),
        event("AGREE", BARRICK, MLI, D3_9),
        event("AGREE", MLI, BARRICK, D3_10, negated=True),
    ],
    "quotes": [
        quote("Die Militärregierung in Mali hat nach Angaben von Barrick Gold rund drei Tonnen Gold aus der Mine "
              "Loulo-Gounkoto beschlagnahmt", "Barrick Gold", "indirect"),
        quote("Wir haben die Regierung wiederholt zu Gesprächen aufgefordert, aber keine Antwort erhalten",
              "Mark Bristow", "direct"),
        quote("Steuern in Millionenhöhe nicht gezahlt zu haben", "Government of Mali", "indirect"),
        quote("Man werde die Interessen des malischen Volkes „mit aller Entschlossenheit“ verteidigen", "Amadou Keïta",
              "indirect"),
        quote("mit aller Entschlossenheit", "Amadou Keïta", "direct"),
    ],
    "entities": [
        entity("Government of Mali", "ORG", "MLI",
               ["Die Militärregierung in Mali", "die Regierung", "Die Regierung in Bamako"]),
        entity("Mali", "GPE", "MLI", ["Mali"]),
        entity("Barrick Gold", "ORG", "CAN",
               ["Barrick Gold", "Der kanadische Konzern", "des Unternehmens", "Barrick"]),
        entity("Loulo-Gounkoto mine", "LOC", "MLI", ["der Mine Loulo-Gounkoto", "der Mine"]),
        entity("Barrick Gold employees", "PER", "MLI", ["vier malische Mitarbeiter des Unternehmens"]),
        entity("Mark Bristow", "PER", "ZAF", ["Konzernchef Mark Bristow", "Bristow"]),
        entity("Court in Bamako", "ORG", "MLI", ["ein Gericht in Bamako"]),
        entity("Bamako", "LOC", "MLI", ["Bamako"]),
        entity("Amadou Keïta", "PER", "MLI", ["Bergbauminister Amadou Keïta"]),
        entity("International Centre for Settlement of Investment Disputes", "ORG", "IGO",
               ["das Schiedsgericht der Weltbank"]),
    ],
}

# ---------------------------------------------------------------- hm40-de-04
SHARAA = actor("Ahmed al-Sharaa", "SYR", "GOV")
SYR_SEC = actor("Syrian security forces", "SYR", "COP")
LOYALISTS = actor("Assad loyalists", "SYR", "REB")

D4_1 = ("Nach tagelanger Gewalt in den syrischen Küstenprovinzen Latakia und Tartus hat Übergangspräsident Ahmed "
        "al-Scharaa am Sonntag eine Untersuchungskommission eingesetzt.")
D4_2 = "Sie soll Übergriffe auf Zivilisten aufklären und binnen 30 Tagen einen Bericht vorlegen."
D4_3 = ("Bewaffnete Anhänger des gestürzten Machthabers Baschar al-Assad hatten am Donnerstag Kontrollpunkte der "
        "Sicherheitskräfte nahe der Stadt Dschableh angegriffen.")
D4_4 = "Die Regierung schickte daraufhin Tausende Kämpfer in die Region."
D4_4b = ("Das Verteidigungsministerium kündigte am Sonntag an, die Truppen wieder aus den Städten abzuziehen, sobald "
         "die Lage unter Kontrolle sei.")
D4_5 = "Die Sicherheitskräfte nahmen nach Angaben des Innenministeriums Dutzende mutmaßliche Assad-Anhänger fest."
D4_6 = ("Die Syrische Beobachtungsstelle für Menschenrechte warf regierungstreuen Milizen vor, Hunderte alawitische "
        "Zivilisten getötet zu haben.")
D4_7 = ("„Wir werden jeden zur Rechenschaft ziehen, der das Blut von Zivilisten vergossen hat“, sagte al-Scharaa in "
        "einer Moschee in Damaskus.")
D4_8 = "UN-Menschenrechtskommissar Volker Türk forderte ein sofortiges Ende der Tötungen."
D4_9 = ("US-Außenminister Marco Rubio verurteilte die »radikalen islamistischen Terroristen«, die Menschen im Westen "
        "Syriens ermordet hätten.")
D4_10 = "Russland gewährte nach eigenen Angaben Tausenden Geflüchteten Schutz auf seinem Luftwaffenstützpunkt Hmeimim."

DE04 = {
    "id": "hm40-de-04", "lang": "de", "url": None, "published": "2025-03-09",
    "title": "Syriens Übergangspräsident setzt Kommission zur Gewalt an der Küste ein",
    "text": paragraphs([D4_1, D4_2, D4_3], [D4_4, D4_4b, D4_5, D4_6, D4_7], [D4_8, D4_9, D4_10]),
    "events": [
        event("ACCUSE", SHARAA, None, D4_1, mode="investigate", date="2025-03-09"),
        event("ASSAULT", LOYALISTS, SYR_SEC, D4_3, date="2025-03-06", location="Jableh", location_country="SYR"),
        event("MOBILIZE", actor("Government of Syria", "SYR", "GOV"), None, D4_4, mode="troops"),
        event("CONCEDE", actor("Ministry of Defence of Syria", "SYR", "MIL"), None, D4_4b, date="2025-03-09"),
        event("COERCE", SYR_SEC, LOYALISTS, D4_5, mode="arrest"),
        event("ACCUSE", actor("Syrian Observatory for Human Rights", "NGO", "NGO"),
              actor("pro-government militias", "SYR", "MIL"), D4_6, mode="allege"),
        event("REQUEST", actor("Volker Türk", "UNO", "IGO"), None, D4_8),
        event("ACCUSE", actor("Marco Rubio", "USA", "GOV"), actor("radical Islamist terrorists", "SYR", "REB"), D4_9,
              mode="disapprove"),
        event("AID", actor("Russia", "RUS", "GOV"), actor("Syrian refugees", "SYR", "CVL"), D4_10,
              location="Hmeimim Air Base", location_country="SYR"),
    ],
    "quotes": [
        quote("Die Sicherheitskräfte nahmen nach Angaben des Innenministeriums Dutzende mutmaßliche Assad-Anhänger fest",
              "Ministry of Interior of Syria", "indirect"),
        quote("Hunderte alawitische Zivilisten getötet zu haben", "Syrian Observatory for Human Rights", "indirect"),
        quote("Wir werden jeden zur Rechenschaft ziehen, der das Blut von Zivilisten vergossen hat", "Ahmed al-Sharaa",
              "direct"),
        quote("radikalen islamistischen Terroristen", "Marco Rubio", "direct"),
    ],
    "entities": [
        entity("Latakia", "LOC", "SYR", ["Latakia"]),
        entity("Tartus", "LOC", "SYR", ["Tartus"]),
        entity("Ahmed al-Sharaa", "PER", "SYR", ["Übergangspräsident Ahmed al-Scharaa", "al-Scharaa"]),
        entity("Bashar al-Assad", "PER", "SYR", ["des gestürzten Machthabers Baschar al-Assad"]),
        entity("Assad loyalists", "ORG", "SYR",
               ["Bewaffnete Anhänger des gestürzten Machthabers Baschar al-Assad",
                "Dutzende mutmaßliche Assad-Anhänger"]),
        entity("Syrian security forces", "ORG", "SYR", ["der Sicherheitskräfte", "Die Sicherheitskräfte"]),
        entity("Jableh", "LOC", "SYR", ["der Stadt Dschableh"]),
        entity("Government of Syria", "ORG", "SYR", ["Die Regierung"]),
        entity("Ministry of Defence of Syria", "ORG", "SYR", ["Das Verteidigungsministerium"]),
        entity("Syrian government forces", "ORG", "SYR", ["Tausende Kämpfer", "die Truppen"]),
        entity("Ministry of Interior of Syria", "ORG", "SYR", ["des Innenministeriums"]),
        entity("Syrian Observatory for Human Rights", "ORG", "NGO",
               ["Die Syrische Beobachtungsstelle für Menschenrechte"]),
        entity("pro-government militias", "ORG", "SYR", ["regierungstreuen Milizen"]),
        entity("Damascus", "LOC", "SYR", ["Damaskus"]),
        entity("Volker Türk", "PER", "UNO", ["UN-Menschenrechtskommissar Volker Türk"]),
        entity("Marco Rubio", "PER", "USA", ["US-Außenminister Marco Rubio"]),
        entity("Syria", "GPE", "SYR", ["Syriens"]),
        entity("Russia", "GPE", "RUS", ["Russland"]),
        entity("Hmeimim Air Base", "LOC", "SYR", ["seinem Luftwaffenstützpunkt Hmeimim"]),
    ],
}

# ---------------------------------------------------------------- hm40-en-01
GBR = actor("United Kingdom", "GBR", "GOV")
GBR_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
MUS = actor("Mauritius", "MUS", "GOV")
COURT = actor("High Court of England and Wales", "GBR", "JUD")
STARMER = actor("Keir Starmer", "GBR", "GOV")
RAMGOOLAM = actor("Navin Ramgoolam", "MUS", "GOV")

E1_1 = "Britain signed a treaty on Thursday handing sovereignty over the Chagos Islands to Mauritius."
E1_2 = ("The signing was delayed by several hours after a High Court judge granted an overnight injunction sought by "
        "two Chagossian women.")
E1_3 = "The judge lifted the order later that morning."
E1_4 = ("Prime Minister Keir Starmer then signed the agreement in a virtual ceremony with his Mauritian counterpart "
        "Navin Ramgoolam.")
E1_5 = "Britain will keep the island of Diego Garcia, home to a joint U.S.-British military base, under a 99-year lease."
E1_6 = ('"This deal protects the base for generations to come," Starmer said, adding that Washington had backed the '
        'agreement.')
E1_7 = 'Opposition leader Kemi Badenoch called the treaty a "surrender" that put national security at risk.'
E1_8 = 'Ramgoolam hailed the signing as "the completion of our decolonisation".'
E1_9 = "Dozens of Chagossians protested outside the Foreign Office in London, saying they had not been consulted."

EN01 = {
    "id": "hm40-en-01", "lang": "en", "url": None, "published": "2025-05-22",
    "title": "Britain signs Chagos deal with Mauritius after court lifts injunction",
    "text": paragraphs([E1_1, E1_2, E1_3], [E1_4, E1_5, E1_6, E1_7], [E1_8, E1_9]),
    "events": [
        event("SUPPORT", GBR, MUS, E1_1, date="2025-05-22"),
        event("COERCE", COURT, GBR_GOV, E1_2, mode="restrict"),
        event("ACCUSE", actor("Chagossian women", "GBR", "CVL"), GBR_GOV, E1_2, mode="allege"),
        event("RETREAT", COURT, GBR_GOV, E1_3),
        event("SUPPORT", STARMER, RAMGOOLAM, E1_4),
        event("CONSULT", STARMER, RAMGOOLAM, E1_4, mode="phone"),
        event("SUPPORT", actor("United States", "USA", "GOV"), GBR, E1_6),
        event("ACCUSE", actor("Kemi Badenoch", "GBR", "OPP"), STARMER, E1_7, mode="disapprove"),
        event("SUPPORT", RAMGOOLAM, GBR, E1_8),
        event("PROTEST", actor("Chagossians", "GBR", "CVL"), GBR_GOV, E1_9, mode="demo", location="London",
              location_country="GBR"),
    ],
    "quotes": [
        quote("This deal protects the base for generations to come", "Keir Starmer", "direct"),
        quote("that Washington had backed the agreement", "Keir Starmer", "indirect"),
        quote("surrender", "Kemi Badenoch", "direct"),
        quote("the completion of our decolonisation", "Navin Ramgoolam", "direct"),
        quote("they had not been consulted", "Chagossians", "indirect"),
    ],
    "entities": [
        entity("United Kingdom", "GPE", "GBR", ["Britain"]),
        entity("Chagos Islands", "LOC", "GBR", ["the Chagos Islands"]),
        entity("Mauritius", "GPE", "MUS", ["Mauritius"]),
        entity("High Court of England and Wales", "ORG", "GBR", ["a High Court judge", "The judge"]),
        entity("Chagossian women", "PER", "GBR", ["two Chagossian women"]),
        entity("Keir Starmer", "PER", "GBR", ["Prime Minister Keir Starmer", "Starmer"]),
        entity("Navin Ramgoolam", "PER", "MUS", ["his Mauritian counterpart Navin Ramgoolam", "Ramgoolam"]),
        entity("Diego Garcia", "LOC", "GBR", ["the island of Diego Garcia"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Kemi Badenoch", "PER", "GBR", ["Opposition leader Kemi Badenoch"]),
        entity("Chagossians", "ORG", "GBR", ["Dozens of Chagossians", "they"]),
        entity("Foreign, Commonwealth and Development Office", "ORG", "GBR", ["the Foreign Office"]),
        entity("London", "LOC", "GBR", ["London"]),
    ],
}

# ---------------------------------------------------------------- hm40-en-02
PTI = actor("Pakistan Tehreek-e-Insaf", "PAK", "PTY")
PAK_GOV = actor("Government of Pakistan", "PAK", "GOV")
PAK_POLICE = actor("Islamabad Police", "PAK", "COP")
PTI_SUPP = actor("PTI supporters", "PAK", "CVL")
PAK_SEC = actor("Pakistani security forces", "PAK", "COP")
NAQVI = actor("Mohsin Naqvi", "PAK", "GOV")

E2_1 = "Former Prime Minister Imran Khan's party called off its protest march in Islamabad early on Wednesday."
E2_2 = ("Police fired tear gas at protesters near D-Chowk square and arrested nearly 1,000 people, Interior Minister "
        "Mohsin Naqvi said.")
E2_3 = "The government had deployed the army in the capital on Tuesday and ordered soldiers to shoot troublemakers on sight."
E2_4 = "Authorities also suspended mobile internet in parts of the city."
E2_5 = ("Naqvi accused protesters of killing four paramilitary Rangers, who were run over by a vehicle on a highway "
        "leading into Islamabad.")
E2_6 = ("Pakistan Tehreek-e-Insaf (PTI) said several of its supporters had been shot dead by security forces, a claim "
        "the government denied.")
E2_7 = "“Our workers were met with bullets,” party spokesman Sheikh Waqas Akram said, “for the crime of demanding justice.”"
E2_8 = "Khan, who has been in jail since August 2023, has demanded his release and new elections."
E2_9 = ("Information Minister Attaullah Tarar said the government was ready to talk to the opposition but would not "
        "negotiate “under pressure”.")

EN02 = {
    "id": "hm40-en-02", "lang": "en", "url": None, "published": "2024-11-27",
    "title": "Imran Khan's party calls off Islamabad protest after crackdown",
    "text": paragraphs([E2_1, E2_2, E2_3, E2_4], [E2_5, E2_6, E2_7], [E2_8, E2_9]),
    "events": [
        event("RETREAT", PTI, PAK_GOV, E2_1, date="2024-11-27", location="Islamabad", location_country="PAK"),
        event("ASSAULT", PAK_POLICE, PTI_SUPP, E2_2, mode="crowd-control", location="D-Chowk",
              location_country="PAK"),
        event("COERCE", PAK_POLICE, PTI_SUPP, E2_2, mode="arrest"),
        event("MOBILIZE", PAK_GOV, None, E2_3, mode="troops", date="2024-11-26", location="Islamabad",
              location_country="PAK"),
        event("THREATEN", PAK_GOV, PTI_SUPP, E2_3, mode="violence"),
        event("COERCE", PAK_GOV, None, E2_4, mode="withhold"),
        event("ACCUSE", NAQVI, PTI_SUPP, E2_5, mode="allege"),
        event("ACCUSE", PTI, PAK_SEC, E2_6, mode="allege"),
        event("ACCUSE", actor("Sheikh Waqas Akram", "PAK", "PTY"), PAK_SEC, E2_7, mode="disapprove"),
        event("REQUEST", actor("Imran Khan", "PAK", "OPP"), PAK_GOV, E2_8, mode="yield"),
        event("AGREE", actor("Attaullah Tarar", "PAK", "GOV"), PTI, E2_9),
    ],
    "quotes": [
        quote("Police fired tear gas at protesters near D-Chowk square and arrested nearly 1,000 people",
              "Mohsin Naqvi", "indirect"),
        quote("several of its supporters had been shot dead by security forces", "Pakistan Tehreek-e-Insaf",
              "indirect"),
        quote("Our workers were met with bullets", "Sheikh Waqas Akram", "direct"),
        quote("for the crime of demanding justice", "Sheikh Waqas Akram", "direct"),
        quote("the government was ready to talk to the opposition but would not negotiate “under pressure”",
              "Attaullah Tarar", "indirect"),
        quote("under pressure", "Attaullah Tarar", "direct"),
    ],
    "entities": [
        entity("Imran Khan", "PER", "PAK", ["Former Prime Minister Imran Khan's", "Khan"]),
        entity("Pakistan Tehreek-e-Insaf", "ORG", "PAK",
               ["Former Prime Minister Imran Khan's party", "Pakistan Tehreek-e-Insaf (PTI)", "the opposition"]),
        entity("Islamabad", "LOC", "PAK", ["Islamabad", "the capital", "the city"]),
        entity("Islamabad Police", "ORG", "PAK", ["Police"]),
        entity("PTI supporters", "ORG", "PAK", ["protesters", "several of its supporters"]),
        entity("D-Chowk", "LOC", "PAK", ["D-Chowk square"]),
        entity("Mohsin Naqvi", "PER", "PAK", ["Interior Minister Mohsin Naqvi", "Naqvi"]),
        entity("Government of Pakistan", "ORG", "PAK", ["The government", "Authorities", "the government"]),
        entity("Pakistan Army", "ORG", "PAK", ["the army", "soldiers"]),
        entity("Pakistan Rangers", "ORG", "PAK", ["four paramilitary Rangers"]),
        entity("Pakistani security forces", "ORG", "PAK", ["security forces"]),
        entity("Sheikh Waqas Akram", "PER", "PAK", ["party spokesman Sheikh Waqas Akram"]),
        entity("Attaullah Tarar", "PER", "PAK", ["Information Minister Attaullah Tarar"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
