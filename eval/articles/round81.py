"""Round 81: six invented wire-style articles (4 German, 2 English), written blind.

Stories (invented reports on real 2023-2025 settings):
- hm81-de-01: Israel's cabinet shuts Al Jazeera's offices, police raid its Jerusalem rooms (May 2024).
- hm81-de-02: the Taliban cut the internet across Afghanistan, the UN demands it back (September 2025).
- hm81-de-03: Chinese and Philippine coast guard ships collide at Sabina Shoal (August 2024).
- hm81-de-04: Papua New Guinea asks the UN for help after the Enga landslide, Australia sends aid (May 2024).
- hm81-en-01: Pakistan rebuffs the US after military courts sentence 25 Khan supporters (December 2024).
- hm81-en-02: drones hit oil fields in Iraqi Kurdistan, Erbil blames PMF groups (July 2025).
"""
from annotate import actor, entity, event, paragraphs, quote

# --- hm81-de-01 -------------------------------------------------------------------------------
A1 = "Die israelische Regierung hat am Sonntag die Arbeit des katarischen Fernsehsenders Al Dschasira im Land verboten."
A2 = "Ministerpräsident Benjamin Netanjahu schrieb auf der Plattform X: »Der Hetzsender Al Dschasira wird in Israel geschlossen.«"
A3 = "Kurz darauf durchsuchten Polizisten die Räume des Senders in einem Jerusalemer Hotel und beschlagnahmten Kameras."
A4 = "Kommunikationsminister Schlomo Karhi ordnete zudem an, die Ausstrahlung über Kabel und Satellit zu stoppen."
A5 = "Al Dschasira verurteilte den Schritt als »kriminellen Akt«."
A6 = "Man werde weiter aus der Region berichten, hieß es in einer Erklärung des Senders aus Doha."
A7 = "Das UN-Menschenrechtsbüro forderte die israelische Regierung auf, das Verbot umgehend aufzuheben."
A8 = "Die Hamas warf Israel vor, die Wahrheit über den Krieg im Gazastreifen unterdrücken zu wollen."
A9 = "Die Auslandspresse-Vereinigung sprach von einem »dunklen Tag für die Pressefreiheit«."
A10 = "Grundlage ist ein im April verabschiedetes Gesetz, das die vorübergehende Schließung ausländischer Sender erlaubt."
A11 = "Netanjahu zufolge gilt die Maßnahme zunächst für 45 Tage."
A12 = "In Ramallah demonstrierten am Montag Dutzende palästinensische Journalisten gegen das Verbot."

ISR = actor("Israel", "ISR", "GOV")
AJZ = actor("Al Jazeera", "QAT", "BUS")
NET = actor("Benjamin Netanyahu", "ISR", "GOV")

