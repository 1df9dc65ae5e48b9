"""Round 399: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, North America, invented wording and details):
- hm399-de-01: Haiti: investigating judge Walther Wesser Voltaire indicts Martine Moïse, ex-prime minister Claude Joseph and ex-police chief Léon Charles over the assassination of Jovenel Moïse; her lawyers deny and plan an appeal, Joseph accuses Ariel Henry and refuses to answer a summons, Henry denies, the Miami life sentences and a US demand for transparency recalled (2024-02-20).
- hm399-de-02: Mexico/United States: Mexico protests with a diplomatic note after two bodies are found near Greg Abbott's buoy barrier in the Rio Grande at Eagle Pass; demand for removal, treaty-breach allegation, the Justice Department's lawsuit, Abbott refuses and accuses Washington, López Obrador calls the buoys inhumane but will not curb cooperation, protest in Eagle Pass (2023-08-03).
- hm399-de-03: Canada: Jagmeet Singh's NDP tears up its supply-and-confidence agreement with Trudeau's Liberal minority government; Singh attacks the Liberals, Poilievre calls it a show and demands a no-confidence vote, Trudeau rules out an early election, Blanchet offers case-by-case support (2024-09-04).
- hm399-de-04: United States: the House of Representatives impeaches Homeland Security Secretary Alejandro Mayorkas by 214 to 213 votes; Johnson's accusation, Biden and Schumer attack the Republicans, Mayorkas denies, Trump's rejection of the Senate border deal and Biden's backing for Mayorkas recalled (2024-02-14).
- hm399-en-01: Bahamas/United States: Prime Minister Philip Davis says the Bahamas turned down a US request to take in third-country deportees; Pintard accuses Davis and demands the correspondence, Davis refuses, Rubio's visa restrictions over Cuban medical missions, Mitchell will not send Cuban doctors home, Panama and Costa Rica agreed, Turks and Caicos declined (2025-03-12).
- hm399-en-02: United States/Cuba: FBI agents arrest former ambassador to Bolivia Manuel Rocha in Miami on charges of acting as a Cuban agent for decades; Garland's statement, Rocha's "the enemy" remarks to an undercover agent, a magistrate orders him held, the State Department pledges cooperation, Rubio demands a review, the Ana Montes case recalled (2023-12-05).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm399-de-01 (Haiti, Moïse assassination indictment)
VOLTAIRE = actor("Walther Wesser Voltaire", "HTI", "JUD")
MARTINE = actor("Martine Moïse", "HTI", "CVL")
CL_JOSEPH = actor("Claude Joseph", "HTI", "OPP")
L_CHARLES = actor("Léon Charles", "HTI", "COP")
COMMANDO = actor("Colombian former soldiers", "COL", "CVL")
JOVENEL = actor("Jovenel Moïse", "HTI", "GOV")
HENRY = actor("Ariel Henry", "HTI", "GOV")
MIAMI_COURT = actor("United States District Court for the Southern District of Florida", "USA", "JUD")
JJ_JOSEPH = actor("John Joël Joseph", "HTI", "CVL")
USA_GOV_H = actor("Government of the United States", "USA", "GOV")
HTI_GOV = actor("Government of Haiti", "HTI", "GOV")

H1 = ("Port-au-Prince (dpa) - Zweieinhalb Jahre nach der Ermordung des haitianischen Präsidenten Jovenel Moïse hat "
      "ein Untersuchungsrichter die Witwe des Staatschefs und den früheren Regierungschef Claude Joseph angeklagt.")
H2 = ("Richter Walther Wesser Voltaire wirft Martine Moïse und Joseph in seinem 122 Seiten langen Abschlussbericht "
      "Komplizenschaft und kriminelle Verschwörung vor.")
H3 = ("Auch der frühere Polizeichef Léon Charles gehört zu den rund 50 Beschuldigten, deren Namen das Dokument "
      "aufführt, das am Montag in haitianischen Medien veröffentlicht wurde.")
H4 = ("Moïse war in der Nacht zum 7. Juli 2021 in seiner Residenz in Pétion-Ville von einem Kommando aus überwiegend "
      "kolumbianischen Ex-Soldaten erschossen worden.")
H5 = "Seine Frau überlebte den Angriff schwer verletzt."
H6 = ("Dem Bericht zufolge soll Martine Moïse sich nach dem Tod ihres Mannes mit Joseph abgesprochen haben, um selbst "
      "an die Spitze des Staates zu rücken.")
H7 = "Die frühere First Lady, die inzwischen in Florida lebt, wies die Vorwürfe über ihre Anwälte entschieden zurück."
H8 = "Ihre Verteidiger kündigten an, gegen die Entscheidung Berufung einzulegen."
H9 = ("Joseph, der nach dem Attentat kurzzeitig die Regierungsgeschäfte geführt hatte, warf Premierminister Ariel Henry "
      "vor, die Justiz für einen Rachefeldzug gegen seine Gegner zu missbrauchen.")
H10 = "„Das ist keine Justiz, das ist eine Abrechnung“, sagte der Oppositionspolitiker dem Radiosender Magik9."
H11 = "Einer Vorladung des Richters werde er nicht folgen, fügte er hinzu."
H12 = "Henry hat stets bestritten, in das Komplott verwickelt gewesen zu sein."
H13 = ("Ein Bundesgericht in Miami hatte bereits mehrere Beteiligte zu lebenslanger Haft verurteilt, darunter den "
       "früheren haitianischen Senator John Joël Joseph.")
H14 = ("Die US-Regierung forderte die haitianischen Behörden auf, das Verfahren transparent und frei von politischer "
       "Einflussnahme fortzuführen.")
H15 = ("Die Ermittlungen in Haiti waren über Jahre immer wieder ins Stocken geraten; mehrere Richter hatten das Dossier "
       "aus Angst um ihre Sicherheit abgegeben.")
H16 = ("Das Land wird seit Monaten von Bandengewalt erschüttert, Banden kontrollieren nach UN-Angaben rund 80 Prozent "
       "der Hauptstadt.")

DE01 = {
    "id": "hm399-de-01", "lang": "de", "url": None, "published": "2024-02-20",
    "title": "Mord an Haitis Präsident Moïse: Witwe und Ex-Premier angeklagt",
    "text": paragraphs([H1, H2, H3, H4, H5], [H6, H7, H8], [H9, H10, H11, H12], [H13, H14, H15, H16]),
    "events": [
        event("ACCUSE", VOLTAIRE, MARTINE, H1, mode="allege"),
        event("ACCUSE", VOLTAIRE, CL_JOSEPH, H1, mode="allege"),
        event("ACCUSE", VOLTAIRE, MARTINE, H2, mode="allege"),
        event("ACCUSE", VOLTAIRE, CL_JOSEPH, H2, mode="allege"),
        event("ACCUSE", VOLTAIRE, L_CHARLES, H3, mode="allege"),
        event("ASSAULT", COMMANDO, JOVENEL, H4, mode="assassinate", date="2021-07-07", location="Pétion-Ville",
              location_country="HTI"),
        event("ASSAULT", COMMANDO, MARTINE, H5),
        event("ACCUSE", CL_JOSEPH, HENRY, H9, mode="disapprove"),
        event("ACCUSE", CL_JOSEPH, VOLTAIRE, H10, mode="disapprove"),
        event("REJECT", CL_JOSEPH, VOLTAIRE, H11),
        event("SANCTION", MIAMI_COURT, JJ_JOSEPH, H13, mode="convict", location="Miami", location_country="USA"),
        event("REQUEST", USA_GOV_H, HTI_GOV, H14),
    ],
    "quotes": [
        quote("soll Martine Moïse sich nach dem Tod ihres Mannes mit Joseph abgesprochen haben, um selbst an die Spitze "
              "des Staates zu rücken", "Walther Wesser Voltaire", "indirect"),
        quote("gegen die Entscheidung Berufung einzulegen", "lawyers of Martine Moïse", "indirect"),
        quote("die Justiz für einen Rachefeldzug gegen seine Gegner zu missbrauchen", "Claude Joseph", "indirect"),
        quote("Das ist keine Justiz, das ist eine Abrechnung", "Claude Joseph", "direct"),
        quote("Einer Vorladung des Richters werde er nicht folgen", "Claude Joseph", "indirect"),
        quote("in das Komplott verwickelt gewesen zu sein", "Ariel Henry", "indirect"),
        quote("das Verfahren transparent und frei von politischer Einflussnahme fortzuführen",
              "Government of the United States", "indirect"),
        quote("Banden kontrollieren nach UN-Angaben rund 80 Prozent der Hauptstadt", "United Nations", "indirect"),
    ],
    "entities": [
        entity("Port-au-Prince", "LOC", "HTI", ["Port-au-Prince", "der Hauptstadt"]),
        entity("Jovenel Moïse", "PER", "HTI", ["des haitianischen Präsidenten Jovenel Moïse", "des Staatschefs",
                                               "Moïse", "seiner", "Seine", "ihres Mannes"]),
        entity("Walther Wesser Voltaire", "PER", "HTI", ["ein Untersuchungsrichter", "Richter Walther Wesser Voltaire",
                                                         "seinem", "des Richters"]),
        entity("Martine Moïse", "PER", "HTI", ["die Witwe des Staatschefs", "Martine Moïse", "Seine Frau",
                                               "Die frühere First Lady", "ihre", "Ihre"]),
        entity("Claude Joseph", "PER", "HTI", ["den früheren Regierungschef Claude Joseph", "Joseph",
                                               "der Oppositionspolitiker", "er"]),
        entity("Léon Charles", "PER", "HTI", ["der frühere Polizeichef Léon Charles"]),
        entity("Haitian media", "ORG", "HTI", ["haitianischen Medien"]),
        entity("Pétion-Ville", "LOC", "HTI", ["Pétion-Ville"]),
        entity("Colombian former soldiers", "ORG", "COL", ["einem Kommando aus überwiegend kolumbianischen "
                                                           "Ex-Soldaten"]),
        entity("Florida", "LOC", "USA", ["Florida"]),
        entity("lawyers of Martine Moïse", "PER", "HTI", ["ihre Anwälte", "Ihre Verteidiger"]),
        entity("Ariel Henry", "PER", "HTI", ["Premierminister Ariel Henry", "Henry"]),
        entity("Magik9", "ORG", "HTI", ["dem Radiosender Magik9"]),
        entity("United States District Court for the Southern District of Florida", "ORG", "USA",
               ["Ein Bundesgericht in Miami"]),
        entity("Miami", "LOC", "USA", ["Miami"]),
        entity("John Joël Joseph", "PER", "HTI", ["den früheren haitianischen Senator John Joël Joseph"]),
        entity("Government of the United States", "ORG", "USA", ["Die US-Regierung"]),
        entity("Government of Haiti", "ORG", "HTI", ["die haitianischen Behörden"]),
        entity("Haiti", "LOC", "HTI", ["Haiti", "Das Land"]),
        entity("United Nations", "ORG", "UNO", ["UN"]),
    ],
}

# ---------------------------------------------------------------- hm399-de-02 (Mexico/Texas, Rio Grande buoys)
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
TEXAS_GOV = actor("Government of Texas", "USA", "GOV")
SRE = actor("Ministry of Foreign Affairs of Mexico", "MEX", "GOV")
USA_GOV_T = actor("Government of the United States", "USA", "GOV")
ABBOTT = actor("Greg Abbott", "USA", "GOV")
US_DOJ_T = actor("United States Department of Justice", "USA", "GOV")
AMLO = actor("Andrés Manuel López Obrador", "MEX", "GOV")
EP_PROTESTERS = actor("protesters in Eagle Pass", "USA", "CVL")

T1 = ("Mexiko-Stadt (dpa) - Nach dem Fund von zwei Leichen an einer schwimmenden Barriere im Grenzfluss Rio Grande "
      "hat Mexiko erneut gegen die Grenzpolitik des US-Bundesstaats Texas protestiert.")
T2 = ("Das Außenministerium übermittelte der US-Regierung am Mittwoch eine diplomatische Note, wie Außenministerin "
      "Alicia Bárcena mitteilte.")
T3 = "Darin verlange Mexiko Aufklärung über die Todesfälle und die sofortige Entfernung der Bojen."
T4 = "Die Barriere verstoße gegen die Grenzverträge von 1944 und 1970, heißt es in dem Schreiben."
T5 = ("Texanische Sicherheitskräfte hatten am Mittwoch eine Leiche entdeckt, die sich in den Bojen nahe der Stadt "
      "Eagle Pass verfangen hatte.")
T6 = ("Eine zweite Leiche wurde nach Angaben der mexikanischen Behörden wenige Kilometer flussaufwärts auf "
      "mexikanischer Seite gefunden.")
T7 = "Die Todesursache war zunächst unklar."
T8 = ("Der texanische Gouverneur Greg Abbott hatte die rund 300 Meter lange Kette aus großen orangefarbenen Bojen im "
      "Juli im Fluss verankern lassen, um Migranten am Grenzübertritt zu hindern.")
T9 = ("Das US-Justizministerium hat Texas deswegen verklagt, weil für solche Anlagen eine Genehmigung der "
      "Bundesregierung nötig sei.")
T10 = "Abbott lehnte die Forderung Washingtons ab, die Barriere zu entfernen."
T11 = ("„Texas wird sein Recht auf Selbstverteidigung weiter wahrnehmen“, schrieb der Republikaner an Präsident Joe "
       "Biden.")
T12 = "Er wirft der Regierung in Washington vor, die Grenze nicht ausreichend zu schützen."
T13 = ("Präsident Andrés Manuel López Obrador nannte die Bojen bei seiner morgendlichen Pressekonferenz "
       "„unmenschlich“.")
T14 = ("Mexiko werde die Zusammenarbeit mit den US-Behörden beim Grenzschutz trotz des Streits nicht einschränken, "
       "sagte er.")
T15 = "Bürgerrechtsgruppen und Anwohner protestierten am Wochenende in Eagle Pass gegen die Barriere."
T16 = ("Ein Bundesrichter in Austin will am 22. August über den Antrag der Regierung auf eine einstweilige Verfügung "
       "verhandeln.")
T17 = ("Nach Angaben der US-Grenzschutzbehörde CBP kamen im vergangenen Haushaltsjahr mehr als 850 Migranten beim "
       "Versuch ums Leben, die Südgrenze zu überqueren.")

DE02 = {
    "id": "hm399-de-02", "lang": "de", "url": None, "published": "2023-08-03",
    "title": "Tote an Bojen-Barriere im Rio Grande: Mexiko protestiert",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6, T7], [T8, T9, T10, T11, T12], [T13, T14, T15],
                       [T16, T17]),
    "events": [
        event("ACCUSE", MEX_GOV, TEXAS_GOV, T1, mode="disapprove"),
        event("ACCUSE", SRE, USA_GOV_T, T2, mode="disapprove", date="2023-08-02"),
        event("REQUEST", MEX_GOV, USA_GOV_T, T3, mode="change"),
        event("ACCUSE", MEX_GOV, TEXAS_GOV, T4, mode="allege"),
        event("COERCE", ABBOTT, None, T8, mode="restrict"),
        event("ACCUSE", US_DOJ_T, TEXAS_GOV, T9, mode="allege"),
        event("REJECT", ABBOTT, USA_GOV_T, T10, mode="change"),
        event("ACCUSE", ABBOTT, USA_GOV_T, T12, mode="disapprove"),
        event("ACCUSE", AMLO, ABBOTT, T13, mode="disapprove"),
        event("SANCTION", AMLO, USA_GOV_T, T14, mode="discontinue", negated=True),
        event("PROTEST", EP_PROTESTERS, TEXAS_GOV, T15, mode="demo", location="Eagle Pass", location_country="USA"),
    ],
    "quotes": [
        quote("Das Außenministerium übermittelte der US-Regierung am Mittwoch eine diplomatische Note",
              "Alicia Bárcena", "indirect"),
        quote("Darin verlange Mexiko Aufklärung über die Todesfälle und die sofortige Entfernung der Bojen",
              "Ministry of Foreign Affairs of Mexico", "indirect"),
        quote("Die Barriere verstoße gegen die Grenzverträge von 1944 und 1970", "Ministry of Foreign Affairs of Mexico",
              "indirect"),
        quote("Eine zweite Leiche wurde nach Angaben der mexikanischen Behörden wenige Kilometer flussaufwärts auf "
              "mexikanischer Seite gefunden", "Mexican authorities", "indirect"),
        quote("für solche Anlagen eine Genehmigung der Bundesregierung nötig sei", "United States Department of Justice",
              "indirect"),
        quote("Texas wird sein Recht auf Selbstverteidigung weiter wahrnehmen", "Greg Abbott", "direct"),
        quote("die Grenze nicht ausreichend zu schützen", "Greg Abbott", "indirect"),
        quote("unmenschlich", "Andrés Manuel López Obrador", "direct"),
        quote("Mexiko werde die Zusammenarbeit mit den US-Behörden beim Grenzschutz trotz des Streits nicht "
              "einschränken", "Andrés Manuel López Obrador", "indirect"),
        quote("Nach Angaben der US-Grenzschutzbehörde CBP kamen im vergangenen Haushaltsjahr mehr als 850 Migranten "
              "beim Versuch ums Leben, die Südgrenze zu überqueren", "U.S. Customs and Border Protection", "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt"]),
        entity("Rio Grande", "LOC", "USA", ["im Grenzfluss Rio Grande", "im Fluss"]),
        entity("Government of Mexico", "ORG", "MEX", ["Mexiko"]),
        entity("Texas", "LOC", "USA", ["des US-Bundesstaats Texas"]),
        entity("Ministry of Foreign Affairs of Mexico", "ORG", "MEX", ["Das Außenministerium"]),
        entity("Government of the United States", "ORG", "USA", ["der US-Regierung", "Washingtons",
                                                                 "der Regierung in Washington",
                                                                 "den US-Behörden", "der Regierung"]),
        entity("Alicia Bárcena", "PER", "MEX", ["Außenministerin Alicia Bárcena"]),
        entity("Texas Department of Public Safety", "ORG", "USA", ["Texanische Sicherheitskräfte"]),
        entity("Eagle Pass", "LOC", "USA", ["der Stadt Eagle Pass", "Eagle Pass"]),
        entity("Mexican authorities", "ORG", "MEX", ["der mexikanischen Behörden"]),
        entity("Greg Abbott", "PER", "USA", ["Der texanische Gouverneur Greg Abbott", "Abbott", "der Republikaner",
                                             "Er"]),
        entity("Government of Texas", "ORG", "USA", ["Texas"]),
        entity("United States Department of Justice", "ORG", "USA", ["Das US-Justizministerium"]),
        entity("Joe Biden", "PER", "USA", ["Präsident Joe Biden"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX", ["Präsident Andrés Manuel López Obrador", "seiner",
                                                             "er"]),
        entity("protesters in Eagle Pass", "ORG", "USA", ["Bürgerrechtsgruppen und Anwohner"]),
        entity("United States District Court for the Western District of Texas", "ORG", "USA",
               ["Ein Bundesrichter in Austin"]),
        entity("Austin", "LOC", "USA", ["Austin"]),
        entity("U.S. Customs and Border Protection", "ORG", "USA", ["der US-Grenzschutzbehörde CBP"]),
    ],
}

# ---------------------------------------------------------------- hm399-de-03 (Canada, NDP ends deal with Liberals)
NDP = actor("New Democratic Party", "CAN", "PTY")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
SINGH = actor("Jagmeet Singh", "CAN", "PTY")
LIBERALS = actor("Liberal Party of Canada", "CAN", "PTY")
POILIEVRE = actor("Pierre Poilievre", "CAN", "OPP")
TRUDEAU = actor("Justin Trudeau", "CAN", "GOV")
BLANCHET = actor("Yves-François Blanchet", "CAN", "PTY")

C1 = ("Ottawa (dpa) - Die kanadische Neue Demokratische Partei (NDP) hat ihr Tolerierungsabkommen mit der "
      "Minderheitsregierung von Premierminister Justin Trudeau aufgekündigt.")
C2 = "Parteichef Jagmeet Singh sagte am Mittwoch in einem Video, er habe die 2022 geschlossene Vereinbarung „zerrissen“."
C3 = ("Die Liberalen seien „zu schwach, zu egoistisch und zu sehr den Konzernen verpflichtet“, um gegen die "
      "Konservativen zu bestehen.")
C4 = ("Das Abkommen hatte der Regierung bisher die Stimmen der NDP bei Haushalts- und Vertrauensabstimmungen "
      "gesichert.")
C5 = ("Im Gegenzug wurden unter anderem ein staatliches Zahnarztprogramm und erste Schritte zu einer öffentlichen "
      "Arzneimittelversicherung beschlossen.")
C6 = "Oppositionsführer Pierre Poilievre von den Konservativen nannte Singhs Schritt eine „Show“."
C7 = ("Singh habe den Vertrag nur gekündigt, um vor der nächsten Wahl Abstand zu Trudeau zu gewinnen, sagte "
      "Poilievre.")
C8 = ("Er forderte den NDP-Chef auf, bei nächster Gelegenheit gegen die Regierung zu stimmen und damit eine "
      "vorgezogene Neuwahl zu ermöglichen.")
C9 = "Trudeau schloss eine vorgezogene Wahl aus."
C10 = "Seine Regierung werde bis zur regulären Wahl im Herbst 2025 weiterarbeiten, sagte der Premier vor Journalisten."
C11 = ("Singh hatte der Regierung zuletzt vorgeworfen, sich im Arbeitskampf bei den Güterbahnen CN und CPKC auf die "
       "Seite der Konzerne gestellt zu haben.")
C12 = ("Ohne die Stimmen der NDP ist Trudeau künftig auf die Unterstützung des Bloc Québécois oder der Konservativen "
       "angewiesen.")
C13 = ("Bloc-Chef Yves-François Blanchet sagte, seine Partei werde die Regierung von Fall zu Fall unterstützen, wenn "
       "ihre Vorhaben Québec zugutekämen.")
C14 = "Umfragen sehen die Konservativen seit Monaten mit deutlichem Abstand vor den Liberalen."
C15 = ("Die Liberalen hatten im Juni bei einer Nachwahl den als sicher geltenden Wahlkreis Toronto-St. Paul's an die "
       "Konservativen verloren.")
C16 = "Das Parlament kommt am 16. September nach der Sommerpause wieder zusammen."

DE03 = {
    "id": "hm399-de-03", "lang": "de", "url": None, "published": "2024-09-04",
    "title": "Kanadas NDP kündigt Abkommen mit Trudeaus Regierung",
    "text": paragraphs([C1, C2, C3, C4, C5], [C6, C7, C8, C9, C10], [C11, C12, C13, C14], [C15, C16]),
    "events": [
        event("SANCTION", NDP, CAN_GOV, C1, mode="discontinue"),
        event("SANCTION", SINGH, CAN_GOV, C2, mode="discontinue", date="2024-09-04"),
        event("ACCUSE", SINGH, LIBERALS, C3, mode="disapprove"),
        event("ACCUSE", POILIEVRE, SINGH, C6, mode="disapprove"),
        event("ACCUSE", POILIEVRE, SINGH, C7, mode="allege"),
        event("REQUEST", POILIEVRE, SINGH, C8, mode="change"),
        event("REJECT", TRUDEAU, POILIEVRE, C9, mode="change"),
        event("ACCUSE", SINGH, CAN_GOV, C11, mode="disapprove"),
        event("AGREE", BLANCHET, CAN_GOV, C13),
    ],
    "quotes": [
        quote("zerrissen", "Jagmeet Singh", "direct"),
        quote("er habe die 2022 geschlossene Vereinbarung „zerrissen“", "Jagmeet Singh", "indirect"),
        quote("zu schwach, zu egoistisch und zu sehr den Konzernen verpflichtet", "Jagmeet Singh", "direct"),
        quote("Die Liberalen seien „zu schwach, zu egoistisch und zu sehr den Konzernen verpflichtet“, um gegen die "
              "Konservativen zu bestehen", "Jagmeet Singh", "indirect"),
        quote("Show", "Pierre Poilievre", "direct"),
        quote("Singh habe den Vertrag nur gekündigt, um vor der nächsten Wahl Abstand zu Trudeau zu gewinnen",
              "Pierre Poilievre", "indirect"),
        quote("Seine Regierung werde bis zur regulären Wahl im Herbst 2025 weiterarbeiten", "Justin Trudeau",
              "indirect"),
        quote("sich im Arbeitskampf bei den Güterbahnen CN und CPKC auf die Seite der Konzerne gestellt zu haben",
              "Jagmeet Singh", "indirect"),
        quote("seine Partei werde die Regierung von Fall zu Fall unterstützen, wenn ihre Vorhaben Québec zugutekämen",
              "Yves-François Blanchet", "indirect"),
    ],
    "entities": [
        entity("Ottawa", "LOC", "CAN", ["Ottawa"]),
        entity("New Democratic Party", "ORG", "CAN", ["Die kanadische Neue Demokratische Partei (NDP)", "NDP",
                                                      "der NDP"]),
        entity("Government of Canada", "ORG", "CAN", ["der Minderheitsregierung von Premierminister Justin Trudeau",
                                                      "der Regierung", "die Regierung", "Seine Regierung"]),
        entity("Justin Trudeau", "PER", "CAN", ["Premierminister Justin Trudeau", "Trudeau", "Seine",
                                                "der Premier"]),
        entity("Jagmeet Singh", "PER", "CAN", ["Parteichef Jagmeet Singh", "er", "Singhs", "Singh", "den NDP-Chef"]),
        entity("Liberal Party of Canada", "ORG", "CAN", ["Die Liberalen", "den Liberalen"]),
        entity("Conservative Party of Canada", "ORG", "CAN", ["die Konservativen", "den Konservativen",
                                                             "der Konservativen"]),
        entity("Pierre Poilievre", "PER", "CAN", ["Oppositionsführer Pierre Poilievre", "Poilievre", "Er"]),
        entity("Canadian National Railway", "ORG", "CAN", ["CN"]),
        entity("Canadian Pacific Kansas City", "ORG", "CAN", ["CPKC"]),
        entity("Bloc Québécois", "ORG", "CAN", ["des Bloc Québécois", "seine Partei"]),
        entity("Yves-François Blanchet", "PER", "CAN", ["Bloc-Chef Yves-François Blanchet"]),
        entity("Quebec", "LOC", "CAN", ["Québec"]),
        entity("Toronto-St. Paul's", "LOC", "CAN", ["den als sicher geltenden Wahlkreis Toronto-St. Paul's"]),
        entity("Parliament of Canada", "ORG", "CAN", ["Das Parlament"]),
    ],
}

# ---------------------------------------------------------------- hm399-de-04 (USA, Mayorkas impeached)
HOUSE = actor("United States House of Representatives", "USA", "LEG")
MAYORKAS = actor("Alejandro Mayorkas", "USA", "GOV")
HOUSE_GOP = actor("House Republicans", "USA", "LEG")
JOHNSON = actor("Mike Johnson", "USA", "LEG")
BIDEN = actor("Joe Biden", "USA", "GOV")
DEMOCRATS = actor("Democratic Party (United States)", "USA", "PTY")
SCHUMER = actor("Chuck Schumer", "USA", "LEG")
TRUMP = actor("Donald Trump", "USA", "OPP")
SENATE_NEGOTIATORS = actor("bipartisan Senate negotiators", "USA", "LEG")

M1 = ("Washington (dpa) - Das US-Repräsentantenhaus hat ein Amtsenthebungsverfahren gegen Heimatschutzminister "
      "Alejandro Mayorkas eingeleitet.")
M2 = ("Die Republikaner setzten sich am Dienstagabend mit 214 zu 213 Stimmen durch und erhoben damit formell Anklage "
      "gegen den Minister.")
M3 = "Mayorkas ist der erste Minister seit fast 150 Jahren, gegen den ein solches Verfahren eröffnet wird."
M4 = ("Die Anklagepunkte werfen dem 64-Jährigen vor, sich vorsätzlich geweigert zu haben, die Einwanderungsgesetze "
      "durchzusetzen, und das Vertrauen der Öffentlichkeit missbraucht zu haben.")
M5 = ("Der republikanische Vorsitzende des Repräsentantenhauses, Mike Johnson, sagte, Mayorkas habe „die schlimmste "
      "Grenzkrise in der Geschichte der USA“ zu verantworten.")
M6 = "Präsident Joe Biden warf den Republikanern „verfassungswidrige Parteilichkeit“ vor."
M7 = "Die Geschichte werde über dieses Vorgehen nicht gnädig urteilen, erklärte er."
M8 = "Mayorkas wies die Vorwürfe zurück und kündigte an, seine Arbeit fortzusetzen."
M9 = ("Demokraten sprechen von einem politischen Manöver im Wahljahr, für das es keine verfassungsrechtliche "
      "Grundlage gebe.")
M10 = "Nun muss sich der Senat mit dem Fall befassen."
M11 = "Der demokratische Mehrheitsführer Chuck Schumer nannte das Verfahren eine „Zeitverschwendung“."
M12 = "Eine Verurteilung, für die eine Zweidrittelmehrheit nötig wäre, gilt als ausgeschlossen."
M13 = ("Erst vergangene Woche war im Senat ein parteiübergreifender Kompromiss zur Verschärfung der Grenzpolitik "
       "gescheitert, den der frühere Präsident Donald Trump öffentlich abgelehnt hatte.")
M14 = "Die Zahl der Festnahmen an der Südgrenze hatte im Dezember mit rund 250.000 einen Rekord erreicht."
M15 = ("Biden hatte Mayorkas, dem ersten Latino an der Spitze des Ministeriums, erst vor wenigen Tagen erneut sein "
       "Vertrauen ausgesprochen.")
M16 = "Die Republikaner verfügen im Repräsentantenhaus nur über eine hauchdünne Mehrheit."

DE04 = {
    "id": "hm399-de-04", "lang": "de", "url": None, "published": "2024-02-14",
    "title": "US-Repräsentantenhaus klagt Heimatschutzminister Mayorkas an",
    "text": paragraphs([M1, M2, M3, M4, M5], [M6, M7, M8, M9], [M10, M11, M12], [M13, M14, M15, M16]),
    "events": [
        event("ACCUSE", HOUSE, MAYORKAS, M1, mode="allege"),
        event("ACCUSE", HOUSE_GOP, MAYORKAS, M2, mode="allege", date="2024-02-13"),
        event("ACCUSE", HOUSE, MAYORKAS, M4, mode="allege"),
        event("ACCUSE", JOHNSON, MAYORKAS, M5, mode="disapprove"),
        event("ACCUSE", BIDEN, HOUSE_GOP, M6, mode="disapprove"),
        event("ACCUSE", DEMOCRATS, HOUSE_GOP, M9, mode="disapprove"),
        event("ACCUSE", SCHUMER, HOUSE_GOP, M11, mode="disapprove"),
        event("REJECT", TRUMP, SENATE_NEGOTIATORS, M13, mode="change"),
        event("SUPPORT", BIDEN, MAYORKAS, M15),
    ],
    "quotes": [
        quote("sich vorsätzlich geweigert zu haben, die Einwanderungsgesetze durchzusetzen, und das Vertrauen der "
              "Öffentlichkeit missbraucht zu haben", "United States House of Representatives", "indirect"),
        quote("die schlimmste Grenzkrise in der Geschichte der USA", "Mike Johnson", "direct"),
        quote("Mayorkas habe „die schlimmste Grenzkrise in der Geschichte der USA“ zu verantworten", "Mike Johnson",
              "indirect"),
        quote("verfassungswidrige Parteilichkeit", "Joe Biden", "direct"),
        quote("Die Geschichte werde über dieses Vorgehen nicht gnädig urteilen", "Joe Biden", "indirect"),
        quote("für das es keine verfassungsrechtliche Grundlage gebe", "Democratic Party (United States)", "indirect"),
        quote("Zeitverschwendung", "Chuck Schumer", "direct"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("United States House of Representatives", "ORG", "USA", ["Das US-Repräsentantenhaus",
                                                                        "des Repräsentantenhauses",
                                                                        "im Repräsentantenhaus"]),
        entity("Alejandro Mayorkas", "PER", "USA", ["Heimatschutzminister Alejandro Mayorkas", "den Minister",
                                                    "Mayorkas", "dem 64-Jährigen", "seine",
                                                    "dem ersten Latino an der Spitze des Ministeriums"]),
        entity("House Republicans", "ORG", "USA", ["Die Republikaner", "den Republikanern"]),
        entity("Mike Johnson", "PER", "USA", ["Der republikanische Vorsitzende des Repräsentantenhauses, Mike "
                                              "Johnson"]),
        entity("United States", "LOC", "USA", ["der USA"]),
        entity("Joe Biden", "PER", "USA", ["Präsident Joe Biden", "er", "Biden", "sein"]),
        entity("Democratic Party (United States)", "ORG", "USA", ["Demokraten"]),
        entity("United States Senate", "ORG", "USA", ["der Senat", "im Senat"]),
        entity("Chuck Schumer", "PER", "USA", ["Der demokratische Mehrheitsführer Chuck Schumer"]),
        entity("Donald Trump", "PER", "USA", ["der frühere Präsident Donald Trump"]),
        entity("United States Department of Homeland Security", "ORG", "USA", ["des Ministeriums"]),
    ],
}

# ---------------------------------------------------------------- hm399-en-01 (Bahamas, third-country deportees)
BHS_GOV = actor("Government of the Bahamas", "BHS", "GOV")
USA_GOV_B = actor("Government of the United States", "USA", "GOV")
DAVIS = actor("Philip Davis", "BHS", "GOV")
PINTARD = actor("Michael Pintard", "BHS", "OPP")
RUBIO_B = actor("Marco Rubio", "USA", "GOV")
CUB_GOV = actor("Government of Cuba", "CUB", "GOV")
MITCHELL = actor("Fred Mitchell", "BHS", "GOV")
CUBAN_MEDICS = actor("Cuban medical workers in the Bahamas", "CUB", "CVL")
PAN_GOV = actor("Government of Panama", "PAN", "GOV")
CRI_GOV = actor("Government of Costa Rica", "CRI", "GOV")
TCA_GOV = actor("Government of the Turks and Caicos Islands", "TCA", "GOV")

B1 = ("NASSAU, Bahamas (AP) — The Bahamas has turned down a request from the Trump administration to accept migrants "
      "deported from the United States who are not Bahamian citizens, Prime Minister Philip Davis said Tuesday.")
B2 = ("Davis told the House of Assembly that U.S. officials had raised the proposal during talks in Washington last "
      "month and that his government had given it “careful consideration” in recent weeks.")
B3 = ("“The Bahamas simply does not have the resources to accommodate the deportees of other nations,” Davis said.")
B4 = ("The archipelago of about 400,000 people already struggles to cope with thousands of undocumented migrants from "
      "Haiti.")
B5 = ("Davis said the Bahamas would continue to accept repatriation flights carrying its own nationals and would keep "
      "working with Washington on border security.")
B6 = ("Opposition leader Michael Pintard of the Free National Movement accused Davis of keeping Parliament in the dark "
      "about the talks.")
B7 = "He demanded that the government table all correspondence with U.S. officials on the matter."
B8 = "Davis rejected the demand, saying diplomatic exchanges could not be made public."
B9 = ("The country is also under pressure over its use of Cuban doctors and nurses after Secretary of State Marco "
      "Rubio announced visa restrictions last month on Cuban and foreign officials involved in Cuba's overseas "
      "medical program.")
B10 = ("Foreign Minister Fred Mitchell said the roughly 30 Cuban medical workers in Bahamian hospitals were paid "
       "directly and in line with the country's labor laws.")
B11 = "He said the government would not send them home."
B12 = "“We are a sovereign country, and we make our own decisions on health care,” Mitchell told reporters."
B13 = ("Panama and Costa Rica agreed last month to house hundreds of migrants from Asia and Africa flown in from the "
       "United States until they can be sent home.")
B14 = ("The neighboring Turks and Caicos Islands, a British overseas territory, has also declined the request, "
       "Premier Washington Misick said last week.")
B15 = "The U.S. Embassy in Nassau declined to comment."
B16 = ("About 1,400 Bahamians are subject to final removal orders in the United States, according to figures from "
       "U.S. Immigration and Customs Enforcement.")

EN01 = {
    "id": "hm399-en-01", "lang": "en", "url": None, "published": "2025-03-12",
    "title": "Bahamas rejects US request to take in deportees from other countries",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8], [B9, B10, B11, B12], [B13, B14, B15, B16]),
    "events": [
        event("REJECT", BHS_GOV, USA_GOV_B, B1),
        event("REQUEST", USA_GOV_B, BHS_GOV, B2, location="Washington", location_country="USA"),
        event("AGREE", DAVIS, USA_GOV_B, B5),
        event("ACCUSE", PINTARD, DAVIS, B6, mode="disapprove"),
        event("REQUEST", PINTARD, BHS_GOV, B7),
        event("REJECT", DAVIS, PINTARD, B8),
        event("SANCTION", RUBIO_B, CUB_GOV, B9),
        event("SANCTION", MITCHELL, CUBAN_MEDICS, B11, mode="expel", negated=True),
        event("AGREE", PAN_GOV, USA_GOV_B, B13),
        event("AGREE", CRI_GOV, USA_GOV_B, B13),
        event("REJECT", TCA_GOV, USA_GOV_B, B14),
    ],
    "quotes": [
        quote("The Bahamas has turned down a request from the Trump administration to accept migrants deported from "
              "the United States who are not Bahamian citizens", "Philip Davis", "indirect"),
        quote("careful consideration", "Philip Davis", "direct"),
        quote("U.S. officials had raised the proposal during talks in Washington last month and that his government "
              "had given it “careful consideration” in recent weeks", "Philip Davis", "indirect"),
        quote("The Bahamas simply does not have the resources to accommodate the deportees of other nations",
              "Philip Davis", "direct"),
        quote("the Bahamas would continue to accept repatriation flights carrying its own nationals and would keep "
              "working with Washington on border security", "Philip Davis", "indirect"),
        quote("keeping Parliament in the dark about the talks", "Michael Pintard", "indirect"),
        quote("the government table all correspondence with U.S. officials on the matter", "Michael Pintard",
              "indirect"),
        quote("diplomatic exchanges could not be made public", "Philip Davis", "indirect"),
        quote("the roughly 30 Cuban medical workers in Bahamian hospitals were paid directly and in line with the "
              "country's labor laws", "Fred Mitchell", "indirect"),
        quote("the government would not send them home", "Fred Mitchell", "indirect"),
        quote("We are a sovereign country, and we make our own decisions on health care", "Fred Mitchell", "direct"),
        quote("The neighboring Turks and Caicos Islands, a British overseas territory, has also declined the request",
              "Charles Washington Misick", "indirect"),
        quote("About 1,400 Bahamians are subject to final removal orders in the United States",
              "U.S. Immigration and Customs Enforcement", "indirect"),
    ],
    "entities": [
        entity("Nassau", "LOC", "BHS", ["NASSAU", "Nassau"]),
        entity("Bahamas", "LOC", "BHS", ["Bahamas", "The archipelago of about 400,000 people", "The country",
                                         "the country's"]),
        entity("Government of the Bahamas", "ORG", "BHS", ["The Bahamas", "his government", "the government",
                                                           "the Bahamas"]),
        entity("Government of the United States", "ORG", "USA", ["the Trump administration", "U.S. officials",
                                                                  "Washington"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Philip Davis", "PER", "BHS", ["Prime Minister Philip Davis", "Davis", "his"]),
        entity("House of Assembly of the Bahamas", "ORG", "BHS", ["the House of Assembly", "Parliament"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Haiti", "LOC", "HTI", ["Haiti"]),
        entity("undocumented Haitian migrants", "PER", "HTI", ["thousands of undocumented migrants from Haiti"]),
        entity("Michael Pintard", "PER", "BHS", ["Opposition leader Michael Pintard", "He"]),
        entity("Free National Movement", "ORG", "BHS", ["the Free National Movement"]),
        entity("Marco Rubio", "PER", "USA", ["Secretary of State Marco Rubio"]),
        entity("Cuba", "LOC", "CUB", ["Cuba's"]),
        entity("Cuban medical workers in the Bahamas", "PER", "CUB", ["Cuban doctors and nurses",
                                                                      "the roughly 30 Cuban medical workers in "
                                                                      "Bahamian hospitals", "them"]),
        entity("Fred Mitchell", "PER", "BHS", ["Foreign Minister Fred Mitchell", "He", "Mitchell"]),
        entity("Panama", "LOC", "PAN", ["Panama"]),
        entity("Costa Rica", "LOC", "CRI", ["Costa Rica"]),
        entity("Turks and Caicos Islands", "LOC", "TCA", ["The neighboring Turks and Caicos Islands, a British "
                                                          "overseas territory"]),
        entity("Charles Washington Misick", "PER", "TCA", ["Premier Washington Misick"]),
        entity("Embassy of the United States in Nassau", "ORG", "USA", ["The U.S. Embassy in Nassau"]),
        entity("Bahamians subject to removal orders", "PER", "BHS", ["About 1,400 Bahamians"]),
        entity("U.S. Immigration and Customs Enforcement", "ORG", "USA", ["U.S. Immigration and Customs "
                                                                         "Enforcement"]),
    ],
}

# ---------------------------------------------------------------- hm399-en-02 (US/Cuba, ex-ambassador Rocha arrested)
FBI = actor("Federal Bureau of Investigation", "USA", "COP")
ROCHA = actor("Manuel Rocha", "USA", "CVL")
US_DOJ = actor("United States Department of Justice", "USA", "GOV")
GARLAND = actor("Merrick Garland", "USA", "GOV")
USA_GOV_R = actor("Government of the United States", "USA", "GOV")
MAGISTRATE = actor("federal magistrate judge in Miami", "USA", "JUD")
STATE_DEPT = actor("United States Department of State", "USA", "GOV")
RUBIO_R = actor("Marco Rubio", "USA", "LEG")
US_COURT = actor("United States federal court", "USA", "JUD")
MONTES = actor("Ana Montes", "USA", "CVL")

R1 = ("MIAMI (AP) — A former U.S. ambassador to Bolivia has been arrested and charged with secretly serving as an "
      "agent of Cuba's government for decades, the Justice Department said Monday.")
R2 = "FBI agents arrested Manuel Rocha, 73, at his home in Miami on Friday."
R3 = ("Prosecutors allege that Rocha, who spent more than two decades in the U.S. Foreign Service, worked for Cuba's "
      "intelligence service since at least 1981.")
R4 = ("“This action exposes one of the highest-reaching and longest-lasting infiltrations of the United States "
      "government by a foreign agent,” Attorney General Merrick Garland said in Washington.")
R5 = ("According to the complaint, Rocha repeatedly referred to the United States as “the enemy” in meetings with an "
      "undercover FBI agent posing as a Cuban intelligence officer.")
R6 = ("Prosecutors said he also spoke of Cubans as “we” and described his work as strengthening the revolution.")
R7 = ("At a brief hearing on Monday, a federal magistrate judge ordered Rocha held without bond until a detention "
      "hearing on Wednesday.")
R8 = "His attorney declined to comment."
R9 = "Cuba's Foreign Ministry did not respond to a request for comment."
R10 = ("Rocha held posts in Argentina, Mexico and the Dominican Republic and at the U.S. Interests Section in Havana "
       "before serving as ambassador in La Paz from 2000 to 2002.")
R11 = ("After leaving the State Department, he worked as an adviser to the commander of U.S. Southern Command, whose "
       "area of responsibility includes Cuba.")
R12 = ("The State Department said it would cooperate fully with the investigation and assess any damage to national "
       "security.")
R13 = ("Sen. Marco Rubio, a Florida Republican, demanded a full review of how Rocha had been able to rise through the "
       "diplomatic ranks undetected.")
R14 = ("The case recalls that of Ana Montes, a former Defense Intelligence Agency analyst who was sentenced in 2002 to "
       "25 years in prison for spying for Cuba.")

EN02 = {
    "id": "hm399-en-02", "lang": "en", "url": None, "published": "2023-12-05",
    "title": "Former US ambassador charged with secretly working for Cuba for decades",
    "text": paragraphs([R1, R2, R3, R4], [R5, R6], [R7, R8, R9], [R10, R11], [R12, R13, R14]),
    "events": [
        event("COERCE", FBI, ROCHA, R1, mode="arrest"),
        event("ACCUSE", US_DOJ, ROCHA, R1, mode="allege"),
        event("COERCE", FBI, ROCHA, R2, mode="arrest", date="2023-12-01", location="Miami", location_country="USA"),
        event("ACCUSE", US_DOJ, ROCHA, R3, mode="allege"),
        event("ACCUSE", GARLAND, ROCHA, R4, mode="allege", location="Washington", location_country="USA"),
        event("ACCUSE", ROCHA, USA_GOV_R, R5, mode="disapprove"),
        event("ACCUSE", US_DOJ, ROCHA, R6, mode="allege"),
        event("COERCE", MAGISTRATE, ROCHA, R7, mode="arrest", date="2023-12-04"),
        event("AGREE", STATE_DEPT, US_DOJ, R12),
        event("REQUEST", RUBIO_R, STATE_DEPT, R13),
        event("SANCTION", US_COURT, MONTES, R14, mode="convict"),
    ],
    "quotes": [
        quote("A former U.S. ambassador to Bolivia has been arrested and charged with secretly serving as an agent of "
              "Cuba's government for decades", "United States Department of Justice", "indirect"),
        quote("Rocha, who spent more than two decades in the U.S. Foreign Service, worked for Cuba's intelligence "
              "service since at least 1981", "United States Department of Justice", "indirect"),
        quote("This action exposes one of the highest-reaching and longest-lasting infiltrations of the United States "
              "government by a foreign agent", "Merrick Garland", "direct"),
        quote("Rocha repeatedly referred to the United States as “the enemy” in meetings with an undercover FBI agent "
              "posing as a Cuban intelligence officer", "United States Department of Justice", "indirect"),
        quote("the enemy", "Manuel Rocha", "direct"),
        quote("he also spoke of Cubans as “we” and described his work as strengthening the revolution",
              "United States Department of Justice", "indirect"),
        quote("we", "Manuel Rocha", "direct"),
        quote("it would cooperate fully with the investigation and assess any damage to national security",
              "United States Department of State", "indirect"),
    ],
    "entities": [
        entity("Miami", "LOC", "USA", ["MIAMI", "Miami"]),
        entity("Manuel Rocha", "PER", "USA", ["A former U.S. ambassador to Bolivia", "Manuel Rocha, 73", "his",
                                              "Rocha", "he", "His"]),
        entity("Bolivia", "LOC", "BOL", ["Bolivia"]),
        entity("Government of Cuba", "ORG", "CUB", ["Cuba's government"]),
        entity("United States Department of Justice", "ORG", "USA", ["the Justice Department", "Prosecutors"]),
        entity("Federal Bureau of Investigation", "ORG", "USA", ["FBI agents", "FBI"]),
        entity("United States Foreign Service", "ORG", "USA", ["the U.S. Foreign Service"]),
        entity("Intelligence Directorate of Cuba", "ORG", "CUB", ["Cuba's intelligence service"]),
        entity("Government of the United States", "ORG", "USA", ["the United States government",
                                                                 "the United States"]),
        entity("Merrick Garland", "PER", "USA", ["Attorney General Merrick Garland"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("undercover FBI agent", "PER", "USA", ["an undercover FBI agent posing as a Cuban intelligence "
                                                      "officer"]),
        entity("federal magistrate judge in Miami", "PER", "USA", ["a federal magistrate judge"]),
        entity("attorney of Manuel Rocha", "PER", "USA", ["His attorney"]),
        entity("Ministry of Foreign Affairs of Cuba", "ORG", "CUB", ["Cuba's Foreign Ministry"]),
        entity("Argentina", "LOC", "ARG", ["Argentina"]),
        entity("Mexico", "LOC", "MEX", ["Mexico"]),
        entity("Dominican Republic", "LOC", "DOM", ["the Dominican Republic"]),
        entity("United States Interests Section in Havana", "ORG", "USA", ["the U.S. Interests Section in Havana"]),
        entity("Havana", "LOC", "CUB", ["Havana"]),
        entity("La Paz", "LOC", "BOL", ["La Paz"]),
        entity("United States Department of State", "ORG", "USA", ["the State Department", "The State Department",
                                                                   "it"]),
        entity("United States Southern Command", "ORG", "USA", ["U.S. Southern Command"]),
        entity("Cuba", "LOC", "CUB", ["Cuba"]),
        entity("Marco Rubio", "PER", "USA", ["Sen. Marco Rubio, a Florida Republican"]),
        entity("Ana Montes", "PER", "USA", ["Ana Montes, a former Defense Intelligence Agency analyst"]),
        entity("Defense Intelligence Agency", "ORG", "USA", ["Defense Intelligence Agency"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
