"""Round 49: six blind hand-made articles (4 German, 2 English), written 2026-11-30.

Stories (invented wire-style reports on real 2025 settings):
- hm49-de-01: Nexperia - the Netherlands take control of the chipmaker, China halts its exports (Oct 2025)
- hm49-de-02: deadly protests in Cameroon after Biya's re-election is confirmed, Tchiroma claims victory (Oct 2025)
- hm49-de-03: PKK fighters burn their weapons near Sulaymaniyah (Jul 2025)
- hm49-de-04: Venezuela frees six Americans after Richard Grenell's visit to Maduro (Jan/Feb 2025)
- hm49-en-01: China and Japan row over Takaichi's Taiwan remarks (Nov 2025)
- hm49-en-02: Solomon Islands bars dialogue partners from the Pacific Islands Forum summit in Honiara (Sep 2025)
"""
from annotate import actor, entity, event, paragraphs, quote

ARTICLES = []

# --------------------------------------------------------------------------- hm49-de-01
NLD = actor("Netherlands", "NLD", "GOV")
CHN = actor("China", "CHN", "GOV")
NEX = actor("Nexperia", "NLD", "BUS")
MOFCOM = actor("Ministry of Commerce of China", "CHN", "GOV")
KARREMANS = actor("Vincent Karremans", "NLD", "GOV")
WANG = actor("Wang Wentao", "CHN", "GOV")
EUCOM = actor("European Commission", "EUR", "IGO")
VDA = actor("German Association of the Automotive Industry", "DEU", "BUS")

A1 = "Im Streit um den Chiphersteller Nexperia hat China die Ausfuhr von Produkten des Unternehmens aus der Volksrepublik untersagt."
A2 = "Zuvor hatte die niederländische Regierung am Sonntag mitgeteilt, sie habe unter Berufung auf ein Notstandsgesetz aus dem Jahr 1952 die Kontrolle über das Unternehmen mit Sitz in Nimwegen übernommen."
A3 = "Nexperia gehört seit 2019 dem chinesischen Konzern Wingtech."
A4 = "Das Handelsministerium in Peking warf Den Haag vor, sich unter dem Druck Washingtons »in die inneren Angelegenheiten eines Unternehmens einzumischen«."
A5 = "Sollte die Entscheidung nicht zurückgenommen werden, werde China »notwendige Maßnahmen« ergreifen, hieß es in einer Mitteilung."
A6 = "Wirtschaftsminister Vincent Karremans wies die Forderung nach einer Rücknahme zurück."
A7 = "Es gehe darum, die Versorgung Europas mit Chips zu sichern, sagte er dem Sender NOS."
A8 = "Karremans telefonierte am Montag mit Chinas Handelsminister Wang Wentao."
A9 = "Beide Seiten vereinbarten, die Gespräche in den kommenden Tagen fortzusetzen."
A10 = "Die EU-Kommission bot an, zwischen Den Haag und Peking zu vermitteln."
A11 = "Der Verband der Automobilindustrie forderte beide Regierungen auf, rasch eine Lösung zu finden, da sonst Bänder in deutschen Werken stillstehen könnten."

