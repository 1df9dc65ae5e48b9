"""Round 93: six blind hand-made articles (4 German, 2 English), written 2026-11-30.

Stories (invented wire-style reports on real 2025 settings):
- hm93-de-01: a Venezuelan gang fires on Guyanese soldiers on the Cuyuní river (February 2025)
- hm93-de-02: the Philippines arrest a suspected Chinese spy near the election commission (February 2025)
- hm93-de-03: Thailand's Supreme Court sends Thaksin Shinawatra to prison (September 2025)
- hm93-de-04: Morales supporters kill police officers in Llallagua, Bolivia (June 2025)
- hm93-en-01: Cambodia hands 64 South Koreans from scam compounds to Seoul (October 2025)
- hm93-en-02: Timor-Leste's parliament scraps MPs' cars after student protests (September 2025)
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm93-de-01
D1_A1 = ("Mitglieder einer venezolanischen Bande haben am Montag am Fluss Cuyuní im Grenzgebiet zu Venezuela "
         "eine Patrouille der guyanischen Armee beschossen und sechs Soldaten verletzt.")
D1_A2 = ("Die Soldaten hätten Nachschub für einen Stützpunkt transportiert, als sie vom venezolanischen Ufer aus "
         "unter Feuer genommen worden seien, teilte die Armee mit.")
D1_B1 = ("Präsident Irfaan Ali verurteilte den Angriff scharf und machte die venezolanischen Behörden "
         "mitverantwortlich.")
D1_B2 = "„Wer unsere Soldaten angreift, greift Guyana an“, sagte er."
D1_B3 = "Caracas dulde seit Jahren, dass bewaffnete Gruppen vom Grenzgebiet aus operierten, so Ali."
D1_B4 = "Ali forderte den UN-Sicherheitsrat auf, sich mit dem Vorfall zu befassen."
D1_B4B = ("Er drohte mit einer Klage vor dem Internationalen Gerichtshof, sollte sich ein solcher Angriff "
          "wiederholen.")
D1_B5 = "Die Regierung schickte zusätzliche Truppen und zwei Patrouillenboote an den Fluss."
D1_C1 = ("Venezuelas Außenminister Yván Gil wies jede Beteiligung zurück und sprach von einer "
         "»Inszenierung«.")
D1_C2 = "Die Karibische Gemeinschaft Caricom sicherte Georgetown ihre volle Solidarität zu."
D1_C3 = "Die USA kündigten an, Guyana bei der Überwachung der Grenze mit Aufklärungsdaten zu unterstützen."
D1_C4 = "Der Streit um die ölreiche Region Essequibo schwelt seit Jahrzehnten."

GANG = actor("Venezuelan criminal gang", "VEN", "REB")
GDF = actor("Guyana Defence Force", "GUY", "MIL")
ALI = actor("Irfaan Ali", "GUY", "GOV")
GUY = actor("Guyana", "GUY", "GOV")
VEN = actor("Venezuela", "VEN", "GOV")

DE01 = {
    "id": "hm93-de-01", "lang": "de", "url": None, "published": "2025-02-18",
    "title": "Schüsse auf guyanische Soldaten am Grenzfluss Cuyuní",
    "text": paragraphs([D1_A1, D1_A2], [D1_B1, D1_B2, D1_B3, D1_B4, D1_B4B, D1_B5], [D1_C1, D1_C2, D1_C3, D1_C4]),
    "events": [
        event("ASSAULT", GANG, GDF, D1_A1, mode="firearms", date="2025-02-17", location="Cuyuní River",
              location_country="GUY"),
        event("ACCUSE", ALI, GANG, D1_B1, mode="disapprove"),
        event("ACCUSE", ALI, VEN, D1_B1, mode="allege"),
        event("ACCUSE", ALI, VEN, D1_B3, mode="allege"),
        event("REQUEST", ALI, actor("UN Security Council", "UNO", "IGO"), D1_B4),
        event("THREATEN", ALI, VEN, D1_B4B),
        event("MOBILIZE", GUY, None, D1_B5, mode="troops", location="Cuyuní River", location_country="GUY"),
        event("ACCUSE", actor("Yván Gil", "VEN", "GOV"), GUY, D1_C1, mode="allege"),
        event("SUPPORT", actor("Caribbean Community", "IGO", "IGO"), GUY, D1_C2),
        event("AGREE", actor("United States", "USA", "GOV"), GUY, D1_C3),
    ],
    "quotes": [
        quote("Die Soldaten hätten Nachschub für einen Stützpunkt transportiert, als sie vom venezolanischen Ufer "
              "aus unter Feuer genommen worden seien", "Guyana Defence Force", "indirect"),
        quote("Wer unsere Soldaten angreift, greift Guyana an", "Irfaan Ali", "direct"),
        quote("Caracas dulde seit Jahren, dass bewaffnete Gruppen vom Grenzgebiet aus operierten", "Irfaan Ali",
              "indirect"),
        quote("Inszenierung", "Yván Gil", "direct"),
    ],
    "entities": [
        entity("Venezuelan criminal gang", "ORG", "VEN", ["Mitglieder einer venezolanischen Bande"]),
        entity("Cuyuní River", "LOC", "GUY", ["Fluss Cuyuní", "den Fluss"]),
        entity("Venezuela", "GPE", "VEN", ["Venezuela", "Caracas", "die venezolanischen Behörden"]),
        entity("Guyana Defence Force", "ORG", "GUY", ["der guyanischen Armee", "die Armee"]),
        entity("Irfaan Ali", "PER", "GUY", ["Präsident Irfaan Ali", "Ali"]),
        entity("Guyana", "GPE", "GUY", ["Guyana", "Die Regierung", "Georgetown"]),
        entity("UN Security Council", "ORG", "UNO", ["den UN-Sicherheitsrat"]),
        entity("International Court of Justice", "ORG", "UNO", ["dem Internationalen Gerichtshof"]),
        entity("Yván Gil", "PER", "VEN", ["Venezuelas Außenminister Yván Gil"]),
        entity("Caribbean Community", "ORG", "IGO", ["Die Karibische Gemeinschaft Caricom"]),
        entity("United States", "GPE", "USA", ["Die USA"]),
        entity("Essequibo", "LOC", "GUY", ["die ölreiche Region Essequibo"]),
    ],
}

# ---------------------------------------------------------------- hm93-de-02
D2_A1 = ("Die philippinische Ermittlungsbehörde NBI hat am Donnerstag in Manila einen chinesischen "
         "Staatsbürger unter Spionageverdacht festgenommen.")
D2_A2 = ("Der Mann soll mit Überwachungsgeräten in der Nähe der Wahlkommission und mehrerer Militärstützpunkte "
         "Daten gesammelt haben.")
D2_A3 = "Zwei mutmaßliche chinesische Komplizen wurden nach Angaben der Behörde ebenfalls in Gewahrsam genommen."
D2_B1 = ("Der Nationale Sicherheitsberater Eduardo Año warf Peking vor, ein Netz von Agenten auf den "
         "Philippinen aufgebaut zu haben.")
D2_B2 = "„Das ist kein Einzelfall, sondern Teil einer systematischen Operation“, sagte er vor Journalisten."
D2_B3 = "Das Außenministerium bestellte den chinesischen Botschafter ein."
D2_B4 = ("Präsident Ferdinand Marcos Jr. beriet am Abend mit dem Nationalen Sicherheitsrat und forderte den "
         "Kongress auf, das veraltete Anti-Spionage-Gesetz rasch zu verschärfen.")
D2_C1 = "Die chinesische Botschaft wies die Vorwürfe als »haltlos« zurück."
D2_C2 = ("Peking fordere Manila auf, die Rechte der Festgenommenen zu wahren und keine »antichinesische "
         "Stimmung« zu schüren, hieß es in einer Erklärung.")
D2_C3 = "Die US-Botschaft in Manila lobte dagegen das Vorgehen der Behörden."
D2_C4 = "Bereits im Januar hatte Manila einen chinesischen Diplomaten wegen Spionageverdachts ausgewiesen."

NBI = actor("National Bureau of Investigation", "PHL", "COP")
MARCOS = actor("Ferdinand Marcos Jr.", "PHL", "GOV")
CHN_EMB = actor("Embassy of China in Manila", "CHN", "GOV")

DE02 = {
    "id": "hm93-de-02", "lang": "de", "url": None, "published": "2025-02-21",
    "title": "Manila nimmt mutmaßlichen chinesischen Spion fest",
    "text": paragraphs([D2_A1, D2_A2, D2_A3], [D2_B1, D2_B2, D2_B3, D2_B4], [D2_C1, D2_C2, D2_C3, D2_C4]),
    "events": [
        event("COERCE", NBI, actor("Chinese national", "CHN", "CVL"), D2_A1, mode="arrest", date="2025-02-20",
              location="Manila", location_country="PHL"),
        event("COERCE", NBI, actor("suspected Chinese accomplices", "CHN", "CVL"), D2_A3, mode="arrest"),
        event("ACCUSE", actor("Eduardo Año", "PHL", "GOV"), actor("China", "CHN", "GOV"), D2_B1, mode="allege"),
        event("ACCUSE", actor("Eduardo Año", "PHL", "GOV"), actor("China", "CHN", "GOV"), D2_B2, mode="allege"),
        event("ACCUSE", actor("Department of Foreign Affairs of the Philippines", "PHL", "GOV"),
              actor("China", "CHN", "GOV"), D2_B3, mode="disapprove"),
        event("CONSULT", MARCOS, actor("National Security Council of the Philippines", "PHL", "GOV"), D2_B4),
        event("REQUEST", MARCOS, actor("Congress of the Philippines", "PHL", "LEG"), D2_B4, mode="change"),
        event("REQUEST", CHN_EMB, actor("Philippines", "PHL", "GOV"), D2_C2),
        event("SUPPORT", actor("Embassy of the United States in Manila", "USA", "GOV"), NBI, D2_C3),
        event("SANCTION", actor("Philippines", "PHL", "GOV"), actor("China", "CHN", "GOV"), D2_C4, mode="expel"),
    ],
    "quotes": [
        quote("Zwei mutmaßliche chinesische Komplizen wurden nach Angaben der Behörde ebenfalls in Gewahrsam "
              "genommen", "National Bureau of Investigation", "indirect"),
        quote("ein Netz von Agenten auf den Philippinen aufgebaut zu haben", "Eduardo Año", "indirect"),
        quote("Das ist kein Einzelfall, sondern Teil einer systematischen Operation", "Eduardo Año", "direct"),
        quote("haltlos", "Embassy of China in Manila", "direct"),
        quote("Peking fordere Manila auf, die Rechte der Festgenommenen zu wahren und keine »antichinesische "
              "Stimmung« zu schüren", "Embassy of China in Manila", "indirect"),
        quote("antichinesische Stimmung", "Embassy of China in Manila", "direct"),
    ],
    "entities": [
        entity("National Bureau of Investigation", "ORG", "PHL",
               ["Die philippinische Ermittlungsbehörde NBI", "der Behörde"]),
        entity("Manila", "GPE", "PHL", ["Manila"]),
        entity("Chinese national", "PER", "CHN", ["einen chinesischen Staatsbürger", "Der Mann"]),
        entity("Commission on Elections", "ORG", "PHL", ["der Wahlkommission"]),
        entity("Eduardo Año", "PER", "PHL", ["Der Nationale Sicherheitsberater Eduardo Año"]),
        entity("China", "GPE", "CHN", ["Peking"]),
        entity("Philippines", "GPE", "PHL", ["den Philippinen", "Manila"]),
        entity("Department of Foreign Affairs of the Philippines", "ORG", "PHL", ["Das Außenministerium"]),
        entity("Ambassador of China to the Philippines", "PER", "CHN", ["den chinesischen Botschafter"]),
        entity("Ferdinand Marcos Jr.", "PER", "PHL", ["Präsident Ferdinand Marcos Jr."]),
        entity("National Security Council of the Philippines", "ORG", "PHL", ["dem Nationalen Sicherheitsrat"]),
        entity("Congress of the Philippines", "ORG", "PHL", ["den Kongress"]),
        entity("Embassy of China in Manila", "ORG", "CHN", ["Die chinesische Botschaft"]),
        entity("Embassy of the United States in Manila", "ORG", "USA", ["Die US-Botschaft in Manila"]),
        entity("Chinese diplomat", "PER", "CHN", ["einen chinesischen Diplomaten"]),
    ],
}

# ---------------------------------------------------------------- hm93-de-03
D3_A1 = ("Thailands Oberster Gerichtshof hat am Dienstag entschieden, dass Ex-Regierungschef Thaksin "
         "Shinawatra eine einjährige Haftstrafe im Gefängnis verbüßen muss.")
D3_A2 = ("Die Richter befanden, dass sein monatelanger Aufenthalt in einem Polizeikrankenhaus nicht als "
         "Haftzeit angerechnet werden könne.")
D3_A3 = "Thaksin wurde noch im Gerichtssaal festgenommen und in ein Gefängnis in Bangkok gebracht."
D3_B1 = "Vor dem Gericht hatten sich Hunderte Anhänger in roten Hemden versammelt, um ihm beizustehen."
D3_B2 = ("„Ich nehme das Urteil an und werde mich an das Gesetz halten“, hatte Thaksin vor der Verhandlung "
         "auf Facebook geschrieben.")
D3_B3 = ("Seine Tochter Paetongtarn, die im August vom Verfassungsgericht als Regierungschefin abgesetzt "
         "worden war, sprach von einem »schmerzhaften Tag« für die Familie.")
D3_C1 = ("Oppositionsführer Natthaphong Ruengpanyawut forderte, auch die Ärzte und Beamten zur Rechenschaft "
         "zu ziehen, die den Krankenhausaufenthalt ermöglicht hätten.")
D3_C2 = "Die Antikorruptionsbehörde ermittelt bereits gegen zwölf Ärzte."
D3_C3 = ("Thaksins Anwälte beantragten umgehend, dass er die Strafe wegen seines Alters im Hausarrest "
         "verbüßen darf.")
D3_C4 = ("Der 76-Jährige war 2023 aus dem Exil zurückgekehrt, König Maha Vajiralongkorn hatte seine Strafe "
         "kurz darauf von acht Jahren auf eines verkürzt.")

THAKSIN = actor("Thaksin Shinawatra", "THA", "PTY")
SC_THA = actor("Supreme Court of Thailand", "THA", "JUD")

DE03 = {
    "id": "hm93-de-03", "lang": "de", "url": None, "published": "2025-09-09",
    "title": "Thaksin muss ins Gefängnis",
    "text": paragraphs([D3_A1, D3_A2, D3_A3], [D3_B1, D3_B2, D3_B3], [D3_C1, D3_C2, D3_C3, D3_C4]),
    "events": [
        event("SANCTION", SC_THA, THAKSIN, D3_A1, mode="convict", date="2025-09-09"),
        event("COERCE", SC_THA, THAKSIN, D3_A1, mode="arrest", date="2025-09-09"),
        event("COERCE", actor("Royal Thai Police", "THA", "COP"), THAKSIN, D3_A3, mode="arrest",
              date="2025-09-09", location="Bangkok", location_country="THA"),
        event("SUPPORT", actor("Thaksin supporters", "THA", "CVL"), THAKSIN, D3_B1),
        event("COERCE", actor("Constitutional Court of Thailand", "THA", "JUD"),
              actor("Paetongtarn Shinawatra", "THA", "GOV"), D3_B3, mode="restrict"),
        event("REQUEST", actor("Natthaphong Ruengpanyawut", "THA", "OPP"), None, D3_C1),
        event("ACCUSE", actor("National Anti-Corruption Commission", "THA", "GOV"),
              actor("doctors", "THA", "CVL"), D3_C2, mode="investigate"),
        event("REQUEST", actor("Thaksin's lawyers", "THA", "CVL"), SC_THA, D3_C3),
        event("CONCEDE", actor("Maha Vajiralongkorn", "THA", "GOV"), THAKSIN, D3_C4),
    ],
    "quotes": [
        quote("dass sein monatelanger Aufenthalt in einem Polizeikrankenhaus nicht als Haftzeit angerechnet "
              "werden könne", "Supreme Court of Thailand", "indirect"),
        quote("Ich nehme das Urteil an und werde mich an das Gesetz halten", "Thaksin Shinawatra", "direct"),
        quote("schmerzhaften Tag", "Paetongtarn Shinawatra", "direct"),
        quote("dass er die Strafe wegen seines Alters im Hausarrest verbüßen darf", "Thaksin's lawyers",
              "indirect"),
    ],
    "entities": [
        entity("Supreme Court of Thailand", "ORG", "THA", ["Thailands Oberster Gerichtshof", "Die Richter",
                                                           "dem Gericht"]),
        entity("Thaksin Shinawatra", "PER", "THA", ["Ex-Regierungschef Thaksin Shinawatra", "Thaksin",
                                                    "Der 76-Jährige"]),
        entity("Bangkok", "GPE", "THA", ["Bangkok"]),
        entity("Thaksin supporters", "PER", "THA", ["Hunderte Anhänger in roten Hemden"]),
        entity("Facebook", "ORG", "MNC", ["Facebook"]),
        entity("Paetongtarn Shinawatra", "PER", "THA", ["Seine Tochter Paetongtarn"]),
        entity("Constitutional Court of Thailand", "ORG", "THA", ["Verfassungsgericht"]),
        entity("Natthaphong Ruengpanyawut", "PER", "THA", ["Oppositionsführer Natthaphong Ruengpanyawut"]),
        entity("National Anti-Corruption Commission", "ORG", "THA", ["Die Antikorruptionsbehörde"]),
        entity("Thaksin's lawyers", "PER", "THA", ["Thaksins Anwälte"]),
        entity("Maha Vajiralongkorn", "PER", "THA", ["König Maha Vajiralongkorn"]),
    ],
}

# ---------------------------------------------------------------- hm93-de-04
D4_A1 = ("Bei Zusammenstößen mit Anhängern des früheren Präsidenten Evo Morales sind im Süden Boliviens am "
         "Mittwoch drei Polizisten getötet worden.")
D4_A2 = "Die Demonstranten griffen die Beamten in der Bergbaustadt Llallagua mit Schusswaffen an."
D4_A3 = ("Seit zwei Wochen blockieren die Morales-Anhänger aus Protest gegen die Regierung von Präsident "
         "Luis Arce zahlreiche Überlandstraßen.")
D4_B1 = "Arce warf Morales vor, die Gewalt aus seinem Rückzugsort im Chapare zu steuern."
D4_B2 = "»Das ist kein Protest mehr, das ist Terrorismus«, sagte der Präsident in einer Fernsehansprache."
D4_B3 = "Die Regierung entsandte Hunderte Soldaten und Polizisten in die Region."
D4_B4 = "15 Verdächtige seien festgenommen worden, teilte die Staatsanwaltschaft mit."
D4_B5 = "Zwei der Festgenommenen ließ die Polizei am Abend wieder frei."
D4_C1 = ("Morales wies jede Verantwortung zurück und beschuldigte seinerseits die Polizei, auf unbewaffnete "
         "Demonstranten geschossen zu haben.")
D4_C2 = "Das UN-Menschenrechtsbüro rief beide Seiten zur Zurückhaltung und zum Dialog auf."
D4_C3 = ("Das Verfassungsgericht hatte Morales im vergangenen Jahr von einer erneuten Kandidatur bei der "
         "Präsidentenwahl im August ausgeschlossen.")

EVO_FANS = actor("Morales supporters", "BOL", "CVL")
BOL_POL = actor("Bolivian police", "BOL", "COP")
ARCE = actor("Luis Arce", "BOL", "GOV")
EVO = actor("Evo Morales", "BOL", "OPP")
BOL = actor("Government of Bolivia", "BOL", "GOV")
OHCHR = actor("UN Human Rights Office", "UNO", "IGO")

DE04 = {
    "id": "hm93-de-04", "lang": "de", "url": None, "published": "2025-06-12",
    "title": "Drei Polizisten bei Blockaden in Bolivien getötet",
    "text": paragraphs([D4_A1, D4_A2, D4_A3], [D4_B1, D4_B2, D4_B3, D4_B4, D4_B5], [D4_C1, D4_C2, D4_C3]),
    "events": [
        event("ASSAULT", EVO_FANS, BOL_POL, D4_A2, mode="firearms", date="2025-06-11", location="Llallagua",
              location_country="BOL"),
        event("PROTEST", EVO_FANS, BOL, D4_A3, mode="obstruct"),
        event("ACCUSE", ARCE, EVO, D4_B1, mode="allege"),
        event("ACCUSE", ARCE, EVO, D4_B2, mode="disapprove"),
        event("MOBILIZE", BOL, None, D4_B3, mode="troops"),
        event("COERCE", BOL_POL, actor("suspects", "BOL", "CVL"), D4_B4, mode="arrest"),
        event("RETREAT", BOL_POL, actor("suspects", "BOL", "CVL"), D4_B5, mode="release"),
        event("ACCUSE", EVO, BOL_POL, D4_C1, mode="allege"),
        event("REQUEST", OHCHR, BOL, D4_C2),
        event("REQUEST", OHCHR, EVO_FANS, D4_C2),
        event("COERCE", actor("Plurinational Constitutional Court", "BOL", "JUD"), EVO, D4_C3, mode="restrict"),
    ],
    "quotes": [
        quote("die Gewalt aus seinem Rückzugsort im Chapare zu steuern", "Luis Arce", "indirect"),
        quote("Das ist kein Protest mehr, das ist Terrorismus", "Luis Arce", "direct"),
        quote("15 Verdächtige seien festgenommen worden", "Public Prosecutor's Office of Bolivia", "indirect"),
        quote("auf unbewaffnete Demonstranten geschossen zu haben", "Evo Morales", "indirect"),
    ],
    "entities": [
        entity("Evo Morales", "PER", "BOL", ["des früheren Präsidenten Evo Morales", "Morales"]),
        entity("Morales supporters", "PER", "BOL", ["Anhängern des früheren Präsidenten Evo Morales",
                                                    "Die Demonstranten", "die Morales-Anhänger"]),
        entity("Bolivia", "GPE", "BOL", ["Boliviens"]),
        entity("Bolivian police", "ORG", "BOL", ["drei Polizisten", "die Beamten", "die Polizei"]),
        entity("Llallagua", "GPE", "BOL", ["der Bergbaustadt Llallagua"]),
        entity("Government of Bolivia", "ORG", "BOL", ["die Regierung von Präsident Luis Arce", "Die Regierung"]),
        entity("Luis Arce", "PER", "BOL", ["Präsident Luis Arce", "Arce", "der Präsident"]),
        entity("Chapare", "LOC", "BOL", ["Chapare"]),
        entity("Public Prosecutor's Office of Bolivia", "ORG", "BOL", ["die Staatsanwaltschaft"]),
        entity("UN Human Rights Office", "ORG", "UNO", ["Das UN-Menschenrechtsbüro"]),
        entity("Plurinational Constitutional Court", "ORG", "BOL", ["Das Verfassungsgericht"]),
    ],
}

# ---------------------------------------------------------------- hm93-en-01
E1_A1 = ("Cambodia handed over 64 South Koreans detained in raids on online scam compounds to Seoul on "
         "Saturday, flying them home on a chartered plane.")
E1_A2 = ("South Korean police arrested all of them on arrival at Incheon airport on suspicion of fraud, "
         "Yonhap reported.")
E1_A3 = "The case has caused outrage since a student was found dead in August near a compound in Kampot."
E1_B1 = "Vice Foreign Minister Kim Jina travelled to Phnom Penh and met Prime Minister Hun Manet."

E1_B2 = "The two sides agreed to set up a joint police task force to target the networks, her ministry said."
E1_B3 = "“We will not tolerate criminal organisations that lure our young people abroad,” Kim told reporters."
E1_B4 = "Seoul also asked Phnom Penh to extradite the alleged ringleaders."
E1_B5 = "Cambodia has not yet agreed to the request."
E1_C1 = "Cambodian authorities said they had arrested more than 3,000 people in raids since July."
E1_C2 = "A government spokesman rejected claims that officials were protecting the operators, calling them “baseless.”"
E1_C3 = "Amnesty International urged both governments to treat those rescued as trafficking victims, not criminals."

KHM = actor("Cambodia", "KHM", "GOV")
KOR = actor("South Korea", "KOR", "GOV")
AMNESTY = actor("Amnesty International", "NGO", "NGO")

EN01 = {
    "id": "hm93-en-01", "lang": "en", "url": None, "published": "2025-10-18",
    "title": "Cambodia sends 64 South Koreans from scam compounds home",
    "text": paragraphs([E1_A1, E1_A2, E1_A3], [E1_B1, E1_B2, E1_B3, E1_B4, E1_B5], [E1_C1, E1_C2, E1_C3]),
    "events": [
        event("COOPERATE", KHM, KOR, E1_A1, date="2025-10-18"),
        event("COERCE", actor("South Korean police", "KOR", "COP"), actor("South Korean scam suspects", "KOR", "CVL"),
              E1_A2, mode="arrest", date="2025-10-18", location="Incheon", location_country="KOR"),
        event("CONSULT", actor("Kim Jina", "KOR", "GOV"), actor("Hun Manet", "KHM", "GOV"), E1_B1, mode="visit",
              location="Phnom Penh", location_country="KHM"),
        event("AGREE", KOR, KHM, E1_B2),
        event("REQUEST", KOR, KHM, E1_B4),
        event("AGREE", KHM, KOR, E1_B5, negated=True),
        event("COERCE", actor("Cambodian authorities", "KHM", "GOV"), actor("scam compound workers", None, "CVL"),
              E1_C1, mode="arrest"),
        event("REQUEST", AMNESTY, KOR, E1_C3),
        event("REQUEST", AMNESTY, KHM, E1_C3),
    ],
    "quotes": [
        quote("South Korean police arrested all of them on arrival at Incheon airport on suspicion of fraud",
              "Yonhap", "indirect"),
        quote("The two sides agreed to set up a joint police task force to target the networks",
              "Ministry of Foreign Affairs of South Korea", "indirect"),
        quote("We will not tolerate criminal organisations that lure our young people abroad", "Kim Jina", "direct"),
        quote("they had arrested more than 3,000 people in raids since July", "Cambodian authorities",
              "indirect"),
        quote("baseless", "Spokesman of the Government of Cambodia", "direct"),
    ],
    "entities": [
        entity("Cambodia", "GPE", "KHM", ["Cambodia", "Phnom Penh"]),
        entity("South Korea", "GPE", "KOR", ["Seoul", "South Korea"]),
        entity("South Korean police", "ORG", "KOR", ["South Korean police"]),
        entity("Incheon International Airport", "LOC", "KOR", ["Incheon airport"]),
        entity("Yonhap", "ORG", "KOR", ["Yonhap"]),
        entity("Kampot", "LOC", "KHM", ["Kampot"]),
        entity("Kim Jina", "PER", "KOR", ["Vice Foreign Minister Kim Jina", "Kim"]),
        entity("Hun Manet", "PER", "KHM", ["Prime Minister Hun Manet"]),
        entity("Ministry of Foreign Affairs of South Korea", "ORG", "KOR", ["her ministry"]),
        entity("Cambodian authorities", "ORG", "KHM", ["Cambodian authorities"]),
        entity("Spokesman of the Government of Cambodia", "PER", "KHM", ["A government spokesman"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
    ],
}

# ---------------------------------------------------------------- hm93-en-02
E2_A1 = ("Timor-Leste's parliament voted on Wednesday to scrap the purchase of new cars for its 65 lawmakers "
         "after three days of student protests in Dili.")
E2_A2 = ("Lawmakers also agreed to review a law granting them lifetime pensions, Speaker Maria Fernanda Lay "
         "told reporters.")
E2_B1 = ("On Monday, police fired tear gas at thousands of students who had gathered outside the parliament "
         "building.")
E2_B2 = "Some protesters later set fire to a government vehicle, witnesses said."
E2_B3 = ("“They buy luxury cars while our families cannot afford rice,” said Abel da Costa, a student leader "
         "at the national university.")
E2_C1 = "Prime Minister Xanana Gusmão praised the students for raising their concerns but condemned the violence."
E2_C2 = "He said the cabinet would cut ministers' travel budgets as well."
E2_C3 = "The UN country team in Dili called for calm."
E2_C4 = "Timor-Leste, one of Asia's poorest countries, is due to join ASEAN in October."

TLS_PARL = actor("National Parliament of Timor-Leste", "TLS", "LEG")
STUDENTS = actor("student protesters", "TLS", "CVL")
XANANA = actor("Xanana Gusmão", "TLS", "GOV")

EN02 = {
    "id": "hm93-en-02", "lang": "en", "url": None, "published": "2025-09-17",
    "title": "Timor-Leste lawmakers drop car purchase after student protests",
    "text": paragraphs([E2_A1, E2_A2], [E2_B1, E2_B2, E2_B3], [E2_C1, E2_C2, E2_C3, E2_C4]),
    "events": [
        event("CONCEDE", TLS_PARL, STUDENTS, E2_A1, date="2025-09-17", location="Dili", location_country="TLS"),
        event("PROTEST", STUDENTS, TLS_PARL, E2_A1, mode="demo", location="Dili", location_country="TLS"),
        event("CONCEDE", TLS_PARL, STUDENTS, E2_A2),
        event("ASSAULT", actor("Timor-Leste police", "TLS", "COP"), STUDENTS, E2_B1, mode="crowd-control",
              date="2025-09-15", location="Dili", location_country="TLS"),
        event("PROTEST", STUDENTS, actor("Government of Timor-Leste", "TLS", "GOV"), E2_B2, mode="riot"),
        event("ACCUSE", actor("Abel da Costa", "TLS", "CVL"), TLS_PARL, E2_B3, mode="disapprove"),
        event("SUPPORT", XANANA, STUDENTS, E2_C1),
        event("ACCUSE", XANANA, STUDENTS, E2_C1, mode="disapprove"),
        event("CONCEDE", XANANA, STUDENTS, E2_C2),
        event("REQUEST", actor("United Nations country team in Timor-Leste", "UNO", "IGO"), None, E2_C3),
    ],
    "quotes": [
        quote("Lawmakers also agreed to review a law granting them lifetime pensions", "Maria Fernanda Lay",
              "indirect"),
        quote("Some protesters later set fire to a government vehicle", "witnesses", "indirect"),
        quote("They buy luxury cars while our families cannot afford rice", "Abel da Costa", "direct"),
        quote("the cabinet would cut ministers' travel budgets as well", "Xanana Gusmão", "indirect"),
    ],
    "entities": [
        entity("National Parliament of Timor-Leste", "ORG", "TLS", ["Timor-Leste's parliament", "Lawmakers",
                                                                      "the parliament building"]),
        entity("Timor-Leste", "GPE", "TLS", ["Timor-Leste"]),
        entity("Dili", "GPE", "TLS", ["Dili"]),
        entity("student protesters", "PER", "TLS", ["student protests", "thousands of students", "Some protesters",
                                                    "the students"]),
        entity("Maria Fernanda Lay", "PER", "TLS", ["Speaker Maria Fernanda Lay"]),
        entity("Timor-Leste police", "ORG", "TLS", ["police"]),
        entity("Abel da Costa", "PER", "TLS", ["Abel da Costa, a student leader at the national university"]),
        entity("National University of Timor-Leste", "ORG", "TLS", ["the national university"]),
        entity("Xanana Gusmão", "PER", "TLS", ["Prime Minister Xanana Gusmão", "He"]),
        entity("United Nations country team in Timor-Leste", "ORG", "UNO", ["The UN country team in Dili"]),
        entity("ASEAN", "ORG", "IGO", ["ASEAN"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
