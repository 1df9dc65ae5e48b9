"""Round 12 of the hand-made articles (handmade12.jsonl), written blind on 2026-11-29.

Invented wire-style texts (plausible, not reported facts), annotated after
../shared/data/articles/CONVENTIONS.md without running the pipeline on them and without
reading the rule code or rounds 3-10.
"""
from __future__ import annotations

from annotate import actor, entity, event, paragraphs, quote

# --- Togo: deaths at protests against Faure Gnassingbé -------------------------------------
TGO_PROTESTERS = actor("protesters in Lomé", "TGO", "CVL")
GNASSINGBE = actor("Faure Gnassingbé", "TGO", "GOV")
TGO_POLICE = actor("Togolese police", "TGO", "COP")
TGO_GOV = actor("Government of Togo", "TGO", "GOV")
TGO_OPP = actor("Togolese opposition", "TGO", "OPP")
TPMC = actor("Touche pas à ma Constitution", "TGO", "NGO")

TGO_S = [
    "Bei Protesten gegen Staatschef Faure Gnassingbé sind in Togos Hauptstadt Lomé nach Angaben von "
    "Menschenrechtlern mindestens sieben Menschen ums Leben gekommen.",
    "Die Leichen mehrerer Demonstranten seien aus einer Lagune geborgen worden, teilte die Bürgerbewegung "
    "»Touche pas à ma Constitution« am Freitag mit.",
    "Die Bewegung warf den Sicherheitskräften vor, Protestierende in das Wasser gejagt zu haben.",
    "Die Regierung wies das zurück und sprach von Badeunfällen.",
    "Die Polizei hatte am Donnerstag Tränengas gegen Demonstranten eingesetzt, die in mehreren Vierteln "
    "Barrikaden aus brennenden Reifen errichtet hatten.",
    "Mehr als 60 Demonstranten wurden festgenommen.",
    "Gnassingbé hatte sich im Mai nach einer umstrittenen Verfassungsänderung als Präsident des Ministerrats "
    "vereidigen lassen – ein Amt ohne Begrenzung der Amtszeit.",
    "Die Opposition spricht von einem „Verfassungsputsch“.",
    "Die westafrikanische Regionalorganisation Ecowas rief die Regierung in Lomé zum Dialog mit der Opposition auf.",
    "Ein Treffen mit Vertretern der Opposition lehnte Gnassingbé bislang ab.",
    "Die Familie Gnassingbé regiert das Land seit 1967.",
]

TOGO = {
    "id": "hm12-de-01", "lang": "de", "published": "2025-06-28", "title": None,
    "text": paragraphs(TGO_S[0:4], TGO_S[4:6], TGO_S[6:10], TGO_S[10:11]),
    "events": [
        event("PROTEST", TGO_PROTESTERS, GNASSINGBE, TGO_S[0], mode="demo", location="Lomé", location_country="TGO"),
        event("ACCUSE", TPMC, actor("Togolese security forces", "TGO", "COP"), TGO_S[2], mode="allege"),
        event("ASSAULT", TGO_POLICE, TGO_PROTESTERS, TGO_S[4], mode="crowd-control", date="2025-06-26",
              location="Lomé", location_country="TGO"),
        event("PROTEST", TGO_PROTESTERS, GNASSINGBE, TGO_S[4], mode="obstruct", date="2025-06-26",
              location="Lomé", location_country="TGO"),
        event("COERCE", TGO_POLICE, TGO_PROTESTERS, TGO_S[5], mode="arrest"),
        event("ACCUSE", TGO_OPP, GNASSINGBE, TGO_S[7], mode="disapprove"),
        event("REQUEST", actor("ECOWAS", "IGO", "IGO"), TGO_GOV, TGO_S[8], mode="meet"),
        event("REJECT", GNASSINGBE, TGO_OPP, TGO_S[9], mode="meet"),
    ],
    "quotes": [
        quote("Die Leichen mehrerer Demonstranten seien aus einer Lagune geborgen worden",
              "Touche pas à ma Constitution", "indirect"),
        quote("Protestierende in das Wasser gejagt zu haben", "Touche pas à ma Constitution", "indirect"),
        quote("Verfassungsputsch", "Togolese opposition", "direct"),
    ],
    "entities": [
        entity("Faure Gnassingbé", "PER", "TGO", ["Staatschef Faure Gnassingbé", "Gnassingbé"]),
        entity("Lomé", "LOC", "TGO", ["Togos Hauptstadt Lomé"]),
        entity("Touche pas à ma Constitution", "ORG", "TGO",
               ["die Bürgerbewegung »Touche pas à ma Constitution«", "Die Bewegung"]),
        entity("Togolese security forces", "ORG", "TGO", ["den Sicherheitskräften"]),
        entity("Government of Togo", "ORG", "TGO", ["Die Regierung", "die Regierung in Lomé"]),
        entity("Togolese police", "ORG", "TGO", ["Die Polizei"]),
        entity("Togolese opposition", "ORG", "TGO", ["Die Opposition", "der Opposition"]),
        entity("ECOWAS", "ORG", "IGO", ["Die westafrikanische Regionalorganisation Ecowas"]),
        entity("Togo", "GPE", "TGO", ["Togos", "das Land"]),
    ],
}