ARTICLES.append({
    "id": "hm49-de-01", "lang": "de", "url": None, "published": "2025-10-14",
    "title": "Peking stoppt Exporte von Nexperia nach Eingriff Den Haags",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7], [A8, A9, A10, A11]),
    "events": [
        event("SANCTION", CHN, NEX, A1, mode="discontinue"),
        event("COERCE", NLD, NEX, A2, mode="seize", date="2025-10-12"),
        event("ACCUSE", MOFCOM, NLD, A4, mode="disapprove"),
        event("THREATEN", MOFCOM, NLD, A5),
        event("REJECT", KARREMANS, MOFCOM, A6, mode="change"),
        event("CONSULT", KARREMANS, WANG, A8, mode="phone", date="2025-10-13"),
        event("AGREE", KARREMANS, WANG, A9),
        event("AGREE", EUCOM, NLD, A10),
        event("AGREE", EUCOM, CHN, A10),
        event("REQUEST", VDA, NLD, A11),
        event("REQUEST", VDA, CHN, A11),
    ],
    "quotes": [
        quote("sie habe unter Berufung auf ein Notstandsgesetz aus dem Jahr 1952 die Kontrolle über das Unternehmen mit Sitz in Nimwegen übernommen", "Netherlands", "indirect"),
        quote("in die inneren Angelegenheiten eines Unternehmens einzumischen", "Ministry of Commerce of China", "direct"),
        quote("sich unter dem Druck Washingtons »in die inneren Angelegenheiten eines Unternehmens einzumischen«", "Ministry of Commerce of China", "indirect"),
        quote("notwendige Maßnahmen", "Ministry of Commerce of China", "direct"),
        quote("Sollte die Entscheidung nicht zurückgenommen werden, werde China »notwendige Maßnahmen« ergreifen", "Ministry of Commerce of China", "indirect"),
        quote("Es gehe darum, die Versorgung Europas mit Chips zu sichern", "Vincent Karremans", "indirect"),
    ],
    "entities": [
        entity("Nexperia", "ORG", "NLD", ["Chiphersteller Nexperia", "Nexperia", "des Unternehmens", "das Unternehmen"]),
        entity("China", "GPE", "CHN", ["China", "Volksrepublik", "Peking", "Chinas"]),
        entity("Netherlands", "GPE", "NLD", ["die niederländische Regierung", "sie", "Den Haag"]),
        entity("Nijmegen", "LOC", "NLD", ["Nimwegen"]),
        entity("Wingtech", "ORG", "CHN", ["chinesischen Konzern Wingtech"]),
        entity("Ministry of Commerce of China", "ORG", "CHN", ["Das Handelsministerium in Peking"]),
        entity("United States", "GPE", "USA", ["Washingtons"]),
        entity("Vincent Karremans", "PER", "NLD", ["Wirtschaftsminister Vincent Karremans", "Karremans", "er"]),
        entity("NOS", "ORG", "NLD", ["Sender NOS"]),
        entity("Wang Wentao", "PER", "CHN", ["Chinas Handelsminister Wang Wentao"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
        entity("German Association of the Automotive Industry", "ORG", "DEU", ["Der Verband der Automobilindustrie"]),
    ],
})

# --------------------------------------------------------------------------- hm49-de-02
SECF = actor("Security forces of Cameroon", "CMR", "COP")
POL_CMR = actor("Police of Cameroon", "CMR", "COP")
SUPP = actor("supporters of Issa Tchiroma Bakary", "CMR", "OPP")
TCHIROMA = actor("Issa Tchiroma Bakary", "CMR", "OPP")
BIYA = actor("Paul Biya", "CMR", "GOV")
ATANGA = actor("Paul Atanga Nji", "CMR", "GOV")
PROT_CMR = actor("protesters", "CMR", "CVL")
AU = actor("African Union", "IGO", "IGO")
CMR = actor("Cameroon", "CMR", "GOV")
USA = actor("United States", "USA", "GOV")
FRA = actor("France", "FRA", "GOV")
SADI = actor("René Emmanuel Sadi", "CMR", "GOV")

