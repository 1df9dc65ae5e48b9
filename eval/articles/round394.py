"""Round 394: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm394-de-01: Angola/United States: Joe Biden makes the first visit of a sitting US president to Angola and meets João Lourenço in Luanda; pledges for the Lobito corridor, planned talks with Tshisekedi, Hichilema and Mpango in Lobito, HRW and UNITA's Costa Júnior criticise, the 2023 Huambo shootings and Lourenço's White House visit recalled (2024-12-03).
- hm394-de-02: Uganda/World Bank: the World Bank halts new lending to Uganda over the Anti-Homosexuality Act; Museveni and Speaker Among attack the bank, Baryomunsi refuses to change the law, Frank Mugisha welcomes the step and urges the African Development Bank to follow, US visa restrictions and Biden's demand recalled (2023-08-09).
- hm394-de-03: DR Congo: the Constitutional Court sentences ex-prime minister Augustin Matata Ponyo to ten years of forced labour over Bukanga-Lonzo, with Deogratias Mutombo and Christo Grobler; asset seizure, his lawyers and he accuse the judiciary, Muyaya denies, LGD supporters tear-gassed and arrested in Gombe, Ensemble objects, his 2023 withdrawal for Katumbi recalled (2025-05-21).
- hm394-de-04: Senegal: the Supreme Court rejects Ousmane Sonko's appeal against his defamation conviction, threatening his presidential candidacy; lawyer Ciré Clédor Ly accuses the court and Sall's government, Justice Minister Aïssata Tall Sall denies, Pastef's dissolution and Faye's nomination recalled, security forces in Dakar, barricades in Ziguinchor without arrests (2024-01-05).
- hm394-en-01: Sudan/IGAD: Sudan's army-led government suspends its IGAD membership after the bloc invites RSF leader Dagalo to the Kampala summit; the foreign ministry accuses IGAD, Burhan refuses to attend, ceasefire call, Dagalo's tour to Ruto, Abiy and Ramaphosa, Blinken's war crimes determination, the fall of Wad Madani recalled (2024-01-20).
- hm394-en-02: Kenya: prosecutors charge cult leader Paul Mackenzie and 29 co-accused with the murder of 191 children found in the Shakahola forest; not-guilty pleas, remand in custody, the defence accuses the state, Kindiki welcomes and threatens, relatives protest, the Senate committee's criticism of the police and Ruto's inquiry recalled (2024-01-18).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm394-de-01 (Angola/US, Biden in Luanda)
BIDEN = actor("Joe Biden", "USA", "GOV")
AGO_GOV = actor("Government of Angola", "AGO", "GOV")
LOURENCO = actor("João Lourenço", "AGO", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
TSHISEKEDI = actor("Félix Tshisekedi", "COD", "GOV")
HICHILEMA = actor("Hakainde Hichilema", "ZMB", "GOV")
MPANGO = actor("Philip Mpango", "TZA", "GOV")
HRW = actor("Human Rights Watch", "NGO", "NGO")
AGO_POLICE = actor("Angolan National Police", "AGO", "COP")
AGO_PROTESTERS = actor("protesters in Huambo", "AGO", "CVL")
UNITA = actor("UNITA", "AGO", "OPP")
COSTA_JUNIOR = actor("Adalberto Costa Júnior", "AGO", "OPP")

A1 = ("Luanda (dpa) - US-Präsident Joe Biden hat als erster amtierender Staatschef der Vereinigten Staaten Angola "
      "besucht und dem Land weitere Hilfe beim Ausbau des sogenannten Lobito-Korridors zugesagt.")
A2 = "Biden traf am Dienstag im Präsidentenpalast in Luanda mit Präsident João Lourenço zusammen."
A3 = ("Nach dem Gespräch lobte er die Reformen der Regierung in Luanda und nannte Angola einen „unverzichtbaren "
      "Partner“.")
A4 = "Lourenço sprach von einem „historischen Besuch“, der ein neues Kapitel in den Beziehungen aufschlage."
A5 = ("Im Mittelpunkt der Reise steht eine rund 1300 Kilometer lange Bahnstrecke von der Hafenstadt Lobito bis in die "
      "Kupferregionen Kongos und Sambias.")
A6 = ("Washington hat für das Projekt nach Angaben des Weißen Hauses bereits mehr als drei Milliarden Dollar an "
      "Krediten und Zusagen mobilisiert.")
A7 = ("Am Mittwoch will Biden in Lobito mit Kongos Präsident Félix Tshisekedi, Sambias Präsident Hakainde Hichilema "
      "und dem tansanischen Vizepräsidenten Philip Mpango über eine Verlängerung der Strecke beraten.")
A8 = ("Beobachter sehen in dem Korridor vor allem einen Versuch, den Einfluss Chinas auf die Rohstoffe der Region "
      "zurückzudrängen.")
A9 = ("Die Menschenrechtsorganisation Human Rights Watch warf Biden vor, zu Repressionen gegen Demonstranten und "
      "Journalisten in Angola zu schweigen.")
A10 = ("Bei Protesten gegen höhere Benzinpreise hatte die Polizei im vergangenen Jahr in der Provinz Huambo mindestens "
       "fünf Menschen erschossen.")
A11 = "Die Regierung weist den Vorwurf exzessiver Gewalt zurück."
A12 = ("Die größte Oppositionspartei Unita forderte Biden auf, bei Lourenço auf die Abhaltung der seit Jahren "
       "versprochenen Kommunalwahlen zu dringen.")
A13 = ("Unita-Chef Adalberto Costa Júnior sagte, Washington schaue „nur auf Kupfer und Kobalt“ und übersehe die Lage "
       "der Menschenrechte.")
A14 = "Angola hat seit der Unabhängigkeit 1975 noch nie Kommunalwahlen abgehalten."
A15 = "Das ölreiche Land galt lange als enger Partner Chinas und Russlands."
A16 = "Lourenço hatte Biden bereits im November 2023 im Weißen Haus in Washington besucht."
A17 = "Biden scheidet im Januar aus dem Amt, sein Nachfolger Donald Trump hat sich zu dem Projekt bislang nicht geäußert."

DE01 = {
    "id": "hm394-de-01", "lang": "de", "url": None, "published": "2024-12-03",
    "title": "Biden besucht als erster US-Präsident Angola",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8], [A9, A10, A11], [A12, A13, A14], [A15, A16, A17]),
    "events": [
        event("CONSULT", BIDEN, AGO_GOV, A1, mode="visit", location_country="AGO"),
        event("AGREE", BIDEN, AGO_GOV, A1),
        event("CONSULT", BIDEN, LOURENCO, A2, mode="meet", date="2024-12-03", location="Luanda",
              location_country="AGO"),
        event("SUPPORT", BIDEN, AGO_GOV, A3),
        event("SUPPORT", LOURENCO, BIDEN, A4),
        event("AID", USA_GOV, AGO_GOV, A6),
        event("AGREE", BIDEN, TSHISEKEDI, A7, mode="meet", location="Lobito", location_country="AGO"),
        event("AGREE", BIDEN, HICHILEMA, A7, mode="meet", location="Lobito", location_country="AGO"),
        event("AGREE", BIDEN, MPANGO, A7, mode="meet", location="Lobito", location_country="AGO"),
        event("ACCUSE", HRW, BIDEN, A9, mode="disapprove"),
        event("ASSAULT", AGO_POLICE, AGO_PROTESTERS, A10, mode="firearms", location="Huambo",
              location_country="AGO"),
        event("REQUEST", UNITA, BIDEN, A12),
        event("ACCUSE", COSTA_JUNIOR, USA_GOV, A13, mode="disapprove"),
        event("CONSULT", LOURENCO, BIDEN, A16, mode="visit", location="Washington", location_country="USA"),
    ],
    "quotes": [
        quote("unverzichtbaren Partner", "Joe Biden", "direct"),
        quote("historischen Besuch", "João Lourenço", "direct"),
        quote("der ein neues Kapitel in den Beziehungen aufschlage", "João Lourenço", "indirect"),
        quote("Washington hat für das Projekt nach Angaben des Weißen Hauses bereits mehr als drei Milliarden Dollar an "
              "Krediten und Zusagen mobilisiert", "White House", "indirect"),
        quote("zu Repressionen gegen Demonstranten und Journalisten in Angola zu schweigen", "Human Rights Watch",
              "indirect"),
        quote("bei Lourenço auf die Abhaltung der seit Jahren versprochenen Kommunalwahlen zu dringen", "UNITA",
              "indirect"),
        quote("nur auf Kupfer und Kobalt", "Adalberto Costa Júnior", "direct"),
        quote("Washington schaue „nur auf Kupfer und Kobalt“ und übersehe die Lage der Menschenrechte",
              "Adalberto Costa Júnior", "indirect"),
    ],
    "entities": [
        entity("Luanda", "LOC", "AGO", ["Luanda"]),
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden", "Biden", "er"]),
        entity("United States", "LOC", "USA", ["der Vereinigten Staaten"]),
        entity("Angola", "LOC", "AGO", ["Angola", "dem Land", "Das ölreiche Land"]),
        entity("Lobito Corridor", "MISC", "AGO", ["des sogenannten Lobito-Korridors", "eine rund 1300 Kilometer lange "
                                                 "Bahnstrecke", "dem Korridor", "der Strecke", "dem Projekt",
                                                 "das Projekt"]),
        entity("Presidential Palace of Angola", "LOC", "AGO", ["im Präsidentenpalast in Luanda"]),
        entity("João Lourenço", "PER", "AGO", ["Präsident João Lourenço", "Lourenço"]),
        entity("Government of Angola", "ORG", "AGO", ["der Regierung in Luanda", "Die Regierung"]),
        entity("Lobito", "LOC", "AGO", ["der Hafenstadt Lobito", "Lobito"]),
        entity("Democratic Republic of the Congo", "LOC", "COD", ["Kongos"]),
        entity("Zambia", "LOC", "ZMB", ["Sambias"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("White House", "ORG", "USA", ["des Weißen Hauses", "im Weißen Haus in Washington"]),
        entity("Félix Tshisekedi", "PER", "COD", ["Kongos Präsident Félix Tshisekedi"]),
        entity("Hakainde Hichilema", "PER", "ZMB", ["Sambias Präsident Hakainde Hichilema"]),
        entity("Philip Mpango", "PER", "TZA", ["dem tansanischen Vizepräsidenten Philip Mpango"]),
        entity("China", "LOC", "CHN", ["Chinas"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Die Menschenrechtsorganisation Human Rights Watch"]),
        entity("Angolan National Police", "ORG", "AGO", ["die Polizei"]),
        entity("Huambo", "LOC", "AGO", ["der Provinz Huambo"]),
        entity("protesters in Huambo", "PER", "AGO", ["mindestens fünf Menschen"]),
        entity("UNITA", "ORG", "AGO", ["Die größte Oppositionspartei Unita", "Unita"]),
        entity("Adalberto Costa Júnior", "PER", "AGO", ["Unita-Chef Adalberto Costa Júnior"]),
        entity("Russia", "LOC", "RUS", ["Russlands"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Donald Trump", "PER", "USA", ["sein Nachfolger Donald Trump"]),
    ],
}

# ---------------------------------------------------------------- hm394-de-02 (Uganda, World Bank halts loans)
WORLD_BANK = actor("World Bank", "IGO", "IGO")
UGA_GOV = actor("Government of Uganda", "UGA", "GOV")
MUSEVENI = actor("Yoweri Museveni", "UGA", "GOV")
BARYOMUNSI = actor("Chris Baryomunsi", "UGA", "GOV")
AMONG = actor("Anita Among", "UGA", "LEG")
MUGISHA = actor("Frank Mugisha", "UGA", "NGO")
AFDB = actor("African Development Bank", "IGO", "IGO")
UGA_POLICE = actor("Uganda Police Force", "UGA", "COP")
USA_GOV_2 = actor("Government of the United States", "USA", "GOV")
BIDEN_2 = actor("Joe Biden", "USA", "GOV")

B1 = ("Kampala (dpa) - Die Weltbank hat wegen des umstrittenen Anti-Homosexuellen-Gesetzes in Uganda die Vergabe "
      "neuer Kredite an das ostafrikanische Land vorerst gestoppt.")
B2 = ("Das im Mai in Kraft getretene Gesetz widerspreche grundlegend den Werten der Weltbank, hieß es in einer "
      "Mitteilung der Organisation in Washington.")
B3 = ("Neue Mittel solle es erst geben, wenn Maßnahmen zum Schutz sexueller Minderheiten in den laufenden Projekten "
      "überprüft seien.")
B4 = "Bereits bewilligte Vorhaben sind von dem Schritt nicht betroffen."
B5 = "Präsident Yoweri Museveni reagierte empört."
B6 = ("Es sei „bedauerlich“, dass die Weltbank Uganda mit Geld zu einer Abkehr von seinem Glauben und seiner Kultur "
      "zwingen wolle, schrieb der Staatschef am Mittwoch auf der Plattform X.")
B7 = "„Uganda wird sich auch ohne Kredite entwickeln“, fügte er hinzu."
B8 = "Informationsminister Chris Baryomunsi lehnte jede Änderung des Gesetzes ab."
B9 = "Die Regierung werde sich von ausländischen Geldgebern nicht „erpressen“ lassen, sagte er in Kampala."
B10 = "Parlamentspräsidentin Anita Among warf der Weltbank Heuchelei vor."
B11 = ("Der Aktivist Frank Mugisha von der Organisation Sexual Minorities Uganda begrüßte dagegen die Entscheidung "
       "der Bank.")
B12 = "Er forderte auch die Afrikanische Entwicklungsbank auf, ihre Zusammenarbeit mit Kampala zu überprüfen."
B13 = ("Seit Inkrafttreten des Gesetzes habe die Polizei Dutzende Menschen wegen ihrer sexuellen Orientierung "
       "festgenommen, sagte Mugisha.")
B14 = "Das Gesetz sieht für sogenannte schwere Homosexualität die Todesstrafe vor."
B15 = "Die USA hatten bereits im Juni Visabeschränkungen gegen ugandische Amtsträger verhängt."
B16 = "US-Präsident Joe Biden hatte die sofortige Aufhebung des Gesetzes verlangt."
B17 = ("Ugandas Portfolio bei der Weltbank umfasst nach Angaben der Bank derzeit rund 5,4 Milliarden Dollar.")

DE02 = {
    "id": "hm394-de-02", "lang": "de", "url": None, "published": "2023-08-09",
    "title": "Weltbank stoppt neue Kredite für Uganda",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8, B9, B10], [B11, B12, B13], [B14, B15, B16, B17]),
    "events": [
        event("SANCTION", WORLD_BANK, UGA_GOV, B1, mode="discontinue"),
        event("ACCUSE", WORLD_BANK, UGA_GOV, B2, mode="disapprove"),
        event("ACCUSE", MUSEVENI, WORLD_BANK, B5, mode="disapprove"),
        event("ACCUSE", MUSEVENI, WORLD_BANK, B6, mode="disapprove", date="2023-08-09"),
        event("REJECT", BARYOMUNSI, WORLD_BANK, B8, mode="change"),
        event("ACCUSE", AMONG, WORLD_BANK, B10, mode="disapprove"),
        event("SUPPORT", MUGISHA, WORLD_BANK, B11),
        event("REQUEST", MUGISHA, AFDB, B12, mode="change"),
        event("ACCUSE", MUGISHA, UGA_POLICE, B13, mode="allege"),
        event("SANCTION", USA_GOV_2, UGA_GOV, B15),
        event("REQUEST", BIDEN_2, UGA_GOV, B16, mode="change"),
    ],
    "quotes": [
        quote("Das im Mai in Kraft getretene Gesetz widerspreche grundlegend den Werten der Weltbank", "World Bank",
              "indirect"),
        quote("Neue Mittel solle es erst geben, wenn Maßnahmen zum Schutz sexueller Minderheiten in den laufenden "
              "Projekten überprüft seien", "World Bank", "indirect"),
        quote("bedauerlich", "Yoweri Museveni", "direct"),
        quote("Es sei „bedauerlich“, dass die Weltbank Uganda mit Geld zu einer Abkehr von seinem Glauben und seiner "
              "Kultur zwingen wolle", "Yoweri Museveni", "indirect"),
        quote("Uganda wird sich auch ohne Kredite entwickeln", "Yoweri Museveni", "direct"),
        quote("erpressen", "Chris Baryomunsi", "direct"),
        quote("Die Regierung werde sich von ausländischen Geldgebern nicht „erpressen“ lassen", "Chris Baryomunsi",
              "indirect"),
        quote("Seit Inkrafttreten des Gesetzes habe die Polizei Dutzende Menschen wegen ihrer sexuellen Orientierung "
              "festgenommen", "Frank Mugisha", "indirect"),
        quote("Ugandas Portfolio bei der Weltbank umfasst nach Angaben der Bank derzeit rund 5,4 Milliarden Dollar",
              "World Bank", "indirect"),
    ],
    "entities": [
        entity("Kampala", "LOC", "UGA", ["Kampala"]),
        entity("World Bank", "ORG", "IGO", ["Die Weltbank", "der Weltbank", "der Organisation", "die Weltbank",
                                            "der Bank"]),
        entity("Anti-Homosexuality Act 2023", "MISC", "UGA", ["des umstrittenen Anti-Homosexuellen-Gesetzes",
                                                              "Das im Mai in Kraft getretene Gesetz",
                                                              "des Gesetzes", "Das Gesetz"]),
        entity("Uganda", "LOC", "UGA", ["Uganda", "das ostafrikanische Land", "Ugandas"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Yoweri Museveni", "PER", "UGA", ["Präsident Yoweri Museveni", "der Staatschef", "er"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Chris Baryomunsi", "PER", "UGA", ["Informationsminister Chris Baryomunsi", "er"]),
        entity("Government of Uganda", "ORG", "UGA", ["Die Regierung", "Kampala"]),
        entity("Anita Among", "PER", "UGA", ["Parlamentspräsidentin Anita Among"]),
        entity("Frank Mugisha", "PER", "UGA", ["Der Aktivist Frank Mugisha", "Er", "Mugisha"]),
        entity("Sexual Minorities Uganda", "ORG", "UGA", ["der Organisation Sexual Minorities Uganda"]),
        entity("African Development Bank", "ORG", "IGO", ["die Afrikanische Entwicklungsbank"]),
        entity("Uganda Police Force", "ORG", "UGA", ["die Polizei"]),
        entity("Government of the United States", "ORG", "USA", ["Die USA"]),
        entity("Ugandan officials", "PER", "UGA", ["ugandische Amtsträger"]),
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden"]),
    ],
}

# ---------------------------------------------------------------- hm394-de-03 (DR Congo, Matata Ponyo convicted)
COD_CC = actor("Constitutional Court of the Democratic Republic of the Congo", "COD", "JUD")
MATATA = actor("Augustin Matata Ponyo", "COD", "OPP")
MUTOMBO = actor("Deogratias Mutombo", "COD", "CVL")
GROBLER = actor("Christo Grobler", "ZAF", "BUS")
MATATA_LAWYERS = actor("lawyers of Augustin Matata Ponyo", "COD", "CVL")
COD_JUDICIARY = actor("Judiciary of the Democratic Republic of the Congo", "COD", "JUD")
LGD_SUPPORTERS = actor("supporters of Leadership and Governance for Development", "COD", "OPP")
COD_POLICE = actor("Congolese National Police", "COD", "COP")
KATUMBI = actor("Moïse Katumbi", "COD", "OPP")
ENSEMBLE = actor("Together for the Republic", "COD", "OPP")

C1 = ("Kinshasa (dpa) - Das Verfassungsgericht der Demokratischen Republik Kongo hat den früheren Regierungschef "
      "Augustin Matata Ponyo wegen Veruntreuung öffentlicher Gelder zu zehn Jahren Zwangsarbeit verurteilt.")
C2 = ("Die Richter sahen es am Dienstag als erwiesen an, dass Matata als Premierminister mehr als 245 Millionen "
      "Dollar für den Agrarpark Bukanga-Lonzo zweckentfremdet hatte.")
C3 = ("Auch der frühere Zentralbankgouverneur Deogratias Mutombo wurde zu zehn Jahren verurteilt, der südafrikanische "
      "Geschäftsmann Christo Grobler erhielt fünf Jahre.")
C4 = "Das Gericht ordnete zudem die Beschlagnahme der Vermögen aller drei Verurteilten an."
C5 = "Matata, der die Regierung von 2012 bis 2016 unter Präsident Joseph Kabila führte, war bei der Verkündung nicht anwesend."
C6 = "Seine Anwälte sprachen von einem „politischen Urteil“ gegen einen Gegner von Präsident Félix Tshisekedi."
C7 = "Das Verfassungsgericht sei für einen ehemaligen Premierminister gar nicht zuständig, argumentierte die Verteidigung."
C8 = "Matata selbst warf der Justiz in einer Videobotschaft vor, auf Anweisung der Präsidentschaft zu handeln."
C9 = "Regierungssprecher Patrick Muyaya wies den Vorwurf einer politischen Einflussnahme zurück."
C10 = "„Niemand steht über dem Gesetz“, sagte Muyaya."
C11 = ("Am Nachmittag versammelten sich Hunderte Anhänger von Matatas Partei LGD vor dem Gerichtsgebäude im Stadtteil "
       "Gombe.")
C12 = "Die Polizei trieb sie mit Tränengas auseinander."
C12B = "Nach Angaben der Partei wurden mindestens zwölf Menschen festgenommen."
C13 = ("Der Agrarpark im Südwesten des Landes sollte die Lebensmittelversorgung der Hauptstadt sichern, wurde aber nach "
       "wenigen Jahren aufgegeben.")
C14 = ("Matata hatte sich 2023 als Kandidat für die Präsidentenwahl aufstellen lassen, zog seine Bewerbung aber "
       "zugunsten des Oppositionspolitikers Moïse Katumbi zurück.")
C15 = "Katumbis Partei Ensemble pour la République bezeichnete das Urteil als „Abrechnung mit Andersdenkenden“."

DE03 = {
    "id": "hm394-de-03", "lang": "de", "url": None, "published": "2025-05-21",
    "title": "Kongos Ex-Premier Matata zu zehn Jahren Zwangsarbeit verurteilt",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8, C9, C10], [C11, C12, C12B], [C13, C14, C15]),
    "events": [
        event("SANCTION", COD_CC, MATATA, C1, mode="convict", location_country="COD"),
        event("SANCTION", COD_CC, MUTOMBO, C3, mode="convict"),
        event("SANCTION", COD_CC, GROBLER, C3, mode="convict"),
        event("COERCE", COD_CC, MATATA, C4, mode="seize"),
        event("COERCE", COD_CC, MUTOMBO, C4, mode="seize"),
        event("COERCE", COD_CC, GROBLER, C4, mode="seize"),
        event("ACCUSE", MATATA_LAWYERS, COD_CC, C6, mode="disapprove"),
        event("ACCUSE", MATATA, COD_JUDICIARY, C8, mode="allege"),
        event("PROTEST", LGD_SUPPORTERS, COD_CC, C11, mode="demo", date="2025-05-20", location="Gombe",
              location_country="COD"),
        event("ASSAULT", COD_POLICE, LGD_SUPPORTERS, C12, mode="crowd-control", date="2025-05-20", location="Gombe",
              location_country="COD"),
        event("COERCE", COD_POLICE, LGD_SUPPORTERS, C12B, mode="arrest", date="2025-05-20", location="Gombe",
              location_country="COD"),
        event("SUPPORT", MATATA, KATUMBI, C14),
        event("ACCUSE", ENSEMBLE, COD_CC, C15, mode="disapprove"),
    ],
    "quotes": [
        quote("dass Matata als Premierminister mehr als 245 Millionen Dollar für den Agrarpark Bukanga-Lonzo "
              "zweckentfremdet hatte", "Constitutional Court of the Democratic Republic of the Congo", "indirect"),
        quote("politischen Urteil", "lawyers of Augustin Matata Ponyo", "direct"),
        quote("Das Verfassungsgericht sei für einen ehemaligen Premierminister gar nicht zuständig",
              "lawyers of Augustin Matata Ponyo", "indirect"),
        quote("auf Anweisung der Präsidentschaft zu handeln", "Augustin Matata Ponyo", "indirect"),
        quote("Niemand steht über dem Gesetz", "Patrick Muyaya", "direct"),
        quote("Nach Angaben der Partei wurden mindestens zwölf Menschen festgenommen",
              "Leadership and Governance for Development", "indirect"),
        quote("Abrechnung mit Andersdenkenden", "Together for the Republic", "direct"),
    ],
    "entities": [
        entity("Kinshasa", "LOC", "COD", ["Kinshasa"]),
        entity("Constitutional Court of the Democratic Republic of the Congo", "ORG", "COD",
               ["Das Verfassungsgericht der Demokratischen Republik Kongo", "Die Richter", "Das Gericht",
                "Das Verfassungsgericht"]),
        entity("Democratic Republic of the Congo", "LOC", "COD", ["Demokratischen Republik Kongo", "des Landes"]),
        entity("Augustin Matata Ponyo", "PER", "COD", ["den früheren Regierungschef Augustin Matata Ponyo", "Matata",
                                                       "einen Gegner von Präsident Félix Tshisekedi", "Matatas",
                                                       "einen ehemaligen Premierminister"]),
        entity("Bukanga-Lonzo", "LOC", "COD", ["den Agrarpark Bukanga-Lonzo", "Der Agrarpark"]),
        entity("Deogratias Mutombo", "PER", "COD", ["der frühere Zentralbankgouverneur Deogratias Mutombo"]),
        entity("Christo Grobler", "PER", "ZAF", ["der südafrikanische Geschäftsmann Christo Grobler"]),
        entity("Joseph Kabila", "PER", "COD", ["Präsident Joseph Kabila"]),
        entity("Government of the Democratic Republic of the Congo", "ORG", "COD", ["die Regierung"]),
        entity("lawyers of Augustin Matata Ponyo", "PER", "COD", ["Seine Anwälte", "die Verteidigung"]),
        entity("Félix Tshisekedi", "PER", "COD", ["Präsident Félix Tshisekedi"]),
        entity("Judiciary of the Democratic Republic of the Congo", "ORG", "COD", ["der Justiz"]),
        entity("Presidency of the Democratic Republic of the Congo", "ORG", "COD", ["der Präsidentschaft"]),
        entity("Patrick Muyaya", "PER", "COD", ["Regierungssprecher Patrick Muyaya", "Muyaya"]),
        entity("supporters of Leadership and Governance for Development", "PER", "COD",
               ["Hunderte Anhänger von Matatas Partei LGD", "sie"]),
        entity("Leadership and Governance for Development", "ORG", "COD", ["Matatas Partei LGD", "der Partei"]),
        entity("Gombe", "LOC", "COD", ["im Stadtteil Gombe"]),
        entity("Congolese National Police", "ORG", "COD", ["Die Polizei"]),
        entity("Moïse Katumbi", "PER", "COD", ["des Oppositionspolitikers Moïse Katumbi", "Katumbis"]),
        entity("Together for the Republic", "ORG", "COD", ["Katumbis Partei Ensemble pour la République"]),
    ],
}

# ---------------------------------------------------------------- hm394-de-04 (Senegal, Sonko's appeal rejected)
SEN_SUPREME = actor("Supreme Court of Senegal", "SEN", "JUD")
SONKO = actor("Ousmane Sonko", "SEN", "OPP")
SEN_APPEALS = actor("Dakar Court of Appeal", "SEN", "JUD")
LY = actor("Ciré Clédor Ly", "SEN", "CVL")
SEN_GOV = actor("Government of Senegal", "SEN", "GOV")
PASTEF = actor("PASTEF", "SEN", "OPP")
FAYE = actor("Bassirou Diomaye Faye", "SEN", "OPP")
SEN_SECURITY = actor("Senegalese security forces", "SEN", "COP")
ZIG_PROTESTERS = actor("young protesters in Ziguinchor", "SEN", "CVL")
SEN_POLICE = actor("Senegalese National Police", "SEN", "COP")
SALL = actor("Macky Sall", "SEN", "GOV")

D1 = ("Dakar (dpa) - Senegals Oppositionsführer Ousmane Sonko droht nach einem Urteil des Obersten Gerichtshofs der "
      "Ausschluss von der Präsidentenwahl im Februar.")
D2 = ("Das Gericht wies am Donnerstag Sonkos Einspruch gegen seine Verurteilung wegen Verleumdung von "
      "Tourismusminister Mame Mbaye Niang zurück.")
D3 = "Damit ist die Bewährungsstrafe von sechs Monaten rechtskräftig, die ein Berufungsgericht im Mai verhängt hatte."
D4 = "Nach Einschätzung von Juristen kann Sonko damit nicht mehr kandidieren."
D5 = "Sonkos Anwalt Ciré Clédor Ly sprach von einer „Justiz auf Bestellung“."
D6 = ("Die Regierung von Präsident Macky Sall wolle Sonko um jeden Preis aus dem Rennen nehmen, sagte er vor "
      "Journalisten in Dakar.")
D7 = "Justizministerin Aïssata Tall Sall wies die Vorwürfe zurück."
D8 = "Die Gerichte des Landes arbeiteten unabhängig, sagte sie dem Radiosender RFM."
D9 = "Sonko sitzt seit Ende Juli unter anderem wegen Aufrufs zum Aufstand in Haft."
D10 = "Kurz nach seiner Festnahme hatte die Regierung seine Partei Pastef aufgelöst."
D11 = ("Die Partei hat inzwischen ihren Generalsekretär Bassirou Diomaye Faye als Ersatzkandidaten ins Rennen "
       "geschickt, der ebenfalls in Untersuchungshaft sitzt.")
D12 = "In mehreren Vierteln Dakars zogen am Donnerstagabend Sicherheitskräfte mit Wasserwerfern auf."
D13 = "In Ziguinchor im Süden des Landes errichteten Jugendliche Barrikaden aus brennenden Reifen."
D14 = "Die Polizei nahm nach eigenen Angaben zunächst niemanden fest."
D15 = "Der Verfassungsrat will die endgültige Liste der Kandidaten am 20. Januar veröffentlichen."
D16 = ("Sall hatte im Juli nach monatelangen Spannungen angekündigt, nicht für eine dritte Amtszeit anzutreten.")
D17 = "Bei Unruhen nach Sonkos Verurteilung in einem anderen Verfahren waren im Juni mindestens 16 Menschen getötet worden."

DE04 = {
    "id": "hm394-de-04", "lang": "de", "url": None, "published": "2024-01-05",
    "title": "Senegals Oberstes Gericht bestätigt Urteil gegen Sonko",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8], [D9, D10, D11], [D12, D13, D14], [D15, D16, D17]),
    "events": [
        event("REJECT", SEN_SUPREME, SONKO, D2, date="2024-01-04"),
        event("SANCTION", SEN_APPEALS, SONKO, D3, mode="convict"),
        event("ACCUSE", LY, SEN_SUPREME, D5, mode="disapprove"),
        event("ACCUSE", LY, SEN_GOV, D6, mode="allege", location="Dakar", location_country="SEN"),
        event("COERCE", SEN_GOV, PASTEF, D10, mode="ban"),
        event("SUPPORT", PASTEF, FAYE, D11),
        event("MOBILIZE", SEN_SECURITY, None, D12, mode="police", date="2024-01-04", location="Dakar",
              location_country="SEN"),
        event("PROTEST", ZIG_PROTESTERS, SEN_GOV, D13, mode="obstruct", location="Ziguinchor",
              location_country="SEN"),
        event("COERCE", SEN_POLICE, ZIG_PROTESTERS, D14, mode="arrest", negated=True),
        event("CONCEDE", SALL, None, D16),
    ],
    "quotes": [
        quote("Nach Einschätzung von Juristen kann Sonko damit nicht mehr kandidieren", "legal experts", "indirect"),
        quote("Justiz auf Bestellung", "Ciré Clédor Ly", "direct"),
        quote("Die Regierung von Präsident Macky Sall wolle Sonko um jeden Preis aus dem Rennen nehmen",
              "Ciré Clédor Ly", "indirect"),
        quote("Die Gerichte des Landes arbeiteten unabhängig", "Aïssata Tall Sall", "indirect"),
        quote("Die Polizei nahm nach eigenen Angaben zunächst niemanden fest", "Senegalese National Police",
              "indirect"),
    ],
    "entities": [
        entity("Dakar", "LOC", "SEN", ["Dakar", "Dakars"]),
        entity("Senegal", "LOC", "SEN", ["Senegals", "des Landes"]),
        entity("Ousmane Sonko", "PER", "SEN", ["Senegals Oppositionsführer Ousmane Sonko", "Sonkos", "Sonko",
                                               "seiner"]),
        entity("Supreme Court of Senegal", "ORG", "SEN", ["des Obersten Gerichtshofs", "Das Gericht"]),
        entity("Mame Mbaye Niang", "PER", "SEN", ["Tourismusminister Mame Mbaye Niang"]),
        entity("Dakar Court of Appeal", "ORG", "SEN", ["ein Berufungsgericht"]),
        entity("legal experts", "PER", "SEN", ["Juristen"]),
        entity("Ciré Clédor Ly", "PER", "SEN", ["Sonkos Anwalt Ciré Clédor Ly", "er"]),
        entity("Government of Senegal", "ORG", "SEN", ["Die Regierung von Präsident Macky Sall", "die Regierung"]),
        entity("Macky Sall", "PER", "SEN", ["Präsident Macky Sall", "Sall"]),
        entity("Aïssata Tall Sall", "PER", "SEN", ["Justizministerin Aïssata Tall Sall", "sie"]),
        entity("RFM", "ORG", "SEN", ["dem Radiosender RFM"]),
        entity("PASTEF", "ORG", "SEN", ["seine Partei Pastef", "Die Partei"]),
        entity("Bassirou Diomaye Faye", "PER", "SEN", ["ihren Generalsekretär Bassirou Diomaye Faye"]),
        entity("Senegalese security forces", "ORG", "SEN", ["Sicherheitskräfte"]),
        entity("Ziguinchor", "LOC", "SEN", ["Ziguinchor"]),
        entity("young protesters in Ziguinchor", "PER", "SEN", ["Jugendliche"]),
        entity("Senegalese National Police", "ORG", "SEN", ["Die Polizei"]),
        entity("Constitutional Council of Senegal", "ORG", "SEN", ["Der Verfassungsrat"]),
    ],
}

# ---------------------------------------------------------------- hm394-en-01 (Sudan suspends IGAD membership)
SDN_GOV = actor("Government of Sudan", "SDN", "GOV")
IGAD = actor("Intergovernmental Authority on Development", "IGO", "IGO")
DAGALO = actor("Mohamed Hamdan Dagalo", "SDN", "REB")
SDN_MFA = actor("Ministry of Foreign Affairs of Sudan", "SDN", "GOV")
MUSEVENI_E = actor("Yoweri Museveni", "UGA", "GOV")
BURHAN = actor("Abdel Fattah al-Burhan", "SDN", "MIL")
SAF = actor("Sudanese Armed Forces", "SDN", "MIL")
RSF = actor("Rapid Support Forces", "SDN", "REB")
RUTO = actor("William Ruto", "KEN", "GOV")
ABIY = actor("Abiy Ahmed", "ETH", "GOV")
RAMAPHOSA = actor("Cyril Ramaphosa", "ZAF", "GOV")
BLINKEN = actor("Antony Blinken", "USA", "GOV")

E1 = ("PORT SUDAN, Sudan (AP) — Sudan's military-led government said Saturday it was suspending its membership in "
      "the East African regional bloc IGAD after the group invited the leader of the rival Rapid Support Forces to a "
      "summit.")
E2 = ("In a statement, the Foreign Ministry said the Intergovernmental Authority on Development had violated Sudan's "
      "sovereignty by treating a \"rebel militia\" as a legitimate party.")
E3 = ("The ministry said it had informed IGAD's executive secretary, Workneh Gebeyehu, of the decision in a "
      "letter.")
E4 = ("RSF commander Mohamed Hamdan Dagalo attended Thursday's summit in the Ugandan capital, Kampala, where he met "
      "Ugandan President Yoweri Museveni.")
E5 = ("Sudan's army chief, Gen. Abdel Fattah Burhan, had refused to attend, saying he would not sit at the same "
      "table with Dagalo.")
E6 = ("In its final communique, the summit called on both warring parties to agree to an immediate and "
      "unconditional cease-fire.")
E7 = ("The communique also said IGAD leaders would seek a face-to-face meeting between Burhan and Dagalo within two "
      "weeks.")
E8 = ("Dagalo, widely known as Hemedti, has toured several African capitals in recent weeks, meeting Kenya's "
      "President William Ruto, Ethiopian Prime Minister Abiy Ahmed and South Africa's President Cyril Ramaphosa.")
E9 = ("Last month, U.S. Secretary of State Antony Blinken determined that both sides had committed war crimes and "
      "that the RSF had also carried out ethnic cleansing in West Darfur.")
E10 = "The RSF has denied targeting civilians."
E11 = ("In December, RSF fighters overran Wad Madani, the capital of Gezira state, after the army pulled its troops "
       "out of the city.")
E12 = "The United Nations says the war, which began in April, has displaced more than 7 million people."
E13 = ("Sudan is a founding member of IGAD, which also includes Djibouti, Ethiopia, Eritrea, Kenya, Somalia, South "
       "Sudan and Uganda.")
E14 = "IGAD did not immediately respond to a request for comment."

EN01 = {
    "id": "hm394-en-01", "lang": "en", "url": None, "published": "2024-01-20",
    "title": "Sudan suspends membership in East African bloc over invitation to RSF leader",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6, E7], [E8, E9, E10], [E11, E12], [E13, E14]),
    "events": [
        event("SANCTION", SDN_GOV, IGAD, E1, mode="withdraw", date="2024-01-20"),
        event("AGREE", IGAD, DAGALO, E1),
        event("ACCUSE", SDN_MFA, IGAD, E2, mode="disapprove"),
        event("CONSULT", DAGALO, IGAD, E4, mode="multilateral", date="2024-01-18", location="Kampala",
              location_country="UGA"),
        event("CONSULT", DAGALO, MUSEVENI_E, E4, mode="meet", date="2024-01-18", location="Kampala",
              location_country="UGA"),
        event("REJECT", BURHAN, IGAD, E5, mode="meet"),
        event("REQUEST", IGAD, SAF, E6),
        event("REQUEST", IGAD, RSF, E6),
        event("CONSULT", DAGALO, RUTO, E8, mode="visit"),
        event("CONSULT", DAGALO, ABIY, E8, mode="visit"),
        event("CONSULT", DAGALO, RAMAPHOSA, E8, mode="visit"),
        event("ACCUSE", BLINKEN, SAF, E9, mode="allege"),
        event("ACCUSE", BLINKEN, RSF, E9, mode="allege"),
        event("ASSAULT", RSF, SAF, E11, location="Wad Madani", location_country="SDN"),
        event("RETREAT", SAF, RSF, E11, mode="withdraw", location="Wad Madani", location_country="SDN"),
    ],
    "quotes": [
        quote("it was suspending its membership in the East African regional bloc IGAD after the group invited the "
              "leader of the rival Rapid Support Forces to a summit", "Government of Sudan", "indirect"),
        quote("rebel militia", "Ministry of Foreign Affairs of Sudan", "direct"),
        quote("the Intergovernmental Authority on Development had violated Sudan's sovereignty by treating a \"rebel "
              "militia\" as a legitimate party", "Ministry of Foreign Affairs of Sudan", "indirect"),
        quote("it had informed IGAD's executive secretary, Workneh Gebeyehu, of the decision in a letter",
              "Ministry of Foreign Affairs of Sudan", "indirect"),
        quote("he would not sit at the same table with Dagalo", "Abdel Fattah al-Burhan", "indirect"),
        quote("IGAD leaders would seek a face-to-face meeting between Burhan and Dagalo within two weeks",
              "Intergovernmental Authority on Development", "indirect"),
        quote("both sides had committed war crimes and that the RSF had also carried out ethnic cleansing in West "
              "Darfur", "Antony Blinken", "indirect"),
        quote("the war, which began in April, has displaced more than 7 million people", "United Nations",
              "indirect"),
    ],
    "entities": [
        entity("Port Sudan", "LOC", "SDN", ["PORT SUDAN"]),
        entity("Sudan", "LOC", "SDN", ["Sudan", "Sudan's"]),
        entity("Government of Sudan", "ORG", "SDN", ["Sudan's military-led government", "Sudan"]),
        entity("Intergovernmental Authority on Development", "ORG", "IGO",
               ["the East African regional bloc IGAD", "the group", "the Intergovernmental Authority on Development",
                "IGAD's", "the summit", "IGAD"]),
        entity("Rapid Support Forces", "ORG", "SDN", ["the rival Rapid Support Forces", "RSF", "the RSF",
                                                      "The RSF"]),
        entity("Ministry of Foreign Affairs of Sudan", "ORG", "SDN", ["the Foreign Ministry", "The ministry"]),
        entity("Workneh Gebeyehu", "PER", "ETH", ["IGAD's executive secretary, Workneh Gebeyehu"]),
        entity("Mohamed Hamdan Dagalo", "PER", "SDN", ["the leader of the rival Rapid Support Forces",
                                                       "RSF commander Mohamed Hamdan Dagalo", "he", "Dagalo",
                                                       "Hemedti"]),
        entity("Kampala", "LOC", "UGA", ["the Ugandan capital, Kampala"]),
        entity("Yoweri Museveni", "PER", "UGA", ["Ugandan President Yoweri Museveni"]),
        entity("Abdel Fattah al-Burhan", "PER", "SDN", ["Sudan's army chief, Gen. Abdel Fattah Burhan", "Burhan",
                                                        "he"]),
        entity("Sudanese Armed Forces", "ORG", "SDN", ["the army"]),
        entity("IGAD leaders", "PER", "IGO", ["IGAD leaders"]),
        entity("William Ruto", "PER", "KEN", ["Kenya's President William Ruto"]),
        entity("Abiy Ahmed", "PER", "ETH", ["Ethiopian Prime Minister Abiy Ahmed"]),
        entity("Cyril Ramaphosa", "PER", "ZAF", ["South Africa's President Cyril Ramaphosa"]),
        entity("Antony Blinken", "PER", "USA", ["U.S. Secretary of State Antony Blinken"]),
        entity("West Darfur", "LOC", "SDN", ["West Darfur"]),
        entity("RSF fighters", "ORG", "SDN", ["RSF fighters"]),
        entity("Wad Madani", "LOC", "SDN", ["Wad Madani, the capital of Gezira state", "the city"]),
        entity("Gezira", "LOC", "SDN", ["Gezira state"]),
        entity("United Nations", "ORG", "UNO", ["The United Nations"]),
        entity("Djibouti", "LOC", "DJI", ["Djibouti"]),
        entity("Ethiopia", "LOC", "ETH", ["Ethiopia"]),
        entity("Eritrea", "LOC", "ERI", ["Eritrea"]),
        entity("Kenya", "LOC", "KEN", ["Kenya", "Kenya's"]),
        entity("Somalia", "LOC", "SOM", ["Somalia"]),
        entity("South Sudan", "LOC", "SSD", ["South Sudan"]),
        entity("Uganda", "LOC", "UGA", ["Uganda"]),
        entity("South Africa", "LOC", "ZAF", ["South Africa's"]),
    ],
}

# ---------------------------------------------------------------- hm394-en-02 (Kenya, Shakahola murder charges)
KEN_ODPP = actor("Office of the Director of Public Prosecutions of Kenya", "KEN", "JUD")
MACKENZIE = actor("Paul Mackenzie", "KEN", "REL")
CO_ACCUSED = actor("co-accused of Paul Mackenzie", "KEN", "CVL")
KEN_HIGH_COURT = actor("High Court of Kenya", "KEN", "JUD")
MAKASEMBO = actor("Wycliffe Makasembo", "KEN", "CVL")
KEN_GOV = actor("Government of Kenya", "KEN", "GOV")
KINDIKI = actor("Kithure Kindiki", "KEN", "GOV")
RELATIVES = actor("relatives of Shakahola victims", "KEN", "CVL")
SENATE_COMMITTEE = actor("Senate of Kenya ad hoc committee on Shakahola", "KEN", "LEG")
KEN_POLICE = actor("National Police Service of Kenya", "KEN", "COP")
RUTO_2 = actor("William Ruto", "KEN", "GOV")

F1 = ("MALINDI, Kenya, Jan 18 (Reuters) - Kenyan prosecutors on Thursday charged doomsday cult leader Paul Mackenzie "
      "and 29 co-accused with the murder of 191 children whose bodies were exhumed from shallow graves in the "
      "Shakahola forest.")
F2 = ("Mackenzie, a self-proclaimed pastor of the Good News International Church, pleaded not guilty before the High "
      "Court in Malindi, as did the other defendants.")
F3 = ("Prosecutors allege that he ordered his followers to starve themselves and their children to death in order "
      "to \"meet Jesus\" before the end of the world.")
F4 = "The judge ordered that the suspects remain in custody until a bail hearing next month."
F5 = ("Mackenzie's lawyer, Wycliffe Makasembo, said his client was being made a scapegoat for the failures of the "
      "state.")
F6 = "Mackenzie also faces terrorism charges in a separate case in the port city of Mombasa."
F7 = ("Interior Minister Kithure Kindiki, who declared Shakahola a security operation area last year, welcomed the "
      "charges.")
F8 = ("\"Those responsible for the Shakahola massacre will face the full force of the law,\" Kindiki said in a "
      "statement.")
F9 = ("Dozens of relatives of the victims gathered outside the court, some holding photographs of missing children, "
      "and demanded the harshest possible sentences for the defendants.")
F10 = ("\"We want justice for our children,\" said Priscilla Riziki, who told reporters she had lost her daughter and "
       "three grandchildren in the forest.")
F11 = ("A Senate committee accused police last year of ignoring earlier warnings about Mackenzie's activities in the "
       "area.")
F12 = "It also urged the government to tighten the regulation of churches and other religious organizations."
F13 = ("President William Ruto has compared Mackenzie to a terrorist and set up a commission of inquiry into the "
       "deaths.")
F14 = ("Police first arrested Mackenzie in April after officers raided the forest, about 70 km (43 miles) inland "
       "from Malindi, following a tip-off.")
F15 = "The Kenya Red Cross said more than 600 people had been reported missing since the first graves were found."

EN02 = {
    "id": "hm394-en-02", "lang": "en", "url": None, "published": "2024-01-18",
    "title": "Kenyan cult leader charged with murder of 191 children",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6], [F7, F8, F9, F10], [F11, F12, F13], [F14, F15]),
    "events": [
        event("ACCUSE", KEN_ODPP, MACKENZIE, F1, mode="allege", date="2024-01-18", location="Malindi",
              location_country="KEN"),
        event("ACCUSE", KEN_ODPP, CO_ACCUSED, F1, mode="allege", date="2024-01-18", location="Malindi",
              location_country="KEN"),
        event("ACCUSE", KEN_ODPP, MACKENZIE, F3, mode="allege"),
        event("COERCE", KEN_HIGH_COURT, MACKENZIE, F4, mode="arrest", date="2024-01-18", location="Malindi",
              location_country="KEN"),
        event("COERCE", KEN_HIGH_COURT, CO_ACCUSED, F4, mode="arrest", date="2024-01-18", location="Malindi",
              location_country="KEN"),
        event("ACCUSE", MAKASEMBO, KEN_GOV, F5, mode="disapprove"),
        event("SUPPORT", KINDIKI, KEN_ODPP, F7),
        event("THREATEN", KINDIKI, MACKENZIE, F8),
        event("PROTEST", RELATIVES, KEN_HIGH_COURT, F9, mode="demo", date="2024-01-18", location="Malindi",
              location_country="KEN"),
        event("REQUEST", RELATIVES, KEN_HIGH_COURT, F9, date="2024-01-18", location="Malindi",
              location_country="KEN"),
        event("ACCUSE", SENATE_COMMITTEE, KEN_POLICE, F11, mode="disapprove"),
        event("REQUEST", SENATE_COMMITTEE, KEN_GOV, F12, mode="change"),
        event("ACCUSE", RUTO_2, MACKENZIE, F13, mode="disapprove"),
        event("COERCE", KEN_POLICE, MACKENZIE, F14, mode="arrest", location="Shakahola", location_country="KEN"),
    ],
    "quotes": [
        quote("that he ordered his followers to starve themselves and their children to death in order to \"meet "
              "Jesus\" before the end of the world", "Office of the Director of Public Prosecutions of Kenya",
              "indirect"),
        quote("meet Jesus", "Office of the Director of Public Prosecutions of Kenya", "direct"),
        quote("his client was being made a scapegoat for the failures of the state", "Wycliffe Makasembo",
              "indirect"),
        quote("Those responsible for the Shakahola massacre will face the full force of the law", "Kithure Kindiki",
              "direct"),
        quote("We want justice for our children", "Priscilla Riziki", "direct"),
        quote("she had lost her daughter and three grandchildren in the forest", "Priscilla Riziki", "indirect"),
        quote("more than 600 people had been reported missing since the first graves were found", "Kenya Red Cross",
              "indirect"),
    ],
    "entities": [
        entity("Malindi", "LOC", "KEN", ["MALINDI", "Malindi"]),
        entity("Kenya", "LOC", "KEN", ["Kenya"]),
        entity("Reuters", "ORG", "GBR", ["Reuters"]),
        entity("Office of the Director of Public Prosecutions of Kenya", "ORG", "KEN",
               ["Kenyan prosecutors", "Prosecutors"]),
        entity("Paul Mackenzie", "PER", "KEN", ["doomsday cult leader Paul Mackenzie", "Mackenzie",
                                                "a self-proclaimed pastor of the Good News International Church",
                                                "he", "Mackenzie's", "his client"]),
        entity("co-accused of Paul Mackenzie", "PER", "KEN", ["29 co-accused", "the other defendants", "the suspects", "the defendants"]),
        entity("Shakahola forest", "LOC", "KEN", ["the Shakahola forest", "the forest", "Shakahola", "the area"]),
        entity("Good News International Church", "ORG", "KEN", ["the Good News International Church"]),
        entity("High Court of Kenya", "ORG", "KEN", ["the High Court in Malindi", "The judge", "the court"]),
        entity("Wycliffe Makasembo", "PER", "KEN", ["Mackenzie's lawyer, Wycliffe Makasembo"]),
        entity("Mombasa", "LOC", "KEN", ["the port city of Mombasa"]),
        entity("Kithure Kindiki", "PER", "KEN", ["Interior Minister Kithure Kindiki", "Kindiki"]),
        entity("relatives of Shakahola victims", "PER", "KEN", ["Dozens of relatives of the victims"]),
        entity("Priscilla Riziki", "PER", "KEN", ["Priscilla Riziki", "she"]),
        entity("Senate of Kenya ad hoc committee on Shakahola", "ORG", "KEN", ["A Senate committee", "It"]),
        entity("National Police Service of Kenya", "ORG", "KEN", ["police", "Police", "officers"]),
        entity("Government of Kenya", "ORG", "KEN", ["the state", "the government"]),
        entity("William Ruto", "PER", "KEN", ["President William Ruto"]),
        entity("Kenya Red Cross", "ORG", "KEN", ["The Kenya Red Cross"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
