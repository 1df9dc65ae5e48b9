"""Round 61: six invented wire-style articles (4 German, 2 English), written blind.

Stories (2023-2025, Africa and Latin America):
- hm61-de-01: Mali's junta ends the 2015 Algiers peace accord and accuses Algeria (January 2024).
- hm61-de-02: Venezuela recalls its ambassador from Brazil after the BRICS veto (October 2024).
- hm61-de-03: Sudan's army retakes the presidential palace in Khartoum (March 2025).
- hm61-de-04: Colombian presidential hopeful Miguel Uribe shot in Bogotá (June 2025).
- hm61-en-01: Uganda sends special forces to Juba after the fall of Nasir (March 2025).
- hm61-en-02: Argentina takes the detention of gendarme Nahuel Gallo in Venezuela to the ICC (December 2024).
"""
from annotate import actor, entity, event, paragraphs, quote


def article(id_, lang, published, title, text, events, quotes, entities):
    return {"id": id_, "lang": lang, "url": None, "published": published, "title": title, "text": text,
            "events": events, "quotes": quotes, "entities": entities}


# --------------------------------------------------------------------------------------------
# hm61-de-01 Mali / Algeria
MLI = actor("Government of Mali", "MLI", "GOV")
MLI_MIL = actor("Malian Armed Forces", "MLI", "MIL")
DZA = actor("Government of Algeria", "DZA", "GOV")
CSP = actor("Permanent Strategic Framework (CSP)", "MLI", "REB")
CSP_SPOX = actor("CSP spokesperson", "MLI", "REB")
DZA_SPOX = "Spokesperson of the Ministry of Foreign Affairs of Algeria"

D1_1 = ("Malis Militärregierung hat das Friedensabkommen von Algier mit den Tuareg-Rebellen im Norden des Landes "
        "am Donnerstagabend mit sofortiger Wirkung aufgekündigt.")
D1_2 = ("Bamako warf dem Nachbarland Algerien in einer im Staatsfernsehen verlesenen Erklärung »feindselige "
        "Handlungen« und eine Einmischung in innere Angelegenheiten vor.")
D1_3 = "Algier beherberge Vertreter der Rebellen, die man als »Terroristen« betrachte, hieß es weiter."
D1_4 = ("Das 2015 geschlossene Abkommen sollte den Konflikt zwischen der Zentralregierung und den überwiegend von "
        "Tuareg getragenen Rebellengruppen beenden.")
D1_5 = "Im November hatten Regierungstruppen mit Unterstützung von Luftangriffen die Rebellenhochburg Kidal eingenommen."
D1_6 = "Die Rebellenallianz CSP zog nach eigenen Angaben weitere Kämpfer in der Region zusammen."
D1_7 = "„Das Abkommen ist tot, und die Junta trägt allein die Verantwortung“, sagte ein Sprecher der CSP."
D1_8 = "Bereits im Dezember hatten beide Länder gegenseitig ihre Botschafter einbestellt."
D1_9 = "Das algerische Außenministerium wies die Vorwürfe zurück."
D1_10 = "Algerien sei weiterhin bereit, zwischen den Konfliktparteien zu vermitteln, erklärte ein Sprecher."

