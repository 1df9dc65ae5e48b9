"""Round 14 of the hand-made articles (handmade14.jsonl), written blind on 2026-11-29.

Invented wire-style texts (plausible, not reported facts), annotated after
../shared/data/articles/CONVENTIONS.md without running the pipeline on them.
"""
from __future__ import annotations

from annotate import actor, entity, event, paragraphs, quote

# --- Chile: arson attack in Araucanía, state of emergency extended -------------------------
RML = actor("Resistencia Mapuche Lafkenche", "CHL", "REB")
CHL_GOV = actor("Government of Chile", "CHL", "GOV")
CARABINEROS = actor("Carabineros de Chile", "CHL", "COP")

CHL_S = [
    "Im Süden Chiles haben Unbekannte in der Nacht zum Sonntag 14 Lastwagen eines Forstunternehmens in Brand "
    "gesteckt.",
    "Verletzt wurde nach Angaben der Polizei niemand.",
    "Zu dem Anschlag in der Region Araucanía bekannte sich die radikale Mapuche-Gruppe Resistencia Mapuche "
    "Lafkenche (RML).",
    "Innenministerin Carolina Tohá verurteilte die Tat als „terroristischen Akt“ und kündigte eine Strafanzeige an.",
    "Die Regierung in Santiago verlängerte zudem den Ausnahmezustand in den Regionen Araucanía und Biobío um "
    "weitere 15 Tage.",
    "Der Ausnahmezustand gilt dort mit Unterbrechungen seit Mai 2022.",
    "Die Polizei nahm am Sonntag zwei mutmaßliche Mitglieder der RML fest.",
    "Ein Gericht in Temuco ordnete am Montag Untersuchungshaft für beide an.",
    "Mapuche-Organisationen warfen den Beamten vor, bei der Festnahme Gewalt angewendet zu haben.",
    "Die Carabineros wiesen das zurück.",
    "Radikale Mapuche-Gruppen fordern seit Jahren die Rückgabe von Land, das heute überwiegend Forstkonzernen "
    "gehört.",
]

CHILE = {
    "id": "hm14-de-01", "lang": "de", "published": "2024-05-20", "title": None,
    "text": paragraphs(CHL_S[0:3], CHL_S[3:6], CHL_S[6:10], CHL_S[10:11]),
    "events": [
        event("ASSAULT", RML, actor("forestry company in Araucanía", "CHL", "BUS"), CHL_S[2], mode="primitive",
              location="Araucanía", location_country="CHL"),
        event("ACCUSE", actor("Carolina Tohá", "CHL", "GOV"), RML, CHL_S[3], mode="disapprove"),
        event("COERCE", CHL_GOV, None, CHL_S[4], mode="martial-law"),
        event("COERCE", CARABINEROS, RML, CHL_S[6], mode="arrest", date="2024-05-19"),
        event("COERCE", actor("court in Temuco", "CHL", "JUD"), RML, CHL_S[7], mode="arrest", date="2024-05-20",
              location="Temuco", location_country="CHL"),
        event("ACCUSE", actor("Mapuche organisations", "CHL", "CVL"), CARABINEROS, CHL_S[8], mode="allege"),
    ],
    "quotes": [
        quote("Verletzt wurde nach Angaben der Polizei niemand", "Carabineros de Chile", "indirect"),
        quote("terroristischen Akt", "Carolina Tohá", "direct"),
        quote("bei der Festnahme Gewalt angewendet zu haben", "Mapuche organisations", "indirect"),
    ],
    "entities": [
        entity("Chile", "GPE", "CHL", ["Chiles"]),
        entity("Resistencia Mapuche Lafkenche", "ORG", "CHL",
               ["die radikale Mapuche-Gruppe Resistencia Mapuche Lafkenche (RML)", "der RML"]),
        entity("Araucanía", "LOC", "CHL", ["der Region Araucanía", "Araucanía"]),
        entity("Biobío", "LOC", "CHL", ["Biobío"]),
        entity("Carolina Tohá", "PER", "CHL", ["Innenministerin Carolina Tohá"]),
        entity("Government of Chile", "ORG", "CHL", ["Die Regierung in Santiago"]),
        entity("Carabineros de Chile", "ORG", "CHL", ["der Polizei", "Die Polizei", "den Beamten",
                                                      "Die Carabineros"]),
        entity("court in Temuco", "ORG", "CHL", ["Ein Gericht in Temuco"]),
        entity("Temuco", "LOC", "CHL", ["Temuco"]),
        entity("Mapuche organisations", "ORG", "CHL", ["Mapuche-Organisationen"]),
    ],
}