B1 = "Nach der Bestätigung des Wahlsiegs von Präsident Paul Biya sind in Kamerun mindestens vier Menschen bei Protesten ums Leben gekommen."
B2 = "Sicherheitskräfte schossen am Montag in Garoua mit scharfer Munition und Tränengas auf Anhänger des Oppositionskandidaten Issa Tchiroma Bakary, wie Augenzeugen berichteten."
B3 = "Der Verfassungsrat hatte den 92-Jährigen, der seit 1982 regiert, zuvor mit 53,7 Prozent der Stimmen zum Sieger erklärt."
B4 = "Tchiroma, ein früherer Regierungssprecher, beansprucht den Sieg für sich und rief seine Anhänger auf, »friedlich, aber entschlossen« auf die Straße zu gehen."
B5 = "Das Ergebnis sei »gestohlen« worden, schrieb er auf Facebook."
B6 = "Innenminister Paul Atanga Nji warnte, wer zu Unruhen aufrufe, werde »mit aller Härte« verfolgt."
B7 = "In Garoua seien mehr als 30 Demonstranten festgenommen worden, teilte die Regierung mit."
B8 = "Die Afrikanische Union rief beide Lager zur Zurückhaltung auf."
B9 = "Die Vereinigten Staaten und Frankreich forderten die Regierung in Jaunde zu einer unabhängigen Untersuchung der Todesfälle auf."
B10 = "Regierungssprecher René Emmanuel Sadi sprach daraufhin von einer »Einmischung in innere Angelegenheiten«."

ARTICLES.append({
    "id": "hm49-de-02", "lang": "de", "url": None, "published": "2025-10-28",
    "title": "Tote bei Protesten nach Biyas Wahlsieg in Kamerun",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6, B7], [B8, B9, B10]),
    "events": [
        event("ASSAULT", SECF, SUPP, B2, mode="firearms", date="2025-10-27", location="Garoua", location_country="CMR"),
        event("REQUEST", TCHIROMA, SUPP, B4),
        event("ACCUSE", TCHIROMA, BIYA, B5, mode="allege"),
        event("THREATEN", ATANGA, TCHIROMA, B6, mode="arrest"),
        event("COERCE", POL_CMR, PROT_CMR, B7, mode="arrest", location="Garoua", location_country="CMR"),
        event("REQUEST", AU, CMR, B8),
        event("REQUEST", AU, TCHIROMA, B8),
        event("REQUEST", USA, CMR, B9, mode="change"),
        event("REQUEST", FRA, CMR, B9, mode="change"),
        event("ACCUSE", SADI, USA, B10, mode="disapprove"),
        event("ACCUSE", SADI, FRA, B10, mode="disapprove"),
    ],
    "quotes": [
        quote("Sicherheitskräfte schossen am Montag in Garoua mit scharfer Munition und Tränengas auf Anhänger des Oppositionskandidaten Issa Tchiroma Bakary", "eyewitnesses", "indirect"),
        quote("friedlich, aber entschlossen", "Issa Tchiroma Bakary", "direct"),
        quote("gestohlen", "Issa Tchiroma Bakary", "direct"),
        quote("Das Ergebnis sei »gestohlen« worden", "Issa Tchiroma Bakary", "indirect"),
        quote("mit aller Härte", "Paul Atanga Nji", "direct"),
        quote("wer zu Unruhen aufrufe, werde »mit aller Härte« verfolgt", "Paul Atanga Nji", "indirect"),
        quote("In Garoua seien mehr als 30 Demonstranten festgenommen worden", "Cameroon", "indirect"),
        quote("Einmischung in innere Angelegenheiten", "René Emmanuel Sadi", "direct"),
    ],
    "entities": [
        entity("Paul Biya", "PER", "CMR", ["Präsident Paul Biya", "den 92-Jährigen"]),
        entity("Cameroon", "GPE", "CMR", ["Kamerun", "die Regierung", "die Regierung in Jaunde"]),
        entity("Garoua", "LOC", "CMR", ["Garoua"]),
        entity("Issa Tchiroma Bakary", "PER", "CMR", ["Oppositionskandidaten Issa Tchiroma Bakary", "Tchiroma", "er"]),
        entity("Constitutional Council of Cameroon", "ORG", "CMR", ["Der Verfassungsrat"]),
        entity("Facebook", "ORG", "MNC", ["Facebook"]),
        entity("Paul Atanga Nji", "PER", "CMR", ["Innenminister Paul Atanga Nji"]),
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union"]),
        entity("United States", "GPE", "USA", ["Die Vereinigten Staaten"]),
        entity("France", "GPE", "FRA", ["Frankreich"]),
        entity("Yaoundé", "LOC", "CMR", ["Jaunde"]),
        entity("René Emmanuel Sadi", "PER", "CMR", ["Regierungssprecher René Emmanuel Sadi"]),
    ],
})

