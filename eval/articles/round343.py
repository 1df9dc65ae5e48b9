"""Round 343: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm343-de-01: Japan: the Supreme Court declares the former Eugenic Protection Law unconstitutional and orders state compensation for forced sterilisations; Kishida apologises and promises to meet the plaintiffs (2024-07-03).
- hm343-de-02: IAEA: the Board of Governors censures Iran on an E3-US resolution; Tehran announces new advanced centrifuges, Ulyanov and Araghchi attack the Europeans, Grossi's earlier Tehran visit (2024-11-22).
- hm343-de-03: South Korea: the Constitutional Court throws out Prime Minister Han Duck-soo's impeachment and reinstates him as acting president; Lee Jae-myung presses for the Yoon ruling, the PPP demands an apology (2025-03-24).
- hm343-de-04: Philippines/ICC: Senator Ronald dela Rosa goes out of sight after the Ombudsman says the ICC has issued a warrant for him; he refuses to surrender, petition to the Supreme Court, Sara Duterte accuses Manila (2025-11-10).
- hm343-en-01: Japan/UN: Tokyo bars its OHCHR contributions from funding CEDAW and cancels the committee's visit over its call to let women inherit the throne; Fukushima, women's groups and the UN rights office object (2025-01-29).
- hm343-en-02: Samoa: the head of state dissolves parliament after the budget defeat and Fiamē calls an early election; La'auli and Tuila'epa attack her, New Zealand and the Pacific Islands Forum offer help (2025-06-03).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm343-de-01 (Japan, eugenics ruling)
JPN_SUPREME_COURT = actor("Supreme Court of Japan", "JPN", "JUD")
JPN_GOV = actor("Government of Japan", "JPN", "GOV")
TOKURA = actor("Saburo Tokura", "JPN", "JUD")
KISHIDA = actor("Fumio Kishida", "JPN", "GOV")
HAYASHI = actor("Yoshimasa Hayashi", "JPN", "GOV")
STERILISATION_PLAINTIFFS = actor("plaintiffs in the forced sterilisation lawsuits", "JPN", "CVL")
STERILISATION_SUPPORTERS = actor("victims of forced sterilisation and their supporters", "JPN", "CVL")
STERILISATION_LAWYERS = actor("lawyers of the forced sterilisation plaintiffs", "JPN", "CVL")
KITA = actor("Saburo Kita", "JPN", "CVL")
FUCHIGAMI = actor("Reiko Fuchigami", "JPN", "CVL")
JFBA = actor("Japan Federation of Bar Associations", "JPN", "CVL")
JPN_DIET = actor("National Diet of Japan", "JPN", "LEG")

A1 = ("Tokio (dpa) - Japans Oberster Gerichtshof hat das frühere Gesetz zur Zwangssterilisierung von Menschen mit "
      "Behinderungen für verfassungswidrig erklärt und den Staat zu Schadenersatz an die Opfer verurteilt.")
A2 = ("Die 15 Richter der Großen Kammer gaben am Mittwoch in Tokio einstimmig den Klagen von Betroffenen aus "
      "mehreren Landesteilen statt.")
A3 = ("Nach dem sogenannten Eugenik-Schutzgesetz waren zwischen 1948 und 1996 rund 25.000 Menschen sterilisiert "
      "worden, etwa 16.500 von ihnen ohne ihre Zustimmung.")
A4 = "Seit 2018 hatten Betroffene in mehreren Städten gegen den Staat geklagt."
A5 = ("Das Gesetz habe die Betroffenen schwer diskriminiert und ihr Recht auf ein Leben in Würde verletzt, sagte der "
      "Vorsitzende Richter Saburo Tokura bei der Urteilsverkündung.")
A6 = "Die Regierung hatte argumentiert, die Ansprüche seien nach 20 Jahren verjährt."
A7 = ("Das Gericht wies diese Argumentation zurück: Es sei „äußerst ungerecht“, den Staat unter Berufung auf die "
      "Verjährung aus der Haftung zu entlassen.")
A8 = "Ministerpräsident Fumio Kishida entschuldigte sich noch am Mittwoch bei den Opfern."
A9 = ("„Die Regierung nimmt das Urteil ernst und bittet die Betroffenen aufrichtig um Entschuldigung“, sagte der "
      "66-Jährige vor Journalisten in Tokio.")
A10 = "Er kündigte an, die Kläger persönlich zu treffen, und versprach eine rasche Entschädigung aller Opfer."
A11 = ("Regierungssprecher Yoshimasa Hayashi sagte, das Kabinett werde sich künftig nicht mehr auf die Verjährung "
       "berufen.")
A12 = ("Vor dem Gericht hatten am Morgen Dutzende Betroffene und Unterstützer für eine umfassende Entschädigung "
       "demonstriert, einige von ihnen im Rollstuhl.")
A13 = "Nach der Verkündung hielten Anwälte der Kläger Banner mit der Aufschrift „Historischer Sieg“ in die Höhe."
A14 = ("Der Kläger Saburo Kita, der als Jugendlicher in einer Erziehungsanstalt sterilisiert worden war, sagte, er "
       "habe mehr als sechs Jahrzehnte auf diesen Tag gewartet.")
A15 = "„Ich will, dass der Ministerpräsident mir in die Augen sieht“, fügte der 81-Jährige hinzu."
A16 = "Er forderte den Regierungschef auf, sich bei jedem einzelnen Opfer persönlich zu entschuldigen."
A17 = ("Die Präsidentin des japanischen Anwaltsverbands, Reiko Fuchigami, warf dem Parlament vor, jahrzehntelang "
       "untätig geblieben zu sein.")
A18 = "Der Verband verlangte von der Regierung, allen Opfern ohne Fristen eine Entschädigung zu zahlen."
A19 = "Eine neue Entschuldigung des Parlaments gab es zunächst nicht."

DE01 = {
    "id": "hm343-de-01", "lang": "de", "url": None, "published": "2024-07-03",
    "title": "Japans Oberstes Gericht kippt Gesetz zu Zwangssterilisierungen",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7], [A8, A9, A10, A11], [A12, A13, A14, A15, A16],
                       [A17, A18, A19]),
    "events": [
        event("SANCTION", JPN_SUPREME_COURT, JPN_GOV, A1, mode="convict"),
        event("SANCTION", JPN_SUPREME_COURT, JPN_GOV, A2, mode="convict", date="2024-07-03", location="Tokyo",
              location_country="JPN"),
        event("ACCUSE", STERILISATION_PLAINTIFFS, JPN_GOV, A4, mode="allege"),
        event("ACCUSE", TOKURA, JPN_GOV, A5, mode="disapprove"),
        event("REJECT", JPN_SUPREME_COURT, JPN_GOV, A7),
        event("CONCEDE", KISHIDA, None, A8, date="2024-07-03"),
        event("CONCEDE", KISHIDA, None, A9, location="Tokyo", location_country="JPN"),
        event("AGREE", KISHIDA, STERILISATION_PLAINTIFFS, A10),
        event("CONCEDE", HAYASHI, STERILISATION_PLAINTIFFS, A11),
        event("PROTEST", STERILISATION_SUPPORTERS, JPN_GOV, A12, mode="demo", date="2024-07-03", location="Tokyo",
              location_country="JPN"),
        event("SUPPORT", STERILISATION_LAWYERS, JPN_SUPREME_COURT, A13),
        event("REQUEST", KITA, KISHIDA, A16, mode="change"),
        event("ACCUSE", FUCHIGAMI, JPN_DIET, A17, mode="disapprove"),
        event("REQUEST", JFBA, JPN_GOV, A18, mode="change"),
        event("CONCEDE", JPN_DIET, None, A19, negated=True),
    ],
    "quotes": [
        quote("Das Gesetz habe die Betroffenen schwer diskriminiert und ihr Recht auf ein Leben in Würde verletzt",
              "Saburo Tokura", "indirect"),
        quote("die Ansprüche seien nach 20 Jahren verjährt", "Government of Japan", "indirect"),
        quote("äußerst ungerecht", "Supreme Court of Japan", "direct"),
        quote("Es sei „äußerst ungerecht“, den Staat unter Berufung auf die Verjährung aus der Haftung zu entlassen",
              "Supreme Court of Japan", "indirect"),
        quote("Die Regierung nimmt das Urteil ernst und bittet die Betroffenen aufrichtig um Entschuldigung",
              "Fumio Kishida", "direct"),
        quote("das Kabinett werde sich künftig nicht mehr auf die Verjährung berufen", "Yoshimasa Hayashi",
              "indirect"),
        quote("Historischer Sieg", "lawyers of the forced sterilisation plaintiffs", "direct"),
        quote("er habe mehr als sechs Jahrzehnte auf diesen Tag gewartet", "Saburo Kita", "indirect"),
        quote("Ich will, dass der Ministerpräsident mir in die Augen sieht", "Saburo Kita", "direct"),
        quote("jahrzehntelang untätig geblieben zu sein", "Reiko Fuchigami", "indirect"),
    ],
    "entities": [
        entity("Tokyo", "LOC", "JPN", ["Tokio"]),
        entity("Japan", "LOC", "JPN", ["Japans", "mehreren Landesteilen"]),
        entity("Supreme Court of Japan", "ORG", "JPN", ["Japans Oberster Gerichtshof", "Die 15 Richter der Großen "
                                                        "Kammer", "Das Gericht", "dem Gericht"]),
        entity("Government of Japan", "ORG", "JPN", ["den Staat", "Die Regierung", "der Regierung",
                                                     "das Kabinett"]),
        entity("Eugenic Protection Law", "ORG", "JPN", ["das frühere Gesetz zur Zwangssterilisierung",
                                                        "Eugenik-Schutzgesetz", "Das Gesetz"]),
        entity("plaintiffs in the forced sterilisation lawsuits", "PER", "JPN", ["Betroffenen", "Betroffene",
                                                                                "die Kläger", "den Opfern"]),
        entity("victims of forced sterilisation and their supporters", "PER", "JPN",
               ["Dutzende Betroffene und Unterstützer"]),
        entity("Saburo Tokura", "PER", "JPN", ["Vorsitzende Richter Saburo Tokura"]),
        entity("Fumio Kishida", "PER", "JPN", ["Ministerpräsident Fumio Kishida", "der 66-Jährige",
                                               "den Regierungschef"]),
        entity("Yoshimasa Hayashi", "PER", "JPN", ["Regierungssprecher Yoshimasa Hayashi"]),
        entity("lawyers of the forced sterilisation plaintiffs", "PER", "JPN", ["Anwälte der Kläger"]),
        entity("Saburo Kita", "PER", "JPN", ["Der Kläger Saburo Kita", "der 81-Jährige"]),
        entity("Reiko Fuchigami", "PER", "JPN", ["Die Präsidentin des japanischen Anwaltsverbands, Reiko "
                                                 "Fuchigami"]),
        entity("Japan Federation of Bar Associations", "ORG", "JPN", ["des japanischen Anwaltsverbands",
                                                                      "Der Verband"]),
        entity("National Diet of Japan", "ORG", "JPN", ["dem Parlament", "des Parlaments"]),
    ],
}

# ---------------------------------------------------------------- hm343-de-02 (IAEA, Board censures Iran)
IAEA_BOARD = actor("IAEA Board of Governors", "UNO", "IGO")
IAEA = actor("International Atomic Energy Agency", "UNO", "IGO")
GROSSI = actor("Rafael Grossi", "UNO", "IGO")
IRN_GOV = actor("Government of Iran", "IRN", "GOV")
AEOI = actor("Atomic Energy Organization of Iran", "IRN", "GOV")
IRN_MFA = actor("Ministry of Foreign Affairs of Iran", "IRN", "GOV")
ESLAMI = actor("Mohammad Eslami", "IRN", "GOV")
ARAGHCHI = actor("Abbas Araghchi", "IRN", "GOV")
PEZESHKIAN = actor("Masoud Pezeshkian", "IRN", "GOV")
NAZIRI_ASL = actor("Mohsen Naziri Asl", "IRN", "GOV")
DEU_GOV = actor("Government of Germany", "DEU", "GOV")
FRA_GOV = actor("Government of France", "FRA", "GOV")
GBR_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
ULYANOV = actor("Mikhail Ulyanov", "RUS", "GOV")
DEU_FFO = actor("Federal Foreign Office", "DEU", "GOV")
HOLGATE = actor("Laura Holgate", "USA", "GOV")

B1 = ("Wien (dpa) - Der Gouverneursrat der Internationalen Atomenergiebehörde (IAEA) hat den Iran wegen mangelnder "
      "Zusammenarbeit mit den Inspektoren förmlich gerügt.")
B2 = ("Eine von Deutschland, Frankreich, Großbritannien und den USA eingebrachte Resolution nahm das Gremium am "
      "Donnerstag in Wien mit 19 Ja-Stimmen an.")
B3 = "Russland, China und Burkina Faso stimmten dagegen, zwölf Staaten enthielten sich."
B4 = ("Der Text verlangt von Teheran, unverzüglich Fragen zu Uranspuren an nicht deklarierten Orten zu beantworten "
      "und erfahrenen Inspektoren wieder Zugang zu gewähren.")
B5 = ("Zudem fordert der Rat IAEA-Chef Rafael Grossi auf, bis zum Frühjahr einen umfassenden Bericht über das "
      "iranische Atomprogramm vorzulegen.")
B6 = ("Teheran reagierte prompt: Die iranische Atomenergieorganisation und das Außenministerium kündigten in einer "
      "gemeinsamen Erklärung die Inbetriebnahme einer Reihe neuer und fortschrittlicher Zentrifugen an.")
B7 = ("Die Resolution sei „politisch motiviert“ und werde die Zusammenarbeit mit der Behörde nur erschweren, sagte "
      "Atomchef Mohammed Eslami im Staatsfernsehen.")
B8 = ("Außenminister Abbas Araghchi schrieb auf der Plattform X, Teheran habe seinen guten Willen gezeigt, die "
      "Europäer hätten diese Chance aber „verspielt“.")
B9 = ("Der iranische Botschafter bei der IAEA, Mohsen Naziri Asl, verließ nach der Abstimmung aus Protest den "
      "Sitzungssaal.")
B10 = ("Auch der russische Botschafter Michail Uljanow warf Berlin, Paris und London vor, die Lage ohne Not zu "
       "verschärfen.")
B11 = ("Grossi war erst in der vergangenen Woche in Teheran gewesen und hatte dort Präsident Massud Peseschkian "
       "und Araghchi getroffen.")
B12 = ("Der Iran hatte der Behörde dabei angeboten, seinen Vorrat an auf 60 Prozent angereichertem Uran nicht "
       "weiter zu vergrößern.")
B13 = ("Eine Zusage, die im vergangenen Jahr ausgeschlossenen Inspektoren wieder ins Land zu lassen, gab es bei "
       "dem Besuch jedoch nicht.")
B14 = ("Der Argentinier sagte nach der Abstimmung, er setze weiter auf Dialog, und kündigte ein baldiges Treffen "
       "mit Araghchi an.")
B15 = "Das Auswärtige Amt in Berlin erklärte, der Iran müsse endlich vollständig mit der IAEA kooperieren."
B16 = ("Die US-Botschafterin bei der IAEA, Laura Holgate, warf Teheran vor, sein Atomprogramm ohne glaubwürdigen "
       "zivilen Zweck immer weiter auszubauen.")
B17 = "„Die Geduld der internationalen Gemeinschaft ist nicht unbegrenzt“, sagte sie."

DE02 = {
    "id": "hm343-de-02", "lang": "de", "url": None, "published": "2024-11-22",
    "title": "IAEA-Gouverneursrat rügt Iran - Teheran kündigt neue Zentrifugen an",
    "text": paragraphs([B1, B2, B3], [B4, B5], [B6, B7, B8, B9, B10], [B11, B12, B13, B14], [B15, B16, B17]),
    "events": [
        event("ACCUSE", IAEA_BOARD, IRN_GOV, B1, mode="disapprove", location="Vienna", location_country="AUT"),
        event("ACCUSE", IAEA_BOARD, IRN_GOV, B2, mode="disapprove", date="2024-11-21", location="Vienna",
              location_country="AUT"),
        event("ACCUSE", DEU_GOV, IRN_GOV, B2, mode="disapprove", date="2024-11-21", location="Vienna",
              location_country="AUT"),
        event("ACCUSE", FRA_GOV, IRN_GOV, B2, mode="disapprove", date="2024-11-21", location="Vienna",
              location_country="AUT"),
        event("ACCUSE", GBR_GOV, IRN_GOV, B2, mode="disapprove", date="2024-11-21", location="Vienna",
              location_country="AUT"),
        event("ACCUSE", USA_GOV, IRN_GOV, B2, mode="disapprove", date="2024-11-21", location="Vienna",
              location_country="AUT"),
        event("REQUEST", IAEA_BOARD, IRN_GOV, B4, mode="change"),
        event("REQUEST", IAEA_BOARD, GROSSI, B5),
        event("THREATEN", AEOI, IAEA_BOARD, B6),
        event("THREATEN", IRN_MFA, IAEA_BOARD, B6),
        event("ACCUSE", ESLAMI, IAEA_BOARD, B7, mode="disapprove"),
        event("ACCUSE", ARAGHCHI, DEU_GOV, B8, mode="disapprove"),
        event("ACCUSE", ARAGHCHI, FRA_GOV, B8, mode="disapprove"),
        event("ACCUSE", ARAGHCHI, GBR_GOV, B8, mode="disapprove"),
        event("PROTEST", NAZIRI_ASL, IAEA_BOARD, B9, mode="boycott", location="Vienna", location_country="AUT"),
        event("ACCUSE", ULYANOV, DEU_GOV, B10, mode="disapprove"),
        event("ACCUSE", ULYANOV, FRA_GOV, B10, mode="disapprove"),
        event("ACCUSE", ULYANOV, GBR_GOV, B10, mode="disapprove"),
        event("CONSULT", GROSSI, PEZESHKIAN, B11, mode="visit", location="Tehran", location_country="IRN"),
        event("CONSULT", GROSSI, ARAGHCHI, B11, mode="visit", location="Tehran", location_country="IRN"),
        event("AGREE", IRN_GOV, IAEA, B12),
        event("AGREE", IRN_GOV, IAEA, B13, negated=True),
        event("AGREE", GROSSI, ARAGHCHI, B14),
        event("REQUEST", DEU_FFO, IRN_GOV, B15, mode="change"),
        event("ACCUSE", HOLGATE, IRN_GOV, B16, mode="disapprove"),
    ],
    "quotes": [
        quote("politisch motiviert", "Mohammad Eslami", "direct"),
        quote("Die Resolution sei „politisch motiviert“ und werde die Zusammenarbeit mit der Behörde nur erschweren",
              "Mohammad Eslami", "indirect"),
        quote("verspielt", "Abbas Araghchi", "direct"),
        quote("Teheran habe seinen guten Willen gezeigt, die Europäer hätten diese Chance aber „verspielt“",
              "Abbas Araghchi", "indirect"),
        quote("die Lage ohne Not zu verschärfen", "Mikhail Ulyanov", "indirect"),
        quote("er setze weiter auf Dialog", "Rafael Grossi", "indirect"),
        quote("der Iran müsse endlich vollständig mit der IAEA kooperieren", "Federal Foreign Office", "indirect"),
        quote("sein Atomprogramm ohne glaubwürdigen zivilen Zweck immer weiter auszubauen", "Laura Holgate",
              "indirect"),
        quote("Die Geduld der internationalen Gemeinschaft ist nicht unbegrenzt", "Laura Holgate", "direct"),
    ],
    "entities": [
        entity("Vienna", "LOC", "AUT", ["Wien"]),
        entity("IAEA Board of Governors", "ORG", "UNO", ["Der Gouverneursrat der Internationalen "
                                                         "Atomenergiebehörde (IAEA)", "das Gremium", "der Rat"]),
        entity("International Atomic Energy Agency", "ORG", "UNO", ["Internationalen Atomenergiebehörde", "IAEA",
                                                                    "der Behörde"]),
        entity("Iran", "LOC", "IRN", ["den Iran", "Teheran", "Der Iran", "der Iran"]),
        entity("Germany", "LOC", "DEU", ["Deutschland", "Berlin"]),
        entity("France", "LOC", "FRA", ["Frankreich", "Paris"]),
        entity("United Kingdom", "LOC", "GBR", ["Großbritannien", "London"]),
        entity("United States", "LOC", "USA", ["den USA"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Burkina Faso", "LOC", "BFA", ["Burkina Faso"]),
        entity("Rafael Grossi", "PER", "ARG", ["IAEA-Chef Rafael Grossi", "Grossi", "Der Argentinier"]),
        entity("Atomic Energy Organization of Iran", "ORG", "IRN", ["Die iranische Atomenergieorganisation"]),
        entity("Ministry of Foreign Affairs of Iran", "ORG", "IRN", ["das Außenministerium"]),
        entity("Mohammad Eslami", "PER", "IRN", ["Atomchef Mohammed Eslami"]),
        entity("Abbas Araghchi", "PER", "IRN", ["Außenminister Abbas Araghchi", "Araghchi"]),
        entity("E3 (France, Germany, United Kingdom)", "ORG", None, ["die Europäer"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Mohsen Naziri Asl", "PER", "IRN", ["Der iranische Botschafter bei der IAEA, Mohsen Naziri Asl"]),
        entity("Mikhail Ulyanov", "PER", "RUS", ["der russische Botschafter Michail Uljanow"]),
        entity("Tehran", "LOC", "IRN", ["in Teheran"]),
        entity("Masoud Pezeshkian", "PER", "IRN", ["Präsident Massud Peseschkian"]),
        entity("Federal Foreign Office", "ORG", "DEU", ["Das Auswärtige Amt in Berlin"]),
        entity("Laura Holgate", "PER", "USA", ["Die US-Botschafterin bei der IAEA, Laura Holgate"]),
    ],
}

# ---------------------------------------------------------------- hm343-de-03 (South Korea, Han Duck-soo reinstated)
KOR_CONST_COURT = actor("Constitutional Court of Korea", "KOR", "JUD")
KOR_ASSEMBLY = actor("National Assembly of South Korea", "KOR", "LEG")
HAN_DUCK_SOO = actor("Han Duck-soo", "KOR", "GOV")
KOR_DP = actor("Democratic Party of Korea", "KOR", "OPP")
LEE_JAE_MYUNG = actor("Lee Jae-myung", "KOR", "OPP")
CHOI_SANG_MOK = actor("Choi Sang-mok", "KOR", "GOV")
KOR_PPP = actor("People Power Party", "KOR", "PTY")
KWON_SEONG_DONG = actor("Kwon Seong-dong", "KOR", "PTY")
YOON = actor("Yoon Suk Yeol", "KOR", "GOV")
YOON_OPPONENTS = actor("opponents of Yoon Suk Yeol", "KOR", "CVL")
YOON_SUPPORTERS = actor("supporters of Yoon Suk Yeol", "KOR", "CVL")
KOR_POLICE = actor("Korean National Police Agency", "KOR", "COP")

C1 = ("Seoul (AFP) - Südkoreas Verfassungsgericht hat die Amtsenthebung von Ministerpräsident Han Duck Soo "
      "aufgehoben und ihn wieder in sein Amt eingesetzt.")
C2 = ("Fünf der acht Richter wiesen die Anklage des Parlaments am Montag ab, zwei erklärten sie für unzulässig, nur "
      "eine Richterin stimmte für die Absetzung.")
C3 = "Damit übernimmt der 75-Jährige erneut kommissarisch die Amtsgeschäfte des Staatsoberhaupts."
C4 = ("Die Nationalversammlung hatte Han im Dezember seines Amtes enthoben, nachdem er sich geweigert hatte, drei "
      "vom Parlament ausgewählte Verfassungsrichter zu ernennen.")
C5 = ("Die oppositionelle Demokratische Partei warf ihm zudem vor, die Verhängung des Kriegsrechts durch den "
      "inzwischen suspendierten Präsidenten Yoon Suk Yeol gedeckt zu haben.")
C6 = ("„Ich danke dem Verfassungsgericht für seine weise Entscheidung“, sagte Han nach seiner Rückkehr in den "
      "Regierungssitz in Seoul.")
C7 = ("Er werde sich nun vorrangig um die drohenden US-Zölle kümmern und sei zur Zusammenarbeit mit allen Parteien "
      "bereit, fügte er hinzu.")
C8 = ("Finanzminister Choi Sang Mok, der seit Ende Dezember als Übergangsstaatschef amtiert hatte, kehrt auf seinen "
      "Posten als Vize-Regierungschef zurück.")
C9 = ("Der Vorsitzende der Demokratischen Partei, Lee Jae Myung, sagte, man respektiere das Urteil, auch wenn es "
      "schwer nachzuvollziehen sei.")
C10 = "Zugleich forderte er das Gericht auf, nun ohne weitere Verzögerung über die Absetzung Yoons zu entscheiden."
C11 = "„Das Land kann nicht länger warten“, sagte der Oppositionsführer."
C12 = ("Die Demokraten hatten am Freitag zudem ein Amtsenthebungsverfahren gegen Choi eingeleitet, weil dieser sich "
       "weigerte, den Richterkandidaten Ma Eun Hyuk zu ernennen.")
C13 = "Die konservative Regierungspartei PPP begrüßte die Entscheidung."
C14 = ("Ihr Fraktionschef Kwon Seong Dong warf der Opposition einen „Missbrauch“ des Amtsenthebungsrechts vor und "
       "verlangte von Lee eine öffentliche Entschuldigung.")
C15 = "Vor dem Gericht demonstrierten erneut Tausende Gegner Yoons für seine sofortige Absetzung."
C16 = ("Anhänger des Präsidenten hielten wenige Straßen entfernt eine Gegenkundgebung gegen die Demokratische Partei "
       "ab.")
C17 = "Die Polizei war mit mehreren Tausend Beamten im Einsatz."
C18 = "Festnahmen gab es zunächst nicht."

DE03 = {
    "id": "hm343-de-03", "lang": "de", "url": None, "published": "2025-03-24",
    "title": "Südkoreas Verfassungsgericht setzt Regierungschef Han wieder ein",
    "text": paragraphs([C1, C2, C3], [C4, C5], [C6, C7, C8], [C9, C10, C11, C12], [C13, C14],
                       [C15, C16, C17, C18]),
    "events": [
        event("REJECT", KOR_CONST_COURT, KOR_ASSEMBLY, C1),
        event("REJECT", KOR_CONST_COURT, KOR_ASSEMBLY, C2, date="2025-03-24"),
        event("COERCE", KOR_ASSEMBLY, HAN_DUCK_SOO, C4, mode="restrict"),
        event("REJECT", HAN_DUCK_SOO, KOR_ASSEMBLY, C4),
        event("ACCUSE", KOR_DP, HAN_DUCK_SOO, C5, mode="allege"),
        event("SUPPORT", HAN_DUCK_SOO, KOR_CONST_COURT, C6, location="Seoul", location_country="KOR"),
        event("AGREE", HAN_DUCK_SOO, None, C7),
        event("REQUEST", LEE_JAE_MYUNG, KOR_CONST_COURT, C10, mode="change"),
        event("ACCUSE", KOR_DP, CHOI_SANG_MOK, C12, mode="allege", date="2025-03-21"),
        event("REJECT", CHOI_SANG_MOK, KOR_ASSEMBLY, C12),
        event("SUPPORT", KOR_PPP, KOR_CONST_COURT, C13),
        event("ACCUSE", KWON_SEONG_DONG, KOR_DP, C14, mode="disapprove"),
        event("REQUEST", KWON_SEONG_DONG, LEE_JAE_MYUNG, C14),
        event("PROTEST", YOON_OPPONENTS, YOON, C15, mode="demo", location="Seoul", location_country="KOR"),
        event("PROTEST", YOON_SUPPORTERS, KOR_DP, C16, mode="demo", location="Seoul", location_country="KOR"),
        event("MOBILIZE", KOR_POLICE, None, C17, mode="police", location="Seoul", location_country="KOR"),
        event("COERCE", KOR_POLICE, None, C18, mode="arrest", negated=True),
    ],
    "quotes": [
        quote("die Verhängung des Kriegsrechts durch den inzwischen suspendierten Präsidenten Yoon Suk Yeol gedeckt "
              "zu haben", "Democratic Party of Korea", "indirect"),
        quote("Ich danke dem Verfassungsgericht für seine weise Entscheidung", "Han Duck-soo", "direct"),
        quote("Er werde sich nun vorrangig um die drohenden US-Zölle kümmern und sei zur Zusammenarbeit mit allen "
              "Parteien bereit", "Han Duck-soo", "indirect"),
        quote("man respektiere das Urteil, auch wenn es schwer nachzuvollziehen sei", "Lee Jae-myung", "indirect"),
        quote("Das Land kann nicht länger warten", "Lee Jae-myung", "direct"),
        quote("Missbrauch", "Kwon Seong-dong", "direct"),
    ],
    "entities": [
        entity("Seoul", "LOC", "KOR", ["Seoul", "in Seoul"]),
        entity("South Korea", "LOC", "KOR", ["Südkoreas", "Das Land"]),
        entity("Constitutional Court of Korea", "ORG", "KOR", ["Südkoreas Verfassungsgericht",
                                                               "Fünf der acht Richter", "dem Verfassungsgericht",
                                                               "das Gericht", "Vor dem Gericht"]),
        entity("Han Duck-soo", "PER", "KOR", ["Ministerpräsident Han Duck Soo", "der 75-Jährige", "Han"]),
        entity("National Assembly of South Korea", "ORG", "KOR", ["des Parlaments", "Die Nationalversammlung",
                                                                  "vom Parlament"]),
        entity("Democratic Party of Korea", "ORG", "KOR", ["Die oppositionelle Demokratische Partei",
                                                           "der Demokratischen Partei", "Die Demokraten",
                                                           "der Opposition", "die Demokratische Partei"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["Präsidenten Yoon Suk Yeol", "Yoons", "des Präsidenten"]),
        entity("United States", "LOC", "USA", ["US-Zölle"]),
        entity("Choi Sang-mok", "PER", "KOR", ["Finanzminister Choi Sang Mok", "Choi"]),
        entity("Lee Jae-myung", "PER", "KOR", ["Der Vorsitzende der Demokratischen Partei, Lee Jae Myung", "Lee",
                                               "der Oppositionsführer"]),
        entity("Ma Eun-hyuk", "PER", "KOR", ["den Richterkandidaten Ma Eun Hyuk"]),
        entity("People Power Party", "ORG", "KOR", ["Die konservative Regierungspartei PPP"]),
        entity("Kwon Seong-dong", "PER", "KOR", ["Ihr Fraktionschef Kwon Seong Dong"]),
        entity("opponents of Yoon Suk Yeol", "PER", "KOR", ["Tausende Gegner Yoons"]),
        entity("supporters of Yoon Suk Yeol", "PER", "KOR", ["Anhänger des Präsidenten"]),
        entity("Korean National Police Agency", "ORG", "KOR", ["Die Polizei"]),
    ],
}

# ---------------------------------------------------------------- hm343-de-04 (Philippines, ICC and Bato dela Rosa)
DELA_ROSA = actor("Ronald dela Rosa", "PHL", "LEG")
ICC = actor("International Criminal Court", "IGO", "JUD")
ICC_OTP = actor("Office of the Prosecutor of the International Criminal Court", "IGO", "JUD")
OMBUDSMAN_REMULLA = actor("Jesus Crispin Remulla", "PHL", "JUD")
TORREON = actor("Israelito Torreon", "PHL", "CVL")
PHL_SUPREME_COURT = actor("Supreme Court of the Philippines", "PHL", "JUD")
JONVIC_REMULLA = actor("Jonvic Remulla", "PHL", "GOV")
PNP = actor("Philippine National Police", "PHL", "COP")
NARTATEZ = actor("Jose Melencio Nartatez", "PHL", "COP")
SARA_DUTERTE = actor("Sara Duterte", "PHL", "GOV")
PHL_GOV = actor("Government of the Philippines", "PHL", "GOV")
RODRIGO_DUTERTE = actor("Rodrigo Duterte", "PHL", "OPP")
RISE_UP = actor("Rise Up for Life and for Rights", "PHL", "NGO")

D1 = ("Manila (dpa) - Nach Berichten über einen Haftbefehl des Internationalen Strafgerichtshofs (IStGH) ist der "
      "philippinische Senator Ronald dela Rosa untergetaucht.")
D2 = ("Ombudsmann Jesus Crispin Remulla hatte am Samstag in einem Radiointerview gesagt, das Gericht in Den Haag "
      "habe einen Haftbefehl gegen den 63-Jährigen erlassen.")
D3 = ("Ein Sprecher des IStGH, Fadi El Abdallah, sagte, man äußere sich grundsätzlich nicht zu möglicherweise "
      "versiegelten Haftbefehlen.")
D4 = ("Dela Rosa hatte den Anti-Drogen-Krieg von Ex-Präsident Rodrigo Duterte von 2016 bis 2018 als Chef der "
      "nationalen Polizei geleitet.")
D5 = ("In einem auf Facebook verbreiteten Video sagte der Senator, er werde sich „keinem ausländischen Gericht“ "
      "ausliefern.")
D6 = ("Sein Anwalt Israelito Torreon beantragte am Montag beim Obersten Gericht in Manila eine einstweilige "
      "Verfügung gegen eine Festnahme und Überstellung seines Mandanten.")
D7 = "Palastsprecherin Claire Castro sagte, der Regierung liege bislang kein Haftbefehl vor."
D8 = ("Innenminister Jonvic Remulla kündigte dagegen an, die Polizei werde dela Rosa festnehmen, sobald ein "
      "entsprechendes Ersuchen über Interpol eingehe.")
D9 = ("Die Polizei habe bereits Beamte zu seinen Häusern in Davao und Manila geschickt, sagte der kommissarische "
      "Polizeichef Jose Melencio Nartatez.")
D10 = "Festgenommen wurde der Senator bislang nicht."
D11 = ("Vizepräsidentin Sara Duterte warf der Regierung vor, politische Gegner an ein ausländisches Gericht "
       "ausliefern zu wollen.")
D12 = "„Das ist Verrat an der Souveränität unseres Landes“, sagte die 47-Jährige in Davao."
D13 = ("Ihr Vater Rodrigo Duterte war im März in Manila festgenommen und noch am selben Tag nach Den Haag überstellt "
       "worden.")
D14 = ("Die Anklage wirft ihm Verbrechen gegen die Menschlichkeit im Zusammenhang mit Tausenden Tötungen mutmaßlicher "
       "Drogendealer vor.")
D15 = ("Die Philippinen waren 2019 auf Dutertes Betreiben aus dem IStGH ausgetreten, das Gericht hält sich für die "
       "Zeit davor aber weiterhin für zuständig.")
D16 = ("Die Opfervereinigung Rise Up for Life and for Rights forderte die Regierung auf, dela Rosa umgehend "
       "festzunehmen.")
D17 = "„Niemand darf über dem Gesetz stehen, auch kein Senator“, sagte eine Sprecherin der Gruppe."

DE04 = {
    "id": "hm343-de-04", "lang": "de", "url": None, "published": "2025-11-10",
    "title": "Philippinischer Senator dela Rosa nach Berichten über IStGH-Haftbefehl untergetaucht",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6], [D7, D8, D9, D10], [D11, D12, D13, D14, D15], [D16, D17]),
    "events": [
        event("REJECT", DELA_ROSA, ICC, D5, mode="yield"),
        event("REQUEST", TORREON, PHL_SUPREME_COURT, D6, mode="change", date="2025-11-10", location="Manila",
              location_country="PHL"),
        event("THREATEN", JONVIC_REMULLA, DELA_ROSA, D8, mode="arrest"),
        event("MOBILIZE", PNP, None, D9, mode="police", location="Davao", location_country="PHL"),
        event("COERCE", PNP, DELA_ROSA, D10, mode="arrest", negated=True),
        event("ACCUSE", SARA_DUTERTE, PHL_GOV, D11, mode="disapprove"),
        event("ACCUSE", SARA_DUTERTE, PHL_GOV, D12, mode="disapprove", location="Davao", location_country="PHL"),
        event("COERCE", PNP, RODRIGO_DUTERTE, D13, mode="arrest", location="Manila", location_country="PHL"),
        event("COOPERATE", PHL_GOV, ICC, D13),
        event("ACCUSE", ICC_OTP, RODRIGO_DUTERTE, D14, mode="allege"),
        event("SANCTION", PHL_GOV, ICC, D15, mode="withdraw"),
        event("REQUEST", RISE_UP, PHL_GOV, D16),
    ],
    "quotes": [
        quote("das Gericht in Den Haag habe einen Haftbefehl gegen den 63-Jährigen erlassen", "Jesus Crispin Remulla",
              "indirect"),
        quote("man äußere sich grundsätzlich nicht zu möglicherweise versiegelten Haftbefehlen", "Fadi El Abdallah",
              "indirect"),
        quote("keinem ausländischen Gericht", "Ronald dela Rosa", "direct"),
        quote("er werde sich „keinem ausländischen Gericht“ ausliefern", "Ronald dela Rosa", "indirect"),
        quote("der Regierung liege bislang kein Haftbefehl vor", "Claire Castro", "indirect"),
        quote("die Polizei werde dela Rosa festnehmen, sobald ein entsprechendes Ersuchen über Interpol eingehe",
              "Jonvic Remulla", "indirect"),
        quote("Die Polizei habe bereits Beamte zu seinen Häusern in Davao und Manila geschickt",
              "Jose Melencio Nartatez", "indirect"),
        quote("politische Gegner an ein ausländisches Gericht ausliefern zu wollen", "Sara Duterte", "indirect"),
        quote("Das ist Verrat an der Souveränität unseres Landes", "Sara Duterte", "direct"),
        quote("Niemand darf über dem Gesetz stehen, auch kein Senator", "Rise Up for Life and for Rights",
              "direct"),
    ],
    "entities": [
        entity("Manila", "LOC", "PHL", ["Manila"]),
        entity("International Criminal Court", "ORG", "IGO", ["Internationalen Strafgerichtshofs (IStGH)",
                                                              "das Gericht in Den Haag", "des IStGH",
                                                              "ein ausländisches Gericht", "dem IStGH",
                                                              "das Gericht"]),
        entity("Philippines", "LOC", "PHL", ["philippinische", "Die Philippinen", "unseres Landes"]),
        entity("Ronald dela Rosa", "PER", "PHL", ["Senator Ronald dela Rosa", "den 63-Jährigen", "Dela Rosa",
                                                  "der Senator", "dela Rosa", "seines Mandanten"]),
        entity("Jesus Crispin Remulla", "PER", "PHL", ["Ombudsmann Jesus Crispin Remulla"]),
        entity("The Hague", "LOC", "NLD", ["Den Haag"]),
        entity("Fadi El Abdallah", "PER", "LBN", ["Ein Sprecher des IStGH, Fadi El Abdallah"]),
        entity("Rodrigo Duterte", "PER", "PHL", ["Ex-Präsident Rodrigo Duterte", "Ihr Vater Rodrigo Duterte",
                                                 "Dutertes"]),
        entity("Philippine National Police", "ORG", "PHL", ["der nationalen Polizei", "die Polizei",
                                                            "Die Polizei"]),
        entity("Facebook", "ORG", "USA", ["Facebook"]),
        entity("Israelito Torreon", "PER", "PHL", ["Sein Anwalt Israelito Torreon"]),
        entity("Supreme Court of the Philippines", "ORG", "PHL", ["Obersten Gericht in Manila"]),
        entity("Claire Castro", "PER", "PHL", ["Palastsprecherin Claire Castro"]),
        entity("Government of the Philippines", "ORG", "PHL", ["der Regierung", "die Regierung"]),
        entity("Jonvic Remulla", "PER", "PHL", ["Innenminister Jonvic Remulla"]),
        entity("Interpol", "ORG", "IGO", ["Interpol"]),
        entity("Davao", "LOC", "PHL", ["Davao"]),
        entity("Jose Melencio Nartatez", "PER", "PHL", ["der kommissarische Polizeichef Jose Melencio Nartatez"]),
        entity("Sara Duterte", "PER", "PHL", ["Vizepräsidentin Sara Duterte", "die 47-Jährige"]),
        entity("Office of the Prosecutor of the International Criminal Court", "ORG", "IGO", ["Die Anklage"]),
        entity("Rise Up for Life and for Rights", "ORG", "PHL", ["Die Opfervereinigung Rise Up for Life and for "
                                                                 "Rights", "der Gruppe"]),
    ],
}

# ---------------------------------------------------------------- hm343-en-01 (Japan/UN, CEDAW funding)
JPN_MOFA = actor("Ministry of Foreign Affairs of Japan", "JPN", "GOV")
KITAMURA = actor("Toshihiro Kitamura", "JPN", "GOV")
CEDAW = actor("Committee on the Elimination of Discrimination against Women", "UNO", "IGO")
OHCHR = actor("Office of the UN High Commissioner for Human Rights", "UNO", "IGO")
TURK = actor("Volker Türk", "UNO", "IGO")
JPN_GENEVA_MISSION = actor("Permanent Mission of Japan in Geneva", "JPN", "GOV")
FUKUSHIMA = actor("Mizuho Fukushima", "JPN", "OPP")
JPN_WOMEN_GROUPS = actor("Japanese women's rights groups", "JPN", "NGO")

E1 = ("TOKYO (AP) — Japan said Wednesday it has barred its voluntary contributions to the U.N. human rights office "
      "from being used for a U.N. women's rights committee, in protest at the panel's call for the country to let "
      "women inherit the imperial throne.")
E2 = ("Foreign Ministry spokesperson Toshihiro Kitamura told reporters that Tokyo had also canceled a visit to Japan "
      "by members of the committee that had been planned for this year.")
E3 = ("The Committee on the Elimination of Discrimination against Women recommended in October that Japan revise "
      "its Imperial House Law, which allows only men with an emperor in their paternal line to ascend the throne.")
E4 = ("Kitamura said the recommendation was \"extremely regrettable\" and that the imperial succession was \"a "
      "matter at the foundation of the state\" that did not fall within the committee's remit.")
E5 = "He said Japan had no intention of changing the law in response."
E6 = ("Before the recommendation was published, Japan's mission in Geneva had asked the committee to delete the "
      "passage, but the panel refused.")
E7 = ("Chief Cabinet Secretary Yoshimasa Hayashi called the decision \"appropriate\" and said Japan would keep "
      "working closely with the U.N. human rights office on other issues.")
E8 = ("The ministry said the money had not been used for the committee's work in recent years, so the practical "
      "effect of the step would be small.")
E9 = ("Japan did not lodge a formal protest with the U.N. High Commissioner for Human Rights, Volker Türk, "
      "Kitamura said.")
E10 = ("The move drew swift criticism at home, where opinion polls have long shown broad public support for allowing "
       "a woman to become empress.")
E11 = ("Social Democratic Party leader Mizuho Fukushima accused the government of \"punishing\" a U.N. body for "
       "doing its job.")
E12 = "\"Japan should listen to the committee instead of cutting off money,\" she wrote on X."
E13 = ("A coalition of Japanese women's rights groups said in a joint statement that the decision damaged Japan's "
       "credibility as a member of the U.N. Human Rights Council.")
E14 = "The groups urged the government to reverse it."
E15 = ("A spokesperson for the U.N. human rights office in Geneva said the office regretted Japan's decision and "
       "that the committee's experts were independent.")
E16 = ("Under the current law, Princess Aiko, the only child of Emperor Naruhito, cannot succeed her father, and "
       "only three men remain in the line of succession.")

EN01 = {
    "id": "hm343-en-01", "lang": "en", "url": None, "published": "2025-01-29",
    "title": "Japan cuts off UN funding for women's rights panel over imperial succession call",
    "text": paragraphs([E1, E2], [E3, E4, E5, E6], [E7, E8, E9], [E10, E11, E12, E13, E14], [E15, E16]),
    "events": [
        event("SANCTION", JPN_GOV, CEDAW, E1, mode="withdraw", date="2025-01-29"),
        event("REJECT", JPN_GOV, CEDAW, E2, mode="meet"),
        event("REQUEST", CEDAW, JPN_GOV, E3, mode="change"),
        event("ACCUSE", KITAMURA, CEDAW, E4, mode="disapprove"),
        event("REJECT", KITAMURA, CEDAW, E5, mode="change"),
        event("REQUEST", JPN_GENEVA_MISSION, CEDAW, E6, mode="change", location="Geneva", location_country="CHE"),
        event("REJECT", CEDAW, JPN_GENEVA_MISSION, E6, mode="change"),
        event("AGREE", HAYASHI, OHCHR, E7),
        event("ACCUSE", JPN_GOV, TURK, E9, mode="disapprove", negated=True),
        event("ACCUSE", FUKUSHIMA, JPN_GOV, E11, mode="disapprove"),
        event("REQUEST", FUKUSHIMA, JPN_GOV, E12, mode="change"),
        event("ACCUSE", JPN_WOMEN_GROUPS, JPN_GOV, E13, mode="disapprove"),
        event("REQUEST", JPN_WOMEN_GROUPS, JPN_GOV, E14, mode="change"),
        event("ACCUSE", OHCHR, JPN_GOV, E15, mode="disapprove", location="Geneva", location_country="CHE"),
    ],
    "quotes": [
        quote("Tokyo had also canceled a visit to Japan by members of the committee that had been planned for this "
              "year", "Toshihiro Kitamura", "indirect"),
        quote("extremely regrettable", "Toshihiro Kitamura", "direct"),
        quote("a matter at the foundation of the state", "Toshihiro Kitamura", "direct"),
        quote("the recommendation was \"extremely regrettable\" and that the imperial succession was \"a matter at "
              "the foundation of the state\" that did not fall within the committee's remit", "Toshihiro Kitamura",
              "indirect"),
        quote("Japan had no intention of changing the law in response", "Toshihiro Kitamura", "indirect"),
        quote("appropriate", "Yoshimasa Hayashi", "direct"),
        quote("Japan would keep working closely with the U.N. human rights office on other issues",
              "Yoshimasa Hayashi", "indirect"),
        quote("the money had not been used for the committee's work in recent years, so the practical effect of the "
              "step would be small", "Ministry of Foreign Affairs of Japan", "indirect"),
        quote("Japan did not lodge a formal protest with the U.N. High Commissioner for Human Rights, Volker Türk",
              "Toshihiro Kitamura", "indirect"),
        quote("punishing", "Mizuho Fukushima", "direct"),
        quote("Japan should listen to the committee instead of cutting off money", "Mizuho Fukushima", "direct"),
        quote("the decision damaged Japan's credibility as a member of the U.N. Human Rights Council",
              "Japanese women's rights groups", "indirect"),
        quote("the office regretted Japan's decision and that the committee's experts were independent",
              "Office of the UN High Commissioner for Human Rights", "indirect"),
    ],
    "entities": [
        entity("Tokyo", "LOC", "JPN", ["TOKYO"]),
        entity("Government of Japan", "ORG", "JPN", ["Japan", "Tokyo", "the government"]),
        entity("Japan", "LOC", "JPN", ["the country", "to Japan", "at home"]),
        entity("Office of the UN High Commissioner for Human Rights", "ORG", "UNO",
               ["the U.N. human rights office", "the office"]),
        entity("Committee on the Elimination of Discrimination against Women", "ORG", "UNO",
               ["a U.N. women's rights committee", "the panel", "the committee",
                "The Committee on the Elimination of Discrimination against Women", "a U.N. body"]),
        entity("Ministry of Foreign Affairs of Japan", "ORG", "JPN", ["Foreign Ministry", "The ministry"]),
        entity("Toshihiro Kitamura", "PER", "JPN", ["Foreign Ministry spokesperson Toshihiro Kitamura", "Kitamura"]),
        entity("Imperial House Law", "ORG", "JPN", ["its Imperial House Law", "the law", "the current law"]),
        entity("Permanent Mission of Japan in Geneva", "ORG", "JPN", ["Japan's mission in Geneva"]),
        entity("Geneva", "LOC", "CHE", ["Geneva"]),
        entity("Yoshimasa Hayashi", "PER", "JPN", ["Chief Cabinet Secretary Yoshimasa Hayashi"]),
        entity("Volker Türk", "PER", "UNO", ["the U.N. High Commissioner for Human Rights, Volker Türk"]),
        entity("Social Democratic Party (Japan)", "ORG", "JPN", ["Social Democratic Party"]),
        entity("Mizuho Fukushima", "PER", "JPN", ["Social Democratic Party leader Mizuho Fukushima"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Japanese women's rights groups", "ORG", "JPN", ["A coalition of Japanese women's rights groups",
                                                                "The groups"]),
        entity("UN Human Rights Council", "ORG", "UNO", ["the U.N. Human Rights Council"]),
        entity("Princess Aiko", "PER", "JPN", ["Princess Aiko"]),
        entity("Naruhito", "PER", "JPN", ["Emperor Naruhito", "her father"]),
    ],
}

# ---------------------------------------------------------------- hm343-en-02 (Samoa, parliament dissolved)
TUIMALEALIIFANO = actor("Tuimalealiʻifano Vaʻaletoʻa Sualauvi II", "WSM", "GOV")
WSM_ASSEMBLY = actor("Legislative Assembly of Samoa", "WSM", "LEG")
FIAME = actor("Fiamē Naomi Mataʻafa", "WSM", "GOV")
WSM_GOV = actor("Government of Samoa", "WSM", "GOV")
LAAULI = actor("La'auli Leuatea Schmidt", "WSM", "PTY")
FAST = actor("Fa'atuatua i le Atua Samoa ua Tasi", "WSM", "PTY")
HRPP = actor("Human Rights Protection Party", "WSM", "OPP")
TUILAEPA = actor("Tuila'epa Sa'ilele Malielegaoi", "WSM", "OPP")
WSM_POLICE = actor("Samoa Police Service", "WSM", "COP")
PETERS = actor("Winston Peters", "NZL", "GOV")
WAQA = actor("Baron Waqa", "IGO", "IGO")

F1 = ("APIA, Samoa (AP) — Samoa's head of state dissolved parliament on Tuesday, paving the way for an early "
      "election a week after lawmakers voted down Prime Minister Fiamē Naomi Mataʻafa's budget.")
F2 = ("Tuimalealiʻifano Vaʻaletoʻa Sualauvi II signed the dissolution order at the request of Fiamē, whose "
      "government lost its majority after a split in the ruling party earlier this year.")
F3 = ("Lawmakers loyal to La'auli Leuatea Schmidt, the chairman of the Fa'atuatua i le Atua Samoa ua Tasi party, "
      "joined the opposition Human Rights Protection Party last week in rejecting the budget.")
F4 = ("The party, known as FAST, expelled Fiamē in January, and she sacked La'auli from the Cabinet days later after "
      "police charged him with criminal offenses, which he denies.")
F5 = "Fiamē said the budget vote had left her no choice but to return the decision to voters."
F6 = ("\"The people must now decide who governs Samoa,\" she told reporters in Apia. \"A government that cannot pass "
      "its budget cannot serve them.\"")
F7 = "She said she would stay on as caretaker prime minister until the election, which must be held within 90 days."
F8 = ("La'auli accused Fiamē of clinging to power for months and said FAST was ready to form the next "
      "government.")
F9 = ("Tuila'epa Sa'ilele Malielegaoi, the leader of the Human Rights Protection Party and a former prime minister, "
      "welcomed the dissolution but called on Fiamē to resign immediately.")
F10 = "\"She has lost the confidence of the House and of the country,\" Tuila'epa said."
F11 = ("Fiamē became Samoa's first female prime minister in 2021 after Tuila'epa refused for weeks to hand over "
       "power following a disputed election.")
F12 = ("Police said they had stepped up patrols around government buildings in Apia, but that there had been no "
       "protests or arrests.")
F13 = ("New Zealand's Foreign Minister Winston Peters said Wellington respected Samoa's constitutional processes and "
       "offered to support the electoral office with funding and staff.")
F14 = ("Pacific Islands Forum Secretary General Baron Waqa said the regional body would send an observer mission to "
       "the vote.")

EN02 = {
    "id": "hm343-en-02", "lang": "en", "url": None, "published": "2025-06-03",
    "title": "Samoa's parliament dissolved after budget defeat, early election ahead",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7], [F8, F9, F10, F11], [F12], [F13, F14]),
    "events": [
        event("COERCE", TUIMALEALIIFANO, WSM_ASSEMBLY, F1, mode="restrict", date="2025-06-03", location="Apia",
              location_country="WSM"),
        event("REJECT", WSM_ASSEMBLY, FIAME, F1),
        event("COERCE", TUIMALEALIIFANO, WSM_ASSEMBLY, F2, mode="restrict"),
        event("REQUEST", FIAME, TUIMALEALIIFANO, F2, mode="change"),
        event("REJECT", LAAULI, WSM_GOV, F3),
        event("REJECT", HRPP, WSM_GOV, F3),
        event("SANCTION", FAST, FIAME, F4, mode="expel"),
        event("SANCTION", FIAME, LAAULI, F4, mode="expel"),
        event("ACCUSE", WSM_POLICE, LAAULI, F4, mode="allege"),
        event("ACCUSE", LAAULI, FIAME, F8, mode="disapprove"),
        event("SUPPORT", TUILAEPA, TUIMALEALIIFANO, F9),
        event("REQUEST", TUILAEPA, FIAME, F9, mode="yield"),
        event("ACCUSE", TUILAEPA, FIAME, F10, mode="disapprove"),
        event("REJECT", TUILAEPA, FIAME, F11, mode="yield"),
        event("MOBILIZE", WSM_POLICE, None, F12, mode="police", location="Apia", location_country="WSM"),
        event("COERCE", WSM_POLICE, None, F12, mode="arrest", negated=True, location="Apia",
              location_country="WSM"),
        event("AGREE", PETERS, WSM_GOV, F13),
        event("AGREE", WAQA, WSM_GOV, F14),
    ],
    "quotes": [
        quote("the budget vote had left her no choice but to return the decision to voters", "Fiamē Naomi Mataʻafa",
              "indirect"),
        quote("The people must now decide who governs Samoa", "Fiamē Naomi Mataʻafa", "direct"),
        quote("A government that cannot pass its budget cannot serve them", "Fiamē Naomi Mataʻafa", "direct"),
        quote("she would stay on as caretaker prime minister until the election, which must be held within 90 days",
              "Fiamē Naomi Mataʻafa", "indirect"),
        quote("FAST was ready to form the next government", "La'auli Leuatea Schmidt", "indirect"),
        quote("She has lost the confidence of the House and of the country", "Tuila'epa Sa'ilele Malielegaoi",
              "direct"),
        quote("they had stepped up patrols around government buildings in Apia, but that there had been no protests "
              "or arrests", "Samoa Police Service", "indirect"),
        quote("Wellington respected Samoa's constitutional processes", "Winston Peters", "indirect"),
        quote("the regional body would send an observer mission to the vote", "Baron Waqa", "indirect"),
    ],
    "entities": [
        entity("Apia", "LOC", "WSM", ["APIA", "Apia"]),
        entity("Samoa", "LOC", "WSM", ["Samoa", "the country"]),
        entity("Tuimalealiʻifano Vaʻaletoʻa Sualauvi II", "PER", "WSM", ["Samoa's head of state",
                                                                       "Tuimalealiʻifano Vaʻaletoʻa Sualauvi II"]),
        entity("Legislative Assembly of Samoa", "ORG", "WSM", ["parliament", "lawmakers", "the House"]),
        entity("Fiamē Naomi Mataʻafa", "PER", "WSM", ["Prime Minister Fiamē Naomi Mataʻafa", "Fiamē",
                                                      "caretaker prime minister"]),
        entity("Government of Samoa", "ORG", "WSM", ["government"]),
        entity("La'auli Leuatea Schmidt", "PER", "WSM", ["La'auli Leuatea Schmidt, the chairman of the Fa'atuatua i "
                                                         "le Atua Samoa ua Tasi party", "La'auli"]),
        entity("Fa'atuatua i le Atua Samoa ua Tasi", "ORG", "WSM", ["the ruling party",
                                                                    "the Fa'atuatua i le Atua Samoa ua Tasi party",
                                                                    "The party, known as FAST", "FAST"]),
        entity("Human Rights Protection Party", "ORG", "WSM", ["the opposition Human Rights Protection Party",
                                                               "the Human Rights Protection Party"]),
        entity("Samoa Police Service", "ORG", "WSM", ["police", "Police"]),
        entity("Tuila'epa Sa'ilele Malielegaoi", "PER", "WSM", ["Tuila'epa Sa'ilele Malielegaoi, the leader of the "
                                                                "Human Rights Protection Party and a former prime "
                                                                "minister", "Tuila'epa"]),
        entity("New Zealand", "LOC", "NZL", ["New Zealand's", "Wellington"]),
        entity("Winston Peters", "PER", "NZL", ["New Zealand's Foreign Minister Winston Peters"]),
        entity("Samoa electoral office", "ORG", "WSM", ["the electoral office"]),
        entity("Pacific Islands Forum", "ORG", "IGO", ["Pacific Islands Forum", "the regional body"]),
        entity("Baron Waqa", "PER", "NRU", ["Pacific Islands Forum Secretary General Baron Waqa"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
