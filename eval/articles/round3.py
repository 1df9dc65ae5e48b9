"""Round 3 of the hand-made articles (handmade3.jsonl): 8 invented wire-style texts, 6 German, 2 English.

Written blind on 2026-11-29 by a writer who neither ran the Herodotus pipeline on them nor read
the rule code (events, quotes, actors, lang). Annotated by ../shared/data/articles/CONVENTIONS.md.
Use: one measurement, then error analysis. The events are invented (plausible, not reported facts).
"""
from __future__ import annotations

from annotate import actor, entity, event, paragraphs, quote

# --- r3-de-01: Kenya, protests, ban on rallies, offer of talks rejected -------------------------
K1 = ("In der kenianischen Hauptstadt Nairobi sind am Dienstag erneut Tausende Menschen gegen die Regierung von "
      "Präsident William Ruto auf die Straße gegangen.")
K2 = "Die Polizei setzte Tränengas gegen die Demonstranten ein und nahm nach eigenen Angaben 74 Menschen fest."
K3 = "Der kenianische Innenminister verbot noch am Abend alle Kundgebungen im Stadtzentrum bis auf Weiteres."
K4 = ("Die Menschenrechtsorganisation Amnesty International warf den Sicherheitskräften vor, mit scharfer Munition "
      "auf unbewaffnete Demonstranten geschossen zu haben.")
K5 = "Die Polizei wies das zurück."
K6 = "Ruto bot den Organisatoren der Proteste am Mittwoch Gespräche an."
K7 = "„Wir müssen als Nation wieder zueinanderfinden“, sagte er in einer Fernsehansprache."
K8 = "Die umstrittenen Steuererhöhungen werde seine Regierung nicht wieder einführen, versprach der Präsident."
K9 = "Ein Sprecher der Protestbewegung lehnte das Angebot ab."
K10 = "Zuerst müssten alle inhaftierten Demonstranten freigelassen werden, so der Aktivist."

KEN_PROTESTERS = actor("protesters in Nairobi", "KEN", "CVL")
KEN_GOV = actor("Government of Kenya", "KEN", "GOV")
KEN_POLICE = actor("Kenyan police", "KEN", "COP")
RUTO = actor("William Ruto", "KEN", "GOV")
KEN_ACTIVIST = actor("spokesman of the Kenyan protest movement", "KEN", "CVL")

# --- r3-de-02: Sahel juntas leave ECOWAS ---------------------------------------------------------
S1 = ("Die Militärregierungen von Mali, Burkina Faso und Niger haben am Sonntag ihren sofortigen Austritt aus der "
      "westafrikanischen Staatengemeinschaft Ecowas verkündet.")
S2 = ("Die Entscheidung sei „unumkehrbar“, hieß es in einer gemeinsamen Erklärung, die im staatlichen Fernsehen "
      "Nigers verlesen wurde.")
S3 = "Die Ecowas rief die drei Länder am Montag auf, ihren Schritt zu überdenken."
S4 = ("Der nigerianische Präsident Bola Tinubu, der derzeit den Vorsitz der Gemeinschaft innehat, bot der "
      "Militärregierung in Niamey Gespräche in Abuja an.")
S5 = ("Die Ecowas hatte nach dem Putsch in Niger im vergangenen Juli harte Wirtschaftssanktionen gegen das Land "
      "verhängt und mit einer Militärintervention gedroht.")
S6 = ("Nigers Machthaber General Abdourahamane Tiani warf der Gemeinschaft am Montag vor, die Bevölkerung seines "
      "Landes „auszuhungern“.")
S7 = "Eine Rückkehr in die Ecowas komme nicht infrage, solange die Sanktionen in Kraft seien, sagte er."

MALI = actor("Mali", "MLI", "GOV")
BURKINA = actor("Burkina Faso", "BFA", "GOV")
NIGER = actor("Niger", "NER", "GOV")
ECOWAS = actor("ECOWAS", "IGO", "IGO")
TIANI = actor("Abdourahamane Tchiani", "NER", "GOV")
JUNTAS = "Governments of Mali, Burkina Faso and Niger"

# --- r3-de-03: Tunisia, opposition politician sentenced --------------------------------------
T1 = ("Ein Gericht in Tunis hat den Oppositionspolitiker Mourad Ben Salah am Mittwoch wegen angeblicher "
      "Verschwörung gegen die Staatssicherheit zu acht Jahren Haft verurteilt.")