# --- Bolivia: Morales says shots were fired at his car --------------------------------------
MORALES = actor("Evo Morales", "BOL", "OPP")
BOL_GOV = actor("Government of Bolivia", "BOL", "GOV")
ARCE = actor("Luis Arce", "BOL", "GOV")
MORALES_SUPPORTERS = actor("supporters of Evo Morales", "BOL", "CVL")

BOL_S = [
    "Boliviens früherer Präsident Evo Morales hat der Regierung vorgeworfen, ihn ermorden lassen zu wollen.",
    "Unbekannte hätten am Sonntag im Departamento Cochabamba mehr als ein Dutzend Schüsse auf sein Auto abgefeuert, "
    "sagte Morales in einem Radiointerview.",
    "Sein Fahrer sei dabei am Kopf verletzt worden.",
    "Innenminister Eduardo del Castillo wies die Darstellung zurück.",
    "Morales' Leibwächter hätten an einer Polizeikontrolle das Feuer auf Beamte eröffnet, sagte der Minister.",
    "Dabei seien zwei Polizisten verletzt worden.",
    "Anhänger von Morales blockieren seit zwei Wochen wichtige Fernstraßen, um ein Strafverfahren gegen den "
    "Ex-Präsidenten zu verhindern.",
    "Die Staatsanwaltschaft ermittelt gegen ihn wegen einer mutmaßlichen Beziehung zu einer Minderjährigen.",
    "Präsident Luis Arce forderte die Blockierer auf, die Straßen binnen 48 Stunden freizugeben.",
    "Andernfalls werde die Regierung Polizei und Militär einsetzen, sagte er.",
    "Morales und Arce sind seit Jahren um die Führung der Regierungspartei MAS zerstritten.",
    "Die Blockaden haben in mehreren Städten zu Engpässen bei Lebensmitteln und Treibstoff geführt.",
]

