"""Round 62: six invented wire-style articles (4 German, 2 English), written blind.

Stories (2023-2025, Africa and Latin America):
- hm62-de-01: Algeria recalls its ambassador from Paris after Macron backs Morocco's Western Sahara plan (July 2024).
- hm62-de-02: The African Union suspends Madagascar after the CAPSAT officers take power (October 2025).
- hm62-de-03: Nicaragua accuses Germany of aiding genocide before the ICJ (April 2024).
- hm62-de-04: Burkina Faso expels three French diplomats (April 2024).
- hm62-en-01: Ousmane Sonko sentenced in Dakar, deadly unrest and social media curbs (June 2023).
- hm62-en-02: Congo and the M23 sign the Doha declaration of principles (July 2025).
"""
from annotate import actor, entity, event, paragraphs, quote


def article(id_, lang, published, title, text, events, quotes, entities):
    return {"id": id_, "lang": lang, "url": None, "published": published, "title": title, "text": text,
            "events": events, "quotes": quotes, "entities": entities}


# --------------------------------------------------------------------------------------------
# hm62-de-01 Algeria / France / Morocco
DZA = actor("Government of Algeria", "DZA", "GOV")
FRA = actor("Government of France", "FRA", "GOV")
MAR = actor("Government of Morocco", "MAR", "GOV")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
M6 = actor("Mohammed VI", "MAR", "GOV")
POLISARIO = actor("Polisario Front", "ESH", "REB")
DZA_MFA = "Ministry of Foreign Affairs of Algeria"
FRA_SPOX = "Spokesperson of the French Ministry for Europe and Foreign Affairs"

A1_1 = "Algerien hat am Dienstag seinen Botschafter aus Frankreich mit sofortiger Wirkung abberufen."
A1_2 = ("Präsident Emmanuel Macron hatte zuvor in einem Schreiben an König Mohammed VI. erklärt, Gegenwart und "
        "Zukunft der Westsahara lägen »im Rahmen der marokkanischen Souveränität«.")
A1_3 = "Algier sprach von einem »Verrat« an den Beschlüssen der Vereinten Nationen."
A1_4 = "Frankreich werde allein die Konsequenzen dieser Entscheidung tragen, hieß es in einer Erklärung."
A1_5 = ("Die Unabhängigkeitsbewegung Polisario, die für einen eigenen Staat in dem von Marokko kontrollierten Gebiet "
        "kämpft, verurteilte den Schritt als »schweren Fehler«.")
A1_6 = "Rabat begrüßte dagegen die Haltung der früheren Kolonialmacht."
A1_7 = ("Ein Sprecher des französischen Außenministeriums sagte, Paris wolle die Beziehungen zu Algerien nicht "
        "beschädigen und sei weiter zum Dialog bereit.")
A1_8 = "Macron will im Herbst zu einem Staatsbesuch nach Marokko reisen."
A1_9 = "Algerien hatte 2021 die diplomatischen Beziehungen zum Nachbarland Marokko abgebrochen."