T2 = "Der 61-Jährige war im vergangenen Februar bei einer Razzia in seinem Haus festgenommen worden."
T3 = "Die Europäische Union kritisierte das Urteil."
T4 = ("Es werfe „ernste Fragen zur Unabhängigkeit der Justiz“ auf, erklärte ein Sprecher des Europäischen "
      "Auswärtigen Dienstes in Brüssel.")
T5 = ("Das tunesische Außenministerium bestellte daraufhin den EU-Botschafter ein und verbat sich jede Einmischung "
      "in die inneren Angelegenheiten des Landes.")
T6 = "Aus Protest gegen das Urteil legten am Donnerstag Hunderte Anwälte im ganzen Land die Arbeit nieder."
T7 = "Die Verteidigung kündigte an, in Berufung zu gehen."
T8 = "Präsident Kais Saied sagte am Abend, niemand stehe über dem Gesetz."
T9 = "Seit 2023 sind in Tunesien Dutzende Oppositionelle, Journalisten und Anwälte inhaftiert worden."

TUN_COURT = actor("court in Tunis", "TUN", "JUD")
BEN_SALAH = actor("Mourad Ben Salah", "TUN", "OPP")

# --- r3-de-04: DR Congo, M23 takes a town ------------------------------------------------------
C1 = ("Die Rebellengruppe M23 hat im Osten der Demokratischen Republik Kongo nach tagelangen Kämpfen die Kleinstadt "
      "Nyabiondo eingenommen.")
C2 = ("Die kongolesische Armee habe sich in der Nacht zum Montag aus dem Ort zurückgezogen, teilte ein örtlicher "
      "Verwaltungsbeamter mit.")
C3 = ("Die Regierung in Kinshasa warf dem Nachbarland Ruanda erneut vor, die Rebellen mit Waffen und Soldaten zu "
      "unterstützen.")
C4 = "Kigali bestreitet das."
C5 = "Kinshasa ordnete zudem die Mobilisierung von Reservisten in der Provinz Nord-Kivu an."
C6 = ("Burundi schickte nach Angaben aus Militärkreisen weitere 1.500 Soldaten zur Unterstützung der kongolesischen "
      "Armee in die Nachbarprovinz Süd-Kivu.")
C7 = "Der UN-Sicherheitsrat forderte die M23 in einer Dringlichkeitssitzung auf, ihre Offensive sofort zu beenden."
C8 = ("Das UN-Flüchtlingshilfswerk UNHCR brachte Zelte und Decken für rund 20.000 Vertriebene in die "
      "Provinzhauptstadt Goma.")
C9 = "„Die Lage in den Lagern ist verzweifelt“, sagte eine Sprecherin des Hilfswerks."

M23 = actor("M23", "COD", "REB")
FARDC = actor("Armed Forces of the Democratic Republic of the Congo", "COD", "MIL")
COD_GOV = actor("Government of the Democratic Republic of the Congo", "COD", "GOV")

# --- r3-de-05: Brazil and South Africa ---------------------------------------------------------
B1 = ("Der brasilianische Präsident Luiz Inácio Lula da Silva hat am Donnerstag in Brasília seinen südafrikanischen "
      "Amtskollegen Cyril Ramaphosa empfangen.")
B2 = ("Beide Staatschefs unterzeichneten ein Abkommen über die Zusammenarbeit bei erneuerbaren Energien und "
      "vereinbarten, den Handel zwischen ihren Ländern bis 2030 zu verdoppeln.")
B3 = ("Bereits im Oktober hatten die Marinen Brasiliens und Südafrikas vor der Küste von Kapstadt ein gemeinsames "
      "Manöver abgehalten.")
B4 = "„Der globale Süden will nicht länger nur zuschauen“, sagte Lula bei einer gemeinsamen Pressekonferenz."
B5 = "Er lobte Ramaphosa für dessen Vermittlung zwischen den Kriegsparteien im Sudan."
B6 = ("Der Südafrikaner forderte erneut eine Reform des UN-Sicherheitsrats, in dem Afrika und Lateinamerika ständige "
      "Sitze erhalten müssten.")
B7 = ("Südafrika habe sich nicht an den westlichen Sanktionen gegen Russland beteiligt und werde das auch künftig "
      "nicht tun, betonte Ramaphosa.")

LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
RAMAPHOSA = actor("Cyril Ramaphosa", "ZAF", "GOV")

