"""Round 166: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm166-de-01: The Philippine House impeaches Vice President Sara Duterte; Romualdez, Paolo Duterte, a Davao rally, Escudero refuses a special session (2025-02-05).
- hm166-de-02: South Korea suspends the 2018 inter-Korean military agreement after North Korea's trash balloons; Kim Kang Il's pause and threat, defectors' leaflets (2024-06-07).
- hm166-de-03: Indonesia's Prabowo grants amnesty to Hasto Kristiyanto and ends Tom Lembong's case; both freed, ICW objects (2025-08-01).
- hm166-de-04: Pakistan's Supreme Court judges Mansoor Ali Shah and Athar Minallah resign over the 27th amendment; Tarar, PTI, lawyers and the ICJ react (2025-11-14).
- hm166-en-01: Chinese Premier Li Qiang in Canberra: visa-free travel and pandas, the Cheng Lei row, protests outside Parliament House (2024-06-17).
- hm166-en-02: Indian forces kill Maoist chief Basavaraju in Chhattisgarh; Shah and Modi praise, talks rejected, CPI(M) and activists object (2025-05-21).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm166-de-01
PHL_HOUSE = actor("House of Representatives of the Philippines", "PHL", "LEG")
SARA = actor("Sara Duterte", "PHL", "GOV")
ROMUALDEZ = actor("Martin Romualdez", "PHL", "LEG")
MARCOS = actor("Ferdinand Marcos Jr.", "PHL", "GOV")
PAOLO = actor("Paolo Duterte", "PHL", "LEG")
DUTERTE_SUP = actor("Duterte supporters", "PHL", "CVL")
PHL_SENATORS = actor("Philippine senators", "PHL", "LEG")
ESCUDERO = actor("Francis Escudero", "PHL", "LEG")

A1 = "Das philippinische Repräsentantenhaus hat ein Amtsenthebungsverfahren gegen Vizepräsidentin Sara Duterte eingeleitet."
A2 = "Am Mittwoch unterzeichneten 215 der 306 Abgeordneten die Anklageschrift, die damit direkt an den Senat ging."
A3 = ("Duterte wird unter anderem vorgeworfen, vertrauliche Mittel in Höhe von 612,5 Millionen Pesos veruntreut und "
      "die Ermordung von Präsident Ferdinand Marcos Jr. geplant zu haben.")
A4 = "Für eine Verurteilung im Senat ist eine Zweidrittelmehrheit nötig."
A5 = ("Parlamentspräsident Martin Romualdez, ein Cousin des Präsidenten, warf Duterte vor, das Vertrauen der "
      "Bevölkerung „schamlos missbraucht“ zu haben.")
A6 = "Marcos hatte die Abgeordneten noch im November aufgefordert, auf ein Verfahren zu verzichten."
A7 = "Ein solches Verfahren sei „Zeitverschwendung“, hatte er damals gesagt."
A8 = "Der Präsidentenpalast erklärte am Mittwoch, Marcos habe keinen Einfluss auf die Abgeordneten genommen."
A9 = ("Paolo Duterte, Bruder der Vizepräsidentin und Abgeordneter aus Davao, nannte das Verfahren eine "
      "»politische Verfolgung«.")
A10 = "„Das Lager von Marcos will meine Schwester aus dem Weg räumen“, sagte er, „bevor sie 2028 kandidieren kann.“"
A11 = ("In Davao versammelten sich am Abend Hunderte Anhänger der Familie Duterte zu einer Kundgebung gegen das "
       "Verfahren.")
A12 = "Mehrere Senatoren forderten eine sofortige Sondersitzung, Senatspräsident Francis Escudero lehnte dies jedoch ab."

DE01 = {
    "id": "hm166-de-01", "lang": "de", "url": None, "published": "2025-02-05",
    "title": "Philippinen: Parlament leitet Amtsenthebung von Vizepräsidentin Duterte ein",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8], [A9, A10, A11, A12]),
    "events": [
        event("ACCUSE", PHL_HOUSE, SARA, A1, mode="allege", date="2025-02-05"),
        event("ACCUSE", PHL_HOUSE, SARA, A2, mode="allege", date="2025-02-05"),
        event("ACCUSE", PHL_HOUSE, SARA, A3, mode="allege"),
        event("ACCUSE", ROMUALDEZ, SARA, A5, mode="allege"),
        event("REQUEST", MARCOS, PHL_HOUSE, A6, mode="change"),
        event("ACCUSE", PAOLO, PHL_HOUSE, A9, mode="disapprove"),
        event("ACCUSE", PAOLO, MARCOS, A10, mode="allege"),
        event("PROTEST", DUTERTE_SUP, PHL_HOUSE, A11, mode="demo", date="2025-02-05", location="Davao City",
              location_country="PHL"),
        event("REQUEST", PHL_SENATORS, ESCUDERO, A12, mode="meet"),
        event("REJECT", ESCUDERO, PHL_SENATORS, A12, mode="meet"),
    ],
    "quotes": [
        quote("vertrauliche Mittel in Höhe von 612,5 Millionen Pesos veruntreut und die Ermordung von Präsident "
              "Ferdinand Marcos Jr. geplant zu haben", "House of Representatives of the Philippines", "indirect"),
        quote("schamlos missbraucht", "Martin Romualdez", "direct"),
        quote("das Vertrauen der Bevölkerung „schamlos missbraucht“ zu haben", "Martin Romualdez", "indirect"),
        quote("Zeitverschwendung", "Ferdinand Marcos Jr.", "direct"),
        quote("Ein solches Verfahren sei „Zeitverschwendung“", "Ferdinand Marcos Jr.", "indirect"),
        quote("Marcos habe keinen Einfluss auf die Abgeordneten genommen", "Presidential Communications Office",
              "indirect"),
        quote("politische Verfolgung", "Paolo Duterte", "direct"),
        quote("Das Lager von Marcos will meine Schwester aus dem Weg räumen", "Paolo Duterte", "direct"),
        quote("bevor sie 2028 kandidieren kann", "Paolo Duterte", "direct"),
    ],
    "entities": [
        entity("House of Representatives of the Philippines", "ORG", "PHL",
               ["Das philippinische Repräsentantenhaus", "215 der 306 Abgeordneten", "die Abgeordneten"]),
        entity("Sara Duterte", "PER", "PHL",
               ["Vizepräsidentin Sara Duterte", "Duterte", "der Vizepräsidentin", "meine Schwester", "sie"]),
        entity("Senate of the Philippines", "ORG", "PHL", ["den Senat", "im Senat"]),
        entity("Ferdinand Marcos Jr.", "PER", "PHL",
               ["Präsident Ferdinand Marcos Jr.", "des Präsidenten", "Marcos", "er"]),
        entity("Martin Romualdez", "PER", "PHL",
               ["Parlamentspräsident Martin Romualdez", "ein Cousin des Präsidenten"]),
        entity("Presidential Communications Office", "ORG", "PHL", ["Der Präsidentenpalast"]),
        entity("Paolo Duterte", "PER", "PHL",
               ["Paolo Duterte", "Bruder der Vizepräsidentin und Abgeordneter aus Davao", "er"]),
        entity("Davao City", "LOC", "PHL", ["Davao"]),
        entity("Duterte supporters", "ORG", "PHL", ["Hunderte Anhänger der Familie Duterte"]),
        entity("Philippine senators", "ORG", "PHL", ["Mehrere Senatoren"]),
        entity("Francis Escudero", "PER", "PHL", ["Senatspräsident Francis Escudero"]),
    ],
}

# ---------------------------------------------------------------- hm166-de-02
KOR = actor("South Korea", "KOR", "GOV")
PRK = actor("North Korea", "PRK", "GOV")
YOON = actor("Yoon Suk Yeol", "KOR", "GOV")
KOR_JCS = actor("Joint Chiefs of Staff of South Korea", "KOR", "MIL")
KOR_MND_SP = actor("South Korean Defence Ministry spokesperson", "KOR", "MIL")
KIM_KANG_IL = actor("Kim Kang Il", "PRK", "MIL")
FFNK = actor("Fighters for a Free North Korea", "KOR", "CVL")
KOR_DP = actor("Democratic Party of Korea", "KOR", "OPP")
KOR_GOV = actor("Government of South Korea", "KOR", "GOV")

B1 = "Südkorea hat das Militärabkommen mit Nordkorea aus dem Jahr 2018 vollständig ausgesetzt."
B2 = "Präsident Yoon Suk Yeol setzte am Dienstag einen entsprechenden Beschluss des Kabinetts in Kraft."
B3 = ("Seoul wirft dem Norden vor, seit vergangener Woche fast tausend Ballons mit Müll und Dung über die Grenze "
      "geschickt zu haben.")
B4 = ("Zudem habe Pjöngjang wiederholt GPS-Signale nahe den Grenzinseln im Gelben Meer gestört, teilte der "
      "Generalstab mit.")
B5 = ("Die Aussetzung erlaubt es dem Süden, Manöver in Grenznähe und Lautsprecherdurchsagen wieder "
      "aufzunehmen.")
B6 = ("Man werde auf jede weitere Provokation „entschieden und unverzüglich“ reagieren, sagte ein Sprecher des "
      "Verteidigungsministeriums.")
B7 = ("Nordkoreas Vizeverteidigungsminister Kim Kang Il hatte am Sonntag erklärt, man werde vorerst keine "
      "Ballons mehr schicken.")
B8 = ("Sollten Aktivisten im Süden aber erneut Flugblätter verbreiten, werde man „das Hundertfache“ an Müll "
      "zurückschicken, drohte er.")
B9 = ("Eine Gruppe nordkoreanischer Überläufer ließ am Donnerstag dennoch zehn Ballons mit 200.000 Flugblättern "
      "gegen die Führung in Pjöngjang steigen.")
B10 = ("Die oppositionelle Demokratische Partei forderte die Regierung auf, solche Aktionen zu unterbinden, statt "
       "die Lage weiter zu verschärfen.")
B11 = "Pjöngjang hatte sich bereits im November vergangenen Jahres von dem Abkommen losgesagt."

DE02 = {
    "id": "hm166-de-02", "lang": "de", "url": None, "published": "2024-06-07",
    "title": "Nach Müllballons: Seoul setzt Militärabkommen mit Nordkorea aus",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8], [B9, B10, B11]),
    "events": [
        event("SANCTION", KOR, PRK, B1, mode="discontinue", date="2024-06-04"),
        event("SANCTION", YOON, PRK, B2, mode="discontinue", date="2024-06-04"),
        event("ACCUSE", KOR, PRK, B3, mode="allege"),
        event("ACCUSE", KOR_JCS, PRK, B4, mode="allege"),
        event("THREATEN", KOR_MND_SP, PRK, B6, mode="violence"),
        event("CONCEDE", KIM_KANG_IL, KOR, B7, date="2024-06-02"),
        event("THREATEN", KIM_KANG_IL, KOR, B8),
        event("PROTEST", FFNK, PRK, B9, date="2024-06-06"),
        event("REQUEST", KOR_DP, KOR_GOV, B10, mode="change"),
        event("SANCTION", PRK, KOR, B11, mode="discontinue"),
    ],
    "quotes": [
        quote("seit vergangener Woche fast tausend Ballons mit Müll und Dung über die Grenze geschickt zu haben",
              "South Korea", "indirect"),
        quote("Zudem habe Pjöngjang wiederholt GPS-Signale nahe den Grenzinseln im Gelben Meer gestört",
              "Joint Chiefs of Staff of South Korea", "indirect"),
        quote("entschieden und unverzüglich", "South Korean Defence Ministry spokesperson", "direct"),
        quote("Man werde auf jede weitere Provokation „entschieden und unverzüglich“ reagieren",
              "South Korean Defence Ministry spokesperson", "indirect"),
        quote("man werde vorerst keine Ballons mehr schicken", "Kim Kang Il", "indirect"),
        quote("das Hundertfache", "Kim Kang Il", "direct"),
        quote("Sollten Aktivisten im Süden aber erneut Flugblätter verbreiten, werde man „das Hundertfache“ an Müll "
              "zurückschicken", "Kim Kang Il", "indirect"),
    ],
    "entities": [
        entity("South Korea", "GPE", "KOR", ["Südkorea", "Seoul", "dem Süden", "im Süden"]),
        entity("North Korea", "GPE", "PRK", ["Nordkorea", "dem Norden", "Pjöngjang", "Nordkoreas"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["Präsident Yoon Suk Yeol"]),
        entity("Cabinet of South Korea", "ORG", "KOR", ["des Kabinetts"]),
        entity("Joint Chiefs of Staff of South Korea", "ORG", "KOR", ["der Generalstab"]),
        entity("Yellow Sea", "LOC", None, ["Gelben Meer"]),
        entity("South Korean Defence Ministry spokesperson", "PER", "KOR",
               ["ein Sprecher des Verteidigungsministeriums"]),
        entity("Ministry of National Defense of South Korea", "ORG", "KOR", ["des Verteidigungsministeriums"]),
        entity("Kim Kang Il", "PER", "PRK", ["Nordkoreas Vizeverteidigungsminister Kim Kang Il", "er"]),
        entity("South Korean activists", "ORG", "KOR", ["Aktivisten im Süden"]),
        entity("Fighters for a Free North Korea", "ORG", "KOR", ["Eine Gruppe nordkoreanischer Überläufer"]),
        entity("Democratic Party of Korea", "ORG", "KOR", ["Die oppositionelle Demokratische Partei"]),
        entity("Government of South Korea", "ORG", "KOR", ["die Regierung"]),
    ],
}

# ---------------------------------------------------------------- hm166-de-03
PRABOWO = actor("Prabowo Subianto", "IDN", "GOV")
HASTO = actor("Hasto Kristiyanto", "IDN", "PTY")
LEMBONG = actor("Thomas Lembong", "IDN", "OPP")
IDN_DPR = actor("House of Representatives of Indonesia", "IDN", "LEG")
IDN_COURT = actor("Jakarta Anti-Corruption Court", "IDN", "JUD")
IDN_GOV = actor("Government of Indonesia", "IDN", "GOV")
PDIP = actor("Indonesian Democratic Party of Struggle", "IDN", "PTY")
ICW = actor("Indonesia Corruption Watch", "IDN", "NGO")
ICW_SP = actor("Indonesia Corruption Watch spokesperson", "IDN", "NGO")
IDN_MOL = actor("Ministry of Law of Indonesia", "IDN", "GOV")
MASIKU = actor("Harun Masiku", "IDN", "PTY")
KPK = actor("Corruption Eradication Commission", "IDN", "GOV")

C1 = ("Indonesiens Präsident Prabowo Subianto hat zwei prominenten Regierungskritikern Straffreiheit gewährt, die "
      "wegen Korruption verurteilt worden waren.")
C2 = ("Das Parlament in Jakarta billigte am Donnerstag eine Amnestie für den Generalsekretär der Partei PDI-P, Hasto "
      "Kristiyanto, sowie die Einstellung des Verfahrens gegen den früheren Handelsminister Thomas Lembong.")
C3 = ("Ein Antikorruptionsgericht in Jakarta hatte Kristiyanto vergangene Woche zu dreieinhalb Jahren Haft "
      "verurteilt, Lembong bereits Mitte Juli zu viereinhalb Jahren.")
C4 = "Beide kamen am Freitag aus der Haft frei."
C5 = "Justizminister Supratman Andi Agtas sagte, der Präsident wolle mit dem Schritt „die nationale Einheit stärken“."
C6 = "Lembong dankte Prabowo, nannte das Urteil gegen ihn aber erneut »politisch motiviert«."
C7 = "Die PDI-P erklärte, sie werde die Regierung Prabowo künftig im Parlament unterstützen."
C8 = "Die Organisation Indonesia Corruption Watch (ICW) kritisierte die Entscheidung scharf."
C9 = ("„Dieser Schritt“, sagte eine ICW-Sprecherin, „untergräbt den Kampf gegen die Korruption und sendet ein "
      "fatales Signal.“")
C10 = ("Eine Amnestie für den seit 2020 flüchtigen Politiker Harun Masiku, in dessen Fall Kristiyanto verurteilt "
       "wurde, schloss das Justizministerium aus.")
C11 = "Die Antikorruptionsbehörde KPK erklärte, sie respektiere die Entscheidung des Präsidenten."

DE03 = {
    "id": "hm166-de-03", "lang": "de", "url": None, "published": "2025-08-01",
    "title": "Indonesien: Prabowo gewährt verurteilten Kritikern Straffreiheit",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7], [C8, C9, C10, C11]),
    "events": [
        event("CONCEDE", PRABOWO, HASTO, C1),
        event("CONCEDE", PRABOWO, LEMBONG, C1),
        event("SUPPORT", IDN_DPR, PRABOWO, C2, date="2025-07-31"),
        event("SANCTION", IDN_COURT, HASTO, C3, mode="convict"),
        event("COERCE", IDN_COURT, HASTO, C3, mode="arrest"),
        event("SANCTION", IDN_COURT, LEMBONG, C3, mode="convict"),
        event("COERCE", IDN_COURT, LEMBONG, C3, mode="arrest"),
        event("RETREAT", IDN_GOV, HASTO, C4, mode="release", date="2025-08-01"),
        event("RETREAT", IDN_GOV, LEMBONG, C4, mode="release", date="2025-08-01"),
        event("SUPPORT", LEMBONG, PRABOWO, C6),
        event("ACCUSE", LEMBONG, IDN_COURT, C6, mode="disapprove"),
        event("AGREE", PDIP, IDN_GOV, C7),
        event("ACCUSE", ICW, PRABOWO, C8, mode="disapprove"),
        event("ACCUSE", ICW_SP, PRABOWO, C9, mode="disapprove"),
        event("CONCEDE", IDN_MOL, MASIKU, C10, negated=True),
        event("SUPPORT", KPK, PRABOWO, C11),
    ],
    "quotes": [
        quote("die nationale Einheit stärken", "Supratman Andi Agtas", "direct"),
        quote("der Präsident wolle mit dem Schritt „die nationale Einheit stärken“", "Supratman Andi Agtas",
              "indirect"),
        quote("politisch motiviert", "Thomas Lembong", "direct"),
        quote("sie werde die Regierung Prabowo künftig im Parlament unterstützen",
              "Indonesian Democratic Party of Struggle", "indirect"),
        quote("Dieser Schritt", "Indonesia Corruption Watch spokesperson", "direct"),
        quote("untergräbt den Kampf gegen die Korruption und sendet ein fatales Signal",
              "Indonesia Corruption Watch spokesperson", "direct"),
        quote("sie respektiere die Entscheidung des Präsidenten", "Corruption Eradication Commission", "indirect"),
    ],
    "entities": [
        entity("Prabowo Subianto", "PER", "IDN",
               ["Indonesiens Präsident Prabowo Subianto", "Prabowo", "der Präsident", "des Präsidenten"]),
        entity("Indonesia", "GPE", "IDN", ["Indonesiens"]),
        entity("House of Representatives of Indonesia", "ORG", "IDN", ["Das Parlament in Jakarta", "im Parlament"]),
        entity("Jakarta", "LOC", "IDN", ["Jakarta"]),
        entity("Indonesian Democratic Party of Struggle", "ORG", "IDN", ["der Partei PDI-P", "Die PDI-P"]),
        entity("Hasto Kristiyanto", "PER", "IDN",
               ["den Generalsekretär der Partei PDI-P, Hasto Kristiyanto", "Kristiyanto"]),
        entity("Thomas Lembong", "PER", "IDN", ["den früheren Handelsminister Thomas Lembong", "Lembong", "ihn"]),
        entity("Jakarta Anti-Corruption Court", "ORG", "IDN", ["Ein Antikorruptionsgericht in Jakarta"]),
        entity("Supratman Andi Agtas", "PER", "IDN", ["Justizminister Supratman Andi Agtas"]),
        entity("Government of Indonesia", "ORG", "IDN", ["die Regierung Prabowo"]),
        entity("Indonesia Corruption Watch", "ORG", "IDN",
               ["Die Organisation Indonesia Corruption Watch (ICW)", "ICW"]),
        entity("Indonesia Corruption Watch spokesperson", "PER", "IDN", ["eine ICW-Sprecherin"]),
        entity("Harun Masiku", "PER", "IDN", ["den seit 2020 flüchtigen Politiker Harun Masiku"]),
        entity("Ministry of Law of Indonesia", "ORG", "IDN", ["das Justizministerium"]),
        entity("Corruption Eradication Commission", "ORG", "IDN", ["Die Antikorruptionsbehörde KPK", "sie"]),
    ],
}

# ---------------------------------------------------------------- hm166-de-04
SHAH = actor("Syed Mansoor Ali Shah", "PAK", "JUD")
MINALLAH = actor("Athar Minallah", "PAK", "JUD")
PAK_GOV = actor("Government of Pakistan", "PAK", "GOV")
TARAR = actor("Azam Nazeer Tarar", "PAK", "GOV")
PTI = actor("Pakistan Tehreek-e-Insaf", "PAK", "OPP")
PAK_NA = actor("National Assembly of Pakistan", "PAK", "LEG")
PAK_LAWYERS = actor("Pakistani lawyers", "PAK", "CVL")
ICJ = actor("International Commission of Jurists", "NGO", "NGO")

D1 = "Aus Protest gegen eine umstrittene Verfassungsänderung sind in Pakistan zwei Richter des Obersten Gerichts zurückgetreten."
D2 = ("Syed Mansoor Ali Shah und Athar Minallah reichten am Donnerstag ihren Rücktritt ein, wenige Stunden nachdem "
      "Präsident Asif Ali Zardari die 27. Verfassungsänderung unterzeichnet hatte.")
D3 = ("Die Änderung schafft ein neues Bundesverfassungsgericht, das dem Obersten Gericht die Zuständigkeit für "
      "Verfassungsfragen entzieht.")
D4 = "Zudem wird Armeechef Asim Munir Oberbefehlshaber aller Teilstreitkräfte und erhält lebenslange Immunität."
D5 = "Die Änderung sei ein „schwerer Angriff auf die Verfassung“, schrieb Shah in seinem Rücktrittsschreiben."
D6 = "Sie zerschlage die Einheit der Justiz und unterwerfe die Gerichte der Regierung."
D7 = "Minallah erklärte, die Verfassung, auf die er einen Eid geleistet habe, existiere nicht mehr."
D8 = "Justizminister Azam Nazeer Tarar warf den beiden Richtern vor, aus politischen Motiven zu handeln."
D9 = ("Abgeordnete der Oppositionspartei PTI des inhaftierten Ex-Premiers Imran Khan hatten die Abstimmung in der "
      "Nationalversammlung boykottiert.")
D10 = "Anwälte in Lahore und Karachi blieben am Freitag aus Protest den Gerichten fern."
D11 = "Die Internationale Juristenkommission (ICJ) forderte die Regierung auf, die Änderung zurückzunehmen."
D12 = "Am Freitag wurde Aminuddin Khan als erster Präsident des neuen Gerichts vereidigt."

DE04 = {
    "id": "hm166-de-04", "lang": "de", "url": None, "published": "2025-11-14",
    "title": "Pakistan: Zwei Richter des Obersten Gerichts treten aus Protest zurück",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8], [D9, D10, D11, D12]),
    "events": [
        event("RETREAT", SHAH, None, D1, mode="resign", date="2025-11-13"),
        event("RETREAT", MINALLAH, None, D1, mode="resign", date="2025-11-13"),
        event("RETREAT", SHAH, None, D2, mode="resign", date="2025-11-13"),
        event("RETREAT", MINALLAH, None, D2, mode="resign", date="2025-11-13"),
        event("ACCUSE", SHAH, PAK_GOV, D5, mode="disapprove"),
        event("ACCUSE", SHAH, PAK_GOV, D6, mode="disapprove"),
        event("ACCUSE", MINALLAH, PAK_GOV, D7, mode="disapprove"),
        event("ACCUSE", TARAR, SHAH, D8, mode="allege"),
        event("ACCUSE", TARAR, MINALLAH, D8, mode="allege"),
        event("PROTEST", PTI, PAK_NA, D9, mode="boycott"),
        event("PROTEST", PAK_LAWYERS, PAK_GOV, D10, mode="strike", date="2025-11-14"),
        event("REQUEST", ICJ, PAK_GOV, D11, mode="change"),
    ],
    "quotes": [
        quote("schwerer Angriff auf die Verfassung", "Syed Mansoor Ali Shah", "direct"),
        quote("Die Änderung sei ein „schwerer Angriff auf die Verfassung“", "Syed Mansoor Ali Shah", "indirect"),
        quote("Sie zerschlage die Einheit der Justiz und unterwerfe die Gerichte der Regierung",
              "Syed Mansoor Ali Shah", "indirect"),
        quote("die Verfassung, auf die er einen Eid geleistet habe, existiere nicht mehr", "Athar Minallah",
              "indirect"),
        quote("aus politischen Motiven zu handeln", "Azam Nazeer Tarar", "indirect"),
    ],
    "entities": [
        entity("Pakistan", "GPE", "PAK", ["Pakistan"]),
        entity("Supreme Court of Pakistan", "ORG", "PAK", ["des Obersten Gerichts", "dem Obersten Gericht"]),
        entity("Syed Mansoor Ali Shah", "PER", "PAK", ["Syed Mansoor Ali Shah", "Shah"]),
        entity("Athar Minallah", "PER", "PAK", ["Athar Minallah", "Minallah", "er"]),
        entity("Asif Ali Zardari", "PER", "PAK", ["Präsident Asif Ali Zardari"]),
        entity("Federal Constitutional Court of Pakistan", "ORG", "PAK",
               ["ein neues Bundesverfassungsgericht", "des neuen Gerichts"]),
        entity("Asim Munir", "PER", "PAK", ["Armeechef Asim Munir"]),
        entity("Government of Pakistan", "ORG", "PAK", ["der Regierung", "die Regierung"]),
        entity("Azam Nazeer Tarar", "PER", "PAK", ["Justizminister Azam Nazeer Tarar"]),
        entity("Pakistan Tehreek-e-Insaf", "ORG", "PAK", ["Abgeordnete der Oppositionspartei PTI"]),
        entity("Imran Khan", "PER", "PAK", ["des inhaftierten Ex-Premiers Imran Khan"]),
        entity("National Assembly of Pakistan", "ORG", "PAK", ["Nationalversammlung"]),
        entity("Pakistani lawyers", "ORG", "PAK", ["Anwälte in Lahore und Karachi"]),
        entity("Lahore", "LOC", "PAK", ["Lahore"]),
        entity("Karachi", "LOC", "PAK", ["Karachi"]),
        entity("International Commission of Jurists", "ORG", "NGO", ["Die Internationale Juristenkommission (ICJ)"]),
        entity("Aminuddin Khan", "PER", "PAK", ["Aminuddin Khan"]),
    ],
}

# ---------------------------------------------------------------- hm166-en-01
LI = actor("Li Qiang", "CHN", "GOV")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
CHN = actor("China", "CHN", "GOV")
AUS = actor("Australia", "AUS", "GOV")
DUTTON = actor("Peter Dutton", "AUS", "OPP")
CHN_EMB_OFF = actor("Chinese embassy officials", "CHN", "GOV")
CHENG = actor("Cheng Lei", "AUS", "CVL")
AUS_GOV = actor("Government of Australia", "AUS", "GOV")
CHN_EMB = actor("Embassy of China in Australia", "CHN", "GOV")
BIRMINGHAM = actor("Simon Birmingham", "AUS", "OPP")
AUS_ACTIVISTS = actor("human rights activists", "AUS", "CVL")

E1 = ("Chinese Premier Li Qiang held talks with Prime Minister Anthony Albanese in Canberra on Monday, the first "
      "visit to Australia by a Chinese premier in seven years.")
E2 = ("The two leaders agreed to keep stabilising relations after years of trade disputes, and Beijing said it "
      "would add Australia to its visa-free travel scheme.")
E3 = "“We are better off,” Albanese said, “when we talk to each other.”"
E4 = ("The two sides signed agreements on climate change, education and trade, and China will lend a new pair of "
      "giant pandas to Adelaide Zoo.")
E5 = ("The visit was overshadowed by a row over Chinese embassy officials who tried to block Australian journalist "
      "Cheng Lei from television cameras at a signing ceremony.")
E6 = ("Cheng, a former anchor for Chinese state television, said the officials had deliberately stood in front of "
      "her.")
E7 = "Foreign Minister Penny Wong said the government had complained to the Chinese embassy."
E8 = "Opposition foreign affairs spokesman Simon Birmingham called the officials’ behaviour “petty and pathetic.”"
E9 = ("Albanese said he had raised the case of detained Australian writer Yang Hengjun as well as recent unsafe "
      "encounters between the two countries’ militaries.")
E10 = "Li urged Canberra to treat Chinese companies fairly when screening foreign investment."
E11 = "He later met Opposition Leader Peter Dutton."
E12 = ("Outside Parliament House, several hundred human rights activists protested against Beijing’s treatment of "
       "Tibetans, Uyghurs and Hong Kong democracy campaigners.")

EN01 = {
    "id": "hm166-en-01", "lang": "en", "url": None, "published": "2024-06-17",
    "title": "Li Qiang offers visa-free travel and pandas, but a row over a journalist clouds Canberra visit",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8], [E9, E10, E11, E12]),
    "events": [
        event("CONSULT", LI, ALBANESE, E1, mode="visit", date="2024-06-17", location="Canberra",
              location_country="AUS"),
        event("AGREE", LI, ALBANESE, E2, date="2024-06-17"),
        event("CONCEDE", CHN, AUS, E2),
        event("SUPPORT", CHN, AUS, E4),
        event("AGREE", CHN, AUS, E4),
        event("COERCE", CHN_EMB_OFF, CHENG, E5, mode="censor", date="2024-06-17", location="Canberra",
              location_country="AUS"),
        event("ACCUSE", CHENG, CHN_EMB_OFF, E6, mode="allege"),
        event("ACCUSE", AUS_GOV, CHN_EMB, E7, mode="disapprove"),
        event("ACCUSE", BIRMINGHAM, CHN_EMB_OFF, E8, mode="disapprove"),
        event("ACCUSE", ALBANESE, CHN, E9, mode="disapprove"),
        event("REQUEST", LI, AUS, E10, mode="change"),
        event("CONSULT", LI, DUTTON, E11),
        event("PROTEST", AUS_ACTIVISTS, CHN, E12, mode="demo", date="2024-06-17", location="Canberra",
              location_country="AUS"),
    ],
    "quotes": [
        quote("it would add Australia to its visa-free travel scheme", "China", "indirect"),
        quote("We are better off", "Anthony Albanese", "direct"),
        quote("when we talk to each other", "Anthony Albanese", "direct"),
        quote("the officials had deliberately stood in front of her", "Cheng Lei", "indirect"),
        quote("the government had complained to the Chinese embassy", "Penny Wong", "indirect"),
        quote("petty and pathetic", "Simon Birmingham", "direct"),
        quote("he had raised the case of detained Australian writer Yang Hengjun as well as recent unsafe "
              "encounters between the two countries’ militaries", "Anthony Albanese", "indirect"),
    ],
    "entities": [
        entity("Li Qiang", "PER", "CHN", ["Chinese Premier Li Qiang", "Li", "He"]),
        entity("Anthony Albanese", "PER", "AUS", ["Prime Minister Anthony Albanese", "Albanese", "he"]),
        entity("Canberra", "LOC", "AUS", ["Canberra"]),
        entity("Australia", "GPE", "AUS", ["Australia", "Canberra"]),
        entity("China", "GPE", "CHN", ["Beijing", "China", "Beijing’s"]),
        entity("Adelaide Zoo", "LOC", "AUS", ["Adelaide Zoo"]),
        entity("Chinese embassy officials", "ORG", "CHN", ["Chinese embassy officials", "the officials"]),
        entity("Cheng Lei", "PER", "AUS", ["Australian journalist Cheng Lei", "Cheng", "her"]),
        entity("Penny Wong", "PER", "AUS", ["Foreign Minister Penny Wong"]),
        entity("Government of Australia", "ORG", "AUS", ["the government"]),
        entity("Embassy of China in Australia", "ORG", "CHN", ["the Chinese embassy"]),
        entity("Simon Birmingham", "PER", "AUS", ["Opposition foreign affairs spokesman Simon Birmingham"]),
        entity("Yang Hengjun", "PER", "AUS", ["detained Australian writer Yang Hengjun"]),
        entity("Peter Dutton", "PER", "AUS", ["Opposition Leader Peter Dutton"]),
        entity("Parliament House", "LOC", "AUS", ["Parliament House"]),
        entity("human rights activists", "ORG", "AUS", ["several hundred human rights activists"]),
        entity("Hong Kong", "LOC", "CHN", ["Hong Kong"]),
    ],
}

# ---------------------------------------------------------------- hm166-en-02
IND_SECFOR = actor("Indian security forces", "IND", "COP")
CPIM_MAOIST = actor("Communist Party of India (Maoist)", "IND", "REB")
DRG = actor("District Reserve Guard", "IND", "COP")
SHAH_A = actor("Amit Shah", "IND", "GOV")
MODI = actor("Narendra Modi", "IND", "GOV")
IND_GOV = actor("Government of India", "IND", "GOV")
CPIM = actor("Communist Party of India (Marxist)", "IND", "OPP")
BASTAR_ACT = actor("Bastar rights activists", "IND", "NGO")
CG_POLICE = actor("Chhattisgarh Police", "IND", "COP")

F1 = ("Indian security forces killed the leader of the banned Communist Party of India (Maoist) and at least 26 "
      "other rebels in a gunfight in Narayanpur district in the central state of Chhattisgarh on Wednesday.")
F2 = ("Nambala Keshava Rao, known as Basavaraju, had headed the insurgent group since 2018 and was wanted for "
      "dozens of attacks on police and politicians.")
F3 = "The rebels killed one member of the state’s District Reserve Guard and wounded several others."
F4 = ("Home Minister Amit Shah hailed the operation as “a landmark achievement in the battle to eliminate "
      "Naxalism.”")
F5 = "Prime Minister Narendra Modi praised the forces’ “remarkable success” on social media."
F6 = "Shah has vowed to wipe out the Maoist insurgency by March next year."
F7 = ("In April, the rebels offered a ceasefire and peace talks in an open letter, but the government rejected "
      "negotiations unless they laid down their arms.")
F8 = "“There will be no talks with those who carry guns,” Shah said at the time."
F9 = ("The Communist Party of India (Marxist) condemned the killings and urged the government to accept the "
      "rebels’ offer.")
F10 = ("Rights activists in the Bastar region accused the police of killing villagers in staged gunfights and "
       "demanded an independent inquiry.")
F11 = "Police said they had recovered a large cache of rifles and explosives from the site."
F12 = "Thousands of people have been killed in the insurgency since the late 1960s."

EN02 = {
    "id": "hm166-en-02", "lang": "en", "url": None, "published": "2025-05-21",
    "title": "Indian forces kill Maoist chief Basavaraju in Chhattisgarh gunfight",
    "text": paragraphs([F1, F2, F3, F4, F5], [F6, F7, F8], [F9, F10, F11, F12]),
    "events": [
        event("ASSAULT", IND_SECFOR, CPIM_MAOIST, F1, mode="firearms", date="2025-05-21", location="Narayanpur",
              location_country="IND"),
        event("ASSAULT", CPIM_MAOIST, DRG, F3, mode="firearms", date="2025-05-21", location="Narayanpur",
              location_country="IND"),
        event("SUPPORT", SHAH_A, IND_SECFOR, F4),
        event("SUPPORT", MODI, IND_SECFOR, F5),
        event("THREATEN", SHAH_A, CPIM_MAOIST, F6, mode="violence"),
        event("AGREE", CPIM_MAOIST, IND_GOV, F7),
        event("REJECT", IND_GOV, CPIM_MAOIST, F7, mode="meet"),
        event("REJECT", SHAH_A, CPIM_MAOIST, F8, mode="meet"),
        event("ACCUSE", CPIM, IND_SECFOR, F9, mode="disapprove"),
        event("REQUEST", CPIM, IND_GOV, F9, mode="meet"),
        event("ACCUSE", BASTAR_ACT, CG_POLICE, F10, mode="allege"),
        event("REQUEST", BASTAR_ACT, None, F10),
        event("COERCE", CG_POLICE, CPIM_MAOIST, F11, mode="seize", location="Narayanpur", location_country="IND"),
    ],
    "quotes": [
        quote("a landmark achievement in the battle to eliminate Naxalism", "Amit Shah", "direct"),
        quote("remarkable success", "Narendra Modi", "direct"),
        quote("There will be no talks with those who carry guns", "Amit Shah", "direct"),
        quote("they had recovered a large cache of rifles and explosives from the site", "Chhattisgarh Police",
              "indirect"),
    ],
    "entities": [
        entity("Indian security forces", "ORG", "IND", ["Indian security forces", "the forces’"]),
        entity("Communist Party of India (Maoist)", "ORG", "IND",
               ["the banned Communist Party of India (Maoist)", "the insurgent group", "The rebels", "the rebels",
                "the rebels’", "they"]),
        entity("Nambala Keshava Rao", "PER", "IND",
               ["the leader of the banned Communist Party of India (Maoist)", "Nambala Keshava Rao", "Basavaraju"]),
        entity("Narayanpur", "LOC", "IND", ["Narayanpur district"]),
        entity("Chhattisgarh", "LOC", "IND", ["the central state of Chhattisgarh", "the state’s"]),
        entity("District Reserve Guard", "ORG", "IND", ["the state’s District Reserve Guard"]),
        entity("Amit Shah", "PER", "IND", ["Home Minister Amit Shah", "Shah"]),
        entity("Narendra Modi", "PER", "IND", ["Prime Minister Narendra Modi"]),
        entity("Government of India", "ORG", "IND", ["the government"]),
        entity("Communist Party of India (Marxist)", "ORG", "IND", ["The Communist Party of India (Marxist)"]),
        entity("Bastar rights activists", "ORG", "IND", ["Rights activists in the Bastar region"]),
        entity("Bastar", "LOC", "IND", ["the Bastar region"]),
        entity("Chhattisgarh Police", "ORG", "IND", ["the police", "Police"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
