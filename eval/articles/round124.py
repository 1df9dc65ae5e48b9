"""Round 124: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm124-de-01: Lebanon's cabinet tasks the army with a plan to disarm Hezbollah; Hezbollah rejects it (2025-08-06).
- hm124-de-02: A Congolese military court sentences former president Joseph Kabila to death in absentia (2025-09-30).
- hm124-de-03: Turkish police storm the CHP's Istanbul headquarters to install a court-appointed trustee (2025-09-08).
- hm124-de-04: South Sudan's first vice-president Riek Machar placed under house arrest in Juba (2025-03-27).
- hm124-en-01: Iran suspends cooperation with the IAEA after the June war (2025-07-03).
- hm124-en-02: Sudan cuts diplomatic ties with the UAE after drone strikes on Port Sudan (2025-05-06).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm124-de-01
LBN_GOV = actor("Government of Lebanon", "LBN", "GOV")
LBN_ARMY = actor("Lebanese Armed Forces", "LBN", "MIL")
HEZBOLLAH = actor("Hezbollah", "LBN", "REB")
HEZBOLLAH_PTY = actor("Hezbollah", "LBN", "PTY")
AMAL = actor("Amal Movement", "LBN", "PTY")
QASSEM = actor("Naim Qassem", "LBN", "REB")
ISR = actor("Israel", "ISR", "GOV")
ISR_MIL = actor("Israel Defense Forces", "ISR", "MIL")
BARRACK = actor("Tom Barrack", "USA", "GOV")
AOUN = actor("Joseph Aoun", "LBN", "GOV")

G1 = "Die libanesische Regierung hat die Armee am Dienstag beauftragt, bis Jahresende einen Plan zur Entwaffnung der Hisbollah auszuarbeiten."
G2 = "Das Kabinett habe beschlossen, dass künftig allein der Staat über Waffen verfügen dürfe, sagte Informationsminister Paul Morcos nach einer mehrstündigen Sitzung in Beirut."
G3 = "Die Minister der Hisbollah und der verbündeten Amal-Bewegung verließen aus Protest den Saal."
G4 = "Hisbollah-Generalsekretär Naim Kassem hatte am Montag erklärt, seine Organisation werde ihre Waffen nicht abgeben, solange Israel Teile des Südlibanons besetze und seine Angriffe fortsetze."
G5 = "Am Mittwoch teilte die Hisbollah mit, sie werde den Beschluss behandeln, „als existiere er nicht“."
G6 = "Die Regierung von Ministerpräsident Nawaf Salam begehe eine „schwere Sünde“, hieß es in der Erklärung."
G7 = "Salam sagte dagegen, allein der Staat müsse über Krieg und Frieden entscheiden."
G8 = "Der US-Sondergesandte Tom Barrack hatte bei Besuchen in Beirut im Juli auf einen Zeitplan für die Entwaffnung gedrungen und im Gegenzug einen Rückzug Israels von fünf Hügeln im Südlibanon in Aussicht gestellt."
G9 = "Israel hält die Stellungen seit dem Waffenstillstand vom November besetzt und greift nahezu täglich mutmaßliche Hisbollah-Ziele an."
G10 = "Präsident Joseph Aoun rief alle Seiten zur Besonnenheit auf und versicherte, die Armee werde den Plan „mit Weisheit“ umsetzen."

DE01 = {
    "id": "hm124-de-01", "lang": "de", "url": None, "published": "2025-08-06",
    "title": "Libanons Regierung will Hisbollah entwaffnen",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7], [G8, G9, G10]),
    "events": [
        event("REQUEST", LBN_GOV, LBN_ARMY, G1, date="2025-08-05", location="Beirut", location_country="LBN"),
        event("REQUEST", LBN_GOV, HEZBOLLAH, G2, mode="yield", date="2025-08-05", location="Beirut", location_country="LBN"),
        event("PROTEST", HEZBOLLAH_PTY, LBN_GOV, G3, mode="boycott", date="2025-08-05", location="Beirut", location_country="LBN"),
        event("PROTEST", AMAL, LBN_GOV, G3, mode="boycott", date="2025-08-05", location="Beirut", location_country="LBN"),
        event("REJECT", QASSEM, LBN_GOV, G4, mode="yield", date="2025-08-04"),
        event("ACCUSE", QASSEM, ISR, G4, mode="allege", date="2025-08-04"),
        event("REJECT", HEZBOLLAH, LBN_GOV, G5, mode="yield", date="2025-08-06"),
        event("ACCUSE", HEZBOLLAH, LBN_GOV, G6, mode="disapprove", date="2025-08-06"),
        event("CONSULT", BARRACK, LBN_GOV, G8, mode="visit", location="Beirut", location_country="LBN"),
        event("REQUEST", BARRACK, LBN_GOV, G8, mode="yield", location="Beirut", location_country="LBN"),
        event("AGREE", BARRACK, LBN_GOV, G8, location="Beirut", location_country="LBN"),
        event("ASSAULT", ISR_MIL, HEZBOLLAH, G9, location_country="LBN"),
        event("REQUEST", AOUN, None, G10),
    ],
    "quotes": [
        quote("Das Kabinett habe beschlossen, dass künftig allein der Staat über Waffen verfügen dürfe", "Paul Morcos", "indirect"),
        quote("seine Organisation werde ihre Waffen nicht abgeben, solange Israel Teile des Südlibanons besetze und seine Angriffe fortsetze", "Naim Qassem", "indirect"),
        quote("sie werde den Beschluss behandeln, „als existiere er nicht“", "Hezbollah", "indirect"),
        quote("als existiere er nicht", "Hezbollah", "direct"),
        quote("Die Regierung von Ministerpräsident Nawaf Salam begehe eine „schwere Sünde“", "Hezbollah", "indirect"),
        quote("schwere Sünde", "Hezbollah", "direct"),
        quote("allein der Staat müsse über Krieg und Frieden entscheiden", "Nawaf Salam", "indirect"),
        quote("die Armee werde den Plan „mit Weisheit“ umsetzen", "Joseph Aoun", "indirect"),
        quote("mit Weisheit", "Joseph Aoun", "direct"),
    ],
    "entities": [
        entity("Government of Lebanon", "ORG", "LBN", ["Die libanesische Regierung", "Das Kabinett", "Die Regierung von Ministerpräsident Nawaf Salam"]),
        entity("Lebanese Armed Forces", "ORG", "LBN", ["die Armee"]),
        entity("Hezbollah", "ORG", "LBN", ["der Hisbollah", "seine Organisation", "die Hisbollah", "sie"]),
        entity("Lebanon", "GPE", "LBN", ["der Staat"]),
        entity("Paul Morcos", "PER", "LBN", ["Informationsminister Paul Morcos"]),
        entity("Beirut", "LOC", "LBN", ["Beirut"]),
        entity("Hezbollah and Amal ministers", "ORG", "LBN", ["Die Minister der Hisbollah und der verbündeten Amal-Bewegung"]),
        entity("Amal Movement", "ORG", "LBN", ["der verbündeten Amal-Bewegung"]),
        entity("Naim Qassem", "PER", "LBN", ["Hisbollah-Generalsekretär Naim Kassem"]),
        entity("Israel", "GPE", "ISR", ["Israel", "Israels"]),
        entity("Southern Lebanon", "LOC", "LBN", ["des Südlibanons", "im Südlibanon"]),
        entity("Nawaf Salam", "PER", "LBN", ["Ministerpräsident Nawaf Salam", "Salam"]),
        entity("Tom Barrack", "PER", "USA", ["Der US-Sondergesandte Tom Barrack"]),
        entity("Five hills in southern Lebanon", "LOC", "LBN", ["fünf Hügeln im Südlibanon", "die Stellungen"]),
        entity("Joseph Aoun", "PER", "LBN", ["Präsident Joseph Aoun"]),
    ],
}

# ---------------------------------------------------------------- hm124-de-02
HMC = actor("High Military Court of the DR Congo", "COD", "JUD")
KABILA = actor("Joseph Kabila", "COD", "OPP")
COD_GOV = actor("Government of the DR Congo", "COD", "GOV")
PPRD = actor("People's Party for Reconstruction and Democracy", "COD", "PTY")
M23 = actor("AFC/M23", "COD", "REB")
RWA = actor("Rwanda", "RWA", "GOV")

H1 = "Ein Militärgericht in der Demokratischen Republik Kongo hat den früheren Präsidenten Joseph Kabila am Dienstag in Abwesenheit zum Tode verurteilt."
H2 = "Der Hohe Militärgerichtshof in Kinshasa sprach den 54-Jährigen unter anderem des Hochverrats, der Kriegsverbrechen und der Verbrechen gegen die Menschlichkeit schuldig."
H3 = "Nach Überzeugung der Richter unterstützte Kabila die Rebellengruppe M23, die im Osten des Landes gegen die Regierungstruppen kämpft."
H4 = "Das Gericht ordnete zudem seine Festnahme sowie die Zahlung von Schadenersatz in Milliardenhöhe an."
H5 = "Kabila, der das Land von 2001 bis 2019 regierte, hält sich an einem unbekannten Ort auf und war zu dem Prozess nicht erschienen."
H6 = "Die Regierung von Präsident Félix Tshisekedi wirft ihm seit Monaten vor, der eigentliche Drahtzieher der Rebellion zu sein."
H7 = "Kabilas Partei PPRD sprach von einem „politischen Urteil“, mit dem ein Gegner mundtot gemacht werden solle."
H8 = "Die Behörden hatten die Partei bereits im April suspendiert und Kabilas Vermögen beschlagnahmen lassen."
H9 = "Die Rebellenallianz AFC/M23, die unter Vermittlung Katars mit Kinshasa über ein Friedensabkommen verhandelt, nannte das Urteil eine „Farce“."
H10 = "Die Demokratische Republik Kongo und das Nachbarland Ruanda hatten im Juni in Washington ein von den USA vermitteltes Friedensabkommen unterzeichnet."

DE02 = {
    "id": "hm124-de-02", "lang": "de", "url": None, "published": "2025-09-30",
    "title": "Kongos Ex-Präsident Kabila in Abwesenheit zum Tode verurteilt",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7, H8], [H9, H10]),
    "events": [
        event("SANCTION", HMC, KABILA, H1, mode="convict", date="2025-09-30", location="Kinshasa", location_country="COD"),
        event("SANCTION", HMC, KABILA, H2, mode="convict", date="2025-09-30", location="Kinshasa", location_country="COD"),
        event("ACCUSE", HMC, KABILA, H3, mode="allege", date="2025-09-30", location="Kinshasa", location_country="COD"),
        event("THREATEN", HMC, KABILA, H4, mode="arrest", date="2025-09-30", location="Kinshasa", location_country="COD"),
        event("SANCTION", HMC, KABILA, H4, mode="convict", date="2025-09-30", location="Kinshasa", location_country="COD"),
        event("ACCUSE", COD_GOV, KABILA, H6, mode="allege"),
        event("ACCUSE", PPRD, HMC, H7, mode="disapprove"),
        event("COERCE", COD_GOV, PPRD, H8, mode="restrict", location_country="COD"),
        event("COERCE", COD_GOV, KABILA, H8, mode="seize", location_country="COD"),
        event("ACCUSE", M23, HMC, H9, mode="disapprove"),
        event("CONSULT", M23, COD_GOV, H9, mode="third-party"),
        event("SUPPORT", COD_GOV, RWA, H10, location="Washington", location_country="USA"),
    ],
    "quotes": [
        quote("Nach Überzeugung der Richter unterstützte Kabila die Rebellengruppe M23, die im Osten des Landes gegen die Regierungstruppen kämpft", "High Military Court of the DR Congo", "indirect"),
        quote("der eigentliche Drahtzieher der Rebellion zu sein", "Government of the DR Congo", "indirect"),
        quote("politischen Urteil", "People's Party for Reconstruction and Democracy", "direct"),
        quote("einem „politischen Urteil“, mit dem ein Gegner mundtot gemacht werden solle", "People's Party for Reconstruction and Democracy", "indirect"),
        quote("Farce", "AFC/M23", "direct"),
    ],
    "entities": [
        entity("High Military Court of the DR Congo", "ORG", "COD", ["Ein Militärgericht in der Demokratischen Republik Kongo", "Der Hohe Militärgerichtshof in Kinshasa", "der Richter", "Das Gericht"]),
        entity("Democratic Republic of the Congo", "GPE", "COD", ["der Demokratischen Republik Kongo", "des Landes", "das Land", "Die Demokratische Republik Kongo"]),
        entity("Joseph Kabila", "PER", "COD", ["den früheren Präsidenten Joseph Kabila", "den 54-Jährigen", "Kabila", "ihm", "ein Gegner", "Kabilas"]),
        entity("Kinshasa", "LOC", "COD", ["Kinshasa"]),
        entity("AFC/M23", "ORG", "COD", ["die Rebellengruppe M23", "Die Rebellenallianz AFC/M23"]),
        entity("Eastern DR Congo", "LOC", "COD", ["im Osten des Landes"]),
        entity("Armed Forces of the DR Congo", "ORG", "COD", ["die Regierungstruppen"]),
        entity("Government of the DR Congo", "ORG", "COD", ["Die Regierung von Präsident Félix Tshisekedi", "Die Behörden"]),
        entity("Félix Tshisekedi", "PER", "COD", ["Präsident Félix Tshisekedi"]),
        entity("People's Party for Reconstruction and Democracy", "ORG", "COD", ["Kabilas Partei PPRD", "die Partei"]),
        entity("Qatar", "GPE", "QAT", ["Katars"]),
        entity("Rwanda", "GPE", "RWA", ["das Nachbarland Ruanda"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("United States", "GPE", "USA", ["den USA"]),
    ],
}

# ---------------------------------------------------------------- hm124-de-03
TUR_POLICE = actor("Turkish police", "TUR", "COP")
CHP = actor("Republican People's Party", "TUR", "PTY")
CHP_SUPP = actor("Supporters of the Republican People's Party", "TUR", "OPP")
TUR_GOV = actor("Government of Turkey", "TUR", "GOV")
IST_COURT = actor("Istanbul court", "TUR", "JUD")
CELIK = actor("Özgür Çelik", "TUR", "OPP")
OZEL = actor("Özgür Özel", "TUR", "OPP")
TEKIN = actor("Gürsel Tekin", "TUR", "PTY")
IST_GOVERNOR = actor("Governor of Istanbul", "TUR", "GOV")
ERDOGAN = actor("Recep Tayyip Erdoğan", "TUR", "GOV")

I1 = "Die türkische Polizei hat am Montag die Istanbuler Parteizentrale der größten Oppositionspartei CHP gestürmt."
I2 = "Die Beamten setzten Tränengas und Pfefferspray gegen Hunderte Anhänger der Partei ein, die den Eingang seit der Nacht mit Barrikaden blockiert hatten."
I3 = "Anschließend geleiteten sie den gerichtlich eingesetzten kommissarischen Provinzvorsitzenden Gürsel Tekin in das Gebäude im Stadtteil Sarıyer."
I4 = "Ein Istanbuler Gericht hatte in der vergangenen Woche den gewählten Provinzvorstand um Özgür Çelik wegen mutmaßlicher Unregelmäßigkeiten bei einem Parteitag abgesetzt."
I5 = "CHP-Chef Özgür Özel sprach von einem „Putsch gegen die Opposition“ und rief die Bürger auf, sich vor der Zentrale zu versammeln."
I6 = "„Diese Partei wird sich keinem Treuhänder beugen“, sagte er am Abend vor Tausenden Anhängern."
I7 = "Die Partei hatte Tekin bereits unmittelbar nach seiner Ernennung ausgeschlossen."
I8 = "Tekin warf der Parteiführung vor, den Streit auf die Straße zu tragen, und sagte, er werde „das Gesetz umsetzen“."
I9 = "Der Gouverneur von Istanbul hatte am Sonntag für drei Tage alle Kundgebungen in mehreren Bezirken der Stadt verboten."
I10 = "Die Behörden drosselten zudem nach Angaben der Beobachtungsstelle Netblocks stundenlang den Zugang zu X, YouTube und Instagram."
I11 = "Die CHP sieht in dem Verfahren einen Versuch von Präsident Recep Tayyip Erdoğan, die Opposition vor der nächsten Wahl auszuschalten; die Regierung weist jede Einflussnahme auf die Justiz zurück."

DE03 = {
    "id": "hm124-de-03", "lang": "de", "url": None, "published": "2025-09-08",
    "title": "Polizei stürmt CHP-Zentrale in Istanbul",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7, I8], [I9, I10, I11]),
    "events": [
        event("COERCE", TUR_POLICE, CHP, I1, mode="seize", date="2025-09-08", location="Istanbul", location_country="TUR"),
        event("ASSAULT", TUR_POLICE, CHP_SUPP, I2, mode="crowd-control", date="2025-09-08", location="Istanbul", location_country="TUR"),
        event("PROTEST", CHP_SUPP, TUR_GOV, I2, mode="obstruct", date="2025-09-08", location="Istanbul", location_country="TUR"),
        event("COERCE", IST_COURT, CELIK, I4, mode="restrict", location="Istanbul", location_country="TUR"),
        event("ACCUSE", OZEL, TUR_GOV, I5, mode="disapprove"),
        event("PROTEST", OZEL, TUR_GOV, I5, mode="demo", location="Istanbul", location_country="TUR"),
        event("REJECT", OZEL, IST_COURT, I6, date="2025-09-08", location="Istanbul", location_country="TUR"),
        event("SANCTION", CHP, TEKIN, I7, mode="expel"),
        event("ACCUSE", TEKIN, CHP, I8, mode="disapprove"),
        event("COERCE", IST_GOVERNOR, None, I9, mode="restrict", date="2025-09-07", location="Istanbul", location_country="TUR"),
        event("COERCE", TUR_GOV, None, I10, mode="censor", location_country="TUR"),
        event("ACCUSE", CHP, ERDOGAN, I11, mode="allege"),
    ],
    "quotes": [
        quote("Putsch gegen die Opposition", "Özgür Özel", "direct"),
        quote("Diese Partei wird sich keinem Treuhänder beugen", "Özgür Özel", "direct"),
        quote("den Streit auf die Straße zu tragen", "Gürsel Tekin", "indirect"),
        quote("er werde „das Gesetz umsetzen“", "Gürsel Tekin", "indirect"),
        quote("das Gesetz umsetzen", "Gürsel Tekin", "direct"),
        quote("Die Behörden drosselten zudem nach Angaben der Beobachtungsstelle Netblocks stundenlang den Zugang zu X, YouTube und Instagram", "NetBlocks", "indirect"),
    ],
    "entities": [
        entity("Turkish police", "ORG", "TUR", ["Die türkische Polizei", "Die Beamten", "sie"]),
        entity("CHP Istanbul headquarters", "LOC", "TUR", ["die Istanbuler Parteizentrale der größten Oppositionspartei CHP", "das Gebäude im Stadtteil Sarıyer", "der Zentrale"]),
        entity("Republican People's Party", "ORG", "TUR", ["der größten Oppositionspartei CHP", "der Partei", "Diese Partei", "Die Partei", "der Parteiführung", "Die CHP"]),
        entity("Supporters of the Republican People's Party", "ORG", "TUR", ["Hunderte Anhänger der Partei", "Tausenden Anhängern"]),
        entity("Gürsel Tekin", "PER", "TUR", ["den gerichtlich eingesetzten kommissarischen Provinzvorsitzenden Gürsel Tekin", "Tekin", "er"]),
        entity("Sarıyer", "LOC", "TUR", ["Stadtteil Sarıyer"]),
        entity("Istanbul court", "ORG", "TUR", ["Ein Istanbuler Gericht"]),
        entity("CHP Istanbul provincial board", "ORG", "TUR", ["den gewählten Provinzvorstand um Özgür Çelik"]),
        entity("Özgür Çelik", "PER", "TUR", ["Özgür Çelik"]),
        entity("Özgür Özel", "PER", "TUR", ["CHP-Chef Özgür Özel", "er"]),
        entity("Turkish citizens", "ORG", "TUR", ["die Bürger"]),
        entity("Turkish opposition", "ORG", "TUR", ["die Opposition"]),
        entity("Governor of Istanbul", "PER", "TUR", ["Der Gouverneur von Istanbul"]),
        entity("Istanbul", "LOC", "TUR", ["Istanbul", "der Stadt"]),
        entity("Government of Turkey", "ORG", "TUR", ["Die Behörden", "die Regierung"]),
        entity("NetBlocks", "ORG", "NGO", ["der Beobachtungsstelle Netblocks"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("YouTube", "ORG", "MNC", ["YouTube"]),
        entity("Instagram", "ORG", "MNC", ["Instagram"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["Präsident Recep Tayyip Erdoğan"]),
        entity("Turkish judiciary", "ORG", "TUR", ["die Justiz"]),
    ],
}

# ---------------------------------------------------------------- hm124-de-04
SSD_GOV = actor("Government of South Sudan", "SSD", "GOV")
MACHAR = actor("Riek Machar", "SSD", "GOV")
SPLMIO = actor("SPLM-IO", "SSD", "OPP")
BALOK = actor("Chol Thon Balok", "SSD", "GOV")
OYET = actor("Oyet Nathaniel Pierino", "SSD", "OPP")
WHITE_ARMY = actor("White Army", "SSD", "REB")
SSD_MIL = actor("South Sudan People's Defence Forces", "SSD", "MIL")
PUOT = actor("Puot Kang Chol", "SSD", "GOV")
MAKUEI = actor("Michael Makuei", "SSD", "GOV")
HAYSOM = actor("Nicholas Haysom", "UNO", "IGO")
AU = actor("African Union", "IGO", "IGO")
ODINGA = actor("Raila Odinga", "KEN", "GOV")
KIIR = actor("Salva Kiir", "SSD", "GOV")
UGA = actor("Uganda", "UGA", "GOV")

J1 = "Im Südsudan ist der Erste Vizepräsident Riek Machar am Mittwochabend unter Hausarrest gestellt worden."
J2 = "Ein Konvoi aus mehr als 20 Militärfahrzeugen unter Führung von Verteidigungsminister Chol Thon Balok sei in seine Residenz in der Hauptstadt Juba eingedrungen und habe die Leibwächter entwaffnet, teilte seine Partei SPLM-IO mit."
J3 = "„Damit ist das Friedensabkommen von 2018 faktisch außer Kraft gesetzt“, sagte der stellvertretende Parteichef Oyet Nathaniel Pierino."
J4 = "Die Regierung von Präsident Salva Kiir wirft Machar vor, die Miliz White Army unterstützt zu haben, die Anfang März einen Armeestützpunkt in der Stadt Nasir überrannt hatte."
J5 = "Bereits zuvor waren mehrere Vertraute Machars festgenommen worden, darunter Ölminister Puot Kang Chol."
J6 = "Informationsminister Michael Makuei sagte, Machar werde sich vor Gericht verantworten müssen."
J7 = "Der Leiter der UN-Mission im Südsudan, Nicholas Haysom, rief die Regierung auf, Machar freizulassen und das Friedensabkommen einzuhalten."
J8 = "Ohne eine Rückkehr zum Dialog drohe das Land erneut in einen Bürgerkrieg abzugleiten, sagte er."
J9 = "Die Afrikanische Union kündigte an, eine Vermittlergruppe nach Juba zu entsenden."
J10 = "Der frühere kenianische Ministerpräsident Raila Odinga traf am Donnerstag als Sondergesandter in Juba ein und sprach mit Kiir."
J11 = "Uganda hatte bereits Mitte März Spezialkräfte nach Juba verlegt, um die Regierung Kiirs zu unterstützen."

DE04 = {
    "id": "hm124-de-04", "lang": "de", "url": None, "published": "2025-03-27",
    "title": "Südsudans Vizepräsident Machar unter Hausarrest",
    "text": paragraphs([J1, J2, J3], [J4, J5, J6], [J7, J8, J9, J10, J11]),
    "events": [
        event("COERCE", SSD_GOV, MACHAR, J1, mode="arrest", date="2025-03-26", location="Juba", location_country="SSD"),
        event("ACCUSE", SPLMIO, BALOK, J2, mode="allege"),
        event("ACCUSE", OYET, SSD_GOV, J3, mode="disapprove"),
        event("ACCUSE", SSD_GOV, MACHAR, J4, mode="allege"),
        event("ASSAULT", WHITE_ARMY, SSD_MIL, J4, location="Nasir", location_country="SSD"),
        event("COERCE", SSD_GOV, PUOT, J5, mode="arrest", location_country="SSD"),
        event("ACCUSE", MAKUEI, MACHAR, J6, mode="allege"),
        event("REQUEST", HAYSOM, SSD_GOV, J7, mode="yield"),
        event("AGREE", AU, SSD_GOV, J9),
        event("CONSULT", ODINGA, KIIR, J10, mode="visit", date="2025-03-27", location="Juba", location_country="SSD"),
        event("AID", UGA, SSD_GOV, J11, location="Juba", location_country="SSD"),
    ],
    "quotes": [
        quote("Ein Konvoi aus mehr als 20 Militärfahrzeugen unter Führung von Verteidigungsminister Chol Thon Balok sei in seine Residenz in der Hauptstadt Juba eingedrungen und habe die Leibwächter entwaffnet", "SPLM-IO", "indirect"),
        quote("Damit ist das Friedensabkommen von 2018 faktisch außer Kraft gesetzt", "Oyet Nathaniel Pierino", "direct"),
        quote("die Miliz White Army unterstützt zu haben", "Government of South Sudan", "indirect"),
        quote("Machar werde sich vor Gericht verantworten müssen", "Michael Makuei", "indirect"),
        quote("Ohne eine Rückkehr zum Dialog drohe das Land erneut in einen Bürgerkrieg abzugleiten", "Nicholas Haysom", "indirect"),
    ],
    "entities": [
        entity("South Sudan", "GPE", "SSD", ["Südsudan", "das Land"]),
        entity("Riek Machar", "PER", "SSD", ["der Erste Vizepräsident Riek Machar", "Machar", "Machars"]),
        entity("Military convoy", "ORG", "SSD", ["Ein Konvoi aus mehr als 20 Militärfahrzeugen"]),
        entity("Chol Thon Balok", "PER", "SSD", ["Verteidigungsminister Chol Thon Balok"]),
        entity("Residence of Riek Machar", "LOC", "SSD", ["seine Residenz in der Hauptstadt Juba"]),
        entity("Juba", "LOC", "SSD", ["der Hauptstadt Juba", "Juba"]),
        entity("Bodyguards of Riek Machar", "ORG", "SSD", ["die Leibwächter"]),
        entity("SPLM-IO", "ORG", "SSD", ["seine Partei SPLM-IO"]),
        entity("Oyet Nathaniel Pierino", "PER", "SSD", ["der stellvertretende Parteichef Oyet Nathaniel Pierino"]),
        entity("Government of South Sudan", "ORG", "SSD", ["Die Regierung von Präsident Salva Kiir", "die Regierung", "die Regierung Kiirs"]),
        entity("Salva Kiir", "PER", "SSD", ["Präsident Salva Kiir", "Kiir", "Kiirs"]),
        entity("White Army", "ORG", "SSD", ["die Miliz White Army"]),
        entity("Army base in Nasir", "LOC", "SSD", ["einen Armeestützpunkt in der Stadt Nasir"]),
        entity("Nasir", "LOC", "SSD", ["der Stadt Nasir"]),
        entity("Associates of Riek Machar", "ORG", "SSD", ["mehrere Vertraute Machars"]),
        entity("Puot Kang Chol", "PER", "SSD", ["Ölminister Puot Kang Chol"]),
        entity("Michael Makuei", "PER", "SSD", ["Informationsminister Michael Makuei"]),
        entity("Nicholas Haysom", "PER", "UNO", ["Der Leiter der UN-Mission im Südsudan, Nicholas Haysom", "er"]),
        entity("UNMISS", "ORG", "UNO", ["der UN-Mission im Südsudan"]),
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union"]),
        entity("African Union mediators", "ORG", "IGO", ["eine Vermittlergruppe"]),
        entity("Raila Odinga", "PER", "KEN", ["Der frühere kenianische Ministerpräsident Raila Odinga"]),
        entity("Uganda", "GPE", "UGA", ["Uganda"]),
        entity("Ugandan special forces", "ORG", "UGA", ["Spezialkräfte"]),
    ],
}

# ---------------------------------------------------------------- hm124-en-01
IRN = actor("Iran", "IRN", "GOV")
IAEA = actor("International Atomic Energy Agency", "UNO", "IGO")
ISR_E = actor("Israel", "ISR", "GOV")
USA = actor("United States", "USA", "GOV")
IRN_OFFICIALS = actor("Iranian officials", "IRN", "GOV")
GROSSI = actor("Rafael Grossi", "UNO", "IGO")
US_STATE = actor("U.S. State Department", "USA", "GOV")
DEU_FO = actor("Federal Foreign Office", "DEU", "GOV")
FRA = actor("France", "FRA", "GOV")

K1 = "Iran has suspended its cooperation with the U.N. nuclear watchdog, state media reported on Wednesday, after President Masoud Pezeshkian signed into law a bill passed by parliament last week."
K2 = "Under the law, inspectors of the International Atomic Energy Agency (IAEA) may only visit Iranian nuclear sites with the approval of the Supreme National Security Council."
K3 = "The move follows a 12-day war in June, during which Israel and the United States struck Iranian nuclear facilities at Fordow, Natanz and Isfahan."
K4 = "Iranian officials have accused IAEA chief Rafael Grossi of paving the way for the attacks with a report that found Iran in breach of its non-proliferation obligations."
K5 = "The U.S. State Department called the decision \"unacceptable\" and urged Tehran to resume full cooperation without delay."
K6 = "Germany's foreign ministry said the step sent \"a devastating message\", while France said Iran was violating its legal obligations."
K7 = "Foreign Minister Abbas Araqchi said Iran remained committed to the Non-Proliferation Treaty, but that cooperation with the agency would now be channelled through the security council \"for obvious security reasons\"."
K8 = "IAEA inspectors have not had access to Iran's nuclear sites since the strikes began on June 13."
K9 = "Grossi said on Wednesday he had asked Iran for a meeting and for his inspectors to be allowed back \"as soon as possible\"."
K10 = "The agency said it was awaiting official information from Tehran."

EN01 = {
    "id": "hm124-en-01", "lang": "en", "url": None, "published": "2025-07-03",
    "title": "Iran suspends cooperation with U.N. nuclear watchdog",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7], [K8, K9, K10]),
    "events": [
        event("SANCTION", IRN, IAEA, K1, mode="discontinue", date="2025-07-02"),
        event("ASSAULT", ISR_E, IRN, K3, mode="aerial", location_country="IRN"),
        event("ASSAULT", USA, IRN, K3, mode="aerial", location_country="IRN"),
        event("ACCUSE", IRN_OFFICIALS, GROSSI, K4, mode="allege"),
        event("ACCUSE", IAEA, IRN, K4, mode="allege"),
        event("ACCUSE", US_STATE, IRN, K5, mode="disapprove"),
        event("REQUEST", US_STATE, IRN, K5, mode="assist"),
        event("ACCUSE", DEU_FO, IRN, K6, mode="disapprove"),
        event("ACCUSE", FRA, IRN, K6, mode="allege"),
        event("RETREAT", IRN, IAEA, K8, mode="access", location_country="IRN", negated=True),
        event("REQUEST", GROSSI, IRN, K9, mode="meet", date="2025-07-02"),
    ],
    "quotes": [
        quote("Iran has suspended its cooperation with the U.N. nuclear watchdog", "Iranian state media", "indirect"),
        quote("paving the way for the attacks", "Iranian officials", "indirect"),
        quote("unacceptable", "U.S. State Department", "direct"),
        quote("the step sent \"a devastating message\"", "Federal Foreign Office", "indirect"),
        quote("a devastating message", "Federal Foreign Office", "direct"),
        quote("Iran was violating its legal obligations", "France", "indirect"),
        quote("Iran remained committed to the Non-Proliferation Treaty", "Abbas Araghchi", "indirect"),
        quote("cooperation with the agency would now be channelled through the security council \"for obvious security reasons\"", "Abbas Araghchi", "indirect"),
        quote("for obvious security reasons", "Abbas Araghchi", "direct"),
        quote("he had asked Iran for a meeting and for his inspectors to be allowed back \"as soon as possible\"", "Rafael Grossi", "indirect"),
        quote("as soon as possible", "Rafael Grossi", "direct"),
        quote("it was awaiting official information from Tehran", "International Atomic Energy Agency", "indirect"),
    ],
    "entities": [
        entity("Iran", "GPE", "IRN", ["Iran", "Tehran"]),
        entity("International Atomic Energy Agency", "ORG", "UNO", ["the U.N. nuclear watchdog", "the International Atomic Energy Agency (IAEA)", "the agency", "The agency", "IAEA"]),
        entity("Iranian state media", "ORG", "IRN", ["state media"]),
        entity("Masoud Pezeshkian", "PER", "IRN", ["President Masoud Pezeshkian"]),
        entity("Parliament of Iran", "ORG", "IRN", ["parliament"]),
        entity("IAEA inspectors", "ORG", "UNO", ["inspectors of the International Atomic Energy Agency (IAEA)", "IAEA inspectors", "his inspectors"]),
        entity("Iranian nuclear sites", "LOC", "IRN", ["Iranian nuclear sites", "Iran's nuclear sites", "Iranian nuclear facilities at Fordow, Natanz and Isfahan"]),
        entity("Supreme National Security Council", "ORG", "IRN", ["the Supreme National Security Council", "the security council"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("United States", "GPE", "USA", ["the United States"]),
        entity("Fordow", "LOC", "IRN", ["Fordow"]),
        entity("Natanz", "LOC", "IRN", ["Natanz"]),
        entity("Isfahan", "LOC", "IRN", ["Isfahan"]),
        entity("Iranian officials", "ORG", "IRN", ["Iranian officials"]),
        entity("Rafael Grossi", "PER", "UNO", ["IAEA chief Rafael Grossi", "Grossi", "he"]),
        entity("U.S. State Department", "ORG", "USA", ["The U.S. State Department"]),
        entity("Federal Foreign Office", "ORG", "DEU", ["Germany's foreign ministry"]),
        entity("Germany", "GPE", "DEU", ["Germany"]),
        entity("France", "GPE", "FRA", ["France"]),
        entity("Abbas Araghchi", "PER", "IRN", ["Foreign Minister Abbas Araqchi"]),
    ],
}

# ---------------------------------------------------------------- hm124-en-02
SDN_GOV = actor("Government of Sudan", "SDN", "GOV")
ARE = actor("United Arab Emirates", "ARE", "GOV")
IBRAHIM = actor("Yassin Ibrahim", "SDN", "GOV")
SDN_MIL = actor("Sudanese Armed Forces", "SDN", "MIL")
RSF = actor("Rapid Support Forces", "SDN", "REB")
ICJ = actor("International Court of Justice", "UNO", "JUD")
BURHAN = actor("Abdel Fattah al-Burhan", "SDN", "MIL")

L1 = "Sudan's army-aligned government cut diplomatic ties with the United Arab Emirates on Tuesday, accusing the Gulf state of arming the paramilitary Rapid Support Forces (RSF) in the country's two-year war."
L2 = "Defence Minister Yassin Ibrahim said in a televised statement that Sudan was recalling its ambassador from Abu Dhabi and declared the UAE an \"aggressor state\"."
L3 = "The decision came after a third consecutive day of drone attacks on Port Sudan, the Red Sea city that has served as the army's wartime seat of government."
L4 = "The army blamed the RSF for the strikes, which hit the city's international airport, fuel depots and a naval base, and said the drones had been supplied by the Emirates."
L5 = "The UAE, which denies arming either side, said it did not recognise the decision because it had been taken by the \"Port Sudan Authority\" and not by the legitimate government of Sudan."
L6 = "A day earlier, the International Court of Justice threw out a case brought by Sudan accusing the UAE of complicity in genocide in Darfur, saying it lacked jurisdiction."
L7 = "U.N. Secretary-General Antonio Guterres' spokesman said the strikes endangered aid deliveries, as Port Sudan is the main entry point for humanitarian supplies."
L8 = "Army chief Abdel Fattah al-Burhan vowed in a speech to troops that Sudan would \"defeat the militia and those who stand behind it\"."
L9 = "The RSF did not comment on the accusations."

EN02 = {
    "id": "hm124-en-02", "lang": "en", "url": None, "published": "2025-05-06",
    "title": "Sudan cuts ties with UAE after drone strikes on Port Sudan",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6], [L7, L8, L9]),
    "events": [
        event("SANCTION", SDN_GOV, ARE, L1, mode="discontinue", date="2025-05-06"),
        event("ACCUSE", SDN_GOV, ARE, L1, mode="allege", date="2025-05-06"),
        event("SANCTION", IBRAHIM, ARE, L2, mode="withdraw", date="2025-05-06"),
        event("ACCUSE", IBRAHIM, ARE, L2, mode="disapprove", date="2025-05-06"),
        event("ACCUSE", SDN_MIL, RSF, L4, mode="allege"),
        event("ACCUSE", SDN_MIL, ARE, L4, mode="allege"),
        event("REJECT", ICJ, SDN_GOV, L6, date="2025-05-05"),
        event("ACCUSE", SDN_GOV, ARE, L6, mode="allege"),
        event("THREATEN", BURHAN, RSF, L8, mode="violence"),
    ],
    "quotes": [
        quote("arming the paramilitary Rapid Support Forces (RSF)", "Government of Sudan", "indirect"),
        quote("Sudan was recalling its ambassador from Abu Dhabi", "Yassin Ibrahim", "indirect"),
        quote("aggressor state", "Yassin Ibrahim", "direct"),
        quote("the drones had been supplied by the Emirates", "Sudanese Armed Forces", "indirect"),
        quote("it did not recognise the decision because it had been taken by the \"Port Sudan Authority\" and not by the legitimate government of Sudan", "United Arab Emirates", "indirect"),
        quote("Port Sudan Authority", "United Arab Emirates", "direct"),
        quote("it lacked jurisdiction", "International Court of Justice", "indirect"),
        quote("the strikes endangered aid deliveries, as Port Sudan is the main entry point for humanitarian supplies", "Stéphane Dujarric", "indirect"),
        quote("Sudan would \"defeat the militia and those who stand behind it\"", "Abdel Fattah al-Burhan", "indirect"),
        quote("defeat the militia and those who stand behind it", "Abdel Fattah al-Burhan", "direct"),
    ],
    "entities": [
        entity("Sudan", "GPE", "SDN", ["Sudan", "the country"]),
        entity("Government of Sudan", "ORG", "SDN", ["Sudan's army-aligned government", "\"Port Sudan Authority\""]),
        entity("United Arab Emirates", "GPE", "ARE", ["the United Arab Emirates", "the Gulf state", "the UAE", "The UAE", "the Emirates"]),
        entity("Rapid Support Forces", "ORG", "SDN", ["the paramilitary Rapid Support Forces (RSF)", "the RSF", "The RSF", "the militia"]),
        entity("Yassin Ibrahim", "PER", "SDN", ["Defence Minister Yassin Ibrahim"]),
        entity("Sudanese ambassador to the UAE", "PER", "SDN", ["its ambassador"]),
        entity("Abu Dhabi", "LOC", "ARE", ["Abu Dhabi"]),
        entity("Port Sudan", "LOC", "SDN", ["Port Sudan", "the Red Sea city", "the city"]),
        entity("Sudanese Armed Forces", "ORG", "SDN", ["The army", "the army"]),
        entity("Port Sudan International Airport", "LOC", "SDN", ["the city's international airport"]),
        entity("Port Sudan fuel depots", "LOC", "SDN", ["fuel depots"]),
        entity("Port Sudan naval base", "LOC", "SDN", ["a naval base"]),
        entity("International Court of Justice", "ORG", "UNO", ["the International Court of Justice"]),
        entity("Darfur", "LOC", "SDN", ["Darfur"]),
        entity("Antonio Guterres", "PER", "UNO", ["U.N. Secretary-General Antonio Guterres"]),
        entity("Stéphane Dujarric", "PER", "UNO", ["U.N. Secretary-General Antonio Guterres' spokesman"]),
        entity("Abdel Fattah al-Burhan", "PER", "SDN", ["Army chief Abdel Fattah al-Burhan"]),
        entity("Sudanese troops", "ORG", "SDN", ["troops"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
