"""Round 32 of the hand-made blind articles (written blind, see README.md).

Six invented wire-style reports (4 German, 2 English), 2023-2025, on stories not used before:

- hm32-de-01: France's ambassador Sylvain Itté leaves Niger, Macron announces the troop pull-out (September 2023)
- hm32-de-02: Peru withdraws its ambassador from Mexico over López Obrador's remarks on Boluarte (February 2023)
- hm32-de-03: Cambodia's election committee bars the Candlelight Party from the July election (May 2023)
- hm32-de-04: Iran's first direct drone and missile attack on Israel, G7 and UN reactions (April 2024)
- hm32-en-01: Turkey's parliament approves Sweden's NATO accession, Hungary still holding out (January 2024)
- hm32-en-02: deadly protests and an internet cut after Mauritania's presidential election (July 2024)
"""
from annotate import actor, entity, event, paragraphs, quote

# --------------------------------------------------------------------------- hm32-de-01
NER = actor("Niger", "NER", "GOV")
FRA = actor("France", "FRA", "GOV")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")

N_A1 = "Nach wochenlangem Tauziehen mit der Militärjunta in Niger hat der französische Botschafter Sylvain Itté am Mittwoch das Land verlassen."
N_A2 = "Die Machthaber in Niamey hatten ihn Ende August zur unerwünschten Person erklärt und ihm eine Frist von 48 Stunden zur Ausreise gesetzt."
N_A3 = "Paris hatte die Ausweisung zunächst nicht anerkannt, da es die Putschisten nicht als legitime Regierung betrachtet."
N_B1 = "Präsident Emmanuel Macron hatte am Sonntag angekündigt, dass auch die rund 1500 in Niger stationierten Soldaten bis Jahresende abgezogen würden."
N_B2 = "„Wir beenden unsere militärische Zusammenarbeit mit den De-facto-Behörden in Niger, weil sie den Terrorismus nicht mehr bekämpfen wollen“, sagte er im Fernsehen."
N_B3 = "Die Junta feierte die Entscheidung als »historischen Moment« für das nigrische Volk."
N_C1 = "Zugleich sperrte Niamey seinen Luftraum für französische Flugzeuge."
N_C2 = "Die Westafrikanische Wirtschaftsgemeinschaft Ecowas verlangt weiterhin die Freilassung des gestürzten Präsidenten Mohamed Bazoum, der seit dem Putsch im Juli festgehalten wird."
N_C3 = "Ein Sprecher der Junta warf Frankreich vor, die Nachbarstaaten gegen Niger aufzuhetzen."

