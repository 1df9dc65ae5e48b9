"""Round 298: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm298-de-01: Mali: junta leader Assimi Goïta dismisses Prime Minister Choguel Kokalla Maïga and his government days after Maïga criticised the junta over the postponed elections; pro-junta demonstrators had demanded his removal, CNT members accuse him, M5-RFP Mali Kura objects, earlier party ban and arrests (2024-11-20).
- hm298-de-02: DR Congo: the High Military Court in Kinshasa sentences AFC leader Corneille Nangaa and M23 leaders Makenga and Bisimwa to death in absentia; Nangaa accuses Tshisekedi and vows to fight on, Mutamba welcomes the verdict, Amnesty objects, Muyaya rules out talks, UN experts' accusation against Rwanda, Luanda ceasefire (2024-08-08).
- hm298-de-03: Lesotho: Maseru reacts to Trump's 50 percent tariff and plans a delegation to Washington; Shelile is shocked, Matekane appeals to textile firms and rules out counter-tariffs, the textile union's demand, Trump's earlier mockery, US aid cuts, Ramaphosa criticises the tariffs on South Africa (2025-04-04).
- hm298-de-04: Nigeria: Tinubu replaces the service chiefs amid reports of a coup plot; Musa replaced by Oluyede, 16 officers detained and investigated, Gusau cites indiscipline, Atiku accuses Tinubu and demands clarity, Touray calls and backs Tinubu, ISWAP attack on an army base in Borno (2025-10-24).
- hm298-en-01: Seychelles: Patrick Herminie wins the presidential run-off; Ramkalawan concedes, calls and congratulates him and appeals for calm, Herminie invites him to talks and attacks the Assumption lease, Modi congratulates, AU observers praise the vote, police deployed, no court challenge (2025-10-12).
- hm298-en-02: Kenya: Ruto and Raila Odinga sign a cooperation pact between UDA and ODM in Nairobi; Ruto praises Odinga and promises compensation, Kalonzo Musyoka and Gachagua denounce Odinga, tear gas and arrests at a youth protest, Amnesty Kenya's demand (2025-03-07).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm298-de-01 (Mali, Choguel Maïga dismissed)
GOITA = actor("Assimi Goïta", "MLI", "GOV")
CHOGUEL = actor("Choguel Kokalla Maïga", "MLI", "GOV")
MLI_JUNTA = actor("Malian military junta", "MLI", "GOV")
MLI_GOV = actor("Government of Mali", "MLI", "GOV")
JUNTA_SUPPORTERS = actor("supporters of the Malian junta", "MLI", "CVL")
CNT_MEMBERS = actor("members of the National Transitional Council", "MLI", "LEG")
M5 = actor("M5-RFP Mali Kura", "MLI", "PTY")
ECOWAS = actor("ECOWAS", "IGO", "IGO")
MLI_PARTIES = actor("political parties of Mali", "MLI", "PTY")
MLI_CRITICS = actor("critics of the Malian junta", "MLI", "OPP")

M1 = ("Bamako (AFP) - Malis Militärmachthaber Assimi Goïta hat Regierungschef Choguel Kokalla Maïga und dessen "
      "gesamte Regierung entlassen.")
M2 = ("Ein entsprechendes Dekret wurde am Mittwochabend im Staatsfernsehen ORTM verlesen, eine Begründung enthielt "
      "es nicht.")
M3 = ("Der 66-jährige Zivilpolitiker hatte am vergangenen Samstag in einer Rede die Militärführung kritisiert und "
      "beklagt, er sei von wichtigen Entscheidungen über die Zukunft des Landes ausgeschlossen worden.")
M4 = ("„Die Verschiebung der Wahlen wurde beschlossen, ohne dass der Regierungschef auch nur gefragt wurde“, sagte "
      "Maïga vor Anhängern in Bamako.")
M5_ = ("Er forderte die Junta zudem auf, einen klaren Zeitplan für die Rückkehr zur verfassungsmäßigen Ordnung "
       "vorzulegen.")
M6 = ("Die Militärs hatten ursprünglich zugesagt, die Macht bis März 2024 an gewählte Zivilisten zu übergeben, die "
      "Wahlen dann aber auf unbestimmte Zeit verschoben.")
M7 = ("Nach der Rede demonstrierten Hunderte Anhänger der Junta in Bamako und verlangten den Rücktritt des "
      "Regierungschefs.")
M8 = ("Mehrere Mitglieder des Nationalen Übergangsrats warfen Maïga vor, er untergrabe die Einheit der "
      "Übergangsinstitutionen.")
M9 = "Maïga selbst äußerte sich zunächst nicht zu seiner Entlassung."
M10 = ("Sein politisches Lager, die Bewegung M5-RFP Mali Kura, nannte die Entscheidung dagegen „einen Akt der "
       "Undankbarkeit“ gegenüber einem Mann, der die Junta jahrelang verteidigt habe.")
M11 = ("Maïga war nach dem zweiten Putsch im Mai 2021 zum Regierungschef ernannt worden und galt lange als einer der "
       "lautstärksten Fürsprecher der Militärs.")
M12 = ("Unter seiner Führung hatte Mali im Januar den Austritt aus der westafrikanischen Wirtschaftsgemeinschaft "
       "Ecowas verkündet.")
M13 = "Beobachter in Bamako sprechen vom schwersten Bruch innerhalb der Übergangsführung seit dem Putsch."
M14 = ("Im April hatte die Junta zudem die Aktivitäten aller politischen Parteien ausgesetzt und mehrere Kritiker "
       "festnehmen lassen.")
M15 = "Die Ecowas und die Afrikanische Union äußerten sich zunächst nicht."
M16 = ("Als möglicher Nachfolger gilt General Abdoulaye Maïga, bislang Regierungssprecher und Minister für "
       "territoriale Verwaltung.")

DE01 = {
    "id": "hm298-de-01", "lang": "de", "url": None, "published": "2024-11-20",
    "title": "Malis Junta-Chef Goïta entlässt Regierungschef Maïga",
    "text": paragraphs([M1, M2], [M3, M4, M5_, M6], [M7, M8, M9, M10], [M11, M12, M13, M14], [M15, M16]),
    "events": [
        event("SANCTION", GOITA, CHOGUEL, M1),
        event("SANCTION", GOITA, CHOGUEL, M2, date="2024-11-20"),
        event("ACCUSE", CHOGUEL, MLI_JUNTA, M3, mode="disapprove", date="2024-11-16"),
        event("ACCUSE", CHOGUEL, MLI_JUNTA, M4, mode="disapprove", location="Bamako", location_country="MLI"),
        event("REQUEST", CHOGUEL, MLI_JUNTA, M5_, mode="change"),
        event("PROTEST", JUNTA_SUPPORTERS, CHOGUEL, M7, mode="demo", location="Bamako", location_country="MLI"),
        event("REQUEST", JUNTA_SUPPORTERS, CHOGUEL, M7, mode="change", location="Bamako", location_country="MLI"),
        event("ACCUSE", CNT_MEMBERS, CHOGUEL, M8, mode="allege"),
        event("ACCUSE", M5, GOITA, M10, mode="disapprove"),
        event("SANCTION", MLI_GOV, ECOWAS, M12, mode="withdraw"),
        event("COERCE", MLI_JUNTA, MLI_PARTIES, M14, mode="ban"),
        event("COERCE", MLI_JUNTA, MLI_CRITICS, M14, mode="arrest"),
    ],
    "quotes": [
        quote("er sei von wichtigen Entscheidungen über die Zukunft des Landes ausgeschlossen worden",
              "Choguel Kokalla Maïga", "indirect"),
        quote("Die Verschiebung der Wahlen wurde beschlossen, ohne dass der Regierungschef auch nur gefragt wurde",
              "Choguel Kokalla Maïga", "direct"),
        quote("er untergrabe die Einheit der Übergangsinstitutionen", "members of the National Transitional Council",
              "indirect"),
        quote("einen Akt der Undankbarkeit", "M5-RFP Mali Kura", "direct"),
        quote("einem Mann, der die Junta jahrelang verteidigt habe", "M5-RFP Mali Kura", "indirect"),
    ],
    "entities": [
        entity("Bamako", "LOC", "MLI", ["Bamako"]),
        entity("Mali", "LOC", "MLI", ["Malis", "Mali", "des Landes"]),
        entity("Assimi Goïta", "PER", "MLI", ["Malis Militärmachthaber Assimi Goïta"]),
        entity("Choguel Kokalla Maïga", "PER", "MLI", ["Regierungschef Choguel Kokalla Maïga",
                                                      "Der 66-jährige Zivilpolitiker", "Maïga",
                                                      "des Regierungschefs", "einem Mann"]),
        entity("Government of Mali", "ORG", "MLI", ["dessen gesamte Regierung"]),
        entity("ORTM", "ORG", "MLI", ["Staatsfernsehen ORTM"]),
        entity("Malian military junta", "ORG", "MLI", ["die Militärführung", "die Junta", "Die Militärs",
                                                       "der Junta", "der Militärs"]),
        entity("National Transitional Council", "ORG", "MLI", ["des Nationalen Übergangsrats"]),
        entity("M5-RFP Mali Kura", "ORG", "MLI", ["Sein politisches Lager", "die Bewegung M5-RFP Mali Kura"]),
        entity("ECOWAS", "ORG", "IGO", ["westafrikanischen Wirtschaftsgemeinschaft Ecowas", "Die Ecowas"]),
        entity("African Union", "ORG", "IGO", ["die Afrikanische Union"]),
        entity("Abdoulaye Maïga", "PER", "MLI", ["General Abdoulaye Maïga"]),
    ],
}

# ---------------------------------------------------------------- hm298-de-02 (DR Congo, Nangaa sentenced to death)
COD_MIL_COURT = actor("High Military Court of the Democratic Republic of the Congo", "COD", "JUD")
NANGAA = actor("Corneille Nangaa", "COD", "REB")
MAKENGA = actor("Sultani Makenga", "COD", "REB")
BISIMWA = actor("Bertrand Bisimwa", "COD", "REB")
TSHISEKEDI = actor("Félix Tshisekedi", "COD", "GOV")
COD_GOV = actor("Government of the Democratic Republic of the Congo", "COD", "GOV")
MUTAMBA = actor("Constant Mutamba", "COD", "GOV")
CONVICTED_LEADERS = actor("AFC and M23 leaders convicted in Kinshasa", "COD", "REB")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
UN_EXPERTS = actor("UN Group of Experts on the Democratic Republic of the Congo", "UNO", "IGO")
RWANDA = actor("Rwanda", "RWA", "GOV")
COD = actor("Democratic Republic of the Congo", "COD", "GOV")
MUYAYA = actor("Patrick Muyaya", "COD", "GOV")
AFC = actor("Alliance Fleuve Congo", "COD", "REB")
KANYUKA = actor("Lawrence Kanyuka", "COD", "REB")

K1 = ("Kinshasa (dpa) - Ein Militärgericht in der Demokratischen Republik Kongo hat den Rebellenführer Corneille "
      "Nangaa in Abwesenheit zum Tode verurteilt.")
K2 = ("Der Hohe Militärgerichtshof in Kinshasa sprach den Chef der Rebellenallianz Alliance Fleuve Congo (AFC) am "
      "Donnerstag unter anderem des Hochverrats, der Kriegsverbrechen und der Beteiligung an einer aufständischen "
      "Bewegung schuldig.")
K3 = ("Auch die Anführer der mit der AFC verbündeten Miliz M23, Sultani Makenga und Bertrand Bisimwa, erhielten die "
      "Todesstrafe.")
K4 = "Insgesamt standen 26 Angeklagte vor Gericht, die meisten von ihnen in Abwesenheit."
K5 = ("Nangaa wies das Urteil im Onlinedienst X als „Farce“ zurück und warf Präsident Félix Tshisekedi vor, die "
      "Justiz für seine Zwecke zu missbrauchen.")
K6 = ("„Kein Urteil aus Kinshasa wird uns davon abhalten, für die Befreiung des Kongo zu kämpfen“, schrieb der "
      "54-Jährige.")
K7 = ("Justizminister Constant Mutamba begrüßte den Richterspruch und kündigte an, die Regierung werde alles tun, um "
      "der Verurteilten habhaft zu werden.")
K8 = ("Der Kongo hatte im März ein seit mehr als 20 Jahren geltendes Moratorium für die Vollstreckung der "
      "Todesstrafe aufgehoben.")
K9 = ("Amnesty International verurteilte die Todesurteile und forderte Kinshasa auf, das Moratorium umgehend wieder "
      "in Kraft zu setzen.")
K10 = ("Regierungssprecher Patrick Muyaya bekräftigte am Donnerstag, mit den „Terroristen“ der AFC werde es keine "
       "Verhandlungen geben.")
K11 = "Ein Sprecher der M23, Lawrence Kanyuka, nannte das Verfahren ein „politisches Theater“."
K12 = ("Die M23 kontrolliert seit Monaten weite Teile der Provinz Nord-Kivu an der Grenze zu Ruanda und Uganda.")
K13 = ("UN-Experten hatten Ruanda im Juli in einem Bericht vorgeworfen, mehrere Tausend eigene Soldaten an der Seite "
       "der Rebellen einzusetzen.")
K14 = "Die Regierung in Kigali weist das zurück."
K15 = ("Seit Sonntag gilt im Osten des Landes eine von Angola vermittelte Waffenruhe zwischen dem Kongo und Ruanda, "
       "die bislang weitgehend eingehalten wird.")
K16 = ("Nangaa hatte bis 2021 die Wahlkommission Ceni geleitet und die umstrittene Präsidentenwahl von 2018 "
       "organisiert.")

DE02 = {
    "id": "hm298-de-02", "lang": "de", "url": None, "published": "2024-08-08",
    "title": "Kongo: Rebellenführer Nangaa in Abwesenheit zum Tode verurteilt",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7], [K8, K9, K10, K11], [K12, K13, K14, K15, K16]),
    "events": [
        event("SANCTION", COD_MIL_COURT, NANGAA, K1, mode="convict"),
        event("SANCTION", COD_MIL_COURT, NANGAA, K2, mode="convict", date="2024-08-08", location="Kinshasa",
              location_country="COD"),
        event("SANCTION", COD_MIL_COURT, MAKENGA, K3, mode="convict"),
        event("SANCTION", COD_MIL_COURT, BISIMWA, K3, mode="convict"),
        event("ACCUSE", NANGAA, COD_MIL_COURT, K5, mode="disapprove"),
        event("ACCUSE", NANGAA, TSHISEKEDI, K5, mode="allege"),
        event("THREATEN", NANGAA, COD_GOV, K6),
        event("SUPPORT", MUTAMBA, COD_MIL_COURT, K7),
        event("THREATEN", MUTAMBA, CONVICTED_LEADERS, K7, mode="arrest"),
        event("ACCUSE", AMNESTY, COD_GOV, K9, mode="disapprove"),
        event("REQUEST", AMNESTY, COD_GOV, K9, mode="change"),
        event("REJECT", MUYAYA, AFC, K10, mode="meet", date="2024-08-08"),
        event("ACCUSE", KANYUKA, COD_MIL_COURT, K11, mode="disapprove"),
        event("ACCUSE", UN_EXPERTS, RWANDA, K13, mode="allege"),
        event("RETREAT", COD, RWANDA, K15, mode="ceasefire", date="2024-08-04"),
    ],
    "quotes": [
        quote("Farce", "Corneille Nangaa", "direct"),
        quote("Kein Urteil aus Kinshasa wird uns davon abhalten, für die Befreiung des Kongo zu kämpfen",
              "Corneille Nangaa", "direct"),
        quote("die Regierung werde alles tun, um der Verurteilten habhaft zu werden", "Constant Mutamba", "indirect"),
        quote("Terroristen", "Patrick Muyaya", "direct"),
        quote("mit den „Terroristen“ der AFC werde es keine Verhandlungen geben", "Patrick Muyaya", "indirect"),
        quote("politisches Theater", "Lawrence Kanyuka", "direct"),
        quote("mehrere Tausend eigene Soldaten an der Seite der Rebellen einzusetzen",
              "UN Group of Experts on the Democratic Republic of the Congo", "indirect"),
    ],
    "entities": [
        entity("Kinshasa", "LOC", "COD", ["Kinshasa"]),
        entity("Democratic Republic of the Congo", "LOC", "COD", ["der Demokratischen Republik Kongo",
                                                                 "des Kongo", "Der Kongo", "dem Kongo",
                                                                 "des Landes"]),
        entity("Corneille Nangaa", "PER", "COD", ["den Rebellenführer Corneille Nangaa",
                                                  "den Chef der Rebellenallianz", "Nangaa", "der 54-Jährige"]),
        entity("High Military Court of the Democratic Republic of the Congo", "ORG", "COD",
               ["Ein Militärgericht", "Der Hohe Militärgerichtshof in Kinshasa"]),
        entity("Alliance Fleuve Congo", "ORG", "COD", ["Alliance Fleuve Congo (AFC)", "der AFC"]),
        entity("M23", "ORG", "COD", ["Miliz M23", "der M23", "Die M23", "der Rebellen"]),
        entity("Sultani Makenga", "PER", "COD", ["Sultani Makenga"]),
        entity("Bertrand Bisimwa", "PER", "COD", ["Bertrand Bisimwa"]),
        entity("X", "ORG", "MNC", ["Onlinedienst X"]),
        entity("Félix Tshisekedi", "PER", "COD", ["Präsident Félix Tshisekedi"]),
        entity("Constant Mutamba", "PER", "COD", ["Justizminister Constant Mutamba"]),
        entity("Government of the Democratic Republic of the Congo", "ORG", "COD", ["die Regierung"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Patrick Muyaya", "PER", "COD", ["Regierungssprecher Patrick Muyaya"]),
        entity("Lawrence Kanyuka", "PER", "COD", ["Ein Sprecher der M23, Lawrence Kanyuka"]),
        entity("North Kivu", "LOC", "COD", ["Provinz Nord-Kivu"]),
        entity("Rwanda", "LOC", "RWA", ["Ruanda"]),
        entity("Uganda", "LOC", "UGA", ["Uganda"]),
        entity("UN Group of Experts on the Democratic Republic of the Congo", "ORG", "UNO", ["UN-Experten"]),
        entity("Government of Rwanda", "ORG", "RWA", ["Die Regierung in Kigali"]),
        entity("Angola", "LOC", "AGO", ["Angola"]),
        entity("CENI", "ORG", "COD", ["Wahlkommission Ceni"]),
    ],
}

# ---------------------------------------------------------------- hm298-de-03 (Lesotho, US tariffs)
LSO_GOV = actor("Government of Lesotho", "LSO", "GOV")
US_GOV = actor("Government of the United States", "USA", "GOV")
SHELILE = actor("Mokhethi Shelile", "LSO", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
LESOTHO = actor("Lesotho", "LSO", "GOV")
MATEKANE = actor("Sam Matekane", "LSO", "GOV")
LSO_TEXTILE = actor("textile companies in Lesotho", "LSO", "BUS")
NACTWU = actor("National Clothing Textile and Allied Workers Union", "LSO", "LAB")
MPOTJOANE = actor("Lejone Mpotjoane", "LSO", "GOV")
USA = actor("United States", "USA", "GOV")
ZAF = actor("South Africa", "ZAF", "GOV")
RAMAPHOSA = actor("Cyril Ramaphosa", "ZAF", "GOV")

L1 = ("Maseru (dpa) - Das afrikanische Königreich Lesotho will nach der Verhängung drastischer US-Zölle eine "
      "Delegation nach Washington schicken.")
L2 = ("Man sei „schockiert“ über den Aufschlag von 50 Prozent auf Waren aus Lesotho, sagte Handelsminister Mokhethi "
      "Shelile am Freitag in Maseru.")
L3 = ("US-Präsident Donald Trump hatte am Mittwoch neue Zölle gegen Dutzende Länder verkündet, Lesotho traf er dabei "
      "mit einem der höchsten Sätze.")
L4 = ("Das Weiße Haus begründete dies mit dem hohen Handelsüberschuss des Landes, das vor allem Jeans und Diamanten "
      "in die USA exportiert.")
L5 = ("„Wir werden mit der amerikanischen Regierung reden und ihr erklären, was diese Zölle für unsere Arbeiter "
      "bedeuten“, sagte der Minister.")
L6 = ("Nach Angaben seines Ministeriums hängen rund 40.000 Arbeitsplätze in der Textilindustrie am Geschäft mit den "
      "USA.")
L7 = ("Ministerpräsident Sam Matekane rief die Textilunternehmen auf, vorerst keine Beschäftigten zu entlassen, und "
      "stellte ihnen staatliche Überbrückungshilfen in Aussicht.")
L8 = "Gegenzölle werde Lesotho nicht verhängen, sagte der 66-Jährige."
L9 = ("Die Textilgewerkschaft Nactwu forderte die Regierung auf, die Löhne der Näherinnen notfalls aus der "
      "Staatskasse zu sichern.")
L10 = ("Trump hatte das Land bereits Anfang März in einer Rede vor dem Kongress verspottet, als er von Lesotho "
       "sprach, „von dem noch nie jemand gehört hat“.")
L11 = "Außenminister Lejone Mpotjoane hatte die Äußerung damals als „beleidigend“ bezeichnet."
L12 = ("Im Februar hatte Washington im Zuge der Kürzungen bei der Entwicklungshilfe zudem mehrere Programme in "
       "Lesotho gestoppt, darunter Projekte zur HIV-Bekämpfung.")
L13 = "Auch Südafrika, das Lesotho vollständig umschließt, belegten die USA mit Zöllen von 30 Prozent."
L14 = ("Präsident Cyril Ramaphosa nannte die Zölle „strafend“ und warnte, sie seien ein Hindernis für Handel und "
       "gemeinsamen Wohlstand.")
L15 = ("Lesotho profitiert seit mehr als 20 Jahren vom US-Handelsprogramm Agoa, das afrikanischen Staaten zollfreie "
       "Exporte in die USA erlaubt.")
L16 = "Aus Washington gab es zunächst keine Reaktion auf die Pläne Maserus."

DE03 = {
    "id": "hm298-de-03", "lang": "de", "url": None, "published": "2025-04-04",
    "title": "Lesotho will nach Trumps Zollhammer in Washington verhandeln",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6, L7, L8, L9], [L10, L11, L12], [L13, L14, L15, L16]),
    "events": [
        event("AGREE", LSO_GOV, US_GOV, L1),
        event("ACCUSE", SHELILE, US_GOV, L2, mode="disapprove", date="2025-04-04", location="Maseru",
              location_country="LSO"),
        event("SANCTION", TRUMP, LESOTHO, L3, mode="discontinue", date="2025-04-02"),
        event("AGREE", SHELILE, US_GOV, L5),
        event("REQUEST", MATEKANE, LSO_TEXTILE, L7),
        event("AGREE", MATEKANE, LSO_TEXTILE, L7),
        event("SANCTION", LESOTHO, USA, L8, mode="discontinue", negated=True),
        event("REQUEST", NACTWU, LSO_GOV, L9),
        event("ACCUSE", TRUMP, LESOTHO, L10, mode="disapprove"),
        event("ACCUSE", MPOTJOANE, TRUMP, L11, mode="disapprove"),
        event("SANCTION", USA, LESOTHO, L12, mode="withdraw"),
        event("SANCTION", USA, ZAF, L13, mode="discontinue"),
        event("ACCUSE", RAMAPHOSA, USA, L14, mode="disapprove"),
    ],
    "quotes": [
        quote("schockiert", "Mokhethi Shelile", "direct"),
        quote("Man sei „schockiert“ über den Aufschlag von 50 Prozent auf Waren aus Lesotho", "Mokhethi Shelile",
              "indirect"),
        quote("Wir werden mit der amerikanischen Regierung reden und ihr erklären, was diese Zölle für unsere Arbeiter "
              "bedeuten", "Mokhethi Shelile", "direct"),
        quote("hängen rund 40.000 Arbeitsplätze in der Textilindustrie am Geschäft mit den USA",
              "Ministry of Trade of Lesotho", "indirect"),
        quote("Gegenzölle werde Lesotho nicht verhängen", "Sam Matekane", "indirect"),
        quote("von dem noch nie jemand gehört hat", "Donald Trump", "direct"),
        quote("beleidigend", "Lejone Mpotjoane", "direct"),
        quote("strafend", "Cyril Ramaphosa", "direct"),
        quote("sie seien ein Hindernis für Handel und gemeinsamen Wohlstand", "Cyril Ramaphosa", "indirect"),
    ],
    "entities": [
        entity("Maseru", "LOC", "LSO", ["Maseru"]),
        entity("Lesotho", "LOC", "LSO", ["Das afrikanische Königreich Lesotho", "Lesotho", "des Landes",
                                         "das Land"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Mokhethi Shelile", "PER", "LSO", ["Handelsminister Mokhethi Shelile", "der Minister"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "Trump"]),
        entity("White House", "ORG", "USA", ["Das Weiße Haus"]),
        entity("United States", "LOC", "USA", ["die USA", "den USA"]),
        entity("Government of the United States", "ORG", "USA", ["der amerikanischen Regierung"]),
        entity("Ministry of Trade of Lesotho", "ORG", "LSO", ["seines Ministeriums"]),
        entity("Sam Matekane", "PER", "LSO", ["Ministerpräsident Sam Matekane", "der 66-Jährige"]),
        entity("National Clothing Textile and Allied Workers Union", "ORG", "LSO", ["Die Textilgewerkschaft Nactwu"]),
        entity("Government of Lesotho", "ORG", "LSO", ["die Regierung", "Maserus"]),
        entity("United States Congress", "ORG", "USA", ["dem Kongress"]),
        entity("Lejone Mpotjoane", "PER", "LSO", ["Außenminister Lejone Mpotjoane"]),
        entity("South Africa", "LOC", "ZAF", ["Südafrika"]),
        entity("Cyril Ramaphosa", "PER", "ZAF", ["Präsident Cyril Ramaphosa"]),
        entity("AGOA", "ORG", "USA", ["US-Handelsprogramm Agoa"]),
    ],
}

# ---------------------------------------------------------------- hm298-de-04 (Nigeria, service chiefs replaced)
TINUBU = actor("Bola Tinubu", "NGA", "GOV")
NGA_SERVICE_CHIEFS = actor("Nigerian service chiefs", "NGA", "MIL")
C_MUSA = actor("Christopher Musa", "NGA", "MIL")
NGA_NEW_CHIEFS = actor("new Nigerian service chiefs", "NGA", "MIL")
NGA_MIL = actor("Nigerian Armed Forces", "NGA", "MIL")
NGA_OFFICERS = actor("detained Nigerian military officers", "NGA", "MIL")
ATIKU = actor("Atiku Abubakar", "NGA", "OPP")
TOURAY = actor("Omar Alieu Touray", "IGO", "IGO")
ISWAP = actor("Islamic State West Africa Province", "NGA", "REB")

N1 = ("Abuja (AFP) - Nigerias Präsident Bola Tinubu hat inmitten von Berichten über einen mutmaßlichen Putschplan "
      "die Führung der Streitkräfte ausgetauscht.")
N2 = ("Generalstabschef Christopher Musa werde durch General Olufemi Oluyede ersetzt, teilte Präsidentensprecher "
      "Sunday Dare am Freitag in Abuja mit.")
N3 = "Die neuen Kommandeure sollen in der kommenden Woche vereidigt werden."
N4 = ("Tinubu dankte den scheidenden Kommandeuren für ihren Dienst und forderte ihre Nachfolger auf, die "
      "Sicherheitslage im Land rasch zu verbessern.")
N5 = "Anfang Oktober hatte das Militär 16 Offiziere festgenommen."
N6 = "Nigerianische Zeitungen berichteten, die Männer sollen einen Umsturz geplant haben."
N7 = ("Das Hauptquartier der Streitkräfte wies dies zurück: Die Offiziere seien wegen „Disziplinlosigkeit“ und "
      "Verstößen gegen Dienstvorschriften festgenommen worden, sagte Sprecher Tukur Gusau.")
N8 = "Eine Untersuchung gegen die Männer laufe, das Ergebnis werde veröffentlicht."
N9 = ("Die Regierung hatte Ende September überraschend die traditionelle Militärparade zum 65. Unabhängigkeitstag "
      "abgesagt, was die Spekulationen anheizte.")
N10 = ("Oppositionspolitiker Atiku Abubakar warf Tinubu vor, die Bevölkerung im Unklaren zu lassen, und verlangte "
       "eine „vollständige Aufklärung“.")
N11 = "„Die Nigerianer haben ein Recht zu erfahren, ob ihre Demokratie in Gefahr war“, sagte der 78-Jährige."
N12 = ("Der Präsident der Ecowas-Kommission, Omar Alieu Touray, sicherte Tinubu in einem Telefonat die Unterstützung "
       "der Regionalorganisation zu.")
N13 = ("In Westafrika haben Militärs seit 2020 in Mali, Burkina Faso, Niger und Guinea die Macht übernommen.")
N14 = ("Am Donnerstag griffen Kämpfer der Terrormiliz Iswap im Bundesstaat Borno einen Stützpunkt der Armee an und "
       "töteten mehrere Soldaten.")
N15 = "Angaben zur Zahl der Toten machte die Armee zunächst nicht."
N16 = ("Der neue Generalstabschef Oluyede war bislang Heereschef und hatte zuvor Einsätze gegen Aufständische im "
       "Nordosten geleitet.")

DE04 = {
    "id": "hm298-de-04", "lang": "de", "url": None, "published": "2025-10-24",
    "title": "Nigerias Präsident Tinubu tauscht Militärführung aus",
    "text": paragraphs([N1, N2, N3, N4], [N5, N6, N7, N8, N9], [N10, N11, N12, N13], [N14, N15, N16]),
    "events": [
        event("SANCTION", TINUBU, NGA_SERVICE_CHIEFS, N1),
        event("SANCTION", TINUBU, C_MUSA, N2, date="2025-10-24"),
        event("SUPPORT", TINUBU, NGA_SERVICE_CHIEFS, N4),
        event("REQUEST", TINUBU, NGA_NEW_CHIEFS, N4),
        event("COERCE", NGA_MIL, NGA_OFFICERS, N5, mode="arrest"),
        event("COERCE", NGA_MIL, NGA_OFFICERS, N7, mode="arrest"),
        event("ACCUSE", NGA_MIL, NGA_OFFICERS, N8, mode="investigate"),
        event("ACCUSE", ATIKU, TINUBU, N10, mode="disapprove"),
        event("REQUEST", ATIKU, TINUBU, N10),
        event("CONSULT", TOURAY, TINUBU, N12, mode="phone"),
        event("SUPPORT", TOURAY, TINUBU, N12),
        event("ASSAULT", ISWAP, NGA_MIL, N14, date="2025-10-23", location="Borno", location_country="NGA"),
    ],
    "quotes": [
        quote("Generalstabschef Christopher Musa werde durch General Olufemi Oluyede ersetzt", "Sunday Dare",
              "indirect"),
        quote("Disziplinlosigkeit", "Tukur Gusau", "direct"),
        quote("Die Offiziere seien wegen „Disziplinlosigkeit“ und Verstößen gegen Dienstvorschriften festgenommen "
              "worden", "Tukur Gusau", "indirect"),
        quote("Eine Untersuchung gegen die Männer laufe, das Ergebnis werde veröffentlicht", "Tukur Gusau",
              "indirect"),
        quote("die Männer sollen einen Umsturz geplant haben", "Nigerian newspapers", "indirect"),
        quote("die Bevölkerung im Unklaren zu lassen", "Atiku Abubakar", "indirect"),
        quote("vollständige Aufklärung", "Atiku Abubakar", "direct"),
        quote("Die Nigerianer haben ein Recht zu erfahren, ob ihre Demokratie in Gefahr war", "Atiku Abubakar",
              "direct"),
    ],
    "entities": [
        entity("Abuja", "LOC", "NGA", ["Abuja"]),
        entity("Nigeria", "LOC", "NGA", ["Nigerias", "im Land"]),
        entity("Bola Tinubu", "PER", "NGA", ["Nigerias Präsident Bola Tinubu", "Tinubu"]),
        entity("Nigerian Armed Forces", "ORG", "NGA", ["der Streitkräfte", "das Militär",
                                                      "Das Hauptquartier der Streitkräfte", "der Armee", "die Armee"]),
        entity("Christopher Musa", "PER", "NGA", ["Generalstabschef Christopher Musa"]),
        entity("Olufemi Oluyede", "PER", "NGA", ["General Olufemi Oluyede", "Der neue Generalstabschef Oluyede"]),
        entity("Sunday Dare", "PER", "NGA", ["Präsidentensprecher Sunday Dare"]),
        entity("detained Nigerian military officers", "PER", "NGA", ["16 Offiziere", "die Männer",
                                                                     "Die Offiziere"]),
        entity("Tukur Gusau", "PER", "NGA", ["Sprecher Tukur Gusau"]),
        entity("Government of Nigeria", "ORG", "NGA", ["Die Regierung"]),
        entity("Atiku Abubakar", "PER", "NGA", ["Oppositionspolitiker Atiku Abubakar", "der 78-Jährige"]),
        entity("Omar Alieu Touray", "PER", "IGO", ["Der Präsident der Ecowas-Kommission, Omar Alieu Touray"]),
        entity("ECOWAS", "ORG", "IGO", ["Ecowas-Kommission", "der Regionalorganisation"]),
        entity("West Africa", "LOC", None, ["Westafrika"]),
        entity("Mali", "LOC", "MLI", ["Mali"]),
        entity("Burkina Faso", "LOC", "BFA", ["Burkina Faso"]),
        entity("Niger", "LOC", "NER", ["Niger"]),
        entity("Guinea", "LOC", "GIN", ["Guinea"]),
        entity("Islamic State West Africa Province", "ORG", "NGA", ["Terrormiliz Iswap"]),
        entity("Borno", "LOC", "NGA", ["Bundesstaat Borno"]),
    ],
}

# ---------------------------------------------------------------- hm298-en-01 (Seychelles, Herminie wins run-off)
RAMKALAWAN = actor("Wavel Ramkalawan", "SYC", "GOV")
HERMINIE = actor("Patrick Herminie", "SYC", "OPP")
LDS_SUPPORTERS = actor("supporters of Linyon Demokratik Seselwa", "SYC", "PTY")
SYC_GOV = actor("Government of Seychelles", "SYC", "GOV")
MODI = actor("Narendra Modi", "IND", "GOV")
AU_OBSERVERS = actor("African Union election observers", "IGO", "IGO")
SYC_EC = actor("Electoral Commission of Seychelles", "SYC", "GOV")
SYC_POLICE = actor("Seychelles Police Force", "SYC", "COP")
LDS = actor("Linyon Demokratik Seselwa", "SYC", "PTY")

S1 = ("VICTORIA, Oct 12 (Reuters) - Opposition leader Patrick Herminie won the Seychelles' presidential run-off, "
      "the electoral commission said on Sunday, ending incumbent Wavel Ramkalawan's rule after a single term.")
S2 = ("Herminie, leader of the United Seychelles party, took 52.7% of the vote against 47.3% for Ramkalawan, "
      "commission chairman Danny Lucas told reporters in the capital Victoria.")
S3 = ("Ramkalawan, a 64-year-old Anglican priest, conceded defeat in a televised address and said he had telephoned "
      "his rival to congratulate him.")
S4 = '"The people have spoken, and I accept their verdict," Ramkalawan said.'
S5 = 'He urged his supporters to remain calm and to "give the new government a chance."'
S6 = ('Herminie, a former speaker of the National Assembly, thanked voters and promised to govern "for all '
      'Seychellois."')
S7 = ("He said he would invite Ramkalawan to a meeting this week to discuss the handover of power.")
S8 = ("During the campaign Herminie accused the outgoing government of selling out national sovereignty by leasing "
      "the remote island of Assumption to a foreign hotel developer.")
S9 = ("Indian Prime Minister Narendra Modi congratulated Herminie in a post on X and said he looked forward to "
      "working closely with him.")
S10 = ("African Union observers said the run-off had been peaceful and well organised and praised the electoral "
       "commission for its transparency.")
S11 = ("Police deployed additional officers around the commission's headquarters in Victoria on Saturday as the "
       "count dragged on.")
S12 = "No incidents were reported."
S13 = ("Ramkalawan's Linyon Demokratik Seselwa party did not file any challenge against the result with the "
       "Constitutional Court.")
S14 = ("Herminie's United Seychelles, once led by France-Albert René, governed the islands without interruption "
       "from 1977 until Ramkalawan's victory in 2020.")
S15 = ("Neither candidate won an outright majority in the first round in late September, forcing the first "
       "presidential run-off since 2015.")
S16 = "Herminie is due to be sworn in later this month."

EN01 = {
    "id": "hm298-en-01", "lang": "en", "url": None, "published": "2025-10-12",
    "title": "Seychelles opposition leader Herminie wins presidential run-off, Ramkalawan concedes",
    "text": paragraphs([S1, S2], [S3, S4, S5], [S6, S7, S8], [S9, S10, S11, S12, S13], [S14, S15, S16]),
    "events": [
        event("CONCEDE", RAMKALAWAN, HERMINIE, S3),
        event("CONSULT", RAMKALAWAN, HERMINIE, S3, mode="phone"),
        event("SUPPORT", RAMKALAWAN, HERMINIE, S3),
        event("CONCEDE", RAMKALAWAN, HERMINIE, S4),
        event("REQUEST", RAMKALAWAN, LDS_SUPPORTERS, S5),
        event("AGREE", HERMINIE, RAMKALAWAN, S7),
        event("ACCUSE", HERMINIE, SYC_GOV, S8, mode="disapprove"),
        event("SUPPORT", MODI, HERMINIE, S9),
        event("AGREE", MODI, HERMINIE, S9),
        event("SUPPORT", AU_OBSERVERS, SYC_EC, S10),
        event("MOBILIZE", SYC_POLICE, None, S11, mode="police", date="2025-10-11", location="Victoria",
              location_country="SYC"),
        event("ACCUSE", LDS, SYC_EC, S13, mode="allege", negated=True),
    ],
    "quotes": [
        quote("Opposition leader Patrick Herminie won the Seychelles' presidential run-off", "Electoral Commission "
              "of Seychelles", "indirect"),
        quote("Herminie, leader of the United Seychelles party, took 52.7% of the vote against 47.3% for Ramkalawan",
              "Danny Lucas", "indirect"),
        quote("he had telephoned his rival to congratulate him", "Wavel Ramkalawan", "indirect"),
        quote("The people have spoken, and I accept their verdict", "Wavel Ramkalawan", "direct"),
        quote("give the new government a chance", "Wavel Ramkalawan", "direct"),
        quote("for all Seychellois", "Patrick Herminie", "direct"),
        quote("he would invite Ramkalawan to a meeting this week to discuss the handover of power", "Patrick Herminie",
              "indirect"),
        quote("he looked forward to working closely with him", "Narendra Modi", "indirect"),
        quote("the run-off had been peaceful and well organised", "African Union election observers", "indirect"),
    ],
    "entities": [
        entity("Victoria", "LOC", "SYC", ["VICTORIA", "the capital Victoria", "Victoria"]),
        entity("Patrick Herminie", "PER", "SYC", ["Opposition leader Patrick Herminie", "Herminie", "his rival"]),
        entity("Seychelles", "LOC", "SYC", ["the Seychelles'"]),
        entity("Electoral Commission of Seychelles", "ORG", "SYC", ["the electoral commission",
                                                                   "the commission's headquarters"]),
        entity("Wavel Ramkalawan", "PER", "SYC", ["incumbent Wavel Ramkalawan", "Ramkalawan"]),
        entity("United Seychelles", "ORG", "SYC", ["the United Seychelles party", "Herminie's United Seychelles"]),
        entity("Danny Lucas", "PER", "SYC", ["commission chairman Danny Lucas"]),
        entity("supporters of Linyon Demokratik Seselwa", "PER", "SYC", ["his supporters"]),
        entity("National Assembly of Seychelles", "ORG", "SYC", ["the National Assembly"]),
        entity("Government of Seychelles", "ORG", "SYC", ["the outgoing government"]),
        entity("Assumption Island", "LOC", "SYC", ["the remote island of Assumption"]),
        entity("Narendra Modi", "PER", "IND", ["Indian Prime Minister Narendra Modi"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("African Union", "ORG", "IGO", ["African Union observers"]),
        entity("Seychelles Police Force", "ORG", "SYC", ["Police"]),
        entity("Linyon Demokratik Seselwa", "ORG", "SYC", ["Ramkalawan's Linyon Demokratik Seselwa party"]),
        entity("France-Albert René", "PER", "SYC", ["France-Albert René"]),
        entity("Seychelles (islands)", "LOC", "SYC", ["the islands"]),
        entity("Constitutional Court of Seychelles", "ORG", "SYC", ["the Constitutional Court"]),
    ],
}

# ---------------------------------------------------------------- hm298-en-02 (Kenya, Ruto-Odinga pact)
RUTO = actor("William Ruto", "KEN", "GOV")
ODINGA = actor("Raila Odinga", "KEN", "OPP")
UDA = actor("United Democratic Alliance", "KEN", "PTY")
ODM = actor("Orange Democratic Movement", "KEN", "OPP")
KALONZO = actor("Kalonzo Musyoka", "KEN", "OPP")
GACHAGUA = actor("Rigathi Gachagua", "KEN", "OPP")
KEN_POLICE = actor("National Police Service of Kenya", "KEN", "COP")
KEN_PROTESTERS = actor("young protesters in Nairobi", "KEN", "CVL")
KEN_GOV = actor("Government of Kenya", "KEN", "GOV")
VICTIMS_FAMILIES = actor("families of people killed in the 2024 Kenyan protests", "KEN", "CVL")
HOUGHTON = actor("Irungu Houghton", "NGO", "NGO")

R1 = ("NAIROBI, March 7 (Reuters) - Kenyan President William Ruto and opposition leader Raila Odinga signed a "
      "cooperation pact between their parties on Friday, bringing Odinga's Orange Democratic Movement closer to "
      "power less than a year after deadly protests shook the country.")
R2 = ("Under the memorandum of understanding, signed at the Kenyatta International Convention Centre in Nairobi, "
      "Ruto's United Democratic Alliance and the ODM commit to a 10-point agenda including youth jobs, the "
      "protection of devolution and the fight against corruption.")
R3 = '"This is not a coalition, and the ODM is not joining the government," Odinga told the gathering.'
R4 = ('"We are coming together because Kenya is bigger than any one of us," Ruto said, praising Odinga as a '
      '"true patriot."')
R5 = ("Ruto also promised that his government would begin paying compensation to families of those killed during "
      "last year's anti-tax protests by June.")
R6 = ("Odinga, 80, returned to domestic politics after losing his bid last month to chair the African Union "
      "Commission to Djibouti's Mahmoud Ali Youssouf.")
R7 = "Four ODM politicians have held cabinet posts since August, including Treasury Secretary John Mbadi."
R8 = ("Opposition leaders Kalonzo Musyoka and Rigathi Gachagua denounced Odinga's deal with Ruto as a betrayal of "
      "the young people who had taken to the streets.")
R9 = ('"Raila has sold out the Gen Z who died on our streets," Gachagua, who was impeached as deputy president in '
      'October, told supporters in Nyeri.')
R10 = ("Police fired tear gas at a group of young protesters who tried to march towards the convention centre, a "
       "Reuters witness said.")
R11 = "At least six people were arrested."
R12 = ("Amnesty Kenya's executive director Irungu Houghton said the pact must not shield police officers from "
       "prosecution and demanded that those responsible for the protest killings be brought to court.")
R13 = "Odinga lost the 2022 presidential election to Ruto, his fifth unsuccessful bid for the presidency."
R14 = ("The new agreement also calls for implementing the recommendations of a bipartisan dialogue committee set "
       "up in 2023, including the creation of an office of the leader of the opposition.")
R15 = "Ruto faces re-election in 2027."

EN02 = {
    "id": "hm298-en-02", "lang": "en", "url": None, "published": "2025-03-07",
    "title": "Kenya's Ruto and Odinga sign cooperation pact, opposition cries betrayal",
    "text": paragraphs([R1, R2, R3, R4, R5], [R6, R7], [R8, R9, R10, R11, R12], [R13, R14, R15]),
    "events": [
        event("SUPPORT", RUTO, ODINGA, R1, date="2025-03-07"),
        event("AGREE", UDA, ODM, R2, location="Nairobi", location_country="KEN"),
        event("SUPPORT", RUTO, ODINGA, R4),
        event("AGREE", RUTO, VICTIMS_FAMILIES, R5),
        event("ACCUSE", KALONZO, ODINGA, R8, mode="disapprove"),
        event("ACCUSE", GACHAGUA, ODINGA, R8, mode="disapprove"),
        event("ACCUSE", GACHAGUA, ODINGA, R9, mode="disapprove", location="Nyeri", location_country="KEN"),
        event("PROTEST", KEN_PROTESTERS, KEN_GOV, R10, mode="demo", location="Nairobi", location_country="KEN"),
        event("ASSAULT", KEN_POLICE, KEN_PROTESTERS, R10, mode="crowd-control", location="Nairobi",
              location_country="KEN"),
        event("COERCE", KEN_POLICE, KEN_PROTESTERS, R11, mode="arrest"),
        event("REQUEST", HOUGHTON, KEN_GOV, R12),
    ],
    "quotes": [
        quote("This is not a coalition, and the ODM is not joining the government", "Raila Odinga", "direct"),
        quote("We are coming together because Kenya is bigger than any one of us", "William Ruto", "direct"),
        quote("true patriot", "William Ruto", "direct"),
        quote("his government would begin paying compensation to families of those killed during last year's "
              "anti-tax protests by June", "William Ruto", "indirect"),
        quote("Raila has sold out the Gen Z who died on our streets", "Rigathi Gachagua", "direct"),
        quote("Police fired tear gas at a group of young protesters who tried to march towards the convention centre",
              "Reuters", "indirect"),
        quote("the pact must not shield police officers from prosecution", "Irungu Houghton", "indirect"),
        quote("those responsible for the protest killings be brought to court", "Irungu Houghton", "indirect"),
    ],
    "entities": [
        entity("Nairobi", "LOC", "KEN", ["NAIROBI", "Nairobi"]),
        entity("William Ruto", "PER", "KEN", ["Kenyan President William Ruto", "Ruto"]),
        entity("Raila Odinga", "PER", "KEN", ["opposition leader Raila Odinga", "Odinga", "Raila"]),
        entity("Orange Democratic Movement", "ORG", "KEN", ["Orange Democratic Movement", "the ODM", "ODM"]),
        entity("Kenya", "LOC", "KEN", ["the country", "Kenya"]),
        entity("Kenyatta International Convention Centre", "LOC", "KEN",
               ["the Kenyatta International Convention Centre", "the convention centre"]),
        entity("United Democratic Alliance", "ORG", "KEN", ["United Democratic Alliance"]),
        entity("Government of Kenya", "ORG", "KEN", ["the government", "his government"]),
        entity("African Union Commission", "ORG", "IGO", ["the African Union Commission"]),
        entity("Djibouti", "LOC", "DJI", ["Djibouti"]),
        entity("Mahmoud Ali Youssouf", "PER", "DJI", ["Mahmoud Ali Youssouf"]),
        entity("John Mbadi", "PER", "KEN", ["Treasury Secretary John Mbadi"]),
        entity("Kalonzo Musyoka", "PER", "KEN", ["Opposition leaders Kalonzo Musyoka"]),
        entity("Rigathi Gachagua", "PER", "KEN", ["Rigathi Gachagua", "Gachagua"]),
        entity("Nyeri", "LOC", "KEN", ["Nyeri"]),
        entity("National Police Service of Kenya", "ORG", "KEN", ["Police"]),
        entity("young protesters in Nairobi", "PER", "KEN", ["a group of young protesters"]),
        entity("Reuters", "ORG", "GBR", ["Reuters"]),
        entity("Amnesty International Kenya", "ORG", "NGO", ["Amnesty Kenya"]),
        entity("Irungu Houghton", "PER", "NGO", ["Amnesty Kenya's executive director Irungu Houghton"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
