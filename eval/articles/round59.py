"""Round 59: six invented wire-style articles (4 German, 2 English), written blind.

Stories (invented reports on real 2023-2025 settings, not reported facts):
- hm59-de-01: JNIM attack on Barsalogho (Burkina Faso), junta sends reinforcements, AU and UN react (2024-08-26)
- hm59-de-02: Jordanian air strikes on drug smugglers in southern Syria, Damascus protests (2024-01-19)
- hm59-de-03: Armenia freezes its participation in the Russian-led CSTO, Kremlin reacts (2024-02-23)
- hm59-de-04: Panama's Supreme Court strikes down the First Quantum copper-mine contract (2023-11-29)
- hm59-en-01: Beijing court hands Yang Hengjun a suspended death sentence, Canberra protests (2024-02-05)
- hm59-en-02: Papua New Guinea and Bougainville agree on a New Zealand moderator (2024-06-14)
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm59-de-01
A1 = ("Ouagadougou (dpa) - Kämpfer der mit Al-Kaida verbundenen Gruppe JNIM haben am Samstag die Stadt "
      "Barsalogho im Norden Burkina Fasos angegriffen und Dutzende Menschen erschossen.")
A2 = "Viele der Opfer hatten nach Angaben von Bewohnern gerade Gräben zum Schutz der Stadt ausgehoben."
A3 = "JNIM reklamierte den Angriff für sich und sprach von mehr als 300 getöteten »Milizionären«."
A4 = ("Die Militärregierung von Hauptmann Ibrahim Traoré ordnete am Sonntag eine dreitägige Staatstrauer an "
      "und schickte Verstärkung in die Region Centre-Nord.")
A5 = "Ein Regierungssprecher erklärte, die Armee werde die »Terroristen« bis in ihre letzten Verstecke verfolgen."
A6 = "Die Afrikanische Union verurteilte den Angriff und sicherte Ouagadougou ihre Solidarität zu."
A7 = "„Nichts rechtfertigt solche Gräueltaten gegen Zivilisten“, erklärte Kommissionschef Moussa Faki."
A8 = "UN-Generalsekretär António Guterres forderte, die Verantwortlichen zur Rechenschaft zu ziehen."
A9 = ("Ärzte ohne Grenzen zufolge werden im Krankenhaus von Kaya mehr als 140 Verletzte behandelt; "
      "die Organisation schickte zusätzliche Chirurgen in die Stadt.")
A10 = "Dschihadistische Gruppen kontrollieren seit Jahren weite Teile des Landes."

_JNIM = actor("JNIM", "BFA", "REB")
_BARS = actor("Residents of Barsalogho", "BFA", "CVL")
_BFA_GOV = actor("Government of Burkina Faso", "BFA", "GOV")
_BFA_SPOX = actor("Spokesman of the Government of Burkina Faso", "BFA", "GOV")
_AU = actor("African Union", "IGO", "IGO")

DE01 = {
    "id": "hm59-de-01", "lang": "de", "url": None, "published": "2024-08-26",
    "title": "Dutzende Tote bei Angriff von Dschihadisten in Burkina Faso",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7], [A8, A9, A10]),
    "events": [
        event("ASSAULT", _JNIM, _BARS, A1, mode="firearms", date="2024-08-24", location="Barsalogho",
              location_country="BFA"),
        event("ASSAULT", _JNIM, _BARS, A3, mode="firearms", date="2024-08-24", location="Barsalogho",
              location_country="BFA"),
        event("MOBILIZE", _BFA_GOV, None, A4, mode="troops", date="2024-08-25", location="Centre-Nord",
              location_country="BFA"),
        event("THREATEN", _BFA_SPOX, _JNIM, A5, mode="violence"),
        event("ACCUSE", _AU, _JNIM, A6, mode="disapprove"),
        event("SUPPORT", _AU, _BFA_GOV, A6),
        event("ACCUSE", actor("Moussa Faki", "IGO", "IGO"), _JNIM, A7, mode="disapprove"),
        event("REQUEST", actor("António Guterres", "UNO", "IGO"), None, A8),
        event("AID", actor("Médecins Sans Frontières", "NGO", "NGO"), _BARS, A9, location="Kaya",
              location_country="BFA"),
    ],
    "quotes": [
        quote("Viele der Opfer hatten nach Angaben von Bewohnern gerade Gräben zum Schutz der Stadt ausgehoben",
              "Residents of Barsalogho", "indirect"),
        quote("Milizionären", "JNIM", "direct"),
        quote("die Armee werde die »Terroristen« bis in ihre letzten Verstecke verfolgen",
              "Spokesman of the Government of Burkina Faso", "indirect"),
        quote("Terroristen", "Spokesman of the Government of Burkina Faso", "direct"),
        quote("Nichts rechtfertigt solche Gräueltaten gegen Zivilisten", "Moussa Faki", "direct"),
        quote("werden im Krankenhaus von Kaya mehr als 140 Verletzte behandelt", "Médecins Sans Frontières",
              "indirect"),
    ],
    "entities": [
        entity("JNIM", "ORG", "BFA", ["der mit Al-Kaida verbundenen Gruppe JNIM", "JNIM"]),
        entity("al-Qaeda", "ORG", None, ["Al-Kaida"]),
        entity("Barsalogho", "LOC", "BFA", ["Barsalogho", "der Stadt"]),
        entity("Burkina Faso", "GPE", "BFA", ["Burkina Fasos", "Ouagadougou", "des Landes"]),
        entity("Government of Burkina Faso", "ORG", "BFA", ["Die Militärregierung von Hauptmann Ibrahim Traoré"]),
        entity("Ibrahim Traoré", "PER", "BFA", ["Hauptmann Ibrahim Traoré"]),
        entity("Centre-Nord", "LOC", "BFA", ["die Region Centre-Nord"]),
        entity("Spokesman of the Government of Burkina Faso", "PER", "BFA", ["Ein Regierungssprecher"]),
        entity("Burkina Faso Armed Forces", "ORG", "BFA", ["die Armee"]),
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union"]),
        entity("Moussa Faki", "PER", "IGO", ["Kommissionschef Moussa Faki"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
        entity("Médecins Sans Frontières", "ORG", "NGO", ["Ärzte ohne Grenzen", "die Organisation"]),
        entity("Kaya", "LOC", "BFA", ["Kaya"]),
    ],
}

# ---------------------------------------------------------------- hm59-de-02
B1 = ("Amman (AFP) - Die jordanische Luftwaffe hat am Donnerstag mutmaßliche Verstecke von Drogenschmugglern "
      "im Süden Syriens bombardiert.")
B2 = ("Dabei seien in dem Dorf Arman in der Provinz Suwaida nach Angaben von Aktivisten mindestens zehn "
      "Menschen getötet worden, darunter zwei Kinder.")
B3 = ("Amman bestätigte die Angriffe zunächst nicht, ein Armeesprecher erklärte jedoch, man werde weiter "
      "»mit aller Härte« gegen Waffen- und Drogenschmuggler an der Grenze vorgehen.")
B4 = "Das syrische Außenministerium verurteilte die Angriffe als Verletzung der Souveränität des Landes."
B5 = "Nichts rechtfertige die Tötung unschuldiger Zivilisten, hieß es in einer Erklärung aus Damaskus."
B6 = ("Zugleich bot Damaskus an, die Zusammenarbeit der Sicherheitsbehörden beider Länder gegen den "
      "Schmuggel auszubauen.")
B7 = ("Jordanien wirft pro-iranischen Milizen vor, über die Grenze massenhaft die Droge Captagon ins Land "
      "zu schleusen.")
B8 = ("Bereits im Dezember hatten sich jordanische Soldaten an der Grenze stundenlange Gefechte mit "
      "bewaffneten Schmugglern geliefert, bei denen ein Soldat getötet wurde.")
B9 = "Die Arabische Liga rief beide Länder auf, den Streit im Dialog beizulegen."

_JOR_AF = actor("Jordanian Air Force", "JOR", "MIL")
_JOR_ARMY = actor("Jordanian Armed Forces", "JOR", "MIL")
_JOR = actor("Jordan", "JOR", "GOV")
_SMUG = actor("Drug smugglers", "SYR", "REB")
_SYR_MFA = actor("Ministry of Foreign Affairs of Syria", "SYR", "GOV")
_SYR = actor("Syria", "SYR", "GOV")
_ARAB_LEAGUE = actor("Arab League", "IGO", "IGO")

DE02 = {
    "id": "hm59-de-02", "lang": "de", "url": None, "published": "2024-01-19",
    "title": "Jordanien bombardiert Drogenschmuggler in Syrien",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6], [B7, B8, B9]),
    "events": [
        event("ASSAULT", _JOR_AF, _SMUG, B1, mode="aerial", date="2024-01-18", location="Syria",
              location_country="SYR"),
        event("ASSAULT", _JOR_AF, actor("Residents of Arman", "SYR", "CVL"), B2, mode="aerial",
              date="2024-01-18", location="Arman", location_country="SYR"),
        event("THREATEN", actor("Spokesman of the Jordanian Armed Forces", "JOR", "MIL"), _SMUG, B3,
              mode="violence"),
        event("ACCUSE", _SYR_MFA, _JOR, B4, mode="disapprove"),
        event("ACCUSE", _SYR_MFA, _JOR, B5, mode="disapprove"),
        event("AGREE", _SYR, _JOR, B6),
        event("ACCUSE", _JOR, actor("Pro-Iranian militias", "SYR", "REB"), B7, mode="allege"),
        event("ASSAULT", _JOR_ARMY, _SMUG, B8),
        event("ASSAULT", _SMUG, _JOR_ARMY, B8),
        event("REQUEST", _ARAB_LEAGUE, _JOR, B9, mode="meet"),
        event("REQUEST", _ARAB_LEAGUE, _SYR, B9, mode="meet"),
    ],
    "quotes": [
        quote("Dabei seien in dem Dorf Arman in der Provinz Suwaida nach Angaben von Aktivisten mindestens zehn "
              "Menschen getötet worden, darunter zwei Kinder", "Activists", "indirect"),
        quote("man werde weiter »mit aller Härte« gegen Waffen- und Drogenschmuggler an der Grenze vorgehen",
              "Spokesman of the Jordanian Armed Forces", "indirect"),
        quote("mit aller Härte", "Spokesman of the Jordanian Armed Forces", "direct"),
        quote("Nichts rechtfertige die Tötung unschuldiger Zivilisten", "Ministry of Foreign Affairs of Syria",
              "indirect"),
        quote("über die Grenze massenhaft die Droge Captagon ins Land zu schleusen", "Jordan", "indirect"),
    ],
    "entities": [
        entity("Jordanian Air Force", "ORG", "JOR", ["Die jordanische Luftwaffe"]),
        entity("Jordan", "GPE", "JOR", ["Amman", "Jordanien"]),
        entity("Syria", "GPE", "SYR", ["Syriens", "Damaskus", "des Landes"]),
        entity("Arman", "LOC", "SYR", ["dem Dorf Arman"]),
        entity("Suwayda Governorate", "LOC", "SYR", ["der Provinz Suwaida"]),
        entity("Spokesman of the Jordanian Armed Forces", "PER", "JOR", ["ein Armeesprecher"]),
        entity("Ministry of Foreign Affairs of Syria", "ORG", "SYR", ["Das syrische Außenministerium"]),
        entity("Pro-Iranian militias", "ORG", "SYR", ["pro-iranischen Milizen"]),
        entity("Jordanian Armed Forces", "ORG", "JOR", ["jordanische Soldaten"]),
        entity("Arab League", "ORG", "IGO", ["Die Arabische Liga"]),
    ],
}

# ---------------------------------------------------------------- hm59-de-03
C1 = ("Eriwan (dpa) - Armenien hat seine Beteiligung an dem von Russland geführten Militärbündnis OVKS "
      "eingefroren.")
C2 = ("Das Land nehme derzeit an keinen Treffen der Organisation mehr teil, sagte Regierungschef Nikol "
      "Paschinjan am Donnerstag in einem Interview mit dem Sender France 24.")
C3 = ("Die OVKS habe Armenien während der Kämpfe mit Aserbaidschan »im Stich gelassen«, begründete er den "
      "Schritt.")
C4 = "Kremlsprecher Dmitri Peskow forderte Eriwan auf, die Entscheidung offiziell zu erläutern."
C5 = "»Armenien bleibt unser Verbündeter«, sagte er, »und wir setzen auf den Dialog.«"
C6 = "Zugleich warnte das russische Außenministerium Eriwan vor »Konsequenzen«, sollte es sich dem Westen zuwenden."
C7 = ("Armenien hatte bereits im vergangenen Jahr ein Manöver der Allianz auf seinem Gebiet abgesagt und im "
      "September eine gemeinsame Übung mit US-Soldaten abgehalten.")
C8 = ("Zudem forderte die Regierung in Eriwan die russischen Grenzschützer auf, bis zum Sommer den Flughafen "
      "Swartnoz zu verlassen.")
C9 = "Russland unterhält in Armenien eine Militärbasis mit rund 3000 Soldaten."
C10 = "Einen formellen Austritt aus der Allianz hat Eriwan allerdings bislang nicht erklärt."

_ARM = actor("Armenia", "ARM", "GOV")
_CSTO = actor("Collective Security Treaty Organization", "IGO", "IGO")
_PASH = actor("Nikol Pashinyan", "ARM", "GOV")
_PESKOV = actor("Dmitry Peskov", "RUS", "GOV")

DE03 = {
    "id": "hm59-de-03", "lang": "de", "url": None, "published": "2024-02-23",
    "title": "Armenien friert Mitarbeit in Moskaus Militärbündnis ein",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6], [C7, C8, C9, C10]),
    "events": [
        event("SANCTION", _ARM, _CSTO, C1, mode="withdraw"),
        event("SANCTION", _ARM, _CSTO, C2, mode="withdraw", date="2024-02-22"),
        event("ACCUSE", _PASH, _CSTO, C3, mode="disapprove"),
        event("REQUEST", _PESKOV, _ARM, C4),
        event("AGREE", _PESKOV, _ARM, C5),
        event("THREATEN", actor("Ministry of Foreign Affairs of Russia", "RUS", "GOV"), _ARM, C6),
        event("SANCTION", _ARM, _CSTO, C7, mode="discontinue"),
        event("COOPERATE", _ARM, actor("United States", "USA", "MIL"), C7),
        event("REQUEST", actor("Government of Armenia", "ARM", "GOV"),
              actor("Russian border guards", "RUS", "MIL"), C8),
        event("SANCTION", _ARM, _CSTO, C10, mode="withdraw", negated=True),
    ],
    "quotes": [
        quote("Das Land nehme derzeit an keinen Treffen der Organisation mehr teil", "Nikol Pashinyan", "indirect"),
        quote("Die OVKS habe Armenien während der Kämpfe mit Aserbaidschan »im Stich gelassen«", "Nikol Pashinyan",
              "indirect"),
        quote("im Stich gelassen", "Nikol Pashinyan", "direct"),
        quote("Armenien bleibt unser Verbündeter", "Dmitry Peskov", "direct"),
        quote("und wir setzen auf den Dialog", "Dmitry Peskov", "direct"),
        quote("Konsequenzen", "Ministry of Foreign Affairs of Russia", "direct"),
    ],
    "entities": [
        entity("Armenia", "GPE", "ARM", ["Armenien", "Eriwan", "Das Land"]),
        entity("Collective Security Treaty Organization", "ORG", "IGO",
               ["dem von Russland geführten Militärbündnis OVKS", "OVKS", "der Organisation", "der Allianz"]),
        entity("Russia", "GPE", "RUS", ["Russland"]),
        entity("Nikol Pashinyan", "PER", "ARM", ["Regierungschef Nikol Paschinjan", "er"]),
        entity("France 24", "ORG", "FRA", ["dem Sender France 24"]),
        entity("Azerbaijan", "GPE", "AZE", ["Aserbaidschan"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow", "er"]),
        entity("Ministry of Foreign Affairs of Russia", "ORG", "RUS", ["das russische Außenministerium"]),
        entity("United States Armed Forces", "ORG", "USA", ["US-Soldaten"]),
        entity("Government of Armenia", "ORG", "ARM", ["die Regierung in Eriwan"]),
        entity("Russian border guards", "ORG", "RUS", ["die russischen Grenzschützer"]),
        entity("Zvartnots International Airport", "LOC", "ARM", ["den Flughafen Swartnoz"]),
    ],
}

# ---------------------------------------------------------------- hm59-de-04
D1 = ("Panama-Stadt (Reuters) - Nach wochenlangen Massenprotesten hat Panamas Oberster Gerichtshof am Dienstag "
      "den Vertrag mit dem kanadischen Bergbaukonzern First Quantum für verfassungswidrig erklärt.")
D2 = ("Präsident Laurentino Cortizo kündigte am Abend an, die Regierung werde die Schließung der Kupfermine "
      "Cobre Panamá einleiten.")
D3 = "»Das ist ein Sieg des panamaischen Volkes«, sagte ein Sprecher des Bündnisses Panamá Vale Más Sin Minería."
D4 = ("Umweltgruppen, Gewerkschaften und Lehrer hatten seit Oktober landesweit Straßen blockiert und den Stopp "
      "des Tagebaus gefordert.")
D5 = ("Bereits am 7. November hatte ein Mann an einer Straßensperre westlich der Hauptstadt zwei Demonstranten "
      "erschossen.")
D6 = ("Die Polizei nahm nach Angaben des Sicherheitsministeriums seit Beginn der Proteste mehr als 1000 "
      "Menschen fest.")
D7 = "First Quantum leitete nach eigenen Angaben ein Schiedsverfahren gegen Panama ein."
D8 = "Der Konzern warnte, bei einer Schließung verlören Tausende Beschäftigte ihre Arbeit."
D9 = ("Kanadas Handelsministerin Mary Ng rief die Regierung in Panama-Stadt auf, mit dem Unternehmen eine "
      "Verhandlungslösung zu suchen.")
D10 = "Cortizo sagte zu, die Arbeiter der Mine bei der Suche nach neuen Stellen zu unterstützen."

_FQM = actor("First Quantum Minerals", "CAN", "BUS")
_CORTIZO = actor("Laurentino Cortizo", "PAN", "GOV")
_PAN_GOV = actor("Government of Panama", "PAN", "GOV")
_PAN_PROT = actor("Protesters", "PAN", "CVL")

DE04 = {
    "id": "hm59-de-04", "lang": "de", "url": None, "published": "2023-11-29",
    "title": "Panamas Oberstes Gericht kippt Vertrag für Kupfermine",
    "text": paragraphs([D1, D2, D3], [D4, D5, D6], [D7, D8, D9, D10]),
    "events": [
        event("SANCTION", actor("Supreme Court of Panama", "PAN", "JUD"), _FQM, D1, mode="convict",
              date="2023-11-28"),
        event("CONCEDE", _CORTIZO, _PAN_PROT, D2, date="2023-11-28"),
        event("PROTEST", actor("Environmental groups", "PAN", "NGO"), _PAN_GOV, D4, mode="obstruct"),
        event("PROTEST", actor("Trade unions", "PAN", "LAB"), _PAN_GOV, D4, mode="obstruct"),
        event("PROTEST", actor("Teachers", "PAN", "CVL"), _PAN_GOV, D4, mode="obstruct"),
        event("ASSAULT", actor("Gunman", "PAN", "CVL"), _PAN_PROT, D5, mode="firearms", date="2023-11-07"),
        event("COERCE", actor("National Police of Panama", "PAN", "COP"), _PAN_PROT, D6, mode="arrest"),
        event("ACCUSE", _FQM, _PAN_GOV, D7, mode="allege"),
        event("REQUEST", actor("Mary Ng", "CAN", "GOV"), _PAN_GOV, D9, mode="meet"),
        event("AGREE", _CORTIZO, actor("Cobre Panamá mine workers", "PAN", "LAB"), D10),
    ],
    "quotes": [
        quote("die Regierung werde die Schließung der Kupfermine Cobre Panamá einleiten", "Laurentino Cortizo",
              "indirect"),
        quote("Das ist ein Sieg des panamaischen Volkes", "Spokesman of Panamá Vale Más Sin Minería", "direct"),
        quote("Die Polizei nahm nach Angaben des Sicherheitsministeriums seit Beginn der Proteste mehr als 1000 "
              "Menschen fest", "Ministry of Public Security of Panama", "indirect"),
        quote("bei einer Schließung verlören Tausende Beschäftigte ihre Arbeit", "First Quantum Minerals",
              "indirect"),
    ],
    "entities": [
        entity("Panama", "GPE", "PAN", ["Panamas", "Panama"]),
        entity("Panama City", "LOC", "PAN", ["Panama-Stadt", "der Hauptstadt"]),
        entity("Supreme Court of Panama", "ORG", "PAN", ["Panamas Oberster Gerichtshof"]),
        entity("First Quantum Minerals", "ORG", "CAN",
               ["dem kanadischen Bergbaukonzern First Quantum", "First Quantum", "Der Konzern", "dem Unternehmen"]),
        entity("Laurentino Cortizo", "PER", "PAN", ["Präsident Laurentino Cortizo", "Cortizo"]),
        entity("Government of Panama", "ORG", "PAN", ["die Regierung", "die Regierung in Panama-Stadt"]),
        entity("Cobre Panamá", "LOC", "PAN", ["der Kupfermine Cobre Panamá", "der Mine"]),
        entity("Panamá Vale Más Sin Minería", "ORG", "PAN", ["des Bündnisses Panamá Vale Más Sin Minería"]),
        entity("Spokesman of Panamá Vale Más Sin Minería", "PER", "PAN", ["ein Sprecher"]),
        entity("National Police of Panama", "ORG", "PAN", ["Die Polizei"]),
        entity("Ministry of Public Security of Panama", "ORG", "PAN", ["des Sicherheitsministeriums"]),
        entity("Mary Ng", "PER", "CAN", ["Kanadas Handelsministerin Mary Ng"]),
        entity("Canada", "GPE", "CAN", ["Kanadas"]),
    ],
}

# ---------------------------------------------------------------- hm59-en-01
E1 = ("SYDNEY (Reuters) - A Beijing court on Monday handed Australian writer Yang Hengjun a suspended death "
      "sentence for espionage, more than five years after he was detained in China.")
E2 = ("Foreign Minister Penny Wong said the government was “appalled” by the verdict and had summoned China's "
      "ambassador Xiao Qian to register its objections.")
E3 = "“Australia will not relent in our advocacy for justice for Dr Yang,” she told reporters in Canberra."
E4 = ("Yang's family said he had been tortured in custody and denied adequate treatment for a kidney cyst.")
E5 = "Beijing's foreign ministry spokesman Wang Wenbin urged Canberra to respect China's judicial sovereignty."
E6 = ("Wang said the court had acted “in accordance with the law” and that Yang's rights had been fully "
      "protected.")
E7 = ("Prime Minister Anthony Albanese called the sentence harsh and urged Beijing to release Yang on "
      "humanitarian grounds.")
E8 = ("Relations between the two countries had begun to thaw after China lifted its tariffs on Australian "
      "barley last August.")
E9 = "Yang, a former Chinese diplomat who later became an Australian citizen, has denied the charges."

_YANG = actor("Yang Hengjun", "AUS", "CVL")
_CHN = actor("China", "CHN", "GOV")
_AUS = actor("Australia", "AUS", "GOV")
_ALBO = actor("Anthony Albanese", "AUS", "GOV")

EN01 = {
    "id": "hm59-en-01", "lang": "en", "url": None, "published": "2024-02-05",
    "title": "Australia summons Chinese envoy after writer Yang Hengjun given suspended death sentence",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6], [E7, E8, E9]),
    "events": [
        event("SANCTION", actor("Beijing No. 2 Intermediate People's Court", "CHN", "JUD"), _YANG, E1,
              mode="convict", date="2024-02-05", location="Beijing", location_country="CHN"),
        event("COERCE", actor("Chinese authorities", "CHN", "GOV"), _YANG, E1, mode="arrest", location="China",
              location_country="CHN"),
        event("ACCUSE", actor("Penny Wong", "AUS", "GOV"), _CHN, E2, mode="disapprove"),
        event("ACCUSE", actor("Yang Hengjun's family", "AUS", "CVL"), _CHN, E4, mode="allege"),
        event("REQUEST", actor("Wang Wenbin", "CHN", "GOV"), _AUS, E5, mode="change"),
        event("ACCUSE", _ALBO, _CHN, E7, mode="disapprove"),
        event("REQUEST", _ALBO, _CHN, E7, mode="yield"),
        event("RETREAT", _CHN, _AUS, E8),
    ],
    "quotes": [
        quote("the government was “appalled” by the verdict and had summoned China's ambassador Xiao Qian to "
              "register its objections", "Penny Wong", "indirect"),
        quote("appalled", "Penny Wong", "direct"),
        quote("Australia will not relent in our advocacy for justice for Dr Yang", "Penny Wong", "direct"),
        quote("he had been tortured in custody and denied adequate treatment for a kidney cyst",
              "Yang Hengjun's family", "indirect"),
        quote("the court had acted “in accordance with the law” and that Yang's rights had been fully protected",
              "Wang Wenbin", "indirect"),
        quote("in accordance with the law", "Wang Wenbin", "direct"),
    ],
    "entities": [
        entity("Beijing No. 2 Intermediate People's Court", "ORG", "CHN", ["A Beijing court", "the court"]),
        entity("Yang Hengjun", "PER", "AUS", ["Australian writer Yang Hengjun", "he", "Dr Yang", "Yang's", "Yang"]),
        entity("China", "GPE", "CHN", ["China", "China's", "Beijing's", "Beijing"]),
        entity("Australia", "GPE", "AUS", ["Australia", "Canberra", "the government"]),
        entity("Penny Wong", "PER", "AUS", ["Foreign Minister Penny Wong", "she"]),
        entity("Xiao Qian", "PER", "CHN", ["China's ambassador Xiao Qian"]),
        entity("Yang Hengjun's family", "PER", "AUS", ["Yang's family"]),
        entity("Wang Wenbin", "PER", "CHN", ["Beijing's foreign ministry spokesman Wang Wenbin", "Wang"]),
        entity("Anthony Albanese", "PER", "AUS", ["Prime Minister Anthony Albanese"]),
        entity("Sydney", "LOC", "AUS", ["SYDNEY"]),
    ],
}

# ---------------------------------------------------------------- hm59-en-02
F1 = ("PORT MORESBY (AFP) - Papua New Guinea's Prime Minister James Marape and Bougainville President Ishmael "
      "Toroama agreed on Thursday to appoint a New Zealand moderator for the region's independence talks.")
F2 = ("The two leaders met at Marape's residence in the capital, their first meeting since talks collapsed "
      "in March.")
F3 = ("Former New Zealand governor-general Jerry Mateparae will chair the talks, New Zealand's foreign ministry "
      "said, adding that Wellington would cover the costs.")
F4 = ("Toroama has threatened to declare independence unilaterally if parliament does not ratify the 2019 "
      "referendum, in which almost 98 percent voted to break away.")
F5 = "“Our people have waited long enough. Parliament must vote this year,” he told reporters after the meeting."
F6 = "Marape rejected setting a deadline, saying the final decision rested with lawmakers."
F7 = ("Australia, which has pledged 2 million Australian dollars to support the process, welcomed the "
      "agreement.")
F8 = ("Police in Bougainville said they had stepped up patrols in the town of Arawa ahead of rallies by "
      "independence supporters.")
F9 = "The closed Panguna copper mine remains at the heart of the dispute."

_MARAPE = actor("James Marape", "PNG", "GOV")
_TOROAMA = actor("Ishmael Toroama", "PNG", "GOV")
_PNG_PARL = actor("National Parliament of Papua New Guinea", "PNG", "LEG")
_PNG = actor("Papua New Guinea", "PNG", "GOV")
_AUS2 = actor("Australia", "AUS", "GOV")

EN02 = {
    "id": "hm59-en-02", "lang": "en", "url": None, "published": "2024-06-14",
    "title": "PNG and Bougainville agree on New Zealand moderator for independence talks",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6], [F7, F8, F9]),
    "events": [
        event("AGREE", _MARAPE, _TOROAMA, F1, date="2024-06-13"),
        event("CONSULT", _TOROAMA, _MARAPE, F2, mode="visit", date="2024-06-13", location="Port Moresby",
              location_country="PNG"),
        event("AGREE", actor("New Zealand Ministry of Foreign Affairs and Trade", "NZL", "GOV"), _PNG, F3),
        event("THREATEN", _TOROAMA, _PNG_PARL, F4),
        event("REQUEST", _TOROAMA, _PNG_PARL, F5, mode="change"),
        event("REJECT", _MARAPE, _TOROAMA, F6, mode="change"),
        event("AGREE", _AUS2, _PNG, F7),
        event("SUPPORT", _AUS2, _PNG, F7),
        event("MOBILIZE", actor("Bougainville Police Service", "PNG", "COP"), None, F8, mode="police",
              location="Arawa", location_country="PNG"),
    ],
    "quotes": [
        quote("Former New Zealand governor-general Jerry Mateparae will chair the talks",
              "New Zealand Ministry of Foreign Affairs and Trade", "indirect"),
        quote("that Wellington would cover the costs", "New Zealand Ministry of Foreign Affairs and Trade",
              "indirect"),
        quote("Our people have waited long enough. Parliament must vote this year", "Ishmael Toroama", "direct"),
        quote("the final decision rested with lawmakers", "James Marape", "indirect"),
        quote("they had stepped up patrols in the town of Arawa ahead of rallies by independence supporters",
              "Bougainville Police Service", "indirect"),
    ],
    "entities": [
        entity("Papua New Guinea", "GPE", "PNG", ["Papua New Guinea's"]),
        entity("Port Moresby", "LOC", "PNG", ["PORT MORESBY", "the capital"]),
        entity("James Marape", "PER", "PNG", ["Prime Minister James Marape", "Marape's", "Marape"]),
        entity("Ishmael Toroama", "PER", "PNG", ["Bougainville President Ishmael Toroama", "Toroama", "he"]),
        entity("Bougainville", "GPE", "PNG", ["Bougainville", "the region's"]),
        entity("Jerry Mateparae", "PER", "NZL", ["Former New Zealand governor-general Jerry Mateparae"]),
        entity("New Zealand Ministry of Foreign Affairs and Trade", "ORG", "NZL", ["New Zealand's foreign ministry"]),
        entity("New Zealand", "GPE", "NZL", ["New Zealand", "Wellington"]),
        entity("National Parliament of Papua New Guinea", "ORG", "PNG",
               ["parliament", "Parliament", "lawmakers"]),
        entity("Australia", "GPE", "AUS", ["Australia"]),
        entity("Bougainville Police Service", "ORG", "PNG", ["Police in Bougainville", "they"]),
        entity("Arawa", "LOC", "PNG", ["the town of Arawa"]),
        entity("Panguna mine", "LOC", "PNG", ["The closed Panguna copper mine"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