DE01 = {
    "id": "hm32-de-01", "lang": "de", "published": "2023-09-27",
    "title": "Französischer Botschafter verlässt Niger",
    "text": paragraphs([N_A1, N_A2, N_A3], [N_B1, N_B2, N_B3], [N_C1, N_C2, N_C3]),
    "events": [
        event("RETREAT", actor("Sylvain Itté", "FRA", "GOV"), NER, N_A1, mode="withdraw", date="2023-09-27"),
        event("SANCTION", NER, FRA, N_A2, mode="expel"),
        event("REJECT", FRA, NER, N_A3),
        event("CONCEDE", MACRON, NER, N_B1, date="2023-09-24"),
        event("SANCTION", MACRON, NER, N_B2, mode="discontinue"),
        event("ACCUSE", MACRON, NER, N_B2, mode="allege"),
        event("SUPPORT", NER, FRA, N_B3),
        event("COERCE", NER, FRA, N_C1, mode="restrict"),
        event("REQUEST", actor("ECOWAS", "IGO", "IGO"), NER, N_C2, mode="yield"),
        event("COERCE", NER, actor("Mohamed Bazoum", "NER", "GOV"), N_C2, mode="arrest"),
        event("ACCUSE", actor("Amadou Abdramane", "NER", "GOV"), FRA, N_C3, mode="allege"),
    ],
    "quotes": [
        quote("dass auch die rund 1500 in Niger stationierten Soldaten bis Jahresende abgezogen würden",
              "Emmanuel Macron", "indirect"),
        quote("Wir beenden unsere militärische Zusammenarbeit mit den De-facto-Behörden in Niger, weil sie den "
              "Terrorismus nicht mehr bekämpfen wollen", "Emmanuel Macron", "direct"),
        quote("historischen Moment", "National Council for the Safeguard of the Homeland", "direct"),
        quote("die Nachbarstaaten gegen Niger aufzuhetzen", "Amadou Abdramane", "indirect"),
    ],
    "entities": [
        entity("National Council for the Safeguard of the Homeland", "ORG", "NER",
               ["der Militärjunta in Niger", "Die Machthaber in Niamey", "die Putschisten",
                "den De-facto-Behörden in Niger", "sie", "Die Junta", "Niamey", "der Junta"]),
        entity("Niger", "GPE", "NER", ["Niger", "das Land"]),
        entity("Sylvain Itté", "PER", "FRA", ["der französische Botschafter Sylvain Itté", "ihn", "ihm"]),
        entity("France", "GPE", "FRA", ["Paris", "es", "Frankreich"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Präsident Emmanuel Macron", "er"]),
        entity("French troops in Niger", "ORG", "FRA", ["die rund 1500 in Niger stationierten Soldaten"]),
        entity("ECOWAS", "ORG", "IGO", ["Die Westafrikanische Wirtschaftsgemeinschaft Ecowas"]),
        entity("Mohamed Bazoum", "PER", "NER", ["des gestürzten Präsidenten Mohamed Bazoum"]),
        entity("Amadou Abdramane", "PER", "NER", ["Ein Sprecher der Junta"]),
    ],
}

# --------------------------------------------------------------------------- hm32-de-02
PER = actor("Peru", "PER", "GOV")
MEX = actor("Mexico", "MEX", "GOV")
AMLO = actor("Andrés Manuel López Obrador", "MEX", "GOV")
GERVASI = actor("Ana Cecilia Gervasi", "PER", "GOV")
EBRARD = actor("Marcelo Ebrard", "MEX", "GOV")

P_A1 = "Peru hat im Streit mit Mexiko seinen Botschafter endgültig aus Mexiko-Stadt abgezogen und die Beziehungen auf die Ebene von Geschäftsträgern herabgestuft."
P_A2 = "Das Außenministerium in Lima begründete den Schritt am Freitag mit »inakzeptablen Einmischungen« des mexikanischen Präsidenten Andrés Manuel López Obrador in innere Angelegenheiten Perus."
P_A3 = "López Obrador bezeichnet Präsidentin Dina Boluarte seit Wochen als »Usurpatorin« und weigert sich, ihr den Vorsitz der Pazifik-Allianz zu übergeben."
P_B1 = "Er fordert zudem die Freilassung des gestürzten Staatschefs Pedro Castillo, der seit Dezember in Untersuchungshaft sitzt."
P_B2 = "Mexiko hatte Castillos Familie im Dezember Asyl gewährt."
P_B3 = "Lima wies daraufhin den mexikanischen Botschafter Pablo Monroy aus."
P_C1 = "„Mexiko hat wiederholt unsere Souveränität missachtet“, sagte Außenministerin Ana Cecilia Gervasi."
P_C2 = "Eine Rückkehr des Botschafters sei erst möglich, wenn Mexiko seine Haltung ändere."
P_C3 = "Mexikos Außenminister Marcelo Ebrard bedauerte die Entscheidung, kündigte aber keine Gegenmaßnahmen an."

DE02 = {
    "id": "hm32-de-02", "lang": "de", "published": "2023-02-25",
    "title": "Peru zieht Botschafter endgültig aus Mexiko ab",
    "text": paragraphs([P_A1, P_A2, P_A3], [P_B1, P_B2, P_B3], [P_C1, P_C2, P_C3]),
    "events": [
        event("SANCTION", PER, MEX, P_A1, mode="withdraw"),
        event("ACCUSE", actor("Ministry of Foreign Affairs of Peru", "PER", "GOV"), AMLO, P_A2, mode="disapprove",
              date="2023-02-24"),
        event("ACCUSE", AMLO, actor("Dina Boluarte", "PER", "GOV"), P_A3, mode="disapprove"),
        event("REJECT", AMLO, actor("Dina Boluarte", "PER", "GOV"), P_A3),
        event("REQUEST", AMLO, PER, P_B1, mode="yield"),
        event("AID", MEX, actor("Family of Pedro Castillo", "PER", "CVL"), P_B2),
        event("SANCTION", PER, MEX, P_B3, mode="expel"),
        event("ACCUSE", GERVASI, MEX, P_C1, mode="disapprove"),
        event("REQUEST", GERVASI, MEX, P_C2, mode="change"),
        event("ACCUSE", EBRARD, PER, P_C3, mode="disapprove"),
        event("THREATEN", EBRARD, PER, P_C3, negated=True),
    ],
    "quotes": [
        quote("inakzeptablen Einmischungen", "Ministry of Foreign Affairs of Peru", "direct"),
        quote("Usurpatorin", "Andrés Manuel López Obrador", "direct"),
        quote("Mexiko hat wiederholt unsere Souveränität missachtet", "Ana Cecilia Gervasi", "direct"),
        quote("Eine Rückkehr des Botschafters sei erst möglich, wenn Mexiko seine Haltung ändere",
              "Ana Cecilia Gervasi", "indirect"),
    ],
    "entities": [
        entity("Peru", "GPE", "PER", ["Peru", "Perus", "Lima"]),
        entity("Mexico", "GPE", "MEX", ["Mexiko", "Mexikos"]),
        entity("Ambassador of Peru to Mexico", "PER", "PER", ["seinen Botschafter", "des Botschafters"]),
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt"]),
        entity("Ministry of Foreign Affairs of Peru", "ORG", "PER", ["Das Außenministerium in Lima"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX",
               ["des mexikanischen Präsidenten Andrés Manuel López Obrador", "López Obrador", "Er"]),
        entity("Dina Boluarte", "PER", "PER", ["Präsidentin Dina Boluarte", "ihr"]),
        entity("Pacific Alliance", "ORG", "IGO", ["der Pazifik-Allianz"]),
        entity("Pedro Castillo", "PER", "PER", ["des gestürzten Staatschefs Pedro Castillo", "Castillos"]),
        entity("Family of Pedro Castillo", "ORG", "PER", ["Castillos Familie"]),
        entity("Pablo Monroy", "PER", "MEX", ["den mexikanischen Botschafter Pablo Monroy"]),
        entity("Ana Cecilia Gervasi", "PER", "PER", ["Außenministerin Ana Cecilia Gervasi"]),
        entity("Marcelo Ebrard", "PER", "MEX", ["Mexikos Außenminister Marcelo Ebrard"]),
    ],
}

# --------------------------------------------------------------------------- hm32-de-03
NEC = actor("National Election Committee of Cambodia", "KHM", "GOV")
CLP = actor("Candlelight Party", "KHM", "PTY")
HUN_SEN = actor("Hun Sen", "KHM", "GOV")
KHM = actor("Cambodia", "KHM", "GOV")
EU = actor("European Union", "EUR", "IGO")

K_A1 = "Die Wahlkommission in Kambodscha hat die oppositionelle Kerzenlicht-Partei von der Parlamentswahl im Juli ausgeschlossen."
K_A2 = "Die Partei habe nicht die erforderlichen Originaldokumente ihrer Registrierung vorgelegt, teilte die Behörde am Montag mit."
K_A3 = "Damit tritt die Regierungspartei CPP von Ministerpräsident Hun Sen praktisch ohne ernsthafte Konkurrenz an."
K_B1 = "Die Kerzenlicht-Partei sprach von einer »politisch motivierten« Entscheidung und kündigte an, vor den Verfassungsrat zu ziehen."
K_B2 = "„Hun Sen will uns aus dem Weg räumen, weil er unsere Stimmen fürchtet“, sagte Vizepräsident Son Chhay."
K_B3 = "Mehrere Parteimitglieder waren in den vergangenen Monaten festgenommen worden, darunter der Vizevorsitzende Thach Setha."
K_C1 = "Hun Sen wies Kritik aus dem Ausland zurück und drohte Parteien, die zu einem Wahlboykott aufrufen, mit Strafverfolgung."
K_C2 = "Die USA und die EU forderten die Behörden in Phnom Penh auf, allen Parteien die Teilnahme zu ermöglichen."
K_C3 = "Eine Wahl ohne echte Opposition sei »weder frei noch fair«, hieß es aus Brüssel."
K_C4 = "Die frühere Hauptoppositionspartei CNRP war bereits 2017 vom Obersten Gericht aufgelöst worden."

DE03 = {
    "id": "hm32-de-03", "lang": "de", "published": "2023-05-16",
    "title": "Kambodschas größte Oppositionspartei von Wahl ausgeschlossen",
    "text": paragraphs([K_A1, K_A2, K_A3], [K_B1, K_B2, K_B3], [K_C1, K_C2, K_C3, K_C4]),
    "events": [
        event("COERCE", NEC, CLP, K_A1, mode="restrict"),
        event("ACCUSE", CLP, NEC, K_B1, mode="disapprove"),
        event("ACCUSE", actor("Son Chhay", "KHM", "OPP"), HUN_SEN, K_B2, mode="allege"),
        event("COERCE", actor("Cambodian police", "KHM", "COP"), actor("Candlelight Party members", "KHM", "OPP"),
              K_B3, mode="arrest"),
        event("THREATEN", HUN_SEN, actor("Cambodian opposition parties", "KHM", "OPP"), K_C1, mode="arrest"),
        event("REQUEST", actor("United States", "USA", "GOV"), KHM, K_C2, mode="change"),
        event("REQUEST", EU, KHM, K_C2, mode="change"),
        event("ACCUSE", EU, KHM, K_C3, mode="disapprove"),
        event("COERCE", actor("Supreme Court of Cambodia", "KHM", "JUD"), actor("Cambodia National Rescue Party",
                                                                                "KHM", "PTY"), K_C4, mode="ban"),
    ],
    "quotes": [
        quote("Die Partei habe nicht die erforderlichen Originaldokumente ihrer Registrierung vorgelegt",
              "National Election Committee of Cambodia", "indirect"),
        quote("politisch motivierten", "Candlelight Party", "direct"),
        quote("Hun Sen will uns aus dem Weg räumen, weil er unsere Stimmen fürchtet", "Son Chhay", "direct"),
        quote("weder frei noch fair", "European Union", "direct"),
        quote("Eine Wahl ohne echte Opposition sei »weder frei noch fair«", "European Union", "indirect"),
    ],
    "entities": [
        entity("National Election Committee of Cambodia", "ORG", "KHM",
               ["Die Wahlkommission in Kambodscha", "die Behörde"]),
        entity("Cambodia", "GPE", "KHM", ["Kambodscha", "die Behörden in Phnom Penh"]),
        entity("Candlelight Party", "ORG", "KHM", ["die oppositionelle Kerzenlicht-Partei", "Die Partei",
                                                   "Die Kerzenlicht-Partei", "uns"]),
        entity("Cambodian People's Party", "ORG", "KHM", ["die Regierungspartei CPP"]),
        entity("Hun Sen", "PER", "KHM", ["Ministerpräsident Hun Sen", "Hun Sen", "er"]),
        entity("Constitutional Council of Cambodia", "ORG", "KHM", ["den Verfassungsrat"]),
        entity("Son Chhay", "PER", "KHM", ["Vizepräsident Son Chhay"]),
        entity("Candlelight Party members", "ORG", "KHM", ["Mehrere Parteimitglieder"]),
        entity("Thach Setha", "PER", "KHM", ["der Vizevorsitzende Thach Setha"]),
        entity("United States", "GPE", "USA", ["Die USA"]),
        entity("European Union", "ORG", "EUR", ["die EU", "Brüssel"]),
        entity("Phnom Penh", "LOC", "KHM", ["Phnom Penh"]),
        entity("Cambodia National Rescue Party", "ORG", "KHM", ["Die frühere Hauptoppositionspartei CNRP"]),
        entity("Supreme Court of Cambodia", "ORG", "KHM", ["vom Obersten Gericht"]),
    ],
}

# --------------------------------------------------------------------------- hm32-de-04
IRN_MIL = actor("Iran", "IRN", "MIL")
IRN = actor("Iran", "IRN", "GOV")
ISR = actor("Israel", "ISR", None)
ISR_GOV = actor("Israel", "ISR", "GOV")
IRN_UN = actor("Permanent Mission of Iran to the United Nations", "IRN", "GOV")
G7 = actor("G7", "IGO", "IGO")
GUTERRES = actor("António Guterres", "UNO", "IGO")

I_A1 = "Iran hat Israel in der Nacht zum Sonntag erstmals direkt von seinem Staatsgebiet aus mit mehr als 300 Drohnen und Raketen angegriffen."
I_A2 = "Fast alle Geschosse wurden nach Angaben der israelischen Armee abgefangen."
I_A3 = "Kampfjets der USA, Großbritanniens und Jordaniens halfen bei der Abwehr."
I_A4 = "Die israelische Armee versetzte ihre Luftabwehr in höchste Alarmbereitschaft und berief Reservisten ein."
I_B1 = "Teheran bezeichnete den Angriff als Vergeltung für einen Luftschlag auf sein Konsulat in Damaskus Anfang April, für den es Israel verantwortlich macht."
I_B2 = "»Die Angelegenheit kann als abgeschlossen betrachtet werden«, erklärte die iranische UN-Vertretung."
I_B3 = "Sollte Israel jedoch erneut angreifen, werde die Antwort »deutlich härter« ausfallen."
I_B4 = "Der israelische Verteidigungsminister Joav Galant sagte, die Konfrontation mit Iran sei »noch nicht vorbei«."
I_C1 = "US-Präsident Joe Biden berief am Sonntag eine Videokonferenz der G7-Staats- und Regierungschefs ein, die den Angriff einhellig verurteilten."
I_C2 = "UN-Generalsekretär António Guterres rief alle Seiten zu »maximaler Zurückhaltung« auf."

DE04 = {
    "id": "hm32-de-04", "lang": "de", "published": "2024-04-14",
    "title": "Iran greift Israel erstmals direkt mit Drohnen und Raketen an",
    "text": paragraphs([I_A1, I_A2, I_A3, I_A4], [I_B1, I_B2, I_B3, I_B4], [I_C1, I_C2]),
    "events": [
        event("ASSAULT", IRN_MIL, ISR, I_A1, mode="drone", date="2024-04-14"),
        event("AID", actor("United States", "USA", "MIL"), ISR, I_A3),
        event("AID", actor("United Kingdom", "GBR", "MIL"), ISR, I_A3),
        event("AID", actor("Jordan", "JOR", "MIL"), ISR, I_A3),
        event("MOBILIZE", actor("Israel Defense Forces", "ISR", "MIL"), None, I_A4, mode="troops"),
        event("ACCUSE", IRN, ISR_GOV, I_B1, mode="allege"),
        event("THREATEN", IRN_UN, ISR_GOV, I_B3, mode="violence"),
        event("THREATEN", actor("Yoav Gallant", "ISR", "GOV"), IRN, I_B4, mode="violence"),
        event("CONSULT", actor("Joe Biden", "USA", "GOV"), None, I_C1, mode="multilateral", date="2024-04-14"),
        event("ACCUSE", G7, IRN, I_C1, mode="disapprove", date="2024-04-14"),
        event("REQUEST", GUTERRES, IRN, I_C2),
        event("REQUEST", GUTERRES, ISR_GOV, I_C2),
    ],
    "quotes": [
        quote("Fast alle Geschosse wurden nach Angaben der israelischen Armee abgefangen", "Israel Defense Forces",
              "indirect"),
        quote("Die Angelegenheit kann als abgeschlossen betrachtet werden",
              "Permanent Mission of Iran to the United Nations", "direct"),
        quote("Sollte Israel jedoch erneut angreifen, werde die Antwort »deutlich härter« ausfallen",
              "Permanent Mission of Iran to the United Nations", "indirect"),
        quote("deutlich härter", "Permanent Mission of Iran to the United Nations", "direct"),
        quote("die Konfrontation mit Iran sei »noch nicht vorbei«", "Yoav Gallant", "indirect"),
        quote("noch nicht vorbei", "Yoav Gallant", "direct"),
        quote("maximaler Zurückhaltung", "António Guterres", "direct"),
    ],
    "entities": [
        entity("Iran", "GPE", "IRN", ["Iran", "seinem Staatsgebiet", "Teheran"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["der israelischen Armee", "Die israelische Armee"]),
        entity("United States", "GPE", "USA", ["der USA"]),
        entity("United Kingdom", "GPE", "GBR", ["Großbritanniens"]),
        entity("Jordan", "GPE", "JOR", ["Jordaniens"]),
        entity("Iranian consulate in Damascus", "LOC", "SYR", ["sein Konsulat in Damaskus"]),
        entity("Damascus", "LOC", "SYR", ["Damaskus"]),
        entity("Permanent Mission of Iran to the United Nations", "ORG", "IRN", ["die iranische UN-Vertretung"]),
        entity("Yoav Gallant", "PER", "ISR", ["Der israelische Verteidigungsminister Joav Galant"]),
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden"]),
        entity("G7", "ORG", "IGO", ["der G7-Staats- und Regierungschefs"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
    ],
}

# --------------------------------------------------------------------------- hm32-en-01
GNAT = actor("Grand National Assembly of Turkey", "TUR", "LEG")
SWE = actor("Sweden", "SWE", "GOV")
KRISTERSSON = actor("Ulf Kristersson", "SWE", "GOV")
ORBAN = actor("Viktor Orbán", "HUN", "GOV")

T_A1 = "Turkey's parliament on Tuesday approved Sweden's bid to join NATO, removing a major hurdle after more than 20 months of delay."
T_A2 = "Lawmakers voted 287 to 55 in favour of the accession protocol, which President Tayyip Erdogan is expected to sign within days."
T_A3 = "Ankara had demanded that Stockholm crack down on Kurdish militants it regards as terrorists."
T_A4 = "Sweden resumed arms exports to Turkey in response."
T_B1 = "Swedish Prime Minister Ulf Kristersson welcomed the vote and said his country was “one step closer” to membership."
T_B2 = "NATO Secretary-General Jens Stoltenberg also welcomed the decision and called on Hungary to ratify “as soon as possible.”"
T_B3 = "Hungary is now the only member yet to approve Sweden's accession."
T_C1 = "Prime Minister Viktor Orban on Tuesday invited Kristersson to Budapest to negotiate on the issue."
T_C2 = "Swedish Foreign Minister Tobias Billstrom said there was “no reason to negotiate” at this point."
T_C3 = "The Biden administration is expected to approve the sale of 40 F-16 fighter jets to Turkey once the ratification is complete, US officials said."

EN01 = {
    "id": "hm32-en-01", "lang": "en", "published": "2024-01-24",
    "title": "Turkish parliament approves Sweden's NATO membership",
    "text": paragraphs([T_A1, T_A2, T_A3, T_A4], [T_B1, T_B2, T_B3], [T_C1, T_C2, T_C3]),
    "events": [
        event("SUPPORT", GNAT, SWE, T_A1, date="2024-01-23"),
        event("SUPPORT", GNAT, SWE, T_A2),
        event("REQUEST", actor("Turkey", "TUR", "GOV"), SWE, T_A3, mode="change"),
        event("COOPERATE", SWE, actor("Turkey", "TUR", "GOV"), T_A4),
        event("SUPPORT", KRISTERSSON, GNAT, T_B1),
        event("SUPPORT", actor("Jens Stoltenberg", "IGO", "IGO"), GNAT, T_B2),
        event("REQUEST", actor("Jens Stoltenberg", "IGO", "IGO"), actor("Hungary", "HUN", "GOV"), T_B2,
              mode="change"),
        event("AGREE", ORBAN, KRISTERSSON, T_C1, date="2024-01-23"),
        event("REJECT", actor("Tobias Billström", "SWE", "GOV"), ORBAN, T_C2, mode="meet"),
    ],
    "quotes": [
        quote("that Stockholm crack down on Kurdish militants it regards as terrorists", "Government of Turkey",
              "indirect"),
        quote("one step closer", "Ulf Kristersson", "direct"),
        quote("his country was “one step closer” to membership", "Ulf Kristersson", "indirect"),
        quote("as soon as possible", "Jens Stoltenberg", "direct"),
        quote("no reason to negotiate", "Tobias Billström", "direct"),
        quote("there was “no reason to negotiate” at this point", "Tobias Billström", "indirect"),
        quote("The Biden administration is expected to approve the sale of 40 F-16 fighter jets to Turkey once the "
              "ratification is complete", "US officials", "indirect"),
    ],
    "entities": [
        entity("Turkey", "GPE", "TUR", ["Turkey's", "Ankara", "Turkey"]),
        entity("Grand National Assembly of Turkey", "ORG", "TUR", ["Turkey's parliament", "Lawmakers"]),
        entity("Sweden", "GPE", "SWE", ["Sweden's", "Stockholm", "Sweden", "his country"]),
        entity("NATO", "ORG", "IGO", ["NATO"]),
        entity("Recep Tayyip Erdogan", "PER", "TUR", ["President Tayyip Erdogan"]),
        entity("Kurdish militants", "ORG", "TUR", ["Kurdish militants"]),
        entity("Ulf Kristersson", "PER", "SWE", ["Swedish Prime Minister Ulf Kristersson", "Kristersson"]),
        entity("Jens Stoltenberg", "PER", "IGO", ["NATO Secretary-General Jens Stoltenberg"]),
        entity("Hungary", "GPE", "HUN", ["Hungary"]),
        entity("Viktor Orbán", "PER", "HUN", ["Prime Minister Viktor Orban"]),
        entity("Budapest", "LOC", "HUN", ["Budapest"]),
        entity("Tobias Billström", "PER", "SWE", ["Swedish Foreign Minister Tobias Billstrom"]),
        entity("Biden administration", "ORG", "USA", ["The Biden administration"]),
        entity("US officials", "PER", "USA", ["US officials"]),
    ],
}

# --------------------------------------------------------------------------- hm32-en-02
MRT = actor("Government of Mauritania", "MRT", "GOV")
MRT_PROTESTERS = actor("Mauritanian protesters", "MRT", "CVL")
GHAZOUANI = actor("Mohamed Ould Ghazouani", "MRT", "GOV")
BIRAM = actor("Biram Dah Abeid", "MRT", "OPP")
AU = actor("African Union", "IGO", "IGO")

M_A1 = "Three people were killed in the southern Mauritanian town of Kaedi during protests against President Mohamed Ould Ghazouani's re-election, the interior ministry said on Tuesday."
M_A2 = "Security forces fired tear gas at hundreds of young men who burned tyres and blocked roads after the results were announced."
M_A3 = "Authorities also cut mobile internet access across the country."
M_B1 = "Anti-slavery campaigner Biram Dah Abeid, who came second with 22 percent, rejected the official results and accused the government of “massive fraud.”"
M_B2 = "He demanded that the electoral commission recount the votes under international supervision."
M_B3 = "The interior minister said police had arrested 360 people, including foreigners, and accused Biram's camp of stirring the violence."
M_C1 = "The African Union congratulated Ghazouani on his victory and urged all sides to settle disputes through legal channels."
M_C2 = "Biram's lawyer said two of his campaign aides had been detained without charge since Monday."
M_C3 = "The government restored fixed-line internet on Wednesday, but mobile data remained blocked."

EN02 = {
    "id": "hm32-en-02", "lang": "en", "published": "2024-07-03",
    "title": "Three killed in Mauritania protests after disputed election",
    "text": paragraphs([M_A1, M_A2, M_A3], [M_B1, M_B2, M_B3], [M_C1, M_C2, M_C3]),
    "events": [
        event("ASSAULT", actor("Mauritanian security forces", "MRT", "COP"), MRT_PROTESTERS, M_A2,
              mode="crowd-control"),
        event("PROTEST", MRT_PROTESTERS, GHAZOUANI, M_A2, mode="obstruct"),
        event("COERCE", MRT, None, M_A3, mode="withhold"),
        event("ACCUSE", BIRAM, MRT, M_B1, mode="allege"),
        event("REQUEST", BIRAM, actor("Independent National Electoral Commission of Mauritania", "MRT", "GOV"), M_B2,
              mode="change"),
        event("COERCE", actor("Mauritanian police", "MRT", "COP"), MRT_PROTESTERS, M_B3, mode="arrest"),
        event("ACCUSE", actor("Interior Minister of Mauritania", "MRT", "GOV"), BIRAM, M_B3, mode="allege"),
        event("SUPPORT", AU, GHAZOUANI, M_C1),
        event("REQUEST", AU, GHAZOUANI, M_C1, mode="change"),
        event("REQUEST", AU, BIRAM, M_C1, mode="change"),
        event("RETREAT", MRT, None, M_C3, date="2024-07-03"),
    ],
    "quotes": [
        quote("Three people were killed in the southern Mauritanian town of Kaedi during protests against President "
              "Mohamed Ould Ghazouani's re-election", "Ministry of Interior of Mauritania", "indirect"),
        quote("massive fraud", "Biram Dah Abeid", "direct"),
        quote("that the electoral commission recount the votes under international supervision", "Biram Dah Abeid",
              "indirect"),
        quote("police had arrested 360 people, including foreigners", "Interior Minister of Mauritania", "indirect"),
        quote("two of his campaign aides had been detained without charge since Monday", "Lawyer of Biram Dah Abeid",
              "indirect"),
    ],
    "entities": [
        entity("Kaedi", "LOC", "MRT", ["the southern Mauritanian town of Kaedi"]),
        entity("Mohamed Ould Ghazouani", "PER", "MRT", ["President Mohamed Ould Ghazouani's", "Ghazouani"]),
        entity("Ministry of Interior of Mauritania", "ORG", "MRT", ["the interior ministry"]),
        entity("Mauritanian security forces", "ORG", "MRT", ["Security forces"]),
        entity("Mauritanian police", "ORG", "MRT", ["police"]),
        entity("Mauritanian protesters", "ORG", "MRT", ["hundreds of young men", "360 people"]),
        entity("Government of Mauritania", "ORG", "MRT", ["Authorities", "the government", "The government"]),
        entity("Mauritania", "GPE", "MRT", ["the country"]),
        entity("Biram Dah Abeid", "PER", "MRT", ["Anti-slavery campaigner Biram Dah Abeid", "He", "Biram's"]),
        entity("Independent National Electoral Commission of Mauritania", "ORG", "MRT", ["the electoral commission"]),
        entity("Interior Minister of Mauritania", "PER", "MRT", ["The interior minister"]),
        entity("African Union", "ORG", "IGO", ["The African Union"]),
        entity("Lawyer of Biram Dah Abeid", "PER", "MRT", ["Biram's lawyer"]),
        entity("Biram Dah Abeid's campaign aides", "ORG", "MRT", ["two of his campaign aides"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
