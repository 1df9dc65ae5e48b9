"""Round 451: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, invented wording and details):
- hm451-de-01: Japan/China: a Chinese navy survey ship enters Japanese territorial waters off Kuchinoerabu in Kagoshima; MSDF shadowing, Hayashi's protest via diplomatic channels, the Y-9 airspace violation over the Danjo Islands and the summoning of Shi Yong recalled, Lin Jian rejects the criticism, Kihara accuses Beijing, the CDP demands a firmer line (2024-08-31).
- hm451-de-02: UN: the Security Council adopts Malta's resolution 2712 calling for humanitarian pauses in Gaza and the release of hostages; no US veto, Erdan rejects and attacks the text, Thomas-Greenfield's criticism and support, a Russian amendment fails, Nebenzia accuses Washington, Mansour's demand, the October vetoes recalled (2023-11-16).
- hm451-de-03: Cambodia: the National Assembly elects Hun Manet prime minister with CPP votes; Hun Sen's resignation, the Candlelight Party's exclusion, Sam Rainsy's accusation, US aid pause and visa restrictions recalled, Beijing congratulates and pledges closer ties (2023-08-22).
- hm451-de-04: China/Australia: Beijing's commerce ministry lifts the anti-dumping duties on Australian barley; Farrell welcomes it and drops the WTO case, the April deal, Wong demands the same for wine, Grain Producers Australia welcomes it, the Liberals accuse the government, Yang Hengjun still held (2023-08-04).
- hm451-en-01: United States/Japan/South Korea: Biden hosts Kishida and Yoon at Camp David; annual summits and drills agreed, joint criticism of China, Kishida on North Korea, Yoon's March Tokyo visit, the Democratic Party's accusation, Beijing's criticism, Biden's "ironclad" pledge (2023-08-19).
- hm451-en-02: Philippines: a Muntinlupa court grants bail to former senator Leila de Lima and she leaves Camp Crame after nearly seven years; the 2017 arrest and Duterte's accusations, Ragos's recantation, rights groups and Amnesty, her thanks and ICC appeal to Marcos, the ICC probe and Marcos's refusal, Duterte's 2019 withdrawal (2023-11-13).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm451-de-01 (Japan/China, survey ship)
PLA_NAVY = actor("People's Liberation Army Navy", "CHN", "MIL")
JPN_GOV = actor("Government of Japan", "JPN", "GOV")
JPN_MOD = actor("Ministry of Defense of Japan", "JPN", "GOV")
JMSDF = actor("Japan Maritime Self-Defense Force", "JPN", "MIL")
HAYASHI = actor("Yoshimasa Hayashi", "JPN", "GOV")
CHN_GOV = actor("Government of China", "CHN", "GOV")
PLA_AF = actor("People's Liberation Army Air Force", "CHN", "MIL")
JASDF = actor("Japan Air Self-Defense Force", "JPN", "MIL")
LIN_JIAN = actor("Lin Jian", "CHN", "GOV")
KIHARA = actor("Minoru Kihara", "JPN", "GOV")
CDP = actor("Constitutional Democratic Party of Japan", "JPN", "PTY")

J1 = ("Tokio (dpa) - Ein Vermessungsschiff der chinesischen Marine ist in japanische Hoheitsgewässer vor der Insel "
      "Kuchinoerabu im Süden des Landes eingedrungen.")
J2 = ("Das Schiff sei am frühen Samstagmorgen südwestlich der Insel in der Präfektur Kagoshima gesichtet worden und "
      "habe die Gewässer rund zwei Stunden später wieder verlassen, teilte das Verteidigungsministerium mit.")
J3 = ("Ein Zerstörer und ein Aufklärungsflugzeug der Marinestreitkräfte hätten das Schiff während der gesamten Zeit "
      "überwacht.")
J4 = ("Tokio habe über diplomatische Kanäle seine „ernste Besorgnis“ gegenüber Peking zum Ausdruck gebracht, sagte "
      "Regierungssprecher Yoshimasa Hayashi.")
J5 = ("Nach japanischer Zählung war es bereits das elfte Eindringen eines chinesischen Vermessungsschiffs in diese "
      "Gewässer seit 2021.")
J6 = ("Erst am Montag hatte ein chinesisches Aufklärungsflugzeug vom Typ Y-9 für rund zwei Minuten den Luftraum über "
      "den Danjo-Inseln in der Präfektur Nagasaki verletzt.")
J7 = ("Japan hatte daraufhin Kampfjets aufsteigen lassen und den chinesischen Geschäftsträger Shi Yong ins "
      "Außenministerium einbestellt.")
J8 = "Peking wies die Kritik zurück."
J9 = ("Das Schiff habe lediglich sein Recht auf friedliche Durchfahrt nach dem Seerechtsübereinkommen der Vereinten "
      "Nationen wahrgenommen, sagte Außenamtssprecher Lin Jian in Peking.")
J10 = "Japan solle die Angelegenheit „nicht aufbauschen“, fügte er hinzu."
J11 = ("Zum Luftraumvorfall hatte Lin zuvor erklärt, China habe nicht die Absicht, die Grenzen anderer Staaten zu "
       "verletzen.")
J12 = ("Verteidigungsminister Minoru Kihara warf China vor, seine militärischen Aktivitäten rund um Japan einseitig "
       "auszuweiten.")
J13 = ("Die oppositionelle Konstitutionell-Demokratische Partei forderte die Regierung auf, gegenüber Peking "
       "entschlossener aufzutreten.")
J14 = ("Die Beziehungen zwischen den Nachbarn sind seit Jahren durch den Streit um die Senkaku-Inseln im "
       "Ostchinesischen Meer belastet, die China unter dem Namen Diaoyu beansprucht.")
J15 = ("Zudem hatte China nach der Einleitung von aufbereitetem Kühlwasser aus dem Atomkraftwerk Fukushima im August "
       "2023 sämtliche Einfuhren von Meeresfrüchten aus Japan gestoppt.")

DE01 = {
    "id": "hm451-de-01", "lang": "de", "url": None, "published": "2024-08-31",
    "title": "Chinesisches Marineschiff dringt in japanische Gewässer ein",
    "text": paragraphs([J1, J2, J3, J4], [J5, J6, J7], [J8, J9, J10, J11], [J12, J13], [J14, J15]),
    "events": [
        event("MOBILIZE", PLA_NAVY, JPN_GOV, J1, mode="weapons", location="Kuchinoerabu", location_country="JPN"),
        event("MOBILIZE", PLA_NAVY, JPN_GOV, J2, mode="weapons", date="2024-08-31", location="Kagoshima",
              location_country="JPN"),
        event("MOBILIZE", JMSDF, PLA_NAVY, J3, mode="weapons"),
        event("ACCUSE", HAYASHI, CHN_GOV, J4, mode="disapprove"),
        event("MOBILIZE", PLA_AF, JPN_GOV, J6, mode="weapons", date="2024-08-26", location="Danjo Islands",
              location_country="JPN"),
        event("MOBILIZE", JASDF, PLA_AF, J7, mode="weapons"),
        event("ACCUSE", JPN_GOV, CHN_GOV, J7, mode="disapprove"),
        event("REQUEST", LIN_JIAN, JPN_GOV, J10),
        event("ACCUSE", KIHARA, CHN_GOV, J12, mode="disapprove"),
        event("REQUEST", CDP, JPN_GOV, J13, mode="change"),
        event("SANCTION", CHN_GOV, JPN_GOV, J15, mode="discontinue"),
    ],
    "quotes": [
        quote("Das Schiff sei am frühen Samstagmorgen südwestlich der Insel in der Präfektur Kagoshima gesichtet worden "
              "und habe die Gewässer rund zwei Stunden später wieder verlassen", "Ministry of Defense of Japan",
              "indirect"),
        quote("Ein Zerstörer und ein Aufklärungsflugzeug der Marinestreitkräfte hätten das Schiff während der gesamten "
              "Zeit überwacht", "Ministry of Defense of Japan", "indirect"),
        quote("ernste Besorgnis", "Yoshimasa Hayashi", "direct"),
        quote("Tokio habe über diplomatische Kanäle seine „ernste Besorgnis“ gegenüber Peking zum Ausdruck gebracht",
              "Yoshimasa Hayashi", "indirect"),
        quote("Das Schiff habe lediglich sein Recht auf friedliche Durchfahrt nach dem Seerechtsübereinkommen der "
              "Vereinten Nationen wahrgenommen", "Lin Jian", "indirect"),
        quote("nicht aufbauschen", "Lin Jian", "direct"),
        quote("Japan solle die Angelegenheit „nicht aufbauschen“", "Lin Jian", "indirect"),
        quote("China habe nicht die Absicht, die Grenzen anderer Staaten zu verletzen", "Lin Jian", "indirect"),
        quote("seine militärischen Aktivitäten rund um Japan einseitig auszuweiten", "Minoru Kihara", "indirect"),
        quote("gegenüber Peking entschlossener aufzutreten", "Constitutional Democratic Party of Japan", "indirect"),
    ],
    "entities": [
        entity("Tokyo", "LOC", "JPN", ["Tokio"]),
        entity("People's Liberation Army Navy", "ORG", "CHN", ["der chinesischen Marine"]),
        entity("Chinese navy survey ship", "MISC", "CHN", ["Ein Vermessungsschiff der chinesischen Marine",
                                                           "Das Schiff", "das Schiff"]),
        entity("Kuchinoerabu", "LOC", "JPN", ["der Insel Kuchinoerabu", "der Insel"]),
        entity("Japan", "LOC", "JPN", ["des Landes", "Japan"]),
        entity("Kagoshima Prefecture", "LOC", "JPN", ["der Präfektur Kagoshima"]),
        entity("Ministry of Defense of Japan", "ORG", "JPN", ["das Verteidigungsministerium"]),
        entity("Japan Maritime Self-Defense Force", "ORG", "JPN", ["Ein Zerstörer und ein Aufklärungsflugzeug der "
                                                                   "Marinestreitkräfte"]),
        entity("Government of Japan", "ORG", "JPN", ["Tokio", "Japan", "die Regierung"]),
        entity("Government of China", "ORG", "CHN", ["Peking", "China"]),
        entity("Yoshimasa Hayashi", "PER", "JPN", ["Regierungssprecher Yoshimasa Hayashi"]),
        entity("People's Liberation Army Air Force", "ORG", "CHN",
               ["ein chinesisches Aufklärungsflugzeug vom Typ Y-9"]),
        entity("Y-9", "MISC", "CHN", ["Y-9"]),
        entity("Danjo Islands", "LOC", "JPN", ["den Danjo-Inseln"]),
        entity("Nagasaki Prefecture", "LOC", "JPN", ["der Präfektur Nagasaki"]),
        entity("Japan Air Self-Defense Force", "ORG", "JPN", ["Kampfjets"]),
        entity("Shi Yong", "PER", "CHN", ["den chinesischen Geschäftsträger Shi Yong"]),
        entity("Ministry of Foreign Affairs of Japan", "ORG", "JPN", ["Außenministerium"]),
        entity("United Nations Convention on the Law of the Sea", "MISC", "UNO",
               ["dem Seerechtsübereinkommen der Vereinten Nationen"]),
        entity("Lin Jian", "PER", "CHN", ["Außenamtssprecher Lin Jian", "er", "Lin"]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Minoru Kihara", "PER", "JPN", ["Verteidigungsminister Minoru Kihara"]),
        entity("Constitutional Democratic Party of Japan", "ORG", "JPN",
               ["Die oppositionelle Konstitutionell-Demokratische Partei"]),
        entity("Senkaku Islands", "LOC", "JPN", ["die Senkaku-Inseln", "Diaoyu"]),
        entity("East China Sea", "LOC", None, ["Ostchinesischen Meer"]),
        entity("Fukushima Daiichi Nuclear Power Plant", "LOC", "JPN", ["dem Atomkraftwerk Fukushima"]),
    ],
}

# ---------------------------------------------------------------- hm451-de-02 (UN Security Council, resolution 2712)
UNSC = actor("United Nations Security Council", "UNO", "IGO")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
HAMAS = actor("Hamas", "PSE", "REB")
USA_GOV = actor("Government of the United States", "USA", "GOV")
ERDAN = actor("Gilad Erdan", "ISR", "GOV")
THOMAS_GREENFIELD = actor("Linda Thomas-Greenfield", "USA", "GOV")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
NEBENZIA = actor("Vassily Nebenzia", "RUS", "GOV")
MANSOUR = actor("Riyad Mansour", "PSE", "GOV")
CHN_GOV2 = actor("Government of China", "CHN", "GOV")

G1 = ("New York (dpa) - Nach wochenlanger Blockade hat der UN-Sicherheitsrat am Mittwoch erstmals seit Beginn des "
      "Gaza-Kriegs eine Resolution verabschiedet.")
G2 = ("Der Rat fordert Israel und die islamistische Hamas darin zu „dringenden und ausgedehnten humanitären Pausen“ "
      "im gesamten Gazastreifen auf.")
G3 = "Zudem verlangt er die sofortige und bedingungslose Freilassung aller Geiseln, die die Hamas festhält."
G4 = ("Zwölf der 15 Mitglieder stimmten für den von Malta eingebrachten Entwurf, die USA, Großbritannien und Russland "
      "enthielten sich.")
G5 = "Anders als bei früheren Abstimmungen legten die USA diesmal kein Veto ein."
G6 = "Israel wies die Resolution umgehend zurück."
G7 = ("Der Text sei „von der Realität abgekoppelt“ und bedeutungslos, erklärte der israelische UN-Botschafter Gilad "
      "Erdan.")
G8 = "Israel werde weiter handeln, bis die Hamas zerstört sei und alle Geiseln zurückgekehrt seien, sagte er."
G9 = "Erdan kritisierte zudem, dass die Resolution das Massaker der Hamas vom 7. Oktober nicht verurteile."
G10 = "Auch US-Botschafterin Linda Thomas-Greenfield bemängelte das Fehlen einer Verurteilung der Hamas."
G11 = ("Washington unterstütze aber die Forderungen nach Feuerpausen und nach Freilassung der Geiseln, sagte sie.")
G12 = ("Der Rat lehnte einen russischen Änderungsantrag ab, der einen sofortigen humanitären Waffenstillstand verlangt "
       "hätte.")
G13 = ("Russlands Botschafter Wassili Nebensja warf Washington vor, dem israelischen Militär „freie Hand“ für seine "
       "Offensive zu geben.")
G14 = ("Der palästinensische UN-Botschafter Riad Mansur forderte den Rat auf, einen vollständigen Waffenstillstand "
       "durchzusetzen.")
G15 = ("Maltas Botschafterin Vanessa Frazier sagte, der Text stelle vor allem die Kinder im Gazastreifen in den "
       "Mittelpunkt.")
G16 = "Zuletzt hatten Russland und China im Oktober einen US-Entwurf mit ihrem Veto blockiert."
G17 = ("Nach Angaben der von der Hamas kontrollierten Gesundheitsbehörde wurden im Gazastreifen seit dem 7. Oktober "
       "mehr als 11.000 Menschen getötet.")

DE02 = {
    "id": "hm451-de-02", "lang": "de", "url": None, "published": "2023-11-16",
    "title": "UN-Sicherheitsrat fordert humanitäre Pausen im Gazastreifen",
    "text": paragraphs([G1, G2, G3, G4, G5], [G6, G7, G8, G9], [G10, G11, G12, G13], [G14, G15, G16, G17]),
    "events": [
        event("REQUEST", UNSC, ISR_GOV, G2, mode="yield"),
        event("REQUEST", UNSC, HAMAS, G2, mode="yield"),
        event("REQUEST", UNSC, HAMAS, G3, mode="yield"),
        event("REJECT", USA_GOV, UNSC, G5, negated=True),
        event("REJECT", ISR_GOV, UNSC, G6, mode="yield"),
        event("ACCUSE", ERDAN, UNSC, G7, mode="disapprove"),
        event("THREATEN", ERDAN, HAMAS, G8, mode="violence"),
        event("ACCUSE", ERDAN, UNSC, G9, mode="disapprove"),
        event("ACCUSE", THOMAS_GREENFIELD, UNSC, G10, mode="disapprove"),
        event("SUPPORT", THOMAS_GREENFIELD, UNSC, G11),
        event("REJECT", UNSC, RUS_GOV, G12),
        event("ACCUSE", NEBENZIA, USA_GOV, G13, mode="disapprove"),
        event("REQUEST", MANSOUR, UNSC, G14, mode="yield"),
        event("REJECT", RUS_GOV, USA_GOV, G16),
        event("REJECT", CHN_GOV2, USA_GOV, G16),
    ],
    "quotes": [
        quote("dringenden und ausgedehnten humanitären Pausen", "United Nations Security Council", "direct"),
        quote("von der Realität abgekoppelt", "Gilad Erdan", "direct"),
        quote("Der Text sei „von der Realität abgekoppelt“ und bedeutungslos", "Gilad Erdan", "indirect"),
        quote("Israel werde weiter handeln, bis die Hamas zerstört sei und alle Geiseln zurückgekehrt seien",
              "Gilad Erdan", "indirect"),
        quote("dass die Resolution das Massaker der Hamas vom 7. Oktober nicht verurteile", "Gilad Erdan", "indirect"),
        quote("Washington unterstütze aber die Forderungen nach Feuerpausen und nach Freilassung der Geiseln",
              "Linda Thomas-Greenfield", "indirect"),
        quote("freie Hand", "Vassily Nebenzia", "direct"),
        quote("dem israelischen Militär „freie Hand“ für seine Offensive zu geben", "Vassily Nebenzia", "indirect"),
        quote("einen vollständigen Waffenstillstand durchzusetzen", "Riyad Mansour", "indirect"),
        quote("der Text stelle vor allem die Kinder im Gazastreifen in den Mittelpunkt", "Vanessa Frazier",
              "indirect"),
        quote("Nach Angaben der von der Hamas kontrollierten Gesundheitsbehörde wurden im Gazastreifen seit dem 7. "
              "Oktober mehr als 11.000 Menschen getötet", "Gaza Health Ministry", "indirect"),
    ],
    "entities": [
        entity("New York", "LOC", "USA", ["New York"]),
        entity("United Nations Security Council", "ORG", "UNO", ["der UN-Sicherheitsrat", "Der Rat", "er",
                                                                 "den Rat"]),
        entity("Gaza war", "MISC", "PSE", ["Gaza-Kriegs"]),
        entity("Government of Israel", "ORG", "ISR", ["Israel"]),
        entity("Hamas", "ORG", "PSE", ["die islamistische Hamas", "die Hamas", "der Hamas"]),
        entity("Gaza Strip", "LOC", "PSE", ["im gesamten Gazastreifen", "im Gazastreifen"]),
        entity("Hamas hostages", "PER", "ISR", ["aller Geiseln", "alle Geiseln", "der Geiseln"]),
        entity("Government of Malta", "ORG", "MLT", ["Malta", "Maltas"]),
        entity("Government of the United States", "ORG", "USA", ["die USA", "Washington"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["Großbritannien"]),
        entity("Government of Russia", "ORG", "RUS", ["Russland", "Russlands"]),
        entity("Gilad Erdan", "PER", "ISR", ["der israelische UN-Botschafter Gilad Erdan", "er", "Erdan"]),
        entity("Linda Thomas-Greenfield", "PER", "USA", ["US-Botschafterin Linda Thomas-Greenfield", "sie"]),
        entity("Vassily Nebenzia", "PER", "RUS", ["Russlands Botschafter Wassili Nebensja"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["dem israelischen Militär"]),
        entity("Riyad Mansour", "PER", "PSE", ["Der palästinensische UN-Botschafter Riad Mansur"]),
        entity("Vanessa Frazier", "PER", "MLT", ["Maltas Botschafterin Vanessa Frazier"]),
        entity("Government of China", "ORG", "CHN", ["China"]),
        entity("Gaza Health Ministry", "ORG", "PSE", ["der von der Hamas kontrollierten Gesundheitsbehörde"]),
    ],
}

# ---------------------------------------------------------------- hm451-de-03 (Cambodia, Hun Manet prime minister)
KHM_ASSEMBLY = actor("National Assembly of Cambodia", "KHM", "LEG")
HUN_MANET = actor("Hun Manet", "KHM", "GOV")
CPP = actor("Cambodian People's Party", "KHM", "PTY")
HUN_SEN = actor("Hun Sen", "KHM", "GOV")
KHM_NEC = actor("National Election Committee of Cambodia", "KHM", "GOV")
CANDLELIGHT = actor("Candlelight Party", "KHM", "OPP")
SAM_RAINSY = actor("Sam Rainsy", "KHM", "OPP")
US_STATE = actor("United States Department of State", "USA", "GOV")
KHM_GOV = actor("Government of Cambodia", "KHM", "GOV")
USA_GOV3 = actor("Government of the United States", "USA", "GOV")
KHM_OFFICIALS = actor("Cambodian officials", "KHM", "GOV")
CHN_GOV3 = actor("Government of China", "CHN", "GOV")
CHN_MFA_SPOKES = actor("Spokesperson of the Ministry of Foreign Affairs of China", "CHN", "GOV")

C1 = ("Phnom Penh (dpa) - Kambodschas Parlament hat Hun Manet, den ältesten Sohn des langjährigen Machthabers Hun Sen, "
      "zum neuen Regierungschef gewählt.")
C2 = ("Die Abgeordneten der regierenden Kambodschanischen Volkspartei (CPP), die 120 der 125 Sitze hält, stimmten am "
      "Dienstag geschlossen für den 45-Jährigen.")
C3 = "Hun Manet legte anschließend im Königspalast vor König Norodom Sihamoni den Amtseid ab."
C4 = "Der an der US-Militärakademie West Point ausgebildete General war bislang Oberbefehlshaber des Heeres."
C5 = "Hun Sen, der das Land fast vier Jahrzehnte lang regiert hatte, war Ende Juli nach der Parlamentswahl zurückgetreten."
C6 = "Er bleibt jedoch Vorsitzender der CPP und soll im kommenden Jahr Präsident des Senats werden."
C7 = ("Die wichtigste Oppositionspartei, die Kerzenlicht-Partei, war von der Wahl ausgeschlossen worden, weil die "
      "Wahlkommission ihre Registrierungsunterlagen als unvollständig eingestuft hatte.")
C8 = ("Der im französischen Exil lebende Oppositionsführer Sam Rainsy warf Hun Sen eine „dynastische Machtübergabe“ "
      "ohne demokratische Legitimation vor.")
C9 = ("Das US-Außenministerium hatte die Wahl bereits als „weder frei noch fair“ bezeichnet und einige Hilfsprogramme "
      "für Kambodscha ausgesetzt.")
C10 = ("Zudem verhängte Washington Visabeschränkungen gegen kambodschanische Funktionäre, die nach US-Angaben die "
       "Demokratie untergraben hatten.")
C11 = "Phnom Penh wies die Kritik zurück."
C12 = "China gratulierte Hun Manet umgehend."
C13 = ("Peking sei bereit, mit der neuen Regierung die „eiserne Freundschaft“ beider Länder weiter zu vertiefen, "
       "erklärte ein Sprecher des Außenministeriums.")
C14 = "Der neue Regierungschef kündigte an, Kambodscha bis 2050 zu einem Land mit hohem Einkommen zu machen."
C15 = ("Zugleich sagte er, er werde die Außenpolitik seines Vaters fortsetzen und gute Beziehungen zu allen "
       "Großmächten pflegen.")
C16 = "Sein Kabinett mit zahlreichen Ministern der jüngeren Generation soll am Mittwoch erstmals zusammentreten."

DE03 = {
    "id": "hm451-de-03", "lang": "de", "url": None, "published": "2023-08-22",
    "title": "Hun Manet ist neuer Regierungschef Kambodschas",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7], [C8, C9, C10, C11], [C12, C13, C14, C15, C16]),
    "events": [
        event("SUPPORT", KHM_ASSEMBLY, HUN_MANET, C1),
        event("SUPPORT", CPP, HUN_MANET, C2, date="2023-08-22"),
        event("RETREAT", HUN_SEN, None, C5, mode="resign"),
        event("COERCE", KHM_NEC, CANDLELIGHT, C7, mode="ban"),
        event("ACCUSE", SAM_RAINSY, HUN_SEN, C8, mode="disapprove"),
        event("ACCUSE", US_STATE, KHM_GOV, C9, mode="disapprove"),
        event("SANCTION", US_STATE, KHM_GOV, C9, mode="withdraw"),
        event("SANCTION", USA_GOV3, KHM_OFFICIALS, C10),
        event("SUPPORT", CHN_GOV3, HUN_MANET, C12),
        event("AGREE", CHN_MFA_SPOKES, KHM_GOV, C13),
    ],
    "quotes": [
        quote("dynastische Machtübergabe", "Sam Rainsy", "direct"),
        quote("weder frei noch fair", "United States Department of State", "direct"),
        quote("die nach US-Angaben die Demokratie untergraben hatten", "Government of the United States", "indirect"),
        quote("eiserne Freundschaft", "Spokesperson of the Ministry of Foreign Affairs of China", "direct"),
        quote("Peking sei bereit, mit der neuen Regierung die „eiserne Freundschaft“ beider Länder weiter zu "
              "vertiefen", "Spokesperson of the Ministry of Foreign Affairs of China", "indirect"),
        quote("Kambodscha bis 2050 zu einem Land mit hohem Einkommen zu machen", "Hun Manet", "indirect"),
        quote("er werde die Außenpolitik seines Vaters fortsetzen und gute Beziehungen zu allen Großmächten pflegen",
              "Hun Manet", "indirect"),
    ],
    "entities": [
        entity("Phnom Penh", "LOC", "KHM", ["Phnom Penh"]),
        entity("National Assembly of Cambodia", "ORG", "KHM", ["Kambodschas Parlament"]),
        entity("Cambodia", "LOC", "KHM", ["Kambodschas", "das Land", "Kambodscha"]),
        entity("Hun Manet", "PER", "KHM", ["Hun Manet", "den ältesten Sohn des langjährigen Machthabers Hun Sen",
                                           "den 45-Jährigen", "Der an der US-Militärakademie West Point ausgebildete "
                                           "General", "Der neue Regierungschef", "er", "Sein"]),
        entity("Hun Sen", "PER", "KHM", ["des langjährigen Machthabers Hun Sen", "Hun Sen", "Er", "seines Vaters"]),
        entity("Cambodian People's Party", "ORG", "KHM", ["Die Abgeordneten der regierenden Kambodschanischen "
                                                          "Volkspartei (CPP)", "der CPP"]),
        entity("Royal Palace (Phnom Penh)", "LOC", "KHM", ["im Königspalast"]),
        entity("Norodom Sihamoni", "PER", "KHM", ["König Norodom Sihamoni"]),
        entity("United States Military Academy", "ORG", "USA", ["der US-Militärakademie West Point"]),
        entity("Royal Cambodian Army", "ORG", "KHM", ["des Heeres"]),
        entity("Senate of Cambodia", "ORG", "KHM", ["des Senats"]),
        entity("Candlelight Party", "ORG", "KHM", ["Die wichtigste Oppositionspartei, die Kerzenlicht-Partei"]),
        entity("National Election Committee of Cambodia", "ORG", "KHM", ["die Wahlkommission"]),
        entity("Sam Rainsy", "PER", "KHM", ["Der im französischen Exil lebende Oppositionsführer Sam Rainsy"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Cambodian officials", "PER", "KHM", ["kambodschanische Funktionäre"]),
        entity("Government of Cambodia", "ORG", "KHM", ["Phnom Penh", "der neuen Regierung"]),
        entity("Government of China", "ORG", "CHN", ["China", "Peking"]),
        entity("Spokesperson of the Ministry of Foreign Affairs of China", "PER", "CHN",
               ["ein Sprecher des Außenministeriums"]),
    ],
}

# ---------------------------------------------------------------- hm451-de-04 (China/Australia, barley tariffs)
CHN_GOV4 = actor("Government of China", "CHN", "GOV")
AUS_GOV = actor("Government of Australia", "AUS", "GOV")
MOFCOM = actor("Ministry of Commerce of China", "CHN", "GOV")
FARRELL = actor("Don Farrell", "AUS", "GOV")
WONG = actor("Penny Wong", "AUS", "GOV")
GPA = actor("Grain Producers Australia", "AUS", "BUS")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
LIBERALS = actor("Liberal Party of Australia", "AUS", "PTY")
YANG = actor("Yang Hengjun", "AUS", "CVL")

B1 = "Peking (dpa) - China hebt seine Strafzölle auf Gerste aus Australien nach mehr als drei Jahren auf."
B2 = ("Die Abgaben von insgesamt 80,5 Prozent würden ab Samstag nicht mehr erhoben, teilte das Handelsministerium in "
      "Peking am Freitag mit.")
B3 = ("Angesichts veränderter Marktbedingungen seien die Anti-Dumping- und Ausgleichszölle nicht mehr notwendig, hieß "
      "es zur Begründung.")
B4 = ("Peking hatte die Zölle im Mai 2020 verhängt, nachdem die damalige australische Regierung eine unabhängige "
      "Untersuchung zum Ursprung des Coronavirus gefordert hatte.")
B5 = "Australiens Handelsminister Don Farrell sprach von einem „sehr guten Ergebnis“ für die Landwirte des Landes."
B6 = "Canberra werde im Gegenzug seine Beschwerde bei der Welthandelsorganisation (WTO) zurückziehen, sagte er."
B7 = ("Beide Seiten hatten sich im April darauf geeinigt, das Verfahren in Genf für eine dreimonatige Überprüfung der "
      "Zölle auszusetzen.")
B8 = ("Außenministerin Penny Wong forderte Peking auf, auch die Zölle auf australischen Wein auf demselben Weg zu "
      "beseitigen.")
B9 = ("Die Abgaben von bis zu 218 Prozent hatten die Weinexporte nach China nahezu zum Erliegen gebracht.")
B10 = "Der Branchenverband Grain Producers Australia begrüßte die Entscheidung."
B11 = ("Vor Einführung der Zölle hätten australische Bauern mehr als die Hälfte ihrer Gerstenexporte nach China "
       "verkauft, teilte der Verband mit.")
B12 = ("Die Beziehungen zwischen beiden Ländern hatten sich nach dem Amtsantritt von Premierminister Anthony Albanese im "
       "Mai 2022 spürbar entspannt.")
B13 = "China hat seitdem auch Handelsbeschränkungen für Kohle und Holz aufgehoben."
B14 = "Albanese hat eine Einladung zu einem Besuch in Peking angenommen, einen Termin gibt es aber noch nicht."
B15 = ("Die oppositionellen Liberalen warfen der Regierung vor, Peking in Fragen der nationalen Sicherheit zu weit "
       "entgegenzukommen.")
B16 = "Peking hält zudem weiter den australischen Schriftsteller Yang Hengjun fest, dem Spionage vorgeworfen wird."

DE04 = {
    "id": "hm451-de-04", "lang": "de", "url": None, "published": "2023-08-04",
    "title": "China hebt Strafzölle auf australische Gerste auf",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8], [B9, B10, B11], [B12, B13, B14, B15, B16]),
    "events": [
        event("CONCEDE", CHN_GOV4, AUS_GOV, B1),
        event("CONCEDE", MOFCOM, AUS_GOV, B2, date="2023-08-04", location="Beijing", location_country="CHN"),
        event("SANCTION", CHN_GOV4, AUS_GOV, B4, mode="discontinue"),
        event("REQUEST", AUS_GOV, None, B4),
        event("SUPPORT", FARRELL, CHN_GOV4, B5),
        event("CONCEDE", FARRELL, CHN_GOV4, B6),
        event("AGREE", AUS_GOV, CHN_GOV4, B7),
        event("REQUEST", WONG, CHN_GOV4, B8, mode="yield"),
        event("SUPPORT", GPA, CHN_GOV4, B10),
        event("RETREAT", CHN_GOV4, AUS_GOV, B13),
        event("AGREE", ALBANESE, CHN_GOV4, B14),
        event("ACCUSE", LIBERALS, AUS_GOV, B15, mode="disapprove"),
        event("COERCE", CHN_GOV4, YANG, B16, mode="arrest"),
    ],
    "quotes": [
        quote("Die Abgaben von insgesamt 80,5 Prozent würden ab Samstag nicht mehr erhoben", "Ministry of Commerce of "
              "China", "indirect"),
        quote("Angesichts veränderter Marktbedingungen seien die Anti-Dumping- und Ausgleichszölle nicht mehr "
              "notwendig", "Ministry of Commerce of China", "indirect"),
        quote("sehr guten Ergebnis", "Don Farrell", "direct"),
        quote("Canberra werde im Gegenzug seine Beschwerde bei der Welthandelsorganisation (WTO) zurückziehen",
              "Don Farrell", "indirect"),
        quote("auch die Zölle auf australischen Wein auf demselben Weg zu beseitigen", "Penny Wong", "indirect"),
        quote("Vor Einführung der Zölle hätten australische Bauern mehr als die Hälfte ihrer Gerstenexporte nach China "
              "verkauft", "Grain Producers Australia", "indirect"),
        quote("Peking in Fragen der nationalen Sicherheit zu weit entgegenzukommen", "Liberal Party of Australia",
              "indirect"),
    ],
    "entities": [
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Government of China", "ORG", "CHN", ["China", "Peking"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Australia", "LOC", "AUS", ["Australien", "Australiens", "des Landes"]),
        entity("Ministry of Commerce of China", "ORG", "CHN", ["das Handelsministerium in Peking"]),
        entity("Government of Australia", "ORG", "AUS", ["die damalige australische Regierung", "Canberra",
                                                         "der Regierung"]),
        entity("COVID-19", "MISC", None, ["des Coronavirus"]),
        entity("Don Farrell", "PER", "AUS", ["Australiens Handelsminister Don Farrell", "er"]),
        entity("Australian farmers", "PER", "AUS", ["die Landwirte des Landes", "australische Bauern"]),
        entity("World Trade Organization", "ORG", "IGO", ["der Welthandelsorganisation (WTO)"]),
        entity("Geneva", "LOC", "CHE", ["Genf"]),
        entity("Penny Wong", "PER", "AUS", ["Außenministerin Penny Wong"]),
        entity("Grain Producers Australia", "ORG", "AUS", ["Der Branchenverband Grain Producers Australia",
                                                           "der Verband"]),
        entity("Anthony Albanese", "PER", "AUS", ["Premierminister Anthony Albanese", "Albanese"]),
        entity("Liberal Party of Australia", "ORG", "AUS", ["Die oppositionellen Liberalen"]),
        entity("Yang Hengjun", "PER", "AUS", ["den australischen Schriftsteller Yang Hengjun"]),
    ],
}

# ---------------------------------------------------------------- hm451-en-01 (Camp David trilateral summit)
BIDEN = actor("Joe Biden", "USA", "GOV")
KISHIDA = actor("Fumio Kishida", "JPN", "GOV")
YOON = actor("Yoon Suk Yeol", "KOR", "GOV")
CHN_GOV5 = actor("Government of China", "CHN", "GOV")
PRK_GOV = actor("Government of North Korea", "PRK", "GOV")
JPN_GOV5 = actor("Government of Japan", "JPN", "GOV")
KOR_GOV = actor("Government of South Korea", "KOR", "GOV")
USA_GOV5 = actor("Government of the United States", "USA", "GOV")
KOR_DP = actor("Democratic Party of Korea", "KOR", "PTY")
CHN_MFA = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")

E1 = ("CAMP DAVID, Md. (AP) — President Joe Biden welcomed Japanese Prime Minister Fumio Kishida and South Korean "
      "President Yoon Suk Yeol to the Camp David presidential retreat on Friday for the first stand-alone summit of "
      "the three allies.")
E2 = ("The leaders agreed to hold trilateral summits every year, to conduct annual joint military exercises and to "
      "set up a hotline for consultations during regional crises.")
E3 = "\"We are opening a new era, and we're making sure it will last,\" Biden told a joint news conference."
E4 = ("In a joint statement, the three leaders condemned what they called China's \"dangerous and aggressive "
      "behavior\" in the South China Sea.")
E5 = ("Kishida said Japan, South Korea and the United States would stand together against the \"grave threat\" posed "
      "by North Korea's nuclear and missile programs.")
E6 = ("Yoon said the summit showed that Seoul and Tokyo had put years of disputes over Japan's colonial rule of Korea "
      "behind them.")
E7 = ("In March, Yoon traveled to Tokyo for the first formal bilateral visit by a South Korean leader in 12 years.")
E8 = ("South Korea's main opposition Democratic Party has accused him of \"humiliating diplomacy\" toward its former "
      "colonial ruler.")
E9 = ("China's Foreign Ministry criticized the meeting, saying Beijing opposed attempts to form \"exclusive groupings\" "
      "and to bring bloc confrontation to the Asia-Pacific.")
E10 = ("North Korea, which has launched dozens of ballistic missiles this year, made no immediate comment.")
E11 = ("The United States and South Korea are due to begin their annual Ulchi Freedom Shield exercises on Monday, "
       "drills that Pyongyang has long called a rehearsal for invasion.")
E12 = ("According to U.S. officials, the three countries will start sharing real-time data on North Korean missile "
       "launches by the end of the year.")
E13 = ("Biden also called Washington's commitment to defend Japan and South Korea \"ironclad\" and said it would "
       "not waver.")
E14 = ("The summit was the first time that foreign leaders had been invited to Camp David since Biden took office in "
       "2021.")

EN01 = {
    "id": "hm451-en-01", "lang": "en", "url": None, "published": "2023-08-19",
    "title": "Biden, Kishida and Yoon agree to annual summits at Camp David",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6], [E7, E8], [E9, E10, E11], [E12, E13, E14]),
    "events": [
        event("CONSULT", KISHIDA, BIDEN, E1, mode="visit", date="2023-08-18", location="Camp David",
              location_country="USA"),
        event("CONSULT", YOON, BIDEN, E1, mode="visit", date="2023-08-18", location="Camp David",
              location_country="USA"),
        event("AGREE", BIDEN, KISHIDA, E2),
        event("AGREE", BIDEN, YOON, E2),
        event("AGREE", KISHIDA, YOON, E2),
        event("ACCUSE", BIDEN, CHN_GOV5, E4, mode="disapprove"),
        event("ACCUSE", KISHIDA, CHN_GOV5, E4, mode="disapprove"),
        event("ACCUSE", YOON, CHN_GOV5, E4, mode="disapprove"),
        event("ACCUSE", KISHIDA, PRK_GOV, E5, mode="disapprove"),
        event("CONSULT", YOON, JPN_GOV5, E7, mode="visit", location="Tokyo", location_country="JPN"),
        event("ACCUSE", KOR_DP, YOON, E8, mode="disapprove"),
        event("ACCUSE", CHN_MFA, USA_GOV5, E9, mode="disapprove"),
        event("ACCUSE", CHN_MFA, JPN_GOV5, E9, mode="disapprove"),
        event("ACCUSE", CHN_MFA, KOR_GOV, E9, mode="disapprove"),
        event("AGREE", BIDEN, JPN_GOV5, E13),
        event("AGREE", BIDEN, KOR_GOV, E13),
    ],
    "quotes": [
        quote("We are opening a new era, and we're making sure it will last", "Joe Biden", "direct"),
        quote("dangerous and aggressive behavior", "leaders of the United States, Japan and South Korea", "direct"),
        quote("grave threat", "Fumio Kishida", "direct"),
        quote("Japan, South Korea and the United States would stand together against the \"grave threat\" posed by "
              "North Korea's nuclear and missile programs", "Fumio Kishida", "indirect"),
        quote("the summit showed that Seoul and Tokyo had put years of disputes over Japan's colonial rule of Korea "
              "behind them", "Yoon Suk Yeol", "indirect"),
        quote("humiliating diplomacy", "Democratic Party of Korea", "direct"),
        quote("exclusive groupings", "Ministry of Foreign Affairs of China", "direct"),
        quote("Beijing opposed attempts to form \"exclusive groupings\" and to bring bloc confrontation to the "
              "Asia-Pacific", "Ministry of Foreign Affairs of China", "indirect"),
        quote("the three countries will start sharing real-time data on North Korean missile launches by the end of "
              "the year", "U.S. officials", "indirect"),
        quote("ironclad", "Joe Biden", "direct"),
        quote("it would not waver", "Joe Biden", "indirect"),
    ],
    "entities": [
        entity("Camp David", "LOC", "USA", ["CAMP DAVID", "the Camp David presidential retreat", "Camp David"]),
        entity("Maryland", "LOC", "USA", ["Md."]),
        entity("Joe Biden", "PER", "USA", ["President Joe Biden", "Biden"]),
        entity("Fumio Kishida", "PER", "JPN", ["Japanese Prime Minister Fumio Kishida", "Kishida"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["South Korean President Yoon Suk Yeol", "Yoon", "him"]),
        entity("leaders of the United States, Japan and South Korea", "PER", None,
               ["the three allies", "The leaders", "the three leaders"]),
        entity("Government of China", "ORG", "CHN", ["China's", "Beijing"]),
        entity("South China Sea", "LOC", None, ["the South China Sea"]),
        entity("Japan", "LOC", "JPN", ["Japan", "Japan's", "its former colonial ruler"]),
        entity("South Korea", "LOC", "KOR", ["South Korea", "Korea", "South Korea's"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Government of North Korea", "ORG", "PRK", ["North Korea's", "North Korea", "Pyongyang"]),
        entity("Government of South Korea", "ORG", "KOR", ["Seoul"]),
        entity("Government of Japan", "ORG", "JPN", ["Tokyo"]),
        entity("Tokyo", "LOC", "JPN", ["Tokyo"]),
        entity("Democratic Party of Korea", "ORG", "KOR", ["South Korea's main opposition Democratic Party"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["China's Foreign Ministry"]),
        entity("Asia-Pacific", "LOC", None, ["the Asia-Pacific"]),
        entity("Ulchi Freedom Shield", "MISC", None, ["Ulchi Freedom Shield"]),
        entity("U.S. officials", "PER", "USA", ["U.S. officials"]),
        entity("Government of the United States", "ORG", "USA", ["Washington's"]),
    ],
}

# ---------------------------------------------------------------- hm451-en-02 (Philippines, de Lima released on bail)
MUNTINLUPA_RTC = actor("Muntinlupa Regional Trial Court", "PHL", "JUD")
DE_LIMA = actor("Leila de Lima", "PHL", "OPP")
PNP = actor("Philippine National Police", "PHL", "COP")
DUTERTE = actor("Rodrigo Duterte", "PHL", "GOV")
RAGOS = actor("Rafael Ragos", "PHL", "CVL")
DUTERTE_ALLIES = actor("allies of Rodrigo Duterte", "PHL", "GOV")
PHL_RIGHTS_GROUPS = actor("Philippine human rights groups", "PHL", "NGO")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
PHL_GOV = actor("Government of the Philippines", "PHL", "GOV")
MARCOS = actor("Ferdinand Marcos Jr.", "PHL", "GOV")
ICC = actor("International Criminal Court", "IGO", "JUD")

D1 = ("MANILA, Philippines (AP) — A Philippine court on Monday granted bail to former Sen. Leila de Lima, a leading "
      "critic of former President Rodrigo Duterte, after nearly seven years in detention on drug charges she says "
      "were fabricated.")
D2 = ("Judge Gener Gito of the Muntinlupa Regional Trial Court ruled that the evidence against de Lima in the last of "
      "three cases against her was not strong enough to keep her in jail.")
D3 = ("Hours later, de Lima walked out of the police custodial center at Camp Crame in suburban Quezon City, where "
      "relatives and supporters greeted her with flowers.")
D4 = "\"I am free. After almost seven years, I am finally free,\" she told reporters."
D5 = ("De Lima was arrested in February 2017 after she led a Senate investigation into thousands of killings under "
      "Duterte's crackdown on illegal drugs.")
D6 = ("Duterte accused her of taking money from drug lords inside the national penitentiary, an allegation she has "
      "consistently denied.")
D7 = ("Former prison chief Rafael Ragos, a key witness, recanted his testimony last year, saying Duterte's allies had "
      "pressured him to implicate her.")
D8 = "She was acquitted in the two other cases in 2021 and in May this year."
D9 = ("Justice Secretary Jesus Crispin Remulla said the government respected the court's decision, but prosecutors "
      "could still ask the judge to reconsider.")
D10 = "Philippine human rights groups welcomed the ruling."
D11 = ("Amnesty International called on the authorities to drop the remaining charge and to punish those who "
       "\"fabricated\" the case against her.")
D12 = ("De Lima thanked President Ferdinand Marcos Jr.'s government for not opposing her release and urged it to "
       "rejoin the International Criminal Court.")
D13 = ("The ICC is investigating the killings of thousands of drug suspects under Duterte as possible crimes against "
       "humanity.")
D14 = ("Marcos has refused to cooperate with the investigation, saying the court has no jurisdiction in the "
       "Philippines.")
D15 = "Duterte, who pulled the country out of the court in 2019, has said he is not afraid of prosecution."
D16 = "A spokesman for Duterte did not immediately respond to a request for comment."

EN02 = {
    "id": "hm451-en-02", "lang": "en", "url": None, "published": "2023-11-13",
    "title": "Philippine court grants bail to Duterte critic Leila de Lima after nearly 7 years",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8], [D9, D10, D11], [D12, D13, D14, D15, D16]),
    "events": [
        event("RETREAT", MUNTINLUPA_RTC, DE_LIMA, D1, mode="release", date="2023-11-13"),
        event("RETREAT", PNP, DE_LIMA, D3, mode="release", date="2023-11-13", location="Quezon City",
              location_country="PHL"),
        event("COERCE", PNP, DE_LIMA, D5, mode="arrest"),
        event("ACCUSE", DE_LIMA, DUTERTE, D5, mode="investigate"),
        event("ACCUSE", DUTERTE, DE_LIMA, D6, mode="allege"),
        event("ACCUSE", RAGOS, DUTERTE_ALLIES, D7, mode="allege"),
        event("SUPPORT", PHL_RIGHTS_GROUPS, MUNTINLUPA_RTC, D10),
        event("REQUEST", AMNESTY, PHL_GOV, D11, mode="yield"),
        event("SUPPORT", DE_LIMA, PHL_GOV, D12),
        event("REQUEST", DE_LIMA, PHL_GOV, D12, mode="change"),
        event("ACCUSE", ICC, DUTERTE, D13, mode="investigate"),
        event("REJECT", MARCOS, ICC, D14),
        event("SANCTION", DUTERTE, ICC, D15, mode="withdraw"),
    ],
    "quotes": [
        quote("she says were fabricated", "Leila de Lima", "indirect"),
        quote("the evidence against de Lima in the last of three cases against her was not strong enough to keep her "
              "in jail", "Gener Gito", "indirect"),
        quote("I am free. After almost seven years, I am finally free", "Leila de Lima", "direct"),
        quote("Duterte's allies had pressured him to implicate her", "Rafael Ragos", "indirect"),
        quote("the government respected the court's decision, but prosecutors could still ask the judge to "
              "reconsider", "Jesus Crispin Remulla", "indirect"),
        quote("fabricated", "Amnesty International", "direct"),
        quote("the court has no jurisdiction in the Philippines", "Ferdinand Marcos Jr.", "indirect"),
        quote("he is not afraid of prosecution", "Rodrigo Duterte", "indirect"),
    ],
    "entities": [
        entity("Manila", "LOC", "PHL", ["MANILA"]),
        entity("Philippines", "LOC", "PHL", ["Philippines", "the country"]),
        entity("Muntinlupa Regional Trial Court", "ORG", "PHL", ["A Philippine court", "the Muntinlupa Regional Trial "
                                                                 "Court", "the court's", "the judge"]),
        entity("Leila de Lima", "PER", "PHL", ["former Sen. Leila de Lima", "de Lima", "she", "her", "De Lima",
                                               "She"]),
        entity("Rodrigo Duterte", "PER", "PHL", ["former President Rodrigo Duterte", "Duterte's", "Duterte", "he"]),
        entity("Gener Gito", "PER", "PHL", ["Judge Gener Gito"]),
        entity("Philippine National Police", "ORG", "PHL", ["the police custodial center at Camp Crame"]),
        entity("Camp Crame", "LOC", "PHL", ["Camp Crame"]),
        entity("Quezon City", "LOC", "PHL", ["suburban Quezon City"]),
        entity("relatives and supporters of Leila de Lima", "PER", "PHL", ["relatives and supporters"]),
        entity("Senate of the Philippines", "ORG", "PHL", ["Senate"]),
        entity("drug lords", "PER", "PHL", ["drug lords"]),
        entity("New Bilibid Prison", "LOC", "PHL", ["the national penitentiary"]),
        entity("Rafael Ragos", "PER", "PHL", ["Former prison chief Rafael Ragos, a key witness", "him"]),
        entity("allies of Rodrigo Duterte", "PER", "PHL", ["Duterte's allies"]),
        entity("Jesus Crispin Remulla", "PER", "PHL", ["Justice Secretary Jesus Crispin Remulla"]),
        entity("Government of the Philippines", "ORG", "PHL", ["the government", "the authorities",
                                                               "President Ferdinand Marcos Jr.'s government", "it"]),
        entity("Department of Justice of the Philippines", "ORG", "PHL", ["prosecutors"]),
        entity("Philippine human rights groups", "ORG", "PHL", ["Philippine human rights groups"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Ferdinand Marcos Jr.", "PER", "PHL", ["President Ferdinand Marcos Jr.", "Marcos"]),
        entity("International Criminal Court", "ORG", "IGO", ["the International Criminal Court", "The ICC",
                                                              "the court"]),
        entity("spokesman for Rodrigo Duterte", "PER", "PHL", ["A spokesman for Duterte"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
