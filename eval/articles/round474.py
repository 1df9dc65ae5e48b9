"""Round 474: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, invented wording and details):
- hm474-de-01: Argentina: federal judge Hugo Sastre in Rawson orders Milei's government to stop withholding Chubut's federal transfers after Governor Ignacio Torres threatened to halt oil and gas deliveries; Torres praises the ruling, the government will appeal, Adorni's defence, Milei calls Torres an extortionist, the Patagonian governors and Macri back Torres, Torres-Caputo meeting without agreement, the failed omnibus bill and Milei's threat to the governors recalled (2024-02-27).
- hm474-de-02: Brazil: Supreme Court Justice Dias Toffoli annuls the Odebrecht leniency evidence, calls Lula's 2018 jailing one of the country's greatest judicial errors and accuses the Lava Jato investigators; he orders the Federal Police and the Prosecutor General's Office to investigate, Moro and Dallagnol attack him, the PT welcomes the ruling, Odebrecht's confession, Moro's conviction of Lula and the court's 2021 bias ruling recalled (2023-09-07).
- hm474-de-03: Colombia: the Health Superintendency takes over the insurers EPS Sanitas and Nueva EPS as the Senate's Seventh Committee shelves Petro's health reform; Leal cites unpaid bills, Petro accuses the senators, the opposition and Paloma Valencia speak of expropriation and revenge, Jaramillo denies, Keralty objects and threatens legal action, earlier takeovers recalled (2024-04-04).
- hm474-de-04: Mexico: gunmen kill vigilante founder Hipólito Mora and three bodyguards in La Ruana, Michoacán, and set his car on fire; his 2013 self-defence group, his complaints and request for protection, Governor Ramírez Bedolla condemns and vows punishment, state prosecutors investigate, troops sent to Buenavista, the opposition attacks López Obrador, who denies failure, the diocese's appeal, Mora's 2014 arrest and release recalled (2023-06-30).
- hm474-en-01: Chile: Justice Minister Marcela Ríos and chief of staff Matías Meza-Lopehandía resign over Boric's pardons for 2019 unrest convicts and ex-guerrilla Jorge Mateluna; Ríos admits errors, the opposition threatened a constitutional accusation and demands revocation, Chile Vamos suspends pension talks, Macaya attacks, Boric admits flaws but refuses to revoke, Tohá promises a review, the INDH's 2019 accusations recalled (2023-01-08).
- hm474-en-02: Nicaragua: police detain Siuna bishop Isidoro Mora after he prayed for jailed bishop Rolando Álvarez; Molina reports it, the State Department and Brian Nichols condemn and demand releases, CELAM's solidarity, Álvarez's sentence and refusal to board the deportation flight, Ortega's accusations against the bishops, the 2018 crackdown, NGO closures, expelled clergy and the nuncio's expulsion recalled (2023-12-22).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm474-de-01 (Argentina, Chubut funds dispute)
SASTRE = actor("Hugo Sastre", "ARG", "JUD")
ARG_GOV = actor("Government of Argentina", "ARG", "GOV")
ARG_ECON = actor("Ministry of Economy of Argentina", "ARG", "GOV")
CHUBUT_GOV = actor("Government of Chubut", "ARG", "GOV")
TORRES = actor("Ignacio Torres", "ARG", "GOV")
CAPUTO = actor("Luis Caputo", "ARG", "GOV")
MILEI = actor("Javier Milei", "ARG", "GOV")
PATAGONIA_GOVS = actor("governors of the Patagonian provinces", "ARG", "GOV")
MACRI = actor("Mauricio Macri", "ARG", "PTY")
ARG_DEPUTIES = actor("Chamber of Deputies of Argentina", "ARG", "LEG")
ARG_GOVERNORS = actor("Argentine provincial governors", "ARG", "GOV")

T1 = ("Buenos Aires (dpa) - Im Streit um einbehaltene Bundesmittel hat ein argentinisches Gericht die Regierung von "
      "Präsident Javier Milei angewiesen, die Zahlungen an die Provinz Chubut wieder aufzunehmen.")
T2 = ("Bundesrichter Hugo Sastre in Rawson ordnete am Montagabend an, die Kürzung der Transferzahlungen sofort zu "
      "stoppen.")
T3 = ("Das Wirtschaftsministerium hatte Anfang des Monats rund 13,5 Milliarden Pesos aus dem Steueranteil Chubuts "
      "zurückbehalten, um damit Schulden der Provinz beim Bund zu begleichen.")
T4 = ("Gouverneur Ignacio Torres hatte daraufhin gedroht, kein Erdöl und Erdgas mehr aus seiner Provinz in den Rest "
      "des Landes zu liefern.")
T5 = ("„Wenn sie uns das Geld nicht zurückgeben, kommt kein einziges Barrel mehr aus Chubut“, sagte der 35-Jährige "
      "in einer Videobotschaft.")
T6 = "Ein Treffen von Torres mit Wirtschaftsminister Luis Caputo am Freitag endete ohne Einigung."
T7 = "Nach dem Urteil sprach Torres von einem „Sieg des Föderalismus“."
T8 = "Die Regierung kündigte an, gegen die Entscheidung Berufung einzulegen."
T9 = ("Präsidentensprecher Manuel Adorni sagte, die Einbehaltung sei durch einen Kreditvertrag der Provinz gedeckt und "
      "keine politische Strafe.")
T10 = "Milei selbst hatte den Gouverneur in sozialen Netzwerken als „Erpresser“ beschimpft."
T11 = "Hinter Torres stellten sich die Gouverneure aller sechs Provinzen Patagoniens."
T12 = ("In einer gemeinsamen Erklärung warnten sie, die Region werde sich gegen jede „Willkür“ der Zentralregierung zur "
       "Wehr setzen.")
T13 = "Auch Ex-Präsident Mauricio Macri, Chef von Torres' Partei PRO, stellte sich auf die Seite des Gouverneurs."
T14 = "Der Streit belastet Mileis Verhältnis zu den Provinzen, auf deren Abgeordnete er im Kongress angewiesen ist."
T15 = "Anfang Februar hatte das Abgeordnetenhaus sein umfangreiches Reformpaket an die Ausschüsse zurückverwiesen."
T16 = ("Milei warf den Gouverneuren damals vor, das Gesetz sabotiert zu haben, und drohte, ihnen „jeden Peso“ zu "
       "streichen.")
T17 = "Chubut fördert knapp ein Zehntel des argentinischen Erdöls."

DE01 = {
    "id": "hm474-de-01", "lang": "de", "url": None, "published": "2024-02-27",
    "title": "Gericht stoppt Kürzung von Bundesgeldern für Ölprovinz Chubut",
    "text": paragraphs([T1, T2, T3], [T4, T5, T6], [T7, T8, T9, T10], [T11, T12, T13], [T14, T15, T16, T17]),
    "events": [
        event("REQUEST", SASTRE, ARG_GOV, T1, mode="change"),
        event("REQUEST", SASTRE, ARG_GOV, T2, mode="change", date="2024-02-26", location="Rawson",
              location_country="ARG"),
        event("SANCTION", ARG_ECON, CHUBUT_GOV, T3),
        event("THREATEN", TORRES, ARG_GOV, T4),
        event("THREATEN", TORRES, ARG_GOV, T5),
        event("CONSULT", TORRES, CAPUTO, T6, mode="meet", date="2024-02-23"),
        event("AGREE", TORRES, CAPUTO, T6, date="2024-02-23", negated=True),
        event("SUPPORT", TORRES, SASTRE, T7),
        event("REJECT", ARG_GOV, SASTRE, T8),
        event("ACCUSE", MILEI, TORRES, T10, mode="disapprove"),
        event("SUPPORT", PATAGONIA_GOVS, TORRES, T11),
        event("THREATEN", PATAGONIA_GOVS, ARG_GOV, T12),
        event("SUPPORT", MACRI, TORRES, T13),
        event("REJECT", ARG_DEPUTIES, MILEI, T15),
        event("ACCUSE", MILEI, ARG_GOVERNORS, T16, mode="allege"),
        event("THREATEN", MILEI, ARG_GOVERNORS, T16),
    ],
    "quotes": [
        quote("kein Erdöl und Erdgas mehr aus seiner Provinz in den Rest des Landes zu liefern", "Ignacio Torres",
              "indirect"),
        quote("Wenn sie uns das Geld nicht zurückgeben, kommt kein einziges Barrel mehr aus Chubut", "Ignacio Torres",
              "direct"),
        quote("Sieg des Föderalismus", "Ignacio Torres", "direct"),
        quote("die Einbehaltung sei durch einen Kreditvertrag der Provinz gedeckt und keine politische Strafe",
              "Manuel Adorni", "indirect"),
        quote("Erpresser", "Javier Milei", "direct"),
        quote("Willkür", "governors of the Patagonian provinces", "direct"),
        quote("die Region werde sich gegen jede „Willkür“ der Zentralregierung zur Wehr setzen",
              "governors of the Patagonian provinces", "indirect"),
        quote("das Gesetz sabotiert zu haben", "Javier Milei", "indirect"),
        quote("jeden Peso", "Javier Milei", "direct"),
    ],
    "entities": [
        entity("Buenos Aires", "LOC", "ARG", ["Buenos Aires"]),
        entity("Government of Argentina", "ORG", "ARG", ["die Regierung von Präsident Javier Milei", "Die Regierung",
                                                         "beim Bund", "der Zentralregierung"]),
        entity("Javier Milei", "PER", "ARG", ["Präsident Javier Milei", "Milei", "Mileis", "er"]),
        entity("Chubut", "LOC", "ARG", ["die Provinz Chubut", "Chubuts", "der Provinz", "seiner Provinz", "Chubut"]),
        entity("Federal Court of Rawson", "ORG", "ARG", ["ein argentinisches Gericht"]),
        entity("Hugo Sastre", "PER", "ARG", ["Bundesrichter Hugo Sastre in Rawson"]),
        entity("Rawson", "LOC", "ARG", ["Rawson"]),
        entity("Ministry of Economy of Argentina", "ORG", "ARG", ["Das Wirtschaftsministerium"]),
        entity("Ignacio Torres", "PER", "ARG", ["Gouverneur Ignacio Torres", "der 35-Jährige", "Torres", "Torres'",
                                                "den Gouverneur", "des Gouverneurs"]),
        entity("Luis Caputo", "PER", "ARG", ["Wirtschaftsminister Luis Caputo"]),
        entity("Manuel Adorni", "PER", "ARG", ["Präsidentensprecher Manuel Adorni"]),
        entity("governors of the Patagonian provinces", "PER", "ARG",
               ["die Gouverneure aller sechs Provinzen Patagoniens", "sie"]),
        entity("Patagonia", "LOC", "ARG", ["Patagoniens", "die Region"]),
        entity("Mauricio Macri", "PER", "ARG", ["Ex-Präsident Mauricio Macri, Chef von Torres' Partei PRO"]),
        entity("PRO", "ORG", "ARG", ["Torres' Partei PRO"]),
        entity("National Congress of Argentina", "ORG", "ARG", ["im Kongress"]),
        entity("Chamber of Deputies of Argentina", "ORG", "ARG", ["das Abgeordnetenhaus"]),
        entity("Argentine provincial governors", "PER", "ARG", ["den Gouverneuren", "ihnen"]),
        entity("Argentina", "LOC", "ARG", ["des Landes"]),
    ],
}

# ---------------------------------------------------------------- hm474-de-02 (Brazil, Toffoli annuls Odebrecht evidence)
TOFFOLI = actor("José Antonio Dias Toffoli", "BRA", "JUD")
LAVA_JATO = actor("Lava Jato investigators", "BRA", "JUD")
BRA_PF = actor("Federal Police of Brazil", "BRA", "COP")
BRA_PGR = actor("Prosecutor General's Office of Brazil", "BRA", "JUD")
ODEBRECHT = actor("Odebrecht", "BRA", "BUS")
MORO = actor("Sergio Moro", "BRA", "LEG")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
STF = actor("Supreme Federal Court of Brazil", "BRA", "JUD")
DALLAGNOL = actor("Deltan Dallagnol", "BRA", "OPP")
PT = actor("Workers' Party (Brazil)", "BRA", "PTY")

B1 = ("Brasília (dpa) - Ein Richter des Obersten Gerichtshofs Brasiliens hat sämtliche Beweise aus dem "
      "Kronzeugenabkommen des Baukonzerns Odebrecht für ungültig erklärt.")
B2 = ("Die Daten aus den internen Buchhaltungssystemen des Konzerns dürften in keinem Verfahren mehr verwendet werden, "
      "entschied Richter José Antonio Dias Toffoli am Mittwoch.")
B3 = ("Zugleich bezeichnete er die Inhaftierung des heutigen Präsidenten Luiz Inácio Lula da Silva im Jahr 2018 als "
      "„einen der größten Justizirrtümer in der Geschichte des Landes“.")
B4 = "Den Ermittlern der Operation „Lava Jato“ warf er vor, Beweismittel unsachgemäß behandelt zu haben."
B5 = ("Toffoli wies die Bundespolizei und die Generalstaatsanwaltschaft an, das Vorgehen der beteiligten Staatsanwälte "
      "und Richter zu untersuchen.")
B6 = ("Die Ermittlungen der „Lava Jato“ hatten ab 2014 ein riesiges Korruptionsnetz um den staatlichen Ölkonzern "
      "Petrobras aufgedeckt.")
B7 = ("Odebrecht hatte 2016 gestanden, Politiker in Brasilien und mehreren anderen Ländern Lateinamerikas bestochen zu "
      "haben.")
B8 = "Lula war 2017 vom damaligen Bundesrichter Sergio Moro wegen Korruption verurteilt worden und saß 580 Tage in Haft."
B9 = "Der Oberste Gerichtshof hob die Urteile 2021 auf und erklärte Moro für befangen."
B10 = "Moro, inzwischen Senator, sprach von einer „schweren Beleidigung“ der Opfer der Korruption."
B11 = "Die Entscheidung solle offenbar die Geschichte umschreiben, schrieb er auf der Plattform X."
B12 = ("Der frühere Chefankläger der Ermittlungen, Deltan Dallagnol, wies den Vorwurf zurück, Beweise manipuliert zu "
       "haben.")
B13 = "Er warf dem Richter vor, als früherer Anwalt der Arbeiterpartei PT befangen zu sein."
B14 = "Die Generalstaatsanwaltschaft kann gegen die Entscheidung noch Einspruch beim Plenum des Gerichts einlegen."
B15 = "Die Regierungspartei PT begrüßte den Beschluss."
B16 = ("Lula hatte Moro und den Staatsanwälten stets vorgeworfen, ihn aus politischen Gründen verfolgt zu haben, um "
       "seine Kandidatur bei der Wahl 2018 zu verhindern.")

DE02 = {
    "id": "hm474-de-02", "lang": "de", "url": None, "published": "2023-09-07",
    "title": "Brasiliens Oberster Gerichtshof kippt Beweise aus Odebrecht-Abkommen",
    "text": paragraphs([B1, B2, B3, B4, B5], [B6, B7, B8, B9], [B10, B11, B12, B13, B14], [B15, B16]),
    "events": [
        event("ACCUSE", TOFFOLI, LAVA_JATO, B3, mode="disapprove"),
        event("ACCUSE", TOFFOLI, LAVA_JATO, B4, mode="allege"),
        event("REQUEST", TOFFOLI, BRA_PF, B5),
        event("REQUEST", TOFFOLI, BRA_PGR, B5),
        event("CONCEDE", ODEBRECHT, None, B7),
        event("SANCTION", MORO, LULA, B8, mode="convict"),
        event("ACCUSE", STF, MORO, B9, mode="allege"),
        event("ACCUSE", MORO, TOFFOLI, B10, mode="disapprove"),
        event("ACCUSE", MORO, TOFFOLI, B11, mode="disapprove"),
        event("ACCUSE", DALLAGNOL, TOFFOLI, B13, mode="allege"),
        event("SUPPORT", PT, TOFFOLI, B15),
        event("ACCUSE", LULA, MORO, B16, mode="allege"),
        event("ACCUSE", LULA, LAVA_JATO, B16, mode="allege"),
    ],
    "quotes": [
        quote("Die Daten aus den internen Buchhaltungssystemen des Konzerns dürften in keinem Verfahren mehr verwendet "
              "werden", "José Antonio Dias Toffoli", "indirect"),
        quote("einen der größten Justizirrtümer in der Geschichte des Landes", "José Antonio Dias Toffoli", "direct"),
        quote("Beweismittel unsachgemäß behandelt zu haben", "José Antonio Dias Toffoli", "indirect"),
        quote("Lava Jato", "José Antonio Dias Toffoli", "direct"),
        quote("schweren Beleidigung", "Sergio Moro", "direct"),
        quote("Die Entscheidung solle offenbar die Geschichte umschreiben", "Sergio Moro", "indirect"),
        quote("als früherer Anwalt der Arbeiterpartei PT befangen zu sein", "Deltan Dallagnol", "indirect"),
        quote("ihn aus politischen Gründen verfolgt zu haben, um seine Kandidatur bei der Wahl 2018 zu verhindern",
              "Luiz Inácio Lula da Silva", "indirect"),
    ],
    "entities": [
        entity("Brasília", "LOC", "BRA", ["Brasília"]),
        entity("Supreme Federal Court of Brazil", "ORG", "BRA", ["des Obersten Gerichtshofs Brasiliens",
                                                                 "Der Oberste Gerichtshof", "des Gerichts"]),
        entity("Brazil", "LOC", "BRA", ["Brasiliens", "des Landes", "Brasilien"]),
        entity("Odebrecht", "ORG", "BRA", ["des Baukonzerns Odebrecht", "des Konzerns", "Odebrecht"]),
        entity("José Antonio Dias Toffoli", "PER", "BRA", ["Ein Richter des Obersten Gerichtshofs Brasiliens",
                                                           "Richter José Antonio Dias Toffoli", "er", "Toffoli",
                                                           "dem Richter"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["des heutigen Präsidenten Luiz Inácio Lula da Silva",
                                                           "Lula", "ihn"]),
        entity("Operation Lava Jato", "MISC", "BRA", ["Operation „Lava Jato“", "„Lava Jato“"]),
        entity("Lava Jato investigators", "ORG", "BRA", ["Den Ermittlern der Operation „Lava Jato“",
                                                         "der beteiligten Staatsanwälte und Richter",
                                                         "den Staatsanwälten"]),
        entity("Federal Police of Brazil", "ORG", "BRA", ["die Bundespolizei"]),
        entity("Prosecutor General's Office of Brazil", "ORG", "BRA", ["die Generalstaatsanwaltschaft",
                                                                       "Die Generalstaatsanwaltschaft"]),
        entity("Petrobras", "ORG", "BRA", ["den staatlichen Ölkonzern Petrobras"]),
        entity("Sergio Moro", "PER", "BRA", ["vom damaligen Bundesrichter Sergio Moro", "Moro", "er"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Deltan Dallagnol", "PER", "BRA", ["Der frühere Chefankläger der Ermittlungen, Deltan Dallagnol",
                                                  "Er"]),
        entity("Workers' Party (Brazil)", "ORG", "BRA", ["der Arbeiterpartei PT", "Die Regierungspartei PT"]),
    ],
}

# ---------------------------------------------------------------- hm474-de-03 (Colombia, insurers taken over)
COL_GOV = actor("Government of Colombia", "COL", "GOV")
SUPERSALUD = actor("National Health Superintendency of Colombia", "COL", "GOV")
SANITAS = actor("EPS Sanitas", "COL", "BUS")
NUEVA_EPS = actor("Nueva EPS", "COL", "BUS")
LEAL = actor("Luis Carlos Leal", "COL", "GOV")
SENATE_7 = actor("Seventh Committee of the Senate of Colombia", "COL", "LEG")
PETRO = actor("Gustavo Petro", "COL", "GOV")
COL_OPP = actor("Colombian opposition", "COL", "OPP")
VALENCIA = actor("Paloma Valencia", "COL", "OPP")
KERALTY = actor("Keralty", "ESP", "BUS")
COL_INSURERS = actor("Colombian health insurers", "COL", "BUS")

C1 = ("Bogotá (dpa) - Die kolumbianische Regierung hat die Kontrolle über zwei der größten Krankenversicherer des "
      "Landes übernommen.")
C2 = ("Die Gesundheitsaufsicht Supersalud ordnete am Dienstag die Zwangsverwaltung der Versicherung Sanitas an, am "
      "Mittwoch folgte die Nueva EPS.")
C3 = "Zusammen betreuen die beiden Unternehmen mehr als 16 Millionen Versicherte."
C4 = ("Superintendent Luis Carlos Leal warf beiden Versicherern vor, Rechnungen bei Kliniken und Apotheken in "
      "Milliardenhöhe nicht bezahlt zu haben.")
C5 = ("Fast zeitgleich beerdigte die zuständige Kommission des Senats die umstrittene Gesundheitsreform von Präsident "
      "Gustavo Petro.")
C6 = "Neun der 14 Senatoren stimmten dafür, den Entwurf zu den Akten zu legen."
C7 = ("Die Reform sah vor, die privaten Versicherer weitgehend zu entmachten und die Verwaltung der Beiträge einer "
      "staatlichen Kasse zu übertragen.")
C8 = "Petro warf den Senatoren vor, sich den Interessen der Versicherungskonzerne zu beugen."
C9 = "„Das Gesundheitswesen wird sich trotzdem verändern“, schrieb der Präsident auf der Plattform X."
C10 = "Die Opposition sprach von einer „Enteignung durch die Hintertür“."
C11 = ("Senatorin Paloma Valencia vom rechten Centro Democrático warf der Regierung vor, sich für die Niederlage im "
       "Kongress zu rächen.")
C12 = "Gesundheitsminister Guillermo Alfonso Jaramillo wies dies zurück."
C13 = ("Die Eingriffe seien seit Monaten vorbereitet worden und hätten nichts mit der Abstimmung zu tun, sagte er.")
C14 = ("Der in Spanien ansässige Mutterkonzern von Sanitas, Keralty, nannte die Maßnahme „ungerechtfertigt“ und "
       "kündigte rechtliche Schritte an.")
C15 = ("Das Unternehmen machte die Regierung für die finanziellen Probleme verantwortlich, weil sie die Zahlungen pro "
       "Versichertem seit Jahren zu niedrig ansetze.")
C16 = ("Unter Petro hatte die Aufsicht bereits mehrere kleinere Versicherer unter Zwangsverwaltung gestellt oder "
       "aufgelöst.")

DE03 = {
    "id": "hm474-de-03", "lang": "de", "url": None, "published": "2024-04-04",
    "title": "Kolumbiens Regierung übernimmt zwei große Krankenversicherer",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8, C9], [C10, C11, C12, C13], [C14, C15, C16]),
    "events": [
        event("COERCE", COL_GOV, SANITAS, C1, mode="seize"),
        event("COERCE", COL_GOV, NUEVA_EPS, C1, mode="seize"),
        event("COERCE", SUPERSALUD, SANITAS, C2, mode="seize", date="2024-04-02"),
        event("COERCE", SUPERSALUD, NUEVA_EPS, C2, mode="seize", date="2024-04-03"),
        event("ACCUSE", LEAL, SANITAS, C4, mode="allege"),
        event("ACCUSE", LEAL, NUEVA_EPS, C4, mode="allege"),
        event("REJECT", SENATE_7, PETRO, C5, mode="change"),
        event("REJECT", SENATE_7, PETRO, C6, mode="change"),
        event("ACCUSE", PETRO, SENATE_7, C8, mode="allege"),
        event("ACCUSE", COL_OPP, COL_GOV, C10, mode="disapprove"),
        event("ACCUSE", VALENCIA, COL_GOV, C11, mode="allege"),
        event("ACCUSE", KERALTY, SUPERSALUD, C14, mode="disapprove"),
        event("THREATEN", KERALTY, SUPERSALUD, C14),
        event("ACCUSE", KERALTY, COL_GOV, C15, mode="allege"),
        event("COERCE", SUPERSALUD, COL_INSURERS, C16, mode="seize"),
    ],
    "quotes": [
        quote("Rechnungen bei Kliniken und Apotheken in Milliardenhöhe nicht bezahlt zu haben", "Luis Carlos Leal",
              "indirect"),
        quote("sich den Interessen der Versicherungskonzerne zu beugen", "Gustavo Petro", "indirect"),
        quote("Das Gesundheitswesen wird sich trotzdem verändern", "Gustavo Petro", "direct"),
        quote("Enteignung durch die Hintertür", "Colombian opposition", "direct"),
        quote("sich für die Niederlage im Kongress zu rächen", "Paloma Valencia", "indirect"),
        quote("Die Eingriffe seien seit Monaten vorbereitet worden und hätten nichts mit der Abstimmung zu tun",
              "Guillermo Alfonso Jaramillo", "indirect"),
        quote("ungerechtfertigt", "Keralty", "direct"),
        quote("weil sie die Zahlungen pro Versichertem seit Jahren zu niedrig ansetze", "Keralty", "indirect"),
    ],
    "entities": [
        entity("Bogotá", "LOC", "COL", ["Bogotá"]),
        entity("Government of Colombia", "ORG", "COL", ["Die kolumbianische Regierung", "der Regierung",
                                                        "die Regierung", "sie"]),
        entity("Colombia", "LOC", "COL", ["des Landes"]),
        entity("National Health Superintendency of Colombia", "ORG", "COL", ["Die Gesundheitsaufsicht Supersalud",
                                                                             "die Aufsicht"]),
        entity("EPS Sanitas", "ORG", "COL", ["der Versicherung Sanitas", "Sanitas"]),
        entity("Nueva EPS", "ORG", "COL", ["die Nueva EPS"]),
        entity("Luis Carlos Leal", "PER", "COL", ["Superintendent Luis Carlos Leal"]),
        entity("Seventh Committee of the Senate of Colombia", "ORG", "COL",
               ["die zuständige Kommission des Senats", "Neun der 14 Senatoren", "den Senatoren"]),
        entity("Gustavo Petro", "PER", "COL", ["Präsident Gustavo Petro", "Petro", "der Präsident"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Colombian opposition", "ORG", "COL", ["Die Opposition"]),
        entity("Paloma Valencia", "PER", "COL", ["Senatorin Paloma Valencia"]),
        entity("Centro Democrático", "ORG", "COL", ["vom rechten Centro Democrático"]),
        entity("Congress of Colombia", "ORG", "COL", ["im Kongress"]),
        entity("Guillermo Alfonso Jaramillo", "PER", "COL", ["Gesundheitsminister Guillermo Alfonso Jaramillo",
                                                             "er"]),
        entity("Spain", "LOC", "ESP", ["Spanien"]),
        entity("Keralty", "ORG", "ESP", ["Der in Spanien ansässige Mutterkonzern von Sanitas, Keralty",
                                         "Das Unternehmen"]),
        entity("Colombian health insurers", "ORG", "COL", ["mehrere kleinere Versicherer"]),
    ],
}

# ---------------------------------------------------------------- hm474-de-04 (Mexico, Hipólito Mora killed)
MORA_KILLERS = actor("killers of Hipólito Mora", "MEX", "CVL")
HIPOLITO = actor("Hipólito Mora", "MEX", "CVL")
MORA_GUARDS = actor("bodyguards of Hipólito Mora", "MEX", "CVL")
MICH_PROSECUTORS = actor("Michoacán State Prosecutor's Office", "MEX", "JUD")
MEX_AUTHORITIES = actor("Mexican authorities", "MEX", "GOV")
MICH_GOV = actor("Government of Michoacán", "MEX", "GOV")
BEDOLLA = actor("Alfredo Ramírez Bedolla", "MEX", "GOV")
SEDENA = actor("Secretariat of National Defense of Mexico", "MEX", "MIL")
MEX_OPP = actor("Mexican opposition politicians", "MEX", "OPP")
AMLO = actor("Andrés Manuel López Obrador", "MEX", "GOV")
APATZINGAN_DIOCESE = actor("Diocese of Apatzingán", "MEX", "REL")
MEX_POLICE = actor("Mexican police", "MEX", "COP")
MEX_COURT = actor("Mexican court", "MEX", "JUD")

H1 = ("Mexiko-Stadt (dpa) - Im westmexikanischen Bundesstaat Michoacán ist der Gründer einer der ersten Bürgerwehren "
      "gegen die Drogenkartelle, Hipólito Mora, getötet worden.")
H2 = ("Unbekannte Bewaffnete eröffneten am Donnerstag in der Ortschaft La Ruana das Feuer auf seinen Wagen und töteten "
      "ihn sowie drei Leibwächter, wie die Staatsanwaltschaft mitteilte.")
H3 = "Anschließend setzten die Angreifer das Fahrzeug in Brand."
H4 = ("Mora hatte 2013 in La Ruana eine bewaffnete Selbstverteidigungsgruppe gegründet, um sich gegen das Kartell der "
      "Caballeros Templarios zu wehren.")
H5 = ("Der 68-Jährige, der als Limettenbauer arbeitete, hatte wiederholt beklagt, dass die Behörden die Kartelle in "
      "der Region gewähren ließen.")
H6 = "Erst vor wenigen Wochen hatte er die Landesregierung um zusätzlichen Schutz gebeten."
H7 = ("Gouverneur Alfredo Ramírez Bedolla verurteilte die Tat und versprach, sie werde nicht ungestraft bleiben.")
H8 = "Die Staatsanwaltschaft von Michoacán leitete Ermittlungen wegen Mordes ein."
H9 = ("Das Verteidigungsministerium schickte rund 200 Soldaten in die Gemeinde Buenavista, zu der La Ruana gehört.")
H10 = ("Oppositionspolitiker warfen Präsident Andrés Manuel López Obrador vor, mit seiner Strategie „Umarmungen statt "
       "Kugeln“ die Kartelle gestärkt zu haben.")
H11 = ("López Obrador wies bei seiner morgendlichen Pressekonferenz den Vorwurf zurück, seine Sicherheitspolitik sei "
       "gescheitert.")
H12 = "Die katholische Diözese Apatzingán verlangte ein Ende der Gewalt in der Region."
H13 = ("In der Region Tierra Caliente kämpfen mehrere Kartelle um die Kontrolle über den Anbau von Limetten und "
       "Avocados sowie über Schmuggelrouten.")
H14 = ("Die Polizei hatte Mora 2014 wegen des Vorwurfs festgenommen, an der Tötung zweier Männer beteiligt gewesen zu "
       "sein.")
H15 = "Ein Gericht ließ ihn einige Wochen später wieder frei."

DE04 = {
    "id": "hm474-de-04", "lang": "de", "url": None, "published": "2023-06-30",
    "title": "Gründer von Bürgerwehr in Mexiko getötet",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6], [H7, H8, H9], [H10, H11, H12], [H13, H14, H15]),
    "events": [
        event("ASSAULT", MORA_KILLERS, HIPOLITO, H2, mode="firearms", date="2023-06-29", location="La Ruana",
              location_country="MEX"),
        event("ASSAULT", MORA_KILLERS, MORA_GUARDS, H2, mode="firearms", date="2023-06-29", location="La Ruana",
              location_country="MEX"),
        event("ASSAULT", MORA_KILLERS, HIPOLITO, H3, mode="destroy", location="La Ruana", location_country="MEX"),
        event("MOBILIZE", HIPOLITO, None, H4, mode="militia", location="La Ruana", location_country="MEX"),
        event("ACCUSE", HIPOLITO, MEX_AUTHORITIES, H5, mode="disapprove"),
        event("REQUEST", HIPOLITO, MICH_GOV, H6, mode="assist"),
        event("ACCUSE", BEDOLLA, MORA_KILLERS, H7, mode="disapprove"),
        event("THREATEN", BEDOLLA, MORA_KILLERS, H7),
        event("ACCUSE", MICH_PROSECUTORS, MORA_KILLERS, H8, mode="investigate"),
        event("MOBILIZE", SEDENA, None, H9, mode="troops", location="Buenavista", location_country="MEX"),
        event("ACCUSE", MEX_OPP, AMLO, H10, mode="disapprove"),
        event("REQUEST", APATZINGAN_DIOCESE, None, H12),
        event("COERCE", MEX_POLICE, HIPOLITO, H14, mode="arrest"),
        event("RETREAT", MEX_COURT, HIPOLITO, H15, mode="release"),
    ],
    "quotes": [
        quote("Unbekannte Bewaffnete eröffneten am Donnerstag in der Ortschaft La Ruana das Feuer auf seinen Wagen und "
              "töteten ihn sowie drei Leibwächter", "Michoacán State Prosecutor's Office", "indirect"),
        quote("dass die Behörden die Kartelle in der Region gewähren ließen", "Hipólito Mora", "indirect"),
        quote("sie werde nicht ungestraft bleiben", "Alfredo Ramírez Bedolla", "indirect"),
        quote("Umarmungen statt Kugeln", "Mexican opposition politicians", "direct"),
        quote("mit seiner Strategie „Umarmungen statt Kugeln“ die Kartelle gestärkt zu haben",
              "Mexican opposition politicians", "indirect"),
        quote("seine Sicherheitspolitik sei gescheitert", "Andrés Manuel López Obrador", "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt"]),
        entity("Michoacán", "LOC", "MEX", ["Im westmexikanischen Bundesstaat Michoacán", "der Region"]),
        entity("Hipólito Mora", "PER", "MEX", ["der Gründer einer der ersten Bürgerwehren gegen die Drogenkartelle, "
                                               "Hipólito Mora", "ihn", "Mora", "Der 68-Jährige", "er"]),
        entity("La Ruana", "LOC", "MEX", ["in der Ortschaft La Ruana", "La Ruana"]),
        entity("bodyguards of Hipólito Mora", "PER", "MEX", ["drei Leibwächter"]),
        entity("Michoacán State Prosecutor's Office", "ORG", "MEX", ["die Staatsanwaltschaft",
                                                                     "Die Staatsanwaltschaft von Michoacán"]),
        entity("killers of Hipólito Mora", "PER", "MEX", ["Unbekannte Bewaffnete", "die Angreifer"]),
        entity("Knights Templar Cartel", "ORG", "MEX", ["das Kartell der Caballeros Templarios"]),
        entity("Mexican authorities", "ORG", "MEX", ["die Behörden"]),
        entity("Government of Michoacán", "ORG", "MEX", ["die Landesregierung"]),
        entity("Alfredo Ramírez Bedolla", "PER", "MEX", ["Gouverneur Alfredo Ramírez Bedolla"]),
        entity("Secretariat of National Defense of Mexico", "ORG", "MEX", ["Das Verteidigungsministerium",
                                                                           "rund 200 Soldaten"]),
        entity("Buenavista", "LOC", "MEX", ["die Gemeinde Buenavista"]),
        entity("Mexican opposition politicians", "PER", "MEX", ["Oppositionspolitiker"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX", ["Präsident Andrés Manuel López Obrador",
                                                             "López Obrador"]),
        entity("Diocese of Apatzingán", "ORG", "MEX", ["Die katholische Diözese Apatzingán"]),
        entity("Tierra Caliente", "LOC", "MEX", ["In der Region Tierra Caliente"]),
        entity("Mexican police", "ORG", "MEX", ["Die Polizei"]),
        entity("Mexican court", "ORG", "MEX", ["Ein Gericht"]),
    ],
}

# ---------------------------------------------------------------- hm474-en-01 (Chile, minister quits over pardons)
RIOS = actor("Marcela Ríos", "CHL", "GOV")
MEZA = actor("Matías Meza-Lopehandía", "CHL", "GOV")
BORIC = actor("Gabriel Boric", "CHL", "GOV")
UNREST_CONVICTS = actor("people convicted over the 2019 unrest", "CHL", "CVL")
MATELUNA = actor("Jorge Mateluna", "CHL", "CVL")
SANTIAGO_COURT = actor("Santiago court", "CHL", "JUD")
CHL_OPP = actor("Chilean opposition", "CHL", "OPP")
CHILE_VAMOS = actor("Chile Vamos", "CHL", "OPP")
CHL_GOV = actor("Government of Chile", "CHL", "GOV")
MACAYA = actor("Javier Macaya", "CHL", "PTY")
TOHA = actor("Carolina Tohá", "CHL", "GOV")
INDH = actor("National Human Rights Institute of Chile", "CHL", "NGO")
CARABINEROS = actor("Carabineros de Chile", "CHL", "COP")

E1 = ("SANTIAGO, Chile (AP) — Chile's justice minister resigned Saturday amid a growing backlash over President "
      "Gabriel Boric's pardons for people convicted of crimes during the 2019 social unrest.")
E2 = ("Marcela Ríos stepped down hours after Boric's chief of staff, Matías Meza-Lopehandía, also left his post over "
      "the handling of the pardons.")
E3 = "\"I take full responsibility for the errors in this process,\" Ríos said in a statement."
E4 = ("Boric pardoned 12 people jailed over the unrest and a former leftist guerrilla, Jorge Mateluna, on Dec. 30, "
      "freeing them from prison.")
E5 = "Several of those pardoned turned out to have prior convictions for theft and other crimes."
E6 = "A Santiago court had sentenced Mateluna to 16 years in prison for a 2013 bank robbery."
E7 = ("The conservative opposition had said it would file a constitutional accusation against Ríos, a procedure that "
      "could have barred her from public office for five years.")
E8 = "Opposition leaders also demanded that Boric revoke the pardons."
E9 = ("On Friday, the center-right Chile Vamos coalition suspended its participation in talks with the government on "
      "pension reform in protest.")
E10 = ("\"Trust has been broken,\" said Javier Macaya, the leader of the Independent Democratic Union, one of the "
       "coalition's parties.")
E11 = ("Boric defended the pardons as an act of justice but acknowledged that the vetting of the cases had been "
       "flawed.")
E12 = "He ruled out revoking them."
E13 = "\"The pardons stand,\" he told reporters at the La Moneda presidential palace."
E14 = ("Interior Minister Carolina Tohá said the government would review its pardon procedures together with the new "
       "justice minister.")
E15 = ("The pardons were one of Boric's campaign promises to the movement behind the months of mass protests over "
       "inequality and the cost of living in 2019.")
E16 = ("More than 30 people died during the unrest, and the National Human Rights Institute accused police of "
       "hundreds of cases of eye injuries caused by rubber bullets.")

EN01 = {
    "id": "hm474-en-01", "lang": "en", "url": None, "published": "2023-01-08",
    "title": "Chile's justice minister resigns over Boric's pardons for protest convicts",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6], [E7, E8, E9, E10], [E11, E12, E13, E14], [E15, E16]),
    "events": [
        event("RETREAT", RIOS, None, E1, mode="resign", date="2023-01-07", location="Santiago",
              location_country="CHL"),
        event("RETREAT", RIOS, None, E2, mode="resign", date="2023-01-07"),
        event("RETREAT", MEZA, None, E2, mode="resign"),
        event("CONCEDE", RIOS, None, E3),
        event("RETREAT", BORIC, UNREST_CONVICTS, E4, mode="release", date="2022-12-30"),
        event("RETREAT", BORIC, MATELUNA, E4, mode="release", date="2022-12-30"),
        event("SANCTION", SANTIAGO_COURT, MATELUNA, E6, mode="convict"),
        event("THREATEN", CHL_OPP, RIOS, E7),
        event("REQUEST", CHL_OPP, BORIC, E8, mode="change"),
        event("SANCTION", CHILE_VAMOS, CHL_GOV, E9, mode="discontinue", date="2023-01-06"),
        event("ACCUSE", MACAYA, CHL_GOV, E10, mode="disapprove"),
        event("CONCEDE", BORIC, None, E11),
        event("REJECT", BORIC, CHL_OPP, E12, mode="change"),
        event("REJECT", BORIC, CHL_OPP, E13, mode="change", location="La Moneda", location_country="CHL"),
        event("AGREE", TOHA, None, E14),
        event("ACCUSE", INDH, CARABINEROS, E16, mode="allege"),
    ],
    "quotes": [
        quote("I take full responsibility for the errors in this process", "Marcela Ríos", "direct"),
        quote("it would file a constitutional accusation against Ríos", "Chilean opposition", "indirect"),
        quote("that Boric revoke the pardons", "Chilean opposition", "indirect"),
        quote("Trust has been broken", "Javier Macaya", "direct"),
        quote("that the vetting of the cases had been flawed", "Gabriel Boric", "indirect"),
        quote("The pardons stand", "Gabriel Boric", "direct"),
        quote("the government would review its pardon procedures together with the new justice minister",
              "Carolina Tohá", "indirect"),
    ],
    "entities": [
        entity("Santiago", "LOC", "CHL", ["SANTIAGO", "Santiago"]),
        entity("Chile", "LOC", "CHL", ["Chile", "Chile's"]),
        entity("Marcela Ríos", "PER", "CHL", ["Chile's justice minister", "Marcela Ríos", "Ríos", "her"]),
        entity("Gabriel Boric", "PER", "CHL", ["President Gabriel Boric", "Boric's", "Boric", "He", "he"]),
        entity("Matías Meza-Lopehandía", "PER", "CHL", ["Boric's chief of staff, Matías Meza-Lopehandía"]),
        entity("people convicted over the 2019 unrest", "PER", "CHL",
               ["people convicted of crimes during the 2019 social unrest", "12 people jailed over the unrest",
                "those pardoned"]),
        entity("Jorge Mateluna", "PER", "CHL", ["a former leftist guerrilla, Jorge Mateluna", "Mateluna"]),
        entity("Santiago court", "ORG", "CHL", ["A Santiago court"]),
        entity("Chilean opposition", "ORG", "CHL", ["The conservative opposition", "Opposition leaders"]),
        entity("Chile Vamos", "ORG", "CHL", ["the center-right Chile Vamos coalition", "the coalition's"]),
        entity("Government of Chile", "ORG", "CHL", ["the government"]),
        entity("Javier Macaya", "PER", "CHL", ["Javier Macaya, the leader of the Independent Democratic Union"]),
        entity("Independent Democratic Union", "ORG", "CHL", ["the Independent Democratic Union"]),
        entity("La Moneda", "LOC", "CHL", ["the La Moneda presidential palace"]),
        entity("Carolina Tohá", "PER", "CHL", ["Interior Minister Carolina Tohá"]),
        entity("National Human Rights Institute of Chile", "ORG", "CHL", ["the National Human Rights Institute"]),
        entity("Carabineros de Chile", "ORG", "CHL", ["police"]),
    ],
}

# ---------------------------------------------------------------- hm474-en-02 (Nicaragua, bishop Mora detained)
NIC_POLICE = actor("National Police of Nicaragua", "NIC", "COP")
ISIDORO = actor("Isidoro Mora", "NIC", "REL")
ALVAREZ = actor("Rolando Álvarez", "NIC", "REL")
MANAGUA_COURT = actor("Managua court", "NIC", "JUD")
NIC_GOV = actor("Government of Nicaragua", "NIC", "GOV")
US_STATE = actor("United States Department of State", "USA", "GOV")
NICHOLS = actor("Brian Nichols", "USA", "GOV")
CELAM = actor("Latin American Episcopal Council", "NGO", "REL")
NIC_CHURCH = actor("Catholic Church in Nicaragua", "NIC", "REL")
ORTEGA = actor("Daniel Ortega", "NIC", "GOV")
NIC_SECURITY = actor("Nicaraguan security forces", "NIC", "COP")
NIC_PROTESTERS = actor("Nicaraguan protesters", "NIC", "CVL")
NIC_NGOS = actor("Nicaraguan nongovernmental organizations", "NIC", "NGO")
NIC_CLERGY = actor("Catholic priests and nuns in Nicaragua", "NIC", "REL")
HOLY_SEE = actor("Holy See", "VAT", "REL")

N1 = ("MEXICO CITY (AP) — Nicaraguan police have detained a Roman Catholic bishop who prayed for an imprisoned fellow "
      "bishop during Mass, a church researcher said Thursday.")
N2 = ("Bishop Isidoro Mora of the diocese of Siuna was taken away by officers Wednesday as he traveled to a "
      "confirmation service, according to Martha Patricia Molina, a Nicaraguan lawyer who documents attacks on the "
      "church from exile.")
N3 = "A day earlier, Mora had asked worshippers to pray for Bishop Rolando Álvarez, who has been held since August 2022."
N4 = ("\"We remain united in prayer with our brother Rolando,\" Mora said, according to a recording of the homily "
      "shared on social media.")
N5 = "Police did not say where the bishop was being held, and the government did not respond to requests for comment."
N6 = ("A Managua court sentenced Álvarez in February to 26 years in prison for treason after he refused to board a "
      "flight that carried 222 freed political prisoners to the United States.")
N7 = "The U.S. State Department condemned the detention and called for the immediate release of both bishops."
N8 = ("\"The Ortega-Murillo regime continues its assault on religious freedom,\" Assistant Secretary of State Brian "
      "Nichols wrote on X.")
N9 = ("The Latin American Episcopal Council, known as CELAM, expressed its solidarity with the Nicaraguan church.")
N10 = ("President Daniel Ortega has accused Catholic bishops of backing the 2018 mass protests, which his government "
       "considers a failed coup attempt.")
N11 = ("Security forces cracked down on those protests, killing more than 300 people, according to human rights "
       "groups.")
N12 = ("Since then, the government has closed thousands of nongovernmental organizations and expelled dozens of "
       "priests and nuns.")
N13 = ("Nicaragua expelled the Vatican's ambassador in March 2022 and suspended diplomatic relations with the Holy See "
       "a year later.")
N14 = "Molina said at least a dozen priests had been detained in December alone."

EN02 = {
    "id": "hm474-en-02", "lang": "en", "url": None, "published": "2023-12-22",
    "title": "Nicaraguan police detain bishop who prayed for jailed colleague",
    "text": paragraphs([N1, N2, N3, N4, N5], [N6, N7, N8, N9], [N10, N11, N12, N13], [N14]),
    "events": [
        event("COERCE", NIC_POLICE, ISIDORO, N1, mode="arrest", location_country="NIC"),
        event("COERCE", NIC_POLICE, ISIDORO, N2, mode="arrest", date="2023-12-20", location_country="NIC"),
        event("SUPPORT", ISIDORO, ALVAREZ, N3),
        event("SUPPORT", ISIDORO, ALVAREZ, N4),
        event("SANCTION", MANAGUA_COURT, ALVAREZ, N6, mode="convict"),
        event("REJECT", ALVAREZ, NIC_GOV, N6),
        event("ACCUSE", US_STATE, NIC_GOV, N7, mode="disapprove"),
        event("REQUEST", US_STATE, NIC_GOV, N7, mode="yield"),
        event("ACCUSE", NICHOLS, NIC_GOV, N8, mode="disapprove"),
        event("SUPPORT", CELAM, NIC_CHURCH, N9),
        event("ACCUSE", ORTEGA, NIC_CHURCH, N10, mode="allege"),
        event("ASSAULT", NIC_SECURITY, NIC_PROTESTERS, N11, location_country="NIC"),
        event("COERCE", NIC_GOV, NIC_NGOS, N12, mode="ban"),
        event("COERCE", NIC_GOV, NIC_CLERGY, N12, mode="deport"),
        event("SANCTION", NIC_GOV, HOLY_SEE, N13, mode="expel"),
        event("SANCTION", NIC_GOV, HOLY_SEE, N13, mode="discontinue"),
    ],
    "quotes": [
        quote("Nicaraguan police have detained a Roman Catholic bishop who prayed for an imprisoned fellow bishop "
              "during Mass", "Martha Patricia Molina", "indirect"),
        quote("Bishop Isidoro Mora of the diocese of Siuna was taken away by officers Wednesday as he traveled to a "
              "confirmation service", "Martha Patricia Molina", "indirect"),
        quote("We remain united in prayer with our brother Rolando", "Isidoro Mora", "direct"),
        quote("The Ortega-Murillo regime continues its assault on religious freedom", "Brian Nichols", "direct"),
        quote("Security forces cracked down on those protests, killing more than 300 people",
              "Nicaraguan human rights groups", "indirect"),
        quote("at least a dozen priests had been detained in December alone", "Martha Patricia Molina", "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["MEXICO CITY"]),
        entity("National Police of Nicaragua", "ORG", "NIC", ["Nicaraguan police", "officers", "Police"]),
        entity("Isidoro Mora", "PER", "NIC", ["a Roman Catholic bishop who prayed for an imprisoned fellow bishop "
                                              "during Mass", "Bishop Isidoro Mora of the diocese of Siuna", "he",
                                              "Mora", "the bishop"]),
        entity("Rolando Álvarez", "PER", "NIC", ["an imprisoned fellow bishop", "Bishop Rolando Álvarez",
                                                 "our brother Rolando", "Álvarez", "he"]),
        entity("Martha Patricia Molina", "PER", "NIC", ["a church researcher", "Martha Patricia Molina, a "
                                                        "Nicaraguan lawyer who documents attacks on the church from "
                                                        "exile", "Molina"]),
        entity("Diocese of Siuna", "ORG", "NIC", ["the diocese of Siuna"]),
        entity("Government of Nicaragua", "ORG", "NIC", ["the government", "The Ortega-Murillo regime",
                                                         "his government", "Nicaragua"]),
        entity("Managua court", "ORG", "NIC", ["A Managua court"]),
        entity("Nicaraguan political prisoners", "PER", "NIC", ["222 freed political prisoners"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("United States Department of State", "ORG", "USA", ["The U.S. State Department"]),
        entity("Brian Nichols", "PER", "USA", ["Assistant Secretary of State Brian Nichols"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Latin American Episcopal Council", "ORG", "NGO", ["The Latin American Episcopal Council, known as "
                                                                  "CELAM"]),
        entity("Catholic Church in Nicaragua", "ORG", "NIC", ["the church", "the Nicaraguan church",
                                                              "Catholic bishops"]),
        entity("Daniel Ortega", "PER", "NIC", ["President Daniel Ortega"]),
        entity("Nicaraguan security forces", "ORG", "NIC", ["Security forces"]),
        entity("Nicaraguan human rights groups", "ORG", "NIC", ["human rights groups"]),
        entity("Nicaraguan nongovernmental organizations", "ORG", "NIC",
               ["thousands of nongovernmental organizations"]),
        entity("Catholic priests and nuns in Nicaragua", "PER", "NIC", ["dozens of priests and nuns"]),
        entity("Holy See", "ORG", "VAT", ["the Holy See"]),
        entity("Vatican's ambassador", "PER", "VAT", ["the Vatican's ambassador"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
