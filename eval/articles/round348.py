"""Round 348: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm348-de-01: Venezuela: SEBIN agents arrest rights lawyer Rocío San Miguel at Maiquetía airport; Saab alleges a plot against Maduro, relatives held and partly freed, her lawyer and Machado object, Washington and the UN rights office demand her release, Gil rejects it (2024-02-12).
- hm348-de-02: Bolivia: a Tarija judge issues an arrest warrant and travel ban against Evo Morales; Morales speaks of a plot and refuses to surrender, supporters block roads, del Castillo and Arce demand he face justice, no arrest yet (2025-01-17).
- hm348-de-03: Ecuador: the labour ministry suspends Vice President Verónica Abad for 150 days; Abad alleges persecution and demands a reversal, Núñez refuses, Revolución Ciudadana files an impeachment motion (2024-09-03).
- hm348-de-04: Colombia: the National Electoral Council charges Gustavo Petro's 2022 campaign with breaching spending limits; Petro speaks of a coup and calls supporters out, Centro Democrático demands Roa's resignation, rally at the CNE (2024-10-09).
- hm348-en-01: Peru: José Jerí declares a state of emergency on the Chile border at Tacna as migrants try to leave Chile before the runoff; troops sent, Santiago rejects Lima's readmission request, Kast and Jara trade blame, UNHCR appeal (2025-11-27).
- hm348-en-02: Brazil: the Federal Police accuse Jair Bolsonaro of falsifying his COVID-19 vaccination records; Mauro Cid's testimony, Wajngarten and Flávio Bolsonaro cry persecution, Lewandowski backs the police, supporters rally against Moraes (2024-03-19).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm348-de-01 (Venezuela, Rocío San Miguel arrested)
SEBIN = actor("Bolivarian National Intelligence Service", "VEN", "COP")
SAN_MIGUEL = actor("Rocío San Miguel", "VEN", "NGO")
SAN_MIGUEL_RELATIVES = actor("relatives of Rocío San Miguel", "VEN", "CVL")
SAAB = actor("Tarek William Saab", "VEN", "JUD")
TAGUARUCO = actor("Juan González Taguaruco", "VEN", "CVL")
VEN_GOV = actor("Government of Venezuela", "VEN", "GOV")
MACHADO = actor("María Corina Machado", "VEN", "OPP")
USA_GOV = actor("Government of the United States", "USA", "GOV")
MILLER = actor("Matthew Miller", "USA", "GOV")
OHCHR = actor("UN Human Rights Office", "UNO", "IGO")
GIL = actor("Yván Gil", "VEN", "GOV")
MADURO = actor("Nicolás Maduro", "VEN", "GOV")
VEN_OPP = actor("Venezuelan opposition", "VEN", "OPP")

V1 = ("Caracas (dpa) - In Venezuela ist die bekannte Menschenrechtsanwältin und Militärexpertin Rocío San Miguel "
      "festgenommen worden.")
V2 = ("Agenten des Geheimdienstes Sebin hätten die 57-Jährige bereits am Freitag am Flughafen Maiquetía bei Caracas in "
      "Gewahrsam genommen, als sie mit ihrer Tochter nach Miami fliegen wollte, teilte Generalstaatsanwalt Tarek William "
      "Saab am Sonntag mit.")
V3 = ("Der Generalstaatsanwalt warf ihr vor, an einer Verschwörung zur Ermordung von Präsident Nicolás Maduro beteiligt "
      "gewesen zu sein.")
V4 = ("Der Plan mit dem Decknamen „Brazalete Blanco“ habe unter anderem Anschläge auf Kasernen im Bundesstaat Táchira "
      "vorgesehen, sagte Saab.")
V5 = ("Neben San Miguel seien fünf ihrer Angehörigen festgenommen worden, darunter ihre Tochter und ihr früherer "
      "Lebensgefährte, ein Oberstleutnant im Ruhestand, fügte er hinzu.")
V6 = "Die Tochter und zwei weitere Angehörige kamen am Montag wieder frei."
V7 = "Weitere Festnahmen gab es zunächst nicht."
V8 = ("San Miguels Anwalt Juan González Taguaruco warf den Behörden vor, ihm jeden Kontakt zu seiner Mandantin zu "
      "verweigern.")
V9 = "Niemand wisse, wo die Anwältin festgehalten werde, sagte er."
V10 = ("San Miguel leitet die Organisation Control Ciudadano, die seit Jahren die Streitkräfte des Landes kritisch "
       "beobachtet.")
V11 = ("Die Oppositionsführerin María Corina Machado verurteilte die Festnahme als „Akt des Terrors“ gegen die "
       "Zivilgesellschaft.")
V12 = "Die US-Regierung forderte die sofortige Freilassung der 57-Jährigen."
V13 = ("„Die willkürliche Inhaftierung von Menschenrechtsverteidigern widerspricht allem, was in Barbados vereinbart "
       "wurde“, erklärte der Sprecher des Außenministeriums in Washington, Matthew Miller.")
V14 = "Auch das UN-Menschenrechtsbüro in Genf verlangte Auskunft über den Verbleib der Festgenommenen."
V15 = ("Außenminister Yván Gil wies die Forderungen aus dem Ausland als Einmischung in die inneren Angelegenheiten "
       "Venezuelas zurück.")
V16 = "Venezuela werde sich gegen jeden Angriff auf seinen Frieden verteidigen, sagte Gil."
V17 = ("Maduro hatte der Opposition in den vergangenen Wochen wiederholt vorgeworfen, mit Hilfe aus dem Ausland seinen "
       "Sturz zu planen.")

DE01 = {
    "id": "hm348-de-01", "lang": "de", "url": None, "published": "2024-02-12",
    "title": "Venezolanische Menschenrechtsanwältin San Miguel festgenommen",
    "text": paragraphs([V1, V2, V3, V4], [V5, V6, V7], [V8, V9, V10], [V11, V12, V13, V14], [V15, V16, V17]),
    "events": [
        event("COERCE", SEBIN, SAN_MIGUEL, V1, mode="arrest", location_country="VEN"),
        event("COERCE", SEBIN, SAN_MIGUEL, V2, mode="arrest", date="2024-02-09", location="Maiquetía",
              location_country="VEN"),
        event("ACCUSE", SAAB, SAN_MIGUEL, V3, mode="allege"),
        event("ACCUSE", SAAB, SAN_MIGUEL, V4, mode="allege"),
        event("COERCE", SEBIN, SAN_MIGUEL_RELATIVES, V5, mode="arrest"),
        event("RETREAT", SEBIN, SAN_MIGUEL_RELATIVES, V6, mode="release", date="2024-02-12"),
        event("COERCE", SEBIN, None, V7, mode="arrest", negated=True),
        event("ACCUSE", TAGUARUCO, VEN_GOV, V8, mode="disapprove"),
        event("ACCUSE", MACHADO, VEN_GOV, V11, mode="disapprove"),
        event("REQUEST", USA_GOV, VEN_GOV, V12, mode="yield"),
        event("ACCUSE", MILLER, VEN_GOV, V13, mode="disapprove", location="Washington", location_country="USA"),
        event("REQUEST", OHCHR, VEN_GOV, V14),
        event("REJECT", GIL, USA_GOV, V15, mode="yield"),
        event("REJECT", GIL, OHCHR, V15),
        event("ACCUSE", MADURO, VEN_OPP, V17, mode="allege"),
    ],
    "quotes": [
        quote("Agenten des Geheimdienstes Sebin hätten die 57-Jährige bereits am Freitag am Flughafen Maiquetía bei "
              "Caracas in Gewahrsam genommen, als sie mit ihrer Tochter nach Miami fliegen wollte",
              "Tarek William Saab", "indirect"),
        quote("an einer Verschwörung zur Ermordung von Präsident Nicolás Maduro beteiligt gewesen zu sein",
              "Tarek William Saab", "indirect"),
        quote("Brazalete Blanco", "Tarek William Saab", "direct"),
        quote("Der Plan mit dem Decknamen „Brazalete Blanco“ habe unter anderem Anschläge auf Kasernen im Bundesstaat "
              "Táchira vorgesehen", "Tarek William Saab", "indirect"),
        quote("Neben San Miguel seien fünf ihrer Angehörigen festgenommen worden, darunter ihre Tochter und ihr "
              "früherer Lebensgefährte, ein Oberstleutnant im Ruhestand", "Tarek William Saab", "indirect"),
        quote("ihm jeden Kontakt zu seiner Mandantin zu verweigern", "Juan González Taguaruco", "indirect"),
        quote("Niemand wisse, wo die Anwältin festgehalten werde", "Juan González Taguaruco", "indirect"),
        quote("Akt des Terrors", "María Corina Machado", "direct"),
        quote("Die willkürliche Inhaftierung von Menschenrechtsverteidigern widerspricht allem, was in Barbados "
              "vereinbart wurde", "Matthew Miller", "direct"),
        quote("Venezuela werde sich gegen jeden Angriff auf seinen Frieden verteidigen", "Yván Gil", "indirect"),
        quote("mit Hilfe aus dem Ausland seinen Sturz zu planen", "Nicolás Maduro", "indirect"),
    ],
    "entities": [
        entity("Caracas", "LOC", "VEN", ["Caracas"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuela", "Venezuelas", "des Landes"]),
        entity("Rocío San Miguel", "PER", "VEN", ["die bekannte Menschenrechtsanwältin und Militärexpertin Rocío San "
                                                  "Miguel", "die 57-Jährige", "San Miguel", "seiner Mandantin",
                                                  "die Anwältin", "der 57-Jährigen"]),
        entity("Bolivarian National Intelligence Service", "ORG", "VEN", ["Geheimdienstes Sebin"]),
        entity("Simón Bolívar International Airport (Maiquetía)", "LOC", "VEN", ["Flughafen Maiquetía"]),
        entity("daughter of Rocío San Miguel", "PER", "VEN", ["ihrer Tochter", "ihre Tochter", "Die Tochter"]),
        entity("Miami", "LOC", "USA", ["Miami"]),
        entity("Tarek William Saab", "PER", "VEN", ["Generalstaatsanwalt Tarek William Saab", "Der Generalstaatsanwalt",
                                                    "Saab"]),
        entity("Nicolás Maduro", "PER", "VEN", ["Präsident Nicolás Maduro", "Maduro"]),
        entity("Táchira", "LOC", "VEN", ["Bundesstaat Táchira"]),
        entity("relatives of Rocío San Miguel", "PER", "VEN", ["fünf ihrer Angehörigen",
                                                               "zwei weitere Angehörige"]),
        entity("former partner of Rocío San Miguel", "PER", "VEN", ["ihr früherer Lebensgefährte, ein "
                                                                    "Oberstleutnant im Ruhestand"]),
        entity("Juan González Taguaruco", "PER", "VEN", ["San Miguels Anwalt Juan González Taguaruco"]),
        entity("Government of Venezuela", "ORG", "VEN", ["den Behörden"]),
        entity("Control Ciudadano", "ORG", "VEN", ["Organisation Control Ciudadano"]),
        entity("Venezuelan Armed Forces", "ORG", "VEN", ["die Streitkräfte des Landes"]),
        entity("María Corina Machado", "PER", "VEN", ["Die Oppositionsführerin María Corina Machado"]),
        entity("Government of the United States", "ORG", "USA", ["Die US-Regierung"]),
        entity("Barbados", "LOC", "BRB", ["Barbados"]),
        entity("United States Department of State", "ORG", "USA", ["des Außenministeriums in Washington"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Matthew Miller", "PER", "USA", ["der Sprecher des Außenministeriums in Washington, Matthew Miller"]),
        entity("UN Human Rights Office", "ORG", "UNO", ["das UN-Menschenrechtsbüro in Genf"]),
        entity("Geneva", "LOC", "CHE", ["Genf"]),
        entity("Yván Gil", "PER", "VEN", ["Außenminister Yván Gil", "Gil"]),
        entity("Venezuelan opposition", "ORG", "VEN", ["der Opposition"]),
    ],
}

# ---------------------------------------------------------------- hm348-de-02 (Bolivia, arrest warrant for Morales)
TARIJA_COURT = actor("Tarija court", "BOL", "JUD")
TARIJA_PROSECUTORS = actor("Tarija Departmental Prosecutor's Office", "BOL", "JUD")
MORALES = actor("Evo Morales", "BOL", "OPP")
BOL_GOV = actor("Government of Bolivia", "BOL", "GOV")
MORALES_SUPPORTERS = actor("supporters of Evo Morales", "BOL", "CVL")
DEL_CASTILLO = actor("Eduardo del Castillo", "BOL", "GOV")
BOL_POLICE = actor("Bolivian Police", "BOL", "COP")
ARCE = actor("Luis Arce", "BOL", "GOV")
BOL_TCP = actor("Plurinational Constitutional Tribunal", "BOL", "JUD")
COCA_FEDERATIONS = actor("coca growers' federations of the Chapare", "BOL", "LAB")
BOL_OMBUDSMAN = actor("Ombudsman of Bolivia", "BOL", "GOV")

B1 = ("La Paz (AFP) - In Bolivien hat ein Gericht Haftbefehl gegen den früheren Präsidenten Evo Morales erlassen.")
B2 = ("Ein Richter in Tarija im Süden des Landes habe am Donnerstag einem Antrag der Staatsanwaltschaft stattgegeben "
      "und zugleich ein Ausreiseverbot gegen den 65-Jährigen verhängt, teilte die Staatsanwaltschaft des Departements "
      "Tarija mit.")
B3 = ("Die Ermittler werfen Morales vor, 2016 mit einer damals 15-Jährigen eine Beziehung eingegangen zu sein, aus der "
      "eine Tochter hervorging.")
B4 = ("„Wir haben ausreichende Beweise, und das Verfahren wird wie jedes andere geführt“, sagte die Staatsanwältin des "
      "Departements, Sandra Gutiérrez.")
B5 = "Morales wies die Vorwürfe zurück."
B6 = ("„Das ist keine Justiz, das ist ein politisches Komplott der Regierung von Luis Arce“, sagte der Ex-Präsident am "
      "Freitag in seinem Radiosender Kawsachun Coca.")
B7 = "Einer „gekauften Justiz“ werde er sich nicht stellen, fügte der frühere Anführer der Kokabauern hinzu."
B8 = ("Der 65-Jährige hält sich seit Wochen in der Kokaanbauregion Chapare auf, wo ihn Hunderte Anhänger rund um die "
      "Uhr bewachen.")
B9 = ("Nach Bekanntwerden des Haftbefehls errichteten seine Anhänger in der Nacht zum Freitag Straßensperren auf der "
      "Fernstraße zwischen Cochabamba und Santa Cruz.")
B10 = "Regierungsminister Eduardo del Castillo forderte Morales auf, sich der Justiz zu stellen."
B11 = "Die Polizei werde den Haftbefehl vollstrecken, kündigte der Minister in La Paz an."
B12 = "Festgenommen wurde Morales bis Freitagabend jedoch nicht."
B13 = ("Präsident Luis Arce wies den Vorwurf einer politischen Verfolgung zurück und rief seinen einstigen Mentor auf, "
       "sich dem Verfahren zu stellen.")
B14 = ("Die beiden Politiker der Regierungspartei MAS ringen seit Monaten um die Präsidentschaftskandidatur für die "
       "Wahl im August.")
B15 = "Das Verfassungsgericht hatte Morales im November von einer erneuten Kandidatur ausgeschlossen."
B16 = ("Ein Sprecher der Kokabauern-Verbände im Chapare drohte mit einer landesweiten Blockade, sollte die Polizei "
       "versuchen, Morales festzunehmen.")
B17 = "Die Ombudsstelle rief beide Seiten zur Mäßigung auf."

DE02 = {
    "id": "hm348-de-02", "lang": "de", "url": None, "published": "2025-01-17",
    "title": "Haftbefehl gegen Boliviens Ex-Präsidenten Morales",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8, B9], [B10, B11, B12, B13], [B14, B15, B16, B17]),
    "events": [
        event("THREATEN", TARIJA_COURT, MORALES, B1, mode="arrest", location_country="BOL"),
        event("THREATEN", TARIJA_COURT, MORALES, B2, mode="arrest", date="2025-01-16", location="Tarija",
              location_country="BOL"),
        event("COERCE", TARIJA_COURT, MORALES, B2, mode="restrict", date="2025-01-16", location="Tarija",
              location_country="BOL"),
        event("ACCUSE", TARIJA_PROSECUTORS, MORALES, B3, mode="allege"),
        event("ACCUSE", MORALES, BOL_GOV, B6, mode="disapprove", date="2025-01-17"),
        event("REJECT", MORALES, TARIJA_COURT, B7, mode="yield"),
        event("PROTEST", MORALES_SUPPORTERS, BOL_GOV, B9, mode="obstruct", date="2025-01-17",
              location="Cochabamba", location_country="BOL"),
        event("REQUEST", DEL_CASTILLO, MORALES, B10, mode="yield"),
        event("THREATEN", DEL_CASTILLO, MORALES, B11, mode="arrest", location="La Paz", location_country="BOL"),
        event("COERCE", BOL_POLICE, MORALES, B12, mode="arrest", negated=True),
        event("REQUEST", ARCE, MORALES, B13, mode="yield"),
        event("COERCE", BOL_TCP, MORALES, B15, mode="restrict"),
        event("THREATEN", COCA_FEDERATIONS, BOL_GOV, B16, mode="restrict"),
        event("REQUEST", BOL_OMBUDSMAN, MORALES, B17),
        event("REQUEST", BOL_OMBUDSMAN, BOL_GOV, B17),
    ],
    "quotes": [
        quote("Ein Richter in Tarija im Süden des Landes habe am Donnerstag einem Antrag der Staatsanwaltschaft "
              "stattgegeben und zugleich ein Ausreiseverbot gegen den 65-Jährigen verhängt",
              "Tarija Departmental Prosecutor's Office", "indirect"),
        quote("2016 mit einer damals 15-Jährigen eine Beziehung eingegangen zu sein, aus der eine Tochter hervorging",
              "Tarija Departmental Prosecutor's Office", "indirect"),
        quote("Wir haben ausreichende Beweise, und das Verfahren wird wie jedes andere geführt", "Sandra Gutiérrez",
              "direct"),
        quote("Das ist keine Justiz, das ist ein politisches Komplott der Regierung von Luis Arce", "Evo Morales",
              "direct"),
        quote("gekauften Justiz", "Evo Morales", "direct"),
        quote("Einer „gekauften Justiz“ werde er sich nicht stellen", "Evo Morales", "indirect"),
        quote("Die Polizei werde den Haftbefehl vollstrecken", "Eduardo del Castillo", "indirect"),
    ],
    "entities": [
        entity("La Paz", "LOC", "BOL", ["La Paz"]),
        entity("Bolivia", "LOC", "BOL", ["Bolivien", "des Landes"]),
        entity("Tarija court", "ORG", "BOL", ["ein Gericht", "Ein Richter in Tarija"]),
        entity("Evo Morales", "PER", "BOL", ["den früheren Präsidenten Evo Morales", "den 65-Jährigen", "Morales",
                                             "der Ex-Präsident", "der frühere Anführer der Kokabauern",
                                             "Der 65-Jährige", "seinen einstigen Mentor"]),
        entity("Tarija", "LOC", "BOL", ["Tarija"]),
        entity("Tarija Departmental Prosecutor's Office", "ORG", "BOL", ["Staatsanwaltschaft",
                                                                         "die Staatsanwaltschaft des Departements "
                                                                         "Tarija", "Die Ermittler"]),
        entity("alleged victim of Evo Morales", "PER", "BOL", ["einer damals 15-Jährigen"]),
        entity("Sandra Gutiérrez", "PER", "BOL", ["die Staatsanwältin des Departements, Sandra Gutiérrez"]),
        entity("Government of Bolivia", "ORG", "BOL", ["der Regierung von Luis Arce"]),
        entity("Luis Arce", "PER", "BOL", ["Luis Arce", "Präsident Luis Arce"]),
        entity("Kawsachun Coca", "ORG", "BOL", ["Radiosender Kawsachun Coca"]),
        entity("Chapare", "LOC", "BOL", ["Kokaanbauregion Chapare", "im Chapare"]),
        entity("supporters of Evo Morales", "PER", "BOL", ["Hunderte Anhänger", "seine Anhänger"]),
        entity("Cochabamba", "LOC", "BOL", ["Cochabamba"]),
        entity("Santa Cruz de la Sierra", "LOC", "BOL", ["Santa Cruz"]),
        entity("Eduardo del Castillo", "PER", "BOL", ["Regierungsminister Eduardo del Castillo", "der Minister"]),
        entity("Bolivian Police", "ORG", "BOL", ["Die Polizei", "die Polizei"]),
        entity("Movement for Socialism (MAS)", "ORG", "BOL", ["Regierungspartei MAS"]),
        entity("Plurinational Constitutional Tribunal", "ORG", "BOL", ["Das Verfassungsgericht"]),
        entity("coca growers' federations of the Chapare", "ORG", "BOL", ["der Kokabauern-Verbände im Chapare"]),
        entity("spokesman of the coca growers' federations", "PER", "BOL", ["Ein Sprecher der Kokabauern-Verbände "
                                                                            "im Chapare"]),
        entity("Ombudsman of Bolivia", "ORG", "BOL", ["Die Ombudsstelle"]),
    ],
}

# ---------------------------------------------------------------- hm348-de-03 (Ecuador, Vice President Abad suspended)
ECU_LABOUR_MINISTRY = actor("Ministry of Labour of Ecuador", "ECU", "GOV")
ABAD = actor("Verónica Abad", "ECU", "GOV")
ECU_GOV = actor("Government of Ecuador", "ECU", "GOV")
NOBOA = actor("Daniel Noboa", "ECU", "GOV")
NUNEZ = actor("Ivonne Núñez", "ECU", "GOV")
VELOZ = actor("Viviana Veloz", "ECU", "OPP")
CITIZEN_REVOLUTION = actor("Citizen Revolution", "ECU", "PTY")
ADN = actor("National Democratic Action", "ECU", "PTY")

Q1 = "Quito (dpa) - In Ecuador hat das Arbeitsministerium Vizepräsidentin Verónica Abad für 150 Tage vom Dienst suspendiert."
Q2 = ("Die Politikerin habe ihren Posten an der Botschaft in Ankara nicht fristgerecht angetreten und damit ihre "
      "Dienstpflichten verletzt, teilte das Ministerium am Montag in Quito mit.")
Q3 = "Für die Dauer der Suspendierung erhält Abad kein Gehalt."
Q4 = "Präsident Daniel Noboa und seine Stellvertreterin sind seit dem Wahlkampf 2023 zerstritten."
Q5 = ("Abad war im vergangenen November zunächst als Botschafterin nach Israel entsandt und später in die Türkei "
      "versetzt worden.")
Q6 = "Abad sprach von „politischer Verfolgung“ und kündigte an, vor Gericht zu ziehen."
Q7 = ("„Man will mich aus dem Weg räumen, damit ich Noboa während seines Wahlkampfs nicht vertreten kann“, sagte sie "
      "in einer Videobotschaft aus Ankara.")
Q8 = "Nach der Verfassung muss der Präsident sein Amt für den Wahlkampf ruhen lassen, wenn er erneut kandidiert."
Q9 = "Die Vizepräsidentin verlangte die sofortige Aufhebung der Suspendierung."
Q10 = "Arbeitsministerin Ivonne Núñez wies die Forderung zurück."
Q11 = "„Für die Vizepräsidentin gelten dieselben Regeln wie für jeden anderen Staatsbediensteten“, sagte die Ministerin."
Q12 = "Ein Treffen zwischen Noboa und Abad hat es seit dem Amtsantritt der Regierung nicht gegeben."
Q13 = ("Die Abgeordnete Viviana Veloz von der oppositionellen Bürgerrevolution warf der Regierung vor, die Verfassung "
       "zu brechen.")
Q14 = "Nur die Nationalversammlung könne eine Vizepräsidentin ihres Amtes entheben, sagte sie."
Q15 = ("Die Fraktion der Bürgerrevolution reichte am Dienstag im Parlament einen Antrag auf ein politisches Verfahren "
       "gegen Núñez ein.")
Q16 = "Abgeordnete von Noboas Partei ADN stellten sich hinter die Ministerin."
Q17 = ("Die Suspendierung läuft bis Ende Januar und damit bis kurz vor der Präsidentenwahl im Februar, bei der Noboa "
       "erneut antritt.")

DE03 = {
    "id": "hm348-de-03", "lang": "de", "url": None, "published": "2024-09-03",
    "title": "Ecuadors Vizepräsidentin Abad suspendiert",
    "text": paragraphs([Q1, Q2, Q3], [Q4, Q5], [Q6, Q7, Q8, Q9], [Q10, Q11, Q12], [Q13, Q14, Q15, Q16, Q17]),
    "events": [
        event("COERCE", ECU_LABOUR_MINISTRY, ABAD, Q1, mode="restrict", location_country="ECU"),
        event("ACCUSE", ECU_LABOUR_MINISTRY, ABAD, Q2, mode="allege", date="2024-09-02", location="Quito",
              location_country="ECU"),
        event("ACCUSE", ABAD, ECU_GOV, Q6, mode="allege"),
        event("ACCUSE", ABAD, ECU_GOV, Q7, mode="allege", location="Ankara", location_country="TUR"),
        event("REQUEST", ABAD, ECU_LABOUR_MINISTRY, Q9, mode="change"),
        event("REJECT", NUNEZ, ABAD, Q10, mode="change"),
        event("CONSULT", NOBOA, ABAD, Q12, negated=True),
        event("ACCUSE", VELOZ, ECU_GOV, Q13, mode="disapprove"),
        event("ACCUSE", CITIZEN_REVOLUTION, NUNEZ, Q15, mode="allege", date="2024-09-03"),
        event("SUPPORT", ADN, NUNEZ, Q16),
    ],
    "quotes": [
        quote("Die Politikerin habe ihren Posten an der Botschaft in Ankara nicht fristgerecht angetreten und damit "
              "ihre Dienstpflichten verletzt", "Ministry of Labour of Ecuador", "indirect"),
        quote("politischer Verfolgung", "Verónica Abad", "direct"),
        quote("Man will mich aus dem Weg räumen, damit ich Noboa während seines Wahlkampfs nicht vertreten kann",
              "Verónica Abad", "direct"),
        quote("Für die Vizepräsidentin gelten dieselben Regeln wie für jeden anderen Staatsbediensteten",
              "Ivonne Núñez", "direct"),
        quote("die Verfassung zu brechen", "Viviana Veloz", "indirect"),
        quote("Nur die Nationalversammlung könne eine Vizepräsidentin ihres Amtes entheben", "Viviana Veloz",
              "indirect"),
    ],
    "entities": [
        entity("Quito", "LOC", "ECU", ["Quito"]),
        entity("Ecuador", "LOC", "ECU", ["Ecuador"]),
        entity("Ministry of Labour of Ecuador", "ORG", "ECU", ["das Arbeitsministerium", "das Ministerium"]),
        entity("Verónica Abad", "PER", "ECU", ["Vizepräsidentin Verónica Abad", "Die Politikerin", "Abad",
                                               "seine Stellvertreterin", "Die Vizepräsidentin",
                                               "die Vizepräsidentin"]),
        entity("Embassy of Ecuador in Turkey", "ORG", "ECU", ["der Botschaft in Ankara"]),
        entity("Ankara", "LOC", "TUR", ["Ankara"]),
        entity("Daniel Noboa", "PER", "ECU", ["Präsident Daniel Noboa", "Noboa", "Noboas"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Turkey", "LOC", "TUR", ["Türkei"]),
        entity("Ivonne Núñez", "PER", "ECU", ["Arbeitsministerin Ivonne Núñez", "die Ministerin", "Núñez"]),
        entity("Government of Ecuador", "ORG", "ECU", ["der Regierung"]),
        entity("Viviana Veloz", "PER", "ECU", ["Die Abgeordnete Viviana Veloz"]),
        entity("Citizen Revolution", "ORG", "ECU", ["der oppositionellen Bürgerrevolution",
                                                    "Die Fraktion der Bürgerrevolution"]),
        entity("National Assembly of Ecuador", "ORG", "ECU", ["die Nationalversammlung", "im Parlament"]),
        entity("National Democratic Action", "ORG", "ECU", ["Noboas Partei ADN"]),
    ],
}

# ---------------------------------------------------------------- hm348-de-04 (Colombia, CNE charges Petro's campaign)
CNE = actor("National Electoral Council of Colombia", "COL", "GOV")
PETRO_CAMPAIGN = actor("Gustavo Petro's 2022 presidential campaign", "COL", "PTY")
ROA = actor("Ricardo Roa", "COL", "BUS")
MOGOLLON = actor("Lucy Aydeé Mogollón", "COL", "PTY")
PETRO = actor("Gustavo Petro", "COL", "GOV")
CENTRO_DEMOCRATICO = actor("Centro Democrático", "COL", "PTY")
PETRO_SUPPORTERS = actor("supporters of Gustavo Petro", "COL", "CVL")
CRISTO = actor("Juan Fernando Cristo", "COL", "GOV")

K1 = ("Bogotá (dpa) - Kolumbiens Nationaler Wahlrat (CNE) hat ein förmliches Verfahren gegen die Wahlkampagne von "
      "Präsident Gustavo Petro aus dem Jahr 2022 eröffnet.")
K2 = ("Die Kampagne habe die gesetzliche Obergrenze für Wahlkampfausgaben um umgerechnet rund 1,2 Millionen Euro "
      "überschritten, teilte der Rat am Dienstag mit.")
K3 = ("Die Vorwürfe richten sich unter anderem gegen den damaligen Wahlkampfleiter Ricardo Roa, der heute den "
      "staatlichen Ölkonzern Ecopetrol leitet, und gegen die Schatzmeisterin Lucy Aydeé Mogollón.")
K4 = "Petro selbst kann als Staatsoberhaupt nur von der Anklagekommission des Repräsentantenhauses belangt werden."
K5 = "Der Präsident sprach von einem „Staatsstreich“ und rief seine Anhänger auf, auf die Straße zu gehen."
K6 = "„Sie wollen einen Präsidenten stürzen, den das Volk gewählt hat“, schrieb Petro auf der Plattform X."
K7 = ("Der Wahlrat überschreite seine Befugnisse, weil er über den Präsidenten nicht urteilen dürfe, fügte der "
      "64-Jährige hinzu.")
K8 = "Petro kündigte an, den Fall vor die Interamerikanische Menschenrechtskommission zu bringen."
K9 = ("Einer der beiden Berichterstatter des Verfahrens, Wahlrat Álvaro Hernán Prada, wies die Vorwürfe des "
      "Präsidenten zurück.")
K10 = "„Wir untersuchen eine Kampagne, nicht den Präsidenten“, sagte Prada."
K11 = "Die oppositionelle Partei Centro Democrático forderte Roa auf, als Ecopetrol-Chef zurückzutreten."
K12 = "Roa wies die Forderung zurück."
K13 = "Alle Ausgaben der Kampagne seien ordnungsgemäß abgerechnet worden, sagte er."
K14 = ("In Bogotá versammelten sich am Dienstagabend einige Hundert Anhänger des Präsidenten vor dem Sitz des "
       "Wahlrats.")
K15 = "Innenminister Juan Fernando Cristo rief alle Seiten zur Ruhe auf."
K16 = "Der Rat kann Geldstrafen verhängen; eine Entscheidung wird in einigen Wochen erwartet."

DE04 = {
    "id": "hm348-de-04", "lang": "de", "url": None, "published": "2024-10-09",
    "title": "Kolumbiens Wahlrat leitet Verfahren gegen Petros Wahlkampagne ein",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7, K8], [K9, K10, K11, K12, K13], [K14, K15, K16]),
    "events": [
        event("ACCUSE", CNE, PETRO_CAMPAIGN, K1, mode="investigate"),
        event("ACCUSE", CNE, PETRO_CAMPAIGN, K2, mode="allege", date="2024-10-08"),
        event("ACCUSE", CNE, ROA, K3, mode="allege"),
        event("ACCUSE", CNE, MOGOLLON, K3, mode="allege"),
        event("ACCUSE", PETRO, CNE, K5, mode="disapprove"),
        event("PROTEST", PETRO, CNE, K5, mode="demo"),
        event("ACCUSE", PETRO, CNE, K6, mode="allege"),
        event("ACCUSE", PETRO, CNE, K7, mode="disapprove"),
        event("ACCUSE", PETRO, CNE, K8, mode="allege"),
        event("ACCUSE", CNE, PETRO_CAMPAIGN, K10, mode="investigate"),
        event("REQUEST", CENTRO_DEMOCRATICO, ROA, K11, mode="change"),
        event("REJECT", ROA, CENTRO_DEMOCRATICO, K12, mode="change"),
        event("PROTEST", PETRO_SUPPORTERS, CNE, K14, mode="demo", date="2024-10-08", location="Bogotá",
              location_country="COL"),
        event("REQUEST", CRISTO, None, K15),
    ],
    "quotes": [
        quote("Die Kampagne habe die gesetzliche Obergrenze für Wahlkampfausgaben um umgerechnet rund 1,2 Millionen "
              "Euro überschritten", "National Electoral Council of Colombia", "indirect"),
        quote("Staatsstreich", "Gustavo Petro", "direct"),
        quote("Sie wollen einen Präsidenten stürzen, den das Volk gewählt hat", "Gustavo Petro", "direct"),
        quote("Der Wahlrat überschreite seine Befugnisse, weil er über den Präsidenten nicht urteilen dürfe",
              "Gustavo Petro", "indirect"),
        quote("Wir untersuchen eine Kampagne, nicht den Präsidenten", "Álvaro Hernán Prada", "direct"),
        quote("Alle Ausgaben der Kampagne seien ordnungsgemäß abgerechnet worden", "Ricardo Roa", "indirect"),
    ],
    "entities": [
        entity("Bogotá", "LOC", "COL", ["Bogotá"]),
        entity("Colombia", "LOC", "COL", ["Kolumbiens"]),
        entity("National Electoral Council of Colombia", "ORG", "COL", ["Nationaler Wahlrat (CNE)", "der Rat",
                                                                        "Der Wahlrat", "des Wahlrats", "Der Rat"]),
        entity("Gustavo Petro's 2022 presidential campaign", "ORG", "COL", ["die Wahlkampagne von Präsident Gustavo "
                                                                            "Petro aus dem Jahr 2022",
                                                                            "Die Kampagne", "der Kampagne"]),
        entity("Gustavo Petro", "PER", "COL", ["Präsident Gustavo Petro", "Petro", "Der Präsident",
                                               "der 64-Jährige", "des Präsidenten", "den Präsidenten"]),
        entity("Ricardo Roa", "PER", "COL", ["den damaligen Wahlkampfleiter Ricardo Roa", "Roa"]),
        entity("Ecopetrol", "ORG", "COL", ["den staatlichen Ölkonzern Ecopetrol", "Ecopetrol"]),
        entity("Lucy Aydeé Mogollón", "PER", "COL", ["die Schatzmeisterin Lucy Aydeé Mogollón"]),
        entity("Commission of Accusations of the House of Representatives", "ORG", "COL",
               ["der Anklagekommission des Repräsentantenhauses"]),
        entity("House of Representatives of Colombia", "ORG", "COL", ["des Repräsentantenhauses"]),
        entity("supporters of Gustavo Petro", "PER", "COL", ["seine Anhänger", "einige Hundert Anhänger des "
                                                                              "Präsidenten"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Inter-American Commission on Human Rights", "ORG", "IGO", ["die Interamerikanische "
                                                                           "Menschenrechtskommission"]),
        entity("Álvaro Hernán Prada", "PER", "COL", ["Wahlrat Álvaro Hernán Prada", "Prada"]),
        entity("Centro Democrático", "ORG", "COL", ["Die oppositionelle Partei Centro Democrático"]),
        entity("Juan Fernando Cristo", "PER", "COL", ["Innenminister Juan Fernando Cristo"]),
    ],
}

# ---------------------------------------------------------------- hm348-en-01 (Peru, emergency on the Chile border)
PER_GOV = actor("Government of Peru", "PER", "GOV")
JERI = actor("José Jerí", "PER", "GOV")
BORDER_MIGRANTS = actor("migrants stranded at the Chile-Peru border", "VEN", "CVL")
KAST = actor("José Antonio Kast", "CHL", "OPP")
UNDOCUMENTED_MIGRANTS = actor("undocumented migrants in Chile", "VEN", "CVL")
CHL_GOV = actor("Government of Chile", "CHL", "GOV")
CARABINEROS = actor("Carabineros de Chile", "CHL", "COP")
PER_POLICE = actor("Peruvian National Police", "PER", "COP")
DE_ZELA = actor("Hugo de Zela", "PER", "GOV")
ELIZALDE = actor("Álvaro Elizalde", "CHL", "GOV")
JARA = actor("Jeannette Jara", "CHL", "PTY")
UNHCR = actor("UNHCR", "UNO", "IGO")

P1 = ("LIMA, Peru (AP) — Peru declared a state of emergency along its southern border with Chile on Wednesday and "
      "ordered troops to the crossing near Tacna, where hundreds of migrants have been stranded while trying to leave "
      "Chile.")
P2 = ("President José Jerí said the 60-day decree would allow soldiers to support police in controlling the border "
      "and that anyone trying to enter Peru without documents would be turned back.")
P3 = ("\"Peru is a friendly country, but our border is not a corridor for irregular migration,\" Jerí told reporters "
      "during a visit to the Santa Rosa border post on Thursday.")
P4 = ("The measure came after several hundred migrants, most of them Venezuelans, gathered on the Chilean side of the "
      "border this week, many saying they feared deportation if far-right candidate José Antonio Kast wins Chile's "
      "presidential runoff on Dec. 14.")
P5 = ("Kast, who leads in the polls, has promised to expel undocumented migrants and to dig trenches along Chile's "
      "northern border.")
P6 = "Chile's government said it was coordinating with Lima and had not closed its side of the border."
P7 = ("Interior Minister Álvaro Elizalde said police commanders from both countries would meet on Friday in Arica to "
      "organize the flow of people.")
P8 = ("Peru's Foreign Minister Hugo de Zela asked Santiago to take back migrants who had been stopped at the crossing, "
      "according to a statement from his ministry.")
P9 = "Elizalde rejected the request, saying Chile could not readmit people who had never registered with its authorities."
P10 = ("Kast accused Boric's government of having lost control of the border and said the scenes in Tacna showed that "
       "\"the party is over\" for those who entered illegally.")
P11 = ("His runoff rival, Jeannette Jara of the governing left-wing coalition, said Kast's rhetoric had caused the "
       "crisis.")
P12 = ("In Tacna, about 200 migrants blocked the road to the border post for several hours on Wednesday to demand safe "
       "passage to Venezuela.")
P13 = "No arrests were made, a police spokesman said."
P14 = ("Venezuela's government offered to send planes under its \"Vuelta a la Patria\" repatriation program to fly the "
       "migrants home.")
P15 = ("Jerí said Peru would let such flights land in Tacna if Caracas requested it through a third country, since the "
       "two governments have had no diplomatic relations since last year.")
P16 = ("The U.N. refugee agency UNHCR urged both countries to respect the rights of the migrants and to keep "
       "humanitarian access open.")

EN01 = {
    "id": "hm348-en-01", "lang": "en", "url": None, "published": "2025-11-27",
    "title": "Peru declares emergency on Chile border as migrants try to leave before runoff",
    "text": paragraphs([P1, P2, P3], [P4, P5], [P6, P7, P8, P9], [P10, P11], [P12, P13], [P14, P15, P16]),
    "events": [
        event("COERCE", PER_GOV, None, P1, mode="curfew", date="2025-11-26", location="Tacna",
              location_country="PER"),
        event("MOBILIZE", PER_GOV, None, P1, mode="troops", date="2025-11-26", location="Tacna",
              location_country="PER"),
        event("THREATEN", JERI, BORDER_MIGRANTS, P2, mode="restrict"),
        event("THREATEN", KAST, UNDOCUMENTED_MIGRANTS, P5, mode="expel"),
        event("COOPERATE", CHL_GOV, PER_GOV, P6),
        event("COERCE", CHL_GOV, PER_GOV, P6, mode="restrict", negated=True),
        event("AGREE", CARABINEROS, PER_POLICE, P7, date="2025-11-28", location="Arica", location_country="CHL"),
        event("REQUEST", DE_ZELA, CHL_GOV, P8),
        event("REJECT", ELIZALDE, DE_ZELA, P9),
        event("ACCUSE", KAST, CHL_GOV, P10, mode="disapprove"),
        event("ACCUSE", JARA, KAST, P11, mode="disapprove"),
        event("PROTEST", BORDER_MIGRANTS, PER_GOV, P12, mode="obstruct", date="2025-11-26", location="Tacna",
              location_country="PER"),
        event("COERCE", PER_POLICE, BORDER_MIGRANTS, P13, mode="arrest", negated=True, location="Tacna",
              location_country="PER"),
        event("AGREE", VEN_GOV, BORDER_MIGRANTS, P14),
        event("REQUEST", UNHCR, PER_GOV, P16),
        event("REQUEST", UNHCR, CHL_GOV, P16),
    ],
    "quotes": [
        quote("the 60-day decree would allow soldiers to support police in controlling the border and that anyone "
              "trying to enter Peru without documents would be turned back", "José Jerí", "indirect"),
        quote("Peru is a friendly country, but our border is not a corridor for irregular migration", "José Jerí",
              "direct"),
        quote("they feared deportation if far-right candidate José Antonio Kast wins Chile's presidential runoff on "
              "Dec. 14", "migrants stranded at the Chile-Peru border", "indirect"),
        quote("it was coordinating with Lima and had not closed its side of the border", "Government of Chile",
              "indirect"),
        quote("police commanders from both countries would meet on Friday in Arica to organize the flow of people",
              "Álvaro Elizalde", "indirect"),
        quote("Peru's Foreign Minister Hugo de Zela asked Santiago to take back migrants who had been stopped at the "
              "crossing", "Ministry of Foreign Affairs of Peru", "indirect"),
        quote("Chile could not readmit people who had never registered with its authorities", "Álvaro Elizalde",
              "indirect"),
        quote("the party is over", "José Antonio Kast", "direct"),
        quote("the scenes in Tacna showed that \"the party is over\" for those who entered illegally",
              "José Antonio Kast", "indirect"),
        quote("Kast's rhetoric had caused the crisis", "Jeannette Jara", "indirect"),
        quote("No arrests were made", "Peruvian National Police", "indirect"),
        quote("Vuelta a la Patria", "Government of Venezuela", "direct"),
        quote("Peru would let such flights land in Tacna if Caracas requested it through a third country",
              "José Jerí", "indirect"),
    ],
    "entities": [
        entity("Lima", "LOC", "PER", ["LIMA", "Lima"]),
        entity("Peru", "LOC", "PER", ["Peru"]),
        entity("Chile", "LOC", "CHL", ["Chile"]),
        entity("Tacna", "LOC", "PER", ["Tacna"]),
        entity("migrants stranded at the Chile-Peru border", "PER", "VEN", [
            "hundreds of migrants", "several hundred migrants, most of them Venezuelans", "about 200 migrants",
            "the migrants"]),
        entity("José Jerí", "PER", "PER", ["President José Jerí", "Jerí"]),
        entity("Peruvian Armed Forces", "ORG", "PER", ["troops", "soldiers"]),
        entity("Peruvian National Police", "ORG", "PER", ["police", "a police spokesman"]),
        entity("Santa Rosa border post", "LOC", "PER", ["the Santa Rosa border post", "the border post"]),
        entity("José Antonio Kast", "PER", "CHL", ["far-right candidate José Antonio Kast", "Kast"]),
        entity("undocumented migrants in Chile", "PER", "VEN", ["undocumented migrants"]),
        entity("Government of Chile", "ORG", "CHL", ["Chile's government", "Santiago", "Boric's government"]),
        entity("Álvaro Elizalde", "PER", "CHL", ["Interior Minister Álvaro Elizalde", "Elizalde"]),
        entity("Arica", "LOC", "CHL", ["Arica"]),
        entity("Hugo de Zela", "PER", "PER", ["Peru's Foreign Minister Hugo de Zela"]),
        entity("Ministry of Foreign Affairs of Peru", "ORG", "PER", ["his ministry"]),
        entity("Gabriel Boric", "PER", "CHL", ["Boric"]),
        entity("Jeannette Jara", "PER", "CHL", ["His runoff rival, Jeannette Jara"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuela"]),
        entity("Government of Venezuela", "ORG", "VEN", ["Venezuela's government", "Caracas"]),
        entity("UNHCR", "ORG", "UNO", ["The U.N. refugee agency UNHCR"]),
    ],
}

# ---------------------------------------------------------------- hm348-en-02 (Brazil, Bolsonaro vaccine records)
BRA_FEDERAL_POLICE = actor("Federal Police of Brazil", "BRA", "COP")
BOLSONARO = actor("Jair Bolsonaro", "BRA", "OPP")
CID = actor("Mauro Cid", "BRA", "MIL")
REIS = actor("Gutemberg Reis", "BRA", "LEG")
WAJNGARTEN = actor("Fábio Wajngarten", "BRA", "CVL")
FLAVIO = actor("Flávio Bolsonaro", "BRA", "OPP")
LEWANDOWSKI = actor("Ricardo Lewandowski", "BRA", "GOV")
MORAES = actor("Alexandre de Moraes", "BRA", "JUD")
BOLSONARO_SUPPORTERS = actor("supporters of Jair Bolsonaro", "BRA", "CVL")

R1 = ("SAO PAULO (AP) — Brazil's Federal Police have formally accused former President Jair Bolsonaro of falsifying "
      "his COVID-19 vaccination records, in a report that the Supreme Court made public on Tuesday.")
R2 = ("Investigators allege that Bolsonaro ordered an aide to insert false data into the Health Ministry's database in "
      "December 2022 so that he and his daughter could enter the United States, where he spent the first three months "
      "of 2023.")
R3 = ("The police also accused 16 other people, among them Bolsonaro's former aide-de-camp, Lt. Col. Mauro Cid, and "
      "Rio de Janeiro congressman Gutemberg Reis.")
R4 = ("Cid, who has cooperated with investigators under a plea deal, told them that he had acted on Bolsonaro's "
      "orders, according to the report.")
R5 = ("Justice Alexandre de Moraes, who oversees the case, forwarded the report to Prosecutor-General Paulo Gonet, who "
      "must decide whether to file charges.")
R6 = ("Bolsonaro's lawyer, Fábio Wajngarten, denied the allegations and said the former president had never been "
      "vaccinated and had never needed a certificate.")
R7 = "\"This is political persecution, pure and simple,\" Wajngarten wrote on social media."
R8 = ("Senator Flávio Bolsonaro, the former president's eldest son, called the report \"a farce\" aimed at weakening "
      "the right ahead of October's municipal elections.")
R9 = ("Justice Minister Ricardo Lewandowski defended the investigators, saying the Federal Police had acted \"with "
      "complete technical independence\" and without political interference.")
R10 = ("President Luiz Inácio Lula da Silva, who defeated Bolsonaro in the 2022 election, did not comment on the "
       "case.")
R11 = ("Bolsonaro, 68, is already barred from running for office until 2030 and is under investigation over an "
       "alleged plot to overturn the election result.")
R12 = "He has repeatedly accused Moraes of persecuting him."
R13 = ("Dozens of Bolsonaro supporters gathered outside the Supreme Court in Brasília on Tuesday evening, chanting "
       "slogans against Moraes.")
R14 = ("Gonet's office said in a statement that it would analyze the report \"with the necessary care\" and did not "
       "set a deadline.")

EN02 = {
    "id": "hm348-en-02", "lang": "en", "url": None, "published": "2024-03-19",
    "title": "Brazil police accuse Bolsonaro of faking his COVID-19 vaccination records",
    "text": paragraphs([R1, R2, R3], [R4, R5], [R6, R7, R8], [R9, R10], [R11, R12, R13, R14]),
    "events": [
        event("ACCUSE", BRA_FEDERAL_POLICE, BOLSONARO, R1, mode="allege"),
        event("ACCUSE", BRA_FEDERAL_POLICE, BOLSONARO, R2, mode="allege"),
        event("ACCUSE", BRA_FEDERAL_POLICE, CID, R3, mode="allege"),
        event("ACCUSE", BRA_FEDERAL_POLICE, REIS, R3, mode="allege"),
        event("ACCUSE", CID, BOLSONARO, R4, mode="allege"),
        event("ACCUSE", WAJNGARTEN, BRA_FEDERAL_POLICE, R7, mode="disapprove"),
        event("ACCUSE", FLAVIO, BRA_FEDERAL_POLICE, R8, mode="disapprove"),
        event("SUPPORT", LEWANDOWSKI, BRA_FEDERAL_POLICE, R9),
        event("ACCUSE", BOLSONARO, MORAES, R12, mode="allege"),
        event("PROTEST", BOLSONARO_SUPPORTERS, MORAES, R13, mode="demo", date="2024-03-19", location="Brasília",
              location_country="BRA"),
    ],
    "quotes": [
        quote("Bolsonaro ordered an aide to insert false data into the Health Ministry's database in December 2022 so "
              "that he and his daughter could enter the United States, where he spent the first three months of 2023",
              "Federal Police of Brazil", "indirect"),
        quote("he had acted on Bolsonaro's orders", "Mauro Cid", "indirect"),
        quote("the former president had never been vaccinated and had never needed a certificate", "Fábio Wajngarten",
              "indirect"),
        quote("This is political persecution, pure and simple", "Fábio Wajngarten", "direct"),
        quote("a farce", "Flávio Bolsonaro", "direct"),
        quote("with complete technical independence", "Ricardo Lewandowski", "direct"),
        quote("the Federal Police had acted \"with complete technical independence\" and without political "
              "interference", "Ricardo Lewandowski", "indirect"),
        quote("with the necessary care", "Paulo Gonet", "direct"),
        quote("it would analyze the report \"with the necessary care\"", "Paulo Gonet", "indirect"),
    ],
    "entities": [
        entity("São Paulo", "LOC", "BRA", ["SAO PAULO"]),
        entity("Brazil", "LOC", "BRA", ["Brazil"]),
        entity("Federal Police of Brazil", "ORG", "BRA", ["Brazil's Federal Police", "Investigators", "The police",
                                                          "investigators", "the investigators",
                                                          "the Federal Police"]),
        entity("Jair Bolsonaro", "PER", "BRA", ["former President Jair Bolsonaro", "Bolsonaro", "the former president",
                                                "He"]),
        entity("Supreme Federal Court", "ORG", "BRA", ["the Supreme Court"]),
        entity("Ministry of Health of Brazil", "ORG", "BRA", ["the Health Ministry"]),
        entity("daughter of Jair Bolsonaro", "PER", "BRA", ["his daughter"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Mauro Cid", "PER", "BRA", ["Bolsonaro's former aide-de-camp, Lt. Col. Mauro Cid", "Cid"]),
        entity("Gutemberg Reis", "PER", "BRA", ["Rio de Janeiro congressman Gutemberg Reis"]),
        entity("Rio de Janeiro", "LOC", "BRA", ["Rio de Janeiro"]),
        entity("Alexandre de Moraes", "PER", "BRA", ["Justice Alexandre de Moraes", "Moraes"]),
        entity("Paulo Gonet", "PER", "BRA", ["Prosecutor-General Paulo Gonet", "Gonet"]),
        entity("Office of the Prosecutor-General of Brazil", "ORG", "BRA", ["Gonet's office"]),
        entity("Fábio Wajngarten", "PER", "BRA", ["Bolsonaro's lawyer, Fábio Wajngarten", "Wajngarten"]),
        entity("Flávio Bolsonaro", "PER", "BRA", ["Senator Flávio Bolsonaro, the former president's eldest son"]),
        entity("Ricardo Lewandowski", "PER", "BRA", ["Justice Minister Ricardo Lewandowski"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["President Luiz Inácio Lula da Silva"]),
        entity("supporters of Jair Bolsonaro", "PER", "BRA", ["Dozens of Bolsonaro supporters"]),
        entity("Brasília", "LOC", "BRA", ["Brasília"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
