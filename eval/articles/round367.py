"""Round 367: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm367-de-01: Philippines: a Muntinlupa court acquits ex-senator and Duterte critic Leila de Lima and her former bodyguard Ronnie Dayan in her last drug case; her 2017 arrest, Duterte's accusation, bail release, her pledge to help the ICC, Marcos's refusal to cooperate, Remulla and Hontiveros react (2024-06-24).
- hm367-de-02: South Korea: the Seoul Central District Court orders Unification Church leader Han Hak-ja detained over alleged gifts to Kim Keon-hee and funds for Kweon Seong-dong; special counsel Min Joong-ki's questioning, Kweon's and Kim's arrests, the church objects, PPP and Democratic Party react, the Tokyo dissolution order recalled (2025-09-23).
- hm367-de-03: Hong Kong: national security police charge jailed activist Joshua Wong with conspiring to collude with foreign forces; his 47-case sentence, London's criticism and Hong Kong's rebuke, Amnesty's demand, Lin Jian accuses Britain, arrest figures and bounties (2025-06-06).
- hm367-de-04: Australia/Nauru: Tony Burke signs a deal with David Adeang in Nauru to resettle the NZYQ cohort for A$408 million plus annual payments; the 2023 High Court ruling and releases, Adeang's praise, the Greens, Shoebridge, the Human Rights Law Centre and the Liberals react, the 2024 security treaty and Nauru's switch from Taiwan to China (2025-08-29).
- hm367-en-01: WADA appoints Swiss prosecutor Eric Cottier to review its handling of 23 Chinese swimmers' positive TMZ tests; CHINADA's contamination finding, USADA's Tygart accuses WADA, WADA hits back, Rahul Gupta's demand, Wang Wenbin, World Aquatics and the IOC back WADA (2024-04-25).
- hm367-en-02: ICC prosecutor Karim Khan takes leave pending the UN OIOS inquiry into sexual misconduct allegations; the ASP's request, Kaukoranta welcomes the step, Trump's sanctions, the Netanyahu, Gallant and Deif warrants, the Duterte case (2025-05-16).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm367-de-01 (Philippines, Leila de Lima acquitted)
MUNTINLUPA_COURT = actor("Muntinlupa Regional Trial Court", "PHL", "JUD")
DE_LIMA = actor("Leila de Lima", "PHL", "OPP")
DAYAN = actor("Ronnie Dayan", "PHL", "CVL")
DE_LIMA_LAWYERS = actor("lawyers of Leila de Lima", "PHL", "CVL")
DE_LIMA_SUPPORTERS = actor("supporters of Leila de Lima", "PHL", "CVL")
PNP = actor("Philippine National Police", "PHL", "COP")
DUTERTE_PRES = actor("Rodrigo Duterte", "PHL", "GOV")
DUTERTE = actor("Rodrigo Duterte", "PHL", "OPP")
RIGHTS_GROUPS = actor("human rights organisations", "NGO", "NGO")
PHL_GOV = actor("Government of the Philippines", "PHL", "GOV")
ICC_L = actor("International Criminal Court", "IGO", "JUD")
MARCOS = actor("Ferdinand Marcos Jr.", "PHL", "GOV")
REMULLA = actor("Jesus Crispin Remulla", "PHL", "GOV")
HONTIVEROS = actor("Risa Hontiveros", "PHL", "OPP")

L1 = ("Manila (dpa) - Mehr als sieben Jahre nach ihrer Festnahme ist die philippinische Ex-Senatorin und "
      "Duterte-Kritikerin Leila de Lima auch im letzten gegen sie angestrengten Drogenverfahren freigesprochen worden.")
L2 = ("Ein Regionalgericht in Muntinlupa südlich von Manila gab am Montag einem Antrag ihrer Verteidigung statt, das "
      "Verfahren mangels ausreichender Beweise einzustellen, wie ihre Anwälte mitteilten.")
L3 = "Auch ihr früherer Leibwächter Ronnie Dayan, der in dem Fall mitangeklagt war, wurde freigesprochen."
L4 = "„Heute ist endlich die Wahrheit ans Licht gekommen“, sagte die 64-Jährige nach der Entscheidung vor Journalisten."
L5 = "Sie dankte ihren Anwälten und Unterstützern."
L6 = ("De Lima war im Februar 2017 festgenommen worden, nachdem sie als Senatorin Ermittlungen zu den Tötungen im "
      "sogenannten Anti-Drogen-Krieg des damaligen Präsidenten Rodrigo Duterte vorangetrieben hatte.")
L7 = ("Duterte hatte ihr vorgeworfen, als Justizministerin Geld von Drogenbossen aus dem Gefängnis New Bilibid "
      "angenommen zu haben.")
L8 = ("Sie verbrachte fast sieben Jahre in einer Zelle im Polizeihauptquartier Camp Crame, bevor sie im November "
      "vergangenen Jahres gegen Kaution freikam.")
L9 = "Menschenrechtsorganisationen hatten die Anklagen stets als politisch motiviert kritisiert."
L10 = ("Die frühere Justizministerin kündigte an, den Internationalen Strafgerichtshof (IStGH) bei dessen Ermittlungen "
       "gegen Duterte zu unterstützen.")
L11 = "„Duterte muss für das bezahlen, was er mir und Tausenden Familien angetan hat“, sagte sie."
L12 = "Der heute 79-Jährige äußerte sich zunächst nicht."
L13 = "Die Philippinen waren auf Betreiben Dutertes 2019 aus dem Strafgerichtshof ausgetreten."
L14 = "Präsident Ferdinand Marcos Jr. lehnt eine Zusammenarbeit mit den Ermittlern in Den Haag bislang ab."
L15 = "Justizminister Jesus Crispin Remulla sagte, seine Behörde respektiere das Urteil."
L16 = ("Die Oppositionssenatorin Risa Hontiveros forderte, die Verantwortlichen für die „erfundenen Anklagen“ zur "
       "Rechenschaft zu ziehen.")

DE01 = {
    "id": "hm367-de-01", "lang": "de", "url": None, "published": "2024-06-24",
    "title": "Philippinische Duterte-Kritikerin de Lima auch im letzten Verfahren freigesprochen",
    "text": paragraphs([L1, L2, L3], [L4, L5], [L6, L7, L8, L9], [L10, L11, L12], [L13, L14], [L15, L16]),
    "events": [
        event("CONCEDE", MUNTINLUPA_COURT, DE_LIMA, L1, location_country="PHL"),
        event("CONCEDE", MUNTINLUPA_COURT, DE_LIMA, L2, date="2024-06-24", location="Muntinlupa",
              location_country="PHL"),
        event("CONCEDE", MUNTINLUPA_COURT, DAYAN, L3),
        event("SUPPORT", DE_LIMA, DE_LIMA_LAWYERS, L5),
        event("SUPPORT", DE_LIMA, DE_LIMA_SUPPORTERS, L5),
        event("COERCE", PNP, DE_LIMA, L6, mode="arrest", location_country="PHL"),
        event("ACCUSE", DE_LIMA, DUTERTE_PRES, L6, mode="investigate"),
        event("ACCUSE", DUTERTE_PRES, DE_LIMA, L7, mode="allege"),
        event("RETREAT", MUNTINLUPA_COURT, DE_LIMA, L8, mode="release"),
        event("ACCUSE", RIGHTS_GROUPS, PHL_GOV, L9, mode="disapprove"),
        event("AGREE", DE_LIMA, ICC_L, L10),
        event("ACCUSE", ICC_L, DUTERTE, L10, mode="investigate"),
        event("ACCUSE", DE_LIMA, DUTERTE, L11, mode="disapprove"),
        event("SANCTION", PHL_GOV, ICC_L, L13, mode="withdraw"),
        event("REJECT", MARCOS, ICC_L, L14, mode="assist"),
        event("SUPPORT", REMULLA, MUNTINLUPA_COURT, L15),
        event("REQUEST", HONTIVEROS, None, L16),
    ],
    "quotes": [
        quote("Ein Regionalgericht in Muntinlupa südlich von Manila gab am Montag einem Antrag ihrer Verteidigung statt, "
              "das Verfahren mangels ausreichender Beweise einzustellen", "lawyers of Leila de Lima", "indirect"),
        quote("Heute ist endlich die Wahrheit ans Licht gekommen", "Leila de Lima", "direct"),
        quote("als Justizministerin Geld von Drogenbossen aus dem Gefängnis New Bilibid angenommen zu haben",
              "Rodrigo Duterte", "indirect"),
        quote("Duterte muss für das bezahlen, was er mir und Tausenden Familien angetan hat", "Leila de Lima", "direct"),
        quote("seine Behörde respektiere das Urteil", "Jesus Crispin Remulla", "indirect"),
        quote("erfundenen Anklagen", "Risa Hontiveros", "direct"),
    ],
    "entities": [
        entity("Manila", "LOC", "PHL", ["Manila"]),
        entity("Philippines", "LOC", "PHL", ["philippinische", "Die Philippinen"]),
        entity("Leila de Lima", "PER", "PHL", ["die philippinische Ex-Senatorin und Duterte-Kritikerin Leila de Lima",
                                               "die 64-Jährige", "De Lima", "Die frühere Justizministerin", "sie"]),
        entity("Muntinlupa Regional Trial Court", "ORG", "PHL", ["Ein Regionalgericht in Muntinlupa"]),
        entity("Muntinlupa", "LOC", "PHL", ["Muntinlupa"]),
        entity("lawyers of Leila de Lima", "PER", "PHL", ["ihrer Verteidigung", "ihre Anwälte", "ihren Anwälten"]),
        entity("supporters of Leila de Lima", "PER", "PHL", ["Unterstützern"]),
        entity("Ronnie Dayan", "PER", "PHL", ["ihr früherer Leibwächter Ronnie Dayan"]),
        entity("Rodrigo Duterte", "PER", "PHL", ["des damaligen Präsidenten Rodrigo Duterte", "Duterte",
                                                 "Der heute 79-Jährige", "Dutertes"]),
        entity("New Bilibid Prison", "LOC", "PHL", ["dem Gefängnis New Bilibid"]),
        entity("Camp Crame", "LOC", "PHL", ["Polizeihauptquartier Camp Crame"]),
        entity("Philippine National Police", "ORG", "PHL", []),
        entity("human rights organisations", "ORG", "NGO", ["Menschenrechtsorganisationen"]),
        entity("International Criminal Court", "ORG", "IGO", ["den Internationalen Strafgerichtshof (IStGH)",
                                                              "dem Strafgerichtshof", "den Ermittlern in Den Haag"]),
        entity("families of drug war victims", "PER", "PHL", ["Tausenden Familien"]),
        entity("The Hague", "LOC", "NLD", ["Den Haag"]),
        entity("Ferdinand Marcos Jr.", "PER", "PHL", ["Präsident Ferdinand Marcos Jr."]),
        entity("Jesus Crispin Remulla", "PER", "PHL", ["Justizminister Jesus Crispin Remulla"]),
        entity("Department of Justice of the Philippines", "ORG", "PHL", ["seine Behörde"]),
        entity("Risa Hontiveros", "PER", "PHL", ["Die Oppositionssenatorin Risa Hontiveros"]),
    ],
}

# ---------------------------------------------------------------- hm367-de-02 (South Korea, Han Hak-ja detained)
SEOUL_COURT = actor("Seoul Central District Court", "KOR", "JUD")
HAN = actor("Han Hak-ja", "KOR", "REL")
SPECIAL_COUNSEL = actor("special counsel team of Min Joong-ki", "KOR", "JUD")
KWEON = actor("Kweon Seong-dong", "KOR", "OPP")
UNIFICATION_CHURCH = actor("Unification Church", "KOR", "REL")
KIM_KEON_HEE = actor("Kim Keon-hee", "KOR", "CVL")
KOR_CONST_COURT = actor("Constitutional Court of Korea", "KOR", "JUD")
YOON = actor("Yoon Suk Yeol", "KOR", "GOV")
PPP = actor("People Power Party", "KOR", "PTY")
DPK = actor("Democratic Party of Korea", "KOR", "PTY")
TOKYO_COURT = actor("Tokyo District Court", "JPN", "JUD")
UC_JAPAN = actor("Unification Church of Japan", "JPN", "REL")

K1 = ("Seoul (dpa) - Die Chefin der umstrittenen Vereinigungskirche, Han Hak Ja, ist in Südkorea wegen "
      "Bestechungsvorwürfen in Untersuchungshaft genommen worden.")
K2 = ("Das Zentrale Bezirksgericht in Seoul erließ in der Nacht zum Dienstag Haftbefehl gegen die 82-Jährige, da die "
      "Gefahr bestehe, dass sie Beweise vernichte.")
K3 = ("Han war am Montag zu der mehrstündigen Anhörung erschienen, äußerte sich vor Journalisten aber nicht zu den "
      "Vorwürfen.")
K4 = ("Das Team von Sonderermittler Min Joong Ki wirft ihr vor, der damaligen First Lady Kim Keon Hee über einen "
      "früheren Kirchenfunktionär eine Diamantenkette und zwei Chanel-Handtaschen zukommen gelassen zu haben, um "
      "Vorteile für Geschäftsprojekte der Kirche zu erlangen.")
K5 = ("Zudem soll sie veranlasst haben, dass der konservative Abgeordnete Kweon Seong Dong im Jahr 2022 illegale "
      "Spenden in Höhe von 100 Millionen Won (rund 61.000 Euro) erhielt.")
K6 = ("Kweon, ein enger Vertrauter des abgesetzten Ex-Präsidenten Yoon Suk Yeol, war in der vergangenen Woche "
      "festgenommen worden.")
K7 = "Die Ermittler hatten Han bereits am vergangenen Mittwoch neun Stunden lang vernommen."
K8 = ("Dabei habe sie bestritten, Anweisungen für Zahlungen an Politiker oder an die Präsidentengattin gegeben zu "
      "haben, berichtete die Nachrichtenagentur Yonhap.")
K9 = ("Die Kirche, die sich heute Familienföderation für Weltfrieden und Vereinigung nennt, sprach in einer Erklärung "
      "von einem „unverhältnismäßigen“ Vorgehen gegen eine betagte Religionsführerin.")
K10 = "Sie werde die Wahrheit vor Gericht darlegen, hieß es weiter."
K11 = ("Kim Keon Hee war bereits im August festgenommen und später unter anderem wegen Bestechung und "
       "Aktienmanipulation angeklagt worden.")
K12 = "Sie weist die Vorwürfe zurück."
K13 = ("Der Sonderermittler untersucht eine Reihe von Vorwürfen gegen die frühere First Lady und das Umfeld ihres "
       "Mannes, der im April vom Verfassungsgericht des Amtes enthoben worden war.")
K14 = ("Die oppositionelle Partei Macht des Volkes (PPP), der Kweon angehört, warf dem Sonderermittler politisch "
       "motivierte Ermittlungen vor.")
K15 = "Die regierende Demokratische Partei begrüßte dagegen die Haftentscheidung."
K16 = "„Religion darf kein Schutzschild für Korruption sein“, sagte ihr Fraktionschef Kim Byung Kee."
K17 = "Die Ermittler haben nun bis zu 20 Tage Zeit, um Anklage gegen Han zu erheben."
K18 = ("In Japan hatte ein Gericht im März die Auflösung des dortigen Ablegers der Kirche angeordnet, nachdem der Mord "
       "an Ex-Regierungschef Shinzo Abe im Jahr 2022 die Spendenpraktiken der Gemeinschaft ins Licht gerückt hatte.")

DE02 = {
    "id": "hm367-de-02", "lang": "de", "url": None, "published": "2025-09-23",
    "title": "Südkorea: Chefin der Vereinigungskirche in Untersuchungshaft",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6], [K7, K8, K9, K10], [K11, K12, K13], [K14, K15, K16, K17],
                       [K18]),
    "events": [
        event("COERCE", SEOUL_COURT, HAN, K1, mode="arrest", location_country="KOR"),
        event("COERCE", SEOUL_COURT, HAN, K2, mode="arrest", date="2025-09-23", location="Seoul",
              location_country="KOR"),
        event("ACCUSE", SPECIAL_COUNSEL, HAN, K4, mode="allege"),
        event("COERCE", SPECIAL_COUNSEL, KWEON, K6, mode="arrest"),
        event("ACCUSE", SPECIAL_COUNSEL, HAN, K7, mode="investigate", date="2025-09-17"),
        event("ACCUSE", UNIFICATION_CHURCH, SPECIAL_COUNSEL, K9, mode="disapprove"),
        event("COERCE", SPECIAL_COUNSEL, KIM_KEON_HEE, K11, mode="arrest"),
        event("ACCUSE", SPECIAL_COUNSEL, KIM_KEON_HEE, K11, mode="allege"),
        event("ACCUSE", SPECIAL_COUNSEL, KIM_KEON_HEE, K13, mode="investigate"),
        event("COERCE", KOR_CONST_COURT, YOON, K13, mode="restrict"),
        event("ACCUSE", PPP, SPECIAL_COUNSEL, K14, mode="disapprove"),
        event("SUPPORT", DPK, SEOUL_COURT, K15),
        event("COERCE", TOKYO_COURT, UC_JAPAN, K18, mode="ban", location_country="JPN"),
    ],
    "quotes": [
        quote("die Gefahr bestehe, dass sie Beweise vernichte", "Seoul Central District Court", "indirect"),
        quote("der damaligen First Lady Kim Keon Hee über einen früheren Kirchenfunktionär eine Diamantenkette und zwei "
              "Chanel-Handtaschen zukommen gelassen zu haben, um Vorteile für Geschäftsprojekte der Kirche zu erlangen",
              "special counsel team of Min Joong-ki", "indirect"),
        quote("Dabei habe sie bestritten, Anweisungen für Zahlungen an Politiker oder an die Präsidentengattin gegeben "
              "zu haben", "Yonhap", "indirect"),
        quote("unverhältnismäßigen", "Unification Church", "direct"),
        quote("Sie werde die Wahrheit vor Gericht darlegen", "Unification Church", "indirect"),
        quote("Religion darf kein Schutzschild für Korruption sein", "Kim Byung-kee", "direct"),
    ],
    "entities": [
        entity("Seoul", "LOC", "KOR", ["Seoul"]),
        entity("Unification Church", "ORG", "KOR", ["der umstrittenen Vereinigungskirche", "der Kirche",
                                                    "Die Kirche", "der Gemeinschaft"]),
        entity("Han Hak-ja", "PER", "KOR", ["Die Chefin der umstrittenen Vereinigungskirche, Han Hak Ja",
                                            "die 82-Jährige", "Han", "ihr", "sie", "eine betagte Religionsführerin"]),
        entity("South Korea", "LOC", "KOR", ["Südkorea"]),
        entity("Seoul Central District Court", "ORG", "KOR", ["Das Zentrale Bezirksgericht in Seoul"]),
        entity("special counsel team of Min Joong-ki", "ORG", "KOR", ["Das Team von Sonderermittler Min Joong Ki",
                                                                      "Die Ermittler", "Der Sonderermittler",
                                                                      "dem Sonderermittler"]),
        entity("Min Joong-ki", "PER", "KOR", ["Sonderermittler Min Joong Ki"]),
        entity("Kim Keon-hee", "PER", "KOR", ["der damaligen First Lady Kim Keon Hee", "die Präsidentengattin",
                                              "Kim Keon Hee", "die frühere First Lady"]),
        entity("former Unification Church official", "PER", "KOR", ["einen früheren Kirchenfunktionär"]),
        entity("Kweon Seong-dong", "PER", "KOR", ["der konservative Abgeordnete Kweon Seong Dong", "Kweon"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["des abgesetzten Ex-Präsidenten Yoon Suk Yeol", "ihres Mannes"]),
        entity("Yonhap", "ORG", "KOR", ["die Nachrichtenagentur Yonhap"]),
        entity("Family Federation for World Peace and Unification", "ORG", "KOR",
               ["Familienföderation für Weltfrieden und Vereinigung"]),
        entity("Constitutional Court of Korea", "ORG", "KOR", ["vom Verfassungsgericht"]),
        entity("People Power Party", "ORG", "KOR", ["Die oppositionelle Partei Macht des Volkes (PPP)"]),
        entity("Democratic Party of Korea", "ORG", "KOR", ["Die regierende Demokratische Partei"]),
        entity("Kim Byung-kee", "PER", "KOR", ["ihr Fraktionschef Kim Byung Kee"]),
        entity("Japan", "LOC", "JPN", ["Japan"]),
        entity("Tokyo District Court", "ORG", "JPN", ["ein Gericht"]),
        entity("Unification Church of Japan", "ORG", "JPN", ["des dortigen Ablegers der Kirche"]),
        entity("Shinzo Abe", "PER", "JPN", ["Ex-Regierungschef Shinzo Abe"]),
    ],
}

# ---------------------------------------------------------------- hm367-de-03 (Hong Kong, Joshua Wong charged)
HK_NSD = actor("National Security Department of the Hong Kong Police Force", "CHN", "COP")
WONG = actor("Joshua Wong", "CHN", "OPP")
HK_HIGH_COURT = actor("High Court of Hong Kong", "CHN", "JUD")
UK_FCDO = actor("Foreign, Commonwealth and Development Office", "GBR", "GOV")
HK_GOV = actor("Government of Hong Kong", "CHN", "GOV")
UK_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
BROOKS = actor("Sarah Brooks", "NGO", "NGO")
LIN_JIAN = actor("Lin Jian", "CHN", "GOV")
HK_POLICE = actor("Hong Kong Police Force", "CHN", "COP")
NSL_ARRESTEES = actor("people arrested for national security offences in Hong Kong", "CHN", "CVL")
EXILED_ACTIVISTS = actor("exiled Hong Kong activists", "CHN", "OPP")

H1 = ("Hongkong (dpa) - Die Hongkonger Polizei hat den inhaftierten Demokratie-Aktivisten Joshua Wong wegen "
      "mutmaßlicher Zusammenarbeit mit ausländischen Kräften angeklagt.")
H2 = ("Der 28-Jährige wurde am Freitag aus dem Gefängnis zu einer ersten Anhörung vor ein Gericht im Stadtteil West "
      "Kowloon gebracht.")
H3 = ("Die Abteilung für nationale Sicherheit der Polizei wirft ihm vor, sich mit Personen im Ausland verschworen zu "
      "haben, um ausländische Regierungen zu Sanktionen gegen Hongkong und China zu bewegen.")
H4 = "Bei einer Verurteilung droht ihm lebenslange Haft."
H5 = "Der Richter vertagte das Verfahren auf August."
H6 = ("Wong verbüßt bereits eine Haftstrafe von vier Jahren und acht Monaten, zu der er im vergangenen November im "
      "Prozess gegen 47 Oppositionelle wegen Umsturzes verurteilt worden war.")
H7 = ("Das britische Außenministerium sprach von einem „weiteren Versuch, kritische Stimmen zum Schweigen zu "
      "bringen“.")
H8 = ("Die Hongkonger Regierung warf London daraufhin vor, sich in die Justiz der Stadt einzumischen, und erklärte, "
      "niemand stehe über dem Gesetz.")
H9 = "Amnesty International forderte die Behörden der Stadt auf, die Anklage fallen zu lassen und Wong freizulassen."
H10 = ("„Die Behörden wollen offensichtlich sicherstellen, dass Joshua Wong nie wieder freikommt“, sagte die "
       "China-Direktorin der Organisation, Sarah Brooks.")
H11 = ("Chinas Außenamtssprecher Lin Jian warf Großbritannien in Peking vor, „antichinesische Elemente“ zu decken, die "
       "Hongkong destabilisieren wollten.")
H12 = "Wong war 2014 als 17-Jähriger eines der Gesichter der prodemokratischen Regenschirm-Bewegung geworden."
H13 = ("Die von ihm mitgegründete Partei Demosisto löste sich 2020 auf, wenige Stunden nachdem Peking das "
       "Sicherheitsgesetz in Kraft gesetzt hatte.")
H14 = ("Nach Angaben der Behörden wurden seitdem mehr als 300 Menschen wegen Vergehen gegen die nationale Sicherheit "
       "festgenommen.")
H15 = ("Mehrere bekannte Aktivisten leben inzwischen im Exil, auf einige von ihnen hat die Polizei Kopfgelder "
       "ausgesetzt.")

DE03 = {
    "id": "hm367-de-03", "lang": "de", "url": None, "published": "2025-06-06",
    "title": "Hongkonger Aktivist Joshua Wong wegen Kollusion mit dem Ausland angeklagt",
    "text": paragraphs([H1, H2, H3, H4, H5], [H6], [H7, H8], [H9, H10, H11], [H12, H13, H14, H15]),
    "events": [
        event("ACCUSE", HK_POLICE, WONG, H1, mode="allege", location_country="CHN"),
        event("ACCUSE", HK_NSD, WONG, H3, mode="allege"),
        event("SANCTION", HK_HIGH_COURT, WONG, H6, mode="convict"),
        event("COERCE", HK_HIGH_COURT, WONG, H6, mode="arrest"),
        event("ACCUSE", UK_FCDO, HK_GOV, H7, mode="disapprove"),
        event("ACCUSE", HK_GOV, UK_GOV, H8, mode="disapprove"),
        event("REQUEST", AMNESTY, HK_GOV, H9, mode="yield"),
        event("ACCUSE", BROOKS, HK_GOV, H10, mode="disapprove"),
        event("ACCUSE", LIN_JIAN, UK_GOV, H11, mode="allege", location="Beijing", location_country="CHN"),
        event("COERCE", HK_POLICE, NSL_ARRESTEES, H14, mode="arrest"),
        event("THREATEN", HK_POLICE, EXILED_ACTIVISTS, H15, mode="arrest"),
    ],
    "quotes": [
        quote("sich mit Personen im Ausland verschworen zu haben, um ausländische Regierungen zu Sanktionen gegen "
              "Hongkong und China zu bewegen", "National Security Department of the Hong Kong Police Force",
              "indirect"),
        quote("weiteren Versuch, kritische Stimmen zum Schweigen zu bringen",
              "Foreign, Commonwealth and Development Office", "direct"),
        quote("sich in die Justiz der Stadt einzumischen", "Government of Hong Kong", "indirect"),
        quote("niemand stehe über dem Gesetz", "Government of Hong Kong", "indirect"),
        quote("Die Behörden wollen offensichtlich sicherstellen, dass Joshua Wong nie wieder freikommt", "Sarah Brooks",
              "direct"),
        quote("antichinesische Elemente", "Lin Jian", "direct"),
        quote("„antichinesische Elemente“ zu decken, die Hongkong destabilisieren wollten", "Lin Jian", "indirect"),
        quote("Nach Angaben der Behörden wurden seitdem mehr als 300 Menschen wegen Vergehen gegen die nationale "
              "Sicherheit festgenommen", "Government of Hong Kong", "indirect"),
    ],
    "entities": [
        entity("Hong Kong", "LOC", "CHN", ["Hongkong", "der Stadt"]),
        entity("Hong Kong Police Force", "ORG", "CHN", ["Die Hongkonger Polizei", "die Polizei"]),
        entity("Joshua Wong", "PER", "CHN", ["den inhaftierten Demokratie-Aktivisten Joshua Wong", "Der 28-Jährige",
                                             "ihm", "Wong", "er", "Joshua Wong", "als 17-Jähriger"]),
        entity("West Kowloon Magistrates' Courts", "ORG", "CHN", ["ein Gericht im Stadtteil West Kowloon"]),
        entity("West Kowloon", "LOC", "CHN", ["West Kowloon"]),
        entity("National Security Department of the Hong Kong Police Force", "ORG", "CHN",
               ["Die Abteilung für nationale Sicherheit der Polizei"]),
        entity("China", "LOC", "CHN", ["China", "Chinas"]),
        entity("magistrate of West Kowloon Magistrates' Courts", "PER", "CHN", ["Der Richter"]),
        entity("Hong Kong 47", "PER", "CHN", ["47 Oppositionelle"]),
        entity("Foreign, Commonwealth and Development Office", "ORG", "GBR", ["Das britische Außenministerium"]),
        entity("Government of Hong Kong", "ORG", "CHN", ["Die Hongkonger Regierung", "die Behörden der Stadt",
                                                        "Die Behörden", "der Behörden"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["London", "Großbritannien"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International", "der Organisation"]),
        entity("Sarah Brooks", "PER", "NGO", ["die China-Direktorin der Organisation, Sarah Brooks"]),
        entity("Lin Jian", "PER", "CHN", ["Chinas Außenamtssprecher Lin Jian"]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Umbrella Movement", "ORG", "CHN", ["der prodemokratischen Regenschirm-Bewegung"]),
        entity("Demosisto", "ORG", "CHN", ["Die von ihm mitgegründete Partei Demosisto"]),
        entity("exiled Hong Kong activists", "PER", "CHN", ["Mehrere bekannte Aktivisten", "einige von ihnen"]),
    ],
}

# ---------------------------------------------------------------- hm367-de-04 (Australia/Nauru, NZYQ resettlement deal)
AUS_GOV = actor("Government of Australia", "AUS", "GOV")
NRU_GOV = actor("Government of Nauru", "NRU", "GOV")
BURKE = actor("Tony Burke", "AUS", "GOV")
ADEANG = actor("David Adeang", "NRU", "GOV")
AUS_HIGH_COURT = actor("High Court of Australia", "AUS", "JUD")
NZYQ = actor("NZYQ cohort", "AUS", "CVL")
GREENS = actor("Australian Greens", "AUS", "PTY")
SHOEBRIDGE = actor("David Shoebridge", "AUS", "LEG")
HRLC = actor("Human Rights Law Centre", "AUS", "NGO")
LIBERALS = actor("Liberal Party of Australia", "AUS", "PTY")
TWN_GOV = actor("Government of Taiwan", "TWN", "GOV")
CHN_GOV = actor("Government of China", "CHN", "GOV")

N1 = ("Canberra (dpa) - Australien hat mit dem Pazifikstaat Nauru vereinbart, Hunderte Migranten ohne gültiges Visum "
      "dorthin abzuschieben, die nicht in ihre Heimatländer zurückgeschickt werden können.")
N2 = ("Innenminister Tony Burke unterzeichnete bei einem Besuch auf der Insel eine entsprechende Absichtserklärung mit "
      "Präsident David Adeang, wie die Regierung in Canberra am Freitag mitteilte.")
N3 = ("Australien zahlt dem Inselstaat dafür zunächst 408 Millionen australische Dollar (rund 228 Millionen Euro) und "
      "danach jährlich etwa 70 Millionen Dollar.")
N4 = "Im Gegenzug erteilt Nauru den Betroffenen Visa mit einer Laufzeit von 30 Jahren."
N5 = ("Das Oberste Gericht hatte im November 2023 entschieden, dass Migranten nicht unbefristet in Abschiebehaft "
      "gehalten werden dürfen, wenn keine realistische Aussicht auf ihre Abschiebung besteht.")
N6 = "Daraufhin mussten mehr als 200 Menschen freigelassen werden, darunter verurteilte Gewalt- und Sexualstraftäter."
N7 = "„Wer kein gültiges Visum hat, muss das Land verlassen“, sagte Burke."
N8 = "Adeang sprach von einer „Partnerschaft zum gegenseitigen Nutzen“."
N9 = "Die Zahlungen sicherten die wirtschaftliche Zukunft seines Landes, erklärte er."
N10 = ("Die Grünen warfen der Regierung vor, Menschen gegen Geld in ein armes Land abzuschieben, in dem es kaum "
       "medizinische Versorgung gebe.")
N11 = "Ihr Senator David Shoebridge nannte die Vereinbarung eine „Abschiebung gegen Bargeld“."
N12 = ("Das Human Rights Law Centre forderte die Regierung auf, den vollständigen Text der Vereinbarung zu "
       "veröffentlichen.")
N13 = "Auch das UN-Flüchtlingshilfswerk UNHCR äußerte Bedenken."
N14 = "Die oppositionellen Liberalen unterstützten das Vorhaben grundsätzlich, kritisierten aber die hohen Kosten."
N15 = "Australien betreibt auf Nauru seit 2012 ein Lager, in dem Asylanträge von Bootsflüchtlingen geprüft werden."
N16 = ("Im vergangenen Dezember hatten beide Länder zudem einen Sicherheitsvertrag unterzeichnet, der Canberra ein "
       "Mitspracherecht bei Sicherheitsabkommen Naurus mit Drittstaaten einräumt.")
N17 = "Nauru hatte im Januar 2024 die Beziehungen zu Taiwan abgebrochen und China diplomatisch anerkannt."

DE04 = {
    "id": "hm367-de-04", "lang": "de", "url": None, "published": "2025-08-29",
    "title": "Australien will Migranten ohne Bleiberecht nach Nauru bringen",
    "text": paragraphs([N1, N2, N3, N4], [N5, N6, N7], [N8, N9], [N10, N11, N12, N13, N14], [N15, N16, N17]),
    "events": [
        event("AGREE", AUS_GOV, NRU_GOV, N1),
        event("CONSULT", BURKE, ADEANG, N2, mode="visit", location="Nauru", location_country="NRU"),
        event("SUPPORT", BURKE, ADEANG, N2, location="Nauru", location_country="NRU"),
        event("AGREE", AUS_GOV, NRU_GOV, N3),
        event("AGREE", NRU_GOV, AUS_GOV, N4),
        event("SANCTION", AUS_HIGH_COURT, AUS_GOV, N5, mode="convict"),
        event("RETREAT", AUS_GOV, NZYQ, N6, mode="release"),
        event("SUPPORT", ADEANG, AUS_GOV, N8),
        event("ACCUSE", GREENS, AUS_GOV, N10, mode="disapprove"),
        event("ACCUSE", SHOEBRIDGE, AUS_GOV, N11, mode="disapprove"),
        event("REQUEST", HRLC, AUS_GOV, N12, mode="change"),
        event("SUPPORT", LIBERALS, AUS_GOV, N14),
        event("ACCUSE", LIBERALS, AUS_GOV, N14, mode="disapprove"),
        event("SUPPORT", AUS_GOV, NRU_GOV, N16),
        event("SUPPORT", NRU_GOV, AUS_GOV, N16),
        event("SANCTION", NRU_GOV, TWN_GOV, N17, mode="discontinue"),
        event("SUPPORT", NRU_GOV, CHN_GOV, N17),
    ],
    "quotes": [
        quote("Innenminister Tony Burke unterzeichnete bei einem Besuch auf der Insel eine entsprechende "
              "Absichtserklärung mit Präsident David Adeang", "Government of Australia", "indirect"),
        quote("dass Migranten nicht unbefristet in Abschiebehaft gehalten werden dürfen, wenn keine realistische "
              "Aussicht auf ihre Abschiebung besteht", "High Court of Australia", "indirect"),
        quote("Wer kein gültiges Visum hat, muss das Land verlassen", "Tony Burke", "direct"),
        quote("Partnerschaft zum gegenseitigen Nutzen", "David Adeang", "direct"),
        quote("Die Zahlungen sicherten die wirtschaftliche Zukunft seines Landes", "David Adeang", "indirect"),
        quote("Menschen gegen Geld in ein armes Land abzuschieben, in dem es kaum medizinische Versorgung gebe",
              "Australian Greens", "indirect"),
        quote("Abschiebung gegen Bargeld", "David Shoebridge", "direct"),
    ],
    "entities": [
        entity("Canberra", "LOC", "AUS", ["Canberra"]),
        entity("Australia", "LOC", "AUS", ["Australien"]),
        entity("Nauru", "LOC", "NRU", ["dem Pazifikstaat Nauru", "der Insel", "dem Inselstaat", "Nauru",
                                       "seines Landes", "Naurus"]),
        entity("NZYQ cohort", "PER", "AUS", ["Hunderte Migranten ohne gültiges Visum", "den Betroffenen",
                                             "mehr als 200 Menschen"]),
        entity("Tony Burke", "PER", "AUS", ["Innenminister Tony Burke", "Burke"]),
        entity("David Adeang", "PER", "NRU", ["Präsident David Adeang", "Adeang", "er"]),
        entity("Government of Australia", "ORG", "AUS", ["die Regierung in Canberra", "der Regierung",
                                                          "die Regierung"]),
        entity("High Court of Australia", "ORG", "AUS", ["Das Oberste Gericht"]),
        entity("Australian Greens", "ORG", "AUS", ["Die Grünen"]),
        entity("David Shoebridge", "PER", "AUS", ["Ihr Senator David Shoebridge"]),
        entity("Human Rights Law Centre", "ORG", "AUS", ["Das Human Rights Law Centre"]),
        entity("United Nations High Commissioner for Refugees", "ORG", "UNO", ["das UN-Flüchtlingshilfswerk UNHCR"]),
        entity("Liberal Party of Australia", "ORG", "AUS", ["Die oppositionellen Liberalen"]),
        entity("Taiwan", "LOC", "TWN", ["Taiwan"]),
        entity("China", "LOC", "CHN", ["China"]),
    ],
}

# ---------------------------------------------------------------- hm367-en-01 (WADA, Chinese swimmers review)
WADA = actor("World Anti-Doping Agency", "NGO", "NGO")
CHINADA = actor("China Anti-Doping Agency", "CHN", "GOV")
CHN_SWIMMERS = actor("23 Chinese swimmers", "CHN", "CVL")
TYGART = actor("Travis Tygart", "USA", "NGO")
CHN_GOV_W = actor("Government of China", "CHN", "GOV")
GUPTA = actor("Rahul Gupta", "USA", "GOV")
WORLD_AQUATICS = actor("World Aquatics", "NGO", "NGO")
IOC = actor("International Olympic Committee", "NGO", "NGO")

W1 = ("MONTREAL (AP) — The World Anti-Doping Agency on Thursday appointed a Swiss prosecutor to review its handling of "
      "the cases of 23 Chinese swimmers who tested positive for a banned heart medication months before the Tokyo "
      "Olympics.")
W2 = ("Eric Cottier, a former attorney general of the Swiss canton of Vaud, will have full access to WADA's files and "
      "is expected to report within two months, the agency said.")
W3 = "\"We have nothing to hide,\" WADA President Witold Banka said in a statement."
W4 = "The positive tests were first reported on Saturday by The New York Times and German broadcaster ARD."
W5 = ("The swimmers, including two who went on to win gold medals in Tokyo, tested positive for trimetazidine, or TMZ, "
      "at a domestic competition in the northern city of Shijiazhuang in January 2021.")
W6 = ("China's anti-doping agency, CHINADA, concluded at the time that they had ingested the substance unknowingly "
      "through contaminated food at their hotel and did not punish them.")
W7 = ("WADA accepted that finding and did not appeal to the Court of Arbitration for Sport, saying it had no evidence "
      "to challenge the contamination theory.")
W8 = ("U.S. Anti-Doping Agency chief Travis Tygart accused WADA and Chinese authorities of sweeping the cases \"under "
      "the carpet.\"")
W9 = ("WADA called his remarks \"outrageous, completely false and defamatory\" and said it was weighing legal "
      "action.")
W10 = ("The White House's drug policy director, Rahul Gupta, urged WADA to allow an independent investigation, saying "
       "its leaders had \"serious questions to answer\" about the case.")
W11 = ("Chinese Foreign Ministry spokesman Wang Wenbin dismissed the reports as \"fake news\" and said the swimmers had "
       "been cleared in line with international rules.")
W12 = "World Aquatics, the sport's governing body, said it stood by WADA's handling of the case."
W13 = "The International Olympic Committee also said it had full confidence in the agency."
W14 = "Eleven of the 23 swimmers are expected to compete for China at the Paris Games this summer."
W15 = "Banka said WADA had followed its rules \"to the letter\" in the case."

EN01 = {
    "id": "hm367-en-01", "lang": "en", "url": None, "published": "2024-04-25",
    "title": "WADA names Swiss prosecutor to review Chinese swimmers' doping cases",
    "text": paragraphs([W1, W2, W3], [W4, W5, W6, W7], [W8, W9, W10, W11], [W12, W13, W14, W15]),
    "events": [
        event("ACCUSE", WADA, None, W1, mode="investigate", date="2024-04-25"),
        event("SANCTION", CHINADA, CHN_SWIMMERS, W6, negated=True),
        event("SUPPORT", WADA, CHINADA, W7),
        event("ACCUSE", WADA, CHN_SWIMMERS, W7, mode="allege", negated=True),
        event("ACCUSE", TYGART, WADA, W8, mode="allege"),
        event("ACCUSE", TYGART, CHN_GOV_W, W8, mode="allege"),
        event("ACCUSE", WADA, TYGART, W9, mode="disapprove"),
        event("REQUEST", GUPTA, WADA, W10, mode="change"),
        event("ACCUSE", GUPTA, WADA, W10, mode="disapprove"),
        event("SUPPORT", WORLD_AQUATICS, WADA, W12),
        event("SUPPORT", IOC, WADA, W13),
    ],
    "quotes": [
        quote("Eric Cottier, a former attorney general of the Swiss canton of Vaud, will have full access to WADA's "
              "files and is expected to report within two months", "World Anti-Doping Agency", "indirect"),
        quote("We have nothing to hide", "Witold Banka", "direct"),
        quote("they had ingested the substance unknowingly through contaminated food at their hotel",
              "China Anti-Doping Agency", "indirect"),
        quote("it had no evidence to challenge the contamination theory", "World Anti-Doping Agency", "indirect"),
        quote("under the carpet", "Travis Tygart", "direct"),
        quote("outrageous, completely false and defamatory", "World Anti-Doping Agency", "direct"),
        quote("it was weighing legal action", "World Anti-Doping Agency", "indirect"),
        quote("serious questions to answer", "Rahul Gupta", "direct"),
        quote("its leaders had \"serious questions to answer\" about the case", "Rahul Gupta", "indirect"),
        quote("fake news", "Wang Wenbin", "direct"),
        quote("the swimmers had been cleared in line with international rules", "Wang Wenbin", "indirect"),
        quote("it stood by WADA's handling of the case", "World Aquatics", "indirect"),
        quote("it had full confidence in the agency", "International Olympic Committee", "indirect"),
        quote("to the letter", "Witold Banka", "direct"),
        quote("WADA had followed its rules \"to the letter\" in the case", "Witold Banka", "indirect"),
    ],
    "entities": [
        entity("Montreal", "LOC", "CAN", ["MONTREAL"]),
        entity("World Anti-Doping Agency", "ORG", "NGO", ["The World Anti-Doping Agency", "WADA's", "the agency",
                                                           "WADA"]),
        entity("Eric Cottier", "PER", "CHE", ["a Swiss prosecutor", "Eric Cottier, a former attorney general of the "
                                                                    "Swiss canton of Vaud", "Cottier"]),
        entity("23 Chinese swimmers", "PER", "CHN", ["23 Chinese swimmers", "The swimmers", "them", "the swimmers"]),
        entity("Tokyo", "LOC", "JPN", ["Tokyo"]),
        entity("Canton of Vaud", "LOC", "CHE", ["the Swiss canton of Vaud"]),
        entity("Witold Banka", "PER", "POL", ["WADA President Witold Banka", "Banka"]),
        entity("The New York Times", "ORG", "USA", ["The New York Times"]),
        entity("ARD", "ORG", "DEU", ["German broadcaster ARD"]),
        entity("Shijiazhuang", "LOC", "CHN", ["the northern city of Shijiazhuang"]),
        entity("China Anti-Doping Agency", "ORG", "CHN", ["China's anti-doping agency, CHINADA"]),
        entity("Court of Arbitration for Sport", "ORG", "NGO", ["the Court of Arbitration for Sport"]),
        entity("United States Anti-Doping Agency", "ORG", "USA", ["U.S. Anti-Doping Agency"]),
        entity("Travis Tygart", "PER", "USA", ["U.S. Anti-Doping Agency chief Travis Tygart", "his"]),
        entity("Government of China", "ORG", "CHN", ["Chinese authorities"]),
        entity("White House", "ORG", "USA", ["The White House's"]),
        entity("Rahul Gupta", "PER", "USA", ["The White House's drug policy director, Rahul Gupta"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Chinese Foreign Ministry"]),
        entity("Wang Wenbin", "PER", "CHN", ["Chinese Foreign Ministry spokesman Wang Wenbin"]),
        entity("World Aquatics", "ORG", "NGO", ["World Aquatics, the sport's governing body"]),
        entity("International Olympic Committee", "ORG", "NGO", ["The International Olympic Committee"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Paris", "LOC", "FRA", ["Paris"]),
    ],
}

# ---------------------------------------------------------------- hm367-en-02 (ICC, Karim Khan steps aside)
KHAN = actor("Karim Khan", "IGO", "JUD")
OIOS = actor("Office of Internal Oversight Services", "UNO", "IGO")
ASP = actor("Assembly of States Parties to the Rome Statute", "IGO", "IGO")
KHAN_ACCUSER = actor("female staff member of the ICC Office of the Prosecutor", "IGO", "JUD")
KAUKORANTA = actor("Päivi Kaukoranta", "IGO", "IGO")
TRUMP = actor("Donald Trump", "USA", "GOV")
ICC = actor("International Criminal Court", "IGO", "JUD")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
GALLANT = actor("Yoav Gallant", "ISR", "GOV")
DEIF = actor("Mohammed Deif", "PSE", "REB")
NETANYAHU_OFFICE = actor("Prime Minister's Office of Israel", "ISR", "GOV")
PNP_I = actor("Philippine National Police", "PHL", "COP")
DUTERTE_I = actor("Rodrigo Duterte", "PHL", "OPP")
PHL_GOV_I = actor("Government of the Philippines", "PHL", "GOV")

I1 = ("THE HAGUE (Reuters) - International Criminal Court Prosecutor Karim Khan said on Friday he would step aside "
      "until the conclusion of a United Nations investigation into allegations of sexual misconduct against him.")
I2 = ("His deputies, Mame Mandiaye Niang and Nazhat Shameem Khan, will run the prosecutor's office in the meantime, "
      "the court said.")
I3 = ("\"I have decided to take leave so that the process can run its course without any distraction to the vital "
      "work of this office,\" Khan said in a statement.")
I4 = "The 55-year-old British lawyer has denied any wrongdoing."
I5 = ("The U.N. Office of Internal Oversight Services (OIOS) opened its inquiry late last year at the request of the "
      "Assembly of States Parties, which oversees the court.")
I6 = ("A female member of Khan's staff has accused him of pressuring her into a sexual relationship and of groping her "
      "over a period of months, according to people familiar with the case.")
I7 = ("Päivi Kaukoranta, the president of the Assembly, welcomed Khan's decision and said the investigation must "
      "proceed \"with full independence\" and without interference.")
I8 = "The move comes as the court faces mounting pressure from Washington."
I9 = ("U.S. President Donald Trump imposed sanctions on Khan in February, accusing the court of \"illegitimate and "
      "baseless actions\" targeting America and its close ally Israel.")
I10 = ("The measures followed the court's decision in November to issue arrest warrants for Israeli Prime Minister "
       "Benjamin Netanyahu, his former defense minister Yoav Gallant and Hamas military chief Mohammed Deif over the "
       "Gaza war.")
I11 = "Netanyahu's office called the warrants antisemitic."
I12 = ("Khan has also been in charge of the case against former Philippine President Rodrigo Duterte, who was arrested "
       "in Manila in March on an ICC warrant and flown to The Hague.")
I13 = "A hearing to confirm the charges against Duterte is scheduled for September."
I14 = "Khan took office in June 2021 for a nine-year term."
I15 = "Rights groups said the court's work must not suffer during his absence."

EN02 = {
    "id": "hm367-en-02", "lang": "en", "url": None, "published": "2025-05-16",
    "title": "ICC prosecutor Karim Khan steps aside pending UN misconduct probe",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7], [I8, I9, I10, I11], [I12, I13, I14, I15]),
    "events": [
        event("CONCEDE", KHAN, None, I1, date="2025-05-16"),
        event("ACCUSE", OIOS, KHAN, I1, mode="investigate"),
        event("CONCEDE", KHAN, None, I3),
        event("ACCUSE", OIOS, KHAN, I5, mode="investigate"),
        event("REQUEST", ASP, OIOS, I5),
        event("ACCUSE", KHAN_ACCUSER, KHAN, I6, mode="allege"),
        event("SUPPORT", KAUKORANTA, KHAN, I7),
        event("SANCTION", TRUMP, KHAN, I9),
        event("ACCUSE", TRUMP, ICC, I9, mode="disapprove"),
        event("THREATEN", ICC, NETANYAHU, I10, mode="arrest"),
        event("THREATEN", ICC, GALLANT, I10, mode="arrest"),
        event("THREATEN", ICC, DEIF, I10, mode="arrest"),
        event("ACCUSE", NETANYAHU_OFFICE, ICC, I11, mode="disapprove"),
        event("ACCUSE", KHAN, DUTERTE_I, I12, mode="allege"),
        event("COERCE", PNP_I, DUTERTE_I, I12, mode="arrest", location="Manila", location_country="PHL"),
        event("COOPERATE", PHL_GOV_I, ICC, I12),
    ],
    "quotes": [
        quote("he would step aside until the conclusion of a United Nations investigation into allegations of sexual "
              "misconduct against him", "Karim Khan", "indirect"),
        quote("His deputies, Mame Mandiaye Niang and Nazhat Shameem Khan, will run the prosecutor's office in the "
              "meantime", "International Criminal Court", "indirect"),
        quote("I have decided to take leave so that the process can run its course without any distraction to the "
              "vital work of this office", "Karim Khan", "direct"),
        quote("A female member of Khan's staff has accused him of pressuring her into a sexual relationship and of "
              "groping her over a period of months", "people familiar with the case", "indirect"),
        quote("with full independence", "Päivi Kaukoranta", "direct"),
        quote("the investigation must proceed \"with full independence\" and without interference", "Päivi Kaukoranta",
              "indirect"),
        quote("illegitimate and baseless actions", "Donald Trump", "direct"),
        quote("the court's work must not suffer during his absence", "human rights groups", "indirect"),
    ],
    "entities": [
        entity("The Hague", "LOC", "NLD", ["THE HAGUE", "The Hague"]),
        entity("International Criminal Court", "ORG", "IGO", ["International Criminal Court", "the court",
                                                              "the court's", "ICC"]),
        entity("Karim Khan", "PER", "GBR", ["International Criminal Court Prosecutor Karim Khan", "he", "him", "Khan",
                                            "The 55-year-old British lawyer", "Khan's", "his"]),
        entity("Office of the Prosecutor of the International Criminal Court", "ORG", "IGO",
               ["the prosecutor's office", "this office"]),
        entity("Office of Internal Oversight Services", "ORG", "UNO",
               ["a United Nations investigation", "The U.N. Office of Internal Oversight Services (OIOS)"]),
        entity("Mame Mandiaye Niang", "PER", "SEN", ["Mame Mandiaye Niang"]),
        entity("Nazhat Shameem Khan", "PER", "FJI", ["Nazhat Shameem Khan"]),
        entity("Assembly of States Parties to the Rome Statute", "ORG", "IGO", ["the Assembly of States Parties",
                                                                              "the Assembly"]),
        entity("female staff member of the ICC Office of the Prosecutor", "PER", "IGO",
               ["A female member of Khan's staff"]),
        entity("people familiar with the case", "PER", None, ["people familiar with the case"]),
        entity("Päivi Kaukoranta", "PER", "FIN", ["Päivi Kaukoranta, the president of the Assembly"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump"]),
        entity("United States", "LOC", "USA", ["America"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Israeli Prime Minister Benjamin Netanyahu", "Netanyahu's"]),
        entity("Yoav Gallant", "PER", "ISR", ["his former defense minister Yoav Gallant"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("Mohammed Deif", "PER", "PSE", ["Hamas military chief Mohammed Deif"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gaza"]),
        entity("Prime Minister's Office of Israel", "ORG", "ISR", ["Netanyahu's office"]),
        entity("Rodrigo Duterte", "PER", "PHL", ["former Philippine President Rodrigo Duterte", "Duterte"]),
        entity("Manila", "LOC", "PHL", ["Manila"]),
        entity("human rights groups", "ORG", "NGO", ["Rights groups"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
