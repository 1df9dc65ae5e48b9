"""Round 307: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm331-de-01: Kiribati/Fiji: Sitiveni Rabuka visits South Tarawa and Taneti Maamau agrees to return to the Pacific Islands Forum; the 2022 walkout over the secretary-general post, Rabuka's assurance, fisheries and climate cooperation, Puna and Wong welcome it, Lambourne objects and demands a parliamentary vote (2023-01-30).
- hm331-de-02: India: Modi's NDA wins the Bihar state election with 202 of 243 seats; Modi and Nitish Kumar praise each other, Rahul Gandhi attacks the Election Commission over the roll revision, Tejashwi Yadav concedes, the Mokama killing and Anant Singh's arrest, Prashant Kishor takes the blame, Amit Shah hits back, Congress turns to the Supreme Court (2025-11-14).
- hm331-de-03: Timor-Leste: Xanana Gusmão sworn in as prime minister after the CNRT-PD coalition deal; demands on Australia and Woodside over Greater Sunrise, Albanese's call and invitation, Widodo's congratulations, Alkatiri's accusation, Fretilin boycott, police presence, the 2018 maritime boundary treaty (2023-07-01).
- hm331-de-04: Myanmar: the TNLA agrees in Kunming to withdraw from Mogok and Momeik in return for an end to junta air strikes; ceasefire under Chinese mediation, Guo Jiakun's appeal, the recapture of Kyaukme and Hsipaw, TNLA accusation, Zaw Min Tun's threat, NUG accuses Beijing, China's border trade squeeze, the MNDAA's handover of Lashio (2025-10-29).
- hm331-en-01: ICC: the Appeals Chamber rejects Rodrigo Duterte's bid for interim release; Kaufman objects, the prosecution welcomes it, the March arrest in Manila, the 2019 withdrawal, Sara Duterte attacks the court and Marcos, Conti welcomes it, rally in Davao City without arrests (2025-11-28).
- hm331-en-02: Taiwan: the Kuomintang elects Cheng Li-wun as chair; Hau concedes, Xi Jinping congratulates and urges the 1992 Consensus, Cheng offers to meet Xi, Lai congratulates and appeals, the DPP and the Mainland Affairs Council object, Chinese aircraft and ships around Taiwan (2025-10-18).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm331-de-01 (Kiribati, return to the PIF)
RABUKA = actor("Sitiveni Rabuka", "FJI", "GOV")
MAAMAU = actor("Taneti Maamau", "KIR", "GOV")
KIR_GOV = actor("Government of Kiribati", "KIR", "GOV")
FJI_GOV = actor("Government of Fiji", "FJI", "GOV")
PIF = actor("Pacific Islands Forum", "IGO", "IGO")
PUNA = actor("Henry Puna", "IGO", "IGO")
WONG = actor("Penny Wong", "AUS", "GOV")
LAMBOURNE = actor("Tessie Eria Lambourne", "KIR", "OPP")

K1 = ("Tarawa (dpa) - Der Pazifikstaat Kiribati kehrt nach einem Besuch des fidschianischen Regierungschefs "
      "Sitiveni Rabuka in das Pacific Islands Forum (PIF) zurück.")
K2 = ("Präsident Taneti Maamau habe der Rückkehr bei einem Treffen mit Rabuka am Montag in South Tarawa "
      "zugestimmt, teilte das Büro des Präsidenten mit.")
K3 = ("Der 74-Jährige war am Morgen mit einer kleinen Delegation auf dem Flughafen Bonriki gelandet und von "
      "Maamau persönlich empfangen worden.")
K4 = ("Kiribati hatte das Regionalbündnis im Juli vergangenen Jahres verlassen, weil es sich bei der Besetzung "
      "des Generalsekretärspostens übergangen fühlte.")
K5 = ("Die mikronesischen Mitgliedsstaaten hatten den Posten nach einer informellen Absprache für einen eigenen "
      "Kandidaten beansprucht, gewählt wurde 2021 jedoch der frühere Premier der Cookinseln, Henry Puna.")
K6 = "„Die pazifische Familie ist wieder vollständig“, sagte Rabuka nach dem Gespräch."
K7 = ("Er habe Maamau zugesichert, dass die Anliegen der mikronesischen Staaten beim nächsten Gipfel ernst "
      "genommen würden, sagte der frühere Putschist.")
K8 = ("Maamau dankte Fidschi für die Vermittlung und sprach von einem „neuen Kapitel“ in den Beziehungen zu den "
      "Nachbarn.")
K9 = ("Beide Regierungen vereinbarten zudem, bei der Fischereiüberwachung und im Kampf gegen den Klimawandel "
      "enger zusammenzuarbeiten.")
K10 = ("PIF-Generalsekretär Puna begrüßte die Entscheidung in einer Erklärung aus Suva als „Sieg der regionalen "
       "Einheit“.")
K11 = "Auch die australische Außenministerin Penny Wong äußerte sich erfreut."
K12 = ("Oppositionsführerin Tessie Eria Lambourne warf Maamau dagegen vor, das Land mit dem Austritt monatelang "
       "isoliert zu haben, ohne das Parlament zu befragen.")
K13 = "Sie forderte die Regierung auf, die Rückkehr vom Parlament billigen zu lassen."
K14 = ("Maamau kündigte an, Kiribati werde im Februar einen formellen Antrag an das Forumssekretariat "
       "schicken.")
K15 = ("Westliche Diplomaten werten die Rückkehr auch als Rückschlag für China, das seit dem Wechsel Kiribatis "
       "von Taiwan zu Peking im Jahr 2019 in dem Inselstaat an Einfluss gewonnen hat.")
K16 = ("Kiribati mit seinen rund 130.000 Einwohnern gilt als eines der Länder, die am stärksten vom Anstieg des "
       "Meeresspiegels bedroht sind.")
K17 = "Rabuka wollte noch am Dienstag nach Fidschi zurückkehren."

DE01 = {
    "id": "hm331-de-01", "lang": "de", "url": None, "published": "2023-01-30",
    "title": "Kiribati kehrt nach Rabuka-Besuch ins Pazifikforum zurück",
    "text": paragraphs([K1, K2, K3], [K4, K5], [K6, K7, K8, K9], [K10, K11, K12, K13, K14], [K15, K16, K17]),
    "events": [
        event("AGREE", KIR_GOV, PIF, K1),
        event("CONSULT", RABUKA, MAAMAU, K2, mode="visit", date="2023-01-30", location="South Tarawa",
              location_country="KIR"),
        event("AGREE", MAAMAU, PIF, K2, date="2023-01-30", location="South Tarawa", location_country="KIR"),
        event("CONSULT", RABUKA, MAAMAU, K3, mode="visit", date="2023-01-30", location="Bonriki",
              location_country="KIR"),
        event("SANCTION", KIR_GOV, PIF, K4, mode="withdraw"),
        event("AGREE", RABUKA, MAAMAU, K7),
        event("SUPPORT", MAAMAU, FJI_GOV, K8),
        event("AGREE", FJI_GOV, KIR_GOV, K9),
        event("SUPPORT", PUNA, KIR_GOV, K10),
        event("SUPPORT", WONG, KIR_GOV, K11),
        event("ACCUSE", LAMBOURNE, MAAMAU, K12, mode="disapprove"),
        event("REQUEST", LAMBOURNE, KIR_GOV, K13, mode="change"),
        event("AGREE", MAAMAU, PIF, K14),
    ],
    "quotes": [
        quote("Präsident Taneti Maamau habe der Rückkehr bei einem Treffen mit Rabuka am Montag in South Tarawa "
              "zugestimmt", "Office of the President of Kiribati", "indirect"),
        quote("Die pazifische Familie ist wieder vollständig", "Sitiveni Rabuka", "direct"),
        quote("Er habe Maamau zugesichert, dass die Anliegen der mikronesischen Staaten beim nächsten Gipfel ernst "
              "genommen würden", "Sitiveni Rabuka", "indirect"),
        quote("neuen Kapitel", "Taneti Maamau", "direct"),
        quote("Sieg der regionalen Einheit", "Henry Puna", "direct"),
        quote("das Land mit dem Austritt monatelang isoliert zu haben, ohne das Parlament zu befragen",
              "Tessie Eria Lambourne", "indirect"),
        quote("Kiribati werde im Februar einen formellen Antrag an das Forumssekretariat schicken", "Taneti Maamau",
              "indirect"),
    ],
    "entities": [
        entity("Tarawa", "LOC", "KIR", ["Tarawa", "South Tarawa"]),
        entity("Kiribati", "LOC", "KIR", ["Der Pazifikstaat Kiribati", "Kiribati", "das Land", "Kiribatis",
                                          "dem Inselstaat"]),
        entity("Sitiveni Rabuka", "PER", "FJI", ["des fidschianischen Regierungschefs Sitiveni Rabuka", "Rabuka",
                                                 "Der 74-Jährige", "der frühere Putschist"]),
        entity("Pacific Islands Forum", "ORG", "IGO", ["Pacific Islands Forum", "PIF", "das Regionalbündnis"]),
        entity("Taneti Maamau", "PER", "KIR", ["Präsident Taneti Maamau", "Maamau"]),
        entity("Office of the President of Kiribati", "ORG", "KIR", ["das Büro des Präsidenten"]),
        entity("Bonriki International Airport", "LOC", "KIR", ["dem Flughafen Bonriki"]),
        entity("Micronesian member states of the Pacific Islands Forum", "ORG", None,
               ["Die mikronesischen Mitgliedsstaaten", "der mikronesischen Staaten"]),
        entity("Henry Puna", "PER", "IGO", ["Henry Puna", "PIF-Generalsekretär Puna"]),
        entity("Cook Islands", "LOC", "COK", ["der Cookinseln"]),
        entity("Fiji", "LOC", "FJI", ["Fidschi"]),
        entity("Suva", "LOC", "FJI", ["Suva"]),
        entity("Penny Wong", "PER", "AUS", ["die australische Außenministerin Penny Wong"]),
        entity("Tessie Eria Lambourne", "PER", "KIR", ["Oppositionsführerin Tessie Eria Lambourne"]),
        entity("Parliament of Kiribati", "ORG", "KIR", ["das Parlament", "vom Parlament"]),
        entity("Government of Kiribati", "ORG", "KIR", ["die Regierung"]),
        entity("Pacific Islands Forum Secretariat", "ORG", "IGO", ["das Forumssekretariat"]),
        entity("Western diplomats", "PER", None, ["Westliche Diplomaten"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Taiwan", "LOC", "TWN", ["Taiwan"]),
        entity("Government of China", "ORG", "CHN", ["Peking"]),
    ],
}

# ---------------------------------------------------------------- hm331-de-02 (India, Bihar state election)
MODI = actor("Narendra Modi", "IND", "GOV")
NITISH = actor("Nitish Kumar", "IND", "GOV")
RAHUL = actor("Rahul Gandhi", "IND", "OPP")
ECI = actor("Election Commission of India", "IND", "GOV")
TEJASHWI = actor("Tejashwi Yadav", "IND", "OPP")
NDA = actor("National Democratic Alliance", "IND", "PTY")
MOKAMA_ATTACKERS = actor("attackers of the Jan Suraaj convoy in Mokama", "IND", "CVL")
DULARCHAND = actor("Dularchand Yadav", "IND", "PTY")
BIHAR_POLICE = actor("Bihar Police", "IND", "COP")
ANANT_SINGH = actor("Anant Singh", "IND", "PTY")
KISHOR = actor("Prashant Kishor", "IND", "PTY")
SHAH = actor("Amit Shah", "IND", "GOV")
MGB = actor("Mahagathbandhan", "IND", "OPP")
INC = actor("Indian National Congress", "IND", "OPP")
SC_IND = actor("Supreme Court of India", "IND", "JUD")

B1 = ("Patna (AFP) - Die Regierungsallianz von Indiens Premierminister Narendra Modi hat die Landtagswahl im "
      "ostindischen Bundesstaat Bihar mit großem Vorsprung gewonnen.")
B2 = ("Die Nationale Demokratische Allianz (NDA) aus Modis hindunationalistischer BJP und der Regionalpartei "
      "JD(U) von Regierungschef Nitish Kumar kam nach der Auszählung am Freitag auf 202 der 243 Sitze.")
B3 = "Das Oppositionsbündnis um die Regionalpartei RJD und die Kongresspartei erreichte nur 35 Mandate."
B4 = ("Modi gratulierte Kumar und sprach vor jubelnden Anhängern in der BJP-Zentrale in Neu-Delhi von einem "
      "„historischen Mandat“ für Entwicklung und gute Regierungsführung.")
B5 = ("Der 74-jährige Kumar dankte dem Premier und kündigte an, er werde am kommenden Donnerstag zum zehnten Mal "
      "als Regierungschef vereidigt.")
B6 = ("Oppositionsführer Rahul Gandhi schrieb auf der Plattform X, die Wahl sei „von Anfang an nicht fair“ "
      "gewesen.")
B7 = ("Gandhi wirft der Wahlkommission seit Monaten vor, bei einer Überprüfung der Wählerverzeichnisse gezielt "
      "Anhänger der Opposition gestrichen zu haben.")
B8 = ("Die Kommission hatte vor der Wahl rund 6,5 Millionen Namen aus den Listen entfernt und dies mit "
      "Todesfällen, Umzügen und Doppeleinträgen begründet.")
B9 = "Der Oberste Wahlkommissar Gyanesh Kumar wies die Vorwürfe zurück."
B10 = ("Der Spitzenkandidat der Opposition, Tejashwi Yadav, räumte die Niederlage ein, kündigte aber an, seine "
       "RJD werde „auf der Straße und im Parlament“ weiterkämpfen.")
B11 = "Der Wahlkampf war von Gewalt überschattet."
B12 = ("Im Wahlkreis Mokama war Ende Oktober Dularchand Yadav, ein Unterstützer der neuen Partei Jan Suraaj, bei "
       "einem Angriff auf einen Wahlkampfkonvoi getötet worden.")
B13 = ("Die Polizei nahm wenige Tage später den Kandidaten der JD(U), Anant Singh, fest, der den Sitz dennoch "
       "gewann.")
B14 = ("Der Gründer von Jan Suraaj, der Wahlstratege Prashant Kishor, übernahm die Verantwortung dafür, dass "
       "seine Partei keinen einzigen Sitz holte.")
B15 = "Er wolle zur Buße einen Tag lang schweigen, sagte der 48-Jährige."
B16 = ("Innenminister Amit Shah warf der Opposition vor, mit ihren Angriffen auf die Wahlkommission die "
       "Demokratie zu untergraben.")
B17 = ("Die Kongresspartei forderte den Obersten Gerichtshof auf, die Streichungen aus den Wählerlisten "
       "untersuchen zu lassen.")
B18 = ("Das Gericht hatte die Überprüfung im Sommer weiterlaufen lassen, die Kommission aber angewiesen, auch die "
       "Identitätskarte Aadhaar als Nachweis anzuerkennen.")
B19 = ("Die Wahlbeteiligung lag mit fast 67 Prozent so hoch wie nie zuvor in dem Bundesstaat mit rund "
       "130 Millionen Einwohnern.")

DE02 = {
    "id": "hm331-de-02", "lang": "de", "url": None, "published": "2025-11-14",
    "title": "Modis Allianz gewinnt Wahl in Bihar deutlich",
    "text": paragraphs([B1, B2, B3], [B4, B5], [B6, B7, B8, B9, B10], [B11, B12, B13, B14, B15],
                       [B16, B17, B18, B19]),
    "events": [
        event("SUPPORT", MODI, NITISH, B4, location="New Delhi", location_country="IND"),
        event("SUPPORT", NITISH, MODI, B5),
        event("ACCUSE", RAHUL, ECI, B6, mode="disapprove"),
        event("ACCUSE", RAHUL, ECI, B7, mode="allege"),
        event("CONCEDE", TEJASHWI, NDA, B10),
        event("ASSAULT", MOKAMA_ATTACKERS, DULARCHAND, B12, location="Mokama", location_country="IND"),
        event("COERCE", BIHAR_POLICE, ANANT_SINGH, B13, mode="arrest"),
        event("CONCEDE", KISHOR, None, B14),
        event("ACCUSE", SHAH, MGB, B16, mode="disapprove"),
        event("REQUEST", INC, SC_IND, B17),
        event("REQUEST", SC_IND, ECI, B18, mode="change"),
    ],
    "quotes": [
        quote("historischen Mandat", "Narendra Modi", "direct"),
        quote("er werde am kommenden Donnerstag zum zehnten Mal als Regierungschef vereidigt", "Nitish Kumar",
              "indirect"),
        quote("die Wahl sei „von Anfang an nicht fair“ gewesen", "Rahul Gandhi", "indirect"),
        quote("von Anfang an nicht fair", "Rahul Gandhi", "direct"),
        quote("bei einer Überprüfung der Wählerverzeichnisse gezielt Anhänger der Opposition gestrichen zu haben",
              "Rahul Gandhi", "indirect"),
        quote("seine RJD werde „auf der Straße und im Parlament“ weiterkämpfen", "Tejashwi Yadav", "indirect"),
        quote("auf der Straße und im Parlament", "Tejashwi Yadav", "direct"),
        quote("Er wolle zur Buße einen Tag lang schweigen", "Prashant Kishor", "indirect"),
        quote("mit ihren Angriffen auf die Wahlkommission die Demokratie zu untergraben", "Amit Shah", "indirect"),
    ],
    "entities": [
        entity("Patna", "LOC", "IND", ["Patna"]),
        entity("India", "LOC", "IND", ["Indiens"]),
        entity("Narendra Modi", "PER", "IND", ["Indiens Premierminister Narendra Modi", "Modis", "Modi",
                                               "dem Premier"]),
        entity("Bihar", "LOC", "IND", ["ostindischen Bundesstaat Bihar", "dem Bundesstaat"]),
        entity("National Democratic Alliance", "ORG", "IND", ["Die Regierungsallianz",
                                                              "Die Nationale Demokratische Allianz (NDA)"]),
        entity("Bharatiya Janata Party", "ORG", "IND", ["BJP"]),
        entity("Janata Dal (United)", "ORG", "IND", ["JD(U)"]),
        entity("Nitish Kumar", "PER", "IND", ["Regierungschef Nitish Kumar", "Der 74-jährige Kumar", "Kumar"]),
        entity("Mahagathbandhan", "ORG", "IND", ["Das Oppositionsbündnis", "der Opposition"]),
        entity("Rashtriya Janata Dal", "ORG", "IND", ["RJD"]),
        entity("Indian National Congress", "ORG", "IND", ["die Kongresspartei", "Die Kongresspartei"]),
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("Rahul Gandhi", "PER", "IND", ["Oppositionsführer Rahul Gandhi", "Gandhi"]),
        entity("X", "ORG", None, ["der Plattform X"]),
        entity("Election Commission of India", "ORG", "IND", ["der Wahlkommission", "Die Kommission",
                                                              "die Wahlkommission", "die Kommission"]),
        entity("Gyanesh Kumar", "PER", "IND", ["Der Oberste Wahlkommissar Gyanesh Kumar"]),
        entity("Tejashwi Yadav", "PER", "IND", ["Der Spitzenkandidat der Opposition, Tejashwi Yadav"]),
        entity("Bihar Legislative Assembly", "ORG", "IND", ["im Parlament"]),
        entity("Mokama", "LOC", "IND", ["Wahlkreis Mokama"]),
        entity("Dularchand Yadav", "PER", "IND", ["Dularchand Yadav", "ein Unterstützer der neuen Partei Jan Suraaj"]),
        entity("Jan Suraaj Party", "ORG", "IND", ["Jan Suraaj", "seine Partei"]),
        entity("Bihar Police", "ORG", "IND", ["Die Polizei"]),
        entity("Anant Singh", "PER", "IND", ["den Kandidaten der JD(U), Anant Singh"]),
        entity("Prashant Kishor", "PER", "IND", ["der Wahlstratege Prashant Kishor", "der 48-Jährige",
                                                 "Der Gründer von Jan Suraaj"]),
        entity("Amit Shah", "PER", "IND", ["Innenminister Amit Shah"]),
        entity("Supreme Court of India", "ORG", "IND", ["den Obersten Gerichtshof", "Das Gericht"]),
    ],
}

# ---------------------------------------------------------------- hm331-de-03 (Timor-Leste, Gusmão sworn in)
GUSMAO = actor("Xanana Gusmão", "TLS", "GOV")
CNRT = actor("National Congress for Timorese Reconstruction", "TLS", "PTY")
PD_TLS = actor("Democratic Party (Timor-Leste)", "TLS", "PTY")
AUSTRALIA = actor("Australia", "AUS", "GOV")
WOODSIDE = actor("Woodside Energy", "AUS", "BUS")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
JOKOWI = actor("Joko Widodo", "IDN", "GOV")
ALKATIRI = actor("Mari Alkatiri", "TLS", "OPP")
FRETILIN_MPS = actor("Fretilin members of parliament", "TLS", "OPP")
PNTL = actor("National Police of Timor-Leste", "TLS", "COP")
TIMOR_LESTE = actor("Timor-Leste", "TLS", "GOV")
TLS_GOV = actor("Government of Timor-Leste", "TLS", "GOV")

T1 = ("Dili (dpa) - Der frühere Unabhängigkeitskämpfer Xanana Gusmão ist am Samstag erneut als Regierungschef "
      "von Osttimor vereidigt worden.")
T2 = "Präsident José Ramos-Horta nahm dem 77-Jährigen im Präsidentenpalast in Dili den Amtseid ab."
T3 = ("Gusmãos Partei CNRT hatte die Parlamentswahl im Mai mit 31 der 65 Sitze gewonnen und sich anschließend mit "
      "der Demokratischen Partei (PD) auf eine Koalition geeinigt.")
T4 = "Der scheidende Regierungschef Taur Matan Ruak übergab die Amtsgeschäfte bei einer kurzen Zeremonie."
T5 = ("In seiner Antrittsrede versprach Gusmão, die Armut im jüngsten Staat Südostasiens entschlossen zu "
      "bekämpfen.")
T6 = "„Timor-Leste wird kein Bittsteller sein, sondern ein Partner“, sagte er."
T7 = ("Zugleich forderte Gusmão Australien und den Energiekonzern Woodside auf, das Gas aus dem Feld Greater "
      "Sunrise per Pipeline an die Südküste Osttimors zu leiten.")
T8 = "Den von Woodside bevorzugten Transport nach Darwin lehne seine Regierung ab, sagte er."
T9 = ("Der australische Premierminister Anthony Albanese gratulierte Gusmão in einem Telefonat und lud ihn zu "
      "einem Besuch nach Canberra ein.")
T10 = "Auch Indonesiens Präsident Joko Widodo übermittelte Glückwünsche."
T11 = "Die bisher mitregierende Fretilin kündigte eine entschlossene Opposition an."
T12 = ("Ihr Generalsekretär Mari Alkatiri warf Gusmão vor, mit einem aufgeblähten Kabinett Posten an Verbündete "
       "zu verteilen.")
T13 = "Die Abgeordneten der Fretilin blieben der Zeremonie aus Protest fern."
T14 = ("Die Polizei hatte rund um den Palast zusätzliche Kräfte zusammengezogen, Zwischenfälle wurden nicht "
       "gemeldet.")
T15 = ("Gusmão war nach der Unabhängigkeit 2002 erster Präsident des Landes und führte von 2007 bis 2015 bereits "
       "die Regierung.")
T16 = ("Der Streit über Greater Sunrise belastet seit Jahren die Beziehungen zu Australien, mit dem Osttimor 2018 "
       "einen Vertrag über die gemeinsame Seegrenze unterzeichnet hatte.")
T17 = "Woodside erklärte, man sei zu Gesprächen mit der neuen Regierung bereit."

DE03 = {
    "id": "hm331-de-03", "lang": "de", "url": None, "published": "2023-07-01",
    "title": "Xanana Gusmão wieder Regierungschef von Osttimor",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6, T7, T8], [T9, T10], [T11, T12, T13, T14],
                       [T15, T16, T17]),
    "events": [
        event("AGREE", CNRT, PD_TLS, T3),
        event("REQUEST", GUSMAO, AUSTRALIA, T7, mode="change"),
        event("REQUEST", GUSMAO, WOODSIDE, T7, mode="change"),
        event("REJECT", GUSMAO, WOODSIDE, T8, mode="change"),
        event("SUPPORT", ALBANESE, GUSMAO, T9),
        event("CONSULT", ALBANESE, GUSMAO, T9, mode="phone"),
        event("AGREE", ALBANESE, GUSMAO, T9),
        event("SUPPORT", JOKOWI, GUSMAO, T10),
        event("ACCUSE", ALKATIRI, GUSMAO, T12, mode="allege"),
        event("PROTEST", FRETILIN_MPS, GUSMAO, T13, mode="boycott", location="Dili", location_country="TLS"),
        event("MOBILIZE", PNTL, None, T14, mode="police", location="Dili", location_country="TLS"),
        event("SUPPORT", TIMOR_LESTE, AUSTRALIA, T16),
        event("AGREE", WOODSIDE, TLS_GOV, T17),
    ],
    "quotes": [
        quote("Timor-Leste wird kein Bittsteller sein, sondern ein Partner", "Xanana Gusmão", "direct"),
        quote("Den von Woodside bevorzugten Transport nach Darwin lehne seine Regierung ab", "Xanana Gusmão",
              "indirect"),
        quote("mit einem aufgeblähten Kabinett Posten an Verbündete zu verteilen", "Mari Alkatiri", "indirect"),
        quote("man sei zu Gesprächen mit der neuen Regierung bereit", "Woodside Energy", "indirect"),
    ],
    "entities": [
        entity("Dili", "LOC", "TLS", ["Dili"]),
        entity("Xanana Gusmão", "PER", "TLS", ["Der frühere Unabhängigkeitskämpfer Xanana Gusmão", "dem 77-Jährigen",
                                               "Gusmãos", "Gusmão"]),
        entity("Timor-Leste", "LOC", "TLS", ["Osttimor", "Osttimors", "Timor-Leste", "jüngsten Staat Südostasiens",
                                             "des Landes"]),
        entity("José Ramos-Horta", "PER", "TLS", ["Präsident José Ramos-Horta"]),
        entity("Presidential Palace of Timor-Leste", "LOC", "TLS", ["Präsidentenpalast", "den Palast"]),
        entity("National Congress for Timorese Reconstruction", "ORG", "TLS", ["CNRT"]),
        entity("Democratic Party (Timor-Leste)", "ORG", "TLS", ["der Demokratischen Partei (PD)"]),
        entity("Taur Matan Ruak", "PER", "TLS", ["Der scheidende Regierungschef Taur Matan Ruak"]),
        entity("Australia", "LOC", "AUS", ["Australien"]),
        entity("Woodside Energy", "ORG", "AUS", ["den Energiekonzern Woodside", "Woodside"]),
        entity("Greater Sunrise", "LOC", None, ["dem Feld Greater Sunrise", "Greater Sunrise"]),
        entity("Darwin", "LOC", "AUS", ["Darwin"]),
        entity("Government of Timor-Leste", "ORG", "TLS", ["seine Regierung", "der neuen Regierung"]),
        entity("Anthony Albanese", "PER", "AUS", ["Der australische Premierminister Anthony Albanese"]),
        entity("Canberra", "LOC", "AUS", ["Canberra"]),
        entity("Indonesia", "LOC", "IDN", ["Indonesiens"]),
        entity("Joko Widodo", "PER", "IDN", ["Indonesiens Präsident Joko Widodo"]),
        entity("Fretilin", "ORG", "TLS", ["Die bisher mitregierende Fretilin", "Fretilin"]),
        entity("Mari Alkatiri", "PER", "TLS", ["Ihr Generalsekretär Mari Alkatiri"]),
        entity("Fretilin members of parliament", "PER", "TLS", ["Die Abgeordneten der Fretilin"]),
        entity("National Police of Timor-Leste", "ORG", "TLS", ["Die Polizei"]),
    ],
}

# ---------------------------------------------------------------- hm331-de-04 (Myanmar, TNLA withdrawal deal)
TNLA = actor("Ta'ang National Liberation Army", "MMR", "REB")
MMR_MIL = actor("Myanmar military", "MMR", "MIL")
GUO = actor("Guo Jiakun", "CHN", "GOV")
ZAW_MIN_TUN = actor("Zaw Min Tun", "MMR", "MIL")
ARMED_GROUPS = actor("armed groups fighting the Myanmar military", "MMR", "REB")
NUG = actor("National Unity Government", "MMR", "OPP")
CHN_GOV = actor("Government of China", "CHN", "GOV")
CHINA = actor("China", "CHN", "GOV")
MNDAA = actor("Myanmar National Democratic Alliance Army", "MMR", "REB")

M1 = ("Bangkok (AFP) - Die Rebellengruppe Ta'ang National Liberation Army (TNLA) hat sich nach Gesprächen mit "
      "Myanmars Militärjunta im chinesischen Kunming zum Abzug aus zwei strategisch wichtigen Städten bereit "
      "erklärt.")
M2 = ("Ihre Kämpfer würden sich bis Ende November aus der Rubinstadt Mogok in der Region Mandalay und aus Momeik "
      "im nördlichen Shan-Staat zurückziehen, teilte die TNLA am Mittwoch mit.")
M3 = ("Im Gegenzug habe das Militär zugesagt, keine Luftangriffe mehr auf die Siedlungsgebiete der Volksgruppe "
      "der Ta'ang zu fliegen.")
M4 = "Beide Seiten hätten sich auf eine Waffenruhe geeinigt, die von chinesischen Beobachtern überwacht werden solle."
M5 = ("„Wir hatten keine andere Wahl, wenn wir unser Volk schützen wollen“, sagte TNLA-Sprecherin Lway Yay Oo der "
      "Nachrichtenagentur AFP.")
M6 = ("Die Gespräche am Montag und Dienstag in Kunming waren bereits die fünfte Verhandlungsrunde unter "
      "chinesischer Vermittlung.")
M7 = ("Der Sprecher des chinesischen Außenministeriums, Guo Jiakun, rief beide Seiten auf, die Waffenruhe strikt "
      "einzuhalten.")
M8 = ("„China unterstützt alle Bemühungen, die dem Frieden und der Stabilität im Norden Myanmars dienen“, sagte "
      "er vor der Presse.")
M9 = ("Die Armee hatte in den vergangenen Wochen mit Luftangriffen und Bodentruppen die Städte Kyaukme und Hsipaw "
      "zurückerobert, die die TNLA seit ihrer Offensive im vergangenen Jahr kontrolliert hatte.")
M10 = ("Die TNLA warf dem Militär vor, vergangene Woche bei einem Luftangriff auf ein Dorf nahe Momeik mindestens "
       "elf Zivilisten getötet zu haben.")
M11 = ("Juntasprecher Zaw Min Tun sagte, die Armee werde die Städte nach dem Abzug der Rebellen wieder unter "
       "staatliche Verwaltung stellen.")
M12 = "Wer die Waffen nicht niederlege, werde weiter bekämpft, fügte der General hinzu."
M13 = "Die Junta will ab dem 28. Dezember in Teilen des Landes eine Parlamentswahl abhalten."
M14 = ("Die Exilregierung der Nationalen Einheit (NUG) warf Peking vor, die Rebellen unter Druck gesetzt zu haben, "
       "um der Wahl den Weg zu ebnen.")
M15 = "China hatte im Sommer den Grenzhandel mit den von der TNLA kontrollierten Gebieten gedrosselt."
M16 = ("Bereits im April hatte die Rebellengruppe MNDAA auf chinesischen Druck die Stadt Lashio an die Armee "
       "zurückgegeben.")
M17 = ("Nach Angaben der Vereinten Nationen sind seit dem Putsch im Februar 2021 mehr als 3,5 Millionen Menschen "
       "im Land vertrieben worden.")

DE04 = {
    "id": "hm331-de-04", "lang": "de", "url": None, "published": "2025-10-29",
    "title": "Myanmar: TNLA-Rebellen sagen Abzug aus Mogok und Momeik zu",
    "text": paragraphs([M1, M2, M3, M4, M5], [M6, M7, M8], [M9, M10, M11, M12], [M13, M14, M15, M16, M17]),
    "events": [
        event("CONCEDE", TNLA, MMR_MIL, M1, location="Kunming", location_country="CHN"),
        event("CONCEDE", TNLA, MMR_MIL, M2, date="2025-10-29"),
        event("CONCEDE", MMR_MIL, TNLA, M3),
        event("AGREE", TNLA, MMR_MIL, M4),
        event("CONSULT", TNLA, MMR_MIL, M6, mode="third-party", location="Kunming", location_country="CHN"),
        event("REQUEST", GUO, TNLA, M7, mode="yield"),
        event("REQUEST", GUO, MMR_MIL, M7, mode="yield"),
        event("ASSAULT", MMR_MIL, TNLA, M9, mode="aerial"),
        event("ACCUSE", TNLA, MMR_MIL, M10, mode="allege"),
        event("THREATEN", ZAW_MIN_TUN, ARMED_GROUPS, M12, mode="violence"),
        event("ACCUSE", NUG, CHN_GOV, M14, mode="allege"),
        event("SANCTION", CHINA, TNLA, M15, mode="discontinue"),
        event("RETREAT", MNDAA, MMR_MIL, M16, mode="withdraw", location="Lashio", location_country="MMR"),
    ],
    "quotes": [
        quote("Ihre Kämpfer würden sich bis Ende November aus der Rubinstadt Mogok in der Region Mandalay und aus "
              "Momeik im nördlichen Shan-Staat zurückziehen", "Ta'ang National Liberation Army", "indirect"),
        quote("Im Gegenzug habe das Militär zugesagt, keine Luftangriffe mehr auf die Siedlungsgebiete der "
              "Volksgruppe der Ta'ang zu fliegen", "Ta'ang National Liberation Army", "indirect"),
        quote("Beide Seiten hätten sich auf eine Waffenruhe geeinigt, die von chinesischen Beobachtern überwacht "
              "werden solle", "Ta'ang National Liberation Army", "indirect"),
        quote("Wir hatten keine andere Wahl, wenn wir unser Volk schützen wollen", "Lway Yay Oo", "direct"),
        quote("China unterstützt alle Bemühungen, die dem Frieden und der Stabilität im Norden Myanmars dienen",
              "Guo Jiakun", "direct"),
        quote("vergangene Woche bei einem Luftangriff auf ein Dorf nahe Momeik mindestens elf Zivilisten getötet "
              "zu haben", "Ta'ang National Liberation Army", "indirect"),
        quote("die Armee werde die Städte nach dem Abzug der Rebellen wieder unter staatliche Verwaltung stellen",
              "Zaw Min Tun", "indirect"),
        quote("Wer die Waffen nicht niederlege, werde weiter bekämpft", "Zaw Min Tun", "indirect"),
        quote("die Rebellen unter Druck gesetzt zu haben, um der Wahl den Weg zu ebnen", "National Unity Government",
              "indirect"),
        quote("sind seit dem Putsch im Februar 2021 mehr als 3,5 Millionen Menschen im Land vertrieben worden",
              "United Nations", "indirect"),
    ],
    "entities": [
        entity("Bangkok", "LOC", "THA", ["Bangkok"]),
        entity("Ta'ang National Liberation Army", "ORG", "MMR", ["Ta'ang National Liberation Army", "TNLA",
                                                                  "die Rebellen", "der Rebellen"]),
        entity("Myanmar military", "ORG", "MMR", ["Myanmars Militärjunta", "das Militär", "Die Armee", "die Armee",
                                                  "dem Militär", "Die Junta"]),
        entity("Myanmar", "LOC", "MMR", ["Myanmars", "des Landes", "im Land"]),
        entity("Kunming", "LOC", "CHN", ["Kunming"]),
        entity("Mogok", "LOC", "MMR", ["der Rubinstadt Mogok"]),
        entity("Mandalay Region", "LOC", "MMR", ["der Region Mandalay"]),
        entity("Momeik", "LOC", "MMR", ["Momeik"]),
        entity("Shan State", "LOC", "MMR", ["nördlichen Shan-Staat"]),
        entity("Lway Yay Oo", "PER", "MMR", ["TNLA-Sprecherin Lway Yay Oo"]),
        entity("Agence France-Presse", "ORG", "FRA", ["der Nachrichtenagentur AFP"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["des chinesischen Außenministeriums"]),
        entity("Guo Jiakun", "PER", "CHN", ["Der Sprecher des chinesischen Außenministeriums, Guo Jiakun"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Kyaukme", "LOC", "MMR", ["Kyaukme"]),
        entity("Hsipaw", "LOC", "MMR", ["Hsipaw"]),
        entity("Zaw Min Tun", "PER", "MMR", ["Juntasprecher Zaw Min Tun", "der General"]),
        entity("National Unity Government", "ORG", "MMR", ["Die Exilregierung der Nationalen Einheit (NUG)"]),
        entity("Government of China", "ORG", "CHN", ["Peking"]),
        entity("Myanmar National Democratic Alliance Army", "ORG", "MMR", ["die Rebellengruppe MNDAA"]),
        entity("Lashio", "LOC", "MMR", ["die Stadt Lashio"]),
        entity("United Nations", "ORG", "UNO", ["der Vereinten Nationen"]),
    ],
}

# ---------------------------------------------------------------- hm331-en-01 (ICC, Duterte interim release)
ICC_APPEALS = actor("Appeals Chamber of the International Criminal Court", "IGO", "JUD")
ICC = actor("International Criminal Court", "IGO", "JUD")
ICC_OTP = actor("Office of the Prosecutor of the International Criminal Court", "IGO", "JUD")
R_DUTERTE = actor("Rodrigo Duterte", "PHL", "CVL")
KAUFMAN = actor("Nicholas Kaufman", "GBR", "CVL")
PNP = actor("Philippine National Police", "PHL", "COP")
PHL_GOV = actor("Government of the Philippines", "PHL", "GOV")
S_DUTERTE = actor("Sara Duterte", "PHL", "GOV")
MARCOS = actor("Ferdinand Marcos Jr.", "PHL", "GOV")
CONTI = actor("Kristina Conti", "PHL", "CVL")
DUTERTE_SUPPORTERS = actor("supporters of Rodrigo Duterte", "PHL", "CVL")

D1 = ("THE HAGUE, Nov 28 (Reuters) - Appeals judges at the International Criminal Court on Friday upheld a "
      "decision to keep former Philippine President Rodrigo Duterte in detention, rejecting his lawyers' bid to "
      "have him released to a third country while he awaits trial for crimes against humanity.")
D2 = ("The five-judge Appeals Chamber ruled unanimously that the lower chamber had not erred when it found in "
      "October that Duterte might flee and could put witnesses at risk if freed.")
D3 = ("Duterte, 80, did not attend the hearing at the court's seat in The Hague, where he has been held since "
      "March.")
D4 = ('His lead counsel, Nicholas Kaufman, said the defence was "deeply disappointed" and accused prosecutors of '
      'treating a frail old man as a flight risk.')
D5 = ('"He cannot walk unaided, he cannot remember what he had for breakfast, and yet the court treats him as if '
      'he were about to escape," Kaufman told reporters outside the court.')
D6 = ("The office of Deputy Prosecutor Mame Mandiaye Niang, who has led the case since Prosecutor Karim Khan went "
      "on leave in May, welcomed the ruling.")
D7 = ("Prosecutors have charged Duterte with crimes against humanity over at least 76 killings carried out during "
      "his anti-drug campaign as mayor of Davao City and later as president.")
D8 = ("Philippine police arrested him at Manila's airport on March 11 on an ICC warrant as he returned from Hong "
      "Kong, and he was flown to the Netherlands the same night.")
D9 = ("The Philippines had left the court in 2019 on Duterte's orders, but the government of President Ferdinand "
      "Marcos Jr. said at the time of the arrest that it was bound by its commitments to Interpol.")
D10 = ('Vice President Sara Duterte, the former leader\'s daughter and a political rival of Marcos, called the '
       'decision "cruel" and said her father was a "political prisoner" of the Marcos government.')
D11 = "She urged the Philippine government to press for his return home."
D12 = ("Palace Press Officer Claire Castro said the government respected the court's process and would not "
       "interfere.")
D13 = ("Kristina Conti, a lawyer representing families of victims of the drug war, welcomed the ruling, saying "
       "Duterte's release would have endangered witnesses.")
D14 = ("Hundreds of Duterte supporters rallied in Davao City on Friday evening, demanding that he be brought "
       "home.")
D15 = "Police said the gathering was peaceful and no one was detained."
D16 = ("In September, the pre-trial chamber postponed indefinitely a hearing to confirm the charges after the "
       "defence argued that Duterte was not fit to stand trial.")
D17 = "A panel of medical experts appointed by the court is due to report on his condition by December."

EN01 = {
    "id": "hm331-en-01", "lang": "en", "url": None, "published": "2025-11-28",
    "title": "ICC appeals judges keep Duterte in detention",
    "text": paragraphs([D1, D2, D3], [D4, D5, D6], [D7, D8, D9], [D10, D11, D12, D13], [D14, D15],
                       [D16, D17]),
    "events": [
        event("REJECT", ICC_APPEALS, R_DUTERTE, D1, mode="yield", date="2025-11-28", location="The Hague",
              location_country="NLD"),
        event("ACCUSE", KAUFMAN, ICC_OTP, D4, mode="disapprove"),
        event("ACCUSE", KAUFMAN, ICC, D5, mode="disapprove"),
        event("SUPPORT", ICC_OTP, ICC_APPEALS, D6),
        event("ACCUSE", ICC_OTP, R_DUTERTE, D7, mode="allege"),
        event("COERCE", PNP, R_DUTERTE, D8, mode="arrest", date="2025-03-11", location="Manila",
              location_country="PHL"),
        event("SANCTION", PHL_GOV, ICC, D9, mode="withdraw"),
        event("ACCUSE", S_DUTERTE, ICC_APPEALS, D10, mode="disapprove"),
        event("ACCUSE", S_DUTERTE, MARCOS, D10, mode="disapprove"),
        event("REQUEST", S_DUTERTE, PHL_GOV, D11, mode="yield"),
        event("SUPPORT", CONTI, ICC_APPEALS, D13),
        event("PROTEST", DUTERTE_SUPPORTERS, ICC, D14, mode="demo", date="2025-11-28", location="Davao City",
              location_country="PHL"),
        event("COERCE", PNP, DUTERTE_SUPPORTERS, D15, mode="arrest", location="Davao City", location_country="PHL",
              negated=True),
    ],
    "quotes": [
        quote("the lower chamber had not erred when it found in October that Duterte might flee and could put "
              "witnesses at risk if freed", "Appeals Chamber of the International Criminal Court", "indirect"),
        quote("deeply disappointed", "Nicholas Kaufman", "direct"),
        quote('the defence was "deeply disappointed"', "Nicholas Kaufman", "indirect"),
        quote("He cannot walk unaided, he cannot remember what he had for breakfast, and yet the court treats him as "
              "if he were about to escape", "Nicholas Kaufman", "direct"),
        quote("it was bound by its commitments to Interpol", "Government of the Philippines", "indirect"),
        quote("cruel", "Sara Duterte", "direct"),
        quote("political prisoner", "Sara Duterte", "direct"),
        quote('her father was a "political prisoner" of the Marcos government', "Sara Duterte", "indirect"),
        quote("the government respected the court's process and would not interfere", "Claire Castro", "indirect"),
        quote("Duterte's release would have endangered witnesses", "Kristina Conti", "indirect"),
        quote("the gathering was peaceful and no one was detained", "Philippine National Police", "indirect"),
        quote("Duterte was not fit to stand trial", "defence team of Rodrigo Duterte", "indirect"),
    ],
    "entities": [
        entity("The Hague", "LOC", "NLD", ["THE HAGUE", "The Hague"]),
        entity("International Criminal Court", "ORG", "IGO", ["the International Criminal Court", "the court",
                                                              "ICC"]),
        entity("Appeals Chamber of the International Criminal Court", "ORG", "IGO",
               ["Appeals judges", "The five-judge Appeals Chamber"]),
        entity("Pre-Trial Chamber I of the International Criminal Court", "ORG", "IGO",
               ["the lower chamber", "the pre-trial chamber"]),
        entity("Rodrigo Duterte", "PER", "PHL", ["former Philippine President Rodrigo Duterte", "Duterte",
                                                 "the former leader", "her father", "Duterte's"]),
        entity("defence team of Rodrigo Duterte", "ORG", "PHL", ["his lawyers", "the defence"]),
        entity("Nicholas Kaufman", "PER", "GBR", ["Nicholas Kaufman", "Kaufman"]),
        entity("Office of the Prosecutor of the International Criminal Court", "ORG", "IGO",
               ["The office of Deputy Prosecutor Mame Mandiaye Niang", "prosecutors", "Prosecutors"]),
        entity("Mame Mandiaye Niang", "PER", "IGO", ["Deputy Prosecutor Mame Mandiaye Niang"]),
        entity("Karim Khan", "PER", "IGO", ["Prosecutor Karim Khan"]),
        entity("Davao City", "LOC", "PHL", ["Davao City"]),
        entity("Philippine National Police", "ORG", "PHL", ["Philippine police", "Police"]),
        entity("Manila", "LOC", "PHL", ["Manila"]),
        entity("Ninoy Aquino International Airport", "LOC", "PHL", ["Manila's airport"]),
        entity("Hong Kong", "LOC", "CHN", ["Hong Kong"]),
        entity("Netherlands", "LOC", "NLD", ["the Netherlands"]),
        entity("Philippines", "LOC", "PHL", ["The Philippines"]),
        entity("Government of the Philippines", "ORG", "PHL", ["the government of President Ferdinand Marcos Jr.",
                                                               "the Philippine government", "the government",
                                                               "the Marcos government"]),
        entity("Ferdinand Marcos Jr.", "PER", "PHL", ["President Ferdinand Marcos Jr.", "Marcos"]),
        entity("Interpol", "ORG", "IGO", ["Interpol"]),
        entity("Sara Duterte", "PER", "PHL", ["Vice President Sara Duterte"]),
        entity("Claire Castro", "PER", "PHL", ["Palace Press Officer Claire Castro"]),
        entity("Kristina Conti", "PER", "PHL", ["Kristina Conti"]),
        entity("supporters of Rodrigo Duterte", "PER", "PHL", ["Hundreds of Duterte supporters", "the gathering"]),
        entity("panel of medical experts appointed by the ICC", "ORG", "IGO", ["A panel of medical experts"]),
    ],
}

# ---------------------------------------------------------------- hm331-en-02 (Taiwan, Cheng Li-wun KMT chair)
CHENG = actor("Cheng Li-wun", "TWN", "OPP")
HAU = actor("Hau Lung-bin", "TWN", "OPP")
XI = actor("Xi Jinping", "CHN", "GOV")
KMT = actor("Kuomintang", "TWN", "OPP")
LAI = actor("Lai Ching-te", "TWN", "GOV")
DPP = actor("Democratic Progressive Party", "TWN", "PTY")
PLA = actor("People's Liberation Army", "CHN", "MIL")
TAIWAN = actor("Taiwan", "TWN", "GOV")
MAC = actor("Mainland Affairs Council", "TWN", "GOV")

E1 = ("TAIPEI, Oct 18 (Reuters) - Taiwan's main opposition party, the Kuomintang, elected former lawmaker Cheng "
      "Li-wun as its new chair on Saturday, handing the leadership to an outspoken advocate of closer ties with "
      "China as Beijing steps up military pressure on the island.")
E2 = ("Cheng, 55, won just over 50% of the votes cast by party members, defeating former Taipei mayor Hau Lung-bin "
      "and four other candidates, the party said.")
E3 = ("Hau conceded defeat and congratulated Cheng, calling on party members to unite behind her ahead of next "
      "year's local elections.")
E4 = ("Chinese President Xi Jinping, in his capacity as head of the Communist Party, sent Cheng a congratulatory "
      "message within hours of the result.")
E5 = ('Xi urged the two parties to "strengthen the political foundation" of the so-called 1992 Consensus and to '
      'oppose Taiwan independence, the official Xinhua news agency reported.')
E6 = ('In a reply, Cheng thanked Xi and said she hoped both sides could "deepen exchanges and cooperation" and '
      'jointly seek peace.')
E7 = "Cheng told reporters she would be willing to meet Xi, but gave no timeline."
E8 = ('President Lai Ching-te congratulated Cheng but said he hoped the KMT would "stand with the people of '
      'Taiwan" in defending the island\'s democracy.')
E9 = ("The ruling Democratic Progressive Party accused Cheng of echoing Beijing's propaganda and pointed to her "
      "past remarks that she is proud to be Chinese.")
E10 = ("Cheng has opposed Lai's plan to raise defence spending to more than 3% of GDP next year, calling it a "
       "waste of money on American weapons.")
E11 = ("China kept up its military pressure on Saturday, sending 26 military aircraft and seven navy ships into "
       "the waters and airspace around Taiwan.")
E12 = ('Taiwan\'s Mainland Affairs Council said Beijing was trying to "interfere in Taiwan\'s internal affairs" by '
       'singling out the opposition leader for praise.')
E13 = ("Cheng, who takes office on Nov. 1, succeeds Eric Chu, who did not seek a second term after a failed "
       "campaign by civic groups in July to recall dozens of KMT lawmakers.")
E14 = ('A former member of the DPP who joined the KMT in 2005, Cheng said her priority would be to "make the KMT '
       'win again" in the 2026 local elections.')
E15 = "The KMT and the small Taiwan People's Party together hold a majority in parliament."

EN02 = {
    "id": "hm331-en-02", "lang": "en", "url": None, "published": "2025-10-18",
    "title": "Taiwan's opposition KMT elects China-friendly Cheng Li-wun as chair",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6, E7], [E8, E9, E10], [E11, E12], [E13, E14, E15]),
    "events": [
        event("CONCEDE", HAU, CHENG, E3),
        event("SUPPORT", HAU, CHENG, E3),
        event("SUPPORT", XI, CHENG, E4),
        event("REQUEST", XI, KMT, E5, mode="change"),
        event("SUPPORT", CHENG, XI, E6),
        event("AGREE", CHENG, XI, E7),
        event("SUPPORT", LAI, CHENG, E8),
        event("REQUEST", LAI, KMT, E8, mode="change"),
        event("ACCUSE", DPP, CHENG, E9, mode="allege"),
        event("ACCUSE", CHENG, LAI, E10, mode="disapprove"),
        event("MOBILIZE", PLA, TAIWAN, E11, mode="weapons", date="2025-10-18"),
        event("ACCUSE", MAC, CHN_GOV, E12, mode="disapprove"),
    ],
    "quotes": [
        quote("Cheng, 55, won just over 50% of the votes cast by party members, defeating former Taipei mayor Hau "
              "Lung-bin and four other candidates", "Kuomintang", "indirect"),
        quote("strengthen the political foundation", "Xi Jinping", "direct"),
        quote("deepen exchanges and cooperation", "Cheng Li-wun", "direct"),
        quote('both sides could "deepen exchanges and cooperation" and jointly seek peace', "Cheng Li-wun",
              "indirect"),
        quote("she would be willing to meet Xi", "Cheng Li-wun", "indirect"),
        quote("stand with the people of Taiwan", "Lai Ching-te", "direct"),
        quote('the KMT would "stand with the people of Taiwan" in defending the island\'s democracy', "Lai Ching-te",
              "indirect"),
        quote("she is proud to be Chinese", "Cheng Li-wun", "indirect"),
        quote("interfere in Taiwan's internal affairs", "Mainland Affairs Council", "direct"),
        quote('Beijing was trying to "interfere in Taiwan\'s internal affairs" by singling out the opposition leader '
              'for praise', "Mainland Affairs Council", "indirect"),
        quote("make the KMT win again", "Cheng Li-wun", "direct"),
        quote('her priority would be to "make the KMT win again" in the 2026 local elections', "Cheng Li-wun",
              "indirect"),
    ],
    "entities": [
        entity("Taipei", "LOC", "TWN", ["TAIPEI", "Taipei"]),
        entity("Taiwan", "LOC", "TWN", ["Taiwan", "the island"]),
        entity("Kuomintang", "ORG", "TWN", ["Taiwan's main opposition party, the Kuomintang", "KMT", "the party"]),
        entity("Cheng Li-wun", "PER", "TWN", ["former lawmaker Cheng Li-wun", "Cheng",
                                              "an outspoken advocate of closer ties with China",
                                              "the opposition leader"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Government of China", "ORG", "CHN", ["Beijing"]),
        entity("Hau Lung-bin", "PER", "TWN", ["former Taipei mayor Hau Lung-bin", "Hau"]),
        entity("Xi Jinping", "PER", "CHN", ["Chinese President Xi Jinping", "Xi"]),
        entity("Chinese Communist Party", "ORG", "CHN", ["the Communist Party"]),
        entity("Xinhua", "ORG", "CHN", ["the official Xinhua news agency"]),
        entity("Lai Ching-te", "PER", "TWN", ["President Lai Ching-te", "Lai"]),
        entity("Democratic Progressive Party", "ORG", "TWN", ["The ruling Democratic Progressive Party", "DPP"]),
        entity("Mainland Affairs Council", "ORG", "TWN", ["Taiwan's Mainland Affairs Council"]),
        entity("Eric Chu", "PER", "TWN", ["Eric Chu"]),
        entity("Taiwanese civic groups", "ORG", "TWN", ["civic groups"]),
        entity("Taiwan People's Party", "ORG", "TWN", ["the small Taiwan People's Party"]),
        entity("Legislative Yuan", "ORG", "TWN", ["parliament"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
