"""Round 194: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm194-de-01: South Korea's National Assembly impeaches acting president Han Duck-soo; PPP boycott and protest at the speaker's podium, Choi Sang-mok takes over, Washington pledges cooperation, Yoon ignores another summons (2024-12-27).
- hm194-de-02: Thailand's parliament elects Anutin Charnvirakul prime minister with People's Party backing after Paetongtarn's removal; dissolution pledge, protest outside parliament, Hun Manet congratulates (2025-09-05).
- hm194-de-03: An Astana court sentences ex-minister Kuandyk Bishimbayev to 24 years for killing his wife Saltanat Nukenova; petition, Tokayev's law, protest and arrests outside the court, UN Women welcomes the verdict (2024-05-13).
- hm194-de-04: A Chinese destroyer and a coast guard ship collide while chasing the Philippine BRP Suluan near Scarborough Shoal; water cannon, Manila protests, Carlson condemns, Marcos orders navy patrols (2025-08-11).
- hm194-en-01: The ICC issues arrest warrants for Taliban leader Akhundzada and chief justice Haqqani; Mujahid objects, Bennett welcomes, UN General Assembly resolution, Afghan women rally in The Hague (2025-07-08).
- hm194-en-02: The ASEAN summit in Vientiane closes; call on Myanmar's junta, Thai offer of talks, Marcos confronts Li Qiang, Blinken and Lavrov trade accusations, code of conduct target (2024-10-11).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm194-de-01 (South Korea)
KOR_NA = actor("National Assembly of South Korea", "KOR", "LEG")
HAN = actor("Han Duck-soo", "KOR", "GOV")
PPP = actor("People Power Party", "KOR", "PTY")
WOO = actor("Woo Won-shik", "KOR", "LEG")
DPK = actor("Democratic Party of Korea", "KOR", "OPP")
CHOI = actor("Choi Sang-mok", "KOR", "GOV")
KOR_PARTIES = actor("South Korean political parties", "KOR", "PTY")
US_STATE = actor("United States Department of State", "USA", "GOV")
KOR_GOV = actor("Government of South Korea", "KOR", "GOV")
YOON = actor("Yoon Suk Yeol", "KOR", "GOV")
CIO = actor("Corruption Investigation Office for High-ranking Officials", "KOR", "JUD")

H1 = "Seoul (dpa) - Südkoreas Nationalversammlung hat ein Amtsenthebungsverfahren gegen Übergangspräsident Han Duck Soo beschlossen."
H2 = ("Für den Antrag der oppositionellen Demokratischen Partei stimmten am Freitag 192 Abgeordnete, die "
      "Regierungspartei PPP boykottierte die Abstimmung.")
H3 = "Abgeordnete der PPP umringten das Podium von Parlamentspräsident Woo Won Shik und riefen »ungültig«."
H4 = "Woo hatte entschieden, dass anders als bei einem Präsidenten eine einfache Mehrheit von 151 Stimmen genüge."
H5 = ("Die Opposition wirft Han vor, die Aufarbeitung von Präsident Yoon Suk Yeols gescheitertem Kriegsrechtsdekret "
      "zu behindern.")
H6 = ("Am Donnerstag hatte er sich geweigert, drei vom Parlament nominierte Richter für das Verfassungsgericht zu "
      "ernennen, das über Yoons Absetzung entscheidet.")
H7 = "»Ich respektiere die Entscheidung des Parlaments«, erklärte Han."
H8 = "Er werde seine Amtsgeschäfte bis zu einem Urteil des Verfassungsgerichts ruhen lassen."
H9 = "Die Geschäfte übernimmt Finanzminister Choi Sang Mok."
H10 = "Choi rief die Parteien zur Zusammenarbeit auf, um die politische Krise zu beenden."
H11 = "Die Landeswährung Won fiel auf den tiefsten Stand seit 2009."
H12 = "Das US-Außenministerium erklärte, Washington werde eng mit der amtierenden Regierung zusammenarbeiten."
H13 = "Yoon ließ unterdessen eine weitere Vorladung der Ermittler unbeantwortet, die nun einen Haftbefehl gegen ihn erwägen."

DE01 = {
    "id": "hm194-de-01", "lang": "de", "url": None, "published": "2024-12-27",
    "title": "Südkoreas Parlament leitet Amtsenthebung auch gegen Übergangspräsident Han ein",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7, H8, H9], [H10, H11, H12, H13]),
    "events": [
        event("ACCUSE", KOR_NA, HAN, H1, mode="allege", date="2024-12-27", location="Seoul", location_country="KOR"),
        event("ACCUSE", KOR_NA, HAN, H2, mode="allege", date="2024-12-27", location="Seoul", location_country="KOR"),
        event("PROTEST", PPP, KOR_NA, H2, mode="boycott", date="2024-12-27", location="Seoul",
              location_country="KOR"),
        event("PROTEST", PPP, WOO, H3, mode="demo", date="2024-12-27", location="Seoul", location_country="KOR"),
        event("ACCUSE", DPK, HAN, H5, mode="allege"),
        event("REJECT", HAN, KOR_NA, H6, mode="change", date="2024-12-26"),
        event("REQUEST", CHOI, KOR_PARTIES, H10, mode="assist"),
        event("AGREE", US_STATE, KOR_GOV, H12),
        event("REJECT", YOON, CIO, H13, mode="yield"),
    ],
    "quotes": [
        quote("ungültig", "People Power Party", "direct"),
        quote("dass anders als bei einem Präsidenten eine einfache Mehrheit von 151 Stimmen genüge", "Woo Won-shik",
              "indirect"),
        quote("die Aufarbeitung von Präsident Yoon Suk Yeols gescheitertem Kriegsrechtsdekret zu behindern",
              "Democratic Party of Korea", "indirect"),
        quote("Ich respektiere die Entscheidung des Parlaments", "Han Duck-soo", "direct"),
        quote("Er werde seine Amtsgeschäfte bis zu einem Urteil des Verfassungsgerichts ruhen lassen", "Han Duck-soo",
              "indirect"),
        quote("um die politische Krise zu beenden", "Choi Sang-mok", "indirect"),
        quote("Washington werde eng mit der amtierenden Regierung zusammenarbeiten",
              "United States Department of State", "indirect"),
    ],
    "entities": [
        entity("Seoul", "LOC", "KOR", ["Seoul"]),
        entity("South Korea", "GPE", "KOR", ["Südkoreas"]),
        entity("National Assembly of South Korea", "ORG", "KOR",
               ["Südkoreas Nationalversammlung", "192 Abgeordnete", "des Parlaments", "vom Parlament"]),
        entity("Han Duck-soo", "PER", "KOR", ["Übergangspräsident Han Duck Soo", "Han", "er", "Er"]),
        entity("Democratic Party of Korea", "ORG", "KOR", ["der oppositionellen Demokratischen Partei",
                                                            "Die Opposition"]),
        entity("People Power Party", "ORG", "KOR", ["die Regierungspartei PPP", "Abgeordnete der PPP"]),
        entity("Woo Won-shik", "PER", "KOR", ["Parlamentspräsident Woo Won Shik", "Woo"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["Präsident Yoon Suk Yeols", "Yoons", "Yoon", "ihn"]),
        entity("Constitutional Court of Korea", "ORG", "KOR", ["das Verfassungsgericht", "des Verfassungsgerichts"]),
        entity("Choi Sang-mok", "PER", "KOR", ["Finanzminister Choi Sang Mok", "Choi"]),
        entity("South Korean political parties", "ORG", "KOR", ["die Parteien"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Government of South Korea", "ORG", "KOR", ["der amtierenden Regierung"]),
        entity("Corruption Investigation Office for High-ranking Officials", "ORG", "KOR", ["der Ermittler"]),
    ],
}

# ---------------------------------------------------------------- hm194-de-02 (Thailand)
PP = actor("People's Party", "THA", "OPP")
ANUTIN = actor("Anutin Charnvirakul", "THA", "GOV")
THA_CC = actor("Constitutional Court of Thailand", "THA", "JUD")
PAETONGTARN = actor("Paetongtarn Shinawatra", "THA", "GOV")
PHUMTHAM = actor("Phumtham Wechayachai", "THA", "GOV")
KING = actor("Maha Vajiralongkorn", "THA", "GOV")
PP_SUPPORTERS = actor("People's Party supporters", "THA", "CVL")
THA_PARL = actor("National Assembly of Thailand", "THA", "LEG")
HUN_MANET = actor("Hun Manet", "KHM", "GOV")

T1 = ("Bangkok (dpa) - Thailands Parlament hat den konservativen Politiker Anutin Charnvirakul zum neuen "
      "Ministerpräsidenten gewählt.")
T2 = ("Der Chef der Bhumjaithai-Partei erhielt am Freitag 311 Stimmen, sein Gegenkandidat Chaikasem Nitisiri "
      "von der Partei Pheu Thai kam auf 152.")
T3 = "Den Ausschlag gab die oppositionelle Volkspartei, die Anutin unterstützte, ohne in seine Regierung einzutreten."
T4 = ("Im Gegenzug sagte Anutin zu, das Parlament binnen vier Monaten aufzulösen und ein Referendum über eine "
      "neue Verfassung abzuhalten.")
T5 = "„Wir haben ihm keinen Blankoscheck ausgestellt“, sagte Volkspartei-Chef Natthaphong Ruengpanyawut."
T6 = "Das Verfassungsgericht hatte Regierungschefin Paetongtarn Shinawatra vor einer Woche ihres Amtes enthoben."
T7 = ("Die Richter warfen ihr vor, in einem durchgesickerten Telefonat mit Kambodschas Ex-Regierungschef Hun Sen "
      "gegen ethische Standards verstoßen zu haben.")
T8 = ("Der geschäftsführende Regierungschef Phumtham Wechayachai hatte vergeblich versucht, mit einem Antrag an "
      "den König Neuwahlen zu erzwingen.")
T9 = "Vor dem Parlament demonstrierten Dutzende Anhänger der Volkspartei für eine neue Verfassung."
T10 = "Kambodschas Regierungschef Hun Manet gratulierte Anutin und bot Gespräche über den Grenzkonflikt an."
T11 = "Bei Gefechten an der Grenze waren im Juli mehr als 40 Menschen getötet worden."
T12 = "Anutin sagte, er sei zu einem Treffen bereit, werde aber bei Fragen der Souveränität hart bleiben."
T13 = ("Thaksin Shinawatra, der Vater der abgesetzten Regierungschefin, war am Donnerstag nach Dubai geflogen, will "
       "aber nach eigenen Angaben zu einem Gerichtstermin am Montag zurückkehren.")

DE02 = {
    "id": "hm194-de-02", "lang": "de", "url": None, "published": "2025-09-05",
    "title": "Thailands Parlament wählt Anutin zum Regierungschef",
    "text": paragraphs([T1, T2, T3, T4, T5], [T6, T7, T8, T9], [T10, T11, T12, T13]),
    "events": [
        event("SUPPORT", PP, ANUTIN, T3, date="2025-09-05"),
        event("CONCEDE", ANUTIN, PP, T4),
        event("SANCTION", THA_CC, PAETONGTARN, T6, mode="convict", date="2025-08-29"),
        event("ACCUSE", THA_CC, PAETONGTARN, T7, mode="allege"),
        event("REQUEST", PHUMTHAM, KING, T8, mode="change"),
        event("PROTEST", PP_SUPPORTERS, THA_PARL, T9, mode="demo", date="2025-09-05", location="Bangkok",
              location_country="THA"),
        event("SUPPORT", HUN_MANET, ANUTIN, T10),
        event("AGREE", HUN_MANET, ANUTIN, T10),
        event("AGREE", ANUTIN, HUN_MANET, T12),
    ],
    "quotes": [
        quote("das Parlament binnen vier Monaten aufzulösen und ein Referendum über eine neue Verfassung abzuhalten",
              "Anutin Charnvirakul", "indirect"),
        quote("Wir haben ihm keinen Blankoscheck ausgestellt", "Natthaphong Ruengpanyawut", "direct"),
        quote("in einem durchgesickerten Telefonat mit Kambodschas Ex-Regierungschef Hun Sen gegen ethische Standards "
              "verstoßen zu haben", "Constitutional Court of Thailand", "indirect"),
        quote("er sei zu einem Treffen bereit, werde aber bei Fragen der Souveränität hart bleiben",
              "Anutin Charnvirakul", "indirect"),
        quote("zu einem Gerichtstermin am Montag zurückkehren", "Thaksin Shinawatra", "indirect"),
    ],
    "entities": [
        entity("Bangkok", "LOC", "THA", ["Bangkok"]),
        entity("National Assembly of Thailand", "ORG", "THA", ["Thailands Parlament", "das Parlament",
                                                                "Vor dem Parlament"]),
        entity("Thailand", "GPE", "THA", ["Thailands"]),
        entity("Anutin Charnvirakul", "PER", "THA",
               ["den konservativen Politiker Anutin Charnvirakul", "Der Chef der Bhumjaithai-Partei", "Anutin",
                "ihm", "er"]),
        entity("Bhumjaithai Party", "ORG", "THA", ["Bhumjaithai-Partei"]),
        entity("Chaikasem Nitisiri", "PER", "THA", ["sein Gegenkandidat Chaikasem Nitisiri"]),
        entity("Pheu Thai Party", "ORG", "THA", ["der Partei Pheu Thai"]),
        entity("People's Party", "ORG", "THA", ["die oppositionelle Volkspartei", "der Volkspartei"]),
        entity("Natthaphong Ruengpanyawut", "PER", "THA", ["Volkspartei-Chef Natthaphong Ruengpanyawut"]),
        entity("Constitutional Court of Thailand", "ORG", "THA", ["Das Verfassungsgericht", "Die Richter"]),
        entity("Paetongtarn Shinawatra", "PER", "THA",
               ["Regierungschefin Paetongtarn Shinawatra", "ihr", "der abgesetzten Regierungschefin"]),
        entity("Cambodia", "GPE", "KHM", ["Kambodschas"]),
        entity("Hun Sen", "PER", "KHM", ["Kambodschas Ex-Regierungschef Hun Sen"]),
        entity("Phumtham Wechayachai", "PER", "THA", ["Der geschäftsführende Regierungschef Phumtham Wechayachai"]),
        entity("Maha Vajiralongkorn", "PER", "THA", ["den König"]),
        entity("People's Party supporters", "ORG", "THA", ["Dutzende Anhänger der Volkspartei"]),
        entity("Hun Manet", "PER", "KHM", ["Kambodschas Regierungschef Hun Manet"]),
        entity("Thaksin Shinawatra", "PER", "THA", ["Thaksin Shinawatra"]),
        entity("Dubai", "LOC", "ARE", ["Dubai"]),
    ],
}

# ---------------------------------------------------------------- hm194-de-03 (Kazakhstan)
KAZ_COURT = actor("Astana court", "KAZ", "JUD")
BISHIMBAYEV = actor("Kuandyk Bishimbayev", "KAZ", "CVL")
NUKENOVA = actor("Saltanat Nukenova", "KAZ", "CVL")
BAIZHANOV = actor("Bakhytzhan Baizhanov", "KAZ", "CVL")
KAZ_CIV = actor("Kazakh citizens", "KAZ", "CVL")
KAZ_GOV = actor("Government of Kazakhstan", "KAZ", "GOV")
TOKAYEV = actor("Kassym-Jomart Tokayev", "KAZ", "GOV")
NUK_FAMILY = actor("Family of Saltanat Nukenova", "KAZ", "CVL")
AMANGELDY = actor("Aitbek Amangeldy", "KAZ", "CVL")
KAZ_WOMEN = actor("Kazakh women protesters", "KAZ", "CVL")
KAZ_POLICE = actor("Kazakh police", "KAZ", "COP")
KAZ_JUD = actor("Kazakh judiciary", "KAZ", "JUD")
UN_WOMEN = actor("UN Women", "UNO", "IGO")

K1 = ("Astana (dpa) - Ein Gericht in Kasachstans Hauptstadt hat den früheren Wirtschaftsminister Kuandyk "
      "Bischimbajew wegen Mordes an seiner Ehefrau zu 24 Jahren Haft verurteilt.")
K2 = ("Die Geschworenen hatten ihn für schuldig befunden, die 31-jährige Saltanat Nukenowa im November in einem "
      "Restaurant zu Tode geprügelt zu haben.")
K3 = "Überwachungsvideos aus dem Lokal zeigten, wie er seine Frau schlug und an den Haaren über den Boden zerrte."
K4 = "Ein Verwandter, der das Restaurant leitete, muss wegen Vertuschung der Tat für vier Jahre in Haft."
K5 = "Der live im Internet übertragene Prozess hatte landesweit Empörung ausgelöst."
K6 = "Hunderttausende Menschen unterzeichneten eine Petition für härtere Strafen bei häuslicher Gewalt."
K7 = "Präsident Kassym-Schomart Tokajew unterzeichnete im April ein Gesetz, das Gewalt gegen Frauen schärfer bestraft."
K8 = ("„Ich bitte die Familie meiner Frau um Vergebung“, sagte Bischimbajew in seinem Schlusswort, „auch wenn ich "
      "weiß, dass sie mir nicht vergeben kann.“")
K9 = ("Nukenowas Bruder Aitbek Amangeldy nannte das Urteil gerecht und forderte Ermittlungen gegen Polizisten, die einen "
      "Notruf ignoriert haben sollen.")
K10 = "Vor dem Gericht versammelten sich Dutzende Frauen mit Plakaten, auf denen »Gerechtigkeit für Saltanat« stand."
K11 = "Die Polizei nahm zwei Teilnehmerinnen vorübergehend fest, weil die Kundgebung nicht genehmigt war."
K12 = ("Bischimbajew war bereits 2018 wegen Bestechlichkeit zu zehn Jahren Haft verurteilt, aber nach gut einem "
       "Jahr freigelassen worden.")
K13 = "Die UN-Frauenorganisation UN Women begrüßte das Urteil als Signal gegen Straflosigkeit."

DE03 = {
    "id": "hm194-de-03", "lang": "de", "url": None, "published": "2024-05-13",
    "title": "Kasachischer Ex-Minister wegen Mordes an seiner Frau zu 24 Jahren Haft verurteilt",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7, K8, K9], [K10, K11, K12, K13]),
    "events": [
        event("SANCTION", KAZ_COURT, BISHIMBAYEV, K1, mode="convict", location="Astana", location_country="KAZ"),
        event("SANCTION", KAZ_COURT, BISHIMBAYEV, K2, mode="convict", location="Astana", location_country="KAZ"),
        event("ASSAULT", BISHIMBAYEV, NUKENOVA, K3, mode="beat", location="Astana", location_country="KAZ"),
        event("SANCTION", KAZ_COURT, BAIZHANOV, K4, mode="convict", location="Astana", location_country="KAZ"),
        event("REQUEST", KAZ_CIV, KAZ_GOV, K6, mode="change"),
        event("CONCEDE", TOKAYEV, KAZ_CIV, K7),
        event("SUPPORT", BISHIMBAYEV, NUK_FAMILY, K8),
        event("SUPPORT", AMANGELDY, KAZ_COURT, K9),
        event("REQUEST", AMANGELDY, KAZ_GOV, K9, mode="change"),
        event("PROTEST", KAZ_WOMEN, KAZ_COURT, K10, mode="demo", location="Astana", location_country="KAZ"),
        event("COERCE", KAZ_POLICE, KAZ_WOMEN, K11, mode="arrest", location="Astana", location_country="KAZ"),
        event("SANCTION", KAZ_JUD, BISHIMBAYEV, K12, mode="convict"),
        event("RETREAT", KAZ_GOV, BISHIMBAYEV, K12, mode="release"),
        event("SUPPORT", UN_WOMEN, KAZ_COURT, K13),
    ],
    "quotes": [
        quote("Ich bitte die Familie meiner Frau um Vergebung", "Kuandyk Bishimbayev", "direct"),
        quote("auch wenn ich weiß, dass sie mir nicht vergeben kann", "Kuandyk Bishimbayev", "direct"),
        quote("Gerechtigkeit für Saltanat", "Kazakh women protesters", "direct"),
    ],
    "entities": [
        entity("Astana", "LOC", "KAZ", ["Astana", "Kasachstans Hauptstadt"]),
        entity("Kazakhstan", "GPE", "KAZ", ["Kasachstans"]),
        entity("Astana court", "ORG", "KAZ", ["Ein Gericht in Kasachstans Hauptstadt", "Die Geschworenen",
                                              "dem Gericht"]),
        entity("Kuandyk Bishimbayev", "PER", "KAZ",
               ["den früheren Wirtschaftsminister Kuandyk Bischimbajew", "Bischimbajew", "ihn", "er", "ich"]),
        entity("Saltanat Nukenova", "PER", "KAZ",
               ["seiner Ehefrau", "die 31-jährige Saltanat Nukenowa", "seine Frau", "meiner Frau", "Nukenowas"]),
        entity("Bakhytzhan Baizhanov", "PER", "KAZ", ["Ein Verwandter, der das Restaurant leitete"]),
        entity("Kassym-Jomart Tokayev", "PER", "KAZ", ["Präsident Kassym-Schomart Tokajew"]),
        entity("Family of Saltanat Nukenova", "ORG", "KAZ", ["die Familie meiner Frau", "sie"]),
        entity("Aitbek Amangeldy", "PER", "KAZ", ["Nukenowas Bruder Aitbek Amangeldy"]),
        entity("Kazakh women protesters", "ORG", "KAZ", ["Dutzende Frauen", "zwei Teilnehmerinnen"]),
        entity("Kazakh police", "ORG", "KAZ", ["Die Polizei", "Polizisten"]),
        entity("UN Women", "ORG", "UNO", ["Die UN-Frauenorganisation UN Women"]),
    ],
}

# ---------------------------------------------------------------- hm194-de-04 (Scarborough Shoal)
CCG = actor("China Coast Guard", "CHN", "COP")
PCG = actor("Philippine Coast Guard", "PHL", "COP")
PH_FISHERMEN = actor("Filipino fishermen", "PHL", "CVL")
TARRIELA = actor("Jay Tarriela", "PHL", "COP")
CHINA = actor("China", "CHN", "GOV")
PHL = actor("Philippines", "PHL", "GOV")
CARLSON = actor("MaryKay Carlson", "USA", "GOV")
MARCOS = actor("Ferdinand Marcos Jr.", "PHL", "GOV")
PH_DFA = actor("Department of Foreign Affairs of the Philippines", "PHL", "GOV")
PH_NAVY = actor("Philippine Navy", "PHL", "MIL")
JMSDF = actor("Japan Maritime Self-Defense Force", "JPN", "MIL")

S1 = ("Manila (dpa) - Bei der Verfolgung eines philippinischen Küstenwachschiffs nahe dem umstrittenen "
      "Scarborough-Riff sind ein chinesischer Zerstörer und ein Schiff der chinesischen Küstenwache zusammengestoßen.")
S2 = ("Zuvor hatte die chinesische Küstenwache die BRP Suluan mit Wasserwerfern beschossen, die Fischer in der "
      "Region mit Treibstoff und Lebensmitteln versorgte.")
S3 = ("Die philippinische Küstenwache bot der chinesischen Besatzung nach dem Unfall medizinische Hilfe an, "
      "erhielt aber keine Antwort.")
S4 = "Ihr Sprecher Jay Tarriela warf Peking »gefährliche und rücksichtslose Manöver« vor."
S5 = "Die chinesische Küstenwache beschuldigte Manila dagegen, in chinesische Hoheitsgewässer eingedrungen zu sein."
S6 = "Man habe die philippinischen Schiffe »vertrieben«, erklärte ein Sprecher."
S7 = "Zu der Kollision äußerte er sich nicht."
S8 = "Die US-Botschafterin in Manila, MaryKay Carlson, verurteilte Chinas »rücksichtsloses« Vorgehen."
S9 = "Präsident Ferdinand Marcos Jr. ordnete zusätzliche Patrouillen der Marine in dem Gebiet an."
S10 = "Das Außenministerium in Manila legte bei Peking diplomatischen Protest ein."
S11 = "Peking beansprucht das Riff, das rund 220 Kilometer vor der philippinischen Hauptinsel Luzon liegt, seit Jahren für sich."
S12 = "Erst in der vergangenen Woche hatten philippinische und japanische Kriegsschiffe in der Region gemeinsam geübt."

DE04 = {
    "id": "hm194-de-04", "lang": "de", "url": None, "published": "2025-08-11",
    "title": "Chinesische Schiffe kollidieren bei Jagd auf philippinisches Küstenwachboot",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6, S7, S8], [S9, S10, S11, S12]),
    "events": [
        event("ASSAULT", CCG, PCG, S2, mode="crowd-control", location="Scarborough Shoal"),
        event("AID", PCG, PH_FISHERMEN, S2, location="Scarborough Shoal"),
        event("AGREE", PCG, CCG, S3),
        event("ACCUSE", TARRIELA, CHINA, S4, mode="disapprove"),
        event("ACCUSE", CCG, PHL, S5, mode="allege"),
        event("COERCE", CCG, PCG, S6, mode="restrict", location="Scarborough Shoal"),
        event("ACCUSE", CARLSON, CHINA, S8, mode="disapprove"),
        event("MOBILIZE", MARCOS, None, S9, mode="troops", location="Scarborough Shoal"),
        event("ACCUSE", PH_DFA, CHINA, S10, mode="disapprove"),
        event("COOPERATE", PH_NAVY, JMSDF, S12),
    ],
    "quotes": [
        quote("gefährliche und rücksichtslose Manöver", "Jay Tarriela", "direct"),
        quote("in chinesische Hoheitsgewässer eingedrungen zu sein", "China Coast Guard", "indirect"),
        quote("Man habe die philippinischen Schiffe »vertrieben«", "Gan Yu", "indirect"),
        quote("vertrieben", "Gan Yu", "direct"),
        quote("rücksichtsloses", "MaryKay Carlson", "direct"),
    ],
    "entities": [
        entity("Manila", "LOC", "PHL", ["Manila"]),
        entity("Scarborough Shoal", "LOC", None, ["Scarborough-Riff", "das Riff"]),
        entity("China Coast Guard", "ORG", "CHN",
               ["ein Schiff der chinesischen Küstenwache", "die chinesische Küstenwache", "der chinesischen Besatzung",
                "Die chinesische Küstenwache"]),
        entity("People's Liberation Army Navy", "ORG", "CHN", ["ein chinesischer Zerstörer"]),
        entity("Philippine Coast Guard", "ORG", "PHL",
               ["eines philippinischen Küstenwachschiffs", "die BRP Suluan", "Die philippinische Küstenwache",
                "die philippinischen Schiffe"]),
        entity("Filipino fishermen", "ORG", "PHL", ["Fischer in der Region"]),
        entity("Jay Tarriela", "PER", "PHL", ["Ihr Sprecher Jay Tarriela"]),
        entity("China", "GPE", "CHN", ["Peking", "Chinas"]),
        entity("Gan Yu", "PER", "CHN", ["ein Sprecher", "er"]),
        entity("MaryKay Carlson", "PER", "USA", ["Die US-Botschafterin in Manila, MaryKay Carlson"]),
        entity("Ferdinand Marcos Jr.", "PER", "PHL", ["Präsident Ferdinand Marcos Jr."]),
        entity("Philippine Navy", "ORG", "PHL", ["der Marine", "philippinische und japanische Kriegsschiffe"]),
        entity("Department of Foreign Affairs of the Philippines", "ORG", "PHL", ["Das Außenministerium in Manila"]),
        entity("Luzon", "LOC", "PHL", ["der philippinischen Hauptinsel Luzon"]),
        entity("Japan Maritime Self-Defense Force", "ORG", "JPN", ["japanische Kriegsschiffe"]),
    ],
}

# ---------------------------------------------------------------- hm194-en-01 (ICC warrants for Taliban leaders)
ICC = actor("International Criminal Court", "IGO", "IGO")
AKHUNDZADA = actor("Hibatullah Akhundzada", "AFG", "GOV")
HAQQANI = actor("Abdul Hakim Haqqani", "AFG", "JUD")
MUJAHID = actor("Zabihullah Mujahid", "AFG", "GOV")
BENNETT = actor("Richard Bennett", "UNO", "IGO")
GOVERNMENTS = actor("Governments worldwide", None, "GOV")
KARIM_KHAN = actor("Karim Khan", "IGO", "IGO")
UN = actor("United Nations", "UNO", "IGO")
UNGA = actor("UN General Assembly", "UNO", "IGO")
TALIBAN = actor("Taliban", "AFG", "GOV")
GER_FFO = actor("Federal Foreign Office", "DEU", "GOV")
AFG_WOMEN = actor("Exiled Afghan women", "AFG", "CVL")

I1 = ("THE HAGUE, Netherlands (AP) — The International Criminal Court on Tuesday issued arrest warrants for "
      "Taliban supreme leader Hibatullah Akhundzada and chief justice Abdul Hakim Haqqani.")
I2 = ("Judges said there were reasonable grounds to believe the two men had persecuted women and girls on gender "
      "grounds, a crime against humanity.")
I3 = "Since 2021, girls in Afghanistan have been barred from secondary school and women from most jobs."
I4 = ("Taliban spokesman Zabihullah Mujahid called the warrants “nonsense” and said the group did not recognize "
      "any such court.")
I5 = "“We have never seen this court act against the crimes of the West,” he wrote on X."
I6 = ("Richard Bennett, the U.N. special rapporteur on Afghanistan, welcomed the decision and urged governments to "
      "arrest the two men if they travel abroad.")
I7 = ("Prosecutor Karim Khan requested the warrants in January but has been on leave since May during a U.N. "
      "inquiry into alleged misconduct.")
I8 = ("On Monday, the U.N. General Assembly adopted a resolution urging the Taliban to reverse their restrictions "
      "on women, with 116 countries in favor.")
I9 = "The Taliban rejected the call on Tuesday, saying their rules follow Islamic law."
I10 = "Germany’s Foreign Office said Berlin would keep supporting the court’s work."
I11 = "Outside the court, a group of exiled Afghan women rallied with banners reading “Justice is coming.”"

EN01 = {
    "id": "hm194-en-01", "lang": "en", "url": None, "published": "2025-07-08",
    "title": "ICC issues arrest warrants for Taliban supreme leader and chief justice",
    "text": paragraphs([I1, I2, I3], [I4, I5, I6, I7], [I8, I9, I10, I11]),
    "events": [
        event("ACCUSE", ICC, AKHUNDZADA, I1, mode="allege", date="2025-07-08"),
        event("ACCUSE", ICC, HAQQANI, I1, mode="allege", date="2025-07-08"),
        event("ACCUSE", ICC, AKHUNDZADA, I2, mode="allege"),
        event("ACCUSE", ICC, HAQQANI, I2, mode="allege"),
        event("ACCUSE", MUJAHID, ICC, I4, mode="disapprove"),
        event("ACCUSE", MUJAHID, ICC, I5, mode="disapprove"),
        event("SUPPORT", BENNETT, ICC, I6),
        event("REQUEST", BENNETT, GOVERNMENTS, I6, mode="assist"),
        event("ACCUSE", KARIM_KHAN, AKHUNDZADA, I7, mode="allege"),
        event("ACCUSE", KARIM_KHAN, HAQQANI, I7, mode="allege"),
        event("ACCUSE", UN, KARIM_KHAN, I7, mode="investigate"),
        event("REQUEST", UNGA, TALIBAN, I8, mode="change", date="2025-07-07"),
        event("REJECT", TALIBAN, UNGA, I9, mode="change", date="2025-07-08"),
        event("SUPPORT", GER_FFO, ICC, I10),
        event("PROTEST", AFG_WOMEN, TALIBAN, I11, mode="demo", location="The Hague", location_country="NLD"),
    ],
    "quotes": [
        quote("there were reasonable grounds to believe the two men had persecuted women and girls on gender grounds",
              "International Criminal Court", "indirect"),
        quote("nonsense", "Zabihullah Mujahid", "direct"),
        quote("the group did not recognize any such court", "Zabihullah Mujahid", "indirect"),
        quote("We have never seen this court act against the crimes of the West", "Zabihullah Mujahid", "direct"),
        quote("to arrest the two men if they travel abroad", "Richard Bennett", "indirect"),
        quote("to reverse their restrictions on women", "UN General Assembly", "indirect"),
        quote("their rules follow Islamic law", "Taliban", "indirect"),
        quote("Berlin would keep supporting the court’s work", "Federal Foreign Office", "indirect"),
        quote("Justice is coming", "Exiled Afghan women", "direct"),
    ],
    "entities": [
        entity("The Hague", "LOC", "NLD", ["THE HAGUE"]),
        entity("Netherlands", "GPE", "NLD", ["Netherlands"]),
        entity("International Criminal Court", "ORG", "IGO",
               ["The International Criminal Court", "Judges", "this court", "any such court", "the court’s",
                "the court"]),
        entity("Taliban", "ORG", "AFG", ["Taliban", "the group", "the Taliban", "The Taliban"]),
        entity("Hibatullah Akhundzada", "PER", "AFG", ["Taliban supreme leader Hibatullah Akhundzada"]),
        entity("Abdul Hakim Haqqani", "PER", "AFG", ["chief justice Abdul Hakim Haqqani"]),
        entity("Afghanistan", "GPE", "AFG", ["Afghanistan"]),
        entity("Zabihullah Mujahid", "PER", "AFG", ["Taliban spokesman Zabihullah Mujahid", "he"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("Richard Bennett", "PER", "UNO",
               ["Richard Bennett, the U.N. special rapporteur on Afghanistan"]),
        entity("Karim Khan", "PER", "IGO", ["Prosecutor Karim Khan"]),
        entity("United Nations", "ORG", "UNO", ["U.N."]),
        entity("UN General Assembly", "ORG", "UNO", ["the U.N. General Assembly"]),
        entity("Federal Foreign Office", "ORG", "DEU", ["Germany’s Foreign Office"]),
        entity("Germany", "GPE", "DEU", ["Germany’s", "Berlin"]),
        entity("Exiled Afghan women", "ORG", "AFG", ["a group of exiled Afghan women"]),
    ],
}

# ---------------------------------------------------------------- hm194-en-02 (ASEAN summit in Vientiane)
ASEAN = actor("ASEAN", "IGO", "IGO")
JUNTA = actor("Myanmar military junta", "MMR", "MIL")
MM_MOFA = actor("Ministry of Foreign Affairs of Myanmar", "MMR", "GOV")
LI_QIANG = actor("Li Qiang", "CHN", "GOV")
USA = actor("United States", "USA", "GOV")
BLINKEN = actor("Antony Blinken", "USA", "GOV")
LAVROV = actor("Sergey Lavrov", "RUS", "GOV")
NUG = actor("National Unity Government", "MMR", "OPP")

V1 = ("VIENTIANE, Laos (AP) — Southeast Asian leaders on Friday called on Myanmar’s military government to end "
      "attacks on civilians as their annual summit closed with little progress on the country’s civil war.")
V2 = ("Myanmar sent a senior foreign ministry official to the summit in the Laotian capital, its first "
      "representative at the meeting in three years.")
V3 = "Thai Prime Minister Paetongtarn Shinawatra offered to host informal talks with the generals in Bangkok in December."
V4 = ("At a meeting with Chinese Premier Li Qiang on Thursday, Philippine President Ferdinand Marcos Jr. said his "
      "country continued to face “harassment and intimidation” in the South China Sea.")
V5 = "Li urged countries from outside the region not to interfere, a veiled reference to the United States."
V6 = "Beijing denies that its coast guard acts aggressively."
V7 = ("U.S. Secretary of State Antony Blinken told the East Asia Summit that Washington was deeply concerned about "
      "China’s “dangerous and unlawful” actions and pledged to stand by Manila.")
V8 = "Russian Foreign Minister Sergey Lavrov, who also attended, accused Washington of militarizing the region."
V9 = "The leaders also agreed with Beijing to work toward concluding a code of conduct for the disputed waters by 2026."
V10 = "Myanmar’s shadow National Unity Government criticized the bloc for letting the junta’s envoy attend."
V11 = "The summit statement did not condemn the military’s airstrikes by name."
V12 = "Malaysia takes over the bloc’s rotating chairmanship in January."

EN02 = {
    "id": "hm194-en-02", "lang": "en", "url": None, "published": "2024-10-11",
    "title": "ASEAN leaders urge Myanmar junta to halt attacks as summit ends",
    "text": paragraphs([V1, V2, V3], [V4, V5, V6, V7, V8], [V9, V10, V11, V12]),
    "events": [
        event("REQUEST", ASEAN, JUNTA, V1, mode="yield", date="2024-10-11", location="Vientiane",
              location_country="LAO"),
        event("CONSULT", MM_MOFA, ASEAN, V2, mode="multilateral", location="Vientiane", location_country="LAO"),
        event("AGREE", PAETONGTARN, JUNTA, V3),
        event("CONSULT", MARCOS, LI_QIANG, V4, mode="multilateral", date="2024-10-10", location="Vientiane",
              location_country="LAO"),
        event("ACCUSE", MARCOS, CHINA, V4, mode="allege", date="2024-10-10"),
        event("REQUEST", LI_QIANG, USA, V5, mode="change"),
        event("ACCUSE", BLINKEN, CHINA, V7, mode="disapprove"),
        event("AGREE", BLINKEN, PHL, V7),
        event("ACCUSE", LAVROV, USA, V8, mode="allege"),
        event("AGREE", ASEAN, CHINA, V9),
        event("ACCUSE", NUG, ASEAN, V10, mode="disapprove"),
        event("ACCUSE", ASEAN, JUNTA, V11, mode="disapprove", negated=True),
    ],
    "quotes": [
        quote("to end attacks on civilians", "ASEAN", "indirect"),
        quote("his country continued to face “harassment and intimidation” in the South China Sea",
              "Ferdinand Marcos Jr.", "indirect"),
        quote("harassment and intimidation", "Ferdinand Marcos Jr.", "direct"),
        quote("not to interfere", "Li Qiang", "indirect"),
        quote("its coast guard acts aggressively", "China", "indirect"),
        quote("Washington was deeply concerned about China’s “dangerous and unlawful” actions", "Antony Blinken",
              "indirect"),
        quote("dangerous and unlawful", "Antony Blinken", "direct"),
        quote("militarizing the region", "Sergey Lavrov", "indirect"),
    ],
    "entities": [
        entity("Vientiane", "LOC", "LAO", ["VIENTIANE", "the Laotian capital"]),
        entity("Laos", "GPE", "LAO", ["Laos"]),
        entity("ASEAN", "ORG", "IGO",
               ["Southeast Asian leaders", "their annual summit", "the summit", "The leaders", "the bloc",
                "The summit statement", "the bloc’s"]),
        entity("Myanmar military junta", "ORG", "MMR",
               ["Myanmar’s military government", "the generals", "the junta’s", "the military’s"]),
        entity("Myanmar", "GPE", "MMR", ["the country’s", "Myanmar", "Myanmar’s"]),
        entity("Ministry of Foreign Affairs of Myanmar", "ORG", "MMR", ["a senior foreign ministry official"]),
        entity("Paetongtarn Shinawatra", "PER", "THA", ["Thai Prime Minister Paetongtarn Shinawatra"]),
        entity("Bangkok", "LOC", "THA", ["Bangkok"]),
        entity("Li Qiang", "PER", "CHN", ["Chinese Premier Li Qiang", "Li"]),
        entity("Ferdinand Marcos Jr.", "PER", "PHL", ["Philippine President Ferdinand Marcos Jr."]),
        entity("Philippines", "GPE", "PHL", ["his country", "Manila"]),
        entity("South China Sea", "LOC", None, ["the South China Sea", "the disputed waters"]),
        entity("United States", "GPE", "USA", ["the United States", "Washington"]),
        entity("China", "GPE", "CHN", ["Beijing", "China’s"]),
        entity("China Coast Guard", "ORG", "CHN", ["its coast guard"]),
        entity("Antony Blinken", "PER", "USA", ["U.S. Secretary of State Antony Blinken"]),
        entity("East Asia Summit", "ORG", "IGO", ["the East Asia Summit"]),
        entity("Sergey Lavrov", "PER", "RUS", ["Russian Foreign Minister Sergey Lavrov"]),
        entity("National Unity Government", "ORG", "MMR", ["Myanmar’s shadow National Unity Government"]),
        entity("Malaysia", "GPE", "MYS", ["Malaysia"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
