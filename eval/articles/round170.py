"""Round 170: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm170-de-01: Japan accuses China after J-15 jets from the carrier Shandong fly close to a P-3C; two Chinese carriers in the Pacific, Beijing hits back (2025-06-11).
- hm170-de-02: All KMT legislators survive Taiwan's mass recall vote; Lai offers talks, Chu demands an apology, the DPP apologises, Beijing and the MAC trade blame (2025-07-27).
- hm170-de-03: First EU-Central Asia summit in Samarkand: 12 billion euros of Global Gateway investment, strategic partnership, sanctions warning, HRW criticism (2025-04-04).
- hm170-de-04: Nepal's Prime Minister Oli in Beijing signs the Belt and Road framework; Xi's pledges, grants for the Kerung-Kathmandu railway study, Congress and Dahal object (2024-12-04).
- hm170-en-01: A Hong Kong court convicts Jimmy Lai of collusion and sedition; John Lee welcomes it, Cooper and Rubio demand his release, Beijing rebuffs them (2025-12-15).
- hm170-en-02: Trump and Xi agree a one-year trade truce at Busan; tariff cut, rare-earth pause, soybeans, visits, Trump's nuclear testing order (2025-10-30).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm170-de-01
JAPAN = actor("Japan", "JPN", "GOV")
CHINA = actor("China", "CHN", "GOV")
JMOD = actor("Ministry of Defense of Japan", "JPN", "GOV")
PLAN = actor("People's Liberation Army Navy", "CHN", "MIL")
NAKATANI = actor("Gen Nakatani", "JPN", "GOV")
LIN_JIAN = actor("Lin Jian", "CHN", "GOV")
HAYASHI = actor("Yoshimasa Hayashi", "JPN", "GOV")
USA = actor("United States", "USA", "GOV")
JAPAN_MIL = actor("Japan", "JPN", "MIL")
USA_MIL = actor("United States", "USA", "MIL")

G1 = ("Tokio (dpa) - Japan hat China gefährliche Annäherungen von Kampfjets an ein japanisches "
      "Aufklärungsflugzeug über dem Pazifik vorgeworfen.")
G2 = ("Ein Jet vom Typ J-15 des Flugzeugträgers Shandong sei am Samstag und Sonntag bis auf 45 Meter an eine "
      "Maschine vom Typ P-3C herangeflogen, teilte das Verteidigungsministerium am Mittwoch mit.")
G3 = "Zu einem Zusammenstoß kam es nicht."
G4 = ("Verteidigungsminister Gen Nakatani sprach von „ernster Besorgnis“ und forderte Peking auf, solche Vorfälle "
      "künftig zu verhindern.")
G5 = "Tokio habe auf diplomatischem Weg Protest eingelegt, hieß es aus Regierungskreisen."
G6 = ("In den vergangenen Tagen operierten erstmals zwei chinesische Flugzeugträger gleichzeitig im westlichen "
      "Pazifik, die Shandong und die Liaoning.")
G7 = "Die Liaoning drang dabei bis in die Nähe der abgelegenen japanischen Insel Minamitorishima vor."
G8 = "Die chinesische Marine erklärte, die Übungen stünden im Einklang mit dem Völkerrecht."
G9 = "Das Außenministerium in Peking wies die Vorwürfe aus Tokio zurück."
G10 = ("Sprecher Lin Jian warf Japan vor, mit seiner „Nahaufklärung“ chinesischer Schiffe selbst Risiken zu "
       "schaffen.")
G11 = "„Japan sollte solche gefährlichen Aktivitäten einstellen“, sagte Lin, „statt China grundlos zu beschuldigen.“"
G12 = ("Regierungssprecher Yoshimasa Hayashi kündigte an, Japan werde die Überwachung fortsetzen und die "
       "Zusammenarbeit mit den USA vertiefen.")
G13 = ("Japanische und amerikanische Kampfjets hatten erst im Mai gemeinsame Übungen über dem Ostchinesischen "
       "Meer abgehalten.")

DE01 = {
    "id": "hm170-de-01", "lang": "de", "url": None, "published": "2025-06-11",
    "title": "Japan wirft chinesischen Kampfjets gefährliche Manöver vor",
    "text": paragraphs([G1, G2, G3], [G4, G5, G6, G7, G8], [G9, G10, G11, G12, G13]),
    "events": [
        event("ACCUSE", JAPAN, CHINA, G1, mode="allege"),
        event("ACCUSE", JMOD, PLAN, G2, mode="allege", date="2025-06-11"),
        event("ACCUSE", NAKATANI, CHINA, G4, mode="disapprove"),
        event("REQUEST", NAKATANI, CHINA, G4, mode="change"),
        event("ACCUSE", JAPAN, CHINA, G5, mode="disapprove"),
        event("MOBILIZE", PLAN, None, G6, mode="troops", location="western Pacific"),
        event("MOBILIZE", PLAN, None, G7, mode="troops", location="Minamitorishima", location_country="JPN"),
        event("ACCUSE", LIN_JIAN, JAPAN, G10, mode="allege"),
        event("REQUEST", LIN_JIAN, JAPAN, G11, mode="change"),
        event("ACCUSE", LIN_JIAN, JAPAN, G11, mode="disapprove"),
        event("AGREE", HAYASHI, USA, G12),
        event("COOPERATE", JAPAN_MIL, USA_MIL, G13, location="East China Sea"),
    ],
    "quotes": [
        quote("Ein Jet vom Typ J-15 des Flugzeugträgers Shandong sei am Samstag und Sonntag bis auf 45 Meter an "
              "eine Maschine vom Typ P-3C herangeflogen", "Ministry of Defense of Japan", "indirect"),
        quote("ernster Besorgnis", "Gen Nakatani", "direct"),
        quote("solche Vorfälle künftig zu verhindern", "Gen Nakatani", "indirect"),
        quote("Tokio habe auf diplomatischem Weg Protest eingelegt", "Japanese government sources", "indirect"),
        quote("die Übungen stünden im Einklang mit dem Völkerrecht", "People's Liberation Army Navy", "indirect"),
        quote("Nahaufklärung", "Lin Jian", "direct"),
        quote("mit seiner „Nahaufklärung“ chinesischer Schiffe selbst Risiken zu schaffen", "Lin Jian", "indirect"),
        quote("Japan sollte solche gefährlichen Aktivitäten einstellen", "Lin Jian", "direct"),
        quote("statt China grundlos zu beschuldigen", "Lin Jian", "direct"),
        quote("Japan werde die Überwachung fortsetzen und die Zusammenarbeit mit den USA vertiefen",
              "Yoshimasa Hayashi", "indirect"),
    ],
    "entities": [
        entity("Japan", "GPE", "JPN", ["Tokio", "Japan", "japanisches", "Japanische"]),
        entity("China", "GPE", "CHN", ["China", "Peking"]),
        entity("Pacific Ocean", "LOC", None, ["dem Pazifik", "im westlichen Pazifik"]),
        entity("Shandong", "ORG", "CHN", ["des Flugzeugträgers Shandong", "die Shandong"]),
        entity("Liaoning", "ORG", "CHN", ["die Liaoning", "Die Liaoning"]),
        entity("Ministry of Defense of Japan", "ORG", "JPN", ["das Verteidigungsministerium"]),
        entity("Gen Nakatani", "PER", "JPN", ["Verteidigungsminister Gen Nakatani"]),
        entity("People's Liberation Army Navy", "ORG", "CHN",
               ["zwei chinesische Flugzeugträger", "Die chinesische Marine"]),
        entity("Minamitorishima", "LOC", "JPN", ["der abgelegenen japanischen Insel Minamitorishima"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Das Außenministerium in Peking"]),
        entity("Lin Jian", "PER", "CHN", ["Sprecher Lin Jian", "Lin"]),
        entity("Yoshimasa Hayashi", "PER", "JPN", ["Regierungssprecher Yoshimasa Hayashi"]),
        entity("United States", "GPE", "USA", ["den USA", "amerikanische"]),
        entity("East China Sea", "LOC", None, ["dem Ostchinesischen Meer"]),
    ],
}

# ---------------------------------------------------------------- hm170-de-02
CIVIC_GROUPS = actor("Taiwanese civic groups", "TWN", "CVL")
KMT = actor("Kuomintang (KMT)", "TWN", "OPP")
RECALL_SUPPORTERS = actor("recall supporters", "TWN", "CVL")
LAI = actor("Lai Ching-te", "TWN", "GOV")
CHU = actor("Eric Chu", "TWN", "OPP")
DPP = actor("Democratic Progressive Party (DPP)", "TWN", "PTY")
LIN_YC = actor("Lin Yu-chang", "TWN", "PTY")
TAO = actor("Taiwan Affairs Office", "CHN", "GOV")
CHEN_BINHUA = actor("Chen Binhua", "CHN", "GOV")
MAC = actor("Mainland Affairs Council", "TWN", "GOV")
CHINA_TW = actor("China", "CHN", "GOV")

H1 = ("Taipeh (dpa) - In Taiwan sind alle 24 Abgeordneten der oppositionellen Kuomintang (KMT), über deren "
      "Abberufung am Samstag abgestimmt wurde, im Amt geblieben.")
H2 = "In keinem der Wahlkreise sei die nötige Zustimmung erreicht worden, teilte die Zentrale Wahlkommission mit."
H3 = ("Bürgerinitiativen hatten die Abstimmungen angestoßen und der KMT vorgeworfen, mit ihrer Parlamentsmehrheit "
      "den Interessen Pekings zu dienen.")
H4 = "Am Freitagabend hatten Zehntausende Befürworter der Abberufung vor dem Parlament in Taipeh demonstriert."
H5 = ("Präsident Lai Ching-te sagte, er respektiere das Votum, und bot der Opposition Gespräche über den "
      "umstrittenen Haushalt an.")
H6 = "KMT-Chef Eric Chu verlangte dagegen eine Entschuldigung des Präsidenten."
H7 = "»Die Wähler haben dieser politischen Hexenjagd eine klare Absage erteilt«, sagte Chu vor jubelnden Anhängern."
H8 = ("DPP-Generalsekretär Lin Yu-chang räumte Fehler ein und entschuldigte sich bei den Unterstützern der "
      "Kampagne.")
H9 = "Das Büro für Taiwan-Angelegenheiten in Peking begrüßte den Ausgang der Abstimmung."
H10 = "Die Kampagne sei ein Versuch gewesen, eine »grüne Diktatur« zu errichten, sagte Sprecher Chen Binhua."
H11 = "Der Festlandrat in Taipeh warf Peking daraufhin Einmischung in die Abstimmung vor."
H12 = "Ende August sollen in sieben weiteren Wahlkreisen Abberufungsvoten stattfinden."
H13 = ("Die KMT und die mit ihr verbündete Taiwanische Volkspartei (TPP) kontrollieren seit der Wahl im Januar "
       "2024 das Parlament.")

DE02 = {
    "id": "hm170-de-02", "lang": "de", "url": None, "published": "2025-07-27",
    "title": "Abberufung von Oppositionsabgeordneten in Taiwan gescheitert",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7, H8], [H9, H10, H11, H12, H13]),
    "events": [
        event("ACCUSE", CIVIC_GROUPS, KMT, H3, mode="allege"),
        event("PROTEST", RECALL_SUPPORTERS, KMT, H4, mode="demo", date="2025-07-25", location="Taipei",
              location_country="TWN"),
        event("AGREE", LAI, KMT, H5),
        event("REQUEST", CHU, LAI, H6, mode="change"),
        event("ACCUSE", CHU, DPP, H7, mode="disapprove"),
        event("CONCEDE", LIN_YC, RECALL_SUPPORTERS, H8),
        event("SUPPORT", TAO, None, H9),
        event("ACCUSE", CHEN_BINHUA, DPP, H10, mode="allege"),
        event("ACCUSE", MAC, CHINA_TW, H11, mode="allege"),
    ],
    "quotes": [
        quote("In keinem der Wahlkreise sei die nötige Zustimmung erreicht worden", "Central Election Commission",
              "indirect"),
        quote("mit ihrer Parlamentsmehrheit den Interessen Pekings zu dienen", "Taiwanese civic groups", "indirect"),
        quote("er respektiere das Votum", "Lai Ching-te", "indirect"),
        quote("Die Wähler haben dieser politischen Hexenjagd eine klare Absage erteilt", "Eric Chu", "direct"),
        quote("grüne Diktatur", "Chen Binhua", "direct"),
        quote("Die Kampagne sei ein Versuch gewesen, eine »grüne Diktatur« zu errichten", "Chen Binhua",
              "indirect"),
    ],
    "entities": [
        entity("Taiwan", "GPE", "TWN", ["Taiwan"]),
        entity("Kuomintang (KMT)", "ORG", "TWN",
               ["der oppositionellen Kuomintang (KMT)", "der KMT", "ihrer", "der Opposition", "Die KMT", "ihr"]),
        entity("Taipei", "LOC", "TWN", ["Taipeh"]),
        entity("Central Election Commission", "ORG", "TWN", ["die Zentrale Wahlkommission"]),
        entity("Taiwanese civic groups", "ORG", "TWN", ["Bürgerinitiativen"]),
        entity("China", "GPE", "CHN", ["Pekings", "Peking"]),
        entity("recall supporters", "ORG", "TWN",
               ["Zehntausende Befürworter der Abberufung", "den Unterstützern der Kampagne"]),
        entity("Legislative Yuan", "ORG", "TWN", ["dem Parlament", "das Parlament"]),
        entity("Lai Ching-te", "PER", "TWN", ["Präsident Lai Ching-te", "er", "des Präsidenten"]),
        entity("Eric Chu", "PER", "TWN", ["KMT-Chef Eric Chu", "Chu"]),
        entity("Democratic Progressive Party (DPP)", "ORG", "TWN", ["DPP"]),
        entity("Lin Yu-chang", "PER", "TWN", ["DPP-Generalsekretär Lin Yu-chang"]),
        entity("Taiwan Affairs Office", "ORG", "CHN", ["Das Büro für Taiwan-Angelegenheiten in Peking"]),
        entity("Chen Binhua", "PER", "CHN", ["Sprecher Chen Binhua"]),
        entity("Mainland Affairs Council", "ORG", "TWN", ["Der Festlandrat in Taipeh"]),
        entity("Taiwan People's Party (TPP)", "ORG", "TWN", ["Taiwanische Volkspartei (TPP)"]),
    ],
}

# ---------------------------------------------------------------- hm170-de-03
EU = actor("European Union", "EUR", "IGO")
CENTRAL_ASIA = actor("Central Asian states", None, "GOV")
VDL = actor("Ursula von der Leyen", "EUR", "IGO")
TOKAYEV = actor("Kassym-Jomart Tokayev", "KAZ", "GOV")
EU_DIPLOMAT = actor("EU diplomat", "EUR", "IGO")
CA_COMPANIES = actor("Central Asian companies", None, "BUS")
COSTA = actor("António Costa", "EUR", "IGO")
HRW = actor("Human Rights Watch", "NGO", "NGO")
TAJIKISTAN = actor("Tajikistan", "TJK", "GOV")
TURKMENISTAN = actor("Turkmenistan", "TKM", "GOV")
CA_CIVIL_SOCIETY = actor("Central Asian civil society", None, "CVL")

I1 = ("Samarkand (dpa) - Die Europäische Union und die fünf zentralasiatischen Staaten wollen ihre "
      "Zusammenarbeit deutlich ausbauen.")
I2 = ("Beim ersten gemeinsamen Gipfeltreffen im usbekischen Samarkand kündigte Kommissionspräsidentin Ursula von "
      "der Leyen am Freitag Investitionen von zwölf Milliarden Euro an.")
I3 = "Das Geld aus dem Programm Global Gateway soll in Verkehrswege, Rohstoffe, Energie und Digitales fließen."
I4 = ("Die Staatschefs der fünf Länder unterzeichneten mit der EU eine Erklärung über eine strategische "
      "Partnerschaft.")
I5 = ("Der kasachische Präsident Kassym-Schomart Tokajew bot an, Kasachstan könne Europa künftig mehr Uran und "
      "seltene Erden liefern.")
I6 = ("Im Gegenzug drängte Brüssel die Region, die Umgehung der Russland-Sanktionen über zentralasiatische "
      "Händler zu unterbinden.")
I7 = "Andernfalls drohten Strafmaßnahmen gegen Unternehmen aus der Region, sagte ein EU-Diplomat."
I8 = ("„Zentralasien ist für Europa kein Hinterhof anderer Mächte“, sagte EU-Ratspräsident António Costa, "
      "„sondern ein Partner auf Augenhöhe.“")
I9 = ("Die Organisation Human Rights Watch warf der EU vor, Menschenrechtsverletzungen in der Region für "
      "Rohstoffgeschäfte auszublenden.")
I10 = "Sie verwies auf inhaftierte Journalisten in Tadschikistan und Turkmenistan."
I11 = "Ein Treffen mit Vertretern der Zivilgesellschaft stand nicht auf dem Programm des Gipfels."
I12 = "Russland und China bauen ihren Einfluss in Zentralasien seit Jahren aus."

DE03 = {
    "id": "hm170-de-03", "lang": "de", "url": None, "published": "2025-04-04",
    "title": "EU verspricht Zentralasien Milliarden-Investitionen",
    "text": paragraphs([I1, I2, I3], [I4, I5, I6, I7], [I8, I9, I10, I11, I12]),
    "events": [
        event("AGREE", EU, CENTRAL_ASIA, I1),
        event("CONSULT", EU, CENTRAL_ASIA, I2, mode="multilateral", date="2025-04-04", location="Samarkand",
              location_country="UZB"),
        event("AGREE", VDL, CENTRAL_ASIA, I2, date="2025-04-04", location="Samarkand", location_country="UZB"),
        event("SUPPORT", CENTRAL_ASIA, EU, I4, location="Samarkand", location_country="UZB"),
        event("AGREE", TOKAYEV, EU, I5),
        event("REQUEST", EU, CENTRAL_ASIA, I6, mode="change"),
        event("THREATEN", EU_DIPLOMAT, CA_COMPANIES, I7),
        event("SUPPORT", COSTA, CENTRAL_ASIA, I8),
        event("ACCUSE", HRW, EU, I9, mode="disapprove"),
        event("ACCUSE", HRW, TAJIKISTAN, I10, mode="allege"),
        event("ACCUSE", HRW, TURKMENISTAN, I10, mode="allege"),
        event("CONSULT", EU, CA_CIVIL_SOCIETY, I11, location="Samarkand", location_country="UZB", negated=True),
    ],
    "quotes": [
        quote("Kasachstan könne Europa künftig mehr Uran und seltene Erden liefern", "Kassym-Jomart Tokayev",
              "indirect"),
        quote("Andernfalls drohten Strafmaßnahmen gegen Unternehmen aus der Region", "EU diplomat", "indirect"),
        quote("Zentralasien ist für Europa kein Hinterhof anderer Mächte", "António Costa", "direct"),
        quote("sondern ein Partner auf Augenhöhe", "António Costa", "direct"),
        quote("Menschenrechtsverletzungen in der Region für Rohstoffgeschäfte auszublenden", "Human Rights Watch",
              "indirect"),
    ],
    "entities": [
        entity("Samarkand", "LOC", "UZB", ["Samarkand", "im usbekischen Samarkand"]),
        entity("European Union", "ORG", "EUR", ["Die Europäische Union", "der EU", "Brüssel", "Europa"]),
        entity("Central Asian states", "ORG", None,
               ["die fünf zentralasiatischen Staaten", "Die Staatschefs der fünf Länder", "die Region"]),
        entity("Ursula von der Leyen", "PER", "EUR", ["Kommissionspräsidentin Ursula von der Leyen"]),
        entity("Global Gateway", "ORG", "EUR", ["dem Programm Global Gateway"]),
        entity("Kassym-Jomart Tokayev", "PER", "KAZ", ["Der kasachische Präsident Kassym-Schomart Tokajew"]),
        entity("Kazakhstan", "GPE", "KAZ", ["Kasachstan"]),
        entity("Russia", "GPE", "RUS", ["Russland-Sanktionen", "Russland"]),
        entity("Central Asian companies", "ORG", None, ["zentralasiatische Händler", "Unternehmen aus der Region"]),
        entity("EU diplomat", "PER", "EUR", ["ein EU-Diplomat"]),
        entity("Central Asia", "LOC", None, ["Zentralasien"]),
        entity("António Costa", "PER", "EUR", ["EU-Ratspräsident António Costa"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Die Organisation Human Rights Watch", "Sie"]),
        entity("Tajikistan", "GPE", "TJK", ["Tadschikistan"]),
        entity("Turkmenistan", "GPE", "TKM", ["Turkmenistan"]),
        entity("Central Asian civil society", "ORG", None, ["Vertretern der Zivilgesellschaft"]),
        entity("China", "GPE", "CHN", ["China"]),
    ],
}

# ---------------------------------------------------------------- hm170-de-04
NEPAL = actor("Nepal", "NPL", "GOV")
CHINA_NP = actor("China", "CHN", "GOV")
OLI = actor("K. P. Sharma Oli", "NPL", "GOV")
XI = actor("Xi Jinping", "CHN", "GOV")
LI_QIANG = actor("Li Qiang", "CHN", "GOV")
NEPALI_CONGRESS = actor("Nepali Congress", "NPL", "PTY")
NEPAL_GOV = actor("Government of Nepal", "NPL", "GOV")
DAHAL = actor("Pushpa Kamal Dahal", "NPL", "OPP")

J1 = ("Peking (dpa) - Nepal und China haben beim Besuch von Regierungschef K.P. Sharma Oli in Peking ein "
      "Rahmenabkommen über die Zusammenarbeit bei der Neuen Seidenstraße unterzeichnet.")
J2 = "Staats- und Parteichef Xi Jinping empfing Oli am Mittwoch in der Großen Halle des Volkes."
J3 = ("Tags zuvor hatte Oli mit Ministerpräsident Li Qiang neun weitere Vereinbarungen über Straßen, Wasserkraft "
      "und Handel geschlossen.")
J4 = ("China werde Nepal bei der Entwicklung des Landes weiter unterstützen, sagte Xi nach Angaben der "
      "Staatsagentur Xinhua.")
J5 = ("Peking gewährt zudem Zuschüsse für eine Machbarkeitsstudie zu einer Bahnstrecke zwischen Kerung in Tibet "
      "und Kathmandu.")
J6 = "„Nepal wird niemals zulassen, dass sein Territorium gegen China genutzt wird“, versicherte Oli."
J7 = "Um die Formulierung des Abkommens war in Kathmandu wochenlang gestritten worden."
J8 = "Die mitregierende Kongresspartei hatte verlangt, dass Nepal nur Zuschüsse und keine Kredite annimmt."
J9 = "Außenministerin Arzu Rana Deuba sagte, der Text enthalte keinerlei Kreditverpflichtung."
J10 = ("Der frühere Regierungschef Pushpa Kamal Dahal von der oppositionellen Maoisten-Partei warf Oli vor, das "
       "Abkommen am Parlament vorbei unterzeichnet zu haben.")
J11 = "Traditionell führt die erste Auslandsreise eines nepalesischen Regierungschefs nach Indien."
J12 = "Die Regierung in Neu-Delhi äußerte sich zunächst nicht."

DE04 = {
    "id": "hm170-de-04", "lang": "de", "url": None, "published": "2024-12-04",
    "title": "Nepal und China unterzeichnen Rahmenabkommen zur Seidenstraße",
    "text": paragraphs([J1, J2, J3], [J4, J5, J6], [J7, J8, J9, J10, J11, J12]),
    "events": [
        event("SUPPORT", NEPAL, CHINA_NP, J1, date="2024-12-04", location="Beijing", location_country="CHN"),
        event("CONSULT", OLI, CHINA_NP, J1, mode="visit", date="2024-12-04", location="Beijing",
              location_country="CHN"),
        event("CONSULT", OLI, XI, J2, mode="visit", date="2024-12-04", location="Beijing", location_country="CHN"),
        event("SUPPORT", OLI, LI_QIANG, J3, date="2024-12-03", location="Beijing", location_country="CHN"),
        event("CONSULT", OLI, LI_QIANG, J3, mode="visit", date="2024-12-03", location="Beijing",
              location_country="CHN"),
        event("AGREE", XI, NEPAL, J4),
        event("AID", CHINA_NP, NEPAL, J5),
        event("AGREE", OLI, CHINA_NP, J6),
        event("REQUEST", NEPALI_CONGRESS, NEPAL_GOV, J8, mode="change"),
        event("ACCUSE", DAHAL, OLI, J10, mode="disapprove"),
    ],
    "quotes": [
        quote("China werde Nepal bei der Entwicklung des Landes weiter unterstützen", "Xi Jinping", "indirect"),
        quote("Nepal wird niemals zulassen, dass sein Territorium gegen China genutzt wird", "K. P. Sharma Oli",
              "direct"),
        quote("dass Nepal nur Zuschüsse und keine Kredite annimmt", "Nepali Congress", "indirect"),
        quote("der Text enthalte keinerlei Kreditverpflichtung", "Arzu Rana Deuba", "indirect"),
        quote("das Abkommen am Parlament vorbei unterzeichnet zu haben", "Pushpa Kamal Dahal", "indirect"),
    ],
    "entities": [
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Nepal", "GPE", "NPL", ["Nepal", "des Landes"]),
        entity("China", "GPE", "CHN", ["China", "Peking"]),
        entity("K. P. Sharma Oli", "PER", "NPL", ["Regierungschef K.P. Sharma Oli", "Oli"]),
        entity("Xi Jinping", "PER", "CHN", ["Staats- und Parteichef Xi Jinping", "Xi"]),
        entity("Great Hall of the People", "LOC", "CHN", ["der Großen Halle des Volkes"]),
        entity("Li Qiang", "PER", "CHN", ["Ministerpräsident Li Qiang"]),
        entity("Xinhua", "ORG", "CHN", ["der Staatsagentur Xinhua"]),
        entity("Kerung", "LOC", "CHN", ["Kerung"]),
        entity("Tibet", "LOC", "CHN", ["Tibet"]),
        entity("Kathmandu", "LOC", "NPL", ["Kathmandu"]),
        entity("Nepali Congress", "ORG", "NPL", ["Die mitregierende Kongresspartei"]),
        entity("Arzu Rana Deuba", "PER", "NPL", ["Außenministerin Arzu Rana Deuba"]),
        entity("Pushpa Kamal Dahal", "PER", "NPL", ["Der frühere Regierungschef Pushpa Kamal Dahal"]),
        entity("Communist Party of Nepal (Maoist Centre)", "ORG", "NPL", ["der oppositionellen Maoisten-Partei"]),
        entity("Federal Parliament of Nepal", "ORG", "NPL", ["am Parlament"]),
        entity("India", "GPE", "IND", ["Indien", "Die Regierung in Neu-Delhi"]),
    ],
}

# ---------------------------------------------------------------- hm170-en-01
HK_COURT = actor("High Court of Hong Kong", "CHN", "JUD")
JIMMY_LAI = actor("Jimmy Lai", "CHN", "CVL")
HK_DOJ = actor("Hong Kong Department of Justice", "CHN", "JUD")
JOHN_LEE = actor("John Lee", "CHN", "GOV")
COOPER = actor("Yvette Cooper", "GBR", "GOV")
HK_GOV = actor("Government of Hong Kong", "CHN", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")
CHINA_HK = actor("China", "CHN", "GOV")
CHN_MFA = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")
UK = actor("United Kingdom", "GBR", "GOV")
USA_HK = actor("United States", "USA", "GOV")
GUO = actor("Guo Jiakun", "CHN", "GOV")
HK_POLICE = actor("Hong Kong Police Force", "CHN", "COP")
SEBASTIEN = actor("Sebastien Lai", "CHN", "CVL")

K1 = ("HONG KONG (AP) — A Hong Kong court on Monday convicted pro-democracy media tycoon Jimmy Lai of colluding "
      "with foreign forces and publishing seditious material, in a landmark national security case.")
K2 = ("Three judges handpicked by the city’s leader found the 78-year-old founder of the now-defunct Apple Daily "
      "newspaper guilty on all three charges.")
K3 = "He faces up to life in prison, with sentencing expected early next year."
K4 = "Lai, who has been in custody since December 2020, had pleaded not guilty."
K5 = ("Prosecutors accused him of using his newspaper and his contacts abroad to lobby for sanctions against "
      "China and Hong Kong.")
K6 = ("Hong Kong leader John Lee welcomed the verdict, saying Lai had “used his newspaper to spread hatred” "
      "against the country.")
K7 = ("British Foreign Secretary Yvette Cooper condemned the “politically motivated prosecution” and called for "
      "Lai’s immediate release.")
K8 = ("U.S. Secretary of State Marco Rubio urged Beijing to free Lai on humanitarian grounds.")
K9 = "China’s Foreign Ministry accused London and Washington of meddling in the city’s judicial affairs."
K10 = ("“No one is above the law,” spokesperson Guo Jiakun told a regular briefing, “and the demands from London "
       "and Washington will change nothing.”")
K11 = "Hundreds of police officers were deployed around the court building in West Kowloon."
K12 = ("Lai’s son Sebastien, who lives in London, said his father was being punished “for telling the truth” and "
       "vowed to keep campaigning.")

EN01 = {
    "id": "hm170-en-01", "lang": "en", "url": None, "published": "2025-12-15",
    "title": "Hong Kong court convicts Jimmy Lai of collusion with foreign forces",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7, K8], [K9, K10, K11, K12]),
    "events": [
        event("SANCTION", HK_COURT, JIMMY_LAI, K1, mode="convict", date="2025-12-15", location="Hong Kong",
              location_country="HKG"),
        event("SANCTION", HK_COURT, JIMMY_LAI, K2, mode="convict", date="2025-12-15", location="Hong Kong",
              location_country="HKG"),
        event("ACCUSE", HK_DOJ, JIMMY_LAI, K5, mode="allege"),
        event("SUPPORT", JOHN_LEE, HK_COURT, K6),
        event("ACCUSE", JOHN_LEE, JIMMY_LAI, K6, mode="allege"),
        event("ACCUSE", COOPER, HK_GOV, K7, mode="disapprove"),
        event("REQUEST", COOPER, HK_GOV, K7, mode="yield"),
        event("REQUEST", RUBIO, CHINA_HK, K8, mode="yield"),
        event("ACCUSE", CHN_MFA, UK, K9, mode="disapprove"),
        event("ACCUSE", CHN_MFA, USA_HK, K9, mode="disapprove"),
        event("REJECT", GUO, UK, K10, mode="yield"),
        event("REJECT", GUO, USA_HK, K10, mode="yield"),
        event("MOBILIZE", HK_POLICE, None, K11, mode="police", date="2025-12-15", location="West Kowloon",
              location_country="HKG"),
        event("ACCUSE", SEBASTIEN, HK_GOV, K12, mode="disapprove"),
    ],
    "quotes": [
        quote("used his newspaper to spread hatred", "John Lee", "direct"),
        quote("Lai had “used his newspaper to spread hatred” against the country", "John Lee", "indirect"),
        quote("politically motivated prosecution", "Yvette Cooper", "direct"),
        quote("No one is above the law", "Guo Jiakun", "direct"),
        quote("and the demands from London and Washington will change nothing", "Guo Jiakun", "direct"),
        quote("for telling the truth", "Sebastien Lai", "direct"),
        quote("his father was being punished “for telling the truth”", "Sebastien Lai", "indirect"),
    ],
    "entities": [
        entity("Hong Kong", "GPE", "CHN", ["HONG KONG", "Hong Kong", "the city’s"]),
        entity("High Court of Hong Kong", "ORG", "CHN",
               ["A Hong Kong court", "Three judges handpicked by the city’s leader", "the court building"]),
        entity("Jimmy Lai", "PER", "CHN",
               ["pro-democracy media tycoon Jimmy Lai", "the 78-year-old founder of the now-defunct Apple Daily "
                "newspaper", "He", "Lai", "him", "Lai’s", "his father"]),
        entity("Apple Daily", "ORG", "CHN", ["the now-defunct Apple Daily newspaper", "his newspaper"]),
        entity("Hong Kong Department of Justice", "ORG", "CHN", ["Prosecutors"]),
        entity("China", "GPE", "CHN", ["China", "Beijing", "China’s", "the country"]),
        entity("John Lee", "PER", "CHN", ["Hong Kong leader John Lee", "the city’s leader"]),
        entity("Yvette Cooper", "PER", "GBR", ["British Foreign Secretary Yvette Cooper"]),
        entity("Marco Rubio", "PER", "USA", ["U.S. Secretary of State Marco Rubio"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["China’s Foreign Ministry"]),
        entity("United Kingdom", "GPE", "GBR", ["London"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Guo Jiakun", "PER", "CHN", ["spokesperson Guo Jiakun"]),
        entity("Hong Kong Police Force", "ORG", "CHN", ["Hundreds of police officers"]),
        entity("West Kowloon", "LOC", "CHN", ["West Kowloon"]),
        entity("Sebastien Lai", "PER", "CHN", ["Lai’s son Sebastien"]),
        entity("London", "LOC", "GBR", ["London"]),
    ],
}

# ---------------------------------------------------------------- hm170-en-02
TRUMP = actor("Donald Trump", "USA", "GOV")
XI_EN = actor("Xi Jinping", "CHN", "GOV")
USA_EN = actor("United States", "USA", "GOV")
CHINA_EN = actor("China", "CHN", "GOV")
MOFCOM = actor("Ministry of Commerce of China", "CHN", "GOV")
CHN_MFA_EN = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")
SKOREA = actor("South Korea", "KOR", "GOV")
LEE_JM = actor("Lee Jae-myung", "KOR", "GOV")

L1 = ("BUSAN, South Korea (AP) — U.S. President Donald Trump and Chinese leader Xi Jinping agreed on Thursday to "
      "a one-year truce in their trade war, with Washington lowering tariffs and Beijing pausing its new curbs on "
      "rare earth exports.")
L2 = ("The two leaders met for 100 minutes at an air base near the southern port city.")
L3 = ("Trump said he would cut the fentanyl-related tariffs from 20% to 10% because China had agreed to "
      "work “very hard” to stop the flow of the drug.")
L4 = ("“It was an amazing meeting,” Trump told reporters, “and on a scale from zero to 10, I would say it "
      "was a 12.”")
L5 = ("China’s Commerce Ministry confirmed that Beijing would suspend the rare earth export controls for one "
      "year and resume purchases of American soybeans.")
L6 = ("According to state broadcaster CCTV, Xi told Trump that the two nations should act as “partners "
      "and friends” in a turbulent world.")
L7 = "Trump said he would visit China in April and that Xi would come to the United States after that."
L8 = ("Hours before the meeting, Trump ordered the Pentagon to start testing nuclear weapons “on an equal basis.”")
L9 = "China’s Foreign Ministry urged Washington to honor the global moratorium on nuclear tests."
L10 = "Taiwan did not come up in the talks, Trump said."
L11 = ("Xi traveled on to Gyeongju for the Asia-Pacific Economic Cooperation summit, where he is due to meet "
       "South Korean President Lee Jae-myung.")

EN02 = {
    "id": "hm170-en-02", "lang": "en", "url": None, "published": "2025-10-30",
    "title": "Trump and Xi agree to one-year trade truce at meeting in South Korea",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6, L7], [L8, L9, L10, L11]),
    "events": [
        event("AGREE", TRUMP, XI_EN, L1, date="2025-10-30", location="Busan", location_country="KOR"),
        event("CONCEDE", USA_EN, CHINA_EN, L1, date="2025-10-30"),
        event("CONCEDE", CHINA_EN, USA_EN, L1, date="2025-10-30"),
        event("CONSULT", TRUMP, XI_EN, L2, mode="third-party", date="2025-10-30", location="Busan",
              location_country="KOR"),
        event("CONCEDE", TRUMP, CHINA_EN, L3),
        event("AGREE", CHINA_EN, USA_EN, L3),
        event("SUPPORT", TRUMP, XI_EN, L4),
        event("CONCEDE", MOFCOM, USA_EN, L5),
        event("AGREE", MOFCOM, USA_EN, L5),
        event("AGREE", XI_EN, TRUMP, L6),
        event("AGREE", TRUMP, XI_EN, L7),
        event("AGREE", XI_EN, TRUMP, L7),
        event("MOBILIZE", TRUMP, None, L8, mode="weapons"),
        event("REQUEST", CHN_MFA_EN, USA_EN, L9, mode="change"),
        event("CONSULT", XI_EN, SKOREA, L11, mode="visit", location="Gyeongju", location_country="KOR"),
        event("AGREE", XI_EN, LEE_JM, L11),
    ],
    "quotes": [
        quote("he would cut the fentanyl-related tariffs from 20% to 10% because China had agreed to work "
              "“very hard” to stop the flow of the drug", "Donald Trump", "indirect"),
        quote("very hard", "Donald Trump", "direct"),
        quote("It was an amazing meeting", "Donald Trump", "direct"),
        quote("and on a scale from zero to 10, I would say it was a 12", "Donald Trump", "direct"),
        quote("that Beijing would suspend the rare earth export controls for one year and resume purchases of American soybeans", "Ministry of Commerce of China", "indirect"),
        quote("partners and friends", "Xi Jinping", "direct"),
        quote("that the two nations should act as “partners and friends” in a turbulent world", "Xi Jinping",
              "indirect"),
        quote("he would visit China in April and that Xi would come to the United States after that",
              "Donald Trump", "indirect"),
        quote("on an equal basis", "Donald Trump", "direct"),
        quote("Taiwan did not come up in the talks", "Donald Trump", "indirect"),
    ],
    "entities": [
        entity("Busan", "LOC", "KOR", ["BUSAN", "the southern port city"]),
        entity("South Korea", "GPE", "KOR", ["South Korea", "South Korean"]),
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump", "Trump", "he"]),
        entity("Xi Jinping", "PER", "CHN", ["Chinese leader Xi Jinping", "Xi"]),
        entity("United States", "GPE", "USA", ["Washington", "the United States", "American"]),
        entity("China", "GPE", "CHN", ["Beijing", "China", "China’s"]),
        entity("Ministry of Commerce of China", "ORG", "CHN", ["China’s Commerce Ministry"]),
        entity("CCTV", "ORG", "CHN", ["state broadcaster CCTV"]),
        entity("United States Department of Defense", "ORG", "USA", ["the Pentagon"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["China’s Foreign Ministry"]),
        entity("Taiwan", "GPE", "TWN", ["Taiwan"]),
        entity("Gyeongju", "LOC", "KOR", ["Gyeongju"]),
        entity("Asia-Pacific Economic Cooperation", "ORG", "IGO",
               ["the Asia-Pacific Economic Cooperation summit"]),
        entity("Lee Jae-myung", "PER", "KOR", ["South Korean President Lee Jae-myung"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
