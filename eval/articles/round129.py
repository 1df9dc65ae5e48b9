"""Round 129: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm129-de-01: Eastern Libya's Hammad government declares EU commissioner Brunner and three ministers persona non grata in Benghazi (2025-07-08).
- hm129-de-02: Turkey removes the pro-Kurdish mayors of Mardin, Batman and Halfeti; protests in Mardin (2024-11-04).
- hm129-de-03: Deadly protests against Faure Gnassingbé in Lomé, Togo; AU, ECOWAS and Amnesty appeal (2025-06-28).
- hm129-de-04: Panama declares a state of emergency in Bocas del Toro during the banana workers' strike (2025-06-21).
- hm129-en-01: Israel's Knesset passes laws banning UNRWA; UN, US and Jordan object (2024-10-28).
- hm129-en-02: Honduras' Castro orders the end of the extradition treaty with the US after ambassador Dogu's remarks (2024-08-29).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm129-de-01
GNS = actor("Government of National Stability", "LBY", "GOV")
PIANTEDOSI = actor("Matteo Piantedosi", "ITA", "GOV")
CAMILLERI = actor("Byron Camilleri", "MLT", "GOV")
EU_DELEGATION = actor("EU delegation", "EUR", "IGO")
EC_SPOKESPERSON = actor("Spokesperson of the European Commission", "EUR", "IGO")
DBEIBAH = actor("Abdul Hamid Dbeibah", "LBY", "GOV")
GERAPETRITIS = actor("Giorgos Gerapetritis", "GRC", "GOV")
HAFTAR = actor("Khalifa Haftar", "LBY", "MIL")
LBY_AUTHORITIES = actor("Libyan authorities", "LBY", "GOV")

A1 = "Die im Osten Libyens herrschende Gegenregierung hat am Dienstag eine europäische Delegation um EU-Migrationskommissar Magnus Brunner kurz nach ihrer Landung in Bengasi zu unerwünschten Personen erklärt."
A2 = "Die Delegation, der neben Brunner der italienische Innenminister Matteo Piantedosi, sein maltesischer Amtskollege Byron Camilleri und der griechische Migrationsminister Thanos Plevris angehörten, musste den Flughafen Benina nach wenigen Stunden wieder verlassen."
A3 = "Die international nicht anerkannte Regierung von Ministerpräsident Ossama Hammad warf der Delegation in einer Erklärung eine „eklatante Verletzung diplomatischer Gepflogenheiten“ und der libyschen Souveränität vor."
A4 = "Die Besucher hätten sich geweigert, Vertreter der Regierung zu treffen, und allein ein Gespräch mit dem Kommandeur der selbst ernannten Libyschen Nationalarmee, Chalifa Haftar, angestrebt, hieß es weiter."
A5 = "Eine Sprecherin der EU-Kommission in Brüssel sprach von einem „Protokollproblem“ und bedauerte die Entscheidung."
A6 = "Am Vormittag war die Delegation in Tripolis vom Regierungschef der international anerkannten Einheitsregierung, Abdul Hamid Dbeibah, empfangen worden."
A7 = "Dabei sei es vor allem um die stark gestiegene Zahl von Migranten gegangen, die von Libyen aus nach Kreta und Italien übersetzten, sagte ein EU-Diplomat."
A8 = "Der griechische Außenminister Giorgos Gerapetritis war erst am Sonntag in Bengasi von Haftar empfangen worden."
A9 = "Piantedosi sagte nach seiner Rückkehr in Rom, Italien sei weiterhin bereit, auch mit den Behörden im Osten Libyens zu sprechen."
A10 = "Camilleri forderte die libyschen Behörden auf, entschlossener gegen Schleuserbanden vorzugehen."
A11 = "Libyen ist seit dem Sturz von Machthaber Muammar al-Gaddafi 2011 gespalten; im Osten herrscht faktisch Haftar, dessen Sohn Saddam als designierter Nachfolger gilt."

DE01 = {
    "id": "hm129-de-01", "lang": "de", "url": None, "published": "2025-07-08",
    "title": "Ost-Libyen weist EU-Delegation aus",
    "text": paragraphs([A1, A2, A3, A4, A5], [A6, A7, A8], [A9, A10, A11]),
    "events": [
        event("SANCTION", GNS, EU_DELEGATION, A1, mode="expel", date="2025-07-08", location="Benghazi", location_country="LBY"),
        event("ACCUSE", GNS, EU_DELEGATION, A3, mode="allege"),
        event("ACCUSE", GNS, EU_DELEGATION, A4, mode="allege"),
        event("ACCUSE", EC_SPOKESPERSON, GNS, A5, mode="disapprove"),
        event("CONSULT", EU_DELEGATION, DBEIBAH, A6, mode="visit", date="2025-07-08", location="Tripoli", location_country="LBY"),
        event("CONSULT", GERAPETRITIS, HAFTAR, A8, mode="visit", date="2025-07-06", location="Benghazi", location_country="LBY"),
        event("AGREE", PIANTEDOSI, GNS, A9),
        event("REQUEST", CAMILLERI, LBY_AUTHORITIES, A10, mode="change"),
    ],
    "quotes": [
        quote("eklatante Verletzung diplomatischer Gepflogenheiten", "Government of National Stability", "direct"),
        quote("Die Besucher hätten sich geweigert, Vertreter der Regierung zu treffen, und allein ein Gespräch mit dem Kommandeur der selbst ernannten Libyschen Nationalarmee, Chalifa Haftar, angestrebt", "Government of National Stability", "indirect"),
        quote("Protokollproblem", "Spokesperson of the European Commission", "direct"),
        quote("Dabei sei es vor allem um die stark gestiegene Zahl von Migranten gegangen, die von Libyen aus nach Kreta und Italien übersetzten", "EU diplomat", "indirect"),
        quote("Italien sei weiterhin bereit, auch mit den Behörden im Osten Libyens zu sprechen", "Matteo Piantedosi", "indirect"),
        quote("entschlossener gegen Schleuserbanden vorzugehen", "Byron Camilleri", "indirect"),
    ],
    "entities": [
        entity("Libya", "GPE", "LBY", ["Libyens", "Libyen"]),
        entity("Government of National Stability", "ORG", "LBY", ["Die im Osten Libyens herrschende Gegenregierung", "Die international nicht anerkannte Regierung von Ministerpräsident Ossama Hammad", "der Regierung", "den Behörden im Osten Libyens"]),
        entity("Magnus Brunner", "PER", "EUR", ["EU-Migrationskommissar Magnus Brunner", "Brunner"]),
        entity("Italy", "GPE", "ITA", ["Italien"]),
        entity("Benghazi", "LOC", "LBY", ["Bengasi"]),
        entity("EU delegation", "ORG", "EUR", ["eine europäische Delegation um EU-Migrationskommissar Magnus Brunner", "ihrer", "Die Delegation", "der Delegation", "Die Besucher", "die Delegation"]),
        entity("Matteo Piantedosi", "PER", "ITA", ["der italienische Innenminister Matteo Piantedosi", "Piantedosi", "seiner"]),
        entity("Byron Camilleri", "PER", "MLT", ["sein maltesischer Amtskollege Byron Camilleri", "Camilleri"]),
        entity("Thanos Plevris", "PER", "GRC", ["der griechische Migrationsminister Thanos Plevris"]),
        entity("Benina International Airport", "LOC", "LBY", ["den Flughafen Benina"]),
        entity("Osama Hammad", "PER", "LBY", ["Ministerpräsident Ossama Hammad"]),
        entity("Libyan National Army", "ORG", "LBY", ["der selbst ernannten Libyschen Nationalarmee"]),
        entity("Khalifa Haftar", "PER", "LBY", ["dem Kommandeur der selbst ernannten Libyschen Nationalarmee, Chalifa Haftar", "Haftar"]),
        entity("European Commission", "ORG", "EUR", ["der EU-Kommission"]),
        entity("Spokesperson of the European Commission", "PER", "EUR", ["Eine Sprecherin der EU-Kommission"]),
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("Tripoli", "LOC", "LBY", ["Tripolis"]),
        entity("Government of National Unity", "ORG", "LBY", ["der international anerkannten Einheitsregierung"]),
        entity("Abdul Hamid Dbeibah", "PER", "LBY", ["Regierungschef der international anerkannten Einheitsregierung, Abdul Hamid Dbeibah"]),
        entity("migrants", "ORG", None, ["Migranten"]),
        entity("Crete", "LOC", "GRC", ["Kreta"]),
        entity("EU diplomat", "PER", "EUR", ["ein EU-Diplomat"]),
        entity("Giorgos Gerapetritis", "PER", "GRC", ["Der griechische Außenminister Giorgos Gerapetritis"]),
        entity("Rome", "LOC", "ITA", ["Rom"]),
        entity("Libyan authorities", "ORG", "LBY", ["die libyschen Behörden"]),
        entity("smuggling gangs", "ORG", None, ["Schleuserbanden"]),
        entity("Muammar Gaddafi", "PER", "LBY", ["Machthaber Muammar al-Gaddafi"]),
        entity("Saddam Haftar", "PER", "LBY", ["dessen Sohn Saddam"]),
    ],
}

# ---------------------------------------------------------------- hm129-de-02
TUR_INTERIOR = actor("Interior Ministry of Turkey", "TUR", "GOV")
KURD_MAYORS = actor("pro-Kurdish mayors", "TUR", "GOV")
AHMET_TURK = actor("Ahmet Türk", "TUR", "GOV")
MARDIN_PROTESTERS = actor("Mardin protesters", "TUR", "CVL")
TUR_POLICE = actor("Turkish police", "TUR", "COP")
DEM = actor("DEM Party", "TUR", "PTY")
HATIMOGULLARI = actor("Tülay Hatimoğulları", "TUR", "PTY")
TUR_GOV = actor("Government of Turkey", "TUR", "GOV")
OZEL = actor("Özgür Özel", "TUR", "OPP")
BAHCELI = actor("Devlet Bahçeli", "TUR", "PTY")
OCALAN = actor("Abdullah Öcalan", "TUR", "REB")

B1 = "Das türkische Innenministerium hat am Montag drei prokurdische Bürgermeister im Südosten des Landes abgesetzt und durch staatliche Zwangsverwalter ersetzt."
B2 = "Betroffen sind der 82-jährige Ahmet Türk in Mardin, Gülistan Sönük in Batman und Mehmet Karayılan in Halfeti in der Provinz Şanlıurfa."
B3 = "Das Ministerium begründete den Schritt mit laufenden Terrorverfahren und früheren Verurteilungen der Politiker."
B4 = "Türk habe Verbindungen zur verbotenen Arbeiterpartei Kurdistans (PKK), hieß es in einer Mitteilung."
B5 = "In Mardin versammelten sich am Abend Hunderte Menschen vor dem Rathaus, um gegen die Absetzung Türks zu protestieren."
B6 = "Die Polizei setzte Wasserwerfer und Tränengas ein und nahm mehrere Demonstranten fest."
B8 = "Die prokurdische DEM-Partei, der alle drei Bürgermeister angehören, sprach von einem „Putsch gegen den Willen des Volkes“."
B9 = "Die Regierung trete das Ergebnis der Kommunalwahl vom März mit Füßen, sagte Ko-Vorsitzende Tülay Hatimoğulları in Ankara."
B10 = "Auch der Vorsitzende der größten Oppositionspartei CHP, Özgür Özel, verurteilte das Vorgehen und kündigte an, Türk am Dienstag in Mardin zu besuchen."
B11 = "Die Absetzungen erfolgen nur zwei Wochen, nachdem Devlet Bahçeli, Chef der ultranationalistischen MHP und Bündnispartner von Präsident Recep Tayyip Erdoğan, dem inhaftierten PKK-Gründer Abdullah Öcalan überraschend einen Auftritt im Parlament in Aussicht gestellt hatte."

DE02 = {
    "id": "hm129-de-02", "lang": "de", "url": None, "published": "2024-11-04",
    "title": "Türkei setzt drei prokurdische Bürgermeister ab",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6], [B8, B9, B10, B11]),
    "events": [
        event("COERCE", TUR_INTERIOR, KURD_MAYORS, B1, mode="restrict", date="2024-11-04"),
        event("ACCUSE", TUR_INTERIOR, KURD_MAYORS, B3, mode="allege"),
        event("ACCUSE", TUR_INTERIOR, AHMET_TURK, B4, mode="allege"),
        event("PROTEST", MARDIN_PROTESTERS, TUR_INTERIOR, B5, mode="demo", date="2024-11-04", location="Mardin", location_country="TUR"),
        event("ASSAULT", TUR_POLICE, MARDIN_PROTESTERS, B6, mode="crowd-control", date="2024-11-04", location="Mardin", location_country="TUR"),
        event("COERCE", TUR_POLICE, MARDIN_PROTESTERS, B6, mode="arrest", date="2024-11-04", location="Mardin", location_country="TUR"),
        event("ACCUSE", DEM, TUR_INTERIOR, B8, mode="disapprove"),
        event("ACCUSE", HATIMOGULLARI, TUR_GOV, B9, mode="disapprove"),
        event("ACCUSE", OZEL, TUR_INTERIOR, B10, mode="disapprove"),
        event("AGREE", OZEL, AHMET_TURK, B10),
        event("AGREE", BAHCELI, OCALAN, B11),
    ],
    "quotes": [
        quote("Türk habe Verbindungen zur verbotenen Arbeiterpartei Kurdistans (PKK)", "Interior Ministry of Turkey", "indirect"),
        quote("Putsch gegen den Willen des Volkes", "DEM Party", "direct"),
        quote("Die Regierung trete das Ergebnis der Kommunalwahl vom März mit Füßen", "Tülay Hatimoğulları", "indirect"),
        quote("Türk am Dienstag in Mardin zu besuchen", "Özgür Özel", "indirect"),
    ],
    "entities": [
        entity("Interior Ministry of Turkey", "ORG", "TUR", ["Das türkische Innenministerium", "Das Ministerium"]),
        entity("pro-Kurdish mayors", "ORG", "TUR", ["drei prokurdische Bürgermeister", "der Politiker", "alle drei Bürgermeister"]),
        entity("Turkey", "GPE", "TUR", ["des Landes"]),
        entity("trustees", "ORG", "TUR", ["staatliche Zwangsverwalter"]),
        entity("Ahmet Türk", "PER", "TUR", ["der 82-jährige Ahmet Türk", "Türk", "Türks"]),
        entity("Mardin", "LOC", "TUR", ["Mardin"]),
        entity("Gülistan Sönük", "PER", "TUR", ["Gülistan Sönük"]),
        entity("Batman", "LOC", "TUR", ["Batman"]),
        entity("Mehmet Karayılan", "PER", "TUR", ["Mehmet Karayılan"]),
        entity("Halfeti", "LOC", "TUR", ["Halfeti"]),
        entity("Şanlıurfa Province", "LOC", "TUR", ["der Provinz Şanlıurfa"]),
        entity("PKK", "ORG", "TUR", ["verbotenen Arbeiterpartei Kurdistans (PKK)", "PKK"]),
        entity("Mardin protesters", "ORG", "TUR", ["Hunderte Menschen", "mehrere Demonstranten"]),
        entity("Mardin town hall", "LOC", "TUR", ["dem Rathaus"]),
        entity("Turkish police", "ORG", "TUR", ["Die Polizei"]),
        entity("DEM Party", "ORG", "TUR", ["Die prokurdische DEM-Partei"]),
        entity("Government of Turkey", "ORG", "TUR", ["Die Regierung"]),
        entity("Tülay Hatimoğulları", "PER", "TUR", ["Ko-Vorsitzende Tülay Hatimoğulları"]),
        entity("Ankara", "LOC", "TUR", ["Ankara"]),
        entity("CHP", "ORG", "TUR", ["der größten Oppositionspartei CHP"]),
        entity("Özgür Özel", "PER", "TUR", ["der Vorsitzende der größten Oppositionspartei CHP, Özgür Özel"]),
        entity("Devlet Bahçeli", "PER", "TUR", ["Devlet Bahçeli"]),
        entity("MHP", "ORG", "TUR", ["der ultranationalistischen MHP"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["Präsident Recep Tayyip Erdoğan"]),
        entity("Abdullah Öcalan", "PER", "TUR", ["dem inhaftierten PKK-Gründer Abdullah Öcalan"]),
        entity("Grand National Assembly of Turkey", "ORG", "TUR", ["Parlament"]),
    ],
}

# ---------------------------------------------------------------- hm129-de-03
TGO_PROTESTERS = actor("Togolese protesters", "TGO", "CVL")
GNASSINGBE = actor("Faure Gnassingbé", "TGO", "GOV")
TGO_SECURITY = actor("Togolese security forces", "TGO", "COP")
TGO_POLICE = actor("Togolese police", "TGO", "COP")
TGO_GOV = actor("Government of Togo", "TGO", "GOV")
TGO_ACTIVISTS = actor("Togolese diaspora activists", "TGO", "CVL")
TGO_OPP = actor("Togolese opposition", "TGO", "OPP")
AAMRON = actor("Aamron", "TGO", "CVL")
AU = actor("African Union", "IGO", "IGO")
ECOWAS = actor("ECOWAS", "IGO", "IGO")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
AMNESTY_SPOKES = actor("Spokesperson of Amnesty International", "NGO", "NGO")

C1 = "Bei Protesten gegen Togos Staatschef Faure Gnassingbé sind in der Hauptstadt Lomé nach Angaben von Menschenrechtsgruppen mindestens sieben Menschen ums Leben gekommen."
C2 = "Mehrere Leichen seien aus Lagunen und Kanälen der Stadt geborgen worden, teilten die Organisationen am Samstag mit."
C3 = "Seit Donnerstag hatten Sicherheitskräfte immer wieder Tränengas gegen Demonstranten eingesetzt, die in mehreren Vierteln Straßen mit brennenden Reifen blockierten."
C4 = "Die Polizei nahm Dutzende Menschen fest."
C5 = "Die Regierung warf im Ausland lebenden Aktivisten vor, die Jugend über soziale Netzwerke zum Aufruhr anzustacheln."
C6 = "Ein Regierungssprecher erklärte, die in den Lagunen gefundenen Menschen seien ertrunken, nachdem sie vor der Polizei geflohen seien."
C7 = "Auslöser der Proteste ist eine Verfassungsreform, nach der Gnassingbé Anfang Mai als Präsident des Ministerrats vereidigt wurde – ein neu geschaffenes Amt ohne Begrenzung der Amtszeiten."
C8 = "Die Opposition wirft ihm vor, sich auf diese Weise die Macht auf Lebenszeit zu sichern."
C9 = "Bereits Ende Mai war der regierungskritische Rapper Aamron festgenommen und später in eine psychiatrische Klinik gebracht worden, was Anfang Juni erste Kundgebungen auslöste."
C10 = "Die Afrikanische Union und die westafrikanische Regionalorganisation Ecowas riefen die Regierung in Lomé zur Zurückhaltung auf."
C11 = "Amnesty International verlangte eine unabhängige Untersuchung der Todesfälle und die Freilassung aller festgenommenen Demonstranten."
C12 = "„Die Behörden müssen das Recht auf friedlichen Protest respektieren“, sagte eine Sprecherin der Organisation in Dakar."

DE03 = {
    "id": "hm129-de-03", "lang": "de", "url": None, "published": "2025-06-28",
    "title": "Tote bei Protesten gegen Gnassingbé in Togo",
    "text": paragraphs([C1, C2, C3, C4, C5, C6], [C7, C8, C9], [C10, C11, C12]),
    "events": [
        event("PROTEST", TGO_PROTESTERS, GNASSINGBE, C1, mode="demo", location="Lomé", location_country="TGO"),
        event("ASSAULT", TGO_SECURITY, TGO_PROTESTERS, C3, mode="crowd-control", date="2025-06-26", location="Lomé", location_country="TGO"),
        event("PROTEST", TGO_PROTESTERS, TGO_GOV, C3, mode="obstruct", date="2025-06-26", location="Lomé", location_country="TGO"),
        event("COERCE", TGO_POLICE, TGO_PROTESTERS, C4, mode="arrest", location="Lomé", location_country="TGO"),
        event("ACCUSE", TGO_GOV, TGO_ACTIVISTS, C5, mode="allege"),
        event("ACCUSE", TGO_OPP, GNASSINGBE, C8, mode="allege"),
        event("COERCE", TGO_SECURITY, AAMRON, C9, mode="arrest"),
        event("PROTEST", TGO_PROTESTERS, TGO_GOV, C9, mode="demo"),
        event("REQUEST", AU, TGO_GOV, C10),
        event("REQUEST", ECOWAS, TGO_GOV, C10),
        event("REQUEST", AMNESTY, TGO_GOV, C11, mode="yield"),
        event("REQUEST", AMNESTY_SPOKES, TGO_GOV, C12, mode="change"),
    ],
    "quotes": [
        quote("Bei Protesten gegen Togos Staatschef Faure Gnassingbé sind in der Hauptstadt Lomé nach Angaben von Menschenrechtsgruppen mindestens sieben Menschen ums Leben gekommen", "human rights groups", "indirect"),
        quote("Mehrere Leichen seien aus Lagunen und Kanälen der Stadt geborgen worden", "human rights groups", "indirect"),
        quote("die Jugend über soziale Netzwerke zum Aufruhr anzustacheln", "Government of Togo", "indirect"),
        quote("die in den Lagunen gefundenen Menschen seien ertrunken, nachdem sie vor der Polizei geflohen seien", "Spokesperson of the Government of Togo", "indirect"),
        quote("sich auf diese Weise die Macht auf Lebenszeit zu sichern", "Togolese opposition", "indirect"),
        quote("Die Behörden müssen das Recht auf friedlichen Protest respektieren", "Spokesperson of Amnesty International", "direct"),
    ],
    "entities": [
        entity("Togo", "GPE", "TGO", ["Togos"]),
        entity("Faure Gnassingbé", "PER", "TGO", ["Togos Staatschef Faure Gnassingbé", "Gnassingbé", "ihm"]),
        entity("Lomé", "LOC", "TGO", ["der Hauptstadt Lomé", "der Stadt", "Lomé"]),
        entity("human rights groups", "ORG", None, ["Menschenrechtsgruppen", "die Organisationen"]),
        entity("lagoons and canals of Lomé", "LOC", "TGO", ["Lagunen und Kanälen der Stadt", "den Lagunen"]),
        entity("Togolese security forces", "ORG", "TGO", ["Sicherheitskräfte"]),
        entity("Togolese protesters", "ORG", "TGO", ["Demonstranten", "Dutzende Menschen", "aller festgenommenen Demonstranten"]),
        entity("Togolese police", "ORG", "TGO", ["Die Polizei", "der Polizei"]),
        entity("Government of Togo", "ORG", "TGO", ["Die Regierung", "die Regierung in Lomé", "Die Behörden"]),
        entity("Togolese diaspora activists", "ORG", "TGO", ["im Ausland lebenden Aktivisten"]),
        entity("Togolese youth", "ORG", "TGO", ["die Jugend"]),
        entity("Spokesperson of the Government of Togo", "PER", "TGO", ["Ein Regierungssprecher"]),
        entity("Togolese opposition", "ORG", "TGO", ["Die Opposition"]),
        entity("Aamron", "PER", "TGO", ["der regierungskritische Rapper Aamron"]),
        entity("psychiatric clinic", "LOC", "TGO", ["eine psychiatrische Klinik"]),
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union"]),
        entity("ECOWAS", "ORG", "IGO", ["die westafrikanische Regionalorganisation Ecowas"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International", "der Organisation"]),
        entity("Spokesperson of Amnesty International", "PER", "NGO", ["eine Sprecherin der Organisation"]),
        entity("Dakar", "LOC", "SEN", ["Dakar"]),
    ],
}

# ---------------------------------------------------------------- hm129-de-04
MULINO = actor("José Raúl Mulino", "PAN", "GOV")
PAN_GOV = actor("Government of Panama", "PAN", "GOV")
PAN_PROTESTERS = actor("Bocas del Toro protesters", "PAN", "CVL")
PAN_POLICE = actor("Panama National Police", "PAN", "COP")
CHIQUITA = actor("Chiquita", "MNC", "BUS")
STRIKE_LEADERS = actor("Sitraibana leaders", "PAN", "LAB")
SITRAIBANA = actor("Sitraibana", "PAN", "LAB")
BANANA_WORKERS = actor("Bocas del Toro banana workers", "PAN", "LAB")
FRANCISCO_SMITH = actor("Francisco Smith", "PAN", "LAB")
PAN_OMBUDSMAN = actor("Defensoría del Pueblo", "PAN", "GOV")
PAN_SECURITY = actor("Panamanian security forces", "PAN", "COP")

D1 = "Panamas Präsident José Raúl Mulino hat nach gewaltsamen Ausschreitungen am Freitagabend den Ausnahmezustand über die Provinz Bocas del Toro an der Grenze zu Costa Rica verhängt."
D2 = "Für zunächst fünf Tage sind dort Grundrechte wie die Versammlungsfreiheit ausgesetzt, zudem ließ die Regierung das mobile Internet in der Provinz abschalten."
D3 = "Demonstranten hatten zuvor in der Stadt Changuinola eine Polizeiwache sowie Büros und Lagerhallen des Bananenkonzerns Chiquita gestürmt und in Brand gesetzt."
D4 = "Mulino warf den Anführern der streikenden Bananenarbeiter vor, die Provinz „in Geiselhaft“ zu nehmen."
D5 = "Die Gewerkschaft Sitraibana streikt seit Ende April gegen eine Reform der Sozialversicherung, die nach Darstellung der Arbeiter ihre Renten kürzt und das Rentenalter anhebt."
D6 = "Chiquita entließ daraufhin im Mai fast 5000 Beschäftigte und legte seine Plantagen in der Region still."
D7 = "Gewerkschaftschef Francisco Smith war vergangene Woche von der Polizei festgenommen worden."
D8 = "Die Ombudsstelle Defensoría del Pueblo rief die Sicherheitskräfte zur Verhältnismäßigkeit auf."
D9 = "Die Abschaltung des Internets treffe Tausende Familien, die mit den Unruhen nichts zu tun hätten, hieß es in einer Erklärung der Behörde."
D10 = "Mulino lehnte es erneut ab, das Gesetz zurückzunehmen: „Das Gesetz bleibt, wie es ist.“"

DE04 = {
    "id": "hm129-de-04", "lang": "de", "url": None, "published": "2025-06-21",
    "title": "Panama verhängt Ausnahmezustand in Bananenprovinz",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7], [D8, D9, D10]),
    "events": [
        event("COERCE", MULINO, None, D1, mode="martial-law", date="2025-06-20", location="Bocas del Toro", location_country="PAN"),
        event("COERCE", PAN_GOV, None, D2, mode="withhold", location="Bocas del Toro", location_country="PAN"),
        event("PROTEST", PAN_PROTESTERS, PAN_POLICE, D3, mode="riot", location="Changuinola", location_country="PAN"),
        event("PROTEST", PAN_PROTESTERS, CHIQUITA, D3, mode="riot", location="Changuinola", location_country="PAN"),
        event("ACCUSE", MULINO, STRIKE_LEADERS, D4, mode="allege"),
        event("PROTEST", SITRAIBANA, PAN_GOV, D5, mode="strike", location="Bocas del Toro", location_country="PAN"),
        event("SANCTION", CHIQUITA, BANANA_WORKERS, D6, mode="discontinue", location="Bocas del Toro", location_country="PAN"),
        event("COERCE", PAN_POLICE, FRANCISCO_SMITH, D7, mode="arrest"),
        event("REQUEST", PAN_OMBUDSMAN, PAN_SECURITY, D8, mode="change"),
        event("ACCUSE", PAN_OMBUDSMAN, PAN_GOV, D9, mode="disapprove"),
        event("REJECT", MULINO, SITRAIBANA, D10, mode="change"),
    ],
    "quotes": [
        quote("in Geiselhaft", "José Raúl Mulino", "direct"),
        quote("die Provinz „in Geiselhaft“ zu nehmen", "José Raúl Mulino", "indirect"),
        quote("ihre Renten kürzt und das Rentenalter anhebt", "Bocas del Toro banana workers", "indirect"),
        quote("Die Abschaltung des Internets treffe Tausende Familien, die mit den Unruhen nichts zu tun hätten", "Defensoría del Pueblo", "indirect"),
        quote("Das Gesetz bleibt, wie es ist", "José Raúl Mulino", "direct"),
    ],
    "entities": [
        entity("Panama", "GPE", "PAN", ["Panamas"]),
        entity("José Raúl Mulino", "PER", "PAN", ["Panamas Präsident José Raúl Mulino", "Mulino"]),
        entity("Bocas del Toro", "LOC", "PAN", ["die Provinz Bocas del Toro", "dort", "der Provinz", "die Provinz", "der Region"]),
        entity("Costa Rica", "GPE", "CRI", ["Costa Rica"]),
        entity("Government of Panama", "ORG", "PAN", ["die Regierung"]),
        entity("Bocas del Toro protesters", "ORG", "PAN", ["Demonstranten"]),
        entity("Changuinola", "LOC", "PAN", ["der Stadt Changuinola"]),
        entity("Changuinola police station", "LOC", "PAN", ["eine Polizeiwache"]),
        entity("Chiquita", "ORG", "MNC", ["des Bananenkonzerns Chiquita", "Chiquita", "seine"]),
        entity("Sitraibana leaders", "ORG", "PAN", ["den Anführern der streikenden Bananenarbeiter"]),
        entity("Sitraibana", "ORG", "PAN", ["Die Gewerkschaft Sitraibana"]),
        entity("Bocas del Toro banana workers", "ORG", "PAN", ["der Arbeiter", "fast 5000 Beschäftigte"]),
        entity("Francisco Smith", "PER", "PAN", ["Gewerkschaftschef Francisco Smith"]),
        entity("Panama National Police", "ORG", "PAN", ["der Polizei"]),
        entity("Defensoría del Pueblo", "ORG", "PAN", ["Die Ombudsstelle Defensoría del Pueblo", "der Behörde"]),
        entity("Panamanian security forces", "ORG", "PAN", ["die Sicherheitskräfte"]),
        entity("families in Bocas del Toro", "ORG", "PAN", ["Tausende Familien"]),
    ],
}

# ---------------------------------------------------------------- hm129-en-01
KNESSET = actor("Knesset", "ISR", "LEG")
UNRWA = actor("UNRWA", "UNO", "IGO")
BILL_SPONSORS = actor("sponsors of the UNRWA bills", "ISR", "LEG")
UN_OIOS = actor("UN Office of Internal Oversight Services", "UNO", "IGO")
UNRWA_STAFF = actor("UNRWA staff members", "UNO", "IGO")
LAZZARINI = actor("Philippe Lazzarini", "UNO", "IGO")
GUTERRES = actor("Antonio Guterres", "UNO", "IGO")
ISRAEL = actor("Israel", "ISR", "GOV")
MILLER = actor("Matthew Miller", "USA", "GOV")
USA = actor("United States", "USA", "GOV")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
JOR_FM = actor("Foreign Ministry of Jordan", "JOR", "GOV")
PA = actor("Palestinian Authority", "PSE", "GOV")
UNSC = actor("UN Security Council", "UNO", "IGO")

E1 = "Israel's parliament on Monday passed two laws that ban the U.N. agency for Palestinian refugees from operating on Israeli soil and cut all official ties with it."
E2 = "Lawmakers who sponsored the bills say UNRWA has been infiltrated by Hamas and that a dozen of its employees took part in the Oct. 7, 2023 attack on southern Israel."
E3 = "A U.N. internal investigation found in August that nine staff members may have been involved, and UNRWA fired them."
E4 = "UNRWA Commissioner-General Philippe Lazzarini called the vote \"unprecedented\" and warned on X that the laws would only deepen the suffering of Palestinians."
E5 = "U.N. Secretary-General Antonio Guterres urged Israel to act in line with its obligations under international law and said he would bring the matter to the General Assembly."
E6 = "In Washington, State Department spokesman Matthew Miller said the United States was \"deeply concerned\" and had urged the Israeli government not to implement the legislation."
E7 = "Prime Minister Benjamin Netanyahu said UNRWA workers involved in terrorist activities must be held accountable, but that Israel stood ready to work with international partners to keep aid flowing into Gaza."
E8 = "The laws are due to take effect in 90 days."
E9 = "Jordan's Foreign Ministry called the vote a \"flagrant violation of international law,\" while the Palestinian Authority asked the U.N. Security Council to intervene."
E10 = "UNRWA provides schooling, health care and food to millions of Palestinians in Gaza, the occupied West Bank, Jordan, Lebanon and Syria."

EN01 = {
    "id": "hm129-en-01", "lang": "en", "url": None, "published": "2024-10-28",
    "title": "Israeli parliament votes to ban UN refugee agency UNRWA",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6, E7], [E8, E9, E10]),
    "events": [
        event("COERCE", KNESSET, UNRWA, E1, mode="restrict", date="2024-10-28", location="Jerusalem", location_country="ISR"),
        event("SANCTION", KNESSET, UNRWA, E1, mode="discontinue", date="2024-10-28", location="Jerusalem", location_country="ISR"),
        event("ACCUSE", BILL_SPONSORS, UNRWA, E2, mode="allege"),
        event("ACCUSE", UN_OIOS, UNRWA_STAFF, E3, mode="investigate"),
        event("SANCTION", UNRWA, UNRWA_STAFF, E3, mode="expel"),
        event("ACCUSE", LAZZARINI, KNESSET, E4, mode="disapprove"),
        event("REQUEST", GUTERRES, ISRAEL, E5, mode="change"),
        event("ACCUSE", MILLER, ISRAEL, E6, mode="disapprove"),
        event("REQUEST", USA, ISRAEL, E6, mode="change"),
        event("ACCUSE", NETANYAHU, UNRWA, E7, mode="allege"),
        event("AGREE", NETANYAHU, None, E7),
        event("ACCUSE", JOR_FM, KNESSET, E9, mode="disapprove"),
        event("REQUEST", PA, UNSC, E9, mode="assist"),
    ],
    "quotes": [
        quote("UNRWA has been infiltrated by Hamas", "sponsors of the UNRWA bills", "indirect"),
        quote("a dozen of its employees took part in the Oct. 7, 2023 attack on southern Israel", "sponsors of the UNRWA bills", "indirect"),
        quote("nine staff members may have been involved", "UN Office of Internal Oversight Services", "indirect"),
        quote("unprecedented", "Philippe Lazzarini", "direct"),
        quote("the laws would only deepen the suffering of Palestinians", "Philippe Lazzarini", "indirect"),
        quote("he would bring the matter to the General Assembly", "Antonio Guterres", "indirect"),
        quote("deeply concerned", "Matthew Miller", "direct"),
        quote("the United States was \"deeply concerned\" and had urged the Israeli government not to implement the legislation", "Matthew Miller", "indirect"),
        quote("UNRWA workers involved in terrorist activities must be held accountable", "Benjamin Netanyahu", "indirect"),
        quote("Israel stood ready to work with international partners to keep aid flowing into Gaza", "Benjamin Netanyahu", "indirect"),
        quote("flagrant violation of international law", "Foreign Ministry of Jordan", "direct"),
    ],
    "entities": [
        entity("Knesset", "ORG", "ISR", ["Israel's parliament"]),
        entity("Israel", "GPE", "ISR", ["Israel", "Israeli soil", "the Israeli government"]),
        entity("UNRWA", "ORG", "UNO", ["the U.N. agency for Palestinian refugees", "it", "UNRWA"]),
        entity("sponsors of the UNRWA bills", "ORG", "ISR", ["Lawmakers who sponsored the bills"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("UNRWA staff members", "ORG", "UNO", ["a dozen of its employees", "nine staff members", "them", "UNRWA workers involved in terrorist activities"]),
        entity("southern Israel", "LOC", "ISR", ["southern Israel"]),
        entity("UN Office of Internal Oversight Services", "ORG", "UNO", ["A U.N. internal investigation"]),
        entity("Philippe Lazzarini", "PER", "UNO", ["UNRWA Commissioner-General Philippe Lazzarini"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("Palestinians", "ORG", "PSE", ["Palestinians"]),
        entity("Antonio Guterres", "PER", "UNO", ["U.N. Secretary-General Antonio Guterres", "he"]),
        entity("UN General Assembly", "ORG", "UNO", ["the General Assembly"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("US State Department", "ORG", "USA", ["State Department"]),
        entity("Matthew Miller", "PER", "USA", ["State Department spokesman Matthew Miller"]),
        entity("United States", "GPE", "USA", ["the United States"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Prime Minister Benjamin Netanyahu"]),
        entity("international partners", "ORG", None, ["international partners"]),
        entity("Gaza", "LOC", "PSE", ["Gaza"]),
        entity("Foreign Ministry of Jordan", "ORG", "JOR", ["Jordan's Foreign Ministry"]),
        entity("Jordan", "GPE", "JOR", ["Jordan"]),
        entity("Palestinian Authority", "ORG", "PSE", ["the Palestinian Authority"]),
        entity("UN Security Council", "ORG", "UNO", ["the U.N. Security Council"]),
        entity("West Bank", "LOC", "PSE", ["the occupied West Bank"]),
        entity("Lebanon", "GPE", "LBN", ["Lebanon"]),
        entity("Syria", "GPE", "SYR", ["Syria"]),
    ],
}

# ---------------------------------------------------------------- hm129-en-02
CASTRO = actor("Xiomara Castro", "HND", "GOV")
DOGU = actor("Laura Dogu", "USA", "GOV")
USA_JUD = actor("United States", "USA", "JUD")
JM_ZELAYA = actor("José Manuel Zelaya", "HND", "GOV")
PADRINO = actor("Vladimir Padrino López", "VEN", "MIL")
HND_MIL_LEADERS = actor("Honduran military leaders", "HND", "MIL")
REINA = actor("Enrique Reina", "HND", "GOV")
HND_OPP = actor("Honduran opposition lawmakers", "HND", "LEG")

F1 = "Honduran President Xiomara Castro said on Wednesday she had ordered the termination of her country's extradition treaty with the United States, accusing Washington's ambassador of meddling in Honduran affairs."
F2 = "\"The interference and interventionism of the United States, and its intention to direct the politics of Honduras through its embassy, is intolerable,\" Castro wrote on X."
F3 = "The move came a day after U.S. Ambassador Laura Dogu criticized a meeting in Caracas between Honduran Defense Minister Jose Manuel Zelaya and his Venezuelan counterpart Vladimir Padrino Lopez, who is wanted in the United States on drug trafficking charges."
F4 = "Dogu told reporters she had been \"surprised\" to see Honduran military leaders sitting next to a man accused of drug trafficking."
F5 = "Foreign Minister Enrique Reina said the treaty would remain in force for six months under its termination clause and that Honduras remained open to negotiating a new arrangement with Washington."
F7 = "Opposition lawmakers accused Castro of trying to shield political allies from U.S. justice."
F8 = "The U.S. State Department said it was reviewing the announcement."
F9 = "In Caracas, Padrino Lopez thanked Castro on social media for standing up to what he called U.S. \"blackmail.\""

EN02 = {
    "id": "hm129-en-02", "lang": "en", "url": None, "published": "2024-08-29",
    "title": "Honduras moves to end extradition treaty with US after envoy's criticism",
    "text": paragraphs([F1, F2, F3, F4], [F5, F7], [F8, F9]),
    "events": [
        event("SANCTION", CASTRO, USA, F1, mode="discontinue", date="2024-08-28"),
        event("ACCUSE", CASTRO, DOGU, F1, mode="allege", date="2024-08-28"),
        event("ACCUSE", CASTRO, USA, F2, mode="disapprove"),
        event("ACCUSE", DOGU, JM_ZELAYA, F3, mode="disapprove", date="2024-08-27"),
        event("CONSULT", JM_ZELAYA, PADRINO, F3, mode="visit", location="Caracas", location_country="VEN"),
        event("ACCUSE", USA_JUD, PADRINO, F3, mode="allege"),
        event("ACCUSE", DOGU, HND_MIL_LEADERS, F4, mode="disapprove"),
        event("AGREE", REINA, USA, F5),
        event("ACCUSE", HND_OPP, CASTRO, F7, mode="allege"),
        event("SUPPORT", PADRINO, CASTRO, F9),
        event("ACCUSE", PADRINO, USA, F9, mode="disapprove"),
    ],
    "quotes": [
        quote("she had ordered the termination of her country's extradition treaty with the United States", "Xiomara Castro", "indirect"),
        quote("The interference and interventionism of the United States, and its intention to direct the politics of Honduras through its embassy, is intolerable", "Xiomara Castro", "direct"),
        quote("surprised", "Laura Dogu", "direct"),
        quote("she had been \"surprised\" to see Honduran military leaders sitting next to a man accused of drug trafficking", "Laura Dogu", "indirect"),
        quote("the treaty would remain in force for six months under its termination clause and that Honduras remained open to negotiating a new arrangement with Washington", "Enrique Reina", "indirect"),
        quote("of trying to shield political allies from U.S. justice", "Honduran opposition lawmakers", "indirect"),
        quote("it was reviewing the announcement", "US State Department", "indirect"),
        quote("blackmail", "Vladimir Padrino López", "direct"),
    ],
    "entities": [
        entity("Xiomara Castro", "PER", "HND", ["Honduran President Xiomara Castro", "she", "her", "Castro"]),
        entity("Honduras", "GPE", "HND", ["her country", "Honduras"]),
        entity("United States", "GPE", "USA", ["the United States", "Washington"]),
        entity("Laura Dogu", "PER", "USA", ["Washington's ambassador", "U.S. Ambassador Laura Dogu", "Dogu"]),
        entity("US embassy in Honduras", "ORG", "USA", ["its embassy"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("Caracas", "LOC", "VEN", ["Caracas"]),
        entity("José Manuel Zelaya", "PER", "HND", ["Honduran Defense Minister Jose Manuel Zelaya"]),
        entity("Vladimir Padrino López", "PER", "VEN", ["his Venezuelan counterpart Vladimir Padrino Lopez", "Padrino Lopez", "a man accused of drug trafficking", "he"]),
        entity("Honduran military leaders", "ORG", "HND", ["Honduran military leaders"]),
        entity("Enrique Reina", "PER", "HND", ["Foreign Minister Enrique Reina"]),
        entity("Honduran opposition lawmakers", "ORG", "HND", ["Opposition lawmakers"]),
        entity("Castro's political allies", "ORG", "HND", ["political allies"]),
        entity("US State Department", "ORG", "USA", ["The U.S. State Department", "it"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
