"""Round 36 of the blind hand-made articles (written blind, see README.md).

Six invented wire-style reports (4 German, 2 English), dated 2023-2025:
- hm36-de-01: Angola, deadly unrest and mass arrests after a diesel price rise and a taxi strike
  (Luanda, July 2025)
- hm36-de-02: Benin, JNIM attack on army posts in the W National Park and the row with Niger (April 2025)
- hm36-de-03: Putin in Pyongyang, Russia and North Korea sign a partnership treaty (June 2024)
- hm36-de-04: Morocco accepts earthquake aid from four countries only (September 2023)
- hm36-en-01: Philippine police arrest Rodrigo Duterte on an ICC warrant (Manila, March 2025)
- hm36-en-02: Gunman attacks Azerbaijan's embassy in Tehran (January 2023)
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm36-de-01 (Angola)
D1_S1 = ("Bei Unruhen nach einer Erhöhung der Dieselpreise sind in Angola nach Regierungsangaben mindestens "
         "22 Menschen ums Leben gekommen.")
D1_S2 = ("Die Polizei nahm seit Montag mehr als 1200 Menschen fest, wie Innenminister Manuel Homem am "
         "Mittwoch in Luanda mitteilte.")
D1_S3 = "Taxifahrer hatten am Montag aus Protest gegen die Preiserhöhung einen dreitägigen Streik begonnen."
D1_S4 = "In mehreren Vierteln der Hauptstadt plünderten Jugendliche Geschäfte und errichteten Barrikaden."
D1_S5 = "Sicherheitskräfte gingen mit Tränengas und scharfer Munition gegen die Menge vor."
D1_S6 = "Die Oppositionspartei Unita warf der Polizei vor, unbewaffnete Demonstranten erschossen zu haben."
D1_S7 = "Präsident João Lourenço sprach dagegen von »Vandalen« und drohte Plünderern mit harten Strafen."
D1_S8 = "Der Taxifahrerverband Anata erklärte, der Streik sei »friedlich geplant« gewesen."
D1_S9 = ("Die Regierung lehnte es ab, die Preiserhöhung zurückzunehmen, kündigte aber an, die Tarife für "
         "Sammeltaxis vorerst nicht anzuheben.")
D1_S10 = ("Das UN-Menschenrechtsbüro forderte die Behörden auf, die Todesfälle unabhängig untersuchen "
          "zu lassen.")

AGO_GOV = actor("Government of Angola", "AGO", "GOV")
AGO_POLICE = actor("Angolan police", "AGO", "COP")
AGO_PROTESTERS = actor("protesters", "AGO", "CVL")
ANATA = actor("ANATA", "AGO", "LAB")

DE01 = {
    "id": "hm36-de-01",
    "lang": "de",
    "published": "2025-07-30",
    "title": "Tote und mehr als tausend Festnahmen bei Unruhen in Angola",
    "text": paragraphs([D1_S1, D1_S2, D1_S3, D1_S4], [D1_S5, D1_S6, D1_S7, D1_S8], [D1_S9, D1_S10]),
    "events": [
        event("COERCE", AGO_POLICE, AGO_PROTESTERS, D1_S2, mode="arrest"),
        event("PROTEST", actor("taxi drivers", "AGO", "LAB"), AGO_GOV, D1_S3, mode="strike", date="2025-07-28"),
        event("PROTEST", actor("youths", "AGO", "CVL"), AGO_GOV, D1_S4, mode="riot", location="Luanda",
              location_country="AGO"),
        event("ASSAULT", AGO_POLICE, AGO_PROTESTERS, D1_S5, mode="crowd-control"),
        event("ACCUSE", actor("UNITA", "AGO", "PTY"), AGO_POLICE, D1_S6, mode="allege"),
        event("ACCUSE", actor("João Lourenço", "AGO", "GOV"), AGO_PROTESTERS, D1_S7, mode="disapprove"),
        event("THREATEN", actor("João Lourenço", "AGO", "GOV"), actor("looters", "AGO", "CVL"), D1_S7),
        event("REJECT", AGO_GOV, ANATA, D1_S9, mode="change"),
        event("CONCEDE", AGO_GOV, ANATA, D1_S9),
        event("REQUEST", actor("Office of the UN High Commissioner for Human Rights", "UNO", "IGO"), AGO_GOV,
              D1_S10),
    ],
    "quotes": [
        quote("Bei Unruhen nach einer Erhöhung der Dieselpreise sind in Angola nach Regierungsangaben mindestens "
              "22 Menschen ums Leben gekommen", "Government of Angola", "indirect"),
        quote("Die Polizei nahm seit Montag mehr als 1200 Menschen fest", "Manuel Homem", "indirect"),
        quote("unbewaffnete Demonstranten erschossen zu haben", "UNITA", "indirect"),
        quote("Vandalen", "João Lourenço", "direct"),
        quote("friedlich geplant", "ANATA", "direct"),
        quote("der Streik sei »friedlich geplant« gewesen", "ANATA", "indirect"),
    ],
    "entities": [
        entity("Angola", "GPE", "AGO", ["Angola"]),
        entity("looters", "PER", "AGO", ["Plünderern"]),
        entity("Government of Angola", "ORG", "AGO", ["Regierungsangaben", "Die Regierung", "die Behörden"]),
        entity("Angolan police", "ORG", "AGO", ["Die Polizei", "Sicherheitskräfte", "der Polizei"]),
        entity("Manuel Homem", "PER", "AGO", ["Innenminister Manuel Homem"]),
        entity("Luanda", "LOC", "AGO", ["Luanda", "der Hauptstadt"]),
        entity("UNITA", "ORG", "AGO", ["Die Oppositionspartei Unita"]),
        entity("João Lourenço", "PER", "AGO", ["Präsident João Lourenço"]),
        entity("ANATA", "ORG", "AGO", ["Der Taxifahrerverband Anata"]),
        entity("Office of the UN High Commissioner for Human Rights", "ORG", "UNO", ["Das UN-Menschenrechtsbüro"]),
    ],
}

# ---------------------------------------------------------------- hm36-de-02 (Benin)
D2_S1 = ("Bei einem Angriff von Dschihadisten auf zwei Armeeposten im Norden Benins sind am Donnerstag "
         "mindestens 54 Soldaten getötet worden.")
D2_S2 = ("Die mit Al-Kaida verbundene Gruppe JNIM reklamierte den Überfall im Nationalpark W nahe der Grenze "
         "zu Niger und Burkina Faso für sich.")
D2_S3 = "Regierungssprecher Wilfried Houngbédji sprach von einem »feigen Anschlag«."
D2_S4 = "Die Armee verlegte Verstärkung in die Grenzregion."
D2_S5 = "Houngbédji warf den Nachbarstaaten vor, nicht genug gegen die Extremisten zu unternehmen."
D2_S6 = "Benin sei zu einer engeren Zusammenarbeit mit Niamey und Ouagadougou bereit, sagte er."
D2_S7 = ("Die Militärregierung in Niger wies die Vorwürfe zurück und erklärte, Benin lenke von eigenen "
         "Versäumnissen ab.")
D2_S8 = "Die Ecowas verurteilte den Angriff."
D2_S9 = ("Frankreich liefert nach Angaben aus Diplomatenkreisen bereits Aufklärungsdaten an die beninische "
         "Armee.")
D2_S10 = "Seit 2021 häufen sich im Norden Benins Angriffe bewaffneter Gruppen aus der Sahelzone."

JNIM = actor("Jama'at Nasr al-Islam wal Muslimin", "MLI", "REB")
BEN_ARMY = actor("Beninese army", "BEN", "MIL")
HOUNGBEDJI = actor("Wilfried Houngbédji", "BEN", "GOV")
BEN = actor("Benin", "BEN", "GOV")
NER = actor("Niger", "NER", "GOV")
BFA = actor("Burkina Faso", "BFA", "GOV")

DE02 = {
    "id": "hm36-de-02",
    "lang": "de",
    "published": "2025-04-18",
    "title": "Dutzende Soldaten bei Dschihadistenangriff in Benin getötet",
    "text": paragraphs([D2_S1, D2_S2, D2_S3], [D2_S4, D2_S5, D2_S6, D2_S7], [D2_S8, D2_S9, D2_S10]),
    "events": [
        event("ASSAULT", JNIM, BEN_ARMY, D2_S1, date="2025-04-17", location="W National Park",
              location_country="BEN"),
        event("ASSAULT", JNIM, BEN_ARMY, D2_S2, date="2025-04-17", location="W National Park",
              location_country="BEN"),
        event("ACCUSE", HOUNGBEDJI, JNIM, D2_S3, mode="disapprove"),
        event("MOBILIZE", BEN_ARMY, None, D2_S4, mode="troops"),
        event("ACCUSE", HOUNGBEDJI, NER, D2_S5, mode="disapprove"),
        event("ACCUSE", HOUNGBEDJI, BFA, D2_S5, mode="disapprove"),
        event("AGREE", BEN, NER, D2_S6),
        event("AGREE", BEN, BFA, D2_S6),
        event("ACCUSE", NER, BEN, D2_S7, mode="allege"),
        event("ACCUSE", actor("ECOWAS", "IGO", "IGO"), JNIM, D2_S8, mode="disapprove"),
        event("COOPERATE", actor("France", "FRA", "GOV"), BEN_ARMY, D2_S9),
    ],
    "quotes": [
        quote("feigen Anschlag", "Wilfried Houngbédji", "direct"),
        quote("nicht genug gegen die Extremisten zu unternehmen", "Wilfried Houngbédji", "indirect"),
        quote("Benin sei zu einer engeren Zusammenarbeit mit Niamey und Ouagadougou bereit", "Wilfried Houngbédji",
              "indirect"),
        quote("Benin lenke von eigenen Versäumnissen ab", "Government of Niger", "indirect"),
        quote("Frankreich liefert nach Angaben aus Diplomatenkreisen bereits Aufklärungsdaten an die beninische "
              "Armee", "diplomatic sources", "indirect"),
    ],
    "entities": [
        entity("Jama'at Nasr al-Islam wal Muslimin", "ORG", "MLI",
               ["Dschihadisten", "Die mit Al-Kaida verbundene Gruppe JNIM", "die Extremisten"]),
        entity("Benin", "GPE", "BEN", ["Benins", "Benin"]),
        entity("Beninese army", "ORG", "BEN", ["Die Armee", "die beninische Armee"]),
        entity("Al-Qaeda", "ORG", None, ["Al-Kaida"]),
        entity("W National Park", "LOC", "BEN", ["Nationalpark W"]),
        entity("Niger", "GPE", "NER", ["Niger", "Niamey"]),
        entity("Burkina Faso", "GPE", "BFA", ["Burkina Faso", "Ouagadougou"]),
        entity("Wilfried Houngbédji", "PER", "BEN", ["Regierungssprecher Wilfried Houngbédji", "Houngbédji", "er"]),
        entity("Government of Niger", "ORG", "NER", ["Die Militärregierung in Niger"]),
        entity("ECOWAS", "ORG", "IGO", ["Die Ecowas"]),
        entity("France", "GPE", "FRA", ["Frankreich"]),
        entity("Sahel", "LOC", None, ["der Sahelzone"]),
    ],
}

# ---------------------------------------------------------------- hm36-de-03 (Russia / North Korea)
D3_S1 = ("Russlands Präsident Wladimir Putin und Nordkoreas Machthaber Kim Jong Un haben am Mittwoch in "
         "Pjöngjang einen Vertrag über eine umfassende strategische Partnerschaft unterzeichnet.")
D3_S2 = "Er sieht gegenseitigen Beistand im Fall eines Angriffs auf eines der beiden Länder vor."
D3_S3 = ("Putin war zuvor bei seinem ersten Besuch seit 24 Jahren mit militärischen Ehren auf dem "
         "Kim-Il-Sung-Platz empfangen worden.")
D3_S4 = ("Kim sprach von einem »Bündnis«, Putin bedankte sich für die »feste Unterstützung« Pjöngjangs im "
         "Ukraine-Krieg.")
D3_S5 = "Südkorea verurteilte die Vereinbarung scharf."
D3_S6 = "Seoul werde nun prüfen, Waffen an die Ukraine zu liefern, sagte ein Sprecher des Präsidialamts."
D3_S7 = ("Der Sprecher des US-Außenministeriums, Matthew Miller, warf Moskau vor, mit Nordkorea gegen "
         "UN-Sanktionen zu verstoßen.")
D3_S8 = "Außenminister Sergej Lawrow sagte, der Vertrag richte sich »gegen kein anderes Land«."
D3_S9 = "Putin will am Donnerstag nach Vietnam weiterreisen."

PUTIN = actor("Vladimir Putin", "RUS", "GOV")
KIM = actor("Kim Jong Un", "PRK", "GOV")
PRK = actor("North Korea", "PRK", "GOV")
RUS = actor("Russia", "RUS", "GOV")
KOR = actor("South Korea", "KOR", "GOV")

DE03 = {
    "id": "hm36-de-03",
    "lang": "de",
    "published": "2024-06-19",
    "title": "Putin und Kim unterzeichnen Beistandspakt",
    "text": paragraphs([D3_S1, D3_S2, D3_S3], [D3_S4, D3_S5, D3_S6], [D3_S7, D3_S8, D3_S9]),
    "events": [
        event("SUPPORT", PUTIN, KIM, D3_S1, date="2024-06-19", location="Pyongyang", location_country="PRK"),
        event("AGREE", RUS, PRK, D3_S2),
        event("CONSULT", PUTIN, KIM, D3_S3, mode="visit", date="2024-06-19", location="Pyongyang",
              location_country="PRK"),
        event("SUPPORT", PUTIN, PRK, D3_S4),
        event("ACCUSE", KOR, RUS, D3_S5, mode="disapprove"),
        event("ACCUSE", KOR, PRK, D3_S5, mode="disapprove"),
        event("ACCUSE", actor("Matthew Miller", "USA", "GOV"), RUS, D3_S7, mode="allege"),
        event("AGREE", PUTIN, actor("Vietnam", "VNM", "GOV"), D3_S9, date="2024-06-20"),
    ],
    "quotes": [
        quote("Bündnis", "Kim Jong Un", "direct"),
        quote("feste Unterstützung", "Vladimir Putin", "direct"),
        quote("Seoul werde nun prüfen, Waffen an die Ukraine zu liefern", "Spokesperson of the South Korean "
              "presidential office", "indirect"),
        quote("mit Nordkorea gegen UN-Sanktionen zu verstoßen", "Matthew Miller", "indirect"),
        quote("gegen kein anderes Land", "Sergey Lavrov", "direct"),
        quote("der Vertrag richte sich »gegen kein anderes Land«", "Sergey Lavrov", "indirect"),
    ],
    "entities": [
        entity("Vladimir Putin", "PER", "RUS", ["Russlands Präsident Wladimir Putin", "Putin"]),
        entity("Kim Jong Un", "PER", "PRK", ["Nordkoreas Machthaber Kim Jong Un", "Kim"]),
        entity("Pyongyang", "LOC", "PRK", ["Pjöngjang"]),
        entity("Russia", "GPE", "RUS", ["Russlands", "Moskau"]),
        entity("North Korea", "GPE", "PRK", ["Nordkoreas", "Pjöngjangs", "Nordkorea"]),
        entity("Kim Il Sung Square", "LOC", "PRK", ["dem Kim-Il-Sung-Platz"]),
        entity("Ukraine", "GPE", "UKR", ["Ukraine"]),
        entity("South Korea", "GPE", "KOR", ["Südkorea", "Seoul"]),
        entity("Office of the President of South Korea", "ORG", "KOR", ["des Präsidialamts"]),
        entity("Matthew Miller", "PER", "USA",
               ["Der Sprecher des US-Außenministeriums, Matthew Miller"]),
        entity("United Nations", "ORG", "UNO", ["UN"]),
        entity("Sergey Lavrov", "PER", "RUS", ["Außenminister Sergej Lawrow"]),
        entity("Vietnam", "GPE", "VNM", ["Vietnam"]),
    ],
}

# ---------------------------------------------------------------- hm36-de-04 (Morocco)
D4_S1 = ("Marokko hat nach dem schweren Erdbeben im Atlasgebirge Hilfsangebote aus Spanien, Großbritannien, "
         "Katar und den Vereinigten Arabischen Emiraten angenommen, wie das Innenministerium am Sonntagabend "
         "mitteilte.")
D4_S2 = "Spanien schickte noch am Sonntag 56 Rettungskräfte und vier Suchhunde nach Marrakesch."
D4_S3 = "Nach Angaben des Ministeriums stieg die Zahl der Toten auf mehr als 2100."
D4_S4 = "Ein Angebot Frankreichs nahm Rabat bislang nicht an."
D4_S5 = "Präsident Emmanuel Macron sagte, Frankreich stehe bereit, »sobald Marokko dies wünscht«."
D4_S6 = "Außenministerin Catherine Colonna wies Berichte über eine Verstimmung zwischen Paris und Rabat zurück."
D4_S7 = "Die Armee entsandte Soldaten und Hubschrauber in die abgelegenen Bergdörfer südlich von Marrakesch."
D4_S8 = "Dort warfen Bewohner den Behörden vor, die Hilfe komme viel zu spät."
D4_S9 = ("Selbst Algerien, das die Beziehungen zu Rabat 2021 abgebrochen hatte, öffnete seinen Luftraum "
         "für Hilfsflüge.")

MAR = actor("Morocco", "MAR", "GOV")
ALG = actor("Algeria", "DZA", "GOV")

DE04 = {
    "id": "hm36-de-04",
    "lang": "de",
    "published": "2023-09-11",
    "title": "Marokko nimmt Erdbebenhilfe aus vier Ländern an",
    "text": paragraphs([D4_S1, D4_S2, D4_S3], [D4_S4, D4_S5, D4_S6], [D4_S7, D4_S8, D4_S9]),
    "events": [
        event("AGREE", MAR, actor("Spain", "ESP", "GOV"), D4_S1, date="2023-09-10"),
        event("AGREE", MAR, actor("United Kingdom", "GBR", "GOV"), D4_S1, date="2023-09-10"),
        event("AGREE", MAR, actor("Qatar", "QAT", "GOV"), D4_S1, date="2023-09-10"),
        event("AGREE", MAR, actor("United Arab Emirates", "ARE", "GOV"), D4_S1, date="2023-09-10"),
        event("AID", actor("Spain", "ESP", "GOV"), MAR, D4_S2, date="2023-09-10", location="Marrakesh",
              location_country="MAR"),
        event("AGREE", MAR, actor("France", "FRA", "GOV"), D4_S4, negated=True),
        event("MOBILIZE", actor("Royal Moroccan Armed Forces", "MAR", "MIL"), None, D4_S7, mode="troops"),
        event("ACCUSE", actor("villagers", "MAR", "CVL"), actor("Moroccan authorities", "MAR", "GOV"), D4_S8,
              mode="disapprove"),
        event("SANCTION", ALG, MAR, D4_S9, mode="discontinue"),
        event("RETREAT", ALG, MAR, D4_S9, mode="access"),
    ],
    "quotes": [
        quote("Marokko hat nach dem schweren Erdbeben im Atlasgebirge Hilfsangebote aus Spanien, Großbritannien, "
              "Katar und den Vereinigten Arabischen Emiraten angenommen", "Ministry of the Interior of Morocco",
              "indirect"),
        quote("stieg die Zahl der Toten auf mehr als 2100", "Ministry of the Interior of Morocco", "indirect"),
        quote("sobald Marokko dies wünscht", "Emmanuel Macron", "direct"),
        quote("Frankreich stehe bereit, »sobald Marokko dies wünscht«", "Emmanuel Macron", "indirect"),
        quote("die Hilfe komme viel zu spät", "villagers", "indirect"),
    ],
    "entities": [
        entity("Morocco", "GPE", "MAR", ["Marokko", "Rabat"]),
        entity("Atlas Mountains", "LOC", "MAR", ["Atlasgebirge"]),
        entity("Spain", "GPE", "ESP", ["Spanien"]),
        entity("United Kingdom", "GPE", "GBR", ["Großbritannien"]),
        entity("Qatar", "GPE", "QAT", ["Katar"]),
        entity("United Arab Emirates", "GPE", "ARE", ["den Vereinigten Arabischen Emiraten"]),
        entity("Ministry of the Interior of Morocco", "ORG", "MAR", ["das Innenministerium", "des Ministeriums"]),
        entity("Marrakesh", "LOC", "MAR", ["Marrakesch"]),
        entity("France", "GPE", "FRA", ["Frankreichs", "Frankreich", "Paris"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Präsident Emmanuel Macron"]),
        entity("Catherine Colonna", "PER", "FRA", ["Außenministerin Catherine Colonna"]),
        entity("Royal Moroccan Armed Forces", "ORG", "MAR", ["Die Armee"]),
        entity("Moroccan authorities", "ORG", "MAR", ["den Behörden"]),
        entity("Algeria", "GPE", "DZA", ["Algerien"]),
    ],
}

# ---------------------------------------------------------------- hm36-en-01 (Philippines)
E1_S1 = ("Philippine police arrested former President Rodrigo Duterte at Manila's international airport on "
         "Tuesday on a warrant from the International Criminal Court.")
E1_S2 = ("The court accuses the 79-year-old of crimes against humanity over killings during his "
         "anti-drug campaign.")
E1_S3 = "Hours later, the government put him on a chartered plane to The Hague, where the court is based."
E1_S4 = "President Ferdinand Marcos Jr. said Manila had acted on its commitments to Interpol, not to the ICC."
E1_S5 = ("Duterte's daughter, Vice President Sara Duterte, accused the government of handing over a Filipino "
         "citizen to “foreign forces”.")
E1_S6 = "“This is a kidnapping,” she told reporters."
E1_S7 = "Several hundred supporters rallied outside the air base in Manila, demanding his return."
E1_S8 = ("Human rights groups welcomed the arrest, saying it was a long-awaited step towards justice for "
         "thousands of victims.")
E1_S9 = "China's foreign ministry warned the court against “politicising” the case."
E1_S10 = "His lawyers asked the Supreme Court to halt the transfer, but the judges did not act before the plane took off."

DUTERTE = actor("Rodrigo Duterte", "PHL", "OPP")
ICC = actor("International Criminal Court", "IGO", "JUD")
PHL_GOV = actor("Government of the Philippines", "PHL", "GOV")
SARA = actor("Sara Duterte", "PHL", "GOV")

EN01 = {
    "id": "hm36-en-01",
    "lang": "en",
    "published": "2025-03-11",
    "title": "Philippine police arrest Duterte on ICC warrant",
    "text": paragraphs([E1_S1, E1_S2, E1_S3], [E1_S4, E1_S5, E1_S6, E1_S7], [E1_S8, E1_S9, E1_S10]),
    "events": [
        event("COERCE", actor("Philippine National Police", "PHL", "COP"), DUTERTE, E1_S1, mode="arrest",
              date="2025-03-11", location="Manila", location_country="PHL"),
        event("ACCUSE", ICC, DUTERTE, E1_S2, mode="allege"),
        event("COOPERATE", PHL_GOV, ICC, E1_S3, date="2025-03-11"),
        event("ACCUSE", SARA, PHL_GOV, E1_S5, mode="allege"),
        event("ACCUSE", SARA, PHL_GOV, E1_S6, mode="allege"),
        event("PROTEST", actor("Duterte supporters", "PHL", "CVL"), PHL_GOV, E1_S7, mode="demo", location="Manila",
              location_country="PHL"),
        event("SUPPORT", actor("human rights groups", "NGO", "NGO"), PHL_GOV, E1_S8),
        event("ACCUSE", actor("Ministry of Foreign Affairs of China", "CHN", "GOV"), ICC, E1_S9, mode="disapprove"),
        event("REQUEST", actor("Duterte's lawyers", "PHL", "CVL"), actor("Supreme Court of the Philippines", "PHL", "JUD"),
              E1_S10),
    ],
    "quotes": [
        quote("Manila had acted on its commitments to Interpol, not to the ICC", "Ferdinand Marcos Jr.", "indirect"),
        quote("foreign forces", "Sara Duterte", "direct"),
        quote("This is a kidnapping", "Sara Duterte", "direct"),
        quote("it was a long-awaited step towards justice for thousands of victims", "human rights groups",
              "indirect"),
        quote("politicising", "Ministry of Foreign Affairs of China", "direct"),
    ],
    "entities": [
        entity("Philippine National Police", "ORG", "PHL", ["Philippine police"]),
        entity("Rodrigo Duterte", "PER", "PHL",
               ["former President Rodrigo Duterte", "the 79-year-old", "his", "him", "Duterte's", "His"]),
        entity("Manila", "LOC", "PHL", ["Manila's", "Manila"]),
        entity("International Criminal Court", "ORG", "IGO",
               ["the International Criminal Court", "The court", "the court", "the ICC"]),
        entity("Government of the Philippines", "ORG", "PHL", ["the government", "Manila"]),
        entity("The Hague", "LOC", "NLD", ["The Hague"]),
        entity("Ferdinand Marcos Jr.", "PER", "PHL", ["President Ferdinand Marcos Jr."]),
        entity("Interpol", "ORG", "IGO", ["Interpol"]),
        entity("Sara Duterte", "PER", "PHL", ["Duterte's daughter, Vice President Sara Duterte", "she"]),
        entity("human rights groups", "ORG", "NGO", ["Human rights groups"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["China's foreign ministry"]),
        entity("Supreme Court of the Philippines", "ORG", "PHL", ["the Supreme Court", "the judges"]),
    ],
}

# ---------------------------------------------------------------- hm36-en-02 (Azerbaijan / Iran)
E2_S1 = ("A gunman stormed Azerbaijan's embassy in Tehran on Friday, killing the head of security and wounding "
         "two guards, the foreign ministry in Baku said.")
E2_S2 = "Iranian police arrested the attacker, who had entered the building with a Kalashnikov rifle."
E2_S3 = ("President Ilham Aliyev called the shooting a “terrorist act” and demanded that Tehran punish those "
         "responsible.")
E2_S4 = "Baku evacuated its diplomats and suspended the embassy's operations on Friday evening."
E2_S5 = ("The foreign ministry accused Iranian authorities of ignoring repeated requests to improve security "
         "at the mission.")
E2_S6 = ("Tehran rejected any link to the state and said the gunman had acted out of personal motives.")
E2_S7 = "Police chief Hossein Rahimi said the suspect believed his wife was being held at the embassy."
E2_S8 = ("President Ebrahim Raisi ordered an investigation and spoke by phone with Aliyev, Iranian state media "
         "reported.")
E2_S9 = "Turkey and the United States condemned the attack."

GUNMAN = actor("gunman", "IRN", "CVL")
AZE = actor("Azerbaijan", "AZE", "GOV")
IRN = actor("Iran", "IRN", "GOV")
ALIYEV = actor("Ilham Aliyev", "AZE", "GOV")
AZE_MFA = actor("Ministry of Foreign Affairs of Azerbaijan", "AZE", "GOV")
RAISI = actor("Ebrahim Raisi", "IRN", "GOV")

EN02 = {
    "id": "hm36-en-02",
    "lang": "en",
    "published": "2023-01-27",
    "title": "Azerbaijan evacuates Tehran embassy after deadly attack",
    "text": paragraphs([E2_S1, E2_S2, E2_S3], [E2_S4, E2_S5, E2_S6, E2_S7], [E2_S8, E2_S9]),
    "events": [
        event("ASSAULT", GUNMAN, actor("Embassy of Azerbaijan in Tehran", "AZE", "GOV"), E2_S1, mode="firearms",
              date="2023-01-27", location="Tehran", location_country="IRN"),
        event("COERCE", actor("Iranian police", "IRN", "COP"), GUNMAN, E2_S2, mode="arrest", date="2023-01-27",
              location="Tehran", location_country="IRN"),
        event("ACCUSE", ALIYEV, GUNMAN, E2_S3, mode="disapprove"),
        event("REQUEST", ALIYEV, IRN, E2_S3),
        event("SANCTION", AZE, IRN, E2_S4, mode="withdraw", date="2023-01-27", location="Tehran",
              location_country="IRN"),
        event("ACCUSE", AZE_MFA, actor("Iranian authorities", "IRN", "GOV"), E2_S5, mode="allege"),
        event("ACCUSE", RAISI, GUNMAN, E2_S8, mode="investigate"),
        event("CONSULT", RAISI, ALIYEV, E2_S8, mode="phone"),
        event("ACCUSE", actor("Turkey", "TUR", "GOV"), GUNMAN, E2_S9, mode="disapprove"),
        event("ACCUSE", actor("United States", "USA", "GOV"), GUNMAN, E2_S9, mode="disapprove"),
    ],
    "quotes": [
        quote("A gunman stormed Azerbaijan's embassy in Tehran on Friday, killing the head of security and "
              "wounding two guards", "Ministry of Foreign Affairs of Azerbaijan", "indirect"),
        quote("terrorist act", "Ilham Aliyev", "direct"),
        quote("that Tehran punish those responsible", "Ilham Aliyev", "indirect"),
        quote("the gunman had acted out of personal motives", "Government of Iran", "indirect"),
        quote("the suspect believed his wife was being held at the embassy", "Hossein Rahimi", "indirect"),
        quote("President Ebrahim Raisi ordered an investigation and spoke by phone with Aliyev",
              "Iranian state media", "indirect"),
    ],
    "entities": [
        entity("gunman", "PER", "IRN", ["A gunman", "the attacker", "the gunman", "the suspect"]),
        entity("Embassy of Azerbaijan in Tehran", "ORG", "AZE",
               ["Azerbaijan's embassy in Tehran", "the building", "the embassy's", "the mission", "the embassy"]),
        entity("Tehran", "LOC", "IRN", ["Tehran"]),
        entity("Azerbaijan", "GPE", "AZE", ["Azerbaijan's", "Baku"]),
        entity("Ministry of Foreign Affairs of Azerbaijan", "ORG", "AZE",
               ["the foreign ministry in Baku", "The foreign ministry"]),
        entity("Iranian police", "ORG", "IRN", ["Iranian police"]),
        entity("Ilham Aliyev", "PER", "AZE", ["President Ilham Aliyev", "Aliyev"]),
        entity("Iran", "GPE", "IRN", ["Tehran", "Iranian authorities"]),
        entity("Hossein Rahimi", "PER", "IRN", ["Police chief Hossein Rahimi"]),
        entity("Ebrahim Raisi", "PER", "IRN", ["President Ebrahim Raisi"]),
        entity("Islamic Republic of Iran Broadcasting", "ORG", "IRN", ["Iranian state media"]),
        entity("Turkey", "GPE", "TUR", ["Turkey"]),
        entity("United States", "GPE", "USA", ["the United States"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
