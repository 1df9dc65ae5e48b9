"""Round 217: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm217-de-01: Pakistani and Afghan forces clash at the closed Torkham crossing over a new Afghan border post; Islamabad demands a halt to the construction, a jirga meets, UNAMA urges restraint (2025-03-04).
- hm217-de-02: Delhi police detain Rahul Gandhi and INDIA bloc MPs marching to the Election Commission over "vote theft" claims; the commission demands a sworn declaration, the opposition rebuffs its offer of talks, the BJP hits back (2025-08-11).
- hm217-de-03: Biden blocks Nippon Steel's takeover of U.S. Steel; Ishiba and Muto object, the companies sue, the USW welcomes the ban (2025-01-07).
- hm217-de-04: Indonesia's foreign ministry says its joint statement with China on "overlapping claims" does not recognise the nine-dash line; critics, Beijing's praise, investment deals, Prabowo on to Washington (2024-11-11).
- hm217-en-01: North Korea confirms its troops fought for Russia in the Kursk region; Kim and Putin praise them, Seoul, Kyiv and Washington condemn (2025-04-28).
- hm217-en-02: Albanese meets Xi in Beijing; Yang Hengjun and naval drills raised, cooperation agreed, Ley attacks the government, protest in Canberra (2025-07-15).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm217-de-01
PAK_FORCES = actor("Pakistani security forces", "PAK", "MIL")
AFG_FORCES = actor("Afghan security forces", "AFG", "MIL")
PAKISTAN = actor("Pakistan", "PAK", "GOV")
TALIBAN = actor("Taliban", "AFG", "GOV")
NANGARHAR_SPOX = actor("Spokesperson of the Nangarhar provincial administration", "AFG", "GOV")
PAK_MIL = actor("Pakistani military", "PAK", "MIL")
PAK_ELDERS = actor("Pakistani tribal elders", "PAK", "CVL")
AFG_ELDERS = actor("Afghan tribal elders", "AFG", "CVL")
SHAFQAT = actor("Shafqat Ali Khan", "PAK", "GOV")
UNAMA = actor("United Nations Assistance Mission in Afghanistan", "UNO", "IGO")

G1 = ("Am wichtigsten Grenzübergang zwischen Pakistan und Afghanistan haben sich Sicherheitskräfte beider Länder "
      "am Montagabend stundenlange Gefechte geliefert.")
G2 = ("Dabei seien in Torkham mindestens zwei Soldaten des pakistanischen Grenzkorps verletzt worden, teilte die "
      "Polizei der Provinz Khyber Pakhtunkhwa mit.")
G3 = ("Islamabad wirft den afghanischen Taliban vor, trotz früherer Absprachen einen neuen Grenzposten auf "
      "umstrittenem Gelände errichtet zu haben.")
G4 = "Kabul weist das zurück: Der Posten stehe auf afghanischem Boden."
G5 = "Der Übergang am Khyber-Pass ist bereits seit dem 21. Februar für Lastwagen und Reisende geschlossen."
G6 = ("Ein Sprecher der Taliban-Verwaltung in der Provinz Nangarhar sagte, pakistanische Soldaten hätten zuerst mit "
      "Mörsern auf Wohnhäuser gefeuert.")
G7 = "„Wir werden jeden Angriff auf unser Land beantworten“, fügte er hinzu."
G8 = "Das pakistanische Militär verlegte zusätzliche Truppen und Artillerie in den Bezirk Khyber."
G9 = "Am Dienstag kamen Stammesälteste beider Seiten zu einer Dschirga zusammen, um eine Waffenruhe auszuhandeln."
G10 = ("Der pakistanische Außenamtssprecher Shafqat Ali Khan forderte Kabul auf, die Bauarbeiten „sofort und "
       "vollständig“ einzustellen.")
G11 = "Erst dann könne der Grenzübergang wieder geöffnet werden, sagte er."
G12 = "Die Taliban-Regierung erklärte sich zu Gesprächen bereit, lehnte einen Abriss des Postens aber ab."
G13 = "Die UN-Mission in Afghanistan rief beide Seiten zur Zurückhaltung auf."

DE01 = {
    "id": "hm217-de-01", "lang": "de", "url": None, "published": "2025-03-04",
    "title": "Gefechte am Grenzübergang Torkham zwischen Pakistan und Afghanistan",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8], [G9, G10, G11, G12, G13]),
    "events": [
        event("ASSAULT", PAK_FORCES, AFG_FORCES, G1, date="2025-03-03", location="Torkham",
              location_country="PAK"),
        event("ACCUSE", PAKISTAN, TALIBAN, G3, mode="allege"),
        event("ACCUSE", NANGARHAR_SPOX, PAK_MIL, G6, mode="allege"),
        event("THREATEN", NANGARHAR_SPOX, PAK_MIL, G7, mode="violence"),
        event("MOBILIZE", PAK_MIL, None, G8, mode="troops", location="Khyber", location_country="PAK"),
        event("CONSULT", PAK_ELDERS, AFG_ELDERS, G9, date="2025-03-04", location="Torkham",
              location_country="PAK"),
        event("REQUEST", SHAFQAT, TALIBAN, G10, mode="change"),
        event("AGREE", TALIBAN, PAKISTAN, G12),
        event("REJECT", TALIBAN, PAKISTAN, G12, mode="change"),
        event("REQUEST", UNAMA, PAKISTAN, G13, mode="yield"),
        event("REQUEST", UNAMA, TALIBAN, G13, mode="yield"),
    ],
    "quotes": [
        quote("Dabei seien in Torkham mindestens zwei Soldaten des pakistanischen Grenzkorps verletzt worden",
              "Khyber Pakhtunkhwa Police", "indirect"),
        quote("trotz früherer Absprachen einen neuen Grenzposten auf umstrittenem Gelände errichtet zu haben",
              "Pakistan", "indirect"),
        quote("Der Posten stehe auf afghanischem Boden", "Taliban", "indirect"),
        quote("pakistanische Soldaten hätten zuerst mit Mörsern auf Wohnhäuser gefeuert",
              "Spokesperson of the Nangarhar provincial administration", "indirect"),
        quote("Wir werden jeden Angriff auf unser Land beantworten",
              "Spokesperson of the Nangarhar provincial administration", "direct"),
        quote("sofort und vollständig", "Shafqat Ali Khan", "direct"),
        quote("die Bauarbeiten „sofort und vollständig“ einzustellen", "Shafqat Ali Khan", "indirect"),
        quote("Erst dann könne der Grenzübergang wieder geöffnet werden", "Shafqat Ali Khan", "indirect"),
    ],
    "entities": [
        entity("Pakistan", "GPE", "PAK", ["Pakistan", "Islamabad"]),
        entity("Afghanistan", "GPE", "AFG", ["Afghanistan", "Kabul"]),
        entity("Taliban", "ORG", "AFG", ["den afghanischen Taliban", "Die Taliban-Regierung"]),
        entity("Torkham", "LOC", "PAK", ["Torkham", "Grenzübergang"]),
        entity("Frontier Corps", "ORG", "PAK", ["des pakistanischen Grenzkorps"]),
        entity("Khyber Pakhtunkhwa Police", "ORG", "PAK", ["die Polizei der Provinz Khyber Pakhtunkhwa"]),
        entity("Khyber Pakhtunkhwa", "LOC", "PAK", ["Provinz Khyber Pakhtunkhwa"]),
        entity("Khyber Pass", "LOC", "PAK", ["Khyber-Pass"]),
        entity("Nangarhar", "LOC", "AFG", ["Provinz Nangarhar"]),
        entity("Spokesperson of the Nangarhar provincial administration", "PER", "AFG",
               ["Ein Sprecher der Taliban-Verwaltung in der Provinz Nangarhar", "er"]),
        entity("Pakistani military", "ORG", "PAK", ["Das pakistanische Militär", "pakistanische Soldaten"]),
        entity("Khyber District", "LOC", "PAK", ["Bezirk Khyber"]),
        entity("Shafqat Ali Khan", "PER", "PAK", ["Der pakistanische Außenamtssprecher Shafqat Ali Khan", "er"]),
        entity("United Nations Assistance Mission in Afghanistan", "ORG", "UNO", ["Die UN-Mission in Afghanistan"]),
    ],
}

# ---------------------------------------------------------------- hm217-de-02
DELHI_POLICE = actor("Delhi Police", "IND", "COP")
RAHUL = actor("Rahul Gandhi", "IND", "OPP")
INDIA_BLOC = actor("INDIA bloc", "IND", "OPP")
ECI = actor("Election Commission of India", "IND", "GOV")
BJP = actor("Bharatiya Janata Party", "IND", "PTY")
PATRA = actor("Sambit Patra", "IND", "PTY")

H1 = ("Die Polizei in Neu-Delhi hat am Montag Oppositionsführer Rahul Gandhi und Dutzende weitere Abgeordnete auf "
      "dem Weg zur Wahlkommission festgenommen.")
H2 = ("Die Parlamentarier des Oppositionsbündnisses INDIA protestierten gegen angebliche Manipulationen der "
      "Wählerverzeichnisse.")
H3 = "Sie marschierten vom Parlament los, bis Polizisten sie an Barrikaden stoppten."
H4 = "Gandhi wirft der Kommission vor, gemeinsam mit der Regierungspartei BJP Wahlen zu „stehlen“."
H5 = ("„Das ist kein politischer Kampf mehr, es geht um die Verfassung“, sagte Gandhi, bevor er in einen Polizeibus "
      "gesetzt wurde.")
H6 = "Tränengas oder Schlagstöcke setzten die Beamten nicht ein."
H7 = "Nach rund zwei Stunden kamen die Festgenommenen wieder frei."
H8 = ("Die Wahlkommission forderte Gandhi auf, seine Vorwürfe in einer eidesstattlichen Erklärung zu belegen oder "
      "sich zu entschuldigen.")
H9 = "Sie habe einer Delegation von 30 Abgeordneten ein Gespräch angeboten, hieß es aus der Behörde."
H10 = "Die Opposition lehnte das ab und verlangte, dass alle Abgeordneten empfangen werden."
H11 = "BJP-Sprecher Sambit Patra warf Gandhi vor, mit seinen Behauptungen „Verfassungsinstitutionen zu verleumden“."
H12 = ("Im Bundesstaat Bihar läuft derzeit eine umstrittene Überprüfung der Wählerlisten, bei der Millionen Namen "
       "gestrichen werden könnten.")
H13 = "Die Kommission sagte zu, die Namen aller dort gestrichenen Wähler zu veröffentlichen."

DE02 = {
    "id": "hm217-de-02", "lang": "de", "url": None, "published": "2025-08-11",
    "title": "Indische Polizei nimmt Rahul Gandhi bei Protestmarsch fest",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7, H8], [H9, H10, H11, H12, H13]),
    "events": [
        event("COERCE", DELHI_POLICE, RAHUL, H1, mode="arrest", date="2025-08-11", location="New Delhi",
              location_country="IND"),
        event("COERCE", DELHI_POLICE, INDIA_BLOC, H1, mode="arrest", date="2025-08-11", location="New Delhi",
              location_country="IND"),
        event("PROTEST", INDIA_BLOC, ECI, H2, mode="demo", date="2025-08-11", location="New Delhi",
              location_country="IND"),
        event("PROTEST", INDIA_BLOC, ECI, H3, mode="demo", date="2025-08-11", location="New Delhi",
              location_country="IND"),
        event("COERCE", DELHI_POLICE, INDIA_BLOC, H3, mode="restrict", date="2025-08-11", location="New Delhi",
              location_country="IND"),
        event("ACCUSE", RAHUL, ECI, H4, mode="allege"),
        event("ACCUSE", RAHUL, BJP, H4, mode="allege"),
        event("COERCE", DELHI_POLICE, RAHUL, H5, mode="arrest", date="2025-08-11", location="New Delhi",
              location_country="IND"),
        event("ASSAULT", DELHI_POLICE, INDIA_BLOC, H6, mode="crowd-control", negated=True),
        event("RETREAT", DELHI_POLICE, INDIA_BLOC, H7, mode="release", date="2025-08-11"),
        event("REQUEST", ECI, RAHUL, H8, mode="change"),
        event("AGREE", ECI, INDIA_BLOC, H9),
        event("REJECT", INDIA_BLOC, ECI, H10, mode="meet"),
        event("REQUEST", INDIA_BLOC, ECI, H10, mode="meet"),
        event("ACCUSE", PATRA, RAHUL, H11, mode="disapprove"),
        event("CONCEDE", ECI, INDIA_BLOC, H13),
    ],
    "quotes": [
        quote("gemeinsam mit der Regierungspartei BJP Wahlen zu „stehlen“", "Rahul Gandhi", "indirect"),
        quote("stehlen", "Rahul Gandhi", "direct"),
        quote("Das ist kein politischer Kampf mehr, es geht um die Verfassung", "Rahul Gandhi", "direct"),
        quote("seine Vorwürfe in einer eidesstattlichen Erklärung zu belegen oder sich zu entschuldigen",
              "Election Commission of India", "indirect"),
        quote("Sie habe einer Delegation von 30 Abgeordneten ein Gespräch angeboten", "Election Commission of India",
              "indirect"),
        quote("dass alle Abgeordneten empfangen werden", "INDIA bloc", "indirect"),
        quote("mit seinen Behauptungen „Verfassungsinstitutionen zu verleumden“", "Sambit Patra", "indirect"),
        quote("Verfassungsinstitutionen zu verleumden", "Sambit Patra", "direct"),
        quote("die Namen aller dort gestrichenen Wähler zu veröffentlichen", "Election Commission of India",
              "indirect"),
    ],
    "entities": [
        entity("Delhi Police", "ORG", "IND", ["Die Polizei in Neu-Delhi", "Polizisten", "die Beamten"]),
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("Rahul Gandhi", "PER", "IND", ["Oppositionsführer Rahul Gandhi", "Gandhi", "er", "seine", "seinen"]),
        entity("INDIA bloc", "ORG", "IND", ["Dutzende weitere Abgeordnete",
                                             "Die Parlamentarier des Oppositionsbündnisses INDIA", "Sie",
                                             "die Festgenommenen", "Die Opposition"]),
        entity("Election Commission of India", "ORG", "IND", ["Wahlkommission", "der Kommission",
                                                               "Die Wahlkommission", "der Behörde",
                                                               "Die Kommission"]),
        entity("Parliament of India", "ORG", "IND", ["Parlament"]),
        entity("Bharatiya Janata Party", "ORG", "IND", ["der Regierungspartei BJP"]),
        entity("Sambit Patra", "PER", "IND", ["BJP-Sprecher Sambit Patra"]),
        entity("Bihar", "LOC", "IND", ["Bundesstaat Bihar"]),
    ],
}

# ---------------------------------------------------------------- hm217-de-03
BIDEN = actor("Joe Biden", "USA", "GOV")
NIPPON = actor("Nippon Steel", "JPN", "BUS")
USSTEEL = actor("U.S. Steel", "USA", "BUS")
JAPAN = actor("Japan", "JPN", "GOV")
ISHIBA = actor("Shigeru Ishiba", "JPN", "GOV")
USA = actor("United States", "USA", "GOV")
MUTO = actor("Yoji Muto", "JPN", "GOV")
HASHIMOTO = actor("Eiji Hashimoto", "JPN", "BUS")
USW = actor("United Steelworkers", "USA", "LAB")
TRUMP = actor("Donald Trump", "USA", "GOV")

N1 = ("US-Präsident Joe Biden hat die Übernahme des Stahlkonzerns U.S. Steel durch den japanischen Konkurrenten "
      "Nippon Steel untersagt.")
N2 = "Das Geschäft über 14,9 Milliarden Dollar gefährde die nationale Sicherheit, hatte Biden am Freitag erklärt."
N3 = "Die Regierung in Tokio reagierte am Wochenende mit scharfer Kritik."
N4 = ("Es sei „schwer nachvollziehbar“, dass Sicherheitsbedenken angeführt würden, sagte Ministerpräsident Shigeru "
      "Ishiba.")
N5 = "Er verlangte von Washington eine Erklärung, damit japanische Unternehmen nicht verunsichert würden."
N6 = "Wirtschaftsminister Yoji Muto nannte die Entscheidung „unverständlich und bedauerlich“."
N7 = "Nippon Steel und U.S. Steel reichten am Montag bei einem Bundesberufungsgericht in Washington Klage ein."
N8 = "Biden habe das Prüfverfahren aus politischen Gründen manipuliert, sagte Nippon-Steel-Chef Eiji Hashimoto."
N9 = "Das Weiße Haus wies den Vorwurf politischer Einflussnahme zurück."
N10 = "Die Stahlarbeitergewerkschaft USW begrüßte das Verbot dagegen."
N11 = "Auch der künftige Präsident Donald Trump hatte sich gegen die Übernahme ausgesprochen."
N12 = "Die beiden Konzerne hatten sich im Dezember 2023 auf den Zusammenschluss geeinigt."
N13 = "Japan ist seit Jahren der größte ausländische Investor in den Vereinigten Staaten."

DE03 = {
    "id": "hm217-de-03", "lang": "de", "url": None, "published": "2025-01-07",
    "title": "Biden blockiert Übernahme von U.S. Steel – Tokio verlangt Erklärung",
    "text": paragraphs([N1, N2, N3, N4, N5], [N6, N7, N8, N9], [N10, N11, N12, N13]),
    "events": [
        event("SANCTION", BIDEN, NIPPON, N1, mode="discontinue"),
        event("ACCUSE", JAPAN, BIDEN, N3, mode="disapprove"),
        event("ACCUSE", ISHIBA, BIDEN, N4, mode="disapprove"),
        event("REQUEST", ISHIBA, USA, N5),
        event("ACCUSE", MUTO, BIDEN, N6, mode="disapprove"),
        event("ACCUSE", NIPPON, BIDEN, N7, mode="allege", date="2025-01-06", location="Washington",
              location_country="USA"),
        event("ACCUSE", USSTEEL, BIDEN, N7, mode="allege", date="2025-01-06", location="Washington",
              location_country="USA"),
        event("ACCUSE", HASHIMOTO, BIDEN, N8, mode="allege"),
        event("SUPPORT", USW, BIDEN, N10),
        event("ACCUSE", TRUMP, NIPPON, N11, mode="disapprove"),
        event("AGREE", NIPPON, USSTEEL, N12),
    ],
    "quotes": [
        quote("Das Geschäft über 14,9 Milliarden Dollar gefährde die nationale Sicherheit", "Joe Biden", "indirect"),
        quote("Es sei „schwer nachvollziehbar“, dass Sicherheitsbedenken angeführt würden", "Shigeru Ishiba",
              "indirect"),
        quote("schwer nachvollziehbar", "Shigeru Ishiba", "direct"),
        quote("unverständlich und bedauerlich", "Yoji Muto", "direct"),
        quote("Biden habe das Prüfverfahren aus politischen Gründen manipuliert", "Eiji Hashimoto", "indirect"),
    ],
    "entities": [
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden", "Biden"]),
        entity("U.S. Steel", "ORG", "USA", ["des Stahlkonzerns U.S. Steel", "U.S. Steel"]),
        entity("Nippon Steel", "ORG", "JPN", ["den japanischen Konkurrenten Nippon Steel", "Nippon Steel"]),
        entity("Japan", "GPE", "JPN", ["Tokio", "Japan"]),
        entity("Government of Japan", "ORG", "JPN", ["Die Regierung in Tokio"]),
        entity("Shigeru Ishiba", "PER", "JPN", ["Ministerpräsident Shigeru Ishiba", "Er"]),
        entity("United States", "GPE", "USA", ["Washington", "den Vereinigten Staaten"]),
        entity("Yoji Muto", "PER", "JPN", ["Wirtschaftsminister Yoji Muto"]),
        entity("United States Court of Appeals for the District of Columbia Circuit", "ORG", "USA",
               ["einem Bundesberufungsgericht in Washington"]),
        entity("Eiji Hashimoto", "PER", "JPN", ["Nippon-Steel-Chef Eiji Hashimoto"]),
        entity("White House", "ORG", "USA", ["Das Weiße Haus"]),
        entity("United Steelworkers", "ORG", "USA", ["Die Stahlarbeitergewerkschaft USW"]),
        entity("Donald Trump", "PER", "USA", ["der künftige Präsident Donald Trump"]),
    ],
}

# ---------------------------------------------------------------- hm217-de-04
MOFA_IDN = actor("Ministry of Foreign Affairs of Indonesia", "IDN", "GOV")
CHINA = actor("China", "CHN", "GOV")
PRABOWO = actor("Prabowo Subianto", "IDN", "GOV")
XI = actor("Xi Jinping", "CHN", "GOV")
IDN_EXPERTS = actor("Indonesian international law experts", "IDN", "CVL")
INDONESIA = actor("Indonesia", "IDN", "GOV")
PCA = actor("Permanent Court of Arbitration", "IGO", "IGO")
MOFA_CHN = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")

I1 = ("Indonesiens Außenministerium hat nach Kritik an einer gemeinsamen Erklärung mit China betont, die "
      "chinesischen Ansprüche im Südchinesischen Meer nicht anzuerkennen.")
I2 = ("Die Zusammenarbeit mit Peking bedeute keine Anerkennung der sogenannten Neun-Strich-Linie, hieß es am Montag "
      "in Jakarta.")
I3 = ("Präsident Prabowo Subianto und Staatschef Xi Jinping hatten sich am Samstag in Peking auf eine „gemeinsame "
      "Entwicklung“ in Gebieten mit „sich überschneidenden Ansprüchen“ verständigt.")
I4 = "Indonesische Völkerrechtler warfen der Regierung vor, damit unbeabsichtigt Pekings Position zu stärken."
I5 = ("Ein internationales Schiedsgericht hatte Chinas Ansprüche auf fast das gesamte Meer 2016 für unvereinbar mit "
      "dem Seerecht erklärt.")
I6 = "Indonesien erhebt selbst keine Ansprüche auf die umstrittenen Inseln."
I7 = "Nahe den Natuna-Inseln kommt es aber immer wieder zu Zwischenfällen mit chinesischen Fischerbooten."
I8 = ("Das chinesische Außenministerium erklärte, die Erklärung spiegele den „wichtigen Konsens“ beider Staatschefs "
      "wider.")
I9 = "Bei dem Besuch unterzeichneten beide Seiten zudem Investitionsabkommen über zehn Milliarden Dollar."
I10 = "China sagte außerdem Unterstützung für Prabowos Programm kostenloser Schulmahlzeiten zu."
I11 = "Prabowo reiste am Sonntag weiter nach Washington, wo er am Dienstag Präsident Joe Biden treffen soll."
I12 = "Indonesien bleibe blockfrei und suche gute Beziehungen zu allen Mächten, sagte er vor seiner Abreise."

DE04 = {
    "id": "hm217-de-04", "lang": "de", "url": None, "published": "2024-11-11",
    "title": "Jakarta: Keine Anerkennung von Pekings Ansprüchen im Südchinesischen Meer",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7, I8], [I9, I10, I11, I12]),
    "events": [
        event("SUPPORT", MOFA_IDN, CHINA, I1, negated=True),
        event("SUPPORT", MOFA_IDN, CHINA, I2, negated=True),
        event("AGREE", PRABOWO, XI, I3, date="2024-11-09", location="Beijing", location_country="CHN"),
        event("ACCUSE", IDN_EXPERTS, INDONESIA, I4, mode="disapprove"),
        event("SANCTION", PCA, CHINA, I5, mode="convict"),
        event("SUPPORT", MOFA_CHN, INDONESIA, I8),
        event("SUPPORT", INDONESIA, CHINA, I9, location="Beijing", location_country="CHN"),
        event("AGREE", CHINA, INDONESIA, I10),
        event("AGREE", PRABOWO, BIDEN, I11),
    ],
    "quotes": [
        quote("die chinesischen Ansprüche im Südchinesischen Meer nicht anzuerkennen",
              "Ministry of Foreign Affairs of Indonesia", "indirect"),
        quote("Die Zusammenarbeit mit Peking bedeute keine Anerkennung der sogenannten Neun-Strich-Linie",
              "Ministry of Foreign Affairs of Indonesia", "indirect"),
        quote("gemeinsame Entwicklung", "China-Indonesia joint statement", "direct"),
        quote("sich überschneidenden Ansprüchen", "China-Indonesia joint statement", "direct"),
        quote("damit unbeabsichtigt Pekings Position zu stärken", "Indonesian international law experts",
              "indirect"),
        quote("die Erklärung spiegele den „wichtigen Konsens“ beider Staatschefs wider",
              "Ministry of Foreign Affairs of China", "indirect"),
        quote("wichtigen Konsens", "Ministry of Foreign Affairs of China", "direct"),
        quote("Indonesien bleibe blockfrei und suche gute Beziehungen zu allen Mächten", "Prabowo Subianto",
              "indirect"),
    ],
    "entities": [
        entity("Ministry of Foreign Affairs of Indonesia", "ORG", "IDN", ["Indonesiens Außenministerium"]),
        entity("Indonesia", "GPE", "IDN", ["Indonesien", "Jakarta"]),
        entity("China", "GPE", "CHN", ["China", "Peking", "Pekings", "Chinas"]),
        entity("South China Sea", "LOC", None, ["Südchinesischen Meer"]),
        entity("Prabowo Subianto", "PER", "IDN", ["Präsident Prabowo Subianto", "Prabowos", "Prabowo", "er"]),
        entity("Xi Jinping", "PER", "CHN", ["Staatschef Xi Jinping"]),
        entity("Indonesian international law experts", "ORG", "IDN", ["Indonesische Völkerrechtler"]),
        entity("Permanent Court of Arbitration", "ORG", "IGO", ["Ein internationales Schiedsgericht"]),
        entity("Natuna Islands", "LOC", "IDN", ["Natuna-Inseln"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Das chinesische Außenministerium"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Joe Biden", "PER", "USA", ["Präsident Joe Biden"]),
    ],
}

# ---------------------------------------------------------------- hm217-en-01
NORTH_KOREA = actor("North Korea", "PRK", "GOV")
KIM = actor("Kim Jong Un", "PRK", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
NK_TROOPS = actor("North Korean troops", "PRK", "MIL")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
MOFA_KOR = actor("Ministry of Foreign Affairs of South Korea", "KOR", "GOV")
KOR_SPOX = actor("Spokesperson of South Korea's foreign ministry", "KOR", "GOV")
MOFA_UKR = actor("Ministry of Foreign Affairs of Ukraine", "UKR", "GOV")
UKR_MIL = actor("Ukrainian armed forces", "UKR", "MIL")

K1 = ("North Korea on Monday confirmed for the first time that it had sent combat troops to help Russia drive "
      "Ukrainian forces out of the Kursk region.")
K2 = ("The deployment was ordered by leader Kim Jong Un under the mutual defence treaty between the two countries, "
      "the ruling party's Central Military Commission said in a statement.")
K3 = ("Kim called the soldiers “heroes” who had fought “to defend the sovereignty of a brotherly country” and said "
      "a monument to them would be built in Pyongyang.")
K4 = ("Russian President Vladimir Putin thanked Kim and the North Korean fighters, saying Russia would “never "
      "forget” their sacrifice.")
K5 = ("South Korea's foreign ministry condemned the admission, saying Pyongyang had “acknowledged its own criminal "
      "acts”.")
K6 = ("“North Korea must withdraw its troops immediately,” a ministry spokesperson told reporters in Seoul, “and "
      "stop all military cooperation with Russia.”")
K7 = ("Seoul's National Intelligence Service estimates that about 4,700 of the roughly 15,000 North Korean soldiers "
      "in Russia have been killed or wounded.")
K8 = ("Ukraine's foreign ministry said the confirmation showed that Pyongyang was a direct party to Russia's war of "
      "aggression.")
K9 = "Ukrainian troops crossed into Kursk in a surprise incursion in August 2024."
K10 = ("Kyiv rejects Moscow's claim that the operation there is over and says its units still hold positions "
       "in the region.")
K11 = ("The United States said it was concerned about the deepening military ties and urged Pyongyang to end its "
       "support for Moscow's war.")

EN01 = {
    "id": "hm217-en-01", "lang": "en", "url": None, "published": "2025-04-28",
    "title": "North Korea confirms its troops fought for Russia in Kursk",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7, K8], [K9, K10, K11]),
    "events": [
        event("AID", NORTH_KOREA, RUSSIA, K1, mode=None, location="Kursk", location_country="RUS"),
        event("AID", KIM, RUSSIA, K2),
        event("SUPPORT", KIM, NK_TROOPS, K3),
        event("SUPPORT", PUTIN, KIM, K4),
        event("SUPPORT", PUTIN, NK_TROOPS, K4),
        event("ACCUSE", MOFA_KOR, NORTH_KOREA, K5, mode="disapprove"),
        event("REQUEST", KOR_SPOX, NORTH_KOREA, K6, mode="change"),
        event("ACCUSE", MOFA_UKR, NORTH_KOREA, K8, mode="allege"),
        event("ASSAULT", UKR_MIL, RUSSIA, K9, location="Kursk", location_country="RUS"),
        event("ACCUSE", USA, NORTH_KOREA, K11, mode="disapprove"),
        event("REQUEST", USA, NORTH_KOREA, K11, mode="change"),
    ],
    "quotes": [
        quote("The deployment was ordered by leader Kim Jong Un under the mutual defence treaty between the two "
              "countries", "Central Military Commission of the Workers' Party of Korea", "indirect"),
        quote("heroes", "Kim Jong Un", "direct"),
        quote("to defend the sovereignty of a brotherly country", "Kim Jong Un", "direct"),
        quote("a monument to them would be built in Pyongyang", "Kim Jong Un", "indirect"),
        quote("never forget", "Vladimir Putin", "direct"),
        quote("Russia would “never forget” their sacrifice", "Vladimir Putin", "indirect"),
        quote("acknowledged its own criminal acts", "Ministry of Foreign Affairs of South Korea", "direct"),
        quote("Pyongyang had “acknowledged its own criminal acts”", "Ministry of Foreign Affairs of South Korea",
              "indirect"),
        quote("North Korea must withdraw its troops immediately", "Spokesperson of South Korea's foreign ministry",
              "direct"),
        quote("and stop all military cooperation with Russia", "Spokesperson of South Korea's foreign ministry",
              "direct"),
        quote("that about 4,700 of the roughly 15,000 North Korean soldiers in Russia have been killed or wounded",
              "National Intelligence Service", "indirect"),
        quote("the confirmation showed that Pyongyang was a direct party to Russia's war of aggression",
              "Ministry of Foreign Affairs of Ukraine", "indirect"),
        quote("that the operation there is over", "Russia", "indirect"),
        quote("its units still hold positions in the region", "Ukraine", "indirect"),
        quote("it was concerned about the deepening military ties", "United States", "indirect"),
    ],
    "entities": [
        entity("North Korea", "GPE", "PRK", ["North Korea", "Pyongyang"]),
        entity("Russia", "GPE", "RUS", ["Russia", "Moscow's", "Russia's"]),
        entity("Kursk Oblast", "LOC", "RUS", ["the Kursk region", "Kursk"]),
        entity("Kim Jong Un", "PER", "PRK", ["leader Kim Jong Un", "Kim"]),
        entity("Central Military Commission of the Workers' Party of Korea", "ORG", "PRK",
               ["the ruling party's Central Military Commission"]),
        entity("North Korean troops", "ORG", "PRK", ["combat troops", "the soldiers", "the North Korean fighters"]),
        entity("Vladimir Putin", "PER", "RUS", ["Russian President Vladimir Putin"]),
        entity("South Korea", "GPE", "KOR", ["South Korea's", "Seoul"]),
        entity("Ministry of Foreign Affairs of South Korea", "ORG", "KOR", ["South Korea's foreign ministry"]),
        entity("Spokesperson of South Korea's foreign ministry", "PER", "KOR", ["a ministry spokesperson"]),
        entity("National Intelligence Service", "ORG", "KOR", ["Seoul's National Intelligence Service"]),
        entity("Ukraine", "GPE", "UKR", ["Ukraine's", "Kyiv"]),
        entity("Ministry of Foreign Affairs of Ukraine", "ORG", "UKR", ["Ukraine's foreign ministry"]),
        entity("Ukrainian armed forces", "ORG", "UKR", ["Ukrainian forces", "Ukrainian troops", "its units"]),
        entity("United States", "GPE", "USA", ["The United States"]),
    ],
}

# ---------------------------------------------------------------- hm217-en-02
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
AUSTRALIA = actor("Australia", "AUS", "GOV")
PLAN = actor("People's Liberation Army Navy", "CHN", "MIL")
LEY = actor("Sussan Ley", "AUS", "OPP")
ACTIVISTS = actor("Uyghur and Tibetan activists", "AUS", "CVL")

A1 = ("Australian Prime Minister Anthony Albanese met Chinese President Xi Jinping in Beijing on Tuesday, the "
      "highlight of a six-day visit aimed at stabilising relations after years of trade disputes.")
A2 = ("Xi told Albanese that ties had “emerged from the low point” and that the two countries should be partners "
      "rather than rivals.")
A3 = ("Albanese said he had raised the case of detained writer Yang Hengjun and asked for his release on "
      "humanitarian grounds.")
A4 = "He also voiced concern about the Chinese navy's live-fire drills near Australia earlier this year."
A5 = ("Beijing's foreign ministry said the drills had complied with international law and were not directed at any "
      "country.")
A6 = ("Both sides agreed to expand cooperation on climate change, trade and tourism, and to hold regular talks "
      "between defence officials.")
A7 = ("China has lifted almost all of the trade barriers it imposed on Australian goods such as barley, wine and "
      "lobster from 2020.")
A8 = ("“We will cooperate where we can, disagree where we must,” Albanese told reporters after the meeting, “and "
      "engage in our national interest.”")
A9 = ("Opposition leader Sussan Ley accused the government of staying silent on Beijing's military build-up and "
      "demanded that Albanese raise it publicly.")
A10 = ("In Canberra, about 100 Uyghur and Tibetan activists protested outside the Chinese embassy against human "
       "rights abuses in Xinjiang and Tibet.")
A11 = "Albanese dismissed the criticism, saying dialogue was the best way to manage differences."

EN02 = {
    "id": "hm217-en-02", "lang": "en", "url": None, "published": "2025-07-15",
    "title": "Albanese and Xi vow closer ties as differences linger",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8], [A9, A10, A11]),
    "events": [
        event("CONSULT", ALBANESE, XI, A1, mode="visit", date="2025-07-15", location="Beijing",
              location_country="CHN"),
        event("SUPPORT", XI, AUSTRALIA, A2),
        event("REQUEST", ALBANESE, XI, A3, mode="yield"),
        event("ACCUSE", ALBANESE, PLAN, A4, mode="disapprove"),
        event("MOBILIZE", PLAN, AUSTRALIA, A4, mode="weapons"),
        event("AGREE", AUSTRALIA, CHINA, A6),
        event("RETREAT", CHINA, AUSTRALIA, A7),
        event("SANCTION", CHINA, AUSTRALIA, A7, mode="discontinue"),
        event("ACCUSE", LEY, ALBANESE, A9, mode="disapprove"),
        event("REQUEST", LEY, ALBANESE, A9, mode="change"),
        event("PROTEST", ACTIVISTS, CHINA, A10, mode="demo", date="2025-07-15", location="Canberra",
              location_country="AUS"),
        event("REJECT", ALBANESE, LEY, A11, mode="change"),
    ],
    "quotes": [
        quote("that ties had “emerged from the low point” and that the two countries should be partners rather "
              "than rivals", "Xi Jinping", "indirect"),
        quote("emerged from the low point", "Xi Jinping", "direct"),
        quote("he had raised the case of detained writer Yang Hengjun and asked for his release on humanitarian "
              "grounds", "Anthony Albanese", "indirect"),
        quote("the drills had complied with international law and were not directed at any country",
              "Ministry of Foreign Affairs of China", "indirect"),
        quote("We will cooperate where we can, disagree where we must", "Anthony Albanese", "direct"),
        quote("and engage in our national interest", "Anthony Albanese", "direct"),
        quote("that Albanese raise it publicly", "Sussan Ley", "indirect"),
        quote("dialogue was the best way to manage differences", "Anthony Albanese", "indirect"),
    ],
    "entities": [
        entity("Anthony Albanese", "PER", "AUS", ["Australian Prime Minister Anthony Albanese", "Albanese", "he",
                                                   "He"]),
        entity("Xi Jinping", "PER", "CHN", ["Chinese President Xi Jinping", "Xi"]),
        entity("Beijing", "LOC", "CHN", ["Beijing"]),
        entity("Australia", "GPE", "AUS", ["Australia", "the government"]),
        entity("China", "GPE", "CHN", ["China", "Beijing's"]),
        entity("Yang Hengjun", "PER", "AUS", ["detained writer Yang Hengjun"]),
        entity("People's Liberation Army Navy", "ORG", "CHN", ["the Chinese navy's"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Beijing's foreign ministry"]),
        entity("Sussan Ley", "PER", "AUS", ["Opposition leader Sussan Ley"]),
        entity("Canberra", "LOC", "AUS", ["Canberra"]),
        entity("Uyghur and Tibetan activists", "ORG", "AUS", ["about 100 Uyghur and Tibetan activists"]),
        entity("Embassy of China in Australia", "ORG", "CHN", ["the Chinese embassy"]),
        entity("Xinjiang", "LOC", "CHN", ["Xinjiang"]),
        entity("Tibet", "LOC", "CHN", ["Tibet"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
