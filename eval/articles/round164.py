"""Round 164: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm164-de-01: RSF attacks on villages in eastern Al-Jazira after Abu Aqla Keikal's defection, killings in Al-Sariha; the UN, Port Sudan and al-Burhan react (2024-10-26).
- hm164-de-02: Nigeria's NLC and TUC suspend their general strike over the minimum wage after one day and talks with Akpabio and Tinubu's pledge (2024-06-04).
- hm164-de-03: Ethiopia inaugurates the Grand Ethiopian Renaissance Dam with Ruto and Guelleh present; Egypt writes to the Security Council, Sudan wants a binding deal (2025-09-09).
- hm164-de-04: Colombia breaks off diplomatic relations with Israel, announced by Petro at the May Day rally; Katz, the PA, Hamas and Centro Democrático react (2024-05-02).
- hm164-en-01: Eswatini holds five third-country deportees flown in from the United States; PUDEMO, a court application and South Africa's request for clarity (2025-07-17).
- hm164-en-02: Israel strikes military targets in Iran after Iran's October missile barrage; Tehran threatens, Arab states condemn, Washington not involved (2024-10-26).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm164-de-01
RSF = actor("Rapid Support Forces", "SDN", "REB")
SDN_CIV = actor("Sudanese civilians", "SDN", "CVL")
SARIHA_COMMITTEE = actor("Al-Sariha resistance committee", "SDN", "CVL")
NKWETA = actor("Clementine Nkweta-Salami", "UNO", "IGO")
SDN_MFA = actor("Ministry of Foreign Affairs of Sudan", "SDN", "GOV")
INTL_COMMUNITY = actor("international community", None, None)
SAF = actor("Sudanese Armed Forces", "SDN", "MIL")
BURHAN = actor("Abdel Fattah al-Burhan", "SDN", "MIL")
WFP = actor("World Food Programme", "UNO", "IGO")
SDN_IDP = actor("Sudanese displaced people", "SDN", "CVL")

G1 = ("Bei Angriffen der paramilitärischen RSF auf Dörfer im sudanesischen Bundesstaat Al-Dschasira sind in den "
      "vergangenen Tagen mehr als 120 Menschen getötet worden.")
G2 = ("Allein im Dorf Al-Sariha hätten Kämpfer der Miliz am Freitag Dutzende Bewohner erschossen, teilte ein "
      "örtliches Widerstandskomitee mit.")
G3 = "Die Angreifer hätten zudem Frauen verschleppt und Häuser geplündert."
G4 = ("Die Gewalt richtet sich gegen die Heimatregion des früheren RSF-Kommandeurs Abu Akla Kaikal, der vor einer "
      "Woche zur Armee übergelaufen war.")
G5 = ("Die UN-Koordinatorin für humanitäre Hilfe im Sudan, Clementine Nkweta-Salami, verurteilte die Angriffe als "
      "«entsetzlich».")
G6 = "Sie forderte von der RSF den Schutz der Zivilbevölkerung und freien Zugang für Helfer."
G7 = ("Das Außenministerium in Port Sudan sprach von einem «Völkermord» und forderte von der internationalen "
      "Gemeinschaft die Einstufung der RSF als Terrororganisation.")
G8 = "Die RSF wiesen die Vorwürfe zurück und warfen der Armee vor, Zivilisten in der Region zu bewaffnen."
G9 = "Armeechef Abdel Fattah al-Burhan kündigte an, die Streitkräfte würden die Region «Dorf für Dorf» befreien."
G10 = "Nach Angaben der Armee wurden Verstärkungen in den Osten des Bundesstaats verlegt."
G11 = "Am Samstag zogen sich die RSF-Kämpfer aus Al-Sariha zurück, Bewohner begannen mit der Beerdigung der Toten."
G12 = ("Das Welternährungsprogramm (WFP) verteilte unterdessen Lebensmittel an Tausende Geflüchtete im benachbarten "
       "Bundesstaat Gedaref.")
G13 = "Seit April 2023 kämpfen die Armee und die RSF um die Macht in dem Land."

DE01 = {
    "id": "hm164-de-01", "lang": "de", "url": None, "published": "2024-10-26",
    "title": "Mehr als hundert Tote bei RSF-Angriffen im sudanesischen Al-Dschasira",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8], [G9, G10, G11, G12, G13]),
    "events": [
        event("ASSAULT", RSF, SDN_CIV, G1, location="Al-Jazira", location_country="SDN"),
        event("ACCUSE", SARIHA_COMMITTEE, RSF, G2, mode="allege"),
        event("ACCUSE", SARIHA_COMMITTEE, RSF, G3, mode="allege"),
        event("ACCUSE", NKWETA, RSF, G5, mode="disapprove"),
        event("REQUEST", NKWETA, RSF, G6, mode="yield"),
        event("ACCUSE", SDN_MFA, RSF, G7, mode="allege"),
        event("REQUEST", SDN_MFA, INTL_COMMUNITY, G7, mode="change"),
        event("ACCUSE", RSF, SAF, G8, mode="allege"),
        event("THREATEN", BURHAN, RSF, G9, mode="violence"),
        event("MOBILIZE", SAF, RSF, G10, mode="troops", location="Al-Jazira", location_country="SDN"),
        event("RETREAT", RSF, None, G11, mode="withdraw", date="2024-10-26", location="Al-Sariha",
              location_country="SDN"),
        event("AID", WFP, SDN_IDP, G12, location="Gedaref", location_country="SDN"),
    ],
    "quotes": [
        quote("Allein im Dorf Al-Sariha hätten Kämpfer der Miliz am Freitag Dutzende Bewohner erschossen",
              "Al-Sariha resistance committee", "indirect"),
        quote("Die Angreifer hätten zudem Frauen verschleppt und Häuser geplündert", "Al-Sariha resistance committee",
              "indirect"),
        quote("entsetzlich", "Clementine Nkweta-Salami", "direct"),
        quote("Völkermord", "Ministry of Foreign Affairs of Sudan", "direct"),
        quote("Zivilisten in der Region zu bewaffnen", "Rapid Support Forces", "indirect"),
        quote("die Streitkräfte würden die Region «Dorf für Dorf» befreien", "Abdel Fattah al-Burhan", "indirect"),
        quote("Dorf für Dorf", "Abdel Fattah al-Burhan", "direct"),
        quote("wurden Verstärkungen in den Osten des Bundesstaats verlegt", "Sudanese Armed Forces", "indirect"),
    ],
    "entities": [
        entity("Rapid Support Forces", "ORG", "SDN",
               ["der paramilitärischen RSF", "der Miliz", "der RSF", "Die RSF", "die RSF-Kämpfer", "die RSF"]),
        entity("Al-Jazira State", "LOC", "SDN",
               ["Bundesstaat Al-Dschasira", "des Bundesstaats", "der Region", "die Region"]),
        entity("Sudan", "GPE", "SDN", ["Sudan", "dem Land"]),
        entity("Al-Sariha", "LOC", "SDN", ["im Dorf Al-Sariha", "Al-Sariha"]),
        entity("Al-Sariha resistance committee", "ORG", "SDN", ["ein örtliches Widerstandskomitee"]),
        entity("Abu Aqla Keikal", "PER", "SDN", ["des früheren RSF-Kommandeurs Abu Akla Kaikal"]),
        entity("Sudanese Armed Forces", "ORG", "SDN", ["zur Armee", "der Armee", "die Streitkräfte", "die Armee"]),
        entity("Clementine Nkweta-Salami", "PER", "UNO",
               ["Die UN-Koordinatorin für humanitäre Hilfe im Sudan, Clementine Nkweta-Salami", "Sie"]),
        entity("Ministry of Foreign Affairs of Sudan", "ORG", "SDN", ["Das Außenministerium in Port Sudan"]),
        entity("Port Sudan", "LOC", "SDN", ["Port Sudan"]),
        entity("international community", "ORG", None, ["der internationalen Gemeinschaft"]),
        entity("Abdel Fattah al-Burhan", "PER", "SDN", ["Armeechef Abdel Fattah al-Burhan"]),
        entity("World Food Programme", "ORG", "UNO", ["Das Welternährungsprogramm (WFP)"]),
        entity("Gedaref State", "LOC", "SDN", ["im benachbarten Bundesstaat Gedaref"]),
    ],
}

# ---------------------------------------------------------------- hm164-de-02
NLC = actor("Nigeria Labour Congress", "NGA", "LAB")
TUC = actor("Trade Union Congress of Nigeria", "NGA", "LAB")
NGA_GOV = actor("Government of Nigeria", "NGA", "GOV")
TINUBU = actor("Bola Tinubu", "NGA", "GOV")
AKPABIO = actor("Godswill Akpabio", "NGA", "LEG")
AJAERO = actor("Joe Ajaero", "NGA", "LAB")
OSIFO = actor("Festus Osifo", "NGA", "LAB")
IDRIS = actor("Mohammed Idris", "NGA", "GOV")

H1 = ("Nigerias Gewerkschaftsverbände NLC und TUC haben ihren unbefristeten Generalstreik nach nur einem Tag für "
      "eine Woche ausgesetzt.")
H2 = ("Zuvor hatte Präsident Bola Tinubu den Gewerkschaften einen Mindestlohn oberhalb des bisherigen "
      "Regierungsangebots von 60.000 Naira im Monat zugesagt.")
H3 = ("Senatspräsident Godswill Akpabio hatte NLC-Chef Joe Ajaero und TUC-Chef Festus Osifo am Montagabend zu "
      "stundenlangen Gesprächen im Parlament in Abuja empfangen.")
H4 = ("Am Montag hatten Mitglieder beider Verbände landesweit Flughäfen, Krankenhäuser, Schulen und Behörden "
      "bestreikt, vielerorts fiel zudem der Strom aus.")
H5 = ("Ajaero sagte nach dem Treffen, die Gewerkschaften hielten an ihrer Forderung nach einem Mindestlohn von "
      "494.000 Naira fest.")
H6 = "Das Angebot der Regierung wies er als „Beleidigung für die Arbeiter“ zurück."
H7 = ("Informationsminister Mohammed Idris nannte den Ausstand „verfrüht und illegal“ und warf den Gewerkschaften "
      "vor, die Wirtschaft des Landes in Geiselhaft zu nehmen.")
H8 = "„Wenn es bis Ende nächster Woche keine Einigung gibt“, sagte Osifo, „legen wir das Land erneut lahm.“"
H9 = "Der derzeitige Mindestlohn von 30.000 Naira war 2019 festgelegt worden."
H10 = ("Seit der Abschaffung der Benzinsubventionen vor einem Jahr sind die Lebenshaltungskosten in dem Land mit "
       "mehr als 200 Millionen Einwohnern stark gestiegen.")
H11 = "Die Inflation lag zuletzt bei mehr als 33 Prozent."

DE02 = {
    "id": "hm164-de-02", "lang": "de", "url": None, "published": "2024-06-04",
    "title": "Nigerias Gewerkschaften setzen Generalstreik aus",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7], [H8, H9, H10, H11]),
    "events": [
        event("CONCEDE", NLC, NGA_GOV, H1),
        event("CONCEDE", TUC, NGA_GOV, H1),
        event("CONCEDE", TINUBU, NLC, H2),
        event("CONCEDE", TINUBU, TUC, H2),
        event("CONSULT", AJAERO, AKPABIO, H3, mode="visit", date="2024-06-03", location="Abuja",
              location_country="NGA"),
        event("CONSULT", OSIFO, AKPABIO, H3, mode="visit", date="2024-06-03", location="Abuja",
              location_country="NGA"),
        event("PROTEST", NLC, NGA_GOV, H4, mode="strike", date="2024-06-03"),
        event("PROTEST", TUC, NGA_GOV, H4, mode="strike", date="2024-06-03"),
        event("REQUEST", AJAERO, NGA_GOV, H5, mode="change"),
        event("REJECT", AJAERO, NGA_GOV, H6),
        event("ACCUSE", IDRIS, NLC, H7, mode="disapprove"),
        event("ACCUSE", IDRIS, TUC, H7, mode="disapprove"),
        event("THREATEN", OSIFO, NGA_GOV, H8, mode="restrict"),
    ],
    "quotes": [
        quote("die Gewerkschaften hielten an ihrer Forderung nach einem Mindestlohn von 494.000 Naira fest",
              "Joe Ajaero", "indirect"),
        quote("Beleidigung für die Arbeiter", "Joe Ajaero", "direct"),
        quote("verfrüht und illegal", "Mohammed Idris", "direct"),
        quote("die Wirtschaft des Landes in Geiselhaft zu nehmen", "Mohammed Idris", "indirect"),
        quote("Wenn es bis Ende nächster Woche keine Einigung gibt", "Festus Osifo", "direct"),
        quote("legen wir das Land erneut lahm", "Festus Osifo", "direct"),
    ],
    "entities": [
        entity("Nigeria", "GPE", "NGA", ["Nigerias", "des Landes", "das Land", "dem Land"]),
        entity("Nigeria Labour Congress", "ORG", "NGA", ["NLC"]),
        entity("Trade Union Congress of Nigeria", "ORG", "NGA", ["TUC"]),
        entity("Nigerian trade unions", "ORG", "NGA",
               ["Nigerias Gewerkschaftsverbände", "den Gewerkschaften", "beider Verbände", "die Gewerkschaften"]),
        entity("Bola Tinubu", "PER", "NGA", ["Präsident Bola Tinubu"]),
        entity("Government of Nigeria", "ORG", "NGA", ["der Regierung"]),
        entity("Godswill Akpabio", "PER", "NGA", ["Senatspräsident Godswill Akpabio"]),
        entity("Joe Ajaero", "PER", "NGA", ["NLC-Chef Joe Ajaero", "Ajaero", "er"]),
        entity("Festus Osifo", "PER", "NGA", ["TUC-Chef Festus Osifo", "Osifo"]),
        entity("National Assembly of Nigeria", "ORG", "NGA", ["Parlament"]),
        entity("Abuja", "LOC", "NGA", ["Abuja"]),
        entity("Mohammed Idris", "PER", "NGA", ["Informationsminister Mohammed Idris"]),
    ],
}

# ---------------------------------------------------------------- hm164-de-03
RUTO = actor("William Ruto", "KEN", "GOV")
GUELLEH = actor("Ismail Omar Guelleh", "DJI", "GOV")
ETHIOPIA = actor("Ethiopia", "ETH", "GOV")
ABIY = actor("Abiy Ahmed", "ETH", "GOV")
EGYPT = actor("Egypt", "EGY", "GOV")
SUDAN = actor("Sudan", "SDN", "GOV")
EGY_MFA = actor("Ministry of Foreign Affairs of Egypt", "EGY", "GOV")
ABDELATTY = actor("Badr Abdelatty", "EGY", "GOV")
KENYA = actor("Kenya", "KEN", "GOV")
DJIBOUTI = actor("Djibouti", "DJI", "GOV")

I1 = ("Äthiopien hat am Dienstag den umstrittenen Grand-Ethiopian-Renaissance-Staudamm am Blauen Nil offiziell "
      "eingeweiht.")
I2 = ("Zu der Zeremonie in der Region Benishangul-Gumuz nahe der sudanesischen Grenze reisten unter anderen Kenias "
      "Präsident William Ruto und Dschibutis Staatschef Ismail Omar Guelleh an.")
I3 = ("Ministerpräsident Abiy Ahmed sagte, der Damm sei „keine Bedrohung“ für die Nachbarn, sondern eine Chance "
      "für die ganze Region.")
I4 = "Er lud Ägypten und den Sudan zu einer engeren Zusammenarbeit bei der Nutzung des Nilwassers ein."
I5 = "Das ägyptische Außenministerium verurteilte die Einweihung als „einseitigen und illegalen Schritt“."
I6 = ("In einem Brief an den UN-Sicherheitsrat warf Außenminister Badr Abdelatty Addis Abeba vor, die "
      "Wasserversorgung von mehr als 100 Millionen Ägyptern zu gefährden.")
I7 = ("Kairo behalte sich vor, „alle notwendigen Maßnahmen“ zum Schutz seiner Interessen zu ergreifen, hieß es "
      "weiter.")
I8 = ("Auch der Sudan äußerte Sorge um die Sicherheit seiner eigenen Dämme und forderte ein verbindliches Abkommen "
      "über den Betrieb der Anlage.")
I9 = "Äthiopien weist die Vorwürfe seit Jahren zurück und pocht auf sein Recht auf Entwicklung."
I10 = "Ägypten hatte die Verhandlungen mit Äthiopien im Dezember 2023 für gescheitert erklärt."
I11 = "Am Dienstag weitete Äthiopien zudem seine Stromlieferungen nach Kenia und Dschibuti aus."
I12 = "Der Staudamm soll mehr als 5000 Megawatt Strom erzeugen und ist das größte Wasserkraftwerk Afrikas."

DE03 = {
    "id": "hm164-de-03", "lang": "de", "url": None, "published": "2025-09-09",
    "title": "Äthiopien weiht Nil-Staudamm ein – Ägypten protestiert",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7, I8], [I9, I10, I11, I12]),
    "events": [
        event("CONSULT", RUTO, ETHIOPIA, I2, mode="visit", date="2025-09-09", location="Benishangul-Gumuz",
              location_country="ETH"),
        event("CONSULT", GUELLEH, ETHIOPIA, I2, mode="visit", date="2025-09-09", location="Benishangul-Gumuz",
              location_country="ETH"),
        event("AGREE", ABIY, EGYPT, I4, date="2025-09-09"),
        event("AGREE", ABIY, SUDAN, I4, date="2025-09-09"),
        event("ACCUSE", EGY_MFA, ETHIOPIA, I5, mode="disapprove"),
        event("ACCUSE", ABDELATTY, ETHIOPIA, I6, mode="allege"),
        event("THREATEN", ABDELATTY, ETHIOPIA, I7),
        event("ACCUSE", SUDAN, ETHIOPIA, I8, mode="disapprove"),
        event("REQUEST", SUDAN, ETHIOPIA, I8, mode="change"),
        event("SANCTION", EGYPT, ETHIOPIA, I10, mode="withdraw"),
        event("COOPERATE", ETHIOPIA, KENYA, I11, date="2025-09-09"),
        event("COOPERATE", ETHIOPIA, DJIBOUTI, I11, date="2025-09-09"),
    ],
    "quotes": [
        quote("der Damm sei „keine Bedrohung“ für die Nachbarn, sondern eine Chance für die ganze Region",
              "Abiy Ahmed", "indirect"),
        quote("keine Bedrohung", "Abiy Ahmed", "direct"),
        quote("einseitigen und illegalen Schritt", "Ministry of Foreign Affairs of Egypt", "direct"),
        quote("die Wasserversorgung von mehr als 100 Millionen Ägyptern zu gefährden", "Badr Abdelatty", "indirect"),
        quote("Kairo behalte sich vor, „alle notwendigen Maßnahmen“ zum Schutz seiner Interessen zu ergreifen",
              "Badr Abdelatty", "indirect"),
        quote("alle notwendigen Maßnahmen", "Badr Abdelatty", "direct"),
    ],
    "entities": [
        entity("Ethiopia", "GPE", "ETH", ["Äthiopien", "Addis Abeba"]),
        entity("Grand Ethiopian Renaissance Dam", "LOC", "ETH",
               ["den umstrittenen Grand-Ethiopian-Renaissance-Staudamm", "der Damm", "der Anlage", "Der Staudamm"]),
        entity("Blue Nile", "LOC", None, ["Blauen Nil"]),
        entity("Benishangul-Gumuz", "LOC", "ETH", ["der Region Benishangul-Gumuz"]),
        entity("William Ruto", "PER", "KEN", ["Kenias Präsident William Ruto"]),
        entity("Kenya", "GPE", "KEN", ["Kenias", "Kenia"]),
        entity("Ismail Omar Guelleh", "PER", "DJI", ["Dschibutis Staatschef Ismail Omar Guelleh"]),
        entity("Djibouti", "GPE", "DJI", ["Dschibutis", "Dschibuti"]),
        entity("Abiy Ahmed", "PER", "ETH", ["Ministerpräsident Abiy Ahmed", "Er"]),
        entity("Egypt", "GPE", "EGY", ["Ägypten", "Kairo"]),
        entity("Sudan", "GPE", "SDN", ["den Sudan", "der Sudan"]),
        entity("Ministry of Foreign Affairs of Egypt", "ORG", "EGY", ["Das ägyptische Außenministerium"]),
        entity("United Nations Security Council", "ORG", "UNO", ["den UN-Sicherheitsrat"]),
        entity("Badr Abdelatty", "PER", "EGY", ["Außenminister Badr Abdelatty"]),
        entity("Africa", "LOC", None, ["Afrikas"]),
    ],
}

# ---------------------------------------------------------------- hm164-de-04
COLOMBIA = actor("Colombia", "COL", "GOV")
ISRAEL = actor("Israel", "ISR", "GOV")
PETRO = actor("Gustavo Petro", "COL", "GOV")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
KATZ = actor("Israel Katz", "ISR", "GOV")
PA = actor("Palestinian Authority", "PSE", "GOV")
HAMAS = actor("Hamas", "PSE", "REB")
LATAM_STATES = actor("Latin American states", None, "GOV")
CD = actor("Centro Democrático", "COL", "PTY")
BOLIVIA = actor("Bolivia", "BOL", "GOV")
CHILE = actor("Chile", "CHL", "GOV")
HONDURAS = actor("Honduras", "HND", "GOV")

J1 = "Kolumbien bricht wegen des Gaza-Kriegs die diplomatischen Beziehungen zu Israel ab."
J2 = "Präsident Gustavo Petro verkündete den Schritt am Mittwoch bei einer Kundgebung zum 1. Mai in Bogotá."
J3 = ("Die Regierung von Ministerpräsident Benjamin Netanjahu sei „völkermörderisch“, sagte der linke Staatschef vor "
      "Tausenden Anhängern.")
J4 = "Kolumbien hatte bereits im Februar den Kauf von Waffen aus Israel ausgesetzt."
J5 = "Israels Außenminister Israel Katz bezeichnete Petro als „Verbündeten der Hamas-Mörder“."
J6 = "„Kolumbien hat einen Präsidenten, der Terror belohnt“, schrieb Katz auf der Plattform X."
J7 = "Die Palästinensische Autonomiebehörde begrüßte die Entscheidung als „mutig“."
J8 = "Auch die radikalislamische Hamas lobte Bogotá und rief andere Staaten Lateinamerikas zur Nachahmung auf."
J9 = ("Die oppositionelle Partei Centro Democrático warf Petro vor, die Sicherheit des Landes zu gefährden, da die "
      "Armee stark von israelischer Technik abhänge.")
J10 = "Kolumbiens Luftwaffe setzt unter anderem Kampfflugzeuge vom Typ Kfir aus israelischer Produktion ein."
J11 = ("Bolivien hatte seine Beziehungen zu Israel bereits im Oktober abgebrochen, Chile und Honduras riefen ihre "
       "Botschafter zurück.")
J12 = ("Ob Kolumbien auch den israelischen Botschafter ausweisen werde, ließ das Außenministerium in Bogotá zunächst "
       "offen.")

DE04 = {
    "id": "hm164-de-04", "lang": "de", "url": None, "published": "2024-05-02",
    "title": "Kolumbien bricht Beziehungen zu Israel ab",
    "text": paragraphs([J1, J2, J3, J4], [J5, J6, J7, J8], [J9, J10, J11, J12]),
    "events": [
        event("SANCTION", COLOMBIA, ISRAEL, J1, mode="discontinue"),
        event("SANCTION", PETRO, ISRAEL, J2, mode="discontinue", date="2024-05-01", location="Bogotá",
              location_country="COL"),
        event("ACCUSE", PETRO, NETANYAHU, J3, mode="allege", date="2024-05-01", location="Bogotá",
              location_country="COL"),
        event("SANCTION", COLOMBIA, ISRAEL, J4, mode="discontinue"),
        event("ACCUSE", KATZ, PETRO, J5, mode="disapprove"),
        event("ACCUSE", KATZ, PETRO, J6, mode="disapprove"),
        event("SUPPORT", PA, COLOMBIA, J7),
        event("SUPPORT", HAMAS, COLOMBIA, J8),
        event("REQUEST", HAMAS, LATAM_STATES, J8, mode="change"),
        event("ACCUSE", CD, PETRO, J9, mode="allege"),
        event("SANCTION", BOLIVIA, ISRAEL, J11, mode="discontinue"),
        event("SANCTION", CHILE, ISRAEL, J11, mode="withdraw"),
        event("SANCTION", HONDURAS, ISRAEL, J11, mode="withdraw"),
    ],
    "quotes": [
        quote("Die Regierung von Ministerpräsident Benjamin Netanjahu sei „völkermörderisch“", "Gustavo Petro",
              "indirect"),
        quote("völkermörderisch", "Gustavo Petro", "direct"),
        quote("Verbündeten der Hamas-Mörder", "Israel Katz", "direct"),
        quote("Kolumbien hat einen Präsidenten, der Terror belohnt", "Israel Katz", "direct"),
        quote("mutig", "Palestinian Authority", "direct"),
        quote("die Sicherheit des Landes zu gefährden, da die Armee stark von israelischer Technik abhänge",
              "Centro Democrático", "indirect"),
    ],
    "entities": [
        entity("Colombia", "GPE", "COL", ["Kolumbien", "Bogotá", "des Landes", "Kolumbiens"]),
        entity("Israel", "GPE", "ISR", ["Israel", "Israels"]),
        entity("Gustavo Petro", "PER", "COL", ["Präsident Gustavo Petro", "der linke Staatschef", "Petro"]),
        entity("Government of Israel", "ORG", "ISR", ["Die Regierung von Ministerpräsident Benjamin Netanjahu"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Ministerpräsident Benjamin Netanjahu"]),
        entity("Israel Katz", "PER", "ISR", ["Israels Außenminister Israel Katz", "Katz"]),
        entity("Hamas", "ORG", "PSE", ["Hamas", "die radikalislamische Hamas"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Palestinian Authority", "ORG", "PSE", ["Die Palästinensische Autonomiebehörde"]),
        entity("Latin American states", "ORG", None, ["andere Staaten Lateinamerikas"]),
        entity("Centro Democrático", "ORG", "COL", ["Die oppositionelle Partei Centro Democrático"]),
        entity("Colombian Armed Forces", "ORG", "COL", ["die Armee"]),
        entity("Colombian Air Force", "ORG", "COL", ["Kolumbiens Luftwaffe"]),
        entity("Bolivia", "GPE", "BOL", ["Bolivien"]),
        entity("Chile", "GPE", "CHL", ["Chile"]),
        entity("Honduras", "GPE", "HND", ["Honduras"]),
        entity("Ministry of Foreign Affairs of Colombia", "ORG", "COL", ["das Außenministerium in Bogotá"]),
    ],
}

# ---------------------------------------------------------------- hm164-en-01
SWZ = actor("Eswatini", "SWZ", "GOV")
SWZ_GOV = actor("Government of Eswatini", "SWZ", "GOV")
DEPORTEES = actor("deportees from the United States", None, "CVL")
DHS = actor("US Department of Homeland Security", "USA", "GOV")
MCLAUGHLIN = actor("Tricia McLaughlin", "USA", "GOV")
MDLULI = actor("Thabile Mdluli", "SWZ", "GOV")
IOM = actor("International Organization for Migration", "UNO", "IGO")
USA = actor("United States", "USA", "GOV")
SWZ_RIGHTS = actor("Eswatini rights groups", "SWZ", "NGO")
PUDEMO = actor("People's United Democratic Movement", "SWZ", "OPP")
ELC = actor("Eswatini Litigation Centre", "SWZ", "NGO")
ZAF_MFA = actor("Department of International Relations and Cooperation of South Africa", "ZAF", "GOV")
US_DOS = actor("US State Department", "USA", "GOV")

K1 = ("Eswatini said on Wednesday it was holding five men deported from the United States in isolation units at a "
      "prison and would eventually send them back to their home countries.")
K2 = ("The men, from Vietnam, Jamaica, Laos, Cuba and Yemen, landed in the kingdom on a U.S. deportation flight "
      "late on Tuesday, the Department of Homeland Security said.")
K3 = ("DHS spokeswoman Tricia McLaughlin described them as “depraved criminals” convicted of crimes including "
      "murder and child rape.")
K4 = ("Government spokesperson Thabile Mdluli said the men posed no threat to the public and that Eswatini would "
      "work with the International Organization for Migration on their repatriation.")
K5 = "She said the kingdom had accepted the men after “months of robust engagement” with Washington."
K6 = "Mdluli said the kingdom had not agreed to take in any further deportees."
K7 = ("Rights groups criticised the secrecy of the deal, and the outlawed opposition movement PUDEMO accused the "
      "government of turning the country into a “dumping ground” for the United States.")
K8 = ("The Eswatini Litigation Centre filed an urgent application at the High Court in Mbabane, seeking access to "
      "lawyers for the detainees.")
K9 = "South Africa's foreign ministry said it had asked Mbabane for “clarity” on the arrangement."
K10 = "“We thank the Kingdom of Eswatini for its partnership,” a State Department spokesperson said."
K11 = "Eswatini, home to about 1.2 million people, is Africa's last absolute monarchy, ruled by King Mswati III."

EN01 = {
    "id": "hm164-en-01", "lang": "en", "url": None, "published": "2025-07-17",
    "title": "Eswatini holds five men deported from the United States in isolation",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6, K7, K8], [K9, K10, K11]),
    "events": [
        event("COERCE", SWZ_GOV, DEPORTEES, K1, mode="arrest"),
        event("COERCE", DHS, DEPORTEES, K2, mode="deport", date="2025-07-15", location="Eswatini",
              location_country="SWZ"),
        event("ACCUSE", MCLAUGHLIN, DEPORTEES, K3, mode="disapprove"),
        event("AGREE", MDLULI, IOM, K4),
        event("COOPERATE", SWZ, USA, K5),
        event("AGREE", SWZ, USA, K6, negated=True),
        event("ACCUSE", SWZ_RIGHTS, SWZ_GOV, K7, mode="disapprove"),
        event("ACCUSE", PUDEMO, SWZ_GOV, K7, mode="allege"),
        event("ACCUSE", ELC, SWZ_GOV, K8, mode="allege", location="Mbabane", location_country="SWZ"),
        event("REQUEST", ZAF_MFA, SWZ, K9, mode="assist"),
        event("SUPPORT", US_DOS, SWZ, K10),
    ],
    "quotes": [
        quote("it was holding five men deported from the United States in isolation units at a prison and would "
              "eventually send them back to their home countries", "Government of Eswatini", "indirect"),
        quote("The men, from Vietnam, Jamaica, Laos, Cuba and Yemen, landed in the kingdom on a U.S. deportation "
              "flight late on Tuesday", "US Department of Homeland Security", "indirect"),
        quote("depraved criminals", "Tricia McLaughlin", "direct"),
        quote("the men posed no threat to the public and that Eswatini would work with the International "
              "Organization for Migration on their repatriation", "Thabile Mdluli", "indirect"),
        quote("the kingdom had accepted the men after “months of robust engagement” with Washington",
              "Thabile Mdluli", "indirect"),
        quote("months of robust engagement", "Thabile Mdluli", "direct"),
        quote("the kingdom had not agreed to take in any further deportees", "Thabile Mdluli", "indirect"),
        quote("dumping ground", "People's United Democratic Movement", "direct"),
        quote("it had asked Mbabane for “clarity” on the arrangement",
              "Department of International Relations and Cooperation of South Africa", "indirect"),
        quote("clarity", "Department of International Relations and Cooperation of South Africa", "direct"),
        quote("We thank the Kingdom of Eswatini for its partnership", "US State Department", "direct"),
    ],
    "entities": [
        entity("Eswatini", "GPE", "SWZ",
               ["Eswatini", "the kingdom", "the country", "Mbabane", "the Kingdom of Eswatini"]),
        entity("deportees from the United States", "PER", None,
               ["five men deported from the United States", "The men", "them", "the men", "the detainees"]),
        entity("United States", "GPE", "USA", ["the United States", "Washington"]),
        entity("Vietnam", "GPE", "VNM", ["Vietnam"]),
        entity("Jamaica", "GPE", "JAM", ["Jamaica"]),
        entity("Laos", "GPE", "LAO", ["Laos"]),
        entity("Cuba", "GPE", "CUB", ["Cuba"]),
        entity("Yemen", "GPE", "YEM", ["Yemen"]),
        entity("US Department of Homeland Security", "ORG", "USA", ["the Department of Homeland Security", "DHS"]),
        entity("Tricia McLaughlin", "PER", "USA", ["DHS spokeswoman Tricia McLaughlin"]),
        entity("Thabile Mdluli", "PER", "SWZ", ["Government spokesperson Thabile Mdluli", "She", "Mdluli"]),
        entity("International Organization for Migration", "ORG", "UNO",
               ["the International Organization for Migration"]),
        entity("Eswatini rights groups", "ORG", "SWZ", ["Rights groups"]),
        entity("People's United Democratic Movement", "ORG", "SWZ", ["the outlawed opposition movement PUDEMO"]),
        entity("Government of Eswatini", "ORG", "SWZ", ["government"]),
        entity("Eswatini Litigation Centre", "ORG", "SWZ", ["The Eswatini Litigation Centre"]),
        entity("High Court of Eswatini", "ORG", "SWZ", ["the High Court in Mbabane"]),
        entity("Department of International Relations and Cooperation of South Africa", "ORG", "ZAF",
               ["South Africa's foreign ministry"]),
        entity("South Africa", "GPE", "ZAF", ["South Africa"]),
        entity("US State Department", "ORG", "USA", ["State Department"]),
        entity("Africa", "LOC", None, ["Africa"]),
        entity("Mswati III", "PER", "SWZ", ["King Mswati III"]),
    ],
}

# ---------------------------------------------------------------- hm164-en-02
ISR_MIL = actor("Israel", "ISR", "MIL")
IRAN = actor("Iran", "IRN", "GOV")
IRN_MIL = actor("Iran", "IRN", "MIL")
IDF = actor("Israel Defense Forces", "ISR", "MIL")
HAGARI = actor("Daniel Hagari", "ISR", "MIL")
IRN_MFA = actor("Ministry of Foreign Affairs of Iran", "IRN", "GOV")
SAUDI = actor("Saudi Arabia", "SAU", "GOV")
EGYPT_GOV = actor("Egypt", "EGY", "GOV")
QATAR = actor("Qatar", "QAT", "GOV")
USA_MIL = actor("United States", "USA", "MIL")
BIDEN = actor("Joe Biden", "USA", "GOV")
IRQ_GOV = actor("Government of Iraq", "IRQ", "GOV")

L1 = ("Israeli warplanes struck military targets in several parts of Iran early on Saturday, more than three weeks "
      "after Tehran fired some 200 ballistic missiles at Israel.")
L2 = ("The Israeli military said it had hit missile production facilities and air defence systems in Tehran and in "
      "the provinces of Ilam and Khuzestan.")
L3 = "“Should Tehran choose to escalate again,” military spokesman Daniel Hagari said, “we will strike harder.”"
L4 = ("Iran's army said the damage was “limited” and that four soldiers had been killed while operating air defence "
      "systems.")
L5 = ("The foreign ministry said Iran reserved the right to respond “with all means” and condemned the attack as a "
      "violation of international law.")
L6 = "Saudi Arabia and Egypt condemned the strikes, while Qatar called on both sides to show restraint."
L7 = ("A spokesman for the White House National Security Council, Sean Savett, said the United States had not been "
      "involved in the operation.")
L8 = "President Joe Biden urged Iran not to respond."
L9 = ("Iraq's government said Israeli jets had violated its airspace on their way to Iran and lodged a protest with "
      "the U.N. Security Council.")
L10 = "The strikes have deepened fears of a wider war in the Middle East."

EN02 = {
    "id": "hm164-en-02", "lang": "en", "url": None, "published": "2024-10-26",
    "title": "Israel strikes military targets in Iran, Tehran says damage limited",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6], [L7, L8, L9, L10]),
    "events": [
        event("ASSAULT", ISR_MIL, IRAN, L1, mode="aerial", date="2024-10-26", location_country="IRN"),
        event("ASSAULT", IRN_MIL, ISRAEL, L1, mode="heavy-weapons", location_country="ISR"),
        event("ASSAULT", IDF, IRAN, L2, mode="aerial", date="2024-10-26", location="Tehran", location_country="IRN"),
        event("THREATEN", HAGARI, IRAN, L3, mode="violence"),
        event("THREATEN", IRN_MFA, ISRAEL, L5, mode="violence"),
        event("ACCUSE", IRN_MFA, ISRAEL, L5, mode="disapprove"),
        event("ACCUSE", SAUDI, ISRAEL, L6, mode="disapprove"),
        event("ACCUSE", EGYPT_GOV, ISRAEL, L6, mode="disapprove"),
        event("REQUEST", QATAR, ISRAEL, L6, mode="yield"),
        event("REQUEST", QATAR, IRAN, L6, mode="yield"),
        event("ASSAULT", USA_MIL, IRAN, L7, negated=True),
        event("REQUEST", BIDEN, IRAN, L8, mode="yield"),
        event("ACCUSE", IRQ_GOV, ISRAEL, L9, mode="disapprove"),
    ],
    "quotes": [
        quote("it had hit missile production facilities and air defence systems in Tehran and in the provinces of "
              "Ilam and Khuzestan", "Israel Defense Forces", "indirect"),
        quote("Should Tehran choose to escalate again", "Daniel Hagari", "direct"),
        quote("we will strike harder", "Daniel Hagari", "direct"),
        quote("the damage was “limited” and that four soldiers had been killed while operating air defence systems",
              "Islamic Republic of Iran Army", "indirect"),
        quote("limited", "Islamic Republic of Iran Army", "direct"),
        quote("Iran reserved the right to respond “with all means”", "Ministry of Foreign Affairs of Iran",
              "indirect"),
        quote("with all means", "Ministry of Foreign Affairs of Iran", "direct"),
        quote("the United States had not been involved in the operation", "Sean Savett", "indirect"),
        quote("Israeli jets had violated its airspace on their way to Iran", "Government of Iraq", "indirect"),
    ],
    "entities": [
        entity("Iran", "GPE", "IRN", ["Iran", "Tehran"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["The Israeli military"]),
        entity("Ilam", "LOC", "IRN", ["Ilam"]),
        entity("Khuzestan", "LOC", "IRN", ["Khuzestan"]),
        entity("Daniel Hagari", "PER", "ISR", ["military spokesman Daniel Hagari"]),
        entity("Islamic Republic of Iran Army", "ORG", "IRN", ["Iran's army"]),
        entity("Ministry of Foreign Affairs of Iran", "ORG", "IRN", ["The foreign ministry"]),
        entity("Saudi Arabia", "GPE", "SAU", ["Saudi Arabia"]),
        entity("Egypt", "GPE", "EGY", ["Egypt"]),
        entity("Qatar", "GPE", "QAT", ["Qatar"]),
        entity("United States National Security Council", "ORG", "USA", ["the White House National Security Council"]),
        entity("Sean Savett", "PER", "USA",
               ["A spokesman for the White House National Security Council, Sean Savett"]),
        entity("United States", "GPE", "USA", ["the United States"]),
        entity("Joe Biden", "PER", "USA", ["President Joe Biden"]),
        entity("Government of Iraq", "ORG", "IRQ", ["Iraq's government"]),
        entity("United Nations Security Council", "ORG", "UNO", ["the U.N. Security Council"]),
        entity("Middle East", "LOC", None, ["the Middle East"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
