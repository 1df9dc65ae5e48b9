"""Round 254: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, invented wording and details):
- hm254-de-01: Russia/North Korea: Putin receives Kim Jong Un at the Vostochny cosmodrome; Kim pledges full support, Putin promises satellite help, Washington accuses Pyongyang and threatens sanctions, Seoul presses Moscow, Peskov rebuffs the US and says no agreements were signed, missile launch, Kim's invitation (2023-09-13).
- hm254-de-02: India: Delhi police detain Olympic wrestlers Sakshi Malik and Bajrang Punia on their march to the new parliament and clear the Jantar Mantar camp; allegations against Brij Bhushan Sharan Singh (not arrested), Vinesh Phogat and Rahul Gandhi attack the government, police case, opposition boycott, release, Haryana farmers' aid and pledge (2023-05-28).
- hm254-de-03: Thailand: Thaksin Shinawatra returns from exile and is taken to the Supreme Court and prison; parliament elects Srettha Thavisin with military-linked parties, Pita attacks Pheu Thai, protest outside parliament, Srettha's charter pledge, the king's endorsement (2023-08-23).
- hm254-de-04: UN/Israel: Katz declares Guterres persona non grata after Iran's missile attack; Guterres condemns Iran, Dujarric and Danon trade accusations, France and Spain back Guterres, Danon asks for sanctions on Iran, Israeli strikes on Hezbollah, Israel's 2023 resignation demand (2024-10-02).
- hm254-en-01: Japan: a pipe bomb is thrown at Prime Minister Kishida in Wakayama; Ryuji Kimura arrested, his home searched, he refuses to talk, police chief orders tighter security, Biden calls, Yoon and Izumi condemn (2023-04-16).
- hm254-en-02: Australia/AUKUS: Biden, Albanese and Sunak announce the submarine plan in San Diego; U.S. and British pledges, naval cooperation, China accuses the three countries, the IAEA's pledge, Keating attacks the government (2023-03-15).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm254-de-01 (Russia/North Korea, Kim at Vostochny)
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
KIM = actor("Kim Jong Un", "PRK", "GOV")
PRK = actor("North Korea", "PRK", "GOV")
PRK_GOV = actor("Government of North Korea", "PRK", "GOV")
PRK_MIL = actor("Korean People's Army", "PRK", "MIL")
USA = actor("United States", "USA", "GOV")
MILLER = actor("Matthew Miller", "USA", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
ROK_MOFA = actor("Ministry of Foreign Affairs of South Korea", "KOR", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")

V1 = ("Moskau (dpa) - Kremlchef Wladimir Putin hat den nordkoreanischen Machthaber Kim Jong Un auf dem "
      "Weltraumbahnhof Wostotschny im Fernen Osten Russlands empfangen.")
V2 = ("Die beiden sprachen am Mittwoch mehr als vier Stunden lang, zunächst im Beisein ihrer Delegationen und dann "
      "unter vier Augen.")
V3 = ("Kim sicherte Putin die „volle und bedingungslose Unterstützung“ seines Landes zu und sprach von einem "
      "„heiligen Kampf“ Russlands gegen den Westen.")
V4 = "Russland werde Nordkorea beim Bau von Satelliten helfen, sagte Putin vor Journalisten."
V5 = "Abkommen seien nicht unterzeichnet worden, sagte Kremlsprecher Dmitri Peskow."
V6 = ("Die USA werfen Pjöngjang vor, Russland Artilleriegranaten und Raketen für den Krieg in der Ukraine liefern "
      "zu wollen.")
V7 = ("Der Sprecher des US-Außenministeriums, Matthew Miller, drohte beiden Ländern mit weiteren Sanktionen, sollte "
      "es zu einem Waffengeschäft kommen.")
V8 = ("Das südkoreanische Außenministerium forderte die russische Regierung auf, sich an die Resolutionen des UN-Sicherheitsrats zu "
      "halten, die jeden Waffenhandel mit Nordkorea verbieten.")
V9 = ("Peskow entgegnete, Russland werde sich bei der Zusammenarbeit mit seinen Nachbarn nicht von Washington "
      "belehren lassen.")
V10 = ("Kurz vor dem Treffen hatte Nordkorea zwei ballistische Kurzstreckenraketen ins Japanische Meer abgefeuert, "
       "wie der südkoreanische Generalstab mitteilte.")
V11 = ("Kim war mit seinem gepanzerten Sonderzug angereist und will in den kommenden Tagen auch Rüstungsbetriebe in "
       "Komsomolsk am Amur und Wladiwostok besuchen.")
V12 = "Zum Abschluss lud er Putin zu einem Gegenbesuch nach Pjöngjang ein."
V13 = "Es ist Kims erste Auslandsreise seit Beginn der Corona-Pandemie."

DE01 = {
    "id": "hm254-de-01", "lang": "de", "url": None, "published": "2023-09-13",
    "title": "Putin empfängt Kim Jong Un auf Weltraumbahnhof Wostotschny",
    "text": paragraphs([V1, V2, V3, V4, V5], [V6, V7, V8, V9], [V10, V11, V12, V13]),
    "events": [
        event("CONSULT", KIM, PUTIN, V1, mode="visit", location="Vostochny Cosmodrome", location_country="RUS"),
        event("CONSULT", KIM, PUTIN, V2, mode="visit", date="2023-09-13", location="Vostochny Cosmodrome",
              location_country="RUS"),
        event("SUPPORT", KIM, PUTIN, V3),
        event("AGREE", PUTIN, PRK, V4),
        event("SUPPORT", RUSSIA, PRK, V5, negated=True),
        event("ACCUSE", USA, PRK_GOV, V6, mode="allege"),
        event("THREATEN", MILLER, RUSSIA, V7),
        event("THREATEN", MILLER, PRK, V7),
        event("REQUEST", ROK_MOFA, RUS_GOV, V8, mode="change"),
        event("REJECT", PESKOV, USA, V9, mode="change"),
        event("MOBILIZE", PRK_MIL, None, V10, mode="weapons", date="2023-09-13"),
        event("AGREE", KIM, RUSSIA, V11),
        event("AGREE", KIM, PUTIN, V12),
    ],
    "quotes": [
        quote("volle und bedingungslose Unterstützung", "Kim Jong Un", "direct"),
        quote("heiligen Kampf", "Kim Jong Un", "direct"),
        quote("Russland werde Nordkorea beim Bau von Satelliten helfen", "Vladimir Putin", "indirect"),
        quote("Abkommen seien nicht unterzeichnet worden", "Dmitry Peskov", "indirect"),
        quote("Russland Artilleriegranaten und Raketen für den Krieg in der Ukraine liefern zu wollen",
              "United States", "indirect"),
        quote("Russland werde sich bei der Zusammenarbeit mit seinen Nachbarn nicht von Washington belehren lassen",
              "Dmitry Peskov", "indirect"),
        quote("Kurz vor dem Treffen hatte Nordkorea zwei ballistische Kurzstreckenraketen ins Japanische Meer "
              "abgefeuert", "Joint Chiefs of Staff of South Korea", "indirect"),
    ],
    "entities": [
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin", "Putin"]),
        entity("Kim Jong Un", "PER", "PRK", ["den nordkoreanischen Machthaber Kim Jong Un", "Kim", "Kims"]),
        entity("Vostochny Cosmodrome", "LOC", "RUS", ["dem Weltraumbahnhof Wostotschny"]),
        entity("Russian Far East", "LOC", "RUS", ["im Fernen Osten Russlands"]),
        entity("Russia", "LOC", "RUS", ["Russlands", "Russland"]),
        entity("North Korea", "LOC", "PRK", ["seines Landes", "Nordkorea"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow", "Peskow"]),
        entity("United States", "LOC", "USA", ["Die USA"]),
        entity("Government of North Korea", "ORG", "PRK", ["Pjöngjang"]),
        entity("Ukraine", "LOC", "UKR", ["der Ukraine"]),
        entity("U.S. Department of State", "ORG", "USA", ["des US-Außenministeriums"]),
        entity("Matthew Miller", "PER", "USA", ["Der Sprecher des US-Außenministeriums, Matthew Miller"]),
        entity("Ministry of Foreign Affairs of South Korea", "ORG", "KOR", ["Das südkoreanische Außenministerium"]),
        entity("Government of Russia", "ORG", "RUS", ["die russische Regierung"]),
        entity("UN Security Council", "ORG", "UNO", ["des UN-Sicherheitsrats"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Sea of Japan", "LOC", None, ["Japanische Meer"]),
        entity("Joint Chiefs of Staff of South Korea", "ORG", "KOR", ["der südkoreanische Generalstab"]),
        entity("Komsomolsk-on-Amur", "LOC", "RUS", ["Komsomolsk am Amur"]),
        entity("Vladivostok", "LOC", "RUS", ["Wladiwostok"]),
    ],
}

# ---------------------------------------------------------------- hm254-de-02 (India, wrestlers detained)
DELHI_POLICE = actor("Delhi Police", "IND", "COP")
SAKSHI = actor("Sakshi Malik", "IND", "CVL")
BAJRANG = actor("Bajrang Punia", "IND", "CVL")
WRESTLERS = actor("protesting wrestlers", "IND", "CVL")
BRIJ_BHUSHAN = actor("Brij Bhushan Sharan Singh", "IND", "LEG")
VINESH = actor("Vinesh Phogat", "IND", "CVL")
IND_GOV = actor("Government of India", "IND", "GOV")
RAHUL = actor("Rahul Gandhi", "IND", "OPP")
IND_OPPOSITION = actor("Indian opposition parties", "IND", "OPP")
MODI = actor("Narendra Modi", "IND", "GOV")
HARYANA_FARMERS = actor("farmers' unions from Haryana", "IND", "LAB")

P1 = ("Neu-Delhi (AFP) - Die Polizei in Neu-Delhi hat die Olympia-Medaillengewinner Sakshi Malik und Bajrang Punia "
      "festgenommen, als sie mit anderen Ringern zum neuen Parlamentsgebäude marschieren wollten.")
P2 = ("Die Beamten zerrten die Sportler am Sonntag in Busse und räumten anschließend das Protestlager am Jantar "
      "Mantar, in dem die Ringer seit mehr als einem Monat ausgeharrt hatten.")
P3 = ("Die Ringer werfen dem Präsidenten des Ringerverbands, Brij Bhushan Sharan Singh, vor, Athletinnen sexuell "
      "belästigt zu haben, darunter eine Minderjährige.")
P4 = "Singh, ein Abgeordneter von Modis Partei BJP, weist die Vorwürfe zurück."
P5 = "Festgenommen wurde er bislang nicht."
P6 = ("„Die Welt sieht zu, wie ihre Meisterinnen über die Straße geschleift werden“, schrieb die Ringerin Vinesh "
      "Phogat auf Twitter.")
P7 = "Die Polizei erklärte, die Ringer hätten trotz Warnungen Absperrungen durchbrochen."
P8 = "Sie leitete gegen die Demonstranten ein Verfahren wegen Störung der öffentlichen Ordnung ein."
P9 = ("Oppositionsführer Rahul Gandhi warf der Regierung „Arroganz“ vor: Die Krönung sei vorbei, nun würden die "
      "Stimmen der Menschen auf der Straße erstickt.")
P10 = ("Rund 20 Oppositionsparteien hatten die Einweihung des Gebäudes durch Premierminister Narendra Modi "
       "boykottiert.")
P11 = "Am Abend ließ die Polizei die Ringer wieder frei."
P12 = ("Bauernverbände aus Haryana, die das Protestlager wochenlang mit Lebensmitteln versorgt hatten, kündigten an, "
       "die Athleten weiter zu unterstützen.")

DE02 = {
    "id": "hm254-de-02", "lang": "de", "url": None, "published": "2023-05-28",
    "title": "Polizei in Neu-Delhi nimmt protestierende Ringer fest",
    "text": paragraphs([P1, P2], [P3, P4, P5, P6], [P7, P8, P9, P10], [P11, P12]),
    "events": [
        event("COERCE", DELHI_POLICE, SAKSHI, P1, mode="arrest", location="New Delhi", location_country="IND"),
        event("COERCE", DELHI_POLICE, BAJRANG, P1, mode="arrest", location="New Delhi", location_country="IND"),
        event("COERCE", DELHI_POLICE, WRESTLERS, P2, mode="restrict", date="2023-05-28", location="Jantar Mantar",
              location_country="IND"),
        event("ACCUSE", WRESTLERS, BRIJ_BHUSHAN, P3, mode="allege"),
        event("COERCE", DELHI_POLICE, BRIJ_BHUSHAN, P5, mode="arrest", negated=True),
        event("ACCUSE", VINESH, DELHI_POLICE, P6, mode="disapprove"),
        event("ACCUSE", DELHI_POLICE, WRESTLERS, P7, mode="allege"),
        event("ACCUSE", DELHI_POLICE, WRESTLERS, P8, mode="allege"),
        event("ACCUSE", RAHUL, IND_GOV, P9, mode="disapprove"),
        event("PROTEST", IND_OPPOSITION, MODI, P10, mode="boycott", location="New Delhi", location_country="IND"),
        event("RETREAT", DELHI_POLICE, WRESTLERS, P11, mode="release"),
        event("AID", HARYANA_FARMERS, WRESTLERS, P12),
        event("AGREE", HARYANA_FARMERS, WRESTLERS, P12),
    ],
    "quotes": [
        quote("Athletinnen sexuell belästigt zu haben, darunter eine Minderjährige", "protesting wrestlers",
              "indirect"),
        quote("Die Welt sieht zu, wie ihre Meisterinnen über die Straße geschleift werden", "Vinesh Phogat", "direct"),
        quote("die Ringer hätten trotz Warnungen Absperrungen durchbrochen", "Delhi Police", "indirect"),
        quote("Arroganz", "Rahul Gandhi", "direct"),
        quote("Die Krönung sei vorbei, nun würden die Stimmen der Menschen auf der Straße erstickt", "Rahul Gandhi",
              "indirect"),
        quote("die Athleten weiter zu unterstützen", "farmers' unions from Haryana", "indirect"),
    ],
    "entities": [
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("Delhi Police", "ORG", "IND", ["Die Polizei in Neu-Delhi", "Die Beamten", "Die Polizei",
                                              "die Polizei"]),
        entity("Sakshi Malik", "PER", "IND", ["Sakshi Malik"]),
        entity("Bajrang Punia", "PER", "IND", ["Bajrang Punia"]),
        entity("protesting wrestlers", "ORG", "IND", ["anderen Ringern", "die Sportler", "die Ringer",
                                                      "Die Ringer", "die Demonstranten", "die Athleten"]),
        entity("Parliament House (New Delhi)", "LOC", "IND", ["neuen Parlamentsgebäude", "des Gebäudes"]),
        entity("Jantar Mantar", "LOC", "IND", ["am Jantar Mantar"]),
        entity("Wrestling Federation of India", "ORG", "IND", ["des Ringerverbands"]),
        entity("Brij Bhushan Sharan Singh", "PER", "IND", ["dem Präsidenten des Ringerverbands, Brij Bhushan Sharan "
                                                          "Singh", "Singh"]),
        entity("Bharatiya Janata Party", "ORG", "IND", ["Modis Partei BJP"]),
        entity("Narendra Modi", "PER", "IND", ["Modis", "Premierminister Narendra Modi"]),
        entity("Vinesh Phogat", "PER", "IND", ["die Ringerin Vinesh Phogat"]),
        entity("Twitter", "ORG", "MNC", ["Twitter"]),
        entity("Rahul Gandhi", "PER", "IND", ["Oppositionsführer Rahul Gandhi"]),
        entity("Government of India", "ORG", "IND", ["der Regierung"]),
        entity("Indian opposition parties", "ORG", "IND", ["Rund 20 Oppositionsparteien"]),
        entity("farmers' unions from Haryana", "ORG", "IND", ["Bauernverbände aus Haryana"]),
        entity("Haryana", "LOC", "IND", ["Haryana"]),
    ],
}

# ---------------------------------------------------------------- hm254-de-03 (Thailand, Thaksin returns, Srettha elected)
THAKSIN_SUPPORTERS = actor("supporters of Thaksin Shinawatra", "THA", "CVL")
THAKSIN = actor("Thaksin Shinawatra", "THA", "CVL")
THA_POLICE = actor("Royal Thai Police", "THA", "COP")
THA_SUPREME_COURT = actor("Supreme Court of Thailand", "THA", "JUD")
THA_CORRECTIONS = actor("Department of Corrections of Thailand", "THA", "GOV")
THA_PARLIAMENT = actor("National Assembly of Thailand", "THA", "LEG")
SRETTHA = actor("Srettha Thavisin", "THA", "GOV")
PHEU_THAI = actor("Pheu Thai Party", "THA", "PTY")
PALANG_PRACHARATH = actor("Palang Pracharath Party", "THA", "PTY")
UTN = actor("United Thai Nation Party", "THA", "PTY")
PITA = actor("Pita Limjaroenrat", "THA", "OPP")
BKK_PROTESTERS = actor("protesters outside the Thai parliament", "THA", "CVL")
KING_VAJIRALONGKORN = actor("Maha Vajiralongkorn", "THA", "GOV")

T1 = "Bangkok (dpa) - Nach 15 Jahren im Exil ist Thailands früherer Regierungschef Thaksin Shinawatra heimgekehrt."
T2 = ("Tausende Anhänger in roten Hemden jubelten dem 74-Jährigen am Dienstagmorgen am Flughafen Don Mueang in "
      "Bangkok zu.")
T3 = ("Polizisten brachten Thaksin anschließend zum Obersten Gerichtshof, der die ausstehenden Haftstrafen von "
      "insgesamt acht Jahren wegen Korruption und Amtsmissbrauchs bestätigte.")
T4 = "Am Nachmittag brachte ihn die Justizvollzugsbehörde ins Untersuchungsgefängnis von Bangkok."
T5 = ("Wenige Stunden später wählte das Parlament den Immobilienunternehmer Srettha Thavisin von Thaksins Partei "
      "Pheu Thai zum neuen Ministerpräsidenten.")
T6 = ("Pheu Thai hatte sich dafür mit der Palang Pracharath und der Partei Vereinte Thailändische Nation verbündet, "
      "die beide dem früheren Militärregime nahestehen.")
T7 = ("Move-Forward-Chef Pita Limjaroenrat warf Pheu Thai vor, den Wählerwillen zu verraten, und kündigte an, seine "
      "Partei werde in die Opposition gehen.")
T8 = "Seine Partei hatte die Wahl im Mai gewonnen, war aber am Widerstand des vom Militär ernannten Senats gescheitert."
T9 = "Vor dem Parlament protestierten einige Dutzend junge Demonstranten gegen das Bündnis mit den Militärparteien."
T10 = ("Srettha versprach ihnen, die vom Militär verfasste Verfassung von 2017 durch eine neue ersetzen zu lassen.")
T11 = "König Maha Vajiralongkorn bestätigte ihn am Mittwoch im Amt."
T12 = ("Thaksins Anwälte teilten mit, ihr Mandant sei in der Nacht wegen Herzproblemen und Bluthochdrucks in ein "
       "Polizeikrankenhaus verlegt worden.")
T13 = "Thaksin war 2006 vom Militär gestürzt worden und hatte das Land 2008 verlassen."

DE03 = {
    "id": "hm254-de-03", "lang": "de", "url": None, "published": "2023-08-23",
    "title": "Thaksin kehrt nach Thailand zurück und muss ins Gefängnis - Srettha neuer Regierungschef",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6, T7, T8, T9], [T10, T11, T12, T13]),
    "events": [
        event("SUPPORT", THAKSIN_SUPPORTERS, THAKSIN, T2, date="2023-08-22", location="Bangkok",
              location_country="THA"),
        event("COERCE", THA_POLICE, THAKSIN, T3, mode="arrest", location="Bangkok", location_country="THA"),
        event("SANCTION", THA_SUPREME_COURT, THAKSIN, T3, mode="convict"),
        event("COERCE", THA_CORRECTIONS, THAKSIN, T4, mode="arrest", date="2023-08-22", location="Bangkok",
              location_country="THA"),
        event("SUPPORT", THA_PARLIAMENT, SRETTHA, T5),
        event("AGREE", PHEU_THAI, PALANG_PRACHARATH, T6),
        event("AGREE", PHEU_THAI, UTN, T6),
        event("ACCUSE", PITA, PHEU_THAI, T7, mode="disapprove"),
        event("PROTEST", BKK_PROTESTERS, PHEU_THAI, T9, mode="demo", location="Bangkok", location_country="THA"),
        event("CONCEDE", SRETTHA, BKK_PROTESTERS, T10),
        event("SUPPORT", KING_VAJIRALONGKORN, SRETTHA, T11, date="2023-08-23"),
    ],
    "quotes": [
        quote("den Wählerwillen zu verraten", "Pita Limjaroenrat", "indirect"),
        quote("seine Partei werde in die Opposition gehen", "Pita Limjaroenrat", "indirect"),
        quote("ihr Mandant sei in der Nacht wegen Herzproblemen und Bluthochdrucks in ein Polizeikrankenhaus "
              "verlegt worden", "lawyers of Thaksin Shinawatra", "indirect"),
    ],
    "entities": [
        entity("Bangkok", "LOC", "THA", ["Bangkok"]),
        entity("Thailand", "LOC", "THA", ["Thailands", "das Land"]),
        entity("Thaksin Shinawatra", "PER", "THA", ["Thailands früherer Regierungschef Thaksin Shinawatra",
                                                    "dem 74-Jährigen", "Thaksin", "Thaksins", "ihr Mandant"]),
        entity("supporters of Thaksin Shinawatra", "ORG", "THA", ["Tausende Anhänger in roten Hemden"]),
        entity("Don Mueang International Airport", "LOC", "THA", ["Flughafen Don Mueang"]),
        entity("Royal Thai Police", "ORG", "THA", ["Polizisten"]),
        entity("Supreme Court of Thailand", "ORG", "THA", ["Obersten Gerichtshof"]),
        entity("Department of Corrections of Thailand", "ORG", "THA", ["die Justizvollzugsbehörde"]),
        entity("Bangkok Remand Prison", "LOC", "THA", ["Untersuchungsgefängnis von Bangkok"]),
        entity("National Assembly of Thailand", "ORG", "THA", ["das Parlament", "dem Parlament"]),
        entity("Srettha Thavisin", "PER", "THA", ["den Immobilienunternehmer Srettha Thavisin", "Srettha"]),
        entity("Pheu Thai Party", "ORG", "THA", ["Thaksins Partei Pheu Thai", "Pheu Thai"]),
        entity("Palang Pracharath Party", "ORG", "THA", ["der Palang Pracharath"]),
        entity("United Thai Nation Party", "ORG", "THA", ["der Partei Vereinte Thailändische Nation"]),
        entity("Move Forward Party", "ORG", "THA", ["Move-Forward", "seine Partei", "Seine Partei"]),
        entity("Pita Limjaroenrat", "PER", "THA", ["Move-Forward-Chef Pita Limjaroenrat"]),
        entity("Senate of Thailand", "ORG", "THA", ["des vom Militär ernannten Senats"]),
        entity("protesters outside the Thai parliament", "ORG", "THA", ["einige Dutzend junge Demonstranten"]),
        entity("Royal Thai Armed Forces", "ORG", "THA", ["Militär", "dem früheren Militärregime"]),
        entity("Maha Vajiralongkorn", "PER", "THA", ["König Maha Vajiralongkorn"]),
        entity("lawyers of Thaksin Shinawatra", "PER", "THA", ["Thaksins Anwälte"]),
    ],
}

# ---------------------------------------------------------------- hm254-de-04 (Israel bars UN chief Guterres)
ISRAEL = actor("Israel", "ISR", "GOV")
GUTERRES = actor("António Guterres", "UNO", "IGO")
KATZ = actor("Israel Katz", "ISR", "GOV")
IRAN = actor("Iran", "IRN", "GOV")
DUJARRIC = actor("Stéphane Dujarric", "UNO", "IGO")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
FRANCE = actor("France", "FRA", "GOV")
SPAIN = actor("Spain", "ESP", "GOV")
DANON = actor("Danny Danon", "ISR", "GOV")
UN = actor("United Nations", "UNO", "IGO")
UNSC = actor("UN Security Council", "UNO", "IGO")
IDF = actor("Israel Defense Forces", "ISR", "MIL")
HEZBOLLAH = actor("Hezbollah", "LBN", "REB")

G1 = ("Tel Aviv (Reuters) - Israel hat UN-Generalsekretär António Guterres zur unerwünschten Person erklärt und ihm "
      "die Einreise verboten.")
G2 = ("Außenminister Israel Katz begründete den Schritt am Mittwoch damit, dass Guterres den iranischen "
      "Raketenangriff auf Israel nicht „unmissverständlich verurteilt“ habe.")
G3 = ("Wer den abscheulichen Angriff Irans nicht verurteilen könne, verdiene es nicht, israelischen Boden zu "
      "betreten, schrieb Katz auf der Plattform X.")
G4 = "Iran hatte am Dienstagabend rund 180 ballistische Raketen auf Israel abgefeuert."
G5 = ("Guterres hatte kurz darauf die „Ausweitung des Nahostkonflikts“ beklagt, ohne Teheran namentlich zu "
      "nennen.")
G6 = "Im Sicherheitsrat verurteilte er den Angriff dann ausdrücklich."
G7 = "Die Entscheidung sei „ein weiterer Angriff“ Israels auf die Vereinten Nationen, sagte UN-Sprecher Stéphane Dujarric."
G8 = "Der Generalsekretär werde sich davon nicht beirren lassen."
G9 = "Frankreich und Spanien stellten sich hinter Guterres."
G10 = ("Israels UN-Botschafter Danny Danon warf der Weltorganisation dagegen vor, seit Monaten einseitig gegen Israel "
       "vorzugehen.")
G11 = "Danon forderte den Sicherheitsrat auf, Sanktionen gegen Iran zu verhängen."
G12 = ("Die israelische Luftwaffe flog unterdessen erneut Angriffe auf Ziele der Hisbollah im Süden Libanons und in "
       "Beirut.")
G13 = ("Bereits im Oktober 2023 hatte Israel Guterres zum Rücktritt aufgefordert, nachdem er gesagt hatte, der "
       "Hamas-Angriff vom 7. Oktober sei „nicht im luftleeren Raum“ geschehen.")
G14 = "Die Beziehungen zwischen Israel und der UN sind seit Beginn des Gaza-Kriegs schwer belastet."

DE04 = {
    "id": "hm254-de-04", "lang": "de", "url": None, "published": "2024-10-02",
    "title": "Israel erklärt UN-Generalsekretär Guterres zur unerwünschten Person",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8, G9], [G10, G11, G12], [G13, G14]),
    "events": [
        event("COERCE", ISRAEL, GUTERRES, G1, mode="ban"),
        event("ACCUSE", KATZ, GUTERRES, G2, mode="disapprove", date="2024-10-02"),
        event("ACCUSE", KATZ, GUTERRES, G3, mode="disapprove"),
        event("ASSAULT", IRAN, ISRAEL, G4, mode="heavy-weapons", date="2024-10-01", location_country="ISR"),
        event("ACCUSE", GUTERRES, IRAN, G6, mode="disapprove"),
        event("ACCUSE", DUJARRIC, ISR_GOV, G7, mode="disapprove"),
        event("SUPPORT", FRANCE, GUTERRES, G9),
        event("SUPPORT", SPAIN, GUTERRES, G9),
        event("ACCUSE", DANON, UN, G10, mode="disapprove"),
        event("REQUEST", DANON, UNSC, G11, mode="change"),
        event("ASSAULT", IDF, HEZBOLLAH, G12, mode="aerial", location_country="LBN"),
        event("REQUEST", ISRAEL, GUTERRES, G13, mode="change"),
    ],
    "quotes": [
        quote("Guterres den iranischen Raketenangriff auf Israel nicht „unmissverständlich verurteilt“ habe",
              "Israel Katz", "indirect"),
        quote("unmissverständlich verurteilt", "Israel Katz", "direct"),
        quote("Wer den abscheulichen Angriff Irans nicht verurteilen könne, verdiene es nicht, israelischen Boden zu "
              "betreten", "Israel Katz", "indirect"),
        quote("Ausweitung des Nahostkonflikts", "António Guterres", "direct"),
        quote("Die Entscheidung sei „ein weiterer Angriff“ Israels auf die Vereinten Nationen", "Stéphane Dujarric",
              "indirect"),
        quote("ein weiterer Angriff", "Stéphane Dujarric", "direct"),
        quote("Der Generalsekretär werde sich davon nicht beirren lassen", "Stéphane Dujarric", "indirect"),
        quote("seit Monaten einseitig gegen Israel vorzugehen", "Danny Danon", "indirect"),
        quote("der Hamas-Angriff vom 7. Oktober sei „nicht im luftleeren Raum“ geschehen", "António Guterres",
              "indirect"),
        quote("nicht im luftleeren Raum", "António Guterres", "direct"),
    ],
    "entities": [
        entity("Tel Aviv", "LOC", "ISR", ["Tel Aviv"]),
        entity("Israel", "LOC", "ISR", ["Israel", "Israels"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres", "Guterres",
                                                 "Der Generalsekretär"]),
        entity("Israel Katz", "PER", "ISR", ["Außenminister Israel Katz", "Katz"]),
        entity("Iran", "LOC", "IRN", ["Irans", "Iran"]),
        entity("Government of Iran", "ORG", "IRN", ["Teheran"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("UN Security Council", "ORG", "UNO", ["Im Sicherheitsrat", "den Sicherheitsrat"]),
        entity("United Nations", "ORG", "UNO", ["die Vereinten Nationen", "der Weltorganisation", "der UN"]),
        entity("Stéphane Dujarric", "PER", "UNO", ["UN-Sprecher Stéphane Dujarric"]),
        entity("France", "LOC", "FRA", ["Frankreich"]),
        entity("Spain", "LOC", "ESP", ["Spanien"]),
        entity("Danny Danon", "PER", "ISR", ["Israels UN-Botschafter Danny Danon", "Danon"]),
        entity("Israeli Air Force", "ORG", "ISR", ["Die israelische Luftwaffe"]),
        entity("Hezbollah", "ORG", "LBN", ["der Hisbollah"]),
        entity("Lebanon", "LOC", "LBN", ["im Süden Libanons"]),
        entity("Beirut", "LOC", "LBN", ["Beirut"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gaza"]),
    ],
}

# ---------------------------------------------------------------- hm254-en-01 (Japan, pipe bomb at Kishida)
KIMURA = actor("Ryuji Kimura", "JPN", "CVL")
KISHIDA = actor("Fumio Kishida", "JPN", "GOV")
WAKAYAMA_POLICE = actor("Wakayama Prefectural Police", "JPN", "COP")
NPA = actor("National Police Agency", "JPN", "COP")
BIDEN = actor("Joe Biden", "USA", "GOV")
YOON = actor("Yoon Suk Yeol", "KOR", "GOV")
IZUMI = actor("Kenta Izumi", "JPN", "OPP")

K1 = ("WAKAYAMA, Japan, April 16 (Reuters) - A man threw a pipe bomb at Japanese Prime Minister Fumio Kishida as "
      "he was about to give a campaign speech at a fishing port on Saturday, but Kishida was unhurt.")
K2 = ("Police arrested a 24-year-old man at the scene on suspicion of obstructing business and later identified him "
      "as Ryuji Kimura, from Kawanishi in Hyogo prefecture.")
K3 = ("Television footage showed a silver cylinder on the ground shortly before a loud bang sent the crowd "
      "running.")
K4 = ('"An election is the foundation of our democracy, and we must see it through," Kishida told voters later in '
      'Wakayama city.')
K5 = "Police searched Kimura's home on Sunday and seized several items, including what appeared to be gunpowder."
K6 = "The suspect has refused to speak to investigators, according to public broadcaster NHK."
K7 = ("National Police Agency chief Yasuhiro Tsuyuki said he had ordered prefectural forces to tighten security for "
      "politicians ahead of the April 23 elections.")
K8 = ("U.S. President Joe Biden called Kishida to express his relief that he was unharmed, the White House said.")
K9 = "South Korean President Yoon Suk Yeol condemned the attack as a challenge to democracy."
K10 = ("Opposition leader Kenta Izumi of the Constitutional Democratic Party said violence against candidates "
       "could never be tolerated.")
K11 = "The attack came nine months after former Prime Minister Shinzo Abe was shot dead in Nara."

EN01 = {
    "id": "hm254-en-01", "lang": "en", "url": None, "published": "2023-04-16",
    "title": "Japan's Kishida unhurt after pipe bomb thrown at campaign event",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6, K7], [K8, K9, K10, K11]),
    "events": [
        event("ASSAULT", KIMURA, KISHIDA, K1, mode="explosives", date="2023-04-15", location="Wakayama",
              location_country="JPN"),
        event("COERCE", WAKAYAMA_POLICE, KIMURA, K2, mode="arrest", location="Wakayama", location_country="JPN"),
        event("COERCE", WAKAYAMA_POLICE, KIMURA, K5, mode="seize", date="2023-04-16", location="Kawanishi",
              location_country="JPN"),
        event("REJECT", KIMURA, WAKAYAMA_POLICE, K6),
        event("MOBILIZE", NPA, None, K7, mode="police"),
        event("CONSULT", BIDEN, KISHIDA, K8, mode="phone"),
        event("SUPPORT", BIDEN, KISHIDA, K8),
        event("ACCUSE", YOON, KIMURA, K9, mode="disapprove"),
        event("ACCUSE", IZUMI, KIMURA, K10, mode="disapprove"),
    ],
    "quotes": [
        quote("An election is the foundation of our democracy, and we must see it through", "Fumio Kishida",
              "direct"),
        quote("The suspect has refused to speak to investigators", "NHK", "indirect"),
        quote("he had ordered prefectural forces to tighten security for politicians ahead of the April 23 elections",
              "Yasuhiro Tsuyuki", "indirect"),
        quote("U.S. President Joe Biden called Kishida to express his relief that he was unharmed", "White House",
              "indirect"),
        quote("violence against candidates could never be tolerated", "Kenta Izumi", "indirect"),
    ],
    "entities": [
        entity("Wakayama", "LOC", "JPN", ["WAKAYAMA", "Wakayama city"]),
        entity("Japan", "LOC", "JPN", ["Japan"]),
        entity("Ryuji Kimura", "PER", "JPN", ["A man", "a 24-year-old man", "Ryuji Kimura", "Kimura's",
                                              "The suspect"]),
        entity("Fumio Kishida", "PER", "JPN", ["Japanese Prime Minister Fumio Kishida", "Kishida"]),
        entity("Saikazaki fishing port", "LOC", "JPN", ["a fishing port"]),
        entity("Wakayama Prefectural Police", "ORG", "JPN", ["Police", "investigators"]),
        entity("Kawanishi", "LOC", "JPN", ["Kawanishi"]),
        entity("Hyogo Prefecture", "LOC", "JPN", ["Hyogo prefecture"]),
        entity("NHK", "ORG", "JPN", ["public broadcaster NHK"]),
        entity("National Police Agency", "ORG", "JPN", ["National Police Agency"]),
        entity("Yasuhiro Tsuyuki", "PER", "JPN", ["National Police Agency chief Yasuhiro Tsuyuki"]),
        entity("Joe Biden", "PER", "USA", ["U.S. President Joe Biden"]),
        entity("White House", "ORG", "USA", ["the White House"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["South Korean President Yoon Suk Yeol"]),
        entity("Kenta Izumi", "PER", "JPN", ["Opposition leader Kenta Izumi"]),
        entity("Constitutional Democratic Party of Japan", "ORG", "JPN", ["the Constitutional Democratic Party"]),
        entity("Shinzo Abe", "PER", "JPN", ["former Prime Minister Shinzo Abe"]),
        entity("Nara", "LOC", "JPN", ["Nara"]),
    ],
}

# ---------------------------------------------------------------- hm254-en-02 (Australia, AUKUS submarine plan)
AUSTRALIA = actor("Australia", "AUS", "GOV")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
SUNAK = actor("Rishi Sunak", "GBR", "GOV")
UK = actor("United Kingdom", "GBR", "GOV")
RAN = actor("Royal Australian Navy", "AUS", "MIL")
US_NAVY = actor("U.S. Navy", "USA", "MIL")
ROYAL_NAVY = actor("Royal Navy", "GBR", "MIL")
CHINA_MFA = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")
IAEA = actor("International Atomic Energy Agency", "UNO", "IGO")
KEATING = actor("Paul Keating", "AUS", "CVL")
AUS_GOV = actor("Government of Australia", "AUS", "GOV")

A1 = ("SYDNEY, March 15 (Reuters) - The United States will sell Australia up to five Virginia-class "
      "nuclear-powered submarines in the early 2030s under a plan unveiled on Monday by the leaders of the two "
      "countries and Britain.")
A2 = ("U.S. President Joe Biden hosted Australian Prime Minister Anthony Albanese and British Prime Minister Rishi "
      "Sunak at a naval base in San Diego under the AUKUS security pact.")
A3 = ("Britain and Australia will later build a new class of submarine using British design and American "
      "technology.")
A4 = ('"This is the single biggest investment in Australia\'s defence capability in all of our history," Albanese '
      'said.')
A5 = ("Australian sailors are already training with the U.S. and British navies, and U.S. submarines will rotate "
      "through a base in Western Australia from 2027.")
A6 = ('China\'s foreign ministry accused the three countries of going further down "a wrong and dangerous path" '
      'and said the deal posed a serious risk of nuclear proliferation.')
A7 = ("The International Atomic Energy Agency said it would work with Australia to ensure that no proliferation "
      "risks arise from the project.")
A8 = "Biden stressed that the submarines would be nuclear-powered, not nuclear-armed."
A9 = ('Former Australian Prime Minister Paul Keating called the deal "the worst international decision" by a '
      'Labor government in more than a century.')
A10 = "Australia's government says the program will cost up to A$368 billion over three decades."

EN02 = {
    "id": "hm254-en-02", "lang": "en", "url": None, "published": "2023-03-15",
    "title": "AUKUS allies unveil plan for Australian nuclear-powered submarines; China objects",
    "text": paragraphs([A1, A2, A3], [A4, A5], [A6, A7, A8], [A9, A10]),
    "events": [
        event("AGREE", USA, AUSTRALIA, A1),
        event("CONSULT", ALBANESE, BIDEN, A2, mode="visit", location="San Diego", location_country="USA"),
        event("CONSULT", SUNAK, BIDEN, A2, mode="visit", location="San Diego", location_country="USA"),
        event("AGREE", UK, AUSTRALIA, A3),
        event("COOPERATE", RAN, US_NAVY, A5),
        event("COOPERATE", RAN, ROYAL_NAVY, A5),
        event("ACCUSE", CHINA_MFA, USA, A6, mode="disapprove"),
        event("ACCUSE", CHINA_MFA, UK, A6, mode="disapprove"),
        event("ACCUSE", CHINA_MFA, AUSTRALIA, A6, mode="disapprove"),
        event("AGREE", IAEA, AUSTRALIA, A7),
        event("ACCUSE", KEATING, AUS_GOV, A9, mode="disapprove"),
    ],
    "quotes": [
        quote("This is the single biggest investment in Australia's defence capability in all of our history",
              "Anthony Albanese", "direct"),
        quote("a wrong and dangerous path", "Ministry of Foreign Affairs of China", "direct"),
        quote("the deal posed a serious risk of nuclear proliferation", "Ministry of Foreign Affairs of China",
              "indirect"),
        quote("it would work with Australia to ensure that no proliferation risks arise from the project",
              "International Atomic Energy Agency", "indirect"),
        quote("the submarines would be nuclear-powered, not nuclear-armed", "Joe Biden", "indirect"),
        quote("the worst international decision", "Paul Keating", "direct"),
        quote("the program will cost up to A$368 billion over three decades", "Government of Australia",
              "indirect"),
    ],
    "entities": [
        entity("Sydney", "LOC", "AUS", ["SYDNEY"]),
        entity("United States", "LOC", "USA", ["The United States"]),
        entity("Australia", "LOC", "AUS", ["Australia", "Australia's"]),
        entity("United Kingdom", "LOC", "GBR", ["Britain"]),
        entity("Joe Biden", "PER", "USA", ["U.S. President Joe Biden", "Biden"]),
        entity("Anthony Albanese", "PER", "AUS", ["Australian Prime Minister Anthony Albanese", "Albanese"]),
        entity("Rishi Sunak", "PER", "GBR", ["British Prime Minister Rishi Sunak"]),
        entity("Naval Base Point Loma", "LOC", "USA", ["a naval base in San Diego"]),
        entity("San Diego", "LOC", "USA", ["San Diego"]),
        entity("AUKUS", "ORG", "IGO", ["the AUKUS security pact"]),
        entity("Royal Australian Navy", "ORG", "AUS", ["Australian sailors"]),
        entity("U.S. Navy", "ORG", "USA", ["the U.S. and British navies", "U.S. submarines"]),
        entity("Royal Navy", "ORG", "GBR", ["the U.S. and British navies"]),
        entity("Western Australia", "LOC", "AUS", ["Western Australia"]),
        entity("HMAS Stirling", "LOC", "AUS", ["a base in Western Australia"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["China's foreign ministry"]),
        entity("China", "LOC", "CHN", ["China's"]),
        entity("International Atomic Energy Agency", "ORG", "UNO", ["The International Atomic Energy Agency"]),
        entity("Paul Keating", "PER", "AUS", ["Former Australian Prime Minister Paul Keating"]),
        entity("Australian Labor Party", "ORG", "AUS", ["a Labor government"]),
        entity("Government of Australia", "ORG", "AUS", ["Australia's government"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
