"""Round 481: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm481-de-01: Cambodia: the Phnom Penh Municipal Court sentences NagaWorld union leader Chhim Sithar to two years for incitement and eight other unionists to prison terms; the December 2021 strike after mass layoffs, police arrests of strikers, her November arrest at the airport, the US embassy and the UN rights office object, Phay Siphan rebuffs Washington, supporters outside the court without arrests (2023-05-25).
- hm481-de-02: Bangladesh/United Kingdom: a Dhaka court issues arrest warrants for Labour MP Tulip Siddiq, Sheikh Hasina, Sajeeb Wazed Joy and Saima Wazed Putul in the Purbachal plot case; the ACC's allegations, Siddiq's denial and her lawyers' statement, her January resignation and Laurie Magnus's criticism, Yunus's demand for an apology, the extradition request to New Delhi unanswered, the Awami League's "witch hunt" charge (2025-04-14).
- hm481-de-03: China/Taiwan: Beijing's Customs Tariff Commission suspends ECFA tariff cuts for twelve Taiwanese chemical products three weeks before Taiwan's election; the commerce ministry's trade-barrier finding and threat, the Mainland Affairs Council alleges election interference, Wang Mei-hua plays it down, Zhu Fenglian blames the DPP, Lai denies, Hou Yu-ih urges Beijing to keep trade out of politics (2023-12-21).
- hm481-de-04: Maldives: pro-government PNC and PPM lawmakers try to block a People's Majlis sitting on Muizzu's cabinet and a PNC MP attacks an MDP MP; security clears the chamber, the Majlis rejects three ministers including Ahmed Usham, the MDP gathers impeachment signatures and accuses Muizzu, Heena Waleed accuses the MDP, police investigate, the troop-withdrawal demand to India recalled (2024-01-29).
- hm481-en-01: UN/Afghanistan: Australia, Canada, Germany and the Netherlands launch a CEDAW accountability initiative against the Taliban at the UN General Assembly; Wong, Baerbock and Joly accuse the Taliban, Berlin's notice calling for talks, Mujahid denies and refuses talks, Bennett welcomes it, Veldkamp's legal-aid offer (2024-09-26).
- hm481-en-02: Vietnam: a Hanoi court sentences ex-deputy foreign minister To Anh Dung to 16 years and health official Pham Trung Kien to life in the repatriation flights bribery case; prosecutors' allegations, Dung's guilty plea, lawyers' plea for leniency, asset recovery, the 2022 arrests, Phuc's resignation and the deputy prime ministers' exits, HRW's criticism (2023-07-28).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm481-de-01 (Cambodia, NagaWorld union leader jailed)
KHM_COURT = actor("Phnom Penh Municipal Court", "KHM", "JUD")
SITHAR = actor("Chhim Sithar", "KHM", "LAB")
UNIONISTS = actor("NagaWorld unionists", "KHM", "LAB")
LRSU = actor("Labour Rights Supported Union of Khmer Employees of NagaWorld", "KHM", "LAB")
NAGACORP = actor("NagaCorp", "KHM", "BUS")
STRIKERS = actor("NagaWorld strikers", "KHM", "LAB")
KHM_POLICE = actor("Cambodian National Police", "KHM", "COP")
KHM_PROSECUTORS = actor("Phnom Penh Municipal Prosecutor's Office", "KHM", "JUD")
US_EMB_KHM = actor("Embassy of the United States in Phnom Penh", "USA", "GOV")
OHCHR = actor("Office of the UN High Commissioner for Human Rights", "UNO", "IGO")
KHM_GOV = actor("Government of Cambodia", "KHM", "GOV")
SIPHAN = actor("Phay Siphan", "KHM", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
SITHAR_SUPPORTERS = actor("supporters of Chhim Sithar", "KHM", "CVL")
RIGHTS_GROUPS = actor("human rights groups", "NGO", "NGO")

N1 = ("Phnom Penh (dpa) - Ein Gericht in Kambodscha hat die Gewerkschaftsführerin Chhim Sithar wegen ihrer Rolle bei "
      "einem monatelangen Streik im Casino NagaWorld zu zwei Jahren Haft verurteilt.")
N2 = "Das Stadtgericht von Phnom Penh sprach die 35-Jährige am Donnerstag der Anstiftung zu Straftaten schuldig."
N3 = ("Acht weitere Gewerkschafter erhielten Haftstrafen zwischen einem Jahr und 18 Monaten, die zum Teil zur "
      "Bewährung ausgesetzt wurden.")
N4 = ("Sithar führt die Gewerkschaft der Beschäftigten des Casino- und Hotelkomplexes, der zum in Hongkong "
      "börsennotierten Konzern NagaCorp gehört.")
N5 = ("Die Gewerkschaft hatte im Dezember 2021 zum Streik aufgerufen, nachdem das Unternehmen mehr als 1300 "
      "Beschäftigte entlassen hatte.")
N6 = "Die Streikenden verlangten die Wiedereinstellung von Gewerkschaftsmitgliedern und höhere Abfindungen."
N7 = ("Die Polizei löste die täglichen Kundgebungen vor dem Casino wiederholt auf und nahm Dutzende Teilnehmer "
      "vorübergehend fest.")
N8 = ("Die Staatsanwaltschaft warf Sithar vor, die Streiks genutzt zu haben, um das Land ins Chaos zu stürzen.")
N9 = "Die Gewerkschafterin wies die Vorwürfe zurück."
N10 = "„Ich habe nur für die Rechte der Arbeiter gekämpft“, sagte sie nach der Urteilsverkündung vor Journalisten."
N11 = ("Sithar war im November nach ihrer Rückkehr von einer Gewerkschaftskonferenz in Australien am Flughafen von "
       "Phnom Penh festgenommen worden.")
N12 = ("Die US-Botschaft in Phnom Penh kritisierte das Urteil als Versuch, legitime Gewerkschaftsarbeit zu "
       "kriminalisieren.")
N13 = "Das UN-Menschenrechtsbüro forderte die sofortige Freilassung aller Verurteilten."
N14 = ("Regierungssprecher Phay Siphan wies die Kritik zurück und sagte, die Justiz des Landes sei unabhängig.")
N15 = ("Die USA sollten sich nicht in die inneren Angelegenheiten Kambodschas einmischen, fügte er hinzu.")
N16 = ("Vor dem Gerichtsgebäude hatten sich am Morgen rund 50 Unterstützer versammelt, die von einem großen "
       "Polizeiaufgebot auf Abstand gehalten wurden.")
N17 = "Festnahmen gab es nach Angaben der Menschenrechtsorganisation Licadho nicht."
N18 = ("Menschenrechtsgruppen werfen der Regierung von Ministerpräsident Hun Sen vor, vor der Parlamentswahl im Juli "
       "gezielt gegen Kritiker vorzugehen.")

DE01 = {
    "id": "hm481-de-01", "lang": "de", "url": None, "published": "2023-05-25",
    "title": "Kambodscha: Zwei Jahre Haft für Gewerkschaftsführerin von NagaWorld",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6, N7], [N8, N9, N10, N11], [N12, N13, N14, N15],
                       [N16, N17, N18]),
    "events": [
        event("SANCTION", KHM_COURT, SITHAR, N1, mode="convict", location_country="KHM"),
        event("SANCTION", KHM_COURT, SITHAR, N2, mode="convict", date="2023-05-25", location="Phnom Penh",
              location_country="KHM"),
        event("SANCTION", KHM_COURT, UNIONISTS, N3, mode="convict"),
        event("PROTEST", LRSU, NAGACORP, N5, mode="strike"),
        event("REQUEST", STRIKERS, NAGACORP, N6, mode="change"),
        event("COERCE", KHM_POLICE, STRIKERS, N7, mode="arrest"),
        event("ACCUSE", KHM_PROSECUTORS, SITHAR, N8, mode="allege"),
        event("COERCE", KHM_POLICE, SITHAR, N11, mode="arrest", location="Phnom Penh", location_country="KHM"),
        event("ACCUSE", US_EMB_KHM, KHM_COURT, N12, mode="disapprove"),
        event("REQUEST", OHCHR, KHM_GOV, N13, mode="yield"),
        event("REQUEST", SIPHAN, USA_GOV, N15, mode="change"),
        event("PROTEST", SITHAR_SUPPORTERS, KHM_COURT, N16, mode="demo", date="2023-05-25", location="Phnom Penh",
              location_country="KHM"),
        event("COERCE", KHM_POLICE, SITHAR_SUPPORTERS, N16, mode="crowd-control", date="2023-05-25",
              location="Phnom Penh", location_country="KHM"),
        event("COERCE", KHM_POLICE, SITHAR_SUPPORTERS, N17, mode="arrest", date="2023-05-25", location="Phnom Penh",
              location_country="KHM", negated=True),
        event("ACCUSE", RIGHTS_GROUPS, KHM_GOV, N18, mode="allege"),
    ],
    "quotes": [
        quote("die Streiks genutzt zu haben, um das Land ins Chaos zu stürzen", "Phnom Penh Municipal Prosecutor's Office",
              "indirect"),
        quote("Ich habe nur für die Rechte der Arbeiter gekämpft", "Chhim Sithar", "direct"),
        quote("Versuch, legitime Gewerkschaftsarbeit zu kriminalisieren", "Embassy of the United States in Phnom Penh",
              "indirect"),
        quote("die Justiz des Landes sei unabhängig", "Phay Siphan", "indirect"),
        quote("Die USA sollten sich nicht in die inneren Angelegenheiten Kambodschas einmischen", "Phay Siphan",
              "indirect"),
        quote("Festnahmen gab es nach Angaben der Menschenrechtsorganisation Licadho nicht", "Licadho", "indirect"),
        quote("vor der Parlamentswahl im Juli gezielt gegen Kritiker vorzugehen", "human rights groups", "indirect"),
    ],
    "entities": [
        entity("Phnom Penh", "LOC", "KHM", ["Phnom Penh"]),
        entity("Cambodia", "LOC", "KHM", ["Kambodscha", "das Land", "des Landes", "Kambodschas"]),
        entity("Phnom Penh Municipal Court", "ORG", "KHM", ["Ein Gericht in Kambodscha",
                                                            "Das Stadtgericht von Phnom Penh"]),
        entity("Chhim Sithar", "PER", "KHM", ["die Gewerkschaftsführerin Chhim Sithar", "ihrer", "die 35-Jährige",
                                              "Sithar", "Die Gewerkschafterin", "Ich", "sie"]),
        entity("NagaWorld", "ORG", "KHM", ["Casino NagaWorld", "des Casino- und Hotelkomplexes", "dem Casino"]),
        entity("NagaWorld unionists", "PER", "KHM", ["Acht weitere Gewerkschafter", "aller Verurteilten"]),
        entity("Labour Rights Supported Union of Khmer Employees of NagaWorld", "ORG", "KHM",
               ["die Gewerkschaft der Beschäftigten des Casino- und Hotelkomplexes", "Die Gewerkschaft"]),
        entity("Hong Kong", "LOC", "HKG", ["Hongkong"]),
        entity("NagaCorp", "ORG", "KHM", ["Konzern NagaCorp", "das Unternehmen"]),
        entity("NagaWorld strikers", "PER", "KHM", ["Die Streikenden", "Dutzende Teilnehmer"]),
        entity("Cambodian National Police", "ORG", "KHM", ["Die Polizei", "einem großen Polizeiaufgebot"]),
        entity("Phnom Penh Municipal Prosecutor's Office", "ORG", "KHM", ["Die Staatsanwaltschaft"]),
        entity("Australia", "LOC", "AUS", ["Australien"]),
        entity("Phnom Penh International Airport", "LOC", "KHM", ["Flughafen von Phnom Penh"]),
        entity("Embassy of the United States in Phnom Penh", "ORG", "USA", ["Die US-Botschaft in Phnom Penh"]),
        entity("Office of the UN High Commissioner for Human Rights", "ORG", "UNO", ["Das UN-Menschenrechtsbüro"]),
        entity("Phay Siphan", "PER", "KHM", ["Regierungssprecher Phay Siphan", "er"]),
        entity("Government of the United States", "ORG", "USA", ["Die USA"]),
        entity("supporters of Chhim Sithar", "PER", "KHM", ["rund 50 Unterstützer"]),
        entity("Licadho", "ORG", "KHM", ["der Menschenrechtsorganisation Licadho"]),
        entity("human rights groups", "ORG", "NGO", ["Menschenrechtsgruppen"]),
        entity("Government of Cambodia", "ORG", "KHM", ["der Regierung von Ministerpräsident Hun Sen"]),
        entity("Hun Sen", "PER", "KHM", ["Ministerpräsident Hun Sen"]),
    ],
}

# ---------------------------------------------------------------- hm481-de-02 (Bangladesh/UK, warrant for Tulip Siddiq)
DHAKA_COURT = actor("Dhaka Metropolitan Senior Special Judge's Court", "BGD", "JUD")
GALIB = actor("Zakir Hossain Galib", "BGD", "JUD")
TULIP = actor("Tulip Siddiq", "GBR", "LEG")
HASINA = actor("Sheikh Hasina", "BGD", "OPP")
JOY = actor("Sajeeb Wazed Joy", "BGD", "CVL")
PUTUL = actor("Saima Wazed Putul", "BGD", "CVL")
BGD_ACC = actor("Anti-Corruption Commission of Bangladesh", "BGD", "GOV")
PURBACHAL_ACCUSED = actor("defendants in the Purbachal plot case", "BGD", "CVL")
MAGNUS = actor("Laurie Magnus", "GBR", "GOV")
YUNUS = actor("Muhammad Yunus", "BGD", "GOV")
BGD_GOV = actor("Interim Government of Bangladesh", "BGD", "GOV")
IND_GOV = actor("Government of India", "IND", "GOV")
AWAMI = actor("Awami League", "BGD", "PTY")

T1 = ("Dhaka (dpa) - Ein Gericht in Bangladesch hat Haftbefehl gegen die britische Labour-Abgeordnete Tulip Siddiq "
      "und ihre Tante, die gestürzte Regierungschefin Sheikh Hasina, erlassen.")
T2 = ("Richter Zakir Hossain Galib erließ am Sonntag zudem Haftbefehle gegen 51 weitere Beschuldigte, darunter "
      "Hasinas Sohn Sajeeb Wazed Joy und ihre Tochter Saima Wazed Putul.")
T3 = ("Die Anti-Korruptionskommission (ACC) wirft Siddiq vor, ihre Tante dazu gedrängt zu haben, ihrer Mutter und "
      "ihren Geschwistern Grundstücke in dem staatlichen Siedlungsprojekt Purbachal am Rande der Hauptstadt "
      "zuzuteilen.")
T4 = "Die Behörde hatte im März Anklage gegen alle 53 Beschuldigten erhoben."
T5 = "Siddiq wies die Vorwürfe über ihre Anwälte als „politisch motiviert“ zurück."
T6 = "Sie sei von den Behörden in Dhaka nie kontaktiert worden, hieß es in einer Erklärung der Kanzlei."
T7 = ("Die 42-Jährige war im Januar als Staatssekretärin im britischen Finanzministerium zurückgetreten, wo sie "
      "ausgerechnet für den Kampf gegen Korruption zuständig war.")
T8 = ("Der Ethikberater der Regierung, Laurie Magnus, hatte ihr zuvor mangelnde Sorgfalt im Umgang mit den "
      "Verbindungen ihrer Familie vorgeworfen.")
T9 = ("Übergangsregierungschef Muhammad Yunus hatte Siddiq im Januar aufgefordert, sich zu entschuldigen und die "
      "Grundstücke zurückzugeben.")
T10 = "Hasina hält sich seit ihrem Sturz im August vergangenen Jahres in Indien auf."
T11 = "Dhaka hat Neu-Delhi bereits im Dezember offiziell um ihre Auslieferung ersucht."
T12 = "Die indische Regierung hat dem Ersuchen bislang nicht zugestimmt."
T13 = ("Hasinas Partei Awami League warf der Übergangsregierung eine „Hexenjagd“ gegen die Familie des Staatsgründers "
       "Sheikh Mujibur Rahman vor.")
T14 = ("Gegen Hasina laufen in Bangladesch zahlreiche weitere Verfahren, unter anderem wegen der blutigen "
       "Niederschlagung der Studentenproteste im vergangenen Sommer.")
T15 = ("Die britische Regierung erklärte, es handle sich um eine Angelegenheit zwischen Siddiq und den Behörden in "
       "Bangladesch.")
T16 = "Ein Auslieferungsabkommen zwischen beiden Ländern gibt es nicht."

DE02 = {
    "id": "hm481-de-02", "lang": "de", "url": None, "published": "2025-04-14",
    "title": "Bangladesch: Haftbefehl gegen britische Abgeordnete Tulip Siddiq",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6, T7, T8, T9], [T10, T11, T12, T13, T14], [T15, T16]),
    "events": [
        event("THREATEN", DHAKA_COURT, TULIP, T1, mode="arrest"),
        event("THREATEN", DHAKA_COURT, HASINA, T1, mode="arrest"),
        event("THREATEN", GALIB, JOY, T2, mode="arrest", date="2025-04-13"),
        event("THREATEN", GALIB, PUTUL, T2, mode="arrest", date="2025-04-13"),
        event("ACCUSE", BGD_ACC, TULIP, T3, mode="allege"),
        event("ACCUSE", BGD_ACC, PURBACHAL_ACCUSED, T4, mode="allege"),
        event("RETREAT", TULIP, None, T7, mode="resign"),
        event("ACCUSE", MAGNUS, TULIP, T8, mode="disapprove"),
        event("REQUEST", YUNUS, TULIP, T9, mode="yield"),
        event("REQUEST", BGD_GOV, IND_GOV, T11),
        event("AGREE", IND_GOV, BGD_GOV, T12, negated=True),
        event("ACCUSE", AWAMI, BGD_GOV, T13, mode="disapprove"),
    ],
    "quotes": [
        quote("ihre Tante dazu gedrängt zu haben, ihrer Mutter und ihren Geschwistern Grundstücke in dem staatlichen "
              "Siedlungsprojekt Purbachal am Rande der Hauptstadt zuzuteilen",
              "Anti-Corruption Commission of Bangladesh", "indirect"),
        quote("politisch motiviert", "Tulip Siddiq", "direct"),
        quote("Sie sei von den Behörden in Dhaka nie kontaktiert worden", "lawyers of Tulip Siddiq", "indirect"),
        quote("sich zu entschuldigen und die Grundstücke zurückzugeben", "Muhammad Yunus", "indirect"),
        quote("Hexenjagd", "Awami League", "direct"),
        quote("es handle sich um eine Angelegenheit zwischen Siddiq und den Behörden in Bangladesch",
              "Government of the United Kingdom", "indirect"),
    ],
    "entities": [
        entity("Dhaka", "LOC", "BGD", ["Dhaka", "der Hauptstadt"]),
        entity("Bangladesh", "LOC", "BGD", ["Bangladesch"]),
        entity("Dhaka Metropolitan Senior Special Judge's Court", "ORG", "BGD", ["Ein Gericht in Bangladesch"]),
        entity("Tulip Siddiq", "PER", "GBR", ["die britische Labour-Abgeordnete Tulip Siddiq", "ihre", "Siddiq",
                                              "Sie", "Die 42-Jährige", "sie", "ihr", "ihrer"]),
        entity("Labour Party", "ORG", "GBR", ["Labour"]),
        entity("Sheikh Hasina", "PER", "BGD", ["ihre Tante, die gestürzte Regierungschefin Sheikh Hasina",
                                               "Hasinas", "ihre Tante", "Hasina", "ihrem Sturz"]),
        entity("Zakir Hossain Galib", "PER", "BGD", ["Richter Zakir Hossain Galib"]),
        entity("defendants in the Purbachal plot case", "PER", "BGD", ["51 weitere Beschuldigte",
                                                                       "alle 53 Beschuldigten"]),
        entity("Sajeeb Wazed Joy", "PER", "BGD", ["Hasinas Sohn Sajeeb Wazed Joy"]),
        entity("Saima Wazed Putul", "PER", "BGD", ["ihre Tochter Saima Wazed Putul"]),
        entity("Anti-Corruption Commission of Bangladesh", "ORG", "BGD", ["Die Anti-Korruptionskommission (ACC)",
                                                                          "Die Behörde"]),
        entity("Shahana Siddiq", "PER", "BGD", ["ihrer Mutter"]),
        entity("siblings of Tulip Siddiq", "PER", "GBR", ["ihren Geschwistern"]),
        entity("Purbachal New Town", "LOC", "BGD", ["dem staatlichen Siedlungsprojekt Purbachal"]),
        entity("lawyers of Tulip Siddiq", "ORG", "GBR", ["ihre Anwälte", "der Kanzlei"]),
        entity("HM Treasury", "ORG", "GBR", ["britischen Finanzministerium"]),
        entity("Laurie Magnus", "PER", "GBR", ["Der Ethikberater der Regierung, Laurie Magnus"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["der Regierung", "Die britische Regierung"]),
        entity("Muhammad Yunus", "PER", "BGD", ["Übergangsregierungschef Muhammad Yunus"]),
        entity("India", "LOC", "IND", ["Indien"]),
        entity("Interim Government of Bangladesh", "ORG", "BGD", ["Dhaka", "der Übergangsregierung",
                                                                  "den Behörden in Dhaka"]),
        entity("Government of India", "ORG", "IND", ["Neu-Delhi", "Die indische Regierung"]),
        entity("Awami League", "ORG", "BGD", ["Hasinas Partei Awami League"]),
        entity("Sheikh Mujibur Rahman", "PER", "BGD", ["des Staatsgründers Sheikh Mujibur Rahman"]),
    ],
}

# ---------------------------------------------------------------- hm481-de-03 (China/Taiwan, ECFA tariff cuts suspended)
CHN_GOV = actor("Government of China", "CHN", "GOV")
TWN_GOV = actor("Government of Taiwan", "TWN", "GOV")
CHN_TARIFF = actor("Customs Tariff Commission of the State Council", "CHN", "GOV")
MOFCOM = actor("Ministry of Commerce of China", "CHN", "GOV")
MOFCOM_SPOX = actor("spokesperson of the Ministry of Commerce of China", "CHN", "GOV")
MAC = actor("Mainland Affairs Council", "TWN", "GOV")
ZHU = actor("Zhu Fenglian", "CHN", "GOV")
DPP = actor("Democratic Progressive Party", "TWN", "PTY")
LAI = actor("Lai Ching-te", "TWN", "GOV")
HOU = actor("Hou Yu-ih", "TWN", "OPP")

C1 = ("Peking (dpa) - Drei Wochen vor der Präsidentenwahl in Taiwan hat China Zollvergünstigungen für zwölf "
      "Chemieprodukte von der Insel ausgesetzt.")
C2 = ("Die Zollkommission des Staatsrats teilte am Donnerstag mit, die im Rahmenabkommen ECFA vereinbarten "
      "Zollsenkungen für Produkte wie Propylen und Butadien würden vom 1. Januar an nicht mehr gewährt.")
C3 = ("Zur Begründung hieß es, Taiwan verstoße mit Einfuhrverboten für mehr als 2500 Waren vom Festland gegen das "
      "Abkommen.")
C4 = ("Das Handelsministerium in Peking hatte in der vergangenen Woche eine Untersuchung abgeschlossen, die zu "
      "diesem Ergebnis gekommen war.")
C5 = "Ein Sprecher des Ministeriums drohte mit weiteren Maßnahmen, sollte Taipeh die Beschränkungen nicht aufheben."
C6 = ("Das 2010 unterzeichnete Abkommen senkt die Zölle auf Hunderte Produkte und gilt als wichtigster Pfeiler der "
      "Wirtschaftsbeziehungen über die Taiwanstraße.")
C7 = ("Taiwans Festlandsrat warf Peking vor, sich mit wirtschaftlichem Druck in die Wahl am 13. Januar "
      "einzumischen.")
C8 = "„Die Wähler in Taiwan werden sich nicht einschüchtern lassen“, sagte Wirtschaftsministerin Wang Mei-hua."
C9 = "Die betroffenen Ausfuhren machten nur einen geringen Teil des Handels aus, fügte sie hinzu."
C10 = ("Die Sprecherin des Pekinger Büros für Taiwan-Angelegenheiten, Zhu Fenglian, machte dagegen die regierende "
       "Demokratische Fortschrittspartei (DPP) für den Schritt verantwortlich.")
C11 = "Die DPP beharre auf der Unabhängigkeit Taiwans und verweigere jeden Dialog, sagte sie."
C12 = "Der Kandidat der DPP, Vizepräsident Lai Ching-te, liegt in den Umfragen vorn."
C13 = "Er wies den Vorwurf zurück, seine Partei trage die Schuld an den Spannungen."
C14 = "Peking betrachtet Lai als Separatisten und hat seine Gesprächsangebote wiederholt abgelehnt."
C15 = ("Der Kandidat der oppositionellen Kuomintang (KMT), Hou Yu-ih, forderte Peking auf, Handel und Politik nicht "
       "zu vermischen.")
C16 = "Die KMT tritt für engere Beziehungen zum Festland ein."
C17 = "Die Insel wird seit dem Ende des chinesischen Bürgerkriegs 1949 getrennt vom Festland regiert."

DE03 = {
    "id": "hm481-de-03", "lang": "de", "url": None, "published": "2023-12-21",
    "title": "China streicht Zollvorteile für Taiwan vor der Wahl",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6], [C7, C8, C9], [C10, C11, C12, C13, C14], [C15, C16, C17]),
    "events": [
        event("SANCTION", CHN_GOV, TWN_GOV, C1, mode="discontinue"),
        event("SANCTION", CHN_TARIFF, TWN_GOV, C2, mode="discontinue", date="2023-12-21"),
        event("ACCUSE", CHN_TARIFF, TWN_GOV, C3, mode="allege"),
        event("ACCUSE", MOFCOM, TWN_GOV, C4, mode="investigate"),
        event("THREATEN", MOFCOM_SPOX, TWN_GOV, C5),
        event("ACCUSE", MAC, CHN_GOV, C7, mode="allege"),
        event("ACCUSE", ZHU, DPP, C10, mode="disapprove"),
        event("ACCUSE", ZHU, DPP, C11, mode="allege"),
        event("REJECT", CHN_GOV, LAI, C14, mode="meet"),
        event("REQUEST", HOU, CHN_GOV, C15, mode="change"),
    ],
    "quotes": [
        quote("die im Rahmenabkommen ECFA vereinbarten Zollsenkungen für Produkte wie Propylen und Butadien würden vom "
              "1. Januar an nicht mehr gewährt", "Customs Tariff Commission of the State Council", "indirect"),
        quote("Taiwan verstoße mit Einfuhrverboten für mehr als 2500 Waren vom Festland gegen das Abkommen",
              "Customs Tariff Commission of the State Council", "indirect"),
        quote("sich mit wirtschaftlichem Druck in die Wahl am 13. Januar einzumischen", "Mainland Affairs Council",
              "indirect"),
        quote("Die Wähler in Taiwan werden sich nicht einschüchtern lassen", "Wang Mei-hua", "direct"),
        quote("Die betroffenen Ausfuhren machten nur einen geringen Teil des Handels aus", "Wang Mei-hua", "indirect"),
        quote("Die DPP beharre auf der Unabhängigkeit Taiwans und verweigere jeden Dialog", "Zhu Fenglian", "indirect"),
        quote("Handel und Politik nicht zu vermischen", "Hou Yu-ih", "indirect"),
    ],
    "entities": [
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Taiwan", "LOC", "TWN", ["Taiwan", "der Insel", "Taiwans", "Die Insel"]),
        entity("Government of China", "ORG", "CHN", ["China", "Peking"]),
        entity("Customs Tariff Commission of the State Council", "ORG", "CHN", ["Die Zollkommission des Staatsrats"]),
        entity("Economic Cooperation Framework Agreement", "MISC", "TWN", ["Rahmenabkommen ECFA", "das Abkommen",
                                                                          "Das 2010 unterzeichnete Abkommen"]),
        entity("Ministry of Commerce of China", "ORG", "CHN", ["Das Handelsministerium in Peking",
                                                               "des Ministeriums"]),
        entity("spokesperson of the Ministry of Commerce of China", "PER", "CHN", ["Ein Sprecher des Ministeriums"]),
        entity("Government of Taiwan", "ORG", "TWN", ["Taiwan", "Taipeh"]),
        entity("Mainland China", "LOC", "CHN", ["vom Festland", "zum Festland"]),
        entity("Taiwan Strait", "LOC", "TWN", ["die Taiwanstraße"]),
        entity("Mainland Affairs Council", "ORG", "TWN", ["Taiwans Festlandsrat"]),
        entity("Wang Mei-hua", "PER", "TWN", ["Wirtschaftsministerin Wang Mei-hua", "sie"]),
        entity("Taiwan Affairs Office", "ORG", "CHN", ["des Pekinger Büros für Taiwan-Angelegenheiten"]),
        entity("Zhu Fenglian", "PER", "CHN", ["Die Sprecherin des Pekinger Büros für Taiwan-Angelegenheiten, Zhu "
                                              "Fenglian", "sie"]),
        entity("Democratic Progressive Party", "ORG", "TWN", ["die regierende Demokratische Fortschrittspartei (DPP)",
                                                              "Die DPP", "der DPP", "seine Partei"]),
        entity("Lai Ching-te", "PER", "TWN", ["Der Kandidat der DPP, Vizepräsident Lai Ching-te", "Er", "Lai",
                                              "seine"]),
        entity("Kuomintang", "ORG", "TWN", ["der oppositionellen Kuomintang (KMT)", "Die KMT"]),
        entity("Hou Yu-ih", "PER", "TWN", ["Der Kandidat der oppositionellen Kuomintang (KMT), Hou Yu-ih"]),
    ],
}

# ---------------------------------------------------------------- hm481-de-04 (Maldives, brawl in the People's Majlis)
PNC = actor("People's National Congress", "MDV", "PTY")
PPM = actor("Progressive Party of Maldives", "MDV", "PTY")
MAJLIS = actor("People's Majlis", "MDV", "LEG")
PNC_MP = actor("PNC lawmaker", "MDV", "LEG")
MDP_MP = actor("MDP lawmaker", "MDV", "LEG")
MAJLIS_SECURITY = actor("People's Majlis security staff", "MDV", "COP")
PROGOV_MPS = actor("pro-government lawmakers of the Maldives", "MDV", "LEG")
MDV_GOV = actor("Government of the Maldives", "MDV", "GOV")
MDP = actor("Maldivian Democratic Party", "MDV", "PTY")
MDP_SPOX = actor("spokesperson of the Maldivian Democratic Party", "MDV", "PTY")
MUIZZU = actor("Mohamed Muizzu", "MDV", "GOV")
HEENA = actor("Heena Waleed", "MDV", "GOV")
MDV_POLICE = actor("Maldives Police Service", "MDV", "COP")
IND_GOV_M = actor("Government of India", "IND", "GOV")

M1 = ("Malé (dpa) - Im Parlament der Malediven ist ein Streit über das Kabinett von Präsident Mohamed Muizzu in eine "
      "Schlägerei ausgeartet.")
M2 = ("Abgeordnete der Regierungsparteien PNC und PPM versuchten am Sonntag mit Trillerpfeifen und Tröten, eine "
      "Sondersitzung zur Bestätigung von vier Ministern zu verhindern.")
M3 = ("Dabei griff ein Abgeordneter der PNC einen Parlamentarier der oppositionellen Demokratischen Partei der "
      "Malediven (MDP) an und riss ihn zu Boden.")
M4 = "Der verletzte Oppositionspolitiker wurde nach Angaben seiner Partei im Krankenhaus behandelt."
M5 = "Sicherheitskräfte des Parlaments drängten die protestierenden Abgeordneten schließlich aus dem Plenarsaal."
M6 = ("Am Montag verweigerte das Parlament, in dem die MDP die Mehrheit hat, drei Ministern die Zustimmung, darunter "
      "Generalstaatsanwalt Ahmed Usham.")
M7 = "Muizzu hatte sein Kabinett nach seinem Amtsantritt im November ernannt, die Minister sind bereits im Amt."
M8 = ("Die MDP sammelte nach eigenen Angaben bereits Unterschriften für ein Amtsenthebungsverfahren gegen den "
      "Präsidenten.")
M9 = "„Der Präsident tritt die Verfassung mit Füßen“, sagte ein Sprecher der Partei."
M10 = "Das Präsidialamt wies die Vorwürfe zurück."
M11 = ("Muizzus Sprecherin Heena Waleed warf der Opposition vor, die Arbeit der Regierung aus Machtkalkül zu "
       "blockieren.")
M12 = "Die Polizei leitete Ermittlungen gegen den PNC-Abgeordneten ein."
M13 = "Muizzu hatte die Präsidentenwahl im September mit einem Kurs der Distanz zu Indien gewonnen."
M14 = ("Nach seiner Vereidigung forderte er Neu-Delhi auf, die rund 80 auf den Inseln stationierten indischen "
       "Soldaten abzuziehen.")
M15 = ("Die MDP des früheren Präsidenten Ibrahim Mohamed Solih verfügt gemeinsam mit der Partei Die Demokraten "
       "bislang über eine Mehrheit in der Volksversammlung.")
M16 = "Die nächste Parlamentswahl ist für den 17. März angesetzt."

DE04 = {
    "id": "hm481-de-04", "lang": "de", "url": None, "published": "2024-01-29",
    "title": "Schlägerei im Parlament der Malediven",
    "text": paragraphs([M1, M2, M3, M4, M5], [M6, M7, M8, M9, M10, M11], [M12, M13, M14], [M15, M16]),
    "events": [
        event("PROTEST", PNC, MAJLIS, M2, mode="obstruct", date="2024-01-28", location="Malé",
              location_country="MDV"),
        event("PROTEST", PPM, MAJLIS, M2, mode="obstruct", date="2024-01-28", location="Malé",
              location_country="MDV"),
        event("ASSAULT", PNC_MP, MDP_MP, M3, mode="beat", date="2024-01-28", location="Malé",
              location_country="MDV"),
        event("COERCE", MAJLIS_SECURITY, PROGOV_MPS, M5, mode="crowd-control", date="2024-01-28", location="Malé",
              location_country="MDV"),
        event("REJECT", MAJLIS, MDV_GOV, M6, date="2024-01-29", location="Malé", location_country="MDV"),
        event("ACCUSE", MDP, MUIZZU, M8, mode="allege"),
        event("ACCUSE", MDP_SPOX, MUIZZU, M9, mode="disapprove"),
        event("ACCUSE", HEENA, MDP, M11, mode="disapprove"),
        event("ACCUSE", MDV_POLICE, PNC_MP, M12, mode="investigate"),
        event("REQUEST", MUIZZU, IND_GOV_M, M14, mode="yield"),
    ],
    "quotes": [
        quote("Der verletzte Oppositionspolitiker wurde nach Angaben seiner Partei im Krankenhaus behandelt",
              "Maldivian Democratic Party", "indirect"),
        quote("Die MDP sammelte nach eigenen Angaben bereits Unterschriften für ein Amtsenthebungsverfahren gegen den "
              "Präsidenten", "Maldivian Democratic Party", "indirect"),
        quote("Der Präsident tritt die Verfassung mit Füßen", "spokesperson of the Maldivian Democratic Party",
              "direct"),
        quote("die Arbeit der Regierung aus Machtkalkül zu blockieren", "Heena Waleed", "indirect"),
    ],
    "entities": [
        entity("Malé", "LOC", "MDV", ["Malé"]),
        entity("Maldives", "LOC", "MDV", ["der Malediven", "den Inseln"]),
        entity("People's Majlis", "ORG", "MDV", ["Im Parlament der Malediven", "des Parlaments", "das Parlament",
                                                 "der Volksversammlung"]),
        entity("Government of the Maldives", "ORG", "MDV", ["das Kabinett von Präsident Mohamed Muizzu",
                                                            "sein Kabinett", "der Regierung"]),
        entity("Mohamed Muizzu", "PER", "MDV", ["Präsident Mohamed Muizzu", "Muizzu", "den Präsidenten",
                                                "Der Präsident", "Muizzus", "seinem", "seiner", "er"]),
        entity("People's National Congress", "ORG", "MDV", ["PNC"]),
        entity("Progressive Party of Maldives", "ORG", "MDV", ["PPM"]),
        entity("pro-government lawmakers of the Maldives", "PER", "MDV",
               ["Abgeordnete der Regierungsparteien PNC und PPM", "die protestierenden Abgeordneten"]),
        entity("cabinet nominees of Mohamed Muizzu", "PER", "MDV", ["vier Ministern", "drei Ministern",
                                                                    "die Minister"]),
        entity("PNC lawmaker", "PER", "MDV", ["ein Abgeordneter der PNC", "den PNC-Abgeordneten"]),
        entity("MDP lawmaker", "PER", "MDV", ["einen Parlamentarier der oppositionellen Demokratischen Partei der "
                                              "Malediven (MDP)", "ihn", "Der verletzte Oppositionspolitiker"]),
        entity("Maldivian Democratic Party", "ORG", "MDV",
               ["der oppositionellen Demokratischen Partei der Malediven (MDP)", "seiner Partei", "die MDP",
                "Die MDP", "der Partei", "der Opposition"]),
        entity("People's Majlis security staff", "ORG", "MDV", ["Sicherheitskräfte des Parlaments"]),
        entity("Ahmed Usham", "PER", "MDV", ["Generalstaatsanwalt Ahmed Usham"]),
        entity("spokesperson of the Maldivian Democratic Party", "PER", "MDV", ["ein Sprecher der Partei"]),
        entity("President's Office of the Maldives", "ORG", "MDV", ["Das Präsidialamt"]),
        entity("Heena Waleed", "PER", "MDV", ["Muizzus Sprecherin Heena Waleed"]),
        entity("Maldives Police Service", "ORG", "MDV", ["Die Polizei"]),
        entity("India", "LOC", "IND", ["Indien"]),
        entity("Government of India", "ORG", "IND", ["Neu-Delhi"]),
        entity("Indian troops in the Maldives", "ORG", "IND",
               ["die rund 80 auf den Inseln stationierten indischen Soldaten"]),
        entity("Ibrahim Mohamed Solih", "PER", "MDV", ["des früheren Präsidenten Ibrahim Mohamed Solih"]),
        entity("The Democrats (Maldives)", "ORG", "MDV", ["der Partei Die Demokraten"]),
    ],
}

# ---------------------------------------------------------------- hm481-en-01 (UN/Afghanistan, CEDAW initiative)
AUS_GOV = actor("Government of Australia", "AUS", "GOV")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
DEU_GOV = actor("Government of Germany", "DEU", "GOV")
NLD_GOV = actor("Government of the Netherlands", "NLD", "GOV")
TALIBAN = actor("Taliban", "AFG", "GOV")
WONG = actor("Penny Wong", "AUS", "GOV")
DEU_FO = actor("Federal Foreign Office of Germany", "DEU", "GOV")
BAERBOCK = actor("Annalena Baerbock", "DEU", "GOV")
AFG_WOMEN = actor("Afghan women and girls", "AFG", "CVL")
MUJAHID = actor("Zabihullah Mujahid", "AFG", "GOV")
BENNETT = actor("Richard Bennett", "UNO", "IGO")
JOLY = actor("Mélanie Joly", "CAN", "GOV")
VELDKAMP = actor("Caspar Veldkamp", "NLD", "GOV")
AFG_WITNESSES = actor("Afghan women witnesses", "AFG", "CVL")

A1 = ("UNITED NATIONS (AP) — Australia, Canada, Germany and the Netherlands on Wednesday launched an effort to hold "
      "Afghanistan's Taliban rulers accountable before the International Court of Justice for violating an "
      "international treaty on women's rights.")
A2 = ("The announcement came on the sidelines of the U.N. General Assembly's annual gathering of world leaders, and "
      "22 other nations have said they support the move.")
A3 = ("Afghanistan ratified the Convention on the Elimination of All Forms of Discrimination against Women, known as "
      "CEDAW, in 2003, two years after the Taliban were first driven from power.")
A4 = ("Australian Foreign Minister Penny Wong said the Taliban's edicts amounted to “grave and systematic violations” "
      "of the convention.")
A5 = ("Germany's Foreign Office said a formal notice calling for negotiations had been delivered to the Taliban the "
      "same day, a step the treaty requires before a dispute can go to arbitration or to the court.")
A6 = "If the talks fail, the case could reach the ICJ in The Hague next year."
A7 = ("German Foreign Minister Annalena Baerbock said the Taliban had turned Afghanistan into a “prison” for women "
      "and girls.")
A8 = "“Women are being erased from public life, and the world cannot look away,” she told reporters."
A9 = ("The Taliban have barred girls from school beyond sixth grade, banned women from most jobs and in August issued "
      "a law forbidding women's voices from being heard in public.")
A10 = ("Taliban chief spokesman Zabihullah Mujahid rejected the accusations, saying Islamic law guaranteed the rights "
       "of Afghan women.")
A11 = ("He said on X that Kabul would not enter talks on “internal religious matters” and urged Berlin to respect "
       "Afghanistan's sovereignty.")
A12 = ("U.N. special rapporteur Richard Bennett welcomed the move by the four governments as “an important step "
       "toward accountability.”")
A13 = ("Canada's Foreign Minister Mélanie Joly said Ottawa would “not stay silent” while half of Afghanistan's "
       "population was denied basic rights.")
A14 = "Dutch Foreign Minister Caspar Veldkamp offered to pay for legal support for Afghan women who want to testify."
A15 = "The Taliban have ruled Afghanistan since August 2021."
A16 = "The ICJ, the U.N.'s top court, rules on disputes between states but has no way to enforce its decisions."

EN01 = {
    "id": "hm481-en-01", "lang": "en", "url": None, "published": "2024-09-26",
    "title": "Four countries move to take the Taliban to the UN's top court over treatment of women",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6], [A7, A8, A9], [A10, A11, A12], [A13, A14, A15, A16]),
    "events": [
        event("ACCUSE", AUS_GOV, TALIBAN, A1, mode="allege", date="2024-09-25", location="New York",
              location_country="USA"),
        event("ACCUSE", CAN_GOV, TALIBAN, A1, mode="allege", date="2024-09-25", location="New York",
              location_country="USA"),
        event("ACCUSE", DEU_GOV, TALIBAN, A1, mode="allege", date="2024-09-25", location="New York",
              location_country="USA"),
        event("ACCUSE", NLD_GOV, TALIBAN, A1, mode="allege", date="2024-09-25", location="New York",
              location_country="USA"),
        event("ACCUSE", WONG, TALIBAN, A4, mode="allege"),
        event("REQUEST", DEU_FO, TALIBAN, A5, mode="meet", date="2024-09-25"),
        event("ACCUSE", BAERBOCK, TALIBAN, A7, mode="disapprove"),
        event("COERCE", TALIBAN, AFG_WOMEN, A9, mode="restrict"),
        event("REJECT", MUJAHID, DEU_GOV, A11, mode="meet"),
        event("REQUEST", MUJAHID, DEU_GOV, A11, mode="change"),
        event("SUPPORT", BENNETT, AUS_GOV, A12),
        event("SUPPORT", BENNETT, CAN_GOV, A12),
        event("SUPPORT", BENNETT, DEU_GOV, A12),
        event("SUPPORT", BENNETT, NLD_GOV, A12),
        event("ACCUSE", JOLY, TALIBAN, A13, mode="disapprove"),
        event("AGREE", VELDKAMP, AFG_WITNESSES, A14),
    ],
    "quotes": [
        quote("grave and systematic violations", "Penny Wong", "direct"),
        quote("the Taliban's edicts amounted to “grave and systematic violations” of the convention", "Penny Wong",
              "indirect"),
        quote("a formal notice calling for negotiations had been delivered to the Taliban the same day",
              "Federal Foreign Office of Germany", "indirect"),
        quote("prison", "Annalena Baerbock", "direct"),
        quote("the Taliban had turned Afghanistan into a “prison” for women and girls", "Annalena Baerbock",
              "indirect"),
        quote("Women are being erased from public life, and the world cannot look away", "Annalena Baerbock",
              "direct"),
        quote("Islamic law guaranteed the rights of Afghan women", "Zabihullah Mujahid", "indirect"),
        quote("internal religious matters", "Zabihullah Mujahid", "direct"),
        quote("Kabul would not enter talks on “internal religious matters”", "Zabihullah Mujahid", "indirect"),
        quote("an important step toward accountability", "Richard Bennett", "direct"),
        quote("not stay silent", "Mélanie Joly", "direct"),
        quote("Ottawa would “not stay silent” while half of Afghanistan's population was denied basic rights",
              "Mélanie Joly", "indirect"),
    ],
    "entities": [
        entity("United Nations Headquarters", "LOC", "USA", ["UNITED NATIONS"]),
        entity("Government of Australia", "ORG", "AUS", ["Australia"]),
        entity("Government of Canada", "ORG", "CAN", ["Canada", "Ottawa"]),
        entity("Government of Germany", "ORG", "DEU", ["Germany", "Berlin"]),
        entity("Government of the Netherlands", "ORG", "NLD", ["the Netherlands"]),
        entity("Taliban", "ORG", "AFG", ["Afghanistan's Taliban rulers", "the Taliban", "The Taliban", "Kabul"]),
        entity("Afghanistan", "LOC", "AFG", ["Afghanistan", "Afghanistan's"]),
        entity("International Court of Justice", "ORG", "UNO", ["the International Court of Justice", "the court",
                                                                "the ICJ", "The ICJ, the U.N.'s top court"]),
        entity("United Nations General Assembly", "ORG", "UNO", ["the U.N. General Assembly"]),
        entity("Convention on the Elimination of All Forms of Discrimination against Women", "MISC", "UNO",
               ["an international treaty on women's rights",
                "the Convention on the Elimination of All Forms of Discrimination against Women", "CEDAW",
                "the convention", "the treaty"]),
        entity("Penny Wong", "PER", "AUS", ["Australian Foreign Minister Penny Wong"]),
        entity("Federal Foreign Office of Germany", "ORG", "DEU", ["Germany's Foreign Office"]),
        entity("The Hague", "LOC", "NLD", ["The Hague"]),
        entity("Annalena Baerbock", "PER", "DEU", ["German Foreign Minister Annalena Baerbock", "she"]),
        entity("Afghan women and girls", "PER", "AFG", ["women and girls", "girls", "women", "Afghan women",
                                                        "half of Afghanistan's population"]),
        entity("Zabihullah Mujahid", "PER", "AFG", ["Taliban chief spokesman Zabihullah Mujahid", "He"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("Richard Bennett", "PER", "UNO", ["U.N. special rapporteur Richard Bennett"]),
        entity("Mélanie Joly", "PER", "CAN", ["Canada's Foreign Minister Mélanie Joly"]),
        entity("Caspar Veldkamp", "PER", "NLD", ["Dutch Foreign Minister Caspar Veldkamp"]),
        entity("Afghan women witnesses", "PER", "AFG", ["Afghan women who want to testify"]),
    ],
}

# ---------------------------------------------------------------- hm481-en-02 (Vietnam, repatriation flights verdict)
HANOI_COURT = actor("Hanoi People's Court", "VNM", "JUD")
DUNG = actor("To Anh Dung", "VNM", "GOV")
KIEN = actor("Pham Trung Kien", "VNM", "GOV")
HANOI_PROCURACY = actor("Hanoi People's Procuracy", "VNM", "JUD")
FLIGHT_DEFENDANTS = actor("defendants in the repatriation flights case", "VNM", "GOV")
DEF_LAWYERS = actor("defense lawyers in the repatriation flights case", "VNM", "CVL")
VNM_POLICE = actor("Ministry of Public Security of Vietnam", "VNM", "COP")
CPV = actor("Communist Party of Vietnam", "VNM", "PTY")
PHUC = actor("Nguyen Xuan Phuc", "VNM", "GOV")
MINH = actor("Pham Binh Minh", "VNM", "GOV")
DAM = actor("Vu Duc Dam", "VNM", "GOV")
HRW = actor("Human Rights Watch", "NGO", "NGO")

V1 = ("HANOI, Vietnam (AP) — A court in Hanoi on Friday sentenced a former deputy foreign minister to 16 years in "
      "prison and a former health ministry official to life for taking bribes to arrange repatriation flights during "
      "the COVID-19 pandemic.")
V2 = ("Former Deputy Foreign Minister To Anh Dung was among 54 defendants, including diplomats, police officers and "
      "officials from several ministries, in one of the largest corruption trials in Vietnam's history.")
V3 = ("Pham Trung Kien, a former assistant to a deputy health minister, received the harshest sentence after the court "
      "found he had taken more than 42 billion dong ($1.8 million) from companies seeking permission to operate the "
      "flights.")
V4 = ("Prosecutors said officials had demanded kickbacks from travel agencies and airlines in exchange for "
      "licenses.")
V5 = ("Nearly 800 flights brought home about 200,000 Vietnamese stranded abroad between 2020 and 2022, when the "
      "country's borders were closed.")
V6 = "Many passengers have said they were forced to pay several times the normal fare."
V7 = ("Dung, who pleaded guilty, told the court during the trial that he regretted his actions and had returned part "
      "of the money.")
V8 = "Defense lawyers had asked the court for leniency, citing their clients' cooperation with investigators."
V9 = "The court ordered the defendants to hand over more than 200 billion dong in illegal gains to the state."
V10 = "Police arrested most of the defendants last year after complaints from Vietnamese stranded overseas."
V11 = ("The case is part of a sweeping anti-corruption campaign led by Communist Party chief Nguyen Phu Trong and "
       "known as the “blazing furnace.”")
V12 = ("In January, President Nguyen Xuan Phuc resigned after the party said he bore political responsibility for "
       "misconduct by officials, including in the repatriation flights scandal.")
V13 = "Two deputy prime ministers, Pham Binh Minh and Vu Duc Dam, left their posts the same month."
V14 = "Human Rights Watch has said the campaign is also used to sideline rivals within the party."
V15 = "Hanoi denies that."
V16 = "The defendants have 15 days to appeal."

EN02 = {
    "id": "hm481-en-02", "lang": "en", "url": None, "published": "2023-07-28",
    "title": "Vietnam jails former deputy foreign minister in repatriation flights bribery case",
    "text": paragraphs([V1, V2, V3], [V4, V5, V6], [V7, V8, V9, V10], [V11, V12, V13], [V14, V15, V16]),
    "events": [
        event("SANCTION", HANOI_COURT, DUNG, V1, mode="convict", date="2023-07-28", location="Hanoi",
              location_country="VNM"),
        event("SANCTION", HANOI_COURT, KIEN, V1, mode="convict", date="2023-07-28", location="Hanoi",
              location_country="VNM"),
        event("SANCTION", HANOI_COURT, KIEN, V3, mode="convict"),
        event("ACCUSE", HANOI_PROCURACY, FLIGHT_DEFENDANTS, V4, mode="allege"),
        event("CONCEDE", DUNG, None, V7),
        event("REQUEST", DEF_LAWYERS, HANOI_COURT, V8, mode="yield"),
        event("COERCE", HANOI_COURT, FLIGHT_DEFENDANTS, V9, mode="seize"),
        event("COERCE", VNM_POLICE, FLIGHT_DEFENDANTS, V10, mode="arrest"),
        event("RETREAT", PHUC, None, V12, mode="resign"),
        event("ACCUSE", CPV, PHUC, V12, mode="disapprove"),
        event("RETREAT", MINH, None, V13, mode="resign"),
        event("RETREAT", DAM, None, V13, mode="resign"),
        event("ACCUSE", HRW, CPV, V14, mode="allege"),
    ],
    "quotes": [
        quote("he had taken more than 42 billion dong ($1.8 million) from companies seeking permission to operate the "
              "flights", "Hanoi People's Court", "indirect"),
        quote("officials had demanded kickbacks from travel agencies and airlines in exchange for licenses",
              "Hanoi People's Procuracy", "indirect"),
        quote("they were forced to pay several times the normal fare", "repatriation flight passengers", "indirect"),
        quote("he regretted his actions and had returned part of the money", "To Anh Dung", "indirect"),
        quote("blazing furnace", "Nguyen Phu Trong", "direct"),
        quote("he bore political responsibility for misconduct by officials, including in the repatriation flights "
              "scandal", "Communist Party of Vietnam", "indirect"),
        quote("the campaign is also used to sideline rivals within the party", "Human Rights Watch", "indirect"),
    ],
    "entities": [
        entity("Hanoi", "LOC", "VNM", ["HANOI"]),
        entity("Vietnam", "LOC", "VNM", ["Vietnam", "Vietnam's", "the country's"]),
        entity("Hanoi People's Court", "ORG", "VNM", ["A court in Hanoi", "the court", "The court"]),
        entity("To Anh Dung", "PER", "VNM", ["a former deputy foreign minister",
                                             "Former Deputy Foreign Minister To Anh Dung", "Dung", "he", "his"]),
        entity("Pham Trung Kien", "PER", "VNM", ["a former health ministry official",
                                                 "Pham Trung Kien, a former assistant to a deputy health minister",
                                                 "he"]),
        entity("defendants in the repatriation flights case", "PER", "VNM",
               ["54 defendants", "officials", "the defendants", "their clients'", "The defendants"]),
        entity("companies seeking flight permits", "ORG", "VNM",
               ["companies seeking permission to operate the flights", "travel agencies and airlines"]),
        entity("Hanoi People's Procuracy", "ORG", "VNM", ["Prosecutors"]),
        entity("Vietnamese stranded abroad", "PER", "VNM", ["Vietnamese stranded abroad",
                                                            "Vietnamese stranded overseas"]),
        entity("repatriation flight passengers", "PER", "VNM", ["Many passengers", "they"]),
        entity("defense lawyers in the repatriation flights case", "PER", "VNM", ["Defense lawyers"]),
        entity("Ministry of Public Security of Vietnam", "ORG", "VNM", ["Police", "investigators"]),
        entity("Communist Party of Vietnam", "ORG", "VNM", ["Communist Party", "the party"]),
        entity("Nguyen Phu Trong", "PER", "VNM", ["Communist Party chief Nguyen Phu Trong"]),
        entity("Nguyen Xuan Phuc", "PER", "VNM", ["President Nguyen Xuan Phuc", "he"]),
        entity("Pham Binh Minh", "PER", "VNM", ["Pham Binh Minh"]),
        entity("Vu Duc Dam", "PER", "VNM", ["Vu Duc Dam"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
        entity("Government of Vietnam", "ORG", "VNM", ["Hanoi"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
