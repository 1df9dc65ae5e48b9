"""Round 480: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, invented wording and details):
- hm480-de-01: Colombia/Venezuela: Colombian migration officers escort Juan Guaidó to El Dorado airport and he flies to Miami on the eve of Petro's Venezuela conference; Guaidó blames the "dictatorship", Leyva denies an expulsion and says he entered illegally, no invitation, US, Mexican and Brazilian delegations in Bogotá, Leyva's election demand, Petro urges sanctions relief, Finer's conditional offer, the Unitary Platform protests and demands an explanation (2023-04-25).
- hm480-de-02: Argentina/Brazil: an Argentine federal judge orders the arrest of 61 Brazilians convicted over the 8 January riots at the STF's extradition request, federal police arrest five; asylum requests to Conare, their lawyer cries persecution and denies violence, Lewandowski praises and warns, Eduardo Bolsonaro accuses Moraes and asks Milei for protection, Adorni's comment, the Federal Police accuse Jair Bolsonaro over the coup plot (2024-11-22).
- hm480-de-03: Chile: police arrest a volunteer firefighter and a Conaf worker over the February wildfires in Valparaíso region; prosecutor Ossandón accuses them, a Viña del Mar judge orders pre-trial detention, Boric threatens, the fire brigade expels and Conaf suspends the men, Republican deputies demand Tohá's resignation and she refuses, victims protest at Viña del Mar city hall, Ripamonti asks for funds (2024-06-01).
- hm480-de-04: Brazil: environmental agency Ibama refuses Petrobras a licence for exploratory drilling off the Amazon mouth; Agostinho criticises the project, Marina Silva backs Ibama, Silveira attacks it, Petrobras asks for a review and Prates offers more studies, Senator Randolfe Rodrigues accuses Ibama, Amapá governor Clécio Luís calls on Lula, Observatório do Clima praises (2023-05-19).
- hm480-en-01: Mexico: a stage collapses at Jorge Álvarez Máynez's Citizen Movement rally in San Pedro Garza García, nine dead; Nuevo León pledges to pay medical costs, soldiers and Red Cross help, López Obrador offers federal help, Gálvez accuses the state government and García rejects the criticism, state prosecutors investigate the stage company, no arrests, the INE keeps the June 2 vote (2024-05-23).
- hm480-en-02: Bolivia/Argentina/Iran: La Paz defends its defence agreement with Tehran after Buenos Aires asks for details; Novillo and Ashtiani's deal, no summons of Bolivia's ambassador, the AMIA accusation recalled, Bullrich accuses La Paz and calls on Alberto Fernández, Mayta promises an answer, Creemos summons Novillo, Israel urges reconsideration (2023-07-26).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm480-de-01 (Colombia/Venezuela, Guaidó escorted out)
COL_GOV = actor("Government of Colombia", "COL", "GOV")
GUAIDO = actor("Juan Guaidó", "VEN", "OPP")
MIGRACION = actor("Migración Colombia", "COL", "GOV")
VEN_GOV = actor("Government of Venezuela", "VEN", "GOV")
LEYVA = actor("Álvaro Leyva", "COL", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
BRA_GOV = actor("Government of Brazil", "BRA", "GOV")
PETRO = actor("Gustavo Petro", "COL", "GOV")
FINER = actor("Jon Finer", "USA", "GOV")
UNITARY = actor("Unitary Platform", "VEN", "OPP")
MADURO = actor("Nicolás Maduro", "VEN", "GOV")

G1 = ("Bogotá (dpa) - Kolumbien hat den venezolanischen Oppositionspolitiker Juan Guaidó kurz vor einer "
      "internationalen Venezuela-Konferenz außer Landes gebracht.")
G2 = ("Beamte der Migrationsbehörde begleiteten den 39-Jährigen am Montagabend zum Flughafen El Dorado, von wo er mit "
      "einer Linienmaschine nach Miami flog.")
G3 = ("Guaidó war nach eigenen Angaben zu Fuß über die Grenze gekommen, um am Rande des Treffens mit Delegationen zu "
      "sprechen.")
G4 = ("„Die Verfolgung durch die Diktatur hat sich leider bis nach Kolumbien ausgeweitet“, schrieb er nach seiner "
      "Ankunft in den USA auf Twitter.")
G5 = "Außenminister Álvaro Leyva wies zurück, dass Guaidó ausgewiesen worden sei."
G6 = ("Der Oppositionspolitiker sei illegal eingereist und habe sich selbst für die Ausreise in die USA entschieden, "
      "sagte Leyva dem Sender Caracol Radio.")
G7 = "Eine Einladung zu der Konferenz hatte die Regierung von Präsident Gustavo Petro Guaidó nicht ausgesprochen."
G8 = ("Zu dem Treffen im Palacio San Carlos kamen am Dienstag Vertreter aus rund 20 Ländern, darunter die USA, Mexiko "
      "und Brasilien.")
G9 = ("Zum Abschluss forderte Leyva im Namen der Teilnehmer einen Zeitplan für freie und glaubwürdige Wahlen in "
      "Venezuela.")
G10 = ("Petro rief Washington auf, die Sanktionen gegen Venezuela zu lockern, wenn Caracas einem Wahlfahrplan "
       "zustimme.")
G11 = ("Der stellvertretende US-Sicherheitsberater Jon Finer stellte eine Lockerung in Aussicht, falls die Regierung "
       "Maduro glaubwürdige Schritte unternehme.")
G12 = ("Die venezolanische Oppositionsplattform Plataforma Unitaria kritisierte das Vorgehen der kolumbianischen "
       "Behörden scharf.")
G13 = "Sie verlangte von Bogotá eine Erklärung."
G14 = ("Guaidó hatte sich im Januar 2019 zum Übergangspräsidenten erklärt und war damals von den USA und rund 50 "
       "weiteren Staaten anerkannt worden.")
G15 = ("Petro hatte nach seinem Amtsantritt im August die diplomatischen Beziehungen zu Caracas wiederhergestellt und "
       "sich mehrfach mit Maduro getroffen.")
G16 = "Die nächste Präsidentenwahl in Venezuela ist für 2024 geplant."

DE01 = {
    "id": "hm480-de-01", "lang": "de", "url": None, "published": "2023-04-25",
    "title": "Kolumbien bringt Guaidó vor Venezuela-Konferenz außer Landes",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7], [G8, G9, G10, G11], [G12, G13], [G14, G15, G16]),
    "events": [
        event("COERCE", COL_GOV, GUAIDO, G1, mode="deport"),
        event("COERCE", MIGRACION, GUAIDO, G2, mode="deport", date="2023-04-24", location="El Dorado",
              location_country="COL"),
        event("ACCUSE", GUAIDO, VEN_GOV, G4, mode="disapprove"),
        event("ACCUSE", GUAIDO, COL_GOV, G4, mode="disapprove"),
        event("ACCUSE", LEYVA, GUAIDO, G6, mode="allege"),
        event("AGREE", COL_GOV, GUAIDO, G7, negated=True),
        event("CONSULT", USA_GOV, COL_GOV, G8, mode="multilateral", date="2023-04-25", location="Bogotá",
              location_country="COL"),
        event("CONSULT", MEX_GOV, COL_GOV, G8, mode="multilateral", date="2023-04-25", location="Bogotá",
              location_country="COL"),
        event("CONSULT", BRA_GOV, COL_GOV, G8, mode="multilateral", date="2023-04-25", location="Bogotá",
              location_country="COL"),
        event("REQUEST", LEYVA, VEN_GOV, G9, mode="change"),
        event("REQUEST", PETRO, USA_GOV, G10, mode="change"),
        event("AGREE", FINER, VEN_GOV, G11),
        event("ACCUSE", UNITARY, COL_GOV, G12, mode="disapprove"),
        event("REQUEST", UNITARY, COL_GOV, G13),
        event("SUPPORT", USA_GOV, GUAIDO, G14),
        event("COOPERATE", PETRO, VEN_GOV, G15),
        event("CONSULT", PETRO, MADURO, G15, mode="meet"),
    ],
    "quotes": [
        quote("Guaidó war nach eigenen Angaben zu Fuß über die Grenze gekommen, um am Rande des Treffens mit "
              "Delegationen zu sprechen", "Juan Guaidó", "indirect"),
        quote("Die Verfolgung durch die Diktatur hat sich leider bis nach Kolumbien ausgeweitet", "Juan Guaidó",
              "direct"),
        quote("dass Guaidó ausgewiesen worden sei", "Álvaro Leyva", "indirect"),
        quote("Der Oppositionspolitiker sei illegal eingereist und habe sich selbst für die Ausreise in die USA "
              "entschieden", "Álvaro Leyva", "indirect"),
        quote("die Sanktionen gegen Venezuela zu lockern, wenn Caracas einem Wahlfahrplan zustimme", "Gustavo Petro",
              "indirect"),
    ],
    "entities": [
        entity("Bogotá", "LOC", "COL", ["Bogotá"]),
        entity("Government of Colombia", "ORG", "COL", ["Kolumbien", "die Regierung von Präsident Gustavo Petro",
                                                        "der kolumbianischen Behörden", "Bogotá"]),
        entity("Colombia", "LOC", "COL", ["Kolumbien"]),
        entity("Juan Guaidó", "PER", "VEN", ["den venezolanischen Oppositionspolitiker Juan Guaidó", "den 39-Jährigen",
                                             "er", "Guaidó", "Der Oppositionspolitiker"]),
        entity("Migración Colombia", "ORG", "COL", ["Beamte der Migrationsbehörde"]),
        entity("El Dorado International Airport", "LOC", "COL", ["Flughafen El Dorado"]),
        entity("Miami", "LOC", "USA", ["Miami"]),
        entity("Government of Venezuela", "ORG", "VEN", ["die Diktatur", "Caracas", "die Regierung Maduro"]),
        entity("United States", "LOC", "USA", ["den USA", "die USA"]),
        entity("Twitter", "ORG", "USA", ["Twitter"]),
        entity("Álvaro Leyva", "PER", "COL", ["Außenminister Álvaro Leyva", "Leyva"]),
        entity("Caracol Radio", "ORG", "COL", ["dem Sender Caracol Radio"]),
        entity("Gustavo Petro", "PER", "COL", ["Präsident Gustavo Petro", "Petro"]),
        entity("Palacio San Carlos", "LOC", "COL", ["Palacio San Carlos"]),
        entity("Government of the United States", "ORG", "USA", ["die USA", "Washington", "den USA"]),
        entity("Government of Mexico", "ORG", "MEX", ["Mexiko"]),
        entity("Government of Brazil", "ORG", "BRA", ["Brasilien"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuela"]),
        entity("Jon Finer", "PER", "USA", ["Der stellvertretende US-Sicherheitsberater Jon Finer"]),
        entity("Nicolás Maduro", "PER", "VEN", ["Maduro"]),
        entity("Unitary Platform", "ORG", "VEN", ["Die venezolanische Oppositionsplattform Plataforma Unitaria",
                                                  "Sie"]),
    ],
}

# ---------------------------------------------------------------- hm480-de-02 (Argentina/Brazil, 8 January fugitives)
ARG_JUDICIARY = actor("Argentine judiciary", "ARG", "JUD")
ARG_JUDGE = actor("Argentine federal judge", "ARG", "JUD")
FUGITIVES = actor("Brazilian fugitives convicted over 8 January", "BRA", "CVL")
STF = actor("Supreme Federal Court of Brazil", "BRA", "JUD")
ARG_FED_POLICE = actor("Argentine Federal Police", "ARG", "COP")
CONARE = actor("National Commission for Refugees of Argentina", "ARG", "GOV")
FUG_LAWYER = actor("lawyer of the Brazilian fugitives", "BRA", "CVL")
BOLS_SUPPORTERS = actor("supporters of Jair Bolsonaro", "BRA", "CVL")
BRA_GOV2 = actor("Government of Brazil", "BRA", "GOV")
RIOTERS = actor("8 January rioters", "BRA", "CVL")
LEWANDOWSKI = actor("Ricardo Lewandowski", "BRA", "GOV")
EDUARDO = actor("Eduardo Bolsonaro", "BRA", "LEG")
MORAES = actor("Alexandre de Moraes", "BRA", "JUD")
MILEI = actor("Javier Milei", "ARG", "GOV")
BRA_FED_POLICE = actor("Federal Police of Brazil", "BRA", "COP")
BOLSONARO = actor("Jair Bolsonaro", "BRA", "OPP")

B1 = ("Buenos Aires (dpa) - Die argentinische Justiz hat die Festnahme von 61 Brasilianern angeordnet, die wegen des "
      "Sturms auf das Regierungsviertel in Brasília am 8. Januar 2023 verurteilt worden sind.")
B2 = ("Ein Bundesrichter in Buenos Aires reagierte damit auf ein Auslieferungsersuchen des brasilianischen Obersten "
      "Gerichts, wie aus Justizkreisen verlautete.")
B3 = ("Die Bundespolizei nahm nach Angaben des Sicherheitsministeriums zunächst fünf der Gesuchten in den Provinzen "
      "Buenos Aires und Córdoba fest.")
B4 = "Nach den übrigen werde gefahndet, hieß es."
B5 = ("Die Verurteilten waren im Laufe des Jahres über die Grenze nach Argentinien geflohen, einige von ihnen trotz "
      "elektronischer Fußfessel.")
B6 = "Mehrere von ihnen hatten bei der argentinischen Flüchtlingskommission Conare Asyl beantragt."
B7 = ("Ihr Anwalt sprach von politischer Verfolgung und bestritt, dass seine Mandanten an Gewalttaten beteiligt "
      "gewesen seien.")
B8 = ("Am 8. Januar 2023 hatten Tausende Anhänger des abgewählten Präsidenten Jair Bolsonaro den Kongress, den "
      "Präsidentenpalast und den Obersten Gerichtshof in Brasília gestürmt und verwüstet.")
B9 = "Der Oberste Gerichtshof verurteilte seither mehr als 200 Beteiligte zu Haftstrafen von bis zu 17 Jahren."
B10 = "Justizminister Ricardo Lewandowski begrüßte die Entscheidung aus Buenos Aires."
B11 = "„Wer die Demokratie angreift, wird sich nirgendwo verstecken können“, sagte er in Brasília."
B12 = ("Der Bolsonaro-Sohn und Abgeordnete Eduardo Bolsonaro warf Richter Alexandre de Moraes dagegen vor, politische "
       "Gegner zu verfolgen.")
B13 = "Er forderte den argentinischen Präsidenten Javier Milei auf, den Geflohenen Schutz zu gewähren."
B14 = "Milei, ein enger Verbündeter der Familie Bolsonaro, äußerte sich zunächst nicht."
B15 = "Präsidentensprecher Manuel Adorni sagte lediglich, die Regierung respektiere die Unabhängigkeit der Justiz."
B16 = ("Am Donnerstag hatte die brasilianische Bundespolizei Bolsonaro und 36 weitere Personen wegen eines "
       "mutmaßlichen Putschplans nach der Wahl 2022 formell beschuldigt.")
B17 = "Bolsonaro weist die Vorwürfe zurück."

DE02 = {
    "id": "hm480-de-02", "lang": "de", "url": None, "published": "2024-11-22",
    "title": "Argentinien ordnet Festnahme geflohener Bolsonaro-Anhänger an",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7], [B8, B9], [B10, B11, B12, B13, B14, B15], [B16, B17]),
    "events": [
        event("COERCE", ARG_JUDICIARY, FUGITIVES, B1, mode="arrest"),
        event("REQUEST", STF, ARG_JUDGE, B2),
        event("COERCE", ARG_FED_POLICE, FUGITIVES, B3, mode="arrest", location_country="ARG"),
        event("REQUEST", FUGITIVES, CONARE, B6),
        event("ACCUSE", FUG_LAWYER, STF, B7, mode="disapprove"),
        event("PROTEST", BOLS_SUPPORTERS, BRA_GOV2, B8, mode="riot", date="2023-01-08", location="Brasília",
              location_country="BRA"),
        event("SANCTION", STF, RIOTERS, B9, mode="convict"),
        event("COERCE", STF, RIOTERS, B9, mode="arrest"),
        event("SUPPORT", LEWANDOWSKI, ARG_JUDGE, B10),
        event("THREATEN", LEWANDOWSKI, FUGITIVES, B11, location="Brasília", location_country="BRA"),
        event("ACCUSE", EDUARDO, MORAES, B12, mode="disapprove"),
        event("REQUEST", EDUARDO, MILEI, B13),
        event("ACCUSE", BRA_FED_POLICE, BOLSONARO, B16, mode="allege", date="2024-11-21"),
    ],
    "quotes": [
        quote("Ein Bundesrichter in Buenos Aires reagierte damit auf ein Auslieferungsersuchen des brasilianischen "
              "Obersten Gerichts", "Argentine judicial sources", "indirect"),
        quote("Die Bundespolizei nahm nach Angaben des Sicherheitsministeriums zunächst fünf der Gesuchten in den "
              "Provinzen Buenos Aires und Córdoba fest", "Ministry of Security of Argentina", "indirect"),
        quote("Nach den übrigen werde gefahndet", "Ministry of Security of Argentina", "indirect"),
        quote("dass seine Mandanten an Gewalttaten beteiligt gewesen seien", "lawyer of the Brazilian fugitives",
              "indirect"),
        quote("Wer die Demokratie angreift, wird sich nirgendwo verstecken können", "Ricardo Lewandowski", "direct"),
        quote("politische Gegner zu verfolgen", "Eduardo Bolsonaro", "indirect"),
        quote("den Geflohenen Schutz zu gewähren", "Eduardo Bolsonaro", "indirect"),
        quote("die Regierung respektiere die Unabhängigkeit der Justiz", "Manuel Adorni", "indirect"),
    ],
    "entities": [
        entity("Buenos Aires", "LOC", "ARG", ["Buenos Aires"]),
        entity("Argentine judiciary", "ORG", "ARG", ["Die argentinische Justiz", "Buenos Aires", "der Justiz"]),
        entity("Brazilian fugitives convicted over 8 January", "PER", "BRA",
               ["61 Brasilianern", "der Gesuchten", "den übrigen", "Die Verurteilten", "einige von ihnen",
                "Mehrere von ihnen", "seine Mandanten", "den Geflohenen"]),
        entity("Brasília", "LOC", "BRA", ["Brasília"]),
        entity("Argentine federal judge", "PER", "ARG", ["Ein Bundesrichter in Buenos Aires"]),
        entity("Supreme Federal Court of Brazil", "ORG", "BRA", ["des brasilianischen Obersten Gerichts",
                                                                 "den Obersten Gerichtshof",
                                                                 "Der Oberste Gerichtshof"]),
        entity("Argentine judicial sources", "ORG", "ARG", ["Justizkreisen"]),
        entity("Argentine Federal Police", "ORG", "ARG", ["Die Bundespolizei"]),
        entity("Ministry of Security of Argentina", "ORG", "ARG", ["des Sicherheitsministeriums"]),
        entity("Buenos Aires Province", "LOC", "ARG", ["Buenos Aires"]),
        entity("Córdoba Province", "LOC", "ARG", ["Córdoba"]),
        entity("Argentina", "LOC", "ARG", ["Argentinien"]),
        entity("National Commission for Refugees of Argentina", "ORG", "ARG",
               ["der argentinischen Flüchtlingskommission Conare"]),
        entity("lawyer of the Brazilian fugitives", "PER", "BRA", ["Ihr Anwalt"]),
        entity("supporters of Jair Bolsonaro", "PER", "BRA",
               ["Tausende Anhänger des abgewählten Präsidenten Jair Bolsonaro"]),
        entity("Jair Bolsonaro", "PER", "BRA", ["des abgewählten Präsidenten Jair Bolsonaro", "Bolsonaro"]),
        entity("National Congress of Brazil", "ORG", "BRA", ["den Kongress"]),
        entity("Planalto Palace", "LOC", "BRA", ["den Präsidentenpalast"]),
        entity("8 January rioters", "PER", "BRA", ["mehr als 200 Beteiligte"]),
        entity("Ricardo Lewandowski", "PER", "BRA", ["Justizminister Ricardo Lewandowski", "er"]),
        entity("Eduardo Bolsonaro", "PER", "BRA", ["Der Bolsonaro-Sohn und Abgeordnete Eduardo Bolsonaro", "Er"]),
        entity("Alexandre de Moraes", "PER", "BRA", ["Richter Alexandre de Moraes"]),
        entity("Javier Milei", "PER", "ARG", ["den argentinischen Präsidenten Javier Milei", "Milei"]),
        entity("Bolsonaro family", "PER", "BRA", ["der Familie Bolsonaro"]),
        entity("Manuel Adorni", "PER", "ARG", ["Präsidentensprecher Manuel Adorni"]),
        entity("Government of Argentina", "ORG", "ARG", ["die Regierung"]),
        entity("Federal Police of Brazil", "ORG", "BRA", ["die brasilianische Bundespolizei"]),
        entity("co-accused in the coup plot case", "PER", "BRA", ["36 weitere Personen"]),
    ],
}

# ---------------------------------------------------------------- hm480-de-03 (Chile, arrests over Valparaíso fires)
PDI = actor("Investigations Police of Chile", "CHL", "COP")
FIREFIGHTER = actor("volunteer firefighter suspected of arson", "CHL", "CVL")
CONAF_WORKER = actor("Conaf employee suspected of arson", "CHL", "CVL")
OSSANDON = actor("Osvaldo Ossandón", "CHL", "JUD")
VINA_COURT = actor("Court of Guarantee of Viña del Mar", "CHL", "JUD")
BORIC = actor("Gabriel Boric", "CHL", "GOV")
ARSONISTS = actor("arsonists of the Valparaíso fires", "CHL", "CVL")
VINA_BOMBEROS = actor("Viña del Mar Fire Department", "CHL", "CVL")
CONAF = actor("National Forest Corporation of Chile", "CHL", "GOV")
REPUBLICANS = actor("Republican Party (Chile)", "CHL", "PTY")
TOHA = actor("Carolina Tohá", "CHL", "GOV")
CHL_GOV = actor("Government of Chile", "CHL", "GOV")
FIRE_VICTIMS = actor("victims of the Valparaíso fires", "CHL", "CVL")
VINA_MUNI = actor("Municipality of Viña del Mar", "CHL", "GOV")
RIPAMONTI = actor("Macarena Ripamonti", "CHL", "GOV")

C1 = ("Santiago de Chile (dpa) - Knapp vier Monate nach den verheerenden Waldbränden in der Region Valparaíso hat die "
      "chilenische Polizei zwei Verdächtige festgenommen.")
C2 = ("Bei den Männern handelt es sich um einen freiwilligen Feuerwehrmann und einen Mitarbeiter der staatlichen "
      "Forstbehörde Conaf, wie die Staatsanwaltschaft mitteilte.")
C3 = ("Sie sollen die Feuer Anfang Februar an mehreren Stellen im Naturschutzgebiet Lago Peñuelas absichtlich gelegt "
      "haben.")
C4 = ("Staatsanwalt Osvaldo Ossandón warf den beiden vor, die Brände geplant und gemeinsam ausgeführt zu haben.")
C5 = ("Bei den Bränden waren in Viña del Mar, Quilpué und Villa Alemana 137 Menschen ums Leben gekommen, Tausende "
      "Häuser wurden zerstört.")
C6 = "Ein Haftrichter in Viña del Mar ordnete am Freitag Untersuchungshaft für beide Männer an."
C7 = "Der Richter sah nach einer mehrstündigen Anhörung eine Gefahr für die Gesellschaft."
C8 = "Der Anwalt des Feuerwehrmanns wies die Vorwürfe zurück."
C9 = "Präsident Gabriel Boric zeigte sich erschüttert."
C10 = ("„Wer dieses Feuer gelegt hat, wird die ganze Härte des Gesetzes zu spüren bekommen“, schrieb er auf der "
       "Plattform X.")
C11 = "Die Feuerwehr von Viña del Mar schloss den Verdächtigen aus ihren Reihen aus."
C12 = "Conaf suspendierte ihren Mitarbeiter vom Dienst."
C13 = "Abgeordnete der oppositionellen Republikanischen Partei forderten den Rücktritt von Innenministerin Carolina Tohá."
C14 = ("Die Regierung habe die Warnungen vor der Brandgefahr ignoriert und zu spät Soldaten in das Katastrophengebiet "
       "geschickt, sagten sie.")
C15 = "Tohá lehnte einen Rücktritt ab."
C16 = ("Am Abend versammelten sich Hunderte Betroffene vor dem Rathaus von Viña del Mar und verlangten schnellere Hilfe "
       "beim Wiederaufbau.")
C17 = "Bürgermeisterin Macarena Ripamonti forderte von der Zentralregierung mehr Geld für den Wiederaufbau."

DE03 = {
    "id": "hm480-de-03", "lang": "de", "url": None, "published": "2024-06-01",
    "title": "Festnahmen nach Waldbränden in Chile",
    "text": paragraphs([C1, C2, C3, C4, C5], [C6, C7, C8], [C9, C10, C11, C12], [C13, C14, C15], [C16, C17]),
    "events": [
        event("COERCE", PDI, FIREFIGHTER, C1, mode="arrest", location_country="CHL"),
        event("COERCE", PDI, CONAF_WORKER, C1, mode="arrest", location_country="CHL"),
        event("ACCUSE", OSSANDON, FIREFIGHTER, C4, mode="allege"),
        event("ACCUSE", OSSANDON, CONAF_WORKER, C4, mode="allege"),
        event("COERCE", VINA_COURT, FIREFIGHTER, C6, mode="arrest", date="2024-05-31", location="Viña del Mar",
              location_country="CHL"),
        event("COERCE", VINA_COURT, CONAF_WORKER, C6, mode="arrest", date="2024-05-31", location="Viña del Mar",
              location_country="CHL"),
        event("THREATEN", BORIC, ARSONISTS, C10),
        event("SANCTION", VINA_BOMBEROS, FIREFIGHTER, C11, mode="expel"),
        event("COERCE", CONAF, CONAF_WORKER, C12, mode="restrict"),
        event("REQUEST", REPUBLICANS, TOHA, C13, mode="change"),
        event("ACCUSE", REPUBLICANS, CHL_GOV, C14, mode="disapprove"),
        event("REJECT", TOHA, REPUBLICANS, C15, mode="change"),
        event("PROTEST", FIRE_VICTIMS, VINA_MUNI, C16, mode="demo", date="2024-05-31", location="Viña del Mar",
              location_country="CHL"),
        event("REQUEST", RIPAMONTI, CHL_GOV, C17, mode="assist"),
    ],
    "quotes": [
        quote("Bei den Männern handelt es sich um einen freiwilligen Feuerwehrmann und einen Mitarbeiter der "
              "staatlichen Forstbehörde Conaf", "Public Prosecutor's Office of Chile", "indirect"),
        quote("die Brände geplant und gemeinsam ausgeführt zu haben", "Osvaldo Ossandón", "indirect"),
        quote("Wer dieses Feuer gelegt hat, wird die ganze Härte des Gesetzes zu spüren bekommen", "Gabriel Boric",
              "direct"),
        quote("Die Regierung habe die Warnungen vor der Brandgefahr ignoriert und zu spät Soldaten in das "
              "Katastrophengebiet geschickt", "Republican Party (Chile)", "indirect"),
    ],
    "entities": [
        entity("Santiago de Chile", "LOC", "CHL", ["Santiago de Chile"]),
        entity("Valparaíso Region", "LOC", "CHL", ["der Region Valparaíso"]),
        entity("Investigations Police of Chile", "ORG", "CHL", ["die chilenische Polizei"]),
        entity("volunteer firefighter suspected of arson", "PER", "CHL",
               ["einen freiwilligen Feuerwehrmann", "des Feuerwehrmanns", "den Verdächtigen"]),
        entity("Conaf employee suspected of arson", "PER", "CHL",
               ["einen Mitarbeiter der staatlichen Forstbehörde Conaf", "ihren Mitarbeiter"]),
        entity("suspects in the Valparaíso fires", "PER", "CHL",
               ["zwei Verdächtige", "den Männern", "Sie", "den beiden", "beide Männer"]),
        entity("National Forest Corporation of Chile", "ORG", "CHL", ["der staatlichen Forstbehörde Conaf",
                                                                      "Conaf"]),
        entity("Public Prosecutor's Office of Chile", "ORG", "CHL", ["die Staatsanwaltschaft"]),
        entity("Lago Peñuelas National Reserve", "LOC", "CHL", ["im Naturschutzgebiet Lago Peñuelas"]),
        entity("Osvaldo Ossandón", "PER", "CHL", ["Staatsanwalt Osvaldo Ossandón"]),
        entity("Viña del Mar", "LOC", "CHL", ["Viña del Mar"]),
        entity("Quilpué", "LOC", "CHL", ["Quilpué"]),
        entity("Villa Alemana", "LOC", "CHL", ["Villa Alemana"]),
        entity("Court of Guarantee of Viña del Mar", "ORG", "CHL", ["Ein Haftrichter in Viña del Mar",
                                                                    "Der Richter"]),
        entity("lawyer of the volunteer firefighter", "PER", "CHL", ["Der Anwalt des Feuerwehrmanns"]),
        entity("Gabriel Boric", "PER", "CHL", ["Präsident Gabriel Boric", "er"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Viña del Mar Fire Department", "ORG", "CHL", ["Die Feuerwehr von Viña del Mar", "ihren Reihen"]),
        entity("Republican Party (Chile)", "ORG", "CHL", ["Abgeordnete der oppositionellen Republikanischen Partei",
                                                          "sie"]),
        entity("Carolina Tohá", "PER", "CHL", ["Innenministerin Carolina Tohá", "Tohá"]),
        entity("Government of Chile", "ORG", "CHL", ["Die Regierung", "der Zentralregierung"]),
        entity("victims of the Valparaíso fires", "PER", "CHL", ["Hunderte Betroffene"]),
        entity("Municipality of Viña del Mar", "ORG", "CHL", ["dem Rathaus von Viña del Mar"]),
        entity("Macarena Ripamonti", "PER", "CHL", ["Bürgermeisterin Macarena Ripamonti"]),
    ],
}

# ---------------------------------------------------------------- hm480-de-04 (Brazil, Ibama refuses Petrobras licence)
IBAMA = actor("Brazilian Institute of Environment and Renewable Natural Resources", "BRA", "GOV")
PETROBRAS = actor("Petrobras", "BRA", "BUS")
AGOSTINHO = actor("Rodrigo Agostinho", "BRA", "GOV")
MARINA = actor("Marina Silva", "BRA", "GOV")
SILVEIRA = actor("Alexandre Silveira", "BRA", "GOV")
PRATES = actor("Jean Paul Prates", "BRA", "BUS")
RANDOLFE = actor("Randolfe Rodrigues", "BRA", "LEG")
CLECIO = actor("Clécio Luís", "BRA", "GOV")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
OC = actor("Observatório do Clima", "BRA", "NGO")

I1 = ("Brasília (dpa) - Brasiliens Umweltbehörde Ibama hat dem halbstaatlichen Ölkonzern Petrobras die Genehmigung "
      "für Probebohrungen vor der Mündung des Amazonas verweigert.")
I2 = ("Das Vorhaben in rund 175 Kilometern Entfernung von der Küste des Bundesstaates Amapá weise „gravierende "
      "Unstimmigkeiten“ auf, erklärte Ibama-Präsident Rodrigo Agostinho am Mittwoch.")
I3 = ("Es fehlten unter anderem Studien zu den Folgen für indigene Gemeinschaften und ein Notfallplan für mögliche "
      "Ölunfälle.")
I4 = "Die Region gilt als ökologisch besonders empfindlich, vor der Küste liegt ein erst 2016 entdecktes Korallenriff."
I5 = "Umweltministerin Marina Silva stellte sich hinter die Entscheidung."
I6 = ("Es handle sich um eine rein technische Entscheidung, gegen die es keine politische Einflussnahme geben dürfe, "
      "sagte sie in Brasília.")
I7 = "Bergbau- und Energieminister Alexandre Silveira kritisierte die Behörde dagegen scharf."
I8 = "Das Ölvorkommen sei eine „historische Chance“ für den armen Norden des Landes, sagte er."
I9 = "Petrobras beantragte bei Ibama eine Überprüfung der Entscheidung."
I10 = ("Konzernchef Jean Paul Prates sagte, das Unternehmen habe alle Auflagen erfüllt und sei bereit, zusätzliche "
       "Studien vorzulegen.")
I11 = ("Der Senator Randolfe Rodrigues aus Amapá warf Ibama vor, die Entwicklung seines Bundesstaates zu "
       "blockieren.")
I12 = ("Der Gouverneur von Amapá, Clécio Luís, forderte Präsident Luiz Inácio Lula da Silva auf, in den Streit "
       "einzugreifen.")
I13 = ("Lula, der sich international als Vorkämpfer für den Schutz des Regenwaldes präsentiert, hielt sich zunächst "
       "bedeckt.")
I14 = "Die Umweltorganisation Observatório do Clima lobte die Entscheidung als mutig."
I15 = "Neue Ölbohrungen im Amazonasgebiet würden Brasiliens Klimaziele untergraben, erklärte die Organisation."
I16 = ("Petrobras will in den kommenden Jahren rund drei Milliarden US-Dollar in die Erkundung der sogenannten "
       "Äquatorialküste investieren.")

DE04 = {
    "id": "hm480-de-04", "lang": "de", "url": None, "published": "2023-05-19",
    "title": "Brasilianische Umweltbehörde stoppt Ölbohrungen vor Amazonas-Mündung",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7, I8], [I9, I10, I11, I12], [I13, I14, I15, I16]),
    "events": [
        event("REJECT", IBAMA, PETROBRAS, I1),
        event("ACCUSE", AGOSTINHO, PETROBRAS, I2, mode="disapprove", date="2023-05-17"),
        event("SUPPORT", MARINA, IBAMA, I5),
        event("ACCUSE", SILVEIRA, IBAMA, I7, mode="disapprove"),
        event("REQUEST", PETROBRAS, IBAMA, I9, mode="change"),
        event("AGREE", PRATES, IBAMA, I10),
        event("ACCUSE", RANDOLFE, IBAMA, I11, mode="disapprove"),
        event("REQUEST", CLECIO, LULA, I12),
        event("SUPPORT", OC, IBAMA, I14),
    ],
    "quotes": [
        quote("gravierende Unstimmigkeiten", "Rodrigo Agostinho", "direct"),
        quote("Das Vorhaben in rund 175 Kilometern Entfernung von der Küste des Bundesstaates Amapá weise „gravierende "
              "Unstimmigkeiten“ auf", "Rodrigo Agostinho", "indirect"),
        quote("Es fehlten unter anderem Studien zu den Folgen für indigene Gemeinschaften und ein Notfallplan für "
              "mögliche Ölunfälle", "Rodrigo Agostinho", "indirect"),
        quote("Es handle sich um eine rein technische Entscheidung, gegen die es keine politische Einflussnahme geben "
              "dürfe", "Marina Silva", "indirect"),
        quote("historische Chance", "Alexandre Silveira", "direct"),
        quote("Das Ölvorkommen sei eine „historische Chance“ für den armen Norden des Landes", "Alexandre Silveira",
              "indirect"),
        quote("das Unternehmen habe alle Auflagen erfüllt und sei bereit, zusätzliche Studien vorzulegen",
              "Jean Paul Prates", "indirect"),
        quote("die Entwicklung seines Bundesstaates zu blockieren", "Randolfe Rodrigues", "indirect"),
        quote("in den Streit einzugreifen", "Clécio Luís", "indirect"),
        quote("Neue Ölbohrungen im Amazonasgebiet würden Brasiliens Klimaziele untergraben", "Observatório do Clima",
              "indirect"),
    ],
    "entities": [
        entity("Brasília", "LOC", "BRA", ["Brasília"]),
        entity("Brazil", "LOC", "BRA", ["Brasiliens", "des Landes"]),
        entity("Brazilian Institute of Environment and Renewable Natural Resources", "ORG", "BRA",
               ["Brasiliens Umweltbehörde Ibama", "Ibama", "die Behörde"]),
        entity("Petrobras", "ORG", "BRA", ["dem halbstaatlichen Ölkonzern Petrobras", "Petrobras", "das Unternehmen"]),
        entity("Amazon River", "LOC", "BRA", ["der Mündung des Amazonas"]),
        entity("Amapá", "LOC", "BRA", ["des Bundesstaates Amapá", "Amapá", "seines Bundesstaates"]),
        entity("Rodrigo Agostinho", "PER", "BRA", ["Ibama-Präsident Rodrigo Agostinho"]),
        entity("Marina Silva", "PER", "BRA", ["Umweltministerin Marina Silva", "sie"]),
        entity("Alexandre Silveira", "PER", "BRA", ["Bergbau- und Energieminister Alexandre Silveira", "er"]),
        entity("Jean Paul Prates", "PER", "BRA", ["Konzernchef Jean Paul Prates"]),
        entity("Randolfe Rodrigues", "PER", "BRA", ["Der Senator Randolfe Rodrigues aus Amapá"]),
        entity("Clécio Luís", "PER", "BRA", ["Der Gouverneur von Amapá, Clécio Luís"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Präsident Luiz Inácio Lula da Silva", "Lula"]),
        entity("Observatório do Clima", "ORG", "BRA", ["Die Umweltorganisation Observatório do Clima",
                                                      "die Organisation"]),
        entity("Amazon region", "LOC", "BRA", ["im Amazonasgebiet"]),
        entity("Equatorial Margin", "LOC", "BRA", ["der sogenannten Äquatorialküste"]),
    ],
}

# ---------------------------------------------------------------- hm480-en-01 (Mexico, stage collapse at MC rally)
NL_GOV = actor("Government of Nuevo León", "MEX", "GOV")
STAGE_VICTIMS = actor("victims of the San Pedro stage collapse", "MEX", "CVL")
MEX_ARMY = actor("Mexican Army", "MEX", "MIL")
MEX_RED_CROSS = actor("Mexican Red Cross", "MEX", "NGO")
AMLO = actor("Andrés Manuel López Obrador", "MEX", "GOV")
GALVEZ = actor("Xóchitl Gálvez", "MEX", "OPP")
NL_PROSECUTORS = actor("Nuevo León State Prosecutor's Office", "MEX", "JUD")
STAGE_COMPANY = actor("company that built the stage", "MEX", "BUS")
RESPONSIBLE = actor("those responsible for the stage collapse", "MEX", "CVL")

E1 = ("SAN PEDRO GARZA GARCÍA, Mexico (AP) — A gust of wind toppled a stage at a campaign rally in northern Mexico on "
      "Wednesday night, killing at least nine people and injuring more than 120, authorities said.")
E2 = ("The stage collapsed during a closing event for presidential candidate Jorge Álvarez Máynez of the Citizen "
      "Movement party in San Pedro Garza García, an affluent suburb of Monterrey.")
E3 = "Nuevo León Gov. Samuel García, who was at the rally, said a child was among the dead."
E4 = ("Videos posted on social media showed a large screen and lighting rig falling onto the crowd as people ran for "
      "cover.")
E5 = "Álvarez Máynez, who was pulled from the stage unharmed, suspended all campaign events."
E6 = "“Today is a day of mourning,” he wrote on X."
E7 = "The state government said it would pay the medical costs of all the injured."
E8 = ("Soldiers and Red Cross paramedics treated victims at the site and took dozens of people to hospitals in "
      "Monterrey.")
E9 = ("President Andrés Manuel López Obrador offered federal assistance and expressed his condolences at his morning "
      "news conference on Thursday.")
E10 = ("Ruling party candidate Claudia Sheinbaum and opposition candidate Xóchitl Gálvez canceled events planned in "
       "Nuevo León for the end of the week.")
E11 = "Gálvez accused the state government of ignoring warnings about strong winds."
E12 = "“The authorities knew about the wind and did nothing,” she told reporters in Mexico City."
E13 = ("García rejected the criticism and said the civil protection agency had given no warning that would have "
       "required canceling the event.")
E14 = "The Nuevo León state prosecutor's office opened an investigation into the company that built the stage."
E15 = "No one has been detained."
E16 = ("The National Electoral Institute said the June 2 elections, the largest in Mexico's history, would go ahead as "
       "planned.")
E17 = "The campaign has also been marred by violence against local candidates."

EN01 = {
    "id": "hm480-en-01", "lang": "en", "url": None, "published": "2024-05-23",
    "title": "Stage collapse at Mexican campaign rally kills at least 9",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8], [E9, E10, E11, E12, E13], [E14, E15, E16, E17]),
    "events": [
        event("AGREE", NL_GOV, STAGE_VICTIMS, E7),
        event("AID", MEX_ARMY, STAGE_VICTIMS, E8, location="San Pedro Garza García", location_country="MEX"),
        event("AID", MEX_RED_CROSS, STAGE_VICTIMS, E8, location="San Pedro Garza García", location_country="MEX"),
        event("AGREE", AMLO, NL_GOV, E9, date="2024-05-23"),
        event("ACCUSE", GALVEZ, NL_GOV, E11, mode="disapprove"),
        event("ACCUSE", GALVEZ, NL_GOV, E12, mode="disapprove", location="Mexico City", location_country="MEX"),
        event("ACCUSE", NL_PROSECUTORS, STAGE_COMPANY, E14, mode="investigate"),
        event("COERCE", NL_PROSECUTORS, RESPONSIBLE, E15, mode="arrest", negated=True),
    ],
    "quotes": [
        quote("A gust of wind toppled a stage at a campaign rally in northern Mexico on Wednesday night, killing at "
              "least nine people and injuring more than 120", "Mexican authorities", "indirect"),
        quote("a child was among the dead", "Samuel García", "indirect"),
        quote("Today is a day of mourning", "Jorge Álvarez Máynez", "direct"),
        quote("it would pay the medical costs of all the injured", "Government of Nuevo León", "indirect"),
        quote("The authorities knew about the wind and did nothing", "Xóchitl Gálvez", "direct"),
        quote("the civil protection agency had given no warning that would have required canceling the event",
              "Samuel García", "indirect"),
        quote("the June 2 elections, the largest in Mexico's history, would go ahead as planned",
              "National Electoral Institute", "indirect"),
    ],
    "entities": [
        entity("San Pedro Garza García", "LOC", "MEX", ["SAN PEDRO GARZA GARCÍA", "San Pedro Garza García",
                                                        "an affluent suburb of Monterrey"]),
        entity("Mexico", "LOC", "MEX", ["Mexico", "Mexico's"]),
        entity("Mexican authorities", "ORG", "MEX", ["authorities"]),
        entity("Jorge Álvarez Máynez", "PER", "MEX", ["presidential candidate Jorge Álvarez Máynez",
                                                      "Álvarez Máynez", "he"]),
        entity("Citizen Movement", "ORG", "MEX", ["the Citizen Movement party"]),
        entity("Monterrey", "LOC", "MEX", ["Monterrey"]),
        entity("Samuel García", "PER", "MEX", ["Nuevo León Gov. Samuel García", "García"]),
        entity("Nuevo León", "LOC", "MEX", ["Nuevo León"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Government of Nuevo León", "ORG", "MEX", ["The state government", "the state government"]),
        entity("victims of the San Pedro stage collapse", "PER", "MEX",
               ["the injured", "victims", "dozens of people"]),
        entity("Mexican Army", "ORG", "MEX", ["Soldiers"]),
        entity("Mexican Red Cross", "ORG", "MEX", ["Red Cross paramedics"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX", ["President Andrés Manuel López Obrador", "his"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Ruling party candidate Claudia Sheinbaum"]),
        entity("Xóchitl Gálvez", "PER", "MEX", ["opposition candidate Xóchitl Gálvez", "Gálvez", "she"]),
        entity("Mexico City", "LOC", "MEX", ["Mexico City"]),
        entity("Civil Protection of Nuevo León", "ORG", "MEX", ["the civil protection agency"]),
        entity("Nuevo León State Prosecutor's Office", "ORG", "MEX", ["The Nuevo León state prosecutor's office"]),
        entity("company that built the stage", "ORG", "MEX", ["the company that built the stage"]),
        entity("National Electoral Institute", "ORG", "MEX", ["The National Electoral Institute"]),
    ],
}

# ---------------------------------------------------------------- hm480-en-02 (Bolivia/Argentina, Iran defence deal)
ARG_MFA = actor("Ministry of Foreign Affairs of Argentina", "ARG", "GOV")
ARG_GOV = actor("Government of Argentina", "ARG", "GOV")
BOL_GOV = actor("Government of Bolivia", "BOL", "GOV")
NOVILLO = actor("Edmundo Novillo", "BOL", "GOV")
ASHTIANI = actor("Mohammad Reza Ashtiani", "IRN", "GOV")
ARG_JUDICIARY2 = actor("Argentine judiciary", "ARG", "JUD")
IRN_GOV = actor("Government of Iran", "IRN", "GOV")
BULLRICH = actor("Patricia Bullrich", "ARG", "OPP")
A_FERNANDEZ = actor("Alberto Fernández", "ARG", "GOV")
MAYTA = actor("Rogelio Mayta", "BOL", "GOV")
CREEMOS = actor("Creemos", "BOL", "OPP")
ISR_MFA = actor("Ministry of Foreign Affairs of Israel", "ISR", "GOV")

N1 = ("LA PAZ, Bolivia (AP) — Bolivia's government on Tuesday defended a defense cooperation agreement with Iran after "
      "Argentina asked for explanations over Tehran's growing presence in South America.")
N2 = ("Defense Minister Edmundo Novillo and his Iranian counterpart, Mohammad Reza Ashtiani, agreed last week in "
      "Tehran to cooperate on security, border surveillance and the fight against drug trafficking.")
N3 = ("Novillo told state television that the deal was not directed against any country and that Bolivia was "
      "interested in Iranian drones to watch its borders.")
N4 = "“Bolivia is a sovereign state and decides with whom it cooperates,” he said."
N5 = ("Argentina's Foreign Ministry said it had sent a formal note to La Paz requesting details of the agreement.")
N6 = "Buenos Aires has not summoned Bolivia's ambassador, a ministry spokesman said."
N7 = ("Argentine courts accuse Iran of ordering the 1994 bombing of the AMIA Jewish community center in Buenos Aires, "
      "which killed 85 people.")
N8 = "Tehran denies any involvement."
N9 = "Several former Iranian officials wanted in the case are subject to Interpol red notices."
N10 = ("Patricia Bullrich, a leading opposition presidential candidate, accused the Bolivian government of opening the "
       "door to a regime that sponsors terrorism.")
N11 = "She called on President Alberto Fernández to demand that La Paz suspend the agreement."
N12 = ("Bolivian Foreign Minister Rogelio Mayta said La Paz would answer the Argentine note “through diplomatic "
       "channels” within days.")
N13 = ("Bolivia's main opposition alliance, Creemos, demanded that Novillo appear before the legislature to explain "
       "the deal.")
N14 = ("In Washington, the State Department said it was following Iran's activities in the Western Hemisphere "
       "closely.")
N15 = "Israel's Foreign Ministry urged La Paz to reconsider the agreement."
N16 = ("Relations between La Paz and Tehran have grown closer since the leftist Movement for Socialism returned to "
       "power in 2020.")

EN02 = {
    "id": "hm480-en-02", "lang": "en", "url": None, "published": "2023-07-26",
    "title": "Bolivia defends defense pact with Iran after Argentina seeks explanations",
    "text": paragraphs([N1, N2, N3, N4], [N5, N6, N7, N8, N9], [N10, N11, N12, N13], [N14, N15, N16]),
    "events": [
        event("REQUEST", ARG_GOV, BOL_GOV, N1),
        event("AGREE", NOVILLO, ASHTIANI, N2, location="Tehran", location_country="IRN"),
        event("REQUEST", ARG_MFA, BOL_GOV, N5),
        event("ACCUSE", ARG_GOV, BOL_GOV, N6, mode="disapprove", negated=True),
        event("ACCUSE", ARG_JUDICIARY2, IRN_GOV, N7, mode="allege"),
        event("ACCUSE", BULLRICH, BOL_GOV, N10, mode="disapprove"),
        event("REQUEST", BULLRICH, A_FERNANDEZ, N11, mode="change"),
        event("AGREE", MAYTA, ARG_MFA, N12),
        event("REQUEST", CREEMOS, NOVILLO, N13, mode="meet"),
        event("REQUEST", ISR_MFA, BOL_GOV, N15, mode="change"),
    ],
    "quotes": [
        quote("the deal was not directed against any country and that Bolivia was interested in Iranian drones to "
              "watch its borders", "Edmundo Novillo", "indirect"),
        quote("Bolivia is a sovereign state and decides with whom it cooperates", "Edmundo Novillo", "direct"),
        quote("it had sent a formal note to La Paz requesting details of the agreement",
              "Ministry of Foreign Affairs of Argentina", "indirect"),
        quote("Buenos Aires has not summoned Bolivia's ambassador", "spokesman of Argentina's Foreign Ministry",
              "indirect"),
        quote("through diplomatic channels", "Rogelio Mayta", "direct"),
        quote("La Paz would answer the Argentine note “through diplomatic channels” within days", "Rogelio Mayta",
              "indirect"),
        quote("that Novillo appear before the legislature to explain the deal", "Creemos", "indirect"),
        quote("it was following Iran's activities in the Western Hemisphere closely", "United States Department of State",
              "indirect"),
    ],
    "entities": [
        entity("La Paz", "LOC", "BOL", ["LA PAZ"]),
        entity("Bolivia", "LOC", "BOL", ["Bolivia", "Bolivia's"]),
        entity("Government of Bolivia", "ORG", "BOL", ["Bolivia's government", "La Paz", "the Bolivian government",
                                                       "Bolivia"]),
        entity("Government of Iran", "ORG", "IRN", ["Iran", "Tehran's", "Tehran", "a regime that sponsors terrorism"]),
        entity("Government of Argentina", "ORG", "ARG", ["Argentina", "Buenos Aires"]),
        entity("Edmundo Novillo", "PER", "BOL", ["Defense Minister Edmundo Novillo", "Novillo", "he"]),
        entity("Mohammad Reza Ashtiani", "PER", "IRN", ["his Iranian counterpart, Mohammad Reza Ashtiani"]),
        entity("Tehran", "LOC", "IRN", ["Tehran"]),
        entity("Bolivia TV", "ORG", "BOL", ["state television"]),
        entity("Ministry of Foreign Affairs of Argentina", "ORG", "ARG", ["Argentina's Foreign Ministry"]),
        entity("spokesman of Argentina's Foreign Ministry", "PER", "ARG", ["a ministry spokesman"]),
        entity("Ambassador of Bolivia to Argentina", "PER", "BOL", ["Bolivia's ambassador"]),
        entity("Argentine judiciary", "ORG", "ARG", ["Argentine courts"]),
        entity("AMIA", "ORG", "ARG", ["the AMIA Jewish community center"]),
        entity("Buenos Aires", "LOC", "ARG", ["Buenos Aires"]),
        entity("former Iranian officials wanted in the AMIA case", "PER", "IRN",
               ["Several former Iranian officials wanted in the case"]),
        entity("Interpol", "ORG", "IGO", ["Interpol"]),
        entity("Patricia Bullrich", "PER", "ARG", ["Patricia Bullrich, a leading opposition presidential candidate",
                                                   "She"]),
        entity("Alberto Fernández", "PER", "ARG", ["President Alberto Fernández"]),
        entity("Rogelio Mayta", "PER", "BOL", ["Bolivian Foreign Minister Rogelio Mayta"]),
        entity("Creemos", "ORG", "BOL", ["Bolivia's main opposition alliance, Creemos"]),
        entity("Plurinational Legislative Assembly of Bolivia", "ORG", "BOL", ["the legislature"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("United States Department of State", "ORG", "USA", ["the State Department"]),
        entity("Ministry of Foreign Affairs of Israel", "ORG", "ISR", ["Israel's Foreign Ministry"]),
        entity("Movement for Socialism", "ORG", "BOL", ["the leftist Movement for Socialism"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