# --------------------------------------------------------------------------- hm49-de-03
PKK = actor("Kurdistan Workers' Party", "TUR", "REB")
TUR = actor("Turkey", "TUR", "GOV")
OCALAN = actor("Abdullah Öcalan", "TUR", "REB")
HOZAT = actor("Bese Hozat", "TUR", "REB")
ERDOGAN = actor("Recep Tayyip Erdoğan", "TUR", "GOV")
IRQ = actor("Iraq", "IRQ", "GOV")
KRG = actor("Kurdistan Regional Government", "IRQ", "GOV")
TSK = actor("Turkish Armed Forces", "TUR", "MIL")

C1 = "Rund 30 Kämpfer der verbotenen Arbeiterpartei Kurdistans (PKK) haben am Freitag im Nordirak ihre Waffen verbrannt."
C2 = "Die symbolische Zeremonie in einer Höhle bei Sulaimanija gilt als erster Schritt zur Entwaffnung der Gruppe, die seit 1984 gegen den türkischen Staat kämpft."
C3 = "Die Ko-Vorsitzende Bese Hozat verlas eine Erklärung, in der die Regierung in Ankara aufgefordert wurde, »die rechtlichen Garantien« für einen dauerhaften Frieden zu schaffen."
C4 = "Der inhaftierte PKK-Gründer Abdullah Öcalan hatte die Gruppe im Februar aufgerufen, die Waffen niederzulegen und sich aufzulösen."
C5 = "In einer Videobotschaft sagte er nun, der bewaffnete Kampf habe »seine Zeit überdauert«."
C6 = "Präsident Recep Tayyip Erdoğan begrüßte die Zeremonie als »wichtigen Schritt«."
C7 = "Ankara werde Gesetze vorbereiten, die heimkehrenden Kämpfern Straffreiheit in Aussicht stellten, kündigte er an."
C8 = "Die Regierung in Bagdad und die kurdische Regionalregierung sicherten Ankara zu, bei der Entwaffnung zu helfen."
C9 = "Die PKK warf der türkischen Armee jedoch vor, noch am Donnerstag Stellungen in der Provinz Dohuk mit Drohnen angegriffen zu haben."
C10 = "Das Verteidigungsministerium in Ankara wies dies zurück."