# --- Tanzania: Lissu's treason case, Kenyan activists deported ------------------------------
LISSU = actor("Tundu Lissu", "TZA", "OPP")
TZA = actor("Tanzania", "TZA", "GOV")
CHADEMA = actor("Chadema", "TZA", "PTY")
INEC = actor("Independent National Electoral Commission of Tanzania", "TZA", "GOV")

TZA_S = [
    "Ein Gericht in Daressalam hat am Montag den Antrag des tansanischen Oppositionsführers Tundu Lissu auf "
    "Freilassung gegen Kaution abgelehnt.",
    "Die Staatsanwaltschaft wirft dem Vorsitzenden der Partei Chadema vor, in einer Rede zum Boykott der Wahl im "
    "Oktober aufgerufen zu haben.",
    "Bei einer Verurteilung wegen Hochverrats droht ihm die Todesstrafe.",
    "Lissu war im April festgenommen worden.",
    "Die Wahlkommission hatte Chadema kurz darauf von der Wahl ausgeschlossen, weil sich die Partei geweigert "
    "hatte, einen Verhaltenskodex zu unterzeichnen.",
    "Die Einwanderungsbehörde schob am Wochenende mehrere kenianische Aktivisten ab, die den Prozess beobachten "
    "wollten.",
    "Das kenianische Außenministerium bestellte daraufhin den tansanischen Hochkommissar in Nairobi ein.",
    "Präsidentin Samia Suluhu Hassan sagte, Tansania werde sich von Aktivisten aus anderen Ländern nicht "
    "destabilisieren lassen.",
    "Das UN-Menschenrechtsbüro forderte die Behörden in Dodoma auf, Lissu ein faires Verfahren zu garantieren.",
    "»Die Einschränkung des politischen Raums vor der Wahl ist zutiefst beunruhigend«, sagte eine Sprecherin in "
    "Genf.",
    "Chadema ist die größte Oppositionspartei des ostafrikanischen Landes.",
]

