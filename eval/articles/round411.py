"""Round 411: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm411-de-01: Mexico/United States: two of four Americans kidnapped by gunmen in Matamoros found dead, two rescued; one arrest, López Obrador condemns and promises punishment, Garland and Jean-Pierre react, Graham demands military action and López Obrador rejects it (2023-03-08).
- hm411-de-02: Canada: Manitoba's Premier Heather Stefanson refuses to search the Prairie Green landfill for the remains of Morgan Harris and Marcedes Myran; Cambria Harris and Cathy Merrick object, protesters block the Brady Road landfill, Marc Miller criticises and offers talks, Kinew promises a search (2023-07-07).
- hm411-de-03: Belize/United States: Belize agrees a "safe third country" asylum deal with Washington; US help promised, no transfer timetable yet, the UDP accuses Briceño, Panton's demand for a vote refused, protest in Belmopan, UNHCR appeal, similar deals with Paraguay and Guatemala (2025-10-14).
- hm411-de-04: Turks and Caicos/United States: Judge Davidson Baptiste gives Oklahoma tourist Ryan Watson a suspended sentence and fine over ammunition in his luggage; April arrest, US congressional delegation meets Premier Misick, asks for leniency, Mullin warns, Misick promises better warnings (2024-06-08).
- hm411-en-01: United States: the Texas House impeaches and suspends Attorney General Ken Paxton 121-23; Paxton attacks the process, whistleblower settlement and refused payout, Murr accuses, Trump urges a halt, supporters protest at the Capitol, FBI inquiry (2023-05-28).
- hm411-en-02: Cuba/China/United States: Havana denies a Wall Street Journal report on a Chinese eavesdropping station; Fernández de Cossío and Wang Wenbin accuse Washington, Warner, Rubio and Scott urge action, no new U.S. measures, Díaz-Canel's Beijing visit recalled (2023-06-09).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm411-de-01 (Mexico, Americans kidnapped in Matamoros)
KIDNAPPERS = actor("kidnappers in Matamoros", "MEX", "CVL")
US_VICTIMS = actor("American kidnapping victims in Matamoros", "USA", "CVL")
MEX_WOMAN = actor("Mexican bystander killed in Matamoros", "MEX", "CVL")
TAM_POLICE = actor("Police of Tamaulipas", "MEX", "COP")
AMLO = actor("Andrés Manuel López Obrador", "MEX", "GOV")
GARLAND = actor("Merrick Garland", "USA", "GOV")
JEAN_PIERRE = actor("Karine Jean-Pierre", "USA", "GOV")
VICTIM_FAMILIES = actor("families of the American kidnapping victims", "USA", "CVL")
GRAHAM = actor("Lindsey Graham", "USA", "LEG")
USA_GOV1 = actor("Government of the United States", "USA", "GOV")

M1 = ("Mexiko-Stadt (dpa) - Vier Tage nach ihrer Entführung in der mexikanischen Grenzstadt Matamoros sind zwei von "
      "vier verschleppten US-Bürgern tot aufgefunden worden.")
M2 = ("Die beiden anderen, eine Frau und ein verletzter Mann, seien lebend in einer Holzhütte in der Ortschaft Ejido "
      "Tecolote entdeckt worden, teilte der Gouverneur des Bundesstaates Tamaulipas, Américo Villarreal, am Dienstag "
      "mit.")
M3 = ("Bewaffnete hatten die vier Amerikaner am Freitag kurz nach ihrer Einreise aus Texas auf offener Straße "
      "beschossen und auf die Ladefläche eines Pick-ups gezerrt.")
M4 = "Dabei wurde auch eine unbeteiligte Mexikanerin von einer Kugel tödlich getroffen."
M5 = "Angehörigen zufolge wollte eine der Frauen sich in Matamoros einer Schönheitsoperation unterziehen."
M6 = "Die Polizei nahm einen 24 Jahre alten Mann fest, der die Geiseln bewacht haben soll."
M7 = "Weitere Festnahmen gab es zunächst nicht."
M8 = ("Präsident Andrés Manuel López Obrador verurteilte die Tat und versicherte, die Verantwortlichen würden "
      "bestraft.")
M9 = ("US-Justizminister Merrick Garland sagte in Washington, seine Behörde werde alles tun, um die Täter zur "
      "Rechenschaft zu ziehen.")
M10 = ("Die Sprecherin des Weißen Hauses, Karine Jean-Pierre, sprach von einer „entsetzlichen“ Tat und sicherte den "
       "Familien der Opfer Unterstützung zu.")
M11 = ("Der republikanische Senator Lindsey Graham forderte erneut, die mexikanischen Drogenkartelle als "
       "Terrororganisationen einzustufen und dem US-Militär Einsätze gegen sie zu erlauben.")
M12 = "López Obrador wies dies am Mittwoch entschieden zurück."
M13 = ("„Mexiko ist keine Kolonie und kein Protektorat der Vereinigten Staaten“, sagte der Staatschef bei seiner "
       "morgendlichen Pressekonferenz.")
M14 = "Matamoros liegt gegenüber der texanischen Stadt Brownsville und gilt als Hochburg des Golfkartells."
M15 = ("Das US-Außenministerium rät wegen Kriminalität und Entführungen von Reisen in den Bundesstaat Tamaulipas ab.")
M16 = "Die Leichen der beiden Getöteten sollen in den kommenden Tagen in die USA überführt werden."

DE01 = {
    "id": "hm411-de-01", "lang": "de", "url": None, "published": "2023-03-08",
    "title": "Zwei in Mexiko entführte US-Bürger tot aufgefunden",
    "text": paragraphs([M1, M2, M3, M4, M5], [M6, M7, M8], [M9, M10, M11, M12, M13], [M14, M15, M16]),
    "events": [
        event("ASSAULT", KIDNAPPERS, US_VICTIMS, M3, mode="abduct", date="2023-03-03", location="Matamoros",
              location_country="MEX"),
        event("ASSAULT", KIDNAPPERS, MEX_WOMAN, M4, mode="firearms", date="2023-03-03", location="Matamoros",
              location_country="MEX"),
        event("COERCE", TAM_POLICE, KIDNAPPERS, M6, mode="arrest"),
        event("COERCE", TAM_POLICE, KIDNAPPERS, M7, mode="arrest", negated=True),
        event("ACCUSE", AMLO, KIDNAPPERS, M8, mode="disapprove"),
        event("THREATEN", AMLO, KIDNAPPERS, M8),
        event("THREATEN", GARLAND, KIDNAPPERS, M9, location="Washington", location_country="USA"),
        event("ACCUSE", JEAN_PIERRE, KIDNAPPERS, M10, mode="disapprove"),
        event("AGREE", JEAN_PIERRE, VICTIM_FAMILIES, M10),
        event("REQUEST", GRAHAM, USA_GOV1, M11, mode="change"),
        event("REJECT", AMLO, GRAHAM, M12, mode="change", date="2023-03-08"),
    ],
    "quotes": [
        quote("Die beiden anderen, eine Frau und ein verletzter Mann, seien lebend in einer Holzhütte in der Ortschaft "
              "Ejido Tecolote entdeckt worden", "Américo Villarreal", "indirect"),
        quote("wollte eine der Frauen sich in Matamoros einer Schönheitsoperation unterziehen",
              "relatives of the American kidnapping victims", "indirect"),
        quote("die Verantwortlichen würden bestraft", "Andrés Manuel López Obrador", "indirect"),
        quote("seine Behörde werde alles tun, um die Täter zur Rechenschaft zu ziehen", "Merrick Garland", "indirect"),
        quote("entsetzlichen", "Karine Jean-Pierre", "direct"),
        quote("Mexiko ist keine Kolonie und kein Protektorat der Vereinigten Staaten", "Andrés Manuel López Obrador",
              "direct"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt"]),
        entity("Matamoros", "LOC", "MEX", ["der mexikanischen Grenzstadt Matamoros", "Matamoros"]),
        entity("American kidnapping victims in Matamoros", "PER", "USA",
               ["vier verschleppten US-Bürgern", "Die beiden anderen, eine Frau und ein verletzter Mann",
                "die vier Amerikaner", "die Geiseln", "der Opfer", "der beiden Getöteten"]),
        entity("Ejido Tecolote", "LOC", "MEX", ["der Ortschaft Ejido Tecolote"]),
        entity("Tamaulipas", "LOC", "MEX", ["des Bundesstaates Tamaulipas", "den Bundesstaat Tamaulipas"]),
        entity("Américo Villarreal", "PER", "MEX", ["der Gouverneur des Bundesstaates Tamaulipas, Américo "
                                                    "Villarreal"]),
        entity("kidnappers in Matamoros", "PER", "MEX", ["Bewaffnete", "die Verantwortlichen", "die Täter"]),
        entity("Texas", "LOC", "USA", ["Texas"]),
        entity("Mexican bystander killed in Matamoros", "PER", "MEX", ["eine unbeteiligte Mexikanerin"]),
        entity("relatives of the American kidnapping victims", "PER", "USA", ["Angehörigen"]),
        entity("Police of Tamaulipas", "ORG", "MEX", ["Die Polizei"]),
        entity("suspected guard of the hostages", "PER", "MEX", ["einen 24 Jahre alten Mann"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX", ["Präsident Andrés Manuel López Obrador",
                                                             "López Obrador", "der Staatschef"]),
        entity("Merrick Garland", "PER", "USA", ["US-Justizminister Merrick Garland"]),
        entity("United States Department of Justice", "ORG", "USA", ["seine Behörde"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Karine Jean-Pierre", "PER", "USA", ["Die Sprecherin des Weißen Hauses, Karine Jean-Pierre"]),
        entity("White House", "ORG", "USA", ["des Weißen Hauses"]),
        entity("families of the American kidnapping victims", "PER", "USA", ["den Familien der Opfer"]),
        entity("Lindsey Graham", "PER", "USA", ["Der republikanische Senator Lindsey Graham"]),
        entity("Mexican drug cartels", "ORG", "MEX", ["die mexikanischen Drogenkartelle", "sie"]),
        entity("United States Armed Forces", "ORG", "USA", ["dem US-Militär"]),
        entity("Mexico", "LOC", "MEX", ["Mexiko"]),
        entity("United States", "LOC", "USA", ["der Vereinigten Staaten", "die USA"]),
        entity("Brownsville", "LOC", "USA", ["der texanischen Stadt Brownsville"]),
        entity("Gulf Cartel", "ORG", "MEX", ["des Golfkartells"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
    ],
}

# ---------------------------------------------------------------- hm411-de-02 (Canada, Manitoba landfill search refused)
MB_GOV = actor("Government of Manitoba", "CAN", "GOV")
HM_FAMILIES = actor("families of Morgan Harris and Marcedes Myran", "CAN", "CVL")
MB_PROSECUTORS = actor("Manitoba Prosecution Service", "CAN", "JUD")
SKIBICKI = actor("Jeremy Skibicki", "CAN", "CVL")
CAMBRIA = actor("Cambria Harris", "CAN", "CVL")
MERRICK = actor("Cathy Merrick", "CAN", "NGO")
STEFANSON = actor("Heather Stefanson", "CAN", "GOV")
WPG_PROTESTERS = actor("protesters in Winnipeg", "CAN", "CVL")
MILLER = actor("Marc Miller", "CAN", "GOV")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
AMC = actor("Assembly of Manitoba Chiefs", "CAN", "NGO")
KINEW = actor("Wab Kinew", "CAN", "OPP")

W1 = ("Winnipeg (dpa) - Die kanadische Provinz Manitoba lehnt die Durchsuchung einer Mülldeponie nach den "
      "sterblichen Überresten zweier ermordeter indigener Frauen ab.")
W2 = ("Die Gesundheitsrisiken für die Einsatzkräfte durch Asbest und andere giftige Stoffe seien zu groß, erklärte "
      "Regierungschefin Heather Stefanson am Mittwoch.")
W3 = ("„Wir können keine Arbeiter solchen Gefahren aussetzen, ohne zu wissen, ob die Suche Erfolg hat“, sagte die "
      "konservative Politikerin.")
W4 = ("Die Polizei von Winnipeg geht davon aus, dass die Leichen von Morgan Harris und Marcedes Myran im vergangenen "
      "Jahr auf der Deponie Prairie Green nördlich der Stadt entsorgt wurden.")
W5 = ("Die Staatsanwaltschaft hat den 35 Jahre alten Jeremy Skibicki wegen Mordes an den beiden Frauen und zwei "
      "weiteren Opfern angeklagt.")
W6 = "Er hat auf nicht schuldig plädiert."
W7 = "Harris' Tochter Cambria Harris warf der Provinzregierung vor, die Familien im Stich zu lassen."
W8 = ("„Man hat uns gesagt, dass unsere Angehörigen es nicht wert sind, gefunden zu werden“, sagte sie vor "
      "Journalisten.")
W9 = ("Die Großhäuptlingin der Assembly of Manitoba Chiefs, Cathy Merrick, forderte Stefanson auf, ihre Entscheidung "
      "zurückzunehmen.")
W10 = "Seit Donnerstag blockieren Demonstranten die Zufahrt zur städtischen Deponie Brady Road im Süden Winnipegs."
W11 = "Sie verlangen, dass die Provinz die Suche doch noch finanziert."
W12 = ("Der kanadische Minister für die Beziehungen zu den Indigenen, Marc Miller, nannte die Entscheidung „zutiefst "
       "enttäuschend“.")
W13 = ("Ottawa hatte im Frühjahr 500.000 kanadische Dollar für eine Machbarkeitsstudie der Assembly of Manitoba "
       "Chiefs bereitgestellt.")
W14 = ("Die Studie hatte die Kosten einer Suche auf bis zu 184 Millionen Dollar und die Dauer auf bis zu drei Jahre "
       "geschätzt.")
W15 = "Die Bundesregierung sei weiter zu Gesprächen mit der Provinz und den Familien bereit, sagte Miller."
W16 = "Stefanson muss sich im Oktober einer Parlamentswahl stellen."
W17 = ("Oppositionsführer Wab Kinew von den Neuen Demokraten versprach den Angehörigen, im Fall eines Wahlsiegs eine "
       "Suche zu ermöglichen.")

DE02 = {
    "id": "hm411-de-02", "lang": "de", "url": None, "published": "2023-07-07",
    "title": "Manitoba lehnt Suche nach ermordeten indigenen Frauen auf Mülldeponie ab",
    "text": paragraphs([W1, W2, W3], [W4, W5, W6], [W7, W8, W9, W10, W11], [W12, W13, W14, W15], [W16, W17]),
    "events": [
        event("REJECT", MB_GOV, HM_FAMILIES, W1),
        event("ACCUSE", MB_PROSECUTORS, SKIBICKI, W5, mode="allege"),
        event("ACCUSE", CAMBRIA, MB_GOV, W7, mode="disapprove"),
        event("ACCUSE", CAMBRIA, MB_GOV, W8, mode="disapprove"),
        event("REQUEST", MERRICK, STEFANSON, W9, mode="change"),
        event("PROTEST", WPG_PROTESTERS, MB_GOV, W10, mode="obstruct", date="2023-07-06", location="Winnipeg",
              location_country="CAN"),
        event("REQUEST", WPG_PROTESTERS, MB_GOV, W11, mode="assist"),
        event("ACCUSE", MILLER, MB_GOV, W12, mode="disapprove"),
        event("AID", CAN_GOV, AMC, W13),
        event("AGREE", MILLER, MB_GOV, W15),
        event("AGREE", MILLER, HM_FAMILIES, W15),
        event("AGREE", KINEW, HM_FAMILIES, W17),
    ],
    "quotes": [
        quote("Die Gesundheitsrisiken für die Einsatzkräfte durch Asbest und andere giftige Stoffe seien zu groß",
              "Heather Stefanson", "indirect"),
        quote("Wir können keine Arbeiter solchen Gefahren aussetzen, ohne zu wissen, ob die Suche Erfolg hat",
              "Heather Stefanson", "direct"),
        quote("dass die Leichen von Morgan Harris und Marcedes Myran im vergangenen Jahr auf der Deponie Prairie Green "
              "nördlich der Stadt entsorgt wurden", "Winnipeg Police Service", "indirect"),
        quote("die Familien im Stich zu lassen", "Cambria Harris", "indirect"),
        quote("Man hat uns gesagt, dass unsere Angehörigen es nicht wert sind, gefunden zu werden", "Cambria Harris",
              "direct"),
        quote("dass die Provinz die Suche doch noch finanziert", "protesters in Winnipeg", "indirect"),
        quote("zutiefst enttäuschend", "Marc Miller", "direct"),
        quote("Die Bundesregierung sei weiter zu Gesprächen mit der Provinz und den Familien bereit", "Marc Miller",
              "indirect"),
        quote("im Fall eines Wahlsiegs eine Suche zu ermöglichen", "Wab Kinew", "indirect"),
    ],
    "entities": [
        entity("Winnipeg", "LOC", "CAN", ["Winnipeg", "der Stadt", "Winnipegs"]),
        entity("Government of Manitoba", "ORG", "CAN", ["Die kanadische Provinz Manitoba", "der Provinzregierung",
                                                        "der Provinz", "die Provinz"]),
        entity("Prairie Green landfill", "LOC", "CAN", ["einer Mülldeponie", "der Deponie Prairie Green"]),
        entity("Morgan Harris and Marcedes Myran", "PER", "CAN", ["zweier ermordeter indigener Frauen",
                                                                  "den beiden Frauen"]),
        entity("Heather Stefanson", "PER", "CAN", ["Regierungschefin Heather Stefanson", "die konservative Politikerin",
                                                   "Stefanson"]),
        entity("Winnipeg Police Service", "ORG", "CAN", ["Die Polizei von Winnipeg"]),
        entity("Morgan Harris", "PER", "CAN", ["Morgan Harris", "Harris'"]),
        entity("Marcedes Myran", "PER", "CAN", ["Marcedes Myran"]),
        entity("Manitoba Prosecution Service", "ORG", "CAN", ["Die Staatsanwaltschaft"]),
        entity("Jeremy Skibicki", "PER", "CAN", ["den 35 Jahre alten Jeremy Skibicki", "Er"]),
        entity("Cambria Harris", "PER", "CAN", ["Harris' Tochter Cambria Harris", "sie"]),
        entity("families of Morgan Harris and Marcedes Myran", "PER", "CAN", ["die Familien", "den Familien",
                                                                              "den Angehörigen"]),
        entity("Assembly of Manitoba Chiefs", "ORG", "CAN", ["der Assembly of Manitoba Chiefs"]),
        entity("Cathy Merrick", "PER", "CAN", ["Die Großhäuptlingin der Assembly of Manitoba Chiefs, Cathy Merrick"]),
        entity("protesters in Winnipeg", "PER", "CAN", ["Demonstranten", "Sie"]),
        entity("Brady Road landfill", "LOC", "CAN", ["städtischen Deponie Brady Road"]),
        entity("Marc Miller", "PER", "CAN", ["Der kanadische Minister für die Beziehungen zu den Indigenen, Marc "
                                             "Miller", "Miller"]),
        entity("Government of Canada", "ORG", "CAN", ["Ottawa", "Die Bundesregierung"]),
        entity("Wab Kinew", "PER", "CAN", ["Oppositionsführer Wab Kinew"]),
        entity("New Democratic Party of Manitoba", "ORG", "CAN", ["den Neuen Demokraten"]),
    ],
}

# ---------------------------------------------------------------- hm411-de-03 (Belize/US, safe third country deal)
BLZ_GOV = actor("Government of Belize", "BLZ", "GOV")
USA_GOV3 = actor("Government of the United States", "USA", "GOV")
UDP = actor("United Democratic Party", "BLZ", "OPP")
PANTON = actor("Tracy Taegar Panton", "BLZ", "OPP")
BLZ_PROTESTERS = actor("protesters in Belmopan", "BLZ", "CVL")
UNHCR = actor("UNHCR", "UNO", "IGO")
PRY_GOV = actor("Government of Paraguay", "PRY", "GOV")
GTM_GOV = actor("Government of Guatemala", "GTM", "GOV")

B1 = "Belmopan (dpa) - Belize hat sich mit den USA auf die Aufnahme von Asylsuchenden aus Drittstaaten geeinigt."
B2 = ("Das Abkommen über einen „sicheren Drittstaat“ erlaube es Washington, Schutzsuchende nach Belize zu "
      "überstellen, die in den Vereinigten Staaten Asyl beantragt haben, teilte das Außenministerium in Belmopan am "
      "Montag mit.")
B3 = ("Die Vereinigten Staaten sagten im Gegenzug Hilfe beim Ausbau der belizischen Asylbehörde und der "
      "Grenzkontrollen zu.")
B4 = "Außenminister Francis Fonseca betonte, sein Land behalte das letzte Wort darüber, wen es aufnehme."
B5 = "„Wir werden niemanden aufnehmen, der eine Gefahr für die Sicherheit von Belize darstellt“, sagte er."
B6 = ("Nach Angaben des Ministeriums haben beide Seiten noch keinen Zeitplan für die ersten Überstellungen "
      "vereinbart.")
B7 = ("Die oppositionelle United Democratic Party (UDP) warf der Regierung von Premierminister John Briceño vor, das "
      "Land zu einem „Auffanglager“ der USA zu machen.")
B8 = ("Oppositionsführerin Tracy Taegar Panton verlangte, das Abkommen der Nationalversammlung zur Abstimmung "
      "vorzulegen.")
B9 = "Die Regierung lehnte dies ab."
B10 = ("Es handle sich um eine Verwaltungsvereinbarung, die keiner Zustimmung des Parlaments bedürfe, sagte ein "
       "Regierungssprecher.")
B11 = ("Vor dem Parlamentsgebäude in Belmopan protestierten am Montagabend mehrere Dutzend Menschen gegen das "
       "Abkommen.")
B12 = ("Das UN-Flüchtlingshilfswerk UNHCR forderte beide Regierungen auf, den Betroffenen Zugang zu fairen "
       "Asylverfahren zu garantieren.")
B13 = ("Die Regierung von US-Präsident Donald Trump hat ähnliche Vereinbarungen bereits mit Paraguay und Guatemala "
       "getroffen.")
B14 = "Sie will damit die Zahl der Asylanträge an der Südgrenze der USA weiter senken."
B15 = ("Belize mit rund 400.000 Einwohnern grenzt an Mexiko und Guatemala und ist das einzige englischsprachige Land "
       "Mittelamerikas.")
B16 = "Briceños Partei PUP hatte die Parlamentswahl im März mit großer Mehrheit gewonnen."

DE03 = {
    "id": "hm411-de-03", "lang": "de", "url": None, "published": "2025-10-14",
    "title": "Belize will Asylsuchende aus den USA aufnehmen",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6], [B7, B8, B9, B10, B11], [B12, B13, B14], [B15, B16]),
    "events": [
        event("AGREE", BLZ_GOV, USA_GOV3, B1),
        event("AGREE", USA_GOV3, BLZ_GOV, B3),
        event("AGREE", BLZ_GOV, USA_GOV3, B6, negated=True),
        event("ACCUSE", UDP, BLZ_GOV, B7, mode="disapprove"),
        event("REQUEST", PANTON, BLZ_GOV, B8, mode="change"),
        event("REJECT", BLZ_GOV, PANTON, B9, mode="change"),
        event("PROTEST", BLZ_PROTESTERS, BLZ_GOV, B11, mode="demo", date="2025-10-13", location="Belmopan",
              location_country="BLZ"),
        event("REQUEST", UNHCR, BLZ_GOV, B12, mode="change"),
        event("REQUEST", UNHCR, USA_GOV3, B12, mode="change"),
        event("AGREE", USA_GOV3, PRY_GOV, B13),
        event("AGREE", USA_GOV3, GTM_GOV, B13),
    ],
    "quotes": [
        quote("sicheren Drittstaat", "Ministry of Foreign Affairs of Belize", "direct"),
        quote("Das Abkommen über einen „sicheren Drittstaat“ erlaube es Washington, Schutzsuchende nach Belize zu "
              "überstellen, die in den Vereinigten Staaten Asyl beantragt haben",
              "Ministry of Foreign Affairs of Belize", "indirect"),
        quote("sein Land behalte das letzte Wort darüber, wen es aufnehme", "Francis Fonseca", "indirect"),
        quote("Wir werden niemanden aufnehmen, der eine Gefahr für die Sicherheit von Belize darstellt",
              "Francis Fonseca", "direct"),
        quote("haben beide Seiten noch keinen Zeitplan für die ersten Überstellungen vereinbart",
              "Ministry of Foreign Affairs of Belize", "indirect"),
        quote("Auffanglager", "United Democratic Party", "direct"),
        quote("das Land zu einem „Auffanglager“ der USA zu machen", "United Democratic Party", "indirect"),
        quote("Es handle sich um eine Verwaltungsvereinbarung, die keiner Zustimmung des Parlaments bedürfe",
              "spokesperson of the Government of Belize", "indirect"),
    ],
    "entities": [
        entity("Belmopan", "LOC", "BLZ", ["Belmopan"]),
        entity("Government of Belize", "ORG", "BLZ", ["Belize", "der Regierung von Premierminister John Briceño",
                                                      "Die Regierung"]),
        entity("Belize", "LOC", "BLZ", ["Belize", "sein Land", "das Land"]),
        entity("Government of the United States", "ORG", "USA", ["den USA", "Washington", "Die Vereinigten Staaten",
                                                                 "Die Regierung von US-Präsident Donald Trump",
                                                                 "Sie"]),
        entity("United States", "LOC", "USA", ["den Vereinigten Staaten", "der USA"]),
        entity("asylum seekers from third countries", "PER", None, ["Asylsuchenden aus Drittstaaten",
                                                                    "Schutzsuchende", "den Betroffenen"]),
        entity("Ministry of Foreign Affairs of Belize", "ORG", "BLZ", ["das Außenministerium in Belmopan",
                                                                       "des Ministeriums"]),
        entity("Refugee Department of Belize", "ORG", "BLZ", ["der belizischen Asylbehörde"]),
        entity("Francis Fonseca", "PER", "BLZ", ["Außenminister Francis Fonseca", "er"]),
        entity("United Democratic Party", "ORG", "BLZ", ["Die oppositionelle United Democratic Party (UDP)"]),
        entity("John Briceño", "PER", "BLZ", ["Premierminister John Briceño", "Briceños"]),
        entity("Tracy Taegar Panton", "PER", "BLZ", ["Oppositionsführerin Tracy Taegar Panton"]),
        entity("National Assembly of Belize", "ORG", "BLZ", ["der Nationalversammlung", "des Parlaments"]),
        entity("spokesperson of the Government of Belize", "PER", "BLZ", ["ein Regierungssprecher"]),
        entity("Parliament building in Belmopan", "LOC", "BLZ", ["dem Parlamentsgebäude in Belmopan"]),
        entity("protesters in Belmopan", "PER", "BLZ", ["mehrere Dutzend Menschen"]),
        entity("UNHCR", "ORG", "UNO", ["Das UN-Flüchtlingshilfswerk UNHCR"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump"]),
        entity("Government of Paraguay", "ORG", "PRY", ["Paraguay"]),
        entity("Government of Guatemala", "ORG", "GTM", ["Guatemala"]),
        entity("Guatemala", "LOC", "GTM", ["Guatemala"]),
        entity("Mexico", "LOC", "MEX", ["Mexiko"]),
        entity("Central America", "LOC", None, ["Mittelamerikas"]),
        entity("People's United Party", "ORG", "BLZ", ["Briceños Partei PUP"]),
    ],
}

# ---------------------------------------------------------------- hm411-de-04 (Turks and Caicos, US tourist sentenced)
TCA_COURT = actor("Supreme Court of the Turks and Caicos Islands", "TCA", "JUD")
WATSON = actor("Ryan Watson", "USA", "CVL")
BAPTISTE = actor("Davidson Baptiste", "TCA", "JUD")
TCA_POLICE = actor("Royal Turks and Caicos Islands Police Force", "TCA", "COP")
US_LAWMAKERS = actor("United States congressional delegation", "USA", "LEG")
MISICK = actor("Washington Misick", "TCA", "GOV")
TCA_GOV = actor("Government of the Turks and Caicos Islands", "TCA", "GOV")
MULLIN = actor("Markwayne Mullin", "USA", "LEG")

T1 = ("Providenciales (dpa) - Ein Gericht auf den Turks- und Caicosinseln hat einen US-Touristen wegen Munition im "
      "Reisegepäck zu einer Bewährungsstrafe verurteilt.")
T2 = ("Richter Davidson Baptiste verhängte am Freitag gegen Ryan Watson aus dem US-Bundesstaat Oklahoma zudem eine "
      "Geldstrafe von 6700 US-Dollar.")
T3 = "Der 40-Jährige darf damit zu seiner Familie in die USA zurückkehren."
T4 = ("Watson war im April am Flughafen der Insel Providenciales festgenommen worden, nachdem Sicherheitskräfte vier "
      "Patronen in seinem Gepäck entdeckt hatten.")
T5 = "Er hatte erklärt, die Munition nach einer Jagd versehentlich in der Tasche vergessen zu haben."
T6 = "Nach einem 2022 verschärften Gesetz droht für den Besitz von Munition eine Mindeststrafe von zwölf Jahren Haft."
T7 = "Der Richter sprach jedoch von „außergewöhnlichen Umständen“, die eine mildere Strafe rechtfertigten."
T8 = "Mindestens vier weitere Amerikaner warten auf den Inseln wegen ähnlicher Vorwürfe auf ihren Prozess."
T9 = ("Eine Delegation von US-Kongressabgeordneten war in der vergangenen Woche auf die Inseln gereist und hatte sich "
      "mit Premierminister Washington Misick getroffen.")
T10 = "Die Parlamentarier baten um Nachsicht für Touristen, die Munition aus Versehen mitführen."
T11 = ("Senator Markwayne Mullin warnte, Washington könne seine Reisehinweise für das beliebte Urlaubsziel "
       "verschärfen.")
T12 = ("Misick verteidigte das Gesetz, das den Waffenschmuggel und eine Welle von Gewalt auf den Inseln eindämmen "
       "solle.")
T13 = "Er sagte jedoch zu, die Warnhinweise für Reisende an den Flughäfen deutlich zu verbessern."
T14 = "Die Turks- und Caicosinseln sind ein britisches Überseegebiet mit rund 45.000 Einwohnern."
T15 = "Für die innere Sicherheit ist die von London ernannte Gouverneurin Dileeta Jeffers zuständig."
T16 = "Der Tourismus, vor allem aus den USA, ist die wichtigste Einnahmequelle der Inselgruppe."

DE04 = {
    "id": "hm411-de-04", "lang": "de", "url": None, "published": "2024-06-08",
    "title": "Bewährungsstrafe für US-Touristen wegen Munition im Gepäck",
    "text": paragraphs([T1, T2, T3, T4, T5], [T6, T7, T8], [T9, T10, T11, T12, T13], [T14, T15, T16]),
    "events": [
        event("SANCTION", TCA_COURT, WATSON, T1, mode="convict"),
        event("SANCTION", BAPTISTE, WATSON, T2, mode="convict", date="2024-06-07"),
        event("COERCE", TCA_POLICE, WATSON, T4, mode="arrest", location="Providenciales", location_country="TCA"),
        event("CONSULT", US_LAWMAKERS, MISICK, T9, mode="visit", location="Turks and Caicos Islands",
              location_country="TCA"),
        event("REQUEST", US_LAWMAKERS, TCA_GOV, T10, mode="yield"),
        event("THREATEN", MULLIN, TCA_GOV, T11),
        event("AGREE", MISICK, US_LAWMAKERS, T13),
    ],
    "quotes": [
        quote("die Munition nach einer Jagd versehentlich in der Tasche vergessen zu haben", "Ryan Watson",
              "indirect"),
        quote("außergewöhnlichen Umständen", "Davidson Baptiste", "direct"),
        quote("Washington könne seine Reisehinweise für das beliebte Urlaubsziel verschärfen", "Markwayne Mullin",
              "indirect"),
        quote("die Warnhinweise für Reisende an den Flughäfen deutlich zu verbessern", "Washington Misick",
              "indirect"),
    ],
    "entities": [
        entity("Providenciales", "LOC", "TCA", ["Providenciales", "der Insel Providenciales"]),
        entity("Turks and Caicos Islands", "LOC", "TCA", ["den Turks- und Caicosinseln", "den Inseln", "die Inseln",
                                                          "das beliebte Urlaubsziel", "Die Turks- und Caicosinseln",
                                                          "der Inselgruppe"]),
        entity("Supreme Court of the Turks and Caicos Islands", "ORG", "TCA", ["Ein Gericht auf den Turks- und "
                                                                               "Caicosinseln"]),
        entity("Ryan Watson", "PER", "USA", ["einen US-Touristen", "Ryan Watson", "Der 40-Jährige", "Watson",
                                             "Er"]),
        entity("Davidson Baptiste", "PER", "TCA", ["Richter Davidson Baptiste", "Der Richter"]),
        entity("Oklahoma", "LOC", "USA", ["dem US-Bundesstaat Oklahoma"]),
        entity("family of Ryan Watson", "PER", "USA", ["seiner Familie"]),
        entity("United States", "LOC", "USA", ["die USA", "den USA"]),
        entity("Providenciales International Airport", "LOC", "TCA", ["Flughafen der Insel Providenciales"]),
        entity("Royal Turks and Caicos Islands Police Force", "ORG", "TCA", ["Sicherheitskräfte"]),
        entity("American detainees in the Turks and Caicos Islands", "PER", "USA",
               ["Mindestens vier weitere Amerikaner"]),
        entity("United States congressional delegation", "ORG", "USA", ["Eine Delegation von US-Kongressabgeordneten",
                                                                         "Die Parlamentarier"]),
        entity("Washington Misick", "PER", "TCA", ["Premierminister Washington Misick", "Misick", "Er"]),
        entity("tourists", "PER", None, ["Touristen"]),
        entity("Markwayne Mullin", "PER", "USA", ["Senator Markwayne Mullin"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["London"]),
        entity("Dileeta Jeffers", "PER", "TCA", ["die von London ernannte Gouverneurin Dileeta Jeffers"]),
    ],
}

# ---------------------------------------------------------------- hm411-en-01 (United States, Paxton impeached)
TX_HOUSE = actor("Texas House of Representatives", "USA", "LEG")
PAXTON = actor("Ken Paxton", "USA", "GOV")
PAXTON_AIDES = actor("whistleblowers in the Texas Attorney General's Office", "USA", "GOV")
TX_LEGISLATURE = actor("Texas Legislature", "USA", "LEG")
TX_COMMITTEE = actor("Texas House General Investigating Committee", "USA", "LEG")
MURR = actor("Andrew Murr", "USA", "LEG")
TRUMP_E = actor("Donald Trump", "USA", "PTY")
TX_HOUSE_GOP = actor("Texas House Republicans", "USA", "LEG")
PAXTON_SUPPORTERS = actor("supporters of Ken Paxton", "USA", "CVL")
FBI = actor("Federal Bureau of Investigation", "USA", "COP")

X1 = ("AUSTIN, Texas (AP) — The Republican-led Texas House of Representatives voted Saturday to impeach state "
      "Attorney General Ken Paxton over allegations of bribery and abuse of office, immediately suspending him pending "
      "a trial in the state Senate.")
X2 = "The vote was 121-23, with 60 Republicans joining 61 Democrats in favor."
X3 = ("Paxton, a three-term Republican and close ally of former President Donald Trump, called the proceedings "
      "\"illegal, unethical and profoundly unjust\" shortly before the vote.")
X4 = "He has denied any wrongdoing."
X5 = ("The 20 articles of impeachment accuse Paxton of using his office to help Austin real estate developer Nate "
      "Paul, a political donor, and of retaliating against staff who raised concerns.")
X6 = "In 2020, several of Paxton's top aides reported him to the FBI, saying he had accepted bribes."
X7 = ("Paxton this year agreed to a $3.3 million settlement with four of the whistleblowers and asked the "
      "Legislature to pay for it with taxpayer money.")
X8 = "Lawmakers refused, and a House committee opened an inquiry in March."
X9 = "\"Today is a sad day for Texas,\" said Republican Rep. Andrew Murr, who chaired the committee."
X10 = ("Murr told colleagues that Paxton had \"repeatedly abused the powers of his office\" and could not be allowed "
       "to continue.")
X11 = ("Trump had urged House Republicans to stop the impeachment, calling it \"very unfair\" in a post on his "
       "social media platform.")
X12 = ("Paxton also called on his supporters to gather at the Capitol, and a few dozen protested outside the chamber "
       "as lawmakers voted.")
X13 = "Paxton's wife, state Sen. Angela Paxton, could be among the jurors in the Senate trial."
X14 = ("Gov. Greg Abbott, a Republican who has endorsed Paxton in past elections, can appoint an interim attorney "
       "general.")
X15 = "Only two other officials have been impeached in Texas' nearly 200-year history."
X16 = "Paxton still faces a securities fraud indictment from 2015 and a separate FBI investigation."

EN01 = {
    "id": "hm411-en-01", "lang": "en", "url": None, "published": "2023-05-28",
    "title": "Texas House impeaches Attorney General Ken Paxton, suspending him from office",
    "text": paragraphs([X1, X2, X3, X4], [X5, X6, X7, X8], [X9, X10, X11, X12], [X13, X14, X15, X16]),
    "events": [
        event("ACCUSE", TX_HOUSE, PAXTON, X1, mode="allege", date="2023-05-27", location="Austin",
              location_country="USA"),
        event("COERCE", TX_HOUSE, PAXTON, X1, mode="restrict", date="2023-05-27", location="Austin",
              location_country="USA"),
        event("ACCUSE", PAXTON, TX_HOUSE, X3, mode="disapprove"),
        event("ACCUSE", TX_HOUSE, PAXTON, X5, mode="allege"),
        event("ACCUSE", PAXTON_AIDES, PAXTON, X6, mode="allege"),
        event("AGREE", PAXTON, PAXTON_AIDES, X7),
        event("REQUEST", PAXTON, TX_LEGISLATURE, X7, mode="assist"),
        event("REJECT", TX_LEGISLATURE, PAXTON, X8, mode="assist"),
        event("ACCUSE", TX_COMMITTEE, PAXTON, X8, mode="investigate"),
        event("ACCUSE", MURR, PAXTON, X10, mode="allege"),
        event("REQUEST", TRUMP_E, TX_HOUSE_GOP, X11, mode="change"),
        event("ACCUSE", TRUMP_E, TX_HOUSE, X11, mode="disapprove"),
        event("REQUEST", PAXTON, PAXTON_SUPPORTERS, X12),
        event("PROTEST", PAXTON_SUPPORTERS, TX_HOUSE, X12, mode="demo", date="2023-05-27", location="Austin",
              location_country="USA"),
        event("ACCUSE", FBI, PAXTON, X16, mode="investigate"),
    ],
    "quotes": [
        quote("illegal, unethical and profoundly unjust", "Ken Paxton", "direct"),
        quote("he had accepted bribes", "whistleblowers in the Texas Attorney General's Office", "indirect"),
        quote("Today is a sad day for Texas", "Andrew Murr", "direct"),
        quote("repeatedly abused the powers of his office", "Andrew Murr", "direct"),
        quote("Paxton had \"repeatedly abused the powers of his office\" and could not be allowed to continue",
              "Andrew Murr", "indirect"),
        quote("very unfair", "Donald Trump", "direct"),
    ],
    "entities": [
        entity("Austin", "LOC", "USA", ["AUSTIN", "Austin"]),
        entity("Texas", "LOC", "USA", ["Texas", "Texas'"]),
        entity("Texas House of Representatives", "ORG", "USA", ["The Republican-led Texas House of Representatives",
                                                                "the chamber"]),
        entity("Ken Paxton", "PER", "USA", ["state Attorney General Ken Paxton", "him", "Paxton", "He", "Paxton's",
                                            "he", "his"]),
        entity("Texas Senate", "ORG", "USA", ["the state Senate", "the Senate"]),
        entity("Republican Party", "ORG", "USA", ["Republicans", "Republican"]),
        entity("Democratic Party", "ORG", "USA", ["Democrats"]),
        entity("Donald Trump", "PER", "USA", ["former President Donald Trump", "Trump"]),
        entity("Nate Paul", "PER", "USA", ["Austin real estate developer Nate Paul", "a political donor"]),
        entity("whistleblowers in the Texas Attorney General's Office", "PER", "USA",
               ["staff who raised concerns", "several of Paxton's top aides", "four of the whistleblowers"]),
        entity("Federal Bureau of Investigation", "ORG", "USA", ["the FBI", "FBI"]),
        entity("Texas Legislature", "ORG", "USA", ["the Legislature", "Lawmakers", "lawmakers"]),
        entity("Texas House General Investigating Committee", "ORG", "USA", ["a House committee", "the committee"]),
        entity("Andrew Murr", "PER", "USA", ["Republican Rep. Andrew Murr", "Murr"]),
        entity("Texas House Republicans", "ORG", "USA", ["House Republicans"]),
        entity("supporters of Ken Paxton", "PER", "USA", ["his supporters", "a few dozen"]),
        entity("Texas State Capitol", "LOC", "USA", ["the Capitol"]),
        entity("Angela Paxton", "PER", "USA", ["Paxton's wife, state Sen. Angela Paxton"]),
        entity("Greg Abbott", "PER", "USA", ["Gov. Greg Abbott"]),
    ],
}

# ---------------------------------------------------------------- hm411-en-02 (Cuba/China/US, eavesdropping report)
CUB_GOV = actor("Government of Cuba", "CUB", "GOV")
CHN_GOV = actor("Government of China", "CHN", "GOV")
USA_GOV6 = actor("Government of the United States", "USA", "GOV")
COSSIO = actor("Carlos Fernández de Cossío", "CUB", "GOV")
WANG = actor("Wang Wenbin", "CHN", "GOV")
WARNER = actor("Mark Warner", "USA", "LEG")
RUBIO = actor("Marco Rubio", "USA", "LEG")
SCOTT = actor("Rick Scott", "USA", "LEG")
DIAZ_CANEL = actor("Miguel Díaz-Canel", "CUB", "GOV")
XI = actor("Xi Jinping", "CHN", "GOV")

C1 = ("HAVANA (AP) — Cuba on Thursday dismissed as \"totally false\" a report that it had agreed to let China build "
      "an electronic eavesdropping station on the island, about 100 miles (160 kilometers) from Florida.")
C2 = ("The Wall Street Journal, citing U.S. officials familiar with classified intelligence, reported that Beijing "
      "would pay cash-strapped Havana several billion dollars to allow the facility.")
C3 = ("Deputy Foreign Minister Carlos Fernández de Cossío said the report was a \"slander\" spread by Washington to "
      "justify its decades-old economic embargo against the island.")
C4 = ("\"Cuba rejects all foreign military presence in Latin America and the Caribbean,\" he wrote on Twitter.")
C5 = ("White House national security spokesman John Kirby told reporters the report was \"not accurate\" but did not "
      "elaborate.")
C6 = ("In Beijing, Foreign Ministry spokesman Wang Wenbin accused the United States of \"spreading rumors and "
      "slander\" and said Washington was the world's biggest hacker.")
C7 = "He urged the U.S. to stop interfering in Cuba's internal affairs and to lift the embargo."
C8 = ("The leaders of the Senate Intelligence Committee, Democrat Mark Warner and Republican Marco Rubio, said in a "
      "joint statement they were \"deeply disturbed\" by reports that Havana and Beijing were working together to "
      "target the United States.")
C9 = ("They urged the Biden administration to take steps to prevent \"this serious threat to our national "
      "security.\"")
C10 = "Republican Sen. Rick Scott of Florida called on the administration to tighten sanctions on Cuba's government."
C11 = "The administration has not imposed any new measures against Havana or Beijing over the report."
C12 = ("A base in Cuba would allow Chinese intelligence services to monitor electronic communications across the "
       "southeastern United States, home to several major military installations.")
C13 = "Cuba is suffering its worst economic crisis in decades, with shortages of food, fuel and medicine."
C14 = ("During the Cold War, the Soviet Union ran a large listening post at Lourdes, south of Havana, until the early "
       "2000s.")
C15 = "Cuba's President Miguel Díaz-Canel visited Beijing in November and met Chinese leader Xi Jinping."

EN02 = {
    "id": "hm411-en-02", "lang": "en", "url": None, "published": "2023-06-09",
    "title": "Cuba denies report it agreed to host Chinese spy station",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7], [C8, C9, C10, C11], [C12, C13, C14, C15]),
    "events": [
        event("ACCUSE", COSSIO, USA_GOV6, C3, mode="disapprove"),
        event("ACCUSE", WANG, USA_GOV6, C6, mode="disapprove", location="Beijing", location_country="CHN"),
        event("REQUEST", WANG, USA_GOV6, C7, mode="change"),
        event("ACCUSE", WARNER, CUB_GOV, C8, mode="disapprove"),
        event("ACCUSE", WARNER, CHN_GOV, C8, mode="disapprove"),
        event("ACCUSE", RUBIO, CUB_GOV, C8, mode="disapprove"),
        event("ACCUSE", RUBIO, CHN_GOV, C8, mode="disapprove"),
        event("REQUEST", WARNER, USA_GOV6, C9),
        event("REQUEST", RUBIO, USA_GOV6, C9),
        event("REQUEST", SCOTT, USA_GOV6, C10, mode="change"),
        event("SANCTION", USA_GOV6, CUB_GOV, C11, negated=True),
        event("SANCTION", USA_GOV6, CHN_GOV, C11, negated=True),
        event("CONSULT", DIAZ_CANEL, XI, C15, mode="visit", location="Beijing", location_country="CHN"),
    ],
    "quotes": [
        quote("totally false", "Government of Cuba", "direct"),
        quote("Beijing would pay cash-strapped Havana several billion dollars to allow the facility",
              "The Wall Street Journal", "indirect"),
        quote("slander", "Carlos Fernández de Cossío", "direct"),
        quote("the report was a \"slander\" spread by Washington to justify its decades-old economic embargo against "
              "the island", "Carlos Fernández de Cossío", "indirect"),
        quote("Cuba rejects all foreign military presence in Latin America and the Caribbean",
              "Carlos Fernández de Cossío", "direct"),
        quote("not accurate", "John Kirby", "direct"),
        quote("the report was \"not accurate\"", "John Kirby", "indirect"),
        quote("spreading rumors and slander", "Wang Wenbin", "direct"),
        quote("Washington was the world's biggest hacker", "Wang Wenbin", "indirect"),
        quote("deeply disturbed", "Mark Warner", "direct"),
        quote("deeply disturbed", "Marco Rubio", "direct"),
        quote("they were \"deeply disturbed\" by reports that Havana and Beijing were working together to target the "
              "United States", "Mark Warner", "indirect"),
        quote("they were \"deeply disturbed\" by reports that Havana and Beijing were working together to target the "
              "United States", "Marco Rubio", "indirect"),
        quote("this serious threat to our national security", "Mark Warner", "direct"),
        quote("this serious threat to our national security", "Marco Rubio", "direct"),
    ],
    "entities": [
        entity("Havana", "LOC", "CUB", ["HAVANA", "Havana"]),
        entity("Government of Cuba", "ORG", "CUB", ["Cuba", "Havana", "Cuba's government"]),
        entity("Cuba", "LOC", "CUB", ["the island", "Cuba", "Cuba's"]),
        entity("Government of China", "ORG", "CHN", ["China", "Beijing"]),
        entity("Beijing", "LOC", "CHN", ["Beijing"]),
        entity("Florida", "LOC", "USA", ["Florida"]),
        entity("The Wall Street Journal", "ORG", "USA", ["The Wall Street Journal"]),
        entity("U.S. intelligence officials", "PER", "USA", ["U.S. officials familiar with classified intelligence"]),
        entity("Carlos Fernández de Cossío", "PER", "CUB", ["Deputy Foreign Minister Carlos Fernández de Cossío",
                                                            "he"]),
        entity("Government of the United States", "ORG", "USA", ["Washington", "the United States", "the U.S.",
                                                                  "the Biden administration", "the administration",
                                                                  "The administration"]),
        entity("Twitter", "ORG", "MNC", ["Twitter"]),
        entity("Latin America and the Caribbean", "LOC", None, ["Latin America and the Caribbean"]),
        entity("John Kirby", "PER", "USA", ["White House national security spokesman John Kirby"]),
        entity("White House", "ORG", "USA", ["White House"]),
        entity("Wang Wenbin", "PER", "CHN", ["Foreign Ministry spokesman Wang Wenbin", "He"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Foreign Ministry"]),
        entity("United States Senate Select Committee on Intelligence", "ORG", "USA",
               ["the Senate Intelligence Committee"]),
        entity("Mark Warner", "PER", "USA", ["Democrat Mark Warner", "They"]),
        entity("Marco Rubio", "PER", "USA", ["Republican Marco Rubio", "They"]),
        entity("Rick Scott", "PER", "USA", ["Republican Sen. Rick Scott of Florida"]),
        entity("United States", "LOC", "USA", ["the United States", "the southeastern United States"]),
        entity("Chinese intelligence services", "ORG", "CHN", ["Chinese intelligence services"]),
        entity("Soviet Union", "ORG", "SUN", ["the Soviet Union"]),
        entity("Lourdes", "LOC", "CUB", ["Lourdes"]),
        entity("Miguel Díaz-Canel", "PER", "CUB", ["Cuba's President Miguel Díaz-Canel"]),
        entity("Xi Jinping", "PER", "CHN", ["Chinese leader Xi Jinping"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
