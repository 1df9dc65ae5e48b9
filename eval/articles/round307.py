"""Round 307: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, invented wording and details):
- hm307-de-01: India: two intruders jump into the Lok Sabha chamber and set off smoke canisters, two more protest outside parliament; MPs overpower them, arrests, Birla's and the home ministry's inquiries, the Delhi Police Special Cell takes over, Congress attacks the government, Kharge's demand, Joshi's reproach (2023-12-13).
- hm307-de-02: Bangladesh: police arrest BNP secretary general Mirza Fakhrul Islam Alamgir a day after clashes at the BNP's Dhaka rally; stones and tear gas, a policeman beaten to death, the BNP's general strike, Quader accuses and threatens, Rizvi blames the government, the US embassy condemns, Hasina's refusal (2023-10-29).
- hm307-de-03: Japan/China: Japan starts releasing treated Fukushima water; China bans all Japanese seafood and accuses Tokyo, Matsuno asks for the ban to be lifted and refuses to stop, Hong Kong's import ban, IAEA checks and Grossi's pledge, protest and arrests in Seoul, Lee Jae-myung, Seoul imposes no new curbs, fishermen object, Kishida's pledge and the aid funds (2023-08-24).
- hm307-de-04: China/Taiwan: the PLA starts the "Joint Sword" exercise around Taiwan after Tsai's meeting with McCarthy; the Eastern Theater Command's warning, McCarthy's backing, Taipei condemns and puts forces on alert, Tsai's pledge and criticism, Fujian's patrol announcement, the MAC objects, sanctions on Hsiao Bi-khim, Washington urges restraint (2023-04-08).
- hm307-en-01: Philippines/China: Chinese coast guard ships fire water cannon at a Philippine resupply mission near Second Thomas Shoal and ram the boat carrying General Brawner; China's coast guard accuses Manila, Gan Yu's demand, Manila summons Huang Xilian, Marcos objects, the coast guard's Scarborough claim, Carlson and the State Department back Manila, Japan's concern (2023-12-10).
- hm307-en-02: ICJ: the court orders Israel to prevent genocidal acts in Gaza in South Africa's case but does not order a halt to the offensive; Netanyahu vows to fight on, Ben-Gvir attacks the court, Pandor, Ramaphosa and Hamas welcome the ruling, the EU and Washington press Israel (2024-01-26).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm307-de-01 (India, Lok Sabha security breach)
LS_INTRUDERS = actor("intruders in the Lok Sabha", "IND", "CVL")
LS_OUTSIDE = actor("protesters outside Parliament House", "IND", "CVL")
IND_GOV = actor("Government of India", "IND", "GOV")
LS_MPS = actor("members of the Lok Sabha", "IND", "LEG")
PARL_SECURITY = actor("Parliament Security Service of India", "IND", "COP")
DELHI_POLICE = actor("Delhi Police", "IND", "COP")
BIRLA = actor("Om Birla", "IND", "LEG")
IND_MHA = actor("Ministry of Home Affairs of India", "IND", "GOV")
SPECIAL_CELL = actor("Special Cell of the Delhi Police", "IND", "COP")
IND_OPP = actor("Indian opposition", "IND", "OPP")
CHOWDHURY = actor("Adhir Ranjan Chowdhury", "IND", "OPP")
KHARGE = actor("Mallikarjun Kharge", "IND", "OPP")
AMIT_SHAH = actor("Amit Shah", "IND", "GOV")
JOSHI = actor("Pralhad Joshi", "IND", "GOV")

A1 = ("Neu-Delhi (dpa) - Zwei Männer sind am Mittwoch von der Besuchertribüne in den Plenarsaal des indischen "
      "Unterhauses gesprungen und haben dort Rauchbomben gezündet.")
A2 = ("Mehrere Abgeordnete überwältigten die beiden Eindringlinge und schlugen auf sie ein, bevor Sicherheitskräfte "
      "des Parlaments sie abführten.")
A3 = "Gelber Rauch zog durch den Saal, Parlamentspräsident Om Birla unterbrach die Sitzung bis zum Nachmittag."
A4 = ("Zur gleichen Zeit nahm die Polizei vor dem Parlamentsgebäude einen Mann und eine Frau fest, die ebenfalls "
      "farbigen Rauch versprüht und „Diktatur wird nicht geduldet“ gerufen hatten.")
A5 = "Nach Angaben der Polizei handelt es sich um die 37-jährige Neelam Azad und den 25-jährigen Amol Shinde."
A6 = "Die Männer im Saal wurden als Sagar Sharma und Manoranjan D. identifiziert."
A7 = ("Sie waren mit Besucherpässen in das Gebäude gelangt, die auf Empfehlung des Abgeordneten Pratap Simha von der "
      "hindunationalistischen Regierungspartei BJP ausgestellt worden waren.")
A8 = "Der Vorfall ereignete sich ausgerechnet am 22. Jahrestag des Terroranschlags auf das alte Parlamentsgebäude."
A9 = ("Birla sagte, nach ersten Erkenntnissen sei der Rauch harmlos gewesen, der Vorfall werde aber gründlich "
      "untersucht.")
A10 = ("Das Innenministerium beauftragte den Chef der Bundespolizeitruppe CRPF, Anish Dayal Singh, mit einer "
       "Untersuchung der Sicherheitslücken.")
A11 = "Die Sonderabteilung der Polizei von Delhi übernahm die Ermittlungen gegen die vier Festgenommenen."
A12 = "Die Opposition warf der Regierung von Premierminister Narendra Modi schwere Versäumnisse vor."
A13 = ("„Ausgerechnet am Jahrestag des Anschlags hat die Sicherheit erneut versagt“, sagte der Fraktionschef der "
       "Kongresspartei im Unterhaus, Adhir Ranjan Chowdhury.")
A14 = ("Kongress-Präsident Mallikarjun Kharge verlangte, Innenminister Amit Shah müsse im Parlament persönlich "
       "Stellung nehmen.")
A15 = ("Parlamentsminister Pralhad Joshi lehnte das ab und warf der Opposition vor, den Vorfall politisch "
       "auszuschlachten.")
A16 = ("Die Festgenommenen hätten angegeben, sie hätten gegen Arbeitslosigkeit und die Gewalt im Bundesstaat Manipur "
       "protestieren wollen, sagte ein Polizeibeamter.")
A17 = "Nach einem fünften Verdächtigen werde noch gefahndet, hieß es."

DE01 = {
    "id": "hm307-de-01", "lang": "de", "url": None, "published": "2023-12-13",
    "title": "Rauchbomben im indischen Parlament: Eindringlinge springen in den Plenarsaal",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7, A8], [A9, A10, A11], [A12, A13, A14, A15], [A16, A17]),
    "events": [
        event("PROTEST", LS_INTRUDERS, IND_GOV, A1, mode="demo", date="2023-12-13", location="New Delhi",
              location_country="IND"),
        event("ASSAULT", LS_MPS, LS_INTRUDERS, A2, mode="beat", location="New Delhi", location_country="IND"),
        event("COERCE", PARL_SECURITY, LS_INTRUDERS, A2, mode="arrest", location="New Delhi",
              location_country="IND"),
        event("COERCE", DELHI_POLICE, LS_OUTSIDE, A4, mode="arrest", location="New Delhi", location_country="IND"),
        event("PROTEST", LS_OUTSIDE, IND_GOV, A4, mode="demo", location="New Delhi", location_country="IND"),
        event("ACCUSE", BIRLA, None, A9, mode="investigate"),
        event("ACCUSE", IND_MHA, None, A10, mode="investigate"),
        event("ACCUSE", SPECIAL_CELL, None, A11, mode="investigate"),
        event("ACCUSE", IND_OPP, IND_GOV, A12, mode="disapprove"),
        event("ACCUSE", CHOWDHURY, IND_GOV, A13, mode="disapprove"),
        event("REQUEST", KHARGE, AMIT_SHAH, A14),
        event("REJECT", JOSHI, KHARGE, A15),
        event("ACCUSE", JOSHI, IND_OPP, A15, mode="disapprove"),
    ],
    "quotes": [
        quote("Diktatur wird nicht geduldet", "protesters outside Parliament House", "direct"),
        quote("handelt es sich um die 37-jährige Neelam Azad und den 25-jährigen Amol Shinde", "Delhi Police",
              "indirect"),
        quote("nach ersten Erkenntnissen sei der Rauch harmlos gewesen, der Vorfall werde aber gründlich untersucht",
              "Om Birla", "indirect"),
        quote("Ausgerechnet am Jahrestag des Anschlags hat die Sicherheit erneut versagt", "Adhir Ranjan Chowdhury",
              "direct"),
        quote("Innenminister Amit Shah müsse im Parlament persönlich Stellung nehmen", "Mallikarjun Kharge",
              "indirect"),
        quote("den Vorfall politisch auszuschlachten", "Pralhad Joshi", "indirect"),
        quote("Die Festgenommenen hätten angegeben, sie hätten gegen Arbeitslosigkeit und die Gewalt im Bundesstaat "
              "Manipur protestieren wollen", "Delhi Police officer", "indirect"),
        quote("sie hätten gegen Arbeitslosigkeit und die Gewalt im Bundesstaat Manipur protestieren wollen",
              "suspects in the Parliament security breach", "indirect"),
        quote("Nach einem fünften Verdächtigen werde noch gefahndet", "Delhi Police", "indirect"),
    ],
    "entities": [
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("intruders in the Lok Sabha", "PER", "IND", ["Zwei Männer", "die beiden Eindringlinge",
                                                           "Die Männer im Saal"]),
        entity("Lok Sabha", "ORG", "IND", ["des indischen Unterhauses", "im Unterhaus"]),
        entity("Lok Sabha chamber", "LOC", "IND", ["den Plenarsaal", "den Saal"]),
        entity("members of the Lok Sabha", "ORG", "IND", ["Mehrere Abgeordnete"]),
        entity("Parliament Security Service of India", "ORG", "IND", ["Sicherheitskräfte des Parlaments"]),
        entity("Parliament of India", "ORG", "IND", ["des Parlaments", "im Parlament"]),
        entity("Om Birla", "PER", "IND", ["Parlamentspräsident Om Birla", "Birla"]),
        entity("Delhi Police", "ORG", "IND", ["die Polizei", "der Polizei"]),
        entity("Parliament House", "LOC", "IND", ["dem Parlamentsgebäude", "das Gebäude"]),
        entity("protesters outside Parliament House", "PER", "IND", ["einen Mann und eine Frau"]),
        entity("Neelam Azad", "PER", "IND", ["die 37-jährige Neelam Azad"]),
        entity("Amol Shinde", "PER", "IND", ["den 25-jährigen Amol Shinde"]),
        entity("Sagar Sharma", "PER", "IND", ["Sagar Sharma"]),
        entity("Manoranjan D.", "PER", "IND", ["Manoranjan D."]),
        entity("Pratap Simha", "PER", "IND", ["des Abgeordneten Pratap Simha"]),
        entity("Bharatiya Janata Party", "ORG", "IND", ["der hindunationalistischen Regierungspartei BJP"]),
        entity("Old Parliament House", "LOC", "IND", ["das alte Parlamentsgebäude"]),
        entity("Ministry of Home Affairs of India", "ORG", "IND", ["Das Innenministerium"]),
        entity("Anish Dayal Singh", "PER", "IND", ["den Chef der Bundespolizeitruppe CRPF, Anish Dayal Singh"]),
        entity("Central Reserve Police Force", "ORG", "IND", ["Bundespolizeitruppe CRPF"]),
        entity("Special Cell of the Delhi Police", "ORG", "IND", ["Die Sonderabteilung der Polizei von Delhi"]),
        entity("suspects in the Parliament security breach", "PER", "IND", ["die vier Festgenommenen",
                                                                            "Die Festgenommenen"]),
        entity("Indian opposition", "ORG", "IND", ["Die Opposition", "der Opposition"]),
        entity("Government of India", "ORG", "IND", ["der Regierung von Premierminister Narendra Modi"]),
        entity("Narendra Modi", "PER", "IND", ["Premierminister Narendra Modi"]),
        entity("Indian National Congress", "ORG", "IND", ["der Kongresspartei", "Kongress"]),
        entity("Adhir Ranjan Chowdhury", "PER", "IND", ["der Fraktionschef der Kongresspartei im Unterhaus, Adhir "
                                                        "Ranjan Chowdhury"]),
        entity("Mallikarjun Kharge", "PER", "IND", ["Kongress-Präsident Mallikarjun Kharge"]),
        entity("Amit Shah", "PER", "IND", ["Innenminister Amit Shah"]),
        entity("Pralhad Joshi", "PER", "IND", ["Parlamentsminister Pralhad Joshi"]),
        entity("Manipur", "LOC", "IND", ["im Bundesstaat Manipur"]),
        entity("Delhi Police officer", "PER", "IND", ["ein Polizeibeamter"]),
        entity("fifth suspect in the Parliament security breach", "PER", "IND", ["einem fünften Verdächtigen"]),
    ],
}

# ---------------------------------------------------------------- hm307-de-02 (Bangladesh, Fakhrul arrested)
DMP = actor("Dhaka Metropolitan Police", "BGD", "COP")
DMP_DB = actor("Detective Branch of the Dhaka Metropolitan Police", "BGD", "COP")
FAKHRUL = actor("Mirza Fakhrul Islam Alamgir", "BGD", "OPP")
BNP_SUPPORTERS = actor("BNP supporters", "BGD", "OPP")
HASINA = actor("Sheikh Hasina", "BGD", "GOV")
BNP = actor("Bangladesh Nationalist Party", "BGD", "OPP")
BGD_GOV = actor("Government of Bangladesh", "BGD", "GOV")
QUADER = actor("Obaidul Quader", "BGD", "GOV")
RIZVI = actor("Ruhul Kabir Rizvi", "BGD", "OPP")
US_EMBASSY_DHAKA = actor("U.S. Embassy in Dhaka", "USA", "GOV")

B1 = ("Dhaka (AFP) - Einen Tag nach gewaltsamen Zusammenstößen bei einer Großkundgebung der Opposition in "
      "Bangladesch hat die Polizei den Generalsekretär der Bangladesh Nationalist Party (BNP), Mirza Fakhrul Islam "
      "Alamgir, festgenommen.")
B2 = ("Beamte der Kriminalpolizei hätten den 75-Jährigen am frühen Sonntagmorgen aus seiner Wohnung im Stadtteil "
      "Gulshan geholt, sagte seine Frau Rahat Ara Begum.")
B3 = ("Ihm werde unter anderem der Angriff auf die Residenz des Obersten Richters Obaidul Hassan zur Last gelegt, "
      "sagte ein Polizeisprecher.")
B4 = ("Zehntausende BNP-Anhänger hatten sich am Samstag im Zentrum Dhakas versammelt, um den Rücktritt von "
      "Regierungschefin Sheikh Hasina und eine Wahl unter einer neutralen Übergangsregierung zu fordern.")
B5 = ("Als Demonstranten im Viertel Kakrail Steine auf Polizisten warfen, setzte die Polizei Tränengas, "
      "Blendgranaten und Gummigeschosse ein.")
B6 = "Ein Polizist wurde von Demonstranten zu Tode geprügelt."
B7 = "Auch ein Anhänger der BNP kam ums Leben, Dutzende Menschen wurden verletzt."
B8 = "Die BNP rief daraufhin für Sonntag einen landesweiten Generalstreik aus."
B9 = "In Dhaka blieben viele Geschäfte geschlossen, auf den sonst verstopften Straßen fuhren kaum Busse."
B10 = ("Obaidul Quader, Generalsekretär der regierenden Awami League, warf der BNP vor, sie habe „Terror“ auf die "
       "Straßen getragen.")
B11 = "„Wer Polizisten tötet, wird die volle Härte des Gesetzes zu spüren bekommen“, sagte der Verkehrsminister."
B12 = ("Der BNP-Spitzenfunktionär Ruhul Kabir Rizvi sprach dagegen von einem „Plan der Regierung“, die friedliche "
       "Kundgebung zu sabotieren.")
B13 = "Die US-Botschaft in Dhaka verurteilte die Gewalt und rief alle Seiten zur Zurückhaltung auf."
B14 = "Hasina hat die Forderung nach einer Übergangsregierung wiederholt zurückgewiesen."
B15 = "Die nächste Parlamentswahl ist für Januar geplant."

DE02 = {
    "id": "hm307-de-02", "lang": "de", "url": None, "published": "2023-10-29",
    "title": "Bangladesch: BNP-Generalsekretär nach Gewalt bei Oppositionskundgebung festgenommen",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6, B7], [B8, B9], [B10, B11, B12, B13], [B14, B15]),
    "events": [
        event("COERCE", DMP, FAKHRUL, B1, mode="arrest"),
        event("COERCE", DMP_DB, FAKHRUL, B2, mode="arrest", date="2023-10-29", location="Dhaka",
              location_country="BGD"),
        event("ACCUSE", DMP, FAKHRUL, B3, mode="allege"),
        event("PROTEST", BNP_SUPPORTERS, HASINA, B4, mode="demo", date="2023-10-28", location="Dhaka",
              location_country="BGD"),
        event("ASSAULT", BNP_SUPPORTERS, DMP, B5, mode="primitive", location="Dhaka", location_country="BGD"),
        event("ASSAULT", DMP, BNP_SUPPORTERS, B5, mode="crowd-control", location="Dhaka", location_country="BGD"),
        event("ASSAULT", BNP_SUPPORTERS, DMP, B6, mode="beat"),
        event("PROTEST", BNP, BGD_GOV, B8, mode="strike", date="2023-10-29"),
        event("ACCUSE", QUADER, BNP, B10, mode="allege"),
        event("THREATEN", QUADER, BNP, B11, mode="arrest"),
        event("ACCUSE", RIZVI, BGD_GOV, B12, mode="allege"),
        event("ACCUSE", US_EMBASSY_DHAKA, None, B13, mode="disapprove"),
        event("REQUEST", US_EMBASSY_DHAKA, None, B13),
        event("REJECT", HASINA, BNP, B14, mode="change"),
    ],
    "quotes": [
        quote("Beamte der Kriminalpolizei hätten den 75-Jährigen am frühen Sonntagmorgen aus seiner Wohnung im "
              "Stadtteil Gulshan geholt", "Rahat Ara Begum", "indirect"),
        quote("Ihm werde unter anderem der Angriff auf die Residenz des Obersten Richters Obaidul Hassan zur Last "
              "gelegt", "Dhaka Metropolitan Police", "indirect"),
        quote("Terror", "Obaidul Quader", "direct"),
        quote("sie habe „Terror“ auf die Straßen getragen", "Obaidul Quader", "indirect"),
        quote("Wer Polizisten tötet, wird die volle Härte des Gesetzes zu spüren bekommen", "Obaidul Quader",
              "direct"),
        quote("Plan der Regierung", "Ruhul Kabir Rizvi", "direct"),
        quote("einem „Plan der Regierung“, die friedliche Kundgebung zu sabotieren", "Ruhul Kabir Rizvi",
              "indirect"),
    ],
    "entities": [
        entity("Dhaka", "LOC", "BGD", ["Dhaka", "Dhakas"]),
        entity("Bangladesh", "LOC", "BGD", ["Bangladesch"]),
        entity("Bangladesh Nationalist Party", "ORG", "BGD", ["der Opposition", "Bangladesh Nationalist Party (BNP)",
                                                              "der BNP", "Die BNP"]),
        entity("Dhaka Metropolitan Police", "ORG", "BGD", ["die Polizei", "Polizisten"]),
        entity("Mirza Fakhrul Islam Alamgir", "PER", "BGD", ["den Generalsekretär der Bangladesh Nationalist Party "
                                                             "(BNP), Mirza Fakhrul Islam Alamgir",
                                                             "den 75-Jährigen"]),
        entity("Detective Branch of the Dhaka Metropolitan Police", "ORG", "BGD", ["Beamte der Kriminalpolizei"]),
        entity("Gulshan", "LOC", "BGD", ["im Stadtteil Gulshan"]),
        entity("Rahat Ara Begum", "PER", "BGD", ["seine Frau Rahat Ara Begum"]),
        entity("Residence of the Chief Justice of Bangladesh", "LOC", "BGD", ["die Residenz des Obersten Richters"]),
        entity("Obaidul Hassan", "PER", "BGD", ["des Obersten Richters Obaidul Hassan"]),
        entity("spokesperson of the Dhaka Metropolitan Police", "PER", "BGD", ["ein Polizeisprecher"]),
        entity("BNP supporters", "ORG", "BGD", ["Zehntausende BNP-Anhänger", "Demonstranten"]),
        entity("Sheikh Hasina", "PER", "BGD", ["Regierungschefin Sheikh Hasina", "Hasina"]),
        entity("Kakrail", "LOC", "BGD", ["im Viertel Kakrail"]),
        entity("police officer killed in Dhaka", "PER", "BGD", ["Ein Polizist"]),
        entity("BNP supporter killed in Dhaka", "PER", "BGD", ["ein Anhänger der BNP"]),
        entity("Obaidul Quader", "PER", "BGD", ["Obaidul Quader", "der Verkehrsminister"]),
        entity("Awami League", "ORG", "BGD", ["der regierenden Awami League"]),
        entity("Ruhul Kabir Rizvi", "PER", "BGD", ["Der BNP-Spitzenfunktionär Ruhul Kabir Rizvi"]),
        entity("Government of Bangladesh", "ORG", "BGD", ["der Regierung"]),
        entity("U.S. Embassy in Dhaka", "ORG", "USA", ["Die US-Botschaft in Dhaka"]),
    ],
}

# ---------------------------------------------------------------- hm307-de-03 (Japan/China, Fukushima water release)
CHINA = actor("China", "CHN", "GOV")
JAPAN = actor("Japan", "JPN", "GOV")
CHN_MFA = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")
CHN_GOV = actor("Government of China", "CHN", "GOV")
MATSUNO = actor("Hirokazu Matsuno", "JPN", "GOV")
HK_GOV = actor("Government of Hong Kong", "CHN", "GOV")
GROSSI = actor("Rafael Grossi", "UNO", "IGO")
SEOUL_PROTESTERS = actor("protesters in Seoul", "KOR", "CVL")
KOR_POLICE = actor("South Korean police", "KOR", "COP")
KOR_STUDENTS = actor("South Korean students", "KOR", "CVL")
LEE_JM = actor("Lee Jae-myung", "KOR", "OPP")
KOR_GOV = actor("Government of South Korea", "KOR", "GOV")
SAKAMOTO = actor("Masanobu Sakamoto", "JPN", "BUS")
JPN_GOV = actor("Government of Japan", "JPN", "GOV")
KISHIDA = actor("Fumio Kishida", "JPN", "GOV")
JPN_FISHERMEN = actor("Japanese fishermen", "JPN", "BUS")
JPN_FISHING = actor("Japanese fishing industry", "JPN", "BUS")

F1 = ("Tokio/Peking (dpa) - Unmittelbar nach dem Beginn der Einleitung von aufbereitetem Kühlwasser aus der "
      "Atomruine Fukushima ins Meer hat China die Einfuhr sämtlicher Fische und Meeresfrüchte aus Japan gestoppt.")
F2 = ("Der Betreiber Tepco startete am Donnerstagmittag die Pumpen, die das stark verdünnte Wasser durch einen "
      "Tunnel rund einen Kilometer vor die Küste leiten.")
F3 = "Zur Begründung verwies die chinesische Zollbehörde auf den Schutz der Gesundheit der Verbraucher."
F4 = ("Das Außenministerium in Peking warf Japan vor, den Pazifik als „Abwasserkanal“ zu missbrauchen, und nannte "
      "das Vorgehen „äußerst egoistisch und unverantwortlich“.")
F5 = "Peking verlangte, die Einleitung sofort zu stoppen."
F6 = "Regierungssprecher Hirokazu Matsuno forderte China auf, das Einfuhrverbot umgehend aufzuheben."
F7 = "Die Einleitung sei wissenschaftlich sicher und werde fortgesetzt, sagte er in Tokio."
F8 = ("Auch Hongkong verbot die Einfuhr von Meeresprodukten aus zehn japanischen Präfekturen, darunter Fukushima "
      "und Tokio.")
F9 = ("Die Internationale Atomenergiebehörde (IAEA) erklärte, ihre Experten vor Ort hätten in ersten Proben eine "
      "Tritiumkonzentration weit unterhalb des Grenzwerts gemessen.")
F10 = ("IAEA-Chef Rafael Grossi sicherte zu, die Behörde werde die Einleitung über die gesamte Dauer von "
       "voraussichtlich drei Jahrzehnten überwachen.")
F11 = "In Seoul protestierten Hunderte Menschen gegen die Einleitung."
F12 = ("Die Polizei nahm 16 Studenten fest, die versucht hatten, in ein Gebäude mit der japanischen Botschaft "
       "einzudringen.")
F13 = "Südkoreas Oppositionsführer Lee Jae-myung nannte die Einleitung ein „Verbrechen an der Umwelt“."
F14 = ("Die südkoreanische Regierung erklärte dagegen, sie sehe nach eigener Prüfung keine wissenschaftlichen "
       "Bedenken, und verhängte keine neuen Einfuhrbeschränkungen.")
F15 = "Japanische Fischer fürchten um den Ruf ihrer Produkte."
F16 = ("Der Vorsitzende des nationalen Fischereiverbands, Masanobu Sakamoto, sagte, die Fischer lehnten die "
       "Einleitung weiterhin ab.")
F17 = ("Ministerpräsident Fumio Kishida hatte den Fischern am Montag zugesagt, die Regierung werde sie „bis zum "
       "Ende“ unterstützen, auch wenn es Jahrzehnte dauern sollte.")
F18 = "Die japanische Regierung hat für die Fischereibranche Hilfsfonds von insgesamt 80 Milliarden Yen eingerichtet."

DE03 = {
    "id": "hm307-de-03", "lang": "de", "url": None, "published": "2023-08-24",
    "title": "Japan leitet Fukushima-Wasser ins Meer – China stoppt Einfuhr von Meeresfrüchten",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6, F7, F8], [F9, F10], [F11, F12, F13, F14],
                       [F15, F16, F17, F18]),
    "events": [
        event("SANCTION", CHINA, JAPAN, F1, mode="discontinue"),
        event("ACCUSE", CHN_MFA, JAPAN, F4, mode="disapprove"),
        event("REQUEST", CHN_GOV, JAPAN, F5, mode="change"),
        event("REQUEST", MATSUNO, CHINA, F6, mode="yield"),
        event("REJECT", MATSUNO, CHINA, F7, mode="change", location="Tokyo", location_country="JPN"),
        event("SANCTION", HK_GOV, JAPAN, F8, mode="discontinue"),
        event("AGREE", GROSSI, JAPAN, F10),
        event("PROTEST", SEOUL_PROTESTERS, JAPAN, F11, mode="demo", location="Seoul", location_country="KOR"),
        event("COERCE", KOR_POLICE, KOR_STUDENTS, F12, mode="arrest", location="Seoul", location_country="KOR"),
        event("ACCUSE", LEE_JM, JAPAN, F13, mode="disapprove"),
        event("SANCTION", KOR_GOV, JAPAN, F14, mode="discontinue", negated=True),
        event("ACCUSE", SAKAMOTO, JPN_GOV, F16, mode="disapprove"),
        event("AGREE", KISHIDA, JPN_FISHERMEN, F17, date="2023-08-21"),
        event("AID", JPN_GOV, JPN_FISHING, F18),
    ],
    "quotes": [
        quote("Abwasserkanal", "Ministry of Foreign Affairs of China", "direct"),
        quote("den Pazifik als „Abwasserkanal“ zu missbrauchen", "Ministry of Foreign Affairs of China", "indirect"),
        quote("äußerst egoistisch und unverantwortlich", "Ministry of Foreign Affairs of China", "direct"),
        quote("die Einleitung sofort zu stoppen", "Government of China", "indirect"),
        quote("Die Einleitung sei wissenschaftlich sicher und werde fortgesetzt", "Hirokazu Matsuno", "indirect"),
        quote("ihre Experten vor Ort hätten in ersten Proben eine Tritiumkonzentration weit unterhalb des Grenzwerts "
              "gemessen", "International Atomic Energy Agency", "indirect"),
        quote("die Behörde werde die Einleitung über die gesamte Dauer von voraussichtlich drei Jahrzehnten "
              "überwachen", "Rafael Grossi", "indirect"),
        quote("Verbrechen an der Umwelt", "Lee Jae-myung", "direct"),
        quote("sie sehe nach eigener Prüfung keine wissenschaftlichen Bedenken", "Government of South Korea",
              "indirect"),
        quote("die Fischer lehnten die Einleitung weiterhin ab", "Masanobu Sakamoto", "indirect"),
        quote("bis zum Ende", "Fumio Kishida", "direct"),
        quote("die Regierung werde sie „bis zum Ende“ unterstützen, auch wenn es Jahrzehnte dauern sollte",
              "Fumio Kishida", "indirect"),
    ],
    "entities": [
        entity("Tokyo", "LOC", "JPN", ["Tokio"]),
        entity("Government of China", "ORG", "CHN", ["Peking"]),
        entity("Fukushima Daiichi Nuclear Power Plant", "LOC", "JPN", ["der Atomruine Fukushima"]),
        entity("Fukushima Prefecture", "LOC", "JPN", ["Fukushima"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Japan", "LOC", "JPN", ["Japan"]),
        entity("Tokyo Electric Power Company", "ORG", "JPN", ["Der Betreiber Tepco"]),
        entity("General Administration of Customs of China", "ORG", "CHN", ["die chinesische Zollbehörde"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Das Außenministerium in Peking"]),
        entity("Pacific Ocean", "LOC", None, ["den Pazifik"]),
        entity("Hirokazu Matsuno", "PER", "JPN", ["Regierungssprecher Hirokazu Matsuno"]),
        entity("Hong Kong", "LOC", "CHN", ["Hongkong"]),
        entity("International Atomic Energy Agency", "ORG", "UNO", ["Die Internationale Atomenergiebehörde (IAEA)",
                                                                    "IAEA", "die Behörde"]),
        entity("IAEA experts", "ORG", "UNO", ["ihre Experten vor Ort"]),
        entity("Rafael Grossi", "PER", "UNO", ["IAEA-Chef Rafael Grossi"]),
        entity("Seoul", "LOC", "KOR", ["Seoul"]),
        entity("protesters in Seoul", "PER", "KOR", ["Hunderte Menschen"]),
        entity("South Korean police", "ORG", "KOR", ["Die Polizei"]),
        entity("South Korean students", "PER", "KOR", ["16 Studenten"]),
        entity("Embassy of Japan in Seoul", "ORG", "JPN", ["der japanischen Botschaft"]),
        entity("South Korea", "LOC", "KOR", ["Südkoreas"]),
        entity("Lee Jae-myung", "PER", "KOR", ["Südkoreas Oppositionsführer Lee Jae-myung"]),
        entity("Government of South Korea", "ORG", "KOR", ["Die südkoreanische Regierung"]),
        entity("Japanese fishermen", "ORG", "JPN", ["Japanische Fischer", "die Fischer", "den Fischern"]),
        entity("National Federation of Fisheries Cooperative Associations", "ORG", "JPN",
               ["des nationalen Fischereiverbands"]),
        entity("Masanobu Sakamoto", "PER", "JPN", ["Der Vorsitzende des nationalen Fischereiverbands, Masanobu "
                                                   "Sakamoto"]),
        entity("Fumio Kishida", "PER", "JPN", ["Ministerpräsident Fumio Kishida"]),
        entity("Government of Japan", "ORG", "JPN", ["die Regierung", "Die japanische Regierung"]),
        entity("Japanese fishing industry", "ORG", "JPN", ["die Fischereibranche"]),
    ],
}

# ---------------------------------------------------------------- hm307-de-04 (China/Taiwan, "Joint Sword" drills)
PLA = actor("People's Liberation Army", "CHN", "MIL")
TWN_GOV = actor("Government of Taiwan", "TWN", "GOV")
PLA_ETC = actor("Eastern Theater Command", "CHN", "MIL")
TWN_INDEP = actor("Taiwanese pro-independence forces", "TWN", "PTY")
TSAI = actor("Tsai Ing-wen", "TWN", "GOV")
MCCARTHY = actor("Kevin McCarthy", "USA", "LEG")
TWN_MND = actor("Ministry of National Defense of Taiwan", "TWN", "GOV")
TWN_MIL = actor("Republic of China Armed Forces", "TWN", "MIL")
USA_GOV = actor("United States", "USA", "GOV")
FUJIAN_MSA = actor("Fujian Maritime Safety Administration", "CHN", "GOV")
TWN_MAC = actor("Mainland Affairs Council", "TWN", "GOV")
HSIAO = actor("Hsiao Bi-khim", "TWN", "GOV")
US_STATE = actor("U.S. Department of State", "USA", "GOV")

T1 = "Peking/Taipeh (AFP) - China hat am Samstag ein dreitägiges Militärmanöver rund um Taiwan begonnen."
T2 = ("Die Übung mit dem Namen „Gemeinsames Schwert“ sei eine „ernste Warnung“ an die Kräfte, die mit "
      "ausländischer Unterstützung eine Unabhängigkeit Taiwans anstrebten, erklärte ein Sprecher des Östlichen "
      "Kommandos der Volksbefreiungsarmee.")
T3 = ("Anlass ist das Treffen von Präsidentin Tsai Ing-wen mit dem Vorsitzenden des US-Repräsentantenhauses, Kevin "
      "McCarthy, am Mittwoch in der Ronald Reagan Presidential Library in Kalifornien.")
T4 = "Der 58-Jährige hatte Taiwan dabei die anhaltende Unterstützung der USA zugesichert."
T5 = "Taiwans Verteidigungsministerium verurteilte das Manöver als Gefahr für Frieden und Stabilität in der Region."
T6 = ("Raketeneinheiten, Schiffe und Flugzeuge der taiwanischen Streitkräfte seien in Bereitschaft versetzt worden, "
      "um die chinesischen Bewegungen zu beobachten, hieß es aus dem Ministerium.")
T7 = ("Tsai erklärte, Taiwan werde weiter mit den USA und anderen gleichgesinnten Ländern zusammenarbeiten, um "
      "Freiheit und Demokratie zu verteidigen.")
T8 = "„Die anhaltende militärische Einschüchterung durch China ist unverantwortlich“, sagte die 66-Jährige."
T9 = ("Die Seesicherheitsbehörde der Provinz Fujian kündigte zudem eine dreitägige Sonderpatrouille in der "
      "Taiwanstraße an, bei der auch Schiffe kontrolliert und betreten werden könnten.")
T10 = "Taiwans Festlandrat nannte das eine „Provokation“, die Schifffahrt und Handel gefährde."
T11 = ("Peking hatte bereits am Freitag Sanktionen gegen Taiwans Vertreterin in Washington, Hsiao Bi-khim, "
       "verhängt, die Tsai auf ihrer Reise begleitet hatte.")
T12 = "Sie darf nun weder in die Volksrepublik noch nach Hongkong oder Macau einreisen."
T13 = ("Das US-Außenministerium rief Peking zur Zurückhaltung auf und erklärte, die Kommunikationskanäle zu China "
       "blieben offen.")
T14 = ("Taiwan wird seit 1949 getrennt von der Volksrepublik regiert, die die Insel als Teil ihres Territoriums "
       "betrachtet.")
T15 = "Im Januar wählt Taiwan einen neuen Präsidenten; Tsai darf nach zwei Amtszeiten nicht erneut antreten."

DE04 = {
    "id": "hm307-de-04", "lang": "de", "url": None, "published": "2023-04-08",
    "title": "China beginnt Manöver um Taiwan nach Tsais Treffen mit McCarthy",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6, T7, T8], [T9, T10], [T11, T12, T13], [T14, T15]),
    "events": [
        event("MOBILIZE", PLA, TWN_GOV, T1, mode="troops", date="2023-04-08", location="Taiwan",
              location_country="TWN"),
        event("THREATEN", PLA_ETC, TWN_INDEP, T2),
        event("CONSULT", TSAI, MCCARTHY, T3, mode="visit", date="2023-04-05",
              location="Ronald Reagan Presidential Library", location_country="USA"),
        event("SUPPORT", MCCARTHY, TWN_GOV, T4),
        event("ACCUSE", TWN_MND, PLA, T5, mode="disapprove"),
        event("MOBILIZE", TWN_MIL, PLA, T6, mode="weapons"),
        event("AGREE", TSAI, USA_GOV, T7),
        event("ACCUSE", TSAI, CHN_GOV, T8, mode="disapprove"),
        event("THREATEN", FUJIAN_MSA, None, T9, mode="restrict", location="Taiwan Strait"),
        event("ACCUSE", TWN_MAC, FUJIAN_MSA, T10, mode="disapprove"),
        event("SANCTION", CHN_GOV, HSIAO, T11, mode="discontinue", date="2023-04-07"),
        event("REQUEST", US_STATE, CHN_GOV, T13),
    ],
    "quotes": [
        quote("Gemeinsames Schwert", "Eastern Theater Command", "direct"),
        quote("ernste Warnung", "Eastern Theater Command", "direct"),
        quote("Die Übung mit dem Namen „Gemeinsames Schwert“ sei eine „ernste Warnung“ an die Kräfte, die mit "
              "ausländischer Unterstützung eine Unabhängigkeit Taiwans anstrebten", "Eastern Theater Command",
              "indirect"),
        quote("Raketeneinheiten, Schiffe und Flugzeuge der taiwanischen Streitkräfte seien in Bereitschaft versetzt "
              "worden, um die chinesischen Bewegungen zu beobachten", "Ministry of National Defense of Taiwan",
              "indirect"),
        quote("Taiwan werde weiter mit den USA und anderen gleichgesinnten Ländern zusammenarbeiten, um Freiheit und "
              "Demokratie zu verteidigen", "Tsai Ing-wen", "indirect"),
        quote("Die anhaltende militärische Einschüchterung durch China ist unverantwortlich", "Tsai Ing-wen",
              "direct"),
        quote("Provokation", "Mainland Affairs Council", "direct"),
        quote("die Schifffahrt und Handel gefährde", "Mainland Affairs Council", "indirect"),
        quote("die Kommunikationskanäle zu China blieben offen", "U.S. Department of State", "indirect"),
    ],
    "entities": [
        entity("Government of China", "ORG", "CHN", ["Peking"]),
        entity("Taipei", "LOC", "TWN", ["Taipeh"]),
        entity("China", "LOC", "CHN", ["China", "der Volksrepublik", "die Volksrepublik"]),
        entity("Taiwan", "LOC", "TWN", ["Taiwan", "Taiwans", "die Insel"]),
        entity("spokesperson of the Eastern Theater Command", "PER", "CHN", ["ein Sprecher"]),
        entity("Eastern Theater Command", "ORG", "CHN", ["des Östlichen Kommandos der Volksbefreiungsarmee"]),
        entity("People's Liberation Army", "ORG", "CHN", ["der Volksbefreiungsarmee"]),
        entity("Taiwanese pro-independence forces", "ORG", "TWN", ["die Kräfte"]),
        entity("Tsai Ing-wen", "PER", "TWN", ["Präsidentin Tsai Ing-wen", "Tsai", "die 66-Jährige"]),
        entity("U.S. House of Representatives", "ORG", "USA", ["des US-Repräsentantenhauses"]),
        entity("Kevin McCarthy", "PER", "USA", ["dem Vorsitzenden des US-Repräsentantenhauses, Kevin McCarthy",
                                                "Der 58-Jährige"]),
        entity("Ronald Reagan Presidential Library", "LOC", "USA", ["der Ronald Reagan Presidential Library"]),
        entity("California", "LOC", "USA", ["Kalifornien"]),
        entity("United States", "LOC", "USA", ["der USA", "den USA"]),
        entity("Ministry of National Defense of Taiwan", "ORG", "TWN", ["Taiwans Verteidigungsministerium",
                                                                        "dem Ministerium"]),
        entity("Republic of China Armed Forces", "ORG", "TWN", ["der taiwanischen Streitkräfte"]),
        entity("Fujian Maritime Safety Administration", "ORG", "CHN", ["Die Seesicherheitsbehörde der Provinz "
                                                                       "Fujian"]),
        entity("Fujian", "LOC", "CHN", ["der Provinz Fujian"]),
        entity("Taiwan Strait", "LOC", None, ["der Taiwanstraße"]),
        entity("Mainland Affairs Council", "ORG", "TWN", ["Taiwans Festlandrat"]),
        entity("Hsiao Bi-khim", "PER", "TWN", ["Taiwans Vertreterin in Washington, Hsiao Bi-khim"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Hong Kong", "LOC", "CHN", ["Hongkong"]),
        entity("Macau", "LOC", "CHN", ["Macau"]),
        entity("U.S. Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
    ],
}

# ---------------------------------------------------------------- hm307-en-01 (Philippines/China, Second Thomas Shoal)
CCG = actor("China Coast Guard", "CHN", "COP")
AFP_PHL = actor("Armed Forces of the Philippines", "PHL", "MIL")
GAN_YU = actor("Gan Yu", "CHN", "COP")
PHL_GOV = actor("Government of the Philippines", "PHL", "GOV")
PHL_DFA = actor("Department of Foreign Affairs of the Philippines", "PHL", "GOV")
MARCOS = actor("Ferdinand Marcos Jr.", "PHL", "GOV")
PCG = actor("Philippine Coast Guard", "PHL", "COP")
CARLSON = actor("MaryKay Carlson", "USA", "GOV")
JAPAN_GOV = actor("Japan", "JPN", "GOV")

M1 = ("MANILA, Dec 10 (Reuters) - Chinese coast guard ships fired water cannon at Philippine vessels on a resupply "
      "mission in the disputed South China Sea on Sunday, in the latest confrontation between the two countries "
      "at Second Thomas Shoal.")
M2 = ("One of the boats, the Unaizah May 1, was rammed by a Chinese coast guard ship while carrying armed forces "
      "chief General Romeo Brawner, and suffered serious engine damage.")
M3 = "Brawner and the crew were unhurt, the military said."
M4 = ('"This only strengthens our resolve," Brawner told reporters, adding that the military would never abandon '
      'the marines stationed on the shoal.')
M5 = ("The marines live aboard the BRP Sierra Madre, a World War Two-era ship that Manila deliberately ran aground "
      "on the reef in 1999 to assert its claim.")
M6 = ("China's coast guard said the Philippine vessels had entered Chinese waters without permission and ignored "
      "repeated warnings, and accused the crew of the Unaizah May 1 of deliberately ramming one of its ships.")
M7 = ('Spokesperson Gan Yu said the coast guard had taken "necessary measures" in accordance with the law and urged '
      'Manila to stop its "provocations."')
M8 = ('The Philippine foreign ministry summoned Chinese Ambassador Huang Xilian and lodged a protest against what it '
      'called China\'s "illegal and aggressive actions."')
M9 = ('President Ferdinand Marcos Jr. said the "aggression and provocations" by the Chinese coast guard had only '
      'strengthened the determination of Filipinos to defend the country\'s sovereignty.')
M10 = ("On Saturday, Chinese coast guard ships fired water cannon at three Philippine fisheries bureau boats near "
       "Scarborough Shoal, damaging the communications equipment of one of them, according to the Philippine coast "
       "guard.")
M11 = ('U.S. Ambassador MaryKay Carlson condemned the "dangerous and illegal actions" and said Washington stood with '
       'its ally.')
M12 = ("The State Department said the 1951 Mutual Defense Treaty extends to armed attacks on Philippine armed "
       "forces, public vessels and aircraft, including those of its coast guard, anywhere in the South China Sea.")
M13 = "Japan also voiced concern over the incidents."
M14 = ("China claims almost all of the South China Sea, including waters within the exclusive economic zones of the "
       "Philippines, Vietnam, Malaysia and Brunei.")
M15 = "A Philippine military spokesperson said the resupply missions to the Sierra Madre would continue."
M16 = "Second Thomas Shoal lies about 200 km (124 miles) off the Philippine island of Palawan."

EN01 = {
    "id": "hm307-en-01", "lang": "en", "url": None, "published": "2023-12-10",
    "title": "Chinese coast guard fires water cannon, rams Philippine boat carrying military chief",
    "text": paragraphs([M1, M2], [M3, M4, M5], [M6, M7], [M8, M9, M10], [M11, M12, M13], [M14, M15, M16]),
    "events": [
        event("ASSAULT", CCG, AFP_PHL, M1, mode="crowd-control", date="2023-12-10", location="Second Thomas Shoal"),
        event("ASSAULT", CCG, AFP_PHL, M2),
        event("ACCUSE", CCG, AFP_PHL, M6, mode="allege"),
        event("REQUEST", GAN_YU, PHL_GOV, M7, mode="change"),
        event("ACCUSE", PHL_DFA, CHN_GOV, M8, mode="disapprove"),
        event("ACCUSE", MARCOS, CCG, M9, mode="disapprove"),
        event("ACCUSE", PCG, CCG, M10, mode="allege"),
        event("ACCUSE", CARLSON, CCG, M11, mode="disapprove"),
        event("SUPPORT", CARLSON, PHL_GOV, M11),
        event("SUPPORT", US_STATE, PHL_GOV, M12),
        event("ACCUSE", JAPAN_GOV, None, M13, mode="disapprove"),
    ],
    "quotes": [
        quote("Brawner and the crew were unhurt", "Armed Forces of the Philippines", "indirect"),
        quote("This only strengthens our resolve", "Romeo Brawner", "direct"),
        quote("the military would never abandon the marines stationed on the shoal", "Romeo Brawner", "indirect"),
        quote("the Philippine vessels had entered Chinese waters without permission and ignored repeated warnings",
              "China Coast Guard", "indirect"),
        quote("necessary measures", "Gan Yu", "direct"),
        quote('the coast guard had taken "necessary measures" in accordance with the law', "Gan Yu", "indirect"),
        quote("provocations", "Gan Yu", "direct"),
        quote("illegal and aggressive actions", "Department of Foreign Affairs of the Philippines", "direct"),
        quote("aggression and provocations", "Ferdinand Marcos Jr.", "direct"),
        quote('the "aggression and provocations" by the Chinese coast guard had only strengthened the determination '
              'of Filipinos to defend the country\'s sovereignty', "Ferdinand Marcos Jr.", "indirect"),
        quote("Chinese coast guard ships fired water cannon at three Philippine fisheries bureau boats near "
              "Scarborough Shoal, damaging the communications equipment of one of them", "Philippine Coast Guard",
              "indirect"),
        quote("dangerous and illegal actions", "MaryKay Carlson", "direct"),
        quote("Washington stood with its ally", "MaryKay Carlson", "indirect"),
        quote("the 1951 Mutual Defense Treaty extends to armed attacks on Philippine armed forces, public vessels and "
              "aircraft, including those of its coast guard, anywhere in the South China Sea",
              "U.S. Department of State", "indirect"),
        quote("the resupply missions to the Sierra Madre would continue",
              "spokesperson of the Armed Forces of the Philippines", "indirect"),
    ],
    "entities": [
        entity("Manila", "LOC", "PHL", ["MANILA"]),
        entity("China Coast Guard", "ORG", "CHN", ["Chinese coast guard ships", "a Chinese coast guard ship",
                                                   "China's coast guard", "the coast guard",
                                                   "the Chinese coast guard"]),
        entity("Philippine resupply vessels", "LOC", "PHL", ["Philippine vessels", "the Philippine vessels"]),
        entity("South China Sea", "LOC", None, ["the disputed South China Sea", "the South China Sea"]),
        entity("Second Thomas Shoal", "LOC", None, ["Second Thomas Shoal", "the shoal", "the reef"]),
        entity("Unaizah May 1", "LOC", "PHL", ["One of the boats", "the Unaizah May 1"]),
        entity("Armed Forces of the Philippines", "ORG", "PHL", ["armed forces", "the military"]),
        entity("Romeo Brawner", "PER", "PHL", ["armed forces chief General Romeo Brawner", "Brawner"]),
        entity("Philippine Marine Corps", "ORG", "PHL", ["the marines stationed on the shoal", "The marines"]),
        entity("BRP Sierra Madre", "LOC", "PHL", ["the BRP Sierra Madre", "the Sierra Madre"]),
        entity("Government of the Philippines", "ORG", "PHL", ["Manila"]),
        entity("Gan Yu", "PER", "CHN", ["Spokesperson Gan Yu"]),
        entity("Department of Foreign Affairs of the Philippines", "ORG", "PHL", ["The Philippine foreign ministry"]),
        entity("Huang Xilian", "PER", "CHN", ["Chinese Ambassador Huang Xilian"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Ferdinand Marcos Jr.", "PER", "PHL", ["President Ferdinand Marcos Jr."]),
        entity("Philippines", "LOC", "PHL", ["the country", "Philippines"]),
        entity("Bureau of Fisheries and Aquatic Resources", "ORG", "PHL", ["Philippine fisheries bureau"]),
        entity("Scarborough Shoal", "LOC", None, ["Scarborough Shoal"]),
        entity("Philippine Coast Guard", "ORG", "PHL", ["the Philippine coast guard", "its coast guard"]),
        entity("MaryKay Carlson", "PER", "USA", ["U.S. Ambassador MaryKay Carlson"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("U.S. Department of State", "ORG", "USA", ["The State Department"]),
        entity("Japan", "LOC", "JPN", ["Japan"]),
        entity("Vietnam", "LOC", "VNM", ["Vietnam"]),
        entity("Malaysia", "LOC", "MYS", ["Malaysia"]),
        entity("Brunei", "LOC", "BRN", ["Brunei"]),
        entity("spokesperson of the Armed Forces of the Philippines", "PER", "PHL",
               ["A Philippine military spokesperson"]),
        entity("Palawan", "LOC", "PHL", ["the Philippine island of Palawan"]),
    ],
}

# ---------------------------------------------------------------- hm307-en-02 (ICJ, South Africa v. Israel)
ICJ = actor("International Court of Justice", "UNO", "JUD")
ISRAEL = actor("Israel", "ISR", "GOV")
SOUTH_AFRICA = actor("South Africa", "ZAF", "GOV")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
HAMAS = actor("Hamas", "PSE", "REB")
BEN_GVIR = actor("Itamar Ben-Gvir", "ISR", "GOV")
PANDOR = actor("Naledi Pandor", "ZAF", "GOV")
RAMAPHOSA = actor("Cyril Ramaphosa", "ZAF", "GOV")
EU = actor("European Union", "EUR", "IGO")
MILLER = actor("Matthew Miller", "USA", "GOV")

J1 = ("THE HAGUE, Jan 26 (Reuters) - The International Court of Justice on Friday ordered Israel to take all "
      "measures within its power to prevent acts of genocide in Gaza, in an interim ruling in the case brought by "
      "South Africa.")
J2 = "South Africa accuses Israel of committing genocide against Palestinians in its war against Hamas, a charge Israel rejects."
J3 = "The court did not order Israel to suspend its military operations in Gaza."
J4 = ("By large majorities, the 17 judges ordered Israel to ensure that its troops do not commit genocidal acts, to "
      "prevent and punish public incitement to genocide and to allow urgently needed humanitarian aid into the "
      "enclave.")
J5 = ("President Joan Donoghue, who read out the order at the Peace Palace, said the court had jurisdiction and that "
      "at least some of the rights claimed by South Africa were plausible.")
J6 = "Ugandan judge Julia Sebutinde voted against all the measures, while Israel's ad hoc judge Aharon Barak backed two of them."
J7 = ('Prime Minister Benjamin Netanyahu said the genocide charge was "not only false, it\'s outrageous" and vowed '
      'that Israel would keep fighting until "total victory" over Hamas.')
J8 = ('National Security Minister Itamar Ben-Gvir called the court "antisemitic" and said it was not seeking '
      'justice.')
J9 = ("South African Foreign Minister Naledi Pandor welcomed the ruling outside the court but said she had hoped the "
      "judges would order a ceasefire.")
J10 = '"Israel must stop the killing now," Pandor told reporters.'
J11 = 'President Cyril Ramaphosa called the decision a "decisive victory for the international rule of law."'
J12 = "Hamas welcomed the ruling, saying it would help isolate Israel."
J13 = ("The European Union said it expected Israel to comply fully, immediately and effectively with the court's "
       "orders, which are legally binding.")
J14 = ('U.S. State Department spokesperson Matthew Miller said Washington still considered the genocide allegation '
       '"unfounded" but that Israel had to do more to reduce civilian casualties.')
J15 = "Gaza's health ministry says more than 26,000 Palestinians have been killed in the Israeli offensive."
J16 = "A final ruling on whether Israel has committed genocide could take years."

EN02 = {
    "id": "hm307-en-02", "lang": "en", "url": None, "published": "2024-01-26",
    "title": "World Court orders Israel to prevent genocidal acts in Gaza, stops short of ordering ceasefire",
    "text": paragraphs([J1, J2, J3], [J4, J5, J6], [J7, J8], [J9, J10, J11, J12], [J13, J14], [J15, J16]),
    "events": [
        event("REQUEST", ICJ, ISRAEL, J1, mode="change", date="2024-01-26", location="The Hague",
              location_country="NLD"),
        event("ACCUSE", SOUTH_AFRICA, ISRAEL, J2, mode="allege"),
        event("REQUEST", ICJ, ISRAEL, J3, mode="yield", negated=True),
        event("REQUEST", ICJ, ISRAEL, J4, mode="change"),
        event("THREATEN", NETANYAHU, HAMAS, J7, mode="violence"),
        event("ACCUSE", BEN_GVIR, ICJ, J8, mode="disapprove"),
        event("SUPPORT", PANDOR, ICJ, J9, location="The Hague", location_country="NLD"),
        event("REQUEST", PANDOR, ISRAEL, J10, mode="yield"),
        event("SUPPORT", RAMAPHOSA, ICJ, J11),
        event("SUPPORT", HAMAS, ICJ, J12),
        event("REQUEST", EU, ISRAEL, J13),
        event("REQUEST", MILLER, ISRAEL, J14, mode="change"),
    ],
    "quotes": [
        quote("the court had jurisdiction and that at least some of the rights claimed by South Africa were "
              "plausible", "Joan Donoghue", "indirect"),
        quote("not only false, it's outrageous", "Benjamin Netanyahu", "direct"),
        quote('the genocide charge was "not only false, it\'s outrageous"', "Benjamin Netanyahu", "indirect"),
        quote("total victory", "Benjamin Netanyahu", "direct"),
        quote('Israel would keep fighting until "total victory" over Hamas', "Benjamin Netanyahu", "indirect"),
        quote("antisemitic", "Itamar Ben-Gvir", "direct"),
        quote("it was not seeking justice", "Itamar Ben-Gvir", "indirect"),
        quote("she had hoped the judges would order a ceasefire", "Naledi Pandor", "indirect"),
        quote("Israel must stop the killing now", "Naledi Pandor", "direct"),
        quote("decisive victory for the international rule of law", "Cyril Ramaphosa", "direct"),
        quote("it would help isolate Israel", "Hamas", "indirect"),
        quote("it expected Israel to comply fully, immediately and effectively with the court's orders",
              "European Union", "indirect"),
        quote("Israel had to do more to reduce civilian casualties", "Matthew Miller", "indirect"),
        quote('Washington still considered the genocide allegation "unfounded"', "Matthew Miller", "indirect"),
        quote("unfounded", "Matthew Miller", "direct"),
        quote("more than 26,000 Palestinians have been killed in the Israeli offensive", "Gaza Health Ministry",
              "indirect"),
    ],
    "entities": [
        entity("The Hague", "LOC", "NLD", ["THE HAGUE"]),
        entity("International Court of Justice", "ORG", "UNO", ["The International Court of Justice", "The court",
                                                                "the court", "the 17 judges", "the judges"]),
        entity("Israel", "LOC", "ISR", ["Israel", "Israel's"]),
        entity("Gaza", "LOC", "PSE", ["Gaza", "the enclave", "Gaza's"]),
        entity("South Africa", "LOC", "ZAF", ["South Africa"]),
        entity("Palestinians", "ORG", "PSE", ["Palestinians"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("Joan Donoghue", "PER", "UNO", ["President Joan Donoghue"]),
        entity("Peace Palace", "LOC", "NLD", ["the Peace Palace"]),
        entity("Julia Sebutinde", "PER", "UGA", ["Ugandan judge Julia Sebutinde"]),
        entity("Aharon Barak", "PER", "ISR", ["Israel's ad hoc judge Aharon Barak"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Prime Minister Benjamin Netanyahu"]),
        entity("Itamar Ben-Gvir", "PER", "ISR", ["National Security Minister Itamar Ben-Gvir"]),
        entity("Naledi Pandor", "PER", "ZAF", ["South African Foreign Minister Naledi Pandor", "Pandor"]),
        entity("Cyril Ramaphosa", "PER", "ZAF", ["President Cyril Ramaphosa"]),
        entity("European Union", "ORG", "EUR", ["The European Union"]),
        entity("U.S. Department of State", "ORG", "USA", ["U.S. State Department"]),
        entity("Matthew Miller", "PER", "USA", ["U.S. State Department spokesperson Matthew Miller"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Gaza Health Ministry", "ORG", "PSE", ["Gaza's health ministry"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