TANZANIA = {
    "id": "hm14-de-02", "lang": "de", "published": "2025-05-20", "title": None,
    "text": paragraphs(TZA_S[0:4], TZA_S[4:8], TZA_S[8:11]),
    "events": [
        event("REJECT", actor("court in Dar es Salaam", "TZA", "JUD"), LISSU, TZA_S[0], mode="yield",
              date="2025-05-19", location="Dar es Salaam", location_country="TZA"),
        event("ACCUSE", actor("Tanzanian prosecutors", "TZA", "JUD"), LISSU, TZA_S[1], mode="allege"),
        event("COERCE", actor("Tanzanian police", "TZA", "COP"), LISSU, TZA_S[3], mode="arrest"),
        event("COERCE", INEC, CHADEMA, TZA_S[4], mode="restrict"),
        event("REJECT", CHADEMA, INEC, TZA_S[4]),
        event("COERCE", actor("Tanzanian immigration department", "TZA", "GOV"),
              actor("Kenyan activists", "KEN", "CVL"), TZA_S[5], mode="deport"),
        event("ACCUSE", actor("Kenyan foreign ministry", "KEN", "GOV"), TZA, TZA_S[6], mode="disapprove",
              location="Nairobi", location_country="KEN"),
        event("REQUEST", actor("UN Human Rights Office", "UNO", "IGO"), TZA, TZA_S[8]),
    ],
    "quotes": [
        quote("in einer Rede zum Boykott der Wahl im Oktober aufgerufen zu haben", "Tanzanian prosecutors",
              "indirect"),
        quote("Tansania werde sich von Aktivisten aus anderen Ländern nicht destabilisieren lassen",
              "Samia Suluhu Hassan", "indirect"),
        quote("Die Einschränkung des politischen Raums vor der Wahl ist zutiefst beunruhigend",
              "spokesperson of the UN Human Rights Office", "direct"),
    ],
    "entities": [
        entity("court in Dar es Salaam", "ORG", "TZA", ["Ein Gericht in Daressalam"]),
        entity("Dar es Salaam", "LOC", "TZA", ["Daressalam"]),
        entity("Tundu Lissu", "PER", "TZA", ["des tansanischen Oppositionsführers Tundu Lissu",
                                             "dem Vorsitzenden der Partei Chadema", "ihm", "Lissu"]),
        entity("Tanzanian prosecutors", "ORG", "TZA", ["Die Staatsanwaltschaft"]),
        entity("Chadema", "ORG", "TZA", ["Partei Chadema", "Chadema", "die Partei"]),
        entity("Independent National Electoral Commission of Tanzania", "ORG", "TZA", ["Die Wahlkommission"]),
        entity("Tanzanian immigration department", "ORG", "TZA", ["Die Einwanderungsbehörde"]),
        entity("Kenyan activists", "ORG", "KEN", ["mehrere kenianische Aktivisten"]),
        entity("Kenyan foreign ministry", "ORG", "KEN", ["Das kenianische Außenministerium"]),
        entity("High Commissioner of Tanzania to Kenya", "PER", "TZA", ["den tansanischen Hochkommissar"]),
        entity("Nairobi", "LOC", "KEN", ["Nairobi"]),
        entity("Samia Suluhu Hassan", "PER", "TZA", ["Präsidentin Samia Suluhu Hassan"]),
        entity("Tanzania", "GPE", "TZA", ["Tansania", "die Behörden in Dodoma", "des ostafrikanischen Landes"]),
        entity("UN Human Rights Office", "ORG", "UNO", ["Das UN-Menschenrechtsbüro"]),
        entity("spokesperson of the UN Human Rights Office", "PER", "UNO", ["eine Sprecherin"]),
        entity("Geneva", "LOC", "CHE", ["Genf"]),
    ],
}

# --- Armenia: billionaire Karapetyan detained, protests in Yerevan --------------------------
KARAPETYAN = actor("Samvel Karapetyan", "ARM", "BUS")
PASHINYAN = actor("Nikol Pashinyan", "ARM", "GOV")
ARM_GOV = actor("Government of Armenia", "ARM", "GOV")
ARM_POLICE = actor("Armenian police", "ARM", "COP")
ARM_PROTESTERS = actor("supporters of Samvel Karapetyan", "ARM", "CVL")

ARM_S = [
    "In Armenien hat ein Gericht am Donnerstag zwei Monate Untersuchungshaft gegen den russisch-armenischen "
    "Milliardär Samwel Karapetjan angeordnet.",
    "Die Staatsanwaltschaft wirft dem Unternehmer vor, öffentlich zur Machtergreifung aufgerufen zu haben.",
    "Karapetjan hatte Regierungschef Nikol Paschinjan zuvor wegen dessen Streit mit der Armenischen Apostolischen "
    "Kirche scharf kritisiert.",
    "Seine Anwälte wiesen die Vorwürfe als haltlos zurück.",
    "Hunderte Anhänger des Unternehmers demonstrierten am Donnerstagabend in Eriwan gegen die Regierung.",
    "Die Polizei teilte mit, sie habe 15 Demonstranten festgenommen.",
    "Paschinjan warf dem Milliardär vor, gemeinsam mit Teilen der Kirche einen Umsturz vorzubereiten.",
    "Karapetjan selbst wandte sich in einer Videobotschaft an seine Anhänger: »Ich werde nicht aufgeben.«",
    "Das Menschenrechtsbüro der OSZE forderte die armenischen Behörden auf, ein faires Verfahren zu gewährleisten.",
    "Karapetjan kontrolliert unter anderem den größten Stromversorger des Landes.",
    "Armenien wählt im Juni 2026 ein neues Parlament.",
]

