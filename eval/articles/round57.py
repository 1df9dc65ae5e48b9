"""Round 57: six invented wire-style articles (4 German, 2 English), written blind.

1. hm57-de-01  ECOWAS orders its standby force activated against Niger's junta (Abuja, 2023-08-10)
2. hm57-de-02  The air strike on Iran's consular building in Damascus (2024-04-02)
3. hm57-de-03  Armenia freezes its participation in the CSTO (2024-02-23)
4. hm57-de-04  Guyana accuses Venezuela of a naval incursion near the oil platforms (2025-03-02)
5. hm57-en-01  Nigeria's army admits the drone strike on Tudun Biri (2023-12-05)
6. hm57-en-02  The hikoi against New Zealand's Treaty Principles Bill reaches Wellington (2024-11-19)

The events are invented but plausible, not reported facts. Texts are built sentence by sentence
with `paragraphs`, so every evidence is exactly one sentence of its text.
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm57-de-01: ECOWAS / Niger
ECOWAS = actor("Economic Community of West African States (ECOWAS)", "IGO", "IGO")
NER_JUNTA = actor("Military junta of Niger", "NER", "GOV")
TINUBU = actor("Bola Tinubu", "NGA", "GOV")
MLI = actor("Government of Mali", "MLI", "GOV")
BFA = actor("Government of Burkina Faso", "BFA", "GOV")
AU = actor("African Union", "IGO", "IGO")
USA = actor("United States", "USA", "GOV")
BAZOUM = actor("Mohamed Bazoum", "NER", "GOV")

D1_1 = "Die Westafrikanische Wirtschaftsgemeinschaft Ecowas hat die Aktivierung einer Bereitschaftstruppe gegen die Militärjunta in Niger angeordnet."
D1_2 = "Die Staats- und Regierungschefs des Bündnisses verhängten bei ihrem Sondergipfel am Donnerstag in der nigerianischen Hauptstadt Abuja außerdem Reiseverbote gegen Mitglieder der Junta."
D1_3 = "Nigerias Präsident Bola Tinubu, der den Vorsitz der Ecowas innehat, sagte, man habe »keine Option vom Tisch genommen, auch nicht den Einsatz von Gewalt als letztes Mittel«."
D1_4 = "Die Junta unter General Abdourahamane Tiani wies die Forderung nach einer Wiedereinsetzung des gestürzten Präsidenten Mohamed Bazoum zurück."
D1_5 = "In einer gemeinsamen Erklärung stellten sich die Militärregierungen von Mali und Burkina Faso hinter die Machthaber in Niamey."
D1_6 = "Ein Angriff auf Niger käme einer Kriegserklärung gegen beide Länder gleich, hieß es darin."
D1_7 = "Die Afrikanische Union begrüßte die Beschlüsse des Gipfels."
D1_8 = "Die USA riefen die Junta auf, Bazoum unverzüglich freizulassen."
D1_9 = "Der 63-Jährige wird seit dem Putsch Ende Juli mit seiner Familie in seiner Residenz in Niamey festgehalten."
D1_10 = "Ein Sprecher der Junta erklärte im Staatsfernsehen, Niger werde sich „gegen jede Aggression verteidigen“."

ART1 = {
    "id": "hm57-de-01", "lang": "de", "url": None, "published": "2023-08-10",
    "title": "Ecowas aktiviert Bereitschaftstruppe gegen Junta in Niger",
    "text": paragraphs([D1_1, D1_2, D1_3], [D1_4, D1_5, D1_6], [D1_7, D1_8, D1_9, D1_10]),
    "events": [
        event("MOBILIZE", ECOWAS, NER_JUNTA, D1_1, mode="troops", date="2023-08-10"),
        event("SANCTION", ECOWAS, NER_JUNTA, D1_2, date="2023-08-10", location="Abuja", location_country="NGA"),
        event("THREATEN", TINUBU, NER_JUNTA, D1_3, mode="violence"),
        event("REJECT", NER_JUNTA, ECOWAS, D1_4),
        event("SUPPORT", MLI, NER_JUNTA, D1_5),
        event("SUPPORT", BFA, NER_JUNTA, D1_5),
        event("THREATEN", MLI, ECOWAS, D1_6, mode="violence"),
        event("THREATEN", BFA, ECOWAS, D1_6, mode="violence"),
        event("SUPPORT", AU, ECOWAS, D1_7),
        event("REQUEST", USA, NER_JUNTA, D1_8, mode="yield"),
        event("COERCE", NER_JUNTA, BAZOUM, D1_9, mode="arrest", location="Niamey", location_country="NER"),
    ],
    "quotes": [
        quote("keine Option vom Tisch genommen, auch nicht den Einsatz von Gewalt als letztes Mittel", "Bola Tinubu", "direct"),
        quote("man habe »keine Option vom Tisch genommen, auch nicht den Einsatz von Gewalt als letztes Mittel«", "Bola Tinubu", "indirect"),
        quote("Ein Angriff auf Niger käme einer Kriegserklärung gegen beide Länder gleich", "Military governments of Mali and Burkina Faso", "indirect"),
        quote("gegen jede Aggression verteidigen", "Amadou Abdramane", "direct"),
        quote("Niger werde sich „gegen jede Aggression verteidigen“", "Amadou Abdramane", "indirect"),
    ],
    "entities": [
        entity("Economic Community of West African States (ECOWAS)", "ORG", "IGO",
               ["Die Westafrikanische Wirtschaftsgemeinschaft Ecowas", "des Bündnisses", "der Ecowas"]),
        entity("Military junta of Niger", "ORG", "NER",
               ["die Militärjunta in Niger", "der Junta", "Die Junta unter General Abdourahamane Tiani",
                "die Machthaber in Niamey", "die Junta"]),
        entity("Abdourahamane Tiani", "PER", "NER", ["General Abdourahamane Tiani"]),
        entity("Bola Tinubu", "PER", "NGA", ["Nigerias Präsident Bola Tinubu"]),
        entity("Mohamed Bazoum", "PER", "NER",
               ["des gestürzten Präsidenten Mohamed Bazoum", "Bazoum", "Der 63-Jährige"]),
        entity("Amadou Abdramane", "PER", "NER", ["Ein Sprecher der Junta"]),
        entity("Niger", "GPE", "NER", ["Niger"]),
        entity("Mali", "GPE", "MLI", ["Mali"]),
        entity("Burkina Faso", "GPE", "BFA", ["Burkina Faso"]),
        entity("Nigeria", "GPE", "NGA", ["Nigerias"]),
        entity("Abuja", "LOC", "NGA", ["der nigerianischen Hauptstadt Abuja"]),
        entity("Niamey", "LOC", "NER", ["Niamey"]),
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union"]),
        entity("United States", "GPE", "USA", ["Die USA"]),
    ],
}

# ---------------------------------------------------------------- hm57-de-02: Damascus consulate strike
AMIR = actor("Hossein Amirabdollahian", "IRN", "GOV")
ISR = actor("Israel", "ISR", "GOV")
KHAMENEI = actor("Ali Khamenei", "IRN", "GOV")
IRN = actor("Iran", "IRN", "GOV")
RUS = actor("Russia", "RUS", "GOV")
UNSC = actor("United Nations Security Council", "UNO", "IGO")
GUTERRES = actor("António Guterres", "UNO", "IGO")
MEKDAD = actor("Faisal Mekdad", "SYR", "GOV")

D2_1 = "Bei einem Luftangriff auf ein Gebäude der iranischen Botschaft in der syrischen Hauptstadt Damaskus sind am Montag sieben Mitglieder der Revolutionsgarden getötet worden."
D2_2 = "Unter den Toten ist nach Angaben aus Teheran auch General Mohammad Resa Sahedi, ein hochrangiger Kommandeur der Al-Kuds-Einheiten."
D2_3 = "Irans Außenminister Hossein Amirabdollahian machte Israel für den Angriff verantwortlich und sprach von einem Bruch aller internationalen Konventionen."
D2_4 = "Revolutionsführer Ajatollah Ali Chamenei kündigte Vergeltung an."
D2_5 = "„Wir werden sie dieses Verbrechen bereuen lassen“, erklärte er."
D2_6 = "Über die Schweizer Botschaft ließ Teheran Washington ausrichten, die USA seien als Verbündeter Israels mitverantwortlich."
D2_7 = "Die USA hätten vorab nichts von dem Angriff gewusst, sagte Außenamtssprecher Matthew Miller."
D2_8 = "Israels Armee äußerte sich wie üblich nicht zu dem Bericht."
D2_9 = "Russland verlangte eine Dringlichkeitssitzung des UN-Sicherheitsrats."
D2_10 = "UN-Generalsekretär António Guterres rief zu äußerster Zurückhaltung auf."
D2_11 = "Syriens Außenminister Faisal Mekdad verurteilte den Angriff als »terroristischen Akt« Israels."
D2_12 = "Am Abend telefonierte er mit Amirabdollahian, wie die staatliche Nachrichtenagentur Sana meldete."

ART2 = {
    "id": "hm57-de-02", "lang": "de", "url": None, "published": "2024-04-02",
    "title": "Iran droht Israel nach Angriff in Damaskus mit Vergeltung",
    "text": paragraphs([D2_1, D2_2, D2_3], [D2_4, D2_5, D2_6, D2_7], [D2_8, D2_9, D2_10, D2_11, D2_12]),
    "events": [
        event("ACCUSE", AMIR, ISR, D2_3, mode="allege"),
        event("THREATEN", KHAMENEI, ISR, D2_4, mode="violence"),
        event("THREATEN", KHAMENEI, ISR, D2_5, mode="violence"),
        event("ACCUSE", IRN, USA, D2_6, mode="allege"),
        event("REQUEST", RUS, UNSC, D2_9, mode="meet"),
        event("REQUEST", GUTERRES, None, D2_10),
        event("ACCUSE", MEKDAD, ISR, D2_11, mode="disapprove"),
        event("CONSULT", MEKDAD, AMIR, D2_12, mode="phone", date="2024-04-01"),
    ],
    "quotes": [
        quote("Unter den Toten ist nach Angaben aus Teheran auch General Mohammad Resa Sahedi, ein hochrangiger Kommandeur der Al-Kuds-Einheiten", "Government of Iran", "indirect"),
        quote("Wir werden sie dieses Verbrechen bereuen lassen", "Ali Khamenei", "direct"),
        quote("die USA seien als Verbündeter Israels mitverantwortlich", "Government of Iran", "indirect"),
        quote("Die USA hätten vorab nichts von dem Angriff gewusst", "Matthew Miller", "indirect"),
        quote("terroristischen Akt", "Faisal Mekdad", "direct"),
        quote("Am Abend telefonierte er mit Amirabdollahian", "Syrian Arab News Agency (SANA)", "indirect"),
    ],
    "entities": [
        entity("Iran", "GPE", "IRN", ["Teheran", "Irans"]),
        entity("Damascus", "LOC", "SYR", ["der syrischen Hauptstadt Damaskus"]),
        entity("Islamic Revolutionary Guard Corps", "ORG", "IRN", ["der Revolutionsgarden"]),
        entity("Mohammad Reza Zahedi", "PER", "IRN", ["General Mohammad Resa Sahedi"]),
        entity("Quds Force", "ORG", "IRN", ["der Al-Kuds-Einheiten"]),
        entity("Hossein Amirabdollahian", "PER", "IRN",
               ["Irans Außenminister Hossein Amirabdollahian", "Amirabdollahian"]),
        entity("Israel", "GPE", "ISR", ["Israel", "Israels"]),
        entity("Ali Khamenei", "PER", "IRN", ["Revolutionsführer Ajatollah Ali Chamenei", "er"]),
        entity("Embassy of Switzerland in Iran", "ORG", "CHE", ["die Schweizer Botschaft"]),
        entity("United States", "GPE", "USA", ["Washington", "die USA", "Die USA"]),
        entity("Matthew Miller", "PER", "USA", ["Außenamtssprecher Matthew Miller"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["Israels Armee"]),
        entity("Russia", "GPE", "RUS", ["Russland"]),
        entity("United Nations Security Council", "ORG", "UNO", ["des UN-Sicherheitsrats"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
        entity("Faisal Mekdad", "PER", "SYR", ["Syriens Außenminister Faisal Mekdad", "er"]),
        entity("Syria", "GPE", "SYR", ["Syriens"]),
        entity("Syrian Arab News Agency (SANA)", "ORG", "SYR", ["die staatliche Nachrichtenagentur Sana"]),
    ],
}

# ---------------------------------------------------------------- hm57-de-03: Armenia / CSTO
ARM = actor("Armenia", "ARM", "GOV")
PASHINYAN = actor("Nikol Pashinyan", "ARM", "GOV")
CSTO = actor("Collective Security Treaty Organization (CSTO)", "IGO", "IGO")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
FRA = actor("France", "FRA", "GOV")
ALIYEV = actor("Ilham Aliyev", "AZE", "GOV")
ARM_MIL = actor("Armed Forces of Armenia", "ARM", "MIL")
FRA_MIL = actor("French Armed Forces", "FRA", "MIL")

D3_1 = "Armenien hat seine Beteiligung an dem von Russland geführten Militärbündnis OVKS nach Angaben von Regierungschef Nikol Paschinjan eingefroren."
D3_2 = "Das Bündnis habe seine Verpflichtungen gegenüber Armenien in den Jahren 2021 und 2022 nicht erfüllt, sagte er am Donnerstag dem französischen Sender France 24."
D3_3 = "Eriwan wirft der OVKS vor, dem Land bei den Angriffen Aserbaidschans auf armenisches Staatsgebiet nicht beigestanden zu haben."
D3_4 = "Paschinjan verlangte von Moskau zudem den Abzug russischer Grenzschützer vom Flughafen der Hauptstadt."
D3_5 = "Kremlsprecher Dmitri Peskow sagte am Freitag, Moskau erwarte von Eriwan eine Klarstellung."
D3_6 = '"Das ist eine souveräne Entscheidung, aber sie wirft Fragen auf", fügte er hinzu.'
D3_7 = "Paschinjan hatte bereits im vergangenen Jahr seine Teilnahme an Gipfeltreffen der Organisation abgesagt."
D3_8 = "Zugleich sucht Armenien die Nähe zum Westen."
D3_12 = "Im Januar hatten armenische und französische Offiziere erstmals gemeinsam geübt."
D3_9 = "Frankreich hatte im Herbst zugesagt, dem Land Radarsysteme und Schützenpanzer zu liefern."
D3_10 = "Aserbaidschans Präsident Ilham Alijew warf Paris daraufhin vor, den Südkaukasus zu militarisieren."
D3_11 = "Ein Austritt aus der OVKS stehe derzeit nicht zur Debatte, sagte eine Sprecherin des armenischen Außenministeriums."

ART3 = {
    "id": "hm57-de-03", "lang": "de", "url": None, "published": "2024-02-23",
    "title": "Armenien friert Mitarbeit im Militärbündnis OVKS ein",
    "text": paragraphs([D3_1, D3_2, D3_3, D3_4], [D3_5, D3_6, D3_7], [D3_8, D3_12, D3_9, D3_10, D3_11]),
    "events": [
        event("SANCTION", ARM, CSTO, D3_1, mode="withdraw"),
        event("ACCUSE", PASHINYAN, CSTO, D3_2, mode="disapprove", date="2024-02-22"),
        event("ACCUSE", ARM, CSTO, D3_3, mode="allege"),
        event("REQUEST", PASHINYAN, RUS, D3_4),
        event("REQUEST", PESKOV, ARM, D3_5, date="2024-02-23"),
        event("REJECT", PASHINYAN, CSTO, D3_7, mode="meet"),
        event("COOPERATE", ARM_MIL, FRA_MIL, D3_12, mode=None),
        event("AGREE", FRA, ARM, D3_9),
        event("ACCUSE", ALIYEV, FRA, D3_10, mode="allege"),
    ],
    "quotes": [
        quote("Armenien hat seine Beteiligung an dem von Russland geführten Militärbündnis OVKS nach Angaben von Regierungschef Nikol Paschinjan eingefroren", "Nikol Pashinyan", "indirect"),
        quote("Das Bündnis habe seine Verpflichtungen gegenüber Armenien in den Jahren 2021 und 2022 nicht erfüllt", "Nikol Pashinyan", "indirect"),
        quote("dem Land bei den Angriffen Aserbaidschans auf armenisches Staatsgebiet nicht beigestanden zu haben", "Armenia", "indirect"),
        quote("Moskau erwarte von Eriwan eine Klarstellung", "Dmitry Peskov", "indirect"),
        quote("Das ist eine souveräne Entscheidung, aber sie wirft Fragen auf", "Dmitry Peskov", "direct"),
        quote("den Südkaukasus zu militarisieren", "Ilham Aliyev", "indirect"),
        quote("Ein Austritt aus der OVKS stehe derzeit nicht zur Debatte", "Spokesperson of the Foreign Ministry of Armenia", "indirect"),
    ],
    "entities": [
        entity("Armenia", "GPE", "ARM", ["Armenien", "Eriwan", "dem Land"]),
        entity("Russia", "GPE", "RUS", ["Russland", "Moskau"]),
        entity("Collective Security Treaty Organization (CSTO)", "ORG", "IGO",
               ["Militärbündnis OVKS", "Das Bündnis", "der OVKS", "der Organisation"]),
        entity("Nikol Pashinyan", "PER", "ARM", ["Regierungschef Nikol Paschinjan", "er", "Paschinjan"]),
        entity("France 24", "ORG", "FRA", ["dem französischen Sender France 24"]),
        entity("Azerbaijan", "GPE", "AZE", ["Aserbaidschans"]),
        entity("Russian Border Guard Service", "ORG", "RUS", ["russischer Grenzschützer"]),
        entity("Zvartnots International Airport", "LOC", "ARM", ["Flughafen der Hauptstadt"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow", "er"]),
        entity("France", "GPE", "FRA", ["Frankreich", "Paris"]),
        entity("Armed Forces of Armenia", "ORG", "ARM", ["armenische und französische Offiziere"]),
        entity("French Armed Forces", "ORG", "FRA", ["armenische und französische Offiziere"]),
        entity("Ilham Aliyev", "PER", "AZE", ["Aserbaidschans Präsident Ilham Alijew"]),
        entity("South Caucasus", "LOC", None, ["den Südkaukasus"]),
        entity("Ministry of Foreign Affairs of Armenia", "ORG", "ARM", ["des armenischen Außenministeriums"]),
        entity("Spokesperson of the Foreign Ministry of Armenia", "PER", "ARM",
               ["eine Sprecherin des armenischen Außenministeriums"]),
    ],
}

# ---------------------------------------------------------------- hm57-de-04: Guyana / Venezuela
ALI = actor("Irfaan Ali", "GUY", "GOV")
VEN = actor("Venezuela", "VEN", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")
VEN_GANG = actor("Venezuelan gang", "VEN", "REB")
GDF = actor("Guyana Defence Force", "GUY", "MIL")
BRA = actor("Brazil", "BRA", "GOV")
GUY = actor("Guyana", "GUY", "GOV")

D4_1 = "Guyanas Präsident Irfaan Ali hat Venezuela vorgeworfen, mit einem Marineschiff in guyanische Hoheitsgewässer eingedrungen zu sein."
D4_2 = "Das Patrouillenboot habe sich am Samstag mehreren Förderschiffen des US-Konzerns ExxonMobil genähert und deren Besatzungen per Funk bedroht, sagte Ali in einer Videobotschaft."
D4_3 = "„Das ist völlig inakzeptabel und eine klare Bedrohung unserer Souveränität“, erklärte er."
D4_4 = "Am Abend telefonierte Ali mit US-Außenminister Marco Rubio."
D4_5 = "Rubio warnte, sollte Venezuela Guyana oder ExxonMobil angreifen, werde dies »ein sehr schlechter Tag« für die Regierung in Caracas."
D4_6 = "Venezuelas Außenminister Yván Gil wies die Vorwürfe als »Lügen« zurück."
D4_7 = "Die Gewässer lägen in einem Gebiet, dessen Grenzen noch nicht festgelegt seien, sagte er."
D4_8 = "Venezuela beansprucht die rohstoffreiche Region Essequibo, die rund zwei Drittel des guyanischen Staatsgebiets ausmacht."
D4_9 = "Mitte Februar waren bei einem Angriff einer venezolanischen Bande auf eine Patrouille am Fluss Cuyuni sechs guyanische Soldaten verletzt worden."
D4_10 = "Die Armee verstärkte nach Angaben ihres Stabschefs Omar Khan die Patrouillen an der Grenze."
D4_11 = "Brasilien rief beide Nachbarn zur Mäßigung auf."

ART4 = {
    "id": "hm57-de-04", "lang": "de", "url": None, "published": "2025-03-02",
    "title": "Guyana wirft Venezuela Eindringen in Hoheitsgewässer vor",
    "text": paragraphs([D4_1, D4_2, D4_3], [D4_4, D4_5, D4_6, D4_7], [D4_8, D4_9, D4_10, D4_11]),
    "events": [
        event("ACCUSE", ALI, VEN, D4_1, mode="allege"),
        event("ACCUSE", ALI, VEN, D4_2, mode="allege"),
        event("ACCUSE", ALI, VEN, D4_3, mode="disapprove"),
        event("CONSULT", ALI, RUBIO, D4_4, mode="phone", date="2025-03-01"),
        event("THREATEN", RUBIO, VEN, D4_5, mode="violence"),
        event("ASSAULT", VEN_GANG, GDF, D4_9, location="Cuyuni River", location_country="GUY"),
        event("MOBILIZE", GDF, None, D4_10, mode="troops"),
        event("REQUEST", BRA, GUY, D4_11),
        event("REQUEST", BRA, VEN, D4_11),
    ],
    "quotes": [
        quote("mit einem Marineschiff in guyanische Hoheitsgewässer eingedrungen zu sein", "Irfaan Ali", "indirect"),
        quote("Das Patrouillenboot habe sich am Samstag mehreren Förderschiffen des US-Konzerns ExxonMobil genähert und deren Besatzungen per Funk bedroht", "Irfaan Ali", "indirect"),
        quote("Das ist völlig inakzeptabel und eine klare Bedrohung unserer Souveränität", "Irfaan Ali", "direct"),
        quote("ein sehr schlechter Tag", "Marco Rubio", "direct"),
        quote("sollte Venezuela Guyana oder ExxonMobil angreifen, werde dies »ein sehr schlechter Tag« für die Regierung in Caracas", "Marco Rubio", "indirect"),
        quote("Lügen", "Yván Gil", "direct"),
        quote("Die Gewässer lägen in einem Gebiet, dessen Grenzen noch nicht festgelegt seien", "Yván Gil", "indirect"),
        quote("Die Armee verstärkte nach Angaben ihres Stabschefs Omar Khan die Patrouillen an der Grenze", "Omar Khan", "indirect"),
    ],
    "entities": [
        entity("Irfaan Ali", "PER", "GUY", ["Guyanas Präsident Irfaan Ali", "Ali", "er"]),
        entity("Guyana", "GPE", "GUY", ["Guyanas", "Guyana"]),
        entity("Venezuela", "GPE", "VEN", ["Venezuela", "Venezuelas", "die Regierung in Caracas"]),
        entity("ExxonMobil", "ORG", "USA", ["des US-Konzerns ExxonMobil", "ExxonMobil"]),
        entity("Marco Rubio", "PER", "USA", ["US-Außenminister Marco Rubio", "Rubio"]),
        entity("Yván Gil", "PER", "VEN", ["Venezuelas Außenminister Yván Gil", "er"]),
        entity("Essequibo", "LOC", "GUY", ["die rohstoffreiche Region Essequibo"]),
        entity("Cuyuni River", "LOC", "GUY", ["Fluss Cuyuni"]),
        entity("Venezuelan gang", "ORG", "VEN", ["einer venezolanischen Bande"]),
        entity("Guyana Defence Force", "ORG", "GUY", ["eine Patrouille", "Die Armee"]),
        entity("Omar Khan", "PER", "GUY", ["ihres Stabschefs Omar Khan"]),
        entity("Brazil", "GPE", "BRA", ["Brasilien"]),
    ],
}

# ---------------------------------------------------------------- hm57-en-01: Tudun Biri drone strike
NGA_ARMY = actor("Nigerian Army", "NGA", "MIL")
VILLAGERS = actor("Villagers of Tudun Biri", "NGA", "CVL")
TINUBU_EN = actor("Bola Tinubu", "NGA", "GOV")
SANI = actor("Uba Sani", "NGA", "GOV")
KAD_PROT = actor("Protesters in Kaduna", "NGA", "CVL")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
NGA_GOV = actor("Government of Nigeria", "NGA", "GOV")
UN = actor("United Nations", "UNO", "IGO")

E1_1 = "Nigeria's army has admitted that one of its drones mistakenly killed dozens of villagers gathered for a religious festival in the northwestern state of Kaduna."
E1_2 = "The strike on Sunday night hit the village of Tudun Biri during celebrations of the Prophet Muhammad's birthday, local officials said."
E1_3 = "Major General Valentine Okoro told residents on Monday that the drone had been on a routine mission against terrorists and had “misinterpreted” their movements."
E1_4 = "President Bola Tinubu ordered a thorough investigation and called the deaths “very unfortunate, disturbing and painful.”"
E1_5 = "Kaduna's governor Uba Sani promised to rebuild the village and pay for the treatment of 66 injured people in hospital."
E1_6 = "Hundreds of people protested outside the army's divisional headquarters in Kaduna on Tuesday, demanding justice for the victims."
E1_7 = "Amnesty International said at least 120 civilians had been killed."
E1_8 = "The rights group urged the authorities to stop using air strikes in populated areas."
E1_9 = "The United Nations sent medical supplies to the area on Tuesday, according to a UN spokesperson."

ART5 = {
    "id": "hm57-en-01", "lang": "en", "url": None, "published": "2023-12-05",
    "title": "Nigerian army admits drone strike killed villagers at religious festival",
    "text": paragraphs([E1_1, E1_2, E1_3], [E1_4, E1_5, E1_6], [E1_7, E1_8, E1_9]),
    "events": [
        event("CONCEDE", NGA_ARMY, VILLAGERS, E1_1),
        event("ASSAULT", NGA_ARMY, VILLAGERS, E1_1, mode="drone", date="2023-12-03",
              location="Tudun Biri", location_country="NGA"),
        event("ASSAULT", NGA_ARMY, VILLAGERS, E1_2, mode="drone", date="2023-12-03",
              location="Tudun Biri", location_country="NGA"),
        event("ACCUSE", TINUBU_EN, NGA_ARMY, E1_4, mode="investigate"),
        event("AGREE", SANI, VILLAGERS, E1_5),
        event("PROTEST", KAD_PROT, NGA_ARMY, E1_6, mode="demo", date="2023-12-05",
              location="Kaduna", location_country="NGA"),
        event("REQUEST", AMNESTY, NGA_GOV, E1_8, mode="change"),
        event("AID", UN, VILLAGERS, E1_9, date="2023-12-05"),
    ],
    "quotes": [
        quote("that one of its drones mistakenly killed dozens of villagers gathered for a religious festival in the northwestern state of Kaduna", "Nigerian Army", "indirect"),
        quote("The strike on Sunday night hit the village of Tudun Biri during celebrations of the Prophet Muhammad's birthday", "Local officials in Kaduna", "indirect"),
        quote("misinterpreted", "Valentine Okoro", "direct"),
        quote("that the drone had been on a routine mission against terrorists and had “misinterpreted” their movements", "Valentine Okoro", "indirect"),
        quote("very unfortunate, disturbing and painful", "Bola Tinubu", "direct"),
        quote("at least 120 civilians had been killed", "Amnesty International", "indirect"),
        quote("The United Nations sent medical supplies to the area on Tuesday", "Spokesperson of the United Nations", "indirect"),
    ],
    "entities": [
        entity("Nigerian Army", "ORG", "NGA",
               ["Nigeria's army", "the army's divisional headquarters"]),
        entity("Nigeria", "GPE", "NGA", ["Nigeria's"]),
        entity("Kaduna State", "LOC", "NGA", ["the northwestern state of Kaduna"]),
        entity("Tudun Biri", "LOC", "NGA", ["the village of Tudun Biri", "the village"]),
        entity("Valentine Okoro", "PER", "NGA", ["Major General Valentine Okoro"]),
        entity("Bola Tinubu", "PER", "NGA", ["President Bola Tinubu"]),
        entity("Uba Sani", "PER", "NGA", ["Kaduna's governor Uba Sani"]),
        entity("Kaduna", "LOC", "NGA", ["Kaduna"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International", "The rights group"]),
        entity("United Nations", "ORG", "UNO", ["The United Nations"]),
        entity("Spokesperson of the United Nations", "PER", "UNO", ["a UN spokesperson"]),
    ],
}

# ---------------------------------------------------------------- hm57-en-02: hikoi in Wellington
HIKOI = actor("Hikoi marchers", "NZL", "CVL")
NZL_GOV = actor("Government of New Zealand", "NZL", "GOV")
WAITITI = actor("Rawiri Waititi", "NZL", "OPP")
LUXON = actor("Christopher Luxon", "NZL", "GOV")
SEYMOUR = actor("David Seymour", "NZL", "GOV")
TPM = actor("Te Pāti Māori", "NZL", "PTY")
BROWNLEE = actor("Gerry Brownlee", "NZL", "LEG")
MAIPI = actor("Hana-Rawhiti Maipi-Clarke", "NZL", "OPP")
TRIBUNAL = actor("Waitangi Tribunal", "NZL", "JUD")

E2_1 = "Tens of thousands of people marched on New Zealand's parliament in Wellington on Tuesday to protest against a bill that would reinterpret the country's founding treaty with Māori."
E2_2 = "The nine-day hīkoi, which began at the northern tip of the North Island, ended peacefully, police said."
E2_3 = "Te Pāti Māori co-leader Rawiri Waititi accused the government of “stoking division” and called on Prime Minister Christopher Luxon to scrap the bill."
E2_4 = "Luxon, who was attending the G20 summit in Brazil, did not meet the marchers."
E2_5 = "He has said his National Party will vote the bill down at its second reading."
E2_6 = "ACT leader David Seymour, the bill's author, called the march “a great expression of democracy” but insisted that New Zealanders deserved a debate on equal rights."
E2_7 = "Last week, Te Pāti Māori lawmakers performed a haka in parliament to protest against the bill's first reading."
E2_8 = "Speaker Gerry Brownlee then suspended lawmaker Hana-Rawhiti Maipi-Clarke from the chamber for 24 hours."
E2_9 = "The Waitangi Tribunal had urged the government in August to halt work on the bill."

ART6 = {
    "id": "hm57-en-02", "lang": "en", "url": None, "published": "2024-11-19",
    "title": "Tens of thousands march on New Zealand parliament over Treaty bill",
    "text": paragraphs([E2_1, E2_2, E2_3], [E2_4, E2_5, E2_6], [E2_7, E2_8, E2_9]),
    "events": [
        event("PROTEST", HIKOI, NZL_GOV, E2_1, mode="demo", date="2024-11-19",
              location="Wellington", location_country="NZL"),
        event("ACCUSE", WAITITI, NZL_GOV, E2_3, mode="disapprove"),
        event("REQUEST", WAITITI, LUXON, E2_3, mode="change"),
        event("CONSULT", LUXON, HIKOI, E2_4, negated=True),
        event("REJECT", LUXON, SEYMOUR, E2_5),
        event("PROTEST", TPM, NZL_GOV, E2_7, mode="demo", location="Wellington", location_country="NZL"),
        event("COERCE", BROWNLEE, MAIPI, E2_8, mode="restrict"),
        event("REQUEST", TRIBUNAL, NZL_GOV, E2_9, mode="change"),
    ],
    "quotes": [
        quote("The nine-day hīkoi, which began at the northern tip of the North Island, ended peacefully", "New Zealand Police", "indirect"),
        quote("stoking division", "Rawiri Waititi", "direct"),
        quote("his National Party will vote the bill down at its second reading", "Christopher Luxon", "indirect"),
        quote("a great expression of democracy", "David Seymour", "direct"),
        quote("that New Zealanders deserved a debate on equal rights", "David Seymour", "indirect"),
    ],
    "entities": [
        entity("Hikoi marchers", "ORG", "NZL", ["Tens of thousands of people", "the marchers"]),
        entity("Parliament of New Zealand", "ORG", "NZL", ["New Zealand's parliament", "parliament", "the chamber"]),
        entity("Wellington", "LOC", "NZL", ["Wellington"]),
        entity("New Zealand", "GPE", "NZL", ["New Zealand's", "the country's"]),
        entity("New Zealand Police", "ORG", "NZL", ["police"]),
        entity("North Island", "LOC", "NZL", ["the North Island"]),
        entity("Te Pāti Māori", "ORG", "NZL", ["Te Pāti Māori", "Te Pāti Māori lawmakers"]),
        entity("Rawiri Waititi", "PER", "NZL", ["Te Pāti Māori co-leader Rawiri Waititi"]),
        entity("Government of New Zealand", "ORG", "NZL", ["the government"]),
        entity("Christopher Luxon", "PER", "NZL", ["Prime Minister Christopher Luxon", "Luxon", "He"]),
        entity("Brazil", "GPE", "BRA", ["Brazil"]),
        entity("National Party", "ORG", "NZL", ["his National Party"]),
        entity("David Seymour", "PER", "NZL", ["ACT leader David Seymour", "the bill's author"]),
        entity("ACT New Zealand", "ORG", "NZL", ["ACT"]),
        entity("Gerry Brownlee", "PER", "NZL", ["Speaker Gerry Brownlee"]),
        entity("Hana-Rawhiti Maipi-Clarke", "PER", "NZL", ["lawmaker Hana-Rawhiti Maipi-Clarke"]),
        entity("Waitangi Tribunal", "ORG", "NZL", ["The Waitangi Tribunal"]),
    ],
}

ARTICLES = [ART1, ART2, ART3, ART4, ART5, ART6]