ART_DE01 = {
    "id": "hm81-de-01", "lang": "de", "url": None, "published": "2024-05-06",
    "title": "Israel lässt Büros von Al Dschasira schließen",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8], [A9, A10, A11, A12]),
    "events": [
        event("COERCE", ISR, AJZ, A1, mode="censor", date="2024-05-05"),
        event("COERCE", NET, AJZ, A2, mode="censor"),
        event("ACCUSE", NET, AJZ, A2, mode="disapprove"),
        event("COERCE", actor("Israel Police", "ISR", "COP"), AJZ, A3, mode="seize",
              location="Jerusalem", location_country="ISR"),
        event("COERCE", actor("Shlomo Karhi", "ISR", "GOV"), AJZ, A4, mode="censor"),
        event("ACCUSE", AJZ, ISR, A5, mode="disapprove"),
        event("REQUEST", actor("UN Human Rights Office", "UNO", "IGO"), ISR, A7, mode="change"),
        event("ACCUSE", actor("Hamas", "PSE", "REB"), ISR, A8, mode="allege"),
        event("PROTEST", actor("Palestinian journalists", "PSE", "CVL"), ISR, A12, mode="demo",
              date="2024-05-06", location="Ramallah", location_country="PSE"),
    ],
    "quotes": [
        quote("Der Hetzsender Al Dschasira wird in Israel geschlossen", "Benjamin Netanyahu", "direct"),
        quote("kriminellen Akt", "Al Jazeera", "direct"),
        quote("Man werde weiter aus der Region berichten", "Al Jazeera", "indirect"),
        quote("die Wahrheit über den Krieg im Gazastreifen unterdrücken zu wollen", "Hamas", "indirect"),
        quote("dunklen Tag für die Pressefreiheit", "Foreign Press Association", "direct"),
        quote("gilt die Maßnahme zunächst für 45 Tage", "Benjamin Netanyahu", "indirect"),
    ],
    "entities": [
        entity("Government of Israel", "ORG", "ISR", ["Die israelische Regierung", "die israelische Regierung"]),
        entity("Al Jazeera", "ORG", "QAT", ["des katarischen Fernsehsenders Al Dschasira", "Al Dschasira",
                                            "des Senders"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Ministerpräsident Benjamin Netanjahu", "Netanjahu"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Israel Police", "ORG", "ISR", ["Polizisten"]),
        entity("Jerusalem", "LOC", "ISR", ["einem Jerusalemer Hotel"]),
        entity("Shlomo Karhi", "PER", "ISR", ["Kommunikationsminister Schlomo Karhi"]),
        entity("Doha", "LOC", "QAT", ["Doha"]),
        entity("UN Human Rights Office", "ORG", "UNO", ["Das UN-Menschenrechtsbüro"]),
        entity("Hamas", "ORG", "PSE", ["Die Hamas"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gazastreifen"]),
        entity("Foreign Press Association", "ORG", "ISR", ["Die Auslandspresse-Vereinigung"]),
        entity("Ramallah", "LOC", "PSE", ["Ramallah"]),
        entity("Palestinian journalists", "ORG", "PSE", ["Dutzende palästinensische Journalisten"]),
    ],
}

# --- hm81-de-02 -------------------------------------------------------------------------------
B1 = "Die Taliban haben am Montagabend das Internet in ganz Afghanistan abgeschaltet."
B2 = "Nach Angaben der Beobachtungsgruppe NetBlocks brach die Verbindung landesweit fast vollständig zusammen."
B3 = "Bereits Mitte September hatte die Provinzverwaltung in Balch Glasfaserleitungen kappen lassen, um nach eigenen Worten »Unmoral« zu verhindern."
B4 = "Die UN-Mission in Afghanistan (UNAMA) forderte die De-facto-Behörden auf, die Verbindungen sofort wiederherzustellen."
B5 = "Die Abschaltung verletze die Rechte von Millionen Afghanen, erklärte die Mission."
B6 = "»Wir fordern die sofortige Wiederherstellung aller Verbindungen«, sagte UN-Sprecher Stéphane Dujarric in New York."
B7 = "Ein Taliban-Sprecher kündigte im Sender Tolo News an, das Netz werde »in Kürze« wieder freigegeben."
B8 = "Gründe für die Abschaltung nannte er nicht."
B9 = "Die EU und Großbritannien verurteilten die Sperre als weiteren Angriff auf Frauen, die seit dem Schulverbot auf Online-Unterricht angewiesen sind."
B10 = "In Kabul lösten Sicherheitskräfte am Dienstag eine kleine Kundgebung gegen die Sperre auf und nahmen mehrere Teilnehmer fest."

TAL = actor("Taliban", "AFG", "GOV")
AFPROT = actor("Afghan protesters", "AFG", "CVL")

ART_DE02 = {
    "id": "hm81-de-02", "lang": "de", "url": None, "published": "2025-09-30",
    "title": "Taliban kappen Internet in ganz Afghanistan",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6, B7, B8], [B9, B10]),
    "events": [
        event("COERCE", TAL, None, B1, mode="withhold", date="2025-09-29"),
        event("COERCE", actor("Balkh provincial administration", "AFG", "GOV"), None, B3, mode="withhold",
              location="Balkh", location_country="AFG"),
        event("REQUEST", actor("United Nations Assistance Mission in Afghanistan (UNAMA)", "UNO", "IGO"), TAL, B4,
              mode="yield"),
        event("ACCUSE", actor("United Nations Assistance Mission in Afghanistan (UNAMA)", "UNO", "IGO"), TAL, B5,
              mode="disapprove"),
        event("REQUEST", actor("Stéphane Dujarric", "UNO", "IGO"), TAL, B6, mode="yield"),
        event("CONCEDE", actor("Taliban spokesperson", "AFG", "GOV"), None, B7),
        event("ACCUSE", actor("European Union", "EUR", "IGO"), TAL, B9, mode="disapprove"),
        event("ACCUSE", actor("United Kingdom", "GBR", "GOV"), TAL, B9, mode="disapprove"),
        event("COERCE", actor("Taliban security forces", "AFG", "COP"), AFPROT, B10, mode="arrest",
              date="2025-09-30", location="Kabul", location_country="AFG"),
        event("PROTEST", AFPROT, TAL, B10, mode="demo", date="2025-09-30", location="Kabul",
              location_country="AFG"),
    ],
    "quotes": [
        quote("brach die Verbindung landesweit fast vollständig zusammen", "NetBlocks", "indirect"),
        quote("Unmoral", "Balkh provincial administration", "direct"),
        quote("Die Abschaltung verletze die Rechte von Millionen Afghanen",
              "United Nations Assistance Mission in Afghanistan (UNAMA)", "indirect"),
        quote("Wir fordern die sofortige Wiederherstellung aller Verbindungen", "Stéphane Dujarric", "direct"),
        quote("in Kürze", "Taliban spokesperson", "direct"),
        quote("das Netz werde »in Kürze« wieder freigegeben", "Taliban spokesperson", "indirect"),
    ],
    "entities": [
        entity("Taliban", "ORG", "AFG", ["Die Taliban", "die De-facto-Behörden"]),
        entity("Afghanistan", "GPE", "AFG", ["ganz Afghanistan", "Afghanistan"]),
        entity("NetBlocks", "ORG", "NGO", ["der Beobachtungsgruppe NetBlocks"]),
        entity("Balkh provincial administration", "ORG", "AFG", ["die Provinzverwaltung in Balch"]),
        entity("Balkh", "LOC", "AFG", ["Balch"]),
        entity("United Nations Assistance Mission in Afghanistan (UNAMA)", "ORG", "UNO",
               ["Die UN-Mission in Afghanistan (UNAMA)", "die Mission"]),
        entity("Stéphane Dujarric", "PER", "UNO", ["UN-Sprecher Stéphane Dujarric"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("Taliban spokesperson", "PER", "AFG", ["Ein Taliban-Sprecher", "er"]),
        entity("Tolo News", "ORG", "AFG", ["im Sender Tolo News"]),
        entity("European Union", "ORG", "EUR", ["Die EU"]),
        entity("United Kingdom", "GPE", "GBR", ["Großbritannien"]),
        entity("Kabul", "LOC", "AFG", ["Kabul"]),
        entity("Taliban security forces", "ORG", "AFG", ["Sicherheitskräfte"]),
        entity("Afghan protesters", "ORG", "AFG", ["mehrere Teilnehmer"]),
    ],
}

# --- hm81-de-03 -------------------------------------------------------------------------------
C1 = "Im Südchinesischen Meer sind am Samstag ein Schiff der chinesischen Küstenwache und das größte Patrouillenschiff der Philippinen zusammengestoßen."
C2 = "Manila warf Peking vor, die Teresa Magbanua nahe dem Sabina-Riff absichtlich dreimal gerammt zu haben."
C3 = "Die chinesische Küstenwache erklärte dagegen, das philippinische Schiff habe »vorsätzlich« ihr Boot gerammt."
C4 = "Außenamtssprecherin Mao Ning warnte, Peking werde »alle notwendigen Maßnahmen« ergreifen, um seine Souveränität zu schützen."
C5 = "Das philippinische Außenministerium bestellte den chinesischen Botschafter ein."
C6 = "Die USA und Japan stellten sich hinter Manila und kritisierten das Vorgehen der chinesischen Küstenwache als gefährlich."
C7 = "Die Teresa Magbanua liegt seit April am Sabina-Riff vor Anker, um chinesische Landaufschüttungen zu beobachten."
C8 = "Peking forderte Manila am Samstag erneut auf, das Schiff abzuziehen."
C9 = "Präsident Ferdinand Marcos Jr. schloss einen Abzug aus."
C10 = "»Wir bleiben, wo wir sind«, sagte Küstenwachensprecher Jay Tarriela."

PHL = actor("Philippines", "PHL", "GOV")
CHN = actor("China", "CHN", "GOV")
CCG = actor("China Coast Guard", "CHN", "COP")

ART_DE03 = {
    "id": "hm81-de-03", "lang": "de", "url": None, "published": "2024-08-31",
    "title": "Kollision am Sabina-Riff: Manila und Peking beschuldigen sich gegenseitig",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6], [C7, C8, C9, C10]),
    "events": [
        event("ACCUSE", PHL, CHN, C2, mode="allege"),
        event("ACCUSE", CCG, actor("Philippine Coast Guard", "PHL", "COP"), C3, mode="allege"),
        event("THREATEN", actor("Mao Ning", "CHN", "GOV"), PHL, C4),
        event("ACCUSE", actor("Department of Foreign Affairs of the Philippines", "PHL", "GOV"), CHN, C5,
              mode="disapprove"),
        event("SUPPORT", actor("United States", "USA", "GOV"), PHL, C6),
        event("SUPPORT", actor("Japan", "JPN", "GOV"), PHL, C6),
        event("ACCUSE", actor("United States", "USA", "GOV"), CCG, C6, mode="disapprove"),
        event("ACCUSE", actor("Japan", "JPN", "GOV"), CCG, C6, mode="disapprove"),
        event("REQUEST", CHN, PHL, C8, mode="yield", date="2024-08-31"),
        event("REJECT", actor("Ferdinand Marcos Jr.", "PHL", "GOV"), CHN, C9, mode="yield"),
    ],
    "quotes": [
        quote("die Teresa Magbanua nahe dem Sabina-Riff absichtlich dreimal gerammt zu haben", "Philippines",
              "indirect"),
        quote("vorsätzlich", "China Coast Guard", "direct"),
        quote("das philippinische Schiff habe »vorsätzlich« ihr Boot gerammt", "China Coast Guard", "indirect"),
        quote("alle notwendigen Maßnahmen", "Mao Ning", "direct"),
        quote("Peking werde »alle notwendigen Maßnahmen« ergreifen, um seine Souveränität zu schützen", "Mao Ning",
              "indirect"),
        quote("Wir bleiben, wo wir sind", "Jay Tarriela", "direct"),
    ],
    "entities": [
        entity("South China Sea", "LOC", None, ["Im Südchinesischen Meer"]),
        entity("China Coast Guard", "ORG", "CHN", ["der chinesischen Küstenwache", "Die chinesische Küstenwache"]),
        entity("BRP Teresa Magbanua", "ORG", "PHL", ["das größte Patrouillenschiff der Philippinen",
                                                     "die Teresa Magbanua", "Die Teresa Magbanua",
                                                     "das philippinische Schiff", "das Schiff"]),
        entity("Philippines", "GPE", "PHL", ["Manila", "der Philippinen"]),
        entity("China", "GPE", "CHN", ["Peking"]),
        entity("Sabina Shoal", "LOC", None, ["dem Sabina-Riff", "am Sabina-Riff"]),
        entity("Mao Ning", "PER", "CHN", ["Außenamtssprecherin Mao Ning"]),
        entity("Department of Foreign Affairs of the Philippines", "ORG", "PHL",
               ["Das philippinische Außenministerium"]),
        entity("Ambassador of China to the Philippines", "PER", "CHN", ["den chinesischen Botschafter"]),
        entity("United States", "GPE", "USA", ["Die USA"]),
        entity("Japan", "GPE", "JPN", ["Japan"]),
        entity("Ferdinand Marcos Jr.", "PER", "PHL", ["Präsident Ferdinand Marcos Jr."]),
        entity("Jay Tarriela", "PER", "PHL", ["Küstenwachensprecher Jay Tarriela"]),
    ],
}