BOLIVIA = {
    "id": "hm12-de-02", "lang": "de", "published": "2024-10-28", "title": None,
    "text": paragraphs(BOL_S[0:3], BOL_S[3:6], BOL_S[6:8], BOL_S[8:10], BOL_S[10:12]),
    "events": [
        event("ACCUSE", MORALES, BOL_GOV, BOL_S[0], mode="allege"),
        event("ACCUSE", actor("Eduardo del Castillo", "BOL", "GOV"), actor("bodyguards of Evo Morales", "BOL", "OPP"),
              BOL_S[4], mode="allege"),
        event("PROTEST", MORALES_SUPPORTERS, BOL_GOV, BOL_S[6], mode="obstruct"),
        event("ACCUSE", actor("Bolivian prosecutors", "BOL", "JUD"), MORALES, BOL_S[7], mode="investigate"),
        event("REQUEST", ARCE, MORALES_SUPPORTERS, BOL_S[8], mode="yield"),
        event("THREATEN", ARCE, MORALES_SUPPORTERS, BOL_S[9], mode="violence"),
    ],
    "quotes": [
        quote("ihn ermorden lassen zu wollen", "Evo Morales", "indirect"),
        quote("Unbekannte hätten am Sonntag im Departamento Cochabamba mehr als ein Dutzend Schüsse auf sein Auto "
              "abgefeuert", "Evo Morales", "indirect"),
        quote("Sein Fahrer sei dabei am Kopf verletzt worden", "Evo Morales", "indirect"),
        quote("Morales' Leibwächter hätten an einer Polizeikontrolle das Feuer auf Beamte eröffnet",
              "Eduardo del Castillo", "indirect"),
        quote("Dabei seien zwei Polizisten verletzt worden", "Eduardo del Castillo", "indirect"),
        quote("Andernfalls werde die Regierung Polizei und Militär einsetzen", "Luis Arce", "indirect"),
    ],
    "entities": [
        entity("Evo Morales", "PER", "BOL", ["Boliviens früherer Präsident Evo Morales", "Morales", "Morales'",
                                             "den Ex-Präsidenten", "ihn"]),
        entity("Government of Bolivia", "ORG", "BOL", ["der Regierung", "die Regierung"]),
        entity("Cochabamba", "LOC", "BOL", ["Departamento Cochabamba"]),
        entity("Eduardo del Castillo", "PER", "BOL", ["Innenminister Eduardo del Castillo", "der Minister"]),
        entity("Bolivian prosecutors", "ORG", "BOL", ["Die Staatsanwaltschaft"]),
        entity("Luis Arce", "PER", "BOL", ["Präsident Luis Arce", "er", "Arce"]),
        entity("Movement for Socialism (MAS)", "ORG", "BOL", ["der Regierungspartei MAS"]),
    ],
}

# --- India strikes Pakistan after the Pahalgam attack ----------------------------------------
IND_MIL = actor("Indian armed forces", "IND", "MIL")
PAK_MIL = actor("Pakistani army", "PAK", "MIL")
INDIA = actor("India", "IND", "GOV")
PAKISTAN = actor("Pakistan", "PAK", "GOV")
DAR = actor("Ishaq Dar", "PAK", "GOV")
GUTERRES = actor("António Guterres", "UNO", "IGO")

IND_S = [
    "Indien hat in der Nacht zum Mittwoch nach eigenen Angaben neun Ziele in Pakistan und im pakistanisch "
    "verwalteten Teil Kaschmirs mit Raketen angegriffen.",
    "Es seien ausschließlich Einrichtungen von Terrorgruppen getroffen worden, die für den Anschlag im indischen "
    "Pahalgam mit 26 Toten verantwortlich seien, erklärte das Verteidigungsministerium in Neu-Delhi.",
    "Der pakistanische Außenminister sprach von einem »kriegerischen Akt« und kündigte eine Antwort an.",
    "Die pakistanische Armee habe fünf indische Kampfflugzeuge abgeschossen, sagte Militärsprecher Ahmed Sharif "
    "Chaudhry.",
    "Indien äußerte sich dazu zunächst nicht.",
    "Entlang der Kontrolllinie in Kaschmir lieferten sich beide Armeen zudem schwere Artilleriegefechte.",
    "Nach indischen Angaben wurden im Bezirk Poonch mindestens zehn Zivilisten durch pakistanischen Beschuss "
    "getötet.",
    "UN-Generalsekretär António Guterres rief beide Länder zu »maximaler militärischer Zurückhaltung« auf.",
    "Die beiden Atommächte beanspruchen die Himalaya-Region Kaschmir jeweils vollständig für sich.",
]

