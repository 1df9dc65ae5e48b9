"""Round 396: six invented wire-style articles (4 German, 2 English), written blind.

Stories:
- hm396-de-01: Honduras: the electoral council declares Nasry Asfura winner of the presidential election; Nasralla and Libre reject the result, Nasralla alleges fraud and demands a recount, Trump's endorsement, threat and fraud claim recalled, the State Department congratulates, Nasralla supporters protest at the CNE and are tear-gassed without arrests, Asfura promises ties with Taiwan, the 2023 break and Trump's pardon of Hernández recalled (2025-12-25).
- hm396-de-02: Guyana/Venezuela: gunmen fire on a Guyana Defence Force supply convoy on the Cuyuni River and wound six soldiers; the soldiers return fire, the GDF blames a Venezuelan gang, Ali condemns and threatens, troops and patrol boats sent, Georgetown presses Caracas, Gil denies and accuses Guyana, Caricom and the US embassy condemn, the 2023 Argyle meeting recalled (2025-02-18).
- hm396-de-03: Peru: Congress passes the APCI reform restricting foreign-funded NGOs; human rights groups and the CNDDHH object, IDL threatens a constitutional suit, the UN rights office objects and asks Boluarte not to sign, the EU delegation objects, Foreign Minister Schialer backs the law and rejects the UN demand, protest outside Congress and police cordon (2025-03-13).
- hm396-de-04: Chile: a Temuco court sentences CAM leader Héctor Llaitul to 23 years; prosecutors had sought 25, Llaitul denies, his lawyer Rodrigo Román speaks of a political trial, Tohá welcomes the verdict, the government's 2022 complaint recalled, trucks torched in Araucanía and prosecutors investigate, supporters protest in Temuco, water cannon and seven arrests (2024-02-08).
- hm396-en-01: EU/Mercosur: the EU and Mercosur conclude their free trade agreement at the Montevideo summit; von der Leyen visits and meets Lacalle Pou, Lula, Milei and Peña, Macron's office and Poland reject the deal, French farmers' blockades, von der Leyen promises farmers a fund, Milei urges more freedom for members, his campaign threat recalled (2024-12-06).
- hm396-en-02: Chile/Brazil: Lula's state visit to Santiago; he and Boric call on Venezuela's electoral council to publish the tally sheets and agree on 19 accords, Lula refuses to recognise the result, Boric alleges fraud, Venezuela's expulsion of Chilean diplomats recalled, Gil attacks Boric, Venezuelan migrants protest without arrests, Republicans criticise Boric and Lula, mutual invitation (2024-08-06).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm396-de-01 (Honduras, Asfura declared winner)
HND_CNE = actor("National Electoral Council of Honduras", "HND", "GOV")
NASRALLA = actor("Salvador Nasralla", "HND", "OPP")
LIBRE = actor("Liberty and Refoundation Party", "HND", "PTY")
TRUMP = actor("Donald Trump", "USA", "GOV")
ASFURA = actor("Nasry Asfura", "HND", "OPP")
HND_GOV = actor("Government of Honduras", "HND", "GOV")
US_STATE = actor("United States Department of State", "USA", "GOV")
NASRALLA_SUPPORTERS = actor("supporters of Salvador Nasralla", "HND", "CVL")
HND_POLICE = actor("National Police of Honduras", "HND", "COP")
TWN_GOV = actor("Government of Taiwan", "TWN", "GOV")
HERNANDEZ = actor("Juan Orlando Hernández", "HND", "CVL")
SDNY = actor("United States District Court for the Southern District of New York", "USA", "JUD")

H1 = ("Tegucigalpa (dpa) - Mehr als drei Wochen nach der Präsidentenwahl in Honduras hat der Wahlrat den konservativen "
      "Kandidaten Nasry Asfura zum Sieger erklärt.")
H2 = ("Der 67-Jährige von der Nationalen Partei kam nach dem amtlichen Endergebnis auf 40,3 Prozent der Stimmen, wie "
      "die Präsidentin des Nationalen Wahlrats (CNE), Ana Paola Hall, am Mittwoch in Tegucigalpa mitteilte.")
H3 = "Der frühere Fernsehmoderator Salvador Nasralla von der Liberalen Partei lag mit 39,5 Prozent knapp dahinter."
H4 = "Nasralla erkannte das Ergebnis nicht an und sprach von einem „Wahlbetrug vor aller Augen“."
H5 = ("Er forderte eine Neuauszählung aller Stimmen, da es bei Tausenden Zählprotokollen Unstimmigkeiten gegeben "
      "habe.")
H6 = ("Auch die linke Regierungspartei Libre, deren Kandidatin Rixi Moncada mit rund 19 Prozent abgeschlagen auf dem "
      "dritten Platz landete, lehnte das Ergebnis ab.")
H7 = "Der Wahlrat wies die Betrugsvorwürfe zurück."
H8 = ("Die Auszählung war wegen Pannen bei der elektronischen Übermittlung der Ergebnisse tagelang unterbrochen "
      "worden.")
H9 = ("US-Präsident Donald Trump hatte sich vor der Wahl offen hinter Asfura gestellt und Honduras mit der Kürzung von "
      "Hilfsgeldern gedroht, falls ein anderer Kandidat gewinnen sollte.")
H10 = "Während der stockenden Auszählung warf er dem Wahlrat vor, das Ergebnis manipulieren zu wollen."
H11 = ("Das US-Außenministerium gratulierte Asfura am Mittwochabend und rief alle Parteien auf, das Ergebnis zu "
       "respektieren.")
H12 = "Vor dem Sitz des Wahlrats in der Hauptstadt versammelten sich am Abend Hunderte Anhänger Nasrallas."
H13 = "Die Polizei setzte Tränengas ein, als einige Demonstranten versuchten, die Absperrungen zu durchbrechen."
H14 = "Festgenommen wurde nach Angaben der Polizei niemand."
H15 = "Asfura, ein früherer Bürgermeister von Tegucigalpa, soll am 27. Januar vereidigt werden."
H16 = ("Er kündigte an, die diplomatischen Beziehungen zu Taiwan wiederherstellen zu wollen, die die Regierung Castro "
       "2023 zugunsten Chinas abgebrochen hatte.")
H17 = ("Anfang Dezember hatte Trump zudem den in den USA wegen Drogenhandels verurteilten Ex-Präsidenten Juan Orlando "
       "Hernández von der Nationalen Partei begnadigt.")
H18 = "Hernández war im Juni 2024 in New York zu 45 Jahren Haft verurteilt worden."

DE01 = {
    "id": "hm396-de-01", "lang": "de", "url": None, "published": "2025-12-25",
    "title": "Asfura zum Sieger der Präsidentenwahl in Honduras erklärt",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6, H7, H8], [H9, H10, H11], [H12, H13, H14],
                       [H15, H16, H17, H18]),
    "events": [
        event("REJECT", NASRALLA, HND_CNE, H4),
        event("ACCUSE", NASRALLA, HND_CNE, H4, mode="allege"),
        event("REQUEST", NASRALLA, HND_CNE, H5),
        event("REJECT", LIBRE, HND_CNE, H6),
        event("SUPPORT", TRUMP, ASFURA, H9),
        event("THREATEN", TRUMP, HND_GOV, H9),
        event("ACCUSE", TRUMP, HND_CNE, H10, mode="allege"),
        event("SUPPORT", US_STATE, ASFURA, H11, date="2025-12-24"),
        event("REQUEST", US_STATE, None, H11, date="2025-12-24"),
        event("PROTEST", NASRALLA_SUPPORTERS, HND_CNE, H12, mode="demo", date="2025-12-24", location="Tegucigalpa",
              location_country="HND"),
        event("ASSAULT", HND_POLICE, NASRALLA_SUPPORTERS, H13, mode="crowd-control", date="2025-12-24",
              location="Tegucigalpa", location_country="HND"),
        event("COERCE", HND_POLICE, NASRALLA_SUPPORTERS, H14, mode="arrest", date="2025-12-24",
              location="Tegucigalpa", location_country="HND", negated=True),
        event("AGREE", ASFURA, TWN_GOV, H16),
        event("SANCTION", HND_GOV, TWN_GOV, H16, mode="discontinue"),
        event("CONCEDE", TRUMP, HERNANDEZ, H17),
        event("SANCTION", SDNY, HERNANDEZ, H18, mode="convict", location="New York", location_country="USA"),
        event("COERCE", SDNY, HERNANDEZ, H18, mode="arrest", location="New York", location_country="USA"),
    ],
    "quotes": [
        quote("Der 67-Jährige von der Nationalen Partei kam nach dem amtlichen Endergebnis auf 40,3 Prozent der Stimmen",
              "Ana Paola Hall", "indirect"),
        quote("Wahlbetrug vor aller Augen", "Salvador Nasralla", "direct"),
        quote("da es bei Tausenden Zählprotokollen Unstimmigkeiten gegeben habe", "Salvador Nasralla", "indirect"),
        quote("das Ergebnis manipulieren zu wollen", "Donald Trump", "indirect"),
        quote("Festgenommen wurde nach Angaben der Polizei niemand", "National Police of Honduras", "indirect"),
        quote("die diplomatischen Beziehungen zu Taiwan wiederherstellen zu wollen", "Nasry Asfura", "indirect"),
    ],
    "entities": [
        entity("Tegucigalpa", "LOC", "HND", ["Tegucigalpa", "der Hauptstadt"]),
        entity("Honduras", "LOC", "HND", ["Honduras"]),
        entity("National Electoral Council of Honduras", "ORG", "HND",
               ["der Wahlrat", "des Nationalen Wahlrats (CNE)", "Der Wahlrat", "dem Wahlrat", "des Wahlrats"]),
        entity("Nasry Asfura", "PER", "HND", ["den konservativen Kandidaten Nasry Asfura", "Der 67-Jährige", "Asfura",
                                              "Er"]),
        entity("National Party of Honduras", "ORG", "HND", ["der Nationalen Partei"]),
        entity("Ana Paola Hall", "PER", "HND", ["die Präsidentin des Nationalen Wahlrats (CNE), Ana Paola Hall"]),
        entity("Salvador Nasralla", "PER", "HND", ["Der frühere Fernsehmoderator Salvador Nasralla", "Nasralla", "Er",
                                                   "Nasrallas"]),
        entity("Liberal Party of Honduras", "ORG", "HND", ["der Liberalen Partei"]),
        entity("Liberty and Refoundation Party", "ORG", "HND", ["die linke Regierungspartei Libre"]),
        entity("Rixi Moncada", "PER", "HND", ["deren Kandidatin Rixi Moncada"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "er", "Trump"]),
        entity("Government of Honduras", "ORG", "HND", ["Honduras", "die Regierung Castro"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("supporters of Salvador Nasralla", "PER", "HND", ["Hunderte Anhänger Nasrallas",
                                                                 "einige Demonstranten"]),
        entity("National Police of Honduras", "ORG", "HND", ["Die Polizei", "der Polizei"]),
        entity("Xiomara Castro", "PER", "HND", ["Castro"]),
        entity("Government of Taiwan", "ORG", "TWN", ["Taiwan"]),
        entity("China", "LOC", "CHN", ["Chinas"]),
        entity("Juan Orlando Hernández", "PER", "HND",
               ["den in den USA wegen Drogenhandels verurteilten Ex-Präsidenten Juan Orlando Hernández",
                "Hernández"]),
        entity("United States", "LOC", "USA", ["in den USA"]),
        entity("New York", "LOC", "USA", ["New York"]),
    ],
}

# ---------------------------------------------------------------- hm396-de-02 (Guyana, Cuyuni ambush)
VEN_GANG = actor("Venezuelan criminal gang", "VEN", "REB")
GDF = actor("Guyana Defence Force", "GUY", "MIL")
ALI = actor("Irfaan Ali", "GUY", "GOV")
GUY_MFA = actor("Ministry of Foreign Affairs of Guyana", "GUY", "GOV")
VEN_GOV = actor("Government of Venezuela", "VEN", "GOV")
GIL = actor("Yván Gil", "VEN", "GOV")
GUY_GOV = actor("Government of Guyana", "GUY", "GOV")
CARICOM = actor("Caribbean Community", "IGO", "IGO")
US_EMB_GEO = actor("Embassy of the United States in Georgetown", "USA", "GOV")
MADURO = actor("Nicolás Maduro", "VEN", "GOV")

G1 = ("Georgetown (dpa) - Bei einem Angriff auf eine Militärpatrouille an der Grenze zu Venezuela sind in Guyana "
      "sechs Soldaten verletzt worden.")
G2 = ("Bewaffnete eröffneten am Montag vom venezolanischen Ufer des Flusses Cuyuni aus das Feuer auf zwei Boote, die "
      "Nachschub für einen Armeeposten transportierten, wie die Guyana Defence Force (GDF) mitteilte.")
G3 = "Die Soldaten erwiderten das Feuer."
G4 = "Zwei der Verletzten wurden mit einem Hubschrauber in ein Krankenhaus in Georgetown geflogen."
G5 = ("Nach Darstellung der Armee handelt es sich bei den Angreifern um Mitglieder einer venezolanischen Bande, die "
      "im Grenzgebiet illegale Goldminen kontrolliert.")
G6 = "Präsident Irfaan Ali verurteilte den Angriff als „feigen Akt“."
G7 = ("„Wir werden nicht zulassen, dass kriminelle Banden unsere Soldaten ungestraft angreifen“, sagte er in einer "
      "Fernsehansprache.")
G8 = "Die GDF verlegte noch am Montagabend zusätzliche Soldaten und zwei Patrouillenboote an den Cuyuni."
G9 = ("Das Außenministerium in Georgetown forderte die Regierung in Caracas auf, gegen die Banden auf ihrem "
      "Territorium vorzugehen.")
G10 = "Venezuelas Außenminister Yván Gil wies jede Verantwortung zurück."
G11 = ("Guyana nutze den Vorfall, um von seinen illegalen Ölgeschäften im umstrittenen Essequibo-Gebiet abzulenken, "
       "erklärte Gil auf Telegram.")
G12 = "Die Karibische Gemeinschaft Caricom und die US-Botschaft in Georgetown verurteilten den Angriff."
G13 = ("Venezuela beansprucht das Essequibo-Gebiet, das rund zwei Drittel des guyanischen Staatsgebiets ausmacht, seit "
       "Jahrzehnten für sich.")
G14 = ("Im Dezember 2023 hatten sich Ali und der venezolanische Präsident Nicolás Maduro bei einem Treffen auf der "
       "Karibikinsel St. Vincent verpflichtet, im Streit auf Gewalt zu verzichten.")
G15 = ("Seit der Entdeckung großer Ölvorkommen vor der Küste zählt Guyana zu den am schnellsten wachsenden "
       "Volkswirtschaften der Welt.")

DE02 = {
    "id": "hm396-de-02", "lang": "de", "url": None, "published": "2025-02-18",
    "title": "Sechs Soldaten bei Angriff an Guyanas Grenze zu Venezuela verletzt",
    "text": paragraphs([G1, G2, G3, G4, G5], [G6, G7, G8], [G9, G10, G11, G12], [G13, G14, G15]),
    "events": [
        event("ASSAULT", VEN_GANG, GDF, G1, location_country="GUY"),
        event("ASSAULT", VEN_GANG, GDF, G2, mode="firearms", date="2025-02-17", location="Cuyuni",
              location_country="GUY"),
        event("ASSAULT", GDF, VEN_GANG, G3, mode="firearms", date="2025-02-17", location="Cuyuni",
              location_country="GUY"),
        event("ACCUSE", GDF, VEN_GANG, G5, mode="allege"),
        event("ACCUSE", ALI, VEN_GANG, G6, mode="disapprove"),
        event("THREATEN", ALI, VEN_GANG, G7),
        event("MOBILIZE", GDF, None, G8, mode="troops", date="2025-02-17", location="Cuyuni",
              location_country="GUY"),
        event("REQUEST", GUY_MFA, VEN_GOV, G9),
        event("ACCUSE", GIL, GUY_GOV, G11, mode="allege"),
        event("ACCUSE", CARICOM, VEN_GANG, G12, mode="disapprove"),
        event("ACCUSE", US_EMB_GEO, VEN_GANG, G12, mode="disapprove"),
        event("CONSULT", ALI, MADURO, G14, mode="meet", location="St. Vincent", location_country="VCT"),
        event("AGREE", ALI, MADURO, G14, location="St. Vincent", location_country="VCT"),
    ],
    "quotes": [
        quote("Bewaffnete eröffneten am Montag vom venezolanischen Ufer des Flusses Cuyuni aus das Feuer auf zwei Boote, "
              "die Nachschub für einen Armeeposten transportierten", "Guyana Defence Force", "indirect"),
        quote("Nach Darstellung der Armee handelt es sich bei den Angreifern um Mitglieder einer venezolanischen Bande, "
              "die im Grenzgebiet illegale Goldminen kontrolliert", "Guyana Defence Force", "indirect"),
        quote("feigen Akt", "Irfaan Ali", "direct"),
        quote("Wir werden nicht zulassen, dass kriminelle Banden unsere Soldaten ungestraft angreifen", "Irfaan Ali",
              "direct"),
        quote("Guyana nutze den Vorfall, um von seinen illegalen Ölgeschäften im umstrittenen Essequibo-Gebiet "
              "abzulenken", "Yván Gil", "indirect"),
    ],
    "entities": [
        entity("Georgetown", "LOC", "GUY", ["Georgetown"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuela", "Venezuelas"]),
        entity("Guyana", "LOC", "GUY", ["Guyana", "des guyanischen Staatsgebiets"]),
        entity("Guyanese soldiers", "PER", "GUY", ["sechs Soldaten", "Die Soldaten", "Zwei der Verletzten",
                                                   "unsere Soldaten"]),
        entity("Venezuelan criminal gang", "ORG", "VEN", ["Bewaffnete", "den Angreifern",
                                                          "einer venezolanischen Bande", "kriminelle Banden",
                                                          "die Banden"]),
        entity("Cuyuni River", "LOC", "GUY", ["des Flusses Cuyuni", "den Cuyuni"]),
        entity("Guyana Defence Force", "ORG", "GUY", ["eine Militärpatrouille", "die Guyana Defence Force (GDF)",
                                                      "der Armee", "Die GDF"]),
        entity("Irfaan Ali", "PER", "GUY", ["Präsident Irfaan Ali", "er", "Ali"]),
        entity("Ministry of Foreign Affairs of Guyana", "ORG", "GUY", ["Das Außenministerium in Georgetown"]),
        entity("Government of Venezuela", "ORG", "VEN", ["die Regierung in Caracas"]),
        entity("Caracas", "LOC", "VEN", ["Caracas"]),
        entity("Yván Gil", "PER", "VEN", ["Venezuelas Außenminister Yván Gil", "Gil"]),
        entity("Government of Guyana", "ORG", "GUY", ["Guyana"]),
        entity("Essequibo", "LOC", "GUY", ["im umstrittenen Essequibo-Gebiet", "das Essequibo-Gebiet"]),
        entity("Telegram", "ORG", "MNC", ["Telegram"]),
        entity("Caribbean Community", "ORG", "IGO", ["Die Karibische Gemeinschaft Caricom"]),
        entity("Embassy of the United States in Georgetown", "ORG", "USA", ["die US-Botschaft in Georgetown"]),
        entity("Nicolás Maduro", "PER", "VEN", ["der venezolanische Präsident Nicolás Maduro"]),
        entity("Saint Vincent", "LOC", "VCT", ["der Karibikinsel St. Vincent"]),
    ],
}

# ---------------------------------------------------------------- hm396-de-03 (Peru, APCI law on NGOs)
PER_CONGRESS = actor("Congress of Peru", "PER", "LEG")
PER_NGOS = actor("Peruvian non-governmental organisations", "PER", "NGO")
PER_RIGHTS_GROUPS = actor("Peruvian human rights organisations", "PER", "NGO")
CNDDHH = actor("National Coordinator for Human Rights", "PER", "NGO")
IDL = actor("Legal Defense Institute", "PER", "NGO")
OHCHR = actor("Office of the United Nations High Commissioner for Human Rights", "UNO", "IGO")
BOLUARTE = actor("Dina Boluarte", "PER", "GOV")
EU_DELEGATION = actor("Delegation of the European Union to Peru", "EUR", "IGO")
SCHIALER = actor("Elmer Schialer", "PER", "GOV")
LIMA_PROTESTERS = actor("protesters in Lima", "PER", "CVL")
PER_POLICE = actor("National Police of Peru", "PER", "COP")

R1 = ("Lima (dpa) - Perus Parlament hat ein umstrittenes Gesetz verabschiedet, das die Arbeit von "
      "Nichtregierungsorganisationen mit ausländischer Finanzierung stark einschränkt.")
R2 = ("Die Abgeordneten stimmten am Mittwoch in zweiter Lesung mit 82 zu 16 Stimmen für eine Reform der Agentur für "
      "internationale Zusammenarbeit (APCI).")
R3 = ("Demnach kann die Behörde Organisationen mit hohen Geldstrafen belegen oder ihnen die Registrierung entziehen, "
      "wenn sie ausländische Mittel für Klagen gegen den peruanischen Staat einsetzen.")
R4 = "Befürworter im Kongress argumentierten, die Reform sorge für Transparenz bei der Verwendung ausländischer Gelder."
R5 = "Menschenrechtsorganisationen sprachen von einem „Knebelgesetz“."
R6 = ("Die Nationale Menschenrechtskoordination (CNDDHH) warf dem Kongress vor, die Opfer von "
      "Menschenrechtsverletzungen schutzlos zu machen.")
R7 = ("Ohne Unterstützung aus dem Ausland könnten viele Familien von Opfern keine Anwälte mehr bezahlen, sagte eine "
      "Sprecherin.")
R8 = "Das Instituto de Defensa Legal drohte mit einer Klage vor dem Verfassungsgericht."
R9 = "Das UN-Menschenrechtsbüro in Genf äußerte sich „zutiefst besorgt“."
R10 = "Das Gesetz verstoße gegen internationale Standards der Vereinigungsfreiheit, erklärte ein Sprecher."
R11 = "Er forderte Präsidentin Dina Boluarte auf, das Gesetz nicht zu unterzeichnen."
R12 = "Auch die Delegation der Europäischen Union in Lima zeigte sich besorgt."
R13 = "Außenminister Elmer Schialer verteidigte das Gesetz dagegen."
R14 = ("Er wies die Forderung der Vereinten Nationen zurück und sagte, Peru werde keine Einmischung in seine inneren "
       "Angelegenheiten dulden.")
R15 = "Vor dem Kongressgebäude in Lima protestierten am Mittwochabend mehrere Hundert Menschen gegen das Gesetz."
R16 = "Polizisten riegelten die Zugänge zum Parlament ab."
R17 = ("Boluarte, deren Zustimmungswerte seit Monaten im einstelligen Bereich liegen, hat 15 Arbeitstage Zeit, das "
       "Gesetz zu unterzeichnen oder an den Kongress zurückzuverweisen.")

DE03 = {
    "id": "hm396-de-03", "lang": "de", "url": None, "published": "2025-03-13",
    "title": "Peru schränkt Arbeit von NGOs mit Auslandsgeld ein",
    "text": paragraphs([R1, R2, R3, R4], [R5, R6, R7, R8], [R9, R10, R11, R12], [R13, R14, R15, R16], [R17]),
    "events": [
        event("COERCE", PER_CONGRESS, PER_NGOS, R1, mode="restrict"),
        event("COERCE", PER_CONGRESS, PER_NGOS, R2, mode="restrict", date="2025-03-12"),
        event("ACCUSE", PER_RIGHTS_GROUPS, PER_CONGRESS, R5, mode="disapprove"),
        event("ACCUSE", CNDDHH, PER_CONGRESS, R6, mode="disapprove"),
        event("THREATEN", IDL, PER_CONGRESS, R8),
        event("ACCUSE", OHCHR, PER_CONGRESS, R9, mode="disapprove", location="Geneva", location_country="CHE"),
        event("ACCUSE", OHCHR, PER_CONGRESS, R10, mode="disapprove"),
        event("REQUEST", OHCHR, BOLUARTE, R11, mode="change"),
        event("ACCUSE", EU_DELEGATION, PER_CONGRESS, R12, mode="disapprove", location="Lima", location_country="PER"),
        event("SUPPORT", SCHIALER, PER_CONGRESS, R13),
        event("REJECT", SCHIALER, OHCHR, R14, mode="change"),
        event("PROTEST", LIMA_PROTESTERS, PER_CONGRESS, R15, mode="demo", date="2025-03-12", location="Lima",
              location_country="PER"),
        event("COERCE", PER_POLICE, LIMA_PROTESTERS, R16, mode="restrict", location="Lima", location_country="PER"),
    ],
    "quotes": [
        quote("die Reform sorge für Transparenz bei der Verwendung ausländischer Gelder",
              "supporters of the reform in the Congress of Peru", "indirect"),
        quote("Knebelgesetz", "Peruvian human rights organisations", "direct"),
        quote("die Opfer von Menschenrechtsverletzungen schutzlos zu machen", "National Coordinator for Human Rights",
              "indirect"),
        quote("Ohne Unterstützung aus dem Ausland könnten viele Familien von Opfern keine Anwälte mehr bezahlen",
              "spokeswoman of the National Coordinator for Human Rights", "indirect"),
        quote("zutiefst besorgt", "Office of the United Nations High Commissioner for Human Rights", "direct"),
        quote("Das Gesetz verstoße gegen internationale Standards der Vereinigungsfreiheit",
              "spokesperson of the Office of the United Nations High Commissioner for Human Rights", "indirect"),
        quote("Peru werde keine Einmischung in seine inneren Angelegenheiten dulden", "Elmer Schialer", "indirect"),
    ],
    "entities": [
        entity("Lima", "LOC", "PER", ["Lima"]),
        entity("Congress of Peru", "ORG", "PER", ["Perus Parlament", "Die Abgeordneten", "im Kongress",
                                                  "dem Kongress", "zum Parlament", "den Kongress"]),
        entity("Peru", "LOC", "PER", ["Perus", "Peru"]),
        entity("Peruvian non-governmental organisations", "ORG", "PER",
               ["Nichtregierungsorganisationen mit ausländischer Finanzierung", "Organisationen", "sie"]),
        entity("Peruvian Agency for International Cooperation", "ORG", "PER",
               ["der Agentur für internationale Zusammenarbeit (APCI)", "die Behörde"]),
        entity("Government of Peru", "ORG", "PER", ["den peruanischen Staat", "Peru"]),
        entity("supporters of the reform in the Congress of Peru", "PER", "PER", ["Befürworter im Kongress"]),
        entity("Peruvian human rights organisations", "ORG", "PER", ["Menschenrechtsorganisationen"]),
        entity("National Coordinator for Human Rights", "ORG", "PER",
               ["Die Nationale Menschenrechtskoordination (CNDDHH)"]),
        entity("spokeswoman of the National Coordinator for Human Rights", "PER", "PER", ["eine Sprecherin"]),
        entity("Legal Defense Institute", "ORG", "PER", ["Das Instituto de Defensa Legal"]),
        entity("Constitutional Court of Peru", "ORG", "PER", ["dem Verfassungsgericht"]),
        entity("Office of the United Nations High Commissioner for Human Rights", "ORG", "UNO",
               ["Das UN-Menschenrechtsbüro in Genf", "der Vereinten Nationen"]),
        entity("Geneva", "LOC", "CHE", ["Genf"]),
        entity("spokesperson of the Office of the United Nations High Commissioner for Human Rights", "PER", "UNO",
               ["ein Sprecher", "Er"]),
        entity("Dina Boluarte", "PER", "PER", ["Präsidentin Dina Boluarte", "Boluarte"]),
        entity("Delegation of the European Union to Peru", "ORG", "EUR",
               ["die Delegation der Europäischen Union in Lima"]),
        entity("Elmer Schialer", "PER", "PER", ["Außenminister Elmer Schialer", "Er"]),
        entity("protesters in Lima", "PER", "PER", ["mehrere Hundert Menschen"]),
        entity("National Police of Peru", "ORG", "PER", ["Polizisten"]),
    ],
}

# ---------------------------------------------------------------- hm396-de-04 (Chile, Llaitul sentenced)
TEMUCO_COURT = actor("Oral Criminal Court of Temuco", "CHL", "JUD")
LLAITUL = actor("Héctor Llaitul", "CHL", "REB")
CHL_PROSECUTORS = actor("Public Prosecutor's Office of Chile", "CHL", "JUD")
ROMAN = actor("Rodrigo Román", "CHL", "CVL")
TOHA = actor("Carolina Tohá", "CHL", "GOV")
CHL_GOV = actor("Government of Chile", "CHL", "GOV")
ARSONISTS = actor("unidentified arsonists in Araucanía", "CHL", "CVL")
FORESTRY_FIRM = actor("forestry company in Araucanía", "CHL", "BUS")
LLAITUL_SUPPORTERS = actor("supporters of Héctor Llaitul", "CHL", "CVL")
CARABINEROS = actor("Carabineros de Chile", "CHL", "COP")

L1 = ("Santiago de Chile (dpa) - Ein Gericht in Chile hat den Anführer der radikalen Mapuche-Organisation "
      "Coordinadora Arauco-Malleco (CAM), Héctor Llaitul, zu 23 Jahren Haft verurteilt.")
L2 = ("Das Strafgericht in Temuco sah es am Mittwoch als erwiesen an, dass der 56-Jährige zu Gewalt gegen den Staat "
      "aufgerufen und sich an Holzdiebstählen sowie an einem Angriff auf Polizisten beteiligt hatte.")
L3 = "Die Staatsanwaltschaft hatte 25 Jahre Haft gefordert."
L4 = "Llaitul, der seit August 2022 in Untersuchungshaft sitzt, bestritt die Vorwürfe."
L5 = "Seine Anwälte erklärten, sie würden gegen das Urteil in Berufung gehen."
L6 = ("Es handle sich um einen „politischen Prozess“ gegen das Volk der Mapuche, sagte Verteidiger Rodrigo Román vor "
      "Journalisten.")
L7 = "Innenministerin Carolina Tohá begrüßte das Urteil."
L8 = "„Niemand steht über dem Gesetz, auch nicht, wer sich auf politische Ziele beruft“, sagte sie in Santiago."
L9 = ("Die Regierung von Präsident Gabriel Boric hatte Llaitul 2022 wegen seiner Aufrufe zum bewaffneten Widerstand "
      "angezeigt.")
L10 = ("In der Nacht nach dem Urteil zündeten Unbekannte in der Region Araukanien mehrere Lastwagen eines "
       "Forstunternehmens an.")
L11 = "An einem der Tatorte fanden Polizisten Flugblätter mit Parolen zur Unterstützung Llaituls."
L12 = "Die Staatsanwaltschaft leitete Ermittlungen ein."
L13 = "Vor dem Gerichtsgebäude in Temuco hatten sich am Mittwoch rund 200 Anhänger Llaituls versammelt."
L14 = "Carabineros setzten Wasserwerfer ein und nahmen sieben Menschen fest."
L15 = ("Die CAM kämpft seit den 1990er Jahren für die Rückgabe angestammter Gebiete der Mapuche, die heute großteils im "
       "Besitz von Forstunternehmen sind.")
L16 = ("In Teilen der Regionen Araukanien und Biobío gilt seit Mai 2022 ein Ausnahmezustand, in dessen Rahmen das "
       "Militär Straßen kontrolliert.")

DE04 = {
    "id": "hm396-de-04", "lang": "de", "url": None, "published": "2024-02-08",
    "title": "Chilenischer Mapuche-Anführer Llaitul zu 23 Jahren Haft verurteilt",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6], [L7, L8, L9], [L10, L11, L12], [L13, L14], [L15, L16]),
    "events": [
        event("SANCTION", TEMUCO_COURT, LLAITUL, L1, mode="convict", location_country="CHL"),
        event("COERCE", TEMUCO_COURT, LLAITUL, L1, mode="arrest", location_country="CHL"),
        event("SANCTION", TEMUCO_COURT, LLAITUL, L2, mode="convict", date="2024-02-07", location="Temuco",
              location_country="CHL"),
        event("REQUEST", CHL_PROSECUTORS, TEMUCO_COURT, L3),
        event("ACCUSE", ROMAN, TEMUCO_COURT, L6, mode="disapprove"),
        event("SUPPORT", TOHA, TEMUCO_COURT, L7),
        event("ACCUSE", CHL_GOV, LLAITUL, L9, mode="allege"),
        event("ASSAULT", ARSONISTS, FORESTRY_FIRM, L10, mode="destroy", location="Araucanía",
              location_country="CHL"),
        event("ACCUSE", CHL_PROSECUTORS, ARSONISTS, L12, mode="investigate"),
        event("PROTEST", LLAITUL_SUPPORTERS, TEMUCO_COURT, L13, mode="demo", date="2024-02-07", location="Temuco",
              location_country="CHL"),
        event("ASSAULT", CARABINEROS, LLAITUL_SUPPORTERS, L14, mode="crowd-control", location="Temuco",
              location_country="CHL"),
        event("COERCE", CARABINEROS, LLAITUL_SUPPORTERS, L14, mode="arrest", location="Temuco",
              location_country="CHL"),
    ],
    "quotes": [
        quote("dass der 56-Jährige zu Gewalt gegen den Staat aufgerufen und sich an Holzdiebstählen sowie an einem "
              "Angriff auf Polizisten beteiligt hatte", "Oral Criminal Court of Temuco", "indirect"),
        quote("sie würden gegen das Urteil in Berufung gehen", "lawyers of Héctor Llaitul", "indirect"),
        quote("politischen Prozess", "Rodrigo Román", "direct"),
        quote("Es handle sich um einen „politischen Prozess“ gegen das Volk der Mapuche", "Rodrigo Román", "indirect"),
        quote("Niemand steht über dem Gesetz, auch nicht, wer sich auf politische Ziele beruft", "Carolina Tohá",
              "direct"),
    ],
    "entities": [
        entity("Santiago de Chile", "LOC", "CHL", ["Santiago de Chile", "Santiago"]),
        entity("Chile", "LOC", "CHL", ["Chile"]),
        entity("Oral Criminal Court of Temuco", "ORG", "CHL", ["Ein Gericht in Chile", "Das Strafgericht in Temuco",
                                                               "dem Gerichtsgebäude in Temuco"]),
        entity("Coordinadora Arauco-Malleco", "ORG", "CHL",
               ["der radikalen Mapuche-Organisation Coordinadora Arauco-Malleco (CAM)", "Die CAM"]),
        entity("Héctor Llaitul", "PER", "CHL", ["den Anführer der radikalen Mapuche-Organisation Coordinadora "
                                                "Arauco-Malleco (CAM), Héctor Llaitul", "der 56-Jährige", "Llaitul",
                                                "Seine", "Llaituls"]),
        entity("Temuco", "LOC", "CHL", ["Temuco"]),
        entity("Public Prosecutor's Office of Chile", "ORG", "CHL", ["Die Staatsanwaltschaft"]),
        entity("lawyers of Héctor Llaitul", "PER", "CHL", ["Seine Anwälte", "sie"]),
        entity("Mapuche", "MISC", "CHL", ["das Volk der Mapuche", "der Mapuche"]),
        entity("Rodrigo Román", "PER", "CHL", ["Verteidiger Rodrigo Román"]),
        entity("Carolina Tohá", "PER", "CHL", ["Innenministerin Carolina Tohá", "sie"]),
        entity("Government of Chile", "ORG", "CHL", ["Die Regierung von Präsident Gabriel Boric"]),
        entity("Gabriel Boric", "PER", "CHL", ["Präsident Gabriel Boric"]),
        entity("unidentified arsonists in Araucanía", "PER", "CHL", ["Unbekannte"]),
        entity("Araucanía", "LOC", "CHL", ["der Region Araukanien", "Araukanien"]),
        entity("forestry company in Araucanía", "ORG", "CHL", ["eines Forstunternehmens"]),
        entity("Carabineros de Chile", "ORG", "CHL", ["Polizisten", "Carabineros"]),
        entity("supporters of Héctor Llaitul", "PER", "CHL", ["rund 200 Anhänger Llaituls", "sieben Menschen"]),
        entity("Biobío", "LOC", "CHL", ["Biobío"]),
        entity("Chilean Armed Forces", "ORG", "CHL", ["das Militär"]),
    ],
}

# ---------------------------------------------------------------- hm396-en-01 (EU/Mercosur deal in Montevideo)
EU = actor("European Union", "EUR", "IGO")
MERCOSUR = actor("Mercosur", "IGO", "IGO")
VDL = actor("Ursula von der Leyen", "EUR", "IGO")
LACALLE = actor("Luis Lacalle Pou", "URY", "GOV")
LULA_E = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
MILEI = actor("Javier Milei", "ARG", "GOV")
PENA = actor("Santiago Peña", "PRY", "GOV")
MACRON_OFFICE = actor("Office of the President of France", "FRA", "GOV")
EU_COMMISSION = actor("European Commission", "EUR", "IGO")
FR_FARMERS = actor("French farmers", "FRA", "CVL")
FRA_GOV = actor("Government of France", "FRA", "GOV")
POL_GOV = actor("Government of Poland", "POL", "GOV")
EU_FARMERS = actor("European farmers", "EUR", "CVL")

E1 = ("MONTEVIDEO, Uruguay (AP) — The European Union and the South American trade bloc Mercosur on Friday concluded "
      "negotiations on a free trade agreement more than two decades in the making, despite fierce opposition from "
      "French farmers.")
E2 = ("European Commission President Ursula von der Leyen, who flew to Montevideo for the bloc's summit, called it \"a "
      "win-win agreement\" that would create a market of more than 700 million people.")
E3 = ("She was received by Uruguayan President Luis Lacalle Pou, the summit's host, and later held talks with Brazil's "
      "Luiz Inácio Lula da Silva, Argentina's Javier Milei and Paraguay's Santiago Peña.")
E4 = "\"This is a historic day for both our regions,\" Lacalle Pou told reporters."
E5 = ("The deal still needs the approval of EU member states and the European Parliament, as well as the legislatures "
      "of the four South American countries.")
E6 = ("The office of French President Emmanuel Macron said the agreement remained \"unacceptable in its current "
      "state\" and that France would keep defending its agricultural sovereignty.")
E7 = ("French farmers have blocked roads and dumped manure outside government buildings in recent weeks, saying they "
      "cannot compete with cheaper South American beef and poultry.")
E8 = "Poland's government also said it would not support the agreement in its current form."
E9 = ("Von der Leyen sought to reassure European farmers, promising a fund of 1 billion euros to cushion any market "
      "disruption.")
E10 = ("Milei, who had threatened during his campaign to pull Argentina out of Mercosur, urged the bloc to give its "
       "members more freedom to negotiate their own trade deals.")
E11 = ("Lula said the final text protected Brazil's right to use government purchases to support small businesses, "
       "a key demand of his government.")
E12 = "\"We did not sign a deal that ties our hands,\" he said."
E13 = "Talks between the two blocs began in 1999."
E14 = "A political agreement announced in 2019 stalled amid concerns about deforestation in the Amazon."
E15 = "Bolivia, which joined Mercosur as a full member this year, is not part of the deal."

EN01 = {
    "id": "hm396-en-01", "lang": "en", "url": None, "published": "2024-12-06",
    "title": "EU and Mercosur seal trade deal in Montevideo despite French opposition",
    "text": paragraphs([E1, E2, E3, E4, E5], [E6, E7, E8, E9], [E10, E11, E12], [E13, E14, E15]),
    "events": [
        event("AGREE", EU, MERCOSUR, E1, date="2024-12-06", location="Montevideo", location_country="URY"),
        event("CONSULT", VDL, LACALLE, E3, mode="visit", location="Montevideo", location_country="URY"),
        event("CONSULT", VDL, LULA_E, E3, mode="meet", location="Montevideo", location_country="URY"),
        event("CONSULT", VDL, MILEI, E3, mode="meet", location="Montevideo", location_country="URY"),
        event("CONSULT", VDL, PENA, E3, mode="meet", location="Montevideo", location_country="URY"),
        event("REJECT", MACRON_OFFICE, EU_COMMISSION, E6),
        event("PROTEST", FR_FARMERS, FRA_GOV, E7, mode="obstruct", location_country="FRA"),
        event("REJECT", POL_GOV, EU_COMMISSION, E8),
        event("AGREE", VDL, EU_FARMERS, E9),
        event("THREATEN", MILEI, MERCOSUR, E10),
        event("REQUEST", MILEI, MERCOSUR, E10, mode="change"),
    ],
    "quotes": [
        quote("a win-win agreement", "Ursula von der Leyen", "direct"),
        quote("This is a historic day for both our regions", "Luis Lacalle Pou", "direct"),
        quote("unacceptable in its current state", "Office of the President of France", "direct"),
        quote("the agreement remained \"unacceptable in its current state\" and that France would keep defending its "
              "agricultural sovereignty", "Office of the President of France", "indirect"),
        quote("they cannot compete with cheaper South American beef and poultry", "French farmers", "indirect"),
        quote("it would not support the agreement in its current form", "Government of Poland", "indirect"),
        quote("the final text protected Brazil's right to use government purchases to support small businesses",
              "Luiz Inácio Lula da Silva", "indirect"),
        quote("We did not sign a deal that ties our hands", "Luiz Inácio Lula da Silva", "direct"),
    ],
    "entities": [
        entity("Montevideo", "LOC", "URY", ["MONTEVIDEO", "Montevideo"]),
        entity("Uruguay", "LOC", "URY", ["Uruguay"]),
        entity("European Union", "ORG", "EUR", ["The European Union", "EU"]),
        entity("Mercosur", "ORG", "IGO", ["the South American trade bloc Mercosur", "the bloc's", "Mercosur",
                                          "the bloc"]),
        entity("French farmers", "PER", "FRA", ["French farmers"]),
        entity("Ursula von der Leyen", "PER", "EUR", ["European Commission President Ursula von der Leyen", "She",
                                                      "Von der Leyen"]),
        entity("European Commission", "ORG", "EUR", ["European Commission"]),
        entity("Luis Lacalle Pou", "PER", "URY", ["Uruguayan President Luis Lacalle Pou, the summit's host",
                                                  "Lacalle Pou"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Brazil's Luiz Inácio Lula da Silva", "Lula", "he"]),
        entity("Javier Milei", "PER", "ARG", ["Argentina's Javier Milei", "Milei", "his"]),
        entity("Santiago Peña", "PER", "PRY", ["Paraguay's Santiago Peña"]),
        entity("European Parliament", "ORG", "EUR", ["the European Parliament"]),
        entity("Office of the President of France", "ORG", "FRA", ["The office of French President Emmanuel Macron"]),
        entity("Emmanuel Macron", "PER", "FRA", ["French President Emmanuel Macron"]),
        entity("France", "LOC", "FRA", ["France"]),
        entity("Government of Poland", "ORG", "POL", ["Poland's government"]),
        entity("European farmers", "PER", "EUR", ["European farmers"]),
        entity("Argentina", "LOC", "ARG", ["Argentina"]),
        entity("Brazil", "LOC", "BRA", ["Brazil's"]),
        entity("Government of Brazil", "ORG", "BRA", ["his government"]),
        entity("Amazon", "LOC", "BRA", ["the Amazon"]),
        entity("Bolivia", "LOC", "BOL", ["Bolivia"]),
    ],
}

# ---------------------------------------------------------------- hm396-en-02 (Chile/Brazil, Lula in Santiago)
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
BORIC = actor("Gabriel Boric", "CHL", "GOV")
VEN_CNE = actor("National Electoral Council of Venezuela", "VEN", "GOV")
BRA_GOV = actor("Government of Brazil", "BRA", "GOV")
CHL_GOV_E = actor("Government of Chile", "CHL", "GOV")
VEN_GOV_E = actor("Government of Venezuela", "VEN", "GOV")
GIL_E = actor("Yván Gil", "VEN", "GOV")
VEN_MIGRANTS = actor("Venezuelan migrants in Chile", "VEN", "CVL")
MADURO_E = actor("Nicolás Maduro", "VEN", "GOV")
CARABINEROS_E = actor("Carabineros de Chile", "CHL", "COP")
REPUBLICANS = actor("Republican Party (Chile)", "CHL", "PTY")

C1 = ("SANTIAGO, Chile (AP) — Brazilian President Luiz Inácio Lula da Silva and Chilean President Gabriel Boric on "
      "Tuesday called on Venezuela's electoral authorities to publish detailed voting records from last month's "
      "disputed presidential election.")
C2 = ("The two leaders met at the La Moneda presidential palace on the second day of Lula's state visit to Chile, his "
      "first since returning to office last year.")
C3 = ("Their governments agreed on 19 accords covering trade, energy, defense and a planned road corridor linking "
      "Brazil's Atlantic coast with Chile's Pacific ports.")
C4 = ("\"Chile and Brazil are natural partners, and today we have taken another step toward integrating our region,\" "
      "Boric said at a joint news conference.")
C5 = ("On Venezuela, Lula said Brazil would not recognize the result announced by the National Electoral Council "
      "until the tally sheets were made public.")
C6 = "Boric went further, saying he had \"no doubt\" that Maduro's government had tried to commit fraud."
C7 = ("The council, which is controlled by loyalists of President Nicolás Maduro, has declared him the winner of the "
      "July 28 vote without releasing a breakdown by polling station.")
C8 = "The opposition says its own tally sheets show that its candidate, Edmundo González, won by a wide margin."
C9 = ("Venezuela expelled Chile's diplomats the day after the election, along with those of six other Latin American "
      "countries that had questioned the result.")
C10 = "Venezuelan Foreign Minister Yván Gil on Tuesday accused Boric of \"serving Washington's interests.\""
C11 = ("Outside the palace, several dozen Venezuelan migrants waved flags and chanted slogans against Maduro during "
       "the visit.")
C12 = "Police watched from a distance, and no arrests were reported."
C13 = ("Lawmakers from the far-right Republican Party criticized Boric for hosting a leader they called too lenient "
       "with authoritarian governments in the region.")
C14 = "Lula invited Boric to visit Brasília next year, and Boric accepted, according to a joint statement."
C15 = ("Brazil is Chile's largest trading partner in Latin America, with bilateral trade of about $12 billion last "
       "year.")

EN02 = {
    "id": "hm396-en-02", "lang": "en", "url": None, "published": "2024-08-06",
    "title": "Lula and Boric press Venezuela to publish election records",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8], [C9, C10], [C11, C12, C13], [C14, C15]),
    "events": [
        event("REQUEST", LULA, VEN_CNE, C1, date="2024-08-06", location="Santiago", location_country="CHL"),
        event("REQUEST", BORIC, VEN_CNE, C1, date="2024-08-06", location="Santiago", location_country="CHL"),
        event("CONSULT", LULA, BORIC, C2, mode="visit", date="2024-08-06", location="Santiago",
              location_country="CHL"),
        event("AGREE", BRA_GOV, CHL_GOV_E, C3, date="2024-08-06"),
        event("REJECT", LULA, VEN_CNE, C5),
        event("ACCUSE", BORIC, VEN_GOV_E, C6, mode="allege"),
        event("SANCTION", VEN_GOV_E, CHL_GOV_E, C9, mode="expel", date="2024-07-29"),
        event("ACCUSE", GIL_E, BORIC, C10, mode="disapprove", date="2024-08-06"),
        event("PROTEST", VEN_MIGRANTS, MADURO_E, C11, mode="demo", date="2024-08-06", location="Santiago",
              location_country="CHL"),
        event("COERCE", CARABINEROS_E, VEN_MIGRANTS, C12, mode="arrest", date="2024-08-06", location="Santiago",
              location_country="CHL", negated=True),
        event("ACCUSE", REPUBLICANS, BORIC, C13, mode="disapprove"),
        event("ACCUSE", REPUBLICANS, LULA, C13, mode="disapprove"),
        event("AGREE", LULA, BORIC, C14),
        event("AGREE", BORIC, LULA, C14),
    ],
    "quotes": [
        quote("Chile and Brazil are natural partners, and today we have taken another step toward integrating our "
              "region", "Gabriel Boric", "direct"),
        quote("Brazil would not recognize the result announced by the National Electoral Council until the tally "
              "sheets were made public", "Luiz Inácio Lula da Silva", "indirect"),
        quote("no doubt", "Gabriel Boric", "direct"),
        quote("he had \"no doubt\" that Maduro's government had tried to commit fraud", "Gabriel Boric", "indirect"),
        quote("its own tally sheets show that its candidate, Edmundo González, won by a wide margin",
              "Venezuelan opposition", "indirect"),
        quote("serving Washington's interests", "Yván Gil", "direct"),
        quote("too lenient with authoritarian governments in the region", "Republican Party (Chile)", "indirect"),
        quote("Lula invited Boric to visit Brasília next year, and Boric accepted",
              "joint statement of Brazil and Chile", "indirect"),
    ],
    "entities": [
        entity("Santiago", "LOC", "CHL", ["SANTIAGO"]),
        entity("Chile", "LOC", "CHL", ["Chile", "Chile's"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Brazilian President Luiz Inácio Lula da Silva", "Lula's",
                                                           "his", "Lula", "a leader"]),
        entity("Gabriel Boric", "PER", "CHL", ["Chilean President Gabriel Boric", "Boric", "he"]),
        entity("National Electoral Council of Venezuela", "ORG", "VEN",
               ["Venezuela's electoral authorities", "the National Electoral Council", "The council"]),
        entity("La Moneda", "LOC", "CHL", ["the La Moneda presidential palace", "the palace"]),
        entity("Government of Brazil", "ORG", "BRA", ["Their governments", "Brazil"]),
        entity("Government of Chile", "ORG", "CHL", ["Their governments"]),
        entity("Brazil", "LOC", "BRA", ["Brazil's", "Brazil"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuela"]),
        entity("Government of Venezuela", "ORG", "VEN", ["Maduro's government", "Venezuela"]),
        entity("Nicolás Maduro", "PER", "VEN", ["President Nicolás Maduro", "him", "Maduro"]),
        entity("Venezuelan opposition", "ORG", "VEN", ["The opposition"]),
        entity("Edmundo González Urrutia", "PER", "VEN", ["its candidate, Edmundo González"]),
        entity("Chilean diplomats in Venezuela", "PER", "CHL", ["Chile's diplomats"]),
        entity("Yván Gil", "PER", "VEN", ["Venezuelan Foreign Minister Yván Gil"]),
        entity("Government of the United States", "ORG", "USA", ["Washington's"]),
        entity("Venezuelan migrants in Chile", "PER", "VEN", ["several dozen Venezuelan migrants"]),
        entity("Carabineros de Chile", "ORG", "CHL", ["Police"]),
        entity("Republican Party (Chile)", "ORG", "CHL", ["Lawmakers from the far-right Republican Party", "they"]),
        entity("Brasília", "LOC", "BRA", ["Brasília"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