DE01 = article(
    "hm62-de-01", "de", "2024-07-31", "Algerien zieht Botschafter aus Paris ab",
    paragraphs([A1_1, A1_2, A1_3], [A1_4, A1_5, A1_6], [A1_7, A1_8, A1_9]),
    [
        event("SANCTION", DZA, FRA, A1_1, mode="withdraw", date="2024-07-30"),
        event("SUPPORT", MACRON, M6, A1_2),
        event("ACCUSE", DZA, FRA, A1_3, mode="disapprove"),
        event("THREATEN", DZA, FRA, A1_4),
        event("ACCUSE", POLISARIO, FRA, A1_5, mode="disapprove"),
        event("SUPPORT", MAR, FRA, A1_6),
        event("AGREE", FRA, DZA, A1_7),
        event("AGREE", MACRON, MAR, A1_8),
        event("SANCTION", DZA, MAR, A1_9, mode="discontinue"),
    ],
    [
        quote("Gegenwart und Zukunft der Westsahara lägen »im Rahmen der marokkanischen Souveränität«",
              "Emmanuel Macron", "indirect"),
        quote("im Rahmen der marokkanischen Souveränität", "Emmanuel Macron", "direct"),
        quote("Verrat", "Government of Algeria", "direct"),
        quote("Frankreich werde allein die Konsequenzen dieser Entscheidung tragen", DZA_MFA, "indirect"),
        quote("schweren Fehler", "Polisario Front", "direct"),
        quote("Paris wolle die Beziehungen zu Algerien nicht beschädigen und sei weiter zum Dialog bereit", FRA_SPOX,
              "indirect"),
    ],
    [
        entity("Algeria", "GPE", "DZA", ["Algerien", "Algier"]),
        entity("France", "GPE", "FRA", ["Frankreich", "Paris", "der früheren Kolonialmacht"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Präsident Emmanuel Macron", "Macron"]),
        entity("Mohammed VI", "PER", "MAR", ["König Mohammed VI."]),
        entity("Western Sahara", "LOC", "ESH", ["der Westsahara", "dem von Marokko kontrollierten Gebiet"]),
        entity("United Nations", "ORG", "UNO", ["der Vereinten Nationen"]),
        entity("Polisario Front", "ORG", "ESH", ["Die Unabhängigkeitsbewegung Polisario"]),
        entity("Morocco", "GPE", "MAR", ["Marokko", "Rabat", "Nachbarland Marokko"]),
        entity(FRA_SPOX, "PER", "FRA", ["Ein Sprecher des französischen Außenministeriums"]),
        entity("Ministry for Europe and Foreign Affairs of France", "ORG", "FRA", ["des französischen Außenministeriums"]),
    ],
)

# --------------------------------------------------------------------------------------------
# hm62-de-02 Madagascar
AU = actor("African Union", "IGO", "IGO")
MDG = actor("Madagascar", "MDG", "GOV")
YOUSSOUF = actor("Mahmoud Ali Youssouf", "IGO", "IGO")
RANDRIANIRINA = actor("Michael Randrianirina", "MDG", "MIL")
CAPSAT = actor("CAPSAT", "MDG", "MIL")
RAJOELINA = actor("Andry Rajoelina", "MDG", "GOV")
GENZ = actor("Gen Z Madagascar protesters", "MDG", "CVL")
MDG_SEC = actor("Malagasy security forces", "MDG", "COP")
GUTERRES = actor("António Guterres", "UNO", "IGO")
SADC = actor("Southern African Development Community", "IGO", "IGO")

M2_1 = "Die Afrikanische Union hat Madagaskar am Mittwoch nach der Machtübernahme des Militärs suspendiert."
M2_2 = ("„Was in Madagaskar geschieht, ist ein verfassungswidriger Regierungswechsel“, sagte der Präsident der "
        "AU-Kommission, Mahmoud Ali Youssouf.")
M2_3 = ("Oberst Michael Randrianirina, Kommandeur der Eliteeinheit CAPSAT, hatte sich am Dienstag zum neuen "
        "Machthaber erklärt.")
M2_4 = ("Präsident Andry Rajoelina, der das Land nach eigenen Angaben aus Sicherheitsgründen verlassen hat, sprach "
        "von einem »illegalen Putschversuch«.")
M2_5 = "Tausende Demonstranten feierten in Antananarivo die Soldaten."
M2_6 = ("Die Sicherheitskräfte waren zuvor wochenlang mit Tränengas und scharfer Munition gegen die Proteste der "
        "Jugendbewegung Gen Z vorgegangen.")
M2_7 = "Nach UN-Angaben wurden dabei mindestens 22 Menschen getötet."
M2_8 = "„Wir sind keine Putschisten, wir haben auf den Ruf des Volkes geantwortet“, sagte Randrianirina."
M2_9 = "Er versprach Wahlen innerhalb von zwei Jahren und bot der Jugendbewegung Gespräche an."
M2_10 = ("UN-Generalsekretär António Guterres verurteilte den Machtwechsel und forderte die Offiziere zur Rückkehr "
         "zur verfassungsmäßigen Ordnung auf.")
M2_11 = "Die Staatengemeinschaft SADC will eine Delegation nach Antananarivo entsenden."

DE02 = article(
    "hm62-de-02", "de", "2025-10-15", "Afrikanische Union suspendiert Madagaskar",
    paragraphs([M2_1, M2_2, M2_3, M2_4], [M2_5, M2_6, M2_7, M2_8], [M2_9, M2_10, M2_11]),
    [
        event("SANCTION", AU, MDG, M2_1, mode="expel", date="2025-10-15"),
        event("ACCUSE", YOUSSOUF, RANDRIANIRINA, M2_2, mode="disapprove"),
        event("ACCUSE", RAJOELINA, RANDRIANIRINA, M2_4, mode="disapprove"),
        event("SUPPORT", GENZ, CAPSAT, M2_5, location="Antananarivo", location_country="MDG"),
        event("ASSAULT", MDG_SEC, GENZ, M2_6, mode="crowd-control"),
        event("AGREE", RANDRIANIRINA, GENZ, M2_9),
        event("ACCUSE", GUTERRES, RANDRIANIRINA, M2_10, mode="disapprove"),
        event("REQUEST", GUTERRES, RANDRIANIRINA, M2_10, mode="change"),
        event("AGREE", SADC, MDG, M2_11),
    ],
    [
        quote("Was in Madagaskar geschieht, ist ein verfassungswidriger Regierungswechsel", "Mahmoud Ali Youssouf",
              "direct"),
        quote("illegalen Putschversuch", "Andry Rajoelina", "direct"),
        quote("wurden dabei mindestens 22 Menschen getötet", "United Nations", "indirect"),
        quote("Wir sind keine Putschisten, wir haben auf den Ruf des Volkes geantwortet", "Michael Randrianirina",
              "direct"),
    ],
    [
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union"]),
        entity("African Union Commission", "ORG", "IGO", ["der AU-Kommission"]),
        entity("Madagascar", "GPE", "MDG", ["Madagaskar", "das Land"]),
        entity("Mahmoud Ali Youssouf", "PER", "IGO", ["der Präsident der AU-Kommission, Mahmoud Ali Youssouf"]),
        entity("Michael Randrianirina", "PER", "MDG", ["Oberst Michael Randrianirina", "Randrianirina", "Er"]),
        entity("CAPSAT", "ORG", "MDG", ["der Eliteeinheit CAPSAT", "die Soldaten", "die Offiziere"]),
        entity("Andry Rajoelina", "PER", "MDG", ["Präsident Andry Rajoelina"]),
        entity("Antananarivo", "LOC", "MDG", ["Antananarivo"]),
        entity("Gen Z Madagascar protesters", "ORG", "MDG", ["Tausende Demonstranten", "der Jugendbewegung Gen Z",
                                                             "der Jugendbewegung"]),
        entity("Malagasy security forces", "ORG", "MDG", ["Die Sicherheitskräfte"]),
        entity("United Nations", "ORG", "UNO", ["UN"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
        entity("Southern African Development Community", "ORG", "IGO", ["Die Staatengemeinschaft SADC"]),
    ],
)

# --------------------------------------------------------------------------------------------
# hm62-de-03 Nicaragua v Germany
NIC = actor("Government of Nicaragua", "NIC", "GOV")
DEU = actor("Government of Germany", "DEU", "GOV")
ICJ = actor("International Court of Justice", "UNO", "IGO")
ARGUELLO = actor("Carlos Argüello Gómez", "NIC", "GOV")
UNRWA = actor("UNRWA", "UNO", "IGO")
ISR = actor("Government of Israel", "ISR", "GOV")
BAERBOCK = actor("Annalena Baerbock", "DEU", "GOV")
KATZ = actor("Israel Katz", "ISR", "GOV")
VEN = actor("Government of Venezuela", "VEN", "GOV")
DEU_SPOX = "Spokesperson of the German Federal Foreign Office"

N3_1 = ("Nicaragua hat Deutschland am Montag vor dem Internationalen Gerichtshof (IGH) in Den Haag vorgeworfen, "
        "durch Waffenlieferungen an Israel Beihilfe zum Völkermord im Gazastreifen zu leisten.")
N3_2 = "Managua beantragte bei den Richtern Eilmaßnahmen, um die deutschen Rüstungsexporte zu stoppen."
N3_3 = ("Zudem solle Berlin seine Zahlungen an das UN-Palästinenserhilfswerk UNRWA wieder aufnehmen, forderte "
        "Botschafter Carlos Argüello Gómez.")
N3_4 = "„Deutschland weiß, dass diese Waffen in Gaza eingesetzt werden“, sagte er."
N3_5 = "Die Bundesregierung hatte die Zahlungen an das Hilfswerk im Januar ausgesetzt."
N3_6 = "Das Auswärtige Amt wies die Vorwürfe entschieden zurück."
N3_7 = ("Deutschland werde am Dienstag darlegen, dass es sich strikt an das Völkerrecht halte, sagte ein Sprecher "
        "in Berlin.")
N3_8 = "Venezuela, ein enger Verbündeter Managuas, stellte sich hinter die Klage."
N3_9 = ("Außenministerin Annalena Baerbock telefonierte am Montag mit ihrem israelischen Amtskollegen Israel Katz "
        "und verlangte mehr humanitäre Hilfe für Gaza.")
N3_10 = ("Der IGH hatte Israel im Januar in einem Verfahren Südafrikas verpflichtet, Handlungen zu verhindern, die "
         "einen Völkermord darstellen könnten.")

DE03 = article(
    "hm62-de-03", "de", "2024-04-08", "Nicaragua verklagt Deutschland vor dem IGH",
    paragraphs([N3_1, N3_2, N3_3, N3_4], [N3_5, N3_6, N3_7, N3_8], [N3_9, N3_10]),
    [
        event("ACCUSE", NIC, DEU, N3_1, mode="allege", date="2024-04-08", location="The Hague",
              location_country="NLD"),
        event("REQUEST", NIC, ICJ, N3_2),
        event("REQUEST", ARGUELLO, DEU, N3_3),
        event("ACCUSE", ARGUELLO, DEU, N3_4, mode="allege"),
        event("SANCTION", DEU, UNRWA, N3_5, mode="withdraw"),
        event("SUPPORT", VEN, NIC, N3_8),
        event("CONSULT", BAERBOCK, KATZ, N3_9, mode="phone", date="2024-04-08"),
        event("REQUEST", BAERBOCK, KATZ, N3_9),
        event("REQUEST", ICJ, ISR, N3_10, mode="change"),
    ],
    [
        quote("durch Waffenlieferungen an Israel Beihilfe zum Völkermord im Gazastreifen zu leisten",
              "Government of Nicaragua", "indirect"),
        quote("Zudem solle Berlin seine Zahlungen an das UN-Palästinenserhilfswerk UNRWA wieder aufnehmen",
              "Carlos Argüello Gómez", "indirect"),
        quote("Deutschland weiß, dass diese Waffen in Gaza eingesetzt werden", "Carlos Argüello Gómez", "direct"),
        quote("Deutschland werde am Dienstag darlegen, dass es sich strikt an das Völkerrecht halte", DEU_SPOX,
              "indirect"),
    ],
    [
        entity("Nicaragua", "GPE", "NIC", ["Nicaragua", "Managua", "Managuas"]),
        entity("Germany", "GPE", "DEU", ["Deutschland", "Berlin", "Die Bundesregierung"]),
        entity("International Court of Justice", "ORG", "UNO", ["dem Internationalen Gerichtshof (IGH)", "den Richtern",
                                                                "Der IGH"]),
        entity("The Hague", "LOC", "NLD", ["Den Haag"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Gaza Strip", "LOC", "PSE", ["im Gazastreifen", "Gaza"]),
        entity("UNRWA", "ORG", "UNO", ["das UN-Palästinenserhilfswerk UNRWA", "das Hilfswerk"]),
        entity("Carlos Argüello Gómez", "PER", "NIC", ["Botschafter Carlos Argüello Gómez", "er"]),
        entity("Federal Foreign Office", "ORG", "DEU", ["Das Auswärtige Amt"]),
        entity(DEU_SPOX, "PER", "DEU", ["ein Sprecher"]),
        entity("Venezuela", "GPE", "VEN", ["Venezuela, ein enger Verbündeter Managuas"]),
        entity("Annalena Baerbock", "PER", "DEU", ["Außenministerin Annalena Baerbock"]),
        entity("Israel Katz", "PER", "ISR", ["ihrem israelischen Amtskollegen Israel Katz"]),
        entity("South Africa", "GPE", "ZAF", ["Südafrikas"]),
    ],
)

# --------------------------------------------------------------------------------------------
# hm62-de-04 Burkina Faso / France
BFA = actor("Government of Burkina Faso", "BFA", "GOV")
FRA2 = actor("Government of France", "FRA", "GOV")
FRA_MIL = actor("French Armed Forces", "FRA", "MIL")
BFA_SEC = actor("Burkinabe security forces", "BFA", "COP")
FR_NATIONALS = actor("French nationals detained in Burkina Faso", "FRA", "CVL")
RFI = actor("Radio France Internationale", "FRA", "BUS")
F24 = actor("France 24", "FRA", "BUS")
RUS_MIL = actor("Russian military instructors", "RUS", "MIL")
BFA_MFA = "Ministry of Foreign Affairs of Burkina Faso"
QUAI_SPOX = "Spokesperson of the French Ministry for Europe and Foreign Affairs"

B4_1 = "Burkina Faso hat drei französische Diplomaten wegen »subversiver Aktivitäten« ausgewiesen."
B4_2 = ("Die Mitarbeiter der Botschaft in Ouagadougou müssten das Land binnen 48 Stunden verlassen, hieß es in einer "
        "am Donnerstag bekannt gewordenen Note des Außenministeriums.")
B4_3 = "Einer von ihnen habe sich mehrfach mit Gegnern der Regierung getroffen, so das Ministerium."
B4_4 = "Paris wies die Anschuldigungen als haltlos zurück."
B4_5 = "Man behalte sich eine angemessene Antwort vor, sagte ein Sprecher des Außenministeriums am Quai d'Orsay."
B4_5b = "Burkinische Diplomaten hat Paris bislang nicht ausgewiesen."
B4_6 = "Bereits im Dezember waren in Ouagadougou vier Franzosen festgenommen worden, die Paris als IT-Techniker bezeichnet."
B4_7 = ("Die Militärregierung von Hauptmann Ibrahim Traoré hatte 2023 den Abzug der französischen Truppen verlangt "
        "und die Sender RFI und France 24 abgeschaltet.")
B4_8 = "Die Soldaten verließen das Land im Februar 2023."
B4_9 = "Im Januar trafen die ersten russischen Militärausbilder in Ouagadougou ein."
B4_10 = "Regierungssprecher Jean-Emmanuel Ouédraogo sagte im Staatsfernsehen: »Burkina Faso wählt seine Partner selbst.«"

DE04 = article(
    "hm62-de-04", "de", "2024-04-18", "Burkina Faso weist französische Diplomaten aus",
    paragraphs([B4_1, B4_2, B4_3], [B4_4, B4_5, B4_5b, B4_6], [B4_7, B4_8, B4_9, B4_10]),
    [
        event("SANCTION", BFA, FRA2, B4_1, mode="expel"),
        event("SANCTION", BFA, FRA2, B4_2, mode="expel", date="2024-04-18"),
        event("ACCUSE", BFA, FRA2, B4_3, mode="allege"),
        event("THREATEN", FRA2, BFA, B4_5),
        event("SANCTION", FRA2, BFA, B4_5b, mode="expel", negated=True),
        event("COERCE", BFA_SEC, FR_NATIONALS, B4_6, mode="arrest", location="Ouagadougou",
              location_country="BFA"),
        event("REQUEST", BFA, FRA_MIL, B4_7, mode="yield"),
        event("COERCE", BFA, RFI, B4_7, mode="censor"),
        event("COERCE", BFA, F24, B4_7, mode="censor"),
        event("RETREAT", FRA_MIL, BFA, B4_8, mode="withdraw"),
        event("AID", RUS_MIL, BFA, B4_9, location="Ouagadougou", location_country="BFA"),
    ],
    [
        quote("subversiver Aktivitäten", "Government of Burkina Faso", "direct"),
        quote("Die Mitarbeiter der Botschaft in Ouagadougou müssten das Land binnen 48 Stunden verlassen", BFA_MFA,
              "indirect"),
        quote("Einer von ihnen habe sich mehrfach mit Gegnern der Regierung getroffen", BFA_MFA, "indirect"),
        quote("Man behalte sich eine angemessene Antwort vor", QUAI_SPOX, "indirect"),
        quote("Burkina Faso wählt seine Partner selbst", "Jean-Emmanuel Ouédraogo", "direct"),
    ],
    [
        entity("Burkina Faso", "GPE", "BFA", ["Burkina Faso", "das Land"]),
        entity("French diplomats in Burkina Faso", "PER", "FRA", ["drei französische Diplomaten",
                                                                  "Die Mitarbeiter der Botschaft in Ouagadougou",
                                                                  "Einer von ihnen"]),
        entity("Embassy of France in Ouagadougou", "ORG", "FRA", ["der Botschaft in Ouagadougou"]),
        entity("Ouagadougou", "LOC", "BFA", ["Ouagadougou"]),
        entity("Ministry of Foreign Affairs of Burkina Faso", "ORG", "BFA", ["des Außenministeriums",
                                                                             "das Ministerium"]),
        entity("France", "GPE", "FRA", ["Paris"]),
        entity("Burkinabe diplomats", "PER", "BFA", ["Burkinische Diplomaten"]),
        entity(QUAI_SPOX, "PER", "FRA", ["ein Sprecher des Außenministeriums am Quai d'Orsay"]),
        entity("French nationals detained in Burkina Faso", "PER", "FRA", ["vier Franzosen"]),
        entity("Government of Burkina Faso", "ORG", "BFA", ["Die Militärregierung von Hauptmann Ibrahim Traoré"]),
        entity("Ibrahim Traoré", "PER", "BFA", ["Hauptmann Ibrahim Traoré"]),
        entity("French Armed Forces", "ORG", "FRA", ["der französischen Truppen", "Die Soldaten"]),
        entity("Radio France Internationale", "ORG", "FRA", ["RFI"]),
        entity("France 24", "ORG", "FRA", ["France 24"]),
        entity("Russian military instructors", "ORG", "RUS", ["die ersten russischen Militärausbilder"]),
        entity("Jean-Emmanuel Ouédraogo", "PER", "BFA", ["Regierungssprecher Jean-Emmanuel Ouédraogo"]),
    ],
)

# --------------------------------------------------------------------------------------------
# hm62-en-01 Senegal: Sonko verdict
SEN_COURT = actor("Criminal Chamber of Dakar", "SEN", "JUD")
SONKO = actor("Ousmane Sonko", "SEN", "OPP")
SONKO_SUPP = actor("Sonko supporters", "SEN", "OPP")
SEN = actor("Government of Senegal", "SEN", "GOV")
SEN_POL = actor("Senegalese police", "SEN", "COP")
DIOME = actor("Antoine Diome", "SEN", "GOV")
PASTEF = actor("PASTEF", "SEN", "PTY")
PLATFORMS = actor("social media platforms", "MNC", "BUS")
SEN_SEC = actor("Senegalese security forces", "SEN", "COP")
FAKI = actor("Moussa Faki Mahamat", "IGO", "IGO")
SEN_MIL = actor("Senegalese Armed Forces", "SEN", "MIL")

S1_1 = ("A court in Dakar on Thursday sentenced opposition leader Ousmane Sonko to two years in prison for corrupting "
        "a young woman, sparking deadly clashes across Senegal.")
S1_2 = ("Sonko's supporters set buses on fire and threw stones at police in Dakar and the southern city of "
        "Ziguinchor.")
S1_3 = "Police fired tear gas to disperse the crowds."
S1_4 = ("Interior Minister Antoine Diome said nine people had been killed and blamed Sonko's party PASTEF for "
        "“calls to violence”.")
S1_5 = ("The government restricted access to Facebook, WhatsApp and Twitter, saying the platforms were being used to "
        "spread “hateful and subversive messages”.")
S1_6 = "Sonko, who did not attend the trial, has been confined to his home by security forces since Sunday."
S1_7 = "PASTEF called the verdict “a judicial farce” and said its leader would not recognise it."
S1_8 = ("African Union Commission chairman Moussa Faki Mahamat urged the government and the opposition to exercise "
        "restraint.")
S1_9 = "President Macky Sall has not commented on the ruling."
S1_10 = "The army deployed armoured vehicles at key intersections in the capital on Friday."

EN01 = article(
    "hm62-en-01", "en", "2023-06-02", "Deadly unrest in Senegal after opposition leader Sonko is jailed",
    paragraphs([S1_1, S1_2, S1_3, S1_4], [S1_5, S1_6, S1_7], [S1_8, S1_9, S1_10]),
    [
        event("SANCTION", SEN_COURT, SONKO, S1_1, mode="convict", date="2023-06-01", location="Dakar",
              location_country="SEN"),
        event("PROTEST", SONKO_SUPP, SEN, S1_2, mode="riot", location="Dakar", location_country="SEN"),
        event("ASSAULT", SEN_POL, SONKO_SUPP, S1_3, mode="crowd-control"),
        event("ACCUSE", DIOME, PASTEF, S1_4, mode="disapprove"),
        event("COERCE", SEN, PLATFORMS, S1_5, mode="censor"),
        event("COERCE", SEN_SEC, SONKO, S1_6, mode="restrict", date="2023-05-28"),
        event("ACCUSE", PASTEF, SEN_COURT, S1_7, mode="disapprove"),
        event("REQUEST", FAKI, SEN, S1_8),
        event("REQUEST", FAKI, PASTEF, S1_8),
        event("MOBILIZE", SEN_MIL, None, S1_10, mode="troops", date="2023-06-02", location="Dakar",
              location_country="SEN"),
    ],
    [
        quote("nine people had been killed", "Antoine Diome", "indirect"),
        quote("calls to violence", "Antoine Diome", "direct"),
        quote("the platforms were being used to spread “hateful and subversive messages”", "Government of Senegal",
              "indirect"),
        quote("hateful and subversive messages", "Government of Senegal", "direct"),
        quote("a judicial farce", "PASTEF", "direct"),
        quote("its leader would not recognise it", "PASTEF", "indirect"),
    ],
    [
        entity("Criminal Chamber of Dakar", "ORG", "SEN", ["A court in Dakar"]),
        entity("Dakar", "LOC", "SEN", ["Dakar", "the capital"]),
        entity("Ousmane Sonko", "PER", "SEN", ["opposition leader Ousmane Sonko", "Sonko's", "Sonko", "his",
                                               "its leader"]),
        entity("Senegal", "GPE", "SEN", ["Senegal"]),
        entity("Sonko supporters", "ORG", "SEN", ["Sonko's supporters", "the crowds"]),
        entity("Senegalese police", "ORG", "SEN", ["police", "Police"]),
        entity("Ziguinchor", "LOC", "SEN", ["the southern city of Ziguinchor"]),
        entity("Antoine Diome", "PER", "SEN", ["Interior Minister Antoine Diome"]),
        entity("PASTEF", "ORG", "SEN", ["Sonko's party PASTEF", "PASTEF", "the opposition"]),
        entity("Government of Senegal", "ORG", "SEN", ["The government", "the government"]),
        entity("Facebook", "ORG", "MNC", ["Facebook"]),
        entity("WhatsApp", "ORG", "MNC", ["WhatsApp"]),
        entity("Twitter", "ORG", "MNC", ["Twitter"]),
        entity("Senegalese security forces", "ORG", "SEN", ["security forces"]),
        entity("Moussa Faki Mahamat", "PER", "IGO", ["African Union Commission chairman Moussa Faki Mahamat"]),
        entity("African Union Commission", "ORG", "IGO", ["African Union Commission"]),
        entity("Macky Sall", "PER", "SEN", ["President Macky Sall"]),
        entity("Senegalese Armed Forces", "ORG", "SEN", ["The army"]),
    ],
)

# --------------------------------------------------------------------------------------------
# hm62-en-02 Congo / M23 in Doha
COD = actor("Government of the Democratic Republic of the Congo", "COD", "GOV")
M23 = actor("M23", "COD", "REB")
MBONIMPA = actor("Benjamin Mbonimpa", "COD", "REB")
FARDC = actor("Armed Forces of the Democratic Republic of the Congo", "COD", "MIL")
RWA = actor("Government of Rwanda", "RWA", "GOV")
RWA_INT = actor("Rwandan intelligence officials", "RWA", "GOV")
COD_INT = actor("Congolese intelligence officials", "COD", "GOV")
USA = actor("Government of the United States", "USA", "GOV")
MUYAYA = actor("Patrick Muyaya", "COD", "GOV")

C2_1 = ("The Democratic Republic of Congo and the M23 rebels signed a declaration of principles in Doha on Saturday, "
        "committing to a permanent ceasefire in eastern Congo.")
C2_2 = ("Qatar's minister of state Mohammed Al-Khulaifi, who mediated the talks, said talks on a comprehensive peace "
        "agreement would begin by August 8.")
C2_3 = "Both sides agreed to release prisoners, with the International Committee of the Red Cross acting as intermediary."
C2_4 = "M23 negotiator Benjamin Mbonimpa told reporters the rebels would not withdraw from Goma or Bukavu."
C2_5 = ("Government spokesman Patrick Muyaya said Kinshasa’s “red line” remained the rebels’ withdrawal from all "
        "occupied territory.")
C2_6 = "On the ground, the army accused M23 of shelling villages near Walikale in North Kivu."
C2_7 = "The deal follows a peace agreement signed by Congo and Rwanda in Washington last month."
C2_8 = "Rwanda denies backing the M23."
C2_9 = ("Congolese and Rwandan intelligence officials met in Kinshasa on Friday and began sharing information on armed "
        "groups.")
C2_10 = ("U.S. envoy Massad Boulos called the Doha text “a significant step” and said Washington would help fund "
         "reconstruction in the east.")

EN02 = article(
    "hm62-en-02", "en", "2025-07-19", "Congo and M23 rebels sign declaration of principles in Doha",
    paragraphs([C2_1, C2_2, C2_3], [C2_4, C2_5, C2_6], [C2_7, C2_8, C2_9, C2_10]),
    [
        event("SUPPORT", COD, M23, C2_1, date="2025-07-19", location="Doha", location_country="QAT"),
        event("AGREE", COD, M23, C2_1, date="2025-07-19", location="Doha", location_country="QAT"),
        event("CONSULT", COD, M23, C2_1, mode="third-party", date="2025-07-19", location="Doha",
              location_country="QAT"),
        event("CONCEDE", COD, M23, C2_3),
        event("CONCEDE", M23, COD, C2_3),
        event("REJECT", MBONIMPA, COD, C2_4, mode="yield"),
        event("REQUEST", MUYAYA, M23, C2_5, mode="yield"),
        event("ACCUSE", FARDC, M23, C2_6, mode="allege"),
        event("SUPPORT", COD, RWA, C2_7, location="Washington", location_country="USA"),
        event("CONSULT", RWA_INT, COD_INT, C2_9, mode="visit", date="2025-07-18", location="Kinshasa",
              location_country="COD"),
        event("COOPERATE", RWA_INT, COD_INT, C2_9, date="2025-07-18"),
        event("AGREE", USA, COD, C2_10),
    ],
    [
        quote("talks on a comprehensive peace agreement would begin by August 8", "Mohammed Al-Khulaifi", "indirect"),
        quote("the rebels would not withdraw from Goma or Bukavu", "Benjamin Mbonimpa", "indirect"),
        quote("Kinshasa’s “red line” remained the rebels’ withdrawal from all occupied territory", "Patrick Muyaya",
              "indirect"),
        quote("red line", "Patrick Muyaya", "direct"),
        quote("a significant step", "Massad Boulos", "direct"),
        quote("Washington would help fund reconstruction in the east", "Massad Boulos", "indirect"),
    ],
    [
        entity("Democratic Republic of the Congo", "GPE", "COD", ["The Democratic Republic of Congo", "Kinshasa’s",
                                                                  "Congo"]),
        entity("M23", "ORG", "COD", ["the M23 rebels", "the rebels", "M23", "the M23"]),
        entity("Doha", "LOC", "QAT", ["Doha"]),
        entity("Qatar", "GPE", "QAT", ["Qatar's"]),
        entity("Mohammed Al-Khulaifi", "PER", "QAT", ["Qatar's minister of state Mohammed Al-Khulaifi"]),
        entity("International Committee of the Red Cross", "ORG", "NGO", ["the International Committee of the Red Cross"]),
        entity("Benjamin Mbonimpa", "PER", "COD", ["M23 negotiator Benjamin Mbonimpa"]),
        entity("Goma", "LOC", "COD", ["Goma"]),
        entity("Bukavu", "LOC", "COD", ["Bukavu"]),
        entity("Patrick Muyaya", "PER", "COD", ["Government spokesman Patrick Muyaya"]),
        entity("Armed Forces of the Democratic Republic of the Congo", "ORG", "COD", ["the army"]),
        entity("Walikale", "LOC", "COD", ["Walikale"]),
        entity("North Kivu", "LOC", "COD", ["North Kivu"]),
        entity("Rwanda", "GPE", "RWA", ["Rwanda"]),
        entity("Congolese intelligence officials", "ORG", "COD", ["Congolese and Rwandan intelligence officials"]),
        entity("Rwandan intelligence officials", "ORG", "RWA", ["Congolese and Rwandan intelligence officials"]),
        entity("Kinshasa", "LOC", "COD", ["Kinshasa"]),
        entity("Massad Boulos", "PER", "USA", ["U.S. envoy Massad Boulos"]),
        entity("United States", "GPE", "USA", ["U.S.", "Washington"]),
    ],
)

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