ARTICLES.append({
    "id": "hm49-de-03", "lang": "de", "url": None, "published": "2025-07-11",
    "title": "PKK-Kämpfer verbrennen ihre Waffen im Nordirak",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6, C7], [C8, C9, C10]),
    "events": [
        event("RETREAT", PKK, TUR, C1, mode="disarm", date="2025-07-11", location="Northern Iraq", location_country="IRQ"),
        event("REQUEST", HOZAT, TUR, C3, mode="change"),
        event("REQUEST", OCALAN, PKK, C4, mode="yield"),
        event("SUPPORT", ERDOGAN, PKK, C6),
        event("CONCEDE", ERDOGAN, PKK, C7),
        event("AGREE", IRQ, TUR, C8),
        event("AGREE", KRG, TUR, C8),
        event("ACCUSE", PKK, TSK, C9, mode="allege"),
    ],
    "quotes": [
        quote("die rechtlichen Garantien", "Bese Hozat", "direct"),
        quote("seine Zeit überdauert", "Abdullah Öcalan", "direct"),
        quote("der bewaffnete Kampf habe »seine Zeit überdauert«", "Abdullah Öcalan", "indirect"),
        quote("wichtigen Schritt", "Recep Tayyip Erdoğan", "direct"),
        quote("Ankara werde Gesetze vorbereiten, die heimkehrenden Kämpfern Straffreiheit in Aussicht stellten", "Recep Tayyip Erdoğan", "indirect"),
        quote("noch am Donnerstag Stellungen in der Provinz Dohuk mit Drohnen angegriffen zu haben", "Kurdistan Workers' Party", "indirect"),
    ],
    "entities": [
        entity("Kurdistan Workers' Party", "ORG", "TUR", ["Arbeiterpartei Kurdistans (PKK)", "PKK", "der Gruppe", "die Gruppe", "Die PKK"]),
        entity("Northern Iraq", "LOC", "IRQ", ["Nordirak"]),
        entity("Sulaymaniyah", "LOC", "IRQ", ["Sulaimanija"]),
        entity("Turkey", "GPE", "TUR", ["türkischen Staat", "die Regierung in Ankara", "Ankara"]),
        entity("Bese Hozat", "PER", "TUR", ["Die Ko-Vorsitzende Bese Hozat"]),
        entity("Abdullah Öcalan", "PER", "TUR", ["PKK-Gründer Abdullah Öcalan", "er"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["Präsident Recep Tayyip Erdoğan"]),
        entity("Iraq", "GPE", "IRQ", ["Die Regierung in Bagdad"]),
        entity("Kurdistan Regional Government", "ORG", "IRQ", ["die kurdische Regionalregierung"]),
        entity("Turkish Armed Forces", "ORG", "TUR", ["der türkischen Armee"]),
        entity("Dohuk", "LOC", "IRQ", ["Provinz Dohuk"]),
        entity("Ministry of National Defence of Turkey", "ORG", "TUR", ["Das Verteidigungsministerium in Ankara"]),
    ],
})

