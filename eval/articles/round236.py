"""Round 236: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm236-de-01: China's Victory Day parade in Beijing with Putin and Kim Jong Un beside Xi; Trump's "conspire" post, Ushakov's denial, Putin-Kim talks, Taiwan's Mainland Affairs Council and the protest to Tokyo (2025-09-03).
- hm236-de-02: Bangladesh's parties and Muhammad Yunus sign the July Charter outside parliament; the NCP boycotts, wounded July fighters storm the venue, police tear gas, BNP and Jamaat sign with reservations, the Awami League objects (2025-10-17).
- hm236-de-03: Sanae Takaichi elected Japan's first woman prime minister with Ishin's support after Komeito's exit; Noda's criticism, Beijing's demand, congratulations from Lee Jae-myung and Lai Ching-te, Trump visit announced (2025-10-21).
- hm236-de-04: The Philippines protest against China's planned national nature reserve at Scarborough Shoal; China Coast Guard patrol warning, Beijing rejects the protest, Washington, Tokyo and Canberra back Manila (2025-09-11).
- hm236-en-01: A Cambodian soldier is killed in a brief exchange of fire with Thai troops near Chong Bok; both armies trade blame, Hun Manet turns to the ICJ, Paetongtarn rejects it, commanders agree to pull back (2025-05-29).
- hm236-en-02: Australia recognises the State of Palestine together with Britain and Canada; Albanese and Wong's conditions, Netanyahu condemns it, Abbas thanks Albanese, Ley and Jewish groups object, rally in Sydney (2025-09-21).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm236-de-01 (Victory Day parade in Beijing)
XI = actor("Xi Jinping", "CHN", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
KIM = actor("Kim Jong Un", "PRK", "GOV")
FICO = actor("Robert Fico", "SVK", "GOV")
CHINA = actor("China", "CHN", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
NORTH_KOREA = actor("North Korea", "PRK", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
TWN_MAC = actor("Mainland Affairs Council", "TWN", "GOV")
JAPAN = actor("Japan", "JPN", "GOV")

G1 = ("Peking (dpa) - Mit einer gewaltigen Militärparade zum 80. Jahrestag des Kriegsendes in Asien hat Chinas "
      "Staats- und Parteichef Xi Jinping Russlands Präsidenten Wladimir Putin und Nordkoreas Machthaber Kim Jong Un "
      "in Peking empfangen.")
G2 = ("Die drei Staatschefs verfolgten den Aufmarsch von Zehntausenden Soldaten gemeinsam vom Tor des Himmlischen "
      "Friedens aus.")
G3 = "Es war das erste Mal, dass sich Xi, Putin und Kim gemeinsam in der Öffentlichkeit zeigten."
G4 = ("Insgesamt waren 26 ausländische Staats- und Regierungschefs angereist, darunter der slowakische "
      "Ministerpräsident Robert Fico als einziger Regierungschef eines EU-Landes.")
G5 = ("Die Menschheit stehe erneut vor der Wahl zwischen Frieden und Krieg, zwischen Dialog und Konfrontation, sagte "
      "Xi in seiner Rede.")
G6 = "Das chinesische Volk lasse sich „von niemandem einschüchtern“, fügte er hinzu."
G7 = ("Anschließend rollten erstmals Interkontinentalraketen vom Typ DF-61, Laserwaffen und große Unterwasserdrohnen "
      "über die Chang'an-Allee.")
G8 = ("„Bitte richten Sie Wladimir Putin und Kim Jong Un meine herzlichsten Grüße aus, während Sie sich gegen die "
      "Vereinigten Staaten von Amerika verschwören“, schrieb US-Präsident Donald Trump an Xi gerichtet auf seiner "
      "Plattform Truth Social.")
G9 = "Kreml-Berater Juri Uschakow wies den Vorwurf zurück; niemand habe sich gegen irgendwen verschworen."
G10 = "Putin und Kim kamen nach der Parade in Peking zu einem mehrstündigen Gespräch zusammen."
G11 = "Dabei dankte Putin Nordkorea für die Entsendung von Soldaten in die russische Region Kursk."
G12 = "Kim sagte zu, Russland weiterhin „mit allen Kräften“ zu unterstützen."
G13 = "Taiwans Festlandrat warf Peking vor, die Geschichte des Krieges zu verfälschen."
G14 = ("Die Führung in Peking hatte zuvor offiziell bei der japanischen Regierung protestiert, weil Tokio andere "
       "Länder zum Fernbleiben von der Parade gedrängt haben soll.")
G15 = "Die meisten westlichen Staats- und Regierungschefs blieben den Feierlichkeiten fern."
G16 = ("Kim und Xi wollen am Donnerstag zu einem bilateralen Gespräch zusammenkommen, wie das chinesische "
       "Außenministerium mitteilte.")

DE01 = {
    "id": "hm236-de-01", "lang": "de", "url": None, "published": "2025-09-03",
    "title": "Xi empfängt Putin und Kim zur Militärparade in Peking",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7], [G8, G9], [G10, G11, G12], [G13, G14, G15, G16]),
    "events": [
        event("CONSULT", PUTIN, XI, G1, mode="visit", location="Beijing", location_country="CHN"),
        event("CONSULT", KIM, XI, G1, mode="visit", location="Beijing", location_country="CHN"),
        event("CONSULT", FICO, CHINA, G4, mode="visit"),
        event("ACCUSE", TRUMP, XI, G8, mode="allege"),
        event("ACCUSE", TRUMP, PUTIN, G8, mode="allege"),
        event("ACCUSE", TRUMP, KIM, G8, mode="allege"),
        event("CONSULT", PUTIN, KIM, G10, location="Beijing", location_country="CHN"),
        event("SUPPORT", PUTIN, NORTH_KOREA, G11),
        event("AID", NORTH_KOREA, RUSSIA, G11, location="Kursk", location_country="RUS"),
        event("AGREE", KIM, RUSSIA, G12),
        event("ACCUSE", TWN_MAC, CHINA, G13, mode="allege"),
        event("ACCUSE", CHINA, JAPAN, G14, mode="disapprove"),
        event("AGREE", KIM, XI, G16),
    ],
    "quotes": [
        quote("Die Menschheit stehe erneut vor der Wahl zwischen Frieden und Krieg, zwischen Dialog und Konfrontation",
              "Xi Jinping", "indirect"),
        quote("von niemandem einschüchtern", "Xi Jinping", "direct"),
        quote("Das chinesische Volk lasse sich „von niemandem einschüchtern“", "Xi Jinping", "indirect"),
        quote("Bitte richten Sie Wladimir Putin und Kim Jong Un meine herzlichsten Grüße aus, während Sie sich gegen "
              "die Vereinigten Staaten von Amerika verschwören", "Donald Trump", "direct"),
        quote("niemand habe sich gegen irgendwen verschworen", "Yuri Ushakov", "indirect"),
        quote("mit allen Kräften", "Kim Jong Un", "direct"),
        quote("Kim und Xi wollen am Donnerstag zu einem bilateralen Gespräch zusammenkommen",
              "Ministry of Foreign Affairs of China", "indirect"),
    ],
    "entities": [
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Xi Jinping", "PER", "CHN", ["Chinas Staats- und Parteichef Xi Jinping", "Xi"]),
        entity("Vladimir Putin", "PER", "RUS", ["Russlands Präsidenten Wladimir Putin", "Wladimir Putin", "Putin"]),
        entity("Kim Jong Un", "PER", "PRK", ["Nordkoreas Machthaber Kim Jong Un", "Kim Jong Un", "Kim"]),
        entity("Tiananmen", "LOC", "CHN", ["Tor des Himmlischen Friedens"]),
        entity("Robert Fico", "PER", "SVK", ["der slowakische Ministerpräsident Robert Fico"]),
        entity("European Union", "ORG", "EUR", ["EU"]),
        entity("DF-61", "MISC", "CHN", ["DF-61"]),
        entity("Chang'an Avenue", "LOC", "CHN", ["Chang'an-Allee"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump"]),
        entity("United States", "LOC", "USA", ["Vereinigten Staaten von Amerika"]),
        entity("Truth Social", "ORG", "USA", ["Truth Social"]),
        entity("Yuri Ushakov", "PER", "RUS", ["Kreml-Berater Juri Uschakow"]),
        entity("North Korea", "LOC", "PRK", ["Nordkorea"]),
        entity("Kursk Oblast", "LOC", "RUS", ["russische Region Kursk"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Mainland Affairs Council", "ORG", "TWN", ["Taiwans Festlandrat"]),
        entity("Government of Japan", "ORG", "JPN", ["der japanischen Regierung"]),
        entity("Tokyo", "LOC", "JPN", ["Tokio"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["das chinesische Außenministerium"]),
    ],
}

# ---------------------------------------------------------------- hm236-de-02 (Bangladesh, July Charter signed)
BD_PARTIES = actor("Bangladeshi political parties", "BGD", "PTY")
INTERIM_GOV = actor("Interim Government of Bangladesh", "BGD", "GOV")
YUNUS = actor("Muhammad Yunus", "BGD", "GOV")
NCP = actor("National Citizen Party", "BGD", "PTY")
NAHID = actor("Nahid Islam", "BGD", "PTY")
JULY_WOUNDED = actor("wounded of the July uprising and relatives of the dead", "BGD", "CVL")
BD_POLICE = actor("Bangladesh Police", "BGD", "COP")
BNP = actor("Bangladesh Nationalist Party", "BGD", "PTY")
JAMAAT = actor("Jamaat-e-Islami", "BGD", "PTY")
AWAMI = actor("Awami League", "BGD", "PTY")

H1 = ("Dhaka (AFP) - Vertreter von 24 Parteien in Bangladesch haben die sogenannte Juli-Charta für weitreichende "
      "politische Reformen unterzeichnet.")
H2 = ("An der Zeremonie vor dem Parlamentsgebäude in Dhaka nahm auch der Chef der Übergangsregierung, "
      "Friedensnobelpreisträger Muhammad Yunus, teil, der das Dokument ebenfalls unterschrieb.")
H3 = ("Die Charta sieht unter anderem eine Begrenzung der Amtszeit des Regierungschefs auf zehn Jahre und eine "
      "zweite Parlamentskammer vor.")
H4 = "„Wir sind vom Zeitalter der Barbarei in ein Zeitalter der Zivilisation übergetreten“, sagte Yunus."
H5 = ("Die aus der Studentenbewegung hervorgegangene National Citizen Party (NCP) boykottierte die "
      "Unterzeichnung.")
H6 = ("Ohne eine rechtliche Grundlage für die Umsetzung sei die Charta nur ein Stück Papier, sagte NCP-Chef Nahid "
      "Islam.")
H7 = ("Die Partei verlangt von der Übergangsregierung einen Erlass, der die Reformen noch vor der Wahl im Februar "
      "verbindlich macht.")
H8 = ("Stunden vor der Zeremonie hatten Hunderte beim Aufstand vom Juli 2024 Verletzte und Angehörige von Getöteten "
      "das abgesperrte Gelände gestürmt.")
H9 = "Sie verlangten die rechtliche Anerkennung als Kämpfer des Aufstands sowie Entschädigungen."
H10 = "Die Polizei setzte Tränengas und Blendgranaten ein, um die Menge zurückzudrängen."
H11 = "Aufgebrachte Demonstranten zündeten daraufhin mehrere Fahrzeuge an und warfen Steine auf die Beamten."
H12 = "Nach Krankenhausangaben wurden mindestens 20 Menschen verletzt."
H13 = "Festnahmen gab es nach Angaben der Polizei nicht."
H14 = ("Die Bangladesh Nationalist Party (BNP) als größte Partei des Landes und die islamistische Jamaat-e-Islami "
       "unterzeichneten die Charta, meldeten aber Vorbehalte zu einzelnen Punkten an.")
H15 = ("Die Awami League der gestürzten Regierungschefin Sheikh Hasina, deren Aktivitäten seit Mai verboten sind, "
       "bezeichnete die Charta als „illegal“.")
H16 = "Die Parlamentswahl ist für Februar 2026 angesetzt."

DE02 = {
    "id": "hm236-de-02", "lang": "de", "url": None, "published": "2025-10-17",
    "title": "Bangladesch: Parteien unterzeichnen Juli-Charta, Krawalle vor dem Parlament",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7], [H8, H9, H10, H11, H12, H13], [H14, H15, H16]),
    "events": [
        event("SUPPORT", BD_PARTIES, INTERIM_GOV, H1),
        event("SUPPORT", YUNUS, BD_PARTIES, H2, location="Dhaka", location_country="BGD"),
        event("PROTEST", NCP, INTERIM_GOV, H5, mode="boycott"),
        event("ACCUSE", NAHID, INTERIM_GOV, H6, mode="disapprove"),
        event("REQUEST", NCP, INTERIM_GOV, H7, mode="change"),
        event("PROTEST", JULY_WOUNDED, INTERIM_GOV, H8, mode="obstruct", location="Dhaka", location_country="BGD"),
        event("REQUEST", JULY_WOUNDED, INTERIM_GOV, H9, mode="change"),
        event("ASSAULT", BD_POLICE, JULY_WOUNDED, H10, mode="crowd-control", location="Dhaka",
              location_country="BGD"),
        event("PROTEST", JULY_WOUNDED, BD_POLICE, H11, mode="riot", location="Dhaka", location_country="BGD"),
        event("ASSAULT", JULY_WOUNDED, BD_POLICE, H11, mode="primitive", location="Dhaka", location_country="BGD"),
        event("COERCE", BD_POLICE, JULY_WOUNDED, H13, mode="arrest", negated=True),
        event("SUPPORT", BNP, INTERIM_GOV, H14),
        event("SUPPORT", JAMAAT, INTERIM_GOV, H14),
        event("ACCUSE", AWAMI, INTERIM_GOV, H15, mode="disapprove"),
    ],
    "quotes": [
        quote("Wir sind vom Zeitalter der Barbarei in ein Zeitalter der Zivilisation übergetreten", "Muhammad Yunus",
              "direct"),
        quote("Ohne eine rechtliche Grundlage für die Umsetzung sei die Charta nur ein Stück Papier", "Nahid Islam",
              "indirect"),
        quote("illegal", "Awami League", "direct"),
    ],
    "entities": [
        entity("Dhaka", "LOC", "BGD", ["Dhaka"]),
        entity("Bangladesh", "LOC", "BGD", ["Bangladesch"]),
        entity("July Charter", "MISC", "BGD", ["Juli-Charta", "Die Charta", "die Charta", "das Dokument"]),
        entity("Jatiya Sangsad Bhaban", "LOC", "BGD", ["Parlamentsgebäude in Dhaka"]),
        entity("Muhammad Yunus", "PER", "BGD", ["der Chef der Übergangsregierung, Friedensnobelpreisträger Muhammad "
                                                "Yunus", "Yunus"]),
        entity("Interim Government of Bangladesh", "ORG", "BGD", ["Übergangsregierung"]),
        entity("National Citizen Party", "ORG", "BGD", ["National Citizen Party (NCP)", "Die Partei"]),
        entity("Nahid Islam", "PER", "BGD", ["NCP-Chef Nahid Islam"]),
        entity("wounded of the July uprising and relatives of the dead", "ORG", "BGD",
               ["Hunderte beim Aufstand vom Juli 2024 Verletzte und Angehörige von Getöteten",
                "Aufgebrachte Demonstranten"]),
        entity("Bangladesh Police", "ORG", "BGD", ["Die Polizei", "die Beamten", "der Polizei"]),
        entity("Bangladesh Nationalist Party", "ORG", "BGD", ["Die Bangladesh Nationalist Party (BNP)"]),
        entity("Jamaat-e-Islami", "ORG", "BGD", ["die islamistische Jamaat-e-Islami"]),
        entity("Awami League", "ORG", "BGD", ["Die Awami League"]),
        entity("Sheikh Hasina", "PER", "BGD", ["der gestürzten Regierungschefin Sheikh Hasina"]),
    ],
}

# ---------------------------------------------------------------- hm236-de-03 (Takaichi elected prime minister)
JPN_HOUSE = actor("House of Representatives of Japan", "JPN", "LEG")
TAKAICHI = actor("Sanae Takaichi", "JPN", "GOV")
LDP = actor("Liberal Democratic Party", "JPN", "PTY")
ISHIN = actor("Nippon Ishin no Kai", "JPN", "PTY")
KOMEITO = actor("Komeito", "JPN", "PTY")
NODA = actor("Yoshihiko Noda", "JPN", "OPP")
LEE = actor("Lee Jae-myung", "KOR", "GOV")
LAI = actor("Lai Ching-te", "TWN", "GOV")
WHITE_HOUSE = actor("White House", "USA", "GOV")

I1 = "Tokio (dpa) - Japan wird erstmals in seiner Geschichte von einer Frau regiert."
I2 = ("Das Unterhaus wählte die Vorsitzende der Liberaldemokratischen Partei (LDP), Sanae Takaichi, am Dienstag im "
      "ersten Wahlgang mit 237 von 465 Stimmen zur Ministerpräsidentin.")
I3 = ("Möglich wurde dies durch ein Bündnis mit der rechtsgerichteten Partei Nippon Ishin no Kai, mit der die LDP am "
      "Vortag eine Koalitionsvereinbarung unterzeichnet hatte.")
I4 = "Ishin wird allerdings keine Minister stellen, sondern die Regierung nur im Parlament unterstützen."
I5 = ("Der langjährige Koalitionspartner Komeito hatte das Regierungsbündnis Anfang Oktober aus Ärger über den Umgang "
      "der LDP mit einem Spendenskandal verlassen.")
I6 = ("„Ich werde arbeiten, arbeiten, arbeiten und nochmals arbeiten“, hatte die 64-Jährige nach ihrer Wahl zur "
      "Parteichefin gesagt.")
I7 = ("Oppositionsführer Yoshihiko Noda von der Konstitutionell-Demokratischen Partei warf Takaichi vor, ein Bündnis "
      "ohne Mandat der Wähler geschmiedet zu haben.")
I8 = "Er forderte sie auf, möglichst bald Neuwahlen auszurufen."
I9 = ("Takaichi ernannte den früheren Außenminister Toshimitsu Motegi erneut zum Chef der Diplomatie und Shinjiro "
      "Koizumi zum Verteidigungsminister.")
I10 = ("Peking äußerte die Erwartung, dass die neue Regierung ihre politischen Zusagen in der Taiwan-Frage und zur "
       "Geschichte einhalte.")
I11 = ("Takaichi gilt als Hardlinerin gegenüber China und hat in der Vergangenheit regelmäßig den umstrittenen "
       "Yasukuni-Schrein besucht, an dem auch verurteilte Kriegsverbrecher geehrt werden.")
I12 = ("Der südkoreanische Präsident Lee Jae-myung gratulierte Takaichi und bekundete den Wunsch nach einem baldigen "
       "Treffen.")
I13 = "Auch Taiwans Präsident Lai Ching-te übermittelte Glückwünsche."
I14 = "Das Weiße Haus kündigte an, US-Präsident Donald Trump werde Takaichi kommende Woche in Tokio treffen."
I15 = ("Im Mittelpunkt soll die Umsetzung des im Juli geschlossenen Zollabkommens stehen, das japanische Investitionen "
       "von 550 Milliarden Dollar in den USA vorsieht.")

DE03 = {
    "id": "hm236-de-03", "lang": "de", "url": None, "published": "2025-10-21",
    "title": "Sanae Takaichi wird erste Regierungschefin Japans",
    "text": paragraphs([I1, I2, I3, I4, I5], [I6, I7, I8, I9], [I10, I11], [I12, I13, I14, I15]),
    "events": [
        event("SUPPORT", JPN_HOUSE, TAKAICHI, I2),
        event("SUPPORT", LDP, ISHIN, I3, date="2025-10-20"),
        event("AGREE", ISHIN, LDP, I4),
        event("SANCTION", KOMEITO, LDP, I5, mode="withdraw"),
        event("ACCUSE", NODA, TAKAICHI, I7, mode="disapprove"),
        event("REQUEST", NODA, TAKAICHI, I8, mode="change"),
        event("REQUEST", CHINA, JAPAN, I10, mode="change"),
        event("SUPPORT", LEE, TAKAICHI, I12),
        event("AGREE", LEE, TAKAICHI, I12),
        event("SUPPORT", LAI, TAKAICHI, I13),
        event("AGREE", WHITE_HOUSE, TAKAICHI, I14, location="Tokyo", location_country="JPN"),
    ],
    "quotes": [
        quote("Ich werde arbeiten, arbeiten, arbeiten und nochmals arbeiten", "Sanae Takaichi", "direct"),
        quote("dass die neue Regierung ihre politischen Zusagen in der Taiwan-Frage und zur Geschichte einhalte",
              "Government of China", "indirect"),
        quote("US-Präsident Donald Trump werde Takaichi kommende Woche in Tokio treffen", "White House", "indirect"),
    ],
    "entities": [
        entity("Tokyo", "LOC", "JPN", ["Tokio"]),
        entity("Japan", "LOC", "JPN", ["Japan"]),
        entity("House of Representatives of Japan", "ORG", "JPN", ["Das Unterhaus"]),
        entity("Liberal Democratic Party", "ORG", "JPN", ["Liberaldemokratischen Partei (LDP)", "die LDP", "der LDP"]),
        entity("Sanae Takaichi", "PER", "JPN", ["Sanae Takaichi", "Takaichi", "die 64-Jährige"]),
        entity("Nippon Ishin no Kai", "ORG", "JPN", ["der rechtsgerichteten Partei Nippon Ishin no Kai", "Ishin"]),
        entity("Komeito", "ORG", "JPN", ["Der langjährige Koalitionspartner Komeito"]),
        entity("Yoshihiko Noda", "PER", "JPN", ["Oppositionsführer Yoshihiko Noda"]),
        entity("Constitutional Democratic Party of Japan", "ORG", "JPN", ["Konstitutionell-Demokratischen Partei"]),
        entity("Toshimitsu Motegi", "PER", "JPN", ["den früheren Außenminister Toshimitsu Motegi"]),
        entity("Shinjiro Koizumi", "PER", "JPN", ["Shinjiro Koizumi"]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Taiwan", "LOC", "TWN", ["Taiwan-Frage", "Taiwans"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Yasukuni Shrine", "LOC", "JPN", ["Yasukuni-Schrein"]),
        entity("Lee Jae-myung", "PER", "KOR", ["Der südkoreanische Präsident Lee Jae-myung"]),
        entity("Lai Ching-te", "PER", "TWN", ["Taiwans Präsident Lai Ching-te"]),
        entity("White House", "ORG", "USA", ["Das Weiße Haus"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump"]),
        entity("United States", "LOC", "USA", ["USA"]),
    ],
}

# ---------------------------------------------------------------- hm236-de-04 (Scarborough Shoal nature reserve)
PHILIPPINES = actor("Philippines", "PHL", "GOV")
PH_DFA = actor("Department of Foreign Affairs of the Philippines", "PHL", "GOV")
PH_NMC = actor("National Maritime Council", "PHL", "GOV")
CCG = actor("China Coast Guard", "CHN", "COP")
CN_MFA = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")
USA = actor("United States", "USA", "GOV")
US_STATE = actor("United States Department of State", "USA", "GOV")
AUSTRALIA = actor("Australia", "AUS", "GOV")

J1 = ("Manila/Peking (AFP) - Die Philippinen haben scharf gegen Pekings Pläne für ein Naturschutzgebiet am "
      "umstrittenen Scarborough-Riff im Südchinesischen Meer protestiert.")
J2 = ("Das Außenministerium in Manila habe der chinesischen Botschaft eine Protestnote übergeben, sagte "
      "Außenministerin Theresa Lazaro.")
J3 = ("Der chinesische Staatsrat hatte am Mittwoch die Einrichtung eines nationalen Naturreservats auf dem Riff "
      "genehmigt, das China Huangyan Dao nennt.")
J4 = "Das Schutzgebiet soll nach Angaben der chinesischen Forstverwaltung knapp 3.524 Hektar umfassen."
J5 = ("Die Pläne seien „illegitim und unrechtmäßig“ und verletzten die Rechte der Philippinen, erklärte der "
      "Nationale Maritime Rat in Manila.")
J6 = ("Ein Sprecher der chinesischen Küstenwache kündigte an, die Behörde werde in dem Gebiet künftig verstärkt "
      "patrouillieren und „gemäß dem Gesetz“ gegen Eindringlinge vorgehen.")
J7 = ("Das Außenministerium in Peking wies den Protest zurück und forderte Manila auf, „Provokationen“ zu "
      "unterlassen.")
J8 = "Huangyan Dao sei seit jeher chinesisches Territorium, sagte Sprecher Guo Jiakun."
J9 = "Die USA stellten sich hinter die Philippinen."
J10 = ("Das Vorhaben sei ein weiterer Versuch Chinas, seine „expansiven“ Ansprüche auf Kosten seiner Nachbarn "
       "durchzusetzen, erklärte das Außenministerium in Washington.")
J11 = "Auch Japan und Australien äußerten sich besorgt über den Schritt Pekings."
J12 = "Das fischreiche Riff steht seit 2012 unter chinesischer Kontrolle."
J13 = ("Nach einem internationalen Schiedsspruch von 2016 haben Chinas weitreichende Ansprüche im Südchinesischen "
       "Meer keine Grundlage im Völkerrecht.")

DE04 = {
    "id": "hm236-de-04", "lang": "de", "url": None, "published": "2025-09-11",
    "title": "Manila protestiert gegen Chinas Naturschutzgebiet am Scarborough-Riff",
    "text": paragraphs([J1, J2], [J3, J4, J5], [J6, J7, J8], [J9, J10, J11], [J12, J13]),
    "events": [
        event("ACCUSE", PHILIPPINES, CHINA, J1, mode="disapprove"),
        event("ACCUSE", PH_DFA, CHINA, J2, mode="disapprove"),
        event("ACCUSE", PH_NMC, CHINA, J5, mode="disapprove"),
        event("THREATEN", CCG, PHILIPPINES, J6, location="Scarborough Shoal"),
        event("REJECT", CN_MFA, PHILIPPINES, J7),
        event("REQUEST", CN_MFA, PHILIPPINES, J7, mode="change"),
        event("SUPPORT", USA, PHILIPPINES, J9),
        event("ACCUSE", US_STATE, CHINA, J10, mode="disapprove"),
        event("ACCUSE", JAPAN, CHINA, J11, mode="disapprove"),
        event("ACCUSE", AUSTRALIA, CHINA, J11, mode="disapprove"),
    ],
    "quotes": [
        quote("Das Außenministerium in Manila habe der chinesischen Botschaft eine Protestnote übergeben",
              "Theresa Lazaro", "indirect"),
        quote("illegitim und unrechtmäßig", "National Maritime Council", "direct"),
        quote("Die Pläne seien „illegitim und unrechtmäßig“ und verletzten die Rechte der Philippinen",
              "National Maritime Council", "indirect"),
        quote("gemäß dem Gesetz", "China Coast Guard spokesperson", "direct"),
        quote("die Behörde werde in dem Gebiet künftig verstärkt patrouillieren und „gemäß dem Gesetz“ gegen "
              "Eindringlinge vorgehen", "China Coast Guard spokesperson", "indirect"),
        quote("Provokationen", "Ministry of Foreign Affairs of China", "direct"),
        quote("Huangyan Dao sei seit jeher chinesisches Territorium", "Guo Jiakun", "indirect"),
        quote("expansiven", "United States Department of State", "direct"),
        quote("Das Vorhaben sei ein weiterer Versuch Chinas, seine „expansiven“ Ansprüche auf Kosten seiner Nachbarn "
              "durchzusetzen", "United States Department of State", "indirect"),
    ],
    "entities": [
        entity("Manila", "LOC", "PHL", ["Manila"]),
        entity("Beijing", "LOC", "CHN", ["Peking", "Pekings"]),
        entity("Philippines", "LOC", "PHL", ["Die Philippinen", "der Philippinen", "die Philippinen"]),
        entity("Scarborough Shoal", "LOC", "PHL", ["Scarborough-Riff", "dem Riff", "Huangyan Dao",
                                                   "Das fischreiche Riff"]),
        entity("South China Sea", "LOC", None, ["Südchinesischen Meer"]),
        entity("Department of Foreign Affairs of the Philippines", "ORG", "PHL", ["Das Außenministerium in Manila"]),
        entity("Embassy of China in Manila", "ORG", "CHN", ["der chinesischen Botschaft"]),
        entity("Theresa Lazaro", "PER", "PHL", ["Außenministerin Theresa Lazaro"]),
        entity("State Council of China", "ORG", "CHN", ["Der chinesische Staatsrat"]),
        entity("China", "LOC", "CHN", ["China", "Chinas"]),
        entity("National Forestry and Grassland Administration", "ORG", "CHN", ["der chinesischen Forstverwaltung"]),
        entity("National Maritime Council", "ORG", "PHL", ["der Nationale Maritime Rat in Manila"]),
        entity("China Coast Guard spokesperson", "PER", "CHN", ["Ein Sprecher der chinesischen Küstenwache"]),
        entity("China Coast Guard", "ORG", "CHN", ["chinesischen Küstenwache", "die Behörde"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Das Außenministerium in Peking"]),
        entity("Guo Jiakun", "PER", "CHN", ["Sprecher Guo Jiakun"]),
        entity("United States", "LOC", "USA", ["Die USA"]),
        entity("United States Department of State", "ORG", "USA", ["das Außenministerium in Washington"]),
        entity("Japan", "LOC", "JPN", ["Japan"]),
        entity("Australia", "LOC", "AUS", ["Australien"]),
    ],
}

# ---------------------------------------------------------------- hm236-en-01 (Thai-Cambodian clash near Chong Bok)
TH_ARMY = actor("Royal Thai Army", "THA", "MIL")
KH_ARMY = actor("Royal Cambodian Armed Forces", "KHM", "MIL")
WINTHAI = actor("Winthai Suvaree", "THA", "MIL")
KH_MOD = actor("Ministry of National Defence of Cambodia", "KHM", "GOV")
MALY = actor("Maly Socheata", "KHM", "GOV")
THAILAND = actor("Thailand", "THA", "GOV")
CAMBODIA = actor("Cambodia", "KHM", "GOV")
HUN_MANET = actor("Hun Manet", "KHM", "GOV")
ICJ = actor("International Court of Justice", "UNO", "IGO")
PAETONGTARN = actor("Paetongtarn Shinawatra", "THA", "GOV")
PHUMTHAM = actor("Phumtham Wechayachai", "THA", "GOV")
TEA_SEIHA = actor("Tea Seiha", "KHM", "GOV")

K1 = ("BANGKOK/PHNOM PENH (Reuters) - A Cambodian soldier was killed on Wednesday in a brief exchange of fire with "
      "Thai troops in a disputed area of the two countries' border, officials said.")
K2 = ("The shooting lasted about 10 minutes near Chong Bok, where the borders of Thailand, Cambodia and Laos meet, "
      "the Royal Thai Army said.")
K3 = ("Army spokesman Major General Winthai Suvaree said Cambodian soldiers had entered a Thai area and opened fire "
      "first, and Thai troops had responded.")
K4 = ("Cambodia's defence ministry said Thai troops had attacked a Cambodian position in a trench that its soldiers "
      "had long patrolled.")
K5 = ('"Cambodia will not respond with force," ministry spokeswoman Maly Socheata told reporters, adding that Phnom '
      "Penh wanted a peaceful solution.")
K6 = ("Prime Minister Hun Manet said Cambodia would ask the International Court of Justice to rule on four disputed "
      "areas, including the ancient temples of Ta Moan Thom and Ta Moan Toch.")
K7 = ("Thai Prime Minister Paetongtarn Shinawatra said Thailand did not recognise the court's jurisdiction over the "
      "issue and preferred bilateral talks.")
K8 = ("She said Thailand remained committed to a peaceful solution and had asked the army to avoid any "
      "escalation.")
K9 = ("Regional army commanders from both countries met on Wednesday evening and agreed to move their troops back to "
      "earlier positions, the Thai army said on Thursday.")
K10 = ("Thailand's Defence Minister Phumtham Wechayachai said he had spoken to his Cambodian counterpart Tea Seiha by "
       "phone and both agreed that the incident should not harm relations.")
K11 = ("The two neighbours have long disputed sections of their 817-km (508-mile) land border, much of which was "
       "drawn by France during its colonial rule of Cambodia.")
K12 = "Clashes near the 11th-century Preah Vihear temple between 2008 and 2011 killed at least 28 people."

EN01 = {
    "id": "hm236-en-01", "lang": "en", "url": None, "published": "2025-05-29",
    "title": "Cambodian soldier killed in border clash with Thai troops",
    "text": paragraphs([K1, K2, K3], [K4, K5], [K6, K7, K8], [K9, K10], [K11, K12]),
    "events": [
        event("ASSAULT", TH_ARMY, KH_ARMY, K1, mode="firearms", date="2025-05-28", location="Chong Bok"),
        event("ASSAULT", KH_ARMY, TH_ARMY, K1, mode="firearms", date="2025-05-28", location="Chong Bok"),
        event("ACCUSE", WINTHAI, KH_ARMY, K3, mode="allege"),
        event("ASSAULT", TH_ARMY, KH_ARMY, K3, mode="firearms", date="2025-05-28", location="Chong Bok"),
        event("ACCUSE", KH_MOD, TH_ARMY, K4, mode="allege"),
        event("AGREE", MALY, THAILAND, K5),
        event("REQUEST", HUN_MANET, ICJ, K6, mode="assist"),
        event("REJECT", PAETONGTARN, CAMBODIA, K7),
        event("AGREE", PAETONGTARN, CAMBODIA, K8),
        event("CONSULT", TH_ARMY, KH_ARMY, K9, date="2025-05-28"),
        event("CONCEDE", TH_ARMY, KH_ARMY, K9),
        event("CONSULT", PHUMTHAM, TEA_SEIHA, K10, mode="phone"),
        event("AGREE", PHUMTHAM, TEA_SEIHA, K10),
    ],
    "quotes": [
        quote("The shooting lasted about 10 minutes near Chong Bok, where the borders of Thailand, Cambodia and Laos "
              "meet", "Royal Thai Army", "indirect"),
        quote("Cambodian soldiers had entered a Thai area and opened fire first, and Thai troops had responded",
              "Winthai Suvaree", "indirect"),
        quote("Thai troops had attacked a Cambodian position in a trench that its soldiers had long patrolled",
              "Ministry of National Defence of Cambodia", "indirect"),
        quote("Cambodia will not respond with force", "Maly Socheata", "direct"),
        quote("Phnom Penh wanted a peaceful solution", "Maly Socheata", "indirect"),
        quote("Cambodia would ask the International Court of Justice to rule on four disputed areas, including the "
              "ancient temples of Ta Moan Thom and Ta Moan Toch", "Hun Manet", "indirect"),
        quote("Thailand did not recognise the court's jurisdiction over the issue and preferred bilateral talks",
              "Paetongtarn Shinawatra", "indirect"),
        quote("Thailand remained committed to a peaceful solution and had asked the army to avoid any escalation",
              "Paetongtarn Shinawatra", "indirect"),
        quote("Regional army commanders from both countries met on Wednesday evening and agreed to move their troops "
              "back to earlier positions", "Royal Thai Army", "indirect"),
        quote("he had spoken to his Cambodian counterpart Tea Seiha by phone and both agreed that the incident should "
              "not harm relations", "Phumtham Wechayachai", "indirect"),
    ],
    "entities": [
        entity("Bangkok", "LOC", "THA", ["BANGKOK"]),
        entity("Phnom Penh", "LOC", "KHM", ["PHNOM PENH", "Phnom Penh"]),
        entity("Royal Cambodian Armed Forces", "ORG", "KHM", ["A Cambodian soldier", "Cambodian soldiers",
                                                              "its soldiers"]),
        entity("Royal Thai Army", "ORG", "THA", ["Thai troops", "the Royal Thai Army", "the Thai army", "the army"]),
        entity("Chong Bok", "LOC", "THA", ["Chong Bok"]),
        entity("Thailand", "LOC", "THA", ["Thailand"]),
        entity("Cambodia", "LOC", "KHM", ["Cambodia"]),
        entity("Laos", "LOC", "LAO", ["Laos"]),
        entity("Winthai Suvaree", "PER", "THA", ["Army spokesman Major General Winthai Suvaree"]),
        entity("Ministry of National Defence of Cambodia", "ORG", "KHM", ["Cambodia's defence ministry"]),
        entity("Maly Socheata", "PER", "KHM", ["ministry spokeswoman Maly Socheata"]),
        entity("Hun Manet", "PER", "KHM", ["Prime Minister Hun Manet"]),
        entity("International Court of Justice", "ORG", "UNO", ["the International Court of Justice", "the court"]),
        entity("Ta Moan Thom", "LOC", "KHM", ["Ta Moan Thom"]),
        entity("Ta Moan Toch", "LOC", "KHM", ["Ta Moan Toch"]),
        entity("Paetongtarn Shinawatra", "PER", "THA", ["Thai Prime Minister Paetongtarn Shinawatra", "She"]),
        entity("Phumtham Wechayachai", "PER", "THA", ["Thailand's Defence Minister Phumtham Wechayachai"]),
        entity("Tea Seiha", "PER", "KHM", ["his Cambodian counterpart Tea Seiha"]),
        entity("France", "LOC", "FRA", ["France"]),
        entity("Preah Vihear temple", "LOC", "KHM", ["the 11th-century Preah Vihear temple"]),
    ],
}

# ---------------------------------------------------------------- hm236-en-02 (Australia recognises Palestine)
BRITAIN = actor("United Kingdom", "GBR", "GOV")
CANADA = actor("Canada", "CAN", "GOV")
PALESTINE = actor("State of Palestine", "PSE", "GOV")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
WONG = actor("Penny Wong", "AUS", "GOV")
PA = actor("Palestinian Authority", "PSE", "GOV")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
ABBAS = actor("Mahmoud Abbas", "PSE", "GOV")
LEY = actor("Sussan Ley", "AUS", "OPP")
ECAJ = actor("Executive Council of Australian Jewry", "AUS", "NGO")
PRO_PAL = actor("pro-Palestinian demonstrators in Sydney", "AUS", "CVL")
ISRAEL = actor("Israel", "ISR", "GOV")

L1 = ("CANBERRA (Reuters) - Australia formally recognised the State of Palestine on Sunday, joining Britain and "
      "Canada in a coordinated move aimed at reviving efforts towards a two-state solution in the Middle East.")
L2 = ("Prime Minister Anthony Albanese and Foreign Minister Penny Wong said in a joint statement that the decision "
      'recognised "the legitimate and long-held aspirations of the people of Palestine to a state of their own."')
L3 = "Hamas must have no role in a future Palestinian state, they said."
L4 = ("Australia would consider establishing diplomatic relations and opening an embassy once the Palestinian "
      "Authority had carried out reforms, including holding elections, the statement said.")
L5 = ("Israeli Prime Minister Benjamin Netanyahu condemned the decision, saying leaders who recognised a Palestinian "
      'state were giving "a huge prize to terrorism."')
L6 = ('"It will not happen. A Palestinian state will not be established west of the Jordan River," he said in a '
      "video statement.")
L7 = ("Palestinian Authority President Mahmoud Abbas welcomed the decision and thanked Albanese in a phone call, his "
      "office said.")
L8 = ('Opposition Leader Sussan Ley said the decision "rewards Hamas" and accused Albanese of acting before the '
      "hostages held in Gaza had been freed.")
L9 = ('The Executive Council of Australian Jewry called the move "a betrayal," while several thousand '
      "pro-Palestinian demonstrators rallied in Sydney to demand sanctions on Israel.")
L10 = ("Israel last month revoked the visas of Australian diplomats accredited to the Palestinian Authority in a row "
       "over the planned recognition.")
L11 = ("France, Portugal and several other countries were expected to follow at the United Nations in New York on "
       "Monday.")
L12 = "More than 140 of the 193 U.N. member states now recognise a Palestinian state."

EN02 = {
    "id": "hm236-en-02", "lang": "en", "url": None, "published": "2025-09-21",
    "title": "Australia recognises Palestinian state alongside Britain and Canada",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6, L7], [L8, L9], [L10, L11, L12]),
    "events": [
        event("SUPPORT", AUSTRALIA, PALESTINE, L1),
        event("SUPPORT", BRITAIN, PALESTINE, L1),
        event("SUPPORT", CANADA, PALESTINE, L1),
        event("SUPPORT", ALBANESE, PALESTINE, L2),
        event("SUPPORT", WONG, PALESTINE, L2),
        event("AGREE", AUSTRALIA, PA, L4),
        event("ACCUSE", NETANYAHU, AUSTRALIA, L5, mode="disapprove"),
        event("SUPPORT", ABBAS, AUSTRALIA, L7),
        event("CONSULT", ABBAS, ALBANESE, L7, mode="phone"),
        event("ACCUSE", LEY, ALBANESE, L8, mode="disapprove"),
        event("ACCUSE", ECAJ, AUSTRALIA, L9, mode="disapprove"),
        event("PROTEST", PRO_PAL, AUSTRALIA, L9, mode="demo", location="Sydney", location_country="AUS"),
        event("REQUEST", PRO_PAL, AUSTRALIA, L9, mode="change"),
        event("SANCTION", ISRAEL, AUSTRALIA, L10, mode="expel"),
    ],
    "quotes": [
        quote("the legitimate and long-held aspirations of the people of Palestine to a state of their own",
              "Anthony Albanese", "direct"),
        quote('the decision recognised "the legitimate and long-held aspirations of the people of Palestine to a '
              'state of their own."', "Anthony Albanese", "indirect"),
        quote("Hamas must have no role in a future Palestinian state", "Anthony Albanese", "indirect"),
        quote("Australia would consider establishing diplomatic relations and opening an embassy once the "
              "Palestinian Authority had carried out reforms, including holding elections", "Anthony Albanese",
              "indirect"),
        quote("a huge prize to terrorism", "Benjamin Netanyahu", "direct"),
        quote('leaders who recognised a Palestinian state were giving "a huge prize to terrorism."',
              "Benjamin Netanyahu", "indirect"),
        quote("It will not happen. A Palestinian state will not be established west of the Jordan River",
              "Benjamin Netanyahu", "direct"),
        quote("rewards Hamas", "Sussan Ley", "direct"),
        quote('the decision "rewards Hamas"', "Sussan Ley", "indirect"),
        quote("a betrayal", "Executive Council of Australian Jewry", "direct"),
    ],
    "entities": [
        entity("Canberra", "LOC", "AUS", ["CANBERRA"]),
        entity("Australia", "LOC", "AUS", ["Australia"]),
        entity("State of Palestine", "LOC", "PSE", ["the State of Palestine", "a Palestinian state",
                                                    "a future Palestinian state", "A Palestinian state"]),
        entity("United Kingdom", "LOC", "GBR", ["Britain"]),
        entity("Canada", "LOC", "CAN", ["Canada"]),
        entity("Middle East", "LOC", None, ["the Middle East"]),
        entity("Anthony Albanese", "PER", "AUS", ["Prime Minister Anthony Albanese", "Albanese"]),
        entity("Penny Wong", "PER", "AUS", ["Foreign Minister Penny Wong"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("Palestinian Authority", "ORG", "PSE", ["the Palestinian Authority"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Israeli Prime Minister Benjamin Netanyahu"]),
        entity("Jordan River", "LOC", None, ["the Jordan River"]),
        entity("Mahmoud Abbas", "PER", "PSE", ["Palestinian Authority President Mahmoud Abbas"]),
        entity("Sussan Ley", "PER", "AUS", ["Opposition Leader Sussan Ley"]),
        entity("Gaza", "LOC", "PSE", ["Gaza"]),
        entity("Executive Council of Australian Jewry", "ORG", "AUS", ["The Executive Council of Australian Jewry"]),
        entity("pro-Palestinian demonstrators in Sydney", "ORG", "AUS", ["pro-Palestinian demonstrators"]),
        entity("Sydney", "LOC", "AUS", ["Sydney"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("France", "LOC", "FRA", ["France"]),
        entity("Portugal", "LOC", "PRT", ["Portugal"]),
        entity("United Nations", "ORG", "UNO", ["the United Nations", "U.N."]),
        entity("New York", "LOC", "USA", ["New York"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
