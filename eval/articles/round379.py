"""Round 379: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm379-de-01: ICC/Mongolia: Pre-Trial Chamber II finds that Mongolia breached the Rome Statute by not arresting Putin during his September state visit and refers the matter to the Assembly of States Parties; the 2023 warrant, Putin's talks with Khürelsükh, Kyiv's earlier demand, Ulaanbaatar's energy argument, Ukraine's foreign ministry and Tykhyi welcome it, Peskov rejects the court, the 2017 findings against Jordan and South Africa (2024-10-24).
- hm379-de-02: Tuvalu: parliament elects Feleti Teo prime minister unopposed after Natano lost his seat; Teo pledges to keep ties with Taiwan, Nauru's January switch recalled, Taipei congratulates and Joseph Wu invites him, Beijing urges Tuvalu to make "the right choice", Albanese congratulates by phone, talks on the Falepili treaty, Sopoaga's earlier accusation, Teo wants clarifications from Canberra (2024-02-26).
- hm379-de-03: Australia/Papua New Guinea: Canberra pledges A$600 million over ten years for a PNG team in the NRL; Marape travels to Canberra and signs with Albanese, PNG commits to Australia as security partner of choice, the shelved Chinese police offer, Albanese denies geopolitics, Beijing's foreign ministry warns Canberra, the Greens object, V'landys thanks both governments, the 2023 security pact recalled (2024-12-12).
- hm379-de-04: Myanmar: a military air strike on two private high schools in Thayet Thapin, Kyauktaw township, Rakhine State, kills at least 19 students; the Arakan Army's account, Zaw Min Tun says AA positions were hit and accuses the rebels, Unicef and the NUG condemn, the NUG's fuel appeal, AA spokesman Khaing Thukha threatens, the fall of the Western Command in Ann recalled, the NUG's election boycott (2025-09-13).
- hm379-en-01: OPCW/Syria: Director-General Fernando Arias meets interim President Ahmad al-Sharaa and Foreign Minister Asaad al-Shaibani in Damascus; pledges of cooperation, Arias's demands for declarations and access, Assad-era declarations and the Douma attribution, the 2021 suspension of Syria's voting rights, HTS's takeover and Israel's strikes, the OPCW's December request, al-Shaibani's planned address to the Executive Council (2025-02-08).
- hm379-en-02: UN/Russia: Secretary-General António Guterres meets Putin at the BRICS summit in Kazan; he calls the invasion a breach of the U.N. Charter and asks for a just peace, Putin's family-quarrel reply, Ukraine's foreign ministry attacks the trip, Dujarric defends it, the April 2022 visits to Moscow and Kyiv, a meeting with Pezeshkian, the ICC warrant against Putin (2024-10-24).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm379-de-01 (ICC, Mongolia's failure to arrest Putin)
ICC_PTC2 = actor("Pre-Trial Chamber II of the International Criminal Court", "IGO", "JUD")
ICC = actor("International Criminal Court", "IGO", "JUD")
MNG_GOV = actor("Government of Mongolia", "MNG", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
KHURELSUKH = actor("Ukhnaagiin Khürelsükh", "MNG", "GOV")
UKR_GOV = actor("Government of Ukraine", "UKR", "GOV")
UKR_MFA = actor("Ministry of Foreign Affairs of Ukraine", "UKR", "GOV")
TYKHYI = actor("Heorhii Tykhyi", "UKR", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
JOR_GOV = actor("Government of Jordan", "JOR", "GOV")
ZAF_GOV = actor("Government of South Africa", "ZAF", "GOV")

M1 = ("Den Haag (dpa) - Der Internationale Strafgerichtshof (IStGH) hat der Mongolei einen Verstoß gegen das Römische "
      "Statut bescheinigt, weil sie den russischen Präsidenten Wladimir Putin bei dessen Staatsbesuch Anfang September "
      "nicht festgenommen hat.")
M2 = ("Die Vorverfahrenskammer II des Gerichts verwies die Angelegenheit am Donnerstag an die Versammlung der "
      "Vertragsstaaten.")
M3 = ("Gegen Putin liegt seit März 2023 ein Haftbefehl des Gerichts wegen der mutmaßlich rechtswidrigen Verschleppung "
      "ukrainischer Kinder nach Russland vor.")
M4 = ("Als Vertragsstaat sei die Mongolei verpflichtet gewesen, Putin festzunehmen und an den Gerichtshof zu "
      "überstellen, heißt es in der Entscheidung der drei Richterinnen.")
M5 = ("Auch die Immunität eines amtierenden Staatsoberhaupts schütze nicht vor einer Festnahme auf Grundlage eines "
      "Haftbefehls des IStGH.")
M6 = ("Putin war am 3. September in Ulan Bator mit militärischen Ehren empfangen worden und hatte mit Präsident "
      "Uchnaagiin Chürelsüch über Energieprojekte und eine geplante Gaspipeline nach China gesprochen.")
M7 = "Es war die erste Reise des Kremlchefs in einen Mitgliedstaat des Gerichts, seit der Haftbefehl erlassen wurde."
M8 = "Die Ukraine hatte die Regierung in Ulan Bator vor dem Besuch aufgefordert, Putin festzunehmen."
M9 = ("Die Mongolei hatte sich anschließend auf ihre Abhängigkeit von Energielieferungen berufen: Das Land beziehe 95 "
      "Prozent seiner Erdölprodukte und mehr als 20 Prozent seines Stroms aus den Nachbarländern, hatte ein "
      "Regierungssprecher erklärt.")
M10 = "Diese Begründung ließen die Richterinnen nicht gelten."
M11 = "Das ukrainische Außenministerium begrüßte die Entscheidung als „wichtiges Signal“."
M12 = ("„Kein Kriegsverbrecher darf sich irgendwo auf der Welt sicher fühlen“, schrieb Sprecher Heorhij Tychyj auf der "
       "Plattform X.")
M13 = ("Kremlsprecher Dmitri Peskow sagte, Russland erkenne die Zuständigkeit des Strafgerichtshofs nicht an, die "
       "Entscheidung sei für Moskau daher „bedeutungslos“.")
M14 = "Die Versammlung der Vertragsstaaten kann säumige Mitglieder rügen, Strafen kann sie jedoch nicht verhängen."
M15 = ("Bereits 2017 hatte das Gericht Jordanien und Südafrika gerügt, weil sie den damaligen sudanesischen Präsidenten "
       "Omar al-Baschir bei Besuchen nicht festgenommen hatten.")
M16 = "Die mongolische Regierung äußerte sich zunächst nicht."

DE01 = {
    "id": "hm379-de-01", "lang": "de", "url": None, "published": "2024-10-24",
    "title": "Strafgerichtshof rügt Mongolei wegen Putin-Besuch",
    "text": paragraphs([M1, M2, M3], [M4, M5], [M6, M7, M8, M9, M10], [M11, M12, M13], [M14, M15, M16]),
    "events": [
        event("SANCTION", ICC_PTC2, MNG_GOV, M1, mode="convict"),
        event("ACCUSE", ICC_PTC2, MNG_GOV, M2, mode="allege", date="2024-10-24"),
        event("THREATEN", ICC, PUTIN, M3, mode="arrest"),
        event("CONSULT", PUTIN, KHURELSUKH, M6, mode="visit", location="Ulaanbaatar", location_country="MNG"),
        event("REQUEST", UKR_GOV, MNG_GOV, M8, mode="change"),
        event("SUPPORT", UKR_MFA, ICC_PTC2, M11),
        event("ACCUSE", TYKHYI, PUTIN, M12, mode="disapprove"),
        event("REJECT", PESKOV, ICC, M13),
        event("ACCUSE", ICC, JOR_GOV, M15, mode="disapprove"),
        event("ACCUSE", ICC, ZAF_GOV, M15, mode="disapprove"),
    ],
    "quotes": [
        quote("Als Vertragsstaat sei die Mongolei verpflichtet gewesen, Putin festzunehmen und an den Gerichtshof zu "
              "überstellen", "Pre-Trial Chamber II of the International Criminal Court", "indirect"),
        quote("Auch die Immunität eines amtierenden Staatsoberhaupts schütze nicht vor einer Festnahme auf Grundlage "
              "eines Haftbefehls des IStGH", "Pre-Trial Chamber II of the International Criminal Court", "indirect"),
        quote("Das Land beziehe 95 Prozent seiner Erdölprodukte und mehr als 20 Prozent seines Stroms aus den "
              "Nachbarländern", "Spokesperson of the Government of Mongolia", "indirect"),
        quote("wichtiges Signal", "Ministry of Foreign Affairs of Ukraine", "direct"),
        quote("Kein Kriegsverbrecher darf sich irgendwo auf der Welt sicher fühlen", "Heorhii Tykhyi", "direct"),
        quote("Russland erkenne die Zuständigkeit des Strafgerichtshofs nicht an, die Entscheidung sei für Moskau "
              "daher „bedeutungslos“", "Dmitry Peskov", "indirect"),
        quote("bedeutungslos", "Dmitry Peskov", "direct"),
    ],
    "entities": [
        entity("The Hague", "LOC", "NLD", ["Den Haag"]),
        entity("International Criminal Court", "ORG", "IGO", ["Der Internationale Strafgerichtshof (IStGH)",
                                                               "des Gerichts", "den Gerichtshof", "des IStGH",
                                                               "des Strafgerichtshofs", "das Gericht"]),
        entity("Mongolia", "LOC", "MNG", ["der Mongolei", "die Mongolei", "Die Mongolei", "Das Land"]),
        entity("Vladimir Putin", "PER", "RUS", ["den russischen Präsidenten Wladimir Putin", "Putin",
                                                "des Kremlchefs"]),
        entity("Pre-Trial Chamber II of the International Criminal Court", "ORG", "IGO",
               ["Die Vorverfahrenskammer II des Gerichts", "der drei Richterinnen", "die Richterinnen"]),
        entity("Assembly of States Parties to the Rome Statute", "ORG", "IGO",
               ["die Versammlung der Vertragsstaaten", "Die Versammlung der Vertragsstaaten"]),
        entity("Ukrainian children", "PER", "UKR", ["ukrainischer Kinder"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Ulaanbaatar", "LOC", "MNG", ["Ulan Bator"]),
        entity("Ukhnaagiin Khürelsükh", "PER", "MNG", ["Präsident Uchnaagiin Chürelsüch"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Ukraine", "LOC", "UKR", ["Die Ukraine"]),
        entity("Government of Mongolia", "ORG", "MNG", ["die Regierung in Ulan Bator", "Die mongolische Regierung"]),
        entity("Spokesperson of the Government of Mongolia", "PER", "MNG", ["ein Regierungssprecher"]),
        entity("Ministry of Foreign Affairs of Ukraine", "ORG", "UKR", ["Das ukrainische Außenministerium"]),
        entity("Heorhii Tykhyi", "PER", "UKR", ["Sprecher Heorhij Tychyj"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau"]),
        entity("Jordan", "LOC", "JOR", ["Jordanien"]),
        entity("South Africa", "LOC", "ZAF", ["Südafrika"]),
        entity("Omar al-Bashir", "PER", "SDN", ["den damaligen sudanesischen Präsidenten Omar al-Baschir"]),
    ],
}

# ---------------------------------------------------------------- hm379-de-02 (Tuvalu, Feleti Teo elected)
TEO = actor("Feleti Teo", "TUV", "GOV")
TWN_GOV = actor("Government of Taiwan", "TWN", "GOV")
NRU_GOV = actor("Government of Nauru", "NRU", "GOV")
TWN_MFA = actor("Ministry of Foreign Affairs of Taiwan", "TWN", "GOV")
JOSEPH_WU = actor("Joseph Wu", "TWN", "GOV")
CHN_MFA = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")
TUV_GOV = actor("Government of Tuvalu", "TUV", "GOV")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
AUS_GOV = actor("Government of Australia", "AUS", "GOV")
NATANO = actor("Kausea Natano", "TUV", "GOV")
SOPOAGA = actor("Enele Sopoaga", "TUV", "OPP")

U1 = ("Sydney (dpa) - Der pazifische Inselstaat Tuvalu hat einen neuen Regierungschef: Das Parlament wählte am Montag "
      "den früheren Generalstaatsanwalt Feleti Teo zum Premierminister.")
U2 = ("Teo sei ohne Gegenkandidaten von allen 16 Abgeordneten bestimmt worden, teilte das Büro von Generalgouverneur "
      "Tofiga Vaevalu Falani mit.")
U3 = ("Bei der Parlamentswahl im Januar hatte der bisherige Premierminister Kausea Natano überraschend seinen Sitz "
      "verloren.")
U4 = ("Teo versicherte unmittelbar nach seiner Wahl, Tuvalu werde an seinen diplomatischen Beziehungen zu Taiwan "
      "festhalten.")
U5 = ("„Unsere Freundschaft mit Taiwan ist besonders und dauerhaft, daran wird sich nichts ändern“, sagte er vor "
      "Journalisten in der Hauptstadt Funafuti.")
U6 = ("Der kleine Atollstaat mit rund 11 000 Einwohnern ist einer von nur noch zwölf Staaten, die Taiwan diplomatisch "
      "anerkennen.")
U7 = ("Mitte Januar hatte der Pazifikstaat Nauru überraschend die Beziehungen zu Taipeh abgebrochen und sich der "
      "Volksrepublik China zugewandt.")
U8 = ("Im Wahlkampf hatte der bisherige Finanzminister Seve Paeniu angeregt, das Verhältnis zu Taipeh zu überprüfen, "
      "was in Taiwan für Unruhe gesorgt hatte.")
U9 = "Taiwans Außenministerium gratulierte Teo und nannte die Freundschaft beider Länder „felsenfest“."
U10 = "Außenminister Joseph Wu lud den neuen Regierungschef zu einem Besuch nach Taipeh ein."
U11 = ("Ein Sprecher des chinesischen Außenministeriums rief Tuvalu dagegen auf, „die richtige Entscheidung“ zu treffen "
       "und sich dem Ein-China-Prinzip anzuschließen.")
U12 = "Australiens Premierminister Anthony Albanese gratulierte Teo in einem Telefonat."
U13 = ("Beide Regierungen wollen demnach bald über die Umsetzung des Falepili-Abkommens sprechen, das Albanese und "
       "Natano im November unterzeichnet hatten.")
U14 = ("Der Vertrag sieht vor, dass Australien jährlich bis zu 280 Tuvaluern ein dauerhaftes Aufenthaltsrecht gewährt "
       "und dem Land bei Naturkatastrophen, Pandemien und militärischen Angriffen beisteht.")
U15 = "Im Gegenzug muss Tuvalu Sicherheitsabkommen mit Drittstaaten mit Canberra abstimmen."
U16 = ("Der frühere Premierminister Enele Sopoaga hatte der Regierung Natano vorgeworfen, mit dem Vertrag die "
       "Souveränität des Landes preisgegeben zu haben.")
U17 = ("Teo sagte, seine Regierung wolle an dem Abkommen festhalten, von Canberra aber Klarstellungen zu den "
       "Sicherheitsbestimmungen verlangen.")

DE02 = {
    "id": "hm379-de-02", "lang": "de", "url": None, "published": "2024-02-26",
    "title": "Tuvalu wählt Feleti Teo zum Premier - Bekenntnis zu Taiwan",
    "text": paragraphs([U1, U2, U3], [U4, U5, U6, U7, U8], [U9, U10, U11], [U12, U13, U14, U15], [U16, U17]),
    "events": [
        event("AGREE", TEO, TWN_GOV, U4),
        event("AGREE", TEO, TWN_GOV, U5, location="Funafuti", location_country="TUV"),
        event("SANCTION", NRU_GOV, TWN_GOV, U7, mode="discontinue"),
        event("SUPPORT", TWN_MFA, TEO, U9),
        event("AGREE", JOSEPH_WU, TEO, U10),
        event("REQUEST", CHN_MFA, TUV_GOV, U11, mode="change"),
        event("SUPPORT", ALBANESE, TEO, U12),
        event("CONSULT", ALBANESE, TEO, U12, mode="phone"),
        event("AGREE", AUS_GOV, TUV_GOV, U13),
        event("AGREE", TUV_GOV, AUS_GOV, U13),
        event("SUPPORT", ALBANESE, NATANO, U13),
        event("ACCUSE", SOPOAGA, NATANO, U16, mode="disapprove"),
        event("REQUEST", TEO, AUS_GOV, U17, mode="change"),
    ],
    "quotes": [
        quote("Teo sei ohne Gegenkandidaten von allen 16 Abgeordneten bestimmt worden",
              "Office of the Governor-General of Tuvalu", "indirect"),
        quote("Tuvalu werde an seinen diplomatischen Beziehungen zu Taiwan festhalten", "Feleti Teo", "indirect"),
        quote("Unsere Freundschaft mit Taiwan ist besonders und dauerhaft, daran wird sich nichts ändern", "Feleti Teo",
              "direct"),
        quote("felsenfest", "Ministry of Foreign Affairs of Taiwan", "direct"),
        quote("die richtige Entscheidung", "Spokesperson of the Ministry of Foreign Affairs of China", "direct"),
        quote("mit dem Vertrag die Souveränität des Landes preisgegeben zu haben", "Enele Sopoaga", "indirect"),
        quote("seine Regierung wolle an dem Abkommen festhalten, von Canberra aber Klarstellungen zu den "
              "Sicherheitsbestimmungen verlangen", "Feleti Teo", "indirect"),
    ],
    "entities": [
        entity("Sydney", "LOC", "AUS", ["Sydney"]),
        entity("Tuvalu", "LOC", "TUV", ["Der pazifische Inselstaat Tuvalu", "Tuvalu",
                                        "Der kleine Atollstaat mit rund 11 000 Einwohnern", "dem Land",
                                        "des Landes"]),
        entity("Parliament of Tuvalu", "ORG", "TUV", ["Das Parlament"]),
        entity("Feleti Teo", "PER", "TUV", ["den früheren Generalstaatsanwalt Feleti Teo", "Teo",
                                            "den neuen Regierungschef"]),
        entity("Office of the Governor-General of Tuvalu", "ORG", "TUV",
               ["das Büro von Generalgouverneur Tofiga Vaevalu Falani"]),
        entity("Tofiga Vaevalu Falani", "PER", "TUV", ["Generalgouverneur Tofiga Vaevalu Falani"]),
        entity("Members of the Parliament of Tuvalu", "PER", "TUV", ["allen 16 Abgeordneten"]),
        entity("Kausea Natano", "PER", "TUV", ["der bisherige Premierminister Kausea Natano", "Natano"]),
        entity("Taiwan", "LOC", "TWN", ["Taiwan"]),
        entity("Government of Taiwan", "ORG", "TWN", ["Taipeh"]),
        entity("Funafuti", "LOC", "TUV", ["der Hauptstadt Funafuti"]),
        entity("Nauru", "LOC", "NRU", ["der Pazifikstaat Nauru"]),
        entity("China", "LOC", "CHN", ["der Volksrepublik China"]),
        entity("Seve Paeniu", "PER", "TUV", ["der bisherige Finanzminister Seve Paeniu"]),
        entity("Ministry of Foreign Affairs of Taiwan", "ORG", "TWN", ["Taiwans Außenministerium"]),
        entity("Joseph Wu", "PER", "TWN", ["Außenminister Joseph Wu"]),
        entity("Taipei", "LOC", "TWN", ["Taipeh"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["des chinesischen Außenministeriums"]),
        entity("Spokesperson of the Ministry of Foreign Affairs of China", "PER", "CHN",
               ["Ein Sprecher des chinesischen Außenministeriums"]),
        entity("Anthony Albanese", "PER", "AUS", ["Australiens Premierminister Anthony Albanese", "Albanese"]),
        entity("Australia", "LOC", "AUS", ["Australiens", "Australien"]),
        entity("Government of Australia", "ORG", "AUS", ["Canberra"]),
        entity("Government of Tuvalu", "ORG", "TUV", ["der Regierung Natano", "seine Regierung"]),
        entity("Enele Sopoaga", "PER", "TUV", ["Der frühere Premierminister Enele Sopoaga"]),
    ],
}

# ---------------------------------------------------------------- hm379-de-03 (Australia/PNG, NRL team deal)
AUS_GOV3 = actor("Government of Australia", "AUS", "GOV")
PNG_GOV = actor("Government of Papua New Guinea", "PNG", "GOV")
MARAPE = actor("James Marape", "PNG", "GOV")
ALBANESE3 = actor("Anthony Albanese", "AUS", "GOV")
CHN_GOV3 = actor("Government of China", "CHN", "GOV")
CHN_MFA3 = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")
GREENS = actor("Australian Greens", "AUS", "PTY")
VLANDYS = actor("Peter V'landys", "AUS", "BUS")

P1 = ("Sydney (dpa) - Papua-Neuguinea bekommt eine eigene Mannschaft in der australischen Rugby-League-Profiliga NRL - "
      "und Australien lässt sich das einiges kosten.")
P2 = ("Canberra werde über zehn Jahre insgesamt 600 Millionen australische Dollar (rund 365 Millionen Euro) für das Team "
      "und die Förderung des Sports in dem Pazifikstaat bereitstellen, kündigte Premierminister Anthony Albanese am "
      "Donnerstag an.")
P3 = "Die Mannschaft mit Sitz in der Hauptstadt Port Moresby soll spätestens 2028 in den Spielbetrieb einsteigen."
P4 = ("Papua-Neuguineas Regierungschef James Marape war dafür eigens nach Canberra gereist, wo er und Albanese im "
      "Parlamentsgebäude eine entsprechende Vereinbarung unterzeichneten.")
P5 = "„Rugby League ist in Papua-Neuguinea keine Sportart, sondern eine Religion“, sagte Marape."
P6 = ("Teil der Vereinbarung ist nach Angaben des australischen Außenministeriums auch die Zusage Port Moresbys, "
      "Australien als bevorzugten Sicherheitspartner zu behandeln und keine Abkommen mit Drittstaaten zu schließen, die "
      "diese Partnerschaft untergraben könnten.")
P7 = ("Beobachter werten das vor allem als Signal an China, das seinen Einfluss im Südpazifik seit Jahren auszubauen "
      "versucht.")
P8 = ("Anfang des Jahres hatte Marape ein Angebot Pekings zur Zusammenarbeit bei der Polizeiausbildung geprüft, nach "
      "Bedenken aus Canberra aber nicht weiterverfolgt.")
P9 = "Albanese wies zurück, dass es bei dem Geschäft um Geopolitik gehe."
P10 = "„Es geht hier um Rugby League und um die Menschen in unseren beiden Ländern“, sagte er."
P11 = ("Chinas Außenministerium erklärte in Peking, die Zusammenarbeit zwischen Staaten dürfe „nicht gegen Dritte "
       "gerichtet“ sein, und warnte Canberra davor, den Pazifik als seinen „Hinterhof“ zu behandeln.")
P12 = "Die australischen Grünen kritisierten die Ausgaben als „Scheckbuchdiplomatie“."
P13 = ("Der Chef der australischen Rugby-League-Kommission, Peter V'landys, sprach von einem „historischen Tag“ für den "
       "Sport und dankte beiden Regierungen.")
P14 = "Rugby League ist Nationalsport in Papua-Neuguinea, das bis 1975 von Australien verwaltet wurde."
P15 = "Die NRL besteht derzeit aus 17 Mannschaften aus Australien und Neuseeland."
P16 = ("Bereits im Dezember 2023 hatte Marape in Canberra ein Sicherheitsabkommen mit Australien unterzeichnet, das "
       "unter anderem australische Unterstützung für die Polizei des Landes vorsieht.")

DE03 = {
    "id": "hm379-de-03", "lang": "de", "url": None, "published": "2024-12-12",
    "title": "Australien zahlt Millionen für Rugby-Team aus Papua-Neuguinea",
    "text": paragraphs([P1, P2, P3], [P4, P5, P6, P7, P8], [P9, P10, P11, P12], [P13, P14, P15, P16]),
    "events": [
        event("AGREE", AUS_GOV3, PNG_GOV, P2, date="2024-12-12"),
        event("CONSULT", MARAPE, ALBANESE3, P4, mode="visit", location="Canberra", location_country="AUS"),
        event("SUPPORT", MARAPE, ALBANESE3, P4, location="Canberra", location_country="AUS"),
        event("AGREE", PNG_GOV, AUS_GOV3, P6),
        event("REJECT", MARAPE, CHN_GOV3, P8),
        event("ACCUSE", CHN_MFA3, AUS_GOV3, P11, mode="disapprove", location="Beijing", location_country="CHN"),
        event("ACCUSE", GREENS, AUS_GOV3, P12, mode="disapprove"),
        event("SUPPORT", VLANDYS, AUS_GOV3, P13),
        event("SUPPORT", VLANDYS, PNG_GOV, P13),
        event("SUPPORT", MARAPE, AUS_GOV3, P16, location="Canberra", location_country="AUS"),
    ],
    "quotes": [
        quote("Canberra werde über zehn Jahre insgesamt 600 Millionen australische Dollar (rund 365 Millionen Euro) für "
              "das Team und die Förderung des Sports in dem Pazifikstaat bereitstellen", "Anthony Albanese",
              "indirect"),
        quote("Rugby League ist in Papua-Neuguinea keine Sportart, sondern eine Religion", "James Marape", "direct"),
        quote("Teil der Vereinbarung ist nach Angaben des australischen Außenministeriums auch die Zusage Port "
              "Moresbys, Australien als bevorzugten Sicherheitspartner zu behandeln und keine Abkommen mit "
              "Drittstaaten zu schließen, die diese Partnerschaft untergraben könnten",
              "Department of Foreign Affairs and Trade of Australia", "indirect"),
        quote("dass es bei dem Geschäft um Geopolitik gehe", "Anthony Albanese", "indirect"),
        quote("Es geht hier um Rugby League und um die Menschen in unseren beiden Ländern", "Anthony Albanese",
              "direct"),
        quote("die Zusammenarbeit zwischen Staaten dürfe „nicht gegen Dritte gerichtet“ sein",
              "Ministry of Foreign Affairs of China", "indirect"),
        quote("nicht gegen Dritte gerichtet", "Ministry of Foreign Affairs of China", "direct"),
        quote("Hinterhof", "Ministry of Foreign Affairs of China", "direct"),
        quote("Scheckbuchdiplomatie", "Australian Greens", "direct"),
        quote("historischen Tag", "Peter V'landys", "direct"),
    ],
    "entities": [
        entity("Sydney", "LOC", "AUS", ["Sydney"]),
        entity("Papua New Guinea", "LOC", "PNG", ["Papua-Neuguinea", "dem Pazifikstaat", "des Landes"]),
        entity("National Rugby League", "ORG", "AUS", ["der australischen Rugby-League-Profiliga NRL", "Die NRL"]),
        entity("Australia", "LOC", "AUS", ["Australien"]),
        entity("Government of Australia", "ORG", "AUS", ["Canberra"]),
        entity("Canberra", "LOC", "AUS", ["Canberra"]),
        entity("Anthony Albanese", "PER", "AUS", ["Premierminister Anthony Albanese", "Albanese"]),
        entity("Papua New Guinea NRL team", "ORG", "PNG", ["das Team",
                                                          "Die Mannschaft mit Sitz in der Hauptstadt Port Moresby"]),
        entity("Port Moresby", "LOC", "PNG", ["der Hauptstadt Port Moresby"]),
        entity("Government of Papua New Guinea", "ORG", "PNG", ["Port Moresbys"]),
        entity("James Marape", "PER", "PNG", ["Papua-Neuguineas Regierungschef James Marape", "Marape"]),
        entity("Parliament House", "LOC", "AUS", ["im Parlamentsgebäude"]),
        entity("Department of Foreign Affairs and Trade of Australia", "ORG", "AUS",
               ["des australischen Außenministeriums"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("South Pacific", "LOC", None, ["im Südpazifik"]),
        entity("Pacific", "LOC", None, ["den Pazifik"]),
        entity("Government of China", "ORG", "CHN", ["Pekings"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Chinas Außenministerium"]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Australian Greens", "ORG", "AUS", ["Die australischen Grünen"]),
        entity("Australian Rugby League Commission", "ORG", "AUS", ["der australischen Rugby-League-Kommission"]),
        entity("Peter V'landys", "PER", "AUS", ["Der Chef der australischen Rugby-League-Kommission, Peter V'landys"]),
        entity("New Zealand", "LOC", "NZL", ["Neuseeland"]),
        entity("Royal Papua New Guinea Constabulary", "ORG", "PNG", ["die Polizei des Landes"]),
    ],
}

# ---------------------------------------------------------------- hm379-de-04 (Myanmar, air strike on Kyauktaw schools)
MMR_MIL = actor("Myanmar Armed Forces", "MMR", "MIL")
KYAUKTAW_STUDENTS = actor("students killed in the air strike on Thayet Thapin", "MMR", "CVL")
ARAKAN_ARMY = actor("Arakan Army", "MMR", "REB")
ZAW_MIN_TUN = actor("Zaw Min Tun", "MMR", "MIL")
UNICEF = actor("UNICEF", "UNO", "IGO")
NUG = actor("National Unity Government of Myanmar", "MMR", "OPP")
KHAING_THUKHA = actor("Khaing Thukha", "MMR", "REB")
MMR_GOV = actor("Government of Myanmar", "MMR", "GOV")

K1 = ("Bangkok (dpa) - Bei einem Luftangriff des Militärs in Myanmar sind im westlichen Bundesstaat Rakhine mindestens "
      "19 Schülerinnen und Schüler getötet worden.")
K2 = ("Ein Kampfjet der Junta habe in der Nacht zum Freitag zwei Bomben auf zwei private Oberschulen im Dorf Thayet "
      "Thapin in der Gemeinde Kyauktaw abgeworfen, teilte die Rebellengruppe Arakan Army (AA) mit, die das Gebiet "
      "kontrolliert.")
K3 = "Die Opfer seien zwischen 15 und 21 Jahre alt gewesen, mehr als 20 weitere Menschen seien verletzt worden."
K4 = ("Die Schüler hätten in ihren Schlafsälen geschlafen, als die Bomben einschlugen, sagte ein Lehrer der Deutschen "
      "Presse-Agentur am Telefon.")
K5 = "Die Militärregierung äußerte sich am Freitag zunächst nicht."
K6 = ("Am Samstag sagte Juntasprecher Zaw Min Tun, die Luftwaffe habe Stellungen der AA angegriffen, die Rebellen "
      "missbrauchten zivile Gebäude als Stützpunkte.")
K7 = ("Das UN-Kinderhilfswerk Unicef verurteilte den „entsetzlichen Angriff“ und erinnerte daran, dass Schulen nach "
      "dem humanitären Völkerrecht geschützt seien.")
K8 = "Die im Untergrund agierende Regierung der Nationalen Einheit (NUG) sprach von einem Kriegsverbrechen."
K9 = "Sie forderte die Staatengemeinschaft auf, die Lieferung von Flugbenzin an Myanmars Militär zu unterbinden."
K10 = "AA-Sprecher Khaing Thukha kündigte an, die Verantwortlichen würden „einen hohen Preis zahlen“."
K11 = ("Die Arakan Army hat seit Ende 2023 den größten Teil Rakhines unter ihre Kontrolle gebracht, darunter im "
       "vergangenen Dezember das Hauptquartier des Westkommandos der Armee in der Stadt Ann.")
K12 = ("Derzeit kämpfen ihre Einheiten um die Hafenstadt Kyaukphyu, wo China einen Tiefseehafen und ein Öl- und "
       "Gasterminal betreibt.")
K13 = ("Das Militär, das sich 2021 an die Macht geputscht hatte, reagiert auf die Gebietsverluste seit Monaten mit "
       "verstärkten Luftangriffen auf Dörfer, Krankenhäuser und Klöster.")
K14 = ("Die Junta will am 28. Dezember mit einer Parlamentswahl beginnen, die von der NUG und den meisten bewaffneten "
       "Gruppen boykottiert wird.")

DE04 = {
    "id": "hm379-de-04", "lang": "de", "url": None, "published": "2025-09-13",
    "title": "Luftangriff auf Schulen in Myanmar - mindestens 19 Schüler getötet",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6], [K7, K8, K9, K10], [K11, K12, K13, K14]),
    "events": [
        event("ASSAULT", MMR_MIL, KYAUKTAW_STUDENTS, K1, mode="aerial", location="Rakhine State",
              location_country="MMR"),
        event("ACCUSE", ARAKAN_ARMY, MMR_MIL, K2, mode="allege"),
        event("ASSAULT", MMR_MIL, ARAKAN_ARMY, K6, mode="aerial"),
        event("ACCUSE", ZAW_MIN_TUN, ARAKAN_ARMY, K6, mode="allege", date="2025-09-13"),
        event("ACCUSE", UNICEF, MMR_MIL, K7, mode="disapprove"),
        event("ACCUSE", NUG, MMR_MIL, K8, mode="disapprove"),
        event("REQUEST", NUG, None, K9, mode="change"),
        event("THREATEN", KHAING_THUKHA, MMR_MIL, K10),
        event("ASSAULT", ARAKAN_ARMY, MMR_MIL, K11, location="Ann", location_country="MMR"),
        event("PROTEST", NUG, MMR_GOV, K14, mode="boycott"),
    ],
    "quotes": [
        quote("Ein Kampfjet der Junta habe in der Nacht zum Freitag zwei Bomben auf zwei private Oberschulen im Dorf "
              "Thayet Thapin in der Gemeinde Kyauktaw abgeworfen", "Arakan Army", "indirect"),
        quote("Die Opfer seien zwischen 15 und 21 Jahre alt gewesen, mehr als 20 weitere Menschen seien verletzt worden",
              "Arakan Army", "indirect"),
        quote("Die Schüler hätten in ihren Schlafsälen geschlafen, als die Bomben einschlugen",
              "teacher in Thayet Thapin", "indirect"),
        quote("die Luftwaffe habe Stellungen der AA angegriffen, die Rebellen missbrauchten zivile Gebäude als "
              "Stützpunkte", "Zaw Min Tun", "indirect"),
        quote("entsetzlichen Angriff", "UNICEF", "direct"),
        quote("dass Schulen nach dem humanitären Völkerrecht geschützt seien", "UNICEF", "indirect"),
        quote("die Verantwortlichen würden „einen hohen Preis zahlen“", "Khaing Thukha", "indirect"),
        quote("einen hohen Preis zahlen", "Khaing Thukha", "direct"),
    ],
    "entities": [
        entity("Bangkok", "LOC", "THA", ["Bangkok"]),
        entity("Myanmar Armed Forces", "ORG", "MMR", ["des Militärs", "der Junta", "die Luftwaffe", "Myanmars Militär",
                                                      "der Armee", "Das Militär"]),
        entity("Myanmar", "LOC", "MMR", ["Myanmar"]),
        entity("Rakhine State", "LOC", "MMR", ["im westlichen Bundesstaat Rakhine", "Rakhines"]),
        entity("students killed in the air strike on Thayet Thapin", "PER", "MMR",
               ["mindestens 19 Schülerinnen und Schüler", "Die Opfer", "Die Schüler"]),
        entity("two private high schools in Thayet Thapin", "LOC", "MMR", ["zwei private Oberschulen"]),
        entity("Thayet Thapin", "LOC", "MMR", ["im Dorf Thayet Thapin"]),
        entity("Kyauktaw Township", "LOC", "MMR", ["der Gemeinde Kyauktaw"]),
        entity("Arakan Army", "ORG", "MMR", ["die Rebellengruppe Arakan Army (AA)", "der AA", "die Rebellen",
                                             "Die Arakan Army", "ihre Einheiten"]),
        entity("teacher in Thayet Thapin", "PER", "MMR", ["ein Lehrer"]),
        entity("Deutsche Presse-Agentur", "ORG", "DEU", ["der Deutschen Presse-Agentur"]),
        entity("Government of Myanmar", "ORG", "MMR", ["Die Militärregierung", "Die Junta"]),
        entity("Zaw Min Tun", "PER", "MMR", ["Juntasprecher Zaw Min Tun"]),
        entity("UNICEF", "ORG", "UNO", ["Das UN-Kinderhilfswerk Unicef"]),
        entity("National Unity Government of Myanmar", "ORG", "MMR",
               ["Die im Untergrund agierende Regierung der Nationalen Einheit (NUG)", "Sie", "der NUG"]),
        entity("international community", "ORG", None, ["die Staatengemeinschaft"]),
        entity("Khaing Thukha", "PER", "MMR", ["AA-Sprecher Khaing Thukha"]),
        entity("Western Command headquarters", "LOC", "MMR", ["das Hauptquartier des Westkommandos der Armee"]),
        entity("Ann", "LOC", "MMR", ["der Stadt Ann"]),
        entity("Kyaukphyu", "LOC", "MMR", ["die Hafenstadt Kyaukphyu"]),
        entity("China", "LOC", "CHN", ["China"]),
    ],
}

# ---------------------------------------------------------------- hm379-en-01 (OPCW chief Arias in Damascus)
ARIAS = actor("Fernando Arias", "IGO", "IGO")
SHARAA = actor("Ahmed al-Sharaa", "SYR", "GOV")
SHAIBANI = actor("Asaad al-Shaibani", "SYR", "GOV")
SYR_GOV = actor("Government of Syria", "SYR", "GOV")
OPCW = actor("Organisation for the Prohibition of Chemical Weapons", "IGO", "IGO")
SYR_PRES_OFFICE = actor("Office of the President of Syria", "SYR", "GOV")
ASSAD_GOV = actor("Government of Bashar al-Assad", "SYR", "GOV")
ASSAD_FORCES = actor("Syrian Arab Armed Forces under Bashar al-Assad", "SYR", "MIL")
OPCW_CSP = actor("Conference of the States Parties of the OPCW", "IGO", "IGO")
HTS = actor("Hayat Tahrir al-Sham", "SYR", "REB")
IDF = actor("Israel Defense Forces", "ISR", "MIL")

O1 = ("DAMASCUS, Syria (AP) — The head of the global chemical weapons watchdog met Syria's interim President Ahmad "
      "al-Sharaa in Damascus on Saturday, the first such visit since the fall of Bashar Assad, as the country's new "
      "rulers pledged to help account for what remains of the former government's chemical arsenal.")
O2 = ("Fernando Arias, director-general of the Organization for the Prohibition of Chemical Weapons, also held talks "
      "with Foreign Minister Asaad al-Shaibani, the Netherlands-based organization said in a statement.")
O3 = ("\"This visit marks a reset after 11 years in which the Syrian authorities' declarations could not be considered "
      "accurate and complete,\" Arias said.")
O4 = ("He urged the interim authorities to declare all remaining stockpiles and production facilities and to grant the "
      "organization's inspectors unhindered access to them.")
O5 = ("Al-Sharaa's office said the new government was committed to \"full cooperation\" with the watchdog and would "
      "treat the issue as a priority.")
O6 = ("Syria has been a party to the Chemical Weapons Convention since 2013, when a sarin attack on the Damascus "
      "suburbs of Ghouta killed hundreds of people.")
O7 = ("Assad's government declared some 1,300 metric tons of chemical agents and precursor chemicals, which were "
      "removed and destroyed under international supervision, but the OPCW has repeatedly said the declaration was "
      "incomplete.")
O8 = ("Investigators from the watchdog have since blamed Assad's forces for several attacks during the civil war, "
      "including a 2018 chlorine attack on the town of Douma that killed 43 people.")
O9 = "OPCW member states suspended Syria's voting rights in the organization in 2021 over its failure to cooperate."
O10 = ("Assad, who fled to Russia when insurgents led by al-Sharaa's Hayat Tahrir al-Sham swept into Damascus in "
       "December, has always denied using chemical weapons.")
O11 = ("In the days after his fall, Israel carried out hundreds of airstrikes on military sites across Syria, saying it "
       "wanted to keep chemical weapons and other arms from falling into the hands of extremists.")
O12 = ("The OPCW had asked Syria's new authorities in December to secure all chemical weapons-related materials and "
       "facilities.")
O13 = ("According to two diplomats familiar with the talks, the watchdog believes there could be more than 100 "
       "undeclared sites.")
O14 = ("Al-Shaibani is expected to address the organization's Executive Council in The Hague next month, Syria's "
       "Foreign Ministry said.")

EN01 = {
    "id": "hm379-en-01", "lang": "en", "url": None, "published": "2025-02-08",
    "title": "Chemical weapons watchdog chief meets Syria's new leader in Damascus",
    "text": paragraphs([O1, O2], [O3, O4, O5], [O6, O7, O8, O9], [O10, O11, O12], [O13, O14]),
    "events": [
        event("CONSULT", ARIAS, SHARAA, O1, mode="visit", date="2025-02-08", location="Damascus",
              location_country="SYR"),
        event("AGREE", SYR_GOV, OPCW, O1),
        event("CONSULT", ARIAS, SHAIBANI, O2, mode="visit", location="Damascus", location_country="SYR"),
        event("ACCUSE", ARIAS, ASSAD_GOV, O3, mode="allege"),
        event("REQUEST", ARIAS, SYR_GOV, O4, mode="change"),
        event("AGREE", SYR_PRES_OFFICE, OPCW, O5),
        event("COOPERATE", ASSAD_GOV, OPCW, O7),
        event("ACCUSE", OPCW, ASSAD_GOV, O7, mode="allege"),
        event("ACCUSE", OPCW, ASSAD_FORCES, O8, mode="allege"),
        event("SANCTION", OPCW_CSP, ASSAD_GOV, O9, mode="expel"),
        event("ASSAULT", HTS, ASSAD_FORCES, O10, location="Damascus", location_country="SYR"),
        event("ASSAULT", IDF, ASSAD_FORCES, O11, mode="aerial", location_country="SYR"),
        event("REQUEST", OPCW, SYR_GOV, O12, mode="change"),
        event("AGREE", SHAIBANI, OPCW, O14, location="The Hague", location_country="NLD"),
    ],
    "quotes": [
        quote("Fernando Arias, director-general of the Organization for the Prohibition of Chemical Weapons, also held "
              "talks with Foreign Minister Asaad al-Shaibani", "Organisation for the Prohibition of Chemical Weapons",
              "indirect"),
        quote("This visit marks a reset after 11 years in which the Syrian authorities' declarations could not be "
              "considered accurate and complete", "Fernando Arias", "direct"),
        quote("full cooperation", "Office of the President of Syria", "direct"),
        quote("the new government was committed to \"full cooperation\" with the watchdog and would treat the issue as "
              "a priority", "Office of the President of Syria", "indirect"),
        quote("the declaration was incomplete", "Organisation for the Prohibition of Chemical Weapons", "indirect"),
        quote("it wanted to keep chemical weapons and other arms from falling into the hands of extremists",
              "Government of Israel", "indirect"),
        quote("the watchdog believes there could be more than 100 undeclared sites",
              "diplomats familiar with the OPCW talks", "indirect"),
        quote("Al-Shaibani is expected to address the organization's Executive Council in The Hague next month",
              "Ministry of Foreign Affairs of Syria", "indirect"),
    ],
    "entities": [
        entity("Damascus", "LOC", "SYR", ["DAMASCUS", "Damascus"]),
        entity("Syria", "LOC", "SYR", ["Syria", "Syria's", "the country's"]),
        entity("Organisation for the Prohibition of Chemical Weapons", "ORG", "IGO",
               ["the global chemical weapons watchdog", "the Organization for the Prohibition of Chemical Weapons",
                "the Netherlands-based organization", "the watchdog", "the organization's", "the OPCW", "The OPCW",
                "the organization"]),
        entity("Fernando Arias", "PER", "IGO", ["The head of the global chemical weapons watchdog",
                                                "Fernando Arias, director-general of the Organization for the "
                                                "Prohibition of Chemical Weapons", "Arias", "He"]),
        entity("Ahmed al-Sharaa", "PER", "SYR", ["Syria's interim President Ahmad al-Sharaa", "Al-Sharaa's",
                                                 "al-Sharaa's"]),
        entity("Bashar al-Assad", "PER", "SYR", ["Bashar Assad", "Assad"]),
        entity("Asaad al-Shaibani", "PER", "SYR", ["Foreign Minister Asaad al-Shaibani", "Al-Shaibani"]),
        entity("Netherlands", "LOC", "NLD", ["Netherlands"]),
        entity("Government of Syria", "ORG", "SYR", ["the country's new rulers", "the interim authorities",
                                                     "the new government", "Syria's new authorities"]),
        entity("Office of the President of Syria", "ORG", "SYR", ["Al-Sharaa's office"]),
        entity("Government of Bashar al-Assad", "ORG", "SYR", ["the former government's", "the Syrian authorities'",
                                                               "Assad's government"]),
        entity("Syrian Arab Armed Forces under Bashar al-Assad", "ORG", "SYR", ["Assad's forces"]),
        entity("OPCW Investigation and Identification Team", "ORG", "IGO", ["Investigators from the watchdog"]),
        entity("Ghouta", "LOC", "SYR", ["the Damascus suburbs of Ghouta"]),
        entity("Douma", "LOC", "SYR", ["the town of Douma"]),
        entity("Conference of the States Parties of the OPCW", "ORG", "IGO", ["OPCW member states"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("Hayat Tahrir al-Sham", "ORG", "SYR", ["insurgents led by al-Sharaa's Hayat Tahrir al-Sham"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("diplomats familiar with the OPCW talks", "PER", None, ["two diplomats familiar with the talks"]),
        entity("Executive Council of the OPCW", "ORG", "IGO", ["the organization's Executive Council"]),
        entity("The Hague", "LOC", "NLD", ["The Hague"]),
        entity("Ministry of Foreign Affairs of Syria", "ORG", "SYR", ["Syria's Foreign Ministry"]),
    ],
}

# ---------------------------------------------------------------- hm379-en-02 (Guterres meets Putin in Kazan)
GUTERRES = actor("António Guterres", "UNO", "IGO")
PUTIN_EN = actor("Vladimir Putin", "RUS", "GOV")
UKR_GOV_EN = actor("Government of Ukraine", "UKR", "GOV")
UKR_MFA_EN = actor("Ministry of Foreign Affairs of Ukraine", "UKR", "GOV")
ZELENSKYY = actor("Volodymyr Zelenskyy", "UKR", "GOV")
PEZESHKIAN = actor("Masoud Pezeshkian", "IRN", "GOV")
ICC_EN = actor("International Criminal Court", "IGO", "JUD")

G1 = ("KAZAN, Russia (AP) — U.N. Secretary-General António Guterres met Russian President Vladimir Putin on Thursday "
      "on the sidelines of a summit of the BRICS group of emerging economies, his first visit to Russia in more than "
      "two years, drawing sharp criticism from Ukraine.")
G2 = ("Guterres told Putin that Russia's invasion of Ukraine violated the U.N. Charter and international law, according "
      "to a U.N. readout of the meeting in the city of Kazan.")
G3 = ("He also repeated his call for a \"just peace\" in line with the Charter, international law and General Assembly "
      "resolutions.")
G4 = ("The two men discussed freedom of navigation in the Black Sea and the exchange of prisoners of war, the readout "
      "said.")
G5 = ("Speaking earlier at a session with leaders and delegations from more than 30 countries, Guterres had called for "
      "peace in Ukraine, an immediate ceasefire in Gaza and Lebanon and an end to the war in Sudan.")
G6 = ("Putin, who chaired the session, replied that even in a large family there were \"often disputes, squabbles, "
      "arguments over property\" and sometimes fights.")
G7 = ("Ukraine's Foreign Ministry said Guterres had turned down an invitation to a Ukraine peace summit in Switzerland "
      "in June but accepted Putin's invitation to Kazan.")
G8 = ("\"This is a wrong choice that does not advance the cause of peace. It only damages the U.N.'s reputation,\" the "
      "ministry wrote on X.")
G9 = ("U.N. spokesman Stéphane Dujarric defended the trip, saying the secretary-general had always made clear he would "
      "speak with all parties to a conflict in pursuit of peace.")
G10 = ("Guterres last traveled to Russia in April 2022, when he met Putin in the Kremlin before going on to Kyiv for "
       "talks with Ukrainian President Volodymyr Zelenskyy.")
G11 = "During his stay in Kazan, Guterres also met Iranian President Masoud Pezeshkian, the Iranian presidency said."
G12 = ("The Kremlin has portrayed the three-day summit, attended by more than 20 heads of state, as proof that Western "
       "efforts to isolate Russia over the war have failed.")
G13 = ("Putin faces an arrest warrant from the International Criminal Court over the deportation of Ukrainian children, "
       "an allegation Moscow rejects.")

EN02 = {
    "id": "hm379-en-02", "lang": "en", "url": None, "published": "2024-10-24",
    "title": "UN chief Guterres meets Putin in Kazan, angering Ukraine",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6], [G7, G8, G9], [G10, G11], [G12, G13]),
    "events": [
        event("CONSULT", GUTERRES, PUTIN_EN, G1, mode="visit", date="2024-10-24", location="Kazan",
              location_country="RUS"),
        event("ACCUSE", UKR_GOV_EN, GUTERRES, G1, mode="disapprove"),
        event("ACCUSE", GUTERRES, PUTIN_EN, G2, mode="disapprove", location="Kazan", location_country="RUS"),
        event("REQUEST", GUTERRES, PUTIN_EN, G3, mode="change"),
        event("CONSULT", GUTERRES, PUTIN_EN, G4, mode="visit", location="Kazan", location_country="RUS"),
        event("REQUEST", GUTERRES, None, G5, mode="change", location="Kazan", location_country="RUS"),
        event("ACCUSE", UKR_MFA_EN, GUTERRES, G7, mode="disapprove"),
        event("ACCUSE", UKR_MFA_EN, GUTERRES, G8, mode="disapprove"),
        event("CONSULT", GUTERRES, PUTIN_EN, G10, mode="visit", location="Moscow", location_country="RUS"),
        event("CONSULT", GUTERRES, ZELENSKYY, G10, mode="visit", location="Kyiv", location_country="UKR"),
        event("CONSULT", GUTERRES, PEZESHKIAN, G11, mode="third-party", location="Kazan", location_country="RUS"),
        event("THREATEN", ICC_EN, PUTIN_EN, G13, mode="arrest"),
    ],
    "quotes": [
        quote("Russia's invasion of Ukraine violated the U.N. Charter and international law", "António Guterres",
              "indirect"),
        quote("just peace", "António Guterres", "direct"),
        quote("The two men discussed freedom of navigation in the Black Sea and the exchange of prisoners of war",
              "United Nations", "indirect"),
        quote("often disputes, squabbles, arguments over property", "Vladimir Putin", "direct"),
        quote("even in a large family there were \"often disputes, squabbles, arguments over property\" and sometimes "
              "fights", "Vladimir Putin", "indirect"),
        quote("Guterres had turned down an invitation to a Ukraine peace summit in Switzerland in June but accepted "
              "Putin's invitation to Kazan", "Ministry of Foreign Affairs of Ukraine", "indirect"),
        quote("This is a wrong choice that does not advance the cause of peace. It only damages the U.N.'s reputation",
              "Ministry of Foreign Affairs of Ukraine", "direct"),
        quote("the secretary-general had always made clear he would speak with all parties to a conflict in pursuit "
              "of peace", "Stéphane Dujarric", "indirect"),
        quote("During his stay in Kazan, Guterres also met Iranian President Masoud Pezeshkian",
              "Office of the President of Iran", "indirect"),
    ],
    "entities": [
        entity("Kazan", "LOC", "RUS", ["KAZAN", "Kazan", "the city of Kazan"]),
        entity("Russia", "LOC", "RUS", ["Russia", "Russia's"]),
        entity("António Guterres", "PER", "UNO", ["U.N. Secretary-General António Guterres", "Guterres", "He",
                                                  "the secretary-general"]),
        entity("Vladimir Putin", "PER", "RUS", ["Russian President Vladimir Putin", "Putin", "Putin's"]),
        entity("BRICS", "ORG", "IGO", ["the BRICS group of emerging economies"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
        entity("United Nations", "ORG", "UNO", ["U.N."]),
        entity("Black Sea", "LOC", None, ["the Black Sea"]),
        entity("Gaza", "LOC", "PSE", ["Gaza"]),
        entity("Lebanon", "LOC", "LBN", ["Lebanon"]),
        entity("Sudan", "LOC", "SDN", ["Sudan"]),
        entity("Ministry of Foreign Affairs of Ukraine", "ORG", "UKR", ["Ukraine's Foreign Ministry", "the ministry"]),
        entity("Switzerland", "LOC", "CHE", ["Switzerland"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Stéphane Dujarric", "PER", "UNO", ["U.N. spokesman Stéphane Dujarric"]),
        entity("Kremlin", "LOC", "RUS", ["the Kremlin"]),
        entity("Government of Russia", "ORG", "RUS", ["The Kremlin", "Moscow"]),
        entity("Kyiv", "LOC", "UKR", ["Kyiv"]),
        entity("Volodymyr Zelenskyy", "PER", "UKR", ["Ukrainian President Volodymyr Zelenskyy"]),
        entity("Masoud Pezeshkian", "PER", "IRN", ["Iranian President Masoud Pezeshkian"]),
        entity("Office of the President of Iran", "ORG", "IRN", ["the Iranian presidency"]),
        entity("International Criminal Court", "ORG", "IGO", ["the International Criminal Court"]),
        entity("Ukrainian children", "PER", "UKR", ["Ukrainian children"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
