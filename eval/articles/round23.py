"""Round 23 of the hand-made held-out articles (written blind; see README.md).

Six invented wire-style articles (4 German, 2 English), 2023-2025: Somalia's federal army and
Jubaland, Serbian students block a Danube bridge in Novi Sad, a Beijing court convicts a Japanese
manager of espionage, Ontario suspends its electricity surcharge in the tariff row with the US,
Ethiopia extends the state of emergency in Amhara, Mongolia's prime minister resigns.
"""
from annotate import actor, entity, event, paragraphs, quote

ARTICLES = []

# ---------------------------------------------------------------------------------------------
# hm23-de-01: Somalia, federal troops vs. Jubaland forces (2024-12-12, Thursday)
S1 = ("Mogadischu (dpa) - Im Süden Somalias haben sich Regierungstruppen und Einheiten der "
      "Regionalverwaltung Jubaland am Mittwoch heftige Gefechte geliefert.")
S2 = ("Bei den Kämpfen nahe der Grenzstadt Ras Kamboni seien mindestens zwölf Soldaten getötet "
      "worden, sagten Mitarbeiter eines Krankenhauses.")
S3 = ("Jubalands Präsident Ahmed Madobe warf der Zentralregierung vor, Truppen in die Region "
      "eingeflogen zu haben, um ihn nach seiner umstrittenen Wiederwahl zu stürzen.")
S4 = "„Mogadischu führt Krieg gegen das eigene Volk“, sagte er vor Anhängern in Kismayo."
S5 = ("Ein Gericht in Mogadischu hatte Ende November einen Haftbefehl gegen Madobe wegen "
      "Hochverrats erlassen.")
S6 = ("Informationsminister Daud Aweis erklärte, die Armee verteidige lediglich die staatliche "
      "Ordnung; Madobe sei ein »Rebell«, der ausländischen Interessen diene.")
S7 = "Die Afrikanische Union rief beide Seiten zu einer sofortigen Waffenruhe auf."
S8 = ("Kenia verlegte nach Angaben aus Sicherheitskreisen zusätzliche Soldaten an die Grenze zu "
      "Jubaland.")
S9 = "Nairobi fürchtet, dass die Kämpfe der Islamistenmiliz al-Shabaab in die Hände spielen."

_SNA = actor("Somali National Army", "SOM", "MIL")
_JUBA_F = actor("Jubaland forces", "SOM", "MIL")
_MADOBE = actor("Ahmed Madobe", "SOM", "GOV")
_FGS = actor("Federal Government of Somalia", "SOM", "GOV")
_JUBA_G = actor("Jubaland administration", "SOM", "GOV")
_AU = actor("African Union", "IGO", "IGO")

