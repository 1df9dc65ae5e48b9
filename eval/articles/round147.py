"""Round 147: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm147-de-01: Rwanda breaks off relations with Belgium and expels its diplomats; Brussels retaliates (2025-03-17).
- hm147-de-02: Tanzania deports Kenya's Martha Karua and detains Boniface Mwangi ahead of Tundu Lissu's treason trial (2025-05-20).
- hm147-de-03: Egypt's al-Sisi pardons Alaa Abd el-Fattah, who is released; London welcomes it, Amnesty demands more releases (2025-09-23).
- hm147-de-04: Syria and Lebanon agree a ceasefire after deadly border fighting around Hermel involving Hezbollah (2025-03-17).
- hm147-en-01: Nicaragua frees Bishop Rolando Alvarez and flies him and other clergy to the Vatican (2024-01-15).
- hm147-en-02: Deadly riots in Luanda as Angolan taxi drivers strike over the diesel price rise (2025-07-29).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm147-de-01
RWANDA = actor("Rwanda", "RWA", "GOV")
BELGIUM = actor("Belgium", "BEL", "GOV")
BEL_GOV = actor("Government of Belgium", "BEL", "GOV")
BEL_DIPLOMATS = actor("Belgian diplomats", "BEL", "GOV")
RWA_DIPLOMATS = actor("Rwandan diplomats", "RWA", "GOV")
RWA_MFA = actor("Ministry of Foreign Affairs of Rwanda", "RWA", "GOV")
KAGAME = actor("Paul Kagame", "RWA", "GOV")
PREVOT = actor("Maxime Prévot", "BEL", "GOV")
EU = actor("European Union", "EUR", "IGO")
UN_EXPERTS = actor("UN Group of Experts on the DR Congo", "UNO", "IGO")
COD_GOV = actor("Government of the Democratic Republic of the Congo", "COD", "GOV")

A1 = "Ruanda hat am Montag die diplomatischen Beziehungen zu Belgien abgebrochen und alle belgischen Diplomaten aufgefordert, das Land binnen 48 Stunden zu verlassen."
A2 = "Das Außenministerium in Kigali warf der früheren Kolonialmacht vor, sich im Konflikt im Osten der Demokratischen Republik Kongo einseitig auf die Seite Kinshasas gestellt zu haben."
A3 = "Belgien versuche, Ruanda zu schwächen, und halte an „neokolonialen Wahnvorstellungen“ fest, hieß es in einer Erklärung."
A4 = "Ruandas Präsident Paul Kagame hatte Belgien bereits am Sonntag bei einer Kundgebung in Kigali vorgeworfen, sein Land seit Jahrzehnten zu „zerstören“."
A5 = "„Wer glaubt, Ruanda mit Drohungen in die Knie zwingen zu können, irrt sich“, sagte er."
A6 = "Die Regierung in Brüssel reagierte umgehend und erklärte ihrerseits die ruandischen Diplomaten in Belgien zu unerwünschten Personen."
A7 = "Außenminister Maxime Prévot nannte die Entscheidung Kigalis „unverhältnismäßig“."
A8 = "Sie zeige, dass Ruanda den Dialog verweigere, sobald man anderer Meinung sei, schrieb er auf der Plattform X."
A9 = "Belgien hatte sich in der Europäischen Union für Sanktionen gegen Ruanda eingesetzt, das nach Erkenntnissen von UN-Experten die Miliz M23 unterstützt."
A10 = "Die Rebellen kontrollieren inzwischen die Provinzhauptstädte Goma und Bukavu."
A11 = "Bereits im Februar hatte Ruanda die Entwicklungszusammenarbeit mit Belgien ausgesetzt."
A12 = "Die Regierung in Kinshasa begrüßte den Schritt Brüssels und forderte die Europäische Union auf, den Druck auf Ruanda zu erhöhen."

DE01 = {
    "id": "hm147-de-01", "lang": "de", "url": None, "published": "2025-03-17",
    "title": "Ruanda bricht Beziehungen zu Belgien ab",
    "text": paragraphs([A1, A2, A3], [A4, A5], [A6, A7, A8], [A9, A10, A11, A12]),
    "events": [
        event("SANCTION", RWANDA, BELGIUM, A1, mode="discontinue", date="2025-03-17"),
        event("SANCTION", RWANDA, BEL_DIPLOMATS, A1, mode="expel", date="2025-03-17"),
        event("ACCUSE", RWA_MFA, BELGIUM, A2, mode="allege"),
        event("ACCUSE", RWA_MFA, BELGIUM, A3, mode="disapprove"),
        event("ACCUSE", KAGAME, BELGIUM, A4, mode="allege", date="2025-03-16", location="Kigali", location_country="RWA"),
        event("SANCTION", BEL_GOV, RWA_DIPLOMATS, A6, mode="expel", date="2025-03-17"),
        event("ACCUSE", PREVOT, RWANDA, A7, mode="disapprove"),
        event("ACCUSE", PREVOT, RWANDA, A8, mode="disapprove"),
        event("REQUEST", BELGIUM, EU, A9, mode="change"),
        event("ACCUSE", UN_EXPERTS, RWANDA, A9, mode="allege"),
        event("SANCTION", RWANDA, BELGIUM, A11, mode="discontinue"),
        event("SUPPORT", COD_GOV, BELGIUM, A12),
        event("REQUEST", COD_GOV, EU, A12, mode="change"),
    ],
    "quotes": [
        quote("sich im Konflikt im Osten der Demokratischen Republik Kongo einseitig auf die Seite Kinshasas gestellt zu haben", "Ministry of Foreign Affairs of Rwanda", "indirect"),
        quote("neokolonialen Wahnvorstellungen", "Ministry of Foreign Affairs of Rwanda", "direct"),
        quote("Belgien versuche, Ruanda zu schwächen, und halte an „neokolonialen Wahnvorstellungen“ fest", "Ministry of Foreign Affairs of Rwanda", "indirect"),
        quote("zerstören", "Paul Kagame", "direct"),
        quote("sein Land seit Jahrzehnten zu „zerstören“", "Paul Kagame", "indirect"),
        quote("Wer glaubt, Ruanda mit Drohungen in die Knie zwingen zu können, irrt sich", "Paul Kagame", "direct"),
        quote("unverhältnismäßig", "Maxime Prévot", "direct"),
        quote("Sie zeige, dass Ruanda den Dialog verweigere, sobald man anderer Meinung sei", "Maxime Prévot", "indirect"),
        quote("das nach Erkenntnissen von UN-Experten die Miliz M23 unterstützt", "UN Group of Experts on the DR Congo", "indirect"),
    ],
    "entities": [
        entity("Rwanda", "GPE", "RWA", ["Ruanda", "Ruandas", "das Land", "sein Land", "Kigalis"]),
        entity("Belgium", "GPE", "BEL", ["Belgien", "der früheren Kolonialmacht", "Brüssels"]),
        entity("Belgian diplomats", "ORG", "BEL", ["alle belgischen Diplomaten"]),
        entity("Ministry of Foreign Affairs of Rwanda", "ORG", "RWA", ["Das Außenministerium in Kigali"]),
        entity("Kigali", "LOC", "RWA", ["Kigali"]),
        entity("eastern Democratic Republic of the Congo", "LOC", "COD", ["Osten der Demokratischen Republik Kongo"]),
        entity("Democratic Republic of the Congo", "GPE", "COD", ["Demokratischen Republik Kongo", "Kinshasas"]),
        entity("Paul Kagame", "PER", "RWA", ["Ruandas Präsident Paul Kagame", "er"]),
        entity("Government of Belgium", "ORG", "BEL", ["Die Regierung in Brüssel"]),
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("Rwandan diplomats", "ORG", "RWA", ["die ruandischen Diplomaten in Belgien"]),
        entity("Maxime Prévot", "PER", "BEL", ["Außenminister Maxime Prévot", "er"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("European Union", "ORG", "EUR", ["der Europäischen Union", "die Europäische Union"]),
        entity("UN Group of Experts on the DR Congo", "ORG", "UNO", ["UN-Experten"]),
        entity("M23", "ORG", "COD", ["die Miliz M23", "Die Rebellen"]),
        entity("Goma", "LOC", "COD", ["Goma"]),
        entity("Bukavu", "LOC", "COD", ["Bukavu"]),
        entity("Government of the Democratic Republic of the Congo", "ORG", "COD", ["Die Regierung in Kinshasa"]),
        entity("Kinshasa", "LOC", "COD", ["Kinshasa"]),
    ],
}

# ---------------------------------------------------------------- hm147-de-02
TZA_AUTH = actor("Tanzanian authorities", "TZA", "GOV")
TZA_GOV = actor("Government of Tanzania", "TZA", "GOV")
TZA_PROSECUTION = actor("Tanzanian prosecution", "TZA", "JUD")
TZA_NEC = actor("Independent National Electoral Commission", "TZA", "GOV")
SAMIA = actor("Samia Suluhu Hassan", "TZA", "GOV")
KARUA = actor("Martha Karua", "KEN", "OPP")
MWANGI = actor("Boniface Mwangi", "KEN", "CVL")
LISSU = actor("Tundu Lissu", "TZA", "OPP")
CHADEMA = actor("Chadema", "TZA", "OPP")
KEN_ACTIVISTS = actor("Kenyan activists", "KEN", "CVL")
KEN_MFA = actor("Ministry of Foreign Affairs of Kenya", "KEN", "GOV")
LSK = actor("Law Society of Kenya", "KEN", "CVL")
KEN_LAWYERS = actor("Kenyan lawyers", "KEN", "CVL")

B1 = "Die tansanischen Behörden haben die frühere kenianische Justizministerin Martha Karua bei ihrer Ankunft in Daressalam festgehalten und noch am Sonntagabend nach Nairobi abgeschoben."
B2 = "Karua, die inzwischen eine kenianische Oppositionspartei führt, wollte als Beobachterin den Hochverratsprozess gegen den tansanischen Oppositionsführer Tundu Lissu verfolgen."
B3 = "Am Montag wurde nach Angaben von Anwälten auch der kenianische Aktivist Boniface Mwangi in seinem Hotel in der Hafenstadt festgenommen."
B4 = "Präsidentin Samia Suluhu Hassan warnte Aktivisten aus Kenia und anderen Nachbarländern davor, sich in die inneren Angelegenheiten Tansanias einzumischen."
B5 = "„Wir werden nicht zulassen, dass Leute von außen hier Unruhe stiften“, sagte sie am Montag bei einer Veranstaltung in Daressalam."
B6 = "Ein Regierungssprecher sagte, Karua habe keine ausreichenden Gründe für ihre Einreise vorlegen können."
B7 = "Lissu, der Vorsitzende der größten Oppositionspartei Chadema, war im April nach einer Kundgebung im Süden des Landes festgenommen und wegen Hochverrats angeklagt worden."
B8 = "Die Staatsanwaltschaft wirft ihm vor, in einer Rede zur Störung der Wahl im Oktober aufgerufen zu haben."
B9 = "Die Wahlkommission hatte Chadema zudem von der Abstimmung ausgeschlossen, weil die Partei einen Verhaltenskodex nicht unterzeichnet hatte."
B10 = "Das kenianische Außenministerium bedauerte am Montag die Ausweisung Karuas und bat die tansanische Regierung um eine Erklärung."
B11 = "Die Anwaltskammer Kenias sprach von einem „beispiellosen Angriff auf die Solidarität in Ostafrika“."
B12 = "Dutzende Anwälte demonstrierten am Dienstag vor der tansanischen Hochkommission in Nairobi."

DE02 = {
    "id": "hm147-de-02", "lang": "de", "url": None, "published": "2025-05-20",
    "title": "Tansania schiebt kenianische Oppositionspolitikerin Karua ab",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6], [B7, B8, B9], [B10, B11, B12]),
    "events": [
        event("COERCE", TZA_AUTH, KARUA, B1, mode="deport", date="2025-05-18", location="Dar es Salaam", location_country="TZA"),
        event("COERCE", TZA_AUTH, MWANGI, B3, mode="arrest", date="2025-05-19", location="Dar es Salaam", location_country="TZA"),
        event("THREATEN", SAMIA, KEN_ACTIVISTS, B4, date="2025-05-19"),
        event("THREATEN", SAMIA, KEN_ACTIVISTS, B5, date="2025-05-19", location="Dar es Salaam", location_country="TZA"),
        event("COERCE", TZA_AUTH, LISSU, B7, mode="arrest"),
        event("ACCUSE", TZA_PROSECUTION, LISSU, B7, mode="allege"),
        event("ACCUSE", TZA_PROSECUTION, LISSU, B8, mode="allege"),
        event("COERCE", TZA_NEC, CHADEMA, B9, mode="restrict"),
        event("ACCUSE", KEN_MFA, TZA_GOV, B10, mode="disapprove", date="2025-05-19"),
        event("REQUEST", KEN_MFA, TZA_GOV, B10, date="2025-05-19"),
        event("ACCUSE", LSK, TZA_GOV, B11, mode="disapprove"),
        event("PROTEST", KEN_LAWYERS, TZA_GOV, B12, mode="demo", date="2025-05-20", location="Nairobi", location_country="KEN"),
    ],
    "quotes": [
        quote("Am Montag wurde nach Angaben von Anwälten auch der kenianische Aktivist Boniface Mwangi in seinem Hotel in der Hafenstadt festgenommen", "lawyers", "indirect"),
        quote("Wir werden nicht zulassen, dass Leute von außen hier Unruhe stiften", "Samia Suluhu Hassan", "direct"),
        quote("Karua habe keine ausreichenden Gründe für ihre Einreise vorlegen können", "spokesman of the Government of Tanzania", "indirect"),
        quote("in einer Rede zur Störung der Wahl im Oktober aufgerufen zu haben", "Tanzanian prosecution", "indirect"),
        quote("beispiellosen Angriff auf die Solidarität in Ostafrika", "Law Society of Kenya", "direct"),
    ],
    "entities": [
        entity("Tanzanian authorities", "ORG", "TZA", ["Die tansanischen Behörden"]),
        entity("Martha Karua", "PER", "KEN", ["die frühere kenianische Justizministerin Martha Karua", "Karua", "Karuas"]),
        entity("Dar es Salaam", "LOC", "TZA", ["Daressalam", "der Hafenstadt"]),
        entity("Nairobi", "LOC", "KEN", ["Nairobi"]),
        entity("People's Liberation Party", "ORG", "KEN", ["eine kenianische Oppositionspartei"]),
        entity("Tundu Lissu", "PER", "TZA", ["den tansanischen Oppositionsführer Tundu Lissu", "Lissu", "ihm"]),
        entity("Boniface Mwangi", "PER", "KEN", ["der kenianische Aktivist Boniface Mwangi"]),
        entity("lawyers", "ORG", None, ["Anwälten"]),
        entity("Mwangi's hotel", "LOC", "TZA", ["seinem Hotel in der Hafenstadt"]),
        entity("Samia Suluhu Hassan", "PER", "TZA", ["Präsidentin Samia Suluhu Hassan", "sie"]),
        entity("Kenyan activists", "ORG", "KEN", ["Aktivisten aus Kenia und anderen Nachbarländern", "Leute von außen"]),
        entity("Kenya", "GPE", "KEN", ["Kenia", "Kenias"]),
        entity("Tanzania", "GPE", "TZA", ["Tansanias", "des Landes"]),
        entity("spokesman of the Government of Tanzania", "PER", "TZA", ["Ein Regierungssprecher"]),
        entity("Chadema", "ORG", "TZA", ["der größten Oppositionspartei Chadema", "Chadema", "die Partei"]),
        entity("southern Tanzania", "LOC", "TZA", ["Süden des Landes"]),
        entity("Tanzanian prosecution", "ORG", "TZA", ["Die Staatsanwaltschaft"]),
        entity("Independent National Electoral Commission", "ORG", "TZA", ["Die Wahlkommission"]),
        entity("Ministry of Foreign Affairs of Kenya", "ORG", "KEN", ["Das kenianische Außenministerium"]),
        entity("Government of Tanzania", "ORG", "TZA", ["die tansanische Regierung"]),
        entity("Law Society of Kenya", "ORG", "KEN", ["Die Anwaltskammer Kenias"]),
        entity("East Africa", "LOC", None, ["Ostafrika"]),
        entity("Kenyan lawyers", "ORG", "KEN", ["Dutzende Anwälte"]),
        entity("High Commission of Tanzania in Nairobi", "ORG", "TZA", ["der tansanischen Hochkommission in Nairobi"]),
    ],
}

# ---------------------------------------------------------------- hm147-de-03
ALAA = actor("Alaa Abd El-Fattah", "EGY", "CVL")
SISI = actor("Abdel Fattah al-Sisi", "EGY", "GOV")
EGY_AUTH = actor("Egyptian authorities", "EGY", "GOV")
EGY_GOV = actor("Government of Egypt", "EGY", "GOV")
EGY_COURT = actor("Egyptian court", "EGY", "JUD")
NCHR = actor("National Council for Human Rights", "EGY", "GOV")
ALAA_FAMILY = actor("family of Alaa Abd El-Fattah", "EGY", "CVL")
SOUEIF = actor("Laila Soueif", "EGY", "CVL")
STARMER = actor("Keir Starmer", "GBR", "GOV")
COOPER = actor("Yvette Cooper", "GBR", "GOV")
AMNESTY = actor("Amnesty International", "NGO", "NGO")

C1 = "Der ägyptisch-britische Aktivist Alaa Abd el-Fattah ist am Dienstag nach rund sechs Jahren Haft freigelassen worden."
C2 = "Staatschef Abdel Fattah al-Sisi hatte ihn am Vorabend begnadigt, nachdem der staatliche Nationalrat für Menschenrechte um Gnade für den 43-Jährigen gebeten hatte."
C3 = "Abd el-Fattah verließ am Morgen das Gefängnis Wadi el-Natrun nordwestlich von Kairo und fuhr zu seiner Familie."
C4 = "„Ich bin frei, aber ich denke an alle, die noch im Gefängnis sitzen“, sagte er Reportern vor dem Haus seiner Mutter."
C5 = "Der Blogger, eine Symbolfigur des Aufstands von 2011, war Ende 2021 wegen der Verbreitung falscher Nachrichten zu fünf Jahren Haft verurteilt worden."
C6 = "Seine Familie warf den Behörden vor, die Untersuchungshaft nicht auf die Strafe angerechnet und ihn so rechtswidrig festgehalten zu haben."
C7 = "Seine Mutter, die Mathematikerin Laila Soueif, war deshalb in London monatelang in einen Hungerstreik getreten und zeitweise im Krankenhaus behandelt worden."
C8 = "Der britische Premierminister Keir Starmer begrüßte die Freilassung und dankte al-Sisi für seine Entscheidung."
C9 = "„Das ist ein großer Moment für Alaa und seine Familie“, erklärte Starmer."
C10 = "Außenministerin Yvette Cooper forderte die ägyptische Regierung auf, Abd el-Fattah nun auch die Ausreise nach Großbritannien zu erlauben."
C11 = "Menschenrechtsorganisationen wie Amnesty International erklärten, in Ägypten säßen weiterhin Zehntausende politische Gefangene hinter Gittern."
C12 = "Sie forderten die Regierung in Kairo auf, auch die übrigen Inhaftierten freizulassen."

DE03 = {
    "id": "hm147-de-03", "lang": "de", "url": None, "published": "2025-09-23",
    "title": "Ägyptischer Aktivist Abd el-Fattah nach Begnadigung frei",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7], [C8, C9, C10], [C11, C12]),
    "events": [
        event("RETREAT", EGY_AUTH, ALAA, C1, mode="release", date="2025-09-23"),
        event("CONCEDE", SISI, ALAA, C2, date="2025-09-22"),
        event("REQUEST", NCHR, SISI, C2, mode="yield"),
        event("SANCTION", EGY_COURT, ALAA, C5, mode="convict"),
        event("COERCE", EGY_COURT, ALAA, C5, mode="arrest"),
        event("ACCUSE", ALAA_FAMILY, EGY_AUTH, C6, mode="allege"),
        event("PROTEST", SOUEIF, EGY_GOV, C7, mode="hunger", location="London", location_country="GBR"),
        event("SUPPORT", STARMER, SISI, C8),
        event("REQUEST", COOPER, EGY_GOV, C10, mode="yield"),
        event("ACCUSE", AMNESTY, EGY_GOV, C11, mode="allege"),
        event("REQUEST", AMNESTY, EGY_GOV, C12, mode="yield"),
    ],
    "quotes": [
        quote("Ich bin frei, aber ich denke an alle, die noch im Gefängnis sitzen", "Alaa Abd El-Fattah", "direct"),
        quote("die Untersuchungshaft nicht auf die Strafe angerechnet und ihn so rechtswidrig festgehalten zu haben", "family of Alaa Abd El-Fattah", "indirect"),
        quote("Das ist ein großer Moment für Alaa und seine Familie", "Keir Starmer", "direct"),
        quote("in Ägypten säßen weiterhin Zehntausende politische Gefangene hinter Gittern", "Amnesty International", "indirect"),
    ],
    "entities": [
        entity("Alaa Abd El-Fattah", "PER", "EGY", ["Der ägyptisch-britische Aktivist Alaa Abd el-Fattah", "ihn", "den 43-Jährigen", "Abd el-Fattah", "er", "Der Blogger, eine Symbolfigur des Aufstands von 2011", "Alaa"]),
        entity("Abdel Fattah al-Sisi", "PER", "EGY", ["Staatschef Abdel Fattah al-Sisi", "al-Sisi"]),
        entity("National Council for Human Rights", "ORG", "EGY", ["der staatliche Nationalrat für Menschenrechte"]),
        entity("Wadi el-Natrun prison", "LOC", "EGY", ["das Gefängnis Wadi el-Natrun nordwestlich von Kairo"]),
        entity("Cairo", "LOC", "EGY", ["Kairo"]),
        entity("family of Alaa Abd El-Fattah", "ORG", "EGY", ["seiner Familie", "Seine Familie", "seine Familie"]),
        entity("reporters", "ORG", None, ["Reportern"]),
        entity("house of Laila Soueif", "LOC", "EGY", ["dem Haus seiner Mutter"]),
        entity("Laila Soueif", "PER", "EGY", ["seiner Mutter", "Seine Mutter, die Mathematikerin Laila Soueif"]),
        entity("Egyptian authorities", "ORG", "EGY", ["den Behörden"]),
        entity("London", "LOC", "GBR", ["London"]),
        entity("hospital in London", "LOC", "GBR", ["Krankenhaus"]),
        entity("Keir Starmer", "PER", "GBR", ["Der britische Premierminister Keir Starmer", "Starmer"]),
        entity("Yvette Cooper", "PER", "GBR", ["Außenministerin Yvette Cooper"]),
        entity("Government of Egypt", "ORG", "EGY", ["die ägyptische Regierung", "die Regierung in Kairo"]),
        entity("United Kingdom", "GPE", "GBR", ["Großbritannien"]),
        entity("human rights organisations", "ORG", None, ["Menschenrechtsorganisationen wie Amnesty International", "Sie"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Egypt", "GPE", "EGY", ["Ägypten"]),
        entity("political prisoners in Egypt", "ORG", "EGY", ["Zehntausende politische Gefangene", "die übrigen Inhaftierten"]),
    ],
}

# ---------------------------------------------------------------- hm147-de-04
MENASSA = actor("Michel Menassa", "LBN", "GOV")
ABU_QASRA = actor("Murhaf Abu Qasra", "SYR", "GOV")
SYR_GOV = actor("Government of Syria", "SYR", "GOV")
SYR_ARMY = actor("Syrian Army", "SYR", "MIL")
HEZBOLLAH = actor("Hezbollah", "LBN", "REB")
LBN_CIVILIANS = actor("Lebanese civilians", "LBN", "CVL")
AOUN = actor("Joseph Aoun", "LBN", "GOV")
LAF = actor("Lebanese Armed Forces", "LBN", "MIL")

D1 = "Nach tödlichen Gefechten an der Grenze zwischen Syrien und dem Libanon haben die Verteidigungsminister beider Länder am Montag eine Waffenruhe vereinbart."
D2 = "Der libanesische Verteidigungsminister Michel Menassa und sein syrischer Amtskollege Murhaf Abu Kasra hätten in einem Telefonat zudem eine engere Abstimmung ihrer Armeen beschlossen, teilte das Verteidigungsministerium in Beirut mit."
D3 = "Am Sonntag hatten syrische Regierungstruppen nach libanesischen Angaben den Grenzort Kasr in der Region Hermel mit Artillerie beschossen."
D4 = "Dabei seien mindestens sieben Menschen getötet und mehr als 50 verletzt worden, teilte das Gesundheitsministerium mit."
D5 = "Die syrische Übergangsregierung wirft der libanesischen Hisbollah-Miliz vor, drei syrische Soldaten auf libanesisches Gebiet verschleppt und getötet zu haben."
D6 = "Die Hisbollah wies jede Beteiligung zurück."
D7 = "Syrische Einheiten hätten daraufhin Stellungen der Miliz jenseits der Grenze angegriffen, erklärte das Verteidigungsministerium in Damaskus."
D8 = "Libanons Präsident Joseph Aoun wies die Armee an, auf Beschuss aus Syrien zu reagieren."
D9 = "Die libanesische Armee erwiderte nach eigenen Angaben das Feuer."
D10 = "„Der Beschuss libanesischer Dörfer ist inakzeptabel“, sagte Aoun am Sonntagabend."
D11 = "Die neue Führung in Damaskus um Übergangspräsident Ahmed al-Scharaa wirft der Hisbollah seit Langem Waffen- und Drogenschmuggel über die schwer kontrollierbare Grenze vor."
D12 = "Die Miliz hatte im Bürgerkrieg an der Seite des im Dezember gestürzten Machthabers Baschar al-Assad gekämpft."

DE04 = {
    "id": "hm147-de-04", "lang": "de", "url": None, "published": "2025-03-17",
    "title": "Waffenruhe nach Gefechten an syrisch-libanesischer Grenze",
    "text": paragraphs([D1, D2], [D3, D4, D5, D6, D7], [D8, D9, D10], [D11, D12]),
    "events": [
        event("AGREE", MENASSA, ABU_QASRA, D1, date="2025-03-17"),
        event("CONSULT", MENASSA, ABU_QASRA, D2, mode="phone", date="2025-03-17"),
        event("AGREE", MENASSA, ABU_QASRA, D2, date="2025-03-17"),
        event("ASSAULT", SYR_ARMY, LBN_CIVILIANS, D3, mode="heavy-weapons", date="2025-03-16", location="Qasr", location_country="LBN"),
        event("ACCUSE", SYR_GOV, HEZBOLLAH, D5, mode="allege"),
        event("ASSAULT", SYR_ARMY, HEZBOLLAH, D7, location_country="LBN"),
        event("REQUEST", AOUN, LAF, D8),
        event("ASSAULT", LAF, SYR_ARMY, D9),
        event("ACCUSE", AOUN, SYR_ARMY, D10, mode="disapprove", date="2025-03-16"),
        event("ACCUSE", SYR_GOV, HEZBOLLAH, D11, mode="allege"),
    ],
    "quotes": [
        quote("Der libanesische Verteidigungsminister Michel Menassa und sein syrischer Amtskollege Murhaf Abu Kasra hätten in einem Telefonat zudem eine engere Abstimmung ihrer Armeen beschlossen", "Ministry of National Defence of Lebanon", "indirect"),
        quote("Am Sonntag hatten syrische Regierungstruppen nach libanesischen Angaben den Grenzort Kasr in der Region Hermel mit Artillerie beschossen", "Lebanese authorities", "indirect"),
        quote("Dabei seien mindestens sieben Menschen getötet und mehr als 50 verletzt worden", "Ministry of Public Health of Lebanon", "indirect"),
        quote("drei syrische Soldaten auf libanesisches Gebiet verschleppt und getötet zu haben", "Government of Syria", "indirect"),
        quote("Syrische Einheiten hätten daraufhin Stellungen der Miliz jenseits der Grenze angegriffen", "Ministry of Defence of Syria", "indirect"),
        quote("Die libanesische Armee erwiderte nach eigenen Angaben das Feuer", "Lebanese Armed Forces", "indirect"),
        quote("Der Beschuss libanesischer Dörfer ist inakzeptabel", "Joseph Aoun", "direct"),
    ],
    "entities": [
        entity("Syria", "GPE", "SYR", ["Syrien"]),
        entity("Lebanon", "GPE", "LBN", ["dem Libanon", "Libanons"]),
        entity("Syrian-Lebanese border", "LOC", None, ["der Grenze zwischen Syrien und dem Libanon", "der Grenze", "die schwer kontrollierbare Grenze"]),
        entity("Michel Menassa", "PER", "LBN", ["Der libanesische Verteidigungsminister Michel Menassa"]),
        entity("Murhaf Abu Qasra", "PER", "SYR", ["sein syrischer Amtskollege Murhaf Abu Kasra"]),
        entity("Ministry of National Defence of Lebanon", "ORG", "LBN", ["das Verteidigungsministerium in Beirut"]),
        entity("Beirut", "LOC", "LBN", ["Beirut"]),
        entity("Syrian Army", "ORG", "SYR", ["syrische Regierungstruppen", "Syrische Einheiten"]),
        entity("Qasr", "LOC", "LBN", ["den Grenzort Kasr in der Region Hermel"]),
        entity("Hermel", "LOC", "LBN", ["der Region Hermel"]),
        entity("Ministry of Public Health of Lebanon", "ORG", "LBN", ["das Gesundheitsministerium"]),
        entity("Government of Syria", "ORG", "SYR", ["Die syrische Übergangsregierung", "Die neue Führung in Damaskus um Übergangspräsident Ahmed al-Scharaa"]),
        entity("Hezbollah", "ORG", "LBN", ["der libanesischen Hisbollah-Miliz", "Die Hisbollah", "der Miliz", "der Hisbollah", "Die Miliz"]),
        entity("three Syrian soldiers", "ORG", "SYR", ["drei syrische Soldaten"]),
        entity("Lebanese territory", "LOC", "LBN", ["libanesisches Gebiet"]),
        entity("Ministry of Defence of Syria", "ORG", "SYR", ["das Verteidigungsministerium in Damaskus"]),
        entity("Damascus", "LOC", "SYR", ["Damaskus"]),
        entity("Joseph Aoun", "PER", "LBN", ["Libanons Präsident Joseph Aoun", "Aoun"]),
        entity("Lebanese Armed Forces", "ORG", "LBN", ["die Armee", "Die libanesische Armee"]),
        entity("Lebanese villages", "LOC", "LBN", ["libanesischer Dörfer"]),
        entity("Ahmed al-Sharaa", "PER", "SYR", ["Übergangspräsident Ahmed al-Scharaa"]),
        entity("Bashar al-Assad", "PER", "SYR", ["des im Dezember gestürzten Machthabers Baschar al-Assad"]),
    ],
}

# ---------------------------------------------------------------- hm147-en-01
NIC_GOV = actor("Government of Nicaragua", "NIC", "GOV")
NIC_POLICE = actor("Nicaraguan police", "NIC", "COP")
NIC_COURT = actor("Nicaraguan court", "NIC", "JUD")
ALVAREZ = actor("Rolando Alvarez", "NIC", "CVL")
MORA = actor("Isidoro Mora", "NIC", "CVL")
NIC_PRISONERS = actor("Nicaraguan political prisoners", "NIC", "CVL")
ORTEGA = actor("Daniel Ortega", "NIC", "GOV")
NIC_CHURCH = actor("Catholic Church in Nicaragua", "NIC", "CVL")
USA = actor("United States", "USA", "GOV")
US_STATE = actor("United States Department of State", "USA", "GOV")
MILLER = actor("Matthew Miller", "USA", "GOV")
HOLY_SEE = actor("Holy See", "VAT", "GOV")
POPE_FRANCIS = actor("Pope Francis", "VAT", "GOV")
UNAMOS = actor("Unamos", "NIC", "OPP")

E1 = "Nicaragua has freed Roman Catholic bishop Rolando Alvarez, one of President Daniel Ortega's most outspoken critics, and flown him to the Vatican, the government said on Sunday."
E2 = "Bishop Isidoro Mora, who was detained in December after praying for Alvarez during Mass, was also on the plane."
E3 = "The government thanked the Holy See for what it called a \"very respectful and discreet\" coordination that made the trip possible."
E4 = "Alvarez, the bishop of Matagalpa, was sentenced to 26 years in prison for treason in February 2023 after he refused to board a plane that took 222 political prisoners to the United States."
E5 = "Ortega has accused the Catholic Church of backing the 2018 protests against his government, which he has branded a coup attempt sponsored by Washington."
E6 = "The U.S. State Department welcomed the release but said more than 100 people remained \"unjustly detained\" in Nicaragua."
E7 = "\"We call on the Ortega-Murillo government to free all political prisoners without conditions,\" spokesman Matthew Miller said."
E8 = "The exiled opposition group Unamos said the expulsions showed that the government saw the Church \"as an enemy\" and urged Pope Francis to speak out more forcefully."
E9 = "A Vatican spokesman declined to comment on the arrangement."

EN01 = {
    "id": "hm147-en-01", "lang": "en", "url": None, "published": "2024-01-15",
    "title": "Nicaragua frees jailed bishop Alvarez, sends him to the Vatican",
    "text": paragraphs([E1, E2, E3], [E4, E5], [E6, E7, E8, E9]),
    "events": [
        event("RETREAT", NIC_GOV, ALVAREZ, E1, mode="release", date="2024-01-14"),
        event("COERCE", NIC_GOV, ALVAREZ, E1, mode="deport", date="2024-01-14"),
        event("COERCE", NIC_POLICE, MORA, E2, mode="arrest"),
        event("COERCE", NIC_GOV, MORA, E2, mode="deport", date="2024-01-14"),
        event("SUPPORT", NIC_GOV, HOLY_SEE, E3),
        event("SANCTION", NIC_COURT, ALVAREZ, E4, mode="convict"),
        event("COERCE", NIC_COURT, ALVAREZ, E4, mode="arrest"),
        event("REJECT", ALVAREZ, NIC_GOV, E4),
        event("COERCE", NIC_GOV, NIC_PRISONERS, E4, mode="deport"),
        event("ACCUSE", ORTEGA, NIC_CHURCH, E5, mode="allege"),
        event("ACCUSE", ORTEGA, USA, E5, mode="allege"),
        event("SUPPORT", US_STATE, NIC_GOV, E6),
        event("ACCUSE", US_STATE, NIC_GOV, E6, mode="allege"),
        event("REQUEST", MILLER, NIC_GOV, E7, mode="yield"),
        event("ACCUSE", UNAMOS, NIC_GOV, E8, mode="disapprove"),
        event("REQUEST", UNAMOS, POPE_FRANCIS, E8),
    ],
    "quotes": [
        quote("Nicaragua has freed Roman Catholic bishop Rolando Alvarez, one of President Daniel Ortega's most outspoken critics, and flown him to the Vatican", "Government of Nicaragua", "indirect"),
        quote("very respectful and discreet", "Government of Nicaragua", "direct"),
        quote("unjustly detained", "United States Department of State", "direct"),
        quote("more than 100 people remained \"unjustly detained\" in Nicaragua", "United States Department of State", "indirect"),
        quote("We call on the Ortega-Murillo government to free all political prisoners without conditions", "Matthew Miller", "direct"),
        quote("as an enemy", "Unamos", "direct"),
        quote("the expulsions showed that the government saw the Church \"as an enemy\"", "Unamos", "indirect"),
    ],
    "entities": [
        entity("Nicaragua", "GPE", "NIC", ["Nicaragua"]),
        entity("Rolando Alvarez", "PER", "NIC", ["Roman Catholic bishop Rolando Alvarez, one of President Daniel Ortega's most outspoken critics", "him", "Alvarez", "Alvarez, the bishop of Matagalpa", "he"]),
        entity("Daniel Ortega", "PER", "NIC", ["President Daniel Ortega", "Ortega", "he"]),
        entity("Holy See", "GPE", "VAT", ["the Vatican", "the Holy See"]),
        entity("Government of Nicaragua", "ORG", "NIC", ["the government", "The government", "his government", "the Ortega-Murillo government"]),
        entity("Isidoro Mora", "PER", "NIC", ["Bishop Isidoro Mora"]),
        entity("Matagalpa", "LOC", "NIC", ["Matagalpa"]),
        entity("Nicaraguan political prisoners", "ORG", "NIC", ["222 political prisoners"]),
        entity("political prisoners in Nicaragua", "ORG", "NIC", ["more than 100 people", "all political prisoners"]),
        entity("United States", "GPE", "USA", ["the United States", "Washington"]),
        entity("Catholic Church in Nicaragua", "ORG", "NIC", ["the Catholic Church", "the Church"]),
        entity("United States Department of State", "ORG", "USA", ["The U.S. State Department"]),
        entity("Matthew Miller", "PER", "USA", ["spokesman Matthew Miller"]),
        entity("Unamos", "ORG", "NIC", ["The exiled opposition group Unamos"]),
        entity("Pope Francis", "PER", "VAT", ["Pope Francis"]),
        entity("Vatican spokesman", "PER", "VAT", ["A Vatican spokesman"]),
    ],
}

# ---------------------------------------------------------------- hm147-en-02
AGO_GOV = actor("Government of Angola", "AGO", "GOV")
AGO_POLICE = actor("Angolan National Police", "AGO", "COP")
TAXI_DRIVERS = actor("Angolan taxi drivers", "AGO", "LAB")
ANATA = actor("National Association of Taxi Drivers of Angola", "AGO", "LAB")
RIOTERS = actor("Angolan rioters", "AGO", "CVL")
MINIBUS_DRIVERS = actor("minibus drivers", "AGO", "CVL")
PACIENTE = actor("Francisco Paciente", "AGO", "LAB")
INFILTRATORS = actor("infiltrators", None, None)
HOMEM = actor("Manuel Homem", "AGO", "GOV")
AGO_OPP = actor("Angolan opposition politicians", "AGO", "OPP")
UNITA = actor("UNITA", "AGO", "OPP")
COSTA_JUNIOR = actor("Adalberto Costa Junior", "AGO", "OPP")
LOURENCO = actor("Joao Lourenco", "AGO", "GOV")

F1 = "At least four people were killed in Angola's capital Luanda on Monday when a taxi drivers' strike over higher diesel prices descended into riots and looting, police said."
F2 = "Officers fired tear gas to disperse crowds that blocked roads with burning tyres and threw stones at minibuses whose drivers had ignored the strike, witnesses said."
F3 = "Shops and warehouses were looted in several districts, including Cazenga and Viana."
F4 = "Police spokesman Mateus Rodrigues said more than 500 people had been arrested and that officers had orders to restore order \"at all costs\" in the capital."
F5 = "The National Association of Taxi Drivers of Angola (ANATA) called the three-day strike after the government raised the price of diesel by a third to 400 kwanzas a litre this month as part of plans to phase out fuel subsidies."
F6 = "ANATA president Francisco Paciente said drivers could not survive on fares capped by the state and demanded that the increase be reversed."
F7 = "He said the association had never called for violence and blamed \"infiltrators\" for the unrest."
F8 = "Interior Minister Manuel Homem accused opposition politicians of inciting the violence on social media, without naming them."
F9 = "\"We will not allow a small group to hold the country hostage,\" he told state broadcaster TPA."
F10 = "The main opposition party UNITA rejected the accusation, saying \"years of misrule and hunger\" had driven people onto the streets."
F11 = "UNITA leader Adalberto Costa Junior called on President Joao Lourenco to suspend the price rise and open talks with the drivers."
F12 = "The U.S. and Portuguese embassies advised their citizens to avoid the city centre."

EN02 = {
    "id": "hm147-en-02", "lang": "en", "url": None, "published": "2025-07-29",
    "title": "Four killed as Angola taxi strike over fuel prices turns violent",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7], [F8, F9, F10, F11, F12]),
    "events": [
        event("PROTEST", TAXI_DRIVERS, AGO_GOV, F1, mode="strike", date="2025-07-28", location="Luanda", location_country="AGO"),
        event("PROTEST", RIOTERS, AGO_GOV, F1, mode="riot", date="2025-07-28", location="Luanda", location_country="AGO"),
        event("ASSAULT", AGO_POLICE, RIOTERS, F2, mode="crowd-control", date="2025-07-28", location="Luanda", location_country="AGO"),
        event("PROTEST", RIOTERS, AGO_GOV, F2, mode="obstruct", date="2025-07-28", location="Luanda", location_country="AGO"),
        event("ASSAULT", RIOTERS, MINIBUS_DRIVERS, F2, mode="primitive", date="2025-07-28", location="Luanda", location_country="AGO"),
        event("COERCE", AGO_POLICE, RIOTERS, F4, mode="arrest", location="Luanda", location_country="AGO"),
        event("PROTEST", ANATA, AGO_GOV, F5, mode="strike"),
        event("REQUEST", PACIENTE, AGO_GOV, F6, mode="change"),
        event("ACCUSE", PACIENTE, INFILTRATORS, F7, mode="allege"),
        event("ACCUSE", HOMEM, AGO_OPP, F8, mode="allege"),
        event("THREATEN", HOMEM, RIOTERS, F9),
        event("ACCUSE", UNITA, AGO_GOV, F10, mode="disapprove"),
        event("REQUEST", COSTA_JUNIOR, LOURENCO, F11, mode="change"),
    ],
    "quotes": [
        quote("At least four people were killed in Angola's capital Luanda on Monday when a taxi drivers' strike over higher diesel prices descended into riots and looting", "Angolan National Police", "indirect"),
        quote("Officers fired tear gas to disperse crowds that blocked roads with burning tyres and threw stones at minibuses whose drivers had ignored the strike", "witnesses", "indirect"),
        quote("at all costs", "Mateus Rodrigues", "direct"),
        quote("more than 500 people had been arrested and that officers had orders to restore order \"at all costs\" in the capital", "Mateus Rodrigues", "indirect"),
        quote("drivers could not survive on fares capped by the state", "Francisco Paciente", "indirect"),
        quote("the association had never called for violence", "Francisco Paciente", "indirect"),
        quote("infiltrators", "Francisco Paciente", "direct"),
        quote("We will not allow a small group to hold the country hostage", "Manuel Homem", "direct"),
        quote("years of misrule and hunger", "UNITA", "direct"),
        quote("\"years of misrule and hunger\" had driven people onto the streets", "UNITA", "indirect"),
    ],
    "entities": [
        entity("Angola", "GPE", "AGO", ["Angola", "the country"]),
        entity("Luanda", "LOC", "AGO", ["Angola's capital Luanda", "the capital"]),
        entity("Angolan taxi drivers", "ORG", "AGO", ["the drivers"]),
        entity("Angolan National Police", "ORG", "AGO", ["police", "Officers", "officers"]),
        entity("Angolan rioters", "ORG", "AGO", ["crowds"]),
        entity("minibus drivers", "ORG", "AGO", ["minibuses whose drivers had ignored the strike"]),
        entity("witnesses", "ORG", None, ["witnesses"]),
        entity("Cazenga", "LOC", "AGO", ["Cazenga"]),
        entity("Viana", "LOC", "AGO", ["Viana"]),
        entity("Mateus Rodrigues", "PER", "AGO", ["Police spokesman Mateus Rodrigues"]),
        entity("National Association of Taxi Drivers of Angola", "ORG", "AGO", ["The National Association of Taxi Drivers of Angola (ANATA)", "ANATA", "the association"]),
        entity("Government of Angola", "ORG", "AGO", ["the government", "the state"]),
        entity("Francisco Paciente", "PER", "AGO", ["ANATA president Francisco Paciente", "He"]),
        entity("infiltrators", "ORG", None, ["infiltrators"]),
        entity("Manuel Homem", "PER", "AGO", ["Interior Minister Manuel Homem", "he"]),
        entity("Angolan opposition politicians", "ORG", "AGO", ["opposition politicians", "them"]),
        entity("TPA", "ORG", "AGO", ["state broadcaster TPA"]),
        entity("UNITA", "ORG", "AGO", ["The main opposition party UNITA", "UNITA"]),
        entity("Adalberto Costa Junior", "PER", "AGO", ["UNITA leader Adalberto Costa Junior"]),
        entity("Joao Lourenco", "PER", "AGO", ["President Joao Lourenco"]),
        entity("Embassy of the United States in Luanda", "ORG", "USA", ["The U.S. and Portuguese embassies"]),
        entity("Embassy of Portugal in Luanda", "ORG", "PRT", ["The U.S. and Portuguese embassies"]),
        entity("Luanda city centre", "LOC", "AGO", ["the city centre"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
