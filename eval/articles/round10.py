"""Round 10 of the hand-made articles (handmade10.jsonl), written blind on 2026-11-29.

Invented wire-style texts (plausible, not reported facts), annotated after
../shared/data/articles/CONVENTIONS.md without running the pipeline on them.
"""
from __future__ import annotations

from annotate import actor, entity, event, paragraphs, quote

# --- Zimbabwe: arrests before the SADC summit ---------------------------------------------
ZWE_POLICE = actor("Zimbabwe Republic Police", "ZWE", "COP")
ZWE_OPP = actor("opposition supporters in Zimbabwe", "ZWE", "OPP")
ZWE_GOV = actor("Government of Zimbabwe", "ZWE", "GOV")
AMNESTY = actor("Amnesty International", "NGO", "NGO")

ZWE_S = [
    "Kurz vor dem Gipfeltreffen der Entwicklungsgemeinschaft des südlichen Afrika (SADC) in Harare hat die Polizei "
    "in Simbabwe Dutzende Oppositionsanhänger festgenommen.",
    "Die Festgenommenen hätten gewaltsame Proteste während des Gipfels geplant, sagte Polizeisprecher Paul Nyathi "
    "am Donnerstag.",
    "Unter den Inhaftierten seien auch mehrere Gewerkschafter und ein Journalist, teilte die Anwaltsvereinigung "
    "Zimbabwe Lawyers for Human Rights mit.",
    "Amnesty International forderte die sofortige Freilassung aller Festgenommenen.",
    "„Die Regierung versucht, jede Kritik vor den Augen der Gipfelgäste zu ersticken“, erklärte die Organisation.",
    "Ein Regierungssprecher wies das zurück.",
    "Simbabwe sei ein demokratisches Land, in dem niemand wegen seiner Meinung verfolgt werde, sagte er.",
    "Präsident Emmerson Mnangagwa soll am Samstag turnusgemäß den Vorsitz der SADC übernehmen.",
    "Bei dem Gipfel soll es vor allem um die Lage im Osten Kongos und im Norden Mosambiks gehen.",
    "Die Regierungspartei Zanu-PF regiert Simbabwe seit der Unabhängigkeit von Großbritannien im Jahr 1980.",
]

