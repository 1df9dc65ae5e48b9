"""Round 349: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm349-de-01: India/China: a woman from Arunachal Pradesh is held for hours at Shanghai-Pudong airport; New Delhi lodges a demarche and demands assurances, Mao Ning insists on "Zangnan" and accuses India, Khandu, Rijiju and Congress react, travel advice (2025-11-25).
- hm349-de-02: WHO/Bangladesh: Tedros places regional director Saima Wazed on leave over the Anti-Corruption Commission's case; earlier arrest warrant, Dhaka welcomes it and presses for new leadership, the Awami League accuses Yunus's government (2025-07-12).
- hm349-de-03: Nobel Peace Prize for Nihon Hidankyo; the Nobel committee and Frydnes praise the survivors, Mimaki demands Japan join the nuclear ban treaty, Ishiba congratulates, Hayashi rules it out, Guterres, ICAN and Hiroshima's mayor react (2024-10-11).
- hm349-de-04: Philippines: Marcos bans offshore gaming operators (POGOs) in his State of the Nation Address; Senate arrest order for Alice Guo, Chinese embassy and Hontiveros welcome the ban, Sara Duterte stays away, protest outside Congress held back by police (2024-07-22).
- hm349-en-01: UN: General Assembly high-level conference on the Rohingya in New York; Yunus presses Myanmar's junta, Guterres appeals to the army and the Arakan Army, US and UK aid pledges, the junta boycotts and accuses Dhaka, Kyaw Moe Tun blames the junta (2025-09-30).
- hm349-en-02: Palau agrees to take up to 75 migrants deported from the United States for $7.5 million; the Senate opposes it, Baules accuses Whipps and demands a vote, protest in Melekeok, UNHCR's appeal to Washington (2025-08-28).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm349-de-01 (India/China, Arunachal woman at Shanghai)
IND_GOV = actor("Government of India", "IND", "GOV")
IND_MEA = actor("Ministry of External Affairs of India", "IND", "GOV")
CHN_GOV = actor("Government of China", "CHN", "GOV")
SHANGHAI_BORDER = actor("Shanghai Pudong airport border inspection officers", "CHN", "COP")
THONGDOK = actor("Pema Wangjom Thongdok", "IND", "CVL")
JAISWAL = actor("Randhir Jaiswal", "IND", "GOV")
MAO_NING = actor("Mao Ning", "CHN", "GOV")
KHANDU = actor("Pema Khandu", "IND", "GOV")
RIJIJU = actor("Kiren Rijiju", "IND", "GOV")
INC = actor("Indian National Congress", "IND", "OPP")
JAIRAM = actor("Jairam Ramesh", "IND", "OPP")

A1 = ("Neu-Delhi (dpa) - Indien hat bei China scharf gegen die stundenlange Festsetzung einer Bürgerin aus dem "
      "Bundesstaat Arunachal Pradesh am Flughafen Shanghai protestiert.")
A2 = ("Grenzbeamte am Flughafen Shanghai-Pudong hätten die Frau bei einem Zwischenstopp am Freitag rund 18 Stunden "
      "lang festgehalten und ihr die Weiterreise nach Japan verweigert, teilte das Außenministerium in Neu-Delhi am "
      "Dienstag mit.")
A3 = "Die in Großbritannien lebende Pema Wangjom Thongdok war auf dem Weg von London nach Tokio."
A4 = ("Nach ihren Angaben erklärten die Beamten ihren indischen Pass für ungültig, weil darin Arunachal Pradesh als "
      "Geburtsort eingetragen ist.")
A5 = ("Erst nach Vermittlung des indischen Generalkonsulats in Shanghai habe sie am Samstag einen Anschlussflug "
      "nehmen dürfen, sagte die Frau dem Sender NDTV.")
A6 = ("Man habe bei der chinesischen Seite sowohl in Peking als auch in Neu-Delhi eine deutliche Demarche eingelegt, "
      "sagte Außenamtssprecher Randhir Jaiswal.")
A7 = ("„Arunachal Pradesh ist und bleibt ein untrennbarer Bestandteil Indiens, und seine Bewohner haben jedes Recht, "
      "mit einem indischen Pass zu reisen“, fügte er hinzu.")
A8 = "Jaiswal forderte Peking auf, zuzusichern, dass sich ein solcher Vorfall nicht wiederhole."
A9 = "Chinas Außenamtssprecherin Mao Ning wies die Darstellung zurück."
A10 = ("Die Grenzbeamten hätten nach Recht und Gesetz gehandelt, es habe weder Zwang noch eine Festnahme gegeben, "
       "sagte sie in Peking.")
A11 = "„Zangnan ist Territorium Chinas“, sagte Mao mit Blick auf den chinesischen Namen für Arunachal Pradesh."
A12 = "Zugleich warf sie Neu-Delhi vor, den Vorfall für politische Zwecke aufzubauschen."
A13 = ("Der Regierungschef von Arunachal Pradesh, Pema Khandu, verurteilte die Behandlung der Frau als "
       "„erniedrigend“ und als Verstoß gegen internationale Gepflogenheiten.")
A14 = "Er habe mit ihr telefoniert und ihr jede Unterstützung zugesagt, schrieb Khandu auf der Plattform X."
A15 = ("Parlamentsminister Kiren Rijiju, selbst aus Arunachal Pradesh, sprach von einer „gezielten Schikane“ gegen "
       "Bürger aus dem Nordosten.")
A16 = ("Die oppositionelle Kongresspartei warf der Regierung von Premierminister Narendra Modi dagegen vor, gegenüber "
       "Peking zu nachgiebig aufzutreten.")
A17 = "Kongress-Generalsekretär Jairam Ramesh verlangte, die Regierung müsse den chinesischen Botschafter einbestellen."
A18 = ("Das Außenministerium riet Bürgern aus Arunachal Pradesh unterdessen, vorerst nicht über chinesische "
       "Flughäfen zu reisen.")
A19 = ("China beansprucht große Teile des Bundesstaats als „Südtibet“ und hatte im Frühjahr Dutzende Orte dort mit "
       "chinesischen Namen versehen.")
A20 = "Neu-Delhi hatte das damals als „absurd“ kritisiert."

DE01 = {
    "id": "hm349-de-01", "lang": "de", "url": None, "published": "2025-11-25",
    "title": "Indien protestiert gegen Festsetzung einer Bürgerin in Shanghai",
    "text": paragraphs([A1, A2, A3, A4, A5], [A6, A7, A8], [A9, A10, A11, A12], [A13, A14, A15, A16, A17],
                       [A18, A19, A20]),
    "events": [
        event("ACCUSE", IND_GOV, CHN_GOV, A1, mode="disapprove"),
        event("ACCUSE", IND_MEA, SHANGHAI_BORDER, A2, mode="allege", date="2025-11-25", location="New Delhi",
              location_country="IND"),
        event("ACCUSE", THONGDOK, SHANGHAI_BORDER, A4, mode="allege"),
        event("ACCUSE", JAISWAL, CHN_GOV, A6, mode="disapprove"),
        event("REQUEST", JAISWAL, CHN_GOV, A8, mode="change"),
        event("ACCUSE", MAO_NING, IND_GOV, A12, mode="disapprove"),
        event("ACCUSE", KHANDU, CHN_GOV, A13, mode="disapprove"),
        event("CONSULT", KHANDU, THONGDOK, A14, mode="phone"),
        event("AGREE", KHANDU, THONGDOK, A14),
        event("ACCUSE", RIJIJU, CHN_GOV, A15, mode="disapprove"),
        event("ACCUSE", INC, IND_GOV, A16, mode="disapprove"),
        event("REQUEST", JAIRAM, IND_GOV, A17, mode="change"),
        event("SANCTION", IND_MEA, CHN_GOV, A18),
        event("ACCUSE", IND_GOV, CHN_GOV, A20, mode="disapprove"),
    ],
    "quotes": [
        quote("Grenzbeamte am Flughafen Shanghai-Pudong hätten die Frau bei einem Zwischenstopp am Freitag rund 18 "
              "Stunden lang festgehalten und ihr die Weiterreise nach Japan verweigert",
              "Ministry of External Affairs of India", "indirect"),
        quote("Nach ihren Angaben erklärten die Beamten ihren indischen Pass für ungültig, weil darin Arunachal Pradesh "
              "als Geburtsort eingetragen ist", "Pema Wangjom Thongdok", "indirect"),
        quote("Erst nach Vermittlung des indischen Generalkonsulats in Shanghai habe sie am Samstag einen "
              "Anschlussflug nehmen dürfen", "Pema Wangjom Thongdok", "indirect"),
        quote("Man habe bei der chinesischen Seite sowohl in Peking als auch in Neu-Delhi eine deutliche Demarche "
              "eingelegt", "Randhir Jaiswal", "indirect"),
        quote("Arunachal Pradesh ist und bleibt ein untrennbarer Bestandteil Indiens, und seine Bewohner haben jedes "
              "Recht, mit einem indischen Pass zu reisen", "Randhir Jaiswal", "direct"),
        quote("Die Grenzbeamten hätten nach Recht und Gesetz gehandelt, es habe weder Zwang noch eine Festnahme "
              "gegeben", "Mao Ning", "indirect"),
        quote("Zangnan ist Territorium Chinas", "Mao Ning", "direct"),
        quote("den Vorfall für politische Zwecke aufzubauschen", "Mao Ning", "indirect"),
        quote("erniedrigend", "Pema Khandu", "direct"),
        quote("Er habe mit ihr telefoniert und ihr jede Unterstützung zugesagt", "Pema Khandu", "indirect"),
        quote("gezielten Schikane", "Kiren Rijiju", "direct"),
        quote("gegenüber Peking zu nachgiebig aufzutreten", "Indian National Congress", "indirect"),
        quote("die Regierung müsse den chinesischen Botschafter einbestellen", "Jairam Ramesh", "indirect"),
        quote("Südtibet", "Government of China", "direct"),
        quote("absurd", "Government of India", "direct"),
    ],
    "entities": [
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("India", "LOC", "IND", ["Indien", "Indiens"]),
        entity("China", "LOC", "CHN", ["China", "Chinas"]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Government of China", "ORG", "CHN", ["der chinesischen Seite"]),
        entity("Arunachal Pradesh", "LOC", "IND", ["dem Bundesstaat Arunachal Pradesh", "Arunachal Pradesh",
                                                  "Zangnan", "des Bundesstaats", "Südtibet"]),
        entity("Pema Wangjom Thongdok", "PER", "IND", ["einer Bürgerin", "die Frau", "Pema Wangjom Thongdok",
                                                       "der Frau"]),
        entity("Shanghai Pudong International Airport", "LOC", "CHN", ["Flughafen Shanghai",
                                                                       "Flughafen Shanghai-Pudong"]),
        entity("Shanghai Pudong airport border inspection officers", "ORG", "CHN",
               ["Grenzbeamte am Flughafen Shanghai-Pudong", "die Beamten", "Die Grenzbeamten"]),
        entity("Shanghai", "LOC", "CHN", ["Shanghai"]),
        entity("Japan", "LOC", "JPN", ["Japan"]),
        entity("Ministry of External Affairs of India", "ORG", "IND", ["das Außenministerium in Neu-Delhi",
                                                                       "Das Außenministerium"]),
        entity("United Kingdom", "LOC", "GBR", ["Großbritannien"]),
        entity("London", "LOC", "GBR", ["London"]),
        entity("Tokyo", "LOC", "JPN", ["Tokio"]),
        entity("Consulate General of India in Shanghai", "ORG", "IND", ["des indischen Generalkonsulats in "
                                                                        "Shanghai"]),
        entity("NDTV", "ORG", "IND", ["dem Sender NDTV"]),
        entity("Randhir Jaiswal", "PER", "IND", ["Außenamtssprecher Randhir Jaiswal", "Jaiswal"]),
        entity("Mao Ning", "PER", "CHN", ["Chinas Außenamtssprecherin Mao Ning", "Mao"]),
        entity("Pema Khandu", "PER", "IND", ["Der Regierungschef von Arunachal Pradesh, Pema Khandu", "Khandu"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Kiren Rijiju", "PER", "IND", ["Parlamentsminister Kiren Rijiju"]),
        entity("Northeast India", "LOC", "IND", ["dem Nordosten"]),
        entity("Indian National Congress", "ORG", "IND", ["Die oppositionelle Kongresspartei"]),
        entity("Government of India", "ORG", "IND", ["der Regierung von Premierminister Narendra Modi",
                                                     "die Regierung"]),
        entity("Narendra Modi", "PER", "IND", ["Premierminister Narendra Modi"]),
        entity("Jairam Ramesh", "PER", "IND", ["Kongress-Generalsekretär Jairam Ramesh"]),
    ],
}

# ---------------------------------------------------------------- hm349-de-02 (WHO, Saima Wazed on leave)
WHO = actor("World Health Organization", "UNO", "IGO")
TEDROS = actor("Tedros Adhanom Ghebreyesus", "UNO", "IGO")
WAZED = actor("Saima Wazed", "UNO", "IGO")
BGD_ACC = actor("Anti-Corruption Commission of Bangladesh", "BGD", "GOV")
DHAKA_COURT = actor("Special Judge's Court in Dhaka", "BGD", "JUD")
MOMEN = actor("Mohammad Abdul Momen", "BGD", "GOV")
BGD_GOV = actor("Interim Government of Bangladesh", "BGD", "GOV")
NURJAHAN = actor("Nurjahan Begum", "BGD", "GOV")
AWAMI = actor("Awami League", "BGD", "OPP")
IND_GOV2 = actor("Government of India", "IND", "GOV")

B1 = ("Genf/Dhaka (dpa) - Die Weltgesundheitsorganisation (WHO) hat ihre Regionaldirektorin für Südostasien, Saima "
      "Wazed, wegen Korruptionsermittlungen in ihrer Heimat Bangladesch beurlaubt.")
B2 = ("WHO-Generaldirektor Tedros Adhanom Ghebreyesus teilte den Mitarbeitern am Freitag in einer internen "
      "Mitteilung mit, Wazed werde ihr Amt bis auf Weiteres ruhen lassen.")
B3 = ("Die Leitung des Regionalbüros in Neu-Delhi übernimmt vorübergehend die stellvertretende Generaldirektorin "
      "Catharina Boehme.")
B4 = "Wazed ist die Tochter der im vergangenen Jahr gestürzten früheren Regierungschefin Sheikh Hasina."
B5 = ("Die Antikorruptionskommission in Dhaka wirft der 52-Jährigen vor, ihre Qualifikationen für den WHO-Posten "
      "geschönt und den Einfluss ihrer Mutter genutzt zu haben, um Spenden für eine von ihr geführte Stiftung "
      "einzutreiben.")
B6 = ("Ein Sondergericht in Dhaka hatte im Frühjahr in einem weiteren Verfahren um die Vergabe staatlicher "
      "Grundstücke Haftbefehl gegen sie erlassen.")
B7 = "Wazed lebt seit dem Sturz ihrer Mutter nicht mehr in Bangladesch."
B8 = "Kommissionschef Mohammad Abdul Momen begrüßte die Entscheidung der WHO als „überfällig“."
B9 = "Die Übergangsregierung hatte die Organisation seit Monaten aufgefordert, Wazed abzuberufen."
B10 = ("Gesundheitsberaterin Nurjahan Begum sagte, Bangladesch werde weiter eng mit der WHO zusammenarbeiten, "
       "erwarte aber eine neue Führung des Regionalbüros.")
B11 = "Wazed wies die Vorwürfe als politisch motiviert zurück."
B12 = ("„Ich habe mir nichts vorzuwerfen und werde mich gegen diese Kampagne mit allen rechtlichen Mitteln wehren“, "
       "erklärte sie auf Facebook.")
B13 = ("Die verbotene Awami League warf der Regierung von Muhammad Yunus vor, einen Rachefeldzug gegen die Familie "
       "Hasinas zu führen.")
B14 = "Dhaka verlangt von Neu-Delhi seit Monaten die Auslieferung Hasinas."
B15 = ("Wazed war im November 2023 mit knapper Mehrheit gegen einen Kandidaten aus Nepal zur Regionaldirektorin "
       "gewählt worden.")
B16 = ("Eine WHO-Sprecherin in Genf sagte, die Organisation kommentiere laufende Verfahren in Mitgliedstaaten "
       "nicht.")
B17 = "Über eine endgültige Abberufung müsse der Exekutivrat der WHO entscheiden, fügte sie hinzu."

DE02 = {
    "id": "hm349-de-02", "lang": "de", "url": None, "published": "2025-07-12",
    "title": "WHO beurlaubt Hasinas Tochter wegen Korruptionsvorwürfen",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7], [B8, B9, B10], [B11, B12, B13, B14], [B15, B16, B17]),
    "events": [
        event("SANCTION", WHO, WAZED, B1, mode="expel"),
        event("SANCTION", TEDROS, WAZED, B2, mode="expel", date="2025-07-11"),
        event("ACCUSE", BGD_ACC, WAZED, B5, mode="allege"),
        event("THREATEN", DHAKA_COURT, WAZED, B6, mode="arrest", location="Dhaka", location_country="BGD"),
        event("SUPPORT", MOMEN, WHO, B8),
        event("REQUEST", BGD_GOV, WHO, B9, mode="change"),
        event("AGREE", NURJAHAN, WHO, B10),
        event("REQUEST", NURJAHAN, WHO, B10, mode="change"),
        event("ACCUSE", AWAMI, BGD_GOV, B13, mode="disapprove"),
        event("REQUEST", BGD_GOV, IND_GOV2, B14),
    ],
    "quotes": [
        quote("Wazed werde ihr Amt bis auf Weiteres ruhen lassen", "Tedros Adhanom Ghebreyesus", "indirect"),
        quote("ihre Qualifikationen für den WHO-Posten geschönt und den Einfluss ihrer Mutter genutzt zu haben, um "
              "Spenden für eine von ihr geführte Stiftung einzutreiben", "Anti-Corruption Commission of Bangladesh",
              "indirect"),
        quote("überfällig", "Mohammad Abdul Momen", "direct"),
        quote("Bangladesch werde weiter eng mit der WHO zusammenarbeiten, erwarte aber eine neue Führung des "
              "Regionalbüros", "Nurjahan Begum", "indirect"),
        quote("Ich habe mir nichts vorzuwerfen und werde mich gegen diese Kampagne mit allen rechtlichen Mitteln "
              "wehren", "Saima Wazed", "direct"),
        quote("einen Rachefeldzug gegen die Familie Hasinas zu führen", "Awami League", "indirect"),
        quote("die Organisation kommentiere laufende Verfahren in Mitgliedstaaten nicht",
              "spokeswoman of the World Health Organization", "indirect"),
        quote("Über eine endgültige Abberufung müsse der Exekutivrat der WHO entscheiden",
              "spokeswoman of the World Health Organization", "indirect"),
    ],
    "entities": [
        entity("Geneva", "LOC", "CHE", ["Genf"]),
        entity("Dhaka", "LOC", "BGD", ["Dhaka"]),
        entity("World Health Organization", "ORG", "UNO", ["Die Weltgesundheitsorganisation (WHO)", "der WHO",
                                                           "die Organisation"]),
        entity("Saima Wazed", "PER", "BGD", ["ihre Regionaldirektorin für Südostasien, Saima Wazed", "Wazed",
                                             "der 52-Jährigen"]),
        entity("Bangladesh", "LOC", "BGD", ["Bangladesch"]),
        entity("Tedros Adhanom Ghebreyesus", "PER", "ETH", ["WHO-Generaldirektor Tedros Adhanom Ghebreyesus"]),
        entity("WHO Regional Office for South-East Asia", "ORG", "UNO", ["des Regionalbüros in Neu-Delhi",
                                                                         "des Regionalbüros"]),
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("Catharina Boehme", "PER", "DEU", ["die stellvertretende Generaldirektorin Catharina Boehme"]),
        entity("Sheikh Hasina", "PER", "BGD", ["früheren Regierungschefin Sheikh Hasina", "ihrer Mutter",
                                               "Hasinas"]),
        entity("Anti-Corruption Commission of Bangladesh", "ORG", "BGD", ["Die Antikorruptionskommission in Dhaka"]),
        entity("Suchona Foundation", "ORG", "BGD", ["eine von ihr geführte Stiftung"]),
        entity("Special Judge's Court in Dhaka", "ORG", "BGD", ["Ein Sondergericht in Dhaka"]),
        entity("Mohammad Abdul Momen", "PER", "BGD", ["Kommissionschef Mohammad Abdul Momen"]),
        entity("Interim Government of Bangladesh", "ORG", "BGD", ["Die Übergangsregierung",
                                                                  "der Regierung von Muhammad Yunus"]),
        entity("Muhammad Yunus", "PER", "BGD", ["Muhammad Yunus"]),
        entity("Nurjahan Begum", "PER", "BGD", ["Gesundheitsberaterin Nurjahan Begum"]),
        entity("Facebook", "ORG", "USA", ["Facebook"]),
        entity("Awami League", "ORG", "BGD", ["Die verbotene Awami League"]),
        entity("Nepal", "LOC", "NPL", ["Nepal"]),
        entity("spokeswoman of the World Health Organization", "PER", None, ["Eine WHO-Sprecherin in Genf"]),
        entity("WHO Executive Board", "ORG", "UNO", ["der Exekutivrat der WHO"]),
    ],
}

# ---------------------------------------------------------------- hm349-de-03 (Nobel Peace Prize for Nihon Hidankyo)
NOBEL_COMMITTEE = actor("Norwegian Nobel Committee", "NOR", "CVL")
FRYDNES = actor("Jørgen Watne Frydnes", "NOR", "CVL")
HIDANKYO = actor("Nihon Hidankyo", "JPN", "NGO")
MIMAKI = actor("Toshiyuki Mimaki", "JPN", "NGO")
JPN_GOV = actor("Government of Japan", "JPN", "GOV")
ISHIBA = actor("Shigeru Ishiba", "JPN", "GOV")
HAYASHI = actor("Yoshimasa Hayashi", "JPN", "GOV")
GUTERRES = actor("António Guterres", "UNO", "IGO")
ICAN = actor("International Campaign to Abolish Nuclear Weapons", "NGO", "NGO")
MATSUI = actor("Kazumi Matsui", "JPN", "GOV")

C1 = ("Oslo (dpa) - Der Friedensnobelpreis geht in diesem Jahr an die japanische Organisation der "
      "Atombomben-Überlebenden Nihon Hidankyo.")
C2 = ("Das Nobelkomitee würdigte am Freitag in Oslo den jahrzehntelangen Einsatz der Überlebenden von Hiroshima und "
      "Nagasaki für eine Welt ohne Atomwaffen.")
C3 = ("Die Zeugnisse der sogenannten Hibakusha hätten entscheidend dazu beigetragen, dass sich ein starkes Tabu "
      "gegen den Einsatz von Atomwaffen herausgebildet habe, sagte der Vorsitzende Jørgen Watne Frydnes.")
C4 = "Dieses Tabu stehe heute unter Druck, warnte er mit Blick auf Drohungen von Atommächten."
C5 = ("Der Ko-Vorsitzende von Hidankyo, Toshiyuki Mimaki, brach bei einer Pressekonferenz in Hiroshima in Tränen "
      "aus.")
C6 = "„Ich kann es kaum glauben“, sagte der 82-Jährige."
C7 = ("Zugleich forderte er die japanische Regierung auf, dem UN-Vertrag über das Verbot von Atomwaffen "
      "beizutreten.")
C8 = ("Es sei beschämend, dass ausgerechnet das einzige Land, das Atombombenangriffe erlebt habe, dem Vertrag "
      "fernbleibe, sagte Mimaki.")
C9 = ("Ministerpräsident Shigeru Ishiba gratulierte der Organisation und nannte die Auszeichnung „äußerst "
      "bedeutsam“.")
C10 = "Regierungssprecher Yoshimasa Hayashi schloss einen Beitritt Japans zu dem Vertrag jedoch erneut aus."
C11 = ("Der Vertrag sei ohne die Beteiligung der Atommächte nicht wirksam, Japan setze auf den Dialog unter dem "
       "Schutzschirm der USA, sagte Hayashi in Tokio.")
C12 = "Auch eine Teilnahme als Beobachter an der nächsten Vertragsstaatenkonferenz sei nicht geplant."
C13 = "UN-Generalsekretär António Guterres gratulierte den Preisträgern in New York."
C14 = ("Die Hibakusha seien „selbstlose Zeugen“, die ihr Leid in einen Appell für den Frieden verwandelt hätten, "
       "erklärte er.")
C15 = ("Die Internationale Kampagne zur Abschaffung von Atomwaffen (ICAN), die den Preis 2017 erhalten hatte, rief "
       "die Atommächte auf, ihre Arsenale abzubauen.")
C16 = ("Der Bürgermeister von Hiroshima, Kazumi Matsui, lud die Staats- und Regierungschefs der Atommächte erneut "
       "ein, die Stadt zu besuchen.")
C17 = "Der Preis wird traditionell am 10. Dezember in Oslo überreicht."

DE03 = {
    "id": "hm349-de-03", "lang": "de", "url": None, "published": "2024-10-11",
    "title": "Friedensnobelpreis für japanische Atombomben-Überlebende",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8], [C9, C10, C11, C12], [C13, C14, C15, C16, C17]),
    "events": [
        event("SUPPORT", NOBEL_COMMITTEE, HIDANKYO, C1, location="Oslo", location_country="NOR"),
        event("SUPPORT", NOBEL_COMMITTEE, HIDANKYO, C2, date="2024-10-11", location="Oslo",
              location_country="NOR"),
        event("SUPPORT", FRYDNES, HIDANKYO, C3),
        event("REQUEST", MIMAKI, JPN_GOV, C7, mode="change"),
        event("ACCUSE", MIMAKI, JPN_GOV, C8, mode="disapprove"),
        event("SUPPORT", ISHIBA, HIDANKYO, C9),
        event("REJECT", HAYASHI, MIMAKI, C10, mode="change"),
        event("SUPPORT", GUTERRES, HIDANKYO, C13, location="New York", location_country="USA"),
        event("SUPPORT", GUTERRES, HIDANKYO, C14),
        event("REQUEST", ICAN, None, C15, mode="change"),
        event("AGREE", MATSUI, None, C16),
    ],
    "quotes": [
        quote("Die Zeugnisse der sogenannten Hibakusha hätten entscheidend dazu beigetragen, dass sich ein starkes "
              "Tabu gegen den Einsatz von Atomwaffen herausgebildet habe", "Jørgen Watne Frydnes", "indirect"),
        quote("Dieses Tabu stehe heute unter Druck", "Jørgen Watne Frydnes", "indirect"),
        quote("Ich kann es kaum glauben", "Toshiyuki Mimaki", "direct"),
        quote("Es sei beschämend, dass ausgerechnet das einzige Land, das Atombombenangriffe erlebt habe, dem Vertrag "
              "fernbleibe", "Toshiyuki Mimaki", "indirect"),
        quote("äußerst bedeutsam", "Shigeru Ishiba", "direct"),
        quote("Der Vertrag sei ohne die Beteiligung der Atommächte nicht wirksam, Japan setze auf den Dialog unter "
              "dem Schutzschirm der USA", "Yoshimasa Hayashi", "indirect"),
        quote("Auch eine Teilnahme als Beobachter an der nächsten Vertragsstaatenkonferenz sei nicht geplant",
              "Yoshimasa Hayashi", "indirect"),
        quote("selbstlose Zeugen", "António Guterres", "direct"),
        quote("Die Hibakusha seien „selbstlose Zeugen“, die ihr Leid in einen Appell für den Frieden verwandelt "
              "hätten", "António Guterres", "indirect"),
    ],
    "entities": [
        entity("Oslo", "LOC", "NOR", ["Oslo"]),
        entity("Nihon Hidankyo", "ORG", "JPN", ["die japanische Organisation der Atombomben-Überlebenden Nihon "
                                                "Hidankyo", "Hidankyo", "der Organisation", "den Preisträgern"]),
        entity("Norwegian Nobel Committee", "ORG", "NOR", ["Das Nobelkomitee"]),
        entity("Hibakusha", "PER", "JPN", ["der Überlebenden von Hiroshima und Nagasaki",
                                           "der sogenannten Hibakusha", "Die Hibakusha"]),
        entity("Hiroshima", "LOC", "JPN", ["Hiroshima", "die Stadt"]),
        entity("Nagasaki", "LOC", "JPN", ["Nagasaki"]),
        entity("Jørgen Watne Frydnes", "PER", "NOR", ["der Vorsitzende Jørgen Watne Frydnes"]),
        entity("Toshiyuki Mimaki", "PER", "JPN", ["Der Ko-Vorsitzende von Hidankyo, Toshiyuki Mimaki",
                                                  "der 82-Jährige", "Mimaki"]),
        entity("Government of Japan", "ORG", "JPN", ["die japanische Regierung"]),
        entity("Treaty on the Prohibition of Nuclear Weapons", "ORG", None,
               ["dem UN-Vertrag über das Verbot von Atomwaffen", "dem Vertrag", "Der Vertrag"]),
        entity("Japan", "LOC", "JPN", ["das einzige Land, das Atombombenangriffe erlebt habe", "Japans", "Japan"]),
        entity("Shigeru Ishiba", "PER", "JPN", ["Ministerpräsident Shigeru Ishiba"]),
        entity("Yoshimasa Hayashi", "PER", "JPN", ["Regierungssprecher Yoshimasa Hayashi", "Hayashi"]),
        entity("United States", "LOC", "USA", ["der USA"]),
        entity("Tokyo", "LOC", "JPN", ["Tokio"]),
        entity("António Guterres", "PER", "PRT", ["UN-Generalsekretär António Guterres"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("International Campaign to Abolish Nuclear Weapons", "ORG", None,
               ["Die Internationale Kampagne zur Abschaffung von Atomwaffen (ICAN)"]),
        entity("Kazumi Matsui", "PER", "JPN", ["Der Bürgermeister von Hiroshima, Kazumi Matsui"]),
    ],
}

# ---------------------------------------------------------------- hm349-de-04 (Philippines, POGO ban in the SONA)
MARCOS = actor("Ferdinand Marcos Jr.", "PHL", "GOV")
PHL_GOV = actor("Government of the Philippines", "PHL", "GOV")
POGOS = actor("Philippine offshore gaming operators", "PHL", "BUS")
POGO_WORKERS = actor("Filipino workers of the offshore gaming industry", "PHL", "CVL")
PAGCOR = actor("Philippine Amusement and Gaming Corporation", "PHL", "GOV")
TENGCO = actor("Alejandro Tengco", "PHL", "GOV")
PHL_SENATE = actor("Senate of the Philippines", "PHL", "LEG")
ALICE_GUO = actor("Alice Guo", "PHL", "GOV")
CHN_EMBASSY_MNL = actor("Embassy of China in the Philippines", "CHN", "GOV")
HONTIVEROS = actor("Risa Hontiveros", "PHL", "OPP")
SARA = actor("Sara Duterte", "PHL", "GOV")
LEFT_PROTESTERS = actor("left-wing protesters in Quezon City", "PHL", "CVL")
PNP = actor("Philippine National Police", "PHL", "COP")

D1 = ("Manila (dpa) - Der philippinische Präsident Ferdinand Marcos Jr. hat alle Online-Glücksspielanbieter für "
      "ausländische Kunden im Land verboten.")
D2 = ("„Mit sofortiger Wirkung sind alle POGOs verboten“, sagte der 66-Jährige am Montag in seiner jährlichen Rede "
      "zur Lage der Nation vor beiden Kammern des Kongresses in Quezon City.")
D3 = ("Die Betreiber seien in Menschenhandel, Betrug, Geldwäsche, Entführungen und sogar Mord verwickelt, sagte "
      "Marcos unter dem Applaus der Abgeordneten.")
D4 = "Er wies die Glücksspielbehörde PAGCOR an, die Anbieter bis zum Jahresende abzuwickeln."
D5 = ("Den rund 40.000 philippinischen Beschäftigten der Branche versprach er Hilfe bei der Suche nach neuen "
      "Stellen.")
D6 = ("Die Anbieter, deren Kunden vor allem in China sitzen, standen seit Monaten im Zentrum von "
      "Senatsanhörungen.")
D7 = ("Nach Razzien in abgeschotteten Betrugszentren nördlich von Manila hatte der Senat im Juli die Festnahme der "
      "suspendierten Bürgermeisterin von Bamban, Alice Guo, angeordnet.")
D8 = "Guo ist seither untergetaucht."
D9 = "Die chinesische Botschaft in Manila begrüßte das Verbot."
D10 = ("China lehne jede Form von illegalem Glücksspiel ab und sei zur Zusammenarbeit mit Manila bei der "
       "Verfolgung der Täter bereit, hieß es in einer Mitteilung.")
D11 = "Senatorin Risa Hontiveros, die die Anhörungen geleitet hatte, sprach von einem „Sieg für die Opfer“."
D12 = "PAGCOR-Chef Alejandro Tengco sagte zu, die Lizenzen aller verbliebenen Anbieter fristgerecht zu entziehen."
D13 = ("Vizepräsidentin Sara Duterte, die im Juni im Streit mit Marcos aus dem Kabinett ausgetreten war, blieb der "
       "Rede demonstrativ fern.")
D14 = ("Sie habe sich selbst zur „designierten Überlebenden“ ernannt, falls dem Staat etwas zustoße, sagte sie "
       "Reportern in Davao.")
D15 = "Vor dem Kongressgebäude demonstrierten Tausende Anhänger linker Gruppen gegen die Regierung und hohe Preise."
D16 = ("Die Polizei hinderte die Demonstranten mit einer Absperrung aus Lastwagen daran, zum Kongressgebäude "
       "vorzurücken.")
D17 = "Festnahmen gab es nach Polizeiangaben nicht."
D18 = ("Zur Lage im Südchinesischen Meer sagte Marcos, die Philippinen würden ihr Territorium nicht preisgeben, "
       "setzten aber weiter auf Diplomatie.")

DE04 = {
    "id": "hm349-de-04", "lang": "de", "url": None, "published": "2024-07-22",
    "title": "Marcos verbietet Online-Glücksspielanbieter auf den Philippinen",
    "text": paragraphs([D1, D2, D3, D4, D5], [D6, D7, D8], [D9, D10, D11, D12], [D13, D14],
                       [D15, D16, D17, D18]),
    "events": [
        event("COERCE", MARCOS, POGOS, D1, mode="ban"),
        event("COERCE", MARCOS, POGOS, D2, mode="ban", date="2024-07-22", location="Quezon City",
              location_country="PHL"),
        event("ACCUSE", MARCOS, POGOS, D3, mode="allege"),
        event("REQUEST", MARCOS, PAGCOR, D4, mode="change"),
        event("AGREE", MARCOS, POGO_WORKERS, D5),
        event("THREATEN", PHL_SENATE, ALICE_GUO, D7, mode="arrest"),
        event("SUPPORT", CHN_EMBASSY_MNL, PHL_GOV, D9),
        event("AGREE", CHN_EMBASSY_MNL, PHL_GOV, D10),
        event("SUPPORT", HONTIVEROS, MARCOS, D11),
        event("AGREE", TENGCO, MARCOS, D12),
        event("RETREAT", SARA, None, D13, mode="resign"),
        event("PROTEST", SARA, MARCOS, D13, mode="boycott", date="2024-07-22"),
        event("PROTEST", LEFT_PROTESTERS, PHL_GOV, D15, mode="demo", date="2024-07-22", location="Quezon City",
              location_country="PHL"),
        event("COERCE", PNP, LEFT_PROTESTERS, D16, mode="restrict", date="2024-07-22", location="Quezon City",
              location_country="PHL"),
        event("COERCE", PNP, LEFT_PROTESTERS, D17, mode="arrest", negated=True),
    ],
    "quotes": [
        quote("Mit sofortiger Wirkung sind alle POGOs verboten", "Ferdinand Marcos Jr.", "direct"),
        quote("Die Betreiber seien in Menschenhandel, Betrug, Geldwäsche, Entführungen und sogar Mord verwickelt",
              "Ferdinand Marcos Jr.", "indirect"),
        quote("China lehne jede Form von illegalem Glücksspiel ab und sei zur Zusammenarbeit mit Manila bei der "
              "Verfolgung der Täter bereit", "Embassy of China in the Philippines", "indirect"),
        quote("Sieg für die Opfer", "Risa Hontiveros", "direct"),
        quote("designierten Überlebenden", "Sara Duterte", "direct"),
        quote("Sie habe sich selbst zur „designierten Überlebenden“ ernannt, falls dem Staat etwas zustoße",
              "Sara Duterte", "indirect"),
        quote("Festnahmen gab es nach Polizeiangaben nicht", "Philippine National Police", "indirect"),
        quote("die Philippinen würden ihr Territorium nicht preisgeben, setzten aber weiter auf Diplomatie",
              "Ferdinand Marcos Jr.", "indirect"),
    ],
    "entities": [
        entity("Manila", "LOC", "PHL", ["Manila"]),
        entity("Philippines", "LOC", "PHL", ["im Land", "die Philippinen"]),
        entity("Ferdinand Marcos Jr.", "PER", "PHL", ["Der philippinische Präsident Ferdinand Marcos Jr.",
                                                      "der 66-Jährige", "Marcos"]),
        entity("Philippine offshore gaming operators", "ORG", "PHL",
               ["alle Online-Glücksspielanbieter für ausländische Kunden", "alle POGOs", "Die Betreiber",
                "die Anbieter", "Die Anbieter", "aller verbliebenen Anbieter"]),
        entity("Congress of the Philippines", "ORG", "PHL", ["beiden Kammern des Kongresses"]),
        entity("Quezon City", "LOC", "PHL", ["Quezon City"]),
        entity("House of Representatives of the Philippines", "ORG", "PHL", ["der Abgeordneten"]),
        entity("Philippine Amusement and Gaming Corporation", "ORG", "PHL", ["die Glücksspielbehörde PAGCOR"]),
        entity("Filipino workers of the offshore gaming industry", "PER", "PHL",
               ["Den rund 40.000 philippinischen Beschäftigten der Branche"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Senate of the Philippines", "ORG", "PHL", ["der Senat"]),
        entity("Alice Guo", "PER", "PHL", ["der suspendierten Bürgermeisterin von Bamban, Alice Guo", "Guo"]),
        entity("Bamban", "LOC", "PHL", ["Bamban"]),
        entity("Embassy of China in the Philippines", "ORG", "CHN", ["Die chinesische Botschaft in Manila"]),
        entity("Risa Hontiveros", "PER", "PHL", ["Senatorin Risa Hontiveros"]),
        entity("Alejandro Tengco", "PER", "PHL", ["PAGCOR-Chef Alejandro Tengco"]),
        entity("Sara Duterte", "PER", "PHL", ["Vizepräsidentin Sara Duterte"]),
        entity("Cabinet of the Philippines", "ORG", "PHL", ["dem Kabinett"]),
        entity("Davao City", "LOC", "PHL", ["Davao"]),
        entity("Batasang Pambansa Complex", "LOC", "PHL", ["dem Kongressgebäude", "zum Kongressgebäude"]),
        entity("left-wing protesters in Quezon City", "PER", "PHL", ["Tausende Anhänger linker Gruppen",
                                                                     "die Demonstranten"]),
        entity("Government of the Philippines", "ORG", "PHL", ["die Regierung"]),
        entity("Philippine National Police", "ORG", "PHL", ["Die Polizei"]),
        entity("South China Sea", "LOC", None, ["im Südchinesischen Meer"]),
    ],
}

# ---------------------------------------------------------------- hm349-en-01 (UN conference on the Rohingya)
YUNUS = actor("Muhammad Yunus", "BGD", "GOV")
BGD_GOV_EN = actor("Interim Government of Bangladesh", "BGD", "GOV")
KHALILUR = actor("Khalilur Rahman", "BGD", "GOV")
MMR_JUNTA = actor("Military government of Myanmar", "MMR", "GOV")
MMR_MFA = actor("Ministry of Foreign Affairs of Myanmar", "MMR", "GOV")
MMR_MIL = actor("Myanmar Armed Forces", "MMR", "MIL")
ARAKAN_ARMY = actor("Arakan Army", "MMR", "REB")
KYAW_MOE_TUN = actor("Kyaw Moe Tun", "MMR", "OPP")
GUTERRES_EN = actor("António Guterres", "UNO", "IGO")
GRANDI = actor("Filippo Grandi", "UNO", "IGO")
UNGA = actor("United Nations General Assembly", "UNO", "IGO")
UN = actor("United Nations", "UNO", "IGO")
USA_GOV = actor("Government of the United States", "USA", "GOV")
GBR_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
ROHINGYA_REFUGEES = actor("Rohingya refugees in Bangladesh", "MMR", "CVL")
ROHINGYA_ACTIVISTS = actor("Rohingya activists in New York", "MMR", "CVL")

E1 = ("UNITED NATIONS (AP) — Bangladesh's interim leader Muhammad Yunus on Tuesday urged Myanmar's military "
      "government to take back more than a million Rohingya refugees, telling a U.N. conference that his country "
      "could no longer shoulder the burden alone.")
E2 = ("The high-level meeting at the General Assembly was the first the world body has held on the plight of the "
      "Muslim minority since some 740,000 Rohingya fled to Bangladesh in 2017.")
E3 = ("Yunus laid out a seven-point plan that calls for a guaranteed return to Rakhine state, citizenship rights "
      "and accountability for the crimes committed against the group.")
E4 = "“The Rohingya cannot remain hostages of a conflict they did not start,” the Nobel laureate said."
E5 = ("U.N. Secretary-General António Guterres told delegates that the Rohingya had suffered “decades of "
      "discrimination” and called on Myanmar's military and the Arakan Army to protect civilians in Rakhine.")
E6 = "He said both sides had been accused of killing Rohingya villagers and burning their homes over the past year."
E7 = ("The United States announced $60 million in new food aid for the refugees in Bangladesh, while Britain "
      "pledged 27 million pounds.")
E8 = ("Food rations in the camps around Cox's Bazar were cut to $6 per person a month earlier this year amid a "
      "funding shortfall.")
E9 = ("U.N. refugee chief Filippo Grandi warned that further cuts could leave hundreds of thousands of children "
      "malnourished and appealed to donors to close a funding gap of nearly $500 million.")
E10 = ("Myanmar's military government did not send a delegation and rejected the conference as “one-sided” in a "
       "statement from its foreign ministry in Naypyitaw.")
E11 = "It accused Bangladesh of allowing armed Rohingya groups to recruit in the camps."
E12 = ("Kyaw Moe Tun, who still holds Myanmar's U.N. seat on behalf of the ousted civilian government, told the "
       "assembly the junta was “the root cause” of the crisis.")
E13 = ("The Arakan Army, which now controls most of northern Rakhine, said in a statement it was ready to work with "
       "the United Nations on the safe return of refugees.")
E14 = "Rohingya activists outside the U.N. headquarters held up banners demanding justice and a return home."
E15 = ("Bangladesh's high representative on the Rohingya issue, Khalilur Rahman, said Dhaka would host a follow-up "
       "meeting with donors in December.")
E16 = "The Rohingya have been denied citizenship in Myanmar since 1982."

EN01 = {
    "id": "hm349-en-01", "lang": "en", "url": None, "published": "2025-09-30",
    "title": "Bangladesh's Yunus urges Myanmar to take back Rohingya at UN conference",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6], [E7, E8, E9], [E10, E11, E12, E13], [E14, E15, E16]),
    "events": [
        event("REQUEST", YUNUS, MMR_JUNTA, E1, date="2025-09-30", location="New York", location_country="USA"),
        event("REQUEST", YUNUS, None, E3, mode="change"),
        event("REQUEST", GUTERRES_EN, MMR_MIL, E5, mode="change"),
        event("REQUEST", GUTERRES_EN, ARAKAN_ARMY, E5, mode="change"),
        event("AGREE", USA_GOV, ROHINGYA_REFUGEES, E7),
        event("AGREE", GBR_GOV, ROHINGYA_REFUGEES, E7),
        event("REQUEST", GRANDI, None, E9, mode="assist"),
        event("REJECT", MMR_MFA, UNGA, E10, mode="meet"),
        event("ACCUSE", MMR_MFA, UNGA, E10, mode="disapprove"),
        event("ACCUSE", MMR_MFA, BGD_GOV_EN, E11, mode="allege"),
        event("ACCUSE", KYAW_MOE_TUN, MMR_JUNTA, E12, mode="disapprove"),
        event("AGREE", ARAKAN_ARMY, UN, E13),
        event("PROTEST", ROHINGYA_ACTIVISTS, None, E14, mode="demo", location="New York", location_country="USA"),
        event("AGREE", KHALILUR, None, E15),
    ],
    "quotes": [
        quote("his country could no longer shoulder the burden alone", "Muhammad Yunus", "indirect"),
        quote("The Rohingya cannot remain hostages of a conflict they did not start", "Muhammad Yunus", "direct"),
        quote("decades of discrimination", "António Guterres", "direct"),
        quote("the Rohingya had suffered “decades of discrimination”", "António Guterres", "indirect"),
        quote("both sides had been accused of killing Rohingya villagers and burning their homes over the past year",
              "António Guterres", "indirect"),
        quote("further cuts could leave hundreds of thousands of children malnourished", "Filippo Grandi",
              "indirect"),
        quote("one-sided", "Ministry of Foreign Affairs of Myanmar", "direct"),
        quote("the root cause", "Kyaw Moe Tun", "direct"),
        quote("the junta was “the root cause” of the crisis", "Kyaw Moe Tun", "indirect"),
        quote("it was ready to work with the United Nations on the safe return of refugees", "Arakan Army",
              "indirect"),
        quote("Dhaka would host a follow-up meeting with donors in December", "Khalilur Rahman", "indirect"),
    ],
    "entities": [
        entity("United Nations", "ORG", "UNO", ["UNITED NATIONS", "the world body", "the United Nations"]),
        entity("Bangladesh", "LOC", "BGD", ["Bangladesh", "his country"]),
        entity("Muhammad Yunus", "PER", "BGD", ["Bangladesh's interim leader Muhammad Yunus", "Yunus",
                                                "the Nobel laureate"]),
        entity("Military government of Myanmar", "ORG", "MMR", ["Myanmar's military government", "the junta"]),
        entity("Myanmar", "LOC", "MMR", ["Myanmar"]),
        entity("Rohingya", "PER", "MMR", ["Rohingya refugees", "the Muslim minority", "Rohingya", "the group",
                                          "The Rohingya", "the Rohingya"]),
        entity("United Nations General Assembly", "ORG", "UNO", ["a U.N. conference", "the General Assembly",
                                                                 "the conference", "the assembly"]),
        entity("Rakhine State", "LOC", "MMR", ["Rakhine state", "Rakhine", "northern Rakhine"]),
        entity("António Guterres", "PER", "PRT", ["U.N. Secretary-General António Guterres"]),
        entity("Myanmar Armed Forces", "ORG", "MMR", ["Myanmar's military"]),
        entity("Arakan Army", "ORG", "MMR", ["the Arakan Army", "The Arakan Army"]),
        entity("United States", "LOC", "USA", ["The United States"]),
        entity("United Kingdom", "LOC", "GBR", ["Britain"]),
        entity("Rohingya refugees in Bangladesh", "PER", "MMR", ["the refugees in Bangladesh"]),
        entity("Cox's Bazar", "LOC", "BGD", ["Cox's Bazar"]),
        entity("Filippo Grandi", "PER", "ITA", ["U.N. refugee chief Filippo Grandi"]),
        entity("Ministry of Foreign Affairs of Myanmar", "ORG", "MMR", ["its foreign ministry in Naypyitaw"]),
        entity("Naypyitaw", "LOC", "MMR", ["Naypyitaw"]),
        entity("armed Rohingya groups", "ORG", "MMR", ["armed Rohingya groups"]),
        entity("Kyaw Moe Tun", "PER", "MMR", ["Kyaw Moe Tun"]),
        entity("National Unity Government of Myanmar", "ORG", "MMR", ["the ousted civilian government"]),
        entity("Rohingya activists in New York", "PER", "MMR", ["Rohingya activists"]),
        entity("United Nations Headquarters", "LOC", "USA", ["the U.N. headquarters"]),
        entity("Khalilur Rahman", "PER", "BGD", ["Bangladesh's high representative on the Rohingya issue, Khalilur "
                                                 "Rahman"]),
        entity("Dhaka", "LOC", "BGD", ["Dhaka"]),
    ],
}

# ---------------------------------------------------------------- hm349-en-02 (Palau takes US deportees)
PLW_GOV = actor("Government of Palau", "PLW", "GOV")
WHIPPS = actor("Surangel Whipps Jr.", "PLW", "GOV")
PLW_SENATE = actor("Senate of Palau", "PLW", "LEG")
BAULES = actor("Hokkons Baules", "PLW", "LEG")
PLW_PROTESTERS = actor("residents protesting in Melekeok", "PLW", "CVL")
USA_GOV2 = actor("Government of the United States", "USA", "GOV")
UNHCR = actor("United Nations High Commissioner for Refugees", "UNO", "IGO")
SWZ_GOV = actor("Government of Eswatini", "SWZ", "GOV")
RWA_GOV = actor("Government of Rwanda", "RWA", "GOV")
SSD_GOV = actor("Government of South Sudan", "SSD", "GOV")

F1 = ("KOROR, Palau (AP) — Palau has agreed to take in up to 75 migrants deported from the United States under a "
      "deal that critics in the tiny Pacific nation say was struck behind closed doors.")
F2 = ("The memorandum of understanding, signed by President Surangel Whipps Jr. and a U.S. envoy in Koror on "
      "Wednesday, will bring Palau $7.5 million in U.S. funding for hospitals, schools and other public services.")
F3 = ("Only third-country nationals with no criminal record will be accepted, and Palau's government will have the "
      "final say on each case.")
F4 = ("“We are a small nation, but we can help a friend and ally that has always stood by us,” Whipps told "
      "reporters.")
F5 = ("He rejected claims that Washington had pressured his government into the deal, saying the talks had begun "
      "at Palau's own initiative.")
F6 = ("Palau's Senate voted unanimously last month for a resolution opposing the plan, warning that the island "
      "nation of about 18,000 people lacked the housing and services to absorb newcomers.")
F7 = ("Senate President Hokkons Baules accused Whipps of bypassing the national congress and demanded that the "
      "agreement be put to a vote.")
F8 = "“This is a decision for the people of Palau, not for one man in an office,” he said."
F9 = ("Dozens of residents rallied outside the national congress in Melekeok on Thursday, holding signs that read "
      "“Palau is not a dumping ground.”")
F10 = ("The State Department said the agreement was part of a broader effort to find partners willing to accept "
       "deportees who cannot be quickly returned to their home countries.")
F11 = ("The Trump administration has struck similar deals with Eswatini, Rwanda and South Sudan, drawing criticism "
       "from human rights groups.")
F12 = ("The U.N. refugee agency UNHCR said it had not been consulted and urged Washington to ensure that no one was "
       "sent to a country where they could face persecution.")
F13 = ("Palau, one of 12 countries that still recognize Taiwan, relies heavily on U.S. aid under a Compact of Free "
       "Association that gives Washington exclusive military access to its territory.")
F14 = ("Whipps, who was re-elected last year, has repeatedly asked Washington to station more troops on the islands "
       "to counter China's growing influence.")

EN02 = {
    "id": "hm349-en-02", "lang": "en", "url": None, "published": "2025-08-28",
    "title": "Palau agrees to take in migrants deported from the US",
    "text": paragraphs([F1, F2, F3], [F4, F5], [F6, F7, F8, F9], [F10, F11, F12], [F13, F14]),
    "events": [
        event("AGREE", PLW_GOV, USA_GOV2, F1),
        event("SUPPORT", WHIPPS, USA_GOV2, F2, date="2025-08-27", location="Koror", location_country="PLW"),
        event("AGREE", USA_GOV2, PLW_GOV, F2, date="2025-08-27", location="Koror", location_country="PLW"),
        event("REJECT", PLW_SENATE, WHIPPS, F6, mode="change"),
        event("ACCUSE", BAULES, WHIPPS, F7, mode="disapprove"),
        event("REQUEST", BAULES, WHIPPS, F7, mode="change"),
        event("ACCUSE", BAULES, WHIPPS, F8, mode="disapprove"),
        event("PROTEST", PLW_PROTESTERS, PLW_GOV, F9, mode="demo", date="2025-08-28", location="Melekeok",
              location_country="PLW"),
        event("AGREE", USA_GOV2, SWZ_GOV, F11),
        event("AGREE", USA_GOV2, RWA_GOV, F11),
        event("AGREE", USA_GOV2, SSD_GOV, F11),
        event("REQUEST", UNHCR, USA_GOV2, F12, mode="change"),
        event("REQUEST", WHIPPS, USA_GOV2, F14, mode="assist"),
    ],
    "quotes": [
        quote("We are a small nation, but we can help a friend and ally that has always stood by us",
              "Surangel Whipps Jr.", "direct"),
        quote("the talks had begun at Palau's own initiative", "Surangel Whipps Jr.", "indirect"),
        quote("the island nation of about 18,000 people lacked the housing and services to absorb newcomers",
              "Senate of Palau", "indirect"),
        quote("that the agreement be put to a vote", "Hokkons Baules", "indirect"),
        quote("This is a decision for the people of Palau, not for one man in an office", "Hokkons Baules",
              "direct"),
        quote("Palau is not a dumping ground", "residents protesting in Melekeok", "direct"),
        quote("the agreement was part of a broader effort to find partners willing to accept deportees who cannot be "
              "quickly returned to their home countries", "United States Department of State", "indirect"),
        quote("it had not been consulted", "United Nations High Commissioner for Refugees", "indirect"),
    ],
    "entities": [
        entity("Koror", "LOC", "PLW", ["KOROR", "Koror"]),
        entity("Palau", "LOC", "PLW", ["Palau", "the tiny Pacific nation", "the island nation", "the islands"]),
        entity("United States", "LOC", "USA", ["the United States", "Washington"]),
        entity("Surangel Whipps Jr.", "PER", "PLW", ["President Surangel Whipps Jr.", "Whipps", "one man in an "
                                                                                               "office"]),
        entity("U.S. envoy to Palau", "PER", "USA", ["a U.S. envoy"]),
        entity("Government of Palau", "ORG", "PLW", ["Palau's government", "his government"]),
        entity("Senate of Palau", "ORG", "PLW", ["Palau's Senate"]),
        entity("Hokkons Baules", "PER", "PLW", ["Senate President Hokkons Baules"]),
        entity("Palau National Congress", "ORG", "PLW", ["the national congress"]),
        entity("residents protesting in Melekeok", "PER", "PLW", ["Dozens of residents"]),
        entity("Melekeok", "LOC", "PLW", ["Melekeok"]),
        entity("United States Department of State", "ORG", "USA", ["The State Department"]),
        entity("Government of the United States", "ORG", "USA", ["The Trump administration"]),
        entity("Eswatini", "LOC", "SWZ", ["Eswatini"]),
        entity("Rwanda", "LOC", "RWA", ["Rwanda"]),
        entity("South Sudan", "LOC", "SSD", ["South Sudan"]),
        entity("United Nations High Commissioner for Refugees", "ORG", "UNO", ["The U.N. refugee agency UNHCR"]),
        entity("Taiwan", "LOC", "TWN", ["Taiwan"]),
        entity("Compact of Free Association", "ORG", None, ["a Compact of Free Association"]),
        entity("China", "LOC", "CHN", ["China's"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
