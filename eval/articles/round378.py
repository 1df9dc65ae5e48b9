"""Round 378: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm378-de-01: Colombia/United States: Washington recalls its chargé d'affaires John McNamara over "baseless" remarks and Petro recalls ambassador Daniel García-Peña after the Leyva audio affair; Petro alleges US knowledge of a coup plan, prosecutors investigate Leyva, Foreign Minister Laura Sarabia resigns, Duque attacks Petro, the January deportation-flight row recalled (2025-07-04).
- hm378-de-02: Brazil: Federal Police arrest ex-president Fernando Collor de Mello at Maceió airport after Justice Alexandre de Moraes rejects his last appeals in the BR Distribuidora bribery case; the 2023 sentence, the lawyers' house-arrest request, the STF plenary backs Moraes, the PRD objects, the 1992 resignation and the Bolsonaro indictment recalled (2025-04-25).
- hm378-de-03: Mexico: Chilpancingo mayor Alejandro Arcos murdered a week after taking office; Sheinbaum condemns and pledges federal help, Guerrero prosecutors investigate without arrests, troops and National Guard sent, Governor Evelyn Salgado condemns, PAN's Marko Cortés accuses, PRI's Alejandro Moreno demands Salgado's resignation and she refuses, funeral march, predecessor's meeting with a Los Ardillos leader recalled (2024-10-07).
- hm378-de-04: Venezuela/Spain: Caracas recalls its ambassador from Madrid and summons Spain's ambassador Ramón Santos after Defence Minister Robles calls Venezuela a dictatorship; the Spanish Congress urges recognition of Edmundo González, Jorge Rodríguez calls for a break in relations, Sánchez receives González at Moncloa, asylum and arrest warrant, Albares refuses to recognise Maduro's win (2024-09-13).
- hm378-en-01: Argentina/Venezuela: a Buenos Aires federal appeals court orders the arrest of Nicolás Maduro and Diosdado Cabello for crimes against humanity under universal jurisdiction; the FADD complaint and Judge Ramos's earlier refusal, the group's lawyer praises, Gil attacks the court and Milei, Bullrich threatens arrest, expelled diplomats, the ICC probe and the warrant against González recalled (2024-09-24).
- hm378-en-02: Chile: the Supreme Court removes Justice Ángela Vivanco over the Hermosilla chat messages; earlier suspension and inquiry, Vivanco blames a media lynching, Boric praises the court, constitutional accusations against Vivanco and Sergio Muñoz, prosecutors investigate Vivanco and Gonzalo Migueles, Ricardo Blanco pledges cooperation, Hermosilla's August arrest recalled (2024-10-10).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm378-de-01 (Colombia/US, diplomats recalled)
USA_GOV = actor("Government of the United States", "USA", "GOV")
COL_GOV = actor("Government of Colombia", "COL", "GOV")
US_STATE = actor("United States Department of State", "USA", "GOV")
BRUCE = actor("Tammy Bruce", "USA", "GOV")
PETRO = actor("Gustavo Petro", "COL", "GOV")
COL_FISCALIA = actor("Attorney General's Office of Colombia", "COL", "JUD")
LEYVA = actor("Álvaro Leyva", "COL", "CVL")
SARABIA = actor("Laura Sarabia", "COL", "GOV")
DUQUE = actor("Iván Duque", "COL", "OPP")
TRUMP = actor("Donald Trump", "USA", "GOV")

K1 = ("Bogotá (dpa) - Im Streit über angebliche Umsturzpläne gegen Kolumbiens Präsidenten Gustavo Petro haben "
      "Washington und Bogotá ihre ranghöchsten Diplomaten in der jeweils anderen Hauptstadt zu Konsultationen "
      "zurückgerufen.")
K2 = ("Das US-Außenministerium beorderte am Donnerstag den Geschäftsträger der Botschaft in Bogotá, John McNamara, "
      "zu dringenden Beratungen nach Washington.")
K3 = ("Grund seien „haltlose und verwerfliche Äußerungen von höchster Ebene der kolumbianischen Regierung“, erklärte "
      "Sprecherin Tammy Bruce.")
K4 = "Kolumbien bleibe dennoch ein wichtiger strategischer Partner, fügte sie hinzu."
K5 = "Wenige Stunden später rief Petro seinerseits Botschafter Daniel García-Peña aus Washington zurück."
K6 = ("Der Botschafter solle in Bogotá über den Stand der bilateralen Agenda berichten, schrieb der Staatschef auf der "
      "Plattform X.")
K7 = "Auslöser des Streits sind Tonaufnahmen, die die spanische Zeitung „El País“ Ende Juni veröffentlicht hatte."
K8 = ("Darin soll der frühere Außenminister Álvaro Leyva über Pläne gesprochen haben, Petro mit Hilfe von Kontakten "
      "in den USA aus dem Amt zu drängen.")
K9 = ("Petro hatte Washington daraufhin vorgeworfen, von den Plänen gewusst zu haben, und von einem „Putschversuch“ "
      "gesprochen.")
K10 = "Leyva, der bis Anfang 2024 Außenminister war, wies die Vorwürfe zurück."
K11 = "Die kolumbianische Generalstaatsanwaltschaft leitete ein Ermittlungsverfahren gegen den 82-Jährigen ein."
K12 = "Am selben Tag hatte Außenministerin Laura Sarabia ihren Rücktritt erklärt."
K13 = ("Hintergrund war ein Streit innerhalb der Regierung über die Vergabe eines Auftrags zur Herstellung von "
       "Reisepässen.")
K14 = ("Ex-Präsident Iván Duque warf Petro vor, die Beziehungen zum wichtigsten Verbündeten des Landes für "
       "innenpolitische Zwecke zu opfern.")
K15 = ("Die USA sind Kolumbiens wichtigster Handelspartner und unterstützen das südamerikanische Land seit "
       "Jahrzehnten mit Milliardenbeträgen im Kampf gegen den Drogenhandel.")
K16 = ("Bereits im Januar hatte Petro zwei US-Militärmaschinen mit abgeschobenen Kolumbianern die Landung "
       "verweigert.")
K17 = "Erst nachdem US-Präsident Donald Trump mit Strafzöllen von 25 Prozent gedroht hatte, lenkte Bogotá ein."

DE01 = {
    "id": "hm378-de-01", "lang": "de", "url": None, "published": "2025-07-04",
    "title": "Kolumbien und USA rufen Spitzendiplomaten zurück",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6], [K7, K8, K9, K10, K11], [K12, K13, K14], [K15, K16, K17]),
    "events": [
        event("SANCTION", USA_GOV, COL_GOV, K1, mode="withdraw"),
        event("SANCTION", COL_GOV, USA_GOV, K1, mode="withdraw"),
        event("SANCTION", US_STATE, COL_GOV, K2, mode="withdraw", date="2025-07-03"),
        event("ACCUSE", BRUCE, COL_GOV, K3, mode="disapprove"),
        event("SANCTION", PETRO, USA_GOV, K5, mode="withdraw", date="2025-07-03"),
        event("ACCUSE", PETRO, USA_GOV, K9, mode="allege"),
        event("ACCUSE", COL_FISCALIA, LEYVA, K11, mode="investigate"),
        event("RETREAT", SARABIA, None, K12, mode="resign", date="2025-07-03"),
        event("ACCUSE", DUQUE, PETRO, K14, mode="disapprove"),
        event("REJECT", PETRO, USA_GOV, K16),
        event("THREATEN", TRUMP, COL_GOV, K17),
        event("CONCEDE", COL_GOV, USA_GOV, K17),
    ],
    "quotes": [
        quote("haltlose und verwerfliche Äußerungen von höchster Ebene der kolumbianischen Regierung", "Tammy Bruce",
              "direct"),
        quote("Grund seien „haltlose und verwerfliche Äußerungen von höchster Ebene der kolumbianischen Regierung“",
              "Tammy Bruce", "indirect"),
        quote("Kolumbien bleibe dennoch ein wichtiger strategischer Partner", "Tammy Bruce", "indirect"),
        quote("Der Botschafter solle in Bogotá über den Stand der bilateralen Agenda berichten", "Gustavo Petro",
              "indirect"),
        quote("von den Plänen gewusst zu haben", "Gustavo Petro", "indirect"),
        quote("Putschversuch", "Gustavo Petro", "direct"),
        quote("die Beziehungen zum wichtigsten Verbündeten des Landes für innenpolitische Zwecke zu opfern",
              "Iván Duque", "indirect"),
    ],
    "entities": [
        entity("Bogotá", "LOC", "COL", ["Bogotá"]),
        entity("Colombia", "LOC", "COL", ["Kolumbiens", "Kolumbien", "des Landes", "das südamerikanische Land"]),
        entity("Gustavo Petro", "PER", "COL", ["Präsidenten Gustavo Petro", "Petro", "der Staatschef"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Government of Colombia", "ORG", "COL", ["Bogotá", "der kolumbianischen Regierung",
                                                        "der Regierung"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Embassy of the United States in Bogotá", "ORG", "USA", ["der Botschaft in Bogotá"]),
        entity("John McNamara", "PER", "USA", ["den Geschäftsträger der Botschaft in Bogotá, John McNamara"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Tammy Bruce", "PER", "USA", ["Sprecherin Tammy Bruce", "sie"]),
        entity("Daniel García-Peña", "PER", "COL", ["Botschafter Daniel García-Peña", "Der Botschafter"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("El País", "ORG", "ESP", ["die spanische Zeitung „El País“"]),
        entity("Álvaro Leyva", "PER", "COL", ["der frühere Außenminister Álvaro Leyva", "Leyva", "den 82-Jährigen"]),
        entity("United States", "LOC", "USA", ["in den USA", "Die USA"]),
        entity("Attorney General's Office of Colombia", "ORG", "COL",
               ["Die kolumbianische Generalstaatsanwaltschaft"]),
        entity("Laura Sarabia", "PER", "COL", ["Außenministerin Laura Sarabia"]),
        entity("Iván Duque", "PER", "COL", ["Ex-Präsident Iván Duque"]),
        entity("United States Air Force", "ORG", "USA", ["zwei US-Militärmaschinen"]),
        entity("Colombian deportees", "PER", "COL", ["abgeschobenen Kolumbianern"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump"]),
    ],
}

# ---------------------------------------------------------------- hm378-de-02 (Brazil, Collor arrested)
BRA_FED_POLICE = actor("Federal Police of Brazil", "BRA", "COP")
COLLOR = actor("Fernando Collor de Mello", "BRA", "CVL")
MORAES = actor("Alexandre de Moraes", "BRA", "JUD")
STF = actor("Supreme Federal Court of Brazil", "BRA", "JUD")
COLLOR_LAWYERS = actor("lawyers of Fernando Collor de Mello", "BRA", "CVL")
PRD = actor("Democratic Renewal Party", "BRA", "PTY")
BOLSONARO = actor("Jair Bolsonaro", "BRA", "OPP")

B1 = "Brasília (dpa) - Brasiliens früherer Präsident Fernando Collor de Mello ist wegen Korruption festgenommen worden."
B2 = ("Beamte der Bundespolizei nahmen den 75-Jährigen am frühen Freitagmorgen am Flughafen der nordöstlichen Stadt "
      "Maceió fest, wie die Behörde mitteilte.")
B3 = ("Richter Alexandre de Moraes vom Obersten Gerichtshof hatte am Vortag die letzten Rechtsmittel des "
      "Ex-Staatschefs als unzulässig zurückgewiesen und den sofortigen Haftantritt angeordnet.")
B4 = ("Das Gericht hatte Collor bereits im Mai 2023 zu acht Jahren und zehn Monaten Haft wegen Bestechlichkeit und "
      "Geldwäsche verurteilt.")
B5 = ("Die Richter sahen es als erwiesen an, dass der Politiker zwischen 2010 und 2014 rund 20 Millionen Reais "
      "(heute etwa 3,1 Millionen Euro) für Geschäfte der damaligen Petrobras-Tochter BR Distribuidora angenommen "
      "hatte.")
B6 = ("Collors Anwälte erklärten, ihr Mandant sei auf dem Weg nach Brasília gewesen, um sich freiwillig den Behörden "
      "zu stellen.")
B7 = ("Die Verteidigung beantragte zudem, dass der Ex-Präsident, der an Parkinson erkrankt ist, die Strafe wegen "
      "seines Alters im Hausarrest verbüßen darf.")
B8 = "Nach einer Haftprüfung wurde Collor in ein Gefängnis in Maceió gebracht."
B9 = ("Die übrigen Richter des Obersten Gerichtshofs stimmten am Freitag in einer virtuellen Sitzung über Moraes' "
      "Entscheidung ab.")
B10 = "Bis zum Nachmittag hatte sich bereits eine Mehrheit für die Bestätigung der Haftanordnung ausgesprochen."
B11 = "Collors Partei PRD sprach von einer „unverhältnismäßigen Härte“ gegen einen kranken Mann."
B12 = ("Collor war 1990 als erster direkt gewählter Präsident nach dem Ende der Militärdiktatur ins Amt gekommen.")
B13 = ("Zwei Jahre später trat er inmitten eines Amtsenthebungsverfahrens wegen Korruptionsvorwürfen zurück.")
B14 = "Später kehrte er in die Politik zurück und vertrat von 2007 bis 2023 den Bundesstaat Alagoas im Senat."
B15 = ("Erst im März hatte der Oberste Gerichtshof eine Anklage gegen Ex-Präsident Jair Bolsonaro wegen eines "
       "mutmaßlichen Putschversuchs zugelassen.")
B16 = "Bolsonaro bestreitet die Vorwürfe."

DE02 = {
    "id": "hm378-de-02", "lang": "de", "url": None, "published": "2025-04-25",
    "title": "Brasiliens Ex-Präsident Collor festgenommen",
    "text": paragraphs([B1, B2, B3], [B4, B5], [B6, B7, B8], [B9, B10, B11], [B12, B13, B14], [B15, B16]),
    "events": [
        event("COERCE", BRA_FED_POLICE, COLLOR, B1, mode="arrest", location_country="BRA"),
        event("COERCE", BRA_FED_POLICE, COLLOR, B2, mode="arrest", date="2025-04-25", location="Maceió",
              location_country="BRA"),
        event("REJECT", MORAES, COLLOR, B3, date="2025-04-24"),
        event("COERCE", MORAES, COLLOR, B3, mode="arrest", date="2025-04-24"),
        event("SANCTION", STF, COLLOR, B4, mode="convict"),
        event("COERCE", STF, COLLOR, B4, mode="arrest"),
        event("REQUEST", COLLOR_LAWYERS, STF, B7, mode="yield"),
        event("COERCE", BRA_FED_POLICE, COLLOR, B8, mode="arrest", location="Maceió", location_country="BRA"),
        event("SUPPORT", STF, MORAES, B10, date="2025-04-25"),
        event("ACCUSE", PRD, MORAES, B11, mode="disapprove"),
        event("RETREAT", COLLOR, None, B13, mode="resign"),
        event("ACCUSE", STF, BOLSONARO, B15, mode="allege"),
    ],
    "quotes": [
        quote("Beamte der Bundespolizei nahmen den 75-Jährigen am frühen Freitagmorgen am Flughafen der nordöstlichen "
              "Stadt Maceió fest", "Federal Police of Brazil", "indirect"),
        quote("dass der Politiker zwischen 2010 und 2014 rund 20 Millionen Reais (heute etwa 3,1 Millionen Euro) für "
              "Geschäfte der damaligen Petrobras-Tochter BR Distribuidora angenommen hatte",
              "Supreme Federal Court of Brazil", "indirect"),
        quote("ihr Mandant sei auf dem Weg nach Brasília gewesen, um sich freiwillig den Behörden zu stellen",
              "lawyers of Fernando Collor de Mello", "indirect"),
        quote("unverhältnismäßigen Härte", "Democratic Renewal Party", "direct"),
    ],
    "entities": [
        entity("Brasília", "LOC", "BRA", ["Brasília"]),
        entity("Brazil", "LOC", "BRA", ["Brasiliens"]),
        entity("Fernando Collor de Mello", "PER", "BRA",
               ["Brasiliens früherer Präsident Fernando Collor de Mello", "den 75-Jährigen", "des Ex-Staatschefs",
                "Collor", "der Politiker", "ihr Mandant", "der Ex-Präsident", "einen kranken Mann", "Collors"]),
        entity("Federal Police of Brazil", "ORG", "BRA", ["Beamte der Bundespolizei", "die Behörde"]),
        entity("Maceió", "LOC", "BRA", ["der nordöstlichen Stadt Maceió", "Maceió"]),
        entity("Alexandre de Moraes", "PER", "BRA", ["Richter Alexandre de Moraes", "Moraes'"]),
        entity("Supreme Federal Court of Brazil", "ORG", "BRA",
               ["vom Obersten Gerichtshof", "Das Gericht", "Die Richter", "des Obersten Gerichtshofs",
                "der Oberste Gerichtshof"]),
        entity("Petrobras", "ORG", "BRA", ["Petrobras"]),
        entity("BR Distribuidora", "ORG", "BRA", ["Petrobras-Tochter BR Distribuidora"]),
        entity("lawyers of Fernando Collor de Mello", "PER", "BRA", ["Collors Anwälte", "Die Verteidigung"]),
        entity("Democratic Renewal Party", "ORG", "BRA", ["Collors Partei PRD"]),
        entity("Senate of Brazil", "ORG", "BRA", ["im Senat"]),
        entity("Alagoas", "LOC", "BRA", ["den Bundesstaat Alagoas"]),
        entity("Jair Bolsonaro", "PER", "BRA", ["Ex-Präsident Jair Bolsonaro", "Bolsonaro"]),
    ],
}

# ---------------------------------------------------------------- hm378-de-03 (Mexico, Chilpancingo mayor killed)
ARCOS_KILLERS = actor("killers of Alejandro Arcos", "MEX", "CVL")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
GRO_PROSECUTORS = actor("Guerrero State Prosecutor's Office", "MEX", "JUD")
MEX_SECURITY = actor("Mexican security forces", "MEX", "COP")
MEX_ARMY = actor("Mexican Army", "MEX", "MIL")
GUARDIA_NACIONAL = actor("National Guard of Mexico", "MEX", "MIL")
SALGADO = actor("Evelyn Salgado", "MEX", "GOV")
CORTES = actor("Marko Cortés", "MEX", "PTY")
ALITO = actor("Alejandro Moreno", "MEX", "PTY")
CHILPANCINGO_MARCHERS = actor("mourners in Chilpancingo", "MEX", "CVL")
GRO_GOV = actor("Government of Guerrero", "MEX", "GOV")
NORMA_HERNANDEZ = actor("Norma Otilia Hernández", "MEX", "GOV")
CELSO_ORTEGA = actor("Celso Ortega", "MEX", "REB")

M1 = ("Mexiko-Stadt (dpa) - Knapp eine Woche nach seinem Amtsantritt ist der Bürgermeister der mexikanischen Stadt "
      "Chilpancingo, Alejandro Arcos, ermordet worden.")
M2 = ("Die Leiche des Politikers sei am Sonntagnachmittag in einem Fahrzeug am Stadtrand gefunden worden, teilte die "
      "Regierung des südlichen Bundesstaates Guerrero mit.")
M3 = ("Arcos, der für ein Bündnis der Oppositionsparteien PRI, PAN und PRD angetreten war, hatte sein Amt in der "
      "Landeshauptstadt am 30. September übernommen.")
M4 = "Bereits am Donnerstag war der Sekretär der Stadtverwaltung, Francisco Tapia, erschossen worden."
M5 = "Präsidentin Claudia Sheinbaum verurteilte die Tat am Montag bei ihrer morgendlichen Pressekonferenz."
M6 = ("Die Bundesregierung werde die Staatsanwaltschaft von Guerrero bei der Suche nach den Tätern unterstützen, "
      "sagte die Staatschefin, die erst seit einer Woche im Amt ist.")
M7 = "„Es wird keine Straflosigkeit geben“, fügte sie hinzu."
M8 = "Die Staatsanwaltschaft des Bundesstaates leitete Ermittlungen wegen Mordes ein."
M9 = "Festnahmen gab es zunächst nicht."
M10 = ("Nach Angaben von Sicherheitsminister Omar García Harfuch wurden zusätzliche Soldaten und Einheiten der "
       "Nationalgarde nach Chilpancingo verlegt.")
M11 = "Gouverneurin Evelyn Salgado von der Regierungspartei Morena sprach von einem „abscheulichen Verbrechen“."
M12 = ("Der Vorsitzende der konservativen PAN, Marko Cortés, warf Sheinbaum und Salgado vor, die Region dem "
       "organisierten Verbrechen überlassen zu haben.")
M13 = "PRI-Chef Alejandro Moreno forderte den Rücktritt der Gouverneurin."
M14 = "Salgado lehnte dies ab."
M15 = ("Hunderte Menschen zogen am Montag in einem Trauermarsch durch Chilpancingo bis vor den Sitz der "
       "Landesregierung und verlangten Aufklärung.")
M16 = ("In der Region kämpfen die kriminellen Gruppen Los Ardillos und Los Tlacos seit Jahren um die Kontrolle über "
       "Drogenrouten und Schutzgelderpressung.")
M17 = ("Arcos' Vorgängerin Norma Otilia Hernández hatte sich nach einem im vergangenen Jahr veröffentlichten Video mit "
       "dem mutmaßlichen Anführer der Ardillos, Celso Ortega, getroffen.")
M18 = ("Sheinbaum hat angekündigt, die Gewalt der Kartelle vor allem mit Sozialprogrammen und besserer "
       "Ermittlungsarbeit statt mit militärischer Konfrontation zu bekämpfen.")

DE03 = {
    "id": "hm378-de-03", "lang": "de", "url": None, "published": "2024-10-07",
    "title": "Bürgermeister von Chilpancingo in Mexiko ermordet",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6, M7, M8, M9, M10], [M11, M12, M13, M14, M15],
                       [M16, M17, M18]),
    "events": [
        event("ACCUSE", SHEINBAUM, ARCOS_KILLERS, M5, mode="disapprove", date="2024-10-07"),
        event("AGREE", SHEINBAUM, GRO_PROSECUTORS, M6),
        event("THREATEN", SHEINBAUM, ARCOS_KILLERS, M7),
        event("ACCUSE", GRO_PROSECUTORS, ARCOS_KILLERS, M8, mode="investigate"),
        event("COERCE", MEX_SECURITY, ARCOS_KILLERS, M9, mode="arrest", negated=True),
        event("MOBILIZE", MEX_ARMY, None, M10, mode="troops", location="Chilpancingo", location_country="MEX"),
        event("MOBILIZE", GUARDIA_NACIONAL, None, M10, mode="troops", location="Chilpancingo",
              location_country="MEX"),
        event("ACCUSE", SALGADO, ARCOS_KILLERS, M11, mode="disapprove"),
        event("ACCUSE", CORTES, SHEINBAUM, M12, mode="disapprove"),
        event("ACCUSE", CORTES, SALGADO, M12, mode="disapprove"),
        event("REQUEST", ALITO, SALGADO, M13, mode="change"),
        event("REJECT", SALGADO, ALITO, M14, mode="change"),
        event("PROTEST", CHILPANCINGO_MARCHERS, GRO_GOV, M15, mode="demo", date="2024-10-07",
              location="Chilpancingo", location_country="MEX"),
        event("CONSULT", NORMA_HERNANDEZ, CELSO_ORTEGA, M17),
    ],
    "quotes": [
        quote("Die Leiche des Politikers sei am Sonntagnachmittag in einem Fahrzeug am Stadtrand gefunden worden",
              "Government of Guerrero", "indirect"),
        quote("Die Bundesregierung werde die Staatsanwaltschaft von Guerrero bei der Suche nach den Tätern "
              "unterstützen", "Claudia Sheinbaum", "indirect"),
        quote("Es wird keine Straflosigkeit geben", "Claudia Sheinbaum", "direct"),
        quote("Nach Angaben von Sicherheitsminister Omar García Harfuch wurden zusätzliche Soldaten und Einheiten der "
              "Nationalgarde nach Chilpancingo verlegt", "Omar García Harfuch", "indirect"),
        quote("abscheulichen Verbrechen", "Evelyn Salgado", "direct"),
        quote("die Region dem organisierten Verbrechen überlassen zu haben", "Marko Cortés", "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt"]),
        entity("Alejandro Arcos", "PER", "MEX", ["der Bürgermeister der mexikanischen Stadt Chilpancingo, Alejandro "
                                                 "Arcos", "des Politikers", "Arcos", "Arcos'"]),
        entity("Chilpancingo", "LOC", "MEX", ["der mexikanischen Stadt Chilpancingo", "der Landeshauptstadt",
                                              "Chilpancingo"]),
        entity("Government of Guerrero", "ORG", "MEX", ["die Regierung des südlichen Bundesstaates Guerrero",
                                                        "der Landesregierung"]),
        entity("Guerrero", "LOC", "MEX", ["des südlichen Bundesstaates Guerrero", "In der Region", "die Region"]),
        entity("Institutional Revolutionary Party", "ORG", "MEX", ["PRI"]),
        entity("National Action Party", "ORG", "MEX", ["PAN", "der konservativen PAN"]),
        entity("Party of the Democratic Revolution", "ORG", "MEX", ["PRD"]),
        entity("Francisco Tapia", "PER", "MEX", ["der Sekretär der Stadtverwaltung, Francisco Tapia"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Präsidentin Claudia Sheinbaum", "die Staatschefin", "sie",
                                                   "Sheinbaum"]),
        entity("Government of Mexico", "ORG", "MEX", ["Die Bundesregierung"]),
        entity("Guerrero State Prosecutor's Office", "ORG", "MEX", ["die Staatsanwaltschaft von Guerrero",
                                                                    "Die Staatsanwaltschaft des Bundesstaates"]),
        entity("killers of Alejandro Arcos", "PER", "MEX", ["den Tätern"]),
        entity("Omar García Harfuch", "PER", "MEX", ["Sicherheitsminister Omar García Harfuch"]),
        entity("Mexican Army", "ORG", "MEX", ["zusätzliche Soldaten"]),
        entity("National Guard of Mexico", "ORG", "MEX", ["Einheiten der Nationalgarde"]),
        entity("Evelyn Salgado", "PER", "MEX", ["Gouverneurin Evelyn Salgado", "Salgado", "der Gouverneurin"]),
        entity("Morena", "ORG", "MEX", ["der Regierungspartei Morena"]),
        entity("Marko Cortés", "PER", "MEX", ["Der Vorsitzende der konservativen PAN, Marko Cortés"]),
        entity("Alejandro Moreno", "PER", "MEX", ["PRI-Chef Alejandro Moreno"]),
        entity("mourners in Chilpancingo", "PER", "MEX", ["Hunderte Menschen"]),
        entity("Los Ardillos", "ORG", "MEX", ["Los Ardillos", "der Ardillos"]),
        entity("Los Tlacos", "ORG", "MEX", ["Los Tlacos"]),
        entity("Norma Otilia Hernández", "PER", "MEX", ["Arcos' Vorgängerin Norma Otilia Hernández"]),
        entity("Celso Ortega", "PER", "MEX", ["dem mutmaßlichen Anführer der Ardillos, Celso Ortega"]),
    ],
}

# ---------------------------------------------------------------- hm378-de-04 (Venezuela/Spain, ambassador recalled)
VEN_GOV = actor("Government of Venezuela", "VEN", "GOV")
ESP_GOV = actor("Government of Spain", "ESP", "GOV")
VEN_FM = actor("Ministry of Foreign Affairs of Venezuela", "VEN", "GOV")
ROBLES = actor("Margarita Robles", "ESP", "GOV")
GIL = actor("Yván Gil", "VEN", "GOV")
ESP_CONGRESS = actor("Congress of Deputies of Spain", "ESP", "LEG")
J_RODRIGUEZ = actor("Jorge Rodríguez", "VEN", "LEG")
GONZALEZ = actor("Edmundo González Urrutia", "VEN", "OPP")
SANCHEZ = actor("Pedro Sánchez", "ESP", "GOV")
VEN_JUD = actor("Venezuelan judiciary", "VEN", "JUD")
MADURO = actor("Nicolás Maduro", "VEN", "GOV")

S1 = ("Caracas (dpa) - Venezuela hat im Streit um die Anerkennung des Oppositionskandidaten Edmundo González Urrutia "
      "seine Botschafterin in Spanien zu Konsultationen zurückgerufen.")
S2 = ("Zudem sei der spanische Botschafter Ramón Santos ins Außenministerium in Caracas einbestellt worden, teilte "
      "Außenminister Yván Gil am Donnerstagabend mit.")
S3 = ("Anlass sind Äußerungen der spanischen Verteidigungsministerin Margarita Robles, die Venezuela bei einer "
      "Veranstaltung in Madrid als „Diktatur“ bezeichnet hatte.")
S4 = "Gil nannte die Bemerkungen „unverschämt, interventionistisch und grob“."
S5 = ("Bereits am Mittwoch hatte das spanische Parlament mit knapper Mehrheit einen Antrag der konservativen "
      "Volkspartei (PP) angenommen, der die Regierung von Ministerpräsident Pedro Sánchez auffordert, González als "
      "gewählten Präsidenten anzuerkennen.")
S6 = ("Die Regierung lehnt einen solchen Schritt bislang ab und verweist auf eine gemeinsame Linie der Europäischen "
      "Union.")
S7 = ("Der Präsident der venezolanischen Nationalversammlung, Jorge Rodríguez, hatte nach der Abstimmung gefordert, "
      "alle diplomatischen, konsularischen und wirtschaftlichen Beziehungen zu Spanien abzubrechen.")
S8 = "Er warf Madrid vor, sich wie eine Kolonialmacht in die inneren Angelegenheiten Venezuelas einzumischen."
S9 = "Sánchez hatte González am Donnerstag im Regierungssitz Moncloa empfangen."
S10 = ("Der 75-Jährige war am vergangenen Sonntag nach Spanien ausgereist, nachdem die venezolanische Justiz "
       "Haftbefehl gegen ihn erlassen hatte.")
S11 = "Madrid gewährte ihm politisches Asyl."
S12 = ("Außenminister José Manuel Albares sagte in Madrid, Spanien wolle „die besten Beziehungen“ zum venezolanischen "
       "Volk und werde sich an keiner Eskalation beteiligen.")
S13 = ("Zugleich betonte er, Spanien habe den von der Wahlbehörde verkündeten Sieg von Präsident Nicolás Maduro ebenso "
       "wenig anerkannt wie die übrigen EU-Staaten.")
S14 = ("Die Opposition hat Auszählungsprotokolle aus mehr als 80 Prozent der Wahllokale veröffentlicht, die nach ihren "
       "Angaben einen klaren Sieg von González bei der Wahl vom 28. Juli belegen.")
S15 = "In Spanien leben nach offiziellen Zahlen mehr als 280.000 Menschen venezolanischer Herkunft."

DE04 = {
    "id": "hm378-de-04", "lang": "de", "url": None, "published": "2024-09-13",
    "title": "Venezuela ruft Botschafterin aus Spanien zurück",
    "text": paragraphs([S1, S2, S3, S4], [S5, S6, S7, S8], [S9, S10, S11], [S12, S13, S14, S15]),
    "events": [
        event("SANCTION", VEN_GOV, ESP_GOV, S1, mode="withdraw"),
        event("ACCUSE", VEN_FM, ESP_GOV, S2, mode="disapprove", location="Caracas", location_country="VEN"),
        event("ACCUSE", ROBLES, VEN_GOV, S3, mode="disapprove", location="Madrid", location_country="ESP"),
        event("ACCUSE", GIL, ROBLES, S4, mode="disapprove"),
        event("REQUEST", ESP_CONGRESS, ESP_GOV, S5, mode="change", date="2024-09-11"),
        event("REJECT", ESP_GOV, ESP_CONGRESS, S6, mode="change"),
        event("REQUEST", J_RODRIGUEZ, None, S7, mode="change"),
        event("ACCUSE", J_RODRIGUEZ, ESP_GOV, S8, mode="disapprove"),
        event("CONSULT", GONZALEZ, SANCHEZ, S9, mode="visit", date="2024-09-12", location="Madrid",
              location_country="ESP"),
        event("THREATEN", VEN_JUD, GONZALEZ, S10, mode="arrest"),
        event("AID", ESP_GOV, GONZALEZ, S11),
        event("REJECT", ESP_GOV, MADURO, S13),
    ],
    "quotes": [
        quote("Zudem sei der spanische Botschafter Ramón Santos ins Außenministerium in Caracas einbestellt worden",
              "Yván Gil", "indirect"),
        quote("Diktatur", "Margarita Robles", "direct"),
        quote("unverschämt, interventionistisch und grob", "Yván Gil", "direct"),
        quote("sich wie eine Kolonialmacht in die inneren Angelegenheiten Venezuelas einzumischen", "Jorge Rodríguez",
              "indirect"),
        quote("die besten Beziehungen", "José Manuel Albares", "direct"),
        quote("Spanien wolle „die besten Beziehungen“ zum venezolanischen Volk und werde sich an keiner Eskalation "
              "beteiligen", "José Manuel Albares", "indirect"),
        quote("Spanien habe den von der Wahlbehörde verkündeten Sieg von Präsident Nicolás Maduro ebenso wenig "
              "anerkannt wie die übrigen EU-Staaten", "José Manuel Albares", "indirect"),
        quote("die nach ihren Angaben einen klaren Sieg von González bei der Wahl vom 28. Juli belegen",
              "Venezuelan opposition", "indirect"),
    ],
    "entities": [
        entity("Caracas", "LOC", "VEN", ["Caracas"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuela", "Venezuelas"]),
        entity("Government of Venezuela", "ORG", "VEN", ["Venezuela"]),
        entity("Edmundo González Urrutia", "PER", "VEN", ["des Oppositionskandidaten Edmundo González Urrutia",
                                                          "González", "Der 75-Jährige", "ihn", "ihm"]),
        entity("Gladys Gutiérrez", "PER", "VEN", ["seine Botschafterin in Spanien"]),
        entity("Spain", "LOC", "ESP", ["Spanien"]),
        entity("Ramón Santos", "PER", "ESP", ["der spanische Botschafter Ramón Santos"]),
        entity("Ministry of Foreign Affairs of Venezuela", "ORG", "VEN", ["Außenministerium in Caracas"]),
        entity("Yván Gil", "PER", "VEN", ["Außenminister Yván Gil", "Gil"]),
        entity("Margarita Robles", "PER", "ESP", ["der spanischen Verteidigungsministerin Margarita Robles"]),
        entity("Madrid", "LOC", "ESP", ["Madrid"]),
        entity("Congress of Deputies of Spain", "ORG", "ESP", ["das spanische Parlament"]),
        entity("People's Party (Spain)", "ORG", "ESP", ["der konservativen Volkspartei (PP)"]),
        entity("Government of Spain", "ORG", "ESP", ["die Regierung von Ministerpräsident Pedro Sánchez",
                                                     "Die Regierung", "Madrid", "Spanien"]),
        entity("Pedro Sánchez", "PER", "ESP", ["Ministerpräsident Pedro Sánchez", "Sánchez"]),
        entity("European Union", "ORG", "EUR", ["der Europäischen Union"]),
        entity("National Assembly of Venezuela", "ORG", "VEN", ["der venezolanischen Nationalversammlung"]),
        entity("Jorge Rodríguez", "PER", "VEN", ["Der Präsident der venezolanischen Nationalversammlung, Jorge "
                                                 "Rodríguez", "Er"]),
        entity("Moncloa Palace", "LOC", "ESP", ["im Regierungssitz Moncloa"]),
        entity("Venezuelan judiciary", "ORG", "VEN", ["die venezolanische Justiz"]),
        entity("José Manuel Albares", "PER", "ESP", ["Außenminister José Manuel Albares", "er"]),
        entity("National Electoral Council of Venezuela", "ORG", "VEN", ["der Wahlbehörde"]),
        entity("Nicolás Maduro", "PER", "VEN", ["Präsident Nicolás Maduro"]),
        entity("Venezuelan opposition", "ORG", "VEN", ["Die Opposition"]),
    ],
}

# ---------------------------------------------------------------- hm378-en-01 (Argentina, warrant for Maduro)
ARG_COURT = actor("Federal Criminal and Correctional Court of Appeals of Argentina", "ARG", "JUD")
MADURO_E = actor("Nicolás Maduro", "VEN", "GOV")
CABELLO = actor("Diosdado Cabello", "VEN", "GOV")
RAMOS = actor("Sebastián Ramos", "ARG", "JUD")
FADD = actor("Argentine Forum for the Defense of Democracy", "ARG", "NGO")
VEN_GOV_E = actor("Government of Venezuela", "VEN", "GOV")
FARINI = actor("Tomás Farini Duggan", "ARG", "NGO")
GIL_E = actor("Yván Gil", "VEN", "GOV")
ARG_GOV = actor("Government of Argentina", "ARG", "GOV")
BULLRICH = actor("Patricia Bullrich", "ARG", "GOV")
GONZALEZ_E = actor("Edmundo González Urrutia", "VEN", "OPP")
ICC = actor("International Criminal Court", "IGO", "JUD")
VEN_SECURITY = actor("Venezuelan security forces", "VEN", "COP")
VEN_JUDGE = actor("Venezuelan judge", "VEN", "JUD")

A1 = ("BUENOS AIRES, Argentina (AP) — An Argentine federal appeals court has ordered the arrest of Venezuelan "
      "President Nicolás Maduro and his interior minister, Diosdado Cabello, over alleged crimes against humanity.")
A2 = ("The ruling, issued Monday by the Federal Criminal and Correctional Court of Appeals in Buenos Aires, instructs "
      "federal Judge Sebastián Ramos to ask Interpol to issue red notices for the two men.")
A3 = ("Argentine courts can prosecute such crimes under the principle of universal jurisdiction, which allows "
      "national courts to try grave human rights violations regardless of where they were committed.")
A4 = ("The complaint was filed last year by the Argentine Forum for the Defense of Democracy, a nonprofit group, "
      "which presented testimony from Venezuelan victims of detention and torture.")
A5 = ("Ramos had turned the request down, arguing that the International Criminal Court was already examining the "
      "situation in Venezuela.")
A6 = ("The appeals judges overturned that decision, writing that the ICC inquiry had made little progress and that "
      "the victims could not be asked to wait indefinitely.")
A7 = ("\"This is a historic decision for the victims and their families,\" said Tomás Farini Duggan, a lawyer for "
      "the group.")
A8 = ("Venezuelan Foreign Minister Yván Gil called the ruling \"a judicial farce\" and accused the government of "
      "President Javier Milei of using the courts against Caracas.")
A9 = ("Argentina's Security Minister Patricia Bullrich welcomed the decision and said both men would be arrested if "
      "they set foot in the country.")
A10 = ("Relations between Buenos Aires and Caracas have been frozen since Maduro's government expelled Argentina's "
       "diplomats after the disputed July 28 presidential election.")
A11 = "Milei's government has recognized opposition candidate Edmundo González as the winner of the vote."
A12 = ("Six aides of opposition leader María Corina Machado remain holed up in the Argentine ambassador's residence "
       "in Caracas, where they sought refuge in March.")
A13 = ("The International Criminal Court has been investigating alleged abuses by Venezuelan security forces since "
       "2021.")
A14 = "Maduro's government has repeatedly dismissed the allegations as politically motivated."
A15 = "González fled to Spain this month after a Venezuelan judge issued a warrant for his arrest."

EN01 = {
    "id": "hm378-en-01", "lang": "en", "url": None, "published": "2024-09-24",
    "title": "Argentine court orders arrest of Venezuela's Maduro over crimes against humanity",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7], [A8, A9], [A10, A11, A12], [A13, A14, A15]),
    "events": [
        event("THREATEN", ARG_COURT, MADURO_E, A1, mode="arrest"),
        event("THREATEN", ARG_COURT, CABELLO, A1, mode="arrest"),
        event("REQUEST", ARG_COURT, RAMOS, A2, date="2024-09-23", location="Buenos Aires", location_country="ARG"),
        event("ACCUSE", FADD, VEN_GOV_E, A4, mode="allege"),
        event("REJECT", RAMOS, FADD, A5),
        event("SUPPORT", FARINI, ARG_COURT, A7),
        event("ACCUSE", GIL_E, ARG_COURT, A8, mode="disapprove"),
        event("ACCUSE", GIL_E, ARG_GOV, A8, mode="allege"),
        event("SUPPORT", BULLRICH, ARG_COURT, A9),
        event("THREATEN", BULLRICH, MADURO_E, A9, mode="arrest"),
        event("THREATEN", BULLRICH, CABELLO, A9, mode="arrest"),
        event("SANCTION", VEN_GOV_E, ARG_GOV, A10, mode="expel"),
        event("SUPPORT", ARG_GOV, GONZALEZ_E, A11),
        event("ACCUSE", ICC, VEN_SECURITY, A13, mode="investigate"),
        event("THREATEN", VEN_JUDGE, GONZALEZ_E, A15, mode="arrest"),
    ],
    "quotes": [
        quote("the International Criminal Court was already examining the situation in Venezuela", "Sebastián Ramos",
              "indirect"),
        quote("the ICC inquiry had made little progress and that the victims could not be asked to wait "
              "indefinitely", "Federal Criminal and Correctional Court of Appeals of Argentina", "indirect"),
        quote("This is a historic decision for the victims and their families", "Tomás Farini Duggan", "direct"),
        quote("a judicial farce", "Yván Gil", "direct"),
        quote("both men would be arrested if they set foot in the country", "Patricia Bullrich", "indirect"),
    ],
    "entities": [
        entity("Buenos Aires", "LOC", "ARG", ["BUENOS AIRES", "Buenos Aires"]),
        entity("Argentina", "LOC", "ARG", ["Argentina", "Argentina's", "the country"]),
        entity("Federal Criminal and Correctional Court of Appeals of Argentina", "ORG", "ARG",
               ["An Argentine federal appeals court", "the Federal Criminal and Correctional Court of Appeals",
                "The appeals judges"]),
        entity("Nicolás Maduro", "PER", "VEN", ["Venezuelan President Nicolás Maduro", "Maduro's"]),
        entity("Diosdado Cabello", "PER", "VEN", ["his interior minister, Diosdado Cabello"]),
        entity("Sebastián Ramos", "PER", "ARG", ["federal Judge Sebastián Ramos", "Ramos"]),
        entity("Interpol", "ORG", "IGO", ["Interpol"]),
        entity("Argentine Forum for the Defense of Democracy", "ORG", "ARG",
               ["the Argentine Forum for the Defense of Democracy", "a nonprofit group", "the group"]),
        entity("Venezuelan victims of detention and torture", "PER", "VEN",
               ["Venezuelan victims of detention and torture", "the victims"]),
        entity("International Criminal Court", "ORG", "IGO", ["the International Criminal Court", "the ICC",
                                                              "The International Criminal Court"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuela"]),
        entity("Tomás Farini Duggan", "PER", "ARG", ["Tomás Farini Duggan, a lawyer for the group"]),
        entity("Yván Gil", "PER", "VEN", ["Venezuelan Foreign Minister Yván Gil"]),
        entity("Government of Argentina", "ORG", "ARG", ["the government of President Javier Milei",
                                                         "Milei's government"]),
        entity("Javier Milei", "PER", "ARG", ["President Javier Milei", "Milei's"]),
        entity("Government of Venezuela", "ORG", "VEN", ["Caracas", "Maduro's government"]),
        entity("Patricia Bullrich", "PER", "ARG", ["Argentina's Security Minister Patricia Bullrich"]),
        entity("Argentine diplomats in Venezuela", "PER", "ARG", ["Argentina's diplomats"]),
        entity("Edmundo González Urrutia", "PER", "VEN", ["opposition candidate Edmundo González", "González"]),
        entity("aides of María Corina Machado", "PER", "VEN", ["Six aides of opposition leader María Corina "
                                                               "Machado"]),
        entity("María Corina Machado", "PER", "VEN", ["opposition leader María Corina Machado"]),
        entity("Argentine ambassador's residence in Caracas", "LOC", "ARG",
               ["the Argentine ambassador's residence in Caracas"]),
        entity("Caracas", "LOC", "VEN", ["Caracas"]),
        entity("Venezuelan security forces", "ORG", "VEN", ["Venezuelan security forces"]),
        entity("Spain", "LOC", "ESP", ["Spain"]),
        entity("Venezuelan judge", "PER", "VEN", ["a Venezuelan judge"]),
    ],
}

# ---------------------------------------------------------------- hm378-en-02 (Chile, Justice Vivanco removed)
CHL_SUPREME = actor("Supreme Court of Chile", "CHL", "JUD")
VIVANCO = actor("Ángela Vivanco", "CHL", "JUD")
CHL_MEDIA = actor("Chilean media", "CHL", "MED")
BORIC = actor("Gabriel Boric", "CHL", "GOV")
CHL_DEPUTIES = actor("Chilean lawmakers", "CHL", "LEG")
REPUBLICANS = actor("Republican Party (Chile)", "CHL", "PTY")
MUNOZ = actor("Sergio Muñoz", "CHL", "JUD")
CHL_PROSECUTORS = actor("Public Prosecutor's Office of Chile", "CHL", "JUD")
MIGUELES = actor("Gonzalo Migueles", "CHL", "CVL")
BLANCO = actor("Ricardo Blanco", "CHL", "JUD")
PDI = actor("Investigations Police of Chile", "CHL", "COP")
HERMOSILLA = actor("Luis Hermosilla", "CHL", "CVL")

V1 = ("SANTIAGO, Chile (AP) — Chile's Supreme Court on Wednesday removed one of its own justices, Ángela Vivanco, "
      "over leaked chat messages that appear to show her partner trading information about judicial appointments "
      "with a well-connected lawyer.")
V2 = ("In a statement, the court said its plenary had voted to remove Vivanco for \"notoriously bad behavior\" under "
      "the constitution.")
V3 = ("The messages, found on the phone of lawyer Luis Hermosilla and published by Chilean media last month, show "
      "Hermosilla discussing pending cases and candidates for judgeships with Vivanco's partner, Gonzalo Migueles.")
V4 = "The court had suspended Vivanco in September and opened a disciplinary inquiry."
V5 = ("Vivanco has denied any wrongdoing and said she had been subjected to a \"media lynching\" over the past "
      "weeks.")
V6 = "Her lawyer said she would ask the court to reconsider its decision."
V7 = "President Gabriel Boric praised the ruling."
V8 = ("\"The institutions are working, and that is good news for all Chileans,\" Boric told reporters at the La "
      "Moneda presidential palace.")
V9 = ("Lawmakers from across the political spectrum had already filed a constitutional accusation against Vivanco in "
      "the lower house, a procedure that can end with the Senate barring an official from public office.")
V10 = ("Deputies of the far-right Republican Party have filed a second accusation against Justice Sergio Muñoz, who "
       "is alleged to have passed confidential information about a pending ruling to his daughter, a judge.")
V11 = "Muñoz has rejected the allegations."
V12 = ("Prosecutors are also investigating Vivanco and Migueles over possible payments linked to a case involving a "
       "Belarusian-Chilean consortium and the state copper company Codelco.")
V13 = ("Supreme Court President Ricardo Blanco said the court would hand prosecutors all the information they "
       "requested.")
V14 = ("Hermosilla, who has represented prominent politicians and businessmen, was arrested in August after an audio "
       "recording appeared to show him discussing bribes for tax officials.")
V15 = "He denies wrongdoing."

EN02 = {
    "id": "hm378-en-02", "lang": "en", "url": None, "published": "2024-10-10",
    "title": "Chile's Supreme Court removes justice over leaked chats in influence scandal",
    "text": paragraphs([V1, V2, V3], [V4, V5, V6], [V7, V8], [V9, V10, V11], [V12, V13], [V14, V15]),
    "events": [
        event("COERCE", CHL_SUPREME, VIVANCO, V1, mode="restrict", date="2024-10-09", location="Santiago",
              location_country="CHL"),
        event("COERCE", CHL_SUPREME, VIVANCO, V2, mode="restrict"),
        event("COERCE", CHL_SUPREME, VIVANCO, V4, mode="restrict"),
        event("ACCUSE", CHL_SUPREME, VIVANCO, V4, mode="investigate"),
        event("ACCUSE", VIVANCO, CHL_MEDIA, V5, mode="disapprove"),
        event("SUPPORT", BORIC, CHL_SUPREME, V7),
        event("ACCUSE", CHL_DEPUTIES, VIVANCO, V9, mode="allege"),
        event("ACCUSE", REPUBLICANS, MUNOZ, V10, mode="allege"),
        event("ACCUSE", CHL_PROSECUTORS, VIVANCO, V12, mode="investigate"),
        event("ACCUSE", CHL_PROSECUTORS, MIGUELES, V12, mode="investigate"),
        event("AGREE", BLANCO, CHL_PROSECUTORS, V13),
        event("COERCE", PDI, HERMOSILLA, V14, mode="arrest"),
    ],
    "quotes": [
        quote("notoriously bad behavior", "Supreme Court of Chile", "direct"),
        quote("its plenary had voted to remove Vivanco for \"notoriously bad behavior\" under the constitution",
              "Supreme Court of Chile", "indirect"),
        quote("media lynching", "Ángela Vivanco", "direct"),
        quote("she had been subjected to a \"media lynching\" over the past weeks", "Ángela Vivanco", "indirect"),
        quote("she would ask the court to reconsider its decision", "lawyer of Ángela Vivanco", "indirect"),
        quote("The institutions are working, and that is good news for all Chileans", "Gabriel Boric", "direct"),
        quote("the court would hand prosecutors all the information they requested", "Ricardo Blanco", "indirect"),
    ],
    "entities": [
        entity("Santiago", "LOC", "CHL", ["SANTIAGO"]),
        entity("Chile", "LOC", "CHL", ["Chile", "Chile's"]),
        entity("Supreme Court of Chile", "ORG", "CHL", ["Chile's Supreme Court", "the court", "its plenary",
                                                        "The court"]),
        entity("Ángela Vivanco", "PER", "CHL", ["one of its own justices, Ángela Vivanco", "Vivanco", "her",
                                                "Vivanco's", "she"]),
        entity("Gonzalo Migueles", "PER", "CHL", ["her partner", "Vivanco's partner, Gonzalo Migueles",
                                                  "Migueles"]),
        entity("Luis Hermosilla", "PER", "CHL", ["a well-connected lawyer", "lawyer Luis Hermosilla", "Hermosilla",
                                                 "him", "He"]),
        entity("Chilean media", "ORG", "CHL", ["Chilean media"]),
        entity("lawyer of Ángela Vivanco", "PER", "CHL", ["Her lawyer"]),
        entity("Gabriel Boric", "PER", "CHL", ["President Gabriel Boric", "Boric"]),
        entity("La Moneda", "LOC", "CHL", ["the La Moneda presidential palace"]),
        entity("Chilean lawmakers", "ORG", "CHL", ["Lawmakers from across the political spectrum"]),
        entity("Chamber of Deputies of Chile", "ORG", "CHL", ["the lower house"]),
        entity("Senate of Chile", "ORG", "CHL", ["the Senate"]),
        entity("Republican Party (Chile)", "ORG", "CHL", ["Deputies of the far-right Republican Party"]),
        entity("Sergio Muñoz", "PER", "CHL", ["Justice Sergio Muñoz", "Muñoz"]),
        entity("daughter of Sergio Muñoz", "PER", "CHL", ["his daughter, a judge"]),
        entity("Public Prosecutor's Office of Chile", "ORG", "CHL", ["Prosecutors", "prosecutors"]),
        entity("Belarusian-Chilean consortium", "ORG", "CHL", ["a Belarusian-Chilean consortium"]),
        entity("Codelco", "ORG", "CHL", ["the state copper company Codelco"]),
        entity("Ricardo Blanco", "PER", "CHL", ["Supreme Court President Ricardo Blanco"]),
        entity("Chilean tax officials", "PER", "CHL", ["tax officials"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
