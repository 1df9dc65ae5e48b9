"""Round 355: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm355-de-01: Japan/China/Taiwan: the destroyer Sazanami becomes the first Japanese warship to sail through the Taiwan Strait, together with Australian and New Zealand ships; Hayashi declines details, Kishida's order after the August airspace accusation, Lin Jian objects and China protests, Taipei thanks Tokyo, China's ICBM test and Hayashi's complaint, the planned drill with the Philippines, the earlier German transit and Beijing's accusation (2024-09-26).
- hm355-de-02: Indonesia/China: Bakamla drives a China Coast Guard ship out of the waters off the Natuna Islands for the third time in a week after it disrupts a Pertamina survey; radio order and escort, the navy sends a frigate and a patrol plane, Sugiono promises to raise it with Beijing, Mao Ning speaks of a routine patrol and makes demands, Prabowo's planned China trip, MP TB Hasanuddin wants more patrols (2024-10-25).
- hm355-de-03: China/Taiwan: the Taiwan Affairs Office announces that Taiwan-based publisher Li Yanhe (Fucha) was sentenced to three years for inciting secession; his 2023 disappearance and the state security probe, Chen Binhua's accusations, the Mainland Affairs Council condemns, demands his release and warns against travel to China, PEN America and RSF object, Lai's "foreign hostile force" remark (2025-03-26).
- hm355-de-04: China/Philippines: Beijing sanctions former senator Francis Tolentino with an entry ban over the maritime zones law; the November summons of the Philippine ambassador, Tolentino accuses Beijing, Alexander Lopez condemns, Claire Castro backs him, Hontiveros wants the ambassador summoned, the DFA will raise it, the June water cannon incident and Manila's protest (2025-07-15).
- hm355-en-01: Gavi: Robert F. Kennedy Jr. says the US will stop funding the vaccine alliance and accuses it at the Brussels pledging summit; the Biden pledge, Nishtar's reply and offer of talks, pledges by the Gates Foundation, the European Commission, Britain and Germany, von der Leyen's appeal, Bill Gates criticises Washington, the WHO withdrawal (2025-06-25).
- hm355-en-02: Australia/China: the AFP arrests and charges a Chinese woman in Canberra with foreign interference for spying on the Buddhist group Guan Yin Citta for China's Ministry of Public Security; court remand, the ASIO tip-off, Nutt's warning, Burgess accuses Beijing, Guo Jiakun urges Canberra to stop the hype, the embassy's accusation, the group pledges cooperation, Albanese's July trip to Xi (2025-08-04).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm355-de-01 (Japan, Sazanami in the Taiwan Strait)
JMSDF = actor("Japan Maritime Self-Defense Force", "JPN", "MIL")
AUS_NAVY = actor("Royal Australian Navy", "AUS", "MIL")
NZL_NAVY = actor("Royal New Zealand Navy", "NZL", "MIL")
JPN_GOV = actor("Government of Japan", "JPN", "GOV")
PLA = actor("People's Liberation Army", "CHN", "MIL")
LIN_JIAN = actor("Lin Jian", "CHN", "GOV")
CHN_MFA = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")
TWN_MFA = actor("Ministry of Foreign Affairs of Taiwan", "TWN", "GOV")
PLARF = actor("People's Liberation Army Rocket Force", "CHN", "MIL")
HAYASHI = actor("Yoshimasa Hayashi", "JPN", "GOV")
CHN_GOV = actor("Government of China", "CHN", "GOV")
PHL_NAVY = actor("Philippine Navy", "PHL", "MIL")
DEU_NAVY = actor("German Navy", "DEU", "MIL")
DEU_GOV = actor("Government of Germany", "DEU", "GOV")

J1 = "Tokio (dpa) - Erstmals hat ein Kriegsschiff der japanischen Marine die Taiwanstraße durchquert."
J2 = ("Der Zerstörer „Sazanami“ sei am Mittwoch gemeinsam mit Kriegsschiffen aus Australien und Neuseeland von Norden "
      "nach Süden durch die Meerenge zwischen Taiwan und dem chinesischen Festland gefahren, berichtete die Zeitung "
      "„Yomiuri Shimbun“ unter Berufung auf Regierungskreise.")
J3 = ("Das australische Verteidigungsministerium bestätigte, dass der Zerstörer „Sydney“ die Meerenge im Einklang mit "
      "dem Völkerrecht passiert habe.")
J4 = "Die Regierung in Tokio bestätigte die Fahrt zunächst nicht."
J5 = ("Man äußere sich grundsätzlich nicht zu Einzelheiten der Einsätze der Selbstverteidigungskräfte, sagte "
      "Regierungssprecher Yoshimasa Hayashi.")
J6 = ("Nach Medienberichten hatte Ministerpräsident Fumio Kishida die Durchfahrt persönlich angeordnet, nachdem Tokio "
      "China Ende August die erstmalige Verletzung des japanischen Luftraums durch ein chinesisches Militärflugzeug "
      "vorgeworfen hatte.")
J7 = "China sei gegenüber den politischen Absichten Japans „höchst wachsam“, sagte Außenamtssprecher Lin Jian in Peking."
J8 = "Man habe bei der japanischen Seite Protest eingelegt, fügte er hinzu."
J9 = ("Peking betrachtet das demokratisch regierte Taiwan als abtrünnige Provinz und beansprucht weitreichende Rechte in "
      "der Meerenge, die die USA und ihre Verbündeten als internationales Gewässer ansehen.")
J10 = ("Taiwans Außenministerium begrüßte die Durchfahrt und dankte Japan für seinen Beitrag zu Frieden und Stabilität "
       "in der Region.")
J11 = ("Die Fahrt fiel auf denselben Tag, an dem China erstmals seit mehr als vier Jahrzehnten eine "
       "Interkontinentalrakete mit einem Übungssprengkopf in den Pazifik abgefeuert hatte.")
J12 = "Hayashi kritisierte, Japan sei vorab nicht über den Test informiert worden."
J13 = ("Die „Sazanami“ fährt nun weiter ins Südchinesische Meer, wo sie in der kommenden Woche an einem gemeinsamen "
       "Manöver mit der philippinischen Marine teilnehmen wird.")
J14 = ("Erst vor knapp zwei Wochen hatten die deutsche Fregatte „Baden-Württemberg“ und der Versorger „Frankfurt am "
       "Main“ als erste deutsche Marineschiffe seit 22 Jahren die Taiwanstraße passiert.")
J15 = "Peking hatte Berlin damals vorgeworfen, die Sicherheitsrisiken in der Region zu erhöhen."
J16 = ("Für Kishida ist die Durchfahrt eine der letzten großen Entscheidungen im Amt: Die Regierungspartei LDP wählt am "
       "Freitag einen neuen Vorsitzenden, der ihn auch als Regierungschef ablösen wird.")

DE01 = {
    "id": "hm355-de-01", "lang": "de", "url": None, "published": "2024-09-26",
    "title": "Japanisches Kriegsschiff durchquert erstmals die Taiwanstraße",
    "text": paragraphs([J1, J2, J3], [J4, J5, J6], [J7, J8, J9, J10], [J11, J12], [J13, J14, J15, J16]),
    "events": [
        event("MOBILIZE", JMSDF, None, J1, mode="weapons", location="Taiwan Strait"),
        event("COOPERATE", JMSDF, AUS_NAVY, J2, date="2024-09-25", location="Taiwan Strait"),
        event("COOPERATE", JMSDF, NZL_NAVY, J2, date="2024-09-25", location="Taiwan Strait"),
        event("MOBILIZE", AUS_NAVY, None, J3, mode="weapons", location="Taiwan Strait"),
        event("ACCUSE", JPN_GOV, PLA, J6, mode="allege"),
        event("ACCUSE", LIN_JIAN, JPN_GOV, J7, mode="disapprove", location="Beijing", location_country="CHN"),
        event("ACCUSE", CHN_MFA, JPN_GOV, J8, mode="disapprove"),
        event("SUPPORT", TWN_MFA, JPN_GOV, J10),
        event("MOBILIZE", PLARF, None, J11, mode="weapons", date="2024-09-25"),
        event("ACCUSE", HAYASHI, CHN_GOV, J12, mode="disapprove"),
        event("AGREE", JMSDF, PHL_NAVY, J13),
        event("MOBILIZE", DEU_NAVY, None, J14, mode="weapons", date="2024-09-13", location="Taiwan Strait"),
        event("ACCUSE", CHN_GOV, DEU_GOV, J15, mode="allege"),
    ],
    "quotes": [
        quote("Der Zerstörer „Sazanami“ sei am Mittwoch gemeinsam mit Kriegsschiffen aus Australien und Neuseeland von "
              "Norden nach Süden durch die Meerenge zwischen Taiwan und dem chinesischen Festland gefahren",
              "Yomiuri Shimbun", "indirect"),
        quote("dass der Zerstörer „Sydney“ die Meerenge im Einklang mit dem Völkerrecht passiert habe",
              "Australian Department of Defence", "indirect"),
        quote("Man äußere sich grundsätzlich nicht zu Einzelheiten der Einsätze der Selbstverteidigungskräfte",
              "Yoshimasa Hayashi", "indirect"),
        quote("Nach Medienberichten hatte Ministerpräsident Fumio Kishida die Durchfahrt persönlich angeordnet, nachdem "
              "Tokio China Ende August die erstmalige Verletzung des japanischen Luftraums durch ein chinesisches "
              "Militärflugzeug vorgeworfen hatte", "Japanese media", "indirect"),
        quote("höchst wachsam", "Lin Jian", "direct"),
        quote("China sei gegenüber den politischen Absichten Japans „höchst wachsam“", "Lin Jian", "indirect"),
        quote("Man habe bei der japanischen Seite Protest eingelegt", "Lin Jian", "indirect"),
        quote("Japan sei vorab nicht über den Test informiert worden", "Yoshimasa Hayashi", "indirect"),
        quote("die Sicherheitsrisiken in der Region zu erhöhen", "Government of China", "indirect"),
    ],
    "entities": [
        entity("Tokyo", "LOC", "JPN", ["Tokio"]),
        entity("Japan Maritime Self-Defense Force", "ORG", "JPN", ["der japanischen Marine",
                                                                   "der Selbstverteidigungskräfte"]),
        entity("Taiwan Strait", "LOC", None, ["die Taiwanstraße", "die Meerenge zwischen Taiwan und dem chinesischen "
                                                                   "Festland", "die Meerenge", "der Meerenge"]),
        entity("JS Sazanami", "ORG", "JPN", ["ein Kriegsschiff der japanischen Marine", "Der Zerstörer „Sazanami“",
                                             "Die „Sazanami“", "sie"]),
        entity("Australia", "LOC", "AUS", ["Australien"]),
        entity("New Zealand", "LOC", "NZL", ["Neuseeland"]),
        entity("Taiwan", "LOC", "TWN", ["Taiwan", "Taiwans"]),
        entity("China", "LOC", "CHN", ["dem chinesischen Festland", "China"]),
        entity("Yomiuri Shimbun", "ORG", "JPN", ["die Zeitung „Yomiuri Shimbun“"]),
        entity("Australian Department of Defence", "ORG", "AUS", ["Das australische Verteidigungsministerium"]),
        entity("HMAS Sydney", "ORG", "AUS", ["der Zerstörer „Sydney“"]),
        entity("Government of Japan", "ORG", "JPN", ["Die Regierung in Tokio", "der japanischen Seite"]),
        entity("Yoshimasa Hayashi", "PER", "JPN", ["Regierungssprecher Yoshimasa Hayashi", "Hayashi"]),
        entity("Fumio Kishida", "PER", "JPN", ["Ministerpräsident Fumio Kishida", "Kishida", "ihn"]),
        entity("Japan", "LOC", "JPN", ["Japans", "Japan", "des japanischen Luftraums"]),
        entity("Lin Jian", "PER", "CHN", ["Außenamtssprecher Lin Jian", "er"]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("United States", "LOC", "USA", ["die USA"]),
        entity("Ministry of Foreign Affairs of Taiwan", "ORG", "TWN", ["Taiwans Außenministerium"]),
        entity("Pacific Ocean", "LOC", None, ["den Pazifik"]),
        entity("South China Sea", "LOC", None, ["Südchinesische Meer"]),
        entity("Philippine Navy", "ORG", "PHL", ["der philippinischen Marine"]),
        entity("FGS Baden-Württemberg", "ORG", "DEU", ["die deutsche Fregatte „Baden-Württemberg“"]),
        entity("FGS Frankfurt am Main", "ORG", "DEU", ["der Versorger „Frankfurt am Main“"]),
        entity("Germany", "LOC", "DEU", ["Berlin"]),
        entity("Liberal Democratic Party (Japan)", "ORG", "JPN", ["Die Regierungspartei LDP"]),
    ],
}

# ---------------------------------------------------------------- hm355-de-02 (Indonesia, China Coast Guard off Natuna)
BAKAMLA = actor("Indonesian Maritime Security Agency", "IDN", "COP")
CCG = actor("China Coast Guard", "CHN", "COP")
IDN_NAVY = actor("Indonesian Navy", "IDN", "MIL")
SUGIONO = actor("Sugiono", "IDN", "GOV")
CHN_GOV_N = actor("Government of China", "CHN", "GOV")
MAO_NING = actor("Mao Ning", "CHN", "GOV")
IDN_GOV = actor("Government of Indonesia", "IDN", "GOV")
PRABOWO = actor("Prabowo Subianto", "IDN", "GOV")
HASANUDDIN = actor("TB Hasanuddin", "IDN", "LEG")

N1 = ("Jakarta (dpa) - Indonesiens Küstenwache hat nach eigenen Angaben binnen einer Woche zum dritten Mal ein Schiff der "
      "chinesischen Küstenwache aus den Gewässern vor den Natuna-Inseln vertrieben.")
N2 = ("Die „CCG 5402“ sei am Donnerstag erneut in die ausschließliche Wirtschaftszone Indonesiens eingedrungen und habe "
      "Vermessungsarbeiten im Auftrag des staatlichen Energiekonzerns Pertamina behindert, teilte die Behörde für "
      "maritime Sicherheit (Bakamla) mit.")
N3 = ("Die Besatzung des Patrouillenboots „KN Tanjung Datu“ habe das chinesische Schiff per Funk aufgefordert "
      "abzudrehen und es anschließend bis an den Rand der Wirtschaftszone eskortiert.")
N4 = ("Bereits am Montag und am Mittwoch war die „CCG 5402“ nach Behördenangaben aus dem Gebiet abgedrängt worden.")
N5 = "Auch die Marine schickte eine Fregatte und ein Seeaufklärungsflugzeug in das Gebiet."
N6 = ("Der erst seit Montag amtierende Außenminister Sugiono kündigte an, den Vorfall über diplomatische Kanäle mit "
      "Peking zu besprechen.")
N7 = "„Wir werden keinen Zentimeter unserer Hoheitsrechte preisgeben“, sagte er."
N8 = ("Die chinesische Küstenwache habe in Gewässern unter chinesischer Hoheit eine routinemäßige Patrouille "
      "durchgeführt, sagte dagegen Außenamtssprecherin Mao Ning in Peking.")
N9 = "Sie forderte Jakarta auf, die Rechte und Interessen Chinas zu respektieren."
N10 = ("China beansprucht mit der sogenannten Neun-Strich-Linie fast das gesamte Südchinesische Meer; die Linie "
       "überschneidet sich mit der Wirtschaftszone, die Indonesien nördlich der Natuna-Inseln beansprucht.")
N11 = ("Indonesien sieht sich selbst nicht als Partei der Territorialstreitigkeiten in dem Meer, gerät aber immer wieder "
       "mit Peking wegen Fischerei und Rohstoffen aneinander.")
N12 = ("Der Vorfall überschattet die ersten Amtstage von Präsident Prabowo Subianto, der am Sonntag vereidigt worden "
       "war.")
N13 = ("Der frühere Verteidigungsminister will im November zu seiner ersten Auslandsreise als Staatschef nach China "
       "aufbrechen.")
N14 = ("Der Abgeordnete TB Hasanuddin, Mitglied des Verteidigungsausschusses, forderte die Regierung auf, die Präsenz "
       "von Küstenwache und Marine vor den Natuna-Inseln dauerhaft zu verstärken.")
N15 = "Pertamina teilte mit, die seismischen Messungen seien trotz der Störungen fortgesetzt worden."

DE02 = {
    "id": "hm355-de-02", "lang": "de", "url": None, "published": "2024-10-25",
    "title": "Indonesien vertreibt chinesisches Küstenwachschiff vor Natuna-Inseln",
    "text": paragraphs([N1, N2, N3, N4, N5], [N6, N7], [N8, N9, N10, N11], [N12, N13, N14, N15]),
    "events": [
        event("COERCE", BAKAMLA, CCG, N1, mode="restrict", location="Natuna Islands", location_country="IDN"),
        event("ACCUSE", BAKAMLA, CCG, N2, mode="allege", date="2024-10-24"),
        event("REQUEST", BAKAMLA, CCG, N3),
        event("COERCE", BAKAMLA, CCG, N3, mode="restrict"),
        event("COERCE", BAKAMLA, CCG, N4, mode="restrict"),
        event("MOBILIZE", IDN_NAVY, None, N5, mode="weapons", location="Natuna Islands", location_country="IDN"),
        event("AGREE", SUGIONO, CHN_GOV_N, N6),
        event("MOBILIZE", CCG, None, N8, mode="police"),
        event("REQUEST", MAO_NING, IDN_GOV, N9, mode="change"),
        event("AGREE", PRABOWO, CHN_GOV_N, N13),
        event("REQUEST", HASANUDDIN, IDN_GOV, N14, mode="change"),
    ],
    "quotes": [
        quote("Indonesiens Küstenwache hat nach eigenen Angaben binnen einer Woche zum dritten Mal ein Schiff der "
              "chinesischen Küstenwache aus den Gewässern vor den Natuna-Inseln vertrieben",
              "Indonesian Maritime Security Agency", "indirect"),
        quote("Die „CCG 5402“ sei am Donnerstag erneut in die ausschließliche Wirtschaftszone Indonesiens eingedrungen "
              "und habe Vermessungsarbeiten im Auftrag des staatlichen Energiekonzerns Pertamina behindert",
              "Indonesian Maritime Security Agency", "indirect"),
        quote("Die Besatzung des Patrouillenboots „KN Tanjung Datu“ habe das chinesische Schiff per Funk aufgefordert "
              "abzudrehen und es anschließend bis an den Rand der Wirtschaftszone eskortiert",
              "Indonesian Maritime Security Agency", "indirect"),
        quote("Bereits am Montag und am Mittwoch war die „CCG 5402“ nach Behördenangaben aus dem Gebiet abgedrängt "
              "worden", "Indonesian Maritime Security Agency", "indirect"),
        quote("Wir werden keinen Zentimeter unserer Hoheitsrechte preisgeben", "Sugiono", "direct"),
        quote("Die chinesische Küstenwache habe in Gewässern unter chinesischer Hoheit eine routinemäßige Patrouille "
              "durchgeführt", "Mao Ning", "indirect"),
        quote("die seismischen Messungen seien trotz der Störungen fortgesetzt worden", "Pertamina", "indirect"),
    ],
    "entities": [
        entity("Jakarta", "LOC", "IDN", ["Jakarta"]),
        entity("Indonesian Maritime Security Agency", "ORG", "IDN", ["Indonesiens Küstenwache",
                                                                     "die Behörde für maritime Sicherheit (Bakamla)",
                                                                     "Küstenwache"]),
        entity("China Coast Guard", "ORG", "CHN", ["der chinesischen Küstenwache", "Die chinesische Küstenwache"]),
        entity("CCG 5402", "ORG", "CHN", ["ein Schiff der chinesischen Küstenwache", "Die „CCG 5402“",
                                          "das chinesische Schiff", "es", "die „CCG 5402“"]),
        entity("Natuna Islands", "LOC", "IDN", ["den Natuna-Inseln", "der Natuna-Inseln"]),
        entity("Indonesia", "LOC", "IDN", ["Indonesiens", "Indonesien"]),
        entity("Pertamina", "ORG", "IDN", ["des staatlichen Energiekonzerns Pertamina", "Pertamina"]),
        entity("KN Tanjung Datu", "ORG", "IDN", ["des Patrouillenboots „KN Tanjung Datu“"]),
        entity("Indonesian Navy", "ORG", "IDN", ["die Marine", "Marine"]),
        entity("Sugiono", "PER", "IDN", ["Der erst seit Montag amtierende Außenminister Sugiono", "er"]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Mao Ning", "PER", "CHN", ["Außenamtssprecherin Mao Ning", "Sie"]),
        entity("China", "LOC", "CHN", ["Chinas", "China"]),
        entity("South China Sea", "LOC", None, ["Südchinesische Meer", "dem Meer"]),
        entity("Prabowo Subianto", "PER", "IDN", ["Präsident Prabowo Subianto", "Der frühere Verteidigungsminister"]),
        entity("TB Hasanuddin", "PER", "IDN", ["Der Abgeordnete TB Hasanuddin"]),
        entity("Defence Committee of the House of Representatives of Indonesia", "ORG", "IDN",
               ["des Verteidigungsausschusses"]),
        entity("Government of Indonesia", "ORG", "IDN", ["die Regierung"]),
    ],
}

# ---------------------------------------------------------------- hm355-de-03 (China/Taiwan, publisher Li Yanhe jailed)
CHN_COURT = actor("Chinese court", "CHN", "JUD")
LI_YANHE = actor("Li Yanhe", "TWN", "CVL")
CHN_STATE_SECURITY = actor("Chinese state security authorities", "CHN", "COP")
CHEN_BINHUA = actor("Chen Binhua", "CHN", "GOV")
MAC = actor("Mainland Affairs Council", "TWN", "GOV")
CHN_GOV_L = actor("Government of China", "CHN", "GOV")
LIANG = actor("Liang Wen-chieh", "TWN", "GOV")
PEN_AMERICA = actor("PEN America", "USA", "NGO")
RSF = actor("Reporters Without Borders", "NGO", "NGO")
LAI = actor("Lai Ching-te", "TWN", "GOV")

L1 = ("Peking/Taipeh (dpa) - Ein chinesisches Gericht hat den in Taiwan lebenden Verleger Li Yanhe zu drei Jahren Haft "
      "verurteilt.")
L2 = ("Li sei wegen „Anstiftung zur Spaltung des Staates“ schuldig gesprochen worden, zudem würden ihm für ein Jahr die "
      "politischen Rechte aberkannt, sagte der Sprecher des Büros für Taiwan-Angelegenheiten, Chen Binhua, am Mittwoch "
      "in Peking.")
L3 = "Das Urteil sei bereits rechtskräftig, Li habe auf eine Berufung verzichtet."
L4 = ("Der in Nordostchina geborene Li, der unter dem Pseudonym Fucha schreibt und seit Jahren die taiwanische "
      "Staatsbürgerschaft besitzt, war Chefredakteur des Taipeher Verlags Gusa, der zahlreiche chinakritische Bücher "
      "herausgebracht hat.")
L5 = "Er war im März 2023 bei einem Besuch seiner Familie in Shanghai spurlos verschwunden."
L6 = "Erst Wochen später hatte das Taiwan-Büro bestätigt, dass die Staatssicherheit gegen ihn ermittle."
L7 = "Chen warf dem Verleger vor, sich über Jahre an „separatistischen Aktivitäten“ beteiligt zu haben."
L8 = ("Taiwans Festlandrat, der in Taipeh für die Beziehungen zur Volksrepublik zuständig ist, verurteilte den "
      "Schuldspruch scharf.")
L9 = ("Peking bestrafe einen Verleger allein für die Bücher, die er herausgegeben habe, und zeige damit erneut, dass es "
      "keine Meinungsfreiheit dulde, hieß es in einer Erklärung der Behörde.")
L10 = ("Der Rat forderte die chinesische Seite auf, Li unverzüglich freizulassen und ihm die Rückkehr zu seiner Familie "
       "nach Taiwan zu ermöglichen.")
L11 = "Vizechef Liang Wen-chieh riet Taiwanern zudem dringend von Reisen nach China ab."
L12 = "„Jeder, der dorthin reist, kann das nächste Opfer sein“, sagte er."
L13 = ("Die Schriftstellervereinigung PEN America, die sich seit Lis Verschwinden für ihn einsetzt, verlangte ebenfalls "
       "seine Freilassung.")
L14 = ("Reporter ohne Grenzen sprach von einem „Schauprozess“ und kritisierte, dass weder Ort noch Datum der "
       "Verhandlung bekannt gemacht worden seien.")
L15 = ("Die Beziehungen zwischen Peking und Taipeh sind seit dem Amtsantritt von Präsident Lai Ching-te im Mai "
       "vergangenen Jahres besonders angespannt.")
L16 = "Lai hatte China erst vor knapp zwei Wochen als „ausländische feindliche Kraft“ eingestuft."
L17 = ("Chen warf Lai am Mittwoch vor, die Menschen auf beiden Seiten der Meerenge gegeneinander aufzuhetzen.")

DE03 = {
    "id": "hm355-de-03", "lang": "de", "url": None, "published": "2025-03-26",
    "title": "Taiwanischer Verleger Li Yanhe in China zu drei Jahren Haft verurteilt",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6, L7], [L8, L9, L10, L11, L12], [L13, L14], [L15, L16, L17]),
    "events": [
        event("SANCTION", CHN_COURT, LI_YANHE, L1, mode="convict", location_country="CHN"),
        event("COERCE", CHN_COURT, LI_YANHE, L1, mode="arrest", location_country="CHN"),
        event("SANCTION", CHN_COURT, LI_YANHE, L2, mode="convict"),
        event("COERCE", CHN_COURT, LI_YANHE, L2, mode="restrict"),
        event("ACCUSE", CHN_STATE_SECURITY, LI_YANHE, L6, mode="investigate"),
        event("ACCUSE", CHEN_BINHUA, LI_YANHE, L7, mode="allege"),
        event("ACCUSE", MAC, CHN_GOV_L, L8, mode="disapprove"),
        event("ACCUSE", MAC, CHN_GOV_L, L9, mode="disapprove"),
        event("REQUEST", MAC, CHN_GOV_L, L10, mode="yield"),
        event("SANCTION", LIANG, CHN_GOV_L, L11),
        event("REQUEST", PEN_AMERICA, CHN_GOV_L, L13, mode="yield"),
        event("ACCUSE", RSF, CHN_GOV_L, L14, mode="disapprove"),
        event("ACCUSE", LAI, CHN_GOV_L, L16, mode="disapprove"),
        event("ACCUSE", CHEN_BINHUA, LAI, L17, mode="allege", date="2025-03-26"),
    ],
    "quotes": [
        quote("Anstiftung zur Spaltung des Staates", "Chen Binhua", "direct"),
        quote("Li sei wegen „Anstiftung zur Spaltung des Staates“ schuldig gesprochen worden, zudem würden ihm für ein "
              "Jahr die politischen Rechte aberkannt", "Chen Binhua", "indirect"),
        quote("Das Urteil sei bereits rechtskräftig, Li habe auf eine Berufung verzichtet", "Chen Binhua", "indirect"),
        quote("dass die Staatssicherheit gegen ihn ermittle", "Taiwan Affairs Office", "indirect"),
        quote("separatistischen Aktivitäten", "Chen Binhua", "direct"),
        quote("sich über Jahre an „separatistischen Aktivitäten“ beteiligt zu haben", "Chen Binhua", "indirect"),
        quote("Peking bestrafe einen Verleger allein für die Bücher, die er herausgegeben habe, und zeige damit erneut, "
              "dass es keine Meinungsfreiheit dulde", "Mainland Affairs Council", "indirect"),
        quote("Jeder, der dorthin reist, kann das nächste Opfer sein", "Liang Wen-chieh", "direct"),
        quote("Schauprozess", "Reporters Without Borders", "direct"),
        quote("dass weder Ort noch Datum der Verhandlung bekannt gemacht worden seien", "Reporters Without Borders",
              "indirect"),
        quote("ausländische feindliche Kraft", "Lai Ching-te", "direct"),
        quote("die Menschen auf beiden Seiten der Meerenge gegeneinander aufzuhetzen", "Chen Binhua", "indirect"),
    ],
    "entities": [
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Taipei", "LOC", "TWN", ["Taipeh"]),
        entity("Chinese court", "ORG", "CHN", ["Ein chinesisches Gericht"]),
        entity("Taiwan", "LOC", "TWN", ["Taiwan", "Taiwans"]),
        entity("Li Yanhe", "PER", "TWN", ["Verleger Li Yanhe", "Li", "Der in Nordostchina geborene Li", "Er",
                                          "ihn", "dem Verleger", "Lis", "ihm"]),
        entity("Taiwan Affairs Office", "ORG", "CHN", ["des Büros für Taiwan-Angelegenheiten", "das Taiwan-Büro"]),
        entity("Chen Binhua", "PER", "CHN", ["der Sprecher des Büros für Taiwan-Angelegenheiten, Chen Binhua", "Chen"]),
        entity("Northeast China", "LOC", "CHN", ["Nordostchina"]),
        entity("Gusa Publishing", "ORG", "TWN", ["des Taipeher Verlags Gusa"]),
        entity("Shanghai", "LOC", "CHN", ["Shanghai"]),
        entity("family of Li Yanhe", "PER", None, ["seiner Familie"]),
        entity("Chinese state security authorities", "ORG", "CHN", ["die Staatssicherheit"]),
        entity("Mainland Affairs Council", "ORG", "TWN", ["Taiwans Festlandrat", "der Behörde", "Der Rat"]),
        entity("China", "LOC", "CHN", ["zur Volksrepublik", "China"]),
        entity("Government of China", "ORG", "CHN", ["die chinesische Seite"]),
        entity("Liang Wen-chieh", "PER", "TWN", ["Vizechef Liang Wen-chieh", "er"]),
        entity("PEN America", "ORG", "USA", ["Die Schriftstellervereinigung PEN America"]),
        entity("Reporters Without Borders", "ORG", None, ["Reporter ohne Grenzen"]),
        entity("Lai Ching-te", "PER", "TWN", ["Präsident Lai Ching-te", "Lai"]),
        entity("Taiwan Strait", "LOC", None, ["der Meerenge"]),
    ],
}

# ---------------------------------------------------------------- hm355-de-04 (China sanctions Francis Tolentino)
CHN_GOV_P = actor("Government of China", "CHN", "GOV")
CHN_MFA_P = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")
TOLENTINO = actor("Francis Tolentino", "PHL", "CVL")
PHL_GOV = actor("Government of the Philippines", "PHL", "GOV")
LOPEZ = actor("Alexander Lopez", "PHL", "GOV")
CASTRO = actor("Claire Castro", "PHL", "GOV")
HONTIVEROS = actor("Risa Hontiveros", "PHL", "LEG")
PHL_DFA = actor("Department of Foreign Affairs of the Philippines", "PHL", "GOV")
CCG_P = actor("China Coast Guard", "CHN", "COP")
BFAR = actor("Bureau of Fisheries and Aquatic Resources", "PHL", "GOV")

P1 = ("Peking/Manila (dpa) - China hat Sanktionen gegen den früheren philippinischen Senator Francis Tolentino "
      "verhängt.")
P2 = ("Dem Politiker werde die Einreise auf das chinesische Festland sowie nach Hongkong und Macau untersagt, teilte das "
      "Außenministerium in Peking am Dienstag mit.")
P3 = ("Tolentino habe sich in Fragen, die China betreffen, „ungeheuerlich“ verhalten und den Interessen des Landes "
      "schweren Schaden zugefügt, hieß es zur Begründung.")
P4 = "Konkrete Vorwürfe nannte das Ministerium nicht."
P5 = ("Tolentino hatte als Vorsitzender eines Senatsausschusses das Gesetz über die maritimen Zonen der Philippinen "
      "vorangetrieben, das die Ansprüche des Landes im Südchinesischen Meer festschreibt.")
P6 = ("Als Präsident Ferdinand Marcos Jr. das Gesetz im November unterzeichnete, bestellte Peking den philippinischen "
      "Botschafter ein.")
P7 = "Tolentino, der bei der Senatswahl im Mai seinen Sitz verloren hatte, gab sich unbeeindruckt."
P8 = "„Ich betrachte diese Sanktion als Ehrenzeichen“, schrieb er auf Facebook."
P9 = "Er warf Peking vor, Kritiker seiner Politik im Westphilippinischen Meer einschüchtern zu wollen."
P10 = ("Der Sprecher des Nationalen Seerats, Alexander Lopez, verurteilte die Strafmaßnahme als „Druckmittel“ gegen "
       "philippinische Amtsträger.")
P11 = ("Manila werde sich dadurch nicht davon abhalten lassen, seine Souveränität zu verteidigen, sagte er.")
P12 = "Die Sprecherin des Präsidentenpalasts, Claire Castro, stellte sich hinter Tolentino."
P13 = ("Senatorin Risa Hontiveros forderte das Außenministerium auf, den chinesischen Botschafter einzubestellen.")
P14 = ("Das Außenministerium in Manila erklärte, es werde die Angelegenheit „auf geeignetem Weg“ mit der chinesischen "
       "Seite ansprechen.")
P15 = "Die Spannungen zwischen beiden Ländern haben zuletzt erneut zugenommen."
P16 = ("Im Juni hatte die chinesische Küstenwache nahe dem Scarborough-Riff Wasserwerfer gegen ein Schiff der "
       "philippinischen Fischereibehörde eingesetzt.")
P17 = "Manila hatte daraufhin offiziell Protest eingelegt."

DE04 = {
    "id": "hm355-de-04", "lang": "de", "url": None, "published": "2025-07-15",
    "title": "China verhängt Sanktionen gegen früheren philippinischen Senator Tolentino",
    "text": paragraphs([P1, P2, P3, P4], [P5, P6], [P7, P8, P9], [P10, P11, P12, P13, P14], [P15, P16, P17]),
    "events": [
        event("SANCTION", CHN_GOV_P, TOLENTINO, P1),
        event("COERCE", CHN_MFA_P, TOLENTINO, P2, mode="restrict", date="2025-07-15"),
        event("ACCUSE", CHN_MFA_P, TOLENTINO, P3, mode="allege"),
        event("ACCUSE", CHN_GOV_P, PHL_GOV, P6, mode="disapprove"),
        event("ACCUSE", TOLENTINO, CHN_GOV_P, P9, mode="allege"),
        event("ACCUSE", LOPEZ, CHN_GOV_P, P10, mode="disapprove"),
        event("SUPPORT", CASTRO, TOLENTINO, P12),
        event("REQUEST", HONTIVEROS, PHL_DFA, P13, mode="change"),
        event("AGREE", PHL_DFA, CHN_GOV_P, P14),
        event("ASSAULT", CCG_P, BFAR, P16, mode="crowd-control", location="Scarborough Shoal"),
        event("ACCUSE", PHL_GOV, CHN_GOV_P, P17, mode="disapprove"),
    ],
    "quotes": [
        quote("Dem Politiker werde die Einreise auf das chinesische Festland sowie nach Hongkong und Macau untersagt",
              "Ministry of Foreign Affairs of China", "indirect"),
        quote("ungeheuerlich", "Ministry of Foreign Affairs of China", "direct"),
        quote("Tolentino habe sich in Fragen, die China betreffen, „ungeheuerlich“ verhalten und den Interessen des "
              "Landes schweren Schaden zugefügt", "Ministry of Foreign Affairs of China", "indirect"),
        quote("Ich betrachte diese Sanktion als Ehrenzeichen", "Francis Tolentino", "direct"),
        quote("Kritiker seiner Politik im Westphilippinischen Meer einschüchtern zu wollen", "Francis Tolentino",
              "indirect"),
        quote("Druckmittel", "Alexander Lopez", "direct"),
        quote("Manila werde sich dadurch nicht davon abhalten lassen, seine Souveränität zu verteidigen",
              "Alexander Lopez", "indirect"),
        quote("auf geeignetem Weg", "Department of Foreign Affairs of the Philippines", "direct"),
        quote("es werde die Angelegenheit „auf geeignetem Weg“ mit der chinesischen Seite ansprechen",
              "Department of Foreign Affairs of the Philippines", "indirect"),
    ],
    "entities": [
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Manila", "LOC", "PHL", ["Manila"]),
        entity("China", "LOC", "CHN", ["China", "das chinesische Festland"]),
        entity("Francis Tolentino", "PER", "PHL", ["den früheren philippinischen Senator Francis Tolentino",
                                                   "Dem Politiker", "Tolentino", "er", "Er"]),
        entity("Hong Kong", "LOC", "CHN", ["Hongkong"]),
        entity("Macau", "LOC", "CHN", ["Macau"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["das Außenministerium in Peking",
                                                                      "das Ministerium"]),
        entity("Senate of the Philippines", "ORG", "PHL", ["eines Senatsausschusses"]),
        entity("Maritime Zones Act", "ORG", "PHL", ["das Gesetz über die maritimen Zonen der Philippinen",
                                                    "das Gesetz"]),
        entity("Philippines", "LOC", "PHL", ["der Philippinen"]),
        entity("South China Sea", "LOC", None, ["im Südchinesischen Meer", "im Westphilippinischen Meer"]),
        entity("Ferdinand Marcos Jr.", "PER", "PHL", ["Präsident Ferdinand Marcos Jr."]),
        entity("Philippine ambassador to China", "PER", "PHL", ["den philippinischen Botschafter"]),
        entity("Facebook", "ORG", "USA", ["Facebook"]),
        entity("National Maritime Council", "ORG", "PHL", ["des Nationalen Seerats"]),
        entity("Alexander Lopez", "PER", "PHL", ["Der Sprecher des Nationalen Seerats, Alexander Lopez", "er"]),
        entity("Claire Castro", "PER", "PHL", ["Die Sprecherin des Präsidentenpalasts, Claire Castro"]),
        entity("Malacañang Palace", "ORG", "PHL", ["des Präsidentenpalasts"]),
        entity("Risa Hontiveros", "PER", "PHL", ["Senatorin Risa Hontiveros"]),
        entity("Department of Foreign Affairs of the Philippines", "ORG", "PHL", ["das Außenministerium",
                                                                                  "Das Außenministerium in Manila"]),
        entity("Chinese ambassador to the Philippines", "PER", "CHN", ["den chinesischen Botschafter"]),
        entity("China Coast Guard", "ORG", "CHN", ["die chinesische Küstenwache"]),
        entity("Scarborough Shoal", "LOC", None, ["dem Scarborough-Riff"]),
        entity("Bureau of Fisheries and Aquatic Resources", "ORG", "PHL", ["der philippinischen Fischereibehörde"]),
    ],
}

# ---------------------------------------------------------------- hm355-en-01 (Gavi pledging summit, Kennedy)
KENNEDY = actor("Robert F. Kennedy Jr.", "USA", "GOV")
GAVI = actor("Gavi, the Vaccine Alliance", "IGO", "IGO")
USA_GOV = actor("Government of the United States", "USA", "GOV")
NISHTAR = actor("Sania Nishtar", "IGO", "IGO")
GATES_FOUNDATION = actor("Gates Foundation", "USA", "NGO")
EU_COMMISSION = actor("European Commission", "EUR", "IGO")
GBR_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
DEU_GOV_G = actor("Government of Germany", "DEU", "GOV")
VON_DER_LEYEN = actor("Ursula von der Leyen", "EUR", "IGO")
BILL_GATES = actor("Bill Gates", "USA", "NGO")
WHO = actor("World Health Organization", "UNO", "IGO")

G1 = ("BRUSSELS (AP) \u2014 The United States will stop funding Gavi, the global vaccine alliance, Health Secretary "
      "Robert F. Kennedy Jr. said Wednesday, accusing the group of having \"ignored the science\" on vaccine safety.")
G2 = ("In a prerecorded video shown to donors at a pledging conference in Brussels, Kennedy said Gavi would have to "
      "\"re-earn the public trust\" and \"consider the best available science\" before Washington contributed again.")
G3 = ("He singled out a combined diphtheria, tetanus and whooping cough vaccine that Gavi helps buy for poor countries, "
      "citing a disputed study from Guinea-Bissau.")
G4 = ("The Biden administration had pledged $1.58 billion to Gavi for 2026 to 2030, and the U.S. has long been among "
      "its biggest donors.")
G5 = ("Gavi CEO Sania Nishtar said the alliance \"stands by\" the safety of the vaccines it funds and remained open to "
      "talks with U.S. officials.")
G6 = ("The conference, co-hosted by the European Union and the Gates Foundation, raised more than $9 billion toward "
      "Gavi's target of $11.9 billion for the next five years, organizers said.")
G7 = ("The Gates Foundation pledged $1.6 billion, while the European Commission announced 360 million euros "
      "($419 million).")
G8 = ("Britain had already committed 1.25 billion pounds ($1.7 billion), less than in the previous funding round, and "
      "Germany promised 600 million euros ($700 million).")
G9 = ("European Commission President Ursula von der Leyen told delegates that vaccines were \"one of the best "
      "investments in global health\" and urged other governments to step up.")
G10 = ("\"Walking away from this is a mistake that will cost children's lives,\" Bill Gates told reporters, adding "
       "that he hoped Congress would restore the money.")
G11 = ("Gavi says it has helped vaccinate more than 1 billion children in poorer countries since its founding in "
       "2000.")
G12 = ("Nishtar warned that the shortfall could mean fewer children are immunized against measles, polio and other "
       "diseases.")
G13 = ("The Trump administration has already slashed foreign aid, dismantled the U.S. Agency for International "
       "Development and begun withdrawing from the World Health Organization.")
G14 = "Gavi's board is expected to decide later this year how to adjust its plans to the smaller budget."

EN01 = {
    "id": "hm355-en-01", "lang": "en", "url": None, "published": "2025-06-25",
    "title": "RFK Jr. says US will stop funding global vaccine alliance Gavi",
    "text": paragraphs([G1], [G2, G3], [G4], [G5], [G6, G7, G8], [G9], [G10], [G11, G12], [G13, G14]),
    "events": [
        event("SANCTION", KENNEDY, GAVI, G1, mode="withdraw", date="2025-06-25"),
        event("ACCUSE", KENNEDY, GAVI, G1, mode="allege", date="2025-06-25"),
        event("REQUEST", KENNEDY, GAVI, G2, mode="change", location="Brussels", location_country="BEL"),
        event("ACCUSE", KENNEDY, GAVI, G3, mode="disapprove"),
        event("AGREE", USA_GOV, GAVI, G4),
        event("AGREE", NISHTAR, USA_GOV, G5),
        event("AGREE", GATES_FOUNDATION, GAVI, G7),
        event("AGREE", EU_COMMISSION, GAVI, G7),
        event("AGREE", GBR_GOV, GAVI, G8),
        event("AGREE", DEU_GOV_G, GAVI, G8),
        event("REQUEST", VON_DER_LEYEN, None, G9, mode="assist"),
        event("ACCUSE", BILL_GATES, USA_GOV, G10, mode="disapprove"),
        event("SANCTION", USA_GOV, WHO, G13, mode="withdraw"),
    ],
    "quotes": [
        quote("The United States will stop funding Gavi, the global vaccine alliance", "Robert F. Kennedy Jr.",
              "indirect"),
        quote("ignored the science", "Robert F. Kennedy Jr.", "direct"),
        quote("re-earn the public trust", "Robert F. Kennedy Jr.", "direct"),
        quote("consider the best available science", "Robert F. Kennedy Jr.", "direct"),
        quote("Gavi would have to \"re-earn the public trust\" and \"consider the best available science\" before "
              "Washington contributed again", "Robert F. Kennedy Jr.", "indirect"),
        quote("stands by", "Sania Nishtar", "direct"),
        quote("the alliance \"stands by\" the safety of the vaccines it funds and remained open to talks with U.S. "
              "officials", "Sania Nishtar", "indirect"),
        quote("The conference, co-hosted by the European Union and the Gates Foundation, raised more than $9 billion "
              "toward Gavi's target of $11.9 billion for the next five years", "organizers of the Gavi pledging summit",
              "indirect"),
        quote("one of the best investments in global health", "Ursula von der Leyen", "direct"),
        quote("vaccines were \"one of the best investments in global health\"", "Ursula von der Leyen", "indirect"),
        quote("Walking away from this is a mistake that will cost children's lives", "Bill Gates", "direct"),
        quote("he hoped Congress would restore the money", "Bill Gates", "indirect"),
        quote("it has helped vaccinate more than 1 billion children in poorer countries since its founding in 2000",
              "Gavi, the Vaccine Alliance", "indirect"),
        quote("the shortfall could mean fewer children are immunized against measles, polio and other diseases",
              "Sania Nishtar", "indirect"),
    ],
    "entities": [
        entity("Brussels", "LOC", "BEL", ["BRUSSELS", "Brussels"]),
        entity("United States", "LOC", "USA", ["The United States", "the U.S."]),
        entity("Gavi, the Vaccine Alliance", "ORG", None, ["Gavi, the global vaccine alliance", "Gavi", "the group",
                                                          "the alliance", "Gavi's"]),
        entity("Robert F. Kennedy Jr.", "PER", "USA", ["Health Secretary Robert F. Kennedy Jr.", "Kennedy", "He"]),
        entity("Government of the United States", "ORG", "USA", ["Washington", "The Biden administration",
                                                                  "U.S. officials", "The Trump administration"]),
        entity("Guinea-Bissau", "LOC", "GNB", ["Guinea-Bissau"]),
        entity("Sania Nishtar", "PER", "PAK", ["Gavi CEO Sania Nishtar", "Nishtar"]),
        entity("European Union", "ORG", None, ["the European Union"]),
        entity("Gates Foundation", "ORG", "USA", ["the Gates Foundation", "The Gates Foundation"]),
        entity("European Commission", "ORG", None, ["the European Commission", "European Commission"]),
        entity("United Kingdom", "LOC", "GBR", ["Britain"]),
        entity("Germany", "LOC", "DEU", ["Germany"]),
        entity("Ursula von der Leyen", "PER", "DEU", ["European Commission President Ursula von der Leyen"]),
        entity("Bill Gates", "PER", "USA", ["Bill Gates", "he"]),
        entity("United States Congress", "ORG", "USA", ["Congress"]),
        entity("United States Agency for International Development", "ORG", "USA",
               ["the U.S. Agency for International Development"]),
        entity("World Health Organization", "ORG", None, ["the World Health Organization"]),
    ],
}

# ---------------------------------------------------------------- hm355-en-02 (Australia, foreign interference charge)
AFP = actor("Australian Federal Police", "AUS", "COP")
ACCUSED = actor("Chinese woman charged with foreign interference in Canberra", "CHN", "CVL")
ACT_COURT = actor("ACT Magistrates Court", "AUS", "JUD")
CHN_MPS = actor("Ministry of Public Security of China", "CHN", "GOV")
NUTT = actor("Stephen Nutt", "AUS", "COP")
BURGESS = actor("Mike Burgess", "AUS", "GOV")
CHN_GOV_A = actor("Government of China", "CHN", "GOV")
GUO = actor("Guo Jiakun", "CHN", "GOV")
AUS_GOV = actor("Government of Australia", "AUS", "GOV")
CHN_EMBASSY = actor("Embassy of China in Australia", "CHN", "GOV")
GYC = actor("Guan Yin Citta", "AUS", "CVL")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
XI = actor("Xi Jinping", "CHN", "GOV")

A1 = ("CANBERRA, Australia (AP) \u2014 Australian police have charged a Chinese woman with foreign interference, "
      "alleging she secretly gathered information about a Buddhist group in the national capital for Beijing's "
      "security services.")
A2 = ("The woman, a Chinese citizen living in Canberra on a temporary visa, was arrested Saturday after officers "
      "searched her home and seized her phone, the Australian Federal Police said Monday.")
A3 = ("She appeared in the ACT Magistrates Court later Monday, did not apply for bail and was remanded in custody "
      "until her next hearing in September.")
A4 = ("Police allege she was acting on instructions from China's Ministry of Public Security and covertly collected "
      "information on the Canberra branch of Guan Yin Citta, a Buddhist association with followers across Australia "
      "and Asia.")
A5 = ("The investigation began in March after a tip-off from the Australian Security Intelligence Organisation, the "
      "country's domestic spy agency, police said.")
A6 = "\"Foreign interference is not a victimless crime,\" AFP Deputy Commissioner Stephen Nutt told reporters."
A7 = ("He warned that anyone secretly acting for a foreign government against Australians would be \"identified, "
      "investigated and charged\" under the country's laws.")
A8 = ("ASIO Director-General Mike Burgess said the case showed that Chinese intelligence services were \"monitoring "
      "and intimidating\" members of diaspora communities in Australia.")
A9 = "Home Affairs Minister Tony Burke declined to comment on the case while it was before the courts."
A10 = ("In Beijing, Foreign Ministry spokesperson Guo Jiakun said he was not aware of the details but that China "
       "\"never interferes\" in the internal affairs of other countries.")
A11 = ("He urged Canberra to stop \"hyping up\" so-called Chinese espionage and to protect the rights of Chinese "
       "citizens in Australia.")
A12 = ("The Chinese Embassy in Canberra accused Australian authorities of \"smearing\" China and the Chinese "
       "community.")
A13 = ("A representative of Guan Yin Citta said the group was \"shocked\" by the allegations and would cooperate fully "
       "with police.")
A14 = "If convicted, the woman faces up to 15 years in prison."
A15 = ("It is only the third case brought under foreign interference laws introduced in 2018, which strained relations "
       "with Beijing for years.")
A16 = ("Ties have since improved, and Prime Minister Anthony Albanese traveled to China for six days last month, "
       "meeting President Xi Jinping in Beijing.")

EN02 = {
    "id": "hm355-en-02", "lang": "en", "url": None, "published": "2025-08-04",
    "title": "Australia charges Chinese woman with foreign interference over Buddhist group",
    "text": paragraphs([A1], [A2, A3], [A4, A5], [A6, A7], [A8, A9], [A10, A11, A12], [A13], [A14, A15, A16]),
    "events": [
        event("ACCUSE", AFP, ACCUSED, A1, mode="allege", location="Canberra", location_country="AUS"),
        event("COERCE", AFP, ACCUSED, A2, mode="arrest", date="2025-08-02", location="Canberra",
              location_country="AUS"),
        event("COERCE", ACT_COURT, ACCUSED, A3, mode="arrest", date="2025-08-04", location="Canberra",
              location_country="AUS"),
        event("ACCUSE", AFP, ACCUSED, A4, mode="allege"),
        event("ACCUSE", AFP, CHN_MPS, A4, mode="allege"),
        event("ACCUSE", AFP, ACCUSED, A5, mode="investigate"),
        event("THREATEN", NUTT, None, A7, mode="arrest"),
        event("ACCUSE", BURGESS, CHN_GOV_A, A8, mode="allege"),
        event("REQUEST", GUO, AUS_GOV, A11, mode="change", location="Beijing", location_country="CHN"),
        event("ACCUSE", CHN_EMBASSY, AUS_GOV, A12, mode="allege"),
        event("AGREE", GYC, AFP, A13),
        event("CONSULT", ALBANESE, XI, A16, mode="visit", location="Beijing", location_country="CHN"),
    ],
    "quotes": [
        quote("she secretly gathered information about a Buddhist group in the national capital for Beijing's "
              "security services", "Australian Federal Police", "indirect"),
        quote("The woman, a Chinese citizen living in Canberra on a temporary visa, was arrested Saturday after officers "
              "searched her home and seized her phone", "Australian Federal Police", "indirect"),
        quote("she was acting on instructions from China's Ministry of Public Security and covertly collected "
              "information on the Canberra branch of Guan Yin Citta, a Buddhist association with followers across "
              "Australia and Asia", "Australian Federal Police", "indirect"),
        quote("The investigation began in March after a tip-off from the Australian Security Intelligence "
              "Organisation, the country's domestic spy agency", "Australian Federal Police", "indirect"),
        quote("Foreign interference is not a victimless crime", "Stephen Nutt", "direct"),
        quote("identified, investigated and charged", "Stephen Nutt", "direct"),
        quote("anyone secretly acting for a foreign government against Australians would be \"identified, investigated "
              "and charged\" under the country's laws", "Stephen Nutt", "indirect"),
        quote("monitoring and intimidating", "Mike Burgess", "direct"),
        quote("the case showed that Chinese intelligence services were \"monitoring and intimidating\" members of "
              "diaspora communities in Australia", "Mike Burgess", "indirect"),
        quote("never interferes", "Guo Jiakun", "direct"),
        quote("he was not aware of the details but that China \"never interferes\" in the internal affairs of other "
              "countries", "Guo Jiakun", "indirect"),
        quote("hyping up", "Guo Jiakun", "direct"),
        quote("smearing", "Embassy of China in Australia", "direct"),
        quote("shocked", "Guan Yin Citta", "direct"),
        quote("the group was \"shocked\" by the allegations and would cooperate fully with police", "Guan Yin Citta",
              "indirect"),
    ],
    "entities": [
        entity("Canberra", "LOC", "AUS", ["CANBERRA", "Canberra", "the national capital"]),
        entity("Australia", "LOC", "AUS", ["Australia", "the country's"]),
        entity("Australian Federal Police", "ORG", "AUS", ["Australian police", "officers",
                                                           "the Australian Federal Police", "Police", "police"]),
        entity("Chinese woman charged with foreign interference in Canberra", "PER", "CHN",
               ["a Chinese woman", "she", "The woman, a Chinese citizen living in Canberra on a temporary visa",
                "her", "She", "the woman"]),
        entity("Guan Yin Citta", "ORG", "AUS", ["a Buddhist group in the national capital",
                                                "the Canberra branch of Guan Yin Citta", "Guan Yin Citta",
                                                "the group"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Ministry of Public Security of China", "ORG", "CHN", ["Beijing's security services",
                                                                      "China's Ministry of Public Security"]),
        entity("ACT Magistrates Court", "ORG", "AUS", ["the ACT Magistrates Court"]),
        entity("Australian Security Intelligence Organisation", "ORG", "AUS",
               ["the Australian Security Intelligence Organisation", "the country's domestic spy agency", "ASIO"]),
        entity("Stephen Nutt", "PER", "AUS", ["AFP Deputy Commissioner Stephen Nutt", "He"]),
        entity("Mike Burgess", "PER", "AUS", ["ASIO Director-General Mike Burgess"]),
        entity("Chinese intelligence services", "ORG", "CHN", ["Chinese intelligence services"]),
        entity("Tony Burke", "PER", "AUS", ["Home Affairs Minister Tony Burke"]),
        entity("Beijing", "LOC", "CHN", ["Beijing"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Foreign Ministry"]),
        entity("Guo Jiakun", "PER", "CHN", ["Foreign Ministry spokesperson Guo Jiakun", "he", "He"]),
        entity("Government of Australia", "ORG", "AUS", ["Canberra", "Australian authorities"]),
        entity("Embassy of China in Australia", "ORG", "CHN", ["The Chinese Embassy in Canberra"]),
        entity("representative of Guan Yin Citta", "PER", "AUS", ["A representative of Guan Yin Citta"]),
        entity("Anthony Albanese", "PER", "AUS", ["Prime Minister Anthony Albanese"]),
        entity("Xi Jinping", "PER", "CHN", ["President Xi Jinping"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