# --- hm81-de-04 -------------------------------------------------------------------------------
D1 = "Nach dem verheerenden Erdrutsch in der Provinz Enga hat die Regierung von Papua-Neuguinea die Vereinten Nationen offiziell um Hilfe gebeten."
D2 = "Das Nationale Katastrophenzentrum teilte mit, mehr als 2000 Menschen seien vermutlich verschüttet worden."
D3 = "Eine Geröll-Lawine hatte am Freitag das Dorf Yambali unter sich begraben."
D4 = "Australien schickte am Montag ein Erkundungsteam und Hilfsgüter nach Port Moresby."
D5 = "Premierminister Anthony Albanese telefonierte mit seinem Amtskollegen James Marape und sagte weitere Unterstützung zu."
D6 = "»Wir stehen an der Seite unserer Freunde in Papua-Neuguinea«, sagte Albanese."
D7 = "Auch die USA und China boten Hilfe an."
D8 = "Um Hilfe aus Peking hat Port Moresby bislang aber nicht gebeten."
D9 = "Die Internationale Organisation für Migration (IOM) verteilte Wasser und Decken an Überlebende."
D10 = "Die Bergung werde durch Stammesfehden in der Region erschwert, sagte IOM-Missionschef Serhan Aktoprak."
D11 = "Die Regierung entsandte Soldaten, die die Hilfskonvois begleiten sollen."
D12 = "Oppositionsführer Joseph Lelang warf Marape vor, zu spät reagiert zu haben."

