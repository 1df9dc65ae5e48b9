"""Round 295: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm295-de-01: Mongolia: President Khürelsükh vetoes parliament's dismissal of Prime Minister Zandanshatar; MPP lawmakers' accusations, Zandanshatar refuses to go, speaker Amarbayasgalan resigns after protests, arrests, the Democratic Party demands new elections (2025-10-18).
- hm295-de-02: UN: the General Assembly elects Annalena Baerbock its president in a vote forced by Russia; Polyanskiy's attack, Moscow's accusation, Heusgen's earlier criticism, Guterres, Wadephul and Ukraine's mission congratulate (2025-06-02).
- hm295-de-03: UN/United States: Washington sanctions UN special rapporteur Francesca Albanese; Rubio's accusations, Albanese hits back, Lauber and the OHCHR object, Danon welcomes it, earlier sanctions on Karim Khan and ICC judges, Amnesty's appeal (2025-07-10).
- hm295-de-04: China: the Politburo expels former defence ministers Li Shangfu and Wei Fenghe from the Communist Party for corruption; cases sent to military prosecutors, Tang Renjian also expelled, the US sanctions and the rejected Austin meeting (2024-06-27).
- hm295-en-01: Samoa: parliament elects La'auli Leuatea Schmidt prime minister despite pending criminal charges; Fiame congratulates and urges him to stand aside, he refuses, HRPP election petitions, Luxon, Albanese and China's embassy congratulate (2025-09-16).
- hm295-en-02: India: Arvind Kejriwal says he will resign as Delhi chief minister two days after Supreme Court bail and demands early elections; the ED and CBI arrests, BJP and Congress criticism, AAP supporters rally, Sisodia's bail (2024-09-15).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm295-de-01 (Mongolia, veto against PM's dismissal)
KHURELSUKH = actor("Ukhnaagiin Khürelsükh", "MNG", "GOV")
MNG_PRES_OFFICE = actor("Office of the President of Mongolia", "MNG", "GOV")
KHURAL = actor("State Great Khural", "MNG", "LEG")
KHURAL_GROUPS = actor("parliamentary groups of the State Great Khural", "MNG", "LEG")
ZANDANSHATAR = actor("Gombojavyn Zandanshatar", "MNG", "GOV")
MPP_MPS = actor("Mongolian People's Party lawmakers", "MNG", "LEG")
MPP = actor("Mongolian People's Party", "MNG", "PTY")
AMARBAYASGALAN = actor("Dashzegviin Amarbayasgalan", "MNG", "LEG")
MNG_PROTESTERS = actor("protesters in Ulaanbaatar", "MNG", "CVL")
MNG_POLICE = actor("Mongolian Police", "MNG", "COP")
MNG_DP = actor("Democratic Party (Mongolia)", "MNG", "OPP")
MNG_GOV = actor("Government of Mongolia", "MNG", "GOV")

M1 = ("Ulan Bator (dpa) - Mongolias Präsident Uchnaagiin Chürelsüch hat ein Veto gegen die Absetzung von "
      "Ministerpräsident Gombodschawyn Sandanschatar durch das Parlament eingelegt.")
M2 = ("Das Votum des Großen Staatschurals vom Freitag verstoße gegen die Verfassung und gegen die Geschäftsordnung "
      "des Parlaments, erklärte das Präsidialamt am Samstag in Ulan Bator.")
M3 = "„Eine Regierung darf nicht durch einen Verfahrensfehler gestürzt werden“, hieß es in einer Erklärung des Präsidenten."
M4 = ("Eine Mehrheit der Abgeordneten hatte am Freitag für die Entlassung des 55-Jährigen gestimmt, der das Amt erst "
      "im Juni übernommen hatte.")
M5 = ("Zahlreiche Parlamentarier aus Sandanschatars eigener Mongolischer Volkspartei warfen dem Regierungschef vor, "
      "er habe das Parlament bei der Umbildung seines Kabinetts übergangen.")
M6 = "Sandanschatar erklärte, die Abstimmung sei ungültig, und lehnte einen Rücktritt ab."
M7 = "„Ich werde meine Arbeit fortsetzen, bis das Verfassungsgericht entschieden hat“, sagte er vor Journalisten."
M8 = ("Ein Sprecher des Verfassungsgerichts sagte, das Gericht werde sich in der kommenden Woche mit dem Streit "
      "befassen.")
M9 = ("Parlamentspräsident Daschsegwiin Amarbajasgalan war bereits am Freitagmorgen nach tagelangen Protesten "
      "zurückgetreten.")
M10 = ("Hunderte vor allem junge Demonstranten hatten auf dem Süchbaatar-Platz seinen Rücktritt gefordert und ihm "
       "Machtmissbrauch vorgeworfen.")
M11 = ("Die Polizei nahm am Donnerstagabend zwölf Demonstranten fest, die versucht hatten, in das Regierungsgebäude "
       "einzudringen.")
M12 = "Die oppositionelle Demokratische Partei forderte Neuwahlen und sprach von einer „Staatskrise“."
M13 = "Die Partei warf der regierenden Volkspartei vor, das Land mit ihren internen Machtkämpfen zu lähmen."
M14 = ("Sandanschatar war im Juni Nachfolger von Luwsannamsrain Oyun-Erdene geworden, der nach Protesten gegen den "
       "aufwendigen Lebensstil seines Sohnes eine Vertrauensabstimmung verloren hatte.")
M15 = ("Chürelsüch telefonierte am Samstag mit Sandanschatar und rief die Fraktionen im Parlament zur Zurückhaltung "
       "auf.")
M16 = "Das Parlament kann das Veto mit einer Zweidrittelmehrheit überstimmen."

DE01 = {
    "id": "hm295-de-01", "lang": "de", "url": None, "published": "2025-10-18",
    "title": "Mongolischer Präsident legt Veto gegen Absetzung des Regierungschefs ein",
    "text": paragraphs([M1, M2, M3], [M4, M5, M6, M7, M8], [M9, M10, M11], [M12, M13, M14], [M15, M16]),
    "events": [
        event("REJECT", KHURELSUKH, KHURAL, M1, mode="change"),
        event("ACCUSE", MNG_PRES_OFFICE, KHURAL, M2, mode="disapprove", date="2025-10-18", location="Ulaanbaatar",
              location_country="MNG"),
        event("ACCUSE", KHURELSUKH, KHURAL, M3, mode="disapprove"),
        event("SANCTION", KHURAL, ZANDANSHATAR, M4, date="2025-10-17"),
        event("ACCUSE", MPP_MPS, ZANDANSHATAR, M5, mode="allege"),
        event("REJECT", ZANDANSHATAR, KHURAL, M6, mode="change"),
        event("RETREAT", AMARBAYASGALAN, None, M9, mode="resign", date="2025-10-17"),
        event("PROTEST", MNG_PROTESTERS, AMARBAYASGALAN, M10, mode="demo", location="Sükhbaatar Square",
              location_country="MNG"),
        event("REQUEST", MNG_PROTESTERS, AMARBAYASGALAN, M10, mode="change"),
        event("ACCUSE", MNG_PROTESTERS, AMARBAYASGALAN, M10, mode="allege"),
        event("COERCE", MNG_POLICE, MNG_PROTESTERS, M11, mode="arrest", date="2025-10-16", location="Ulaanbaatar",
              location_country="MNG"),
        event("REQUEST", MNG_DP, MNG_GOV, M12, mode="change"),
        event("ACCUSE", MNG_DP, MPP, M13, mode="disapprove"),
        event("CONSULT", KHURELSUKH, ZANDANSHATAR, M15, mode="phone", date="2025-10-18"),
        event("REQUEST", KHURELSUKH, KHURAL_GROUPS, M15, date="2025-10-18"),
    ],
    "quotes": [
        quote("Das Votum des Großen Staatschurals vom Freitag verstoße gegen die Verfassung und gegen die "
              "Geschäftsordnung des Parlaments", "Office of the President of Mongolia", "indirect"),
        quote("Eine Regierung darf nicht durch einen Verfahrensfehler gestürzt werden", "Ukhnaagiin Khürelsükh",
              "direct"),
        quote("er habe das Parlament bei der Umbildung seines Kabinetts übergangen",
              "Mongolian People's Party lawmakers", "indirect"),
        quote("die Abstimmung sei ungültig", "Gombojavyn Zandanshatar", "indirect"),
        quote("Ich werde meine Arbeit fortsetzen, bis das Verfassungsgericht entschieden hat",
              "Gombojavyn Zandanshatar", "direct"),
        quote("das Gericht werde sich in der kommenden Woche mit dem Streit befassen",
              "spokesperson of the Constitutional Court of Mongolia", "indirect"),
        quote("Staatskrise", "Democratic Party (Mongolia)", "direct"),
        quote("das Land mit ihren internen Machtkämpfen zu lähmen", "Democratic Party (Mongolia)", "indirect"),
    ],
    "entities": [
        entity("Ulaanbaatar", "LOC", "MNG", ["Ulan Bator"]),
        entity("Ukhnaagiin Khürelsükh", "PER", "MNG", ["Mongolias Präsident Uchnaagiin Chürelsüch", "Chürelsüch",
                                                       "des Präsidenten"]),
        entity("Mongolia", "LOC", "MNG", ["Mongolias", "das Land"]),
        entity("Gombojavyn Zandanshatar", "PER", "MNG", ["Ministerpräsident Gombodschawyn Sandanschatar",
                                                         "des 55-Jährigen", "dem Regierungschef", "Sandanschatar"]),
        entity("State Great Khural", "ORG", "MNG", ["das Parlament", "des Großen Staatschurals", "des Parlaments",
                                                    "der Abgeordneten", "Das Parlament"]),
        entity("Office of the President of Mongolia", "ORG", "MNG", ["das Präsidialamt"]),
        entity("Mongolian People's Party lawmakers", "ORG", "MNG", ["Zahlreiche Parlamentarier"]),
        entity("Mongolian People's Party", "ORG", "MNG", ["Mongolischer Volkspartei", "der regierenden Volkspartei"]),
        entity("Constitutional Court of Mongolia", "ORG", "MNG", ["das Verfassungsgericht", "des Verfassungsgerichts",
                                                                  "das Gericht"]),
        entity("spokesperson of the Constitutional Court of Mongolia", "PER", "MNG", ["Ein Sprecher"]),
        entity("Dashzegviin Amarbayasgalan", "PER", "MNG", ["Parlamentspräsident Daschsegwiin Amarbajasgalan"]),
        entity("protesters in Ulaanbaatar", "ORG", "MNG", ["Hunderte vor allem junge Demonstranten",
                                                           "zwölf Demonstranten"]),
        entity("Sükhbaatar Square", "LOC", "MNG", ["dem Süchbaatar-Platz"]),
        entity("Mongolian Police", "ORG", "MNG", ["Die Polizei"]),
        entity("Government Palace (Ulaanbaatar)", "LOC", "MNG", ["das Regierungsgebäude"]),
        entity("Democratic Party (Mongolia)", "ORG", "MNG", ["Die oppositionelle Demokratische Partei", "Die Partei"]),
        entity("Luvsannamsrain Oyun-Erdene", "PER", "MNG", ["Luwsannamsrain Oyun-Erdene"]),
        entity("son of Luvsannamsrain Oyun-Erdene", "PER", "MNG", ["seines Sohnes"]),
        entity("parliamentary groups of the State Great Khural", "ORG", "MNG", ["die Fraktionen im Parlament"]),
    ],
}

# ---------------------------------------------------------------- hm295-de-02 (UN, Baerbock elected UNGA president)
UNGA = actor("UN General Assembly", "UNO", "IGO")
BAERBOCK = actor("Annalena Baerbock", "DEU", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
POLYANSKIY = actor("Dmitry Polyanskiy", "RUS", "GOV")
DEU_GOV = actor("Government of Germany", "DEU", "GOV")
HEUSGEN = actor("Christoph Heusgen", "DEU", "CVL")
GUTERRES = actor("António Guterres", "UNO", "IGO")
WADEPHUL = actor("Johann Wadephul", "DEU", "GOV")
UKR_UN_MISSION = actor("Permanent Mission of Ukraine to the United Nations", "UKR", "GOV")

B1 = ("New York (dpa) - Die frühere Bundesaußenministerin Annalena Baerbock ist zur Präsidentin der "
      "UN-Vollversammlung gewählt worden.")
B2 = "Die 44-Jährige erhielt am Montag in New York 167 Stimmen der 193 Mitgliedstaaten."
B3 = ("Russland hatte zuvor eine geheime Abstimmung verlangt, statt die Kandidatin wie sonst üblich per Akklamation "
      "zu bestätigen.")
B4 = ("Der stellvertretende russische UN-Botschafter Dmitri Poljanski warf Baerbock vor, sie habe als "
      "Außenministerin eine „antirussische“ Politik betrieben und sei für das Amt ungeeignet.")
B5 = ("Moskau hatte Berlin bereits in den vergangenen Wochen vorgeworfen, die Vereinten Nationen für politische "
      "Zwecke zu missbrauchen.")
B6 = ("Sieben Stimmen entfielen auf die deutsche Diplomatin Helga Schmid, die ursprünglich von der Bundesregierung "
      "für den Posten vorgesehen war.")
B7 = ("Der frühere deutsche UN-Botschafter Christoph Heusgen hatte den Wechsel im März als „Unverschämtheit“ "
      "kritisiert.")
B8 = ("„Ich werde eine ehrliche Maklerin für alle Mitgliedstaaten sein“, sagte Baerbock nach der Wahl in ihrer Rede "
      "vor der Versammlung.")
B9 = ("Die Vereinten Nationen stünden vor schwierigen Zeiten, sagte die Grünen-Politikerin mit Blick auf Kürzungen "
      "bei den Beiträgen der Mitgliedstaaten.")
B10 = "UN-Generalsekretär António Guterres gratulierte Baerbock und sicherte ihr seine volle Unterstützung zu."
B11 = ("Bundesaußenminister Johann Wadephul sprach von einem „starken Signal für Deutschlands Engagement in den "
       "Vereinten Nationen“.")
B12 = "Die ukrainische UN-Vertretung begrüßte die Wahl und dankte Baerbock für ihre Unterstützung Kiews."
B13 = ("Deutschlands UN-Botschafterin Antje Leendertse sagte, die breite Mehrheit zeige das Vertrauen der "
       "Staatengemeinschaft in Deutschland.")
B14 = ("Baerbock tritt ihr Amt am 9. September zu Beginn der 80. Sitzungsperiode an und folgt auf den früheren "
       "kamerunischen Regierungschef Philemon Yang.")
B15 = ("Der Posten gilt als weitgehend repräsentativ; die Präsidentin leitet jedoch die Sitzungen der "
       "Vollversammlung und die Generaldebatte im September.")

DE02 = {
    "id": "hm295-de-02", "lang": "de", "url": None, "published": "2025-06-02",
    "title": "Baerbock zur Präsidentin der UN-Vollversammlung gewählt",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6, B7], [B8, B9, B10, B11], [B12, B13, B14, B15]),
    "events": [
        event("SUPPORT", UNGA, BAERBOCK, B1),
        event("SUPPORT", UNGA, BAERBOCK, B2, date="2025-06-02", location="New York", location_country="USA"),
        event("REQUEST", RUSSIA, UNGA, B3),
        event("ACCUSE", POLYANSKIY, BAERBOCK, B4, mode="disapprove"),
        event("ACCUSE", RUSSIA, DEU_GOV, B5, mode="allege"),
        event("ACCUSE", HEUSGEN, DEU_GOV, B7, mode="disapprove"),
        event("SUPPORT", GUTERRES, BAERBOCK, B10),
        event("SUPPORT", WADEPHUL, BAERBOCK, B11),
        event("SUPPORT", UKR_UN_MISSION, BAERBOCK, B12),
    ],
    "quotes": [
        quote("sie habe als Außenministerin eine „antirussische“ Politik betrieben und sei für das Amt ungeeignet",
              "Dmitry Polyanskiy", "indirect"),
        quote("antirussische", "Dmitry Polyanskiy", "direct"),
        quote("die Vereinten Nationen für politische Zwecke zu missbrauchen", "Government of Russia", "indirect"),
        quote("Unverschämtheit", "Christoph Heusgen", "direct"),
        quote("Ich werde eine ehrliche Maklerin für alle Mitgliedstaaten sein", "Annalena Baerbock", "direct"),
        quote("Die Vereinten Nationen stünden vor schwierigen Zeiten", "Annalena Baerbock", "indirect"),
        quote("starken Signal für Deutschlands Engagement in den Vereinten Nationen", "Johann Wadephul", "direct"),
        quote("die breite Mehrheit zeige das Vertrauen der Staatengemeinschaft in Deutschland", "Antje Leendertse",
              "indirect"),
    ],
    "entities": [
        entity("New York", "LOC", "USA", ["New York"]),
        entity("Annalena Baerbock", "PER", "DEU", ["Die frühere Bundesaußenministerin Annalena Baerbock",
                                                   "Die 44-Jährige", "die Kandidatin", "Baerbock",
                                                   "die Grünen-Politikerin", "die Präsidentin"]),
        entity("UN General Assembly", "ORG", "UNO", ["der UN-Vollversammlung", "der Versammlung",
                                                     "der Vollversammlung"]),
        entity("UN member states", "ORG", "UNO", ["193 Mitgliedstaaten", "alle Mitgliedstaaten",
                                                  "der Mitgliedstaaten"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Dmitry Polyanskiy", "PER", "RUS", ["Der stellvertretende russische UN-Botschafter Dmitri Poljanski"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau"]),
        entity("Government of Germany", "ORG", "DEU", ["Berlin", "der Bundesregierung"]),
        entity("United Nations", "ORG", "UNO", ["die Vereinten Nationen", "Die Vereinten Nationen",
                                                "den Vereinten Nationen"]),
        entity("Helga Schmid", "PER", "DEU", ["die deutsche Diplomatin Helga Schmid"]),
        entity("Christoph Heusgen", "PER", "DEU", ["Der frühere deutsche UN-Botschafter Christoph Heusgen"]),
        entity("Alliance 90/The Greens", "ORG", "DEU", ["Grünen"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
        entity("Johann Wadephul", "PER", "DEU", ["Bundesaußenminister Johann Wadephul"]),
        entity("Germany", "LOC", "DEU", ["Deutschlands", "Deutschland"]),
        entity("Permanent Mission of Ukraine to the United Nations", "ORG", "UKR", ["Die ukrainische UN-Vertretung"]),
        entity("Government of Ukraine", "ORG", "UKR", ["Kiews"]),
        entity("Antje Leendertse", "PER", "DEU", ["Deutschlands UN-Botschafterin Antje Leendertse"]),
        entity("Philemon Yang", "PER", "CMR", ["den früheren kamerunischen Regierungschef Philemon Yang"]),
    ],
}

# ---------------------------------------------------------------- hm295-de-03 (UN/USA, sanctions on Francesca Albanese)
USA = actor("United States", "USA", "GOV")
ALBANESE_F = actor("Francesca Albanese", "UNO", "IGO")
RUBIO = actor("Marco Rubio", "USA", "GOV")
LAUBER = actor("Jürg Lauber", "UNO", "IGO")
OHCHR = actor("Office of the UN High Commissioner for Human Rights", "UNO", "IGO")
DANON = actor("Danny Danon", "ISR", "GOV")
GAZA_COMPANIES = actor("companies named in Francesca Albanese's report", "MNC", "BUS")
KARIM_KHAN = actor("Karim Khan", "IGO", "JUD")
ICC_JUDGES = actor("four ICC judges", "IGO", "JUD")
UNHRC = actor("UN Human Rights Council", "UNO", "IGO")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
EU = actor("European Union", "EUR", "IGO")

A1 = ("Washington/Genf (AFP) - Die US-Regierung hat Sanktionen gegen die UN-Sonderberichterstatterin für die "
      "palästinensischen Gebiete, Francesca Albanese, verhängt.")
A2 = ("Außenminister Marco Rubio warf der italienischen Juristin am Mittwoch vor, sie führe eine „Kampagne der "
      "politischen und wirtschaftlichen Kriegsführung“ gegen die USA und Israel.")
A3 = ("Albanese habe den Internationalen Strafgerichtshof (IStGH) dazu gedrängt, gegen amerikanische und "
      "israelische Staatsbürger vorzugehen, erklärte Rubio.")
A4 = "Welche Folgen die Strafmaßnahmen konkret für die 48-Jährige haben, ließ das Ministerium zunächst offen."
A5 = "Albanese sprach auf der Plattform X von „mafiösen Einschüchterungstaktiken“."
A6 = "„Ich stehe auf der Seite der Gerechtigkeit, wie ich es immer getan habe“, schrieb die Italienerin."
A7 = ("Der Präsident des UN-Menschenrechtsrats, der Schweizer Botschafter Jürg Lauber, bedauerte die Entscheidung "
      "und rief alle Staaten auf, mit den Sonderberichterstattern zusammenzuarbeiten, statt sie einzuschüchtern.")
A8 = "Das UN-Hochkommissariat für Menschenrechte in Genf forderte Washington auf, die Sanktionen zurückzunehmen."
A9 = ("Angriffe auf Berichterstatter untergrüben das gesamte System des Menschenrechtsschutzes, sagte ein "
      "Sprecher.")
A10 = ("Israels UN-Botschafter Danny Danon begrüßte den Schritt und warf Albanese vor, mit ihren Berichten Hass "
       "gegen Israel zu schüren.")
A11 = ("Albanese hatte vergangene Woche einen Bericht vorgelegt, in dem sie Dutzenden Unternehmen vorwirft, vom "
       "Krieg im Gazastreifen zu profitieren.")
A12 = ("Die Regierung von Präsident Donald Trump hatte bereits im Februar Sanktionen gegen IStGH-Chefankläger "
       "Karim Khan verhängt, im Juni folgten Strafmaßnahmen gegen vier Richterinnen des Gerichts.")
A13 = "Zudem waren die USA Anfang des Jahres aus dem Menschenrechtsrat ausgetreten."
A14 = "Amnesty International forderte die Europäische Union auf, sich hinter Albanese zu stellen."
A15 = ("Albanese ist seit 2022 Sonderberichterstatterin; sie wird vom Menschenrechtsrat ernannt und spricht nicht "
       "im Namen der Vereinten Nationen als Ganzes.")

DE03 = {
    "id": "hm295-de-03", "lang": "de", "url": None, "published": "2025-07-10",
    "title": "USA verhängen Sanktionen gegen UN-Sonderberichterstatterin Albanese",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8, A9], [A10, A11], [A12, A13, A14, A15]),
    "events": [
        event("SANCTION", USA, ALBANESE_F, A1),
        event("ACCUSE", RUBIO, ALBANESE_F, A2, mode="allege", date="2025-07-09"),
        event("ACCUSE", RUBIO, ALBANESE_F, A3, mode="allege"),
        event("ACCUSE", ALBANESE_F, USA, A5, mode="disapprove"),
        event("ACCUSE", LAUBER, USA, A7, mode="disapprove"),
        event("REQUEST", LAUBER, None, A7),
        event("REQUEST", OHCHR, USA, A8, mode="yield", location="Geneva", location_country="CHE"),
        event("ACCUSE", OHCHR, USA, A9, mode="disapprove"),
        event("SUPPORT", DANON, USA, A10),
        event("ACCUSE", DANON, ALBANESE_F, A10, mode="allege"),
        event("ACCUSE", ALBANESE_F, GAZA_COMPANIES, A11, mode="allege"),
        event("SANCTION", USA, KARIM_KHAN, A12),
        event("SANCTION", USA, ICC_JUDGES, A12),
        event("SANCTION", USA, UNHRC, A13, mode="withdraw"),
        event("REQUEST", AMNESTY, EU, A14, mode="assist"),
    ],
    "quotes": [
        quote("Kampagne der politischen und wirtschaftlichen Kriegsführung", "Marco Rubio", "direct"),
        quote("sie führe eine „Kampagne der politischen und wirtschaftlichen Kriegsführung“ gegen die USA und Israel",
              "Marco Rubio", "indirect"),
        quote("Albanese habe den Internationalen Strafgerichtshof (IStGH) dazu gedrängt, gegen amerikanische und "
              "israelische Staatsbürger vorzugehen", "Marco Rubio", "indirect"),
        quote("mafiösen Einschüchterungstaktiken", "Francesca Albanese", "direct"),
        quote("Ich stehe auf der Seite der Gerechtigkeit, wie ich es immer getan habe", "Francesca Albanese",
              "direct"),
        quote("Angriffe auf Berichterstatter untergrüben das gesamte System des Menschenrechtsschutzes",
              "spokesperson of the Office of the UN High Commissioner for Human Rights", "indirect"),
        quote("mit ihren Berichten Hass gegen Israel zu schüren", "Danny Danon", "indirect"),
        quote("vom Krieg im Gazastreifen zu profitieren", "Francesca Albanese", "indirect"),
    ],
    "entities": [
        entity("Government of the United States", "ORG", "USA", ["Washington", "Die US-Regierung",
                                                                 "Die Regierung von Präsident Donald Trump"]),
        entity("Geneva", "LOC", "CHE", ["Genf"]),
        entity("Francesca Albanese", "PER", "UNO", ["die UN-Sonderberichterstatterin für die palästinensischen "
                                                    "Gebiete, Francesca Albanese", "der italienischen Juristin",
                                                    "Albanese", "die 48-Jährige", "die Italienerin"]),
        entity("Palestinian territories", "LOC", "PSE", ["die palästinensischen Gebiete"]),
        entity("Marco Rubio", "PER", "USA", ["Außenminister Marco Rubio", "Rubio"]),
        entity("United States", "LOC", "USA", ["die USA"]),
        entity("U.S. Department of State", "ORG", "USA", ["das Ministerium"]),
        entity("Israel", "LOC", "ISR", ["Israel", "Israels"]),
        entity("International Criminal Court", "ORG", "IGO", ["den Internationalen Strafgerichtshof (IStGH)",
                                                              "IStGH", "des Gerichts"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Jürg Lauber", "PER", "UNO", ["Der Präsident des UN-Menschenrechtsrats",
                                             "der Schweizer Botschafter Jürg Lauber"]),
        entity("UN Human Rights Council", "ORG", "UNO", ["UN-Menschenrechtsrats", "dem Menschenrechtsrat",
                                                         "vom Menschenrechtsrat"]),
        entity("Office of the UN High Commissioner for Human Rights", "ORG", "UNO",
               ["Das UN-Hochkommissariat für Menschenrechte in Genf"]),
        entity("spokesperson of the Office of the UN High Commissioner for Human Rights", "PER", "UNO",
               ["ein Sprecher"]),
        entity("Danny Danon", "PER", "ISR", ["Israels UN-Botschafter Danny Danon"]),
        entity("companies named in Francesca Albanese's report", "ORG", "MNC", ["Dutzenden Unternehmen"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gazastreifen"]),
        entity("Donald Trump", "PER", "USA", ["Präsident Donald Trump"]),
        entity("Karim Khan", "PER", "IGO", ["IStGH-Chefankläger Karim Khan"]),
        entity("four ICC judges", "PER", "IGO", ["vier Richterinnen des Gerichts"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("European Union", "ORG", "EUR", ["die Europäische Union"]),
        entity("United Nations", "ORG", "UNO", ["der Vereinten Nationen"]),
    ],
}

# ---------------------------------------------------------------- hm295-de-04 (China, Li Shangfu and Wei Fenghe expelled)
CPC = actor("Communist Party of China", "CHN", "GOV")
POLITBURO = actor("Politburo of the Communist Party of China", "CHN", "GOV")
LI_SHANGFU = actor("Li Shangfu", "CHN", "MIL")
WEI_FENGHE = actor("Wei Fenghe", "CHN", "MIL")
NPCSC = actor("Standing Committee of the National People's Congress", "CHN", "LEG")
CHN_GOV = actor("Government of China", "CHN", "GOV")
AUSTIN = actor("Lloyd Austin", "USA", "GOV")
TANG_RENJIAN = actor("Tang Renjian", "CHN", "GOV")
CCDI = actor("Central Commission for Discipline Inspection", "CHN", "GOV")

L1 = ("Peking (Reuters) - Chinas Kommunistische Partei hat die beiden früheren Verteidigungsminister Li Shangfu und "
      "Wei Fenghe wegen Korruption ausgeschlossen.")
L2 = ("Das Politbüro habe am Donnerstag den Parteiausschluss der beiden Generäle beschlossen, berichtete die "
      "staatliche Nachrichtenagentur Xinhua.")
L3 = ("Die Partei wirft Li vor, hohe Bestechungsgelder angenommen und anderen im Gegenzug Vorteile verschafft zu "
      "haben.")
L4 = "Wei habe „die politische Disziplin ernsthaft verletzt“ und ebenfalls Geld angenommen, hieß es."
L5 = "Beide Fälle würden an die Militärstaatsanwaltschaft übergeben, meldete Xinhua."
L6 = ("Li Shangfu war im März 2023 Verteidigungsminister geworden und im Oktober nach wochenlanger Abwesenheit "
      "ohne Begründung abgesetzt worden.")
L7 = ("Der 66-Jährige war zuvor für die Beschaffung von Rüstungsgütern zuständig und steht seit 2018 auf einer "
      "Sanktionsliste der USA.")
L8 = "Wei führte das Ministerium von 2018 bis 2023."
L9 = ("Die chinesische Führung hatte im vergangenen Jahr ein Treffen Lis mit US-Verteidigungsminister Lloyd Austin "
      "beim Shangri-La-Dialog in Singapur abgelehnt.")
L10 = "Washington hatte sich zuvor geweigert, die Sanktionen gegen den General aufzuheben."
L11 = ("Auf derselben Sitzung schloss das Politbüro auch den früheren Landwirtschaftsminister Tang Renjian aus, "
       "gegen den die Zentrale Disziplinarkommission seit Mai ermittelt hatte.")
L12 = ("Zudem setzte das Gremium das lange verschobene Dritte Plenum des Zentralkomitees für den 15. bis 18. Juli "
       "an.")
L13 = ("Das Verteidigungsministerium in Peking erklärte, die Volksbefreiungsarmee werde gegenüber Korruption "
       "„null Toleranz“ zeigen.")
L14 = ("Staats- und Parteichef Xi Jinping hat seit seinem Amtsantritt 2012 Hunderttausende Funktionäre wegen "
       "Korruption bestrafen lassen.")
L15 = "Nachfolger Lis ist seit Dezember der frühere Marinechef Dong Jun."

DE04 = {
    "id": "hm295-de-04", "lang": "de", "url": None, "published": "2024-06-27",
    "title": "China schließt frühere Verteidigungsminister Li und Wei aus der Partei aus",
    "text": paragraphs([L1, L2], [L3, L4, L5], [L6, L7, L8, L9, L10], [L11, L12, L13], [L14, L15]),
    "events": [
        event("SANCTION", CPC, LI_SHANGFU, L1, mode="expel"),
        event("SANCTION", CPC, WEI_FENGHE, L1, mode="expel"),
        event("SANCTION", POLITBURO, LI_SHANGFU, L2, mode="expel", date="2024-06-27"),
        event("SANCTION", POLITBURO, WEI_FENGHE, L2, mode="expel", date="2024-06-27"),
        event("ACCUSE", CPC, LI_SHANGFU, L3, mode="allege"),
        event("ACCUSE", CPC, WEI_FENGHE, L4, mode="allege"),
        event("ACCUSE", CPC, LI_SHANGFU, L5, mode="investigate"),
        event("ACCUSE", CPC, WEI_FENGHE, L5, mode="investigate"),
        event("SANCTION", NPCSC, LI_SHANGFU, L6),
        event("SANCTION", USA, LI_SHANGFU, L7),
        event("REJECT", CHN_GOV, AUSTIN, L9, mode="meet"),
        event("REJECT", USA, CHN_GOV, L10, mode="yield"),
        event("SANCTION", POLITBURO, TANG_RENJIAN, L11, mode="expel"),
        event("ACCUSE", CCDI, TANG_RENJIAN, L11, mode="investigate"),
    ],
    "quotes": [
        quote("Das Politbüro habe am Donnerstag den Parteiausschluss der beiden Generäle beschlossen", "Xinhua",
              "indirect"),
        quote("hohe Bestechungsgelder angenommen und anderen im Gegenzug Vorteile verschafft zu haben",
              "Communist Party of China", "indirect"),
        quote("die politische Disziplin ernsthaft verletzt", "Communist Party of China", "direct"),
        quote("Wei habe „die politische Disziplin ernsthaft verletzt“ und ebenfalls Geld angenommen",
              "Communist Party of China", "indirect"),
        quote("Beide Fälle würden an die Militärstaatsanwaltschaft übergeben", "Xinhua", "indirect"),
        quote("null Toleranz", "Ministry of National Defense of China", "direct"),
        quote("die Volksbefreiungsarmee werde gegenüber Korruption „null Toleranz“ zeigen",
              "Ministry of National Defense of China", "indirect"),
    ],
    "entities": [
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("China", "LOC", "CHN", ["Chinas"]),
        entity("Communist Party of China", "ORG", "CHN", ["Chinas Kommunistische Partei", "Die Partei"]),
        entity("Li Shangfu", "PER", "CHN", ["Li Shangfu", "Li", "Der 66-Jährige", "Lis", "den General"]),
        entity("Wei Fenghe", "PER", "CHN", ["Wei Fenghe", "Wei"]),
        entity("Politburo of the Communist Party of China", "ORG", "CHN", ["Das Politbüro", "das Politbüro",
                                                                           "das Gremium"]),
        entity("Xinhua", "ORG", "CHN", ["die staatliche Nachrichtenagentur Xinhua", "Xinhua"]),
        entity("Military Procuratorate of the People's Liberation Army", "ORG", "CHN",
               ["die Militärstaatsanwaltschaft"]),
        entity("United States", "LOC", "USA", ["der USA"]),
        entity("Ministry of National Defense of China", "ORG", "CHN", ["das Ministerium",
                                                                       "Das Verteidigungsministerium in Peking"]),
        entity("Government of China", "ORG", "CHN", ["Die chinesische Führung"]),
        entity("Lloyd Austin", "PER", "USA", ["US-Verteidigungsminister Lloyd Austin"]),
        entity("Singapore", "LOC", "SGP", ["Singapur"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Tang Renjian", "PER", "CHN", ["den früheren Landwirtschaftsminister Tang Renjian"]),
        entity("Central Commission for Discipline Inspection", "ORG", "CHN", ["die Zentrale Disziplinarkommission"]),
        entity("Central Committee of the Communist Party of China", "ORG", "CHN", ["des Zentralkomitees"]),
        entity("People's Liberation Army", "ORG", "CHN", ["die Volksbefreiungsarmee"]),
        entity("Xi Jinping", "PER", "CHN", ["Staats- und Parteichef Xi Jinping"]),
        entity("Dong Jun", "PER", "CHN", ["der frühere Marinechef Dong Jun"]),
    ],
}

# ---------------------------------------------------------------- hm295-en-01 (Samoa, La'auli elected prime minister)
SAMOA_PARL = actor("Legislative Assembly of Samoa", "WSM", "LEG")
LAAULI = actor("La'auli Leuatea Schmidt", "WSM", "GOV")
FAST = actor("Faatuatua i le Atua Samoa ua Tasi", "WSM", "PTY")
SAMOA_POLICE = actor("Samoa Police Service", "WSM", "COP")
FIAME = actor("Fiame Naomi Mata'afa", "WSM", "GOV")
HRPP = actor("Human Rights Protection Party", "WSM", "OPP")
LUXON = actor("Christopher Luxon", "NZL", "GOV")
ALBANESE_A = actor("Anthony Albanese", "AUS", "GOV")
SAMOA_GOV = actor("Government of Samoa", "WSM", "GOV")
CHN_EMB_APIA = actor("Embassy of China in Apia", "CHN", "GOV")

S1 = ("APIA, Sept 16 (Reuters) - Samoa's parliament elected La'auli Leuatea Schmidt as prime minister on Tuesday, "
      "handing the top job to a politician who still faces criminal charges, weeks after his FAST party won a snap "
      "election.")
S2 = ("Lawmakers of the Faatuatua i le Atua Samoa ua Tasi party backed La'auli unopposed at the first sitting of the "
      "new Legislative Assembly in Apia.")
S3 = "He was sworn in later in the day by head of state Tuimalealiifano Va'aletoa Sualauvi II."
S4 = ('"This government will serve every village and every family, not only those who voted for us," La\'auli told '
      'reporters outside parliament.')
S5 = ("FAST won a clear majority of the 50 seats in the Aug. 29 vote, according to final results, while the Samoa "
      "Uniting Party of outgoing Prime Minister Fiame Naomi Mata'afa won only a handful.")
S6 = ("La'auli was charged by police last year with several criminal offences, which he denies, and his trial is "
      "due to resume later this year.")
S7 = ("Fiame sacked him as agriculture minister in January after the charges were filed, triggering the split in "
      "FAST that brought down her government.")
S8 = "Fiame congratulated her successor on Tuesday but urged him to stand aside until the court case is resolved."
S9 = 'Asked about the case, La\'auli said he would "let the judges do their work" and would not step aside.'
S10 = ("Opposition leader Tuilaepa Sailele Malielegaoi said his Human Rights Protection Party had filed election "
       "petitions in several constituencies, accusing FAST candidates of bribery.")
S11 = ("New Zealand Prime Minister Christopher Luxon congratulated La'auli in a phone call and invited him to visit "
       "Wellington.")
S12 = ("Australian Prime Minister Anthony Albanese said Canberra looked forward to working with the new government "
       "on climate change and security.")
S13 = ("China's embassy in Apia also congratulated La'auli and said Beijing was ready to deepen cooperation with "
       "Samoa.")
S14 = "Samoa, a nation of about 200,000 people, hosted the Commonwealth heads of government meeting last year."

EN01 = {
    "id": "hm295-en-01", "lang": "en", "url": None, "published": "2025-09-16",
    "title": "Samoa's parliament elects La'auli prime minister despite pending charges",
    "text": paragraphs([S1, S2, S3, S4], [S5, S6, S7], [S8, S9, S10], [S11, S12, S13, S14]),
    "events": [
        event("SUPPORT", SAMOA_PARL, LAAULI, S1, date="2025-09-16", location="Apia", location_country="WSM"),
        event("SUPPORT", FAST, LAAULI, S2, location="Apia", location_country="WSM"),
        event("ACCUSE", SAMOA_POLICE, LAAULI, S6, mode="allege"),
        event("SANCTION", FIAME, LAAULI, S7),
        event("SUPPORT", FIAME, LAAULI, S8, date="2025-09-16"),
        event("REQUEST", FIAME, LAAULI, S8, mode="change", date="2025-09-16"),
        event("REJECT", LAAULI, FIAME, S9, mode="change"),
        event("ACCUSE", HRPP, FAST, S10, mode="allege"),
        event("CONSULT", LUXON, LAAULI, S11, mode="phone"),
        event("SUPPORT", LUXON, LAAULI, S11),
        event("AGREE", LUXON, LAAULI, S11),
        event("AGREE", ALBANESE_A, SAMOA_GOV, S12),
        event("SUPPORT", CHN_EMB_APIA, LAAULI, S13),
        event("AGREE", CHN_EMB_APIA, SAMOA_GOV, S13),
    ],
    "quotes": [
        quote("This government will serve every village and every family, not only those who voted for us",
              "La'auli Leuatea Schmidt", "direct"),
        quote("let the judges do their work", "La'auli Leuatea Schmidt", "direct"),
        quote('he would "let the judges do their work" and would not step aside', "La'auli Leuatea Schmidt",
              "indirect"),
        quote("his Human Rights Protection Party had filed election petitions in several constituencies, accusing "
              "FAST candidates of bribery", "Tuilaepa Sailele Malielegaoi", "indirect"),
        quote("Canberra looked forward to working with the new government on climate change and security",
              "Anthony Albanese", "indirect"),
        quote("Beijing was ready to deepen cooperation with Samoa", "Embassy of China in Apia", "indirect"),
    ],
    "entities": [
        entity("Apia", "LOC", "WSM", ["APIA", "Apia"]),
        entity("Samoa", "LOC", "WSM", ["Samoa"]),
        entity("Legislative Assembly of Samoa", "ORG", "WSM", ["Samoa's parliament", "the new Legislative Assembly",
                                                               "parliament"]),
        entity("La'auli Leuatea Schmidt", "PER", "WSM", ["La'auli Leuatea Schmidt", "La'auli",
                                                         "a politician who still faces criminal charges",
                                                         "her successor"]),
        entity("Faatuatua i le Atua Samoa ua Tasi", "ORG", "WSM", ["his FAST party",
                                                                   "the Faatuatua i le Atua Samoa ua Tasi party",
                                                                   "FAST", "FAST candidates"]),
        entity("Tuimalealiifano Va'aletoa Sualauvi II", "PER", "WSM",
               ["head of state Tuimalealiifano Va'aletoa Sualauvi II"]),
        entity("Samoa Uniting Party", "ORG", "WSM", ["the Samoa Uniting Party"]),
        entity("Fiame Naomi Mata'afa", "PER", "WSM", ["outgoing Prime Minister Fiame Naomi Mata'afa", "Fiame"]),
        entity("Samoa Police Service", "ORG", "WSM", ["police"]),
        entity("Government of Samoa", "ORG", "WSM", ["her government", "the new government"]),
        entity("Tuilaepa Sailele Malielegaoi", "PER", "WSM", ["Opposition leader Tuilaepa Sailele Malielegaoi"]),
        entity("Human Rights Protection Party", "ORG", "WSM", ["his Human Rights Protection Party"]),
        entity("New Zealand", "LOC", "NZL", ["New Zealand"]),
        entity("Christopher Luxon", "PER", "NZL", ["New Zealand Prime Minister Christopher Luxon"]),
        entity("Wellington", "LOC", "NZL", ["Wellington"]),
        entity("Anthony Albanese", "PER", "AUS", ["Australian Prime Minister Anthony Albanese"]),
        entity("Government of Australia", "ORG", "AUS", ["Canberra"]),
        entity("Embassy of China in Apia", "ORG", "CHN", ["China's embassy in Apia"]),
        entity("Government of China", "ORG", "CHN", ["Beijing"]),
        entity("Commonwealth of Nations", "ORG", "IGO", ["the Commonwealth"]),
    ],
}

# ---------------------------------------------------------------- hm295-en-02 (India, Kejriwal to resign)
KEJRIWAL = actor("Arvind Kejriwal", "IND", "GOV")
IND_SC = actor("Supreme Court of India", "IND", "JUD")
CBI = actor("Central Bureau of Investigation", "IND", "COP")
ED = actor("Enforcement Directorate", "IND", "GOV")
ECI = actor("Election Commission of India", "IND", "GOV")
BJP = actor("Bharatiya Janata Party", "IND", "PTY")
POONAWALLA = actor("Shehzad Poonawalla", "IND", "PTY")
SACHDEVA = actor("Virendra Sachdeva", "IND", "PTY")
DIKSHIT = actor("Sandeep Dikshit", "IND", "OPP")
AAP_SUPPORTERS = actor("Aam Aadmi Party supporters", "IND", "CVL")
SISODIA = actor("Manish Sisodia", "IND", "PTY")

K1 = ("NEW DELHI, Sept 15 (Reuters) - Delhi Chief Minister Arvind Kejriwal said on Sunday he would resign within "
      "two days, less than 48 hours after he walked out of jail on bail in a corruption case.")
K2 = ("The Supreme Court granted Kejriwal bail on Friday in a case brought by the Central Bureau of Investigation "
      "over the capital's now-scrapped liquor policy, but barred him from visiting his office or signing official "
      "files.")
K3 = ('"I will sit in the chief minister\'s chair only when the people give me their verdict of honesty," the '
      '56-year-old told party workers at the Aam Aadmi Party headquarters.')
K4 = ("Kejriwal demanded that elections to the Delhi assembly, due in February, be brought forward to November and "
      "held together with the vote in Maharashtra.")
K5 = ("He accused Prime Minister Narendra Modi's Bharatiya Janata Party of jailing him to break his party and "
      "topple the elected government in the capital.")
K6 = ("Kejriwal was arrested by the Enforcement Directorate in March, weeks before the national election, and again "
      "by the CBI in June while in custody.")
K7 = ("A new chief minister from the AAP would be chosen at a meeting of the party's lawmakers in the coming days, "
      "Kejriwal said.")
K8 = ('BJP spokesman Shehzad Poonawalla called the announcement a "PR stunt" and said Kejriwal was stepping down '
      'only because the court had tied his hands.')
K9 = ("Delhi BJP chief Virendra Sachdeva demanded that Kejriwal dissolve the assembly immediately if he was serious "
      "about early elections.")
K10 = "Congress leader Sandeep Dikshit said the resignation came months too late."
K11 = ("Hundreds of AAP supporters gathered outside Kejriwal's official residence in Civil Lines, chanting slogans "
       "against the BJP.")
K12 = ("Kejriwal denies wrongdoing, and his former deputy Manish Sisodia, arrested by the CBI in the same case last "
       "year, was granted bail by the Supreme Court in August.")
K13 = "Kejriwal said he would travel across Delhi in the coming weeks to seek the voters' verdict."
K14 = "The Election Commission did not respond to a request for comment."

EN02 = {
    "id": "hm295-en-02", "lang": "en", "url": None, "published": "2024-09-15",
    "title": "Delhi's Kejriwal says he will quit, demands early election after release on bail",
    "text": paragraphs([K1, K2], [K3, K4, K5, K6], [K7, K8, K9, K10, K11], [K12, K13, K14]),
    "events": [
        event("CONCEDE", KEJRIWAL, None, K1, date="2024-09-15"),
        event("RETREAT", IND_SC, KEJRIWAL, K1, mode="release"),
        event("RETREAT", IND_SC, KEJRIWAL, K2, mode="release", date="2024-09-13"),
        event("COERCE", IND_SC, KEJRIWAL, K2, mode="restrict", date="2024-09-13"),
        event("ACCUSE", CBI, KEJRIWAL, K2, mode="allege"),
        event("REQUEST", KEJRIWAL, ECI, K4, mode="change"),
        event("ACCUSE", KEJRIWAL, BJP, K5, mode="allege"),
        event("COERCE", ED, KEJRIWAL, K6, mode="arrest"),
        event("COERCE", CBI, KEJRIWAL, K6, mode="arrest"),
        event("ACCUSE", POONAWALLA, KEJRIWAL, K8, mode="disapprove"),
        event("REQUEST", SACHDEVA, KEJRIWAL, K9, mode="change"),
        event("ACCUSE", DIKSHIT, KEJRIWAL, K10, mode="disapprove"),
        event("PROTEST", AAP_SUPPORTERS, BJP, K11, mode="demo", location="Civil Lines, Delhi",
              location_country="IND"),
        event("COERCE", CBI, SISODIA, K12, mode="arrest"),
        event("RETREAT", IND_SC, SISODIA, K12, mode="release"),
    ],
    "quotes": [
        quote("he would resign within two days", "Arvind Kejriwal", "indirect"),
        quote("I will sit in the chief minister's chair only when the people give me their verdict of honesty",
              "Arvind Kejriwal", "direct"),
        quote("elections to the Delhi assembly, due in February, be brought forward to November and held together "
              "with the vote in Maharashtra", "Arvind Kejriwal", "indirect"),
        quote("jailing him to break his party and topple the elected government in the capital", "Arvind Kejriwal",
              "indirect"),
        quote("A new chief minister from the AAP would be chosen at a meeting of the party's lawmakers in the coming "
              "days", "Arvind Kejriwal", "indirect"),
        quote("PR stunt", "Shehzad Poonawalla", "direct"),
        quote("Kejriwal was stepping down only because the court had tied his hands", "Shehzad Poonawalla",
              "indirect"),
        quote("Kejriwal dissolve the assembly immediately if he was serious about early elections",
              "Virendra Sachdeva", "indirect"),
        quote("the resignation came months too late", "Sandeep Dikshit", "indirect"),
        quote("he would travel across Delhi in the coming weeks to seek the voters' verdict", "Arvind Kejriwal",
              "indirect"),
    ],
    "entities": [
        entity("New Delhi", "LOC", "IND", ["NEW DELHI"]),
        entity("Delhi", "LOC", "IND", ["Delhi", "the capital"]),
        entity("Arvind Kejriwal", "PER", "IND", ["Delhi Chief Minister Arvind Kejriwal", "Kejriwal",
                                                 "the 56-year-old"]),
        entity("Tihar Jail", "LOC", "IND", ["jail"]),
        entity("Supreme Court of India", "ORG", "IND", ["The Supreme Court", "the Supreme Court", "the court"]),
        entity("Central Bureau of Investigation", "ORG", "IND", ["the Central Bureau of Investigation", "the CBI"]),
        entity("Aam Aadmi Party", "ORG", "IND", ["the Aam Aadmi Party", "the AAP", "his party"]),
        entity("Aam Aadmi Party headquarters", "LOC", "IND", ["the Aam Aadmi Party headquarters"]),
        entity("Delhi Legislative Assembly", "ORG", "IND", ["the Delhi assembly", "the assembly"]),
        entity("Maharashtra", "LOC", "IND", ["Maharashtra"]),
        entity("Narendra Modi", "PER", "IND", ["Prime Minister Narendra Modi"]),
        entity("Bharatiya Janata Party", "ORG", "IND", ["Bharatiya Janata Party", "BJP", "the BJP"]),
        entity("Government of Delhi", "ORG", "IND", ["the elected government in the capital"]),
        entity("Enforcement Directorate", "ORG", "IND", ["the Enforcement Directorate"]),
        entity("Shehzad Poonawalla", "PER", "IND", ["BJP spokesman Shehzad Poonawalla"]),
        entity("Virendra Sachdeva", "PER", "IND", ["Delhi BJP chief Virendra Sachdeva"]),
        entity("Indian National Congress", "ORG", "IND", ["Congress"]),
        entity("Sandeep Dikshit", "PER", "IND", ["Congress leader Sandeep Dikshit"]),
        entity("Aam Aadmi Party supporters", "ORG", "IND", ["Hundreds of AAP supporters"]),
        entity("Civil Lines", "LOC", "IND", ["Civil Lines"]),
        entity("Manish Sisodia", "PER", "IND", ["his former deputy Manish Sisodia"]),
        entity("Election Commission of India", "ORG", "IND", ["The Election Commission"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
