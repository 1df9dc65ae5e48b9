"""Round 138: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm138-de-01: Philippine Vice President Sara Duterte says she has ordered Marcos killed if she is murdered; the palace and the NBI react (2024-11-23).
- hm138-de-02: Hong Kong's Legislative Council passes the Article 23 security law; London, Washington, the UN and the EU criticise, Beijing hits back (2024-03-19).
- hm138-de-03: The Pacific Islands Forum deletes a Taiwan paragraph from its Tonga communique after Chinese objections (2024-08-31).
- hm138-de-04: Fiji's former prime minister Frank Bainimarama sentenced to a year in prison in Suva (2024-05-09).
- hm138-en-01: ASEAN admits Timor-Leste as its 11th member at the Kuala Lumpur summit; Trump and Anwar sign a trade deal (2025-10-26).
- hm138-en-02: The Taliban free American George Glezmann after a U.S. delegation's visit to Kabul (2025-03-20).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm138-de-01
SARA = actor("Sara Duterte", "PHL", "GOV")
MARCOS = actor("Ferdinand Marcos Jr.", "PHL", "GOV")
LIZA = actor("Liza Araneta-Marcos", "PHL", "CVL")
ROMUALDEZ = actor("Martin Romualdez", "PHL", "LEG")
PHL_HOUSE = actor("House of Representatives of the Philippines", "PHL", "LEG")
LOPEZ = actor("Zuleika Lopez", "PHL", "GOV")
PHL_PALACE = actor("Office of the President of the Philippines", "PHL", "GOV")
PSC = actor("Presidential Security Command", "PHL", "MIL")
BERSAMIN = actor("Lucas Bersamin", "PHL", "GOV")
NBI = actor("National Bureau of Investigation", "PHL", "COP")
REMULLA = actor("Jesus Crispin Remulla", "PHL", "GOV")

A1 = "Die philippinische Vizepräsidentin Sara Duterte hat mit einer offenen Drohung gegen Präsident Ferdinand Marcos Jr. die Staatskrise in Manila verschärft."
A2 = "Sie habe mit einem Auftragsmörder gesprochen und ihn angewiesen, Marcos, dessen Ehefrau Liza Araneta-Marcos und Parlamentspräsident Martin Romualdez zu töten, falls sie selbst umgebracht werde, sagte Duterte am Samstag in einer Online-Pressekonferenz."
A3 = "„Das ist kein Witz“, fügte sie hinzu."
A4 = "Die Äußerungen fielen, nachdem das Repräsentantenhaus ihre Stabschefin Zuleika Lopez wegen Missachtung des Parlaments in Gewahrsam genommen hatte."
A5 = "Der Präsidentenpalast sprach von einer „aktiven Bedrohung“ und erklärte, das für den Schutz des Staatschefs zuständige Kommando habe die Sicherheitsvorkehrungen umgehend verschärft."
A6 = "Exekutivsekretär Lucas Bersamin wies die Leibwache des Präsidenten an, „sofort geeignete Maßnahmen“ zu ergreifen."
A7 = "Die Ermittlungsbehörde NBI kündigte an, Duterte zu einer Befragung vorzuladen."
A8 = "Justizminister Jesus Crispin Remulla sagte, die Regierung prüfe eine Anklage wegen schwerer Drohung."
A9 = "Duterte warf dem Abgeordnetenhaus vor, ihre Mitarbeiterin zu schikanieren, um sie selbst politisch zu vernichten."
A10 = "Romualdez, ein Cousin des Präsidenten, nannte die Drohung „verstörend“ und verlangte eine gründliche Untersuchung."
A11 = "Das einst verbündete Lager von Marcos und Duterte ist seit Monaten zerstritten; im Juni war die Vizepräsidentin als Bildungsministerin zurückgetreten."

DE01 = {
    "id": "hm138-de-01", "lang": "de", "url": None, "published": "2024-11-23",
    "title": "Philippinische Vizepräsidentin droht Marcos",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8], [A9, A10, A11]),
    "events": [
        event("THREATEN", SARA, MARCOS, A1, mode="violence"),
        event("THREATEN", SARA, MARCOS, A2, mode="violence", date="2024-11-23"),
        event("THREATEN", SARA, LIZA, A2, mode="violence", date="2024-11-23"),
        event("THREATEN", SARA, ROMUALDEZ, A2, mode="violence", date="2024-11-23"),
        event("COERCE", PHL_HOUSE, LOPEZ, A4, mode="arrest"),
        event("ACCUSE", PHL_PALACE, SARA, A5, mode="disapprove"),
        event("MOBILIZE", PSC, None, A5, mode="police"),
        event("REQUEST", BERSAMIN, PSC, A6),
        event("ACCUSE", NBI, SARA, A7, mode="investigate"),
        event("ACCUSE", REMULLA, SARA, A8, mode="investigate"),
        event("ACCUSE", SARA, PHL_HOUSE, A9, mode="allege"),
        event("ACCUSE", ROMUALDEZ, SARA, A10, mode="disapprove"),
        event("REQUEST", ROMUALDEZ, None, A10),
        event("RETREAT", SARA, None, A11, mode="resign"),
    ],
    "quotes": [
        quote("Sie habe mit einem Auftragsmörder gesprochen und ihn angewiesen, Marcos, dessen Ehefrau Liza Araneta-Marcos und Parlamentspräsident Martin Romualdez zu töten, falls sie selbst umgebracht werde", "Sara Duterte", "indirect"),
        quote("Das ist kein Witz", "Sara Duterte", "direct"),
        quote("aktiven Bedrohung", "Office of the President of the Philippines", "direct"),
        quote("das für den Schutz des Staatschefs zuständige Kommando habe die Sicherheitsvorkehrungen umgehend verschärft", "Office of the President of the Philippines", "indirect"),
        quote("sofort geeignete Maßnahmen", "Lucas Bersamin", "direct"),
        quote("die Regierung prüfe eine Anklage wegen schwerer Drohung", "Jesus Crispin Remulla", "indirect"),
        quote("ihre Mitarbeiterin zu schikanieren, um sie selbst politisch zu vernichten", "Sara Duterte", "indirect"),
        quote("verstörend", "Martin Romualdez", "direct"),
    ],
    "entities": [
        entity("Sara Duterte", "PER", "PHL", ["Die philippinische Vizepräsidentin Sara Duterte", "Sie", "sie", "Duterte", "die Vizepräsidentin"]),
        entity("Ferdinand Marcos Jr.", "PER", "PHL", ["Präsident Ferdinand Marcos Jr.", "Marcos", "des Staatschefs", "des Präsidenten"]),
        entity("Manila", "LOC", "PHL", ["Manila"]),
        entity("hired killer", "PER", "PHL", ["einem Auftragsmörder", "ihn"]),
        entity("Liza Araneta-Marcos", "PER", "PHL", ["dessen Ehefrau Liza Araneta-Marcos"]),
        entity("Martin Romualdez", "PER", "PHL", ["Parlamentspräsident Martin Romualdez", "Romualdez", "ein Cousin des Präsidenten"]),
        entity("House of Representatives of the Philippines", "ORG", "PHL", ["das Repräsentantenhaus", "des Parlaments", "dem Abgeordnetenhaus"]),
        entity("Zuleika Lopez", "PER", "PHL", ["ihre Stabschefin Zuleika Lopez", "ihre Mitarbeiterin"]),
        entity("Office of the President of the Philippines", "ORG", "PHL", ["Der Präsidentenpalast"]),
        entity("Presidential Security Command", "ORG", "PHL", ["das für den Schutz des Staatschefs zuständige Kommando", "die Leibwache des Präsidenten"]),
        entity("Lucas Bersamin", "PER", "PHL", ["Exekutivsekretär Lucas Bersamin"]),
        entity("National Bureau of Investigation", "ORG", "PHL", ["Die Ermittlungsbehörde NBI"]),
        entity("Jesus Crispin Remulla", "PER", "PHL", ["Justizminister Jesus Crispin Remulla"]),
        entity("Government of the Philippines", "ORG", "PHL", ["die Regierung"]),
        entity("Marcos-Duterte alliance", "ORG", "PHL", ["Das einst verbündete Lager von Marcos und Duterte"]),
    ],
}

# ---------------------------------------------------------------- hm138-de-02
HK_LEGCO = actor("Legislative Council of Hong Kong", "CHN", "LEG")
HK_GOV = actor("Government of Hong Kong", "CHN", "GOV")
CAMERON = actor("David Cameron", "GBR", "GOV")
US_STATE_DEPT = actor("United States Department of State", "USA", "GOV")
TURK = actor("Volker Türk", "UNO", "IGO")
EU = actor("European Union", "EUR", "IGO")
AUSTRALIA = actor("Australia", "AUS", "GOV")
JAPAN = actor("Japan", "JPN", "GOV")
CHINA = actor("China", "CHN", "GOV")
UK = actor("United Kingdom", "GBR", "GOV")
USA = actor("United States", "USA", "GOV")
HK_RESIDENTS = actor("Hong Kong residents", "CHN", "CVL")

B1 = "Hongkongs Legislativrat hat am Dienstag einstimmig ein umstrittenes neues Sicherheitsgesetz verabschiedet, das für Delikte wie Verrat, Aufruhr und Spionage Strafen bis zu lebenslanger Haft vorsieht."
B2 = "Regierungschef John Lee sprach von einem „historischen Moment“ und kündigte an, das Gesetz werde bereits am Samstag in Kraft treten."
B3 = "Hongkong habe damit eine Pflicht erfüllt, die seit 1997 im Grundgesetz der Stadt verankert sei, sagte er."
B4 = "Der britische Außenminister David Cameron erklärte, das Gesetz werde die Rechte und Freiheiten in der früheren Kronkolonie weiter untergraben."
B5 = "Er forderte die Behörden in Hongkong auf, die Meinungs- und Versammlungsfreiheit zu achten."
B6 = "Das US-Außenministerium zeigte sich „alarmiert“ über die vage formulierten Bestimmungen zu Staatsgeheimnissen und ausländischer Einmischung."
B7 = "UN-Menschenrechtskommissar Volker Türk nannte die Verabschiedung einen „Rückschritt für den Schutz der Menschenrechte“."
B8 = "Auch die Europäische Union äußerte die Sorge, dass das Gesetz die Autonomie Hongkongs weiter aushöhlen könnte."
B9 = "Australien und Japan schlossen sich der Kritik an."
B10 = "Peking warf London und Washington daraufhin eine Einmischung in Chinas innere Angelegenheiten vor."
B11 = "„Kein Land hat das Recht, Hongkong Vorschriften zu machen“, sagte Außenamtssprecher Lin Jian."
B12 = "Größere Proteste gegen das Gesetz blieben aus; die Demokratiebewegung der Stadt ist seit dem ersten Sicherheitsgesetz von 2020 weitgehend zerschlagen."

DE02 = {
    "id": "hm138-de-02", "lang": "de", "url": None, "published": "2024-03-19",
    "title": "Hongkong verabschiedet umstrittenes Sicherheitsgesetz",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6, B7, B8, B9], [B10, B11, B12]),
    "events": [
        event("ACCUSE", CAMERON, HK_GOV, B4, mode="disapprove"),
        event("REQUEST", CAMERON, HK_GOV, B5, mode="change"),
        event("ACCUSE", US_STATE_DEPT, HK_GOV, B6, mode="disapprove"),
        event("ACCUSE", TURK, HK_LEGCO, B7, mode="disapprove"),
        event("ACCUSE", EU, HK_GOV, B8, mode="disapprove"),
        event("ACCUSE", AUSTRALIA, HK_GOV, B9, mode="disapprove"),
        event("ACCUSE", JAPAN, HK_GOV, B9, mode="disapprove"),
        event("ACCUSE", CHINA, UK, B10, mode="allege"),
        event("ACCUSE", CHINA, USA, B10, mode="allege"),
        event("PROTEST", HK_RESIDENTS, HK_GOV, B12, mode="demo", location="Hong Kong", location_country="HKG", negated=True),
    ],
    "quotes": [
        quote("historischen Moment", "John Lee", "direct"),
        quote("das Gesetz werde bereits am Samstag in Kraft treten", "John Lee", "indirect"),
        quote("Hongkong habe damit eine Pflicht erfüllt, die seit 1997 im Grundgesetz der Stadt verankert sei", "John Lee", "indirect"),
        quote("das Gesetz werde die Rechte und Freiheiten in der früheren Kronkolonie weiter untergraben", "David Cameron", "indirect"),
        quote("alarmiert", "United States Department of State", "direct"),
        quote("Rückschritt für den Schutz der Menschenrechte", "Volker Türk", "direct"),
        quote("dass das Gesetz die Autonomie Hongkongs weiter aushöhlen könnte", "European Union", "indirect"),
        quote("Kein Land hat das Recht, Hongkong Vorschriften zu machen", "Lin Jian", "direct"),
    ],
    "entities": [
        entity("Legislative Council of Hong Kong", "ORG", "CHN", ["Hongkongs Legislativrat"]),
        entity("Hong Kong", "GPE", "CHN", ["Hongkongs", "Hongkong", "der Stadt", "der früheren Kronkolonie"]),
        entity("John Lee", "PER", "CHN", ["Regierungschef John Lee", "er"]),
        entity("David Cameron", "PER", "GBR", ["Der britische Außenminister David Cameron", "Er"]),
        entity("Government of Hong Kong", "ORG", "CHN", ["die Behörden in Hongkong"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Volker Türk", "PER", "UNO", ["UN-Menschenrechtskommissar Volker Türk"]),
        entity("European Union", "ORG", "EUR", ["die Europäische Union"]),
        entity("Australia", "GPE", "AUS", ["Australien"]),
        entity("Japan", "GPE", "JPN", ["Japan"]),
        entity("China", "GPE", "CHN", ["Peking", "Chinas"]),
        entity("United Kingdom", "GPE", "GBR", ["London"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Lin Jian", "PER", "CHN", ["Außenamtssprecher Lin Jian"]),
        entity("Hong Kong democracy movement", "ORG", "CHN", ["die Demokratiebewegung der Stadt"]),
    ],
}

# ---------------------------------------------------------------- hm138-de-03
PIF = actor("Pacific Islands Forum", "IGO", "IGO")
QIAN_BO = actor("Qian Bo", "CHN", "GOV")
TWN = actor("Taiwan", "TWN", "GOV")
TWN_MFA = actor("Ministry of Foreign Affairs of Taiwan", "TWN", "GOV")
WHIPPS = actor("Surangel Whipps Jr.", "PLW", "GOV")
GUTERRES = actor("António Guterres", "UNO", "IGO")

C1 = "Nach Protesten Chinas hat das Pacific Islands Forum (PIF) einen Verweis auf Taiwan aus der Abschlusserklärung seines Gipfeltreffens in Tonga gestrichen."
C2 = "Die am Freitagabend veröffentlichte Fassung hatte noch einen Absatz enthalten, in dem die Staats- und Regierungschefs die seit 1992 bestehenden Beziehungen des Forums zu Taiwan bekräftigten."
C3 = "Am Samstag stellte das Sekretariat in Suva eine neue Version ohne diese Passage ins Netz."
C4 = "Chinas Sondergesandter für den Pazifik, Qian Bo, hatte Journalisten zuvor gesagt, der Absatz sei „ein Fehler“ und müsse korrigiert werden."
C5 = "Drei Mitglieder des Forums – Palau, die Marshallinseln und Tuvalu – unterhalten noch diplomatische Beziehungen zu Taipeh."
C6 = "Das Außenministerium in Taipeh verurteilte Chinas „grobe Einmischung“ in die Arbeit des Forums."
C7 = "Palaus Präsident Surangel Whipps Jr. nannte die Streichung „inakzeptabel“ und warf Peking vor, das Forum unter Druck zu setzen."
C8 = "Ein Sprecher des Forums sprach von einem Versehen bei der Veröffentlichung."
C9 = "Beim Gipfel in der tongaischen Hauptstadt Nuku'alofa hatte Australien zudem rund 400 Millionen australische Dollar für eine regionale Polizeiinitiative zugesagt."
C10 = "Auch UN-Generalsekretär António Guterres hatte an dem Treffen teilgenommen und die großen Industriestaaten zu mehr Klimaschutz aufgerufen."

DE03 = {
    "id": "hm138-de-03", "lang": "de", "url": None, "published": "2024-08-31",
    "title": "Pazifikforum streicht Taiwan-Passage nach Protest Chinas",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8], [C9, C10]),
    "events": [
        event("ACCUSE", CHINA, PIF, C1, mode="disapprove"),
        event("CONCEDE", PIF, CHINA, C1),
        event("SUPPORT", PIF, TWN, C2, date="2024-08-30", location="Nuku'alofa", location_country="TON"),
        event("CONCEDE", PIF, CHINA, C3, date="2024-08-31", location="Suva", location_country="FJI"),
        event("ACCUSE", QIAN_BO, PIF, C4, mode="disapprove"),
        event("REQUEST", QIAN_BO, PIF, C4, mode="change"),
        event("ACCUSE", TWN_MFA, CHINA, C6, mode="disapprove"),
        event("ACCUSE", WHIPPS, PIF, C7, mode="disapprove"),
        event("ACCUSE", WHIPPS, CHINA, C7, mode="allege"),
        event("CONCEDE", PIF, None, C8),
        event("AGREE", AUSTRALIA, PIF, C9, location="Nuku'alofa", location_country="TON"),
        event("CONSULT", GUTERRES, PIF, C10, mode="multilateral", location="Nuku'alofa", location_country="TON"),
        event("REQUEST", GUTERRES, None, C10, mode="change"),
    ],
    "quotes": [
        quote("ein Fehler", "Qian Bo", "direct"),
        quote("der Absatz sei „ein Fehler“ und müsse korrigiert werden", "Qian Bo", "indirect"),
        quote("grobe Einmischung", "Ministry of Foreign Affairs of Taiwan", "direct"),
        quote("inakzeptabel", "Surangel Whipps Jr.", "direct"),
        quote("das Forum unter Druck zu setzen", "Surangel Whipps Jr.", "indirect"),
    ],
    "entities": [
        entity("China", "GPE", "CHN", ["Chinas", "Peking"]),
        entity("Pacific Islands Forum", "ORG", "IGO", ["das Pacific Islands Forum (PIF)", "des Forums", "das Forum"]),
        entity("Taiwan", "GPE", "TWN", ["Taiwan", "Taipeh"]),
        entity("Tonga", "GPE", "TON", ["Tonga"]),
        entity("Pacific Islands Forum leaders", "ORG", "IGO", ["die Staats- und Regierungschefs"]),
        entity("Pacific Islands Forum Secretariat", "ORG", "IGO", ["das Sekretariat in Suva"]),
        entity("Suva", "LOC", "FJI", ["Suva"]),
        entity("Qian Bo", "PER", "CHN", ["Chinas Sondergesandter für den Pazifik, Qian Bo"]),
        entity("Pacific", "LOC", None, ["den Pazifik"]),
        entity("journalists", "ORG", None, ["Journalisten"]),
        entity("Palau", "GPE", "PLW", ["Palau", "Palaus"]),
        entity("Marshall Islands", "GPE", "MHL", ["die Marshallinseln"]),
        entity("Tuvalu", "GPE", "TUV", ["Tuvalu"]),
        entity("Ministry of Foreign Affairs of Taiwan", "ORG", "TWN", ["Das Außenministerium in Taipeh"]),
        entity("Surangel Whipps Jr.", "PER", "PLW", ["Palaus Präsident Surangel Whipps Jr."]),
        entity("Pacific Islands Forum spokesman", "PER", "IGO", ["Ein Sprecher des Forums"]),
        entity("Nuku'alofa", "LOC", "TON", ["der tongaischen Hauptstadt Nuku'alofa"]),
        entity("Australia", "GPE", "AUS", ["Australien"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
        entity("industrialised countries", "GPE", None, ["die großen Industriestaaten"]),
    ],
}

# ---------------------------------------------------------------- hm138-de-04
FJ_HC = actor("High Court of Fiji", "FJI", "JUD")
BAINIMARAMA = actor("Frank Bainimarama", "FJI", "OPP")
QILIHO = actor("Sitiveni Qiliho", "FJI", "COP")
TEMO = actor("Salesi Temo", "FJI", "JUD")
FJ_MAG_COURT = actor("Magistrates Court of Fiji", "FJI", "JUD")
FJ_CORRECTIONS = actor("Fiji Corrections Service", "FJI", "COP")
RABUKA = actor("Sitiveni Rabuka", "FJI", "GOV")
FIJIFIRST = actor("FijiFirst", "FJI", "OPP")
FJ_GOV = actor("Government of Fiji", "FJI", "GOV")
FJ_PARL = actor("Parliament of Fiji", "FJI", "LEG")

D1 = "Fidschis früherer Ministerpräsident Frank Bainimarama ist wegen versuchter Behinderung der Justiz zu einem Jahr Haft verurteilt worden."
D2 = "Der amtierende Oberste Richter Salesi Temo verkündete das Strafmaß am Donnerstag am High Court in Suva."
D3 = "Der frühere Polizeichef Sitiveni Qiliho muss für zwei Jahre ins Gefängnis."
D4 = "Nach Überzeugung des Gerichts hatte Bainimarama 2020 als Regierungschef darauf hingewirkt, dass Qiliho Ermittlungen zu mutmaßlichen Finanzunregelmäßigkeiten an der University of the South Pacific (USP) einstellte."
D5 = "Ein Amtsgericht hatte beide Männer im vergangenen Oktober noch freigesprochen; der High Court hob dieses Urteil im März auf und sprach sie schuldig."
D6 = "Bainimarama, der Fidschi nach einem Militärputsch 2006 insgesamt 16 Jahre lang regiert hatte, wurde nach der Urteilsverkündung von Justizvollzugsbeamten abgeführt."
D7 = "Vor dem Gericht hatten sich Dutzende Anhänger versammelt, einige von ihnen weinten."
D8 = "Sein Anwalt kündigte an, gegen das Urteil Berufung einzulegen."
D9 = "Ministerpräsident Sitiveni Rabuka, der Bainimarama bei der Wahl 2022 knapp geschlagen hatte, sagte, das Urteil zeige, dass in Fidschi niemand über dem Gesetz stehe."
D10 = "Die von Bainimarama gegründete Partei FijiFirst sprach dagegen von einer „politischen Abrechnung“ der Regierung."
D11 = "Das Parlament hatte Bainimarama bereits im vergangenen Jahr wegen Äußerungen über den Staatspräsidenten für drei Jahre suspendiert, woraufhin er sein Mandat niederlegte."

DE04 = {
    "id": "hm138-de-04", "lang": "de", "url": None, "published": "2024-05-09",
    "title": "Fidschis Ex-Regierungschef Bainimarama muss ins Gefängnis",
    "text": paragraphs([D1, D2, D3, D4, D5], [D6, D7, D8], [D9, D10, D11]),
    "events": [
        event("SANCTION", FJ_HC, BAINIMARAMA, D1, mode="convict", date="2024-05-09", location="Suva", location_country="FJI"),
        event("COERCE", FJ_HC, BAINIMARAMA, D1, mode="arrest", date="2024-05-09", location="Suva", location_country="FJI"),
        event("SANCTION", TEMO, BAINIMARAMA, D2, mode="convict", date="2024-05-09", location="Suva", location_country="FJI"),
        event("SANCTION", FJ_HC, QILIHO, D3, mode="convict", date="2024-05-09", location="Suva", location_country="FJI"),
        event("COERCE", FJ_HC, QILIHO, D3, mode="arrest", date="2024-05-09", location="Suva", location_country="FJI"),
        event("CONCEDE", FJ_MAG_COURT, BAINIMARAMA, D5),
        event("CONCEDE", FJ_MAG_COURT, QILIHO, D5),
        event("SANCTION", FJ_HC, BAINIMARAMA, D5, mode="convict"),
        event("SANCTION", FJ_HC, QILIHO, D5, mode="convict"),
        event("COERCE", FJ_CORRECTIONS, BAINIMARAMA, D6, mode="arrest", date="2024-05-09", location="Suva", location_country="FJI"),
        event("SUPPORT", RABUKA, FJ_HC, D9),
        event("ACCUSE", FIJIFIRST, FJ_GOV, D10, mode="allege"),
        event("SANCTION", FJ_PARL, BAINIMARAMA, D11, mode="expel"),
        event("RETREAT", BAINIMARAMA, None, D11, mode="resign"),
    ],
    "quotes": [
        quote("Nach Überzeugung des Gerichts hatte Bainimarama 2020 als Regierungschef darauf hingewirkt, dass Qiliho Ermittlungen zu mutmaßlichen Finanzunregelmäßigkeiten an der University of the South Pacific (USP) einstellte", "High Court of Fiji", "indirect"),
        quote("gegen das Urteil Berufung einzulegen", "lawyer of Frank Bainimarama", "indirect"),
        quote("das Urteil zeige, dass in Fidschi niemand über dem Gesetz stehe", "Sitiveni Rabuka", "indirect"),
        quote("politischen Abrechnung", "FijiFirst", "direct"),
    ],
    "entities": [
        entity("Fiji", "GPE", "FJI", ["Fidschis", "Fidschi"]),
        entity("Frank Bainimarama", "PER", "FJI", ["Fidschis früherer Ministerpräsident Frank Bainimarama", "Bainimarama", "er"]),
        entity("Salesi Temo", "PER", "FJI", ["Der amtierende Oberste Richter Salesi Temo"]),
        entity("High Court of Fiji", "ORG", "FJI", ["High Court in Suva", "des Gerichts", "der High Court", "dem Gericht"]),
        entity("Suva", "LOC", "FJI", ["Suva"]),
        entity("Sitiveni Qiliho", "PER", "FJI", ["Der frühere Polizeichef Sitiveni Qiliho", "Qiliho"]),
        entity("University of the South Pacific", "ORG", "FJI", ["der University of the South Pacific (USP)"]),
        entity("Magistrates Court of Fiji", "ORG", "FJI", ["Ein Amtsgericht"]),
        entity("Bainimarama and Qiliho", "PER", "FJI", ["beide Männer"]),
        entity("Fiji Corrections Service", "ORG", "FJI", ["Justizvollzugsbeamten"]),
        entity("Bainimarama supporters", "ORG", "FJI", ["Dutzende Anhänger"]),
        entity("lawyer of Frank Bainimarama", "PER", "FJI", ["Sein Anwalt"]),
        entity("Sitiveni Rabuka", "PER", "FJI", ["Ministerpräsident Sitiveni Rabuka"]),
        entity("FijiFirst", "ORG", "FJI", ["Die von Bainimarama gegründete Partei FijiFirst"]),
        entity("Government of Fiji", "ORG", "FJI", ["der Regierung"]),
        entity("Parliament of Fiji", "ORG", "FJI", ["Das Parlament"]),
        entity("Wiliame Katonivere", "PER", "FJI", ["den Staatspräsidenten"]),
    ],
}

# ---------------------------------------------------------------- hm138-en-01
ASEAN = actor("Association of Southeast Asian Nations", "IGO", "IGO")
TLS = actor("Timor-Leste", "TLS", "GOV")
ANWAR = actor("Anwar Ibrahim", "MYS", "GOV")
MMR_MIL = actor("Myanmar military government", "MMR", "MIL")
TRUMP = actor("Donald Trump", "USA", "GOV")
MALAYSIA = actor("Malaysia", "MYS", "GOV")

E1 = "Southeast Asian leaders formally admitted Timor-Leste as the 11th member of their regional bloc on Sunday, ending a 14-year wait for one of Asia's youngest and poorest nations."
E2 = "Timor-Leste's Prime Minister Xanana Gusmao, a former independence guerrilla leader, wiped away tears as the half-island nation's flag was raised alongside those of the other members at the summit venue in Kuala Lumpur."
E3 = "\"This is not the end of a journey, but the start of a new one,\" Gusmao told the assembled leaders."
E4 = "Malaysian Prime Minister Anwar Ibrahim, who holds ASEAN's rotating chairmanship this year, said the accession completed \"the ASEAN family\" and pledged the bloc's help as the newcomer adapts to its rules."
E5 = "Timor-Leste applied for membership in 2011 and was granted observer status in 2022, but its entry was held up by concerns about its capacity to implement the bloc's economic agreements."
E6 = "Gusmao's government has said it will ratify the remaining ASEAN treaties and protocols within the next few years."
E7 = "In their chairman's statement, the leaders called for an end to violence in Myanmar and urged the military government to allow unhindered humanitarian access."
E8 = "Myanmar's junta chief, Senior General Min Aung Hlaing, was again absent because ASEAN has barred the country's military leaders from its summits since the 2021 coup."
E9 = "Anwar later held talks with U.S. President Donald Trump, who arrived in Kuala Lumpur on Sunday on his first trip to Asia since returning to the White House."
E10 = "The two leaders signed a trade agreement that keeps U.S. tariffs on most Malaysian goods at 19%, while Malaysia pledged to buy American aircraft and liquefied natural gas."
E11 = "\"This is a very big deal for both countries,\" Trump said as he signed the document alongside Anwar."

EN01 = {
    "id": "hm138-en-01", "lang": "en", "url": None, "published": "2025-10-26",
    "title": "ASEAN admits Timor-Leste as 11th member",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8], [E9, E10, E11]),
    "events": [
        event("SUPPORT", ASEAN, TLS, E1, date="2025-10-26", location="Kuala Lumpur", location_country="MYS"),
        event("AGREE", ANWAR, TLS, E4),
        event("REQUEST", TLS, ASEAN, E5, mode="assist"),
        event("SUPPORT", ASEAN, TLS, E5),
        event("AGREE", TLS, ASEAN, E6),
        event("REQUEST", ASEAN, MMR_MIL, E7, mode="yield"),
        event("SANCTION", ASEAN, MMR_MIL, E8, mode="expel"),
        event("CONSULT", TRUMP, ANWAR, E9, mode="visit", date="2025-10-26", location="Kuala Lumpur", location_country="MYS"),
        event("SUPPORT", TRUMP, ANWAR, E10, date="2025-10-26", location="Kuala Lumpur", location_country="MYS"),
        event("AGREE", MALAYSIA, USA, E10),
        event("SUPPORT", TRUMP, ANWAR, E11, date="2025-10-26", location="Kuala Lumpur", location_country="MYS"),
    ],
    "quotes": [
        quote("This is not the end of a journey, but the start of a new one", "Xanana Gusmao", "direct"),
        quote("the ASEAN family", "Anwar Ibrahim", "direct"),
        quote("the accession completed \"the ASEAN family\"", "Anwar Ibrahim", "indirect"),
        quote("it will ratify the remaining ASEAN treaties and protocols within the next few years", "Government of Timor-Leste", "indirect"),
        quote("This is a very big deal for both countries", "Donald Trump", "direct"),
    ],
    "entities": [
        entity("Southeast Asian leaders", "ORG", "IGO", ["Southeast Asian leaders", "the assembled leaders", "the leaders"]),
        entity("Timor-Leste", "GPE", "TLS", ["Timor-Leste", "one of Asia's youngest and poorest nations", "the half-island nation", "the newcomer"]),
        entity("Association of Southeast Asian Nations", "ORG", "IGO", ["their regional bloc", "ASEAN", "the bloc"]),
        entity("Asia", "LOC", None, ["Asia"]),
        entity("Xanana Gusmao", "PER", "TLS", ["Timor-Leste's Prime Minister Xanana Gusmao", "Gusmao"]),
        entity("ASEAN members", "GPE", None, ["the other members"]),
        entity("Kuala Lumpur summit venue", "LOC", "MYS", ["the summit venue in Kuala Lumpur"]),
        entity("Kuala Lumpur", "LOC", "MYS", ["Kuala Lumpur"]),
        entity("Anwar Ibrahim", "PER", "MYS", ["Malaysian Prime Minister Anwar Ibrahim", "Anwar"]),
        entity("Government of Timor-Leste", "ORG", "TLS", ["Gusmao's government"]),
        entity("Myanmar", "GPE", "MMR", ["Myanmar", "the country"]),
        entity("Myanmar military government", "ORG", "MMR", ["the military government", "the country's military leaders"]),
        entity("Min Aung Hlaing", "PER", "MMR", ["Myanmar's junta chief, Senior General Min Aung Hlaing"]),
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump", "Trump", "his", "he"]),
        entity("White House", "ORG", "USA", ["the White House"]),
        entity("United States", "GPE", "USA", ["U.S."]),
        entity("Malaysia", "GPE", "MYS", ["Malaysia"]),
    ],
}

# ---------------------------------------------------------------- hm138-en-02
TALIBAN = actor("Taliban", "AFG", "GOV")
GLEZMANN = actor("George Glezmann", "USA", "CVL")
TALIBAN_INTEL = actor("Taliban General Directorate of Intelligence", "AFG", "GOV")
BOEHLER = actor("Adam Boehler", "USA", "GOV")
KHALILZAD = actor("Zalmay Khalilzad", "USA", "GOV")
MUTTAQI = actor("Amir Khan Muttaqi", "AFG", "GOV")
TALIBAN_MFA = actor("Taliban Ministry of Foreign Affairs", "AFG", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")
QATAR = actor("Qatar", "QAT", "GOV")
CORBETT = actor("Ryan Corbett", "USA", "CVL")
MCKENTY = actor("William McKenty", "USA", "CVL")
KHAN_MOHAMMED = actor("Khan Mohammed", "AFG", "CVL")

F1 = "The Taliban released American tourist George Glezmann on Thursday after more than two years in detention in Afghanistan, following a rare visit to Kabul by U.S. officials, the State Department said."
F2 = "Glezmann, a 66-year-old airline mechanic from Atlanta, was detained by Taliban intelligence in December 2022 while sightseeing in the Afghan capital."
F3 = "He was flown to Qatar, which helped broker his release, and was expected to return to the United States within days."
F4 = "U.S. hostage envoy Adam Boehler and former special envoy Zalmay Khalilzad met Taliban Foreign Minister Amir Khan Muttaqi in Kabul on Thursday, according to a statement from the Taliban government."
F5 = "The Taliban's foreign ministry described the release as a \"humanitarian gesture\" and said it showed Kabul was ready to settle disputes with Washington through dialogue."
F6 = "Secretary of State Marco Rubio welcomed the release as a \"positive and constructive step\" and thanked Qatar for its help."
F7 = "Rubio said Washington still expected the Taliban to free other Americans held in Afghanistan, including Mahmood Habibi, a former contractor for a telecommunications company."
F8 = "The Taliban have denied holding Habibi."
F9 = "Earlier this month, Rubio had threatened to put a \"very big bounty\" on Taliban leaders if reports that the group was holding more Americans proved true."
F10 = "In January, the Taliban freed two other Americans, Ryan Corbett and William McKenty, in exchange for an Afghan man serving a life sentence in the United States on drug and terrorism charges."

EN02 = {
    "id": "hm138-en-02", "lang": "en", "url": None, "published": "2025-03-20",
    "title": "Taliban free American George Glezmann after U.S. visit to Kabul",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7, F8], [F9, F10]),
    "events": [
        event("RETREAT", TALIBAN, GLEZMANN, F1, mode="release", date="2025-03-20", location="Kabul", location_country="AFG"),
        event("CONSULT", USA, TALIBAN, F1, mode="visit", date="2025-03-20", location="Kabul", location_country="AFG"),
        event("COERCE", TALIBAN_INTEL, GLEZMANN, F2, mode="arrest", location="Kabul", location_country="AFG"),
        event("CONSULT", BOEHLER, MUTTAQI, F4, mode="visit", date="2025-03-20", location="Kabul", location_country="AFG"),
        event("CONSULT", KHALILZAD, MUTTAQI, F4, mode="visit", date="2025-03-20", location="Kabul", location_country="AFG"),
        event("AGREE", TALIBAN_MFA, USA, F5),
        event("SUPPORT", RUBIO, TALIBAN, F6),
        event("SUPPORT", RUBIO, QATAR, F6),
        event("REQUEST", RUBIO, TALIBAN, F7, mode="yield"),
        event("THREATEN", RUBIO, TALIBAN, F9),
        event("RETREAT", TALIBAN, CORBETT, F10, mode="release"),
        event("RETREAT", TALIBAN, MCKENTY, F10, mode="release"),
        event("RETREAT", USA, KHAN_MOHAMMED, F10, mode="release"),
    ],
    "quotes": [
        quote("The Taliban released American tourist George Glezmann on Thursday after more than two years in detention in Afghanistan, following a rare visit to Kabul by U.S. officials", "United States Department of State", "indirect"),
        quote("U.S. hostage envoy Adam Boehler and former special envoy Zalmay Khalilzad met Taliban Foreign Minister Amir Khan Muttaqi in Kabul on Thursday", "Taliban", "indirect"),
        quote("humanitarian gesture", "Taliban Ministry of Foreign Affairs", "direct"),
        quote("it showed Kabul was ready to settle disputes with Washington through dialogue", "Taliban Ministry of Foreign Affairs", "indirect"),
        quote("positive and constructive step", "Marco Rubio", "direct"),
        quote("Washington still expected the Taliban to free other Americans held in Afghanistan, including Mahmood Habibi, a former contractor for a telecommunications company", "Marco Rubio", "indirect"),
        quote("very big bounty", "Marco Rubio", "direct"),
    ],
    "entities": [
        entity("Taliban", "ORG", "AFG", ["The Taliban", "the Taliban", "the Taliban government", "the group"]),
        entity("George Glezmann", "PER", "USA", ["American tourist George Glezmann", "Glezmann, a 66-year-old airline mechanic from Atlanta", "He", "his"]),
        entity("Afghanistan", "GPE", "AFG", ["Afghanistan"]),
        entity("Kabul", "LOC", "AFG", ["Kabul", "the Afghan capital"]),
        entity("U.S. officials", "ORG", "USA", ["U.S. officials"]),
        entity("United States Department of State", "ORG", "USA", ["the State Department"]),
        entity("Atlanta", "LOC", "USA", ["Atlanta"]),
        entity("Taliban General Directorate of Intelligence", "ORG", "AFG", ["Taliban intelligence"]),
        entity("Qatar", "GPE", "QAT", ["Qatar"]),
        entity("United States", "GPE", "USA", ["the United States", "Washington"]),
        entity("Adam Boehler", "PER", "USA", ["U.S. hostage envoy Adam Boehler"]),
        entity("Zalmay Khalilzad", "PER", "USA", ["former special envoy Zalmay Khalilzad"]),
        entity("Amir Khan Muttaqi", "PER", "AFG", ["Taliban Foreign Minister Amir Khan Muttaqi"]),
        entity("Taliban Ministry of Foreign Affairs", "ORG", "AFG", ["The Taliban's foreign ministry"]),
        entity("Marco Rubio", "PER", "USA", ["Secretary of State Marco Rubio", "Rubio"]),
        entity("Americans held in Afghanistan", "PER", "USA", ["other Americans held in Afghanistan", "more Americans"]),
        entity("Mahmood Habibi", "PER", "USA", ["Mahmood Habibi, a former contractor for a telecommunications company", "Habibi"]),
        entity("telecommunications company", "ORG", None, ["a telecommunications company"]),
        entity("Taliban leaders", "PER", "AFG", ["Taliban leaders"]),
        entity("Ryan Corbett", "PER", "USA", ["Ryan Corbett"]),
        entity("William McKenty", "PER", "USA", ["William McKenty"]),
        entity("Khan Mohammed", "PER", "AFG", ["an Afghan man serving a life sentence in the United States on drug and terrorism charges"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
