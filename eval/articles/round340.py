"""Round 340: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm340-de-01: São Tomé and Príncipe: President Carlos Vila Nova dismisses Patrice Trovoada's government; the ADI speaks of a constitutional coup, Sacramento's demand refused, Vila Nova's offer to the ADI, tear gas on ADI supporters, no arrests, Bom Jesus backs the president, ECCAS offers mediation (2025-01-07).
- hm340-de-02: Zambia: police arrest a Mozambican and a Zambian accused of trying to bewitch President Hakainde Hichilema; charms seized, Nelson Banda named as the client and sought but not caught, Mwiimbu praises the police and threatens, the PF accuses the government and demands a release, Hamoonga refuses (2024-12-23).
- hm340-de-03: Niger: Abdourahamane Tiani sworn in for a five-year transition under a charter that dissolves all political parties; Tiani accuses France, Bazoum still held and no release announced, supporters celebrate, Ag Boula condemns, PNDS and Amnesty demand Bazoum's release, the government refuses, Goïta and Traoré congratulate (2025-03-26).
- hm340-de-04: EAC-SADC joint summit in Dar es Salaam on eastern DR Congo: agreement on a roadmap, demand for a ceasefire within five days, Ruto calls for direct talks with the M23, Tshisekedi stays away, Kinshasa and Kagame trade accusations, Muyaya welcomes the summit but refuses talks, the M23's truce and welcome, fighting in South Kivu (2025-02-08).
- hm340-en-01: Cameroon: ELECAM excludes Maurice Kamto from the presidential election; Essousse cites MANIDEM's double nomination, Kamto attacks the regime and will appeal, supporters tear-gassed and detained in Yaounde, Atanga Nji warns, the CPDM welcomes the list, Tchiroma urges unity, HRW objects, no charges yet (2025-07-27).
- hm340-en-02: Burkina Faso declares U.N. resident coordinator Carol Flore-Smereczniak persona non grata over the U.N. report on children in armed conflict; Karamoko Jean-Marie Traoré's statement, Guterres regrets it through Dujarric, the U.N. asks for reconsideration, Ouédraogo pledges cooperation, Amnesty objects (2025-08-19).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm340-de-01 (São Tomé, Trovoada dismissed)
VILA_NOVA = actor("Carlos Vila Nova", "STP", "GOV")
TROVOADA = actor("Patrice Trovoada", "STP", "GOV")
STP_GOV = actor("Government of São Tomé and Príncipe", "STP", "GOV")
ADI = actor("Independent Democratic Action", "STP", "PTY")
SACRAMENTO = actor("Celmira Sacramento", "STP", "LEG")
ADI_SUPPORTERS = actor("supporters of the Independent Democratic Action", "STP", "CVL")
STP_POLICE = actor("National Police of São Tomé and Príncipe", "STP", "COP")
BOM_JESUS = actor("Jorge Bom Jesus", "STP", "OPP")
ECCAS = actor("Economic Community of Central African States", "IGO", "IGO")

A1 = ("São Tomé (dpa) - Im Inselstaat São Tomé und Príncipe hat Präsident Carlos Vila Nova am Montag die Regierung "
      "von Ministerpräsident Patrice Trovoada entlassen.")
A2 = ("In einem im Staatsfernsehen verlesenen Dekret begründete der Staatschef den Schritt mit der „Unfähigkeit“ der "
      "Regierung, die Probleme des Landes zu lösen, und mit einer „anhaltenden institutionellen Lähmung“.")
A3 = "Trovoada hielt sich zum Zeitpunkt der Entlassung im Ausland auf."
A4 = ("Die Regierungspartei Unabhängige Demokratische Aktion (ADI) des 62-Jährigen sprach von einem "
      "„Verfassungsputsch“ und kündigte an, vor das Verfassungsgericht zu ziehen.")
A5 = ("„Der Präsident hat die Entscheidung des Volkes missachtet, das uns 2022 eine absolute Mehrheit gegeben hat“, "
      "sagte Parlamentspräsidentin Celmira Sacramento, die der ADI angehört.")
A6 = "Sie forderte Vila Nova auf, das Dekret zurückzunehmen und Trovoada wieder einzusetzen."
A7 = "Der Präsident wies die Forderung am Dienstag zurück."
A8 = ("Die ADI könne als stärkste Kraft im Parlament innerhalb von 48 Stunden einen neuen Regierungschef vorschlagen, "
      "sagte Vila Nova in einer Ansprache.")
A9 = "„Ich respektiere den Willen der Wähler“, sagte der 65-Jährige."
A10 = "„Und ich werde die Verfassung bis zum letzten Tag meines Mandats verteidigen.“"
A11 = ("In der Hauptstadt versammelten sich am Dienstag Hunderte Anhänger der ADI vor dem Regierungssitz und forderten "
       "die Rückkehr Trovoadas.")
A12 = "Die Polizei setzte Tränengas ein, um die Menge auseinanderzutreiben."
A13 = "Festnahmen gab es zunächst nicht."
A14 = ("Der Vorsitzende der oppositionellen Bewegung für die Befreiung von São Tomé und Príncipe (MLSTP), Jorge Bom "
       "Jesus, stellte sich hinter den Präsidenten.")
A15 = "Trovoada habe das Land wie ein Privatunternehmen geführt, sagte der frühere Regierungschef."
A16 = ("Die Wirtschaftsgemeinschaft Zentralafrikanischer Staaten (ECCAS) rief zur Zurückhaltung auf und bot an, "
       "zwischen Vila Nova und der ADI zu vermitteln.")
A17 = ("Portugals Außenminister Paulo Rangel sagte in Lissabon, die frühere Kolonialmacht verfolge die Lage „mit "
       "großer Aufmerksamkeit“.")
A18 = "Trovoada führt seit 2022 zum vierten Mal die Regierung des Landes mit rund 220.000 Einwohnern."

DE01 = {
    "id": "hm340-de-01", "lang": "de", "url": None, "published": "2025-01-07",
    "title": "Präsident von São Tomé und Príncipe entlässt Regierung Trovoada",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6], [A7, A8, A9, A10], [A11, A12, A13], [A14, A15, A16, A17, A18]),
    "events": [
        event("SANCTION", VILA_NOVA, TROVOADA, A1, mode="expel", date="2025-01-06", location="São Tomé",
              location_country="STP"),
        event("ACCUSE", VILA_NOVA, STP_GOV, A2, mode="disapprove"),
        event("ACCUSE", ADI, VILA_NOVA, A4, mode="disapprove"),
        event("ACCUSE", SACRAMENTO, VILA_NOVA, A5, mode="disapprove"),
        event("REQUEST", SACRAMENTO, VILA_NOVA, A6, mode="change"),
        event("REJECT", VILA_NOVA, SACRAMENTO, A7, mode="change", date="2025-01-07"),
        event("AGREE", VILA_NOVA, ADI, A8),
        event("PROTEST", ADI_SUPPORTERS, VILA_NOVA, A11, mode="demo", date="2025-01-07", location="São Tomé",
              location_country="STP"),
        event("ASSAULT", STP_POLICE, ADI_SUPPORTERS, A12, mode="crowd-control", location="São Tomé",
              location_country="STP"),
        event("COERCE", STP_POLICE, ADI_SUPPORTERS, A13, mode="arrest", negated=True),
        event("SUPPORT", BOM_JESUS, VILA_NOVA, A14),
        event("ACCUSE", BOM_JESUS, TROVOADA, A15, mode="disapprove"),
        event("REQUEST", ECCAS, None, A16),
        event("AGREE", ECCAS, VILA_NOVA, A16),
        event("AGREE", ECCAS, ADI, A16),
    ],
    "quotes": [
        quote("Unfähigkeit", "Carlos Vila Nova", "direct"),
        quote("anhaltenden institutionellen Lähmung", "Carlos Vila Nova", "direct"),
        quote("Verfassungsputsch", "Independent Democratic Action", "direct"),
        quote("Der Präsident hat die Entscheidung des Volkes missachtet, das uns 2022 eine absolute Mehrheit gegeben "
              "hat", "Celmira Sacramento", "direct"),
        quote("Die ADI könne als stärkste Kraft im Parlament innerhalb von 48 Stunden einen neuen Regierungschef "
              "vorschlagen", "Carlos Vila Nova", "indirect"),
        quote("Ich respektiere den Willen der Wähler", "Carlos Vila Nova", "direct"),
        quote("Und ich werde die Verfassung bis zum letzten Tag meines Mandats verteidigen", "Carlos Vila Nova",
              "direct"),
        quote("Trovoada habe das Land wie ein Privatunternehmen geführt", "Jorge Bom Jesus", "indirect"),
        quote("die frühere Kolonialmacht verfolge die Lage „mit großer Aufmerksamkeit“", "Paulo Rangel", "indirect"),
        quote("mit großer Aufmerksamkeit", "Paulo Rangel", "direct"),
    ],
    "entities": [
        entity("São Tomé", "LOC", "STP", ["São Tomé (dpa)", "In der Hauptstadt"]),
        entity("São Tomé and Príncipe", "LOC", "STP", ["Inselstaat São Tomé und Príncipe", "des Landes"]),
        entity("Carlos Vila Nova", "PER", "STP", ["Präsident Carlos Vila Nova", "der Staatschef", "Der Präsident",
                                                 "Vila Nova", "der 65-Jährige", "den Präsidenten"]),
        entity("Patrice Trovoada", "PER", "STP", ["Ministerpräsident Patrice Trovoada", "Trovoada", "Trovoadas",
                                                 "des 62-Jährigen"]),
        entity("Government of São Tomé and Príncipe", "ORG", "STP", ["die Regierung von Ministerpräsident Patrice "
                                                                     "Trovoada", "der Regierung",
                                                                     "die Regierung des Landes"]),
        entity("Televisão Santomense", "ORG", "STP", ["Staatsfernsehen"]),
        entity("Independent Democratic Action", "ORG", "STP", ["Die Regierungspartei Unabhängige Demokratische "
                                                               "Aktion (ADI)", "der ADI", "Die ADI"]),
        entity("Constitutional Court of São Tomé and Príncipe", "ORG", "STP", ["das Verfassungsgericht"]),
        entity("Celmira Sacramento", "PER", "STP", ["Parlamentspräsidentin Celmira Sacramento"]),
        entity("National Assembly of São Tomé and Príncipe", "ORG", "STP", ["im Parlament"]),
        entity("supporters of the Independent Democratic Action", "PER", "STP", ["Hunderte Anhänger der ADI",
                                                                                "die Menge"]),
        entity("National Police of São Tomé and Príncipe", "ORG", "STP", ["Die Polizei"]),
        entity("Movement for the Liberation of São Tomé and Príncipe", "ORG", "STP", [
            "der oppositionellen Bewegung für die Befreiung von São Tomé und Príncipe (MLSTP)"]),
        entity("Jorge Bom Jesus", "PER", "STP", ["Der Vorsitzende der oppositionellen Bewegung für die Befreiung von "
                                                "São Tomé und Príncipe (MLSTP), Jorge Bom Jesus",
                                                "der frühere Regierungschef"]),
        entity("Economic Community of Central African States", "ORG", None, [
            "Die Wirtschaftsgemeinschaft Zentralafrikanischer Staaten (ECCAS)"]),
        entity("Portugal", "LOC", "PRT", ["Portugals", "die frühere Kolonialmacht"]),
        entity("Paulo Rangel", "PER", "PRT", ["Portugals Außenminister Paulo Rangel"]),
        entity("Lisbon", "LOC", "PRT", ["Lissabon"]),
    ],
}

# ---------------------------------------------------------------- hm340-de-02 (Zambia, witchcraft arrests)
ZMB_POLICE = actor("Zambia Police Service", "ZMB", "COP")
HAMOONGA = actor("Rae Hamoonga", "ZMB", "COP")
CANDUNDE = actor("Jasten Mabulesse Candunde", "MOZ", "CVL")
PHIRI = actor("Leonard Phiri", "ZMB", "CVL")
NELSON_BANDA = actor("Nelson Banda", "ZMB", "CVL")
MWIIMBU = actor("Jack Mwiimbu", "ZMB", "GOV")
ZMB_GOV = actor("Government of Zambia", "ZMB", "GOV")
PF = actor("Patriotic Front", "ZMB", "PTY")

B1 = ("Lusaka (dpa) - In Sambia sind zwei Männer festgenommen worden, die Präsident Hakainde Hichilema mit Hilfe von "
      "Hexerei geschadet haben sollen.")
B2 = ("Die Polizei habe den 42 Jahre alten Mosambikaner Jasten Mabulesse Candunde und den 43-jährigen Sambier "
      "Leonard Phiri bereits in der vergangenen Woche in Lusaka in Gewahrsam genommen, teilte Polizeisprecher Rae "
      "Hamoonga am Sonntag mit.")
B3 = "Die Ermittler stellten bei den beiden ein lebendes Chamäleon, Tierschwänze und ein weißes Pulver sicher."
B4 = ("Die Männer seien angeheuert worden, um den Staatschef zu „verhexen“, hieß es in der Mitteilung der "
      "Polizei.")
B5 = "Auftraggeber sei nach Erkenntnissen der Ermittler Nelson Banda, ein Bruder des Abgeordneten Emmanuel Banda."
B6 = "Die Polizei fahndet nach ihm."
B7 = "Gefasst wurde er bislang nicht."
B8 = ("Den beiden Festgenommenen werden der Besitz von Zaubermitteln nach dem Hexereigesetz aus der Kolonialzeit "
      "sowie Tierquälerei vorgeworfen.")
B9 = "Hichilema selbst äußerte sich zunächst nicht zu dem Fall."
B10 = "Innenminister Jack Mwiimbu lobte die Polizei für ihre „schnelle Arbeit“."
B11 = ("„Wer glaubt, er könne den Präsidenten mit Aberglauben einschüchtern, wird die volle Härte des Gesetzes zu "
       "spüren bekommen“, sagte der Minister im Staatsrundfunk ZNBC.")
B12 = "„Hexerei ist in Sambia verboten, und das gilt für alle.“"
B13 = ("Die oppositionelle Patriotische Front (PF) warf der Regierung vor, mit dem Fall von der Wirtschaftskrise und "
       "den stundenlangen Stromausfällen ablenken zu wollen.")
B14 = ("Die Partei des früheren Präsidenten Edgar Lungu forderte die Polizei auf, die beiden Männer freizulassen, "
       "falls sie keine Beweise vorlegen könne.")
B15 = "Hamoonga wies die Forderung zurück."
B16 = ("Die Ermittlungen seien noch nicht abgeschlossen, und es gebe weitere Verdächtige, sagte der "
       "Polizeisprecher.")
B17 = "In dem südafrikanischen Land ist der Glaube an Hexerei vor allem auf dem Land weit verbreitet."

DE02 = {
    "id": "hm340-de-02", "lang": "de", "url": None, "published": "2024-12-23",
    "title": "Hexerei gegen Sambias Präsidenten? Zwei Männer festgenommen",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6, B7, B8], [B9, B10, B11, B12], [B13, B14, B15, B16, B17]),
    "events": [
        event("COERCE", ZMB_POLICE, CANDUNDE, B1, mode="arrest", location_country="ZMB"),
        event("COERCE", ZMB_POLICE, PHIRI, B1, mode="arrest", location_country="ZMB"),
        event("COERCE", ZMB_POLICE, CANDUNDE, B2, mode="arrest", location="Lusaka", location_country="ZMB"),
        event("COERCE", ZMB_POLICE, PHIRI, B2, mode="arrest", location="Lusaka", location_country="ZMB"),
        event("COERCE", ZMB_POLICE, CANDUNDE, B3, mode="seize"),
        event("COERCE", ZMB_POLICE, PHIRI, B3, mode="seize"),
        event("ACCUSE", ZMB_POLICE, CANDUNDE, B4, mode="allege"),
        event("ACCUSE", ZMB_POLICE, PHIRI, B4, mode="allege"),
        event("ACCUSE", ZMB_POLICE, NELSON_BANDA, B5, mode="allege"),
        event("THREATEN", ZMB_POLICE, NELSON_BANDA, B6, mode="arrest"),
        event("COERCE", ZMB_POLICE, NELSON_BANDA, B7, mode="arrest", negated=True),
        event("ACCUSE", ZMB_POLICE, CANDUNDE, B8, mode="allege"),
        event("ACCUSE", ZMB_POLICE, PHIRI, B8, mode="allege"),
        event("SUPPORT", MWIIMBU, ZMB_POLICE, B10),
        event("THREATEN", MWIIMBU, None, B11),
        event("ACCUSE", PF, ZMB_GOV, B13, mode="disapprove"),
        event("REQUEST", PF, ZMB_POLICE, B14, mode="yield"),
        event("REJECT", HAMOONGA, PF, B15, mode="yield"),
        event("ACCUSE", ZMB_POLICE, None, B16, mode="investigate"),
    ],
    "quotes": [
        quote("Die Polizei habe den 42 Jahre alten Mosambikaner Jasten Mabulesse Candunde und den 43-jährigen Sambier "
              "Leonard Phiri bereits in der vergangenen Woche in Lusaka in Gewahrsam genommen", "Rae Hamoonga",
              "indirect"),
        quote("Die Männer seien angeheuert worden, um den Staatschef zu „verhexen“", "Zambia Police Service",
              "indirect"),
        quote("verhexen", "Zambia Police Service", "direct"),
        quote("Auftraggeber sei nach Erkenntnissen der Ermittler Nelson Banda, ein Bruder des Abgeordneten Emmanuel "
              "Banda", "Zambia Police Service", "indirect"),
        quote("schnelle Arbeit", "Jack Mwiimbu", "direct"),
        quote("Wer glaubt, er könne den Präsidenten mit Aberglauben einschüchtern, wird die volle Härte des Gesetzes "
              "zu spüren bekommen", "Jack Mwiimbu", "direct"),
        quote("Hexerei ist in Sambia verboten, und das gilt für alle", "Jack Mwiimbu", "direct"),
        quote("mit dem Fall von der Wirtschaftskrise und den stundenlangen Stromausfällen ablenken zu wollen",
              "Patriotic Front", "indirect"),
        quote("Die Ermittlungen seien noch nicht abgeschlossen, und es gebe weitere Verdächtige", "Rae Hamoonga",
              "indirect"),
    ],
    "entities": [
        entity("Lusaka", "LOC", "ZMB", ["Lusaka"]),
        entity("Zambia", "LOC", "ZMB", ["Sambia", "In dem südafrikanischen Land"]),
        entity("Hakainde Hichilema", "PER", "ZMB", ["Präsident Hakainde Hichilema", "den Staatschef", "Hichilema",
                                                   "den Präsidenten"]),
        entity("Zambia Police Service", "ORG", "ZMB", ["Die Polizei", "die Polizei", "der Polizei", "Die Ermittler",
                                                      "der Ermittler"]),
        entity("Jasten Mabulesse Candunde", "PER", "MOZ", ["den 42 Jahre alten Mosambikaner Jasten Mabulesse "
                                                          "Candunde"]),
        entity("Leonard Phiri", "PER", "ZMB", ["den 43-jährigen Sambier Leonard Phiri"]),
        entity("Rae Hamoonga", "PER", "ZMB", ["Polizeisprecher Rae Hamoonga", "Hamoonga", "der Polizeisprecher"]),
        entity("Nelson Banda", "PER", "ZMB", ["Nelson Banda"]),
        entity("Emmanuel Banda", "PER", "ZMB", ["des Abgeordneten Emmanuel Banda"]),
        entity("Jack Mwiimbu", "PER", "ZMB", ["Innenminister Jack Mwiimbu", "der Minister"]),
        entity("Zambia National Broadcasting Corporation", "ORG", "ZMB", ["Staatsrundfunk ZNBC"]),
        entity("Patriotic Front", "ORG", "ZMB", ["Die oppositionelle Patriotische Front (PF)",
                                                "Die Partei des früheren Präsidenten Edgar Lungu"]),
        entity("Government of Zambia", "ORG", "ZMB", ["der Regierung"]),
        entity("Edgar Lungu", "PER", "ZMB", ["des früheren Präsidenten Edgar Lungu"]),
    ],
}

# ---------------------------------------------------------------- hm340-de-03 (Niger, Tiani sworn in)
TIANI = actor("Abdourahamane Tiani", "NER", "GOV")
NER_GOV = actor("Government of Niger", "NER", "GOV")
NER_PARTIES = actor("political parties of Niger", "NER", "PTY")
FRA_GOV = actor("Government of France", "FRA", "GOV")
BAZOUM = actor("Mohamed Bazoum", "NER", "OPP")
JUNTA_SUPPORTERS = actor("supporters of Niger's military government", "NER", "CVL")
AG_BOULA = actor("Rhissa Ag Boula", "NER", "OPP")
PNDS = actor("PNDS-Tarayya", "NER", "PTY")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
GOITA = actor("Assimi Goïta", "MLI", "GOV")
TRAORE_BFA = actor("Ibrahim Traoré", "BFA", "GOV")

C1 = ("Niamey (AFP) - Nigers Militärmachthaber Abdourahamane Tiani hat sich am Mittwoch für eine zunächst fünfjährige "
      "Übergangszeit als Präsident vereidigen lassen.")
C2 = ("Grundlage ist eine neue „Charta der Neugründung“, mit der Tiani zugleich alle politischen Parteien des Landes "
      "auflöste.")
C3 = "Die Übergangszeit kann je nach Sicherheitslage verlängert werden."
C4 = ("Der General, der im Juli 2023 den gewählten Präsidenten Mohamed Bazoum gestürzt hatte, legte den Eid im "
      "Kongresszentrum der Hauptstadt vor Hunderten Gästen ab.")
C5 = "„Wir haben die Souveränität unseres Volkes zurückerobert“, sagte Tiani in seiner Ansprache."
C6 = "„Niemand wird sie uns wieder nehmen, weder in Paris noch anderswo.“"
C7 = "Der früheren Kolonialmacht Frankreich warf er vor, bewaffnete Gruppen in der Sahelzone zu unterstützen."
C8 = "Bazoum wird seit dem Putsch mit seiner Frau in der Präsidentenresidenz in Niamey festgehalten."
C9 = "Eine Freilassung des 65-Jährigen kündigte Tiani auch am Mittwoch nicht an."
C10 = ("Vor dem Kongresszentrum feierten Tausende Anhänger der Militärregierung den neuen Präsidenten mit Fahnen "
       "Nigers und Russlands.")
C11 = "Aus dem Exil verurteilte der frühere Minister Rhissa Ag Boula die Vereidigung als „Farce“."
C12 = ("Die Auflösung der Parteien zeige, dass die Militärs nie vorgehabt hätten, die Macht abzugeben, sagte der "
       "Tuareg-Politiker, der den Widerstandsrat für die Republik (CRR) anführt.")
C13 = ("Führende Mitglieder von Bazoums aufgelöster Partei PNDS-Tarayya forderten die Junta auf, ihren früheren "
       "Vorsitzenden umgehend freizulassen.")
C14 = ("Auch Amnesty International rief die Behörden in Niamey auf, Bazoum und alle aus politischen Gründen "
       "Inhaftierten freizulassen.")
C15 = ("Die Regierung von Ministerpräsident Ali Mahaman Lamine Zeine wies die Forderungen als Einmischung in innere "
       "Angelegenheiten zurück.")
C16 = "„Über das Schicksal von Herrn Bazoum wird die Justiz entscheiden“, sagte Zeine im Staatsfernsehen."
C17 = ("Die Präsidenten Malis und Burkina Fasos, Assimi Goïta und Ibrahim Traoré, gratulierten Tiani in "
       "Glückwunschbotschaften.")
C18 = "Von der Afrikanischen Union gab es zunächst keine Reaktion."

DE03 = {
    "id": "hm340-de-03", "lang": "de", "url": None, "published": "2025-03-26",
    "title": "Nigers Junta-Chef Tiani als Präsident vereidigt - Parteien aufgelöst",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6, C7], [C8, C9, C10], [C11, C12, C13, C14, C15, C16], [C17, C18]),
    "events": [
        event("COERCE", TIANI, NER_PARTIES, C2, mode="ban", location_country="NER"),
        event("ACCUSE", TIANI, FRA_GOV, C7, mode="allege"),
        event("COERCE", NER_GOV, BAZOUM, C8, mode="arrest", location="Niamey", location_country="NER"),
        event("CONCEDE", TIANI, BAZOUM, C9, date="2025-03-26", negated=True),
        event("SUPPORT", JUNTA_SUPPORTERS, TIANI, C10, location="Niamey", location_country="NER"),
        event("ACCUSE", AG_BOULA, TIANI, C11, mode="disapprove"),
        event("ACCUSE", AG_BOULA, NER_GOV, C12, mode="disapprove"),
        event("REQUEST", PNDS, NER_GOV, C13, mode="yield"),
        event("REQUEST", AMNESTY, NER_GOV, C14, mode="yield"),
        event("REJECT", NER_GOV, PNDS, C15, mode="yield"),
        event("REJECT", NER_GOV, AMNESTY, C15, mode="yield"),
        event("SUPPORT", GOITA, TIANI, C17),
        event("SUPPORT", TRAORE_BFA, TIANI, C17),
    ],
    "quotes": [
        quote("Charta der Neugründung", "Abdourahamane Tiani", "direct"),
        quote("Wir haben die Souveränität unseres Volkes zurückerobert", "Abdourahamane Tiani", "direct"),
        quote("Niemand wird sie uns wieder nehmen, weder in Paris noch anderswo", "Abdourahamane Tiani", "direct"),
        quote("bewaffnete Gruppen in der Sahelzone zu unterstützen", "Abdourahamane Tiani", "indirect"),
        quote("Farce", "Rhissa Ag Boula", "direct"),
        quote("Die Auflösung der Parteien zeige, dass die Militärs nie vorgehabt hätten, die Macht abzugeben",
              "Rhissa Ag Boula", "indirect"),
        quote("Über das Schicksal von Herrn Bazoum wird die Justiz entscheiden", "Ali Mahaman Lamine Zeine",
              "direct"),
    ],
    "entities": [
        entity("Niamey", "LOC", "NER", ["Niamey", "der Hauptstadt"]),
        entity("Niger", "LOC", "NER", ["Nigers", "des Landes"]),
        entity("Abdourahamane Tiani", "PER", "NER", ["Nigers Militärmachthaber Abdourahamane Tiani", "Tiani",
                                                    "Der General", "den neuen Präsidenten"]),
        entity("political parties of Niger", "ORG", "NER", ["alle politischen Parteien des Landes",
                                                           "der Parteien"]),
        entity("Mohamed Bazoum", "PER", "NER", ["den gewählten Präsidenten Mohamed Bazoum", "Bazoum",
                                               "des 65-Jährigen", "Bazoums", "ihren früheren Vorsitzenden",
                                               "Herrn Bazoum"]),
        entity("Hadiza Bazoum", "PER", "NER", ["seiner Frau"]),
        entity("Palais des Congrès (Niamey)", "LOC", "NER", ["Kongresszentrum der Hauptstadt",
                                                            "Vor dem Kongresszentrum"]),
        entity("presidential residence (Niamey)", "LOC", "NER", ["der Präsidentenresidenz in Niamey"]),
        entity("France", "LOC", "FRA", ["Der früheren Kolonialmacht Frankreich", "Paris"]),
        entity("Sahel", "LOC", None, ["der Sahelzone"]),
        entity("Russia", "LOC", "RUS", ["Russlands"]),
        entity("supporters of Niger's military government", "PER", "NER", ["Tausende Anhänger der "
                                                                          "Militärregierung"]),
        entity("Government of Niger", "ORG", "NER", ["der Militärregierung", "die Militärs", "die Junta",
                                                    "die Behörden in Niamey", "Die Regierung von "
                                                    "Ministerpräsident Ali Mahaman Lamine Zeine"]),
        entity("Rhissa Ag Boula", "PER", "NER", ["der frühere Minister Rhissa Ag Boula", "der Tuareg-Politiker"]),
        entity("Council of Resistance for the Republic", "ORG", "NER", ["den Widerstandsrat für die Republik "
                                                                       "(CRR)"]),
        entity("PNDS-Tarayya", "ORG", "NER", ["Bazoums aufgelöster Partei PNDS-Tarayya"]),
        entity("Amnesty International", "ORG", None, ["Amnesty International"]),
        entity("Ali Mahaman Lamine Zeine", "PER", "NER", ["Ministerpräsident Ali Mahaman Lamine Zeine", "Zeine"]),
        entity("Télé Sahel", "ORG", "NER", ["Staatsfernsehen"]),
        entity("Mali", "LOC", "MLI", ["Malis"]),
        entity("Burkina Faso", "LOC", "BFA", ["Burkina Fasos"]),
        entity("Assimi Goïta", "PER", "MLI", ["Assimi Goïta"]),
        entity("Ibrahim Traoré", "PER", "BFA", ["Ibrahim Traoré"]),
        entity("African Union", "ORG", None, ["der Afrikanischen Union"]),
    ],
}

# ---------------------------------------------------------------- hm340-de-04 (EAC-SADC summit, Dar es Salaam)
EAC = actor("East African Community", "IGO", "IGO")
SADC = actor("Southern African Development Community", "IGO", "IGO")
M23 = actor("M23", "COD", "REB")
FARDC = actor("Armed Forces of the Democratic Republic of the Congo", "COD", "MIL")
RUTO = actor("William Ruto", "KEN", "GOV")
COD_GOV = actor("Government of the Democratic Republic of the Congo", "COD", "GOV")
SAMIA = actor("Samia Suluhu Hassan", "TZA", "GOV")
MNANGAGWA = actor("Emmerson Mnangagwa", "ZWE", "GOV")
KAGAME = actor("Paul Kagame", "RWA", "GOV")
TSHISEKEDI = actor("Félix Tshisekedi", "COD", "GOV")
RWA_GOV = actor("Government of Rwanda", "RWA", "GOV")
MUYAYA = actor("Patrick Muyaya", "COD", "GOV")
KANYUKA = actor("Lawrence Kanyuka", "COD", "REB")

D1 = ("Daressalam (dpa) - Die Ostafrikanische Gemeinschaft (EAC) und die Entwicklungsgemeinschaft des südlichen "
      "Afrikas (SADC) haben sich am Samstag bei einem gemeinsamen Gipfel auf einen Fahrplan für ein Ende der Kämpfe "
      "im Osten der Demokratischen Republik Kongo geeinigt.")
D2 = ("Alle Konfliktparteien müssten die Kämpfe binnen fünf Tagen bedingungslos einstellen, hieß es in der "
      "Abschlusserklärung des Treffens in Daressalam.")
D3 = ("Zudem sollten die Generalstabschefs beider Gemeinschaften binnen fünf Tagen zusammenkommen, um die "
      "Einzelheiten einer Waffenruhe festzulegen.")
D4 = ("Die Miliz M23 hatte Ende Januar die Provinzhauptstadt Goma eingenommen und rückt seitdem in Richtung Bukavu "
      "vor.")
D5 = ("Der kenianische Präsident William Ruto, der die EAC derzeit leitet, rief die Regierung in Kinshasa und die "
      "M23 zu direkten Gesprächen auf.")
D6 = "„Wir können dieses Problem nicht mit Gewehren lösen“, sagte Ruto zur Eröffnung des Gipfels."
D7 = "„Die Geschichte wird uns nicht verzeihen, wenn wir jetzt tatenlos zusehen.“"
D8 = ("Gastgeberin Samia Suluhu Hassan empfing neben Ruto auch Simbabwes Präsidenten Emmerson Mnangagwa, der derzeit "
      "der SADC vorsteht, sowie Ruandas Staatschef Paul Kagame.")
D9 = ("Kongos Präsident Félix Tshisekedi reiste nicht nach Daressalam und verfolgte die Beratungen lediglich per "
      "Video.")
D10 = "Kinshasa wirft Ruanda vor, die M23 mit Waffen und Tausenden eigenen Soldaten zu unterstützen."
D11 = ("Kagame sagte in Daressalam, sein Land werde sich nicht dafür entschuldigen, seine Grenzen zu schützen.")
D12 = "Zugleich warf er der kongolesischen Armee vor, mit der Hutu-Miliz FDLR zusammenzuarbeiten."
D13 = ("Kongos Regierungssprecher Patrick Muyaya nannte die Beschlüsse des Gipfels einen „Schritt in die richtige "
       "Richtung“.")
D14 = "Rutos Aufruf zu direkten Gesprächen mit der M23 wies er jedoch zurück."
D15 = "Die M23 hatte am Montag eine einseitige Waffenruhe aus humanitären Gründen ausgerufen."
D16 = "Ihr politischer Sprecher Lawrence Kanyuka begrüßte die Erklärung von Daressalam."
D17 = ("Im Süden der Provinz Süd-Kivu lieferten sich M23-Kämpfer und die kongolesische Armee am Samstag dennoch "
       "erneut Gefechte.")

DE04 = {
    "id": "hm340-de-04", "lang": "de", "url": None, "published": "2025-02-08",
    "title": "Ost- und Südafrika fordern Waffenruhe im Kongo",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7], [D8, D9, D10, D11, D12], [D13, D14, D15, D16, D17]),
    "events": [
        event("AGREE", EAC, SADC, D1, date="2025-02-08", location="Dar es Salaam", location_country="TZA"),
        event("REQUEST", EAC, None, D2, mode="yield", location="Dar es Salaam", location_country="TZA"),
        event("REQUEST", SADC, None, D2, mode="yield", location="Dar es Salaam", location_country="TZA"),
        event("ASSAULT", M23, FARDC, D4, location="Goma", location_country="COD"),
        event("REQUEST", RUTO, COD_GOV, D5, mode="meet"),
        event("REQUEST", RUTO, M23, D5, mode="meet"),
        event("CONSULT", RUTO, SAMIA, D8, mode="visit", location="Dar es Salaam", location_country="TZA"),
        event("CONSULT", MNANGAGWA, SAMIA, D8, mode="visit", location="Dar es Salaam", location_country="TZA"),
        event("CONSULT", KAGAME, SAMIA, D8, mode="visit", location="Dar es Salaam", location_country="TZA"),
        event("CONSULT", TSHISEKEDI, SAMIA, D9, mode="visit", location="Dar es Salaam", location_country="TZA",
              negated=True),
        event("ACCUSE", COD_GOV, RWA_GOV, D10, mode="allege"),
        event("ACCUSE", KAGAME, FARDC, D12, mode="allege"),
        event("SUPPORT", MUYAYA, EAC, D13),
        event("SUPPORT", MUYAYA, SADC, D13),
        event("REJECT", MUYAYA, RUTO, D14, mode="meet"),
        event("CONCEDE", M23, None, D15, date="2025-02-03"),
        event("SUPPORT", KANYUKA, EAC, D16),
        event("SUPPORT", KANYUKA, SADC, D16),
        event("ASSAULT", M23, FARDC, D17, date="2025-02-08", location="South Kivu", location_country="COD"),
        event("ASSAULT", FARDC, M23, D17, date="2025-02-08", location="South Kivu", location_country="COD"),
    ],
    "quotes": [
        quote("Alle Konfliktparteien müssten die Kämpfe binnen fünf Tagen bedingungslos einstellen",
              "EAC-SADC Joint Summit", "indirect"),
        quote("Zudem sollten die Generalstabschefs beider Gemeinschaften binnen fünf Tagen zusammenkommen, um die "
              "Einzelheiten einer Waffenruhe festzulegen", "EAC-SADC Joint Summit", "indirect"),
        quote("Wir können dieses Problem nicht mit Gewehren lösen", "William Ruto", "direct"),
        quote("Die Geschichte wird uns nicht verzeihen, wenn wir jetzt tatenlos zusehen", "William Ruto", "direct"),
        quote("die M23 mit Waffen und Tausenden eigenen Soldaten zu unterstützen",
              "Government of the Democratic Republic of the Congo", "indirect"),
        quote("sein Land werde sich nicht dafür entschuldigen, seine Grenzen zu schützen", "Paul Kagame", "indirect"),
        quote("mit der Hutu-Miliz FDLR zusammenzuarbeiten", "Paul Kagame", "indirect"),
        quote("Schritt in die richtige Richtung", "Patrick Muyaya", "direct"),
    ],
    "entities": [
        entity("Dar es Salaam", "LOC", "TZA", ["Daressalam"]),
        entity("East African Community", "ORG", None, ["Die Ostafrikanische Gemeinschaft (EAC)", "die EAC"]),
        entity("Southern African Development Community", "ORG", None, [
            "die Entwicklungsgemeinschaft des südlichen Afrikas (SADC)", "der SADC"]),
        entity("Democratic Republic of the Congo", "LOC", "COD", ["der Demokratischen Republik Kongo", "Kongos"]),
        entity("M23", "ORG", "COD", ["Die Miliz M23", "die M23", "der M23", "Die M23", "M23-Kämpfer"]),
        entity("Goma", "LOC", "COD", ["die Provinzhauptstadt Goma"]),
        entity("Bukavu", "LOC", "COD", ["Bukavu"]),
        entity("William Ruto", "PER", "KEN", ["Der kenianische Präsident William Ruto", "Ruto", "Rutos"]),
        entity("Government of the Democratic Republic of the Congo", "ORG", "COD", ["die Regierung in Kinshasa",
                                                                                   "Kinshasa"]),
        entity("Samia Suluhu Hassan", "PER", "TZA", ["Gastgeberin Samia Suluhu Hassan"]),
        entity("Emmerson Mnangagwa", "PER", "ZWE", ["Simbabwes Präsidenten Emmerson Mnangagwa"]),
        entity("Zimbabwe", "LOC", "ZWE", ["Simbabwes"]),
        entity("Paul Kagame", "PER", "RWA", ["Ruandas Staatschef Paul Kagame", "Kagame"]),
        entity("Rwanda", "LOC", "RWA", ["Ruandas", "Ruanda", "sein Land"]),
        entity("Félix Tshisekedi", "PER", "COD", ["Kongos Präsident Félix Tshisekedi"]),
        entity("Armed Forces of the Democratic Republic of the Congo", "ORG", "COD", ["der kongolesischen Armee",
                                                                                     "die kongolesische Armee"]),
        entity("Democratic Forces for the Liberation of Rwanda", "ORG", "COD", ["der Hutu-Miliz FDLR"]),
        entity("Patrick Muyaya", "PER", "COD", ["Kongos Regierungssprecher Patrick Muyaya"]),
        entity("Lawrence Kanyuka", "PER", "COD", ["Ihr politischer Sprecher Lawrence Kanyuka"]),
        entity("South Kivu", "LOC", "COD", ["der Provinz Süd-Kivu"]),
    ],
}

# ---------------------------------------------------------------- hm340-en-01 (Cameroon, Kamto excluded)
ELECAM = actor("Elections Cameroon", "CMR", "GOV")
KAMTO = actor("Maurice Kamto", "CMR", "OPP")
CMR_GOV = actor("Government of Cameroon", "CMR", "GOV")
KAMTO_SUPPORTERS = actor("supporters of Maurice Kamto", "CMR", "CVL")
CMR_POLICE = actor("Cameroon National Police", "CMR", "COP")
ATANGA_NJI = actor("Paul Atanga Nji", "CMR", "GOV")
CPDM = actor("Cameroon People's Democratic Movement", "CMR", "PTY")
TCHIROMA = actor("Issa Tchiroma Bakary", "CMR", "OPP")
CMR_OPPOSITION = actor("Cameroonian opposition parties", "CMR", "OPP")
HRW = actor("Human Rights Watch", "NGO", "NGO")

E1 = ("YAOUNDE, Cameroon (AP) — Cameroon's electoral body has excluded leading opposition figure Maurice Kamto from "
      "the October presidential election, clearing the way for 92-year-old President Paul Biya to seek an eighth "
      "term against a fragmented opposition.")
E2 = "Elections Cameroon, known as ELECAM, published a list of 13 approved candidates late Saturday after reviewing 83 applications."
E3 = ("The body's director general, Erik Essousse, said Kamto's bid had been rejected because a second candidate had "
      "also claimed the nomination of the party backing him, the African Movement for New Independence and "
      "Democracy, or MANIDEM.")
E4 = ("Kamto, who finished second to Biya in the 2018 election, called the decision \"a political execution\" and "
      "said he would challenge it before the Constitutional Council.")
E5 = ("\"The regime is choosing its opponents because it is afraid of the ballot box,\" Kamto told reporters at his "
      "home in Yaounde on Sunday.")
E6 = "\"We will not let them steal this election before it has even begun.\""
E7 = ("Hundreds of his supporters gathered outside ELECAM's headquarters in Yaounde on Saturday night, chanting his "
      "name and demanding that he be put back on the ballot.")
E8 = "Police fired tear gas to disperse the crowd and detained several people."
E9 = "No charges had been filed against any of them by Sunday evening."
E10 = ("Territorial Administration Minister Paul Atanga Nji warned that troublemakers would face \"the full force of "
       "the law\" and that no unauthorized gatherings would be tolerated.")
E11 = ("Biya's Cameroon People's Democratic Movement welcomed the list and said ELECAM had \"applied the law without "
       "fear or favor\" in a difficult process.")
E12 = ("Biya, who has ruled the Central African nation since 1982, has made few public appearances this year and has "
       "not said when he will start campaigning.")
E13 = "Among the approved candidates are former government minister Issa Tchiroma Bakary and lawmaker Cabral Libii."
E14 = "Tchiroma urged opposition parties to rally behind a single candidate to defeat Biya."
E15 = ("Human Rights Watch said Kamto's exclusion \"deprives millions of voters of a real choice\" and called on the "
       "authorities to release those detained on Saturday.")
E16 = "The Constitutional Council is expected to rule on appeals within two weeks; the election is set for Oct. 12."

EN01 = {
    "id": "hm340-en-01", "lang": "en", "url": None, "published": "2025-07-27",
    "title": "Cameroon bars main opposition challenger Kamto from presidential race",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6], [E7, E8, E9, E10], [E11, E12, E13, E14], [E15, E16]),
    "events": [
        event("COERCE", ELECAM, KAMTO, E1, mode="restrict", location_country="CMR"),
        event("COERCE", ELECAM, KAMTO, E3, mode="restrict"),
        event("ACCUSE", KAMTO, ELECAM, E4, mode="disapprove"),
        event("ACCUSE", KAMTO, CMR_GOV, E5, mode="disapprove", date="2025-07-27", location="Yaounde",
              location_country="CMR"),
        event("PROTEST", KAMTO_SUPPORTERS, ELECAM, E7, mode="demo", date="2025-07-26", location="Yaounde",
              location_country="CMR"),
        event("ASSAULT", CMR_POLICE, KAMTO_SUPPORTERS, E8, mode="crowd-control", location="Yaounde",
              location_country="CMR"),
        event("COERCE", CMR_POLICE, KAMTO_SUPPORTERS, E8, mode="arrest", location="Yaounde", location_country="CMR"),
        event("ACCUSE", CMR_POLICE, KAMTO_SUPPORTERS, E9, mode="allege", date="2025-07-27", negated=True),
        event("THREATEN", ATANGA_NJI, None, E10),
        event("SUPPORT", CPDM, ELECAM, E11),
        event("REQUEST", TCHIROMA, CMR_OPPOSITION, E14),
        event("ACCUSE", HRW, ELECAM, E15, mode="disapprove"),
        event("REQUEST", HRW, CMR_GOV, E15, mode="yield"),
    ],
    "quotes": [
        quote("Kamto's bid had been rejected because a second candidate had also claimed the nomination of the party "
              "backing him, the African Movement for New Independence and Democracy, or MANIDEM", "Erik Essousse",
              "indirect"),
        quote("a political execution", "Maurice Kamto", "direct"),
        quote("he would challenge it before the Constitutional Council", "Maurice Kamto", "indirect"),
        quote("The regime is choosing its opponents because it is afraid of the ballot box", "Maurice Kamto",
              "direct"),
        quote("We will not let them steal this election before it has even begun", "Maurice Kamto", "direct"),
        quote("troublemakers would face \"the full force of the law\" and that no unauthorized gatherings would be "
              "tolerated", "Paul Atanga Nji", "indirect"),
        quote("the full force of the law", "Paul Atanga Nji", "direct"),
        quote("ELECAM had \"applied the law without fear or favor\" in a difficult process",
              "Cameroon People's Democratic Movement", "indirect"),
        quote("applied the law without fear or favor", "Cameroon People's Democratic Movement", "direct"),
        quote("Kamto's exclusion \"deprives millions of voters of a real choice\"", "Human Rights Watch", "indirect"),
        quote("deprives millions of voters of a real choice", "Human Rights Watch", "direct"),
    ],
    "entities": [
        entity("Yaounde", "LOC", "CMR", ["YAOUNDE", "Yaounde"]),
        entity("Cameroon", "LOC", "CMR", ["Cameroon", "the Central African nation"]),
        entity("Elections Cameroon", "ORG", "CMR", ["Cameroon's electoral body", "Elections Cameroon", "ELECAM",
                                                   "The body"]),
        entity("Maurice Kamto", "PER", "CMR", ["leading opposition figure Maurice Kamto", "Kamto"]),
        entity("Paul Biya", "PER", "CMR", ["92-year-old President Paul Biya", "Biya"]),
        entity("Erik Essousse", "PER", "CMR", ["The body's director general, Erik Essousse"]),
        entity("African Movement for New Independence and Democracy", "ORG", "CMR", [
            "the party backing him, the African Movement for New Independence and Democracy, or MANIDEM"]),
        entity("Constitutional Council of Cameroon", "ORG", "CMR", ["the Constitutional Council",
                                                                   "The Constitutional Council"]),
        entity("Government of Cameroon", "ORG", "CMR", ["The regime", "the authorities"]),
        entity("supporters of Maurice Kamto", "PER", "CMR", ["Hundreds of his supporters", "the crowd"]),
        entity("Cameroon National Police", "ORG", "CMR", ["Police"]),
        entity("Paul Atanga Nji", "PER", "CMR", ["Territorial Administration Minister Paul Atanga Nji"]),
        entity("Cameroon People's Democratic Movement", "ORG", "CMR", ["Biya's Cameroon People's Democratic "
                                                                       "Movement"]),
        entity("Issa Tchiroma Bakary", "PER", "CMR", ["former government minister Issa Tchiroma Bakary",
                                                     "Tchiroma"]),
        entity("Cabral Libii", "PER", "CMR", ["lawmaker Cabral Libii"]),
        entity("Cameroonian opposition parties", "ORG", "CMR", ["opposition parties"]),
        entity("Human Rights Watch", "ORG", None, ["Human Rights Watch"]),
    ],
}

# ---------------------------------------------------------------- hm340-en-02 (Burkina Faso expels UN coordinator)
BFA_GOV = actor("Government of Burkina Faso", "BFA", "GOV")
SMERECZNIAK = actor("Carol Flore-Smereczniak", "UNO", "IGO")
KJM_TRAORE = actor("Karamoko Jean-Marie Traoré", "BFA", "GOV")
GUTERRES = actor("António Guterres", "UNO", "IGO")
BFA_MIL = actor("Burkina Faso Armed Forces", "BFA", "MIL")
VDP = actor("Volunteers for the Defense of the Homeland", "BFA", "MIL")
BFA_JIHADISTS = actor("jihadist groups in Burkina Faso", "BFA", "REB")
DUJARRIC = actor("Stéphane Dujarric", "UNO", "IGO")
OUEDRAOGO = actor("Pingdwendé Gilbert Ouédraogo", "BFA", "GOV")
UN = actor("United Nations", "UNO", "IGO")
AMNESTY_EN = actor("Amnesty International", "NGO", "NGO")

F1 = ("DAKAR, Senegal (AP) — Burkina Faso's military government has declared the top United Nations official in the "
      "country persona non grata, accusing her of lending credibility to a report that blamed its soldiers for grave "
      "violations against children.")
F2 = ("In a statement read on state television on Monday, Foreign Minister Karamoko Jean-Marie Traoré said U.N. "
      "resident coordinator Carol Flore-Smereczniak was no longer welcome in Burkina Faso.")
F3 = ("The report, published by U.N. Secretary-General António Guterres in June, listed killings, maiming and the "
      "recruitment of children by the army and allied militias as well as by jihadi groups.")
F4 = ("\"This document is a tissue of lies designed to tarnish the image of our valiant fighters,\" the statement "
      "said.")
F5 = ("It said the government had never been consulted on the findings and that Flore-Smereczniak had failed to pass "
      "on its objections to New York.")
F6 = ("U.N. spokesman Stéphane Dujarric said Guterres \"deeply regrets\" the decision and has full confidence in "
      "Flore-Smereczniak.")
F7 = ("\"The principle of persona non grata does not apply to United Nations personnel,\" Dujarric told reporters in "
      "New York.")
F8 = "\"We call on the authorities to reconsider.\""
F9 = "Flore-Smereczniak, who also serves as humanitarian coordinator, did not comment."
F10 = ("Government spokesman Pingdwendé Gilbert Ouédraogo said Burkina Faso would keep working with U.N. agencies "
       "\"that respect our sovereignty\" on humanitarian programs.")
F11 = ("Since seizing power in a 2022 coup, Capt. Ibrahim Traoré's junta has expelled French troops and diplomats, "
       "suspended foreign media and turned to Russia for security support.")
F12 = ("Amnesty International condemned the expulsion and urged the junta to allow independent investigations into "
       "killings of civilians by the security forces.")
F13 = "Mali and Niger, Burkina Faso's partners in the Alliance of Sahel States, did not immediately react."
F14 = ("The U.N. says more than 2 million people have been displaced in Burkina Faso by the conflict with jihadi "
       "groups linked to al-Qaida and the Islamic State group.")

EN02 = {
    "id": "hm340-en-02", "lang": "en", "url": None, "published": "2025-08-19",
    "title": "Burkina Faso expels top UN official over report on children in conflict",
    "text": paragraphs([F1, F2, F3], [F4, F5], [F6, F7, F8, F9], [F10, F11, F12, F13, F14]),
    "events": [
        event("SANCTION", BFA_GOV, SMERECZNIAK, F1, mode="expel"),
        event("ACCUSE", BFA_GOV, SMERECZNIAK, F1, mode="disapprove"),
        event("SANCTION", KJM_TRAORE, SMERECZNIAK, F2, mode="expel", date="2025-08-18"),
        event("ACCUSE", GUTERRES, BFA_MIL, F3, mode="allege"),
        event("ACCUSE", GUTERRES, VDP, F3, mode="allege"),
        event("ACCUSE", GUTERRES, BFA_JIHADISTS, F3, mode="allege"),
        event("ACCUSE", KJM_TRAORE, GUTERRES, F4, mode="disapprove"),
        event("ACCUSE", KJM_TRAORE, SMERECZNIAK, F5, mode="disapprove"),
        event("ACCUSE", GUTERRES, BFA_GOV, F6, mode="disapprove"),
        event("SUPPORT", GUTERRES, SMERECZNIAK, F6),
        event("ACCUSE", DUJARRIC, BFA_GOV, F7, mode="disapprove", location="New York", location_country="USA"),
        event("REQUEST", DUJARRIC, BFA_GOV, F8, mode="change"),
        event("AGREE", OUEDRAOGO, UN, F10),
        event("ACCUSE", AMNESTY_EN, BFA_GOV, F12, mode="disapprove"),
        event("REQUEST", AMNESTY_EN, BFA_GOV, F12, mode="change"),
    ],
    "quotes": [
        quote("U.N. resident coordinator Carol Flore-Smereczniak was no longer welcome in Burkina Faso",
              "Karamoko Jean-Marie Traoré", "indirect"),
        quote("This document is a tissue of lies designed to tarnish the image of our valiant fighters",
              "Karamoko Jean-Marie Traoré", "direct"),
        quote("the government had never been consulted on the findings and that Flore-Smereczniak had failed to pass "
              "on its objections to New York", "Karamoko Jean-Marie Traoré", "indirect"),
        quote("Guterres \"deeply regrets\" the decision and has full confidence in Flore-Smereczniak",
              "Stéphane Dujarric", "indirect"),
        quote("deeply regrets", "Stéphane Dujarric", "direct"),
        quote("The principle of persona non grata does not apply to United Nations personnel", "Stéphane Dujarric",
              "direct"),
        quote("We call on the authorities to reconsider", "Stéphane Dujarric", "direct"),
        quote("Burkina Faso would keep working with U.N. agencies \"that respect our sovereignty\" on humanitarian "
              "programs", "Pingdwendé Gilbert Ouédraogo", "indirect"),
        quote("that respect our sovereignty", "Pingdwendé Gilbert Ouédraogo", "direct"),
        quote("more than 2 million people have been displaced in Burkina Faso by the conflict with jihadi groups "
              "linked to al-Qaida and the Islamic State group", "United Nations", "indirect"),
    ],
    "entities": [
        entity("Dakar", "LOC", "SEN", ["DAKAR"]),
        entity("Senegal", "LOC", "SEN", ["Senegal"]),
        entity("Burkina Faso", "LOC", "BFA", ["Burkina Faso", "the country"]),
        entity("Government of Burkina Faso", "ORG", "BFA", ["Burkina Faso's military government", "the government",
                                                           "the authorities", "Capt. Ibrahim Traoré's junta",
                                                           "the junta"]),
        entity("United Nations", "ORG", None, ["United Nations", "U.N.", "The U.N.", "U.N. agencies"]),
        entity("Carol Flore-Smereczniak", "PER", None, ["the top United Nations official in the country",
                                                       "U.N. resident coordinator Carol Flore-Smereczniak",
                                                       "Flore-Smereczniak"]),
        entity("Karamoko Jean-Marie Traoré", "PER", "BFA", ["Foreign Minister Karamoko Jean-Marie Traoré"]),
        entity("Radiodiffusion Télévision du Burkina", "ORG", "BFA", ["state television"]),
        entity("António Guterres", "PER", None, ["U.N. Secretary-General António Guterres", "Guterres"]),
        entity("Burkina Faso Armed Forces", "ORG", "BFA", ["its soldiers", "the army", "our valiant fighters",
                                                          "the security forces"]),
        entity("Volunteers for the Defense of the Homeland", "ORG", "BFA", ["allied militias"]),
        entity("jihadist groups in Burkina Faso", "ORG", "BFA", ["jihadi groups"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("Stéphane Dujarric", "PER", None, ["U.N. spokesman Stéphane Dujarric", "Dujarric"]),
        entity("Pingdwendé Gilbert Ouédraogo", "PER", "BFA", ["Government spokesman Pingdwendé Gilbert Ouédraogo"]),
        entity("Ibrahim Traoré", "PER", "BFA", ["Capt. Ibrahim Traoré"]),
        entity("France", "LOC", "FRA", ["French"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("Amnesty International", "ORG", None, ["Amnesty International"]),
        entity("Mali", "LOC", "MLI", ["Mali"]),
        entity("Niger", "LOC", "NER", ["Niger"]),
        entity("Alliance of Sahel States", "ORG", None, ["the Alliance of Sahel States"]),
        entity("al-Qaida", "ORG", None, ["al-Qaida"]),
        entity("Islamic State", "ORG", None, ["the Islamic State group"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
