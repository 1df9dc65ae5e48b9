"""Round 247: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm247-de-01: Taiwan: Lai Ching-te wins the presidential election; Hou concedes, Beijing's Taiwan Affairs Office warns against independence, Lai offers dialogue, Blinken, Kamikawa and Cameron congratulate, Biden says the US does not support independence, Beijing protests to several governments (2024-01-14).
- hm247-de-02: South Korea: suspended President Yoon Suk Yeol released after a Seoul court cancels his arrest; prosecutors do not appeal, Yoon thanks the court, the Democratic Party attacks Prosecutor General Shim and threatens impeachment, sit-in, the PPP welcomes the ruling (2025-03-08).
- hm247-de-03: India: Modi visits the Air India crash site in Ahmedabad; AAIB investigation, DGCA orders extra checks of Air India's Boeing 787 fleet, Tata promises compensation, Congress demands an independent inquiry, Shah warns, Starmer, NTSB and Boeing pledge help (2025-06-13).
- hm247-de-04: Bangladesh: Hasina's Awami League wins the election boycotted by the BNP; general strike, Rizvi calls it a farce, earlier mass arrests, the government blames the BNP for a train arson, Washington criticises, Modi, China and Russia congratulate (2024-01-08).
- hm247-en-01: North Korea: Lavrov holds talks with Choe Son Hui in Wonsan and meets Kim Jong Un; Russia "understands" the nuclear programme, warns Washington, Seoul and Tokyo, Choe backs Moscow on Ukraine, Seoul urges an end to military cooperation (2025-07-12).
- hm247-en-02: Japan: a Shizuoka court acquits Iwao Hakamada in his retrial and finds evidence was fabricated; his sister, lawyers and the bar federation press prosecutors and the police, supporters rally in Tokyo, Amnesty urges abolition of the death penalty (2024-09-26).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm247-de-01 (Taiwan, presidential election)
CHINA = actor("China", "CHN", "GOV")
TAIWAN = actor("Taiwan", "TWN", "GOV")
HOU = actor("Hou Yu-ih", "TWN", "OPP")
CHEN_BINHUA = actor("Chen Binhua", "CHN", "GOV")
DPP = actor("Democratic Progressive Party", "TWN", "PTY")
LAI = actor("Lai Ching-te", "TWN", "GOV")
BLINKEN = actor("Antony Blinken", "USA", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")
KAMIKAWA = actor("Yoko Kamikawa", "JPN", "GOV")
CAMERON = actor("David Cameron", "GBR", "GOV")
CHN_MFA = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")
USA = actor("United States", "USA", "GOV")
JAPAN = actor("Japan", "JPN", "GOV")

W1 = ("Taipeh (AFP) - Nach dem Sieg des Kandidaten der regierenden Fortschrittspartei DPP bei der "
      "Präsidentschaftswahl in Taiwan hat China die Inselrepublik vor Schritten in Richtung Unabhängigkeit gewarnt.")
W2 = "Der bisherige Vizepräsident Lai Ching-te hatte die Wahl am Samstag mit rund 40 Prozent der Stimmen gewonnen."
W3 = ("Der Kandidat der oppositionellen Kuomintang (KMT), Hou Yu-ih, kam auf 33 Prozent, der frühere Bürgermeister "
      "von Taipeh, Ko Wen-je, von der Taiwanischen Volkspartei (TPP) auf 26 Prozent.")
W4 = "Hou räumte noch am Wahlabend seine Niederlage ein und entschuldigte sich bei seinen Anhängern."
W5 = "„Ich habe euch enttäuscht“, sagte der 66-Jährige vor der Parteizentrale in Taipeh."
W6 = ("Der Sprecher des Büros für Taiwan-Angelegenheiten in Peking, Chen Binhua, erklärte, die DPP repräsentiere "
      "nicht die Mehrheitsmeinung auf der Insel.")
W7 = ("Peking werde „separatistische Aktivitäten“ für eine „Unabhängigkeit Taiwans“ nicht dulden, fügte er "
      "hinzu.")
W8 = ("Lai bot Peking in seiner Siegesrede Dialog an, kündigte aber zugleich an, Taiwan vor „Einschüchterungen“ "
      "aus China zu schützen.")
W9 = ("„Wir sind entschlossen, den Frieden und die Stabilität in der Taiwanstraße zu wahren“, sagte der "
      "64-Jährige.")
W10 = "US-Außenminister Antony Blinken gratulierte Lai zu seinem Wahlsieg."
W11 = ("Präsident Joe Biden sagte hingegen vor Journalisten in Washington, die USA unterstützten keine "
       "Unabhängigkeit Taiwans.")
W12 = ("Auch Japans Außenministerin Yoko Kamikawa und der britische Außenminister David Cameron gratulierten dem "
       "Wahlsieger.")
W13 = ("Das Außenministerium in Peking legte daraufhin nach eigenen Angaben Protest bei mehreren Regierungen ein, "
       "darunter in Washington und Tokio.")
W14 = "Washington kündigte an, eine inoffizielle Delegation ehemaliger Regierungsvertreter nach Taipeh zu schicken."
W15 = "Bei der gleichzeitigen Parlamentswahl verlor die DPP ihre absolute Mehrheit im Legislativ-Yuan."

DE01 = {
    "id": "hm247-de-01", "lang": "de", "url": None, "published": "2024-01-14",
    "title": "China warnt Taiwan nach Wahlsieg Lais vor Unabhängigkeit",
    "text": paragraphs([W1, W2, W3], [W4, W5], [W6, W7, W8, W9], [W10, W11, W12, W13, W14], [W15]),
    "events": [
        event("THREATEN", CHINA, TAIWAN, W1),
        event("CONCEDE", HOU, None, W4, date="2024-01-13"),
        event("ACCUSE", CHEN_BINHUA, DPP, W6, mode="disapprove"),
        event("THREATEN", CHEN_BINHUA, TAIWAN, W7),
        event("AGREE", LAI, CHINA, W8, date="2024-01-13"),
        event("SUPPORT", BLINKEN, LAI, W10),
        event("SUPPORT", BIDEN, TAIWAN, W11, location="Washington", location_country="USA", negated=True),
        event("SUPPORT", KAMIKAWA, LAI, W12),
        event("SUPPORT", CAMERON, LAI, W12),
        event("ACCUSE", CHN_MFA, USA, W13, mode="disapprove"),
        event("ACCUSE", CHN_MFA, JAPAN, W13, mode="disapprove"),
        event("AGREE", USA, TAIWAN, W14),
    ],
    "quotes": [
        quote("Ich habe euch enttäuscht", "Hou Yu-ih", "direct"),
        quote("die DPP repräsentiere nicht die Mehrheitsmeinung auf der Insel", "Chen Binhua", "indirect"),
        quote("separatistische Aktivitäten", "Chen Binhua", "direct"),
        quote("Unabhängigkeit Taiwans", "Chen Binhua", "direct"),
        quote("Peking werde „separatistische Aktivitäten“ für eine „Unabhängigkeit Taiwans“ nicht dulden",
              "Chen Binhua", "indirect"),
        quote("Einschüchterungen", "Lai Ching-te", "direct"),
        quote("Taiwan vor „Einschüchterungen“ aus China zu schützen", "Lai Ching-te", "indirect"),
        quote("Wir sind entschlossen, den Frieden und die Stabilität in der Taiwanstraße zu wahren", "Lai Ching-te",
              "direct"),
        quote("die USA unterstützten keine Unabhängigkeit Taiwans", "Joe Biden", "indirect"),
    ],
    "entities": [
        entity("Taipei", "LOC", "TWN", ["Taipeh"]),
        entity("Democratic Progressive Party", "ORG", "TWN", ["regierenden Fortschrittspartei DPP", "die DPP"]),
        entity("Taiwan", "LOC", "TWN", ["Taiwan", "die Inselrepublik", "der Insel", "Taiwans"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Lai Ching-te", "PER", "TWN", ["Der bisherige Vizepräsident Lai Ching-te", "Lai", "der 64-Jährige",
                                              "dem Wahlsieger"]),
        entity("Kuomintang", "ORG", "TWN", ["oppositionellen Kuomintang (KMT)"]),
        entity("Hou Yu-ih", "PER", "TWN", ["Hou Yu-ih", "Hou", "der 66-Jährige"]),
        entity("Ko Wen-je", "PER", "TWN", ["der frühere Bürgermeister von Taipeh, Ko Wen-je"]),
        entity("Taiwan People's Party", "ORG", "TWN", ["Taiwanischen Volkspartei (TPP)"]),
        entity("Taiwan Affairs Office", "ORG", "CHN", ["Büros für Taiwan-Angelegenheiten in Peking"]),
        entity("Chen Binhua", "PER", "CHN", ["Chen Binhua"]),
        entity("Government of China", "ORG", "CHN", ["Peking"]),
        entity("Taiwan Strait", "LOC", None, ["Taiwanstraße"]),
        entity("Antony Blinken", "PER", "USA", ["US-Außenminister Antony Blinken"]),
        entity("Joe Biden", "PER", "USA", ["Präsident Joe Biden"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("United States", "LOC", "USA", ["die USA"]),
        entity("Yoko Kamikawa", "PER", "JPN", ["Japans Außenministerin Yoko Kamikawa"]),
        entity("David Cameron", "PER", "GBR", ["der britische Außenminister David Cameron"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Das Außenministerium in Peking"]),
        entity("Tokyo", "LOC", "JPN", ["Tokio"]),
        entity("Legislative Yuan", "ORG", "TWN", ["Legislativ-Yuan"]),
    ],
}

# ---------------------------------------------------------------- hm247-de-02 (South Korea, Yoon released)
YOON = actor("Yoon Suk Yeol", "KOR", "GOV")
SEOUL_COURT = actor("Seoul Central District Court", "KOR", "JUD")
KOR_PROSECUTION = actor("Prosecution Service of South Korea", "KOR", "JUD")
HUNGER_STRIKERS = actor("supporters of Yoon Suk Yeol on hunger strike", "KOR", "CVL")
DPK = actor("Democratic Party of Korea", "KOR", "OPP")
SHIM = actor("Shim Woo-jung", "KOR", "JUD")
PARK_CHANDAE = actor("Park Chan-dae", "KOR", "LEG")
DPK_MPS = actor("Democratic Party lawmakers", "KOR", "LEG")
PPP = actor("People Power Party", "KOR", "PTY")
CIO = actor("Corruption Investigation Office for High-ranking Officials", "KOR", "GOV")

Y1 = ("Seoul (dpa) - Der suspendierte südkoreanische Präsident Yoon Suk Yeol ist nach 52 Tagen in "
      "Untersuchungshaft wieder auf freiem Fuß.")
Y2 = ("Yoon verließ am Samstagnachmittag die Haftanstalt in Uiwang südlich der Hauptstadt, verneigte sich und "
      "winkte Hunderten Anhängern zu, die vor dem Tor Nationalflaggen schwenkten.")
Y3 = "Am Vortag hatte das Bezirksgericht Zentral-Seoul seinem Antrag stattgegeben, den Haftbefehl aufzuheben."
Y4 = ("Die Richter begründeten dies unter anderem damit, dass die Anklage erst nach Ablauf der Haftfrist erhoben "
      "worden sei.")
Y5 = "Die Staatsanwaltschaft verzichtete daraufhin auf eine Beschwerde und ließ Yoon frei."
Y6 = ("In einer Erklärung dankte Yoon dem Gericht für seinen „Mut und seine Entschlossenheit“, Unrecht zu "
      "korrigieren.")
Y7 = ("Zugleich forderte er Anhänger, die aus Protest gegen seine Inhaftierung in den Hungerstreik getreten waren, "
      "auf, diesen zu beenden.")
Y8 = ("Die oppositionelle Demokratische Partei warf Generalstaatsanwalt Shim Woo-jung vor, er habe Yoon bewusst "
      "entkommen lassen, und forderte seinen Rücktritt.")
Y9 = "„Die Staatsanwaltschaft ist zum Anwalt des Putschisten geworden“, sagte Fraktionschef Park Chan-dae."
Y10 = "Die Partei kündigte an, ein Amtsenthebungsverfahren gegen Shim anzustrengen."
Y11 = "Mehrere ihrer Abgeordneten begannen vor der Obersten Staatsanwaltschaft in Seoul einen Sitzstreik."
Y12 = ("Die regierende Partei der Volksmacht (PPP) begrüßte die Entscheidung des Gerichts hingegen als „späte "
       "Korrektur“.")
Y13 = ("Das Verfassungsgericht, das seit Wochen über Yoons Amtsenthebung berät, will sein Urteil in den kommenden "
       "Tagen verkünden.")
Y14 = ("Yoon war im Januar als erster amtierender Präsident des Landes von Ermittlern der Antikorruptionsbehörde "
       "CIO festgenommen worden, nachdem er Anfang Dezember kurzzeitig das Kriegsrecht verhängt hatte.")
Y15 = "Das Strafverfahren wegen Anführens eines Aufstands gegen ihn läuft weiter."

DE02 = {
    "id": "hm247-de-02", "lang": "de", "url": None, "published": "2025-03-08",
    "title": "Südkoreas suspendierter Präsident Yoon aus der Haft entlassen",
    "text": paragraphs([Y1, Y2], [Y3, Y4, Y5], [Y6, Y7], [Y8, Y9, Y10, Y11, Y12], [Y13, Y14, Y15]),
    "events": [
        event("CONCEDE", SEOUL_COURT, YOON, Y3, date="2025-03-07"),
        event("RETREAT", KOR_PROSECUTION, YOON, Y5, mode="release"),
        event("SUPPORT", YOON, SEOUL_COURT, Y6),
        event("REQUEST", YOON, HUNGER_STRIKERS, Y7, mode="change"),
        event("ACCUSE", DPK, SHIM, Y8, mode="allege"),
        event("REQUEST", DPK, SHIM, Y8, mode="change"),
        event("ACCUSE", PARK_CHANDAE, KOR_PROSECUTION, Y9, mode="disapprove"),
        event("THREATEN", DPK, SHIM, Y10),
        event("PROTEST", DPK_MPS, KOR_PROSECUTION, Y11, mode="demo", location="Seoul", location_country="KOR"),
        event("SUPPORT", PPP, SEOUL_COURT, Y12),
        event("COERCE", CIO, YOON, Y14, mode="arrest"),
        event("COERCE", YOON, None, Y14, mode="curfew"),
    ],
    "quotes": [
        quote("dass die Anklage erst nach Ablauf der Haftfrist erhoben worden sei", "Seoul Central District Court",
              "indirect"),
        quote("Mut und seine Entschlossenheit", "Yoon Suk Yeol", "direct"),
        quote("er habe Yoon bewusst entkommen lassen", "Democratic Party of Korea", "indirect"),
        quote("Die Staatsanwaltschaft ist zum Anwalt des Putschisten geworden", "Park Chan-dae", "direct"),
        quote("späte Korrektur", "People Power Party", "direct"),
    ],
    "entities": [
        entity("Seoul", "LOC", "KOR", ["Seoul", "der Hauptstadt"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["Der suspendierte südkoreanische Präsident Yoon Suk Yeol", "Yoon",
                                               "Yoons"]),
        entity("Seoul Detention Center", "LOC", "KOR", ["die Haftanstalt in Uiwang"]),
        entity("Uiwang", "LOC", "KOR", ["Uiwang"]),
        entity("Seoul Central District Court", "ORG", "KOR", ["das Bezirksgericht Zentral-Seoul", "Die Richter",
                                                              "dem Gericht", "des Gerichts"]),
        entity("Prosecution Service of South Korea", "ORG", "KOR", ["Die Staatsanwaltschaft"]),
        entity("Democratic Party of Korea", "ORG", "KOR", ["Die oppositionelle Demokratische Partei", "Die Partei"]),
        entity("Shim Woo-jung", "PER", "KOR", ["Generalstaatsanwalt Shim Woo-jung", "Shim"]),
        entity("Park Chan-dae", "PER", "KOR", ["Fraktionschef Park Chan-dae"]),
        entity("Supreme Prosecutors' Office", "ORG", "KOR", ["der Obersten Staatsanwaltschaft in Seoul"]),
        entity("People Power Party", "ORG", "KOR", ["Die regierende Partei der Volksmacht (PPP)"]),
        entity("Constitutional Court of Korea", "ORG", "KOR", ["Das Verfassungsgericht"]),
        entity("Corruption Investigation Office for High-ranking Officials", "ORG", "KOR",
               ["Ermittlern der Antikorruptionsbehörde CIO"]),
    ],
}

# ---------------------------------------------------------------- hm247-de-03 (India, Air India crash in Ahmedabad)
MODI = actor("Narendra Modi", "IND", "GOV")
BHUPENDRA_PATEL = actor("Bhupendra Patel", "IND", "GOV")
IND_AAIB = actor("Aircraft Accident Investigation Bureau", "IND", "GOV")
DGCA = actor("Directorate General of Civil Aviation", "IND", "GOV")
AIR_INDIA = actor("Air India", "IND", "BUS")
TATA = actor("Tata Sons", "IND", "BUS")
CRASH_FAMILIES = actor("families of the Air India crash victims", "IND", "CVL")
CHANDRASEKARAN = actor("Natarajan Chandrasekaran", "IND", "BUS")
INC = actor("Indian National Congress", "IND", "OPP")
IND_GOV = actor("Government of India", "IND", "GOV")
AMIT_SHAH = actor("Amit Shah", "IND", "GOV")
STARMER = actor("Keir Starmer", "GBR", "GOV")
NTSB = actor("National Transportation Safety Board", "USA", "GOV")
BOEING = actor("Boeing", "USA", "BUS")

A1 = ("Ahmedabad (Reuters) - Einen Tag nach dem Absturz einer Air-India-Maschine in der westindischen Stadt "
      "Ahmedabad hat Premierminister Narendra Modi die Unglücksstelle besucht.")
A2 = ("Die Boeing 787 mit 242 Menschen an Bord war am Donnerstag kurz nach dem Start in Richtung London in ein "
      "Wohnheim einer medizinischen Hochschule gestürzt.")
A3 = ("Nur ein Passagier, ein britischer Staatsbürger indischer Herkunft, überlebte; am Boden starben mindestens "
      "24 weitere Menschen.")
A4 = ("Modi traf am Flughafen den Regierungschef des Bundesstaats Gujarat, Bhupendra Patel, zu einer "
      "Lagebesprechung und besuchte danach den Überlebenden im Krankenhaus.")
A5 = "„Die Tragödie hat uns alle fassungslos gemacht“, schrieb der Premier auf der Plattform X."
A6 = ("Die Flugunfalluntersuchungsbehörde AAIB habe die Ermittlungen aufgenommen, sagte Luftfahrtminister Ram "
      "Mohan Naidu in Neu-Delhi.")
A7 = "Ein Flugdatenschreiber sei bereits auf dem Dach des Wohnheims geborgen worden."
A8 = ("Die Luftfahrtaufsicht DGCA wies Air India an, alle Maschinen vom Typ Boeing 787 einer zusätzlichen "
      "Sicherheitsprüfung zu unterziehen.")
A9 = ("Der Mutterkonzern Tata Sons sagte den Familien der Todesopfer eine Entschädigung von jeweils zehn Millionen "
      "Rupien zu.")
A10 = ("„Wir werden alles tun, um die Angehörigen in dieser schweren Zeit zu unterstützen“, sagte Tata-Chef "
       "Natarajan Chandrasekaran.")
A11 = ("Die oppositionelle Kongresspartei forderte eine unabhängige Untersuchung und warf der Regierung vor, die "
       "Sicherheitsaufsicht über die Fluggesellschaften vernachlässigt zu haben.")
A12 = "Ein Regierungssprecher wies die Vorwürfe als „politisch motiviert“ zurück."
A13 = ("Innenminister Amit Shah kündigte an, die Verantwortlichen würden zur Rechenschaft gezogen, sollten die "
       "Ermittler Versäumnisse feststellen.")
A14 = ("Der britische Premierminister Keir Starmer sprach Indien sein Beileid aus und sagte Unterstützung bei den "
       "Ermittlungen zu; unter den Toten sind 53 Briten.")
A15 = ("Die US-Verkehrssicherheitsbehörde NTSB kündigte an, ein Team nach Indien zu entsenden, und auch der "
       "Hersteller Boeing sicherte Air India seine Hilfe zu.")
A16 = "Unter den Toten ist auch der frühere Regierungschef von Gujarat, Vijay Rupani."

DE03 = {
    "id": "hm247-de-03", "lang": "de", "url": None, "published": "2025-06-13",
    "title": "Modi besucht Absturzstelle in Ahmedabad",
    "text": paragraphs([A1, A2, A3], [A4, A5], [A6, A7, A8], [A9, A10], [A11, A12, A13], [A14, A15, A16]),
    "events": [
        event("CONSULT", MODI, BHUPENDRA_PATEL, A4, mode="visit", location="Ahmedabad", location_country="IND"),
        event("ACCUSE", IND_AAIB, None, A6, mode="investigate"),
        event("REQUEST", DGCA, AIR_INDIA, A8, mode="change"),
        event("AGREE", TATA, CRASH_FAMILIES, A9),
        event("AGREE", CHANDRASEKARAN, CRASH_FAMILIES, A10),
        event("REQUEST", INC, IND_GOV, A11, mode="change"),
        event("ACCUSE", INC, IND_GOV, A11, mode="allege"),
        event("THREATEN", AMIT_SHAH, None, A13),
        event("AGREE", STARMER, IND_GOV, A14),
        event("AGREE", NTSB, IND_GOV, A15),
        event("AGREE", BOEING, AIR_INDIA, A15),
    ],
    "quotes": [
        quote("Die Tragödie hat uns alle fassungslos gemacht", "Narendra Modi", "direct"),
        quote("Die Flugunfalluntersuchungsbehörde AAIB habe die Ermittlungen aufgenommen", "Ram Mohan Naidu",
              "indirect"),
        quote("Ein Flugdatenschreiber sei bereits auf dem Dach des Wohnheims geborgen worden", "Ram Mohan Naidu",
              "indirect"),
        quote("Wir werden alles tun, um die Angehörigen in dieser schweren Zeit zu unterstützen",
              "Natarajan Chandrasekaran", "direct"),
        quote("politisch motiviert", "Indian government spokesperson", "direct"),
        quote("die Verantwortlichen würden zur Rechenschaft gezogen, sollten die Ermittler Versäumnisse feststellen",
              "Amit Shah", "indirect"),
    ],
    "entities": [
        entity("Ahmedabad", "LOC", "IND", ["Ahmedabad", "der westindischen Stadt Ahmedabad"]),
        entity("Air India", "ORG", "IND", ["Air India", "Air-India"]),
        entity("Narendra Modi", "PER", "IND", ["Premierminister Narendra Modi", "Modi", "der Premier"]),
        entity("London", "LOC", "GBR", ["London"]),
        entity("B. J. Medical College", "ORG", "IND", ["einer medizinischen Hochschule"]),
        entity("Gujarat", "LOC", "IND", ["des Bundesstaats Gujarat", "Gujarat"]),
        entity("Bhupendra Patel", "PER", "IND", ["Bhupendra Patel"]),
        entity("Aircraft Accident Investigation Bureau", "ORG", "IND", ["Die Flugunfalluntersuchungsbehörde AAIB"]),
        entity("Ram Mohan Naidu", "PER", "IND", ["Luftfahrtminister Ram Mohan Naidu"]),
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("Directorate General of Civil Aviation", "ORG", "IND", ["Die Luftfahrtaufsicht DGCA"]),
        entity("Tata Sons", "ORG", "IND", ["Der Mutterkonzern Tata Sons"]),
        entity("Natarajan Chandrasekaran", "PER", "IND", ["Tata-Chef Natarajan Chandrasekaran"]),
        entity("Indian National Congress", "ORG", "IND", ["Die oppositionelle Kongresspartei"]),
        entity("Government of India", "ORG", "IND", ["der Regierung"]),
        entity("Indian government spokesperson", "PER", "IND", ["Ein Regierungssprecher"]),
        entity("Amit Shah", "PER", "IND", ["Innenminister Amit Shah"]),
        entity("Keir Starmer", "PER", "GBR", ["Der britische Premierminister Keir Starmer"]),
        entity("India", "LOC", "IND", ["Indien"]),
        entity("National Transportation Safety Board", "ORG", "USA", ["Die US-Verkehrssicherheitsbehörde NTSB"]),
        entity("Boeing", "ORG", "USA", ["der Hersteller Boeing"]),
        entity("Vijay Rupani", "PER", "IND", ["der frühere Regierungschef von Gujarat, Vijay Rupani"]),
    ],
}

# ---------------------------------------------------------------- hm247-de-04 (Bangladesh, election boycotted by the BNP)
BNP = actor("Bangladesh Nationalist Party", "BGD", "OPP")
BGD_GOV = actor("Government of Bangladesh", "BGD", "GOV")
HASINA = actor("Sheikh Hasina", "BGD", "GOV")
RIZVI = actor("Ruhul Kabir Rizvi", "BGD", "OPP")
BGD_POLICE = actor("Bangladesh Police", "BGD", "COP")
BNP_SUPPORTERS = actor("supporters of the Bangladesh Nationalist Party", "BGD", "OPP")
ALAMGIR = actor("Mirza Fakhrul Islam Alamgir", "BGD", "OPP")
US_STATE_DEPT = actor("U.S. Department of State", "USA", "GOV")
MODI_B = actor("Narendra Modi", "IND", "GOV")
CHINA_B = actor("China", "CHN", "GOV")
RUSSIA_B = actor("Russia", "RUS", "GOV")

B1 = ("Dhaka (dpa) - Die Awami League von Ministerpräsidentin Sheikh Hasina hat die von der Opposition "
      "boykottierte Parlamentswahl in Bangladesch klar gewonnen.")
B2 = "Die Partei habe 222 der 299 Sitze gewonnen, teilte die Wahlkommission am Montag mit."
B3 = "Die Wahlbeteiligung lag bei rund 40 Prozent, nach 80 Prozent bei der Wahl 2018."
B4 = ("Die größte Oppositionspartei BNP hatte die Abstimmung boykottiert, weil Hasina sich weigerte, vorher einer "
      "neutralen Übergangsregierung die Macht zu übergeben.")
B5 = "Für Samstag und Sonntag hatte die Partei zu einem landesweiten Generalstreik aufgerufen."
B6 = ("Der ranghohe BNP-Funktionär Ruhul Kabir Rizvi nannte die Wahl eine „Farce“ und forderte den Rücktritt der "
      "Regierung.")
B7 = ("Die Polizei hatte nach einer gewaltsam beendeten Großkundgebung Ende Oktober Tausende Oppositionsanhänger "
      "festgenommen, darunter BNP-Generalsekretär Mirza Fakhrul Islam Alamgir.")
B8 = "Hasina wies die Kritik zurück und sprach von einer freien und fairen Wahl."
B9 = ("„Ich habe alles getan, damit diese Wahl glaubwürdig ist“, sagte die 76-Jährige am Montag vor ausländischen "
      "Wahlbeobachtern und Journalisten in Dhaka.")
B10 = ("Die Regierung macht die BNP für einen Brandanschlag auf einen Zug in Dhaka verantwortlich, bei dem am "
       "Freitag vier Menschen starben.")
B11 = "Die BNP bestreitet jede Beteiligung."
B12 = ("Das US-Außenministerium erklärte, die Wahl sei weder frei noch fair gewesen, und verurteilte die "
       "Festnahme Tausender Oppositioneller.")
B13 = ("Washington rief die Regierung in Dhaka auf, die Gewalt aufzuklären und die Verantwortlichen zur "
       "Rechenschaft zu ziehen.")
B14 = ("Indiens Premierminister Narendra Modi gratulierte Hasina dagegen in einem Telefonat zu ihrer fünften "
       "Amtszeit.")
B15 = "Auch China und Russland gratulierten der Regierungschefin."

DE04 = {
    "id": "hm247-de-04", "lang": "de", "url": None, "published": "2024-01-08",
    "title": "Hasinas Partei gewinnt boykottierte Wahl in Bangladesch",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6, B7], [B8, B9], [B10, B11], [B12, B13, B14, B15]),
    "events": [
        event("PROTEST", BNP, BGD_GOV, B4, mode="boycott"),
        event("REJECT", HASINA, BNP, B4, mode="change"),
        event("PROTEST", BNP, BGD_GOV, B5, mode="strike"),
        event("ACCUSE", RIZVI, BGD_GOV, B6, mode="disapprove"),
        event("REQUEST", RIZVI, BGD_GOV, B6, mode="change"),
        event("COERCE", BGD_POLICE, BNP_SUPPORTERS, B7, mode="arrest"),
        event("COERCE", BGD_POLICE, ALAMGIR, B7, mode="arrest"),
        event("ACCUSE", BGD_GOV, BNP, B10, mode="allege"),
        event("ACCUSE", US_STATE_DEPT, BGD_GOV, B12, mode="disapprove"),
        event("REQUEST", US_STATE_DEPT, BGD_GOV, B13, mode="change"),
        event("SUPPORT", MODI_B, HASINA, B14),
        event("CONSULT", MODI_B, HASINA, B14, mode="phone"),
        event("SUPPORT", CHINA_B, HASINA, B15),
        event("SUPPORT", RUSSIA_B, HASINA, B15),
    ],
    "quotes": [
        quote("Die Partei habe 222 der 299 Sitze gewonnen", "Election Commission of Bangladesh", "indirect"),
        quote("Farce", "Ruhul Kabir Rizvi", "direct"),
        quote("Ich habe alles getan, damit diese Wahl glaubwürdig ist", "Sheikh Hasina", "direct"),
        quote("die Wahl sei weder frei noch fair gewesen", "U.S. Department of State", "indirect"),
    ],
    "entities": [
        entity("Dhaka", "LOC", "BGD", ["Dhaka"]),
        entity("Awami League", "ORG", "BGD", ["Die Awami League", "Die Partei"]),
        entity("Sheikh Hasina", "PER", "BGD", ["Ministerpräsidentin Sheikh Hasina", "Hasina", "die 76-Jährige",
                                               "der Regierungschefin"]),
        entity("Bangladesh", "LOC", "BGD", ["Bangladesch"]),
        entity("Election Commission of Bangladesh", "ORG", "BGD", ["die Wahlkommission"]),
        entity("Bangladesh Nationalist Party", "ORG", "BGD", ["Die größte Oppositionspartei BNP", "die Partei",
                                                              "die BNP", "Die BNP", "der Opposition"]),
        entity("Ruhul Kabir Rizvi", "PER", "BGD", ["Der ranghohe BNP-Funktionär Ruhul Kabir Rizvi"]),
        entity("Government of Bangladesh", "ORG", "BGD", ["der Regierung", "Die Regierung",
                                                          "die Regierung in Dhaka"]),
        entity("Bangladesh Police", "ORG", "BGD", ["Die Polizei"]),
        entity("Mirza Fakhrul Islam Alamgir", "PER", "BGD", ["BNP-Generalsekretär Mirza Fakhrul Islam Alamgir"]),
        entity("U.S. Department of State", "ORG", "USA", ["Das US-Außenministerium", "Washington"]),
        entity("Narendra Modi", "PER", "IND", ["Indiens Premierminister Narendra Modi"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
    ],
}

# ---------------------------------------------------------------- hm247-en-01 (North Korea, Lavrov in Wonsan)
LAVROV = actor("Sergei Lavrov", "RUS", "GOV")
CHOE = actor("Choe Son Hui", "PRK", "GOV")
NKOREA = actor("North Korea", "PRK", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
KIM = actor("Kim Jong Un", "PRK", "GOV")
USA_L = actor("United States", "USA", "GOV")
SKOREA_L = actor("South Korea", "KOR", "GOV")
JAPAN_L = actor("Japan", "JPN", "GOV")
KOR_MOFA = actor("Ministry of Foreign Affairs of South Korea", "KOR", "GOV")

L1 = ('SEOUL, July 12 (Reuters) - Russian Foreign Minister Sergei Lavrov said on Saturday that Moscow "respects and '
      'understands" North Korea\'s reasons for developing nuclear weapons, as he held talks with his North Korean '
      'counterpart in the coastal city of Wonsan.')
L2 = ('Lavrov and Foreign Minister Choe Son Hui met at the Kalma beach resort for a second round of strategic '
      'dialogue, a year after the two countries signed a mutual defence treaty.')
L3 = ('North Korea will "unconditionally support" all measures taken by Moscow to address the root causes of the '
      'Ukraine conflict, Choe said, according to Russian state media.')
L4 = ('"We warn against exploiting these ties to build alliances against anyone, including Russia and the DPRK," '
      'Lavrov told reporters, referring to security cooperation between the United States, South Korea and Japan.')
L5 = ('Russia would continue to shield Pyongyang at the U.N. Security Council against attempts to tighten '
      'sanctions, he added.')
L6 = ('Leader Kim Jong Un later received Lavrov at a guesthouse in Wonsan, according to the North\'s state news '
      'agency KCNA, which said the two sides agreed to "expand strategic cooperation" in all fields.')
L7 = 'Lavrov conveyed greetings from President Vladimir Putin and said Kim was welcome in Moscow "at any time".'
L8 = ('The visit comes after North Korea sent thousands of troops to help Russia repel a Ukrainian incursion into '
      'the Kursk region, and Pyongyang has since pledged to send 6,000 military builders and deminers.')
L9 = ('South Korea\'s foreign ministry said it was closely watching the visit and urged Moscow to halt military '
      'cooperation with the North, which it said violated U.N. Security Council resolutions.')
L11 = ('Lavrov is due to travel on to China for a meeting of foreign ministers of the Shanghai Cooperation '
       'Organisation.')

EN01 = {
    "id": "hm247-en-01", "lang": "en", "url": None, "published": "2025-07-12",
    "title": "Russia's Lavrov says Moscow 'understands' North Korea's nuclear drive",
    "text": paragraphs([L1, L2], [L3, L4, L5], [L6, L7], [L8, L9], [L11]),
    "events": [
        event("SUPPORT", LAVROV, NKOREA, L1, date="2025-07-12"),
        event("CONSULT", LAVROV, CHOE, L1, mode="visit", date="2025-07-12", location="Wonsan",
              location_country="PRK"),
        event("CONSULT", LAVROV, CHOE, L2, mode="visit", location="Wonsan", location_country="PRK"),
        event("SUPPORT", CHOE, RUSSIA, L3),
        event("THREATEN", LAVROV, USA_L, L4),
        event("THREATEN", LAVROV, SKOREA_L, L4),
        event("THREATEN", LAVROV, JAPAN_L, L4),
        event("AGREE", LAVROV, NKOREA, L5),
        event("CONSULT", LAVROV, KIM, L6, mode="visit", location="Wonsan", location_country="PRK"),
        event("AGREE", LAVROV, KIM, L6),
        event("AGREE", LAVROV, KIM, L7),
        event("AID", NKOREA, RUSSIA, L8, location="Kursk", location_country="RUS"),
        event("AGREE", NKOREA, RUSSIA, L8),
        event("REQUEST", KOR_MOFA, RUSSIA, L9, mode="change"),
        event("ACCUSE", KOR_MOFA, RUSSIA, L9, mode="allege"),
    ],
    "quotes": [
        quote("respects and understands", "Sergei Lavrov", "direct"),
        quote('Moscow "respects and understands" North Korea\'s reasons for developing nuclear weapons',
              "Sergei Lavrov", "indirect"),
        quote("unconditionally support", "Choe Son Hui", "direct"),
        quote('North Korea will "unconditionally support" all measures taken by Moscow to address the root causes '
              'of the Ukraine conflict', "Choe Son Hui", "indirect"),
        quote("We warn against exploiting these ties to build alliances against anyone, including Russia and the "
              "DPRK", "Sergei Lavrov", "direct"),
        quote("Russia would continue to shield Pyongyang at the U.N. Security Council against attempts to tighten "
              "sanctions", "Sergei Lavrov", "indirect"),
        quote("expand strategic cooperation", "KCNA", "direct"),
        quote('the two sides agreed to "expand strategic cooperation" in all fields', "KCNA", "indirect"),
        quote("at any time", "Sergei Lavrov", "direct"),
        quote('Kim was welcome in Moscow "at any time"', "Sergei Lavrov", "indirect"),
        quote("it was closely watching the visit", "Ministry of Foreign Affairs of South Korea", "indirect"),
        quote("violated U.N. Security Council resolutions", "Ministry of Foreign Affairs of South Korea",
              "indirect"),
    ],
    "entities": [
        entity("Seoul", "LOC", "KOR", ["SEOUL"]),
        entity("Sergei Lavrov", "PER", "RUS", ["Russian Foreign Minister Sergei Lavrov", "Lavrov"]),
        entity("Government of Russia", "ORG", "RUS", ["Moscow"]),
        entity("North Korea", "LOC", "PRK", ["North Korea", "the DPRK", "Pyongyang", "the North"]),
        entity("Wonsan", "LOC", "PRK", ["the coastal city of Wonsan", "Wonsan"]),
        entity("Choe Son Hui", "PER", "PRK", ["his North Korean counterpart", "Foreign Minister Choe Son Hui",
                                              "Choe"]),
        entity("Kalma beach resort", "LOC", "PRK", ["the Kalma beach resort"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("South Korea", "LOC", "KOR", ["South Korea"]),
        entity("Japan", "LOC", "JPN", ["Japan"]),
        entity("UN Security Council", "ORG", "UNO", ["the U.N. Security Council", "U.N. Security Council"]),
        entity("Kim Jong Un", "PER", "PRK", ["Leader Kim Jong Un", "Kim"]),
        entity("KCNA", "ORG", "PRK", ["the North's state news agency KCNA"]),
        entity("Vladimir Putin", "PER", "RUS", ["President Vladimir Putin"]),
        entity("Kursk region", "LOC", "RUS", ["the Kursk region"]),
        entity("Ministry of Foreign Affairs of South Korea", "ORG", "KOR", ["South Korea's foreign ministry"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Shanghai Cooperation Organisation", "ORG", "IGO", ["the Shanghai Cooperation Organisation"]),
    ],
}

# ---------------------------------------------------------------- hm247-en-02 (Japan, Hakamada acquitted in retrial)
SHIZUOKA_COURT = actor("Shizuoka District Court", "JPN", "JUD")
HAKAMADA = actor("Iwao Hakamada", "JPN", "CVL")
KUNII = actor("Koshi Kunii", "JPN", "JUD")
SHIZUOKA_POLICE = actor("Shizuoka Prefectural Police", "JPN", "COP")
SHIZUOKA_PROSECUTORS = actor("Shizuoka District Public Prosecutors Office", "JPN", "JUD")
HAKAMADA_LAWYERS = actor("lawyers of Iwao Hakamada", "JPN", "CVL")
JPN_GOV = actor("Government of Japan", "JPN", "GOV")
JFBA = actor("Japan Federation of Bar Associations", "JPN", "NGO")
HAKAMADA_SUPPORTERS = actor("supporters of Iwao Hakamada", "JPN", "CVL")
JPN_PROSECUTORS = actor("Supreme Public Prosecutors Office", "JPN", "JUD")
AMNESTY = actor("Amnesty International", "NGO", "NGO")

H1 = ('SHIZUOKA, Japan, Sept 26 (Reuters) - A Japanese court on Thursday acquitted Iwao Hakamada, an 88-year-old '
      'former boxer who spent nearly half a century on death row, in a retrial over the 1966 murders of a family of '
      'four.')
H2 = ('Presiding Judge Koshi Kunii said investigators had fabricated key evidence, including blood-stained clothes '
      'found in a tank of fermented soybean paste more than a year after the killings.')
H3 = 'Hakamada, who has been judged mentally unfit after decades in solitary confinement, did not attend.'
H4 = 'His sister Hideko, 91, who has campaigned for his release for decades, bowed deeply as the verdict was read.'
H5 = ('"For 58 years we have fought, and finally we have won," she told supporters outside the courthouse, some of '
      'whom held banners reading "Innocent".')
H6 = 'Prosecutors, who had again demanded the death penalty in the retrial, have two weeks to decide whether to appeal.'
H7 = 'The Supreme Public Prosecutors Office said it would study the ruling carefully.'
H8 = ("Hakamada's lawyers urged prosecutors not to appeal and called on the government to reform the retrial "
      "system, which they said was stacked against defendants.")
H9 = ('The Japan Federation of Bar Associations called the case "a grave miscarriage of justice" and demanded an '
      'apology from the Shizuoka prefectural police.')
H10 = ('In Tokyo, about 200 supporters rallied outside the Justice Ministry on Thursday evening, chanting '
       '"No appeal".')
H11 = 'Amnesty International welcomed the acquittal and called on Japan to abolish the death penalty.'
H12 = ('Hakamada was convicted in 1968 of killing a senior employee of a miso maker, his wife and two children, and '
       'of setting fire to their home in what is now Shizuoka city.')
H13 = ('He was freed in 2014 when the same court ordered a retrial, saying evidence may have been planted, but '
       'prosecutors fought the decision for nearly a decade.')
H14 = 'He is only the fifth death-row inmate in postwar Japan to be acquitted in a retrial.'

EN02 = {
    "id": "hm247-en-02", "lang": "en", "url": None, "published": "2024-09-26",
    "title": "Japanese court acquits world's longest-serving death-row inmate",
    "text": paragraphs([H1, H2], [H3, H4, H5], [H6, H7, H8], [H9, H10, H11], [H12, H13, H14]),
    "events": [
        event("CONCEDE", SHIZUOKA_COURT, HAKAMADA, H1, date="2024-09-26", location="Shizuoka",
              location_country="JPN"),
        event("ACCUSE", KUNII, SHIZUOKA_POLICE, H2, mode="allege"),
        event("ACCUSE", SHIZUOKA_PROSECUTORS, HAKAMADA, H6, mode="allege"),
        event("REQUEST", HAKAMADA_LAWYERS, SHIZUOKA_PROSECUTORS, H8, mode="yield"),
        event("REQUEST", HAKAMADA_LAWYERS, JPN_GOV, H8, mode="change"),
        event("ACCUSE", JFBA, SHIZUOKA_POLICE, H9, mode="disapprove"),
        event("REQUEST", JFBA, SHIZUOKA_POLICE, H9, mode="change"),
        event("PROTEST", HAKAMADA_SUPPORTERS, JPN_PROSECUTORS, H10, mode="demo", date="2024-09-26",
              location="Tokyo", location_country="JPN"),
        event("SUPPORT", AMNESTY, SHIZUOKA_COURT, H11),
        event("REQUEST", AMNESTY, JPN_GOV, H11, mode="change"),
        event("RETREAT", SHIZUOKA_COURT, HAKAMADA, H13, mode="release"),
    ],
    "quotes": [
        quote("investigators had fabricated key evidence, including blood-stained clothes found in a tank of "
              "fermented soybean paste more than a year after the killings", "Koshi Kunii", "indirect"),
        quote("For 58 years we have fought, and finally we have won", "Hideko Hakamada", "direct"),
        quote("Innocent", "supporters of Iwao Hakamada", "direct"),
        quote("it would study the ruling carefully", "Supreme Public Prosecutors Office", "indirect"),
        quote("was stacked against defendants", "lawyers of Iwao Hakamada", "indirect"),
        quote("a grave miscarriage of justice", "Japan Federation of Bar Associations", "direct"),
        quote("No appeal", "supporters of Iwao Hakamada", "direct"),
        quote("evidence may have been planted", "Shizuoka District Court", "indirect"),
    ],
    "entities": [
        entity("Shizuoka", "LOC", "JPN", ["SHIZUOKA", "Shizuoka city"]),
        entity("Japan", "LOC", "JPN", ["Japan"]),
        entity("Shizuoka District Court", "ORG", "JPN", ["A Japanese court", "the courthouse", "the same court"]),
        entity("Iwao Hakamada", "PER", "JPN", ["Iwao Hakamada", "an 88-year-old former boxer", "Hakamada",
                                               "Hakamada's"]),
        entity("Koshi Kunii", "PER", "JPN", ["Presiding Judge Koshi Kunii"]),
        entity("Hideko Hakamada", "PER", "JPN", ["His sister Hideko"]),
        entity("Shizuoka District Public Prosecutors Office", "ORG", "JPN", ["Prosecutors", "prosecutors"]),
        entity("Supreme Public Prosecutors Office", "ORG", "JPN", ["The Supreme Public Prosecutors Office"]),
        entity("Government of Japan", "ORG", "JPN", ["the government"]),
        entity("Japan Federation of Bar Associations", "ORG", "JPN", ["The Japan Federation of Bar Associations"]),
        entity("Shizuoka Prefectural Police", "ORG", "JPN", ["investigators", "the Shizuoka prefectural police"]),
        entity("Tokyo", "LOC", "JPN", ["Tokyo"]),
        entity("Ministry of Justice of Japan", "ORG", "JPN", ["the Justice Ministry"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
