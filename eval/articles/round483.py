"""Round 483: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm483-de-01: Mexico: López Obrador reads out the phone number of New York Times correspondent Natalie Kitroeff at his morning press conference; the paper condemns it and demands an apology, he calls the report slander and refuses, INAI opens proceedings, Article 19 protests, YouTube removes the video, Kirby says Washington is not investigating him, his January denial and demand for an explanation recalled (2024-02-23).
- hm483-de-02: Canada/China: Trudeau announces 100 percent surtaxes on Chinese electric cars and 25 percent on steel and aluminium in Halifax; Trudeau and Freeland accuse Beijing, the US and EU tariffs recalled, China's commerce ministry and embassy object, demand a reversal and threaten countermeasures, Unifor welcomes, Tesla's request refused, no tariffs on batteries for now (2024-08-27).
- hm483-de-03: Haiti: Viv Ansanm gangs attack Kenscoff above Port-au-Prince, at least twelve dead; police and Kenyan MSS officers fight them without arrests, Fils-Aimé condemns, warns and sends reinforcements, the mayor's earlier request, residents accuse the authorities and form vigilante groups, BINUH condemns, Chérizier threatens (2025-01-29).
- hm483-de-04: Guatemala: Congress strips four Supreme Electoral Tribunal magistrates of immunity at the prosecutors' request; the magistrates deny, Palencia leaves for the US, Arévalo speaks of an ongoing coup, the OAS and Almagro object, Brian Nichols threatens visa bans, protest outside Congress held back by police (2023-12-01).
- hm483-en-01: Honduras: hours-long delays of voting materials mar the primaries in Tegucigalpa and San Pedro Sula; voters block a boulevard, Cossette López blames the armed forces and Gen. Roosevelt Hernández blames the council, Zelaya opens an inquiry, Asfura accuses Libre, Castro urges calm, Nasralla calls on Cálix to concede and he refuses, OAS observers object (2025-03-10).
- hm483-en-02: United States: Sen. Bob Menendez and his wife indicted on bribery charges with three businessmen; cash and gold bars found in the 2022 search, Williams accuses, Egypt allegations, Menendez denies and attacks prosecutors, Murphy demands his resignation and he refuses, Schumer says he gives up the Foreign Relations chair and praises him (2023-09-22).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm483-de-01 (Mexico, NYT reporter's number)
AMLO = actor("Andrés Manuel López Obrador", "MEX", "GOV")
KITROEFF = actor("Natalie Kitroeff", "USA", "MED")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
NYT = actor("The New York Times", "USA", "MED")
INAI = actor("National Institute for Transparency, Access to Information and Personal Data Protection", "MEX",
             "GOV")
MEX_PRESIDENCY = actor("Office of the President of Mexico", "MEX", "GOV")
ART19 = actor("Article 19", "NGO", "NGO")
YOUTUBE = actor("YouTube", "MNC", "BUS")
USA_GOV = actor("Government of the United States", "USA", "GOV")

A1 = ("Mexiko-Stadt (dpa) - Mexikos Präsident Andrés Manuel López Obrador hat in seiner morgendlichen "
      "Pressekonferenz die private Telefonnummer einer Korrespondentin der „New York Times“ öffentlich gemacht.")
A2 = ("Der Staatschef ließ am Donnerstag ein Schreiben der Büroleiterin Natalie Kitroeff auf einer Leinwand zeigen, in "
      "dem sie die Regierung um eine Stellungnahme zu einem geplanten Bericht gebeten hatte.")
A3 = "Anschließend las López Obrador die Nummer der Journalistin laut vor."
A4 = ("In dem am selben Tag veröffentlichten Artikel berichtete die Zeitung, US-Ermittler hätten Hinweise auf "
      "Zahlungen von Drogenkartellen an Vertraute des Präsidenten geprüft.")
A5 = "Die Ermittlungen seien später ohne formelles Verfahren eingestellt worden."
A6 = "Die „New York Times“ verurteilte das Vorgehen als „besorgniserregend und inakzeptabel“."
A7 = ("Es handele sich um eine gefährliche Taktik in einem Land, in dem Journalisten immer wieder bedroht und getötet "
      "würden, erklärte die Zeitung.")
A8 = "Sie forderte den Präsidenten auf, sich bei ihrer Korrespondentin zu entschuldigen."
A9 = ("López Obrador nannte den Bericht eine „Verleumdung“ und warf dem Blatt vor, im Dienst politischer Interessen "
      "in Washington zu stehen.")
A10 = "Eine Entschuldigung lehnte er ab."
A11 = ("„Über diesem Gesetz steht die moralische und politische Autorität des Präsidenten“, sagte er auf die Frage, "
       "ob er gegen Datenschutzregeln verstoßen habe.")
A12 = ("Die Datenschutzbehörde INAI leitete ein Verfahren ein, um einen möglichen Verstoß des Präsidialamts gegen den "
       "Schutz personenbezogener Daten zu prüfen.")
A13 = "Die Organisation Artikel 19 forderte López Obrador auf, seine verbalen Angriffe auf Reporter einzustellen."
A14 = ("Die Videoplattform YouTube entfernte die Aufzeichnung der Pressekonferenz, weil sie gegen die Regeln zum "
       "Schutz privater Daten verstoße.")
A15 = ("In Washington sagte der Kommunikationsdirektor des Nationalen Sicherheitsrats, John Kirby, die US-Regierung "
       "ermittle nicht gegen López Obrador.")
A16 = "Mexiko bleibe ein enger Partner im Kampf gegen den Drogenhandel, fügte er hinzu."
A17 = ("López Obrador hatte Ende Januar ähnliche Berichte über angebliche Kartellgelder für seinen Wahlkampf 2006 "
       "als Erfindung zurückgewiesen.")
A18 = ("Damals verlangte er von der US-Regierung eine Erklärung dafür, dass die Vorwürfe an die Medien gelangt "
       "seien.")
A19 = "Mexiko gilt als eines der gefährlichsten Länder der Welt für Journalisten."

DE01 = {
    "id": "hm483-de-01", "lang": "de", "url": None, "published": "2024-02-23",
    "title": "López Obrador veröffentlicht Telefonnummer von US-Journalistin",
    "text": paragraphs([A1, A2, A3, A4, A5], [A6, A7, A8], [A9, A10, A11], [A12, A13, A14], [A15, A16, A17, A18,
                                                                                              A19]),
    "events": [
        event("REQUEST", KITROEFF, MEX_GOV, A2),
        event("ACCUSE", NYT, AMLO, A6, mode="disapprove"),
        event("ACCUSE", NYT, AMLO, A7, mode="disapprove"),
        event("REQUEST", NYT, AMLO, A8, mode="yield"),
        event("ACCUSE", AMLO, NYT, A9, mode="disapprove"),
        event("REJECT", AMLO, NYT, A10, mode="yield"),
        event("ACCUSE", INAI, MEX_PRESIDENCY, A12, mode="investigate"),
        event("REQUEST", ART19, AMLO, A13, mode="change"),
        event("COERCE", YOUTUBE, MEX_PRESIDENCY, A14, mode="censor"),
        event("ACCUSE", USA_GOV, AMLO, A15, mode="investigate", location="Washington", location_country="USA",
              negated=True),
        event("REQUEST", AMLO, USA_GOV, A18),
    ],
    "quotes": [
        quote("US-Ermittler hätten Hinweise auf Zahlungen von Drogenkartellen an Vertraute des Präsidenten geprüft",
              "The New York Times", "indirect"),
        quote("Die Ermittlungen seien später ohne formelles Verfahren eingestellt worden", "The New York Times",
              "indirect"),
        quote("besorgniserregend und inakzeptabel", "The New York Times", "direct"),
        quote("Es handele sich um eine gefährliche Taktik in einem Land, in dem Journalisten immer wieder bedroht und "
              "getötet würden", "The New York Times", "indirect"),
        quote("Verleumdung", "Andrés Manuel López Obrador", "direct"),
        quote("im Dienst politischer Interessen in Washington zu stehen", "Andrés Manuel López Obrador", "indirect"),
        quote("Über diesem Gesetz steht die moralische und politische Autorität des Präsidenten",
              "Andrés Manuel López Obrador", "direct"),
        quote("sie gegen die Regeln zum Schutz privater Daten verstoße", "YouTube", "indirect"),
        quote("die US-Regierung ermittle nicht gegen López Obrador", "John Kirby", "indirect"),
        quote("Mexiko bleibe ein enger Partner im Kampf gegen den Drogenhandel", "John Kirby", "indirect"),
        quote("dass die Vorwürfe an die Medien gelangt seien", "Andrés Manuel López Obrador", "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt"]),
        entity("Mexico", "LOC", "MEX", ["Mexikos", "Mexiko", "einem Land"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX",
               ["Mexikos Präsident Andrés Manuel López Obrador", "Der Staatschef", "López Obrador",
                "des Präsidenten", "den Präsidenten", "er", "seinen", "seine"]),
        entity("The New York Times", "ORG", "USA", ["„New York Times“", "die Zeitung", "Die „New York Times“", "Sie",
                                                    "dem Blatt"]),
        entity("Natalie Kitroeff", "PER", "USA", ["einer Korrespondentin der „New York Times“",
                                                  "der Büroleiterin Natalie Kitroeff", "sie", "der Journalistin",
                                                  "ihrer Korrespondentin"]),
        entity("Government of Mexico", "ORG", "MEX", ["die Regierung"]),
        entity("US investigators", "ORG", "USA", ["US-Ermittler"]),
        entity("Mexican drug cartels", "ORG", "MEX", ["Drogenkartellen"]),
        entity("associates of Andrés Manuel López Obrador", "PER", "MEX", ["Vertraute des Präsidenten"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("National Institute for Transparency, Access to Information and Personal Data Protection", "ORG",
               "MEX", ["Die Datenschutzbehörde INAI"]),
        entity("Office of the President of Mexico", "ORG", "MEX", ["des Präsidialamts"]),
        entity("Article 19", "ORG", "NGO", ["Die Organisation Artikel 19"]),
        entity("YouTube", "ORG", "MNC", ["Die Videoplattform YouTube"]),
        entity("National Security Council", "ORG", "USA", ["des Nationalen Sicherheitsrats"]),
        entity("John Kirby", "PER", "USA", ["der Kommunikationsdirektor des Nationalen Sicherheitsrats, John Kirby",
                                            "er"]),
        entity("Government of the United States", "ORG", "USA", ["die US-Regierung", "der US-Regierung"]),
    ],
}

# ---------------------------------------------------------------- hm483-de-02 (Canada/China, EV surtax)
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
CHN_GOV = actor("Government of China", "CHN", "GOV")
TRUDEAU = actor("Justin Trudeau", "CAN", "GOV")
FREELAND = actor("Chrystia Freeland", "CAN", "GOV")
USA_GOV2 = actor("Government of the United States", "USA", "GOV")
EU = actor("European Union", "EUR", "IGO")
MOFCOM = actor("Ministry of Commerce of China", "CHN", "GOV")
CHN_EMBASSY = actor("Embassy of China in Canada", "CHN", "GOV")
UNIFOR = actor("Unifor", "CAN", "LAB")
TESLA = actor("Tesla", "USA", "BUS")

Q1 = "Ottawa (dpa) - Kanada belegt Elektroautos aus China mit Sonderzöllen von 100 Prozent."
Q2 = "Das kündigte Premierminister Justin Trudeau am Montag bei einer Kabinettsklausur in Halifax an."
Q3 = ("Die Abgaben sollen vom 1. Oktober an zusätzlich zu den bisherigen Einfuhrzöllen von 6,1 Prozent erhoben "
      "werden.")
Q4 = "Ab Mitte Oktober will Ottawa außerdem Zölle von 25 Prozent auf Stahl und Aluminium aus der Volksrepublik verhängen."
Q5 = ("Trudeau warf China vor, sich mit massiven staatlichen Subventionen und niedrigen Arbeitsstandards einen "
      "unfairen Vorteil zu verschaffen.")
Q6 = ("„Wir werden nicht tatenlos zusehen, wie Peking unsere Autoindustrie mit unlauteren Mitteln untergräbt“, sagte "
      "Finanzministerin Chrystia Freeland.")
Q7 = ("Kanada folgt damit den USA, die im Mai ihre Zölle auf chinesische Elektroautos auf 100 Prozent vervierfacht "
      "hatten.")
Q8 = "Auch die Europäische Union hat im Sommer vorläufige Ausgleichszölle auf E-Autos aus China verhängt."
Q9 = "Peking reagierte empört."
Q10 = ("Das chinesische Handelsministerium sprach von einem „typischen Akt des Handelsprotektionismus“ und forderte "
       "Ottawa auf, die Entscheidung umgehend zu korrigieren.")
Q11 = ("China werde alle notwendigen Maßnahmen ergreifen, um die legitimen Rechte seiner Unternehmen zu schützen, hieß "
       "es in einer Mitteilung des Ministeriums.")
Q12 = "Die chinesische Botschaft in Ottawa warf der kanadischen Regierung vor, sich dem Druck Washingtons zu beugen."
Q13 = "Die Autogewerkschaft Unifor begrüßte die Zölle als Schutz für Tausende Arbeitsplätze."
Q14 = ("Der US-Hersteller Tesla, der Fahrzeuge aus seinem Werk in Shanghai nach Kanada liefert, hatte während einer "
       "Konsultation im Juli einen niedrigeren Zollsatz für sich beantragt.")
Q15 = "Die Regierung kam dem Antrag nicht nach."
Q16 = "Auf Zölle für Batterien, Halbleiter und kritische Mineralien aus China verzichtet Ottawa vorerst."
Q17 = "Darüber soll eine weitere Konsultation bis Anfang Oktober Klarheit bringen."
Q18 = "China ist nach den USA Kanadas zweitgrößter Handelspartner."

DE02 = {
    "id": "hm483-de-02", "lang": "de", "url": None, "published": "2024-08-27",
    "title": "Kanada verhängt 100-Prozent-Zölle auf chinesische E-Autos",
    "text": paragraphs([Q1, Q2, Q3, Q4], [Q5, Q6, Q7, Q8], [Q9, Q10, Q11, Q12], [Q13, Q14, Q15, Q16, Q17, Q18]),
    "events": [
        event("SANCTION", CAN_GOV, CHN_GOV, Q1, mode="discontinue"),
        event("SANCTION", TRUDEAU, CHN_GOV, Q2, mode="discontinue", date="2024-08-26", location="Halifax",
              location_country="CAN"),
        event("SANCTION", CAN_GOV, CHN_GOV, Q4, mode="discontinue"),
        event("ACCUSE", TRUDEAU, CHN_GOV, Q5, mode="allege"),
        event("ACCUSE", FREELAND, CHN_GOV, Q6, mode="disapprove"),
        event("SANCTION", USA_GOV2, CHN_GOV, Q7, mode="discontinue"),
        event("SANCTION", EU, CHN_GOV, Q8, mode="discontinue"),
        event("ACCUSE", CHN_GOV, CAN_GOV, Q9, mode="disapprove"),
        event("ACCUSE", MOFCOM, CAN_GOV, Q10, mode="disapprove"),
        event("REQUEST", MOFCOM, CAN_GOV, Q10, mode="change"),
        event("THREATEN", MOFCOM, CAN_GOV, Q11),
        event("ACCUSE", CHN_EMBASSY, CAN_GOV, Q12, mode="disapprove"),
        event("SUPPORT", UNIFOR, CAN_GOV, Q13),
        event("REQUEST", TESLA, CAN_GOV, Q14),
        event("REJECT", CAN_GOV, TESLA, Q15),
        event("SANCTION", CAN_GOV, CHN_GOV, Q16, mode="discontinue", negated=True),
    ],
    "quotes": [
        quote("sich mit massiven staatlichen Subventionen und niedrigen Arbeitsstandards einen unfairen Vorteil zu "
              "verschaffen", "Justin Trudeau", "indirect"),
        quote("Wir werden nicht tatenlos zusehen, wie Peking unsere Autoindustrie mit unlauteren Mitteln untergräbt",
              "Chrystia Freeland", "direct"),
        quote("typischen Akt des Handelsprotektionismus", "Ministry of Commerce of China", "direct"),
        quote("China werde alle notwendigen Maßnahmen ergreifen, um die legitimen Rechte seiner Unternehmen zu "
              "schützen", "Ministry of Commerce of China", "indirect"),
        quote("sich dem Druck Washingtons zu beugen", "Embassy of China in Canada", "indirect"),
    ],
    "entities": [
        entity("Ottawa", "LOC", "CAN", ["Ottawa"]),
        entity("Government of Canada", "ORG", "CAN", ["Kanada", "Ottawa", "der kanadischen Regierung",
                                                      "Die Regierung"]),
        entity("Canada", "LOC", "CAN", ["Kanada", "Kanadas"]),
        entity("China", "LOC", "CHN", ["China", "der Volksrepublik"]),
        entity("Government of China", "ORG", "CHN", ["China", "Peking"]),
        entity("Justin Trudeau", "PER", "CAN", ["Premierminister Justin Trudeau", "Trudeau"]),
        entity("Halifax", "LOC", "CAN", ["Halifax"]),
        entity("Chrystia Freeland", "PER", "CAN", ["Finanzministerin Chrystia Freeland"]),
        entity("Government of the United States", "ORG", "USA", ["den USA", "Washingtons"]),
        entity("United States", "LOC", "USA", ["den USA"]),
        entity("European Union", "ORG", "EUR", ["die Europäische Union"]),
        entity("Ministry of Commerce of China", "ORG", "CHN", ["Das chinesische Handelsministerium",
                                                               "des Ministeriums"]),
        entity("Embassy of China in Canada", "ORG", "CHN", ["Die chinesische Botschaft in Ottawa"]),
        entity("Unifor", "ORG", "CAN", ["Die Autogewerkschaft Unifor"]),
        entity("Tesla", "ORG", "USA", ["Der US-Hersteller Tesla"]),
        entity("Shanghai", "LOC", "CHN", ["Shanghai"]),
    ],
}

# ---------------------------------------------------------------- hm483-de-03 (Haiti, gang attack on Kenscoff)
VIV_ANSANM = actor("Viv Ansanm", "HTI", "REB")
KENSCOFF_RESIDENTS = actor("residents of Kenscoff", "HTI", "CVL")
HTI_POLICE = actor("Haitian National Police", "HTI", "COP")
KEN_POLICE_MSS = actor("Kenyan police of the Multinational Security Support Mission", "KEN", "COP")
FILS_AIME = actor("Alix Didier Fils-Aimé", "HTI", "GOV")
MASSILLON = actor("Massillon Jean", "HTI", "GOV")
HTI_GOV = actor("Government of Haiti", "HTI", "GOV")
BINUH = actor("United Nations Integrated Office in Haiti", "UNO", "IGO")
CHERIZIER = actor("Jimmy Chérizier", "HTI", "REB")

H1 = ("Port-au-Prince (dpa) - Bei einem Angriff schwer bewaffneter Banden auf die Gemeinde Kenscoff oberhalb der "
      "haitianischen Hauptstadt sind mindestens zwölf Menschen getötet worden.")
H2 = ("Mitglieder des Bandenbündnisses Viv Ansanm drangen in der Nacht zum Dienstag in die Ortsteile Belot und Godet "
      "ein, schossen auf Bewohner und zündeten Häuser an, wie die Polizei mitteilte.")
H3 = ("Nach Angaben der Internationalen Organisation für Migration (IOM) flohen mehr als 1000 Menschen in Richtung "
      "Pétion-Ville.")
H4 = ("Spezialeinheiten der Nationalpolizei und kenianische Polizisten der multinationalen Sicherheitsmission "
      "lieferten sich am Dienstag stundenlange Gefechte mit den Angreifern.")
H5 = "Dabei seien mehrere Bandenmitglieder getötet worden, sagte ein Polizeisprecher."
H6 = "Festnahmen gab es nach Polizeiangaben nicht."
H7 = ("Premierminister Alix Didier Fils-Aimé verurteilte den Angriff als „Akt des Terrors gegen wehrlose "
      "Bürger“.")
H8 = ("Die Regierung werde nicht zulassen, dass die Banden weitere Gemeinden unter ihre Kontrolle brächten, sagte er "
      "bei einem Besuch in Kenscoff.")
H9 = "Er kündigte die Entsendung weiterer Polizisten und gepanzerter Fahrzeuge in die Region an."
H10 = "Kenscoffs Bürgermeister Massillon Jean hatte die Regierung seit Wochen vergeblich um Verstärkung gebeten."
H11 = "Viele Bewohner werfen den Behörden vor, Warnungen vor dem Angriff ignoriert zu haben."
H12 = "In mehreren Vierteln errichteten Anwohner Barrikaden und bildeten bewaffnete Bürgerwehren."
H13 = ("Das UN-Büro in Haiti (BINUH) verurteilte die Gewalt und rief die Übergangsbehörden auf, die "
       "Zivilbevölkerung besser zu schützen.")
H14 = ("Der Anführer von Viv Ansanm, Jimmy Chérizier, drohte in einem in sozialen Medien verbreiteten Video mit "
       "weiteren Angriffen, sollte die Polizei ihre Offensive fortsetzen.")
H15 = "Das Bündnis kontrolliert UN-Schätzungen zufolge rund 85 Prozent von Port-au-Prince."

DE03 = {
    "id": "hm483-de-03", "lang": "de", "url": None, "published": "2025-01-29",
    "title": "Mindestens zwölf Tote bei Bandenangriff in Haiti",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6], [H7, H8, H9], [H10, H11, H12], [H13, H14, H15]),
    "events": [
        event("ASSAULT", VIV_ANSANM, KENSCOFF_RESIDENTS, H1, location="Kenscoff", location_country="HTI"),
        event("ASSAULT", VIV_ANSANM, KENSCOFF_RESIDENTS, H2, mode="firearms", date="2025-01-28",
              location="Kenscoff", location_country="HTI"),
        event("ASSAULT", HTI_POLICE, VIV_ANSANM, H4, date="2025-01-28", location="Kenscoff",
              location_country="HTI"),
        event("ASSAULT", KEN_POLICE_MSS, VIV_ANSANM, H4, date="2025-01-28", location="Kenscoff",
              location_country="HTI"),
        event("ASSAULT", HTI_POLICE, VIV_ANSANM, H5),
        event("COERCE", HTI_POLICE, VIV_ANSANM, H6, mode="arrest", negated=True),
        event("ACCUSE", FILS_AIME, VIV_ANSANM, H7, mode="disapprove"),
        event("THREATEN", FILS_AIME, VIV_ANSANM, H8, location="Kenscoff", location_country="HTI"),
        event("MOBILIZE", FILS_AIME, None, H9, mode="police", location="Kenscoff", location_country="HTI"),
        event("REQUEST", MASSILLON, HTI_GOV, H10, mode="assist"),
        event("ACCUSE", KENSCOFF_RESIDENTS, HTI_GOV, H11, mode="disapprove"),
        event("MOBILIZE", KENSCOFF_RESIDENTS, None, H12, mode="militia"),
        event("ACCUSE", BINUH, VIV_ANSANM, H13, mode="disapprove"),
        event("REQUEST", BINUH, HTI_GOV, H13),
        event("THREATEN", CHERIZIER, HTI_POLICE, H14, mode="violence"),
    ],
    "quotes": [
        quote("Mitglieder des Bandenbündnisses Viv Ansanm drangen in der Nacht zum Dienstag in die Ortsteile Belot und "
              "Godet ein, schossen auf Bewohner und zündeten Häuser an", "Haitian National Police", "indirect"),
        quote("Nach Angaben der Internationalen Organisation für Migration (IOM) flohen mehr als 1000 Menschen in "
              "Richtung Pétion-Ville", "International Organization for Migration", "indirect"),
        quote("Dabei seien mehrere Bandenmitglieder getötet worden", "spokesperson of the Haitian National Police",
              "indirect"),
        quote("Festnahmen gab es nach Polizeiangaben nicht", "Haitian National Police", "indirect"),
        quote("Akt des Terrors gegen wehrlose Bürger", "Alix Didier Fils-Aimé", "direct"),
        quote("Die Regierung werde nicht zulassen, dass die Banden weitere Gemeinden unter ihre Kontrolle brächten",
              "Alix Didier Fils-Aimé", "indirect"),
        quote("Warnungen vor dem Angriff ignoriert zu haben", "residents of Kenscoff", "indirect"),
        quote("Das Bündnis kontrolliert UN-Schätzungen zufolge rund 85 Prozent von Port-au-Prince", "United Nations",
              "indirect"),
    ],
    "entities": [
        entity("Port-au-Prince", "LOC", "HTI", ["Port-au-Prince", "der haitianischen Hauptstadt"]),
        entity("Kenscoff", "LOC", "HTI", ["die Gemeinde Kenscoff", "Kenscoff", "Kenscoffs", "die Region"]),
        entity("Viv Ansanm", "ORG", "HTI", ["schwer bewaffneter Banden", "des Bandenbündnisses Viv Ansanm",
                                            "den Angreifern", "die Banden", "Viv Ansanm", "Das Bündnis"]),
        entity("Belot", "LOC", "HTI", ["Belot"]),
        entity("Godet", "LOC", "HTI", ["Godet"]),
        entity("residents of Kenscoff", "PER", "HTI", ["Bewohner", "Viele Bewohner", "Anwohner"]),
        entity("Haitian National Police", "ORG", "HTI", ["die Polizei", "Spezialeinheiten der Nationalpolizei",
                                                         "Polizeiangaben"]),
        entity("International Organization for Migration", "ORG", "UNO",
               ["der Internationalen Organisation für Migration (IOM)"]),
        entity("Pétion-Ville", "LOC", "HTI", ["Pétion-Ville"]),
        entity("Kenyan police of the Multinational Security Support Mission", "ORG", "KEN",
               ["kenianische Polizisten der multinationalen Sicherheitsmission"]),
        entity("Multinational Security Support Mission", "ORG", "IGO", ["der multinationalen Sicherheitsmission"]),
        entity("spokesperson of the Haitian National Police", "PER", "HTI", ["ein Polizeisprecher"]),
        entity("Alix Didier Fils-Aimé", "PER", "HTI", ["Premierminister Alix Didier Fils-Aimé", "er", "Er"]),
        entity("Government of Haiti", "ORG", "HTI", ["Die Regierung", "die Regierung", "den Behörden",
                                                     "die Übergangsbehörden"]),
        entity("Massillon Jean", "PER", "HTI", ["Kenscoffs Bürgermeister Massillon Jean"]),
        entity("United Nations Integrated Office in Haiti", "ORG", "UNO", ["Das UN-Büro in Haiti (BINUH)"]),
        entity("Jimmy Chérizier", "PER", "HTI", ["Der Anführer von Viv Ansanm, Jimmy Chérizier"]),
        entity("United Nations", "ORG", "UNO", ["UN-Schätzungen"]),
    ],
}

# ---------------------------------------------------------------- hm483-de-04 (Guatemala, TSE immunity lifted)
GTM_CONGRESS = actor("Congress of Guatemala", "GTM", "LEG")
TSE_MAGISTRATES = actor("magistrates of the Supreme Electoral Tribunal of Guatemala", "GTM", "JUD")
GTM_MP = actor("Public Ministry of Guatemala", "GTM", "JUD")
AREVALO = actor("Bernardo Arévalo", "GTM", "OPP")
SEMILLA = actor("Movimiento Semilla", "GTM", "PTY")
OAS = actor("Organization of American States", "IGO", "IGO")
ALMAGRO = actor("Luis Almagro", "IGO", "IGO")
NICHOLS = actor("Brian Nichols", "USA", "GOV")
USA_GOV4 = actor("Government of the United States", "USA", "GOV")
PORRAS = actor("Consuelo Porras", "GTM", "JUD")
GTM_PROTESTERS = actor("protesters in Guatemala City", "GTM", "CVL")
GTM_POLICE = actor("National Civil Police of Guatemala", "GTM", "COP")

T1 = ("Guatemala-Stadt (dpa) - Der Kongress in Guatemala hat vier Richtern des Obersten Wahlgerichts die Immunität "
      "entzogen und damit den Weg für Strafverfahren gegen sie frei gemacht.")
T2 = ("In einer Sitzung, die bis in die frühen Morgenstunden des Freitags dauerte, stimmten 118 Abgeordnete für einen "
      "entsprechenden Antrag der Staatsanwaltschaft.")
T3 = ("Betroffen sind Gerichtspräsidentin Irma Palencia sowie die Richter Ranulfo Rojas, Gabriel Aguilera und Mynor "
      "Franco.")
T4 = ("Die Ermittler werfen ihnen Amtsmissbrauch beim Kauf einer Software zur Übermittlung vorläufiger "
      "Wahlergebnisse vor.")
T5 = "Die Richter weisen die Vorwürfe zurück."
T6 = ("Palencia hatte das Land nach Angaben ihres Umfelds bereits vor der Abstimmung in Richtung USA "
      "verlassen.")
T7 = "Der gewählte Präsident Bernardo Arévalo sprach von einem weiteren Kapitel eines „andauernden Staatsstreichs“."
T8 = ("Die Staatsanwaltschaft und ihre Verbündeten im Kongress wollten seinen Amtsantritt am 14. Januar verhindern, "
      "schrieb er auf der Plattform X.")
T9 = "Die Behörde unter Generalstaatsanwältin Consuelo Porras ermittelt seit Monaten gegen Arévalos Partei Semilla."
T10 = "Porras weist den Vorwurf zurück, die Wahl nachträglich kippen zu wollen."
T11 = "Die Organisation Amerikanischer Staaten (OAS) verurteilte die Abstimmung als Angriff auf die Demokratie."
T12 = "OAS-Generalsekretär Luis Almagro forderte die Abgeordneten auf, den Wählerwillen zu respektieren."
T13 = ("Der Lateinamerika-Beauftragte des US-Außenministeriums, Brian Nichols, drohte Abgeordneten, die den "
       "demokratischen Übergang untergraben, mit Einreiseverboten.")
T14 = "Gegen Porras hatte Washington bereits 2021 ein Einreiseverbot verhängt."
T15 = "Vor dem Kongressgebäude protestierten am Freitag mehrere Hundert Menschen gegen die Entscheidung."
T16 = "Die Polizei hielt sie mit Absperrgittern auf Abstand."
T17 = ("Arévalo hatte die Stichwahl im August mit deutlichem Vorsprung gegen die frühere First Lady Sandra Torres "
       "gewonnen.")

DE04 = {
    "id": "hm483-de-04", "lang": "de", "url": None, "published": "2023-12-01",
    "title": "Guatemalas Kongress hebt Immunität von Wahlrichtern auf",
    "text": paragraphs([T1, T2, T3, T4, T5, T6], [T7, T8, T9, T10], [T11, T12, T13, T14], [T15, T16, T17]),
    "events": [
        event("COERCE", GTM_CONGRESS, TSE_MAGISTRATES, T1, mode="restrict"),
        event("COERCE", GTM_CONGRESS, TSE_MAGISTRATES, T2, mode="restrict", date="2023-12-01"),
        event("REQUEST", GTM_MP, GTM_CONGRESS, T2),
        event("ACCUSE", GTM_MP, TSE_MAGISTRATES, T4, mode="allege"),
        event("ACCUSE", AREVALO, GTM_CONGRESS, T7, mode="disapprove"),
        event("ACCUSE", AREVALO, GTM_MP, T8, mode="allege"),
        event("ACCUSE", AREVALO, GTM_CONGRESS, T8, mode="allege"),
        event("ACCUSE", GTM_MP, SEMILLA, T9, mode="investigate"),
        event("ACCUSE", OAS, GTM_CONGRESS, T11, mode="disapprove"),
        event("REQUEST", ALMAGRO, GTM_CONGRESS, T12),
        event("THREATEN", NICHOLS, GTM_CONGRESS, T13, mode="restrict"),
        event("SANCTION", USA_GOV4, PORRAS, T14),
        event("PROTEST", GTM_PROTESTERS, GTM_CONGRESS, T15, mode="demo", date="2023-12-01",
              location="Guatemala City", location_country="GTM"),
        event("COERCE", GTM_POLICE, GTM_PROTESTERS, T16, mode="crowd-control", date="2023-12-01",
              location="Guatemala City", location_country="GTM"),
    ],
    "quotes": [
        quote("Palencia hatte das Land nach Angaben ihres Umfelds bereits vor der Abstimmung in Richtung USA verlassen",
              "associates of Irma Palencia", "indirect"),
        quote("andauernden Staatsstreichs", "Bernardo Arévalo", "direct"),
        quote("Die Staatsanwaltschaft und ihre Verbündeten im Kongress wollten seinen Amtsantritt am 14. Januar "
              "verhindern", "Bernardo Arévalo", "indirect"),
    ],
    "entities": [
        entity("Guatemala City", "LOC", "GTM", ["Guatemala-Stadt"]),
        entity("Guatemala", "LOC", "GTM", ["Guatemala", "das Land"]),
        entity("Congress of Guatemala", "ORG", "GTM", ["Der Kongress in Guatemala", "118 Abgeordnete",
                                                       "im Kongress", "die Abgeordneten", "Abgeordneten",
                                                       "dem Kongressgebäude"]),
        entity("Supreme Electoral Tribunal of Guatemala", "ORG", "GTM", ["des Obersten Wahlgerichts"]),
        entity("magistrates of the Supreme Electoral Tribunal of Guatemala", "PER", "GTM",
               ["vier Richtern des Obersten Wahlgerichts", "sie", "ihnen", "Die Richter"]),
        entity("Public Ministry of Guatemala", "ORG", "GTM", ["der Staatsanwaltschaft", "Die Ermittler",
                                                              "Die Staatsanwaltschaft", "Die Behörde"]),
        entity("Irma Palencia", "PER", "GTM", ["Gerichtspräsidentin Irma Palencia", "Palencia", "ihres"]),
        entity("Ranulfo Rojas", "PER", "GTM", ["Ranulfo Rojas"]),
        entity("Gabriel Aguilera", "PER", "GTM", ["Gabriel Aguilera"]),
        entity("Mynor Franco", "PER", "GTM", ["Mynor Franco"]),
        entity("associates of Irma Palencia", "PER", "GTM", ["ihres Umfelds"]),
        entity("United States", "LOC", "USA", ["USA"]),
        entity("Bernardo Arévalo", "PER", "GTM", ["Der gewählte Präsident Bernardo Arévalo", "seinen", "er",
                                                  "Arévalos", "Arévalo"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Consuelo Porras", "PER", "GTM", ["Generalstaatsanwältin Consuelo Porras", "Porras"]),
        entity("Movimiento Semilla", "ORG", "GTM", ["Arévalos Partei Semilla"]),
        entity("Organization of American States", "ORG", "IGO", ["Die Organisation Amerikanischer Staaten (OAS)"]),
        entity("Luis Almagro", "PER", "IGO", ["OAS-Generalsekretär Luis Almagro"]),
        entity("United States Department of State", "ORG", "USA", ["des US-Außenministeriums"]),
        entity("Brian Nichols", "PER", "USA", ["Der Lateinamerika-Beauftragte des US-Außenministeriums, Brian "
                                               "Nichols"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("protesters in Guatemala City", "PER", "GTM", ["mehrere Hundert Menschen", "sie"]),
        entity("National Civil Police of Guatemala", "ORG", "GTM", ["Die Polizei"]),
        entity("Sandra Torres", "PER", "GTM", ["die frühere First Lady Sandra Torres"]),
    ],
}

# ---------------------------------------------------------------- hm483-en-01 (Honduras, chaotic primaries)
HND_VOTERS = actor("voters in Tegucigalpa", "HND", "CVL")
HND_CNE = actor("National Electoral Council of Honduras", "HND", "GOV")
COSSETTE = actor("Cossette López", "HND", "GOV")
HND_ARMY = actor("Armed Forces of Honduras", "HND", "MIL")
R_HERNANDEZ = actor("Roosevelt Hernández", "HND", "MIL")
J_ZELAYA = actor("Johel Zelaya", "HND", "JUD")
ASFURA = actor("Nasry Asfura", "HND", "OPP")
LIBRE = actor("Liberty and Refoundation Party", "HND", "PTY")
CASTRO = actor("Xiomara Castro", "HND", "GOV")
HONDURANS = actor("Honduran citizens", "HND", "CVL")
NASRALLA = actor("Salvador Nasralla", "HND", "OPP")
CALIX = actor("Jorge Cálix", "HND", "OPP")
OAS_OBS = actor("Organization of American States electoral observation mission", "IGO", "IGO")

E1 = ("TEGUCIGALPA, Honduras (AP) — Honduras' primary elections were marred by hours-long delays in the delivery of "
      "ballots and voting materials in the country's two largest cities, forcing electoral authorities to keep "
      "polling stations open late into Sunday night.")
E2 = ("Hundreds of voters in Tegucigalpa and San Pedro Sula waited in line for most of the day, and some polling "
      "stations had not opened by mid-afternoon, according to the National Electoral Council.")
E3 = "Angry voters blocked a boulevard near the council's warehouse in the capital to protest the delays."
E4 = ("Council member Cossette López called the failures \"sabotage\" and said the armed forces, which were in "
      "charge of transporting the materials, had not provided enough vehicles.")
E5 = ("The head of the armed forces, Gen. Roosevelt Hernández, rejected the accusation and blamed the council for "
      "printing the materials late.")
E6 = "Attorney General Johel Zelaya said his office had opened an investigation to determine who was responsible."
E7 = ("National Party candidate Nasry Asfura accused the governing Libre party of deliberately disrupting the vote in "
      "cities where the opposition is strong.")
E8 = "Libre rejected the claim as \"desperate.\""
E9 = "President Xiomara Castro urged Hondurans to remain calm and wait for official results."
E10 = "\"Nobody will steal the will of the people,\" Castro wrote on X."
E11 = ("Preliminary results released early Monday showed former Defense Minister Rixi Moncada winning the Libre "
       "nomination, while Asfura and television host Salvador Nasralla led the National and Liberal party races.")
E12 = "Nasralla declared victory and called on his rival Jorge Cálix to accept the result."
E13 = "Cálix refused to concede, saying thousands of tally sheets had not yet been counted."
E14 = ("Observers from the Organization of American States called the delays \"unacceptable\" and asked the council "
       "to publish a detailed account of what went wrong.")
E15 = "The general election is scheduled for Nov. 30."
E16 = "Castro, the country's first female president, is barred by the constitution from seeking a second term."

EN01 = {
    "id": "hm483-en-01", "lang": "en", "url": None, "published": "2025-03-10",
    "title": "Honduras primaries marred by hours-long delays in delivery of ballots",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6], [E7, E8, E9, E10], [E11, E12, E13], [E14, E15, E16]),
    "events": [
        event("PROTEST", HND_VOTERS, HND_CNE, E3, mode="obstruct", date="2025-03-09", location="Tegucigalpa", location_country="HND"),
        event("ACCUSE", COSSETTE, HND_ARMY, E4, mode="disapprove"),
        event("ACCUSE", R_HERNANDEZ, HND_CNE, E5, mode="disapprove"),
        event("ACCUSE", J_ZELAYA, None, E6, mode="investigate"),
        event("ACCUSE", ASFURA, LIBRE, E7, mode="allege"),
        event("REQUEST", CASTRO, HONDURANS, E9),
        event("REQUEST", NASRALLA, CALIX, E12, mode="yield"),
        event("REJECT", CALIX, NASRALLA, E13, mode="yield"),
        event("ACCUSE", OAS_OBS, HND_CNE, E14, mode="disapprove"),
        event("REQUEST", OAS_OBS, HND_CNE, E14),
    ],
    "quotes": [
        quote("Hundreds of voters in Tegucigalpa and San Pedro Sula waited in line for most of the day, and some "
              "polling stations had not opened by mid-afternoon", "National Electoral Council of Honduras",
              "indirect"),
        quote("sabotage", "Cossette López", "direct"),
        quote("the armed forces, which were in charge of transporting the materials, had not provided enough "
              "vehicles", "Cossette López", "indirect"),
        quote("his office had opened an investigation to determine who was responsible", "Johel Zelaya", "indirect"),
        quote("desperate", "Liberty and Refoundation Party", "direct"),
        quote("Nobody will steal the will of the people", "Xiomara Castro", "direct"),
        quote("thousands of tally sheets had not yet been counted", "Jorge Cálix", "indirect"),
        quote("unacceptable", "Organization of American States electoral observation mission", "direct"),
    ],
    "entities": [
        entity("Tegucigalpa", "LOC", "HND", ["TEGUCIGALPA", "Tegucigalpa", "the capital"]),
        entity("Honduras", "LOC", "HND", ["Honduras", "Honduras'", "the country's"]),
        entity("San Pedro Sula", "LOC", "HND", ["San Pedro Sula"]),
        entity("National Electoral Council of Honduras", "ORG", "HND",
               ["electoral authorities", "the National Electoral Council", "the council's", "the council"]),
        entity("voters in Tegucigalpa", "PER", "HND", ["Angry voters"]),
        entity("Cossette López", "PER", "HND", ["Council member Cossette López"]),
        entity("Armed Forces of Honduras", "ORG", "HND", ["the armed forces"]),
        entity("Roosevelt Hernández", "PER", "HND", ["The head of the armed forces, Gen. Roosevelt Hernández"]),
        entity("Johel Zelaya", "PER", "HND", ["Attorney General Johel Zelaya", "his"]),
        entity("Public Ministry of Honduras", "ORG", "HND", ["his office"]),
        entity("Nasry Asfura", "PER", "HND", ["National Party candidate Nasry Asfura", "Asfura"]),
        entity("National Party of Honduras", "ORG", "HND", ["National Party", "National"]),
        entity("Liberty and Refoundation Party", "ORG", "HND", ["the governing Libre party", "Libre"]),
        entity("Xiomara Castro", "PER", "HND", ["President Xiomara Castro", "Castro",
                                                "the country's first female president"]),
        entity("Honduran citizens", "PER", "HND", ["Hondurans"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Rixi Moncada", "PER", "HND", ["former Defense Minister Rixi Moncada"]),
        entity("Salvador Nasralla", "PER", "HND", ["television host Salvador Nasralla", "Nasralla", "his"]),
        entity("Liberal Party of Honduras", "ORG", "HND", ["Liberal"]),
        entity("Jorge Cálix", "PER", "HND", ["his rival Jorge Cálix", "Cálix"]),
        entity("Organization of American States electoral observation mission", "ORG", "IGO",
               ["Observers from the Organization of American States"]),
        entity("Organization of American States", "ORG", "IGO", ["the Organization of American States"]),
    ],
}

# ---------------------------------------------------------------- hm483-en-02 (United States, Menendez indicted)
SDNY = actor("United States Attorney's Office for the Southern District of New York", "USA", "JUD")
MENENDEZ = actor("Bob Menendez", "USA", "LEG")
NADINE = actor("Nadine Menendez", "USA", "CVL")
FBI = actor("Federal Bureau of Investigation", "USA", "COP")
WILLIAMS = actor("Damian Williams", "USA", "JUD")
HANA = actor("Wael Hana", "USA", "BUS")
URIBE = actor("Jose Uribe", "USA", "BUS")
DAIBES = actor("Fred Daibes", "USA", "BUS")
MURPHY = actor("Phil Murphy", "USA", "GOV")
SCHUMER = actor("Chuck Schumer", "USA", "LEG")

N1 = ("NEW YORK (AP) — Democratic Sen. Bob Menendez of New Jersey and his wife were indicted Friday on bribery "
      "charges, accused of taking cash, gold bars and a luxury car from three businessmen in exchange for using his "
      "power to help them and the government of Egypt.")
N2 = ("Federal agents who searched the couple's home in Englewood Cliffs last year found more than $480,000 in cash, "
      "much of it stuffed into envelopes and jacket pockets, and gold bars worth more than $100,000, according to the "
      "indictment.")
N3 = ("U.S. Attorney Damian Williams told reporters in Manhattan that Menendez had been \"on the payroll\" of the "
      "businessmen.")
N4 = "Prosecutors also charged the three men, Wael Hana, Jose Uribe and Fred Daibes."
N5 = ("According to the indictment, Menendez passed sensitive U.S. government information to Egyptian officials and "
      "pressed for the release of military aid to Cairo.")
N6 = "Menendez denied wrongdoing."
N7 = ("In a statement, he accused prosecutors of having \"misrepresented the normal work of a congressional office\" "
      "and said he was confident the matter would be resolved.")
N8 = ("New Jersey Gov. Phil Murphy, a fellow Democrat, called on Menendez to resign, saying the allegations were so "
      "serious that they compromised his ability to represent the state.")
N9 = "Menendez said he would not step down."
N10 = ("Senate Majority Leader Chuck Schumer said Menendez would give up his post as chairman of the Senate Foreign "
       "Relations Committee until the case is resolved, as required by Democratic caucus rules.")
N11 = "Schumer called Menendez \"a dedicated public servant\" who had a right to due process."
N12 = "Nadine Menendez's lawyer said she also denied the charges and would fight them in court."
N13 = ("Menendez was tried on unrelated corruption charges in 2017, but the case ended in a mistrial after jurors "
       "deadlocked.")
N14 = "The Egyptian Embassy in Washington did not immediately respond to a request for comment."
N15 = "Menendez, 69, is up for reelection next year."

EN02 = {
    "id": "hm483-en-02", "lang": "en", "url": None, "published": "2023-09-22",
    "title": "Sen. Bob Menendez and his wife indicted on bribery charges",
    "text": paragraphs([N1, N2], [N3, N4, N5], [N6, N7], [N8, N9, N10, N11], [N12, N13, N14, N15]),
    "events": [
        event("ACCUSE", SDNY, MENENDEZ, N1, mode="allege", date="2023-09-22"),
        event("ACCUSE", SDNY, NADINE, N1, mode="allege", date="2023-09-22"),
        event("COERCE", FBI, MENENDEZ, N2, mode="seize", location="Englewood Cliffs", location_country="USA"),
        event("COERCE", FBI, NADINE, N2, mode="seize", location="Englewood Cliffs", location_country="USA"),
        event("ACCUSE", WILLIAMS, MENENDEZ, N3, mode="allege", location="Manhattan", location_country="USA"),
        event("ACCUSE", SDNY, HANA, N4, mode="allege"),
        event("ACCUSE", SDNY, URIBE, N4, mode="allege"),
        event("ACCUSE", SDNY, DAIBES, N4, mode="allege"),
        event("ACCUSE", SDNY, MENENDEZ, N5, mode="allege"),
        event("ACCUSE", MENENDEZ, SDNY, N7, mode="disapprove"),
        event("REQUEST", MURPHY, MENENDEZ, N8, mode="change"),
        event("REJECT", MENENDEZ, MURPHY, N9, mode="change"),
        event("RETREAT", MENENDEZ, None, N10, mode="resign"),
        event("SUPPORT", SCHUMER, MENENDEZ, N11),
    ],
    "quotes": [
        quote("Federal agents who searched the couple's home in Englewood Cliffs last year found more than $480,000 "
              "in cash, much of it stuffed into envelopes and jacket pockets, and gold bars worth more than $100,000",
              "United States Attorney's Office for the Southern District of New York", "indirect"),
        quote("on the payroll", "Damian Williams", "direct"),
        quote("Menendez had been \"on the payroll\" of the businessmen", "Damian Williams", "indirect"),
        quote("Menendez passed sensitive U.S. government information to Egyptian officials and pressed for the "
              "release of military aid to Cairo",
              "United States Attorney's Office for the Southern District of New York", "indirect"),
        quote("misrepresented the normal work of a congressional office", "Bob Menendez", "direct"),
        quote("he was confident the matter would be resolved", "Bob Menendez", "indirect"),
        quote("the allegations were so serious that they compromised his ability to represent the state",
              "Phil Murphy", "indirect"),
        quote("he would not step down", "Bob Menendez", "indirect"),
        quote("Menendez would give up his post as chairman of the Senate Foreign Relations Committee until the case "
              "is resolved, as required by Democratic caucus rules", "Chuck Schumer", "indirect"),
        quote("a dedicated public servant", "Chuck Schumer", "direct"),
        quote("she also denied the charges and would fight them in court", "lawyer of Nadine Menendez", "indirect"),
    ],
    "entities": [
        entity("New York", "LOC", "USA", ["NEW YORK"]),
        entity("Bob Menendez", "PER", "USA", ["Democratic Sen. Bob Menendez of New Jersey", "his", "Menendez", "he",
                                              "Menendez, 69"]),
        entity("New Jersey", "LOC", "USA", ["New Jersey", "the state"]),
        entity("Nadine Menendez", "PER", "USA", ["his wife", "Nadine Menendez's", "she"]),
        entity("businessmen charged with Bob Menendez", "PER", "USA", ["three businessmen", "them",
                                                                       "the businessmen", "the three men"]),
        entity("Government of Egypt", "ORG", "EGY", ["the government of Egypt", "Cairo"]),
        entity("Federal Bureau of Investigation", "ORG", "USA", ["Federal agents"]),
        entity("Englewood Cliffs", "LOC", "USA", ["Englewood Cliffs"]),
        entity("Damian Williams", "PER", "USA", ["U.S. Attorney Damian Williams"]),
        entity("Manhattan", "LOC", "USA", ["Manhattan"]),
        entity("United States Attorney's Office for the Southern District of New York", "ORG", "USA",
               ["Prosecutors", "prosecutors"]),
        entity("Wael Hana", "PER", "USA", ["Wael Hana"]),
        entity("Jose Uribe", "PER", "USA", ["Jose Uribe"]),
        entity("Fred Daibes", "PER", "USA", ["Fred Daibes"]),
        entity("Egyptian officials", "PER", "EGY", ["Egyptian officials"]),
        entity("Phil Murphy", "PER", "USA", ["New Jersey Gov. Phil Murphy, a fellow Democrat"]),
        entity("Chuck Schumer", "PER", "USA", ["Senate Majority Leader Chuck Schumer", "Schumer"]),
        entity("Senate Foreign Relations Committee", "ORG", "USA", ["the Senate Foreign Relations Committee"]),
        entity("Democratic Party", "ORG", "USA", ["Democratic"]),
        entity("lawyer of Nadine Menendez", "PER", "USA", ["Nadine Menendez's lawyer"]),
        entity("Embassy of Egypt in Washington", "ORG", "EGY", ["The Egyptian Embassy in Washington"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
