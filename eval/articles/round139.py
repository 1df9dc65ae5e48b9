"""Round 139: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm139-de-01: Lithuania's Prime Minister Gintautas Paluckas resigns over his business dealings (2025-07-31).
- hm139-de-02: Hungary grants asylum to Poland's ex-deputy justice minister Marcin Romanowski; Warsaw recalls its ambassador (2024-12-20).
- hm139-de-03: Norway's Centre Party quits Støre's coalition over the EU energy directives (2025-01-30).
- hm139-de-04: A Batumi court sentences Georgian journalist Mzia Amaglobeli to two years; EU and RSF protest (2025-08-06).
- hm139-en-01: Air Canada flight attendants defy the labour board's back-to-work order (2025-08-17).
- hm139-en-02: The EU fines Apple and Meta under the Digital Markets Act; the White House threatens (2025-04-23).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm139-de-01
PALUCKAS = actor("Gintautas Paluckas", "LTU", "GOV")
NAUSEDA = actor("Gitanas Nausėda", "LTU", "GOV")
LTU_PROSECUTORS = actor("Prosecutor General's Office of Lithuania", "LTU", "JUD")
LTU_STT = actor("Special Investigation Service of Lithuania", "LTU", "COP")
LTU_PROTESTERS = actor("Lithuanian protesters", "LTU", "CVL")
HOMELAND_UNION = actor("Homeland Union", "LTU", "OPP")
LTU_COALITION = actor("Lithuanian governing coalition", "LTU", "PTY")
ZEMAITAITIS = actor("Remigijus Žemaitaitis", "LTU", "PTY")
LSDP = actor("Social Democratic Party of Lithuania", "LTU", "PTY")

A1 = "Litauens Ministerpräsident Gintautas Paluckas hat am Donnerstag nach wochenlanger Kritik an seinen Geschäftsbeziehungen seinen Rücktritt erklärt."
A2 = "„Ich habe diese Entscheidung getroffen, um die Regierung und die Partei vor weiterem Schaden zu bewahren“, sagte der Sozialdemokrat in einer Fernsehansprache in Vilnius."
A3 = "Wenig später überreichte er Staatspräsident Gitanas Nausėda im Präsidentenpalast sein Rücktrittsgesuch."
A4 = "Die Staatsanwaltschaft und die Sonderermittlungsbehörde STT prüfen seit Mitte Juli, ob Firmen aus dem Umfeld des Regierungschefs unrechtmäßig von EU-Fördermitteln profitiert haben."
A5 = "Paluckas weist die Vorwürfe zurück und spricht von einer „politisch motivierten Kampagne“ der Opposition."
A6 = "Am Dienstagabend hatten in der Hauptstadt mehrere tausend Menschen, überwiegend Studierende, vor dem Regierungssitz gegen den Regierungschef demonstriert."
A7 = "Die oppositionelle Vaterlandsunion hatte ihn zum Rücktritt aufgefordert und mit einem Misstrauensantrag im Parlament gedroht."
A8 = "Nausėda nahm den Rücktritt an und dankte Paluckas für seine Arbeit."
A9 = "Zugleich forderte er die Regierungsparteien auf, sich rasch auf einen Nachfolger zu verständigen, um die Stabilität des Landes nicht zu gefährden."
A10 = "Remigijus Žemaitaitis, Chef des Koalitionspartners Morgenröte von Nemunas, sagte, seine Partei werde dem Regierungsbündnis treu bleiben."
A11 = "Bis zur Bildung einer neuen Regierung bleibt Paluckas geschäftsführend im Amt."

DE01 = {
    "id": "hm139-de-01", "lang": "de", "url": None, "published": "2025-07-31",
    "title": "Litauens Regierungschef Paluckas tritt zurück",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7], [A8, A9, A10, A11]),
    "events": [
        event("RETREAT", PALUCKAS, None, A1, mode="resign", date="2025-07-31", location="Vilnius", location_country="LTU"),
        event("RETREAT", PALUCKAS, None, A3, mode="resign", date="2025-07-31", location="Vilnius", location_country="LTU"),
        event("ACCUSE", LTU_PROSECUTORS, PALUCKAS, A4, mode="investigate"),
        event("ACCUSE", LTU_STT, PALUCKAS, A4, mode="investigate"),
        event("ACCUSE", PALUCKAS, HOMELAND_UNION, A5, mode="allege"),
        event("PROTEST", LTU_PROTESTERS, PALUCKAS, A6, mode="demo", date="2025-07-29", location="Vilnius", location_country="LTU"),
        event("REQUEST", HOMELAND_UNION, PALUCKAS, A7, mode="change"),
        event("THREATEN", HOMELAND_UNION, PALUCKAS, A7),
        event("SUPPORT", NAUSEDA, PALUCKAS, A8, date="2025-07-31"),
        event("REQUEST", NAUSEDA, LTU_COALITION, A9, mode="change", date="2025-07-31"),
        event("AGREE", ZEMAITAITIS, LSDP, A10),
    ],
    "quotes": [
        quote("Ich habe diese Entscheidung getroffen, um die Regierung und die Partei vor weiterem Schaden zu bewahren", "Gintautas Paluckas", "direct"),
        quote("politisch motivierten Kampagne", "Gintautas Paluckas", "direct"),
        quote("sich rasch auf einen Nachfolger zu verständigen, um die Stabilität des Landes nicht zu gefährden", "Gitanas Nausėda", "indirect"),
        quote("seine Partei werde dem Regierungsbündnis treu bleiben", "Remigijus Žemaitaitis", "indirect"),
    ],
    "entities": [
        entity("Lithuania", "GPE", "LTU", ["Litauens", "des Landes"]),
        entity("Gintautas Paluckas", "PER", "LTU", ["Litauens Ministerpräsident Gintautas Paluckas", "der Sozialdemokrat", "Paluckas", "des Regierungschefs", "den Regierungschef", "ihn"]),
        entity("Vilnius", "LOC", "LTU", ["Vilnius", "der Hauptstadt"]),
        entity("Government of Lithuania", "ORG", "LTU", ["die Regierung", "einer neuen Regierung"]),
        entity("Social Democratic Party of Lithuania", "ORG", "LTU", ["die Partei"]),
        entity("Gitanas Nausėda", "PER", "LTU", ["Staatspräsident Gitanas Nausėda", "Nausėda"]),
        entity("Presidential Palace (Vilnius)", "LOC", "LTU", ["Präsidentenpalast"]),
        entity("Prosecutor General's Office of Lithuania", "ORG", "LTU", ["Die Staatsanwaltschaft"]),
        entity("Special Investigation Service of Lithuania", "ORG", "LTU", ["die Sonderermittlungsbehörde STT"]),
        entity("companies linked to Paluckas", "ORG", "LTU", ["Firmen aus dem Umfeld des Regierungschefs"]),
        entity("European Union", "ORG", "EUR", ["EU"]),
        entity("Homeland Union", "ORG", "LTU", ["Die oppositionelle Vaterlandsunion", "der Opposition"]),
        entity("Lithuanian protesters", "ORG", "LTU", ["mehrere tausend Menschen, überwiegend Studierende"]),
        entity("Government headquarters (Vilnius)", "LOC", "LTU", ["dem Regierungssitz"]),
        entity("Seimas", "ORG", "LTU", ["Parlament"]),
        entity("Lithuanian governing coalition", "ORG", "LTU", ["die Regierungsparteien", "dem Regierungsbündnis"]),
        entity("Remigijus Žemaitaitis", "PER", "LTU", ["Remigijus Žemaitaitis"]),
        entity("Dawn of Nemunas", "ORG", "LTU", ["Koalitionspartners Morgenröte von Nemunas", "seine Partei"]),
    ],
}

# ---------------------------------------------------------------- hm139-de-02
HUN_GOV = actor("Government of Hungary", "HUN", "GOV")
ROMANOWSKI = actor("Marcin Romanowski", "POL", "OPP")
GULYAS = actor("Gergely Gulyás", "HUN", "GOV")
POL_GOV = actor("Government of Poland", "POL", "GOV")
POL_PROSECUTORS = actor("National Prosecutor's Office of Poland", "POL", "JUD")
WARSAW_COURT = actor("Warsaw court", "POL", "JUD")
SIKORSKI = actor("Radosław Sikorski", "POL", "GOV")
TUSK = actor("Donald Tusk", "POL", "GOV")
BODNAR = actor("Adam Bodnar", "POL", "GOV")
KACZYNSKI = actor("Jarosław Kaczyński", "POL", "OPP")

B1 = "Ungarn hat dem in Polen wegen Veruntreuung gesuchten früheren Vize-Justizminister Marcin Romanowski politisches Asyl gewährt."
B2 = "Kanzleramtsminister Gergely Gulyás bestätigte am Freitag in Budapest die Entscheidung und sagte, der Politiker der rechtskonservativen PiS könne in seiner Heimat „kein faires Verfahren“ erwarten."
B3 = "Die polnische Staatsanwaltschaft wirft Romanowski vor, als Vize-Minister Gelder aus einem Fonds für Kriminalitätsopfer zweckentfremdet zu haben."
B4 = "Ein Warschauer Gericht hatte Anfang Dezember Untersuchungshaft gegen den Abgeordneten angeordnet, seither wird er mit einem Europäischen Haftbefehl gesucht."
B5 = "Die Regierung in Warschau reagierte empört."
B6 = "Außenminister Radosław Sikorski bestellte den ungarischen Botschafter ein und rief Polens Botschafter in Budapest zu Konsultationen zurück."
B7 = "Ministerpräsident Donald Tusk sprach von einem „feindseligen Akt“ gegenüber einem EU-Partner."
B8 = "Justizminister Adam Bodnar forderte Budapest auf, Romanowski auf Grundlage des Haftbefehls unverzüglich auszuliefern."
B9 = "Romanowski selbst schrieb auf der Plattform X, er werde in Polen „politisch verfolgt“."
B10 = "PiS-Chef Jarosław Kaczyński verteidigte die Flucht seines Parteifreundes nach Budapest."
B11 = "Ungarns Regierung lehnte eine Auslieferung ab und erklärte, die Entscheidung über das Asyl sei endgültig."

DE02 = {
    "id": "hm139-de-02", "lang": "de", "url": None, "published": "2024-12-20",
    "title": "Ungarn gewährt polnischem Ex-Vizeminister Asyl – Warschau ruft Botschafter zurück",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8], [B9, B10, B11]),
    "events": [
        event("AID", HUN_GOV, ROMANOWSKI, B1),
        event("ACCUSE", GULYAS, POL_GOV, B2, mode="allege", date="2024-12-20", location="Budapest", location_country="HUN"),
        event("ACCUSE", POL_PROSECUTORS, ROMANOWSKI, B3, mode="allege"),
        event("THREATEN", WARSAW_COURT, ROMANOWSKI, B4, mode="arrest"),
        event("ACCUSE", POL_GOV, HUN_GOV, B5, mode="disapprove"),
        event("ACCUSE", SIKORSKI, HUN_GOV, B6, mode="disapprove"),
        event("SANCTION", SIKORSKI, HUN_GOV, B6, mode="withdraw"),
        event("ACCUSE", TUSK, HUN_GOV, B7, mode="disapprove"),
        event("REQUEST", BODNAR, HUN_GOV, B8, mode="assist"),
        event("ACCUSE", ROMANOWSKI, POL_GOV, B9, mode="allege"),
        event("SUPPORT", KACZYNSKI, ROMANOWSKI, B10),
        event("REJECT", HUN_GOV, POL_GOV, B11, mode="assist"),
    ],
    "quotes": [
        quote("kein faires Verfahren", "Gergely Gulyás", "direct"),
        quote("der Politiker der rechtskonservativen PiS könne in seiner Heimat „kein faires Verfahren“ erwarten", "Gergely Gulyás", "indirect"),
        quote("als Vize-Minister Gelder aus einem Fonds für Kriminalitätsopfer zweckentfremdet zu haben", "National Prosecutor's Office of Poland", "indirect"),
        quote("feindseligen Akt", "Donald Tusk", "direct"),
        quote("Romanowski auf Grundlage des Haftbefehls unverzüglich auszuliefern", "Adam Bodnar", "indirect"),
        quote("politisch verfolgt", "Marcin Romanowski", "direct"),
        quote("er werde in Polen „politisch verfolgt“", "Marcin Romanowski", "indirect"),
        quote("die Entscheidung über das Asyl sei endgültig", "Government of Hungary", "indirect"),
    ],
    "entities": [
        entity("Hungary", "GPE", "HUN", ["Ungarn", "Ungarns Regierung"]),
        entity("Budapest", "LOC", "HUN", ["Budapest"]),
        entity("Poland", "GPE", "POL", ["Polen", "Polens", "Die Regierung in Warschau", "seiner Heimat"]),
        entity("Warsaw", "LOC", "POL", ["Warschau"]),
        entity("Marcin Romanowski", "PER", "POL", ["früheren Vize-Justizminister Marcin Romanowski", "Romanowski", "der Politiker der rechtskonservativen PiS", "den Abgeordneten", "seines Parteifreundes"]),
        entity("Gergely Gulyás", "PER", "HUN", ["Kanzleramtsminister Gergely Gulyás"]),
        entity("Law and Justice", "ORG", "POL", ["PiS"]),
        entity("National Prosecutor's Office of Poland", "ORG", "POL", ["Die polnische Staatsanwaltschaft"]),
        entity("Justice Fund", "ORG", "POL", ["einem Fonds für Kriminalitätsopfer"]),
        entity("Warsaw court", "ORG", "POL", ["Ein Warschauer Gericht"]),
        entity("Radosław Sikorski", "PER", "POL", ["Außenminister Radosław Sikorski"]),
        entity("Ambassador of Hungary to Poland", "PER", "HUN", ["den ungarischen Botschafter"]),
        entity("Ambassador of Poland to Hungary", "PER", "POL", ["Polens Botschafter in Budapest"]),
        entity("Donald Tusk", "PER", "POL", ["Ministerpräsident Donald Tusk"]),
        entity("European Union", "ORG", "EUR", ["EU"]),
        entity("Adam Bodnar", "PER", "POL", ["Justizminister Adam Bodnar"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Jarosław Kaczyński", "PER", "POL", ["PiS-Chef Jarosław Kaczyński"]),
    ],
}

# ---------------------------------------------------------------- hm139-de-03
STORE = actor("Jonas Gahr Støre", "NOR", "GOV")
NOR_GOV = actor("Government of Norway", "NOR", "GOV")
CENTRE = actor("Centre Party (Norway)", "NOR", "PTY")
CENTRE_MINISTERS = actor("Centre Party ministers", "NOR", "GOV")
VEDUM = actor("Trygve Slagsvold Vedum", "NOR", "PTY")
LABOUR_NOR = actor("Labour Party (Norway)", "NOR", "PTY")
SOLBERG = actor("Erna Solberg", "NOR", "OPP")

C1 = "In Norwegen ist die Regierung von Ministerpräsident Jonas Gahr Støre im Streit über die Energiepolitik zerbrochen."
C2 = "Die euroskeptische Zentrumspartei des bisherigen Finanzministers Trygve Slagsvold Vedum verließ am Donnerstag das Regierungsbündnis mit Støres Arbeiterpartei."
C3 = "„Wir können nicht Teil einer Regierung sein, die immer mehr Macht über unsere Energie nach Brüssel abgibt“, sagte Vedum vor Journalisten in Oslo."
C4 = "Alle acht Minister der Partei reichten ihren Rücktritt ein."
C5 = "Auslöser ist der Plan der Regierung, drei Richtlinien aus dem vierten Energiepaket der EU zu übernehmen, zu deren Umsetzung Norwegen als Mitglied des Europäischen Wirtschaftsraums verpflichtet ist."
C6 = "Die Zentrumspartei hatte verlangt, zunächst mit der EU-Kommission über Ausnahmen für den norwegischen Strommarkt zu verhandeln."
C7 = "Vedum kündigte an, seine Partei werde im Parlament gegen die Übernahme der Richtlinien stimmen."
C8 = "Støre nannte den Bruch der Koalition „bedauerlich und unnötig“."
C9 = "Er warf dem früheren Partner vor, angesichts schlechter Umfragewerte Wahlkampf auf Kosten der Regierung zu machen."
C10 = "Seine Arbeiterpartei werde bis zur Parlamentswahl im September allein weiterregieren, sagte der Ministerpräsident."
C11 = "Die Vorsitzende der oppositionellen Konservativen, Erna Solberg, sprach von „Chaos“ in der Regierung, bot aber an, die Übernahme der Richtlinien im Parlament zu unterstützen."

DE03 = {
    "id": "hm139-de-03", "lang": "de", "url": None, "published": "2025-01-30",
    "title": "Norwegens Regierung zerbricht am Streit über EU-Energieregeln",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7], [C8, C9, C10, C11]),
    "events": [
        event("SANCTION", CENTRE, LABOUR_NOR, C2, mode="withdraw", date="2025-01-30"),
        event("ACCUSE", VEDUM, NOR_GOV, C3, mode="disapprove", date="2025-01-30", location="Oslo", location_country="NOR"),
        event("RETREAT", CENTRE_MINISTERS, None, C4, mode="resign", date="2025-01-30"),
        event("REQUEST", CENTRE, NOR_GOV, C6, mode="meet"),
        event("REJECT", VEDUM, NOR_GOV, C7, mode="change"),
        event("ACCUSE", STORE, CENTRE, C8, mode="disapprove"),
        event("ACCUSE", STORE, CENTRE, C9, mode="allege"),
        event("ACCUSE", SOLBERG, NOR_GOV, C11, mode="disapprove"),
        event("AGREE", SOLBERG, NOR_GOV, C11),
    ],
    "quotes": [
        quote("Wir können nicht Teil einer Regierung sein, die immer mehr Macht über unsere Energie nach Brüssel abgibt", "Trygve Slagsvold Vedum", "direct"),
        quote("zunächst mit der EU-Kommission über Ausnahmen für den norwegischen Strommarkt zu verhandeln", "Centre Party (Norway)", "indirect"),
        quote("seine Partei werde im Parlament gegen die Übernahme der Richtlinien stimmen", "Trygve Slagsvold Vedum", "indirect"),
        quote("bedauerlich und unnötig", "Jonas Gahr Støre", "direct"),
        quote("angesichts schlechter Umfragewerte Wahlkampf auf Kosten der Regierung zu machen", "Jonas Gahr Støre", "indirect"),
        quote("Seine Arbeiterpartei werde bis zur Parlamentswahl im September allein weiterregieren", "Jonas Gahr Støre", "indirect"),
        quote("Chaos", "Erna Solberg", "direct"),
        quote("die Übernahme der Richtlinien im Parlament zu unterstützen", "Erna Solberg", "indirect"),
    ],
    "entities": [
        entity("Norway", "GPE", "NOR", ["Norwegen"]),
        entity("Government of Norway", "ORG", "NOR", ["die Regierung von Ministerpräsident Jonas Gahr Støre", "einer Regierung", "der Regierung", "das Regierungsbündnis", "der Koalition"]),
        entity("Jonas Gahr Støre", "PER", "NOR", ["Ministerpräsident Jonas Gahr Støre", "Støres", "Støre", "Er", "der Ministerpräsident"]),
        entity("Centre Party (Norway)", "ORG", "NOR", ["Die euroskeptische Zentrumspartei des bisherigen Finanzministers Trygve Slagsvold Vedum", "der Partei", "Die Zentrumspartei", "seine Partei", "dem früheren Partner"]),
        entity("Trygve Slagsvold Vedum", "PER", "NOR", ["bisherigen Finanzministers Trygve Slagsvold Vedum", "Vedum"]),
        entity("Labour Party (Norway)", "ORG", "NOR", ["Støres Arbeiterpartei", "Seine Arbeiterpartei"]),
        entity("Oslo", "LOC", "NOR", ["Oslo"]),
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("Centre Party ministers", "ORG", "NOR", ["Alle acht Minister der Partei"]),
        entity("European Union", "ORG", "EUR", ["EU"]),
        entity("European Commission", "ORG", "EUR", ["der EU-Kommission"]),
        entity("European Economic Area", "ORG", "IGO", ["des Europäischen Wirtschaftsraums"]),
        entity("Storting", "ORG", "NOR", ["im Parlament"]),
        entity("Conservative Party (Norway)", "ORG", "NOR", ["der oppositionellen Konservativen"]),
        entity("Erna Solberg", "PER", "NOR", ["Die Vorsitzende der oppositionellen Konservativen, Erna Solberg"]),
    ],
}

# ---------------------------------------------------------------- hm139-de-04
BATUMI_COURT = actor("Batumi City Court", "GEO", "JUD")
AMAGLOBELI = actor("Mzia Amaglobeli", "GEO", "CVL")
GEO_POLICE = actor("Georgian police", "GEO", "COP")
GEO_GOV = actor("Government of Georgia", "GEO", "GOV")
AMAGLOBELI_LAWYER = actor("lawyer of Mzia Amaglobeli", "GEO", "CVL")
AMAGLOBELI_SUPPORTERS = actor("Amaglobeli supporters", "GEO", "CVL")
KALLAS = actor("Kaja Kallas", "EUR", "IGO")
KOS = actor("Marta Kos", "EUR", "IGO")
RSF = actor("Reporters Without Borders", "NGO", "NGO")
KOBAKHIDZE = actor("Irakli Kobakhidze", "GEO", "GOV")
EU = actor("European Union", "EUR", "IGO")

D1 = "Ein Gericht in der georgischen Schwarzmeerstadt Batumi hat die Journalistin Mzia Amaglobeli am Mittwoch zu zwei Jahren Haft verurteilt."
D2 = "Die Gründerin der unabhängigen Nachrichtenportale Batumelebi und Netgazeti war im Januar festgenommen worden, nachdem sie bei einer Protestaktion den örtlichen Polizeichef geohrfeigt haben soll."
D3 = "Amaglobeli war im Winter aus Protest gegen ihre Inhaftierung 38 Tage lang im Hungerstreik."
D4 = "„Dieses Urteil ist eine Strafe für unabhängigen Journalismus“, sagte ihr Anwalt nach der Verhandlung und kündigte Berufung an."
D5 = "Vor dem Gerichtsgebäude hatten sich Hunderte Unterstützer und Kollegen der Journalistin versammelt und „Freiheit für Mzia“ skandiert."
D6 = "Die Polizei riegelte den Zugang zum Gericht ab."
D7 = "Die EU-Außenbeauftragte Kaja Kallas und Erweiterungskommissarin Marta Kos verurteilten das Urteil als „weiteren Schlag gegen die Medienfreiheit“ in Georgien."
D8 = "Sie forderten die Regierung in Tiflis auf, die Journalistin unverzüglich freizulassen."
D9 = "Auch die Organisation Reporter ohne Grenzen sprach von einem politisch motivierten Verfahren."
D10 = "Ministerpräsident Irakli Kobachidse wies die Kritik zurück und warf der EU vor, sich in ein laufendes Strafverfahren einzumischen."

DE04 = {
    "id": "hm139-de-04", "lang": "de", "url": None, "published": "2025-08-06",
    "title": "Georgische Journalistin Amaglobeli zu zwei Jahren Haft verurteilt",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6], [D7, D8, D9, D10]),
    "events": [
        event("SANCTION", BATUMI_COURT, AMAGLOBELI, D1, mode="convict", date="2025-08-06", location="Batumi", location_country="GEO"),
        event("COERCE", BATUMI_COURT, AMAGLOBELI, D1, mode="arrest", date="2025-08-06", location="Batumi", location_country="GEO"),
        event("COERCE", GEO_POLICE, AMAGLOBELI, D2, mode="arrest"),
        event("PROTEST", AMAGLOBELI, GEO_GOV, D3, mode="hunger"),
        event("ACCUSE", AMAGLOBELI_LAWYER, BATUMI_COURT, D4, mode="disapprove", date="2025-08-06", location="Batumi", location_country="GEO"),
        event("PROTEST", AMAGLOBELI_SUPPORTERS, GEO_GOV, D5, mode="demo", date="2025-08-06", location="Batumi", location_country="GEO"),
        event("COERCE", GEO_POLICE, AMAGLOBELI_SUPPORTERS, D6, mode="restrict", date="2025-08-06", location="Batumi", location_country="GEO"),
        event("ACCUSE", KALLAS, BATUMI_COURT, D7, mode="disapprove"),
        event("ACCUSE", KOS, BATUMI_COURT, D7, mode="disapprove"),
        event("REQUEST", KALLAS, GEO_GOV, D8, mode="yield"),
        event("REQUEST", KOS, GEO_GOV, D8, mode="yield"),
        event("ACCUSE", RSF, GEO_GOV, D9, mode="allege"),
        event("ACCUSE", KOBAKHIDZE, EU, D10, mode="allege"),
    ],
    "quotes": [
        quote("Dieses Urteil ist eine Strafe für unabhängigen Journalismus", "lawyer of Mzia Amaglobeli", "direct"),
        quote("Freiheit für Mzia", "Amaglobeli supporters", "direct"),
        quote("weiteren Schlag gegen die Medienfreiheit", "Kaja Kallas", "direct"),
        quote("weiteren Schlag gegen die Medienfreiheit", "Marta Kos", "direct"),
        quote("die Journalistin unverzüglich freizulassen", "Kaja Kallas", "indirect"),
        quote("die Journalistin unverzüglich freizulassen", "Marta Kos", "indirect"),
        quote("sich in ein laufendes Strafverfahren einzumischen", "Irakli Kobakhidze", "indirect"),
    ],
    "entities": [
        entity("Batumi City Court", "ORG", "GEO", ["Ein Gericht in der georgischen Schwarzmeerstadt Batumi", "Gerichtsgebäude", "zum Gericht"]),
        entity("Batumi", "LOC", "GEO", ["Batumi"]),
        entity("Georgia", "GPE", "GEO", ["Georgien"]),
        entity("Mzia Amaglobeli", "PER", "GEO", ["die Journalistin Mzia Amaglobeli", "Die Gründerin der unabhängigen Nachrichtenportale Batumelebi und Netgazeti", "Amaglobeli", "der Journalistin", "die Journalistin", "Mzia"]),
        entity("Batumelebi", "ORG", "GEO", ["Batumelebi"]),
        entity("Netgazeti", "ORG", "GEO", ["Netgazeti"]),
        entity("Batumi police chief", "PER", "GEO", ["den örtlichen Polizeichef"]),
        entity("lawyer of Mzia Amaglobeli", "PER", "GEO", ["ihr Anwalt"]),
        entity("Amaglobeli supporters", "ORG", "GEO", ["Hunderte Unterstützer und Kollegen der Journalistin"]),
        entity("Georgian police", "ORG", "GEO", ["Die Polizei"]),
        entity("Kaja Kallas", "PER", "EUR", ["Die EU-Außenbeauftragte Kaja Kallas"]),
        entity("Marta Kos", "PER", "EUR", ["Erweiterungskommissarin Marta Kos"]),
        entity("Government of Georgia", "ORG", "GEO", ["die Regierung in Tiflis"]),
        entity("Tbilisi", "LOC", "GEO", ["Tiflis"]),
        entity("Reporters Without Borders", "ORG", "NGO", ["die Organisation Reporter ohne Grenzen"]),
        entity("Irakli Kobakhidze", "PER", "GEO", ["Ministerpräsident Irakli Kobachidse"]),
        entity("European Union", "ORG", "EUR", ["der EU"]),
    ],
}

# ---------------------------------------------------------------- hm139-en-01
AC_FA = actor("Air Canada flight attendants", "CAN", "LAB")
CUPE = actor("Canadian Union of Public Employees", "CAN", "LAB")
CIRB = actor("Canada Industrial Relations Board", "CAN", "GOV")
HANCOCK = actor("Mark Hancock", "CAN", "LAB")
AIR_CANADA = actor("Air Canada", "CAN", "BUS")
HAJDU = actor("Patty Hajdu", "CAN", "GOV")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
NASR = actor("Mark Nasr", "CAN", "BUS")
POILIEVRE = actor("Pierre Poilievre", "CAN", "OPP")

E1 = "Air Canada flight attendants defied an order to return to work on Sunday, prolonging a strike that has grounded Canada's largest airline and disrupted the travel plans of more than 100,000 people a day."
E2 = "The Canadian Union of Public Employees (CUPE), which represents about 10,000 Air Canada cabin crew, said its members would remain on picket lines despite the directive from the Canada Industrial Relations Board (CIRB)."
E3 = "\"If that means going to jail, then so be it,\" CUPE national president Mark Hancock told reporters at Toronto Pearson International Airport."
E4 = "The walkout began early on Saturday after contract talks over wages and unpaid work on the ground broke down, and the airline locked out the attendants shortly afterward."
E5 = "Hours later, Jobs Minister Patty Hajdu invoked Section 107 of the Canada Labour Code to ask the CIRB to impose binding arbitration, saying the stoppage was hurting families and businesses across the country."
E6 = "The board on Saturday evening ordered the attendants back to work by 2 p.m. on Sunday."
E7 = "CUPE accused the Liberal government of trampling on workers' constitutional right to strike and said it would challenge the order in court."
E8 = "Air Canada, which had cancelled about 700 flights on Saturday, said it had suspended plans to restart some operations and urged the union to respect the board's ruling."
E9 = "\"We are deeply disappointed that CUPE has chosen to ignore a legal order,\" the airline's chief operating officer, Mark Nasr, said in a statement."
E10 = "Conservative leader Pierre Poilievre blamed Prime Minister Mark Carney's government for letting the dispute drag on."

EN01 = {
    "id": "hm139-en-01", "lang": "en", "url": None, "published": "2025-08-17",
    "title": "Air Canada flight attendants defy back-to-work order",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6, E7], [E8, E9, E10]),
    "events": [
        event("REJECT", AC_FA, CIRB, E1, mode="yield", date="2025-08-17"),
        event("REJECT", CUPE, CIRB, E2, mode="yield", date="2025-08-17"),
        event("REJECT", HANCOCK, CIRB, E3, mode="yield", date="2025-08-17", location="Toronto", location_country="CAN"),
        event("PROTEST", AC_FA, AIR_CANADA, E4, mode="strike", date="2025-08-16"),
        event("SANCTION", AIR_CANADA, AC_FA, E4, mode="discontinue", date="2025-08-16"),
        event("REQUEST", HAJDU, CIRB, E5, mode="change", date="2025-08-16"),
        event("REQUEST", CIRB, AC_FA, E6, mode="yield", date="2025-08-16"),
        event("ACCUSE", CUPE, CAN_GOV, E7, mode="allege"),
        event("REQUEST", AIR_CANADA, CUPE, E8, mode="yield"),
        event("ACCUSE", NASR, CUPE, E9, mode="disapprove"),
        event("ACCUSE", POILIEVRE, CAN_GOV, E10, mode="disapprove"),
    ],
    "quotes": [
        quote("its members would remain on picket lines despite the directive from the Canada Industrial Relations Board (CIRB)", "Canadian Union of Public Employees", "indirect"),
        quote("If that means going to jail, then so be it", "Mark Hancock", "direct"),
        quote("the stoppage was hurting families and businesses across the country", "Patty Hajdu", "indirect"),
        quote("trampling on workers' constitutional right to strike", "Canadian Union of Public Employees", "indirect"),
        quote("it would challenge the order in court", "Canadian Union of Public Employees", "indirect"),
        quote("it had suspended plans to restart some operations", "Air Canada", "indirect"),
        quote("to respect the board's ruling", "Air Canada", "indirect"),
        quote("We are deeply disappointed that CUPE has chosen to ignore a legal order", "Mark Nasr", "direct"),
    ],
    "entities": [
        entity("Air Canada", "ORG", "CAN", ["Air Canada", "Canada's largest airline", "the airline"]),
        entity("Air Canada flight attendants", "ORG", "CAN", ["Air Canada flight attendants", "about 10,000 Air Canada cabin crew", "its members", "the attendants"]),
        entity("Canada", "GPE", "CAN", ["Canada", "the country"]),
        entity("Canadian Union of Public Employees", "ORG", "CAN", ["The Canadian Union of Public Employees (CUPE)", "CUPE", "the union"]),
        entity("Canada Industrial Relations Board", "ORG", "CAN", ["the Canada Industrial Relations Board (CIRB)", "the CIRB", "The board", "the board"]),
        entity("Mark Hancock", "PER", "CAN", ["CUPE national president Mark Hancock"]),
        entity("Toronto Pearson International Airport", "LOC", "CAN", ["Toronto Pearson International Airport"]),
        entity("Patty Hajdu", "PER", "CAN", ["Jobs Minister Patty Hajdu"]),
        entity("Government of Canada", "ORG", "CAN", ["the Liberal government", "Prime Minister Mark Carney's government"]),
        entity("Mark Nasr", "PER", "CAN", ["the airline's chief operating officer, Mark Nasr"]),
        entity("Pierre Poilievre", "PER", "CAN", ["Conservative leader Pierre Poilievre"]),
        entity("Conservative Party of Canada", "ORG", "CAN", ["Conservative"]),
        entity("Mark Carney", "PER", "CAN", ["Prime Minister Mark Carney"]),
    ],
}

# ---------------------------------------------------------------- hm139-en-02
EC = actor("European Commission", "EUR", "IGO")
APPLE = actor("Apple", "MNC", "BUS")
META = actor("Meta Platforms", "MNC", "BUS")
KAPLAN = actor("Joel Kaplan", "MNC", "BUS")
WH_SPOKESMAN = actor("White House spokesman", "USA", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")

F1 = "The European Commission fined Apple 500 million euros and Meta Platforms 200 million euros on Wednesday for breaching the Digital Markets Act, the first penalties under the bloc's landmark law to rein in Big Tech."
F2 = "The Commission said Apple had stopped app developers from steering users to cheaper offers outside its App Store, while Meta had forced Facebook and Instagram users to choose between paying for an ad-free service and consenting to the use of their personal data."
F3 = "Both companies were given 60 days to comply or face periodic penalty payments."
F4 = "\"We have taken firm but balanced enforcement action against both companies, based on clear and predictable rules,\" Executive Vice-President Teresa Ribera said."
F5 = "Apple said it would appeal, accusing the Commission of \"unfairly targeting\" the company and forcing it to give away its technology for free."
F6 = "Meta's chief global affairs officer, Joel Kaplan, said the EU was trying to handicap successful American businesses while allowing Chinese and European companies to operate under different standards."
F7 = "\"The Commission is effectively imposing a multi-billion-dollar tariff on Meta,\" he said."
F8 = "In Washington, a White House spokesman called the fines \"a novel form of economic extortion\" and warned that the United States would not tolerate it."
F9 = "President Donald Trump has repeatedly threatened to retaliate with tariffs against what he calls discriminatory EU rules for American technology companies."
F10 = "Commission spokesman Thomas Regnier rejected the criticism, saying the rules applied equally to all companies operating in the EU regardless of where they were based."
F11 = "The Commission also closed an investigation into Apple's browser choice obligations and removed Facebook Marketplace from the list of services covered by the law."

EN02 = {
    "id": "hm139-en-02", "lang": "en", "url": None, "published": "2025-04-23",
    "title": "EU fines Apple and Meta under digital law, White House cries extortion",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7], [F8, F9, F10, F11]),
    "events": [
        event("SANCTION", EC, APPLE, F1, mode="convict", date="2025-04-23"),
        event("SANCTION", EC, META, F1, mode="convict", date="2025-04-23"),
        event("THREATEN", EC, APPLE, F3),
        event("THREATEN", EC, META, F3),
        event("ACCUSE", APPLE, EC, F5, mode="allege"),
        event("ACCUSE", KAPLAN, EU, F6, mode="allege"),
        event("ACCUSE", KAPLAN, EC, F7, mode="allege"),
        event("ACCUSE", WH_SPOKESMAN, EC, F8, mode="disapprove"),
        event("THREATEN", WH_SPOKESMAN, EC, F8),
        event("THREATEN", TRUMP, EU, F9),
        event("CONCEDE", EC, APPLE, F11),
        event("CONCEDE", EC, META, F11),
    ],
    "quotes": [
        quote("Apple had stopped app developers from steering users to cheaper offers outside its App Store, while Meta had forced Facebook and Instagram users to choose between paying for an ad-free service and consenting to the use of their personal data", "European Commission", "indirect"),
        quote("We have taken firm but balanced enforcement action against both companies, based on clear and predictable rules", "Teresa Ribera", "direct"),
        quote("it would appeal", "Apple", "indirect"),
        quote("unfairly targeting", "Apple", "direct"),
        quote("\"unfairly targeting\" the company and forcing it to give away its technology for free", "Apple", "indirect"),
        quote("the EU was trying to handicap successful American businesses while allowing Chinese and European companies to operate under different standards", "Joel Kaplan", "indirect"),
        quote("The Commission is effectively imposing a multi-billion-dollar tariff on Meta", "Joel Kaplan", "direct"),
        quote("a novel form of economic extortion", "White House spokesman", "direct"),
        quote("the United States would not tolerate it", "White House spokesman", "indirect"),
        quote("the rules applied equally to all companies operating in the EU regardless of where they were based", "Thomas Regnier", "indirect"),
    ],
    "entities": [
        entity("European Commission", "ORG", "EUR", ["The European Commission", "The Commission", "the Commission"]),
        entity("Apple", "ORG", "MNC", ["Apple", "the company"]),
        entity("Meta Platforms", "ORG", "MNC", ["Meta Platforms", "Meta"]),
        entity("European Union", "ORG", "EUR", ["the bloc", "the EU", "EU"]),
        entity("App Store", "ORG", "MNC", ["its App Store"]),
        entity("Facebook", "ORG", "MNC", ["Facebook"]),
        entity("Instagram", "ORG", "MNC", ["Instagram"]),
        entity("Teresa Ribera", "PER", "EUR", ["Executive Vice-President Teresa Ribera"]),
        entity("Joel Kaplan", "PER", "USA", ["Meta's chief global affairs officer, Joel Kaplan", "he"]),
        entity("United States", "GPE", "USA", ["Washington", "the United States"]),
        entity("White House", "ORG", "USA", ["White House"]),
        entity("White House spokesman", "PER", "USA", ["a White House spokesman"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump"]),
        entity("Thomas Regnier", "PER", "EUR", ["Commission spokesman Thomas Regnier"]),
        entity("Facebook Marketplace", "ORG", "MNC", ["Facebook Marketplace"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
