"""Round 453: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm453-de-01: United States: FBI agents arrest Linda Sun, a former senior aide to New York Governor Kathy Hochul, and her husband Chris Hu on charges of acting as undisclosed agents of China; Breon Peace accuses, not-guilty pleas, bail and travel limits, Hochul's office and Hochul accuse, the Chinese embassy denies, the 2023 police-station arrests recalled (2024-09-04).
- hm453-de-02: Canada: special rapporteur David Johnston resigns over foreign interference after weeks of opposition attacks; the Commons motion, Poilievre's "ski buddy" accusation, Trudeau's praise and offer of talks via LeBlanc, Poilievre, Singh and the Bloc demand a public inquiry, CSIS warnings and the Zhao Wei expulsion recalled (2023-06-10).
- hm453-de-03: El Salvador: the Legislative Assembly lifts the 2017 metal-mining ban at Bukele's urging; protest outside parliament held back by police without arrests, Archbishop Escobar Alas and deputy Claudia Ortiz object, Bukele rejects the criticism, the Pac Rim arbitration recalled (2024-12-24).
- hm453-de-04: Mexico: farmers and truckers block highways and border crossings in more than 20 states over maize prices and highway robberies; ANTAC's accusation, Eraclio Rodríguez threatens, Sheinbaum urges an end and offers talks, accuses the opposition, PAN backs the farmers, ministers meet farm leaders without agreement, Coparmex demands clearance (2025-11-25).
- hm453-en-01: United States: FBI arrests Massachusetts Air National Guard member Jack Teixeira over the leaked Pentagon documents; Garland's account, Austin's accusation, Biden praises the FBI and Justice Department, Russia's embassy accuses Washington, Seoul calls documents fabricated, Senate Republicans demand a briefing (2023-04-13).
- hm453-en-02: Haiti/United States: Washington sanctions ex-president Michel Martelly for drug trafficking and gang financing; Treasury and Bradley Smith accuse, Martelly denies, Canada's 2022 sanctions recalled, Justice Minister Hercule pledges cooperation, rights groups welcome, Cherizier threatens, police arrest customs officers (2024-08-21).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm453-de-01 (USA, Linda Sun arrested)
FBI = actor("Federal Bureau of Investigation", "USA", "COP")
SUN = actor("Linda Sun", "USA", "CVL")
HU = actor("Chris Hu", "USA", "CVL")
EDNY = actor("United States Attorney's Office for the Eastern District of New York", "USA", "JUD")
PEACE = actor("Breon Peace", "USA", "JUD")
EDNY_JUDGE = actor("Federal judge in Brooklyn", "USA", "JUD")
HOCHUL_OFFICE = actor("Office of the Governor of New York", "USA", "GOV")
HOCHUL = actor("Kathy Hochul", "USA", "GOV")
POLICE_STATION_MEN = actor("men accused of running a Chinese police station in Manhattan", "USA", "CVL")

L1 = ("New York (dpa) - Eine frühere Spitzenmitarbeiterin der New Yorker Gouverneurin Kathy Hochul ist unter dem "
      "Vorwurf festgenommen worden, heimlich im Auftrag der chinesischen Regierung gearbeitet zu haben.")
L2 = ("Beamte der Bundespolizei FBI nahmen Linda Sun und ihren Ehemann Chris Hu am Dienstagmorgen in ihrem Haus in "
      "Manhasset auf Long Island fest, wie die Staatsanwaltschaft in Brooklyn mitteilte.")
L3 = ("Die Anklage wirft der 41-Jährigen vor, als nicht registrierte Agentin Pekings gehandelt sowie Visabetrug und "
      "Geldwäsche begangen zu haben.")
L4 = ("Sun soll unter anderem verhindert haben, dass Vertreter Taiwans Zugang zur Gouverneurin erhielten, und "
      "Hinweise auf die Lage der Uiguren aus Reden gestrichen haben.")
L5 = ("Im Gegenzug habe das Paar Millionen Dollar erhalten, mit denen es unter anderem Immobilien und einen Ferrari "
      "gekauft habe, heißt es in der Anklageschrift.")
L6 = ("„Die Angeklagten haben die Interessen der New Yorker verraten, um der Kommunistischen Partei Chinas zu "
      "dienen“, sagte Bundesstaatsanwalt Breon Peace.")
L7 = "Sun und Hu plädierten bei einer ersten Anhörung vor einem Bundesgericht in Brooklyn auf nicht schuldig."
L8 = "Eine Richterin ließ beide am Abend gegen eine Kaution von jeweils 1,5 Millionen Dollar frei."
L9 = "Zudem müssen sie ihre Reisepässe abgeben und dürfen den Großraum New York nicht verlassen."
L10 = ("Suns Anwalt Jarrod Schaeffer sagte, seine Mandantin werde sich gegen die Vorwürfe verteidigen und freue sich "
       "darauf, ihre Unschuld zu beweisen.")
L11 = ("Sun hatte fast 15 Jahre lang für die Regierung des Bundesstaates gearbeitet, zuletzt als stellvertretende "
       "Stabschefin Hochuls.")
L12 = ("Hochuls Büro teilte mit, man habe im März 2023 Hinweise auf Fehlverhalten Suns entdeckt und den Fall "
       "umgehend den Strafverfolgungsbehörden gemeldet.")
L13 = "Die Gouverneurin selbst sprach von einem „empörenden Vertrauensbruch“."
L14 = "Die chinesische Botschaft in Washington wies die Anschuldigungen als „erfunden“ zurück."
L15 = "China mische sich nicht in die inneren Angelegenheiten anderer Länder ein, sagte ein Sprecher."
L16 = ("Bereits im April 2023 hatten FBI-Agenten in Manhattan zwei Männer festgenommen, die dort eine geheime "
       "Polizeistation für Peking betrieben haben sollen.")

DE01 = {
    "id": "hm453-de-01", "lang": "de", "url": None, "published": "2024-09-04",
    "title": "Frühere Hochul-Mitarbeiterin als mutmaßliche China-Agentin festgenommen",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6], [L7, L8, L9, L10], [L11, L12, L13], [L14, L15, L16]),
    "events": [
        event("COERCE", FBI, SUN, L1, mode="arrest", location_country="USA"),
        event("COERCE", FBI, SUN, L2, mode="arrest", date="2024-09-03", location="Manhasset",
              location_country="USA"),
        event("COERCE", FBI, HU, L2, mode="arrest", date="2024-09-03", location="Manhasset",
              location_country="USA"),
        event("ACCUSE", EDNY, SUN, L3, mode="allege"),
        event("ACCUSE", EDNY, SUN, L5, mode="allege"),
        event("ACCUSE", EDNY, HU, L5, mode="allege"),
        event("ACCUSE", PEACE, SUN, L6, mode="disapprove"),
        event("ACCUSE", PEACE, HU, L6, mode="disapprove"),
        event("RETREAT", EDNY_JUDGE, SUN, L8, mode="release", date="2024-09-03", location="Brooklyn",
              location_country="USA"),
        event("RETREAT", EDNY_JUDGE, HU, L8, mode="release", date="2024-09-03", location="Brooklyn",
              location_country="USA"),
        event("COERCE", EDNY_JUDGE, SUN, L9, mode="restrict"),
        event("COERCE", EDNY_JUDGE, HU, L9, mode="restrict"),
        event("ACCUSE", HOCHUL_OFFICE, SUN, L12, mode="allege"),
        event("ACCUSE", HOCHUL, SUN, L13, mode="disapprove"),
        event("COERCE", FBI, POLICE_STATION_MEN, L16, mode="arrest", location="Manhattan", location_country="USA"),
    ],
    "quotes": [
        quote("Beamte der Bundespolizei FBI nahmen Linda Sun und ihren Ehemann Chris Hu am Dienstagmorgen in ihrem "
              "Haus in Manhasset auf Long Island fest",
              "United States Attorney's Office for the Eastern District of New York", "indirect"),
        quote("als nicht registrierte Agentin Pekings gehandelt sowie Visabetrug und Geldwäsche begangen zu haben",
              "United States Attorney's Office for the Eastern District of New York", "indirect"),
        quote("Im Gegenzug habe das Paar Millionen Dollar erhalten, mit denen es unter anderem Immobilien und einen "
              "Ferrari gekauft habe", "United States Attorney's Office for the Eastern District of New York",
              "indirect"),
        quote("Die Angeklagten haben die Interessen der New Yorker verraten, um der Kommunistischen Partei Chinas zu "
              "dienen", "Breon Peace", "direct"),
        quote("seine Mandantin werde sich gegen die Vorwürfe verteidigen und freue sich darauf, ihre Unschuld zu "
              "beweisen", "Jarrod Schaeffer", "indirect"),
        quote("man habe im März 2023 Hinweise auf Fehlverhalten Suns entdeckt und den Fall umgehend den "
              "Strafverfolgungsbehörden gemeldet", "Office of the Governor of New York", "indirect"),
        quote("empörenden Vertrauensbruch", "Kathy Hochul", "direct"),
        quote("erfunden", "Embassy of China in the United States", "direct"),
        quote("China mische sich nicht in die inneren Angelegenheiten anderer Länder ein",
              "spokesperson of the Embassy of China in the United States", "indirect"),
    ],
    "entities": [
        entity("New York", "LOC", "USA", ["New York", "Großraum New York"]),
        entity("Linda Sun", "PER", "USA", ["Eine frühere Spitzenmitarbeiterin", "Linda Sun", "der 41-Jährigen",
                                           "Sun", "seine Mandantin", "Suns"]),
        entity("Kathy Hochul", "PER", "USA", ["der New Yorker Gouverneurin Kathy Hochul", "zur Gouverneurin",
                                              "Hochuls", "Die Gouverneurin selbst"]),
        entity("Government of China", "ORG", "CHN", ["der chinesischen Regierung", "Pekings", "China",
                                                     "Peking"]),
        entity("Federal Bureau of Investigation", "ORG", "USA", ["Beamte der Bundespolizei FBI",
                                                                 "FBI-Agenten"]),
        entity("Chris Hu", "PER", "USA", ["ihren Ehemann Chris Hu", "Hu"]),
        entity("Manhasset", "LOC", "USA", ["Manhasset"]),
        entity("Long Island", "LOC", "USA", ["Long Island"]),
        entity("United States Attorney's Office for the Eastern District of New York", "ORG", "USA",
               ["die Staatsanwaltschaft in Brooklyn", "Die Anklage"]),
        entity("Taiwanese officials", "PER", "TWN", ["Vertreter Taiwans"]),
        entity("Taiwan", "LOC", "TWN", ["Taiwans"]),
        entity("Uyghurs", "MISC", "CHN", ["der Uiguren"]),
        entity("Ferrari", "MISC", "ITA", ["einen Ferrari"]),
        entity("Breon Peace", "PER", "USA", ["Bundesstaatsanwalt Breon Peace"]),
        entity("Communist Party of China", "ORG", "CHN", ["der Kommunistischen Partei Chinas"]),
        entity("United States District Court for the Eastern District of New York", "ORG", "USA",
               ["einem Bundesgericht in Brooklyn"]),
        entity("Brooklyn", "LOC", "USA", ["Brooklyn"]),
        entity("Federal judge in Brooklyn", "PER", "USA", ["Eine Richterin"]),
        entity("Jarrod Schaeffer", "PER", "USA", ["Suns Anwalt Jarrod Schaeffer"]),
        entity("Government of New York State", "ORG", "USA", ["die Regierung des Bundesstaates"]),
        entity("Office of the Governor of New York", "ORG", "USA", ["Hochuls Büro"]),
        entity("Embassy of China in the United States", "ORG", "CHN", ["Die chinesische Botschaft in Washington"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("spokesperson of the Embassy of China in the United States", "PER", "CHN", ["ein Sprecher"]),
        entity("Manhattan", "LOC", "USA", ["Manhattan"]),
        entity("men accused of running a Chinese police station in Manhattan", "PER", "USA", ["zwei Männer"]),
    ],
}

# ---------------------------------------------------------------- hm453-de-02 (Canada, Johnston resigns)
JOHNSTON = actor("David Johnston", "CAN", "GOV")
CAN_OPPOSITION = actor("Opposition parties of Canada", "CAN", "OPP")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
COMMONS = actor("House of Commons of Canada", "CAN", "LEG")
POILIEVRE = actor("Pierre Poilievre", "CAN", "OPP")
TRUDEAU = actor("Justin Trudeau", "CAN", "GOV")
SINGH = actor("Jagmeet Singh", "CAN", "OPP")
BLOC = actor("Bloc Québécois", "CAN", "OPP")
CSIS = actor("Canadian Security Intelligence Service", "CAN", "GOV")
CHN_GOV = actor("Government of China", "CHN", "GOV")
ZHAO_WEI = actor("Zhao Wei", "CHN", "GOV")

J1 = ("Ottawa (dpa) - Nach wochenlanger Kritik der Opposition gibt Kanadas Sonderberichterstatter für ausländische "
      "Einmischung, David Johnston, sein Amt auf.")
J2 = "Der frühere Generalgouverneur reichte am Freitag bei Premierminister Justin Trudeau seinen Rücktritt ein."
J3 = ("Das stark parteipolitisch aufgeladene Klima mache es ihm unmöglich, seine Arbeit fortzusetzen, schrieb der "
      "82-Jährige.")
J4 = "Johnston sollte untersuchen, ob China sich in die Parlamentswahlen von 2019 und 2021 eingemischt hatte."
J5 = ("Im Mai hatte er sich gegen eine öffentliche Untersuchung ausgesprochen, wie sie alle Oppositionsparteien "
      "fordern.")
J6 = ("Das Unterhaus verabschiedete daraufhin mit den Stimmen von Konservativen, Neuen Demokraten und Bloc "
      "Québécois einen Antrag, der Johnston zum Rücktritt aufforderte.")
J7 = ("Konservativen-Chef Pierre Poilievre hatte Johnston wiederholt als „Skifreund“ Trudeaus bezeichnet und ihm "
      "Befangenheit vorgeworfen.")
J8 = "Johnston wies die Vorwürfe stets zurück."
J9 = "Trudeau dankte ihm für seine Arbeit und nahm den Rücktritt an."
J10 = ("„Er hat diesem Land sein Leben lang mit Integrität gedient“, sagte der Premier vor Journalisten in "
       "Toronto.")
J11 = ("Trudeau kündigte an, Minister Dominic LeBlanc werde nun mit den Oppositionsparteien über das weitere "
       "Vorgehen beraten.")
J12 = "Poilievre forderte erneut eine unabhängige öffentliche Untersuchung."
J13 = ("NDP-Chef Jagmeet Singh sagte, der Rücktritt sei überfällig gewesen, und warf der Regierung vor, das Problem "
       "monatelang verschleppt zu haben.")
J14 = "Auch der Bloc Québécois verlangte, dass ein Richter die Untersuchung leiten müsse."
J15 = ("Der Geheimdienst CSIS hatte in vertraulichen Berichten, die an die Presse gelangten, gewarnt, Peking versuche, "
       "Einfluss auf Kandidaten und Wahlkampagnen zu nehmen.")
J16 = "China bestreitet jede Einmischung."
J17 = ("Im Mai hatte Ottawa einen chinesischen Diplomaten ausgewiesen, der einen konservativen Abgeordneten ins "
       "Visier genommen haben soll.")

DE02 = {
    "id": "hm453-de-02", "lang": "de", "url": None, "published": "2023-06-10",
    "title": "Kanadas Sonderberichterstatter Johnston tritt zurück",
    "text": paragraphs([J1, J2, J3, J4], [J5, J6, J7, J8], [J9, J10, J11], [J12, J13, J14], [J15, J16, J17]),
    "events": [
        event("RETREAT", JOHNSTON, None, J1, mode="resign"),
        event("RETREAT", JOHNSTON, None, J2, mode="resign", date="2023-06-09"),
        event("REJECT", JOHNSTON, CAN_OPPOSITION, J5),
        event("REQUEST", CAN_OPPOSITION, CAN_GOV, J5),
        event("REQUEST", COMMONS, JOHNSTON, J6, mode="change"),
        event("ACCUSE", POILIEVRE, JOHNSTON, J7, mode="allege"),
        event("SUPPORT", TRUDEAU, JOHNSTON, J9),
        event("SUPPORT", TRUDEAU, JOHNSTON, J10, location="Toronto", location_country="CAN"),
        event("AGREE", TRUDEAU, CAN_OPPOSITION, J11, mode="meet"),
        event("REQUEST", POILIEVRE, CAN_GOV, J12),
        event("ACCUSE", SINGH, CAN_GOV, J13, mode="disapprove"),
        event("REQUEST", BLOC, CAN_GOV, J14),
        event("ACCUSE", CSIS, CHN_GOV, J15, mode="allege"),
        event("SANCTION", CAN_GOV, ZHAO_WEI, J17, mode="expel"),
    ],
    "quotes": [
        quote("Das stark parteipolitisch aufgeladene Klima mache es ihm unmöglich, seine Arbeit fortzusetzen",
              "David Johnston", "indirect"),
        quote("Skifreund", "Pierre Poilievre", "direct"),
        quote("Er hat diesem Land sein Leben lang mit Integrität gedient", "Justin Trudeau", "direct"),
        quote("Minister Dominic LeBlanc werde nun mit den Oppositionsparteien über das weitere Vorgehen beraten",
              "Justin Trudeau", "indirect"),
        quote("der Rücktritt sei überfällig gewesen", "Jagmeet Singh", "indirect"),
        quote("das Problem monatelang verschleppt zu haben", "Jagmeet Singh", "indirect"),
        quote("dass ein Richter die Untersuchung leiten müsse", "Bloc Québécois", "indirect"),
        quote("Peking versuche, Einfluss auf Kandidaten und Wahlkampagnen zu nehmen",
              "Canadian Security Intelligence Service", "indirect"),
    ],
    "entities": [
        entity("Ottawa", "LOC", "CAN", ["Ottawa"]),
        entity("Canada", "LOC", "CAN", ["Kanadas", "diesem Land"]),
        entity("David Johnston", "PER", "CAN",
               ["Kanadas Sonderberichterstatter für ausländische Einmischung, David Johnston",
                "Der frühere Generalgouverneur", "ihm", "der 82-Jährige", "Johnston", "er", "Er"]),
        entity("Justin Trudeau", "PER", "CAN", ["Premierminister Justin Trudeau", "Trudeaus", "Trudeau",
                                                "der Premier"]),
        entity("Government of China", "ORG", "CHN", ["China", "Peking"]),
        entity("Opposition parties of Canada", "ORG", "CAN", ["der Opposition", "alle Oppositionsparteien",
                                                              "den Oppositionsparteien"]),
        entity("House of Commons of Canada", "ORG", "CAN", ["Das Unterhaus"]),
        entity("Conservative Party of Canada", "ORG", "CAN", ["Konservativen"]),
        entity("New Democratic Party", "ORG", "CAN", ["Neuen Demokraten", "NDP"]),
        entity("Bloc Québécois", "ORG", "CAN", ["Bloc Québécois", "der Bloc Québécois"]),
        entity("Pierre Poilievre", "PER", "CAN", ["Konservativen-Chef Pierre Poilievre", "Poilievre"]),
        entity("Toronto", "LOC", "CAN", ["Toronto"]),
        entity("Dominic LeBlanc", "PER", "CAN", ["Minister Dominic LeBlanc"]),
        entity("Jagmeet Singh", "PER", "CAN", ["NDP-Chef Jagmeet Singh"]),
        entity("Government of Canada", "ORG", "CAN", ["der Regierung", "Ottawa"]),
        entity("Canadian Security Intelligence Service", "ORG", "CAN", ["Der Geheimdienst CSIS"]),
        entity("Zhao Wei", "PER", "CHN", ["einen chinesischen Diplomaten"]),
        entity("Michael Chong", "PER", "CAN", ["einen konservativen Abgeordneten"]),
    ],
}

# ---------------------------------------------------------------- hm453-de-03 (El Salvador, mining ban lifted)
SLV_ENV_PROTESTERS = actor("Salvadoran environmental activists", "SLV", "CVL")
SLV_FARMERS = actor("Salvadoran farmers", "SLV", "CVL")
SLV_CHURCH_GROUPS = actor("Salvadoran church groups", "SLV", "REL")
SLV_ASSEMBLY = actor("Legislative Assembly of El Salvador", "SLV", "LEG")
SLV_POLICE = actor("National Civil Police of El Salvador", "SLV", "COP")
SLV_PROTESTERS = actor("Salvadoran anti-mining protesters", "SLV", "CVL")
MESA_SPOKESMAN = actor("spokesman of the National Roundtable against Metal Mining", "SLV", "NGO")
ESCOBAR = actor("José Luis Escobar Alas", "SLV", "REL")
ORTIZ = actor("Claudia Ortiz", "SLV", "OPP")
SLV_GOV = actor("Government of El Salvador", "SLV", "GOV")
ICSID = actor("International Centre for Settlement of Investment Disputes", "IGO", "JUD")
PAC_RIM = actor("Pac Rim Cayman", "CAN", "BUS")

E1 = ("San Salvador (dpa) - Das Parlament von El Salvador hat auf Betreiben von Präsident Nayib Bukele das seit "
      "2017 geltende Verbot des Metallbergbaus aufgehoben.")
E2 = ("57 der 60 Abgeordneten stimmten in der Nacht zum Dienstag für ein entsprechendes Gesetz, das Bukeles Partei "
      "Nuevas Ideas eingebracht hatte.")
E3 = ("Der Staat soll demnach die Kontrolle über den Abbau von Gold und anderen Metallen behalten; der Einsatz von "
      "Quecksilber bleibt verboten.")
E4 = ("Vor dem Parlamentsgebäude in der Hauptstadt protestierten am Montagabend mehrere Hundert Umweltschützer, "
      "Bauern und Mitglieder kirchlicher Gruppen gegen die Entscheidung.")
E5 = "Polizisten hinderten die Demonstranten mit Absperrgittern daran, zum Eingang vorzudringen."
E6 = "Nach Angaben der Polizei wurde niemand festgenommen."
E7 = ("„Dieses Gesetz ist ein Todesurteil für unser Wasser“, rief ein Sprecher des Runden Tisches gegen den "
      "Metallbergbau.")
E8 = ("Der Erzbischof von San Salvador, José Luis Escobar Alas, hatte die Abgeordneten zuvor aufgefordert, an dem "
      "Verbot festzuhalten.")
E9 = ("Die Entscheidung sei ein „schwerer Fehler“, der die Gesundheit künftiger Generationen gefährde, sagte "
      "Escobar Alas am Dienstag.")
E10 = ("Die oppositionelle Abgeordnete Claudia Ortiz warf der Regierung vor, das Gesetz ohne öffentliche Anhörung "
       "durch das Parlament gepeitscht zu haben.")
E11 = "Bukele wies die Kritik auf der Plattform X zurück."
E12 = "El Salvador sei das einzige Land der Welt, das seine Bodenschätze nicht nutze, schrieb er."
E13 = ("Mit modernen Verfahren lasse sich Gold umweltverträglich fördern, die Einnahmen würden Armut und Schulden "
       "verringern.")
E14 = ("Das Verbot war 2017 einstimmig beschlossen worden, nachdem Gemeinden jahrelang gegen Minenprojekte "
       "protestiert hatten.")
E15 = ("Ein internationales Schiedsgericht hatte zuvor eine Schadenersatzklage des Bergbaukonzerns Pac Rim gegen El "
       "Salvador über mehr als 250 Millionen Dollar abgewiesen.")

DE03 = {
    "id": "hm453-de-03", "lang": "de", "url": None, "published": "2024-12-24",
    "title": "El Salvador hebt Verbot des Metallbergbaus auf",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6, E7], [E8, E9, E10], [E11, E12, E13], [E14, E15]),
    "events": [
        event("PROTEST", SLV_ENV_PROTESTERS, SLV_ASSEMBLY, E4, mode="demo", date="2024-12-23",
              location="San Salvador", location_country="SLV"),
        event("PROTEST", SLV_FARMERS, SLV_ASSEMBLY, E4, mode="demo", date="2024-12-23",
              location="San Salvador", location_country="SLV"),
        event("PROTEST", SLV_CHURCH_GROUPS, SLV_ASSEMBLY, E4, mode="demo", date="2024-12-23",
              location="San Salvador", location_country="SLV"),
        event("COERCE", SLV_POLICE, SLV_PROTESTERS, E5, mode="crowd-control", date="2024-12-23",
              location="San Salvador", location_country="SLV"),
        event("COERCE", SLV_POLICE, SLV_PROTESTERS, E6, mode="arrest", negated=True),
        event("ACCUSE", MESA_SPOKESMAN, SLV_ASSEMBLY, E7, mode="disapprove"),
        event("REQUEST", ESCOBAR, SLV_ASSEMBLY, E8),
        event("ACCUSE", ESCOBAR, SLV_ASSEMBLY, E9, mode="disapprove", date="2024-12-24"),
        event("ACCUSE", ORTIZ, SLV_GOV, E10, mode="disapprove"),
        event("REJECT", ICSID, PAC_RIM, E15),
    ],
    "quotes": [
        quote("wurde niemand festgenommen", "National Civil Police of El Salvador", "indirect"),
        quote("Dieses Gesetz ist ein Todesurteil für unser Wasser",
              "spokesman of the National Roundtable against Metal Mining", "direct"),
        quote("schwerer Fehler", "José Luis Escobar Alas", "direct"),
        quote("Die Entscheidung sei ein „schwerer Fehler“, der die Gesundheit künftiger Generationen gefährde",
              "José Luis Escobar Alas", "indirect"),
        quote("das Gesetz ohne öffentliche Anhörung durch das Parlament gepeitscht zu haben", "Claudia Ortiz",
              "indirect"),
        quote("El Salvador sei das einzige Land der Welt, das seine Bodenschätze nicht nutze", "Nayib Bukele",
              "indirect"),
        quote("Mit modernen Verfahren lasse sich Gold umweltverträglich fördern, die Einnahmen würden Armut und "
              "Schulden verringern", "Nayib Bukele", "indirect"),
    ],
    "entities": [
        entity("San Salvador", "LOC", "SLV", ["San Salvador", "der Hauptstadt"]),
        entity("Legislative Assembly of El Salvador", "ORG", "SLV",
               ["Das Parlament von El Salvador", "57 der 60 Abgeordneten", "dem Parlamentsgebäude",
                "die Abgeordneten", "das Parlament"]),
        entity("El Salvador", "LOC", "SLV", ["El Salvador", "Der Staat"]),
        entity("Nayib Bukele", "PER", "SLV", ["Präsident Nayib Bukele", "Bukeles", "Bukele", "er"]),
        entity("Nuevas Ideas", "ORG", "SLV", ["Partei Nuevas Ideas"]),
        entity("Salvadoran environmental activists", "PER", "SLV", ["mehrere Hundert Umweltschützer"]),
        entity("Salvadoran farmers", "PER", "SLV", ["Bauern"]),
        entity("Salvadoran church groups", "ORG", "SLV", ["Mitglieder kirchlicher Gruppen"]),
        entity("National Civil Police of El Salvador", "ORG", "SLV", ["Polizisten", "der Polizei"]),
        entity("Salvadoran anti-mining protesters", "PER", "SLV", ["die Demonstranten"]),
        entity("National Roundtable against Metal Mining", "ORG", "SLV", ["des Runden Tisches gegen den "
                                                                          "Metallbergbau"]),
        entity("spokesman of the National Roundtable against Metal Mining", "PER", "SLV", ["ein Sprecher"]),
        entity("José Luis Escobar Alas", "PER", "SLV",
               ["Der Erzbischof von San Salvador, José Luis Escobar Alas", "Escobar Alas"]),
        entity("Claudia Ortiz", "PER", "SLV", ["Die oppositionelle Abgeordnete Claudia Ortiz"]),
        entity("Government of El Salvador", "ORG", "SLV", ["der Regierung"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("International Centre for Settlement of Investment Disputes", "ORG", "IGO",
               ["Ein internationales Schiedsgericht"]),
        entity("Pac Rim Cayman", "ORG", "CAN", ["des Bergbaukonzerns Pac Rim"]),
    ],
}

# ---------------------------------------------------------------- hm453-de-04 (Mexico, farmers' blockades)
MEX_FARMERS = actor("Mexican farmers", "MEX", "CVL")
MEX_TRUCKERS = actor("Mexican truckers", "MEX", "CVL")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
MEX_PROTESTERS = actor("protesting Mexican farmers and truckers", "MEX", "CVL")
ESTEVEZ = actor("David Estévez", "MEX", "BUS")
ERACLIO = actor("Eraclio Rodríguez", "MEX", "CVL")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
MEX_OPPOSITION = actor("Mexican opposition", "MEX", "OPP")
PAN = actor("National Action Party", "MEX", "PTY")
ROSA_ICELA = actor("Rosa Icela Rodríguez", "MEX", "GOV")
BERDEGUE = actor("Julio Berdegué", "MEX", "GOV")
FARM_LEADERS = actor("Mexican farm association leaders", "MEX", "CVL")
COPARMEX = actor("Coparmex", "MEX", "BUS")

M1 = ("Mexiko-Stadt (dpa) - Tausende Landwirte und Lastwagenfahrer haben in Mexiko mit Straßenblockaden in mehr als "
      "20 Bundesstaaten den Verkehr lahmgelegt.")
M2 = ("Die Demonstranten besetzten am Montag unter anderem Zufahrten zu Grenzübergängen in die USA sowie "
      "Autobahnen rund um die Hauptstadt.")
M3 = ("Sie fordern von der Regierung garantierte Mindestpreise für Mais und mehr Schutz vor Erpressung und "
      "Überfällen durch kriminelle Banden auf den Fernstraßen.")
M4 = ("Nach Angaben des Transportunternehmerverbands ANTAC werden auf Mexikos Straßen jeden Tag Dutzende Lastwagen "
      "überfallen.")
M5 = "„Die Regierung hat uns monatelang hingehalten“, sagte ANTAC-Chef David Estévez im Bundesstaat Hidalgo."
M6 = ("Der Bauernführer Eraclio Rodríguez drohte, die Blockaden auf unbestimmte Zeit fortzusetzen, sollte die "
      "Regierung nicht einlenken.")
M7 = "Präsidentin Claudia Sheinbaum rief die Demonstranten auf, die Straßen freizugeben, und bot Gespräche an."
M8 = ("„Die Türen des Nationalpalastes stehen offen, aber nicht unter dem Druck von Blockaden“, sagte sie bei ihrer "
      "morgendlichen Pressekonferenz.")
M9 = "Sheinbaum warf Teilen der Opposition vor, die Proteste aus politischen Gründen anzuheizen."
M10 = "Die konservative Partei PAN wies das zurück und erklärte sich mit den Landwirten solidarisch."
M11 = ("Innenministerin Rosa Icela Rodríguez und Agrarminister Julio Berdegué trafen sich am Nachmittag in "
       "Mexiko-Stadt mit Vertretern der Bauernverbände.")
M12 = "Eine Einigung wurde zunächst nicht erzielt."
M13 = ("Die Regierung hatte im Oktober einen Garantiepreis von 6050 Pesos pro Tonne Mais angeboten, was die Bauern "
       "als zu niedrig ablehnten.")
M14 = "An mehreren Grenzübergängen nach Texas stauten sich die Lastwagen über viele Kilometer."
M15 = "Der Unternehmerverband Coparmex forderte die Behörden auf, die Blockaden rasch aufzulösen."
M16 = "Die Bauern hatten bereits im Oktober tagelang Straßen in der Agrarregion Bajío blockiert."

DE04 = {
    "id": "hm453-de-04", "lang": "de", "url": None, "published": "2025-11-25",
    "title": "Bauern und Lkw-Fahrer blockieren Straßen in ganz Mexiko",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6], [M7, M8, M9, M10], [M11, M12, M13], [M14, M15, M16]),
    "events": [
        event("PROTEST", MEX_FARMERS, MEX_GOV, M1, mode="obstruct", location_country="MEX"),
        event("PROTEST", MEX_TRUCKERS, MEX_GOV, M1, mode="obstruct", location_country="MEX"),
        event("PROTEST", MEX_PROTESTERS, MEX_GOV, M2, mode="obstruct", date="2025-11-24", location_country="MEX"),
        event("REQUEST", MEX_PROTESTERS, MEX_GOV, M3, mode="change"),
        event("ACCUSE", ESTEVEZ, MEX_GOV, M5, mode="disapprove", location="Hidalgo", location_country="MEX"),
        event("THREATEN", ERACLIO, MEX_GOV, M6),
        event("REQUEST", SHEINBAUM, MEX_PROTESTERS, M7, mode="yield"),
        event("AGREE", SHEINBAUM, MEX_PROTESTERS, M7, mode="meet"),
        event("ACCUSE", SHEINBAUM, MEX_OPPOSITION, M9, mode="allege"),
        event("SUPPORT", PAN, MEX_FARMERS, M10),
        event("CONSULT", ROSA_ICELA, FARM_LEADERS, M11, mode="meet", date="2025-11-24", location="Mexico City",
              location_country="MEX"),
        event("CONSULT", BERDEGUE, FARM_LEADERS, M11, mode="meet", date="2025-11-24", location="Mexico City",
              location_country="MEX"),
        event("AGREE", MEX_GOV, FARM_LEADERS, M12, negated=True),
        event("AGREE", MEX_GOV, MEX_FARMERS, M13),
        event("REJECT", MEX_FARMERS, MEX_GOV, M13),
        event("REQUEST", COPARMEX, MEX_GOV, M15),
        event("PROTEST", MEX_FARMERS, MEX_GOV, M16, mode="obstruct", location="Bajío", location_country="MEX"),
    ],
    "quotes": [
        quote("werden auf Mexikos Straßen jeden Tag Dutzende Lastwagen überfallen",
              "National Association of Transporters", "indirect"),
        quote("Die Regierung hat uns monatelang hingehalten", "David Estévez", "direct"),
        quote("die Blockaden auf unbestimmte Zeit fortzusetzen, sollte die Regierung nicht einlenken",
              "Eraclio Rodríguez", "indirect"),
        quote("die Straßen freizugeben", "Claudia Sheinbaum", "indirect"),
        quote("Die Türen des Nationalpalastes stehen offen, aber nicht unter dem Druck von Blockaden",
              "Claudia Sheinbaum", "direct"),
        quote("die Proteste aus politischen Gründen anzuheizen", "Claudia Sheinbaum", "indirect"),
        quote("die Blockaden rasch aufzulösen", "Coparmex", "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt", "die Hauptstadt"]),
        entity("Mexican farmers", "PER", "MEX", ["Tausende Landwirte", "den Landwirten", "die Bauern",
                                                 "Die Bauern"]),
        entity("Mexican truckers", "PER", "MEX", ["Lastwagenfahrer"]),
        entity("Mexico", "LOC", "MEX", ["Mexiko", "Mexikos"]),
        entity("protesting Mexican farmers and truckers", "PER", "MEX", ["Die Demonstranten", "Sie",
                                                                         "die Demonstranten"]),
        entity("United States", "LOC", "USA", ["die USA"]),
        entity("Government of Mexico", "ORG", "MEX", ["der Regierung", "Die Regierung", "die Regierung",
                                                      "die Behörden"]),
        entity("National Association of Transporters", "ORG", "MEX", ["des Transportunternehmerverbands ANTAC",
                                                                      "ANTAC"]),
        entity("David Estévez", "PER", "MEX", ["ANTAC-Chef David Estévez"]),
        entity("Hidalgo", "LOC", "MEX", ["im Bundesstaat Hidalgo"]),
        entity("Eraclio Rodríguez", "PER", "MEX", ["Der Bauernführer Eraclio Rodríguez"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Präsidentin Claudia Sheinbaum", "sie", "Sheinbaum"]),
        entity("National Palace", "LOC", "MEX", ["des Nationalpalastes"]),
        entity("Mexican opposition", "ORG", "MEX", ["Teilen der Opposition"]),
        entity("National Action Party", "ORG", "MEX", ["Die konservative Partei PAN"]),
        entity("Rosa Icela Rodríguez", "PER", "MEX", ["Innenministerin Rosa Icela Rodríguez"]),
        entity("Julio Berdegué", "PER", "MEX", ["Agrarminister Julio Berdegué"]),
        entity("Mexican farm association leaders", "PER", "MEX", ["Vertretern der Bauernverbände"]),
        entity("Texas", "LOC", "USA", ["Texas"]),
        entity("Coparmex", "ORG", "MEX", ["Der Unternehmerverband Coparmex"]),
        entity("Bajío", "LOC", "MEX", ["der Agrarregion Bajío"]),
    ],
}

# ---------------------------------------------------------------- hm453-en-01 (USA, Teixeira arrested)
TEIXEIRA = actor("Jack Teixeira", "USA", "MIL")
AUSTIN = actor("Lloyd Austin", "USA", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")
DOJ = actor("United States Department of Justice", "USA", "GOV")
RUS_EMBASSY = actor("Embassy of Russia in the United States", "RUS", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
SENATE_GOP = actor("Senate Republicans", "USA", "LEG")
PENTAGON = actor("United States Department of Defense", "USA", "GOV")

T1 = ("WASHINGTON (AP) — The FBI on Thursday arrested a 21-year-old member of the Massachusetts Air National Guard "
      "in connection with the leak of highly classified military documents about the war in Ukraine and other "
      "national security secrets.")
T2 = ("Attorney General Merrick Garland said Jack Teixeira was taken into custody \"without incident\" at his home "
      "in North Dighton, Massachusetts.")
T3 = ("Teixeira is expected to be charged under the Espionage Act and to make his first appearance in federal court "
      "in Boston on Friday.")
T4 = ("Garland said investigators had worked around the clock to find the source of the leaks, which have "
      "embarrassed the Pentagon and unsettled allies.")
T5 = ("Teixeira, an airman first class with the 102nd Intelligence Wing at Joint Base Cape Cod, is suspected of "
      "posting the documents in a small online chat group on the Discord platform.")
T6 = ("Members of the group told reporters that he had shared secret material for months to impress younger "
      "gamers.")
T7 = ("Defense Secretary Lloyd Austin called the leak \"a deliberate, criminal act\" and said he had ordered a "
      "review of how classified information is handled across the military.")
T8 = ("President Joe Biden, speaking during a visit to Ireland, praised the FBI and the Justice Department for "
      "moving quickly.")
T9 = ("Russia's embassy in Washington said the documents showed that the United States was spying on its own "
      "allies.")
T10 = "South Korea's presidential office said many of the documents had been doctored."
T11 = ("The files, some of which were altered before circulating on Twitter and Telegram, include assessments of "
       "Ukraine's air defenses and Western plans to train and equip new Ukrainian brigades.")
T12 = ("Senate Republicans demanded a briefing from the Pentagon on how a junior airman had obtained access to "
       "top-secret material.")
T13 = ("\"How in the world does a 21-year-old have access to this?\" asked Sen. Marco Rubio, the top Republican on "
       "the Intelligence Committee.")
T14 = "If convicted, Teixeira could face up to 10 years in prison for each count."

EN01 = {
    "id": "hm453-en-01", "lang": "en", "url": None, "published": "2023-04-13",
    "title": "FBI arrests Air National Guard member in leak of classified documents",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6, T7], [T8, T9, T10], [T11, T12, T13, T14]),
    "events": [
        event("COERCE", FBI, TEIXEIRA, T1, mode="arrest", date="2023-04-13", location_country="USA"),
        event("COERCE", FBI, TEIXEIRA, T2, mode="arrest", location="North Dighton", location_country="USA"),
        event("ACCUSE", AUSTIN, TEIXEIRA, T7, mode="disapprove"),
        event("SUPPORT", BIDEN, FBI, T8, location_country="IRL"),
        event("SUPPORT", BIDEN, DOJ, T8, location_country="IRL"),
        event("ACCUSE", RUS_EMBASSY, USA_GOV, T9, mode="allege"),
        event("REQUEST", SENATE_GOP, PENTAGON, T12),
    ],
    "quotes": [
        quote("without incident", "Merrick Garland", "direct"),
        quote("Jack Teixeira was taken into custody \"without incident\" at his home in North Dighton, Massachusetts",
              "Merrick Garland", "indirect"),
        quote("investigators had worked around the clock to find the source of the leaks, which have embarrassed "
              "the Pentagon and unsettled allies", "Merrick Garland", "indirect"),
        quote("he had shared secret material for months to impress younger gamers", "members of the Discord group",
              "indirect"),
        quote("a deliberate, criminal act", "Lloyd Austin", "direct"),
        quote("he had ordered a review of how classified information is handled across the military", "Lloyd Austin",
              "indirect"),
        quote("the documents showed that the United States was spying on its own allies",
              "Embassy of Russia in the United States", "indirect"),
        quote("many of the documents had been doctored", "Office of the President of South Korea", "indirect"),
        quote("How in the world does a 21-year-old have access to this?", "Marco Rubio", "direct"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["WASHINGTON", "Washington"]),
        entity("Federal Bureau of Investigation", "ORG", "USA", ["The FBI", "the FBI"]),
        entity("Jack Teixeira", "PER", "USA",
               ["a 21-year-old member of the Massachusetts Air National Guard", "Jack Teixeira", "his", "Teixeira",
                "he"]),
        entity("Massachusetts Air National Guard", "ORG", "USA", ["the Massachusetts Air National Guard"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine", "Ukraine's"]),
        entity("Merrick Garland", "PER", "USA", ["Attorney General Merrick Garland", "Garland"]),
        entity("North Dighton", "LOC", "USA", ["North Dighton, Massachusetts"]),
        entity("Espionage Act", "MISC", "USA", ["the Espionage Act"]),
        entity("Boston", "LOC", "USA", ["Boston"]),
        entity("United States Department of Defense", "ORG", "USA", ["the Pentagon"]),
        entity("102nd Intelligence Wing", "ORG", "USA", ["the 102nd Intelligence Wing"]),
        entity("Joint Base Cape Cod", "LOC", "USA", ["Joint Base Cape Cod"]),
        entity("members of the Discord group", "PER", "USA", ["Members of the group"]),
        entity("Discord", "ORG", "MNC", ["the Discord platform"]),
        entity("Lloyd Austin", "PER", "USA", ["Defense Secretary Lloyd Austin"]),
        entity("Joe Biden", "PER", "USA", ["President Joe Biden"]),
        entity("Ireland", "LOC", "IRL", ["Ireland"]),
        entity("United States Department of Justice", "ORG", "USA", ["the Justice Department"]),
        entity("Embassy of Russia in the United States", "ORG", "RUS", ["Russia's embassy in Washington"]),
        entity("Government of the United States", "ORG", "USA", ["the United States"]),
        entity("Office of the President of South Korea", "ORG", "KOR", ["South Korea's presidential office"]),
        entity("Twitter", "ORG", "MNC", ["Twitter"]),
        entity("Telegram", "ORG", "MNC", ["Telegram"]),
        entity("Senate Republicans", "ORG", "USA", ["Senate Republicans"]),
        entity("Marco Rubio", "PER", "USA", ["Sen. Marco Rubio, the top Republican on the Intelligence Committee"]),
        entity("Senate Intelligence Committee", "ORG", "USA", ["the Intelligence Committee"]),
    ],
}

# ---------------------------------------------------------------- hm453-en-02 (Haiti/US, Martelly sanctioned)
USA_GOV2 = actor("Government of the United States", "USA", "GOV")
MARTELLY = actor("Michel Martelly", "HTI", "CVL")
TREASURY = actor("United States Department of the Treasury", "USA", "GOV")
SMITH = actor("Bradley Smith", "USA", "GOV")
CAN_GOV2 = actor("Government of Canada", "CAN", "GOV")
LAMOTHE = actor("Laurent Lamothe", "HTI", "CVL")
CEANT = actor("Jean-Henry Céant", "HTI", "CVL")
HERCULE = actor("Carlos Hercule", "HTI", "GOV")
HTI_RIGHTS = actor("Haitian human rights groups", "HTI", "NGO")
HTI_POLITICIANS = actor("Haitian politicians and businessmen", "HTI", "CVL")
CHERIZIER = actor("Jimmy Cherizier", "HTI", "REB")
HTI_POLITICIANS2 = actor("Haitian politicians", "HTI", "GOV")
PNH = actor("Haitian National Police", "HTI", "COP")
CUSTOMS_OFFICERS = actor("Haitian customs officers", "HTI", "GOV")

H1 = ("PORT-AU-PRINCE, Haiti (AP) — The U.S. government on Tuesday sanctioned former Haitian President Michel "
      "Martelly, accusing him of drug trafficking and of financing gangs that have terrorized the Caribbean "
      "country.")
H2 = ("The Treasury Department said Martelly had abused his influence to help move cocaine bound for the United "
      "States and had laundered the proceeds.")
H3 = "Any assets he holds in the U.S. are frozen, and Americans are barred from doing business with him."
H4 = ("\"Martelly's actions have contributed to the ongoing crisis in Haiti,\" said Bradley T. Smith, the "
      "Treasury's acting under secretary for terrorism and financial intelligence.")
H5 = ("Martelly, a former carnival singer known as \"Sweet Micky,\" governed Haiti from 2011 to 2016 and now "
      "lives mostly in Florida.")
H6 = ("He rejected the accusations in a statement posted on social media, calling them \"false and defamatory,\" "
      "and said he would fight to clear his name.")
H7 = ("Canada had already sanctioned Martelly and former prime ministers Laurent Lamothe and Jean-Henry Céant in "
      "2022 over their alleged ties to armed groups.")
H8 = ("Haiti's justice minister, Carlos Hercule, said the government would cooperate with any U.S. request for "
      "information.")
H9 = "Human rights groups in Port-au-Prince welcomed the move but said it came years too late."
H10 = ("\"For years, the people who armed the gangs have lived without consequences,\" said Pierre Espérance, "
       "executive director of the National Human Rights Defense Network.")
H11 = ("Washington has sanctioned several other Haitian politicians and businessmen over gang ties since "
       "2022.")
H12 = "Gangs now control about 80% of the capital, and the violence has killed thousands of people this year."
H13 = ("Gang leader Jimmy Cherizier, known as Barbecue, threatened on Monday to attack any politician who "
       "cooperated with foreign forces.")
H14 = ("Haitian police said officers had arrested two customs officers suspected of smuggling weapons to gangs "
       "through the port of Saint-Marc.")

EN02 = {
    "id": "hm453-en-02", "lang": "en", "url": None, "published": "2024-08-21",
    "title": "US sanctions former Haitian President Michel Martelly over drug trafficking",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7], [H8, H9, H10, H11], [H12, H13, H14]),
    "events": [
        event("SANCTION", USA_GOV2, MARTELLY, H1, date="2024-08-20"),
        event("ACCUSE", USA_GOV2, MARTELLY, H1, mode="allege", date="2024-08-20"),
        event("ACCUSE", TREASURY, MARTELLY, H2, mode="allege"),
        event("SANCTION", USA_GOV2, MARTELLY, H3),
        event("ACCUSE", SMITH, MARTELLY, H4, mode="disapprove"),
        event("SANCTION", CAN_GOV2, MARTELLY, H7),
        event("SANCTION", CAN_GOV2, LAMOTHE, H7),
        event("SANCTION", CAN_GOV2, CEANT, H7),
        event("AGREE", HERCULE, USA_GOV2, H8),
        event("SUPPORT", HTI_RIGHTS, USA_GOV2, H9, location="Port-au-Prince", location_country="HTI"),
        event("SANCTION", USA_GOV2, HTI_POLITICIANS, H11),
        event("THREATEN", CHERIZIER, HTI_POLITICIANS2, H13, mode="violence", date="2024-08-19"),
        event("COERCE", PNH, CUSTOMS_OFFICERS, H14, mode="arrest"),
    ],
    "quotes": [
        quote("Martelly had abused his influence to help move cocaine bound for the United States and had "
              "laundered the proceeds", "United States Department of the Treasury", "indirect"),
        quote("Martelly's actions have contributed to the ongoing crisis in Haiti", "Bradley Smith", "direct"),
        quote("false and defamatory", "Michel Martelly", "direct"),
        quote("he would fight to clear his name", "Michel Martelly", "indirect"),
        quote("the government would cooperate with any U.S. request for information", "Carlos Hercule", "indirect"),
        quote("it came years too late", "Haitian human rights groups", "indirect"),
        quote("For years, the people who armed the gangs have lived without consequences", "Pierre Espérance",
              "direct"),
        quote("officers had arrested two customs officers suspected of smuggling weapons to gangs through the port "
              "of Saint-Marc", "Haitian National Police", "indirect"),
    ],
    "entities": [
        entity("Port-au-Prince", "LOC", "HTI", ["PORT-AU-PRINCE", "Port-au-Prince", "the capital"]),
        entity("Haiti", "LOC", "HTI", ["Haiti", "the Caribbean country"]),
        entity("Government of the United States", "ORG", "USA", ["The U.S. government", "Washington"]),
        entity("Michel Martelly", "PER", "HTI",
               ["former Haitian President Michel Martelly", "him", "Martelly", "his", "he", "Martelly's",
                "Sweet Micky", "He"]),
        entity("United States Department of the Treasury", "ORG", "USA", ["The Treasury Department",
                                                                          "the Treasury's"]),
        entity("United States", "LOC", "USA", ["the United States", "the U.S."]),
        entity("Bradley Smith", "PER", "USA", ["Bradley T. Smith"]),
        entity("Florida", "LOC", "USA", ["Florida"]),
        entity("Government of Canada", "ORG", "CAN", ["Canada"]),
        entity("Laurent Lamothe", "PER", "HTI", ["former prime ministers Laurent Lamothe", "Laurent Lamothe"]),
        entity("Jean-Henry Céant", "PER", "HTI", ["Jean-Henry Céant"]),
        entity("Carlos Hercule", "PER", "HTI", ["Haiti's justice minister, Carlos Hercule"]),
        entity("Government of Haiti", "ORG", "HTI", ["the government"]),
        entity("Haitian human rights groups", "ORG", "HTI", ["Human rights groups in Port-au-Prince"]),
        entity("Pierre Espérance", "PER", "HTI", ["Pierre Espérance"]),
        entity("National Human Rights Defense Network", "ORG", "HTI", ["the National Human Rights Defense "
                                                                       "Network"]),
        entity("Haitian politicians and businessmen", "PER", "HTI", ["several other Haitian politicians and "
                                                                     "businessmen"]),
        entity("Jimmy Cherizier", "PER", "HTI", ["Gang leader Jimmy Cherizier", "Barbecue"]),
        entity("Haitian National Police", "ORG", "HTI", ["Haitian police", "officers"]),
        entity("Haitian customs officers", "PER", "HTI", ["two customs officers"]),
        entity("Saint-Marc", "LOC", "HTI", ["the port of Saint-Marc"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
