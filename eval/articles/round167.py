"""Round 167: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm167-de-01: Poland: Tusk blames Russian services and two Ukrainians for the explosion on the Warsaw-Lublin railway, asks Minsk for their extradition and deploys soldiers (2025-11-18).
- hm167-de-02: Germany: Friedrich Merz is elected chancellor only in the second Bundestag ballot; AfD and Greens criticise, Paris and Warsaw trips announced (2025-05-06).
- hm167-de-03: Armenia: Russian FSB border guards leave Yerevan's Zvartnots airport at Yerevan's request; Moscow warns (2024-08-01).
- hm167-de-04: The Baltic states decouple their power grids from the Russian BRELL system; von der Leyen and Duda in Vilnius, Tallinn accuses Moscow (2025-02-09).
- hm167-en-01: Canada: Carney's Liberals win the federal election, Poilievre concedes, Singh resigns, Trump and Carney agree to meet (2025-04-29).
- hm167-en-02: Ukraine: a drone hits the protective shelter at Chernobyl; Zelensky blames Russia, Grossi appeals, Peskov speaks of a provocation (2025-02-14).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm167-de-01
TUSK = actor("Donald Tusk", "POL", "GOV")
RU_SERVICES = actor("Russian intelligence services", "RUS", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
UA_SUSPECTS = actor("two Ukrainian suspects", "UKR", "CVL")
UNKNOWN = actor("saboteurs", None, None)
POLAND = actor("Poland", "POL", "GOV")
POLAND_GOV = actor("Government of Poland", "POL", "GOV")
BELARUS = actor("Belarus", "BLR", "GOV")
PL_POLICE = actor("Polish police", "POL", "COP")
PL_ACCOMPLICE = actor("suspected accomplice", "POL", "CVL")
EU_COMM = actor("European Commission", "EUR", "IGO")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")

A1 = ("Warschau (dpa) - Polens Regierungschef Donald Tusk hat russische Geheimdienste für den Sprengstoffanschlag "
      "auf eine wichtige Bahnstrecke im Osten des Landes verantwortlich gemacht.")
A2 = ("Die Täter seien zwei ukrainische Staatsbürger, die seit Längerem für Moskau arbeiteten, sagte Tusk am "
      "Dienstag im Parlament.")
A3 = "Beide hätten sich kurz nach der Tat über den Grenzübergang Terespol nach Belarus abgesetzt."
A4 = ("Saboteure hatten am Wochenende nahe dem Dorf Mika eine Sprengladung an den Gleisen zwischen Warschau und "
      "Lublin gezündet.")
A5 = ("„Russlands Dienste“, sagte Tusk, „haben bewusst eine Katastrophe mit vielen Toten in Kauf genommen.“")
A6 = "Über die Strecke rollen auch Hilfsgüter in die Ukraine."
A7 = "Polen forderte die Führung in Minsk auf, die beiden Männer auszuliefern."
A8 = ("Zugleich ordnete Tusk an, bis zu 10.000 Soldaten zum Schutz von Bahnlinien und anderer wichtiger "
      "Infrastruktur einzusetzen.")
A9 = ("Die Polizei nahm in der Nähe von Lublin einen 39-jährigen Polen fest, der den Tätern bei der Vorbereitung "
      "geholfen haben soll.")
A10 = "Die EU-Kommission sicherte Polen ihre „volle Solidarität“ zu."
A11 = "Der ukrainische Präsident Wolodymyr Selenskyj bot Polen eine gemeinsame Ermittlungsgruppe an."
A12 = "Moskau wies jede Beteiligung an dem Anschlag zurück."
A13 = "Eine Schließung der Grenzübergänge nach Belarus sei vorerst nicht geplant, hieß es aus der Regierung."

DE01 = {
    "id": "hm167-de-01", "lang": "de", "url": None, "published": "2025-11-18",
    "title": "Tusk macht russische Dienste für Anschlag auf Bahnstrecke verantwortlich",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8], [A9, A10, A11, A12, A13]),
    "events": [
        event("ACCUSE", TUSK, RU_SERVICES, A1, mode="allege", date="2025-11-18"),
        event("ACCUSE", TUSK, UA_SUSPECTS, A2, mode="allege", date="2025-11-18"),
        event("ACCUSE", TUSK, RUSSIA, A2, mode="allege", date="2025-11-18"),
        event("ASSAULT", UNKNOWN, actor("Poland", "POL", None), A4, mode="explosives", location="Mika",
              location_country="POL"),
        event("ACCUSE", TUSK, RU_SERVICES, A5, mode="allege"),
        event("REQUEST", POLAND, BELARUS, A7, mode="assist"),
        event("MOBILIZE", TUSK, None, A8, mode="troops"),
        event("COERCE", PL_POLICE, PL_ACCOMPLICE, A9, mode="arrest", location="Lublin", location_country="POL"),
        event("SUPPORT", EU_COMM, POLAND, A10),
        event("AGREE", ZELENSKY, POLAND, A11),
        event("SANCTION", POLAND_GOV, BELARUS, A13, mode="discontinue", negated=True),
    ],
    "quotes": [
        quote("Die Täter seien zwei ukrainische Staatsbürger, die seit Längerem für Moskau arbeiteten",
              "Donald Tusk", "indirect"),
        quote("Beide hätten sich kurz nach der Tat über den Grenzübergang Terespol nach Belarus abgesetzt",
              "Donald Tusk", "indirect"),
        quote("Russlands Dienste", "Donald Tusk", "direct"),
        quote("haben bewusst eine Katastrophe mit vielen Toten in Kauf genommen", "Donald Tusk", "direct"),
        quote("die beiden Männer auszuliefern", "Government of Poland", "indirect"),
        quote("volle Solidarität", "European Commission", "direct"),
        quote("Eine Schließung der Grenzübergänge nach Belarus sei vorerst nicht geplant", "Government of Poland",
              "indirect"),
    ],
    "entities": [
        entity("Donald Tusk", "PER", "POL", ["Polens Regierungschef Donald Tusk", "Tusk"]),
        entity("Russian intelligence services", "ORG", "RUS", ["russische Geheimdienste", "Russlands Dienste"]),
        entity("Poland", "GPE", "POL", ["Polens", "Polen"]),
        entity("Warsaw", "LOC", "POL", ["Warschau"]),
        entity("Sejm", "ORG", "POL", ["im Parlament"]),
        entity("two Ukrainian suspects", "PER", "UKR",
               ["zwei ukrainische Staatsbürger", "Beide", "die beiden Männer", "den Tätern"]),
        entity("Russia", "GPE", "RUS", ["Moskau"]),
        entity("Terespol", "LOC", "POL", ["Grenzübergang Terespol"]),
        entity("Belarus", "GPE", "BLR", ["Belarus"]),
        entity("Government of Belarus", "ORG", "BLR", ["die Führung in Minsk"]),
        entity("saboteurs", "PER", None, ["Saboteure"]),
        entity("Mika", "LOC", "POL", ["dem Dorf Mika"]),
        entity("Lublin", "LOC", "POL", ["Lublin"]),
        entity("Ukraine", "GPE", "UKR", ["die Ukraine"]),
        entity("Polish police", "ORG", "POL", ["Die Polizei"]),
        entity("suspected accomplice", "PER", "POL", ["einen 39-jährigen Polen"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Der ukrainische Präsident Wolodymyr Selenskyj"]),
        entity("Government of Poland", "ORG", "POL", ["der Regierung"]),
    ],
}

# ---------------------------------------------------------------- hm167-de-02
MERZ = actor("Friedrich Merz", "DEU", "GOV")
BUNDESTAG = actor("Bundestag", "DEU", "LEG")
STEINMEIER = actor("Frank-Walter Steinmeier", "DEU", "GOV")
WEIDEL = actor("Alice Weidel", "DEU", "OPP")
COALITION = actor("CDU/CSU-SPD coalition", "DEU", "GOV")
DROEGE = actor("Katharina Dröge", "DEU", "OPP")
UNION = actor("CDU/CSU", "DEU", "PTY")
SPD = actor("SPD", "DEU", "PTY")
RUTTE = actor("Mark Rutte", "IGO", "IGO")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
TUSK_B = actor("Donald Tusk", "POL", "GOV")

B1 = ("Berlin (dpa) - Der CDU-Vorsitzende Friedrich Merz ist am Dienstag erst im zweiten Wahlgang zum "
      "Bundeskanzler gewählt worden.")
B2 = "Im ersten Durchgang am Vormittag hatte er mit 310 Stimmen die nötige Mehrheit von 316 Stimmen verfehlt."
B3 = "Ein solches Scheitern im ersten Anlauf hatte es in der Geschichte der Bundesrepublik noch nie gegeben."
B4 = "Im zweiten Wahlgang am Nachmittag stimmten dann 325 Abgeordnete für Merz."
B5 = "Bundespräsident Frank-Walter Steinmeier überreichte ihm kurz darauf im Schloss Bellevue die Ernennungsurkunde."
B6 = ("AfD-Fraktionschefin Alice Weidel sprach von einem „Fehlstart“ der schwarz-roten Koalition und verlangte "
      "Neuwahlen.")
B7 = ("Die Grünen-Fraktionschefin Katharina Dröge warf Union und SPD vor, mit ihrem Chaos dem Ansehen "
      "Deutschlands zu schaden.")
B8 = "„Wir haben heute gezeigt“, sagte SPD-Chef Lars Klingbeil, „dass diese Koalition trotz allem handlungsfähig ist.“"
B9 = ("Glückwünsche kamen unter anderem vom ukrainischen Präsidenten Wolodymyr Selenskyj und von "
      "Nato-Generalsekretär Mark Rutte.")
B10 = ("Merz will bereits am Mittwoch nach Paris und Warschau reisen, um Präsident Emmanuel Macron und "
       "Regierungschef Donald Tusk zu treffen.")
B11 = "Macron lud den neuen Kanzler nach Angaben des Élysée-Palasts zu einem Abendessen ein."
B12 = ("Wäre Merz auch im zweiten Wahlgang gescheitert, hätte der Bundestag zwei Wochen Zeit für weitere "
       "Versuche gehabt.")

DE02 = {
    "id": "hm167-de-02", "lang": "de", "url": None, "published": "2025-05-06",
    "title": "Merz erst im zweiten Wahlgang zum Kanzler gewählt",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8], [B9, B10, B11, B12]),
    "events": [
        event("SUPPORT", BUNDESTAG, MERZ, B1, date="2025-05-06", location="Berlin", location_country="DEU"),
        event("SUPPORT", BUNDESTAG, MERZ, B4, date="2025-05-06", location="Berlin", location_country="DEU"),
        event("SUPPORT", STEINMEIER, MERZ, B5, date="2025-05-06", location="Berlin", location_country="DEU"),
        event("ACCUSE", WEIDEL, COALITION, B6, mode="disapprove"),
        event("REQUEST", WEIDEL, COALITION, B6, mode="change"),
        event("ACCUSE", DROEGE, UNION, B7, mode="disapprove"),
        event("ACCUSE", DROEGE, SPD, B7, mode="disapprove"),
        event("SUPPORT", actor("Volodymyr Zelensky", "UKR", "GOV"), MERZ, B9),
        event("SUPPORT", RUTTE, MERZ, B9),
        event("AGREE", MERZ, MACRON, B10, date="2025-05-07", location="Paris", location_country="FRA"),
        event("AGREE", MERZ, TUSK_B, B10, date="2025-05-07", location="Warsaw", location_country="POL"),
        event("AGREE", MACRON, MERZ, B11),
    ],
    "quotes": [
        quote("Fehlstart", "Alice Weidel", "direct"),
        quote("mit ihrem Chaos dem Ansehen Deutschlands zu schaden", "Katharina Dröge", "indirect"),
        quote("Wir haben heute gezeigt", "Lars Klingbeil", "direct"),
        quote("dass diese Koalition trotz allem handlungsfähig ist", "Lars Klingbeil", "direct"),
    ],
    "entities": [
        entity("Friedrich Merz", "PER", "DEU",
               ["Der CDU-Vorsitzende Friedrich Merz", "er", "Merz", "ihm", "den neuen Kanzler"]),
        entity("Christian Democratic Union (CDU)", "ORG", "DEU", ["CDU"]),
        entity("Bundestag", "ORG", "DEU", ["325 Abgeordnete", "der Bundestag"]),
        entity("Germany", "GPE", "DEU", ["der Bundesrepublik", "Deutschlands"]),
        entity("Frank-Walter Steinmeier", "PER", "DEU", ["Bundespräsident Frank-Walter Steinmeier"]),
        entity("Schloss Bellevue", "LOC", "DEU", ["Schloss Bellevue"]),
        entity("Alice Weidel", "PER", "DEU", ["AfD-Fraktionschefin Alice Weidel"]),
        entity("Alternative for Germany (AfD)", "ORG", "DEU", ["AfD"]),
        entity("CDU/CSU-SPD coalition", "ORG", "DEU", ["der schwarz-roten Koalition", "diese Koalition"]),
        entity("Katharina Dröge", "PER", "DEU", ["Die Grünen-Fraktionschefin Katharina Dröge"]),
        entity("Alliance 90/The Greens", "ORG", "DEU", ["Grünen"]),
        entity("CDU/CSU", "ORG", "DEU", ["Union"]),
        entity("SPD", "ORG", "DEU", ["SPD"]),
        entity("Lars Klingbeil", "PER", "DEU", ["SPD-Chef Lars Klingbeil"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["ukrainischen Präsidenten Wolodymyr Selenskyj"]),
        entity("Mark Rutte", "PER", "IGO", ["Nato-Generalsekretär Mark Rutte"]),
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Warsaw", "LOC", "POL", ["Warschau"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Präsident Emmanuel Macron", "Macron"]),
        entity("Donald Tusk", "PER", "POL", ["Regierungschef Donald Tusk"]),
        entity("Élysée Palace", "ORG", "FRA", ["des Élysée-Palasts"]),
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
    ],
}

# ---------------------------------------------------------------- hm167-de-03
RU_BORDER = actor("Russian border guards (FSB Border Service)", "RUS", "MIL")
ARMENIA = actor("Armenia", "ARM", "GOV")
ARMENIA_GOV = actor("Government of Armenia", "ARM", "GOV")
RUSSIA_C = actor("Russia", "RUS", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
PASHINYAN = actor("Nikol Pashinyan", "ARM", "GOV")
CSTO = actor("Collective Security Treaty Organization (CSTO)", "IGO", "IGO")
GALUZIN = actor("Mikhail Galuzin", "RUS", "GOV")
EU = actor("European Union", "EUR", "IGO")
ARM_FORCES = actor("Armed Forces of Armenia", "ARM", "MIL")

C1 = ("Eriwan (AFP) - Nach mehr als drei Jahrzehnten haben russische Grenzschützer ihren Posten am Flughafen "
      "Swartnoz in der armenischen Hauptstadt geräumt.")
C2 = ("Seit Donnerstag kontrollieren Beamte des armenischen Grenzschutzes die Pässe der Reisenden, wie der "
      "Nationale Sicherheitsdienst mitteilte.")
C3 = ("Die Regierung in Eriwan hatte im März verlangt, dass die Grenzschützer des russischen "
      "Inlandsgeheimdienstes FSB den Flughafen bis zum 1. August verlassen.")
C4 = "Moskau hatte im Mai nach einem Treffen von Präsident Wladimir Putin und Regierungschef Nikol Paschinjan zugestimmt."
C5 = "„Das ist ein weiterer Schritt zur Stärkung unserer Souveränität“, sagte Paschinjan bei einem Besuch am Flughafen."
C6 = "Das Verhältnis zwischen Armenien und Russland hat sich seit dem Verlust Berg-Karabachs im September 2023 deutlich abgekühlt."
C7 = "Paschinjan wirft Moskau vor, Armenien damals im Stich gelassen zu haben."
C8 = "Seine Regierung hat zudem die Mitarbeit im russisch geführten Militärbündnis OVKS auf Eis gelegt."
C9 = ("Der russische Vize-Außenminister Michail Galusin nannte den Schritt „unfreundlich“ und warnte vor Folgen "
      "für die Sicherheit Armeniens.")
C10 = "An den Grenzen Armeniens zur Türkei und zum Iran bleiben die russischen Grenzschützer vorerst im Einsatz."
C11 = "Einen Abzug auch von dort habe Eriwan bislang nicht verlangt, sagte ein Sprecher des Außenministeriums."
C12 = "Die EU hatte Armenien im Juli erstmals zehn Millionen Euro für die Ausrüstung seiner Streitkräfte bereitgestellt."

DE03 = {
    "id": "hm167-de-03", "lang": "de", "url": None, "published": "2024-08-01",
    "title": "Russische Grenzschützer verlassen Flughafen von Eriwan",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8], [C9, C10, C11, C12]),
    "events": [
        event("RETREAT", RU_BORDER, ARMENIA, C1, mode="withdraw", date="2024-08-01",
              location="Zvartnots International Airport", location_country="ARM"),
        event("REQUEST", ARMENIA_GOV, RUSSIA_C, C3, mode="yield"),
        event("CONCEDE", RUSSIA_C, ARMENIA, C4),
        event("CONSULT", PUTIN, PASHINYAN, C4),
        event("ACCUSE", PASHINYAN, RUSSIA_C, C7, mode="disapprove"),
        event("SANCTION", ARMENIA_GOV, CSTO, C8, mode="withdraw"),
        event("ACCUSE", GALUZIN, ARMENIA, C9, mode="disapprove"),
        event("THREATEN", GALUZIN, ARMENIA, C9),
        event("REQUEST", ARMENIA, RUSSIA_C, C11, mode="yield", negated=True),
        event("AID", EU, ARM_FORCES, C12),
    ],
    "quotes": [
        quote("Seit Donnerstag kontrollieren Beamte des armenischen Grenzschutzes die Pässe der Reisenden",
              "National Security Service of Armenia", "indirect"),
        quote("dass die Grenzschützer des russischen Inlandsgeheimdienstes FSB den Flughafen bis zum 1. August "
              "verlassen", "Government of Armenia", "indirect"),
        quote("Das ist ein weiterer Schritt zur Stärkung unserer Souveränität", "Nikol Pashinyan", "direct"),
        quote("Armenien damals im Stich gelassen zu haben", "Nikol Pashinyan", "indirect"),
        quote("unfreundlich", "Mikhail Galuzin", "direct"),
        quote("Einen Abzug auch von dort habe Eriwan bislang nicht verlangt",
              "Spokesperson of the Ministry of Foreign Affairs of Armenia", "indirect"),
    ],
    "entities": [
        entity("Russian border guards (FSB Border Service)", "ORG", "RUS",
               ["russische Grenzschützer", "die Grenzschützer des russischen Inlandsgeheimdienstes FSB",
                "die russischen Grenzschützer"]),
        entity("Federal Security Service (FSB)", "ORG", "RUS", ["russischen Inlandsgeheimdienstes FSB"]),
        entity("Zvartnots International Airport", "LOC", "ARM", ["Flughafen Swartnoz", "den Flughafen", "am Flughafen"]),
        entity("Yerevan", "LOC", "ARM", ["Eriwan", "der armenischen Hauptstadt"]),
        entity("Armenian Border Guard", "ORG", "ARM", ["Beamte des armenischen Grenzschutzes"]),
        entity("National Security Service of Armenia", "ORG", "ARM", ["Nationale Sicherheitsdienst"]),
        entity("Government of Armenia", "ORG", "ARM", ["Die Regierung in Eriwan", "Seine Regierung"]),
        entity("Russia", "GPE", "RUS", ["Moskau", "Russland"]),
        entity("Vladimir Putin", "PER", "RUS", ["Präsident Wladimir Putin"]),
        entity("Nikol Pashinyan", "PER", "ARM", ["Regierungschef Nikol Paschinjan", "Paschinjan", "Seine"]),
        entity("Armenia", "GPE", "ARM", ["Armenien", "Armeniens"]),
        entity("Nagorno-Karabakh", "LOC", "AZE", ["Berg-Karabachs"]),
        entity("Collective Security Treaty Organization (CSTO)", "ORG", "IGO",
               ["russisch geführten Militärbündnis OVKS"]),
        entity("Mikhail Galuzin", "PER", "RUS", ["Der russische Vize-Außenminister Michail Galusin"]),
        entity("Turkey", "GPE", "TUR", ["Türkei"]),
        entity("Iran", "GPE", "IRN", ["Iran"]),
        entity("Spokesperson of the Ministry of Foreign Affairs of Armenia", "PER", "ARM",
               ["ein Sprecher des Außenministeriums"]),
        entity("Ministry of Foreign Affairs of Armenia", "ORG", "ARM", ["des Außenministeriums"]),
        entity("European Union", "ORG", "EUR", ["Die EU"]),
        entity("Armed Forces of Armenia", "ORG", "ARM", ["seiner Streitkräfte"]),
    ],
}

# ---------------------------------------------------------------- hm167-de-04
ESTONIA = actor("Estonia", "EST", "GOV")
LATVIA = actor("Latvia", "LVA", "GOV")
LITHUANIA = actor("Lithuania", "LTU", "GOV")
RUSSIA_D = actor("Russia", "RUS", "GOV")
VDL = actor("Ursula von der Leyen", "EUR", "IGO")
DUDA = actor("Andrzej Duda", "POL", "GOV")
NAUSEDA = actor("Gitanas Nausėda", "LTU", "GOV")
POLAND_D = actor("Poland", "POL", "GOV")
MICHAL = actor("Kristen Michal", "EST", "GOV")
NATO = actor("NATO", "IGO", "MIL")

D1 = ("Vilnius (dpa) - Estland, Lettland und Litauen haben ihre Stromnetze vom russischen Verbundsystem "
      "abgekoppelt und an das europäische Netz angeschlossen.")
D2 = "Die Netze der drei Länder liefen danach rund 24 Stunden lang im sogenannten Inselbetrieb."
D3 = "Damit endet eine Abhängigkeit, die noch aus sowjetischer Zeit stammt."
D4 = ("Zu einer Feier in Vilnius reisten am Sonntag EU-Kommissionspräsidentin Ursula von der Leyen und Polens "
      "Präsident Andrzej Duda an.")
D5 = ("„Estland, Lettland und Litauen sind heute endgültig frei von russischer Erpressung“, sagte von der Leyen, "
      "„und Europa steht fest an ihrer Seite.“")
D6 = "Litauens Präsident Gitanas Nausėda dankte Polen für die Hilfe beim Bau der Verbindungsleitung."
D7 = ("Zum Schutz dieser Leitung setzten Litauen und Polen in den vergangenen Tagen Militärhubschrauber und "
      "Drohnen ein.")
D8 = ("Estlands Regierungschef Kristen Michal warf Moskau vor, die Region mit Angriffen auf Unterseekabel in der "
      "Ostsee einschüchtern zu wollen.")
D9 = "Der Kreml weist jede Verantwortung für Schäden an den Kabeln zurück."
D10 = ("Kremlsprecher Dmitri Peskow sagte, Russland habe sich auf den Schritt vorbereitet und werde die Versorgung "
       "der Exklave Kaliningrad selbst sichern.")
D11 = ("Die Nato hatte im Januar die Mission „Baltic Sentry“ gestartet, bei der Kriegsschiffe die Infrastruktur "
       "in der Ostsee überwachen.")

DE04 = {
    "id": "hm167-de-04", "lang": "de", "url": None, "published": "2025-02-09",
    "title": "Baltische Staaten koppeln ihre Stromnetze von Russland ab",
    "text": paragraphs([D1, D2, D3], [D4, D5, D6], [D7, D8, D9, D10, D11]),
    "events": [
        event("SANCTION", ESTONIA, RUSSIA_D, D1, mode="discontinue"),
        event("SANCTION", LATVIA, RUSSIA_D, D1, mode="discontinue"),
        event("SANCTION", LITHUANIA, RUSSIA_D, D1, mode="discontinue"),
        event("CONSULT", VDL, LITHUANIA, D4, mode="visit", date="2025-02-09", location="Vilnius",
              location_country="LTU"),
        event("CONSULT", DUDA, LITHUANIA, D4, mode="visit", date="2025-02-09", location="Vilnius",
              location_country="LTU"),
        event("SUPPORT", VDL, ESTONIA, D5),
        event("SUPPORT", VDL, LATVIA, D5),
        event("SUPPORT", VDL, LITHUANIA, D5),
        event("ACCUSE", VDL, RUSSIA_D, D5, mode="disapprove"),
        event("SUPPORT", NAUSEDA, POLAND_D, D6),
        event("MOBILIZE", actor("Lithuania", "LTU", "MIL"), None, D7, mode="weapons"),
        event("MOBILIZE", actor("Poland", "POL", "MIL"), None, D7, mode="weapons"),
        event("ACCUSE", MICHAL, RUSSIA_D, D8, mode="allege"),
        event("MOBILIZE", NATO, None, D11, mode="weapons", location="Baltic Sea"),
    ],
    "quotes": [
        quote("Estland, Lettland und Litauen sind heute endgültig frei von russischer Erpressung",
              "Ursula von der Leyen", "direct"),
        quote("und Europa steht fest an ihrer Seite", "Ursula von der Leyen", "direct"),
        quote("die Region mit Angriffen auf Unterseekabel in der Ostsee einschüchtern zu wollen", "Kristen Michal",
              "indirect"),
        quote("Russland habe sich auf den Schritt vorbereitet und werde die Versorgung der Exklave Kaliningrad "
              "selbst sichern", "Dmitry Peskov", "indirect"),
        quote("Baltic Sentry", "NATO", "direct"),
    ],
    "entities": [
        entity("Estonia", "GPE", "EST", ["Estland", "Estlands"]),
        entity("Latvia", "GPE", "LVA", ["Lettland"]),
        entity("Lithuania", "GPE", "LTU", ["Litauen", "Litauens"]),
        entity("Vilnius", "LOC", "LTU", ["Vilnius"]),
        entity("Ursula von der Leyen", "PER", "EUR",
               ["EU-Kommissionspräsidentin Ursula von der Leyen", "von der Leyen"]),
        entity("Andrzej Duda", "PER", "POL", ["Polens Präsident Andrzej Duda"]),
        entity("Poland", "GPE", "POL", ["Polens", "Polen"]),
        entity("Europe", "LOC", None, ["Europa"]),
        entity("Gitanas Nausėda", "PER", "LTU", ["Litauens Präsident Gitanas Nausėda"]),
        entity("Kristen Michal", "PER", "EST", ["Estlands Regierungschef Kristen Michal"]),
        entity("Russia", "GPE", "RUS", ["Moskau", "Russland"]),
        entity("Kremlin", "ORG", "RUS", ["Der Kreml"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Kaliningrad", "LOC", "RUS", ["der Exklave Kaliningrad"]),
        entity("Baltic Sea", "LOC", None, ["Ostsee"]),
        entity("NATO", "ORG", "IGO", ["Die Nato"]),
        entity("Baltic Sentry", "ORG", "IGO", ["Baltic Sentry"]),
    ],
}

# ---------------------------------------------------------------- hm167-en-01
CARNEY = actor("Mark Carney", "CAN", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
CANADA = actor("Canada", "CAN", "GOV")
USA = actor("United States", "USA", "GOV")
POILIEVRE = actor("Pierre Poilievre", "CAN", "OPP")
SINGH = actor("Jagmeet Singh", "CAN", "PTY")
LEAVITT = actor("Karoline Leavitt", "USA", "GOV")
STARMER = actor("Keir Starmer", "GBR", "GOV")
COSTA = actor("António Costa", "EUR", "IGO")
PREMIERS = actor("Canadian provincial premiers", "CAN", "GOV")

E1 = ("OTTAWA (AP) — Prime Minister Mark Carney's Liberal Party won Canada's federal election on Monday after a "
      "campaign dominated by relations with the United States.")
E2 = ("U.S. President Donald Trump has imposed tariffs on Canadian steel, aluminum and cars and has repeatedly "
      "said Canada should become the 51st U.S. state.")
E3 = ("“We will never bend the knee to anyone, least of all to a president who wants to erase our border,” "
      "Carney told cheering supporters in Ottawa early Tuesday.")
E4 = ("Conservative leader Pierre Poilievre conceded defeat and congratulated Carney, but he also lost his own "
      "Ottawa-area seat.")
E5 = "New Democratic Party leader Jagmeet Singh resigned after his party was reduced to a handful of seats."
E6 = ("Trump and Carney spoke by phone on Tuesday and agreed to meet in person soon, the prime minister's office "
      "said.")
E7 = "The president congratulated Carney on his victory, according to the statement."
E8 = ("Carney has demanded that Washington lift the tariffs, but White House press secretary Karoline Leavitt "
      "said they would stay in place.")
E9 = ("British Prime Minister Keir Starmer and European Council President António Costa congratulated "
      "Carney, with Costa calling Canada a “steadfast partner.”")
E10 = "The Liberals were a few seats short of a majority in the House of Commons as counting continued."
E11 = "If they fall short, Carney will need smaller parties to pass a budget."
E12 = "Carney said he would meet the premiers of Canada's provinces next week."

EN01 = {
    "id": "hm167-en-01", "lang": "en", "url": None, "published": "2025-04-29",
    "title": "Carney's Liberals win Canada's election as Poilievre loses his seat",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8], [E9, E10, E11, E12]),
    "events": [
        event("SANCTION", TRUMP, CANADA, E2, mode="discontinue"),
        event("REQUEST", TRUMP, CANADA, E2, mode="change"),
        event("ACCUSE", CARNEY, TRUMP, E3, mode="disapprove", date="2025-04-29"),
        event("REJECT", CARNEY, TRUMP, E3, mode="change", date="2025-04-29"),
        event("CONCEDE", POILIEVRE, CARNEY, E4),
        event("SUPPORT", POILIEVRE, CARNEY, E4),
        event("RETREAT", SINGH, None, E5, mode="resign"),
        event("CONSULT", TRUMP, CARNEY, E6, mode="phone", date="2025-04-29"),
        event("AGREE", TRUMP, CARNEY, E6, date="2025-04-29"),
        event("SUPPORT", TRUMP, CARNEY, E7, date="2025-04-29"),
        event("REQUEST", CARNEY, USA, E8, mode="yield"),
        event("REJECT", LEAVITT, CARNEY, E8, mode="yield"),
        event("SUPPORT", STARMER, CARNEY, E9),
        event("SUPPORT", COSTA, CARNEY, E9),
        event("AGREE", CARNEY, PREMIERS, E12),
    ],
    "quotes": [
        quote("We will never bend the knee to anyone, least of all to a president who wants to erase our border",
              "Mark Carney", "direct"),
        quote("Trump and Carney spoke by phone on Tuesday and agreed to meet in person soon",
              "Office of the Prime Minister of Canada", "indirect"),
        quote("The president congratulated Carney on his victory", "Office of the Prime Minister of Canada",
              "indirect"),
        quote("that Washington lift the tariffs", "Mark Carney", "indirect"),
        quote("they would stay in place", "Karoline Leavitt", "indirect"),
        quote("steadfast partner", "António Costa", "direct"),
        quote("he would meet the premiers of Canada's provinces next week", "Mark Carney", "indirect"),
    ],
    "entities": [
        entity("Mark Carney", "PER", "CAN", ["Prime Minister Mark Carney", "Carney"]),
        entity("Liberal Party of Canada", "ORG", "CAN", ["Liberal Party", "The Liberals"]),
        entity("Canada", "GPE", "CAN", ["Canada's", "Canada"]),
        entity("United States", "GPE", "USA", ["the United States", "Washington", "U.S."]),
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump", "Trump", "a president who wants to erase our border", "The president"]),
        entity("Ottawa", "LOC", "CAN", ["OTTAWA", "Ottawa"]),
        entity("Pierre Poilievre", "PER", "CAN", ["Conservative leader Pierre Poilievre", "he"]),
        entity("Conservative Party of Canada", "ORG", "CAN", ["Conservative"]),
        entity("Jagmeet Singh", "PER", "CAN", ["New Democratic Party leader Jagmeet Singh"]),
        entity("New Democratic Party", "ORG", "CAN", ["New Democratic Party"]),
        entity("Office of the Prime Minister of Canada", "ORG", "CAN", ["the prime minister's office"]),
        entity("Karoline Leavitt", "PER", "USA", ["White House press secretary Karoline Leavitt"]),
        entity("White House", "ORG", "USA", ["White House"]),
        entity("Keir Starmer", "PER", "GBR", ["British Prime Minister Keir Starmer"]),
        entity("António Costa", "PER", "EUR", ["European Council President António Costa", "Costa"]),
        entity("House of Commons of Canada", "ORG", "CAN", ["the House of Commons"]),
        entity("Canadian provincial premiers", "PER", "CAN", ["the premiers of Canada's provinces"]),
        entity("Associated Press", "ORG", "USA", ["AP"]),
    ],
}

# ---------------------------------------------------------------- hm167-en-02
ZELENSKY_F = actor("Volodymyr Zelensky", "UKR", "GOV")
RUSSIA_F = actor("Russia", "RUS", "GOV")
UKRAINE_F = actor("Ukraine", "UKR", "GOV")
GROSSI = actor("Rafael Grossi", "UNO", "IGO")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
VANCE = actor("JD Vance", "USA", "GOV")
ALLIES = actor("Ukraine's Western allies", None, "GOV")
UA_AIR = actor("Ukrainian Air Force", "UKR", "MIL")

F1 = ("KYIV (Reuters) - A Russian drone with a high-explosive warhead struck the protective shelter over the "
      "destroyed fourth reactor of the Chernobyl nuclear power plant overnight, President Volodymyr Zelensky said "
      "on Friday.")
F2 = ("The strike started a fire that emergency crews put out, and radiation levels inside and outside the "
      "structure remained normal, the International Atomic Energy Agency said.")
F3 = ("“This is what Russia does: it gambles with the safety of the whole of Europe,” Zelensky wrote on "
      "Telegram.")
F4 = ("IAEA Director General Rafael Grossi, whose team at the site heard the blast, called the attack “deeply "
      "concerning” and said there was no room for complacency.")
F5 = "He urged both Russia and Ukraine to keep all military activity away from nuclear facilities."
F6 = "Kremlin spokesman Dmitry Peskov denied that the Russian military had targeted the plant."
F7 = "He accused Kyiv of staging a “provocation” to coincide with the Munich Security Conference."
F8 = ("Zelensky was due to meet U.S. Vice President JD Vance in Munich later on Friday and called on Western "
      "allies to step up pressure on Moscow.")
F9 = "Ukraine's air force said Russia had launched 133 drones at the country overnight."
F10 = ("The steel arch, completed in 2016 with money from more than 40 countries, was built to contain "
       "radioactive material for a century.")
F11 = "The 1986 disaster at Chernobyl remains the world's worst nuclear accident."

EN02 = {
    "id": "hm167-en-02", "lang": "en", "url": None, "published": "2025-02-14",
    "title": "Drone hits Chernobyl's protective shelter, Zelensky blames Russia",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6, F7], [F8, F9, F10, F11]),
    "events": [
        event("ACCUSE", ZELENSKY_F, RUSSIA_F, F1, mode="allege", date="2025-02-14"),
        event("ACCUSE", ZELENSKY_F, RUSSIA_F, F3, mode="disapprove"),
        event("ACCUSE", GROSSI, None, F4, mode="disapprove"),
        event("REQUEST", GROSSI, RUSSIA_F, F5, mode="change"),
        event("REQUEST", GROSSI, UKRAINE_F, F5, mode="change"),
        event("ACCUSE", PESKOV, UKRAINE_F, F7, mode="allege"),
        event("AGREE", ZELENSKY_F, VANCE, F8, date="2025-02-14", location="Munich", location_country="DEU"),
        event("REQUEST", ZELENSKY_F, ALLIES, F8, mode="change", date="2025-02-14"),
        event("ACCUSE", UA_AIR, RUSSIA_F, F9, mode="allege"),
    ],
    "quotes": [
        quote("A Russian drone with a high-explosive warhead struck the protective shelter over the destroyed "
              "fourth reactor of the Chernobyl nuclear power plant overnight", "Volodymyr Zelensky", "indirect"),
        quote("The strike started a fire that emergency crews put out, and radiation levels inside and outside the "
              "structure remained normal", "International Atomic Energy Agency", "indirect"),
        quote("This is what Russia does: it gambles with the safety of the whole of Europe", "Volodymyr Zelensky",
              "direct"),
        quote("deeply concerning", "Rafael Grossi", "direct"),
        quote("there was no room for complacency", "Rafael Grossi", "indirect"),
        quote("provocation", "Dmitry Peskov", "direct"),
        quote("staging a “provocation” to coincide with the Munich Security Conference", "Dmitry Peskov", "indirect"),
        quote("Russia had launched 133 drones at the country overnight", "Ukrainian Air Force", "indirect"),
    ],
    "entities": [
        entity("Kyiv", "LOC", "UKR", ["KYIV"]),
        entity("Ukraine", "GPE", "UKR", ["Ukraine's", "Ukraine", "Kyiv", "the country"]),
        entity("Russia", "GPE", "RUS", ["Russia", "Moscow"]),
        entity("Chernobyl nuclear power plant", "LOC", "UKR",
               ["the Chernobyl nuclear power plant", "the site", "the plant", "Chernobyl"]),
        entity("New Safe Confinement", "LOC", "UKR", ["the protective shelter", "the structure", "The steel arch"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["President Volodymyr Zelensky", "Zelensky"]),
        entity("International Atomic Energy Agency", "ORG", "UNO",
               ["the International Atomic Energy Agency", "IAEA"]),
        entity("Telegram", "ORG", "MNC", ["Telegram"]),
        entity("Europe", "LOC", None, ["Europe"]),
        entity("Rafael Grossi", "PER", "UNO", ["IAEA Director General Rafael Grossi", "He"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlin spokesman Dmitry Peskov"]),
        entity("Kremlin", "ORG", "RUS", ["Kremlin"]),
        entity("Armed Forces of Russia", "ORG", "RUS", ["the Russian military"]),
        entity("Munich Security Conference", "ORG", "DEU", ["the Munich Security Conference"]),
        entity("JD Vance", "PER", "USA", ["U.S. Vice President JD Vance"]),
        entity("Munich", "LOC", "DEU", ["Munich"]),
        entity("Ukraine's Western allies", "ORG", None, ["Western allies"]),
        entity("Ukrainian Air Force", "ORG", "UKR", ["Ukraine's air force"]),
        entity("Reuters", "ORG", "GBR", ["Reuters"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
