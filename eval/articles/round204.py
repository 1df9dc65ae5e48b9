"""Round 204: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm204-de-01: Trump freezes US aid to South Africa over the expropriation law and offers Afrikaners refugee status; Ramaphosa refuses to back down, DIRCO offers talks, AfriForum declines, Malema demands retaliation (2025-02-08).
- hm204-de-02: Iran and the IAEA sign a framework on resuming inspections in Cairo under Egyptian hosting; Araghchi warns the E3 over snapback, Israel objects, Berlin, Paris and London press Tehran (2025-09-10).
- hm204-de-03: Venezuela frees ten Americans as El Salvador returns 252 Venezuelans from CECOT; Rubio thanks Bukele, Maduro and Tarek William Saab accuse Bukele of torture and open an inquiry (2025-07-19).
- hm204-de-04: Congo's Senate lifts Joseph Kabila's immunity over alleged treason and M23 support; PPRD and the AFC/M23 object, the bishops call for dialogue, Kabila accuses Tshisekedi (2025-05-23).
- hm204-en-01: Prime Minister Sudani's coalition leads Iraq's parliamentary election; Sadr boycott, travel ban and vote-buying arrests, Savaya and Tehran congratulate, Kataib Hezbollah warns Washington (2025-11-12).
- hm204-en-02: Milei's La Libertad Avanza wins Argentina's midterm elections; Fuerza Patria concedes, Trump congratulates after his aid threat, US swap line, Kicillof objects, Lula stays silent (2025-10-27).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm204-de-01
TRUMP = actor("Donald Trump", "USA", "GOV")
ZAF = actor("South Africa", "ZAF", "GOV")
ZAF_GOV = actor("Government of South Africa", "ZAF", "GOV")
WHITE_HOUSE = actor("White House", "USA", "GOV")
AFRIKANERS = actor("Afrikaners", "ZAF", "CVL")
RAMAPHOSA = actor("Cyril Ramaphosa", "ZAF", "GOV")
DIRCO = actor("Department of International Relations and Cooperation of South Africa", "ZAF", "GOV")
USA = actor("United States", "USA", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")
AFRIFORUM = actor("AfriForum", "ZAF", "NGO")
MALEMA = actor("Julius Malema", "ZAF", "OPP")

H1 = "Johannesburg (dpa) - US-Präsident Donald Trump hat per Dekret sämtliche Finanzhilfen für Südafrika eingefroren."
H2 = ("Er begründete den Schritt am Freitag damit, dass ein neues Gesetz die Enteignung von Land weißer Farmer "
      "ohne Entschädigung erlaube.")
H3 = ("Zudem warf das Weiße Haus Pretoria vor, mit seiner Völkermordklage gegen Israel »aggressive Positionen« "
      "gegen die USA und ihre Verbündeten einzunehmen.")
H4 = "Das Dekret sieht außerdem vor, Afrikaanern die Aufnahme als Flüchtlinge in den USA anzubieten."
H5 = "Präsident Cyril Ramaphosa wies die Vorwürfe zurück."
H6 = "Er lehnte es zugleich ab, das Gesetz zurückzunehmen: »Wir werden uns nicht einschüchtern lassen.«"
H7 = ("Das Außenministerium in Pretoria sprach von einer »Kampagne der Desinformation« und bot Washington "
      "Gespräche über das Gesetz an.")
H8 = ("US-Außenminister Marco Rubio hatte bereits angekündigt, dem Treffen der G20-Außenminister in "
      "Johannesburg fernzubleiben.")
H9 = ("Auch die Lobbygruppe Afriforum, die sich für die Belange der Afrikaaner einsetzt, wies das Angebot der "
      "USA zurück.")
H10 = "»Unsere Mitglieder wollen nicht anderswo hingehen«, sagte ihr Geschäftsführer Kallie Kriel."
H11 = ("Der Linkspopulist Julius Malema forderte die Regierung auf, im Gegenzug die Ausfuhr von Mangan und Chrom "
       "in die USA zu stoppen.")
H12 = ("Das im Januar unterzeichnete Gesetz erlaubt Enteignungen ohne Entschädigung nur in Ausnahmefällen, etwa "
       "bei brachliegendem Land.")

DE01 = {
    "id": "hm204-de-01", "lang": "de", "url": None, "published": "2025-02-08",
    "title": "Trump friert Hilfen für Südafrika ein – Pretoria bleibt hart",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7, H8], [H9, H10, H11, H12]),
    "events": [
        event("SANCTION", TRUMP, ZAF, H1, mode="withdraw"),
        event("ACCUSE", TRUMP, ZAF_GOV, H2, mode="allege", date="2025-02-07"),
        event("ACCUSE", WHITE_HOUSE, ZAF_GOV, H3, mode="allege"),
        event("AGREE", TRUMP, AFRIKANERS, H4),
        event("REJECT", RAMAPHOSA, TRUMP, H6, mode="change"),
        event("ACCUSE", DIRCO, USA, H7, mode="disapprove"),
        event("AGREE", DIRCO, USA, H7),
        event("REJECT", RUBIO, ZAF, H8, mode="meet"),
        event("REJECT", AFRIFORUM, USA, H9, mode="assist"),
        event("REQUEST", MALEMA, ZAF_GOV, H11, mode="change"),
    ],
    "quotes": [
        quote("dass ein neues Gesetz die Enteignung von Land weißer Farmer ohne Entschädigung erlaube",
              "Donald Trump", "indirect"),
        quote("aggressive Positionen", "White House", "direct"),
        quote("mit seiner Völkermordklage gegen Israel »aggressive Positionen« gegen die USA und ihre Verbündeten "
              "einzunehmen", "White House", "indirect"),
        quote("Wir werden uns nicht einschüchtern lassen", "Cyril Ramaphosa", "direct"),
        quote("Kampagne der Desinformation",
              "Department of International Relations and Cooperation of South Africa", "direct"),
        quote("dem Treffen der G20-Außenminister in Johannesburg fernzubleiben", "Marco Rubio", "indirect"),
        quote("Unsere Mitglieder wollen nicht anderswo hingehen", "Kallie Kriel", "direct"),
    ],
    "entities": [
        entity("Johannesburg", "LOC", "ZAF", ["Johannesburg"]),
        entity("dpa", "ORG", "DEU", ["dpa"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "Er"]),
        entity("South Africa", "GPE", "ZAF", ["Südafrika"]),
        entity("White House", "ORG", "USA", ["das Weiße Haus"]),
        entity("Government of South Africa", "ORG", "ZAF", ["Pretoria", "die Regierung"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("United States", "GPE", "USA", ["die USA", "den USA", "Washington", "der USA"]),
        entity("Cyril Ramaphosa", "PER", "ZAF", ["Präsident Cyril Ramaphosa", "Er"]),
        entity("Department of International Relations and Cooperation of South Africa", "ORG", "ZAF",
               ["Das Außenministerium in Pretoria"]),
        entity("Marco Rubio", "PER", "USA", ["US-Außenminister Marco Rubio"]),
        entity("G20", "ORG", "IGO", ["G20"]),
        entity("AfriForum", "ORG", "ZAF", ["die Lobbygruppe Afriforum", "ihr"]),
        entity("Kallie Kriel", "PER", "ZAF", ["ihr Geschäftsführer Kallie Kriel"]),
        entity("Julius Malema", "PER", "ZAF", ["Der Linkspopulist Julius Malema"]),
    ],
}

# ---------------------------------------------------------------- hm204-de-02
IRAN = actor("Iran", "IRN", "GOV")
IAEA = actor("International Atomic Energy Agency", "UNO", "IGO")
ARAGHCHI = actor("Abbas Araghchi", "IRN", "GOV")
GROSSI = actor("Rafael Grossi", "UNO", "IGO")
SISI = actor("Abdel Fattah al-Sisi", "EGY", "GOV")
ABDELATTY = actor("Badr Abdelatty", "EGY", "GOV")
GERMANY = actor("Germany", "DEU", "GOV")
FRANCE = actor("France", "FRA", "GOV")
UK = actor("United Kingdom", "GBR", "GOV")
ISR_MFA = actor("Ministry of Foreign Affairs of Israel", "ISR", "GOV")

I1 = ("Kairo (dpa) - Iran und die Internationale Atomenergiebehörde (IAEA) haben sich auf einen Rahmen für die "
      "Wiederaufnahme der Inspektionen iranischer Atomanlagen geeinigt.")
I2 = ("Außenminister Abbas Araghtschi und IAEA-Chef Rafael Grossi unterzeichneten das Dokument am Dienstag im "
      "Beisein des ägyptischen Außenministers Badr Abdelatty.")
I3 = "Zuvor hatte Präsident Abdel Fattah al-Sisi die beiden Gäste empfangen."
I4 = "Grossi sprach von einem »Schritt in die richtige Richtung«."
I5 = ("Die Vereinbarung regele, wie die Kontrolleure Zugang zu allen Anlagen erhalten könnten, auch zu den im "
      "Juni bombardierten, sagte er.")
I6 = ("Araghtschi stellte jedoch klar, die Einigung werde hinfällig, sollten Deutschland, Frankreich und "
      "Großbritannien die UN-Sanktionen gegen sein Land tatsächlich wieder in Kraft setzen.")
I7 = "Die Inspektionen ruhen seit dem Krieg zwischen Israel und Iran im Juni weitgehend."
I8 = "Ägyptens Außenminister Abdelatty lobte die Einigung als Beitrag zur Stabilität in der Region."
I9 = "Israels Außenministerium warf der IAEA dagegen vor, Teheran »Zeit zu verschaffen«."
I10 = ("Berlin, Paris und London forderten Teheran auf, den Kontrolleuren unverzüglich Zugang zu gewähren und "
       "den Verbleib seines hoch angereicherten Urans offenzulegen.")
I11 = ("Iran hatte die Zusammenarbeit mit der Behörde im Juli nach den israelischen und amerikanischen Angriffen "
       "ausgesetzt.")

DE02 = {
    "id": "hm204-de-02", "lang": "de", "url": None, "published": "2025-09-10",
    "title": "Iran und IAEA einigen sich in Kairo auf Rahmen für Inspektionen",
    "text": paragraphs([I1, I2, I3], [I4, I5, I6, I7], [I8, I9, I10, I11]),
    "events": [
        event("AGREE", IRAN, IAEA, I1, location="Cairo", location_country="EGY"),
        event("SUPPORT", ARAGHCHI, GROSSI, I2, date="2025-09-09", location="Cairo", location_country="EGY"),
        event("CONSULT", ARAGHCHI, GROSSI, I2, mode="third-party", date="2025-09-09", location="Cairo",
              location_country="EGY"),
        event("CONSULT", ARAGHCHI, SISI, I3, mode="visit", location="Cairo", location_country="EGY"),
        event("CONSULT", GROSSI, SISI, I3, mode="visit", location="Cairo", location_country="EGY"),
        event("SUPPORT", GROSSI, None, I4),
        event("THREATEN", ARAGHCHI, GERMANY, I6, mode="relations"),
        event("THREATEN", ARAGHCHI, FRANCE, I6, mode="relations"),
        event("THREATEN", ARAGHCHI, UK, I6, mode="relations"),
        event("SUPPORT", ABDELATTY, None, I8),
        event("ACCUSE", ISR_MFA, IAEA, I9, mode="allege"),
        event("REQUEST", GERMANY, IRAN, I10, mode="change"),
        event("REQUEST", FRANCE, IRAN, I10, mode="change"),
        event("REQUEST", UK, IRAN, I10, mode="change"),
        event("SANCTION", IRAN, IAEA, I11, mode="discontinue"),
    ],
    "quotes": [
        quote("Schritt in die richtige Richtung", "Rafael Grossi", "direct"),
        quote("Die Vereinbarung regele, wie die Kontrolleure Zugang zu allen Anlagen erhalten könnten, auch zu den "
              "im Juni bombardierten", "Rafael Grossi", "indirect"),
        quote("die Einigung werde hinfällig, sollten Deutschland, Frankreich und Großbritannien die UN-Sanktionen "
              "gegen sein Land tatsächlich wieder in Kraft setzen", "Abbas Araghchi", "indirect"),
        quote("Zeit zu verschaffen", "Ministry of Foreign Affairs of Israel", "direct"),
        quote("Teheran »Zeit zu verschaffen«", "Ministry of Foreign Affairs of Israel", "indirect"),
    ],
    "entities": [
        entity("Cairo", "LOC", "EGY", ["Kairo"]),
        entity("dpa", "ORG", "DEU", ["dpa"]),
        entity("Iran", "GPE", "IRN", ["Iran", "iranischer", "sein Land", "Teheran"]),
        entity("International Atomic Energy Agency", "ORG", "UNO",
               ["die Internationale Atomenergiebehörde (IAEA)", "der IAEA", "der Behörde"]),
        entity("Abbas Araghchi", "PER", "IRN", ["Außenminister Abbas Araghtschi", "Araghtschi"]),
        entity("Rafael Grossi", "PER", "UNO", ["IAEA-Chef Rafael Grossi", "Grossi", "er"]),
        entity("Badr Abdelatty", "PER", "EGY", ["des ägyptischen Außenministers Badr Abdelatty",
                                                 "Ägyptens Außenminister Abdelatty"]),
        entity("Abdel Fattah al-Sisi", "PER", "EGY", ["Präsident Abdel Fattah al-Sisi"]),
        entity("Egypt", "GPE", "EGY", ["Ägyptens"]),
        entity("Germany", "GPE", "DEU", ["Deutschland", "Berlin"]),
        entity("France", "GPE", "FRA", ["Frankreich", "Paris"]),
        entity("United Kingdom", "GPE", "GBR", ["Großbritannien", "London"]),
        entity("United Nations", "ORG", "UNO", ["UN"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Ministry of Foreign Affairs of Israel", "ORG", "ISR", ["Israels Außenministerium"]),
    ],
}

# ---------------------------------------------------------------- hm204-de-03
VENEZUELA = actor("Venezuela", "VEN", "GOV")
US_DETAINEES = actor("American detainees in Venezuela", "USA", "CVL")
EL_SALVADOR = actor("El Salvador", "SLV", "GOV")
VEN_DETAINEES = actor("Venezuelan detainees in CECOT", "VEN", "CVL")
US_GOV = actor("United States", "USA", "GOV")
VEN_MIGRANTS = actor("Venezuelan migrants", "VEN", "CVL")
BUKELE = actor("Nayib Bukele", "SLV", "GOV")
VEN_POLPRIS = actor("Venezuelan political prisoners", "VEN", "CVL")
MADURO = actor("Nicolás Maduro", "VEN", "GOV")
SAAB = actor("Tarek William Saab", "VEN", "JUD")
SLV_GOV = actor("Government of El Salvador", "SLV", "GOV")

J1 = ("Caracas (AFP) - Venezuela hat im Rahmen eines Gefangenenaustauschs mit den USA zehn inhaftierte "
      "Amerikaner freigelassen.")
J2 = ("Im Gegenzug schickte El Salvador am Freitag 252 Venezolaner zurück, die seit März im "
      "Hochsicherheitsgefängnis Cecot festgehalten worden waren.")
J3 = "Die US-Regierung hatte die Männer im Frühjahr als mutmaßliche Bandenmitglieder dorthin abgeschoben."
J4 = ("US-Außenminister Marco Rubio dankte dem salvadorianischen Präsidenten Nayib Bukele für dessen Hilfe bei "
      "der Vereinbarung.")
J5 = "Washington zufolge ließ die venezolanische Regierung zudem rund 80 politische Gefangene frei."
J6 = "Bereits seit Februar nimmt Venezuela wieder Abschiebeflüge aus den USA an."
J7 = ("Staatschef Nicolás Maduro feierte die Rückkehr der Landsleute als Sieg über den „Faschismus“ und warf "
      "Bukele vor, die Männer gefoltert zu haben.")
J8 = ("Generalstaatsanwalt Tarek William Saab kündigte Ermittlungen gegen Bukele und dessen Regierung wegen "
      "Menschenrechtsverletzungen an.")
J9 = "„Sie wurden geschlagen und wie Tiere behandelt“, sagte Saab."
J10 = "San Salvador wies die Vorwürfe zurück."
J11 = ("Bukele hatte im April angeboten, alle Venezolaner im Austausch gegen politische Gefangene in Venezuela "
       "zu übergeben.")
J12 = "Ob weitere Freilassungen folgen, blieb zunächst offen."

DE03 = {
    "id": "hm204-de-03", "lang": "de", "url": None, "published": "2025-07-19",
    "title": "Gefangenenaustausch: Venezuela lässt zehn US-Bürger frei",
    "text": paragraphs([J1, J2, J3], [J4, J5, J6], [J7, J8, J9, J10, J11, J12]),
    "events": [
        event("RETREAT", VENEZUELA, US_DETAINEES, J1, mode="release"),
        event("RETREAT", EL_SALVADOR, VEN_DETAINEES, J2, mode="release", date="2025-07-18"),
        event("COERCE", US_GOV, VEN_MIGRANTS, J3, mode="deport"),
        event("SUPPORT", RUBIO, BUKELE, J4),
        event("RETREAT", VENEZUELA, VEN_POLPRIS, J5, mode="release"),
        event("COOPERATE", VENEZUELA, US_GOV, J6),
        event("ACCUSE", MADURO, BUKELE, J7, mode="allege"),
        event("ACCUSE", SAAB, BUKELE, J8, mode="investigate"),
        event("ACCUSE", SAAB, SLV_GOV, J8, mode="investigate"),
        event("ACCUSE", SAAB, SLV_GOV, J9, mode="allege"),
        event("AGREE", BUKELE, VENEZUELA, J11),
    ],
    "quotes": [
        quote("ließ die venezolanische Regierung zudem rund 80 politische Gefangene frei", "United States",
              "indirect"),
        quote("Faschismus", "Nicolás Maduro", "direct"),
        quote("die Männer gefoltert zu haben", "Nicolás Maduro", "indirect"),
        quote("Sie wurden geschlagen und wie Tiere behandelt", "Tarek William Saab", "direct"),
    ],
    "entities": [
        entity("Caracas", "LOC", "VEN", ["Caracas"]),
        entity("AFP", "ORG", "FRA", ["AFP"]),
        entity("Venezuela", "GPE", "VEN", ["Venezuela", "die venezolanische Regierung"]),
        entity("United States", "GPE", "USA", ["den USA", "Washington"]),
        entity("El Salvador", "GPE", "SLV", ["El Salvador", "San Salvador"]),
        entity("CECOT", "LOC", "SLV", ["Hochsicherheitsgefängnis Cecot"]),
        entity("Government of the United States", "ORG", "USA", ["Die US-Regierung"]),
        entity("Marco Rubio", "PER", "USA", ["US-Außenminister Marco Rubio"]),
        entity("Nayib Bukele", "PER", "SLV", ["dem salvadorianischen Präsidenten Nayib Bukele", "Bukele"]),
        entity("Nicolás Maduro", "PER", "VEN", ["Staatschef Nicolás Maduro"]),
        entity("Tarek William Saab", "PER", "VEN", ["Generalstaatsanwalt Tarek William Saab", "Saab"]),
        entity("Government of El Salvador", "ORG", "SLV", ["dessen Regierung"]),
    ],
}

# ---------------------------------------------------------------- hm204-de-04
COD_SENATE = actor("Senate of the Democratic Republic of the Congo", "COD", "LEG")
KABILA = actor("Joseph Kabila", "COD", "OPP")
COD_MILPROS = actor("Military prosecutor of the Democratic Republic of the Congo", "COD", "JUD")
COD_GOV = actor("Government of the Democratic Republic of the Congo", "COD", "GOV")
PPRD = actor("People's Party for Reconstruction and Democracy (PPRD)", "COD", "OPP")
CENCO = actor("National Episcopal Conference of Congo (CENCO)", "COD", "NGO")
TSHISEKEDI = actor("Félix Tshisekedi", "COD", "GOV")
M23_SPOKES = actor("AFC/M23 spokesperson", "COD", "REB")

K1 = ("Kinshasa (AFP) - Der Senat der Demokratischen Republik Kongo hat die Immunität von Ex-Präsident Joseph "
      "Kabila aufgehoben und damit den Weg für ein Strafverfahren freigemacht.")
K2 = "Für den Antrag der Militärstaatsanwaltschaft stimmten am Donnerstag 88 Senatoren, fünf votierten dagegen."
K3 = ("Die Militärjustiz wirft Kabila Hochverrat, Kriegsverbrechen und die Unterstützung der Rebellenallianz "
      "AFC/M23 vor, die weite Teile des Ostens kontrolliert.")
K4 = "Justizminister Constant Mutamba sagte, niemand stehe über dem Gesetz, auch kein früherer Staatschef."
K5 = ("Die Regierung hatte bereits im April die Aktivitäten von Kabilas Partei PPRD ausgesetzt und die "
      "Beschlagnahme seines Vermögens angeordnet.")
K6 = "Die PPRD verurteilte die Abstimmung als »politische Abrechnung«."
K7 = "Die katholische Bischofskonferenz rief die Regierung zum Dialog mit der Opposition auf."
K8 = "Kabila lebt seit mehr als einem Jahr überwiegend im Ausland."
K9 = "Berichten zufolge soll er sich derzeit in der von den Rebellen gehaltenen Stadt Goma aufhalten."
K10 = "In einer Erklärung warf er Präsident Félix Tshisekedi vor, das Land in eine »Diktatur« zu führen."
K11 = "Einer »willkürlichen Justiz« werde er sich nicht stellen, fügte er hinzu."
K12 = "Ein Sprecher der AFC/M23 nannte das Verfahren ein »Ablenkungsmanöver« der Regierung in Kinshasa."
K13 = "Kabila hatte das Land von 2001 bis 2019 regiert."

DE04 = {
    "id": "hm204-de-04", "lang": "de", "url": None, "published": "2025-05-23",
    "title": "Kongos Senat hebt Immunität von Ex-Präsident Kabila auf",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7], [K8, K9, K10, K11, K12, K13]),
    "events": [
        event("ACCUSE", COD_SENATE, KABILA, K1, mode="allege"),
        event("ACCUSE", COD_SENATE, KABILA, K2, mode="allege", date="2025-05-22"),
        event("ACCUSE", COD_MILPROS, KABILA, K3, mode="allege"),
        event("COERCE", COD_GOV, PPRD, K5, mode="ban"),
        event("COERCE", COD_GOV, KABILA, K5, mode="seize"),
        event("ACCUSE", PPRD, COD_SENATE, K6, mode="disapprove"),
        event("REQUEST", CENCO, COD_GOV, K7, mode="meet"),
        event("ACCUSE", KABILA, TSHISEKEDI, K10, mode="allege"),
        event("REJECT", KABILA, COD_MILPROS, K11, mode="yield"),
        event("ACCUSE", M23_SPOKES, COD_GOV, K12, mode="disapprove"),
    ],
    "quotes": [
        quote("niemand stehe über dem Gesetz, auch kein früherer Staatschef", "Constant Mutamba", "indirect"),
        quote("politische Abrechnung", "People's Party for Reconstruction and Democracy (PPRD)", "direct"),
        quote("Diktatur", "Joseph Kabila", "direct"),
        quote("das Land in eine »Diktatur« zu führen", "Joseph Kabila", "indirect"),
        quote("willkürlichen Justiz", "Joseph Kabila", "direct"),
        quote("Einer »willkürlichen Justiz« werde er sich nicht stellen", "Joseph Kabila", "indirect"),
        quote("Ablenkungsmanöver", "AFC/M23 spokesperson", "direct"),
    ],
    "entities": [
        entity("Kinshasa", "LOC", "COD", ["Kinshasa"]),
        entity("AFP", "ORG", "FRA", ["AFP"]),
        entity("Senate of the Democratic Republic of the Congo", "ORG", "COD",
               ["Der Senat der Demokratischen Republik Kongo", "88 Senatoren"]),
        entity("Democratic Republic of the Congo", "GPE", "COD", ["Demokratischen Republik Kongo", "das Land"]),
        entity("Joseph Kabila", "PER", "COD", ["Ex-Präsident Joseph Kabila", "Kabila", "Kabilas", "er"]),
        entity("Military prosecutor of the Democratic Republic of the Congo", "ORG", "COD",
               ["der Militärstaatsanwaltschaft", "Die Militärjustiz"]),
        entity("AFC/M23", "ORG", "COD", ["der Rebellenallianz AFC/M23", "der AFC/M23", "den Rebellen"]),
        entity("Constant Mutamba", "PER", "COD", ["Justizminister Constant Mutamba"]),
        entity("Government of the Democratic Republic of the Congo", "ORG", "COD",
               ["Die Regierung", "die Regierung", "der Regierung in Kinshasa"]),
        entity("People's Party for Reconstruction and Democracy (PPRD)", "ORG", "COD",
               ["Kabilas Partei PPRD", "Die PPRD"]),
        entity("National Episcopal Conference of Congo (CENCO)", "ORG", "COD",
               ["Die katholische Bischofskonferenz"]),
        entity("Goma", "LOC", "COD", ["Stadt Goma"]),
        entity("Félix Tshisekedi", "PER", "COD", ["Präsident Félix Tshisekedi"]),
        entity("AFC/M23 spokesperson", "PER", "COD", ["Ein Sprecher der AFC/M23"]),
    ],
}

# ---------------------------------------------------------------- hm204-en-01
SUDANI = actor("Mohammed Shia al-Sudani", "IRQ", "GOV")
SADR = actor("Moqtada al-Sadr", "IRQ", "PTY")
SADRISTS = actor("Sadrist Movement", "IRQ", "PTY")
IRQ_PARTIES = actor("Iraqi political parties", "IRQ", "PTY")
IRQ_SEC = actor("Iraqi security forces", "IRQ", "COP")
IRQ_POL = actor("Iraqi police", "IRQ", "COP")
VOTE_BUYERS = actor("vote-buying suspects", "IRQ", "CVL")
SAVAYA = actor("Mark Savaya", "USA", "GOV")
IRAQIS = actor("Iraqi people", "IRQ", "CVL")
IRQ_GOV = actor("Government of Iraq", "IRQ", "GOV")
IRN_MFA = actor("Ministry of Foreign Affairs of Iran", "IRN", "GOV")
IRAQ = actor("Iraq", "IRQ", "GOV")
KH = actor("Kataib Hezbollah", "IRQ", "REB")
UNAMI = actor("United Nations Assistance Mission for Iraq (UNAMI)", "UNO", "IGO")
PUK = actor("Patriotic Union of Kurdistan", "IRQ", "PTY")
KDP = actor("Kurdistan Democratic Party", "IRQ", "PTY")

L1 = ("BAGHDAD (Reuters) - Iraqi Prime Minister Mohammed Shia al-Sudani's coalition won the most seats in "
      "Tuesday's parliamentary election, preliminary results released by the electoral commission showed on "
      "Wednesday.")
L2 = "Turnout reached 56 percent despite a boycott by the movement of influential Shi'ite cleric Moqtada al-Sadr."
L3 = "Sadr had urged his followers to stay home, calling the vote “a lame election” dominated by corrupt parties."
L4 = ("Sudani thanked voters and said he was ready to work with all blocs to form the next government.")
L5 = ("No list is expected to win a majority in the 329-seat parliament, which typically means months of "
      "coalition talks.")
L6 = "Security forces closed Baghdad airport and banned travel between provinces on election day."
L7 = "Police arrested 12 people in Basra and Diyala on suspicion of buying votes, the interior ministry said."
L8 = ("U.S. special envoy Mark Savaya congratulated Iraqis on a “peaceful and successful” vote and said "
      "Washington would help the next government rein in armed groups.")
L9 = ("Iran's foreign ministry also welcomed the election, and Foreign Minister Abbas Araqchi called Sudani to "
      "congratulate him.")
L10 = ("Kataib Hezbollah, an Iran-aligned armed group, warned Washington that it would resist “by all means” "
       "any attempt to disarm it.")
L11 = ("The U.N. mission in Iraq urged all parties to accept the results and pursue complaints through legal "
       "channels.")
L12 = ("The Patriotic Union of Kurdistan accused its rival, the Kurdistan Democratic Party, of vote-rigging in "
       "Erbil, a charge the KDP denied.")

EN01 = {
    "id": "hm204-en-01", "lang": "en", "url": None, "published": "2025-11-12",
    "title": "Iraqi PM Sudani's coalition leads parliamentary election, preliminary results show",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6, L7], [L8, L9, L10, L11, L12]),
    "events": [
        event("PROTEST", SADRISTS, None, L2, mode="boycott", date="2025-11-11"),
        event("ACCUSE", SADR, IRQ_PARTIES, L3, mode="disapprove"),
        event("AGREE", SUDANI, IRQ_PARTIES, L4),
        event("COERCE", IRQ_SEC, None, L6, mode="restrict", date="2025-11-11"),
        event("COERCE", IRQ_POL, VOTE_BUYERS, L7, mode="arrest"),
        event("SUPPORT", SAVAYA, IRAQIS, L8),
        event("AGREE", SAVAYA, IRQ_GOV, L8),
        event("SUPPORT", IRN_MFA, IRAQ, L9),
        event("CONSULT", ARAGHCHI, SUDANI, L9, mode="phone"),
        event("SUPPORT", ARAGHCHI, SUDANI, L9),
        event("THREATEN", KH, USA, L10, mode="violence"),
        event("REQUEST", UNAMI, IRQ_PARTIES, L11),
        event("ACCUSE", PUK, KDP, L12, mode="allege"),
    ],
    "quotes": [
        quote("a lame election", "Moqtada al-Sadr", "direct"),
        quote("he was ready to work with all blocs to form the next government", "Mohammed Shia al-Sudani",
              "indirect"),
        quote("Police arrested 12 people in Basra and Diyala on suspicion of buying votes",
              "Ministry of Interior of Iraq", "indirect"),
        quote("peaceful and successful", "Mark Savaya", "direct"),
        quote("Washington would help the next government rein in armed groups", "Mark Savaya", "indirect"),
        quote("by all means", "Kataib Hezbollah", "direct"),
        quote("it would resist “by all means” any attempt to disarm it", "Kataib Hezbollah", "indirect"),
    ],
    "entities": [
        entity("Baghdad", "LOC", "IRQ", ["BAGHDAD", "Baghdad"]),
        entity("Reuters", "ORG", "GBR", ["Reuters"]),
        entity("Mohammed Shia al-Sudani", "PER", "IRQ", ["Iraqi Prime Minister Mohammed Shia al-Sudani's", "Sudani",
                                                          "he", "him"]),
        entity("Independent High Electoral Commission", "ORG", "IRQ", ["the electoral commission"]),
        entity("Sadrist Movement", "ORG", "IRQ", ["the movement of influential Shi'ite cleric Moqtada al-Sadr"]),
        entity("Moqtada al-Sadr", "PER", "IRQ", ["influential Shi'ite cleric Moqtada al-Sadr", "Sadr"]),
        entity("Iraqi security forces", "ORG", "IRQ", ["Security forces"]),
        entity("Basra", "LOC", "IRQ", ["Basra"]),
        entity("Diyala", "LOC", "IRQ", ["Diyala"]),
        entity("Iraqi police", "ORG", "IRQ", ["Police"]),
        entity("Ministry of Interior of Iraq", "ORG", "IRQ", ["the interior ministry"]),
        entity("Mark Savaya", "PER", "USA", ["U.S. special envoy Mark Savaya"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Iraq", "GPE", "IRQ", ["Iraq", "Iraqis"]),
        entity("Iran", "GPE", "IRN", ["Iran's", "Iran"]),
        entity("Ministry of Foreign Affairs of Iran", "ORG", "IRN", ["Iran's foreign ministry"]),
        entity("Abbas Araghchi", "PER", "IRN", ["Foreign Minister Abbas Araqchi"]),
        entity("Kataib Hezbollah", "ORG", "IRQ", ["Kataib Hezbollah", "an Iran-aligned armed group", "it"]),
        entity("United Nations Assistance Mission for Iraq (UNAMI)", "ORG", "UNO", ["The U.N. mission in Iraq"]),
        entity("Patriotic Union of Kurdistan", "ORG", "IRQ", ["The Patriotic Union of Kurdistan"]),
        entity("Kurdistan Democratic Party", "ORG", "IRQ", ["the Kurdistan Democratic Party", "the KDP"]),
        entity("Erbil", "LOC", "IRQ", ["Erbil"]),
    ],
}

# ---------------------------------------------------------------- hm204-en-02
MILEI = actor("Javier Milei", "ARG", "GOV")
LLA = actor("La Libertad Avanza", "ARG", "PTY")
FUERZA_PATRIA = actor("Fuerza Patria", "ARG", "OPP")
ARGENTINA = actor("Argentina", "ARG", "GOV")
US_TREASURY = actor("United States Department of the Treasury", "USA", "GOV")
BCRA = actor("Central Bank of Argentina", "ARG", "GOV")
KICILLOF = actor("Axel Kicillof", "ARG", "GOV")
CGT = actor("General Confederation of Labour (CGT)", "ARG", "LAB")
ARG_GOVERNORS = actor("Argentine provincial governors", "ARG", "GOV")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")

M1 = ("BUENOS AIRES (AP) - President Javier Milei's La Libertad Avanza won Argentina's midterm congressional "
      "elections on Sunday with about 41 percent of the vote, strengthening his hand in Congress.")
M2 = "The Peronist coalition Fuerza Patria trailed with 31 percent, and its leaders conceded defeat late Sunday."
M3 = ("“Today we have crossed a turning point,” Milei told cheering supporters in Buenos Aires, “and the reforms "
      "Argentina needs will now come.”")
M4 = ("U.S. President Donald Trump congratulated Milei on a “landslide victory” and said Argentina's president "
      "was doing “a wonderful job” for his country.")
M5 = ("Before the vote, Trump had warned that Washington would not be “generous” with Argentina if Milei's party "
      "lost.")
M6 = ("The U.S. Treasury this month extended a $20 billion currency swap line to Argentina's central bank and "
      "bought pesos to prop up the currency.")
M7 = ("Buenos Aires province Governor Axel Kicillof accused Milei of “handing the country over” to Washington and "
      "called on him to reverse cuts to hospitals and universities.")
M8 = ("Last week, thousands of members of the CGT union federation marched on Congress against Milei's planned "
      "labor reform.")
M9 = ("Milei invited the country's 24 governors to the Casa Rosada on Thursday to discuss his tax and labor "
      "reforms.")
M10 = ("Brazil's President Luiz Inácio Lula da Silva, a frequent target of Milei's insults, did not congratulate "
       "him.")
M11 = "The peso and Argentine bonds rallied sharply in early trading on Monday."

EN02 = {
    "id": "hm204-en-02", "lang": "en", "url": None, "published": "2025-10-27",
    "title": "Milei's party wins Argentina's midterms as Trump hails a 'landslide'",
    "text": paragraphs([M1, M2, M3], [M4, M5, M6], [M7, M8, M9, M10, M11]),
    "events": [
        event("CONCEDE", FUERZA_PATRIA, LLA, M2, date="2025-10-26"),
        event("SUPPORT", TRUMP, MILEI, M4),
        event("THREATEN", TRUMP, ARGENTINA, M5, mode="relations"),
        event("AID", US_TREASURY, BCRA, M6),
        event("ACCUSE", KICILLOF, MILEI, M7, mode="disapprove"),
        event("REQUEST", KICILLOF, MILEI, M7, mode="change"),
        event("PROTEST", CGT, MILEI, M8, mode="demo", location="Buenos Aires", location_country="ARG"),
        event("AGREE", MILEI, ARG_GOVERNORS, M9),
        event("SUPPORT", LULA, MILEI, M10, negated=True),
    ],
    "quotes": [
        quote("Today we have crossed a turning point", "Javier Milei", "direct"),
        quote("and the reforms Argentina needs will now come", "Javier Milei", "direct"),
        quote("landslide victory", "Donald Trump", "direct"),
        quote("a wonderful job", "Donald Trump", "direct"),
        quote("Argentina's president was doing “a wonderful job” for his country", "Donald Trump", "indirect"),
        quote("generous", "Donald Trump", "direct"),
        quote("Washington would not be “generous” with Argentina if Milei's party lost", "Donald Trump",
              "indirect"),
        quote("handing the country over", "Axel Kicillof", "direct"),
    ],
    "entities": [
        entity("Buenos Aires", "LOC", "ARG", ["BUENOS AIRES", "Buenos Aires"]),
        entity("Associated Press", "ORG", "USA", ["AP"]),
        entity("Javier Milei", "PER", "ARG", ["President Javier Milei's", "Milei", "Milei's", "Argentina's president",
                                               "him"]),
        entity("La Libertad Avanza", "ORG", "ARG", ["La Libertad Avanza", "Milei's party"]),
        entity("Argentina", "GPE", "ARG", ["Argentina's", "Argentina", "the country"]),
        entity("Fuerza Patria", "ORG", "ARG", ["The Peronist coalition Fuerza Patria", "its leaders"]),
        entity("National Congress of Argentina", "ORG", "ARG", ["Congress"]),
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump", "Trump"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("United States Department of the Treasury", "ORG", "USA", ["The U.S. Treasury"]),
        entity("Central Bank of Argentina", "ORG", "ARG", ["Argentina's central bank"]),
        entity("Axel Kicillof", "PER", "ARG", ["Buenos Aires province Governor Axel Kicillof"]),
        entity("Buenos Aires Province", "LOC", "ARG", ["Buenos Aires province"]),
        entity("General Confederation of Labour (CGT)", "ORG", "ARG", ["the CGT union federation"]),
        entity("Casa Rosada", "LOC", "ARG", ["the Casa Rosada"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Brazil's President Luiz Inácio Lula da Silva"]),
        entity("Brazil", "GPE", "BRA", ["Brazil's"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
