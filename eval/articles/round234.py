"""Round 234: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm234-de-01: Israel's planning council approves the E1 settlement plan near Maale Adumim; Smotrich threatens Paris and London, the PA, Guterres, Berlin, Riyadh, Amman and Cairo object, protest and arrests (2025-08-20).
- hm234-de-02: Tanzanian police arrest Chadema leaders Freeman Mbowe and Tundu Lissu and hundreds of supporters before a banned youth rally in Mbeya; tear gas, the police's accusations, Western embassies concerned (2024-08-12).
- hm234-de-03: Macron's state visit to Morocco: speech to parliament backing Moroccan sovereignty over Western Sahara, partnership declaration and deals, Retailleau's migration demand, the Polisario objects, Algeria's ambassador stays away (2024-10-29).
- hm234-de-04: An Israeli air strike on Beirut's Haret Hreik kills Hezbollah chief of staff Haytham Ali Tabatabai; Netanyahu and Katz threaten, Aoun, Qmati and Tehran object, UNIFIL appeals (2025-11-24).
- hm234-en-01: Sudan's army chief al-Burhan appoints ex-WIPO head Kamil Idris prime minister; the AU, Saudi Arabia and Egypt welcome it, the RSF and Sumud reject it, Burhan rules out talks (2025-05-20).
- hm234-en-02: Panama and the U.S. sign a deal on U.S.-funded deportation flights for Darien migrants on Mulino's inauguration day; barbed wire on jungle trails, UNHCR and MSF concerns, Colombia not consulted (2024-07-02).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm234-de-01 (E1 settlement plan)
SMOTRICH = actor("Bezalel Smotrich", "ISR", "GOV")
FRANCE = actor("France", "FRA", "GOV")
UK = actor("United Kingdom", "GBR", "GOV")
PA_MFA = actor("Ministry of Foreign Affairs of the Palestinian Authority", "PSE", "GOV")
ISRAEL = actor("Israel", "ISR", "GOV")
EU = actor("European Union", "EUR", "IGO")
GUTERRES = actor("António Guterres", "UNO", "IGO")
GER_FFO = actor("Federal Foreign Office", "DEU", "GOV")
SAUDI = actor("Saudi Arabia", "SAU", "GOV")
JORDAN = actor("Jordan", "JOR", "GOV")
EGYPT = actor("Egypt", "EGY", "GOV")
PEACE_NOW = actor("Peace Now", "ISR", "NGO")
PAL_PROTESTERS = actor("Palestinian protesters", "PSE", "CVL")
ISR_ACTIVISTS = actor("Israeli activists", "ISR", "CVL")
ISR_POLICE = actor("Israel Police", "ISR", "COP")
PROTESTERS_E1 = actor("protesters against the E1 plan", "PSE", "CVL")
KALLAS = actor("Kaja Kallas", "EUR", "IGO")

E1 = ("Jerusalem (dpa) - Israel hat den Bau von mehr als 3400 Wohnungen im umstrittenen Siedlungsgebiet E1 östlich "
      "von Jerusalem endgültig genehmigt.")
E2 = ("Der Hohe Planungsrat der israelischen Zivilverwaltung gab am Mittwoch grünes Licht für das Projekt, das "
      "wegen internationaler Kritik zwei Jahrzehnte lang auf Eis gelegen hatte.")
E3 = ("Die neuen Häuser zwischen Jerusalem und der Siedlung Maale Adumim würden das Westjordanland faktisch in einen "
      "nördlichen und einen südlichen Teil trennen.")
E4 = "Finanzminister Bezalel Smotrich sagte, der Plan begrabe »die Idee eines palästinensischen Staates«."
E5 = ("Seine Worte richtete er ausdrücklich an Paris und London: Wer einen palästinensischen Staat anerkennen wolle, "
      "bekomme »vor Ort eine Antwort«.")
E6 = ("Das palästinensische Außenministerium verurteilte die Genehmigung als Kriegsverbrechen und forderte die "
      "Europäische Union auf, ihr Assoziierungsabkommen mit Israel auszusetzen.")
E7 = ("UN-Generalsekretär António Guterres ließ erklären, die Siedlungen verstießen gegen das Völkerrecht und "
      "gefährdeten die Zwei-Staaten-Lösung.")
E8 = ("Das Auswärtige Amt in Berlin lehnte den Plan »entschieden« ab und rief die israelische Regierung auf, ihn "
      "nicht umzusetzen.")
E9 = "Auch Saudi-Arabien, Jordanien und Ägypten verurteilten die Entscheidung."
E10 = ("Die EU-Außenbeauftragte Kaja Kallas hatte Israel bereits in der vergangenen Woche aufgefordert, von dem "
       "Vorhaben Abstand zu nehmen.")
E11 = "Die israelische Organisation Peace Now sprach von einem »tödlichen Schlag« für jede Friedenslösung."
E12 = "Am Rand von Maale Adumim protestierten Palästinenser und israelische Aktivisten gegen das Projekt."
E13 = "Die Polizei nahm vier Demonstranten fest."
E14 = "Die israelische Regierung bestreitet, dass der Siedlungsbau gegen internationales Recht verstößt."
E15 = "Im Westjordanland leben neben rund drei Millionen Palästinensern etwa 500.000 israelische Siedler."

DE01 = {
    "id": "hm234-de-01", "lang": "de", "url": None, "published": "2025-08-20",
    "title": "Israel genehmigt umstrittenes Siedlungsprojekt E1",
    "text": paragraphs([E1, E2, E3], [E4, E5], [E6, E7, E8, E9, E10, E11], [E12, E13, E14, E15]),
    "events": [
        event("THREATEN", SMOTRICH, FRANCE, E5),
        event("THREATEN", SMOTRICH, UK, E5),
        event("ACCUSE", PA_MFA, ISRAEL, E6, mode="allege"),
        event("REQUEST", PA_MFA, EU, E6, mode="change"),
        event("ACCUSE", GUTERRES, ISRAEL, E7, mode="disapprove"),
        event("ACCUSE", GER_FFO, ISRAEL, E8, mode="disapprove"),
        event("REQUEST", GER_FFO, ISRAEL, E8, mode="change"),
        event("ACCUSE", SAUDI, ISRAEL, E9, mode="disapprove"),
        event("ACCUSE", JORDAN, ISRAEL, E9, mode="disapprove"),
        event("ACCUSE", EGYPT, ISRAEL, E9, mode="disapprove"),
        event("REQUEST", KALLAS, ISRAEL, E10, mode="change"),
        event("ACCUSE", PEACE_NOW, ISRAEL, E11, mode="disapprove"),
        event("PROTEST", PAL_PROTESTERS, ISRAEL, E12, mode="demo", location="Maale Adumim",
              location_country="PSE"),
        event("PROTEST", ISR_ACTIVISTS, ISRAEL, E12, mode="demo", location="Maale Adumim", location_country="PSE"),
        event("COERCE", ISR_POLICE, PROTESTERS_E1, E13, mode="arrest", location="Maale Adumim",
              location_country="PSE"),
    ],
    "quotes": [
        quote("die Idee eines palästinensischen Staates", "Bezalel Smotrich", "direct"),
        quote("der Plan begrabe »die Idee eines palästinensischen Staates«", "Bezalel Smotrich", "indirect"),
        quote("vor Ort eine Antwort", "Bezalel Smotrich", "direct"),
        quote("Wer einen palästinensischen Staat anerkennen wolle, bekomme »vor Ort eine Antwort«", "Bezalel Smotrich",
              "indirect"),
        quote("die Siedlungen verstießen gegen das Völkerrecht und gefährdeten die Zwei-Staaten-Lösung",
              "António Guterres", "indirect"),
        quote("entschieden", "Federal Foreign Office", "direct"),
        quote("tödlichen Schlag", "Peace Now", "direct"),
        quote("dass der Siedlungsbau gegen internationales Recht verstößt", "Government of Israel", "indirect"),
    ],
    "entities": [
        entity("Jerusalem", "LOC", "ISR", ["Jerusalem"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("E1", "LOC", "PSE", ["Siedlungsgebiet E1"]),
        entity("Higher Planning Council of the Civil Administration", "ORG", "ISR",
               ["Der Hohe Planungsrat der israelischen Zivilverwaltung"]),
        entity("Maale Adumim", "LOC", "PSE", ["der Siedlung Maale Adumim", "Maale Adumim"]),
        entity("West Bank", "LOC", "PSE", ["das Westjordanland", "Im Westjordanland"]),
        entity("Bezalel Smotrich", "PER", "ISR", ["Finanzminister Bezalel Smotrich"]),
        entity("France", "LOC", "FRA", ["Paris"]),
        entity("United Kingdom", "LOC", "GBR", ["London"]),
        entity("Ministry of Foreign Affairs of the Palestinian Authority", "ORG", "PSE",
               ["Das palästinensische Außenministerium"]),
        entity("European Union", "ORG", "EUR", ["Europäische Union"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
        entity("Federal Foreign Office", "ORG", "DEU", ["Das Auswärtige Amt in Berlin"]),
        entity("Government of Israel", "ORG", "ISR", ["die israelische Regierung", "Die israelische Regierung"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi-Arabien"]),
        entity("Jordan", "LOC", "JOR", ["Jordanien"]),
        entity("Egypt", "LOC", "EGY", ["Ägypten"]),
        entity("Kaja Kallas", "PER", "EUR", ["Die EU-Außenbeauftragte Kaja Kallas"]),
        entity("Peace Now", "ORG", "ISR", ["Die israelische Organisation Peace Now"]),
        entity("Israel Police", "ORG", "ISR", ["Die Polizei"]),
        entity("protesters against the E1 plan", "ORG", "PSE",
               ["Palästinenser und israelische Aktivisten", "vier Demonstranten"]),
    ],
}

# ---------------------------------------------------------------- hm234-de-02 (Tanzania, Mbeya arrests)
TZ_POLICE = actor("Tanzania Police Force", "TZA", "COP")
CHADEMA = actor("Chadema", "TZA", "PTY")
CHADEMA_SUPP = actor("Chadema supporters", "TZA", "OPP")
CHADEMA_YOUTH = actor("Chadema youth wing", "TZA", "PTY")
MBOWE = actor("Freeman Mbowe", "TZA", "OPP")
LISSU = actor("Tundu Lissu", "TZA", "OPP")
MISIME = actor("David Misime", "TZA", "COP")
MNYIKA = actor("John Mnyika", "TZA", "OPP")
TZ_GOV = actor("Government of Tanzania", "TZA", "GOV")
US_EMB = actor("Embassy of the United States in Tanzania", "USA", "GOV")
UK_EMB = actor("British High Commission in Tanzania", "GBR", "GOV")
CAN_EMB = actor("High Commission of Canada in Tanzania", "CAN", "GOV")

T1 = ("Daressalam (AFP) - Die Polizei in Tansania hat die Führung der größten Oppositionspartei Chadema und "
      "Hunderte ihrer Anhänger festgenommen.")
T2 = ("Parteichef Freeman Mbowe und sein Stellvertreter Tundu Lissu wurden am Sonntag in der Stadt Mbeya im "
      "Südwesten des Landes in Gewahrsam genommen, wie die Partei mitteilte.")
T3 = "Dort wollte die Jugendorganisation der Partei eine Kundgebung zum Internationalen Tag der Jugend abhalten."
T4 = "Die Polizei hatte die Veranstaltung zuvor verboten."
T5 = ("Polizeisprecher David Misime sagte, die Organisatoren hätten geplant, nach dem Vorbild der Proteste im "
      "Nachbarland Kenia gewaltsame Unruhen anzuzetteln.")
T6 = "Chadema wies die Vorwürfe als »Lüge« zurück."
T7 = ("Vor der Polizeiwache in Mbeya versammelten sich am Abend Hunderte Anhänger der Partei, Polizisten trieben "
      "sie mit Tränengas auseinander.")
T8 = "„Das ist ein Angriff auf die Demokratie“, sagte Chadema-Generalsekretär John Mnyika."
T9 = ("Die Botschaften der USA, Großbritanniens und Kanadas zeigten sich in einer gemeinsamen Erklärung mit "
      "mehreren europäischen Staaten »zutiefst besorgt«.")
T10 = "Sie riefen die Regierung auf, die Versammlungs- und Meinungsfreiheit zu achten."
T11 = "Ein Teil der Festgenommenen kam am Montag gegen Kaution frei."
T12 = "Mbowe und Lissu wurden dagegen nicht freigelassen."
T13 = ("Nach dem Amtsantritt von Präsidentin Samia Suluhu Hassan 2021 hatte sich das politische Klima in dem "
       "ostafrikanischen Land zunächst entspannt.")
T14 = "Im kommenden Jahr finden in Tansania Präsidentschafts- und Parlamentswahlen statt."

DE02 = {
    "id": "hm234-de-02", "lang": "de", "url": None, "published": "2024-08-12",
    "title": "Tansania: Oppositionsführer Mbowe und Lissu festgenommen",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6, T7, T8], [T9, T10], [T11, T12, T13, T14]),
    "events": [
        event("COERCE", TZ_POLICE, CHADEMA, T1, mode="arrest"),
        event("COERCE", TZ_POLICE, CHADEMA_SUPP, T1, mode="arrest"),
        event("COERCE", TZ_POLICE, MBOWE, T2, mode="arrest", date="2024-08-11", location="Mbeya",
              location_country="TZA"),
        event("COERCE", TZ_POLICE, LISSU, T2, mode="arrest", date="2024-08-11", location="Mbeya",
              location_country="TZA"),
        event("COERCE", TZ_POLICE, CHADEMA_YOUTH, T4, mode="ban"),
        event("ACCUSE", MISIME, CHADEMA_YOUTH, T5, mode="allege"),
        event("PROTEST", CHADEMA_SUPP, TZ_POLICE, T7, mode="demo", location="Mbeya", location_country="TZA"),
        event("ASSAULT", TZ_POLICE, CHADEMA_SUPP, T7, mode="crowd-control", location="Mbeya",
              location_country="TZA"),
        event("ACCUSE", MNYIKA, TZ_GOV, T8, mode="disapprove"),
        event("ACCUSE", US_EMB, TZ_GOV, T9, mode="disapprove"),
        event("ACCUSE", UK_EMB, TZ_GOV, T9, mode="disapprove"),
        event("ACCUSE", CAN_EMB, TZ_GOV, T9, mode="disapprove"),
        event("REQUEST", US_EMB, TZ_GOV, T10, mode="change"),
        event("REQUEST", UK_EMB, TZ_GOV, T10, mode="change"),
        event("REQUEST", CAN_EMB, TZ_GOV, T10, mode="change"),
        event("RETREAT", TZ_POLICE, CHADEMA_SUPP, T11, mode="release", date="2024-08-12"),
        event("RETREAT", TZ_POLICE, MBOWE, T12, mode="release", negated=True),
        event("RETREAT", TZ_POLICE, LISSU, T12, mode="release", negated=True),
    ],
    "quotes": [
        quote("die Organisatoren hätten geplant, nach dem Vorbild der Proteste im Nachbarland Kenia gewaltsame "
              "Unruhen anzuzetteln", "David Misime", "indirect"),
        quote("Lüge", "Chadema", "direct"),
        quote("Das ist ein Angriff auf die Demokratie", "John Mnyika", "direct"),
        quote("zutiefst besorgt", "Embassies of the United States, the United Kingdom and Canada", "direct"),
    ],
    "entities": [
        entity("Dar es Salaam", "LOC", "TZA", ["Daressalam"]),
        entity("Tanzania Police Force", "ORG", "TZA", ["Die Polizei in Tansania", "Die Polizei", "Polizisten"]),
        entity("Chadema", "ORG", "TZA", ["der größten Oppositionspartei Chadema", "die Partei", "der Partei",
                                          "Chadema"]),
        entity("Chadema supporters", "ORG", "TZA", ["Hunderte ihrer Anhänger", "Hunderte Anhänger der Partei"]),
        entity("Freeman Mbowe", "PER", "TZA", ["Parteichef Freeman Mbowe", "Mbowe"]),
        entity("Tundu Lissu", "PER", "TZA", ["sein Stellvertreter Tundu Lissu", "Lissu"]),
        entity("Mbeya", "LOC", "TZA", ["der Stadt Mbeya", "Mbeya"]),
        entity("Tanzania", "LOC", "TZA", ["Tansania", "des Landes", "dem ostafrikanischen Land"]),
        entity("Chadema youth wing", "ORG", "TZA", ["die Jugendorganisation der Partei", "die Organisatoren"]),
        entity("David Misime", "PER", "TZA", ["Polizeisprecher David Misime"]),
        entity("Kenya", "LOC", "KEN", ["Nachbarland Kenia"]),
        entity("John Mnyika", "PER", "TZA", ["Chadema-Generalsekretär John Mnyika"]),
        entity("Embassy of the United States in Tanzania", "ORG", "USA", ["Die Botschaften der USA"]),
        entity("British High Commission in Tanzania", "ORG", "GBR", ["Großbritanniens"]),
        entity("High Commission of Canada in Tanzania", "ORG", "CAN", ["Kanadas"]),
        entity("Government of Tanzania", "ORG", "TZA", ["die Regierung"]),
        entity("Samia Suluhu Hassan", "PER", "TZA", ["Präsidentin Samia Suluhu Hassan"]),
    ],
}

# ---------------------------------------------------------------- hm234-de-03 (Macron in Morocco)
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
MOROCCO = actor("Morocco", "MAR", "GOV")
KING = actor("Mohammed VI", "MAR", "GOV")
FRANCE_R = actor("France", "FRA", "GOV")
RETAILLEAU = actor("Bruno Retailleau", "FRA", "GOV")
LAFTIT = actor("Abdelouafi Laftit", "MAR", "GOV")
POLISARIO = actor("Polisario Front", "ESH", "REB")
ALGERIA = actor("Algeria", "DZA", "GOV")

R1 = ("Rabat (Reuters) - Frankreichs Präsident Emmanuel Macron hat bei einem Staatsbesuch in Marokko die "
      "Souveränität des Königreichs über die umstrittene Westsahara bekräftigt.")
R2 = ("„Gegenwart und Zukunft dieses Gebiets liegen im Rahmen der marokkanischen Souveränität“, sagte Macron am "
      "Dienstag in einer Rede vor beiden Kammern des Parlaments in Rabat.")
R3 = "Frankreich werde auch in der Westsahara investieren und dort die Entwicklung unterstützen, kündigte er an."
R4 = "König Mohammed VI. hatte den Gast am Montag mit militärischen Ehren am Flughafen der Hauptstadt empfangen."
R5 = "Beide unterzeichneten eine Erklärung über eine »verstärkte außergewöhnliche Partnerschaft«."
R6 = ("Zudem wurden Verträge im Wert von rund zehn Milliarden Euro geschlossen, unter anderem über "
      "Hochgeschwindigkeitszüge, grünen Wasserstoff und Häfen.")
R7 = ("Der mitgereiste Innenminister Bruno Retailleau verlangte von Rabat, mehr ausreisepflichtige Marokkaner "
      "zurückzunehmen.")
R8 = "Sein marokkanischer Kollege Abdelouafi Laftit sicherte eine engere Zusammenarbeit zu."
R9 = ("Die Polisario-Front, die für eine Unabhängigkeit der Westsahara kämpft, bezeichnete Macrons Äußerungen als "
      "»Verrat« am Völkerrecht.")
R10 = "Paris verstoße gegen die Resolutionen der Vereinten Nationen, erklärte die Bewegung."
R11 = ("Algerien hatte bereits im Juli aus Protest gegen den Kurswechsel in Paris seinen Botschafter aus "
       "Frankreich abgezogen.")
R12 = "Eine Rückkehr des Botschafters sei derzeit nicht vorgesehen, hieß es aus dem Außenministerium in Algier."
R13 = "Die frühere spanische Kolonie wird größtenteils von Marokko kontrolliert, ihr Status ist völkerrechtlich ungeklärt."
R14 = "Am Mittwoch will Macron in Rabat mit Studenten diskutieren, bevor er nach Frankreich zurückkehrt."

DE03 = {
    "id": "hm234-de-03", "lang": "de", "url": None, "published": "2024-10-29",
    "title": "Macron stellt sich in Rabat hinter Marokkos Anspruch auf Westsahara",
    "text": paragraphs([R1, R2, R3], [R4, R5, R6, R7, R8], [R9, R10, R11, R12], [R13, R14]),
    "events": [
        event("CONSULT", MACRON, MOROCCO, R1, mode="visit", location="Rabat", location_country="MAR"),
        event("SUPPORT", MACRON, MOROCCO, R1),
        event("SUPPORT", MACRON, MOROCCO, R2, date="2024-10-29", location="Rabat", location_country="MAR"),
        event("AGREE", MACRON, MOROCCO, R3),
        event("CONSULT", MACRON, KING, R4, mode="visit", date="2024-10-28", location="Rabat",
              location_country="MAR"),
        event("SUPPORT", MACRON, KING, R5),
        event("COOPERATE", FRANCE_R, MOROCCO, R6),
        event("REQUEST", RETAILLEAU, MOROCCO, R7, mode="change"),
        event("AGREE", LAFTIT, RETAILLEAU, R8),
        event("ACCUSE", POLISARIO, MACRON, R9, mode="disapprove"),
        event("ACCUSE", POLISARIO, FRANCE_R, R10, mode="allege"),
        event("SANCTION", ALGERIA, FRANCE_R, R11, mode="discontinue"),
    ],
    "quotes": [
        quote("Gegenwart und Zukunft dieses Gebiets liegen im Rahmen der marokkanischen Souveränität",
              "Emmanuel Macron", "direct"),
        quote("Frankreich werde auch in der Westsahara investieren und dort die Entwicklung unterstützen",
              "Emmanuel Macron", "indirect"),
        quote("verstärkte außergewöhnliche Partnerschaft", "Emmanuel Macron and Mohammed VI", "direct"),
        quote("Verrat", "Polisario Front", "direct"),
        quote("Paris verstoße gegen die Resolutionen der Vereinten Nationen", "Polisario Front", "indirect"),
        quote("Eine Rückkehr des Botschafters sei derzeit nicht vorgesehen", "Ministry of Foreign Affairs of Algeria",
              "indirect"),
    ],
    "entities": [
        entity("Rabat", "LOC", "MAR", ["Rabat"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Frankreichs Präsident Emmanuel Macron", "Macron", "Macrons",
                                                 "den Gast"]),
        entity("Morocco", "LOC", "MAR", ["Marokko", "des Königreichs"]),
        entity("Western Sahara", "LOC", "ESH", ["die umstrittene Westsahara", "der Westsahara", "dieses Gebiets",
                                                "Die frühere spanische Kolonie"]),
        entity("Parliament of Morocco", "ORG", "MAR", ["beiden Kammern des Parlaments"]),
        entity("France", "LOC", "FRA", ["Frankreich", "Paris"]),
        entity("Mohammed VI", "PER", "MAR", ["König Mohammed VI."]),
        entity("Bruno Retailleau", "PER", "FRA", ["Der mitgereiste Innenminister Bruno Retailleau"]),
        entity("Abdelouafi Laftit", "PER", "MAR", ["Sein marokkanischer Kollege Abdelouafi Laftit"]),
        entity("Polisario Front", "ORG", "ESH", ["Die Polisario-Front", "die Bewegung"]),
        entity("United Nations", "ORG", "UNO", ["der Vereinten Nationen"]),
        entity("Algeria", "LOC", "DZA", ["Algerien"]),
        entity("Ministry of Foreign Affairs of Algeria", "ORG", "DZA", ["dem Außenministerium in Algier"]),
    ],
}

# ---------------------------------------------------------------- hm234-de-04 (Tabatabai killed in Beirut)
IDF = actor("Israel Defense Forces", "ISR", "MIL")
TABATABAI = actor("Haytham Ali Tabatabai", "LBN", "REB")
HEZBOLLAH = actor("Hezbollah", "LBN", "REB")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
KATZ = actor("Israel Katz", "ISR", "GOV")
AOUN = actor("Joseph Aoun", "LBN", "GOV")
QMATI = actor("Mahmoud Qmati", "LBN", "REB")
IRN_MFA = actor("Ministry of Foreign Affairs of Iran", "IRN", "GOV")
UNIFIL = actor("United Nations Interim Force in Lebanon", "UNO", "IGO")
LAF = actor("Lebanese Armed Forces", "LBN", "MIL")
ISRAEL_L = actor("Israel", "ISR", "GOV")

L1 = ("Beirut (dpa) - Bei einem israelischen Luftangriff auf einen Vorort von Beirut ist nach Angaben der Armee der "
      "militärische Stabschef der Hisbollah, Haitham Ali Tabatabai, getötet worden.")
L2 = "Die Miliz bestätigte am Abend den Tod Tabatabais, den sie als »großen Kommandeur« würdigte."
L3 = ("Das libanesische Gesundheitsministerium meldete fünf Tote und 28 Verletzte in dem Wohnhaus im Stadtteil "
      "Haret Hreik.")
L4 = "Es war der erste Angriff auf die südlichen Vororte der Hauptstadt seit mehreren Monaten."
L5 = "Ministerpräsident Benjamin Netanjahu sagte, Israel werde nicht zulassen, dass die Hisbollah wieder aufrüste."
L6 = "Verteidigungsminister Israel Katz drohte: „Wer seine Hand gegen Israel erhebt, dem wird sie abgeschlagen.“"
L7 = ("Staatspräsident Joseph Aoun warf Israel vor, die Waffenruhe zu missachten, und rief die internationale "
      "Gemeinschaft zum Eingreifen auf.")
L8 = "Der Hisbollah-Abgeordnete Mahmud Kmati sprach von der Überschreitung einer »roten Linie«."
L9 = "Die Führung der Partei werde über eine Antwort beraten, sagte er."
L10 = "Das iranische Außenministerium verurteilte den Angriff als »feige« und als Verletzung der libanesischen Souveränität."
L11 = "Die UN-Friedenstruppe Unifil rief Israel und die Hisbollah zur Zurückhaltung auf."
L12 = "Seit November 2024 gilt zwischen Israel und der Hisbollah eine von den USA und Frankreich vermittelte Waffenruhe."
L13 = "Die Hisbollah weist den Vorwurf zurück, sich neu zu bewaffnen."
L14 = ("Die libanesische Armee hat nach eigenen Angaben in den vergangenen Wochen Dutzende Waffenlager der Miliz "
       "südlich des Litani-Flusses geräumt.")

DE04 = {
    "id": "hm234-de-04", "lang": "de", "url": None, "published": "2025-11-24",
    "title": "Israel tötet Hisbollah-Militärchef in Beirut",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6, L7, L8, L9, L10, L11], [L12, L13, L14]),
    "events": [
        event("ASSAULT", IDF, TABATABAI, L1, mode="assassinate", location="Beirut",
              location_country="LBN"),
        event("THREATEN", NETANYAHU, HEZBOLLAH, L5),
        event("THREATEN", KATZ, HEZBOLLAH, L6, mode="violence"),
        event("ACCUSE", AOUN, ISRAEL_L, L7, mode="allege"),
        event("REQUEST", AOUN, None, L7, mode="assist"),
        event("ACCUSE", QMATI, ISRAEL_L, L8, mode="disapprove"),
        event("THREATEN", QMATI, ISRAEL_L, L9, mode="violence"),
        event("ACCUSE", IRN_MFA, ISRAEL_L, L10, mode="disapprove"),
        event("REQUEST", UNIFIL, ISRAEL_L, L11),
        event("REQUEST", UNIFIL, HEZBOLLAH, L11),
        event("COERCE", LAF, HEZBOLLAH, L14, mode="seize"),
    ],
    "quotes": [
        quote("großen Kommandeur", "Hezbollah", "direct"),
        quote("Israel werde nicht zulassen, dass die Hisbollah wieder aufrüste", "Benjamin Netanyahu", "indirect"),
        quote("Wer seine Hand gegen Israel erhebt, dem wird sie abgeschlagen", "Israel Katz", "direct"),
        quote("roten Linie", "Mahmoud Qmati", "direct"),
        quote("Die Führung der Partei werde über eine Antwort beraten", "Mahmoud Qmati", "indirect"),
        quote("feige", "Ministry of Foreign Affairs of Iran", "direct"),
    ],
    "entities": [
        entity("Beirut", "LOC", "LBN", ["Beirut", "der Hauptstadt"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["der Armee"]),
        entity("Hezbollah", "ORG", "LBN", ["der Hisbollah", "Die Miliz", "die Hisbollah", "Die Hisbollah",
                                           "der Partei", "der Miliz"]),
        entity("Haytham Ali Tabatabai", "PER", "LBN", ["Haitham Ali Tabatabai", "Tabatabais"]),
        entity("Ministry of Public Health of Lebanon", "ORG", "LBN", ["Das libanesische Gesundheitsministerium"]),
        entity("Haret Hreik", "LOC", "LBN", ["Haret Hreik"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Ministerpräsident Benjamin Netanjahu"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Israel Katz", "PER", "ISR", ["Verteidigungsminister Israel Katz"]),
        entity("Joseph Aoun", "PER", "LBN", ["Staatspräsident Joseph Aoun"]),
        entity("Mahmoud Qmati", "PER", "LBN", ["Der Hisbollah-Abgeordnete Mahmud Kmati"]),
        entity("Ministry of Foreign Affairs of Iran", "ORG", "IRN", ["Das iranische Außenministerium"]),
        entity("Lebanon", "LOC", "LBN", ["libanesischen"]),
        entity("United Nations Interim Force in Lebanon", "ORG", "UNO", ["Die UN-Friedenstruppe Unifil"]),
        entity("United States", "LOC", "USA", ["den USA"]),
        entity("France", "LOC", "FRA", ["Frankreich"]),
        entity("Lebanese Armed Forces", "ORG", "LBN", ["Die libanesische Armee"]),
        entity("Litani River", "LOC", "LBN", ["Litani-Flusses"]),
    ],
}

# ---------------------------------------------------------------- hm234-en-01 (Sudan, Kamil Idris)
BURHAN = actor("Abdel Fattah al-Burhan", "SDN", "MIL")
IDRIS = actor("Kamil Idris", "SDN", "GOV")
YOUSSOUF = actor("Mahmoud Ali Youssouf", "IGO", "IGO")
SAF = actor("Sudanese Armed Forces", "SDN", "MIL")
RSF = actor("Rapid Support Forces", "SDN", "REB")
SAUDI_E = actor("Saudi Arabia", "SAU", "GOV")
EGYPT_E = actor("Egypt", "EGY", "GOV")
SUDAN_GOV = actor("Government of Sudan", "SDN", "GOV")
SUMUD = actor("Sumud", "SDN", "OPP")

K1 = ("PORT SUDAN, May 20 (Reuters) - Sudan's army chief Abdel Fattah al-Burhan has appointed Kamil Idris, a former "
      "senior United Nations official, as prime minister, the ruling Sovereign Council said late on Monday.")
K2 = ("Idris, who headed the World Intellectual Property Organization from 1997 to 2008, becomes the first "
      "civilian in the post since the military takeover of 2021.")
K3 = "He replaces Dafallah al-Haj Ali, who had been named acting prime minister less than three weeks earlier."
K4 = ("African Union Commission chairperson Mahmoud Ali Youssouf welcomed the appointment as \u201ca step towards "
      "inclusive governance\u201d and urged the army and the Rapid Support Forces to return to negotiations.")
K5 = "Saudi Arabia and Egypt also welcomed the decision."
K6 = ("The RSF, which has fought the army since April 2023, dismissed the appointment as illegitimate and said "
      "Burhan had no mandate to form a government.")
K7 = ("The civilian coalition Sumud, led by former prime minister Abdalla Hamdok, said no cabinet formed by "
      "\u201cone party to the war\u201d could claim legitimacy.")
K8 = ("Earlier this month, drones struck fuel depots, the airport and the port in Port Sudan for six days in a row, "
      "attacks the army blamed on the RSF.")
K9 = "The paramilitary group has denied targeting civilian infrastructure."
K10 = "Burhan has ruled out talks with the RSF unless it withdraws from cities and lays down its weapons."
K11 = ("The war has killed tens of thousands of people and driven more than 12 million from their homes, according "
       "to United Nations figures.")
K12 = ("Idris is expected to be sworn in in Port Sudan, where the army-aligned government has been based since "
       "fighting engulfed Khartoum.")

EN01 = {
    "id": "hm234-en-01", "lang": "en", "url": None, "published": "2025-05-20",
    "title": "Sudan's army chief names ex-U.N. official Kamil Idris as prime minister",
    "text": paragraphs([K1, K2, K3], [K4, K5], [K6, K7], [K8, K9, K10], [K11, K12]),
    "events": [
        event("SUPPORT", BURHAN, IDRIS, K1, date="2025-05-19"),
        event("SUPPORT", YOUSSOUF, SUDAN_GOV, K4),
        event("REQUEST", YOUSSOUF, SAF, K4, mode="meet"),
        event("REQUEST", YOUSSOUF, RSF, K4, mode="meet"),
        event("SUPPORT", SAUDI_E, SUDAN_GOV, K5),
        event("SUPPORT", EGYPT_E, SUDAN_GOV, K5),
        event("ACCUSE", RSF, BURHAN, K6, mode="disapprove"),
        event("ACCUSE", SUMUD, BURHAN, K7, mode="disapprove"),
        event("ACCUSE", SAF, RSF, K8, mode="allege"),
        event("REJECT", BURHAN, RSF, K10, mode="meet"),
    ],
    "quotes": [
        quote("a step towards inclusive governance", "Mahmoud Ali Youssouf", "direct"),
        quote("Burhan had no mandate to form a government", "Rapid Support Forces", "indirect"),
        quote("one party to the war", "Sumud", "direct"),
        quote("no cabinet formed by \u201cone party to the war\u201d could claim legitimacy", "Sumud", "indirect"),
    ],
    "entities": [
        entity("Port Sudan", "LOC", "SDN", ["PORT SUDAN", "Port Sudan"]),
        entity("Sudan", "LOC", "SDN", ["Sudan"]),
        entity("Abdel Fattah al-Burhan", "PER", "SDN", ["Sudan's army chief Abdel Fattah al-Burhan", "Burhan"]),
        entity("Kamil Idris", "PER", "SDN", ["Kamil Idris", "Idris", "He"]),
        entity("United Nations", "ORG", "UNO", ["United Nations"]),
        entity("Sovereign Council of Sudan", "ORG", "SDN", ["the ruling Sovereign Council"]),
        entity("World Intellectual Property Organization", "ORG", "UNO", ["the World Intellectual Property Organization"]),
        entity("Dafallah al-Haj Ali", "PER", "SDN", ["Dafallah al-Haj Ali"]),
        entity("Mahmoud Ali Youssouf", "PER", "IGO",
               ["African Union Commission chairperson Mahmoud Ali Youssouf"]),
        entity("African Union Commission", "ORG", "IGO", ["African Union Commission"]),
        entity("Sudanese Armed Forces", "ORG", "SDN", ["the army"]),
        entity("Rapid Support Forces", "ORG", "SDN", ["the Rapid Support Forces", "The RSF", "the RSF",
                                                      "The paramilitary group"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi Arabia"]),
        entity("Egypt", "LOC", "EGY", ["Egypt"]),
        entity("Sumud", "ORG", "SDN", ["The civilian coalition Sumud"]),
        entity("Abdalla Hamdok", "PER", "SDN", ["former prime minister Abdalla Hamdok"]),
        entity("Khartoum", "LOC", "SDN", ["Khartoum"]),
    ],
}

# ---------------------------------------------------------------- hm234-en-02 (Panama-US Darien deal)
PANAMA = actor("Panama", "PAN", "GOV")
USA = actor("United States", "USA", "GOV")
MARTINEZ_ACHA = actor("Javier Martínez-Acha", "PAN", "GOV")
MAYORKAS = actor("Alejandro Mayorkas", "USA", "GOV")
MULINO = actor("José Raúl Mulino", "PAN", "GOV")
MIGRANTS = actor("migrants crossing the Darien", "VEN", "CVL")
SENAFRONT = actor("National Border Service of Panama", "PAN", "COP")
UNHCR = actor("UN Refugee Agency", "UNO", "IGO")
MSF = actor("Doctors Without Borders", "NGO", "NGO")
COLOMBIA = actor("Colombia", "COL", "GOV")

P1 = ("PANAMA CITY, July 2 (AP) - Panama and the United States have signed an agreement under which Washington will "
      "pay for flights to deport migrants who cross the dangerous Darien jungle, hours after Jos\u00e9 Ra\u00fal "
      "Mulino was sworn in as Panama's president.")
P2 = ("The memorandum of understanding was signed on Monday by Panama's Foreign Minister Javier Mart\u00ednez-Acha "
      "and U.S. Homeland Security Secretary Alejandro Mayorkas, who led Washington's delegation to the inauguration.")
P3 = ("Under the deal, the U.S. government will cover the cost of equipment, transportation and logistics for the "
      "removals, starting with an initial $6 million.")
P4 = ("\u201cOur border is not a transit route anymore, it is Panama's border,\u201d Mulino said in his inaugural "
      "address, vowing to \u201cclose\u201d the Darien to irregular migration.")
P5 = "Border police have already fenced off several jungle trails with barbed wire, officials said."
P6 = ("More than 520,000 people, most of them Venezuelans, crossed the Darien last year on their way north to the "
      "United States.")
P7 = ("The U.N. refugee agency urged Panama to make sure that people in need of protection could still apply for "
      "asylum.")
P8 = ("Doctors Without Borders warned that closing official routes would push migrants onto more dangerous paths "
      "controlled by criminal gangs.")
P9 = "Mayorkas praised Panama as a \u201cstrong partner\u201d in managing migration in the region."
P10 = ("Colombia, where most migrants enter the jungle, was not consulted on the plan, a Colombian foreign ministry "
       "official told AP.")
P11 = "The U.S. government denied that asylum seekers would be deported under the agreement."
P12 = "Mulino, 65, is a former security minister and a close ally of ex-president Ricardo Martinelli."

EN02 = {
    "id": "hm234-en-02", "lang": "en", "url": None, "published": "2024-07-02",
    "title": "Panama, US sign deal on deportation flights for Darien migrants",
    "text": paragraphs([P1, P2, P3], [P4, P5, P6], [P7, P8, P9], [P10, P11, P12]),
    "events": [
        event("SUPPORT", PANAMA, USA, P1),
        event("SUPPORT", MARTINEZ_ACHA, MAYORKAS, P2, date="2024-07-01", location="Panama City",
              location_country="PAN"),
        event("AGREE", USA, PANAMA, P3),
        event("THREATEN", MULINO, MIGRANTS, P4, mode="restrict"),
        event("COERCE", SENAFRONT, MIGRANTS, P5, mode="restrict", location="Darien", location_country="PAN"),
        event("REQUEST", UNHCR, PANAMA, P7, mode="change"),
        event("ACCUSE", MSF, PANAMA, P8, mode="disapprove"),
        event("SUPPORT", MAYORKAS, PANAMA, P9),
        event("CONSULT", PANAMA, COLOMBIA, P10, negated=True),
    ],
    "quotes": [
        quote("Our border is not a transit route anymore, it is Panama's border", "José Raúl Mulino", "direct"),
        quote("close", "José Raúl Mulino", "direct"),
        quote("closing official routes would push migrants onto more dangerous paths controlled by criminal gangs",
              "Doctors Without Borders", "indirect"),
        quote("strong partner", "Alejandro Mayorkas", "direct"),
        quote("Colombia, where most migrants enter the jungle, was not consulted on the plan",
              "Colombian foreign ministry official", "indirect"),
        quote("asylum seekers would be deported under the agreement", "United States government", "indirect"),
    ],
    "entities": [
        entity("Panama City", "LOC", "PAN", ["PANAMA CITY"]),
        entity("Panama", "LOC", "PAN", ["Panama"]),
        entity("United States", "LOC", "USA", ["the United States", "Washington"]),
        entity("Darien Gap", "LOC", "PAN", ["the dangerous Darien jungle", "the Darien", "the jungle"]),
        entity("José Raúl Mulino", "PER", "PAN", ["Jos\u00e9 Ra\u00fal Mulino", "Mulino"]),
        entity("Javier Martínez-Acha", "PER", "PAN",
               ["Panama's Foreign Minister Javier Mart\u00ednez-Acha"]),
        entity("Alejandro Mayorkas", "PER", "USA",
               ["U.S. Homeland Security Secretary Alejandro Mayorkas", "Mayorkas"]),
        entity("United States government", "ORG", "USA", ["the U.S. government", "The U.S. government"]),
        entity("National Border Service of Panama", "ORG", "PAN", ["Border police"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuelans"]),
        entity("UN Refugee Agency", "ORG", "UNO", ["The U.N. refugee agency"]),
        entity("Doctors Without Borders", "ORG", "NGO", ["Doctors Without Borders"]),
        entity("Colombia", "LOC", "COL", ["Colombia"]),
        entity("Ministry of Foreign Affairs of Colombia", "ORG", "COL", ["a Colombian foreign ministry official"]),
        entity("Associated Press", "ORG", "USA", ["AP"]),
        entity("Ricardo Martinelli", "PER", "PAN", ["ex-president Ricardo Martinelli"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