ARTICLES.append({
    "id": "hm23-de-01",
    "lang": "de",
    "published": "2024-12-12",
    "title": None,
    "text": paragraphs([S1, S2, S3, S4], [S5, S6], [S7, S8, S9]),
    "events": [
        event("ASSAULT", _SNA, _JUBA_F, S1, date="2024-12-11", location="Ras Kamboni",
              location_country="SOM"),
        event("ASSAULT", _JUBA_F, _SNA, S1, date="2024-12-11", location="Ras Kamboni",
              location_country="SOM"),
        event("ACCUSE", _MADOBE, _FGS, S3, mode="allege"),
        event("ACCUSE", _MADOBE, _FGS, S4, mode="disapprove", location="Kismayo",
              location_country="SOM"),
        event("ACCUSE", actor("Banadir Regional Court", "SOM", "JUD"), _MADOBE, S5, mode="allege"),
        event("ACCUSE", actor("Daud Aweis", "SOM", "GOV"), _MADOBE, S6, mode="disapprove"),
        event("REQUEST", _AU, _FGS, S7, mode="yield"),
        event("REQUEST", _AU, _JUBA_G, S7, mode="yield"),
        event("MOBILIZE", actor("Kenya", "KEN", "MIL"), None, S8, mode="troops"),
    ],
    "quotes": [
        quote("Bei den Kämpfen nahe der Grenzstadt Ras Kamboni seien mindestens zwölf Soldaten "
              "getötet worden", "hospital staff", "indirect"),
        quote("Truppen in die Region eingeflogen zu haben, um ihn nach seiner umstrittenen "
              "Wiederwahl zu stürzen", "Ahmed Madobe", "indirect"),
        quote("Mogadischu führt Krieg gegen das eigene Volk", "Ahmed Madobe", "direct"),
        quote("die Armee verteidige lediglich die staatliche Ordnung; Madobe sei ein »Rebell«, der "
              "ausländischen Interessen diene", "Daud Aweis", "indirect"),
        quote("Rebell", "Daud Aweis", "direct"),
        quote("Kenia verlegte nach Angaben aus Sicherheitskreisen zusätzliche Soldaten an die "
              "Grenze zu Jubaland", "security sources", "indirect"),
    ],
    "entities": [
        entity("Somalia", "GPE", "SOM", ["Somalias"]),
        entity("Mogadishu", "LOC", "SOM", ["Mogadischu"]),
        entity("Somali National Army", "ORG", "SOM", ["Regierungstruppen", "die Armee"]),
        entity("Jubaland forces", "ORG", "SOM", ["Einheiten der Regionalverwaltung Jubaland"]),
        entity("Jubaland", "LOC", "SOM", ["Jubaland", "Jubalands"]),
        entity("Ras Kamboni", "LOC", "SOM", ["der Grenzstadt Ras Kamboni"]),
        entity("Ahmed Madobe", "PER", "SOM", ["Jubalands Präsident Ahmed Madobe", "Madobe", "er",
                                               "ihn"]),
        entity("Federal Government of Somalia", "ORG", "SOM", ["der Zentralregierung"]),
        entity("Kismayo", "LOC", "SOM", ["Kismayo"]),
        entity("Daud Aweis", "PER", "SOM", ["Informationsminister Daud Aweis"]),
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union"]),
        entity("Kenya", "GPE", "KEN", ["Kenia", "Nairobi"]),
        entity("al-Shabaab", "ORG", "SOM", ["der Islamistenmiliz al-Shabaab"]),
    ],
})

# ---------------------------------------------------------------------------------------------
# hm23-de-02: Serbia, students block a Danube bridge in Novi Sad (2025-05-06, Tuesday)
S1 = ("Belgrad (AFP) - In der serbischen Stadt Novi Sad hat die Polizei am Montagabend Tränengas "
      "gegen Studenten eingesetzt, die eine Donaubrücke blockierten.")
S2 = "Mindestens 14 Demonstranten wurden nach Angaben des Innenministeriums festgenommen."
S3 = ("Die Studenten protestieren seit Monaten gegen Korruption und fordern Aufklärung über den "
      "tödlichen Einsturz eines Bahnhofsvordachs in Novi Sad im November, bei dem 16 Menschen "
      "ums Leben kamen.")
S4 = ("Präsident Aleksandar Vučić warf den Demonstranten vor, im Auftrag ausländischer "
      "Geheimdienste einen Umsturz vorzubereiten.")
S5 = "„Wer Brücken blockiert, blockiert Serbien“, schrieb er auf Instagram."
S6 = "Die Opposition verurteilte den Polizeieinsatz als unverhältnismäßig."
S7 = ("Ministerpräsident Đuro Macut hatte den Studenten vergangene Woche Gespräche angeboten, was "
      "diese ablehnten.")
S8 = ("Die EU-Kommission forderte die Behörden in Belgrad auf, das Recht auf friedliche "
      "Versammlung zu achten.")
S9 = "Eine Sprecherin sagte in Brüssel, man verfolge die Lage »mit Sorge«."

_POLICE = actor("Serbian police", "SRB", "COP")
_STUD = actor("Serbian students", "SRB", "CVL")
_SRB_GOV = actor("Government of Serbia", "SRB", "GOV")
_VUCIC = actor("Aleksandar Vučić", "SRB", "GOV")
_MACUT = actor("Đuro Macut", "SRB", "GOV")

