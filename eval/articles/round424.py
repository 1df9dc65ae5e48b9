"""Round 424: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025 in Sub-Saharan Africa, invented wording and details):
- hm424-de-01: Nigeria: Tinubu suspends Humanitarian Affairs Minister Betta Edu over a 585-million-naira transfer to a private account and orders an EFCC probe; Edu denies, EFCC questions her without arrest, the earlier suspension of NSIPA head Halima Shehu, the PDP demands her dismissal, SERAP demands disclosure (2024-01-09).
- hm424-de-02: Namibia: Windhoek refuses the Portuguese-flagged freighter MV Kathrin, suspected of carrying explosives for Israel, permission to dock at Walvis Bay; Dausab accuses Israel, UN experts' earlier appeal, Lisbon's contrary account, the Palestinian embassy and the PDM back the decision, Geingob's January rebuke of Berlin over its ICJ stance recalled (2024-08-27).
- hm424-de-03: Ethiopia/Tanzania: the second round of IGAD-mediated talks between the Ethiopian government and the Oromo Liberation Army in Dar es Salaam ends without agreement; Redwan Hussien and the OLA blame each other, the Zanzibar round recalled, Amnesty's accusations, a bus abduction in West Shewa blamed on the OLA, IGAD urges new talks (2023-11-21).
- hm424-de-04: Central African Republic: the Special Criminal Court issues an international arrest warrant for ex-president François Bozizé over crimes at the Bossembélé military prison; Bangui demands his extradition, Embaló had ruled it out, the KNK accuses the government, HRW welcomes the warrant, the 2023 life sentence in absentia recalled (2024-05-03).
- hm424-en-01: Uganda: police arrest dozens of young anti-corruption protesters marching on parliament in Kampala to demand Speaker Anita Among's resignation; roads sealed off by police and soldiers, no releases by evening, Museveni's "playing with fire" warning, the NUP accuses police, Amnesty demands release, Britain's sanctions on Among and the Kenyan protests recalled (2024-07-23).
- hm424-en-02: Ghana: after deadly clashes in Bawku the government asks Mamprusi-installed chief Seidu Abagre to leave and he agrees to move to Nalerigu; Mubarak threatens arrests and keeps the curfew, troops deployed, arrests and seizures, the Bawku council welcomes and the Mamprugu council objects, the army denies shooting civilians, Mahama's appeal, NADMO aid (2025-03-20).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm424-de-01 (Nigeria, minister Betta Edu suspended)
TINUBU = actor("Bola Tinubu", "NGA", "GOV")
EDU = actor("Betta Edu", "NGA", "GOV")
EFCC = actor("Economic and Financial Crimes Commission", "NGA", "COP")
SHEHU = actor("Halima Shehu", "NGA", "GOV")
PDP = actor("Peoples Democratic Party", "NGA", "PTY")
NGA_GOV = actor("Government of Nigeria", "NGA", "GOV")
OLOGUNAGBA = actor("Debo Ologunagba", "NGA", "PTY")
SERAP = actor("Socio-Economic Rights and Accountability Project", "NGA", "NGO")

E1 = ("Abuja (dpa) - Nigerias Präsident Bola Tinubu hat seine Ministerin für humanitäre Angelegenheiten, Betta Edu, "
      "wegen des Verdachts der Veruntreuung öffentlicher Gelder suspendiert.")
E2 = "Die Suspendierung gelte mit sofortiger Wirkung, teilte Präsidentensprecher Ajuri Ngelale am Montagabend mit."
E3 = ("Zugleich habe der Staatschef die Antikorruptionsbehörde EFCC angewiesen, alle Finanzgeschäfte des Ministeriums "
      "gründlich zu untersuchen.")
E4 = ("Auslöser ist ein im Internet verbreitetes Schreiben, in dem Edu die Buchhaltungsbehörde des Bundes angewiesen "
      "haben soll, 585 Millionen Naira (rund 600.000 Euro) auf das Privatkonto einer Mitarbeiterin zu überweisen.")
E5 = "Edu wies jedes Fehlverhalten zurück."
E6 = ("Das Geld sei für Zuschüsse an bedürftige Gruppen in mehreren Bundesstaaten bestimmt gewesen, die Überweisung "
      "sei völlig legal, schrieb die 37-Jährige auf der Plattform X.")
E7 = ("Am Dienstag erschien die Ministerin nach Angaben der EFCC zu einer ersten Befragung in der Zentrale der Behörde "
      "in Abuja.")
E8 = "Eine Festnahme ordneten die Ermittler zunächst nicht an."
E9 = "Es ist bereits der zweite Skandal um die Sozialprogramme der Regierung binnen weniger Tage."
E10 = ("Vergangene Woche hatte Tinubu die Leiterin der Behörde für soziale Investitionsprogramme (NSIPA), Halima Shehu, "
       "von ihren Aufgaben entbunden.")
E11 = "Die EFCC ermittelt gegen sie wegen des Verdachts, umgerechnet rund 38 Millionen Euro abgezweigt zu haben."
E12 = "Shehu bestreitet die Vorwürfe ebenfalls."
E13 = "Die größte Oppositionspartei PDP warf der Regierung vor, die Armen des Landes zu bestehlen."
E14 = ("„Eine Suspendierung reicht nicht, die Ministerin muss entlassen und angeklagt werden“, sagte Parteisprecher "
       "Debo Ologunagba.")
E15 = ("Die Bürgerrechtsorganisation SERAP forderte Tinubu auf, sämtliche Ausgaben des Ministeriums seit seinem "
       "Amtsantritt im Mai offenzulegen.")
E16 = "Nigeria, das bevölkerungsreichste Land Afrikas, steckt in der schwersten Wirtschaftskrise seit Jahrzehnten."
E17 = "Die Inflation liegt bei fast 29 Prozent, mehr als 80 Millionen Menschen gelten als arm."

DE01 = {
    "id": "hm424-de-01", "lang": "de", "url": None, "published": "2024-01-09",
    "title": "Nigerias Präsident suspendiert Sozialministerin Edu",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8], [E9, E10, E11, E12], [E13, E14, E15],
                       [E16, E17]),
    "events": [
        event("COERCE", TINUBU, EDU, E1, mode="restrict"),
        event("COERCE", TINUBU, EDU, E2, mode="restrict", date="2024-01-08"),
        event("REQUEST", TINUBU, EFCC, E3),
        event("ACCUSE", EFCC, EDU, E7, mode="investigate", date="2024-01-09", location="Abuja",
              location_country="NGA"),
        event("COERCE", EFCC, EDU, E8, mode="arrest", negated=True),
        event("COERCE", TINUBU, SHEHU, E10, mode="restrict"),
        event("ACCUSE", EFCC, SHEHU, E11, mode="investigate"),
        event("ACCUSE", PDP, NGA_GOV, E13, mode="allege"),
        event("REQUEST", OLOGUNAGBA, TINUBU, E14, mode="change"),
        event("REQUEST", SERAP, TINUBU, E15),
    ],
    "quotes": [
        quote("Die Suspendierung gelte mit sofortiger Wirkung", "Ajuri Ngelale", "indirect"),
        quote("Zugleich habe der Staatschef die Antikorruptionsbehörde EFCC angewiesen, alle Finanzgeschäfte des "
              "Ministeriums gründlich zu untersuchen", "Ajuri Ngelale", "indirect"),
        quote("Das Geld sei für Zuschüsse an bedürftige Gruppen in mehreren Bundesstaaten bestimmt gewesen, die "
              "Überweisung sei völlig legal", "Betta Edu", "indirect"),
        quote("Am Dienstag erschien die Ministerin nach Angaben der EFCC zu einer ersten Befragung in der Zentrale der "
              "Behörde in Abuja", "Economic and Financial Crimes Commission", "indirect"),
        quote("die Armen des Landes zu bestehlen", "Peoples Democratic Party", "indirect"),
        quote("Eine Suspendierung reicht nicht, die Ministerin muss entlassen und angeklagt werden", "Debo Ologunagba",
              "direct"),
        quote("sämtliche Ausgaben des Ministeriums seit seinem Amtsantritt im Mai offenzulegen",
              "Socio-Economic Rights and Accountability Project", "indirect"),
    ],
    "entities": [
        entity("Abuja", "LOC", "NGA", ["Abuja"]),
        entity("Nigeria", "LOC", "NGA", ["Nigerias", "des Landes", "Nigeria", "das bevölkerungsreichste Land Afrikas"]),
        entity("Africa", "LOC", None, ["Afrikas"]),
        entity("Bola Tinubu", "PER", "NGA", ["Nigerias Präsident Bola Tinubu", "seine", "der Staatschef", "Tinubu",
                                             "seinem"]),
        entity("Betta Edu", "PER", "NGA", ["seine Ministerin für humanitäre Angelegenheiten, Betta Edu", "Edu",
                                           "die 37-Jährige", "die Ministerin"]),
        entity("Ajuri Ngelale", "PER", "NGA", ["Präsidentensprecher Ajuri Ngelale"]),
        entity("Economic and Financial Crimes Commission", "ORG", "NGA",
               ["die Antikorruptionsbehörde EFCC", "der EFCC", "der Behörde", "die Ermittler", "Die EFCC"]),
        entity("Ministry of Humanitarian Affairs and Poverty Alleviation of Nigeria", "ORG", "NGA",
               ["des Ministeriums"]),
        entity("Office of the Accountant-General of the Federation", "ORG", "NGA",
               ["die Buchhaltungsbehörde des Bundes"]),
        entity("Bridget Mojisola Oniyelu", "PER", "NGA", ["einer Mitarbeiterin"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Government of Nigeria", "ORG", "NGA", ["der Regierung"]),
        entity("National Social Investment Program Agency", "ORG", "NGA",
               ["der Behörde für soziale Investitionsprogramme (NSIPA)"]),
        entity("Halima Shehu", "PER", "NGA", ["die Leiterin der Behörde für soziale Investitionsprogramme (NSIPA), "
                                              "Halima Shehu", "ihren", "sie", "Shehu"]),
        entity("Peoples Democratic Party", "ORG", "NGA", ["Die größte Oppositionspartei PDP"]),
        entity("Debo Ologunagba", "PER", "NGA", ["Parteisprecher Debo Ologunagba"]),
        entity("Socio-Economic Rights and Accountability Project", "ORG", "NGA",
               ["Die Bürgerrechtsorganisation SERAP"]),
    ],
}

# ---------------------------------------------------------------- hm424-de-02 (Namibia, MV Kathrin refused)
NAM_GOV = actor("Government of Namibia", "NAM", "GOV")
KATHRIN_OPERATOR = actor("operator of the MV Kathrin", "DEU", "BUS")
DAUSAB = actor("Yvonne Dausab", "NAM", "GOV")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
UN_EXPERTS = actor("UN human rights experts", "UNO", "IGO")
PSE_EMBASSY = actor("Embassy of Palestine in Namibia", "PSE", "GOV")
PDM = actor("Popular Democratic Movement", "NAM", "PTY")
GEINGOB = actor("Hage Geingob", "NAM", "GOV")
DEU_GOV = actor("Government of Germany", "DEU", "GOV")

N1 = ("Windhoek (dpa) - Namibia hat einem Frachter mit mutmaßlich für Israel bestimmtem Sprengstoff an Bord das "
      "Anlegen in seinem wichtigsten Hafen Walvis Bay verweigert.")
N2 = ("Die Regierung habe der unter portugiesischer Flagge fahrenden „MV Kathrin“ die Einfahrt in namibische "
      "Gewässer untersagt, teilte Justizministerin Yvonne Dausab am Montag mit.")
N3 = ("Namibia komme damit seiner Pflicht nach, sich nicht an Israels Verbrechen gegen das palästinensische Volk "
      "mitschuldig zu machen, sagte sie.")
N4 = ("Der Frachter hatte den Angaben zufolge um Erlaubnis gebeten, in Walvis Bay Treibstoff und Proviant an Bord zu "
      "nehmen.")
N5 = ("Das Schiff soll unter anderem acht Container mit dem Sprengstoff RDX geladen haben, die für einen israelischen "
      "Rüstungskonzern bestimmt sind.")
N6 = ("UN-Menschenrechtsexperten hatten Namibia und andere Staaten entlang der Route zuvor aufgefordert, dem Schiff "
      "keinen Zugang zu ihren Häfen zu gewähren.")
N7 = ("Das portugiesische Außenministerium erklärte dagegen, nach seinen Informationen sei die Ladung nicht für "
      "Israel bestimmt.")
N8 = "Die in Deutschland ansässige Reederei äußerte sich zunächst nicht."
N9 = ("Die palästinensische Botschaft in Windhoek dankte der Regierung für eine „mutige und prinzipientreue "
      "Entscheidung“.")
N10 = ("Auch die größte Oppositionspartei, die Volksdemokratische Bewegung (PDM), stellte sich hinter den Schritt.")
N11 = "Walvis Bay ist einer der wichtigsten Umschlagplätze im südlichen Afrika."
N12 = "Namibia zählt zu den schärfsten Kritikern des israelischen Militäreinsatzes im Gazastreifen."
N13 = ("Im Januar hatte der inzwischen verstorbene Präsident Hage Geingob der Bundesregierung vorgeworfen, aus der "
       "Geschichte nichts gelernt zu haben.")
N14 = ("Berlin hatte sich zuvor im Völkermordverfahren vor dem Internationalen Gerichtshof auf die Seite Israels "
       "gestellt.")
N15 = "Deutschland war von 1884 bis 1915 Kolonialmacht im heutigen Namibia."
N16 = "Geingobs Nachfolger Nangolo Mbumba hält an dem israelkritischen Kurs fest."

DE02 = {
    "id": "hm424-de-02", "lang": "de", "url": None, "published": "2024-08-27",
    "title": "Namibia verweigert Frachter mit Sprengstoff für Israel das Anlegen",
    "text": paragraphs([N1, N2, N3, N4, N5], [N6, N7, N8], [N9, N10, N11], [N12, N13, N14, N15, N16]),
    "events": [
        event("REJECT", NAM_GOV, KATHRIN_OPERATOR, N1, location="Walvis Bay", location_country="NAM"),
        event("REJECT", NAM_GOV, KATHRIN_OPERATOR, N2),
        event("ACCUSE", DAUSAB, ISR_GOV, N3, mode="allege"),
        event("REQUEST", KATHRIN_OPERATOR, NAM_GOV, N4, location="Walvis Bay", location_country="NAM"),
        event("REQUEST", UN_EXPERTS, NAM_GOV, N6),
        event("SUPPORT", PSE_EMBASSY, NAM_GOV, N9, location="Windhoek", location_country="NAM"),
        event("SUPPORT", PDM, NAM_GOV, N10),
        event("ACCUSE", GEINGOB, DEU_GOV, N13, mode="disapprove"),
        event("SUPPORT", DEU_GOV, ISR_GOV, N14),
    ],
    "quotes": [
        quote("Die Regierung habe der unter portugiesischer Flagge fahrenden „MV Kathrin“ die Einfahrt in namibische "
              "Gewässer untersagt", "Yvonne Dausab", "indirect"),
        quote("Namibia komme damit seiner Pflicht nach, sich nicht an Israels Verbrechen gegen das palästinensische "
              "Volk mitschuldig zu machen", "Yvonne Dausab", "indirect"),
        quote("Der Frachter hatte den Angaben zufolge um Erlaubnis gebeten, in Walvis Bay Treibstoff und Proviant an "
              "Bord zu nehmen", "Yvonne Dausab", "indirect"),
        quote("dem Schiff keinen Zugang zu ihren Häfen zu gewähren", "UN human rights experts", "indirect"),
        quote("nach seinen Informationen sei die Ladung nicht für Israel bestimmt",
              "Ministry of Foreign Affairs of Portugal", "indirect"),
        quote("mutige und prinzipientreue Entscheidung", "Embassy of Palestine in Namibia", "direct"),
        quote("aus der Geschichte nichts gelernt zu haben", "Hage Geingob", "indirect"),
    ],
    "entities": [
        entity("Windhoek", "LOC", "NAM", ["Windhoek"]),
        entity("Government of Namibia", "ORG", "NAM", ["Namibia", "Die Regierung", "der Regierung"]),
        entity("Namibia", "LOC", "NAM", ["Namibia", "im heutigen Namibia"]),
        entity("MV Kathrin", "MISC", "PRT", ["einem Frachter", "MV Kathrin", "Der Frachter", "Das Schiff",
                                             "dem Schiff"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Government of Israel", "ORG", "ISR", ["Israels"]),
        entity("Walvis Bay", "LOC", "NAM", ["seinem wichtigsten Hafen Walvis Bay", "Walvis Bay"]),
        entity("Yvonne Dausab", "PER", "NAM", ["Justizministerin Yvonne Dausab", "sie"]),
        entity("Palestinians", "PER", "PSE", ["das palästinensische Volk"]),
        entity("Israeli defence company", "ORG", "ISR", ["einen israelischen Rüstungskonzern"]),
        entity("UN human rights experts", "ORG", "UNO", ["UN-Menschenrechtsexperten"]),
        entity("Ministry of Foreign Affairs of Portugal", "ORG", "PRT", ["Das portugiesische Außenministerium",
                                                                         "seinen"]),
        entity("operator of the MV Kathrin", "ORG", "DEU", ["Die in Deutschland ansässige Reederei"]),
        entity("Germany", "LOC", "DEU", ["Deutschland"]),
        entity("Embassy of Palestine in Namibia", "ORG", "PSE", ["Die palästinensische Botschaft in Windhoek"]),
        entity("Popular Democratic Movement", "ORG", "NAM",
               ["die größte Oppositionspartei, die Volksdemokratische Bewegung (PDM)"]),
        entity("Southern Africa", "LOC", None, ["im südlichen Afrika"]),
        entity("Gaza Strip", "LOC", "PSE", ["im Gazastreifen"]),
        entity("Hage Geingob", "PER", "NAM", ["der inzwischen verstorbene Präsident Hage Geingob", "Geingobs"]),
        entity("Government of Germany", "ORG", "DEU", ["der Bundesregierung", "Berlin"]),
        entity("International Court of Justice", "ORG", "UNO", ["dem Internationalen Gerichtshof"]),
        entity("Nangolo Mbumba", "PER", "NAM", ["Geingobs Nachfolger Nangolo Mbumba"]),
    ],
}

# ---------------------------------------------------------------- hm424-de-03 (Ethiopia/OLA, talks fail)
ETH_GOV = actor("Government of Ethiopia", "ETH", "GOV")
OLA = actor("Oromo Liberation Army", "ETH", "REB")
REDWAN = actor("Redwan Hussien", "ETH", "GOV")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
ENDF = actor("Ethiopian National Defense Force", "ETH", "MIL")
GUNMEN = actor("unidentified gunmen", "ETH", "CVL")
PASSENGERS = actor("bus passengers in West Shewa", "ETH", "CVL")
OROMIA_GOV = actor("Oromia Regional Government", "ETH", "GOV")
IGAD = actor("Intergovernmental Authority on Development", "IGO", "IGO")
ABIY = actor("Abiy Ahmed", "ETH", "GOV")
TPLF = actor("Tigray People's Liberation Front", "ETH", "REB")

O1 = ("Daressalam (dpa) - Die Friedensgespräche zwischen der äthiopischen Regierung und der Rebellengruppe "
      "Oromo-Befreiungsarmee (OLA) in Tansania sind ohne Einigung zu Ende gegangen.")
O2 = ("Die zweite Verhandlungsrunde habe „leider nicht zu einer Vereinbarung geführt“, schrieb der Sicherheitsberater "
      "von Ministerpräsident Abiy Ahmed, Redwan Hussien, am Dienstag auf der Plattform X.")
O3 = "Er machte die „Unnachgiebigkeit“ und die „unrealistischen Forderungen“ der Rebellen dafür verantwortlich."
O4 = ("Die OLA warf der Regierung ihrerseits vor, nicht bereit zu sein, die grundlegenden politischen Probleme des "
      "Landes anzugehen.")
O5 = ("Addis Abeba wolle die Kämpfer lediglich in die bestehenden Machtstrukturen einbinden, hieß es in einer "
      "Erklärung der Gruppe.")
O6 = ("Die Gespräche hatten Anfang November unter Vermittlung der ostafrikanischen Regionalorganisation IGAD "
      "begonnen.")
O7 = "Bereits im April hatten sich beide Seiten auf der Insel Sansibar zu einer ersten Runde getroffen."
O8 = "Die OLA kämpft seit 2018 für mehr Selbstbestimmung der Oromo, der größten Volksgruppe Äthiopiens."
O9 = "Die Regierung bezeichnet die Gruppe als „Shene“."
O10 = ("Amnesty International wirft sowohl den Rebellen als auch der Armee schwere Verbrechen an Zivilisten in der "
       "Region Oromia vor.")
O11 = ("Am Wochenende überfielen bewaffnete Männer in der Zone West-Schewa einen Bus und verschleppten mehrere "
       "Passagiere.")
O12 = "Die Behörden der Region Oromia machten die OLA für die Tat verantwortlich."
O13 = "Die Rebellen wiesen jede Beteiligung zurück."
O14 = "Die IGAD rief beide Seiten auf, die Verhandlungen so bald wie möglich wieder aufzunehmen."
O15 = ("Abiy hatte vor einem Jahr mit der Volksbefreiungsfront von Tigray (TPLF) ein Friedensabkommen geschlossen, "
       "das den zweijährigen Krieg im Norden des Landes beendete.")
O16 = "In Oromia gehen die Kämpfe unterdessen weiter."

DE03 = {
    "id": "hm424-de-03", "lang": "de", "url": None, "published": "2023-11-21",
    "title": "Äthiopiens Regierung und Oromo-Rebellen ohne Einigung",
    "text": paragraphs([O1, O2, O3, O4, O5], [O6, O7, O8, O9], [O10, O11, O12, O13], [O14, O15, O16]),
    "events": [
        event("CONSULT", ETH_GOV, OLA, O1, mode="third-party", location="Dar es Salaam", location_country="TZA"),
        event("AGREE", ETH_GOV, OLA, O1, negated=True),
        event("AGREE", ETH_GOV, OLA, O2, negated=True),
        event("ACCUSE", REDWAN, OLA, O3, mode="disapprove"),
        event("ACCUSE", OLA, ETH_GOV, O4, mode="disapprove"),
        event("ACCUSE", OLA, ETH_GOV, O5, mode="disapprove"),
        event("CONSULT", ETH_GOV, OLA, O6, mode="third-party"),
        event("CONSULT", ETH_GOV, OLA, O7, mode="third-party", location="Zanzibar", location_country="TZA"),
        event("ACCUSE", AMNESTY, OLA, O10, mode="allege"),
        event("ACCUSE", AMNESTY, ENDF, O10, mode="allege"),
        event("ASSAULT", GUNMEN, PASSENGERS, O11, mode="abduct", location="West Shewa", location_country="ETH"),
        event("ACCUSE", OROMIA_GOV, OLA, O12, mode="allege"),
        event("REQUEST", IGAD, ETH_GOV, O14, mode="meet"),
        event("REQUEST", IGAD, OLA, O14, mode="meet"),
        event("AGREE", ABIY, TPLF, O15),
    ],
    "quotes": [
        quote("leider nicht zu einer Vereinbarung geführt", "Redwan Hussien", "direct"),
        quote("Die zweite Verhandlungsrunde habe „leider nicht zu einer Vereinbarung geführt“", "Redwan Hussien",
              "indirect"),
        quote("Unnachgiebigkeit", "Redwan Hussien", "direct"),
        quote("unrealistischen Forderungen", "Redwan Hussien", "direct"),
        quote("nicht bereit zu sein, die grundlegenden politischen Probleme des Landes anzugehen",
              "Oromo Liberation Army", "indirect"),
        quote("Addis Abeba wolle die Kämpfer lediglich in die bestehenden Machtstrukturen einbinden",
              "Oromo Liberation Army", "indirect"),
        quote("Shene", "Government of Ethiopia", "direct"),
        quote("die Verhandlungen so bald wie möglich wieder aufzunehmen", "Intergovernmental Authority on Development",
              "indirect"),
    ],
    "entities": [
        entity("Dar es Salaam", "LOC", "TZA", ["Daressalam"]),
        entity("Government of Ethiopia", "ORG", "ETH", ["der äthiopischen Regierung", "der Regierung",
                                                        "Addis Abeba", "Die Regierung"]),
        entity("Oromo Liberation Army", "ORG", "ETH",
               ["der Rebellengruppe Oromo-Befreiungsarmee (OLA)", "der Rebellen", "Die OLA", "die Kämpfer",
                "der Gruppe", "die Gruppe", "den Rebellen", "die OLA", "Die Rebellen"]),
        entity("Tanzania", "LOC", "TZA", ["Tansania"]),
        entity("Abiy Ahmed", "PER", "ETH", ["Ministerpräsident Abiy Ahmed", "Abiy"]),
        entity("Redwan Hussien", "PER", "ETH", ["der Sicherheitsberater von Ministerpräsident Abiy Ahmed, Redwan "
                                                "Hussien", "Er"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Ethiopia", "LOC", "ETH", ["des Landes", "Äthiopiens"]),
        entity("Intergovernmental Authority on Development", "ORG", "IGO",
               ["der ostafrikanischen Regionalorganisation IGAD", "Die IGAD"]),
        entity("Zanzibar", "LOC", "TZA", ["der Insel Sansibar"]),
        entity("Oromo people", "PER", "ETH", ["der Oromo, der größten Volksgruppe Äthiopiens"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Ethiopian National Defense Force", "ORG", "ETH", ["der Armee"]),
        entity("civilians in Oromia", "PER", "ETH", ["Zivilisten"]),
        entity("Oromia", "LOC", "ETH", ["der Region Oromia", "Oromia"]),
        entity("unidentified gunmen", "PER", "ETH", ["bewaffnete Männer"]),
        entity("West Shewa", "LOC", "ETH", ["der Zone West-Schewa"]),
        entity("bus passengers in West Shewa", "PER", "ETH", ["mehrere Passagiere"]),
        entity("Oromia Regional Government", "ORG", "ETH", ["Die Behörden der Region Oromia"]),
        entity("Tigray People's Liberation Front", "ORG", "ETH", ["der Volksbefreiungsfront von Tigray (TPLF)"]),
    ],
}

# ---------------------------------------------------------------- hm424-de-04 (CAR, warrant for Bozizé)
CPS = actor("Special Criminal Court", "CAF", "JUD")
BOZIZE = actor("François Bozizé", "CAF", "REB")
BALALOU = actor("Maxime Balalou", "CAF", "GOV")
GNB_GOV = actor("Government of Guinea-Bissau", "GNB", "GOV")
EMBALO = actor("Umaro Sissoco Embaló", "GNB", "GOV")
CAF_GOV = actor("Government of the Central African Republic", "CAF", "GOV")
KNK = actor("Kwa Na Kwa", "CAF", "PTY")
GUENEBEM = actor("Christian Guénebem", "CAF", "PTY")
HRW = actor("Human Rights Watch", "NGO", "NGO")
BANGUI_COURT = actor("Criminal Court of Bangui", "CAF", "JUD")

Z1 = ("Bangui (dpa) - Ein Sondergericht in der Zentralafrikanischen Republik hat einen internationalen Haftbefehl "
      "gegen den früheren Staatschef François Bozizé erlassen.")
Z2 = ("Dem 77-Jährigen würden Verbrechen gegen die Menschlichkeit vorgeworfen, die Soldaten seiner Präsidialgarde "
      "zwischen 2009 und 2013 in einem Militärgefängnis in Bossembélé begangen haben sollen, teilte der "
      "Sonderstrafgerichtshof (CPS) am Donnerstag mit.")
Z3 = "In dem 2015 geschaffenen Gericht arbeiten einheimische und internationale Richter zusammen."
Z4 = "Bozizé lebt seit vergangenem Jahr im Exil in Guinea-Bissau."
Z5 = ("Regierungssprecher Maxime Balalou forderte die Behörden in Bissau auf, den Ex-Präsidenten umgehend "
      "auszuliefern.")
Z6 = ("Guinea-Bissaus Präsident Umaro Sissoco Embaló hatte eine Auslieferung bereits vor Wochen ausgeschlossen.")
Z7 = "Bozizé sei als Gast in sein Land gekommen, hatte er gesagt."
Z8 = ("Bozizés Partei Kwa Na Kwa (KNK) sprach von einem „politischen Manöver“ der Regierung von Präsident "
      "Faustin-Archange Touadéra.")
Z9 = ("Das Gericht werde benutzt, um den wichtigsten Gegner des Staatschefs auszuschalten, erklärte Parteisprecher "
      "Christian Guénebem.")
Z10 = "Human Rights Watch begrüßte den Haftbefehl dagegen als wichtigen Schritt gegen die Straflosigkeit."
Z11 = ("Die Opfer von Bossembélé warteten seit mehr als einem Jahrzehnt auf Gerechtigkeit, sagte der "
       "Zentralafrika-Direktor der Organisation, Lewis Mudge.")
Z12 = "Bozizé regierte das Land von 2003 bis 2013."
Z13 = "Ende 2020 übernahm er die Führung der Rebellenallianz CPC."
Z14 = ("Ein Strafgericht in Bangui hatte ihn im vergangenen September wegen Rebellion in Abwesenheit zu lebenslanger "
       "Zwangsarbeit verurteilt.")
Z15 = ("Die Zentralafrikanische Republik zählt trotz großer Vorkommen an Gold und Diamanten zu den ärmsten Ländern "
       "der Welt.")

DE04 = {
    "id": "hm424-de-04", "lang": "de", "url": None, "published": "2024-05-03",
    "title": "Haftbefehl gegen Zentralafrikas Ex-Präsidenten Bozizé",
    "text": paragraphs([Z1, Z2, Z3, Z4], [Z5, Z6, Z7], [Z8, Z9, Z10, Z11], [Z12, Z13, Z14, Z15]),
    "events": [
        event("THREATEN", CPS, BOZIZE, Z1, mode="arrest"),
        event("ACCUSE", CPS, BOZIZE, Z2, mode="allege", date="2024-05-02"),
        event("REQUEST", BALALOU, GNB_GOV, Z5),
        event("REJECT", EMBALO, CAF_GOV, Z6),
        event("ACCUSE", KNK, CAF_GOV, Z8, mode="disapprove"),
        event("ACCUSE", GUENEBEM, CAF_GOV, Z9, mode="allege"),
        event("SUPPORT", HRW, CPS, Z10),
        event("SANCTION", BANGUI_COURT, BOZIZE, Z14, mode="convict", location="Bangui", location_country="CAF"),
    ],
    "quotes": [
        quote("Dem 77-Jährigen würden Verbrechen gegen die Menschlichkeit vorgeworfen, die Soldaten seiner "
              "Präsidialgarde zwischen 2009 und 2013 in einem Militärgefängnis in Bossembélé begangen haben sollen",
              "Special Criminal Court", "indirect"),
        quote("den Ex-Präsidenten umgehend auszuliefern", "Maxime Balalou", "indirect"),
        quote("Bozizé sei als Gast in sein Land gekommen", "Umaro Sissoco Embaló", "indirect"),
        quote("politischen Manöver", "Kwa Na Kwa", "direct"),
        quote("Das Gericht werde benutzt, um den wichtigsten Gegner des Staatschefs auszuschalten",
              "Christian Guénebem", "indirect"),
        quote("Die Opfer von Bossembélé warteten seit mehr als einem Jahrzehnt auf Gerechtigkeit", "Lewis Mudge",
              "indirect"),
    ],
    "entities": [
        entity("Bangui", "LOC", "CAF", ["Bangui"]),
        entity("Central African Republic", "LOC", "CAF", ["der Zentralafrikanischen Republik", "das Land",
                                                          "Die Zentralafrikanische Republik"]),
        entity("Special Criminal Court", "ORG", "CAF",
               ["Ein Sondergericht in der Zentralafrikanischen Republik", "der Sonderstrafgerichtshof (CPS)",
                "dem 2015 geschaffenen Gericht", "Das Gericht"]),
        entity("François Bozizé", "PER", "CAF",
               ["den früheren Staatschef François Bozizé", "Dem 77-Jährigen", "seiner", "Bozizé", "den Ex-Präsidenten",
                "Bozizés", "er", "ihn"]),
        entity("Presidential Guard of the Central African Republic", "ORG", "CAF", ["Soldaten seiner Präsidialgarde"]),
        entity("Bossembélé", "LOC", "CAF", ["Bossembélé"]),
        entity("Bossembélé military prison", "LOC", "CAF", ["einem Militärgefängnis in Bossembélé"]),
        entity("Guinea-Bissau", "LOC", "GNB", ["Guinea-Bissau", "Guinea-Bissaus", "sein Land"]),
        entity("Maxime Balalou", "PER", "CAF", ["Regierungssprecher Maxime Balalou"]),
        entity("Government of Guinea-Bissau", "ORG", "GNB", ["die Behörden in Bissau"]),
        entity("Bissau", "LOC", "GNB", ["Bissau"]),
        entity("Umaro Sissoco Embaló", "PER", "GNB", ["Guinea-Bissaus Präsident Umaro Sissoco Embaló", "er"]),
        entity("Kwa Na Kwa", "ORG", "CAF", ["Bozizés Partei Kwa Na Kwa (KNK)"]),
        entity("Government of the Central African Republic", "ORG", "CAF",
               ["der Regierung von Präsident Faustin-Archange Touadéra"]),
        entity("Faustin-Archange Touadéra", "PER", "CAF", ["Präsident Faustin-Archange Touadéra", "des Staatschefs"]),
        entity("Christian Guénebem", "PER", "CAF", ["Parteisprecher Christian Guénebem"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch", "der Organisation"]),
        entity("victims of Bossembélé", "PER", "CAF", ["Die Opfer von Bossembélé"]),
        entity("Lewis Mudge", "PER", "USA", ["der Zentralafrika-Direktor der Organisation, Lewis Mudge"]),
        entity("Coalition of Patriots for Change", "ORG", "CAF", ["der Rebellenallianz CPC"]),
        entity("Criminal Court of Bangui", "ORG", "CAF", ["Ein Strafgericht in Bangui"]),
    ],
}

# ---------------------------------------------------------------- hm424-en-01 (Uganda, anti-corruption march)
UG_POLICE = actor("Uganda Police Force", "UGA", "COP")
UPDF = actor("Uganda People's Defence Force", "UGA", "MIL")
PROTESTERS = actor("anti-corruption protesters in Kampala", "UGA", "CVL")
AMONG = actor("Anita Among", "UGA", "LEG")
UG_PARLIAMENT = actor("Parliament of Uganda", "UGA", "LEG")
GBR_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
MUSEVENI = actor("Yoweri Museveni", "UGA", "GOV")
ORGANIZERS = actor("organizers of the anti-corruption march", "UGA", "CVL")
NUP = actor("National Unity Platform", "UGA", "OPP")
BOBI_WINE = actor("Bobi Wine", "UGA", "OPP")
AMNESTY_E = actor("Amnesty International", "NGO", "NGO")
UGA_GOV = actor("Government of Uganda", "UGA", "GOV")
KEN_PROTESTERS = actor("Kenyan protesters", "KEN", "CVL")
KEN_GOV = actor("Government of Kenya", "KEN", "GOV")

U1 = ("KAMPALA, Uganda (AP) — Ugandan police on Tuesday arrested dozens of young people who tried to march on "
      "parliament in the capital, Kampala, to demand the resignation of the speaker over corruption allegations.")
U2 = ("Police officers and soldiers sealed off roads leading to the parliament building in central Kampala early in "
      "the day.")
U3 = ("Protesters carrying placards that read \"Among must go\" were bundled into police trucks as they tried to "
      "approach the building.")
U4 = ("Police spokesman Kituuma Rusoke said 45 people had been detained for taking part in an unlawful assembly.")
U5 = "\"The march was not authorized, and the law is very clear on that,\" Rusoke told reporters."
U6 = "None of those detained had been released by Tuesday evening."
U7 = ("The protesters, most of them in their twenties, accuse Speaker Anita Among and other senior lawmakers of "
      "enriching themselves while many Ugandans struggle to get by.")
U8 = ("Among, who was sanctioned by Britain in April over the alleged theft of iron sheets meant for poor families in "
      "the Karamoja region, has denied wrongdoing.")
U9 = "Her office did not respond to a request for comment."
U10 = ("President Yoweri Museveni warned the organizers in a televised address on Saturday that they were \"playing "
       "with fire\" and that his government would not tolerate chaos.")
U11 = "He also accused them of working with foreigners who wanted to destabilize the country."
U12 = ("The main opposition National Unity Platform said police had surrounded its headquarters in Kampala since "
       "Monday.")
U13 = ("Party leader Bobi Wine wrote on X that three of the party's lawmakers had been arrested on their way to the "
       "march.")
U14 = "Amnesty International called on the authorities to release all those detained immediately and unconditionally."
U15 = ("The march was inspired by weeks of youth-led protests against tax increases in neighboring Kenya.")
U16 = "Uganda ranks 141st of 180 countries on Transparency International's corruption perceptions index."

EN01 = {
    "id": "hm424-en-01", "lang": "en", "url": None, "published": "2024-07-23",
    "title": "Uganda police arrest dozens of anti-corruption protesters marching on parliament",
    "text": paragraphs([U1, U2, U3, U4, U5, U6], [U7, U8, U9], [U10, U11, U12, U13], [U14, U15, U16]),
    "events": [
        event("COERCE", UG_POLICE, PROTESTERS, U1, mode="arrest", date="2024-07-23", location="Kampala",
              location_country="UGA"),
        event("PROTEST", PROTESTERS, AMONG, U1, mode="demo", date="2024-07-23", location="Kampala",
              location_country="UGA"),
        event("COERCE", UG_POLICE, PROTESTERS, U2, mode="restrict", location="Kampala", location_country="UGA"),
        event("COERCE", UPDF, PROTESTERS, U2, mode="restrict", location="Kampala", location_country="UGA"),
        event("COERCE", UG_POLICE, PROTESTERS, U3, mode="arrest", location="Kampala", location_country="UGA"),
        event("COERCE", UG_POLICE, PROTESTERS, U4, mode="arrest"),
        event("RETREAT", UG_POLICE, PROTESTERS, U6, mode="release", date="2024-07-23", negated=True),
        event("ACCUSE", PROTESTERS, AMONG, U7, mode="allege"),
        event("ACCUSE", PROTESTERS, UG_PARLIAMENT, U7, mode="allege"),
        event("SANCTION", GBR_GOV, AMONG, U8),
        event("THREATEN", MUSEVENI, ORGANIZERS, U10, date="2024-07-20"),
        event("ACCUSE", MUSEVENI, ORGANIZERS, U11, mode="allege"),
        event("ACCUSE", NUP, UG_POLICE, U12, mode="allege"),
        event("ACCUSE", BOBI_WINE, UG_POLICE, U13, mode="allege"),
        event("REQUEST", AMNESTY_E, UGA_GOV, U14, mode="yield"),
        event("PROTEST", KEN_PROTESTERS, KEN_GOV, U15, mode="demo"),
    ],
    "quotes": [
        quote("Among must go", "anti-corruption protesters in Kampala", "direct"),
        quote("45 people had been detained for taking part in an unlawful assembly", "Kituuma Rusoke", "indirect"),
        quote("The march was not authorized, and the law is very clear on that", "Kituuma Rusoke", "direct"),
        quote("playing with fire", "Yoweri Museveni", "direct"),
        quote("they were \"playing with fire\" and that his government would not tolerate chaos", "Yoweri Museveni",
              "indirect"),
        quote("police had surrounded its headquarters in Kampala since Monday", "National Unity Platform",
              "indirect"),
        quote("three of the party's lawmakers had been arrested on their way to the march", "Bobi Wine", "indirect"),
    ],
    "entities": [
        entity("Kampala", "LOC", "UGA", ["KAMPALA", "the capital, Kampala", "Kampala", "central Kampala"]),
        entity("Uganda", "LOC", "UGA", ["Uganda", "the country"]),
        entity("Uganda Police Force", "ORG", "UGA", ["Ugandan police", "Police officers", "police"]),
        entity("anti-corruption protesters in Kampala", "PER", "UGA",
               ["dozens of young people", "Protesters carrying placards", "they", "45 people", "those detained",
                "The protesters, most of them in their twenties", "all those detained"]),
        entity("Parliament of Uganda", "ORG", "UGA", ["parliament", "other senior lawmakers"]),
        entity("Parliament Building of Uganda", "LOC", "UGA", ["the parliament building", "the building"]),
        entity("Anita Among", "PER", "UGA", ["the speaker", "Among", "Speaker Anita Among", "Her"]),
        entity("Uganda People's Defence Force", "ORG", "UGA", ["soldiers"]),
        entity("Kituuma Rusoke", "PER", "UGA", ["Police spokesman Kituuma Rusoke", "Rusoke"]),
        entity("Ugandans", "PER", "UGA", ["many Ugandans"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["Britain"]),
        entity("poor families in Karamoja", "PER", "UGA", ["poor families"]),
        entity("Karamoja", "LOC", "UGA", ["the Karamoja region"]),
        entity("Office of the Speaker of Parliament of Uganda", "ORG", "UGA", ["Her office"]),
        entity("Yoweri Museveni", "PER", "UGA", ["President Yoweri Museveni", "his", "He"]),
        entity("organizers of the anti-corruption march", "PER", "UGA", ["the organizers", "they", "them"]),
        entity("Government of Uganda", "ORG", "UGA", ["his government", "the authorities"]),
        entity("foreigners", "PER", None, ["foreigners"]),
        entity("National Unity Platform", "ORG", "UGA", ["The main opposition National Unity Platform", "its",
                                                         "the party's"]),
        entity("Bobi Wine", "PER", "UGA", ["Party leader Bobi Wine"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("National Unity Platform lawmakers", "PER", "UGA", ["three of the party's lawmakers"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Kenya", "LOC", "KEN", ["neighboring Kenya"]),
        entity("Transparency International", "ORG", "NGO", ["Transparency International's"]),
        entity("Corruption Perceptions Index", "MISC", "NGO", ["corruption perceptions index"]),
    ],
}

# ---------------------------------------------------------------- hm424-en-02 (Ghana, Bawku chieftaincy clashes)
GHA_GOV = actor("Government of Ghana", "GHA", "GOV")
ABAGRE = actor("Seidu Abagre", "GHA", "CVL")
MUBARAK = actor("Muntaka Mubarak", "GHA", "GOV")
BAWKU_ARMED = actor("armed men in Bawku", "GHA", "CVL")
GHA_INTERIOR = actor("Ministry of the Interior of Ghana", "GHA", "GOV")
BAWKU_RESIDENTS = actor("residents of Bawku", "GHA", "CVL")
GAF = actor("Ghana Armed Forces", "GHA", "MIL")
GHA_POLICE = actor("Ghana Police Service", "GHA", "COP")
BAWKU_SUSPECTS = actor("suspects in Bawku", "GHA", "CVL")
BAWKU_COUNCIL = actor("Bawku Traditional Council", "GHA", "CVL")
KUSASI_YOUTH = actor("Kusasi youth", "GHA", "CVL")
MAMPRUGU_COUNCIL = actor("Mamprugu Traditional Council", "GHA", "CVL")
MAHAMA = actor("John Mahama", "GHA", "GOV")
KUSASI = actor("Kusasi community", "GHA", "CVL")
MAMPRUSI = actor("Mamprusi community", "GHA", "CVL")
NADMO = actor("National Disaster Management Organisation", "GHA", "GOV")
BAWKU_DISPLACED = actor("people displaced by the Bawku conflict", "GHA", "CVL")

G1 = ("ACCRA, March 20 (Reuters) - Ghana's government has asked a traditional ruler at the centre of a decades-old "
      "chieftaincy dispute to leave the northern town of Bawku after clashes killed at least eight people this week, "
      "the interior minister said on Thursday.")
G2 = ("Naa Seidu Abagre, who was installed as chief of Bawku by the Mamprusi king in December, has agreed to move to "
      "Nalerigu until further notice, Interior Minister Muntaka Mubarak told reporters in Accra.")
G3 = "\"Anyone found carrying a weapon in Bawku will be arrested and prosecuted,\" Mubarak said."
G4 = ("He said a 24-hour curfew imposed on the town and surrounding communities last week would remain in force.")
G5 = ("The military has sent several hundred additional soldiers to the area, the Ghana Armed Forces said in a "
      "statement.")
G6 = ("Police said they had arrested 17 people and seized assault rifles and ammunition during searches since "
      "Sunday.")
G7 = ("The Bawku Traditional Council, which represents the Kusasi community, welcomed the decision and urged its "
      "young men to stay calm.")
G8 = ("But the Mamprugu Traditional Council accused the government of bowing to pressure from one side of the "
      "conflict.")
G9 = "Abagre himself did not comment."
G10 = ("The army denied reports on social media that soldiers had opened fire on civilians at a checkpoint near the "
       "town on Tuesday.")
G11 = ("President John Mahama, who took office in January, has called on the Kusasi and Mamprusi communities to lay "
       "down their arms and accept mediation by the National Peace Council.")
G12 = ("The National Disaster Management Organisation said it had delivered food and blankets to more than 3,000 "
       "people displaced by the fighting.")
G13 = ("The dispute over who should occupy the Bawku skin, as the chieftaincy is known, dates back to colonial times "
       "and has killed hundreds of people since violence flared again in 2021.")
G14 = ("Security analysts warn that Islamist militants active in neighbouring Burkina Faso, whose border lies about "
       "10 km from the town, could exploit the unrest.")

EN02 = {
    "id": "hm424-en-02", "lang": "en", "url": None, "published": "2025-03-20",
    "title": "Ghana asks chief at centre of Bawku dispute to leave town after deadly clashes",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6], [G7, G8, G9, G10], [G11, G12], [G13, G14]),
    "events": [
        event("REQUEST", GHA_GOV, ABAGRE, G1),
        event("CONCEDE", ABAGRE, GHA_GOV, G2),
        event("THREATEN", MUBARAK, BAWKU_ARMED, G3, mode="arrest", location="Bawku", location_country="GHA"),
        event("COERCE", GHA_INTERIOR, BAWKU_RESIDENTS, G4, mode="curfew", location="Bawku", location_country="GHA"),
        event("MOBILIZE", GAF, None, G5, mode="troops", location="Bawku", location_country="GHA"),
        event("COERCE", GHA_POLICE, BAWKU_SUSPECTS, G6, mode="arrest"),
        event("COERCE", GHA_POLICE, BAWKU_SUSPECTS, G6, mode="seize"),
        event("SUPPORT", BAWKU_COUNCIL, GHA_GOV, G7),
        event("REQUEST", BAWKU_COUNCIL, KUSASI_YOUTH, G7),
        event("ACCUSE", MAMPRUGU_COUNCIL, GHA_GOV, G8, mode="disapprove"),
        event("REQUEST", MAHAMA, KUSASI, G11, mode="yield"),
        event("REQUEST", MAHAMA, MAMPRUSI, G11, mode="yield"),
        event("AID", NADMO, BAWKU_DISPLACED, G12),
    ],
    "quotes": [
        quote("Ghana's government has asked a traditional ruler at the centre of a decades-old chieftaincy dispute to "
              "leave the northern town of Bawku after clashes killed at least eight people this week",
              "Muntaka Mubarak", "indirect"),
        quote("Naa Seidu Abagre, who was installed as chief of Bawku by the Mamprusi king in December, has agreed to "
              "move to Nalerigu until further notice", "Muntaka Mubarak", "indirect"),
        quote("Anyone found carrying a weapon in Bawku will be arrested and prosecuted", "Muntaka Mubarak", "direct"),
        quote("a 24-hour curfew imposed on the town and surrounding communities last week would remain in force",
              "Muntaka Mubarak", "indirect"),
        quote("The military has sent several hundred additional soldiers to the area", "Ghana Armed Forces",
              "indirect"),
        quote("they had arrested 17 people and seized assault rifles and ammunition during searches since Sunday",
              "Ghana Police Service", "indirect"),
        quote("it had delivered food and blankets to more than 3,000 people displaced by the fighting",
              "National Disaster Management Organisation", "indirect"),
        quote("Islamist militants active in neighbouring Burkina Faso, whose border lies about 10 km from the town, "
              "could exploit the unrest", "security analysts", "indirect"),
    ],
    "entities": [
        entity("Accra", "LOC", "GHA", ["ACCRA", "Accra"]),
        entity("Government of Ghana", "ORG", "GHA", ["Ghana's government", "the government"]),
        entity("Seidu Abagre", "PER", "GHA", ["a traditional ruler at the centre of a decades-old chieftaincy dispute",
                                              "Naa Seidu Abagre", "Abagre"]),
        entity("Bawku", "LOC", "GHA", ["the northern town of Bawku", "Bawku", "the town", "the area"]),
        entity("Nayiri Bohagu Abdulai Mahami Sheriga", "PER", "GHA", ["the Mamprusi king"]),
        entity("Nalerigu", "LOC", "GHA", ["Nalerigu"]),
        entity("Muntaka Mubarak", "PER", "GHA", ["the interior minister", "Interior Minister Muntaka Mubarak",
                                                 "Mubarak", "He"]),
        entity("communities around Bawku", "LOC", "GHA", ["surrounding communities"]),
        entity("Ghana Armed Forces", "ORG", "GHA", ["The military", "several hundred additional soldiers",
                                                    "the Ghana Armed Forces", "The army", "soldiers"]),
        entity("Ghana Police Service", "ORG", "GHA", ["Police", "they"]),
        entity("suspects in Bawku", "PER", "GHA", ["17 people"]),
        entity("Bawku Traditional Council", "ORG", "GHA", ["The Bawku Traditional Council"]),
        entity("Kusasi community", "PER", "GHA", ["the Kusasi community", "Kusasi"]),
        entity("Kusasi youth", "PER", "GHA", ["its young men"]),
        entity("Mamprugu Traditional Council", "ORG", "GHA", ["the Mamprugu Traditional Council"]),
        entity("civilians in Bawku", "PER", "GHA", ["civilians"]),
        entity("John Mahama", "PER", "GHA", ["President John Mahama"]),
        entity("Mamprusi community", "PER", "GHA", ["Mamprusi communities"]),
        entity("National Peace Council", "ORG", "GHA", ["the National Peace Council"]),
        entity("National Disaster Management Organisation", "ORG", "GHA",
               ["The National Disaster Management Organisation", "it"]),
        entity("people displaced by the Bawku conflict", "PER", "GHA",
               ["more than 3,000 people displaced by the fighting"]),
        entity("security analysts", "PER", None, ["Security analysts"]),
        entity("Islamist militants in Burkina Faso", "ORG", "BFA", ["Islamist militants"]),
        entity("Burkina Faso", "LOC", "BFA", ["neighbouring Burkina Faso"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
