"""Round 309: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm333-de-01: Martinique: state, territorial collectivity and retail chains sign the deal to cut food prices by 20 percent; the RPPRAC refuses to sign, Petitot attacks the retailers and demands price caps, blockades in Le Lamentin, Prefect Bouvier extends the curfew for Fort-de-France and lifts it elsewhere, 14 arrests after riots, Paris sends gendarmes, Buffet welcomes the deal and Letchimy cautions, protesters accuse GBH (2024-10-16).
- hm333-de-02: Greenland/Denmark: Mette Frederiksen visits Nuuk and rejects Trump's claim to Greenland; press conference with Jens-Frederik Nielsen, Vance's Pituffik accusations and Trump's refusal to rule out force recalled, Nielsen rejects a sale and backs cooperation with Copenhagen, Frederiksen offers joint Arctic surveillance, Løkke's complaint about the tone, the March protest at the US consulate (2025-04-03).
- hm333-de-03: Guatemala/United States: after meeting Marco Rubio, Arévalo agrees to 40 percent more deportation flights and to take third-country migrants; joint border task force, no safe-third-country deal, Rubio praises Arévalo and accuses China, migrant activists protest, military deportation flights, the aid freeze, the 2022 US sanction on Porras and Arévalo's accusations against her (2025-02-05).
- hm333-de-04: Canada: King Charles III opens Parliament with the Speech from the Throne; ReArm Europe and talks with Washington announced, Trump again demands Canada become the 51st state with a Golden Dome price tag, Carney rejects it, the King's meeting with Carney and Carney's invitation, Poilievre and Blanchet criticise, tariffs and counter-tariffs, Kananaskis meeting planned (2025-05-27).
- hm333-en-01: United States: Ryan Routh charged with gun crimes after a Secret Service agent fires at him outside Trump's West Palm Beach golf course; detention order, arrest on I-95 by Martin County deputies, Routh fired no shot, Biden condemns and calls Trump, Trump blames Biden and Harris, DeSantis orders a state inquiry, Butler recalled (2024-09-16).
- hm333-en-02: G7: finance ministers in Banff agree to keep up pressure on Russia and to tackle non-market practices; threat of further sanctions, Canada's ERA loan transfer, Bessent meets Kato, Kato criticises U.S. tariffs and asks for their removal, Marchenko asks for the frozen assets, British and EU sanctions, Peskov objects (2025-05-22).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm333-de-01 (Martinique, deal on food prices)
FRA_GOV = actor("Government of France", "FRA", "GOV")
CTM = actor("Territorial Collectivity of Martinique", "MTQ", "GOV")
MTQ_RETAILERS = actor("retail chains in Martinique", "MTQ", "BUS")
RPPRAC = actor("RPPRAC", "MTQ", "CVL")
PETITOT = actor("Rodrigue Petitot", "MTQ", "CVL")
BOUVIER = actor("Jean-Christophe Bouvier", "FRA", "GOV")
MTQ_POLICE = actor("police in Martinique", "FRA", "COP")
MTQ_RIOTERS = actor("rioters in Fort-de-France", "MTQ", "CVL")
FRA_INTERIOR = actor("Ministry of the Interior of France", "FRA", "GOV")
BUFFET = actor("François-Noël Buffet", "FRA", "GOV")
MTQ_PROTESTERS = actor("protesters in Martinique", "MTQ", "CVL")
GBH = actor("Groupe Bernard Hayot", "MTQ", "BUS")

M1 = ("Fort-de-France (AFP) - Nach wochenlangen Protesten gegen hohe Lebensmittelpreise haben Vertreter des "
      "französischen Staates und der Inselverwaltung auf Martinique mit den großen Handelsketten ein Abkommen zur "
      "Senkung der Preise unterzeichnet.")
M2 = ("Die Preise von rund 6000 Produkten des täglichen Bedarfs sollten dadurch im Schnitt um 20 Prozent sinken, "
      "teilte die Präfektur in Fort-de-France am Mittwoch mit.")
M3 = ("Die Protestbewegung RPPRAC, die die Demonstrationen seit Anfang September anführt, verweigerte jedoch ihre "
      "Unterschrift und verließ den Verhandlungssaal.")
M4 = "Ihr Anführer Rodrigue Petitot sagte, die Handelsketten speisten die Menschen mit „einem Trostpflaster“ ab."
M5 = ("„Wir wollen dieselben Preise wie in Frankreich, nicht ein bisschen weniger Wucher“, rief der Aktivist "
      "Anhängern vor der Präfektur zu und forderte den Staat auf, die Preise gesetzlich zu deckeln.")
M6 = "Am Abend blockierten Anhänger der Bewegung erneut Zufahrtsstraßen in Le Lamentin nahe dem Flughafen."
M7 = ("Präfekt Jean-Christophe Bouvier verlängerte am Mittwoch die nächtliche Ausgangssperre, die seit vergangener "
      "Woche in Teilen von Fort-de-France und mehreren Nachbargemeinden gilt, für die Inselhauptstadt bis Montag.")
M8 = "Für die Gemeinden Le Robert und Ducos hob er sie dagegen auf."
M9 = ("Nach Angaben der Präfektur wurden in der Nacht zum Mittwoch 14 Menschen festgenommen, nachdem Randalierer in "
      "Fort-de-France Geschäfte geplündert und Autos angezündet hatten.")
M10 = ("Das Innenministerium in Paris schickte weitere 200 Gendarmen und Polizisten auf die Insel, darunter Einheiten "
       "der Bereitschaftspolizei CRS.")
M11 = ("Überseeminister François-Noël Buffet begrüßte das Abkommen als „ersten Schritt“ und rief die Demonstranten "
       "auf, auf Gewalt zu verzichten.")
M12 = ("Der Präsident des Exekutivrats der Gebietskörperschaft Martinique, Serge Letchimy, räumte ein, dass der "
       "Kampf gegen die hohen Preise „noch lange nicht gewonnen“ sei.")
M13 = ("Nach Angaben des Statistikamts Insee sind Lebensmittel auf Martinique im Schnitt rund 40 Prozent teurer als "
       "im französischen Mutterland.")
M14 = ("Die Demonstranten werfen vor allem dem Handelskonzern GBH der Unternehmerfamilie Hayot vor, den Markt der "
       "Insel zu beherrschen und überhöhte Gewinne zu erzielen.")
M15 = "Der Konzern wies die Vorwürfe zurück und erklärte, seine Margen lägen im Rahmen des Üblichen."
M16 = "Die Karibikinsel ist ein französisches Überseedépartement mit rund 350.000 Einwohnern."

DE01 = {
    "id": "hm333-de-01", "lang": "de", "url": None, "published": "2024-10-16",
    "title": "Martinique: Abkommen gegen hohe Preise - Protestbewegung unterschreibt nicht",
    "text": paragraphs([M1, M2, M3], [M4, M5, M6], [M7, M8, M9, M10], [M11, M12], [M13, M14, M15, M16]),
    "events": [
        event("SUPPORT", FRA_GOV, MTQ_RETAILERS, M1),
        event("SUPPORT", CTM, MTQ_RETAILERS, M1),
        event("REJECT", RPPRAC, FRA_GOV, M3),
        event("ACCUSE", PETITOT, MTQ_RETAILERS, M4, mode="disapprove"),
        event("REQUEST", PETITOT, FRA_GOV, M5, mode="change"),
        event("PROTEST", RPPRAC, None, M6, mode="obstruct", date="2024-10-16", location="Le Lamentin",
              location_country="MTQ"),
        event("COERCE", BOUVIER, None, M7, mode="curfew", date="2024-10-16", location="Fort-de-France",
              location_country="MTQ"),
        event("CONCEDE", BOUVIER, None, M8),
        event("COERCE", MTQ_POLICE, MTQ_RIOTERS, M9, mode="arrest", location="Fort-de-France",
              location_country="MTQ"),
        event("PROTEST", MTQ_RIOTERS, None, M9, mode="riot", location="Fort-de-France", location_country="MTQ"),
        event("MOBILIZE", FRA_INTERIOR, None, M10, mode="police", location="Martinique", location_country="MTQ"),
        event("SUPPORT", BUFFET, None, M11),
        event("REQUEST", BUFFET, MTQ_PROTESTERS, M11),
        event("ACCUSE", MTQ_PROTESTERS, GBH, M14, mode="allege"),
    ],
    "quotes": [
        quote("Die Preise von rund 6000 Produkten des täglichen Bedarfs sollten dadurch im Schnitt um 20 Prozent sinken",
              "Prefecture of Martinique", "indirect"),
        quote("die Handelsketten speisten die Menschen mit „einem Trostpflaster“ ab", "Rodrigue Petitot", "indirect"),
        quote("einem Trostpflaster", "Rodrigue Petitot", "direct"),
        quote("Wir wollen dieselben Preise wie in Frankreich, nicht ein bisschen weniger Wucher", "Rodrigue Petitot",
              "direct"),
        quote("wurden in der Nacht zum Mittwoch 14 Menschen festgenommen, nachdem Randalierer in Fort-de-France "
              "Geschäfte geplündert und Autos angezündet hatten", "Prefecture of Martinique", "indirect"),
        quote("ersten Schritt", "François-Noël Buffet", "direct"),
        quote("noch lange nicht gewonnen", "Serge Letchimy", "direct"),
        quote("der Kampf gegen die hohen Preise „noch lange nicht gewonnen“ sei", "Serge Letchimy", "indirect"),
        quote("sind Lebensmittel auf Martinique im Schnitt rund 40 Prozent teurer als im französischen Mutterland",
              "INSEE", "indirect"),
        quote("den Markt der Insel zu beherrschen und überhöhte Gewinne zu erzielen", "protesters in Martinique",
              "indirect"),
        quote("seine Margen lägen im Rahmen des Üblichen", "Groupe Bernard Hayot", "indirect"),
    ],
    "entities": [
        entity("Fort-de-France", "LOC", "MTQ", ["Fort-de-France", "die Inselhauptstadt"]),
        entity("Government of France", "ORG", "FRA", ["des französischen Staates", "den Staat"]),
        entity("Territorial Collectivity of Martinique", "ORG", "MTQ", ["der Inselverwaltung",
                                                                       "der Gebietskörperschaft Martinique"]),
        entity("Martinique", "LOC", "MTQ", ["Martinique", "die Insel", "der Insel", "Die Karibikinsel"]),
        entity("retail chains in Martinique", "ORG", "MTQ", ["den großen Handelsketten", "die Handelsketten"]),
        entity("Prefecture of Martinique", "ORG", "FRA", ["die Präfektur in Fort-de-France", "der Präfektur"]),
        entity("RPPRAC", "ORG", "MTQ", ["Die Protestbewegung RPPRAC", "der Bewegung"]),
        entity("Rodrigue Petitot", "PER", "MTQ", ["Ihr Anführer Rodrigue Petitot", "der Aktivist"]),
        entity("France", "LOC", "FRA", ["Frankreich", "im französischen Mutterland"]),
        entity("Le Lamentin", "LOC", "MTQ", ["Le Lamentin"]),
        entity("Martinique Aimé Césaire International Airport", "LOC", "MTQ", ["dem Flughafen"]),
        entity("Jean-Christophe Bouvier", "PER", "FRA", ["Präfekt Jean-Christophe Bouvier"]),
        entity("Le Robert", "LOC", "MTQ", ["Le Robert"]),
        entity("Ducos", "LOC", "MTQ", ["Ducos"]),
        entity("rioters in Fort-de-France", "ORG", "MTQ", ["Randalierer"]),
        entity("Ministry of the Interior of France", "ORG", "FRA", ["Das Innenministerium in Paris"]),
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("National Gendarmerie", "ORG", "FRA", ["Gendarmen"]),
        entity("Compagnies Républicaines de Sécurité", "ORG", "FRA", ["Bereitschaftspolizei CRS"]),
        entity("François-Noël Buffet", "PER", "FRA", ["Überseeminister François-Noël Buffet"]),
        entity("protesters in Martinique", "ORG", "MTQ", ["die Demonstranten", "Die Demonstranten"]),
        entity("Serge Letchimy", "PER", "MTQ", ["Der Präsident des Exekutivrats der Gebietskörperschaft Martinique, "
                                                "Serge Letchimy"]),
        entity("INSEE", "ORG", "FRA", ["des Statistikamts Insee"]),
        entity("Groupe Bernard Hayot", "ORG", "MTQ", ["dem Handelskonzern GBH", "Der Konzern"]),
        entity("Hayot family", "PER", "MTQ", ["der Unternehmerfamilie Hayot"]),
    ],
}

# ---------------------------------------------------------------- hm333-de-02 (Greenland, Frederiksen in Nuuk)
FREDERIKSEN = actor("Mette Frederiksen", "DNK", "GOV")
GRL_GOV = actor("Government of Greenland", "GRL", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
NIELSEN = actor("Jens-Frederik Nielsen", "GRL", "GOV")
VANCE = actor("JD Vance", "USA", "GOV")
DNK_GOV = actor("Government of Denmark", "DNK", "GOV")
LOKKE = actor("Lars Løkke Rasmussen", "DNK", "GOV")
US_GOV = actor("Government of the United States", "USA", "GOV")
NUUK_PROTESTERS = actor("protesters in Nuuk", "GRL", "CVL")

G1 = ("Nuuk (dpa) - Die dänische Ministerpräsidentin Mette Frederiksen hat bei einem Besuch in Grönland die "
      "Ansprüche von US-Präsident Donald Trump auf die Arktisinsel scharf zurückgewiesen.")
G2 = ("„Man kann kein anderes Land annektieren, auch nicht mit dem Argument der internationalen Sicherheit“, sagte "
      "Frederiksen am Donnerstag in Nuuk bei einer gemeinsamen Pressekonferenz mit dem neuen grönländischen "
      "Regierungschef Jens-Frederik Nielsen.")
G3 = ("Die 47-Jährige war am Mittwoch zu einem dreitägigen Besuch auf der Insel eingetroffen, knapp eine Woche "
      "nachdem US-Vizepräsident JD Vance den amerikanischen Militärstützpunkt Pituffik im Nordwesten Grönlands "
      "besucht hatte.")
G4 = "Vance hatte Dänemark dort vorgeworfen, zu wenig für die Sicherheit Grönlands und seiner Bewohner getan zu haben."
G5 = ("Trump hatte am Wochenende in einem Interview mit dem Sender NBC erneut nicht ausgeschlossen, Grönland notfalls "
      "mit militärischer Gewalt unter US-Kontrolle zu bringen.")
G6 = "„Wir bekommen Grönland, ja, zu 100 Prozent“, sagte der Republikaner."
G7 = "Nielsen sagte, Grönland werde „niemals ein Stück Eigentum sein, das jeder beliebige kaufen kann“."
G8 = ("Zugleich dankte der 33-Jährige Frederiksen für ihre Unterstützung und sprach sich für eine engere "
      "Zusammenarbeit mit Kopenhagen aus.")
G9 = ("Frederiksen bot der Regierung in Nuuk an, die Überwachung der arktischen Gewässer gemeinsam auszubauen, und "
      "stellte weitere Investitionen in die Verteidigung der Region in Aussicht.")
G10 = ("Dänemark hatte bereits im Januar ein Paket von knapp 15 Milliarden Kronen für neue Inspektionsschiffe, "
       "Langstreckendrohnen und Satelliten in der Arktis beschlossen.")
G11 = ("Der dänische Außenminister Lars Løkke Rasmussen hatte Washington vergangene Woche vorgeworfen, einen "
       "„unangemessenen Ton“ gegenüber einem engen Verbündeten anzuschlagen.")
G12 = ("Mitte März waren in Nuuk rund tausend Menschen zum US-Konsulat gezogen, um gegen die Annexionspläne Trumps "
       "zu protestieren.")
G13 = "Grönland gehört zum Königreich Dänemark, verwaltet sich aber weitgehend selbst."
G14 = "Auf der Insel leben rund 57.000 Menschen, die meisten von ihnen Inuit."
G15 = ("Die USA sind seit dem Zweiten Weltkrieg militärisch in Grönland präsent; der Stützpunkt Pituffik ist wichtig "
       "für ihre Raketenfrühwarnung.")
G16 = ("NATO-Generalsekretär Mark Rutte hatte erklärt, er wolle das Bündnis aus dem Streit zwischen zwei "
       "Mitgliedstaaten heraushalten.")

DE02 = {
    "id": "hm333-de-02", "lang": "de", "url": None, "published": "2025-04-03",
    "title": "Frederiksen in Grönland: „Man kann kein anderes Land annektieren“",
    "text": paragraphs([G1, G2, G3], [G4, G5, G6], [G7, G8, G9, G10], [G11, G12], [G13, G14, G15, G16]),
    "events": [
        event("CONSULT", FREDERIKSEN, GRL_GOV, G1, mode="visit", location="Greenland", location_country="GRL"),
        event("REJECT", FREDERIKSEN, TRUMP, G1),
        event("ACCUSE", FREDERIKSEN, TRUMP, G2, mode="disapprove", date="2025-04-03", location="Nuuk",
              location_country="GRL"),
        event("CONSULT", FREDERIKSEN, NIELSEN, G2, mode="visit", date="2025-04-03", location="Nuuk",
              location_country="GRL"),
        event("CONSULT", FREDERIKSEN, GRL_GOV, G3, mode="visit", date="2025-04-02", location="Greenland",
              location_country="GRL"),
        event("ACCUSE", VANCE, DNK_GOV, G4, mode="allege", location="Pituffik", location_country="GRL"),
        event("THREATEN", TRUMP, DNK_GOV, G5, mode="territory"),
        event("THREATEN", TRUMP, DNK_GOV, G6, mode="territory"),
        event("REJECT", NIELSEN, TRUMP, G7),
        event("SUPPORT", NIELSEN, FREDERIKSEN, G8),
        event("AGREE", NIELSEN, DNK_GOV, G8),
        event("AGREE", FREDERIKSEN, GRL_GOV, G9),
        event("ACCUSE", LOKKE, US_GOV, G11, mode="disapprove"),
        event("PROTEST", NUUK_PROTESTERS, TRUMP, G12, mode="demo", location="Nuuk", location_country="GRL"),
    ],
    "quotes": [
        quote("Man kann kein anderes Land annektieren, auch nicht mit dem Argument der internationalen Sicherheit",
              "Mette Frederiksen", "direct"),
        quote("zu wenig für die Sicherheit Grönlands und seiner Bewohner getan zu haben", "JD Vance", "indirect"),
        quote("Grönland notfalls mit militärischer Gewalt unter US-Kontrolle zu bringen", "Donald Trump", "indirect"),
        quote("Wir bekommen Grönland, ja, zu 100 Prozent", "Donald Trump", "direct"),
        quote("niemals ein Stück Eigentum sein, das jeder beliebige kaufen kann", "Jens-Frederik Nielsen", "direct"),
        quote("Grönland werde „niemals ein Stück Eigentum sein, das jeder beliebige kaufen kann“",
              "Jens-Frederik Nielsen", "indirect"),
        quote("unangemessenen Ton", "Lars Løkke Rasmussen", "direct"),
        quote("einen „unangemessenen Ton“ gegenüber einem engen Verbündeten anzuschlagen", "Lars Løkke Rasmussen",
              "indirect"),
        quote("er wolle das Bündnis aus dem Streit zwischen zwei Mitgliedstaaten heraushalten", "Mark Rutte",
              "indirect"),
    ],
    "entities": [
        entity("Nuuk", "LOC", "GRL", ["Nuuk"]),
        entity("Mette Frederiksen", "PER", "DNK", ["Die dänische Ministerpräsidentin Mette Frederiksen", "Frederiksen",
                                                   "Die 47-Jährige"]),
        entity("Greenland", "LOC", "GRL", ["Grönland", "die Arktisinsel", "der Insel", "Grönlands"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "Trump", "der Republikaner", "Trumps"]),
        entity("Jens-Frederik Nielsen", "PER", "GRL", ["dem neuen grönländischen Regierungschef Jens-Frederik Nielsen",
                                                       "Nielsen", "der 33-Jährige"]),
        entity("JD Vance", "PER", "USA", ["US-Vizepräsident JD Vance", "Vance"]),
        entity("Pituffik Space Base", "LOC", "GRL", ["den amerikanischen Militärstützpunkt Pituffik",
                                                     "der Stützpunkt Pituffik"]),
        entity("Denmark", "LOC", "DNK", ["Dänemark"]),
        entity("NBC", "ORG", "USA", ["dem Sender NBC"]),
        entity("Government of Denmark", "ORG", "DNK", ["Kopenhagen"]),
        entity("Government of Greenland", "ORG", "GRL", ["der Regierung in Nuuk"]),
        entity("Arctic", "LOC", None, ["der arktischen Gewässer", "der Region", "der Arktis"]),
        entity("Lars Løkke Rasmussen", "PER", "DNK", ["Der dänische Außenminister Lars Løkke Rasmussen"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("protesters in Nuuk", "ORG", "GRL", ["rund tausend Menschen"]),
        entity("U.S. Consulate in Nuuk", "LOC", "USA", ["US-Konsulat"]),
        entity("Kingdom of Denmark", "LOC", "DNK", ["Königreich Dänemark"]),
        entity("United States", "LOC", "USA", ["Die USA"]),
        entity("Mark Rutte", "PER", "IGO", ["NATO-Generalsekretär Mark Rutte"]),
        entity("NATO", "ORG", "IGO", ["NATO", "das Bündnis"]),
    ],
}

# ---------------------------------------------------------------- hm333-de-03 (Guatemala, Rubio visits Arévalo)
GTM_GOV = actor("Government of Guatemala", "GTM", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")
AREVALO = actor("Bernardo Arévalo", "GTM", "GOV")
CHINA = actor("China", "CHN", "GOV")
GTM_ACTIVISTS = actor("migrant rights activists in Guatemala", "GTM", "NGO")
TRUMP_ADMIN = actor("Trump administration", "USA", "GOV")
GTM_MIGRANTS = actor("Guatemalan migrants", "GTM", "CVL")
US_STATE = actor("U.S. Department of State", "USA", "GOV")
PORRAS = actor("Consuelo Porras", "GTM", "JUD")

T1 = "Guatemala-Stadt (AFP) - Guatemala will künftig deutlich mehr Abschiebeflüge aus den USA annehmen."
T2 = ("Präsident Bernardo Arévalo kündigte nach einem Treffen mit US-Außenminister Marco Rubio am Mittwoch im "
      "Nationalpalast an, die Zahl der Flüge um 40 Prozent zu erhöhen.")
T3 = ("Zudem werde Guatemala auch Migranten anderer Nationalitäten aufnehmen, bevor sie in ihre Heimatländer "
      "zurückgebracht würden, sagte der 66-Jährige.")
T4 = "Die Kosten dafür sollten die USA tragen."
T5 = "Rubio lobte Arévalo als „verlässlichen Partner“ im Kampf gegen die illegale Migration."
T6 = ("Beide Regierungen vereinbarten zudem, eine gemeinsame Einsatzgruppe zur Sicherung der Grenzen Guatemalas und "
      "gegen Menschenschmuggel zu bilden.")
T7 = "Ein Abkommen über einen sogenannten sicheren Drittstaat sei aber nicht unterzeichnet worden, betonte Arévalo."
T8 = ("Die Trump-Regierung hatte kurz nach ihrem Amtsantritt fast alle Auslandshilfen eingefroren, darunter auch "
      "Programme in Guatemala.")
T9 = ("Rubio warf China vor, sich in Mittelamerika mit Krediten und Hafenprojekten politischen Einfluss zu "
      "erkaufen.")
T10 = ("Guatemala gehört zu den wenigen Staaten weltweit, die noch diplomatische Beziehungen zu Taiwan "
       "unterhalten.")
T11 = ("Vor dem Nationalpalast demonstrierten am Mittwoch einige Dutzend Migrantenrechtler gegen die "
       "Massenabschiebungen der Trump-Regierung.")
T12 = "„Unsere Landsleute sind keine Verbrecher“, stand auf einem ihrer Transparente."
T13 = ("Nach Angaben der guatemaltekischen Migrationsbehörde hat die US-Regierung seit Trumps Amtsantritt am "
       "20. Januar bereits mehrere Hundert Guatemalteken mit Militärflugzeugen abgeschoben.")
T14 = "Guatemala war die vierte Station von Rubios erster Auslandsreise als Außenminister."
T15 = "Zu Generalstaatsanwältin Consuelo Porras äußerte sich Rubio nicht."
T16 = ("Das US-Außenministerium hatte 2022 unter Trumps Vorgänger Joe Biden wegen Korruption ein Einreiseverbot "
       "gegen sie verhängt.")
T17 = ("Arévalo, der sich seit seinem Amtsantritt im Januar 2024 einen Machtkampf mit Porras liefert, wirft ihr "
       "vor, die Justiz gegen Regierungskritiker und Journalisten einzusetzen.")
T18 = "Die Staatsanwaltschaft weist das zurück."

DE03 = {
    "id": "hm333-de-03", "lang": "de", "url": None, "published": "2025-02-05",
    "title": "Guatemala nimmt nach Rubio-Besuch mehr Abschiebeflüge an",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6, T7, T8], [T9, T10], [T11, T12, T13, T14],
                       [T15, T16, T17, T18]),
    "events": [
        event("AGREE", GTM_GOV, US_GOV, T1),
        event("CONSULT", RUBIO, AREVALO, T2, mode="visit", date="2025-02-05", location="Guatemala City",
              location_country="GTM"),
        event("AGREE", AREVALO, US_GOV, T2, date="2025-02-05"),
        event("AGREE", AREVALO, US_GOV, T3),
        event("SUPPORT", RUBIO, AREVALO, T5),
        event("AGREE", US_GOV, GTM_GOV, T6),
        event("SUPPORT", GTM_GOV, US_GOV, T7, negated=True),
        event("SANCTION", TRUMP_ADMIN, GTM_GOV, T8, mode="withdraw"),
        event("ACCUSE", RUBIO, CHINA, T9, mode="allege"),
        event("PROTEST", GTM_ACTIVISTS, TRUMP_ADMIN, T11, mode="demo", date="2025-02-05",
              location="Guatemala City", location_country="GTM"),
        event("COERCE", US_GOV, GTM_MIGRANTS, T13, mode="deport"),
        event("SANCTION", US_STATE, PORRAS, T16),
        event("ACCUSE", AREVALO, PORRAS, T17, mode="allege"),
    ],
    "quotes": [
        quote("Zudem werde Guatemala auch Migranten anderer Nationalitäten aufnehmen, bevor sie in ihre Heimatländer "
              "zurückgebracht würden", "Bernardo Arévalo", "indirect"),
        quote("Die Kosten dafür sollten die USA tragen", "Bernardo Arévalo", "indirect"),
        quote("verlässlichen Partner", "Marco Rubio", "direct"),
        quote("Ein Abkommen über einen sogenannten sicheren Drittstaat sei aber nicht unterzeichnet worden",
              "Bernardo Arévalo", "indirect"),
        quote("sich in Mittelamerika mit Krediten und Hafenprojekten politischen Einfluss zu erkaufen", "Marco Rubio",
              "indirect"),
        quote("Unsere Landsleute sind keine Verbrecher", "migrant rights activists in Guatemala", "direct"),
        quote("hat die US-Regierung seit Trumps Amtsantritt am 20. Januar bereits mehrere Hundert Guatemalteken mit "
              "Militärflugzeugen abgeschoben", "Guatemalan Migration Institute", "indirect"),
        quote("die Justiz gegen Regierungskritiker und Journalisten einzusetzen", "Bernardo Arévalo", "indirect"),
    ],
    "entities": [
        entity("Guatemala City", "LOC", "GTM", ["Guatemala-Stadt"]),
        entity("Guatemala", "LOC", "GTM", ["Guatemala", "Guatemalas"]),
        entity("United States", "LOC", "USA", ["den USA", "die USA"]),
        entity("Bernardo Arévalo", "PER", "GTM", ["Präsident Bernardo Arévalo", "Arévalo", "der 66-Jährige"]),
        entity("Marco Rubio", "PER", "USA", ["US-Außenminister Marco Rubio", "Rubio", "Rubios"]),
        entity("National Palace of Culture", "LOC", "GTM", ["im Nationalpalast", "dem Nationalpalast"]),
        entity("Trump administration", "ORG", "USA", ["Die Trump-Regierung", "der Trump-Regierung"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Central America", "LOC", None, ["Mittelamerika"]),
        entity("Taiwan", "LOC", "TWN", ["Taiwan"]),
        entity("migrant rights activists in Guatemala", "ORG", "GTM", ["einige Dutzend Migrantenrechtler"]),
        entity("Guatemalan Migration Institute", "ORG", "GTM", ["der guatemaltekischen Migrationsbehörde"]),
        entity("Government of the United States", "ORG", "USA", ["die US-Regierung"]),
        entity("Donald Trump", "PER", "USA", ["Trumps"]),
        entity("Guatemalan migrants", "ORG", "GTM", ["mehrere Hundert Guatemalteken"]),
        entity("Consuelo Porras", "PER", "GTM", ["Generalstaatsanwältin Consuelo Porras", "Porras"]),
        entity("U.S. Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Joe Biden", "PER", "USA", ["Trumps Vorgänger Joe Biden"]),
        entity("Public Ministry of Guatemala", "ORG", "GTM", ["Die Staatsanwaltschaft"]),
    ],
}

# ---------------------------------------------------------------- hm333-de-04 (Canada, King Charles's throne speech)
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
EU = actor("European Union", "EUR", "IGO")
CARNEY = actor("Mark Carney", "CAN", "GOV")
CHARLES = actor("Charles III", "GBR", "GOV")
POILIEVRE = actor("Pierre Poilievre", "CAN", "OPP")
BLANCHET = actor("Yves-François Blanchet", "CAN", "OPP")

K1 = ("Ottawa (dpa) - König Charles III. hat mit einer Thronrede das neue kanadische Parlament eröffnet und dabei "
      "die Eigenständigkeit Kanadas gegenüber dem Nachbarn USA betont.")
K2 = "„Kanada steht vor beispiellosen Herausforderungen“, sagte der 76-jährige Monarch am Dienstag im Senat in Ottawa."
K3 = "„Der wahre Norden ist in der Tat stark und frei“, fügte er in Anspielung auf die Nationalhymne hinzu."
K4 = ("Die Rede wird traditionell von der Regierung verfasst, in diesem Fall vom Kabinett des liberalen "
      "Premierministers Mark Carney.")
K5 = ("Darin kündigte die Regierung an, bis zum 1. Juli alle bundesrechtlichen Hürden für den Handel zwischen den "
      "Provinzen abzuschaffen und sich an der europäischen Aufrüstungsinitiative ReArm Europe zu beteiligen.")
K6 = ("Zugleich verhandle Ottawa mit Washington über eine neue wirtschaftliche und sicherheitspolitische "
      "Partnerschaft, hieß es in der Rede.")
K7 = "US-Präsident Donald Trump forderte Kanada wenige Stunden später erneut auf, der 51. Bundesstaat der USA zu werden."
K8 = ("Als eigenständiges Land müsse Kanada für eine Teilnahme an dem geplanten Raketenabwehrschild „Golden Dome“ "
      "61 Milliarden Dollar zahlen, als Bundesstaat sei sie dagegen kostenlos, schrieb er auf seiner Plattform "
      "Truth Social.")
K9 = "Carney wies den Vorstoß zurück."
K10 = "„Wir verhandeln über Zusammenarbeit, nicht über unsere Souveränität“, sagte der 60-Jährige vor Journalisten."
K11 = ("Charles war am Montag mit Königin Camilla in Ottawa eingetroffen und hatte sich in der Residenz Rideau Hall "
       "mit Carney getroffen.")
K12 = "Carney hatte den König eingeladen, um die Eigenständigkeit Kanadas gegenüber den USA zu unterstreichen."
K13 = "Zuletzt hatte 1977 ein Monarch die Thronrede in Ottawa gehalten, Charles' Mutter Elizabeth II."
K14 = ("Der Vorsitzende der Konservativen, Pierre Poilievre, warf der Regierung vor, keine konkreten Pläne gegen die "
       "hohen Lebenshaltungskosten vorgelegt zu haben.")
K15 = "Poilievre hatte bei der Parlamentswahl Ende April seinen eigenen Wahlkreis verloren."
K16 = ("Der Chef des Bloc Québécois, Yves-François Blanchet, kritisierte die Kosten des königlichen Besuchs und "
       "nannte die Monarchie „ein Relikt“.")
K17 = ("Trump hatte Anfang März Zölle von 25 Prozent auf kanadische Waren verhängt, die nicht unter das "
       "Freihandelsabkommen USMCA fallen; Ottawa reagierte mit Gegenzöllen.")
K18 = "Carney will beim G7-Gipfel Mitte Juni in Kananaskis erneut mit Trump über den Handelsstreit sprechen."

DE04 = {
    "id": "hm333-de-04", "lang": "de", "url": None, "published": "2025-05-27",
    "title": "König Charles eröffnet kanadisches Parlament - Trump legt nach",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6], [K7, K8, K9, K10], [K11, K12, K13], [K14, K15, K16],
                       [K17, K18]),
    "events": [
        event("AGREE", CAN_GOV, EU, K5),
        event("CONSULT", CAN_GOV, US_GOV, K6),
        event("REQUEST", TRUMP, CAN_GOV, K7, mode="change"),
        event("REJECT", CARNEY, TRUMP, K9),
        event("CONSULT", CHARLES, CARNEY, K11, mode="visit", date="2025-05-26", location="Ottawa",
              location_country="CAN"),
        event("AGREE", CARNEY, CHARLES, K12),
        event("ACCUSE", POILIEVRE, CAN_GOV, K14, mode="disapprove"),
        event("ACCUSE", BLANCHET, CAN_GOV, K16, mode="disapprove"),
        event("SANCTION", TRUMP, CAN_GOV, K17),
        event("SANCTION", CAN_GOV, US_GOV, K17),
        event("AGREE", CARNEY, TRUMP, K18),
    ],
    "quotes": [
        quote("Kanada steht vor beispiellosen Herausforderungen", "Charles III", "direct"),
        quote("Der wahre Norden ist in der Tat stark und frei", "Charles III", "direct"),
        quote("Zugleich verhandle Ottawa mit Washington über eine neue wirtschaftliche und sicherheitspolitische "
              "Partnerschaft", "Charles III", "indirect"),
        quote("Als eigenständiges Land müsse Kanada für eine Teilnahme an dem geplanten Raketenabwehrschild „Golden "
              "Dome“ 61 Milliarden Dollar zahlen, als Bundesstaat sei sie dagegen kostenlos", "Donald Trump",
              "indirect"),
        quote("Wir verhandeln über Zusammenarbeit, nicht über unsere Souveränität", "Mark Carney", "direct"),
        quote("keine konkreten Pläne gegen die hohen Lebenshaltungskosten vorgelegt zu haben", "Pierre Poilievre",
              "indirect"),
        quote("ein Relikt", "Yves-François Blanchet", "direct"),
    ],
    "entities": [
        entity("Ottawa", "LOC", "CAN", ["Ottawa"]),
        entity("Charles III", "PER", "GBR", ["König Charles III.", "der 76-jährige Monarch", "Charles", "den König"]),
        entity("Parliament of Canada", "ORG", "CAN", ["das neue kanadische Parlament"]),
        entity("Canada", "LOC", "CAN", ["Kanadas", "Kanada"]),
        entity("United States", "LOC", "USA", ["dem Nachbarn USA", "der USA", "den USA"]),
        entity("Senate of Canada", "ORG", "CAN", ["im Senat in Ottawa"]),
        entity("Government of Canada", "ORG", "CAN", ["der Regierung", "die Regierung"]),
        entity("Cabinet of Canada", "ORG", "CAN", ["vom Kabinett"]),
        entity("Mark Carney", "PER", "CAN", ["des liberalen Premierministers Mark Carney", "Carney",
                                             "der 60-Jährige"]),
        entity("Liberal Party of Canada", "ORG", "CAN", ["liberalen"]),
        entity("ReArm Europe", "ORG", "EUR", ["der europäischen Aufrüstungsinitiative ReArm Europe"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "Trump"]),
        entity("Truth Social", "ORG", "USA", ["seiner Plattform Truth Social"]),
        entity("Queen Camilla", "PER", "GBR", ["Königin Camilla"]),
        entity("Rideau Hall", "LOC", "CAN", ["der Residenz Rideau Hall"]),
        entity("Elizabeth II", "PER", "GBR", ["Charles' Mutter Elizabeth II."]),
        entity("Pierre Poilievre", "PER", "CAN", ["Der Vorsitzende der Konservativen, Pierre Poilievre", "Poilievre"]),
        entity("Conservative Party of Canada", "ORG", "CAN", ["der Konservativen"]),
        entity("Bloc Québécois", "ORG", "CAN", ["des Bloc Québécois"]),
        entity("Yves-François Blanchet", "PER", "CAN", ["Der Chef des Bloc Québécois, Yves-François Blanchet"]),
        entity("G7", "ORG", "IGO", ["G7"]),
        entity("Kananaskis", "LOC", "CAN", ["Kananaskis"]),
    ],
}

# ---------------------------------------------------------------- hm333-en-01 (USA, Routh charged after golf-course incident)
US_PROSECUTORS = actor("U.S. federal prosecutors", "USA", "JUD")
ROUTH = actor("Ryan Wesley Routh", "USA", "CVL")
SS_AGENT = actor("U.S. Secret Service agent", "USA", "COP")
MCCABE = actor("Ryon McCabe", "USA", "JUD")
MARTIN_DEPUTIES = actor("Martin County Sheriff's Office", "USA", "COP")
BIDEN = actor("Joe Biden", "USA", "GOV")
HARRIS = actor("Kamala Harris", "USA", "GOV")
DESANTIS = actor("Ron DeSantis", "USA", "GOV")
CROOKS = actor("Thomas Matthew Crooks", "USA", "CVL")

E1 = ("WEST PALM BEACH, Fla. (AP) — A man accused of lying in wait with a rifle outside Donald Trump's golf course "
      "was charged with federal gun crimes on Monday, a day after a Secret Service agent opened fire on him in what "
      "the FBI called an apparent assassination attempt on the former president.")
E2 = ("Ryan Wesley Routh, 58, appeared briefly in federal court in West Palm Beach, where prosecutors charged him "
      "with possessing a firearm as a convicted felon and possessing a gun with an obliterated serial number.")
E3 = "U.S. Magistrate Judge Ryon McCabe ordered him held until a detention hearing next week."
E4 = ("The agent spotted the barrel of a rifle poking through the shrubbery along the fence of Trump International "
      "Golf Club on Sunday afternoon while Trump was playing a few hundred yards away, and fired in its direction, "
      "Palm Beach County Sheriff Ric Bradshaw said.")
E5 = "Routh did not fire a shot and Trump was not hurt, officials said."
E6 = ("The suspect dropped the rifle, fled in a black Nissan SUV and was stopped about 40 minutes later on "
      "Interstate 95 by sheriff's deputies in neighboring Martin County, who took him into custody.")
E7 = ("Investigators found an SKS-style rifle with a scope, two backpacks hanging on the fence and a GoPro camera at "
      "the spot where he had waited.")
E8 = ('President Joe Biden condemned the attack, saying "there is no place for political violence or for any violence '
      'ever in our country," and said he had directed his team to ensure the Secret Service had every resource it '
      'needed.')
E9 = 'Biden also spoke to Trump by phone on Monday, a call Trump described as "very nice."'
E10 = ('"Their rhetoric is causing me to be shot at, when I am the one who is going to save the country," Trump told '
       'Fox News Digital on Monday, blaming Biden and Vice President Kamala Harris, his Democratic opponent in the '
       'Nov. 5 election.')
E11 = 'Harris said she was "glad he is safe" and that "violence has no place in America."'
E12 = ("Florida Governor Ron DeSantis ordered a separate state investigation, saying Floridians deserved to know the "
       "full truth about what happened.")
E13 = ("Acting Secret Service Director Ronald Rowe said the agent had acted exactly as trained, but acknowledged that "
       "the course's perimeter had not been fully swept because the round was not on Trump's official schedule.")
E14 = ("The agency has faced intense scrutiny since a gunman opened fire at a Trump rally in Butler, Pennsylvania, "
       "in July, wounding the former president in the ear and killing a firefighter in the crowd.")
E15 = ("Routh, a former construction worker from North Carolina who later moved to Hawaii, had traveled to Ukraine "
       "after the Russian invasion in 2022 and tried to recruit foreign volunteers for its army.")
E16 = ('Trump wrote on his Truth Social platform on Sunday evening that he was "safe and well" and that "nothing '
       'will slow me down."')

EN01 = {
    "id": "hm333-en-01", "lang": "en", "url": None, "published": "2024-09-16",
    "title": "Suspect in apparent Trump assassination attempt charged with gun crimes",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6, E7], [E8, E9, E10, E11], [E12, E13, E14], [E15, E16]),
    "events": [
        event("ACCUSE", US_PROSECUTORS, ROUTH, E1, mode="allege", date="2024-09-16"),
        event("ASSAULT", SS_AGENT, ROUTH, E1, mode="firearms", date="2024-09-15"),
        event("ACCUSE", US_PROSECUTORS, ROUTH, E2, mode="allege", location="West Palm Beach",
              location_country="USA"),
        event("COERCE", MCCABE, ROUTH, E3, mode="arrest"),
        event("ASSAULT", SS_AGENT, ROUTH, E4, mode="firearms", date="2024-09-15", location="West Palm Beach",
              location_country="USA"),
        event("ASSAULT", ROUTH, TRUMP, E5, mode="firearms", negated=True),
        event("COERCE", MARTIN_DEPUTIES, ROUTH, E6, mode="arrest", location="Martin County",
              location_country="USA"),
        event("ACCUSE", BIDEN, ROUTH, E8, mode="disapprove"),
        event("CONSULT", BIDEN, TRUMP, E9, mode="phone", date="2024-09-16"),
        event("ACCUSE", TRUMP, BIDEN, E10, mode="allege", date="2024-09-16"),
        event("ACCUSE", TRUMP, HARRIS, E10, mode="allege", date="2024-09-16"),
        event("ACCUSE", DESANTIS, ROUTH, E12, mode="investigate"),
        event("ASSAULT", CROOKS, TRUMP, E14, mode="firearms", location="Butler", location_country="USA"),
    ],
    "quotes": [
        quote("The agent spotted the barrel of a rifle poking through the shrubbery along the fence of Trump "
              "International Golf Club on Sunday afternoon while Trump was playing a few hundred yards away, and fired "
              "in its direction", "Ric Bradshaw", "indirect"),
        quote("Routh did not fire a shot and Trump was not hurt", "law enforcement officials", "indirect"),
        quote("there is no place for political violence or for any violence ever in our country", "Joe Biden",
              "direct"),
        quote("he had directed his team to ensure the Secret Service had every resource it needed", "Joe Biden",
              "indirect"),
        quote("very nice", "Donald Trump", "direct"),
        quote("Their rhetoric is causing me to be shot at, when I am the one who is going to save the country",
              "Donald Trump", "direct"),
        quote("glad he is safe", "Kamala Harris", "direct"),
        quote('she was "glad he is safe"', "Kamala Harris", "indirect"),
        quote("violence has no place in America", "Kamala Harris", "direct"),
        quote("Floridians deserved to know the full truth about what happened", "Ron DeSantis", "indirect"),
        quote("the agent had acted exactly as trained", "Ronald Rowe", "indirect"),
        quote("the course's perimeter had not been fully swept because the round was not on Trump's official schedule",
              "Ronald Rowe", "indirect"),
        quote("safe and well", "Donald Trump", "direct"),
        quote('he was "safe and well"', "Donald Trump", "indirect"),
        quote("nothing will slow me down", "Donald Trump", "direct"),
    ],
    "entities": [
        entity("West Palm Beach", "LOC", "USA", ["WEST PALM BEACH", "West Palm Beach"]),
        entity("Florida", "LOC", "USA", ["Fla.", "Florida"]),
        entity("Ryan Wesley Routh", "PER", "USA", ["A man accused of lying in wait with a rifle", "Ryan Wesley Routh",
                                                   "Routh", "The suspect"]),
        entity("Donald Trump", "PER", "USA", ["Donald Trump", "the former president", "Trump"]),
        entity("Trump International Golf Club", "LOC", "USA", ["golf course", "Trump International Golf Club",
                                                               "the course"]),
        entity("U.S. Secret Service", "ORG", "USA", ["Secret Service", "The agency"]),
        entity("U.S. Secret Service agent", "PER", "USA", ["a Secret Service agent", "The agent", "the agent"]),
        entity("FBI", "ORG", "USA", ["the FBI"]),
        entity("U.S. District Court for the Southern District of Florida", "ORG", "USA", ["federal court"]),
        entity("U.S. federal prosecutors", "ORG", "USA", ["prosecutors"]),
        entity("Ryon McCabe", "PER", "USA", ["U.S. Magistrate Judge Ryon McCabe"]),
        entity("Ric Bradshaw", "PER", "USA", ["Palm Beach County Sheriff Ric Bradshaw"]),
        entity("Palm Beach County", "LOC", "USA", ["Palm Beach County"]),
        entity("Interstate 95", "LOC", "USA", ["Interstate 95"]),
        entity("Martin County Sheriff's Office", "ORG", "USA", ["sheriff's deputies in neighboring Martin County"]),
        entity("Martin County", "LOC", "USA", ["Martin County"]),
        entity("Joe Biden", "PER", "USA", ["President Joe Biden", "Biden"]),
        entity("Fox News Digital", "ORG", "USA", ["Fox News Digital"]),
        entity("Kamala Harris", "PER", "USA", ["Vice President Kamala Harris", "Harris"]),
        entity("Ron DeSantis", "PER", "USA", ["Florida Governor Ron DeSantis"]),
        entity("Ronald Rowe", "PER", "USA", ["Acting Secret Service Director Ronald Rowe"]),
        entity("Thomas Matthew Crooks", "PER", "USA", ["a gunman"]),
        entity("Butler", "LOC", "USA", ["Butler, Pennsylvania"]),
        entity("Pennsylvania", "LOC", "USA", ["Pennsylvania"]),
        entity("North Carolina", "LOC", "USA", ["North Carolina"]),
        entity("Hawaii", "LOC", "USA", ["Hawaii"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
        entity("Truth Social", "ORG", "USA", ["his Truth Social platform"]),
    ],
}

# ---------------------------------------------------------------- hm333-en-02 (G7 finance ministers in Banff)
G7 = actor("G7", "IGO", "IGO")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
UKR_GOV = actor("Government of Ukraine", "UKR", "GOV")
BESSENT = actor("Scott Bessent", "USA", "GOV")
KATO = actor("Katsunobu Kato", "JPN", "GOV")
MARCHENKO = actor("Serhiy Marchenko", "UKR", "GOV")
UK_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")

F1 = ('BANFF, Alberta, May 22 (Reuters) - Group of Seven finance ministers and central bank governors agreed on '
      'Thursday to keep up pressure on Russia over its war in Ukraine and to tackle "non-market policies and '
      'practices," a thinly veiled reference to China, but made no mention of the U.S. tariffs that have rattled the '
      'global economy.')
F2 = ('In a communique issued after three days of talks in the Canadian Rocky Mountain resort, the ministers said '
      'they would "continue to explore all possible options to maximize pressure" on Moscow, including further '
      'sanctions, if no ceasefire was agreed.')
F3 = ("The communique also said Russia's sovereign assets would remain immobilized until Moscow ended its war and "
      "paid for the damage it had caused, and that countries which had financed Russia's war machine would not be "
      "eligible for contracts to rebuild Ukraine.")
F4 = ("Canadian Finance Minister Francois-Philippe Champagne, who chaired the meeting, said the group had shown it "
      "could still find common ground despite its differences over trade.")
F5 = '"We came here with some differences, and we leave with a common plan," Champagne told reporters.'
F6 = ("He said Canada had transferred the last tranche of its C$5 billion ($3.6 billion) share of a $50 billion G7 "
      "loan to Ukraine that is serviced with profits from frozen Russian assets.")
F7 = ("U.S. Treasury Secretary Scott Bessent, attending his first G7 meeting, met Japanese Finance Minister "
      "Katsunobu Kato on the sidelines on Wednesday to discuss exchange rates and trade.")
F8 = ('Kato told reporters he had conveyed to Bessent that Tokyo found U.S. tariffs on Japanese cars and steel '
      '"extremely regrettable" and had asked for them to be lifted.')
F9 = ('Bessent said the talks had been productive but that Washington would keep pressing its partners to '
      '"rebalance" global trade.')
F10 = ("Ukrainian Finance Minister Serhiy Marchenko, who joined the talks, urged the G7 to hand Ukraine the roughly "
       "$300 billion in Russian central bank assets frozen in the West.")
F11 = ("Britain announced 100 new sanctions on Tuesday targeting Russia's energy revenues and its shadow fleet of oil "
       "tankers, and the European Union adopted its 17th sanctions package the same day.")
F12 = ('Kremlin spokesman Dmitry Peskov said in Moscow that the new British sanctions were "illegal" and would not change '
       'Russia\'s position.')
F13 = ('German Finance Minister Lars Klingbeil, on his first trip abroad since taking office this month, said Europe '
       'had to act "united and clear" in trade talks with Washington.')
F14 = "G7 leaders are due to meet in Kananaskis, Alberta, from June 15 to 17."

EN02 = {
    "id": "hm333-en-02", "lang": "en", "url": None, "published": "2025-05-22",
    "title": "G7 finance chiefs vow pressure on Russia, sidestep U.S. tariffs",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6], [F7, F8, F9], [F10, F11, F12], [F13, F14]),
    "events": [
        event("AGREE", G7, None, F1, date="2025-05-22", location="Banff", location_country="CAN"),
        event("ACCUSE", G7, CHINA, F1, mode="disapprove", date="2025-05-22"),
        event("THREATEN", G7, RUS_GOV, F2),
        event("AID", CAN_GOV, UKR_GOV, F6),
        event("CONSULT", BESSENT, KATO, F7, mode="multilateral", date="2025-05-21", location="Banff",
              location_country="CAN"),
        event("ACCUSE", KATO, US_GOV, F8, mode="disapprove"),
        event("REQUEST", KATO, US_GOV, F8, mode="yield"),
        event("REQUEST", MARCHENKO, G7, F10, mode="assist"),
        event("SANCTION", UK_GOV, RUS_GOV, F11, date="2025-05-20"),
        event("SANCTION", EU, RUS_GOV, F11, date="2025-05-20"),
        event("ACCUSE", PESKOV, UK_GOV, F12, mode="disapprove", location="Moscow", location_country="RUS"),
    ],
    "quotes": [
        quote("non-market policies and practices", "G7", "direct"),
        quote('they would "continue to explore all possible options to maximize pressure" on Moscow, including further '
              'sanctions, if no ceasefire was agreed', "G7", "indirect"),
        quote("continue to explore all possible options to maximize pressure", "G7", "direct"),
        quote("Russia's sovereign assets would remain immobilized until Moscow ended its war and paid for the damage it "
              "had caused", "G7", "indirect"),
        quote("countries which had financed Russia's war machine would not be eligible for contracts to rebuild "
              "Ukraine", "G7", "indirect"),
        quote("the group had shown it could still find common ground despite its differences over trade",
              "François-Philippe Champagne", "indirect"),
        quote("We came here with some differences, and we leave with a common plan", "François-Philippe Champagne",
              "direct"),
        quote("Canada had transferred the last tranche of its C$5 billion ($3.6 billion) share of a $50 billion G7 "
              "loan to Ukraine that is serviced with profits from frozen Russian assets",
              "François-Philippe Champagne", "indirect"),
        quote('he had conveyed to Bessent that Tokyo found U.S. tariffs on Japanese cars and steel "extremely '
              'regrettable" and had asked for them to be lifted', "Katsunobu Kato", "indirect"),
        quote("extremely regrettable", "Katsunobu Kato", "direct"),
        quote('the talks had been productive but that Washington would keep pressing its partners to "rebalance" '
              'global trade', "Scott Bessent", "indirect"),
        quote("rebalance", "Scott Bessent", "direct"),
        quote('the new British sanctions were "illegal" and would not change Russia\'s position', "Dmitry Peskov",
              "indirect"),
        quote("illegal", "Dmitry Peskov", "direct"),
        quote('Europe had to act "united and clear" in trade talks with Washington', "Lars Klingbeil", "indirect"),
        quote("united and clear", "Lars Klingbeil", "direct"),
    ],
    "entities": [
        entity("Banff", "LOC", "CAN", ["BANFF", "the Canadian Rocky Mountain resort"]),
        entity("Alberta", "LOC", "CAN", ["Alberta"]),
        entity("G7", "ORG", "IGO", ["Group of Seven finance ministers and central bank governors", "the ministers",
                                    "the group", "G7"]),
        entity("Russia", "LOC", "RUS", ["Russia", "Russia's"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("United States", "LOC", "USA", ["U.S."]),
        entity("Government of Russia", "ORG", "RUS", ["Moscow"]),
        entity("François-Philippe Champagne", "PER", "CAN", ["Canadian Finance Minister Francois-Philippe Champagne",
                                                             "Champagne"]),
        entity("Canada", "LOC", "CAN", ["Canada"]),
        entity("Scott Bessent", "PER", "USA", ["U.S. Treasury Secretary Scott Bessent", "Bessent"]),
        entity("Katsunobu Kato", "PER", "JPN", ["Japanese Finance Minister Katsunobu Kato", "Kato"]),
        entity("Government of Japan", "ORG", "JPN", ["Tokyo"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Serhiy Marchenko", "PER", "UKR", ["Ukrainian Finance Minister Serhiy Marchenko"]),
        entity("Central Bank of Russia", "ORG", "RUS", ["Russian central bank"]),
        entity("United Kingdom", "LOC", "GBR", ["Britain"]),
        entity("European Union", "ORG", "EUR", ["the European Union"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlin spokesman Dmitry Peskov"]),
        entity("Kremlin", "ORG", "RUS", ["Kremlin"]),
        entity("Lars Klingbeil", "PER", "DEU", ["German Finance Minister Lars Klingbeil"]),
        entity("Europe", "LOC", None, ["Europe"]),
        entity("Kananaskis", "LOC", "CAN", ["Kananaskis"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
