"""Round 205: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm205-de-01: Indonesia's Constitutional Court throws out Anies Baswedan's and Ganjar Pranowo's challenges to Prabowo's election win; dissenting judges, Prabowo's offer, Anies accepts, PDI-P stays out, student protest and water cannon in Jakarta (2024-04-22).
- hm205-de-02: Pakistan's National Assembly elects Shehbaz Sharif prime minister again; SIC/PTI protest and fraud claims, IMF pledge and reconciliation offer, Omar Ayub refuses and demands Imran Khan's release, PTI letter to the IMF, arrests claimed (2024-03-03).
- hm205-de-03: Nepal's Prime Minister Pushpa Kamal Dahal loses a confidence vote after the UML pulls out and allies with the Nepali Congress; Dahal attacks Oli and Deuba, Paudel sets a deadline, protest in Kathmandu (2024-07-12).
- hm205-de-04: Shangri-La Dialogue in Singapore: Hegseth warns of an imminent Chinese threat to Taiwan, Beijing protests, Macron criticises Russia, Hegseth and Teodoro agree more exercises, Lawrence Wong's appeal, no meeting with Dong Jun (2025-05-31).
- hm205-en-01: China agrees to gradually resume Japanese seafood imports after a deal on extra monitoring of Fukushima water; Kishida, Mao Ning, Grossi and Russia react (2024-09-20).
- hm205-en-02: China answers Trump's 10% tariffs with levies on U.S. coal, LNG and oil, export controls, an unreliable-entity listing, a Google probe and a WTO complaint; Trump's threats, Lin Jian, the EU appeal (2025-02-04).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------------------
# hm205-de-01: Indonesia, Constitutional Court upholds Prabowo's win
# ---------------------------------------------------------------------------
MK = actor("Constitutional Court of Indonesia", "IDN", "JUD")
MK_DISSENT = actor("Constitutional Court judges", "IDN", "JUD")
ANIES = actor("Anies Baswedan", "IDN", "OPP")
GANJAR = actor("Ganjar Pranowo", "IDN", "OPP")
PRABOWO = actor("Prabowo Subianto", "IDN", "GOV")
JOKOWI = actor("Joko Widodo", "IDN", "GOV")
PDIP = actor("Indonesian Democratic Party of Struggle (PDI-P)", "IDN", "PTY")
STUDENTS_IDN = actor("Indonesian students", "IDN", "CVL")
POLRI = actor("Indonesian National Police", "IDN", "COP")
PROTESTERS_IDN = actor("protesters", "IDN", "CVL")

G1 = ("Jakarta (dpa) - Das indonesische Verfassungsgericht hat die Klagen der unterlegenen "
      "Präsidentschaftskandidaten Anies Baswedan und Ganjar Pranowo gegen den Wahlsieg von "
      "Verteidigungsminister Prabowo Subianto abgewiesen.")
G2 = ("Drei der acht Richter stimmten am Montag jedoch gegen das Urteil und sahen Hinweise auf eine "
      "unzulässige Einmischung von Präsident Joko Widodo zugunsten Prabowos.")
G3 = ("Ganjar hatte dem scheidenden Staatschef vorgeworfen, mit der Verteilung von Reis und Geldhilfen "
      "vor der Wahl im Februar Stimmen für Prabowo gekauft zu haben.")
G4 = "Der Präsidentenpalast wies die Vorwürfe stets zurück."
G5 = "Prabowo rief nach dem Urteil zur Versöhnung auf und bot seinen beiden Rivalen die Zusammenarbeit an."
G6 = "„Der Wahlkampf ist vorbei, jetzt zählt nur noch Indonesien“, sagte der 72-Jährige in Jakarta."
G7 = "Anies erklärte, er akzeptiere die Entscheidung, auch wenn sie ihn enttäusche."
G8 = ("Ganjars Partei PDI-P kündigte dagegen an, nicht in die künftige Regierung einzutreten, und warf "
      "dem Gericht vor, die Demokratie „im Stich gelassen“ zu haben.")
G9 = ("Vor dem Gerichtsgebäude hatten am Vormittag Hunderte Studenten gegen eine „Dynastie-Politik“ des "
      "scheidenden Präsidenten demonstriert.")
G10 = ("Die Polizei riegelte die Straßen mit Stacheldraht ab und setzte Wasserwerfer ein, als Demonstranten "
       "Absperrungen durchbrechen wollten.")
G11 = ("Prabowos künftiger Vizepräsident ist Jokowis ältester Sohn Gibran Rakabuming Raka, Bürgermeister "
       "der Stadt Surakarta.")
G12 = "Die Wahlkommission soll Prabowo am Mittwoch offiziell zum Sieger erklären, sein Amt tritt er im Oktober an."

DE01 = {
    "id": "hm205-de-01", "lang": "de", "url": None, "published": "2024-04-22",
    "title": "Indonesiens Verfassungsgericht bestätigt Prabowos Wahlsieg",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8], [G9, G10, G11, G12]),
    "events": [
        event("REJECT", MK, ANIES, G1, mode="change", date="2024-04-22", location="Jakarta", location_country="IDN"),
        event("REJECT", MK, GANJAR, G1, mode="change", date="2024-04-22", location="Jakarta", location_country="IDN"),
        event("ACCUSE", ANIES, PRABOWO, G1, mode="allege"),
        event("ACCUSE", GANJAR, PRABOWO, G1, mode="allege"),
        event("ACCUSE", MK_DISSENT, JOKOWI, G2, mode="allege", date="2024-04-22"),
        event("ACCUSE", GANJAR, JOKOWI, G3, mode="allege"),
        event("AGREE", PRABOWO, ANIES, G5),
        event("AGREE", PRABOWO, GANJAR, G5),
        event("CONCEDE", ANIES, MK, G7),
        event("REJECT", PDIP, PRABOWO, G8, mode="assist"),
        event("ACCUSE", PDIP, MK, G8, mode="disapprove"),
        event("PROTEST", STUDENTS_IDN, JOKOWI, G9, mode="demo", date="2024-04-22", location="Jakarta",
              location_country="IDN"),
        event("COERCE", POLRI, PROTESTERS_IDN, G10, mode="restrict", date="2024-04-22", location="Jakarta",
              location_country="IDN"),
        event("ASSAULT", POLRI, PROTESTERS_IDN, G10, mode="crowd-control", date="2024-04-22", location="Jakarta",
              location_country="IDN"),
    ],
    "quotes": [
        quote("mit der Verteilung von Reis und Geldhilfen vor der Wahl im Februar Stimmen für Prabowo gekauft zu haben",
              "Ganjar Pranowo", "indirect"),
        quote("Der Wahlkampf ist vorbei, jetzt zählt nur noch Indonesien", "Prabowo Subianto", "direct"),
        quote("er akzeptiere die Entscheidung, auch wenn sie ihn enttäusche", "Anies Baswedan", "indirect"),
        quote("nicht in die künftige Regierung einzutreten", "Indonesian Democratic Party of Struggle (PDI-P)",
              "indirect"),
        quote("die Demokratie „im Stich gelassen“ zu haben", "Indonesian Democratic Party of Struggle (PDI-P)",
              "indirect"),
        quote("im Stich gelassen", "Indonesian Democratic Party of Struggle (PDI-P)", "direct"),
        quote("Dynastie-Politik", "Indonesian students", "direct"),
    ],
    "entities": [
        entity("Constitutional Court of Indonesia", "ORG", "IDN",
               ["Das indonesische Verfassungsgericht", "Drei der acht Richter", "dem Gericht"]),
        entity("Anies Baswedan", "PER", "IDN", ["Anies Baswedan", "Anies"]),
        entity("Ganjar Pranowo", "PER", "IDN", ["Ganjar Pranowo", "Ganjar", "Ganjars"]),
        entity("Prabowo Subianto", "PER", "IDN",
               ["Verteidigungsminister Prabowo Subianto", "Prabowos", "Prabowo", "der 72-Jährige"]),
        entity("Joko Widodo", "PER", "IDN",
               ["Präsident Joko Widodo", "dem scheidenden Staatschef", "des scheidenden Präsidenten", "Jokowis"]),
        entity("Presidential Palace of Indonesia", "ORG", "IDN", ["Der Präsidentenpalast"]),
        entity("Indonesian Democratic Party of Struggle (PDI-P)", "ORG", "IDN", ["Ganjars Partei PDI-P"]),
        entity("Indonesian students", "ORG", "IDN", ["Hunderte Studenten", "Demonstranten"]),
        entity("Indonesian National Police", "ORG", "IDN", ["Die Polizei"]),
        entity("Gibran Rakabuming Raka", "PER", "IDN",
               ["Prabowos künftiger Vizepräsident", "Jokowis ältester Sohn Gibran Rakabuming Raka"]),
        entity("General Elections Commission (KPU)", "ORG", "IDN", ["Die Wahlkommission"]),
        entity("Jakarta", "LOC", "IDN", ["Jakarta"]),
        entity("Surakarta", "LOC", "IDN", ["der Stadt Surakarta"]),
        entity("Indonesia", "GPE", "IDN", ["Indonesien"]),
    ],
}

# ---------------------------------------------------------------------------
# hm205-de-02: Pakistan, Shehbaz Sharif elected prime minister
# ---------------------------------------------------------------------------
NA_PAK = actor("National Assembly of Pakistan", "PAK", "LEG")
SHEHBAZ = actor("Shehbaz Sharif", "PAK", "GOV")
SIC = actor("Sunni Ittehad Council lawmakers", "PAK", "OPP")
ECP = actor("Election Commission of Pakistan", "PAK", "GOV")
IMF = actor("International Monetary Fund", "IGO", "IGO")
IMF_SPOX = actor("IMF spokesperson", "IGO", "IGO")
PAK_OPP = actor("Pakistani opposition", "PAK", "OPP")
AYUB = actor("Omar Ayub Khan", "PAK", "OPP")
PAK_GOV = actor("Government of Pakistan", "PAK", "GOV")
PMLN = actor("Pakistan Muslim League (N)", "PAK", "PTY")
PTI = actor("Pakistan Tehreek-e-Insaf (PTI)", "PAK", "OPP")
PAK_POLICE = actor("Pakistani police", "PAK", "COP")

S1 = ("Islamabad (AFP) - Das pakistanische Parlament hat Shehbaz Sharif von der Muslimliga PML-N zum zweiten "
      "Mal zum Premierminister gewählt.")
S2 = ("Der 72-Jährige erhielt am Sonntag 201 Stimmen, sein Gegenkandidat Omar Ayub von der Partei des "
      "inhaftierten Ex-Premiers Imran Khan kam auf 92.")
S3 = ("Abgeordnete des Sunni Ittehad Council, dem sich die von Khans Partei PTI unterstützten Unabhängigen "
      "angeschlossen hatten, skandierten während der Abstimmung Parolen und hielten Bilder Khans in die Höhe.")
S4 = ("Sie werfen der Wahlkommission vor, den Sieg der Khan-Anhänger bei der Wahl am 8. Februar durch "
      "Fälschungen verhindert zu haben.")
S5 = "Die Kommission bestreitet jede Manipulation."
S6 = ("Sharif kündigte in seiner ersten Rede an, die Wirtschaft zu stabilisieren und rasch ein neues Abkommen "
      "mit dem Internationalen Währungsfonds zu schließen.")
S7 = "Zugleich bot er der Opposition einen „Pakt der Versöhnung“ an."
S8 = "Ayub lehnte das Angebot ab und forderte die Freilassung Khans, der seit August in Haft sitzt."
S9 = "„Dieses Parlament ist auf gestohlenen Mandaten gebaut“, rief er in den Saal."
S10 = ("Khans Partei hatte den IWF zuvor in einem Brief aufgefordert, vor weiteren Krediten eine Prüfung der "
       "Wahl zu verlangen.")
S11 = ("Ein IWF-Sprecher sagte, man werde mit jeder neuen Regierung zusammenarbeiten, äußere sich aber nicht "
       "zu Wahlstreitigkeiten.")
S12 = ("Die Polizei habe in Lahore und Peschawar Dutzende Anhänger festgenommen, die gegen das Ergebnis "
       "protestieren wollten, teilte die PTI mit.")
S13 = ("Sharif hatte bereits von 2022 bis 2023 eine Koalitionsregierung geführt, nachdem Khan per "
       "Misstrauensvotum gestürzt worden war.")

DE02 = {
    "id": "hm205-de-02", "lang": "de", "url": None, "published": "2024-03-03",
    "title": "Shehbaz Sharif erneut zum Premierminister Pakistans gewählt",
    "text": paragraphs([S1, S2, S3, S4, S5], [S6, S7, S8, S9], [S10, S11, S12, S13]),
    "events": [
        event("SUPPORT", NA_PAK, SHEHBAZ, S1, date="2024-03-03", location="Islamabad", location_country="PAK"),
        event("PROTEST", SIC, SHEHBAZ, S3, mode="demo", date="2024-03-03", location="Islamabad",
              location_country="PAK"),
        event("ACCUSE", SIC, ECP, S4, mode="allege"),
        event("AGREE", SHEHBAZ, IMF, S6),
        event("AGREE", SHEHBAZ, PAK_OPP, S7),
        event("REJECT", AYUB, SHEHBAZ, S8),
        event("REQUEST", AYUB, PAK_GOV, S8, mode="yield"),
        event("ACCUSE", AYUB, PMLN, S9, mode="allege"),
        event("REQUEST", PTI, IMF, S10, mode="change"),
        event("AGREE", IMF_SPOX, PAK_GOV, S11),
        event("ACCUSE", PTI, PAK_POLICE, S12, mode="allege"),
    ],
    "quotes": [
        quote("den Sieg der Khan-Anhänger bei der Wahl am 8. Februar durch Fälschungen verhindert zu haben",
              "Sunni Ittehad Council lawmakers", "indirect"),
        quote("die Wirtschaft zu stabilisieren und rasch ein neues Abkommen mit dem Internationalen Währungsfonds zu "
              "schließen", "Shehbaz Sharif", "indirect"),
        quote("Pakt der Versöhnung", "Shehbaz Sharif", "direct"),
        quote("Dieses Parlament ist auf gestohlenen Mandaten gebaut", "Omar Ayub Khan", "direct"),
        quote("vor weiteren Krediten eine Prüfung der Wahl zu verlangen", "Pakistan Tehreek-e-Insaf (PTI)",
              "indirect"),
        quote("man werde mit jeder neuen Regierung zusammenarbeiten, äußere sich aber nicht zu Wahlstreitigkeiten",
              "IMF spokesperson", "indirect"),
        quote("Die Polizei habe in Lahore und Peschawar Dutzende Anhänger festgenommen, die gegen das Ergebnis "
              "protestieren wollten", "Pakistan Tehreek-e-Insaf (PTI)", "indirect"),
    ],
    "entities": [
        entity("National Assembly of Pakistan", "ORG", "PAK", ["Das pakistanische Parlament", "Dieses Parlament"]),
        entity("Shehbaz Sharif", "PER", "PAK", ["Shehbaz Sharif", "Der 72-Jährige", "Sharif"]),
        entity("Pakistan Muslim League (N)", "ORG", "PAK", ["der Muslimliga PML-N"]),
        entity("Omar Ayub Khan", "PER", "PAK", ["sein Gegenkandidat Omar Ayub", "Ayub"]),
        entity("Imran Khan", "PER", "PAK", ["des inhaftierten Ex-Premiers Imran Khan", "Khans", "Khan"]),
        entity("Pakistan Tehreek-e-Insaf (PTI)", "ORG", "PAK",
               ["Khans Partei PTI", "Khans Partei", "die PTI", "der Partei des inhaftierten Ex-Premiers Imran Khan"]),
        entity("Sunni Ittehad Council", "ORG", "PAK", ["des Sunni Ittehad Council"]),
        entity("Election Commission of Pakistan", "ORG", "PAK", ["der Wahlkommission", "Die Kommission"]),
        entity("International Monetary Fund", "ORG", "IGO", ["dem Internationalen Währungsfonds", "den IWF"]),
        entity("IMF spokesperson", "PER", "IGO", ["Ein IWF-Sprecher"]),
        entity("Pakistani opposition", "ORG", "PAK", ["der Opposition"]),
        entity("Pakistani police", "ORG", "PAK", ["Die Polizei"]),
        entity("Islamabad", "LOC", "PAK", ["Islamabad"]),
        entity("Lahore", "LOC", "PAK", ["Lahore"]),
        entity("Peshawar", "LOC", "PAK", ["Peschawar"]),
    ],
}

# ---------------------------------------------------------------------------
# hm205-de-03: Nepal, Dahal loses a confidence vote
# ---------------------------------------------------------------------------
NPL_HOR = actor("House of Representatives of Nepal", "NPL", "LEG")
DAHAL = actor("Pushpa Kamal Dahal", "NPL", "GOV")
UML = actor("Communist Party of Nepal (Unified Marxist-Leninist)", "NPL", "PTY")
NC = actor("Nepali Congress", "NPL", "PTY")
OLI = actor("K.P. Sharma Oli", "NPL", "PTY")
DEUBA = actor("Sher Bahadur Deuba", "NPL", "PTY")
PAUDEL = actor("Ram Chandra Paudel", "NPL", "GOV")
NPL_PARTIES = actor("Nepalese political parties", "NPL", "PTY")
DAHAL_FANS = actor("Dahal supporters", "NPL", "CVL")
NPL_POLICE = actor("Nepal Police", "NPL", "COP")

N1 = ("Kathmandu (dpa) - Nepals Ministerpräsident Pushpa Kamal Dahal hat eine Vertrauensabstimmung im Parlament "
      "verloren und muss nach anderthalb Jahren sein Amt abgeben.")
N2 = "Für ihn stimmten am Freitag nur 63 der 258 anwesenden Abgeordneten, 194 votierten gegen ihn."
N3 = ("Zuvor hatte die Kommunistische Partei (UML) von Ex-Premier K.P. Sharma Oli ihre Minister aus der Regierung "
      "abgezogen und sich mit der Kongresspartei auf eine neue Koalition geeinigt.")
N4 = "Nach der Absprache soll Oli zunächst Regierungschef werden, später Kongress-Chef Sher Bahadur Deuba."
N5 = "Dahal hatte die Forderung der UML nach seinem Rücktritt abgelehnt und sich bewusst dem Votum gestellt."
N6 = "„Ich habe nichts zu verbergen und gehe erhobenen Hauptes“, sagte er den Abgeordneten."
N7 = ("Der 69-Jährige warf Oli und Deuba vor, aus reiner Machtgier eine „unnatürliche Allianz“ geschmiedet "
      "zu haben.")
N8 = "Oli wies dies zurück: Die neue Koalition solle dem Land endlich Stabilität bringen, sagte er."
N9 = ("Präsident Ram Chandra Paudel forderte die Parteien auf, bis Sonntag einen Kandidaten mit Mehrheit zu "
      "benennen.")
N10 = ("Vor dem Parlament in Kathmandu protestierten Hunderte Anhänger Dahals gegen den Machtwechsel, die Polizei "
       "drängte sie mit Schlagstöcken zurück.")
N11 = "China und Indien, die um Einfluss in dem Himalaya-Staat ringen, äußerten sich zunächst nicht."
N12 = "Nepal hat seit der Abschaffung der Monarchie im Jahr 2008 mehr als ein Dutzend Regierungen erlebt."

DE03 = {
    "id": "hm205-de-03", "lang": "de", "url": None, "published": "2024-07-12",
    "title": "Nepals Regierungschef Dahal verliert Vertrauensabstimmung",
    "text": paragraphs([N1, N2, N3, N4], [N5, N6, N7, N8], [N9, N10, N11, N12]),
    "events": [
        event("REJECT", NPL_HOR, DAHAL, N1, date="2024-07-12", location="Kathmandu", location_country="NPL"),
        event("REJECT", NPL_HOR, DAHAL, N2, date="2024-07-12", location="Kathmandu", location_country="NPL"),
        event("SANCTION", UML, DAHAL, N3, mode="withdraw"),
        event("AGREE", UML, NC, N3),
        event("REJECT", DAHAL, UML, N5, mode="change"),
        event("REQUEST", UML, DAHAL, N5, mode="change"),
        event("ACCUSE", DAHAL, OLI, N7, mode="disapprove"),
        event("ACCUSE", DAHAL, DEUBA, N7, mode="disapprove"),
        event("REQUEST", PAUDEL, NPL_PARTIES, N9, mode="change"),
        event("PROTEST", DAHAL_FANS, OLI, N10, mode="demo", date="2024-07-12", location="Kathmandu",
              location_country="NPL"),
        event("ASSAULT", NPL_POLICE, DAHAL_FANS, N10, mode="beat", date="2024-07-12", location="Kathmandu",
              location_country="NPL"),
    ],
    "quotes": [
        quote("Ich habe nichts zu verbergen und gehe erhobenen Hauptes", "Pushpa Kamal Dahal", "direct"),
        quote("unnatürliche Allianz", "Pushpa Kamal Dahal", "direct"),
        quote("aus reiner Machtgier eine „unnatürliche Allianz“ geschmiedet zu haben", "Pushpa Kamal Dahal",
              "indirect"),
        quote("Die neue Koalition solle dem Land endlich Stabilität bringen", "K.P. Sharma Oli", "indirect"),
        quote("bis Sonntag einen Kandidaten mit Mehrheit zu benennen", "Ram Chandra Paudel", "indirect"),
    ],
    "entities": [
        entity("Pushpa Kamal Dahal", "PER", "NPL",
               ["Nepals Ministerpräsident Pushpa Kamal Dahal", "ihn", "Dahal", "Der 69-Jährige", "Dahals"]),
        entity("House of Representatives of Nepal", "ORG", "NPL",
               ["im Parlament", "der 258 anwesenden Abgeordneten", "den Abgeordneten", "dem Parlament"]),
        entity("Communist Party of Nepal (Unified Marxist-Leninist)", "ORG", "NPL",
               ["die Kommunistische Partei (UML)", "der UML"]),
        entity("K.P. Sharma Oli", "PER", "NPL", ["Ex-Premier K.P. Sharma Oli", "Oli"]),
        entity("Nepali Congress", "ORG", "NPL", ["der Kongresspartei"]),
        entity("Sher Bahadur Deuba", "PER", "NPL", ["Kongress-Chef Sher Bahadur Deuba", "Deuba"]),
        entity("Ram Chandra Paudel", "PER", "NPL", ["Präsident Ram Chandra Paudel"]),
        entity("Nepalese political parties", "ORG", "NPL", ["die Parteien"]),
        entity("Dahal supporters", "ORG", "NPL", ["Hunderte Anhänger Dahals"]),
        entity("Nepal Police", "ORG", "NPL", ["die Polizei"]),
        entity("China", "GPE", "CHN", ["China"]),
        entity("India", "GPE", "IND", ["Indien"]),
        entity("Nepal", "GPE", "NPL", ["Nepals", "Nepal", "dem Himalaya-Staat", "dem Land"]),
        entity("Kathmandu", "LOC", "NPL", ["Kathmandu"]),
    ],
}

# ---------------------------------------------------------------------------
# hm205-de-04: Shangri-La Dialogue, Hegseth warns of China
# ---------------------------------------------------------------------------
HEGSETH = actor("Pete Hegseth", "USA", "GOV")
CHINA = actor("China", "CHN", "GOV")
USA = actor("United States", "USA", "GOV")
US_ALLIES_ASIA = actor("US allies in Asia", None, "GOV")
CHN_MFA = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
TEODORO = actor("Gilberto Teodoro", "PHL", "GOV")
US_MIL = actor("United States Armed Forces", "USA", "MIL")
AFP_PHL = actor("Armed Forces of the Philippines", "PHL", "MIL")
WONG_SG = actor("Lawrence Wong", "SGP", "GOV")
DONG_JUN = actor("Dong Jun", "CHN", "GOV")

H1 = ("Singapur (dpa) - US-Verteidigungsminister Pete Hegseth hat China beim Shangri-La-Dialog in Singapur "
      "vorgeworfen, sich auf einen möglichen Angriff auf Taiwan vorzubereiten.")
H2 = ("„Die Bedrohung durch China ist real, und sie könnte unmittelbar bevorstehen“, sagte er am Samstag vor "
      "Militärs und Ministern aus rund 40 Ländern.")
H3 = ("Peking übe Angriffe auf Taiwan regelrecht ein und schikaniere seine Nachbarn im Südchinesischen Meer, "
      "so Hegseth.")
H4 = ("Er rief die Verbündeten in Asien auf, mehr Geld für ihre Verteidigung auszugeben, und versprach, die USA "
      "würden ihre Partner nicht im Stich lassen.")
H5 = ("Das Außenministerium in Peking wies die Rede als „Verleumdung“ zurück und warf Washington vor, mit "
      "Waffenlieferungen an Taipeh die Region zu destabilisieren.")
H6 = "Man habe bei den Vereinigten Staaten „ernsthaften Protest“ eingelegt, hieß es."
H7 = ("Frankreichs Präsident Emmanuel Macron hatte die Konferenz am Freitagabend eröffnet und Russland als "
      "Beispiel für die Missachtung internationaler Grenzen kritisiert.")
H8 = ("Am Rande trafen sich Hegseth und der philippinische Verteidigungsminister Gilberto Teodoro, die eine "
      "Ausweitung gemeinsamer Manöver vereinbarten.")
H9 = "Beide Armeen hatten im April ihr bislang größtes gemeinsames Manöver Balikatan abgehalten."
H10 = ("Singapurs Regierungschef Lawrence Wong mahnte Washington und Peking, ihre Rivalität nicht auf Kosten "
       "kleinerer Staaten auszutragen.")
H11 = ("Ein Treffen zwischen Hegseth und Chinas Verteidigungsminister Dong Jun kam nicht zustande, weil Peking "
       "nur eine kleine Delegation geschickt hatte.")

DE04 = {
    "id": "hm205-de-04", "lang": "de", "url": None, "published": "2025-05-31",
    "title": "Hegseth warnt in Singapur vor chinesischer Bedrohung",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7], [H8, H9, H10, H11]),
    "events": [
        event("ACCUSE", HEGSETH, CHINA, H1, mode="allege", date="2025-05-31"),
        event("ACCUSE", HEGSETH, CHINA, H2, mode="disapprove", date="2025-05-31"),
        event("ACCUSE", HEGSETH, CHINA, H3, mode="allege"),
        event("REQUEST", HEGSETH, US_ALLIES_ASIA, H4, mode="change"),
        event("AGREE", HEGSETH, US_ALLIES_ASIA, H4),
        event("ACCUSE", CHN_MFA, USA, H5, mode="allege"),
        event("ACCUSE", CHN_MFA, USA, H6, mode="disapprove"),
        event("ACCUSE", MACRON, RUSSIA, H7, mode="disapprove", date="2025-05-30"),
        event("CONSULT", HEGSETH, TEODORO, H8, mode="multilateral", location="Singapore", location_country="SGP"),
        event("AGREE", HEGSETH, TEODORO, H8),
        event("COOPERATE", US_MIL, AFP_PHL, H9),
        event("REQUEST", WONG_SG, USA, H10, mode="change"),
        event("REQUEST", WONG_SG, CHINA, H10, mode="change"),
        event("CONSULT", HEGSETH, DONG_JUN, H11, mode="multilateral", location="Singapore", location_country="SGP",
              negated=True),
    ],
    "quotes": [
        quote("sich auf einen möglichen Angriff auf Taiwan vorzubereiten", "Pete Hegseth", "indirect"),
        quote("Die Bedrohung durch China ist real, und sie könnte unmittelbar bevorstehen", "Pete Hegseth", "direct"),
        quote("Peking übe Angriffe auf Taiwan regelrecht ein und schikaniere seine Nachbarn im Südchinesischen Meer",
              "Pete Hegseth", "indirect"),
        quote("mehr Geld für ihre Verteidigung auszugeben", "Pete Hegseth", "indirect"),
        quote("die USA würden ihre Partner nicht im Stich lassen", "Pete Hegseth", "indirect"),
        quote("Verleumdung", "Ministry of Foreign Affairs of China", "direct"),
        quote("mit Waffenlieferungen an Taipeh die Region zu destabilisieren", "Ministry of Foreign Affairs of China",
              "indirect"),
        quote("ernsthaften Protest", "Ministry of Foreign Affairs of China", "direct"),
        quote("Man habe bei den Vereinigten Staaten „ernsthaften Protest“ eingelegt",
              "Ministry of Foreign Affairs of China", "indirect"),
        quote("ihre Rivalität nicht auf Kosten kleinerer Staaten auszutragen", "Lawrence Wong", "indirect"),
    ],
    "entities": [
        entity("Pete Hegseth", "PER", "USA", ["US-Verteidigungsminister Pete Hegseth", "Hegseth", "Er"]),
        entity("China", "GPE", "CHN", ["China", "Peking", "Chinas"]),
        entity("Shangri-La Dialogue", "ORG", "SGP", ["Shangri-La-Dialog", "die Konferenz"]),
        entity("Singapore", "GPE", "SGP", ["Singapur", "Singapurs"]),
        entity("Taiwan", "GPE", "TWN", ["Taiwan", "Taipeh"]),
        entity("South China Sea", "LOC", None, ["Südchinesischen Meer"]),
        entity("United States", "GPE", "USA", ["die USA", "Washington", "den Vereinigten Staaten"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Das Außenministerium in Peking"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Frankreichs Präsident Emmanuel Macron"]),
        entity("Russia", "GPE", "RUS", ["Russland"]),
        entity("Gilberto Teodoro", "PER", "PHL", ["der philippinische Verteidigungsminister Gilberto Teodoro"]),
        entity("Lawrence Wong", "PER", "SGP", ["Singapurs Regierungschef Lawrence Wong"]),
        entity("Dong Jun", "PER", "CHN", ["Chinas Verteidigungsminister Dong Jun"]),
    ],
}

# ---------------------------------------------------------------------------
# hm205-en-01: China to resume Japanese seafood imports
# ---------------------------------------------------------------------------
CHN_GOV = actor("China", "CHN", "GOV")
JPN_GOV = actor("Japan", "JPN", "GOV")
KISHIDA = actor("Fumio Kishida", "JPN", "GOV")
MAO_NING = actor("Mao Ning", "CHN", "GOV")
GROSSI = actor("Rafael Grossi", "UNO", "IGO")
RUS_GOV = actor("Russia", "RUS", "GOV")
JPN_FISH = actor("Japanese fishing cooperatives", "JPN", "BUS")

E1 = ("BEIJING/TOKYO (Reuters) - China will gradually resume imports of Japanese seafood after the two countries "
      "agreed on additional monitoring of treated water released from the wrecked Fukushima nuclear plant, "
      "Beijing said on Friday.")
E2 = "Under the arrangement, China will be able to take independent samples within the IAEA framework."
E3 = ("Prime Minister Fumio Kishida told reporters in Tokyo that the agreement was “an important step” but that "
      "Japan would keep pressing for an immediate lifting of the ban.")
E4 = ("China halted all seafood imports from Japan in August 2023, when the plant's operator began discharging "
      "the water into the Pacific.")
E5 = ("Chinese foreign ministry spokeswoman Mao Ning said imports would only restart once shipments met Chinese "
      "safety standards.")
E6 = "“We firmly oppose any unilateral discharge,” she said, “and Japan must fully honour its commitments.”"
E7 = ("Tokyo has long rejected Beijing's description of the water as “nuclear-contaminated” and says it is "
      "diluted far below international limits.")
E8 = "IAEA Director General Rafael Grossi said his agency would expand its presence at the site."
E9 = "Russia said it had no plans to lift its own ban on Japanese seafood."
E10 = "Japanese exporters say China was their largest market before the ban, especially for scallops."
E11 = ("Tokyo paid emergency support to fishing cooperatives after the ban and helped them find new buyers in the "
       "United States and Southeast Asia.")

EN01 = {
    "id": "hm205-en-01", "lang": "en", "url": None, "published": "2024-09-20",
    "title": "China to gradually resume Japanese seafood imports after Fukushima water deal",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8], [E9, E10, E11]),
    "events": [
        event("CONCEDE", CHN_GOV, JPN_GOV, E1, date="2024-09-20"),
        event("AGREE", CHN_GOV, JPN_GOV, E1, date="2024-09-20"),
        event("SUPPORT", KISHIDA, CHN_GOV, E3),
        event("REQUEST", KISHIDA, CHN_GOV, E3, mode="yield"),
        event("SANCTION", CHN_GOV, JPN_GOV, E4, mode="discontinue"),
        event("ACCUSE", MAO_NING, JPN_GOV, E6, mode="disapprove"),
        event("REQUEST", MAO_NING, JPN_GOV, E6, mode="change"),
        event("AGREE", GROSSI, JPN_GOV, E8),
        event("CONCEDE", RUS_GOV, JPN_GOV, E9, negated=True),
        event("AID", JPN_GOV, JPN_FISH, E11),
    ],
    "quotes": [
        quote("China will gradually resume imports of Japanese seafood after the two countries agreed on additional "
              "monitoring of treated water released from the wrecked Fukushima nuclear plant", "Government of China",
              "indirect"),
        quote("that the agreement was “an important step” but that Japan would keep pressing for an immediate "
              "lifting of the ban", "Fumio Kishida", "indirect"),
        quote("an important step", "Fumio Kishida", "direct"),
        quote("imports would only restart once shipments met Chinese safety standards", "Mao Ning", "indirect"),
        quote("We firmly oppose any unilateral discharge", "Mao Ning", "direct"),
        quote("and Japan must fully honour its commitments", "Mao Ning", "direct"),
        quote("nuclear-contaminated", "Government of China", "direct"),
        quote("it is diluted far below international limits", "Government of Japan", "indirect"),
        quote("his agency would expand its presence at the site", "Rafael Grossi", "indirect"),
        quote("it had no plans to lift its own ban on Japanese seafood", "Government of Russia", "indirect"),
        quote("China was their largest market before the ban, especially for scallops", "Japanese seafood exporters",
              "indirect"),
    ],
    "entities": [
        entity("China", "GPE", "CHN", ["China", "Beijing", "Beijing's"]),
        entity("Japan", "GPE", "JPN", ["Japan", "Tokyo"]),
        entity("Fukushima Daiichi nuclear power plant", "LOC", "JPN",
               ["the wrecked Fukushima nuclear plant", "the site"]),
        entity("Tokyo Electric Power Company (TEPCO)", "ORG", "JPN", ["the plant's operator"]),
        entity("International Atomic Energy Agency", "ORG", "UNO",
               ["IAEA", "his agency"]),
        entity("Fumio Kishida", "PER", "JPN", ["Prime Minister Fumio Kishida"]),
        entity("Mao Ning", "PER", "CHN", ["Chinese foreign ministry spokeswoman Mao Ning", "she"]),
        entity("Rafael Grossi", "PER", "UNO", ["IAEA Director General Rafael Grossi"]),
        entity("Russia", "GPE", "RUS", ["Russia"]),
        entity("Pacific Ocean", "LOC", None, ["the Pacific"]),
        entity("Japanese seafood exporters", "ORG", "JPN", ["Japanese exporters"]),
        entity("Japanese fishing cooperatives", "ORG", "JPN", ["fishing cooperatives", "them"]),
        entity("United States", "GPE", "USA", ["United States"]),
        entity("Southeast Asia", "LOC", None, ["Southeast Asia"]),
    ],
}

# ---------------------------------------------------------------------------
# hm205-en-02: China retaliates against Trump's tariffs
# ---------------------------------------------------------------------------
CHN = actor("China", "CHN", "GOV")
US = actor("United States", "USA", "GOV")
MOFCOM = actor("Ministry of Commerce of China", "CHN", "GOV")
PVH = actor("PVH", "USA", "BUS")
ILLUMINA = actor("Illumina", "USA", "BUS")
SAMR = actor("State Administration for Market Regulation", "CHN", "GOV")
GOOGLE = actor("Google", "MNC", "BUS")
TRUMP = actor("Donald Trump", "USA", "GOV")
XI = actor("Xi Jinping", "CHN", "GOV")
LIN_JIAN = actor("Lin Jian", "CHN", "GOV")
EU = actor("European Union", "EUR", "IGO")

C1 = ("BEIJING (AP) — China announced tariffs of up to 15% on American coal, liquefied natural gas and crude oil on "
      "Tuesday, minutes after a 10% U.S. levy on all Chinese imports took effect.")
C2 = ("The Commerce Ministry also announced export controls on tungsten and other rare metals and added two "
      "American companies, PVH and Illumina, to its list of “unreliable entities.”")
C3 = "Separately, China's market regulator said it had opened an antitrust investigation into Google."
C4 = ("Beijing also filed a complaint with the World Trade Organization, saying the U.S. measures violated "
      "international trade rules.")
C5 = ("President Donald Trump imposed the tariffs over what he called China's failure to stop the flow of "
      "fentanyl into the United States.")
C6 = ("He had said he would probably speak to Chinese President Xi Jinping within 24 hours, but no call had "
      "taken place by Tuesday evening, according to the White House.")
C7 = ("“We're in no rush,” Trump told reporters, adding that if Beijing did not act on fentanyl, the tariffs "
      "would go “very, very substantially” higher.")
C8 = ("Chinese foreign ministry spokesman Lin Jian said fentanyl was “America's problem” and accused Washington "
      "of “blackmail.”")
C9 = "The Chinese measures take effect on Feb. 10, leaving a window for negotiations."
C10 = "Analysts said Beijing's response was measured, covering about $14 billion of U.S. goods."
C11 = "The European Union urged both sides to settle the dispute through dialogue."

EN02 = {
    "id": "hm205-en-02", "lang": "en", "url": None, "published": "2025-02-04",
    "title": "China hits back at Trump's tariffs with levies on U.S. energy and a Google probe",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8], [C9, C10, C11]),
    "events": [
        event("SANCTION", CHN, US, C1, mode="discontinue", date="2025-02-04"),
        event("SANCTION", US, CHN, C1, mode="discontinue", date="2025-02-04"),
        event("SANCTION", MOFCOM, US, C2, mode="discontinue", date="2025-02-04"),
        event("SANCTION", MOFCOM, PVH, C2, mode="discontinue", date="2025-02-04"),
        event("SANCTION", MOFCOM, ILLUMINA, C2, mode="discontinue", date="2025-02-04"),
        event("ACCUSE", SAMR, GOOGLE, C3, mode="investigate", date="2025-02-04"),
        event("ACCUSE", CHN, US, C4, mode="allege", date="2025-02-04"),
        event("SANCTION", TRUMP, CHN, C5, mode="discontinue"),
        event("ACCUSE", TRUMP, CHN, C5, mode="allege"),
        event("AGREE", TRUMP, XI, C6),
        event("CONSULT", TRUMP, XI, C6, mode="phone", negated=True),
        event("THREATEN", TRUMP, CHN, C7, mode="restrict"),
        event("ACCUSE", LIN_JIAN, US, C8, mode="disapprove"),
        event("REQUEST", EU, US, C11, mode="meet"),
        event("REQUEST", EU, CHN, C11, mode="meet"),
    ],
    "quotes": [
        quote("unreliable entities", "Ministry of Commerce of China", "direct"),
        quote("it had opened an antitrust investigation into Google", "State Administration for Market Regulation",
              "indirect"),
        quote("the U.S. measures violated international trade rules", "Government of China", "indirect"),
        quote("he would probably speak to Chinese President Xi Jinping within 24 hours", "Donald Trump", "indirect"),
        quote("no call had taken place by Tuesday evening", "White House", "indirect"),
        quote("We're in no rush", "Donald Trump", "direct"),
        quote("very, very substantially", "Donald Trump", "direct"),
        quote("if Beijing did not act on fentanyl, the tariffs would go “very, very substantially” higher",
              "Donald Trump", "indirect"),
        quote("fentanyl was “America's problem”", "Lin Jian", "indirect"),
        quote("America's problem", "Lin Jian", "direct"),
        quote("blackmail", "Lin Jian", "direct"),
        quote("Beijing's response was measured, covering about $14 billion of U.S. goods", "analysts", "indirect"),
    ],
    "entities": [
        entity("China", "GPE", "CHN", ["China", "Beijing", "China's", "Beijing's"]),
        entity("United States", "GPE", "USA", ["the United States", "Washington"]),
        entity("Ministry of Commerce of China", "ORG", "CHN", ["The Commerce Ministry"]),
        entity("PVH", "ORG", "USA", ["PVH"]),
        entity("Illumina", "ORG", "USA", ["Illumina"]),
        entity("State Administration for Market Regulation", "ORG", "CHN", ["China's market regulator"]),
        entity("Google", "ORG", "MNC", ["Google"]),
        entity("World Trade Organization", "ORG", "IGO", ["the World Trade Organization"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "He", "Trump"]),
        entity("Xi Jinping", "PER", "CHN", ["Chinese President Xi Jinping"]),
        entity("White House", "ORG", "USA", ["the White House"]),
        entity("Lin Jian", "PER", "CHN", ["Chinese foreign ministry spokesman Lin Jian"]),
        entity("European Union", "ORG", "EUR", ["The European Union"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
