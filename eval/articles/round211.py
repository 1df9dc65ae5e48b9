"""Round 211: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm211-de-01: After the Wang Fuk Court high-rise fire in Hong Kong's Tai Po, police and the ICAC arrest construction firm managers and contractors; John Lee announces an inquiry and relief, Beijing's security office warns "anti-China troublemakers", a petition student is detained (2025-11-29).
- hm211-de-02: A Beijing court gives Australian writer Yang Hengjun a suspended death sentence for espionage; Wong summons Ambassador Xiao Qian, Albanese asks for his release, Beijing refuses, his sons accuse the authorities (2024-02-05).
- hm211-de-03: Militants kill seven at a tunnel workers' camp in Ganderbal, Kashmir; Omar and Farooq Abdullah condemn and warn Pakistan, Amit Shah vows revenge, cordon, detentions and troop reinforcements, police blame TRF (2024-10-21).
- hm211-de-04: Japan's LDP-Komeito coalition loses its upper-house majority as Sanseito surges; Noda and LDP members press Ishiba to go, he refuses, Akazawa to Washington under Trump's tariff threat, no coalition talks with Sanseito (2025-07-21).
- hm211-en-01: Thai police detain American academic Paul Chambers on a lese-majeste complaint by the army; bail refused, visa revoked, the State Department and Human Rights Watch object (2025-04-09).
- hm211-en-02: The 11-nation Multilateral Sanctions Monitoring Team accuses North Korea of arming Russia and Russia of supplying Pyongyang; Seoul and Tokyo react, Moscow's embassy and Pyongyang's foreign ministry hit back, Putin thanks Kim (2025-05-30).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm211-de-01
HK_POLICE = actor("Hong Kong Police Force", "CHN", "COP")
HK_NSD = actor("Hong Kong Police National Security Department", "CHN", "COP")
PRESTIGE = actor("Prestige Construction executives", "CHN", "BUS")
ICAC = actor("Independent Commission Against Corruption", "CHN", "GOV")
CONTRACTORS = actor("Wang Fuk Court renovation consultants and subcontractors", "CHN", "BUS")
JOHN_LEE = actor("John Lee", "CHN", "GOV")
HK_GOV = actor("Hong Kong Government", "CHN", "GOV")
RESIDENTS = actor("Wang Fuk Court residents", "CHN", "CVL")
CHINA_GOV = actor("China", "CHN", "GOV")
OSNS = actor("Office for Safeguarding National Security", "CHN", "GOV")
TROUBLEMAKERS = actor("anti-China troublemakers", "CHN", "OPP")
STUDENT = actor("Hong Kong university student", "CHN", "CVL")

G1 = ("Nach dem verheerenden Hochhausbrand im Hongkonger Stadtteil Tai Po hat die Polizei drei Männer wegen des "
      "Verdachts der fahrlässigen Tötung festgenommen.")
G2 = ("Die Festgenommenen, zwei Direktoren und ein Ingenieur der Baufirma Prestige Construction, sollen bei der "
      "Sanierung der Wohnanlage Wang Fuk Court brennbare Schutznetze verwendet haben, wie ein Polizeisprecher sagte.")
G3 = "Die Zahl der Toten stieg bis Samstag auf mindestens 128."
G4 = "Das Feuer war am Mittwoch an einem Bambusgerüst ausgebrochen und hatte sieben der acht Wohntürme erfasst."
G5 = ("Die Antikorruptionsbehörde ICAC nahm am Freitag acht weitere Verdächtige fest, darunter Berater und "
      "Subunternehmer des Sanierungsprojekts.")
G6 = "Regierungschef John Lee kündigte eine unabhängige Untersuchungskommission unter Leitung eines Richters an."
G7 = ("„Wir werden jeden Stein umdrehen“, sagte Lee, „und wer Verantwortung trägt, wird zur Rechenschaft "
      "gezogen.“")
G8 = "Die Regierung stellte obdachlos gewordenen Bewohnern Notunterkünfte und Soforthilfe bereit."
G9 = ("Staats- und Parteichef Xi Jinping sprach den Angehörigen sein Beileid aus, Peking sagte der Stadt jede nötige "
      "Hilfe zu.")
G10 = ("Pekings Büro für den Schutz der nationalen Sicherheit in der Stadt erklärte dagegen, "
       "„antichinesische Unruhestifter“ wollten die Tragödie nutzen, um Hongkong zu destabilisieren; man werde dies "
       "nicht dulden.")
G11 = ("Am Samstag nahmen Beamte der Abteilung für nationale Sicherheit der Polizei einen Studenten fest, der eine "
       "Online-Petition für eine unabhängige Aufarbeitung des Brandes gestartet hatte.")
G12 = "Die Petition hatte gefordert, auch Verantwortliche in den Behörden zur Rechenschaft zu ziehen."
G13 = ("Die Regierung erklärte, sie äußere sich nicht zu Einzelfällen; politische Motive bei der Festnahme wies sie "
       "zurück.")

DE01 = {
    "id": "hm211-de-01", "lang": "de", "url": None, "published": "2025-11-29",
    "title": "Hongkong: Festnahmen nach Hochhausbrand in Tai Po – Peking warnt vor „Unruhestiftern“",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8], [G9, G10, G11, G12, G13]),
    "events": [
        event("COERCE", HK_POLICE, PRESTIGE, G1, mode="arrest", location="Tai Po", location_country="HKG"),
        event("ACCUSE", HK_POLICE, PRESTIGE, G2, mode="allege"),
        event("COERCE", ICAC, CONTRACTORS, G5, mode="arrest", date="2025-11-28"),
        event("ACCUSE", JOHN_LEE, None, G6, mode="investigate"),
        event("AID", HK_GOV, RESIDENTS, G8),
        event("AGREE", CHINA_GOV, HK_GOV, G9),
        event("ACCUSE", OSNS, TROUBLEMAKERS, G10, mode="allege"),
        event("THREATEN", OSNS, TROUBLEMAKERS, G10),
        event("COERCE", HK_NSD, STUDENT, G11, mode="arrest", date="2025-11-29"),
        event("REQUEST", STUDENT, HK_GOV, G11, mode="change"),
        event("REQUEST", STUDENT, HK_GOV, G12, mode="change"),
    ],
    "quotes": [
        quote("Die Festgenommenen, zwei Direktoren und ein Ingenieur der Baufirma Prestige Construction, sollen bei der "
              "Sanierung der Wohnanlage Wang Fuk Court brennbare Schutznetze verwendet haben",
              "Hong Kong Police spokesperson", "indirect"),
        quote("Wir werden jeden Stein umdrehen", "John Lee", "direct"),
        quote("und wer Verantwortung trägt, wird zur Rechenschaft gezogen", "John Lee", "direct"),
        quote("antichinesische Unruhestifter", "Office for Safeguarding National Security", "direct"),
        quote("„antichinesische Unruhestifter“ wollten die Tragödie nutzen, um Hongkong zu destabilisieren; man werde "
              "dies nicht dulden", "Office for Safeguarding National Security", "indirect"),
        quote("auch Verantwortliche in den Behörden zur Rechenschaft zu ziehen", "Hong Kong university student",
              "indirect"),
        quote("sie äußere sich nicht zu Einzelfällen", "Hong Kong Government", "indirect"),
    ],
    "entities": [
        entity("Tai Po", "LOC", "CHN", ["Stadtteil Tai Po"]),
        entity("Hong Kong", "GPE", "CHN", ["Hongkonger", "der Stadt", "Hongkong"]),
        entity("Hong Kong Police Force", "ORG", "CHN", ["die Polizei", "Polizeisprecher"]),
        entity("Prestige Construction", "ORG", "CHN", ["Baufirma Prestige Construction"]),
        entity("Wang Fuk Court", "LOC", "CHN", ["Wohnanlage Wang Fuk Court"]),
        entity("Independent Commission Against Corruption", "ORG", "CHN", ["Die Antikorruptionsbehörde ICAC"]),
        entity("John Lee", "PER", "CHN", ["Regierungschef John Lee", "Lee"]),
        entity("Hong Kong Government", "ORG", "CHN", ["Die Regierung", "sie"]),
        entity("Xi Jinping", "PER", "CHN", ["Staats- und Parteichef Xi Jinping"]),
        entity("China", "GPE", "CHN", ["Peking"]),
        entity("Office for Safeguarding National Security", "ORG", "CHN",
               ["Pekings Büro für den Schutz der nationalen Sicherheit"]),
        entity("Hong Kong Police National Security Department", "ORG", "CHN",
               ["Beamte der Abteilung für nationale Sicherheit der Polizei"]),
    ],
}

# ---------------------------------------------------------------- hm211-de-02
BJ_COURT = actor("Beijing No. 2 Intermediate People's Court", "CHN", "JUD")
YANG = actor("Yang Hengjun", "AUS", "CVL")
CN_AUTH = actor("Chinese authorities", "CHN", "GOV")
CN_SECURITY = actor("Chinese state security", "CHN", "COP")
WONG = actor("Penny Wong", "AUS", "GOV")
XIAO = actor("Xiao Qian", "CHN", "GOV")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
WANG_WB = actor("Wang Wenbin", "CHN", "GOV")
AUSTRALIA = actor("Australia", "AUS", "GOV")
CN_MFA = actor("Chinese Foreign Ministry", "CHN", "GOV")
YANG_SONS = actor("Yang Hengjun's sons", "AUS", "CVL")

H1 = ("Ein Gericht in Peking hat den australischen Schriftsteller Yang Hengjun wegen Spionage zum Tode verurteilt, "
      "die Strafe jedoch für zwei Jahre zur Bewährung ausgesetzt.")
H2 = "Nach zwei Jahren ohne weitere Straftat wird eine solche Strafe in China in der Regel in lebenslange Haft umgewandelt."
H3 = "Der 58-Jährige war im Januar 2019 bei der Einreise in Guangzhou festgenommen worden und sitzt seitdem in Haft."
H4 = ("Der Prozess gegen den früheren Mitarbeiter des chinesischen Staatssicherheitsministeriums hatte 2021 hinter "
      "verschlossenen Türen stattgefunden.")
H5 = "Die australische Außenministerin Penny Wong zeigte sich »entsetzt« über das Urteil."
H6 = "Sie bestellte den chinesischen Botschafter Xiao Qian ein, um ihm den Protest Canberras zu übermitteln."
H7 = ("»Wir werden unsere Reaktion in aller Deutlichkeit übermitteln«, sagte Wong, »und wir werden nicht aufhören, "
      "uns für seine Freilassung einzusetzen.«")
H8 = ("Premierminister Anthony Albanese nannte die Strafe »harsch« und forderte, Yang aus medizinischen Gründen "
      "freizulassen.")
H9 = ("Außenamtssprecher Wang Wenbin sagte in Peking, China sei ein Rechtsstaat, Australien müsse die »juristische "
      "Souveränität« des Landes respektieren.")
H10 = ("Eine Freilassung Yangs komme nicht infrage, der Fall sei nach Recht und Gesetz entschieden worden, hieß es aus "
       "dem Ministerium.")
H11 = ("Yangs Söhne warfen den chinesischen Behörden vor, ihrem Vater eine angemessene Behandlung seiner "
       "Nierenerkrankung zu verweigern.")
H12 = "Der Autor selbst hat die Vorwürfe stets bestritten."
H13 = "Die Beziehungen zwischen beiden Ländern hatten sich zuletzt nach Jahren der Spannungen wieder verbessert."

DE02 = {
    "id": "hm211-de-02", "lang": "de", "url": None, "published": "2024-02-05",
    "title": "Todesstrafe auf Bewährung für australischen Autor Yang Hengjun – Canberra bestellt Botschafter ein",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7, H8], [H9, H10, H11, H12, H13]),
    "events": [
        event("SANCTION", BJ_COURT, YANG, H1, mode="convict", location="Beijing", location_country="CHN"),
        event("COERCE", CN_SECURITY, YANG, H3, mode="arrest", location="Guangzhou", location_country="CHN"),
        event("ACCUSE", BJ_COURT, YANG, H4, mode="allege"),
        event("ACCUSE", WONG, CHINA_GOV, H5, mode="disapprove"),
        event("ACCUSE", WONG, XIAO, H6, mode="disapprove"),
        event("REQUEST", WONG, CHINA_GOV, H7, mode="yield"),
        event("ACCUSE", ALBANESE, CHINA_GOV, H8, mode="disapprove"),
        event("REQUEST", ALBANESE, CHINA_GOV, H8, mode="yield"),
        event("REQUEST", WANG_WB, AUSTRALIA, H9, mode="change"),
        event("REJECT", CN_MFA, AUSTRALIA, H10, mode="yield"),
        event("ACCUSE", YANG_SONS, CN_AUTH, H11, mode="allege"),
    ],
    "quotes": [
        quote("entsetzt", "Penny Wong", "direct"),
        quote("Wir werden unsere Reaktion in aller Deutlichkeit übermitteln", "Penny Wong", "direct"),
        quote("und wir werden nicht aufhören, uns für seine Freilassung einzusetzen", "Penny Wong", "direct"),
        quote("harsch", "Anthony Albanese", "direct"),
        quote("Yang aus medizinischen Gründen freizulassen", "Anthony Albanese", "indirect"),
        quote("China sei ein Rechtsstaat, Australien müsse die »juristische Souveränität« des Landes respektieren",
              "Wang Wenbin", "indirect"),
        quote("juristische Souveränität", "Wang Wenbin", "direct"),
        quote("Eine Freilassung Yangs komme nicht infrage, der Fall sei nach Recht und Gesetz entschieden worden",
              "Chinese Foreign Ministry", "indirect"),
        quote("ihrem Vater eine angemessene Behandlung seiner Nierenerkrankung zu verweigern", "Yang Hengjun's sons",
              "indirect"),
    ],
    "entities": [
        entity("Beijing No. 2 Intermediate People's Court", "ORG", "CHN", ["Ein Gericht in Peking"]),
        entity("Yang Hengjun", "PER", "AUS",
               ["Schriftsteller Yang Hengjun", "Der 58-Jährige", "den früheren Mitarbeiter des chinesischen "
                "Staatssicherheitsministeriums", "Yang", "Yangs", "ihrem Vater", "Der Autor"]),
        entity("China", "GPE", "CHN", ["China", "Peking", "des Landes"]),
        entity("Guangzhou", "LOC", "CHN", ["Guangzhou"]),
        entity("Ministry of State Security", "ORG", "CHN", ["des chinesischen Staatssicherheitsministeriums"]),
        entity("Penny Wong", "PER", "AUS", ["Die australische Außenministerin Penny Wong", "Sie", "Wong"]),
        entity("Xiao Qian", "PER", "CHN", ["den chinesischen Botschafter Xiao Qian", "ihm"]),
        entity("Australia", "GPE", "AUS", ["Canberras", "Australien"]),
        entity("Anthony Albanese", "PER", "AUS", ["Premierminister Anthony Albanese"]),
        entity("Wang Wenbin", "PER", "CHN", ["Außenamtssprecher Wang Wenbin"]),
        entity("Chinese Foreign Ministry", "ORG", "CHN", ["dem Ministerium"]),
        entity("Yang Hengjun's sons", "ORG", "AUS", ["Yangs Söhne"]),
        entity("Chinese authorities", "ORG", "CHN", ["den chinesischen Behörden"]),
    ],
}

# ---------------------------------------------------------------- hm211-de-03
MILITANTS = actor("militants", "IND", "REB")
WORKERS = actor("tunnel construction workers", "IND", "CVL")
OMAR = actor("Omar Abdullah", "IND", "GOV")
FAROOQ = actor("Farooq Abdullah", "IND", "PTY")
PAKISTAN = actor("Pakistan", "PAK", "GOV")
SHAH = actor("Amit Shah", "IND", "GOV")
IND_ARMY = actor("Indian Army", "IND", "MIL")
JK_POLICE = actor("Jammu and Kashmir Police", "IND", "COP")
SUSPECTS = actor("Kashmiri suspects", "IND", "CVL")
TRF = actor("The Resistance Front", "IND", "REB")

K1 = ("Bei einem Angriff mutmaßlicher Extremisten auf ein Lager von Bauarbeitern im indischen Teil Kaschmirs sind "
      "sieben Menschen getötet worden.")
K2 = ("Die Angreifer eröffneten am Sonntagabend im Bezirk Ganderbal das Feuer auf Arbeiter, die einen Straßentunnel "
      "nach Sonamarg bauen, wie die Polizei mitteilte.")
K3 = "Unter den Toten sind ein Arzt aus der Region und sechs Arbeiter aus anderen Landesteilen."
K4 = ("Der erst vergangene Woche vereidigte Regierungschef des Unionsterritoriums, Omar Abdullah, verurteilte die Tat "
      "als „feigen Anschlag auf unbewaffnete, unschuldige Menschen“.")
K5 = ("Sein Vater Farooq Abdullah, Chef der Nationalkonferenz, richtete eine Warnung an Islamabad: Wenn Pakistan "
      "Freundschaft mit Indien wolle, müsse es den Terror beenden.")
K6 = "„Kaschmir wird niemals Pakistan werden“, sagte er."
K7 = "Innenminister Amit Shah kündigte an, die Täter würden „nicht verschont“."
K8 = "Armee und Polizei riegelten das Gebiet um Gagangir ab und begannen eine großangelegte Suchaktion."
K9 = "Mehrere Verdächtige seien zur Befragung festgenommen worden, teilte die Polizei mit."
K10 = "Zudem verlegte die Armee zusätzliche Einheiten in das Sind-Tal."
K11 = ("Die Polizei macht die Untergrundgruppe The Resistance Front (TRF) verantwortlich, die als Ableger der in "
       "Pakistan ansässigen Lashkar-e-Taiba gilt.")
K12 = ("Es war der schwerste Angriff auf Zivilisten in der Region seit Monaten und der erste seit der Regionalwahl, "
       "bei der die Nationalkonferenz die Mehrheit gewonnen hatte.")

DE03 = {
    "id": "hm211-de-03", "lang": "de", "url": None, "published": "2024-10-21",
    "title": "Sieben Tote bei Angriff auf Tunnelarbeiter in Kaschmir",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6, K7], [K8, K9, K10, K11, K12]),
    "events": [
        event("ASSAULT", MILITANTS, WORKERS, K1, mode="firearms", date="2024-10-20", location="Ganderbal",
              location_country="IND"),
        event("ASSAULT", MILITANTS, WORKERS, K2, mode="firearms", date="2024-10-20", location="Ganderbal",
              location_country="IND"),
        event("ACCUSE", OMAR, MILITANTS, K4, mode="disapprove"),
        event("ACCUSE", FAROOQ, PAKISTAN, K5, mode="allege"),
        event("REQUEST", FAROOQ, PAKISTAN, K5, mode="change"),
        event("THREATEN", SHAH, MILITANTS, K7),
        event("COERCE", IND_ARMY, None, K8, mode="restrict", location="Gagangir", location_country="IND"),
        event("COERCE", JK_POLICE, None, K8, mode="restrict", location="Gagangir", location_country="IND"),
        event("COERCE", JK_POLICE, SUSPECTS, K9, mode="arrest"),
        event("MOBILIZE", IND_ARMY, None, K10, mode="troops", location="Sind Valley", location_country="IND"),
        event("ACCUSE", JK_POLICE, TRF, K11, mode="allege"),
    ],
    "quotes": [
        quote("Die Angreifer eröffneten am Sonntagabend im Bezirk Ganderbal das Feuer auf Arbeiter, die einen "
              "Straßentunnel nach Sonamarg bauen", "Jammu and Kashmir Police", "indirect"),
        quote("feigen Anschlag auf unbewaffnete, unschuldige Menschen", "Omar Abdullah", "direct"),
        quote("Wenn Pakistan Freundschaft mit Indien wolle, müsse es den Terror beenden", "Farooq Abdullah",
              "indirect"),
        quote("Kaschmir wird niemals Pakistan werden", "Farooq Abdullah", "direct"),
        quote("nicht verschont", "Amit Shah", "direct"),
        quote("die Täter würden „nicht verschont“", "Amit Shah", "indirect"),
        quote("Mehrere Verdächtige seien zur Befragung festgenommen worden", "Jammu and Kashmir Police", "indirect"),
    ],
    "entities": [
        entity("Kashmir", "LOC", "IND", ["indischen Teil Kaschmirs", "Kaschmir"]),
        entity("Ganderbal", "LOC", "IND", ["Bezirk Ganderbal"]),
        entity("Sonamarg", "LOC", "IND", ["Sonamarg"]),
        entity("Jammu and Kashmir Police", "ORG", "IND", ["die Polizei", "Polizei"]),
        entity("Omar Abdullah", "PER", "IND", ["Regierungschef des Unionsterritoriums, Omar Abdullah"]),
        entity("Farooq Abdullah", "PER", "IND", ["Sein Vater Farooq Abdullah", "er"]),
        entity("Jammu and Kashmir National Conference", "ORG", "IND", ["Nationalkonferenz"]),
        entity("Pakistan", "GPE", "PAK", ["Islamabad", "Pakistan"]),
        entity("India", "GPE", "IND", ["indischen", "Indien"]),
        entity("Amit Shah", "PER", "IND", ["Innenminister Amit Shah"]),
        entity("Indian Army", "ORG", "IND", ["Armee", "die Armee"]),
        entity("Gagangir", "LOC", "IND", ["Gagangir"]),
        entity("Sind Valley", "LOC", "IND", ["Sind-Tal"]),
        entity("The Resistance Front", "ORG", "IND", ["die Untergrundgruppe The Resistance Front (TRF)"]),
        entity("Lashkar-e-Taiba", "ORG", "PAK", ["Lashkar-e-Taiba"]),
    ],
}

# ---------------------------------------------------------------- hm211-de-04
NODA = actor("Yoshihiko Noda", "JPN", "OPP")
ISHIBA = actor("Shigeru Ishiba", "JPN", "GOV")
JPN_GOV = actor("Japan", "JPN", "GOV")
LDP_MEMBERS = actor("LDP lawmakers", "JPN", "PTY")
LDP = actor("Liberal Democratic Party", "JPN", "PTY")
SANSEITO = actor("Sanseito", "JPN", "PTY")
KAMIYA = actor("Sohei Kamiya", "JPN", "PTY")
AKAZAWA = actor("Ryosei Akazawa", "JPN", "GOV")
USA = actor("United States", "USA", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
BESSENT = actor("Scott Bessent", "USA", "GOV")

J1 = ("Japans Regierungskoalition aus Liberaldemokratischer Partei (LDP) und Komeito hat bei der Oberhauswahl ihre "
      "Mehrheit verloren.")
J2 = ("Nach Auszählung fast aller Stimmen kamen beide Parteien auf 47 der 125 zur Wahl stehenden Sitze, drei weniger "
      "als für den Erhalt der Mehrheit nötig.")
J3 = ("Die rechtspopulistische Partei Sanseito, die unter dem Slogan „Japaner zuerst“ Wahlkampf gemacht hatte, "
      "gewann 14 Sitze.")
J4 = "Oppositionsführer Yoshihiko Noda von der Konstitutionell-Demokratischen Partei forderte Ishiba zum Rücktritt auf."
J5 = "Die Wähler hätten der Regierung „eine klare Absage“ erteilt, sagte Noda."
J6 = ("Ministerpräsident Shigeru Ishiba schloss einen Rücktritt jedoch aus und verwies auf die Zollverhandlungen mit "
      "den USA.")
J7 = ("„Ich werde meine Verantwortung als Regierungschef wahrnehmen und das Land nicht in ein politisches Vakuum "
      "stürzen“, sagte er vor Journalisten in Tokio.")
J8 = "Auch in der LDP wurden Forderungen nach einem Wechsel an der Parteispitze laut."
J9 = "Zollunterhändler Ryosei Akazawa soll noch in dieser Woche zu einer weiteren Gesprächsrunde nach Washington reisen."
J10 = ("US-Präsident Donald Trump hat Japan mit Zöllen von 25 Prozent ab dem 1. August gedroht, sollte bis dahin "
       "keine Einigung zustande kommen.")
J11 = "Ishiba hatte am Freitag in Tokio US-Finanzminister Scott Bessent empfangen."
J12 = "Koalitionsgespräche mit Sanseito habe es nicht gegeben, hieß es aus der LDP-Zentrale."
J13 = ("Sanseito-Chef Sohei Kamiya warf der Regierung vor, die Interessen der Japaner „an Ausländer verkauft“ zu "
       "haben.")

DE04 = {
    "id": "hm211-de-04", "lang": "de", "url": None, "published": "2025-07-21",
    "title": "Japans Regierung verliert Mehrheit im Oberhaus – Ishiba will trotzdem bleiben",
    "text": paragraphs([J1, J2, J3], [J4, J5, J6, J7, J8], [J9, J10, J11, J12, J13]),
    "events": [
        event("REQUEST", NODA, ISHIBA, J4, mode="change"),
        event("ACCUSE", NODA, JPN_GOV, J5, mode="disapprove"),
        event("REJECT", ISHIBA, NODA, J6, mode="change"),
        event("REQUEST", LDP_MEMBERS, ISHIBA, J8, mode="change"),
        event("AGREE", AKAZAWA, USA, J9),
        event("THREATEN", TRUMP, JPN_GOV, J10),
        event("CONSULT", BESSENT, ISHIBA, J11, mode="visit", date="2025-07-18", location="Tokyo",
              location_country="JPN"),
        event("CONSULT", LDP, SANSEITO, J12, negated=True),
        event("ACCUSE", KAMIYA, JPN_GOV, J13, mode="disapprove"),
    ],
    "quotes": [
        quote("Japaner zuerst", "Sanseito", "direct"),
        quote("eine klare Absage", "Yoshihiko Noda", "direct"),
        quote("Die Wähler hätten der Regierung „eine klare Absage“ erteilt", "Yoshihiko Noda", "indirect"),
        quote("Ich werde meine Verantwortung als Regierungschef wahrnehmen und das Land nicht in ein politisches "
              "Vakuum stürzen", "Shigeru Ishiba", "direct"),
        quote("Koalitionsgespräche mit Sanseito habe es nicht gegeben", "Liberal Democratic Party", "indirect"),
        quote("an Ausländer verkauft", "Sohei Kamiya", "direct"),
        quote("die Interessen der Japaner „an Ausländer verkauft“ zu haben", "Sohei Kamiya", "indirect"),
    ],
    "entities": [
        entity("Japan", "GPE", "JPN", ["Japans", "Japan", "das Land"]),
        entity("Liberal Democratic Party", "ORG", "JPN",
               ["Liberaldemokratischer Partei (LDP)", "der LDP", "LDP-Zentrale"]),
        entity("Komeito", "ORG", "JPN", ["Komeito"]),
        entity("Sanseito", "ORG", "JPN", ["Die rechtspopulistische Partei Sanseito", "Sanseito"]),
        entity("Yoshihiko Noda", "PER", "JPN", ["Oppositionsführer Yoshihiko Noda", "Noda"]),
        entity("Constitutional Democratic Party of Japan", "ORG", "JPN", ["Konstitutionell-Demokratischen Partei"]),
        entity("Shigeru Ishiba", "PER", "JPN", ["Ishiba", "Ministerpräsident Shigeru Ishiba", "er"]),
        entity("United States", "GPE", "USA", ["den USA", "Washington"]),
        entity("Tokyo", "LOC", "JPN", ["Tokio"]),
        entity("Ryosei Akazawa", "PER", "JPN", ["Zollunterhändler Ryosei Akazawa"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump"]),
        entity("Scott Bessent", "PER", "USA", ["US-Finanzminister Scott Bessent"]),
        entity("Sohei Kamiya", "PER", "JPN", ["Sanseito-Chef Sohei Kamiya"]),
    ],
}

# ---------------------------------------------------------------- hm211-en-01
TH_POLICE = actor("Royal Thai Police", "THA", "COP")
CHAMBERS = actor("Paul Chambers", "USA", "CVL")
TH_ARMY = actor("Royal Thai Army", "THA", "MIL")
PHITSANULOK_COURT = actor("Phitsanulok Provincial Court", "THA", "JUD")
STATE_DEPT = actor("United States Department of State", "USA", "GOV")
THAILAND = actor("Thailand", "THA", "GOV")
BRUCE = actor("Tammy Bruce", "USA", "GOV")
TH_IMMIGRATION = actor("Thai Immigration Bureau", "THA", "COP")
HRW = actor("Human Rights Watch", "NGO", "NGO")

E1 = "Thai police have detained an American political scientist on charges of insulting the monarchy."
E2 = ("Paul Chambers, a lecturer at Naresuan University in the northern province of Phitsanulok, reported to police "
      "on Tuesday after an arrest warrant was issued on a complaint filed by the army.")
E3 = "A provincial court refused him bail, and he was taken to prison, his lawyer said."
E4 = "The complaint concerns an online seminar notice that Chambers did not write, according to Human Rights Watch."
E5 = "The U.S. State Department said it was “alarmed” by the arrest and urged Thai authorities to release him."
E6 = ("“This case reinforces our longstanding concerns about the use of lese-majeste laws in Thailand,” spokeswoman "
      "Tammy Bruce said, “and we will continue to follow it closely.”")
E7 = "Thailand's immigration bureau revoked Chambers' visa the same day, a step that could lead to his deportation."
E8 = ("Prime Minister Paetongtarn Shinawatra said the case would follow due process and that the government would "
      "not interfere with the courts.")
E9 = ("Human Rights Watch said the charges should be dropped immediately and accused the army of using the law to "
      "silence critics of the military.")
E10 = "Chambers, who has lived in Thailand for decades, denies the allegations."
E11 = "More than 270 people have been charged under the law since 2020, according to Thai Lawyers for Human Rights."
E12 = "If convicted, he faces up to 15 years in prison."

EN01 = {
    "id": "hm211-en-01", "lang": "en", "url": None, "published": "2025-04-09",
    "title": "American academic detained in Thailand on royal insult charge",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8], [E9, E10, E11, E12]),
    "events": [
        event("COERCE", TH_POLICE, CHAMBERS, E1, mode="arrest"),
        event("ACCUSE", TH_POLICE, CHAMBERS, E1, mode="allege"),
        event("ACCUSE", TH_ARMY, CHAMBERS, E2, mode="allege"),
        event("REJECT", PHITSANULOK_COURT, CHAMBERS, E3, mode="yield"),
        event("ACCUSE", STATE_DEPT, THAILAND, E5, mode="disapprove"),
        event("REQUEST", STATE_DEPT, THAILAND, E5, mode="yield"),
        event("ACCUSE", BRUCE, THAILAND, E6, mode="disapprove"),
        event("COERCE", TH_IMMIGRATION, CHAMBERS, E7, mode="restrict"),
        event("REQUEST", HRW, THAILAND, E9, mode="change"),
        event("ACCUSE", HRW, TH_ARMY, E9, mode="allege"),
    ],
    "quotes": [
        quote("A provincial court refused him bail, and he was taken to prison", "Paul Chambers' lawyer", "indirect"),
        quote("The complaint concerns an online seminar notice that Chambers did not write", "Human Rights Watch",
              "indirect"),
        quote("alarmed", "United States Department of State", "direct"),
        quote("it was “alarmed” by the arrest", "United States Department of State", "indirect"),
        quote("This case reinforces our longstanding concerns about the use of lese-majeste laws in Thailand",
              "Tammy Bruce", "direct"),
        quote("and we will continue to follow it closely", "Tammy Bruce", "direct"),
        quote("the case would follow due process and that the government would not interfere with the courts",
              "Paetongtarn Shinawatra", "indirect"),
        quote("the charges should be dropped immediately", "Human Rights Watch", "indirect"),
        quote("More than 270 people have been charged under the law since 2020", "Thai Lawyers for Human Rights",
              "indirect"),
    ],
    "entities": [
        entity("Royal Thai Police", "ORG", "THA", ["Thai police", "police"]),
        entity("Paul Chambers", "PER", "USA",
               ["an American political scientist", "Paul Chambers", "him", "he", "Chambers", "Chambers'"]),
        entity("Naresuan University", "ORG", "THA", ["Naresuan University"]),
        entity("Phitsanulok", "LOC", "THA", ["the northern province of Phitsanulok"]),
        entity("Royal Thai Army", "ORG", "THA", ["the army"]),
        entity("Thailand", "GPE", "THA", ["Thailand's", "Thailand", "Thai authorities"]),
        entity("Human Rights Watch", "ORG", None, ["Human Rights Watch"]),
        entity("United States Department of State", "ORG", "USA", ["The U.S. State Department"]),
        entity("Tammy Bruce", "PER", "USA", ["spokeswoman Tammy Bruce"]),
        entity("Thai Immigration Bureau", "ORG", "THA", ["Thailand's immigration bureau"]),
        entity("Paetongtarn Shinawatra", "PER", "THA", ["Prime Minister Paetongtarn Shinawatra"]),
        entity("Thai Lawyers for Human Rights", "ORG", "THA", ["Thai Lawyers for Human Rights"]),
    ],
}

# ---------------------------------------------------------------- hm211-en-02
MSMT = actor("Multilateral Sanctions Monitoring Team", "IGO", "IGO")
NKOREA = actor("North Korea", "PRK", "GOV")
NKOREA_MIL = actor("North Korea", "PRK", "MIL")
RUSSIA = actor("Russia", "RUS", "GOV")
KOR_MFA = actor("South Korean Foreign Ministry", "KOR", "GOV")
HAYASHI = actor("Yoshimasa Hayashi", "JPN", "GOV")
RUS_EMBASSY = actor("Russian Embassy in Seoul", "RUS", "GOV")
PRK_MFA = actor("North Korean Foreign Ministry", "PRK", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
KIM = actor("Kim Jong Un", "PRK", "GOV")

F1 = ("Eleven countries accused North Korea of supplying Russia with millions of artillery shells and "
      "more than 100 ballistic missiles in violation of United Nations sanctions.")
F2 = ("In its first report, the Multilateral Sanctions Monitoring Team, set up last year by the United States, South "
      "Korea, Japan and eight other nations, said Pyongyang had also sent about 11,000 soldiers to Russia.")
F3 = "In return, Russia supplied North Korea with air defence systems and refined oil far above the U.N. cap, the report said."
F4 = "The group was formed after a U.N. panel of experts was disbanded in April 2024."
F5 = ("South Korea's foreign ministry called the cooperation between Moscow and Pyongyang “a grave threat” "
      "to regional security and demanded that it stop immediately.")
F6 = ("Japan's chief cabinet secretary Yoshimasa Hayashi said Tokyo would work with the other members to step up "
      "pressure on Pyongyang.")
F7 = ("Russia's embassy in Seoul dismissed the report as “biased” and said its ties with North Korea did not concern "
      "third countries.")
F8 = "North Korea's foreign ministry denounced the team as an “illegal” body created by “hostile forces”."
F9 = ("“The DPRK will never recognise any attempt to infringe on its sovereign rights,” a ministry spokesman said in "
      "a statement carried by KCNA, “and will take corresponding measures.”")
F10 = "Last month Pyongyang confirmed that it had sent troops to help Russia retake its Kursk region."
F11 = "President Vladimir Putin thanked Kim Jong Un for the help."

EN02 = {
    "id": "hm211-en-02", "lang": "en", "url": None, "published": "2025-05-30",
    "title": "Eleven nations accuse North Korea of arming Russia in breach of U.N. sanctions",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7], [F8, F9, F10, F11]),
    "events": [
        event("ACCUSE", MSMT, NKOREA, F1, mode="allege", date="2025-05-29"),
        event("ACCUSE", MSMT, NKOREA, F2, mode="allege"),
        event("ACCUSE", MSMT, RUSSIA, F3, mode="allege"),
        event("ACCUSE", KOR_MFA, RUSSIA, F5, mode="disapprove"),
        event("ACCUSE", KOR_MFA, NKOREA, F5, mode="disapprove"),
        event("REQUEST", KOR_MFA, RUSSIA, F5, mode="change"),
        event("REQUEST", KOR_MFA, NKOREA, F5, mode="change"),
        event("AGREE", HAYASHI, MSMT, F6),
        event("ACCUSE", RUS_EMBASSY, MSMT, F7, mode="disapprove"),
        event("ACCUSE", PRK_MFA, MSMT, F8, mode="disapprove"),
        event("THREATEN", PRK_MFA, MSMT, F9),
        event("AID", NKOREA_MIL, RUSSIA, F10, location="Kursk", location_country="RUS"),
        event("SUPPORT", PUTIN, KIM, F11),
    ],
    "quotes": [
        quote("Pyongyang had also sent about 11,000 soldiers to Russia",
              "Multilateral Sanctions Monitoring Team", "indirect"),
        quote("In return, Russia supplied North Korea with air defence systems and refined oil far above the U.N. cap",
              "Multilateral Sanctions Monitoring Team", "indirect"),
        quote("a grave threat", "South Korean Foreign Ministry", "direct"),
        quote("Tokyo would work with the other members to step up pressure on Pyongyang", "Yoshimasa Hayashi",
              "indirect"),
        quote("biased", "Russian Embassy in Seoul", "direct"),
        quote("its ties with North Korea did not concern third countries", "Russian Embassy in Seoul", "indirect"),
        quote("illegal", "North Korean Foreign Ministry", "direct"),
        quote("hostile forces", "North Korean Foreign Ministry", "direct"),
        quote("The DPRK will never recognise any attempt to infringe on its sovereign rights",
              "North Korean Foreign Ministry", "direct"),
        quote("and will take corresponding measures", "North Korean Foreign Ministry", "direct"),
    ],
    "entities": [
        entity("North Korea", "GPE", "PRK", ["North Korea", "Pyongyang", "The DPRK"]),
        entity("Russia", "GPE", "RUS", ["Russia", "Moscow"]),
        entity("United Nations", "ORG", "UNO", ["United Nations", "U.N."]),
        entity("Multilateral Sanctions Monitoring Team", "ORG", None,
               ["Eleven countries", "the Multilateral Sanctions Monitoring Team", "the report", "The group",
                "the other members", "the team"]),
        entity("United States", "GPE", "USA", ["the United States"]),
        entity("South Korea", "GPE", "KOR", ["South Korea", "South Korea's"]),
        entity("Japan", "GPE", "JPN", ["Japan", "Tokyo"]),
        entity("South Korean Foreign Ministry", "ORG", "KOR", ["South Korea's foreign ministry"]),
        entity("Yoshimasa Hayashi", "PER", "JPN", ["Japan's chief cabinet secretary Yoshimasa Hayashi"]),
        entity("Russian Embassy in Seoul", "ORG", "RUS", ["Russia's embassy in Seoul"]),
        entity("Seoul", "LOC", "KOR", ["Seoul"]),
        entity("North Korean Foreign Ministry", "ORG", "PRK",
               ["North Korea's foreign ministry", "a ministry spokesman"]),
        entity("Korean Central News Agency", "ORG", "PRK", ["KCNA"]),
        entity("Kursk", "LOC", "RUS", ["its Kursk region"]),
        entity("Vladimir Putin", "PER", "RUS", ["President Vladimir Putin"]),
        entity("Kim Jong Un", "PER", "PRK", ["Kim Jong Un"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
