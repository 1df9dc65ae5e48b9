"""Round 473: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, Middle East and North Africa; invented wording and details):
- hm473-de-01: Iraq: security forces arrest suspects after a bomb and arson attacks on KFC and Lee's Famous Recipe branches in Baghdad; Yahya Rasool condemns, Sudani orders guards for foreign firms, Kataib Hezbollah denies but had called for a boycott, the US embassy condemns and demands justice, Sudani's April White House visit and the group's January halt of attacks recalled (2024-06-04).
- hm473-de-02: Iran/Germany: German-Iranian women's rights activist Nahid Taghavi freed after more than four years and back in Frankfurt; Baerbock welcomes it and demands the release of other Germans, her 2020 arrest and 2021 sentence, Sharmahd's execution, the closed consulates and the recalled ambassador, Tehran's accusation, Amnesty's "hostage diplomacy" charge (2025-01-13).
- hm473-de-03: Morocco: medical students end their year-long boycott of lectures and exams after an agreement mediated by Ombudsman Hassan Tariq; sanctions on student leaders lifted, El Midaoui welcomes it but gives no return to seven years, the September sit-in in Rabat broken up with arrests, suspensions, Miraoui's refusal to talk, the PJD blames Akhannouch, doctors' strikes (2024-11-19).
- hm473-de-04: Saudi Arabia/Canada: Ottawa and Riyadh agree to restore full diplomatic relations and return ambassadors; the Trudeau-MBS talk in Bangkok, Joly's "important step", the 2018 tweet on Samar Badawi, Horak's expulsion, the trade freeze and the recall of Saudi students, Raif Badawi's sentence, release and travel ban, Ensaf Haidar's criticism (2023-05-25).
- hm473-en-01: Iran: the Supreme Court upholds the death sentence against Kurdish social worker Pakhshan Azizi; her lawyer objects and seeks a retrial, her 2023 arrest and July sentence for "baghi", Amnesty and U.N. experts demand a halt, Varisheh Moradi's death sentence and hunger strike, a protest at the Iranian embassy in London (2025-01-08).
- hm473-en-02: Yemen: U.S. and British air strikes hit 13 Houthi targets and the rebels report 16 dead in Hodeidah; CENTCOM and the British ministry report them, Saree condemns and threatens, the claimed attack on the USS Eisenhower, the downed MQ-9 Reaper over Marib, the attack on the Laax and Greece's condemnation, the Aden government blames Iran, Grundberg urges restraint (2024-05-31).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm473-de-01 (Iraq, attacks on US restaurant chains)
IRQ_SECURITY = actor("Iraqi security forces", "IRQ", "COP")
IRQ_SUSPECTS = actor("suspects in the Baghdad restaurant attacks", "IRQ", "CVL")
IRQ_ATTACKERS = actor("attackers on US restaurant chains in Baghdad", "IRQ", "CVL")
KFC = actor("KFC", "USA", "BUS")
LEES = actor("Lee's Famous Recipe Chicken", "USA", "BUS")
RASOOL = actor("Yahya Rasool", "IRQ", "MIL")
SUDANI = actor("Mohammed Shia al-Sudani", "IRQ", "GOV")
KATAIB = actor("Kataib Hezbollah", "IRQ", "REB")
USA_GOV_1 = actor("Government of the United States", "USA", "GOV")
US_EMBASSY_BGW = actor("Embassy of the United States in Baghdad", "USA", "GOV")
IRQ_GOV = actor("Government of Iraq", "IRQ", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")
US_MIL = actor("United States Armed Forces", "USA", "MIL")

G1 = ("Bagdad (dpa) - Nach einer Serie von Anschlägen auf Filialen amerikanischer Schnellrestaurants in Bagdad haben "
      "die irakischen Sicherheitskräfte mehrere Verdächtige festgenommen.")
G2 = ("Unbekannte hatten in der Nacht zum Montag eine Filiale der Kette KFC in der Palästina-Straße mit einem "
      "Sprengsatz schwer beschädigt.")
G3 = "Verletzt worden sei niemand, teilte die Polizei mit."
G4 = ("Bereits in den Tagen zuvor waren zwei Restaurants der US-Kette Lee's Famous Recipe in den Stadtteilen Karrada "
      "und Mansur in Brand gesetzt worden.")
G5 = ("Der Sprecher des Oberbefehlshabers der Streitkräfte, Jahja Rasul, sprach am Dienstag von „feigen Taten“, die "
      "dem Ansehen des Irak schadeten.")
G6 = ("Die Täter hätten versucht, die Stabilität des Landes zu untergraben und ausländische Investoren abzuschrecken, "
      "sagte Rasul.")
G7 = ("Regierungschef Mohammed Schia al-Sudani ordnete an, Niederlassungen ausländischer Unternehmen in der Hauptstadt "
      "rund um die Uhr von der Polizei bewachen zu lassen.")
G8 = ("Die proiranische Miliz Kataib Hisbollah wies jede Verantwortung für die Anschläge zurück.")
G9 = ("Die Gruppe hatte allerdings in den vergangenen Wochen zum Boykott amerikanischer Waren und Firmen aufgerufen, um "
      "gegen die Unterstützung Washingtons für Israel im Gaza-Krieg zu protestieren.")
G10 = ("Die US-Botschaft in Bagdad verurteilte die Angriffe und forderte die irakische Regierung auf, die "
       "Verantwortlichen zur Rechenschaft zu ziehen.")
G11 = ("„Gewalt gegen Unternehmen schreckt Investoren ab und kostet Iraker ihre Arbeitsplätze“, hieß es in einer "
       "Mitteilung der Botschaft.")
G12 = ("Die Restaurants werden von irakischen Franchisenehmern betrieben und beschäftigen fast ausschließlich "
       "einheimisches Personal.")
G13 = ("Sudani war im April von US-Präsident Joe Biden im Weißen Haus empfangen worden und hatte dort um "
       "amerikanische Investitionen geworben.")
G14 = ("Kataib Hisbollah hatte Ende Januar ihre Angriffe auf US-Truppen im Irak und in Syrien eingestellt, nachdem bei "
       "einem Drohnenangriff in Jordanien drei amerikanische Soldaten getötet worden waren.")
G15 = "Washington macht die Miliz für den Angriff verantwortlich."
G16 = "Die Wut über den Krieg im Gazastreifen ist im Irak weit verbreitet."

DE01 = {
    "id": "hm473-de-01", "lang": "de", "url": None, "published": "2024-06-04",
    "title": "Festnahmen nach Anschlägen auf US-Schnellrestaurants in Bagdad",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7], [G8, G9, G10, G11, G12], [G13, G14, G15, G16]),
    "events": [
        event("COERCE", IRQ_SECURITY, IRQ_SUSPECTS, G1, mode="arrest", location="Baghdad", location_country="IRQ"),
        event("ASSAULT", IRQ_ATTACKERS, KFC, G2, mode="explosives", date="2024-06-03", location="Baghdad",
              location_country="IRQ"),
        event("ASSAULT", IRQ_ATTACKERS, LEES, G4, mode="destroy", location="Baghdad", location_country="IRQ"),
        event("ACCUSE", RASOOL, IRQ_ATTACKERS, G5, mode="disapprove", date="2024-06-04"),
        event("ACCUSE", RASOOL, IRQ_ATTACKERS, G6, mode="allege"),
        event("MOBILIZE", SUDANI, None, G7, mode="police", location="Baghdad", location_country="IRQ"),
        event("PROTEST", KATAIB, USA_GOV_1, G9, mode="boycott"),
        event("ACCUSE", US_EMBASSY_BGW, IRQ_ATTACKERS, G10, mode="disapprove"),
        event("REQUEST", US_EMBASSY_BGW, IRQ_GOV, G10),
        event("CONSULT", SUDANI, BIDEN, G13, mode="visit", location="White House", location_country="USA"),
        event("REQUEST", SUDANI, BIDEN, G13),
        event("RETREAT", KATAIB, US_MIL, G14, mode="ceasefire"),
        event("ACCUSE", USA_GOV_1, KATAIB, G15, mode="allege"),
    ],
    "quotes": [
        quote("Verletzt worden sei niemand", "Iraqi police", "indirect"),
        quote("feigen Taten", "Yahya Rasool", "direct"),
        quote("Die Täter hätten versucht, die Stabilität des Landes zu untergraben und ausländische Investoren "
              "abzuschrecken", "Yahya Rasool", "indirect"),
        quote("Gewalt gegen Unternehmen schreckt Investoren ab und kostet Iraker ihre Arbeitsplätze",
              "Embassy of the United States in Baghdad", "direct"),
    ],
    "entities": [
        entity("Baghdad", "LOC", "IRQ", ["Bagdad", "der Hauptstadt"]),
        entity("Iraqi security forces", "ORG", "IRQ", ["die irakischen Sicherheitskräfte"]),
        entity("suspects in the Baghdad restaurant attacks", "PER", "IRQ", ["mehrere Verdächtige"]),
        entity("attackers on US restaurant chains in Baghdad", "PER", "IRQ", ["Unbekannte", "Die Täter",
                                                                             "die Verantwortlichen"]),
        entity("KFC", "ORG", "USA", ["der Kette KFC"]),
        entity("Palestine Street", "LOC", "IRQ", ["der Palästina-Straße"]),
        entity("Iraqi police", "ORG", "IRQ", ["die Polizei", "der Polizei"]),
        entity("Lee's Famous Recipe Chicken", "ORG", "USA", ["der US-Kette Lee's Famous Recipe"]),
        entity("Karrada", "LOC", "IRQ", ["Karrada"]),
        entity("Mansour", "LOC", "IRQ", ["Mansur"]),
        entity("Yahya Rasool", "PER", "IRQ", ["Der Sprecher des Oberbefehlshabers der Streitkräfte, Jahja Rasul",
                                              "Rasul"]),
        entity("Iraq", "LOC", "IRQ", ["des Irak", "des Landes", "im Irak"]),
        entity("Mohammed Shia al-Sudani", "PER", "IRQ", ["Regierungschef Mohammed Schia al-Sudani", "Sudani"]),
        entity("Kataib Hezbollah", "ORG", "IRQ", ["Die proiranische Miliz Kataib Hisbollah", "Die Gruppe",
                                                  "Kataib Hisbollah", "die Miliz"]),
        entity("Government of the United States", "ORG", "USA", ["Washingtons", "Washington"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Embassy of the United States in Baghdad", "ORG", "USA", ["Die US-Botschaft in Bagdad",
                                                                          "der Botschaft"]),
        entity("Government of Iraq", "ORG", "IRQ", ["die irakische Regierung"]),
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden"]),
        entity("White House", "LOC", "USA", ["im Weißen Haus"]),
        entity("United States Armed Forces", "ORG", "USA", ["US-Truppen", "drei amerikanische Soldaten"]),
        entity("Syria", "LOC", "SYR", ["Syrien"]),
        entity("Jordan", "LOC", "JOR", ["Jordanien"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gazastreifen"]),
        entity("Gaza war", "MISC", None, ["Gaza-Krieg", "den Krieg im Gazastreifen"]),
    ],
}

# ---------------------------------------------------------------- hm473-de-02 (Iran/Germany, Nahid Taghavi freed)
IRN_GOV_2 = actor("Government of Iran", "IRN", "GOV")
TAGHAVI = actor("Nahid Taghavi", "DEU", "CVL")
BAERBOCK = actor("Annalena Baerbock", "DEU", "GOV")
IRN_SECURITY = actor("Iranian security forces", "IRN", "COP")
IRN_REV_COURT = actor("Revolutionary Court of Iran", "IRN", "JUD")
IRN_JUDICIARY = actor("Judiciary of Iran", "IRN", "JUD")
SHARMAHD = actor("Jamshid Sharmahd", "DEU", "CVL")
DEU_GOV = actor("Government of Germany", "DEU", "GOV")
AMNESTY_DE = actor("Amnesty International", "NGO", "NGO")

T1 = ("Berlin (dpa) - Nach mehr als vier Jahren in iranischer Haft ist die deutsch-iranische Frauenrechtlerin Nahid "
      "Taghavi freigelassen worden und nach Deutschland zurückgekehrt.")
T2 = ("Die 70-Jährige sei am Sonntagabend auf dem Frankfurter Flughafen gelandet, teilte ihre Tochter Mariam Claren "
      "auf der Plattform X mit.")
T3 = "„Sie ist frei, nach 1554 Tagen“, schrieb Claren."
T4 = "Außenministerin Annalena Baerbock begrüßte die Freilassung als „längst überfällig“."
T5 = ("Zugleich forderte die Grünen-Politikerin Teheran auf, alle weiteren zu Unrecht inhaftierten deutschen "
      "Staatsangehörigen umgehend freizulassen.")
T6 = "Taghavi war im Oktober 2020 in ihrer Wohnung in Teheran festgenommen worden."
T7 = ("Ein Revolutionsgericht verurteilte die Architektin im August 2021 wegen angeblicher Mitgliedschaft in einer "
      "illegalen Gruppe und Propaganda gegen den Staat zu zehn Jahren und acht Monaten Haft.")
T8 = "Ihre Familie und Menschenrechtsorganisationen haben die Vorwürfe stets als haltlos zurückgewiesen."
T9 = "Wie die Freilassung zustande kam, blieb zunächst unklar."
T10 = ("Nach Angaben der Familie leidet Taghavi an schweren Rückenproblemen, die im Teheraner Ewin-Gefängnis nicht "
       "angemessen behandelt worden seien.")
T11 = ("Die Beziehungen zwischen Berlin und Teheran sind seit der Hinrichtung des Deutsch-Iraners Jamshid Sharmahd im "
       "Oktober schwer belastet.")
T12 = "Die Bundesregierung ließ daraufhin alle drei iranischen Generalkonsulate in Deutschland schließen."
T13 = "Baerbock rief zudem den deutschen Botschafter in Teheran zu Konsultationen nach Berlin zurück."
T14 = "Teheran warf Berlin seinerseits vor, einen „Terroristen“ zu schützen."
T15 = ("Amnesty International sprach von „Geiseldiplomatie“ und forderte Iran auf, ausländische und doppelte "
       "Staatsbürger nicht länger als Faustpfand zu missbrauchen.")

DE02 = {
    "id": "hm473-de-02", "lang": "de", "url": None, "published": "2025-01-13",
    "title": "Deutsch-Iranerin Nahid Taghavi nach mehr als vier Jahren frei",
    "text": paragraphs([T1, T2, T3], [T4, T5], [T6, T7, T8], [T9, T10], [T11, T12, T13, T14, T15]),
    "events": [
        event("RETREAT", IRN_GOV_2, TAGHAVI, T1, mode="release"),
        event("SUPPORT", BAERBOCK, IRN_GOV_2, T4),
        event("REQUEST", BAERBOCK, IRN_GOV_2, T5, mode="yield"),
        event("COERCE", IRN_SECURITY, TAGHAVI, T6, mode="arrest", location="Tehran", location_country="IRN"),
        event("SANCTION", IRN_REV_COURT, TAGHAVI, T7, mode="convict"),
        event("COERCE", IRN_REV_COURT, TAGHAVI, T7, mode="arrest"),
        event("ASSAULT", IRN_JUDICIARY, SHARMAHD, T11, mode="execute"),
        event("SANCTION", DEU_GOV, IRN_GOV_2, T12, mode="discontinue", location_country="DEU"),
        event("SANCTION", BAERBOCK, IRN_GOV_2, T13, mode="withdraw"),
        event("ACCUSE", IRN_GOV_2, DEU_GOV, T14, mode="disapprove"),
        event("ACCUSE", AMNESTY_DE, IRN_GOV_2, T15, mode="disapprove"),
        event("REQUEST", AMNESTY_DE, IRN_GOV_2, T15, mode="change"),
    ],
    "quotes": [
        quote("Die 70-Jährige sei am Sonntagabend auf dem Frankfurter Flughafen gelandet", "Mariam Claren",
              "indirect"),
        quote("Sie ist frei, nach 1554 Tagen", "Mariam Claren", "direct"),
        quote("längst überfällig", "Annalena Baerbock", "direct"),
        quote("Nach Angaben der Familie leidet Taghavi an schweren Rückenproblemen, die im Teheraner Ewin-Gefängnis "
              "nicht angemessen behandelt worden seien", "family of Nahid Taghavi", "indirect"),
        quote("Terroristen", "Government of Iran", "direct"),
        quote("einen „Terroristen“ zu schützen", "Government of Iran", "indirect"),
        quote("Geiseldiplomatie", "Amnesty International", "direct"),
    ],
    "entities": [
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("Nahid Taghavi", "PER", "DEU", ["die deutsch-iranische Frauenrechtlerin Nahid Taghavi",
                                               "Die 70-Jährige", "ihre", "Sie", "Taghavi", "die Architektin",
                                               "Ihre", "ihrer"]),
        entity("Germany", "LOC", "DEU", ["Deutschland"]),
        entity("Frankfurt Airport", "LOC", "DEU", ["dem Frankfurter Flughafen"]),
        entity("Mariam Claren", "PER", "DEU", ["ihre Tochter Mariam Claren", "Claren"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Annalena Baerbock", "PER", "DEU", ["Außenministerin Annalena Baerbock", "die Grünen-Politikerin",
                                                   "Baerbock"]),
        entity("Government of Iran", "ORG", "IRN", ["Teheran", "Iran"]),
        entity("Tehran", "LOC", "IRN", ["Teheran"]),
        entity("Revolutionary Court of Iran", "ORG", "IRN", ["Ein Revolutionsgericht"]),
        entity("family of Nahid Taghavi", "PER", "DEU", ["Ihre Familie", "der Familie"]),
        entity("Evin Prison", "LOC", "IRN", ["im Teheraner Ewin-Gefängnis"]),
        entity("Government of Germany", "ORG", "DEU", ["Berlin", "Die Bundesregierung"]),
        entity("Jamshid Sharmahd", "PER", "DEU", ["des Deutsch-Iraners Jamshid Sharmahd"]),
        entity("Consulates general of Iran in Germany", "ORG", "IRN", ["alle drei iranischen Generalkonsulate in "
                                                                       "Deutschland"]),
        entity("Markus Potzel", "PER", "DEU", ["den deutschen Botschafter in Teheran"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
    ],
}

# ---------------------------------------------------------------- hm473-de-03 (Morocco, medical students end boycott)
MED_STUDENTS = actor("Moroccan medical students", "MAR", "EDU")
STUDENT_COMMISSION = actor("National Commission of Medical Students", "MAR", "EDU")
MAR_GOV = actor("Government of Morocco", "MAR", "GOV")
TARIQ = actor("Hassan Tariq", "MAR", "GOV")
MAR_HIGHER_ED = actor("Ministry of Higher Education of Morocco", "MAR", "GOV")
EL_MIDAOUI = actor("Azzedine El Midaoui", "MAR", "GOV")
MAR_POLICE = actor("Moroccan police", "MAR", "COP")
MAR_UNIVERSITIES = actor("Moroccan public universities", "MAR", "EDU")
MIRAOUI = actor("Abdellatif Miraoui", "MAR", "GOV")
PJD = actor("Justice and Development Party", "MAR", "OPP")
AKHANNOUCH_GOV = actor("Government of Aziz Akhannouch", "MAR", "GOV")
MAR_DOCTORS = actor("Moroccan public hospital doctors", "MAR", "CVL")

M1 = ("Rabat (dpa) - In Marokko haben Medizinstudenten nach fast einem Jahr ihren Boykott von Vorlesungen und "
      "Prüfungen beendet.")
M2 = ("Bei einer landesweiten Abstimmung habe sich am Montag eine große Mehrheit der Studierenden für eine "
      "Vereinbarung mit der Regierung ausgesprochen, teilte ihre Nationale Kommission mit.")
M3 = "Vermittelt hatte der Ombudsmann des Königreichs, Hassan Tariq."
M4 = ("Die Vereinbarung sieht vor, dass Disziplinarstrafen gegen suspendierte Studentenvertreter aufgehoben und "
      "Nachholtermine für die verpassten Prüfungen angeboten werden.")
M5 = "Hochschulminister Azzedine El Midaoui sprach von einem „Sieg der Vernunft“."
M6 = "Die Studenten sollten so schnell wie möglich in die Hörsäle und Kliniken zurückkehren, sagte er."
M7 = "Eine Rückkehr zur siebenjährigen Ausbildung sagte das Ministerium jedoch nicht zu."
M8 = ("Die Studenten hatten den Boykott im Dezember 2023 begonnen, nachdem die Regierung das Medizinstudium von "
      "sieben auf sechs Jahre verkürzt hatte.")
M9 = "Sie warfen der Regierung vor, die Qualität der Ausbildung dem Ziel von mehr Absolventen zu opfern."
M10 = ("Im September hatte die Polizei eine Sitzblockade von Studenten vor dem Parlament in Rabat aufgelöst und "
       "mehrere Teilnehmer vorübergehend festgenommen.")
M11 = "Mehrere Universitäten suspendierten zudem Dutzende Studentenvertreter."
M12 = ("El Midaouis Vorgänger Abdellatif Miraoui hatte Gespräche mit der Studentenkommission monatelang "
       "abgelehnt.")
M13 = "Er war im Oktober bei einer Kabinettsumbildung ersetzt worden."
M14 = ("Die oppositionelle Partei für Gerechtigkeit und Entwicklung (PJD) warf der Regierung von Ministerpräsident "
       "Aziz Akhannouch vor, die Krise aus Sturheit verschleppt zu haben.")
M15 = "Auch Ärzte in öffentlichen Krankenhäusern hatten in diesem Jahr wiederholt für höhere Löhne gestreikt."
M16 = ("Nach Angaben des Gesundheitsministeriums fehlen dem nordafrikanischen Land rund 32.000 Ärztinnen und "
       "Ärzte.")

DE03 = {
    "id": "hm473-de-03", "lang": "de", "url": None, "published": "2024-11-19",
    "title": "Marokkos Medizinstudenten beenden monatelangen Boykott",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6, M7], [M8, M9, M10, M11], [M12, M13, M14], [M15, M16]),
    "events": [
        event("RETREAT", MED_STUDENTS, MAR_GOV, M1, location_country="MAR"),
        event("AGREE", MED_STUDENTS, MAR_GOV, M2, date="2024-11-18"),
        event("CONSULT", TARIQ, MED_STUDENTS, M3, mode="third-party"),
        event("CONSULT", TARIQ, MAR_GOV, M3, mode="third-party"),
        event("CONCEDE", MAR_GOV, MED_STUDENTS, M4),
        event("SUPPORT", EL_MIDAOUI, MED_STUDENTS, M5),
        event("REQUEST", EL_MIDAOUI, MED_STUDENTS, M6),
        event("CONCEDE", MAR_HIGHER_ED, MED_STUDENTS, M7, negated=True),
        event("PROTEST", MED_STUDENTS, MAR_GOV, M8, mode="boycott"),
        event("ACCUSE", MED_STUDENTS, MAR_GOV, M9, mode="disapprove"),
        event("PROTEST", MED_STUDENTS, MAR_GOV, M10, mode="demo", location="Rabat", location_country="MAR"),
        event("COERCE", MAR_POLICE, MED_STUDENTS, M10, mode="arrest", location="Rabat", location_country="MAR"),
        event("COERCE", MAR_UNIVERSITIES, MED_STUDENTS, M11, mode="restrict"),
        event("REJECT", MIRAOUI, STUDENT_COMMISSION, M12, mode="meet"),
        event("ACCUSE", PJD, AKHANNOUCH_GOV, M14, mode="disapprove"),
        event("PROTEST", MAR_DOCTORS, MAR_GOV, M15, mode="strike"),
    ],
    "quotes": [
        quote("Bei einer landesweiten Abstimmung habe sich am Montag eine große Mehrheit der Studierenden für eine "
              "Vereinbarung mit der Regierung ausgesprochen", "National Commission of Medical Students", "indirect"),
        quote("Sieg der Vernunft", "Azzedine El Midaoui", "direct"),
        quote("Die Studenten sollten so schnell wie möglich in die Hörsäle und Kliniken zurückkehren",
              "Azzedine El Midaoui", "indirect"),
        quote("die Qualität der Ausbildung dem Ziel von mehr Absolventen zu opfern", "Moroccan medical students",
              "indirect"),
        quote("die Krise aus Sturheit verschleppt zu haben", "Justice and Development Party", "indirect"),
        quote("Nach Angaben des Gesundheitsministeriums fehlen dem nordafrikanischen Land rund 32.000 Ärztinnen und "
              "Ärzte", "Ministry of Health of Morocco", "indirect"),
    ],
    "entities": [
        entity("Rabat", "LOC", "MAR", ["Rabat"]),
        entity("Morocco", "LOC", "MAR", ["Marokko", "des Königreichs", "dem nordafrikanischen Land"]),
        entity("Moroccan medical students", "PER", "MAR", ["Medizinstudenten", "der Studierenden",
                                                           "Die Studenten", "Sie", "Studenten"]),
        entity("National Commission of Medical Students", "ORG", "MAR", ["ihre Nationale Kommission",
                                                                         "der Studentenkommission"]),
        entity("Government of Morocco", "ORG", "MAR", ["der Regierung", "die Regierung"]),
        entity("Hassan Tariq", "PER", "MAR", ["der Ombudsmann des Königreichs, Hassan Tariq"]),
        entity("suspended student representatives", "PER", "MAR", ["suspendierte Studentenvertreter",
                                                                   "Dutzende Studentenvertreter"]),
        entity("Azzedine El Midaoui", "PER", "MAR", ["Hochschulminister Azzedine El Midaoui", "er",
                                                     "El Midaouis"]),
        entity("Ministry of Higher Education of Morocco", "ORG", "MAR", ["das Ministerium"]),
        entity("Moroccan police", "ORG", "MAR", ["die Polizei"]),
        entity("Parliament of Morocco", "ORG", "MAR", ["dem Parlament in Rabat"]),
        entity("Moroccan public universities", "ORG", "MAR", ["Mehrere Universitäten"]),
        entity("Abdellatif Miraoui", "PER", "MAR", ["El Midaouis Vorgänger Abdellatif Miraoui", "Er"]),
        entity("Justice and Development Party", "ORG", "MAR", ["Die oppositionelle Partei für Gerechtigkeit und "
                                                               "Entwicklung (PJD)"]),
        entity("Government of Aziz Akhannouch", "ORG", "MAR", ["der Regierung von Ministerpräsident Aziz "
                                                               "Akhannouch"]),
        entity("Aziz Akhannouch", "PER", "MAR", ["Ministerpräsident Aziz Akhannouch"]),
        entity("Moroccan public hospital doctors", "PER", "MAR", ["Ärzte in öffentlichen Krankenhäusern"]),
        entity("Ministry of Health of Morocco", "ORG", "MAR", ["des Gesundheitsministeriums"]),
    ],
}

# ---------------------------------------------------------------- hm473-de-04 (Saudi Arabia/Canada, relations restored)
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
SAU_GOV = actor("Government of Saudi Arabia", "SAU", "GOV")
GAC = actor("Global Affairs Canada", "CAN", "GOV")
TRUDEAU = actor("Justin Trudeau", "CAN", "GOV")
MBS = actor("Mohammed bin Salman", "SAU", "GOV")
JOLY = actor("Mélanie Joly", "CAN", "GOV")
SAU_COURT = actor("Saudi judiciary", "SAU", "JUD")
RAIF_BADAWI = actor("Raif Badawi", "SAU", "CVL")
HAIDAR = actor("Ensaf Haidar", "CAN", "CVL")

C1 = ("Ottawa/Riad (dpa) - Kanada und Saudi-Arabien haben sich knapp fünf Jahre nach einem heftigen Streit über "
      "Menschenrechte auf die vollständige Wiederherstellung ihrer diplomatischen Beziehungen verständigt.")
C2 = "Beide Länder würden wieder Botschafter entsenden, teilte das kanadische Außenministerium am Mittwoch mit."
C3 = "Neuer kanadischer Botschafter in Riad soll der Diplomat Jean-Philippe Linteau werden."
C4 = ("Die Annäherung hatten Premierminister Justin Trudeau und Kronprinz Mohammed bin Salman im November bei einem "
      "Gespräch am Rande des Apec-Gipfels in Bangkok vereinbart.")
C5 = ("Außenministerin Mélanie Joly sprach von einem „wichtigen Schritt“, betonte aber, Kanada werde sich weiterhin "
      "für Menschenrechte einsetzen.")
C6 = "„Wir werden nicht aufhören, schwierige Fragen anzusprechen“, sagte sie vor Journalisten in Ottawa."
C7 = ("Der Streit war im August 2018 eskaliert, nachdem das kanadische Außenministerium auf Twitter die sofortige "
      "Freilassung inhaftierter Frauenrechtlerinnen gefordert hatte, darunter Samar Badawi.")
C8 = ("Riad wies daraufhin den kanadischen Botschafter Dennis Horak aus und rief den eigenen Botschafter aus Ottawa "
      "zurück.")
C9 = "Zudem fror das Königreich alle neuen Handels- und Investitionsgeschäfte mit Kanada ein."
C10 = "Die saudische Führung sprach damals von einer „eklatanten Einmischung“ in innere Angelegenheiten."
C11 = "Tausende saudische Stipendiaten mussten auf Anweisung Riads kanadische Universitäten verlassen."
C12 = ("Samar Badawi ist die Schwester des Bloggers Raif Badawi, der 2014 zu zehn Jahren Haft und 1000 "
       "Peitschenhieben verurteilt worden war.")
C13 = ("Er kam im März 2022 frei, darf das Königreich wegen eines zehnjährigen Ausreiseverbots aber nicht "
       "verlassen.")
C14 = "Seine Frau Ensaf Haidar, die mit den drei Kindern in Québec lebt, kritisierte die Annäherung scharf."
C15 = "Ottawa habe die Familie „im Stich gelassen“, sagte sie dem Sender CBC."
C16 = "Das Ausreiseverbot hob Riad trotz wiederholter kanadischer Appelle bislang nicht auf."

DE04 = {
    "id": "hm473-de-04", "lang": "de", "url": None, "published": "2023-05-25",
    "title": "Kanada und Saudi-Arabien legen diplomatischen Streit bei",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6], [C7, C8, C9, C10, C11], [C12, C13, C14, C15, C16]),
    "events": [
        event("AGREE", CAN_GOV, SAU_GOV, C1),
        event("AGREE", CAN_GOV, SAU_GOV, C2, date="2023-05-24"),
        event("CONSULT", TRUDEAU, MBS, C4, mode="multilateral", location="Bangkok", location_country="THA"),
        event("AGREE", TRUDEAU, MBS, C4, location="Bangkok", location_country="THA"),
        event("SUPPORT", JOLY, SAU_GOV, C5),
        event("REQUEST", GAC, SAU_GOV, C7, mode="yield"),
        event("SANCTION", SAU_GOV, CAN_GOV, C8, mode="expel"),
        event("SANCTION", SAU_GOV, CAN_GOV, C9, mode="discontinue"),
        event("ACCUSE", SAU_GOV, CAN_GOV, C10, mode="disapprove"),
        event("SANCTION", SAU_GOV, CAN_GOV, C11, mode="withdraw"),
        event("SANCTION", SAU_COURT, RAIF_BADAWI, C12, mode="convict"),
        event("COERCE", SAU_COURT, RAIF_BADAWI, C12, mode="arrest"),
        event("RETREAT", SAU_GOV, RAIF_BADAWI, C13, mode="release"),
        event("COERCE", SAU_GOV, RAIF_BADAWI, C13, mode="restrict"),
        event("ACCUSE", HAIDAR, CAN_GOV, C14, mode="disapprove"),
        event("ACCUSE", HAIDAR, CAN_GOV, C15, mode="disapprove"),
        event("CONCEDE", SAU_GOV, RAIF_BADAWI, C16, negated=True),
        event("REQUEST", CAN_GOV, SAU_GOV, C16, mode="yield"),
    ],
    "quotes": [
        quote("Beide Länder würden wieder Botschafter entsenden", "Global Affairs Canada", "indirect"),
        quote("wichtigen Schritt", "Mélanie Joly", "direct"),
        quote("Kanada werde sich weiterhin für Menschenrechte einsetzen", "Mélanie Joly", "indirect"),
        quote("Wir werden nicht aufhören, schwierige Fragen anzusprechen", "Mélanie Joly", "direct"),
        quote("eklatanten Einmischung", "Government of Saudi Arabia", "direct"),
        quote("im Stich gelassen", "Ensaf Haidar", "direct"),
        quote("Ottawa habe die Familie „im Stich gelassen“", "Ensaf Haidar", "indirect"),
    ],
    "entities": [
        entity("Ottawa", "LOC", "CAN", ["Ottawa"]),
        entity("Riyadh", "LOC", "SAU", ["Riad"]),
        entity("Canada", "LOC", "CAN", ["Kanada"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi-Arabien", "das Königreich"]),
        entity("Government of Canada", "ORG", "CAN", ["Kanada", "Ottawa"]),
        entity("Government of Saudi Arabia", "ORG", "SAU", ["Saudi-Arabien", "Riad", "das Königreich",
                                                            "Die saudische Führung", "Riads"]),
        entity("Global Affairs Canada", "ORG", "CAN", ["das kanadische Außenministerium"]),
        entity("Jean-Philippe Linteau", "PER", "CAN", ["der Diplomat Jean-Philippe Linteau"]),
        entity("Justin Trudeau", "PER", "CAN", ["Premierminister Justin Trudeau"]),
        entity("Mohammed bin Salman", "PER", "SAU", ["Kronprinz Mohammed bin Salman"]),
        entity("APEC", "ORG", "IGO", ["Apec"]),
        entity("Bangkok", "LOC", "THA", ["Bangkok"]),
        entity("Mélanie Joly", "PER", "CAN", ["Außenministerin Mélanie Joly", "sie"]),
        entity("Twitter", "ORG", "USA", ["Twitter"]),
        entity("Saudi women's rights activists", "PER", "SAU", ["inhaftierter Frauenrechtlerinnen"]),
        entity("Samar Badawi", "PER", "SAU", ["Samar Badawi"]),
        entity("Dennis Horak", "PER", "CAN", ["den kanadischen Botschafter Dennis Horak"]),
        entity("Saudi ambassador to Canada", "PER", "SAU", ["den eigenen Botschafter"]),
        entity("Saudi students in Canada", "PER", "SAU", ["Tausende saudische Stipendiaten"]),
        entity("Raif Badawi", "PER", "SAU", ["des Bloggers Raif Badawi", "Er", "Seine"]),
        entity("Ensaf Haidar", "PER", "CAN", ["Seine Frau Ensaf Haidar", "sie"]),
        entity("Québec", "LOC", "CAN", ["Québec"]),
        entity("CBC", "ORG", "CAN", ["dem Sender CBC"]),
    ],
}

# ---------------------------------------------------------------- hm473-en-01 (Iran, Pakhshan Azizi death sentence)
IRN_SUPREME = actor("Supreme Court of Iran", "IRN", "JUD")
AZIZI = actor("Pakhshan Azizi", "IRN", "CVL")
RAEISIAN = actor("Amir Raeisian", "IRN", "CVL")
IRN_MOI = actor("Ministry of Intelligence of Iran", "IRN", "GOV")
IRN_REV_COURT_E = actor("Revolutionary Court of Iran", "IRN", "JUD")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
IRN_AUTH = actor("Government of Iran", "IRN", "GOV")
UN_EXPERTS = actor("United Nations human rights experts", "UNO", "IGO")
MORADI = actor("Varisheh Moradi", "IRN", "CVL")
KURD_ACTIVISTS = actor("Kurdish activists in London", "IRN", "CVL")

A1 = ("DUBAI, United Arab Emirates (AP) — Iran's Supreme Court has upheld the death sentence against Pakhshan Azizi, "
      "a Kurdish social worker convicted of armed rebellion, her lawyer said Wednesday.")
A2 = ("Amir Raeisian told the reformist daily Shargh that the verdict had been confirmed without the court hearing "
      "the defense's arguments.")
A3 = "He said he had filed a request for a retrial on Tuesday."
A4 = "Azizi, 40, was arrested by intelligence agents in Tehran in August 2023."
A5 = ("A Revolutionary Court sentenced her to death in July on charges of \"baghi,\" or armed rebellion against the "
      "state, over alleged membership in the Kurdish militant group PJAK.")
A6 = "Azizi has denied the charge."
A7 = ("Her family says she spent years helping women and children displaced by the Islamic State group in camps in "
      "northeastern Syria.")
A8 = "Amnesty International called on Iranian authorities to quash the sentence and release her immediately."
A9 = ("\"Pakhshan Azizi is facing execution for her humanitarian work,\" the London-based rights group said in a "
      "statement.")
A10 = "U.N. human rights experts had urged Tehran in October to halt the execution."
A11 = "Iran's judiciary did not respond to a request for comment."
A12 = "Another Kurdish activist, Varisheh Moradi, was sentenced to death by the same court in November."
A13 = "Moradi began a hunger strike in Tehran's Evin prison last month to protest the sentence."
A14 = ("More than 900 people were executed in Iran in 2024, according to the U.N. human rights office, the highest "
       "number in nearly a decade.")
A15 = ("Dozens of Kurdish activists rallied outside the Iranian Embassy in London on Tuesday, demanding that both "
       "women be freed.")

EN01 = {
    "id": "hm473-en-01", "lang": "en", "url": None, "published": "2025-01-08",
    "title": "Iran's Supreme Court upholds death sentence for Kurdish social worker, lawyer says",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7], [A8, A9, A10, A11], [A12, A13, A14], [A15]),
    "events": [
        event("SANCTION", IRN_SUPREME, AZIZI, A1, mode="convict"),
        event("ACCUSE", RAEISIAN, IRN_SUPREME, A2, mode="disapprove"),
        event("REQUEST", RAEISIAN, IRN_SUPREME, A3, date="2025-01-07"),
        event("COERCE", IRN_MOI, AZIZI, A4, mode="arrest", location="Tehran", location_country="IRN"),
        event("SANCTION", IRN_REV_COURT_E, AZIZI, A5, mode="convict"),
        event("REQUEST", AMNESTY, IRN_AUTH, A8, mode="yield"),
        event("ACCUSE", AMNESTY, IRN_AUTH, A9, mode="disapprove"),
        event("REQUEST", UN_EXPERTS, IRN_AUTH, A10),
        event("SANCTION", IRN_REV_COURT_E, MORADI, A12, mode="convict"),
        event("PROTEST", MORADI, IRN_AUTH, A13, mode="hunger", location="Evin prison", location_country="IRN"),
        event("PROTEST", KURD_ACTIVISTS, IRN_AUTH, A15, mode="demo", date="2025-01-07", location="London",
              location_country="GBR"),
        event("REQUEST", KURD_ACTIVISTS, IRN_AUTH, A15, mode="yield", date="2025-01-07", location="London",
              location_country="GBR"),
    ],
    "quotes": [
        quote("Iran's Supreme Court has upheld the death sentence against Pakhshan Azizi, a Kurdish social worker "
              "convicted of armed rebellion", "Amir Raeisian", "indirect"),
        quote("the verdict had been confirmed without the court hearing the defense's arguments", "Amir Raeisian",
              "indirect"),
        quote("he had filed a request for a retrial on Tuesday", "Amir Raeisian", "indirect"),
        quote("baghi", "Revolutionary Court of Iran", "direct"),
        quote("she spent years helping women and children displaced by the Islamic State group in camps in "
              "northeastern Syria", "family of Pakhshan Azizi", "indirect"),
        quote("Pakhshan Azizi is facing execution for her humanitarian work", "Amnesty International", "direct"),
        quote("More than 900 people were executed in Iran in 2024", "Office of the United Nations High "
              "Commissioner for Human Rights", "indirect"),
    ],
    "entities": [
        entity("Dubai", "LOC", "ARE", ["DUBAI"]),
        entity("United Arab Emirates", "LOC", "ARE", ["United Arab Emirates"]),
        entity("Supreme Court of Iran", "ORG", "IRN", ["Iran's Supreme Court", "the court"]),
        entity("Pakhshan Azizi", "PER", "IRN", ["Pakhshan Azizi", "a Kurdish social worker convicted of armed "
                                                "rebellion", "her", "Azizi", "Her", "she"]),
        entity("Amir Raeisian", "PER", "IRN", ["her lawyer", "Amir Raeisian", "He", "he"]),
        entity("Shargh", "ORG", "IRN", ["the reformist daily Shargh"]),
        entity("Ministry of Intelligence of Iran", "ORG", "IRN", ["intelligence agents"]),
        entity("Tehran", "LOC", "IRN", ["Tehran", "Tehran's"]),
        entity("Revolutionary Court of Iran", "ORG", "IRN", ["A Revolutionary Court", "the same court"]),
        entity("PJAK", "ORG", "IRN", ["the Kurdish militant group PJAK"]),
        entity("family of Pakhshan Azizi", "PER", "IRN", ["Her family"]),
        entity("Islamic State", "ORG", "IRQ", ["the Islamic State group"]),
        entity("Syria", "LOC", "SYR", ["northeastern Syria"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International", "the London-based rights group"]),
        entity("Government of Iran", "ORG", "IRN", ["Iranian authorities", "Tehran"]),
        entity("United Nations human rights experts", "PER", "UNO", ["U.N. human rights experts"]),
        entity("Judiciary of Iran", "ORG", "IRN", ["Iran's judiciary"]),
        entity("Varisheh Moradi", "PER", "IRN", ["Another Kurdish activist, Varisheh Moradi", "Moradi"]),
        entity("Evin Prison", "LOC", "IRN", ["Tehran's Evin prison"]),
        entity("Iran", "LOC", "IRN", ["Iran"]),
        entity("Office of the United Nations High Commissioner for Human Rights", "ORG", "UNO",
               ["the U.N. human rights office"]),
        entity("Kurdish activists in London", "PER", "IRN", ["Dozens of Kurdish activists"]),
        entity("Embassy of Iran in London", "ORG", "IRN", ["the Iranian Embassy in London"]),
        entity("London", "LOC", "GBR", ["London"]),
    ],
}

# ---------------------------------------------------------------- hm473-en-02 (Yemen, US-UK strikes on the Houthis)
US_MIL_E = actor("United States Armed Forces", "USA", "MIL")
UK_MIL = actor("British Armed Forces", "GBR", "MIL")
HOUTHIS = actor("Houthis", "YEM", "REB")
CENTCOM = actor("United States Central Command", "USA", "MIL")
RAF = actor("Royal Air Force", "GBR", "MIL")
SAREE = actor("Yahya Saree", "YEM", "REB")
USA_GOV_E = actor("Government of the United States", "USA", "GOV")
GBR_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
US_NAVY = actor("United States Navy", "USA", "MIL")
LAAX = actor("Laax", "GRC", "BUS")
GRC_MFA = actor("Ministry of Foreign Affairs of Greece", "GRC", "GOV")
YEM_GOV = actor("Government of Yemen", "YEM", "GOV")
IRN_GOV_E = actor("Government of Iran", "IRN", "GOV")
GRUNDBERG = actor("Hans Grundberg", "UNO", "IGO")

Y1 = ("SANAA, Yemen (AP) — U.S. and British warplanes struck more than a dozen Houthi targets in Yemen on Thursday, "
      "and the rebels said the strikes killed at least 16 people in the port city of Hodeidah.")
Y2 = ("U.S. Central Command said the strikes hit 13 targets, including radar sites, drone facilities and "
      "underground storage, in areas controlled by the Iranian-backed group.")
Y3 = "Britain's Defense Ministry said Royal Air Force Typhoon jets had taken part."
Y4 = ("Houthi military spokesman Yahya Saree called the strikes \"American-British aggression\" and said the group "
      "would respond.")
Y5 = ("Hours later, the Houthis claimed a missile attack on the aircraft carrier USS Dwight D. Eisenhower in the "
      "Red Sea, which U.S. officials denied.")
Y6 = ("The strikes came a day after the rebels said they had shot down an American MQ-9 Reaper drone over Marib "
      "province.")
Y7 = ("A U.S. defense official, speaking on condition of anonymity, confirmed that a drone had crashed in Yemen but "
      "did not say whether it had been shot down.")
Y8 = ("The rebels say their campaign against shipping in the Red Sea and the Gulf of Aden is meant to pressure "
      "Israel to end the war in Gaza.")
Y9 = ("On Tuesday, the Houthis fired two missiles at the Greek-owned bulk carrier Laax, which reported damage but "
      "continued its voyage.")
Y10 = "Greece's Foreign Ministry condemned the attack as a threat to free navigation."
Y11 = ("Yemen's internationally recognized government, which is based in Aden, accused Iran of supplying the rebels "
       "with missiles and drones.")
Y12 = "Tehran denies arming the Houthis."
Y13 = ("U.N. special envoy Hans Grundberg urged all sides to exercise restraint and warned that the escalation "
       "threatened efforts to revive peace talks.")
Y14 = "Yemen's civil war has killed more than 150,000 people since 2014."

EN02 = {
    "id": "hm473-en-02", "lang": "en", "url": None, "published": "2024-05-31",
    "title": "US and British strikes hit Houthi targets in Yemen; rebels say 16 killed",
    "text": paragraphs([Y1, Y2, Y3, Y4, Y5], [Y6, Y7, Y8], [Y9, Y10], [Y11, Y12, Y13, Y14]),
    "events": [
        event("ASSAULT", US_MIL_E, HOUTHIS, Y1, mode="aerial", date="2024-05-30", location_country="YEM"),
        event("ASSAULT", UK_MIL, HOUTHIS, Y1, mode="aerial", date="2024-05-30", location_country="YEM"),
        event("ASSAULT", CENTCOM, HOUTHIS, Y2, mode="aerial", location_country="YEM"),
        event("ASSAULT", RAF, HOUTHIS, Y3, mode="aerial", location_country="YEM"),
        event("ACCUSE", SAREE, USA_GOV_E, Y4, mode="disapprove"),
        event("ACCUSE", SAREE, GBR_GOV, Y4, mode="disapprove"),
        event("THREATEN", SAREE, USA_GOV_E, Y4, mode="violence"),
        event("THREATEN", SAREE, GBR_GOV, Y4, mode="violence"),
        event("ASSAULT", HOUTHIS, US_NAVY, Y5, location="Red Sea"),
        event("ASSAULT", HOUTHIS, US_MIL_E, Y6, date="2024-05-29", location="Marib", location_country="YEM"),
        event("ASSAULT", HOUTHIS, LAAX, Y9, date="2024-05-28"),
        event("ACCUSE", GRC_MFA, HOUTHIS, Y10, mode="disapprove"),
        event("ACCUSE", YEM_GOV, IRN_GOV_E, Y11, mode="allege"),
        event("REQUEST", GRUNDBERG, None, Y13),
    ],
    "quotes": [
        quote("the strikes killed at least 16 people in the port city of Hodeidah", "Houthis", "indirect"),
        quote("the strikes hit 13 targets, including radar sites, drone facilities and underground storage, in "
              "areas controlled by the Iranian-backed group", "United States Central Command", "indirect"),
        quote("Royal Air Force Typhoon jets had taken part", "Ministry of Defence of the United Kingdom",
              "indirect"),
        quote("American-British aggression", "Yahya Saree", "direct"),
        quote("the group would respond", "Yahya Saree", "indirect"),
        quote("they had shot down an American MQ-9 Reaper drone over Marib province", "Houthis", "indirect"),
        quote("a drone had crashed in Yemen", "US defense official", "indirect"),
        quote("their campaign against shipping in the Red Sea and the Gulf of Aden is meant to pressure Israel to "
              "end the war in Gaza", "Houthis", "indirect"),
        quote("the escalation threatened efforts to revive peace talks", "Hans Grundberg", "indirect"),
    ],
    "entities": [
        entity("Sanaa", "LOC", "YEM", ["SANAA"]),
        entity("Yemen", "LOC", "YEM", ["Yemen", "Yemen's"]),
        entity("United States Armed Forces", "ORG", "USA", ["U.S. and British warplanes"]),
        entity("British Armed Forces", "ORG", "GBR", ["U.S. and British warplanes"]),
        entity("Houthis", "ORG", "YEM", ["Houthi", "the rebels", "the Iranian-backed group", "the group",
                                         "the Houthis", "The rebels", "they", "their"]),
        entity("Hodeidah", "LOC", "YEM", ["the port city of Hodeidah"]),
        entity("United States Central Command", "ORG", "USA", ["U.S. Central Command"]),
        entity("Ministry of Defence of the United Kingdom", "ORG", "GBR", ["Britain's Defense Ministry"]),
        entity("Royal Air Force", "ORG", "GBR", ["Royal Air Force Typhoon jets"]),
        entity("Yahya Saree", "PER", "YEM", ["Houthi military spokesman Yahya Saree"]),
        entity("USS Dwight D. Eisenhower", "MISC", "USA", ["the aircraft carrier USS Dwight D. Eisenhower"]),
        entity("Red Sea", "LOC", None, ["the Red Sea"]),
        entity("US officials", "PER", "USA", ["U.S. officials"]),
        entity("MQ-9 Reaper", "MISC", "USA", ["an American MQ-9 Reaper drone", "a drone"]),
        entity("Marib", "LOC", "YEM", ["Marib province"]),
        entity("US defense official", "PER", "USA", ["A U.S. defense official"]),
        entity("Gulf of Aden", "LOC", None, ["the Gulf of Aden"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Gaza", "LOC", "PSE", ["Gaza"]),
        entity("Laax", "MISC", "GRC", ["the Greek-owned bulk carrier Laax"]),
        entity("Ministry of Foreign Affairs of Greece", "ORG", "GRC", ["Greece's Foreign Ministry"]),
        entity("Government of Yemen", "ORG", "YEM", ["Yemen's internationally recognized government"]),
        entity("Aden", "LOC", "YEM", ["Aden"]),
        entity("Government of Iran", "ORG", "IRN", ["Iran", "Tehran"]),
        entity("Hans Grundberg", "PER", "UNO", ["U.N. special envoy Hans Grundberg"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
