"""Round 224: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm224-de-01: Muhammad Yunus sworn in as head of Bangladesh's interim government three days after Hasina's flight; received by the army chief and student leaders, attacks on Awami League offices and Hindus, Modi's and Washington's reactions, Joy's accusation, Khaleda Zia freed, BNP backs the interim government (2024-08-08).
- hm224-de-02: The Maldives cabinet decides to bar Israeli passport holders over the Gaza war; special envoy and UNRWA fundraiser, Israel tells its citizens to stay away, Hamas welcomes it, the MDP and the tourism industry object (2024-06-03).
- hm224-de-03: Taiwan's President Lai Ching-te labels China a "foreign hostile force" and announces 17 measures; the Taiwan Affairs Office's Chen Binhua attacks and threatens, the KMT and Eric Chu object, Chinese ships and aircraft around Taiwan, Washington's appeal (2025-03-14).
- hm224-de-04: A driver kills 35 people at the Zhuhai sports centre; the police arrest and investigate Fan, Xi orders severe punishment, videos deleted and flowers removed, U.S. embassy condolences (2024-11-12).
- hm224-en-01: West Papua rebels (TPNPB) free New Zealand pilot Phillip Mehrtens after 19 months; the 2023 seizure and threats, police talks with church leaders, Peters thanks Jakarta, Luxon calls him, Amnesty's appeal (2024-09-21).
- hm224-en-02: The ICC postpones Rodrigo Duterte's confirmation of charges hearing over his fitness; prosecutors object, victims' lawyer Conti and Sara Duterte react, Manila respects the process, supporters rally in Scheveningen (2025-09-08).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm224-de-01 (Bangladesh, Yunus sworn in)
YUNUS = actor("Muhammad Yunus", "BGD", "GOV")
WAKER = actor("Waker-uz-Zaman", "BGD", "MIL")
STUDENTS = actor("Students Against Discrimination", "BGD", "CVL")
BGD_PUBLIC = actor("people of Bangladesh", "BGD", "CVL")
MOBS = actor("Bangladeshi mobs", "BGD", "CVL")
AWAMI = actor("Awami League", "BGD", "PTY")
HINDUS = actor("Hindus in Bangladesh", "BGD", "CVL")
BGD_ARMY = actor("Bangladesh Army", "BGD", "MIL")
BGD_PROTESTERS = actor("Bangladeshi protesters", "BGD", "CVL")
MODI = actor("Narendra Modi", "IND", "GOV")
US_DOS = actor("United States Department of State", "USA", "GOV")
BGD_INTERIM = actor("Interim Government of Bangladesh", "BGD", "GOV")
JOY = actor("Sajeeb Wazed Joy", "BGD", "PTY")
SHAHABUDDIN = actor("Mohammed Shahabuddin", "BGD", "GOV")
KHALEDA = actor("Khaleda Zia", "BGD", "OPP")
BNP = actor("Bangladesh Nationalist Party", "BGD", "OPP")

G1 = ("Dhaka (dpa) - Drei Tage nach der Flucht von Regierungschefin Sheikh Hasina ist Friedensnobelpreisträger "
      "Muhammad Yunus in Bangladesch als Chef einer Übergangsregierung vereidigt worden.")
G2 = "Präsident Mohammed Shahabuddin nahm dem 84-Jährigen am Donnerstagabend im Präsidentenpalast den Amtseid ab."
G3 = ("Yunus war am Nachmittag aus Paris zurückgekehrt und am Flughafen von Armeechef Waker-uz-Zaman und Anführern "
      "der Studentenproteste empfangen worden.")
G4 = ("»Wenn Sie mir vertrauen, dann sorgen Sie dafür, dass niemand angegriffen wird«, sagte er unter Tränen vor "
      "Journalisten.")
G5 = "Dem Beraterstab gehören 16 Mitglieder an, darunter die Studentenführer Nahid Islam und Asif Mahmud."
G6 = ("Nach Hasinas Sturz am Montag hatten aufgebrachte Menschenmengen im ganzen Land Büros ihrer Partei Awami League "
      "und Häuser von Hindus angegriffen und angezündet.")
G7 = "Soldaten hatten am Montag nicht auf die Demonstranten geschossen, die zu Hasinas Residenz zogen."
G8 = "Viele Polizisten blieben seither aus Angst vor Racheakten ihren Wachen fern, in Dhaka patrouillieren Soldaten."
G9 = ("Der indische Regierungschef Narendra Modi gratulierte Yunus und forderte, die Sicherheit der Hindus und "
      "anderer Minderheiten zu gewährleisten.")
G10 = "Das US-Außenministerium begrüßte die Bildung der Übergangsregierung."
G11 = ("Hasinas Sohn Sajeeb Wazed Joy sagte, seine Mutter werde nach Bangladesch zurückkehren, sobald Wahlen angesetzt "
       "seien.")
G12 = "Er warf den Studentenführern vor, die Gewalt gegen Anhänger der Awami League zu dulden."
G13 = ("Die Vorsitzende der oppositionellen BNP, Khaleda Zia, war bereits am Dienstag auf Anordnung des Präsidenten "
       "aus dem Hausarrest entlassen worden.")
G14 = "Die BNP sagte der Übergangsregierung ihre Unterstützung zu, verlangte aber baldige Neuwahlen."
G15 = "Bei den Unruhen waren seit Mitte Juli mehr als 400 Menschen getötet worden."

DE01 = {
    "id": "hm224-de-01", "lang": "de", "url": None, "published": "2024-08-08",
    "title": "Yunus als Chef der Übergangsregierung in Bangladesch vereidigt",
    "text": paragraphs([G1, G2, G3, G4, G5], [G6, G7, G8], [G9, G10, G11, G12], [G13, G14, G15]),
    "events": [
        event("CONSULT", YUNUS, WAKER, G3, date="2024-08-08", location="Dhaka", location_country="BGD"),
        event("CONSULT", YUNUS, STUDENTS, G3, date="2024-08-08", location="Dhaka", location_country="BGD"),
        event("REQUEST", YUNUS, BGD_PUBLIC, G4),
        event("ASSAULT", MOBS, AWAMI, G6, mode="primitive"),
        event("ASSAULT", MOBS, HINDUS, G6, mode="primitive"),
        event("ASSAULT", BGD_ARMY, BGD_PROTESTERS, G7, mode="firearms", date="2024-08-05", location="Dhaka",
              location_country="BGD", negated=True),
        event("MOBILIZE", BGD_ARMY, None, G8, mode="troops", location="Dhaka", location_country="BGD"),
        event("SUPPORT", MODI, YUNUS, G9),
        event("REQUEST", MODI, YUNUS, G9, mode="change"),
        event("SUPPORT", US_DOS, BGD_INTERIM, G10),
        event("ACCUSE", JOY, STUDENTS, G12, mode="allege"),
        event("RETREAT", SHAHABUDDIN, KHALEDA, G13, mode="release", date="2024-08-06"),
        event("AGREE", BNP, BGD_INTERIM, G14),
        event("REQUEST", BNP, BGD_INTERIM, G14, mode="change"),
    ],
    "quotes": [
        quote("Wenn Sie mir vertrauen, dann sorgen Sie dafür, dass niemand angegriffen wird", "Muhammad Yunus",
              "direct"),
        quote("seine Mutter werde nach Bangladesch zurückkehren, sobald Wahlen angesetzt seien", "Sajeeb Wazed Joy",
              "indirect"),
    ],
    "entities": [
        entity("Dhaka", "LOC", "BGD", ["Dhaka"]),
        entity("Sheikh Hasina", "PER", "BGD", ["Regierungschefin Sheikh Hasina", "Hasinas"]),
        entity("Muhammad Yunus", "PER", "BGD", ["Friedensnobelpreisträger Muhammad Yunus", "Yunus", "dem 84-Jährigen"]),
        entity("Bangladesh", "LOC", "BGD", ["Bangladesch"]),
        entity("Mohammed Shahabuddin", "PER", "BGD", ["Präsident Mohammed Shahabuddin", "des Präsidenten"]),
        entity("Bangabhaban", "LOC", "BGD", ["Präsidentenpalast"]),
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Waker-uz-Zaman", "PER", "BGD", ["Armeechef Waker-uz-Zaman"]),
        entity("Students Against Discrimination", "ORG", "BGD",
               ["Anführern der Studentenproteste", "den Studentenführern"]),
        entity("Nahid Islam", "PER", "BGD", ["Nahid Islam"]),
        entity("Asif Mahmud", "PER", "BGD", ["Asif Mahmud"]),
        entity("Awami League", "ORG", "BGD", ["Awami League"]),
        entity("Hindus", "MISC", "BGD", ["Hindus"]),
        entity("Bangladesh Army", "ORG", "BGD", ["Soldaten"]),
        entity("Bangladesh Police", "ORG", "BGD", ["Viele Polizisten"]),
        entity("Narendra Modi", "PER", "IND", ["Der indische Regierungschef Narendra Modi"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Interim Government of Bangladesh", "ORG", "BGD", ["einer Übergangsregierung", "der Übergangsregierung"]),
        entity("Sajeeb Wazed Joy", "PER", "BGD", ["Hasinas Sohn Sajeeb Wazed Joy"]),
        entity("Khaleda Zia", "PER", "BGD", ["Die Vorsitzende der oppositionellen BNP, Khaleda Zia"]),
        entity("Bangladesh Nationalist Party", "ORG", "BGD", ["BNP"]),
    ],
}

# ---------------------------------------------------------------- hm224-de-02 (Maldives, ban on Israeli passports)
MALDIVES = actor("Maldives", "MDV", "GOV")
ISRAELIS = actor("Israeli citizens", "ISR", "CVL")
MDV_CABINET = actor("Cabinet of the Maldives", "MDV", "GOV")
MUIZZU = actor("Mohamed Muizzu", "MDV", "GOV")
PALESTINIANS = actor("Palestinians", "PSE", "CVL")
UNRWA = actor("UNRWA", "UNO", "IGO")
ISR_MFA = actor("Ministry of Foreign Affairs of Israel", "ISR", "GOV")
HAMAS = actor("Hamas", "PSE", "REB")
MDV_PROTESTERS = actor("Maldivian protesters", "MDV", "CVL")
MDP = actor("Maldivian Democratic Party", "MDV", "OPP")
MDV_TOURISM = actor("Maldivian tourism industry", "MDV", "BUS")

H1 = ("Malé (AFP) - Aus Protest gegen den Krieg im Gazastreifen wollen die Malediven Reisenden mit israelischem Pass "
      "künftig die Einreise verweigern.")
H2 = ("Das Kabinett habe beschlossen, die Einwanderungsgesetze entsprechend zu ändern, teilte das Präsidialamt am "
      "Sonntag mit.")
H3 = ("Präsident Mohamed Muizzu werde zudem einen Sondergesandten ernennen, der den Bedarf der Palästinenser "
      "ermitteln solle, hieß es.")
H4 = "Außerdem kündigte die Regierung eine landesweite Spendenaktion zugunsten des UN-Palästinenserhilfswerks UNRWA an."
H5 = ("Innenminister Ali Ihusaan sagte, das Parlament solle die Gesetzesänderung so schnell wie möglich "
      "verabschieden.")
H6 = ("Ein Sprecher des israelischen Außenministeriums empfahl Israelis daraufhin, auf Reisen auf die Malediven zu "
      "verzichten.")
H7 = "Im vergangenen Jahr hatten rund 11.000 Israelis die Inselrepublik besucht, knapp ein Prozent aller Urlauber."
H8 = "Die radikalislamische Hamas begrüßte die Entscheidung."
H9 = "In der Hauptstadt Malé hatten in den vergangenen Wochen Tausende Menschen für ein Einreiseverbot demonstriert."
H10 = ("Die größte Oppositionspartei MDP warf Muizzu vor, mit dem Thema von der schweren Wirtschaftskrise "
       "abzulenken.")
H11 = "Vertreter der Tourismusbranche warnten, das Verbot könne dem Ruf des Landes als Urlaubsparadies schaden."
H12 = "Bereits zwischen 1990 und 2010 hatte für Israelis ein Einreiseverbot gegolten."
H13 = "Muizzu hatte im Wahlkampf versprochen, sich stärker für die Palästinenser einzusetzen."

DE02 = {
    "id": "hm224-de-02", "lang": "de", "url": None, "published": "2024-06-03",
    "title": "Malediven wollen Israelis die Einreise verweigern",
    "text": paragraphs([H1, H2, H3, H4, H5], [H6, H7, H8], [H9, H10, H11], [H12, H13]),
    "events": [
        event("REJECT", MALDIVES, ISRAELIS, H1),
        event("REJECT", MDV_CABINET, ISRAELIS, H2, date="2024-06-02"),
        event("AGREE", MUIZZU, PALESTINIANS, H3),
        event("AGREE", MALDIVES, UNRWA, H4),
        event("REQUEST", ISR_MFA, ISRAELIS, H6),
        event("SUPPORT", HAMAS, MALDIVES, H8),
        event("PROTEST", MDV_PROTESTERS, MALDIVES, H9, mode="demo", location="Malé", location_country="MDV"),
        event("ACCUSE", MDP, MUIZZU, H10, mode="allege"),
        event("ACCUSE", MDV_TOURISM, MALDIVES, H11, mode="disapprove"),
        event("AGREE", MUIZZU, PALESTINIANS, H13),
    ],
    "quotes": [
        quote("Das Kabinett habe beschlossen, die Einwanderungsgesetze entsprechend zu ändern",
              "President's Office of the Maldives", "indirect"),
        quote("Präsident Mohamed Muizzu werde zudem einen Sondergesandten ernennen, der den Bedarf der Palästinenser "
              "ermitteln solle", "President's Office of the Maldives", "indirect"),
        quote("das Parlament solle die Gesetzesänderung so schnell wie möglich verabschieden", "Ali Ihusaan",
              "indirect"),
        quote("das Verbot könne dem Ruf des Landes als Urlaubsparadies schaden", "Maldivian tourism industry",
              "indirect"),
    ],
    "entities": [
        entity("Malé", "LOC", "MDV", ["Malé"]),
        entity("Gaza", "LOC", "PSE", ["Gazastreifen"]),
        entity("Maldives", "LOC", "MDV", ["die Malediven", "die Inselrepublik"]),
        entity("Cabinet of the Maldives", "ORG", "MDV", ["Das Kabinett"]),
        entity("President's Office of the Maldives", "ORG", "MDV", ["das Präsidialamt"]),
        entity("Mohamed Muizzu", "PER", "MDV", ["Präsident Mohamed Muizzu", "Muizzu"]),
        entity("Government of the Maldives", "ORG", "MDV", ["die Regierung"]),
        entity("UNRWA", "ORG", "UNO", ["UN-Palästinenserhilfswerks UNRWA"]),
        entity("Ali Ihusaan", "PER", "MDV", ["Innenminister Ali Ihusaan"]),
        entity("People's Majlis", "ORG", "MDV", ["das Parlament"]),
        entity("Ministry of Foreign Affairs of Israel", "ORG", "ISR", ["des israelischen Außenministeriums"]),
        entity("Hamas", "ORG", "PSE", ["Die radikalislamische Hamas"]),
        entity("Maldivian Democratic Party", "ORG", "MDV", ["Die größte Oppositionspartei MDP"]),
    ],
}

# ---------------------------------------------------------------- hm224-de-03 (Taiwan, "foreign hostile force")
LAI = actor("Lai Ching-te", "TWN", "GOV")
CHINA = actor("China", "CHN", "GOV")
TWN_PROSECUTORS = actor("Taiwanese prosecutors", "TWN", "JUD")
PRES_GUARDS = actor("soldiers of Taiwan's presidential guard", "TWN", "MIL")
CHEN = actor("Chen Binhua", "CHN", "GOV")
TAIWAN = actor("Taiwan", "TWN", "GOV")
KMT = actor("Kuomintang", "TWN", "OPP")
CHU = actor("Eric Chu", "TWN", "OPP")
PLA = actor("People's Liberation Army", "CHN", "MIL")
US_DOS2 = actor("United States Department of State", "USA", "GOV")

I1 = "Taipeh (dpa) - Taiwans Präsident Lai Ching-te hat China erstmals als »ausländische feindliche Kraft« eingestuft."
I2 = ("Peking versuche, Taiwan mit Spionage, Desinformation und Unterwanderung von innen zu zersetzen, sagte Lai am "
      "Donnerstag nach einer Sitzung des Nationalen Sicherheitsrats.")
I3 = "Er kündigte 17 Maßnahmen an, darunter die Wiedereinführung von Militärgerichten für Soldaten im aktiven Dienst."
I4 = ("Im vergangenen Jahr waren mehrere Soldaten der Präsidentengarde unter dem Verdacht der Spionage für China "
      "festgenommen worden.")
I5 = "Sprecher Chen Binhua vom Taiwan-Büro des chinesischen Staatsrats nannte Lai einen »Zerstörer des Friedens«."
I6 = "Wer die Unabhängigkeit Taiwans anstrebe, werde »einen hohen Preis zahlen«, warnte er."
I7 = "Die oppositionelle Kuomintang (KMT) warf Lai vor, Millionen Taiwaner unter Generalverdacht zu stellen."
I8 = "Parteichef Eric Chu sagte, die Pläne erinnerten an die Zeit des Kriegsrechts."
I9 = "Der für die Beziehungen zu China zuständige Festlandrat wies die Kritik zurück."
I10 = "Die Maßnahmen richteten sich nicht gegen normale Austausche, sondern gegen Infiltration, erklärte ein Sprecher."
I11 = "Peking betrachtet Taiwan als abtrünnige Provinz, die notfalls mit Gewalt mit dem Festland vereinigt werden soll."
I12 = ("Am Freitag meldete das Verteidigungsministerium in Taipeh zehn chinesische Militärflugzeuge und sechs "
       "Kriegsschiffe rund um die Insel.")
I13 = "Das US-Außenministerium rief Peking auf, den militärischen Druck auf Taiwan zu beenden."

DE03 = {
    "id": "hm224-de-03", "lang": "de", "url": None, "published": "2025-03-14",
    "title": "Taiwans Präsident stuft China als »feindliche Kraft« ein",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6], [I7, I8, I9, I10], [I11, I12, I13]),
    "events": [
        event("ACCUSE", LAI, CHINA, I1, mode="disapprove"),
        event("ACCUSE", LAI, CHINA, I2, mode="allege", date="2025-03-13"),
        event("COERCE", TWN_PROSECUTORS, PRES_GUARDS, I4, mode="arrest"),
        event("ACCUSE", CHEN, LAI, I5, mode="disapprove"),
        event("THREATEN", CHEN, TAIWAN, I6),
        event("ACCUSE", KMT, LAI, I7, mode="disapprove"),
        event("ACCUSE", CHU, LAI, I8, mode="disapprove"),
        event("MOBILIZE", PLA, TAIWAN, I12, mode="weapons", date="2025-03-14"),
        event("REQUEST", US_DOS2, CHINA, I13, mode="change"),
    ],
    "quotes": [
        quote("ausländische feindliche Kraft", "Lai Ching-te", "direct"),
        quote("Peking versuche, Taiwan mit Spionage, Desinformation und Unterwanderung von innen zu zersetzen",
              "Lai Ching-te", "indirect"),
        quote("Zerstörer des Friedens", "Chen Binhua", "direct"),
        quote("einen hohen Preis zahlen", "Chen Binhua", "direct"),
        quote("Wer die Unabhängigkeit Taiwans anstrebe, werde »einen hohen Preis zahlen«", "Chen Binhua", "indirect"),
        quote("die Pläne erinnerten an die Zeit des Kriegsrechts", "Eric Chu", "indirect"),
        quote("Die Maßnahmen richteten sich nicht gegen normale Austausche, sondern gegen Infiltration",
              "Mainland Affairs Council spokesperson", "indirect"),
    ],
    "entities": [
        entity("Taipei", "LOC", "TWN", ["Taipeh"]),
        entity("Taiwan", "LOC", "TWN", ["Taiwan", "Taiwans", "die Insel"]),
        entity("Lai Ching-te", "PER", "TWN", ["Taiwans Präsident Lai Ching-te", "Lai"]),
        entity("China", "LOC", "CHN", ["China", "Peking"]),
        entity("National Security Council of Taiwan", "ORG", "TWN", ["des Nationalen Sicherheitsrats"]),
        entity("Presidential guard of Taiwan", "ORG", "TWN", ["Soldaten der Präsidentengarde"]),
        entity("Chen Binhua", "PER", "CHN", ["Sprecher Chen Binhua"]),
        entity("Taiwan Affairs Office", "ORG", "CHN", ["Taiwan-Büro des chinesischen Staatsrats"]),
        entity("Kuomintang", "ORG", "TWN", ["Die oppositionelle Kuomintang", "KMT"]),
        entity("Eric Chu", "PER", "TWN", ["Parteichef Eric Chu"]),
        entity("Mainland Affairs Council", "ORG", "TWN", ["Der für die Beziehungen zu China zuständige Festlandrat"]),
        entity("Ministry of National Defense of Taiwan", "ORG", "TWN", ["das Verteidigungsministerium in Taipeh"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
    ],
}

# ---------------------------------------------------------------- hm224-de-04 (Zhuhai car attack)
FAN = actor("Fan Weiqiu", "CHN", "CVL")
ZH_VICTIMS = actor("people exercising at the Zhuhai sports centre", "CHN", "CVL")
ZH_POLICE = actor("Zhuhai police", "CHN", "COP")
XI = actor("Xi Jinping", "CHN", "GOV")
ZH_AUTH = actor("Zhuhai authorities", "CHN", "GOV")
CHN_LOCAL = actor("Chinese local authorities", "CHN", "GOV")
CHN_CENSORS = actor("Chinese censors", "CHN", "GOV")
CHN_SECURITY = actor("Chinese security forces in Zhuhai", "CHN", "COP")
ZH_RESIDENTS = actor("Zhuhai residents", "CHN", "CVL")
US_EMB = actor("Embassy of the United States in Beijing", "USA", "GOV")
ZH_FAMILIES = actor("families of the Zhuhai victims", "CHN", "CVL")

K1 = ("Peking (AFP) - Bei einer der schwersten Gewalttaten in China seit Jahren hat ein Autofahrer in der "
      "südchinesischen Stadt Zhuhai 35 Menschen getötet.")
K2 = ("Der 62-Jährige war am Montagabend mit einem Geländewagen in eine Gruppe von Menschen gerast, die auf dem "
      "Gelände eines Sportzentrums trainierten.")
K3 = "43 weitere wurden verletzt, wie die Polizei erst knapp 24 Stunden später mitteilte."
K4 = "Die Beamten nahmen den Mann mit dem Familiennamen Fan noch am Tatort fest."
K5 = "Er habe sich mit einem Messer selbst verletzt und liege im Koma, hieß es."
K6 = ("Die Polizei leitete Ermittlungen ein, als Motiv nannte sie Unzufriedenheit mit der Aufteilung des Vermögens "
      "nach seiner Scheidung.")
K7 = ("Staats- und Parteichef Xi Jinping ordnete an, den Täter »streng zu bestrafen« und alles zu tun, um die "
      "Verletzten zu retten.")
K8 = "Die Behörden im ganzen Land müssten Konflikte früher erkennen und »extreme Fälle« verhindern, forderte Xi."
K9 = "Videos, die Verletzte auf dem Boden zeigten, wurden in chinesischen sozialen Netzwerken rasch gelöscht."
K10 = ("Vor dem Sportzentrum legten Anwohner am Dienstag Blumen nieder, Sicherheitskräfte räumten sie später weg und "
       "sperrten den Zugang ab.")
K11 = "Nur wenige Kilometer entfernt wurde am selben Tag die größte Luftfahrtmesse des Landes eröffnet."
K12 = "Die japanische Botschaft teilte mit, nach bisherigen Erkenntnissen seien keine Japaner unter den Opfern."
K13 = "Die US-Botschaft in Peking sprach den Familien der Opfer ihr Beileid aus."
K14 = "In China hatte es zuletzt mehrere Messerangriffe auf Passanten gegeben, darunter auf Ausländer."

DE04 = {
    "id": "hm224-de-04", "lang": "de", "url": None, "published": "2024-11-12",
    "title": "Autofahrer tötet 35 Menschen in Zhuhai",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6], [K7, K8], [K9, K10, K11], [K12, K13, K14]),
    "events": [
        event("ASSAULT", FAN, ZH_VICTIMS, K1, location="Zhuhai", location_country="CHN"),
        event("ASSAULT", FAN, ZH_VICTIMS, K2, date="2024-11-11", location="Zhuhai", location_country="CHN"),
        event("COERCE", ZH_POLICE, FAN, K4, mode="arrest", date="2024-11-11", location="Zhuhai",
              location_country="CHN"),
        event("ACCUSE", ZH_POLICE, FAN, K6, mode="investigate"),
        event("REQUEST", XI, ZH_AUTH, K7),
        event("REQUEST", XI, CHN_LOCAL, K8, mode="change"),
        event("COERCE", CHN_CENSORS, None, K9, mode="censor"),
        event("COERCE", CHN_SECURITY, ZH_RESIDENTS, K10, mode="restrict", date="2024-11-12", location="Zhuhai",
              location_country="CHN"),
        event("SUPPORT", US_EMB, ZH_FAMILIES, K13),
    ],
    "quotes": [
        quote("43 weitere wurden verletzt", "Zhuhai police", "indirect"),
        quote("Er habe sich mit einem Messer selbst verletzt und liege im Koma", "Zhuhai police", "indirect"),
        quote("streng zu bestrafen", "Xi Jinping", "direct"),
        quote("extreme Fälle", "Xi Jinping", "direct"),
        quote("Die Behörden im ganzen Land müssten Konflikte früher erkennen und »extreme Fälle« verhindern",
              "Xi Jinping", "indirect"),
        quote("nach bisherigen Erkenntnissen seien keine Japaner unter den Opfern", "Embassy of Japan in China",
              "indirect"),
    ],
    "entities": [
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Zhuhai", "LOC", "CHN", ["Zhuhai"]),
        entity("Fan Weiqiu", "PER", "CHN", ["ein Autofahrer", "Der 62-Jährige", "den Mann mit dem Familiennamen Fan"]),
        entity("Zhuhai Sports Center", "LOC", "CHN", ["eines Sportzentrums", "dem Sportzentrum"]),
        entity("Zhuhai police", "ORG", "CHN", ["die Polizei", "Die Polizei", "Die Beamten"]),
        entity("Xi Jinping", "PER", "CHN", ["Staats- und Parteichef Xi Jinping", "Xi"]),
        entity("Airshow China", "MISC", "CHN", ["die größte Luftfahrtmesse des Landes"]),
        entity("Embassy of Japan in China", "ORG", "JPN", ["Die japanische Botschaft"]),
        entity("Embassy of the United States in Beijing", "ORG", "USA", ["Die US-Botschaft in Peking"]),
    ],
}

# ---------------------------------------------------------------- hm224-en-01 (Papua, Mehrtens freed)
TPNPB = actor("West Papua National Liberation Army", "IDN", "REB")
MEHRTENS = actor("Phillip Mehrtens", "NZL", "CVL")
SUSI_AIR = actor("Susi Air", "IDN", "BUS")
INDONESIA = actor("Indonesia", "IDN", "GOV")
IDN_POLICE = actor("Indonesian National Police", "IDN", "COP")
NDUGA_LEADERS = actor("church and community leaders in Nduga", "IDN", "CVL")
PETERS = actor("Winston Peters", "NZL", "GOV")
LUXON = actor("Christopher Luxon", "NZL", "GOV")
IDN_MIL = actor("Indonesian National Armed Forces", "IDN", "MIL")
AMNESTY_IDN = actor("Amnesty International Indonesia", "NGO", "NGO")

L1 = ("JAKARTA, Sept 21 (Reuters) - Separatist rebels in Indonesia's Papua region have freed New Zealand pilot "
      "Phillip Mehrtens after holding him captive for more than 19 months, Indonesian police said on Saturday.")
L2 = ("A police spokesman said Mehrtens had been handed over to a joint police and military team in the remote Nduga "
      "district and was in good health.")
L3 = "He was later flown to the mining town of Timika."
L4 = ("Fighters of the West Papua National Liberation Army (TPNPB) seized the Susi Air pilot in February last year "
      "after he landed a small commercial plane at an airstrip in Paro, and set the aircraft on fire.")
L5 = ("The rebels, led by commander Egianus Kogoya, had demanded that Jakarta open talks on independence for Papua in "
      "exchange for his release.")
L6 = "In a video released last year, they threatened to shoot him if their demands were not met."
L7 = "TPNPB spokesman Sebby Sambom said the group had decided to free the pilot for humanitarian reasons."
L8 = ("Faizal Ramadhani, who heads the police's Cartenz Peace task force, said officers had negotiated for months with "
      "church and community leaders in Nduga to secure the pilot's release.")
L9 = ("\"We are relieved and delighted,\" New Zealand Foreign Minister Winston Peters said, thanking the Indonesian "
      "government for its efforts.")
L10 = ("Prime Minister Christopher Luxon spoke to Mehrtens by phone and said the pilot was looking forward to being "
       "reunited with his family.")
L11 = ("At least six Indonesian soldiers were killed in April last year when rebels attacked troops searching for "
       "the pilot.")
L12 = ("Papua, a former Dutch colony, was incorporated into Indonesia after a UN-backed vote in 1969 that critics say "
       "was a sham.")
L13 = "Amnesty International's Indonesia office urged the government to investigate abuses by security forces in Papua."

EN01 = {
    "id": "hm224-en-01", "lang": "en", "url": None, "published": "2024-09-21",
    "title": "Papua rebels free New Zealand pilot after 19 months",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6, L7], [L8, L9, L10], [L11, L12, L13]),
    "events": [
        event("RETREAT", TPNPB, MEHRTENS, L1, mode="release", date="2024-09-21"),
        event("RETREAT", TPNPB, MEHRTENS, L2, mode="release", location="Nduga", location_country="IDN"),
        event("ASSAULT", TPNPB, MEHRTENS, L4, mode="abduct", location="Paro", location_country="IDN"),
        event("ASSAULT", TPNPB, SUSI_AIR, L4, mode="primitive", location="Paro", location_country="IDN"),
        event("REQUEST", TPNPB, INDONESIA, L5, mode="meet"),
        event("THREATEN", TPNPB, MEHRTENS, L6, mode="violence"),
        event("RETREAT", TPNPB, MEHRTENS, L7, mode="release"),
        event("CONSULT", IDN_POLICE, NDUGA_LEADERS, L8),
        event("SUPPORT", PETERS, INDONESIA, L9),
        event("CONSULT", LUXON, MEHRTENS, L10, mode="phone"),
        event("ASSAULT", TPNPB, IDN_MIL, L11),
        event("REQUEST", AMNESTY_IDN, INDONESIA, L13, mode="change"),
    ],
    "quotes": [
        quote("Separatist rebels in Indonesia's Papua region have freed New Zealand pilot Phillip Mehrtens after "
              "holding him captive for more than 19 months", "Indonesian National Police", "indirect"),
        quote("Mehrtens had been handed over to a joint police and military team in the remote Nduga district and was "
              "in good health", "Indonesian police spokesman", "indirect"),
        quote("Jakarta open talks on independence for Papua in exchange for his release",
              "West Papua National Liberation Army", "indirect"),
        quote("the group had decided to free the pilot for humanitarian reasons", "Sebby Sambom", "indirect"),
        quote("officers had negotiated for months with church and community leaders in Nduga to secure the pilot's "
              "release", "Faizal Ramadhani", "indirect"),
        quote("We are relieved and delighted", "Winston Peters", "direct"),
        quote("the pilot was looking forward to being reunited with his family", "Christopher Luxon", "indirect"),
    ],
    "entities": [
        entity("Jakarta", "LOC", "IDN", ["JAKARTA", "Jakarta"]),
        entity("Indonesia", "LOC", "IDN", ["Indonesia"]),
        entity("Papua", "LOC", "IDN", ["Papua"]),
        entity("Phillip Mehrtens", "PER", "NZL", ["New Zealand pilot Phillip Mehrtens", "Mehrtens",
                                                 "the Susi Air pilot", "the pilot"]),
        entity("New Zealand", "LOC", "NZL", ["New Zealand"]),
        entity("Indonesian National Police", "ORG", "IDN", ["Indonesian police", "officers"]),
        entity("Nduga", "LOC", "IDN", ["the remote Nduga district", "Nduga"]),
        entity("Timika", "LOC", "IDN", ["Timika"]),
        entity("West Papua National Liberation Army", "ORG", "IDN",
               ["Separatist rebels", "the West Papua National Liberation Army", "TPNPB", "The rebels", "rebels"]),
        entity("Susi Air", "ORG", "IDN", ["Susi Air"]),
        entity("Paro", "LOC", "IDN", ["Paro"]),
        entity("Egianus Kogoya", "PER", "IDN", ["commander Egianus Kogoya"]),
        entity("Sebby Sambom", "PER", "IDN", ["TPNPB spokesman Sebby Sambom"]),
        entity("Faizal Ramadhani", "PER", "IDN", ["Faizal Ramadhani"]),
        entity("Cartenz Peace task force", "ORG", "IDN", ["Cartenz Peace task force"]),
        entity("Winston Peters", "PER", "NZL", ["New Zealand Foreign Minister Winston Peters"]),
        entity("Government of Indonesia", "ORG", "IDN", ["the Indonesian government", "the government"]),
        entity("Christopher Luxon", "PER", "NZL", ["Prime Minister Christopher Luxon"]),
        entity("Indonesian National Armed Forces", "ORG", "IDN", ["Indonesian soldiers", "troops"]),
        entity("United Nations", "ORG", "UNO", ["UN"]),
        entity("Amnesty International Indonesia", "ORG", "NGO", ["Amnesty International's Indonesia office"]),
    ],
}

# ---------------------------------------------------------------- hm224-en-02 (ICC, Duterte hearing postponed)
ICC_OTP = actor("ICC Office of the Prosecutor", "IGO", "JUD")
DEFENCE = actor("Rodrigo Duterte's defence team", "PHL", "CVL")
DUTERTE = actor("Rodrigo Duterte", "PHL", "GOV")
PNP = actor("Philippine National Police", "PHL", "COP")
ICC = actor("International Criminal Court", "IGO", "JUD")
CONTI = actor("Kristina Conti", "PHL", "CVL")
SARA = actor("Sara Duterte", "PHL", "GOV")
CASTRO = actor("Claire Castro", "PHL", "GOV")
SUPPORTERS = actor("Duterte supporters", "PHL", "CVL")
PHILIPPINES = actor("Philippines", "PHL", "GOV")

M1 = ("THE HAGUE, Sept 8 (AFP) - Judges at the International Criminal Court on Monday postponed a key hearing in the "
      "crimes against humanity case against former Philippine president Rodrigo Duterte to determine whether he is "
      "fit to take part in the proceedings.")
M2 = ("The confirmation of charges hearing, which had been set for Sept 23, was \"postponed until further notice\", "
      "Pre-Trial Chamber I said in its decision.")
M3 = ("Duterte's lawyer Nicholas Kaufman has argued that the 80-year-old suffers from cognitive impairments that "
      "leave him unable to follow the hearings or instruct his defence.")
M4 = "Prosecutors opposed the request and accused the defence of seeking to delay the case."
M5 = "The chamber has appointed a panel of independent medical experts to examine the former leader."
M6 = ("Duterte is accused of crimes against humanity over at least 76 murders allegedly committed during his "
      "anti-drug campaign, first as mayor of Davao and later as president.")
M7 = ("Philippine police arrested him in Manila in March on an ICC warrant and put him on a plane to The Hague the "
      "same day.")
M8 = "Rights groups estimate that thousands of people were killed by police and vigilantes during the campaign."
M9 = ("\"Justice delayed is justice denied,\" said Kristina Conti, a lawyer representing families of victims, who "
      "accused the defence of \"playing for time\".")
M10 = ("Vice President Sara Duterte, the former president's daughter, welcomed the decision and renewed her call for "
       "her father to be released on humanitarian grounds.")
M11 = ("Palace press officer Claire Castro said the government of President Ferdinand Marcos Jr. respected the "
       "court's process.")
M12 = ("Hundreds of Duterte supporters rallied outside the court's detention centre in Scheveningen, waving "
       "Philippine flags and demanding his release.")
M13 = ("The Philippines withdrew from the ICC in 2019 while Duterte was president, but judges have held that the court "
       "retains jurisdiction over crimes committed before the withdrawal took effect.")

EN02 = {
    "id": "hm224-en-02", "lang": "en", "url": None, "published": "2025-09-08",
    "title": "ICC postpones Duterte hearing to assess fitness for trial",
    "text": paragraphs([M1, M2, M3, M4, M5], [M6, M7, M8], [M9, M10, M11, M12], [M13]),
    "events": [
        event("REJECT", ICC_OTP, DEFENCE, M4, mode="change"),
        event("ACCUSE", ICC_OTP, DEFENCE, M4, mode="allege"),
        event("ACCUSE", ICC_OTP, DUTERTE, M6, mode="allege"),
        event("COERCE", PNP, DUTERTE, M7, mode="arrest", location="Manila", location_country="PHL"),
        event("COOPERATE", PNP, ICC, M7),
        event("ACCUSE", CONTI, DEFENCE, M9, mode="disapprove"),
        event("SUPPORT", SARA, ICC, M10),
        event("REQUEST", SARA, ICC, M10, mode="yield"),
        event("SUPPORT", CASTRO, ICC, M11),
        event("PROTEST", SUPPORTERS, ICC, M12, mode="demo", location="Scheveningen", location_country="NLD"),
        event("SANCTION", PHILIPPINES, ICC, M13, mode="withdraw"),
    ],
    "quotes": [
        quote("postponed until further notice", "ICC Pre-Trial Chamber I", "direct"),
        quote("the 80-year-old suffers from cognitive impairments that leave him unable to follow the hearings or "
              "instruct his defence", "Nicholas Kaufman", "indirect"),
        quote("thousands of people were killed by police and vigilantes during the campaign", "rights groups",
              "indirect"),
        quote("Justice delayed is justice denied", "Kristina Conti", "direct"),
        quote("playing for time", "Kristina Conti", "direct"),
        quote("the government of President Ferdinand Marcos Jr. respected the court's process", "Claire Castro",
              "indirect"),
        quote("the court retains jurisdiction over crimes committed before the withdrawal took effect",
              "International Criminal Court", "indirect"),
    ],
    "entities": [
        entity("The Hague", "LOC", "NLD", ["THE HAGUE", "The Hague"]),
        entity("International Criminal Court", "ORG", "IGO", ["the International Criminal Court", "ICC", "the court",
                                                               "the court's"]),
        entity("Rodrigo Duterte", "PER", "PHL", ["former Philippine president Rodrigo Duterte", "Duterte",
                                                "the 80-year-old", "the former leader"]),
        entity("ICC Pre-Trial Chamber I", "ORG", "IGO", ["Pre-Trial Chamber I", "The chamber"]),
        entity("Nicholas Kaufman", "PER", "GBR", ["Duterte's lawyer Nicholas Kaufman"]),
        entity("ICC Office of the Prosecutor", "ORG", "IGO", ["Prosecutors"]),
        entity("Davao", "LOC", "PHL", ["Davao"]),
        entity("Philippine National Police", "ORG", "PHL", ["Philippine police"]),
        entity("Manila", "LOC", "PHL", ["Manila"]),
        entity("Kristina Conti", "PER", "PHL", ["Kristina Conti"]),
        entity("Sara Duterte", "PER", "PHL", ["Vice President Sara Duterte"]),
        entity("Claire Castro", "PER", "PHL", ["Palace press officer Claire Castro"]),
        entity("Ferdinand Marcos Jr.", "PER", "PHL", ["President Ferdinand Marcos Jr."]),
        entity("Scheveningen", "LOC", "NLD", ["Scheveningen"]),
        entity("Philippines", "LOC", "PHL", ["The Philippines"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
