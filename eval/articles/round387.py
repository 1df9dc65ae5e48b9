"""Round 387: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, invented wording and details):
- hm387-de-01: Nicaragua/Israel: Nicaragua breaks off diplomatic relations with Israel at the National Assembly's request and accuses it of genocide; Israel's foreign ministry rejects the charge and accuses Managua of siding with Hamas, the ICJ case against Germany recalled, Hamas welcomes the step (2024-10-12).
- hm387-de-02: United States: Colorado's Supreme Court bars Donald Trump from the state's Republican primary ballot over the Capitol attack; Cheung attacks the court, the CREW-backed voters' suit and the lower court's refusal recalled, Ramaswamy threatens to quit the primary, Johnson condemns, Griswold welcomes (2023-12-20).
- hm387-de-03: Canada: Speaker Greg Fergus ejects Pierre Poilievre from the House of Commons after he calls Trudeau "wacko" and refuses to withdraw it; Conservatives walk out, Scheer accuses Fergus, December resignation demands recalled, British Columbia's request to recriminalise public drug use not yet granted (2024-05-01).
- hm387-de-04: Cuba: Díaz-Canel announces an investigation into former economy minister Alejandro Gil over "grave errors"; Gil gives up his party posts and seat, no arrest, Cuba's request to the WFP for milk powder and the first deliveries, exile groups and Rosa María Payá accuse Havana, Díaz-Canel blames the US embargo (2024-03-08).
- hm387-en-01: United States: a grand jury indicts former Uvalde schools police chief Pete Arredondo and ex-officer Adrian Gonzales over the Robb Elementary response; booking and bond, relatives welcome it and demand more charges, Arredondo's denial, the DOJ report, families' lawsuits and Uvalde's settlement recalled (2024-06-28).
- hm387-en-02: Grenada/St. Vincent: Hurricane Beryl flattens Carriacou and Union Island; Mitchell asks Trinidad and Tobago for boats and helicopters, Rowley promises coast guard supplies, the Regional Security System deploys troops, USAID sends a team, Britain pledges aid, Holness urges Jamaicans to evacuate (2024-07-02).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm387-de-01 (Nicaragua/Israel, relations broken)
NIC_GOV = actor("Government of Nicaragua", "NIC", "GOV")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
NIC_ASSEMBLY = actor("National Assembly of Nicaragua", "NIC", "LEG")
ISR_MFA_SPOKES = actor("Spokesperson of the Ministry of Foreign Affairs of Israel", "ISR", "GOV")
DEU_GOV = actor("Government of Germany", "DEU", "GOV")
ICJ = actor("International Court of Justice", "UNO", "JUD")
HAMAS = actor("Hamas", "PSE", "REB")

N1 = "Managua (dpa) - Nicaragua hat am Freitag die diplomatischen Beziehungen zu Israel abgebrochen."
N2 = ("Die Regierung von Präsident Daniel Ortega warf Israel in einer Erklärung einen „Völkermord“ am "
      "palästinensischen Volk vor.")
N3 = "Verlesen wurde der Text von Vizepräsidentin Rosario Murillo, Ortegas Ehefrau, im staatlichen Fernsehen."
N4 = ("Die „faschistische und völkermörderische Regierung“ Israels bedrohe inzwischen die gesamte Region, hieß es "
      "darin.")
N5 = ("Am Donnerstag hatte die von Ortegas Sandinisten kontrollierte Nationalversammlung die Regierung in einer "
      "Resolution aufgefordert, die Beziehungen zu beenden.")
N6 = "Die Abgeordneten stimmten nach Angaben des Parlamentspräsidenten Gustavo Porras einstimmig dafür."
N7 = "Israel unterhält keine Botschaft in Managua, zuständig war bislang der Botschafter in Mexiko-Stadt."
N8 = "Das israelische Außenministerium wies die Vorwürfe als „absurd“ zurück."
N9 = ("Ein Sprecher sagte, Managua stelle sich mit dem Schritt an die Seite der Terrororganisation Hamas und des "
      "Iran.")
N10 = ("Nicaragua hatte die Beziehungen zu Israel bereits 2010 im Streit um eine Hilfsflotte für den Gazastreifen "
       "schon einmal abgebrochen.")
N11 = ("Vor dem Internationalen Gerichtshof in Den Haag hatte Nicaragua im Frühjahr Deutschland Beihilfe zum "
       "Völkermord im Gazastreifen vorgeworfen.")
N12 = "Die Richter lehnten Ende April den Antrag auf Eilmaßnahmen gegen Berlin ab."
N13 = ("Zudem beantragte Managua, sich dem Verfahren Südafrikas gegen Israel wegen des Kriegs im Gazastreifen "
       "anzuschließen.")
N14 = "Die islamistische Hamas begrüßte den Abbruch der Beziehungen als „mutigen Schritt“."
N15 = "Ortega regiert das mittelamerikanische Land seit 2007 und geht hart gegen Kritiker vor."
N16 = "Nicaragua gehört zu den engsten Verbündeten Russlands und des Iran in Lateinamerika."

DE01 = {
    "id": "hm387-de-01", "lang": "de", "url": None, "published": "2024-10-12",
    "title": "Nicaragua bricht Beziehungen zu Israel ab",
    "text": paragraphs([N1, N2, N3, N4], [N5, N6, N7], [N8, N9, N10], [N11, N12, N13], [N14, N15, N16]),
    "events": [
        event("SANCTION", NIC_GOV, ISR_GOV, N1, mode="discontinue", date="2024-10-11"),
        event("ACCUSE", NIC_GOV, ISR_GOV, N2, mode="allege"),
        event("ACCUSE", NIC_GOV, ISR_GOV, N4, mode="disapprove"),
        event("REQUEST", NIC_ASSEMBLY, NIC_GOV, N5, mode="change", date="2024-10-10"),
        event("ACCUSE", ISR_MFA_SPOKES, NIC_GOV, N9, mode="disapprove"),
        event("SANCTION", NIC_GOV, ISR_GOV, N10, mode="discontinue"),
        event("ACCUSE", NIC_GOV, DEU_GOV, N11, mode="allege", location="The Hague", location_country="NLD"),
        event("REJECT", ICJ, NIC_GOV, N12),
        event("REQUEST", NIC_GOV, ICJ, N13),
        event("SUPPORT", HAMAS, NIC_GOV, N14),
    ],
    "quotes": [
        quote("Völkermord", "Government of Nicaragua", "direct"),
        quote("faschistische und völkermörderische Regierung", "Government of Nicaragua", "direct"),
        quote("Die „faschistische und völkermörderische Regierung“ Israels bedrohe inzwischen die gesamte Region",
              "Government of Nicaragua", "indirect"),
        quote("Die Abgeordneten stimmten nach Angaben des Parlamentspräsidenten Gustavo Porras einstimmig dafür",
              "Gustavo Porras", "indirect"),
        quote("absurd", "Ministry of Foreign Affairs of Israel", "direct"),
        quote("Managua stelle sich mit dem Schritt an die Seite der Terrororganisation Hamas und des Iran",
              "Spokesperson of the Ministry of Foreign Affairs of Israel", "indirect"),
        quote("mutigen Schritt", "Hamas", "direct"),
    ],
    "entities": [
        entity("Managua", "LOC", "NIC", ["Managua"]),
        entity("Nicaragua", "LOC", "NIC", ["Nicaragua", "das mittelamerikanische Land"]),
        entity("Government of Nicaragua", "ORG", "NIC", ["Nicaragua", "Die Regierung von Präsident Daniel Ortega",
                                                         "die Regierung", "Managua"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Government of Israel", "ORG", "ISR", ["Israel", "Israels"]),
        entity("Daniel Ortega", "PER", "NIC", ["Präsident Daniel Ortega", "Ortegas", "Ortega"]),
        entity("Palestinian people", "MISC", "PSE", ["palästinensischen Volk"]),
        entity("Rosario Murillo", "PER", "NIC", ["Vizepräsidentin Rosario Murillo, Ortegas Ehefrau"]),
        entity("Sandinista National Liberation Front", "ORG", "NIC", ["Ortegas Sandinisten"]),
        entity("National Assembly of Nicaragua", "ORG", "NIC", ["Nationalversammlung", "Die Abgeordneten"]),
        entity("Gustavo Porras", "PER", "NIC", ["des Parlamentspräsidenten Gustavo Porras"]),
        entity("Ambassador of Israel to Mexico", "PER", "ISR", ["der Botschafter in Mexiko-Stadt"]),
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt"]),
        entity("Ministry of Foreign Affairs of Israel", "ORG", "ISR", ["Das israelische Außenministerium"]),
        entity("Spokesperson of the Ministry of Foreign Affairs of Israel", "PER", "ISR", ["Ein Sprecher"]),
        entity("Hamas", "ORG", "PSE", ["Terrororganisation Hamas", "Die islamistische Hamas"]),
        entity("Iran", "LOC", "IRN", ["des Iran"]),
        entity("Gaza Strip", "LOC", "PSE", ["den Gazastreifen", "im Gazastreifen"]),
        entity("International Court of Justice", "ORG", "UNO", ["Internationalen Gerichtshof", "Die Richter"]),
        entity("The Hague", "LOC", "NLD", ["Den Haag"]),
        entity("Germany", "LOC", "DEU", ["Deutschland"]),
        entity("Government of Germany", "ORG", "DEU", ["Deutschland", "Berlin"]),
        entity("South Africa", "LOC", "ZAF", ["Südafrikas"]),
        entity("Russia", "LOC", "RUS", ["Russlands"]),
        entity("Latin America", "LOC", None, ["Lateinamerika"]),
    ],
}

# ---------------------------------------------------------------- hm387-de-02 (USA, Colorado ballot ruling)
CO_SUPREME = actor("Colorado Supreme Court", "USA", "JUD")
TRUMP = actor("Donald Trump", "USA", "OPP")
CHEUNG = actor("Steven Cheung", "USA", "PTY")
CO_VOTERS = actor("Colorado voters", "USA", "CVL")
CREW = actor("Citizens for Responsibility and Ethics in Washington", "USA", "NGO")
WALLACE = actor("Sarah B. Wallace", "USA", "JUD")
GOP_RIVALS = actor("Republican presidential candidates", "USA", "PTY")
RAMASWAMY = actor("Vivek Ramaswamy", "USA", "PTY")
JOHNSON = actor("Mike Johnson", "USA", "LEG")
GRISWOLD = actor("Jena Griswold", "USA", "GOV")

C1 = ("Denver (dpa) - Das Oberste Gericht des US-Bundesstaates Colorado hat den früheren Präsidenten Donald Trump von "
      "der Vorwahl der Republikaner in dem Bundesstaat ausgeschlossen.")
C2 = ("Mit vier zu drei Stimmen befanden die Richter am Dienstag, dass Trump sich durch seine Rolle beim Sturm auf das "
      "US-Kapitol am 6. Januar 2021 an einem Aufstand beteiligt habe.")
C3 = "Nach dem 14. Verfassungszusatz dürfe er deshalb kein Amt mehr bekleiden, schrieb die Mehrheit."
C4 = "Das Urteil tritt erst am 4. Januar in Kraft, damit Trump den Supreme Court in Washington anrufen kann."
C5 = "Trumps Wahlkampfsprecher Steven Cheung nannte die Entscheidung „zutiefst fehlerhaft“."
C6 = "Er warf den ausnahmslos von demokratischen Gouverneuren ernannten Richtern vor, sich in die Wahl einzumischen."
C7 = ("Geklagt hatten sechs Wähler aus Colorado, darunter mehrere Republikaner, mit Unterstützung der Organisation "
      "Citizens for Responsibility and Ethics in Washington (CREW).")
C8 = "Eine Richterin der unteren Instanz hatte im November eine Streichung Trumps vom Stimmzettel noch abgelehnt."
C9 = "Die Regelung gelte nicht eindeutig für Präsidenten, hatte sie argumentiert."
C10 = "Mehrere republikanische Mitbewerber Trumps kritisierten das Urteil scharf."
C11 = ("Der Unternehmer Vivek Ramaswamy drohte, sich von der Vorwahl in Colorado zurückzuziehen, solange Trump nicht "
       "auf dem Stimmzettel stehe.")
C12 = ("Der Vorsitzende des Repräsentantenhauses, Mike Johnson, sprach von einem „unverhohlen parteiischen "
       "Angriff“.")
C13 = "Das Weiße Haus wollte sich zu dem Urteil nicht äußern."
C14 = "Colorados für Wahlen zuständige Ministerin Jena Griswold, eine Demokratin, begrüßte die Entscheidung dagegen."
C15 = "Die Vorwahl in Colorado findet am 5. März statt, dem sogenannten Super Tuesday."
C16 = "Ähnliche Klagen gegen Trumps Kandidatur waren zuvor in Minnesota und Michigan gescheitert."
C17 = "Trump liegt in den Umfragen unter republikanischen Wählern mit großem Abstand vorn."

DE02 = {
    "id": "hm387-de-02", "lang": "de", "url": None, "published": "2023-12-20",
    "title": "Gericht in Colorado schließt Trump von Vorwahl aus",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6], [C7, C8, C9], [C10, C11, C12, C13, C14], [C15, C16, C17]),
    "events": [
        event("COERCE", CO_SUPREME, TRUMP, C1, mode="ban", location="Colorado", location_country="USA"),
        event("SANCTION", CO_SUPREME, TRUMP, C2, mode="convict", date="2023-12-19"),
        event("ACCUSE", CHEUNG, CO_SUPREME, C5, mode="disapprove"),
        event("ACCUSE", CHEUNG, CO_SUPREME, C6, mode="allege"),
        event("ACCUSE", CO_VOTERS, TRUMP, C7, mode="allege"),
        event("ACCUSE", CREW, TRUMP, C7, mode="allege"),
        event("REJECT", WALLACE, CO_VOTERS, C8),
        event("ACCUSE", GOP_RIVALS, CO_SUPREME, C10, mode="disapprove"),
        event("THREATEN", RAMASWAMY, CO_SUPREME, C11),
        event("ACCUSE", JOHNSON, CO_SUPREME, C12, mode="disapprove"),
        event("SUPPORT", GRISWOLD, CO_SUPREME, C14),
    ],
    "quotes": [
        quote("dass Trump sich durch seine Rolle beim Sturm auf das US-Kapitol am 6. Januar 2021 an einem Aufstand "
              "beteiligt habe", "Colorado Supreme Court", "indirect"),
        quote("Nach dem 14. Verfassungszusatz dürfe er deshalb kein Amt mehr bekleiden", "Colorado Supreme Court",
              "indirect"),
        quote("zutiefst fehlerhaft", "Steven Cheung", "direct"),
        quote("sich in die Wahl einzumischen", "Steven Cheung", "indirect"),
        quote("Die Regelung gelte nicht eindeutig für Präsidenten", "Sarah B. Wallace", "indirect"),
        quote("sich von der Vorwahl in Colorado zurückzuziehen, solange Trump nicht auf dem Stimmzettel stehe",
              "Vivek Ramaswamy", "indirect"),
        quote("unverhohlen parteiischen Angriff", "Mike Johnson", "direct"),
    ],
    "entities": [
        entity("Denver", "LOC", "USA", ["Denver"]),
        entity("Colorado Supreme Court", "ORG", "USA", ["Das Oberste Gericht des US-Bundesstaates Colorado",
                                                        "die Richter", "die Mehrheit", "den ausnahmslos von "
                                                        "demokratischen Gouverneuren ernannten Richtern"]),
        entity("Colorado", "LOC", "USA", ["US-Bundesstaates Colorado", "dem Bundesstaat", "Colorado", "Colorados"]),
        entity("Donald Trump", "PER", "USA", ["den früheren Präsidenten Donald Trump", "Trump", "er", "Trumps"]),
        entity("Republican Party", "ORG", "USA", ["der Republikaner"]),
        entity("United States Capitol", "LOC", "USA", ["US-Kapitol"]),
        entity("Fourteenth Amendment to the United States Constitution", "MISC", "USA",
               ["dem 14. Verfassungszusatz"]),
        entity("Supreme Court of the United States", "ORG", "USA", ["den Supreme Court in Washington"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Steven Cheung", "PER", "USA", ["Trumps Wahlkampfsprecher Steven Cheung", "Er"]),
        entity("Colorado voters", "PER", "USA", ["sechs Wähler aus Colorado, darunter mehrere Republikaner"]),
        entity("Citizens for Responsibility and Ethics in Washington", "ORG", "USA",
               ["der Organisation Citizens for Responsibility and Ethics in Washington (CREW)"]),
        entity("Sarah B. Wallace", "PER", "USA", ["Eine Richterin der unteren Instanz", "sie"]),
        entity("Republican presidential candidates", "PER", "USA", ["Mehrere republikanische Mitbewerber Trumps"]),
        entity("Vivek Ramaswamy", "PER", "USA", ["Der Unternehmer Vivek Ramaswamy"]),
        entity("Mike Johnson", "PER", "USA", ["Der Vorsitzende des Repräsentantenhauses, Mike Johnson"]),
        entity("United States House of Representatives", "ORG", "USA", ["des Repräsentantenhauses"]),
        entity("White House", "ORG", "USA", ["Das Weiße Haus"]),
        entity("Jena Griswold", "PER", "USA", ["Colorados für Wahlen zuständige Ministerin Jena Griswold, eine "
                                               "Demokratin"]),
        entity("Super Tuesday", "MISC", "USA", ["Super Tuesday"]),
        entity("Minnesota", "LOC", "USA", ["Minnesota"]),
        entity("Michigan", "LOC", "USA", ["Michigan"]),
    ],
}

# ---------------------------------------------------------------- hm387-de-03 (Canada, Poilievre ejected)
FERGUS = actor("Greg Fergus", "CAN", "LEG")
POILIEVRE = actor("Pierre Poilievre", "CAN", "OPP")
TRUDEAU = actor("Justin Trudeau", "CAN", "GOV")
CPC_MPS = actor("Conservative Party of Canada", "CAN", "OPP")
SCHEER = actor("Andrew Scheer", "CAN", "OPP")
BLOC = actor("Bloc Québécois", "CAN", "OPP")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
BC_GOV = actor("Government of British Columbia", "CAN", "GOV")

P1 = ("Ottawa (dpa) - Kanadas Oppositionsführer Pierre Poilievre ist nach einem heftigen Wortgefecht mit "
      "Premierminister Justin Trudeau aus dem Unterhaus verwiesen worden.")
P2 = ("Parlamentspräsident Greg Fergus schloss den Chef der Konservativen am Dienstag für den Rest des Sitzungstages "
      "aus, nachdem dieser sich geweigert hatte, eine Beleidigung zurückzunehmen.")
P3 = ("Poilievre hatte Trudeau in der Fragestunde wegen dessen Drogenpolitik als „wacko“ bezeichnet, was sich etwa "
      "mit „durchgeknallt“ übersetzen lässt.")
P4 = "Fergus forderte ihn mehrmals auf, den Ausdruck zurückzuziehen."
P5 = "Poilievre bot stattdessen an, das Wort durch „extremistisch“ oder „radikal“ zu ersetzen."
P6 = "Daraufhin verließen auch die übrigen Abgeordneten der Konservativen aus Protest den Saal."
P7 = ("Trudeau hatte dem Oppositionsführer zuvor vorgeworfen, sich nicht klar von rechtsextremen Gruppen zu "
      "distanzieren.")
P8 = ("Fergus messe mit zweierlei Maß und lasse Beleidigungen aus den Reihen der Regierung durchgehen, sagte der "
      "konservative Fraktionsmanager Andrew Scheer.")
P9 = "Der Parlamentspräsident steht seit Monaten unter Druck."
P10 = ("Im Dezember hatten die Konservativen und der Bloc Québécois seinen Rücktritt gefordert, weil er in einer "
       "Videobotschaft für eine Veranstaltung der Liberalen aufgetreten war.")
P11 = "Fergus entschuldigte sich damals, lehnte einen Rücktritt aber ab."
P12 = "Er ist der erste Schwarze in diesem Amt."
P13 = "Die Konservativen liegen in Umfragen seit Monaten deutlich vor Trudeaus Liberalen."
P14 = ("Poilievre warf der Regierung vor, mit der Entkriminalisierung harter Drogen in der Provinz British Columbia "
       "Menschenleben aufs Spiel zu setzen.")
P15 = ("Die Provinzregierung hatte Ottawa erst am Freitag gebeten, den Drogenkonsum in der Öffentlichkeit wieder zu "
       "verbieten.")
P16 = "Die Bundesregierung hat dem Antrag bislang nicht zugestimmt."

DE03 = {
    "id": "hm387-de-03", "lang": "de", "url": None, "published": "2024-05-01",
    "title": "Kanadas Oppositionsführer Poilievre aus dem Parlament geworfen",
    "text": paragraphs([P1, P2, P3, P4, P5], [P6, P7, P8], [P9, P10, P11, P12], [P13, P14, P15, P16]),
    "events": [
        event("SANCTION", FERGUS, POILIEVRE, P1, mode="expel", location="Ottawa", location_country="CAN"),
        event("SANCTION", FERGUS, POILIEVRE, P2, mode="expel", date="2024-04-30", location="Ottawa",
              location_country="CAN"),
        event("REJECT", POILIEVRE, FERGUS, P2),
        event("ACCUSE", POILIEVRE, TRUDEAU, P3, mode="disapprove"),
        event("REQUEST", FERGUS, POILIEVRE, P4),
        event("PROTEST", CPC_MPS, FERGUS, P6, mode="boycott", location="Ottawa", location_country="CAN"),
        event("ACCUSE", TRUDEAU, POILIEVRE, P7, mode="allege"),
        event("ACCUSE", SCHEER, FERGUS, P8, mode="disapprove"),
        event("REQUEST", CPC_MPS, FERGUS, P10, mode="change"),
        event("REQUEST", BLOC, FERGUS, P10, mode="change"),
        event("CONCEDE", FERGUS, None, P11),
        event("REJECT", FERGUS, CPC_MPS, P11, mode="change"),
        event("REJECT", FERGUS, BLOC, P11, mode="change"),
        event("ACCUSE", POILIEVRE, CAN_GOV, P14, mode="disapprove"),
        event("REQUEST", BC_GOV, CAN_GOV, P15, mode="change", date="2024-04-26"),
        event("AGREE", CAN_GOV, BC_GOV, P16, negated=True),
    ],
    "quotes": [
        quote("wacko", "Pierre Poilievre", "direct"),
        quote("durchgeknallt", "Pierre Poilievre", "direct"),
        quote("extremistisch", "Pierre Poilievre", "direct"),
        quote("radikal", "Pierre Poilievre", "direct"),
        quote("sich nicht klar von rechtsextremen Gruppen zu distanzieren", "Justin Trudeau", "indirect"),
        quote("Fergus messe mit zweierlei Maß und lasse Beleidigungen aus den Reihen der Regierung durchgehen",
              "Andrew Scheer", "indirect"),
        quote("mit der Entkriminalisierung harter Drogen in der Provinz British Columbia Menschenleben aufs Spiel zu "
              "setzen", "Pierre Poilievre", "indirect"),
    ],
    "entities": [
        entity("Ottawa", "LOC", "CAN", ["Ottawa"]),
        entity("Canada", "LOC", "CAN", ["Kanadas"]),
        entity("Pierre Poilievre", "PER", "CAN", ["Kanadas Oppositionsführer Pierre Poilievre",
                                                  "den Chef der Konservativen", "dieser", "Poilievre", "ihn",
                                                  "dem Oppositionsführer"]),
        entity("Justin Trudeau", "PER", "CAN", ["Premierminister Justin Trudeau", "Trudeau", "dessen", "Trudeaus"]),
        entity("House of Commons of Canada", "ORG", "CAN", ["dem Unterhaus", "den Saal"]),
        entity("Greg Fergus", "PER", "CAN", ["Parlamentspräsident Greg Fergus", "Fergus", "Der Parlamentspräsident",
                                             "seinen", "er", "Er"]),
        entity("Conservative Party of Canada", "ORG", "CAN", ["der Konservativen", "die Konservativen",
                                                              "Die Konservativen"]),
        entity("Conservative members of Parliament", "PER", "CAN", ["die übrigen Abgeordneten der Konservativen"]),
        entity("Government of Canada", "ORG", "CAN", ["der Regierung", "Ottawa", "Die Bundesregierung"]),
        entity("Andrew Scheer", "PER", "CAN", ["der konservative Fraktionsmanager Andrew Scheer"]),
        entity("Bloc Québécois", "ORG", "CAN", ["der Bloc Québécois"]),
        entity("Liberal Party of Canada", "ORG", "CAN", ["der Liberalen", "Trudeaus Liberalen"]),
        entity("British Columbia", "LOC", "CAN", ["der Provinz British Columbia"]),
        entity("Government of British Columbia", "ORG", "CAN", ["Die Provinzregierung"]),
    ],
}

# ---------------------------------------------------------------- hm387-de-04 (Cuba, ex-minister Gil investigated)
CUB_PROSECUTOR = actor("Attorney General's Office of Cuba", "CUB", "JUD")
DIAZ_CANEL = actor("Miguel Díaz-Canel", "CUB", "GOV")
GIL = actor("Alejandro Gil Fernández", "CUB", "GOV")
CUB_POLICE = actor("Cuban police", "CUB", "COP")
CUB_GOV = actor("Government of Cuba", "CUB", "GOV")
WFP = actor("World Food Programme", "UNO", "IGO")
EXILES = actor("Cuban exile groups in Miami", "CUB", "OPP")
PAYA = actor("Rosa María Payá", "CUB", "OPP")
USA_GOV = actor("Government of the United States", "USA", "GOV")

G1 = "Havanna (dpa) - Gegen Kubas früheren Wirtschaftsminister Alejandro Gil wird wegen „schwerer Fehler“ ermittelt."
G2 = ("Das teilte Staatschef Miguel Díaz-Canel am Donnerstag in einer Erklärung mit, die im Staatsfernsehen verlesen "
      "wurde.")
G3 = "Gil habe bei der Ausübung seiner Ämter gravierende Verfehlungen begangen, hieß es darin."
G4 = "Einzelheiten nannte Díaz-Canel nicht."
G4B = ("Der Staatschef sprach von einem „schmerzhaften“ Fall, der zeige, dass in Kuba niemand über dem Gesetz "
       "stehe.")
G5 = "Der 59-Jährige habe alle Parteiämter und sein Mandat in der Nationalversammlung niedergelegt."
G6 = "Festgenommen wurde Gil nach Angaben der Regierung bislang nicht."
G7 = "Gil war bis Dezember fünf Jahre lang Wirtschaftsminister und zugleich Vizeregierungschef des Karibikstaates."
G8 = ("Kurz zuvor hatte er eine Erhöhung der Benzinpreise um mehr als 500 Prozent angekündigt, die bei vielen Kubanern "
      "auf Unmut stieß.")
G9 = "Kuba erlebt die schwerste Wirtschaftskrise seit Jahrzehnten."
G10 = "Lebensmittel und Medikamente sind knapp, Stromausfälle dauern oft viele Stunden."
G11 = ("Im Februar hatte die Regierung das Welternährungsprogramm der Vereinten Nationen erstmals offiziell um Hilfe "
       "bei der Versorgung mit Milchpulver für Kleinkinder gebeten.")
G12 = "Die UN-Organisation sagte die Lieferung von rund 144 Tonnen zu."
G12B = "Die ersten Lieferungen trafen nach Angaben des Programms Ende Februar in Havanna ein."
G13 = "Exilkubanische Gruppen in Miami sprachen von einem „Bauernopfer“."
G14 = ("Die Führung in Havanna suche einen Schuldigen für das eigene Versagen, sagte die Aktivistin Rosa María "
       "Payá.")
G15 = "Díaz-Canel macht vor allem das US-Embargo für die Misere verantwortlich."
G16 = "Washington weist das zurück und wirft der kommunistischen Regierung Misswirtschaft vor."

DE04 = {
    "id": "hm387-de-04", "lang": "de", "url": None, "published": "2024-03-08",
    "title": "Kuba ermittelt gegen früheren Wirtschaftsminister Gil",
    "text": paragraphs([G1, G2, G3, G4, G4B], [G5, G6, G7, G8], [G9, G10, G11, G12, G12B], [G13, G14, G15, G16]),
    "events": [
        event("ACCUSE", CUB_PROSECUTOR, GIL, G1, mode="investigate"),
        event("ACCUSE", DIAZ_CANEL, GIL, G3, mode="allege"),
        event("RETREAT", GIL, None, G5, mode="resign"),
        event("COERCE", CUB_POLICE, GIL, G6, mode="arrest", negated=True),
        event("REQUEST", CUB_GOV, WFP, G11, mode="assist"),
        event("AGREE", WFP, CUB_GOV, G12),
        event("AID", WFP, CUB_GOV, G12B, location="Havana", location_country="CUB"),
        event("ACCUSE", EXILES, CUB_GOV, G13, mode="disapprove"),
        event("ACCUSE", PAYA, CUB_GOV, G14, mode="disapprove"),
        event("ACCUSE", DIAZ_CANEL, USA_GOV, G15, mode="disapprove"),
        event("ACCUSE", USA_GOV, CUB_GOV, G16, mode="disapprove"),
    ],
    "quotes": [
        quote("schwerer Fehler", "Miguel Díaz-Canel", "direct"),
        quote("Gil habe bei der Ausübung seiner Ämter gravierende Verfehlungen begangen", "Miguel Díaz-Canel",
              "indirect"),
        quote("schmerzhaften", "Miguel Díaz-Canel", "direct"),
        quote("der zeige, dass in Kuba niemand über dem Gesetz stehe", "Miguel Díaz-Canel", "indirect"),
        quote("Der 59-Jährige habe alle Parteiämter und sein Mandat in der Nationalversammlung niedergelegt",
              "Miguel Díaz-Canel", "indirect"),
        quote("Festgenommen wurde Gil nach Angaben der Regierung bislang nicht", "Government of Cuba", "indirect"),
        quote("Die ersten Lieferungen trafen nach Angaben des Programms Ende Februar in Havanna ein",
              "World Food Programme", "indirect"),
        quote("Bauernopfer", "Cuban exile groups in Miami", "direct"),
        quote("Die Führung in Havanna suche einen Schuldigen für das eigene Versagen", "Rosa María Payá", "indirect"),
    ],
    "entities": [
        entity("Havana", "LOC", "CUB", ["Havanna"]),
        entity("Cuba", "LOC", "CUB", ["Kubas", "Kuba", "des Karibikstaates"]),
        entity("Alejandro Gil Fernández", "PER", "CUB", ["Kubas früheren Wirtschaftsminister Alejandro Gil", "Gil",
                                                         "seiner", "Der 59-Jährige", "sein", "er"]),
        entity("Miguel Díaz-Canel", "PER", "CUB", ["Staatschef Miguel Díaz-Canel", "Díaz-Canel", "Der Staatschef"]),
        entity("National Assembly of People's Power", "ORG", "CUB", ["der Nationalversammlung"]),
        entity("Government of Cuba", "ORG", "CUB", ["der Regierung", "die Regierung", "Die Führung in Havanna",
                                                    "der kommunistischen Regierung"]),
        entity("Cubans", "MISC", "CUB", ["vielen Kubanern"]),
        entity("World Food Programme", "ORG", "UNO", ["das Welternährungsprogramm der Vereinten Nationen",
                                                      "Die UN-Organisation", "des Programms"]),
        entity("Cuban exile groups in Miami", "ORG", "CUB", ["Exilkubanische Gruppen in Miami"]),
        entity("Miami", "LOC", "USA", ["Miami"]),
        entity("Rosa María Payá", "PER", "CUB", ["die Aktivistin Rosa María Payá"]),
        entity("United States embargo against Cuba", "MISC", "USA", ["das US-Embargo"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
    ],
}

# ---------------------------------------------------------------- hm387-en-01 (USA, Uvalde police chief indicted)
UVALDE_GJ = actor("Uvalde County grand jury", "USA", "JUD")
ARREDONDO = actor("Pete Arredondo", "USA", "COP")
GONZALES = actor("Adrian Gonzales", "USA", "COP")
UVALDE_SHERIFF = actor("Uvalde County Sheriff's Office", "USA", "COP")
MITCHELL_DA = actor("Christina Mitchell", "USA", "JUD")
ROBB_OFFICERS = actor("law enforcement officers at Robb Elementary", "USA", "COP")
UVALDE_FAMILIES = actor("families of the Uvalde victims", "USA", "CVL")
CAZARES = actor("Javier Cazares", "USA", "CVL")
US_DOJ = actor("United States Department of Justice", "USA", "GOV")
TX_DPS = actor("Texas Department of Public Safety", "USA", "COP")
META = actor("Meta", "MNC", "BUS")
DANIEL_DEFENSE = actor("Daniel Defense", "USA", "BUS")
UVALDE_CITY = actor("City of Uvalde", "USA", "GOV")

U1 = ("UVALDE, Texas (AP) — The former schools police chief in Uvalde, Texas, has been indicted on charges of child "
      "endangerment over the slow police response to the 2022 mass shooting at Robb Elementary School, in which 19 "
      "children and two teachers were killed.")
U2 = "A grand jury on Thursday indicted Pete Arredondo on 10 counts of abandoning or endangering a child."
U3 = "Former school officer Adrian Gonzales was charged with 29 counts of the same offenses."
U4 = ("Arredondo was booked into the Uvalde County jail and released on a $10,000 bond, Sheriff Ruben Nolasco told "
      "reporters.")
U5 = ("It is the first time that criminal charges have been brought against any of the officers who waited more than "
      "an hour to confront the gunman.")
U6 = ("Nearly 400 law enforcement officers rushed to the school, but a tactical team did not breach the classroom "
      "until 77 minutes after the shooting began.")
U7 = ("District Attorney Christina Mitchell, whose office presented the case to the grand jury, said the "
      "investigation into other officers was continuing.")
U8 = "Relatives of the victims welcomed the indictments but said they were long overdue."
U9 = ("\"It's a small step, but it's a step in the right direction,\" said Javier Cazares, whose 9-year-old daughter "
      "Jackie was killed in the attack.")
U10 = "Cazares also demanded charges against the state and federal officers who were at the school that day."
U11 = ("Arredondo has denied wrongdoing and has said he was made a scapegoat for the failures of other "
       "agencies.")
U12 = ("A Justice Department report released in January blamed \"cascading failures\" in training, communication "
       "and leadership for the botched response.")
U13 = ("Families of the victims have also sued the Texas Department of Public Safety, the social media company Meta "
       "and Daniel Defense, the maker of the rifle used in the attack.")
U14 = "The city of Uvalde agreed in May to pay $2 million to the families and to improve police training."

EN01 = {
    "id": "hm387-en-01", "lang": "en", "url": None, "published": "2024-06-28",
    "title": "Former Uvalde schools police chief indicted over response to 2022 school shooting",
    "text": paragraphs([U1, U2, U3, U4], [U5, U6, U7], [U8, U9, U10, U11], [U12, U13, U14]),
    "events": [
        event("ACCUSE", UVALDE_GJ, ARREDONDO, U1, mode="allege", location="Uvalde", location_country="USA"),
        event("ACCUSE", UVALDE_GJ, ARREDONDO, U2, mode="allege", date="2024-06-27"),
        event("ACCUSE", UVALDE_GJ, GONZALES, U3, mode="allege"),
        event("COERCE", UVALDE_SHERIFF, ARREDONDO, U4, mode="arrest", location="Uvalde", location_country="USA"),
        event("RETREAT", UVALDE_SHERIFF, ARREDONDO, U4, mode="release", location="Uvalde", location_country="USA"),
        event("ACCUSE", MITCHELL_DA, ROBB_OFFICERS, U7, mode="investigate"),
        event("SUPPORT", UVALDE_FAMILIES, UVALDE_GJ, U8),
        event("SUPPORT", CAZARES, UVALDE_GJ, U9),
        event("REQUEST", CAZARES, MITCHELL_DA, U10),
        event("ACCUSE", US_DOJ, ROBB_OFFICERS, U12, mode="disapprove"),
        event("ACCUSE", UVALDE_FAMILIES, TX_DPS, U13, mode="allege"),
        event("ACCUSE", UVALDE_FAMILIES, META, U13, mode="allege"),
        event("ACCUSE", UVALDE_FAMILIES, DANIEL_DEFENSE, U13, mode="allege"),
        event("AGREE", UVALDE_CITY, UVALDE_FAMILIES, U14),
    ],
    "quotes": [
        quote("Arredondo was booked into the Uvalde County jail and released on a $10,000 bond", "Ruben Nolasco",
              "indirect"),
        quote("the investigation into other officers was continuing", "Christina Mitchell", "indirect"),
        quote("they were long overdue", "families of the Uvalde victims", "indirect"),
        quote("It's a small step, but it's a step in the right direction", "Javier Cazares", "direct"),
        quote("he was made a scapegoat for the failures of other agencies", "Pete Arredondo", "indirect"),
        quote("cascading failures", "United States Department of Justice", "direct"),
    ],
    "entities": [
        entity("Uvalde", "LOC", "USA", ["UVALDE", "Uvalde"]),
        entity("Texas", "LOC", "USA", ["Texas"]),
        entity("Pete Arredondo", "PER", "USA", ["The former schools police chief in Uvalde, Texas", "Pete Arredondo",
                                                "Arredondo", "he"]),
        entity("Robb Elementary School", "LOC", "USA", ["Robb Elementary School", "the school"]),
        entity("Uvalde County grand jury", "ORG", "USA", ["A grand jury", "the grand jury"]),
        entity("Adrian Gonzales", "PER", "USA", ["Former school officer Adrian Gonzales"]),
        entity("Uvalde County jail", "LOC", "USA", ["the Uvalde County jail"]),
        entity("Ruben Nolasco", "PER", "USA", ["Sheriff Ruben Nolasco"]),
        entity("gunman of the Robb Elementary shooting", "PER", "USA", ["the gunman"]),
        entity("law enforcement officers at Robb Elementary", "ORG", "USA",
               ["the officers who waited more than an hour to confront the gunman",
                "Nearly 400 law enforcement officers", "other officers",
                "the state and federal officers who were at the school that day"]),
        entity("tactical team", "ORG", "USA", ["a tactical team"]),
        entity("Christina Mitchell", "PER", "USA", ["District Attorney Christina Mitchell"]),
        entity("families of the Uvalde victims", "PER", "USA", ["Relatives of the victims", "Families of the victims",
                                                                "the families", "they"]),
        entity("Javier Cazares", "PER", "USA", ["Javier Cazares", "Cazares"]),
        entity("Jackie Cazares", "PER", "USA", ["9-year-old daughter Jackie"]),
        entity("United States Department of Justice", "ORG", "USA", ["A Justice Department report"]),
        entity("Texas Department of Public Safety", "ORG", "USA", ["the Texas Department of Public Safety"]),
        entity("Meta", "ORG", "MNC", ["the social media company Meta"]),
        entity("Daniel Defense", "ORG", "USA", ["Daniel Defense, the maker of the rifle used in the attack"]),
        entity("City of Uvalde", "ORG", "USA", ["The city of Uvalde"]),
    ],
}

# ---------------------------------------------------------------- hm387-en-02 (Grenada/St. Vincent, Hurricane Beryl)
DICKON_MITCHELL = actor("Dickon Mitchell", "GRD", "GOV")
TTO_GOV = actor("Government of Trinidad and Tobago", "TTO", "GOV")
ROWLEY = actor("Keith Rowley", "TTO", "GOV")
GRD_GOV = actor("Government of Grenada", "GRD", "GOV")
RSS = actor("Regional Security System", "IGO", "MIL")
USAID = actor("United States Agency for International Development", "USA", "GOV")
GBR_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
VCT_GOV = actor("Government of Saint Vincent and the Grenadines", "VCT", "GOV")
HOLNESS = actor("Andrew Holness", "JAM", "GOV")
JAM_RESIDENTS = actor("residents of low-lying areas of Jamaica", "JAM", "CVL")

H1 = ("ST. GEORGE'S, Grenada (AP) — Hurricane Beryl flattened homes and cut off communications on Grenada's island of "
      "Carriacou, Prime Minister Dickon Mitchell said Tuesday, as the record-breaking storm churned toward Jamaica.")
H2 = "\"In the space of half an hour, Carriacou was flattened,\" Mitchell told a news conference."
H3 = ("At least three people were killed in Grenada and another on the island of Bequia in St. Vincent and the "
      "Grenadines.")
H4 = ("Mitchell asked neighboring Trinidad and Tobago for boats and helicopters to bring food and water to "
      "Carriacou, which remained cut off from the main island.")
H5 = ("Trinidad and Tobago's prime minister, Keith Rowley, said his country's coast guard would carry the first "
      "supplies to Carriacou on Wednesday.")
H6 = ("Prime Minister Ralph Gonsalves of St. Vincent and the Grenadines said 90% of the homes on Union Island had been "
      "severely damaged or destroyed.")
H7 = ("The Regional Security System, a Barbados-based defense alliance of eastern Caribbean states, deployed soldiers "
      "to Carriacou and Union Island to help clear roads and keep order.")
H8 = ("The U.S. Agency for International Development sent a disaster assistance response team to Grenada, the agency "
      "said.")
H9 = "Britain pledged 500,000 pounds ($633,000) in emergency aid for Grenada and St. Vincent and the Grenadines."
H10 = ("In Jamaica, Prime Minister Andrew Holness urged residents of low-lying areas to leave their homes before the "
       "storm arrives Wednesday.")
H11 = "\"We are not taking any chances,\" Holness said in a televised address."
H12 = ("Beryl is the earliest storm on record to reach Category 5 strength in the Atlantic, according to the U.S. "
       "National Hurricane Center.")
H13 = ("Scientists say warmer ocean waters linked to climate change are fueling more intense hurricanes earlier in the "
       "season.")
H14 = ("Mitchell, who took over the rotating chairmanship of the Caribbean Community on Monday, said the storm showed "
       "why small island states needed faster access to climate finance.")

EN02 = {
    "id": "hm387-en-02", "lang": "en", "url": None, "published": "2024-07-02",
    "title": "Hurricane Beryl flattens Grenada's Carriacou as it heads toward Jamaica",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6], [H7, H8, H9], [H10, H11, H12, H13], [H14]),
    "events": [
        event("REQUEST", DICKON_MITCHELL, TTO_GOV, H4, mode="assist"),
        event("AGREE", ROWLEY, GRD_GOV, H5, date="2024-07-03", location="Carriacou", location_country="GRD"),
        event("MOBILIZE", RSS, None, H7, mode="troops", location="Carriacou", location_country="GRD"),
        event("AID", RSS, GRD_GOV, H7, location="Carriacou", location_country="GRD"),
        event("AID", RSS, VCT_GOV, H7, location="Union Island", location_country="VCT"),
        event("AID", USAID, GRD_GOV, H8, location="Grenada", location_country="GRD"),
        event("AGREE", GBR_GOV, GRD_GOV, H9),
        event("AGREE", GBR_GOV, VCT_GOV, H9),
        event("REQUEST", HOLNESS, JAM_RESIDENTS, H10, location="Jamaica", location_country="JAM"),
    ],
    "quotes": [
        quote("Hurricane Beryl flattened homes and cut off communications on Grenada's island of Carriacou",
              "Dickon Mitchell", "indirect"),
        quote("In the space of half an hour, Carriacou was flattened", "Dickon Mitchell", "direct"),
        quote("his country's coast guard would carry the first supplies to Carriacou on Wednesday", "Keith Rowley",
              "indirect"),
        quote("90% of the homes on Union Island had been severely damaged or destroyed", "Ralph Gonsalves",
              "indirect"),
        quote("The U.S. Agency for International Development sent a disaster assistance response team to Grenada",
              "United States Agency for International Development", "indirect"),
        quote("We are not taking any chances", "Andrew Holness", "direct"),
        quote("Beryl is the earliest storm on record to reach Category 5 strength in the Atlantic",
              "National Hurricane Center", "indirect"),
        quote("warmer ocean waters linked to climate change are fueling more intense hurricanes earlier in the season",
              "scientists", "indirect"),
        quote("the storm showed why small island states needed faster access to climate finance", "Dickon Mitchell",
              "indirect"),
    ],
    "entities": [
        entity("St. George's", "LOC", "GRD", ["ST. GEORGE'S"]),
        entity("Grenada", "LOC", "GRD", ["Grenada", "Grenada's", "the main island"]),
        entity("Hurricane Beryl", "MISC", None, ["Hurricane Beryl", "the record-breaking storm", "Beryl",
                                                 "the storm"]),
        entity("Carriacou", "LOC", "GRD", ["Grenada's island of Carriacou", "Carriacou"]),
        entity("Dickon Mitchell", "PER", "GRD", ["Prime Minister Dickon Mitchell", "Mitchell"]),
        entity("Jamaica", "LOC", "JAM", ["Jamaica"]),
        entity("Bequia", "LOC", "VCT", ["the island of Bequia"]),
        entity("Saint Vincent and the Grenadines", "LOC", "VCT", ["St. Vincent and the Grenadines"]),
        entity("Trinidad and Tobago", "LOC", "TTO", ["neighboring Trinidad and Tobago", "Trinidad and Tobago's",
                                                     "his country's"]),
        entity("Keith Rowley", "PER", "TTO", ["Trinidad and Tobago's prime minister, Keith Rowley", "his"]),
        entity("Trinidad and Tobago Coast Guard", "ORG", "TTO", ["his country's coast guard"]),
        entity("Ralph Gonsalves", "PER", "VCT", ["Prime Minister Ralph Gonsalves of St. Vincent and the "
                                                 "Grenadines"]),
        entity("Union Island", "LOC", "VCT", ["Union Island"]),
        entity("Regional Security System", "ORG", "IGO", ["The Regional Security System, a Barbados-based defense "
                                                          "alliance of eastern Caribbean states"]),
        entity("Barbados", "LOC", "BRB", ["Barbados"]),
        entity("United States Agency for International Development", "ORG", "USA",
               ["The U.S. Agency for International Development", "the agency"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["Britain"]),
        entity("Andrew Holness", "PER", "JAM", ["Prime Minister Andrew Holness", "Holness"]),
        entity("residents of low-lying areas of Jamaica", "PER", "JAM", ["residents of low-lying areas"]),
        entity("National Hurricane Center", "ORG", "USA", ["the U.S. National Hurricane Center"]),
        entity("Atlantic Ocean", "LOC", None, ["the Atlantic"]),
        entity("scientists", "PER", None, ["Scientists"]),
        entity("Caribbean Community", "ORG", "IGO", ["the Caribbean Community"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
