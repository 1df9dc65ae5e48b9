"""Round 279: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, invented wording and details):
- hm279-de-01: NATO: the Vilnius summit holds out membership to Ukraine without a timetable and drops the MAP; Zelensky calls it "absurd", Stoltenberg defends it, NATO-Ukraine Council agreed, Scholz pledges aid, Erdoğan agrees to send Sweden's protocol to parliament after meeting Stoltenberg and Kristersson, Peskov warns, Bundeswehr Patriots in Lithuania, pro-Ukraine rally (2023-07-11).
- hm279-de-02: Mexico: Claudia Sheinbaum wins the presidential election; Gálvez concedes, calls her and demands respect for the judiciary, accuses the government, López Obrador and Biden congratulate, the peso falls, Cotija mayor Yolanda Sánchez shot dead with her bodyguard, prosecutors investigate without arrests, the governor condemns (2024-06-03).
- hm279-de-03: Honduras: Tegucigalpa breaks with Taiwan and establishes relations with China; Reina and Qin Gang sign the communiqué in Beijing, Wu ends relations and accuses Castro's government, Tsai rejects dollar diplomacy, Qin praises, Castro's March announcement, Reina blames Taipei, the State Department criticises Beijing, Giammattei backs Taiwan, Beijing threatens over a Tsai-McCarthy meeting (2023-03-26).
- hm279-de-04: Cuba: protests over blackouts and food shortages in Santiago de Cuba; Beatriz Johnson talks to protesters and promises supplies, Díaz-Canel blames enemies abroad, police reinforced, Justicia 11J reports arrests, Fernández de Cossío summons U.S. chargé Ziff and accuses the embassy, the embassy's appeal, Patel blames Havana, the earlier WFP request (2024-03-18).
- hm279-en-01: United States: the House ousts Speaker Kevin McCarthy; eight Republicans and the Democrats vote for Gaetz's motion, Gaetz's accusations, Jeffries refuses to help, McCarthy had refused to ask Democrats, will not run again and blames Gaetz, Trump criticises the infighting, the White House urges a quick election (2023-10-03).
- hm279-en-02: G7: foreign ministers in Capri urge Israel and Iran to avoid a wider war after the Israeli strike near Isfahan; Tajani says Washington informed them late, the G7 condemn Iran's attack and threaten sanctions, U.S. and British sanctions, Blinken accuses China, Kuleba asks for Patriots, air-defence pledge, Amir-Abdollahian threatens Israel (2024-04-19).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm279-de-01 (NATO, Vilnius summit)
NATO = actor("NATO", "IGO", "IGO")
UKRAINE = actor("Ukraine", "UKR", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
SCHOLZ = actor("Olaf Scholz", "DEU", "GOV")
ERDOGAN = actor("Recep Tayyip Erdoğan", "TUR", "GOV")
STOLTENBERG = actor("Jens Stoltenberg", "IGO", "IGO")
KRISTERSSON = actor("Ulf Kristersson", "SWE", "GOV")
SWEDEN = actor("Sweden", "SWE", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
BUNDESWEHR = actor("Bundeswehr", "DEU", "MIL")
VILNIUS_DEMONSTRATORS = actor("demonstrators in Vilnius", "LTU", "CVL")

N1 = ("Vilnius (dpa) - Die Nato hat der Ukraine auf ihrem Gipfel in Vilnius eine Mitgliedschaft in Aussicht gestellt, "
      "aber keinen Zeitplan für den Beitritt genannt.")
N2 = ("Man werde die Ukraine zum Beitritt einladen, „wenn die Verbündeten zustimmen und die Bedingungen erfüllt sind“, "
      "heißt es in der Gipfelerklärung, die die 31 Staats- und Regierungschefs am Dienstag verabschiedeten.")
N3 = ("Zugleich verzichtete das Bündnis auf den sogenannten Aktionsplan zur Mitgliedschaft, den Kiew sonst vor einem "
      "Beitritt hätte durchlaufen müssen.")
N4 = ("Der ukrainische Präsident Wolodymyr Selenskyj hatte schon vor seiner Ankunft in der litauischen Hauptstadt "
      "scharfe Kritik an dem Entwurf geübt.")
N5 = ("Es sei „beispiellos und absurd“, dass weder für die Einladung noch für die Mitgliedschaft ein Zeitrahmen "
      "festgelegt werde, schrieb der 45-Jährige auf Twitter.")
N6 = "„Unsicherheit ist Schwäche“, fügte er hinzu."
N7 = ("Nato-Generalsekretär Jens Stoltenberg sprach dagegen von einer „starken, vereinten und klaren Botschaft“ an "
      "Kiew.")
N8 = "Noch nie sei die Ukraine dem Bündnis so nahe gewesen wie heute, sagte der Norweger."
N9 = "Die Alliierten beschlossen außerdem einen Nato-Ukraine-Rat, der am Mittwoch erstmals mit Selenskyj tagen soll."
N10 = ("Bundeskanzler Olaf Scholz kündigte in Vilnius weitere Militärhilfe für die Ukraine im Wert von fast 700 "
       "Millionen Euro an, darunter zwei Startgeräte für das Flugabwehrsystem Patriot und Schützenpanzer vom Typ "
       "Marder.")
N11 = "Bereits am Montagabend hatte es einen Durchbruch beim Nato-Beitritt Schwedens gegeben."
N12 = ("Der türkische Präsident Recep Tayyip Erdoğan sagte nach einem Treffen mit Stoltenberg und dem schwedischen "
       "Regierungschef Ulf Kristersson zu, das Beitrittsprotokoll so bald wie möglich dem Parlament in Ankara zur "
       "Ratifizierung vorzulegen.")
N13 = ("Kremlsprecher Dmitri Peskow warnte, eine Annäherung der Ukraine an das Bündnis werde „sehr negative Folgen“ "
       "für die Sicherheit in Europa haben, Moskau werde darauf „angemessen reagieren“.")
N14 = "Zum Schutz des Gipfels hatte die Bundeswehr Patriot-Flugabwehrsysteme nach Litauen verlegt."
N15 = ("In der Innenstadt demonstrierten am Dienstag Tausende Menschen mit blau-gelben Fahnen für eine rasche "
       "Aufnahme der Ukraine.")
N16 = "Der Gipfel endet am Mittwoch."

DE01 = {
    "id": "hm279-de-01", "lang": "de", "url": None, "published": "2023-07-11",
    "title": "Nato stellt Ukraine Beitritt in Aussicht - Selenskyj empört über fehlenden Zeitplan",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6], [N7, N8, N9, N10], [N11, N12], [N13, N14, N15, N16]),
    "events": [
        event("AGREE", NATO, UKRAINE, N1, location="Vilnius", location_country="LTU"),
        event("AGREE", NATO, UKRAINE, N2, date="2023-07-11", location="Vilnius", location_country="LTU"),
        event("CONCEDE", NATO, UKRAINE, N3),
        event("ACCUSE", ZELENSKY, NATO, N4, mode="disapprove"),
        event("ACCUSE", ZELENSKY, NATO, N5, mode="disapprove"),
        event("AGREE", NATO, UKRAINE, N9),
        event("AGREE", SCHOLZ, UKRAINE, N10, location="Vilnius", location_country="LTU"),
        event("CONSULT", ERDOGAN, STOLTENBERG, N12, date="2023-07-10", location="Vilnius", location_country="LTU"),
        event("CONSULT", ERDOGAN, KRISTERSSON, N12, date="2023-07-10", location="Vilnius", location_country="LTU"),
        event("AGREE", ERDOGAN, SWEDEN, N12, date="2023-07-10"),
        event("THREATEN", PESKOV, NATO, N13),
        event("MOBILIZE", BUNDESWEHR, None, N14, mode="weapons", location="Lithuania", location_country="LTU"),
        event("PROTEST", VILNIUS_DEMONSTRATORS, NATO, N15, mode="demo", date="2023-07-11", location="Vilnius",
              location_country="LTU"),
    ],
    "quotes": [
        quote("wenn die Verbündeten zustimmen und die Bedingungen erfüllt sind", "NATO", "direct"),
        quote("Man werde die Ukraine zum Beitritt einladen, „wenn die Verbündeten zustimmen und die Bedingungen "
              "erfüllt sind“", "NATO", "indirect"),
        quote("beispiellos und absurd", "Volodymyr Zelensky", "direct"),
        quote("Es sei „beispiellos und absurd“, dass weder für die Einladung noch für die Mitgliedschaft ein Zeitrahmen "
              "festgelegt werde", "Volodymyr Zelensky", "indirect"),
        quote("Unsicherheit ist Schwäche", "Volodymyr Zelensky", "direct"),
        quote("starken, vereinten und klaren Botschaft", "Jens Stoltenberg", "direct"),
        quote("Noch nie sei die Ukraine dem Bündnis so nahe gewesen wie heute", "Jens Stoltenberg", "indirect"),
        quote("das Beitrittsprotokoll so bald wie möglich dem Parlament in Ankara zur Ratifizierung vorzulegen",
              "Recep Tayyip Erdoğan", "indirect"),
        quote("sehr negative Folgen", "Dmitry Peskov", "direct"),
        quote("angemessen reagieren", "Dmitry Peskov", "direct"),
        quote("eine Annäherung der Ukraine an das Bündnis werde „sehr negative Folgen“ für die Sicherheit in Europa "
              "haben, Moskau werde darauf „angemessen reagieren“", "Dmitry Peskov", "indirect"),
    ],
    "entities": [
        entity("Vilnius", "LOC", "LTU", ["Vilnius", "der litauischen Hauptstadt", "der Innenstadt"]),
        entity("NATO", "ORG", "IGO", ["Die Nato", "das Bündnis", "dem Bündnis", "Nato"]),
        entity("NATO member states", "ORG", "IGO", ["die Verbündeten", "die 31 Staats- und Regierungschefs",
                                                    "Die Alliierten"]),
        entity("Ukraine", "LOC", "UKR", ["der Ukraine", "die Ukraine"]),
        entity("Government of Ukraine", "ORG", "UKR", ["Kiew"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Der ukrainische Präsident Wolodymyr Selenskyj", "der 45-Jährige",
                                                    "Selenskyj"]),
        entity("Twitter", "ORG", "MNC", ["Twitter"]),
        entity("Jens Stoltenberg", "PER", "IGO", ["Nato-Generalsekretär Jens Stoltenberg", "der Norweger",
                                                  "Stoltenberg"]),
        entity("NATO-Ukraine Council", "ORG", "IGO", ["Nato-Ukraine-Rat"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz"]),
        entity("Sweden", "LOC", "SWE", ["Schwedens"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["Der türkische Präsident Recep Tayyip Erdoğan"]),
        entity("Ulf Kristersson", "PER", "SWE", ["dem schwedischen Regierungschef Ulf Kristersson"]),
        entity("Grand National Assembly of Turkey", "ORG", "TUR", ["dem Parlament in Ankara"]),
        entity("Ankara", "LOC", "TUR", ["Ankara"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Europe", "LOC", None, ["Europa"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau"]),
        entity("Bundeswehr", "ORG", "DEU", ["die Bundeswehr"]),
        entity("Lithuania", "LOC", "LTU", ["Litauen"]),
        entity("demonstrators in Vilnius", "PER", "LTU", ["Tausende Menschen"]),
    ],
}

# ---------------------------------------------------------------- hm279-de-02 (Mexico, Sheinbaum elected)
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
GALVEZ = actor("Xóchitl Gálvez", "MEX", "OPP")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
AMLO = actor("Andrés Manuel López Obrador", "MEX", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")
COTIJA_GUNMEN = actor("gunmen who killed Yolanda Sánchez Figueroa", "MEX", "CVL")
SANCHEZ = actor("Yolanda Sánchez Figueroa", "MEX", "GOV")
SANCHEZ_GUARD = actor("bodyguard of Yolanda Sánchez Figueroa", "MEX", "CVL")
MICH_PROSECUTORS = actor("Michoacán State Prosecutor's Office", "MEX", "JUD")
RAMIREZ_BEDOLLA = actor("Alfredo Ramírez Bedolla", "MEX", "GOV")

M1 = ("Mexiko-Stadt (AFP) - Die Linkspolitikerin Claudia Sheinbaum hat die Präsidentenwahl in Mexiko mit großem "
      "Vorsprung gewonnen und wird als erste Frau das Land regieren.")
M2 = ("Nach der Schnellauszählung der Wahlbehörde INE kam die Kandidatin der Regierungspartei Morena auf rund 59 "
      "Prozent der Stimmen.")
M3 = ("Die Oppositionskandidatin Xóchitl Gálvez erreichte demnach etwa 27 Prozent, Jorge Álvarez Máynez von der "
      "Bürgerbewegung rund zehn Prozent.")
M4 = "„Ich werde euch nicht enttäuschen“, rief die 61-Jährige in der Nacht zum Montag Tausenden Anhängern auf dem Zócalo zu."
M5 = ("Sie werde für alle Mexikaner regieren, auch für jene, die nicht für sie gestimmt hätten, sagte die frühere "
      "Bürgermeisterin der Hauptstadt.")
M6 = "Gálvez räumte ihre Niederlage noch in der Nacht ein und sagte, sie habe Sheinbaum angerufen."
M7 = ("Zugleich forderte die frühere Senatorin die künftige Präsidentin auf, die Unabhängigkeit der Justiz und der "
      "Wahlbehörde zu respektieren.")
M8 = ("Gálvez warf der Regierung vor, die Wahl mit staatlichen Sozialprogrammen und Druck auf Wähler beeinflusst zu "
      "haben.")
M9 = ("Der scheidende Präsident Andrés Manuel López Obrador gratulierte seiner politischen Weggefährtin zu einem "
      "„historischen“ Sieg.")
M10 = "US-Präsident Joe Biden gratulierte Sheinbaum in einer Erklärung."
M11 = "Das Regierungsbündnis dürfte nach ersten Hochrechnungen auch eine Zweidrittelmehrheit im Abgeordnetenhaus erreichen."
M12 = ("An den Finanzmärkten löste das Sorgen vor einer Schwächung der Gewaltenteilung aus; der Peso verlor am Montag "
       "zeitweise mehr als vier Prozent gegenüber dem Dollar.")
M13 = "Überschattet wurde der Wahlsieg von neuer Gewalt."
M14 = ("Bewaffnete erschossen am Montag in der Kleinstadt Cotija im westlichen Bundesstaat Michoacán die "
       "Bürgermeisterin Yolanda Sánchez Figueroa und ihren Leibwächter.")
M15 = "Die Staatsanwaltschaft von Michoacán leitete Ermittlungen ein; Festnahmen gab es zunächst nicht."
M16 = "Gouverneur Alfredo Ramírez Bedolla verurteilte die Tat als „feigen Anschlag“."
M17 = ("Während des Wahlkampfs waren nach Zählungen von Forschern mehr als 30 Kandidatinnen und Kandidaten getötet "
       "worden.")
M18 = "Sheinbaum soll ihr Amt am 1. Oktober antreten."

DE02 = {
    "id": "hm279-de-02", "lang": "de", "url": None, "published": "2024-06-03",
    "title": "Claudia Sheinbaum wird erste Präsidentin Mexikos",
    "text": paragraphs([M1, M2, M3], [M4, M5], [M6, M7, M8], [M9, M10, M11, M12], [M13, M14, M15, M16, M17],
                       [M18]),
    "events": [
        event("CONCEDE", GALVEZ, SHEINBAUM, M6),
        event("CONSULT", GALVEZ, SHEINBAUM, M6, mode="phone"),
        event("REQUEST", GALVEZ, SHEINBAUM, M7, mode="change"),
        event("ACCUSE", GALVEZ, MEX_GOV, M8, mode="allege"),
        event("SUPPORT", AMLO, SHEINBAUM, M9),
        event("SUPPORT", BIDEN, SHEINBAUM, M10),
        event("ASSAULT", COTIJA_GUNMEN, SANCHEZ, M14, mode="firearms", date="2024-06-03", location="Cotija",
              location_country="MEX"),
        event("ASSAULT", COTIJA_GUNMEN, SANCHEZ_GUARD, M14, mode="firearms", date="2024-06-03", location="Cotija",
              location_country="MEX"),
        event("ACCUSE", MICH_PROSECUTORS, COTIJA_GUNMEN, M15, mode="investigate"),
        event("COERCE", MICH_PROSECUTORS, COTIJA_GUNMEN, M15, mode="arrest", negated=True),
        event("ACCUSE", RAMIREZ_BEDOLLA, COTIJA_GUNMEN, M16, mode="disapprove"),
    ],
    "quotes": [
        quote("Ich werde euch nicht enttäuschen", "Claudia Sheinbaum", "direct"),
        quote("Sie werde für alle Mexikaner regieren, auch für jene, die nicht für sie gestimmt hätten",
              "Claudia Sheinbaum", "indirect"),
        quote("sie habe Sheinbaum angerufen", "Xóchitl Gálvez", "indirect"),
        quote("die Wahl mit staatlichen Sozialprogrammen und Druck auf Wähler beeinflusst zu haben", "Xóchitl Gálvez",
              "indirect"),
        quote("historischen", "Andrés Manuel López Obrador", "direct"),
        quote("feigen Anschlag", "Alfredo Ramírez Bedolla", "direct"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt", "der Hauptstadt"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Die Linkspolitikerin Claudia Sheinbaum",
                                                   "die Kandidatin der Regierungspartei Morena", "die 61-Jährige",
                                                   "die frühere Bürgermeisterin der Hauptstadt", "Sheinbaum",
                                                   "die künftige Präsidentin", "seiner politischen Weggefährtin"]),
        entity("Mexico", "LOC", "MEX", ["Mexiko", "das Land"]),
        entity("supporters of Claudia Sheinbaum", "PER", "MEX", ["Tausenden Anhängern"]),
        entity("National Electoral Institute", "ORG", "MEX", ["der Wahlbehörde INE", "der Wahlbehörde"]),
        entity("Morena", "ORG", "MEX", ["der Regierungspartei Morena"]),
        entity("Sigamos Haciendo Historia", "ORG", "MEX", ["Das Regierungsbündnis"]),
        entity("Xóchitl Gálvez", "PER", "MEX", ["Die Oppositionskandidatin Xóchitl Gálvez", "Gálvez",
                                                "die frühere Senatorin"]),
        entity("Jorge Álvarez Máynez", "PER", "MEX", ["Jorge Álvarez Máynez"]),
        entity("Movimiento Ciudadano", "ORG", "MEX", ["der Bürgerbewegung"]),
        entity("Zócalo", "LOC", "MEX", ["dem Zócalo"]),
        entity("Government of Mexico", "ORG", "MEX", ["der Regierung"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX", ["Der scheidende Präsident Andrés Manuel López Obrador"]),
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden"]),
        entity("Chamber of Deputies of Mexico", "ORG", "MEX", ["Abgeordnetenhaus"]),
        entity("gunmen who killed Yolanda Sánchez Figueroa", "PER", "MEX", ["Bewaffnete"]),
        entity("Cotija", "LOC", "MEX", ["der Kleinstadt Cotija"]),
        entity("Michoacán", "LOC", "MEX", ["im westlichen Bundesstaat Michoacán", "Michoacán"]),
        entity("Yolanda Sánchez Figueroa", "PER", "MEX", ["die Bürgermeisterin Yolanda Sánchez Figueroa"]),
        entity("bodyguard of Yolanda Sánchez Figueroa", "PER", "MEX", ["ihren Leibwächter"]),
        entity("Michoacán State Prosecutor's Office", "ORG", "MEX", ["Die Staatsanwaltschaft von Michoacán"]),
        entity("Alfredo Ramírez Bedolla", "PER", "MEX", ["Gouverneur Alfredo Ramírez Bedolla"]),
    ],
}

# ---------------------------------------------------------------- hm279-de-03 (Honduras breaks with Taiwan)
HONDURAS = actor("Honduras", "HND", "GOV")
TAIWAN = actor("Taiwan", "TWN", "GOV")
CHINA = actor("China", "CHN", "GOV")
REINA = actor("Eduardo Enrique Reina", "HND", "GOV")
QIN_GANG = actor("Qin Gang", "CHN", "GOV")
JOSEPH_WU = actor("Joseph Wu", "TWN", "GOV")
HND_GOV = actor("Government of Honduras", "HND", "GOV")
TSAI = actor("Tsai Ing-wen", "TWN", "GOV")
CASTRO = actor("Xiomara Castro", "HND", "GOV")
US_STATE_DEPT = actor("U.S. Department of State", "USA", "GOV")
GIAMMATTEI = actor("Alejandro Giammattei", "GTM", "GOV")
USA = actor("United States", "USA", "GOV")

H1 = ("Tegucigalpa/Peking (dpa) - Honduras hat die diplomatischen Beziehungen zu Taiwan abgebrochen und offizielle "
      "Beziehungen zur Volksrepublik China aufgenommen.")
H2 = ("Die Außenminister beider Länder, Eduardo Enrique Reina und Qin Gang, unterzeichneten am Sonntag in Peking ein "
      "gemeinsames Kommuniqué.")
H3 = ("Darin erkennt Honduras an, dass es nur ein China gibt und Taiwan ein „unveräußerlicher Teil“ des chinesischen "
      "Territoriums ist.")
H4 = "Die Beziehungen zwischen Tegucigalpa und Taipeh hatten mehr als acht Jahrzehnte lang bestanden."
H5 = ("Taiwans Außenminister Joseph Wu gab in Taipeh bekannt, sein Land beende die Beziehungen zu Honduras mit "
      "sofortiger Wirkung, ziehe seinen Botschafter ab und schließe die Botschaft in Tegucigalpa.")
H6 = ("Wu warf der Regierung von Präsidentin Xiomara Castro vor, sie habe von Taiwan 2,5 Milliarden Dollar verlangt "
      "und dabei auf Angebote aus Peking verwiesen.")
H7 = ("„Taiwan wird sich nicht auf einen sinnlosen Wettbewerb in Dollar-Diplomatie mit China einlassen“, sagte "
      "Präsidentin Tsai Ing-wen in einer Videobotschaft.")
H8 = "Honduras habe die „richtige Wahl“ getroffen, sagte Qin nach der Unterzeichnung."
H9 = ("Castro hatte Mitte März auf Twitter mitgeteilt, sie habe Reina angewiesen, offizielle Beziehungen zu China "
      "aufzunehmen.")
H10 = ("Reina begründete den Schritt mit der hohen Verschuldung seines Landes; Taiwan habe eine Bitte um Umschuldung "
       "von rund 600 Millionen Dollar nicht beantwortet.")
H11 = "Das US-Außenministerium erklärte, China mache oft Versprechungen, die es am Ende nicht einhalte."
H12 = "Guatemalas Präsident Alejandro Giammattei bekräftigte dagegen, sein Land stehe fest an der Seite Taiwans."
H13 = ("Honduras ist seit 2017 das fünfte Land in Mittelamerika und der Karibik, das sich von Taipeh abwendet; Taiwan "
       "wird nur noch von 13 Staaten diplomatisch anerkannt.")
H14 = "Die Volksrepublik betrachtet die demokratisch regierte Insel als Teil ihres Territoriums."
H15 = ("Peking drohte mit Gegenmaßnahmen, sollte Tsai auf ihrer am Mittwoch beginnenden Reise nach Guatemala und "
       "Belize bei einem Zwischenstopp in den USA den Vorsitzenden des Repräsentantenhauses, Kevin McCarthy, treffen.")

DE03 = {
    "id": "hm279-de-03", "lang": "de", "url": None, "published": "2023-03-26",
    "title": "Honduras bricht mit Taiwan und nimmt Beziehungen zu China auf",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7], [H8, H9, H10], [H11, H12, H13, H14], [H15]),
    "events": [
        event("SANCTION", HONDURAS, TAIWAN, H1, mode="discontinue"),
        event("SUPPORT", HONDURAS, CHINA, H1),
        event("SUPPORT", REINA, QIN_GANG, H2, date="2023-03-26", location="Beijing", location_country="CHN"),
        event("CONSULT", REINA, QIN_GANG, H2, mode="visit", date="2023-03-26", location="Beijing",
              location_country="CHN"),
        event("SUPPORT", HONDURAS, CHINA, H3),
        event("SANCTION", JOSEPH_WU, HONDURAS, H5, mode="discontinue", location="Taipei", location_country="TWN"),
        event("ACCUSE", JOSEPH_WU, HND_GOV, H6, mode="allege"),
        event("REJECT", TSAI, HND_GOV, H7, mode="assist"),
        event("SUPPORT", QIN_GANG, HONDURAS, H8, location="Beijing", location_country="CHN"),
        event("AGREE", CASTRO, CHINA, H9),
        event("ACCUSE", REINA, TAIWAN, H10, mode="disapprove"),
        event("ACCUSE", US_STATE_DEPT, CHINA, H11, mode="disapprove"),
        event("SUPPORT", GIAMMATTEI, TAIWAN, H12),
        event("THREATEN", CHINA, USA, H15),
    ],
    "quotes": [
        quote("unveräußerlicher Teil", "Government of Honduras", "direct"),
        quote("es nur ein China gibt und Taiwan ein „unveräußerlicher Teil“ des chinesischen Territoriums ist",
              "Government of Honduras", "indirect"),
        quote("sein Land beende die Beziehungen zu Honduras mit sofortiger Wirkung, ziehe seinen Botschafter ab und "
              "schließe die Botschaft in Tegucigalpa", "Joseph Wu", "indirect"),
        quote("sie habe von Taiwan 2,5 Milliarden Dollar verlangt und dabei auf Angebote aus Peking verwiesen",
              "Joseph Wu", "indirect"),
        quote("Taiwan wird sich nicht auf einen sinnlosen Wettbewerb in Dollar-Diplomatie mit China einlassen",
              "Tsai Ing-wen", "direct"),
        quote("richtige Wahl", "Qin Gang", "direct"),
        quote("Honduras habe die „richtige Wahl“ getroffen", "Qin Gang", "indirect"),
        quote("sie habe Reina angewiesen, offizielle Beziehungen zu China aufzunehmen", "Xiomara Castro", "indirect"),
        quote("Taiwan habe eine Bitte um Umschuldung von rund 600 Millionen Dollar nicht beantwortet",
              "Eduardo Enrique Reina", "indirect"),
        quote("China mache oft Versprechungen, die es am Ende nicht einhalte", "U.S. Department of State",
              "indirect"),
        quote("sein Land stehe fest an der Seite Taiwans", "Alejandro Giammattei", "indirect"),
    ],
    "entities": [
        entity("Tegucigalpa", "LOC", "HND", ["Tegucigalpa"]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Honduras", "LOC", "HND", ["Honduras", "seines Landes"]),
        entity("Taiwan", "LOC", "TWN", ["Taiwan", "Taiwans", "die demokratisch regierte Insel"]),
        entity("China", "LOC", "CHN", ["Volksrepublik China", "China", "Die Volksrepublik"]),
        entity("Eduardo Enrique Reina", "PER", "HND", ["Eduardo Enrique Reina", "Reina"]),
        entity("Qin Gang", "PER", "CHN", ["Qin Gang", "Qin"]),
        entity("Taipei", "LOC", "TWN", ["Taipeh"]),
        entity("Joseph Wu", "PER", "TWN", ["Taiwans Außenminister Joseph Wu", "Wu"]),
        entity("Embassy of Taiwan in Tegucigalpa", "ORG", "TWN", ["die Botschaft in Tegucigalpa"]),
        entity("Government of Honduras", "ORG", "HND", ["der Regierung von Präsidentin Xiomara Castro"]),
        entity("Xiomara Castro", "PER", "HND", ["Präsidentin Xiomara Castro", "Castro"]),
        entity("Tsai Ing-wen", "PER", "TWN", ["Präsidentin Tsai Ing-wen", "Tsai"]),
        entity("Twitter", "ORG", "MNC", ["Twitter"]),
        entity("U.S. Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Alejandro Giammattei", "PER", "GTM", ["Guatemalas Präsident Alejandro Giammattei"]),
        entity("Guatemala", "LOC", "GTM", ["Guatemalas", "Guatemala"]),
        entity("Central America", "LOC", None, ["Mittelamerika"]),
        entity("Caribbean", "LOC", None, ["der Karibik"]),
        entity("Belize", "LOC", "BLZ", ["Belize"]),
        entity("United States", "LOC", "USA", ["den USA"]),
        entity("U.S. House of Representatives", "ORG", "USA", ["des Repräsentantenhauses"]),
        entity("Kevin McCarthy", "PER", "USA", ["den Vorsitzenden des Repräsentantenhauses, Kevin McCarthy"]),
    ],
}

# ---------------------------------------------------------------- hm279-de-04 (Cuba, Santiago protests)
CUBAN_PROTESTERS = actor("Cuban protesters", "CUB", "CVL")
CUB_GOV = actor("Government of Cuba", "CUB", "GOV")
BEATRIZ_JOHNSON = actor("Beatriz Johnson", "CUB", "PTY")
DIAZ_CANEL = actor("Miguel Díaz-Canel", "CUB", "GOV")
CUB_OPP_ABROAD = actor("opponents of the Cuban government abroad", "CUB", "OPP")
CUB_POLICE = actor("Cuban police", "CUB", "COP")
JUSTICIA_11J = actor("Justicia 11J", "CUB", "NGO")
FERNANDEZ_DE_COSSIO = actor("Carlos Fernández de Cossío", "CUB", "GOV")
ZIFF = actor("Benjamin Ziff", "USA", "GOV")
US_EMBASSY_HAVANA = actor("U.S. Embassy in Havana", "USA", "GOV")
PATEL = actor("Vedant Patel", "USA", "GOV")
WFP = actor("World Food Programme", "UNO", "IGO")

C1 = ("Havanna (AFP) - In Kuba sind Hunderte Menschen aus Protest gegen lange Stromausfälle und Lebensmittelknappheit "
      "auf die Straße gegangen.")
C2 = ("In Santiago de Cuba, der zweitgrößten Stadt des Landes, zogen Demonstranten am Sonntagabend mit Rufen wie "
      "„Strom und Essen“ durch mehrere Viertel.")
C3 = ("Die Erste Sekretärin der Kommunistischen Partei in der Provinz Santiago, Beatriz Johnson, sprach vor dem "
      "Parteisitz mit den Protestierenden und versprach eine bessere Versorgung mit Reis und Milch.")
C4 = ("Staatschef Miguel Díaz-Canel räumte auf der Plattform X ein, mehrere Menschen hätten ihre Unzufriedenheit mit "
      "der Stromversorgung und der Verteilung von Lebensmitteln geäußert.")
C5 = ("Der 63-Jährige warf zugleich „Feinden der Revolution“ im Ausland vor, die Lage für destabilisierende Zwecke "
      "auszunutzen.")
C6 = "Die Polizei zog in Santiago zusätzliche Einheiten zusammen."
C7 = "Die Menschenrechtsgruppe Justicia 11J berichtete von mindestens sechs Festnahmen."
C8 = ("Vizeaußenminister Carlos Fernández de Cossío bestellte am Montag den Geschäftsträger der US-Botschaft in "
      "Havanna, Benjamin Ziff, ein.")
C9 = "Er warf der Botschaft eine „interventionistische Haltung“ und „verleumderische Botschaften“ vor."
C10 = ("Die Botschaft hatte am Sonntag erklärt, sie verfolge die Berichte über friedliche Proteste, und die kubanische "
       "Regierung aufgefordert, die Rechte der Demonstranten zu achten.")
C11 = ("Der stellvertretende Sprecher des US-Außenministeriums, Vedant Patel, nannte die Vorwürfe „absurd“ und machte "
       "jahrzehntelange Misswirtschaft der kubanischen Führung für die Not verantwortlich.")
C12 = ("Kuba erlebt die schwerste Wirtschaftskrise seit Jahrzehnten; wegen Treibstoffmangels und veralteter "
       "Kraftwerke fällt in vielen Provinzen täglich stundenlang der Strom aus.")
C13 = ("Die Regierung hatte im Februar erstmals das Welternährungsprogramm der Vereinten Nationen um Hilfe bei der "
       "Versorgung von Kindern mit Milchpulver gebeten.")
C14 = "Es waren die größten Proteste seit den landesweiten Kundgebungen vom Juli 2021."
C15 = "Nach Angaben von Bewohnern war die Lage in Santiago am Montag ruhig."

DE04 = {
    "id": "hm279-de-04", "lang": "de", "url": None, "published": "2024-03-18",
    "title": "Proteste gegen Stromausfälle und Hunger in Kuba - Havanna bestellt US-Diplomaten ein",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6, C7], [C8, C9, C10, C11], [C12, C13, C14, C15]),
    "events": [
        event("PROTEST", CUBAN_PROTESTERS, CUB_GOV, C1, mode="demo", location_country="CUB"),
        event("PROTEST", CUBAN_PROTESTERS, CUB_GOV, C2, mode="demo", date="2024-03-17", location="Santiago de Cuba",
              location_country="CUB"),
        event("CONSULT", BEATRIZ_JOHNSON, CUBAN_PROTESTERS, C3, location="Santiago de Cuba", location_country="CUB"),
        event("CONCEDE", BEATRIZ_JOHNSON, CUBAN_PROTESTERS, C3),
        event("ACCUSE", DIAZ_CANEL, CUB_OPP_ABROAD, C5, mode="allege"),
        event("MOBILIZE", CUB_POLICE, None, C6, mode="police", location="Santiago de Cuba", location_country="CUB"),
        event("ACCUSE", JUSTICIA_11J, CUB_POLICE, C7, mode="allege"),
        event("ACCUSE", FERNANDEZ_DE_COSSIO, ZIFF, C8, mode="disapprove", date="2024-03-18", location="Havana",
              location_country="CUB"),
        event("ACCUSE", FERNANDEZ_DE_COSSIO, US_EMBASSY_HAVANA, C9, mode="disapprove"),
        event("REQUEST", US_EMBASSY_HAVANA, CUB_GOV, C10, mode="change", date="2024-03-17"),
        event("ACCUSE", PATEL, CUB_GOV, C11, mode="disapprove"),
        event("REQUEST", CUB_GOV, WFP, C13, mode="assist"),
    ],
    "quotes": [
        quote("Strom und Essen", "Cuban protesters", "direct"),
        quote("mehrere Menschen hätten ihre Unzufriedenheit mit der Stromversorgung und der Verteilung von "
              "Lebensmitteln geäußert", "Miguel Díaz-Canel", "indirect"),
        quote("Feinden der Revolution", "Miguel Díaz-Canel", "direct"),
        quote("die Lage für destabilisierende Zwecke auszunutzen", "Miguel Díaz-Canel", "indirect"),
        quote("interventionistische Haltung", "Carlos Fernández de Cossío", "direct"),
        quote("verleumderische Botschaften", "Carlos Fernández de Cossío", "direct"),
        quote("sie verfolge die Berichte über friedliche Proteste", "U.S. Embassy in Havana", "indirect"),
        quote("absurd", "Vedant Patel", "direct"),
        quote("war die Lage in Santiago am Montag ruhig", "residents of Santiago de Cuba", "indirect"),
    ],
    "entities": [
        entity("Havana", "LOC", "CUB", ["Havanna"]),
        entity("Cuba", "LOC", "CUB", ["Kuba", "des Landes"]),
        entity("Cuban protesters", "PER", "CUB", ["Hunderte Menschen", "Demonstranten", "den Protestierenden"]),
        entity("Santiago de Cuba", "LOC", "CUB", ["Santiago de Cuba", "der zweitgrößten Stadt des Landes",
                                                  "Santiago"]),
        entity("Communist Party of Cuba", "ORG", "CUB", ["der Kommunistischen Partei"]),
        entity("Santiago de Cuba Province", "LOC", "CUB", ["der Provinz Santiago"]),
        entity("Communist Party headquarters in Santiago de Cuba", "LOC", "CUB", ["dem Parteisitz"]),
        entity("Beatriz Johnson", "PER", "CUB", ["Die Erste Sekretärin der Kommunistischen Partei in der Provinz "
                                                 "Santiago, Beatriz Johnson"]),
        entity("Miguel Díaz-Canel", "PER", "CUB", ["Staatschef Miguel Díaz-Canel", "Der 63-Jährige"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("opponents of the Cuban government abroad", "ORG", "CUB", ["Feinden der Revolution"]),
        entity("Cuban police", "ORG", "CUB", ["Die Polizei"]),
        entity("Justicia 11J", "ORG", "CUB", ["Die Menschenrechtsgruppe Justicia 11J"]),
        entity("Carlos Fernández de Cossío", "PER", "CUB", ["Vizeaußenminister Carlos Fernández de Cossío"]),
        entity("Benjamin Ziff", "PER", "USA", ["den Geschäftsträger der US-Botschaft in Havanna, Benjamin Ziff"]),
        entity("U.S. Embassy in Havana", "ORG", "USA", ["der US-Botschaft in Havanna", "der Botschaft",
                                                        "Die Botschaft"]),
        entity("Government of Cuba", "ORG", "CUB", ["die kubanische Regierung", "der kubanischen Führung",
                                                    "Die Regierung"]),
        entity("Vedant Patel", "PER", "USA", ["Der stellvertretende Sprecher des US-Außenministeriums, Vedant Patel"]),
        entity("U.S. Department of State", "ORG", "USA", ["des US-Außenministeriums"]),
        entity("World Food Programme", "ORG", "UNO", ["das Welternährungsprogramm der Vereinten Nationen"]),
        entity("United Nations", "ORG", "UNO", ["der Vereinten Nationen"]),
        entity("residents of Santiago de Cuba", "PER", "CUB", ["Bewohnern"]),
    ],
}

# ---------------------------------------------------------------- hm279-en-01 (United States, McCarthy ousted)
US_HOUSE = actor("U.S. House of Representatives", "USA", "LEG")
MCCARTHY = actor("Kevin McCarthy", "USA", "LEG")
GOP_HARDLINERS = actor("eight hardline House Republicans", "USA", "LEG")
HOUSE_DEMS = actor("House Democrats", "USA", "LEG")
GAETZ = actor("Matt Gaetz", "USA", "LEG")
JEFFRIES = actor("Hakeem Jeffries", "USA", "LEG")
GOP_LEADERS = actor("House Republican leaders", "USA", "LEG")
HOUSE_GOP = actor("House Republicans", "USA", "LEG")
TRUMP = actor("Donald Trump", "USA", "PTY")

E1 = ("WASHINGTON, Oct 3 (Reuters) - The U.S. House of Representatives voted on Tuesday to remove Republican Kevin "
      "McCarthy as speaker, the first time in U.S. history that the chamber has ousted its leader.")
E2 = ("Eight hardline Republicans joined 208 Democrats to pass the motion by 216 votes to 210, in a rebellion led by "
      "Representative Matt Gaetz of Florida.")
E3 = ('Gaetz had filed the motion to vacate the chair late on Monday, accusing McCarthy of breaking promises to '
      'conservatives and of striking a "secret side deal" with President Joe Biden on aid for Ukraine.')
E4 = ("The revolt was triggered by McCarthy's decision on Saturday to rely on Democratic votes to pass a 45-day "
      "stopgap funding bill that averted a government shutdown but left out new money for Kyiv.")
E5 = ('Hakeem Jeffries, the top House Democrat, said his party would not provide the votes to save McCarthy and '
      'accused Republican leaders of failing to break with "MAGA extremism" in their ranks.')
E6 = "McCarthy had said on Monday that he would not ask Democrats for help to keep his job."
E7 = ("Representative Patrick McHenry of North Carolina, a close McCarthy ally, was named speaker pro tempore and "
      "quickly recessed the House.")
E8 = ("After a closed-door meeting of Republican lawmakers, McCarthy told reporters he would not run for the post "
      "again.")
E9 = '"I may have lost a vote today, but I fought for what I believe in," the 58-year-old Californian said.'
E10 = ("He blamed Gaetz, saying the Florida congressman had acted out of personal anger over a House Ethics Committee "
       "investigation into his conduct.")
E11 = ('Former President Donald Trump, the front-runner for the 2024 Republican presidential nomination, criticized '
       'the infighting, writing on social media: "Why is it that Republicans are always fighting among themselves?"')
E12 = ('White House press secretary Karine Jean-Pierre said Biden hoped the House would "quickly elect a speaker" so '
       "that lawmakers could turn to the country's pressing challenges.")
E13 = ("The House cannot pass legislation until a new speaker is chosen, and Republicans planned to hold a candidate "
       "forum next Tuesday.")
E14 = ("Majority Leader Steve Scalise and Judiciary Committee Chairman Jim Jordan were widely seen as possible "
       "successors.")
E15 = ("Supporters of Ukraine in both parties warned that the turmoil could further delay new military and economic "
       "aid for Kyiv.")

EN01 = {
    "id": "hm279-en-01", "lang": "en", "url": None, "published": "2023-10-03",
    "title": "U.S. House ousts McCarthy as speaker in historic vote",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7], [E8, E9, E10], [E11, E12], [E13, E14, E15]),
    "events": [
        event("SANCTION", US_HOUSE, MCCARTHY, E1, date="2023-10-03", location="Washington", location_country="USA"),
        event("SANCTION", GOP_HARDLINERS, MCCARTHY, E2),
        event("SANCTION", HOUSE_DEMS, MCCARTHY, E2),
        event("REQUEST", GAETZ, US_HOUSE, E3, mode="change", date="2023-10-02"),
        event("ACCUSE", GAETZ, MCCARTHY, E3, mode="allege"),
        event("REJECT", JEFFRIES, MCCARTHY, E5, mode="assist"),
        event("ACCUSE", JEFFRIES, GOP_LEADERS, E5, mode="disapprove"),
        event("REQUEST", MCCARTHY, HOUSE_DEMS, E6, mode="assist", negated=True),
        event("CONCEDE", MCCARTHY, None, E8),
        event("ACCUSE", MCCARTHY, GAETZ, E10, mode="allege"),
        event("ACCUSE", TRUMP, HOUSE_GOP, E11, mode="disapprove"),
        event("REQUEST", BIDEN, US_HOUSE, E12, mode="change"),
    ],
    "quotes": [
        quote("secret side deal", "Matt Gaetz", "direct"),
        quote("his party would not provide the votes to save McCarthy", "Hakeem Jeffries", "indirect"),
        quote("MAGA extremism", "Hakeem Jeffries", "direct"),
        quote("he would not ask Democrats for help to keep his job", "Kevin McCarthy", "indirect"),
        quote("he would not run for the post again", "Kevin McCarthy", "indirect"),
        quote("I may have lost a vote today, but I fought for what I believe in", "Kevin McCarthy", "direct"),
        quote("the Florida congressman had acted out of personal anger over a House Ethics Committee investigation "
              "into his conduct", "Kevin McCarthy", "indirect"),
        quote("Why is it that Republicans are always fighting among themselves?", "Donald Trump", "direct"),
        quote("quickly elect a speaker", "Karine Jean-Pierre", "direct"),
        quote('Biden hoped the House would "quickly elect a speaker" so that lawmakers could turn to the country\'s '
              'pressing challenges', "Karine Jean-Pierre", "indirect"),
        quote("the turmoil could further delay new military and economic aid for Kyiv",
              "supporters of Ukraine in Congress", "indirect"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["WASHINGTON"]),
        entity("U.S. House of Representatives", "ORG", "USA", ["The U.S. House of Representatives", "the chamber",
                                                               "the House", "The House"]),
        entity("Kevin McCarthy", "PER", "USA", ["Republican Kevin McCarthy", "McCarthy",
                                                "the 58-year-old Californian"]),
        entity("eight hardline House Republicans", "ORG", "USA", ["Eight hardline Republicans"]),
        entity("House Democrats", "ORG", "USA", ["208 Democrats", "Democrats", "his party"]),
        entity("Matt Gaetz", "PER", "USA", ["Representative Matt Gaetz of Florida", "Gaetz",
                                            "the Florida congressman"]),
        entity("Florida", "LOC", "USA", ["Florida"]),
        entity("Joe Biden", "PER", "USA", ["President Joe Biden", "Biden"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
        entity("Government of Ukraine", "ORG", "UKR", ["Kyiv"]),
        entity("Hakeem Jeffries", "PER", "USA", ["Hakeem Jeffries", "the top House Democrat"]),
        entity("House Republican leaders", "ORG", "USA", ["Republican leaders"]),
        entity("Patrick McHenry", "PER", "USA", ["Representative Patrick McHenry of North Carolina",
                                                 "a close McCarthy ally"]),
        entity("North Carolina", "LOC", "USA", ["North Carolina"]),
        entity("House Republicans", "ORG", "USA", ["conservatives", "Republican lawmakers", "Republicans"]),
        entity("House Ethics Committee", "ORG", "USA", ["House Ethics Committee"]),
        entity("Donald Trump", "PER", "USA", ["Former President Donald Trump",
                                              "the front-runner for the 2024 Republican presidential nomination"]),
        entity("White House", "ORG", "USA", ["White House"]),
        entity("Karine Jean-Pierre", "PER", "USA", ["White House press secretary Karine Jean-Pierre"]),
        entity("United States", "LOC", "USA", ["the country"]),
        entity("Steve Scalise", "PER", "USA", ["Majority Leader Steve Scalise"]),
        entity("Jim Jordan", "PER", "USA", ["Judiciary Committee Chairman Jim Jordan"]),
        entity("House Judiciary Committee", "ORG", "USA", ["Judiciary Committee"]),
        entity("supporters of Ukraine in Congress", "PER", "USA", ["Supporters of Ukraine in both parties"]),
    ],
}

# ---------------------------------------------------------------- hm279-en-02 (G7, Capri foreign ministers)
G7_FMS = actor("G7 foreign ministers", "IGO", "IGO")
ISRAEL = actor("Israel", "ISR", "GOV")
IRAN = actor("Iran", "IRN", "GOV")
ISR_MIL = actor("Israeli military", "ISR", "MIL")
UK = actor("United Kingdom", "GBR", "GOV")
IRN_DRONE_MAKERS = actor("Iranian drone and missile producers", "IRN", "BUS")
BLINKEN = actor("Antony Blinken", "USA", "GOV")
KULEBA = actor("Dmytro Kuleba", "UKR", "GOV")
AMIR_ABDOLLAHIAN = actor("Hossein Amir-Abdollahian", "IRN", "GOV")

G1 = ("CAPRI, Italy, April 19 (Reuters) - Foreign ministers of the Group of Seven urged Israel and Iran on Friday to "
      "step back from a wider war, hours after an Israeli strike near the central Iranian city of Isfahan.")
G2 = "Iranian officials played down the incident, and Israel did not comment."
G3 = ('Italian Foreign Minister Antonio Tajani, who hosted the three-day meeting on the island, said Washington had '
      'told its G7 partners about the strike "at the last minute" and that this was information, not approval.')
G4 = ("In a joint statement, the ministers condemned Iran's drone and missile attack on Israel last weekend \"in the "
      "strongest terms\" and said they stood ready to adopt further sanctions against Tehran.")
G5 = ("The United States and Britain on Thursday imposed sanctions on more than two dozen people and companies "
      "linked to Iran's drone and missile production.")
G6 = ('U.S. Secretary of State Antony Blinken declined to discuss the strike, saying only that the United States had '
      '"not been involved in any offensive operations" and was focused on de-escalation.')
G7 = ("Blinken instead accused China of helping Russia rebuild its defence industry by supplying machine tools and "
      "microelectronics.")
G8 = ("Ukrainian Foreign Minister Dmytro Kuleba appealed to the ministers for more Patriot air defence systems to "
      "protect Ukrainian cities from Russian missile attacks.")
G9 = ("The G7 ministers pledged to strengthen Ukraine's air defences, and Tajani said several countries were checking "
      "which systems they could spare.")
G10 = ('In New York, Iranian Foreign Minister Hossein Amir-Abdollahian told NBC News that the drones downed over '
       'Isfahan were "more like toys that our children play with" and had not been launched from Israel.')
G11 = ('He warned that Iran\'s response would be "immediate and at the maximum level" if Israel took further action '
       'against Iranian interests.')
G12 = ("The International Atomic Energy Agency said there had been no damage to Iran's nuclear sites, several of "
       "which are in Isfahan province.")
G13 = "Oil prices jumped more than 3% in early Asian trade on news of the strike before paring gains."
G14 = "Italy holds the rotating G7 presidency this year and will host the leaders' summit in Apulia in June."

EN02 = {
    "id": "hm279-en-02", "lang": "en", "url": None, "published": "2024-04-19",
    "title": "G7 urges Israel and Iran to avoid escalation after strike near Isfahan",
    "text": paragraphs([G1, G2, G3], [G4, G5], [G6, G7], [G8, G9], [G10, G11, G12], [G13, G14]),
    "events": [
        event("REQUEST", G7_FMS, ISRAEL, G1, date="2024-04-19", location="Capri", location_country="ITA"),
        event("REQUEST", G7_FMS, IRAN, G1, date="2024-04-19", location="Capri", location_country="ITA"),
        event("ASSAULT", ISR_MIL, IRAN, G1, date="2024-04-19", location="Isfahan", location_country="IRN"),
        event("COOPERATE", USA, G7_FMS, G3),
        event("ACCUSE", G7_FMS, IRAN, G4, mode="disapprove"),
        event("THREATEN", G7_FMS, IRAN, G4),
        event("ASSAULT", IRAN, ISRAEL, G4),
        event("SANCTION", USA, IRN_DRONE_MAKERS, G5, date="2024-04-18"),
        event("SANCTION", UK, IRN_DRONE_MAKERS, G5, date="2024-04-18"),
        event("ACCUSE", BLINKEN, CHINA, G7, mode="allege"),
        event("REQUEST", KULEBA, G7_FMS, G8, mode="assist"),
        event("AGREE", G7_FMS, UKRAINE, G9),
        event("THREATEN", AMIR_ABDOLLAHIAN, ISRAEL, G11, mode="violence"),
    ],
    "quotes": [
        quote("at the last minute", "Antonio Tajani", "direct"),
        quote('Washington had told its G7 partners about the strike "at the last minute" and that this was '
              'information, not approval', "Antonio Tajani", "indirect"),
        quote("in the strongest terms", "G7 foreign ministers", "direct"),
        quote("they stood ready to adopt further sanctions against Tehran", "G7 foreign ministers", "indirect"),
        quote("not been involved in any offensive operations", "Antony Blinken", "direct"),
        quote('the United States had "not been involved in any offensive operations" and was focused on '
              'de-escalation', "Antony Blinken", "indirect"),
        quote("several countries were checking which systems they could spare", "Antonio Tajani", "indirect"),
        quote("more like toys that our children play with", "Hossein Amir-Abdollahian", "direct"),
        quote('the drones downed over Isfahan were "more like toys that our children play with" and had not been '
              'launched from Israel', "Hossein Amir-Abdollahian", "indirect"),
        quote("immediate and at the maximum level", "Hossein Amir-Abdollahian", "direct"),
        quote('Iran\'s response would be "immediate and at the maximum level" if Israel took further action against '
              'Iranian interests', "Hossein Amir-Abdollahian", "indirect"),
        quote("there had been no damage to Iran's nuclear sites", "International Atomic Energy Agency", "indirect"),
    ],
    "entities": [
        entity("Capri", "LOC", "ITA", ["CAPRI", "the island"]),
        entity("Italy", "LOC", "ITA", ["Italy"]),
        entity("G7 foreign ministers", "ORG", "IGO", ["Foreign ministers of the Group of Seven", "the ministers",
                                                      "The G7 ministers"]),
        entity("Group of Seven", "ORG", "IGO", ["Group of Seven", "G7"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Iran", "LOC", "IRN", ["Iran"]),
        entity("Isfahan", "LOC", "IRN", ["the central Iranian city of Isfahan", "Isfahan", "Isfahan province"]),
        entity("Iranian officials", "ORG", "IRN", ["Iranian officials"]),
        entity("Antonio Tajani", "PER", "ITA", ["Italian Foreign Minister Antonio Tajani", "Tajani"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Government of Iran", "ORG", "IRN", ["Tehran"]),
        entity("United States", "LOC", "USA", ["The United States", "the United States"]),
        entity("United Kingdom", "LOC", "GBR", ["Britain"]),
        entity("Antony Blinken", "PER", "USA", ["U.S. Secretary of State Antony Blinken", "Blinken"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("Dmytro Kuleba", "PER", "UKR", ["Ukrainian Foreign Minister Dmytro Kuleba"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("Hossein Amir-Abdollahian", "PER", "IRN", ["Iranian Foreign Minister Hossein Amir-Abdollahian"]),
        entity("NBC News", "ORG", "USA", ["NBC News"]),
        entity("International Atomic Energy Agency", "ORG", "UNO", ["The International Atomic Energy Agency"]),
        entity("Apulia", "LOC", "ITA", ["Apulia"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
