"""Round 492: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2025, invented wording and details):
- hm492-de-01: Colombia: the Superior Tribunal of Bogotá acquits ex-president Álvaro Uribe on appeal of witness tampering and procedural fraud; Judge Heredia's August conviction and house-arrest sentence, Uribe asks supporters to stay away from the court, Cepeda accuses the judges and plans a cassation appeal, Petro attacks the judiciary, Rubio welcomes the acquittal, the 2012 complaint against Cepeda, the Supreme Court's 2018 probe and the prosecutors' dismissal requests recalled (2025-10-21).
- hm492-de-02: Brazil: the Federal Police take Jair Bolsonaro into preventive custody on Justice Moraes' order after his ankle monitor is damaged; Moraes cites flight risk and Flávio Bolsonaro's vigil, Bolsonaro admits using a soldering iron but denies a flight attempt, lawyers ask for house arrest, the September conviction recalled, Flávio accuses Moraes, supporters protest without arrests, Trump's comment and the US tariffs recalled (2025-11-22).
- hm492-de-03: Venezuela: Nicolás Maduro sworn in for a third term; the opposition accuses him of fraud, Maduro accuses the US of a coup plot, new sanctions by the US, EU, Britain and Canada and a higher US reward, Kallas denies his legitimacy, Gil condemns the sanctions, Caracas threatens González with arrest while Abinader receives him, Díaz-Canel attends, Machado's team alleges her brief detention and the government denies it (2025-01-10).
- hm492-de-04: Ecuador: Daniel Noboa moves the seat of government to Latacunga and declares a 60-day state of emergency in seven provinces ahead of the CONAIE general strike over the diesel subsidy cut; Vargas demands the decree's repeal and Noboa refuses, truckers and farmers block roads, police arrests, Reimberg threatens terrorism charges, troops sent, the compensation offer rejected by CONAIE (2025-09-17).
- hm492-en-01: Dominican Republic: Santo Domingo postpones the Summit of the Americas in Punta Cana over "profound divergences"; the exclusion of Cuba, Venezuela and Nicaragua, Sheinbaum and Petro stay away, Bruno Rodríguez condemns, U.S. boat strikes and Petro's and Caracas' accusations, Abinader's support for Washington and Rubio's February visit, Fuerza del Pueblo attacks Abinader and Álvarez rejects the criticism, López Obrador's 2022 boycott recalled (2025-11-03).
- hm492-en-02: Colombia: the EU-CELAC summit in Santa Marta ends with a declaration against the threat or use of force; Venezuela and Nicaragua reject the draft, Petro condemns U.S. boat strikes, von der Leyen stays away, Costa and Petro agree on anti-crime cooperation, Lula meets Sánchez and urges the Mercosur deal, the U.S. buildup in the Caribbean, Gil accuses Washington, the U.S. visa revocation and Treasury sanctions against Petro recalled (2025-11-10).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm492-de-01 (Colombia, Uribe acquitted)
URIBE = actor("Álvaro Uribe", "COL", "OPP")
BOG_TRIBUNAL = actor("Superior Tribunal of Bogotá", "COL", "JUD")
HEREDIA = actor("Sandra Heredia", "COL", "JUD")
URIBE_SUPPORTERS = actor("supporters of Álvaro Uribe", "COL", "CVL")
CEPEDA = actor("Iván Cepeda", "COL", "LEG")
PETRO = actor("Gustavo Petro", "COL", "GOV")
COL_JUDICIARY = actor("Colombian judiciary", "COL", "JUD")
RUBIO = actor("Marco Rubio", "USA", "GOV")
COL_SUPREME = actor("Supreme Court of Justice of Colombia", "COL", "JUD")
COL_FISCALIA = actor("Attorney General's Office of Colombia", "COL", "JUD")

U1 = ("Bogotá (dpa) - Ein Berufungsgericht in Kolumbien hat den früheren Präsidenten Álvaro Uribe vom Vorwurf der "
      "Zeugenbeeinflussung und des Prozessbetrugs freigesprochen.")
U2 = ("Das Bezirksobergericht von Bogotá hob am Dienstag mit zwei zu eins Stimmen das Urteil der ersten Instanz "
      "auf.")
U3 = "Richterin Sandra Heredia hatte den 73-Jährigen Anfang August zu zwölf Jahren Hausarrest verurteilt."
U4 = ("Sie hatte es als erwiesen angesehen, dass Uribe über einen Anwalt ehemalige Paramilitärs zu Falschaussagen zu "
      "seinen Gunsten gedrängt hatte.")
U5 = ("Die Beweise reichten nicht aus, um eine Schuld des Ex-Präsidenten festzustellen, hieß es nun in der "
      "Begründung des Berufungsgerichts.")
U6 = "Zudem seien Telefonmitschnitte, auf die sich die Anklage stützte, unrechtmäßig zustande gekommen."
U7 = ("Uribe, der Kolumbien von 2002 bis 2010 regierte, verfolgte die stundenlange Verlesung des Urteils auf seinem "
      "Landgut in Rionegro.")
U8 = "„Die Wahrheit hat gesiegt“, schrieb er anschließend auf der Plattform X."
U9 = "Er rief seine Anhänger auf, auf Kundgebungen vor dem Gerichtsgebäude zu verzichten."
U10 = ("Senator Iván Cepeda, der in dem Verfahren als Opfer auftritt, warf den Richtern vor, zentrale Beweise "
       "ignoriert zu haben.")
U11 = ("Er werde den Fall vor den Obersten Gerichtshof bringen, sagte der Präsidentschaftsbewerber des "
       "Linksbündnisses Pacto Histórico.")
U12 = "Präsident Gustavo Petro, ein langjähriger Gegenspieler Uribes, kritisierte die Entscheidung scharf."
U13 = "Die Justiz habe sich „dem Druck der Mächtigen gebeugt“, schrieb der Staatschef."
U14 = ("US-Außenminister Marco Rubio begrüßte dagegen den Freispruch als Ende einer „Instrumentalisierung der "
       "Justiz“.")
U15 = "Rubio hatte das Urteil gegen Uribe im Sommer als Werk „radikaler Richter“ bezeichnet."
U16 = "Uribe hat die Vorwürfe stets bestritten."
U17 = ("Das Verfahren geht auf das Jahr 2012 zurück, als Uribe Cepeda vorwarf, Zeugen gegen ihn manipuliert zu "
       "haben.")
U18 = "Der Oberste Gerichtshof leitete jedoch 2018 Ermittlungen gegen den Ex-Präsidenten selbst ein."
U19 = "Die Staatsanwaltschaft hatte später zweimal vergeblich die Einstellung des Verfahrens beantragt."

DE01 = {
    "id": "hm492-de-01", "lang": "de", "url": None, "published": "2025-10-21",
    "title": "Kolumbiens Ex-Präsident Uribe in Berufung freigesprochen",
    "text": paragraphs([U1, U2, U3, U4, U5, U6], [U7, U8, U9], [U10, U11, U12, U13], [U14, U15],
                       [U16, U17, U18, U19]),
    "events": [
        event("SANCTION", HEREDIA, URIBE, U3, mode="convict"),
        event("COERCE", HEREDIA, URIBE, U3, mode="arrest"),
        event("REQUEST", URIBE, URIBE_SUPPORTERS, U9),
        event("ACCUSE", CEPEDA, BOG_TRIBUNAL, U10, mode="disapprove"),
        event("ACCUSE", PETRO, BOG_TRIBUNAL, U12, mode="disapprove"),
        event("ACCUSE", PETRO, COL_JUDICIARY, U13, mode="disapprove"),
        event("SUPPORT", RUBIO, BOG_TRIBUNAL, U14),
        event("ACCUSE", RUBIO, HEREDIA, U15, mode="disapprove"),
        event("ACCUSE", URIBE, CEPEDA, U17, mode="allege"),
        event("ACCUSE", COL_SUPREME, URIBE, U18, mode="investigate"),
        event("REQUEST", COL_FISCALIA, COL_JUDICIARY, U19),
    ],
    "quotes": [
        quote("dass Uribe über einen Anwalt ehemalige Paramilitärs zu Falschaussagen zu seinen Gunsten gedrängt hatte",
              "Sandra Heredia", "indirect"),
        quote("Die Beweise reichten nicht aus, um eine Schuld des Ex-Präsidenten festzustellen",
              "Superior Tribunal of Bogotá", "indirect"),
        quote("Zudem seien Telefonmitschnitte, auf die sich die Anklage stützte, unrechtmäßig zustande gekommen",
              "Superior Tribunal of Bogotá", "indirect"),
        quote("Die Wahrheit hat gesiegt", "Álvaro Uribe", "direct"),
        quote("zentrale Beweise ignoriert zu haben", "Iván Cepeda", "indirect"),
        quote("Er werde den Fall vor den Obersten Gerichtshof bringen", "Iván Cepeda", "indirect"),
        quote("dem Druck der Mächtigen gebeugt", "Gustavo Petro", "direct"),
        quote("Die Justiz habe sich „dem Druck der Mächtigen gebeugt“", "Gustavo Petro", "indirect"),
        quote("Instrumentalisierung der Justiz", "Marco Rubio", "direct"),
        quote("radikaler Richter", "Marco Rubio", "direct"),
        quote("Zeugen gegen ihn manipuliert zu haben", "Álvaro Uribe", "indirect"),
    ],
    "entities": [
        entity("Bogotá", "LOC", "COL", ["Bogotá"]),
        entity("Colombia", "LOC", "COL", ["Kolumbien"]),
        entity("Superior Tribunal of Bogotá", "ORG", "COL",
               ["Ein Berufungsgericht in Kolumbien", "Das Bezirksobergericht von Bogotá", "des Berufungsgerichts",
                "den Richtern"]),
        entity("Álvaro Uribe", "PER", "COL",
               ["den früheren Präsidenten Álvaro Uribe", "den 73-Jährigen", "Uribe", "des Ex-Präsidenten", "er",
                "Er", "Uribes", "ihn", "den Ex-Präsidenten selbst"]),
        entity("Sandra Heredia", "PER", "COL", ["Richterin Sandra Heredia", "Sie"]),
        entity("Diego Cadena", "PER", "COL", ["einen Anwalt"]),
        entity("former paramilitaries", "PER", "COL", ["ehemalige Paramilitärs"]),
        entity("Attorney General's Office of Colombia", "ORG", "COL", ["die Anklage", "Die Staatsanwaltschaft"]),
        entity("Rionegro", "LOC", "COL", ["seinem Landgut in Rionegro"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("supporters of Álvaro Uribe", "PER", "COL", ["seine Anhänger"]),
        entity("Iván Cepeda", "PER", "COL",
               ["Senator Iván Cepeda", "Er", "der Präsidentschaftsbewerber des Linksbündnisses Pacto Histórico",
                "Cepeda"]),
        entity("Pacto Histórico", "ORG", "COL", ["des Linksbündnisses Pacto Histórico"]),
        entity("Supreme Court of Justice of Colombia", "ORG", "COL",
               ["den Obersten Gerichtshof", "Der Oberste Gerichtshof"]),
        entity("Gustavo Petro", "PER", "COL", ["Präsident Gustavo Petro", "der Staatschef"]),
        entity("Colombian judiciary", "ORG", "COL", ["Die Justiz"]),
        entity("Marco Rubio", "PER", "USA", ["US-Außenminister Marco Rubio", "Rubio"]),
    ],
}

# ---------------------------------------------------------------- hm492-de-02 (Brazil, Bolsonaro in custody)
BRA_FED_POLICE = actor("Federal Police of Brazil", "BRA", "COP")
BOLSONARO = actor("Jair Bolsonaro", "BRA", "OPP")
MORAES = actor("Alexandre de Moraes", "BRA", "JUD")
FLAVIO = actor("Flávio Bolsonaro", "BRA", "LEG")
BOLSO_LAWYERS = actor("lawyers of Jair Bolsonaro", "BRA", "CVL")
STF = actor("Supreme Federal Court of Brazil", "BRA", "JUD")
BOLSO_SUPPORTERS = actor("supporters of Jair Bolsonaro", "BRA", "CVL")
BRA_POLICE = actor("Police of Brazil", "BRA", "COP")
USA_GOV_B = actor("Government of the United States", "USA", "GOV")
BRA_GOV = actor("Government of Brazil", "BRA", "GOV")

B1 = ("Brasília (dpa) - Die brasilianische Bundespolizei hat den früheren Präsidenten Jair Bolsonaro in "
      "Untersuchungshaft genommen.")
B2 = ("Beamte holten den 70-Jährigen am frühen Samstagmorgen in seinem Haus in Brasília ab, wo er seit August unter "
      "Hausarrest stand, und brachten ihn in die Zentrale der Behörde.")
B3 = "Die Festnahme hatte Richter Alexandre de Moraes vom Obersten Gerichtshof angeordnet."
B4 = ("Er begründete dies mit Fluchtgefahr: Die elektronische Fußfessel des Ex-Präsidenten sei kurz nach "
      "Mitternacht beschädigt worden.")
B5 = ("Zudem habe Bolsonaros Sohn, Senator Flávio Bolsonaro, für den Abend eine Mahnwache vor dem Haus seines Vaters "
      "angekündigt, die eine Flucht hätte erleichtern können.")
B6 = "Bolsonaro räumte bei einer Anhörung ein, mit einem Lötkolben an dem Gerät hantiert zu haben."
B7 = "Einen Fluchtversuch bestritt er jedoch."
B8 = ("Seine Anwälte erklärten, ihr Mandant habe wegen neuer Medikamente unter Verwirrung gelitten, und beantragten "
      "erneut Hausarrest aus gesundheitlichen Gründen.")
B9 = ("Bolsonaro war im September vom Obersten Gerichtshof wegen Plänen für einen Staatsstreich nach seiner "
      "Wahlniederlage 2022 zu 27 Jahren und drei Monaten Haft verurteilt worden.")
B10 = "Die Strafe hat er noch nicht angetreten, da über letzte Rechtsmittel noch nicht entschieden ist."
B11 = "Eine Kammer des Gerichts soll die Haftanordnung am Montag überprüfen."
B12 = "Flávio Bolsonaro sprach von „Verfolgung“ und warf Moraes vor, einen kranken Mann zu demütigen."
B13 = ("Mehrere Dutzend Anhänger des Ex-Präsidenten versammelten sich vor dem Polizeigebäude in Brasília und "
       "protestierten gegen die Entscheidung des Richters.")
B14 = "Festnahmen gab es nicht."
B15 = "US-Präsident Donald Trump sagte auf die Frage von Reportern nach der Festnahme lediglich: „Das ist schade.“"
B16 = ("Washington hatte im Sommer Strafzölle von 50 Prozent auf viele brasilianische Waren verhängt und dies auch "
       "mit dem Verfahren gegen Bolsonaro begründet.")
B17 = "Die Regierung von Präsident Luiz Inácio Lula da Silva äußerte sich zunächst nicht zu der Festnahme."

DE02 = {
    "id": "hm492-de-02", "lang": "de", "url": None, "published": "2025-11-22",
    "title": "Brasiliens Ex-Präsident Bolsonaro in Untersuchungshaft",
    "text": paragraphs([B1, B2, B3, B4, B5], [B6, B7, B8], [B9, B10, B11], [B12, B13, B14], [B15, B16, B17]),
    "events": [
        event("COERCE", BRA_FED_POLICE, BOLSONARO, B1, mode="arrest", location_country="BRA"),
        event("COERCE", BRA_FED_POLICE, BOLSONARO, B2, mode="arrest", date="2025-11-22", location="Brasília",
              location_country="BRA"),
        event("COERCE", MORAES, BOLSONARO, B3, mode="arrest"),
        event("ACCUSE", MORAES, BOLSONARO, B4, mode="allege"),
        event("ACCUSE", MORAES, FLAVIO, B5, mode="allege"),
        event("REQUEST", BOLSO_LAWYERS, STF, B8, mode="yield"),
        event("SANCTION", STF, BOLSONARO, B9, mode="convict"),
        event("COERCE", STF, BOLSONARO, B9, mode="arrest"),
        event("ACCUSE", FLAVIO, MORAES, B12, mode="disapprove"),
        event("PROTEST", BOLSO_SUPPORTERS, MORAES, B13, mode="demo", location="Brasília", location_country="BRA"),
        event("COERCE", BRA_POLICE, BOLSO_SUPPORTERS, B14, mode="arrest", negated=True),
        event("SANCTION", USA_GOV_B, BRA_GOV, B16),
    ],
    "quotes": [
        quote("Die elektronische Fußfessel des Ex-Präsidenten sei kurz nach Mitternacht beschädigt worden",
              "Alexandre de Moraes", "indirect"),
        quote("Zudem habe Bolsonaros Sohn, Senator Flávio Bolsonaro, für den Abend eine Mahnwache vor dem Haus seines "
              "Vaters angekündigt, die eine Flucht hätte erleichtern können", "Alexandre de Moraes", "indirect"),
        quote("mit einem Lötkolben an dem Gerät hantiert zu haben", "Jair Bolsonaro", "indirect"),
        quote("ihr Mandant habe wegen neuer Medikamente unter Verwirrung gelitten", "lawyers of Jair Bolsonaro",
              "indirect"),
        quote("Verfolgung", "Flávio Bolsonaro", "direct"),
        quote("einen kranken Mann zu demütigen", "Flávio Bolsonaro", "indirect"),
        quote("Das ist schade", "Donald Trump", "direct"),
    ],
    "entities": [
        entity("Brasília", "LOC", "BRA", ["Brasília"]),
        entity("Federal Police of Brazil", "ORG", "BRA", ["Die brasilianische Bundespolizei", "Beamte",
                                                          "der Behörde"]),
        entity("Jair Bolsonaro", "PER", "BRA",
               ["den früheren Präsidenten Jair Bolsonaro", "den 70-Jährigen", "er", "ihn", "des Ex-Präsidenten",
                "Bolsonaros", "seines Vaters", "Bolsonaro", "ihr Mandant", "einen kranken Mann"]),
        entity("Federal Police headquarters in Brasília", "LOC", "BRA", ["die Zentrale der Behörde",
                                                                         "dem Polizeigebäude in Brasília"]),
        entity("Alexandre de Moraes", "PER", "BRA", ["Richter Alexandre de Moraes", "Er", "Moraes",
                                                     "des Richters"]),
        entity("Supreme Federal Court of Brazil", "ORG", "BRA", ["vom Obersten Gerichtshof",
                                                                 "Eine Kammer des Gerichts"]),
        entity("Flávio Bolsonaro", "PER", "BRA", ["Bolsonaros Sohn, Senator Flávio Bolsonaro", "Flávio Bolsonaro"]),
        entity("lawyers of Jair Bolsonaro", "PER", "BRA", ["Seine Anwälte"]),
        entity("supporters of Jair Bolsonaro", "PER", "BRA", ["Mehrere Dutzend Anhänger des Ex-Präsidenten"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Government of Brazil", "ORG", "BRA", ["Die Regierung von Präsident Luiz Inácio Lula da Silva"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Präsident Luiz Inácio Lula da Silva"]),
    ],
}

# ---------------------------------------------------------------- hm492-de-03 (Venezuela, Maduro's third term)
MADURO = actor("Nicolás Maduro", "VEN", "GOV")
VEN_OPPOSITION = actor("Venezuelan opposition", "VEN", "OPP")
USA_GOV_V = actor("Government of the United States", "USA", "GOV")
VEN_GOV = actor("Government of Venezuela", "VEN", "GOV")
US_STATE = actor("United States Department of State", "USA", "GOV")
EU = actor("European Union", "EUR", "IGO")
GBR_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
KALLAS = actor("Kaja Kallas", "EUR", "IGO")
GIL = actor("Yván Gil", "VEN", "GOV")
GONZALEZ = actor("Edmundo González Urrutia", "VEN", "OPP")
ABINADER_V = actor("Luis Abinader", "DOM", "GOV")
DIAZ_CANEL = actor("Miguel Díaz-Canel", "CUB", "GOV")
MACHADO_TEAM = actor("team of María Corina Machado", "VEN", "OPP")
VEN_SECURITY = actor("Venezuelan security forces", "VEN", "COP")

V1 = ("Caracas (dpa) - Ungeachtet internationaler Proteste hat sich Venezuelas Staatschef Nicolás Maduro für eine "
      "dritte Amtszeit vereidigen lassen.")
V2 = ("Parlamentspräsident Jorge Rodríguez nahm dem 62-Jährigen am Freitag in der Nationalversammlung in Caracas den "
      "Amtseid ab.")
V3 = "Die Opposition wirft Maduro vor, die Präsidentenwahl vom 28. Juli gefälscht zu haben."
V4 = "Nach ihren Angaben gewann ihr Kandidat Edmundo González Urrutia die Abstimmung mit deutlichem Vorsprung."
V5 = ("Maduro sprach in seiner Rede von einem Sieg über den „Imperialismus“ und warf den USA vor, einen Staatsstreich "
      "gegen ihn vorzubereiten.")
V6 = ("Die US-Regierung reagierte noch am selben Tag mit Sanktionen gegen acht hochrangige Funktionäre, darunter den "
      "Chef des staatlichen Ölkonzerns PDVSA.")
V7 = ("Zudem erhöhte das Außenministerium in Washington die Belohnung für Hinweise, die zur Festnahme Maduros führen, "
      "auf 25 Millionen Dollar.")
V8 = ("Auch die Europäische Union, Großbritannien und Kanada verhängten Einreiseverbote und Kontensperren gegen "
      "Dutzende Vertreter von Justiz, Militär und Wahlbehörde.")
V9 = "Die EU-Außenbeauftragte Kaja Kallas erklärte, Maduro fehle jede demokratische Legitimität."
V10 = "Außenminister Yván Gil nannte die Strafmaßnahmen Washingtons „illegal und kriminell“."
V11 = ("Der im spanischen Exil lebende González hatte angekündigt, am Tag der Vereidigung nach Venezuela "
       "zurückzukehren und selbst das Amt anzutreten.")
V12 = ("Die Regierung setzte daraufhin eine Belohnung von 100.000 Dollar für Hinweise auf seinen Aufenthaltsort aus "
       "und drohte mit seiner sofortigen Festnahme.")
V13 = ("González hielt sich am Freitag in der Dominikanischen Republik auf, wo ihn Präsident Luis Abinader am Vortag "
       "empfangen hatte.")
V14 = "An der Zeremonie in Caracas nahm unter anderem Kubas Präsident Miguel Díaz-Canel teil."
V15 = ("Oppositionsführerin María Corina Machado war nach Angaben ihres Teams am Donnerstag nach einer Kundgebung in "
       "Caracas von Sicherheitskräften kurzzeitig festgehalten worden.")
V16 = "Die Regierung bestreitet das."

DE03 = {
    "id": "hm492-de-03", "lang": "de", "url": None, "published": "2025-01-10",
    "title": "Maduro tritt dritte Amtszeit an - neue Sanktionen gegen Venezuela",
    "text": paragraphs([V1, V2, V3, V4, V5], [V6, V7, V8, V9, V10], [V11, V12, V13], [V14, V15, V16]),
    "events": [
        event("ACCUSE", VEN_OPPOSITION, MADURO, V3, mode="allege"),
        event("ACCUSE", MADURO, USA_GOV_V, V5, mode="allege"),
        event("SANCTION", USA_GOV_V, VEN_GOV, V6, date="2025-01-10"),
        event("THREATEN", US_STATE, MADURO, V7, mode="arrest"),
        event("SANCTION", EU, VEN_GOV, V8),
        event("SANCTION", GBR_GOV, VEN_GOV, V8),
        event("SANCTION", CAN_GOV, VEN_GOV, V8),
        event("ACCUSE", KALLAS, MADURO, V9, mode="disapprove"),
        event("ACCUSE", GIL, USA_GOV_V, V10, mode="disapprove"),
        event("THREATEN", VEN_GOV, GONZALEZ, V12, mode="arrest"),
        event("CONSULT", GONZALEZ, ABINADER_V, V13, mode="visit", date="2025-01-09", location_country="DOM"),
        event("CONSULT", DIAZ_CANEL, MADURO, V14, mode="visit", date="2025-01-10", location="Caracas",
              location_country="VEN"),
        event("ACCUSE", MACHADO_TEAM, VEN_SECURITY, V15, mode="allege"),
    ],
    "quotes": [
        quote("die Präsidentenwahl vom 28. Juli gefälscht zu haben", "Venezuelan opposition", "indirect"),
        quote("Nach ihren Angaben gewann ihr Kandidat Edmundo González Urrutia die Abstimmung mit deutlichem "
              "Vorsprung", "Venezuelan opposition", "indirect"),
        quote("Imperialismus", "Nicolás Maduro", "direct"),
        quote("einen Staatsstreich gegen ihn vorzubereiten", "Nicolás Maduro", "indirect"),
        quote("Maduro fehle jede demokratische Legitimität", "Kaja Kallas", "indirect"),
        quote("illegal und kriminell", "Yván Gil", "direct"),
        quote("am Tag der Vereidigung nach Venezuela zurückzukehren und selbst das Amt anzutreten",
              "Edmundo González Urrutia", "indirect"),
        quote("Oppositionsführerin María Corina Machado war nach Angaben ihres Teams am Donnerstag nach einer "
              "Kundgebung in Caracas von Sicherheitskräften kurzzeitig festgehalten worden",
              "team of María Corina Machado", "indirect"),
    ],
    "entities": [
        entity("Caracas", "LOC", "VEN", ["Caracas"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuelas", "Venezuela"]),
        entity("Nicolás Maduro", "PER", "VEN",
               ["Venezuelas Staatschef Nicolás Maduro", "dem 62-Jährigen", "Maduro", "ihn", "Maduros"]),
        entity("Jorge Rodríguez", "PER", "VEN", ["Parlamentspräsident Jorge Rodríguez"]),
        entity("National Assembly of Venezuela", "ORG", "VEN", ["der Nationalversammlung in Caracas"]),
        entity("Venezuelan opposition", "ORG", "VEN", ["Die Opposition"]),
        entity("Edmundo González Urrutia", "PER", "VEN",
               ["ihr Kandidat Edmundo González Urrutia", "Der im spanischen Exil lebende González", "González",
                "ihn"]),
        entity("Government of the United States", "ORG", "USA", ["den USA", "Die US-Regierung", "Washingtons"]),
        entity("Héctor Obregón", "PER", "VEN", ["den Chef des staatlichen Ölkonzerns PDVSA"]),
        entity("PDVSA", "ORG", "VEN", ["des staatlichen Ölkonzerns PDVSA"]),
        entity("United States Department of State", "ORG", "USA", ["das Außenministerium in Washington"]),
        entity("European Union", "ORG", "EUR", ["die Europäische Union"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["Großbritannien"]),
        entity("Government of Canada", "ORG", "CAN", ["Kanada"]),
        entity("Kaja Kallas", "PER", "EUR", ["Die EU-Außenbeauftragte Kaja Kallas"]),
        entity("Yván Gil", "PER", "VEN", ["Außenminister Yván Gil"]),
        entity("Government of Venezuela", "ORG", "VEN", ["Die Regierung"]),
        entity("Dominican Republic", "LOC", "DOM", ["der Dominikanischen Republik"]),
        entity("Luis Abinader", "PER", "DOM", ["Präsident Luis Abinader"]),
        entity("Miguel Díaz-Canel", "PER", "CUB", ["Kubas Präsident Miguel Díaz-Canel"]),
        entity("María Corina Machado", "PER", "VEN", ["Oppositionsführerin María Corina Machado"]),
        entity("team of María Corina Machado", "ORG", "VEN", ["ihres Teams"]),
        entity("Venezuelan security forces", "ORG", "VEN", ["Sicherheitskräften"]),
    ],
}

# ---------------------------------------------------------------- hm492-de-04 (Ecuador, Latacunga and CONAIE strike)
NOBOA = actor("Daniel Noboa", "ECU", "GOV")
ECU_GOV = actor("Government of Ecuador", "ECU", "GOV")
VARGAS = actor("Marlon Vargas", "ECU", "NGO")
CONAIE = actor("Confederation of Indigenous Nationalities of Ecuador", "ECU", "NGO")
ECU_TRUCKERS = actor("Ecuadorian truck drivers", "ECU", "CVL")
ECU_FARMERS = actor("Ecuadorian farmers", "ECU", "CVL")
ECU_POLICE = actor("National Police of Ecuador", "ECU", "COP")
ECU_PROTESTERS = actor("protesters in Ecuador", "ECU", "CVL")
REIMBERG = actor("John Reimberg", "ECU", "GOV")
ECU_ARMY = actor("Ecuadorian Army", "ECU", "MIL")

E1 = ("Quito (dpa) - Wegen eines angekündigten landesweiten Streiks gegen höhere Dieselpreise hat Ecuadors Präsident "
      "Daniel Noboa den Regierungssitz vorübergehend aus der Hauptstadt verlegt.")
E2 = ("Die Regierung werde bis auf Weiteres von der Andenstadt Latacunga aus arbeiten, hieß es in einem am "
      "Dienstagabend veröffentlichten Dekret.")
E3 = ("Zugleich verhängte Noboa für 60 Tage den Ausnahmezustand über sieben der 24 Provinzen, darunter Pichincha mit "
      "der Hauptstadt Quito.")
E4 = ("Damit sind unter anderem die Versammlungsfreiheit eingeschränkt und Einsätze der Streitkräfte zur "
      "Aufrechterhaltung der Ordnung erlaubt.")
E5 = "Der Indigenen-Dachverband Conaie hat ab Donnerstag zu einem unbefristeten Generalstreik aufgerufen."
E6 = ("Conaie-Präsident Marlon Vargas forderte die Regierung auf, die Abschaffung der Subventionen für Diesel "
      "zurückzunehmen.")
E7 = "„Das Volk wird nicht für eine Krise bezahlen, die es nicht verursacht hat“, sagte Vargas in Quito."
E8 = "Noboa lehnte das ab."
E9 = ("Der Staat könne sich die Subventionen von jährlich rund 1,1 Milliarden Dollar nicht länger leisten, sagte der "
      "Präsident.")
E10 = ("Seit der Erhöhung des Dieselpreises von 1,80 auf 2,80 Dollar pro Gallone blockieren Lastwagenfahrer und "
       "Bauern in mehreren Provinzen immer wieder Straßen.")
E11 = "Nach Angaben von Innenminister John Reimberg nahm die Polizei dabei bislang mindestens zwölf Menschen fest."
E12 = ("Reimberg drohte allen, die Straßen blockieren oder öffentliche Einrichtungen angreifen, mit Strafverfahren "
       "wegen Terrorismus.")
E13 = "Die Armee verlegte zusätzliche Soldaten in die Provinzen Imbabura und Cotopaxi."
E14 = "Die Regierung bot Lastwagenfahrern und Kleinbauern zugleich monatliche Ausgleichszahlungen an."
E15 = "Die Conaie wies das Angebot als „Almosen“ zurück."
E16 = "In den Jahren 2019 und 2022 hatten ähnliche Proteste das Land wochenlang lahmgelegt."

DE04 = {
    "id": "hm492-de-04", "lang": "de", "url": None, "published": "2025-09-17",
    "title": "Ecuadors Präsident verlegt Regierungssitz vor Generalstreik",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8, E9], [E10, E11, E12, E13], [E14, E15, E16]),
    "events": [
        event("COERCE", NOBOA, None, E3, mode="martial-law", date="2025-09-16", location_country="ECU"),
        event("REQUEST", VARGAS, ECU_GOV, E6, mode="change"),
        event("REJECT", NOBOA, VARGAS, E8, mode="change"),
        event("PROTEST", ECU_TRUCKERS, ECU_GOV, E10, mode="obstruct", location_country="ECU"),
        event("PROTEST", ECU_FARMERS, ECU_GOV, E10, mode="obstruct", location_country="ECU"),
        event("COERCE", ECU_POLICE, ECU_PROTESTERS, E11, mode="arrest", location_country="ECU"),
        event("THREATEN", REIMBERG, ECU_PROTESTERS, E12),
        event("MOBILIZE", ECU_ARMY, None, E13, mode="troops", location_country="ECU"),
        event("AGREE", ECU_GOV, ECU_TRUCKERS, E14),
        event("AGREE", ECU_GOV, ECU_FARMERS, E14),
        event("REJECT", CONAIE, ECU_GOV, E15),
    ],
    "quotes": [
        quote("Die Regierung werde bis auf Weiteres von der Andenstadt Latacunga aus arbeiten", "Government of Ecuador",
              "indirect"),
        quote("Das Volk wird nicht für eine Krise bezahlen, die es nicht verursacht hat", "Marlon Vargas", "direct"),
        quote("Der Staat könne sich die Subventionen von jährlich rund 1,1 Milliarden Dollar nicht länger leisten",
              "Daniel Noboa", "indirect"),
        quote("Nach Angaben von Innenminister John Reimberg nahm die Polizei dabei bislang mindestens zwölf Menschen "
              "fest", "John Reimberg", "indirect"),
        quote("Almosen", "Confederation of Indigenous Nationalities of Ecuador", "direct"),
    ],
    "entities": [
        entity("Quito", "LOC", "ECU", ["Quito", "der Hauptstadt", "der Hauptstadt Quito"]),
        entity("Ecuador", "LOC", "ECU", ["Ecuadors", "das Land"]),
        entity("Daniel Noboa", "PER", "ECU", ["Ecuadors Präsident Daniel Noboa", "Noboa", "der Präsident"]),
        entity("Government of Ecuador", "ORG", "ECU", ["Die Regierung", "die Regierung", "Der Staat"]),
        entity("Latacunga", "LOC", "ECU", ["der Andenstadt Latacunga"]),
        entity("Pichincha", "LOC", "ECU", ["Pichincha"]),
        entity("Armed Forces of Ecuador", "ORG", "ECU", ["der Streitkräfte"]),
        entity("Confederation of Indigenous Nationalities of Ecuador", "ORG", "ECU",
               ["Der Indigenen-Dachverband Conaie", "Die Conaie", "Conaie"]),
        entity("Marlon Vargas", "PER", "ECU", ["Conaie-Präsident Marlon Vargas", "Vargas"]),
        entity("Ecuadorian truck drivers", "PER", "ECU", ["Lastwagenfahrer", "Lastwagenfahrern"]),
        entity("Ecuadorian farmers", "PER", "ECU", ["Bauern", "Kleinbauern"]),
        entity("John Reimberg", "PER", "ECU", ["Innenminister John Reimberg", "Reimberg"]),
        entity("National Police of Ecuador", "ORG", "ECU", ["die Polizei"]),
        entity("protesters in Ecuador", "PER", "ECU", ["mindestens zwölf Menschen"]),
        entity("Ecuadorian Army", "ORG", "ECU", ["Die Armee", "zusätzliche Soldaten"]),
        entity("Imbabura", "LOC", "ECU", ["Imbabura"]),
        entity("Cotopaxi", "LOC", "ECU", ["Cotopaxi"]),
    ],
}

# ---------------------------------------------------------------- hm492-en-01 (Dominican Republic, summit postponed)
DOM_GOV = actor("Government of the Dominican Republic", "DOM", "GOV")
CUB_GOV = actor("Government of Cuba", "CUB", "GOV")
VEN_GOV_E = actor("Government of Venezuela", "VEN", "GOV")
NIC_GOV = actor("Government of Nicaragua", "NIC", "GOV")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
PETRO_E = actor("Gustavo Petro", "COL", "GOV")
BRUNO = actor("Bruno Rodríguez", "CUB", "GOV")
USA_GOV_E = actor("Government of the United States", "USA", "GOV")
ABINADER = actor("Luis Abinader", "DOM", "GOV")
RUBIO_E = actor("Marco Rubio", "USA", "GOV")
FP = actor("Fuerza del Pueblo", "DOM", "PTY")
AMLO = actor("Andrés Manuel López Obrador", "MEX", "GOV")

S1 = ("SANTO DOMINGO, Dominican Republic (AP) — The Dominican Republic has postponed the Summit of the Americas it was "
      "due to host next month in the resort town of Punta Cana, citing deep divisions in the region.")
S2 = ("The Foreign Ministry said Monday the decision had been taken in coordination with the United States after "
      "\"profound divergences\" made a productive dialogue impossible.")
S3 = "A new date would be set for 2026, it said."
S4 = ("Santo Domingo had decided in September not to invite Cuba, Venezuela and Nicaragua, arguing that their "
      "governments did not respect democratic principles.")
S5 = ("Mexican President Claudia Sheinbaum then announced she would stay away, saying no country of the Americas "
      "should be excluded.")
S6 = ("Colombian President Gustavo Petro also said he would not attend and accused the host of bowing to pressure "
      "from Washington.")
S7 = "Cuba's Foreign Minister Bruno Rodríguez called the exclusion \"a shameful act of submission\" to Washington."
S8 = ("The postponement comes amid sharp tensions over U.S. military strikes on boats that Washington says were "
      "smuggling drugs in the Caribbean and the eastern Pacific.")
S9 = ("Petro has called the strikes murder, and Venezuela's government accuses the Trump administration of preparing "
      "an invasion.")
S10 = "Dominican President Luis Abinader has backed Washington's campaign against drug cartels."
S11 = ("Secretary of State Marco Rubio visited him in Santo Domingo in February, and the two governments agreed to "
       "expand cooperation on security and migration.")
S12 = ("The opposition Fuerza del Pueblo party accused Abinader of turning the country into a \"satellite\" of the "
       "United States.")
S13 = ("Foreign Minister Roberto Álvarez dismissed the criticism, saying the Dominican Republic had acted as a "
       "sovereign nation.")
S14 = "The State Department said it respected the decision of the Dominican government."
S15 = ("In 2022, then-Mexican President Andrés Manuel López Obrador boycotted the last summit, in Los Angeles, over "
       "the exclusion of the same three countries.")

EN01 = {
    "id": "hm492-en-01", "lang": "en", "url": None, "published": "2025-11-03",
    "title": "Dominican Republic postpones Summit of the Americas, citing regional divisions",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6, S7], [S8, S9, S10, S11], [S12, S13, S14, S15]),
    "events": [
        event("AGREE", DOM_GOV, CUB_GOV, S4, negated=True),
        event("AGREE", DOM_GOV, VEN_GOV_E, S4, negated=True),
        event("AGREE", DOM_GOV, NIC_GOV, S4, negated=True),
        event("REJECT", SHEINBAUM, DOM_GOV, S5, mode="meet"),
        event("REJECT", PETRO_E, DOM_GOV, S6, mode="meet"),
        event("ACCUSE", PETRO_E, DOM_GOV, S6, mode="disapprove"),
        event("ACCUSE", BRUNO, DOM_GOV, S7, mode="disapprove"),
        event("ACCUSE", PETRO_E, USA_GOV_E, S9, mode="disapprove"),
        event("ACCUSE", VEN_GOV_E, USA_GOV_E, S9, mode="allege"),
        event("SUPPORT", ABINADER, USA_GOV_E, S10),
        event("CONSULT", RUBIO_E, ABINADER, S11, mode="visit", location="Santo Domingo", location_country="DOM"),
        event("AGREE", USA_GOV_E, DOM_GOV, S11),
        event("ACCUSE", FP, ABINADER, S12, mode="disapprove"),
        event("PROTEST", AMLO, USA_GOV_E, S15, mode="boycott"),
    ],
    "quotes": [
        quote("profound divergences", "Ministry of Foreign Affairs of the Dominican Republic", "direct"),
        quote("the decision had been taken in coordination with the United States after \"profound divergences\" "
              "made a productive dialogue impossible", "Ministry of Foreign Affairs of the Dominican Republic",
              "indirect"),
        quote("A new date would be set for 2026", "Ministry of Foreign Affairs of the Dominican Republic",
              "indirect"),
        quote("their governments did not respect democratic principles", "Government of the Dominican Republic",
              "indirect"),
        quote("she would stay away", "Claudia Sheinbaum", "indirect"),
        quote("no country of the Americas should be excluded", "Claudia Sheinbaum", "indirect"),
        quote("he would not attend", "Gustavo Petro", "indirect"),
        quote("a shameful act of submission", "Bruno Rodríguez", "direct"),
        quote("were smuggling drugs in the Caribbean and the eastern Pacific", "Government of the United States",
              "indirect"),
        quote("satellite", "Fuerza del Pueblo", "direct"),
        quote("the Dominican Republic had acted as a sovereign nation", "Roberto Álvarez", "indirect"),
        quote("it respected the decision of the Dominican government", "United States Department of State",
              "indirect"),
    ],
    "entities": [
        entity("Santo Domingo", "LOC", "DOM", ["SANTO DOMINGO", "Santo Domingo"]),
        entity("Dominican Republic", "LOC", "DOM", ["Dominican Republic", "the country"]),
        entity("Government of the Dominican Republic", "ORG", "DOM",
               ["The Dominican Republic", "Santo Domingo", "the host", "the two governments",
                "the Dominican Republic", "the Dominican government"]),
        entity("Summit of the Americas", "MISC", "DOM", ["the Summit of the Americas", "the last summit"]),
        entity("Punta Cana", "LOC", "DOM", ["the resort town of Punta Cana"]),
        entity("Ministry of Foreign Affairs of the Dominican Republic", "ORG", "DOM", ["The Foreign Ministry"]),
        entity("Government of the United States", "ORG", "USA",
               ["the United States", "Washington", "the Trump administration", "the two governments"]),
        entity("Government of Cuba", "ORG", "CUB", ["Cuba"]),
        entity("Government of Venezuela", "ORG", "VEN", ["Venezuela", "Venezuela's government"]),
        entity("Government of Nicaragua", "ORG", "NIC", ["Nicaragua"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Mexican President Claudia Sheinbaum", "she"]),
        entity("Gustavo Petro", "PER", "COL", ["Colombian President Gustavo Petro", "he", "Petro"]),
        entity("Bruno Rodríguez", "PER", "CUB", ["Cuba's Foreign Minister Bruno Rodríguez"]),
        entity("United States Armed Forces", "ORG", "USA", ["U.S. military"]),
        entity("Luis Abinader", "PER", "DOM", ["Dominican President Luis Abinader", "him", "Abinader"]),
        entity("Marco Rubio", "PER", "USA", ["Secretary of State Marco Rubio"]),
        entity("Fuerza del Pueblo", "ORG", "DOM", ["The opposition Fuerza del Pueblo party"]),
        entity("Roberto Álvarez", "PER", "DOM", ["Foreign Minister Roberto Álvarez"]),
        entity("United States Department of State", "ORG", "USA", ["The State Department"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX",
               ["then-Mexican President Andrés Manuel López Obrador"]),
        entity("Los Angeles", "LOC", "USA", ["Los Angeles"]),
    ],
}

# ---------------------------------------------------------------- hm492-en-02 (Colombia, EU-CELAC summit)
EU_E = actor("European Union", "EUR", "IGO")
CELAC = actor("Community of Latin American and Caribbean States", "IGO", "IGO")
VEN_GOV_R = actor("Government of Venezuela", "VEN", "GOV")
NIC_GOV_R = actor("Government of Nicaragua", "NIC", "GOV")
COL_GOV = actor("Government of Colombia", "COL", "GOV")
PETRO_R = actor("Gustavo Petro", "COL", "GOV")
USA_GOV_R = actor("Government of the United States", "USA", "GOV")
COSTA = actor("António Costa", "EUR", "IGO")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
SANCHEZ = actor("Pedro Sánchez", "ESP", "GOV")
GIL_R = actor("Yván Gil", "VEN", "GOV")
US_SOLDIERS = actor("United States Armed Forces", "USA", "MIL")
US_TREASURY = actor("United States Department of the Treasury", "USA", "GOV")
ALCOCER = actor("Verónica Alcocer", "COL", "CVL")
NICOLAS_PETRO = actor("Nicolás Petro", "COL", "CVL")
BENEDETTI = actor("Armando Benedetti", "COL", "GOV")

R1 = ("SANTA MARTA, Colombia, Nov 10 (Reuters) - European and Latin American leaders ended a summit in the Colombian "
      "city of Santa Marta on Monday with a declaration rejecting the threat or use of force against any state, as a "
      "U.S. military buildup in the Caribbean overshadowed the talks.")
R2 = ("The text was backed by 58 of the 60 countries of the European Union and the Community of Latin American and "
      "Caribbean States (CELAC), according to Colombian officials.")
R3 = "Venezuela and Nicaragua rejected the draft put forward by the Colombian hosts."
R4 = "The declaration does not name the United States."
R5 = ("Colombian President Gustavo Petro, whose country holds CELAC's rotating presidency, used his opening speech to "
      "condemn U.S. strikes on alleged drug-smuggling boats that have killed more than 70 people since September.")
R6 = "\"You do not fight drug trafficking by bombing fishermen,\" Petro said."
R7 = "Several European leaders, including European Commission President Ursula von der Leyen, stayed away."
R8 = ("European Council President António Costa, who co-chaired the meeting, said the two regions shared \"a "
      "commitment to multilateralism\" and would defend it together.")
R9 = ("Costa and Petro agreed to step up cooperation against organized crime and money laundering, Colombia's Foreign "
      "Ministry said.")
R10 = ("Brazilian President Luiz Inácio Lula da Silva, who flew in from the COP30 climate conference in Belém, met "
       "Spanish Prime Minister Pedro Sánchez on the sidelines.")
R11 = ("Lula urged the EU to sign the long-delayed trade agreement with the Mercosur bloc before the end of the "
       "year.")
R12 = ("Washington has deployed warships, a nuclear submarine and thousands of troops to the Caribbean, and ordered "
       "the aircraft carrier USS Gerald R. Ford to the region.")
R13 = ("Venezuelan Foreign Minister Yván Gil accused the United States of using the fight against drugs as a pretext "
       "for \"regime change\" in Caracas.")
R14 = ("In September, Washington revoked Petro's U.S. visa after he urged American soldiers at a rally in New York to "
       "disobey President Donald Trump.")
R15 = ("The U.S. Treasury sanctioned Petro, his wife, his son and Interior Minister Armando Benedetti in October, "
       "accusing Petro of allowing drug cartels to flourish.")
R16 = "Petro denies any links to drug trafficking."

EN02 = {
    "id": "hm492-en-02", "lang": "en", "url": None, "published": "2025-11-10",
    "title": "EU-CELAC summit rejects use of force as U.S. buildup looms over Caribbean",
    "text": paragraphs([R1, R2, R3, R4], [R5, R6, R7, R8, R9], [R10, R11], [R12, R13, R14, R15, R16]),
    "events": [
        event("CONSULT", EU_E, CELAC, R1, mode="multilateral", date="2025-11-10", location="Santa Marta",
              location_country="COL"),
        event("AGREE", EU_E, CELAC, R1, date="2025-11-10", location="Santa Marta", location_country="COL"),
        event("REJECT", VEN_GOV_R, COL_GOV, R3),
        event("REJECT", NIC_GOV_R, COL_GOV, R3),
        event("ACCUSE", PETRO_R, USA_GOV_R, R5, mode="disapprove"),
        event("AGREE", COSTA, PETRO_R, R9),
        event("CONSULT", LULA, SANCHEZ, R10, mode="meet", location="Santa Marta", location_country="COL"),
        event("REQUEST", LULA, EU_E, R11),
        event("MOBILIZE", USA_GOV_R, None, R12, mode="troops", location="Caribbean"),
        event("ACCUSE", GIL_R, USA_GOV_R, R13, mode="allege"),
        event("SANCTION", USA_GOV_R, PETRO_R, R14),
        event("REQUEST", PETRO_R, US_SOLDIERS, R14, location="New York", location_country="USA"),
        event("SANCTION", US_TREASURY, PETRO_R, R15),
        event("SANCTION", US_TREASURY, ALCOCER, R15),
        event("SANCTION", US_TREASURY, NICOLAS_PETRO, R15),
        event("SANCTION", US_TREASURY, BENEDETTI, R15),
        event("ACCUSE", US_TREASURY, PETRO_R, R15, mode="allege"),
    ],
    "quotes": [
        quote("The text was backed by 58 of the 60 countries of the European Union and the Community of Latin "
              "American and Caribbean States (CELAC)", "Colombian officials", "indirect"),
        quote("You do not fight drug trafficking by bombing fishermen", "Gustavo Petro", "direct"),
        quote("a commitment to multilateralism", "António Costa", "direct"),
        quote("the two regions shared \"a commitment to multilateralism\" and would defend it together",
              "António Costa", "indirect"),
        quote("Costa and Petro agreed to step up cooperation against organized crime and money laundering",
              "Ministry of Foreign Affairs of Colombia", "indirect"),
        quote("regime change", "Yván Gil", "direct"),
    ],
    "entities": [
        entity("Santa Marta", "LOC", "COL", ["SANTA MARTA", "the Colombian city of Santa Marta"]),
        entity("Colombia", "LOC", "COL", ["Colombia", "whose country"]),
        entity("EU-CELAC summit", "MISC", "COL", ["a summit", "the talks", "the meeting"]),
        entity("European Union", "ORG", "EUR", ["European", "the European Union", "the EU"]),
        entity("Community of Latin American and Caribbean States", "ORG", "IGO",
               ["Latin American", "the Community of Latin American and Caribbean States (CELAC)", "CELAC's"]),
        entity("Colombian officials", "PER", "COL", ["Colombian officials"]),
        entity("Government of Venezuela", "ORG", "VEN", ["Venezuela"]),
        entity("Government of Nicaragua", "ORG", "NIC", ["Nicaragua"]),
        entity("Government of Colombia", "ORG", "COL", ["the Colombian hosts"]),
        entity("Government of the United States", "ORG", "USA", ["the United States", "Washington"]),
        entity("Gustavo Petro", "PER", "COL",
               ["Colombian President Gustavo Petro", "his", "Petro", "Petro's", "he"]),
        entity("Ursula von der Leyen", "PER", "EUR", ["European Commission President Ursula von der Leyen"]),
        entity("European Commission", "ORG", "EUR", ["European Commission"]),
        entity("António Costa", "PER", "EUR", ["European Council President António Costa", "Costa"]),
        entity("Ministry of Foreign Affairs of Colombia", "ORG", "COL", ["Colombia's Foreign Ministry"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Brazilian President Luiz Inácio Lula da Silva", "Lula"]),
        entity("COP30", "MISC", "BRA", ["the COP30 climate conference in Belém"]),
        entity("Belém", "LOC", "BRA", ["Belém"]),
        entity("Pedro Sánchez", "PER", "ESP", ["Spanish Prime Minister Pedro Sánchez"]),
        entity("Mercosur", "ORG", "IGO", ["the Mercosur bloc"]),
        entity("USS Gerald R. Ford", "MISC", "USA", ["the aircraft carrier USS Gerald R. Ford"]),
        entity("Yván Gil", "PER", "VEN", ["Venezuelan Foreign Minister Yván Gil"]),
        entity("Caracas", "LOC", "VEN", ["Caracas"]),
        entity("United States Armed Forces", "ORG", "USA", ["American soldiers", "U.S. military"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump"]),
        entity("United States Department of the Treasury", "ORG", "USA", ["The U.S. Treasury"]),
        entity("Verónica Alcocer", "PER", "COL", ["his wife"]),
        entity("Nicolás Petro", "PER", "COL", ["his son"]),
        entity("Armando Benedetti", "PER", "COL", ["Interior Minister Armando Benedetti"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