ARTICLES.append({
    "id": "hm23-de-02",
    "lang": "de",
    "published": "2025-05-06",
    "title": None,
    "text": paragraphs([S1, S2, S3], [S4, S5, S6, S7], [S8, S9]),
    "events": [
        event("ASSAULT", _POLICE, _STUD, S1, mode="crowd-control", date="2025-05-05",
              location="Novi Sad", location_country="SRB"),
        event("PROTEST", _STUD, _SRB_GOV, S1, mode="obstruct", date="2025-05-05",
              location="Novi Sad", location_country="SRB"),
        event("COERCE", _POLICE, _STUD, S2, mode="arrest", date="2025-05-05", location="Novi Sad",
              location_country="SRB"),
        event("PROTEST", _STUD, _SRB_GOV, S3, mode="demo"),
        event("ACCUSE", _VUCIC, _STUD, S4, mode="allege"),
        event("ACCUSE", _VUCIC, _STUD, S5, mode="disapprove"),
        event("ACCUSE", actor("Serbian opposition", "SRB", "OPP"), _POLICE, S6, mode="disapprove"),
        event("AGREE", _MACUT, _STUD, S7),
        event("REJECT", _STUD, _MACUT, S7, mode="meet"),
        event("REQUEST", actor("European Commission", "EUR", "IGO"), _SRB_GOV, S8, mode="change"),
    ],
    "quotes": [
        quote("Mindestens 14 Demonstranten wurden nach Angaben des Innenministeriums festgenommen",
              "Ministry of Internal Affairs of Serbia", "indirect"),
        quote("im Auftrag ausländischer Geheimdienste einen Umsturz vorzubereiten",
              "Aleksandar Vučić", "indirect"),
        quote("Wer Brücken blockiert, blockiert Serbien", "Aleksandar Vučić", "direct"),
        quote("man verfolge die Lage »mit Sorge«", "European Commission spokesperson", "indirect"),
        quote("mit Sorge", "European Commission spokesperson", "direct"),
    ],
    "entities": [
        entity("Belgrade", "LOC", "SRB", ["Belgrad"]),
        entity("Novi Sad", "LOC", "SRB", ["der serbischen Stadt Novi Sad", "Novi Sad"]),
        entity("Serbian police", "ORG", "SRB", ["die Polizei"]),
        entity("Serbian students", "ORG", "SRB", ["Studenten", "Die Studenten", "Demonstranten",
                                                  "den Demonstranten", "den Studenten", "diese"]),
        entity("Danube", "LOC", None, ["Donaubrücke"]),
        entity("Ministry of Internal Affairs of Serbia", "ORG", "SRB", ["des Innenministeriums"]),
        entity("Aleksandar Vučić", "PER", "SRB", ["Präsident Aleksandar Vučić", "er"]),
        entity("Serbia", "GPE", "SRB", ["Serbien"]),
        entity("Instagram", "ORG", "MNC", ["Instagram"]),
        entity("Serbian opposition", "ORG", "SRB", ["Die Opposition"]),
        entity("Đuro Macut", "PER", "SRB", ["Ministerpräsident Đuro Macut"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
        entity("Government of Serbia", "ORG", "SRB", ["die Behörden in Belgrad"]),
        entity("European Commission spokesperson", "PER", "EUR", ["Eine Sprecherin"]),
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
    ],
})

# ---------------------------------------------------------------------------------------------
# hm23-de-03: Beijing court convicts a Japanese manager of espionage (2025-07-16, Wednesday)
S1 = ("Peking (dpa) - Ein chinesisches Gericht hat am Mittwoch einen japanischen Manager wegen "
      "Spionage zu dreieinhalb Jahren Haft verurteilt.")
S2 = ("Der Mitarbeiter des Pharmakonzerns Astellas war im März 2023 kurz vor seiner Heimreise in "
      "Peking von der Staatssicherheit festgenommen worden.")
S3 = ("Das Zweite Mittlere Volksgericht in Peking befand ihn für schuldig, für einen ausländischen "
      "Geheimdienst gearbeitet zu haben.")
S4 = "Tokio reagierte mit scharfer Kritik."
S5 = ("Regierungssprecher Yoshimasa Hayashi nannte das Urteil „äußerst bedauerlich“ und forderte "
      "die baldige Freilassung des Mannes.")
S6 = ("Es gebe keinerlei Transparenz darüber, welche Handlungen ihm konkret vorgeworfen würden, "
      "sagte Hayashi.")
S7 = ("Japanische Unternehmen in China hatten sich zuletzt besorgt über das verschärfte "
      "Anti-Spionage-Gesetz geäußert.")
S8 = "Chinas Außenamtssprecher Guo Jiakun wies die Forderung nach einer Freilassung zurück."
S9 = "China sei ein Rechtsstaat, der Fall sei streng nach dem Gesetz behandelt worden, sagte er."

_COURT = actor("Beijing No. 2 Intermediate People's Court", "CHN", "JUD")
_MANAGER = actor("Astellas employee", "JPN", "BUS")
_HAYASHI = actor("Yoshimasa Hayashi", "JPN", "GOV")
_CHINA = actor("China", "CHN", "GOV")

ARTICLES.append({
    "id": "hm23-de-03",
    "lang": "de",
    "published": "2025-07-16",
    "title": None,
    "text": paragraphs([S1, S2, S3], [S4, S5, S6, S7], [S8, S9]),
    "events": [
        event("SANCTION", _COURT, _MANAGER, S1, mode="convict", date="2025-07-16",
              location="Beijing", location_country="CHN"),
        event("COERCE", actor("Ministry of State Security of China", "CHN", "COP"), _MANAGER, S2,
              mode="arrest", location="Beijing", location_country="CHN"),
        event("SANCTION", _COURT, _MANAGER, S3, mode="convict", date="2025-07-16",
              location="Beijing", location_country="CHN"),
        event("ACCUSE", actor("Japan", "JPN", "GOV"), _CHINA, S4, mode="disapprove"),
        event("ACCUSE", _HAYASHI, _CHINA, S5, mode="disapprove"),
        event("REQUEST", _HAYASHI, _CHINA, S5, mode="yield"),
        event("ACCUSE", _HAYASHI, _CHINA, S6, mode="disapprove"),
        event("REJECT", actor("Guo Jiakun", "CHN", "GOV"), _HAYASHI, S8, mode="yield"),
    ],
    "quotes": [
        quote("äußerst bedauerlich", "Yoshimasa Hayashi", "direct"),
        quote("Es gebe keinerlei Transparenz darüber, welche Handlungen ihm konkret vorgeworfen "
              "würden", "Yoshimasa Hayashi", "indirect"),
        quote("China sei ein Rechtsstaat, der Fall sei streng nach dem Gesetz behandelt worden",
              "Guo Jiakun", "indirect"),
    ],
    "entities": [
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Astellas employee", "PER", "JPN", ["einen japanischen Manager",
                                                   "Der Mitarbeiter des Pharmakonzerns Astellas",
                                                   "ihn", "des Mannes", "ihm"]),
        entity("Astellas Pharma", "ORG", "JPN", ["Pharmakonzerns Astellas"]),
        entity("Ministry of State Security of China", "ORG", "CHN", ["der Staatssicherheit"]),
        entity("Beijing No. 2 Intermediate People's Court", "ORG", "CHN",
               ["Ein chinesisches Gericht", "Das Zweite Mittlere Volksgericht in Peking"]),
        entity("Japan", "GPE", "JPN", ["Tokio"]),
        entity("Yoshimasa Hayashi", "PER", "JPN", ["Regierungssprecher Yoshimasa Hayashi",
                                                   "Hayashi"]),
        entity("China", "GPE", "CHN", ["China", "Chinas"]),
        entity("Guo Jiakun", "PER", "CHN", ["Chinas Außenamtssprecher Guo Jiakun", "er"]),
    ],
})

