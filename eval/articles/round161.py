"""Round 161: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm161-de-01: Sri Lanka: Anura Kumara Dissanayake wins the presidential election, Wickremesinghe concedes, Dissanayake wants to renegotiate the IMF programme (2024-09-22).
- hm161-de-02: Pakistan: an accountability court sentences Imran Khan to 14 years and Bushra Bibi to seven in the Al-Qadir Trust case; PTI and the government trade blows (2025-01-17).
- hm161-de-03: Kazakhstan: voters approve the first nuclear power plant in a referendum; bidders line up, anti-nuclear activists detained in Almaty (2024-10-07).
- hm161-de-04: G20 summit in Rio de Janeiro: joint declaration, Milei's objections, Lavrov's complaints, Putin stays away (2024-11-19).
- hm161-en-01: Afghanistan: the Taliban stop women's nursing and midwifery training; UNAMA, Rashid Khan and the EU object, protest in Kabul dispersed (2024-12-04).
- hm161-en-02: Samoa: Prime Minister Fiamē sacks five ministers after her FAST party expelled her; La'auli, the opposition and Wellington react (2025-01-16).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm161-de-01 (Sri Lanka)
DISSA = actor("Anura Kumara Dissanayake", "LKA", "GOV")
WICK = actor("Ranil Wickremesinghe", "LKA", "GOV")
IMF = actor("International Monetary Fund", "IGO", "IGO")
IMFSP = actor("IMF spokesperson", "IGO", "IGO")
GOVLKA = actor("Government of Sri Lanka", "LKA", "GOV")
MODI = actor("Narendra Modi", "IND", "GOV")
CHINA = actor("China", "CHN", "GOV")
SJB = actor("Samagi Jana Balawegaya (SJB)", "LKA", "OPP")
ECSL = actor("Election Commission of Sri Lanka", "LKA", "GOV")

A1 = "Der Linkspolitiker Anura Kumara Dissanayake hat die Präsidentenwahl in Sri Lanka gewonnen."
A2 = ("Die Wahlkommission erklärte den Chef des Bündnisses Nationale Volksmacht (NPP) am Sonntag nach einer "
      "zweiten Auszählungsrunde zum Sieger.")
A3 = "Amtsinhaber Ranil Wickremesinghe räumte seine Niederlage ein und gratulierte seinem Nachfolger."
A4 = "Dissanayake soll am Montag in Colombo vereidigt werden."
A5 = ("Der 55-Jährige forderte den Internationalen Währungsfonds (IWF) auf, die Bedingungen des 2,9 Milliarden "
      "Dollar schweren Hilfsprogramms neu zu verhandeln.")
A6 = "Das Abkommen sei »eine Last für die einfachen Leute«, sagte er vor Anhängern in Colombo."
A7 = ("Sri Lanka hatte 2022 als erstes Land der Region seit Jahrzehnten seine Auslandsschulden nicht mehr "
      "bedienen können.")
A8 = "Ein IWF-Sprecher erklärte in Washington, der Fonds sei zu Gesprächen mit der neuen Regierung bereit."
A9 = "Die mit der Vorgängerregierung vereinbarten Ziele werde man aber nicht aufschnüren, hieß es."
A10 = "Indiens Premierminister Narendra Modi gratulierte Dissanayake und lud ihn zu einem Besuch nach Neu-Delhi ein."
A11 = "Auch Peking sicherte der neuen Führung in Colombo seine Unterstützung zu."
A12 = ("Die Partei des unterlegenen Oppositionsführers Sajith Premadasa warf der Wahlkommission Unregelmäßigkeiten "
       "in mehreren Bezirken vor.")
A13 = "Die Kommission wies die Vorwürfe zurück."

DE01 = {
    "id": "hm161-de-01", "lang": "de", "url": None, "published": "2024-09-22",
    "title": "Linkspolitiker Dissanayake gewinnt Präsidentenwahl in Sri Lanka",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8, A9], [A10, A11, A12, A13]),
    "events": [
        event("CONCEDE", WICK, DISSA, A3, date="2024-09-22"),
        event("SUPPORT", WICK, DISSA, A3, date="2024-09-22"),
        event("REQUEST", DISSA, IMF, A5, mode="change"),
        event("ACCUSE", DISSA, IMF, A6, mode="disapprove", location="Colombo", location_country="LKA"),
        event("AGREE", IMFSP, GOVLKA, A8),
        event("REJECT", IMF, DISSA, A9, mode="change"),
        event("SUPPORT", MODI, DISSA, A10),
        event("AGREE", MODI, DISSA, A10),
        event("SUPPORT", CHINA, GOVLKA, A11),
        event("ACCUSE", SJB, ECSL, A12, mode="allege"),
    ],
    "quotes": [
        quote("eine Last für die einfachen Leute", "Anura Kumara Dissanayake", "direct"),
        quote("Das Abkommen sei »eine Last für die einfachen Leute«", "Anura Kumara Dissanayake", "indirect"),
        quote("der Fonds sei zu Gesprächen mit der neuen Regierung bereit", "IMF spokesperson", "indirect"),
        quote("Die mit der Vorgängerregierung vereinbarten Ziele werde man aber nicht aufschnüren",
              "International Monetary Fund", "indirect"),
    ],
    "entities": [
        entity("Anura Kumara Dissanayake", "PER", "LKA",
               ["Der Linkspolitiker Anura Kumara Dissanayake", "den Chef des Bündnisses Nationale Volksmacht (NPP)",
                "seinem Nachfolger", "Dissanayake", "Der 55-Jährige", "er", "ihn"]),
        entity("Ranil Wickremesinghe", "PER", "LKA", ["Amtsinhaber Ranil Wickremesinghe"]),
        entity("Sri Lanka", "GPE", "LKA", ["Sri Lanka"]),
        entity("Election Commission of Sri Lanka", "ORG", "LKA",
               ["Die Wahlkommission", "der Wahlkommission", "Die Kommission"]),
        entity("National People's Power (NPP)", "ORG", "LKA", ["Bündnisses Nationale Volksmacht (NPP)"]),
        entity("Colombo", "LOC", "LKA", ["Colombo"]),
        entity("International Monetary Fund", "ORG", "IGO",
               ["den Internationalen Währungsfonds (IWF)", "der Fonds"]),
        entity("IMF spokesperson", "PER", "IGO", ["Ein IWF-Sprecher"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Government of Sri Lanka", "ORG", "LKA", ["der neuen Regierung", "der neuen Führung in Colombo"]),
        entity("Narendra Modi", "PER", "IND", ["Indiens Premierminister Narendra Modi"]),
        entity("India", "GPE", "IND", ["Indiens"]),
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("China", "GPE", "CHN", ["Peking"]),
        entity("Sajith Premadasa", "PER", "LKA", ["Oppositionsführers Sajith Premadasa"]),
        entity("Samagi Jana Balawegaya (SJB)", "ORG", "LKA",
               ["Die Partei des unterlegenen Oppositionsführers Sajith Premadasa"]),
    ],
}

# ---------------------------------------------------------------- hm161-de-02 (Pakistan)
COURT = actor("Accountability Court", "PAK", "JUD")
KHAN = actor("Imran Khan", "PAK", "OPP")
BUSHRA = actor("Bushra Bibi", "PAK", "CVL")
POLPAK = actor("Pakistani police", "PAK", "COP")
NAB = actor("National Accountability Bureau (NAB)", "PAK", "GOV")
GOHAR = actor("Gohar Ali Khan", "PAK", "OPP")
GOVPAK = actor("Government of Pakistan", "PAK", "GOV")
TARAR = actor("Attaullah Tarar", "PAK", "GOV")
PTI = actor("Pakistan Tehreek-e-Insaf (PTI)", "PAK", "OPP")
ASIF = actor("Khawaja Asif", "PAK", "GOV")

B1 = ("Ein Antikorruptionsgericht in Pakistan hat den inhaftierten früheren Premierminister Imran Khan zu 14 Jahren "
      "Haft verurteilt.")
B2 = "Seine Ehefrau Bushra Bibi erhielt am Freitag im sogenannten Al-Qadir-Trust-Verfahren sieben Jahre Haft."
B3 = "Sie wurde noch im Gerichtssaal im Gefängnis Adiala in Rawalpindi festgenommen."
B4 = ("Die Antikorruptionsbehörde NAB wirft dem Paar vor, von einem Immobilienunternehmer als Gegenleistung für "
      "Gefälligkeiten Land für eine Universität erhalten zu haben.")
B5 = "Das Urteil sei »ein schwarzer Tag für die Justiz«, sagte PTI-Chef Gohar Ali Khan vor Journalisten."
B6 = ("Er warf der Regierung von Premierminister Shehbaz Sharif vor, Khan mit immer neuen Verfahren aus der Politik "
      "drängen zu wollen.")
B7 = "»Wir werden nicht aufgeben«, sagte Gohar, »wir werden auf der Straße und vor Gericht kämpfen.«"
B8 = "Informationsminister Attaullah Tarar wies den Vorwurf politischer Einflussnahme zurück."
B9 = "Khan habe sich »persönlich bereichert«, sagte er."
B10 = ("Regierung und PTI hatten erst Ende Dezember Gespräche über eine Entschärfung der politischen Krise "
       "aufgenommen.")
B11 = ("Die PTI fordert die Freilassung Khans sowie eine unabhängige Untersuchung der Gewalt bei Protesten im Mai "
       "2023 und im November 2024.")
B12 = "Eine Freilassung komme nicht infrage, sagte Verteidigungsminister Khawaja Asif dem Sender Geo News."
B13 = ("Sollte die PTI die Gespräche abbrechen, könnten erneut Zehntausende Anhänger nach Islamabad ziehen, schrieb "
       "die Zeitung »Dawn«.")
B14 = "Khan sitzt seit August 2023 in Haft."

DE02 = {
    "id": "hm161-de-02", "lang": "de", "url": None, "published": "2025-01-17",
    "title": "Vierzehn Jahre Haft für Imran Khan im Al-Qadir-Verfahren",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8, B9], [B10, B11, B12, B13, B14]),
    "events": [
        event("SANCTION", COURT, KHAN, B1, mode="convict", date="2025-01-17", location="Rawalpindi",
              location_country="PAK"),
        event("SANCTION", COURT, BUSHRA, B2, mode="convict", date="2025-01-17", location="Rawalpindi",
              location_country="PAK"),
        event("COERCE", POLPAK, BUSHRA, B3, mode="arrest", date="2025-01-17", location="Rawalpindi",
              location_country="PAK"),
        event("ACCUSE", NAB, KHAN, B4, mode="allege"),
        event("ACCUSE", NAB, BUSHRA, B4, mode="allege"),
        event("ACCUSE", GOHAR, COURT, B5, mode="disapprove"),
        event("ACCUSE", GOHAR, GOVPAK, B6, mode="allege"),
        event("THREATEN", GOHAR, GOVPAK, B7),
        event("ACCUSE", TARAR, KHAN, B9, mode="allege"),
        event("CONSULT", GOVPAK, PTI, B10),
        event("REQUEST", PTI, GOVPAK, B11, mode="yield"),
        event("REJECT", ASIF, PTI, B12, mode="yield"),
    ],
    "quotes": [
        quote("von einem Immobilienunternehmer als Gegenleistung für Gefälligkeiten Land für eine Universität "
              "erhalten zu haben", "National Accountability Bureau (NAB)", "indirect"),
        quote("ein schwarzer Tag für die Justiz", "Gohar Ali Khan", "direct"),
        quote("Das Urteil sei »ein schwarzer Tag für die Justiz«", "Gohar Ali Khan", "indirect"),
        quote("Khan mit immer neuen Verfahren aus der Politik drängen zu wollen", "Gohar Ali Khan", "indirect"),
        quote("Wir werden nicht aufgeben", "Gohar Ali Khan", "direct"),
        quote("wir werden auf der Straße und vor Gericht kämpfen", "Gohar Ali Khan", "direct"),
        quote("persönlich bereichert", "Attaullah Tarar", "direct"),
        quote("Khan habe sich »persönlich bereichert«", "Attaullah Tarar", "indirect"),
        quote("Eine Freilassung komme nicht infrage", "Khawaja Asif", "indirect"),
        quote("Sollte die PTI die Gespräche abbrechen, könnten erneut Zehntausende Anhänger nach Islamabad ziehen",
              "Dawn", "indirect"),
    ],
    "entities": [
        entity("Accountability Court", "ORG", "PAK", ["Ein Antikorruptionsgericht in Pakistan"]),
        entity("Pakistan", "GPE", "PAK", ["Pakistan"]),
        entity("Imran Khan", "PER", "PAK",
               ["den inhaftierten früheren Premierminister Imran Khan", "Khan", "Khans", "Seine"]),
        entity("Bushra Bibi", "PER", "PAK", ["Seine Ehefrau Bushra Bibi", "Sie"]),
        entity("Adiala Jail", "LOC", "PAK", ["Gefängnis Adiala"]),
        entity("Rawalpindi", "LOC", "PAK", ["Rawalpindi"]),
        entity("National Accountability Bureau (NAB)", "ORG", "PAK", ["Die Antikorruptionsbehörde NAB"]),
        entity("Gohar Ali Khan", "PER", "PAK", ["PTI-Chef Gohar Ali Khan", "Er", "Gohar"]),
        entity("Pakistan Tehreek-e-Insaf (PTI)", "ORG", "PAK", ["PTI", "Die PTI", "die PTI"]),
        entity("Government of Pakistan", "ORG", "PAK",
               ["der Regierung von Premierminister Shehbaz Sharif", "Regierung"]),
        entity("Shehbaz Sharif", "PER", "PAK", ["Premierminister Shehbaz Sharif"]),
        entity("Attaullah Tarar", "PER", "PAK", ["Informationsminister Attaullah Tarar", "er"]),
        entity("Khawaja Asif", "PER", "PAK", ["Verteidigungsminister Khawaja Asif"]),
        entity("Geo News", "ORG", "PAK", ["dem Sender Geo News"]),
        entity("Dawn", "ORG", "PAK", ["die Zeitung »Dawn«"]),
        entity("Islamabad", "LOC", "PAK", ["Islamabad"]),
    ],
}

# ---------------------------------------------------------------- hm161-de-03 (Kazakhstan)
TOKAYEV = actor("Kassym-Jomart Tokayev", "KAZ", "GOV")
VOTERS = actor("Kazakh voters", "KAZ", "CVL")
ROSATOM = actor("Rosatom", "RUS", "BUS")
CNNC = actor("China National Nuclear Corporation (CNNC)", "CHN", "BUS")
KHNP = actor("Korea Hydro & Nuclear Power (KHNP)", "KOR", "BUS")
EDF = actor("Électricité de France (EDF)", "FRA", "BUS")
GOVKAZ = actor("Government of Kazakhstan", "KAZ", "GOV")
ENVKAZ = actor("Kazakh environmentalists", "KAZ", "CVL")
POLALM = actor("Almaty police", "KAZ", "COP")
ACTKAZ = actor("Kazakh anti-nuclear activists", "KAZ", "CVL")
MVDKAZ = actor("Ministry of Internal Affairs of Kazakhstan", "KAZ", "GOV")
HRW = actor("Human Rights Watch", "NGO", "NGO")
AUTHKAZ = actor("Kazakh authorities", "KAZ", "GOV")

C1 = "Die Kasachen haben in einer Volksabstimmung den Bau des ersten Atomkraftwerks ihres Landes gebilligt."
C2 = "Nach Angaben der Zentralen Wahlkommission stimmten am Sonntag gut 71 Prozent der Teilnehmer mit Ja."
C3 = "Präsident Kassym-Schomart Tokajew sprach von einer »weisen Entscheidung« der Bürger."
C4 = "Er kündigte an, ein internationales Konsortium mit dem Bau zu beauftragen."
C5 = ("Als Favoriten gelten der russische Staatskonzern Rosatom und die chinesische CNNC, die beide Angebote "
      "vorgelegt haben.")
C6 = "Auch Südkoreas KHNP und der französische Energiekonzern EDF hatten Interesse bekundet."
C7 = ("Umweltschützer werfen der Regierung vor, die Risiken für den Balchaschsee zu verschweigen, an dessen Ufer das "
      "Kraftwerk entstehen soll.")
C8 = "Kasachstan ist der weltgrößte Uranproduzent, betreibt aber bislang kein eigenes Kernkraftwerk."
C9 = ("Die Polizei in Almaty nahm am Wahltag drei Aktivisten fest, die vor einem Wahllokal Plakate gegen das Projekt "
      "gezeigt hatten.")
C10 = "Das Innenministerium erklärte, die Männer hätten gegen das Versammlungsgesetz verstoßen."
C11 = "Die Organisation Human Rights Watch verlangte ihre sofortige Freilassung."
C12 = "Die Behörden hätten die drei bis Montagabend nicht freigelassen, sagte ihr Anwalt."

DE03 = {
    "id": "hm161-de-03", "lang": "de", "url": None, "published": "2024-10-07",
    "title": "Kasachstan stimmt für den Bau eines Atomkraftwerks",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8], [C9, C10, C11, C12]),
    "events": [
        event("SUPPORT", TOKAYEV, VOTERS, C3),
        event("AGREE", ROSATOM, GOVKAZ, C5),
        event("AGREE", CNNC, GOVKAZ, C5),
        event("AGREE", KHNP, GOVKAZ, C6),
        event("AGREE", EDF, GOVKAZ, C6),
        event("ACCUSE", ENVKAZ, GOVKAZ, C7, mode="allege"),
        event("COERCE", POLALM, ACTKAZ, C9, mode="arrest", date="2024-10-06", location="Almaty",
              location_country="KAZ"),
        event("PROTEST", ACTKAZ, GOVKAZ, C9, mode="demo", date="2024-10-06", location="Almaty",
              location_country="KAZ"),
        event("ACCUSE", MVDKAZ, ACTKAZ, C10, mode="allege"),
        event("REQUEST", HRW, GOVKAZ, C11, mode="yield"),
        event("RETREAT", AUTHKAZ, ACTKAZ, C12, mode="release", negated=True),
    ],
    "quotes": [
        quote("stimmten am Sonntag gut 71 Prozent der Teilnehmer mit Ja", "Central Election Commission of Kazakhstan",
              "indirect"),
        quote("weisen Entscheidung", "Kassym-Jomart Tokayev", "direct"),
        quote("ein internationales Konsortium mit dem Bau zu beauftragen", "Kassym-Jomart Tokayev", "indirect"),
        quote("die Risiken für den Balchaschsee zu verschweigen, an dessen Ufer das Kraftwerk entstehen soll",
              "Kazakh environmentalists", "indirect"),
        quote("die Männer hätten gegen das Versammlungsgesetz verstoßen", "Ministry of Internal Affairs of Kazakhstan",
              "indirect"),
        quote("Die Behörden hätten die drei bis Montagabend nicht freigelassen", "lawyer of the activists",
              "indirect"),
    ],
    "entities": [
        entity("Kazakh voters", "ORG", "KAZ", ["Die Kasachen", "der Bürger", "der Teilnehmer"]),
        entity("Kazakhstan", "GPE", "KAZ", ["Kasachstan", "ihres Landes"]),
        entity("Central Election Commission of Kazakhstan", "ORG", "KAZ", ["der Zentralen Wahlkommission"]),
        entity("Kassym-Jomart Tokayev", "PER", "KAZ", ["Präsident Kassym-Schomart Tokajew", "Er"]),
        entity("Rosatom", "ORG", "RUS", ["der russische Staatskonzern Rosatom"]),
        entity("China National Nuclear Corporation (CNNC)", "ORG", "CHN", ["die chinesische CNNC"]),
        entity("Korea Hydro & Nuclear Power (KHNP)", "ORG", "KOR", ["Südkoreas KHNP"]),
        entity("Électricité de France (EDF)", "ORG", "FRA", ["der französische Energiekonzern EDF"]),
        entity("Kazakh environmentalists", "ORG", "KAZ", ["Umweltschützer"]),
        entity("Government of Kazakhstan", "ORG", "KAZ", ["der Regierung"]),
        entity("Lake Balkhash", "LOC", "KAZ", ["den Balchaschsee"]),
        entity("Almaty police", "ORG", "KAZ", ["Die Polizei in Almaty"]),
        entity("Almaty", "LOC", "KAZ", ["Almaty"]),
        entity("Kazakh anti-nuclear activists", "ORG", "KAZ", ["drei Aktivisten", "die Männer", "die drei", "ihr"]),
        entity("Ministry of Internal Affairs of Kazakhstan", "ORG", "KAZ", ["Das Innenministerium"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Die Organisation Human Rights Watch"]),
        entity("Kazakh authorities", "ORG", "KAZ", ["Die Behörden"]),
        entity("lawyer of the activists", "PER", "KAZ", ["ihr Anwalt"]),
    ],
}

# ---------------------------------------------------------------- hm161-de-04 (G20 Rio)
G20 = actor("Group of Twenty (G20)", "IGO", "IGO")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
MILEI = actor("Javier Milei", "ARG", "GOV")
ARGPRES = actor("Office of the President of Argentina", "ARG", "GOV")
BRAZIL = actor("Brazil", "BRA", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
LAVROV = actor("Sergey Lavrov", "RUS", "GOV")
WEST = actor("Western countries", None, "GOV")
UKRAINE = actor("Ukraine", "UKR", "GOV")
STARMER = actor("Keir Starmer", "GBR", "GOV")
XI = actor("Xi Jinping", "CHN", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")
PROTRIO = actor("protesters in Rio de Janeiro", "BRA", "CVL")

D1 = "Die G20-Staaten haben sich bei ihrem Gipfel in Rio de Janeiro auf eine gemeinsame Abschlusserklärung geeinigt."
D2 = ("Darin fordern die führenden Industrie- und Schwellenländer eine umfassende Waffenruhe im Gazastreifen und im "
      "Libanon.")
D3 = ("„Hunger ist keine Folge von Knappheit, sondern von politischen Entscheidungen“, sagte Gastgeber Luiz Inácio "
      "Lula da Silva zur Eröffnung.")
D4 = "Argentiniens Präsident Javier Milei distanzierte sich von Teilen der Erklärung."
D5 = ("Seine Regierung lehne vor allem eine von Brasilien vorgeschlagene Mindeststeuer für Superreiche ab, teilte das "
      "Präsidialamt in Buenos Aires mit.")
D6 = "Kremlchef Wladimir Putin war wegen eines Haftbefehls des Internationalen Strafgerichtshofs nicht nach Rio gereist."
D7 = ("Der russische Außenminister Sergej Lawrow, der ihn vertrat, warf dem Westen vor, den Gipfel mit dem "
      "Ukraine-Krieg zu „politisieren“.")
D8 = "Die Ukraine bemängelte, die Erklärung nenne Russland nicht als Aggressor."
D9 = "Am Rande des Gipfels empfing Lula den britischen Premier Keir Starmer und Chinas Staatschef Xi Jinping."
D10 = ("US-Präsident Joe Biden hatte Brasilien bereits bei einem Besuch im Amazonasgebiet 50 Millionen Dollar für den "
       "Amazonienfonds zugesagt.")
D11 = "In der Innenstadt demonstrierten mehrere Tausend Menschen gegen die Klimapolitik der G20."
D12 = "Die Polizei meldete keine Zwischenfälle."
D13 = "Den G20-Vorsitz übernimmt am 1. Dezember Südafrika."

DE04 = {
    "id": "hm161-de-04", "lang": "de", "url": None, "published": "2024-11-19",
    "title": "G20-Gipfel in Rio einigt sich auf Abschlusserklärung",
    "text": paragraphs([D1, D2, D3], [D4, D5, D6, D7, D8], [D9, D10, D11, D12, D13]),
    "events": [
        event("AGREE", G20, None, D1, location="Rio de Janeiro", location_country="BRA"),
        event("REQUEST", G20, None, D2, mode="yield"),
        event("ACCUSE", MILEI, G20, D4, mode="disapprove"),
        event("REJECT", ARGPRES, BRAZIL, D5, mode="change"),
        event("CONSULT", PUTIN, BRAZIL, D6, mode="visit", location="Rio de Janeiro", location_country="BRA",
              negated=True),
        event("ACCUSE", LAVROV, WEST, D7, mode="allege"),
        event("ACCUSE", UKRAINE, G20, D8, mode="disapprove"),
        event("CONSULT", STARMER, LULA, D9, location="Rio de Janeiro", location_country="BRA"),
        event("CONSULT", XI, LULA, D9, location="Rio de Janeiro", location_country="BRA"),
        event("AGREE", BIDEN, BRAZIL, D10),
        event("CONSULT", BIDEN, BRAZIL, D10, mode="visit", location="Amazonas", location_country="BRA"),
        event("PROTEST", PROTRIO, G20, D11, mode="demo", location="Rio de Janeiro", location_country="BRA"),
    ],
    "quotes": [
        quote("Hunger ist keine Folge von Knappheit, sondern von politischen Entscheidungen",
              "Luiz Inácio Lula da Silva", "direct"),
        quote("Seine Regierung lehne vor allem eine von Brasilien vorgeschlagene Mindeststeuer für Superreiche ab",
              "Office of the President of Argentina", "indirect"),
        quote("politisieren", "Sergey Lavrov", "direct"),
        quote("den Gipfel mit dem Ukraine-Krieg zu „politisieren“", "Sergey Lavrov", "indirect"),
        quote("die Erklärung nenne Russland nicht als Aggressor", "Ukraine", "indirect"),
    ],
    "entities": [
        entity("Group of Twenty (G20)", "ORG", "IGO",
               ["Die G20-Staaten", "die führenden Industrie- und Schwellenländer", "der G20", "G20"]),
        entity("Rio de Janeiro", "LOC", "BRA", ["Rio de Janeiro", "Rio"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gazastreifen"]),
        entity("Lebanon", "GPE", "LBN", ["Libanon"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Gastgeber Luiz Inácio Lula da Silva", "Lula"]),
        entity("Javier Milei", "PER", "ARG", ["Argentiniens Präsident Javier Milei", "Seine"]),
        entity("Argentina", "GPE", "ARG", ["Argentiniens"]),
        entity("Office of the President of Argentina", "ORG", "ARG", ["das Präsidialamt in Buenos Aires"]),
        entity("Buenos Aires", "LOC", "ARG", ["Buenos Aires"]),
        entity("Brazil", "GPE", "BRA", ["Brasilien"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin", "ihn"]),
        entity("International Criminal Court", "ORG", "IGO", ["des Internationalen Strafgerichtshofs"]),
        entity("Sergey Lavrov", "PER", "RUS", ["Der russische Außenminister Sergej Lawrow"]),
        entity("Western countries", "ORG", None, ["dem Westen"]),
        entity("Ukraine", "GPE", "UKR", ["Die Ukraine"]),
        entity("Russia", "GPE", "RUS", ["Russland"]),
        entity("Keir Starmer", "PER", "GBR", ["den britischen Premier Keir Starmer"]),
        entity("Xi Jinping", "PER", "CHN", ["Chinas Staatschef Xi Jinping"]),
        entity("China", "GPE", "CHN", ["Chinas"]),
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden"]),
        entity("Amazon Fund", "ORG", "BRA", ["den Amazonienfonds"]),
        entity("Amazonas", "LOC", "BRA", ["Amazonasgebiet"]),
        entity("protesters in Rio de Janeiro", "ORG", "BRA", ["mehrere Tausend Menschen"]),
        entity("Rio de Janeiro police", "ORG", "BRA", ["Die Polizei"]),
        entity("South Africa", "GPE", "ZAF", ["Südafrika"]),
    ],
}

# ---------------------------------------------------------------- hm161-en-01 (Afghanistan)
TALIBAN = actor("Taliban", "AFG", "GOV")
AFGWOMEN = actor("Afghan women", "AFG", "CVL")
MOPH = actor("Ministry of Public Health of Afghanistan", "AFG", "GOV")
DIRECTORS = actor("directors of private medical institutes", "AFG", "CVL")
UNAMA = actor("UN Assistance Mission in Afghanistan (UNAMA)", "UNO", "IGO")
OTUN = actor("Roza Otunbayeva", "UNO", "IGO")
RASHID = actor("Rashid Khan", "AFG", "CVL")
STUDENTS = actor("Afghan female students", "AFG", "CVL")
EU = actor("European Union", "EUR", "IGO")

E1 = ("Afghanistan's Taliban authorities have ordered institutes training nurses and midwives to stop teaching women, "
      "according to health officials and students.")
E2 = ("Officials of the Ministry of Public Health told directors of private institutes in Kabul at a meeting on "
      "Monday that women's classes were suspended until further notice, two directors said.")
E3 = "A Taliban spokesman did not respond to a request for comment."
E4 = ("The U.N. Assistance Mission in Afghanistan (UNAMA) said it was “deeply concerned” and called on the de facto "
      "authorities to reverse the decision.")
E5 = ("“This ban will cost the lives of mothers and newborns,” said Roza Otunbayeva, the head of the mission, "
      "“and it has no basis in Islam.”")
E6 = "Afghanistan has one of the highest maternal mortality rates in the world."
E7 = ("Cricket star Rashid Khan urged the Taliban leadership on social media to reconsider, writing that the country "
      "needed “every qualified woman”.")
E8 = "Dozens of female students gathered outside an institute in Kabul on Tuesday to protest against the order."
E9 = "Taliban guards fired into the air to disperse them, two witnesses said."
E10 = "The European Union said the move would “further isolate” the Taliban and urged them to lift it."
E11 = "Aid groups warned that donors could cut funding for Afghan health programmes if the ban stood."
E12 = "Girls in Afghanistan have been unable to attend school beyond sixth grade since 2021."

EN01 = {
    "id": "hm161-en-01", "lang": "en", "url": None, "published": "2024-12-04",
    "title": "Taliban halt medical training for women, UN and EU object",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6, E7], [E8, E9, E10, E11, E12]),
    "events": [
        event("COERCE", TALIBAN, AFGWOMEN, E1, mode="restrict"),
        event("CONSULT", MOPH, DIRECTORS, E2, date="2024-12-02", location="Kabul", location_country="AFG"),
        event("COERCE", MOPH, AFGWOMEN, E2, mode="restrict", date="2024-12-02", location="Kabul",
              location_country="AFG"),
        event("ACCUSE", UNAMA, TALIBAN, E4, mode="disapprove"),
        event("REQUEST", UNAMA, TALIBAN, E4, mode="change"),
        event("ACCUSE", OTUN, TALIBAN, E5, mode="disapprove"),
        event("REQUEST", RASHID, TALIBAN, E7, mode="change"),
        event("PROTEST", STUDENTS, TALIBAN, E8, mode="demo", date="2024-12-03", location="Kabul",
              location_country="AFG"),
        event("ASSAULT", TALIBAN, STUDENTS, E9, mode="crowd-control", date="2024-12-03", location="Kabul",
              location_country="AFG"),
        event("ACCUSE", EU, TALIBAN, E10, mode="disapprove"),
        event("REQUEST", EU, TALIBAN, E10, mode="change"),
    ],
    "quotes": [
        quote("Afghanistan's Taliban authorities have ordered institutes training nurses and midwives to stop "
              "teaching women", "Afghan health officials", "indirect"),
        quote("that women's classes were suspended until further notice", "Ministry of Public Health of Afghanistan",
              "indirect"),
        quote("deeply concerned", "UN Assistance Mission in Afghanistan (UNAMA)", "direct"),
        quote("it was “deeply concerned”", "UN Assistance Mission in Afghanistan (UNAMA)", "indirect"),
        quote("This ban will cost the lives of mothers and newborns", "Roza Otunbayeva", "direct"),
        quote("and it has no basis in Islam", "Roza Otunbayeva", "direct"),
        quote("every qualified woman", "Rashid Khan", "direct"),
        quote("that the country needed “every qualified woman”", "Rashid Khan", "indirect"),
        quote("Taliban guards fired into the air to disperse them", "witnesses", "indirect"),
        quote("further isolate", "European Union", "direct"),
        quote("the move would “further isolate” the Taliban", "European Union", "indirect"),
        quote("that donors could cut funding for Afghan health programmes if the ban stood", "aid groups",
              "indirect"),
    ],
    "entities": [
        entity("Taliban", "ORG", "AFG",
               ["Afghanistan's Taliban authorities", "the de facto authorities", "the Taliban leadership",
                "the Taliban", "Taliban guards", "them"]),
        entity("Afghanistan", "GPE", "AFG", ["Afghanistan", "the country"]),
        entity("Ministry of Public Health of Afghanistan", "ORG", "AFG",
               ["Officials of the Ministry of Public Health", "the Ministry of Public Health"]),
        entity("directors of private medical institutes", "ORG", "AFG",
               ["directors of private institutes in Kabul", "two directors"]),
        entity("Kabul", "LOC", "AFG", ["Kabul"]),
        entity("Taliban spokesperson", "PER", "AFG", ["A Taliban spokesman"]),
        entity("UN Assistance Mission in Afghanistan (UNAMA)", "ORG", "UNO",
               ["The U.N. Assistance Mission in Afghanistan (UNAMA)", "the mission"]),
        entity("Roza Otunbayeva", "PER", "UNO", ["Roza Otunbayeva, the head of the mission"]),
        entity("Rashid Khan", "PER", "AFG", ["Cricket star Rashid Khan"]),
        entity("Afghan female students", "ORG", "AFG", ["Dozens of female students"]),
        entity("European Union", "ORG", "EUR", ["The European Union"]),
        entity("aid groups", "ORG", None, ["Aid groups"]),
    ],
}

# ---------------------------------------------------------------- hm161-en-02 (Samoa)
FIAME = actor("Fiamē Naomi Mata'afa", "WSM", "GOV")
MINISTERS = actor("FAST cabinet ministers", "WSM", "GOV")
FAST = actor("Fa'atuatua i le Atua Samoa ua Tasi (FAST)", "WSM", "PTY")
FASTSP = actor("FAST spokesperson", "WSM", "PTY")
LAAULI = actor("La'auli Leuatea Schmidt", "WSM", "PTY")
POLWSM = actor("Samoa Police Service", "WSM", "COP")
TUILA = actor("Tuilaepa Sailele Malielegaoi", "WSM", "OPP")
SUPPORTERS = actor("La'auli supporters", "WSM", "CVL")
PETERS = actor("Winston Peters", "NZL", "GOV")

F1 = ("Samoa's Prime Minister Fiamē Naomi Mata'afa sacked five cabinet ministers on Thursday, a week after her own "
      "party expelled her.")
F2 = "The ministers are loyal to La'auli Leuatea Schmidt, the chairman of the ruling FAST party."
F3 = "La'auli had demanded Fiamē's resignation, saying she had betrayed the party."
F4 = ("“I will not resign,” Fiamē told reporters in Apia, “and I will not be held hostage by one man's legal "
      "troubles.”")
F5 = "Police charged La'auli this month with several criminal offences, which he denies."
F6 = ("A FAST spokesman said the party would file a no-confidence motion against Fiamē when parliament resumes in "
      "February.")
F7 = ("Opposition leader Tuilaepa Sailele Malielegaoi said the government had lost its legitimacy and called for an "
      "early election.")
F8 = "The Pacific nation went through a months-long constitutional crisis after its 2021 election."
F9 = ("Several hundred La'auli supporters marched through Apia on Wednesday to demand the prime minister's "
      "resignation.")
F10 = "Police said the march was peaceful."
F11 = ("New Zealand's Foreign Minister Winston Peters, who spoke to Fiamē by phone, urged all sides to respect "
       "Samoa's constitution.")

EN02 = {
    "id": "hm161-en-02", "lang": "en", "url": None, "published": "2025-01-16",
    "title": "Samoa's prime minister sacks ministers after party expels her",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7, F8], [F9, F10, F11]),
    "events": [
        event("SANCTION", FIAME, MINISTERS, F1, mode="expel", date="2025-01-16"),
        event("SANCTION", FAST, FIAME, F1, mode="expel"),
        event("REQUEST", LAAULI, FIAME, F3, mode="change"),
        event("ACCUSE", LAAULI, FIAME, F3, mode="disapprove"),
        event("REJECT", FIAME, LAAULI, F4, mode="change", location="Apia", location_country="WSM"),
        event("ACCUSE", FIAME, LAAULI, F4, mode="disapprove", location="Apia", location_country="WSM"),
        event("ACCUSE", POLWSM, LAAULI, F5, mode="allege"),
        event("THREATEN", FASTSP, FIAME, F6),
        event("ACCUSE", TUILA, FIAME, F7, mode="disapprove"),
        event("REQUEST", TUILA, FIAME, F7, mode="change"),
        event("PROTEST", SUPPORTERS, FIAME, F9, mode="demo", date="2025-01-15", location="Apia",
              location_country="WSM"),
        event("CONSULT", PETERS, FIAME, F11, mode="phone"),
        event("REQUEST", PETERS, None, F11, mode="change"),
    ],
    "quotes": [
        quote("she had betrayed the party", "La'auli Leuatea Schmidt", "indirect"),
        quote("I will not resign", "Fiamē Naomi Mata'afa", "direct"),
        quote("and I will not be held hostage by one man's legal troubles", "Fiamē Naomi Mata'afa", "direct"),
        quote("the party would file a no-confidence motion against Fiamē when parliament resumes in February",
              "FAST spokesperson", "indirect"),
        quote("the government had lost its legitimacy", "Tuilaepa Sailele Malielegaoi", "indirect"),
        quote("the march was peaceful", "Samoa Police Service", "indirect"),
    ],
    "entities": [
        entity("Fiamē Naomi Mata'afa", "PER", "WSM",
               ["Samoa's Prime Minister Fiamē Naomi Mata'afa", "her", "Fiamē's", "she", "Fiamē",
                "the prime minister's"]),
        entity("Samoa", "GPE", "WSM", ["Samoa's", "The Pacific nation"]),
        entity("FAST cabinet ministers", "ORG", "WSM", ["five cabinet ministers", "The ministers"]),
        entity("Fa'atuatua i le Atua Samoa ua Tasi (FAST)", "ORG", "WSM",
               ["her own party", "the ruling FAST party", "the party"]),
        entity("La'auli Leuatea Schmidt", "PER", "WSM", ["La'auli Leuatea Schmidt", "La'auli", "he"]),
        entity("Apia", "LOC", "WSM", ["Apia"]),
        entity("Samoa Police Service", "ORG", "WSM", ["Police"]),
        entity("FAST spokesperson", "PER", "WSM", ["A FAST spokesman"]),
        entity("Legislative Assembly of Samoa", "ORG", "WSM", ["parliament"]),
        entity("Tuilaepa Sailele Malielegaoi", "PER", "WSM", ["Opposition leader Tuilaepa Sailele Malielegaoi"]),
        entity("Government of Samoa", "ORG", "WSM", ["the government"]),
        entity("La'auli supporters", "ORG", "WSM", ["Several hundred La'auli supporters"]),
        entity("Winston Peters", "PER", "NZL", ["New Zealand's Foreign Minister Winston Peters"]),
        entity("New Zealand", "GPE", "NZL", ["New Zealand's"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
