"""Round 423: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, invented wording and details):
- hm423-de-01: Guatemala/Taiwan: Tsai Ing-wen visits Guatemala City and meets Giammattei; his request for investment, her pledges, no new agreements signed, Beijing's "chequebook diplomacy" charge and demand, threat to Washington over the McCarthy meeting, Honduras' break recalled (2023-04-01).
- hm423-de-02: Mexico: military justice detains four soldiers after an army patrol kills five young men in Nuevo Laredo; López Obrador condemns, state and federal prosecutors investigate, Villarreal's demand, the human rights committee's accusations, relatives protest at the base without arrests (2023-02-28).
- hm423-de-03: Nicaragua: the Managua appeals court strips 94 critics including Sergio Ramírez and Gioconda Belli of citizenship and seizes their property; Belli and Boric attack Ortega, Spain and Chile offer citizenship, the UN rights office objects, Murillo's insults, the 222 deportees and Álvarez's sentence recalled (2023-02-16).
- hm423-de-04: Honduras/Israel: Tegucigalpa recalls its ambassador from Israel over Gaza; Castro's genocide charge and ceasefire call, Israel's foreign ministry objects but keeps its own envoy, the National Party's demand refused by Reina, Chile, Colombia and Bolivia recalled, Hamas welcomes (2023-11-04).
- hm423-en-01: United States: the House expels George Santos 311-105 after the Ethics Committee report; Guest's accusation, Santos's refusal to resign and his attacks on the House and on Guest, Jeffries blames Republicans, the Times report and federal charges recalled (2023-12-01).
- hm423-en-02: Canada/Israel: Mélanie Joly says Canada will stop new arms exports to Israel after the Commons passes the NDP motion; Singh, Katz, Poilievre and CIJA react, UNRWA funding and Israel's accusation, lawyers' court case (2024-03-20).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm423-de-01 (Guatemala/Taiwan, Tsai visit)
TSAI = actor("Tsai Ing-wen", "TWN", "GOV")
GTM_GOV = actor("Government of Guatemala", "GTM", "GOV")
GIAMMATTEI = actor("Alejandro Giammattei", "GTM", "GOV")
TWN_GOV = actor("Government of Taiwan", "TWN", "GOV")
HND_GOV_T = actor("Government of Honduras", "HND", "GOV")
CHN_MFA = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")
CHN_SPOKES = actor("spokesperson of the Ministry of Foreign Affairs of China", "CHN", "GOV")
BLZ_GOV = actor("Government of Belize", "BLZ", "GOV")
MCCARTHY = actor("Kevin McCarthy", "USA", "LEG")
CHN_GOV = actor("Government of China", "CHN", "GOV")
USA_GOV_T = actor("Government of the United States", "USA", "GOV")

T1 = ("Guatemala-Stadt (dpa) - Taiwans Präsidentin Tsai Ing-wen ist zu einem offiziellen Besuch in Guatemala "
      "eingetroffen und hat dem mittelamerikanischen Land für seine Treue zu Taipeh gedankt.")
T2 = ("Präsident Alejandro Giammattei empfing sie am Samstag mit militärischen Ehren im Nationalpalast der Kultur "
      "in Guatemala-Stadt.")
T3 = ("„Taiwan ist ein verlässlicher Partner, und wir werden Guatemala nie im Stich lassen“, sagte Tsai nach einem "
      "Gespräch unter vier Augen.")
T4 = ("Giammattei versicherte, sein Land werde die diplomatischen Beziehungen zu Taiwan trotz des wachsenden Drucks "
      "aus Peking aufrechterhalten.")
T5 = "Zugleich bat er Taipeh um mehr Investitionen und um Hilfe beim Bau von Krankenhäusern und Straßen."
T6 = "Tsai sagte zu, die Zusammenarbeit in Gesundheit, Landwirtschaft und Bildung auszubauen."
T7 = "Neue Abkommen wurden bei dem Treffen allerdings nicht unterzeichnet."
T8 = "Guatemala ist einer von nur noch 13 Staaten, die Taiwan diplomatisch anerkennen."
T8b = "Beide Länder feiern in diesem Jahr 90 Jahre diplomatische Beziehungen."
T9 = "Erst vor einer Woche hatte Honduras die Beziehungen zu Taipeh abgebrochen."
T10 = ("Das chinesische Außenministerium warf Taiwan am Samstag vor, mit „Scheckbuchdiplomatie“ Verbündete kaufen "
       "zu wollen.")
T11 = ("Ein Sprecher forderte Guatemala auf, „auf der richtigen Seite der Geschichte“ zu stehen und das "
       "Ein-China-Prinzip anzuerkennen.")
T12 = ("Die Präsidentin war am Mittwoch über New York nach Mittelamerika gereist und wird am Sonntag in Belize "
       "erwartet.")
T13 = ("Auf dem Rückweg will sie in Kalifornien den Vorsitzenden des US-Repräsentantenhauses, Kevin McCarthy, "
       "treffen.")
T14 = "Peking drohte Washington für diesen Fall mit „entschlossenen Gegenmaßnahmen“."
T15 = "Giammattei kündigte an, noch im April selbst nach Taipeh zu reisen."

DE01 = {
    "id": "hm423-de-01", "lang": "de", "url": None, "published": "2023-04-01",
    "title": "Taiwans Präsidentin Tsai zu Besuch in Guatemala",
    "text": paragraphs([T1, T2, T3], [T4, T5, T6, T7], [T8, T8b, T9, T10, T11], [T12, T13, T14, T15]),
    "events": [
        event("CONSULT", TSAI, GTM_GOV, T1, mode="visit", location_country="GTM"),
        event("SUPPORT", TSAI, GTM_GOV, T1),
        event("CONSULT", TSAI, GIAMMATTEI, T2, mode="visit", date="2023-04-01", location="Guatemala City",
              location_country="GTM"),
        event("CONSULT", TSAI, GIAMMATTEI, T3, mode="meet", date="2023-04-01"),
        event("AGREE", TSAI, GTM_GOV, T3),
        event("SUPPORT", GIAMMATTEI, TWN_GOV, T4),
        event("REQUEST", GIAMMATTEI, TWN_GOV, T5, mode="assist"),
        event("AGREE", TSAI, GTM_GOV, T6),
        event("SUPPORT", TWN_GOV, GTM_GOV, T7, negated=True),
        event("SANCTION", HND_GOV_T, TWN_GOV, T9, mode="discontinue"),
        event("ACCUSE", CHN_MFA, TWN_GOV, T10, mode="allege", date="2023-04-01"),
        event("REQUEST", CHN_SPOKES, GTM_GOV, T11, mode="change"),
        event("AGREE", TSAI, BLZ_GOV, T12),
        event("AGREE", TSAI, MCCARTHY, T13, mode="meet"),
        event("THREATEN", CHN_GOV, USA_GOV_T, T14),
        event("AGREE", GIAMMATTEI, TWN_GOV, T15),
    ],
    "quotes": [
        quote("Taiwan ist ein verlässlicher Partner, und wir werden Guatemala nie im Stich lassen", "Tsai Ing-wen",
              "direct"),
        quote("sein Land werde die diplomatischen Beziehungen zu Taiwan trotz des wachsenden Drucks aus Peking "
              "aufrechterhalten", "Alejandro Giammattei", "indirect"),
        quote("die Zusammenarbeit in Gesundheit, Landwirtschaft und Bildung auszubauen", "Tsai Ing-wen", "indirect"),
        quote("Scheckbuchdiplomatie", "Ministry of Foreign Affairs of China", "direct"),
        quote("mit „Scheckbuchdiplomatie“ Verbündete kaufen zu wollen", "Ministry of Foreign Affairs of China",
              "indirect"),
        quote("auf der richtigen Seite der Geschichte", "spokesperson of the Ministry of Foreign Affairs of China",
              "direct"),
        quote("„auf der richtigen Seite der Geschichte“ zu stehen und das Ein-China-Prinzip anzuerkennen",
              "spokesperson of the Ministry of Foreign Affairs of China", "indirect"),
        quote("entschlossenen Gegenmaßnahmen", "Government of China", "direct"),
        quote("noch im April selbst nach Taipeh zu reisen", "Alejandro Giammattei", "indirect"),
    ],
    "entities": [
        entity("Guatemala City", "LOC", "GTM", ["Guatemala-Stadt"]),
        entity("Tsai Ing-wen", "PER", "TWN", ["Taiwans Präsidentin Tsai Ing-wen", "sie", "Tsai", "Die Präsidentin"]),
        entity("Guatemala", "LOC", "GTM", ["Guatemala", "dem mittelamerikanischen Land", "sein Land"]),
        entity("Government of Guatemala", "ORG", "GTM", ["Guatemala"]),
        entity("Government of Taiwan", "ORG", "TWN", ["Taipeh", "Taiwan"]),
        entity("Taiwan", "LOC", "TWN", ["Taiwans", "Taiwan"]),
        entity("Alejandro Giammattei", "PER", "GTM", ["Präsident Alejandro Giammattei", "Giammattei", "er"]),
        entity("National Palace of Culture", "LOC", "GTM", ["Nationalpalast der Kultur"]),
        entity("Government of China", "ORG", "CHN", ["Peking"]),
        entity("Honduras", "ORG", "HND", ["Honduras"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Das chinesische Außenministerium"]),
        entity("spokesperson of the Ministry of Foreign Affairs of China", "PER", "CHN", ["Ein Sprecher"]),
        entity("One-China principle", "MISC", "CHN", ["Ein-China-Prinzip"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("Central America", "LOC", None, ["Mittelamerika"]),
        entity("Belize", "LOC", "BLZ", ["Belize"]),
        entity("California", "LOC", "USA", ["Kalifornien"]),
        entity("Kevin McCarthy", "PER", "USA", ["den Vorsitzenden des US-Repräsentantenhauses, Kevin McCarthy"]),
        entity("United States House of Representatives", "ORG", "USA", ["des US-Repräsentantenhauses"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
    ],
}

# ---------------------------------------------------------------- hm423-de-02 (Mexico, Nuevo Laredo shooting)
MEX_MIL_JUSTICE = actor("Military Prosecutor's Office of Mexico", "MEX", "JUD")
MEX_SOLDIERS = actor("Mexican soldiers in Nuevo Laredo", "MEX", "MIL")
NL_VICTIMS = actor("young men killed in Nuevo Laredo", "MEX", "CVL")
MEX_ARMY = actor("Mexican Army", "MEX", "MIL")
AMLO = actor("Andrés Manuel López Obrador", "MEX", "GOV")
SEDENA = actor("Secretariat of National Defense of Mexico", "MEX", "MIL")
TAM_PROSECUTORS = actor("Tamaulipas State Prosecutor's Office", "MEX", "JUD")
FGR = actor("Attorney General's Office of Mexico", "MEX", "JUD")
VILLARREAL = actor("Américo Villarreal", "MEX", "GOV")
NL_COMMITTEE = actor("Nuevo Laredo Human Rights Committee", "MEX", "NGO")
RAMOS = actor("Raymundo Ramos", "MEX", "NGO")
NL_RELATIVES = actor("relatives of the victims in Nuevo Laredo", "MEX", "CVL")

N1 = ("Nuevo Laredo (dpa) - Nach dem Tod von fünf jungen Männern durch Schüsse von Soldaten im nordmexikanischen "
      "Nuevo Laredo hat die Militärjustiz vier Soldaten festnehmen lassen.")
N2 = ("Die Männer waren in der Nacht zum Sonntag in einem Pick-up unterwegs, als eine Armeepatrouille das Feuer auf "
      "das Fahrzeug eröffnete.")
N3 = "Ein sechster Insasse wurde schwer verletzt."
N4 = ("Das Verteidigungsministerium erklärte, die Soldaten hätten nach einem lauten Knall geglaubt, angegriffen zu "
      "werden.")
N5 = "Bei den Opfern seien keine Waffen gefunden worden, teilte das Ministerium mit."
N6 = ("Präsident Andrés Manuel López Obrador nannte die Schüsse am Montag in seiner morgendlichen Pressekonferenz "
      "„inakzeptabel“.")
N7 = "„Es wird keine Straflosigkeit geben“, sagte der Staatschef."
N8 = "Die Staatsanwaltschaft von Tamaulipas und die Bundesstaatsanwaltschaft FGR leiteten eigene Ermittlungen ein."
N9 = "Das Verteidigungsministerium sicherte den Ermittlern volle Zusammenarbeit zu."
N10 = "Gouverneur Américo Villarreal forderte die Armee auf, alle Beweise offenzulegen."
N11 = "Das Menschenrechtskomitee von Nuevo Laredo sprach von einer „außergerichtlichen Hinrichtung“."
N12 = ("Die Soldaten hätten den Verletzten nach den Schüssen nicht geholfen und den Tatort verändert, sagte dessen "
       "Leiter Raymundo Ramos.")
N13 = ("Am Montag versammelten sich Dutzende Angehörige vor dem Kasernengelände am Stadtrand und forderten "
       "Gerechtigkeit.")
N14 = "Soldaten drängten die Demonstranten zurück, Festnahmen gab es nicht."
N15 = ("Die Armee ist in Mexiko seit Jahren im Kampf gegen die Drogenkartelle im Einsatz und wird immer wieder "
       "schwerer Menschenrechtsverletzungen beschuldigt.")
N16 = "Nuevo Laredo an der Grenze zu Texas gilt als Hochburg des Kartells del Noreste."
N17 = "Bereits 2019 hatte das Komitee Soldaten vorgeworfen, in der Stadt mehrere Zivilisten getötet zu haben."
N18 = "Die Armee weist diese Vorwürfe bis heute zurück."

DE02 = {
    "id": "hm423-de-02", "lang": "de", "url": None, "published": "2023-02-28",
    "title": "Fünf Tote durch Schüsse von Soldaten in Nuevo Laredo - vier Festnahmen",
    "text": paragraphs([N1, N2, N3, N4, N5], [N6, N7, N8, N9, N10], [N11, N12, N13, N14], [N15, N16, N17, N18]),
    "events": [
        event("ASSAULT", MEX_SOLDIERS, NL_VICTIMS, N1, mode="firearms", location="Nuevo Laredo",
              location_country="MEX"),
        event("COERCE", MEX_MIL_JUSTICE, MEX_SOLDIERS, N1, mode="arrest"),
        event("ASSAULT", MEX_ARMY, NL_VICTIMS, N2, mode="firearms", date="2023-02-26", location="Nuevo Laredo",
              location_country="MEX"),
        event("ACCUSE", AMLO, MEX_ARMY, N6, mode="disapprove", date="2023-02-27"),
        event("THREATEN", AMLO, MEX_SOLDIERS, N7),
        event("ACCUSE", TAM_PROSECUTORS, MEX_SOLDIERS, N8, mode="investigate"),
        event("ACCUSE", FGR, MEX_SOLDIERS, N8, mode="investigate"),
        event("AGREE", SEDENA, FGR, N9),
        event("AGREE", SEDENA, TAM_PROSECUTORS, N9),
        event("REQUEST", VILLARREAL, MEX_ARMY, N10),
        event("ACCUSE", NL_COMMITTEE, MEX_ARMY, N11, mode="allege"),
        event("ACCUSE", RAMOS, MEX_SOLDIERS, N12, mode="allege"),
        event("PROTEST", NL_RELATIVES, MEX_ARMY, N13, mode="demo", date="2023-02-27", location="Nuevo Laredo",
              location_country="MEX"),
        event("COERCE", MEX_SOLDIERS, NL_RELATIVES, N14, mode="crowd-control", location="Nuevo Laredo",
              location_country="MEX"),
        event("COERCE", MEX_SOLDIERS, NL_RELATIVES, N14, mode="arrest", negated=True),
        event("ACCUSE", NL_COMMITTEE, MEX_ARMY, N17, mode="allege"),
    ],
    "quotes": [
        quote("die Soldaten hätten nach einem lauten Knall geglaubt, angegriffen zu werden",
              "Secretariat of National Defense of Mexico", "indirect"),
        quote("Bei den Opfern seien keine Waffen gefunden worden", "Secretariat of National Defense of Mexico",
              "indirect"),
        quote("inakzeptabel", "Andrés Manuel López Obrador", "direct"),
        quote("Es wird keine Straflosigkeit geben", "Andrés Manuel López Obrador", "direct"),
        quote("alle Beweise offenzulegen", "Américo Villarreal", "indirect"),
        quote("außergerichtlichen Hinrichtung", "Nuevo Laredo Human Rights Committee", "direct"),
        quote("Die Soldaten hätten den Verletzten nach den Schüssen nicht geholfen und den Tatort verändert",
              "Raymundo Ramos", "indirect"),
        quote("in der Stadt mehrere Zivilisten getötet zu haben", "Nuevo Laredo Human Rights Committee", "indirect"),
    ],
    "entities": [
        entity("Nuevo Laredo", "LOC", "MEX", ["Nuevo Laredo", "im nordmexikanischen Nuevo Laredo", "der Stadt"]),
        entity("young men killed in Nuevo Laredo", "PER", "MEX",
               ["fünf jungen Männern", "Die Männer", "den Opfern"]),
        entity("Mexican soldiers in Nuevo Laredo", "ORG", "MEX",
               ["Soldaten", "vier Soldaten", "eine Armeepatrouille", "die Soldaten", "Die Soldaten"]),
        entity("Military Prosecutor's Office of Mexico", "ORG", "MEX", ["die Militärjustiz"]),
        entity("wounded passenger", "PER", "MEX", ["Ein sechster Insasse", "den Verletzten"]),
        entity("Secretariat of National Defense of Mexico", "ORG", "MEX",
               ["Das Verteidigungsministerium", "das Ministerium"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX",
               ["Präsident Andrés Manuel López Obrador", "der Staatschef"]),
        entity("Tamaulipas State Prosecutor's Office", "ORG", "MEX", ["Die Staatsanwaltschaft von Tamaulipas"]),
        entity("Attorney General's Office of Mexico", "ORG", "MEX", ["die Bundesstaatsanwaltschaft FGR"]),
        entity("investigators", "ORG", "MEX", ["den Ermittlern"]),
        entity("Américo Villarreal", "PER", "MEX", ["Gouverneur Américo Villarreal"]),
        entity("Mexican Army", "ORG", "MEX", ["die Armee", "Die Armee"]),
        entity("Nuevo Laredo Human Rights Committee", "ORG", "MEX",
               ["Das Menschenrechtskomitee von Nuevo Laredo", "das Komitee"]),
        entity("Raymundo Ramos", "PER", "MEX", ["dessen Leiter Raymundo Ramos"]),
        entity("relatives of the victims in Nuevo Laredo", "PER", "MEX", ["Dutzende Angehörige", "die Demonstranten"]),
        entity("Mexico", "LOC", "MEX", ["Mexiko"]),
        entity("Texas", "LOC", "USA", ["Texas"]),
        entity("Cartel del Noreste", "ORG", "MEX", ["des Kartells del Noreste"]),
    ],
}

# ---------------------------------------------------------------- hm423-de-03 (Nicaragua, 94 critics stripped)
MANAGUA_COURT = actor("Court of Appeals of Managua", "NIC", "JUD")
NIC_CRITICS = actor("94 Nicaraguan government critics", "NIC", "OPP")
NIC_GOV = actor("Government of Nicaragua", "NIC", "GOV")
NIC_PRISONERS = actor("222 Nicaraguan political prisoners", "NIC", "OPP")
ALVAREZ = actor("Rolando Álvarez", "NIC", "REL")
NIC_JUDICIARY = actor("Judiciary of Nicaragua", "NIC", "JUD")
BELLI = actor("Gioconda Belli", "NIC", "CVL")
ORTEGA = actor("Daniel Ortega", "NIC", "GOV")
MURILLO = actor("Rosario Murillo", "NIC", "GOV")
ESP_GOV = actor("Government of Spain", "ESP", "GOV")
ALBARES = actor("José Manuel Albares", "ESP", "GOV")
BORIC = actor("Gabriel Boric", "CHL", "GOV")
OHCHR = actor("Office of the UN High Commissioner for Human Rights", "UNO", "IGO")
NIC_OPPOSITION = actor("Nicaraguan opposition", "NIC", "OPP")

C1 = ("Managua (AFP) - Ein Gericht in Nicaragua hat 94 Regierungskritikern die Staatsbürgerschaft aberkannt, "
      "darunter dem Schriftsteller Sergio Ramírez und der Dichterin Gioconda Belli.")
C2 = ("Das Berufungsgericht von Managua erklärte die Betroffenen am Mittwoch zu „Vaterlandsverrätern“ und ordnete "
      "die Beschlagnahme ihres Vermögens an.")
C3 = "Richter Ernesto Rodríguez Mejía verlas die Namen im Fernsehen."
C4 = ("Unter den Betroffenen sind auch der im Exil lebende Bischof Silvio Báez, die Menschenrechtlerin Vilma Núñez "
      "und der Journalist Carlos Fernando Chamorro.")
C5 = ("Erst vergangene Woche hatte die Regierung von Präsident Daniel Ortega 222 politische Gefangene in die USA "
      "abgeschoben und ihnen ebenfalls die Staatsbürgerschaft entzogen.")
C6 = ("Bischof Rolando Álvarez, der sich weigerte, das Flugzeug zu besteigen, wurde tags darauf zu 26 Jahren Haft "
      "verurteilt.")
C7 = "Ramírez, der heute in Madrid lebt, reagierte gelassen."
C8 = "„Nicaragua ist mein Land, und niemand kann es mir nehmen“, schrieb der 80-Jährige auf Twitter."
C9 = ("Belli warf Ortega und seiner Ehefrau, Vizepräsidentin Rosario Murillo, vor, das Land wie ein "
      "„Familienunternehmen“ zu führen.")
C10 = "Spanien bot den Ausgebürgerten umgehend die spanische Staatsbürgerschaft an."
C11 = "Madrid werde die Anträge „schnell und großzügig“ bearbeiten, sagte Außenminister José Manuel Albares."
C12 = ("Auch Chiles Präsident Gabriel Boric bot den Betroffenen an, Chilenen zu werden, und nannte Ortega einen "
       "„Diktator“.")
C13 = ("Das UN-Menschenrechtsbüro in Genf zeigte sich „zutiefst besorgt“ und forderte Managua auf, die Entscheidung "
       "rückgängig zu machen.")
C14 = "Vizepräsidentin Murillo nannte die Ausgebürgerten im staatlichen Rundfunk „Verräter“ und „Terroristen“."
C15 = ("Ortega wirft seinen Gegnern seit den Massenprotesten von 2018 vor, einen Putsch gegen ihn geplant zu "
       "haben.")
C16 = "Bei der Niederschlagung der Proteste kamen damals mehr als 300 Menschen ums Leben."

DE03 = {
    "id": "hm423-de-03", "lang": "de", "url": None, "published": "2023-02-16",
    "title": "Nicaragua bürgert 94 Regierungskritiker aus",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6], [C7, C8, C9], [C10, C11, C12, C13], [C14, C15, C16]),
    "events": [
        event("COERCE", MANAGUA_COURT, NIC_CRITICS, C1, mode="restrict"),
        event("SANCTION", MANAGUA_COURT, NIC_CRITICS, C2, mode="convict", date="2023-02-15", location="Managua",
              location_country="NIC"),
        event("COERCE", MANAGUA_COURT, NIC_CRITICS, C2, mode="seize", date="2023-02-15", location="Managua",
              location_country="NIC"),
        event("COERCE", NIC_GOV, NIC_PRISONERS, C5, mode="deport"),
        event("COERCE", NIC_GOV, NIC_PRISONERS, C5, mode="restrict"),
        event("REJECT", ALVAREZ, NIC_GOV, C6),
        event("SANCTION", NIC_JUDICIARY, ALVAREZ, C6, mode="convict"),
        event("ACCUSE", BELLI, ORTEGA, C9, mode="disapprove"),
        event("ACCUSE", BELLI, MURILLO, C9, mode="disapprove"),
        event("AGREE", ESP_GOV, NIC_CRITICS, C10),
        event("AGREE", ALBARES, NIC_CRITICS, C11),
        event("AGREE", BORIC, NIC_CRITICS, C12),
        event("ACCUSE", BORIC, ORTEGA, C12, mode="disapprove"),
        event("ACCUSE", OHCHR, NIC_GOV, C13, mode="disapprove"),
        event("REQUEST", OHCHR, NIC_GOV, C13, mode="change"),
        event("ACCUSE", MURILLO, NIC_CRITICS, C14, mode="allege"),
        event("ACCUSE", ORTEGA, NIC_OPPOSITION, C15, mode="allege"),
    ],
    "quotes": [
        quote("Vaterlandsverrätern", "Court of Appeals of Managua", "direct"),
        quote("Nicaragua ist mein Land, und niemand kann es mir nehmen", "Sergio Ramírez", "direct"),
        quote("Familienunternehmen", "Gioconda Belli", "direct"),
        quote("das Land wie ein „Familienunternehmen“ zu führen", "Gioconda Belli", "indirect"),
        quote("schnell und großzügig", "José Manuel Albares", "direct"),
        quote("Madrid werde die Anträge „schnell und großzügig“ bearbeiten", "José Manuel Albares", "indirect"),
        quote("Diktator", "Gabriel Boric", "direct"),
        quote("zutiefst besorgt", "Office of the UN High Commissioner for Human Rights", "direct"),
        quote("die Entscheidung rückgängig zu machen", "Office of the UN High Commissioner for Human Rights",
              "indirect"),
        quote("Verräter", "Rosario Murillo", "direct"),
        quote("Terroristen", "Rosario Murillo", "direct"),
        quote("einen Putsch gegen ihn geplant zu haben", "Daniel Ortega", "indirect"),
    ],
    "entities": [
        entity("Managua", "LOC", "NIC", ["Managua"]),
        entity("Nicaragua", "LOC", "NIC", ["Nicaragua", "das Land"]),
        entity("Court of Appeals of Managua", "ORG", "NIC", ["Ein Gericht in Nicaragua", "Das Berufungsgericht von Managua"]),
        entity("94 Nicaraguan government critics", "PER", "NIC",
               ["94 Regierungskritikern", "die Betroffenen", "den Betroffenen", "den Ausgebürgerten",
                "die Ausgebürgerten"]),
        entity("Sergio Ramírez", "PER", "NIC", ["dem Schriftsteller Sergio Ramírez", "Ramírez", "der 80-Jährige"]),
        entity("Gioconda Belli", "PER", "NIC", ["der Dichterin Gioconda Belli", "Belli"]),
        entity("Ernesto Rodríguez Mejía", "PER", "NIC", ["Richter Ernesto Rodríguez Mejía"]),
        entity("Silvio Báez", "PER", "NIC", ["der im Exil lebende Bischof Silvio Báez"]),
        entity("Vilma Núñez", "PER", "NIC", ["die Menschenrechtlerin Vilma Núñez"]),
        entity("Carlos Fernando Chamorro", "PER", "NIC", ["der Journalist Carlos Fernando Chamorro"]),
        entity("Government of Nicaragua", "ORG", "NIC", ["die Regierung von Präsident Daniel Ortega", "Managua"]),
        entity("Daniel Ortega", "PER", "NIC", ["Präsident Daniel Ortega", "Ortega", "ihn"]),
        entity("222 Nicaraguan political prisoners", "PER", "NIC", ["222 politische Gefangene", "ihnen"]),
        entity("United States", "LOC", "USA", ["die USA"]),
        entity("Rolando Álvarez", "PER", "NIC", ["Bischof Rolando Álvarez"]),
        entity("Madrid", "LOC", "ESP", ["Madrid"]),
        entity("Twitter", "ORG", "MNC", ["Twitter"]),
        entity("Rosario Murillo", "PER", "NIC",
               ["seiner Ehefrau, Vizepräsidentin Rosario Murillo", "Vizepräsidentin Murillo"]),
        entity("Government of Spain", "ORG", "ESP", ["Spanien", "Madrid"]),
        entity("José Manuel Albares", "PER", "ESP", ["Außenminister José Manuel Albares"]),
        entity("Gabriel Boric", "PER", "CHL", ["Chiles Präsident Gabriel Boric"]),
        entity("Office of the UN High Commissioner for Human Rights", "ORG", "UNO", ["Das UN-Menschenrechtsbüro"]),
        entity("Geneva", "LOC", "CHE", ["Genf"]),
        entity("Nicaraguan opposition", "ORG", "NIC", ["seinen Gegnern"]),
    ],
}

# ---------------------------------------------------------------- hm423-de-04 (Honduras/Israel, ambassador recalled)
HND_GOV = actor("Government of Honduras", "HND", "GOV")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
REINA = actor("Eduardo Enrique Reina", "HND", "GOV")
CASTRO = actor("Xiomara Castro", "HND", "GOV")
ISR_MFA = actor("Ministry of Foreign Affairs of Israel", "ISR", "GOV")
HAIAT = actor("Lior Haiat", "ISR", "GOV")
PNH = actor("National Party of Honduras", "HND", "OPP")
ZAMBRANO = actor("Tomás Zambrano", "HND", "OPP")
CHL_GOV = actor("Government of Chile", "CHL", "GOV")
COL_GOV = actor("Government of Colombia", "COL", "GOV")
BOL_GOV = actor("Government of Bolivia", "BOL", "GOV")
HAMAS = actor("Hamas", "PSE", "REB")

H1 = ("Tegucigalpa (dpa) - Honduras hat wegen des Gaza-Kriegs seinen Botschafter aus Israel zu Konsultationen "
      "zurückgerufen.")
H2 = ("Angesichts der „schweren humanitären Lage“ im Gazastreifen werde Botschafter Roberto Martínez umgehend nach "
      "Tegucigalpa zurückkehren, teilte Außenminister Eduardo Enrique Reina am Freitag auf der Plattform X mit.")
H2b = "Der Botschafter solle dort über die Lage in der Region berichten, fügte Reina hinzu."
H3 = "Präsidentin Xiomara Castro verurteilte zugleich den „Völkermord“ an der palästinensischen Zivilbevölkerung."
H4 = "Sie forderte eine sofortige Waffenruhe und die Öffnung humanitärer Korridore."
H5 = "Das israelische Außenministerium bedauerte die Entscheidung."
H6 = ("Honduras stelle sich damit an die Seite der Terrororganisation Hamas, erklärte Sprecher Lior Haiat in "
      "Jerusalem.")
H6b = "Israel habe das Recht, sich gegen den Terror zu verteidigen, sagte Haiat."
H7 = "Einen Abzug des eigenen Botschafters aus Tegucigalpa plane Israel aber nicht, hieß es aus dem Ministerium."
H8 = ("Die oppositionelle Nationale Partei warf Castro vor, die traditionell engen Beziehungen zu Israel für "
      "ideologische Zwecke zu opfern.")
H9 = "Fraktionschef Tomás Zambrano verlangte, dass die Präsidentin den Botschafter umgehend zurückschickt."
H10 = "Reina lehnte dies ab und sagte, Honduras handle im Einklang mit dem Völkerrecht."
H10b = "Castro hatte bereits Mitte Oktober eine sofortige Waffenruhe im Gazastreifen gefordert."
H11 = "Honduras folgt damit mehreren lateinamerikanischen Staaten."
H12 = ("Chile und Kolumbien hatten ihre Botschafter bereits Anfang der Woche zurückgerufen, Bolivien brach die "
       "diplomatischen Beziehungen zu Israel ganz ab.")
H13 = "Die Hamas begrüßte die Schritte der lateinamerikanischen Regierungen."
H14 = ("Der Krieg im Gazastreifen hat nach Angaben der dortigen Gesundheitsbehörden bereits mehr als 9000 Menschen "
       "das Leben gekostet.")

DE04 = {
    "id": "hm423-de-04", "lang": "de", "url": None, "published": "2023-11-04",
    "title": "Honduras ruft Botschafter aus Israel zurück",
    "text": paragraphs([H1, H2, H2b, H3, H4], [H5, H6, H6b, H7], [H8, H9, H10, H10b], [H11, H12, H13, H14]),
    "events": [
        event("SANCTION", HND_GOV, ISR_GOV, H1, mode="withdraw"),
        event("SANCTION", REINA, ISR_GOV, H2, mode="withdraw", date="2023-11-03"),
        event("ACCUSE", CASTRO, ISR_GOV, H3, mode="allege"),
        event("REQUEST", CASTRO, ISR_GOV, H4, mode="yield"),
        event("ACCUSE", ISR_MFA, HND_GOV, H5, mode="disapprove"),
        event("ACCUSE", HAIAT, HND_GOV, H6, mode="allege"),
        event("SANCTION", ISR_GOV, HND_GOV, H7, mode="withdraw", negated=True),
        event("ACCUSE", PNH, CASTRO, H8, mode="disapprove"),
        event("REQUEST", ZAMBRANO, CASTRO, H9, mode="change"),
        event("REJECT", REINA, ZAMBRANO, H10, mode="change"),
        event("REQUEST", CASTRO, ISR_GOV, H10b, mode="yield"),
        event("SANCTION", CHL_GOV, ISR_GOV, H12, mode="withdraw"),
        event("SANCTION", COL_GOV, ISR_GOV, H12, mode="withdraw"),
        event("SANCTION", BOL_GOV, ISR_GOV, H12, mode="discontinue"),
        event("SUPPORT", HAMAS, HND_GOV, H13),
        event("SUPPORT", HAMAS, CHL_GOV, H13),
        event("SUPPORT", HAMAS, COL_GOV, H13),
        event("SUPPORT", HAMAS, BOL_GOV, H13),
    ],
    "quotes": [
        quote("schweren humanitären Lage", "Eduardo Enrique Reina", "direct"),
        quote("Angesichts der „schweren humanitären Lage“ im Gazastreifen werde Botschafter Roberto Martínez "
              "umgehend nach Tegucigalpa zurückkehren", "Eduardo Enrique Reina", "indirect"),
        quote("Der Botschafter solle dort über die Lage in der Region berichten", "Eduardo Enrique Reina",
              "indirect"),
        quote("Völkermord", "Xiomara Castro", "direct"),
        quote("Honduras stelle sich damit an die Seite der Terrororganisation Hamas", "Lior Haiat", "indirect"),
        quote("Israel habe das Recht, sich gegen den Terror zu verteidigen", "Lior Haiat", "indirect"),
        quote("Einen Abzug des eigenen Botschafters aus Tegucigalpa plane Israel aber nicht",
              "Ministry of Foreign Affairs of Israel", "indirect"),
        quote("die traditionell engen Beziehungen zu Israel für ideologische Zwecke zu opfern",
              "National Party of Honduras", "indirect"),
        quote("dass die Präsidentin den Botschafter umgehend zurückschickt", "Tomás Zambrano", "indirect"),
        quote("Honduras handle im Einklang mit dem Völkerrecht", "Eduardo Enrique Reina", "indirect"),
        quote("nach Angaben der dortigen Gesundheitsbehörden bereits mehr als 9000 Menschen das Leben gekostet",
              "Gaza Health Ministry", "indirect"),
    ],
    "entities": [
        entity("Tegucigalpa", "LOC", "HND", ["Tegucigalpa"]),
        entity("Government of Honduras", "ORG", "HND", ["Honduras"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Government of Israel", "ORG", "ISR", ["Israel"]),
        entity("Roberto Martínez", "PER", "HND", ["seinen Botschafter", "Botschafter Roberto Martínez",
                                                  "Der Botschafter", "den Botschafter"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gazastreifen"]),
        entity("Eduardo Enrique Reina", "PER", "HND", ["Außenminister Eduardo Enrique Reina", "Reina"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Xiomara Castro", "PER", "HND", ["Präsidentin Xiomara Castro", "Sie", "Castro", "die Präsidentin"]),
        entity("Palestinian civilians", "PER", "PSE", ["der palästinensischen Zivilbevölkerung"]),
        entity("Ministry of Foreign Affairs of Israel", "ORG", "ISR",
               ["Das israelische Außenministerium", "dem Ministerium"]),
        entity("Hamas", "ORG", "PSE", ["der Terrororganisation Hamas", "Die Hamas"]),
        entity("Lior Haiat", "PER", "ISR", ["Sprecher Lior Haiat", "Haiat"]),
        entity("Jerusalem", "LOC", "ISR", ["Jerusalem"]),
        entity("National Party of Honduras", "ORG", "HND", ["Die oppositionelle Nationale Partei"]),
        entity("Tomás Zambrano", "PER", "HND", ["Fraktionschef Tomás Zambrano"]),
        entity("Government of Chile", "ORG", "CHL", ["Chile"]),
        entity("Government of Colombia", "ORG", "COL", ["Kolumbien"]),
        entity("Government of Bolivia", "ORG", "BOL", ["Bolivien"]),
        entity("Middle East", "LOC", None, ["der Region"]),
        entity("Gaza Health Ministry", "ORG", "PSE", ["der dortigen Gesundheitsbehörden"]),
    ],
}

# ---------------------------------------------------------------- hm423-en-01 (United States, Santos expelled)
US_HOUSE = actor("United States House of Representatives", "USA", "LEG")
SANTOS = actor("George Santos", "USA", "LEG")
ETHICS = actor("House Ethics Committee", "USA", "LEG")
GUEST = actor("Michael Guest", "USA", "LEG")
JEFFRIES = actor("Hakeem Jeffries", "USA", "LEG")
GOP = actor("Republican Party", "USA", "PTY")
NYT = actor("The New York Times", "USA", "MED")
US_PROSECUTORS = actor("U.S. Attorney's Office for the Eastern District of New York", "USA", "JUD")

S1 = ("WASHINGTON (AP) — The House voted on Friday to expel Republican Rep. George Santos of New York, making him only "
      "the sixth lawmaker in the chamber's history to be ousted by his colleagues.")
S2 = ("The 311-105 vote cleared the two-thirds majority required by the Constitution, with more than 100 Republicans "
      "joining nearly all Democrats.")
S3 = ("The move came two weeks after the House Ethics Committee released a report accusing Santos of spending "
      "campaign funds on Botox treatments, designer clothing and trips to Las Vegas.")
S4 = ("The committee's chairman, Rep. Michael Guest, said Santos had \"sought to fraudulently exploit every aspect "
      "of his House candidacy.\"")
S5 = ("Santos, who has pleaded not guilty to 23 federal charges including wire fraud and identity theft, had refused "
      "to resign before the vote.")
S6 = "\"To hell with this place,\" he told reporters as he left the Capitol shortly after the vote."
S7 = ("He said his colleagues had set a dangerous precedent by expelling a member who had not been convicted of a "
      "crime.")
S8 = "On Thursday, Santos filed an ethics complaint against Guest, accusing him of mishandling the investigation."
S9 = ("House Speaker Mike Johnson said he had \"real reservations\" about expelling a member before a court had "
      "ruled.")
S10 = ("Democratic leader Hakeem Jeffries said Republicans had allowed Santos to remain in Congress for months for "
       "their own political benefit.")
S11 = ("New York Gov. Kathy Hochul said she would call a special election to fill the seat, which covers parts of "
       "Queens and Nassau County on Long Island.")
S12 = ("Santos faced months of scrutiny after The New York Times reported shortly after his 2022 election that he "
       "had fabricated much of his biography.")
S13 = "He falsely claimed to have worked at Goldman Sachs and Citigroup and to have graduated from Baruch College."
S14 = ("Federal prosecutors in New York charged him in May with fraud, money laundering and lying to Congress, and "
       "added further counts in October.")
S15 = "His trial is scheduled to begin in September 2024."
S16 = ("Before Friday, only five members of the House had been expelled, three of them for fighting for the "
       "Confederacy during the Civil War.")

EN01 = {
    "id": "hm423-en-01", "lang": "en", "url": None, "published": "2023-12-01",
    "title": "House expels George Santos in historic vote",
    "text": paragraphs([S1, S2, S3, S4], [S5, S6, S7, S8], [S9, S10, S11], [S12, S13, S14, S15, S16]),
    "events": [
        event("SANCTION", US_HOUSE, SANTOS, S1, mode="expel", date="2023-12-01", location="Washington",
              location_country="USA"),
        event("ACCUSE", ETHICS, SANTOS, S3, mode="allege"),
        event("ACCUSE", GUEST, SANTOS, S4, mode="allege"),
        event("REJECT", SANTOS, US_HOUSE, S5, mode="change"),
        event("ACCUSE", SANTOS, US_HOUSE, S6, mode="disapprove", date="2023-12-01", location="Capitol",
              location_country="USA"),
        event("ACCUSE", SANTOS, US_HOUSE, S7, mode="disapprove"),
        event("ACCUSE", SANTOS, GUEST, S8, mode="allege", date="2023-11-30"),
        event("ACCUSE", JEFFRIES, GOP, S10, mode="disapprove"),
        event("ACCUSE", NYT, SANTOS, S12, mode="allege"),
        event("ACCUSE", US_PROSECUTORS, SANTOS, S14, mode="allege"),
    ],
    "quotes": [
        quote("sought to fraudulently exploit every aspect of his House candidacy", "Michael Guest", "direct"),
        quote("Santos had \"sought to fraudulently exploit every aspect of his House candidacy.\"", "Michael Guest",
              "indirect"),
        quote("To hell with this place", "George Santos", "direct"),
        quote("his colleagues had set a dangerous precedent by expelling a member who had not been convicted of a "
              "crime", "George Santos", "indirect"),
        quote("real reservations", "Mike Johnson", "direct"),
        quote("he had \"real reservations\" about expelling a member before a court had ruled", "Mike Johnson",
              "indirect"),
        quote("Republicans had allowed Santos to remain in Congress for months for their own political benefit",
              "Hakeem Jeffries", "indirect"),
        quote("she would call a special election to fill the seat, which covers parts of Queens and Nassau County on "
              "Long Island", "Kathy Hochul", "indirect"),
        quote("he had fabricated much of his biography", "The New York Times", "indirect"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["WASHINGTON"]),
        entity("United States House of Representatives", "ORG", "USA",
               ["The House", "the chamber's", "the House", "Congress", "this place", "his colleagues"]),
        entity("George Santos", "PER", "USA",
               ["Republican Rep. George Santos of New York", "him", "Santos", "he", "He", "his"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("Republican Party", "ORG", "USA", ["Republicans"]),
        entity("Democratic Party", "ORG", "USA", ["Democrats"]),
        entity("Constitution of the United States", "MISC", "USA", ["the Constitution"]),
        entity("House Ethics Committee", "ORG", "USA", ["the House Ethics Committee", "The committee's"]),
        entity("Las Vegas", "LOC", "USA", ["Las Vegas"]),
        entity("Michael Guest", "PER", "USA", ["The committee's chairman, Rep. Michael Guest", "Guest"]),
        entity("United States Capitol", "LOC", "USA", ["the Capitol"]),
        entity("Mike Johnson", "PER", "USA", ["House Speaker Mike Johnson", "he"]),
        entity("Hakeem Jeffries", "PER", "USA", ["Democratic leader Hakeem Jeffries"]),
        entity("Kathy Hochul", "PER", "USA", ["New York Gov. Kathy Hochul", "she"]),
        entity("Queens", "LOC", "USA", ["Queens"]),
        entity("Nassau County", "LOC", "USA", ["Nassau County"]),
        entity("Long Island", "LOC", "USA", ["Long Island"]),
        entity("The New York Times", "ORG", "USA", ["The New York Times"]),
        entity("Goldman Sachs", "ORG", "USA", ["Goldman Sachs"]),
        entity("Citigroup", "ORG", "USA", ["Citigroup"]),
        entity("Baruch College", "ORG", "USA", ["Baruch College"]),
        entity("U.S. Attorney's Office for the Eastern District of New York", "ORG", "USA",
               ["Federal prosecutors in New York"]),
        entity("Confederacy", "ORG", "USA", ["the Confederacy"]),
        entity("American Civil War", "MISC", "USA", ["the Civil War"]),
    ],
}

# ---------------------------------------------------------------- hm423-en-02 (Canada/Israel, arms exports halted)
JOLY = actor("Mélanie Joly", "CAN", "GOV")
ISR_GOV_E = actor("Government of Israel", "ISR", "GOV")
CAN_COMMONS = actor("House of Commons of Canada", "CAN", "LEG")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
NDP = actor("New Democratic Party", "CAN", "PTY")
SINGH = actor("Jagmeet Singh", "CAN", "PTY")
KATZ = actor("Israel Katz", "ISR", "GOV")
HAMAS_E = actor("Hamas", "PSE", "REB")
POILIEVRE = actor("Pierre Poilievre", "CAN", "OPP")
TRUDEAU = actor("Justin Trudeau", "CAN", "GOV")
CIJA = actor("Centre for Israel and Jewish Affairs", "CAN", "NGO")
UNRWA = actor("UNRWA", "UNO", "IGO")
CAN_LAWYERS = actor("Canadian lawyers' group", "CAN", "CVL")
CAN_FED_COURT = actor("Federal Court of Canada", "CAN", "JUD")

A1 = ("OTTAWA, Ontario (AP) — Canada will stop sending new arms shipments to Israel, Foreign Minister Mélanie Joly "
      "said Tuesday, a day after lawmakers passed a motion calling for an end to the exports over the war in Gaza.")
A2 = ("\"It's a real thing,\" Joly told the Toronto Star, adding that export permits already approved would remain "
      "in place.")
A3 = ("The nonbinding motion, put forward by the New Democratic Party and amended by Prime Minister Justin Trudeau's "
      "Liberals, passed 204-117 on Monday.")
A4 = ("It also calls on Ottawa to push for a two-state solution and to restore funding for UNRWA, the U.N. agency "
      "for Palestinian refugees.")
A5 = ("NDP leader Jagmeet Singh said the vote showed that Canadians wanted their government to stop \"fueling\" the "
      "violence.")
A6 = "Israeli Foreign Minister Israel Katz condemned the decision."
A7 = ("\"History will judge Canada's current action harshly,\" Katz wrote on X, adding that Israel would keep "
      "fighting until Hamas was destroyed.")
A8 = ("Conservative leader Pierre Poilievre said Trudeau had abandoned a democratic ally to keep the support of the "
      "NDP.")
A9 = ("Liberal lawmaker Anthony Housefather, who voted against the motion, said he was reflecting on whether he "
      "still had a place in the party.")
A10 = "The Centre for Israel and Jewish Affairs called the vote \"a betrayal\" of Canada's Jewish community."
A11 = ("Canada's military exports to Israel are small compared with those of the United States and consist mostly "
       "of components and electronics.")
A12 = "Ottawa has said permits issued since the Oct. 7 Hamas attack covered only non-lethal equipment."
A13 = ("Earlier this month, Canada said it would resume funding for UNRWA, which Israel has accused of letting some "
       "of its staff take part in the attack.")
A14 = ("A group of Canadian lawyers has also asked the Federal Court to order the government to halt all arms "
       "transfers to Israel.")

EN02 = {
    "id": "hm423-en-02", "lang": "en", "url": None, "published": "2024-03-20",
    "title": "Canada to halt new arms exports to Israel after parliament vote",
    "text": paragraphs([A1, A2], [A3, A4, A5], [A6, A7, A8, A9, A10], [A11, A12, A13, A14]),
    "events": [
        event("SANCTION", JOLY, ISR_GOV_E, A1, mode="discontinue", date="2024-03-19"),
        event("REQUEST", CAN_COMMONS, CAN_GOV, A1, mode="change", date="2024-03-18"),
        event("REQUEST", NDP, CAN_GOV, A3, mode="change", date="2024-03-18"),
        event("REQUEST", CAN_COMMONS, CAN_GOV, A4, mode="change"),
        event("ACCUSE", SINGH, CAN_GOV, A5, mode="disapprove"),
        event("ACCUSE", KATZ, CAN_GOV, A6, mode="disapprove"),
        event("ACCUSE", KATZ, CAN_GOV, A7, mode="disapprove"),
        event("THREATEN", KATZ, HAMAS_E, A7, mode="violence"),
        event("ACCUSE", POILIEVRE, TRUDEAU, A8, mode="disapprove"),
        event("ACCUSE", CIJA, CAN_COMMONS, A10, mode="disapprove"),
        event("AGREE", CAN_GOV, UNRWA, A13),
        event("ACCUSE", ISR_GOV_E, UNRWA, A13, mode="allege"),
        event("REQUEST", CAN_LAWYERS, CAN_FED_COURT, A14, mode="change"),
    ],
    "quotes": [
        quote("Canada will stop sending new arms shipments to Israel", "Mélanie Joly", "indirect"),
        quote("It's a real thing", "Mélanie Joly", "direct"),
        quote("export permits already approved would remain in place", "Mélanie Joly", "indirect"),
        quote("the vote showed that Canadians wanted their government to stop \"fueling\" the violence",
              "Jagmeet Singh", "indirect"),
        quote("fueling", "Jagmeet Singh", "direct"),
        quote("History will judge Canada's current action harshly", "Israel Katz", "direct"),
        quote("Israel would keep fighting until Hamas was destroyed", "Israel Katz", "indirect"),
        quote("Trudeau had abandoned a democratic ally to keep the support of the NDP", "Pierre Poilievre",
              "indirect"),
        quote("he was reflecting on whether he still had a place in the party", "Anthony Housefather", "indirect"),
        quote("a betrayal", "Centre for Israel and Jewish Affairs", "direct"),
        quote("permits issued since the Oct. 7 Hamas attack covered only non-lethal equipment", "Government of Canada",
              "indirect"),
        quote("it would resume funding for UNRWA", "Government of Canada", "indirect"),
    ],
    "entities": [
        entity("Ottawa", "LOC", "CAN", ["OTTAWA"]),
        entity("Ontario", "LOC", "CAN", ["Ontario"]),
        entity("Government of Canada", "ORG", "CAN", ["Canada", "Ottawa", "their government", "the government"]),
        entity("Canada", "LOC", "CAN", ["Canada's"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Government of Israel", "ORG", "ISR", ["Israel"]),
        entity("Mélanie Joly", "PER", "CAN", ["Foreign Minister Mélanie Joly", "Joly"]),
        entity("House of Commons of Canada", "ORG", "CAN", ["lawmakers"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gaza"]),
        entity("Toronto Star", "ORG", "CAN", ["the Toronto Star"]),
        entity("New Democratic Party", "ORG", "CAN", ["the New Democratic Party", "NDP"]),
        entity("Justin Trudeau", "PER", "CAN", ["Prime Minister Justin Trudeau's", "Trudeau"]),
        entity("Liberal Party of Canada", "ORG", "CAN", ["Liberals", "the party"]),
        entity("UNRWA", "ORG", "UNO", ["UNRWA", "the U.N. agency for Palestinian refugees"]),
        entity("Jagmeet Singh", "PER", "CAN", ["NDP leader Jagmeet Singh"]),
        entity("Canadians", "PER", "CAN", ["Canadians"]),
        entity("Israel Katz", "PER", "ISR", ["Israeli Foreign Minister Israel Katz", "Katz"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("Pierre Poilievre", "PER", "CAN", ["Conservative leader Pierre Poilievre"]),
        entity("Anthony Housefather", "PER", "CAN", ["Liberal lawmaker Anthony Housefather", "he"]),
        entity("Centre for Israel and Jewish Affairs", "ORG", "CAN", ["The Centre for Israel and Jewish Affairs"]),
        entity("Canadian Jewish community", "ORG", "CAN", ["Canada's Jewish community"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Canadian lawyers' group", "ORG", "CAN", ["A group of Canadian lawyers"]),
        entity("Federal Court of Canada", "ORG", "CAN", ["the Federal Court"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
