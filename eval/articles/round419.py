"""Round 419: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, invented wording and details):
- hm419-de-01: Libya/Tunisia: Tripoli's interior ministry closes the Ras Jedir border crossing after clashes and blames "lawless groups"; Trabelsi threatens force, the Zuwara military council and the Amazigh council object, Tunisia reinforces Ben Guerdane, Ammar phones al-Baour, truckers protest, Dbeibah urges restraint (2024-03-20).
- hm419-de-02: Egypt/Ethiopia: Cairo declares the GERD negotiations failed after the last round in Addis Ababa; Egypt accuses Ethiopia and reserves the right to defend its water security, Addis Ababa speaks of a "colonial mentality" and offers more talks, the July Sisi-Abiy deal and the fourth filling recalled, the Arab League backs Egypt (2023-12-20).
- hm419-de-03: Tunisia: Kais Saied expels ETUC general secretary Esther Lynch after her speech at a UGTT rally in Sfax; interference accusation, protests in several cities, Anis Kaabi's arrest recalled, Taboubi and the ETUC condemn, MEPs urge conditions on EU aid (2023-02-19).
- hm419-de-04: Iran: the Guardian Council bars ex-president Hassan Rouhani from the Assembly of Experts election; Rouhani demands reasons and alleges political motives, the council's spokesman refuses comment, Zarif objects, reformist boycott, Kayhan applauds, Khamenei calls for turnout (2024-01-25).
- hm419-en-01: Israel: the Supreme Court strikes down the "reasonableness" law 8-7; Levin and Likud attack the court, Lapid and the Movement for Quality Government praise it, Gantz demands respect for the ruling, the 2023 mass protests and reservists' threats recalled (2024-01-02).
- hm419-en-02: Iraq: the KDP announces a boycott of the Kurdistan Region's June election over the Federal Supreme Court's ruling scrapping minority quota seats; it accuses the court and the PUK, Talabani urges a rethink, al-Sudani phones Masrour Barzani, UNAMI appeals, minority parties object (2024-03-19).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm419-de-01 (Libya/Tunisia, Ras Jedir closed)
LBY_GOV = actor("Government of National Unity of Libya", "LBY", "GOV")
LBY_INTERIOR = actor("Ministry of Interior of Libya", "LBY", "GOV")
TRABELSI = actor("Imad Trabelsi", "LBY", "GOV")
ZUWARA = actor("Zuwara Military Council", "LBY", "REB")
AMAZIGH = actor("Supreme Amazigh Council of Libya", "LBY", "CVL")
TUN_INTERIOR = actor("Ministry of Interior of Tunisia", "TUN", "GOV")
AMMAR = actor("Nabil Ammar", "TUN", "GOV")
BAOUR = actor("Taher al-Baour", "LBY", "GOV")
TUN_TRUCKERS = actor("truck drivers and traders in Ben Guerdane", "TUN", "CVL")
DBEIBAH = actor("Abdul Hamid Dbeibah", "LBY", "GOV")

R1 = ("Tripolis (dpa) - Nach Gefechten an der Grenze zu Tunesien hat Libyen den wichtigsten Grenzübergang zwischen "
      "beiden Ländern, Ras Jedir, bis auf Weiteres geschlossen.")
R2 = ("Das Innenministerium der international anerkannten Regierung in Tripolis begründete den Schritt am Dienstag "
      "mit Angriffen „gesetzloser Gruppen“ auf die Sicherheitskräfte am Übergang.")
R3 = "Bei Schusswechseln am Montag seien mehrere Beamte verletzt worden, hieß es in einer Mitteilung."
R4 = ("Innenminister Imad Trabelsi kündigte an, die Kontrolle über den Übergang notfalls mit Gewalt "
      "durchzusetzen.")
R5 = "„Der Staat wird an seinen Grenzen keine Milizen dulden“, sagte er in einer Videobotschaft."
R6 = ("Der Militärrat der Küstenstadt Zuwara, dessen Kämpfer den Übergang seit Jahren kontrollieren, wies die "
      "Darstellung des Ministeriums zurück.")
R7 = ("Die Regierung wolle den Grenzverkehr nur unter ihre Kontrolle bringen, um sich an Schmuggel und Gebühren zu "
      "bereichern, erklärte der Rat.")
R8 = ("Auch der Oberste Rat der Amazigh in Libyen lehnte die Entsendung von Einheiten aus Tripolis ab und forderte "
      "Verhandlungen mit den örtlichen Gemeinden.")
R9 = "Zuwara wird überwiegend von Angehörigen der Amazigh-Minderheit bewohnt."
R10 = ("Auf tunesischer Seite verstärkte das Innenministerium die Einheiten der Nationalgarde in der Grenzstadt Ben "
       "Guerdane.")
R11 = ("Außenminister Nabil Ammar telefonierte nach Angaben seines Ministeriums mit seinem libyschen Kollegen Taher "
       "al-Baour.")
R12 = "Beide seien sich einig gewesen, den Übergang so schnell wie möglich wieder zu öffnen, hieß es."
R13 = ("Hunderte Lastwagenfahrer und Händler protestierten in Ben Guerdane gegen die Schließung und blockierten "
       "zeitweise die Zufahrtsstraße.")
R14 = "Über Ras Jedir läuft ein Großteil des Warenverkehrs zwischen beiden Ländern."
R15 = "Zehntausende Libyer reisen jedes Jahr über den Übergang zu medizinischen Behandlungen nach Tunesien."
R16 = "Der Übergang war bereits im vergangenen Jahr mehrfach wegen Streitigkeiten über Zollregeln geschlossen worden."
R17 = ("Ministerpräsident Abdul Hamid Dbeibah rief die Konfliktparteien am Mittwoch zur Zurückhaltung auf und bot den "
       "Vertretern Zuwaras Gespräche in Tripolis an.")

DE01 = {
    "id": "hm419-de-01", "lang": "de", "url": None, "published": "2024-03-20",
    "title": "Libyen schließt Grenzübergang zu Tunesien nach Gefechten",
    "text": paragraphs([R1, R2, R3], [R4, R5, R6, R7], [R8, R9, R10, R11, R12], [R13, R14, R15, R16, R17]),
    "events": [
        event("COERCE", LBY_GOV, None, R1, mode="restrict", location="Ras Jedir", location_country="LBY"),
        event("ACCUSE", LBY_INTERIOR, ZUWARA, R2, mode="allege", date="2024-03-19"),
        event("THREATEN", TRABELSI, ZUWARA, R4, mode="violence"),
        event("THREATEN", TRABELSI, ZUWARA, R5),
        event("ACCUSE", ZUWARA, LBY_GOV, R7, mode="allege"),
        event("REJECT", AMAZIGH, LBY_INTERIOR, R8),
        event("REQUEST", AMAZIGH, LBY_GOV, R8, mode="meet"),
        event("MOBILIZE", TUN_INTERIOR, None, R10, mode="police", location="Ben Guerdane", location_country="TUN"),
        event("CONSULT", AMMAR, BAOUR, R11, mode="phone"),
        event("AGREE", AMMAR, BAOUR, R12),
        event("PROTEST", TUN_TRUCKERS, LBY_GOV, R13, mode="demo", location="Ben Guerdane", location_country="TUN"),
        event("REQUEST", DBEIBAH, ZUWARA, R17, date="2024-03-20"),
        event("AGREE", DBEIBAH, ZUWARA, R17, mode="meet", date="2024-03-20"),
    ],
    "quotes": [
        quote("gesetzloser Gruppen", "Ministry of Interior of Libya", "direct"),
        quote("Bei Schusswechseln am Montag seien mehrere Beamte verletzt worden", "Ministry of Interior of Libya",
              "indirect"),
        quote("die Kontrolle über den Übergang notfalls mit Gewalt durchzusetzen", "Imad Trabelsi", "indirect"),
        quote("Der Staat wird an seinen Grenzen keine Milizen dulden", "Imad Trabelsi", "direct"),
        quote("Die Regierung wolle den Grenzverkehr nur unter ihre Kontrolle bringen, um sich an Schmuggel und "
              "Gebühren zu bereichern", "Zuwara Military Council", "indirect"),
        quote("Außenminister Nabil Ammar telefonierte nach Angaben seines Ministeriums mit seinem libyschen Kollegen "
              "Taher al-Baour", "Ministry of Foreign Affairs of Tunisia", "indirect"),
        quote("Beide seien sich einig gewesen, den Übergang so schnell wie möglich wieder zu öffnen",
              "Ministry of Foreign Affairs of Tunisia", "indirect"),
    ],
    "entities": [
        entity("Tripoli", "LOC", "LBY", ["Tripolis"]),
        entity("Tunisia", "LOC", "TUN", ["Tunesien"]),
        entity("Government of National Unity of Libya", "ORG", "LBY",
               ["Libyen", "der international anerkannten Regierung in Tripolis", "Die Regierung"]),
        entity("Libya", "LOC", "LBY", ["Libyen"]),
        entity("Ras Jedir", "LOC", "LBY", ["den wichtigsten Grenzübergang zwischen beiden Ländern, Ras Jedir",
                                           "Ras Jedir", "am Übergang", "den Übergang", "Der Übergang"]),
        entity("Ministry of Interior of Libya", "ORG", "LBY",
               ["Das Innenministerium der international anerkannten Regierung in Tripolis", "des Ministeriums"]),
        entity("Libyan security forces at Ras Jedir", "ORG", "LBY", ["die Sicherheitskräfte am Übergang",
                                                                     "mehrere Beamte"]),
        entity("Imad Trabelsi", "PER", "LBY", ["Innenminister Imad Trabelsi", "er"]),
        entity("Zuwara Military Council", "ORG", "LBY", ["gesetzloser Gruppen", "Der Militärrat der Küstenstadt Zuwara",
                                                         "der Rat", "den Vertretern Zuwaras"]),
        entity("Zuwara", "LOC", "LBY", ["der Küstenstadt Zuwara", "Zuwara", "Zuwaras"]),
        entity("Supreme Amazigh Council of Libya", "ORG", "LBY", ["der Oberste Rat der Amazigh in Libyen"]),
        entity("Amazigh", "MISC", "LBY", ["der Amazigh-Minderheit"]),
        entity("Ministry of Interior of Tunisia", "ORG", "TUN", ["das Innenministerium"]),
        entity("National Guard of Tunisia", "ORG", "TUN", ["die Einheiten der Nationalgarde"]),
        entity("Ben Guerdane", "LOC", "TUN", ["der Grenzstadt Ben Guerdane", "Ben Guerdane"]),
        entity("Nabil Ammar", "PER", "TUN", ["Außenminister Nabil Ammar"]),
        entity("Ministry of Foreign Affairs of Tunisia", "ORG", "TUN", ["seines Ministeriums"]),
        entity("Taher al-Baour", "PER", "LBY", ["seinem libyschen Kollegen Taher al-Baour"]),
        entity("truck drivers and traders in Ben Guerdane", "PER", "TUN", ["Hunderte Lastwagenfahrer und Händler"]),
        entity("Libyan patients", "PER", "LBY", ["Zehntausende Libyer"]),
        entity("Abdul Hamid Dbeibah", "PER", "LBY", ["Ministerpräsident Abdul Hamid Dbeibah"]),
    ],
}

# ---------------------------------------------------------------- hm419-de-02 (Egypt/Ethiopia, GERD talks fail)
EGY_GOV = actor("Government of Egypt", "EGY", "GOV")
ETH_GOV = actor("Government of Ethiopia", "ETH", "GOV")
EGY_WATER = actor("Ministry of Water Resources and Irrigation of Egypt", "EGY", "GOV")
SEWILAM = actor("Hani Sewilam", "EGY", "GOV")
ETH_MFA = actor("Ministry of Foreign Affairs of Ethiopia", "ETH", "GOV")
SISI = actor("Abdel Fattah al-Sisi", "EGY", "GOV")
ABIY = actor("Abiy Ahmed", "ETH", "GOV")
ARAB_LEAGUE = actor("Arab League", "IGO", "IGO")
SDN_GOV = actor("Government of Sudan", "SDN", "GOV")

G1 = ("Kairo (dpa) - Die Verhandlungen zwischen Ägypten und Äthiopien über den umstrittenen Nil-Staudamm GERD sind "
      "nach Angaben Kairos endgültig gescheitert.")
G2 = ("Die vierte und letzte Verhandlungsrunde in der äthiopischen Hauptstadt Addis Abeba sei am Dienstag ohne "
      "Ergebnis zu Ende gegangen, teilte das ägyptische Bewässerungsministerium mit.")
G3 = ("Äthiopien habe alle Kompromissvorschläge abgelehnt und die Gespräche nur genutzt, um „vollendete Tatsachen“ "
      "zu schaffen, hieß es in der Erklärung.")
G4 = ("Ägypten behalte sich vor, seine Wasserversorgung und seine nationale Sicherheit im Einklang mit dem "
      "Völkerrecht zu verteidigen.")
G5 = ("Wasserminister Hani Sewilam sagte, sein Land sei flexibel gewesen und habe bis zuletzt auf eine verbindliche "
      "Vereinbarung über die Befüllung und den Betrieb des Damms gedrängt.")
G6 = "„Die Zeit der Gespräche ohne Ergebnis ist vorbei“, fügte er hinzu."
G7 = ("Das äthiopische Außenministerium warf Kairo am Mittwoch vor, an einer „kolonialen Denkweise“ festzuhalten "
      "und jede Annäherung zu blockieren.")
G8 = "Äthiopien wies zugleich den Vorwurf zurück, den Staaten am Unterlauf des Nils Schaden zuzufügen."
G9 = ("Addis Abeba sei weiterhin zu Gesprächen bereit, um eine für alle Seiten annehmbare Lösung zu finden, hieß "
      "es.")
G10 = ("Präsident Abdel Fattah al-Sisi und der äthiopische Ministerpräsident Abiy Ahmed hatten sich im Juli bei "
       "einem Treffen in Kairo darauf verständigt, innerhalb von vier Monaten ein Abkommen auszuhandeln.")
G11 = "Seitdem fanden vier Verhandlungsrunden abwechselnd in beiden Hauptstädten statt."
G12 = ("Im September hatte Äthiopien die vierte Befüllung des Stausees abgeschlossen, was Kairo als Verstoß gegen die "
       "Grundsatzerklärung von 2015 verurteilt hatte.")
G13 = ("Die Arabische Liga stellte sich am Mittwoch hinter Ägypten und rief Äthiopien auf, die Wasserrechte der "
       "Anrainerstaaten zu respektieren.")
G14 = "Der rund vier Milliarden Dollar teure Damm am Blauen Nil ist das größte Wasserkraftwerk Afrikas."
G15 = ("Ägypten bezieht rund 97 Prozent seines Wassers aus dem Nil und fürchtet, dass der Damm in Dürrejahren die "
       "Wassermenge drastisch verringert.")
G16 = ("Auch der Sudan hatte eine rechtlich bindende Vereinbarung verlangt, ist aber seit April durch den Krieg "
       "zwischen der Armee und der RSF-Miliz gelähmt.")

DE02 = {
    "id": "hm419-de-02", "lang": "de", "url": None, "published": "2023-12-20",
    "title": "Ägypten erklärt Verhandlungen über Nil-Staudamm für gescheitert",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8, G9], [G10, G11, G12], [G13, G14, G15, G16]),
    "events": [
        event("CONSULT", EGY_GOV, ETH_GOV, G2, mode="meet", date="2023-12-19", location="Addis Ababa",
              location_country="ETH"),
        event("ACCUSE", EGY_WATER, ETH_GOV, G3, mode="allege"),
        event("THREATEN", EGY_WATER, ETH_GOV, G4),
        event("REQUEST", SEWILAM, ETH_GOV, G5),
        event("ACCUSE", ETH_MFA, EGY_GOV, G7, mode="disapprove", date="2023-12-20"),
        event("AGREE", ETH_GOV, EGY_GOV, G9, mode="meet"),
        event("CONSULT", ABIY, SISI, G10, mode="visit", location="Cairo", location_country="EGY"),
        event("AGREE", ABIY, SISI, G10, location="Cairo", location_country="EGY"),
        event("ACCUSE", EGY_GOV, ETH_GOV, G12, mode="disapprove"),
        event("SUPPORT", ARAB_LEAGUE, EGY_GOV, G13, date="2023-12-20"),
        event("REQUEST", ARAB_LEAGUE, ETH_GOV, G13, mode="change", date="2023-12-20"),
        event("REQUEST", SDN_GOV, ETH_GOV, G16),
    ],
    "quotes": [
        quote("Die Verhandlungen zwischen Ägypten und Äthiopien über den umstrittenen Nil-Staudamm GERD sind nach "
              "Angaben Kairos endgültig gescheitert", "Government of Egypt", "indirect"),
        quote("Die vierte und letzte Verhandlungsrunde in der äthiopischen Hauptstadt Addis Abeba sei am Dienstag "
              "ohne Ergebnis zu Ende gegangen", "Ministry of Water Resources and Irrigation of Egypt", "indirect"),
        quote("vollendete Tatsachen", "Ministry of Water Resources and Irrigation of Egypt", "direct"),
        quote("Äthiopien habe alle Kompromissvorschläge abgelehnt und die Gespräche nur genutzt, um „vollendete "
              "Tatsachen“ zu schaffen", "Ministry of Water Resources and Irrigation of Egypt", "indirect"),
        quote("Ägypten behalte sich vor, seine Wasserversorgung und seine nationale Sicherheit im Einklang mit dem "
              "Völkerrecht zu verteidigen", "Ministry of Water Resources and Irrigation of Egypt", "indirect"),
        quote("sein Land sei flexibel gewesen und habe bis zuletzt auf eine verbindliche Vereinbarung über die "
              "Befüllung und den Betrieb des Damms gedrängt", "Hani Sewilam", "indirect"),
        quote("Die Zeit der Gespräche ohne Ergebnis ist vorbei", "Hani Sewilam", "direct"),
        quote("kolonialen Denkweise", "Ministry of Foreign Affairs of Ethiopia", "direct"),
        quote("an einer „kolonialen Denkweise“ festzuhalten und jede Annäherung zu blockieren",
              "Ministry of Foreign Affairs of Ethiopia", "indirect"),
        quote("Addis Abeba sei weiterhin zu Gesprächen bereit, um eine für alle Seiten annehmbare Lösung zu finden",
              "Ministry of Foreign Affairs of Ethiopia", "indirect"),
    ],
    "entities": [
        entity("Cairo", "LOC", "EGY", ["Kairo"]),
        entity("Egypt", "LOC", "EGY", ["Ägypten"]),
        entity("Ethiopia", "LOC", "ETH", ["Äthiopien"]),
        entity("Government of Egypt", "ORG", "EGY", ["Ägypten", "Kairos", "sein Land", "Kairo"]),
        entity("Government of Ethiopia", "ORG", "ETH", ["Äthiopien", "Addis Abeba"]),
        entity("Grand Ethiopian Renaissance Dam", "LOC", "ETH",
               ["den umstrittenen Nil-Staudamm GERD", "des Damms", "des Stausees",
                "Der rund vier Milliarden Dollar teure Damm am Blauen Nil", "der Damm"]),
        entity("Addis Ababa", "LOC", "ETH", ["der äthiopischen Hauptstadt Addis Abeba", "Addis Abeba"]),
        entity("Ministry of Water Resources and Irrigation of Egypt", "ORG", "EGY",
               ["das ägyptische Bewässerungsministerium"]),
        entity("Hani Sewilam", "PER", "EGY", ["Wasserminister Hani Sewilam", "er"]),
        entity("Ministry of Foreign Affairs of Ethiopia", "ORG", "ETH", ["Das äthiopische Außenministerium"]),
        entity("Nile", "LOC", "EGY", ["des Nils", "dem Nil"]),
        entity("Abdel Fattah al-Sisi", "PER", "EGY", ["Präsident Abdel Fattah al-Sisi"]),
        entity("Abiy Ahmed", "PER", "ETH", ["der äthiopische Ministerpräsident Abiy Ahmed"]),
        entity("Declaration of Principles on the GERD", "MISC", "EGY", ["die Grundsatzerklärung von 2015"]),
        entity("Arab League", "ORG", "IGO", ["Die Arabische Liga"]),
        entity("Blue Nile", "LOC", "ETH", ["Blauen Nil"]),
        entity("Africa", "LOC", None, ["Afrikas"]),
        entity("Government of Sudan", "ORG", "SDN", ["der Sudan"]),
        entity("Sudan", "LOC", "SDN", ["der Sudan"]),
        entity("Sudanese Armed Forces", "ORG", "SDN", ["der Armee"]),
        entity("Rapid Support Forces", "ORG", "SDN", ["der RSF-Miliz"]),
    ],
}

# ---------------------------------------------------------------- hm419-de-03 (Tunisia, ETUC chief expelled)
SAIED = actor("Kais Saied", "TUN", "GOV")
TUN_PRESIDENCY = actor("Presidency of Tunisia", "TUN", "GOV")
LYNCH = actor("Esther Lynch", "NGO", "LAB")
TUN_GOV = actor("Government of Tunisia", "TUN", "GOV")
UGTT = actor("Tunisian General Labour Union", "TUN", "LAB")
TUN_WORKERS = actor("Tunisian workers", "TUN", "LAB")
TUN_PROTESTERS = actor("UGTT protesters", "TUN", "LAB")
TUN_POLICE = actor("Tunisian police", "TUN", "COP")
KAABI = actor("Anis Kaabi", "TUN", "LAB")
TOLL_WORKERS = actor("workers of Tunisie Autoroutes", "TUN", "LAB")
AUTOROUTES = actor("Tunisie Autoroutes", "TUN", "BUS")
TABOUBI = actor("Noureddine Taboubi", "TUN", "LAB")
ETUC = actor("European Trade Union Confederation", "NGO", "LAB")
MEPS = actor("Members of the European Parliament", "EUR", "LEG")
EU_COMMISSION = actor("European Commission", "EUR", "GOV")
TUN_PARLIAMENT = actor("Assembly of the Representatives of the People", "TUN", "LEG")
TUN_OPP = actor("Tunisian opposition", "TUN", "OPP")

L1 = ("Tunis (dpa) - Tunesiens Präsident Kais Saied hat die Chefin des Europäischen Gewerkschaftsbundes (EGB), Esther "
      "Lynch, des Landes verwiesen.")
L2 = ("Die Irin sei zur „unerwünschten Person“ erklärt worden und müsse das Land binnen 24 Stunden verlassen, teilte "
      "das Präsidialamt in der Nacht zum Sonntag mit.")
L3 = ("Lynch habe sich mit ihren Äußerungen in eklatanter Weise in die inneren Angelegenheiten Tunesiens "
      "eingemischt.")
L4 = ("Die Gewerkschafterin hatte am Samstag auf einer Kundgebung des tunesischen Gewerkschaftsbunds UGTT in der "
      "Küstenstadt Sfax gesprochen.")
L5 = ("Dort forderte sie die Freilassung inhaftierter Gewerkschafter und sicherte den tunesischen Arbeitnehmern die "
      "Solidarität der europäischen Gewerkschaften zu.")
L6 = ("Tausende Menschen waren dem Aufruf der UGTT gefolgt und hatten in mehreren Städten gegen die Politik Saieds "
      "und die Festnahme von Gewerkschaftsvertretern demonstriert.")
L7 = "Die Polizei schritt bei den Kundgebungen nicht ein."
L8 = ("Ende Januar hatte die Polizei den Gewerkschaftsfunktionär Anis Kaabi festgenommen, nachdem Beschäftigte der "
      "Autobahngesellschaft für höhere Löhne gestreikt hatten.")
L9 = ("Saied hatte Gewerkschaftern vorgeworfen, unter dem Deckmantel von Streiks die Wirtschaft lahmlegen zu "
      "wollen.")
L10 = "UGTT-Generalsekretär Noureddine Taboubi sprach von einer „Schande für Tunesien“."
L11 = ("Der Präsident verwechsle Kritik mit Verschwörung und wolle jede unabhängige Stimme zum Schweigen bringen, "
       "sagte er vor Anhängern in Tunis.")
L12 = ("Der EGB verurteilte die Ausweisung als „Angriff auf die Gewerkschaftsfreiheit“ und verlangte, die "
       "Entscheidung rückgängig zu machen.")
L13 = ("Mehrere Abgeordnete des Europaparlaments forderten die EU-Kommission auf, geplante Finanzhilfen für Tunesien "
       "an die Achtung der Grundrechte zu knüpfen.")
L14 = "Saied hatte im Juli 2021 das Parlament entmachtet und regiert seither weitgehend per Dekret."
L15 = "Die Opposition spricht von einem Staatsstreich."
L16 = ("Die UGTT mit rund einer Million Mitgliedern gilt als einflussreichste Organisation des Landes und hatte 2015 "
       "als Teil des nationalen Dialogquartetts den Friedensnobelpreis erhalten.")

DE03 = {
    "id": "hm419-de-03", "lang": "de", "url": None, "published": "2023-02-19",
    "title": "Tunesien weist Europas Gewerkschaftschefin aus",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6, L7], [L8, L9], [L10, L11, L12, L13], [L14, L15, L16]),
    "events": [
        event("COERCE", SAIED, LYNCH, L1, mode="deport", location_country="TUN"),
        event("COERCE", TUN_PRESIDENCY, LYNCH, L2, mode="deport", location_country="TUN"),
        event("ACCUSE", TUN_PRESIDENCY, LYNCH, L3, mode="disapprove"),
        event("PROTEST", UGTT, TUN_GOV, L4, mode="demo", date="2023-02-18", location="Sfax",
              location_country="TUN"),
        event("REQUEST", LYNCH, TUN_GOV, L5, mode="yield", location="Sfax", location_country="TUN"),
        event("SUPPORT", LYNCH, TUN_WORKERS, L5, location="Sfax", location_country="TUN"),
        event("PROTEST", TUN_PROTESTERS, SAIED, L6, mode="demo", location_country="TUN"),
        event("COERCE", TUN_POLICE, TUN_PROTESTERS, L7, mode="crowd-control", negated=True),
        event("COERCE", TUN_POLICE, KAABI, L8, mode="arrest"),
        event("PROTEST", TOLL_WORKERS, AUTOROUTES, L8, mode="strike"),
        event("ACCUSE", SAIED, UGTT, L9, mode="allege"),
        event("ACCUSE", TABOUBI, SAIED, L10, mode="disapprove"),
        event("ACCUSE", TABOUBI, SAIED, L11, mode="disapprove", location="Tunis", location_country="TUN"),
        event("ACCUSE", ETUC, SAIED, L12, mode="disapprove"),
        event("REQUEST", ETUC, SAIED, L12, mode="change"),
        event("REQUEST", MEPS, EU_COMMISSION, L13, mode="change"),
        event("COERCE", SAIED, TUN_PARLIAMENT, L14),
        event("ACCUSE", TUN_OPP, SAIED, L15, mode="allege"),
    ],
    "quotes": [
        quote("unerwünschten Person", "Presidency of Tunisia", "direct"),
        quote("Die Irin sei zur „unerwünschten Person“ erklärt worden und müsse das Land binnen 24 Stunden verlassen",
              "Presidency of Tunisia", "indirect"),
        quote("Lynch habe sich mit ihren Äußerungen in eklatanter Weise in die inneren Angelegenheiten Tunesiens "
              "eingemischt", "Presidency of Tunisia", "indirect"),
        quote("unter dem Deckmantel von Streiks die Wirtschaft lahmlegen zu wollen", "Kais Saied", "indirect"),
        quote("Schande für Tunesien", "Noureddine Taboubi", "direct"),
        quote("Der Präsident verwechsle Kritik mit Verschwörung und wolle jede unabhängige Stimme zum Schweigen "
              "bringen", "Noureddine Taboubi", "indirect"),
        quote("Angriff auf die Gewerkschaftsfreiheit", "European Trade Union Confederation", "direct"),
        quote("die Entscheidung rückgängig zu machen", "European Trade Union Confederation", "indirect"),
        quote("geplante Finanzhilfen für Tunesien an die Achtung der Grundrechte zu knüpfen",
              "Members of the European Parliament", "indirect"),
    ],
    "entities": [
        entity("Tunis", "LOC", "TUN", ["Tunis"]),
        entity("Tunisia", "LOC", "TUN", ["Tunesiens", "des Landes", "das Land", "Tunesien"]),
        entity("Kais Saied", "PER", "TUN", ["Tunesiens Präsident Kais Saied", "Saieds", "Saied", "Der Präsident"]),
        entity("European Trade Union Confederation", "ORG", "NGO",
               ["des Europäischen Gewerkschaftsbundes (EGB)", "Der EGB"]),
        entity("Esther Lynch", "PER", "NGO",
               ["die Chefin des Europäischen Gewerkschaftsbundes (EGB), Esther Lynch", "Die Irin", "Lynch", "ihren",
                "Die Gewerkschafterin", "sie"]),
        entity("Presidency of Tunisia", "ORG", "TUN", ["das Präsidialamt"]),
        entity("Tunisian General Labour Union", "ORG", "TUN",
               ["des tunesischen Gewerkschaftsbunds UGTT", "der UGTT", "Die UGTT", "UGTT"]),
        entity("Sfax", "LOC", "TUN", ["der Küstenstadt Sfax"]),
        entity("jailed trade unionists", "PER", "TUN", ["inhaftierter Gewerkschafter", "Gewerkschaftsvertretern"]),
        entity("Tunisian workers", "PER", "TUN", ["den tunesischen Arbeitnehmern"]),
        entity("European trade unions", "ORG", "NGO", ["der europäischen Gewerkschaften"]),
        entity("UGTT protesters", "PER", "TUN", ["Tausende Menschen"]),
        entity("Tunisian police", "ORG", "TUN", ["Die Polizei", "die Polizei"]),
        entity("Anis Kaabi", "PER", "TUN", ["den Gewerkschaftsfunktionär Anis Kaabi"]),
        entity("workers of Tunisie Autoroutes", "PER", "TUN", ["Beschäftigte der Autobahngesellschaft"]),
        entity("Tunisie Autoroutes", "ORG", "TUN", ["der Autobahngesellschaft"]),
        entity("Noureddine Taboubi", "PER", "TUN", ["UGTT-Generalsekretär Noureddine Taboubi", "er"]),
        entity("Members of the European Parliament", "PER", "EUR", ["Mehrere Abgeordnete des Europaparlaments"]),
        entity("European Parliament", "ORG", "EUR", ["des Europaparlaments"]),
        entity("European Commission", "ORG", "EUR", ["die EU-Kommission"]),
        entity("Assembly of the Representatives of the People", "ORG", "TUN", ["das Parlament"]),
        entity("Tunisian opposition", "ORG", "TUN", ["Die Opposition"]),
        entity("Tunisian National Dialogue Quartet", "ORG", "TUN", ["des nationalen Dialogquartetts"]),
        entity("Nobel Peace Prize", "MISC", None, ["den Friedensnobelpreis"]),
    ],
}

# ---------------------------------------------------------------- hm419-de-04 (Iran, Rouhani disqualified)
GUARDIAN = actor("Guardian Council", "IRN", "GOV")
ROUHANI = actor("Hassan Rouhani", "IRN", "GOV")
TAHAN = actor("Hadi Tahan Nazif", "IRN", "GOV")
ZARIF = actor("Mohammad Javad Zarif", "IRN", "GOV")
REFORM_FRONT = actor("Reform Front of Iran", "IRN", "OPP")
KAYHAN = actor("Kayhan", "IRN", "MED")
KHAMENEI = actor("Ali Khamenei", "IRN", "GOV")
IRN_VOTERS = actor("Iranian people", "IRN", "CVL")

I1 = ("Teheran (dpa) - Der iranische Wächterrat hat den früheren Präsidenten Hassan Ruhani von der Wahl zum "
      "Expertenrat ausgeschlossen.")
I2 = ("Das Gremium habe seine Kandidatur ohne Angabe von Gründen abgelehnt, teilte Ruhanis Büro am Mittwoch in "
      "Teheran mit.")
I3 = ("Der 75-Jährige gehört dem Expertenrat, der den Obersten Führer bestimmt und theoretisch auch absetzen kann, "
      "seit 24 Jahren an.")
I4 = "Die Wahl zu dem Gremium findet am 1. März gemeinsam mit der Parlamentswahl statt."
I5 = ("In einer schriftlichen Erklärung forderte Ruhani den Wächterrat auf, die Gründe für seinen Ausschluss "
      "öffentlich zu machen.")
I6 = ("„Das Volk hat ein Recht zu erfahren, warum jemand, der dem Land acht Jahre als Präsident gedient hat, "
      "plötzlich als ungeeignet gilt“, schrieb er.")
I7 = ("Die Entscheidung sei politisch motiviert und schade dem Vertrauen der Bürger in die Wahlen, fügte der "
      "gemäßigte Geistliche hinzu.")
I8 = "Ein Sprecher des Wächterrats, Hadi Tahan Nasif, wies den Vorwurf politischer Motive zurück."
I9 = "Zu einzelnen Kandidaten werde sich der Rat nicht äußern, sagte er der Nachrichtenagentur Tasnim."
I10 = ("Der frühere Außenminister Mohammed Dschawad Sarif nannte den Ausschluss einen „Schlag gegen die "
       "Republik“.")
I11 = ("Das Bündnis der Reformer hatte bereits angekündigt, wegen der massenhaften Disqualifizierung seiner "
       "Bewerber keine eigenen Listen aufzustellen.")
I12 = ("Die ultrakonservative Zeitung „Kayhan“ begrüßte hingegen die Entscheidung und warf Ruhani vor, das Land mit "
       "dem Atomabkommen von 2015 an den Westen verkauft zu haben.")
I13 = "Revolutionsführer Ajatollah Ali Chamenei rief die Iraner am Mittwoch erneut zu einer hohen Wahlbeteiligung auf."
I14 = "Bei der Parlamentswahl 2020 hatte die Beteiligung mit rund 42 Prozent einen Tiefstand erreicht."
I15 = ("Ruhani war von 2013 bis 2021 Präsident und gilt als Architekt des Atomabkommens mit den Weltmächten, das nach "
       "dem Ausstieg der USA weitgehend zerfallen ist.")
I16 = "Die endgültige Liste der zugelassenen Kandidaten soll im Februar veröffentlicht werden."

DE04 = {
    "id": "hm419-de-04", "lang": "de", "url": None, "published": "2024-01-25",
    "title": "Wächterrat schließt Ex-Präsident Ruhani von Wahl aus",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7, I8, I9], [I10, I11, I12], [I13, I14, I15, I16]),
    "events": [
        event("COERCE", GUARDIAN, ROUHANI, I1, mode="restrict"),
        event("REQUEST", ROUHANI, GUARDIAN, I5),
        event("ACCUSE", ROUHANI, GUARDIAN, I6, mode="disapprove"),
        event("ACCUSE", ROUHANI, GUARDIAN, I7, mode="allege"),
        event("REJECT", TAHAN, ROUHANI, I9),
        event("ACCUSE", ZARIF, GUARDIAN, I10, mode="disapprove"),
        event("PROTEST", REFORM_FRONT, GUARDIAN, I11, mode="boycott"),
        event("SUPPORT", KAYHAN, GUARDIAN, I12),
        event("ACCUSE", KAYHAN, ROUHANI, I12, mode="disapprove"),
        event("REQUEST", KHAMENEI, IRN_VOTERS, I13, date="2024-01-24"),
    ],
    "quotes": [
        quote("Das Gremium habe seine Kandidatur ohne Angabe von Gründen abgelehnt", "Office of Hassan Rouhani",
              "indirect"),
        quote("die Gründe für seinen Ausschluss öffentlich zu machen", "Hassan Rouhani", "indirect"),
        quote("Das Volk hat ein Recht zu erfahren, warum jemand, der dem Land acht Jahre als Präsident gedient hat, "
              "plötzlich als ungeeignet gilt", "Hassan Rouhani", "direct"),
        quote("Die Entscheidung sei politisch motiviert und schade dem Vertrauen der Bürger in die Wahlen",
              "Hassan Rouhani", "indirect"),
        quote("Zu einzelnen Kandidaten werde sich der Rat nicht äußern", "Hadi Tahan Nazif", "indirect"),
        quote("Schlag gegen die Republik", "Mohammad Javad Zarif", "direct"),
        quote("wegen der massenhaften Disqualifizierung seiner Bewerber keine eigenen Listen aufzustellen",
              "Reform Front of Iran", "indirect"),
        quote("das Land mit dem Atomabkommen von 2015 an den Westen verkauft zu haben", "Kayhan", "indirect"),
    ],
    "entities": [
        entity("Tehran", "LOC", "IRN", ["Teheran"]),
        entity("Guardian Council", "ORG", "IRN", ["Der iranische Wächterrat", "Das Gremium", "den Wächterrat",
                                                  "des Wächterrats", "der Rat"]),
        entity("Hassan Rouhani", "PER", "IRN",
               ["den früheren Präsidenten Hassan Ruhani", "seine", "Ruhanis", "Der 75-Jährige", "Ruhani", "seinen",
                "jemand, der dem Land acht Jahre als Präsident gedient hat", "er", "der gemäßigte Geistliche"]),
        entity("Office of Hassan Rouhani", "ORG", "IRN", ["Ruhanis Büro"]),
        entity("Assembly of Experts", "ORG", "IRN", ["Expertenrat", "dem Expertenrat", "dem Gremium"]),
        entity("Ali Khamenei", "PER", "IRN", ["den Obersten Führer", "Revolutionsführer Ajatollah Ali Chamenei"]),
        entity("Iran", "LOC", "IRN", ["dem Land", "das Land"]),
        entity("Iranian people", "PER", "IRN", ["Das Volk", "der Bürger", "die Iraner"]),
        entity("Hadi Tahan Nazif", "PER", "IRN", ["Ein Sprecher des Wächterrats, Hadi Tahan Nasif", "er"]),
        entity("Tasnim", "ORG", "IRN", ["der Nachrichtenagentur Tasnim"]),
        entity("Mohammad Javad Zarif", "PER", "IRN", ["Der frühere Außenminister Mohammed Dschawad Sarif"]),
        entity("Reform Front of Iran", "ORG", "IRN", ["Das Bündnis der Reformer"]),
        entity("Kayhan", "ORG", "IRN", ["Die ultrakonservative Zeitung „Kayhan“"]),
        entity("Joint Comprehensive Plan of Action", "MISC", None,
               ["dem Atomabkommen von 2015", "des Atomabkommens mit den Weltmächten"]),
        entity("the West", "LOC", None, ["den Westen"]),
        entity("world powers", "ORG", None, ["den Weltmächten"]),
        entity("United States", "LOC", "USA", ["der USA"]),
    ],
}

# ---------------------------------------------------------------- hm419-en-01 (Israel, reasonableness law struck down)
ISR_SC = actor("Supreme Court of Israel", "ISR", "JUD")
KNESSET = actor("Knesset", "ISR", "LEG")
LEVIN = actor("Yariv Levin", "ISR", "GOV")
LIKUD = actor("Likud", "ISR", "PTY")
LAPID = actor("Yair Lapid", "ISR", "OPP")
GANTZ = actor("Benny Gantz", "ISR", "GOV")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
MQG = actor("Movement for Quality Government in Israel", "ISR", "NGO")
ISR_PROTESTERS = actor("Israeli protesters", "ISR", "CVL")
RESERVISTS = actor("Israeli military reservists", "ISR", "MIL")

E1 = ("JERUSALEM (AP) — Israel's Supreme Court on Monday struck down a key part of Prime Minister Benjamin "
      "Netanyahu's contentious judicial overhaul, a law that limited the court's power to review government "
      "decisions.")
E2 = ("In an 8-7 decision, the justices ruled that the law, passed by the Knesset in July, caused \"severe and "
      "unprecedented harm\" to Israel's character as a democratic state.")
E3 = ("A larger majority of 12 justices also held that the court has the authority to review and strike down Basic "
      "Laws, Israel's quasi-constitution.")
E4 = "The ruling was among the last signed by former Chief Justice Esther Hayut, who retired in October."
E5 = ("Justice Minister Yariv Levin, the architect of the overhaul, accused the judges of taking \"into their hands "
      "all the powers\" that in a democracy are divided among the branches of government.")
E6 = ("He said the decision would not deter the government and that it was \"the opposite of the spirit of unity\" "
      "needed while soldiers were fighting in Gaza.")
E7 = ("Netanyahu's Likud party said it was \"unfortunate\" that the court had chosen to publish its ruling in the "
      "middle of a war.")
E8 = "Netanyahu himself did not immediately comment."
E9 = ("Opposition leader Yair Lapid praised the ruling and said the court had \"faithfully fulfilled its role\" in "
      "protecting Israel's citizens.")
E10 = ("Benny Gantz, a centrist rival of Netanyahu who joined his war cabinet after Hamas' Oct. 7 attack, said the "
       "ruling must be respected.")
E11 = ("The Movement for Quality Government in Israel, one of the groups that had petitioned the court, called the "
       "decision \"a huge victory for Israeli democracy.\"")
E12 = ("The law, an amendment to a Basic Law, barred judges from overturning government decisions on the grounds "
       "that they were unreasonable.")
E13 = ("Its passage in July set off some of the largest street protests in Israel's history, with hundreds of "
       "thousands of people demonstrating week after week.")
E14 = "Thousands of military reservists threatened to stop reporting for duty."
E15 = "A draft of the ruling was leaked to Israel's Channel 12 television last week."
E16 = ("Critics say the overhaul would concentrate power in the hands of the prime minister and his allies, while "
       "supporters argue that unelected judges wield too much influence.")

EN01 = {
    "id": "hm419-en-01", "lang": "en", "url": None, "published": "2024-01-02",
    "title": "Israel's Supreme Court strikes down key part of Netanyahu's judicial overhaul",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8], [E9, E10, E11], [E12, E13, E14], [E15, E16]),
    "events": [
        event("SANCTION", ISR_SC, KNESSET, E1, mode="convict", date="2024-01-01", location="Jerusalem",
              location_country="ISR"),
        event("SANCTION", ISR_SC, KNESSET, E2, mode="convict"),
        event("ACCUSE", LEVIN, ISR_SC, E5, mode="disapprove"),
        event("ACCUSE", LEVIN, ISR_SC, E6, mode="disapprove"),
        event("ACCUSE", LIKUD, ISR_SC, E7, mode="disapprove"),
        event("SUPPORT", LAPID, ISR_SC, E9),
        event("REQUEST", GANTZ, ISR_GOV, E10),
        event("SUPPORT", MQG, ISR_SC, E11),
        event("PROTEST", ISR_PROTESTERS, ISR_GOV, E13, mode="demo", location_country="ISR"),
        event("THREATEN", RESERVISTS, ISR_GOV, E14, mode="restrict"),
    ],
    "quotes": [
        quote("severe and unprecedented harm", "Supreme Court of Israel", "direct"),
        quote("the law, passed by the Knesset in July, caused \"severe and unprecedented harm\" to Israel's "
              "character as a democratic state", "Supreme Court of Israel", "indirect"),
        quote("the court has the authority to review and strike down Basic Laws, Israel's quasi-constitution",
              "Supreme Court of Israel", "indirect"),
        quote("into their hands all the powers", "Yariv Levin", "direct"),
        quote("taking \"into their hands all the powers\" that in a democracy are divided among the branches of "
              "government", "Yariv Levin", "indirect"),
        quote("the opposite of the spirit of unity", "Yariv Levin", "direct"),
        quote("the decision would not deter the government and that it was \"the opposite of the spirit of unity\" "
              "needed while soldiers were fighting in Gaza", "Yariv Levin", "indirect"),
        quote("unfortunate", "Likud", "direct"),
        quote("it was \"unfortunate\" that the court had chosen to publish its ruling in the middle of a war",
              "Likud", "indirect"),
        quote("faithfully fulfilled its role", "Yair Lapid", "direct"),
        quote("the court had \"faithfully fulfilled its role\" in protecting Israel's citizens", "Yair Lapid",
              "indirect"),
        quote("the ruling must be respected", "Benny Gantz", "indirect"),
        quote("a huge victory for Israeli democracy", "Movement for Quality Government in Israel", "direct"),
        quote("the overhaul would concentrate power in the hands of the prime minister and his allies",
              "critics of the judicial overhaul", "indirect"),
        quote("unelected judges wield too much influence", "supporters of the judicial overhaul", "indirect"),
    ],
    "entities": [
        entity("Jerusalem", "LOC", "ISR", ["JERUSALEM"]),
        entity("Supreme Court of Israel", "ORG", "ISR", ["Israel's Supreme Court", "the court", "the justices",
                                                         "the judges"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Prime Minister Benjamin Netanyahu's", "Netanyahu's",
                                                    "Netanyahu", "his", "the prime minister"]),
        entity("Knesset", "ORG", "ISR", ["the Knesset"]),
        entity("Israel", "LOC", "ISR", ["Israel's"]),
        entity("Esther Hayut", "PER", "ISR", ["former Chief Justice Esther Hayut"]),
        entity("Yariv Levin", "PER", "ISR", ["Justice Minister Yariv Levin, the architect of the overhaul", "He"]),
        entity("Government of Israel", "ORG", "ISR", ["the government"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["soldiers"]),
        entity("Gaza", "LOC", "PSE", ["Gaza"]),
        entity("Likud", "ORG", "ISR", ["Netanyahu's Likud party"]),
        entity("Yair Lapid", "PER", "ISR", ["Opposition leader Yair Lapid"]),
        entity("Israeli citizens", "PER", "ISR", ["Israel's citizens"]),
        entity("Benny Gantz", "PER", "ISR", ["Benny Gantz, a centrist rival of Netanyahu"]),
        entity("Israeli war cabinet", "ORG", "ISR", ["his war cabinet"]),
        entity("Hamas", "ORG", "PSE", ["Hamas'"]),
        entity("Movement for Quality Government in Israel", "ORG", "ISR",
               ["The Movement for Quality Government in Israel"]),
        entity("Israeli protesters", "PER", "ISR", ["hundreds of thousands of people"]),
        entity("Israeli military reservists", "PER", "ISR", ["Thousands of military reservists"]),
        entity("Channel 12", "ORG", "ISR", ["Israel's Channel 12 television"]),
    ],
}

# ---------------------------------------------------------------- hm419-en-02 (Iraq, KDP boycotts Kurdish election)
KDP = actor("Kurdistan Democratic Party", "IRQ", "PTY")
IRQ_GOV = actor("Government of Iraq", "IRQ", "GOV")
IRQ_FSC = actor("Federal Supreme Court of Iraq", "IRQ", "JUD")
KURD_PARL = actor("Kurdistan Region Parliament", "IRQ", "LEG")
PUK = actor("Patriotic Union of Kurdistan", "IRQ", "PTY")
TALABANI = actor("Bafel Talabani", "IRQ", "PTY")
SUDANI = actor("Mohammed Shia al-Sudani", "IRQ", "GOV")
MASROUR = actor("Masrour Barzani", "IRQ", "GOV")
UNAMI = actor("United Nations Assistance Mission for Iraq", "UNO", "IGO")
MINORITY_PARTIES = actor("Turkmen and Christian parties of the Kurdistan Region", "IRQ", "PTY")
KRG = actor("Kurdistan Regional Government", "IRQ", "GOV")

K1 = ("ERBIL, Iraq (AP) — The largest party in Iraq's northern Kurdish region said Monday it will boycott regional "
      "parliamentary elections scheduled for June, deepening a dispute with Baghdad over the makeup of the "
      "legislature.")
K2 = ("The Kurdistan Democratic Party said in a statement that it would not take part in a vote held \"under an "
      "imposed and unconstitutional electoral system\" and accused the federal judiciary of overstepping its "
      "powers.")
K3 = ("The dispute stems from a ruling in February by Iraq's Federal Supreme Court that declared unconstitutional "
      "the 11 seats reserved for Christian, Turkmen and Armenian minorities in the 111-seat regional parliament.")
K4 = ("The court also ordered that the vote be run by Iraq's federal electoral commission instead of the regional "
      "one and that the region be divided into four electoral districts.")
K5 = ("KDP officials say the changes favor the rival Patriotic Union of Kurdistan, which dominates the eastern "
      "province of Sulaymaniyah, and its allies in Baghdad.")
K6 = "The PUK denies that."
K7 = ("\"No party has the right to hold the people of Kurdistan hostage,\" PUK leader Bafel Talabani told reporters "
      "in Sulaymaniyah, urging the KDP to reconsider.")
K8 = ("The KDP stopped short of withdrawing its ministers from Prime Minister Mohammed Shia al-Sudani's government "
      "in Baghdad.")
K9 = ("Al-Sudani phoned the Kurdish region's prime minister, Masrour Barzani, on Monday evening and called for "
      "dialogue to resolve the dispute, his office said.")
K10 = ("The U.N. mission in Iraq urged all sides to find a solution that ensures \"free, fair and inclusive "
       "elections\" in the region.")
K11 = ("Leaders of Turkmen and Christian parties also criticized the court ruling, saying it had stripped their "
       "communities of a guaranteed voice in the regional legislature.")
K12 = "The court has rejected accusations of political bias."
K13 = ("Kurdish officials have long accused Baghdad of withholding the region's share of the federal budget, while "
       "federal officials say Erbil has failed to hand over oil revenue.")
K14 = ("The regional parliament's mandate expired in 2022 after lawmakers extended it by a year, a move the Federal "
       "Supreme Court later declared unconstitutional.")
K15 = "The last regional election was held in 2018."
K16 = ("Oil exports from the region through Turkey have been halted since March 2023 following an international "
       "arbitration ruling.")

EN02 = {
    "id": "hm419-en-02", "lang": "en", "url": None, "published": "2024-03-19",
    "title": "Main Kurdish party to boycott Iraqi Kurdistan's parliamentary election",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7, K8], [K9, K10, K11, K12], [K13, K14, K15, K16]),
    "events": [
        event("PROTEST", KDP, IRQ_GOV, K1, mode="boycott", date="2024-03-18", location="Erbil",
              location_country="IRQ"),
        event("PROTEST", KDP, IRQ_FSC, K2, mode="boycott"),
        event("ACCUSE", KDP, IRQ_FSC, K2, mode="disapprove"),
        event("SANCTION", IRQ_FSC, KURD_PARL, K3, mode="convict"),
        event("ACCUSE", KDP, PUK, K5, mode="allege"),
        event("ACCUSE", TALABANI, KDP, K7, mode="disapprove", location="Sulaymaniyah", location_country="IRQ"),
        event("REQUEST", TALABANI, KDP, K7, mode="change", location="Sulaymaniyah", location_country="IRQ"),
        event("RETREAT", KDP, IRQ_GOV, K8, mode="withdraw", negated=True),
        event("CONSULT", SUDANI, MASROUR, K9, mode="phone", date="2024-03-18"),
        event("REQUEST", SUDANI, MASROUR, K9, mode="meet", date="2024-03-18"),
        event("REQUEST", UNAMI, None, K10),
        event("ACCUSE", MINORITY_PARTIES, IRQ_FSC, K11, mode="disapprove"),
        event("ACCUSE", KRG, IRQ_GOV, K13, mode="allege"),
        event("ACCUSE", IRQ_GOV, KRG, K13, mode="allege"),
        event("SANCTION", IRQ_FSC, KURD_PARL, K14, mode="convict"),
    ],
    "quotes": [
        quote("it would not take part in a vote held \"under an imposed and unconstitutional electoral system\"",
              "Kurdistan Democratic Party", "indirect"),
        quote("under an imposed and unconstitutional electoral system", "Kurdistan Democratic Party", "direct"),
        quote("overstepping its powers", "Kurdistan Democratic Party", "indirect"),
        quote("the changes favor the rival Patriotic Union of Kurdistan, which dominates the eastern province of "
              "Sulaymaniyah, and its allies in Baghdad", "officials of the Kurdistan Democratic Party", "indirect"),
        quote("No party has the right to hold the people of Kurdistan hostage", "Bafel Talabani", "direct"),
        quote("Al-Sudani phoned the Kurdish region's prime minister, Masrour Barzani, on Monday evening and called "
              "for dialogue to resolve the dispute", "Office of the Prime Minister of Iraq", "indirect"),
        quote("free, fair and inclusive elections", "United Nations Assistance Mission for Iraq", "direct"),
        quote("it had stripped their communities of a guaranteed voice in the regional legislature",
              "Turkmen and Christian parties of the Kurdistan Region", "indirect"),
        quote("withholding the region's share of the federal budget", "Kurdistan Regional Government", "indirect"),
        quote("Erbil has failed to hand over oil revenue", "Iraqi federal officials", "indirect"),
    ],
    "entities": [
        entity("Erbil", "LOC", "IRQ", ["ERBIL"]),
        entity("Iraq", "LOC", "IRQ", ["Iraq", "Iraq's"]),
        entity("Kurdistan Democratic Party", "ORG", "IRQ",
               ["The largest party in Iraq's northern Kurdish region", "The Kurdistan Democratic Party", "KDP",
                "the KDP", "The KDP"]),
        entity("Kurdistan Region", "LOC", "IRQ", ["Iraq's northern Kurdish region", "the region",
                                                  "the Kurdish region's", "the region's", "Kurdistan"]),
        entity("Government of Iraq", "ORG", "IRQ",
               ["Baghdad", "Prime Minister Mohammed Shia al-Sudani's government in Baghdad"]),
        entity("Kurdistan Region Parliament", "ORG", "IRQ",
               ["the legislature", "the 111-seat regional parliament", "the regional legislature",
                "The regional parliament's"]),
        entity("Federal Supreme Court of Iraq", "ORG", "IRQ",
               ["the federal judiciary", "Iraq's Federal Supreme Court", "The court", "the court",
                "the Federal Supreme Court"]),
        entity("Christian, Turkmen and Armenian minorities", "PER", "IRQ",
               ["Christian, Turkmen and Armenian minorities", "their communities"]),
        entity("Independent High Electoral Commission", "ORG", "IRQ", ["Iraq's federal electoral commission"]),
        entity("Kurdistan Region Electoral Commission", "ORG", "IRQ", ["the regional one"]),
        entity("officials of the Kurdistan Democratic Party", "PER", "IRQ", ["KDP officials"]),
        entity("Patriotic Union of Kurdistan", "ORG", "IRQ", ["the rival Patriotic Union of Kurdistan", "The PUK",
                                                              "PUK"]),
        entity("Sulaymaniyah", "LOC", "IRQ", ["the eastern province of Sulaymaniyah", "Sulaymaniyah"]),
        entity("Bafel Talabani", "PER", "IRQ", ["PUK leader Bafel Talabani"]),
        entity("people of Kurdistan", "PER", "IRQ", ["the people of Kurdistan"]),
        entity("KDP ministers in the federal government", "PER", "IRQ", ["its ministers"]),
        entity("Mohammed Shia al-Sudani", "PER", "IRQ", ["Prime Minister Mohammed Shia al-Sudani's", "Al-Sudani",
                                                         "his"]),
        entity("Masrour Barzani", "PER", "IRQ", ["the Kurdish region's prime minister, Masrour Barzani"]),
        entity("Office of the Prime Minister of Iraq", "ORG", "IRQ", ["his office"]),
        entity("United Nations Assistance Mission for Iraq", "ORG", "UNO", ["The U.N. mission in Iraq"]),
        entity("Turkmen and Christian parties of the Kurdistan Region", "ORG", "IRQ",
               ["Leaders of Turkmen and Christian parties"]),
        entity("Kurdistan Regional Government", "ORG", "IRQ", ["Kurdish officials", "Erbil"]),
        entity("Iraqi federal officials", "PER", "IRQ", ["federal officials"]),
        entity("Kurdish regional lawmakers", "PER", "IRQ", ["lawmakers"]),
        entity("Turkey", "LOC", "TUR", ["Turkey"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
