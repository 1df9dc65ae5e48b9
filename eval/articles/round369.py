"""Round 369: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm369-de-01: Canada: Peel police arrest suspects and lay charges against nine people a year after the Pearson airport gold heist; warrants for three, among them ex-Air Canada manager Simran Preet Panesar whose lawyer says he will surrender, Air Canada employee Parmpal Sidhu held, joint probe with the ATF, the Pennsylvania gun arrest of Durante King-Mclean, cash and gold bracelets seized, Air Canada cooperates (2024-04-17).
- hm369-de-02: Mexico: the Supreme Court rules against Ricardo Salinas Pliego in the tax dispute and rejects Grupo Elektra's appeals; Salinas accuses the judges and the government and announces a complaint to the IACHR, Sheinbaum demands payment and accuses him of a media campaign, SAT chief Martínez Dagnino threatens seizures, Elektra offers talks (2025-11-14).
- hm369-de-03: Canada: Canada Post workers go on a nationwide strike after Minister Joël Lightbound orders an end to door-to-door delivery; CUPW and Jan Simpson accuse the government and demand a reversal, Canada Post offers talks, the CFIB asks for back-to-work legislation, NDP interim leader Don Davies backs the strikers and attacks Carney, last winter's strike and MacKinnon's referral to the CIRB recalled (2025-09-26).
- hm369-de-04: United States: the Trump administration demands a $1 billion settlement from UCLA over antisemitism allegations after freezing $584 million in grants; the 2024 encampment arrests recalled, Milliken and Newsom object and Newsom threatens to sue, Judge Rita Lin orders NSF grants restored, Frenk offers talks, UCLA's settlement with Jewish plaintiffs and the Columbia and Brown deals recalled (2025-08-13).
- hm369-en-01: Canada/United States: Pakistani national Muhammad Shahzeb Khan arrested by the RCMP in Ormstown, Quebec, and charged in New York with plotting an ISIS-inspired mass shooting at a Jewish center; Washington seeks extradition, Garland and Wray praise the cooperation, Trudeau thanks the RCMP, Poilievre attacks the government's vetting and Miller defends it, CIJA asks for security funding, a Montreal judge orders him held, Pakistan seeks consular access (2024-09-06).
- hm369-en-02: United States: the Justice Department sues Maine over transgender girls in girls' sports; Bondi and Mills trade accusations, Trump's February funding threat and Mills' "See you in court", the USDA funding freeze, the Education Department's finding, Frey's lawsuit and the Bangor court order, Trump's demand for an apology refused, the Maine House censure of Laurel Libby and her lawsuit (2025-04-16).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm369-de-01 (Canada, Pearson gold heist arrests)
PEEL = actor("Peel Regional Police", "CAN", "COP")
GOLD_SUSPECTS = actor("suspects in the Pearson airport gold heist", "CAN", "CVL")
WANTED_SUSPECTS = actor("three wanted suspects in the Pearson airport gold heist", "CAN", "CVL")
SIDHU = actor("Parmpal Sidhu", "CAN", "CVL")
PANESAR = actor("Simran Preet Panesar", "CAN", "CVL")
ATF = actor("Bureau of Alcohol, Tobacco, Firearms and Explosives", "USA", "COP")
PA_POLICE = actor("Pennsylvania State Police", "USA", "COP")
KING_MCLEAN = actor("Durante King-Mclean", "CAN", "CVL")
AIR_CANADA = actor("Air Canada", "CAN", "BUS")

G1 = ("Toronto (dpa) - Ein Jahr nach dem spektakulären Golddiebstahl am Flughafen Toronto-Pearson hat die kanadische "
      "Polizei mehrere Verdächtige festgenommen.")
G2 = ("Insgesamt seien neun Personen angeklagt worden, darunter zwei Mitarbeiter der Fluggesellschaft Air Canada, "
      "teilte die Polizei der Region Peel am Mittwoch bei einer Pressekonferenz mit.")
G3 = "Fünf Männer wurden im Großraum Toronto festgenommen, nach drei weiteren wird mit Haftbefehl gefahndet."
G4 = ("Am 17. April 2023 waren 6600 Goldbarren mit einem Gesamtgewicht von rund 400 Kilogramm sowie Devisen im Wert "
      "von 2,5 Millionen US-Dollar aus einem Frachtlager von Air Canada am Flughafen verschwunden.")
G5 = "Die Fracht war kurz zuvor mit einer Maschine aus Zürich eingetroffen."
G6 = ("Der Wert des Goldes wird auf mehr als 20 Millionen kanadische Dollar (rund 13,7 Millionen Euro) "
      "geschätzt.")
G7 = ("Nach Angaben der Ermittler hatten die Täter mit einem gefälschten Frachtbrief einen Lastwagen zum Lager "
      "geschickt und die Ladung einfach abgeholt.")
G8 = "Unter den Festgenommenen ist der 54-jährige Air-Canada-Mitarbeiter Parmpal Sidhu."
G9 = ("Gegen den 31-jährigen Simran Preet Panesar, der damals als Manager im Frachtbereich der Fluggesellschaft "
      "arbeitete, liegt ein Haftbefehl vor.")
G10 = "Sein Anwalt kündigte an, Panesar werde sich in den kommenden Tagen der Polizei stellen."
G11 = "„Das klingt wie ein Drehbuch aus Hollywood, aber es ist die Realität“, sagte Polizeichef Nishan Duraiappah."
G12 = ("Die Ermittlungen seien gemeinsam mit der US-Behörde für Alkohol, Tabak, Schusswaffen und Sprengstoffe (ATF) "
       "geführt worden, sagte der Polizeichef.")
G13 = ("Ein Teil des Erlöses soll für den Kauf von Schusswaffen in den USA verwendet worden sein, die nach Kanada "
       "geschmuggelt werden sollten.")
G14 = ("Ein neunter Beschuldigter, der 25-jährige Durante King-Mclean, war bereits im September im US-Bundesstaat "
       "Pennsylvania festgenommen worden, als Polizisten bei einer Verkehrskontrolle 65 Schusswaffen in seinem "
       "Mietwagen fanden.")
G15 = ("Bei Durchsuchungen stellten die Ermittler 434.000 Dollar Bargeld sowie sechs Goldarmreifen sicher, die aus dem "
       "eingeschmolzenen Diebesgut stammen sollen.")
G16 = ("Der Großteil des Goldes sei vermutlich eingeschmolzen und ins Ausland gebracht worden, sagte "
       "Ermittlungsleiter Mike Mavity.")
G17 = "Air Canada erklärte, man arbeite weiterhin eng mit den Behörden zusammen."

DE01 = {
    "id": "hm369-de-01", "lang": "de", "url": None, "published": "2024-04-17",
    "title": "Festnahmen nach spektakulärem Golddiebstahl am Flughafen Toronto",
    "text": paragraphs([G1, G2, G3], [G4, G5, G6, G7], [G8, G9, G10], [G11, G12, G13, G14], [G15, G16, G17]),
    "events": [
        event("COERCE", PEEL, GOLD_SUSPECTS, G1, mode="arrest", location_country="CAN"),
        event("ACCUSE", PEEL, GOLD_SUSPECTS, G2, mode="allege", date="2024-04-17"),
        event("COERCE", PEEL, GOLD_SUSPECTS, G3, mode="arrest", location="Toronto", location_country="CAN"),
        event("THREATEN", PEEL, WANTED_SUSPECTS, G3, mode="arrest"),
        event("ACCUSE", PEEL, GOLD_SUSPECTS, G7, mode="allege"),
        event("COERCE", PEEL, SIDHU, G8, mode="arrest"),
        event("THREATEN", PEEL, PANESAR, G9, mode="arrest"),
        event("CONCEDE", PANESAR, PEEL, G10),
        event("COOPERATE", PEEL, ATF, G12),
        event("COERCE", PA_POLICE, KING_MCLEAN, G14, mode="arrest", location="Pennsylvania",
              location_country="USA"),
        event("COERCE", PEEL, GOLD_SUSPECTS, G15, mode="seize"),
        event("COOPERATE", AIR_CANADA, PEEL, G17),
    ],
    "quotes": [
        quote("Insgesamt seien neun Personen angeklagt worden, darunter zwei Mitarbeiter der Fluggesellschaft Air "
              "Canada", "Peel Regional Police", "indirect"),
        quote("Nach Angaben der Ermittler hatten die Täter mit einem gefälschten Frachtbrief einen Lastwagen zum Lager "
              "geschickt und die Ladung einfach abgeholt", "Peel Regional Police", "indirect"),
        quote("Panesar werde sich in den kommenden Tagen der Polizei stellen", "lawyer of Simran Preet Panesar",
              "indirect"),
        quote("Das klingt wie ein Drehbuch aus Hollywood, aber es ist die Realität", "Nishan Duraiappah", "direct"),
        quote("Die Ermittlungen seien gemeinsam mit der US-Behörde für Alkohol, Tabak, Schusswaffen und Sprengstoffe "
              "(ATF) geführt worden", "Nishan Duraiappah", "indirect"),
        quote("Der Großteil des Goldes sei vermutlich eingeschmolzen und ins Ausland gebracht worden", "Mike Mavity",
              "indirect"),
        quote("man arbeite weiterhin eng mit den Behörden zusammen", "Air Canada", "indirect"),
    ],
    "entities": [
        entity("Toronto", "LOC", "CAN", ["Toronto", "im Großraum Toronto"]),
        entity("Toronto Pearson International Airport", "LOC", "CAN", ["Flughafen Toronto-Pearson",
                                                                       "am Flughafen"]),
        entity("Peel Regional Police", "ORG", "CAN", ["die kanadische Polizei", "die Polizei der Region Peel",
                                                      "der Ermittler", "der Polizei", "die Ermittler"]),
        entity("suspects in the Pearson airport gold heist", "PER", "CAN", ["mehrere Verdächtige", "neun Personen",
                                                                           "Fünf Männer", "die Täter",
                                                                           "den Festgenommenen"]),
        entity("three wanted suspects in the Pearson airport gold heist", "PER", "CAN", ["drei weiteren"]),
        entity("Air Canada", "ORG", "CAN", ["der Fluggesellschaft Air Canada", "Air Canada",
                                            "der Fluggesellschaft"]),
        entity("Zurich", "LOC", "CHE", ["Zürich"]),
        entity("Parmpal Sidhu", "PER", "CAN", ["der 54-jährige Air-Canada-Mitarbeiter Parmpal Sidhu"]),
        entity("Simran Preet Panesar", "PER", "CAN", ["den 31-jährigen Simran Preet Panesar", "Panesar"]),
        entity("lawyer of Simran Preet Panesar", "PER", "CAN", ["Sein Anwalt"]),
        entity("Hollywood", "LOC", "USA", ["Hollywood"]),
        entity("Nishan Duraiappah", "PER", "CAN", ["Polizeichef Nishan Duraiappah", "der Polizeichef"]),
        entity("Bureau of Alcohol, Tobacco, Firearms and Explosives", "ORG", "USA",
               ["der US-Behörde für Alkohol, Tabak, Schusswaffen und Sprengstoffe (ATF)"]),
        entity("United States", "LOC", "USA", ["den USA"]),
        entity("Canada", "LOC", "CAN", ["Kanada"]),
        entity("Durante King-Mclean", "PER", "CAN", ["Ein neunter Beschuldigter, der 25-jährige Durante "
                                                      "King-Mclean"]),
        entity("Pennsylvania", "LOC", "USA", ["US-Bundesstaat Pennsylvania"]),
        entity("Pennsylvania State Police", "ORG", "USA", ["Polizisten"]),
        entity("Mike Mavity", "PER", "CAN", ["Ermittlungsleiter Mike Mavity"]),
    ],
}

# ---------------------------------------------------------------- hm369-de-02 (Mexico, Salinas Pliego tax ruling)
SCJN = actor("Supreme Court of Justice of the Nation", "MEX", "JUD")
SALINAS = actor("Ricardo Salinas Pliego", "MEX", "BUS")
ELEKTRA = actor("Grupo Elektra", "MEX", "BUS")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
MARTINEZ_DAGNINO = actor("Antonio Martínez Dagnino", "MEX", "GOV")
SAT = actor("Tax Administration Service", "MEX", "GOV")

R1 = ("Mexiko-Stadt (dpa) - Mexikos Oberster Gerichtshof hat einen jahrelangen Steuerstreit mit dem Milliardär "
      "Ricardo Salinas Pliego zugunsten des Staates entschieden.")
R2 = ("Die Richter wiesen am Donnerstag mehrere Beschwerden seines Handelskonzerns Grupo Elektra gegen Nachforderungen "
      "der Steuerbehörde SAT zurück.")
R3 = ("Nach Angaben der Behörde muss das Unternehmen damit mehr als 48 Milliarden Pesos (rund 2,2 Milliarden Euro) an "
      "Steuern, Zuschlägen und Strafen zahlen.")
R4 = "Es ist eine der höchsten Steuerforderungen in der Geschichte des Landes."
R5 = ("Salinas Pliego, dem unter anderem der Fernsehsender TV Azteca und die Bank Banco Azteca gehören, reagierte mit "
      "scharfer Kritik.")
R6 = "Auf der Plattform X warf der 70-Jährige den Richtern vor, auf Anweisung des Regierungspalastes zu handeln."
R7 = "„Das ist keine Justiz, das ist ein Raubzug der Regierung“, schrieb er."
R8 = "Er kündigte an, den Fall vor die Interamerikanische Menschenrechtskommission (CIDH) zu bringen."
R9 = "Präsidentin Claudia Sheinbaum forderte den Unternehmer auf, seine Schulden ohne weitere Verzögerung zu begleichen."
R10 = "„In Mexiko zahlen alle ihre Steuern, auch die Reichsten“, sagte sie bei ihrer morgendlichen Pressekonferenz."
R11 = "Von politischer Verfolgung könne keine Rede sein."
R12 = ("Der Leiter der Steuerbehörde, Antonio Martínez Dagnino, kündigte an, notfalls Konten und Vermögenswerte des "
       "Konzerns pfänden zu lassen.")
R13 = ("Grupo Elektra teilte mit, man werde die Entscheidung prüfen und weiter eine „faire Lösung“ mit den Behörden "
       "suchen.")
R14 = "Sheinbaum und Salinas Pliego liefern sich seit Monaten einen offenen Schlagabtausch."
R15 = ("Die Präsidentin hatte dem Unternehmer erst in dieser Woche vorgeworfen, seine Sender für eine Kampagne gegen "
       "die Regierung zu nutzen.")
R16 = "Salinas Pliego hat mehrfach angedeutet, 2030 selbst für das Präsidentenamt kandidieren zu wollen."
R17 = "Die neun Mitglieder des Gerichts waren im Juni erstmals vom Volk gewählt worden."
R18 = "Gerichtspräsident Hugo Aguilar Ortiz erklärte, die Kammer habe allein nach Recht und Gesetz entschieden."

DE02 = {
    "id": "hm369-de-02", "lang": "de", "url": None, "published": "2025-11-14",
    "title": "Mexikos Oberster Gerichtshof entscheidet Steuerstreit gegen Salinas Pliego",
    "text": paragraphs([R1, R2, R3, R4], [R5, R6, R7, R8], [R9, R10, R11, R12, R13], [R14, R15, R16],
                       [R17, R18]),
    "events": [
        event("SANCTION", SCJN, SALINAS, R1, mode="convict", location_country="MEX"),
        event("REJECT", SCJN, ELEKTRA, R2, date="2025-11-13"),
        event("ACCUSE", SALINAS, SCJN, R5, mode="disapprove"),
        event("ACCUSE", SALINAS, SCJN, R6, mode="allege"),
        event("ACCUSE", SALINAS, MEX_GOV, R7, mode="disapprove"),
        event("THREATEN", SALINAS, MEX_GOV, R8),
        event("REQUEST", SHEINBAUM, SALINAS, R9),
        event("THREATEN", MARTINEZ_DAGNINO, ELEKTRA, R12),
        event("AGREE", ELEKTRA, SAT, R13, mode="meet"),
        event("ACCUSE", SHEINBAUM, SALINAS, R15, mode="allege"),
    ],
    "quotes": [
        quote("Nach Angaben der Behörde muss das Unternehmen damit mehr als 48 Milliarden Pesos (rund 2,2 Milliarden "
              "Euro) an Steuern, Zuschlägen und Strafen zahlen", "Tax Administration Service", "indirect"),
        quote("auf Anweisung des Regierungspalastes zu handeln", "Ricardo Salinas Pliego", "indirect"),
        quote("Das ist keine Justiz, das ist ein Raubzug der Regierung", "Ricardo Salinas Pliego", "direct"),
        quote("In Mexiko zahlen alle ihre Steuern, auch die Reichsten", "Claudia Sheinbaum", "direct"),
        quote("Von politischer Verfolgung könne keine Rede sein", "Claudia Sheinbaum", "indirect"),
        quote("man werde die Entscheidung prüfen und weiter eine „faire Lösung“ mit den Behörden suchen",
              "Grupo Elektra", "indirect"),
        quote("faire Lösung", "Grupo Elektra", "direct"),
        quote("seine Sender für eine Kampagne gegen die Regierung zu nutzen", "Claudia Sheinbaum", "indirect"),
        quote("die Kammer habe allein nach Recht und Gesetz entschieden", "Hugo Aguilar Ortiz", "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt"]),
        entity("Mexico", "LOC", "MEX", ["Mexikos", "des Staates", "des Landes", "In Mexiko"]),
        entity("Supreme Court of Justice of the Nation", "ORG", "MEX", ["Mexikos Oberster Gerichtshof", "Die Richter",
                                                                       "den Richtern", "des Gerichts",
                                                                       "die Kammer"]),
        entity("Ricardo Salinas Pliego", "PER", "MEX", ["dem Milliardär Ricardo Salinas Pliego", "Salinas Pliego",
                                                        "der 70-Jährige", "den Unternehmer", "dem Unternehmer"]),
        entity("Grupo Elektra", "ORG", "MEX", ["seines Handelskonzerns Grupo Elektra", "das Unternehmen",
                                               "des Konzerns", "Grupo Elektra"]),
        entity("Tax Administration Service", "ORG", "MEX", ["der Steuerbehörde SAT", "der Behörde",
                                                            "der Steuerbehörde", "den Behörden"]),
        entity("TV Azteca", "ORG", "MEX", ["der Fernsehsender TV Azteca"]),
        entity("Banco Azteca", "ORG", "MEX", ["die Bank Banco Azteca"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Government of Mexico", "ORG", "MEX", ["des Regierungspalastes", "der Regierung", "die Regierung"]),
        entity("Inter-American Commission on Human Rights", "ORG", "IGO",
               ["die Interamerikanische Menschenrechtskommission (CIDH)"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Präsidentin Claudia Sheinbaum", "sie", "Sheinbaum",
                                                   "Die Präsidentin"]),
        entity("Antonio Martínez Dagnino", "PER", "MEX", ["Der Leiter der Steuerbehörde, Antonio Martínez Dagnino"]),
        entity("Hugo Aguilar Ortiz", "PER", "MEX", ["Gerichtspräsident Hugo Aguilar Ortiz"]),
    ],
}

# ---------------------------------------------------------------- hm369-de-03 (Canada, Canada Post strike)
CUPW = actor("Canadian Union of Postal Workers", "CAN", "LAB")
CANADA_POST = actor("Canada Post", "CAN", "BUS")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
LIGHTBOUND = actor("Joël Lightbound", "CAN", "GOV")
SIMPSON = actor("Jan Simpson", "CAN", "LAB")
CFIB = actor("Canadian Federation of Independent Business", "CAN", "BUS")
DAVIES = actor("Don Davies", "CAN", "OPP")
CARNEY = actor("Mark Carney", "CAN", "GOV")
MACKINNON = actor("Steven MacKinnon", "CAN", "GOV")
CIRB = actor("Canada Industrial Relations Board", "CAN", "GOV")

P1 = "Ottawa (dpa) - Die Beschäftigten der kanadischen Post sind in einen landesweiten Streik getreten."
P2 = ("Die Gewerkschaft der Postangestellten CUPW, die rund 55.000 Mitarbeiter von Canada Post vertritt, rief den "
      "Ausstand am Donnerstagabend aus.")
P3 = ("Wenige Stunden zuvor hatte die Regierung von Premierminister Mark Carney einen tiefgreifenden Umbau des "
      "defizitären Staatsunternehmens angekündigt.")
P4 = ("Der zuständige Minister Joël Lightbound wies Canada Post an, die Briefzustellung an die Haustür schrittweise "
      "abzuschaffen und durch Gemeinschaftsbriefkästen zu ersetzen.")
P5 = "Zudem darf das Unternehmen künftig auch Postfilialen in ländlichen Gebieten schließen, was seit 1994 untersagt war."
P6 = ("Canada Post sei „praktisch insolvent“ und habe allein im vergangenen Jahr mehr als 1,3 Milliarden kanadische "
      "Dollar Verlust gemacht, sagte Lightbound.")
P7 = "Die Gewerkschaft warf der Regierung vor, den öffentlichen Postdienst zu zerschlagen."
P8 = ("„Das ist ein Angriff auf unsere Arbeitsplätze und auf jede Gemeinde in diesem Land“, sagte CUPW-Präsidentin "
      "Jan Simpson.")
P9 = "Sie forderte Lightbound auf, die Pläne zurückzunehmen."
P10 = "Canada Post erklärte, man sei jederzeit zu Gesprächen mit der Gewerkschaft bereit."
P11 = ("Während des Streiks werden keine neuen Sendungen angenommen; Renten- und Sozialhilfeschecks sollen aber weiter "
       "zugestellt werden.")
P12 = "Der Mittelstandsverband CFIB forderte die Regierung auf, den Streik notfalls per Gesetz zu beenden."
P13 = ("Viele kleine Firmen hätten sich vom letzten Ausstand noch nicht erholt, erklärte Verbandschef Dan "
       "Kelly.")
P14 = ("Der Übergangschef der Neuen Demokratischen Partei, Don Davies, stellte sich dagegen hinter die "
       "Streikenden.")
P15 = "Er warf Carney vor, die Post kaputtzusparen, statt sie zu modernisieren."
P16 = "Die Postangestellten hatten bereits im November und Dezember vergangenen Jahres vier Wochen lang gestreikt."
P17 = ("Der damalige Arbeitsminister Steven MacKinnon hatte schließlich die Arbeitsbehörde CIRB angewiesen, die "
       "Beschäftigten an ihre Arbeitsplätze zurückzuschicken.")

DE03 = {
    "id": "hm369-de-03", "lang": "de", "url": None, "published": "2025-09-26",
    "title": "Kanadas Postangestellte streiken gegen Ende der Hauszustellung",
    "text": paragraphs([P1, P2, P3, P4, P5, P6], [P7, P8, P9, P10, P11], [P12, P13, P14, P15], [P16, P17]),
    "events": [
        event("PROTEST", CUPW, CANADA_POST, P1, mode="strike", location_country="CAN"),
        event("PROTEST", CUPW, CANADA_POST, P2, mode="strike", date="2025-09-25"),
        event("REQUEST", LIGHTBOUND, CANADA_POST, P4, mode="change"),
        event("ACCUSE", CUPW, CAN_GOV, P7, mode="allege"),
        event("ACCUSE", SIMPSON, CAN_GOV, P8, mode="disapprove"),
        event("REQUEST", SIMPSON, LIGHTBOUND, P9, mode="change"),
        event("AGREE", CANADA_POST, CUPW, P10, mode="meet"),
        event("REQUEST", CFIB, CAN_GOV, P12, mode="change"),
        event("SUPPORT", DAVIES, CUPW, P14),
        event("ACCUSE", DAVIES, CARNEY, P15, mode="allege"),
        event("PROTEST", CUPW, CANADA_POST, P16, mode="strike"),
        event("REQUEST", MACKINNON, CIRB, P17),
    ],
    "quotes": [
        quote("praktisch insolvent", "Joël Lightbound", "direct"),
        quote("Canada Post sei „praktisch insolvent“ und habe allein im vergangenen Jahr mehr als 1,3 Milliarden "
              "kanadische Dollar Verlust gemacht", "Joël Lightbound", "indirect"),
        quote("den öffentlichen Postdienst zu zerschlagen", "Canadian Union of Postal Workers", "indirect"),
        quote("Das ist ein Angriff auf unsere Arbeitsplätze und auf jede Gemeinde in diesem Land", "Jan Simpson",
              "direct"),
        quote("man sei jederzeit zu Gesprächen mit der Gewerkschaft bereit", "Canada Post", "indirect"),
        quote("Viele kleine Firmen hätten sich vom letzten Ausstand noch nicht erholt", "Dan Kelly", "indirect"),
        quote("die Post kaputtzusparen, statt sie zu modernisieren", "Don Davies", "indirect"),
    ],
    "entities": [
        entity("Ottawa", "LOC", "CAN", ["Ottawa"]),
        entity("Canada Post", "ORG", "CAN", ["der kanadischen Post", "Canada Post", "des defizitären "
                                                                                   "Staatsunternehmens",
                                             "das Unternehmen", "die Post"]),
        entity("Canadian Union of Postal Workers", "ORG", "CAN", ["Die Gewerkschaft der Postangestellten CUPW",
                                                                  "Die Gewerkschaft", "der Gewerkschaft", "CUPW",
                                                                  "Die Beschäftigten", "die Streikenden",
                                                                  "Die Postangestellten"]),
        entity("Government of Canada", "ORG", "CAN", ["die Regierung von Premierminister Mark Carney",
                                                      "der Regierung", "die Regierung"]),
        entity("Mark Carney", "PER", "CAN", ["Premierminister Mark Carney", "Carney"]),
        entity("Joël Lightbound", "PER", "CAN", ["Der zuständige Minister Joël Lightbound", "Lightbound"]),
        entity("Canada", "LOC", "CAN", ["in diesem Land"]),
        entity("Jan Simpson", "PER", "CAN", ["CUPW-Präsidentin Jan Simpson", "Sie"]),
        entity("Canadian Federation of Independent Business", "ORG", "CAN", ["Der Mittelstandsverband CFIB"]),
        entity("Dan Kelly", "PER", "CAN", ["Verbandschef Dan Kelly"]),
        entity("New Democratic Party", "ORG", "CAN", ["der Neuen Demokratischen Partei"]),
        entity("Don Davies", "PER", "CAN", ["Der Übergangschef der Neuen Demokratischen Partei, Don Davies", "Er"]),
        entity("Steven MacKinnon", "PER", "CAN", ["Der damalige Arbeitsminister Steven MacKinnon"]),
        entity("Canada Industrial Relations Board", "ORG", "CAN", ["die Arbeitsbehörde CIRB"]),
    ],
}

# ---------------------------------------------------------------- hm369-de-04 (United States, UCLA $1bn demand)
USA_GOV = actor("Government of the United States", "USA", "GOV")
UCLA = actor("University of California, Los Angeles", "USA", "EDU")
US_DOJ = actor("United States Department of Justice", "USA", "GOV")
LA_POLICE = actor("police in Los Angeles", "USA", "COP")
UCLA_PROTESTERS = actor("pro-Palestinian protesters at UCLA", "USA", "CVL")
MILLIKEN = actor("James Milliken", "USA", "EDU")
NEWSOM = actor("Gavin Newsom", "USA", "GOV")
ND_CAL_COURT = actor("United States District Court for the Northern District of California", "USA", "JUD")
RITA_LIN = actor("Rita Lin", "USA", "JUD")
NSF = actor("National Science Foundation", "USA", "GOV")
FRENK = actor("Julio Frenk", "USA", "EDU")
UCLA_PLAINTIFFS = actor("Jewish students and lecturer who sued UCLA", "USA", "CVL")
COLUMBIA = actor("Columbia University", "USA", "EDU")
BROWN = actor("Brown University", "USA", "EDU")

U1 = ("Los Angeles (dpa) - Die US-Regierung verlangt von der Universität UCLA im Streit um Antisemitismus-Vorwürfe eine "
      "Zahlung von einer Milliarde Dollar (rund 860 Millionen Euro).")
U2 = ("Das geht aus einem Vergleichsvorschlag des Justizministeriums hervor, der am Freitag bei der Leitung der "
      "University of California eingegangen war.")
U3 = ("Zusätzlich fordert das Ministerium 172 Millionen Dollar für einen Fonds, aus dem Betroffene von Diskriminierung "
      "entschädigt werden sollen.")
U4 = ("Bereits Ende Juli hatte die Regierung von Präsident Donald Trump Forschungsgelder der Hochschule in Höhe von "
      "rund 584 Millionen Dollar eingefroren.")
U5 = ("Das Justizministerium wirft der UCLA vor, jüdische und israelische Studierende während der pro-palästinensischen "
      "Proteste im Frühjahr 2024 nicht ausreichend vor Belästigungen geschützt zu haben.")
U6 = "Polizisten hatten damals ein Protestlager auf dem Campus geräumt und mehr als 200 Menschen festgenommen."
U7 = "Der Präsident der University of California, James Milliken, kritisierte die Forderung scharf."
U8 = ("Eine Zahlung in dieser Höhe würde das größte öffentliche Hochschulsystem des Landes „völlig zerstören“, "
      "erklärte er.")
U9 = "Kaliforniens Gouverneur Gavin Newsom sprach von „Erpressung“."
U10 = "Der Bundesstaat werde sich mit allen Mitteln wehren und notfalls klagen, sagte der Demokrat."
U11 = ("Ein Bundesgericht in San Francisco ordnete unterdessen an, mehr als 300 eingefrorene Zuschüsse der "
       "Nationalen Wissenschaftsstiftung NSF für UCLA-Forscher wieder freizugeben.")
U12 = "Die Streichung der Gelder verstoße gegen eine frühere Anordnung des Gerichts, erklärte Richterin Rita Lin."
U13 = ("UCLA-Rektor Julio Frenk sagte, die Universität sei zu Gesprächen mit Washington bereit, werde ihre "
       "Unabhängigkeit aber nicht aufgeben.")
U14 = ("Die Hochschule hatte sich erst Ende Juli in einem Vergleich verpflichtet, rund sechs Millionen Dollar an drei "
       "jüdische Studierende und eine Dozentin zu zahlen.")
U15 = "Diese hatten der Universität vorgeworfen, antisemitische Übergriffe auf dem Campus geduldet zu haben."
U16 = ("Die Regierung hatte zuvor mit den Eliteuniversitäten Columbia und Brown Vergleiche über 200 beziehungsweise 50 "
       "Millionen Dollar geschlossen.")
U17 = "Im Gegenzug erhielten beide Hochschulen eingefrorene Bundesmittel zurück."

DE04 = {
    "id": "hm369-de-04", "lang": "de", "url": None, "published": "2025-08-13",
    "title": "US-Regierung fordert eine Milliarde Dollar von der UCLA",
    "text": paragraphs([U1, U2, U3, U4], [U5, U6], [U7, U8, U9, U10], [U11, U12, U13], [U14, U15, U16, U17]),
    "events": [
        event("REQUEST", USA_GOV, UCLA, U1),
        event("REQUEST", US_DOJ, UCLA, U3),
        event("SANCTION", USA_GOV, UCLA, U4, mode="withdraw"),
        event("ACCUSE", US_DOJ, UCLA, U5, mode="allege"),
        event("COERCE", LA_POLICE, UCLA_PROTESTERS, U6, mode="arrest", location="Los Angeles",
              location_country="USA"),
        event("ACCUSE", MILLIKEN, USA_GOV, U7, mode="disapprove"),
        event("ACCUSE", NEWSOM, USA_GOV, U9, mode="disapprove"),
        event("THREATEN", NEWSOM, USA_GOV, U10),
        event("REQUEST", ND_CAL_COURT, NSF, U11, mode="yield", location="San Francisco", location_country="USA"),
        event("SANCTION", RITA_LIN, NSF, U12, mode="convict"),
        event("AGREE", FRENK, USA_GOV, U13, mode="meet"),
        event("AGREE", UCLA, UCLA_PLAINTIFFS, U14),
        event("ACCUSE", UCLA_PLAINTIFFS, UCLA, U15, mode="allege"),
        event("AGREE", USA_GOV, COLUMBIA, U16),
        event("AGREE", USA_GOV, BROWN, U16),
        event("RETREAT", USA_GOV, COLUMBIA, U17),
        event("RETREAT", USA_GOV, BROWN, U17),
    ],
    "quotes": [
        quote("jüdische und israelische Studierende während der pro-palästinensischen Proteste im Frühjahr 2024 nicht "
              "ausreichend vor Belästigungen geschützt zu haben", "United States Department of Justice", "indirect"),
        quote("Eine Zahlung in dieser Höhe würde das größte öffentliche Hochschulsystem des Landes „völlig zerstören“",
              "James Milliken", "indirect"),
        quote("völlig zerstören", "James Milliken", "direct"),
        quote("Erpressung", "Gavin Newsom", "direct"),
        quote("Der Bundesstaat werde sich mit allen Mitteln wehren und notfalls klagen", "Gavin Newsom", "indirect"),
        quote("Die Streichung der Gelder verstoße gegen eine frühere Anordnung des Gerichts", "Rita Lin", "indirect"),
        quote("die Universität sei zu Gesprächen mit Washington bereit, werde ihre Unabhängigkeit aber nicht aufgeben",
              "Julio Frenk", "indirect"),
        quote("antisemitische Übergriffe auf dem Campus geduldet zu haben", "Jewish students and lecturer who sued UCLA",
              "indirect"),
    ],
    "entities": [
        entity("Los Angeles", "LOC", "USA", ["Los Angeles"]),
        entity("Government of the United States", "ORG", "USA", ["Die US-Regierung", "die Regierung von Präsident "
                                                                 "Donald Trump", "Washington", "Die Regierung"]),
        entity("University of California, Los Angeles", "ORG", "USA", ["der Universität UCLA", "der Hochschule",
                                                                       "der UCLA", "die Universität",
                                                                       "Die Hochschule", "der Universität"]),
        entity("United States Department of Justice", "ORG", "USA", ["des Justizministeriums", "das Ministerium",
                                                                     "Das Justizministerium"]),
        entity("University of California", "ORG", "USA", ["der University of California",
                                                           "das größte öffentliche Hochschulsystem des Landes"]),
        entity("Donald Trump", "PER", "USA", ["Präsident Donald Trump"]),
        entity("police in Los Angeles", "ORG", "USA", ["Polizisten"]),
        entity("pro-Palestinian protesters at UCLA", "PER", "USA", ["mehr als 200 Menschen"]),
        entity("James Milliken", "PER", "USA", ["Der Präsident der University of California, James Milliken", "er"]),
        entity("California", "LOC", "USA", ["Kaliforniens", "Der Bundesstaat"]),
        entity("Gavin Newsom", "PER", "USA", ["Kaliforniens Gouverneur Gavin Newsom", "der Demokrat"]),
        entity("United States District Court for the Northern District of California", "ORG", "USA",
               ["Ein Bundesgericht in San Francisco", "des Gerichts"]),
        entity("San Francisco", "LOC", "USA", ["San Francisco"]),
        entity("National Science Foundation", "ORG", "USA", ["der Nationalen Wissenschaftsstiftung NSF"]),
        entity("Rita Lin", "PER", "USA", ["Richterin Rita Lin"]),
        entity("Julio Frenk", "PER", "USA", ["UCLA-Rektor Julio Frenk"]),
        entity("Jewish students and lecturer who sued UCLA", "PER", "USA", ["drei jüdische Studierende und eine "
                                                                           "Dozentin", "Diese"]),
        entity("Columbia University", "ORG", "USA", ["Columbia"]),
        entity("Brown University", "ORG", "USA", ["Brown"]),
    ],
}

# ---------------------------------------------------------------- hm369-en-01 (Canada/US, Shahzeb Khan plot)
US_DOJ_K = actor("United States Department of Justice", "USA", "GOV")
KHAN = actor("Muhammad Shahzeb Khan", "PAK", "CVL")
RCMP = actor("Royal Canadian Mounted Police", "CAN", "COP")
SDNY = actor("United States Attorney's Office for the Southern District of New York", "USA", "JUD")
USA_GOV_K = actor("Government of the United States", "USA", "GOV")
CAN_GOV_K = actor("Government of Canada", "CAN", "GOV")
GARLAND = actor("Merrick Garland", "USA", "GOV")
FBI = actor("Federal Bureau of Investigation", "USA", "COP")
TRUDEAU = actor("Justin Trudeau", "CAN", "GOV")
POILIEVRE = actor("Pierre Poilievre", "CAN", "OPP")
CIJA = actor("Centre for Israel and Jewish Affairs", "CAN", "NGO")
MTL_COURT = actor("court in Montreal", "CAN", "JUD")
PAK_FO = actor("Ministry of Foreign Affairs of Pakistan", "PAK", "GOV")

K1 = ("MONTREAL (AP) — A Pakistani man living in Canada has been charged with plotting a mass shooting at a Jewish "
      "center in New York City in the name of the Islamic State group, U.S. authorities said Friday.")
K2 = ("Muhammad Shahzeb Khan, 20, was arrested Wednesday by the Royal Canadian Mounted Police in Ormstown, Quebec, "
      "about 12 miles (19 kilometers) from the U.S. border, as he tried to make his way to New York.")
K3 = ("Khan told undercover officers that he wanted to kill \"as many Jews as possible\" on or around Oct. 7, the "
      "anniversary of the Hamas attack on Israel, according to a criminal complaint unsealed in federal court in "
      "Manhattan.")
K4 = ("Prosecutors said he planned to use automatic weapons and had asked the undercover officers to help him obtain "
      "them.")
K5 = ("He is charged with attempting to provide material support and resources to a designated foreign terrorist "
      "organization.")
K6 = "The United States is seeking his extradition."
K7 = ("\"This defendant allegedly sought to murder Jews in the name of ISIS,\" Attorney General Merrick Garland said in "
      "a statement.")
K8 = "He thanked Canadian law enforcement for their \"close cooperation\" in the investigation."
K9 = "FBI Director Christopher Wray said the bureau had worked \"hand in hand\" with the RCMP to stop Khan."
K10 = ("Prime Minister Justin Trudeau thanked the RCMP and said on X that Canada would not tolerate antisemitism "
       "in any form.")
K11 = ("Conservative Leader Pierre Poilievre accused the Liberal government of failing to properly vet foreign "
       "students and demanded to know how Khan had been allowed into the country.")
K12 = ("Immigration Minister Marc Miller said Khan had entered Canada on a student visa in June 2023 and that "
       "\"nothing in his file\" had pointed to a threat at the time.")
K13 = ("The Centre for Israel and Jewish Affairs said the case showed the threat to Jewish communities was \"very "
       "real\" and urged Ottawa to increase funding for security at synagogues and schools.")
K14 = ("Khan appeared briefly before a judge in Montreal on Thursday and was ordered held pending an extradition "
       "hearing.")
K15 = "Pakistan's Foreign Office said it had asked Canadian authorities for consular access to Khan."
K16 = "It was not immediately clear whether he had a lawyer who could comment on his behalf."

EN01 = {
    "id": "hm369-en-01", "lang": "en", "url": None, "published": "2024-09-06",
    "title": "Pakistani man arrested in Canada is charged with plotting mass shooting at New York Jewish center",
    "text": paragraphs([K1, K2], [K3, K4, K5, K6], [K7, K8, K9], [K10, K11, K12, K13], [K14, K15, K16]),
    "events": [
        event("ACCUSE", US_DOJ_K, KHAN, K1, mode="allege", date="2024-09-06"),
        event("COERCE", RCMP, KHAN, K2, mode="arrest", date="2024-09-04", location="Ormstown",
              location_country="CAN"),
        event("ACCUSE", SDNY, KHAN, K3, mode="allege", location="Manhattan", location_country="USA"),
        event("ACCUSE", SDNY, KHAN, K4, mode="allege"),
        event("ACCUSE", SDNY, KHAN, K5, mode="allege"),
        event("REQUEST", USA_GOV_K, CAN_GOV_K, K6),
        event("ACCUSE", GARLAND, KHAN, K7, mode="allege"),
        event("SUPPORT", GARLAND, RCMP, K8),
        event("COOPERATE", FBI, RCMP, K9),
        event("SUPPORT", TRUDEAU, RCMP, K10),
        event("ACCUSE", POILIEVRE, CAN_GOV_K, K11, mode="allege"),
        event("REQUEST", POILIEVRE, CAN_GOV_K, K11),
        event("REQUEST", CIJA, CAN_GOV_K, K13, mode="assist"),
        event("COERCE", MTL_COURT, KHAN, K14, mode="arrest", date="2024-09-05", location="Montreal",
              location_country="CAN"),
        event("REQUEST", PAK_FO, CAN_GOV_K, K15, mode="assist"),
    ],
    "quotes": [
        quote("A Pakistani man living in Canada has been charged with plotting a mass shooting at a Jewish center in "
              "New York City in the name of the Islamic State group", "United States Department of Justice",
              "indirect"),
        quote("Khan told undercover officers that he wanted to kill \"as many Jews as possible\" on or around Oct. 7, "
              "the anniversary of the Hamas attack on Israel",
              "United States Attorney's Office for the Southern District of New York", "indirect"),
        quote("as many Jews as possible", "Muhammad Shahzeb Khan", "direct"),
        quote("he planned to use automatic weapons and had asked the undercover officers to help him obtain them",
              "United States Attorney's Office for the Southern District of New York", "indirect"),
        quote("This defendant allegedly sought to murder Jews in the name of ISIS", "Merrick Garland", "direct"),
        quote("close cooperation", "Merrick Garland", "direct"),
        quote("the bureau had worked \"hand in hand\" with the RCMP to stop Khan", "Christopher Wray", "indirect"),
        quote("hand in hand", "Christopher Wray", "direct"),
        quote("Canada would not tolerate antisemitism in any form", "Justin Trudeau", "indirect"),
        quote("Khan had entered Canada on a student visa in June 2023 and that \"nothing in his file\" had pointed to "
              "a threat at the time", "Marc Miller", "indirect"),
        quote("nothing in his file", "Marc Miller", "direct"),
        quote("the case showed the threat to Jewish communities was \"very real\"",
              "Centre for Israel and Jewish Affairs", "indirect"),
        quote("very real", "Centre for Israel and Jewish Affairs", "direct"),
        quote("it had asked Canadian authorities for consular access to Khan",
              "Ministry of Foreign Affairs of Pakistan", "indirect"),
    ],
    "entities": [
        entity("Montreal", "LOC", "CAN", ["MONTREAL", "Montreal"]),
        entity("Muhammad Shahzeb Khan", "PER", "PAK", ["A Pakistani man living in Canada", "Muhammad Shahzeb Khan",
                                                        "Khan", "This defendant", "He", "he", "his", "him"]),
        entity("Canada", "LOC", "CAN", ["Canada", "the country"]),
        entity("Jewish center in New York City", "LOC", "USA", ["a Jewish center in New York City"]),
        entity("New York City", "LOC", "USA", ["New York City", "New York"]),
        entity("Islamic State", "ORG", None, ["the Islamic State group", "ISIS",
                                               "a designated foreign terrorist organization"]),
        entity("United States Department of Justice", "ORG", "USA", ["U.S. authorities"]),
        entity("Royal Canadian Mounted Police", "ORG", "CAN", ["the Royal Canadian Mounted Police", "the RCMP",
                                                               "Canadian law enforcement"]),
        entity("Ormstown", "LOC", "CAN", ["Ormstown, Quebec"]),
        entity("Quebec", "LOC", "CAN", ["Quebec"]),
        entity("United States", "LOC", "USA", ["the U.S. border", "The United States"]),
        entity("undercover officers", "PER", "USA", ["undercover officers", "the undercover officers"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("United States Attorney's Office for the Southern District of New York", "ORG", "USA",
               ["Prosecutors"]),
        entity("Manhattan", "LOC", "USA", ["Manhattan"]),
        entity("Merrick Garland", "PER", "USA", ["Attorney General Merrick Garland"]),
        entity("Federal Bureau of Investigation", "ORG", "USA", ["FBI", "the bureau"]),
        entity("Christopher Wray", "PER", "USA", ["FBI Director Christopher Wray"]),
        entity("Justin Trudeau", "PER", "CAN", ["Prime Minister Justin Trudeau"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Pierre Poilievre", "PER", "CAN", ["Conservative Leader Pierre Poilievre"]),
        entity("Government of Canada", "ORG", "CAN", ["the Liberal government", "Ottawa", "Canadian authorities"]),
        entity("Marc Miller", "PER", "CAN", ["Immigration Minister Marc Miller"]),
        entity("Centre for Israel and Jewish Affairs", "ORG", "CAN", ["The Centre for Israel and Jewish Affairs"]),
        entity("court in Montreal", "ORG", "CAN", ["a judge in Montreal"]),
        entity("Ministry of Foreign Affairs of Pakistan", "ORG", "PAK", ["Pakistan's Foreign Office"]),
    ],
}

# ---------------------------------------------------------------- hm369-en-02 (United States, DOJ sues Maine)
US_DOJ_M = actor("United States Department of Justice", "USA", "GOV")
MAINE_GOV = actor("Government of Maine", "USA", "GOV")
MAINE_DOE = actor("Maine Department of Education", "USA", "GOV")
BONDI = actor("Pam Bondi", "USA", "GOV")
MILLS = actor("Janet Mills", "USA", "GOV")
USA_GOV_M = actor("Government of the United States", "USA", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
USDA = actor("United States Department of Agriculture", "USA", "GOV")
US_ED = actor("United States Department of Education", "USA", "GOV")
FREY = actor("Aaron Frey", "USA", "GOV")
WOODCOCK = actor("John Woodcock Jr.", "USA", "JUD")
MAINE_HOUSE = actor("Maine House of Representatives", "USA", "LEG")
LIBBY = actor("Laurel Libby", "USA", "LEG")
FECTEAU = actor("Ryan Fecteau", "USA", "LEG")

M1 = ("AUGUSTA, Maine (AP) — The Justice Department sued Maine on Wednesday for allowing transgender girls to compete "
      "in girls' sports, escalating a weekslong feud between President Donald Trump and the state's Democratic "
      "governor, Janet Mills.")
M2 = ("The lawsuit, filed in federal court in Portland, accuses the Maine Department of Education of violating Title "
      "IX, the federal law that bars sex discrimination in education.")
M3 = ("\"We will not stand by while Maine continues to deny women and girls a fair playing field,\" Attorney General "
      "Pam Bondi told reporters in Washington.")
M4 = ("Mills said the administration was trying to \"bully\" the state into submission and that Maine would defend "
      "itself in court.")
M5 = ("\"This is not about sports. It is about whether a president can ignore the law to punish a state that "
      "disagrees with him,\" she said in a statement.")
M6 = ("The dispute erupted in February, when Trump warned at a White House meeting with governors that Maine would "
      "lose federal funding if it did not comply with his executive order barring transgender athletes from women's "
      "sports.")
M7 = "Mills responded that she was complying with state and federal law."
M8 = "\"See you in court,\" she told him."
M9 = ("In the weeks that followed, the U.S. Department of Agriculture froze some federal money for Maine schools, and "
      "the Education Department found the state in violation of Title IX before referring the case to the Justice "
      "Department.")
M10 = ("Maine Attorney General Aaron Frey sued the Agriculture Department, and a federal judge in Bangor ordered it "
       "last week to release the money.")
M11 = "Trump has also demanded a public apology from Mills, which she has refused to give."
M12 = ("The Maine Principals' Association, which oversees high school sports, has said it follows the Maine Human "
       "Rights Act, which prohibits discrimination based on gender identity.")
M13 = "The issue has also divided the state Legislature."
M14 = ("In February, the Democratic-controlled Maine House censured Republican Rep. Laurel Libby for posting the name "
       "and photos of a transgender student who won a state pole vault title, barring her from speaking or voting on "
       "the floor until she apologizes.")
M15 = "Libby has sued House Speaker Ryan Fecteau over the punishment."
M16 = "A spokesperson for the Maine Department of Education said the department was reviewing the complaint."

EN02 = {
    "id": "hm369-en-02", "lang": "en", "url": None, "published": "2025-04-16",
    "title": "Justice Department sues Maine over transgender athletes",
    "text": paragraphs([M1, M2], [M3, M4, M5], [M6, M7, M8], [M9, M10, M11], [M12, M13, M14, M15], [M16]),
    "events": [
        event("ACCUSE", US_DOJ_M, MAINE_GOV, M1, mode="allege", date="2025-04-16"),
        event("ACCUSE", US_DOJ_M, MAINE_DOE, M2, mode="allege", location="Portland", location_country="USA"),
        event("ACCUSE", BONDI, MAINE_GOV, M3, mode="disapprove", location="Washington", location_country="USA"),
        event("ACCUSE", MILLS, USA_GOV_M, M4, mode="disapprove"),
        event("ACCUSE", MILLS, TRUMP, M5, mode="disapprove"),
        event("THREATEN", TRUMP, MAINE_GOV, M6, location="Washington", location_country="USA"),
        event("THREATEN", MILLS, TRUMP, M8),
        event("SANCTION", USDA, MAINE_GOV, M9, mode="withdraw"),
        event("ACCUSE", US_ED, MAINE_GOV, M9, mode="allege"),
        event("ACCUSE", FREY, USDA, M10, mode="allege"),
        event("REQUEST", WOODCOCK, USDA, M10, mode="yield", location="Bangor", location_country="USA"),
        event("REQUEST", TRUMP, MILLS, M11),
        event("REJECT", MILLS, TRUMP, M11),
        event("COERCE", MAINE_HOUSE, LIBBY, M14, mode="restrict"),
        event("ACCUSE", LIBBY, FECTEAU, M15, mode="allege"),
    ],
    "quotes": [
        quote("We will not stand by while Maine continues to deny women and girls a fair playing field", "Pam Bondi",
              "direct"),
        quote("the administration was trying to \"bully\" the state into submission and that Maine would defend "
              "itself in court", "Janet Mills", "indirect"),
        quote("bully", "Janet Mills", "direct"),
        quote("This is not about sports. It is about whether a president can ignore the law to punish a state that "
              "disagrees with him", "Janet Mills", "direct"),
        quote("Maine would lose federal funding if it did not comply with his executive order barring transgender "
              "athletes from women's sports", "Donald Trump", "indirect"),
        quote("she was complying with state and federal law", "Janet Mills", "indirect"),
        quote("See you in court", "Janet Mills", "direct"),
        quote("it follows the Maine Human Rights Act, which prohibits discrimination based on gender identity",
              "Maine Principals' Association", "indirect"),
        quote("the department was reviewing the complaint", "spokesperson for the Maine Department of Education",
              "indirect"),
    ],
    "entities": [
        entity("Augusta", "LOC", "USA", ["AUGUSTA, Maine"]),
        entity("United States Department of Justice", "ORG", "USA", ["The Justice Department",
                                                                     "the Justice Department"]),
        entity("Maine", "LOC", "USA", ["Maine", "the state"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump", "him", "a president"]),
        entity("Janet Mills", "PER", "USA", ["the state's Democratic governor, Janet Mills", "Mills", "she",
                                             "her"]),
        entity("Portland, Maine", "LOC", "USA", ["Portland"]),
        entity("Maine Department of Education", "ORG", "USA", ["the Maine Department of Education",
                                                               "the department"]),
        entity("Pam Bondi", "PER", "USA", ["Attorney General Pam Bondi"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Government of the United States", "ORG", "USA", ["the administration"]),
        entity("White House", "LOC", "USA", ["White House"]),
        entity("United States Department of Agriculture", "ORG", "USA", ["the U.S. Department of Agriculture",
                                                                         "the Agriculture Department", "it"]),
        entity("United States Department of Education", "ORG", "USA", ["the Education Department"]),
        entity("Aaron Frey", "PER", "USA", ["Maine Attorney General Aaron Frey"]),
        entity("John Woodcock Jr.", "PER", "USA", ["a federal judge in Bangor"]),
        entity("Bangor", "LOC", "USA", ["Bangor"]),
        entity("Maine Principals' Association", "ORG", "USA", ["The Maine Principals' Association"]),
        entity("Maine Legislature", "ORG", "USA", ["the state Legislature"]),
        entity("Maine House of Representatives", "ORG", "USA", ["the Democratic-controlled Maine House"]),
        entity("Laurel Libby", "PER", "USA", ["Republican Rep. Laurel Libby", "Libby"]),
        entity("transgender student who won a state pole vault title", "PER", "USA",
               ["a transgender student who won a state pole vault title"]),
        entity("Ryan Fecteau", "PER", "USA", ["House Speaker Ryan Fecteau"]),
        entity("spokesperson for the Maine Department of Education", "PER", "USA",
               ["A spokesperson for the Maine Department of Education"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