ARMENIA = {
    "id": "hm14-de-03", "lang": "de", "published": "2025-06-20", "title": None,
    "text": paragraphs(ARM_S[0:4], ARM_S[4:8], ARM_S[8:11]),
    "events": [
        event("COERCE", actor("Armenian court", "ARM", "JUD"), KARAPETYAN, ARM_S[0], mode="arrest",
              date="2025-06-19"),
        event("ACCUSE", actor("Armenian prosecutors", "ARM", "JUD"), KARAPETYAN, ARM_S[1], mode="allege"),
        event("ACCUSE", KARAPETYAN, PASHINYAN, ARM_S[2], mode="disapprove"),
        event("PROTEST", ARM_PROTESTERS, ARM_GOV, ARM_S[4], mode="demo", date="2025-06-19", location="Yerevan",
              location_country="ARM"),
        event("COERCE", ARM_POLICE, ARM_PROTESTERS, ARM_S[5], mode="arrest"),
        event("ACCUSE", PASHINYAN, KARAPETYAN, ARM_S[6], mode="allege"),
        event("REQUEST", actor("OSCE Office for Democratic Institutions and Human Rights", "IGO", "IGO"), ARM_GOV,
              ARM_S[8]),
    ],
    "quotes": [
        quote("öffentlich zur Machtergreifung aufgerufen zu haben", "Armenian prosecutors", "indirect"),
        quote("sie habe 15 Demonstranten festgenommen", "Armenian police", "indirect"),
        quote("gemeinsam mit Teilen der Kirche einen Umsturz vorzubereiten", "Nikol Pashinyan", "indirect"),
        quote("Ich werde nicht aufgeben", "Samvel Karapetyan", "direct"),
    ],
    "entities": [
        entity("Armenia", "GPE", "ARM", ["Armenien", "des Landes"]),
        entity("Armenian court", "ORG", "ARM", ["ein Gericht"]),
        entity("Samvel Karapetyan", "PER", "ARM", ["den russisch-armenischen Milliardär Samwel Karapetjan",
                                                   "dem Unternehmer", "Karapetjan", "Seine", "des Unternehmers",
                                                   "dem Milliardär"]),
        entity("Armenian prosecutors", "ORG", "ARM", ["Die Staatsanwaltschaft"]),
        entity("Nikol Pashinyan", "PER", "ARM", ["Regierungschef Nikol Paschinjan", "Paschinjan"]),
        entity("Armenian Apostolic Church", "ORG", "ARM", ["der Armenischen Apostolischen Kirche", "der Kirche"]),
        entity("supporters of Samvel Karapetyan", "ORG", "ARM", ["Hunderte Anhänger des Unternehmers",
                                                                 "15 Demonstranten", "seine Anhänger"]),
        entity("Yerevan", "LOC", "ARM", ["Eriwan"]),
        entity("Government of Armenia", "ORG", "ARM", ["die Regierung", "die armenischen Behörden"]),
        entity("Armenian police", "ORG", "ARM", ["Die Polizei", "sie"]),
        entity("OSCE Office for Democratic Institutions and Human Rights", "ORG", "IGO",
               ["Das Menschenrechtsbüro der OSZE"]),
    ],
}

# --- New Caledonia: riots, state of emergency, Paris accuses Baku ---------------------------
FRA = actor("France", "FRA", "GOV")
FLNKS = actor("Kanak and Socialist National Liberation Front (FLNKS)", "FRA", "OPP")
NCL_PROTESTERS = actor("pro-independence protesters in New Caledonia", "FRA", "CVL")

