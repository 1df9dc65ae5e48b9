"""Round 200: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm200-de-01: Bangladesh's Supreme Court scales back the civil-service job quotas after deadly student unrest; curfew, troops and internet blackout stay, students press demands, Hasina blames the BNP and Jamaat, Türk appeals (2024-07-21).
- hm200-de-02: The Philippine Supreme Court declares the impeachment of Vice President Sara Duterte unconstitutional; the House seeks a review, the palace and Senate accept the ruling, activists protest, Akbayan objects (2025-07-25).
- hm200-de-03: APEC summit in Gyeongju: Xi Jinping and Lee Jae-myung sign agreements and Lee asks for help with North Korea; Xi's first meeting with Sanae Takaichi, her concerns and demand for detained Japanese; leaders' declaration (2025-11-01).
- hm200-de-04: The Kachin Independence Army takes the rare-earth hub of Pangwa from the junta-allied NDA-K; junta air strikes near Chipwi, China closes border crossings and calls for a ceasefire, the NUG welcomes the advance (2024-10-21).
- hm200-en-01: IMO member states postpone the net-zero framework's global carbon levy on shipping after US threats; Trump, Rubio, Wright and Duffy, Dominguez, Vanuatu and the Marshall Islands react (2025-10-17).
- hm200-en-02: The IMF board releases about $1 billion to Pakistan over India's objections amid cross-border strikes; Sharif welcomes it, new climate loan, Aurangzeb's reform pledge (2025-05-10).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm200-de-01
HUQ = actor("Anisul Huq", "BGD", "GOV")
ADSM = actor("Anti-Discrimination Students Movement", "BGD", "CVL")
BGD_GOV = actor("Government of Bangladesh", "BGD", "GOV")
BGD_ARMY = actor("Bangladesh Army", "BGD", "MIL")
BGD_POL = actor("Bangladesh Police", "BGD", "COP")
BGD_PROT = actor("Bangladeshi student protesters", "BGD", "CVL")
BGD_SEC = actor("Bangladeshi security forces", "BGD", "COP")
AKHAN = actor("Asaduzzaman Khan", "BGD", "GOV")
HASINA = actor("Sheikh Hasina", "BGD", "GOV")
BNP = actor("Bangladesh Nationalist Party", "BGD", "OPP")
JAMAAT = actor("Jamaat-e-Islami", "BGD", "OPP")
TURK = actor("Volker Türk", "UNO", "IGO")

Q1 = ("Nach tagelangen tödlichen Unruhen hat Bangladeschs Oberstes Gericht die umstrittenen Quoten für Stellen im "
      "Staatsdienst weitgehend gekippt.")
Q2 = "Künftig sollen 93 Prozent der Posten nach Leistung vergeben werden."
Q3 = "Justizminister Anisul Huq sagte, die Regierung werde das Urteil rasch umsetzen."
Q4 = "Die landesweite Ausgangssperre blieb am Sonntag dennoch in Kraft, Soldaten patrouillierten in der Hauptstadt Dhaka."
Q5 = "Die Behörden hatten das mobile Internet bereits am Donnerstag abgeschaltet."
Q6 = ("Die Polizei ging in den vergangenen Tagen mit Tränengas, Gummigeschossen und scharfer Munition gegen "
      "Demonstranten vor.")
Q7 = "Nach einer Zählung der Nachrichtenagentur AFP wurden seit Dienstag mindestens 139 Menschen getötet."
Q8 = ("Mitstreiter berichteten, einer der Anführer der Studenten, Nahid Islam, sei am Freitag von Sicherheitskräften "
      "in Zivil verschleppt und am Sonntag verletzt freigelassen worden.")
Q9 = "Die Polizei bestritt jede Beteiligung."
Q10 = ("Die Studentenbewegung gegen Diskriminierung erklärte, sie werde weiter protestieren, bis alle festgenommenen "
       "Kommilitonen frei seien.")
Q11 = "Zudem verlangte sie den Rücktritt von Innenminister Asaduzzaman Khan."
Q12 = ("Premierministerin Sheikh Hasina machte die oppositionelle BNP und die islamistische Jamaat-e-Islami für die "
       "Gewalt verantwortlich.")
Q13 = "UN-Menschenrechtskommissar Volker Türk forderte, die Internetsperre aufzuheben und die Tötungen unabhängig aufzuklären."

DE01 = {
    "id": "hm200-de-01", "lang": "de", "url": None, "published": "2024-07-21",
    "title": "Bangladeschs Oberstes Gericht kippt Quoten – Ausgangssperre bleibt",
    "text": paragraphs([Q1, Q2, Q3, Q4], [Q5, Q6, Q7, Q8, Q9], [Q10, Q11, Q12, Q13]),
    "events": [
        event("CONCEDE", HUQ, ADSM, Q3),
        event("COERCE", BGD_GOV, None, Q4, mode="curfew", date="2024-07-21", location_country="BGD"),
        event("MOBILIZE", BGD_ARMY, None, Q4, mode="troops", date="2024-07-21", location="Dhaka",
              location_country="BGD"),
        event("COERCE", BGD_GOV, None, Q5, mode="withhold", date="2024-07-18", location_country="BGD"),
        event("ASSAULT", BGD_POL, BGD_PROT, Q6, mode="firearms", location_country="BGD"),
        event("ACCUSE", ADSM, BGD_SEC, Q8, mode="allege"),
        event("REQUEST", ADSM, BGD_GOV, Q10, mode="yield"),
        event("REQUEST", ADSM, AKHAN, Q11, mode="change"),
        event("ACCUSE", HASINA, BNP, Q12, mode="allege"),
        event("ACCUSE", HASINA, JAMAAT, Q12, mode="allege"),
        event("REQUEST", TURK, BGD_GOV, Q13, mode="yield"),
    ],
    "quotes": [
        quote("die Regierung werde das Urteil rasch umsetzen", "Anisul Huq", "indirect"),
        quote("wurden seit Dienstag mindestens 139 Menschen getötet", "Agence France-Presse", "indirect"),
        quote("einer der Anführer der Studenten, Nahid Islam, sei am Freitag von Sicherheitskräften in Zivil "
              "verschleppt und am Sonntag verletzt freigelassen worden", "Anti-Discrimination Students Movement",
              "indirect"),
        quote("sie werde weiter protestieren, bis alle festgenommenen Kommilitonen frei seien",
              "Anti-Discrimination Students Movement", "indirect"),
        quote("die Internetsperre aufzuheben und die Tötungen unabhängig aufzuklären", "Volker Türk", "indirect"),
    ],
    "entities": [
        entity("Bangladesh", "GPE", "BGD", ["Bangladeschs"]),
        entity("Supreme Court of Bangladesh", "ORG", "BGD", ["Bangladeschs Oberstes Gericht"]),
        entity("Anisul Huq", "PER", "BGD", ["Justizminister Anisul Huq"]),
        entity("Government of Bangladesh", "ORG", "BGD", ["die Regierung", "Die Behörden"]),
        entity("Bangladesh Army", "ORG", "BGD", ["Soldaten"]),
        entity("Dhaka", "LOC", "BGD", ["der Hauptstadt Dhaka"]),
        entity("Bangladesh Police", "ORG", "BGD", ["Die Polizei"]),
        entity("Bangladeshi student protesters", "ORG", "BGD", ["Demonstranten"]),
        entity("Agence France-Presse", "ORG", "FRA", ["der Nachrichtenagentur AFP"]),
        entity("Nahid Islam", "PER", "BGD", ["einer der Anführer der Studenten, Nahid Islam"]),
        entity("Bangladeshi security forces", "ORG", "BGD", ["Sicherheitskräften in Zivil"]),
        entity("Anti-Discrimination Students Movement", "ORG", "BGD", ["Mitstreiter",
                                                                      "Die Studentenbewegung gegen Diskriminierung",
                                                                      "sie"]),
        entity("Asaduzzaman Khan", "PER", "BGD", ["Innenminister Asaduzzaman Khan"]),
        entity("Sheikh Hasina", "PER", "BGD", ["Premierministerin Sheikh Hasina"]),
        entity("Bangladesh Nationalist Party", "ORG", "BGD", ["die oppositionelle BNP"]),
        entity("Jamaat-e-Islami", "ORG", "BGD", ["die islamistische Jamaat-e-Islami"]),
        entity("Volker Türk", "PER", "UNO", ["UN-Menschenrechtskommissar Volker Türk"]),
    ],
}

# ---------------------------------------------------------------- hm200-de-02
PH_SC = actor("Supreme Court of the Philippines", "PHL", "JUD")
PH_HOUSE = actor("House of Representatives of the Philippines", "PHL", "LEG")
SARA = actor("Sara Duterte", "PHL", "GOV")
MARCOS = actor("Ferdinand Marcos Jr.", "PHL", "GOV")
CASTRO = actor("Claire Castro", "PHL", "GOV")
ESCUDERO = actor("Francis Escudero", "PHL", "LEG")
PH_ACT = actor("Philippine activists", "PHL", "CVL")
AKBAYAN = actor("Akbayan", "PHL", "PTY")

R1 = ("Das Oberste Gericht der Philippinen hat das Amtsenthebungsverfahren gegen Vizepräsidentin Sara Duterte für "
      "verfassungswidrig erklärt.")
R2 = ("Die Richter urteilten am Freitag einstimmig, die im Februar vom Repräsentantenhaus beschlossene Anklage "
      "verstoße gegen das Verbot mehrerer Verfahren innerhalb eines Jahres.")
R3 = "Ein neues Verfahren sei frühestens im Februar 2026 möglich, sagte Gerichtssprecherin Camille Ting."
R4 = "Duterte sprach von einem »Sieg für die Verfassung und das philippinische Volk«."
R5 = ("Sie wirft Präsident Ferdinand Marcos Jr. vor, das Verfahren betrieben zu haben, um sie vor der Wahl 2028 "
      "politisch auszuschalten.")
R6 = ("Das Repräsentantenhaus werde das Gericht um eine Überprüfung des Urteils bitten, erklärte dessen Sprecherin "
      "Princess Abante.")
R7 = "Die Abgeordneten hätten sich an alle Regeln gehalten, so Abante."
R8 = "Präsidentensprecherin Claire Castro sagte, der Palast respektiere die Entscheidung."
R9 = "Senatspräsident Francis Escudero kündigte an, der Senat werde sich an das Urteil halten."
R10 = "Vor dem Gerichtsgebäude in Manila protestierten Dutzende Aktivisten gegen den Richterspruch."
R11 = "Die linke Partei Akbayan warf den Richtern vor, »Straflosigkeit zu belohnen«."
R12 = "Duterte wird unter anderem vorgeworfen, Millionen aus vertraulichen Fonds veruntreut zu haben."
R13 = "Sie bestreitet das."

DE02 = {
    "id": "hm200-de-02", "lang": "de", "url": None, "published": "2025-07-25",
    "title": "Oberstes Gericht stoppt Amtsenthebungsverfahren gegen Sara Duterte",
    "text": paragraphs([R1, R2, R3, R4, R5], [R6, R7, R8, R9], [R10, R11, R12, R13]),
    "events": [
        event("SANCTION", PH_SC, PH_HOUSE, R1, mode="convict", date="2025-07-25"),
        event("SANCTION", PH_SC, PH_HOUSE, R2, mode="convict", date="2025-07-25"),
        event("ACCUSE", PH_HOUSE, SARA, R2, mode="allege"),
        event("SUPPORT", SARA, PH_SC, R4),
        event("ACCUSE", SARA, MARCOS, R5, mode="allege"),
        event("REQUEST", PH_HOUSE, PH_SC, R6, mode="change"),
        event("SUPPORT", CASTRO, PH_SC, R8),
        event("AGREE", ESCUDERO, PH_SC, R9),
        event("PROTEST", PH_ACT, PH_SC, R10, mode="demo", date="2025-07-25", location="Manila",
              location_country="PHL"),
        event("ACCUSE", AKBAYAN, PH_SC, R11, mode="disapprove"),
    ],
    "quotes": [
        quote("die im Februar vom Repräsentantenhaus beschlossene Anklage verstoße gegen das Verbot mehrerer Verfahren "
              "innerhalb eines Jahres", "Supreme Court of the Philippines", "indirect"),
        quote("Ein neues Verfahren sei frühestens im Februar 2026 möglich", "Camille Ting", "indirect"),
        quote("Sieg für die Verfassung und das philippinische Volk", "Sara Duterte", "direct"),
        quote("das Verfahren betrieben zu haben, um sie vor der Wahl 2028 politisch auszuschalten", "Sara Duterte",
              "indirect"),
        quote("Das Repräsentantenhaus werde das Gericht um eine Überprüfung des Urteils bitten", "Princess Abante",
              "indirect"),
        quote("Die Abgeordneten hätten sich an alle Regeln gehalten", "Princess Abante", "indirect"),
        quote("der Palast respektiere die Entscheidung", "Claire Castro", "indirect"),
        quote("der Senat werde sich an das Urteil halten", "Francis Escudero", "indirect"),
        quote("Straflosigkeit zu belohnen", "Akbayan", "direct"),
    ],
    "entities": [
        entity("Supreme Court of the Philippines", "ORG", "PHL", ["Das Oberste Gericht der Philippinen",
                                                                 "Die Richter", "das Gericht",
                                                                 "dem Gerichtsgebäude", "den Richtern"]),
        entity("Philippines", "GPE", "PHL", ["der Philippinen", "philippinische"]),
        entity("Sara Duterte", "PER", "PHL", ["Vizepräsidentin Sara Duterte", "Duterte", "Sie", "sie"]),
        entity("House of Representatives of the Philippines", "ORG", "PHL", ["vom Repräsentantenhaus",
                                                                            "Das Repräsentantenhaus",
                                                                            "Die Abgeordneten"]),
        entity("Camille Ting", "PER", "PHL", ["Gerichtssprecherin Camille Ting"]),
        entity("Ferdinand Marcos Jr.", "PER", "PHL", ["Präsident Ferdinand Marcos Jr."]),
        entity("Princess Abante", "PER", "PHL", ["dessen Sprecherin Princess Abante", "Abante"]),
        entity("Claire Castro", "PER", "PHL", ["Präsidentensprecherin Claire Castro"]),
        entity("Malacañang Palace", "ORG", "PHL", ["der Palast"]),
        entity("Francis Escudero", "PER", "PHL", ["Senatspräsident Francis Escudero"]),
        entity("Senate of the Philippines", "ORG", "PHL", ["der Senat"]),
        entity("Manila", "LOC", "PHL", ["Manila"]),
        entity("Philippine activists", "ORG", "PHL", ["Dutzende Aktivisten"]),
        entity("Akbayan", "ORG", "PHL", ["Die linke Partei Akbayan"]),
    ],
}

# ---------------------------------------------------------------- hm200-de-03
XI = actor("Xi Jinping", "CHN", "GOV")
LEE = actor("Lee Jae-myung", "KOR", "GOV")
TAKAICHI = actor("Sanae Takaichi", "JPN", "GOV")
CHN = actor("China", "CHN", "GOV")
APEC = actor("Asia-Pacific Economic Cooperation", "IGO", "IGO")
PRK = actor("North Korea", "PRK", "MIL")

X1 = ("Chinas Staatschef Xi Jinping und Südkoreas Präsident Lee Jae-myung haben sich am Rande des APEC-Gipfels in "
      "Gyeongju auf eine engere Zusammenarbeit verständigt.")
X2 = ("Bei ihrem ersten Treffen unterzeichneten beide Seiten am Samstag mehrere Abkommen, darunter die Verlängerung "
      "eines Währungstauschs über 70 Billionen Won.")
X3 = "Lee bat Xi, sich für eine Wiederaufnahme des Dialogs mit Nordkorea einzusetzen."
X4 = ("China sei bereit, eine »konstruktive Rolle« auf der koreanischen Halbinsel zu spielen, sagte Xi laut der "
      "Nachrichtenagentur Xinhua.")
X5 = "Xi lud Lee zudem zum nächsten APEC-Gipfel im chinesischen Shenzhen ein."
X6 = ("Bereits am Freitag war Xi in Gyeongju erstmals mit der neuen japanischen Regierungschefin Sanae Takaichi "
      "zusammengetroffen.")
X7 = "Xi sprach von »konstruktiven und stabilen« Beziehungen, die beide Seiten anstrebten."
X8 = ("Takaichi äußerte jedoch »ernste Besorgnis« über chinesische Aktivitäten im Ostchinesischen Meer und rund um die "
      "Senkaku-Inseln.")
X9 = "Zudem forderte sie die Freilassung japanischer Staatsbürger, die in China inhaftiert sind."
X10 = "»Wir werden«, sagte sie vor Journalisten, »mit Peking offen auch über schwierige Fragen sprechen.«"
X11 = ("Die 21 APEC-Mitglieder verabschiedeten zum Abschluss eine gemeinsame Erklärung, in der sie sich zur "
       "Zusammenarbeit bei künstlicher Intelligenz bekennen.")
X12 = "Ein klares Bekenntnis zum freien Welthandel fehlt in dem Text."
X13 = "Nordkorea hatte kurz vor dem Gipfel Marschflugkörper über dem Gelben Meer getestet."

DE03 = {
    "id": "hm200-de-03", "lang": "de", "url": None, "published": "2025-11-01",
    "title": "Xi und Lee vereinbaren in Gyeongju engere Zusammenarbeit",
    "text": paragraphs([X1, X2, X3, X4, X5], [X6, X7, X8, X9, X10], [X11, X12, X13]),
    "events": [
        event("AGREE", XI, LEE, X1, date="2025-11-01", location="Gyeongju", location_country="KOR"),
        event("CONSULT", XI, LEE, X2, mode="visit", date="2025-11-01", location="Gyeongju", location_country="KOR"),
        event("SUPPORT", XI, LEE, X2, date="2025-11-01", location="Gyeongju", location_country="KOR"),
        event("REQUEST", LEE, XI, X3, mode="assist"),
        event("AGREE", XI, LEE, X4),
        event("AGREE", XI, LEE, X5),
        event("CONSULT", XI, TAKAICHI, X6, mode="multilateral", date="2025-10-31", location="Gyeongju",
              location_country="KOR"),
        event("AGREE", XI, TAKAICHI, X7),
        event("ACCUSE", TAKAICHI, CHN, X8, mode="disapprove"),
        event("REQUEST", TAKAICHI, CHN, X9, mode="yield"),
        event("AGREE", TAKAICHI, CHN, X10),
        event("AGREE", APEC, None, X11, location="Gyeongju", location_country="KOR"),
        event("MOBILIZE", PRK, None, X13, mode="weapons"),
    ],
    "quotes": [
        quote("sich für eine Wiederaufnahme des Dialogs mit Nordkorea einzusetzen", "Lee Jae-myung", "indirect"),
        quote("konstruktive Rolle", "Xi Jinping", "direct"),
        quote("China sei bereit, eine »konstruktive Rolle« auf der koreanischen Halbinsel zu spielen", "Xi Jinping",
              "indirect"),
        quote("konstruktiven und stabilen", "Xi Jinping", "direct"),
        quote("ernste Besorgnis", "Sanae Takaichi", "direct"),
        quote("Wir werden", "Sanae Takaichi", "direct"),
        quote("mit Peking offen auch über schwierige Fragen sprechen", "Sanae Takaichi", "direct"),
    ],
    "entities": [
        entity("Xi Jinping", "PER", "CHN", ["Chinas Staatschef Xi Jinping", "Xi"]),
        entity("China", "GPE", "CHN", ["Chinas", "China", "chinesischen", "chinesische", "Peking"]),
        entity("Lee Jae-myung", "PER", "KOR", ["Südkoreas Präsident Lee Jae-myung", "Lee"]),
        entity("South Korea", "GPE", "KOR", ["Südkoreas"]),
        entity("Asia-Pacific Economic Cooperation", "ORG", "IGO", ["APEC-Gipfels", "Die 21 APEC-Mitglieder"]),
        entity("Gyeongju", "LOC", "KOR", ["Gyeongju"]),
        entity("North Korea", "GPE", "PRK", ["Nordkorea"]),
        entity("Korean Peninsula", "LOC", None, ["der koreanischen Halbinsel"]),
        entity("Xinhua", "ORG", "CHN", ["der Nachrichtenagentur Xinhua"]),
        entity("Shenzhen", "LOC", "CHN", ["Shenzhen"]),
        entity("Sanae Takaichi", "PER", "JPN", ["der neuen japanischen Regierungschefin Sanae Takaichi", "Takaichi",
                                                "sie"]),
        entity("Japan", "GPE", "JPN", ["japanischen", "japanischer"]),
        entity("East China Sea", "LOC", None, ["Ostchinesischen Meer"]),
        entity("Senkaku Islands", "LOC", None, ["die Senkaku-Inseln"]),
        entity("Yellow Sea", "LOC", None, ["dem Gelben Meer"]),
    ],
}

# ---------------------------------------------------------------- hm200-de-04
KIA = actor("Kachin Independence Army", "MMR", "REB")
NDAK = actor("New Democratic Army-Kachin", "MMR", "MIL")
MMR_MIL = actor("Myanmar military", "MMR", "MIL")
VILLAGERS = actor("Villagers near Chipwi", "MMR", "CVL")
ZMT = actor("Zaw Min Tun", "MMR", "GOV")
NAWBU = actor("Naw Bu", "MMR", "REB")
CHN_G = actor("China", "CHN", "GOV")
CHN_MFA = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")
NUG = actor("National Unity Government", "MMR", "OPP")

K1 = ("Die Kachin-Unabhängigkeitsarmee (KIA) hat im Norden Myanmars nach tagelangen Gefechten die Kleinstadt Pangwa "
      "an der Grenze zu China erobert.")
K2 = ("Der Ort im Bundesstaat Kachin gilt als Zentrum des Abbaus Seltener Erden, die zum größten Teil nach China "
      "exportiert werden.")
K3 = ("Kämpfer der mit der Junta verbündeten Miliz Neue Demokratische Armee-Kachin (NDA-K) zogen sich aus ihren "
      "Stellungen zurück, Dutzende legten die Waffen nieder.")
K4 = "Die Armee reagierte am Sonntag mit Luftangriffen auf Dörfer nahe der Stadt Chipwi."
K5 = "Nach Angaben örtlicher Helfer wurden dabei mindestens sieben Zivilisten getötet."
K6 = ("Junta-Sprecher Zaw Min Tun warf der KIA vor, sich mit »terroristischen Methoden« die Bodenschätze des Landes "
      "aneignen zu wollen.")
K7 = "Berichte über getötete Zivilisten wies er als »Propaganda« zurück."
K8 = "Die KIA werde »jeden Angriff« auf die befreiten Gebiete zurückschlagen, erklärte ihr Sprecher Naw Bu."
K9 = "China schloss daraufhin mehrere Grenzübergänge zum Kachin-Staat und stoppte die Einfuhr von Erzen aus der Region."
K10 = "Das Außenministerium in Peking rief die KIA und die Armee Myanmars zu einer sofortigen Waffenruhe auf."
K11 = "Die Exilregierung der Nationalen Einheit (NUG) begrüßte dagegen den Vormarsch der Rebellen."
K12 = "Direkte Gespräche zwischen der KIA und der Junta gibt es bislang nicht."
K13 = "Seit dem Militärputsch im Februar 2021 kämpfen zahlreiche bewaffnete Gruppen gegen die Armee."

DE04 = {
    "id": "hm200-de-04", "lang": "de", "url": None, "published": "2024-10-21",
    "title": "Kachin-Rebellen erobern Zentrum des Seltene-Erden-Abbaus in Myanmar",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6, K7, K8], [K9, K10, K11, K12, K13]),
    "events": [
        event("ASSAULT", KIA, NDAK, K1, location="Pangwa", location_country="MMR"),
        event("RETREAT", NDAK, KIA, K3, mode="withdraw", location="Pangwa", location_country="MMR"),
        event("ASSAULT", MMR_MIL, VILLAGERS, K4, mode="aerial", date="2024-10-20", location="Chipwi",
              location_country="MMR"),
        event("ACCUSE", ZMT, KIA, K6, mode="allege"),
        event("THREATEN", NAWBU, MMR_MIL, K8, mode="violence"),
        event("COERCE", CHN_G, KIA, K9, mode="restrict"),
        event("SANCTION", CHN_G, KIA, K9, mode="discontinue"),
        event("REQUEST", CHN_MFA, KIA, K10, mode="yield"),
        event("REQUEST", CHN_MFA, MMR_MIL, K10, mode="yield"),
        event("SUPPORT", NUG, KIA, K11),
        event("CONSULT", KIA, MMR_MIL, K12, negated=True),
    ],
    "quotes": [
        quote("wurden dabei mindestens sieben Zivilisten getötet", "Local aid workers", "indirect"),
        quote("terroristischen Methoden", "Zaw Min Tun", "direct"),
        quote("sich mit »terroristischen Methoden« die Bodenschätze des Landes aneignen zu wollen", "Zaw Min Tun",
              "indirect"),
        quote("Propaganda", "Zaw Min Tun", "direct"),
        quote("jeden Angriff", "Naw Bu", "direct"),
        quote("Die KIA werde »jeden Angriff« auf die befreiten Gebiete zurückschlagen", "Naw Bu", "indirect"),
    ],
    "entities": [
        entity("Kachin Independence Army", "ORG", "MMR", ["Die Kachin-Unabhängigkeitsarmee (KIA)", "der KIA",
                                                          "Die KIA", "die KIA", "der Rebellen"]),
        entity("Myanmar", "GPE", "MMR", ["Myanmars", "des Landes"]),
        entity("Pangwa", "LOC", "MMR", ["die Kleinstadt Pangwa", "Der Ort"]),
        entity("China", "GPE", "CHN", ["China", "Peking"]),
        entity("Kachin State", "LOC", "MMR", ["im Bundesstaat Kachin", "zum Kachin-Staat", "der Region"]),
        entity("New Democratic Army-Kachin", "ORG", "MMR", ["Miliz Neue Demokratische Armee-Kachin (NDA-K)"]),
        entity("Myanmar military", "ORG", "MMR", ["der Junta", "Die Armee", "die Armee Myanmars", "die Armee"]),
        entity("Chipwi", "LOC", "MMR", ["der Stadt Chipwi"]),
        entity("Local aid workers", "ORG", "MMR", ["örtlicher Helfer"]),
        entity("Zaw Min Tun", "PER", "MMR", ["Junta-Sprecher Zaw Min Tun", "er"]),
        entity("Naw Bu", "PER", "MMR", ["ihr Sprecher Naw Bu"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Das Außenministerium in Peking"]),
        entity("National Unity Government", "ORG", "MMR", ["Die Exilregierung der Nationalen Einheit (NUG)"]),
    ],
}

# ---------------------------------------------------------------- hm200-en-01
SAU = actor("Saudi Arabia", "SAU", "GOV")
IMO = actor("International Maritime Organization", "UNO", "IGO")
TRUMP = actor("Donald Trump", "USA", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")
WRIGHT = actor("Chris Wright", "USA", "GOV")
DUFFY = actor("Sean Duffy", "USA", "GOV")
DOMINGUEZ = actor("Arsenio Dominguez", "UNO", "IGO")
REGENVANU = actor("Ralph Regenvanu", "VUT", "GOV")
USA = actor("United States", "USA", "GOV")
WH = actor("White House", "USA", "GOV")
BRA = actor("Brazil", "BRA", "GOV")
KEN = actor("Kenya", "KEN", "GOV")
RUS = actor("Russia", "RUS", "GOV")
ICS = actor("International Chamber of Shipping", "NGO", "BUS")

I1 = ("Member states of the International Maritime Organization voted on Friday to delay by a year the adoption of a "
      "global carbon levy on shipping, after intense pressure from the United States.")
I2 = "The motion to adjourn, tabled by Saudi Arabia, passed by 57 votes to 49 at the agency's London headquarters."
I3 = ("President Donald Trump had urged governments to vote no, calling the plan a “Global Green New Scam Tax on "
      "Shipping.”")
I4 = ("Secretary of State Marco Rubio, Energy Secretary Chris Wright and Transportation Secretary Sean Duffy warned "
      "last week that Washington could impose visa restrictions, port fees and sanctions on countries backing the "
      "framework.")
I5 = "IMO Secretary-General Arsenio Dominguez said he was disappointed, but urged member states to “use this year wisely.”"
I6 = "Vanuatu's climate minister Ralph Regenvanu condemned what he called “open intimidation” by Washington."
I7 = ("“We will not give up,” Marshall Islands climate envoy Tina Stege said, “because our islands cannot wait another "
      "decade.”")
I8 = "The White House hailed the delay as “another huge win” for American consumers."
I9 = ("Under the framework agreed in April, ships exceeding emission limits would have had to pay for every extra ton "
      "from 2028.")
I10 = "Brazil and Kenya had backed the levy, while Russia and Saudi Arabia led the opposition."
I11 = "Shipping accounts for nearly 3 percent of global greenhouse gas emissions."
I12 = ("The International Chamber of Shipping, which represents shipowners, urged governments to return to the table "
       "quickly.")

EN01 = {
    "id": "hm200-en-01", "lang": "en", "url": None, "published": "2025-10-17",
    "title": "U.N. shipping agency delays carbon levy after U.S. pressure",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7, I8], [I9, I10, I11, I12]),
    "events": [
        event("REQUEST", SAU, IMO, I2, mode="change", date="2025-10-17", location="London", location_country="GBR"),
        event("REQUEST", TRUMP, None, I3, mode="change"),
        event("ACCUSE", TRUMP, IMO, I3, mode="disapprove"),
        event("THREATEN", RUBIO, None, I4, mode="restrict"),
        event("THREATEN", WRIGHT, None, I4, mode="restrict"),
        event("THREATEN", DUFFY, None, I4, mode="restrict"),
        event("REQUEST", DOMINGUEZ, None, I5, mode="meet"),
        event("ACCUSE", REGENVANU, USA, I6, mode="disapprove"),
        event("SUPPORT", WH, IMO, I8),
        event("SUPPORT", BRA, IMO, I10),
        event("SUPPORT", KEN, IMO, I10),
        event("REJECT", RUS, IMO, I10, mode="change"),
        event("REJECT", SAU, IMO, I10, mode="change"),
        event("REQUEST", ICS, None, I12, mode="meet"),
    ],
    "quotes": [
        quote("Global Green New Scam Tax on Shipping", "Donald Trump", "direct"),
        quote("Washington could impose visa restrictions, port fees and sanctions on countries backing the framework",
              "Marco Rubio", "indirect"),
        quote("he was disappointed", "Arsenio Dominguez", "indirect"),
        quote("use this year wisely", "Arsenio Dominguez", "direct"),
        quote("open intimidation", "Ralph Regenvanu", "direct"),
        quote("We will not give up", "Tina Stege", "direct"),
        quote("because our islands cannot wait another decade", "Tina Stege", "direct"),
        quote("another huge win", "White House", "direct"),
    ],
    "entities": [
        entity("International Maritime Organization", "ORG", "UNO", ["the International Maritime Organization",
                                                                    "the agency's", "IMO"]),
        entity("United States", "GPE", "USA", ["the United States", "Washington", "American"]),
        entity("Saudi Arabia", "GPE", "SAU", ["Saudi Arabia"]),
        entity("London", "LOC", "GBR", ["London"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump"]),
        entity("Marco Rubio", "PER", "USA", ["Secretary of State Marco Rubio"]),
        entity("Chris Wright", "PER", "USA", ["Energy Secretary Chris Wright"]),
        entity("Sean Duffy", "PER", "USA", ["Transportation Secretary Sean Duffy"]),
        entity("Arsenio Dominguez", "PER", "UNO", ["IMO Secretary-General Arsenio Dominguez", "he"]),
        entity("Ralph Regenvanu", "PER", "VUT", ["Vanuatu's climate minister Ralph Regenvanu", "he"]),
        entity("Vanuatu", "GPE", "VUT", ["Vanuatu's"]),
        entity("Tina Stege", "PER", "MHL", ["Marshall Islands climate envoy Tina Stege"]),
        entity("Marshall Islands", "GPE", "MHL", ["Marshall Islands"]),
        entity("White House", "ORG", "USA", ["The White House"]),
        entity("Brazil", "GPE", "BRA", ["Brazil"]),
        entity("Kenya", "GPE", "KEN", ["Kenya"]),
        entity("Russia", "GPE", "RUS", ["Russia"]),
        entity("International Chamber of Shipping", "ORG", "NGO", ["The International Chamber of Shipping"]),
    ],
}

# ---------------------------------------------------------------- hm200-en-02
IMF = actor("International Monetary Fund", "IGO", "IGO")
PAK = actor("Pakistan", "PAK", "GOV")
IND = actor("India", "IND", "GOV")
IND_MOF = actor("Ministry of Finance of India", "IND", "GOV")
SHARIF = actor("Shehbaz Sharif", "PAK", "GOV")
IND_MIL = actor("India", "IND", "MIL")
PAK_MIL = actor("Pakistan", "PAK", "MIL")
IMF_SPOX = actor("IMF spokesperson", "IGO", "IGO")
AURANGZEB = actor("Muhammad Aurangzeb", "PAK", "GOV")

F1 = ("The International Monetary Fund's executive board on Friday approved the release of about $1 billion to "
      "Pakistan, brushing aside India's call to halt the loan as the neighbours fought their worst battle in decades.")
F2 = "The payout follows the first review of a $7 billion bailout agreed last year."
F3 = ("India's finance ministry said it had abstained in the vote, warning that the money could end up financing "
      "“state-sponsored cross-border terrorism” in the region.")
F4 = ("New Delhi had asked the fund to reconsider the programme, arguing that Pakistan had a poor record of meeting "
      "loan conditions.")
F5 = "Prime Minister Shehbaz Sharif welcomed the decision and said India's “coercive tactics” had failed."
F6 = ("The vote came two days after India struck what it called terrorist camps in Pakistan and Pakistani-administered "
      "Kashmir.")
F7 = "The two nuclear-armed neighbours have since traded drone and artillery attacks along their border."
F8 = "Islamabad denies any role in the April attack on tourists in Kashmir that triggered the crisis."
F9 = ("An IMF spokesperson said Pakistan had met all targets under the programme and that the decision was based on "
      "economic criteria alone.")
F10 = "The board also approved a new $1.4 billion loan to help Pakistan cope with climate disasters."
F11 = "Finance Minister Muhammad Aurangzeb pledged to press ahead with tax reforms and cut the budget deficit."
F12 = "Had the board withheld the money, Pakistan could have faced a balance-of-payments crisis, analysts said."

EN02 = {
    "id": "hm200-en-02", "lang": "en", "url": None, "published": "2025-05-10",
    "title": "IMF releases $1 billion to Pakistan despite Indian objections",
    "text": paragraphs([F1, F2, F3, F4, F5], [F6, F7, F8], [F9, F10, F11, F12]),
    "events": [
        event("AID", IMF, PAK, F1, date="2025-05-09"),
        event("REJECT", IMF, IND, F1, mode="change", date="2025-05-09"),
        event("ACCUSE", IND_MOF, PAK, F3, mode="allege"),
        event("REQUEST", IND, IMF, F4, mode="change"),
        event("SUPPORT", SHARIF, IMF, F5),
        event("ACCUSE", SHARIF, IND, F5, mode="disapprove"),
        event("ASSAULT", IND_MIL, PAK, F6, date="2025-05-07", location_country="PAK"),
        event("ASSAULT", IND_MIL, PAK, F7, mode="drone"),
        event("ASSAULT", PAK_MIL, IND, F7, mode="drone"),
        event("SUPPORT", IMF_SPOX, PAK, F9),
        event("AID", IMF, PAK, F10, date="2025-05-09"),
        event("AGREE", AURANGZEB, IMF, F11),
    ],
    "quotes": [
        quote("it had abstained in the vote, warning that the money could end up financing “state-sponsored "
              "cross-border terrorism” in the region", "Ministry of Finance of India", "indirect"),
        quote("state-sponsored cross-border terrorism", "Ministry of Finance of India", "direct"),
        quote("Pakistan had a poor record of meeting loan conditions", "Government of India", "indirect"),
        quote("India's “coercive tactics” had failed", "Shehbaz Sharif", "indirect"),
        quote("coercive tactics", "Shehbaz Sharif", "direct"),
        quote("Pakistan had met all targets under the programme and that the decision was based on economic criteria "
              "alone", "IMF spokesperson", "indirect"),
        quote("Had the board withheld the money, Pakistan could have faced a balance-of-payments crisis", "analysts",
              "indirect"),
    ],
    "entities": [
        entity("International Monetary Fund", "ORG", "IGO", ["The International Monetary Fund's executive board",
                                                            "the fund", "IMF", "The board", "the board"]),
        entity("Pakistan", "GPE", "PAK", ["Pakistan", "Islamabad", "Pakistani-administered"]),
        entity("India", "GPE", "IND", ["India's", "India", "New Delhi"]),
        entity("Ministry of Finance of India", "ORG", "IND", ["India's finance ministry"]),
        entity("Shehbaz Sharif", "PER", "PAK", ["Prime Minister Shehbaz Sharif"]),
        entity("Kashmir", "LOC", None, ["Kashmir"]),
        entity("IMF spokesperson", "PER", "IGO", ["An IMF spokesperson"]),
        entity("Muhammad Aurangzeb", "PER", "PAK", ["Finance Minister Muhammad Aurangzeb"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
