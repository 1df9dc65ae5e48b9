"""Round 137: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm137-de-01: Sri Lanka's navy fires on Indian fishermen off Delft Island; New Delhi summons the Sri Lankan envoy (2025-01-28).
- hm137-de-02: Putin is received in Ulaanbaatar despite the ICC arrest warrant; Ukraine and the EU criticise Mongolia (2024-09-03).
- hm137-de-03: A Ho Chi Minh City court sentences property tycoon Truong My Lan to death in the SCB fraud case (2024-04-11).
- hm137-de-04: Deadly protests against the Waqf law in Murshidabad, West Bengal; court orders central forces, Banerjee and the BJP trade blame (2025-04-13).
- hm137-en-01: Russia vetoes the renewal of the UN panel of experts monitoring North Korea sanctions (2024-03-28).
- hm137-en-02: Australia, New Zealand and France fly aid to Vanuatu after the Port Vila earthquake (2024-12-18).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm137-de-01
SL_NAVY = actor("Sri Lanka Navy", "LKA", "MIL")
IND_FISHERMEN = actor("Indian fishermen", "IND", "CVL")
IND_MEA = actor("Ministry of External Affairs of India", "IND", "GOV")
LKA_ENVOY = actor("Acting High Commissioner of Sri Lanka to India", "LKA", "GOV")
LKA_GOV = actor("Government of Sri Lanka", "LKA", "GOV")
IND_HC = actor("High Commission of India in Colombo", "IND", "GOV")
LKA_MFA = actor("Ministry of Foreign Affairs of Sri Lanka", "LKA", "GOV")
STALIN = actor("M. K. Stalin", "IND", "GOV")
JAISHANKAR = actor("S. Jaishankar", "IND", "GOV")

A1 = "Die srilankische Marine hat bei der Festnahme indischer Fischer in der Palk-Straße das Feuer eröffnet und mindestens zwei Männer schwer verletzt."
A2 = "Der Vorfall ereignete sich nach Angaben der Behörden in der Nacht zum Dienstag vor der Insel Delft im Norden Sri Lankas."
A3 = "Insgesamt 13 Fischer aus dem südindischen Bundesstaat Tamil Nadu wurden festgenommen und mit ihrem Boot in den Hafen von Kankesanthurai gebracht."
A4 = "Die beiden Schwerverletzten werden in einem Krankenhaus in Jaffna behandelt."
A5 = "Ein Sprecher der Marine sagte, die Fischer hätten sich der Kontrolle widersetzt und versucht, einem Matrosen das Gewehr zu entreißen; dabei habe sich ein Schuss gelöst."
A6 = "Das Außenministerium in Neu-Delhi bestellte noch am Dienstag den amtierenden Hochkommissar Sri Lankas ein und legte scharfen Protest ein."
A7 = "„Die Anwendung von Gewalt ist unter keinen Umständen akzeptabel“, hieß es in einer Erklärung des Ministeriums."
A8 = "Die Regierung in Colombo müsse die Fischer umgehend freilassen und den Vorfall aufklären, forderte ein Sprecher."
A9 = "Auch die indische Hochkommission in Colombo protestierte beim srilankischen Außenministerium gegen den Einsatz von Schusswaffen."
A10 = "Tamil Nadus Regierungschef M. K. Stalin verurteilte den Angriff und forderte Außenminister Subrahmanyam Jaishankar in einem Brief auf, sich für die Rückkehr der Männer einzusetzen."
A11 = "Der Streit um die Fischgründe zwischen beiden Ländern schwelt seit Jahren; Sri Lanka wirft indischen Trawlern vor, illegal in seinen Gewässern zu fischen."
A12 = "Im vergangenen Jahr hatte die Marine nach eigenen Angaben mehr als 500 indische Fischer festgenommen."

DE01 = {
    "id": "hm137-de-01", "lang": "de", "url": None, "published": "2025-01-28",
    "title": "Srilankische Marine schießt auf indische Fischer",
    "text": paragraphs([A1, A2, A3, A4, A5], [A6, A7, A8, A9], [A10, A11, A12]),
    "events": [
        event("ASSAULT", SL_NAVY, IND_FISHERMEN, A1, mode="firearms", date="2025-01-28", location="Delft Island", location_country="LKA"),
        event("COERCE", SL_NAVY, IND_FISHERMEN, A1, mode="arrest", date="2025-01-28", location="Delft Island", location_country="LKA"),
        event("COERCE", SL_NAVY, IND_FISHERMEN, A3, mode="arrest", date="2025-01-28", location="Delft Island", location_country="LKA"),
        event("ACCUSE", SL_NAVY, IND_FISHERMEN, A5, mode="allege"),
        event("ACCUSE", IND_MEA, LKA_ENVOY, A6, mode="disapprove", date="2025-01-28", location="New Delhi", location_country="IND"),
        event("ACCUSE", IND_MEA, LKA_GOV, A7, mode="disapprove"),
        event("REQUEST", IND_MEA, LKA_GOV, A8, mode="yield"),
        event("ACCUSE", IND_HC, LKA_MFA, A9, mode="disapprove", location="Colombo", location_country="LKA"),
        event("ACCUSE", STALIN, SL_NAVY, A10, mode="disapprove"),
        event("REQUEST", STALIN, JAISHANKAR, A10, mode="assist"),
        event("ACCUSE", LKA_GOV, IND_FISHERMEN, A11, mode="allege"),
        event("COERCE", SL_NAVY, IND_FISHERMEN, A12, mode="arrest"),
    ],
    "quotes": [
        quote("Der Vorfall ereignete sich nach Angaben der Behörden in der Nacht zum Dienstag vor der Insel Delft im Norden Sri Lankas", "Sri Lankan authorities", "indirect"),
        quote("die Fischer hätten sich der Kontrolle widersetzt und versucht, einem Matrosen das Gewehr zu entreißen; dabei habe sich ein Schuss gelöst", "Sri Lanka Navy spokesman", "indirect"),
        quote("Die Anwendung von Gewalt ist unter keinen Umständen akzeptabel", "Ministry of External Affairs of India", "direct"),
        quote("Die Regierung in Colombo müsse die Fischer umgehend freilassen und den Vorfall aufklären", "Ministry of External Affairs of India spokesman", "indirect"),
        quote("illegal in seinen Gewässern zu fischen", "Sri Lanka", "indirect"),
        quote("Im vergangenen Jahr hatte die Marine nach eigenen Angaben mehr als 500 indische Fischer festgenommen", "Sri Lanka Navy", "indirect"),
    ],
    "entities": [
        entity("Sri Lanka Navy", "ORG", "LKA", ["Die srilankische Marine", "der Marine", "die Marine"]),
        entity("Indian fishermen", "ORG", "IND", ["indischer Fischer", "Insgesamt 13 Fischer aus dem südindischen Bundesstaat Tamil Nadu", "die Fischer", "der Männer"]),
        entity("injured Indian fishermen", "PER", "IND", ["mindestens zwei Männer", "Die beiden Schwerverletzten"]),
        entity("Palk Strait", "LOC", None, ["der Palk-Straße"]),
        entity("Sri Lankan authorities", "ORG", "LKA", ["der Behörden"]),
        entity("Delft Island", "LOC", "LKA", ["der Insel Delft"]),
        entity("Sri Lanka", "GPE", "LKA", ["Sri Lankas", "Sri Lanka"]),
        entity("Tamil Nadu", "GPE", "IND", ["dem südindischen Bundesstaat Tamil Nadu", "Tamil Nadus"]),
        entity("Kankesanthurai harbour", "LOC", "LKA", ["den Hafen von Kankesanthurai"]),
        entity("Jaffna hospital", "LOC", "LKA", ["einem Krankenhaus in Jaffna"]),
        entity("Jaffna", "LOC", "LKA", ["Jaffna"]),
        entity("Sri Lanka Navy spokesman", "PER", "LKA", ["Ein Sprecher der Marine"]),
        entity("Sri Lankan sailor", "PER", "LKA", ["einem Matrosen"]),
        entity("Ministry of External Affairs of India", "ORG", "IND", ["Das Außenministerium in Neu-Delhi", "des Ministeriums"]),
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("Acting High Commissioner of Sri Lanka to India", "PER", "LKA", ["den amtierenden Hochkommissar Sri Lankas"]),
        entity("Government of Sri Lanka", "ORG", "LKA", ["Die Regierung in Colombo"]),
        entity("Colombo", "LOC", "LKA", ["Colombo"]),
        entity("Ministry of External Affairs of India spokesman", "PER", "IND", ["ein Sprecher"]),
        entity("High Commission of India in Colombo", "ORG", "IND", ["die indische Hochkommission in Colombo"]),
        entity("Ministry of Foreign Affairs of Sri Lanka", "ORG", "LKA", ["srilankischen Außenministerium"]),
        entity("M. K. Stalin", "PER", "IND", ["Tamil Nadus Regierungschef M. K. Stalin"]),
        entity("S. Jaishankar", "PER", "IND", ["Außenminister Subrahmanyam Jaishankar"]),
        entity("Palk Bay fishing grounds", "LOC", None, ["die Fischgründe"]),
        entity("India and Sri Lanka", "GPE", None, ["beiden Ländern"]),
        entity("Indian trawlers", "ORG", "IND", ["indischen Trawlern"]),
        entity("Sri Lankan waters", "LOC", "LKA", ["seinen Gewässern"]),
        entity("Indian fishermen arrested in 2024", "ORG", "IND", ["mehr als 500 indische Fischer"]),
    ],
}

# ---------------------------------------------------------------- hm137-de-02
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
MNG_GOV = actor("Government of Mongolia", "MNG", "GOV")
KHURELSUKH = actor("Ukhnaagiin Khurelsukh", "MNG", "GOV")
ICC = actor("International Criminal Court", "IGO", "JUD")
RUS = actor("Russia", "RUS", "GOV")
UKR = actor("Ukraine", "UKR", "GOV")
UKR_MFA = actor("Ministry of Foreign Affairs of Ukraine", "UKR", "GOV")
EU = actor("European Union", "EUR", "IGO")
MNG_PROTESTERS = actor("Mongolian protesters", "MNG", "CVL")
MNG_POLICE = actor("Mongolian police", "MNG", "COP")

B1 = "Ungeachtet eines Haftbefehls des Internationalen Strafgerichtshofs (IStGH) ist Kremlchef Wladimir Putin am Dienstag in der mongolischen Hauptstadt Ulan-Bator mit militärischen Ehren empfangen worden."
B2 = "Präsident Uchnaagiin Chürelsüch begrüßte seinen Gast auf dem Süchbaatar-Platz vor dem Regierungspalast, anschließend führten beide Delegationen Gespräche."
B3 = "Die Mongolei ist Vertragsstaat des Römischen Statuts und wäre damit verpflichtet gewesen, Putin festzunehmen; die Behörden machten jedoch keine Anstalten, den Haftbefehl zu vollstrecken."
B4 = "Der IStGH wirft Putin die Verschleppung ukrainischer Kinder aus den besetzten Gebieten nach Russland vor."
B5 = "Beide Seiten unterzeichneten Abkommen über Treibstofflieferungen und die Modernisierung eines Heizkraftwerks in Ulan-Bator."
B6 = "Putin lud Chürelsüch zudem zu einem Besuch nach Russland ein."
B7 = "Am Rande der Zeremonie entrollten einige Demonstranten eine ukrainische Flagge und riefen „Putin ist ein Kriegsverbrecher“, ehe Polizisten sie festnahmen."
B8 = "Die Ukraine verurteilte den Empfang scharf."
B9 = "Die Regierung in Ulan-Bator habe zugelassen, dass sich ein Angeklagter der Justiz entziehe, und trage damit Mitverantwortung für Kriegsverbrechen, erklärte das Außenministerium in Kiew."
B10 = "Man werde mit den Partnern dafür sorgen, dass der Schritt Konsequenzen für die Mongolei habe, hieß es weiter."
B11 = "Die EU bedauerte, dass die Mongolei ihrer Verpflichtung als Vertragsstaat nicht nachgekommen sei."
B12 = "Kremlsprecher Dmitri Peskow hatte bereits vor der Reise erklärt, man habe „keine Sorgen“ wegen des Haftbefehls."

DE02 = {
    "id": "hm137-de-02", "lang": "de", "url": None, "published": "2024-09-03",
    "title": "Putin in der Mongolei – Haftbefehl bleibt unvollstreckt",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7], [B8, B9, B10, B11, B12]),
    "events": [
        event("CONSULT", PUTIN, MNG_GOV, B1, mode="visit", date="2024-09-03", location="Ulaanbaatar", location_country="MNG"),
        event("CONSULT", PUTIN, KHURELSUKH, B2, mode="visit", date="2024-09-03", location="Ulaanbaatar", location_country="MNG"),
        event("COERCE", MNG_GOV, PUTIN, B3, mode="arrest", date="2024-09-03", location="Ulaanbaatar", location_country="MNG", negated=True),
        event("ACCUSE", ICC, PUTIN, B4, mode="allege"),
        event("SUPPORT", RUS, MNG_GOV, B5, date="2024-09-03", location="Ulaanbaatar", location_country="MNG"),
        event("AGREE", PUTIN, KHURELSUKH, B6),
        event("PROTEST", MNG_PROTESTERS, PUTIN, B7, mode="demo", date="2024-09-03", location="Ulaanbaatar", location_country="MNG"),
        event("COERCE", MNG_POLICE, MNG_PROTESTERS, B7, mode="arrest", date="2024-09-03", location="Ulaanbaatar", location_country="MNG"),
        event("ACCUSE", UKR, MNG_GOV, B8, mode="disapprove"),
        event("ACCUSE", UKR_MFA, MNG_GOV, B9, mode="allege"),
        event("THREATEN", UKR_MFA, MNG_GOV, B10),
        event("ACCUSE", EU, MNG_GOV, B11, mode="disapprove"),
    ],
    "quotes": [
        quote("Putin ist ein Kriegsverbrecher", "Mongolian protesters", "direct"),
        quote("Die Regierung in Ulan-Bator habe zugelassen, dass sich ein Angeklagter der Justiz entziehe, und trage damit Mitverantwortung für Kriegsverbrechen", "Ministry of Foreign Affairs of Ukraine", "indirect"),
        quote("Man werde mit den Partnern dafür sorgen, dass der Schritt Konsequenzen für die Mongolei habe", "Ministry of Foreign Affairs of Ukraine", "indirect"),
        quote("dass die Mongolei ihrer Verpflichtung als Vertragsstaat nicht nachgekommen sei", "European Union", "indirect"),
        quote("keine Sorgen", "Dmitry Peskov", "direct"),
        quote("man habe „keine Sorgen“ wegen des Haftbefehls", "Dmitry Peskov", "indirect"),
    ],
    "entities": [
        entity("International Criminal Court", "ORG", "IGO", ["Internationalen Strafgerichtshofs", "IStGH"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin", "seinen Gast", "Putin", "ein Angeklagter"]),
        entity("Ulaanbaatar", "LOC", "MNG", ["der mongolischen Hauptstadt Ulan-Bator", "Ulan-Bator"]),
        entity("Ukhnaagiin Khurelsukh", "PER", "MNG", ["Präsident Uchnaagiin Chürelsüch", "Chürelsüch"]),
        entity("Sukhbaatar Square", "LOC", "MNG", ["dem Süchbaatar-Platz"]),
        entity("Government Palace", "LOC", "MNG", ["dem Regierungspalast"]),
        entity("Russian and Mongolian delegations", "ORG", None, ["beide Delegationen", "Beide Seiten"]),
        entity("Mongolia", "GPE", "MNG", ["Die Mongolei", "die Mongolei"]),
        entity("Government of Mongolia", "ORG", "MNG", ["die Behörden", "Die Regierung in Ulan-Bator"]),
        entity("Ukrainian children", "ORG", "UKR", ["ukrainischer Kinder"]),
        entity("occupied territories of Ukraine", "LOC", "UKR", ["den besetzten Gebieten"]),
        entity("Russia", "GPE", "RUS", ["Russland"]),
        entity("Ulaanbaatar heating plant", "LOC", "MNG", ["eines Heizkraftwerks in Ulan-Bator"]),
        entity("Mongolian protesters", "ORG", "MNG", ["einige Demonstranten", "sie"]),
        entity("Mongolian police", "ORG", "MNG", ["Polizisten"]),
        entity("Ukraine", "GPE", "UKR", ["Die Ukraine"]),
        entity("Ministry of Foreign Affairs of Ukraine", "ORG", "UKR", ["das Außenministerium in Kiew"]),
        entity("Kyiv", "LOC", "UKR", ["Kiew"]),
        entity("Ukraine's partners", "ORG", None, ["den Partnern"]),
        entity("European Union", "ORG", "EUR", ["Die EU"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
    ],
}

# ---------------------------------------------------------------- hm137-de-03
LAN = actor("Truong My Lan", "VNM", "BUS")
HCMC_COURT = actor("People's Court of Ho Chi Minh City", "VNM", "JUD")
NHAN = actor("Do Thi Nhan", "VNM", "GOV")
CHU = actor("Eric Chu Nap-kee", "CHN", "BUS")
VNM_POLICE = actor("Vietnamese police", "VNM", "COP")
BONDHOLDERS = actor("SCB bondholders", "VNM", "CVL")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
VNM_GOV = actor("Government of Vietnam", "VNM", "GOV")

C1 = "Ein Gericht in Ho-Chi-Minh-Stadt hat die vietnamesische Immobilienunternehmerin Truong My Lan im größten Betrugsprozess in der Geschichte des Landes zum Tode verurteilt."
C2 = "Die Richter sahen es am Donnerstag als erwiesen an, dass die 67-Jährige über elf Jahre hinweg umgerechnet rund 12,5 Milliarden US-Dollar aus der Saigon Commercial Bank (SCB) abgezweigt hatte."
C3 = "Zudem verpflichtete das Gericht sie, rund 27 Milliarden Dollar an Schadenersatz zu zahlen."
C4 = "Gemeinsam mit Lan standen 85 weitere Angeklagte vor Gericht, darunter frühere Beamte der Zentralbank und Manager der SCB."
C5 = "Eine ehemalige Abteilungsleiterin der Staatsbank, Do Thi Nhan, erhielt lebenslange Haft, weil sie Bestechungsgelder in Höhe von 5,2 Millionen Dollar angenommen hatte."
C6 = "Lans Ehemann, der Hongkonger Geschäftsmann Eric Chu Nap-kee, wurde zu neun Jahren Gefängnis verurteilt."
C7 = "Lan war im Oktober 2022 festgenommen worden."
C8 = "Ihr Anwalt kündigte an, seine Mandantin werde Berufung einlegen."
C9 = "Vor dem Gerichtsgebäude demonstrierten am Morgen Dutzende Anleihegläubiger, die bei dem Betrug ihr Erspartes verloren haben, und forderten ihr Geld zurück."
C10 = "„Wir wollen nur zurück, was uns gehört“, sagte eine Rentnerin."
C11 = "Der Prozess gilt als Höhepunkt der Antikorruptionskampagne von KP-Chef Nguyen Phu Trong, die dieser selbst als „lodernden Ofen“ bezeichnet."
C12 = "Amnesty International kritisierte das Todesurteil als „grausam und unmenschlich“ und forderte Vietnam auf, die Todesstrafe abzuschaffen."

DE03 = {
    "id": "hm137-de-03", "lang": "de", "url": None, "published": "2024-04-11",
    "title": "Todesurteil gegen vietnamesische Immobilienmagnatin",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6, C7, C8], [C9, C10, C11, C12]),
    "events": [
        event("SANCTION", HCMC_COURT, LAN, C1, mode="convict", date="2024-04-11", location="Ho Chi Minh City", location_country="VNM"),
        event("SANCTION", HCMC_COURT, LAN, C2, mode="convict", date="2024-04-11", location="Ho Chi Minh City", location_country="VNM"),
        event("SANCTION", HCMC_COURT, LAN, C3, mode="convict", date="2024-04-11", location="Ho Chi Minh City", location_country="VNM"),
        event("SANCTION", HCMC_COURT, NHAN, C5, mode="convict", date="2024-04-11", location="Ho Chi Minh City", location_country="VNM"),
        event("COERCE", HCMC_COURT, NHAN, C5, mode="arrest", date="2024-04-11", location="Ho Chi Minh City", location_country="VNM"),
        event("SANCTION", HCMC_COURT, CHU, C6, mode="convict", date="2024-04-11", location="Ho Chi Minh City", location_country="VNM"),
        event("COERCE", HCMC_COURT, CHU, C6, mode="arrest", date="2024-04-11", location="Ho Chi Minh City", location_country="VNM"),
        event("COERCE", VNM_POLICE, LAN, C7, mode="arrest"),
        event("PROTEST", BONDHOLDERS, LAN, C9, mode="demo", date="2024-04-11", location="Ho Chi Minh City", location_country="VNM"),
        event("ACCUSE", AMNESTY, HCMC_COURT, C12, mode="disapprove"),
        event("REQUEST", AMNESTY, VNM_GOV, C12, mode="change"),
    ],
    "quotes": [
        quote("dass die 67-Jährige über elf Jahre hinweg umgerechnet rund 12,5 Milliarden US-Dollar aus der Saigon Commercial Bank (SCB) abgezweigt hatte", "People's Court of Ho Chi Minh City", "indirect"),
        quote("seine Mandantin werde Berufung einlegen", "lawyer of Truong My Lan", "indirect"),
        quote("Wir wollen nur zurück, was uns gehört", "SCB bondholder", "direct"),
        quote("lodernden Ofen", "Nguyen Phu Trong", "direct"),
        quote("grausam und unmenschlich", "Amnesty International", "direct"),
    ],
    "entities": [
        entity("People's Court of Ho Chi Minh City", "ORG", "VNM", ["Ein Gericht in Ho-Chi-Minh-Stadt", "Die Richter", "das Gericht"]),
        entity("Ho Chi Minh City", "LOC", "VNM", ["Ho-Chi-Minh-Stadt"]),
        entity("Truong My Lan", "PER", "VNM", ["die vietnamesische Immobilienunternehmerin Truong My Lan", "die 67-Jährige", "sie", "Lan", "Lans", "seine Mandantin"]),
        entity("Vietnam", "GPE", "VNM", ["des Landes", "Vietnam"]),
        entity("Saigon Commercial Bank", "ORG", "VNM", ["der Saigon Commercial Bank (SCB)", "der SCB"]),
        entity("co-defendants", "ORG", "VNM", ["85 weitere Angeklagte"]),
        entity("former central bank officials", "ORG", "VNM", ["frühere Beamte der Zentralbank"]),
        entity("SCB managers", "ORG", "VNM", ["Manager der SCB"]),
        entity("State Bank of Vietnam", "ORG", "VNM", ["der Zentralbank", "der Staatsbank"]),
        entity("Do Thi Nhan", "PER", "VNM", ["Eine ehemalige Abteilungsleiterin der Staatsbank, Do Thi Nhan"]),
        entity("Eric Chu Nap-kee", "PER", "CHN", ["Lans Ehemann, der Hongkonger Geschäftsmann Eric Chu Nap-kee"]),
        entity("lawyer of Truong My Lan", "PER", "VNM", ["Ihr Anwalt"]),
        entity("Ho Chi Minh City courthouse", "LOC", "VNM", ["dem Gerichtsgebäude"]),
        entity("SCB bondholders", "ORG", "VNM", ["Dutzende Anleihegläubiger"]),
        entity("SCB bondholder", "PER", "VNM", ["eine Rentnerin"]),
        entity("Nguyen Phu Trong", "PER", "VNM", ["KP-Chef Nguyen Phu Trong", "dieser"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
    ],
}

# ---------------------------------------------------------------- hm137-de-04
WAQF_PROTESTERS = actor("Waqf law protesters", "IND", "CVL")
IND_GOV = actor("Government of India", "IND", "GOV")
WB_POLICE = actor("West Bengal Police", "IND", "COP")
MOB = actor("Samserganj mob", "IND", "CVL")
SAMSERGANJ_RESIDENTS = actor("Samserganj residents", "IND", "CVL")
CAL_HC = actor("Calcutta High Court", "IND", "JUD")
BSF = actor("Border Security Force", "IND", "MIL")
WB_GOV = actor("Government of West Bengal", "IND", "GOV")
BANERJEE = actor("Mamata Banerjee", "IND", "GOV")
ADHIKARI = actor("Suvendu Adhikari", "IND", "OPP")
MUSLIM_ORGS = actor("Indian Muslim organisations", "IND", "NGO")

D1 = "Bei gewaltsamen Protesten gegen das neue Waqf-Gesetz sind im ostindischen Bundesstaat Westbengalen mindestens drei Menschen ums Leben gekommen."
D2 = "Im Bezirk Murshidabad setzten Demonstranten am Freitag Fahrzeuge und Geschäfte in Brand, blockierten Straßen und Bahngleise und bewarfen Polizisten mit Steinen."
D3 = "Am Samstag drang eine aufgebrachte Menge in Samserganj in ein Haus ein und erstach einen Mann und seinen Sohn."
D4 = "Ein dritter Mann starb nach Angaben der Behörden in Suti an Schussverletzungen, nachdem die Polizei das Feuer auf Demonstranten eröffnet hatte."
D5 = "Das Obergericht in Kalkutta ordnete am Samstag die Entsendung von Bundeskräften in den Bezirk an."
D6 = "Inzwischen patrouillieren Einheiten der Grenzschutztruppe BSF in den betroffenen Orten, das mobile Internet wurde abgeschaltet."
D7 = "Nach Polizeiangaben wurden mehr als 150 Menschen festgenommen."
D8 = "Westbengalens Regierungschefin Mamata Banerjee rief zur Ruhe auf und versicherte, das Gesetz werde in ihrem Bundesstaat nicht angewandt."
D9 = "„Wir haben dieses Gesetz nicht gemacht“, sagte sie an die Protestierenden gerichtet."
D10 = "Der Oppositionsführer im Landesparlament, Suvendu Adhikari von der hindunationalistischen BJP, warf ihrer Regierung vor, die Gewalt geduldet zu haben."
D11 = "„Die Hindus in Murshidabad leben in Angst“, schrieb er auf der Plattform X und verlangte, die Bundesregierung müsse die Armee schicken."
D12 = "Das Parlament in Neu-Delhi hatte das von der Regierung von Premierminister Narendra Modi eingebrachte Gesetz Anfang April verabschiedet; muslimische Verbände kritisieren es als Angriff auf ihre religiösen Stiftungen."

DE04 = {
    "id": "hm137-de-04", "lang": "de", "url": None, "published": "2025-04-13",
    "title": "Tote bei Protesten gegen Waqf-Gesetz in Westbengalen",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7], [D8, D9, D10, D11, D12]),
    "events": [
        event("PROTEST", WAQF_PROTESTERS, IND_GOV, D1, mode="riot", location="West Bengal", location_country="IND"),
        event("PROTEST", WAQF_PROTESTERS, IND_GOV, D2, mode="riot", date="2025-04-11", location="Murshidabad", location_country="IND"),
        event("ASSAULT", WAQF_PROTESTERS, WB_POLICE, D2, mode="primitive", date="2025-04-11", location="Murshidabad", location_country="IND"),
        event("ASSAULT", MOB, SAMSERGANJ_RESIDENTS, D3, mode="primitive", date="2025-04-12", location="Samserganj", location_country="IND"),
        event("ASSAULT", WB_POLICE, WAQF_PROTESTERS, D4, mode="firearms", location="Suti", location_country="IND"),
        event("REQUEST", CAL_HC, IND_GOV, D5, mode="assist", date="2025-04-12", location="Kolkata", location_country="IND"),
        event("MOBILIZE", BSF, None, D6, mode="troops", location="Murshidabad", location_country="IND"),
        event("COERCE", WB_GOV, None, D6, mode="withhold", location="Murshidabad", location_country="IND"),
        event("COERCE", WB_POLICE, WAQF_PROTESTERS, D7, mode="arrest", location="Murshidabad", location_country="IND"),
        event("REQUEST", BANERJEE, WAQF_PROTESTERS, D8, mode="yield"),
        event("REJECT", BANERJEE, IND_GOV, D8, mode="change"),
        event("ACCUSE", ADHIKARI, WB_GOV, D10, mode="allege"),
        event("REQUEST", ADHIKARI, IND_GOV, D11, mode="assist"),
        event("ACCUSE", MUSLIM_ORGS, IND_GOV, D12, mode="disapprove"),
    ],
    "quotes": [
        quote("Ein dritter Mann starb nach Angaben der Behörden in Suti an Schussverletzungen, nachdem die Polizei das Feuer auf Demonstranten eröffnet hatte", "West Bengal authorities", "indirect"),
        quote("Nach Polizeiangaben wurden mehr als 150 Menschen festgenommen", "West Bengal Police", "indirect"),
        quote("das Gesetz werde in ihrem Bundesstaat nicht angewandt", "Mamata Banerjee", "indirect"),
        quote("Wir haben dieses Gesetz nicht gemacht", "Mamata Banerjee", "direct"),
        quote("die Gewalt geduldet zu haben", "Suvendu Adhikari", "indirect"),
        quote("Die Hindus in Murshidabad leben in Angst", "Suvendu Adhikari", "direct"),
        quote("die Bundesregierung müsse die Armee schicken", "Suvendu Adhikari", "indirect"),
    ],
    "entities": [
        entity("West Bengal", "GPE", "IND", ["ostindischen Bundesstaat Westbengalen", "Westbengalens", "ihrem Bundesstaat"]),
        entity("protest victims", "PER", "IND", ["mindestens drei Menschen"]),
        entity("Murshidabad district", "LOC", "IND", ["Im Bezirk Murshidabad", "den Bezirk", "Murshidabad"]),
        entity("Waqf law protesters", "ORG", "IND", ["Demonstranten", "die Protestierenden"]),
        entity("West Bengal Police", "ORG", "IND", ["Polizisten", "die Polizei"]),
        entity("Samserganj mob", "ORG", "IND", ["eine aufgebrachte Menge"]),
        entity("Samserganj", "LOC", "IND", ["Samserganj"]),
        entity("Samserganj residents", "PER", "IND", ["einen Mann und seinen Sohn"]),
        entity("Suti victim", "PER", "IND", ["Ein dritter Mann"]),
        entity("West Bengal authorities", "ORG", "IND", ["der Behörden"]),
        entity("Suti", "LOC", "IND", ["Suti"]),
        entity("Calcutta High Court", "ORG", "IND", ["Das Obergericht in Kalkutta"]),
        entity("Kolkata", "LOC", "IND", ["Kalkutta"]),
        entity("Central Armed Police Forces", "ORG", "IND", ["Bundeskräften"]),
        entity("Border Security Force", "ORG", "IND", ["Einheiten der Grenzschutztruppe BSF"]),
        entity("affected localities", "LOC", "IND", ["den betroffenen Orten"]),
        entity("arrested people", "PER", "IND", ["mehr als 150 Menschen"]),
        entity("Mamata Banerjee", "PER", "IND", ["Westbengalens Regierungschefin Mamata Banerjee", "sie"]),
        entity("Government of West Bengal", "ORG", "IND", ["ihrer Regierung"]),
        entity("Suvendu Adhikari", "PER", "IND", ["Der Oppositionsführer im Landesparlament, Suvendu Adhikari", "er"]),
        entity("West Bengal Legislative Assembly", "ORG", "IND", ["Landesparlament"]),
        entity("Bharatiya Janata Party", "ORG", "IND", ["der hindunationalistischen BJP"]),
        entity("Hindus in Murshidabad", "ORG", "IND", ["Die Hindus in Murshidabad"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Government of India", "ORG", "IND", ["die Bundesregierung", "der Regierung von Premierminister Narendra Modi"]),
        entity("Indian Army", "ORG", "IND", ["die Armee"]),
        entity("Parliament of India", "ORG", "IND", ["Das Parlament in Neu-Delhi"]),
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("Narendra Modi", "PER", "IND", ["Premierminister Narendra Modi"]),
        entity("Indian Muslim organisations", "ORG", "IND", ["muslimische Verbände"]),
    ],
}

# ---------------------------------------------------------------- hm137-en-01
RUSSIA = actor("Russia", "RUS", "GOV")
UNSC = actor("United Nations Security Council", "UNO", "IGO")
USA = actor("United States", "USA", "GOV")
NEBENZIA = actor("Vassily Nebenzia", "RUS", "GOV")
THOMAS_GREENFIELD = actor("Linda Thomas-Greenfield", "USA", "GOV")
HWANG = actor("Hwang Joon-kook", "KOR", "GOV")
JPN_MFA = actor("Ministry of Foreign Affairs of Japan", "JPN", "GOV")
ZHANG_JUN = actor("Zhang Jun", "CHN", "GOV")
PRK = actor("North Korea", "PRK", "GOV")
UN_PANEL = actor("UN Panel of Experts on North Korea", "UNO", "IGO")

E1 = "Russia on Thursday vetoed the annual renewal of a United Nations panel of experts that has monitored the enforcement of sanctions against North Korea for 15 years, ending independent scrutiny of Pyongyang's compliance."
E2 = "Thirteen of the Security Council's 15 members voted in favor of the U.S.-drafted resolution, while China abstained."
E3 = "The panel's current mandate expires on April 30."
E4 = "Moscow had demanded that any renewal be tied to a sunset clause for all U.N. sanctions on North Korea, a proposal the United States rejected."
E5 = "Russian Ambassador Vassily Nebenzia told the council that Washington and its allies were trying to \"strangle\" North Korea and that the sanctions had lost touch with reality."
E6 = "U.S. Ambassador Linda Thomas-Greenfield accused Moscow of trying to \"bury\" the panel's reporting on North Korean arms deliveries to Russia for its war in Ukraine."
E7 = "\"This is not about the panel's methods. It is about Russia wanting to buy North Korean weapons without anyone watching,\" she told reporters after the vote."
E8 = "South Korean Ambassador Hwang Joon-kook compared the veto to \"a criminal smashing a security camera so as not to be caught in the act.\""
E9 = "Japan's Foreign Ministry called the veto \"deeply regrettable\" and urged Russia to comply with existing Security Council resolutions."
E10 = "China's Ambassador Zhang Jun said Beijing had abstained because sanctions alone could not solve the problem, and he called on Washington to halt military drills with Seoul that he said were fueling tensions on the Korean peninsula."
E11 = "North Korea has been under U.N. sanctions since its first nuclear test in 2006."
E12 = "In its latest report, the panel said it was investigating 58 suspected North Korean cyberattacks on cryptocurrency companies worth some $3 billion."

EN01 = {
    "id": "hm137-en-01", "lang": "en", "url": None, "published": "2024-03-28",
    "title": "Russia vetoes renewal of U.N. panel monitoring North Korea sanctions",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8, E9], [E10, E11, E12]),
    "events": [
        event("REJECT", RUSSIA, UNSC, E1, date="2024-03-28", location="New York", location_country="USA"),
        event("REQUEST", RUSSIA, UNSC, E4, mode="change"),
        event("REJECT", USA, RUSSIA, E4, mode="change"),
        event("ACCUSE", NEBENZIA, USA, E5, mode="allege", date="2024-03-28", location="New York", location_country="USA"),
        event("ACCUSE", THOMAS_GREENFIELD, RUSSIA, E6, mode="allege", date="2024-03-28", location="New York", location_country="USA"),
        event("ACCUSE", THOMAS_GREENFIELD, RUSSIA, E7, mode="allege", date="2024-03-28", location="New York", location_country="USA"),
        event("ACCUSE", HWANG, RUSSIA, E8, mode="disapprove", date="2024-03-28", location="New York", location_country="USA"),
        event("ACCUSE", JPN_MFA, RUSSIA, E9, mode="disapprove"),
        event("REQUEST", JPN_MFA, RUSSIA, E9, mode="change"),
        event("REQUEST", ZHANG_JUN, USA, E10, mode="change", date="2024-03-28", location="New York", location_country="USA"),
        event("ACCUSE", ZHANG_JUN, USA, E10, mode="allege", date="2024-03-28", location="New York", location_country="USA"),
        event("SANCTION", UNSC, PRK, E11, mode="discontinue"),
        event("ACCUSE", UN_PANEL, PRK, E12, mode="investigate"),
    ],
    "quotes": [
        quote("that any renewal be tied to a sunset clause for all U.N. sanctions on North Korea", "Russia", "indirect"),
        quote("strangle", "Vassily Nebenzia", "direct"),
        quote("that Washington and its allies were trying to \"strangle\" North Korea and that the sanctions had lost touch with reality", "Vassily Nebenzia", "indirect"),
        quote("bury", "Linda Thomas-Greenfield", "direct"),
        quote("This is not about the panel's methods. It is about Russia wanting to buy North Korean weapons without anyone watching", "Linda Thomas-Greenfield", "direct"),
        quote("a criminal smashing a security camera so as not to be caught in the act", "Hwang Joon-kook", "direct"),
        quote("deeply regrettable", "Ministry of Foreign Affairs of Japan", "direct"),
        quote("Beijing had abstained because sanctions alone could not solve the problem", "Zhang Jun", "indirect"),
        quote("were fueling tensions on the Korean peninsula", "Zhang Jun", "indirect"),
        quote("it was investigating 58 suspected North Korean cyberattacks on cryptocurrency companies worth some $3 billion", "UN Panel of Experts on North Korea", "indirect"),
    ],
    "entities": [
        entity("Russia", "GPE", "RUS", ["Russia", "Moscow"]),
        entity("United Nations", "ORG", "UNO", ["United Nations", "U.N."]),
        entity("UN Panel of Experts on North Korea", "ORG", "UNO", ["a United Nations panel of experts", "The panel", "the panel"]),
        entity("North Korea", "GPE", "PRK", ["North Korea", "Pyongyang"]),
        entity("United Nations Security Council", "ORG", "UNO", ["Security Council", "the council"]),
        entity("Security Council members", "ORG", "UNO", ["Thirteen of the Security Council's 15 members"]),
        entity("United States", "GPE", "USA", ["U.S.", "the United States", "Washington"]),
        entity("China", "GPE", "CHN", ["China", "Beijing"]),
        entity("Vassily Nebenzia", "PER", "RUS", ["Russian Ambassador Vassily Nebenzia"]),
        entity("allies of the United States", "ORG", None, ["its allies"]),
        entity("Linda Thomas-Greenfield", "PER", "USA", ["U.S. Ambassador Linda Thomas-Greenfield", "she"]),
        entity("Ukraine", "GPE", "UKR", ["Ukraine"]),
        entity("reporters", "ORG", None, ["reporters"]),
        entity("Hwang Joon-kook", "PER", "KOR", ["South Korean Ambassador Hwang Joon-kook"]),
        entity("Ministry of Foreign Affairs of Japan", "ORG", "JPN", ["Japan's Foreign Ministry"]),
        entity("Zhang Jun", "PER", "CHN", ["China's Ambassador Zhang Jun", "he"]),
        entity("South Korea", "GPE", "KOR", ["Seoul"]),
        entity("Korean peninsula", "LOC", None, ["the Korean peninsula"]),
        entity("cryptocurrency companies", "ORG", None, ["cryptocurrency companies"]),
    ],
}

# ---------------------------------------------------------------- hm137-en-02
AUSTRALIA = actor("Australia", "AUS", "GOV")
NEW_ZEALAND = actor("New Zealand", "NZL", "GOV")
VUT_GOV = actor("Government of Vanuatu", "VUT", "GOV")
RAAF = actor("Royal Australian Air Force", "AUS", "MIL")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
PETERS = actor("Winston Peters", "NZL", "GOV")
FRANCE = actor("France", "FRA", "GOV")
CHINA = actor("China", "CHN", "GOV")
SALWAI = actor("Charlot Salwai", "VUT", "GOV")

F1 = "Australia and New Zealand flew search-and-rescue teams and relief supplies to Vanuatu on Wednesday, a day after a magnitude 7.3 earthquake struck near the capital Port Vila, killing at least 14 people."
F2 = "Prime Minister Charlot Salwai's government declared a seven-day state of emergency, officials said."
F3 = "Authorities appealed for international help to reach people still trapped under collapsed buildings, including a two-storey shopping center in the city."
F4 = "A building housing the U.S., British, French and New Zealand embassies was badly damaged, and the U.S. Embassy said it would remain closed until further notice."
F5 = "A Royal Australian Air Force C-17 carrying an urban search-and-rescue team of more than 60 firefighters and paramedics landed at Port Vila's Bauerfield airport on Wednesday afternoon."
F6 = "\"We will stand with Vanuatu for as long as it takes,\" Australian Prime Minister Anthony Albanese told reporters in Canberra."
F7 = "New Zealand Foreign Minister Winston Peters said a Hercules with a disaster response team had left Auckland and that Wellington would provide an initial NZ$1.5 million in humanitarian funding."
F8 = "France dispatched military transport planes with water, food and medical supplies from its Pacific territory of New Caledonia, while the United States said it stood ready to help."
F9 = "China, which has financed several government buildings in Port Vila, offered $1 million in emergency cash assistance, according to Vanuatu officials."
F10 = "Rescuers pulled at least two survivors from the rubble of the shopping center overnight, police said."
F11 = "Salwai, who faces a snap election next month after the president dissolved parliament at his request, thanked Australia, New Zealand and France for their \"quick and generous\" support."

EN02 = {
    "id": "hm137-en-02", "lang": "en", "url": None, "published": "2024-12-18",
    "title": "Australia, New Zealand fly rescue teams to quake-hit Vanuatu",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7, F8], [F9, F10, F11]),
    "events": [
        event("AID", AUSTRALIA, VUT_GOV, F1, date="2024-12-18", location="Port Vila", location_country="VUT"),
        event("AID", NEW_ZEALAND, VUT_GOV, F1, date="2024-12-18", location="Port Vila", location_country="VUT"),
        event("REQUEST", VUT_GOV, None, F3, mode="assist"),
        event("AID", RAAF, VUT_GOV, F5, date="2024-12-18", location="Port Vila", location_country="VUT"),
        event("AGREE", ALBANESE, VUT_GOV, F6),
        event("AID", NEW_ZEALAND, VUT_GOV, F7),
        event("AGREE", PETERS, VUT_GOV, F7),
        event("AID", FRANCE, VUT_GOV, F8),
        event("AGREE", USA, VUT_GOV, F8),
        event("AGREE", CHINA, VUT_GOV, F9),
        event("SUPPORT", SALWAI, AUSTRALIA, F11),
        event("SUPPORT", SALWAI, NEW_ZEALAND, F11),
        event("SUPPORT", SALWAI, FRANCE, F11),
    ],
    "quotes": [
        quote("Prime Minister Charlot Salwai's government declared a seven-day state of emergency", "Vanuatu officials", "indirect"),
        quote("it would remain closed until further notice", "U.S. Embassy in Port Vila", "indirect"),
        quote("We will stand with Vanuatu for as long as it takes", "Anthony Albanese", "direct"),
        quote("a Hercules with a disaster response team had left Auckland and that Wellington would provide an initial NZ$1.5 million in humanitarian funding", "Winston Peters", "indirect"),
        quote("it stood ready to help", "United States", "indirect"),
        quote("China, which has financed several government buildings in Port Vila, offered $1 million in emergency cash assistance", "Vanuatu officials", "indirect"),
        quote("Rescuers pulled at least two survivors from the rubble of the shopping center overnight", "Vanuatu police", "indirect"),
        quote("quick and generous", "Charlot Salwai", "direct"),
    ],
    "entities": [
        entity("Australia", "GPE", "AUS", ["Australia"]),
        entity("New Zealand", "GPE", "NZL", ["New Zealand", "Wellington"]),
        entity("search-and-rescue teams", "ORG", None, ["search-and-rescue teams"]),
        entity("Vanuatu", "GPE", "VUT", ["Vanuatu"]),
        entity("Port Vila", "LOC", "VUT", ["the capital Port Vila", "Port Vila", "the city"]),
        entity("earthquake victims", "PER", "VUT", ["at least 14 people"]),
        entity("Charlot Salwai", "PER", "VUT", ["Prime Minister Charlot Salwai", "Salwai", "his"]),
        entity("Government of Vanuatu", "ORG", "VUT", ["Prime Minister Charlot Salwai's government", "Authorities"]),
        entity("Vanuatu officials", "ORG", "VUT", ["officials", "Vanuatu officials"]),
        entity("trapped people", "PER", "VUT", ["people still trapped under collapsed buildings"]),
        entity("Port Vila shopping center", "LOC", "VUT", ["a two-storey shopping center in the city", "the shopping center"]),
        entity("Port Vila embassy building", "LOC", "VUT", ["A building housing the U.S., British, French and New Zealand embassies"]),
        entity("U.S. Embassy in Port Vila", "ORG", "USA", ["the U.S. Embassy"]),
        entity("Royal Australian Air Force", "ORG", "AUS", ["Royal Australian Air Force"]),
        entity("Australian urban search-and-rescue team", "ORG", "AUS", ["an urban search-and-rescue team of more than 60 firefighters and paramedics"]),
        entity("Bauerfield International Airport", "LOC", "VUT", ["Port Vila's Bauerfield airport"]),
        entity("Anthony Albanese", "PER", "AUS", ["Australian Prime Minister Anthony Albanese"]),
        entity("reporters", "ORG", None, ["reporters"]),
        entity("Canberra", "LOC", "AUS", ["Canberra"]),
        entity("Winston Peters", "PER", "NZL", ["New Zealand Foreign Minister Winston Peters"]),
        entity("New Zealand disaster response team", "ORG", "NZL", ["a disaster response team"]),
        entity("Auckland", "LOC", "NZL", ["Auckland"]),
        entity("France", "GPE", "FRA", ["France"]),
        entity("New Caledonia", "LOC", "FRA", ["its Pacific territory of New Caledonia"]),
        entity("United States", "GPE", "USA", ["the United States", "U.S."]),
        entity("China", "GPE", "CHN", ["China"]),
        entity("Port Vila government buildings", "LOC", "VUT", ["several government buildings in Port Vila"]),
        entity("rescuers", "ORG", None, ["Rescuers"]),
        entity("earthquake survivors", "PER", "VUT", ["at least two survivors"]),
        entity("Vanuatu police", "ORG", "VUT", ["police"]),
        entity("Nikenike Vurobaravu", "PER", "VUT", ["the president"]),
        entity("Parliament of Vanuatu", "ORG", "VUT", ["parliament"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
