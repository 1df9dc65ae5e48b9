"""Round 363: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm363-de-01: Mexico: the Chamber of Deputies refuses the Morelos prosecutors' request to lift the immunity of ex-footballer and ex-governor Cuauhtémoc Blanco over an alleged attempted rape of his half-sister; Blanco blames ex-prosecutor Uriel Carmona, opposition deputies hold up signs, women protest outside San Lázaro, the half-sister's lawyer condemns, Monreal attacks the prosecutors, MC demands Blanco's resignation, Sheinbaum defers to Congress (2025-03-26).
- hm363-de-02: Mexico: soldiers fire on a truck carrying migrants near Villa Comaltitlán in Chiapas, six dead; Sedena suspends two soldiers, the FGR investigates, Trevilla pledges cooperation, Sheinbaum condemns and promises no impunity, Egypt and Peru demand clarification, Lima offers help to relatives, the UN human rights office condemns (2024-10-03).
- hm363-de-03: Canada: Federal Court judge Richard Mosley rules the 2022 invocation of the Emergencies Act against the trucker protests unreasonable; the frozen bank accounts and assembly ban recalled, Freeland announces an appeal and disagrees, the CCLA and the Canadian Constitution Foundation had sued, Mendelsohn Aviv and Danielle Smith welcome the ruling, Poilievre attacks Trudeau, the Rouleau commission and the police clearance of Ottawa recalled (2024-01-23).
- hm363-de-04: Canada/Quebec: the National Assembly passes Bill 2 on doctors' pay under closure, tying pay to targets and fining collective pressure tactics; the FMOQ condemns and threatens legal action, the FMSQ files suit, both federations demand a suspension, Dubé offers talks but refuses, St-Pierre Plamondon attacks Legault, Rodriguez demands repeal (2025-10-27).
- hm363-en-01: United States: Letcher County Sheriff Shawn Stines charged with murder after shooting District Judge Kevin Mullins in his chambers in Whitesburg, Kentucky; he surrenders, Kentucky State Police investigate, Beshear and Chief Justice VanMeter condemn, Attorney General Coleman to prosecute, held without bond, the federal lawsuit against the sheriff recalled (2024-09-20).
- hm363-en-02: United States: Cody Balmer charged with attempted homicide and terrorism over the arson attack on Pennsylvania Gov. Josh Shapiro's residence after the family's Passover Seder; he turns himself in, held without bail, motive investigated, Shapiro condemns and thanks troopers, Trump, Fetterman and McCormick condemn, the FBI assists, state police review security (2025-04-14).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm363-de-01 (Mexico, Cuauhtémoc Blanco keeps immunity)
MEX_CHAMBER = actor("Chamber of Deputies of Mexico", "MEX", "LEG")
MORELOS_PROSECUTORS = actor("Morelos State Prosecutor's Office", "MEX", "JUD")
BLANCO = actor("Cuauhtémoc Blanco", "MEX", "LEG")
CARMONA = actor("Uriel Carmona", "MEX", "JUD")
OPP_DEPUTIES = actor("opposition deputies in the Chamber of Deputies of Mexico", "MEX", "OPP")
SAN_LAZARO_PROTESTERS = actor("women protesting outside the Chamber of Deputies", "MEX", "CVL")
SISTER_LAWYER = actor("lawyer of Cuauhtémoc Blanco's half-sister", "MEX", "CVL")
MONREAL = actor("Ricardo Monreal", "MEX", "LEG")
MC = actor("Movimiento Ciudadano", "MEX", "PTY")

B1 = ("Mexiko-Stadt (dpa) - Das mexikanische Abgeordnetenhaus hat die Aufhebung der Immunität des früheren "
      "Fußballstars Cuauhtémoc Blanco abgelehnt.")
B2 = ("Mit den Stimmen der Regierungspartei Morena und ihrer Verbündeten folgte das Plenum am Dienstagabend der "
      "Empfehlung eines Ausschusses, den Antrag der Staatsanwaltschaft des Bundesstaates Morelos zurückzuweisen.")
B3 = ("Die Anklagebehörde wirft dem 52-Jährigen vor, seine Halbschwester im Haus der Familie zu vergewaltigen "
      "versucht zu haben.")
B4 = "Blanco, der von 2018 bis 2024 Gouverneur von Morelos war und heute als Abgeordneter für Morena sitzt, bestreitet das."
B5 = "„Ich bin unschuldig, und das wissen alle hier“, sagte er nach der Abstimmung vor Journalisten."
B6 = ("Er warf dem früheren Generalstaatsanwalt von Morelos, Uriel Carmona, vor, die Ermittlungen aus persönlicher "
      "Rache angestoßen zu haben.")
B7 = ("Während der Debatte hielten Abgeordnete der Opposition Schilder mit der Aufschrift „Kein Schutz für "
      "Vergewaltiger“ in die Höhe.")
B8 = "Vor dem Parlamentsgebäude in San Lázaro demonstrierten Dutzende Frauen gegen die Entscheidung."
B9 = "Die Anwältin der Halbschwester nannte das Votum einen „Pakt der Straflosigkeit“."
B10 = ("Morena-Fraktionschef Ricardo Monreal warf der Staatsanwaltschaft dagegen vor, einen schlampig begründeten "
       "Antrag ohne belastbare Beweise vorgelegt zu haben.")
B11 = "Die oppositionelle Bürgerbewegung (MC) forderte Blanco auf, sein Mandat niederzulegen."
B12 = ("Präsidentin Claudia Sheinbaum, die wie Blanco der Morena angehört, sagte am Mittwoch, die Entscheidung liege "
       "allein beim Parlament.")
B13 = "Die Ermittlungen könnten nach dem Ende seines Mandats weitergeführt werden, fügte sie hinzu."
B14 = ("Blanco gehört zu den bekanntesten Fußballern Mexikos, er spielte bei drei Weltmeisterschaften und wechselte "
       "2015 in die Politik.")
B15 = "Abgeordnete können in Mexiko nur strafrechtlich verfolgt werden, wenn das Parlament ihre Immunität aufhebt."

DE01 = {
    "id": "hm363-de-01", "lang": "de", "url": None, "published": "2025-03-26",
    "title": "Mexikos Parlament schützt Ex-Fußballstar Blanco vor Strafverfolgung",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6], [B7, B8, B9], [B10, B11, B12, B13], [B14, B15]),
    "events": [
        event("REJECT", MEX_CHAMBER, MORELOS_PROSECUTORS, B1, location_country="MEX"),
        event("REJECT", MEX_CHAMBER, MORELOS_PROSECUTORS, B2, date="2025-03-25", location="Mexico City",
              location_country="MEX"),
        event("ACCUSE", MORELOS_PROSECUTORS, BLANCO, B3, mode="allege"),
        event("ACCUSE", BLANCO, CARMONA, B6, mode="allege"),
        event("PROTEST", OPP_DEPUTIES, BLANCO, B7, mode="demo", location="Mexico City", location_country="MEX"),
        event("PROTEST", SAN_LAZARO_PROTESTERS, MEX_CHAMBER, B8, mode="demo", location="San Lázaro",
              location_country="MEX"),
        event("ACCUSE", SISTER_LAWYER, MEX_CHAMBER, B9, mode="disapprove"),
        event("ACCUSE", MONREAL, MORELOS_PROSECUTORS, B10, mode="disapprove"),
        event("REQUEST", MC, BLANCO, B11, mode="change"),
    ],
    "quotes": [
        quote("seine Halbschwester im Haus der Familie zu vergewaltigen versucht zu haben",
              "Morelos State Prosecutor's Office", "indirect"),
        quote("Ich bin unschuldig, und das wissen alle hier", "Cuauhtémoc Blanco", "direct"),
        quote("die Ermittlungen aus persönlicher Rache angestoßen zu haben", "Cuauhtémoc Blanco", "indirect"),
        quote("Kein Schutz für Vergewaltiger", "opposition deputies in the Chamber of Deputies of Mexico", "direct"),
        quote("Pakt der Straflosigkeit", "lawyer of Cuauhtémoc Blanco's half-sister", "direct"),
        quote("einen schlampig begründeten Antrag ohne belastbare Beweise vorgelegt zu haben", "Ricardo Monreal",
              "indirect"),
        quote("die Entscheidung liege allein beim Parlament", "Claudia Sheinbaum", "indirect"),
        quote("Die Ermittlungen könnten nach dem Ende seines Mandats weitergeführt werden", "Claudia Sheinbaum",
              "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt"]),
        entity("Chamber of Deputies of Mexico", "ORG", "MEX", ["Das mexikanische Abgeordnetenhaus", "das Plenum",
                                                               "Parlament", "das Parlament"]),
        entity("Cuauhtémoc Blanco", "PER", "MEX", ["des früheren Fußballstars Cuauhtémoc Blanco", "dem 52-Jährigen",
                                                   "Blanco", "er", "Er", "seines Mandats"]),
        entity("Morena", "ORG", "MEX", ["der Regierungspartei Morena", "Morena", "der Morena"]),
        entity("committee of the Chamber of Deputies on Blanco's immunity", "ORG", "MEX", ["eines Ausschusses"]),
        entity("Morelos State Prosecutor's Office", "ORG", "MEX", ["der Staatsanwaltschaft des Bundesstaates Morelos",
                                                                   "Die Anklagebehörde",
                                                                   "der Staatsanwaltschaft"]),
        entity("Morelos", "LOC", "MEX", ["Morelos"]),
        entity("half-sister of Cuauhtémoc Blanco", "PER", "MEX", ["seine Halbschwester", "der Halbschwester"]),
        entity("Uriel Carmona", "PER", "MEX", ["dem früheren Generalstaatsanwalt von Morelos, Uriel Carmona"]),
        entity("opposition deputies in the Chamber of Deputies of Mexico", "PER", "MEX",
               ["Abgeordnete der Opposition"]),
        entity("San Lázaro", "LOC", "MEX", ["San Lázaro"]),
        entity("women protesting outside the Chamber of Deputies", "PER", "MEX", ["Dutzende Frauen"]),
        entity("lawyer of Cuauhtémoc Blanco's half-sister", "PER", "MEX", ["Die Anwältin der Halbschwester"]),
        entity("Ricardo Monreal", "PER", "MEX", ["Morena-Fraktionschef Ricardo Monreal"]),
        entity("Movimiento Ciudadano", "ORG", "MEX", ["Die oppositionelle Bürgerbewegung (MC)"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Präsidentin Claudia Sheinbaum", "sie"]),
        entity("Mexico", "LOC", "MEX", ["Mexikos", "in Mexiko"]),
    ],
}

# ---------------------------------------------------------------- hm363-de-02 (Mexico, soldiers shoot migrants in Chiapas)
MEX_SOLDIERS = actor("Mexican Army soldiers in Chiapas", "MEX", "MIL")
CHIAPAS_MIGRANTS = actor("migrants shot at near Villa Comaltitlán", "MEX", "CVL")
SEDENA = actor("Secretariat of National Defense of Mexico", "MEX", "MIL")
TWO_SOLDIERS = actor("two soldiers who fired on the migrants' truck", "MEX", "MIL")
FGR = actor("Attorney General's Office of Mexico", "MEX", "JUD")
TREVILLA = actor("Ricardo Trevilla Trejo", "MEX", "MIL")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
EGY_FM = actor("Ministry of Foreign Affairs of Egypt", "EGY", "GOV")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
PER_GOV = actor("Government of Peru", "PER", "GOV")
PER_RELATIVES = actor("relatives of the Peruvian migrant killed in Chiapas", "PER", "CVL")
OHCHR_MEX = actor("Office of the UN High Commissioner for Human Rights in Mexico", "UNO", "IGO")

M1 = ("Mexiko-Stadt (dpa) - Im Süden Mexikos haben Soldaten auf einen Lastwagen mit Migranten geschossen und dabei "
      "sechs Menschen getötet.")
M2 = ("Zehn weitere Insassen wurden nach Angaben des Verteidigungsministeriums verletzt, als die Soldaten am "
      "Dienstagabend nahe der Ortschaft Villa Comaltitlán im Bundesstaat Chiapas das Feuer eröffneten.")
M3 = "Unter den Toten seien Migranten aus Ägypten, Peru und El Salvador, hieß es."
M4 = ("Eine Patrouille habe Schüsse gehört und anschließend mehrere Fahrzeuge bemerkt, die mit hoher Geschwindigkeit "
      "davonfuhren, teilte das Ministerium mit.")
M5 = "Die beiden Soldaten, die geschossen hätten, wurden vom Dienst suspendiert."
M6 = "Die Generalstaatsanwaltschaft FGR leitete Ermittlungen gegen die beiden Männer ein."
M7 = "Verteidigungsminister Ricardo Trevilla Trejo sicherte den Ermittlern die volle Zusammenarbeit der Armee zu."
M8 = "Präsidentin Claudia Sheinbaum, die erst am Dienstag ihr Amt angetreten hatte, verurteilte die Schüsse."
M9 = "„Das darf sich nicht wiederholen, und es wird keine Straflosigkeit geben“, sagte sie in ihrer morgendlichen Pressekonferenz."
M10 = ("Das Außenministerium in Kairo forderte Mexiko auf, den Tod der ägyptischen Staatsbürger vollständig "
       "aufzuklären.")
M11 = ("Auch Perus Regierung verlangte Aufklärung und bot den Angehörigen des getöteten Peruaners Hilfe bei der "
       "Überführung des Leichnams an.")
M12 = ("Das Büro des UN-Hochkommissars für Menschenrechte in Mexiko kritisierte einen „unverhältnismäßigen Einsatz "
       "von Gewalt“.")
M13 = ("Menschenrechtsorganisationen werfen den Sicherheitskräften seit Langem vor, entlang der Migrationsrouten "
       "im Süden des Landes übermäßige Gewalt anzuwenden.")
M14 = ("Chiapas an der Grenze zu Guatemala ist für Hunderttausende Migranten aus Lateinamerika, aber auch aus Afrika "
       "und Asien, das Tor auf dem Weg in die USA.")
M15 = "Viele von ihnen reisen auf Lastwagen von Schleusern, um Kontrollen zu umgehen."

DE02 = {
    "id": "hm363-de-02", "lang": "de", "url": None, "published": "2024-10-03",
    "title": "Soldaten schießen in Mexiko auf Migranten - sechs Tote",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6, M7], [M8, M9], [M10, M11, M12], [M13, M14, M15]),
    "events": [
        event("ASSAULT", MEX_SOLDIERS, CHIAPAS_MIGRANTS, M1, mode="firearms", location="Chiapas",
              location_country="MEX"),
        event("ASSAULT", MEX_SOLDIERS, CHIAPAS_MIGRANTS, M2, mode="firearms", date="2024-10-01",
              location="Villa Comaltitlán", location_country="MEX"),
        event("SANCTION", SEDENA, TWO_SOLDIERS, M5, mode="expel"),
        event("ACCUSE", FGR, TWO_SOLDIERS, M6, mode="investigate"),
        event("AGREE", TREVILLA, FGR, M7),
        event("ACCUSE", SHEINBAUM, MEX_SOLDIERS, M8, mode="disapprove"),
        event("THREATEN", SHEINBAUM, MEX_SOLDIERS, M9),
        event("REQUEST", EGY_FM, MEX_GOV, M10),
        event("REQUEST", PER_GOV, MEX_GOV, M11),
        event("AGREE", PER_GOV, PER_RELATIVES, M11),
        event("ACCUSE", OHCHR_MEX, MEX_SOLDIERS, M12, mode="disapprove"),
    ],
    "quotes": [
        quote("Zehn weitere Insassen wurden nach Angaben des Verteidigungsministeriums verletzt, als die Soldaten am "
              "Dienstagabend nahe der Ortschaft Villa Comaltitlán im Bundesstaat Chiapas das Feuer eröffneten",
              "Secretariat of National Defense of Mexico", "indirect"),
        quote("Unter den Toten seien Migranten aus Ägypten, Peru und El Salvador",
              "Secretariat of National Defense of Mexico", "indirect"),
        quote("Eine Patrouille habe Schüsse gehört und anschließend mehrere Fahrzeuge bemerkt, die mit hoher "
              "Geschwindigkeit davonfuhren", "Secretariat of National Defense of Mexico", "indirect"),
        quote("Das darf sich nicht wiederholen, und es wird keine Straflosigkeit geben", "Claudia Sheinbaum",
              "direct"),
        quote("unverhältnismäßigen Einsatz von Gewalt",
              "Office of the UN High Commissioner for Human Rights in Mexico", "direct"),
        quote("entlang der Migrationsrouten im Süden des Landes übermäßige Gewalt anzuwenden",
              "human rights organisations", "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt"]),
        entity("Mexico", "LOC", "MEX", ["Mexikos", "Mexiko", "des Landes"]),
        entity("Mexican Army soldiers in Chiapas", "ORG", "MEX", ["Soldaten", "die Soldaten", "Eine Patrouille"]),
        entity("migrants shot at near Villa Comaltitlán", "PER", "MEX", ["Migranten", "sechs Menschen",
                                                                         "Zehn weitere Insassen"]),
        entity("Secretariat of National Defense of Mexico", "ORG", "MEX", ["des Verteidigungsministeriums",
                                                                           "das Ministerium"]),
        entity("Villa Comaltitlán", "LOC", "MEX", ["der Ortschaft Villa Comaltitlán"]),
        entity("Chiapas", "LOC", "MEX", ["Bundesstaat Chiapas", "Chiapas"]),
        entity("Egypt", "LOC", "EGY", ["Ägypten"]),
        entity("Peru", "LOC", "PER", ["Peru"]),
        entity("El Salvador", "LOC", "SLV", ["El Salvador"]),
        entity("two soldiers who fired on the migrants' truck", "PER", "MEX",
               ["Die beiden Soldaten, die geschossen hätten", "die beiden Männer"]),
        entity("Attorney General's Office of Mexico", "ORG", "MEX", ["Die Generalstaatsanwaltschaft FGR",
                                                                     "den Ermittlern"]),
        entity("Ricardo Trevilla Trejo", "PER", "MEX", ["Verteidigungsminister Ricardo Trevilla Trejo"]),
        entity("Mexican Army", "ORG", "MEX", ["der Armee"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Präsidentin Claudia Sheinbaum", "sie"]),
        entity("Ministry of Foreign Affairs of Egypt", "ORG", "EGY", ["Das Außenministerium in Kairo"]),
        entity("Cairo", "LOC", "EGY", ["Kairo"]),
        entity("Government of Peru", "ORG", "PER", ["Perus Regierung"]),
        entity("relatives of the Peruvian migrant killed in Chiapas", "PER", "PER",
               ["den Angehörigen des getöteten Peruaners"]),
        entity("Peruvian migrant killed in Chiapas", "PER", "PER", ["des getöteten Peruaners"]),
        entity("Office of the UN High Commissioner for Human Rights in Mexico", "ORG", "UNO",
               ["Das Büro des UN-Hochkommissars für Menschenrechte in Mexiko"]),
        entity("human rights organisations", "ORG", "NGO", ["Menschenrechtsorganisationen"]),
        entity("Mexican security forces", "ORG", "MEX", ["den Sicherheitskräften"]),
        entity("Guatemala", "LOC", "GTM", ["Guatemala"]),
        entity("Latin America", "LOC", None, ["Lateinamerika"]),
        entity("Africa", "LOC", None, ["Afrika"]),
        entity("Asia", "LOC", None, ["Asien"]),
        entity("United States", "LOC", "USA", ["die USA"]),
    ],
}

# ---------------------------------------------------------------- hm363-de-03 (Canada, Emergencies Act ruling)
FED_COURT = actor("Federal Court of Canada", "CAN", "JUD")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
MOSLEY = actor("Richard Mosley", "CAN", "JUD")
TRUDEAU = actor("Justin Trudeau", "CAN", "GOV")
CONVOY = actor("Freedom Convoy protesters", "CAN", "CVL")
FREELAND = actor("Chrystia Freeland", "CAN", "GOV")
CCLA = actor("Canadian Civil Liberties Association", "CAN", "NGO")
CCF = actor("Canadian Constitution Foundation", "CAN", "NGO")
MENDELSOHN = actor("Noa Mendelsohn Aviv", "CAN", "NGO")
POILIEVRE = actor("Pierre Poilievre", "CAN", "OPP")
DSMITH = actor("Danielle Smith", "CAN", "GOV")
CAN_POLICE = actor("police in Ottawa", "CAN", "COP")

K1 = ("Ottawa (dpa) - Kanadas Regierung hat mit der Anwendung des Notstandsgesetzes gegen die Trucker-Proteste "
      "Anfang 2022 nach einem Gerichtsurteil rechtswidrig gehandelt.")
K2 = ("Die Berufung auf den Emergencies Act sei „nicht angemessen“ gewesen und habe die in der Verfassung "
      "garantierten Grundrechte verletzt, entschied Richter Richard Mosley vom Bundesgericht am Dienstag.")
K3 = ("Premierminister Justin Trudeau hatte das Gesetz im Februar 2022 erstmals seit seiner Verabschiedung 1988 "
      "angewandt, um die wochenlange Blockade der Hauptstadt durch Lastwagenfahrer und Gegner der Corona-Maßnahmen "
      "zu beenden.")
K4 = ("Die Behörden ließen damals unter anderem Bankkonten von Demonstranten einfrieren und verboten Versammlungen "
      "in der Innenstadt.")
K5 = "Vizeregierungschefin und Finanzministerin Chrystia Freeland kündigte umgehend an, die Regierung werde Berufung einlegen."
K6 = ("„Wir sind mit dem Urteil respektvoll nicht einverstanden“, sagte sie am Rande einer Kabinettsklausur in "
      "Montreal.")
K7 = ("Die Lage sei damals eine echte Bedrohung für die Sicherheit und die Wirtschaft des Landes gewesen, fügte die "
      "Ministerin hinzu.")
K8 = ("Geklagt hatten unter anderem die Bürgerrechtsorganisation Canadian Civil Liberties Association (CCLA) und die "
      "konservative Canadian Constitution Foundation.")
K9 = "CCLA-Direktorin Noa Mendelsohn Aviv sprach von einem „wichtigen Sieg für die Bürgerrechte“ in Kanada."
K10 = ("Oppositionsführer Pierre Poilievre von den Konservativen warf Trudeau vor, „das höchste Gesetz des Landes "
       "gebrochen“ zu haben.")
K11 = ("Albertas Premierministerin Danielle Smith, deren Provinzregierung sich an dem Verfahren beteiligt hatte, "
       "begrüßte das Urteil ebenfalls.")
K12 = ("Eine gesetzlich vorgeschriebene Untersuchungskommission unter dem Richter Paul Rouleau war Anfang 2023 noch "
       "zu dem Schluss gekommen, dass die Voraussetzungen für den Notstand erfüllt waren.")
K13 = ("Die Proteste hatten sich an einer Impfpflicht für Lastwagenfahrer entzündet, die zwischen Kanada und den USA "
       "pendeln.")
K14 = ("Die Polizei räumte das Zentrum Ottawas nach mehr als drei Wochen und nahm fast 200 Menschen fest.")

DE03 = {
    "id": "hm363-de-03", "lang": "de", "url": None, "published": "2024-01-23",
    "title": "Gericht: Kanadas Notstand gegen Trucker-Proteste war rechtswidrig",
    "text": paragraphs([K1, K2], [K3, K4], [K5, K6, K7], [K8, K9, K10, K11], [K12, K13, K14]),
    "events": [
        event("SANCTION", FED_COURT, CAN_GOV, K1, mode="convict", location_country="CAN"),
        event("SANCTION", MOSLEY, CAN_GOV, K2, mode="convict", date="2024-01-23"),
        event("COERCE", TRUDEAU, None, K3, mode="martial-law", location="Ottawa", location_country="CAN"),
        event("PROTEST", CONVOY, CAN_GOV, K3, mode="obstruct", location="Ottawa", location_country="CAN"),
        event("SANCTION", CAN_GOV, CONVOY, K4),
        event("COERCE", CAN_GOV, CONVOY, K4, mode="restrict", location="Ottawa", location_country="CAN"),
        event("REJECT", FREELAND, FED_COURT, K5),
        event("ACCUSE", FREELAND, FED_COURT, K6, mode="disapprove", location="Montreal", location_country="CAN"),
        event("ACCUSE", CCLA, CAN_GOV, K8, mode="allege"),
        event("ACCUSE", CCF, CAN_GOV, K8, mode="allege"),
        event("SUPPORT", MENDELSOHN, FED_COURT, K9),
        event("ACCUSE", POILIEVRE, TRUDEAU, K10, mode="disapprove"),
        event("SUPPORT", DSMITH, FED_COURT, K11),
        event("COERCE", CAN_POLICE, CONVOY, K14, mode="arrest", location="Ottawa", location_country="CAN"),
    ],
    "quotes": [
        quote("nicht angemessen", "Richard Mosley", "direct"),
        quote("Die Berufung auf den Emergencies Act sei „nicht angemessen“ gewesen und habe die in der Verfassung "
              "garantierten Grundrechte verletzt", "Richard Mosley", "indirect"),
        quote("die Regierung werde Berufung einlegen", "Chrystia Freeland", "indirect"),
        quote("Wir sind mit dem Urteil respektvoll nicht einverstanden", "Chrystia Freeland", "direct"),
        quote("Die Lage sei damals eine echte Bedrohung für die Sicherheit und die Wirtschaft des Landes gewesen",
              "Chrystia Freeland", "indirect"),
        quote("wichtigen Sieg für die Bürgerrechte", "Noa Mendelsohn Aviv", "direct"),
        quote("das höchste Gesetz des Landes gebrochen", "Pierre Poilievre", "direct"),
        quote("„das höchste Gesetz des Landes gebrochen“ zu haben", "Pierre Poilievre", "indirect"),
        quote("dass die Voraussetzungen für den Notstand erfüllt waren", "Public Order Emergency Commission",
              "indirect"),
    ],
    "entities": [
        entity("Ottawa", "LOC", "CAN", ["Ottawa", "der Hauptstadt", "Ottawas"]),
        entity("Canada", "LOC", "CAN", ["Kanadas", "des Landes", "Kanada"]),
        entity("Government of Canada", "ORG", "CAN", ["Kanadas Regierung", "Die Behörden", "die Regierung"]),
        entity("Richard Mosley", "PER", "CAN", ["Richter Richard Mosley"]),
        entity("Federal Court of Canada", "ORG", "CAN", ["vom Bundesgericht"]),
        entity("Justin Trudeau", "PER", "CAN", ["Premierminister Justin Trudeau", "Trudeau"]),
        entity("Freedom Convoy protesters", "PER", "CAN", ["Lastwagenfahrer und Gegner der Corona-Maßnahmen",
                                                           "Demonstranten", "fast 200 Menschen"]),
        entity("Chrystia Freeland", "PER", "CAN", ["Vizeregierungschefin und Finanzministerin Chrystia Freeland",
                                                   "sie", "die Ministerin"]),
        entity("Montreal", "LOC", "CAN", ["Montreal"]),
        entity("Canadian Civil Liberties Association", "ORG", "CAN",
               ["die Bürgerrechtsorganisation Canadian Civil Liberties Association (CCLA)", "CCLA"]),
        entity("Canadian Constitution Foundation", "ORG", "CAN", ["die konservative Canadian Constitution Foundation"]),
        entity("Noa Mendelsohn Aviv", "PER", "CAN", ["CCLA-Direktorin Noa Mendelsohn Aviv"]),
        entity("Pierre Poilievre", "PER", "CAN", ["Oppositionsführer Pierre Poilievre"]),
        entity("Conservative Party of Canada", "ORG", "CAN", ["den Konservativen"]),
        entity("Danielle Smith", "PER", "CAN", ["Albertas Premierministerin Danielle Smith"]),
        entity("Alberta", "LOC", "CAN", ["Albertas"]),
        entity("Government of Alberta", "ORG", "CAN", ["deren Provinzregierung"]),
        entity("Public Order Emergency Commission", "ORG", "CAN",
               ["Eine gesetzlich vorgeschriebene Untersuchungskommission"]),
        entity("Paul Rouleau", "PER", "CAN", ["dem Richter Paul Rouleau"]),
        entity("United States", "LOC", "USA", ["den USA"]),
        entity("police in Ottawa", "ORG", "CAN", ["Die Polizei"]),
    ],
}

# ---------------------------------------------------------------- hm363-de-04 (Canada/Quebec, Bill 2 on doctors' pay)
QC_ASSEMBLY = actor("National Assembly of Quebec", "CAN", "LEG")
QC_DOCTORS = actor("doctors in Quebec", "CAN", "CVL")
QC_GOV = actor("Government of Quebec", "CAN", "GOV")
FMOQ = actor("Fédération des médecins omnipraticiens du Québec", "CAN", "LAB")
FMSQ = actor("Fédération des médecins spécialistes du Québec", "CAN", "LAB")
DUBE = actor("Christian Dubé", "CAN", "GOV")
PSPP = actor("Paul St-Pierre Plamondon", "CAN", "OPP")
LEGAULT = actor("François Legault", "CAN", "GOV")
RODRIGUEZ = actor("Pablo Rodriguez", "CAN", "OPP")

Q1 = ("Montreal (dpa) - Im Streit um die Bezahlung von Ärzten hat das Parlament der kanadischen Provinz Québec ein "
      "Sondergesetz verabschiedet, das Teile der Vergütung an Leistungsziele knüpft und kollektive Protestaktionen "
      "der Mediziner unter Strafe stellt.")
Q2 = ("Die Regierungsmehrheit hatte die Debatte zuvor per Dringlichkeitsverfahren beendet, die Abstimmung in der "
      "Nationalversammlung fiel in der Nacht zum Samstag.")
Q3 = ("Die Regierung von Premier François Legault will damit nach eigenen Angaben die Wartezeiten verkürzen und "
      "Hunderttausenden Menschen ohne Hausarzt eine Versorgung sichern.")
Q4 = ("Ärzten und ihren Verbänden drohen künftig hohe Geldstrafen, wenn sie etwa mit gemeinsamen Kündigungen oder "
      "dem Verweigern bestimmter Leistungen Druck ausüben.")
Q5 = ("Der Verband der Allgemeinmediziner FMOQ sprach von einem „Tag der Schande“ für das Gesundheitswesen und "
      "kündigte an, vor Gericht gegen das Gesetz vorzugehen.")
Q6 = "Der Verband der Fachärzte FMSQ reichte bereits am Montag beim Obergericht der Provinz Klage ein."
Q7 = "„Dieses Gesetz wird Ärzte aus Québec vertreiben“, sagte FMSQ-Präsident Vincent Oliva."
Q8 = ("Nach Angaben der Verbände haben seit Freitag Hunderte Mediziner Informationen über eine Zulassung in anderen "
      "Provinzen angefordert, vor allem im benachbarten Ontario.")
Q9 = "Beide Verbände forderten die Regierung auf, das Gesetz bis zu einer Verhandlungslösung auszusetzen."
Q10 = ("Gesundheitsminister Christian Dubé bot ihnen Gespräche über die Umsetzung an, lehnte eine Aussetzung aber "
       "ab.")
Q11 = ("Die Ärzte hätten zwei Jahre Zeit gehabt, sich mit der Regierung zu einigen, sagte er im Sender Radio-Canada.")
Q12 = ("Der Chef der oppositionellen Parti Québécois, Paul St-Pierre Plamondon, warf Legault vor, das "
       "Gesundheitssystem mit „Drohungen statt Dialog“ zu führen.")
Q13 = "Liberalenchef Pablo Rodriguez verlangte die Rücknahme des Gesetzes."
Q14 = ("Legaults Koalition Zukunft Québec (CAQ) liegt ein Jahr vor der nächsten Provinzwahl in Umfragen weit hinter "
       "der Parti Québécois.")

DE04 = {
    "id": "hm363-de-04", "lang": "de", "url": None, "published": "2025-10-27",
    "title": "Québec verabschiedet Sondergesetz gegen Ärzte - Verbände klagen",
    "text": paragraphs([Q1, Q2, Q3, Q4], [Q5, Q6, Q7, Q8], [Q9, Q10, Q11], [Q12, Q13, Q14]),
    "events": [
        event("COERCE", QC_ASSEMBLY, QC_DOCTORS, Q1, mode="restrict", location="Quebec", location_country="CAN"),
        event("COERCE", QC_ASSEMBLY, QC_DOCTORS, Q2, mode="restrict", date="2025-10-25", location="Quebec",
              location_country="CAN"),
        event("ACCUSE", FMOQ, QC_GOV, Q5, mode="disapprove"),
        event("THREATEN", FMOQ, QC_GOV, Q5),
        event("ACCUSE", FMSQ, QC_GOV, Q6, mode="allege", date="2025-10-27"),
        event("REQUEST", FMOQ, QC_GOV, Q9, mode="change"),
        event("REQUEST", FMSQ, QC_GOV, Q9, mode="change"),
        event("AGREE", DUBE, FMOQ, Q10),
        event("AGREE", DUBE, FMSQ, Q10),
        event("REJECT", DUBE, FMOQ, Q10, mode="change"),
        event("REJECT", DUBE, FMSQ, Q10, mode="change"),
        event("ACCUSE", PSPP, LEGAULT, Q12, mode="disapprove"),
        event("REQUEST", RODRIGUEZ, QC_GOV, Q13, mode="change"),
    ],
    "quotes": [
        quote("die Wartezeiten verkürzen und Hunderttausenden Menschen ohne Hausarzt eine Versorgung sichern",
              "Government of Quebec", "indirect"),
        quote("Tag der Schande", "Fédération des médecins omnipraticiens du Québec", "direct"),
        quote("Dieses Gesetz wird Ärzte aus Québec vertreiben", "Vincent Oliva", "direct"),
        quote("Nach Angaben der Verbände haben seit Freitag Hunderte Mediziner Informationen über eine Zulassung in "
              "anderen Provinzen angefordert, vor allem im benachbarten Ontario",
              "Fédération des médecins omnipraticiens du Québec and Fédération des médecins spécialistes du Québec",
              "indirect"),
        quote("Die Ärzte hätten zwei Jahre Zeit gehabt, sich mit der Regierung zu einigen", "Christian Dubé",
              "indirect"),
        quote("Drohungen statt Dialog", "Paul St-Pierre Plamondon", "direct"),
        quote("das Gesundheitssystem mit „Drohungen statt Dialog“ zu führen", "Paul St-Pierre Plamondon", "indirect"),
    ],
    "entities": [
        entity("Montreal", "LOC", "CAN", ["Montreal"]),
        entity("National Assembly of Quebec", "ORG", "CAN", ["das Parlament der kanadischen Provinz Québec",
                                                             "der Nationalversammlung"]),
        entity("Quebec", "LOC", "CAN", ["der kanadischen Provinz Québec", "Québec", "der Provinz"]),
        entity("doctors in Quebec", "PER", "CAN", ["der Mediziner", "Ärzten", "Die Ärzte", "Ärzte aus Québec",
                                                   "Hunderte Mediziner"]),
        entity("Government of Quebec", "ORG", "CAN", ["Die Regierung von Premier François Legault",
                                                      "die Regierung", "der Regierung"]),
        entity("François Legault", "PER", "CAN", ["Premier François Legault", "Legault", "Legaults"]),
        entity("Fédération des médecins omnipraticiens du Québec", "ORG", "CAN",
               ["Der Verband der Allgemeinmediziner FMOQ"]),
        entity("Fédération des médecins spécialistes du Québec", "ORG", "CAN", ["Der Verband der Fachärzte FMSQ",
                                                                                "FMSQ"]),
        entity("Superior Court of Quebec", "ORG", "CAN", ["Obergericht der Provinz"]),
        entity("Vincent Oliva", "PER", "CAN", ["FMSQ-Präsident Vincent Oliva"]),
        entity("Ontario", "LOC", "CAN", ["im benachbarten Ontario"]),
        entity("Christian Dubé", "PER", "CAN", ["Gesundheitsminister Christian Dubé", "er"]),
        entity("Radio-Canada", "ORG", "CAN", ["im Sender Radio-Canada"]),
        entity("Paul St-Pierre Plamondon", "PER", "CAN", ["Der Chef der oppositionellen Parti Québécois, Paul "
                                                          "St-Pierre Plamondon"]),
        entity("Parti Québécois", "ORG", "CAN", ["der oppositionellen Parti Québécois", "der Parti Québécois"]),
        entity("Pablo Rodriguez", "PER", "CAN", ["Liberalenchef Pablo Rodriguez"]),
        entity("Coalition Avenir Québec", "ORG", "CAN", ["Legaults Koalition Zukunft Québec (CAQ)"]),
    ],
}

# ---------------------------------------------------------------- hm363-en-01 (United States, Kentucky judge shot)
KSP = actor("Kentucky State Police", "USA", "COP")
STINES = actor("Shawn Stines", "USA", "COP")
MULLINS = actor("Kevin Mullins", "USA", "JUD")
BESHEAR = actor("Andy Beshear", "USA", "GOV")
VANMETER = actor("Laurance VanMeter", "USA", "JUD")
COLEMAN = actor("Russell Coleman", "USA", "JUD")
KY_COURT = actor("Kentucky district court judge at Stines' arraignment", "USA", "JUD")
PLAINTIFF = actor("woman who sued the Letcher County sheriff", "USA", "CVL")
EX_DEPUTY = actor("former Letcher County sheriff's deputy", "USA", "COP")

J1 = ("WHITESBURG, Ky. (AP) — A Kentucky sheriff has been charged with murder after authorities said he shot and "
      "killed a judge inside his chambers at a rural courthouse following an argument.")
J2 = ("Letcher County Sheriff Shawn M. Stines, 43, shot District Judge Kevin Mullins, 54, multiple times on Thursday "
      "afternoon, Kentucky State Police said.")
J3 = "Mullins died at the scene in the courthouse in Whitesburg, a small town in the Appalachian coalfields."
J4 = "Stines surrendered to troopers without incident and was taken into custody."
J5 = ("State police said the two men had argued inside the courthouse before the shooting but did not say what the "
      "dispute was about.")
J6 = "Investigators are still trying to establish a motive."
J7 = ("\"There is far too much violence in our world, and it has no place in our courthouses,\" Gov. Andy Beshear "
      "said in a statement condemning the killing.")
J8 = ("Kentucky Supreme Court Chief Justice Laurance B. VanMeter said the state's judges were \"shocked by this act "
      "of violence\" and ordered the Letcher County courthouse closed through Monday.")
J9 = ("Attorney General Russell Coleman said his office would prosecute the case together with a special prosecutor "
      "after the local commonwealth's attorney stepped aside, citing family ties to the judge.")
J10 = "Stines appeared by video at his arraignment on Friday and pleaded not guilty."
J11 = "The judge, brought in from a neighboring county, ordered him held without bond."
J12 = ("Stines had worked for years as a bailiff in Mullins' courtroom before he was elected sheriff in 2018, and "
       "local residents described the two as friends.")
J13 = ("Court records show the sheriff was questioned under oath this week in a federal lawsuit in which a woman "
       "accused a former deputy of sexually abusing her in the judge's chambers and accused Stines of failing to "
       "supervise him.")
J14 = "Police have not said whether the lawsuit played any role in the shooting."

EN01 = {
    "id": "hm363-en-01", "lang": "en", "url": None, "published": "2024-09-20",
    "title": "Kentucky sheriff charged with murder in shooting death of judge in his chambers",
    "text": paragraphs([J1, J2, J3], [J4, J5, J6], [J7, J8, J9], [J10, J11], [J12, J13, J14]),
    "events": [
        event("ACCUSE", KSP, STINES, J1, mode="allege"),
        event("ASSAULT", STINES, MULLINS, J1, mode="firearms", location="Whitesburg", location_country="USA"),
        event("ASSAULT", STINES, MULLINS, J2, mode="firearms", date="2024-09-19", location="Whitesburg",
              location_country="USA"),
        event("RETREAT", STINES, KSP, J4),
        event("COERCE", KSP, STINES, J4, mode="arrest"),
        event("ACCUSE", KSP, STINES, J6, mode="investigate"),
        event("ACCUSE", BESHEAR, STINES, J7, mode="disapprove"),
        event("ACCUSE", VANMETER, STINES, J8, mode="disapprove"),
        event("ACCUSE", COLEMAN, STINES, J9, mode="allege"),
        event("COERCE", KY_COURT, STINES, J11, mode="arrest", date="2024-09-20"),
        event("ACCUSE", PLAINTIFF, EX_DEPUTY, J13, mode="allege"),
        event("ACCUSE", PLAINTIFF, STINES, J13, mode="allege"),
    ],
    "quotes": [
        quote("he shot and killed a judge inside his chambers at a rural courthouse following an argument",
              "Kentucky State Police", "indirect"),
        quote("Letcher County Sheriff Shawn M. Stines, 43, shot District Judge Kevin Mullins, 54, multiple times on "
              "Thursday afternoon", "Kentucky State Police", "indirect"),
        quote("the two men had argued inside the courthouse before the shooting", "Kentucky State Police",
              "indirect"),
        quote("There is far too much violence in our world, and it has no place in our courthouses", "Andy Beshear",
              "direct"),
        quote("shocked by this act of violence", "Laurance VanMeter", "direct"),
        quote("the state's judges were \"shocked by this act of violence\"", "Laurance VanMeter", "indirect"),
        quote("his office would prosecute the case together with a special prosecutor after the local "
              "commonwealth's attorney stepped aside, citing family ties to the judge", "Russell Coleman",
              "indirect"),
    ],
    "entities": [
        entity("Whitesburg", "LOC", "USA", ["WHITESBURG, Ky.", "Whitesburg"]),
        entity("Kentucky", "LOC", "USA", ["Kentucky"]),
        entity("Shawn Stines", "PER", "USA", ["A Kentucky sheriff", "he",
                                              "Letcher County Sheriff Shawn M. Stines, 43", "Stines", "him",
                                              "the sheriff"]),
        entity("Kevin Mullins", "PER", "USA", ["a judge", "District Judge Kevin Mullins, 54", "Mullins",
                                               "the judge"]),
        entity("Letcher County", "LOC", "USA", ["Letcher County"]),
        entity("Kentucky State Police", "ORG", "USA", ["authorities", "Kentucky State Police", "troopers",
                                                       "State police", "Investigators", "Police"]),
        entity("Appalachian coalfields", "LOC", "USA", ["the Appalachian coalfields"]),
        entity("Andy Beshear", "PER", "USA", ["Gov. Andy Beshear"]),
        entity("Kentucky Supreme Court", "ORG", "USA", ["Kentucky Supreme Court"]),
        entity("Laurance VanMeter", "PER", "USA", ["Kentucky Supreme Court Chief Justice Laurance B. VanMeter"]),
        entity("Letcher County courthouse", "LOC", "USA", ["the Letcher County courthouse"]),
        entity("Russell Coleman", "PER", "USA", ["Attorney General Russell Coleman"]),
        entity("Letcher County commonwealth's attorney", "PER", "USA", ["the local commonwealth's attorney"]),
        entity("Kentucky district court judge at Stines' arraignment", "PER", "USA",
               ["The judge, brought in from a neighboring county"]),
        entity("local residents of Whitesburg", "PER", "USA", ["local residents"]),
        entity("woman who sued the Letcher County sheriff", "PER", "USA", ["a woman"]),
        entity("former Letcher County sheriff's deputy", "PER", "USA", ["a former deputy"]),
    ],
}

# ---------------------------------------------------------------- hm363-en-02 (United States, arson at Shapiro's residence)
DAUPHIN_DA = actor("Dauphin County District Attorney's Office", "USA", "JUD")
BALMER = actor("Cody Balmer", "USA", "CVL")
SHAPIRO = actor("Josh Shapiro", "USA", "GOV")
PSP = actor("Pennsylvania State Police", "USA", "COP")
DAUPHIN_COURT = actor("Dauphin County magisterial district judge", "USA", "JUD")
CHARDO = actor("Fran Chardo", "USA", "JUD")
TRUMP = actor("Donald Trump", "USA", "GOV")
FBI = actor("Federal Bureau of Investigation", "USA", "COP")
FETTERMAN = actor("John Fetterman", "USA", "LEG")
MCCORMICK = actor("Dave McCormick", "USA", "LEG")
PARIS = actor("Christopher Paris", "USA", "COP")

P1 = ("HARRISBURG, Pa. (AP) — A man who told police he harbored hatred for Pennsylvania Gov. Josh Shapiro was "
      "charged with attempted homicide and terrorism in an arson attack on the governor's official residence hours "
      "after Shapiro's family had celebrated Passover there, prosecutors said Monday.")
P2 = ("Cody Balmer, 38, scaled a security fence around the residence in Harrisburg early Sunday, broke windows and "
      "threw homemade firebombs inside before fleeing on foot, according to a police affidavit.")
P3 = ("Shapiro, his wife, their children and relatives who had stayed overnight were awakened by state troopers and "
      "evacuated unharmed.")
P4 = "The fire badly damaged a formal dining room where the family had hosted a Seder the night before."
P5 = "Balmer turned himself in to police about 12 hours later and was arrested."
P6 = ("He told investigators he would have beaten the governor with a sledgehammer had he encountered him, Dauphin "
      "County District Attorney Fran Chardo said.")
P7 = "A judge ordered Balmer held without bail."
P8 = ("Chardo said investigators were still examining the motive, including whether the governor was targeted "
      "because of his Jewish faith.")
P9 = ("Shapiro, standing outside the charred building on Sunday, condemned the attack and thanked the troopers who "
      "got his family out.")
P10 = ("\"No one will deter me or my family from celebrating our faith freely and proudly,\" said the Democrat, who is "
       "widely seen as a potential 2028 presidential contender.")
P11 = ("President Donald Trump on Monday called the attacker \"probably just a whack job\" and said such violence "
       "could not be tolerated.")
P12 = ("Pennsylvania's two U.S. senators, Democrat John Fetterman and Republican Dave McCormick, also condemned the "
       "fire.")
P13 = "FBI Director Kash Patel said the bureau was assisting state police with the investigation."
P14 = ("State Police Commissioner Christopher Paris said the department would review how Balmer was able to get "
       "past the fence and into the building undetected.")

EN02 = {
    "id": "hm363-en-02", "lang": "en", "url": None, "published": "2025-04-14",
    "title": "Man charged with attempted homicide, terrorism in arson at Pennsylvania governor's residence",
    "text": paragraphs([P1, P2, P3, P4], [P5, P6, P7, P8], [P9, P10, P11, P12], [P13, P14]),
    "events": [
        event("ACCUSE", DAUPHIN_DA, BALMER, P1, mode="allege", date="2025-04-14"),
        event("ASSAULT", BALMER, SHAPIRO, P2, mode="primitive", date="2025-04-13", location="Harrisburg",
              location_country="USA"),
        event("RETREAT", BALMER, PSP, P5),
        event("COERCE", PSP, BALMER, P5, mode="arrest"),
        event("COERCE", DAUPHIN_COURT, BALMER, P7, mode="arrest"),
        event("ACCUSE", CHARDO, BALMER, P8, mode="investigate"),
        event("ACCUSE", SHAPIRO, BALMER, P9, mode="disapprove", date="2025-04-13", location="Harrisburg",
              location_country="USA"),
        event("SUPPORT", SHAPIRO, PSP, P9, date="2025-04-13"),
        event("ACCUSE", TRUMP, BALMER, P11, mode="disapprove", date="2025-04-14"),
        event("ACCUSE", FETTERMAN, BALMER, P12, mode="disapprove"),
        event("ACCUSE", MCCORMICK, BALMER, P12, mode="disapprove"),
        event("COOPERATE", FBI, PSP, P13),
        event("ACCUSE", PARIS, None, P14, mode="investigate"),
    ],
    "quotes": [
        quote("A man who told police he harbored hatred for Pennsylvania Gov. Josh Shapiro was charged with "
              "attempted homicide and terrorism in an arson attack on the governor's official residence hours after "
              "Shapiro's family had celebrated Passover there", "Dauphin County District Attorney's Office",
              "indirect"),
        quote("Cody Balmer, 38, scaled a security fence around the residence in Harrisburg early Sunday, broke "
              "windows and threw homemade firebombs inside before fleeing on foot", "Pennsylvania State Police",
              "indirect"),
        quote("he would have beaten the governor with a sledgehammer had he encountered him", "Cody Balmer",
              "indirect"),
        quote("He told investigators he would have beaten the governor with a sledgehammer had he encountered him",
              "Fran Chardo", "indirect"),
        quote("investigators were still examining the motive, including whether the governor was targeted because "
              "of his Jewish faith", "Fran Chardo", "indirect"),
        quote("No one will deter me or my family from celebrating our faith freely and proudly", "Josh Shapiro",
              "direct"),
        quote("probably just a whack job", "Donald Trump", "direct"),
        quote("such violence could not be tolerated", "Donald Trump", "indirect"),
        quote("the bureau was assisting state police with the investigation", "Kash Patel", "indirect"),
        quote("the department would review how Balmer was able to get past the fence and into the building "
              "undetected", "Christopher Paris", "indirect"),
    ],
    "entities": [
        entity("Harrisburg", "LOC", "USA", ["HARRISBURG, Pa.", "Harrisburg"]),
        entity("Cody Balmer", "PER", "USA", ["A man who told police he harbored hatred for Pennsylvania Gov. Josh "
                                             "Shapiro", "Cody Balmer, 38", "Balmer", "He", "the attacker"]),
        entity("Josh Shapiro", "PER", "USA", ["Pennsylvania Gov. Josh Shapiro", "the governor's", "Shapiro's",
                                              "Shapiro", "the governor", "the Democrat"]),
        entity("Pennsylvania", "LOC", "USA", ["Pennsylvania", "Pennsylvania's"]),
        entity("Pennsylvania Governor's Residence", "LOC", "USA", ["the governor's official residence",
                                                                   "the residence", "the charred building",
                                                                   "the building"]),
        entity("family of Josh Shapiro", "PER", "USA", ["Shapiro's family", "the family", "his family"]),
        entity("Dauphin County District Attorney's Office", "ORG", "USA", ["prosecutors"]),
        entity("Pennsylvania State Police", "ORG", "USA", ["police", "state troopers", "investigators",
                                                           "the troopers", "state police", "the department"]),
        entity("Fran Chardo", "PER", "USA", ["Dauphin County District Attorney Fran Chardo", "Chardo"]),
        entity("Dauphin County", "LOC", "USA", ["Dauphin County"]),
        entity("Dauphin County magisterial district judge", "PER", "USA", ["A judge"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump"]),
        entity("John Fetterman", "PER", "USA", ["Democrat John Fetterman"]),
        entity("Dave McCormick", "PER", "USA", ["Republican Dave McCormick"]),
        entity("Federal Bureau of Investigation", "ORG", "USA", ["FBI", "the bureau"]),
        entity("Kash Patel", "PER", "USA", ["FBI Director Kash Patel"]),
        entity("Christopher Paris", "PER", "USA", ["State Police Commissioner Christopher Paris"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
