"""Round 51: six blind hand-made wire-style articles (4 German, 2 English), written 2026-11-30.

Invented but plausible reports on real 2023-2025 settings, annotated per
../../shared/data/articles/CONVENTIONS.md:

- hm51-de-01  Peru hands Colombia a protest note over Petro's claim on the island of Santa Rosa (Aug 2025)
- hm51-de-02  The RSF attack the Zamzam displacement camp in Darfur, UN and AU react (Apr 2025)
- hm51-de-03  Iran recalls its ambassadors from Berlin, Paris and London after the UN snapback (Sep 2025)
- hm51-de-04  Pakistani police clear the TLP's Gaza march camp in Muridke (Oct 2025)
- hm51-en-01  Poland shoots down Russian drones and asks for NATO Article 4 talks (Sep 2025)
- hm51-en-02  TPNPB rebels kill gold miners in Yahukimo, Indonesian Papua (Apr 2025)
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm51-de-01
COL = actor("Colombia", "COL", "GOV")
PER = actor("Peru", "PER", "GOV")
PETRO = actor("Gustavo Petro", "COL", "GOV")
SCHIALER = actor("Elmer Schialer", "PER", "GOV")
BRA = actor("Brazil", "BRA", "GOV")

D1 = [
    "Lima/Bogotá (dpa) - Im Streit um eine Flussinsel im Amazonas hat Peru dem Nachbarland Kolumbien eine Protestnote übergeben.",
    "Der kolumbianische Präsident Gustavo Petro hatte Lima am Dienstag vorgeworfen, sich die Insel Santa Rosa »einverleibt« zu haben.",
    "Die Insel gehöre zu Kolumbien, schrieb er auf der Plattform X.",
]
D2 = [
    "Das peruanische Außenministerium wies die Vorwürfe zurück.",
    "Santa Rosa sei seit Jahrzehnten Teil der Region Loreto, hieß es in der Note.",
    "Zudem bestellte Lima den kolumbianischen Botschafter ein.",
    "Außenminister Elmer Schialer forderte Bogotá auf, den Streit auf diplomatischem Weg beizulegen.",
    "Er bot Gespräche in einer gemeinsamen Grenzkommission an.",
    "Ein Treffen Schialers mit seiner kolumbianischen Amtskollegin Rosa Villavicencio kam bislang nicht zustande.",
]
D3 = [
    "Am Mittwoch entsandte die peruanische Regierung zusätzliche Polizisten auf die Insel.",
    "„Wir werden keinen Zentimeter unseres Territoriums aufgeben“, sagte der kolumbianische Verteidigungsminister Pedro Arnulfo Sánchez.",
    "Brasilien bot an, zwischen beiden Ländern zu vermitteln.",
]
T = paragraphs(D1, D2, D3)

ART1 = {
    "id": "hm51-de-01", "lang": "de", "url": None, "published": "2025-08-07",
    "title": "Peru protestiert bei Kolumbien im Streit um Amazonas-Insel",
    "text": T,
    "events": [
        event("ACCUSE", PER, COL, D1[0], mode="disapprove"),
        event("ACCUSE", PETRO, PER, D1[1], mode="allege", date="2025-08-05"),
        event("ACCUSE", PER, COL, D2[2], mode="disapprove"),
        event("REQUEST", SCHIALER, COL, D2[3]),
        event("AGREE", SCHIALER, COL, D2[4]),
        event("CONSULT", SCHIALER, actor("Rosa Villavicencio", "COL", "GOV"), D2[5], negated=True),
        event("MOBILIZE", PER, None, D3[0], mode="police", date="2025-08-06",
              location="Santa Rosa", location_country="PER"),
        event("AGREE", BRA, COL, D3[2]),
        event("AGREE", BRA, PER, D3[2]),
    ],
    "quotes": [
        quote("einverleibt", "Gustavo Petro", "direct"),
        quote("sich die Insel Santa Rosa »einverleibt« zu haben", "Gustavo Petro", "indirect"),
        quote("Die Insel gehöre zu Kolumbien", "Gustavo Petro", "indirect"),
        quote("Santa Rosa sei seit Jahrzehnten Teil der Region Loreto", "Ministry of Foreign Affairs of Peru", "indirect"),
        quote("Wir werden keinen Zentimeter unseres Territoriums aufgeben", "Pedro Arnulfo Sánchez", "direct"),
    ],
    "entities": [
        entity("Peru", "GPE", "PER", ["Peru", "Lima"]),
        entity("Colombia", "GPE", "COL", ["Kolumbien", "Bogotá"]),
        entity("Gustavo Petro", "PER", "COL", ["Der kolumbianische Präsident Gustavo Petro"]),
        entity("Santa Rosa", "LOC", "PER", ["Santa Rosa", "die Insel", "eine Flussinsel im Amazonas"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Ministry of Foreign Affairs of Peru", "ORG", "PER", ["Das peruanische Außenministerium"]),
        entity("Loreto", "LOC", "PER", ["Region Loreto"]),
        entity("Elmer Schialer", "PER", "PER", ["Außenminister Elmer Schialer", "Schialers"]),
        entity("Rosa Villavicencio", "PER", "COL", ["seiner kolumbianischen Amtskollegin Rosa Villavicencio"]),
        entity("Pedro Arnulfo Sánchez", "PER", "COL", ["der kolumbianische Verteidigungsminister Pedro Arnulfo Sánchez"]),
        entity("Brazil", "GPE", "BRA", ["Brasilien"]),
        entity("Amazon River", "LOC", None, ["Amazonas"]),
    ],
}

# ---------------------------------------------------------------- hm51-de-02
RSF = actor("Rapid Support Forces", "SDN", "REB")
SAF = actor("Sudanese Armed Forces", "SDN", "MIL")
DISPLACED = actor("Displaced people in Zamzam", "SDN", "CVL")
GUTERRES = actor("António Guterres", "UNO", "IGO")

S1 = [
    "Port Sudan (AFP) - Kämpfer der paramilitärischen RSF-Miliz haben am Freitag das Vertriebenenlager Samsam in der sudanesischen Region Darfur angegriffen.",
    "Mehr als 100 Menschen seien getötet worden, darunter neun Helfer der Organisation Relief International, teilten die Vereinten Nationen am Sonntag mit.",
    "Die RSF wiesen jede Verantwortung für Tote unter Zivilisten zurück.",
    "Das Lager sei von der Armee als »Stützpunkt« genutzt worden, erklärte ein Sprecher der Miliz.",
]
S2 = [
    "UN-Generalsekretär António Guterres verurteilte den Angriff scharf.",
    "Er forderte beide Kriegsparteien auf, Zivilisten zu schützen und Helfern ungehinderten Zugang zu gewähren.",
    "Die Armee warf der RSF vor, seit Tagen auch die nahe Stadt Al-Faschir mit Artillerie zu beschießen.",
    "Die Afrikanische Union rief zu einer sofortigen Waffenruhe auf.",
]
S3 = [
    "In Tawila versorgte Ärzte ohne Grenzen Hunderte Verletzte.",
    "Die RSF kündigten an, einen »sicheren Korridor« für Zivilisten nach Tawila zu öffnen.",
    "Das Welternährungsprogramm (WFP) kündigte an, Lebensmittel für die Geflohenen nach Tawila zu bringen.",
    "»Die Menschen kommen mit nichts an«, sagte eine WFP-Sprecherin.",
    "Seit April 2023 kämpft die Armee gegen die RSF um die Macht im Land.",
]
T = paragraphs(S1, S2, S3)

ART2 = {
    "id": "hm51-de-02", "lang": "de", "url": None, "published": "2025-04-13",
    "title": "RSF-Miliz greift Vertriebenenlager in Darfur an",
    "text": T,
    "events": [
        event("ASSAULT", RSF, DISPLACED, S1[0], date="2025-04-11", location="Zamzam", location_country="SDN"),
        event("ACCUSE", RSF, SAF, S1[3], mode="allege"),
        event("ACCUSE", GUTERRES, RSF, S2[0], mode="disapprove"),
        event("REQUEST", GUTERRES, SAF, S2[1]),
        event("REQUEST", GUTERRES, RSF, S2[1]),
        event("ACCUSE", SAF, RSF, S2[2], mode="allege"),
        event("REQUEST", actor("African Union", "IGO", "IGO"), None, S2[3], mode="yield"),
        event("AID", actor("Médecins Sans Frontières", "NGO", "NGO"), DISPLACED, S3[1],
              location="Tawila", location_country="SDN"),
        event("CONCEDE", RSF, DISPLACED, S3[1]),
        event("AGREE", actor("World Food Programme", "UNO", "IGO"), DISPLACED, S3[2]),
    ],
    "quotes": [
        quote("Mehr als 100 Menschen seien getötet worden, darunter neun Helfer der Organisation Relief International",
              "United Nations", "indirect"),
        quote("Das Lager sei von der Armee als »Stützpunkt« genutzt worden", "Rapid Support Forces", "indirect"),
        quote("Stützpunkt", "Rapid Support Forces", "direct"),
        quote("seit Tagen auch die nahe Stadt Al-Faschir mit Artillerie zu beschießen", "Sudanese Armed Forces", "indirect"),
        quote("sicheren Korridor", "Rapid Support Forces", "direct"),
        quote("Die Menschen kommen mit nichts an", "Spokesperson of the World Food Programme", "direct"),
    ],
    "entities": [
        entity("Rapid Support Forces", "ORG", "SDN", ["der paramilitärischen RSF-Miliz", "Die RSF", "der Miliz", "der RSF", "die RSF"]),
        entity("Zamzam", "LOC", "SDN", ["das Vertriebenenlager Samsam", "Das Lager"]),
        entity("Darfur", "LOC", "SDN", ["Region Darfur"]),
        entity("Sudan", "GPE", "SDN", []),
        entity("Port Sudan", "LOC", "SDN", ["Port Sudan"]),
        entity("United Nations", "ORG", "UNO", ["die Vereinten Nationen"]),
        entity("Relief International", "ORG", "NGO", ["Organisation Relief International"]),
        entity("Sudanese Armed Forces", "ORG", "SDN", ["der Armee", "Die Armee", "die Armee"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
        entity("El Fasher", "LOC", "SDN", ["die nahe Stadt Al-Faschir"]),
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union"]),
        entity("Tawila", "LOC", "SDN", ["Tawila"]),
        entity("Médecins Sans Frontières", "ORG", "NGO", ["Ärzte ohne Grenzen"]),
        entity("World Food Programme", "ORG", "UNO", ["Das Welternährungsprogramm (WFP)", "WFP"]),
        entity("Spokesperson of the World Food Programme", "PER", "UNO", ["eine WFP-Sprecherin"]),
    ],
}

# ---------------------------------------------------------------- hm51-de-03
IRN = actor("Iran", "IRN", "GOV")
DEU = actor("Germany", "DEU", "GOV")
FRA = actor("France", "FRA", "GOV")
GBR = actor("United Kingdom", "GBR", "GOV")
ARAGHCHI = actor("Abbas Araghchi", "IRN", "GOV")

I1 = [
    "Teheran (dpa) - Nach der Wiedereinsetzung der UN-Sanktionen hat der Iran seine Botschafter aus Deutschland, Frankreich und Großbritannien zu Konsultationen zurückgerufen.",
    "Die Strafmaßnahmen traten in der Nacht zum Sonntag wieder in Kraft.",
    "Außenminister Abbas Araghtschi warf Berlin, Paris und London am Samstag einen »Bruch des Völkerrechts« vor.",
]
I2 = [
    "Präsident Massud Peseschkian erklärte, Iran werde sich dem Druck »niemals beugen«.",
    "Zugleich drohte Teheran mit einer Einschränkung der Zusammenarbeit mit der Internationalen Atomenergiebehörde (IAEA).",
    "Ein Austritt aus dem Atomwaffensperrvertrag stehe derzeit nicht zur Debatte, sagte Parlamentspräsident Mohammed Bagher Ghalibaf.",
]
I3 = [
    "Bundesaußenminister Johann Wadephul rief die Führung in Teheran auf, an den Verhandlungstisch zurückzukehren.",
    "Die Tür für Diplomatie bleibe offen, sagte er in Berlin.",
    "Russlands Außenminister Sergej Lawrow telefonierte am Samstag mit Araghtschi.",
    "Beide Seiten vereinbarten, sich in der Frage eng abzustimmen.",
]
T = paragraphs(I1, I2, I3)

ART3 = {
    "id": "hm51-de-03", "lang": "de", "url": None, "published": "2025-09-28",
    "title": "Iran ruft Botschafter aus Berlin, Paris und London zurück",
    "text": T,
    "events": [
        event("SANCTION", IRN, DEU, I1[0], mode="withdraw"),
        event("SANCTION", IRN, FRA, I1[0], mode="withdraw"),
        event("SANCTION", IRN, GBR, I1[0], mode="withdraw"),
        event("ACCUSE", ARAGHCHI, DEU, I1[2], mode="disapprove", date="2025-09-27"),
        event("ACCUSE", ARAGHCHI, FRA, I1[2], mode="disapprove", date="2025-09-27"),
        event("ACCUSE", ARAGHCHI, GBR, I1[2], mode="disapprove", date="2025-09-27"),
        event("THREATEN", IRN, actor("International Atomic Energy Agency", "UNO", "IGO"), I2[1], mode="relations"),
        event("REQUEST", actor("Johann Wadephul", "DEU", "GOV"), IRN, I3[0], mode="meet"),
        event("CONSULT", actor("Sergey Lavrov", "RUS", "GOV"), ARAGHCHI, I3[2], mode="phone", date="2025-09-27"),
        event("AGREE", actor("Sergey Lavrov", "RUS", "GOV"), ARAGHCHI, I3[3]),
    ],
    "quotes": [
        quote("Bruch des Völkerrechts", "Abbas Araghchi", "direct"),
        quote("Iran werde sich dem Druck »niemals beugen«", "Masoud Pezeshkian", "indirect"),
        quote("niemals beugen", "Masoud Pezeshkian", "direct"),
        quote("Ein Austritt aus dem Atomwaffensperrvertrag stehe derzeit nicht zur Debatte", "Mohammad Bagher Ghalibaf", "indirect"),
        quote("Die Tür für Diplomatie bleibe offen", "Johann Wadephul", "indirect"),
    ],
    "entities": [
        entity("Iran", "GPE", "IRN", ["Teheran", "der Iran", "Iran"]),
        entity("United Nations", "ORG", "UNO", ["UN"]),
        entity("Germany", "GPE", "DEU", ["Deutschland", "Berlin"]),
        entity("France", "GPE", "FRA", ["Frankreich", "Paris"]),
        entity("United Kingdom", "GPE", "GBR", ["Großbritannien", "London"]),
        entity("Abbas Araghchi", "PER", "IRN", ["Außenminister Abbas Araghtschi", "Araghtschi"]),
        entity("Masoud Pezeshkian", "PER", "IRN", ["Präsident Massud Peseschkian"]),
        entity("International Atomic Energy Agency", "ORG", "UNO", ["der Internationalen Atomenergiebehörde (IAEA)"]),
        entity("Mohammad Bagher Ghalibaf", "PER", "IRN", ["Parlamentspräsident Mohammed Bagher Ghalibaf"]),
        entity("Johann Wadephul", "PER", "DEU", ["Bundesaußenminister Johann Wadephul"]),
        entity("Sergey Lavrov", "PER", "RUS", ["Russlands Außenminister Sergej Lawrow"]),
        entity("Russia", "GPE", "RUS", ["Russlands"]),
    ],
}

# ---------------------------------------------------------------- hm51-de-04
POLICE = actor("Punjab Police", "PAK", "COP")
TLP = actor("Tehreek-e-Labbaik Pakistan", "PAK", "PTY")
ANWAR = actor("Usman Anwar", "PAK", "COP")

P1 = [
    "Lahore (Reuters) - Pakistanische Polizisten haben in der Nacht zum Montag mit Tränengas ein Protestlager der islamistischen Partei Tehreek-e-Labbaik Pakistan (TLP) in der Stadt Muridke geräumt.",
    "Tausende TLP-Anhänger waren seit Freitag von Lahore aus in Richtung Islamabad marschiert, um vor der US-Botschaft gegen den Gaza-Friedensplan zu protestieren.",
    "Ein Polizist und mindestens drei Demonstranten seien getötet worden, sagte der Polizeichef der Provinz Punjab, Usman Anwar.",
]
P2 = [
    "Die TLP warf der Polizei vor, auf unbewaffnete Anhänger geschossen zu haben.",
    "Dutzende Menschen seien verletzt worden.",
    "Anwar wies dies zurück.",
    "»Die Demonstranten haben zuerst das Feuer eröffnet«, sagte er.",
    "Mehr als 2700 Anhänger der Partei wurden festgenommen.",
]
P3 = [
    "Die Regierung in Islamabad ließ das mobile Internet in Lahore und Rawalpindi abschalten.",
    "Innenminister Mohsin Naqvi warnte, wer sich dem Staat widersetze, werde »mit aller Härte« verfolgt.",
    "Der Aufenthaltsort von Parteichef Saad Rizvi war zunächst unklar.",
    "Amnesty International forderte von den Behörden eine unabhängige Untersuchung der Todesfälle.",
]
T = paragraphs(P1, P2, P3)

ART4 = {
    "id": "hm51-de-04", "lang": "de", "url": None, "published": "2025-10-13",
    "title": "Tote bei Räumung von TLP-Protestlager in Pakistan",
    "text": T,
    "events": [
        event("ASSAULT", POLICE, TLP, P1[0], mode="crowd-control", date="2025-10-13",
              location="Muridke", location_country="PAK"),
        event("PROTEST", TLP, actor("United States", "USA", "GOV"), P1[1], mode="demo", date="2025-10-10"),
        event("ACCUSE", TLP, POLICE, P2[0], mode="allege"),
        event("ACCUSE", ANWAR, TLP, P2[3], mode="allege"),
        event("COERCE", POLICE, TLP, P2[4], mode="arrest"),
        event("COERCE", actor("Pakistan", "PAK", "GOV"), None, P3[0], mode="withhold",
              location="Lahore", location_country="PAK"),
        event("THREATEN", actor("Mohsin Naqvi", "PAK", "GOV"), TLP, P3[1]),
        event("REQUEST", actor("Amnesty International", "NGO", "NGO"), actor("Pakistan", "PAK", "GOV"), P3[3]),
    ],
    "quotes": [
        quote("Ein Polizist und mindestens drei Demonstranten seien getötet worden", "Usman Anwar", "indirect"),
        quote("auf unbewaffnete Anhänger geschossen zu haben", "Tehreek-e-Labbaik Pakistan", "indirect"),
        quote("Dutzende Menschen seien verletzt worden", "Tehreek-e-Labbaik Pakistan", "indirect"),
        quote("Die Demonstranten haben zuerst das Feuer eröffnet", "Usman Anwar", "direct"),
        quote("wer sich dem Staat widersetze, werde »mit aller Härte« verfolgt", "Mohsin Naqvi", "indirect"),
        quote("mit aller Härte", "Mohsin Naqvi", "direct"),
    ],
    "entities": [
        entity("Punjab Police", "ORG", "PAK", ["Pakistanische Polizisten", "der Polizei"]),
        entity("Tehreek-e-Labbaik Pakistan", "ORG", "PAK",
               ["der islamistischen Partei Tehreek-e-Labbaik Pakistan (TLP)", "Die TLP", "der Partei"]),
        entity("Muridke", "LOC", "PAK", ["der Stadt Muridke"]),
        entity("Lahore", "LOC", "PAK", ["Lahore"]),
        entity("Islamabad", "LOC", "PAK", ["Islamabad"]),
        entity("Embassy of the United States in Islamabad", "ORG", "USA", ["der US-Botschaft"]),
        entity("Punjab", "LOC", "PAK", ["der Provinz Punjab"]),
        entity("Usman Anwar", "PER", "PAK", ["der Polizeichef der Provinz Punjab, Usman Anwar", "Anwar"]),
        entity("Government of Pakistan", "ORG", "PAK", ["Die Regierung in Islamabad"]),
        entity("Rawalpindi", "LOC", "PAK", ["Rawalpindi"]),
        entity("Mohsin Naqvi", "PER", "PAK", ["Innenminister Mohsin Naqvi"]),
        entity("Saad Rizvi", "PER", "PAK", ["Parteichef Saad Rizvi"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
    ],
}

# ---------------------------------------------------------------- hm51-en-01
POL = actor("Poland", "POL", "GOV")
RUS = actor("Russia", "RUS", "GOV")
RUTTE = actor("Mark Rutte", "IGO", "IGO")
RUS_MOD = actor("Ministry of Defence of Russia", "RUS", "MIL")

E1 = [
    "WARSAW (Reuters) - Polish and allied fighter jets shot down several Russian drones over Poland early on Wednesday.",
    "Prime Minister Donald Tusk told parliament that 19 airspace violations had been recorded overnight and called the incursion \"a large-scale provocation.\"",
    "Warsaw asked NATO to hold consultations under Article 4 of the alliance's founding treaty.",
]
E2 = [
    "NATO Secretary General Mark Rutte condemned what he called Russia's \"reckless\" behaviour and said allies stood by Poland.",
    "Russia's defence ministry said it had not planned to strike any targets on Polish territory.",
    "Moscow was ready to hold consultations with Warsaw on the matter, it added.",
    "Russia has attacked cities in western Ukraine near the Polish border for months.",
]
E3 = [
    "Defence Minister Wladyslaw Kosiniak-Kamysz said 40,000 soldiers had been sent to the eastern border.",
    "Ukrainian President Volodymyr Zelenskiy offered to share his country's experience in countering drones.",
]
T = paragraphs(E1, E2, E3)

ART5 = {
    "id": "hm51-en-01", "lang": "en", "url": None, "published": "2025-09-10",
    "title": "Poland shoots down Russian drones, asks NATO for consultations",
    "text": T,
    "events": [
        event("ASSAULT", actor("Poland", "POL", "MIL"), actor("Russia", "RUS", "MIL"), E1[0], date="2025-09-10",
              location="Poland", location_country="POL"),
        event("ACCUSE", actor("Donald Tusk", "POL", "GOV"), RUS, E1[1], mode="disapprove"),
        event("REQUEST", POL, actor("NATO", "IGO", "IGO"), E1[2], mode="meet"),
        event("ACCUSE", RUTTE, RUS, E2[0], mode="disapprove"),
        event("SUPPORT", RUTTE, POL, E2[0]),
        event("AGREE", RUS_MOD, POL, E2[2]),
        event("MOBILIZE", actor("Poland", "POL", "MIL"), None, E3[0], mode="troops"),
        event("AGREE", actor("Volodymyr Zelensky", "UKR", "GOV"), POL, E3[1]),
    ],
    "quotes": [
        quote("that 19 airspace violations had been recorded overnight", "Donald Tusk", "indirect"),
        quote("a large-scale provocation", "Donald Tusk", "direct"),
        quote("reckless", "Mark Rutte", "direct"),
        quote("allies stood by Poland", "Mark Rutte", "indirect"),
        quote("it had not planned to strike any targets on Polish territory", "Ministry of Defence of Russia", "indirect"),
        quote("Moscow was ready to hold consultations with Warsaw on the matter", "Ministry of Defence of Russia", "indirect"),
        quote("40,000 soldiers had been sent to the eastern border", "Władysław Kosiniak-Kamysz", "indirect"),
    ],
    "entities": [
        entity("Poland", "GPE", "POL", ["Poland", "Warsaw", "Polish"]),
        entity("Russia", "GPE", "RUS", ["Russia", "Moscow", "Russian"]),
        entity("Donald Tusk", "PER", "POL", ["Prime Minister Donald Tusk"]),
        entity("NATO", "ORG", "IGO", ["NATO", "the alliance"]),
        entity("Mark Rutte", "PER", "IGO", ["NATO Secretary General Mark Rutte"]),
        entity("Ministry of Defence of Russia", "ORG", "RUS", ["Russia's defence ministry"]),
        entity("Ukraine", "GPE", "UKR", ["Ukraine", "Ukrainian"]),
        entity("Władysław Kosiniak-Kamysz", "PER", "POL", ["Defence Minister Wladyslaw Kosiniak-Kamysz"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Ukrainian President Volodymyr Zelenskiy"]),
    ],
}

# ---------------------------------------------------------------- hm51-en-02
TNI = actor("Indonesian Armed Forces", "IDN", "MIL")
TPNPB = actor("West Papua National Liberation Army", "IDN", "REB")
MINERS = actor("Gold miners in Yahukimo", "IDN", "CVL")
CHURCH = actor("Papuan church leaders", "IDN", "CVL")

F1 = [
    "JAKARTA (AP) - Separatist rebels in Indonesia's Papua region killed at least 11 gold miners in an attack on an illegal mining camp, the military said on Thursday.",
    "The West Papua National Liberation Army (TPNPB) claimed responsibility for the attack in Yahukimo district, saying the miners had been spies for the Indonesian army.",
    "Its spokesman Sebby Sambom warned that all migrants working in the area were \"legitimate targets\" of the group.",
]
F2 = [
    "The army deployed two additional battalions to Yahukimo on Wednesday to hunt down the attackers.",
    "Soldiers killed three rebels in a shootout on Thursday, according to a military spokesman.",
    "The rebels denied any losses.",
]
F3 = [
    "Indonesia's National Commission on Human Rights (Komnas HAM) opened an investigation into the killings.",
    "Papuan church leaders urged both sides to agree to a humanitarian pause.",
    "The government rejected the call, saying there would be no negotiations with \"terrorists\" in Papua.",
    "The rebels have fought for independence since Indonesia took control of the former Dutch colony in the 1960s.",
]
T = paragraphs(F1, F2, F3)

ART6 = {
    "id": "hm51-en-02", "lang": "en", "url": None, "published": "2025-04-10",
    "title": "Papuan rebels kill 11 gold miners, Indonesian military says",
    "text": T,
    "events": [
        event("ACCUSE", TNI, TPNPB, F1[0], mode="allege"),
        event("ASSAULT", TPNPB, MINERS, F1[1], location="Yahukimo", location_country="IDN"),
        event("ACCUSE", TPNPB, MINERS, F1[1], mode="allege"),
        event("THREATEN", actor("Sebby Sambom", "IDN", "REB"), actor("Migrant workers in Papua", "IDN", "CVL"), F1[2], mode="violence"),
        event("MOBILIZE", TNI, None, F2[0], mode="troops", date="2025-04-09", location="Yahukimo",
              location_country="IDN"),
        event("ASSAULT", TNI, TPNPB, F2[1], mode="firearms", date="2025-04-10"),
        event("ACCUSE", actor("National Commission on Human Rights", "IDN", "GOV"), TPNPB, F3[0], mode="investigate"),
        event("REQUEST", CHURCH, TNI, F3[1], mode="yield"),
        event("REQUEST", CHURCH, TPNPB, F3[1], mode="yield"),
        event("REJECT", actor("Indonesia", "IDN", "GOV"), CHURCH, F3[2]),
    ],
    "quotes": [
        quote("Separatist rebels in Indonesia's Papua region killed at least 11 gold miners in an attack on an illegal mining camp",
              "Indonesian Armed Forces", "indirect"),
        quote("the miners had been spies for the Indonesian army", "West Papua National Liberation Army", "indirect"),
        quote("that all migrants working in the area were \"legitimate targets\" of the group", "Sebby Sambom", "indirect"),
        quote("legitimate targets", "Sebby Sambom", "direct"),
        quote("Soldiers killed three rebels in a shootout on Thursday", "Spokesperson of the Indonesian Armed Forces", "indirect"),
        quote("there would be no negotiations with \"terrorists\" in Papua", "Government of Indonesia", "indirect"),
        quote("terrorists", "Government of Indonesia", "direct"),
    ],
    "entities": [
        entity("Indonesia", "GPE", "IDN", ["Indonesia", "Indonesia's"]),
        entity("Papua", "LOC", "IDN", ["Indonesia's Papua region", "the former Dutch colony"]),
        entity("Indonesian Armed Forces", "ORG", "IDN", ["the military", "the Indonesian army", "The army"]),
        entity("West Papua National Liberation Army", "ORG", "IDN",
               ["Separatist rebels", "The West Papua National Liberation Army (TPNPB)", "the group", "The rebels"]),
        entity("Yahukimo", "LOC", "IDN", ["Yahukimo district", "Yahukimo"]),
        entity("Sebby Sambom", "PER", "IDN", ["Its spokesman Sebby Sambom"]),
        entity("Spokesperson of the Indonesian Armed Forces", "PER", "IDN", ["a military spokesman"]),
        entity("National Commission on Human Rights", "ORG", "IDN",
               ["Indonesia's National Commission on Human Rights (Komnas HAM)"]),
        entity("Papuan church leaders", "ORG", "IDN", ["Papuan church leaders"]),
        entity("Government of Indonesia", "ORG", "IDN", ["The government"]),
    ],
}

ARTICLES = [ART1, ART2, ART3, ART4, ART5, ART6]