PNG = actor("Papua New Guinea", "PNG", "GOV")
ALB = actor("Anthony Albanese", "AUS", "GOV")

ART_DE04 = {
    "id": "hm81-de-04", "lang": "de", "url": None, "published": "2024-05-27",
    "title": "Papua-Neuguinea bittet nach Erdrutsch um internationale Hilfe",
    "text": paragraphs([D1, D2, D3], [D4, D5, D6, D7, D8], [D9, D10, D11, D12]),
    "events": [
        event("REQUEST", PNG, actor("United Nations", "UNO", "IGO"), D1, mode="assist"),
        event("AID", actor("Australia", "AUS", "GOV"), PNG, D4, date="2024-05-27", location="Port Moresby",
              location_country="PNG"),
        event("CONSULT", ALB, actor("James Marape", "PNG", "GOV"), D5, mode="phone"),
        event("AGREE", ALB, actor("James Marape", "PNG", "GOV"), D5),
        event("SUPPORT", ALB, PNG, D6),
        event("AGREE", actor("United States", "USA", "GOV"), PNG, D7),
        event("AGREE", actor("China", "CHN", "GOV"), PNG, D7),
        event("REQUEST", PNG, actor("China", "CHN", "GOV"), D8, mode="assist", negated=True),
        event("AID", actor("International Organization for Migration (IOM)", "UNO", "IGO"),
              actor("survivors of the Enga landslide", "PNG", "CVL"), D9),
        event("MOBILIZE", actor("Papua New Guinea", "PNG", "GOV"), None, D11, mode="troops"),
        event("ACCUSE", actor("Joseph Lelang", "PNG", "OPP"), actor("James Marape", "PNG", "GOV"), D12,
              mode="disapprove"),
    ],
    "quotes": [
        quote("mehr als 2000 Menschen seien vermutlich verschüttet worden", "National Disaster Centre of Papua New Guinea",
              "indirect"),
        quote("Wir stehen an der Seite unserer Freunde in Papua-Neuguinea", "Anthony Albanese", "direct"),
        quote("Die Bergung werde durch Stammesfehden in der Region erschwert", "Serhan Aktoprak", "indirect"),
        quote("zu spät reagiert zu haben", "Joseph Lelang", "indirect"),
    ],
    "entities": [
        entity("Enga", "LOC", "PNG", ["der Provinz Enga"]),
        entity("Government of Papua New Guinea", "ORG", "PNG", ["die Regierung von Papua-Neuguinea", "Port Moresby",
                                                                "Die Regierung"]),
        entity("Papua New Guinea", "GPE", "PNG", ["Papua-Neuguinea"]),
        entity("United Nations", "ORG", "UNO", ["die Vereinten Nationen"]),
        entity("National Disaster Centre of Papua New Guinea", "ORG", "PNG", ["Das Nationale Katastrophenzentrum"]),
        entity("Yambali", "LOC", "PNG", ["das Dorf Yambali"]),
        entity("Australia", "GPE", "AUS", ["Australien"]),
        entity("Port Moresby", "LOC", "PNG", ["nach Port Moresby"]),
        entity("Anthony Albanese", "PER", "AUS", ["Premierminister Anthony Albanese", "Albanese"]),
        entity("James Marape", "PER", "PNG", ["seinem Amtskollegen James Marape", "Marape"]),
        entity("United States", "GPE", "USA", ["die USA"]),
        entity("China", "GPE", "CHN", ["China", "Peking"]),
        entity("International Organization for Migration (IOM)", "ORG", "UNO",
               ["Die Internationale Organisation für Migration (IOM)"]),
        entity("Serhan Aktoprak", "PER", "UNO", ["IOM-Missionschef Serhan Aktoprak"]),
        entity("Papua New Guinea Defence Force", "ORG", "PNG", ["Soldaten"]),
        entity("Joseph Lelang", "PER", "PNG", ["Oppositionsführer Joseph Lelang"]),
    ],
}