# --------------------------------------------------------------------------- hm49-de-04
GRENELL = actor("Richard Grenell", "USA", "GOV")
MADURO = actor("Nicolás Maduro", "VEN", "GOV")
VEN = actor("Venezuela", "VEN", "GOV")
US = actor("United States", "USA", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
WH = actor("White House", "USA", "GOV")
MACHADO = actor("María Corina Machado", "VEN", "OPP")

D1 = "Nach einem Treffen mit dem US-Sondergesandten Richard Grenell hat Venezuelas Staatschef Nicolás Maduro sechs inhaftierte Amerikaner freigelassen."
D2 = "„Sie sind auf dem Weg nach Hause“, schrieb US-Präsident Donald Trump am Freitagabend auf seiner Plattform Truth Social."
D3 = "Trump hatte zuvor mit Strafzöllen gedroht, falls Caracas abgeschobene Migranten nicht zurücknehme."
D4 = "Maduro sagte nach dem Gespräch im Präsidentenpalast Miraflores, man habe »einen Neuanfang« mit Washington vereinbart."
D5 = "Caracas sagte zudem zu, abgeschobene Venezolaner ohne Bedingungen wieder aufzunehmen."
D6 = "Das Weiße Haus betonte, der Besuch bedeute keine Anerkennung Maduros als rechtmäßigen Präsidenten."
D7 = "Die venezolanische Opposition um María Corina Machado kritisierte das Treffen scharf."
D8 = "Machado forderte Washington auf, den Druck auf das »illegitime Regime« nicht zu verringern."
D9 = "Die Wiederwahl Maduros im Juli war international umstritten."
D10 = "Die ersten Abschiebeflüge könnten bereits in der kommenden Woche in Venezuela landen, hieß es aus Caracas."

ARTICLES.append({
    "id": "hm49-de-04", "lang": "de", "url": None, "published": "2025-02-01",
    "title": "Maduro lässt nach Grenell-Besuch sechs Amerikaner frei",
    "text": paragraphs([D1, D2, D3], [D4, D5, D6], [D7, D8, D9, D10]),
    "events": [
        event("CONSULT", GRENELL, MADURO, D1, mode="visit"),
        event("RETREAT", MADURO, US, D1, mode="release"),
        event("THREATEN", TRUMP, VEN, D3),
        event("AGREE", MADURO, US, D4),
        event("AGREE", VEN, US, D5),
        event("SUPPORT", WH, MADURO, D6, negated=True),
        event("ACCUSE", MACHADO, GRENELL, D7, mode="disapprove"),
        event("REQUEST", MACHADO, US, D8, mode="change"),
    ],
    "quotes": [
        quote("Sie sind auf dem Weg nach Hause", "Donald Trump", "direct"),
        quote("einen Neuanfang", "Nicolás Maduro", "direct"),
        quote("man habe »einen Neuanfang« mit Washington vereinbart", "Nicolás Maduro", "indirect"),
        quote("der Besuch bedeute keine Anerkennung Maduros als rechtmäßigen Präsidenten", "White House", "indirect"),
        quote("illegitime Regime", "María Corina Machado", "direct"),
        quote("Die ersten Abschiebeflüge könnten bereits in der kommenden Woche in Venezuela landen", "Venezuela", "indirect"),
    ],
    "entities": [
        entity("Richard Grenell", "PER", "USA", ["US-Sondergesandten Richard Grenell"]),
        entity("Nicolás Maduro", "PER", "VEN", ["Venezuelas Staatschef Nicolás Maduro", "Maduro", "Maduros"]),
        entity("Venezuela", "GPE", "VEN", ["Venezuelas", "Caracas", "Venezuela"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "Trump"]),
        entity("Truth Social", "ORG", "USA", ["Truth Social"]),
        entity("Miraflores Palace", "LOC", "VEN", ["Präsidentenpalast Miraflores"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("White House", "ORG", "USA", ["Das Weiße Haus"]),
        entity("María Corina Machado", "PER", "VEN", ["María Corina Machado", "Machado"]),
        entity("Venezuelan opposition", "ORG", "VEN", ["Die venezolanische Opposition"]),
    ],
})

# --------------------------------------------------------------------------- hm49-en-01
CHN_E = actor("China", "CHN", "GOV")
JPN = actor("Japan", "JPN", "GOV")
TAKAICHI = actor("Sanae Takaichi", "JPN", "GOV")
MFA_CHN = actor("Foreign Ministry of China", "CHN", "GOV")
LIN = actor("Lin Jian", "CHN", "GOV")
XUE = actor("Xue Jian", "CHN", "GOV")
KIHARA = actor("Minoru Kihara", "JPN", "GOV")

E1 = "China on Friday warned its citizens against travelling to Japan and suspended imports of Japanese seafood, escalating a row over Prime Minister Sanae Takaichi's remarks on Taiwan."
E2 = "Takaichi told parliament last week that a Chinese attack on Taiwan could constitute a “survival-threatening situation” allowing Japan to deploy its military."
E3 = "China's foreign ministry summoned Japan's ambassador Kenji Kanasugi on Thursday and demanded that Takaichi retract her comments."
E4 = "“If Japan dares to intervene militarily in the Taiwan Strait,” spokesman Lin Jian told reporters, “it will be an act of aggression and China will respond head-on.”"
E5 = "Takaichi refused to withdraw the remarks, saying they were consistent with the government's long-standing position."
E6 = "Tokyo lodged a protest over a social media post by China's consul general in Osaka, Xue Jian, who had threatened to “cut off” Takaichi's head."
E7 = "Chief Cabinet Secretary Minoru Kihara called the post “extremely inappropriate” and urged Beijing to take appropriate action."
E8 = "Tokyo said it would send its top Asia diplomat, Masaaki Kanai, to Beijing for talks next week."

ARTICLES.append({
    "id": "hm49-en-01", "lang": "en", "url": None, "published": "2025-11-15",
    "title": "China warns against travel to Japan as Taiwan row escalates",
    "text": paragraphs([E1, E2], [E3, E4, E5], [E6, E7, E8]),
    "events": [
        event("SANCTION", CHN_E, JPN, E1, mode="discontinue", date="2025-11-14"),
        event("ACCUSE", MFA_CHN, JPN, E3, mode="disapprove", date="2025-11-13"),
        event("REQUEST", MFA_CHN, TAKAICHI, E3, mode="change", date="2025-11-13"),
        event("THREATEN", LIN, JPN, E4, mode="violence"),
        event("REJECT", TAKAICHI, MFA_CHN, E5, mode="change"),
        event("ACCUSE", JPN, XUE, E6, mode="disapprove"),
        event("THREATEN", XUE, TAKAICHI, E6, mode="violence"),
        event("ACCUSE", KIHARA, XUE, E7, mode="disapprove"),
        event("REQUEST", KIHARA, CHN_E, E7, mode="change"),
        event("AGREE", JPN, CHN_E, E8, location="Beijing", location_country="CHN"),
    ],
    "quotes": [
        quote("survival-threatening situation", "Sanae Takaichi", "direct"),
        quote("that a Chinese attack on Taiwan could constitute a “survival-threatening situation” allowing Japan to deploy its military", "Sanae Takaichi", "indirect"),
        quote("that Takaichi retract her comments", "Foreign Ministry of China", "indirect"),
        quote("If Japan dares to intervene militarily in the Taiwan Strait", "Lin Jian", "direct"),
        quote("it will be an act of aggression and China will respond head-on", "Lin Jian", "direct"),
        quote("they were consistent with the government's long-standing position", "Sanae Takaichi", "indirect"),
        quote("cut off", "Xue Jian", "direct"),
        quote("extremely inappropriate", "Minoru Kihara", "direct"),
        quote("it would send its top Asia diplomat, Masaaki Kanai, to Beijing for talks next week", "Japan", "indirect"),
    ],
    "entities": [
        entity("China", "GPE", "CHN", ["China", "Beijing"]),
        entity("Japan", "GPE", "JPN", ["Japan", "Tokyo", "it"]),
        entity("Sanae Takaichi", "PER", "JPN", ["Prime Minister Sanae Takaichi", "Takaichi", "her"]),
        entity("Taiwan", "GPE", "TWN", ["Taiwan"]),
        entity("Foreign Ministry of China", "ORG", "CHN", ["China's foreign ministry"]),
        entity("Kenji Kanasugi", "PER", "JPN", ["Japan's ambassador Kenji Kanasugi"]),
        entity("Lin Jian", "PER", "CHN", ["spokesman Lin Jian"]),
        entity("Taiwan Strait", "LOC", None, ["Taiwan Strait"]),
        entity("Xue Jian", "PER", "CHN", ["China's consul general in Osaka, Xue Jian"]),
        entity("Osaka", "LOC", "JPN", ["Osaka"]),
        entity("Minoru Kihara", "PER", "JPN", ["Chief Cabinet Secretary Minoru Kihara"]),
        entity("Masaaki Kanai", "PER", "JPN", ["its top Asia diplomat, Masaaki Kanai"]),
    ],
})

# --------------------------------------------------------------------------- hm49-en-02
PIF = actor("Pacific Islands Forum", "IGO", "IGO")
SLB = actor("Solomon Islands", "SLB", "GOV")
US_E = actor("United States", "USA", "GOV")
CHN_P = actor("China", "CHN", "GOV")
TWN = actor("Taiwan", "TWN", "GOV")
MOFA_TWN = actor("Foreign Ministry of Taiwan", "TWN", "GOV")
PETERS = actor("Winston Peters", "NZL", "GOV")
CAI = actor("Cai Weiming", "CHN", "GOV")
AUS = actor("Australia", "AUS", "GOV")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
MANELE = actor("Jeremiah Manele", "SLB", "GOV")
RSIPF = actor("Royal Solomon Islands Police Force", "SLB", "COP")

F1 = "Pacific Islands Forum leaders opened their annual summit in Honiara on Monday without the United States, China and Taiwan, after host Solomon Islands barred all dialogue partners from the meeting."
F2 = "Prime Minister Jeremiah Manele said the decision was meant to let members “talk among ourselves” without outside pressure."
F3 = "Taiwan's foreign ministry accused Beijing of pressuring Honiara, which switched recognition to China in 2019, to exclude Taipei."
F4 = "New Zealand's Foreign Minister Winston Peters said the exclusion was “not the Pacific way” and urged the forum to restore the partners' access next year."
F5 = "Chinese ambassador Cai Weiming praised the Solomon Islands for its “independent choice”."
F6 = "Australia pledged 50 million Australian dollars for a regional climate resilience facility during the summit."
F7 = "Prime Minister Anthony Albanese met Manele on the sidelines, and the two leaders agreed to expand police cooperation."
F8 = "Canberra also handed over 40 patrol vehicles to the Royal Solomon Islands Police Force on Tuesday."

ARTICLES.append({
    "id": "hm49-en-02", "lang": "en", "url": None, "published": "2025-09-09",
    "title": "Pacific leaders meet in Honiara without US, China and Taiwan",
    "text": paragraphs([F1, F2], [F3, F4, F5], [F6, F7, F8]),
    "events": [
        event("CONSULT", PIF, None, F1, mode="multilateral", date="2025-09-08", location="Honiara", location_country="SLB"),
        event("SANCTION", SLB, US_E, F1, mode="expel"),
        event("SANCTION", SLB, CHN_P, F1, mode="expel"),
        event("SANCTION", SLB, TWN, F1, mode="expel"),
        event("ACCUSE", MOFA_TWN, CHN_P, F3, mode="allege"),
        event("ACCUSE", PETERS, SLB, F4, mode="disapprove"),
        event("REQUEST", PETERS, PIF, F4, mode="change"),
        event("SUPPORT", CAI, SLB, F5),
        event("AGREE", AUS, PIF, F6),
        event("CONSULT", ALBANESE, MANELE, F7, mode="visit", location="Honiara", location_country="SLB"),
        event("AGREE", ALBANESE, MANELE, F7),
        event("AID", AUS, RSIPF, F8, date="2025-09-09"),
    ],
    "quotes": [
        quote("talk among ourselves", "Jeremiah Manele", "direct"),
        quote("the decision was meant to let members “talk among ourselves” without outside pressure", "Jeremiah Manele", "indirect"),
        quote("not the Pacific way", "Winston Peters", "direct"),
        quote("the exclusion was “not the Pacific way”", "Winston Peters", "indirect"),
        quote("independent choice", "Cai Weiming", "direct"),
    ],
    "entities": [
        entity("Pacific Islands Forum", "ORG", "IGO", ["Pacific Islands Forum", "the forum"]),
        entity("Honiara", "LOC", "SLB", ["Honiara"]),
        entity("United States", "GPE", "USA", ["the United States"]),
        entity("China", "GPE", "CHN", ["China", "Beijing"]),
        entity("Taiwan", "GPE", "TWN", ["Taiwan", "Taipei"]),
        entity("Solomon Islands", "GPE", "SLB", ["host Solomon Islands", "the Solomon Islands", "Honiara", "its"]),
        entity("Jeremiah Manele", "PER", "SLB", ["Prime Minister Jeremiah Manele", "Manele"]),
        entity("Foreign Ministry of Taiwan", "ORG", "TWN", ["Taiwan's foreign ministry"]),
        entity("Winston Peters", "PER", "NZL", ["New Zealand's Foreign Minister Winston Peters"]),
        entity("New Zealand", "GPE", "NZL", ["New Zealand"]),
        entity("Cai Weiming", "PER", "CHN", ["Chinese ambassador Cai Weiming"]),
        entity("Australia", "GPE", "AUS", ["Australia", "Canberra"]),
        entity("Anthony Albanese", "PER", "AUS", ["Prime Minister Anthony Albanese"]),
        entity("Royal Solomon Islands Police Force", "ORG", "SLB", ["the Royal Solomon Islands Police Force"]),
    ],
})
