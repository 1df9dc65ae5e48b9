"""Round 169: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm169-de-01: South Korean police raid Jeju Air and Muan airport after the crash, travel ban on CEO Kim E-bae; families press Choi Sang-mok (2025-01-02).
- hm169-de-02: Germany deports 28 Afghan offenders to Kabul via Qatar; the Taliban ask for consular ties, Pro Asyl and Merz react (2024-08-30).
- hm169-de-03: Thailand cuts power, internet and fuel to Myanmar's scam-centre towns; the BGF hands over foreigners, the junta and Fortify Rights react (2025-02-05).
- hm169-de-04: New Caledonia's parties and Paris agree on a "State of New Caledonia" at Bougival; Macron praises, the CCAT rejects (2025-07-12).
- hm169-en-01: Kolkata junior doctors refuse talks with Mamata Banerjee over live-streaming; she offers to resign, BJP and CBI (2024-09-12).
- hm169-en-02: The UN General Assembly adopts the Pact for the Future after blocking Russia's amendment; Guterres, China, protest outside (2024-09-22).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm169-de-01
SJ_POLICE = actor("South Jeolla Provincial Police Agency", "KOR", "COP")
JEJU = actor("Jeju Air", "KOR", "BUS")
MUAN_AIRPORT = actor("Muan International Airport", "KOR", None)
AVIATION_OFFICE = actor("Busan Regional Aviation Administration", "KOR", "GOV")
KIM_EBAE = actor("Kim E-bae", "KOR", "BUS")
MOLIT = actor("Ministry of Land, Infrastructure and Transport", "KOR", "GOV")
NTSB = actor("National Transportation Safety Board", "USA", "GOV")
BOEING = actor("Boeing", "USA", "BUS")
CHOI = actor("Choi Sang-mok", "KOR", "GOV")
KOR_AIRLINES = actor("South Korean airlines", "KOR", "BUS")
FAMILIES = actor("families of the Jeju Air crash victims", "KOR", "CVL")
KOR_AUTH = actor("South Korean authorities", "KOR", "GOV")
PARK_HS = actor("Park Han-shin", "KOR", "CVL")

A1 = ("Muan (dpa) - Vier Tage nach dem Flugzeugunglück im südkoreanischen Muan hat die Polizei am Donnerstag "
      "die Zentrale der Fluggesellschaft Jeju Air in Seoul durchsucht.")
A2 = ("Auch der Flughafen Muan und ein Büro der regionalen Luftfahrtbehörde seien durchsucht worden, teilte die "
      "Polizei der Provinz Süd-Jeolla mit.")
A3 = "Gegen Jeju-Air-Chef Kim E Bae verhängten die Ermittler zudem ein Ausreiseverbot."
A4 = ("Bei dem Absturz der Boeing 737-800 waren am Sonntag 179 Menschen ums Leben gekommen, nur zwei "
      "Flugbegleiter überlebten.")
A5 = ("Die aus Bangkok kommende Maschine war bei einer Bauchlandung über die Piste hinausgeschossen und gegen "
      "einen Erdwall mit Betonkern geprallt.")
A6 = ("Das Verkehrsministerium untersucht die Unglücksursache gemeinsam mit Experten der US-Behörde NTSB und des "
      "Herstellers Boeing.")
A7 = "Übergangspräsident Choi Sang Mok ordnete eine Sicherheitsprüfung bei allen Fluggesellschaften des Landes an."
A8 = ("„Wir werden den Angehörigen nichts verschweigen“, versprach Choi bei einem Treffen mit Hinterbliebenen am "
      "Flughafen.")
A9 = ("Die Familien werfen den Behörden vor, sie nur schleppend über die Identifizierung der Opfer zu "
      "informieren.")
A10 = "Ihr Sprecher Park Han Shin verlangte, Vertreter der Familien an den Ermittlungen zu beteiligen."
A11 = "„Wir wollen nicht aus dem Fernsehen erfahren“, sagte er, „was mit unseren Kindern und Eltern geschehen ist.“"
A12 = "Jeju Air wies Berichte über Wartungsmängel an der Unglücksmaschine zurück."
A13 = "Man werde mit den Ermittlern uneingeschränkt zusammenarbeiten, teilte das Unternehmen mit."

DE01 = {
    "id": "hm169-de-01", "lang": "de", "url": None, "published": "2025-01-02",
    "title": "Polizei durchsucht Jeju Air nach Flugzeugabsturz in Muan",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8], [A9, A10, A11, A12, A13]),
    "events": [
        event("COERCE", SJ_POLICE, JEJU, A1, mode="seize", date="2025-01-02", location="Seoul",
              location_country="KOR"),
        event("COERCE", SJ_POLICE, MUAN_AIRPORT, A2, mode="seize", location="Muan", location_country="KOR"),
        event("COERCE", SJ_POLICE, AVIATION_OFFICE, A2, mode="seize"),
        event("COERCE", SJ_POLICE, KIM_EBAE, A3, mode="restrict"),
        event("COOPERATE", MOLIT, NTSB, A6),
        event("COOPERATE", MOLIT, BOEING, A6),
        event("ACCUSE", CHOI, KOR_AIRLINES, A7, mode="investigate"),
        event("AGREE", CHOI, FAMILIES, A8),
        event("CONSULT", CHOI, FAMILIES, A8, location="Muan", location_country="KOR"),
        event("ACCUSE", FAMILIES, KOR_AUTH, A9, mode="disapprove"),
        event("REQUEST", PARK_HS, KOR_AUTH, A10, mode="change"),
        event("ACCUSE", PARK_HS, KOR_AUTH, A11, mode="disapprove"),
        event("AGREE", JEJU, SJ_POLICE, A13),
    ],
    "quotes": [
        quote("Auch der Flughafen Muan und ein Büro der regionalen Luftfahrtbehörde seien durchsucht worden",
              "South Jeolla Provincial Police Agency", "indirect"),
        quote("Wir werden den Angehörigen nichts verschweigen", "Choi Sang-mok", "direct"),
        quote("sie nur schleppend über die Identifizierung der Opfer zu informieren",
              "families of the Jeju Air crash victims", "indirect"),
        quote("Vertreter der Familien an den Ermittlungen zu beteiligen", "Park Han-shin", "indirect"),
        quote("Wir wollen nicht aus dem Fernsehen erfahren", "Park Han-shin", "direct"),
        quote("was mit unseren Kindern und Eltern geschehen ist", "Park Han-shin", "direct"),
        quote("Man werde mit den Ermittlern uneingeschränkt zusammenarbeiten", "Jeju Air", "indirect"),
    ],
    "entities": [
        entity("South Jeolla Provincial Police Agency", "ORG", "KOR",
               ["die Polizei", "Polizei der Provinz Süd-Jeolla", "die Ermittler", "den Ermittlern"]),
        entity("Jeju Air", "ORG", "KOR", ["der Fluggesellschaft Jeju Air", "Jeju Air", "das Unternehmen"]),
        entity("Muan", "LOC", "KOR", ["im südkoreanischen Muan"]),
        entity("Seoul", "LOC", "KOR", ["Seoul"]),
        entity("Muan International Airport", "LOC", "KOR", ["der Flughafen Muan", "am Flughafen"]),
        entity("Busan Regional Aviation Administration", "ORG", "KOR",
               ["ein Büro der regionalen Luftfahrtbehörde"]),
        entity("Kim E-bae", "PER", "KOR", ["Jeju-Air-Chef Kim E Bae"]),
        entity("Boeing", "ORG", "USA", ["des Herstellers Boeing"]),
        entity("Bangkok", "LOC", "THA", ["Bangkok"]),
        entity("Ministry of Land, Infrastructure and Transport", "ORG", "KOR", ["Das Verkehrsministerium"]),
        entity("National Transportation Safety Board", "ORG", "USA", ["der US-Behörde NTSB"]),
        entity("Choi Sang-mok", "PER", "KOR", ["Übergangspräsident Choi Sang Mok", "Choi"]),
        entity("South Korea", "GPE", "KOR", ["des Landes"]),
        entity("South Korean airlines", "ORG", "KOR", ["allen Fluggesellschaften des Landes"]),
        entity("families of the Jeju Air crash victims", "ORG", "KOR",
               ["den Angehörigen", "Hinterbliebenen", "Die Familien", "der Familien"]),
        entity("South Korean authorities", "ORG", "KOR", ["den Behörden"]),
        entity("Park Han-shin", "PER", "KOR", ["Ihr Sprecher Park Han Shin", "er"]),
    ],
}

# ---------------------------------------------------------------- hm169-de-02
GERMANY = actor("Germany", "DEU", "GOV")
AFG_OFFENDERS = actor("Afghan convicted offenders", "AFG", "CVL")
QATAR = actor("Qatar", "QAT", "GOV")
TALIBAN = actor("Taliban", "AFG", "GOV")
AFG_ATTACKER = actor("Afghan attacker", "AFG", None)
GER_POLICEMAN = actor("German police officer", "DEU", "COP")
SCHOLZ = actor("Olaf Scholz", "DEU", "GOV")
FAESER = actor("Nancy Faeser", "DEU", "GOV")
FOREIGN_OFFENDERS = actor("foreign offenders in Germany", "DEU", "CVL")
BALKHI = actor("Abdul Qahar Balkhi", "AFG", "GOV")
GER_GOV = actor("Government of Germany", "DEU", "GOV")
PRO_ASYL = actor("Pro Asyl", "DEU", "NGO")
KOPP = actor("Karl Kopp", "DEU", "NGO")
MERZ = actor("Friedrich Merz", "DEU", "OPP")

B1 = ("Berlin (dpa) - Deutschland hat erstmals seit der Machtübernahme der Taliban im August 2021 afghanische "
      "Straftäter in ihr Heimatland abgeschoben.")
B2 = ("Eine Chartermaschine mit 28 verurteilten Männern an Bord startete am Freitagmorgen in Leipzig und landete "
      "am Mittag in Kabul, wie Regierungssprecher Steffen Hebestreit mitteilte.")
B3 = ("Katar habe bei der Vorbereitung geholfen, direkte Gespräche mit den Taliban habe es nicht gegeben, hieß "
      "es in Regierungskreisen.")
B4 = ("Bundeskanzler Olaf Scholz hatte nach der tödlichen Messerattacke eines Afghanen auf einen Polizisten in "
      "Mannheim im Mai angekündigt, Schwerkriminelle wieder nach Afghanistan abzuschieben.")
B5 = ("„Wer in Deutschland schwere Straftaten begeht“, sagte Innenministerin Nancy Faeser (SPD), „muss damit "
      "rechnen, abgeschoben zu werden.“")
B6 = "Die Taliban begrüßten den Flug."
B7 = ("Der Sprecher ihres Außenministeriums, Abdul Kahar Balchi, forderte Berlin auf, für weitere Rückführungen "
      "reguläre konsularische Beziehungen aufzunehmen.")
B8 = "Die Bundesregierung lehnt eine Anerkennung der Taliban-Regierung weiterhin ab."
B9 = ("Die Flüchtlingsorganisation Pro Asyl kritisierte die Abschiebung als Wahlkampfmanöver vor den "
      "Landtagswahlen in Sachsen und Thüringen.")
B10 = "In Afghanistan drohten Folter und Hinrichtungen, sagte Geschäftsführer Karl Kopp."
B11 = "Unionsfraktionschef Friedrich Merz verlangte dagegen regelmäßige Abschiebeflüge, auch nach Syrien."

DE02 = {
    "id": "hm169-de-02", "lang": "de", "url": None, "published": "2024-08-30",
    "title": "Deutschland schiebt erstmals seit Taliban-Machtübernahme nach Afghanistan ab",
    "text": paragraphs([B1, B2, B3], [B4, B5], [B6, B7, B8, B9, B10, B11]),
    "events": [
        event("COERCE", GERMANY, AFG_OFFENDERS, B1, mode="deport", date="2024-08-30"),
        event("COERCE", GERMANY, AFG_OFFENDERS, B2, mode="deport", date="2024-08-30", location="Leipzig",
              location_country="DEU"),
        event("COOPERATE", QATAR, GERMANY, B3),
        event("CONSULT", GERMANY, TALIBAN, B3, negated=True),
        event("ASSAULT", AFG_ATTACKER, GER_POLICEMAN, B4, mode="primitive", location="Mannheim",
              location_country="DEU"),
        event("THREATEN", SCHOLZ, AFG_OFFENDERS, B4),
        event("THREATEN", FAESER, FOREIGN_OFFENDERS, B5),
        event("SUPPORT", TALIBAN, GERMANY, B6),
        event("REQUEST", BALKHI, GERMANY, B7, mode="assist"),
        event("REJECT", GER_GOV, TALIBAN, B8, mode="assist"),
        event("ACCUSE", PRO_ASYL, GER_GOV, B9, mode="disapprove"),
        event("ACCUSE", KOPP, TALIBAN, B10, mode="allege"),
        event("REQUEST", MERZ, GER_GOV, B11, mode="change"),
    ],
    "quotes": [
        quote("Eine Chartermaschine mit 28 verurteilten Männern an Bord startete am Freitagmorgen in Leipzig und "
              "landete am Mittag in Kabul", "Steffen Hebestreit", "indirect"),
        quote("Katar habe bei der Vorbereitung geholfen, direkte Gespräche mit den Taliban habe es nicht gegeben",
              "German government sources", "indirect"),
        quote("Schwerkriminelle wieder nach Afghanistan abzuschieben", "Olaf Scholz", "indirect"),
        quote("Wer in Deutschland schwere Straftaten begeht", "Nancy Faeser", "direct"),
        quote("muss damit rechnen, abgeschoben zu werden", "Nancy Faeser", "direct"),
        quote("für weitere Rückführungen reguläre konsularische Beziehungen aufzunehmen", "Abdul Qahar Balkhi",
              "indirect"),
        quote("In Afghanistan drohten Folter und Hinrichtungen", "Karl Kopp", "indirect"),
    ],
    "entities": [
        entity("Germany", "GPE", "DEU", ["Deutschland", "Berlin"]),
        entity("Taliban", "ORG", "AFG", ["der Taliban", "den Taliban", "Die Taliban", "ihres", "Taliban-Regierung"]),
        entity("Afghan convicted offenders", "ORG", "AFG",
               ["afghanische Straftäter", "28 verurteilten Männern", "Schwerkriminelle"]),
        entity("Afghanistan", "GPE", "AFG", ["ihr Heimatland", "Afghanistan"]),
        entity("Leipzig", "LOC", "DEU", ["Leipzig"]),
        entity("Kabul", "LOC", "AFG", ["Kabul"]),
        entity("Steffen Hebestreit", "PER", "DEU", ["Regierungssprecher Steffen Hebestreit"]),
        entity("Qatar", "GPE", "QAT", ["Katar"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz"]),
        entity("Afghan attacker", "PER", "AFG", ["eines Afghanen"]),
        entity("German police officer", "PER", "DEU", ["einen Polizisten"]),
        entity("Mannheim", "LOC", "DEU", ["Mannheim"]),
        entity("Nancy Faeser", "PER", "DEU", ["Innenministerin Nancy Faeser"]),
        entity("Social Democratic Party of Germany (SPD)", "ORG", "DEU", ["SPD"]),
        entity("Abdul Qahar Balkhi", "PER", "AFG",
               ["Der Sprecher ihres Außenministeriums, Abdul Kahar Balchi"]),
        entity("Ministry of Foreign Affairs of Afghanistan", "ORG", "AFG", ["ihres Außenministeriums"]),
        entity("Government of Germany", "ORG", "DEU", ["Die Bundesregierung"]),
        entity("Pro Asyl", "ORG", "DEU", ["Die Flüchtlingsorganisation Pro Asyl"]),
        entity("Saxony", "LOC", "DEU", ["Sachsen"]),
        entity("Thuringia", "LOC", "DEU", ["Thüringen"]),
        entity("Karl Kopp", "PER", "DEU", ["Geschäftsführer Karl Kopp"]),
        entity("Friedrich Merz", "PER", "DEU", ["Unionsfraktionschef Friedrich Merz"]),
        entity("Syria", "GPE", "SYR", ["Syrien"]),
    ],
}

# ---------------------------------------------------------------- hm169-de-03
THAILAND = actor("Thailand", "THA", "GOV")
SCAM = actor("scam centre operators in Myanmar", "MMR", None)
ANUTIN = actor("Anutin Charnvirakul", "THA", "GOV")
PAETONGTARN = actor("Paetongtarn Shinawatra", "THA", "GOV")
XI = actor("Xi Jinping", "CHN", "GOV")
CHINA = actor("China", "CHN", "GOV")
TRAFFICKERS = actor("human traffickers", None, None)
WANG_XING = actor("Wang Xing", "CHN", "CVL")
LIU_ZHONGYI = actor("Liu Zhongyi", "CHN", "GOV")
BGF = actor("Karen Border Guard Force", "MMR", "MIL")
FOREIGN_WORKERS = actor("foreign scam centre workers", None, "CVL")
JUNTA = actor("Myanmar military junta", "MMR", "GOV")
FORTIFY = actor("Fortify Rights", "NGO", "NGO")

C1 = ("Bangkok (dpa) - Thailand hat im Kampf gegen Online-Betrugszentren die Stromversorgung mehrerer Grenzorte "
      "im benachbarten Myanmar gekappt.")
C2 = ("Auch Internetverbindungen und Treibstofflieferungen in die Region um Myawaddy und Shwe Kokko würden "
      "unterbrochen, kündigte Innenminister Anutin Charnvirakul am Mittwoch an.")
C3 = "In den Anlagen jenseits der Grenze sollen Zehntausende Menschen gegen ihren Willen festgehalten werden."
C4 = "»Wir werden Kriminellen keinen Strom mehr verkaufen«, sagte Anutin."
C5 = ("Die Entscheidung fiel kurz vor einer Reise von Regierungschefin Paetongtarn Shinawatra nach Peking, wo sie "
      "am Donnerstag Staatschef Xi Jinping treffen will.")
C6 = ("Peking hatte Bangkok zuvor zu einem härteren Vorgehen gedrängt, nachdem Menschenhändler den chinesischen "
      "Schauspieler Wang Xing im Januar über Thailand in ein Betrugslager in Myanmar verschleppt hatten.")
C7 = ("Chinas Vizeminister für öffentliche Sicherheit, Liu Zhongyi, war vergangene Woche in die thailändische "
      "Grenzstadt Mae Sot gereist.")
C8 = ("Die Grenzschutztruppe BGF, eine mit Myanmars Militärjunta verbündete Miliz, übergab am Mittwoch nach "
      "eigenen Angaben 260 befreite Ausländer an thailändische Behörden.")
C9 = ("Ihr Anführer Saw Chit Thu bestritt erneut, selbst an dem Geschäft mit den Betrugszentren verdient zu "
      "haben.")
C10 = ("Die Junta in Naypyidaw begrüßte das Vorgehen Thailands und bot Hilfe bei der Rückführung der Opfer "
       "an.")
C11 = ("Die Menschenrechtsorganisation Fortify Rights kritisierte dagegen, die Stromsperre treffe vor allem die "
       "Zivilbevölkerung in Myawaddy.")
C12 = "Krankenhäusern und Wasserwerken in der Stadt drohe der Stillstand, hieß es."

DE03 = {
    "id": "hm169-de-03", "lang": "de", "url": None, "published": "2025-02-05",
    "title": "Thailand kappt Strom für Betrugszentren in Myanmar",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6, C7], [C8, C9, C10, C11, C12]),
    "events": [
        event("COERCE", THAILAND, SCAM, C1, mode="withhold", date="2025-02-05", location="Myawaddy",
              location_country="MMR"),
        event("COERCE", ANUTIN, SCAM, C2, mode="withhold", date="2025-02-05", location="Myawaddy",
              location_country="MMR"),
        event("COERCE", ANUTIN, SCAM, C4, mode="withhold"),
        event("AGREE", PAETONGTARN, XI, C5),
        event("REQUEST", CHINA, THAILAND, C6, mode="change"),
        event("ASSAULT", TRAFFICKERS, WANG_XING, C6, mode="abduct", location="Myanmar", location_country="MMR"),
        event("CONSULT", LIU_ZHONGYI, THAILAND, C7, mode="visit", location="Mae Sot", location_country="THA"),
        event("RETREAT", BGF, FOREIGN_WORKERS, C8, mode="release", date="2025-02-05"),
        event("SUPPORT", JUNTA, THAILAND, C10),
        event("AGREE", JUNTA, THAILAND, C10),
        event("ACCUSE", FORTIFY, THAILAND, C11, mode="disapprove"),
    ],
    "quotes": [
        quote("Auch Internetverbindungen und Treibstofflieferungen in die Region um Myawaddy und Shwe Kokko würden "
              "unterbrochen", "Anutin Charnvirakul", "indirect"),
        quote("Wir werden Kriminellen keinen Strom mehr verkaufen", "Anutin Charnvirakul", "direct"),
        quote("selbst an dem Geschäft mit den Betrugszentren verdient zu haben", "Saw Chit Thu", "indirect"),
        quote("die Stromsperre treffe vor allem die Zivilbevölkerung in Myawaddy", "Fortify Rights", "indirect"),
        quote("Krankenhäusern und Wasserwerken in der Stadt drohe der Stillstand", "Fortify Rights", "indirect"),
    ],
    "entities": [
        entity("Thailand", "GPE", "THA", ["Thailand", "Bangkok", "Thailands"]),
        entity("Myanmar", "GPE", "MMR", ["im benachbarten Myanmar", "Myanmar", "Myanmars"]),
        entity("Myawaddy", "LOC", "MMR", ["Myawaddy", "der Stadt"]),
        entity("Shwe Kokko", "LOC", "MMR", ["Shwe Kokko"]),
        entity("Anutin Charnvirakul", "PER", "THA", ["Innenminister Anutin Charnvirakul", "Anutin"]),
        entity("Paetongtarn Shinawatra", "PER", "THA", ["Regierungschefin Paetongtarn Shinawatra", "sie"]),
        entity("China", "GPE", "CHN", ["Peking", "Chinas"]),
        entity("Xi Jinping", "PER", "CHN", ["Staatschef Xi Jinping"]),
        entity("human traffickers", "ORG", None, ["Menschenhändler"]),
        entity("Wang Xing", "PER", "CHN", ["den chinesischen Schauspieler Wang Xing"]),
        entity("Liu Zhongyi", "PER", "CHN", ["Chinas Vizeminister für öffentliche Sicherheit, Liu Zhongyi"]),
        entity("Mae Sot", "LOC", "THA", ["die thailändische Grenzstadt Mae Sot"]),
        entity("Karen Border Guard Force", "ORG", "MMR", ["Die Grenzschutztruppe BGF", "Ihr"]),
        entity("foreign scam centre workers", "ORG", None, ["260 befreite Ausländer", "der Opfer"]),
        entity("Thai authorities", "ORG", "THA", ["thailändische Behörden"]),
        entity("Saw Chit Thu", "PER", "MMR", ["Ihr Anführer Saw Chit Thu"]),
        entity("Myanmar military junta", "ORG", "MMR", ["Myanmars Militärjunta", "Die Junta in Naypyidaw"]),
        entity("Naypyidaw", "LOC", "MMR", ["Naypyidaw"]),
        entity("Fortify Rights", "ORG", "NGO", ["Die Menschenrechtsorganisation Fortify Rights"]),
    ],
}

# ---------------------------------------------------------------- hm169-de-04
FLNKS = actor("Kanak and Socialist National Liberation Front (FLNKS)", "NCL", "PTY")
LOYALISTS = actor("New Caledonian loyalists", "NCL", "PTY")
FRANCE_GOV = actor("Government of France", "FRA", "GOV")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
NC_DELEGATIONS = actor("New Caledonian delegations", "NCL", None)
TJIBAOU = actor("Emmanuel Tjibaou", "NCL", "PTY")
CCAT = actor("Field Action Coordination Unit (CCAT)", "NCL", "OPP")
BACKES = actor("Sonia Backès", "NCL", "PTY")
VALLS = actor("Manuel Valls", "FRA", "GOV")

D1 = ("Paris (AFP) - Nach zehn Tagen Verhandlungen haben sich Unabhängigkeitsbefürworter und Loyalisten aus "
      "Neukaledonien mit der französischen Regierung auf einen neuen Status für das Pazifikgebiet geeinigt.")
D2 = ("Das Abkommen, das die Delegationen in der Nacht zum Samstag in Bougival bei Paris unterzeichneten, sieht "
      "einen Staat Neukaledonien innerhalb der Französischen Republik vor.")
D3 = "Zudem soll eine neukaledonische Staatsangehörigkeit geschaffen werden."
D4 = "Präsident Emmanuel Macron dankte den Delegationen und sprach von einem „historischen Abkommen“."
D5 = ("„Wir haben gemeinsam den Weg der Versöhnung gewählt“, sagte Überseeminister Manuel Valls, der die "
      "Gespräche geleitet hatte.")
D6 = ("Die Bevölkerung soll Anfang 2026 über das Abkommen abstimmen, die Provinzwahlen werden bis dahin "
      "verschoben.")
D7 = ("FLNKS-Verhandlungsführer Emmanuel Tjibaou sagte, der Text müsse der Basis erst noch erklärt werden, seine "
      "Bewegung werde aber ihr Wort halten.")
D8 = ("Radikale Unabhängigkeitsaktivisten der Gruppe CCAT lehnten das Abkommen dagegen ab und warfen der "
      "FLNKS-Delegation Verrat vor.")
D9 = "Die loyalistische Politikerin Sonia Backès lobte Valls und nannte die Einigung einen „Sieg für Frankreich“."
D10 = "Bei den Unruhen im Frühjahr 2024 waren 14 Menschen getötet worden."
D11 = "Seither sind Tausende Polizisten und Gendarmen in dem Gebiet stationiert."

DE04 = {
    "id": "hm169-de-04", "lang": "de", "url": None, "published": "2025-07-12",
    "title": "Neukaledonien: Einigung auf neuen Status bei Gesprächen nahe Paris",
    "text": paragraphs([D1, D2, D3], [D4, D5, D6], [D7, D8, D9, D10, D11]),
    "events": [
        event("AGREE", FLNKS, FRANCE_GOV, D1),
        event("AGREE", LOYALISTS, FRANCE_GOV, D1),
        event("SUPPORT", FLNKS, FRANCE_GOV, D2, date="2025-07-12", location="Bougival", location_country="FRA"),
        event("SUPPORT", LOYALISTS, FRANCE_GOV, D2, date="2025-07-12", location="Bougival",
              location_country="FRA"),
        event("SUPPORT", MACRON, NC_DELEGATIONS, D4),
        event("AGREE", TJIBAOU, FRANCE_GOV, D7),
        event("REJECT", CCAT, FRANCE_GOV, D8),
        event("ACCUSE", CCAT, FLNKS, D8, mode="allege"),
        event("SUPPORT", BACKES, VALLS, D9),
    ],
    "quotes": [
        quote("historischen Abkommen", "Emmanuel Macron", "direct"),
        quote("Wir haben gemeinsam den Weg der Versöhnung gewählt", "Manuel Valls", "direct"),
        quote("der Text müsse der Basis erst noch erklärt werden, seine Bewegung werde aber ihr Wort halten",
              "Emmanuel Tjibaou", "indirect"),
        quote("Sieg für Frankreich", "Sonia Backès", "direct"),
    ],
    "entities": [
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Kanak and Socialist National Liberation Front (FLNKS)", "ORG", "NCL",
               ["Unabhängigkeitsbefürworter", "FLNKS-Delegation", "seine Bewegung"]),
        entity("New Caledonian loyalists", "ORG", "NCL", ["Loyalisten aus Neukaledonien"]),
        entity("New Caledonia", "LOC", "NCL", ["Neukaledonien", "das Pazifikgebiet", "dem Gebiet"]),
        entity("Government of France", "ORG", "FRA", ["der französischen Regierung"]),
        entity("New Caledonian delegations", "ORG", "NCL", ["die Delegationen", "den Delegationen"]),
        entity("Bougival", "LOC", "FRA", ["Bougival bei Paris"]),
        entity("France", "GPE", "FRA", ["der Französischen Republik", "Frankreich"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Präsident Emmanuel Macron"]),
        entity("Manuel Valls", "PER", "FRA", ["Überseeminister Manuel Valls", "Valls"]),
        entity("Emmanuel Tjibaou", "PER", "NCL", ["FLNKS-Verhandlungsführer Emmanuel Tjibaou"]),
        entity("Field Action Coordination Unit (CCAT)", "ORG", "NCL",
               ["Radikale Unabhängigkeitsaktivisten der Gruppe CCAT"]),
        entity("Sonia Backès", "PER", "NCL", ["Die loyalistische Politikerin Sonia Backès"]),
    ],
}

# ---------------------------------------------------------------- hm169-en-01
JR_DOCTORS = actor("junior doctors in West Bengal", "IND", "CVL")
BANERJEE = actor("Mamata Banerjee", "IND", "GOV")
WB_GOV = actor("Government of West Bengal", "IND", "GOV")
WB_HEALTH = actor("West Bengal Health Department", "IND", "GOV")
SUPREME_COURT = actor("Supreme Court of India", "IND", "JUD")
KOLKATA_POLICE_CHIEF = actor("Vineet Goyal", "IND", "COP")
CBI = actor("Central Bureau of Investigation", "IND", "COP")
GHOSH = actor("Sandip Ghosh", "IND", "CVL")
BJP = actor("Bharatiya Janata Party", "IND", "OPP")
ADHIKARI = actor("Suvendu Adhikari", "IND", "OPP")
TMC = actor("All India Trinamool Congress", "IND", "PTY")

E1 = ("KOLKATA, India (AP) — Striking junior doctors in the eastern Indian city of Kolkata refused on Thursday "
      "to attend talks with the state’s top elected official after the government rejected their demand to "
      "broadcast the meeting live.")
E2 = "Chief Minister Mamata Banerjee waited for two hours at the state secretariat, but the meeting never took place."
E3 = "“I am ready to resign,” Banerjee told reporters, “if that brings justice to the young doctor.”"
E4 = ("The doctors have stayed off work since a 31-year-old trainee doctor was raped and killed at the "
      "state-run R.G. Kar Medical College and Hospital on Aug. 9.")
E5 = ("Since Tuesday, hundreds of them have camped outside the state health department’s headquarters, "
      "ignoring a Supreme Court deadline to return to work.")
E6 = "The court had said that no action would be taken against doctors who resumed duty."
E7 = ("The protesters want the city’s police commissioner and senior health officials removed, accusing them "
      "of botching the investigation.")
E8 = ("Federal investigators arrested the hospital’s former principal, Sandip Ghosh, last week over alleged "
      "financial irregularities.")
E9 = "Ghosh has denied any wrongdoing."
E10 = ("The opposition Bharatiya Janata Party accused Banerjee of shielding those responsible and demanded her "
       "resignation.")
E11 = "“She has lost the moral right to govern,” said Suvendu Adhikari, the party’s leader in the state assembly."
E12 = ("Banerjee’s Trinamool Congress said the opposition was exploiting the doctors’ anger for political "
       "gain.")

EN01 = {
    "id": "hm169-en-01", "lang": "en", "url": None, "published": "2024-09-12",
    "title": "Striking Kolkata doctors snub talks as Mamata Banerjee offers to quit",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6, E7], [E8, E9, E10, E11, E12]),
    "events": [
        event("REJECT", JR_DOCTORS, BANERJEE, E1, mode="meet", date="2024-09-12", location="Kolkata",
              location_country="IND"),
        event("REJECT", WB_GOV, JR_DOCTORS, E1, mode="change"),
        event("CONSULT", JR_DOCTORS, BANERJEE, E2, date="2024-09-12", location="Kolkata",
              location_country="IND", negated=True),
        event("CONCEDE", BANERJEE, JR_DOCTORS, E3),
        event("PROTEST", JR_DOCTORS, WB_GOV, E4, mode="strike", location="Kolkata", location_country="IND"),
        event("PROTEST", JR_DOCTORS, WB_HEALTH, E5, mode="demo", location="Kolkata", location_country="IND"),
        event("CONCEDE", SUPREME_COURT, JR_DOCTORS, E6),
        event("REQUEST", JR_DOCTORS, WB_GOV, E7, mode="change"),
        event("ACCUSE", JR_DOCTORS, KOLKATA_POLICE_CHIEF, E7, mode="disapprove"),
        event("COERCE", CBI, GHOSH, E8, mode="arrest"),
        event("ACCUSE", BJP, BANERJEE, E10, mode="allege"),
        event("REQUEST", BJP, BANERJEE, E10, mode="change"),
        event("ACCUSE", ADHIKARI, BANERJEE, E11, mode="disapprove"),
        event("ACCUSE", TMC, BJP, E12, mode="allege"),
    ],
    "quotes": [
        quote("I am ready to resign", "Mamata Banerjee", "direct"),
        quote("if that brings justice to the young doctor", "Mamata Banerjee", "direct"),
        quote("that no action would be taken against doctors who resumed duty", "Supreme Court of India",
              "indirect"),
        quote("She has lost the moral right to govern", "Suvendu Adhikari", "direct"),
        quote("the opposition was exploiting the doctors’ anger for political gain", "All India Trinamool Congress",
              "indirect"),
    ],
    "entities": [
        entity("Kolkata", "LOC", "IND", ["KOLKATA", "the eastern Indian city of Kolkata", "the city’s"]),
        entity("junior doctors in West Bengal", "ORG", "IND",
               ["Striking junior doctors", "their", "The doctors", "them", "The protesters", "the doctors’"]),
        entity("Mamata Banerjee", "PER", "IND",
               ["the state’s top elected official", "Chief Minister Mamata Banerjee", "Banerjee", "She", "her"]),
        entity("Government of West Bengal", "ORG", "IND", ["the government"]),
        entity("West Bengal state secretariat (Nabanna)", "LOC", "IND", ["the state secretariat"]),
        entity("R.G. Kar Medical College and Hospital", "ORG", "IND",
               ["the state-run R.G. Kar Medical College and Hospital", "the hospital’s"]),
        entity("West Bengal Health Department", "ORG", "IND", ["the state health department’s headquarters"]),
        entity("Supreme Court of India", "ORG", "IND", ["a Supreme Court deadline", "The court"]),
        entity("Vineet Goyal", "PER", "IND", ["the city’s police commissioner"]),
        entity("Central Bureau of Investigation", "ORG", "IND", ["Federal investigators"]),
        entity("Sandip Ghosh", "PER", "IND", ["the hospital’s former principal, Sandip Ghosh", "Ghosh"]),
        entity("Bharatiya Janata Party", "ORG", "IND",
               ["The opposition Bharatiya Janata Party", "the party’s", "the opposition"]),
        entity("Suvendu Adhikari", "PER", "IND", ["Suvendu Adhikari"]),
        entity("All India Trinamool Congress", "ORG", "IND", ["Banerjee’s Trinamool Congress"]),
    ],
}

# ---------------------------------------------------------------- hm169-en-02
UNGA = actor("UN General Assembly", "UNO", "IGO")
RUSSIA = actor("Russia", "RUS", "GOV")
CONGO = actor("Republic of the Congo", "COG", "GOV")
VERSHININ = actor("Sergey Vershinin", "RUS", "GOV")
WESTERN = actor("Western countries", None, "GOV")
BELARUS = actor("Belarus", "BLR", "GOV")
IRAN = actor("Iran", "IRN", "GOV")
NKOREA = actor("North Korea", "PRK", "GOV")
GUTERRES = actor("António Guterres", "UNO", "IGO")
UN_MEMBERS = actor("UN member states", None, "GOV")
CHINA_UN = actor("China", "CHN", "GOV")
UNITED_NATIONS = actor("United Nations", "UNO", "IGO")
RICH_NATIONS = actor("wealthy countries", None, "GOV")
ACTIVISTS = actor("climate activists", None, "CVL")
NYPD = actor("New York City Police Department", "USA", "COP")

F1 = ("UNITED NATIONS (AP) — World leaders adopted a sweeping Pact for the Future at the United Nations on "
      "Sunday after a last-minute Russian attempt to water down the document was pushed aside.")
F2 = ("The 193-member General Assembly voted 143-6 with 15 abstentions not to consider a Russian amendment that "
      "would have stressed the principle of non-interference in countries’ internal affairs.")
F3 = "The motion to block the amendment was brought by the Republic of Congo on behalf of the African Group."
F4 = "Belarus, Iran and North Korea voted with Moscow."
F5 = ("Russian Deputy Foreign Minister Sergey Vershinin accused Western countries of forcing through a text that "
      "“nobody is happy with.”")
F6 = ("Secretary-General António Guterres welcomed the pact, saying it would “bring multilateralism back from the "
      "brink” if governments kept their word.")
F7 = "“Now it is your turn,” he told the leaders, “to turn these promises into action.”"
F8 = ("The pact calls for reform of the Security Council and international financial institutions and commits "
      "states to new talks on nuclear disarmament.")
F9 = "China said it backed the text but urged wealthy countries to provide more financing for poorer nations."
F10 = ("Outside U.N. headquarters, a few hundred climate activists rallied to demand a faster phase-out of "
       "fossil fuels.")
F11 = "Police said no arrests were made."
F12 = "The pact is not legally binding, and many earlier U.N. declarations have gone largely unheeded."

EN02 = {
    "id": "hm169-en-02", "lang": "en", "url": None, "published": "2024-09-22",
    "title": "UN adopts Pact for the Future after Russian push to weaken it fails",
    "text": paragraphs([F1, F2, F3, F4, F5], [F6, F7, F8, F9], [F10, F11, F12]),
    "events": [
        event("SUPPORT", UN_MEMBERS, None, F1, date="2024-09-22", location="New York", location_country="USA"),
        event("REJECT", UN_MEMBERS, RUSSIA, F1, mode="change", date="2024-09-22"),
        event("REJECT", UNGA, RUSSIA, F2, mode="change", date="2024-09-22"),
        event("REJECT", CONGO, RUSSIA, F3, mode="change"),
        event("SUPPORT", BELARUS, RUSSIA, F4),
        event("SUPPORT", IRAN, RUSSIA, F4),
        event("SUPPORT", NKOREA, RUSSIA, F4),
        event("ACCUSE", VERSHININ, WESTERN, F5, mode="disapprove"),
        event("SUPPORT", GUTERRES, UN_MEMBERS, F6),
        event("REQUEST", GUTERRES, UN_MEMBERS, F7, mode="change"),
        event("SUPPORT", CHINA_UN, UNITED_NATIONS, F9),
        event("REQUEST", CHINA_UN, RICH_NATIONS, F9, mode="assist"),
        event("PROTEST", ACTIVISTS, UN_MEMBERS, F10, mode="demo", location="New York", location_country="USA"),
        event("COERCE", NYPD, ACTIVISTS, F11, mode="arrest", location="New York", location_country="USA",
              negated=True),
    ],
    "quotes": [
        quote("nobody is happy with", "Sergey Vershinin", "direct"),
        quote("bring multilateralism back from the brink", "António Guterres", "direct"),
        quote("it would “bring multilateralism back from the brink” if governments kept their word",
              "António Guterres", "indirect"),
        quote("Now it is your turn", "António Guterres", "direct"),
        quote("to turn these promises into action", "António Guterres", "direct"),
        quote("it backed the text", "China", "indirect"),
        quote("no arrests were made", "New York City Police Department", "indirect"),
    ],
    "entities": [
        entity("United Nations", "ORG", "UNO", ["UNITED NATIONS", "the United Nations", "U.N. headquarters", "U.N."]),
        entity("UN General Assembly", "ORG", "UNO", ["The 193-member General Assembly"]),
        entity("Russia", "GPE", "RUS", ["Russian", "Moscow"]),
        entity("Republic of the Congo", "GPE", "COG", ["the Republic of Congo"]),
        entity("African Group", "ORG", None, ["the African Group"]),
        entity("Belarus", "GPE", "BLR", ["Belarus"]),
        entity("Iran", "GPE", "IRN", ["Iran"]),
        entity("North Korea", "GPE", "PRK", ["North Korea"]),
        entity("Sergey Vershinin", "PER", "RUS", ["Russian Deputy Foreign Minister Sergey Vershinin"]),
        entity("Western countries", "ORG", None, ["Western countries"]),
        entity("António Guterres", "PER", "UNO", ["Secretary-General António Guterres", "he"]),
        entity("UN member states", "ORG", None, ["World leaders", "governments", "the leaders"]),
        entity("UN Security Council", "ORG", "UNO", ["the Security Council"]),
        entity("China", "GPE", "CHN", ["China"]),
        entity("wealthy countries", "ORG", None, ["wealthy countries"]),
        entity("climate activists", "ORG", None, ["a few hundred climate activists"]),
        entity("New York City Police Department", "ORG", "USA", ["Police"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
