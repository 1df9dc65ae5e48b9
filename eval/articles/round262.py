"""Round 262: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, invented wording and details):
- hm262-de-01: Mexico: Ovidio Guzmán, son of "El Chapo", extradited to the United States; Chicago prosecutors charge him, Garland thanks Mexico and warns the Chapitos, January arrest and Culiacán clashes recalled, López Obrador denies pressure, his lawyer objects, Bárcena asks Washington to stop arms smuggling (2023-09-15).
- hm262-de-02: Canada: House Speaker Anthony Rota resigns over the honouring of SS veteran Yaroslav Hunka during Zelensky's visit; opposition parties had demanded it, Trudeau disapproves and apologises, Poilievre attacks Trudeau, Peskov accuses Canada, Poland's Czarnek asks about extradition, Canadian aid pledge recalled (2023-09-27).
- hm262-de-03: Cuba: Russian frigate Admiral Gorshkov and submarine Kazan arrive in Havana after a missile drill; the US sends USS Helena to Guantánamo, Canada sends a patrol ship, Kirby accuses Moscow, Fernández de Cossío accuses Washington and demands an end to the embargo, Russian oil and wheat deliveries (2024-06-12).
- hm262-de-04: Panama: the Supreme Court declares First Quantum's Cobre Panamá contract unconstitutional; Cortizo announces the mine's closure, weeks of protests and road blocks, two teachers shot at a blockade in Chame, tear gas, First Quantum threatens arbitration, Suntracs lifts blockades, Canada in contact (2023-11-28).
- hm262-en-01: Guatemala: Judge Fredy Orellana suspends Arevalo's Seed Movement at Curruchiche's request, prosecutors search the TSE registry, the TSE refuses to enforce the order, Arevalo, Washington, the OAS mission, protesters and Torres react, Giammattei promises a handover (2023-07-13).
- hm262-en-02: NATO/Europe: European leaders condemn Trump's remark that he would encourage Russia to attack allies who do not pay; Stoltenberg, Bates, Michel and Scholz criticise, Tusk visits Paris and Berlin and urges more defence spending, Leavitt defends Trump (2024-02-12).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm262-de-01 (Mexico, Ovidio Guzmán extradited)
MEXICO = actor("Mexico", "MEX", "GOV")
USA = actor("United States", "USA", "GOV")
OVIDIO = actor("Ovidio Guzmán", "MEX", "CVL")
CHICAGO_PROSECUTORS = actor("U.S. Attorney's Office for the Northern District of Illinois", "USA", "JUD")
GARLAND = actor("Merrick Garland", "USA", "GOV")
SINALOA_CARTEL = actor("Sinaloa Cartel", "MEX", "CVL")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
MEX_ARMY = actor("Mexican Army", "MEX", "MIL")
CARTEL_GUNMEN = actor("Sinaloa Cartel gunmen", "MEX", "CVL")
OVIDIO_LAWYER = actor("lawyer of Ovidio Guzmán", "MEX", "CVL")
CHAPITOS = actor("Los Chapitos", "MEX", "CVL")
BARCENA = actor("Alicia Bárcena", "MEX", "GOV")

O1 = ("Mexiko-Stadt (dpa) - Mexiko hat Ovidio Guzmán, einen Sohn des in den USA inhaftierten Drogenbosses Joaquín "
      "„El Chapo“ Guzmán, an die Vereinigten Staaten ausgeliefert.")
O2 = ("Der 33-Jährige sei am Freitag aus dem Hochsicherheitsgefängnis Altiplano mit einem Flugzeug der US-Behörden "
      "nach Chicago gebracht worden, teilte Sicherheitsministerin Rosa Icela Rodríguez mit.")
O3 = "Die Staatsanwaltschaft in Chicago wirft ihm Drogenhandel, Geldwäsche und Waffendelikte vor."
O4 = ("US-Justizminister Merrick Garland sprach von einem „wichtigen Schritt“ gegen das Sinaloa-Kartell, das "
      "tonnenweise Fentanyl in die USA schmuggle.")
O5 = "Er dankte der mexikanischen Regierung für die Zusammenarbeit."
O6 = "Soldaten hatten Guzmán im Januar in Culiacán, der Hauptstadt des Bundesstaats Sinaloa, festgenommen."
O7 = ("Bewaffnete des Kartells lieferten sich daraufhin stundenlange Gefechte mit der Armee und beschossen auch "
      "Flugzeuge am Flughafen der Stadt.")
O8 = "Dabei wurden 29 Menschen getötet, unter ihnen zehn Soldaten."
O9 = ("Präsident Andrés Manuel López Obrador sagte, die Auslieferung sei eine Entscheidung der Justiz gewesen und "
      "keine Antwort auf Druck aus Washington.")
O10 = "Guzmáns Anwalt kritisierte die Auslieferung als übereilt, weil noch Rechtsmittel anhängig gewesen seien."
O11 = "„Das ist erst der Anfang“, sagte Garland mit Blick auf Ovidios Brüder, die als „Chapitos“ bekannt sind."
O12 = ("Mexikos Außenministerin Alicia Bárcena forderte die USA zugleich auf, den Waffenschmuggel über die "
       "gemeinsame Grenze zu unterbinden.")

DE01 = {
    "id": "hm262-de-01", "lang": "de", "url": None, "published": "2023-09-15",
    "title": "Mexiko liefert „El Chapo“-Sohn Ovidio Guzmán an die USA aus",
    "text": paragraphs([O1, O2, O3], [O4, O5], [O6, O7, O8], [O9, O10, O11, O12]),
    "events": [
        event("COOPERATE", MEXICO, USA, O1),
        event("COOPERATE", MEXICO, USA, O2, date="2023-09-15", location="Altiplano", location_country="MEX"),
        event("ACCUSE", CHICAGO_PROSECUTORS, OVIDIO, O3, mode="allege"),
        event("ACCUSE", GARLAND, SINALOA_CARTEL, O4, mode="allege"),
        event("SUPPORT", GARLAND, MEX_GOV, O5),
        event("COERCE", MEX_ARMY, OVIDIO, O6, mode="arrest", location="Culiacán", location_country="MEX"),
        event("ASSAULT", CARTEL_GUNMEN, MEX_ARMY, O7, mode="firearms", location="Culiacán",
              location_country="MEX"),
        event("ACCUSE", OVIDIO_LAWYER, MEX_GOV, O10, mode="disapprove"),
        event("THREATEN", GARLAND, CHAPITOS, O11, mode="arrest"),
        event("REQUEST", BARCENA, USA, O12, mode="change"),
    ],
    "quotes": [
        quote("Der 33-Jährige sei am Freitag aus dem Hochsicherheitsgefängnis Altiplano mit einem Flugzeug der "
              "US-Behörden nach Chicago gebracht worden", "Rosa Icela Rodríguez", "indirect"),
        quote("wichtigen Schritt", "Merrick Garland", "direct"),
        quote("das tonnenweise Fentanyl in die USA schmuggle", "Merrick Garland", "indirect"),
        quote("die Auslieferung sei eine Entscheidung der Justiz gewesen und keine Antwort auf Druck aus Washington",
              "Andrés Manuel López Obrador", "indirect"),
        quote("weil noch Rechtsmittel anhängig gewesen seien", "lawyer of Ovidio Guzmán", "indirect"),
        quote("Das ist erst der Anfang", "Merrick Garland", "direct"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt"]),
        entity("Mexico", "LOC", "MEX", ["Mexiko", "Mexikos"]),
        entity("Ovidio Guzmán", "PER", "MEX", ["Ovidio Guzmán", "Der 33-Jährige", "Guzmán", "Guzmáns", "Ovidios"]),
        entity("Joaquín Guzmán", "PER", "MEX", ["Drogenbosses Joaquín „El Chapo“ Guzmán"]),
        entity("United States", "LOC", "USA", ["den USA", "die Vereinigten Staaten", "die USA"]),
        entity("Altiplano prison", "LOC", "MEX", ["Hochsicherheitsgefängnis Altiplano"]),
        entity("U.S. authorities", "ORG", "USA", ["US-Behörden"]),
        entity("Chicago", "LOC", "USA", ["Chicago"]),
        entity("Rosa Icela Rodríguez", "PER", "MEX", ["Sicherheitsministerin Rosa Icela Rodríguez"]),
        entity("U.S. Attorney's Office for the Northern District of Illinois", "ORG", "USA",
               ["Die Staatsanwaltschaft in Chicago"]),
        entity("Merrick Garland", "PER", "USA", ["US-Justizminister Merrick Garland", "Garland"]),
        entity("Sinaloa Cartel", "ORG", "MEX", ["das Sinaloa-Kartell"]),
        entity("Government of Mexico", "ORG", "MEX", ["der mexikanischen Regierung"]),
        entity("Mexican Army", "ORG", "MEX", ["Soldaten", "der Armee"]),
        entity("Culiacán", "LOC", "MEX", ["Culiacán", "der Stadt"]),
        entity("Sinaloa", "LOC", "MEX", ["des Bundesstaats Sinaloa"]),
        entity("Sinaloa Cartel gunmen", "ORG", "MEX", ["Bewaffnete des Kartells"]),
        entity("Culiacán International Airport", "LOC", "MEX", ["Flughafen der Stadt"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX", ["Präsident Andrés Manuel López Obrador"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("lawyer of Ovidio Guzmán", "PER", "MEX", ["Guzmáns Anwalt"]),
        entity("Los Chapitos", "ORG", "MEX", ["Ovidios Brüder", "Chapitos"]),
        entity("Alicia Bárcena", "PER", "MEX", ["Mexikos Außenministerin Alicia Bárcena"]),
    ],
}

# ---------------------------------------------------------------- hm262-de-02 (Canada, Speaker Rota resigns over Hunka)
ROTA = actor("Anthony Rota", "CAN", "LEG")
HUNKA = actor("Yaroslav Hunka", "UKR", "CVL")
CONSERVATIVES = actor("Conservative Party of Canada", "CAN", "OPP")
BLOC = actor("Bloc Québécois", "CAN", "OPP")
NDP = actor("New Democratic Party", "CAN", "OPP")
TRUDEAU = actor("Justin Trudeau", "CAN", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
POILIEVRE = actor("Pierre Poilievre", "CAN", "OPP")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
CANADA = actor("Canada", "CAN", "GOV")
CZARNEK = actor("Przemysław Czarnek", "POL", "GOV")
IPN = actor("Institute of National Remembrance", "POL", "GOV")

H1 = ("Ottawa (AFP) - Nach der Ehrung eines ukrainischen Weltkriegsveteranen, der in einer Einheit der Waffen-SS "
      "gedient hatte, ist der Präsident des kanadischen Unterhauses, Anthony Rota, zurückgetreten.")
H2 = "„Ich bedaure meinen Fehler zutiefst“, sagte Rota am Dienstag vor den Abgeordneten."
H3 = ("Rota hatte den 98-jährigen Jaroslaw Hunka am Freitag während einer Rede des ukrainischen Präsidenten "
      "Wolodymyr Selenskyj im Parlament als „Helden“ gewürdigt.")
H4 = "Er habe von Hunkas Vergangenheit nichts gewusst, erklärte Rota später."
H5 = "Konservative, Bloc Québécois und die Neue Demokratische Partei hatten seinen Rücktritt gefordert."
H6 = "Premierminister Justin Trudeau nannte Rotas Einladung „zutiefst peinlich“ für Kanada."
H7 = ("Am Mittwoch entschuldigte er sich im Namen des Parlaments bei Selenskyj und bei allen Opfern des "
      "Nationalsozialismus.")
H8 = "Oppositionsführer Pierre Poilievre warf Trudeau vor, die Verantwortung allein auf Rota abzuwälzen."
H9 = ("Kremlsprecher Dmitri Peskow nannte die Ehrung „empörend“ und warf Kanada vor, die Verbrechen der Nazis zu "
      "verharmlosen.")
H10 = ("Polens Bildungsminister Przemysław Czarnek erklärte, er habe das Institut für Nationales Gedenken gebeten zu "
       "prüfen, ob Hunka an Polen ausgeliefert werden könne.")
H11 = ("Selenskyj hatte in Ottawa um weitere Militärhilfe geworben, Trudeau sagte ihm 650 Millionen kanadische Dollar "
       "für gepanzerte Fahrzeuge zu.")

DE02 = {
    "id": "hm262-de-02", "lang": "de", "url": None, "published": "2023-09-27",
    "title": "Kanadas Parlamentspräsident tritt nach Ehrung eines SS-Veteranen zurück",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7, H8], [H9, H10], [H11]),
    "events": [
        event("RETREAT", ROTA, None, H1, mode="resign"),
        event("CONCEDE", ROTA, None, H2, date="2023-09-26"),
        event("SUPPORT", ROTA, HUNKA, H3, date="2023-09-22", location="Ottawa", location_country="CAN"),
        event("REQUEST", CONSERVATIVES, ROTA, H5, mode="change"),
        event("REQUEST", BLOC, ROTA, H5, mode="change"),
        event("REQUEST", NDP, ROTA, H5, mode="change"),
        event("ACCUSE", TRUDEAU, ROTA, H6, mode="disapprove"),
        event("CONCEDE", TRUDEAU, ZELENSKY, H7, date="2023-09-27"),
        event("ACCUSE", POILIEVRE, TRUDEAU, H8, mode="disapprove"),
        event("ACCUSE", PESKOV, CANADA, H9, mode="disapprove"),
        event("REQUEST", CZARNEK, IPN, H10),
        event("REQUEST", ZELENSKY, CANADA, H11, mode="assist", location="Ottawa", location_country="CAN"),
        event("AGREE", TRUDEAU, ZELENSKY, H11),
    ],
    "quotes": [
        quote("Ich bedaure meinen Fehler zutiefst", "Anthony Rota", "direct"),
        quote("Helden", "Anthony Rota", "direct"),
        quote("Er habe von Hunkas Vergangenheit nichts gewusst", "Anthony Rota", "indirect"),
        quote("zutiefst peinlich", "Justin Trudeau", "direct"),
        quote("die Verantwortung allein auf Rota abzuwälzen", "Pierre Poilievre", "indirect"),
        quote("empörend", "Dmitry Peskov", "direct"),
        quote("die Verbrechen der Nazis zu verharmlosen", "Dmitry Peskov", "indirect"),
        quote("er habe das Institut für Nationales Gedenken gebeten zu prüfen, ob Hunka an Polen ausgeliefert werden "
              "könne", "Przemysław Czarnek", "indirect"),
    ],
    "entities": [
        entity("Ottawa", "LOC", "CAN", ["Ottawa"]),
        entity("Yaroslav Hunka", "PER", "UKR", ["eines ukrainischen Weltkriegsveteranen", "den 98-jährigen Jaroslaw Hunka",
                                                 "Hunkas", "Hunka"]),
        entity("Waffen-SS", "ORG", "DEU", ["einer Einheit der Waffen-SS"]),
        entity("Anthony Rota", "PER", "CAN", ["der Präsident des kanadischen Unterhauses, Anthony Rota", "Rota",
                                               "Rotas"]),
        entity("House of Commons of Canada", "ORG", "CAN", ["des kanadischen Unterhauses", "den Abgeordneten",
                                                            "im Parlament", "des Parlaments"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["des ukrainischen Präsidenten Wolodymyr Selenskyj", "Selenskyj"]),
        entity("Conservative Party of Canada", "ORG", "CAN", ["Konservative"]),
        entity("Bloc Québécois", "ORG", "CAN", ["Bloc Québécois"]),
        entity("New Democratic Party", "ORG", "CAN", ["die Neue Demokratische Partei"]),
        entity("Justin Trudeau", "PER", "CAN", ["Premierminister Justin Trudeau", "Trudeau"]),
        entity("Canada", "LOC", "CAN", ["Kanada"]),
        entity("Pierre Poilievre", "PER", "CAN", ["Oppositionsführer Pierre Poilievre"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Przemysław Czarnek", "PER", "POL", ["Polens Bildungsminister Przemysław Czarnek"]),
        entity("Poland", "LOC", "POL", ["Polens", "Polen"]),
        entity("Institute of National Remembrance", "ORG", "POL", ["das Institut für Nationales Gedenken"]),
    ],
}

# ---------------------------------------------------------------- hm262-de-03 (Cuba, Russian warships in Havana)
RUS_NAVY = actor("Russian Navy", "RUS", "MIL")
CUB_NAVY = actor("Cuban Revolutionary Navy", "CUB", "MIL")
US_NAVY = actor("U.S. Navy", "USA", "MIL")
KIRBY = actor("John Kirby", "USA", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
COSSIO = actor("Carlos Fernández de Cossío", "CUB", "GOV")
CUBA = actor("Cuba", "CUB", "GOV")

F1 = ("Havanna (Reuters) - Mit der Fregatte „Admiral Gorschkow“ und dem Atom-U-Boot „Kasan“ sind am Mittwoch zwei "
      "Kriegsschiffe der russischen Marine in den Hafen von Havanna eingelaufen.")
F3 = ("Der Verband habe auf dem Weg in die Karibik im Atlantik den Einsatz von Präzisionsraketen gegen Ziele in mehr "
      "als 600 Kilometern Entfernung geübt, teilte das russische Verteidigungsministerium mit.")
F4 = "Die kubanische Regierung betonte, keines der Schiffe trage Atomwaffen."
F5 = ("Für die Besatzungen seien bis Montag Treffen mit der kubanischen Marineführung geplant, hieß es aus dem "
      "Außenministerium in Havanna.")
F6 = ("Das Pentagon erklärte, man verfolge die Schiffe genau, sehe aber keine Bedrohung für die Vereinigten "
      "Staaten.")
F7 = "Als Signal schickte die US-Marine dennoch das Atom-U-Boot „USS Helena“ in die Bucht von Guantánamo."
F8 = "Auch Kanada entsandte das Patrouillenschiff „Margaret Brooke“ nach Havanna."
F9 = ("Der Sprecher des Nationalen Sicherheitsrats, John Kirby, sagte, Moskau wolle Stärke demonstrieren, weil "
      "Washington die Ukraine unterstütze.")
F10 = "„Wir nehmen das ernst, aber es ist kein Grund zur Sorge“, fügte er hinzu."
F11 = ("Kubas Vizeaußenminister Carlos Fernández de Cossío warf den USA vor, mit der Entsendung des U-Boots nach "
       "Guantánamo die Spannungen in der Region zu schüren.")
F12 = "Er forderte Washington erneut auf, den Stützpunkt zu räumen und das Embargo gegen die Insel aufzuheben."
F13 = "Russland liefert Kuba seit Monaten Erdöl und Weizen, um die schwere Wirtschaftskrise auf der Insel zu lindern."

DE03 = {
    "id": "hm262-de-03", "lang": "de", "url": None, "published": "2024-06-12",
    "title": "Russische Kriegsschiffe in Havanna eingelaufen",
    "text": paragraphs([F1, F3], [F4, F5], [F6, F7, F8, F9, F10], [F11, F12, F13]),
    "events": [
        event("MOBILIZE", RUS_NAVY, None, F1, mode="weapons", date="2024-06-12", location="Havana",
              location_country="CUB"),
        event("MOBILIZE", RUS_NAVY, None, F3, mode="weapons", location="Atlantic Ocean"),
        event("AGREE", RUS_NAVY, CUB_NAVY, F5, location="Havana", location_country="CUB"),
        event("MOBILIZE", US_NAVY, None, F7, mode="weapons", location="Guantánamo Bay", location_country="CUB"),
        event("MOBILIZE", CANADA, None, F8, mode="weapons", location="Havana", location_country="CUB"),
        event("ACCUSE", KIRBY, RUSSIA, F9, mode="allege"),
        event("ACCUSE", COSSIO, USA, F11, mode="disapprove"),
        event("REQUEST", COSSIO, USA, F12, mode="yield"),
        event("AID", RUSSIA, CUBA, F13),
    ],
    "quotes": [
        quote("Der Verband habe auf dem Weg in die Karibik im Atlantik den Einsatz von Präzisionsraketen gegen Ziele "
              "in mehr als 600 Kilometern Entfernung geübt", "Ministry of Defence of Russia", "indirect"),
        quote("keines der Schiffe trage Atomwaffen", "Government of Cuba", "indirect"),
        quote("Für die Besatzungen seien bis Montag Treffen mit der kubanischen Marineführung geplant",
              "Ministry of Foreign Affairs of Cuba", "indirect"),
        quote("man verfolge die Schiffe genau, sehe aber keine Bedrohung für die Vereinigten Staaten",
              "U.S. Department of Defense", "indirect"),
        quote("Moskau wolle Stärke demonstrieren, weil Washington die Ukraine unterstütze", "John Kirby", "indirect"),
        quote("Wir nehmen das ernst, aber es ist kein Grund zur Sorge", "John Kirby", "direct"),
        quote("mit der Entsendung des U-Boots nach Guantánamo die Spannungen in der Region zu schüren",
              "Carlos Fernández de Cossío", "indirect"),
    ],
    "entities": [
        entity("Havana", "LOC", "CUB", ["Havanna"]),
        entity("Admiral Gorshkov", "LOC", "RUS", ["der Fregatte „Admiral Gorschkow“"]),
        entity("Kazan", "LOC", "RUS", ["dem Atom-U-Boot „Kasan“"]),
        entity("Russian Navy", "ORG", "RUS", ["der russischen Marine", "Der Verband"]),
        entity("Caribbean", "LOC", None, ["Karibik"]),
        entity("Atlantic Ocean", "LOC", None, ["Atlantik"]),
        entity("Ministry of Defence of Russia", "ORG", "RUS", ["das russische Verteidigungsministerium"]),
        entity("Government of Cuba", "ORG", "CUB", ["Die kubanische Regierung"]),
        entity("Cuban Revolutionary Navy", "ORG", "CUB", ["der kubanischen Marineführung"]),
        entity("Ministry of Foreign Affairs of Cuba", "ORG", "CUB", ["dem Außenministerium in Havanna"]),
        entity("U.S. Department of Defense", "ORG", "USA", ["Das Pentagon"]),
        entity("United States", "LOC", "USA", ["die Vereinigten Staaten", "den USA"]),
        entity("U.S. Navy", "ORG", "USA", ["die US-Marine"]),
        entity("USS Helena", "LOC", "USA", ["das Atom-U-Boot „USS Helena“", "des U-Boots"]),
        entity("Guantánamo Bay", "LOC", "CUB", ["die Bucht von Guantánamo", "Guantánamo", "den Stützpunkt"]),
        entity("Canada", "LOC", "CAN", ["Kanada"]),
        entity("HMCS Margaret Brooke", "LOC", "CAN", ["das Patrouillenschiff „Margaret Brooke“"]),
        entity("John Kirby", "PER", "USA", ["Der Sprecher des Nationalen Sicherheitsrats, John Kirby"]),
        entity("National Security Council", "ORG", "USA", ["des Nationalen Sicherheitsrats"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Ukraine", "LOC", "UKR", ["die Ukraine"]),
        entity("Carlos Fernández de Cossío", "PER", "CUB", ["Kubas Vizeaußenminister Carlos Fernández de Cossío"]),
        entity("Cuba", "LOC", "CUB", ["Kubas", "Kuba", "die Insel", "der Insel"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
    ],
}

# ---------------------------------------------------------------- hm262-de-04 (Panama, Cobre Panamá contract struck down)
PAN_COURT = actor("Supreme Court of Justice of Panama", "PAN", "JUD")
FIRST_QUANTUM = actor("First Quantum Minerals", "CAN", "BUS")
CORTIZO = actor("Laurentino Cortizo", "PAN", "GOV")
PAN_ENVIRONMENTALISTS = actor("Panamanian environmentalists", "PAN", "CVL")
PAN_UNIONISTS = actor("Panamanian trade unionists", "PAN", "LAB")
PAN_TEACHERS = actor("Panamanian teachers", "PAN", "LAB")
PAN_GOV = actor("Government of Panama", "PAN", "GOV")
CHAME_GUNMAN = actor("gunman at the Chame road block", "PAN", "CVL")
PAN_PROTESTERS = actor("protesters against the Cobre Panamá contract", "PAN", "CVL")
PAN_POLICE = actor("National Police of Panama", "PAN", "COP")
SUNTRACS = actor("Suntracs", "PAN", "LAB")
NG = actor("Mary Ng", "CAN", "GOV")

M1 = ("Panama-Stadt (AFP) - Panamas Oberster Gerichtshof hat den umstrittenen Bergbauvertrag mit dem kanadischen "
      "Konzern First Quantum für verfassungswidrig erklärt.")
M2 = ("Das Gesetz über die Konzession für die Kupfermine Cobre Panamá verstoße gegen 25 Artikel der Verfassung, "
      "entschieden die neun Richter am Dienstag einstimmig.")
M3 = ("Präsident Laurentino Cortizo kündigte an, die Regierung werde umgehend die geordnete Schließung der Mine "
      "einleiten.")
M4 = ("Seit Ende Oktober hatten Umweltschützer, Gewerkschafter und Lehrer landesweit gegen den Vertrag demonstriert "
      "und Straßen blockiert.")
M5 = "Am 7. November erschoss ein Mann an einer Straßensperre in Chame zwei Demonstranten."
M6 = "Die Polizei nahm den 77-jährigen Anwalt noch am Tatort fest."
M7 = "Bei Zusammenstößen in der Hauptstadt setzten Polizisten zudem wiederholt Tränengas gegen Demonstranten ein."
M8 = ("First Quantum drohte der Regierung mit einem internationalen Schiedsverfahren über Schadenersatz in "
      "Milliardenhöhe.")
M9 = "Formell gekündigt hat Panama den Vertrag allerdings noch nicht."
M10 = "Die Mine erwirtschaftete zuletzt rund fünf Prozent der Wirtschaftsleistung des Landes."
M11 = ("Der Gewerkschaftsverband Suntracs kündigte an, die Blockaden aufzuheben, verlangte aber einen verbindlichen "
       "Zeitplan für die Schließung.")
M12 = "Kanadas Handelsministerin Mary Ng sagte, Ottawa stehe wegen der Mine mit der Regierung in Panama in Kontakt."

DE04 = {
    "id": "hm262-de-04", "lang": "de", "url": None, "published": "2023-11-28",
    "title": "Panamas Oberstes Gericht kippt Vertrag für Kupfermine",
    "text": paragraphs([M1, M2, M3], [M4, M5, M6, M7], [M8, M9, M10], [M11, M12]),
    "events": [
        event("SANCTION", PAN_COURT, FIRST_QUANTUM, M1, mode="convict"),
        event("SANCTION", PAN_COURT, FIRST_QUANTUM, M2, mode="convict", date="2023-11-28"),
        event("CONCEDE", CORTIZO, None, M3),
        event("PROTEST", PAN_ENVIRONMENTALISTS, PAN_GOV, M4, mode="demo", location_country="PAN"),
        event("PROTEST", PAN_UNIONISTS, PAN_GOV, M4, mode="demo", location_country="PAN"),
        event("PROTEST", PAN_TEACHERS, PAN_GOV, M4, mode="demo", location_country="PAN"),
        event("ASSAULT", CHAME_GUNMAN, PAN_PROTESTERS, M5, mode="firearms", date="2023-11-07", location="Chame",
              location_country="PAN"),
        event("COERCE", PAN_POLICE, CHAME_GUNMAN, M6, mode="arrest", location="Chame", location_country="PAN"),
        event("ASSAULT", PAN_POLICE, PAN_PROTESTERS, M7, mode="crowd-control", location="Panama City",
              location_country="PAN"),
        event("THREATEN", FIRST_QUANTUM, PAN_GOV, M8),
        event("SANCTION", PAN_GOV, FIRST_QUANTUM, M9, mode="discontinue", negated=True),
        event("CONCEDE", SUNTRACS, PAN_GOV, M11),
        event("REQUEST", SUNTRACS, PAN_GOV, M11, mode="change"),
        event("CONSULT", CANADA, PAN_GOV, M12),
    ],
    "quotes": [
        quote("Das Gesetz über die Konzession für die Kupfermine Cobre Panamá verstoße gegen 25 Artikel der "
              "Verfassung", "Supreme Court of Justice of Panama", "indirect"),
        quote("die Regierung werde umgehend die geordnete Schließung der Mine einleiten", "Laurentino Cortizo",
              "indirect"),
        quote("Ottawa stehe wegen der Mine mit der Regierung in Panama in Kontakt", "Mary Ng", "indirect"),
    ],
    "entities": [
        entity("Panama City", "LOC", "PAN", ["Panama-Stadt", "der Hauptstadt"]),
        entity("Supreme Court of Justice of Panama", "ORG", "PAN", ["Panamas Oberster Gerichtshof",
                                                                    "die neun Richter"]),
        entity("Panama", "LOC", "PAN", ["Panamas", "Panama", "des Landes"]),
        entity("First Quantum Minerals", "ORG", "CAN", ["dem kanadischen Konzern First Quantum", "First Quantum"]),
        entity("Cobre Panamá", "LOC", "PAN", ["die Kupfermine Cobre Panamá", "der Mine", "Die Mine"]),
        entity("Laurentino Cortizo", "PER", "PAN", ["Präsident Laurentino Cortizo"]),
        entity("Government of Panama", "ORG", "PAN", ["die Regierung", "der Regierung",
                                                      "der Regierung in Panama"]),
        entity("Panamanian environmentalists", "ORG", "PAN", ["Umweltschützer"]),
        entity("Panamanian trade unionists", "ORG", "PAN", ["Gewerkschafter"]),
        entity("Panamanian teachers", "ORG", "PAN", ["Lehrer"]),
        entity("gunman at the Chame road block", "PER", "PAN", ["ein Mann", "den 77-jährigen Anwalt"]),
        entity("Chame", "LOC", "PAN", ["Chame"]),
        entity("protesters against the Cobre Panamá contract", "ORG", "PAN", ["zwei Demonstranten",
                                                                             "Demonstranten"]),
        entity("National Police of Panama", "ORG", "PAN", ["Die Polizei", "Polizisten"]),
        entity("Suntracs", "ORG", "PAN", ["Der Gewerkschaftsverband Suntracs"]),
        entity("Mary Ng", "PER", "CAN", ["Kanadas Handelsministerin Mary Ng"]),
        entity("Canada", "LOC", "CAN", ["Kanadas"]),
        entity("Government of Canada", "ORG", "CAN", ["Ottawa"]),
    ],
}

# ---------------------------------------------------------------- hm262-en-01 (Guatemala, Seed Movement suspended)
ORELLANA = actor("Fredy Orellana", "GTM", "JUD")
SEMILLA = actor("Seed Movement", "GTM", "PTY")
CURRUCHICHE = actor("Rafael Curruchiche", "GTM", "JUD")
GTM_MP = actor("Public Ministry of Guatemala", "GTM", "JUD")
TSE = actor("Supreme Electoral Tribunal of Guatemala", "GTM", "GOV")
AREVALO = actor("Bernardo Arevalo", "GTM", "PTY")
US_STATE = actor("U.S. Department of State", "USA", "GOV")
GTM_AUTH = actor("Guatemalan authorities", "GTM", "GOV")
LOIZAGA = actor("Eladio Loizaga", "IGO", "IGO")
AREVALO_SUPPORTERS = actor("supporters of Bernardo Arevalo", "GTM", "CVL")
TORRES = actor("Sandra Torres", "GTM", "PTY")
GIAMMATTEI = actor("Alejandro Giammattei", "GTM", "GOV")

G1 = ("GUATEMALA CITY, July 13 (Reuters) - A Guatemalan judge has suspended the Seed Movement party of presidential "
      "candidate Bernardo Arevalo, weeks before an Aug. 20 run-off.")
G2 = ("Judge Fredy Orellana acted late on Wednesday at the request of prosecutor Rafael Curruchiche, who is "
      "investigating alleged irregularities in the party's 2018 registration.")
G3 = "Hours later, prosecutors searched the citizens' registry of the Supreme Electoral Tribunal (TSE)."
G4 = "No one was detained, a TSE spokesman said."
G5 = 'Arevalo, an anti-corruption campaigner, called the prosecutors\' moves "political persecution."'
G6 = ("The TSE said electoral law barred suspending parties during an election and that it would not enforce the "
      "order.")
G7 = ('Curruchiche, whom Washington has listed as a "corrupt and undemocratic actor," denied any political motive.')
G8 = ('The U.S. State Department said it was "deeply concerned" and urged Guatemalan authorities to respect the will '
      'of voters.')
G9 = ("Eladio Loizaga, head of the Organization of American States' observer mission, met TSE magistrates on "
      "Thursday.")
G10 = ('Hundreds of Arevalo supporters rallied outside the prosecutor\'s office, chanting "Consuelo out" in reference '
       'to Attorney General Consuelo Porras.')
G11 = ("His rival Sandra Torres said the courts must be allowed to work and accused Arevalo of playing the "
       "victim.")
G12 = "President Alejandro Giammattei said he would hand over power on Jan. 14 to whoever wins."

EN01 = {
    "id": "hm262-en-01", "lang": "en", "url": None, "published": "2023-07-13",
    "title": "Guatemalan judge suspends presidential candidate Arevalo's party",
    "text": paragraphs([G1, G2], [G3, G4, G5], [G6, G7, G8, G9], [G10, G11, G12]),
    "events": [
        event("COERCE", ORELLANA, SEMILLA, G1, mode="restrict"),
        event("COERCE", ORELLANA, SEMILLA, G2, mode="restrict", date="2023-07-12"),
        event("REQUEST", CURRUCHICHE, ORELLANA, G2, mode="change"),
        event("ACCUSE", CURRUCHICHE, SEMILLA, G2, mode="investigate"),
        event("COERCE", GTM_MP, TSE, G3, mode="seize", location_country="GTM"),
        event("COERCE", GTM_MP, None, G4, mode="arrest", negated=True),
        event("ACCUSE", AREVALO, GTM_MP, G5, mode="disapprove"),
        event("REJECT", TSE, ORELLANA, G6),
        event("SANCTION", USA, CURRUCHICHE, G7, mode="discontinue"),
        event("ACCUSE", US_STATE, GTM_AUTH, G8, mode="disapprove"),
        event("REQUEST", US_STATE, GTM_AUTH, G8, mode="change"),
        event("CONSULT", LOIZAGA, TSE, G9, date="2023-07-13", location_country="GTM"),
        event("PROTEST", AREVALO_SUPPORTERS, GTM_MP, G10, mode="demo", location_country="GTM"),
        event("ACCUSE", TORRES, AREVALO, G11, mode="disapprove"),
        event("AGREE", GIAMMATTEI, None, G12),
    ],
    "quotes": [
        quote("No one was detained", "spokesman of the Supreme Electoral Tribunal", "indirect"),
        quote("political persecution", "Bernardo Arevalo", "direct"),
        quote("electoral law barred suspending parties during an election and that it would not enforce the order",
              "Supreme Electoral Tribunal of Guatemala", "indirect"),
        quote("corrupt and undemocratic actor", "U.S. Department of State", "direct"),
        quote("deeply concerned", "U.S. Department of State", "direct"),
        quote('it was "deeply concerned"', "U.S. Department of State", "indirect"),
        quote("Consuelo out", "supporters of Bernardo Arevalo", "direct"),
        quote("the courts must be allowed to work", "Sandra Torres", "indirect"),
        quote("he would hand over power on Jan. 14 to whoever wins", "Alejandro Giammattei", "indirect"),
    ],
    "entities": [
        entity("Guatemala City", "LOC", "GTM", ["GUATEMALA CITY"]),
        entity("Fredy Orellana", "PER", "GTM", ["A Guatemalan judge", "Judge Fredy Orellana"]),
        entity("Seed Movement", "ORG", "GTM", ["the Seed Movement party", "the party"]),
        entity("Bernardo Arevalo", "PER", "GTM", ["presidential candidate Bernardo Arevalo", "Arevalo"]),
        entity("Sandra Torres", "PER", "GTM", ["His rival Sandra Torres"]),
        entity("Rafael Curruchiche", "PER", "GTM", ["prosecutor Rafael Curruchiche", "Curruchiche"]),
        entity("Public Ministry of Guatemala", "ORG", "GTM", ["prosecutors",
                                                              "the prosecutor's office"]),
        entity("Supreme Electoral Tribunal of Guatemala", "ORG", "GTM", ["the Supreme Electoral Tribunal (TSE)",
                                                                        "The TSE", "TSE magistrates"]),
        entity("spokesman of the Supreme Electoral Tribunal", "PER", "GTM", ["a TSE spokesman"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("U.S. Department of State", "ORG", "USA", ["The U.S. State Department"]),
        entity("Guatemalan authorities", "ORG", "GTM", ["Guatemalan authorities"]),
        entity("Eladio Loizaga", "PER", "IGO", ["Eladio Loizaga"]),
        entity("Organization of American States", "ORG", "IGO", ["the Organization of American States' observer "
                                                                 "mission"]),
        entity("Consuelo Porras", "PER", "GTM", ["Attorney General Consuelo Porras", "Consuelo"]),
        entity("Alejandro Giammattei", "PER", "GTM", ["President Alejandro Giammattei"]),
        entity("supporters of Bernardo Arevalo", "ORG", "GTM", ["Hundreds of Arevalo supporters"]),
    ],
}

# ---------------------------------------------------------------- hm262-en-02 (NATO/Europe, Trump's remark on Russia)
EUROPEAN_LEADERS = actor("European leaders", None, "GOV")
TRUMP = actor("Donald Trump", "USA", "PTY")
NATO_ALLIES = actor("NATO allies", None, "GOV")
STOLTENBERG = actor("Jens Stoltenberg", "IGO", "IGO")
BATES = actor("Andrew Bates", "USA", "GOV")
MICHEL = actor("Charles Michel", "EUR", "IGO")
SCHOLZ = actor("Olaf Scholz", "DEU", "GOV")
TUSK = actor("Donald Tusk", "POL", "GOV")
EUROPEAN_ALLIES = actor("European NATO allies", None, "GOV")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
LEAVITT = actor("Karoline Leavitt", "USA", "PTY")

T1 = ('BRUSSELS (AP) — European leaders on Monday condemned Donald Trump\'s statement that he would encourage Russia '
      'to "do whatever the hell they want" to NATO allies that fail to spend enough on defense.')
T2 = ('At a rally in Conway, South Carolina, on Saturday, the Republican front-runner said he had once told the '
      'leader of a "big country" that he would not protect it from Russia if it did not pay.')
T3 = ('NATO Secretary General Jens Stoltenberg said any suggestion that allies will not defend each other '
      '"undermines all of our security, including that of the U.S." and puts soldiers at increased risk.')
T4 = 'White House spokesman Andrew Bates called the remarks "appalling and unhinged."'
T5 = ('European Council President Charles Michel said such "reckless statements" served only the interest of '
      'Russian President Vladimir Putin.')
T6 = ('German Chancellor Olaf Scholz, receiving Polish Prime Minister Donald Tusk in Berlin, said any relativization '
      'of NATO\'s mutual defense guarantee was "irresponsible and dangerous" and only helped Russia.')
T7 = ('Tusk urged European allies to spend more on their own defense and said the alliance\'s principle of "one for '
      'all, all for one" was a concrete commitment.')
T8 = "Earlier, Tusk had met French President Emmanuel Macron in Paris."
T9 = ('Trump campaign spokeswoman Karoline Leavitt defended the remarks, saying Trump had made allies "increase '
      'their NATO spending" while in office.')

EN02 = {
    "id": "hm262-en-02", "lang": "en", "url": None, "published": "2024-02-12",
    "title": "European leaders condemn Trump's remark on encouraging Russia to attack NATO allies",
    "text": paragraphs([T1, T2], [T3, T4, T5], [T6, T7, T8], [T9]),
    "events": [
        event("ACCUSE", EUROPEAN_LEADERS, TRUMP, T1, mode="disapprove", date="2024-02-12"),
        event("THREATEN", TRUMP, NATO_ALLIES, T1),
        event("THREATEN", TRUMP, NATO_ALLIES, T2, date="2024-02-10", location="Conway",
              location_country="USA"),
        event("ACCUSE", STOLTENBERG, TRUMP, T3, mode="disapprove"),
        event("ACCUSE", BATES, TRUMP, T4, mode="disapprove"),
        event("ACCUSE", MICHEL, TRUMP, T5, mode="disapprove"),
        event("CONSULT", TUSK, SCHOLZ, T6, mode="visit", date="2024-02-12", location="Berlin",
              location_country="DEU"),
        event("ACCUSE", SCHOLZ, TRUMP, T6, mode="disapprove"),
        event("REQUEST", TUSK, EUROPEAN_ALLIES, T7, mode="change"),
        event("CONSULT", TUSK, MACRON, T8, mode="visit", date="2024-02-12", location="Paris",
              location_country="FRA"),
        event("SUPPORT", LEAVITT, TRUMP, T9),
    ],
    "quotes": [
        quote("do whatever the hell they want", "Donald Trump", "direct"),
        quote('he would encourage Russia to "do whatever the hell they want" to NATO allies that fail to spend enough '
              'on defense', "Donald Trump", "indirect"),
        quote("big country", "Donald Trump", "direct"),
        quote('he had once told the leader of a "big country" that he would not protect it from Russia if it did not '
              'pay', "Donald Trump", "indirect"),
        quote("undermines all of our security, including that of the U.S.", "Jens Stoltenberg", "direct"),
        quote('any suggestion that allies will not defend each other "undermines all of our security, including that '
              'of the U.S." and puts soldiers at increased risk', "Jens Stoltenberg", "indirect"),
        quote("appalling and unhinged", "Andrew Bates", "direct"),
        quote("reckless statements", "Charles Michel", "direct"),
        quote('such "reckless statements" served only the interest of Russian President Vladimir Putin',
              "Charles Michel", "indirect"),
        quote("irresponsible and dangerous", "Olaf Scholz", "direct"),
        quote('any relativization of NATO\'s mutual defense guarantee was "irresponsible and dangerous" and only '
              'helped Russia',
              "Olaf Scholz", "indirect"),
        quote("one for all, all for one", "Donald Tusk", "direct"),
        quote('the alliance\'s principle of "one for all, all for one" was a concrete commitment', "Donald Tusk",
              "indirect"),
        quote("increase their NATO spending", "Karoline Leavitt", "direct"),
        quote('Trump had made allies "increase their NATO spending" while in office', "Karoline Leavitt",
              "indirect"),
    ],
    "entities": [
        entity("Brussels", "LOC", "BEL", ["BRUSSELS"]),
        entity("European leaders", "ORG", None, ["European leaders"]),
        entity("Donald Trump", "PER", "USA", ["Donald Trump's", "the Republican front-runner", "Trump"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("NATO", "ORG", "IGO", ["NATO", "the alliance's"]),
        entity("NATO allies", "ORG", None, ["NATO allies", "allies"]),
        entity("Conway", "LOC", "USA", ["Conway, South Carolina"]),
        entity("South Carolina", "LOC", "USA", ["South Carolina"]),
        entity("leader of an unnamed NATO member state", "PER", None, ["the leader of a \"big country\""]),
        entity("Jens Stoltenberg", "PER", "IGO", ["NATO Secretary General Jens Stoltenberg"]),
        entity("United States", "LOC", "USA", ["the U.S."]),
        entity("White House", "ORG", "USA", ["White House"]),
        entity("Andrew Bates", "PER", "USA", ["White House spokesman Andrew Bates"]),
        entity("Charles Michel", "PER", "EUR", ["European Council President Charles Michel"]),
        entity("European Council", "ORG", "EUR", ["European Council"]),
        entity("Vladimir Putin", "PER", "RUS", ["Russian President Vladimir Putin"]),
        entity("Olaf Scholz", "PER", "DEU", ["German Chancellor Olaf Scholz"]),
        entity("Donald Tusk", "PER", "POL", ["Polish Prime Minister Donald Tusk", "Tusk"]),
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("European NATO allies", "ORG", None, ["European allies"]),
        entity("Emmanuel Macron", "PER", "FRA", ["French President Emmanuel Macron"]),
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Karoline Leavitt", "PER", "USA", ["Trump campaign spokeswoman Karoline Leavitt"]),
        entity("Trump campaign", "ORG", "USA", ["Trump campaign"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