ZIMBABWE = {
    "id": "hm10-de-01", "lang": "de", "published": "2024-08-16", "title": None,
    "text": paragraphs(ZWE_S[0:3], ZWE_S[3:5], ZWE_S[5:7], ZWE_S[7:10]),
    "events": [
        event("COERCE", ZWE_POLICE, ZWE_OPP, ZWE_S[0], mode="arrest", location="Harare", location_country="ZWE"),
        event("ACCUSE", actor("Paul Nyathi", "ZWE", "COP"), ZWE_OPP, ZWE_S[1], mode="allege", date="2024-08-15"),
        event("REQUEST", AMNESTY, ZWE_GOV, ZWE_S[3], mode="yield"),
        event("ACCUSE", AMNESTY, ZWE_GOV, ZWE_S[4], mode="allege"),
    ],
    "quotes": [
        quote("Die Festgenommenen hätten gewaltsame Proteste während des Gipfels geplant", "Paul Nyathi", "indirect"),
        quote("Unter den Inhaftierten seien auch mehrere Gewerkschafter und ein Journalist",
              "Zimbabwe Lawyers for Human Rights", "indirect"),
        quote("Die Regierung versucht, jede Kritik vor den Augen der Gipfelgäste zu ersticken",
              "Amnesty International", "direct"),
        quote("Simbabwe sei ein demokratisches Land, in dem niemand wegen seiner Meinung verfolgt werde",
              "spokesperson of the Government of Zimbabwe", "indirect"),
    ],
    "entities": [
        entity("Zimbabwe Republic Police", "ORG", "ZWE", ["die Polizei"]),
        entity("Paul Nyathi", "PER", "ZWE", ["Polizeisprecher Paul Nyathi"]),
        entity("Zimbabwe Lawyers for Human Rights", "ORG", "ZWE", ["Zimbabwe Lawyers for Human Rights"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International", "die Organisation"]),
        entity("Emmerson Mnangagwa", "PER", "ZWE", ["Präsident Emmerson Mnangagwa"]),
        entity("Harare", "LOC", "ZWE", ["Harare"]),
        entity("SADC", "ORG", "IGO", ["Entwicklungsgemeinschaft des südlichen Afrika (SADC)", "SADC"]),
    ],
}

# --- Cuba: blackout protests in Santiago --------------------------------------------------
CUB_PROTESTERS = actor("protesters in Santiago de Cuba", "CUB", "CVL")
CUB_GOV = actor("Government of Cuba", "CUB", "GOV")
USA = actor("United States", "USA", "GOV")

CUB_S = [
    "In der ostkubanischen Stadt Santiago de Cuba sind am Sonntag Hunderte Menschen gegen die anhaltenden "
    "Stromausfälle und den Mangel an Lebensmitteln auf die Straße gegangen.",
    "„Strom und Essen“, riefen Demonstranten auf Videos, die in Onlinenetzwerken verbreitet wurden.",
    "Die Polizei nahm mindestens sechs Menschen fest, wie die Menschenrechtsorganisation Justicia 11J mitteilte.",
    "Staatschef Miguel Díaz-Canel räumte ein, dass die Versorgungslage angespannt sei, machte aber die "
    "US-Sanktionen und „Feinde der Revolution“ für die Unruhen verantwortlich.",
    "Außenminister Bruno Rodríguez bestellte am Montag den US-Geschäftsträger in Havanna ein und warf Washington "
    "Einmischung in die inneren Angelegenheiten Kubas vor.",
    "Die US-Botschaft wies die Vorwürfe zurück.",
    "Sie rief die kubanische Regierung auf, die Rechte der Demonstranten zu achten.",
    "Kuba erlebt derzeit die schwerste Wirtschaftskrise seit Jahrzehnten.",
    "Russland lieferte am Wochenende 90.000 Tonnen Erdöl als humanitäre Hilfe, wie die Regierung in Havanna "
    "mitteilte.",
]

CUBA = {
    "id": "hm10-de-02", "lang": "de", "published": "2024-03-19", "title": None,
    "text": paragraphs(CUB_S[0:3], CUB_S[3:5], CUB_S[5:7], CUB_S[7:9]),
    "events": [
        event("PROTEST", CUB_PROTESTERS, CUB_GOV, CUB_S[0], mode="demo", date="2024-03-17",
              location="Santiago de Cuba", location_country="CUB"),
        event("COERCE", actor("Cuban police", "CUB", "COP"), CUB_PROTESTERS, CUB_S[2], mode="arrest"),
        event("ACCUSE", actor("Miguel Díaz-Canel", "CUB", "GOV"), USA, CUB_S[3], mode="allege"),
        event("ACCUSE", actor("Bruno Rodríguez Parrilla", "CUB", "GOV"), USA, CUB_S[4], mode="allege",
              date="2024-03-18", location="Havana", location_country="CUB"),
        event("REQUEST", actor("US embassy in Havana", "USA", "GOV"), CUB_GOV, CUB_S[6], mode="change"),
        event("AID", actor("Russia", "RUS", "GOV"), actor("Cuba", "CUB", "GOV"), CUB_S[8]),
    ],
    "quotes": [
        quote("Strom und Essen", "protesters in Santiago de Cuba", "direct"),
        quote("Die Polizei nahm mindestens sechs Menschen fest", "Justicia 11J", "indirect"),
        quote("dass die Versorgungslage angespannt sei", "Miguel Díaz-Canel", "indirect"),
        quote("Feinde der Revolution", "Miguel Díaz-Canel", "direct"),
        quote("Russland lieferte am Wochenende 90.000 Tonnen Erdöl als humanitäre Hilfe", "Government of Cuba",
              "indirect"),
    ],
    "entities": [
        entity("Santiago de Cuba", "LOC", "CUB", ["Santiago de Cuba"]),
        entity("Miguel Díaz-Canel", "PER", "CUB", ["Staatschef Miguel Díaz-Canel"]),
        entity("Bruno Rodríguez Parrilla", "PER", "CUB", ["Außenminister Bruno Rodríguez"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("US embassy in Havana", "ORG", "USA", ["Die US-Botschaft", "Sie"]),
        entity("Justicia 11J", "ORG", "CUB", ["Menschenrechtsorganisation Justicia 11J"]),
        entity("Russia", "GPE", "RUS", ["Russland"]),
    ],
}

# --- Azerbaijan and Russia row over deaths in Yekaterinburg --------------------------------
AZE = actor("Azerbaijan", "AZE", "GOV")
RUS_POLICE = actor("Russian police", "RUS", "COP")
SPUTNIK = actor("Sputnik Azerbaijan", "RUS", "GOV")
ZAKHAROVA = actor("Maria Zakharova", "RUS", "GOV")

AZE_S = [
    "Der Streit zwischen Aserbaidschan und Russland über den Tod zweier Aserbaidschaner in russischem "
    "Polizeigewahrsam spitzt sich zu.",
    "Die aserbaidschanische Polizei durchsuchte am Montag in Baku die Büros der russischen Staatsagentur Sputnik "
    "und nahm zwei Mitarbeiter fest, wie das Innenministerium mitteilte.",
    "Bei Razzien der russischen Polizei gegen mutmaßliche kriminelle Banden in Jekaterinburg waren am Freitag zwei "
    "Brüder ums Leben gekommen.",
    "Baku wirft den Beamten vor, die Männer zu Tode geprügelt zu haben.",
    "Das russische Außenministerium bestellte daraufhin den aserbaidschanischen Botschafter in Moskau ein.",
    "Sprecherin Maria Sacharowa bezeichnete die Festnahmen in Baku als „unfreundliche Handlungen“ und forderte die "
    "sofortige Freilassung der Journalisten.",
    "Aserbaidschan hatte bereits am Wochenende alle Kulturveranstaltungen mit russischer Beteiligung abgesagt.",
    "Kremlsprecher Dmitri Peskow sagte, Moskau lege weiterhin großen Wert auf gute Beziehungen zu Baku.",
]

AZE_RUS = {
    "id": "hm10-de-03", "lang": "de", "published": "2025-07-01", "title": None,
    "text": paragraphs(AZE_S[0:2], AZE_S[2:4], AZE_S[4:6], AZE_S[6:8]),
    "events": [
        event("COERCE", actor("Azerbaijani police", "AZE", "COP"), SPUTNIK, AZE_S[1], mode="arrest",
              date="2025-06-30", location="Baku", location_country="AZE"),
        event("COERCE", RUS_POLICE, actor("Azerbaijani nationals in Yekaterinburg", "AZE", "CVL"), AZE_S[2],
              mode="seize", date="2025-06-27", location="Yekaterinburg", location_country="RUS"),
        event("ACCUSE", AZE, RUS_POLICE, AZE_S[3], mode="allege"),
        event("ACCUSE", actor("Russian foreign ministry", "RUS", "GOV"),
              actor("Ambassador of Azerbaijan to Russia", "AZE", "GOV"), AZE_S[4], mode="disapprove",
              location="Moscow", location_country="RUS"),
        event("ACCUSE", ZAKHAROVA, AZE, AZE_S[5], mode="disapprove"),
        event("REQUEST", ZAKHAROVA, AZE, AZE_S[5], mode="yield"),
        event("SANCTION", AZE, actor("Russia", "RUS", "GOV"), AZE_S[6], mode="discontinue"),
    ],
    "quotes": [
        quote("Die aserbaidschanische Polizei durchsuchte am Montag in Baku die Büros der russischen Staatsagentur "
              "Sputnik und nahm zwei Mitarbeiter fest", "Azerbaijani interior ministry", "indirect"),
        quote("unfreundliche Handlungen", "Maria Zakharova", "direct"),
        quote("Moskau lege weiterhin großen Wert auf gute Beziehungen zu Baku", "Dmitry Peskov", "indirect"),
    ],
    "entities": [
        entity("Azerbaijan", "GPE", "AZE", ["Aserbaidschan", "Baku"]),
        entity("Russia", "GPE", "RUS", ["Russland", "Moskau"]),
        entity("Sputnik Azerbaijan", "ORG", "RUS", ["der russischen Staatsagentur Sputnik"]),
        entity("Maria Zakharova", "PER", "RUS", ["Sprecherin Maria Sacharowa"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Yekaterinburg", "LOC", "RUS", ["Jekaterinburg"]),
    ],
}

# --- Madagascar: protests over water and power cuts --------------------------------------
RAJOELINA = actor("Andry Rajoelina", "MDG", "GOV")
MDG_PROTESTERS = actor("protesters in Antananarivo", "MDG", "CVL")
MDG_FORCES = actor("Malagasy security forces", "MDG", "COP")

MDG_S = [
    "Nach tagelangen Protesten gegen Wasser- und Stromausfälle hat sich Madagaskars Präsident Andry Rajoelina bei "
    "der Bevölkerung entschuldigt und die Entlassung der Regierung angekündigt.",
    "„Ich habe die Botschaft verstanden“, sagte der Staatschef am Montagabend in einer Fernsehansprache.",
    "Sicherheitskräfte hatten zuvor in der Hauptstadt Antananarivo Tränengas und Gummigeschosse gegen Tausende "
    "überwiegend junge Demonstranten eingesetzt.",
    "Die Demonstranten, die sich über soziale Medien organisieren, verlangten auch den Rücktritt des Präsidenten.",
    "Die Behörden verhängten eine nächtliche Ausgangssperre.",
    "Mindestens 22 Menschen seien getötet worden, teilte UN-Menschenrechtskommissar Volker Türk in Genf mit.",
    "Er rief die Sicherheitskräfte auf, auf unverhältnismäßige Gewalt zu verzichten.",
    "Die Regierung bezeichnete die Zahlen als übertrieben.",
    "Die Strom- und Wasserausfälle in der Hauptstadt dauerten zuletzt teils mehr als zwölf Stunden am Tag.",
    "Rajoelina regiert die Insel im Indischen Ozean seit 2019, er war bereits von 2009 bis 2014 an der Macht.",
]

MADAGASCAR = {
    "id": "hm10-de-04", "lang": "de", "published": "2025-09-30", "title": None,
    "text": paragraphs(MDG_S[0:2], MDG_S[2:5], MDG_S[5:8], MDG_S[8:10]),
    "events": [
        event("CONCEDE", RAJOELINA, actor("population of Madagascar", "MDG", "CVL"), MDG_S[0]),
        event("ASSAULT", MDG_FORCES, MDG_PROTESTERS, MDG_S[2], mode="crowd-control", location="Antananarivo",
              location_country="MDG"),
        event("REQUEST", MDG_PROTESTERS, RAJOELINA, MDG_S[3], mode="yield"),
        event("COERCE", actor("Government of Madagascar", "MDG", "GOV"), None, MDG_S[4], mode="curfew"),
        event("REQUEST", actor("Volker Türk", "UNO", "IGO"), MDG_FORCES, MDG_S[6], mode="change"),
    ],
    "quotes": [
        quote("Ich habe die Botschaft verstanden", "Andry Rajoelina", "direct"),
        quote("Mindestens 22 Menschen seien getötet worden", "Volker Türk", "indirect"),
    ],
    "entities": [
        entity("Andry Rajoelina", "PER", "MDG", ["Madagaskars Präsident Andry Rajoelina", "der Staatschef"]),
        entity("Antananarivo", "LOC", "MDG", ["Antananarivo"]),
        entity("Volker Türk", "PER", "UNO", ["UN-Menschenrechtskommissar Volker Türk", "Er"]),
        entity("Geneva", "LOC", "CHE", ["Genf"]),
    ],
}

# --- Nepal: prime minister resigns after deadly protests ----------------------------------
OLI = actor("K. P. Sharma Oli", "NPL", "GOV")
NPL_GOV = actor("Government of Nepal", "NPL", "GOV")
NPL_PROTESTERS = actor("protesters in Kathmandu", "NPL", "CVL")
PLATFORMS = actor("social media platforms", "MNC", "BUS")

NPL_S = [
    "Nepal's Prime Minister K.P. Sharma Oli resigned on Tuesday, a day after police opened fire on young "
    "protesters in Kathmandu, killing at least 19 people.",
    "In a letter to the president, Oli said he was stepping down to allow a political solution to the crisis.",
    "Demonstrators defied a curfew on Tuesday and set fire to the parliament building and the homes of several "
    "politicians, witnesses said.",
    "The army called on protesters to show restraint and said it would take over security in the capital from "
    "Tuesday evening.",
    "The protests erupted after the government blocked 26 social media platforms, including Facebook and YouTube, "
    "for failing to register with the authorities.",
    "Home Minister Ramesh Lekhak stepped down on Monday night, and the government lifted the ban hours later.",
    "UN human rights chief Volker Türk said he was shocked by the killings and called for a prompt and "
    "transparent investigation.",
    "\"Violence is not the answer,\" he said.",
]

NEPAL = {
    "id": "hm10-en-01", "lang": "en", "published": "2025-09-09", "title": None,
    "text": paragraphs(NPL_S[0:2], NPL_S[2:4], NPL_S[4:6], NPL_S[6:8]),
    "events": [
        event("RETREAT", OLI, None, NPL_S[0], mode="resign", date="2025-09-09"),
        event("ASSAULT", actor("Nepal Police", "NPL", "COP"), NPL_PROTESTERS, NPL_S[0], mode="firearms",
              date="2025-09-08", location="Kathmandu", location_country="NPL"),
        event("PROTEST", NPL_PROTESTERS, NPL_GOV, NPL_S[2], mode="riot", date="2025-09-09"),
        event("REQUEST", actor("Nepali Army", "NPL", "MIL"), NPL_PROTESTERS, NPL_S[3]),
        event("COERCE", NPL_GOV, PLATFORMS, NPL_S[4], mode="censor"),
        event("RETREAT", actor("Ramesh Lekhak", "NPL", "GOV"), None, NPL_S[5], mode="resign", date="2025-09-08"),
        event("RETREAT", NPL_GOV, PLATFORMS, NPL_S[5], date="2025-09-08"),
        event("ACCUSE", actor("Volker Türk", "UNO", "IGO"), NPL_GOV, NPL_S[6], mode="disapprove"),
        event("REQUEST", actor("Volker Türk", "UNO", "IGO"), NPL_GOV, NPL_S[6]),
    ],
    "quotes": [
        quote("he was stepping down to allow a political solution to the crisis", "K. P. Sharma Oli", "indirect"),
        quote("Demonstrators defied a curfew on Tuesday and set fire to the parliament building and the homes of "
              "several politicians", "witnesses", "indirect"),
        quote("it would take over security in the capital from Tuesday evening", "Nepali Army", "indirect"),
        quote("he was shocked by the killings", "Volker Türk", "indirect"),
        quote("Violence is not the answer", "Volker Türk", "direct"),
    ],
    "entities": [
        entity("K. P. Sharma Oli", "PER", "NPL", ["Nepal's Prime Minister K.P. Sharma Oli", "Oli", "he"]),
        entity("Kathmandu", "LOC", "NPL", ["Kathmandu"]),
        entity("Ramesh Lekhak", "PER", "NPL", ["Home Minister Ramesh Lekhak"]),
        entity("Volker Türk", "PER", "UNO", ["UN human rights chief Volker Türk"]),
        entity("Facebook", "ORG", "MNC", ["Facebook"]),
        entity("YouTube", "ORG", "MNC", ["YouTube"]),
    ],
}

# --- Jordan bans the Muslim Brotherhood ---------------------------------------------------
JOR_GOV = actor("Government of Jordan", "JOR", "GOV")
BROTHERHOOD = actor("Muslim Brotherhood in Jordan", "JOR", "OPP")
FARAYA = actor("Mazen al-Faraya", "JOR", "GOV")

JOR_S = [
    "Jordan has banned the Muslim Brotherhood and ordered the seizure of its assets, a week after authorities said "
    "they had foiled a plot to attack targets inside the kingdom with rockets and drones.",
    "Interior Minister Mazen al-Faraya said on Wednesday that any activity by the group was now illegal and that "
    "anyone promoting its ideas would be held accountable.",
    "He accused members of the Brotherhood of manufacturing weapons and explosives at secret sites.",
    "Security services arrested 16 people last week in connection with the alleged plot.",
    "The ban does not apply to the Islamic Action Front, the Brotherhood's political arm, which won 31 seats in "
    "last year's parliamentary election.",
    "The party said it had no links to the suspects and would continue its work within the law.",
    "A government spokesman said the decision was \"not directed against any political party\" but against those "
    "who threatened the country's stability.",
]

JORDAN = {
    "id": "hm10-en-02", "lang": "en", "published": "2025-04-24", "title": None,
    "text": paragraphs(JOR_S[0:3], JOR_S[3:4], JOR_S[4:7]),
    "events": [
        event("COERCE", JOR_GOV, BROTHERHOOD, JOR_S[0], mode="ban"),
        event("THREATEN", FARAYA, BROTHERHOOD, JOR_S[1], mode="arrest", date="2025-04-23"),
        event("ACCUSE", FARAYA, BROTHERHOOD, JOR_S[2], mode="allege"),
        event("COERCE", actor("Jordanian security services", "JOR", "COP"), actor("suspects in the alleged plot",
              "JOR", "CVL"), JOR_S[3], mode="arrest"),
        event("COERCE", JOR_GOV, actor("Islamic Action Front", "JOR", "PTY"), JOR_S[4], mode="ban", negated=True),
    ],
    "quotes": [
        quote("they had foiled a plot to attack targets inside the kingdom with rockets and drones",
              "Jordanian authorities", "indirect"),
        quote("any activity by the group was now illegal and that anyone promoting its ideas would be held "
              "accountable", "Mazen al-Faraya", "indirect"),
        quote("it had no links to the suspects and would continue its work within the law", "Islamic Action Front",
              "indirect"),
        quote("not directed against any political party", "spokesperson of the Government of Jordan", "direct"),
        quote("the decision was \"not directed against any political party\" but against those who threatened the "
              "country's stability", "spokesperson of the Government of Jordan", "indirect"),
    ],
    "entities": [
        entity("Jordan", "GPE", "JOR", ["Jordan", "the kingdom"]),
        entity("Muslim Brotherhood in Jordan", "ORG", "JOR", ["the Muslim Brotherhood", "the group",
                                                              "the Brotherhood"]),
        entity("Mazen al-Faraya", "PER", "JOR", ["Interior Minister Mazen al-Faraya", "He"]),
        entity("Islamic Action Front", "ORG", "JOR", ["the Islamic Action Front", "The party"]),
    ],
}

ARTICLES = [ZIMBABWE, CUBA, AZE_RUS, MADAGASCAR, NEPAL, JORDAN]