DE01 = article(
    "hm61-de-01", "de", "2024-01-26", "Mali kündigt Friedensabkommen von Algier auf",
    paragraphs([D1_1, D1_2, D1_3], [D1_4, D1_5, D1_6, D1_7], [D1_8, D1_9, D1_10]),
    [
        event("SANCTION", MLI, CSP, D1_1, mode="discontinue", date="2024-01-25"),
        event("ACCUSE", MLI, DZA, D1_2, mode="disapprove"),
        event("ACCUSE", MLI, DZA, D1_3, mode="allege"),
        event("ASSAULT", MLI_MIL, CSP, D1_5, mode="aerial", location="Kidal", location_country="MLI"),
        event("MOBILIZE", CSP, None, D1_6, mode="militia"),
        event("ACCUSE", CSP_SPOX, MLI, D1_7, mode="disapprove"),
        event("ACCUSE", MLI, DZA, D1_8, mode="disapprove"),
        event("ACCUSE", DZA, MLI, D1_8, mode="disapprove"),
        event("AGREE", DZA, MLI, D1_10),
        event("AGREE", DZA, CSP, D1_10),
    ],
    [
        quote("feindselige Handlungen", "Government of Mali", "direct"),
        quote("Algier beherberge Vertreter der Rebellen, die man als »Terroristen« betrachte", "Government of Mali",
              "indirect"),
        quote("Terroristen", "Government of Mali", "direct"),
        quote("Das Abkommen ist tot, und die Junta trägt allein die Verantwortung", "CSP spokesperson", "direct"),
        quote("Algerien sei weiterhin bereit, zwischen den Konfliktparteien zu vermitteln", DZA_SPOX, "indirect"),
    ],
    [
        entity("Government of Mali", "ORG", "MLI", ["Malis Militärregierung", "Bamako", "die Junta",
                                                   "der Zentralregierung"]),
        entity("Mali", "GPE", "MLI", ["Malis", "des Landes"]),
        entity("Algeria", "GPE", "DZA", ["dem Nachbarland Algerien", "Algier", "Algerien"]),
        entity("Permanent Strategic Framework (CSP)", "ORG", "MLI",
               ["den Tuareg-Rebellen", "der Rebellen", "Die Rebellenallianz CSP", "der CSP"]),
        entity("Malian Armed Forces", "ORG", "MLI", ["Regierungstruppen"]),
        entity("Algiers Accord", "MISC", None, ["das Friedensabkommen von Algier", "Das 2015 geschlossene Abkommen",
                                                 "Das Abkommen"]),
        entity("Kidal", "LOC", "MLI", ["die Rebellenhochburg Kidal"]),
        entity("Ministry of Foreign Affairs of Algeria", "ORG", "DZA", ["Das algerische Außenministerium"]),
        entity(DZA_SPOX, "PER", "DZA", ["ein Sprecher"]),
        entity("CSP spokesperson", "PER", "MLI", ["ein Sprecher der CSP"]),
    ],
)

