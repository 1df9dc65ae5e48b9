"""Round 390: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, invented wording and details):
- hm390-de-01: Colombia/Argentina: Bogotá expels Argentine diplomats after Milei calls Petro a "terrorist murderer" on CNN; Murillo demands an apology, Adorni refuses, Mondino offers talks, January summons and Petro's Hitler comparison recalled (2024-03-28).
- hm390-de-02: Brazil: the Federal Police accuse Jair Bolsonaro and eleven others of money laundering and embezzlement over the Saudi jewels; Mauro Cid's plea deal, lawyers deny, Bolsonaro cries persecution, PL backs him, Guarulhos seizure, TCU demand and electoral ban recalled (2024-07-05).
- hm390-de-03: Venezuela/Argentina: Caracas closes its airspace to Argentine aircraft after Argentina hands the Emtrasur Boeing 747 to the United States; the DOJ seizes it in Florida, Judge Villena's approval, Gil and Maduro accuse and threaten, Adorni refuses, Milei did not invite Maduro (2024-02-13).
- hm390-de-04: Chile: Carabineros chief Ricardo Yáñez resigns ahead of charges over abuses during the 2019 protests; Tohá thanks him, Boric had backed him against Communist demands, INDH demands more prosecutions, Squella and Kast attack (2024-10-03).
- hm390-en-01: Paraguay/United States: Washington sanctions ex-president Horacio Cartes and Vice President Hugo Velázquez for corruption; Treasury names Cartes companies, Nelson accuses, Cartes denies, Peña not sanctioned and defends him, Abdo pledges cooperation, prosecutors open an inquiry (2023-01-27).
- hm390-en-02: Bolivia: the Constitutional Court bars Evo Morales from the 2025 election; Morales alleges a plot by Arce and Washington, Lima urges acceptance, supporters rally in Sucre without arrests, the October MAS congress expelling Arce recalled (2023-12-30).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm390-de-01 (Colombia/Argentina, diplomats expelled)
COL_GOV = actor("Government of Colombia", "COL", "GOV")
ARG_GOV = actor("Government of Argentina", "ARG", "GOV")
COL_FM = actor("Ministry of Foreign Affairs of Colombia", "COL", "GOV")
MILEI = actor("Javier Milei", "ARG", "GOV")
PETRO = actor("Gustavo Petro", "COL", "GOV")
MURILLO = actor("Luis Gilberto Murillo", "COL", "GOV")
ADORNI = actor("Manuel Adorni", "ARG", "GOV")
MONDINO = actor("Diana Mondino", "ARG", "GOV")

C1 = ("Bogotá (dpa) - Kolumbien hat nach scharfen Beleidigungen durch Argentiniens Präsidenten Javier Milei mehrere "
      "argentinische Diplomaten ausgewiesen.")
C2 = ("Das Außenministerium in Bogotá ordnete am Mittwochabend die Ausweisung von Mitarbeitern der argentinischen "
      "Botschaft an, wie die Behörde mitteilte.")
C3 = ("Milei habe mit seinen Äußerungen die Würde des kolumbianischen Präsidenten verletzt und die historisch engen "
      "Bande zwischen beiden Völkern beschädigt, hieß es in einer Erklärung.")
C4 = ("Milei hatte Präsident Gustavo Petro in einem Interview mit dem Sender CNN en Español als „terroristischen "
      "Mörder“ bezeichnet.")
C5 = "Zudem sagte der Ultraliberale, Petro sei eine „Plage“ für Kolumbien und ganz Lateinamerika."
C6 = "Petro warf Milei auf der Plattform X vor, Hass gegen eine demokratisch gewählte Regierung zu schüren."
C7 = "„Ich bin kein Terrorist, ich bin ein vom Volk gewählter Präsident“, schrieb der Linkspolitiker."
C8 = "Außenminister Luis Gilberto Murillo forderte von Buenos Aires eine offizielle Entschuldigung."
C9 = "Die argentinische Regierung lehnte dies ab."
C10 = ("Präsidentensprecher Manuel Adorni sagte in Buenos Aires, Milei habe lediglich seine Meinung geäußert und werde "
       "sich nicht entschuldigen.")
C11 = "Die Ausweisung der Diplomaten nannte er „unverhältnismäßig“."
C12 = ("Außenministerin Diana Mondino bot ihrem kolumbianischen Amtskollegen zugleich ein Gespräch an, um den Streit "
       "beizulegen.")
C13 = "Es ist nicht der erste Schlagabtausch zwischen den beiden Staatschefs."
C14 = ("Bereits im Januar hatte Milei seinen kolumbianischen Kollegen in einem Interview einen „kommunistischen Mörder“ "
       "genannt.")
C15 = "Bogotá hatte daraufhin den argentinischen Botschafter einbestellt."
C16 = "Petro wiederum hatte Milei im argentinischen Wahlkampf 2023 mit Adolf Hitler verglichen."
C17 = "Argentinien ist für Kolumbien ein wichtiger Handelspartner, vor allem bei Agrarprodukten."

DE01 = {
    "id": "hm390-de-01", "lang": "de", "url": None, "published": "2024-03-28",
    "title": "Kolumbien weist nach Mileis Beleidigungen argentinische Diplomaten aus",
    "text": paragraphs([C1, C2, C3, C4, C5], [C6, C7, C8], [C9, C10, C11, C12], [C13, C14, C15, C16, C17]),
    "events": [
        event("SANCTION", COL_GOV, ARG_GOV, C1, mode="expel"),
        event("SANCTION", COL_FM, ARG_GOV, C2, mode="expel", date="2024-03-27", location_country="COL"),
        event("ACCUSE", COL_FM, MILEI, C3, mode="disapprove"),
        event("ACCUSE", MILEI, PETRO, C4, mode="disapprove"),
        event("ACCUSE", MILEI, PETRO, C5, mode="disapprove"),
        event("ACCUSE", PETRO, MILEI, C6, mode="disapprove"),
        event("REQUEST", MURILLO, ARG_GOV, C8),
        event("REJECT", ARG_GOV, MURILLO, C9),
        event("REJECT", ADORNI, COL_GOV, C10, location="Buenos Aires", location_country="ARG"),
        event("ACCUSE", ADORNI, COL_GOV, C11, mode="disapprove"),
        event("AGREE", MONDINO, MURILLO, C12, mode="meet"),
        event("ACCUSE", MILEI, PETRO, C14, mode="disapprove"),
        event("ACCUSE", COL_GOV, ARG_GOV, C15, mode="disapprove"),
        event("ACCUSE", PETRO, MILEI, C16, mode="disapprove"),
    ],
    "quotes": [
        quote("Das Außenministerium in Bogotá ordnete am Mittwochabend die Ausweisung von Mitarbeitern der "
              "argentinischen Botschaft an", "Ministry of Foreign Affairs of Colombia", "indirect"),
        quote("Milei habe mit seinen Äußerungen die Würde des kolumbianischen Präsidenten verletzt und die historisch "
              "engen Bande zwischen beiden Völkern beschädigt", "Ministry of Foreign Affairs of Colombia", "indirect"),
        quote("terroristischen Mörder", "Javier Milei", "direct"),
        quote("Plage", "Javier Milei", "direct"),
        quote("Petro sei eine „Plage“ für Kolumbien und ganz Lateinamerika", "Javier Milei", "indirect"),
        quote("Hass gegen eine demokratisch gewählte Regierung zu schüren", "Gustavo Petro", "indirect"),
        quote("Ich bin kein Terrorist, ich bin ein vom Volk gewählter Präsident", "Gustavo Petro", "direct"),
        quote("Milei habe lediglich seine Meinung geäußert und werde sich nicht entschuldigen", "Manuel Adorni",
              "indirect"),
        quote("unverhältnismäßig", "Manuel Adorni", "direct"),
        quote("kommunistischen Mörder", "Javier Milei", "direct"),
    ],
    "entities": [
        entity("Bogotá", "LOC", "COL", ["Bogotá"]),
        entity("Colombia", "LOC", "COL", ["Kolumbien"]),
        entity("Government of Colombia", "ORG", "COL", ["Kolumbien", "Bogotá", "eine demokratisch gewählte Regierung"]),
        entity("Argentina", "LOC", "ARG", ["Argentiniens", "Argentinien"]),
        entity("Javier Milei", "PER", "ARG", ["Argentiniens Präsidenten Javier Milei", "Milei", "der Ultraliberale"]),
        entity("Argentine diplomats in Colombia", "PER", "ARG",
               ["mehrere argentinische Diplomaten", "Mitarbeitern der argentinischen Botschaft", "der Diplomaten"]),
        entity("Ministry of Foreign Affairs of Colombia", "ORG", "COL", ["Das Außenministerium in Bogotá",
                                                                         "die Behörde"]),
        entity("Embassy of Argentina in Bogotá", "ORG", "ARG", ["der argentinischen Botschaft"]),
        entity("Gustavo Petro", "PER", "COL", ["des kolumbianischen Präsidenten", "Präsident Gustavo Petro", "Petro",
                                               "der Linkspolitiker", "seinen kolumbianischen Kollegen"]),
        entity("CNN en Español", "ORG", "USA", ["dem Sender CNN en Español"]),
        entity("Latin America", "LOC", None, ["ganz Lateinamerika"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Luis Gilberto Murillo", "PER", "COL", ["Außenminister Luis Gilberto Murillo",
                                                       "ihrem kolumbianischen Amtskollegen"]),
        entity("Government of Argentina", "ORG", "ARG", ["Buenos Aires", "Die argentinische Regierung"]),
        entity("Buenos Aires", "LOC", "ARG", ["Buenos Aires"]),
        entity("Manuel Adorni", "PER", "ARG", ["Präsidentensprecher Manuel Adorni", "er"]),
        entity("Diana Mondino", "PER", "ARG", ["Außenministerin Diana Mondino"]),
        entity("Argentine ambassador to Colombia", "PER", "ARG", ["den argentinischen Botschafter"]),
        entity("Adolf Hitler", "PER", "DEU", ["Adolf Hitler"]),
    ],
}

# ---------------------------------------------------------------- hm390-de-02 (Brazil, Bolsonaro jewels)
BRA_PF = actor("Federal Police of Brazil", "BRA", "COP")
BOLSONARO = actor("Jair Bolsonaro", "BRA", "OPP")
CID = actor("Mauro Cid", "BRA", "MIL")
BRA_GOV = actor("Government of Brazil", "BRA", "GOV")
PL = actor("Liberal Party (Brazil)", "BRA", "PTY")
BRA_CUSTOMS = actor("Brazilian customs officials", "BRA", "GOV")
ALBUQUERQUE_AIDE = actor("aide of Bento Albuquerque", "BRA", "GOV")
TCU = actor("Federal Court of Accounts of Brazil", "BRA", "JUD")
TSE = actor("Superior Electoral Court of Brazil", "BRA", "JUD")

J1 = ("Brasília (dpa) - Die brasilianische Bundespolizei hat Ex-Präsident Jair Bolsonaro wegen der Aneignung "
      "wertvoller Schmuckgeschenke aus Saudi-Arabien der Geldwäsche und Unterschlagung beschuldigt.")
J2 = ("Die Ermittler übergaben dem Obersten Gerichtshof am Donnerstag ihren Abschlussbericht, in dem sie neben "
      "Bolsonaro elf weitere Personen belasten.")
J3 = "Unter ihnen ist auch sein früherer Adjutant, Oberstleutnant Mauro Cid."
J4 = ("Laut dem Bericht versuchte die Gruppe, Schmuck und Uhren im Wert von mehreren Millionen Reais, die Bolsonaro "
      "als Staatsgeschenke erhalten hatte, in den USA zu verkaufen.")
J5 = "Nach brasilianischem Recht hätten die Geschenke dem Staat gehört, argumentieren die Ermittler."
J6 = "Über eine Anklage muss nun Generalstaatsanwalt Paulo Gonet entscheiden."
J7 = "Bolsonaros Anwälte wiesen die Vorwürfe als haltlos zurück."
J8 = "Der frühere Staatschef habe die Stücke stets als persönliche Geschenke betrachtet, erklärte die Verteidigung."
J9 = ("Bolsonaro selbst sprach in einer Videobotschaft von „politischer Verfolgung“ durch die Regierung von "
      "Präsident Luiz Inácio Lula da Silva.")
J10 = "Seine Liberale Partei (PL) stellte sich hinter ihn."
J11 = "Der Fall war im März 2023 durch Berichte der Zeitung „O Estado de S. Paulo“ bekannt geworden."
J12 = ("Zollbeamte hatten im Oktober 2021 am Flughafen Guarulhos bei São Paulo ein Schmuckset im Gepäck eines "
       "Mitarbeiters des damaligen Bergbauministers Bento Albuquerque beschlagnahmt.")
J13 = "Der Bundesrechnungshof TCU forderte Bolsonaro später auf, die Geschenke dem Staat zu übergeben."
J14 = ("Cid hatte im vergangenen Jahr eine Kronzeugenvereinbarung mit der Bundespolizei geschlossen und seinen "
       "früheren Chef schwer belastet.")
J15 = ("Die Bundespolizei ermittelt gegen Bolsonaro zudem wegen eines mutmaßlichen Putschversuchs nach seiner "
       "Wahlniederlage 2022.")
J16 = ("Das Oberste Wahlgericht hatte ihm bereits im Juni 2023 wegen Machtmissbrauchs für acht Jahre das passive "
       "Wahlrecht entzogen.")

DE02 = {
    "id": "hm390-de-02", "lang": "de", "url": None, "published": "2024-07-05",
    "title": "Brasiliens Polizei beschuldigt Bolsonaro in Schmuck-Affäre",
    "text": paragraphs([J1, J2, J3, J4, J5], [J6, J7, J8, J9, J10], [J11, J12, J13, J14], [J15, J16]),
    "events": [
        event("ACCUSE", BRA_PF, BOLSONARO, J1, mode="allege"),
        event("ACCUSE", BRA_PF, BOLSONARO, J2, mode="allege", date="2024-07-04"),
        event("ACCUSE", BRA_PF, CID, J3, mode="allege"),
        event("ACCUSE", BOLSONARO, BRA_GOV, J9, mode="disapprove"),
        event("SUPPORT", PL, BOLSONARO, J10),
        event("COERCE", BRA_CUSTOMS, ALBUQUERQUE_AIDE, J12, mode="seize", location="Guarulhos",
              location_country="BRA"),
        event("REQUEST", TCU, BOLSONARO, J13),
        event("AGREE", CID, BRA_PF, J14),
        event("ACCUSE", CID, BOLSONARO, J14, mode="allege"),
        event("ACCUSE", BRA_PF, BOLSONARO, J15, mode="investigate"),
        event("COERCE", TSE, BOLSONARO, J16, mode="restrict"),
    ],
    "quotes": [
        quote("versuchte die Gruppe, Schmuck und Uhren im Wert von mehreren Millionen Reais, die Bolsonaro als "
              "Staatsgeschenke erhalten hatte, in den USA zu verkaufen", "Federal Police of Brazil", "indirect"),
        quote("Nach brasilianischem Recht hätten die Geschenke dem Staat gehört", "Federal Police of Brazil",
              "indirect"),
        quote("Der frühere Staatschef habe die Stücke stets als persönliche Geschenke betrachtet",
              "lawyers of Jair Bolsonaro", "indirect"),
        quote("politischer Verfolgung", "Jair Bolsonaro", "direct"),
    ],
    "entities": [
        entity("Brasília", "LOC", "BRA", ["Brasília"]),
        entity("Federal Police of Brazil", "ORG", "BRA", ["Die brasilianische Bundespolizei", "Die Ermittler",
                                                          "die Ermittler", "der Bundespolizei", "Die Bundespolizei"]),
        entity("Jair Bolsonaro", "PER", "BRA", ["Ex-Präsident Jair Bolsonaro", "Bolsonaro", "Bolsonaros",
                                                "Der frühere Staatschef", "ihn", "seinen früheren Chef", "ihm"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi-Arabien"]),
        entity("Supreme Federal Court of Brazil", "ORG", "BRA", ["dem Obersten Gerichtshof"]),
        entity("Mauro Cid", "PER", "BRA", ["sein früherer Adjutant, Oberstleutnant Mauro Cid", "Cid"]),
        entity("United States", "LOC", "USA", ["in den USA"]),
        entity("Paulo Gonet", "PER", "BRA", ["Generalstaatsanwalt Paulo Gonet"]),
        entity("lawyers of Jair Bolsonaro", "PER", "BRA", ["Bolsonaros Anwälte", "die Verteidigung"]),
        entity("Government of Brazil", "ORG", "BRA", ["die Regierung von Präsident Luiz Inácio Lula da Silva"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Präsident Luiz Inácio Lula da Silva"]),
        entity("Liberal Party (Brazil)", "ORG", "BRA", ["Seine Liberale Partei (PL)"]),
        entity("O Estado de S. Paulo", "ORG", "BRA", ["der Zeitung „O Estado de S. Paulo“"]),
        entity("Brazilian customs officials", "ORG", "BRA", ["Zollbeamte"]),
        entity("São Paulo/Guarulhos International Airport", "LOC", "BRA", ["Flughafen Guarulhos"]),
        entity("São Paulo", "LOC", "BRA", ["São Paulo"]),
        entity("aide of Bento Albuquerque", "PER", "BRA",
               ["eines Mitarbeiters des damaligen Bergbauministers Bento Albuquerque"]),
        entity("Bento Albuquerque", "PER", "BRA", ["des damaligen Bergbauministers Bento Albuquerque"]),
        entity("Federal Court of Accounts of Brazil", "ORG", "BRA", ["Der Bundesrechnungshof TCU"]),
        entity("Superior Electoral Court of Brazil", "ORG", "BRA", ["Das Oberste Wahlgericht"]),
    ],
}

# ---------------------------------------------------------------- hm390-de-03 (Venezuela/Argentina, Emtrasur plane)
VEN_GOV = actor("Government of Venezuela", "VEN", "GOV")
ARG_GOV3 = actor("Government of Argentina", "ARG", "GOV")
GIL = actor("Yván Gil", "VEN", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
US_DOJ = actor("United States Department of Justice", "USA", "GOV")
US_COURT = actor("United States federal court", "USA", "JUD")
EMTRASUR = actor("Emtrasur", "VEN", "BUS")
MAHAN = actor("Mahan Air", "IRN", "BUS")
ARG_JUD = actor("Argentine judiciary", "ARG", "JUD")
VILLENA = actor("Federico Villena", "ARG", "JUD")
MADURO = actor("Nicolás Maduro", "VEN", "GOV")
ADORNI3 = actor("Manuel Adorni", "ARG", "GOV")
MILEI3 = actor("Javier Milei", "ARG", "GOV")

E1 = ("Caracas/Buenos Aires (dpa) - Im Streit um ein beschlagnahmtes Frachtflugzeug hat Venezuela seinen Luftraum für "
      "argentinische Flugzeuge gesperrt.")
E2 = ("Maschinen aus Argentinien dürften venezolanisches Gebiet nicht mehr überfliegen, bis der „Diebstahl“ "
      "rückgängig gemacht sei, teilte Außenminister Yván Gil am Montagabend mit.")
E3 = ("Zuvor hatte Argentinien die Boeing 747 der staatlichen venezolanischen Frachtgesellschaft Emtrasur an die USA "
      "übergeben.")
E4 = "Die Maschine landete am Montag in Florida und wurde dort vom US-Justizministerium beschlagnahmt."
E5 = ("Ein US-Bundesgericht hatte die Beschlagnahme angeordnet, weil das Flugzeug zuvor der iranischen "
      "Fluggesellschaft Mahan Air gehört hatte.")
E6 = "Washington wirft Mahan Air vor, Waffen und Kämpfer für die iranischen Revolutionsgarden zu transportieren."
E7 = ("Das Flugzeug war im Juni 2022 mit einer venezolanischen und iranischen Besatzung in Buenos Aires gelandet und "
      "wurde seitdem von der argentinischen Justiz am Flughafen Ezeiza festgehalten.")
E8 = "Bundesrichter Federico Villena hatte vergangene Woche einem Antrag der US-Behörden auf Übergabe zugestimmt."
E9 = "Gil warf der Regierung von Präsident Javier Milei vor, sich zum „Handlanger“ Washingtons zu machen."
E10 = "Caracas verlangte von Buenos Aires und Washington die sofortige Rückgabe der Maschine."
E11 = ("Präsident Nicolás Maduro sprach im Staatsfernsehen von einem „Raub“ und drohte Argentinien mit weiteren "
       "Vergeltungsmaßnahmen.")
E12 = ("Präsidentensprecher Manuel Adorni sagte in Buenos Aires, Argentinien habe lediglich eine richterliche "
       "Anordnung umgesetzt und lasse sich nicht erpressen.")
E13 = ("Die Sperrung trifft vor allem Flüge der staatlichen Aerolíneas Argentinas in die USA und in die Karibik, die "
       "Venezuela nun umfliegen müssen.")
E14 = "Die Beziehungen zwischen beiden Ländern sind seit Mileis Amtsantritt im Dezember angespannt."
E15 = "Der Rechtspopulist hatte Maduro wiederholt als Diktator bezeichnet."
E16 = "Zu seiner Amtseinführung lud Milei den venezolanischen Staatschef nicht ein."

DE03 = {
    "id": "hm390-de-03", "lang": "de", "url": None, "published": "2024-02-13",
    "title": "Venezuela sperrt Luftraum für argentinische Flugzeuge",
    "text": paragraphs([E1, E2, E3, E4, E5, E6], [E7, E8], [E9, E10, E11], [E12, E13], [E14, E15, E16]),
    "events": [
        event("SANCTION", VEN_GOV, ARG_GOV3, E1, mode="discontinue"),
        event("SANCTION", GIL, ARG_GOV3, E2, mode="discontinue", date="2024-02-12"),
        event("ACCUSE", GIL, ARG_GOV3, E2, mode="disapprove"),
        event("COOPERATE", ARG_GOV3, USA_GOV, E3),
        event("COERCE", US_DOJ, EMTRASUR, E4, mode="seize", date="2024-02-12", location="Florida",
              location_country="USA"),
        event("COERCE", US_COURT, EMTRASUR, E5, mode="seize"),
        event("ACCUSE", USA_GOV, MAHAN, E6, mode="allege"),
        event("COERCE", ARG_JUD, EMTRASUR, E7, mode="seize", location="Ezeiza", location_country="ARG"),
        event("AGREE", VILLENA, USA_GOV, E8),
        event("ACCUSE", GIL, ARG_GOV3, E9, mode="disapprove"),
        event("REQUEST", VEN_GOV, ARG_GOV3, E10),
        event("REQUEST", VEN_GOV, USA_GOV, E10),
        event("ACCUSE", MADURO, ARG_GOV3, E11, mode="disapprove"),
        event("THREATEN", MADURO, ARG_GOV3, E11),
        event("REJECT", ADORNI3, VEN_GOV, E12, location="Buenos Aires", location_country="ARG"),
        event("ACCUSE", MILEI3, MADURO, E15, mode="disapprove"),
        event("AGREE", MILEI3, MADURO, E16, negated=True),
    ],
    "quotes": [
        quote("Diebstahl", "Yván Gil", "direct"),
        quote("Maschinen aus Argentinien dürften venezolanisches Gebiet nicht mehr überfliegen, bis der „Diebstahl“ "
              "rückgängig gemacht sei", "Yván Gil", "indirect"),
        quote("Waffen und Kämpfer für die iranischen Revolutionsgarden zu transportieren",
              "Government of the United States", "indirect"),
        quote("Handlanger", "Yván Gil", "direct"),
        quote("sich zum „Handlanger“ Washingtons zu machen", "Yván Gil", "indirect"),
        quote("Raub", "Nicolás Maduro", "direct"),
        quote("Argentinien habe lediglich eine richterliche Anordnung umgesetzt und lasse sich nicht erpressen",
              "Manuel Adorni", "indirect"),
    ],
    "entities": [
        entity("Caracas", "LOC", "VEN", ["Caracas"]),
        entity("Buenos Aires", "LOC", "ARG", ["Buenos Aires"]),
        entity("Government of Venezuela", "ORG", "VEN", ["Venezuela", "Caracas"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuela"]),
        entity("Emtrasur Boeing 747", "MISC", "VEN", ["ein beschlagnahmtes Frachtflugzeug", "die Boeing 747",
                                                      "Die Maschine", "das Flugzeug", "Das Flugzeug",
                                                      "der Maschine"]),
        entity("Argentina", "LOC", "ARG", ["Argentinien"]),
        entity("Government of Argentina", "ORG", "ARG", ["Argentinien", "der Regierung von Präsident Javier Milei",
                                                         "Buenos Aires"]),
        entity("Yván Gil", "PER", "VEN", ["Außenminister Yván Gil", "Gil"]),
        entity("Emtrasur", "ORG", "VEN", ["der staatlichen venezolanischen Frachtgesellschaft Emtrasur"]),
        entity("Government of the United States", "ORG", "USA", ["die USA", "Washington", "Washingtons",
                                                                 "der US-Behörden"]),
        entity("United States", "LOC", "USA", ["in die USA"]),
        entity("Florida", "LOC", "USA", ["Florida"]),
        entity("United States Department of Justice", "ORG", "USA", ["US-Justizministerium"]),
        entity("United States federal court", "ORG", "USA", ["Ein US-Bundesgericht"]),
        entity("Mahan Air", "ORG", "IRN", ["der iranischen Fluggesellschaft Mahan Air", "Mahan Air"]),
        entity("Islamic Revolutionary Guard Corps", "ORG", "IRN", ["die iranischen Revolutionsgarden"]),
        entity("crew of the Emtrasur plane", "PER", "VEN", ["einer venezolanischen und iranischen Besatzung"]),
        entity("Argentine judiciary", "ORG", "ARG", ["der argentinischen Justiz"]),
        entity("Ezeiza International Airport", "LOC", "ARG", ["Flughafen Ezeiza"]),
        entity("Federico Villena", "PER", "ARG", ["Bundesrichter Federico Villena"]),
        entity("Javier Milei", "PER", "ARG", ["Präsident Javier Milei", "Mileis", "Der Rechtspopulist", "Milei"]),
        entity("Nicolás Maduro", "PER", "VEN", ["Präsident Nicolás Maduro", "Maduro",
                                                "den venezolanischen Staatschef"]),
        entity("Manuel Adorni", "PER", "ARG", ["Präsidentensprecher Manuel Adorni"]),
        entity("Aerolíneas Argentinas", "ORG", "ARG", ["der staatlichen Aerolíneas Argentinas"]),
        entity("Caribbean", "LOC", None, ["die Karibik"]),
    ],
}

# ---------------------------------------------------------------- hm390-de-04 (Chile, Carabineros chief resigns)
YANEZ = actor("Ricardo Yáñez", "CHL", "COP")
CHL_PROSECUTORS = actor("Public Prosecutor's Office of Chile", "CHL", "JUD")
TOHA = actor("Carolina Tohá", "CHL", "GOV")
PC_DEPUTIES = actor("Communist Party of Chile deputies", "CHL", "LEG")
CHL_GOV = actor("Government of Chile", "CHL", "GOV")
BORIC = actor("Gabriel Boric", "CHL", "GOV")
INDH = actor("National Human Rights Institute of Chile", "CHL", "NGO")
CHL_JUDICIARY = actor("Chilean judiciary", "CHL", "JUD")
CARABINEROS = actor("Carabineros de Chile", "CHL", "COP")
CHL_PROTESTERS = actor("Chilean protesters", "CHL", "CVL")
SQUELLA = actor("Arturo Squella", "CHL", "PTY")
KAST = actor("José Antonio Kast", "CHL", "PTY")

Y1 = ("Santiago de Chile (dpa) - Der Chef der chilenischen Polizei Carabineros, General Ricardo Yáñez, hat wegen "
      "eines drohenden Strafverfahrens im Zusammenhang mit den Sozialprotesten von 2019 seinen Rücktritt erklärt.")
Y2 = ("Er wolle der Institution ein langes Gerichtsverfahren gegen ihren amtierenden Chef ersparen, sagte Yáñez am "
      "Mittwoch in Santiago.")
Y3 = ("Die Staatsanwaltschaft wirft ihm vor, als damaliger Vizechef der Polizei nicht gegen die Misshandlung von "
      "Demonstranten durch seine Untergebenen eingeschritten zu sein.")
Y4 = ("Ein Gericht in Santiago hat für Mitte Oktober eine Anhörung angesetzt, bei der Staatsanwältin Ximena Chong "
      "die Vorwürfe formell erheben will.")
Y5 = "Yáñez bestreitet, von Übergriffen gewusst zu haben."
Y6 = ("Innenministerin Carolina Tohá dankte dem General für seine Arbeit und ernannte General Marcelo Araya zum "
      "vorläufigen Nachfolger.")
Y7 = "Abgeordnete der Kommunistischen Partei hatten seit Monaten die Absetzung des Polizeichefs gefordert."
Y8 = "Präsident Gabriel Boric hatte dies stets abgelehnt und sich hinter Yáñez gestellt."
Y9 = ("„Niemand steht über dem Gesetz, auch nicht der Generaldirektor der Carabineros“, sagte Boric nun im "
      "Präsidentenpalast La Moneda.")
Y10 = ("Das Nationale Menschenrechtsinstitut INDH forderte die Justiz auf, auch andere damalige Kommandeure zur "
       "Rechenschaft zu ziehen.")
Y11 = ("Bei den Protesten im Oktober 2019 hatten Polizisten mehr als 400 Menschen durch Gummigeschosse und "
       "Tränengasgranaten an den Augen verletzt.")
Y12 = ("Der Vorsitzende der rechten Republikanischen Partei, Arturo Squella, warf der Staatsanwaltschaft vor, die "
       "Polizei in einer Zeit steigender Kriminalität zu schwächen.")
Y13 = ("Der frühere Präsidentschaftskandidat José Antonio Kast sprach von einem „traurigen Tag“ und gab der "
       "Regierung eine Mitschuld.")
Y14 = "Die Carabineros stehen seit Jahren auch wegen Korruptionsfällen in der Kritik."
Y15 = "Im April waren drei Polizisten bei einem Hinterhalt in der Region Biobío getötet worden."

DE04 = {
    "id": "hm390-de-04", "lang": "de", "url": None, "published": "2024-10-03",
    "title": "Chiles Polizeichef tritt vor Anklage wegen Protestgewalt zurück",
    "text": paragraphs([Y1, Y2, Y3, Y4, Y5], [Y6, Y7, Y8, Y9], [Y10, Y11], [Y12, Y13, Y14, Y15]),
    "events": [
        event("RETREAT", YANEZ, None, Y1, mode="resign"),
        event("ACCUSE", CHL_PROSECUTORS, YANEZ, Y3, mode="allege"),
        event("SUPPORT", TOHA, YANEZ, Y6),
        event("REQUEST", PC_DEPUTIES, CHL_GOV, Y7, mode="change"),
        event("REJECT", BORIC, PC_DEPUTIES, Y8, mode="change"),
        event("SUPPORT", BORIC, YANEZ, Y8),
        event("REQUEST", INDH, CHL_JUDICIARY, Y10),
        event("ASSAULT", CARABINEROS, CHL_PROTESTERS, Y11, mode="crowd-control"),
        event("ACCUSE", SQUELLA, CHL_PROSECUTORS, Y12, mode="disapprove"),
        event("ACCUSE", KAST, CHL_GOV, Y13, mode="disapprove"),
    ],
    "quotes": [
        quote("Er wolle der Institution ein langes Gerichtsverfahren gegen ihren amtierenden Chef ersparen",
              "Ricardo Yáñez", "indirect"),
        quote("als damaliger Vizechef der Polizei nicht gegen die Misshandlung von Demonstranten durch seine "
              "Untergebenen eingeschritten zu sein", "Public Prosecutor's Office of Chile", "indirect"),
        quote("von Übergriffen gewusst zu haben", "Ricardo Yáñez", "indirect"),
        quote("Niemand steht über dem Gesetz, auch nicht der Generaldirektor der Carabineros", "Gabriel Boric",
              "direct"),
        quote("auch andere damalige Kommandeure zur Rechenschaft zu ziehen", "National Human Rights Institute of Chile",
              "indirect"),
        quote("die Polizei in einer Zeit steigender Kriminalität zu schwächen", "Arturo Squella", "indirect"),
        quote("traurigen Tag", "José Antonio Kast", "direct"),
    ],
    "entities": [
        entity("Santiago", "LOC", "CHL", ["Santiago de Chile", "Santiago"]),
        entity("Carabineros de Chile", "ORG", "CHL", ["der chilenischen Polizei Carabineros", "der Institution",
                                                      "der Polizei", "der Carabineros", "Die Carabineros",
                                                      "Polizisten", "die Polizei"]),
        entity("Ricardo Yáñez", "PER", "CHL", ["General Ricardo Yáñez", "Er", "Yáñez", "ihren amtierenden Chef",
                                               "ihm", "dem General", "des Polizeichefs",
                                               "der Generaldirektor der Carabineros"]),
        entity("Public Prosecutor's Office of Chile", "ORG", "CHL", ["Die Staatsanwaltschaft",
                                                                     "der Staatsanwaltschaft"]),
        entity("Chilean protesters", "PER", "CHL", ["Demonstranten", "mehr als 400 Menschen"]),
        entity("subordinates of Ricardo Yáñez", "PER", "CHL", ["seine Untergebenen"]),
        entity("court in Santiago", "ORG", "CHL", ["Ein Gericht in Santiago"]),
        entity("Ximena Chong", "PER", "CHL", ["Staatsanwältin Ximena Chong"]),
        entity("Carolina Tohá", "PER", "CHL", ["Innenministerin Carolina Tohá"]),
        entity("Marcelo Araya", "PER", "CHL", ["General Marcelo Araya", "vorläufigen Nachfolger"]),
        entity("Communist Party of Chile deputies", "PER", "CHL", ["Abgeordnete der Kommunistischen Partei"]),
        entity("Communist Party of Chile", "ORG", "CHL", ["der Kommunistischen Partei"]),
        entity("Gabriel Boric", "PER", "CHL", ["Präsident Gabriel Boric", "Boric"]),
        entity("La Moneda", "LOC", "CHL", ["Präsidentenpalast La Moneda"]),
        entity("National Human Rights Institute of Chile", "ORG", "CHL", ["Das Nationale Menschenrechtsinstitut INDH"]),
        entity("Chilean judiciary", "ORG", "CHL", ["die Justiz"]),
        entity("Republican Party (Chile)", "ORG", "CHL", ["der rechten Republikanischen Partei"]),
        entity("Arturo Squella", "PER", "CHL", ["Der Vorsitzende der rechten Republikanischen Partei, Arturo Squella"]),
        entity("José Antonio Kast", "PER", "CHL", ["Der frühere Präsidentschaftskandidat José Antonio Kast"]),
        entity("Government of Chile", "ORG", "CHL", ["der Regierung"]),
        entity("Biobío Region", "LOC", "CHL", ["der Region Biobío"]),
        entity("three Carabineros officers", "PER", "CHL", ["drei Polizisten"]),
    ],
}

# ---------------------------------------------------------------- hm390-en-01 (Paraguay, US sanctions Cartes)
USA_GOV_E = actor("Government of the United States", "USA", "GOV")
CARTES = actor("Horacio Cartes", "PRY", "PTY")
VELAZQUEZ = actor("Hugo Velázquez", "PRY", "GOV")
US_TREASURY = actor("United States Department of the Treasury", "USA", "GOV")
TABESA = actor("Tabacalera del Este", "PRY", "BUS")
NELSON = actor("Brian Nelson", "USA", "GOV")
PENA = actor("Santiago Peña", "PRY", "PTY")
ABDO = actor("Mario Abdo Benítez", "PRY", "GOV")
PRY_PROSECUTORS = actor("Attorney General's Office of Paraguay", "PRY", "JUD")
US_STATE = actor("United States Department of State", "USA", "GOV")

T1 = ("ASUNCION, Paraguay (AP) — The United States on Thursday imposed sanctions on former Paraguayan President "
      "Horacio Cartes and the country's sitting vice president, Hugo Velázquez, accusing both men of rampant "
      "corruption.")
T2 = ("The Treasury Department said Cartes had bribed lawmakers to advance his political agenda and maintained close "
      "ties to members of Hezbollah, which Washington considers a terrorist organization.")
T3 = ("The department accused Velázquez of offering a bribe to a public official to obstruct an investigation that "
      "threatened his business interests.")
T4 = ("Treasury also blacklisted four companies owned or controlled by Cartes, among them the tobacco maker "
      "Tabacalera del Este.")
T5 = ("The measures freeze any assets the men hold in the United States and generally bar Americans from dealing "
      "with them.")
T6 = ("\"Horacio Cartes has undermined democratic institutions in Paraguay,\" Under Secretary of the Treasury Brian "
      "Nelson said in a statement.")
T7 = ("Cartes, a tobacco magnate who governed Paraguay from 2013 to 2018, rejected the accusations as \"unfounded and "
      "unjust.\"")
T8 = "Velázquez said he had done nothing wrong."
T9 = ("Washington has not sanctioned Santiago Peña, the governing Colorado Party's candidate in the April 30 "
      "presidential election and a close Cartes ally, U.S. officials told reporters.")
T10 = ("Peña defended his political mentor and called the sanctions \"an attack on our sovereignty.\"")
T11 = ("President Mario Abdo Benítez, a rival of Cartes within the Colorado Party, said his government would "
       "cooperate fully with Washington.")
T12 = "Paraguay's attorney general's office said it had opened an inquiry into Cartes' finances."
T13 = ("The State Department had already barred Cartes from entering the United States in July, citing his "
       "involvement in \"significant corruption.\"")
T14 = "Cartes is one of Paraguay's richest men, with holdings in tobacco, beverages and banking."

EN01 = {
    "id": "hm390-en-01", "lang": "en", "url": None, "published": "2023-01-27",
    "title": "US sanctions Paraguay's ex-president Cartes and vice president over corruption",
    "text": paragraphs([T1, T2, T3, T4, T5, T6], [T7, T8, T9], [T10, T11, T12], [T13, T14]),
    "events": [
        event("SANCTION", USA_GOV_E, CARTES, T1, mode="discontinue", date="2023-01-26"),
        event("SANCTION", USA_GOV_E, VELAZQUEZ, T1, mode="discontinue", date="2023-01-26"),
        event("ACCUSE", USA_GOV_E, CARTES, T1, mode="allege", date="2023-01-26"),
        event("ACCUSE", USA_GOV_E, VELAZQUEZ, T1, mode="allege", date="2023-01-26"),
        event("ACCUSE", US_TREASURY, CARTES, T2, mode="allege"),
        event("ACCUSE", US_TREASURY, VELAZQUEZ, T3, mode="allege"),
        event("SANCTION", US_TREASURY, TABESA, T4, mode="discontinue"),
        event("ACCUSE", NELSON, CARTES, T6, mode="disapprove"),
        event("SANCTION", USA_GOV_E, PENA, T9, mode="discontinue", negated=True),
        event("SUPPORT", PENA, CARTES, T10),
        event("ACCUSE", PENA, USA_GOV_E, T10, mode="disapprove"),
        event("AGREE", ABDO, USA_GOV_E, T11),
        event("ACCUSE", PRY_PROSECUTORS, CARTES, T12, mode="investigate"),
        event("REJECT", US_STATE, CARTES, T13),
    ],
    "quotes": [
        quote("Cartes had bribed lawmakers to advance his political agenda and maintained close ties to members of "
              "Hezbollah, which Washington considers a terrorist organization",
              "United States Department of the Treasury", "indirect"),
        quote("Horacio Cartes has undermined democratic institutions in Paraguay", "Brian Nelson", "direct"),
        quote("unfounded and unjust", "Horacio Cartes", "direct"),
        quote("he had done nothing wrong", "Hugo Velázquez", "indirect"),
        quote("Washington has not sanctioned Santiago Peña, the governing Colorado Party's candidate in the April 30 "
              "presidential election and a close Cartes ally", "U.S. officials", "indirect"),
        quote("an attack on our sovereignty", "Santiago Peña", "direct"),
        quote("his government would cooperate fully with Washington", "Mario Abdo Benítez", "indirect"),
        quote("it had opened an inquiry into Cartes' finances", "Attorney General's Office of Paraguay", "indirect"),
        quote("significant corruption", "United States Department of State", "direct"),
    ],
    "entities": [
        entity("Asunción", "LOC", "PRY", ["ASUNCION"]),
        entity("Paraguay", "LOC", "PRY", ["Paraguay", "the country's", "Paraguay's"]),
        entity("Government of the United States", "ORG", "USA", ["The United States", "Washington"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Horacio Cartes", "PER", "PRY", ["former Paraguayan President Horacio Cartes", "Cartes",
                                                "Horacio Cartes", "his political mentor", "Cartes'"]),
        entity("Hugo Velázquez", "PER", "PRY", ["the country's sitting vice president, Hugo Velázquez", "Velázquez",
                                                "he"]),
        entity("United States Department of the Treasury", "ORG", "USA", ["The Treasury Department",
                                                                          "The department", "Treasury"]),
        entity("Paraguayan lawmakers", "PER", "PRY", ["lawmakers"]),
        entity("Hezbollah", "ORG", "LBN", ["members of Hezbollah"]),
        entity("public official", "PER", "PRY", ["a public official"]),
        entity("companies of Horacio Cartes", "ORG", "PRY", ["four companies owned or controlled by Cartes"]),
        entity("Tabacalera del Este", "ORG", "PRY", ["the tobacco maker Tabacalera del Este"]),
        entity("Americans", "PER", "USA", ["Americans"]),
        entity("Brian Nelson", "PER", "USA", ["Under Secretary of the Treasury Brian Nelson"]),
        entity("Santiago Peña", "PER", "PRY", ["Santiago Peña", "Peña"]),
        entity("Colorado Party", "ORG", "PRY", ["the governing Colorado Party's", "the Colorado Party"]),
        entity("U.S. officials", "PER", "USA", ["U.S. officials"]),
        entity("Mario Abdo Benítez", "PER", "PRY", ["President Mario Abdo Benítez"]),
        entity("Government of Paraguay", "ORG", "PRY", ["his government"]),
        entity("Attorney General's Office of Paraguay", "ORG", "PRY", ["Paraguay's attorney general's office", "it"]),
        entity("United States Department of State", "ORG", "USA", ["The State Department"]),
    ],
}

# ---------------------------------------------------------------- hm390-en-02 (Bolivia, Morales barred)
BOL_TCP = actor("Plurinational Constitutional Court of Bolivia", "BOL", "JUD")
MORALES = actor("Evo Morales", "BOL", "PTY")
BOL_GOV = actor("Government of Bolivia", "BOL", "GOV")
USA_GOV_B = actor("Government of the United States", "USA", "GOV")
LIMA = actor("Iván Lima", "BOL", "GOV")
MORALES_SUPPORTERS = actor("supporters of Evo Morales", "BOL", "CVL")
BOL_POLICE = actor("Bolivian police", "BOL", "COP")
MAS_LAWMAKERS = actor("MAS lawmakers allied with Evo Morales", "BOL", "LEG")
MAS = actor("Movement for Socialism", "BOL", "PTY")
ARCE = actor("Luis Arce", "BOL", "GOV")
ARCE_ALLIES = actor("allies of Luis Arce", "BOL", "PTY")

L1 = ("LA PAZ, Bolivia (AP) — Bolivia's Constitutional Court has barred former President Evo Morales from running in "
      "the 2025 election, ruling that presidents may serve no more than two terms, whether consecutive or not.")
L2 = ("The decision by the Plurinational Constitutional Court, made public Friday, overturns a 2017 ruling that had "
      "allowed Morales to seek a fourth term on the grounds that re-election was a human right.")
L3 = ("The judges cited a 2021 advisory opinion of the Inter-American Court of Human Rights, which found that "
      "indefinite re-election is not a human right.")
L4 = ("Morales, 64, called the ruling proof of a \"political plot\" by President Luis Arce's government and the "
      "United States to keep him off the ballot.")
L5 = ("\"They are afraid of the people,\" Morales wrote on X, adding that he remained the candidate of the Movement "
      "for Socialism, or MAS.")
L6 = "Justice Minister Iván Lima urged Morales to accept the decision, saying it could not be appealed."
L7 = ("Hundreds of Morales supporters rallied Friday outside the court's headquarters in Sucre, accusing the judges "
      "of doing the government's bidding.")
L8 = "Police cordoned off the building but made no arrests."
L9 = ("Morales' allies in the legislature accuse the court's magistrates of illegally extending their own terms, "
      "which were due to expire on Jan. 2.")
L10 = "The court has rejected that criticism."
L11 = ("The ruling deepens a bitter feud within the MAS between Morales and Arce, his former economy minister, who is "
       "widely expected to seek re-election.")
L12 = ("In October, a party congress organized by Morales' faction in the Chapare region proclaimed him the MAS "
       "candidate and expelled Arce from the party.")
L13 = "Arce's allies boycotted the gathering."
L14 = ("Morales governed Bolivia from 2006 until 2019, when he resigned amid mass protests over a disputed "
       "election.")

EN02 = {
    "id": "hm390-en-02", "lang": "en", "url": None, "published": "2023-12-30",
    "title": "Bolivia's top court bars Evo Morales from 2025 presidential race",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6], [L7, L8, L9, L10], [L11, L12, L13, L14]),
    "events": [
        event("COERCE", BOL_TCP, MORALES, L1, mode="restrict"),
        event("ACCUSE", MORALES, BOL_GOV, L4, mode="allege"),
        event("ACCUSE", MORALES, USA_GOV_B, L4, mode="allege"),
        event("REQUEST", LIMA, MORALES, L6),
        event("PROTEST", MORALES_SUPPORTERS, BOL_TCP, L7, mode="demo", date="2023-12-29", location="Sucre",
              location_country="BOL"),
        event("ACCUSE", MORALES_SUPPORTERS, BOL_TCP, L7, mode="disapprove", date="2023-12-29"),
        event("COERCE", BOL_POLICE, MORALES_SUPPORTERS, L8, mode="restrict", location="Sucre",
              location_country="BOL"),
        event("COERCE", BOL_POLICE, MORALES_SUPPORTERS, L8, mode="arrest", location="Sucre", location_country="BOL",
              negated=True),
        event("ACCUSE", MAS_LAWMAKERS, BOL_TCP, L9, mode="allege"),
        event("SUPPORT", MAS, MORALES, L12, location="Chapare", location_country="BOL"),
        event("SANCTION", MAS, ARCE, L12, mode="expel", location="Chapare", location_country="BOL"),
        event("PROTEST", ARCE_ALLIES, MAS, L13, mode="boycott"),
        event("RETREAT", MORALES, None, L14, mode="resign"),
    ],
    "quotes": [
        quote("presidents may serve no more than two terms, whether consecutive or not",
              "Plurinational Constitutional Court of Bolivia", "indirect"),
        quote("indefinite re-election is not a human right", "Inter-American Court of Human Rights", "indirect"),
        quote("political plot", "Evo Morales", "direct"),
        quote("They are afraid of the people", "Evo Morales", "direct"),
        quote("he remained the candidate of the Movement for Socialism, or MAS", "Evo Morales", "indirect"),
        quote("it could not be appealed", "Iván Lima", "indirect"),
    ],
    "entities": [
        entity("La Paz", "LOC", "BOL", ["LA PAZ"]),
        entity("Bolivia", "LOC", "BOL", ["Bolivia", "Bolivia's"]),
        entity("Plurinational Constitutional Court of Bolivia", "ORG", "BOL",
               ["Bolivia's Constitutional Court", "the Plurinational Constitutional Court", "The judges", "the court's",
                "the judges", "the court's magistrates", "The court", "the building"]),
        entity("Evo Morales", "PER", "BOL", ["former President Evo Morales", "Morales", "him", "he", "Morales'"]),
        entity("Inter-American Court of Human Rights", "ORG", "IGO", ["the Inter-American Court of Human Rights"]),
        entity("Luis Arce", "PER", "BOL", ["President Luis Arce's", "Arce", "his former economy minister", "Arce's"]),
        entity("Government of Bolivia", "ORG", "BOL", ["President Luis Arce's government", "the government's"]),
        entity("Government of the United States", "ORG", "USA", ["the United States"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Movement for Socialism", "ORG", "BOL", ["the Movement for Socialism, or MAS", "the MAS", "MAS",
                                                        "the party"]),
        entity("Iván Lima", "PER", "BOL", ["Justice Minister Iván Lima"]),
        entity("supporters of Evo Morales", "PER", "BOL", ["Hundreds of Morales supporters"]),
        entity("Sucre", "LOC", "BOL", ["Sucre"]),
        entity("Bolivian police", "ORG", "BOL", ["Police"]),
        entity("MAS lawmakers allied with Evo Morales", "PER", "BOL", ["Morales' allies in the legislature"]),
        entity("Plurinational Legislative Assembly", "ORG", "BOL", ["the legislature"]),
        entity("MAS party congress", "MISC", "BOL", ["a party congress organized by Morales' faction",
                                                     "the gathering"]),
        entity("Chapare", "LOC", "BOL", ["the Chapare region"]),
        entity("allies of Luis Arce", "PER", "BOL", ["Arce's allies"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