INDIA_PAKISTAN = {
    "id": "hm12-de-03", "lang": "de", "published": "2025-05-07", "title": None,
    "text": paragraphs(IND_S[0:2], IND_S[2:5], IND_S[5:7], IND_S[7:9]),
    "events": [
        event("ASSAULT", IND_MIL, PAKISTAN, IND_S[0], mode="aerial", date="2025-05-07", location_country="PAK"),
        event("ASSAULT", IND_MIL, actor("militant groups in Pakistan", "PAK", "REB"), IND_S[1], mode="aerial",
              date="2025-05-07", location_country="PAK"),
        event("ACCUSE", actor("Ministry of Defence of India", "IND", "GOV"),
              actor("militant groups in Pakistan", "PAK", "REB"), IND_S[1], mode="allege"),
        event("ACCUSE", DAR, INDIA, IND_S[2], mode="disapprove"),
        event("THREATEN", DAR, INDIA, IND_S[2], mode="violence"),
        event("ASSAULT", PAK_MIL, actor("Indian Air Force", "IND", "MIL"), IND_S[3], date="2025-05-07"),
        event("ASSAULT", IND_MIL, PAK_MIL, IND_S[5], mode="heavy-weapons", location="Kashmir"),
        event("ASSAULT", PAK_MIL, IND_MIL, IND_S[5], mode="heavy-weapons", location="Kashmir"),
        event("ACCUSE", INDIA, PAK_MIL, IND_S[6], mode="allege"),
        event("REQUEST", GUTERRES, INDIA, IND_S[7], mode="yield"),
        event("REQUEST", GUTERRES, PAKISTAN, IND_S[7], mode="yield"),
    ],
    "quotes": [
        quote("Es seien ausschließlich Einrichtungen von Terrorgruppen getroffen worden, die für den Anschlag im "
              "indischen Pahalgam mit 26 Toten verantwortlich seien", "Ministry of Defence of India", "indirect"),
        quote("kriegerischen Akt", "Ishaq Dar", "direct"),
        quote("Die pakistanische Armee habe fünf indische Kampfflugzeuge abgeschossen", "Ahmed Sharif Chaudhry",
              "indirect"),
        quote("wurden im Bezirk Poonch mindestens zehn Zivilisten durch pakistanischen Beschuss getötet", "India",
              "indirect"),
        quote("maximaler militärischer Zurückhaltung", "António Guterres", "direct"),
    ],
    "entities": [
        entity("India", "GPE", "IND", ["Indien", "Neu-Delhi"]),
        entity("Pakistan", "GPE", "PAK", ["Pakistan"]),
        entity("Kashmir", "LOC", None, ["Kaschmirs", "Kaschmir", "die Himalaya-Region Kaschmir"]),
        entity("Pahalgam", "LOC", "IND", ["Pahalgam"]),
        entity("Ministry of Defence of India", "ORG", "IND", ["das Verteidigungsministerium in Neu-Delhi"]),
        entity("Ishaq Dar", "PER", "PAK", ["Der pakistanische Außenminister"]),
        entity("Pakistani army", "ORG", "PAK", ["Die pakistanische Armee"]),
        entity("Ahmed Sharif Chaudhry", "PER", "PAK", ["Militärsprecher Ahmed Sharif Chaudhry"]),
        entity("Poonch", "LOC", "IND", ["im Bezirk Poonch"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
    ],
}

# --- Slovakia: mass protests against Fico, row with Kyiv over energy ------------------------
SVK_PROTESTERS = actor("protesters in Slovakia", "SVK", "CVL")
FICO = actor("Robert Fico", "SVK", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")

SVK_S = [
    "In der Slowakei sind am Freitag erneut Zehntausende Menschen gegen die Politik von Ministerpräsident Robert "
    "Fico auf die Straße gegangen.",
    "Allein in Bratislava versammelten sich nach Schätzungen der Veranstalter rund 60.000 Demonstranten unter dem "
    "Motto „Die Slowakei ist Europa“.",
    "Die Organisatoren werfen Fico vor, das Land außenpolitisch an Russland heranzuführen.",
    "Der Regierungschef hatte im Dezember Kremlchef Wladimir Putin in Moskau besucht.",
    "Fico wies die Kritik zurück und warf der Opposition vor, mit ausländischer Hilfe einen Umsturz vorzubereiten.",
    "Die Oppositionspartei Progressive Slowakei forderte den Rücktritt der Regierung.",
    "Zugleich verschärfte sich der Streit mit der Ukraine um Energielieferungen.",
    "Fico drohte Kiew damit, die Stromlieferungen in das Nachbarland einzustellen, nachdem zum Jahreswechsel der "
    "Transit von russischem Gas durch die Ukraine ausgelaufen war.",
    "Der ukrainische Präsident Wolodymyr Selenskyj warf Fico vor, im Auftrag Moskaus eine »zweite Energiefront« "
    "gegen die Ukraine zu eröffnen.",
    "Ein Treffen Ficos mit Selenskyj kam bislang nicht zustande.",
    "Fico regiert seit Herbst 2023 zum vierten Mal.",
]

SLOVAKIA = {
    "id": "hm12-de-04", "lang": "de", "published": "2025-01-25", "title": None,
    "text": paragraphs(SVK_S[0:4], SVK_S[4:6], SVK_S[6:10], SVK_S[10:11]),
    "events": [
        event("PROTEST", SVK_PROTESTERS, FICO, SVK_S[0], mode="demo", date="2025-01-24"),
        event("PROTEST", SVK_PROTESTERS, FICO, SVK_S[1], mode="demo", date="2025-01-24", location="Bratislava",
              location_country="SVK"),
        event("ACCUSE", actor("organizers of the protests in Slovakia", "SVK", "CVL"), FICO, SVK_S[2], mode="allege"),
        event("CONSULT", FICO, actor("Vladimir Putin", "RUS", "GOV"), SVK_S[3], mode="visit", location="Moscow",
              location_country="RUS"),
        event("ACCUSE", FICO, actor("Slovak opposition", "SVK", "OPP"), SVK_S[4], mode="allege"),
        event("REQUEST", actor("Progressive Slovakia", "SVK", "PTY"), actor("Government of Slovakia", "SVK", "GOV"),
              SVK_S[5], mode="change"),
        event("THREATEN", FICO, actor("Ukraine", "UKR", "GOV"), SVK_S[7]),
        event("ACCUSE", ZELENSKY, FICO, SVK_S[8], mode="allege"),
        event("CONSULT", FICO, ZELENSKY, SVK_S[9], negated=True),
    ],
    "quotes": [
        quote("Die Slowakei ist Europa", "protesters in Slovakia", "direct"),
        quote("das Land außenpolitisch an Russland heranzuführen", "organizers of the protests in Slovakia",
              "indirect"),
        quote("mit ausländischer Hilfe einen Umsturz vorzubereiten", "Robert Fico", "indirect"),
        quote("im Auftrag Moskaus eine »zweite Energiefront« gegen die Ukraine zu eröffnen", "Volodymyr Zelensky",
              "indirect"),
        quote("zweite Energiefront", "Volodymyr Zelensky", "direct"),
    ],
    "entities": [
        entity("Slovakia", "GPE", "SVK", ["der Slowakei", "Die Slowakei", "das Land"]),
        entity("Robert Fico", "PER", "SVK", ["Ministerpräsident Robert Fico", "Fico", "Der Regierungschef", "Ficos"]),
        entity("Bratislava", "LOC", "SVK", ["Bratislava"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Russia", "GPE", "RUS", ["Russland", "Moskaus"]),
        entity("Slovak opposition", "ORG", "SVK", ["der Opposition"]),
        entity("Progressive Slovakia", "ORG", "SVK", ["Die Oppositionspartei Progressive Slowakei"]),
        entity("Government of Slovakia", "ORG", "SVK", ["der Regierung"]),
        entity("Ukraine", "GPE", "UKR", ["der Ukraine", "Kiew", "das Nachbarland", "die Ukraine"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Der ukrainische Präsident Wolodymyr Selenskyj", "Selenskyj"]),
    ],
}

# --- Turkey: court jails Istanbul mayor Imamoglu ---------------------------------------------
IMAMOGLU = actor("Ekrem Imamoglu", "TUR", "OPP")
TUR_PROTESTERS = actor("protesters in Turkey", "TUR", "CVL")
TUR_POLICE = actor("Turkish police", "TUR", "COP")
TURKEY = actor("Turkey", "TUR", "GOV")

TUR_S = [
    "A Turkish court on Sunday ordered Istanbul Mayor Ekrem Imamoglu jailed pending trial on corruption charges, "
    "deepening the country's biggest wave of street protests in a decade.",
    "The Interior Ministry said Imamoglu had been suspended from his post.",
    "Imamoglu, the main rival of President Recep Tayyip Erdogan, denies the accusations.",
    "\"We will never bow down,\" he wrote on X.",
    "Tens of thousands of people rallied in Istanbul and other cities for a fifth night on Sunday.",
    "Police used tear gas, pepper spray and rubber bullets against demonstrators outside Istanbul city hall.",
    "Interior Minister Ali Yerlikaya said 1,133 people had been detained since Wednesday.",
    "Ozgur Ozel, leader of the main opposition Republican People's Party (CHP), accused Erdogan of staging \"a coup "
    "against our next president.\"",
    "The Justice Ministry said the judiciary was independent.",
    "The European Commission urged Ankara to uphold democratic values, while Germany's foreign ministry called the "
    "arrest \"a severe setback for democracy in Turkey.\"",
]

TURKEY_IMAMOGLU = {
    "id": "hm12-en-01", "lang": "en", "published": "2025-03-24", "title": None,
    "text": paragraphs(TUR_S[0:4], TUR_S[4:7], TUR_S[7:10]),
    "events": [
        event("COERCE", actor("Turkish court", "TUR", "JUD"), IMAMOGLU, TUR_S[0], mode="arrest", date="2025-03-23"),
        event("COERCE", actor("Ministry of Interior of Turkey", "TUR", "GOV"), IMAMOGLU, TUR_S[1], mode="restrict"),
        event("PROTEST", TUR_PROTESTERS, TURKEY, TUR_S[4], mode="demo", date="2025-03-23", location="Istanbul",
              location_country="TUR"),
        event("ASSAULT", TUR_POLICE, TUR_PROTESTERS, TUR_S[5], mode="crowd-control", date="2025-03-23",
              location="Istanbul", location_country="TUR"),
        event("COERCE", TUR_POLICE, TUR_PROTESTERS, TUR_S[6], mode="arrest"),
        event("ACCUSE", actor("Ozgur Ozel", "TUR", "OPP"), actor("Recep Tayyip Erdogan", "TUR", "GOV"), TUR_S[7],
              mode="allege"),
        event("REQUEST", actor("European Commission", "EUR", "IGO"), TURKEY, TUR_S[9], mode="change"),
        event("ACCUSE", actor("German foreign ministry", "DEU", "GOV"), TURKEY, TUR_S[9], mode="disapprove"),
    ],
    "quotes": [
        quote("Imamoglu had been suspended from his post", "Ministry of Interior of Turkey", "indirect"),
        quote("We will never bow down", "Ekrem Imamoglu", "direct"),
        quote("1,133 people had been detained since Wednesday", "Ali Yerlikaya", "indirect"),
        quote("a coup against our next president", "Ozgur Ozel", "direct"),
        quote("the judiciary was independent", "Ministry of Justice of Turkey", "indirect"),
        quote("a severe setback for democracy in Turkey", "German foreign ministry", "direct"),
    ],
    "entities": [
        entity("Ekrem Imamoglu", "PER", "TUR", ["Istanbul Mayor Ekrem Imamoglu", "Imamoglu", "he", "his"]),
        entity("Ministry of Interior of Turkey", "ORG", "TUR", ["The Interior Ministry"]),
        entity("Recep Tayyip Erdogan", "PER", "TUR", ["President Recep Tayyip Erdogan", "Erdogan"]),
        entity("Istanbul", "LOC", "TUR", ["Istanbul"]),
        entity("Turkish police", "ORG", "TUR", ["Police"]),
        entity("Ali Yerlikaya", "PER", "TUR", ["Interior Minister Ali Yerlikaya"]),
        entity("Ozgur Ozel", "PER", "TUR", ["Ozgur Ozel"]),
        entity("Republican People's Party (CHP)", "ORG", "TUR", ["the main opposition Republican People's Party "
                                                                  "(CHP)"]),
        entity("Ministry of Justice of Turkey", "ORG", "TUR", ["The Justice Ministry"]),
        entity("European Commission", "ORG", "EUR", ["The European Commission"]),
        entity("Turkey", "GPE", "TUR", ["Ankara", "Turkey", "the country's"]),
        entity("German foreign ministry", "ORG", "DEU", ["Germany's foreign ministry"]),
    ],
}

# --- Nigeria: state of emergency in Rivers State ---------------------------------------------
TINUBU = actor("Bola Tinubu", "NGA", "GOV")
FUBARA = actor("Siminalayi Fubara", "NGA", "GOV")

NGA_S = [
    "Nigerian President Bola Tinubu has declared a state of emergency in the oil-rich Rivers State and suspended "
    "its governor, Siminalayi Fubara, for six months.",
    "In a televised address on Tuesday evening, Tinubu said the governor had done nothing to stop a wave of "
    "attacks on oil pipelines.",
    "He appointed a retired navy chief, Ibok-Ete Ibas, to run the state.",
    "Fubara has been locked in a power struggle with his predecessor Nyesom Wike, now a minister in Tinubu's "
    "cabinet.",
    "The opposition Peoples Democratic Party (PDP) condemned the move as \"an attack on democracy\" and said it "
    "would challenge it in court.",
    "The Nigerian Bar Association said the president had no power to remove an elected governor.",
    "Soldiers were deployed to the state capital Port Harcourt on Wednesday, residents told Reuters.",
    "Fubara urged his supporters to stay calm.",
    "Rivers State is home to much of Nigeria's oil and gas industry.",
]

NIGERIA = {
    "id": "hm12-en-02", "lang": "en", "published": "2025-03-19", "title": None,
    "text": paragraphs(NGA_S[0:3], NGA_S[3:4], NGA_S[4:6], NGA_S[6:8], NGA_S[8:9]),
    "events": [
        event("COERCE", TINUBU, None, NGA_S[0], mode="curfew", date="2025-03-18", location="Rivers State",
              location_country="NGA"),
        event("COERCE", TINUBU, FUBARA, NGA_S[0], mode="restrict", date="2025-03-18"),
        event("ACCUSE", TINUBU, FUBARA, NGA_S[1], mode="allege", date="2025-03-18"),
        event("ACCUSE", actor("Peoples Democratic Party (PDP)", "NGA", "PTY"), TINUBU, NGA_S[4], mode="disapprove"),
        event("ACCUSE", actor("Nigerian Bar Association", "NGA", "NGO"), TINUBU, NGA_S[5], mode="disapprove"),
        event("MOBILIZE", actor("Nigerian Army", "NGA", "MIL"), None, NGA_S[6], mode="troops", date="2025-03-19",
              location="Port Harcourt", location_country="NGA"),
        event("REQUEST", FUBARA, actor("supporters of Siminalayi Fubara", "NGA", "CVL"), NGA_S[7]),
    ],
    "quotes": [
        quote("the governor had done nothing to stop a wave of attacks on oil pipelines", "Bola Tinubu", "indirect"),
        quote("an attack on democracy", "Peoples Democratic Party (PDP)", "direct"),
        quote("it would challenge it in court", "Peoples Democratic Party (PDP)", "indirect"),
        quote("the president had no power to remove an elected governor", "Nigerian Bar Association", "indirect"),
        quote("Soldiers were deployed to the state capital Port Harcourt on Wednesday", "residents of Port Harcourt",
              "indirect"),
    ],
    "entities": [
        entity("Bola Tinubu", "PER", "NGA", ["Nigerian President Bola Tinubu", "Tinubu", "He", "Tinubu's",
                                             "the president"]),
        entity("Rivers State", "LOC", "NGA", ["the oil-rich Rivers State", "the state", "Rivers State"]),
        entity("Siminalayi Fubara", "PER", "NGA", ["its governor, Siminalayi Fubara", "the governor", "Fubara",
                                                   "his"]),
        entity("Ibok-Ete Ibas", "PER", "NGA", ["a retired navy chief, Ibok-Ete Ibas"]),
        entity("Nyesom Wike", "PER", "NGA", ["his predecessor Nyesom Wike"]),
        entity("Peoples Democratic Party (PDP)", "ORG", "NGA", ["The opposition Peoples Democratic Party (PDP)"]),
        entity("Nigerian Bar Association", "ORG", "NGA", ["The Nigerian Bar Association"]),
        entity("Port Harcourt", "LOC", "NGA", ["the state capital Port Harcourt"]),
        entity("Reuters", "ORG", "GBR", ["Reuters"]),
        entity("Nigeria", "GPE", "NGA", ["Nigeria's", "Nigerian"]),
    ],
}

ARTICLES = [TOGO, BOLIVIA, INDIA_PAKISTAN, SLOVAKIA, TURKEY_IMAMOGLU, NIGERIA]