# --------------------------------------------------------------------------------------------
# hm61-de-02 Venezuela / Brazil
VEN = actor("Government of Venezuela", "VEN", "GOV")
BRA = actor("Government of Brazil", "BRA", "GOV")
MADURO = actor("Nicolás Maduro", "VEN", "GOV")
CABELLO = actor("Diosdado Cabello", "VEN", "GOV")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
AMORIM = actor("Celso Amorim", "BRA", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
VEN_SUPP = actor("Venezuelan government supporters", "VEN", "CVL")

D2_1 = "Venezuela hat am Mittwoch seinen Botschafter aus Brasilien zu Konsultationen zurückgerufen."
D2_2 = "Zugleich wurde der brasilianische Geschäftsträger in Caracas ins Außenministerium einbestellt."
D2_3 = ("Auslöser ist das Veto Brasiliens gegen eine Aufnahme Venezuelas als Partnerland der BRICS-Gruppe beim "
        "Gipfel im russischen Kasan vergangene Woche.")
D2_4 = "Das Außenministerium sprach von einer »feindseligen Geste«."
D2_5 = ("Lula handle als Verwalter westlicher Interessen, sagte Innenminister Diosdado Cabello, Vizechef der "
        "Regierungspartei PSUV.")
D2_6 = ("Lulas außenpolitischer Berater Celso Amorim entgegnete, Caracas habe Vertrauen verspielt, weil es die "
        "Wahlergebnisse nach Wahllokalen nie vorgelegt habe.")
D2_7 = "„Wir wollen keine Krise“, sagte Amorim vor Journalisten, „aber wir lassen uns nicht beleidigen.“"
D2_8 = "Brasília hat den Wahlsieg von Präsident Nicolás Maduro vom Juli bis heute nicht anerkannt."
D2_9 = "Vor der brasilianischen Botschaft in Caracas demonstrierten am Mittwoch Hunderte Regierungsanhänger."
D2_10 = ("Maduro kündigte an, er werde am Freitag mit Kremlchef Wladimir Putin telefonieren, um über eine "
         "Mitgliedschaft zu sprechen.")

DE02 = article(
    "hm61-de-02", "de", "2024-10-31", "Venezuela ruft Botschafter aus Brasilien zurück",
    paragraphs([D2_1, D2_2, D2_3, D2_4, D2_5], [D2_6, D2_7, D2_8], [D2_9, D2_10]),
    [
        event("SANCTION", VEN, BRA, D2_1, mode="withdraw", date="2024-10-30"),
        event("ACCUSE", VEN, BRA, D2_2, mode="disapprove", location="Caracas", location_country="VEN"),
        event("REJECT", BRA, VEN, D2_3, location="Kazan", location_country="RUS"),
        event("ACCUSE", VEN, BRA, D2_4, mode="disapprove"),
        event("ACCUSE", CABELLO, LULA, D2_5, mode="disapprove"),
        event("ACCUSE", AMORIM, VEN, D2_6, mode="disapprove"),
        event("SUPPORT", BRA, MADURO, D2_8, negated=True),
        event("PROTEST", VEN_SUPP, BRA, D2_9, mode="demo", date="2024-10-30", location="Caracas",
              location_country="VEN"),
        event("AGREE", MADURO, PUTIN, D2_10),
    ],
    [
        quote("feindseligen Geste", "Government of Venezuela", "direct"),
        quote("Lula handle als Verwalter westlicher Interessen", "Diosdado Cabello", "indirect"),
        quote("Caracas habe Vertrauen verspielt, weil es die Wahlergebnisse nach Wahllokalen nie vorgelegt habe",
              "Celso Amorim", "indirect"),
        quote("Wir wollen keine Krise", "Celso Amorim", "direct"),
        quote("aber wir lassen uns nicht beleidigen", "Celso Amorim", "direct"),
        quote("er werde am Freitag mit Kremlchef Wladimir Putin telefonieren, um über eine Mitgliedschaft zu sprechen",
              "Nicolás Maduro", "indirect"),
    ],
    [
        entity("Venezuela", "GPE", "VEN", ["Venezuela", "Venezuelas", "Caracas"]),
        entity("Brazil", "GPE", "BRA", ["Brasilien", "Brasiliens", "Brasília"]),
        entity("Ministry of Foreign Affairs of Venezuela", "ORG", "VEN", ["ins Außenministerium",
                                                                          "Das Außenministerium"]),
        entity("Brazilian chargé d'affaires in Venezuela", "PER", "BRA", ["der brasilianische Geschäftsträger"]),
        entity("BRICS", "ORG", "IGO", ["der BRICS-Gruppe"]),
        entity("Kazan", "LOC", "RUS", ["im russischen Kasan"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Lula", "Lulas"]),
        entity("Diosdado Cabello", "PER", "VEN", ["Innenminister Diosdado Cabello"]),
        entity("United Socialist Party of Venezuela (PSUV)", "ORG", "VEN", ["Regierungspartei PSUV"]),
        entity("Celso Amorim", "PER", "BRA", ["Lulas außenpolitischer Berater Celso Amorim", "Amorim"]),
        entity("Nicolás Maduro", "PER", "VEN", ["Präsident Nicolás Maduro", "Maduro"]),
        entity("Embassy of Brazil in Caracas", "ORG", "BRA", ["der brasilianischen Botschaft"]),
        entity("Venezuelan government supporters", "ORG", "VEN", ["Hunderte Regierungsanhänger"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin"]),
    ],
)

# --------------------------------------------------------------------------------------------
# hm61-de-03 Sudan: Khartoum palace
SAF = actor("Sudanese Armed Forces", "SDN", "MIL")
RSF = actor("Rapid Support Forces", "SDN", "REB")
SDN = actor("Government of Sudan", "SDN", "GOV")
ARE = actor("United Arab Emirates", "ARE", "GOV")
EGY = actor("Egypt", "EGY", "GOV")
SAU = actor("Saudi Arabia", "SAU", "GOV")
WFP = actor("World Food Programme", "UNO", "IGO")
GUTERRES = actor("António Guterres", "UNO", "IGO")
NABIL = actor("Nabil Abdallah", "SDN", "MIL")
JOURNALISTS = actor("Sudan TV journalists", "SDN", "BUS")
KRT_RES = actor("residents of Khartoum", "SDN", "CVL")

D3_1 = ("Die sudanesische Armee hat am Freitag nach eigenen Angaben den Präsidentenpalast in Khartum von der "
        "paramilitärischen RSF zurückerobert.")
D3_2 = ("Armeesprecher Nabil Abdallah sagte im Staatsfernsehen, die Soldaten hätten zahlreiche Kämpfer der Miliz "
        "getötet und große Mengen an Waffen erbeutet.")
D3_3 = "„Khartum ist frei“, schrieb Informationsminister Chalid al-Aisir auf X."
D3_4 = "Wenig später töteten die RSF bei einem Drohnenangriff auf den Palast drei Journalisten des Staatsfernsehens."
D3_5 = ("Die Miliz räumte ein, sich aus dem Regierungsviertel zurückgezogen zu haben, kündigte aber an, die Schlacht "
        "um Khartum gehe weiter.")
D3_6 = "Seit April 2023 kämpfen Armee und RSF um die Macht in dem Land am Horn von Afrika."
D3_7 = "Ägypten und Saudi-Arabien begrüßten den Vormarsch der Armee."
D3_8 = "Die Regierung warf den Vereinigten Arabischen Emiraten erneut vor, die RSF mit Waffen zu beliefern."
D3_9 = "Abu Dhabi weist das zurück."
D3_10 = ("Das Welternährungsprogramm brachte nach eigenen Angaben erstmals seit Monaten Lebensmittel in den Süden "
         "der Hauptstadt.")
D3_11 = ("UN-Generalsekretär António Guterres rief beide Seiten auf, Zivilisten zu schonen und an den "
         "Verhandlungstisch zurückzukehren.")

DE03 = article(
    "hm61-de-03", "de", "2025-03-21", "Sudans Armee erobert Präsidentenpalast zurück",
    paragraphs([D3_1, D3_2, D3_3, D3_4], [D3_5, D3_6, D3_7, D3_8, D3_9], [D3_10, D3_11]),
    [
        event("ASSAULT", SAF, RSF, D3_1, date="2025-03-21", location="Khartoum", location_country="SDN"),
        event("ASSAULT", SAF, RSF, D3_2),
        event("ASSAULT", RSF, JOURNALISTS, D3_4, mode="drone", location="Khartoum", location_country="SDN"),
        event("RETREAT", RSF, SAF, D3_5, mode="withdraw"),
        event("THREATEN", RSF, SAF, D3_5, mode="violence"),
        event("SUPPORT", EGY, SAF, D3_7),
        event("SUPPORT", SAU, SAF, D3_7),
        event("ACCUSE", SDN, ARE, D3_8, mode="allege"),
        event("AID", WFP, KRT_RES, D3_10, location="Khartoum", location_country="SDN"),
        event("REQUEST", GUTERRES, SAF, D3_11),
        event("REQUEST", GUTERRES, RSF, D3_11),
    ],
    [
        quote("die Soldaten hätten zahlreiche Kämpfer der Miliz getötet und große Mengen an Waffen erbeutet",
              "Nabil Abdallah", "indirect"),
        quote("Khartum ist frei", "Khalid al-Aiser", "direct"),
        quote("die Schlacht um Khartum gehe weiter", "Rapid Support Forces", "indirect"),
        quote("die RSF mit Waffen zu beliefern", "Government of Sudan", "indirect"),
    ],
    [
        entity("Sudanese Armed Forces", "ORG", "SDN", ["Die sudanesische Armee", "die Soldaten", "Armee",
                                                       "der Armee"]),
        entity("Rapid Support Forces", "ORG", "SDN", ["der paramilitärischen RSF", "der Miliz", "die RSF",
                                                      "Die Miliz", "RSF"]),
        entity("Republican Palace", "LOC", "SDN", ["den Präsidentenpalast", "den Palast"]),
        entity("Khartoum", "LOC", "SDN", ["Khartum", "der Hauptstadt"]),
        entity("Nabil Abdallah", "PER", "SDN", ["Armeesprecher Nabil Abdallah"]),
        entity("Sudan TV", "ORG", "SDN", ["Staatsfernsehen", "des Staatsfernsehens"]),
        entity("Khalid al-Aiser", "PER", "SDN", ["Informationsminister Chalid al-Aisir"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("Sudan", "GPE", "SDN", ["dem Land am Horn von Afrika"]),
        entity("Egypt", "GPE", "EGY", ["Ägypten"]),
        entity("Saudi Arabia", "GPE", "SAU", ["Saudi-Arabien"]),
        entity("Government of Sudan", "ORG", "SDN", ["Die Regierung"]),
        entity("United Arab Emirates", "GPE", "ARE", ["den Vereinigten Arabischen Emiraten", "Abu Dhabi"]),
        entity("World Food Programme", "ORG", "UNO", ["Das Welternährungsprogramm"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
    ],
)

# --------------------------------------------------------------------------------------------
# hm61-de-04 Colombia: Miguel Uribe shot
GUNMAN = actor("gunman", "COL", "CVL")
M_URIBE = actor("Miguel Uribe", "COL", "OPP")
COL_POL = actor("Colombian National Police", "COL", "COP")
PETRO = actor("Gustavo Petro", "COL", "GOV")
COL_PROS = actor("Attorney General's Office of Colombia", "COL", "JUD")
CD = actor("Democratic Centre", "COL", "PTY")
A_URIBE = actor("Álvaro Uribe", "COL", "PTY")
RUBIO = actor("Marco Rubio", "USA", "GOV")
COL = actor("Government of Colombia", "COL", "GOV")
FBI = actor("Federal Bureau of Investigation", "USA", "COP")

D4_1 = ("Ein Jugendlicher hat am Samstag bei einer Wahlkampfveranstaltung in Bogotá auf den kolumbianischen "
        "Präsidentschaftsbewerber Miguel Uribe geschossen und ihn schwer verletzt.")
D4_2 = "Der 15-jährige mutmaßliche Täter wurde noch am Tatort festgenommen."
D4_3 = ("Laut Polizei handelte er vermutlich im Auftrag Dritter.")
D4_4 = "Uribe, Senator der oppositionellen Partei Centro Democrático, wurde in einer Klinik notoperiert."
D4_5 = "Die Staatsanwaltschaft leitete Ermittlungen wegen versuchten Mordes ein."
D4_6 = "Präsident Gustavo Petro verurteilte den Anschlag."
D4_7 = ("Die Opposition warf ihm vor, mit seiner aggressiven Rhetorik ein Klima der Gewalt geschaffen zu haben.")
D4_8 = "Parteigründer Álvaro Uribe sagte: „Das ist ein Angriff auf die Demokratie.“"
D4_9 = ("US-Außenminister Marco Rubio machte die »gewalttätige linke Rhetorik« aus den höchsten Ämtern in Bogotá "
        "mitverantwortlich.")
D4_10 = "Die Regierung wies das als Einmischung zurück."
D4_11 = ("Die Polizei arbeite bei den Ermittlungen eng mit der US-Bundespolizei FBI zusammen, teilte "
         "Verteidigungsminister Pedro Sánchez mit.")
D4_12 = "Zudem wurden in der Hauptstadt 1000 zusätzliche Beamte zum Schutz der Kandidaten eingesetzt."

DE04 = article(
    "hm61-de-04", "de", "2025-06-08", "Kolumbianischer Präsidentschaftsbewerber angeschossen",
    paragraphs([D4_1, D4_2, D4_3, D4_4], [D4_5, D4_6, D4_7, D4_8], [D4_9, D4_10, D4_11, D4_12]),
    [
        event("ASSAULT", GUNMAN, M_URIBE, D4_1, mode="firearms", date="2025-06-07", location="Bogotá",
              location_country="COL"),
        event("COERCE", COL_POL, GUNMAN, D4_2, mode="arrest"),
        event("ACCUSE", COL_PROS, GUNMAN, D4_5, mode="investigate"),
        event("ACCUSE", PETRO, GUNMAN, D4_6, mode="disapprove"),
        event("ACCUSE", CD, PETRO, D4_7, mode="disapprove"),
        event("ACCUSE", A_URIBE, GUNMAN, D4_8, mode="disapprove"),
        event("ACCUSE", RUBIO, COL, D4_9, mode="disapprove"),
        event("COOPERATE", COL_POL, FBI, D4_11),
        event("MOBILIZE", COL_POL, None, D4_12, mode="police", location="Bogotá", location_country="COL"),
    ],
    [
        quote("handelte er vermutlich im Auftrag Dritter", "Colombian National Police", "indirect"),
        quote("mit seiner aggressiven Rhetorik ein Klima der Gewalt geschaffen zu haben", "Democratic Centre",
              "indirect"),
        quote("Das ist ein Angriff auf die Demokratie", "Álvaro Uribe", "direct"),
        quote("gewalttätige linke Rhetorik", "Marco Rubio", "direct"),
        quote("Die Polizei arbeite bei den Ermittlungen eng mit der US-Bundespolizei FBI zusammen", "Pedro Sánchez",
              "indirect"),
    ],
    [
        entity("gunman", "PER", "COL", ["Ein Jugendlicher", "Der 15-jährige mutmaßliche Täter", "er"]),
        entity("Miguel Uribe", "PER", "COL", ["den kolumbianischen Präsidentschaftsbewerber Miguel Uribe", "ihn",
                                              "Uribe"]),
        entity("Bogotá", "LOC", "COL", ["Bogotá", "der Hauptstadt"]),
        entity("Colombian National Police", "ORG", "COL", ["Polizei", "Die Polizei"]),
        entity("Democratic Centre", "ORG", "COL", ["der oppositionellen Partei Centro Democrático", "Die Opposition"]),
        entity("Attorney General's Office of Colombia", "ORG", "COL", ["Die Staatsanwaltschaft"]),
        entity("Gustavo Petro", "PER", "COL", ["Präsident Gustavo Petro", "ihm", "seiner"]),
        entity("Álvaro Uribe", "PER", "COL", ["Parteigründer Álvaro Uribe"]),
        entity("Marco Rubio", "PER", "USA", ["US-Außenminister Marco Rubio"]),
        entity("Government of Colombia", "ORG", "COL", ["den höchsten Ämtern in Bogotá", "Die Regierung"]),
        entity("Federal Bureau of Investigation", "ORG", "USA", ["der US-Bundespolizei FBI"]),
        entity("Pedro Sánchez", "PER", "COL", ["Verteidigungsminister Pedro Sánchez"]),
    ],
)

# --------------------------------------------------------------------------------------------
# hm61-en-01 Uganda / South Sudan
UPDF = actor("Uganda People's Defence Force", "UGA", "MIL")
MUHOOZI = actor("Muhoozi Kainerugaba", "UGA", "MIL")
SSD = actor("Government of South Sudan", "SSD", "GOV")
SSD_SEC = actor("South Sudanese security forces", "SSD", "COP")
SSD_MIL = actor("South Sudan People's Defence Forces", "SSD", "MIL")
WHITE_ARMY = actor("White Army", "SSD", "REB")
MACHAR_ALLIES = actor("allies of Riek Machar", "SSD", "OPP")
SPLMIO = actor("SPLM-IO", "SSD", "OPP")
KIIR = actor("Salva Kiir", "SSD", "GOV")
MACHAR = actor("Riek Machar", "SSD", "GOV")
KIIR_OFFICE = actor("Office of the President of South Sudan", "SSD", "GOV")
UGA = actor("Uganda", "UGA", "GOV")
AU = actor("African Union", "IGO", "IGO")
HAYSOM = actor("Nicholas Haysom", "UNO", "IGO")

E1_1 = ("Uganda has deployed special forces to Juba to help secure South Sudan's capital, the head of the Ugandan "
        "army said on Tuesday.")
E1_2 = ("The move follows an attack last week in which the White Army, an armed youth militia, overran an army "
        "garrison in Nasir.")
E1_3 = ("General Muhoozi Kainerugaba warned that any attack on Juba would be treated “as a declaration of war on "
        "Uganda”.")
E1_4 = ("A UN helicopter evacuating soldiers from Nasir came under fire on Friday, killing a crew member, the UN "
        "mission said.")
E1_5 = "Security forces have since arrested several ministers allied with Riek Machar."
E1_6 = "President Salva Kiir's office said on Tuesday that two detained ministers would be released."
E1_7 = ("Machar's SPLM-IO accused Kiir of dismantling the 2018 peace deal and called the Ugandan deployment "
        "“a provocation”.")
E1_8 = "Kiir and his first vice president have not met since the crisis began."
E1_9 = "The African Union said it would send a delegation to Juba to mediate between the two leaders."
E1_10 = "Nicholas Haysom, the UN envoy, urged both sides to “step back from the brink”."

EN01 = article(
    "hm61-en-01", "en", "2025-03-12", "Uganda sends special forces to Juba as South Sudan crisis deepens",
    paragraphs([E1_1, E1_2, E1_3], [E1_4, E1_5, E1_6, E1_7], [E1_8, E1_9, E1_10]),
    [
        event("AID", UPDF, SSD, E1_1, date="2025-03-11", location="Juba", location_country="SSD"),
        event("ASSAULT", WHITE_ARMY, SSD_MIL, E1_2, location="Nasir", location_country="SSD"),
        event("THREATEN", MUHOOZI, WHITE_ARMY, E1_3, mode="violence"),
        event("COERCE", SSD_SEC, MACHAR_ALLIES, E1_5, mode="arrest"),
        event("CONCEDE", KIIR_OFFICE, MACHAR_ALLIES, E1_6, date="2025-03-11"),
        event("ACCUSE", SPLMIO, KIIR, E1_7, mode="disapprove"),
        event("ACCUSE", SPLMIO, UGA, E1_7, mode="disapprove"),
        event("CONSULT", KIIR, MACHAR, E1_8, negated=True),
        event("AGREE", AU, KIIR, E1_9),
        event("AGREE", AU, MACHAR, E1_9),
        event("REQUEST", HAYSOM, KIIR, E1_10),
        event("REQUEST", HAYSOM, MACHAR, E1_10),
    ],
    [
        quote("Uganda has deployed special forces to Juba to help secure South Sudan's capital", "Muhoozi Kainerugaba",
              "indirect"),
        quote("that any attack on Juba would be treated “as a declaration of war on Uganda”", "Muhoozi Kainerugaba",
              "indirect"),
        quote("as a declaration of war on Uganda", "Muhoozi Kainerugaba", "direct"),
        quote("A UN helicopter evacuating soldiers from Nasir came under fire on Friday, killing a crew member",
              "United Nations Mission in South Sudan", "indirect"),
        quote("that two detained ministers would be released", "Office of the President of South Sudan", "indirect"),
        quote("a provocation", "SPLM-IO", "direct"),
        quote("it would send a delegation to Juba to mediate between the two leaders", "African Union",
              "indirect"),
        quote("step back from the brink", "Nicholas Haysom", "direct"),
    ],
    [
        entity("Uganda", "GPE", "UGA", ["Uganda"]),
        entity("Uganda People's Defence Force", "ORG", "UGA", ["the Ugandan army"]),
        entity("Muhoozi Kainerugaba", "PER", "UGA", ["the head of the Ugandan army", "General Muhoozi Kainerugaba"]),
        entity("Juba", "LOC", "SSD", ["Juba", "South Sudan's capital"]),
        entity("South Sudan", "GPE", "SSD", ["South Sudan's"]),
        entity("White Army", "ORG", "SSD", ["the White Army, an armed youth militia"]),
        entity("Nasir", "LOC", "SSD", ["Nasir"]),
        entity("United Nations Mission in South Sudan", "ORG", "UNO", ["the UN mission"]),
        entity("Riek Machar", "PER", "SSD", ["Riek Machar", "Machar's", "Machar", "his first vice president"]),
        entity("Salva Kiir", "PER", "SSD", ["President Salva Kiir's", "Kiir"]),
        entity("SPLM-IO", "ORG", "SSD", ["Machar's SPLM-IO"]),
        entity("South Sudanese security forces", "ORG", "SSD", ["Security forces"]),
        entity("Office of the President of South Sudan", "ORG", "SSD", ["President Salva Kiir's office"]),
        entity("African Union", "ORG", "IGO", ["The African Union"]),
        entity("Nicholas Haysom", "PER", "UNO", ["Nicholas Haysom, the UN envoy"]),
    ],
)

# --------------------------------------------------------------------------------------------
# hm61-en-02 Argentina / Venezuela: Nahuel Gallo
ARG = actor("Government of Argentina", "ARG", "GOV")
VEN_AUTH = actor("Government of Venezuela", "VEN", "GOV")
VEN_SEC = actor("Venezuelan security forces", "VEN", "COP")
GALLO = actor("Nahuel Gallo", "ARG", "COP")
BULLRICH = actor("Patricia Bullrich", "ARG", "GOV")
GOMEZ = actor("María Alexandra Gómez", "VEN", "CVL")
IACHR = actor("Inter-American Commission on Human Rights", "IGO", "IGO")
COL_GOV = actor("Government of Colombia", "COL", "GOV")
BRA_GOV = actor("Government of Brazil", "BRA", "GOV")

E2_1 = ("Argentina on Friday filed a complaint with the International Criminal Court over the detention of an "
        "Argentine gendarme in Venezuela, calling it an “enforced disappearance”.")
E2_2 = "Corporal Nahuel Gallo was arrested on December 8 while crossing into Venezuela from Colombia to visit his family."
E2_3 = ("Security Minister Patricia Bullrich said Caracas was holding him “as a hostage” and demanded his immediate "
        "release.")
E2_4 = ("Venezuela's interior minister Diosdado Cabello accused Gallo of taking part in a plot to destabilise the "
        "country and said he had entered “under a false identity”.")
E2_5 = "Buenos Aires rejected the charges as absurd."
E2_6 = ("Argentina has had no diplomats in Caracas since July, when Venezuela expelled them in a row over Nicolás "
        "Maduro's disputed re-election.")
E2_7 = "The Inter-American Commission on Human Rights asked Venezuela to disclose where Gallo is being held."
E2_8 = "Gallo's wife, María Alexandra Gómez, met Bullrich in Buenos Aires on Thursday."
E2_9 = "“I only want to know if my husband is alive,” she told reporters."
E2_10 = "President Javier Milei's government also asked Colombia and Brazil to help secure the corporal's release."

EN02 = article(
    "hm61-en-02", "en", "2024-12-28", "Argentina takes detained gendarme's case to the ICC",
    paragraphs([E2_1, E2_2, E2_3], [E2_4, E2_5, E2_6, E2_7], [E2_8, E2_9, E2_10]),
    [
        event("ACCUSE", ARG, VEN_AUTH, E2_1, mode="allege", date="2024-12-27"),
        event("COERCE", VEN_SEC, GALLO, E2_2, mode="arrest"),
        event("ACCUSE", BULLRICH, VEN_AUTH, E2_3, mode="disapprove"),
        event("REQUEST", BULLRICH, VEN_AUTH, E2_3, mode="yield"),
        event("ACCUSE", actor("Diosdado Cabello", "VEN", "GOV"), GALLO, E2_4, mode="allege"),
        event("SANCTION", VEN_AUTH, ARG, E2_6, mode="expel"),
        event("REQUEST", IACHR, VEN_AUTH, E2_7),
        event("CONSULT", GOMEZ, BULLRICH, E2_8, date="2024-12-26", location="Buenos Aires",
              location_country="ARG"),
        event("REQUEST", ARG, COL_GOV, E2_10, mode="assist"),
        event("REQUEST", ARG, BRA_GOV, E2_10, mode="assist"),
    ],
    [
        quote("enforced disappearance", "Government of Argentina", "direct"),
        quote("Caracas was holding him “as a hostage”", "Patricia Bullrich", "indirect"),
        quote("as a hostage", "Patricia Bullrich", "direct"),
        quote("he had entered “under a false identity”", "Diosdado Cabello", "indirect"),
        quote("under a false identity", "Diosdado Cabello", "direct"),
        quote("I only want to know if my husband is alive", "María Alexandra Gómez", "direct"),
    ],
    [
        entity("Argentina", "GPE", "ARG", ["Argentina", "Buenos Aires"]),
        entity("International Criminal Court", "ORG", "IGO", ["the International Criminal Court"]),
        entity("Nahuel Gallo", "PER", "ARG", ["an Argentine gendarme", "Corporal Nahuel Gallo", "he", "his", "him",
                                              "Gallo", "Gallo's", "the corporal's"]),
        entity("Venezuela", "GPE", "VEN", ["Venezuela", "Caracas", "Venezuela's"]),
        entity("Colombia", "GPE", "COL", ["Colombia"]),
        entity("Patricia Bullrich", "PER", "ARG", ["Security Minister Patricia Bullrich", "Bullrich"]),
        entity("Diosdado Cabello", "PER", "VEN", ["Venezuela's interior minister Diosdado Cabello"]),
        entity("Nicolás Maduro", "PER", "VEN", ["Nicolás Maduro's"]),
        entity("Inter-American Commission on Human Rights", "ORG", "IGO",
               ["The Inter-American Commission on Human Rights"]),
        entity("María Alexandra Gómez", "PER", "VEN", ["Gallo's wife, María Alexandra Gómez", "she"]),
        entity("Javier Milei", "PER", "ARG", ["President Javier Milei's"]),
        entity("Government of Argentina", "ORG", "ARG", ["President Javier Milei's government"]),
        entity("Brazil", "GPE", "BRA", ["Brazil"]),
    ],
)

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
