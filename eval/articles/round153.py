"""Round 153: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm153-de-01: Ecuador: after gunmen storm a TV studio in Guayaquil, Noboa declares an "internal armed conflict" and sends the army against the gangs (2024-01-10).
- hm153-de-02: Mali's junta seizes gold from Barrick's Loulo-Gounkoto mine, Barrick halts output, arrest warrant for Bristow (2025-01-15).
- hm153-de-03: Syria: after loyalist attacks and killings on the coast, al-Sharaa sets up an inquiry; Türk, Baerbock and the UN Security Council react (2025-03-09).
- hm153-de-04: Nigeria: #EndBadGovernance protests, tear gas in Abuja, curfew in Kano, Amnesty reports deaths (2024-08-02).
- hm153-en-01: Israel intercepts the Gaza-bound boat Madleen carrying Greta Thunberg; Turkey and Iran condemn (2025-06-09).
- hm153-en-02: Peru: a protester shot dead at the Generation Z march in Lima; police chief admits an officer fired, Jerí refuses to resign (2025-10-16).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm153-de-01
NOBOA = actor("Daniel Noboa", "ECU", "GOV")
GANGS = actor("Ecuadorian criminal gangs", "ECU", "REB")
GUNMEN = actor("TC Televisión attackers", "ECU", "REB")
TCTV = actor("TC Televisión", "ECU", "BUS")
ECU_POLICE = actor("Ecuadorian National Police", "ECU", "COP")
INMATES = actor("Ecuadorian prison inmates", "ECU", "CVL")
PRISON_STAFF = actor("Ecuadorian prison guards and staff", "ECU", "GOV")
PERU = actor("Peru", "PER", "GOV")
USDOS = actor("United States Department of State", "USA", "GOV")
ECUADOR = actor("Ecuador", "ECU", "GOV")
PETRO = actor("Gustavo Petro", "COL", "GOV")
COL_POLICE = actor("Colombian National Police", "COL", "COP")

A1 = ("Nach dem Überfall Bewaffneter auf ein Fernsehstudio in Guayaquil hat Ecuadors Präsident Daniel Noboa "
      "den „internen bewaffneten Konflikt“ ausgerufen.")
A2 = ("Per Dekret ordnete er am Dienstagabend an, 22 Banden als terroristische Gruppen einzustufen und die "
      "Streitkräfte gegen sie einzusetzen.")
A3 = ("Maskierte Männer hatten zuvor während einer Live-Sendung des Senders TC Televisión das Studio gestürmt "
      "und Mitarbeiter als Geiseln genommen.")
A4 = "Die Polizei befreite die Geiseln nach knapp einer Stunde und nahm 13 Angreifer fest."
A5 = "Bereits am Montag hatte Noboa einen 60-tägigen Ausnahmezustand mit nächtlicher Ausgangssperre verhängt."
A6 = ("In mehreren Gefängnissen halten Häftlinge laut der Gefängnisbehörde SNAI zudem mehr als 130 Wärter und "
      "Angestellte als Geiseln.")
A7 = ("„Wir befinden uns im Krieg, und wir werden vor diesen Terroristen nicht zurückweichen“, sagte Noboa dem "
      "Radiosender Canela.")
A8 = "Die Banden forderte er auf, ihre Waffen niederzulegen."
A9 = ("Im Nachbarland Peru verhängte die Regierung den Notstand an der Grenze zu Ecuador und schickte "
      "zusätzliche Soldaten dorthin.")
A10 = "Das US-Außenministerium verurteilte die Gewalt und sicherte Quito Unterstützung zu."
A11 = "Man stehe in engem Kontakt mit Noboas Team, hieß es aus Washington."
A12 = ("Kolumbiens Präsident Gustavo Petro bekundete Noboa seine Solidarität und bot Hilfe bei der "
       "Grenzsicherung an.")
A13 = "Die Polizeibehörden beider Länder tauschen bereits Informationen über die Banden aus."

DE01 = {
    "id": "hm153-de-01", "lang": "de", "url": None, "published": "2024-01-10",
    "title": "Ecuador ruft nach Überfall auf TV-Studio den „internen bewaffneten Konflikt“ aus",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8], [A9, A10, A11, A12, A13]),
    "events": [
        event("ASSAULT", GUNMEN, TCTV, A1, mode="abduct", location="Guayaquil", location_country="ECU"),
        event("COERCE", NOBOA, GANGS, A1, mode="martial-law"),
        event("MOBILIZE", NOBOA, GANGS, A2, mode="troops", date="2024-01-09"),
        event("ASSAULT", GUNMEN, TCTV, A3, mode="abduct", location="Guayaquil", location_country="ECU"),
        event("AID", ECU_POLICE, TCTV, A4, location="Guayaquil", location_country="ECU"),
        event("COERCE", ECU_POLICE, GUNMEN, A4, mode="arrest", location="Guayaquil", location_country="ECU"),
        event("COERCE", NOBOA, None, A5, mode="martial-law", date="2024-01-08"),
        event("ASSAULT", INMATES, PRISON_STAFF, A6, mode="abduct"),
        event("THREATEN", NOBOA, GANGS, A7, mode="violence"),
        event("REQUEST", NOBOA, GANGS, A8, mode="yield"),
        event("COERCE", PERU, None, A9, mode="martial-law", location="Peru-Ecuador border",
              location_country="PER"),
        event("MOBILIZE", PERU, None, A9, mode="troops", location="Peru-Ecuador border",
              location_country="PER"),
        event("ACCUSE", USDOS, GANGS, A10, mode="disapprove"),
        event("AGREE", USDOS, ECUADOR, A10),
        event("CONSULT", USDOS, NOBOA, A11),
        event("SUPPORT", PETRO, NOBOA, A12),
        event("AGREE", PETRO, NOBOA, A12),
        event("COOPERATE", ECU_POLICE, COL_POLICE, A13),
    ],
    "quotes": [
        quote("internen bewaffneten Konflikt", "Daniel Noboa", "direct"),
        quote("22 Banden als terroristische Gruppen einzustufen und die Streitkräfte gegen sie einzusetzen",
              "Daniel Noboa", "indirect"),
        quote("In mehreren Gefängnissen halten Häftlinge laut der Gefängnisbehörde SNAI zudem mehr als 130 Wärter "
              "und Angestellte als Geiseln", "SNAI", "indirect"),
        quote("Wir befinden uns im Krieg, und wir werden vor diesen Terroristen nicht zurückweichen",
              "Daniel Noboa", "direct"),
        quote("ihre Waffen niederzulegen", "Daniel Noboa", "indirect"),
        quote("Man stehe in engem Kontakt mit Noboas Team", "United States Department of State", "indirect"),
    ],
    "entities": [
        entity("Daniel Noboa", "PER", "ECU", ["Ecuadors Präsident Daniel Noboa", "er", "Noboa", "Noboas"]),
        entity("Guayaquil", "LOC", "ECU", ["Guayaquil"]),
        entity("Ecuador", "GPE", "ECU", ["Ecuadors", "Ecuador"]),
        entity("Armed Forces of Ecuador", "ORG", "ECU", ["die Streitkräfte"]),
        entity("TC Televisión", "ORG", "ECU", ["TC Televisión"]),
        entity("Ecuadorian National Police", "ORG", "ECU", ["Die Polizei"]),
        entity("SNAI", "ORG", "ECU", ["der Gefängnisbehörde SNAI"]),
        entity("Radio Canela", "ORG", "ECU", ["Radiosender Canela"]),
        entity("Peru", "GPE", "PER", ["Nachbarland Peru"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Quito", "GPE", "ECU", ["Quito"]),
        entity("Washington", "GPE", "USA", ["Washington"]),
        entity("Gustavo Petro", "PER", "COL", ["Kolumbiens Präsident Gustavo Petro"]),
        entity("Colombia", "GPE", "COL", ["Kolumbiens"]),
    ],
}

# ---------------------------------------------------------------- hm153-de-02
MALI = actor("Mali", "MLI", "GOV")
BARRICK = actor("Barrick Gold", "CAN", "BUS")
BARRICK_STAFF = actor("Barrick Gold employees in Mali", "MLI", "BUS")
MALI_COURT = actor("Malian judiciary", "MLI", "JUD")
BRISTOW = actor("Mark Bristow", "ZAF", "BUS")
GAC = actor("Global Affairs Canada", "CAN", "GOV")

B1 = ("Die Militärregierung in Mali hat Gold aus dem Minenkomplex Loulo-Gounkoto des kanadischen Konzerns "
      "Barrick Gold beschlagnahmen lassen.")
B2 = ("Hubschrauber hätten am Wochenende rund drei Tonnen des Edelmetalls in die Hauptstadt Bamako ausgeflogen, "
      "teilte Barrick am Dienstag mit.")
B3 = "Der Konzern stellte daraufhin die Produktion in der Mine vorübergehend ein."
B4 = "Bamako wirft dem Unternehmen vor, Steuern und Abgaben in Millionenhöhe schuldig geblieben zu sein."
B5 = "Seit November sitzen vier malische Mitarbeiter von Barrick in Untersuchungshaft."
B6 = "Ein Gericht in Bamako erließ zudem Haftbefehl gegen Konzernchef Mark Bristow."
B7 = "Barrick weist die Vorwürfe zurück."
B8 = ("„Die Beschlagnahmung verstößt gegen die Vereinbarungen, die wir mit dem malischen Staat geschlossen "
      "haben“, erklärte Bristow.")
B9 = "Gold ist das wichtigste Exportgut des Sahelstaats."
B10 = "Die Regierung fordert, dass der Konzern einen neuen Vertrag nach dem Bergbaugesetz von 2023 unterzeichnet."
B11 = "Barrick zeigte sich zu weiteren Gesprächen bereit."
B12 = ("Im Herbst hatte das Unternehmen bereits 50 Milliarden CFA-Franc an den Staat überwiesen, um den Streit "
       "beizulegen.")
B13 = ("Sollte keine Einigung gelingen, könnte die Junta unter Assimi Goïta die Mine unter staatliche Verwaltung "
       "stellen.")
B14 = "Kanadas Außenministerium rief beide Seiten zu einer Verhandlungslösung auf."

DE02 = {
    "id": "hm153-de-02", "lang": "de", "url": None, "published": "2025-01-15",
    "title": "Mali lässt Gold aus Barrick-Mine beschlagnahmen",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8, B9], [B10, B11, B12, B13, B14]),
    "events": [
        event("COERCE", MALI, BARRICK, B1, mode="seize", location="Loulo-Gounkoto", location_country="MLI"),
        event("ACCUSE", BARRICK, MALI, B2, mode="allege", date="2025-01-14"),
        event("SANCTION", BARRICK, MALI, B3, mode="discontinue"),
        event("ACCUSE", MALI, BARRICK, B4, mode="allege"),
        event("COERCE", MALI, BARRICK_STAFF, B5, mode="arrest"),
        event("THREATEN", MALI_COURT, BRISTOW, B6, mode="arrest"),
        event("ACCUSE", BRISTOW, MALI, B8, mode="disapprove"),
        event("REQUEST", MALI, BARRICK, B10, mode="change"),
        event("AGREE", BARRICK, MALI, B11),
        event("AID", BARRICK, MALI, B12),
        event("REQUEST", GAC, MALI, B14, mode="meet"),
        event("REQUEST", GAC, BARRICK, B14, mode="meet"),
    ],
    "quotes": [
        quote("Hubschrauber hätten am Wochenende rund drei Tonnen des Edelmetalls in die Hauptstadt Bamako "
              "ausgeflogen", "Barrick Gold", "indirect"),
        quote("Steuern und Abgaben in Millionenhöhe schuldig geblieben zu sein", "Government of Mali", "indirect"),
        quote("Die Beschlagnahmung verstößt gegen die Vereinbarungen, die wir mit dem malischen Staat geschlossen "
              "haben", "Mark Bristow", "direct"),
        quote("dass der Konzern einen neuen Vertrag nach dem Bergbaugesetz von 2023 unterzeichnet",
              "Government of Mali", "indirect"),
    ],
    "entities": [
        entity("Mali", "GPE", "MLI", ["Mali", "des Sahelstaats"]),
        entity("Government of Mali", "ORG", "MLI", ["Die Militärregierung in Mali", "Die Regierung",
                                                     "die Junta unter Assimi Goïta"]),
        entity("Loulo-Gounkoto", "LOC", "MLI", ["Minenkomplex Loulo-Gounkoto", "der Mine", "die Mine"]),
        entity("Barrick Gold", "ORG", "CAN", ["des kanadischen Konzerns Barrick Gold", "Barrick", "Der Konzern",
                                             "dem Unternehmen", "das Unternehmen", "der Konzern"]),
        entity("Bamako", "LOC", "MLI", ["die Hauptstadt Bamako", "Bamako"]),
        entity("Malian judiciary", "ORG", "MLI", ["Ein Gericht in Bamako"]),
        entity("Mark Bristow", "PER", "ZAF", ["Konzernchef Mark Bristow", "Bristow"]),
        entity("Assimi Goïta", "PER", "MLI", ["Assimi Goïta"]),
        entity("Global Affairs Canada", "ORG", "CAN", ["Kanadas Außenministerium"]),
    ],
}

# ---------------------------------------------------------------- hm153-de-03
SHARAA = actor("Ahmed al-Sharaa", "SYR", "GOV")
LOYALISTS = actor("Assad loyalist fighters", "SYR", "REB")
SYR_SEC = actor("Syrian security forces", "SYR", "COP")
SYR_GOV = actor("Syrian transitional government", "SYR", "GOV")
SYR_MOD = actor("Syrian Ministry of Defence", "SYR", "MIL")
SYR_SOLDIERS = actor("Syrian soldiers who disobeyed orders", "SYR", "MIL")
TURK = actor("Volker Türk", "UNO", "IGO")
BAERBOCK = actor("Annalena Baerbock", "DEU", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
USA = actor("United States", "USA", "GOV")
UNSC = actor("UN Security Council", "UNO", "IGO")

C1 = ("Nach tagelanger Gewalt in den Küstenprovinzen Latakia und Tartus hat Syriens Übergangspräsident Ahmed "
      "al-Scharaa eine unabhängige Untersuchungskommission eingesetzt.")
C2 = ("Sie solle Angriffe auf Zivilisten und Sicherheitskräfte aufklären und die Verantwortlichen vor Gericht "
      "bringen, sagte er am Sonntag in einer Fernsehansprache.")
C3 = ("Anhänger des gestürzten Machthabers Baschar al-Assad hatten am Donnerstag nahe der Stadt Dschabla "
      "Kontrollposten der neuen Sicherheitskräfte mit Maschinengewehren angegriffen.")
C4 = "Die Regierung schickte daraufhin Tausende Bewaffnete in die Region."
C5 = ("Nach Angaben der Syrischen Beobachtungsstelle für Menschenrechte wurden seither mehr als 700 Zivilisten "
      "getötet, die meisten von ihnen Alawiten.")
C6 = "Regierungstreue Kämpfer sollen in mehreren Dörfern ganze Familien erschossen haben."
C7 = "Das Verteidigungsministerium bestritt, dass die Armee gezielt gegen Zivilisten vorgegangen sei."
C8 = "Man habe Einzelne festgenommen, die sich nicht an Befehle gehalten hätten, sagte ein Sprecher."
C9 = ("UN-Menschenrechtskommissar Volker Türk forderte die Übergangsregierung auf, die Tötungen zu stoppen und "
      "die Täter zur Rechenschaft zu ziehen.")
C10 = "„Die Berichte über ganze Familien, die getötet wurden, sind zutiefst verstörend“, erklärte er in Genf."
C11 = "Bundesaußenministerin Annalena Baerbock verurteilte die Gewalt und rief Damaskus zur Mäßigung auf."
C12 = "Russland und die USA beantragten eine Sitzung des UN-Sicherheitsrats hinter verschlossenen Türen."
C13 = "Al-Scharaa hatte im Dezember nach dem Sturz Assads die Macht übernommen."

DE03 = {
    "id": "hm153-de-03", "lang": "de", "url": None, "published": "2025-03-09",
    "title": "Syriens Übergangspräsident lässt Gewalt an der Küste untersuchen",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8], [C9, C10, C11, C12, C13]),
    "events": [
        event("ACCUSE", SHARAA, None, C1, mode="investigate"),
        event("ACCUSE", SHARAA, None, C2, mode="investigate", date="2025-03-09"),
        event("ASSAULT", LOYALISTS, SYR_SEC, C3, mode="firearms", date="2025-03-06", location="Jableh",
              location_country="SYR"),
        event("MOBILIZE", SYR_GOV, LOYALISTS, C4, mode="troops"),
        event("COERCE", SYR_MOD, SYR_SOLDIERS, C8, mode="arrest"),
        event("REQUEST", TURK, SYR_GOV, C9, mode="yield"),
        event("ACCUSE", TURK, None, C10, mode="disapprove"),
        event("ACCUSE", BAERBOCK, None, C11, mode="disapprove"),
        event("REQUEST", BAERBOCK, SYR_GOV, C11, mode="yield"),
        event("REQUEST", RUSSIA, UNSC, C12, mode="meet"),
        event("REQUEST", USA, UNSC, C12, mode="meet"),
    ],
    "quotes": [
        quote("Sie solle Angriffe auf Zivilisten und Sicherheitskräfte aufklären und die Verantwortlichen vor "
              "Gericht bringen", "Ahmed al-Sharaa", "indirect"),
        quote("wurden seither mehr als 700 Zivilisten getötet, die meisten von ihnen Alawiten",
              "Syrian Observatory for Human Rights", "indirect"),
        quote("dass die Armee gezielt gegen Zivilisten vorgegangen sei", "Syrian Ministry of Defence", "indirect"),
        quote("Man habe Einzelne festgenommen, die sich nicht an Befehle gehalten hätten",
              "Spokesperson of the Syrian Ministry of Defence", "indirect"),
        quote("die Tötungen zu stoppen und die Täter zur Rechenschaft zu ziehen", "Volker Türk", "indirect"),
        quote("Die Berichte über ganze Familien, die getötet wurden, sind zutiefst verstörend", "Volker Türk",
              "direct"),
    ],
    "entities": [
        entity("Ahmed al-Sharaa", "PER", "SYR", ["Syriens Übergangspräsident Ahmed al-Scharaa", "er",
                                                "Al-Scharaa"]),
        entity("Syria", "GPE", "SYR", ["Syriens"]),
        entity("Latakia", "LOC", "SYR", ["Latakia"]),
        entity("Tartus", "LOC", "SYR", ["Tartus"]),
        entity("Bashar al-Assad", "PER", "SYR", ["des gestürzten Machthabers Baschar al-Assad", "Assads"]),
        entity("Jableh", "LOC", "SYR", ["der Stadt Dschabla"]),
        entity("Syrian security forces", "ORG", "SYR", ["der neuen Sicherheitskräfte"]),
        entity("Syrian transitional government", "ORG", "SYR", ["Die Regierung", "die Übergangsregierung"]),
        entity("Syrian Observatory for Human Rights", "ORG", "NGO",
               ["der Syrischen Beobachtungsstelle für Menschenrechte"]),
        entity("Syrian Ministry of Defence", "ORG", "SYR", ["Das Verteidigungsministerium", "ein Sprecher"]),
        entity("Volker Türk", "PER", "UNO", ["UN-Menschenrechtskommissar Volker Türk", "er"]),
        entity("Geneva", "LOC", "CHE", ["Genf"]),
        entity("Annalena Baerbock", "PER", "DEU", ["Bundesaußenministerin Annalena Baerbock"]),
        entity("Damascus", "GPE", "SYR", ["Damaskus"]),
        entity("Russia", "GPE", "RUS", ["Russland"]),
        entity("United States", "GPE", "USA", ["die USA"]),
        entity("UN Security Council", "ORG", "UNO", ["des UN-Sicherheitsrats"]),
    ],
}

# ---------------------------------------------------------------- hm153-de-04
NIG_PROTESTERS = actor("Nigerian protesters", "NGA", "CVL")
TINUBU = actor("Bola Tinubu", "NGA", "GOV")
NIG_POLICE = actor("Nigeria Police Force", "NGA", "COP")
RIOTERS = actor("Nigerian rioters and looters", "NGA", "CVL")
YUSUF = actor("Abba Kabir Yusuf", "NGA", "GOV")
KANO_RES = actor("Residents of Kano", "NGA", "CVL")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
NIG_SEC = actor("Nigerian security forces", "NGA", "COP")
NIG_MIL = actor("Nigerian Armed Forces", "NGA", "MIL")
EBG = actor("#EndBadGovernance organisers", "NGA", "CVL")
IDRIS = actor("Mohammed Idris", "NGA", "GOV")

D1 = ("In Nigeria sind Tausende Menschen gegen die hohen Lebenshaltungskosten und die Wirtschaftspolitik von "
      "Präsident Bola Tinubu auf die Straße gegangen.")
D2 = ("In der Hauptstadt Abuja setzte die Polizei am Donnerstag Tränengas gegen Demonstranten ein, die zum "
      "Nationalstadion ziehen wollten.")
D3 = "In Kano im Norden des Landes plünderten Randalierer Geschäfte und setzten ein Regierungsgebäude in Brand."
D4 = "Gouverneur Abba Kabir Yusuf verhängte daraufhin eine ganztägige Ausgangssperre über die Stadt."
D5 = "Am Freitag lockerte Yusuf die Maßnahme und beschränkte sie auf die Nachtstunden."
D6 = ("Amnesty International zufolge wurden mindestens 13 Menschen getötet, als Sicherheitskräfte das Feuer auf "
      "Demonstranten eröffneten.")
D7 = ("Polizeichef Kayode Egbetokun wies die Darstellung zurück und erklärte, seine Beamten hätten keine scharfe "
      "Munition eingesetzt.")
D8 = "Nach eigenen Angaben nahm die Polizei landesweit mehr als 300 Menschen fest."
D9 = "Das Militär sei nicht gegen die Demonstranten eingesetzt worden, teilte das Verteidigungshauptquartier mit."
D10 = ("Die Organisatoren der Bewegung #EndBadGovernance forderten Tinubu auf, sich persönlich den Demonstranten "
       "zu stellen.")
D11 = "Informationsminister Mohammed Idris warf ihnen vor, im Auftrag ausländischer Kräfte zu handeln."
D12 = "„Wer plündert oder Brände legt, wird festgenommen und vor Gericht gestellt“, sagte er."
D13 = ("Die Inflation in Nigeria liegt bei mehr als 34 Prozent, die Preise für Grundnahrungsmittel haben sich "
       "teils verdoppelt.")

DE04 = {
    "id": "hm153-de-04", "lang": "de", "url": None, "published": "2024-08-02",
    "title": "Tote und Festnahmen bei Protesten gegen hohe Preise in Nigeria",
    "text": paragraphs([D1, D2, D3, D4, D5], [D6, D7, D8, D9], [D10, D11, D12, D13]),
    "events": [
        event("PROTEST", NIG_PROTESTERS, TINUBU, D1, mode="demo", location="Nigeria", location_country="NGA"),
        event("ASSAULT", NIG_POLICE, NIG_PROTESTERS, D2, mode="crowd-control", date="2024-08-01",
              location="Abuja", location_country="NGA"),
        event("PROTEST", RIOTERS, None, D3, mode="riot", location="Kano", location_country="NGA"),
        event("COERCE", YUSUF, KANO_RES, D4, mode="curfew", location="Kano", location_country="NGA"),
        event("CONCEDE", YUSUF, KANO_RES, D5, date="2024-08-02", location="Kano", location_country="NGA"),
        event("ACCUSE", AMNESTY, NIG_SEC, D6, mode="allege"),
        event("COERCE", NIG_POLICE, NIG_PROTESTERS, D8, mode="arrest"),
        event("MOBILIZE", NIG_MIL, NIG_PROTESTERS, D9, mode="troops", negated=True),
        event("REQUEST", EBG, TINUBU, D10, mode="meet"),
        event("ACCUSE", IDRIS, EBG, D11, mode="allege"),
        event("THREATEN", IDRIS, RIOTERS, D12, mode="arrest"),
    ],
    "quotes": [
        quote("wurden mindestens 13 Menschen getötet, als Sicherheitskräfte das Feuer auf Demonstranten eröffneten",
              "Amnesty International", "indirect"),
        quote("seine Beamten hätten keine scharfe Munition eingesetzt", "Kayode Egbetokun", "indirect"),
        quote("Das Militär sei nicht gegen die Demonstranten eingesetzt worden", "Defence Headquarters (Nigeria)",
              "indirect"),
        quote("sich persönlich den Demonstranten zu stellen", "#EndBadGovernance organisers", "indirect"),
        quote("im Auftrag ausländischer Kräfte zu handeln", "Mohammed Idris", "indirect"),
        quote("Wer plündert oder Brände legt, wird festgenommen und vor Gericht gestellt", "Mohammed Idris",
              "direct"),
    ],
    "entities": [
        entity("Nigeria", "GPE", "NGA", ["Nigeria", "des Landes"]),
        entity("Bola Tinubu", "PER", "NGA", ["Präsident Bola Tinubu", "Tinubu"]),
        entity("Abuja", "LOC", "NGA", ["der Hauptstadt Abuja"]),
        entity("Nigeria Police Force", "ORG", "NGA", ["die Polizei"]),
        entity("National Stadium Abuja", "LOC", "NGA", ["Nationalstadion"]),
        entity("Kano", "LOC", "NGA", ["Kano", "die Stadt"]),
        entity("Abba Kabir Yusuf", "PER", "NGA", ["Gouverneur Abba Kabir Yusuf", "Yusuf"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Kayode Egbetokun", "PER", "NGA", ["Polizeichef Kayode Egbetokun"]),
        entity("Nigerian Armed Forces", "ORG", "NGA", ["Das Militär"]),
        entity("Defence Headquarters (Nigeria)", "ORG", "NGA", ["das Verteidigungshauptquartier"]),
        entity("#EndBadGovernance", "ORG", "NGA", ["Bewegung #EndBadGovernance"]),
        entity("Mohammed Idris", "PER", "NGA", ["Informationsminister Mohammed Idris", "er"]),
    ],
}

# ---------------------------------------------------------------- hm153-en-01
IDF = actor("Israel Defense Forces", "ISR", "MIL")
FFC = actor("Freedom Flotilla Coalition", "NGO", "NGO")
KATZ = actor("Israel Katz", "ISR", "GOV")
ISR_MFA = actor("Israeli Ministry of Foreign Affairs", "ISR", "GOV")
ISR_AUTH = actor("Israeli authorities", "ISR", "GOV")
ACTIVISTS = actor("Madleen activists", None, "CVL")
TURKEY = actor("Turkey", "TUR", "GOV")
IRAN = actor("Iran", "IRN", "GOV")
ISRAEL = actor("Israel", "ISR", "GOV")
ALBANESE = actor("Francesca Albanese", "UNO", "IGO")

E1 = ("Israeli naval forces intercepted a sailing boat carrying Swedish activist Greta Thunberg and 11 other "
      "campaigners in the Mediterranean early on Monday and steered it towards the port of Ashdod.")
E2 = ("The Madleen, operated by the Freedom Flotilla Coalition, had set sail from Sicily a week ago with a "
      "symbolic cargo of baby formula, rice and medical supplies for Gaza.")
E3 = ("Defence Minister Israel Katz had warned on Sunday that the army would act to stop the boat from reaching "
      "the enclave.")
E4 = "The coalition said the activists had been “kidnapped by Israeli forces” in international waters."
E5 = "Israel’s Foreign Ministry dismissed the voyage as a “media provocation”."
E6 = ("“The passengers are safe and unharmed,” the ministry said in a statement, “but this was never about "
      "aid.”")
E7 = ("The activists were taken into custody at the port, where immigration officials began deportation "
      "proceedings.")
E8 = ("Thunberg, who agreed to leave voluntarily, was due to be flown out on Tuesday, according to the rights "
      "group Adalah, which represents the activists.")
E9 = ("Turkey and Iran condemned the seizure, with Ankara calling it a “blatant act of piracy” in breach of "
      "international law.")
E10 = ("Francesca Albanese, the U.N. special rapporteur on the Palestinian territories, urged Israel to release "
       "the activists immediately.")
E11 = "Israel has maintained a naval blockade of Gaza since 2007, when Hamas took control of the territory."

EN01 = {
    "id": "hm153-en-01", "lang": "en", "url": None, "published": "2025-06-09",
    "title": "Israel intercepts Gaza-bound aid boat carrying Greta Thunberg",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6, E7, E8], [E9, E10, E11]),
    "events": [
        event("COERCE", IDF, FFC, E1, mode="seize", date="2025-06-09", location="Mediterranean Sea"),
        event("THREATEN", KATZ, FFC, E3, mode="restrict", date="2025-06-08"),
        event("ACCUSE", FFC, IDF, E4, mode="allege"),
        event("ACCUSE", ISR_MFA, FFC, E5, mode="disapprove"),
        event("ACCUSE", ISR_MFA, FFC, E6, mode="disapprove"),
        event("COERCE", ISR_AUTH, ACTIVISTS, E7, mode="arrest", location="Ashdod", location_country="ISR"),
        event("ACCUSE", TURKEY, ISRAEL, E9, mode="disapprove"),
        event("ACCUSE", IRAN, ISRAEL, E9, mode="disapprove"),
        event("REQUEST", ALBANESE, ISRAEL, E10, mode="yield"),
    ],
    "quotes": [
        quote("that the army would act to stop the boat from reaching the enclave", "Israel Katz", "indirect"),
        quote("kidnapped by Israeli forces", "Freedom Flotilla Coalition", "direct"),
        quote("the activists had been “kidnapped by Israeli forces” in international waters",
              "Freedom Flotilla Coalition", "indirect"),
        quote("media provocation", "Israeli Ministry of Foreign Affairs", "direct"),
        quote("The passengers are safe and unharmed", "Israeli Ministry of Foreign Affairs", "direct"),
        quote("but this was never about aid", "Israeli Ministry of Foreign Affairs", "direct"),
        quote("Thunberg, who agreed to leave voluntarily, was due to be flown out on Tuesday", "Adalah",
              "indirect"),
        quote("blatant act of piracy", "Turkey", "direct"),
    ],
    "entities": [
        entity("Israel Defense Forces", "ORG", "ISR", ["Israeli naval forces", "Israeli forces", "the army"]),
        entity("Greta Thunberg", "PER", "SWE", ["Swedish activist Greta Thunberg", "Thunberg"]),
        entity("Mediterranean Sea", "LOC", None, ["the Mediterranean"]),
        entity("Ashdod", "LOC", "ISR", ["the port of Ashdod", "the port"]),
        entity("Freedom Flotilla Coalition", "ORG", "NGO", ["the Freedom Flotilla Coalition", "The coalition"]),
        entity("Sicily", "LOC", "ITA", ["Sicily"]),
        entity("Gaza", "GPE", "PSE", ["Gaza", "the enclave", "the territory"]),
        entity("Israel Katz", "PER", "ISR", ["Defence Minister Israel Katz"]),
        entity("Israeli Ministry of Foreign Affairs", "ORG", "ISR", ["Israel’s Foreign Ministry", "the ministry"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Adalah", "ORG", "ISR", ["the rights group Adalah"]),
        entity("Turkey", "GPE", "TUR", ["Turkey", "Ankara"]),
        entity("Iran", "GPE", "IRN", ["Iran"]),
        entity("Francesca Albanese", "PER", "UNO", ["Francesca Albanese"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
    ],
}

# ---------------------------------------------------------------- hm153-en-02
PE_PROTESTERS = actor("Generation Z protesters", "PER", "CVL")
JERI = actor("José Jerí", "PER", "GOV")
PNP = actor("National Police of Peru", "PER", "COP")
ARRIOLA = actor("Óscar Arriola", "PER", "COP")
PNP_OFFICER = actor("Plain-clothes police officer", "PER", "COP")
RUIZ = actor("Eduardo Ruiz", "PER", "CVL")
PROSECUTORS = actor("Public Ministry of Peru", "PER", "JUD")
OMBUDSMAN = actor("Ombudsman's Office of Peru", "PER", "GOV")
PE_AUTH = actor("Peruvian authorities", "PER", "GOV")

F1 = ("A man was shot dead and more than 100 people were injured as thousands of young protesters clashed with "
      "police in central Lima late on Wednesday, authorities said.")
F2 = ("The march, called by youth collectives under the Generation Z banner, was directed against President José "
      "Jerí, rampant crime and a pension reform.")
F3 = "Protesters hurled stones and fireworks at officers, who responded with tear gas and rubber bullets."
F4 = "The victim, 32-year-old hip-hop artist Eduardo Ruiz, was hit by a bullet near the Plaza San Martín."
F5 = ("National police chief Óscar Arriola admitted that an officer in plain clothes had fired the shot and said "
      "the officer had been detained.")
F6 = "“This was not a police operation, it was an individual act,” Arriola told reporters."
F7 = "Prosecutors opened a homicide investigation against the officer."
F8 = "Jerí, who took office last week, expressed his condolences but rejected calls to step down."
F9 = "“I will not resign; my duty is to keep the country stable,” he wrote on X."
F10 = "The Ombudsman’s Office called on police to refrain from using firearms against demonstrators."
F11 = ("Amnesty International said Peruvian authorities had a long record of using excessive force against "
       "protesters.")
F12 = ("Jerí later announced that officers would no longer carry lethal weapons when policing demonstrations in "
       "the capital.")
F13 = "Peru has had seven presidents since 2016."

EN02 = {
    "id": "hm153-en-02", "lang": "en", "url": None, "published": "2025-10-16",
    "title": "One dead as Generation Z protesters clash with police in Peru's capital",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7, F8, F9], [F10, F11, F12, F13]),
    "events": [
        event("PROTEST", PE_PROTESTERS, JERI, F1, mode="riot", date="2025-10-15", location="Lima",
              location_country="PER"),
        event("PROTEST", PE_PROTESTERS, JERI, F2, mode="demo", location="Lima", location_country="PER"),
        event("ASSAULT", PE_PROTESTERS, PNP, F3, mode="primitive", location="Lima", location_country="PER"),
        event("ASSAULT", PNP, PE_PROTESTERS, F3, mode="crowd-control", location="Lima", location_country="PER"),
        event("CONCEDE", ARRIOLA, None, F5),
        event("ASSAULT", PNP_OFFICER, RUIZ, F5, mode="firearms", location="Lima", location_country="PER"),
        event("COERCE", PNP, PNP_OFFICER, F5, mode="arrest"),
        event("ACCUSE", PROSECUTORS, PNP_OFFICER, F7, mode="investigate"),
        event("REJECT", JERI, PE_PROTESTERS, F8, mode="change"),
        event("REJECT", JERI, PE_PROTESTERS, F9, mode="change"),
        event("REQUEST", OMBUDSMAN, PNP, F10, mode="change"),
        event("ACCUSE", AMNESTY, PE_AUTH, F11, mode="allege"),
        event("CONCEDE", JERI, PE_PROTESTERS, F12),
    ],
    "quotes": [
        quote("A man was shot dead and more than 100 people were injured as thousands of young protesters clashed "
              "with police in central Lima late on Wednesday", "Peruvian authorities", "indirect"),
        quote("that an officer in plain clothes had fired the shot", "Óscar Arriola", "indirect"),
        quote("the officer had been detained", "Óscar Arriola", "indirect"),
        quote("This was not a police operation, it was an individual act", "Óscar Arriola", "direct"),
        quote("I will not resign; my duty is to keep the country stable", "José Jerí", "direct"),
        quote("Peruvian authorities had a long record of using excessive force against protesters",
              "Amnesty International", "indirect"),
        quote("that officers would no longer carry lethal weapons when policing demonstrations in the capital",
              "José Jerí", "indirect"),
    ],
    "entities": [
        entity("Lima", "LOC", "PER", ["central Lima", "the capital"]),
        entity("José Jerí", "PER", "PER", ["President José Jerí", "Jerí", "he"]),
        entity("Eduardo Ruiz", "PER", "PER", ["32-year-old hip-hop artist Eduardo Ruiz", "The victim", "A man"]),
        entity("Plaza San Martín", "LOC", "PER", ["the Plaza San Martín"]),
        entity("National Police of Peru", "ORG", "PER", ["police", "officers"]),
        entity("Óscar Arriola", "PER", "PER", ["National police chief Óscar Arriola", "Arriola"]),
        entity("Public Ministry of Peru", "ORG", "PER", ["Prosecutors"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("Ombudsman's Office of Peru", "ORG", "PER", ["The Ombudsman’s Office"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Peru", "GPE", "PER", ["Peru", "the country", "Peruvian"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