NCL_S = [
    "Nach tagelangen Unruhen im französischen Überseegebiet Neukaledonien hat Paris weitere 1000 Polizisten und "
    "Gendarmen in den Pazifik geschickt.",
    "Bei den Ausschreitungen in der Hauptstadt Nouméa wurden den Behörden zufolge seit Montag vier Menschen "
    "getötet, darunter ein Gendarm.",
    "Hunderte Geschäfte und Fahrzeuge gingen in Flammen auf.",
    "Die Proteste richten sich gegen eine von der Nationalversammlung in Paris beschlossene Reform des Wahlrechts.",
    "Präsident Emmanuel Macron verhängte den Ausnahmezustand über die Inselgruppe.",
    "Zudem sperrten die Behörden die Plattform Tiktok.",
    "Innenminister Gérald Darmanin warf Aserbaidschan vor, die Unabhängigkeitsbewegung zu unterstützen.",
    "Baku wies das zurück.",
    "Laut Staatsanwaltschaft nahm die Polizei zehn Mitglieder der Aktionsgruppe CCAT fest, die die Unruhen "
    "organisiert haben soll.",
    "Premierminister Gabriel Attal beriet am Donnerstag in einer Videokonferenz mit Vertretern der "
    "Unabhängigkeitsbewegung FLNKS.",
    "Die FLNKS forderte Paris auf, die Reform zurückzuziehen.",
    "Neukaledonien gehört seit 1853 zu Frankreich.",
    "Die Inselgruppe im Südpazifik verfügt über rund ein Viertel der weltweiten Nickelreserven.",
]

