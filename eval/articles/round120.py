"""Round 120: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm120-de-01: Colombia backs down in the deportation-flight dispute after Petro turned back US military planes and Trump threatened tariffs (2025-01-27).
- hm120-de-02: China Coast Guard rams and boards Philippine navy boats at Second Thomas Shoal; Manila protests, Beijing blames Manila, Washington backs the Philippines (2024-06-19).
- hm120-de-03: Mongolia's Prime Minister Oyun-Erdene loses a confidence vote and resigns after protests over his son's spending (2025-06-03).
- hm120-de-04: China warns its citizens against travel to Japan in the row over Takaichi's Taiwan remarks; ambassadors summoned on both sides (2025-11-15).
- hm120-en-01: Venezuelan opposition candidate Edmundo Gonzalez flees to Spain after an arrest warrant; Spain grants asylum (2024-09-08).
- hm120-en-02: US and Britain sanction Cambodia's Prince Group; Chen Zhi indicted in Brooklyn, bitcoin seized (2025-10-15).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm120-de-01
COL_GOV = actor("Colombia", "COL", "GOV")
USA_GOV = actor("United States", "USA", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
WHITE_HOUSE = actor("White House", "USA", "GOV")
PETRO = actor("Gustavo Petro", "COL", "GOV")
USAF = actor("United States Air Force", "USA", "MIL")
COL_OFFICIALS = actor("Colombian government officials", "COL", "GOV")
COL_TRAVELLERS = actor("Colombian travellers", "COL", "CVL")
MURILLO = actor("Luis Gilberto Murillo", "COL", "GOV")
COL_OPP = actor("Colombian opposition politicians", "COL", "OPP")

K1 = "Im Streit um Abschiebeflüge aus den USA hat Kolumbien nach einer Eskalation binnen weniger Stunden eingelenkt."
K2 = ("Die Regierung in Bogotá habe allen Bedingungen von Präsident Donald Trump zugestimmt, auch der "
      "uneingeschränkten Aufnahme abgeschobener Migranten auf Militärflugzeugen, teilte das Weiße Haus in der Nacht "
      "zum Montag mit.")
K3 = "Die angedrohten Strafzölle würden vorerst nicht verhängt, blieben aber „in Reserve“, hieß es."
K4 = ("Präsident Gustavo Petro hatte am Sonntag zwei Maschinen der US-Luftwaffe mit abgeschobenen Kolumbianern an "
      "Bord die Landeerlaubnis verweigert.")
K5 = ("Migranten seien keine Verbrecher und müssten „mit Würde“ behandelt werden, schrieb er auf der Plattform X.")
K6 = ("Trump drohte daraufhin mit Strafzöllen von 25 Prozent auf alle Einfuhren aus Kolumbien, die binnen einer Woche "
      "auf 50 Prozent steigen sollten.")
K7 = ("Zudem verhängte er Einreiseverbote gegen kolumbianische Regierungsvertreter und ordnete verschärfte "
      "Zollkontrollen für Reisende aus dem Land an.")
K8 = "Petro drohte im Gegenzug mit eigenen Zöllen auf US-Waren und schrieb: „Sie werden uns niemals beherrschen.“"
K9 = "Außenminister Luis Gilberto Murillo sagte am Sonntagabend in Bogotá, man habe „die Sackgasse überwunden“."
K10 = ("Kolumbien werde die Präsidentenmaschine zur Verfügung stellen, um die Migranten in den USA abzuholen, "
       "kündigte er an.")
K11 = ("Oppositionspolitiker in Bogotá warfen Petro vor, die wichtigste Partnerschaft des Landes wegen eines Beitrags "
       "in sozialen Medien aufs Spiel gesetzt zu haben.")

DE01 = {
    "id": "hm120-de-01",
    "lang": "de",
    "url": None,
    "published": "2025-01-27",
    "title": "Kolumbien lenkt im Streit um Abschiebeflüge ein",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6, K7, K8], [K9, K10, K11]),
    "events": [
        event("CONCEDE", COL_GOV, USA_GOV, K1),
        event("CONCEDE", COL_GOV, TRUMP, K2, date="2025-01-26"),
        event("THREATEN", WHITE_HOUSE, COL_GOV, K3, mode="restrict"),
        event("REJECT", PETRO, USAF, K4, date="2025-01-26"),
        event("REQUEST", PETRO, USA_GOV, K5, mode="change"),
        event("THREATEN", TRUMP, COL_GOV, K6, mode="restrict"),
        event("SANCTION", TRUMP, COL_OFFICIALS, K7, mode="discontinue"),
        event("COERCE", TRUMP, COL_TRAVELLERS, K7, mode="restrict"),
        event("THREATEN", PETRO, USA_GOV, K8, mode="restrict"),
        event("AGREE", MURILLO, USA_GOV, K9, date="2025-01-26", location="Bogota", location_country="COL"),
        event("AGREE", MURILLO, USA_GOV, K10),
        event("ACCUSE", COL_OPP, PETRO, K11, mode="disapprove"),
    ],
    "quotes": [
        quote("Die Regierung in Bogotá habe allen Bedingungen von Präsident Donald Trump zugestimmt, auch der "
              "uneingeschränkten Aufnahme abgeschobener Migranten auf Militärflugzeugen", "White House", "indirect"),
        quote("Die angedrohten Strafzölle würden vorerst nicht verhängt, blieben aber „in Reserve“", "White House",
              "indirect"),
        quote("in Reserve", "White House", "direct"),
        quote("Migranten seien keine Verbrecher und müssten „mit Würde“ behandelt werden", "Gustavo Petro",
              "indirect"),
        quote("mit Würde", "Gustavo Petro", "direct"),
        quote("Sie werden uns niemals beherrschen", "Gustavo Petro", "direct"),
        quote("man habe „die Sackgasse überwunden“", "Luis Gilberto Murillo", "indirect"),
        quote("die Sackgasse überwunden", "Luis Gilberto Murillo", "direct"),
        quote("Kolumbien werde die Präsidentenmaschine zur Verfügung stellen, um die Migranten in den USA abzuholen",
              "Luis Gilberto Murillo", "indirect"),
        quote("die wichtigste Partnerschaft des Landes wegen eines Beitrags in sozialen Medien aufs Spiel gesetzt zu "
              "haben", "Colombian opposition politicians", "indirect"),
    ],
    "entities": [
        entity("United States", "GPE", "USA", ["USA"]),
        entity("Colombia", "GPE", "COL", ["Kolumbien", "Regierung in Bogotá", "dem Land", "des Landes"]),
        entity("Donald Trump", "PER", "USA", ["Präsident Donald Trump", "Donald Trump", "Trump"]),
        entity("White House", "ORG", "USA", ["Weiße Haus"]),
        entity("Gustavo Petro", "PER", "COL", ["Präsident Gustavo Petro", "Gustavo Petro", "Petro"]),
        entity("United States Air Force", "ORG", "USA", ["US-Luftwaffe"]),
        entity("Colombian deportees", "PER", "COL",
               ["abgeschobenen Kolumbianern", "abgeschobener Migranten", "die Migranten"]),
        entity("X", "ORG", "MNC", ["Plattform X"]),
        entity("Colombian government officials", "PER", "COL", ["kolumbianische Regierungsvertreter"]),
        entity("Colombian travellers", "PER", "COL", ["Reisende aus dem Land"]),
        entity("Luis Gilberto Murillo", "PER", "COL", ["Außenminister Luis Gilberto Murillo", "Luis Gilberto Murillo"]),
        entity("Bogota", "GPE", "COL", ["Bogotá"]),
        entity("Colombian opposition politicians", "ORG", "COL", ["Oppositionspolitiker in Bogotá"]),
    ],
}

# ---------------------------------------------------------------- hm120-de-02
CCG = actor("China Coast Guard", "CHN", "MIL")
PHL_NAVY = actor("Philippine Navy", "PHL", "MIL")
BRAWNER = actor("Romeo Brawner", "PHL", "MIL")
CHN_GOV = actor("China", "CHN", "GOV")
CHN_MFA_SPOKES = actor("Spokesperson of the Chinese Ministry of Foreign Affairs", "CHN", "GOV")
PHL_GOV = actor("Philippines", "PHL", "GOV")
PHL_DFA = actor("Philippine Department of Foreign Affairs", "PHL", "GOV")
CHN_EMB_MNL = actor("Chinese Embassy in Manila", "CHN", "GOV")

P1 = ("Schiffe der chinesischen Küstenwache haben am Montag im Südchinesischen Meer philippinische Marineboote "
      "gerammt und geentert, die einen Außenposten am Second-Thomas-Riff mit Nachschub versorgen sollten.")
P2 = "Nach Angaben der Streitkräfte verlor ein philippinischer Soldat dabei einen Daumen."
P3 = ("Die Chinesen hätten Messer, Äxte und Speere geschwenkt, die Schlauchboote zerstochen und sieben Gewehre an "
      "sich genommen, sagte Armeechef Romeo Brawner am Mittwoch.")
P4 = "„Sie haben sich wie Piraten verhalten“, sagte der General."
P5 = "Er forderte Peking auf, die Waffen zurückzugeben und für die Schäden aufzukommen."
P6 = "Das chinesische Außenministerium wies die Vorwürfe zurück."
P7 = ("Die Küstenwache habe „professionell und zurückhaltend“ gehandelt, um ein illegales Eindringen philippinischer "
      "Schiffe in chinesische Gewässer zu unterbinden, sagte ein Sprecher in Peking.")
P8 = "Manila trage die volle Verantwortung für den Vorfall."
P9 = ("Das Außenministerium in Manila bestellte einen Vertreter der chinesischen Botschaft ein und übergab eine "
      "Protestnote.")
P10 = ("Die USA verurteilten das „aggressive und gefährliche“ Vorgehen Chinas und bekräftigten, dass der gegenseitige "
       "Verteidigungsvertrag auch für Angriffe auf philippinische Streitkräfte im Südchinesischen Meer gelte.")
P11 = ("Präsident Ferdinand Marcos Jr. sagte, sein Land lasse sich nicht einschüchtern, werde aber keinen Krieg "
       "beginnen.")

DE02 = {
    "id": "hm120-de-02",
    "lang": "de",
    "url": None,
    "published": "2024-06-19",
    "title": "Chinesische Küstenwache entert philippinische Marineboote",
    "text": paragraphs([P1, P2, P3, P4, P5], [P6, P7, P8], [P9, P10, P11]),
    "events": [
        event("ASSAULT", CCG, PHL_NAVY, P1, date="2024-06-17", location="Second Thomas Shoal"),
        event("ACCUSE", BRAWNER, CCG, P3, mode="allege", date="2024-06-19"),
        event("ACCUSE", BRAWNER, CCG, P4, mode="disapprove"),
        event("REQUEST", BRAWNER, CHN_GOV, P5, mode="yield"),
        event("ACCUSE", CHN_MFA_SPOKES, PHL_GOV, P7, mode="allege", location="Beijing", location_country="CHN"),
        event("ACCUSE", CHN_MFA_SPOKES, PHL_GOV, P8, mode="allege"),
        event("ACCUSE", PHL_DFA, CHN_EMB_MNL, P9, mode="disapprove", location="Manila", location_country="PHL"),
        event("ACCUSE", USA_GOV, CHN_GOV, P10, mode="disapprove"),
        event("SUPPORT", USA_GOV, PHL_GOV, P10),
    ],
    "quotes": [
        quote("verlor ein philippinischer Soldat dabei einen Daumen", "Armed Forces of the Philippines", "indirect"),
        quote("Die Chinesen hätten Messer, Äxte und Speere geschwenkt, die Schlauchboote zerstochen und sieben Gewehre "
              "an sich genommen", "Romeo Brawner", "indirect"),
        quote("Sie haben sich wie Piraten verhalten", "Romeo Brawner", "direct"),
        quote("die Waffen zurückzugeben und für die Schäden aufzukommen", "Romeo Brawner", "indirect"),
        quote("Die Küstenwache habe „professionell und zurückhaltend“ gehandelt, um ein illegales Eindringen "
              "philippinischer Schiffe in chinesische Gewässer zu unterbinden",
              "Spokesperson of the Chinese Ministry of Foreign Affairs", "indirect"),
        quote("professionell und zurückhaltend", "Spokesperson of the Chinese Ministry of Foreign Affairs", "direct"),
        quote("Manila trage die volle Verantwortung für den Vorfall",
              "Spokesperson of the Chinese Ministry of Foreign Affairs", "indirect"),
        quote("aggressive und gefährliche", "United States", "direct"),
        quote("der gegenseitige Verteidigungsvertrag auch für Angriffe auf philippinische Streitkräfte im "
              "Südchinesischen Meer gelte", "United States", "indirect"),
        quote("sein Land lasse sich nicht einschüchtern, werde aber keinen Krieg beginnen", "Ferdinand Marcos Jr.",
              "indirect"),
    ],
    "entities": [
        entity("China Coast Guard", "ORG", "CHN", ["chinesischen Küstenwache", "Die Chinesen", "Die Küstenwache"]),
        entity("South China Sea", "LOC", None, ["Südchinesischen Meer"]),
        entity("Philippine Navy", "ORG", "PHL", ["philippinische Marineboote", "die Schlauchboote"]),
        entity("BRP Sierra Madre", "LOC", "PHL", ["einen Außenposten am Second-Thomas-Riff"]),
        entity("Second Thomas Shoal", "LOC", None, ["Second-Thomas-Riff"]),
        entity("Armed Forces of the Philippines", "ORG", "PHL", ["Streitkräfte", "philippinische Streitkräfte"]),
        entity("Philippine soldier who lost a thumb", "PER", "PHL", ["ein philippinischer Soldat"]),
        entity("Romeo Brawner", "PER", "PHL", ["Armeechef Romeo Brawner", "Romeo Brawner", "der General"]),
        entity("China", "GPE", "CHN", ["Peking", "Chinas"]),
        entity("Chinese Ministry of Foreign Affairs", "ORG", "CHN", ["chinesische Außenministerium"]),
        entity("Spokesperson of the Chinese Ministry of Foreign Affairs", "PER", "CHN", ["ein Sprecher in Peking"]),
        entity("Philippines", "GPE", "PHL", ["Manila", "sein Land"]),
        entity("Philippine Department of Foreign Affairs", "ORG", "PHL", ["Außenministerium in Manila"]),
        entity("Chinese Embassy in Manila", "ORG", "CHN", ["chinesischen Botschaft"]),
        entity("Representative of the Chinese Embassy in Manila", "PER", "CHN",
               ["einen Vertreter der chinesischen Botschaft"]),
        entity("United States", "GPE", "USA", ["Die USA"]),
        entity("Ferdinand Marcos Jr.", "PER", "PHL", ["Präsident Ferdinand Marcos Jr.", "Ferdinand Marcos Jr."]),
    ],
}

# ---------------------------------------------------------------- hm120-de-03
OYUN = actor("Luvsannamsrain Oyun-Erdene", "MNG", "GOV")
MNG_PROTESTERS = actor("Mongolian protesters", "MNG", "CVL")
IAAC = actor("Independent Authority Against Corruption", "MNG", "GOV")
OYUN_SON = actor("Son of Luvsannamsrain Oyun-Erdene", "MNG", "CVL")
OYUN_OPPONENTS = actor("Political opponents of Luvsannamsrain Oyun-Erdene", "MNG", "OPP")
MPP = actor("Mongolian People's Party", "MNG", "PTY")
MNG_DP = actor("Democratic Party (Mongolia)", "MNG", "PTY")
DP_MPS = actor("Democratic Party lawmakers (Mongolia)", "MNG", "LEG")
AMAR = actor("Dashzegviin Amarbayasgalan", "MNG", "LEG")
MNG_PARTIES = actor("Mongolian parliamentary parties", "MNG", "LEG")
ORGANISERS = actor("Mongolian protest organisers", "MNG", "CVL")

M1 = ("Mongolias Ministerpräsident Luvsannamsrain Oyun-Erdene ist nach wochenlangen Protesten gegen den Lebensstil "
      "seiner Familie am Dienstag bei einer Vertrauensabstimmung im Parlament gescheitert und hat seinen Rücktritt "
      "erklärt.")
M2 = "Nur 44 der 126 Abgeordneten sprachen ihm das Vertrauen aus; für einen Verbleib im Amt wären 64 Stimmen nötig gewesen."
M3 = ("„Es war mir eine Ehre, meinem Volk in Zeiten von Pandemie, Krieg und Zöllen zu dienen“, erklärte Oyun-Erdene "
      "nach der Abstimmung.")
M4 = "Er bleibt bis zur Wahl eines Nachfolgers geschäftsführend im Amt."
M5 = ("Seit Mitte Mai hatten sich fast täglich Hunderte, zeitweise Tausende vorwiegend junge Demonstranten auf dem "
      "Sukhbaatar-Platz vor dem Regierungspalast in Ulan Bator versammelt.")
M6 = ("Sie forderten seinen Rücktritt, nachdem in sozialen Netzwerken Fotos von teuren Geschenken, Designerhandtaschen "
      "und einem Luxuswagen aufgetaucht waren, die sein 23-jähriger Sohn seiner Verlobten gemacht haben soll.")
M7 = "Die unabhängige Antikorruptionsbehörde leitete eine Prüfung der Herkunft des Geldes ein."
M8 = ("Oyun-Erdene hatte erklärt, die Vorwürfe seien Teil einer Verleumdungskampagne seiner politischen Gegner.")
M9 = ("Die Krise hatte sich verschärft, als seine Mongolische Volkspartei die Demokratische Partei Ende Mai aus der "
      "Regierungskoalition ausschloss, weil mehrere junge Abgeordnete des Koalitionspartners die Rücktrittsforderungen "
      "unterstützt hatten.")
M10 = ("Parlamentspräsident Dashzegviin Amarbayasgalan rief die Parteien auf, rasch einen neuen Regierungschef zu "
       "bestimmen.")
M11 = "Die Organisatoren der Proteste kündigten an, die Kundgebungen vorerst auszusetzen."
M12 = ("„Wir haben gezeigt, dass die Jugend dieses Landes eine Stimme hat“, sagte eine der Wortführerinnen, eine "
       "24-jährige Studentin.")

DE03 = {
    "id": "hm120-de-03",
    "lang": "de",
    "url": None,
    "published": "2025-06-03",
    "title": "Mongolischer Regierungschef stürzt über Luxusleben seines Sohnes",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6, M7, M8], [M9, M10, M11, M12]),
    "events": [
        event("RETREAT", OYUN, None, M1, mode="resign", date="2025-06-03", location="Ulaanbaatar",
              location_country="MNG"),
        event("PROTEST", MNG_PROTESTERS, OYUN, M1, mode="demo", location_country="MNG"),
        event("PROTEST", MNG_PROTESTERS, OYUN, M5, mode="demo", location="Ulaanbaatar", location_country="MNG"),
        event("ACCUSE", IAAC, OYUN_SON, M7, mode="investigate"),
        event("ACCUSE", OYUN, OYUN_OPPONENTS, M8, mode="allege"),
        event("SANCTION", MPP, MNG_DP, M9, mode="expel"),
        event("SUPPORT", DP_MPS, MNG_PROTESTERS, M9),
        event("REQUEST", AMAR, MNG_PARTIES, M10, mode="change"),
        event("CONCEDE", ORGANISERS, None, M11),
    ],
    "quotes": [
        quote("Es war mir eine Ehre, meinem Volk in Zeiten von Pandemie, Krieg und Zöllen zu dienen",
              "Luvsannamsrain Oyun-Erdene", "direct"),
        quote("die Vorwürfe seien Teil einer Verleumdungskampagne seiner politischen Gegner",
              "Luvsannamsrain Oyun-Erdene", "indirect"),
        quote("rasch einen neuen Regierungschef zu bestimmen", "Dashzegviin Amarbayasgalan", "indirect"),
        quote("die Kundgebungen vorerst auszusetzen", "Mongolian protest organisers", "indirect"),
        quote("Wir haben gezeigt, dass die Jugend dieses Landes eine Stimme hat", "Mongolian protest leader",
              "direct"),
    ],
    "entities": [
        entity("Mongolia", "GPE", "MNG", ["Mongolias", "dieses Landes"]),
        entity("Luvsannamsrain Oyun-Erdene", "PER", "MNG",
               ["Mongolias Ministerpräsident Luvsannamsrain Oyun-Erdene", "Luvsannamsrain Oyun-Erdene",
                "Oyun-Erdene"]),
        entity("Family of Luvsannamsrain Oyun-Erdene", "PER", "MNG", ["seiner Familie"]),
        entity("State Great Khural", "ORG", "MNG", ["Parlament", "126 Abgeordneten"]),
        entity("Mongolian protesters", "ORG", "MNG", ["vorwiegend junge Demonstranten"]),
        entity("Sukhbaatar Square", "LOC", "MNG", ["Sukhbaatar-Platz"]),
        entity("Government Palace", "LOC", "MNG", ["Regierungspalast"]),
        entity("Ulaanbaatar", "GPE", "MNG", ["Ulan Bator"]),
        entity("Son of Luvsannamsrain Oyun-Erdene", "PER", "MNG", ["sein 23-jähriger Sohn"]),
        entity("Fiancee of Oyun-Erdene's son", "PER", "MNG", ["seiner Verlobten"]),
        entity("Independent Authority Against Corruption", "ORG", "MNG", ["unabhängige Antikorruptionsbehörde"]),
        entity("Political opponents of Luvsannamsrain Oyun-Erdene", "ORG", "MNG", ["seiner politischen Gegner"]),
        entity("Mongolian People's Party", "ORG", "MNG", ["Mongolische Volkspartei"]),
        entity("Democratic Party (Mongolia)", "ORG", "MNG", ["Demokratische Partei", "des Koalitionspartners"]),
        entity("Democratic Party lawmakers (Mongolia)", "PER", "MNG",
               ["mehrere junge Abgeordnete des Koalitionspartners"]),
        entity("Dashzegviin Amarbayasgalan", "PER", "MNG",
               ["Parlamentspräsident Dashzegviin Amarbayasgalan", "Dashzegviin Amarbayasgalan"]),
        entity("Mongolian parliamentary parties", "ORG", "MNG", ["die Parteien"]),
        entity("Mongolian protest organisers", "ORG", "MNG", ["Organisatoren der Proteste"]),
        entity("Mongolian protest leader", "PER", "MNG", ["eine der Wortführerinnen, eine 24-jährige Studentin"]),
    ],
}

# ---------------------------------------------------------------- hm120-de-04
JPN_GOV = actor("Japan", "JPN", "GOV")
CHN_EMB_TYO = actor("Chinese Embassy in Tokyo", "CHN", "GOV")
TAKAICHI = actor("Sanae Takaichi", "JPN", "GOV")
XUE = actor("Xue Jian", "CHN", "GOV")
FUNAKOSHI = actor("Takehiro Funakoshi", "JPN", "GOV")
WU = actor("Wu Jianghao", "CHN", "GOV")
SUN = actor("Sun Weidong", "CHN", "GOV")
KANASUGI = actor("Kenji Kanasugi", "JPN", "GOV")
KIHARA = actor("Minoru Kihara", "JPN", "GOV")

J1 = ("Im Streit über Äußerungen der japanischen Regierungschefin Sanae Takaichi zu Taiwan hat China seine Bürger am "
      "Freitag aufgefordert, vorerst nicht nach Japan zu reisen.")
J2 = ("Die öffentliche Sicherheit in Japan habe sich verschlechtert, zudem hätten führende japanische Politiker „offen "
      "provokative Äußerungen“ gemacht, erklärte die chinesische Botschaft in Tokio.")
J3 = "Mehrere chinesische Fluggesellschaften boten ihren Kunden daraufhin eine kostenlose Stornierung von Japan-Flügen an."
J4 = ("Takaichi hatte vergangene Woche im Parlament gesagt, ein chinesischer Angriff auf Taiwan mit Kriegsschiffen "
      "könne für Japan eine „existenzbedrohende Lage“ darstellen, die einen Einsatz der eigenen Streitkräfte erlauben "
      "würde.")
J5 = ("Der chinesische Generalkonsul in Osaka, Xue Jian, hatte daraufhin auf der Plattform X geschrieben, man müsse "
      "„den schmutzigen Hals, der sich einmischt, abschneiden“; der Beitrag wurde später gelöscht.")
J6 = ("Vize-Außenminister Takehiro Funakoshi bestellte am Freitag den chinesischen Botschafter Wu Jianghao ein und "
      "verlangte, dass Peking „angemessene Maßnahmen“ gegen den Diplomaten ergreife.")
J7 = ("Bereits am Donnerstag hatte Chinas Vize-Außenminister Sun Weidong den japanischen Botschafter Kenji Kanasugi "
      "einbestellt und Takaichi aufgefordert, ihre Äußerungen zurückzunehmen.")
J8 = "Anderenfalls werde Japan „alle Konsequenzen tragen“, sagte Sun nach Angaben des Außenministeriums in Peking."
J9 = "Takaichi lehnte es am Freitag im Parlament ab, ihre Worte zurückzunehmen."
J10 = "Sie habe lediglich die bisherige Haltung der Regierung wiedergegeben, sagte sie."
J11 = ("Regierungssprecher Minoru Kihara nannte die chinesische Reisewarnung „äußerst bedauerlich“ und forderte Peking "
       "auf, sie zurückzunehmen.")

DE04 = {
    "id": "hm120-de-04",
    "lang": "de",
    "url": None,
    "published": "2025-11-15",
    "title": "China rät Bürgern von Reisen nach Japan ab",
    "text": paragraphs([J1, J2, J3, J4], [J5, J6, J7, J8], [J9, J10, J11]),
    "events": [
        event("SANCTION", CHN_GOV, JPN_GOV, J1, mode="discontinue", date="2025-11-14"),
        event("ACCUSE", CHN_EMB_TYO, JPN_GOV, J2, mode="disapprove", location="Tokyo", location_country="JPN"),
        event("THREATEN", TAKAICHI, CHN_GOV, J4, mode="violence"),
        event("THREATEN", XUE, TAKAICHI, J5, mode="violence"),
        event("ACCUSE", FUNAKOSHI, WU, J6, mode="disapprove", date="2025-11-14", location="Tokyo",
              location_country="JPN"),
        event("REQUEST", FUNAKOSHI, CHN_GOV, J6, mode="change", date="2025-11-14"),
        event("ACCUSE", SUN, KANASUGI, J7, mode="disapprove", date="2025-11-13", location="Beijing",
              location_country="CHN"),
        event("REQUEST", SUN, TAKAICHI, J7, mode="change", date="2025-11-13"),
        event("THREATEN", SUN, JPN_GOV, J8),
        event("REJECT", TAKAICHI, CHN_GOV, J9, mode="change", date="2025-11-14", location="Tokyo",
              location_country="JPN"),
        event("ACCUSE", KIHARA, CHN_GOV, J11, mode="disapprove"),
        event("REQUEST", KIHARA, CHN_GOV, J11, mode="yield"),
    ],
    "quotes": [
        quote("Die öffentliche Sicherheit in Japan habe sich verschlechtert, zudem hätten führende japanische Politiker "
              "„offen provokative Äußerungen“ gemacht", "Chinese Embassy in Tokyo", "indirect"),
        quote("offen provokative Äußerungen", "Chinese Embassy in Tokyo", "direct"),
        quote("ein chinesischer Angriff auf Taiwan mit Kriegsschiffen könne für Japan eine „existenzbedrohende Lage“ "
              "darstellen, die einen Einsatz der eigenen Streitkräfte erlauben würde", "Sanae Takaichi", "indirect"),
        quote("existenzbedrohende Lage", "Sanae Takaichi", "direct"),
        quote("man müsse „den schmutzigen Hals, der sich einmischt, abschneiden“", "Xue Jian", "indirect"),
        quote("den schmutzigen Hals, der sich einmischt, abschneiden", "Xue Jian", "direct"),
        quote("dass Peking „angemessene Maßnahmen“ gegen den Diplomaten ergreife", "Takehiro Funakoshi", "indirect"),
        quote("angemessene Maßnahmen", "Takehiro Funakoshi", "direct"),
        quote("ihre Äußerungen zurückzunehmen", "Sun Weidong", "indirect"),
        quote("Anderenfalls werde Japan „alle Konsequenzen tragen“", "Sun Weidong", "indirect"),
        quote("alle Konsequenzen tragen", "Sun Weidong", "direct"),
        quote("Sie habe lediglich die bisherige Haltung der Regierung wiedergegeben", "Sanae Takaichi", "indirect"),
        quote("äußerst bedauerlich", "Minoru Kihara", "direct"),
        quote("sie zurückzunehmen", "Minoru Kihara", "indirect"),
    ],
    "entities": [
        entity("Sanae Takaichi", "PER", "JPN",
               ["japanischen Regierungschefin Sanae Takaichi", "Sanae Takaichi", "Takaichi"]),
        entity("Taiwan", "GPE", "TWN", ["Taiwan"]),
        entity("China", "GPE", "CHN", ["China", "Chinas", "Peking"]),
        entity("Chinese citizens", "PER", "CHN", ["seine Bürger"]),
        entity("Japan", "GPE", "JPN", ["Japan"]),
        entity("Japanese political leaders", "PER", "JPN", ["führende japanische Politiker"]),
        entity("Chinese Embassy in Tokyo", "ORG", "CHN", ["chinesische Botschaft in Tokio"]),
        entity("Tokyo", "GPE", "JPN", ["Tokio"]),
        entity("Chinese airlines", "ORG", "CHN", ["Mehrere chinesische Fluggesellschaften"]),
        entity("National Diet of Japan", "ORG", "JPN", ["Parlament"]),
        entity("Japan Self-Defense Forces", "ORG", "JPN", ["eigenen Streitkräfte"]),
        entity("Xue Jian", "PER", "CHN", ["Xue Jian", "Der chinesische Generalkonsul in Osaka", "den Diplomaten"]),
        entity("Osaka", "GPE", "JPN", ["Osaka"]),
        entity("X", "ORG", "MNC", ["Plattform X"]),
        entity("Takehiro Funakoshi", "PER", "JPN", ["Vize-Außenminister Takehiro Funakoshi", "Takehiro Funakoshi"]),
        entity("Wu Jianghao", "PER", "CHN", ["chinesischen Botschafter Wu Jianghao", "Wu Jianghao"]),
        entity("Sun Weidong", "PER", "CHN", ["Chinas Vize-Außenminister Sun Weidong", "Sun Weidong", "Sun"]),
        entity("Kenji Kanasugi", "PER", "JPN", ["japanischen Botschafter Kenji Kanasugi", "Kenji Kanasugi"]),
        entity("Chinese Ministry of Foreign Affairs", "ORG", "CHN", ["Außenministeriums in Peking"]),
        entity("Government of Japan", "ORG", "JPN", ["der Regierung"]),
        entity("Minoru Kihara", "PER", "JPN", ["Regierungssprecher Minoru Kihara", "Minoru Kihara"]),
    ],
}

# ---------------------------------------------------------------- hm120-en-01
VEN_COURT = actor("Venezuelan court", "VEN", "JUD")
GONZALEZ = actor("Edmundo Gonzalez", "VEN", "OPP")
ESP_AF = actor("Spanish Air Force", "ESP", "MIL")
ESP_GOV = actor("Spain", "ESP", "GOV")
DELCY = actor("Delcy Rodriguez", "VEN", "GOV")
SAAB = actor("Tarek William Saab", "VEN", "JUD")
MACHADO = actor("Maria Corina Machado", "VEN", "OPP")
VEN_GOV = actor("Venezuela", "VEN", "GOV")
MADURO = actor("Nicolas Maduro", "VEN", "GOV")
EU = actor("European Union", "EUR", "IGO")
BORRELL = actor("Josep Borrell", "EUR", "IGO")
BRA_GOV = actor("Brazil", "BRA", "GOV")
ARG_GOV = actor("Argentina", "ARG", "GOV")
VEN_OPP_SHELTER = actor("Venezuelan opposition members sheltering in the Argentine ambassador's residence", "VEN",
                        "OPP")

V1 = ("Venezuelan opposition candidate Edmundo Gonzalez arrived in Spain on Sunday after fleeing his country, where a "
      "court had ordered his arrest over his claim to have won July's presidential election.")
V2 = ("A Spanish air force plane flew the 75-year-old former diplomat from Caracas to the Torrejon de Ardoz military "
      "base near Madrid.")
V3 = ("Spain's Foreign Minister Jose Manuel Albares said Madrid had granted Gonzalez asylum at his request and was "
      "committed to the \"political rights and physical integrity\" of all Venezuelans.")
V4 = ("Venezuelan Vice President Delcy Rodriguez said Caracas had granted him safe passage \"for the sake of political "
      "peace\" once he asked to leave the country.")
V5 = ("Attorney General Tarek William Saab had accused Gonzalez of usurping functions, forging documents and "
      "conspiracy after the opposition published voting tallies showing him ahead.")
V6 = ("Opposition leader Maria Corina Machado said Gonzalez had left because his life was in danger and that he would "
      "return to be sworn in as president on Jan. 10.")
V7 = ("\"The regime has unleashed a brutal wave of repression to silence those who voted for change,\" Machado wrote "
      "on X.")
V8 = ("The National Electoral Council, which is controlled by allies of President Nicolas Maduro, declared him the "
      "winner of the July 28 vote without publishing a detailed breakdown of the results.")
V9 = ("The United States, the European Union and several Latin American governments have refused to recognise the "
      "result.")
V10 = ("EU foreign policy chief Josep Borrell called Gonzalez's exile \"a sad day for democracy in Venezuela\" and "
       "urged the authorities to end the persecution of opposition figures.")
V11 = ("Venezuela also on Saturday revoked Brazil's authorisation to represent Argentine interests in Caracas, where "
       "six Maduro critics have been sheltering in the Argentine ambassador's residence since March.")

EN01 = {
    "id": "hm120-en-01",
    "lang": "en",
    "url": None,
    "published": "2024-09-08",
    "title": "Venezuelan opposition candidate Gonzalez flees to Spain",
    "text": paragraphs([V1, V2, V3], [V4, V5, V6, V7], [V8, V9, V10, V11]),
    "events": [
        event("SANCTION", VEN_COURT, GONZALEZ, V1, mode="expel"),
        event("THREATEN", VEN_COURT, GONZALEZ, V1, mode="arrest"),
        event("AID", ESP_AF, GONZALEZ, V2, location="Caracas", location_country="VEN"),
        event("AID", ESP_GOV, GONZALEZ, V3),
        event("CONCEDE", DELCY, GONZALEZ, V4),
        event("ACCUSE", SAAB, GONZALEZ, V5, mode="allege"),
        event("ACCUSE", MACHADO, VEN_GOV, V7, mode="disapprove"),
        event("REJECT", USA_GOV, MADURO, V9),
        event("REJECT", EU, MADURO, V9),
        event("ACCUSE", BORRELL, VEN_GOV, V10, mode="disapprove"),
        event("REQUEST", BORRELL, VEN_GOV, V10, mode="yield"),
        event("SANCTION", VEN_GOV, BRA_GOV, V11, mode="discontinue", date="2024-09-07", location="Caracas",
              location_country="VEN"),
        event("AID", ARG_GOV, VEN_OPP_SHELTER, V11, location="Caracas", location_country="VEN"),
    ],
    "quotes": [
        quote("Madrid had granted Gonzalez asylum at his request and was committed to the \"political rights and "
              "physical integrity\" of all Venezuelans", "Jose Manuel Albares", "indirect"),
        quote("political rights and physical integrity", "Jose Manuel Albares", "direct"),
        quote("Caracas had granted him safe passage \"for the sake of political peace\" once he asked to leave the "
              "country", "Delcy Rodriguez", "indirect"),
        quote("for the sake of political peace", "Delcy Rodriguez", "direct"),
        quote("Gonzalez had left because his life was in danger", "Maria Corina Machado", "indirect"),
        quote("he would return to be sworn in as president on Jan. 10", "Maria Corina Machado", "indirect"),
        quote("The regime has unleashed a brutal wave of repression to silence those who voted for change",
              "Maria Corina Machado", "direct"),
        quote("a sad day for democracy in Venezuela", "Josep Borrell", "direct"),
    ],
    "entities": [
        entity("Edmundo Gonzalez", "PER", "VEN",
               ["Venezuelan opposition candidate Edmundo Gonzalez", "Edmundo Gonzalez", "Gonzalez",
                "the 75-year-old former diplomat"]),
        entity("Spain", "GPE", "ESP", ["Spain"]),
        entity("Venezuela", "GPE", "VEN", ["his country", "the country", "Venezuela"]),
        entity("Venezuelan court", "ORG", "VEN", ["a court"]),
        entity("Spanish Air Force", "ORG", "ESP", ["Spanish air force"]),
        entity("Caracas", "GPE", "VEN", ["Caracas"]),
        entity("Torrejon de Ardoz air base", "LOC", "ESP", ["Torrejon de Ardoz military base"]),
        entity("Madrid", "GPE", "ESP", ["Madrid"]),
        entity("Jose Manuel Albares", "PER", "ESP",
               ["Spain's Foreign Minister Jose Manuel Albares", "Jose Manuel Albares"]),
        entity("Delcy Rodriguez", "PER", "VEN", ["Venezuelan Vice President Delcy Rodriguez", "Delcy Rodriguez"]),
        entity("Tarek William Saab", "PER", "VEN", ["Attorney General Tarek William Saab", "Tarek William Saab"]),
        entity("Venezuelan opposition", "ORG", "VEN", ["the opposition"]),
        entity("Maria Corina Machado", "PER", "VEN",
               ["Opposition leader Maria Corina Machado", "Maria Corina Machado", "Machado"]),
        entity("Government of Venezuela", "ORG", "VEN", ["The regime", "the authorities"]),
        entity("X", "ORG", "MNC", ["on X"]),
        entity("National Electoral Council", "ORG", "VEN", ["The National Electoral Council"]),
        entity("Nicolas Maduro", "PER", "VEN", ["President Nicolas Maduro", "Nicolas Maduro", "Maduro"]),
        entity("United States", "GPE", "USA", ["The United States"]),
        entity("European Union", "ORG", "EUR", ["the European Union", "EU"]),
        entity("Latin American governments", "ORG", None, ["several Latin American governments"]),
        entity("Josep Borrell", "PER", "EUR", ["EU foreign policy chief Josep Borrell", "Josep Borrell"]),
        entity("Brazil", "GPE", "BRA", ["Brazil"]),
        entity("Argentina", "GPE", "ARG", ["Argentine interests"]),
        entity("Argentine ambassador's residence in Caracas", "LOC", "ARG", ["the Argentine ambassador's residence"]),
        entity("Venezuelan opposition members sheltering in the Argentine ambassador's residence", "PER", "VEN",
               ["six Maduro critics"]),
    ],
}

# ---------------------------------------------------------------- hm120-en-02
GBR_GOV = actor("United Kingdom", "GBR", "GOV")
PRINCE = actor("Prince Group", "KHM", "BUS")
US_PROSEC = actor("U.S. Attorney's Office for the Eastern District of New York", "USA", "JUD")
CHEN = actor("Chen Zhi", "KHM", "BUS")
BESSENT = actor("Scott Bessent", "USA", "GOV")
COOPER = actor("Yvette Cooper", "GBR", "GOV")
TOUCH = actor("Touch Sokhak", "KHM", "GOV")
RIGHTS_GROUPS = actor("Human rights groups", "NGO", "NGO")
KHM_GOV = actor("Cambodia", "KHM", "GOV")
KHM_POLICE = actor("Cambodian police", "KHM", "COP")
CHN_WORKERS = actor("Chinese scam workers", "CHN", "CVL")
IDN_WORKERS = actor("Indonesian scam workers", "IDN", "CVL")

R1 = ("The United States and Britain on Tuesday imposed sanctions on Cambodia's Prince Group, accusing the "
      "conglomerate of running forced-labour compounds that cheated victims around the world out of billions of "
      "dollars through online investment scams.")
R2 = ("U.S. prosecutors in Brooklyn unsealed an indictment charging the group's chairman, Chen Zhi, with wire fraud "
      "conspiracy and money laundering, and said the government had seized about 127,000 bitcoin worth some "
      "$15 billion linked to him.")
R3 = "Chen, 37, remains at large."
R4 = ("\"Prince Group built a criminal empire on the backs of trafficked workers,\" Treasury Secretary Scott Bessent "
      "said in a statement.")
R5 = ("Britain said it had also frozen a 12 million pound mansion in north London and an office block in the City of "
      "London linked to Chen.")
R6 = ("British Foreign Secretary Yvette Cooper said the compounds held trafficked people \"in horrific conditions\" "
      "and forced them to defraud people across the world.")
R7 = ("Chen, who was born in China and later became a Cambodian citizen, has served as an adviser to Prime Minister "
      "Hun Manet and his father, former leader Hun Sen.")
R8 = ("Interior Ministry spokesman Touch Sokhak said Phnom Penh would cooperate with any country that presented "
      "\"solid evidence\" but warned against politicising the fight against online fraud.")
R9 = ("Rights groups have long accused Cambodian authorities of tolerating the compounds, where according to the "
      "United Nations about 100,000 people are being forced to work.")
R10 = ("Since July, Cambodian police have raided dozens of compounds and deported hundreds of Chinese and Indonesian "
       "workers.")

EN02 = {
    "id": "hm120-en-02",
    "lang": "en",
    "url": None,
    "published": "2025-10-15",
    "title": "US, Britain sanction Cambodia's Prince Group over scam compounds",
    "text": paragraphs([R1, R2, R3, R4], [R5, R6], [R7, R8, R9, R10]),
    "events": [
        event("SANCTION", USA_GOV, PRINCE, R1, mode="discontinue", date="2025-10-14"),
        event("SANCTION", GBR_GOV, PRINCE, R1, mode="discontinue", date="2025-10-14"),
        event("ACCUSE", USA_GOV, PRINCE, R1, mode="allege", date="2025-10-14"),
        event("ACCUSE", GBR_GOV, PRINCE, R1, mode="allege", date="2025-10-14"),
        event("ACCUSE", US_PROSEC, CHEN, R2, mode="allege", location="Brooklyn", location_country="USA"),
        event("COERCE", US_PROSEC, CHEN, R2, mode="seize"),
        event("ACCUSE", BESSENT, PRINCE, R4, mode="allege"),
        event("COERCE", GBR_GOV, CHEN, R5, mode="seize", location="London", location_country="GBR"),
        event("ACCUSE", COOPER, PRINCE, R6, mode="allege"),
        event("AGREE", TOUCH, None, R8),
        event("ACCUSE", RIGHTS_GROUPS, KHM_GOV, R9, mode="allege"),
        event("COERCE", KHM_POLICE, None, R10, mode="seize", location_country="KHM"),
        event("COERCE", KHM_POLICE, CHN_WORKERS, R10, mode="deport", location_country="KHM"),
        event("COERCE", KHM_POLICE, IDN_WORKERS, R10, mode="deport", location_country="KHM"),
    ],
    "quotes": [
        quote("the government had seized about 127,000 bitcoin worth some $15 billion linked to him",
              "U.S. Attorney's Office for the Eastern District of New York", "indirect"),
        quote("Prince Group built a criminal empire on the backs of trafficked workers", "Scott Bessent", "direct"),
        quote("it had also frozen a 12 million pound mansion in north London and an office block in the City of London "
              "linked to Chen", "United Kingdom", "indirect"),
        quote("the compounds held trafficked people \"in horrific conditions\" and forced them to defraud people "
              "across the world", "Yvette Cooper", "indirect"),
        quote("in horrific conditions", "Yvette Cooper", "direct"),
        quote("Phnom Penh would cooperate with any country that presented \"solid evidence\"", "Touch Sokhak",
              "indirect"),
        quote("solid evidence", "Touch Sokhak", "direct"),
        quote("about 100,000 people are being forced to work", "United Nations", "indirect"),
    ],
    "entities": [
        entity("United States", "GPE", "USA", ["The United States", "U.S."]),
        entity("United Kingdom", "GPE", "GBR", ["Britain"]),
        entity("Prince Group", "ORG", "KHM",
               ["Cambodia's Prince Group", "Prince Group", "the conglomerate", "the group's"]),
        entity("Cambodia", "GPE", "KHM", ["Cambodia", "Phnom Penh"]),
        entity("Scam compounds in Cambodia", "LOC", "KHM",
               ["forced-labour compounds", "the compounds", "dozens of compounds"]),
        entity("U.S. Attorney's Office for the Eastern District of New York", "ORG", "USA",
               ["U.S. prosecutors in Brooklyn"]),
        entity("Brooklyn", "GPE", "USA", ["Brooklyn"]),
        entity("Chen Zhi", "PER", "KHM", ["the group's chairman, Chen Zhi", "Chen Zhi", "Chen"]),
        entity("Scott Bessent", "PER", "USA", ["Treasury Secretary Scott Bessent", "Scott Bessent"]),
        entity("London", "GPE", "GBR", ["north London", "City of London"]),
        entity("Yvette Cooper", "PER", "GBR", ["British Foreign Secretary Yvette Cooper", "Yvette Cooper"]),
        entity("China", "GPE", "CHN", ["China"]),
        entity("Hun Manet", "PER", "KHM", ["Prime Minister Hun Manet", "Hun Manet"]),
        entity("Hun Sen", "PER", "KHM", ["former leader Hun Sen", "Hun Sen", "his father"]),
        entity("Touch Sokhak", "PER", "KHM", ["Interior Ministry spokesman Touch Sokhak", "Touch Sokhak"]),
        entity("Cambodian Ministry of Interior", "ORG", "KHM", ["Interior Ministry"]),
        entity("Human rights groups", "ORG", "NGO", ["Rights groups"]),
        entity("Government of Cambodia", "ORG", "KHM", ["Cambodian authorities"]),
        entity("United Nations", "ORG", "UNO", ["United Nations"]),
        entity("Cambodian police", "ORG", "KHM", ["Cambodian police"]),
        entity("Chinese and Indonesian scam workers", "PER", None, ["hundreds of Chinese and Indonesian workers"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