# ---------------------------------------------------------------------------------------------
# hm23-de-04: Ontario suspends its electricity surcharge (2025-03-11, Tuesday)
S1 = ("Toronto (Reuters) - Im Zollstreit mit den USA hat die kanadische Provinz Ontario einen "
      "Aufschlag von 25 Prozent auf Stromlieferungen in drei US-Bundesstaaten vorerst ausgesetzt.")
S2 = ("Premier Doug Ford nahm die Maßnahme am Dienstag zurück, nachdem US-Präsident Donald Trump "
      "gedroht hatte, die Zölle auf kanadischen Stahl und Aluminium auf 50 Prozent zu verdoppeln.")
S3 = ("Ford hatte den Aufschlag am Montag eingeführt, als Antwort auf die von Washington "
      "verhängten Zölle von 25 Prozent auf kanadische Waren.")
S4 = "Betroffen waren Haushalte in Michigan, New York und Minnesota."
S5 = ("Trump hatte Kanada auf seiner Plattform Truth Social erneut als »51. Bundesstaat« "
      "bezeichnet und dem Nachbarland »unfaire Handelspraktiken« vorgeworfen.")
S6 = ("Nach einem Telefonat mit Handelsminister Howard Lutnick erklärte Ford, beide wollten sich "
      "am Donnerstag in Washington treffen, um über das Freihandelsabkommen zu sprechen.")