# --- hm81-en-01 -------------------------------------------------------------------------------
E1 = "Military courts in Pakistan on Saturday sentenced 25 supporters of jailed former prime minister Imran Khan to prison terms of up to ten years."
E2 = "The army's media wing said the men had set fire to buildings and attacked military installations during riots in May 2023."
E3 = "The United States said it was “deeply concerned” and urged Pakistan to respect the right to a fair trial."
E4 = "Britain's Foreign Office said trying civilians in military courts lacked transparency and independent scrutiny."
E5 = "The European Union warned that the verdicts could affect Pakistan's trade privileges under the GSP+ scheme."
E6 = "Foreign Office spokeswoman Mumtaz Zahra Baloch on Monday rejected the US call, telling reporters that Pakistan's laws were “in line with international human rights law”."
E7 = "Khan's Pakistan Tehreek-e-Insaf party called the verdicts unconstitutional."
E8 = "Police in Islamabad detained several PTI workers who gathered to protest against the sentences."
E9 = "Amnesty International called the trials “an intimidation tactic”."
E10 = "Khan himself, who has been in prison since August 2023, was not among those sentenced."

MILCOURT = actor("Pakistani military courts", "PAK", "MIL")
PAK = actor("Pakistan", "PAK", "GOV")
PTIW = actor("PTI workers", "PAK", "PTY")