# --- r3-de-06: Pakistan, Balochistan --------------------------------------------------------
P1 = ("Nach einer Serie von Anschlägen in der südwestpakistanischen Provinz Belutschistan haben die Behörden in "
      "mehreren Bezirken eine nächtliche Ausgangssperre verhängt.")
P2 = ("Bewaffnete hatten am Montag einen Reisebus auf der Fernstraße nach Quetta gestoppt und mindestens 14 "
      "Passagiere erschossen.")
P3 = "Die separatistische Belutschische Befreiungsarmee (BLA) bekannte sich zu dem Angriff."
P4 = "Die Armee tötete nach eigenen Angaben bei anschließenden Einsätzen elf Aufständische."
P5 = "Die Provinzregierung ließ zudem das mobile Internet in der Region abschalten."
P6 = "Der pakistanische Innenminister machte das Nachbarland Indien für die Gewalt verantwortlich."
P7 = "Neu-Delhi unterstütze »Terroristen, die unschuldige Pakistaner ermorden«, sagte er in Islamabad."
P8 = ("Indien werde »einen hohen Preis zahlen«, sollte es seine Unterstützung für die Separatisten fortsetzen, "
      "warnte der Minister.")
P9 = "Das indische Außenministerium wies die Vorwürfe als haltlos zurück."
P10 = "Belutschistan ist die flächenmäßig größte, aber ärmste Provinz des Landes."

BLA = actor("Balochistan Liberation Army", "PAK", "REB")
BUS_PASSENGERS = actor("bus passengers in Balochistan", "PAK", "CVL")
BALOCH_RESIDENTS = actor("residents of Balochistan", "PAK", "CVL")
PAK_INTERIOR = actor("Interior Minister of Pakistan", "PAK", "GOV")
INDIA = actor("India", "IND", "GOV")

# --- r3-en-01: Philippines and China at Second Thomas Shoal --------------------------------
E1 = ("China’s coast guard fired water cannon at a Philippine supply boat near Second Thomas Shoal on Tuesday, "
      "damaging its engine and injuring two crew members.")
E2 = "The Philippine military released video of the incident."
E3 = ("Manila summoned China’s ambassador to protest against what it called “dangerous and illegal actions” in the "
      "Philippines’ exclusive economic zone.")
E4 = ("Beijing’s foreign ministry said the Philippine boat had “intruded” into Chinese waters and urged Manila to "
      "remove the grounded warship that serves as an outpost on the reef.")
E5 = "Philippine Defense Secretary Gilberto Teodoro rejected the demand."
E6 = "“We will not abandon our post,” he told reporters, “not now and not ever.”"
E7 = "The United States, a treaty ally of the Philippines, condemned the Chinese action."
E8 = "State Department spokesman Matthew Miller said that Washington stood with its ally."

PHILIPPINES = actor("Philippines", "PHL", "GOV")
CHN_MFA = actor("Chinese foreign ministry", "CHN", "GOV")
TEODORO = actor("Gilberto Teodoro", "PHL", "GOV")

# --- r3-en-02: Haiti, Kenyan police mission -------------------------------------------------
H1 = ("A second contingent of 200 Kenyan police officers arrived in Port-au-Prince on Tuesday to reinforce the "
      "UN-backed security mission against Haiti's armed gangs.")
H2 = ("The United States delivered 20 armored vehicles to the Haitian National Police on the same day, the US "
      "embassy said.")
H3 = "Hours earlier, gunmen stormed a police station in the capital's Delmas district and killed three officers."
H4 = ("Haiti's Transitional Presidential Council called on the United Nations to speed up the deployment of further "
      'troops, saying the police were "outnumbered and outgunned" in several districts.')
H5 = ("Kenyan opposition lawmakers have demanded the withdrawal of the force since two Kenyan officers were killed "
      "in May.")
H6 = ("Kenya's interior minister rejected the demand on Wednesday, saying that the officers would \"not leave until "
      'the job is done" and that more would follow in January.')
H7 = ("A gang in the Croix-des-Bouquets area released 12 kidnapped Haitian aid workers on Monday after a week in "
      "captivity.")
H8 = "The International Organization for Migration said all of them were in good health."

HNP = actor("Haitian National Police", "HTI", "COP")
KEN_OPPOSITION = actor("Kenyan opposition lawmakers", "KEN", "OPP")
KEN_INTERIOR = actor("Interior Minister of Kenya", "KEN", "GOV")


