"""Round 305: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm305-de-01: Iran/Norway: the jailed women's rights activist Narges Mohammadi wins the Nobel Peace Prize; Reiss-Andersen demands her release, Tehran's foreign ministry and Kanaani condemn the award, her family and husband react, the UN rights office and Biden demand her release, no release (2023-10-06).
- hm305-de-02: Syria: a second week of anti-Assad protests in Sweida; Baath offices shut, Assad portrait torn down, Sheikh al-Hijri backs the protesters and accuses Damascus, no crackdown in Sweida, protests and arrests in Daraa, a Baath official blames foreign circles, the US State Department backs the right to protest (2023-08-25).
- hm305-de-03: Iran/Oman: Sultan Haitham bin Tariq's state visit to Tehran; Raisi receives him, four memoranda signed, Raisi accuses the US, Khamenei welcomes Oman's stance on Egypt, the Oman-mediated Vandecasteele-Assadi swap, De Croo thanks Oman, the NCRI objects, Kanaani on nuclear talks (2023-05-29).
- hm305-de-04: Yemen: Prime Minister Ahmed Awad bin Mubarak resigns and accuses the Presidential Leadership Council; al-Alimi names bin Braik, Saudi ambassador Al Jaber congratulates, Saudi deposit, power-cut protests in Aden, the Houthis mock the change, CENTCOM's strike tally, Houthis blame the US for strikes on Saada, Grundberg's appeal (2025-05-03).
- hm305-en-01: United States/Israel: Biden signs an executive order sanctioning violent West Bank settlers; four settlers named, State Department accusations, Blinken's demand, Netanyahu's office and Smotrich object, the Palestinian foreign ministry welcomes it and urges more (2024-02-01).
- hm305-en-02: Israel/Gaza: Israel pulls its ground troops out of Khan Younis; Gallant points to Rafah, Netanyahu rejects a ceasefire without the hostages, Burns and Al Thani in Cairo, Hamas' demands, Ben-Gvir's threat, Tel Aviv protest and water cannon, strikes on Rafah, Erez and Ashdod aid pledge (2024-04-07).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm305-de-01 (Iran/Norway, Nobel Peace Prize for Narges Mohammadi)
NOBEL_COMMITTEE = actor("Norwegian Nobel Committee", "NOR", "NGO")
MOHAMMADI = actor("Narges Mohammadi", "IRN", "CVL")
REISS_ANDERSEN = actor("Berit Reiss-Andersen", "NOR", "NGO")
IRN_GOV = actor("Government of Iran", "IRN", "GOV")
IRN_AUTH = actor("Iranian authorities", "IRN", "GOV")
IRN_SEC = actor("Iranian security forces", "IRN", "COP")
IRN_MFA = actor("Ministry of Foreign Affairs of Iran", "IRN", "GOV")
KANAANI = actor("Nasser Kanaani", "IRN", "GOV")
OHCHR = actor("Office of the United Nations High Commissioner for Human Rights", "UNO", "IGO")
BIDEN = actor("Joe Biden", "USA", "GOV")

N1 = ("Oslo (dpa) - Der Friedensnobelpreis geht in diesem Jahr an die im Iran inhaftierte Frauenrechtlerin Narges "
      "Mohammadi.")
N2 = ("Das norwegische Nobelkomitee zeichnete die 51-Jährige am Freitag für ihren Kampf gegen die Unterdrückung der "
      "Frauen im Iran und für Menschenrechte und Freiheit für alle aus.")
N3 = ("Mohammadi ist stellvertretende Leiterin des verbotenen Zentrums zur Verteidigung der Menschenrechte, das die "
      "Juristin und Friedensnobelpreisträgerin Schirin Ebadi gegründet hatte.")
N4 = ("Sie war zuletzt im November 2021 festgenommen worden, nachdem sie an einer Gedenkfeier für einen bei Protesten "
      "getöteten Mann teilgenommen hatte.")
N5 = "Seither sitzt die Aktivistin im berüchtigten Evin-Gefängnis in Teheran."
N6 = ("Nach Angaben des Komitees wurde sie von den iranischen Behörden 13 Mal festgenommen und fünfmal verurteilt, zu "
      "insgesamt 31 Jahren Haft und 154 Peitschenhieben.")
N7 = ("Die Komiteevorsitzende Berit Reiss-Andersen forderte die Führung in Teheran bei der Bekanntgabe in Oslo auf, "
      "die Preisträgerin freizulassen.")
N8 = "Mohammadi solle im Dezember die Auszeichnung persönlich entgegennehmen können, sagte sie."
N9 = "Das iranische Außenministerium verurteilte die Vergabe als „parteiisch und politisch motiviert“."
N10 = ("Sprecher Nasser Kanaani warf dem Komitee vor, sich in die inneren Angelegenheiten des Iran einzumischen und die "
       "Politik westlicher Regierungen gegen die Islamische Republik zu unterstützen.")
N11 = "Die iranischen Behörden ließen Mohammadi trotz der Appelle zunächst nicht frei."
N12 = ("Mohammadis Familie, die im Exil in Paris lebt, sprach von einem „historischen und bewegenden Moment“ für den "
       "Kampf um Freiheit im Iran.")
N13 = ("Ihr Ehemann Taghi Rahmani sagte, seine Frau werde sich auch hinter Gittern nicht zum Schweigen bringen "
       "lassen.")
N14 = ("Die beiden Kinder des Paares, die 17-jährigen Zwillinge Kiana und Ali, hat Mohammadi seit acht Jahren nicht "
       "gesehen.")
N15 = ("Das UN-Menschenrechtsbüro in Genf verlangte die Freilassung Mohammadis und aller anderen im Iran inhaftierten "
       "Menschenrechtsverteidiger.")
N16 = ("US-Präsident Joe Biden würdigte Mohammadi als mutige Frau und rief die iranische Regierung auf, sie „sofort "
       "und bedingungslos“ freizulassen.")
N17 = ("Mohammadi gilt als eine der prominentesten Stimmen der Protestbewegung „Frau, Leben, Freiheit“, die nach dem "
       "Tod der jungen Kurdin Jina Mahsa Amini im Polizeigewahrsam im September 2022 entstanden war.")
N18 = "Der Preis ist mit elf Millionen schwedischen Kronen (knapp 950.000 Euro) dotiert."

DE01 = {
    "id": "hm305-de-01", "lang": "de", "url": None, "published": "2023-10-06",
    "title": "Friedensnobelpreis für inhaftierte iranische Aktivistin Narges Mohammadi",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6], [N7, N8, N9, N10, N11], [N12, N13, N14], [N15, N16, N17, N18]),
    "events": [
        event("SUPPORT", NOBEL_COMMITTEE, MOHAMMADI, N1, location="Oslo", location_country="NOR"),
        event("SUPPORT", NOBEL_COMMITTEE, MOHAMMADI, N2, date="2023-10-06", location="Oslo", location_country="NOR"),
        event("COERCE", IRN_SEC, MOHAMMADI, N4, mode="arrest"),
        event("COERCE", IRN_AUTH, MOHAMMADI, N6, mode="arrest"),
        event("SANCTION", IRN_AUTH, MOHAMMADI, N6, mode="convict"),
        event("REQUEST", REISS_ANDERSEN, IRN_GOV, N7, mode="yield", location="Oslo", location_country="NOR"),
        event("ACCUSE", IRN_MFA, NOBEL_COMMITTEE, N9, mode="disapprove"),
        event("ACCUSE", KANAANI, NOBEL_COMMITTEE, N10, mode="allege"),
        event("RETREAT", IRN_AUTH, MOHAMMADI, N11, mode="release", negated=True),
        event("REQUEST", OHCHR, IRN_GOV, N15, mode="yield"),
        event("SUPPORT", BIDEN, MOHAMMADI, N16),
        event("REQUEST", BIDEN, IRN_GOV, N16, mode="yield"),
    ],
    "quotes": [
        quote("wurde sie von den iranischen Behörden 13 Mal festgenommen und fünfmal verurteilt, zu insgesamt 31 Jahren "
              "Haft und 154 Peitschenhieben", "Norwegian Nobel Committee", "indirect"),
        quote("Mohammadi solle im Dezember die Auszeichnung persönlich entgegennehmen können", "Berit Reiss-Andersen",
              "indirect"),
        quote("parteiisch und politisch motiviert", "Ministry of Foreign Affairs of Iran", "direct"),
        quote("sich in die inneren Angelegenheiten des Iran einzumischen und die Politik westlicher Regierungen gegen die "
              "Islamische Republik zu unterstützen", "Nasser Kanaani", "indirect"),
        quote("historischen und bewegenden Moment", "family of Narges Mohammadi", "direct"),
        quote("seine Frau werde sich auch hinter Gittern nicht zum Schweigen bringen lassen", "Taghi Rahmani",
              "indirect"),
        quote("sofort und bedingungslos", "Joe Biden", "direct"),
        quote("sie „sofort und bedingungslos“ freizulassen", "Joe Biden", "indirect"),
        quote("Frau, Leben, Freiheit", "Woman, Life, Freedom movement", "direct"),
    ],
    "entities": [
        entity("Oslo", "LOC", "NOR", ["Oslo"]),
        entity("Narges Mohammadi", "PER", "IRN", ["die im Iran inhaftierte Frauenrechtlerin Narges Mohammadi",
                                                  "die 51-Jährige", "Mohammadi", "die Aktivistin", "die Preisträgerin",
                                                  "Mohammadis", "seine Frau"]),
        entity("Iran", "LOC", "IRN", ["Iran", "die Islamische Republik"]),
        entity("Norwegian Nobel Committee", "ORG", "NOR", ["Das norwegische Nobelkomitee", "des Komitees",
                                                           "dem Komitee"]),
        entity("Defenders of Human Rights Center", "ORG", "IRN", ["des verbotenen Zentrums zur Verteidigung der "
                                                                  "Menschenrechte"]),
        entity("Shirin Ebadi", "PER", "IRN", ["die Juristin und Friedensnobelpreisträgerin Schirin Ebadi"]),
        entity("Evin Prison", "LOC", "IRN", ["im berüchtigten Evin-Gefängnis in Teheran"]),
        entity("Tehran", "LOC", "IRN", ["Teheran"]),
        entity("Iranian authorities", "ORG", "IRN", ["den iranischen Behörden", "Die iranischen Behörden"]),
        entity("Berit Reiss-Andersen", "PER", "NOR", ["Die Komiteevorsitzende Berit Reiss-Andersen"]),
        entity("Government of Iran", "ORG", "IRN", ["die Führung in Teheran", "die iranische Regierung"]),
        entity("Ministry of Foreign Affairs of Iran", "ORG", "IRN", ["Das iranische Außenministerium"]),
        entity("Nasser Kanaani", "PER", "IRN", ["Sprecher Nasser Kanaani"]),
        entity("family of Narges Mohammadi", "ORG", "IRN", ["Mohammadis Familie"]),
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Taghi Rahmani", "PER", "IRN", ["Ihr Ehemann Taghi Rahmani"]),
        entity("Kiana Rahmani", "PER", "IRN", ["Kiana"]),
        entity("Ali Rahmani", "PER", "IRN", ["Ali"]),
        entity("Office of the United Nations High Commissioner for Human Rights", "ORG", "UNO",
               ["Das UN-Menschenrechtsbüro in Genf"]),
        entity("Geneva", "LOC", "CHE", ["Genf"]),
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden"]),
        entity("Woman, Life, Freedom movement", "ORG", "IRN", ["der Protestbewegung „Frau, Leben, Freiheit“"]),
        entity("Jina Mahsa Amini", "PER", "IRN", ["der jungen Kurdin Jina Mahsa Amini"]),
    ],
}

# ---------------------------------------------------------------- hm305-de-02 (Syria, protests in Sweida)
SWEIDA_PROTESTERS = actor("protesters in Sweida", "SYR", "CVL")
ASSAD = actor("Bashar al-Assad", "SYR", "GOV")
BAATH = actor("Baath Party", "SYR", "PTY")
HIJRI = actor("Hikmat al-Hijri", "SYR", "CVL")
SYR_GOV = actor("Government of Syria", "SYR", "GOV")
SYR_SEC = actor("Syrian security forces", "SYR", "COP")
DARAA_PROTESTERS = actor("protesters in Daraa", "SYR", "CVL")
BAATH_OFFICIAL = actor("Baath Party official", "SYR", "PTY")
SWEIDA_ORGANISERS = actor("organisers of the Sweida protests", "SYR", "CVL")
US_STATE = actor("U.S. Department of State", "USA", "GOV")

W1 = ("Beirut (dpa) - Im Süden Syriens haben am Freitag erneut Tausende Menschen gegen Präsident Baschar al-Assad "
      "demonstriert.")
W2 = ("Auf dem zentralen Platz der überwiegend von Drusen bewohnten Stadt Suwaida riefen die Demonstranten „Das Volk "
      "will den Sturz des Regimes“, den Slogan des Aufstands von 2011.")
W3 = ("Auslöser der Proteste, die vor gut einer Woche begonnen hatten, waren drastische Preiserhöhungen für Benzin "
      "und Diesel.")
W4 = ("Inzwischen verlangen viele Teilnehmer den Rücktritt Assads und die Umsetzung der UN-Resolution 2254 für einen "
      "politischen Übergang.")
W5 = ("Demonstranten schlossen in mehreren Orten der Provinz die Büros der regierenden Baath-Partei und verschweißten "
      "die Türen.")
W6 = "In Suwaida rissen sie ein großes Porträt des Präsidenten von der Fassade eines Regierungsgebäudes."
W7 = ("Das geistliche Oberhaupt der Drusen, Scheich Hikmat al-Hidschri, hatte sich am Mittwoch hinter die Proteste "
      "gestellt.")
W8 = ("„Die Forderungen der Menschen sind berechtigt, und niemand hat das Recht, sie zum Schweigen zu bringen“, sagte "
      "er vor Anhängern in Kanawat.")
W9 = "Er warf der Führung in Damaskus vor, das Land durch Korruption und Misswirtschaft ruiniert zu haben."
W10 = "Anders als 2011 gingen die Sicherheitskräfte in Suwaida bislang nicht gegen die Demonstranten vor."
W11 = ("In der benachbarten Provinz Daraa, der Wiege des Aufstands, gingen ebenfalls in mehreren Orten Menschen auf "
       "die Straße.")
W12 = ("In der Stadt Nawa nahmen Sicherheitskräfte am Donnerstag mehrere junge Männer fest, die an einer Kundgebung "
       "teilgenommen hatten.")
W13 = ("Ein Vertreter der Baath-Partei warf im Staatsfernsehen den Organisatoren vor, im Auftrag „ausländischer "
       "Kreise“ Unruhe zu stiften.")
W14 = ("Das US-Außenministerium erklärte, die Syrer hätten das Recht, sich friedlich zu versammeln, und forderte die "
       "Regierung in Damaskus auf, auf Gewalt gegen die Demonstranten zu verzichten.")
W15 = ("Die Drusen, die vor dem Krieg etwa drei Prozent der Bevölkerung stellten, hatten sich im Bürgerkrieg "
       "weitgehend neutral verhalten.")
W16 = "Viele junge Männer in Suwaida verweigern seit Jahren den Wehrdienst in der Armee."
W17 = ("Syrien steckt in einer schweren Wirtschaftskrise; auf dem Schwarzmarkt kostet ein US-Dollar inzwischen rund "
       "15.000 syrische Pfund.")

DE02 = {
    "id": "hm305-de-02", "lang": "de", "url": None, "published": "2023-08-25",
    "title": "Proteste gegen Assad in Suwaida gehen weiter",
    "text": paragraphs([W1, W2, W3, W4], [W5, W6], [W7, W8, W9, W10], [W11, W12, W13, W14], [W15, W16, W17]),
    "events": [
        event("PROTEST", SWEIDA_PROTESTERS, ASSAD, W1, mode="demo", date="2023-08-25", location="Sweida",
              location_country="SYR"),
        event("PROTEST", SWEIDA_PROTESTERS, ASSAD, W2, mode="demo", location="Sweida", location_country="SYR"),
        event("PROTEST", SWEIDA_PROTESTERS, BAATH, W5, mode="obstruct", location="Sweida", location_country="SYR"),
        event("PROTEST", SWEIDA_PROTESTERS, ASSAD, W6, mode="vandalize", location="Sweida", location_country="SYR"),
        event("SUPPORT", HIJRI, SWEIDA_PROTESTERS, W7, date="2023-08-23"),
        event("SUPPORT", HIJRI, SWEIDA_PROTESTERS, W8, location="Qanawat", location_country="SYR"),
        event("ACCUSE", HIJRI, SYR_GOV, W9, mode="allege"),
        event("COERCE", SYR_SEC, SWEIDA_PROTESTERS, W10, location="Sweida", location_country="SYR", negated=True),
        event("PROTEST", DARAA_PROTESTERS, ASSAD, W11, mode="demo", location="Daraa", location_country="SYR"),
        event("COERCE", SYR_SEC, DARAA_PROTESTERS, W12, mode="arrest", date="2023-08-24", location="Nawa",
              location_country="SYR"),
        event("ACCUSE", BAATH_OFFICIAL, SWEIDA_ORGANISERS, W13, mode="allege"),
        event("SUPPORT", US_STATE, SWEIDA_PROTESTERS, W14),
        event("REQUEST", US_STATE, SYR_GOV, W14, mode="change"),
    ],
    "quotes": [
        quote("Das Volk will den Sturz des Regimes", "protesters in Sweida", "direct"),
        quote("Die Forderungen der Menschen sind berechtigt, und niemand hat das Recht, sie zum Schweigen zu bringen",
              "Hikmat al-Hijri", "direct"),
        quote("das Land durch Korruption und Misswirtschaft ruiniert zu haben", "Hikmat al-Hijri", "indirect"),
        quote("ausländischer Kreise", "Baath Party official", "direct"),
        quote("im Auftrag „ausländischer Kreise“ Unruhe zu stiften", "Baath Party official", "indirect"),
        quote("die Syrer hätten das Recht, sich friedlich zu versammeln", "U.S. Department of State", "indirect"),
    ],
    "entities": [
        entity("Beirut", "LOC", "LBN", ["Beirut"]),
        entity("Syria", "LOC", "SYR", ["Syriens", "Syrien"]),
        entity("Bashar al-Assad", "PER", "SYR", ["Präsident Baschar al-Assad", "Assads", "des Präsidenten"]),
        entity("Sweida", "LOC", "SYR", ["der überwiegend von Drusen bewohnten Stadt Suwaida", "Suwaida",
                                        "der Provinz"]),
        entity("protesters in Sweida", "ORG", "SYR", ["die Demonstranten", "viele Teilnehmer", "Demonstranten"]),
        entity("Baath Party", "ORG", "SYR", ["der regierenden Baath-Partei", "der Baath-Partei"]),
        entity("Hikmat al-Hijri", "PER", "SYR", ["Das geistliche Oberhaupt der Drusen, Scheich Hikmat al-Hidschri"]),
        entity("Qanawat", "LOC", "SYR", ["Kanawat"]),
        entity("Government of Syria", "ORG", "SYR", ["der Führung in Damaskus", "die Regierung in Damaskus"]),
        entity("Syrian security forces", "ORG", "SYR", ["die Sicherheitskräfte", "Sicherheitskräfte"]),
        entity("Daraa Governorate", "LOC", "SYR", ["der benachbarten Provinz Daraa"]),
        entity("protesters in Daraa", "ORG", "SYR", ["Menschen auf die Straße", "mehrere junge Männer"]),
        entity("Nawa", "LOC", "SYR", ["der Stadt Nawa"]),
        entity("Baath Party official", "PER", "SYR", ["Ein Vertreter der Baath-Partei"]),
        entity("Syrian state television", "ORG", "SYR", ["im Staatsfernsehen"]),
        entity("organisers of the Sweida protests", "ORG", "SYR", ["den Organisatoren"]),
        entity("U.S. Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Syrian Arab Army", "ORG", "SYR", ["der Armee"]),
    ],
}

# ---------------------------------------------------------------- hm305-de-03 (Iran/Oman, Sultan Haitham in Tehran)
HAITHAM = actor("Haitham bin Tariq", "OMN", "GOV")
RAISI = actor("Ebrahim Raisi", "IRN", "GOV")
KHAMENEI = actor("Ali Khamenei", "IRN", "GOV")
OMN_GOV = actor("Government of Oman", "OMN", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
EGY_GOV = actor("Government of Egypt", "EGY", "GOV")
IRAN = actor("Iran", "IRN", "GOV")
BELGIUM = actor("Belgium", "BEL", "GOV")
VANDECASTEELE = actor("Olivier Vandecasteele", "BEL", "CVL")
ASSADI = actor("Assadollah Assadi", "IRN", "GOV")
DE_CROO = actor("Alexander De Croo", "BEL", "GOV")
NCRI = actor("National Council of Resistance of Iran", "IRN", "OPP")
BEL_GOV = actor("Government of Belgium", "BEL", "GOV")

O1 = ("Teheran (dpa) - Der Sultan von Oman, Haitham bin Tarik, ist zu einem zweitägigen Staatsbesuch im Iran "
      "eingetroffen.")
O2 = ("Präsident Ebrahim Raisi empfing den 68-Jährigen am Sonntag mit militärischen Ehren im Saadabad-Palast im "
      "Norden Teherans.")
O3 = "Es ist der erste Besuch eines omanischen Herrschers in der Islamischen Republik seit 2009."
O4 = ("In Anwesenheit der beiden Staatschefs unterzeichneten Minister beider Länder vier Absichtserklärungen über eine "
      "engere Zusammenarbeit in den Bereichen Energie, Handel, Umwelt und Raumfahrt.")
O5 = ("„Die Beziehungen zwischen Iran und Oman sind ein Vorbild für gute Nachbarschaft in der Region“, sagte Raisi "
      "anschließend vor Journalisten.")
O6 = ("Zugleich warf er den USA vor, mit ihren Sanktionen die wirtschaftliche Entwicklung der gesamten Region zu "
      "behindern.")
O7 = "Am Montag wurde der Sultan vom Obersten Führer, Ajatollah Ali Chamenei, empfangen."
O8 = ("Iran begrüße die Haltung des Sultans zu einer Wiederaufnahme der Beziehungen zwischen Teheran und Kairo und habe "
      "damit „kein Problem“, zitierte das Büro Chameneis den 84-Jährigen.")
O9 = "Ägypten und Iran unterhalten seit 1980 keine vollen diplomatischen Beziehungen."
O10 = ("Oman hatte erst am Freitag in der Hauptstadt Maskat einen Gefangenenaustausch zwischen Iran und Belgien "
       "vermittelt.")
O11 = ("Iran ließ dabei den belgischen Entwicklungshelfer Olivier Vandecasteele frei, der mehr als 450 Tage in "
       "iranischer Haft verbracht hatte.")
O12 = ("Im Gegenzug überstellte Belgien den iranischen Diplomaten Assadollah Assadi, der wegen eines vereitelten "
       "Bombenanschlags auf eine Kundgebung iranischer Oppositioneller bei Paris eine 20-jährige Haftstrafe verbüßte.")
O13 = "Der belgische Regierungschef Alexander De Croo dankte Oman für die Vermittlung."
O14 = ("Der Nationale Widerstandsrat Iran, dessen Kundgebung 2018 Ziel des Anschlagsplans war, warf der belgischen "
       "Regierung vor, Teherans Geiselpolitik zu belohnen.")
O15 = "Iranische Medien berichteten, der Sultan solle auch Botschaften zwischen Teheran und Washington übermitteln."
O16 = ("Außenamtssprecher Nasser Kanaani sagte, Iran sei zu einer Rückkehr an den Verhandlungstisch über sein "
       "Atomprogramm bereit, wenn Washington „ernsthafte Absichten“ zeige.")
O17 = "Oman gilt seit Jahrzehnten als diskreter Vermittler zwischen Iran und dem Westen."

DE03 = {
    "id": "hm305-de-03", "lang": "de", "url": None, "published": "2023-05-29",
    "title": "Sultan von Oman zu Staatsbesuch in Teheran",
    "text": paragraphs([O1, O2, O3], [O4, O5, O6], [O7, O8, O9], [O10, O11, O12, O13, O14], [O15, O16, O17]),
    "events": [
        event("CONSULT", HAITHAM, RAISI, O1, mode="visit", location="Tehran", location_country="IRN"),
        event("CONSULT", HAITHAM, RAISI, O2, mode="visit", date="2023-05-28", location="Tehran",
              location_country="IRN"),
        event("SUPPORT", OMN_GOV, IRN_GOV, O4, location="Tehran", location_country="IRN"),
        event("SUPPORT", RAISI, OMN_GOV, O5),
        event("ACCUSE", RAISI, USA_GOV, O6, mode="allege"),
        event("CONSULT", HAITHAM, KHAMENEI, O7, mode="visit", date="2023-05-29", location="Tehran",
              location_country="IRN"),
        event("SUPPORT", KHAMENEI, HAITHAM, O8),
        event("AGREE", KHAMENEI, EGY_GOV, O8),
        event("RETREAT", IRAN, VANDECASTEELE, O11, mode="release", date="2023-05-26", location="Muscat",
              location_country="OMN"),
        event("RETREAT", BELGIUM, ASSADI, O12, mode="release", date="2023-05-26", location="Muscat",
              location_country="OMN"),
        event("SUPPORT", DE_CROO, OMN_GOV, O13),
        event("ACCUSE", NCRI, BEL_GOV, O14, mode="disapprove"),
        event("AGREE", KANAANI, USA_GOV, O16),
    ],
    "quotes": [
        quote("Die Beziehungen zwischen Iran und Oman sind ein Vorbild für gute Nachbarschaft in der Region",
              "Ebrahim Raisi", "direct"),
        quote("mit ihren Sanktionen die wirtschaftliche Entwicklung der gesamten Region zu behindern", "Ebrahim Raisi",
              "indirect"),
        quote("Iran begrüße die Haltung des Sultans zu einer Wiederaufnahme der Beziehungen zwischen Teheran und Kairo "
              "und habe damit „kein Problem“", "Ali Khamenei", "indirect"),
        quote("kein Problem", "Ali Khamenei", "direct"),
        quote("Teherans Geiselpolitik zu belohnen", "National Council of Resistance of Iran", "indirect"),
        quote("der Sultan solle auch Botschaften zwischen Teheran und Washington übermitteln", "Iranian media",
              "indirect"),
        quote("Iran sei zu einer Rückkehr an den Verhandlungstisch über sein Atomprogramm bereit, wenn Washington "
              "„ernsthafte Absichten“ zeige", "Nasser Kanaani", "indirect"),
        quote("ernsthafte Absichten", "Nasser Kanaani", "direct"),
    ],
    "entities": [
        entity("Tehran", "LOC", "IRN", ["Teheran", "Teherans"]),
        entity("Haitham bin Tariq", "PER", "OMN", ["Der Sultan von Oman, Haitham bin Tarik", "den 68-Jährigen",
                                                   "der Sultan", "des Sultans"]),
        entity("Oman", "LOC", "OMN", ["Oman"]),
        entity("Iran", "LOC", "IRN", ["Iran", "der Islamischen Republik"]),
        entity("Ebrahim Raisi", "PER", "IRN", ["Präsident Ebrahim Raisi", "Raisi"]),
        entity("Saadabad Palace", "LOC", "IRN", ["Saadabad-Palast"]),
        entity("Government of the United States", "ORG", "USA", ["den USA", "Washington"]),
        entity("Ali Khamenei", "PER", "IRN", ["vom Obersten Führer, Ajatollah Ali Chamenei", "Chameneis",
                                              "den 84-Jährigen"]),
        entity("Office of the Supreme Leader of Iran", "ORG", "IRN", ["das Büro Chameneis"]),
        entity("Government of Egypt", "ORG", "EGY", ["Kairo"]),
        entity("Egypt", "LOC", "EGY", ["Ägypten"]),
        entity("Muscat", "LOC", "OMN", ["der Hauptstadt Maskat"]),
        entity("Belgium", "LOC", "BEL", ["Belgien"]),
        entity("Olivier Vandecasteele", "PER", "BEL", ["den belgischen Entwicklungshelfer Olivier Vandecasteele"]),
        entity("Assadollah Assadi", "PER", "IRN", ["den iranischen Diplomaten Assadollah Assadi"]),
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Alexander De Croo", "PER", "BEL", ["Der belgische Regierungschef Alexander De Croo"]),
        entity("National Council of Resistance of Iran", "ORG", "IRN", ["Der Nationale Widerstandsrat Iran"]),
        entity("Government of Belgium", "ORG", "BEL", ["der belgischen Regierung"]),
        entity("Iranian media", "ORG", "IRN", ["Iranische Medien"]),
        entity("Nasser Kanaani", "PER", "IRN", ["Außenamtssprecher Nasser Kanaani"]),
        entity("the West", "LOC", None, ["dem Westen"]),
    ],
}

# ---------------------------------------------------------------- hm305-de-04 (Yemen, Prime Minister bin Mubarak resigns)
BIN_MUBARAK = actor("Ahmed Awad bin Mubarak", "YEM", "GOV")
PLC = actor("Presidential Leadership Council", "YEM", "GOV")
BIN_BRAIK = actor("Salem Saleh bin Braik", "YEM", "GOV")
AL_JABER = actor("Mohammed Al Jaber", "SAU", "GOV")
SAUDI = actor("Saudi Arabia", "SAU", "GOV")
YEM_GOV = actor("Government of Yemen", "YEM", "GOV")
ADEN_PROTESTERS = actor("protesters in Aden", "YEM", "CVL")
HOUTHIS = actor("Houthis", "YEM", "REB")
BUKHAITI = actor("Mohammed al-Bukhaiti", "YEM", "REB")
CENTCOM = actor("U.S. Central Command", "USA", "MIL")
GRUNDBERG = actor("Hans Grundberg", "UNO", "IGO")

Y1 = "Aden (AFP) - Im Jemen ist Ministerpräsident Ahmed Awad bin Mubarak nach gut einem Jahr im Amt zurückgetreten."
Y2 = ("Er habe dem Präsidialen Führungsrat am Samstag sein Rücktrittsgesuch übergeben, erklärte der frühere "
      "Außenminister im Onlinedienst X.")
Y3 = ("Er warf dem Gremium vor, ihn daran gehindert zu haben, seine verfassungsmäßigen Befugnisse auszuüben und die "
      "Regierung umzubilden.")
Y4 = "„Ich konnte unter diesen Umständen keine Verantwortung mehr übernehmen“, schrieb er."
Y5 = ("Der Vorsitzende des Führungsrats, Raschad al-Alimi, ernannte noch am Samstag Finanzminister Salem Saleh bin "
      "Braik zum Nachfolger.")
Y6 = "Bin Braik stammt wie sein Vorgänger aus dem Süden des Landes und gilt als erfahrener Finanzfachmann."
Y7 = ("Die Wiederherstellung staatlicher Institutionen und die Verbesserung der Lebensbedingungen hätten für ihn "
      "Vorrang, sagte der neue Regierungschef in einer ersten Stellungnahme.")
Y8 = ("Der saudische Botschafter im Jemen, Mohammed Al Dschaber, gratulierte bin Braik und sicherte ihm die weitere "
      "Unterstützung Riads zu.")
Y9 = ("Saudi-Arabien hatte der Regierung Ende vergangenen Jahres 500 Millionen Dollar zur Stützung der Zentralbank in "
      "Aden überwiesen.")
Y10 = ("Der Rial ist in den von der Regierung kontrollierten Gebieten dennoch auf ein Rekordtief gefallen, Beamte "
       "warten seit Monaten auf ihre Gehälter.")
Y11 = ("In Aden gingen in den vergangenen Wochen wiederholt Hunderte Menschen gegen stundenlange Stromausfälle auf die "
       "Straße und blockierten Straßen mit brennenden Reifen.")
Y12 = ("Die vom Iran unterstützten Huthi, die die Hauptstadt Sanaa und große Teile des Nordens kontrollieren, "
       "verspotteten den Wechsel.")
Y13 = ("„Die Söldnerregierung wechselt ihre Gesichter, aber ihre Herren in Riad bleiben dieselben“, schrieb "
       "Huthi-Politbüromitglied Mohammed al-Buchaiti.")
Y14 = ("Das US-Zentralkommando erklärte unterdessen, seine Streitkräfte hätten seit Mitte März mehr als 1000 Ziele der "
       "Huthi im Jemen angegriffen.")
Y15 = "Die Huthi machten die USA am Samstag für neue Luftangriffe auf die nördliche Provinz Saada verantwortlich."
Y16 = ("Der UN-Sondergesandte Hans Grundberg rief alle Konfliktparteien erneut auf, Verhandlungen über einen "
       "landesweiten Waffenstillstand aufzunehmen.")
Y17 = ("Bin Mubarak, früher Botschafter in Washington, war erst im Februar 2024 vom Führungsrat zum Regierungschef "
       "ernannt worden.")
Y18 = "Seit Monaten war über Spannungen zwischen ihm und mehreren Ratsmitgliedern berichtet worden."

DE04 = {
    "id": "hm305-de-04", "lang": "de", "url": None, "published": "2025-05-03",
    "title": "Jemens Regierungschef bin Mubarak tritt zurück",
    "text": paragraphs([Y1, Y2, Y3, Y4], [Y5, Y6, Y7, Y8, Y9], [Y10, Y11], [Y12, Y13, Y14, Y15, Y16], [Y17, Y18]),
    "events": [
        event("RETREAT", BIN_MUBARAK, None, Y1, mode="resign"),
        event("RETREAT", BIN_MUBARAK, None, Y2, mode="resign", date="2025-05-03"),
        event("ACCUSE", BIN_MUBARAK, PLC, Y3, mode="allege"),
        event("SUPPORT", AL_JABER, BIN_BRAIK, Y8),
        event("AID", SAUDI, YEM_GOV, Y9),
        event("PROTEST", ADEN_PROTESTERS, YEM_GOV, Y11, mode="demo", location="Aden", location_country="YEM"),
        event("ACCUSE", HOUTHIS, YEM_GOV, Y12, mode="disapprove"),
        event("ACCUSE", BUKHAITI, YEM_GOV, Y13, mode="disapprove"),
        event("ASSAULT", CENTCOM, HOUTHIS, Y14, mode="aerial", location_country="YEM"),
        event("ACCUSE", HOUTHIS, USA_GOV, Y15, mode="allege", date="2025-05-03"),
        event("REQUEST", GRUNDBERG, None, Y16, mode="meet"),
    ],
    "quotes": [
        quote("Er habe dem Präsidialen Führungsrat am Samstag sein Rücktrittsgesuch übergeben", "Ahmed Awad bin Mubarak",
              "indirect"),
        quote("ihn daran gehindert zu haben, seine verfassungsmäßigen Befugnisse auszuüben und die Regierung "
              "umzubilden", "Ahmed Awad bin Mubarak", "indirect"),
        quote("Ich konnte unter diesen Umständen keine Verantwortung mehr übernehmen", "Ahmed Awad bin Mubarak",
              "direct"),
        quote("Die Wiederherstellung staatlicher Institutionen und die Verbesserung der Lebensbedingungen hätten für "
              "ihn Vorrang", "Salem Saleh bin Braik", "indirect"),
        quote("Die Söldnerregierung wechselt ihre Gesichter, aber ihre Herren in Riad bleiben dieselben",
              "Mohammed al-Bukhaiti", "direct"),
        quote("seine Streitkräfte hätten seit Mitte März mehr als 1000 Ziele der Huthi im Jemen angegriffen",
              "U.S. Central Command", "indirect"),
    ],
    "entities": [
        entity("Aden", "LOC", "YEM", ["Aden"]),
        entity("Yemen", "LOC", "YEM", ["Jemen", "des Landes"]),
        entity("Ahmed Awad bin Mubarak", "PER", "YEM", ["Ministerpräsident Ahmed Awad bin Mubarak",
                                                        "der frühere Außenminister", "sein Vorgänger", "Bin Mubarak"]),
        entity("Presidential Leadership Council", "ORG", "YEM", ["dem Präsidialen Führungsrat", "dem Gremium",
                                                                 "des Führungsrats", "vom Führungsrat"]),
        entity("X", "ORG", "MNC", ["Onlinedienst X"]),
        entity("Rashad al-Alimi", "PER", "YEM", ["Der Vorsitzende des Führungsrats, Raschad al-Alimi"]),
        entity("Salem Saleh bin Braik", "PER", "YEM", ["Finanzminister Salem Saleh bin Braik", "Bin Braik",
                                                       "der neue Regierungschef", "bin Braik"]),
        entity("Mohammed Al Jaber", "PER", "SAU", ["Der saudische Botschafter im Jemen, Mohammed Al Dschaber"]),
        entity("Government of Saudi Arabia", "ORG", "SAU", ["Riads", "Riad"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi-Arabien"]),
        entity("Government of Yemen", "ORG", "YEM", ["der Regierung"]),
        entity("Central Bank of Yemen", "ORG", "YEM", ["der Zentralbank in Aden"]),
        entity("protesters in Aden", "ORG", "YEM", ["Hunderte Menschen"]),
        entity("Houthis", "ORG", "YEM", ["Die vom Iran unterstützten Huthi", "Huthi", "Die Huthi"]),
        entity("Iran", "LOC", "IRN", ["Iran"]),
        entity("Sanaa", "LOC", "YEM", ["die Hauptstadt Sanaa"]),
        entity("Mohammed al-Bukhaiti", "PER", "YEM", ["Huthi-Politbüromitglied Mohammed al-Buchaiti"]),
        entity("U.S. Central Command", "ORG", "USA", ["Das US-Zentralkommando"]),
        entity("Government of the United States", "ORG", "USA", ["die USA"]),
        entity("Saada Governorate", "LOC", "YEM", ["die nördliche Provinz Saada"]),
        entity("Hans Grundberg", "PER", "UNO", ["Der UN-Sondergesandte Hans Grundberg"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
    ],
}

# ---------------------------------------------------------------- hm305-en-01 (United States, sanctions on violent settlers)
VIOLENT_SETTLERS = actor("violent Israeli settlers in the West Bank", "ISR", "CVL")
CHASDAI = actor("David Chai Chasdai", "ISR", "CVL")
TANJIL = actor("Einan Tanjil", "ISR", "CVL")
ZICHERMAN = actor("Shalom Zicherman", "ISR", "CVL")
LEVI = actor("Yinon Levi", "ISR", "CVL")
BLINKEN = actor("Antony Blinken", "USA", "GOV")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
ISR_PMO = actor("Office of the Prime Minister of Israel", "ISR", "GOV")
SMOTRICH = actor("Bezalel Smotrich", "ISR", "GOV")
PA_MFA = actor("Palestinian Ministry of Foreign Affairs", "PSE", "GOV")

S1 = ("WASHINGTON, Feb 1 (Reuters) - President Joe Biden on Thursday signed an executive order imposing sanctions on "
      "Israeli settlers who attack Palestinians in the occupied West Bank, his sharpest move yet against settler "
      "violence.")
S2 = ("The State Department said the first four men named under the order, David Chai Chasdai, Einan Tanjil, Shalom "
      "Zicherman and Yinon Levi, would have any U.S. assets frozen and would be barred from the U.S. financial "
      "system.")
S3 = ("It accused Chasdai of leading a riot in the Palestinian town of Huwara in February 2023 in which a Palestinian "
      "civilian was killed, and said Levi had led a group of settlers who assaulted Palestinian and Bedouin residents "
      "and burned their fields.")
S4 = ('The order said violence by extremist settlers had reached "intolerable levels" and posed "a serious threat to '
      'the peace, security and stability" of the West Bank, Israel and the wider Middle East.')
S5 = ('"Israel must do more to stop violence against civilians in the West Bank and hold accountable those '
      'responsible for it," Secretary of State Antony Blinken said in a statement.')
S6 = ("The move came as Biden travelled to Michigan, home to a large Arab American community, where some Democratic "
      "voters have criticised his support for Israel's war against Hamas in Gaza.")
S7 = ('Prime Minister Benjamin Netanyahu\'s office said there was "no place for exceptional measures" because Israel '
      'acts against lawbreakers everywhere.')
S8 = ('Finance Minister Bezalel Smotrich, himself a settler, called the claim of widespread settler violence "an '
      'antisemitic lie" spread by Israel\'s enemies.')
S9 = ("The Palestinian Foreign Ministry welcomed the sanctions as a step in the right direction but said they were not "
      "enough and urged Washington to hold the Israeli government accountable.")
S10 = ("U.N. figures show settlers have carried out more than 450 attacks on Palestinians in the West Bank since the "
       "war in Gaza began in October.")
S11 = ("A senior administration official told reporters the order could also be used against Israeli officials, but "
       "said no such step was planned for now.")
S12 = "Britain said it was considering similar measures."
S13 = ("Israel has occupied the West Bank since the 1967 Middle East war, and some 500,000 settlers now live there "
       "among about 3 million Palestinians.")
S14 = "Most countries consider the settlements illegal under international law, a view Israel disputes."

EN01 = {
    "id": "hm305-en-01", "lang": "en", "url": None, "published": "2024-02-01",
    "title": "Biden orders sanctions on violent Israeli settlers in West Bank",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6], [S7, S8, S9], [S10, S11, S12], [S13, S14]),
    "events": [
        event("SANCTION", BIDEN, VIOLENT_SETTLERS, S1, mode="discontinue", date="2024-02-01"),
        event("SANCTION", US_STATE, CHASDAI, S2, mode="discontinue"),
        event("SANCTION", US_STATE, TANJIL, S2, mode="discontinue"),
        event("SANCTION", US_STATE, ZICHERMAN, S2, mode="discontinue"),
        event("SANCTION", US_STATE, LEVI, S2, mode="discontinue"),
        event("ACCUSE", US_STATE, CHASDAI, S3, mode="allege"),
        event("ACCUSE", US_STATE, LEVI, S3, mode="allege"),
        event("ACCUSE", BIDEN, VIOLENT_SETTLERS, S4, mode="disapprove"),
        event("REQUEST", BLINKEN, ISR_GOV, S5, mode="change"),
        event("ACCUSE", ISR_PMO, USA_GOV, S7, mode="disapprove"),
        event("ACCUSE", SMOTRICH, USA_GOV, S8, mode="disapprove"),
        event("SUPPORT", PA_MFA, USA_GOV, S9),
        event("REQUEST", PA_MFA, USA_GOV, S9, mode="change"),
    ],
    "quotes": [
        quote("the first four men named under the order, David Chai Chasdai, Einan Tanjil, Shalom Zicherman and Yinon "
              "Levi, would have any U.S. assets frozen and would be barred from the U.S. financial system",
              "U.S. Department of State", "indirect"),
        quote("Levi had led a group of settlers who assaulted Palestinian and Bedouin residents and burned their fields",
              "U.S. Department of State", "indirect"),
        quote('violence by extremist settlers had reached "intolerable levels" and posed "a serious threat to the '
              'peace, security and stability" of the West Bank, Israel and the wider Middle East', "Joe Biden",
              "indirect"),
        quote("intolerable levels", "Joe Biden", "direct"),
        quote("a serious threat to the peace, security and stability", "Joe Biden", "direct"),
        quote("Israel must do more to stop violence against civilians in the West Bank and hold accountable those "
              "responsible for it", "Antony Blinken", "direct"),
        quote('there was "no place for exceptional measures" because Israel acts against lawbreakers everywhere',
              "Office of the Prime Minister of Israel", "indirect"),
        quote("no place for exceptional measures", "Office of the Prime Minister of Israel", "direct"),
        quote("an antisemitic lie", "Bezalel Smotrich", "direct"),
        quote("they were not enough", "Palestinian Ministry of Foreign Affairs", "indirect"),
        quote("settlers have carried out more than 450 attacks on Palestinians in the West Bank since the war in Gaza "
              "began in October", "United Nations", "indirect"),
        quote("the order could also be used against Israeli officials", "senior U.S. administration official",
              "indirect"),
        quote("no such step was planned for now", "senior U.S. administration official", "indirect"),
        quote("it was considering similar measures", "Government of the United Kingdom", "indirect"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["WASHINGTON"]),
        entity("Joe Biden", "PER", "USA", ["President Joe Biden", "Biden"]),
        entity("violent Israeli settlers in the West Bank", "ORG", "ISR", ["Israeli settlers who attack Palestinians",
                                                                           "extremist settlers"]),
        entity("West Bank", "LOC", "PSE", ["the occupied West Bank", "the West Bank"]),
        entity("U.S. Department of State", "ORG", "USA", ["The State Department"]),
        entity("David Chai Chasdai", "PER", "ISR", ["David Chai Chasdai", "Chasdai"]),
        entity("Einan Tanjil", "PER", "ISR", ["Einan Tanjil"]),
        entity("Shalom Zicherman", "PER", "ISR", ["Shalom Zicherman"]),
        entity("Yinon Levi", "PER", "ISR", ["Yinon Levi", "Levi"]),
        entity("Huwara", "LOC", "PSE", ["the Palestinian town of Huwara"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Middle East", "LOC", None, ["the wider Middle East"]),
        entity("Antony Blinken", "PER", "USA", ["Secretary of State Antony Blinken"]),
        entity("Michigan", "LOC", "USA", ["Michigan"]),
        entity("Democratic Party", "ORG", "USA", ["Democratic"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("Gaza", "LOC", "PSE", ["Gaza"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Prime Minister Benjamin Netanyahu"]),
        entity("Office of the Prime Minister of Israel", "ORG", "ISR", ["Prime Minister Benjamin Netanyahu's office"]),
        entity("Bezalel Smotrich", "PER", "ISR", ["Finance Minister Bezalel Smotrich"]),
        entity("Palestinian Ministry of Foreign Affairs", "ORG", "PSE", ["The Palestinian Foreign Ministry"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Government of Israel", "ORG", "ISR", ["the Israeli government"]),
        entity("United Nations", "ORG", "UNO", ["U.N."]),
        entity("senior U.S. administration official", "PER", "USA", ["A senior administration official"]),
        entity("United Kingdom", "LOC", "GBR", ["Britain"]),
    ],
}

# ---------------------------------------------------------------- hm305-en-02 (Israel/Gaza, troops leave Khan Younis)
IDF = actor("Israel Defense Forces", "ISR", "MIL")
GALLANT = actor("Yoav Gallant", "ISR", "GOV")
HAMAS = actor("Hamas", "PSE", "REB")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
BURNS = actor("William Burns", "USA", "GOV")
AL_THANI = actor("Mohammed bin Abdulrahman Al Thani", "QAT", "GOV")
BEN_GVIR = actor("Itamar Ben-Gvir", "ISR", "GOV")
TLV_PROTESTERS = actor("protesters in Tel Aviv", "ISR", "CVL")
ISR_POLICE = actor("Israel Police", "ISR", "COP")
GAZA_CIVILIANS = actor("Palestinians in Gaza", "PSE", "CVL")

K1 = ("KHAN YOUNIS, Gaza Strip (AP) — Israel said Sunday it had pulled its last ground troops out of the southern "
      "Gaza city of Khan Younis, ending a four-month offensive there on the six-month anniversary of the war.")
K2 = ('The military said its 98th Division had left the area "to recuperate and prepare for future operations," '
      'leaving a single brigade to hold a corridor that cuts the territory in two.')
K3 = ('Defense Minister Yoav Gallant said the troops were preparing for "follow-on missions," including in the '
      'southern city of Rafah, where more than a million displaced Palestinians are sheltering.')
K4 = ('Prime Minister Benjamin Netanyahu told his Cabinet that Israel was "one step away from victory" and that there '
      'would be no cease-fire without the release of the hostages held by Hamas.')
K5 = '"Israel is ready for a deal, but Israel is not ready to surrender," he said.'
K6 = ("The pullback came as negotiators gathered in Cairo for a new round of talks on a cease-fire and the release of "
      "the hostages, with CIA Director William Burns and Qatar's Prime Minister Mohammed bin Abdulrahman Al Thani "
      "joining Egyptian officials.")
K7 = ("Hamas said its delegation, led by Khalil al-Hayya, would insist on a permanent cease-fire, a full Israeli "
      "withdrawal from Gaza and the return of displaced people to their homes.")
K8 = ('National Security Minister Itamar Ben-Gvir warned that Netanyahu would have "no mandate to continue serving as '
      'prime minister" if he ended the war without a large-scale offensive in Rafah.')
K9 = ("In Tel Aviv, tens of thousands of Israelis rallied late Saturday to demand a deal to bring the hostages home "
      "and early elections.")
K10 = "Police used water cannons to disperse protesters near the Defense Ministry."
K11 = ("In Khan Younis, hundreds of Palestinians who had fled the fighting returned on foot and on donkey carts to "
       "find much of the city in ruins.")
K12 = ('"There is nothing left, not a house, not a street," said Mohammed Abu Daqqa, a father of four standing near '
       'what remained of his home.')
K13 = "Israeli airstrikes continued overnight, hitting several homes in Rafah."
K14 = ("Under U.S. pressure, Israel said last week it would reopen the Erez crossing into northern Gaza and allow aid "
       "shipments through the port of Ashdod.")
K15 = "The Gaza Health Ministry said Sunday that more than 33,100 Palestinians had been killed in the war."
K16 = "Israel says about 130 hostages remain in Gaza, roughly a quarter of whom are believed to be dead."
K17 = ('White House national security spokesman John Kirby said the withdrawal appeared to be about "rest and refit" '
       'and was not necessarily a sign of an imminent operation in Rafah.')

EN02 = {
    "id": "hm305-en-02", "lang": "en", "url": None, "published": "2024-04-07",
    "title": "Israel pulls ground troops out of Khan Younis as cease-fire talks resume in Cairo",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6, K7, K8], [K9, K10], [K11, K12, K13, K14], [K15, K16, K17]),
    "events": [
        event("RETREAT", IDF, None, K1, mode="withdraw", date="2024-04-07", location="Khan Younis",
              location_country="PSE"),
        event("RETREAT", IDF, None, K2, mode="withdraw", location="Khan Younis", location_country="PSE"),
        event("THREATEN", GALLANT, HAMAS, K3, mode="violence"),
        event("REJECT", NETANYAHU, HAMAS, K4, mode="yield"),
        event("AGREE", NETANYAHU, HAMAS, K5),
        event("CONSULT", BURNS, EGY_GOV, K6, mode="visit", location="Cairo", location_country="EGY"),
        event("CONSULT", AL_THANI, EGY_GOV, K6, mode="visit", location="Cairo", location_country="EGY"),
        event("REQUEST", HAMAS, ISR_GOV, K7, mode="yield"),
        event("THREATEN", BEN_GVIR, NETANYAHU, K8),
        event("PROTEST", TLV_PROTESTERS, ISR_GOV, K9, mode="demo", date="2024-04-06", location="Tel Aviv",
              location_country="ISR"),
        event("ASSAULT", ISR_POLICE, TLV_PROTESTERS, K10, mode="crowd-control", location="Tel Aviv",
              location_country="ISR"),
        event("ASSAULT", IDF, GAZA_CIVILIANS, K13, mode="aerial", location="Rafah", location_country="PSE"),
        event("CONCEDE", ISR_GOV, None, K14),
    ],
    "quotes": [
        quote("it had pulled its last ground troops out of the southern Gaza city of Khan Younis",
              "Israel Defense Forces", "indirect"),
        quote('its 98th Division had left the area "to recuperate and prepare for future operations,"',
              "Israel Defense Forces", "indirect"),
        quote("to recuperate and prepare for future operations", "Israel Defense Forces", "direct"),
        quote('the troops were preparing for "follow-on missions," including in the southern city of Rafah',
              "Yoav Gallant", "indirect"),
        quote("follow-on missions", "Yoav Gallant", "direct"),
        quote('Israel was "one step away from victory"', "Benjamin Netanyahu", "indirect"),
        quote("one step away from victory", "Benjamin Netanyahu", "direct"),
        quote("there would be no cease-fire without the release of the hostages held by Hamas", "Benjamin Netanyahu",
              "indirect"),
        quote("Israel is ready for a deal, but Israel is not ready to surrender", "Benjamin Netanyahu", "direct"),
        quote("its delegation, led by Khalil al-Hayya, would insist on a permanent cease-fire, a full Israeli "
              "withdrawal from Gaza and the return of displaced people to their homes", "Hamas", "indirect"),
        quote('Netanyahu would have "no mandate to continue serving as prime minister" if he ended the war without a '
              'large-scale offensive in Rafah', "Itamar Ben-Gvir", "indirect"),
        quote("no mandate to continue serving as prime minister", "Itamar Ben-Gvir", "direct"),
        quote("There is nothing left, not a house, not a street", "Mohammed Abu Daqqa", "direct"),
        quote("it would reopen the Erez crossing into northern Gaza and allow aid shipments through the port of Ashdod",
              "Government of Israel", "indirect"),
        quote("more than 33,100 Palestinians had been killed in the war", "Gaza Health Ministry", "indirect"),
        quote("about 130 hostages remain in Gaza, roughly a quarter of whom are believed to be dead",
              "Government of Israel", "indirect"),
        quote('the withdrawal appeared to be about "rest and refit" and was not necessarily a sign of an imminent '
              'operation in Rafah', "John Kirby", "indirect"),
        quote("rest and refit", "John Kirby", "direct"),
    ],
    "entities": [
        entity("Khan Younis", "LOC", "PSE", ["KHAN YOUNIS", "the southern Gaza city of Khan Younis", "Khan Younis",
                                             "the city", "the area"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gaza Strip", "Gaza", "the territory"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["The military"]),
        entity("98th Division", "ORG", "ISR", ["its 98th Division"]),
        entity("Yoav Gallant", "PER", "ISR", ["Defense Minister Yoav Gallant"]),
        entity("Rafah", "LOC", "PSE", ["the southern city of Rafah", "Rafah"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Prime Minister Benjamin Netanyahu", "Netanyahu"]),
        entity("Cabinet of Israel", "ORG", "ISR", ["his Cabinet"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("Cairo", "LOC", "EGY", ["Cairo"]),
        entity("William Burns", "PER", "USA", ["CIA Director William Burns"]),
        entity("Central Intelligence Agency", "ORG", "USA", ["CIA"]),
        entity("Mohammed bin Abdulrahman Al Thani", "PER", "QAT",
               ["Qatar's Prime Minister Mohammed bin Abdulrahman Al Thani"]),
        entity("Qatar", "LOC", "QAT", ["Qatar"]),
        entity("Government of Egypt", "ORG", "EGY", ["Egyptian officials"]),
        entity("Khalil al-Hayya", "PER", "PSE", ["Khalil al-Hayya"]),
        entity("Itamar Ben-Gvir", "PER", "ISR", ["National Security Minister Itamar Ben-Gvir"]),
        entity("Tel Aviv", "LOC", "ISR", ["Tel Aviv"]),
        entity("protesters in Tel Aviv", "ORG", "ISR", ["tens of thousands of Israelis", "protesters"]),
        entity("Israel Police", "ORG", "ISR", ["Police"]),
        entity("Ministry of Defense of Israel", "LOC", "ISR", ["the Defense Ministry"]),
        entity("Mohammed Abu Daqqa", "PER", "PSE", ["Mohammed Abu Daqqa", "a father of four"]),
        entity("Government of the United States", "ORG", "USA", ["U.S."]),
        entity("Erez crossing", "LOC", "ISR", ["the Erez crossing"]),
        entity("Ashdod", "LOC", "ISR", ["the port of Ashdod"]),
        entity("Gaza Health Ministry", "ORG", "PSE", ["The Gaza Health Ministry"]),
        entity("John Kirby", "PER", "USA", ["White House national security spokesman John Kirby"]),
        entity("White House", "ORG", "USA", ["White House"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
