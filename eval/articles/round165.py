"""Round 165: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm165-de-01: Bangladesh: Awami League supporters attack the NCP rally in Gopalganj; curfew, troops, arrests, protests in Dhaka (2025-07-17).
- hm165-de-02: Modi and Xi meet in Kazan after India and China agree on border patrols in Ladakh; Congress questions, Washington welcomes (2024-10-23).
- hm165-de-03: Taiwan's coast guard seizes the Chinese-crewed freighter Hong Tai 58 after a Penghu cable is cut; Lai accuses Beijing, TAO hits back (2025-02-26).
- hm165-de-04: Pakistan: police clear the TLP's Gaza march camp at Muridke; roadblocks, internet cut, arrests, ban threat (2025-10-13).
- hm165-en-01: Maldives' President Muizzu in New Delhi; India grants a currency swap, the two agree on trade talks and maritime cooperation (2024-10-07).
- hm165-en-02: The World Health Assembly adopts the pandemic agreement; the US and Argentina out, Kennedy attacks the WHO, China pledges money (2025-05-20).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm165-de-01
BGD_INTGOV = actor("Interim Government of Bangladesh", "BGD", "GOV")
GOP_RES = actor("residents of Gopalganj", "BGD", "CVL")
AL = actor("Awami League", "BGD", "PTY")
AL_SUP = actor("Awami League supporters", "BGD", "PTY")
NCP = actor("National Citizen Party", "BGD", "PTY")
NCP_SUP = actor("NCP supporters", "BGD", "PTY")
BGD_POLICE = actor("Bangladesh Police", "BGD", "COP")
BGD_ARMY = actor("Bangladesh Army", "BGD", "MIL")
BGD_SECFOR = actor("Bangladesh security forces", "BGD", "COP")
YUNUS = actor("Muhammad Yunus", "BGD", "GOV")
NAHID = actor("Nahid Islam", "BGD", "PTY")

A1 = ("Nach tödlichen Zusammenstößen in Gopalganj hat Bangladeschs Übergangsregierung eine Ausgangssperre "
      "über die Stadt im Süden des Landes verhängt.")
A2 = ("Anhänger der verbotenen Awami League der gestürzten Regierungschefin Sheikh Hasina hatten am Mittwoch eine "
      "Kundgebung der Nationalen Bürgerpartei (NCP) mit Steinen und Stöcken angegriffen und Polizeifahrzeuge in "
      "Brand gesetzt.")
A3 = "Mindestens vier Menschen kamen ums Leben, Dutzende wurden verletzt."
A4 = "Die Armee verlegte am Abend zusätzliche Soldaten in die Stadt."
A5 = "Das Büro von Übergangsregierungschef Muhammad Yunus verurteilte die Gewalt als „völlig unentschuldbar“."
A6 = "Die Täter würden nicht ungestraft davonkommen, hieß es in der Erklärung."
A7 = "Innenberater Jahangir Alam Chowdhury sagte, die Polizei habe bereits 25 Verdächtige festgenommen."
A8 = "NCP-Chef Nahid Islam warf der Awami League vor, einen „Hinterhalt“ geplant zu haben."
A9 = "„Wer friedliche Demonstranten angreift“, sagte der Studentenführer, „muss vor Gericht gestellt werden.“"
A10 = ("In Dhaka zogen am Abend Tausende NCP-Anhänger durch die Innenstadt und verlangten harte Strafen für die "
       "Angreifer.")
A11 = "Die Awami League wies jede Verantwortung zurück."
A12 = "In einer Erklärung warf die Partei den Sicherheitskräften vor, wahllos auf Zivilisten geschossen zu haben."
A13 = ("Die Übergangsregierung hatte die Aktivitäten der Partei im Mai unter Berufung auf das Anti-Terror-Gesetz "
       "verboten.")

DE01 = {
    "id": "hm165-de-01", "lang": "de", "url": None, "published": "2025-07-17",
    "title": "Bangladesch: Ausgangssperre nach tödlicher Gewalt in Gopalganj",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8, A9, A10], [A11, A12, A13]),
    "events": [
        event("COERCE", BGD_INTGOV, GOP_RES, A1, mode="curfew", location="Gopalganj", location_country="BGD"),
        event("ASSAULT", AL_SUP, NCP, A2, mode="primitive", date="2025-07-16", location="Gopalganj",
              location_country="BGD"),
        event("ASSAULT", AL_SUP, BGD_POLICE, A2, mode="primitive", date="2025-07-16", location="Gopalganj",
              location_country="BGD"),
        event("MOBILIZE", BGD_ARMY, None, A4, mode="troops", date="2025-07-16", location="Gopalganj",
              location_country="BGD"),
        event("ACCUSE", YUNUS, AL_SUP, A5, mode="disapprove"),
        event("THREATEN", YUNUS, AL_SUP, A6, mode="arrest"),
        event("COERCE", BGD_POLICE, AL_SUP, A7, mode="arrest"),
        event("ACCUSE", NAHID, AL, A8, mode="allege"),
        event("REQUEST", NAHID, BGD_INTGOV, A9),
        event("PROTEST", NCP_SUP, AL_SUP, A10, mode="demo", date="2025-07-16", location="Dhaka", location_country="BGD"),
        event("ACCUSE", AL, BGD_SECFOR, A12, mode="allege"),
        event("COERCE", BGD_INTGOV, AL, A13, mode="restrict"),
    ],
    "quotes": [
        quote("völlig unentschuldbar", "Muhammad Yunus", "direct"),
        quote("Die Täter würden nicht ungestraft davonkommen", "Muhammad Yunus", "indirect"),
        quote("die Polizei habe bereits 25 Verdächtige festgenommen", "Jahangir Alam Chowdhury", "indirect"),
        quote("Hinterhalt", "Nahid Islam", "direct"),
        quote("einen „Hinterhalt“ geplant zu haben", "Nahid Islam", "indirect"),
        quote("Wer friedliche Demonstranten angreift", "Nahid Islam", "direct"),
        quote("muss vor Gericht gestellt werden", "Nahid Islam", "direct"),
        quote("wahllos auf Zivilisten geschossen zu haben", "Awami League", "indirect"),
    ],
    "entities": [
        entity("Interim Government of Bangladesh", "ORG", "BGD",
               ["Bangladeschs Übergangsregierung", "Die Übergangsregierung"]),
        entity("Bangladesh", "GPE", "BGD", ["Bangladeschs", "des Landes"]),
        entity("Gopalganj", "LOC", "BGD", ["Gopalganj", "die Stadt im Süden des Landes", "die Stadt"]),
        entity("Awami League", "ORG", "BGD",
               ["verbotenen Awami League", "der Awami League", "Die Awami League", "die Partei", "der Partei"]),
        entity("Awami League supporters", "ORG", "BGD",
               ["Anhänger der verbotenen Awami League", "Die Täter", "25 Verdächtige", "die Angreifer"]),
        entity("Sheikh Hasina", "PER", "BGD", ["der gestürzten Regierungschefin Sheikh Hasina"]),
        entity("National Citizen Party", "ORG", "BGD", ["Nationalen Bürgerpartei (NCP)", "NCP"]),
        entity("NCP supporters", "ORG", "BGD", ["Tausende NCP-Anhänger"]),
        entity("Bangladesh Army", "ORG", "BGD", ["Die Armee"]),
        entity("Bangladesh Police", "ORG", "BGD", ["die Polizei"]),
        entity("Bangladesh security forces", "ORG", "BGD", ["den Sicherheitskräften"]),
        entity("Muhammad Yunus", "PER", "BGD", ["Übergangsregierungschef Muhammad Yunus"]),
        entity("Chief Adviser's Office", "ORG", "BGD", ["Das Büro von Übergangsregierungschef Muhammad Yunus"]),
        entity("Jahangir Alam Chowdhury", "PER", "BGD", ["Innenberater Jahangir Alam Chowdhury"]),
        entity("Nahid Islam", "PER", "BGD", ["NCP-Chef Nahid Islam", "der Studentenführer"]),
        entity("Dhaka", "LOC", "BGD", ["Dhaka"]),
    ],
}

# ---------------------------------------------------------------- hm165-de-02
MODI = actor("Narendra Modi", "IND", "GOV")
XI = actor("Xi Jinping", "CHN", "GOV")
IND = actor("India", "IND", "GOV")
CHN = actor("China", "CHN", "GOV")
IND_GOV = actor("Government of India", "IND", "GOV")
RAMESH = actor("Jairam Ramesh", "IND", "OPP")
USA = actor("United States", "USA", "GOV")

B1 = ("Indiens Premierminister Narendra Modi und Chinas Staatschef Xi Jinping sind am Mittwoch am Rande des "
      "Brics-Gipfels im russischen Kasan zu ihrem ersten förmlichen Gespräch seit fünf Jahren zusammengekommen.")
B2 = ("Beide bekannten sich dazu, die kurz zuvor erzielte Einigung über Patrouillen an der umstrittenen Grenze im "
      "Himalaya umzusetzen.")
B3 = ("„Frieden und Stabilität an der Grenze müssen unsere Priorität bleiben“, sagte Modi laut dem indischen "
      "Außenministerium.")
B4 = ("„Gegenseitiges Vertrauen und gegenseitiger Respekt“, fügte er hinzu, „sollten die Grundlage unserer "
      "Beziehungen sein.“")
B5 = ("Xi sagte nach Angaben der Nachrichtenagentur Xinhua, beide Länder sollten ihre Zusammenarbeit ausbauen und "
      "Differenzen angemessen handhaben.")
B6 = "Zudem vereinbarten beide, dass die Sonderbeauftragten für Grenzfragen bald wieder zusammenkommen."
B7 = ("Am Montag hatte Außenstaatssekretär Vikram Misri in Neu-Delhi mitgeteilt, Indien und China hätten sich auf "
      "Regelungen für Patrouillen in den Gebieten Depsang und Demchok in Ladakh geeinigt.")
B8 = "Ein Sprecher des chinesischen Außenministeriums bestätigte die Vereinbarung am Dienstag."
B9 = "Seit einem tödlichen Zusammenstoß im Galwan-Tal im Juni 2020 waren die Beziehungen schwer belastet."
B10 = ("Kongress-Generalsekretär Jairam Ramesh verlangte Aufklärung darüber, ob indische Hirten wieder Zugang zu "
       "ihren Weideflächen erhielten.")
B11 = "Er warf Modi vor, Pekings Vorstöße an der Grenze jahrelang verharmlost zu haben."
B12 = "Washington begrüßte die Annäherung der beiden Atommächte."
B13 = "Nach Angaben aus Neu-Delhi ist ein Staatsbesuch Modis in China derzeit nicht geplant."

DE02 = {
    "id": "hm165-de-02", "lang": "de", "url": None, "published": "2024-10-23",
    "title": "Modi und Xi setzen nach Grenzeinigung auf Entspannung",
    "text": paragraphs([B1, B2, B3, B4, B5, B6], [B7, B8, B9], [B10, B11, B12, B13]),
    "events": [
        event("CONSULT", MODI, XI, B1, mode="multilateral", date="2024-10-23", location="Kazan",
              location_country="RUS"),
        event("AGREE", MODI, XI, B2),
        event("AGREE", XI, IND, B5),
        event("AGREE", MODI, XI, B6),
        event("AGREE", IND, CHN, B7),
        event("AGREE", CHN, IND, B8, date="2024-10-22"),
        event("REQUEST", RAMESH, IND_GOV, B10),
        event("ACCUSE", RAMESH, MODI, B11, mode="allege"),
        event("SUPPORT", USA, IND, B12),
        event("SUPPORT", USA, CHN, B12),
        event("AGREE", MODI, CHN, B13, negated=True),
    ],
    "quotes": [
        quote("Frieden und Stabilität an der Grenze müssen unsere Priorität bleiben", "Narendra Modi", "direct"),
        quote("Gegenseitiges Vertrauen und gegenseitiger Respekt", "Narendra Modi", "direct"),
        quote("sollten die Grundlage unserer Beziehungen sein", "Narendra Modi", "direct"),
        quote("beide Länder sollten ihre Zusammenarbeit ausbauen und Differenzen angemessen handhaben",
              "Xi Jinping", "indirect"),
        quote("Indien und China hätten sich auf Regelungen für Patrouillen in den Gebieten Depsang und Demchok in "
              "Ladakh geeinigt", "Vikram Misri", "indirect"),
        quote("ob indische Hirten wieder Zugang zu ihren Weideflächen erhielten", "Jairam Ramesh", "indirect"),
        quote("Pekings Vorstöße an der Grenze jahrelang verharmlost zu haben", "Jairam Ramesh", "indirect"),
        quote("ist ein Staatsbesuch Modis in China derzeit nicht geplant", "Indian officials", "indirect"),
    ],
    "entities": [
        entity("Narendra Modi", "PER", "IND", ["Indiens Premierminister Narendra Modi", "Modi", "er", "Modis"]),
        entity("Xi Jinping", "PER", "CHN", ["Chinas Staatschef Xi Jinping", "Xi"]),
        entity("India", "GPE", "IND", ["Indiens", "Indien"]),
        entity("China", "GPE", "CHN", ["Chinas", "China", "Pekings"]),
        entity("BRICS", "ORG", "IGO", ["Brics-Gipfels"]),
        entity("Kazan", "LOC", "RUS", ["im russischen Kasan"]),
        entity("Himalayas", "LOC", None, ["Himalaya"]),
        entity("Ministry of External Affairs of India", "ORG", "IND", ["dem indischen Außenministerium"]),
        entity("Xinhua", "ORG", "CHN", ["Nachrichtenagentur Xinhua"]),
        entity("Vikram Misri", "PER", "IND", ["Außenstaatssekretär Vikram Misri"]),
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("Depsang", "LOC", "IND", ["Depsang"]),
        entity("Demchok", "LOC", "IND", ["Demchok"]),
        entity("Ladakh", "LOC", "IND", ["Ladakh"]),
        entity("Spokesperson of the Chinese Foreign Ministry", "PER", "CHN",
               ["Ein Sprecher des chinesischen Außenministeriums"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["des chinesischen Außenministeriums"]),
        entity("Galwan Valley", "LOC", None, ["Galwan-Tal"]),
        entity("Jairam Ramesh", "PER", "IND", ["Kongress-Generalsekretär Jairam Ramesh", "Er"]),
        entity("Indian National Congress", "ORG", "IND", ["Kongress"]),
        entity("United States", "GPE", "USA", ["Washington"]),
    ],
}

# ---------------------------------------------------------------- hm165-de-03
CGA = actor("Taiwan Coast Guard Administration", "TWN", "COP")
HT58 = actor("Hong Tai 58", "TGO", "BUS")
HT58_CREW = actor("crew of the Hong Tai 58", "CHN", "CVL")
HT58_CAPT = actor("captain of the Hong Tai 58", "CHN", "CVL")
LAI = actor("Lai Ching-te", "TWN", "GOV")
TN_PROS = actor("Tainan District Prosecutors Office", "TWN", "JUD")
TN_COURT = actor("Tainan District Court", "TWN", "JUD")
MAC = actor("Mainland Affairs Council", "TWN", "GOV")
TAO_SP = actor("Taiwan Affairs Office spokesperson", "CHN", "GOV")
DPP = actor("Democratic Progressive Party", "TWN", "PTY")
TWN_GOV = actor("Government of Taiwan", "TWN", "GOV")

C1 = ("Taiwans Küstenwache hat nach der Beschädigung eines Unterseekabels zur Inselgruppe Penghu den unter der "
      "Flagge Togos fahrenden Frachter Hong Tai 58 festgesetzt.")
C2 = ("Der Kapitän und die sieben übrigen chinesischen Seeleute seien in Gewahrsam genommen worden, teilte die "
      "Behörde am Dienstag mit.")
C3 = ("Die Küstenwache hatte nach dem Ausfall der Verbindung am frühen Morgen mehrere Patrouillenschiffe in das "
      "Seegebiet entsandt.")
C4 = "Präsident Lai Ching-te ordnete eine umfassende Untersuchung an."
C5 = "Er warf China vor, gezielt die kritische Infrastruktur der Insel ins Visier zu nehmen."
C6 = "„Wir werden nicht zulassen, dass unsere Verbindungen zur Außenwelt gekappt werden“, sagte Lai."
C7 = "Die Staatsanwaltschaft in Tainan leitete Ermittlungen gegen den Kapitän ein."
C8 = ("Der für die Festlandpolitik zuständige Rat in Taipeh forderte Peking auf, von chinesischen Reedern "
      "genutzte Schiffe unter Billigflaggen besser zu kontrollieren.")
C9 = "Peking wies die Vorwürfe zurück."
C10 = ("Eine Sprecherin des Büros für Taiwan-Angelegenheiten warf der Regierungspartei DPP vor, den Vorfall ohne "
       "jeden Beweis politisch auszuschlachten.")
C11 = "Die Behörden in Taipeh betrieben »Hetze gegen das Festland«, sagte sie."
C12 = "Ein Gericht in Tainan ordnete am Mittwoch Untersuchungshaft für den Kapitän an."

DE03 = {
    "id": "hm165-de-03", "lang": "de", "url": None, "published": "2025-02-26",
    "title": "Kabel nach Penghu beschädigt: Taiwan setzt Frachter fest",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6, C7, C8], [C9, C10, C11, C12]),
    "events": [
        event("COERCE", CGA, HT58, C1, mode="seize", date="2025-02-25", location="Penghu", location_country="TWN"),
        event("COERCE", CGA, HT58_CREW, C2, mode="arrest", date="2025-02-25"),
        event("MOBILIZE", CGA, None, C3, mode="weapons", date="2025-02-25"),
        event("ACCUSE", LAI, None, C4, mode="investigate"),
        event("ACCUSE", LAI, CHN, C5, mode="allege"),
        event("ACCUSE", TN_PROS, HT58_CAPT, C7, mode="investigate", location="Tainan", location_country="TWN"),
        event("REQUEST", MAC, CHN, C8, mode="change"),
        event("ACCUSE", TAO_SP, DPP, C10, mode="disapprove"),
        event("ACCUSE", TAO_SP, TWN_GOV, C11, mode="disapprove"),
        event("COERCE", TN_COURT, HT58_CAPT, C12, mode="arrest", date="2025-02-26", location="Tainan",
              location_country="TWN"),
    ],
    "quotes": [
        quote("Der Kapitän und die sieben übrigen chinesischen Seeleute seien in Gewahrsam genommen worden",
              "Taiwan Coast Guard Administration", "indirect"),
        quote("gezielt die kritische Infrastruktur der Insel ins Visier zu nehmen", "Lai Ching-te", "indirect"),
        quote("Wir werden nicht zulassen, dass unsere Verbindungen zur Außenwelt gekappt werden", "Lai Ching-te",
              "direct"),
        quote("den Vorfall ohne jeden Beweis politisch auszuschlachten", "Taiwan Affairs Office spokesperson",
              "indirect"),
        quote("Hetze gegen das Festland", "Taiwan Affairs Office spokesperson", "direct"),
        quote("Die Behörden in Taipeh betrieben »Hetze gegen das Festland«", "Taiwan Affairs Office spokesperson",
              "indirect"),
    ],
    "entities": [
        entity("Taiwan Coast Guard Administration", "ORG", "TWN",
               ["Taiwans Küstenwache", "die Behörde", "Die Küstenwache"]),
        entity("Taiwan", "GPE", "TWN", ["Taiwans", "der Insel"]),
        entity("Penghu", "LOC", "TWN", ["Inselgruppe Penghu"]),
        entity("Togo", "GPE", "TGO", ["Togos"]),
        entity("Hong Tai 58", "ORG", "TGO", ["Frachter Hong Tai 58"]),
        entity("crew of the Hong Tai 58", "ORG", "CHN",
               ["Der Kapitän und die sieben übrigen chinesischen Seeleute"]),
        entity("captain of the Hong Tai 58", "PER", "CHN", ["Der Kapitän", "den Kapitän"]),
        entity("Lai Ching-te", "PER", "TWN", ["Präsident Lai Ching-te", "Er", "Lai"]),
        entity("China", "GPE", "CHN", ["China", "Peking"]),
        entity("Tainan District Prosecutors Office", "ORG", "TWN", ["Die Staatsanwaltschaft in Tainan"]),
        entity("Tainan", "LOC", "TWN", ["Tainan"]),
        entity("Mainland Affairs Council", "ORG", "TWN", ["Der für die Festlandpolitik zuständige Rat in Taipeh"]),
        entity("Taipei", "LOC", "TWN", ["Taipeh"]),
        entity("Taiwan Affairs Office", "ORG", "CHN", ["des Büros für Taiwan-Angelegenheiten"]),
        entity("Taiwan Affairs Office spokesperson", "PER", "CHN",
               ["Eine Sprecherin des Büros für Taiwan-Angelegenheiten", "sie"]),
        entity("Democratic Progressive Party", "ORG", "TWN", ["der Regierungspartei DPP"]),
        entity("Government of Taiwan", "ORG", "TWN", ["Die Behörden in Taipeh"]),
        entity("Tainan District Court", "ORG", "TWN", ["Ein Gericht in Tainan"]),
    ],
}

# ---------------------------------------------------------------- hm165-de-04
PAK_SECFOR = actor("Pakistani security forces", "PAK", "COP")
TLP = actor("Tehreek-e-Labbaik Pakistan", "PAK", "PTY")
PUNJAB_POLICE = actor("Punjab Police", "PAK", "COP")
ANWAR = actor("Usman Anwar", "PAK", "COP")
PAK_GOV = actor("Government of Pakistan", "PAK", "GOV")
PUNJAB_GOV = actor("Government of Punjab", "PAK", "GOV")
NAQVI = actor("Mohsin Naqvi", "PAK", "GOV")
RIZVI = actor("Saad Rizvi", "PAK", "PTY")

D1 = ("Pakistanische Sicherheitskräfte haben in der Nacht zu Montag ein Protestlager der islamistischen Partei "
      "Tehreek-e-Labbaik Pakistan (TLP) in Muridke bei Lahore geräumt.")
D2 = "Die Polizei setzte nach eigenen Angaben Tränengas ein, die TLP sprach dagegen von scharfer Munition."
D3 = ("Ein Polizeibeamter sei von Schüssen aus der Menge getötet worden, sagte der Polizeichef der Provinz Punjab, "
      "Usman Anwar.")
D4 = "Zudem seien drei TLP-Anhänger und ein Passant ums Leben gekommen."
D5 = ("Die TLP war am Freitag in Lahore zu einem Marsch auf die US-Botschaft in Islamabad aufgebrochen, um gegen "
      "die Nahost-Politik Washingtons zu protestieren.")
D6 = ("Die Behörden riegelten daraufhin die Zufahrten nach Islamabad und Rawalpindi mit Schiffscontainern ab und "
      "schalteten das mobile Internet in beiden Städten ab.")
D7 = "Innenminister Mohsin Naqvi warf der TLP vor, „Chaos im Namen Palästinas“ zu stiften."
D8 = "Wer die Staatsgewalt herausfordere, werde mit der vollen Härte des Gesetzes belangt, sagte er."
D9 = "Nach Angaben der Provinzregierung nahm die Polizei mehr als 200 TLP-Anhänger fest."
D10 = ("TLP-Chef Saad Rizvi, dessen Aufenthaltsort unklar ist, forderte in einer Videobotschaft ihre sofortige "
       "Freilassung.")
D11 = "„Wir sind für Gaza auf die Straße gegangen“, sagte Rizvi, „nicht, um gegen unseren eigenen Staat zu kämpfen.“"
D12 = "Die Provinzregierung von Punjab drohte der Partei mit einem Verbot."
D13 = "Ein erstes Verbot der Partei aus dem Jahr 2021 war nach wenigen Monaten wieder aufgehoben worden."

DE04 = {
    "id": "hm165-de-04", "lang": "de", "url": None, "published": "2025-10-13",
    "title": "Pakistan: Polizei räumt Protestlager der Islamisten in Muridke",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8], [D9, D10, D11, D12, D13]),
    "events": [
        event("COERCE", PAK_SECFOR, TLP, D1, mode="restrict", date="2025-10-13", location="Muridke",
              location_country="PAK"),
        event("ASSAULT", PUNJAB_POLICE, TLP, D2, mode="crowd-control", date="2025-10-13", location="Muridke",
              location_country="PAK"),
        event("ACCUSE", TLP, PUNJAB_POLICE, D2, mode="allege"),
        event("ACCUSE", ANWAR, TLP, D3, mode="allege"),
        event("PROTEST", TLP, USA, D5, mode="demo", date="2025-10-10", location="Lahore", location_country="PAK"),
        event("COERCE", PAK_GOV, TLP, D6, mode="restrict"),
        event("COERCE", PAK_GOV, None, D6, mode="withhold"),
        event("ACCUSE", NAQVI, TLP, D7, mode="disapprove"),
        event("THREATEN", NAQVI, TLP, D8, mode="arrest"),
        event("COERCE", PUNJAB_POLICE, TLP, D9, mode="arrest"),
        event("REQUEST", RIZVI, PAK_GOV, D10, mode="yield"),
        event("THREATEN", PUNJAB_GOV, TLP, D12, mode="restrict"),
    ],
    "quotes": [
        quote("Ein Polizeibeamter sei von Schüssen aus der Menge getötet worden", "Usman Anwar", "indirect"),
        quote("Zudem seien drei TLP-Anhänger und ein Passant ums Leben gekommen", "Usman Anwar", "indirect"),
        quote("Chaos im Namen Palästinas", "Mohsin Naqvi", "direct"),
        quote("„Chaos im Namen Palästinas“ zu stiften", "Mohsin Naqvi", "indirect"),
        quote("Wer die Staatsgewalt herausfordere, werde mit der vollen Härte des Gesetzes belangt", "Mohsin Naqvi",
              "indirect"),
        quote("nahm die Polizei mehr als 200 TLP-Anhänger fest", "Government of Punjab", "indirect"),
        quote("Wir sind für Gaza auf die Straße gegangen", "Saad Rizvi", "direct"),
        quote("nicht, um gegen unseren eigenen Staat zu kämpfen", "Saad Rizvi", "direct"),
    ],
    "entities": [
        entity("Pakistani security forces", "ORG", "PAK", ["Pakistanische Sicherheitskräfte"]),
        entity("Tehreek-e-Labbaik Pakistan", "ORG", "PAK",
               ["islamistischen Partei Tehreek-e-Labbaik Pakistan (TLP)", "die TLP", "Die TLP", "der TLP",
                "der Partei"]),
        entity("TLP supporters", "ORG", "PAK", ["drei TLP-Anhänger", "mehr als 200 TLP-Anhänger"]),
        entity("Muridke", "LOC", "PAK", ["Muridke"]),
        entity("Lahore", "LOC", "PAK", ["Lahore"]),
        entity("Punjab Police", "ORG", "PAK", ["Die Polizei", "die Polizei"]),
        entity("Usman Anwar", "PER", "PAK", ["der Polizeichef der Provinz Punjab, Usman Anwar"]),
        entity("Punjab", "LOC", "PAK", ["Provinz Punjab", "Punjab"]),
        entity("Embassy of the United States in Islamabad", "ORG", "USA", ["US-Botschaft"]),
        entity("Islamabad", "LOC", "PAK", ["Islamabad"]),
        entity("Rawalpindi", "LOC", "PAK", ["Rawalpindi"]),
        entity("United States", "GPE", "USA", ["Washingtons"]),
        entity("Government of Pakistan", "ORG", "PAK", ["Die Behörden"]),
        entity("Mohsin Naqvi", "PER", "PAK", ["Innenminister Mohsin Naqvi", "er"]),
        entity("Palestine", "GPE", "PSE", ["Palästinas"]),
        entity("Gaza", "LOC", "PSE", ["Gaza"]),
        entity("Government of Punjab", "ORG", "PAK", ["der Provinzregierung", "Die Provinzregierung von Punjab"]),
        entity("Saad Rizvi", "PER", "PAK", ["TLP-Chef Saad Rizvi", "Rizvi"]),
    ],
}

# ---------------------------------------------------------------- hm165-en-01
MUIZZU = actor("Mohamed Muizzu", "MDV", "GOV")
MDV = actor("Maldives", "MDV", "GOV")
MDV_DEPMIN = actor("Maldivian deputy ministers", "MDV", "GOV")
MDP = actor("Maldivian Democratic Party", "MDV", "OPP")

E1 = ("Indian Prime Minister Narendra Modi hosted Maldivian President Mohamed Muizzu in New Delhi on Monday and "
      "pledged fresh financial support to the cash-strapped island nation.")
E2 = ("India extended a currency swap worth $400 million and 30 billion rupees to shore up Male’s dwindling "
      "reserves, the foreign ministry said.")
E3 = "New Delhi had already rolled over a $50 million treasury bill last month."
E4 = "“India has always been the first responder for the Maldives,” Modi told reporters."
E5 = ("Muizzu, who won last year’s election on an “India Out” campaign, assured his host that the Maldives would "
      "never do anything to undermine India’s security.")
E6 = "“We value our friendship with India,” he said, “and we want to deepen it in every field.”"
E7 = ("The two leaders agreed to start talks on a free trade agreement and to step up cooperation on maritime "
      "security.")
E8 = ("They also launched India’s RuPay payment card in the Maldives and jointly opened an Indian-funded runway at "
      "Hanimaadhoo airport by video link.")
E9 = "Ties soured in January after three Maldivian deputy ministers mocked Modi on social media."
E10 = ("Muizzu later demanded the withdrawal of Indian troops operating aircraft on the islands, and New Delhi "
       "replaced them with civilian staff.")
E11 = ("The opposition Maldivian Democratic Party welcomed the visit but accused Muizzu of having damaged relations "
       "with the country’s most important partner.")
E12 = "Muizzu invited Modi to visit the Maldives next year, and the Indian leader accepted."

EN01 = {
    "id": "hm165-en-01", "lang": "en", "url": None, "published": "2024-10-07",
    "title": "India throws Maldives a financial lifeline as Muizzu visits New Delhi",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8], [E9, E10, E11, E12]),
    "events": [
        event("CONSULT", MUIZZU, MODI, E1, mode="visit", date="2024-10-07", location="New Delhi",
              location_country="IND"),
        event("AGREE", MODI, MDV, E1, date="2024-10-07"),
        event("AID", IND, MDV, E2),
        event("AID", IND, MDV, E3),
        event("AGREE", MUIZZU, IND, E5),
        event("AGREE", MUIZZU, IND, E6),
        event("AGREE", MUIZZU, MODI, E7),
        event("COOPERATE", MUIZZU, MODI, E8),
        event("ACCUSE", MDV_DEPMIN, MODI, E9, mode="disapprove"),
        event("REQUEST", MUIZZU, IND, E10, mode="change"),
        event("RETREAT", IND, MDV, E10, mode="withdraw"),
        event("SUPPORT", MDP, MUIZZU, E11),
        event("ACCUSE", MDP, MUIZZU, E11, mode="disapprove"),
        event("AGREE", MUIZZU, MODI, E12),
        event("AGREE", MODI, MUIZZU, E12),
    ],
    "quotes": [
        quote("India extended a currency swap worth $400 million and 30 billion rupees to shore up Male’s "
              "dwindling reserves", "Ministry of External Affairs of India", "indirect"),
        quote("India has always been the first responder for the Maldives", "Narendra Modi", "direct"),
        quote("India Out", "Mohamed Muizzu", "direct"),
        quote("that the Maldives would never do anything to undermine India’s security", "Mohamed Muizzu",
              "indirect"),
        quote("We value our friendship with India", "Mohamed Muizzu", "direct"),
        quote("and we want to deepen it in every field", "Mohamed Muizzu", "direct"),
    ],
    "entities": [
        entity("Narendra Modi", "PER", "IND",
               ["Indian Prime Minister Narendra Modi", "Modi", "his host", "the Indian leader"]),
        entity("Mohamed Muizzu", "PER", "MDV", ["Maldivian President Mohamed Muizzu", "Muizzu", "he"]),
        entity("New Delhi", "LOC", "IND", ["New Delhi"]),
        entity("India", "GPE", "IND", ["India", "India’s"]),
        entity("Maldives", "GPE", "MDV",
               ["the cash-strapped island nation", "Male’s", "the Maldives", "the islands"]),
        entity("Ministry of External Affairs of India", "ORG", "IND", ["the foreign ministry"]),
        entity("Hanimaadhoo airport", "LOC", "MDV", ["Hanimaadhoo airport"]),
        entity("Maldivian deputy ministers", "ORG", "MDV", ["three Maldivian deputy ministers"]),
        entity("Indian troops", "ORG", "IND", ["Indian troops"]),
        entity("Maldivian Democratic Party", "ORG", "MDV", ["The opposition Maldivian Democratic Party"]),
    ],
}

# ---------------------------------------------------------------- hm165-en-02
WHO = actor("World Health Organization", "UNO", "IGO")
WHO_MS = actor("WHO member states", None, "GOV")
WHA = actor("World Health Assembly", "UNO", "IGO")
TEDROS = actor("Tedros Adhanom Ghebreyesus", "UNO", "IGO")
TRUMP = actor("Donald Trump", "USA", "GOV")
RFK = actor("Robert F. Kennedy Jr.", "USA", "GOV")
ARG = actor("Argentina", "ARG", "GOV")
SVK = actor("Slovakia", "SVK", "GOV")
FICO = actor("Robert Fico", "SVK", "GOV")
MSF = actor("Doctors Without Borders", "NGO", "NGO")
RICH = actor("rich countries", None, "GOV")
LIU = actor("Liu Guozhong", "CHN", "GOV")

F1 = ("Member states of the World Health Organization adopted a global agreement on Tuesday to better prepare for "
      "future pandemics, after three years of talks.")
F2 = ("The World Health Assembly in Geneva approved the accord by 124 votes to none, with 11 abstentions, "
      "including Russia, Poland and Israel.")
F3 = ("Director-General Tedros Adhanom Ghebreyesus hailed the vote as “a victory for public health, science and "
      "multilateral action.”")
F4 = "“The world is safer today,” Tedros said, “but only if countries now keep their promises.”"
F5 = ("The agreement obliges manufacturers in a new pathogen-sharing system to reserve 20 percent of their "
      "vaccines, tests and medicines for the WHO during a pandemic.")
F6 = ("The United States did not take part in the final talks after President Donald Trump ordered the country’s "
      "withdrawal from the WHO on his first day in office in January.")
F7 = ("In a video message to the assembly, U.S. Health Secretary Robert F. Kennedy Jr. called the WHO “moribund” "
      "and urged other countries to follow Washington’s example.")
F8 = "Argentina, under President Javier Milei, has also pulled out of the organisation."
F9 = "Slovakia had requested the vote after Prime Minister Robert Fico rejected the treaty as a threat to sovereignty."
F10 = ("Doctors Without Borders welcomed the deal but criticised rich countries for watering down commitments to "
       "share vaccine technology.")
F11 = ("Chinese Vice Premier Liu Guozhong told the assembly that Beijing would give the WHO an additional "
       "$500 million over five years.")

EN02 = {
    "id": "hm165-en-02", "lang": "en", "url": None, "published": "2025-05-20",
    "title": "WHO members adopt pandemic treaty without the United States",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7, F8], [F9, F10, F11]),
    "events": [
        event("SUPPORT", WHO_MS, None, F1, date="2025-05-20", location="Geneva", location_country="CHE"),
        event("SUPPORT", WHA, None, F2, date="2025-05-20", location="Geneva", location_country="CHE"),
        event("SUPPORT", TEDROS, WHA, F3),
        event("CONSULT", USA, WHO, F6, negated=True),
        event("SANCTION", TRUMP, WHO, F6, mode="withdraw", date="2025-01-20"),
        event("ACCUSE", RFK, WHO, F7, mode="disapprove"),
        event("REQUEST", RFK, WHO_MS, F7, mode="change"),
        event("SANCTION", ARG, WHO, F8, mode="withdraw"),
        event("REQUEST", SVK, WHA, F9),
        event("REJECT", FICO, WHO, F9),
        event("SUPPORT", MSF, WHO_MS, F10),
        event("ACCUSE", MSF, RICH, F10, mode="disapprove"),
        event("AGREE", LIU, WHO, F11),
    ],
    "quotes": [
        quote("a victory for public health, science and multilateral action", "Tedros Adhanom Ghebreyesus",
              "direct"),
        quote("The world is safer today", "Tedros Adhanom Ghebreyesus", "direct"),
        quote("but only if countries now keep their promises", "Tedros Adhanom Ghebreyesus", "direct"),
        quote("moribund", "Robert F. Kennedy Jr.", "direct"),
        quote("that Beijing would give the WHO an additional $500 million over five years", "Liu Guozhong",
              "indirect"),
    ],
    "entities": [
        entity("World Health Organization", "ORG", "UNO", ["the World Health Organization", "the WHO",
                                                           "the organisation"]),
        entity("WHO member states", "ORG", None, ["Member states of the World Health Organization",
                                                  "other countries"]),
        entity("World Health Assembly", "ORG", "UNO", ["The World Health Assembly", "the assembly"]),
        entity("Geneva", "LOC", "CHE", ["Geneva"]),
        entity("Poland", "GPE", "POL", ["Poland"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Russia", "GPE", "RUS", ["Russia"]),
        entity("Slovakia", "GPE", "SVK", ["Slovakia"]),
        entity("Tedros Adhanom Ghebreyesus", "PER", "UNO",
               ["Director-General Tedros Adhanom Ghebreyesus", "Tedros"]),
        entity("United States", "GPE", "USA", ["The United States", "the country’s", "Washington’s"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "his"]),
        entity("Robert F. Kennedy Jr.", "PER", "USA", ["U.S. Health Secretary Robert F. Kennedy Jr."]),
        entity("Argentina", "GPE", "ARG", ["Argentina"]),
        entity("Javier Milei", "PER", "ARG", ["President Javier Milei"]),
        entity("Robert Fico", "PER", "SVK", ["Prime Minister Robert Fico"]),
        entity("Doctors Without Borders", "ORG", "NGO", ["Doctors Without Borders"]),
        entity("rich countries", "ORG", None, ["rich countries"]),
        entity("Liu Guozhong", "PER", "CHN", ["Chinese Vice Premier Liu Guozhong"]),
        entity("China", "GPE", "CHN", ["Beijing"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