ARTICLES = [
    {
        "id": "hm3-de-01", "lang": "de", "published": "2024-07-11", "title": None,
        "text": paragraphs([K1, K2], [K3, K4, K5], [K6, K7, K8, K9, K10]),
        "events": [
            event("PROTEST", KEN_PROTESTERS, KEN_GOV, K1, mode="demo", date="2024-07-09", location="Nairobi",
                  location_country="KEN"),
            event("ASSAULT", KEN_POLICE, KEN_PROTESTERS, K2, mode="crowd-control"),
            event("COERCE", KEN_POLICE, KEN_PROTESTERS, K2, mode="arrest"),
            event("COERCE", actor("Interior Minister of Kenya", "KEN", "GOV"), KEN_PROTESTERS, K3, mode="restrict",
                  date="2024-07-09", location="Nairobi", location_country="KEN"),
            event("ACCUSE", actor("Amnesty International", "NGO", "NGO"), KEN_POLICE, K4, mode="allege"),
            event("AGREE", RUTO, actor("organisers of the protests in Nairobi", "KEN", "CVL"), K6, date="2024-07-10"),
            event("CONCEDE", RUTO, KEN_PROTESTERS, K8),
            event("REJECT", KEN_ACTIVIST, RUTO, K9, mode="meet"),
            event("REQUEST", KEN_ACTIVIST, KEN_GOV, K10, mode="yield"),
        ],
        "quotes": [
            quote("Wir müssen als Nation wieder zueinanderfinden", "William Ruto", "direct"),
            quote("Die umstrittenen Steuererhöhungen werde seine Regierung nicht wieder einführen", "William Ruto",
                  "indirect"),
            quote("Zuerst müssten alle inhaftierten Demonstranten freigelassen werden",
                  "spokesman of the Kenyan protest movement", "indirect"),
        ],
        "entities": [
            entity("William Ruto", "PER", "KEN", ["Präsident William Ruto", "Ruto", "er", "der Präsident"]),
            entity("Government of Kenya", "ORG", "KEN", ["die Regierung von Präsident William Ruto",
                                                         "seine Regierung"]),
            entity("protesters in Nairobi", "ORG", "KEN", ["Tausende Menschen", "die Demonstranten",
                                                          "unbewaffnete Demonstranten"]),
            entity("Kenyan police", "ORG", "KEN", ["Die Polizei", "den Sicherheitskräften"]),
            entity("Interior Minister of Kenya", "PER", "KEN", ["Der kenianische Innenminister"]),
            entity("Amnesty International", "ORG", "NGO", ["Die Menschenrechtsorganisation Amnesty International"]),
            entity("organisers of the protests in Nairobi", "ORG", "KEN", ["den Organisatoren der Proteste"]),
            entity("spokesman of the Kenyan protest movement", "PER", "KEN", ["Ein Sprecher der Protestbewegung",
                                                                             "der Aktivist"]),
            entity("Nairobi", "LOC", "KEN", ["Nairobi"]),
        ],
    },
    {
        "id": "hm3-de-02", "lang": "de", "published": "2024-01-30", "title": None,
        "text": paragraphs([S1, S2], [S3, S4], [S5, S6, S7]),
        "events": [
            event("SANCTION", MALI, ECOWAS, S1, mode="withdraw", date="2024-01-28"),
            event("SANCTION", BURKINA, ECOWAS, S1, mode="withdraw", date="2024-01-28"),
            event("SANCTION", NIGER, ECOWAS, S1, mode="withdraw", date="2024-01-28"),
            event("REQUEST", ECOWAS, MALI, S3, mode="change", date="2024-01-29"),
            event("REQUEST", ECOWAS, BURKINA, S3, mode="change", date="2024-01-29"),
            event("REQUEST", ECOWAS, NIGER, S3, mode="change", date="2024-01-29"),
            event("AGREE", actor("Bola Tinubu", "NGA", "GOV"), NIGER, S4, date="2024-01-29"),
            event("SANCTION", ECOWAS, NIGER, S5, mode="discontinue"),
            event("THREATEN", ECOWAS, NIGER, S5, mode="violence"),
            event("ACCUSE", TIANI, ECOWAS, S6, mode="allege", date="2024-01-29"),
            event("REJECT", TIANI, ECOWAS, S7, mode="change"),
        ],
        "quotes": [
            quote("unumkehrbar", JUNTAS, "direct"),
            quote("Die Entscheidung sei „unumkehrbar“", JUNTAS, "indirect"),
            quote("auszuhungern", "Abdourahamane Tchiani", "direct"),
            quote("Eine Rückkehr in die Ecowas komme nicht infrage, solange die Sanktionen in Kraft seien",
                  "Abdourahamane Tchiani", "indirect"),
        ],
        "entities": [
            entity("Mali", "GPE", "MLI", ["Mali"]),
            entity("Burkina Faso", "GPE", "BFA", ["Burkina Faso"]),
            entity("Niger", "GPE", "NER", ["Niger", "der Militärregierung in Niamey", "das Land"]),
            entity("ECOWAS", "ORG", "IGO", ["der westafrikanischen Staatengemeinschaft Ecowas", "Die Ecowas",
                                            "der Gemeinschaft", "die Ecowas"]),
            entity("Bola Tinubu", "PER", "NGA", ["Der nigerianische Präsident Bola Tinubu"]),
            entity("Abdourahamane Tchiani", "PER", "NER", ["Nigers Machthaber General Abdourahamane Tiani", "er"]),
        ],
    },
    {
        "id": "hm3-de-03", "lang": "de", "published": "2025-02-07", "title": None,
        "text": paragraphs([T1, T2, T9], [T3, T4, T5], [T6, T7, T8]),
        "events": [
            event("SANCTION", TUN_COURT, BEN_SALAH, T1, mode="convict", date="2025-02-05", location="Tunis",
                  location_country="TUN"),
            event("COERCE", actor("Tunisian police", "TUN", "COP"), BEN_SALAH, T2, mode="arrest"),
            event("ACCUSE", actor("European Union", "EUR", "IGO"), TUN_COURT, T3, mode="disapprove"),
            event("ACCUSE", actor("spokesman of the European External Action Service", "EUR", "IGO"), TUN_COURT, T4,
                  mode="disapprove"),
            event("ACCUSE", actor("Tunisian foreign ministry", "TUN", "GOV"),
                  actor("Ambassador of the EU to Tunisia", "EUR", "IGO"), T5, mode="disapprove"),
            event("PROTEST", actor("Tunisian lawyers", "TUN", "CVL"), TUN_COURT, T6, mode="strike",
                  date="2025-02-06"),
        ],
        "quotes": [
            quote("ernste Fragen zur Unabhängigkeit der Justiz", "spokesman of the European External Action Service",
                  "direct"),
            quote("Es werfe „ernste Fragen zur Unabhängigkeit der Justiz“ auf",
                  "spokesman of the European External Action Service", "indirect"),
            quote("niemand stehe über dem Gesetz", "Kais Saied", "indirect"),
        ],
        "entities": [
            entity("court in Tunis", "ORG", "TUN", ["Ein Gericht in Tunis"]),
            entity("Mourad Ben Salah", "PER", "TUN", ["den Oppositionspolitiker Mourad Ben Salah", "Der 61-Jährige"]),
            entity("Tunisian police", "ORG", "TUN", []),
            entity("European Union", "ORG", "EUR", ["Die Europäische Union"]),
            entity("spokesman of the European External Action Service", "PER", "EUR",
                   ["ein Sprecher des Europäischen Auswärtigen Dienstes"]),
            entity("Tunisian foreign ministry", "ORG", "TUN", ["Das tunesische Außenministerium"]),
            entity("Ambassador of the EU to Tunisia", "PER", "EUR", ["den EU-Botschafter"]),
            entity("Tunisian lawyers", "ORG", "TUN", ["Hunderte Anwälte"]),
            entity("Kais Saied", "PER", "TUN", ["Präsident Kais Saied"]),
        ],
    },
    {
        "id": "hm3-de-04", "lang": "de", "published": "2024-04-16", "title": None,
        "text": paragraphs([C1, C2], [C3, C4, C5, C6], [C7, C8, C9]),
        "events": [
            event("ASSAULT", M23, FARDC, C1, location="Nyabiondo", location_country="COD"),
            event("RETREAT", FARDC, M23, C2, mode="withdraw", date="2024-04-15", location="Nyabiondo",
                  location_country="COD"),
            event("ACCUSE", COD_GOV, actor("Rwanda", "RWA", "GOV"), C3, mode="allege"),
            event("MOBILIZE", COD_GOV, None, C5, mode="troops", location="North Kivu", location_country="COD"),
            event("AID", actor("Burundi", "BDI", "GOV"), FARDC, C6, location="South Kivu", location_country="COD"),
            event("REQUEST", actor("UN Security Council", "UNO", "IGO"), M23, C7, mode="yield"),
            event("AID", actor("UNHCR", "UNO", "IGO"), actor("displaced people in Goma", "COD", "CVL"), C8,
                  location="Goma", location_country="COD"),
        ],
        "quotes": [
            quote("Die kongolesische Armee habe sich in der Nacht zum Montag aus dem Ort zurückgezogen",
                  "local administrator", "indirect"),
            quote("Die Lage in den Lagern ist verzweifelt", "spokeswoman of UNHCR", "direct"),
        ],
        "entities": [
            entity("M23", "ORG", "COD", ["Die Rebellengruppe M23", "die Rebellen", "die M23"]),
            entity("Armed Forces of the Democratic Republic of the Congo", "ORG", "COD",
                   ["Die kongolesische Armee", "der kongolesischen Armee"]),
            entity("Democratic Republic of the Congo", "GPE", "COD", ["der Demokratischen Republik Kongo"]),
            entity("Government of the Democratic Republic of the Congo", "ORG", "COD",
                   ["Die Regierung in Kinshasa", "Kinshasa"]),
            entity("local administrator", "PER", "COD", ["ein örtlicher Verwaltungsbeamter"]),
            entity("Rwanda", "GPE", "RWA", ["dem Nachbarland Ruanda", "Kigali"]),
            entity("Burundi", "GPE", "BDI", ["Burundi"]),
            entity("UN Security Council", "ORG", "UNO", ["Der UN-Sicherheitsrat"]),
            entity("UNHCR", "ORG", "UNO", ["Das UN-Flüchtlingshilfswerk UNHCR"]),
            entity("spokeswoman of UNHCR", "PER", "UNO", ["eine Sprecherin des Hilfswerks"]),
            entity("displaced people in Goma", "ORG", "COD", ["rund 20.000 Vertriebene"]),
            entity("Goma", "LOC", "COD", ["Goma"]),
            entity("Nyabiondo", "LOC", "COD", ["Nyabiondo"]),
        ],
    },
    {
        "id": "hm3-de-05", "lang": "de", "published": "2025-05-16", "title": None,
        "text": paragraphs([B1, B2], [B3, B4, B5], [B6, B7]),
        "events": [
            event("CONSULT", RAMAPHOSA, LULA, B1, mode="visit", date="2025-05-15", location="Brasília",
                  location_country="BRA"),
            event("SUPPORT", RAMAPHOSA, LULA, B2),
            event("AGREE", RAMAPHOSA, LULA, B2),
            event("COOPERATE", actor("Brazilian Navy", "BRA", "MIL"), actor("South African Navy", "ZAF", "MIL"), B3,
                  location="Cape Town", location_country="ZAF"),
            event("SUPPORT", LULA, RAMAPHOSA, B5),
            event("REQUEST", RAMAPHOSA, actor("UN Security Council", "UNO", "IGO"), B6, mode="change"),
            event("SANCTION", actor("South Africa", "ZAF", "GOV"), actor("Russia", "RUS", "GOV"), B7, negated=True),
        ],
        "quotes": [
            quote("Der globale Süden will nicht länger nur zuschauen", "Luiz Inácio Lula da Silva", "direct"),
            quote("Südafrika habe sich nicht an den westlichen Sanktionen gegen Russland beteiligt und werde das auch "
                  "künftig nicht tun", "Cyril Ramaphosa", "indirect"),
        ],
        "entities": [
            entity("Luiz Inácio Lula da Silva", "PER", "BRA",
                   ["Der brasilianische Präsident Luiz Inácio Lula da Silva", "Lula", "Er"]),
            entity("Cyril Ramaphosa", "PER", "ZAF", ["seinen südafrikanischen Amtskollegen Cyril Ramaphosa",
                                                     "Ramaphosa", "Der Südafrikaner"]),
            entity("Brazil", "GPE", "BRA", ["Brasiliens"]),
            entity("South Africa", "GPE", "ZAF", ["Südafrikas", "Südafrika"]),
            entity("Brazilian Navy", "ORG", "BRA", []),
            entity("South African Navy", "ORG", "ZAF", []),
            entity("UN Security Council", "ORG", "UNO", ["des UN-Sicherheitsrats"]),
            entity("Russia", "GPE", "RUS", ["Russland"]),
            entity("Brasília", "LOC", "BRA", ["Brasília"]),
        ],
    },
    {
        "id": "hm3-de-06", "lang": "de", "published": "2024-11-13", "title": None,
        "text": paragraphs([P1, P2, P3], [P4, P5, P10], [P6, P7, P8, P9]),
        "events": [
            event("COERCE", actor("Pakistani authorities", "PAK", "GOV"), BALOCH_RESIDENTS, P1, mode="curfew",
                  location="Balochistan", location_country="PAK"),
            event("ASSAULT", BLA, BUS_PASSENGERS, P2, mode="firearms", date="2024-11-11", location="Balochistan",
                  location_country="PAK"),
            event("ASSAULT", BLA, BUS_PASSENGERS, P3, mode="firearms"),
            event("ASSAULT", actor("Pakistani army", "PAK", "MIL"), actor("Baloch insurgents", "PAK", "REB"), P4),
            event("COERCE", actor("Government of Balochistan", "PAK", "GOV"), BALOCH_RESIDENTS, P5, mode="withhold"),
            event("ACCUSE", PAK_INTERIOR, INDIA, P6, mode="allege"),
            event("ACCUSE", PAK_INTERIOR, INDIA, P7, mode="allege", location="Islamabad", location_country="PAK"),
            event("THREATEN", PAK_INTERIOR, INDIA, P8),
        ],
        "quotes": [
            quote("Terroristen, die unschuldige Pakistaner ermorden", "Interior Minister of Pakistan", "direct"),
            quote("Neu-Delhi unterstütze »Terroristen, die unschuldige Pakistaner ermorden«",
                  "Interior Minister of Pakistan", "indirect"),
            quote("einen hohen Preis zahlen", "Interior Minister of Pakistan", "direct"),
            quote("Indien werde »einen hohen Preis zahlen«, sollte es seine Unterstützung für die Separatisten "
                  "fortsetzen", "Interior Minister of Pakistan", "indirect"),
        ],
        "entities": [
            entity("Pakistani authorities", "ORG", "PAK", ["die Behörden"]),
            entity("Balochistan Liberation Army", "ORG", "PAK",
                   ["Die separatistische Belutschische Befreiungsarmee (BLA)", "Bewaffnete", "die Separatisten"]),
            entity("bus passengers in Balochistan", "ORG", "PAK", ["mindestens 14 Passagiere"]),
            entity("Pakistani army", "ORG", "PAK", ["Die Armee"]),
            entity("Baloch insurgents", "ORG", "PAK", ["elf Aufständische"]),
            entity("Government of Balochistan", "ORG", "PAK", ["Die Provinzregierung"]),
            entity("residents of Balochistan", "ORG", "PAK", []),
            entity("Interior Minister of Pakistan", "PER", "PAK", ["Der pakistanische Innenminister", "er",
                                                                  "der Minister"]),
            entity("India", "GPE", "IND", ["das Nachbarland Indien", "Neu-Delhi", "Indien"]),
            entity("Balochistan", "LOC", "PAK", ["Belutschistan"]),
        ],
    },
    {
        "id": "hm3-en-01", "lang": "en", "published": "2023-11-15", "title": None,
        "text": paragraphs([E1, E2], [E3, E4], [E5, E6], [E7, E8]),
        "events": [
            event("ASSAULT", actor("China Coast Guard", "CHN", "COP"), actor("Philippine military", "PHL", "MIL"), E1,
                  date="2023-11-14", location="Second Thomas Shoal"),
            event("ACCUSE", PHILIPPINES, actor("Ambassador of China to the Philippines", "CHN", "GOV"), E3,
                  mode="disapprove"),
            event("ACCUSE", CHN_MFA, PHILIPPINES, E4, mode="allege"),
            event("REQUEST", CHN_MFA, PHILIPPINES, E4, mode="yield"),
            event("REJECT", TEODORO, CHN_MFA, E5, mode="yield"),
            event("REJECT", TEODORO, CHN_MFA, E6, mode="yield"),
            event("ACCUSE", actor("United States", "USA", "GOV"), actor("China", "CHN", "GOV"), E7,
                  mode="disapprove"),
            event("SUPPORT", actor("Matthew Miller", "USA", "GOV"), PHILIPPINES, E8),
        ],
        "quotes": [
            quote("dangerous and illegal actions", "Government of the Philippines", "direct"),
            quote("intruded", "Chinese foreign ministry", "direct"),
            quote("the Philippine boat had “intruded” into Chinese waters", "Chinese foreign ministry", "indirect"),
            quote("We will not abandon our post", "Gilberto Teodoro", "direct"),
            quote("not now and not ever", "Gilberto Teodoro", "direct"),
            quote("that Washington stood with its ally", "Matthew Miller", "indirect"),
        ],
        "entities": [
            entity("China Coast Guard", "ORG", "CHN", ["China’s coast guard"]),
            entity("Philippine military", "ORG", "PHL", ["The Philippine military"]),
            entity("Philippines", "GPE", "PHL", ["Manila", "the Philippines"]),
            entity("Ambassador of China to the Philippines", "PER", "CHN", ["China’s ambassador"]),
            entity("Chinese foreign ministry", "ORG", "CHN", ["Beijing’s foreign ministry"]),
            entity("China", "GPE", "CHN", []),
            entity("Gilberto Teodoro", "PER", "PHL", ["Philippine Defense Secretary Gilberto Teodoro", "he"]),
            entity("United States", "GPE", "USA", ["The United States", "Washington"]),
            entity("Matthew Miller", "PER", "USA", ["State Department spokesman Matthew Miller"]),
        ],
    },
    {
        "id": "hm3-en-02", "lang": "en", "published": "2024-10-17", "title": None,
        "text": paragraphs([H1, H2], [H3, H4], [H5, H6], [H7, H8]),
        "events": [
            event("AID", actor("Kenyan police", "KEN", "COP"), actor("Haiti", "HTI", "GOV"), H1, date="2024-10-15",
                  location="Port-au-Prince", location_country="HTI"),
            event("AID", actor("United States", "USA", "GOV"), HNP, H2, date="2024-10-15"),
            event("ASSAULT", actor("Haitian gang members", "HTI", "REB"), HNP, H3, location="Delmas",
                  location_country="HTI"),
            event("REQUEST", actor("Transitional Presidential Council", "HTI", "GOV"),
                  actor("United Nations", "UNO", "IGO"), H4, mode="assist"),
            event("REQUEST", KEN_OPPOSITION, actor("Government of Kenya", "KEN", "GOV"), H5, mode="change"),
            event("REJECT", KEN_INTERIOR, KEN_OPPOSITION, H6, mode="change", date="2024-10-16"),
            event("RETREAT", actor("gang in Croix-des-Bouquets", "HTI", "REB"),
                  actor("Haitian aid workers", "HTI", "NGO"), H7, mode="release", date="2024-10-14",
                  location="Croix-des-Bouquets", location_country="HTI"),
        ],
        "quotes": [
            quote("The United States delivered 20 armored vehicles to the Haitian National Police on the same day",
                  "US embassy in Haiti", "indirect"),
            quote("outnumbered and outgunned", "Transitional Presidential Council", "direct"),
            quote('the police were "outnumbered and outgunned" in several districts',
                  "Transitional Presidential Council", "indirect"),
            quote("not leave until the job is done", "Interior Minister of Kenya", "direct"),
            quote('that the officers would "not leave until the job is done" and that more would follow in January',
                  "Interior Minister of Kenya", "indirect"),
            quote("all of them were in good health", "International Organization for Migration", "indirect"),
        ],
        "entities": [
            entity("Kenyan police", "ORG", "KEN", ["A second contingent of 200 Kenyan police officers"]),
            entity("Haiti", "GPE", "HTI", ["Haiti"]),
            entity("United States", "GPE", "USA", ["The United States"]),
            entity("US embassy in Haiti", "ORG", "USA", ["the US embassy"]),
            entity("Haitian National Police", "ORG", "HTI", ["the Haitian National Police", "three officers",
                                                             "the police"]),
            entity("Haitian gang members", "ORG", "HTI", ["gunmen"]),
            entity("Transitional Presidential Council", "ORG", "HTI", ["Haiti's Transitional Presidential Council"]),
            entity("United Nations", "ORG", "UNO", ["the United Nations"]),
            entity("Kenyan opposition lawmakers", "ORG", "KEN", ["Kenyan opposition lawmakers"]),
            entity("Government of Kenya", "ORG", "KEN", []),
            entity("Interior Minister of Kenya", "PER", "KEN", ["Kenya's interior minister"]),
            entity("gang in Croix-des-Bouquets", "ORG", "HTI", ["A gang in the Croix-des-Bouquets area"]),
            entity("Haitian aid workers", "ORG", "HTI", ["12 kidnapped Haitian aid workers", "all of them"]),
            entity("International Organization for Migration", "ORG", "UNO",
                   ["The International Organization for Migration"]),
            entity("Port-au-Prince", "LOC", "HTI", ["Port-au-Prince"]),
        ],
    },
]
