"""Round 477: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm477-de-01: Mexico: soldiers arrest Néstor Isidro Pérez Salas, "El Nini", security chief of the Chapitos, in Culiacán; US charges, no formal extradition request yet, Salazar praises and urges extradition, López Obrador promises cooperation, Rocha Moya appeals for calm, 300 more troops, the January arrest of Ovidio Guzmán and the Culiacán gunfights recalled (2023-11-03).
- hm477-de-02: Mexico: Sheinbaum attacks ex-president Ernesto Zedillo over his "Letras Libres" essay against the judicial reform; Fobaproa charge, Zedillo's demand to cancel the judicial election refused, his offer to testify and debate challenge rejected, PAN's Romero backs him, Morena's Alcalde blames him for Acteal (2025-04-15).
- hm477-de-03: Canada: the Mass Casualty Commission's final report in Truro accuses the RCMP of failures in the 2020 Nova Scotia killings; 130 recommendations, Duheme apologises, Lucki's retirement, Mendicino promises to act, Nick Beaton demands accountability, Houston pledges support, the 2020 protest and the setting-up of the inquiry recalled (2023-03-30).
- hm477-de-04: United States/Venezuela: after Venezuelan F-16s fly near the USS Jason Dunham, Washington sends ten F-35s to Puerto Rico; the Pentagon accuses and warns Caracas, Trump threatens to shoot planes down but orders no strikes on Venezuela, Maduro accuses the US and calls for dialogue, Padrino López moves troops, the boat strike and naval build-up recalled (2025-09-05).
- hm477-en-01: United States: Judge Matthew Barrett sentences former Mesa County clerk Tina Peters to nine years over the election equipment breach; the August jury verdict, probation request rejected, Rubinstein and Griswold welcome it, supporters rally, Lindell attacks the sentence, the 2021 ban and 2022 indictment recalled (2024-10-03).
- hm477-en-02: Mexico/United States/Canada: Biden, Trudeau and López Obrador meet at the North American Leaders' Summit in Mexico City and agree on supply chains and migration; López Obrador presses Biden, Trudeau pledges armoured vehicles for Haiti but refuses to lead an intervention, Mexico agrees to take back migrants, rights groups object, Biden thanks Mexico for Ovidio Guzmán's arrest, protest over the Cuba embargo (2023-01-10).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm477-de-01 (Mexico, "El Nini" arrested)
MEX_ARMY = actor("Mexican Army", "MEX", "MIL")
NINI = actor("Néstor Isidro Pérez Salas", "MEX", "REB")
US_DOJ = actor("United States Department of Justice", "USA", "JUD")
SDNY = actor("United States Attorney's Office for the Southern District of New York", "USA", "JUD")
CHAPITOS = actor("Los Chapitos", "MEX", "REB")
USA_GOV = actor("Government of the United States", "USA", "GOV")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
SALAZAR = actor("Ken Salazar", "USA", "GOV")
AMLO = actor("Andrés Manuel López Obrador", "MEX", "GOV")
ROCHA = actor("Rubén Rocha Moya", "MEX", "GOV")
SINALOA_RESIDENTS = actor("residents of Sinaloa", "MEX", "CVL")
OVIDIO = actor("Ovidio Guzmán López", "MEX", "REB")
CARTEL_GUNMEN = actor("Sinaloa Cartel gunmen", "MEX", "REB")
MEX_POLICE = actor("Mexican police", "MEX", "COP")

N1 = ("Mexiko-Stadt (dpa) - Mexikanische Soldaten haben im Bundesstaat Sinaloa einen mutmaßlichen Sicherheitschef der "
      "Söhne des inhaftierten Drogenbosses Joaquín „El Chapo“ Guzmán festgenommen.")
N2 = ("Néstor Isidro Pérez Salas, genannt „El Nini“, sei am Freitagmorgen in einem Wohnviertel der Landeshauptstadt "
      "Culiacán gefasst worden, teilte Verteidigungsminister Luis Cresencio Sandoval mit.")
N3 = ("Der Festgenommene wurde anschließend mit einem Militärflugzeug nach Mexiko-Stadt gebracht und in das "
      "Hochsicherheitsgefängnis Altiplano eingeliefert.")
N4 = ("Die US-Justiz wirft ihm vor, für die als „Chapitos“ bekannten Guzmán-Söhne Folter und Morde organisiert und "
      "den Schmuggel von Fentanyl in die USA abgesichert zu haben.")
N5 = "Die Staatsanwaltschaft in New York hatte im April Anklage gegen ihn und mehrere Söhne des „Chapo“ erhoben."
N6 = ("Einen formellen Auslieferungsantrag hat Washington nach Angaben mexikanischer Behörden bislang nicht "
      "gestellt.")
N7 = ("US-Botschafter Ken Salazar dankte den mexikanischen Streitkräften und sprach von einem „harten Schlag gegen das "
      "Netzwerk der Chapitos“.")
N8 = "Er sprach sich zudem für eine rasche Auslieferung des Verdächtigen an die Vereinigten Staaten aus."
N9 = ("Präsident Andrés Manuel López Obrador sagte bei seiner täglichen Pressekonferenz, über eine Auslieferung "
      "würden allein die mexikanischen Gerichte entscheiden.")
N10 = ("Seine Regierung werde Washington aber „keine Steine in den Weg legen“ und weiter eng mit den US-Behörden "
       "zusammenarbeiten, fügte er hinzu.")
N11 = "In Culiacán blieben Schulen und viele Geschäfte am Freitag aus Angst vor Racheakten geschlossen."
N12 = ("Gouverneur Rubén Rocha Moya rief die Bevölkerung auf, Ruhe zu bewahren und unnötige Fahrten zu "
       "vermeiden.")
N13 = "Die Armee verlegte nach eigenen Angaben 300 zusätzliche Soldaten in die Stadt."
N14 = "Im Januar hatten Soldaten in Culiacán Ovidio Guzmán, einen weiteren Sohn des „Chapo“, festgenommen."
N15 = ("Bewaffnete Anhänger des Kartells lieferten sich daraufhin stundenlange Gefechte mit Militär und Polizei, "
       "29 Menschen kamen ums Leben.")
N16 = "Der „Chapo“ selbst verbüßt in den USA eine lebenslange Haftstrafe."

DE01 = {
    "id": "hm477-de-01", "lang": "de", "url": None, "published": "2023-11-03",
    "title": "Mexikanische Armee fasst Sicherheitschef der „Chapitos“",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6], [N7, N8, N9, N10], [N11, N12, N13], [N14, N15, N16]),
    "events": [
        event("COERCE", MEX_ARMY, NINI, N1, mode="arrest", location="Sinaloa", location_country="MEX"),
        event("COERCE", MEX_ARMY, NINI, N2, mode="arrest", date="2023-11-03", location="Culiacán",
              location_country="MEX"),
        event("COERCE", MEX_ARMY, NINI, N3, mode="arrest", date="2023-11-03", location="Altiplano",
              location_country="MEX"),
        event("ACCUSE", US_DOJ, NINI, N4, mode="allege"),
        event("ACCUSE", SDNY, NINI, N5, mode="allege"),
        event("ACCUSE", SDNY, CHAPITOS, N5, mode="allege"),
        event("REQUEST", USA_GOV, MEX_GOV, N6, negated=True),
        event("SUPPORT", SALAZAR, MEX_ARMY, N7),
        event("REQUEST", SALAZAR, MEX_GOV, N8),
        event("AGREE", AMLO, USA_GOV, N10),
        event("REQUEST", ROCHA, SINALOA_RESIDENTS, N12),
        event("MOBILIZE", MEX_ARMY, None, N13, mode="troops", location="Culiacán", location_country="MEX"),
        event("COERCE", MEX_ARMY, OVIDIO, N14, mode="arrest", location="Culiacán", location_country="MEX"),
        event("ASSAULT", CARTEL_GUNMEN, MEX_ARMY, N15, mode="firearms", location="Culiacán",
              location_country="MEX"),
        event("ASSAULT", CARTEL_GUNMEN, MEX_POLICE, N15, mode="firearms", location="Culiacán",
              location_country="MEX"),
    ],
    "quotes": [
        quote("Néstor Isidro Pérez Salas, genannt „El Nini“, sei am Freitagmorgen in einem Wohnviertel der "
              "Landeshauptstadt Culiacán gefasst worden", "Luis Cresencio Sandoval", "indirect"),
        quote("für die als „Chapitos“ bekannten Guzmán-Söhne Folter und Morde organisiert und den Schmuggel von "
              "Fentanyl in die USA abgesichert zu haben", "United States Department of Justice", "indirect"),
        quote("Einen formellen Auslieferungsantrag hat Washington nach Angaben mexikanischer Behörden bislang nicht "
              "gestellt", "Mexican authorities", "indirect"),
        quote("harten Schlag gegen das Netzwerk der Chapitos", "Ken Salazar", "direct"),
        quote("über eine Auslieferung würden allein die mexikanischen Gerichte entscheiden",
              "Andrés Manuel López Obrador", "indirect"),
        quote("keine Steine in den Weg legen", "Andrés Manuel López Obrador", "direct"),
        quote("Seine Regierung werde Washington aber „keine Steine in den Weg legen“ und weiter eng mit den "
              "US-Behörden zusammenarbeiten", "Andrés Manuel López Obrador", "indirect"),
        quote("Ruhe zu bewahren und unnötige Fahrten zu vermeiden", "Rubén Rocha Moya", "indirect"),
        quote("Die Armee verlegte nach eigenen Angaben 300 zusätzliche Soldaten in die Stadt", "Mexican Army",
              "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt"]),
        entity("Mexican Army", "ORG", "MEX", ["Mexikanische Soldaten", "den mexikanischen Streitkräften",
                                              "Die Armee", "Soldaten", "Militär"]),
        entity("Sinaloa", "LOC", "MEX", ["Bundesstaat Sinaloa"]),
        entity("Néstor Isidro Pérez Salas", "PER", "MEX",
               ["einen mutmaßlichen Sicherheitschef der Söhne des inhaftierten Drogenbosses Joaquín „El Chapo“ "
                "Guzmán", "Néstor Isidro Pérez Salas, genannt „El Nini“", "Der Festgenommene", "ihm", "ihn",
                "des Verdächtigen"]),
        entity("Joaquín Guzmán", "PER", "MEX", ["des inhaftierten Drogenbosses Joaquín „El Chapo“ Guzmán",
                                                "des „Chapo“", "Der „Chapo“ selbst"]),
        entity("Los Chapitos", "ORG", "MEX", ["der Söhne des inhaftierten Drogenbosses Joaquín „El Chapo“ Guzmán",
                                              "die als „Chapitos“ bekannten Guzmán-Söhne",
                                              "mehrere Söhne des „Chapo“", "der Chapitos"]),
        entity("Culiacán", "LOC", "MEX", ["der Landeshauptstadt Culiacán", "Culiacán", "die Stadt"]),
        entity("Luis Cresencio Sandoval", "PER", "MEX", ["Verteidigungsminister Luis Cresencio Sandoval"]),
        entity("Altiplano prison", "LOC", "MEX", ["das Hochsicherheitsgefängnis Altiplano"]),
        entity("United States Department of Justice", "ORG", "USA", ["Die US-Justiz"]),
        entity("United States", "LOC", "USA", ["die USA", "die Vereinigten Staaten", "den USA"]),
        entity("United States Attorney's Office for the Southern District of New York", "ORG", "USA",
               ["Die Staatsanwaltschaft in New York"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("Government of the United States", "ORG", "USA", ["Washington", "den US-Behörden"]),
        entity("Mexican authorities", "ORG", "MEX", ["mexikanischer Behörden"]),
        entity("Ken Salazar", "PER", "USA", ["US-Botschafter Ken Salazar", "Er"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX", ["Präsident Andrés Manuel López Obrador", "seiner",
                                                             "Seine", "er"]),
        entity("Government of Mexico", "ORG", "MEX", ["Seine Regierung"]),
        entity("Mexican courts", "ORG", "MEX", ["die mexikanischen Gerichte"]),
        entity("Rubén Rocha Moya", "PER", "MEX", ["Gouverneur Rubén Rocha Moya"]),
        entity("residents of Sinaloa", "PER", "MEX", ["die Bevölkerung"]),
        entity("Ovidio Guzmán López", "PER", "MEX", ["Ovidio Guzmán, einen weiteren Sohn des „Chapo“"]),
        entity("Sinaloa Cartel gunmen", "ORG", "MEX", ["Bewaffnete Anhänger des Kartells"]),
        entity("Sinaloa Cartel", "ORG", "MEX", ["des Kartells"]),
        entity("Mexican police", "ORG", "MEX", ["Polizei"]),
    ],
}

# ---------------------------------------------------------------- hm477-de-02 (Mexico, Sheinbaum vs Zedillo)
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
ZEDILLO = actor("Ernesto Zedillo", "MEX", "CVL")
MORENA = actor("Morena", "MEX", "PTY")
MEX_CONGRESS = actor("Congress of Mexico", "MEX", "LEG")
ROMERO = actor("Jorge Romero", "MEX", "PTY")
ALCALDE = actor("Luisa María Alcalde", "MEX", "PTY")
PARAMILITARIES = actor("paramilitaries in Chiapas", "MEX", "REB")
ACTEAL_VILLAGERS = actor("indigenous villagers of Acteal", "MEX", "CVL")

Z1 = ("Mexiko-Stadt (dpa) - Mexikos Präsidentin Claudia Sheinbaum hat den früheren Staatschef Ernesto Zedillo nach "
      "dessen Kritik an der umstrittenen Justizreform scharf angegriffen.")
Z2 = ("Zedillo habe „keinerlei moralische Autorität“, über Demokratie zu sprechen, sagte die Staatschefin am Montag "
      "bei ihrer morgendlichen Pressekonferenz.")
Z3 = ("Unter seiner Regierung sei mit der Bankenrettung Fobaproa „der größte Raub in der Geschichte Mexikos“ "
      "begangen worden.")
Z4 = ("Zedillo, der von 1994 bis 2000 regierte, hatte in einem Essay für die Zeitschrift „Letras Libres“ "
      "geschrieben, Mexiko sei auf dem Weg von der Demokratie zur Tyrannei.")
Z5 = ("Die Regierungspartei Morena wolle mit der Wahl aller Richter durch das Volk die Justiz unter ihre Kontrolle "
      "bringen.")
Z6 = "Zedillo forderte, die für den 1. Juni geplante Richterwahl abzusagen."
Z7 = "Sheinbaum lehnte dies ab: „Das Volk wird wählen, ob es ihm gefällt oder nicht.“"
Z8 = "Zedillo wies die Vorwürfe zur Bankenrettung in einem Interview mit der Zeitung „Reforma“ zurück."
Z9 = ("Er sei bereit, vor dem Kongress auszusagen, wenn auch die Regierungszeit von Sheinbaums Vorgänger Andrés "
      "Manuel López Obrador untersucht werde, sagte der 73-Jährige.")
Z10 = "Zudem forderte er die Präsidentin zu einer öffentlichen Debatte heraus."
Z11 = "Sheinbaum schloss ein solches Treffen aus."
Z12 = "Der Vorsitzende der konservativen PAN, Jorge Romero, stellte sich hinter den Ex-Präsidenten."
Z13 = ("Die Regierung wolle mit ihren Angriffen von der Gewalt der Kartelle und den US-Zöllen ablenken, sagte "
       "Romero.")
Z14 = ("Morena-Chefin Luisa María Alcalde warf Zedillo dagegen vor, die politische Verantwortung für das Massaker "
       "von Acteal im Dezember 1997 zu tragen.")
Z15 = ("Damals hatten Paramilitärs in dem Dorf im Bundesstaat Chiapas 45 indigene Bewohner erschossen, die meisten "
       "von ihnen Frauen und Kinder.")
Z16 = "Die Justizreform war im September noch unter López Obrador vom Kongress verabschiedet worden."

DE02 = {
    "id": "hm477-de-02", "lang": "de", "url": None, "published": "2025-04-15",
    "title": "Sheinbaum greift Ex-Präsident Zedillo an",
    "text": paragraphs([Z1, Z2, Z3], [Z4, Z5, Z6, Z7], [Z8, Z9, Z10, Z11], [Z12, Z13, Z14], [Z15, Z16]),
    "events": [
        event("ACCUSE", SHEINBAUM, ZEDILLO, Z1, mode="disapprove"),
        event("ACCUSE", ZEDILLO, MEX_GOV, Z1, mode="disapprove"),
        event("ACCUSE", SHEINBAUM, ZEDILLO, Z2, mode="disapprove", date="2025-04-14"),
        event("ACCUSE", SHEINBAUM, ZEDILLO, Z3, mode="allege"),
        event("ACCUSE", ZEDILLO, MEX_GOV, Z4, mode="disapprove"),
        event("ACCUSE", ZEDILLO, MORENA, Z5, mode="allege"),
        event("REQUEST", ZEDILLO, MEX_GOV, Z6, mode="change"),
        event("REJECT", SHEINBAUM, ZEDILLO, Z7, mode="change"),
        event("AGREE", ZEDILLO, MEX_CONGRESS, Z9),
        event("REQUEST", ZEDILLO, SHEINBAUM, Z10, mode="meet"),
        event("REJECT", SHEINBAUM, ZEDILLO, Z11, mode="meet"),
        event("SUPPORT", ROMERO, ZEDILLO, Z12),
        event("ACCUSE", ROMERO, MEX_GOV, Z13, mode="allege"),
        event("ACCUSE", ALCALDE, ZEDILLO, Z14, mode="allege"),
        event("ASSAULT", PARAMILITARIES, ACTEAL_VILLAGERS, Z15, mode="firearms", location="Acteal",
              location_country="MEX"),
    ],
    "quotes": [
        quote("keinerlei moralische Autorität", "Claudia Sheinbaum", "direct"),
        quote("Zedillo habe „keinerlei moralische Autorität“, über Demokratie zu sprechen", "Claudia Sheinbaum",
              "indirect"),
        quote("der größte Raub in der Geschichte Mexikos", "Claudia Sheinbaum", "direct"),
        quote("Unter seiner Regierung sei mit der Bankenrettung Fobaproa „der größte Raub in der Geschichte "
              "Mexikos“ begangen worden", "Claudia Sheinbaum", "indirect"),
        quote("Mexiko sei auf dem Weg von der Demokratie zur Tyrannei", "Ernesto Zedillo", "indirect"),
        quote("Die Regierungspartei Morena wolle mit der Wahl aller Richter durch das Volk die Justiz unter ihre "
              "Kontrolle bringen", "Ernesto Zedillo", "indirect"),
        quote("die für den 1. Juni geplante Richterwahl abzusagen", "Ernesto Zedillo", "indirect"),
        quote("Das Volk wird wählen, ob es ihm gefällt oder nicht", "Claudia Sheinbaum", "direct"),
        quote("Er sei bereit, vor dem Kongress auszusagen, wenn auch die Regierungszeit von Sheinbaums Vorgänger "
              "Andrés Manuel López Obrador untersucht werde", "Ernesto Zedillo", "indirect"),
        quote("Die Regierung wolle mit ihren Angriffen von der Gewalt der Kartelle und den US-Zöllen ablenken",
              "Jorge Romero", "indirect"),
        quote("die politische Verantwortung für das Massaker von Acteal im Dezember 1997 zu tragen",
              "Luisa María Alcalde", "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt"]),
        entity("Mexico", "LOC", "MEX", ["Mexikos", "Mexiko"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Mexikos Präsidentin Claudia Sheinbaum", "die Staatschefin",
                                                   "ihrer", "Sheinbaum", "Sheinbaums", "die Präsidentin"]),
        entity("Ernesto Zedillo", "PER", "MEX", ["den früheren Staatschef Ernesto Zedillo", "dessen", "Zedillo",
                                                 "seiner", "Er", "der 73-Jährige", "er", "den Ex-Präsidenten"]),
        entity("Government of Mexico", "ORG", "MEX", ["Die Regierung"]),
        entity("Fobaproa", "MISC", "MEX", ["der Bankenrettung Fobaproa"]),
        entity("Letras Libres", "ORG", "MEX", ["die Zeitschrift „Letras Libres“"]),
        entity("Morena", "ORG", "MEX", ["Die Regierungspartei Morena"]),
        entity("Reforma", "ORG", "MEX", ["der Zeitung „Reforma“"]),
        entity("Congress of Mexico", "ORG", "MEX", ["dem Kongress", "vom Kongress"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX",
               ["Sheinbaums Vorgänger Andrés Manuel López Obrador", "López Obrador"]),
        entity("National Action Party", "ORG", "MEX", ["der konservativen PAN"]),
        entity("Jorge Romero", "PER", "MEX", ["Der Vorsitzende der konservativen PAN, Jorge Romero", "Romero"]),
        entity("Luisa María Alcalde", "PER", "MEX", ["Morena-Chefin Luisa María Alcalde"]),
        entity("Acteal massacre", "MISC", "MEX", ["das Massaker von Acteal im Dezember 1997"]),
        entity("Acteal", "LOC", "MEX", ["Acteal", "dem Dorf"]),
        entity("paramilitaries in Chiapas", "ORG", "MEX", ["Paramilitärs"]),
        entity("Chiapas", "LOC", "MEX", ["Bundesstaat Chiapas"]),
        entity("indigenous villagers of Acteal", "PER", "MEX", ["45 indigene Bewohner"]),
    ],
}

# ---------------------------------------------------------------- hm477-de-03 (Canada, Mass Casualty Commission)
MCC = actor("Mass Casualty Commission", "CAN", "GOV")
RCMP = actor("Royal Canadian Mounted Police", "CAN", "COP")
WORTMAN = actor("Gabriel Wortman", "CAN", "CVL")
NS_VICTIMS = actor("victims of the 2020 Nova Scotia attacks", "CAN", "CVL")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
DUHEME = actor("Mike Duheme", "CAN", "COP")
NS_FAMILIES = actor("families of the Nova Scotia victims", "CAN", "CVL")
LUCKI = actor("Brenda Lucki", "CAN", "COP")
MENDICINO = actor("Marco Mendicino", "CAN", "GOV")
BEATON = actor("Nick Beaton", "CAN", "CVL")
HOUSTON = actor("Tim Houston", "CAN", "GOV")
NS_GOV = actor("Government of Nova Scotia", "CAN", "GOV")

C1 = ("Truro (dpa) - Knapp drei Jahre nach dem schlimmsten Amoklauf in der Geschichte Kanadas hat eine "
      "Untersuchungskommission der Bundespolizei RCMP schwere Versäumnisse vorgeworfen.")
C2 = ("Die Polizei habe bei dem Einsatz im April 2020 in der Provinz Nova Scotia „auf allen Ebenen“ versagt, heißt es "
      "im Abschlussbericht der Kommission, der am Donnerstag in Truro vorgestellt wurde.")
C3 = ("Ein 51 Jahre alter Zahnprothetiker hatte damals in einer Uniform der RCMP und mit einem nachgebauten "
      "Streifenwagen 22 Menschen getötet.")
C4 = "Erst nach 13 Stunden erschossen ihn Polizisten an einer Tankstelle in Enfield."
C5 = ("Die Kommission unter Vorsitz des früheren Richters Michael MacDonald kritisierte unter anderem, dass die "
      "Bevölkerung nicht über das landesweite Notfallwarnsystem alarmiert worden war.")
C6 = ("Zudem hätten die Beamten Hinweise auf die Gewalt des Täters gegen seine Lebensgefährtin jahrelang "
      "ignoriert.")
C7 = ("In 130 Empfehlungen verlangen die Autoren von der Regierung in Ottawa eine grundlegende Reform der RCMP und "
      "eine Überprüfung ihrer Rolle in den Provinzen.")
C8 = "Der kommissarische RCMP-Chef Mike Duheme entschuldigte sich bei den Angehörigen der Opfer."
C9 = "„Wir haben Sie im Stich gelassen“, sagte er in Ottawa."
C10 = ("Duhemes Vorgängerin Brenda Lucki war erst vor zwei Wochen in den Ruhestand gegangen, nachdem ihr Umgang mit "
       "den Ermittlungen heftig kritisiert worden war.")
C11 = ("Der Minister für öffentliche Sicherheit, Marco Mendicino, versprach, die Empfehlungen rasch zu prüfen und "
       "umzusetzen.")
C12 = ("Der Bericht bestätige nur, was die Familien seit drei Jahren sagten, erklärte Nick Beaton, dessen schwangere "
       "Frau Kristen unter den Toten war.")
C13 = "Er forderte, dass Verantwortliche in der Polizeiführung persönlich zur Rechenschaft gezogen werden."
C14 = ("Nova Scotias Premierminister Tim Houston sagte der Bundesregierung Unterstützung bei der Umsetzung der "
       "Reformen zu.")
C15 = "Im Juli 2020 hatten Angehörige der Opfer in Halifax für eine öffentliche Untersuchung demonstriert."
C16 = "Wenige Tage später gaben Ottawa und die Provinzregierung nach und setzten die Kommission ein."

DE03 = {
    "id": "hm477-de-03", "lang": "de", "url": None, "published": "2023-03-30",
    "title": "Kommission wirft Kanadas Polizei Versagen bei Amoklauf vor",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7], [C8, C9, C10, C11], [C12, C13, C14], [C15, C16]),
    "events": [
        event("ACCUSE", MCC, RCMP, C1, mode="disapprove"),
        event("ACCUSE", MCC, RCMP, C2, mode="disapprove", date="2023-03-30", location="Truro",
              location_country="CAN"),
        event("ASSAULT", WORTMAN, NS_VICTIMS, C3, location="Nova Scotia", location_country="CAN"),
        event("ASSAULT", RCMP, WORTMAN, C4, mode="firearms", location="Enfield", location_country="CAN"),
        event("ACCUSE", MCC, RCMP, C5, mode="disapprove"),
        event("ACCUSE", MCC, RCMP, C6, mode="allege"),
        event("REQUEST", MCC, CAN_GOV, C7, mode="change"),
        event("CONCEDE", DUHEME, NS_FAMILIES, C8),
        event("CONCEDE", DUHEME, NS_FAMILIES, C9, location="Ottawa", location_country="CAN"),
        event("RETREAT", LUCKI, None, C10, mode="resign"),
        event("AGREE", MENDICINO, MCC, C11),
        event("REQUEST", BEATON, RCMP, C13, mode="change"),
        event("AGREE", HOUSTON, CAN_GOV, C14),
        event("PROTEST", NS_FAMILIES, None, C15, mode="demo", location="Halifax", location_country="CAN"),
        event("CONCEDE", CAN_GOV, NS_FAMILIES, C16),
        event("CONCEDE", NS_GOV, NS_FAMILIES, C16),
    ],
    "quotes": [
        quote("auf allen Ebenen", "Mass Casualty Commission", "direct"),
        quote("Die Polizei habe bei dem Einsatz im April 2020 in der Provinz Nova Scotia „auf allen Ebenen“ versagt",
              "Mass Casualty Commission", "indirect"),
        quote("dass die Bevölkerung nicht über das landesweite Notfallwarnsystem alarmiert worden war",
              "Mass Casualty Commission", "indirect"),
        quote("Zudem hätten die Beamten Hinweise auf die Gewalt des Täters gegen seine Lebensgefährtin jahrelang "
              "ignoriert", "Mass Casualty Commission", "indirect"),
        quote("Wir haben Sie im Stich gelassen", "Mike Duheme", "direct"),
        quote("die Empfehlungen rasch zu prüfen und umzusetzen", "Marco Mendicino", "indirect"),
        quote("Der Bericht bestätige nur, was die Familien seit drei Jahren sagten", "Nick Beaton", "indirect"),
        quote("dass Verantwortliche in der Polizeiführung persönlich zur Rechenschaft gezogen werden", "Nick Beaton",
              "indirect"),
    ],
    "entities": [
        entity("Truro", "LOC", "CAN", ["Truro"]),
        entity("Canada", "LOC", "CAN", ["Kanadas"]),
        entity("Mass Casualty Commission", "ORG", "CAN",
               ["eine Untersuchungskommission", "der Kommission", "Die Kommission unter Vorsitz des früheren "
                "Richters Michael MacDonald", "die Autoren", "die Kommission"]),
        entity("Royal Canadian Mounted Police", "ORG", "CAN",
               ["der Bundespolizei RCMP", "Die Polizei", "der RCMP", "Polizisten", "die Beamten", "RCMP",
                "ihrer", "der Polizeiführung"]),
        entity("Nova Scotia", "LOC", "CAN", ["der Provinz Nova Scotia", "Nova Scotias"]),
        entity("Gabriel Wortman", "PER", "CAN", ["Ein 51 Jahre alter Zahnprothetiker", "ihn", "des Täters",
                                                 "seine"]),
        entity("victims of the 2020 Nova Scotia attacks", "PER", "CAN", ["22 Menschen", "der Opfer",
                                                                         "den Toten"]),
        entity("Enfield", "LOC", "CAN", ["Enfield"]),
        entity("Michael MacDonald", "PER", "CAN", ["des früheren Richters Michael MacDonald"]),
        entity("partner of Gabriel Wortman", "PER", "CAN", ["seine Lebensgefährtin"]),
        entity("Government of Canada", "ORG", "CAN", ["der Regierung in Ottawa", "der Bundesregierung", "Ottawa"]),
        entity("Ottawa", "LOC", "CAN", ["Ottawa"]),
        entity("Mike Duheme", "PER", "CAN", ["Der kommissarische RCMP-Chef Mike Duheme", "er", "Duhemes"]),
        entity("families of the Nova Scotia victims", "PER", "CAN", ["den Angehörigen der Opfer", "Sie",
                                                                     "die Familien", "Angehörige der Opfer"]),
        entity("Brenda Lucki", "PER", "CAN", ["Duhemes Vorgängerin Brenda Lucki", "ihr"]),
        entity("Marco Mendicino", "PER", "CAN", ["Der Minister für öffentliche Sicherheit, Marco Mendicino"]),
        entity("Nick Beaton", "PER", "CAN", ["Nick Beaton", "dessen", "Er"]),
        entity("Kristen Beaton", "PER", "CAN", ["schwangere Frau Kristen"]),
        entity("Tim Houston", "PER", "CAN", ["Nova Scotias Premierminister Tim Houston"]),
        entity("Halifax", "LOC", "CAN", ["Halifax"]),
        entity("Government of Nova Scotia", "ORG", "CAN", ["die Provinzregierung"]),
    ],
}

# ---------------------------------------------------------------- hm477-de-04 (US/Venezuela, F-35s to Puerto Rico)
US_MIL = actor("United States Armed Forces", "USA", "MIL")
PENTAGON = actor("United States Department of Defense", "USA", "GOV")
VEN_AIRFORCE = actor("Venezuelan Air Force", "VEN", "MIL")
VEN_GOV = actor("Government of Venezuela", "VEN", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
MADURO = actor("Nicolás Maduro", "VEN", "GOV")
PADRINO = actor("Vladimir Padrino López", "VEN", "GOV")
TREN_DE_ARAGUA = actor("Tren de Aragua", "VEN", "REB")

F1 = ("Washington (dpa) - Nach dem Überflug venezolanischer Kampfjets über ein US-Kriegsschiff in der Karibik "
      "verlegen die USA zehn Tarnkappenjets vom Typ F-35 nach Puerto Rico.")
F2 = ("Die Flugzeuge sollen im Kampf gegen Drogenkartelle eingesetzt werden, wie die Nachrichtenagentur Reuters "
      "unter Berufung auf Regierungskreise berichtete.")
F3 = ("Am Donnerstag waren nach Angaben des Pentagons zwei F-16-Jets der venezolanischen Luftwaffe nahe an dem "
      "Zerstörer „USS Jason Dunham“ in internationalen Gewässern vorbeigeflogen.")
F4 = ("Das Verteidigungsministerium sprach von einem „äußerst provokativen Schritt“, mit dem Einsätze gegen den "
      "Drogenterrorismus behindert werden sollten.")
F5 = ("Das Kartell, das Venezuela regiere, solle keine weiteren Versuche unternehmen, die US-Streitkräfte zu "
      "behindern, hieß es in einer Erklärung.")
F6 = ("US-Präsident Donald Trump drohte am Freitag, venezolanische Flugzeuge würden abgeschossen, falls sie "
      "US-Schiffe erneut in Gefahr brächten.")
F7 = "„Wenn sie uns in eine gefährliche Lage bringen, werden sie abgeschossen“, sagte er im Weißen Haus."
F8 = "Angriffe auf Ziele in Venezuela selbst ordnete Trump bislang nicht an."
F9 = ("Venezuelas Staatschef Nicolás Maduro warf Washington vor, mit militärischen Drohungen einen Regierungswechsel "
      "in Caracas erzwingen zu wollen.")
F10 = ("Zugleich rief er die US-Regierung zum Dialog auf: Keine Meinungsverschiedenheit rechtfertige einen "
       "militärischen Konflikt.")
F11 = ("Verteidigungsminister Vladimir Padrino López ließ nach eigenen Angaben zusätzliche Soldaten an die "
       "Karibikküste verlegen.")
F12 = ("Anfang der Woche hatten US-Streitkräfte in der Karibik ein Boot angegriffen, das nach Trumps Worten Drogen "
       "für die Bande Tren de Aragua transportierte.")
F13 = "Elf Menschen wurden dabei getötet."
F14 = "Caracas bestreitet jede Verbindung zu der Bande."
F15 = ("Washington hat seine Marinepräsenz vor der Küste Venezuelas seit August mit mehreren Kriegsschiffen und "
       "rund 4000 Soldaten verstärkt.")

DE04 = {
    "id": "hm477-de-04", "lang": "de", "url": None, "published": "2025-09-05",
    "title": "USA verlegen F-35-Jets nach Puerto Rico",
    "text": paragraphs([F1, F2], [F3, F4, F5], [F6, F7, F8], [F9, F10, F11], [F12, F13, F14, F15]),
    "events": [
        event("MOBILIZE", US_MIL, None, F1, mode="weapons", location="Puerto Rico", location_country="USA"),
        event("ACCUSE", PENTAGON, VEN_AIRFORCE, F3, mode="allege", date="2025-09-04"),
        event("ACCUSE", PENTAGON, VEN_GOV, F4, mode="disapprove"),
        event("THREATEN", PENTAGON, VEN_GOV, F5),
        event("THREATEN", TRUMP, VEN_GOV, F6, mode="violence", date="2025-09-05"),
        event("THREATEN", TRUMP, VEN_GOV, F7, mode="violence", location="Washington", location_country="USA"),
        event("ASSAULT", TRUMP, VEN_GOV, F8, negated=True),
        event("ACCUSE", MADURO, USA_GOV, F9, mode="allege"),
        event("REQUEST", MADURO, USA_GOV, F10, mode="meet"),
        event("MOBILIZE", PADRINO, None, F11, mode="troops", location_country="VEN"),
        event("ASSAULT", US_MIL, TREN_DE_ARAGUA, F12),
        event("ACCUSE", TRUMP, TREN_DE_ARAGUA, F12, mode="allege"),
        event("MOBILIZE", USA_GOV, None, F15, mode="troops"),
    ],
    "quotes": [
        quote("Die Flugzeuge sollen im Kampf gegen Drogenkartelle eingesetzt werden", "Reuters", "indirect"),
        quote("Am Donnerstag waren nach Angaben des Pentagons zwei F-16-Jets der venezolanischen Luftwaffe nahe an "
              "dem Zerstörer „USS Jason Dunham“ in internationalen Gewässern vorbeigeflogen",
              "United States Department of Defense", "indirect"),
        quote("äußerst provokativen Schritt", "United States Department of Defense", "direct"),
        quote("Das Kartell, das Venezuela regiere, solle keine weiteren Versuche unternehmen, die US-Streitkräfte zu "
              "behindern", "United States Department of Defense", "indirect"),
        quote("venezolanische Flugzeuge würden abgeschossen, falls sie US-Schiffe erneut in Gefahr brächten",
              "Donald Trump", "indirect"),
        quote("Wenn sie uns in eine gefährliche Lage bringen, werden sie abgeschossen", "Donald Trump", "direct"),
        quote("mit militärischen Drohungen einen Regierungswechsel in Caracas erzwingen zu wollen", "Nicolás Maduro",
              "indirect"),
        quote("Keine Meinungsverschiedenheit rechtfertige einen militärischen Konflikt", "Nicolás Maduro",
              "indirect"),
        quote("Verteidigungsminister Vladimir Padrino López ließ nach eigenen Angaben zusätzliche Soldaten an die "
              "Karibikküste verlegen", "Vladimir Padrino López", "indirect"),
        quote("das nach Trumps Worten Drogen für die Bande Tren de Aragua transportierte", "Donald Trump",
              "indirect"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Venezuelan Air Force", "ORG", "VEN", ["venezolanischer Kampfjets", "der venezolanischen Luftwaffe",
                                                      "zwei F-16-Jets der venezolanischen Luftwaffe"]),
        entity("USS Jason Dunham", "MISC", "USA", ["ein US-Kriegsschiff", "dem Zerstörer „USS Jason Dunham“"]),
        entity("Caribbean", "LOC", None, ["der Karibik"]),
        entity("United States", "LOC", "USA", ["die USA"]),
        entity("F-35", "MISC", "USA", ["zehn Tarnkappenjets vom Typ F-35", "Die Flugzeuge"]),
        entity("Puerto Rico", "LOC", "USA", ["Puerto Rico"]),
        entity("Reuters", "ORG", "GBR", ["die Nachrichtenagentur Reuters"]),
        entity("United States Department of Defense", "ORG", "USA", ["des Pentagons", "Das Verteidigungsministerium"]),
        entity("Government of Venezuela", "ORG", "VEN", ["Das Kartell, das Venezuela regiere", "Caracas"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuela", "Venezuelas"]),
        entity("United States Armed Forces", "ORG", "USA", ["die US-Streitkräfte", "US-Streitkräfte",
                                                            "rund 4000 Soldaten"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "er", "Trump", "Trumps"]),
        entity("White House", "LOC", "USA", ["im Weißen Haus"]),
        entity("Government of the United States", "ORG", "USA", ["Washington", "die US-Regierung"]),
        entity("Nicolás Maduro", "PER", "VEN", ["Venezuelas Staatschef Nicolás Maduro", "er"]),
        entity("Caracas", "LOC", "VEN", ["Caracas"]),
        entity("Vladimir Padrino López", "PER", "VEN", ["Verteidigungsminister Vladimir Padrino López"]),
        entity("Venezuelan Armed Forces", "ORG", "VEN", ["zusätzliche Soldaten"]),
        entity("Tren de Aragua", "ORG", "VEN", ["die Bande Tren de Aragua", "der Bande"]),
        entity("boat crew", "PER", None, ["Elf Menschen"]),
    ],
}

# ---------------------------------------------------------------- hm477-en-01 (US, Tina Peters sentenced)
BARRETT = actor("Matthew Barrett", "USA", "JUD")
PETERS = actor("Tina Peters", "USA", "CVL")
MESA_JURY = actor("Mesa County jury", "USA", "JUD")
PETERS_LAWYERS = actor("lawyers of Tina Peters", "USA", "CVL")
RUBINSTEIN = actor("Dan Rubinstein", "USA", "JUD")
GRISWOLD = actor("Jena Griswold", "USA", "GOV")
PETERS_SUPPORTERS = actor("supporters of Tina Peters", "USA", "CVL")
LINDELL = actor("Mike Lindell", "USA", "BUS")
CO_JUDGE = actor("Colorado judge", "USA", "JUD")
GRAND_JURY = actor("Colorado grand jury", "USA", "JUD")

T1 = ("GRAND JUNCTION, Colo. (AP) — A Colorado judge on Thursday sentenced former county clerk Tina Peters to nine "
      "years in prison for her role in a breach of voting equipment by people searching for evidence of fraud in "
      "the 2020 election.")
T2 = ("Judge Matthew Barrett said Peters, 69, had abused her position and showed no remorse, calling her “a "
      "charlatan” who had used her office to sell “snake oil.”")
T3 = "“You are no hero,” Barrett told her."
T4 = ("A Mesa County jury convicted Peters in August on seven of 10 counts, including four felonies, for allowing a "
      "man to use another person's security badge to access the county's election system during a software "
      "update in 2021.")
T5 = "Images of the system's hard drive and its passwords later appeared on conspiracy theory websites."
T6 = "Her lawyers had asked for probation, citing her age and her lack of a criminal record."
T7 = "Barrett rejected the request."
T8 = ("Peters, who has denied any wrongdoing, told the court she had acted to protect voters and that she would "
      "appeal.")
T9 = ("Mesa County District Attorney Dan Rubinstein, a Republican, said the sentence sent a clear message that no "
      "one was above the law.")
T10 = ("Colorado Secretary of State Jena Griswold, a Democrat, welcomed the ruling and accused Peters of betraying "
       "the voters she had sworn to serve.")
T11 = ("About two dozen supporters of Peters rallied outside the courthouse, some holding signs that read “Free "
       "Tina.”")
T12 = ("Mike Lindell, the MyPillow chief executive who has spread false claims of election fraud, called the "
       "sentence “a disgrace.”")
T13 = "Peters, a Republican, was elected clerk in 2018 and became a hero to election deniers on the right."
T14 = "In 2021, a judge barred her from overseeing local elections at Griswold's request."
T15 = "A grand jury indicted her in March 2022."

EN01 = {
    "id": "hm477-en-01", "lang": "en", "url": None, "published": "2024-10-03",
    "title": "Former Colorado clerk Tina Peters sentenced to 9 years in election breach case",
    "text": paragraphs([T1, T2, T3], [T4, T5], [T6, T7, T8], [T9, T10, T11, T12], [T13, T14, T15]),
    "events": [
        event("SANCTION", BARRETT, PETERS, T1, mode="convict", date="2024-10-03", location="Grand Junction",
              location_country="USA"),
        event("COERCE", BARRETT, PETERS, T1, mode="arrest", date="2024-10-03", location="Grand Junction",
              location_country="USA"),
        event("ACCUSE", BARRETT, PETERS, T2, mode="disapprove"),
        event("ACCUSE", BARRETT, PETERS, T3, mode="disapprove"),
        event("SANCTION", MESA_JURY, PETERS, T4, mode="convict"),
        event("REQUEST", PETERS_LAWYERS, BARRETT, T6, mode="yield"),
        event("REJECT", BARRETT, PETERS_LAWYERS, T7, mode="yield"),
        event("SUPPORT", RUBINSTEIN, BARRETT, T9),
        event("SUPPORT", GRISWOLD, BARRETT, T10),
        event("ACCUSE", GRISWOLD, PETERS, T10, mode="disapprove"),
        event("PROTEST", PETERS_SUPPORTERS, BARRETT, T11, mode="demo", date="2024-10-03",
              location="Grand Junction", location_country="USA"),
        event("ACCUSE", LINDELL, BARRETT, T12, mode="disapprove"),
        event("COERCE", CO_JUDGE, PETERS, T14, mode="restrict"),
        event("REQUEST", GRISWOLD, CO_JUDGE, T14),
        event("ACCUSE", GRAND_JURY, PETERS, T15, mode="allege"),
    ],
    "quotes": [
        quote("Peters, 69, had abused her position and showed no remorse", "Matthew Barrett", "indirect"),
        quote("a charlatan", "Matthew Barrett", "direct"),
        quote("snake oil", "Matthew Barrett", "direct"),
        quote("You are no hero", "Matthew Barrett", "direct"),
        quote("she had acted to protect voters and that she would appeal", "Tina Peters", "indirect"),
        quote("the sentence sent a clear message that no one was above the law", "Dan Rubinstein", "indirect"),
        quote("betraying the voters she had sworn to serve", "Jena Griswold", "indirect"),
        quote("Free Tina", "supporters of Tina Peters", "direct"),
        quote("a disgrace", "Mike Lindell", "direct"),
    ],
    "entities": [
        entity("Grand Junction", "LOC", "USA", ["GRAND JUNCTION"]),
        entity("Colorado", "LOC", "USA", ["Colo.", "Colorado"]),
        entity("Matthew Barrett", "PER", "USA", ["A Colorado judge", "Judge Matthew Barrett", "Barrett"]),
        entity("Tina Peters", "PER", "USA", ["former county clerk Tina Peters", "her", "Peters", "Peters, 69",
                                             "Her", "she"]),
        entity("Mesa County jury", "ORG", "USA", ["A Mesa County jury"]),
        entity("Mesa County", "LOC", "USA", ["Mesa County", "the county's"]),
        entity("unauthorized man", "PER", "USA", ["a man"]),
        entity("badge holder", "PER", "USA", ["another person's"]),
        entity("lawyers of Tina Peters", "PER", "USA", ["Her lawyers"]),
        entity("Mesa County District Court", "ORG", "USA", ["the court", "the courthouse"]),
        entity("Dan Rubinstein", "PER", "USA", ["Mesa County District Attorney Dan Rubinstein, a Republican"]),
        entity("Jena Griswold", "PER", "USA", ["Colorado Secretary of State Jena Griswold, a Democrat",
                                               "Griswold's"]),
        entity("Colorado voters", "PER", "USA", ["the voters she had sworn to serve", "voters"]),
        entity("supporters of Tina Peters", "PER", "USA", ["About two dozen supporters of Peters"]),
        entity("Mike Lindell", "PER", "USA", ["Mike Lindell, the MyPillow chief executive"]),
        entity("MyPillow", "ORG", "USA", ["MyPillow"]),
        entity("Colorado judge", "PER", "USA", ["a judge"]),
        entity("Colorado grand jury", "ORG", "USA", ["A grand jury"]),
    ],
}

# ---------------------------------------------------------------- hm477-en-02 (North American Leaders' Summit)
BIDEN = actor("Joe Biden", "USA", "GOV")
TRUDEAU = actor("Justin Trudeau", "CAN", "GOV")
HTI_POLICE = actor("Haitian National Police", "HTI", "COP")
HTI_GOV = actor("Government of Haiti", "HTI", "GOV")
UN = actor("United Nations", "UNO", "IGO")
RIGHTS_GROUPS = actor("human rights groups", "NGO", "NGO")
MEX_SECURITY = actor("Mexican security forces", "MEX", "MIL")
MEX_PROTESTERS = actor("protesters in Mexico City", "MEX", "CVL")

L1 = ("MEXICO CITY (Reuters) - U.S. President Joe Biden, Canadian Prime Minister Justin Trudeau and Mexican "
      "President Andrés Manuel López Obrador agreed on Tuesday to reduce their reliance on Asian imports, boost "
      "semiconductor production and work together on record numbers of migrants.")
L2 = ("The three leaders met for several hours at the National Palace for the first North American Leaders' Summit "
      "hosted by Mexico since 2014.")
L3 = ("López Obrador used the meeting to press Biden to do more for Latin America, urging him to end an attitude of "
      "\"abandonment, disdain and neglect\" toward the region.")
L4 = ("Biden brushed aside the criticism, saying the United States had spent billions of dollars in the region and "
      "adding: \"Unfortunately, our responsibility doesn't end in the Western Hemisphere.\"")
L5 = "Trudeau announced that Canada would send armored vehicles to help Haiti's police fight powerful armed gangs."
L6 = ("He said Canada was not prepared to lead the military intervention in the Caribbean nation that Haiti's "
      "government requested from the United Nations in October.")
L7 = ("Biden arrived in Mexico on Sunday after a visit to the border city of El Paso, Texas, his first trip to the "
      "frontier as president.")
L8 = ("Mexico has agreed to take back up to 30,000 migrants a month from Cuba, Haiti, Nicaragua and Venezuela who "
      "are turned away at the U.S. border under a new policy announced last week.")
L9 = ("Human rights groups criticized the plan, saying it would leave asylum seekers stranded in dangerous Mexican "
      "border towns.")
L10 = ("Biden thanked López Obrador for the arrest of Ovidio Guzmán, a son of jailed drug lord Joaquín \"El Chapo\" "
       "Guzmán.")
L11 = "Mexican security forces captured Guzmán in Culiacán last Thursday in an operation that left 29 people dead."
L12 = ("Trudeau criticized U.S. rules favoring American-made products, saying they hurt Canadian companies.")
L13 = ("Outside the palace, several hundred protesters rallied against the U.S. economic embargo on Cuba.")
L14 = "Trudeau invited his counterparts to Canada for the next summit in 2024."

EN02 = {
    "id": "hm477-en-02", "lang": "en", "url": None, "published": "2023-01-10",
    "title": "North American leaders agree to cut reliance on Asian imports, cooperate on migration",
    "text": paragraphs([L1, L2], [L3, L4, L5, L6], [L7, L8, L9], [L10, L11, L12, L13, L14]),
    "events": [
        event("AGREE", BIDEN, AMLO, L1, date="2023-01-10", location="Mexico City", location_country="MEX"),
        event("AGREE", TRUDEAU, AMLO, L1, date="2023-01-10", location="Mexico City", location_country="MEX"),
        event("AGREE", BIDEN, TRUDEAU, L1, date="2023-01-10", location="Mexico City", location_country="MEX"),
        event("CONSULT", BIDEN, AMLO, L2, mode="meet", date="2023-01-10", location="Mexico City",
              location_country="MEX"),
        event("CONSULT", TRUDEAU, AMLO, L2, mode="meet", date="2023-01-10", location="Mexico City",
              location_country="MEX"),
        event("CONSULT", BIDEN, TRUDEAU, L2, mode="meet", date="2023-01-10", location="Mexico City",
              location_country="MEX"),
        event("REQUEST", AMLO, BIDEN, L3, mode="change"),
        event("AGREE", TRUDEAU, HTI_POLICE, L5),
        event("REJECT", TRUDEAU, HTI_GOV, L6, mode="assist"),
        event("REQUEST", HTI_GOV, UN, L6, mode="assist"),
        event("CONSULT", BIDEN, AMLO, L7, mode="visit", date="2023-01-08", location_country="MEX"),
        event("AGREE", MEX_GOV, USA_GOV, L8),
        event("ACCUSE", RIGHTS_GROUPS, USA_GOV, L9, mode="disapprove"),
        event("SUPPORT", BIDEN, AMLO, L10),
        event("COERCE", MEX_SECURITY, OVIDIO, L11, mode="arrest", date="2023-01-05", location="Culiacán",
              location_country="MEX"),
        event("ACCUSE", TRUDEAU, USA_GOV, L12, mode="disapprove"),
        event("PROTEST", MEX_PROTESTERS, USA_GOV, L13, mode="demo", date="2023-01-10", location="Mexico City",
              location_country="MEX"),
        event("AGREE", TRUDEAU, BIDEN, L14),
        event("AGREE", TRUDEAU, AMLO, L14),
    ],
    "quotes": [
        quote("abandonment, disdain and neglect", "Andrés Manuel López Obrador", "direct"),
        quote("to end an attitude of \"abandonment, disdain and neglect\" toward the region",
              "Andrés Manuel López Obrador", "indirect"),
        quote("the United States had spent billions of dollars in the region", "Joe Biden", "indirect"),
        quote("Unfortunately, our responsibility doesn't end in the Western Hemisphere", "Joe Biden", "direct"),
        quote("Canada would send armored vehicles to help Haiti's police fight powerful armed gangs", "Justin Trudeau",
              "indirect"),
        quote("Canada was not prepared to lead the military intervention in the Caribbean nation that Haiti's "
              "government requested from the United Nations in October", "Justin Trudeau", "indirect"),
        quote("it would leave asylum seekers stranded in dangerous Mexican border towns", "human rights groups",
              "indirect"),
        quote("they hurt Canadian companies", "Justin Trudeau", "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["MEXICO CITY"]),
        entity("Joe Biden", "PER", "USA", ["U.S. President Joe Biden", "Biden", "him", "his"]),
        entity("Justin Trudeau", "PER", "CAN", ["Canadian Prime Minister Justin Trudeau", "Trudeau", "He"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX", ["Mexican President Andrés Manuel López Obrador",
                                                             "López Obrador"]),
        entity("National Palace", "LOC", "MEX", ["the National Palace", "the palace"]),
        entity("North American Leaders' Summit", "MISC", None, ["North American Leaders' Summit"]),
        entity("Mexico", "LOC", "MEX", ["Mexico"]),
        entity("Government of Mexico", "ORG", "MEX", ["Mexico"]),
        entity("Latin America", "LOC", None, ["Latin America", "the region"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Western Hemisphere", "LOC", None, ["the Western Hemisphere"]),
        entity("Canada", "LOC", "CAN", ["Canada"]),
        entity("Haitian National Police", "ORG", "HTI", ["Haiti's police"]),
        entity("Haitian gangs", "ORG", "HTI", ["powerful armed gangs"]),
        entity("Haiti", "LOC", "HTI", ["the Caribbean nation", "Haiti"]),
        entity("Government of Haiti", "ORG", "HTI", ["Haiti's government"]),
        entity("United Nations", "ORG", "UNO", ["the United Nations"]),
        entity("El Paso", "LOC", "USA", ["the border city of El Paso"]),
        entity("Texas", "LOC", "USA", ["Texas"]),
        entity("Cuba", "LOC", "CUB", ["Cuba"]),
        entity("Nicaragua", "LOC", "NIC", ["Nicaragua"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuela"]),
        entity("migrants", "PER", None, ["up to 30,000 migrants a month", "asylum seekers"]),
        entity("human rights groups", "ORG", "NGO", ["Human rights groups"]),
        entity("Ovidio Guzmán López", "PER", "MEX", ["Ovidio Guzmán, a son of jailed drug lord Joaquín \"El Chapo\" "
                                                     "Guzmán", "Guzmán"]),
        entity("Joaquín Guzmán", "PER", "MEX", ["jailed drug lord Joaquín \"El Chapo\" Guzmán"]),
        entity("Mexican security forces", "ORG", "MEX", ["Mexican security forces"]),
        entity("Culiacán", "LOC", "MEX", ["Culiacán"]),
        entity("Canadian companies", "ORG", "CAN", ["Canadian companies"]),
        entity("protesters in Mexico City", "PER", "MEX", ["several hundred protesters"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