NEW_CALEDONIA = {
    "id": "hm14-de-04", "lang": "de", "published": "2024-05-17", "title": None,
    "text": paragraphs(NCL_S[0:4], NCL_S[4:6], NCL_S[6:9], NCL_S[9:11], NCL_S[11:13]),
    "events": [
        event("MOBILIZE", FRA, None, NCL_S[0], mode="police", location="New Caledonia", location_country="FRA"),
        event("PROTEST", NCL_PROTESTERS, actor("National Assembly of France", "FRA", "LEG"), NCL_S[3], mode="riot"),
        event("COERCE", actor("Emmanuel Macron", "FRA", "GOV"), None, NCL_S[4], mode="martial-law",
              location="New Caledonia", location_country="FRA"),
        event("COERCE", actor("French authorities", "FRA", "GOV"), actor("TikTok", "MNC", "MNC"), NCL_S[5],
              mode="censor"),
        event("ACCUSE", actor("Gérald Darmanin", "FRA", "GOV"), actor("Azerbaijan", "AZE", "GOV"), NCL_S[6],
              mode="allege"),
        event("COERCE", actor("French police in New Caledonia", "FRA", "COP"),
              actor("Field Action Coordination Cell (CCAT)", "FRA", "OPP"), NCL_S[8], mode="arrest"),
        event("CONSULT", actor("Gabriel Attal", "FRA", "GOV"), FLNKS, NCL_S[9], mode="phone", date="2024-05-16"),
        event("REQUEST", FLNKS, FRA, NCL_S[10], mode="change"),
    ],
    "quotes": [
        quote("Bei den Ausschreitungen in der Hauptstadt Nouméa wurden den Behörden zufolge seit Montag vier "
              "Menschen getötet, darunter ein Gendarm", "French authorities", "indirect"),
        quote("die Unabhängigkeitsbewegung zu unterstützen", "Gérald Darmanin", "indirect"),
        quote("nahm die Polizei zehn Mitglieder der Aktionsgruppe CCAT fest, die die Unruhen organisiert haben soll",
              "public prosecutor in Nouméa", "indirect"),
    ],
    "entities": [
        entity("New Caledonia", "LOC", "FRA", ["Neukaledonien", "die Inselgruppe", "Die Inselgruppe"]),
        entity("France", "GPE", "FRA", ["Paris", "Frankreich"]),
        entity("Nouméa", "LOC", "FRA", ["der Hauptstadt Nouméa"]),
        entity("French authorities", "ORG", "FRA", ["den Behörden", "die Behörden"]),
        entity("National Assembly of France", "ORG", "FRA", ["der Nationalversammlung"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Präsident Emmanuel Macron"]),
        entity("TikTok", "ORG", "MNC", ["die Plattform Tiktok"]),
        entity("Gérald Darmanin", "PER", "FRA", ["Innenminister Gérald Darmanin"]),
        entity("Azerbaijan", "GPE", "AZE", ["Aserbaidschan", "Baku"]),
        entity("public prosecutor in Nouméa", "ORG", "FRA", ["Staatsanwaltschaft"]),
        entity("French police in New Caledonia", "ORG", "FRA", ["die Polizei"]),
        entity("Field Action Coordination Cell (CCAT)", "ORG", "FRA", ["der Aktionsgruppe CCAT"]),
        entity("Kanak and Socialist National Liberation Front (FLNKS)", "ORG", "FRA",
               ["Unabhängigkeitsbewegung FLNKS", "Die FLNKS"]),
        entity("Gabriel Attal", "PER", "FRA", ["Premierminister Gabriel Attal"]),
    ],
}

# --- Dominican Republic deports Haitians; Port-au-Prince summons the ambassador -------------
DOM = actor("Dominican Republic", "DOM", "GOV")
DOM_MIG = actor("Dominican General Directorate of Migration", "DOM", "GOV")
HTI_MIGRANTS = actor("Haitian migrants", "HTI", "CVL")
HTI_MFA = actor("Haitian foreign ministry", "HTI", "GOV")

DOM_S = [
    "The Dominican Republic has started deporting up to 10,000 Haitian migrants a week, the country's migration "
    "agency said on Thursday.",
    "Agents detained more than 1,200 people in raids near the border on Wednesday alone, it said.",
    "President Luis Abinader said his country could not bear the burden of Haiti's crisis alone and accused the "
    "United Nations of doing too little to stabilise its neighbour.",
    "Haiti's foreign ministry summoned the Dominican ambassador in Port-au-Prince to protest against what it "
    "called \"inhumane\" treatment of its citizens.",
    "It has not recalled its own envoy from Santo Domingo, however.",
    "The International Organization for Migration urged the Dominican authorities to halt the deportations.",
    "\"Many of those being sent back are fleeing gang violence and face serious risks,\" an IOM spokesperson told "
    "reporters in Geneva.",
    "The World Food Programme said it had handed out hot meals to some 3,000 deportees at the Ouanaminthe border "
    "crossing.",
    "More than 700,000 Haitians have been displaced by gang violence, according to U.N. figures.",
    "The two countries share the Caribbean island of Hispaniola.",
]

DOMINICAN_HAITI = {
    "id": "hm14-en-01", "lang": "en", "published": "2024-10-04", "title": None,
    "text": paragraphs(DOM_S[0:3], DOM_S[3:5], DOM_S[5:8], DOM_S[8:10]),
    "events": [
        event("COERCE", DOM, HTI_MIGRANTS, DOM_S[0], mode="deport"),
        event("COERCE", DOM_MIG, HTI_MIGRANTS, DOM_S[1], mode="arrest", date="2024-10-02"),
        event("ACCUSE", actor("Luis Abinader", "DOM", "GOV"), actor("United Nations", "UNO", "IGO"), DOM_S[2],
              mode="disapprove"),
        event("ACCUSE", HTI_MFA, DOM, DOM_S[3], mode="disapprove", location="Port-au-Prince",
              location_country="HTI"),
        event("SANCTION", HTI_MFA, DOM, DOM_S[4], mode="withdraw", negated=True),
        event("REQUEST", actor("International Organization for Migration", "UNO", "IGO"), DOM, DOM_S[5],
              mode="yield"),
        event("AID", actor("World Food Programme", "UNO", "IGO"), HTI_MIGRANTS, DOM_S[7], location="Ouanaminthe",
              location_country="HTI"),
    ],
    "quotes": [
        quote("The Dominican Republic has started deporting up to 10,000 Haitian migrants a week",
              "Dominican General Directorate of Migration", "indirect"),
        quote("Agents detained more than 1,200 people in raids near the border on Wednesday alone",
              "Dominican General Directorate of Migration", "indirect"),
        quote("his country could not bear the burden of Haiti's crisis alone", "Luis Abinader", "indirect"),
        quote("inhumane", "Haitian foreign ministry", "direct"),
        quote("Many of those being sent back are fleeing gang violence and face serious risks",
              "spokesperson of the International Organization for Migration", "direct"),
        quote("it had handed out hot meals to some 3,000 deportees at the Ouanaminthe border crossing",
              "World Food Programme", "indirect"),
        quote("More than 700,000 Haitians have been displaced by gang violence", "United Nations", "indirect"),
    ],
    "entities": [
        entity("Dominican Republic", "GPE", "DOM", ["The Dominican Republic", "his country", "Santo Domingo",
                                                    "the Dominican authorities"]),
        entity("Dominican General Directorate of Migration", "ORG", "DOM", ["the country's migration agency",
                                                                            "Agents"]),
        entity("Haitian migrants", "ORG", "HTI", ["Haitian migrants", "its citizens", "some 3,000 deportees"]),
        entity("Luis Abinader", "PER", "DOM", ["President Luis Abinader"]),
        entity("Haiti", "GPE", "HTI", ["Haiti's", "its neighbour"]),
        entity("United Nations", "ORG", "UNO", ["the United Nations", "U.N."]),
        entity("Haitian foreign ministry", "ORG", "HTI", ["Haiti's foreign ministry", "It"]),
        entity("Ambassador of the Dominican Republic to Haiti", "PER", "DOM", ["the Dominican ambassador"]),
        entity("Port-au-Prince", "LOC", "HTI", ["Port-au-Prince"]),
        entity("International Organization for Migration", "ORG", "UNO",
               ["The International Organization for Migration"]),
        entity("spokesperson of the International Organization for Migration", "PER", "UNO",
               ["an IOM spokesperson"]),
        entity("Geneva", "LOC", "CHE", ["Geneva"]),
        entity("World Food Programme", "ORG", "UNO", ["The World Food Programme", "it"]),
        entity("Ouanaminthe", "LOC", "HTI", ["the Ouanaminthe border crossing"]),
        entity("Hispaniola", "LOC", None, ["the Caribbean island of Hispaniola"]),
    ],
}

# --- Iran seizes a tanker in the Strait of Hormuz ------------------------------------------
IRGC = actor("Islamic Revolutionary Guard Corps", "IRN", "MIL")
TANKER = actor("Ocean Meridian", "PAN", "BUS")
IRAN = actor("Iran", "IRN", "GOV")
FIFTH_FLEET = actor("U.S. Navy Fifth Fleet", "USA", "MIL")
OMAN = actor("Oman", "OMN", "GOV")

IRN_S = [
    "Iran's Revolutionary Guards seized a Panama-flagged oil tanker in the Strait of Hormuz on Wednesday.",
    "The Guards said the Ocean Meridian had been smuggling two million litres of fuel to the United Arab Emirates.",
    "The U.S. Navy's Fifth Fleet, which is based in Bahrain, called on Tehran to release the vessel and its crew "
    "immediately.",
    "\"Iran's continued harassment of merchant vessels is contrary to international law and a threat to regional "
    "security,\" the fleet said in a statement.",
    "Britain's Foreign Office summoned Iran's ambassador in London, saying two British nationals were among the "
    "crew.",
    "Iranian foreign ministry spokesman Esmaeil Baghaei rejected the U.S. demand, saying the case was a matter for "
    "the judiciary.",
    "Oman offered to mediate between Tehran and Washington.",
    "About a fifth of the world's oil passes through the strait.",
    "The tanker was sailing from the Emirati port of Fujairah to Singapore when it was stopped.",
]

IRAN_TANKER = {
    "id": "hm14-en-02", "lang": "en", "published": "2025-02-13", "title": None,
    "text": paragraphs(IRN_S[0:4], IRN_S[4:7], IRN_S[7:9]),
    "events": [
        event("COERCE", IRGC, TANKER, IRN_S[0], mode="seize", date="2025-02-12", location="Strait of Hormuz"),
        event("ACCUSE", IRGC, TANKER, IRN_S[1], mode="allege"),
        event("REQUEST", FIFTH_FLEET, IRAN, IRN_S[2], mode="yield"),
        event("ACCUSE", FIFTH_FLEET, IRAN, IRN_S[3], mode="disapprove"),
        event("ACCUSE", actor("Foreign, Commonwealth and Development Office", "GBR", "GOV"), IRAN, IRN_S[4],
              mode="disapprove", location="London", location_country="GBR"),
        event("REJECT", actor("Esmaeil Baghaei", "IRN", "GOV"), FIFTH_FLEET, IRN_S[5], mode="yield"),
        event("AGREE", OMAN, IRAN, IRN_S[6]),
        event("AGREE", OMAN, actor("United States", "USA", "GOV"), IRN_S[6]),
    ],
    "quotes": [
        quote("the Ocean Meridian had been smuggling two million litres of fuel to the United Arab Emirates",
              "Islamic Revolutionary Guard Corps", "indirect"),
        quote("Iran's continued harassment of merchant vessels is contrary to international law and a threat to "
              "regional security", "U.S. Navy Fifth Fleet", "direct"),
        quote("two British nationals were among the crew", "Foreign, Commonwealth and Development Office",
              "indirect"),
        quote("the case was a matter for the judiciary", "Esmaeil Baghaei", "indirect"),
    ],
    "entities": [
        entity("Islamic Revolutionary Guard Corps", "ORG", "IRN", ["Iran's Revolutionary Guards", "The Guards"]),
        entity("Ocean Meridian", "ORG", "PAN", ["a Panama-flagged oil tanker", "the Ocean Meridian", "the vessel",
                                                "The tanker", "it"]),
        entity("Strait of Hormuz", "LOC", None, ["the Strait of Hormuz", "the strait"]),
        entity("United Arab Emirates", "GPE", "ARE", ["the United Arab Emirates"]),
        entity("U.S. Navy Fifth Fleet", "ORG", "USA", ["The U.S. Navy's Fifth Fleet", "the fleet"]),
        entity("Bahrain", "GPE", "BHR", ["Bahrain"]),
        entity("Iran", "GPE", "IRN", ["Tehran", "Iran's"]),
        entity("Foreign, Commonwealth and Development Office", "ORG", "GBR", ["Britain's Foreign Office"]),
        entity("Ambassador of Iran to the United Kingdom", "PER", "IRN", ["Iran's ambassador"]),
        entity("London", "LOC", "GBR", ["London"]),
        entity("Esmaeil Baghaei", "PER", "IRN", ["Iranian foreign ministry spokesman Esmaeil Baghaei"]),
        entity("United States", "GPE", "USA", ["Washington", "U.S."]),
        entity("Oman", "GPE", "OMN", ["Oman"]),
        entity("Fujairah", "LOC", "ARE", ["the Emirati port of Fujairah"]),
        entity("Singapore", "GPE", "SGP", ["Singapore"]),
    ],
}

ARTICLES = [CHILE, TANZANIA, ARMENIA, NEW_CALEDONIA, DOMINICAN_HAITI, IRAN_TANKER]
