"""Round 212: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm212-de-01: Malaysia's Court of Appeal lets Najib Razak pursue his claim to a royal house-arrest addendum; rally in Putrajaya despite police warnings, road closures, PAS accuses Anwar's government, the Attorney General appeals, Bersih demands disclosure (2025-01-06).
- hm212-de-02: Islamabad police arrest PTI lawmakers including Gohar Ali Khan, some inside parliament, after the Sangjani rally and Gandapur's threat; tear gas, Tarar's criticism, Speaker Ayaz Sadiq orders an inquiry and suspends staff, PTI walkout, Gohar freed (2024-09-10).
- hm212-de-03: Prosecutors in Jeonju indict former South Korean president Moon Jae-in for bribery over his ex-son-in-law's airline job; Moon's office and the Democratic Party object, the PPP welcomes it, Lee Jae-myung's conditional pledge (2025-04-24).
- hm212-de-04: After the death of Inqilab Mancha's Sharif Osman Hadi, protesters set fire to the Prothom Alo and Daily Star offices in Dhaka; soldiers rescue journalists, tear gas at the Indian High Commission, Yunus vows justice, Dhaka and New Delhi summon each other's envoys (2025-12-19).
- hm212-en-01: The UN Security Council endorses Trump's Gaza plan with a Board of Peace and a stabilisation force as Russia and China abstain; Hamas rejects it, the Palestinian Authority welcomes it, Nebenzia objects, Prabowo offers troops, Netanyahu threatens Hamas (2025-11-18).
- hm212-en-02: Two police officers shot dead at a property near Porepunkah, Victoria; manhunt for Dezi Freeman with 450 officers, NSW and federal help, lockdowns, Bush urges surrender, Albanese condemns, Allan promises support (2025-08-27).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm212-de-01
NAJIB = actor("Najib Razak", "MYS", "PTY")
COA = actor("Court of Appeal of Malaysia", "MYS", "JUD")
PARDONS = actor("Pardons Board", "MYS", "GOV")
SUPPORTERS = actor("Najib Razak supporters", "MYS", "CVL")
MYS_GOV = actor("Malaysia", "MYS", "GOV")
RAZARUDIN = actor("Razarudin Husain", "MYS", "COP")
MYS_POLICE = actor("Royal Malaysia Police", "MYS", "COP")
NIZAR = actor("Nizar Najib", "MYS", "PTY")
PAS = actor("Malaysian Islamic Party", "MYS", "OPP")
ANWAR = actor("Anwar Ibrahim", "MYS", "GOV")
AGC = actor("Attorney General's Chambers", "MYS", "GOV")
BERSIH = actor("Bersih", "MYS", "NGO")
ZAHID = actor("Ahmad Zahid Hamidi", "MYS", "GOV")

N1 = "Malaysias früherer Regierungschef Najib Razak hat im Streit um einen möglichen Hausarrest einen Etappensieg errungen."
N2 = ("Das Berufungsgericht in Putrajaya entschied am Montag mit zwei zu eins Stimmen, dass Najibs Klage auf "
      "Herausgabe einer angeblichen Zusatzverfügung des früheren Königs verhandelt werden muss.")
N3 = ("Der 71-Jährige verbüßt seit 2022 eine Haftstrafe wegen Korruption im Skandal um den Staatsfonds 1MDB, die eine "
      "Begnadigungskommission im vergangenen Jahr auf sechs Jahre halbiert hatte.")
N4 = "Vor dem Justizpalast versammelten sich Tausende Anhänger Najibs, um seine Freilassung zu fordern."
N5 = ("Polizeichef Razarudin Husain hatte zuvor gewarnt, wer an der nicht genehmigten Kundgebung teilnehme, müsse mit "
      "Ermittlungen rechnen.")
N6 = "Die Polizei sperrte mehrere Zufahrtsstraßen zum Regierungsviertel."
N7 = "„Das ist ein Sieg für die Gerechtigkeit“, rief Najibs Sohn Nizar der jubelnden Menge zu."
N8 = ("Die oppositionelle Islamische Partei PAS, deren Anhänger ebenfalls nach Putrajaya gekommen waren, warf der "
      "Regierung von Premierminister Anwar Ibrahim vor, die Verfügung monatelang verschwiegen zu haben.")
N9 = "Regierungssprecher Fahmi Fadzil wies dies zurück."
N10 = "Die Regierung respektiere die Entscheidung des Gerichts und werde sich nicht in das Verfahren einmischen, sagte er."
N11 = "Die Generalstaatsanwaltschaft kündigte an, gegen das Urteil vor das Bundesgericht zu ziehen."
N12 = "Die Bürgerrechtsbewegung Bersih verlangte, die Regierung müsse offenlegen, ob es die Verfügung tatsächlich gebe."
N13 = ("Najibs Partei UMNO, die der Regierungskoalition angehört, begrüßte das Urteil; ihr Vorsitzender, Vize-Premier "
       "Ahmad Zahid Hamidi, sprach von einem „Lichtblick“.")

DE01 = {
    "id": "hm212-de-01", "lang": "de", "url": None, "published": "2025-01-06",
    "title": "Malaysia: Najib erringt Etappensieg im Streit um Hausarrest",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6, N7], [N8, N9, N10, N11, N12, N13]),
    "events": [
        event("SUPPORT", COA, NAJIB, N2, date="2025-01-06", location="Putrajaya", location_country="MYS"),
        event("CONCEDE", PARDONS, NAJIB, N3),
        event("PROTEST", SUPPORTERS, MYS_GOV, N4, mode="demo", location="Putrajaya", location_country="MYS"),
        event("THREATEN", RAZARUDIN, SUPPORTERS, N5, mode="arrest"),
        event("COERCE", MYS_POLICE, None, N6, mode="restrict", location="Putrajaya", location_country="MYS"),
        event("SUPPORT", NIZAR, COA, N7),
        event("ACCUSE", PAS, ANWAR, N8, mode="allege"),
        event("ACCUSE", AGC, NAJIB, N11, mode="allege"),
        event("REQUEST", BERSIH, MYS_GOV, N12, mode="change"),
        event("SUPPORT", actor("United Malays National Organisation", "MYS", "PTY"), COA, N13),
        event("SUPPORT", ZAHID, COA, N13),
    ],
    "quotes": [
        quote("wer an der nicht genehmigten Kundgebung teilnehme, müsse mit Ermittlungen rechnen", "Razarudin Husain",
              "indirect"),
        quote("Das ist ein Sieg für die Gerechtigkeit", "Nizar Najib", "direct"),
        quote("die Verfügung monatelang verschwiegen zu haben", "Malaysian Islamic Party", "indirect"),
        quote("Die Regierung respektiere die Entscheidung des Gerichts und werde sich nicht in das Verfahren "
              "einmischen", "Fahmi Fadzil", "indirect"),
        quote("die Regierung müsse offenlegen, ob es die Verfügung tatsächlich gebe", "Bersih", "indirect"),
        quote("Lichtblick", "Ahmad Zahid Hamidi", "direct"),
    ],
    "entities": [
        entity("Malaysia", "GPE", "MYS", ["Malaysias"]),
        entity("Najib Razak", "PER", "MYS",
               ["Malaysias früherer Regierungschef Najib Razak", "Najibs", "Der 71-Jährige", "seine"]),
        entity("Court of Appeal of Malaysia", "ORG", "MYS", ["Das Berufungsgericht", "des Gerichts"]),
        entity("Putrajaya", "LOC", "MYS", ["Putrajaya"]),
        entity("Sultan Abdullah of Pahang", "PER", "MYS", ["des früheren Königs"]),
        entity("1Malaysia Development Berhad", "ORG", "MYS", ["Staatsfonds 1MDB"]),
        entity("Pardons Board", "ORG", "MYS", ["Begnadigungskommission"]),
        entity("Palace of Justice", "LOC", "MYS", ["dem Justizpalast"]),
        entity("Najib Razak supporters", "ORG", "MYS", ["Tausende Anhänger Najibs"]),
        entity("Razarudin Husain", "PER", "MYS", ["Polizeichef Razarudin Husain"]),
        entity("Royal Malaysia Police", "ORG", "MYS", ["Die Polizei"]),
        entity("Nizar Najib", "PER", "MYS", ["Najibs Sohn Nizar"]),
        entity("Malaysian Islamic Party", "ORG", "MYS", ["Die oppositionelle Islamische Partei PAS"]),
        entity("Anwar Ibrahim", "PER", "MYS", ["Premierminister Anwar Ibrahim"]),
        entity("Fahmi Fadzil", "PER", "MYS", ["Regierungssprecher Fahmi Fadzil", "er"]),
        entity("Attorney General's Chambers", "ORG", "MYS", ["Die Generalstaatsanwaltschaft"]),
        entity("Federal Court of Malaysia", "ORG", "MYS", ["das Bundesgericht"]),
        entity("Bersih", "ORG", "MYS", ["Die Bürgerrechtsbewegung Bersih"]),
        entity("United Malays National Organisation", "ORG", "MYS", ["Najibs Partei UMNO"]),
        entity("Ahmad Zahid Hamidi", "PER", "MYS", ["ihr Vorsitzender, Vize-Premier Ahmad Zahid Hamidi"]),
    ],
}

# ---------------------------------------------------------------- hm212-de-02
ISB_POLICE = actor("Islamabad Police", "PAK", "COP")
PTI_MNAS = actor("PTI lawmakers", "PAK", "OPP")
GOHAR = actor("Gohar Ali Khan", "PAK", "OPP")
MARWAT = actor("Sher Afzal Marwat", "PAK", "OPP")
PTI_SUPP = actor("PTI supporters", "PAK", "OPP")
PAK_GOV = actor("Pakistan", "PAK", "GOV")
GANDAPUR = actor("Ali Amin Gandapur", "PAK", "GOV")
TARAR = actor("Attaullah Tarar", "PAK", "GOV")
SADIQ = actor("Ayaz Sadiq", "PAK", "LEG")
SERGEANT = actor("National Assembly Sergeant-at-Arms", "PAK", "LEG")

P1 = ("Die pakistanische Polizei hat mehrere Abgeordnete der Partei des inhaftierten Ex-Premiers Imran Khan "
      "festgenommen, einige davon im Parlamentsgebäude in Islamabad.")
P2 = ("Unter den Festgenommenen seien Parteichef Gohar Ali Khan und der Abgeordnete Sher Afzal Marwat, teilte die "
      "Partei Pakistan Tehreek-e-Insaf (PTI) mit.")
P3 = ("Die Polizei wirft ihnen Verstöße gegen ein neues Versammlungsgesetz vor, weil eine Kundgebung am Sonntag "
      "länger als erlaubt gedauert habe.")
P4 = "Bei der Kundgebung in Sangjani am Stadtrand hatten Zehntausende Khans Freilassung gefordert."
P5 = "Auf dem Weg dorthin setzten Polizisten Tränengas gegen Anhänger ein, die Containersperren beiseiteschoben."
P6 = ("Der Regierungschef der Provinz Khyber Pakhtunkhwa, Ali Amin Gandapur, drohte in seiner Rede, Khan notfalls "
      "selbst aus dem Gefängnis zu holen, sollte er nicht binnen zwei Wochen freikommen.")
P7 = "Informationsminister Attaullah Tarar nannte die Rede „eine Kriegserklärung an den Staat“."
P8 = ("Parlamentspräsident Ayaz Sadiq ordnete eine Untersuchung der Festnahmen im Parlament an und suspendierte den "
      "Sicherheitschef des Hauses sowie vier weitere Mitarbeiter.")
P9 = "„Was letzte Nacht geschehen ist, ist ein Angriff auf das Parlament“, sagte Sadiq."
P10 = "Er ordnete zudem an, die festgenommenen Abgeordneten zur nächsten Sitzung vorzuführen."
P11 = "Die PTI-Abgeordneten verließen am Dienstag aus Protest die Sitzung der Nationalversammlung."
P12 = "Am Abend ließ die Polizei Gohar Ali Khan wieder frei."

DE02 = {
    "id": "hm212-de-02", "lang": "de", "url": None, "published": "2024-09-10",
    "title": "Pakistan: Polizei nimmt Oppositionsabgeordnete im Parlament fest",
    "text": paragraphs([P1, P2, P3], [P4, P5, P6, P7], [P8, P9, P10, P11, P12]),
    "events": [
        event("COERCE", ISB_POLICE, PTI_MNAS, P1, mode="arrest", location="Islamabad", location_country="PAK"),
        event("COERCE", ISB_POLICE, GOHAR, P2, mode="arrest"),
        event("COERCE", ISB_POLICE, MARWAT, P2, mode="arrest"),
        event("ACCUSE", ISB_POLICE, PTI_MNAS, P3, mode="allege"),
        event("PROTEST", PTI_SUPP, PAK_GOV, P4, mode="demo", date="2024-09-08", location="Sangjani",
              location_country="PAK"),
        event("ASSAULT", ISB_POLICE, PTI_SUPP, P5, mode="crowd-control", date="2024-09-08"),
        event("THREATEN", GANDAPUR, PAK_GOV, P6),
        event("ACCUSE", TARAR, GANDAPUR, P7, mode="disapprove"),
        event("ACCUSE", SADIQ, ISB_POLICE, P8, mode="investigate"),
        event("SANCTION", SADIQ, SERGEANT, P8, mode="expel"),
        event("ACCUSE", SADIQ, ISB_POLICE, P9, mode="disapprove"),
        event("REQUEST", SADIQ, ISB_POLICE, P10, mode="yield"),
        event("PROTEST", PTI_MNAS, PAK_GOV, P11, mode="boycott", date="2024-09-10"),
        event("RETREAT", ISB_POLICE, GOHAR, P12, mode="release", date="2024-09-10"),
    ],
    "quotes": [
        quote("Unter den Festgenommenen seien Parteichef Gohar Ali Khan und der Abgeordnete Sher Afzal Marwat",
              "Pakistan Tehreek-e-Insaf", "indirect"),
        quote("eine Kundgebung am Sonntag länger als erlaubt gedauert habe", "Islamabad Police", "indirect"),
        quote("Khan notfalls selbst aus dem Gefängnis zu holen, sollte er nicht binnen zwei Wochen freikommen",
              "Ali Amin Gandapur", "indirect"),
        quote("eine Kriegserklärung an den Staat", "Attaullah Tarar", "direct"),
        quote("Was letzte Nacht geschehen ist, ist ein Angriff auf das Parlament", "Ayaz Sadiq", "direct"),
    ],
    "entities": [
        entity("Islamabad Police", "ORG", "PAK", ["Die pakistanische Polizei", "Die Polizei", "Polizisten",
                                                 "die Polizei"]),
        entity("Imran Khan", "PER", "PAK", ["inhaftierten Ex-Premiers Imran Khan", "Khans", "Khan"]),
        entity("Parliament House", "LOC", "PAK", ["Parlamentsgebäude"]),
        entity("Islamabad", "LOC", "PAK", ["Islamabad"]),
        entity("Gohar Ali Khan", "PER", "PAK", ["Parteichef Gohar Ali Khan", "Gohar Ali Khan"]),
        entity("Sher Afzal Marwat", "PER", "PAK", ["der Abgeordnete Sher Afzal Marwat"]),
        entity("Pakistan Tehreek-e-Insaf", "ORG", "PAK", ["Partei Pakistan Tehreek-e-Insaf (PTI)", "PTI-Abgeordneten"]),
        entity("Sangjani", "LOC", "PAK", ["Sangjani"]),
        entity("PTI supporters", "ORG", "PAK", ["Zehntausende", "Anhänger"]),
        entity("Ali Amin Gandapur", "PER", "PAK",
               ["Der Regierungschef der Provinz Khyber Pakhtunkhwa, Ali Amin Gandapur"]),
        entity("Khyber Pakhtunkhwa", "LOC", "PAK", ["Provinz Khyber Pakhtunkhwa"]),
        entity("Attaullah Tarar", "PER", "PAK", ["Informationsminister Attaullah Tarar"]),
        entity("Ayaz Sadiq", "PER", "PAK", ["Parlamentspräsident Ayaz Sadiq", "Sadiq", "Er"]),
        entity("National Assembly of Pakistan", "ORG", "PAK", ["das Parlament", "Nationalversammlung"]),
    ],
}

# ---------------------------------------------------------------- hm212-de-03
JEONJU = actor("Jeonju District Prosecutors' Office", "KOR", "JUD")
MOON = actor("Moon Jae-in", "KOR", "PTY")
LEE_SJ = actor("Lee Sang-jik", "KOR", "BUS")
DP = actor("Democratic Party of Korea", "KOR", "OPP")
PARK = actor("Park Chan-dae", "KOR", "LEG")
PPP = actor("People Power Party", "KOR", "PTY")
MOON_DH = actor("Moon Da-hye", "KOR", "CVL")
CCOURT = actor("Constitutional Court of Korea", "KOR", "JUD")
YOON = actor("Yoon Suk Yeol", "KOR", "GOV")

M1 = "Die südkoreanische Staatsanwaltschaft hat den früheren Präsidenten Moon Jae-in wegen Bestechlichkeit angeklagt."
M2 = ("Die Ermittler in Jeonju werfen ihm vor, dass eine Billigfluggesellschaft seinem damaligen Schwiegersohn rund "
      "217 Millionen Won an Gehalt und Wohnkosten gezahlt habe.")
M3 = ("Im Gegenzug soll der Gründer der Airline, der frühere Abgeordnete Lee Sang-jik, an die Spitze einer staatlichen "
      "Behörde berufen worden sein.")
M4 = "Auch Lee wurde angeklagt."
M5 = "Moons Büro wies die Vorwürfe zurück und sprach von einer Anklage mit „vorab feststehendem Ergebnis“."
M6 = "Die Demokratische Partei, die im Parlament die Mehrheit hält, verurteilte den Schritt als „politische Rache“."
M7 = ("„Die Staatsanwaltschaft versucht, sich in den Wahlkampf einzumischen“, sagte Fraktionschef Park Chan-dae, "
      "„aber das Volk wird sich nicht täuschen lassen.“")
M8 = ("Der aussichtsreichste Präsidentschaftsbewerber der Partei, Lee Jae-myung, kündigte an, im Falle eines Wahlsiegs "
      "die Befugnisse der Staatsanwaltschaft zu beschneiden.")
M9 = "Die konservative Partei Macht des Volkes begrüßte die Anklage."
M10 = "Niemand stehe über dem Gesetz, auch kein früherer Präsident, sagte ein Sprecher."
M11 = "Die Ermittler hatten im vergangenen Jahr die Wohnung von Moons Tochter Moon Da-hye durchsucht."
M12 = "Moons Nachfolger Yoon Suk Yeol war Anfang April vom Verfassungsgericht des Amtes enthoben worden."
M13 = "Am 3. Juni wählen die Südkoreaner einen neuen Präsidenten."

DE03 = {
    "id": "hm212-de-03", "lang": "de", "url": None, "published": "2025-04-24",
    "title": "Südkoreas Ex-Präsident Moon wegen Bestechlichkeit angeklagt",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6, M7, M8], [M9, M10, M11, M12, M13]),
    "events": [
        event("ACCUSE", JEONJU, MOON, M1, mode="allege"),
        event("ACCUSE", JEONJU, MOON, M2, mode="allege"),
        event("ACCUSE", JEONJU, LEE_SJ, M4, mode="allege"),
        event("ACCUSE", MOON, JEONJU, M5, mode="disapprove"),
        event("ACCUSE", DP, JEONJU, M6, mode="disapprove"),
        event("ACCUSE", PARK, JEONJU, M7, mode="allege"),
        event("SUPPORT", PPP, JEONJU, M9),
        event("COERCE", JEONJU, MOON_DH, M11, mode="seize"),
        event("SANCTION", CCOURT, YOON, M12, mode="convict"),
    ],
    "quotes": [
        quote("dass eine Billigfluggesellschaft seinem damaligen Schwiegersohn rund 217 Millionen Won an Gehalt und "
              "Wohnkosten gezahlt habe", "Jeonju District Prosecutors' Office", "indirect"),
        quote("vorab feststehendem Ergebnis", "Moon Jae-in", "direct"),
        quote("politische Rache", "Democratic Party of Korea", "direct"),
        quote("Die Staatsanwaltschaft versucht, sich in den Wahlkampf einzumischen", "Park Chan-dae", "direct"),
        quote("aber das Volk wird sich nicht täuschen lassen", "Park Chan-dae", "direct"),
        quote("im Falle eines Wahlsiegs die Befugnisse der Staatsanwaltschaft zu beschneiden", "Lee Jae-myung",
              "indirect"),
        quote("Niemand stehe über dem Gesetz, auch kein früherer Präsident", "People Power Party", "indirect"),
    ],
    "entities": [
        entity("Jeonju District Prosecutors' Office", "ORG", "KOR",
               ["Die südkoreanische Staatsanwaltschaft", "Die Ermittler in Jeonju", "Die Ermittler",
                "Die Staatsanwaltschaft"]),
        entity("Moon Jae-in", "PER", "KOR", ["den früheren Präsidenten Moon Jae-in", "ihm", "Moons"]),
        entity("Jeonju", "LOC", "KOR", ["Jeonju"]),
        entity("Lee Sang-jik", "PER", "KOR", ["der frühere Abgeordnete Lee Sang-jik", "Lee"]),
        entity("Eastar Jet", "ORG", "KOR", ["eine Billigfluggesellschaft", "der Airline"]),
        entity("Democratic Party of Korea", "ORG", "KOR", ["Die Demokratische Partei", "der Partei"]),
        entity("Park Chan-dae", "PER", "KOR", ["Fraktionschef Park Chan-dae"]),
        entity("Lee Jae-myung", "PER", "KOR", ["Präsidentschaftsbewerber der Partei, Lee Jae-myung"]),
        entity("People Power Party", "ORG", "KOR", ["Die konservative Partei Macht des Volkes", "ein Sprecher"]),
        entity("Moon Da-hye", "PER", "KOR", ["Moons Tochter Moon Da-hye"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["Moons Nachfolger Yoon Suk Yeol"]),
        entity("Constitutional Court of Korea", "ORG", "KOR", ["Verfassungsgericht"]),
        entity("South Korea", "GPE", "KOR", ["südkoreanische", "die Südkoreaner"]),
    ],
}

# ---------------------------------------------------------------- hm212-de-04
PROTESTERS = actor("Bangladeshi protesters", "BGD", "CVL")
PROTHOM = actor("Prothom Alo", "BGD", "CVL")
DSTAR = actor("The Daily Star", "BGD", "CVL")
BGD_ARMY = actor("Bangladesh Army", "BGD", "MIL")
BGD_FIRE = actor("Bangladesh Fire Service and Civil Defence", "BGD", "GOV")
JOURNALISTS = actor("Bangladeshi journalists", "BGD", "CVL")
GUNMEN = actor("unidentified gunmen", "BGD", None)
HADI = actor("Sharif Osman Hadi", "BGD", "PTY")
INDIA = actor("India", "IND", "GOV")
BGD_POLICE = actor("Bangladesh Police", "BGD", "COP")
BGD_GOV = actor("Bangladesh", "BGD", "GOV")
YUNUS = actor("Muhammad Yunus", "BGD", "GOV")
BGD_MOFA = actor("Bangladesh Foreign Ministry", "BGD", "GOV")
VERMA = actor("Pranay Verma", "IND", "GOV")
HAMIDULLAH = actor("Riaz Hamidullah", "BGD", "GOV")

B1 = ("Nach dem Tod des Aktivisten Sharif Osman Hadi haben aufgebrachte Demonstranten in Bangladeschs Hauptstadt "
      "Dhaka die Redaktionsgebäude zweier großer Zeitungen in Brand gesetzt.")
B2 = ("Soldaten und Feuerwehrleute brachten in der Nacht zum Freitag Dutzende Journalisten aus den brennenden Häusern "
      "von „Prothom Alo“ und „The Daily Star“ in Sicherheit.")
B3 = ("Hadi, Sprecher der Bewegung Inqilab Mancha und Kandidat für die Parlamentswahl im Februar, war vor einer Woche "
      "in Dhaka von Unbekannten auf einem Motorrad angeschossen worden und am Donnerstag in Singapur gestorben.")
B4 = "Die Menge warf den beiden Zeitungen vor, Indien und der gestürzten Regierungschefin Sheikh Hasina nahezustehen."
B5 = ("Hunderte Demonstranten zogen zudem zur indischen Hohen Kommission, wurden aber von der Polizei mit Tränengas "
      "zurückgedrängt.")
B6 = "Die Übergangsregierung verlegte zusätzliche Soldaten in die Hauptstadt."
B7 = ("Regierungschef Muhammad Yunus rief eine eintägige Staatstrauer aus und versprach, die Mörder Hadis zur "
      "Rechenschaft zu ziehen.")
B8 = "„Gewalt gegen Journalisten ist ein Angriff auf unsere Revolution“, erklärte er."
B9 = ("Dhaka verlangt von Neu-Delhi die Auslieferung des mutmaßlichen Schützen, der nach Angaben der Polizei nach "
      "Indien geflohen sein soll.")
B10 = "Das Außenministerium hatte bereits am Sonntag den indischen Hochkommissar Pranay Verma einbestellt."
B11 = ("Neu-Delhi wies Vorwürfe zurück, den Tätern Unterschlupf zu gewähren, und bestellte seinerseits den Gesandten "
       "Bangladeschs ein, um mehr Schutz für seine Vertretungen zu verlangen.")
B12 = "Die Parlamentswahl soll wie geplant am 12. Februar stattfinden, teilte die Wahlkommission mit."

DE04 = {
    "id": "hm212-de-04", "lang": "de", "url": None, "published": "2025-12-19",
    "title": "Bangladesch: Demonstranten setzen Zeitungshäuser nach Tod von Aktivist Hadi in Brand",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6, B7, B8], [B9, B10, B11, B12]),
    "events": [
        event("ASSAULT", PROTESTERS, PROTHOM, B1, mode="primitive", location="Dhaka", location_country="BGD"),
        event("ASSAULT", PROTESTERS, DSTAR, B1, mode="primitive", location="Dhaka", location_country="BGD"),
        event("AID", BGD_ARMY, JOURNALISTS, B2, location="Dhaka", location_country="BGD"),
        event("AID", BGD_FIRE, JOURNALISTS, B2, location="Dhaka", location_country="BGD"),
        event("ASSAULT", GUNMEN, HADI, B3, mode="assassinate", location="Dhaka", location_country="BGD"),
        event("ACCUSE", PROTESTERS, PROTHOM, B4, mode="allege"),
        event("ACCUSE", PROTESTERS, DSTAR, B4, mode="allege"),
        event("PROTEST", PROTESTERS, INDIA, B5, mode="demo", location="Dhaka", location_country="BGD"),
        event("ASSAULT", BGD_POLICE, PROTESTERS, B5, mode="crowd-control", location="Dhaka",
              location_country="BGD"),
        event("MOBILIZE", actor("Interim Government of Bangladesh", "BGD", "GOV"), None, B6, mode="troops", location="Dhaka", location_country="BGD"),
        event("THREATEN", YUNUS, GUNMEN, B7, mode="arrest"),
        event("ACCUSE", YUNUS, PROTESTERS, B8, mode="disapprove"),
        event("REQUEST", BGD_GOV, INDIA, B9, mode="assist"),
        event("ACCUSE", BGD_MOFA, VERMA, B10, mode="disapprove", date="2025-12-14"),
        event("ACCUSE", INDIA, HAMIDULLAH, B11, mode="disapprove"),
        event("REQUEST", INDIA, BGD_GOV, B11, mode="change"),
    ],
    "quotes": [
        quote("Indien und der gestürzten Regierungschefin Sheikh Hasina nahezustehen", "Bangladeshi protesters",
              "indirect"),
        quote("die Mörder Hadis zur Rechenschaft zu ziehen", "Muhammad Yunus", "indirect"),
        quote("Gewalt gegen Journalisten ist ein Angriff auf unsere Revolution", "Muhammad Yunus", "direct"),
        quote("Die Parlamentswahl soll wie geplant am 12. Februar stattfinden", "Bangladesh Election Commission",
              "indirect"),
    ],
    "entities": [
        entity("Sharif Osman Hadi", "PER", "BGD", ["Aktivisten Sharif Osman Hadi", "Hadi", "Hadis"]),
        entity("Bangladeshi protesters", "ORG", "BGD",
               ["aufgebrachte Demonstranten", "Die Menge", "Hunderte Demonstranten"]),
        entity("Bangladesh", "GPE", "BGD", ["Bangladeschs", "Dhaka"]),
        entity("Dhaka", "LOC", "BGD", ["Hauptstadt Dhaka", "die Hauptstadt"]),
        entity("Bangladesh Army", "ORG", "BGD", ["Soldaten"]),
        entity("Bangladesh Fire Service and Civil Defence", "ORG", "BGD", ["Feuerwehrleute"]),
        entity("Prothom Alo", "ORG", "BGD", ["Prothom Alo"]),
        entity("The Daily Star", "ORG", "BGD", ["The Daily Star"]),
        entity("Inqilab Mancha", "ORG", "BGD", ["Bewegung Inqilab Mancha"]),
        entity("Singapore", "GPE", "SGP", ["Singapur"]),
        entity("India", "GPE", "IND", ["Indien", "indischen", "Neu-Delhi"]),
        entity("Sheikh Hasina", "PER", "BGD", ["der gestürzten Regierungschefin Sheikh Hasina"]),
        entity("High Commission of India in Dhaka", "ORG", "IND", ["indischen Hohen Kommission"]),
        entity("Bangladesh Police", "ORG", "BGD", ["der Polizei"]),
        entity("Interim Government of Bangladesh", "ORG", "BGD", ["Die Übergangsregierung"]),
        entity("Muhammad Yunus", "PER", "BGD", ["Regierungschef Muhammad Yunus", "er"]),
        entity("Bangladesh Foreign Ministry", "ORG", "BGD", ["Das Außenministerium"]),
        entity("Pranay Verma", "PER", "IND", ["den indischen Hochkommissar Pranay Verma"]),
        entity("Riaz Hamidullah", "PER", "BGD", ["den Gesandten Bangladeschs"]),
        entity("Bangladesh Election Commission", "ORG", "BGD", ["die Wahlkommission"]),
    ],
}

# ---------------------------------------------------------------- hm212-en-01
UNSC = actor("UN Security Council", "UNO", "IGO")
TRUMP = actor("Donald Trump", "USA", "GOV")
HAMAS = actor("Hamas", "PSE", "REB")
PA = actor("Palestinian Authority", "PSE", "GOV")
NEBENZIA = actor("Vasily Nebenzia", "RUS", "GOV")
USA = actor("United States", "USA", "GOV")
PRABOWO = actor("Prabowo Subianto", "IDN", "GOV")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
ISRAEL = actor("Israel", "ISR", "GOV")

U1 = ("The U.N. Security Council on Monday endorsed U.S. President Donald Trump's plan to end the war in Gaza, "
      "authorising an international stabilisation force and a transitional Board of Peace to run the territory.")
U2 = "Thirteen members voted for the U.S.-drafted resolution, while Russia and China abstained."
U3 = ("“Today's resolution represents another significant step that will enable Gaza to prosper,” U.S. Ambassador "
      "Mike Waltz told the council.")
U4 = "Trump thanked the council members and said he would chair the board himself."
U5 = ("Hamas rejected the resolution, saying it imposed “an international guardianship mechanism” on Gaza that "
      "Palestinians would not accept.")
U6 = "The group said it would not lay down its weapons as long as the occupation continued."
U7 = "The Palestinian Authority welcomed the vote and said it was ready to take part in implementing the plan."
U8 = ("Russia's ambassador Vasily Nebenzia said the council had given its blessing to a U.S. initiative “on the basis "
      "of Washington's promises” while leaving the Palestinians without a say.")
U9 = "Indonesia's President Prabowo Subianto has offered Washington up to 20,000 troops for the force."
U10 = ("Israeli Prime Minister Benjamin Netanyahu said Hamas would be disarmed “the easy way or the hard way”.")
U11 = "A ceasefire between Israel and Hamas took effect on October 10 after talks in Egypt."

EN01 = {
    "id": "hm212-en-01", "lang": "en", "url": None, "published": "2025-11-18",
    "title": "U.N. Security Council endorses Trump's Gaza plan, Hamas rejects it",
    "text": paragraphs([U1, U2, U3, U4], [U5, U6, U7, U8], [U9, U10, U11]),
    "events": [
        event("SUPPORT", UNSC, TRUMP, U1, date="2025-11-17"),
        event("SUPPORT", TRUMP, UNSC, U4),
        event("REJECT", HAMAS, UNSC, U5, mode="change"),
        event("REJECT", HAMAS, UNSC, U6, mode="change"),
        event("SUPPORT", PA, UNSC, U7),
        event("AGREE", PA, UNSC, U7),
        event("ACCUSE", NEBENZIA, UNSC, U8, mode="disapprove"),
        event("ACCUSE", NEBENZIA, USA, U8, mode="disapprove"),
        event("AGREE", PRABOWO, USA, U9),
        event("THREATEN", NETANYAHU, HAMAS, U10, mode="violence"),
        event("RETREAT", ISRAEL, HAMAS, U11, mode="ceasefire", date="2025-10-10"),
        event("RETREAT", HAMAS, ISRAEL, U11, mode="ceasefire", date="2025-10-10"),
    ],
    "quotes": [
        quote("Today's resolution represents another significant step that will enable Gaza to prosper",
              "Mike Waltz", "direct"),
        quote("he would chair the board himself", "Donald Trump", "indirect"),
        quote("an international guardianship mechanism", "Hamas", "direct"),
        quote("it imposed “an international guardianship mechanism” on Gaza that Palestinians would not accept",
              "Hamas", "indirect"),
        quote("it would not lay down its weapons as long as the occupation continued", "Hamas", "indirect"),
        quote("it was ready to take part in implementing the plan", "Palestinian Authority", "indirect"),
        quote("on the basis of Washington's promises", "Vasily Nebenzia", "direct"),
        quote("the council had given its blessing to a U.S. initiative “on the basis of Washington's promises” while "
              "leaving the Palestinians without a say", "Vasily Nebenzia", "indirect"),
        quote("the easy way or the hard way", "Benjamin Netanyahu", "direct"),
        quote("Hamas would be disarmed “the easy way or the hard way”", "Benjamin Netanyahu", "indirect"),
    ],
    "entities": [
        entity("UN Security Council", "ORG", "UNO", ["The U.N. Security Council", "the council"]),
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump's", "Trump", "he"]),
        entity("Gaza", "LOC", "PSE", ["Gaza", "the territory"]),
        entity("Board of Peace", "ORG", None, ["a transitional Board of Peace", "the board"]),
        entity("International Stabilization Force", "ORG", None,
               ["an international stabilisation force", "the force"]),
        entity("Russia", "GPE", "RUS", ["Russia", "Russia's"]),
        entity("China", "GPE", "CHN", ["China"]),
        entity("Mike Waltz", "PER", "USA", ["U.S. Ambassador Mike Waltz"]),
        entity("Hamas", "ORG", "PSE", ["Hamas", "The group"]),
        entity("Palestinian Authority", "ORG", "PSE", ["The Palestinian Authority"]),
        entity("Vasily Nebenzia", "PER", "RUS", ["Russia's ambassador Vasily Nebenzia"]),
        entity("United States", "GPE", "USA", ["Washington's", "Washington"]),
        entity("Prabowo Subianto", "PER", "IDN", ["Indonesia's President Prabowo Subianto"]),
        entity("Indonesia", "GPE", "IDN", ["Indonesia's"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Israeli Prime Minister Benjamin Netanyahu"]),
        entity("Israel", "GPE", "ISR", ["Israel", "Israeli"]),
        entity("Egypt", "GPE", "EGY", ["Egypt"]),
    ],
}

# ---------------------------------------------------------------- hm212-en-02
VIC_POLICE = actor("Victoria Police", "AUS", "COP")
FREEMAN = actor("Dezi Freeman", "AUS", "CVL")
BUSH = actor("Mike Bush", "AUS", "COP")
NSW_POLICE = actor("New South Wales Police Force", "AUS", "COP")
AFP = actor("Australian Federal Police", "AUS", "COP")
RESIDENTS_AU = actor("Porepunkah residents", "AUS", "CVL")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
ALLAN = actor("Jacinta Allan", "AUS", "GOV")
FAMILIES = actor("families of the killed officers", "AUS", "CVL")

A1 = ("Hundreds of police officers were searching rugged bushland in the Australian state of Victoria on Wednesday for "
      "a man suspected of shooting dead two officers who had come to search his property.")
A2 = ("The officers were killed and a third was wounded on Tuesday when a gunman opened fire on them at a rural "
      "property near the town of Porepunkah, about 300 kilometres northeast of Melbourne.")
A3 = "Police named the suspect as Dezi Freeman, 56, and said he was armed and extremely dangerous."
A4 = "Freeman holds so-called sovereign citizen views that reject the authority of the state, according to police."
A5 = ("“We will find him,” Chief Commissioner Mike Bush told reporters, “and I urge him to give himself up before "
      "anyone else gets hurt.”")
A6 = "Bush said more than 450 officers, including tactical units, dog squads and helicopter crews, had been deployed."
A7 = ("Police in New South Wales sent specialist officers to assist, and the Australian Federal Police were sharing "
      "intelligence with Victorian investigators.")
A8 = "Schools in the area were locked down and residents were told to stay indoors."
A9 = "Prime Minister Anthony Albanese condemned what he called a “horrific” attack on officers doing their job."
A10 = "Victoria's Premier Jacinta Allan said the state would give the officers' families “every support”."
A11 = "By Wednesday evening Freeman had not been arrested, police said."
A12 = ("The Police Association of Victoria said officers were increasingly facing hostility from people who reject "
       "the law.")

EN02 = {
    "id": "hm212-en-02", "lang": "en", "url": None, "published": "2025-08-27",
    "title": "Manhunt in Australian bushland after two police officers shot dead",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8], [A9, A10, A11, A12]),
    "events": [
        event("MOBILIZE", VIC_POLICE, None, A1, mode="police", date="2025-08-27", location="Victoria",
              location_country="AUS"),
        event("ASSAULT", FREEMAN, VIC_POLICE, A2, mode="firearms", date="2025-08-26", location="Porepunkah",
              location_country="AUS"),
        event("ACCUSE", VIC_POLICE, FREEMAN, A3, mode="allege"),
        event("THREATEN", BUSH, FREEMAN, A5, mode="arrest"),
        event("REQUEST", BUSH, FREEMAN, A5, mode="yield"),
        event("MOBILIZE", BUSH, None, A6, mode="police"),
        event("AID", NSW_POLICE, VIC_POLICE, A7),
        event("COOPERATE", AFP, VIC_POLICE, A7),
        event("COERCE", VIC_POLICE, RESIDENTS_AU, A8, mode="restrict"),
        event("ACCUSE", ALBANESE, FREEMAN, A9, mode="disapprove"),
        event("AGREE", ALLAN, FAMILIES, A10),
        event("COERCE", VIC_POLICE, FREEMAN, A11, mode="arrest", negated=True),
    ],
    "quotes": [
        quote("he was armed and extremely dangerous", "Victoria Police", "indirect"),
        quote("Freeman holds so-called sovereign citizen views that reject the authority of the state",
              "Victoria Police", "indirect"),
        quote("We will find him", "Mike Bush", "direct"),
        quote("and I urge him to give himself up before anyone else gets hurt", "Mike Bush", "direct"),
        quote("more than 450 officers, including tactical units, dog squads and helicopter crews, had been deployed",
              "Mike Bush", "indirect"),
        quote("horrific", "Anthony Albanese", "direct"),
        quote("every support", "Jacinta Allan", "direct"),
        quote("the state would give the officers' families “every support”", "Jacinta Allan", "indirect"),
        quote("By Wednesday evening Freeman had not been arrested", "Victoria Police", "indirect"),
        quote("officers were increasingly facing hostility from people who reject the law",
              "Police Association of Victoria", "indirect"),
    ],
    "entities": [
        entity("Victoria Police", "ORG", "AUS", ["Hundreds of police officers", "Police", "police"]),
        entity("Victoria", "LOC", "AUS", ["the Australian state of Victoria", "Victoria's", "the state"]),
        entity("Australia", "GPE", "AUS", ["Australian"]),
        entity("Dezi Freeman", "PER", "AUS",
               ["a man suspected of shooting dead two officers", "a gunman", "the suspect", "Dezi Freeman", "Freeman",
                "him"]),
        entity("Porepunkah", "LOC", "AUS", ["the town of Porepunkah"]),
        entity("Melbourne", "LOC", "AUS", ["Melbourne"]),
        entity("Mike Bush", "PER", "AUS", ["Chief Commissioner Mike Bush", "Bush"]),
        entity("New South Wales Police Force", "ORG", "AUS", ["Police in New South Wales"]),
        entity("Australian Federal Police", "ORG", "AUS", ["the Australian Federal Police"]),
        entity("Anthony Albanese", "PER", "AUS", ["Prime Minister Anthony Albanese"]),
        entity("Jacinta Allan", "PER", "AUS", ["Victoria's Premier Jacinta Allan"]),
        entity("Police Association of Victoria", "ORG", "AUS", ["The Police Association of Victoria"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
