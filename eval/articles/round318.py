"""Round 312: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm318-de-01: Mexico: federal judges of the JUFED association join the judiciary workers' strike against López Obrador's judicial reform; Fuentes asks Congress to suspend the vote, López Obrador refuses and accuses the judges, Sheinbaum backs the reform and offers talks, Piña and the PAN side with the judiciary, street protests (2024-08-21).
- hm318-de-02: Brazil: the Federal Police arrest ex-defence minister Walter Braga Netto in Copacabana on Moraes' order for obstructing the coup-plot inquiry; search at Colonel Peregrino's in Brasília, Moraes' allegations, his lawyers and Bolsonaro object, Gonet had backed the arrest, the November police report recalled (2024-12-14).
- hm318-de-03: Bolivia: Evo Morales' supporters occupy three military units in the Chapare and hold soldiers, twelve freed after church mediation; the armed forces and foreign ministry accuse them and the army issues an ultimatum, Morales starts a hunger strike and demands talks, police clear the Parotani blockade with tear gas and arrests, Arce refuses to negotiate (2024-11-02).
- hm318-de-04: Ecuador/Russia: Rosselkhoznadzor blacklists five Ecuadorian banana exporters after Noboa's plan to hand Russian-made military equipment to the United States; Zakharova accuses and threatens Quito, Noboa rebuffs Moscow, Sommerfeld demands the ban be lifted and announces a delegation, Acorbanec and Correa's party criticise the government (2024-02-05).
- hm318-en-01: Colombia: Petro suspends intelligence sharing with U.S. agencies over the Caribbean boat strikes; Pentagon and Hegseth report strikes, Defense Minister Sánchez promises cooperation continues, Moreno and Duque attack Petro, earlier U.S. visa revocation and sanctions, the USS Gerald R. Ford arrives (2025-11-11).
- hm318-en-02: Argentina: hundreds of thousands march for public universities; Milei and Adorni announce the veto of the funding law, Gelpi urges lawmakers to defend it, Adorni and Milei accuse the opposition and the universities, Bullrich deploys police without arrests, Kicillof, Kirchner, the CGT and CONADU join or threaten a strike (2024-10-02).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm318-de-01 (Mexico, judges join strike)
FED_JUDGES = actor("Mexican federal judges", "MEX", "JUD")
JUFED = actor("National Association of Circuit Magistrates and District Judges", "MEX", "JUD")
JUD_WORKERS = actor("Mexican federal judiciary workers", "MEX", "JUD")
AMLO = actor("Andrés Manuel López Obrador", "MEX", "GOV")
FUENTES = actor("Juana Fuentes Velázquez", "MEX", "JUD")
MEX_CONGRESS = actor("Congress of Mexico", "MEX", "LEG")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
PINA = actor("Norma Piña", "MEX", "JUD")
PAN = actor("National Action Party", "MEX", "OPP")
MEX_JUDICIARY = actor("Federal Judiciary of Mexico", "MEX", "JUD")

M1 = ("Mexiko-Stadt (dpa) - Aus Protest gegen die umstrittene Justizreform von Präsident Andrés Manuel López Obrador "
      "sind in Mexiko nun auch die Bundesrichter in einen unbefristeten Streik getreten.")
M2 = ("Die Vereinigung der Bezirks- und Kreisrichter (JUFED) schloss sich am Mittwoch dem Ausstand der "
      "Justizangestellten an, die bereits seit Montag die Arbeit niederlegen.")
M3 = "Nur dringende Fälle wie Haftprüfungen sollen weiter bearbeitet werden."
M4 = ("Die Reform sieht vor, dass künftig alle Richter des Landes einschließlich der Mitglieder des Obersten "
      "Gerichtshofs vom Volk gewählt werden.")
M5 = ("„Wir verteidigen nicht unsere Posten, sondern die Unabhängigkeit der Justiz“, sagte JUFED-Präsidentin Juana "
      "Fuentes Velázquez vor Journalisten in Mexiko-Stadt.")
M6 = ("Sie forderte den Kongress auf, die Abstimmung über die Verfassungsänderung auszusetzen und einen echten Dialog "
      "mit den Richtern zu beginnen.")
M7 = "López Obrador wies die Forderung bei seiner morgendlichen Pressekonferenz im Nationalpalast zurück."
M8 = "Der Streik werde die Reform nicht aufhalten, sagte der 70-Jährige."
M9 = ("Er warf den Richtern vor, sie schützten die Privilegien einer korrupten Elite und stünden im Dienst der "
      "Opposition.")
M10 = "„Die Richter haben sich nie um das Volk gekümmert“, sagte er."
M11 = ("Die gewählte Präsidentin Claudia Sheinbaum, die am 1. Oktober ihr Amt antritt, stellte sich hinter die "
       "Reform.")
M12 = ("Sie bot den Richtern zugleich Gespräche an und kündigte öffentliche Foren an, in denen diese ihre Einwände "
       "vortragen könnten.")
M13 = ("Die Präsidentin des Obersten Gerichtshofs, Norma Piña, hatte die Reform bereits zuvor als Gefahr für die "
       "Gewaltenteilung kritisiert.")
M14 = "Die oppositionelle PAN erklärte sich mit der streikenden Bundesjustiz solidarisch."
M15 = ("Bereits am Dienstag waren in mehreren Städten Tausende Justizangestellte mit Plakaten wie „Ohne Justiz keine "
       "Demokratie“ auf die Straße gegangen.")
M16 = ("Die Regierungspartei Morena und ihre Verbündeten verfügen nach der Wahl vom Juni in der Abgeordnetenkammer "
       "über die für Verfassungsänderungen nötige Zweidrittelmehrheit.")
M17 = "Der Verfassungsausschuss der Kammer will noch in dieser Woche über den Entwurf abstimmen."

DE01 = {
    "id": "hm318-de-01", "lang": "de", "url": None, "published": "2024-08-21",
    "title": "Mexikos Bundesrichter streiken gegen Justizreform",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6, M7, M8, M9, M10], [M11, M12, M13, M14, M15], [M16, M17]),
    "events": [
        event("PROTEST", FED_JUDGES, AMLO, M1, mode="strike", location="Mexiko", location_country="MEX"),
        event("PROTEST", JUFED, AMLO, M2, mode="strike", date="2024-08-21"),
        event("PROTEST", JUD_WORKERS, AMLO, M2, mode="strike", date="2024-08-19"),
        event("REQUEST", FUENTES, MEX_CONGRESS, M6, mode="change"),
        event("REJECT", AMLO, FUENTES, M7, mode="change", location="Nationalpalast", location_country="MEX"),
        event("ACCUSE", AMLO, FED_JUDGES, M9, mode="allege"),
        event("ACCUSE", AMLO, FED_JUDGES, M10, mode="disapprove"),
        event("SUPPORT", SHEINBAUM, AMLO, M11),
        event("AGREE", SHEINBAUM, FED_JUDGES, M12),
        event("ACCUSE", PINA, AMLO, M13, mode="disapprove"),
        event("SUPPORT", PAN, MEX_JUDICIARY, M14),
        event("PROTEST", JUD_WORKERS, AMLO, M15, mode="demo", date="2024-08-20"),
    ],
    "quotes": [
        quote("Wir verteidigen nicht unsere Posten, sondern die Unabhängigkeit der Justiz", "Juana Fuentes Velázquez",
              "direct"),
        quote("Der Streik werde die Reform nicht aufhalten", "Andrés Manuel López Obrador", "indirect"),
        quote("sie schützten die Privilegien einer korrupten Elite und stünden im Dienst der Opposition",
              "Andrés Manuel López Obrador", "indirect"),
        quote("Die Richter haben sich nie um das Volk gekümmert", "Andrés Manuel López Obrador", "direct"),
        quote("Ohne Justiz keine Demokratie", "Mexican federal judiciary workers", "direct"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX", ["Präsident Andrés Manuel López Obrador", "López Obrador",
                                                              "der 70-Jährige"]),
        entity("Mexico", "LOC", "MEX", ["Mexiko", "des Landes"]),
        entity("Mexican federal judges", "ORG", "MEX", ["die Bundesrichter", "den Richtern", "Die Richter"]),
        entity("National Association of Circuit Magistrates and District Judges", "ORG", "MEX",
               ["Die Vereinigung der Bezirks- und Kreisrichter (JUFED)", "JUFED"]),
        entity("Mexican federal judiciary workers", "ORG", "MEX", ["der Justizangestellten", "Justizangestellte"]),
        entity("Supreme Court of Justice of the Nation", "ORG", "MEX", ["des Obersten Gerichtshofs"]),
        entity("Juana Fuentes Velázquez", "PER", "MEX", ["JUFED-Präsidentin Juana Fuentes Velázquez"]),
        entity("Congress of Mexico", "ORG", "MEX", ["den Kongress"]),
        entity("National Palace", "LOC", "MEX", ["im Nationalpalast"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Die gewählte Präsidentin Claudia Sheinbaum"]),
        entity("Norma Piña", "PER", "MEX", ["Die Präsidentin des Obersten Gerichtshofs, Norma Piña"]),
        entity("National Action Party", "ORG", "MEX", ["Die oppositionelle PAN"]),
        entity("Federal Judiciary of Mexico", "ORG", "MEX", ["der streikenden Bundesjustiz"]),
        entity("Morena", "ORG", "MEX", ["Die Regierungspartei Morena"]),
        entity("Chamber of Deputies of Mexico", "ORG", "MEX", ["der Abgeordnetenkammer", "der Kammer"]),
        entity("Constitutional Affairs Committee of the Chamber of Deputies", "ORG", "MEX",
               ["Der Verfassungsausschuss der Kammer"]),
    ],
}

# ---------------------------------------------------------------- hm318-de-02 (Brazil, Braga Netto arrested)
BRA_PF = actor("Federal Police of Brazil", "BRA", "COP")
BRAGA = actor("Walter Braga Netto", "BRA", "MIL")
MORAES = actor("Alexandre de Moraes", "BRA", "JUD")
PEREGRINO = actor("Flávio Botelho Peregrino", "BRA", "MIL")
BRAGA_LAWYERS = actor("lawyers of Walter Braga Netto", "BRA", "CVL")
BOLSONARO = actor("Jair Bolsonaro", "BRA", "OPP")
GONET = actor("Paulo Gonet", "BRA", "JUD")

B1 = ("Rio de Janeiro (AFP) - Die brasilianische Bundespolizei hat den früheren Verteidigungsminister Walter Braga "
      "Netto wegen mutmaßlicher Behinderung der Ermittlungen zu einem Putschplan gegen Präsident Luiz Inácio Lula da "
      "Silva festgenommen.")
B2 = ("Beamte nahmen den General a. D. am Samstagmorgen in seiner Wohnung im Stadtteil Copacabana fest, wie die "
      "Polizei mitteilte.")
B3 = "Angeordnet hatte die Festnahme der Richter am Obersten Bundesgericht Alexandre de Moraes."
B4 = ("Braga Netto habe versucht, an vertrauliche Inhalte aus der Kronzeugenaussage des früheren "
      "Bolsonaro-Adjutanten Mauro Cid zu gelangen, heißt es in der Anordnung.")
B5 = ("Zudem habe er Geld für eine Operation bereitgestellt, bei der im Dezember 2022 Lula, sein Vize Geraldo "
      "Alckmin und Moraes getötet werden sollten, schrieb der Richter.")
B6 = ("Die Polizei durchsuchte außerdem in Brasília die Räume eines früheren Mitarbeiters des Generals, Oberst "
      "Flávio Botelho Peregrino.")
B7 = "Braga Netto war bei der Wahl 2022 als Vizepräsidentschaftskandidat an der Seite von Jair Bolsonaro angetreten."
B8 = ("Der 67-Jährige ist der erste Viersternegeneral, der seit dem Ende der Militärdiktatur 1985 in Brasilien "
      "festgenommen wurde.")
B9 = "Er wurde anschließend in eine Kaserne der 1. Heeresdivision in Rio gebracht."
B10 = "Seine Anwälte wiesen die Vorwürfe zurück und nannten die Festnahme „ungerecht und unnötig“."
B11 = ("Bolsonaro sprach auf der Plattform X von „Verfolgung“ und warf Moraes vor, die Rechte vor der Wahl 2026 "
       "ausschalten zu wollen.")
B12 = "Generalstaatsanwalt Paulo Gonet hatte die Festnahme nach Angaben des Gerichts befürwortet."
B13 = "Justizminister Ricardo Lewandowski sagte, die Institutionen funktionierten und niemand stehe über dem Gesetz."
B14 = ("Die Bundespolizei hatte Braga Netto, Bolsonaro und 35 weitere Personen im November wegen des mutmaßlichen "
       "Umsturzversuchs angezeigt.")
B15 = "Ob die Generalstaatsanwaltschaft Anklage erhebt, ist noch offen."
B16 = ("Lula, der sich nach einer Notoperation am Kopf in einer Klinik in São Paulo erholt, äußerte sich zunächst "
       "nicht.")

DE02 = {
    "id": "hm318-de-02", "lang": "de", "url": None, "published": "2024-12-14",
    "title": "Brasilien: Ex-Verteidigungsminister Braga Netto festgenommen",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6], [B7, B8, B9], [B10, B11, B12, B13], [B14, B15, B16]),
    "events": [
        event("COERCE", BRA_PF, BRAGA, B1, mode="arrest"),
        event("COERCE", BRA_PF, BRAGA, B2, mode="arrest", date="2024-12-14", location="Copacabana",
              location_country="BRA"),
        event("COERCE", MORAES, BRAGA, B3, mode="arrest"),
        event("ACCUSE", MORAES, BRAGA, B4, mode="allege"),
        event("ACCUSE", MORAES, BRAGA, B5, mode="allege"),
        event("COERCE", BRA_PF, PEREGRINO, B6, mode="seize", location="Brasília", location_country="BRA"),
        event("COERCE", BRA_PF, BRAGA, B8, mode="arrest"),
        event("ACCUSE", BRAGA_LAWYERS, MORAES, B10, mode="disapprove"),
        event("ACCUSE", BOLSONARO, MORAES, B11, mode="allege"),
        event("SUPPORT", GONET, MORAES, B12),
        event("ACCUSE", BRA_PF, BRAGA, B14, mode="allege"),
        event("ACCUSE", BRA_PF, BOLSONARO, B14, mode="allege"),
    ],
    "quotes": [
        quote("Beamte nahmen den General a. D. am Samstagmorgen in seiner Wohnung im Stadtteil Copacabana fest",
              "Federal Police of Brazil", "indirect"),
        quote("Braga Netto habe versucht, an vertrauliche Inhalte aus der Kronzeugenaussage des früheren "
              "Bolsonaro-Adjutanten Mauro Cid zu gelangen", "Alexandre de Moraes", "indirect"),
        quote("Zudem habe er Geld für eine Operation bereitgestellt, bei der im Dezember 2022 Lula, sein Vize Geraldo "
              "Alckmin und Moraes getötet werden sollten", "Alexandre de Moraes", "indirect"),
        quote("ungerecht und unnötig", "lawyers of Walter Braga Netto", "direct"),
        quote("Verfolgung", "Jair Bolsonaro", "direct"),
        quote("die Rechte vor der Wahl 2026 ausschalten zu wollen", "Jair Bolsonaro", "indirect"),
        quote("die Institutionen funktionierten und niemand stehe über dem Gesetz", "Ricardo Lewandowski",
              "indirect"),
    ],
    "entities": [
        entity("Rio de Janeiro", "LOC", "BRA", ["Rio de Janeiro", "Rio"]),
        entity("Federal Police of Brazil", "ORG", "BRA", ["Die brasilianische Bundespolizei", "Beamte",
                                                          "die Polizei", "Die Polizei", "Die Bundespolizei"]),
        entity("Walter Braga Netto", "PER", "BRA", ["den früheren Verteidigungsminister Walter Braga Netto",
                                                    "den General a. D.", "Braga Netto", "des Generals",
                                                    "Der 67-Jährige"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Präsident Luiz Inácio Lula da Silva", "Lula"]),
        entity("Copacabana", "LOC", "BRA", ["im Stadtteil Copacabana"]),
        entity("Alexandre de Moraes", "PER", "BRA", ["der Richter am Obersten Bundesgericht Alexandre de Moraes",
                                                     "Moraes", "der Richter"]),
        entity("Supreme Federal Court", "ORG", "BRA", ["am Obersten Bundesgericht", "des Gerichts"]),
        entity("Mauro Cid", "PER", "BRA", ["des früheren Bolsonaro-Adjutanten Mauro Cid"]),
        entity("Geraldo Alckmin", "PER", "BRA", ["sein Vize Geraldo Alckmin"]),
        entity("Brasília", "LOC", "BRA", ["in Brasília"]),
        entity("Flávio Botelho Peregrino", "PER", "BRA", ["eines früheren Mitarbeiters des Generals, Oberst Flávio "
                                                          "Botelho Peregrino"]),
        entity("Jair Bolsonaro", "PER", "BRA", ["Jair Bolsonaro", "Bolsonaro"]),
        entity("Brazil", "LOC", "BRA", ["in Brasilien"]),
        entity("1st Army Division", "ORG", "BRA", ["der 1. Heeresdivision"]),
        entity("lawyers of Walter Braga Netto", "PER", "BRA", ["Seine Anwälte"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Paulo Gonet", "PER", "BRA", ["Generalstaatsanwalt Paulo Gonet"]),
        entity("Ricardo Lewandowski", "PER", "BRA", ["Justizminister Ricardo Lewandowski"]),
        entity("Office of the Prosecutor-General of Brazil", "ORG", "BRA", ["die Generalstaatsanwaltschaft"]),
        entity("São Paulo", "LOC", "BRA", ["in São Paulo"]),
    ],
}

# ---------------------------------------------------------------- hm318-de-03 (Bolivia, barracks seized in the Chapare)
MORALES_SUP = actor("supporters of Evo Morales", "BOL", "CVL")
BOL_ARMY = actor("Armed Forces of Bolivia", "BOL", "MIL")
BOL_MFA = actor("Ministry of Foreign Affairs of Bolivia", "BOL", "GOV")
MORALES = actor("Evo Morales", "BOL", "OPP")
ARCE = actor("Luis Arce", "BOL", "GOV")
BOL_GOV = actor("Government of Bolivia", "BOL", "GOV")
BOL_POLICE = actor("Bolivian Police", "BOL", "COP")

V1 = ("La Paz (dpa) - Anhänger des früheren bolivianischen Präsidenten Evo Morales haben in der Tropenregion Chapare "
      "drei Militäreinheiten besetzt und Soldaten als Geiseln genommen.")
V2 = ("Bewaffnete Gruppen seien am Freitag in die Kasernen eingedrungen und hätten Waffen und Munition an sich "
      "gebracht, teilten die Streitkräfte mit.")
V3 = ("Das Außenministerium verurteilte die „kriminelle Aktion“ und sprach von einer Bedrohung der "
      "verfassungsmäßigen Ordnung.")
V4 = ("In einem im Internet verbreiteten Video waren gut ein Dutzend Soldaten zu sehen, umringt von Männern mit "
      "Holzstöcken.")
V5 = "Einer der Soldaten sagte darin, ihnen seien Wasser und Strom abgestellt worden."
V5B = ("Am Samstagmorgen ließen die Besetzer nach Vermittlung von Vertretern der katholischen Kirche zwölf Soldaten "
       "frei.")
V6 = ("Morales selbst trat am Freitag in einen Hungerstreik, um die Regierung von Präsident Luis Arce zu "
      "Verhandlungen zu zwingen.")
V7 = ("„Ich werde den Hungerstreik nicht beenden, bis die Regierung den Dialog aufnimmt“, sagte der 65-Jährige in "
      "seiner Hochburg Lauca Ñ.")
V8 = ("Er verlangte zudem, die Ermittlungen gegen ihn wegen einer mutmaßlichen Beziehung zu einer Minderjährigen "
      "einzustellen.")
V9 = ("Seine Anhänger blockieren seit mehr als zwei Wochen wichtige Überlandstraßen, vor allem im Departamento "
      "Cochabamba.")
V10 = "Die Polizei räumte am Freitag eine Blockade bei Parotani und setzte dabei Tränengas ein."
V11 = "Dabei seien mehr als 50 Menschen festgenommen worden, teilte Regierungsminister Eduardo del Castillo mit."
V12 = ("Präsident Arce forderte Morales auf, die Blockaden sofort zu beenden, und nannte die Besetzung der Kasernen "
       "einen „Verrat an der Heimat“.")
V13 = "Die Regierung werde nicht unter dem Druck von Blockaden verhandeln, sagte der 61-Jährige."
V14 = ("Die Streitkräfte stellten den Besetzern ein Ultimatum und drohten, andernfalls von ihrem Recht auf "
       "Selbstverteidigung Gebrauch zu machen.")
V15 = "Die Blockaden haben in mehreren Städten zu Engpässen bei Treibstoff und Lebensmitteln geführt."
V16 = ("Morales und Arce, einst Verbündete in der Regierungspartei MAS, streiten seit Monaten um die "
       "Präsidentschaftskandidatur für die Wahl im kommenden Jahr.")

DE03 = {
    "id": "hm318-de-03", "lang": "de", "url": None, "published": "2024-11-02",
    "title": "Morales-Anhänger besetzen Kasernen in Bolivien",
    "text": paragraphs([V1, V2, V3], [V4, V5, V5B], [V6, V7, V8, V9], [V10, V11, V12, V13, V14], [V15, V16]),
    "events": [
        event("ASSAULT", MORALES_SUP, BOL_ARMY, V1, mode="abduct", location="Chapare", location_country="BOL"),
        event("ACCUSE", BOL_ARMY, MORALES_SUP, V2, mode="allege"),
        event("ACCUSE", BOL_MFA, MORALES_SUP, V3, mode="disapprove"),
        event("RETREAT", MORALES_SUP, BOL_ARMY, V5B, mode="release", date="2024-11-02", location="Chapare",
              location_country="BOL"),
        event("PROTEST", MORALES, BOL_GOV, V6, mode="hunger", date="2024-11-01"),
        event("REQUEST", MORALES, BOL_GOV, V7, mode="meet", location="Lauca Ñ", location_country="BOL"),
        event("REQUEST", MORALES, BOL_GOV, V8, mode="change"),
        event("PROTEST", MORALES_SUP, BOL_GOV, V9, mode="obstruct", location="Cochabamba", location_country="BOL"),
        event("ASSAULT", BOL_POLICE, MORALES_SUP, V10, mode="crowd-control", date="2024-11-01", location="Parotani",
              location_country="BOL"),
        event("COERCE", BOL_POLICE, MORALES_SUP, V11, mode="arrest", date="2024-11-01", location="Parotani", location_country="BOL"),
        event("REQUEST", ARCE, MORALES, V12, mode="change"),
        event("ACCUSE", ARCE, MORALES_SUP, V12, mode="disapprove"),
        event("REJECT", ARCE, MORALES, V13, mode="meet"),
        event("THREATEN", BOL_ARMY, MORALES_SUP, V14, mode="violence"),
    ],
    "quotes": [
        quote("Bewaffnete Gruppen seien am Freitag in die Kasernen eingedrungen und hätten Waffen und Munition an sich "
              "gebracht", "Armed Forces of Bolivia", "indirect"),
        quote("kriminelle Aktion", "Ministry of Foreign Affairs of Bolivia", "direct"),
        quote("ihnen seien Wasser und Strom abgestellt worden", "Bolivian soldier held in the Chapare", "indirect"),
        quote("Ich werde den Hungerstreik nicht beenden, bis die Regierung den Dialog aufnimmt", "Evo Morales",
              "direct"),
        quote("Dabei seien mehr als 50 Menschen festgenommen worden", "Eduardo del Castillo", "indirect"),
        quote("Verrat an der Heimat", "Luis Arce", "direct"),
        quote("Die Regierung werde nicht unter dem Druck von Blockaden verhandeln", "Luis Arce", "indirect"),
        quote("andernfalls von ihrem Recht auf Selbstverteidigung Gebrauch zu machen", "Armed Forces of Bolivia",
              "indirect"),
    ],
    "entities": [
        entity("La Paz", "LOC", "BOL", ["La Paz"]),
        entity("supporters of Evo Morales", "ORG", "BOL", ["Anhänger des früheren bolivianischen Präsidenten Evo "
                                                           "Morales", "Bewaffnete Gruppen", "Seine Anhänger",
                                                           "den Besetzern", "Männern mit Holzstöcken",
                                                           "die Besetzer"]),
        entity("Evo Morales", "PER", "BOL", ["des früheren bolivianischen Präsidenten Evo Morales", "Morales",
                                             "der 65-Jährige"]),
        entity("Chapare", "LOC", "BOL", ["der Tropenregion Chapare"]),
        entity("Armed Forces of Bolivia", "ORG", "BOL", ["Soldaten", "die Streitkräfte", "Die Streitkräfte"]),
        entity("military units in the Chapare", "LOC", "BOL", ["drei Militäreinheiten", "die Kasernen",
                                                               "der Kasernen"]),
        entity("Ministry of Foreign Affairs of Bolivia", "ORG", "BOL", ["Das Außenministerium"]),
        entity("Bolivian soldier held in the Chapare", "PER", "BOL", ["Einer der Soldaten"]),
        entity("Government of Bolivia", "ORG", "BOL", ["die Regierung von Präsident Luis Arce", "die Regierung",
                                                       "Die Regierung"]),
        entity("Luis Arce", "PER", "BOL", ["Präsident Luis Arce", "Präsident Arce", "Arce", "der 61-Jährige"]),
        entity("Lauca Ñ", "LOC", "BOL", ["seiner Hochburg Lauca Ñ"]),
        entity("Cochabamba Department", "LOC", "BOL", ["im Departamento Cochabamba"]),
        entity("Bolivian Police", "ORG", "BOL", ["Die Polizei"]),
        entity("Parotani", "LOC", "BOL", ["Parotani"]),
        entity("Eduardo del Castillo", "PER", "BOL", ["Regierungsminister Eduardo del Castillo"]),
        entity("Catholic Church in Bolivia", "ORG", "BOL", ["Vertretern der katholischen Kirche"]),
        entity("Movement for Socialism", "ORG", "BOL", ["der Regierungspartei MAS"]),
    ],
}

# ---------------------------------------------------------------- hm318-de-04 (Ecuador/Russia, banana ban)
RUSSIA = actor("Russia", "RUS", "GOV")
ROSSEL = actor("Rosselkhoznadzor", "RUS", "GOV")
ECU_EXPORTERS = actor("Ecuadorian banana exporters", "ECU", "BUS")
NOBOA = actor("Daniel Noboa", "ECU", "GOV")
USA = actor("United States", "USA", "GOV")
ZAKHAROVA = actor("Maria Zakharova", "RUS", "GOV")
ECU_GOV = actor("Government of Ecuador", "ECU", "GOV")
SOMMERFELD = actor("Gabriela Sommerfeld", "ECU", "GOV")
ACORBANEC = actor("Acorbanec", "ECU", "BUS")
RC = actor("Citizen Revolution", "ECU", "OPP")
RUS_AMB_ECU = actor("Ambassador of Russia to Ecuador", "RUS", "GOV")
ECUADOR = actor("Ecuador", "ECU", "GOV")

E1 = ("Quito (Reuters) - Im Streit um ausgemusterte Militärausrüstung aus sowjetischer und russischer Produktion hat "
      "Russland die Einfuhr von Bananen mehrerer ecuadorianischer Exporteure gestoppt.")
E2 = ("Die russische Agraraufsichtsbehörde Rosselchosnadsor setzte am Freitag fünf Unternehmen aus dem "
      "südamerikanischen Land auf eine schwarze Liste.")
E3 = "Offiziell begründete die Behörde den Schritt mit Schädlingen, die in Lieferungen gefunden worden seien."
E4 = ("Präsident Daniel Noboa hatte im Januar angekündigt, Ecuador werde Hubschrauber, Raketenwerfer und anderes "
      "Gerät russischer Bauart an die USA abgeben und im Gegenzug neue Ausrüstung im Wert von rund 200 Millionen "
      "Dollar erhalten.")
E5 = "Moskau argwöhnt, dass die Waffen über Washington in die Ukraine gelangen sollen."
E6 = ("Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, warf Quito vor, gegen die "
      "Endverbleibsklauseln der Kaufverträge zu verstoßen, und drohte mit „Konsequenzen“.")
E7 = "Noboa wies den Vorwurf zurück."
E8 = "„Das ist Schrott, den wir gegen neue Ausrüstung eintauschen“, sagte der 36-Jährige in einem Radiointerview."
E9 = ("Ecuador sei ein souveränes Land und lasse sich von niemandem vorschreiben, was es mit seinem Eigentum "
      "mache.")
E10 = "Außenministerin Gabriela Sommerfeld forderte Moskau auf, die Sperre umgehend aufzuheben."
E11 = "Sie kündigte an, eine Delegation nach Moskau zu schicken, um über die Vorwürfe zu sprechen."
E12 = ("Produktionsministerin Sonsoles García sagte, die betroffenen Lieferungen seien von ecuadorianischen Behörden "
       "geprüft worden und einwandfrei gewesen.")
E13 = ("Der Verband der Bananenexporteure Acorbanec forderte die Regierung auf, den Handel mit Russland nicht für "
       "das Geschäft mit den USA aufs Spiel zu setzen.")
E14 = "Russland ist nach der Europäischen Union der zweitgrößte Abnehmer ecuadorianischer Bananen."
E15 = ("Die linke Oppositionspartei Bürgerrevolution des Ex-Präsidenten Rafael Correa warf Noboa vor, die Existenz "
       "Tausender Bananenbauern zu gefährden.")
E16 = "Der russische Botschafter in Quito hatte bereits im Januar vor dem Tausch gewarnt."
E17 = ("Die USA hatten Ecuador im Januar zusätzliche Hilfe im Kampf gegen die Drogenbanden zugesagt, nachdem Noboa "
       "einen „internen bewaffneten Konflikt“ ausgerufen hatte.")

DE04 = {
    "id": "hm318-de-04", "lang": "de", "url": None, "published": "2024-02-05",
    "title": "Russland stoppt Bananen aus Ecuador im Streit um Militärgerät",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6], [E7, E8, E9], [E10, E11, E12, E13, E14], [E15, E16, E17]),
    "events": [
        event("SANCTION", RUSSIA, ECU_EXPORTERS, E1, mode="discontinue"),
        event("SANCTION", ROSSEL, ECU_EXPORTERS, E2, mode="discontinue", date="2024-02-02"),
        event("AGREE", NOBOA, USA, E4),
        event("ACCUSE", ZAKHAROVA, ECU_GOV, E6, mode="allege"),
        event("THREATEN", ZAKHAROVA, ECU_GOV, E6),
        event("REJECT", NOBOA, RUSSIA, E9, mode="change"),
        event("REQUEST", SOMMERFELD, RUSSIA, E10, mode="yield"),
        event("AGREE", SOMMERFELD, RUSSIA, E11),
        event("REQUEST", ACORBANEC, ECU_GOV, E13, mode="change"),
        event("ACCUSE", RC, NOBOA, E15, mode="disapprove"),
        event("ACCUSE", RUS_AMB_ECU, ECU_GOV, E16, mode="disapprove"),
        event("AGREE", USA, ECUADOR, E17),
    ],
    "quotes": [
        quote("Schädlingen, die in Lieferungen gefunden worden seien", "Rosselkhoznadzor", "indirect"),
        quote("Ecuador werde Hubschrauber, Raketenwerfer und anderes Gerät russischer Bauart an die USA abgeben und "
              "im Gegenzug neue Ausrüstung im Wert von rund 200 Millionen Dollar erhalten", "Daniel Noboa",
              "indirect"),
        quote("gegen die Endverbleibsklauseln der Kaufverträge zu verstoßen", "Maria Zakharova", "indirect"),
        quote("Konsequenzen", "Maria Zakharova", "direct"),
        quote("Das ist Schrott, den wir gegen neue Ausrüstung eintauschen", "Daniel Noboa", "direct"),
        quote("Ecuador sei ein souveränes Land und lasse sich von niemandem vorschreiben, was es mit seinem Eigentum "
              "mache", "Daniel Noboa", "indirect"),
        quote("die betroffenen Lieferungen seien von ecuadorianischen Behörden geprüft worden und einwandfrei gewesen",
              "Sonsoles García", "indirect"),
        quote("die Existenz Tausender Bananenbauern zu gefährden", "Citizen Revolution", "indirect"),
        quote("internen bewaffneten Konflikt", "Daniel Noboa", "direct"),
    ],
    "entities": [
        entity("Quito", "LOC", "ECU", ["Quito"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Ecuadorian banana exporters", "ORG", "ECU", ["mehrerer ecuadorianischer Exporteure",
                                                             "fünf Unternehmen"]),
        entity("Rosselkhoznadzor", "ORG", "RUS", ["Die russische Agraraufsichtsbehörde Rosselchosnadsor",
                                                  "die Behörde"]),
        entity("Ecuador", "LOC", "ECU", ["dem südamerikanischen Land", "Ecuador"]),
        entity("Daniel Noboa", "PER", "ECU", ["Präsident Daniel Noboa", "Noboa", "der 36-Jährige"]),
        entity("United States", "LOC", "USA", ["die USA", "den USA", "Die USA"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Ukraine", "LOC", "UKR", ["die Ukraine"]),
        entity("Maria Zakharova", "PER", "RUS", ["Die Sprecherin des russischen Außenministeriums, Maria Sacharowa"]),
        entity("Ministry of Foreign Affairs of Russia", "ORG", "RUS", ["des russischen Außenministeriums"]),
        entity("Gabriela Sommerfeld", "PER", "ECU", ["Außenministerin Gabriela Sommerfeld"]),
        entity("Sonsoles García", "PER", "ECU", ["Produktionsministerin Sonsoles García"]),
        entity("Acorbanec", "ORG", "ECU", ["Der Verband der Bananenexporteure Acorbanec"]),
        entity("Government of Ecuador", "ORG", "ECU", ["die Regierung", "ecuadorianischen Behörden"]),
        entity("European Union", "ORG", "EUR", ["der Europäischen Union"]),
        entity("Citizen Revolution", "ORG", "ECU", ["Die linke Oppositionspartei Bürgerrevolution"]),
        entity("Rafael Correa", "PER", "ECU", ["des Ex-Präsidenten Rafael Correa"]),
        entity("Ambassador of Russia to Ecuador", "PER", "RUS", ["Der russische Botschafter in Quito"]),
        entity("Ecuadorian drug gangs", "ORG", "ECU", ["die Drogenbanden"]),
    ],
}

# ---------------------------------------------------------------- hm318-en-01 (Colombia, intelligence sharing halted)
PETRO = actor("Gustavo Petro", "COL", "GOV")
US_MIL = actor("U.S. military", "USA", "MIL")
BOAT_CREWS = actor("crews of suspected drug boats", None, "CVL")
COL_SANCHEZ = actor("Pedro Sánchez", "COL", "GOV")
MORENO = actor("Bernie Moreno", "USA", "LEG")
TRUMP_ADMIN = actor("Trump administration", "USA", "GOV")
DUQUE = actor("Iván Duque", "COL", "OPP")
US_NAVY = actor("U.S. Navy", "USA", "MIL")
VEN_GOV = actor("Government of Venezuela", "VEN", "GOV")
COL_OPP = actor("Colombian opposition lawmakers", "COL", "OPP")

C1 = ("BOGOTA, Nov 11 (Reuters) - Colombian President Gustavo Petro on Tuesday ordered the country's security forces "
      "to suspend intelligence sharing with U.S. agencies for as long as Washington keeps striking suspected drug "
      "boats in the Caribbean.")
C2 = ("The order covers all levels of military and police intelligence, including communications with U.S. security "
      "agencies, Petro wrote on X.")
C3 = ('"The fight against drugs must be subordinated to the human rights of the Caribbean people," the 65-year-old '
      'leftist said.')
C4 = ("U.S. forces have carried out at least 19 strikes on vessels in the Caribbean and the eastern Pacific since "
      "early September, killing at least 75 people, according to the Pentagon.")
C5 = ("Petro has called the strikes extrajudicial executions and said a Colombian fisherman, Alejandro Carranza, was "
      "among those killed.")
C6 = ('U.S. Defense Secretary Pete Hegseth announced another strike on Monday, saying the boat had been operated by '
      'a "narco-terrorist" organization and that all six people aboard were killed.')
C7 = ("Defense Minister Pedro Sanchez later said cooperation against transnational crime would continue through "
      "other channels and that Colombia was not breaking with its allies.")
C8 = "The U.S. Embassy in Bogota did not immediately respond to a request for comment."
C9 = ("Republican Senator Bernie Moreno, a Colombian-born critic of Petro, accused the president of protecting drug "
      "traffickers and urged the Trump administration to impose tariffs on Colombian goods.")
C10 = ("Washington revoked Petro's visa in September and last month placed him on its sanctions list, accusing him "
       "of allowing cocaine production to flourish.")
C11 = 'Petro responded at the time that he would never "kneel" before Trump.'
C12 = ("Colombia has long been one of Washington's closest security partners in Latin America, and U.S. intelligence "
       "has helped it seize cocaine shipments and track down guerrilla commanders.")
C13 = ('Former President Ivan Duque called the order "irresponsible" and said it would only benefit the criminal '
       'organizations.')
C14 = ("The U.S. Navy's largest aircraft carrier, the USS Gerald R. Ford, entered the Caribbean region on Tuesday as "
       "part of a military buildup that Venezuela's government has called preparation for an invasion.")
C15 = ("Opposition lawmakers in Bogota warned that the decision would weaken the fight against the ELN guerrilla "
       "group and dissidents of the former FARC rebels.")
C16 = "Petro said Colombia would resume the exchange of intelligence as soon as the attacks stopped."

EN01 = {
    "id": "hm318-en-01", "lang": "en", "url": None, "published": "2025-11-11",
    "title": "Colombia's Petro suspends intelligence sharing with U.S. over boat strikes",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6], [C7, C8], [C9, C10, C11, C12], [C13, C14, C15, C16]),
    "events": [
        event("SANCTION", PETRO, USA, C1, mode="discontinue", date="2025-11-11"),
        event("ASSAULT", US_MIL, BOAT_CREWS, C4, location="Caribbean"),
        event("ACCUSE", PETRO, USA, C5, mode="disapprove"),
        event("ASSAULT", US_MIL, BOAT_CREWS, C6, date="2025-11-10"),
        event("AGREE", COL_SANCHEZ, USA, C7),
        event("ACCUSE", MORENO, PETRO, C9, mode="allege"),
        event("REQUEST", MORENO, TRUMP_ADMIN, C9, mode="change"),
        event("SANCTION", USA, PETRO, C10),
        event("ACCUSE", USA, PETRO, C10, mode="allege"),
        event("ACCUSE", DUQUE, PETRO, C13, mode="disapprove"),
        event("MOBILIZE", US_NAVY, None, C14, mode="troops", date="2025-11-11", location="Caribbean"),
        event("ACCUSE", VEN_GOV, USA, C14, mode="allege"),
        event("ACCUSE", COL_OPP, PETRO, C15, mode="disapprove"),
        event("AGREE", PETRO, USA, C16),
    ],
    "quotes": [
        quote("The order covers all levels of military and police intelligence, including communications with U.S. "
              "security agencies", "Gustavo Petro", "indirect"),
        quote("The fight against drugs must be subordinated to the human rights of the Caribbean people",
              "Gustavo Petro", "direct"),
        quote("U.S. forces have carried out at least 19 strikes on vessels in the Caribbean and the eastern Pacific "
              "since early September, killing at least 75 people", "U.S. Department of Defense", "indirect"),
        quote("a Colombian fisherman, Alejandro Carranza, was among those killed", "Gustavo Petro", "indirect"),
        quote('the boat had been operated by a "narco-terrorist" organization and that all six people aboard were '
              'killed', "Pete Hegseth", "indirect"),
        quote("narco-terrorist", "Pete Hegseth", "direct"),
        quote("cooperation against transnational crime would continue through other channels and that Colombia was "
              "not breaking with its allies", "Pedro Sánchez", "indirect"),
        quote('he would never "kneel" before Trump', "Gustavo Petro", "indirect"),
        quote("kneel", "Gustavo Petro", "direct"),
        quote("irresponsible", "Iván Duque", "direct"),
        quote("it would only benefit the criminal organizations", "Iván Duque", "indirect"),
        quote("the decision would weaken the fight against the ELN guerrilla group and dissidents of the former FARC "
              "rebels", "Colombian opposition lawmakers", "indirect"),
        quote("Colombia would resume the exchange of intelligence as soon as the attacks stopped", "Gustavo Petro",
              "indirect"),
    ],
    "entities": [
        entity("Bogotá", "LOC", "COL", ["BOGOTA", "Bogota"]),
        entity("Gustavo Petro", "PER", "COL", ["Colombian President Gustavo Petro", "Petro", "the 65-year-old leftist",
                                               "the president"]),
        entity("Colombia", "LOC", "COL", ["the country", "Colombia"]),
        entity("Colombian security forces", "ORG", "COL", ["security forces"]),
        entity("U.S. security agencies", "ORG", "USA", ["U.S. agencies", "U.S. security agencies"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Caribbean", "LOC", None, ["the Caribbean", "the Caribbean region"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("U.S. military", "ORG", "USA", ["U.S. forces"]),
        entity("Eastern Pacific", "LOC", None, ["the eastern Pacific"]),
        entity("U.S. Department of Defense", "ORG", "USA", ["the Pentagon"]),
        entity("Alejandro Carranza", "PER", "COL", ["a Colombian fisherman, Alejandro Carranza"]),
        entity("Pete Hegseth", "PER", "USA", ["U.S. Defense Secretary Pete Hegseth"]),
        entity("Pedro Sánchez", "PER", "COL", ["Defense Minister Pedro Sanchez"]),
        entity("U.S. Embassy in Bogotá", "ORG", "USA", ["The U.S. Embassy in Bogota"]),
        entity("Bernie Moreno", "PER", "USA", ["Republican Senator Bernie Moreno"]),
        entity("Trump administration", "ORG", "USA", ["the Trump administration"]),
        entity("Donald Trump", "PER", "USA", ["Trump"]),
        entity("Latin America", "LOC", None, ["Latin America"]),
        entity("Iván Duque", "PER", "COL", ["Former President Ivan Duque"]),
        entity("U.S. Navy", "ORG", "USA", ["The U.S. Navy"]),
        entity("USS Gerald R. Ford", "LOC", "USA", ["The U.S. Navy's largest aircraft carrier, the USS Gerald R. Ford"]),
        entity("Government of Venezuela", "ORG", "VEN", ["Venezuela's government"]),
        entity("Colombian opposition lawmakers", "ORG", "COL", ["Opposition lawmakers in Bogota"]),
        entity("National Liberation Army", "ORG", "COL", ["the ELN guerrilla group"]),
        entity("FARC dissidents", "ORG", "COL", ["dissidents of the former FARC rebels"]),
    ],
}

# ---------------------------------------------------------------- hm318-en-02 (Argentina, university march)
UNI_PROTESTERS = actor("university protesters in Argentina", "ARG", "CVL")
MILEI = actor("Javier Milei", "ARG", "GOV")
ARG_CONGRESS = actor("Argentine Congress", "ARG", "LEG")
GELPI = actor("Ricardo Gelpi", "ARG", "CVL")
ADORNI = actor("Manuel Adorni", "ARG", "GOV")
ARG_OPP = actor("Argentine opposition parties", "ARG", "OPP")
ARG_UNIS = actor("Argentine public universities", "ARG", "CVL")
BULLRICH = actor("Patricia Bullrich", "ARG", "GOV")
ARG_FED_POLICE = actor("Argentine Federal Police", "ARG", "COP")
KICILLOF = actor("Axel Kicillof", "ARG", "OPP")
CFK = actor("Cristina Fernández de Kirchner", "ARG", "OPP")
CGT = actor("General Confederation of Labour", "ARG", "LAB")
CONADU = actor("CONADU", "ARG", "LAB")
ARG_GOV = actor("Government of Argentina", "ARG", "GOV")

U1 = ("BUENOS AIRES, Argentina (AP) - Hundreds of thousands of Argentines marched through Buenos Aires and other "
      "cities on Wednesday in defense of public universities, in one of the largest protests against President "
      "Javier Milei's austerity policies since he took office in December.")
U2 = ("The march was called by university rectors, student federations and teachers' unions after Milei vowed to "
      "veto a law that would raise university funding in line with inflation.")
U3 = ("Protesters filled the Plaza de Mayo in front of the Casa Rosada presidential palace, while others gathered "
      "outside Congress.")
U4 = ('"Public university is not a privilege, it is a right," read a giant banner carried by students of the '
      'University of Buenos Aires.')
U5 = ("University of Buenos Aires rector Ricardo Gelpi said the universities could no longer pay decent salaries or "
      "keep their hospitals running, and urged lawmakers to defend the law.")
U6 = ("Presidential spokesman Manuel Adorni said the veto would be signed on Thursday because the law threatened the "
      "government's goal of a balanced budget.")
U7 = ("He accused opposition parties of using the universities for political ends and said the government had "
      "already raised their budgets twice this year.")
U8 = ('"Nobody is against public education. We are against the theft," Milei wrote on X, repeating his claim that '
      'universities refuse to be audited.')
U9 = ("Security Minister Patricia Bullrich deployed federal police along the route, but the march ended peacefully "
      "and no arrests were reported.")
U10 = ('Opposition leaders, among them Buenos Aires province Governor Axel Kicillof, joined the march, and former '
       'President Cristina Fernandez de Kirchner called on Milei to "listen to the streets."')
U11 = ("The CGT, the country's largest labor federation, also joined, and the university teachers' union CONADU "
       "announced a 48-hour strike for next week.")
U12 = "Congress passed the funding law in September with votes from centrist and leftist parties."
U13 = ("To uphold a veto, Milei needs the support of one third of lawmakers in either chamber, and his government "
       "has been courting legislators of the center-right PRO party.")
U14 = ("Milei has sharply cut public spending, bringing monthly inflation down from 25% to below 4%, but the "
       "squeeze has hit wages and pensions.")
U15 = "Poverty rose to 52.9% in the first half of the year, the INDEC statistics agency said last week."

EN02 = {
    "id": "hm318-en-02", "lang": "en", "url": None, "published": "2024-10-02",
    "title": "Hundreds of thousands march in Argentina to defend public universities from Milei's cuts",
    "text": paragraphs([U1, U2, U3, U4], [U5, U6, U7, U8], [U9, U10, U11], [U12, U13, U14, U15]),
    "events": [
        event("PROTEST", UNI_PROTESTERS, MILEI, U1, mode="demo", date="2024-10-02", location="Buenos Aires",
              location_country="ARG"),
        event("REJECT", MILEI, ARG_CONGRESS, U2, mode="change"),
        event("PROTEST", UNI_PROTESTERS, MILEI, U3, mode="demo", location="Plaza de Mayo", location_country="ARG"),
        event("REQUEST", GELPI, ARG_CONGRESS, U5, mode="change"),
        event("REJECT", ADORNI, ARG_CONGRESS, U6, mode="change"),
        event("ACCUSE", ADORNI, ARG_OPP, U7, mode="disapprove"),
        event("ACCUSE", MILEI, ARG_UNIS, U8, mode="allege"),
        event("MOBILIZE", BULLRICH, None, U9, mode="police"),
        event("COERCE", ARG_FED_POLICE, UNI_PROTESTERS, U9, mode="arrest", negated=True),
        event("PROTEST", KICILLOF, MILEI, U10, mode="demo"),
        event("REQUEST", CFK, MILEI, U10, mode="change"),
        event("PROTEST", CGT, MILEI, U11, mode="demo"),
        event("THREATEN", CONADU, ARG_GOV, U11, mode="restrict"),
    ],
    "quotes": [
        quote("Public university is not a privilege, it is a right", "students of the University of Buenos Aires",
              "direct"),
        quote("the universities could no longer pay decent salaries or keep their hospitals running", "Ricardo Gelpi",
              "indirect"),
        quote("the veto would be signed on Thursday because the law threatened the government's goal of a balanced "
              "budget", "Manuel Adorni", "indirect"),
        quote("the government had already raised their budgets twice this year", "Manuel Adorni", "indirect"),
        quote("Nobody is against public education. We are against the theft", "Javier Milei", "direct"),
        quote("universities refuse to be audited", "Javier Milei", "indirect"),
        quote("listen to the streets", "Cristina Fernández de Kirchner", "direct"),
        quote("Poverty rose to 52.9% in the first half of the year", "INDEC", "indirect"),
    ],
    "entities": [
        entity("Buenos Aires", "LOC", "ARG", ["BUENOS AIRES", "Buenos Aires"]),
        entity("Argentina", "LOC", "ARG", ["Argentina", "the country"]),
        entity("university protesters in Argentina", "ORG", "ARG", ["Hundreds of thousands of Argentines",
                                                                    "Protesters"]),
        entity("Javier Milei", "PER", "ARG", ["President Javier Milei", "Milei"]),
        entity("Argentine public universities", "ORG", "ARG", ["public universities", "the universities",
                                                                "universities"]),
        entity("university rectors", "ORG", "ARG", ["university rectors"]),
        entity("student federations", "ORG", "ARG", ["student federations"]),
        entity("university teachers' unions", "ORG", "ARG", ["teachers' unions"]),
        entity("Plaza de Mayo", "LOC", "ARG", ["the Plaza de Mayo"]),
        entity("Casa Rosada", "LOC", "ARG", ["the Casa Rosada presidential palace"]),
        entity("Argentine Congress", "ORG", "ARG", ["Congress", "lawmakers"]),
        entity("students of the University of Buenos Aires", "ORG", "ARG", ["students of the University of Buenos "
                                                                            "Aires"]),
        entity("University of Buenos Aires", "ORG", "ARG", ["the University of Buenos Aires",
                                                            "University of Buenos Aires"]),
        entity("Ricardo Gelpi", "PER", "ARG", ["University of Buenos Aires rector Ricardo Gelpi"]),
        entity("Manuel Adorni", "PER", "ARG", ["Presidential spokesman Manuel Adorni"]),
        entity("Government of Argentina", "ORG", "ARG", ["the government", "his government"]),
        entity("Argentine opposition parties", "ORG", "ARG", ["opposition parties", "Opposition leaders"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Patricia Bullrich", "PER", "ARG", ["Security Minister Patricia Bullrich"]),
        entity("Argentine Federal Police", "ORG", "ARG", ["federal police"]),
        entity("Buenos Aires Province", "LOC", "ARG", ["Buenos Aires province"]),
        entity("Axel Kicillof", "PER", "ARG", ["Buenos Aires province Governor Axel Kicillof"]),
        entity("Cristina Fernández de Kirchner", "PER", "ARG", ["former President Cristina Fernandez de Kirchner"]),
        entity("General Confederation of Labour", "ORG", "ARG", ["The CGT, the country's largest labor federation"]),
        entity("CONADU", "ORG", "ARG", ["the university teachers' union CONADU"]),
        entity("PRO", "ORG", "ARG", ["the center-right PRO party"]),
        entity("INDEC", "ORG", "ARG", ["the INDEC statistics agency"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