S7 = "„Wir haben ein Feuer gelöscht, aber der Wald brennt noch“, sagte Ford."
S8 = ("Die Bundesregierung in Ottawa hatte vergangene Woche Gegenzölle auf US-Waren im "
      "Wert von 30 Milliarden kanadischen Dollar verhängt.")
S9 = ("Finanzminister Dominic LeBlanc sagte, diese blieben in Kraft, solange Washington seine "
      "Abgaben nicht vollständig aufhebe.")

_FORD = actor("Doug Ford", "CAN", "GOV")
_USA = actor("United States", "USA", "GOV")
_TRUMP = actor("Donald Trump", "USA", "GOV")
_CANADA = actor("Canada", "CAN", "GOV")
_LUTNICK = actor("Howard Lutnick", "USA", "GOV")

ARTICLES.append({
    "id": "hm23-de-04",
    "lang": "de",
    "published": "2025-03-11",
    "title": None,
    "text": paragraphs([S1, S2, S3, S4], [S5, S6, S7], [S8, S9]),
    "events": [
        event("CONCEDE", actor("Ontario", "CAN", "GOV"), _USA, S1),
        event("CONCEDE", _FORD, _USA, S2, date="2025-03-11"),
        event("THREATEN", _TRUMP, _CANADA, S2),
        event("SANCTION", _FORD, _USA, S3, date="2025-03-10"),
        event("SANCTION", _USA, _CANADA, S3),
        event("ACCUSE", _TRUMP, _CANADA, S5, mode="allege"),
        event("CONSULT", _FORD, _LUTNICK, S6, mode="phone"),
        event("AGREE", _FORD, _LUTNICK, S6, location="Washington", location_country="USA"),
        event("SANCTION", _CANADA, _USA, S8),
    ],
    "quotes": [
        quote("51. Bundesstaat", "Donald Trump", "direct"),
        quote("unfaire Handelspraktiken", "Donald Trump", "direct"),
        quote("beide wollten sich am Donnerstag in Washington treffen, um über das "
              "Freihandelsabkommen zu sprechen", "Doug Ford", "indirect"),
        quote("Wir haben ein Feuer gelöscht, aber der Wald brennt noch", "Doug Ford", "direct"),
        quote("diese blieben in Kraft, solange Washington seine Abgaben nicht vollständig aufhebe",
              "Dominic LeBlanc", "indirect"),
    ],
    "entities": [
        entity("Toronto", "LOC", "CAN", ["Toronto"]),
        entity("United States", "GPE", "USA", ["den USA", "Washington"]),
        entity("Ontario", "LOC", "CAN", ["die kanadische Provinz Ontario"]),
        entity("Doug Ford", "PER", "CAN", ["Premier Doug Ford", "Ford"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "Trump"]),
        entity("Michigan", "LOC", "USA", ["Michigan"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("Minnesota", "LOC", "USA", ["Minnesota"]),
        entity("Canada", "GPE", "CAN", ["Kanada", "dem Nachbarland", "Ottawa"]),
        entity("Truth Social", "ORG", "USA", ["Truth Social"]),
        entity("Howard Lutnick", "PER", "USA", ["Handelsminister Howard Lutnick"]),
        entity("Government of Canada", "ORG", "CAN", ["Die Bundesregierung in Ottawa"]),
        entity("Dominic LeBlanc", "PER", "CAN", ["Finanzminister Dominic LeBlanc"]),
    ],
})

# ---------------------------------------------------------------------------------------------
# hm23-en-01: Ethiopia extends the state of emergency in Amhara (2024-02-03, Saturday)
S1 = ("ADDIS ABABA (Reuters) - Ethiopia's parliament on Friday voted to extend a state of "
      "emergency in the Amhara region by four months, as federal forces struggle to contain an "
      "insurgency by the Fano militia.")
S2 = ("Justice Minister Gedion Timothewos told lawmakers that the measure was needed because Fano "
      "fighters had attacked civilians and blocked roads across the region.")
S4 = ("Fano, a loose network of Amhara militias, accused the government of using the decree "
      "to crush legitimate dissent.")
S5 = ("A drone strike on a minibus near the town of Debre Tabor killed at least 11 civilians on "
      "Tuesday, residents told Reuters.")
S6 = ("A military spokesman denied targeting civilians and said the army had struck a Fano "
      "position.")
S7 = ("The U.S. embassy in Addis Ababa urged both sides to open talks and said it was \"deeply "
      "concerned\" by reports of civilian deaths.")
S8 = "Prime Minister Abiy Ahmed has so far not agreed to negotiate with the militia."
S9 = "Mobile internet in Amhara has remained cut off since the authorities shut it down in August."

_ETH_GOV = actor("Government of Ethiopia", "ETH", "GOV")
_FANO = actor("Fano", "ETH", "REB")
_US_EMB = actor("U.S. Embassy in Addis Ababa", "USA", "GOV")

ARTICLES.append({
    "id": "hm23-en-01",
    "lang": "en",
    "published": "2024-02-03",
    "title": None,
    "text": paragraphs([S1, S2], [S4, S5, S6], [S7, S8, S9]),
    "events": [
        event("COERCE", actor("House of Peoples' Representatives of Ethiopia", "ETH", "LEG"), None,
              S1, mode="curfew", date="2024-02-02", location="Amhara", location_country="ETH"),
        event("ACCUSE", actor("Gedion Timothewos", "ETH", "GOV"), _FANO, S2, mode="allege"),
        event("ACCUSE", _FANO, _ETH_GOV, S4, mode="allege"),
        event("ASSAULT", actor("Ethiopian National Defense Force", "ETH", "MIL"), _FANO, S6,
              mode="drone", date="2024-01-30", location="Debre Tabor", location_country="ETH"),
        event("REQUEST", _US_EMB, _ETH_GOV, S7, mode="meet"),
        event("REQUEST", _US_EMB, _FANO, S7, mode="meet"),
        event("AGREE", actor("Abiy Ahmed", "ETH", "GOV"), _FANO, S8, negated=True),
        event("COERCE", _ETH_GOV, None, S9, mode="withhold", location="Amhara",
              location_country="ETH"),
    ],
    "quotes": [
        quote("that the measure was needed because Fano fighters had attacked civilians and blocked "
              "roads across the region", "Gedion Timothewos", "indirect"),
        quote("A drone strike on a minibus near the town of Debre Tabor killed at least 11 civilians "
              "on Tuesday", "residents", "indirect"),
        quote("the army had struck a Fano position", "Ethiopian military spokesperson", "indirect"),
        quote("it was \"deeply concerned\" by reports of civilian deaths",
              "U.S. Embassy in Addis Ababa", "indirect"),
        quote("deeply concerned", "U.S. Embassy in Addis Ababa", "direct"),
    ],
    "entities": [
        entity("Addis Ababa", "LOC", "ETH", ["ADDIS ABABA", "Addis Ababa"]),
        entity("House of Peoples' Representatives of Ethiopia", "ORG", "ETH",
               ["Ethiopia's parliament"]),
        entity("Ethiopia", "GPE", "ETH", ["Ethiopia"]),
        entity("Amhara", "LOC", "ETH", ["the Amhara region", "Amhara"]),
        entity("Fano", "ORG", "ETH", ["the Fano militia", "Fano", "the militia"]),
        entity("Gedion Timothewos", "PER", "ETH", ["Justice Minister Gedion Timothewos"]),
        entity("Government of Ethiopia", "ORG", "ETH", ["the government", "the authorities"]),
        entity("Debre Tabor", "LOC", "ETH", ["the town of Debre Tabor"]),
        entity("Reuters", "ORG", "GBR", ["Reuters"]),
        entity("Ethiopian National Defense Force", "ORG", "ETH", ["the army"]),
        entity("Ethiopian military spokesperson", "PER", "ETH", ["A military spokesman"]),
        entity("U.S. Embassy in Addis Ababa", "ORG", "USA", ["The U.S. embassy in Addis Ababa"]),
        entity("Abiy Ahmed", "PER", "ETH", ["Prime Minister Abiy Ahmed"]),
    ],
})

# ---------------------------------------------------------------------------------------------
# hm23-en-02: Mongolia's prime minister resigns (2025-06-03, Tuesday)
S1 = ("ULAANBAATAR (AFP) - Mongolian Prime Minister Luvsannamsrai Oyun-Erdene resigned on Tuesday "
      "after losing a confidence vote in parliament, following weeks of street protests over "
      "alleged corruption.")
S2 = "He won 44 votes in the secret ballot, short of the 64 needed to stay in office."
S3 = ("Thousands of mostly young demonstrators had gathered on Sukhbaatar Square for nearly two "
      "weeks, demanding his resignation after social media posts showed his son's lavish "
      "lifestyle.")
S4 = ("Oyun-Erdene, who had led the government since 2021, called the protests a \"political "
      "attack\" orchestrated by the Democratic Party.")
S5 = ("Last month his Mongolian People's Party expelled the Democratic Party from the governing "
      "coalition after several of its young lawmakers backed the protesters.")
S6 = ("\"Serving my country in times of hardship was an honour,\" he told reporters after the "
      "vote.")
S7 = ("President Ukhnaagiin Khurelsukh asked the outgoing cabinet to stay on in a caretaker role "
      "until parliament names a successor.")
S8 = ("Protest organisers said they would end their sit-in but warned they would return if the "
      "new government failed to curb corruption.")

_OYUN = actor("Luvsannamsrai Oyun-Erdene", "MNG", "GOV")
_PROT = actor("Mongolian protesters", "MNG", "CVL")
_DP = actor("Democratic Party", "MNG", "PTY")
_ORGS = actor("protest organisers", "MNG", "CVL")

ARTICLES.append({
    "id": "hm23-en-02",
    "lang": "en",
    "published": "2025-06-03",
    "title": None,
    "text": paragraphs([S1, S2, S3], [S4, S5, S6], [S7, S8]),
    "events": [
        event("RETREAT", _OYUN, None, S1, mode="resign", date="2025-06-03",
              location="Ulaanbaatar", location_country="MNG"),
        event("PROTEST", _PROT, _OYUN, S1, mode="demo"),
        event("PROTEST", _PROT, _OYUN, S3, mode="demo", location="Sukhbaatar Square",
              location_country="MNG"),
        event("ACCUSE", _OYUN, _DP, S4, mode="allege"),
        event("SANCTION", actor("Mongolian People's Party", "MNG", "PTY"), _DP, S5, mode="expel"),
        event("SUPPORT", actor("Democratic Party lawmakers", "MNG", "LEG"), _PROT, S5),
        event("REQUEST", actor("Ukhnaagiin Khurelsukh", "MNG", "GOV"),
              actor("Cabinet of Mongolia", "MNG", "GOV"), S7),
        event("CONCEDE", _ORGS, None, S8),
        event("THREATEN", _ORGS, actor("Government of Mongolia", "MNG", "GOV"), S8),
    ],
    "quotes": [
        quote("political attack", "Luvsannamsrai Oyun-Erdene", "direct"),
        quote("Serving my country in times of hardship was an honour",
              "Luvsannamsrai Oyun-Erdene", "direct"),
        quote("they would end their sit-in", "protest organisers", "indirect"),
        quote("they would return if the new government failed to curb corruption",
              "protest organisers", "indirect"),
    ],
    "entities": [
        entity("Ulaanbaatar", "LOC", "MNG", ["ULAANBAATAR"]),
        entity("Luvsannamsrai Oyun-Erdene", "PER", "MNG",
               ["Mongolian Prime Minister Luvsannamsrai Oyun-Erdene", "He", "his", "Oyun-Erdene",
                "he"]),
        entity("State Great Khural", "ORG", "MNG", ["parliament"]),
        entity("Mongolian protesters", "ORG", "MNG", ["Thousands of mostly young demonstrators",
                                                      "the protesters"]),
        entity("Sukhbaatar Square", "LOC", "MNG", ["Sukhbaatar Square"]),
        entity("Democratic Party", "ORG", "MNG", ["the Democratic Party"]),
        entity("Mongolian People's Party", "ORG", "MNG", ["his Mongolian People's Party"]),
        entity("Ukhnaagiin Khurelsukh", "PER", "MNG", ["President Ukhnaagiin Khurelsukh"]),
        entity("Cabinet of Mongolia", "ORG", "MNG", ["the outgoing cabinet"]),
        entity("protest organisers", "ORG", "MNG", ["Protest organisers", "they"]),
        entity("Government of Mongolia", "ORG", "MNG", ["the new government"]),
    ],
})