ART_EN01 = {
    "id": "hm81-en-01", "lang": "en", "url": None, "published": "2024-12-23",
    "title": "Pakistan rebuffs criticism of military court sentences for Khan supporters",
    "text": paragraphs([E1, E2, E3, E4, E5], [E6, E7, E8], [E9, E10]),
    "events": [
        event("SANCTION", MILCOURT, actor("supporters of Imran Khan", "PAK", "OPP"), E1, mode="convict",
              date="2024-12-21"),
        event("COERCE", MILCOURT, actor("supporters of Imran Khan", "PAK", "OPP"), E1, mode="arrest",
              date="2024-12-21"),
        event("ACCUSE", actor("Inter-Services Public Relations (ISPR)", "PAK", "MIL"),
              actor("supporters of Imran Khan", "PAK", "OPP"), E2, mode="allege"),
        event("REQUEST", actor("United States", "USA", "GOV"), PAK, E3, mode="change"),
        event("ACCUSE", actor("Foreign, Commonwealth and Development Office", "GBR", "GOV"), PAK, E4,
              mode="disapprove"),
        event("THREATEN", actor("European Union", "EUR", "IGO"), PAK, E5),
        event("REJECT", actor("Mumtaz Zahra Baloch", "PAK", "GOV"), actor("United States", "USA", "GOV"), E6, mode="change",
              date="2024-12-23"),
        event("ACCUSE", actor("Pakistan Tehreek-e-Insaf (PTI)", "PAK", "PTY"), MILCOURT, E7, mode="disapprove"),
        event("COERCE", actor("Islamabad police", "PAK", "COP"), PTIW, E8, mode="arrest", location="Islamabad",
              location_country="PAK"),
        event("PROTEST", PTIW, MILCOURT, E8, mode="demo", location="Islamabad", location_country="PAK"),
        event("ACCUSE", actor("Amnesty International", "NGO", "NGO"), PAK, E9, mode="disapprove"),
        event("SANCTION", MILCOURT, actor("Imran Khan", "PAK", "OPP"), E10, mode="convict", negated=True),
    ],
    "quotes": [
        quote("the men had set fire to buildings and attacked military installations during riots in May 2023",
              "Inter-Services Public Relations (ISPR)", "indirect"),
        quote("deeply concerned", "United States", "direct"),
        quote("it was “deeply concerned”", "United States", "indirect"),
        quote("trying civilians in military courts lacked transparency and independent scrutiny",
              "Foreign, Commonwealth and Development Office", "indirect"),
        quote("that the verdicts could affect Pakistan's trade privileges under the GSP+ scheme", "European Union",
              "indirect"),
        quote("in line with international human rights law", "Mumtaz Zahra Baloch", "direct"),
        quote("that Pakistan's laws were “in line with international human rights law”", "Mumtaz Zahra Baloch",
              "indirect"),
        quote("an intimidation tactic", "Amnesty International", "direct"),
    ],
    "entities": [
        entity("Pakistan", "GPE", "PAK", ["Pakistan", "Pakistan's"]),
        entity("Pakistani military courts", "ORG", "PAK", ["military courts"]),
        entity("supporters of Imran Khan", "ORG", "PAK", ["25 supporters of jailed former prime minister Imran Khan",
                                                          "the men"]),
        entity("Imran Khan", "PER", "PAK", ["jailed former prime minister Imran Khan", "Khan's", "Khan himself"]),
        entity("Inter-Services Public Relations (ISPR)", "ORG", "PAK", ["The army's media wing"]),
        entity("United States", "GPE", "USA", ["The United States", "it", "the US"]),
        entity("Foreign, Commonwealth and Development Office", "ORG", "GBR", ["Britain's Foreign Office"]),
        entity("European Union", "ORG", "EUR", ["The European Union"]),
        entity("Mumtaz Zahra Baloch", "PER", "PAK", ["Foreign Office spokeswoman Mumtaz Zahra Baloch"]),
        entity("Pakistan Tehreek-e-Insaf (PTI)", "ORG", "PAK", ["Khan's Pakistan Tehreek-e-Insaf party"]),
        entity("Islamabad police", "ORG", "PAK", ["Police in Islamabad"]),
        entity("Islamabad", "LOC", "PAK", ["Islamabad"]),
        entity("PTI workers", "ORG", "PAK", ["several PTI workers"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
    ],
}

# --- hm81-en-02 -------------------------------------------------------------------------------
F1 = "Drones struck two oil fields in Iraq's Kurdistan region on Tuesday, forcing Norway's DNO and US-based HKN Energy to halt production."
F2 = "The Kurdistan Regional Government blamed “outlaw groups” within the Popular Mobilisation Forces, a state-sanctioned umbrella of mostly Iran-aligned militias."
F3 = "“These attacks are a declaration of war on the economy of the Kurdistan Region,” KRG spokesman Peshawa Hawramani said."
F4 = "The PMF denied any involvement."
F5 = "Prime Minister Mohammed Shia al-Sudani ordered an investigation and later spoke by phone with his Kurdish counterpart Masrour Barzani."
F6 = "Erbil asked Baghdad to compensate the companies for the damage."
F7 = "Washington condemned the strikes and urged the Iraqi government to rein in the armed groups."
F8 = "“The Iraqi government must prevent these militias from operating on its territory,” State Department spokeswoman Tammy Bruce said."
F9 = "Kurdish security forces said they had shot down a drone near Erbil airport on Monday."
F10 = "The attacks come as Baghdad and Erbil try to restart oil exports through Turkey, which have been halted since March 2023."

KRG = actor("Kurdistan Regional Government", "IRQ", "GOV")
PMF = actor("Popular Mobilization Forces", "IRQ", "MIL")
IRQ = actor("Government of Iraq", "IRQ", "GOV")
SUD = actor("Mohammed Shia al-Sudani", "IRQ", "GOV")

ART_EN02 = {
    "id": "hm81-en-02", "lang": "en", "url": None, "published": "2025-07-16",
    "title": "Drone attacks halt output at Kurdish oil fields",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7, F8], [F9, F10]),
    "events": [
        event("ACCUSE", KRG, PMF, F2, mode="allege"),
        event("ACCUSE", actor("Peshawa Hawramani", "IRQ", "GOV"), PMF, F3, mode="disapprove"),
        event("ACCUSE", SUD, None, F5, mode="investigate"),
        event("CONSULT", SUD, actor("Masrour Barzani", "IRQ", "GOV"), F5, mode="phone"),
        event("REQUEST", KRG, IRQ, F6, mode="assist"),
        event("ACCUSE", actor("United States", "USA", "GOV"), None, F7, mode="disapprove"),
        event("REQUEST", actor("United States", "USA", "GOV"), IRQ, F7, mode="change"),
        event("REQUEST", actor("Tammy Bruce", "USA", "GOV"), IRQ, F8, mode="change"),
        event("ASSAULT", actor("Kurdistan Region security forces", "IRQ", "MIL"), None, F9, date="2025-07-14",
              location="Erbil", location_country="IRQ"),
    ],
    "quotes": [
        quote("outlaw groups", "Kurdistan Regional Government", "direct"),
        quote("These attacks are a declaration of war on the economy of the Kurdistan Region", "Peshawa Hawramani",
              "direct"),
        quote("The Iraqi government must prevent these militias from operating on its territory", "Tammy Bruce",
              "direct"),
        quote("they had shot down a drone near Erbil airport on Monday", "Kurdistan Region security forces",
              "indirect"),
    ],
    "entities": [
        entity("Kurdistan Region", "LOC", "IRQ", ["Iraq's Kurdistan region", "the Kurdistan Region"]),
        entity("DNO", "ORG", "NOR", ["Norway's DNO"]),
        entity("HKN Energy", "ORG", "USA", ["US-based HKN Energy", "the companies"]),
        entity("Kurdistan Regional Government", "ORG", "IRQ", ["The Kurdistan Regional Government", "KRG", "Erbil"]),
        entity("Popular Mobilization Forces", "ORG", "IRQ", ["the Popular Mobilisation Forces", "The PMF"]),
        entity("Peshawa Hawramani", "PER", "IRQ", ["KRG spokesman Peshawa Hawramani"]),
        entity("Mohammed Shia al-Sudani", "PER", "IRQ", ["Prime Minister Mohammed Shia al-Sudani"]),
        entity("Masrour Barzani", "PER", "IRQ", ["his Kurdish counterpart Masrour Barzani"]),
        entity("Government of Iraq", "ORG", "IRQ", ["Baghdad", "the Iraqi government", "The Iraqi government"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Tammy Bruce", "PER", "USA", ["State Department spokeswoman Tammy Bruce"]),
        entity("Kurdistan Region security forces", "ORG", "IRQ", ["Kurdish security forces", "they"]),
        entity("Erbil International Airport", "LOC", "IRQ", ["Erbil airport"]),
        entity("Turkey", "GPE", "TUR", ["Turkey"]),
    ],
}

ARTICLES = [ART_DE01, ART_DE02, ART_DE03, ART_DE04, ART_EN01, ART_EN02]
