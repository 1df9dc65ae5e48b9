"""Round 345: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm345-de-01: Canada: Ottawa orders an end to the port lockouts in Montreal and Vancouver and asks the labour board for binding arbitration; CUPE and Singh object, the Chamber of Commerce welcomes it (2024-11-13).
- hm345-de-02: Jamaica: Andrew Holness's JLP wins the general election; Golding withholds his concession and demands recounts, Rubio and Caricom congratulate (2025-09-04).
- hm345-de-03: Mexico: lime growers' leader Bernardo Bravo found dead near Apatzingán; Sheinbaum condemns, National Guard sent, growers block a highway and demand Governor Ramírez Bedolla's resignation (2025-10-21).
- hm345-de-04: Romania/NATO: the US ends the rotation of a brigade in Romania; Moșteanu and Dan reassure, Wicker and Rogers object, Rutte defends Washington (2025-10-30).
- hm345-en-01: United States: Trump fires BLS commissioner Erika McEntarfer after a weak jobs report; Chavez-DeRemer backs him, Schumer, Beach and statisticians object (2025-08-02).
- hm345-en-02: Haiti: the anti-corruption unit accuses three Transitional Presidential Council members of seeking a bribe from the BNC chief; calls to resign refused, Conille and Washington react (2024-10-03).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm345-de-01 (Canada, port lockouts)
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
MACKINNON = actor("Steven MacKinnon", "CAN", "GOV")
CIRB = actor("Canada Industrial Relations Board", "CAN", "GOV")
MEA = actor("Maritime Employers Association", "CAN", "BUS")
BCMEA = actor("British Columbia Maritime Employers Association", "CAN", "BUS")
CUPE375 = actor("CUPE Local 375", "CAN", "LAB")
ILWU514 = actor("ILWU Local 514", "CAN", "LAB")
CUPE = actor("Canadian Union of Public Employees", "CAN", "LAB")
HANCOCK = actor("Mark Hancock", "CAN", "LAB")
SINGH = actor("Jagmeet Singh", "CAN", "OPP")
CHAMBER = actor("Canadian Chamber of Commerce", "CAN", "BUS")
SPVM = actor("Montreal Police Service", "CAN", "COP")

A1 = ("Ottawa (dpa) - Die kanadische Regierung hat die Arbeitgeber in den Häfen von Montreal und Vancouver "
      "angewiesen, die Aussperrung Tausender Hafenarbeiter zu beenden.")
A2 = ("Arbeitsminister Steven MacKinnon forderte am Dienstag die Arbeitsbehörde Canada Industrial Relations Board "
      "auf, in beiden Häfen eine verbindliche Schlichtung anzuordnen und den Betrieb sofort wieder aufnehmen zu "
      "lassen.")
A3 = ("„Die Häfen sind Lebensadern unserer Wirtschaft, und wir können sie nicht länger stillstehen lassen“, sagte "
      "der Minister in Ottawa.")
A4 = ("Nach Angaben der Regierung sind durch den Stillstand täglich Waren im Wert von mehr als einer Milliarde "
      "kanadischer Dollar blockiert.")
A5 = ("Die Maritime Employers Association hatte am Sonntagabend rund 1200 Hafenarbeiter in Montreal ausgesperrt, "
      "nachdem deren Gewerkschaft an zwei Terminals einen unbefristeten Streik begonnen hatte.")
A6 = ("In Vancouver und weiteren Häfen an der Pazifikküste hatte die British Columbia Maritime Employers Association "
      "bereits Anfang November die Vorarbeiter der Gewerkschaft ILWU ausgesperrt.")
A7 = ("Der Arbeitgeberverband in Montreal wirft der Gewerkschaft vor, mit ihren Forderungen die Modernisierung der "
      "Terminals zu blockieren.")
A8 = ("Die Gewerkschaft CUPE, der die Hafenarbeiter in Montreal angehören, warf der Regierung vor, das Streikrecht "
      "auszuhöhlen.")
A9 = ("„Jedes Mal, wenn Arbeitgeber ihre Beschäftigten aussperren, eilt Ottawa ihnen zu Hilfe“, sagte "
      "CUPE-Präsident Mark Hancock.")
A10 = "Die Gewerkschaft fordere den Minister auf, seine Anordnung zurückzunehmen, fügte Hancock hinzu."
A11 = ("Auch der Vorsitzende der Neuen Demokratischen Partei, Jagmeet Singh, kritisierte das Vorgehen der "
       "Regierung.")
A12 = "Die Kanadische Handelskammer hatte die Regierung seit Tagen zum Eingreifen gedrängt."
A13 = "Sie begrüßte die Entscheidung am Dienstag als „längst überfällig“."
A14 = "Zu Zwischenfällen oder Festnahmen an den Terminals in Montreal kam es nach Angaben der Polizei nicht."

DE01 = {
    "id": "hm345-de-01", "lang": "de", "url": None, "published": "2024-11-13",
    "title": "Kanada beendet Aussperrungen in Häfen von Montreal und Vancouver",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7], [A8, A9, A10, A11], [A12, A13, A14]),
    "events": [
        event("REQUEST", CAN_GOV, MEA, A1, mode="change"),
        event("REQUEST", CAN_GOV, BCMEA, A1, mode="change"),
        event("REQUEST", MACKINNON, CIRB, A2, mode="change", date="2024-11-12"),
        event("SANCTION", MEA, CUPE375, A5, mode="discontinue", date="2024-11-10", location="Montreal",
              location_country="CAN"),
        event("PROTEST", CUPE375, MEA, A5, mode="strike", location="Montreal", location_country="CAN"),
        event("SANCTION", BCMEA, ILWU514, A6, mode="discontinue", location="Vancouver", location_country="CAN"),
        event("ACCUSE", MEA, CUPE375, A7, mode="disapprove"),
        event("ACCUSE", CUPE, CAN_GOV, A8, mode="disapprove"),
        event("ACCUSE", HANCOCK, CAN_GOV, A9, mode="disapprove"),
        event("REQUEST", CUPE, MACKINNON, A10, mode="change"),
        event("ACCUSE", SINGH, CAN_GOV, A11, mode="disapprove"),
        event("REQUEST", CHAMBER, CAN_GOV, A12, mode="change"),
        event("SUPPORT", CHAMBER, CAN_GOV, A13, date="2024-11-12"),
        event("COERCE", SPVM, None, A14, mode="arrest", location="Montreal", location_country="CAN",
              negated=True),
    ],
    "quotes": [
        quote("Die Häfen sind Lebensadern unserer Wirtschaft, und wir können sie nicht länger stillstehen lassen",
              "Steven MacKinnon", "direct"),
        quote("Nach Angaben der Regierung sind durch den Stillstand täglich Waren im Wert von mehr als einer "
              "Milliarde kanadischer Dollar blockiert", "Government of Canada", "indirect"),
        quote("mit ihren Forderungen die Modernisierung der Terminals zu blockieren", "Maritime Employers Association",
              "indirect"),
        quote("das Streikrecht auszuhöhlen", "Canadian Union of Public Employees", "indirect"),
        quote("Jedes Mal, wenn Arbeitgeber ihre Beschäftigten aussperren, eilt Ottawa ihnen zu Hilfe", "Mark Hancock",
              "direct"),
        quote("Die Gewerkschaft fordere den Minister auf, seine Anordnung zurückzunehmen", "Mark Hancock",
              "indirect"),
        quote("längst überfällig", "Canadian Chamber of Commerce", "direct"),
        quote("Zu Zwischenfällen oder Festnahmen an den Terminals in Montreal kam es nach Angaben der Polizei nicht",
              "Montreal Police Service", "indirect"),
    ],
    "entities": [
        entity("Ottawa", "LOC", "CAN", ["Ottawa"]),
        entity("Government of Canada", "ORG", "CAN", ["Die kanadische Regierung", "der Regierung", "Ottawa"]),
        entity("Montreal", "LOC", "CAN", ["Montreal"]),
        entity("Vancouver", "LOC", "CAN", ["Vancouver"]),
        entity("Pacific coast of Canada", "LOC", "CAN", ["der Pazifikküste"]),
        entity("Steven MacKinnon", "PER", "CAN", ["Arbeitsminister Steven MacKinnon", "der Minister",
                                                  "den Minister"]),
        entity("Canada Industrial Relations Board", "ORG", "CAN",
               ["die Arbeitsbehörde Canada Industrial Relations Board"]),
        entity("Maritime Employers Association", "ORG", "CAN", ["Die Maritime Employers Association",
                                                                "Der Arbeitgeberverband in Montreal"]),
        entity("British Columbia Maritime Employers Association", "ORG", "CAN",
               ["die British Columbia Maritime Employers Association"]),
        entity("CUPE Local 375", "ORG", "CAN", ["deren Gewerkschaft", "der Gewerkschaft"]),
        entity("longshore workers of the Port of Montreal", "PER", "CAN", ["rund 1200 Hafenarbeiter in Montreal",
                                                                           "die Hafenarbeiter in Montreal"]),
        entity("ILWU Local 514", "ORG", "CAN", ["der Gewerkschaft ILWU"]),
        entity("Canadian Union of Public Employees", "ORG", "CAN", ["Die Gewerkschaft CUPE", "CUPE",
                                                                    "Die Gewerkschaft"]),
        entity("Mark Hancock", "PER", "CAN", ["CUPE-Präsident Mark Hancock", "Hancock"]),
        entity("Jagmeet Singh", "PER", "CAN", ["der Vorsitzende der Neuen Demokratischen Partei, Jagmeet Singh"]),
        entity("New Democratic Party", "ORG", "CAN", ["der Neuen Demokratischen Partei"]),
        entity("Canadian Chamber of Commerce", "ORG", "CAN", ["Die Kanadische Handelskammer"]),
        entity("Montreal Police Service", "ORG", "CAN", ["der Polizei"]),
    ],
}

# ---------------------------------------------------------------- hm345-de-02 (Jamaica, election)
HOLNESS = actor("Andrew Holness", "JAM", "GOV")
GOLDING = actor("Mark Golding", "JAM", "OPP")
PNP = actor("People's National Party", "JAM", "PTY")
ECJ = actor("Electoral Commission of Jamaica", "JAM", "GOV")
JAM_GOV = actor("Government of Jamaica", "JAM", "GOV")
JCF = actor("Jamaica Constabulary Force", "JAM", "COP")
RUBIO = actor("Marco Rubio", "USA", "GOV")
CARICOM = actor("Caribbean Community", "IGO", "IGO")

B1 = ("Kingston (dpa) - Jamaikas Ministerpräsident Andrew Holness hat sich nach der Parlamentswahl zum Sieger "
      "erklärt und steuert auf eine dritte Amtszeit in Folge zu.")
B2 = ("Seine Jamaica Labour Party (JLP) kam bei der Abstimmung am Mittwoch auf 34 der 63 Sitze im "
      "Repräsentantenhaus, wie die Wahlkommission mitteilte.")
B3 = ("„Das Volk hat gesprochen, und es hat sich für Stabilität entschieden“, sagte Holness in der Nacht zum "
      "Donnerstag vor Anhängern in Kingston.")
B4 = ("Der 53-Jährige versprach, den Kampf gegen die Bandenkriminalität fortzusetzen und die Opposition in wichtige "
      "Entscheidungen einzubeziehen.")
B5 = ("Oppositionsführer Mark Golding von der People's National Party (PNP) gestand seine Niederlage jedoch "
      "zunächst nicht ein.")
B6 = ("Golding forderte die Wahlkommission auf, die Stimmen in mehreren knapp entschiedenen Wahlkreisen neu "
      "auszuzählen.")
B7 = ("„Jede Stimme muss korrekt gezählt werden, bevor wir über Sieger und Verlierer sprechen“, sagte der "
      "60-Jährige.")
B8 = "Die Kommission sagte zu, die Nachzählungen von Freitag an vorzunehmen."
B9 = ("Im Wahlkampf hatte Golding der Regierung vorgeworfen, die Gewalt der Banden nicht in den Griff zu "
      "bekommen.")
B10 = "Holness wies den Vorwurf zurück und verwies auf die deutlich gesunkene Zahl der Morde."
B11 = "Die Wahlbeteiligung lag nach Angaben der Kommission bei nur rund 39 Prozent."
B12 = "In der Hauptstadt blieb es in der Wahlnacht ruhig, Festnahmen gab es nach Angaben der Polizei nicht."
B13 = ("US-Außenminister Marco Rubio gratulierte Holness und sprach von einem „verlässlichen Partner“ in der "
       "Karibik.")
B14 = "Auch die Karibische Gemeinschaft (Caricom) beglückwünschte den Wahlsieger."
B15 = "Holness lud Golding zu einem Gespräch über die Sicherheitspolitik ein."

DE02 = {
    "id": "hm345-de-02", "lang": "de", "url": None, "published": "2025-09-04",
    "title": "Holness gewinnt Wahl in Jamaika - Opposition verlangt Nachzählung",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8], [B9, B10, B11, B12], [B13, B14, B15]),
    "events": [
        event("AGREE", HOLNESS, PNP, B4),
        event("CONCEDE", GOLDING, HOLNESS, B5, negated=True),
        event("REQUEST", GOLDING, ECJ, B6, mode="change"),
        event("REQUEST", GOLDING, ECJ, B7, mode="change"),
        event("AGREE", ECJ, GOLDING, B8),
        event("ACCUSE", GOLDING, JAM_GOV, B9, mode="disapprove"),
        event("COERCE", JCF, None, B12, mode="arrest", date="2025-09-03", location="Kingston",
              location_country="JAM", negated=True),
        event("SUPPORT", RUBIO, HOLNESS, B13),
        event("SUPPORT", CARICOM, HOLNESS, B14),
        event("AGREE", HOLNESS, GOLDING, B15),
    ],
    "quotes": [
        quote("Seine Jamaica Labour Party (JLP) kam bei der Abstimmung am Mittwoch auf 34 der 63 Sitze im "
              "Repräsentantenhaus", "Electoral Commission of Jamaica", "indirect"),
        quote("Das Volk hat gesprochen, und es hat sich für Stabilität entschieden", "Andrew Holness", "direct"),
        quote("Jede Stimme muss korrekt gezählt werden, bevor wir über Sieger und Verlierer sprechen", "Mark Golding",
              "direct"),
        quote("die Gewalt der Banden nicht in den Griff zu bekommen", "Mark Golding", "indirect"),
        quote("Die Wahlbeteiligung lag nach Angaben der Kommission bei nur rund 39 Prozent",
              "Electoral Commission of Jamaica", "indirect"),
        quote("In der Hauptstadt blieb es in der Wahlnacht ruhig, Festnahmen gab es nach Angaben der Polizei nicht",
              "Jamaica Constabulary Force", "indirect"),
        quote("verlässlichen Partner", "Marco Rubio", "direct"),
    ],
    "entities": [
        entity("Kingston", "LOC", "JAM", ["Kingston", "In der Hauptstadt"]),
        entity("Jamaica", "LOC", "JAM", ["Jamaikas"]),
        entity("Andrew Holness", "PER", "JAM", ["Jamaikas Ministerpräsident Andrew Holness", "Holness",
                                                "Der 53-Jährige", "den Wahlsieger"]),
        entity("Jamaica Labour Party", "ORG", "JAM", ["Jamaica Labour Party (JLP)"]),
        entity("Electoral Commission of Jamaica", "ORG", "JAM", ["die Wahlkommission", "Die Kommission",
                                                                 "der Kommission"]),
        entity("House of Representatives of Jamaica", "ORG", "JAM", ["Repräsentantenhaus"]),
        entity("Mark Golding", "PER", "JAM", ["Oppositionsführer Mark Golding", "Golding", "der 60-Jährige"]),
        entity("People's National Party", "ORG", "JAM", ["People's National Party (PNP)", "die Opposition"]),
        entity("Government of Jamaica", "ORG", "JAM", ["der Regierung"]),
        entity("Jamaica Constabulary Force", "ORG", "JAM", ["der Polizei"]),
        entity("Marco Rubio", "PER", "USA", ["US-Außenminister Marco Rubio"]),
        entity("Caribbean", "LOC", None, ["der Karibik"]),
        entity("Caribbean Community", "ORG", "IGO", ["die Karibische Gemeinschaft (Caricom)"]),
    ],
}

# ---------------------------------------------------------------- hm345-de-03 (Mexico, Bernardo Bravo)
BRAVO = actor("Bernardo Bravo", "MEX", "CVL")
CITRUS_ASSOC = actor("Association of Citrus Growers of the Apatzingán Valley", "MEX", "BUS")
LIME_GROWERS = actor("lime growers of the Apatzingán Valley", "MEX", "CVL")
CRIME_GROUPS = actor("criminal groups in the Apatzingán Valley", "MEX", "REB")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
BRAVO_KILLERS = actor("killers of Bernardo Bravo", "MEX", "CVL")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
MICH_PROS = actor("Michoacán State Attorney General's Office", "MEX", "JUD")
MICH_GOV = actor("Government of Michoacán", "MEX", "GOV")
BEDOLLA = actor("Alfredo Ramírez Bedolla", "MEX", "GOV")
PAN = actor("National Action Party", "MEX", "PTY")

C1 = ("Mexiko-Stadt (dpa) - Im mexikanischen Bundesstaat Michoacán ist der Sprecher der Limettenbauern, Bernardo "
      "Bravo, tot aufgefunden worden.")
C2 = ("Die Leiche des Landwirts wurde am Montag in seinem Wagen an einer Landstraße bei Apatzingán entdeckt, wie die "
      "Staatsanwaltschaft des Bundesstaates mitteilte.")
C3 = ("Bravo hatte als Vorsitzender des Verbands der Zitrusbauern im Tal von Apatzingán wiederholt "
      "Schutzgelderpressungen durch kriminelle Gruppen angeprangert.")
C4 = "Präsidentin Claudia Sheinbaum verurteilte die Tat am Dienstag bei ihrer morgendlichen Pressekonferenz."
C5 = "„Dieses Verbrechen wird nicht straflos bleiben“, sagte die Staatschefin."
C6 = "Die Bundesregierung verlegte zusätzliche Einheiten der Nationalgarde in die Region um Apatzingán."
C7 = "Die Staatsanwaltschaft von Michoacán leitete Ermittlungen wegen Mordes ein."
C8 = "Festnahmen gab es bis Dienstagabend nicht."
C9 = ("Hunderte Limettenbauern blockierten am Dienstag die Fernstraße zwischen Apatzingán und Cuatro Caminos mit "
      "Traktoren und Lastwagen, um gegen die Untätigkeit der Landesregierung zu protestieren.")
C10 = "Zudem stellten sie die Ernte in der Region vorerst ein."
C11 = "Der Verband der Zitrusbauern forderte Gouverneur Alfredo Ramírez Bedolla zum Rücktritt auf."
C12 = "Ramírez Bedolla lehnte einen Rücktritt ab."
C13 = ("Er habe die Polizeipräsenz im Tal von Apatzingán bereits verstärkt, sagte der Politiker der "
       "Regierungspartei Morena.")
C14 = ("Die oppositionelle PAN warf der Regierung Sheinbaum vor, die Kontrolle über weite Teile Michoacáns an die "
       "Kartelle verloren zu haben.")
C15 = ("In der Region kämpfen seit Jahren das Jalisco-Kartell und örtliche Gruppen wie die Viagras um die Kontrolle "
       "über das Geschäft mit Schutzgeldern.")

DE03 = {
    "id": "hm345-de-03", "lang": "de", "url": None, "published": "2025-10-21",
    "title": "Sprecher der Limettenbauern in Mexiko tot aufgefunden",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6, C7, C8], [C9, C10, C11, C12, C13], [C14, C15]),
    "events": [
        event("ACCUSE", BRAVO, CRIME_GROUPS, C3, mode="disapprove"),
        event("ACCUSE", SHEINBAUM, BRAVO_KILLERS, C4, mode="disapprove", date="2025-10-21"),
        event("THREATEN", SHEINBAUM, BRAVO_KILLERS, C5),
        event("MOBILIZE", MEX_GOV, None, C6, mode="troops", location="Apatzingán", location_country="MEX"),
        event("ACCUSE", MICH_PROS, BRAVO_KILLERS, C7, mode="investigate"),
        event("COERCE", MICH_PROS, BRAVO_KILLERS, C8, mode="arrest", date="2025-10-21", negated=True),
        event("PROTEST", LIME_GROWERS, MICH_GOV, C9, mode="obstruct", date="2025-10-21", location="Apatzingán",
              location_country="MEX"),
        event("PROTEST", LIME_GROWERS, MICH_GOV, C10, mode="strike", location="Apatzingán",
              location_country="MEX"),
        event("REQUEST", CITRUS_ASSOC, BEDOLLA, C11, mode="change"),
        event("REJECT", BEDOLLA, CITRUS_ASSOC, C12, mode="change"),
        event("MOBILIZE", BEDOLLA, None, C13, mode="police", location="Apatzingán", location_country="MEX"),
        event("ACCUSE", PAN, MEX_GOV, C14, mode="disapprove"),
    ],
    "quotes": [
        quote("Die Leiche des Landwirts wurde am Montag in seinem Wagen an einer Landstraße bei Apatzingán entdeckt",
              "Michoacán State Attorney General's Office", "indirect"),
        quote("Dieses Verbrechen wird nicht straflos bleiben", "Claudia Sheinbaum", "direct"),
        quote("Er habe die Polizeipräsenz im Tal von Apatzingán bereits verstärkt", "Alfredo Ramírez Bedolla",
              "indirect"),
        quote("die Kontrolle über weite Teile Michoacáns an die Kartelle verloren zu haben", "National Action Party",
              "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt"]),
        entity("Michoacán", "LOC", "MEX", ["Bundesstaat Michoacán", "des Bundesstaates", "Michoacán",
                                           "Michoacáns"]),
        entity("Bernardo Bravo", "PER", "MEX", ["der Sprecher der Limettenbauern, Bernardo Bravo",
                                                "des Landwirts", "Bravo"]),
        entity("Apatzingán", "LOC", "MEX", ["Apatzingán"]),
        entity("Apatzingán Valley", "LOC", "MEX", ["Tal von Apatzingán", "die Region um Apatzingán",
                                                   "in der Region", "In der Region"]),
        entity("Michoacán State Attorney General's Office", "ORG", "MEX",
               ["die Staatsanwaltschaft des Bundesstaates", "Die Staatsanwaltschaft von Michoacán"]),
        entity("Association of Citrus Growers of the Apatzingán Valley", "ORG", "MEX",
               ["des Verbands der Zitrusbauern im Tal von Apatzingán", "Der Verband der Zitrusbauern"]),
        entity("criminal groups in the Apatzingán Valley", "ORG", "MEX", ["kriminelle Gruppen", "die Kartelle"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Präsidentin Claudia Sheinbaum", "die Staatschefin",
                                                   "Sheinbaum"]),
        entity("killers of Bernardo Bravo", "PER", "MEX", []),
        entity("Government of Mexico", "ORG", "MEX", ["Die Bundesregierung", "der Regierung Sheinbaum"]),
        entity("National Guard (Mexico)", "ORG", "MEX", ["der Nationalgarde"]),
        entity("lime growers of the Apatzingán Valley", "PER", "MEX", ["Hunderte Limettenbauern"]),
        entity("Cuatro Caminos", "LOC", "MEX", ["Cuatro Caminos"]),
        entity("Government of Michoacán", "ORG", "MEX", ["der Landesregierung"]),
        entity("Alfredo Ramírez Bedolla", "PER", "MEX", ["Gouverneur Alfredo Ramírez Bedolla", "Ramírez Bedolla",
                                                         "der Politiker der Regierungspartei Morena"]),
        entity("Morena", "ORG", "MEX", ["der Regierungspartei Morena"]),
        entity("National Action Party", "ORG", "MEX", ["Die oppositionelle PAN"]),
        entity("Jalisco New Generation Cartel", "ORG", "MEX", ["das Jalisco-Kartell"]),
        entity("Los Viagras", "ORG", "MEX", ["die Viagras"]),
    ],
}

# ---------------------------------------------------------------- hm345-de-04 (Romania/NATO, US brigade)
USA_GOV = actor("Government of the United States", "USA", "GOV")
MOSTEANU = actor("Ionuț Moșteanu", "ROU", "GOV")
HEGSETH = actor("Pete Hegseth", "USA", "GOV")
WICKER = actor("Roger Wicker", "USA", "LEG")
ROGERS = actor("Mike Rogers", "USA", "LEG")
DOD = actor("United States Department of Defense", "USA", "GOV")
RUTTE = actor("Mark Rutte", "IGO", "IGO")

D1 = ("Bukarest (dpa) - Die USA verringern ihre Truppenpräsenz an der Nato-Ostflanke und ziehen einen Teil ihrer "
      "Soldaten aus Rumänien ab.")
D2 = ("Das rumänische Verteidigungsministerium teilte am Mittwoch mit, Washington werde die Rotation einer in "
      "Rumänien stationierten Brigade nicht fortsetzen.")
D3 = "Nach Angaben des Ministeriums bleiben rund 1000 amerikanische Soldaten im Land."
D4 = ("Die Entscheidung sei kein Rückzug aus Europa, sondern ein Zeichen dafür, dass die europäischen Verbündeten "
      "mehr Verantwortung übernähmen, erklärte das Kommando der US-Armee in Europa.")
D5 = "Verteidigungsminister Ionuț Moșteanu bemühte sich, Sorgen in der Bevölkerung zu zerstreuen."
D6 = "„Die Sicherheit Rumäniens ist zu keinem Zeitpunkt gefährdet“, sagte der Minister in Bukarest."
D7 = "Moșteanu hatte am Dienstag mit Pentagon-Chef Pete Hegseth telefoniert."
D8 = ("Präsident Nicușor Dan sagte, die amerikanischen Truppen würden weiterhin auf dem Stützpunkt Mihail "
      "Kogălniceanu am Schwarzen Meer präsent sein.")
D9 = ("In Washington kritisierten die republikanischen Vorsitzenden der Verteidigungsausschüsse im Kongress, "
      "Senator Roger Wicker und der Abgeordnete Mike Rogers, den Schritt am Mittwoch scharf.")
D10 = "Der Abzug sende „das falsche Signal“ an Russland, erklärte Wicker."
D11 = "Die beiden Republikaner forderten das Pentagon auf, die Entscheidung zu überdenken."
D12 = "Das Pentagon lehnte eine Stellungnahme zunächst ab."
D13 = "Nato-Generalsekretär Mark Rutte nahm Washington in Schutz."
D14 = ("Die Anpassung sei mit den Verbündeten abgestimmt und schwäche die Abschreckung des Bündnisses nicht, sagte "
       "der Niederländer.")

DE04 = {
    "id": "hm345-de-04", "lang": "de", "url": None, "published": "2025-10-30",
    "title": "USA ziehen Teil ihrer Soldaten aus Rumänien ab",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8], [D9, D10, D11, D12], [D13, D14]),
    "events": [
        event("CONCEDE", USA_GOV, None, D1, location="Romania", location_country="ROU"),
        event("CONCEDE", USA_GOV, None, D2, date="2025-10-29", location="Romania", location_country="ROU"),
        event("CONSULT", MOSTEANU, HEGSETH, D7, mode="phone", date="2025-10-28"),
        event("ACCUSE", WICKER, DOD, D9, mode="disapprove", date="2025-10-29", location="Washington",
              location_country="USA"),
        event("ACCUSE", ROGERS, DOD, D9, mode="disapprove", date="2025-10-29", location="Washington",
              location_country="USA"),
        event("ACCUSE", WICKER, DOD, D10, mode="disapprove"),
        event("REQUEST", WICKER, DOD, D11, mode="change"),
        event("REQUEST", ROGERS, DOD, D11, mode="change"),
        event("SUPPORT", RUTTE, USA_GOV, D13),
    ],
    "quotes": [
        quote("Washington werde die Rotation einer in Rumänien stationierten Brigade nicht fortsetzen",
              "Ministry of National Defence of Romania", "indirect"),
        quote("Nach Angaben des Ministeriums bleiben rund 1000 amerikanische Soldaten im Land",
              "Ministry of National Defence of Romania", "indirect"),
        quote("Die Entscheidung sei kein Rückzug aus Europa, sondern ein Zeichen dafür, dass die europäischen "
              "Verbündeten mehr Verantwortung übernähmen", "U.S. Army Europe and Africa", "indirect"),
        quote("Die Sicherheit Rumäniens ist zu keinem Zeitpunkt gefährdet", "Ionuț Moșteanu", "direct"),
        quote("die amerikanischen Truppen würden weiterhin auf dem Stützpunkt Mihail Kogălniceanu am Schwarzen Meer "
              "präsent sein", "Nicușor Dan", "indirect"),
        quote("das falsche Signal", "Roger Wicker", "direct"),
        quote("Der Abzug sende „das falsche Signal“ an Russland", "Roger Wicker", "indirect"),
        quote("Die Anpassung sei mit den Verbündeten abgestimmt und schwäche die Abschreckung des Bündnisses nicht",
              "Mark Rutte", "indirect"),
    ],
    "entities": [
        entity("Bucharest", "LOC", "ROU", ["Bukarest"]),
        entity("Government of the United States", "ORG", "USA", ["Die USA", "Washington"]),
        entity("Washington, D.C.", "LOC", "USA", ["In Washington"]),
        entity("NATO", "ORG", "IGO", ["Nato", "des Bündnisses"]),
        entity("NATO eastern flank", "LOC", None, ["der Nato-Ostflanke"]),
        entity("Romania", "LOC", "ROU", ["Rumänien", "Rumäniens", "im Land"]),
        entity("Ministry of National Defence of Romania", "ORG", "ROU", ["Das rumänische Verteidigungsministerium",
                                                                         "des Ministeriums"]),
        entity("U.S. Army Europe and Africa", "ORG", "USA", ["das Kommando der US-Armee in Europa"]),
        entity("Europe", "LOC", None, ["Europa"]),
        entity("Ionuț Moșteanu", "PER", "ROU", ["Verteidigungsminister Ionuț Moșteanu", "der Minister",
                                                "Moșteanu"]),
        entity("Pete Hegseth", "PER", "USA", ["Pentagon-Chef Pete Hegseth"]),
        entity("Nicușor Dan", "PER", "ROU", ["Präsident Nicușor Dan"]),
        entity("Mihail Kogălniceanu Air Base", "LOC", "ROU", ["dem Stützpunkt Mihail Kogălniceanu"]),
        entity("Black Sea", "LOC", None, ["Schwarzen Meer"]),
        entity("Armed Services Committees of the United States Congress", "ORG", "USA",
               ["der Verteidigungsausschüsse im Kongress"]),
        entity("United States Congress", "ORG", "USA", ["Kongress"]),
        entity("Roger Wicker", "PER", "USA", ["Senator Roger Wicker", "Wicker"]),
        entity("Mike Rogers", "PER", "USA", ["der Abgeordnete Mike Rogers"]),
        entity("United States Department of Defense", "ORG", "USA", ["das Pentagon", "Das Pentagon"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Mark Rutte", "PER", "NLD", ["Nato-Generalsekretär Mark Rutte", "der Niederländer"]),
    ],
}

# ---------------------------------------------------------------- hm345-en-01 (United States, BLS chief fired)
TRUMP = actor("Donald Trump", "USA", "GOV")
MCENTARFER = actor("Erika McEntarfer", "USA", "GOV")
CHAVEZ_DEREMER = actor("Lori Chavez-DeRemer", "USA", "GOV")
SCHUMER = actor("Chuck Schumer", "USA", "LEG")
BEACH = actor("William Beach", "USA", "CVL")
ASA = actor("American Statistical Association", "USA", "NGO")
POWELL = actor("Jerome Powell", "USA", "GOV")
FED = actor("Federal Reserve", "USA", "GOV")

E1 = ("WASHINGTON (Reuters) - President Donald Trump on Friday fired the head of the Bureau of Labor Statistics, "
      "hours after the agency reported that hiring slowed sharply in July.")
E2 = ("Trump accused Commissioner Erika McEntarfer, without offering evidence, of manipulating the employment "
      "figures for political purposes.")
E3 = ("\"These numbers were rigged to make the Republicans, and me, look bad,\" Trump wrote on his Truth Social "
      "platform.")
E4 = ("He said he had directed his team to fire her immediately and that Deputy Commissioner William Wiatrowski "
      "would serve in an acting capacity.")
E5 = ("The bureau said earlier on Friday that employers added just 73,000 jobs last month and that hiring in May "
      "and June was far weaker than first reported, with a combined downward revision of 258,000 jobs.")
E6 = ("McEntarfer, who was confirmed by the Senate in January 2024 with bipartisan support, did not respond to a "
      "request for comment.")
E7 = "Labor Secretary Lori Chavez-DeRemer said she fully supported the president's decision."
E8 = "Senate Democratic leader Chuck Schumer accused Trump of shooting the messenger."
E9 = ("\"If you don't like the numbers, you fire the statistician. That's what strongmen do,\" Schumer said in a "
      "statement.")
E10 = ("William Beach, who ran the bureau during Trump's first term, called the dismissal \"totally groundless\" and "
       "said it would undermine public trust in federal statistics.")
E11 = ("The American Statistical Association urged the administration to explain its decision and to protect the "
       "independence of the agency.")
E12 = ("Trump also renewed his attacks on Federal Reserve Chair Jerome Powell on Friday, demanding again that the "
       "central bank cut interest rates.")
E13 = "The White House did not immediately name a permanent replacement for McEntarfer."

EN01 = {
    "id": "hm345-en-01", "lang": "en", "url": None, "published": "2025-08-02",
    "title": "Trump fires labor statistics chief after weak jobs report",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7], [E8, E9, E10, E11], [E12, E13]),
    "events": [
        event("SANCTION", TRUMP, MCENTARFER, E1, mode="expel", date="2025-08-01"),
        event("ACCUSE", TRUMP, MCENTARFER, E2, mode="allege"),
        event("ACCUSE", TRUMP, MCENTARFER, E3, mode="allege"),
        event("SANCTION", TRUMP, MCENTARFER, E4, mode="expel"),
        event("SUPPORT", CHAVEZ_DEREMER, TRUMP, E7),
        event("ACCUSE", SCHUMER, TRUMP, E8, mode="disapprove"),
        event("ACCUSE", SCHUMER, TRUMP, E9, mode="disapprove"),
        event("ACCUSE", BEACH, TRUMP, E10, mode="disapprove"),
        event("REQUEST", ASA, USA_GOV, E11, mode="change"),
        event("ACCUSE", TRUMP, POWELL, E12, mode="disapprove", date="2025-08-01"),
        event("REQUEST", TRUMP, FED, E12, mode="change", date="2025-08-01"),
    ],
    "quotes": [
        quote("hiring slowed sharply in July", "Bureau of Labor Statistics", "indirect"),
        quote("These numbers were rigged to make the Republicans, and me, look bad", "Donald Trump", "direct"),
        quote("he had directed his team to fire her immediately and that Deputy Commissioner William Wiatrowski "
              "would serve in an acting capacity", "Donald Trump", "indirect"),
        quote("employers added just 73,000 jobs last month and that hiring in May and June was far weaker than first "
              "reported, with a combined downward revision of 258,000 jobs", "Bureau of Labor Statistics",
              "indirect"),
        quote("she fully supported the president's decision", "Lori Chavez-DeRemer", "indirect"),
        quote("If you don't like the numbers, you fire the statistician. That's what strongmen do", "Chuck Schumer",
              "direct"),
        quote("totally groundless", "William Beach", "direct"),
        quote("it would undermine public trust in federal statistics", "William Beach", "indirect"),
        quote("the central bank cut interest rates", "Donald Trump", "indirect"),
    ],
    "entities": [
        entity("Washington, D.C.", "LOC", "USA", ["WASHINGTON"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump", "the president"]),
        entity("Bureau of Labor Statistics", "ORG", "USA", ["the Bureau of Labor Statistics", "the agency",
                                                            "The bureau", "the bureau"]),
        entity("Erika McEntarfer", "PER", "USA", ["Commissioner Erika McEntarfer", "McEntarfer"]),
        entity("Republican Party", "ORG", "USA", ["the Republicans"]),
        entity("Truth Social", "ORG", "USA", ["his Truth Social platform"]),
        entity("William Wiatrowski", "PER", "USA", ["Deputy Commissioner William Wiatrowski"]),
        entity("United States Senate", "ORG", "USA", ["the Senate"]),
        entity("Lori Chavez-DeRemer", "PER", "USA", ["Labor Secretary Lori Chavez-DeRemer"]),
        entity("Chuck Schumer", "PER", "USA", ["Senate Democratic leader Chuck Schumer", "Schumer"]),
        entity("William Beach", "PER", "USA", ["William Beach"]),
        entity("American Statistical Association", "ORG", "USA", ["The American Statistical Association"]),
        entity("Government of the United States", "ORG", "USA", ["the administration"]),
        entity("Jerome Powell", "PER", "USA", ["Federal Reserve Chair Jerome Powell"]),
        entity("Federal Reserve", "ORG", "USA", ["Federal Reserve", "the central bank"]),
        entity("White House", "ORG", "USA", ["The White House"]),
    ],
}

# ---------------------------------------------------------------- hm345-en-02 (Haiti, council bribery report)
ULCC = actor("Anti-Corruption Unit", "HTI", "GOV")
AUGUSTIN = actor("Smith Augustin", "HTI", "GOV")
VERTILAIRE = actor("Emmanuel Vertilaire", "HTI", "GOV")
GILLES = actor("Louis Gérald Gilles", "HTI", "GOV")
HTI_PROS = actor("Haitian prosecutors", "HTI", "JUD")
MONTANA = actor("Montana Accord", "HTI", "CVL")
CONILLE = actor("Garry Conille", "HTI", "GOV")
TPC = actor("Transitional Presidential Council", "HTI", "GOV")
HTI_GOV = actor("Government of Haiti", "HTI", "GOV")
STATE_DEPT = actor("United States Department of State", "USA", "GOV")

H1 = ("PORT-AU-PRINCE, Haiti (AP) - Haiti's anti-corruption agency has accused three members of the country's "
      "Transitional Presidential Council of demanding a bribe from the head of a state-owned bank, deepening "
      "turmoil at the top of the interim government.")
H2 = ("In a report released Wednesday, the agency said council members Smith Augustin, Emmanuel Vertilaire and "
      "Louis Gérald Gilles had asked Raoul Pierre-Louis, then president of the National Credit Bank, for 100 "
      "million gourdes - about $750,000 - in return for keeping his post.")
H3 = "The agency asked prosecutors to open a criminal case against the three men."
H4 = "All three have denied wrongdoing."
H5 = ("The Montana Accord, a coalition of civil society groups and parties that helped create the council, called "
      "on the three men to resign on Wednesday.")
H6 = ("\"This report is a political operation to weaken the council,\" Augustin told reporters in "
      "Port-au-Prince.")
H7 = "He said he would not step down."
H8 = "Vertilaire and Gilles have also refused to resign, according to people close to the council."
H9 = ("Prime Minister Garry Conille urged the council to settle the matter quickly, saying the scandal threatened "
      "the government's credibility at a critical moment.")
H10 = "Pierre-Louis, who was replaced at the bank in August, has not commented publicly."
H11 = ("The U.S. State Department, which has funded much of the Kenyan-led security mission fighting Haiti's gangs, "
       "called on Haitian authorities to conduct a transparent investigation.")
H12 = "\"Haitians deserve leaders who are accountable to them,\" department spokesman Matthew Miller said."
H13 = "The nine-member council was installed in April with a mandate to lead the country to elections."
H14 = "Gangs control about 80% of the capital, according to U.N. estimates."

EN02 = {
    "id": "hm345-en-02", "lang": "en", "url": None, "published": "2024-10-03",
    "title": "Haiti anti-graft agency accuses three transitional council members of seeking bribe",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6, H7, H8], [H9, H10], [H11, H12, H13, H14]),
    "events": [
        event("ACCUSE", ULCC, AUGUSTIN, H1, mode="allege"),
        event("ACCUSE", ULCC, VERTILAIRE, H1, mode="allege"),
        event("ACCUSE", ULCC, GILLES, H1, mode="allege"),
        event("ACCUSE", ULCC, AUGUSTIN, H2, mode="allege", date="2024-10-02"),
        event("ACCUSE", ULCC, VERTILAIRE, H2, mode="allege", date="2024-10-02"),
        event("ACCUSE", ULCC, GILLES, H2, mode="allege", date="2024-10-02"),
        event("REQUEST", ULCC, HTI_PROS, H3, mode="change"),
        event("REQUEST", MONTANA, AUGUSTIN, H5, mode="change", date="2024-10-02"),
        event("REQUEST", MONTANA, VERTILAIRE, H5, mode="change", date="2024-10-02"),
        event("REQUEST", MONTANA, GILLES, H5, mode="change", date="2024-10-02"),
        event("ACCUSE", AUGUSTIN, ULCC, H6, mode="disapprove", location="Port-au-Prince", location_country="HTI"),
        event("REJECT", AUGUSTIN, MONTANA, H7, mode="change"),
        event("REJECT", VERTILAIRE, MONTANA, H8, mode="change"),
        event("REJECT", GILLES, MONTANA, H8, mode="change"),
        event("REQUEST", CONILLE, TPC, H9, mode="change"),
        event("REQUEST", STATE_DEPT, HTI_GOV, H11, mode="change"),
    ],
    "quotes": [
        quote("council members Smith Augustin, Emmanuel Vertilaire and Louis Gérald Gilles had asked Raoul "
              "Pierre-Louis, then president of the National Credit Bank, for 100 million gourdes - about $750,000 - "
              "in return for keeping his post", "Anti-Corruption Unit", "indirect"),
        quote("This report is a political operation to weaken the council", "Smith Augustin", "direct"),
        quote("he would not step down", "Smith Augustin", "indirect"),
        quote("Vertilaire and Gilles have also refused to resign, according to people close to the council",
              "people close to the Transitional Presidential Council", "indirect"),
        quote("the scandal threatened the government's credibility at a critical moment", "Garry Conille",
              "indirect"),
        quote("Haitians deserve leaders who are accountable to them", "Matthew Miller", "direct"),
        quote("Gangs control about 80% of the capital, according to U.N. estimates", "United Nations", "indirect"),
    ],
    "entities": [
        entity("Port-au-Prince", "LOC", "HTI", ["PORT-AU-PRINCE", "Port-au-Prince", "the capital"]),
        entity("Haiti", "LOC", "HTI", ["Haiti", "the country"]),
        entity("Anti-Corruption Unit", "ORG", "HTI", ["Haiti's anti-corruption agency", "the agency",
                                                      "The agency"]),
        entity("Transitional Presidential Council", "ORG", "HTI", ["the country's Transitional Presidential Council",
                                                                   "the council", "The nine-member council"]),
        entity("Smith Augustin", "PER", "HTI", ["Smith Augustin", "Augustin"]),
        entity("Emmanuel Vertilaire", "PER", "HTI", ["Emmanuel Vertilaire", "Vertilaire"]),
        entity("Louis Gérald Gilles", "PER", "HTI", ["Louis Gérald Gilles", "Gilles"]),
        entity("Raoul Pierre-Louis", "PER", "HTI", ["the head of a state-owned bank", "Raoul Pierre-Louis",
                                                    "then president of the National Credit Bank", "Pierre-Louis"]),
        entity("National Credit Bank", "ORG", "HTI", ["a state-owned bank", "the National Credit Bank", "the bank"]),
        entity("Haitian prosecutors", "ORG", "HTI", ["prosecutors"]),
        entity("Montana Accord", "ORG", "HTI", ["The Montana Accord"]),
        entity("Garry Conille", "PER", "HTI", ["Prime Minister Garry Conille"]),
        entity("Government of Haiti", "ORG", "HTI", ["the interim government", "the government",
                                                     "Haitian authorities"]),
        entity("United States Department of State", "ORG", "USA", ["The U.S. State Department", "department"]),
        entity("Multinational Security Support Mission", "ORG", "IGO", ["the Kenyan-led security mission"]),
        entity("Haitian gangs", "ORG", "HTI", ["Haiti's gangs", "Gangs"]),
        entity("Matthew Miller", "PER", "USA", ["department spokesman Matthew Miller"]),
        entity("United Nations", "ORG", "UNO", ["U.N."]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
