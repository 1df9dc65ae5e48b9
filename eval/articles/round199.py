"""Round 199: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm199-de-01: North Korea blows up sections of the inter-Korean Gyeongui and Donghae roads; Seoul fires warning shots and condemns, Kim Yo Jong threatens over drones, Washington urges restraint (2024-10-16).
- hm199-de-02: Pakistan suspends the Simla Agreement, closes its airspace and halts trade after India puts the Indus Waters Treaty on hold over the Pahalgam attack; "act of war" warning, Modi's vow, Guterres appeals (2025-04-24).
- hm199-de-03: Former Cambodian opposition MP Lim Kimya shot dead in Bangkok; a Thai suspect arrested in Battambang and handed over, Sam Rainsy blames Hun Sen, Phnom Penh rejects it, HRW and Paris demand justice (2025-01-08).
- hm199-de-04: Taiwan's KMT-TPP majority passes the legislative powers reform amid mass protests outside parliament; DPP objects, Cho asks for reconsideration, Fu refuses, Beijing's Taiwan Affairs Office blames the DPP (2024-05-28).
- hm199-en-01: The UN Security Council demands an immediate Gaza ceasefire as the US abstains; Netanyahu cancels a delegation's Washington trip, Hamas welcomes, Katz rejects, Guterres and Algeria react (2024-03-25).
- hm199-en-02: Tens of thousands join the hikoi on New Zealand's parliament against the Treaty Principles Bill; Luxon stays away, Te Pati Maori and Labour attack the government, Seymour refuses to drop the bill (2024-11-19).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm199-de-01
PRK_MIL = actor("North Korea", "PRK", "MIL")
PRK_GOV = actor("North Korea", "PRK", "GOV")
KOR = actor("South Korea", "KOR", None)
KOR_MIL = actor("South Korean military", "KOR", "MIL")
PRK = actor("North Korea", "PRK", None)
MOU = actor("Ministry of Unification of South Korea", "KOR", "GOV")
KCNA = actor("Korean Central News Agency", "PRK", "GOV")
KYJ = actor("Kim Yo Jong", "PRK", "GOV")
USDOS = actor("United States Department of State", "USA", "GOV")

A1 = "Nordkorea hat am Dienstag Abschnitte zweier Straßen gesprengt, die einst den Norden mit dem Süden verbanden."
A2 = ("Der südkoreanische Generalstab teilte mit, nördlich der militärischen Demarkationslinie seien Sprengsätze "
      "an der Gyeongui- und an der Donghae-Trasse detoniert.")
A3 = "Die südkoreanische Armee gab daraufhin südlich der Linie Warnfeuer ab und erhöhte ihre Gefechtsbereitschaft."
A4 = "Auf nordkoreanisches Gebiet sei dabei nicht geschossen worden, betonte ein Sprecher."
A5 = "Das Vereinigungsministerium in Seoul verurteilte die Sprengungen als »äußerst provokativ«."
A6 = "Ein Sprecher forderte den Norden auf, weitere Provokationen sofort einzustellen."
A7 = "Die Straßen waren in den 2000er-Jahren mit südkoreanischen Krediten gebaut worden."
A8 = "Die staatliche Nachrichtenagentur KCNA rechtfertigte den Schritt am Mittwoch mit der »feindseligen« Politik Seouls."
A9 = "Pjöngjang wirft dem Süden vor, in diesem Monat mehrfach Drohnen mit Flugblättern über die Hauptstadt geschickt zu haben."
A10 = "Das Verteidigungsministerium in Seoul wies das zurück."
A11 = ("Kim Yo Jong, die einflussreiche Schwester von Machthaber Kim Jong Un, drohte Seoul mit einer "
       "»schrecklichen Katastrophe«, sollten erneut Drohnen über Pjöngjang auftauchen.")
A12 = "Das US-Außenministerium rief Pjöngjang auf, von weiteren Eskalationsschritten abzusehen."
A13 = "Washington stehe fest an der Seite seines Verbündeten, hieß es."
A14 = "Nordkorea hatte zuvor angekündigt, die Grenze zum Süden dauerhaft abzuriegeln und zu befestigen."

DE01 = {
    "id": "hm199-de-01", "lang": "de", "url": None, "published": "2024-10-16",
    "title": "Nordkorea sprengt Straßenverbindungen zum Süden",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8, A9, A10], [A11, A12, A13, A14]),
    "events": [
        event("ASSAULT", PRK_MIL, KOR, A1, mode="destroy", date="2024-10-15", location_country="PRK"),
        event("ASSAULT", PRK_MIL, KOR, A2, mode="destroy", date="2024-10-15", location_country="PRK"),
        event("MOBILIZE", KOR_MIL, PRK, A3, mode="troops", date="2024-10-15"),
        event("ASSAULT", KOR_MIL, PRK, A4, mode="firearms", date="2024-10-15", negated=True),
        event("ACCUSE", MOU, PRK_GOV, A5, mode="disapprove"),
        event("REQUEST", MOU, PRK_GOV, A6, mode="yield"),
        event("ACCUSE", KCNA, KOR, A8, mode="disapprove", date="2024-10-16"),
        event("ACCUSE", PRK_GOV, KOR, A9, mode="allege"),
        event("THREATEN", KYJ, KOR, A11, mode="violence"),
        event("REQUEST", USDOS, PRK_GOV, A12, mode="yield"),
        event("SUPPORT", USDOS, KOR, A13),
        event("THREATEN", PRK_GOV, KOR, A14, mode="restrict"),
    ],
    "quotes": [
        quote("nördlich der militärischen Demarkationslinie seien Sprengsätze an der Gyeongui- und an der "
              "Donghae-Trasse detoniert", "Joint Chiefs of Staff of South Korea", "indirect"),
        quote("Auf nordkoreanisches Gebiet sei dabei nicht geschossen worden",
              "Spokesperson of the South Korean military", "indirect"),
        quote("äußerst provokativ", "Ministry of Unification of South Korea", "direct"),
        quote("weitere Provokationen sofort einzustellen", "Spokesperson of the Ministry of Unification of South Korea",
              "indirect"),
        quote("feindseligen", "Korean Central News Agency", "direct"),
        quote("in diesem Monat mehrfach Drohnen mit Flugblättern über die Hauptstadt geschickt zu haben",
              "North Korea", "indirect"),
        quote("schrecklichen Katastrophe", "Kim Yo Jong", "direct"),
        quote("von weiteren Eskalationsschritten abzusehen", "United States Department of State", "indirect"),
        quote("Washington stehe fest an der Seite seines Verbündeten", "United States Department of State", "indirect"),
        quote("die Grenze zum Süden dauerhaft abzuriegeln und zu befestigen", "North Korea", "indirect"),
    ],
    "entities": [
        entity("North Korea", "GPE", "PRK", ["Nordkorea", "den Norden", "Pjöngjang", "nordkoreanisches"]),
        entity("South Korea", "GPE", "KOR", ["dem Süden", "zum Süden", "Seouls", "Seoul", "südkoreanischen",
                                               "seines Verbündeten"]),
        entity("Joint Chiefs of Staff of South Korea", "ORG", "KOR", ["Der südkoreanische Generalstab"]),
        entity("South Korean military", "ORG", "KOR", ["Die südkoreanische Armee", "ein Sprecher"]),
        entity("Ministry of Unification of South Korea", "ORG", "KOR", ["Das Vereinigungsministerium in Seoul"]),
        entity("Korean Central News Agency", "ORG", "PRK", ["Die staatliche Nachrichtenagentur KCNA"]),
        entity("Ministry of National Defense of South Korea", "ORG", "KOR", ["Das Verteidigungsministerium in Seoul"]),
        entity("Kim Yo Jong", "PER", "PRK", ["Kim Yo Jong", "die einflussreiche Schwester von Machthaber Kim Jong Un"]),
        entity("Kim Jong Un", "PER", "PRK", ["Machthaber Kim Jong Un"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Pyongyang", "LOC", "PRK", ["Pjöngjang", "die Hauptstadt"]),
        entity("Military Demarcation Line", "LOC", None, ["militärischen Demarkationslinie", "der Linie"]),
        entity("Gyeongui line", "LOC", "PRK", ["Gyeongui-"]),
        entity("Donghae line", "LOC", "PRK", ["Donghae-Trasse"]),
    ],
}

# ---------------------------------------------------------------- hm199-de-02
PAK = actor("Pakistan", "PAK", "GOV")
IND = actor("India", "IND", "GOV")
NSC_PAK = actor("National Security Committee of Pakistan", "PAK", "GOV")
IND_ADV = actor("Indian military advisers", "IND", "MIL")
PAK_NATIONALS = actor("Pakistani nationals in India", "PAK", "CVL")
ATTACKERS = actor("Pahalgam attackers", None, "REB")
TOURISTS = actor("Tourists in Pahalgam", "IND", "CVL")
MODI = actor("Narendra Modi", "IND", "GOV")
DAR = actor("Ishaq Dar", "PAK", "GOV")
GUTERRES = actor("Antonio Guterres", "UNO", "IGO")

B1 = ("Pakistan hat als Reaktion auf die Strafmaßnahmen Indiens das Simla-Abkommen von 1972 und alle weiteren "
      "bilateralen Verträge ausgesetzt.")
B2 = ("Zudem schloss Islamabad am Donnerstag seinen Luftraum für indische Fluggesellschaften und stoppte jeglichen "
      "Handel mit dem Nachbarland.")
B3 = ("Jeder Versuch, Pakistan das Wasser des Indus abzuschneiden, werde als »Kriegshandlung« betrachtet, hieß es "
      "nach einer Sitzung des Nationalen Sicherheitsrats unter Vorsitz von Premierminister Shehbaz Sharif.")
B4 = "Indische Militärberater in Islamabad wurden zu unerwünschten Personen erklärt."
B5 = "Neu-Delhi hatte am Mittwoch den Indus-Wasservertrag von 1960 auf Eis gelegt und den Grenzübergang Attari geschlossen."
B6 = "Pakistanische Staatsbürger mit Sondervisa müssen Indien binnen 48 Stunden verlassen."
B7 = ("Bewaffnete hatten am Dienstag nahe Pahalgam im indischen Teil Kaschmirs 26 Menschen erschossen, die meisten "
      "von ihnen Touristen.")
B8 = ("Premierminister Narendra Modi versprach bei einem Auftritt im Bundesstaat Bihar, Indien werde die Täter "
      "»bis ans Ende der Welt« verfolgen.")
B9 = "Neu-Delhi wirft Islamabad vor, grenzüberschreitenden Terrorismus zu unterstützen."
B10 = "Pakistans Verteidigungsminister Khawaja Asif wies jede Verwicklung seines Landes zurück."
B11 = "Außenminister Ishaq Dar nannte die indischen Maßnahmen »unreif und überstürzt«."
B12 = "UN-Generalsekretär António Guterres rief beide Seiten zu »maximaler Zurückhaltung« auf."
B13 = "Die beiden Atommächte streiten seit der Teilung 1947 um die Region Kaschmir."
B14 = "Sollte Indien tatsächlich Wasser umleiten, könnte das Millionen Bauern in der pakistanischen Provinz Punjab treffen."

DE02 = {
    "id": "hm199-de-02", "lang": "de", "url": None, "published": "2025-04-24",
    "title": "Pakistan setzt Simla-Abkommen aus und warnt Indien vor »Kriegshandlung«",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8, B9, B10], [B11, B12, B13, B14]),
    "events": [
        event("SANCTION", PAK, IND, B1, mode="withdraw"),
        event("COERCE", PAK, IND, B2, mode="restrict", date="2025-04-24"),
        event("SANCTION", PAK, IND, B2, mode="discontinue", date="2025-04-24"),
        event("THREATEN", NSC_PAK, IND, B3, mode="violence"),
        event("SANCTION", PAK, IND_ADV, B4, mode="expel", location="Islamabad", location_country="PAK"),
        event("SANCTION", IND, PAK, B5, mode="withdraw", date="2025-04-23"),
        event("COERCE", IND, PAK, B5, mode="restrict", date="2025-04-23", location="Attari", location_country="IND"),
        event("COERCE", IND, PAK_NATIONALS, B6, mode="deport"),
        event("ASSAULT", ATTACKERS, TOURISTS, B7, mode="firearms", date="2025-04-22", location="Pahalgam",
              location_country="IND"),
        event("THREATEN", MODI, ATTACKERS, B8, mode="violence"),
        event("ACCUSE", IND, PAK, B9, mode="allege"),
        event("ACCUSE", DAR, IND, B11, mode="disapprove"),
        event("REQUEST", GUTERRES, IND, B12, mode="yield"),
        event("REQUEST", GUTERRES, PAK, B12, mode="yield"),
    ],
    "quotes": [
        quote("Kriegshandlung", "National Security Committee of Pakistan", "direct"),
        quote("Jeder Versuch, Pakistan das Wasser des Indus abzuschneiden, werde als »Kriegshandlung« betrachtet",
              "National Security Committee of Pakistan", "indirect"),
        quote("bis ans Ende der Welt", "Narendra Modi", "direct"),
        quote("Indien werde die Täter »bis ans Ende der Welt« verfolgen", "Narendra Modi", "indirect"),
        quote("grenzüberschreitenden Terrorismus zu unterstützen", "Government of India", "indirect"),
        quote("unreif und überstürzt", "Ishaq Dar", "direct"),
        quote("maximaler Zurückhaltung", "Antonio Guterres", "direct"),
    ],
    "entities": [
        entity("Pakistan", "GPE", "PAK", ["Pakistan", "Islamabad", "dem Nachbarland", "seines Landes",
                                          "pakistanischen"]),
        entity("India", "GPE", "IND", ["Indiens", "Indien", "Neu-Delhi", "indischen"]),
        entity("Simla Agreement", "ORG", None, ["das Simla-Abkommen von 1972"]),
        entity("Indus Waters Treaty", "ORG", None, ["den Indus-Wasservertrag von 1960"]),
        entity("National Security Committee of Pakistan", "ORG", "PAK", ["des Nationalen Sicherheitsrats"]),
        entity("Shehbaz Sharif", "PER", "PAK", ["Premierminister Shehbaz Sharif"]),
        entity("Narendra Modi", "PER", "IND", ["Premierminister Narendra Modi"]),
        entity("Khawaja Asif", "PER", "PAK", ["Pakistans Verteidigungsminister Khawaja Asif"]),
        entity("Ishaq Dar", "PER", "PAK", ["Außenminister Ishaq Dar"]),
        entity("Antonio Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
        entity("Indus", "LOC", None, ["des Indus"]),
        entity("Attari", "LOC", "IND", ["den Grenzübergang Attari"]),
        entity("Pahalgam", "LOC", "IND", ["Pahalgam"]),
        entity("Kashmir", "LOC", None, ["Kaschmirs", "die Region Kaschmir"]),
        entity("Bihar", "LOC", "IND", ["im Bundesstaat Bihar"]),
        entity("Punjab", "LOC", "PAK", ["der pakistanischen Provinz Punjab"]),
        entity("Pahalgam attackers", "ORG", None, ["Bewaffnete", "die Täter"]),
    ],
}

# ---------------------------------------------------------------- hm199-de-03
GUNMAN = actor("Unidentified gunman", None, "CVL")
LIM = actor("Lim Kimya", "KHM", "OPP")
KHM_POL = actor("Cambodian police", "KHM", "COP")
SUSPECT = actor("Ekkalak Paenoi", "THA", "CVL")
THA_AUTH = actor("Thai authorities", "THA", "COP")
THA_POL = actor("Royal Thai Police", "THA", "COP")
RAINSY = actor("Sam Rainsy", "KHM", "OPP")
KHM_GOV = actor("Government of Cambodia", "KHM", "GOV")
HUNSEN = actor("Hun Sen", "KHM", "GOV")
PENBONA = actor("Pen Bona", "KHM", "GOV")
HRW = actor("Human Rights Watch", "NGO", "NGO")
THA = actor("Thailand", "THA", "GOV")
FRA_MFA = actor("French Ministry of Foreign Affairs", "FRA", "GOV")
FRA = actor("France", "FRA", "GOV")

C1 = "Der frühere kambodschanische Oppositionsabgeordnete Lim Kimya ist in Bangkok auf offener Straße erschossen worden."
C2 = ("Ein Mann auf einem Motorrad feuerte am Dienstagabend nahe dem Tempel Wat Bowonniwet mehrere Schüsse auf den "
      "73-Jährigen ab.")
C3 = "Lim war kurz zuvor mit seiner Frau in einem Reisebus aus Kambodscha angekommen."
C4 = ("Kambodschanische Polizisten nahmen am Mittwoch in der Provinz Battambang einen tatverdächtigen Thailänder fest "
      "und übergaben ihn an der Grenze den thailändischen Behörden.")
C5 = "Den Ermittlern zufolge soll der frühere Soldat Ekkalak Paenoi für die Tat Geld erhalten haben."
C6 = "Die Polizei in Bangkok ermittelt wegen Mordes und sucht nach möglichen Auftraggebern."
C7 = "Der im Exil lebende Oppositionsführer Sam Rainsy machte die Regierung in Phnom Penh für den Mord verantwortlich."
C8 = "»Hun Sen will allen Kritikern zeigen, dass sie nirgends sicher sind«, schrieb er auf Facebook."
C9 = "Regierungssprecher Pen Bona wies die Vorwürfe als »haltlos« zurück."
C10 = "Kambodscha verurteile jede Form von Gewalt und unterstütze die Ermittlungen der thailändischen Behörden, sagte er."
C11 = ("Human Rights Watch forderte Thailand auf, die Tat lückenlos aufzuklären und Kritiker aus Nachbarländern besser "
       "zu schützen.")
C12 = ("Das französische Außenministerium verurteilte den Mord »aufs Schärfste«, Lim besaß auch die französische "
       "Staatsbürgerschaft.")
C13 = "Paris verlangte, die Verantwortlichen vor Gericht zu stellen."
C14 = "Seit der Auflösung der Oppositionspartei CNRP im Jahr 2017 leben zahlreiche ihrer früheren Politiker im Ausland."

DE03 = {
    "id": "hm199-de-03", "lang": "de", "url": None, "published": "2025-01-08",
    "title": "Kambodschanischer Oppositionspolitiker in Bangkok erschossen",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8, C9, C10], [C11, C12, C13, C14]),
    "events": [
        event("ASSAULT", GUNMAN, LIM, C1, mode="assassinate", date="2025-01-07", location="Bangkok",
              location_country="THA"),
        event("ASSAULT", GUNMAN, LIM, C2, mode="assassinate", date="2025-01-07", location="Bangkok",
              location_country="THA"),
        event("COERCE", KHM_POL, SUSPECT, C4, mode="arrest", date="2025-01-08", location="Battambang",
              location_country="KHM"),
        event("COOPERATE", KHM_POL, THA_AUTH, C4, date="2025-01-08"),
        event("ACCUSE", THA_POL, GUNMAN, C6, mode="investigate"),
        event("ACCUSE", RAINSY, KHM_GOV, C7, mode="allege"),
        event("ACCUSE", RAINSY, HUNSEN, C8, mode="allege"),
        event("SUPPORT", PENBONA, THA_AUTH, C10),
        event("REQUEST", HRW, THA, C11, mode="assist"),
        event("ACCUSE", FRA_MFA, GUNMAN, C12, mode="disapprove"),
        event("REQUEST", FRA, THA, C13, mode="assist"),
    ],
    "quotes": [
        quote("soll der frühere Soldat Ekkalak Paenoi für die Tat Geld erhalten haben", "Thai investigators",
              "indirect"),
        quote("Hun Sen will allen Kritikern zeigen, dass sie nirgends sicher sind", "Sam Rainsy", "direct"),
        quote("haltlos", "Pen Bona", "direct"),
        quote("Kambodscha verurteile jede Form von Gewalt und unterstütze die Ermittlungen der thailändischen Behörden",
              "Pen Bona", "indirect"),
        quote("die Tat lückenlos aufzuklären und Kritiker aus Nachbarländern besser zu schützen", "Human Rights Watch",
              "indirect"),
        quote("aufs Schärfste", "French Ministry of Foreign Affairs", "direct"),
        quote("die Verantwortlichen vor Gericht zu stellen", "France", "indirect"),
    ],
    "entities": [
        entity("Lim Kimya", "PER", "KHM", ["Der frühere kambodschanische Oppositionsabgeordnete Lim Kimya",
                                           "den 73-Jährigen", "Lim"]),
        entity("Bangkok", "LOC", "THA", ["Bangkok"]),
        entity("Wat Bowonniwet", "LOC", "THA", ["dem Tempel Wat Bowonniwet"]),
        entity("Unidentified gunman", "PER", None, ["Ein Mann auf einem Motorrad"]),
        entity("Cambodia", "GPE", "KHM", ["Kambodscha", "Phnom Penh"]),
        entity("Cambodian police", "ORG", "KHM", ["Kambodschanische Polizisten"]),
        entity("Battambang", "LOC", "KHM", ["der Provinz Battambang"]),
        entity("Ekkalak Paenoi", "PER", "THA", ["einen tatverdächtigen Thailänder", "der frühere Soldat Ekkalak Paenoi",
                                                "ihn"]),
        entity("Thai authorities", "ORG", "THA", ["den thailändischen Behörden", "der thailändischen Behörden"]),
        entity("Royal Thai Police", "ORG", "THA", ["Die Polizei in Bangkok", "Den Ermittlern"]),
        entity("Sam Rainsy", "PER", "KHM", ["Der im Exil lebende Oppositionsführer Sam Rainsy", "er"]),
        entity("Government of Cambodia", "ORG", "KHM", ["die Regierung in Phnom Penh"]),
        entity("Hun Sen", "PER", "KHM", ["Hun Sen"]),
        entity("Facebook", "ORG", "MNC", ["Facebook"]),
        entity("Pen Bona", "PER", "KHM", ["Regierungssprecher Pen Bona", "er"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
        entity("Thailand", "GPE", "THA", ["Thailand"]),
        entity("French Ministry of Foreign Affairs", "ORG", "FRA", ["Das französische Außenministerium"]),
        entity("France", "GPE", "FRA", ["Paris", "französische"]),
        entity("Cambodia National Rescue Party", "ORG", "KHM", ["der Oppositionspartei CNRP"]),
    ],
}

# ---------------------------------------------------------------- hm199-de-04
TW_PROT = actor("Taiwanese protesters", "TWN", "CVL")
LY = actor("Legislative Yuan", "TWN", "LEG")
TW_POL = actor("Taipei police", "TWN", "COP")
DPP = actor("Democratic Progressive Party", "TWN", "PTY")
KMT = actor("Kuomintang", "TWN", "OPP")
TPP = actor("Taiwan People's Party", "TWN", "OPP")
KER = actor("Ker Chien-ming", "TWN", "LEG")
CHO = actor("Cho Jung-tai", "TWN", "GOV")
FU = actor("Fu Kun-chi", "TWN", "LEG")
LAI = actor("Lai Ching-te", "TWN", "GOV")
TAO = actor("Taiwan Affairs Office", "CHN", "GOV")
ORGANISERS = actor("Taiwanese protest organisers", "TWN", "CVL")

D1 = ("Taiwans Parlament hat am Dienstag trotz heftiger Proteste ein umstrittenes Reformpaket verabschiedet, das die "
      "Befugnisse der Abgeordneten gegenüber der Regierung deutlich ausweitet.")
D2 = "Vor dem Gebäude in Taipeh demonstrierten Zehntausende Menschen gegen die Reform."
D3 = "Die Polizei sperrte die umliegenden Straßen mit Gittern ab."
D4 = ("Die von der oppositionellen Kuomintang (KMT) und der Taiwanischen Volkspartei (TPP) eingebrachten Änderungen "
      "stellen unter anderem die Missachtung des Parlaments unter Strafe.")
D5 = "Die regierende Demokratische Fortschrittspartei (DPP) warf KMT und TPP vor, die Gewaltenteilung auszuhebeln."
D6 = "»Dieses Gesetz«, sagte DPP-Fraktionschef Ker Chien-ming, »wurde ohne jede echte Debatte durchgepeitscht.«"
D7 = "Ministerpräsident Cho Jung-tai forderte das Parlament auf, die Vorlage erneut zu beraten."
D8 = "KMT-Fraktionschef Fu Kun-chi lehnte das ab."
D9 = "Die Reform stärke lediglich die Kontrolle über die Regierung, die Proteste seien von der DPP gesteuert, sagte er."
D10 = ("Präsident Lai Ching-te, der erst eine Woche zuvor vereidigt worden war, äußerte Verständnis für die "
       "Demonstranten.")
D11 = ("Das Büro für Taiwan-Angelegenheiten in Peking warf der DPP vor, die Proteste anzuheizen, um »die Gesellschaft "
       "zu spalten«.")
D12 = "Die Organisatoren kündigten an, am Freitag erneut vor das Parlament zu ziehen."
D13 = "Bei Rangeleien im Plenarsaal waren in der vergangenen Woche mehrere Abgeordnete leicht verletzt worden."

DE04 = {
    "id": "hm199-de-04", "lang": "de", "url": None, "published": "2024-05-28",
    "title": "Zehntausende protestieren vor Taiwans Parlament gegen Reform",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8, D9], [D10, D11, D12, D13]),
    "events": [
        event("PROTEST", TW_PROT, LY, D2, mode="demo", date="2024-05-28", location="Taipei", location_country="TWN"),
        event("COERCE", TW_POL, TW_PROT, D3, mode="restrict", date="2024-05-28", location="Taipei",
              location_country="TWN"),
        event("ACCUSE", DPP, KMT, D5, mode="allege"),
        event("ACCUSE", DPP, TPP, D5, mode="allege"),
        event("ACCUSE", KER, KMT, D6, mode="disapprove"),
        event("REQUEST", CHO, LY, D7, mode="change"),
        event("REJECT", FU, CHO, D8, mode="change"),
        event("ACCUSE", FU, DPP, D9, mode="allege"),
        event("SUPPORT", LAI, TW_PROT, D10),
        event("ACCUSE", TAO, DPP, D11, mode="allege"),
        event("THREATEN", ORGANISERS, LY, D12),
    ],
    "quotes": [
        quote("die Gewaltenteilung auszuhebeln", "Democratic Progressive Party", "indirect"),
        quote("Dieses Gesetz", "Ker Chien-ming", "direct"),
        quote("wurde ohne jede echte Debatte durchgepeitscht", "Ker Chien-ming", "direct"),
        quote("die Vorlage erneut zu beraten", "Cho Jung-tai", "indirect"),
        quote("Die Reform stärke lediglich die Kontrolle über die Regierung, die Proteste seien von der DPP gesteuert",
              "Fu Kun-chi", "indirect"),
        quote("die Proteste anzuheizen, um »die Gesellschaft zu spalten«", "Taiwan Affairs Office", "indirect"),
        quote("die Gesellschaft zu spalten", "Taiwan Affairs Office", "direct"),
        quote("am Freitag erneut vor das Parlament zu ziehen", "Taiwanese protest organisers", "indirect"),
    ],
    "entities": [
        entity("Taiwan", "GPE", "TWN", ["Taiwans"]),
        entity("Legislative Yuan", "ORG", "TWN", ["Taiwans Parlament", "dem Gebäude", "des Parlaments",
                                                  "das Parlament"]),
        entity("Taipei", "LOC", "TWN", ["Taipeh"]),
        entity("Taiwanese protesters", "ORG", "TWN", ["Zehntausende Menschen", "die Demonstranten"]),
        entity("Taipei police", "ORG", "TWN", ["Die Polizei"]),
        entity("Kuomintang", "ORG", "TWN", ["der oppositionellen Kuomintang (KMT)", "KMT"]),
        entity("Taiwan People's Party", "ORG", "TWN", ["der Taiwanischen Volkspartei (TPP)", "TPP"]),
        entity("Democratic Progressive Party", "ORG", "TWN", ["Die regierende Demokratische Fortschrittspartei (DPP)",
                                                             "der DPP", "DPP"]),
        entity("Ker Chien-ming", "PER", "TWN", ["DPP-Fraktionschef Ker Chien-ming"]),
        entity("Cho Jung-tai", "PER", "TWN", ["Ministerpräsident Cho Jung-tai"]),
        entity("Fu Kun-chi", "PER", "TWN", ["KMT-Fraktionschef Fu Kun-chi", "er"]),
        entity("Lai Ching-te", "PER", "TWN", ["Präsident Lai Ching-te"]),
        entity("Taiwan Affairs Office", "ORG", "CHN", ["Das Büro für Taiwan-Angelegenheiten in Peking"]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Taiwanese protest organisers", "ORG", "TWN", ["Die Organisatoren"]),
    ],
}

# ---------------------------------------------------------------- hm199-en-01
UNSC = actor("United Nations Security Council", "UNO", "IGO")
ISR = actor("Israel", "ISR", "GOV")
HAMAS = actor("Hamas", "PSE", "REB")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
USA = actor("United States", "USA", "GOV")
PMO_ISR = actor("Office of the Prime Minister of Israel", "ISR", "GOV")
LTG = actor("Linda Thomas-Greenfield", "USA", "GOV")
KATZ = actor("Israel Katz", "ISR", "GOV")
GUTERRES = actor("Antonio Guterres", "UNO", "IGO")
BENDJAMA = actor("Amar Bendjama", "DZA", "GOV")
RUS = actor("Russia", "RUS", "GOV")
CHN = actor("China", "CHN", "GOV")

E1 = ("The U.N. Security Council on Monday demanded an immediate ceasefire in Gaza for the rest of Ramadan after the "
      "United States abstained instead of using its veto.")
E2 = ("The resolution, drafted by the council's ten elected members, also demands the immediate and unconditional "
      "release of all hostages.")
E3 = "It passed with 14 votes in favour."
E4 = ("Israeli Prime Minister Benjamin Netanyahu responded by canceling a planned visit to Washington by a senior "
      "delegation.")
E5 = ("His office said the U.S. move was a \"clear retreat\" from its previous position that would hurt efforts to "
      "free the hostages.")
E6 = ("U.S. Ambassador Linda Thomas-Greenfield said Washington supported some of the text's \"critical objectives\" "
      "but could not vote yes because it did not condemn Hamas.")
E7 = "Hamas welcomed the vote and said it was ready for an immediate prisoner exchange."
E8 = "Israeli Foreign Minister Israel Katz rejected the demand outright."
E9 = "\"Israel will not cease fire,\" Katz wrote on X, vowing to destroy Hamas."
E10 = ("Secretary-General Antonio Guterres said the resolution must be implemented, adding: \"Failure would be "
       "unforgivable.\"")
E11 = ("Algeria's envoy Amar Bendjama, who represents Arab states on the council, said the bloodbath had gone on for "
       "far too long.")
E12 = "Russia and China had vetoed a U.S.-drafted text on Friday that linked a truce to a hostage deal."
E13 = ("More than 32,000 Palestinians have been killed in Gaza since the war began, according to the territory's "
       "health ministry.")

EN01 = {
    "id": "hm199-en-01", "lang": "en", "url": None, "published": "2024-03-25",
    "title": "U.N. Security Council demands immediate Gaza ceasefire as U.S. abstains",
    "text": paragraphs([E1, E2, E3, E4, E5], [E6, E7, E8, E9], [E10, E11, E12, E13]),
    "events": [
        event("REQUEST", UNSC, ISR, E1, mode="yield", date="2024-03-25"),
        event("REQUEST", UNSC, HAMAS, E1, mode="yield", date="2024-03-25"),
        event("REQUEST", UNSC, HAMAS, E2, mode="yield"),
        event("REJECT", NETANYAHU, USA, E4, mode="meet"),
        event("ACCUSE", PMO_ISR, USA, E5, mode="disapprove"),
        event("SUPPORT", LTG, UNSC, E6),
        event("SUPPORT", HAMAS, UNSC, E7),
        event("AGREE", HAMAS, ISR, E7),
        event("REJECT", KATZ, UNSC, E8, mode="yield"),
        event("REJECT", KATZ, UNSC, E9, mode="yield"),
        event("THREATEN", KATZ, HAMAS, E9, mode="violence"),
        event("REQUEST", GUTERRES, None, E10, mode="yield"),
        event("ACCUSE", BENDJAMA, ISR, E11, mode="disapprove"),
        event("REJECT", RUS, USA, E12, date="2024-03-22"),
        event("REJECT", CHN, USA, E12, date="2024-03-22"),
    ],
    "quotes": [
        quote("clear retreat", "Office of the Prime Minister of Israel", "direct"),
        quote("the U.S. move was a \"clear retreat\" from its previous position that would hurt efforts to free the "
              "hostages", "Office of the Prime Minister of Israel", "indirect"),
        quote("critical objectives", "Linda Thomas-Greenfield", "direct"),
        quote("Washington supported some of the text's \"critical objectives\" but could not vote yes because it did "
              "not condemn Hamas", "Linda Thomas-Greenfield", "indirect"),
        quote("it was ready for an immediate prisoner exchange", "Hamas", "indirect"),
        quote("Israel will not cease fire", "Israel Katz", "direct"),
        quote("the resolution must be implemented", "Antonio Guterres", "indirect"),
        quote("Failure would be unforgivable", "Antonio Guterres", "direct"),
        quote("the bloodbath had gone on for far too long", "Amar Bendjama", "indirect"),
        quote("More than 32,000 Palestinians have been killed in Gaza since the war began", "Gaza Health Ministry",
              "indirect"),
    ],
    "entities": [
        entity("United Nations Security Council", "ORG", "UNO", ["The U.N. Security Council", "the council's",
                                                                "the council"]),
        entity("Gaza", "LOC", "PSE", ["Gaza"]),
        entity("United States", "GPE", "USA", ["United States", "U.S.", "Washington"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Israeli Prime Minister Benjamin Netanyahu", "His"]),
        entity("Office of the Prime Minister of Israel", "ORG", "ISR", ["His office"]),
        entity("Linda Thomas-Greenfield", "PER", "USA", ["U.S. Ambassador Linda Thomas-Greenfield"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("Israel Katz", "PER", "ISR", ["Israeli Foreign Minister Israel Katz", "Katz"]),
        entity("Israel", "GPE", "ISR", ["Israel", "Israeli"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("Antonio Guterres", "PER", "UNO", ["Secretary-General Antonio Guterres"]),
        entity("Amar Bendjama", "PER", "DZA", ["Algeria's envoy Amar Bendjama"]),
        entity("Algeria", "GPE", "DZA", ["Algeria's"]),
        entity("Russia", "GPE", "RUS", ["Russia"]),
        entity("China", "GPE", "CHN", ["China"]),
        entity("Gaza Health Ministry", "ORG", "PSE", ["the territory's health ministry"]),
    ],
}

# ---------------------------------------------------------------- hm199-en-02
MARCHERS = actor("Hikoi marchers", "NZL", "CVL")
NZ_GOV = actor("Government of New Zealand", "NZL", "GOV")
LUXON = actor("Christopher Luxon", "NZL", "GOV")
ACT = actor("ACT New Zealand", "NZL", "PTY")
NGAREWA = actor("Debbie Ngarewa-Packer", "NZL", "OPP")
SEYMOUR = actor("David Seymour", "NZL", "GOV")
MAIPI = actor("Hana-Rawhiti Maipi-Clarke", "NZL", "OPP")
HIPKINS = actor("Chris Hipkins", "NZL", "OPP")
NZ_POLICE = actor("New Zealand Police", "NZL", "COP")

N1 = ("Tens of thousands of people marched on New Zealand's parliament in Wellington on Tuesday to protest against "
      "a bill that would reinterpret the country's founding treaty with Maori.")
N2 = "Police put the crowd at about 42,000."
N3 = "The hikoi, a Maori word for a long march, had set off nine days earlier from the country's northern tip."
N4 = "The Treaty Principles Bill, championed by David Seymour's libertarian ACT party, passed its first reading last week."
N5 = "Prime Minister Christopher Luxon has said his National Party will not support it beyond the second reading."
N6 = "Luxon did not meet the marchers, who gathered on the lawn in front of Parliament."
N7 = ("“This government,” Te Pati Maori co-leader Debbie Ngarewa-Packer told the crowd, “has declared war on the "
      "Treaty and on our people.”")
N8 = ("Seymour, the associate justice minister, rejected calls to withdraw the bill, saying it would give every New "
      "Zealander equal rights.")
N9 = ("Last week, Te Pati Maori lawmaker Hana-Rawhiti Maipi-Clarke tore up a copy of the bill in the chamber and led "
      "a haka, forcing the speaker to suspend the sitting.")
N10 = "Labour leader Chris Hipkins accused Luxon of “letting ACT set the agenda” on race relations."
N11 = "Police said the protest was peaceful and no arrests were made."
N12 = "The bill is not expected to become law."

EN02 = {
    "id": "hm199-en-02", "lang": "en", "url": None, "published": "2024-11-19",
    "title": "Tens of thousands march on New Zealand's parliament over Treaty bill",
    "text": paragraphs([N1, N2, N3, N4], [N5, N6, N7, N8], [N9, N10, N11, N12]),
    "events": [
        event("PROTEST", MARCHERS, NZ_GOV, N1, mode="demo", date="2024-11-19", location="Wellington",
              location_country="NZL"),
        event("PROTEST", MARCHERS, NZ_GOV, N3, mode="demo"),
        event("SUPPORT", LUXON, ACT, N5, negated=True),
        event("CONSULT", LUXON, MARCHERS, N6, date="2024-11-19", location="Wellington", location_country="NZL",
              negated=True),
        event("ACCUSE", NGAREWA, NZ_GOV, N7, mode="disapprove"),
        event("REJECT", SEYMOUR, MARCHERS, N8, mode="change"),
        event("PROTEST", MAIPI, ACT, N9, mode="demo", location="Wellington", location_country="NZL"),
        event("ACCUSE", HIPKINS, LUXON, N10, mode="disapprove"),
        event("COERCE", NZ_POLICE, MARCHERS, N11, mode="arrest", date="2024-11-19", negated=True),
    ],
    "quotes": [
        quote("his National Party will not support it beyond the second reading", "Christopher Luxon", "indirect"),
        quote("This government", "Debbie Ngarewa-Packer", "direct"),
        quote("has declared war on the Treaty and on our people", "Debbie Ngarewa-Packer", "direct"),
        quote("it would give every New Zealander equal rights", "David Seymour", "indirect"),
        quote("letting ACT set the agenda", "Chris Hipkins", "direct"),
        quote("the protest was peaceful and no arrests were made", "New Zealand Police", "indirect"),
    ],
    "entities": [
        entity("New Zealand", "GPE", "NZL", ["New Zealand's", "the country's"]),
        entity("New Zealand Parliament", "ORG", "NZL", ["New Zealand's parliament", "Parliament", "the chamber"]),
        entity("Wellington", "LOC", "NZL", ["Wellington"]),
        entity("Hikoi marchers", "ORG", "NZL", ["Tens of thousands of people", "the crowd", "The hikoi",
                                                "the marchers"]),
        entity("Maori", "ORG", "NZL", ["Maori"]),
        entity("New Zealand Police", "ORG", "NZL", ["Police"]),
        entity("Treaty Principles Bill", "ORG", "NZL", ["a bill", "The Treaty Principles Bill", "the bill"]),
        entity("Treaty of Waitangi", "ORG", "NZL", ["the country's founding treaty with Maori", "the Treaty"]),
        entity("David Seymour", "PER", "NZL", ["David Seymour's", "Seymour", "the associate justice minister"]),
        entity("ACT New Zealand", "ORG", "NZL", ["libertarian ACT party", "ACT"]),
        entity("Christopher Luxon", "PER", "NZL", ["Prime Minister Christopher Luxon", "Luxon"]),
        entity("New Zealand National Party", "ORG", "NZL", ["his National Party"]),
        entity("Te Pati Maori", "ORG", "NZL", ["Te Pati Maori"]),
        entity("Debbie Ngarewa-Packer", "PER", "NZL", ["Te Pati Maori co-leader Debbie Ngarewa-Packer"]),
        entity("Government of New Zealand", "ORG", "NZL", ["This government"]),
        entity("Hana-Rawhiti Maipi-Clarke", "PER", "NZL", ["Te Pati Maori lawmaker Hana-Rawhiti Maipi-Clarke"]),
        entity("Gerry Brownlee", "PER", "NZL", ["the speaker"]),
        entity("Chris Hipkins", "PER", "NZL", ["Labour leader Chris Hipkins"]),
        entity("New Zealand Labour Party", "ORG", "NZL", ["Labour"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
