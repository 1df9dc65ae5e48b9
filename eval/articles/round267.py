"""Round 267: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, invented wording and details):
- hm267-de-01: NATO/Finland: Finland becomes NATO's 31st member in Brussels; Haavisto hands the accession document to Blinken, Stoltenberg welcomes it, Moscow announces countermeasures, Peskov and Grushko warn, Turkey's parliament has not ratified Sweden's bid, Erdoğan accuses Stockholm, Blinken urges Ankara and Budapest, Kuleba meets the allied foreign ministers (2023-04-04).
- hm267-de-02: G7/Japan: Zelensky travels to the G7 summit in Hiroshima from the Arab League summit in Jeddah; Kishida receives him, first meeting with Modi, new G7 sanctions on Russia, Biden backs F-16 training, protest march, the G7 urge China, Beijing summons Japan's ambassador and Sun Weidong accuses Tokyo (2023-05-21).
- hm267-de-03: Nicaragua: Ortega's government frees 222 political prisoners and deports them to the US; the Managua appeals court strips them of citizenship, Bishop Rolando Álvarez refuses to board and is sentenced to 26 years, Blinken welcomes it and demands more releases, Maradiaga and Murillo trade accusations, Spain offers citizenship (2023-02-10).
- hm267-de-04: El Salvador: Bukele declares victory in the presidential election before the official count; the TSE halts the count, ARENA and FMLN allege irregularities and demand annulment, opposition protest, arrests under the state of exception, Amnesty's accusations, Blinken and Castro congratulate, the OAS mission's demand (2024-02-05).
- hm267-en-01: United States: U.S. strikes on more than 85 targets in Iraq and Syria after the Tower 22 drone attack; Biden warns, Baghdad summons the U.S. charge, Syria and Iran condemn, Kataib Hezbollah's suspension, Austin's warning, McConnell and Graham urge strikes on Iran, no strikes inside Iran (2024-02-02).
- hm267-en-02: Canada: the Northwest Territories order Yellowknife evacuated as a wildfire approaches; state of emergency, military airlift and troops, Ottawa approves federal help, Trudeau accuses Meta over its news block, Meta refuses to lift it, U.S. and Australian firefighters, Cochrane's appeal, Alberta's offer (2023-08-17).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm267-de-01 (NATO/Finland, accession)
FINLAND = actor("Finland", "FIN", "GOV")
NATO = actor("NATO", "IGO", "IGO")
HAAVISTO = actor("Pekka Haavisto", "FIN", "GOV")
STOLTENBERG = actor("Jens Stoltenberg", "IGO", "IGO")
FIN_FORCES = actor("Finnish Defence Forces", "FIN", "MIL")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
GRUSHKO = actor("Alexander Grushko", "RUS", "GOV")
TUR_PARLIAMENT = actor("Grand National Assembly of Turkey", "TUR", "LEG")
SWEDEN = actor("Sweden", "SWE", "GOV")
ERDOGAN = actor("Recep Tayyip Erdoğan", "TUR", "GOV")
SWE_GOV = actor("Government of Sweden", "SWE", "GOV")
BLINKEN = actor("Antony Blinken", "USA", "GOV")
TUR_GOV = actor("Government of Turkey", "TUR", "GOV")
HUN_GOV = actor("Government of Hungary", "HUN", "GOV")
KULEBA = actor("Dmytro Kuleba", "UKR", "GOV")

F1 = "Brüssel (dpa) - Finnland ist am Dienstag als 31. Mitglied der Nato beigetreten."
F2 = ("Außenminister Pekka Haavisto übergab die Beitrittsurkunde im Hauptquartier des Bündnisses an "
      "US-Außenminister Antony Blinken, bei dem die Dokumente hinterlegt werden.")
F3 = "Anschließend wurde vor dem Gebäude erstmals die finnische Flagge gehisst."
F4 = ("Nato-Generalsekretär Jens Stoltenberg begrüßte Finnland als neues Mitglied und sprach von einem "
      "„historischen Tag“.")
F5 = "Präsident Sauli Niinistö sagte, die Zeit der militärischen Bündnisfreiheit sei für sein Land nun vorbei."
F6 = "Die finnischen Streitkräfte nehmen bereits seit Monaten an Manövern der Allianz teil."
F7 = "Moskau kündigte umgehend Gegenmaßnahmen an."
F8 = ("Kremlsprecher Dmitri Peskow sagte, Russland werde seine Truppen im Westen und Nordwesten verstärken, falls "
      "das Bündnis Soldaten oder Waffen nach Finnland verlege.")
F9 = "Vize-Außenminister Alexander Gruschko warf der Nato vor, die Lage in Europa weiter zu verschärfen."
F10 = "Finnland teilt mit Russland eine rund 1300 Kilometer lange Grenze."
F11 = ("Schweden muss dagegen weiter warten: Das türkische Parlament hat den Beitritt des Nachbarlandes bislang "
       "nicht ratifiziert.")
F12 = "Präsident Recep Tayyip Erdoğan wirft Stockholm vor, kurdischen Extremisten Unterschlupf zu gewähren."
F13 = ("Blinken sagte, Washington erwarte Schwedens Aufnahme noch vor dem Gipfel in Vilnius im Juli, und rief "
       "Ankara und Budapest auf, den Weg freizumachen.")
F14 = ("Am Nachmittag berieten die Außenminister der Allianz mit ihrem ukrainischen Kollegen Dmytro Kuleba über "
       "weitere Waffenlieferungen.")

DE01 = {
    "id": "hm267-de-01", "lang": "de", "url": None, "published": "2023-04-04",
    "title": "Finnland ist 31. Mitglied der Nato",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6], [F7, F8, F9, F10], [F11, F12, F13], [F14]),
    "events": [
        event("SUPPORT", FINLAND, NATO, F1, date="2023-04-04", location="Brussels", location_country="BEL"),
        event("SUPPORT", HAAVISTO, NATO, F2, location="Brussels", location_country="BEL"),
        event("SUPPORT", STOLTENBERG, FINLAND, F4),
        event("COOPERATE", FIN_FORCES, NATO, F6),
        event("THREATEN", RUS_GOV, FINLAND, F7),
        event("THREATEN", PESKOV, NATO, F8),
        event("ACCUSE", GRUSHKO, NATO, F9, mode="disapprove"),
        event("SUPPORT", TUR_PARLIAMENT, SWEDEN, F11, negated=True),
        event("ACCUSE", ERDOGAN, SWE_GOV, F12, mode="allege"),
        event("REQUEST", BLINKEN, TUR_GOV, F13, mode="change"),
        event("REQUEST", BLINKEN, HUN_GOV, F13, mode="change"),
        event("CONSULT", KULEBA, NATO, F14, mode="multilateral", date="2023-04-04", location="Brussels",
              location_country="BEL"),
    ],
    "quotes": [
        quote("historischen Tag", "Jens Stoltenberg", "direct"),
        quote("die Zeit der militärischen Bündnisfreiheit sei für sein Land nun vorbei", "Sauli Niinistö",
              "indirect"),
        quote("Russland werde seine Truppen im Westen und Nordwesten verstärken, falls das Bündnis Soldaten oder "
              "Waffen nach Finnland verlege", "Dmitry Peskov", "indirect"),
        quote("die Lage in Europa weiter zu verschärfen", "Alexander Grushko", "indirect"),
        quote("kurdischen Extremisten Unterschlupf zu gewähren", "Recep Tayyip Erdoğan", "indirect"),
        quote("Washington erwarte Schwedens Aufnahme noch vor dem Gipfel in Vilnius im Juli", "Antony Blinken",
              "indirect"),
    ],
    "entities": [
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("Finland", "LOC", "FIN", ["Finnland", "sein Land"]),
        entity("NATO", "ORG", "IGO", ["Nato", "des Bündnisses", "der Allianz", "das Bündnis"]),
        entity("Pekka Haavisto", "PER", "FIN", ["Außenminister Pekka Haavisto"]),
        entity("NATO headquarters", "LOC", "BEL", ["Hauptquartier des Bündnisses", "dem Gebäude"]),
        entity("Antony Blinken", "PER", "USA", ["US-Außenminister Antony Blinken", "Blinken"]),
        entity("Jens Stoltenberg", "PER", "IGO", ["Nato-Generalsekretär Jens Stoltenberg"]),
        entity("Sauli Niinistö", "PER", "FIN", ["Präsident Sauli Niinistö"]),
        entity("Finnish Defence Forces", "ORG", "FIN", ["Die finnischen Streitkräfte"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Alexander Grushko", "PER", "RUS", ["Vize-Außenminister Alexander Gruschko"]),
        entity("Europe", "LOC", None, ["Europa"]),
        entity("Sweden", "LOC", "SWE", ["Schweden", "des Nachbarlandes", "Schwedens"]),
        entity("Grand National Assembly of Turkey", "ORG", "TUR", ["Das türkische Parlament"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["Präsident Recep Tayyip Erdoğan"]),
        entity("Government of Sweden", "ORG", "SWE", ["Stockholm"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Vilnius", "LOC", "LTU", ["Vilnius"]),
        entity("Government of Turkey", "ORG", "TUR", ["Ankara"]),
        entity("Government of Hungary", "ORG", "HUN", ["Budapest"]),
        entity("NATO foreign ministers", "ORG", "IGO", ["die Außenminister der Allianz"]),
        entity("Dmytro Kuleba", "PER", "UKR", ["ihrem ukrainischen Kollegen Dmytro Kuleba"]),
    ],
}

# ---------------------------------------------------------------- hm267-de-02 (G7/Japan, Zelensky in Hiroshima)
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
G7 = actor("Group of Seven", "IGO", "IGO")
KISHIDA = actor("Fumio Kishida", "JPN", "GOV")
ARAB_LEAGUE = actor("Arab League", "IGO", "IGO")
MODI = actor("Narendra Modi", "IND", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")
UKRAINE = actor("Ukraine", "UKR", "GOV")
HIROSHIMA_PROTESTERS = actor("protesters in Hiroshima", "JPN", "CVL")
JPN_POLICE = actor("Japanese police", "JPN", "COP")
CHINA = actor("China", "CHN", "GOV")
CHN_GOV = actor("Government of China", "CHN", "GOV")
JAPAN = actor("Japan", "JPN", "GOV")
SUN_WEIDONG = actor("Sun Weidong", "CHN", "GOV")

G1 = ("Hiroshima (AFP) - Der ukrainische Präsident Wolodymyr Selenskyj ist am Samstag zum G7-Gipfel ins "
      "japanische Hiroshima gereist.")
G2 = "Japans Regierungschef Fumio Kishida empfing ihn am Nachmittag zu einem Gespräch."
G3 = ("Selenskyj kam aus Saudi-Arabien, wo er am Freitag am Gipfel der Arabischen Liga in Dschidda teilgenommen "
      "hatte.")
G4 = ("Am Rande des Treffens kam er erstmals seit Kriegsbeginn mit dem indischen Premierminister Narendra Modi "
      "zusammen.")
G5 = ("Modi sagte, Indien werde alles tun, was in seiner Macht stehe, um zu einer Lösung des Konflikts "
      "beizutragen.")
G6 = ("Die G7-Staaten verhängten zudem neue Sanktionen gegen Russland, die unter anderem den Handel mit "
      "russischen Diamanten einschränken.")
G7S = ("US-Präsident Joe Biden habe den Verbündeten zugesagt, die Ausbildung ukrainischer Piloten an "
       "F-16-Kampfjets zu unterstützen, sagte sein Sicherheitsberater Jake Sullivan.")
G8 = "Selenskyj begrüßte den Schritt als „historische Entscheidung“."
G9 = ("Einige Hundert Demonstranten zogen durch die Innenstadt und forderten ein Ende der Aufrüstung; die Polizei "
      "hielt sie vom Tagungshotel fern.")
G10 = ("In ihrer Abschlusserklärung forderten die G7 China auf, Russland zur Beendigung des Krieges zu "
       "drängen.")
G11 = "Peking bestellte daraufhin den japanischen Botschafter Hideo Tarumi ein."
G12 = ("Vize-Außenminister Sun Weidong warf Japan vor, gemeinsam mit den anderen G7-Staaten China „zu verleumden "
       "und anzugreifen“.")
G13 = "Der Gipfel endet am Sonntag."

DE02 = {
    "id": "hm267-de-02", "lang": "de", "url": None, "published": "2023-05-21",
    "title": "Selenskyj beim G7-Gipfel in Hiroshima",
    "text": paragraphs([G1, G2, G3], [G4, G5], [G6, G7S, G8, G9], [G10, G11, G12, G13]),
    "events": [
        event("CONSULT", ZELENSKY, G7, G1, mode="multilateral", date="2023-05-20", location="Hiroshima",
              location_country="JPN"),
        event("CONSULT", ZELENSKY, KISHIDA, G2, mode="visit", date="2023-05-20", location="Hiroshima",
              location_country="JPN"),
        event("CONSULT", ZELENSKY, ARAB_LEAGUE, G3, mode="multilateral", date="2023-05-19", location="Jeddah",
              location_country="SAU"),
        event("CONSULT", ZELENSKY, MODI, G4, location="Hiroshima", location_country="JPN"),
        event("AGREE", MODI, ZELENSKY, G5),
        event("SANCTION", G7, RUSSIA, G6),
        event("AGREE", BIDEN, UKRAINE, G7S),
        event("SUPPORT", ZELENSKY, BIDEN, G8),
        event("PROTEST", HIROSHIMA_PROTESTERS, G7, G9, mode="demo", location="Hiroshima", location_country="JPN"),
        event("COERCE", JPN_POLICE, HIROSHIMA_PROTESTERS, G9, mode="restrict", location="Hiroshima",
              location_country="JPN"),
        event("REQUEST", G7, CHINA, G10, mode="change"),
        event("ACCUSE", CHN_GOV, JAPAN, G11, mode="disapprove"),
        event("ACCUSE", SUN_WEIDONG, JAPAN, G12, mode="disapprove"),
    ],
    "quotes": [
        quote("Indien werde alles tun, was in seiner Macht stehe, um zu einer Lösung des Konflikts beizutragen",
              "Narendra Modi", "indirect"),
        quote("US-Präsident Joe Biden habe den Verbündeten zugesagt, die Ausbildung ukrainischer Piloten an "
              "F-16-Kampfjets zu unterstützen", "Jake Sullivan", "indirect"),
        quote("historische Entscheidung", "Volodymyr Zelensky", "direct"),
        quote("zu verleumden und anzugreifen", "Sun Weidong", "direct"),
        quote("gemeinsam mit den anderen G7-Staaten China „zu verleumden und anzugreifen“", "Sun Weidong",
              "indirect"),
    ],
    "entities": [
        entity("Hiroshima", "LOC", "JPN", ["Hiroshima"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Der ukrainische Präsident Wolodymyr Selenskyj", "Selenskyj"]),
        entity("Group of Seven", "ORG", "IGO", ["G7", "die G7"]),
        entity("G7 summit in Hiroshima", "ORG", "IGO", ["G7-Gipfel", "des Treffens", "Der Gipfel"]),
        entity("Japan", "LOC", "JPN", ["Japans", "Japan"]),
        entity("Fumio Kishida", "PER", "JPN", ["Japans Regierungschef Fumio Kishida"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi-Arabien"]),
        entity("Arab League", "ORG", "IGO", ["der Arabischen Liga"]),
        entity("Jeddah", "LOC", "SAU", ["Dschidda"]),
        entity("Narendra Modi", "PER", "IND", ["dem indischen Premierminister Narendra Modi", "Modi"]),
        entity("India", "LOC", "IND", ["Indien"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden"]),
        entity("Jake Sullivan", "PER", "USA", ["sein Sicherheitsberater Jake Sullivan"]),
        entity("protesters in Hiroshima", "ORG", "JPN", ["Einige Hundert Demonstranten"]),
        entity("Japanese police", "ORG", "JPN", ["die Polizei"]),
        entity("Grand Prince Hotel Hiroshima", "LOC", "JPN", ["Tagungshotel"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Government of China", "ORG", "CHN", ["Peking"]),
        entity("Hideo Tarumi", "PER", "JPN", ["den japanischen Botschafter Hideo Tarumi"]),
        entity("Sun Weidong", "PER", "CHN", ["Vize-Außenminister Sun Weidong"]),
    ],
}

# ---------------------------------------------------------------- hm267-de-03 (Nicaragua, 222 prisoners freed)
NIC_GOV = actor("Government of Nicaragua", "NIC", "GOV")
NIC_PRISONERS = actor("freed Nicaraguan political prisoners", "NIC", "OPP")
US_GOV = actor("Government of the United States", "USA", "GOV")
MANAGUA_COURT = actor("Court of Appeals of Managua", "NIC", "JUD")
ALVAREZ = actor("Rolando Álvarez", "NIC", "CVL")
MARADIAGA = actor("Félix Maradiaga", "NIC", "OPP")
ORTEGA = actor("Daniel Ortega", "NIC", "GOV")
MURILLO = actor("Rosario Murillo", "NIC", "GOV")
ESP_GOV = actor("Government of Spain", "ESP", "GOV")

N1 = "Managua (dpa) - Nicaragua hat 222 politische Gefangene freigelassen und in die USA abgeschoben."
N2 = ("Die Häftlinge seien am Donnerstag mit einem Charterflug in Washington gelandet, teilte das "
      "US-Außenministerium mit.")
N3 = "Die US-Regierung gewährte ihnen einen befristeten Aufenthaltsstatus aus humanitären Gründen."
N4 = "Unter den Freigelassenen sind frühere Präsidentschaftsbewerber, Studentenführer, Journalisten und Priester."
N5 = ("Kurz nach dem Abflug erklärte ein Berufungsgericht in Managua sie zu „Vaterlandsverrätern“ und erkannte "
      "ihnen die Staatsbürgerschaft ab.")
N6 = ("Präsident Daniel Ortega sagte am Abend im Fernsehen, die USA hätten um nichts gebeten und Nicaragua habe "
      "nichts verlangt.")
N7 = "Der Bischof von Matagalpa, Rolando Álvarez, weigerte sich jedoch, das Flugzeug zu besteigen."
N8 = ("Das Gericht verurteilte den regierungskritischen Geistlichen am Freitag wegen Vaterlandsverrats zu "
      "26 Jahren Haft.")
N9 = ("US-Außenminister Antony Blinken begrüßte die Freilassung als „konstruktiven Schritt“ und rief Ortegas Regierung auf, "
      "auch die übrigen Inhaftierten freizulassen.")
N10 = ("Der Oppositionspolitiker Félix Maradiaga, einer der Freigelassenen, warf Ortega nach der Landung vor, das "
       "ganze Land in ein „Gefängnis“ verwandelt zu haben.")
N11 = "Vizepräsidentin Rosario Murillo nannte die Ausgewiesenen „Söldner des Imperiums“."
N12 = "Spaniens Regierung bot ihnen am Freitag die spanische Staatsbürgerschaft an."
N13 = "Ortega geht seit den Massenprotesten von 2018 mit harter Hand gegen Kritiker vor."

DE03 = {
    "id": "hm267-de-03", "lang": "de", "url": None, "published": "2023-02-10",
    "title": "Nicaragua schiebt 222 politische Gefangene in die USA ab",
    "text": paragraphs([N1, N2, N3, N4], [N5, N6], [N7, N8], [N9, N10, N11, N12], [N13]),
    "events": [
        event("RETREAT", NIC_GOV, NIC_PRISONERS, N1, mode="release"),
        event("COERCE", NIC_GOV, NIC_PRISONERS, N1, mode="deport"),
        event("AID", US_GOV, NIC_PRISONERS, N3),
        event("SANCTION", MANAGUA_COURT, NIC_PRISONERS, N5, mode="convict", location="Managua",
              location_country="NIC"),
        event("REJECT", ALVAREZ, NIC_GOV, N7),
        event("SANCTION", MANAGUA_COURT, ALVAREZ, N8, mode="convict", date="2023-02-10"),
        event("SUPPORT", BLINKEN, NIC_GOV, N9),
        event("REQUEST", BLINKEN, NIC_GOV, N9, mode="yield"),
        event("ACCUSE", MARADIAGA, ORTEGA, N10, mode="disapprove"),
        event("ACCUSE", MURILLO, NIC_PRISONERS, N11, mode="disapprove"),
        event("AGREE", ESP_GOV, NIC_PRISONERS, N12, date="2023-02-10"),
    ],
    "quotes": [
        quote("Die Häftlinge seien am Donnerstag mit einem Charterflug in Washington gelandet",
              "U.S. Department of State", "indirect"),
        quote("Vaterlandsverrätern", "Court of Appeals of Managua", "direct"),
        quote("die USA hätten um nichts gebeten und Nicaragua habe nichts verlangt", "Daniel Ortega", "indirect"),
        quote("konstruktiven Schritt", "Antony Blinken", "direct"),
        quote("Gefängnis", "Félix Maradiaga", "direct"),
        quote("das ganze Land in ein „Gefängnis“ verwandelt zu haben", "Félix Maradiaga", "indirect"),
        quote("Söldner des Imperiums", "Rosario Murillo", "direct"),
    ],
    "entities": [
        entity("Managua", "LOC", "NIC", ["Managua"]),
        entity("Nicaragua", "LOC", "NIC", ["Nicaragua"]),
        entity("freed Nicaraguan political prisoners", "ORG", "NIC", ["222 politische Gefangene", "Die Häftlinge",
                                                                     "den Freigelassenen", "die Ausgewiesenen"]),
        entity("United States", "LOC", "USA", ["die USA"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("U.S. Department of State", "ORG", "USA", ["das US-Außenministerium"]),
        entity("Government of the United States", "ORG", "USA", ["Die US-Regierung"]),
        entity("Court of Appeals of Managua", "ORG", "NIC", ["ein Berufungsgericht in Managua", "Das Gericht"]),
        entity("Daniel Ortega", "PER", "NIC", ["Präsident Daniel Ortega", "Ortega"]),
        entity("Rolando Álvarez", "PER", "NIC", ["Der Bischof von Matagalpa, Rolando Álvarez",
                                                 "den regierungskritischen Geistlichen"]),
        entity("Matagalpa", "LOC", "NIC", ["Matagalpa"]),
        entity("Antony Blinken", "PER", "USA", ["US-Außenminister Antony Blinken"]),
        entity("Government of Nicaragua", "ORG", "NIC", ["Ortegas Regierung"]),
        entity("Félix Maradiaga", "PER", "NIC", ["Der Oppositionspolitiker Félix Maradiaga"]),
        entity("Rosario Murillo", "PER", "NIC", ["Vizepräsidentin Rosario Murillo"]),
        entity("Government of Spain", "ORG", "ESP", ["Spaniens Regierung"]),
    ],
}

# ---------------------------------------------------------------- hm267-de-04 (El Salvador, Bukele re-election)
ARENA = actor("Nationalist Republican Alliance", "SLV", "PTY")
FMLN = actor("Farabundo Martí National Liberation Front", "SLV", "PTY")
TSE = actor("Supreme Electoral Tribunal of El Salvador", "SLV", "JUD")
SLV_OPP_SUPPORTERS = actor("Salvadoran opposition supporters", "SLV", "OPP")
SLV_POLICE = actor("National Civil Police of El Salvador", "SLV", "COP")
SLV_ARMY = actor("Armed Forces of El Salvador", "SLV", "MIL")
SLV_GANGS = actor("suspected gang members in El Salvador", "SLV", "CVL")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
SLV_AUTH = actor("Salvadoran authorities", "SLV", "GOV")
BUKELE = actor("Nayib Bukele", "SLV", "GOV")
CASTRO = actor("Xiomara Castro", "HND", "GOV")
OAS_MISSION = actor("OAS Electoral Observation Mission in El Salvador", "IGO", "IGO")

S1 = ("San Salvador (AFP) - Nayib Bukele hat sich nach der Präsidentenwahl in El Salvador zum Sieger erklärt, "
      "bevor die Wahlbehörde ein offizielles Ergebnis bekannt gab.")
S2 = ("Er habe mehr als 85 Prozent der Stimmen erhalten, schrieb der 42-Jährige in der Nacht zum Montag auf der "
      "Plattform X.")
S3 = ("Das Oberste Wahlgericht (TSE) musste die vorläufige Auszählung wegen technischer Pannen unterbrechen und "
      "kündigte eine Nachzählung von Hand an.")
S4 = ("Die Oppositionsparteien Arena und FMLN warfen dem Gericht Unregelmäßigkeiten vor und verlangten, die "
      "Abstimmung über das Parlament zu annullieren.")
S5 = "Am Montag protestierten mehrere Hundert Oppositionsanhänger vor dem Sitz der Behörde in der Hauptstadt."
S6 = ("Die Verfassung verbietet eigentlich eine direkte Wiederwahl; eine umstrittene Auslegung von 2021 hatte "
      "Bukele die erneute Kandidatur ermöglicht.")
S7 = "Der Präsident verdankt seine Popularität vor allem seinem harten Vorgehen gegen die Jugendbanden."
S8 = ("Unter einem seit März 2022 geltenden Ausnahmezustand haben Polizei und Armee mehr als 75.000 mutmaßliche "
      "Bandenmitglieder festgenommen.")
S9 = ("Amnesty International wirft den Behörden willkürliche Festnahmen und Misshandlungen in den Gefängnissen "
      "vor.")
S10 = "Bukele wies die Vorwürfe stets zurück."
S11 = ("US-Außenminister Antony Blinken gratulierte Bukele am Montag in einem Telefonat und sicherte ihm weitere "
       "Zusammenarbeit zu.")
S12 = "Auch die honduranische Präsidentin Xiomara Castro gratulierte."
S13 = ("Die Wahlbeobachter der Organisation Amerikanischer Staaten forderten, die Nachzählung transparent und "
       "zügig abzuschließen.")

DE04 = {
    "id": "hm267-de-04", "lang": "de", "url": None, "published": "2024-02-05",
    "title": "Bukele erklärt sich zum Wahlsieger in El Salvador",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6], [S7, S8, S9, S10], [S11, S12, S13]),
    "events": [
        event("ACCUSE", ARENA, TSE, S4, mode="allege"),
        event("ACCUSE", FMLN, TSE, S4, mode="allege"),
        event("REQUEST", ARENA, TSE, S4, mode="change"),
        event("REQUEST", FMLN, TSE, S4, mode="change"),
        event("PROTEST", SLV_OPP_SUPPORTERS, TSE, S5, mode="demo", date="2024-02-05", location="San Salvador",
              location_country="SLV"),
        event("COERCE", SLV_POLICE, SLV_GANGS, S8, mode="arrest"),
        event("COERCE", SLV_ARMY, SLV_GANGS, S8, mode="arrest"),
        event("ACCUSE", AMNESTY, SLV_AUTH, S9, mode="allege"),
        event("CONSULT", BLINKEN, BUKELE, S11, mode="phone", date="2024-02-05"),
        event("SUPPORT", BLINKEN, BUKELE, S11, date="2024-02-05"),
        event("AGREE", BLINKEN, BUKELE, S11, date="2024-02-05"),
        event("SUPPORT", CASTRO, BUKELE, S12),
        event("REQUEST", OAS_MISSION, TSE, S13, mode="change"),
    ],
    "quotes": [
        quote("Er habe mehr als 85 Prozent der Stimmen erhalten", "Nayib Bukele", "indirect"),
    ],
    "entities": [
        entity("San Salvador", "LOC", "SLV", ["San Salvador", "der Hauptstadt"]),
        entity("Nayib Bukele", "PER", "SLV", ["Nayib Bukele", "der 42-Jährige", "Bukele", "Der Präsident"]),
        entity("El Salvador", "LOC", "SLV", ["El Salvador"]),
        entity("Supreme Electoral Tribunal of El Salvador", "ORG", "SLV", ["die Wahlbehörde",
                                                                          "Das Oberste Wahlgericht (TSE)",
                                                                          "dem Gericht", "der Behörde"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Nationalist Republican Alliance", "ORG", "SLV", ["Arena"]),
        entity("Farabundo Martí National Liberation Front", "ORG", "SLV", ["FMLN"]),
        entity("Legislative Assembly of El Salvador", "ORG", "SLV", ["das Parlament"]),
        entity("Salvadoran opposition supporters", "ORG", "SLV", ["mehrere Hundert Oppositionsanhänger"]),
        entity("National Civil Police of El Salvador", "ORG", "SLV", ["Polizei"]),
        entity("Armed Forces of El Salvador", "ORG", "SLV", ["Armee"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Salvadoran authorities", "ORG", "SLV", ["den Behörden"]),
        entity("Antony Blinken", "PER", "USA", ["US-Außenminister Antony Blinken"]),
        entity("Xiomara Castro", "PER", "HND", ["die honduranische Präsidentin Xiomara Castro"]),
        entity("OAS Electoral Observation Mission in El Salvador", "ORG", "IGO", ["Die Wahlbeobachter der Organisation Amerikanischer Staaten"]),
        entity("Organization of American States", "ORG", "IGO", ["Organisation Amerikanischer Staaten"]),
    ],
}

# ---------------------------------------------------------------- hm267-en-01 (USA, strikes in Iraq and Syria)
USA = actor("United States", "USA", "GOV")
IRGC = actor("Islamic Revolutionary Guard Corps", "IRN", "MIL")
IRAN_MILITIAS = actor("Iran-backed militias in Iraq and Syria", "IRQ", "REB")
IRQ_GOV = actor("Government of Iraq", "IRQ", "GOV")
AWADI = actor("Basim al-Awadi", "IRQ", "GOV")
SYR_MOD = actor("Ministry of Defence of Syria", "SYR", "GOV")
KANAANI = actor("Nasser Kanaani", "IRN", "GOV")
KATAIB_HEZBOLLAH = actor("Kataib Hezbollah", "IRQ", "REB")
AUSTIN = actor("Lloyd Austin", "USA", "GOV")
MCCONNELL = actor("Mitch McConnell", "USA", "LEG")
GRAHAM = actor("Lindsey Graham", "USA", "LEG")
IRAN = actor("Iran", "IRN", "GOV")

U1 = ("WASHINGTON, Feb 2 (Reuters) - The United States on Friday struck more than 85 targets in Iraq and Syria "
      "linked to Iran's Revolutionary Guards and the militias it backs, in retaliation for a drone attack that "
      "killed three U.S. soldiers in Jordan last weekend.")
U2 = ('"Our response began today. It will continue at times and places of our choosing," President Joe Biden '
      'said.')
U3 = "Biden said the United States did not seek conflict in the Middle East."
U4 = ("Iraq's government condemned the strikes as a violation of its sovereignty and summoned the U.S. charge "
      "d'affaires in Baghdad.")
U5 = "Government spokesman Basim al-Awadi said 16 people, including civilians, were killed."
U6 = "Syria's Defence Ministry accused Washington of seeking to fuel conflict in the region."
U7 = ('Iranian Foreign Ministry spokesman Nasser Kanaani called the attacks "another adventurous and strategic '
      'mistake."')
U8 = "Tehran has denied any role in the Jan. 28 attack on the Tower 22 outpost."
U9 = ("Washington blames the attack on Kataib Hezbollah, which said on Tuesday it was suspending operations "
      "against U.S. forces to avoid embarrassing the Iraqi government.")
U10 = ('Defense Secretary Lloyd Austin had warned of a "multi-tiered response" and said the '
       'United States would hold those responsible accountable.')
U11 = ("Senate Republican leader Mitch McConnell and Senator Lindsey Graham urged Biden to strike targets inside "
       "Iran.")
U12 = "Washington did not strike any targets on Iranian soil."

EN01 = {
    "id": "hm267-en-01", "lang": "en", "url": None, "published": "2024-02-02",
    "title": "U.S. strikes dozens of targets in Iraq and Syria after deadly drone attack",
    "text": paragraphs([U1, U2, U3], [U4, U5, U6, U7, U8], [U9, U10], [U11, U12]),
    "events": [
        event("ASSAULT", USA, IRGC, U1, mode="aerial", date="2024-02-02"),
        event("ASSAULT", USA, IRAN_MILITIAS, U1, mode="aerial", date="2024-02-02"),
        event("THREATEN", BIDEN, IRAN_MILITIAS, U2),
        event("ACCUSE", IRQ_GOV, USA, U4, mode="disapprove", location="Baghdad", location_country="IRQ"),
        event("ACCUSE", AWADI, USA, U5, mode="allege"),
        event("ACCUSE", SYR_MOD, USA, U6, mode="allege"),
        event("ACCUSE", KANAANI, USA, U7, mode="disapprove"),
        event("ACCUSE", USA, KATAIB_HEZBOLLAH, U9, mode="allege"),
        event("CONCEDE", KATAIB_HEZBOLLAH, USA, U9, date="2024-01-30"),
        event("THREATEN", AUSTIN, IRAN_MILITIAS, U10),
        event("REQUEST", MCCONNELL, BIDEN, U11),
        event("REQUEST", GRAHAM, BIDEN, U11),
        event("ASSAULT", USA, IRAN, U12, mode="aerial", negated=True),
    ],
    "quotes": [
        quote("Our response began today. It will continue at times and places of our choosing", "Joe Biden",
              "direct"),
        quote("the United States did not seek conflict in the Middle East", "Joe Biden", "indirect"),
        quote("16 people, including civilians, were killed", "Basim al-Awadi", "indirect"),
        quote("seeking to fuel conflict in the region", "Ministry of Defence of Syria", "indirect"),
        quote("another adventurous and strategic mistake", "Nasser Kanaani", "direct"),
        quote("it was suspending operations against U.S. forces to avoid embarrassing the Iraqi government",
              "Kataib Hezbollah", "indirect"),
        quote("multi-tiered response", "Lloyd Austin", "direct"),
        quote("the United States would hold those responsible accountable", "Lloyd Austin", "indirect"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["WASHINGTON"]),
        entity("United States", "LOC", "USA", ["The United States", "the United States"]),
        entity("Iraq", "LOC", "IRQ", ["Iraq"]),
        entity("Syria", "LOC", "SYR", ["Syria"]),
        entity("Islamic Revolutionary Guard Corps", "ORG", "IRN", ["Iran's Revolutionary Guards"]),
        entity("Iran-backed militias in Iraq and Syria", "ORG", "IRQ", ["the militias it backs",
                                                                       "those responsible"]),
        entity("U.S. Armed Forces", "ORG", "USA", ["three U.S. soldiers", "U.S. forces"]),
        entity("Jordan", "LOC", "JOR", ["Jordan"]),
        entity("Joe Biden", "PER", "USA", ["President Joe Biden", "Biden"]),
        entity("Middle East", "LOC", None, ["the Middle East"]),
        entity("Government of Iraq", "ORG", "IRQ", ["Iraq's government", "the Iraqi government"]),
        entity("U.S. charge d'affaires in Baghdad", "PER", "USA", ["the U.S. charge d'affaires in Baghdad"]),
        entity("Baghdad", "LOC", "IRQ", ["Baghdad"]),
        entity("Basim al-Awadi", "PER", "IRQ", ["Government spokesman Basim al-Awadi"]),
        entity("Ministry of Defence of Syria", "ORG", "SYR", ["Syria's Defence Ministry"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Nasser Kanaani", "PER", "IRN", ["Iranian Foreign Ministry spokesman Nasser Kanaani"]),
        entity("Ministry of Foreign Affairs of Iran", "ORG", "IRN", ["Iranian Foreign Ministry"]),
        entity("Government of Iran", "ORG", "IRN", ["Tehran"]),
        entity("Tower 22", "LOC", "JOR", ["the Tower 22 outpost"]),
        entity("Kataib Hezbollah", "ORG", "IRQ", ["Kataib Hezbollah"]),
        entity("Lloyd Austin", "PER", "USA", ["Defense Secretary Lloyd Austin"]),
        entity("Mitch McConnell", "PER", "USA", ["Senate Republican leader Mitch McConnell"]),
        entity("U.S. Senate", "ORG", "USA", ["Senate"]),
        entity("Lindsey Graham", "PER", "USA", ["Senator Lindsey Graham"]),
        entity("Iran", "LOC", "IRN", ["Iran", "Iranian soil"]),
    ],
}

# ---------------------------------------------------------------- hm267-en-02 (Canada, Yellowknife evacuation)
NWT_GOV = actor("Government of the Northwest Territories", "CAN", "GOV")
YK_RESIDENTS = actor("residents of Yellowknife", "CAN", "CVL")
CAF = actor("Canadian Armed Forces", "CAN", "MIL")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
TRUDEAU = actor("Justin Trudeau", "CAN", "GOV")
META = actor("Meta Platforms", "MNC", "BUS")
CAN_USERS = actor("Canadian social media users", "CAN", "CVL")
CAN_OFFICIALS = actor("Canadian officials", "CAN", "GOV")
AUSTRALIA = actor("Australia", "AUS", "GOV")
CANADA = actor("Canada", "CAN", "GOV")
COCHRANE = actor("Caroline Cochrane", "CAN", "GOV")
SMITH = actor("Danielle Smith", "CAN", "GOV")

W1 = ("YELLOWKNIFE, Northwest Territories (AP) — Officials in Canada's Northwest Territories ordered all 20,000 "
      "residents of Yellowknife to leave the city by Friday as a wildfire approached.")
W2 = "The territorial government declared a state of emergency on Tuesday."
W3 = ("Canadian military aircraft began flying residents without cars to Calgary and Edmonton on Thursday.")
W4 = ("Defence Minister Bill Blair said about 120 soldiers had been deployed to help firefighters build "
      "containment lines.")
W5 = ('Prime Minister Justin Trudeau said Ottawa had approved the territory\'s request for federal assistance and '
      'would provide "all the resources needed" to protect residents.')
W6 = ('Trudeau also accused Meta of putting "corporate profits ahead of people\'s safety" by blocking news on '
      'Facebook and Instagram.')
W7 = ("Meta began removing news links for Canadian users this month in response to the Online News Act.")
W8 = ('The company rejected calls from Canadian officials to lift the block during the emergency, saying people '
      'could still use Facebook\'s "Safety Check" feature to mark themselves safe.')
W9 = ("Firefighters from the United States and Australia have joined Canadian crews battling more than 1,000 "
      "active fires across the country.")
W10 = ("Northwest Territories Premier Caroline Cochrane urged residents not to panic and to follow the designated "
       "routes, saying the fire was about 15 kilometers from the city's edge.")
W11 = "Alberta Premier Danielle Smith offered to house evacuees in Calgary and Edmonton."
W12 = "No deaths have been reported."

EN02 = {
    "id": "hm267-en-02", "lang": "en", "url": None, "published": "2023-08-17",
    "title": "Canada's Yellowknife ordered evacuated as wildfire approaches",
    "text": paragraphs([W1, W2], [W3, W4, W5], [W6, W7, W8], [W9, W10, W11, W12]),
    "events": [
        event("REQUEST", NWT_GOV, YK_RESIDENTS, W1),
        event("COERCE", NWT_GOV, None, W2, mode="curfew", date="2023-08-15"),
        event("AID", CAF, YK_RESIDENTS, W3, date="2023-08-17", location="Yellowknife", location_country="CAN"),
        event("MOBILIZE", CAF, None, W4, mode="troops"),
        event("AGREE", CAN_GOV, NWT_GOV, W5),
        event("ACCUSE", TRUDEAU, META, W6, mode="disapprove"),
        event("COERCE", META, CAN_USERS, W7, mode="censor"),
        event("REJECT", META, CAN_OFFICIALS, W8, mode="change"),
        event("AID", USA, CANADA, W9),
        event("AID", AUSTRALIA, CANADA, W9),
        event("REQUEST", COCHRANE, YK_RESIDENTS, W10),
        event("AGREE", SMITH, NWT_GOV, W11),
    ],
    "quotes": [
        quote("about 120 soldiers had been deployed to help firefighters build containment lines", "Bill Blair",
              "indirect"),
        quote('Ottawa had approved the territory\'s request for federal assistance and would provide "all the '
              'resources needed"', "Justin Trudeau", "indirect"),
        quote("all the resources needed", "Justin Trudeau", "direct"),
        quote("corporate profits ahead of people's safety", "Justin Trudeau", "direct"),
        quote('putting "corporate profits ahead of people\'s safety" by blocking news on Facebook and Instagram',
              "Justin Trudeau", "indirect"),
        quote("people could still use Facebook's \"Safety Check\" feature to mark themselves safe", "Meta Platforms",
              "indirect"),
        quote("Safety Check", "Meta Platforms", "direct"),
        quote("the fire was about 15 kilometers from the city's edge", "Caroline Cochrane", "indirect"),
    ],
    "entities": [
        entity("Yellowknife", "LOC", "CAN", ["YELLOWKNIFE", "Yellowknife", "the city"]),
        entity("Northwest Territories", "LOC", "CAN", ["Northwest Territories", "Canada's Northwest Territories"]),
        entity("Government of the Northwest Territories", "ORG", "CAN", ["Officials", "The territorial government",
                                                                         "the territory"]),
        entity("Canada", "LOC", "CAN", ["Canada", "the country"]),
        entity("residents of Yellowknife", "ORG", "CAN", ["all 20,000 residents of Yellowknife", "residents",
                                                          "evacuees"]),
        entity("Canadian Armed Forces", "ORG", "CAN", ["Canadian military aircraft", "about 120 soldiers"]),
        entity("Calgary", "LOC", "CAN", ["Calgary"]),
        entity("Edmonton", "LOC", "CAN", ["Edmonton"]),
        entity("Bill Blair", "PER", "CAN", ["Defence Minister Bill Blair"]),
        entity("Justin Trudeau", "PER", "CAN", ["Prime Minister Justin Trudeau", "Trudeau"]),
        entity("Government of Canada", "ORG", "CAN", ["Ottawa"]),
        entity("Meta Platforms", "ORG", "MNC", ["Meta", "The company"]),
        entity("Facebook", "ORG", "MNC", ["Facebook"]),
        entity("Instagram", "ORG", "MNC", ["Instagram"]),
        entity("Canadian social media users", "ORG", "CAN", ["Canadian users"]),
        entity("Canadian officials", "ORG", "CAN", ["Canadian officials"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Australia", "LOC", "AUS", ["Australia"]),
        entity("Caroline Cochrane", "PER", "CAN", ["Northwest Territories Premier Caroline Cochrane"]),
        entity("Alberta", "LOC", "CAN", ["Alberta"]),
        entity("Danielle Smith", "PER", "CAN", ["Alberta Premier Danielle Smith"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
