"""Round 119: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm119-de-01: Thai and Cambodian troops clash at the border; Thai F-16 strikes, border closed, ambassadors expelled, Hun Manet turns to the UN Security Council (2025-07-24).
- hm119-de-02: France declares a state of emergency in New Caledonia after riots over the electoral reform; troops, police, TikTok ban, Darmanin accuses Azerbaijan (2024-05-16).
- hm119-de-03: Venezuelan navy vessel enters waters off Guyana near ExxonMobil oil ships; Ali protests, Rubio threatens Caracas, Caricom backs Guyana (2025-03-02).
- hm119-de-04: South Korea's suspended President Yoon Suk Yeol arrested at his Seoul residence by CIO investigators (2025-01-15).
- hm119-en-01: First Kenyan police contingent arrives in Haiti to lead the multinational mission against gangs (2024-06-26).
- hm119-en-02: New Zealand pauses development funding to the Cook Islands over Mark Brown's agreements with China (2025-06-19).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm119-de-01
THA_ARMY = actor("Royal Thai Army", "THA", "MIL")
KHM_ARMY = actor("Royal Cambodian Armed Forces", "KHM", "MIL")
THA_AIRFORCE = actor("Royal Thai Air Force", "THA", "MIL")
THA_MOD = actor("Thai Ministry of Defence", "THA", "GOV")
THA_GOV = actor("Thailand", "THA", "GOV")
KHM_GOV = actor("Cambodia", "KHM", "GOV")
PHUMTHAM = actor("Phumtham Wechayachai", "THA", "GOV")
KHM_AMB = actor("Ambassador of Cambodia to Thailand", "KHM", "GOV")
HUN_MANET = actor("Hun Manet", "KHM", "GOV")
UNSC = actor("UN Security Council", "UNO", "IGO")
ANWAR = actor("Anwar Ibrahim", "MYS", "GOV")

T1 = ("An der umstrittenen Grenze zwischen Thailand und Kambodscha haben sich Soldaten beider Länder am Donnerstag "
      "die schwersten Gefechte seit mehr als einem Jahrzehnt geliefert.")
T2 = ("Nach Angaben des thailändischen Gesundheitsministeriums wurden mindestens zwölf Menschen getötet, die meisten "
      "von ihnen Zivilisten.")
T3 = ("Die thailändische Luftwaffe griff nach eigenen Angaben mit F-16-Kampfjets zwei militärische Ziele auf "
      "kambodschanischem Gebiet an.")
T4 = ("Kambodschanische Truppen hätten zuvor mit Raketenwerfern Dörfer in der Provinz Surin und eine Tankstelle in "
      "Sisaket beschossen, erklärte das Verteidigungsministerium in Bangkok.")
T5 = ("Die Regierung in Phnom Penh warf Thailand ihrerseits vor, die Kämpfe mit einem Angriff auf kambodschanische "
      "Stellungen nahe dem Tempel Ta Moan Thom begonnen zu haben.")
T6 = ("Der geschäftsführende Regierungschef Phumtham Wechayachai ließ am Donnerstag sämtliche Grenzübergänge zu "
      "Kambodscha schließen.")
T7 = ("Bereits am Mittwoch hatte Bangkok den kambodschanischen Botschafter ausgewiesen, nachdem fünf thailändische "
      "Soldaten durch eine Landmine verletzt worden waren.")
T8 = ("„Kambodscha hat unsere Souveränität verletzt, und wir werden unser Territorium mit aller Entschlossenheit "
      "verteidigen“, sagte Phumtham vor Journalisten.")
T9 = ("Kambodschas Ministerpräsident Hun Manet bat den UN-Sicherheitsrat in einem Brief um eine Dringlichkeitssitzung, "
      "um die „unprovozierte und vorsätzliche militärische Aggression“ Thailands zu beraten.")
T10 = ("Zugleich rief Phnom Penh alle Diplomaten aus Bangkok zurück und stufte die Beziehungen zum Nachbarland auf die "
       "niedrigste Ebene herab.")
T11 = ("Der malaysische Regierungschef Anwar Ibrahim, dessen Land derzeit den Vorsitz des südostasiatischen "
       "Staatenbundes Asean innehat, rief beide Seiten zu einer sofortigen Waffenruhe auf.")
T12 = ("„Der Konflikt darf nicht die Stabilität der gesamten Region gefährden“, sagte Anwar in Kuala Lumpur.")

DE01 = {
    "id": "hm119-de-01",
    "lang": "de",
    "url": None,
    "published": "2025-07-24",
    "title": "Schwere Gefechte an der Grenze zwischen Thailand und Kambodscha",
    "text": paragraphs([T1, T2, T3, T4, T5], [T6, T7, T8], [T9, T10, T11, T12]),
    "events": [
        event("ASSAULT", THA_ARMY, KHM_ARMY, T1, date="2025-07-24"),
        event("ASSAULT", KHM_ARMY, THA_ARMY, T1, date="2025-07-24"),
        event("ASSAULT", THA_AIRFORCE, KHM_ARMY, T3, mode="aerial", location_country="KHM"),
        event("ACCUSE", THA_MOD, KHM_ARMY, T4, mode="allege", location="Bangkok", location_country="THA"),
        event("ACCUSE", KHM_GOV, THA_GOV, T5, mode="allege", location="Phnom Penh", location_country="KHM"),
        event("SANCTION", PHUMTHAM, KHM_GOV, T6, mode="discontinue", date="2025-07-24"),
        event("SANCTION", THA_GOV, KHM_AMB, T7, mode="expel", date="2025-07-23", location="Bangkok",
              location_country="THA"),
        event("ACCUSE", PHUMTHAM, KHM_GOV, T8, mode="disapprove"),
        event("THREATEN", PHUMTHAM, KHM_GOV, T8, mode="violence"),
        event("REQUEST", HUN_MANET, UNSC, T9, mode="meet"),
        event("ACCUSE", HUN_MANET, THA_GOV, T9, mode="disapprove"),
        event("SANCTION", KHM_GOV, THA_GOV, T10, mode="withdraw"),
        event("REQUEST", ANWAR, THA_GOV, T11, mode="yield"),
        event("REQUEST", ANWAR, KHM_GOV, T11, mode="yield"),
    ],
    "quotes": [
        quote("wurden mindestens zwölf Menschen getötet, die meisten von ihnen Zivilisten",
              "Thai Ministry of Public Health", "indirect"),
        quote("Kambodschanische Truppen hätten zuvor mit Raketenwerfern Dörfer in der Provinz Surin und eine Tankstelle "
              "in Sisaket beschossen", "Thai Ministry of Defence", "indirect"),
        quote("die Kämpfe mit einem Angriff auf kambodschanische Stellungen nahe dem Tempel Ta Moan Thom begonnen zu "
              "haben", "Government of Cambodia", "indirect"),
        quote("Kambodscha hat unsere Souveränität verletzt, und wir werden unser Territorium mit aller Entschlossenheit "
              "verteidigen", "Phumtham Wechayachai", "direct"),
        quote("unprovozierte und vorsätzliche militärische Aggression", "Hun Manet", "direct"),
        quote("Der Konflikt darf nicht die Stabilität der gesamten Region gefährden", "Anwar Ibrahim", "direct"),
    ],
    "entities": [
        entity("Thailand", "GPE", "THA", ["Thailand", "Thailands"]),
        entity("Cambodia", "GPE", "KHM", ["Kambodscha", "Kambodschas", "Nachbarland"]),
        entity("Bangkok", "GPE", "THA", ["Bangkok"]),
        entity("Phnom Penh", "GPE", "KHM", ["Phnom Penh"]),
        entity("Thai Ministry of Public Health", "ORG", "THA", ["thailändischen Gesundheitsministeriums"]),
        entity("Royal Thai Air Force", "ORG", "THA", ["thailändische Luftwaffe"]),
        entity("Royal Cambodian Armed Forces", "ORG", "KHM", ["Kambodschanische Truppen"]),
        entity("Thai Ministry of Defence", "ORG", "THA", ["Verteidigungsministerium in Bangkok"]),
        entity("Government of Cambodia", "ORG", "KHM", ["Regierung in Phnom Penh"]),
        entity("Surin", "GPE", "THA", ["Provinz Surin"]),
        entity("Sisaket", "GPE", "THA", ["Sisaket"]),
        entity("Ta Moan Thom temple", "LOC", None, ["Tempel Ta Moan Thom"]),
        entity("Phumtham Wechayachai", "PER", "THA",
               ["Phumtham Wechayachai", "Phumtham", "Der geschäftsführende Regierungschef"]),
        entity("Ambassador of Cambodia to Thailand", "PER", "KHM", ["kambodschanischen Botschafter"]),
        entity("Thai soldiers wounded by a landmine", "PER", "THA", ["fünf thailändische Soldaten"]),
        entity("Hun Manet", "PER", "KHM", ["Hun Manet", "Kambodschas Ministerpräsident"]),
        entity("UN Security Council", "ORG", "UNO", ["UN-Sicherheitsrat"]),
        entity("Anwar Ibrahim", "PER", "MYS", ["Anwar Ibrahim", "Anwar", "Der malaysische Regierungschef"]),
        entity("ASEAN", "ORG", "IGO", ["Asean", "südostasiatischen Staatenbundes"]),
        entity("Kuala Lumpur", "GPE", "MYS", ["Kuala Lumpur"]),
    ],
}

# ---------------------------------------------------------------- hm119-de-02
FRA_GOV = actor("France", "FRA", "GOV")
FRA_MIL = actor("French Armed Forces", "FRA", "MIL")
NCL_RIOTERS = actor("New Caledonian rioters", "NCL", "CVL")
TIKTOK = actor("TikTok", "MNC", "BUS")
DARMANIN = actor("Gerald Darmanin", "FRA", "GOV")
CCAT = actor("Field Action Coordination Unit (CCAT)", "NCL", "OPP")
AZE_GOV = actor("Azerbaijan", "AZE", "GOV")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
INDEP_REPS = actor("New Caledonian pro-independence representatives", "NCL", "OPP")
LOYALIST_REPS = actor("New Caledonian loyalist representatives", "NCL", "PTY")
FLNKS = actor("Kanak and Socialist National Liberation Front (FLNKS)", "NCL", "OPP")
FLNKS_SPOKES = actor("FLNKS spokesperson", "NCL", "OPP")

N1 = ("Nach drei Nächten schwerer Unruhen im französischen Überseegebiet Neukaledonien hat die Regierung in Paris den "
      "Ausnahmezustand über die Inselgruppe im Südpazifik verhängt.")
N2 = ("Bei den Krawallen in der Hauptstadt Nouméa wurden seit Montag vier Menschen getötet, darunter ein Gendarm; "
      "Randalierer plünderten Geschäfte und steckten Autos, Häuser und Fabriken in Brand.")
N3 = ("Auslöser der Gewalt ist eine Verfassungsreform, die Tausenden später zugezogenen Franzosen das Wahlrecht bei den "
      "Provinzwahlen geben soll und die die Nationalversammlung in Paris in der Nacht zum Mittwoch gebilligt hatte.")
N4 = ("Auf Anordnung von Premierminister Gabriel Attal übernahmen Soldaten die Sicherung der Häfen und des "
      "internationalen Flughafens La Tontouta; zudem schickte Paris 1000 zusätzliche Polizisten und Gendarmen auf die "
      "Inseln.")
N5 = ("Die Regierung ließ außerdem die Plattform Tiktok sperren, über die sich die Randalierer nach Angaben der "
      "Behörden verabredet hatten.")
N6 = ("Innenminister Gérald Darmanin sagte, gegen zehn mutmaßliche Anführer der Unruhen aus der radikalen "
      "Unabhängigkeitsgruppe CCAT sei Hausarrest verhängt worden.")
N7 = ("Zugleich warf er Aserbaidschan vor, sich in Neukaledonien einzumischen und die Unabhängigkeitsbewegung "
      "anzustacheln.")
N8 = "„Das ist keine Fantasie, das ist eine Realität“, sagte der Minister dem Sender France 2."
N9 = "Das Außenministerium in Baku wies die Anschuldigungen als „völlig haltlos“ zurück."
N10 = ("Präsident Emmanuel Macron lud Vertreter der Unabhängigkeitsbefürworter und der Loyalisten zu Gesprächen per "
       "Videokonferenz ein.")
N11 = ("Die Unabhängigkeitsbewegung FLNKS verurteilte die Gewalt, verlangte aber zugleich, die Reform "
       "zurückzuziehen.")
N12 = "„Der Staat muss jetzt die Hand ausstrecken, bevor es zu spät ist“, sagte ein FLNKS-Sprecher in Nouméa."

DE02 = {
    "id": "hm119-de-02",
    "lang": "de",
    "url": None,
    "published": "2024-05-16",
    "title": "Paris verhängt Ausnahmezustand über Neukaledonien",
    "text": paragraphs([N1, N2, N3, N4, N5], [N6, N7, N8, N9], [N10, N11, N12]),
    "events": [
        event("COERCE", FRA_GOV, None, N1, mode="martial-law", location="New Caledonia", location_country="NCL"),
        event("PROTEST", NCL_RIOTERS, FRA_GOV, N2, mode="riot", location="Noumea", location_country="NCL"),
        event("MOBILIZE", FRA_MIL, None, N4, mode="troops", location="La Tontouta", location_country="NCL"),
        event("MOBILIZE", FRA_GOV, None, N4, mode="police", location="New Caledonia", location_country="NCL"),
        event("COERCE", FRA_GOV, TIKTOK, N5, mode="censor", location="New Caledonia", location_country="NCL"),
        event("COERCE", DARMANIN, CCAT, N6, mode="arrest", location="New Caledonia", location_country="NCL"),
        event("ACCUSE", DARMANIN, AZE_GOV, N7, mode="allege"),
        event("AGREE", MACRON, INDEP_REPS, N10),
        event("AGREE", MACRON, LOYALIST_REPS, N10),
        event("ACCUSE", FLNKS, NCL_RIOTERS, N11, mode="disapprove"),
        event("REQUEST", FLNKS, FRA_GOV, N11, mode="change"),
        event("REQUEST", FLNKS_SPOKES, FRA_GOV, N12, mode="meet", location="Noumea", location_country="NCL"),
    ],
    "quotes": [
        quote("gegen zehn mutmaßliche Anführer der Unruhen aus der radikalen Unabhängigkeitsgruppe CCAT sei Hausarrest "
              "verhängt worden", "Gerald Darmanin", "indirect"),
        quote("sich in Neukaledonien einzumischen und die Unabhängigkeitsbewegung anzustacheln", "Gerald Darmanin",
              "indirect"),
        quote("Das ist keine Fantasie, das ist eine Realität", "Gerald Darmanin", "direct"),
        quote("völlig haltlos", "Ministry of Foreign Affairs of Azerbaijan", "direct"),
        quote("die Reform zurückzuziehen", "Kanak and Socialist National Liberation Front (FLNKS)", "indirect"),
        quote("Der Staat muss jetzt die Hand ausstrecken, bevor es zu spät ist", "FLNKS spokesperson", "direct"),
    ],
    "entities": [
        entity("New Caledonia", "GPE", "NCL", ["Neukaledonien", "Inselgruppe im Südpazifik", "Inseln"]),
        entity("France", "GPE", "FRA", ["Regierung in Paris", "Paris"]),
        entity("Noumea", "GPE", "NCL", ["Nouméa", "Hauptstadt Nouméa"]),
        entity("French gendarme killed in the riots", "PER", "FRA", ["ein Gendarm"]),
        entity("New Caledonian rioters", "ORG", "NCL", ["Randalierer"]),
        entity("French National Assembly", "ORG", "FRA", ["Nationalversammlung in Paris"]),
        entity("Gabriel Attal", "PER", "FRA", ["Gabriel Attal", "Premierminister Gabriel Attal"]),
        entity("French Armed Forces", "ORG", "FRA", ["Soldaten"]),
        entity("La Tontouta International Airport", "LOC", "NCL", ["internationalen Flughafens La Tontouta"]),
        entity("TikTok", "ORG", "MNC", ["Tiktok", "Plattform Tiktok"]),
        entity("Gerald Darmanin", "PER", "FRA", ["Gérald Darmanin", "Innenminister Gérald Darmanin", "der Minister"]),
        entity("Field Action Coordination Unit (CCAT)", "ORG", "NCL",
               ["CCAT", "radikalen Unabhängigkeitsgruppe CCAT"]),
        entity("Azerbaijan", "GPE", "AZE", ["Aserbaidschan"]),
        entity("France 2", "ORG", "FRA", ["France 2"]),
        entity("Ministry of Foreign Affairs of Azerbaijan", "ORG", "AZE", ["Außenministerium in Baku"]),
        entity("Baku", "GPE", "AZE", ["Baku"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Emmanuel Macron", "Präsident Emmanuel Macron"]),
        entity("New Caledonian pro-independence representatives", "ORG", "NCL",
               ["Vertreter der Unabhängigkeitsbefürworter"]),
        entity("New Caledonian loyalists", "ORG", "NCL", ["Loyalisten"]),
        entity("Kanak and Socialist National Liberation Front (FLNKS)", "ORG", "NCL",
               ["FLNKS", "Unabhängigkeitsbewegung FLNKS"]),
        entity("FLNKS spokesperson", "PER", "NCL", ["ein FLNKS-Sprecher"]),
    ],
}

# ---------------------------------------------------------------- hm119-de-03
VEN_NAVY = actor("Venezuelan Navy", "VEN", "MIL")
GUY_GOV = actor("Guyana", "GUY", "GOV")
VEN_GOV = actor("Venezuela", "VEN", "GOV")
ALI = actor("Irfaan Ali", "GUY", "GOV")
GIL = actor("Yvan Gil", "VEN", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")
MADURO = actor("Nicolas Maduro", "VEN", "GOV")
CARICOM = actor("Caribbean Community (Caricom)", "IGO", "IGO")

G1 = ("Ein Patrouillenboot der venezolanischen Marine ist am Samstag in Gewässer vor der Küste Guyanas eingedrungen und "
      "hat sich mehreren Ölförderschiffen des US-Konzerns ExxonMobil genähert.")
G2 = ("Die Besatzung habe den Schiffen per Funk mitgeteilt, sie befänden sich in venezolanischen Hoheitsgewässern, "
      "sagte Guyanas Präsident Irfaan Ali in einer Fernsehansprache.")
G3 = ("„Das ist eine ernste Bedrohung für unsere territoriale Integrität, und wir werden sie nicht hinnehmen“, "
      "sagte Ali.")
G4 = ("Er habe die Partner seines Landes unterrichtet und das Außenministerium angewiesen, bei der Regierung in "
      "Caracas förmlich Protest einzulegen.")
G5 = ("Das venezolanische Verteidigungsministerium wies die Darstellung zurück; die Marine patrouilliere in "
      "Gewässern, die nach internationalem Recht noch nicht abgegrenzt seien.")
G6 = ("Außenminister Yván Gil warf Ali vor, im Auftrag von ExxonMobil zu handeln, und nannte ihn einen „Sprecher von "
      "Konzerninteressen“.")
G7 = "US-Außenminister Marco Rubio drohte Caracas mit Konsequenzen."
G8 = ("„Weitere Provokationen gegen Guyana werden für das Regime von Nicolás Maduro einen hohen Preis haben“, schrieb "
      "Rubio auf der Plattform X.")
G9 = ("Auch die Karibikgemeinschaft Caricom verurteilte das Vorgehen Venezuelas und sicherte Guyana ihre volle "
      "Solidarität zu.")
G10 = ("Beide Länder streiten seit Jahrzehnten um die ölreiche Region Essequibo, die rund zwei Drittel des guyanischen "
       "Staatsgebiets ausmacht; der Fall liegt beim Internationalen Gerichtshof in Den Haag.")
G11 = ("Maduro hatte Ende 2023 ein umstrittenes Referendum abhalten lassen und das Gebiet anschließend zu einem "
       "venezolanischen Bundesstaat erklärt.")

DE03 = {
    "id": "hm119-de-03",
    "lang": "de",
    "url": None,
    "published": "2025-03-02",
    "title": "Venezolanisches Marineboot dringt in Gewässer vor Guyana ein",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6], [G7, G8, G9, G10, G11]),
    "events": [
        event("MOBILIZE", VEN_NAVY, GUY_GOV, G1, mode="weapons", date="2025-03-01", location_country="GUY"),
        event("ACCUSE", ALI, VEN_GOV, G3, mode="disapprove"),
        event("ACCUSE", ALI, VEN_GOV, G4, mode="disapprove"),
        event("ACCUSE", GIL, ALI, G6, mode="allege"),
        event("THREATEN", RUBIO, VEN_GOV, G7),
        event("THREATEN", RUBIO, MADURO, G8),
        event("ACCUSE", CARICOM, VEN_GOV, G9, mode="disapprove"),
        event("SUPPORT", CARICOM, GUY_GOV, G9),
        event("THREATEN", MADURO, GUY_GOV, G11, mode="territory"),
    ],
    "quotes": [
        quote("Die Besatzung habe den Schiffen per Funk mitgeteilt, sie befänden sich in venezolanischen "
              "Hoheitsgewässern", "Irfaan Ali", "indirect"),
        quote("sie befänden sich in venezolanischen Hoheitsgewässern", "Venezuelan Navy", "indirect"),
        quote("Das ist eine ernste Bedrohung für unsere territoriale Integrität, und wir werden sie nicht hinnehmen",
              "Irfaan Ali", "direct"),
        quote("Er habe die Partner seines Landes unterrichtet und das Außenministerium angewiesen, bei der Regierung "
              "in Caracas förmlich Protest einzulegen", "Irfaan Ali", "indirect"),
        quote("die Marine patrouilliere in Gewässern, die nach internationalem Recht noch nicht abgegrenzt seien",
              "Venezuelan Ministry of Defence", "indirect"),
        quote("im Auftrag von ExxonMobil zu handeln", "Yvan Gil", "indirect"),
        quote("Sprecher von Konzerninteressen", "Yvan Gil", "direct"),
        quote("Weitere Provokationen gegen Guyana werden für das Regime von Nicolás Maduro einen hohen Preis haben",
              "Marco Rubio", "direct"),
    ],
    "entities": [
        entity("Venezuelan Navy", "ORG", "VEN", ["venezolanischen Marine", "Marine", "Die Besatzung"]),
        entity("Guyana", "GPE", "GUY", ["Guyanas", "Guyana"]),
        entity("ExxonMobil", "ORG", "USA", ["ExxonMobil", "US-Konzerns ExxonMobil"]),
        entity("Irfaan Ali", "PER", "GUY", ["Irfaan Ali", "Ali", "Guyanas Präsident Irfaan Ali"]),
        entity("Ministry of Foreign Affairs of Guyana", "ORG", "GUY", ["das Außenministerium"]),
        entity("Venezuela", "GPE", "VEN", ["Venezuelas", "Regierung in Caracas", "Caracas"]),
        entity("Venezuelan Ministry of Defence", "ORG", "VEN", ["venezolanische Verteidigungsministerium"]),
        entity("Yvan Gil", "PER", "VEN", ["Yván Gil", "Außenminister Yván Gil"]),
        entity("Marco Rubio", "PER", "USA", ["Marco Rubio", "Rubio", "US-Außenminister Marco Rubio"]),
        entity("Nicolas Maduro", "PER", "VEN", ["Nicolás Maduro", "Maduro"]),
        entity("X", "ORG", "MNC", ["Plattform X"]),
        entity("Caribbean Community (Caricom)", "ORG", "IGO", ["Caricom", "Karibikgemeinschaft Caricom"]),
        entity("Essequibo", "LOC", "GUY", ["Essequibo", "ölreiche Region Essequibo", "das Gebiet"]),
        entity("International Court of Justice", "ORG", "UNO", ["Internationalen Gerichtshof"]),
        entity("The Hague", "GPE", "NLD", ["Den Haag"]),
    ],
}

# ---------------------------------------------------------------- hm119-de-04
CIO = actor("Corruption Investigation Office for High-ranking Officials", "KOR", "JUD")
YOON = actor("Yoon Suk Yeol", "KOR", "GOV")
KOR_POLICE = actor("South Korean police", "KOR", "COP")
KOR_ASSEMBLY = actor("National Assembly of South Korea", "KOR", "LEG")
DPK = actor("Democratic Party of Korea", "KOR", "PTY")
PPP = actor("People Power Party", "KOR", "PTY")
YOON_SUPPORTERS = actor("Supporters of Yoon Suk Yeol", "KOR", "CVL")

Y1 = ("Ermittler in Südkorea haben den suspendierten Präsidenten Yoon Suk Yeol am Mittwoch in seiner Residenz in "
      "Seoul festgenommen.")
Y2 = "Es ist das erste Mal in der Geschichte des Landes, dass ein amtierender Staatschef in Gewahrsam genommen wird."
Y3 = ("Mehr als 3000 Polizisten hatten in den frühen Morgenstunden das Anwesen umstellt, bevor Beamte der "
      "Antikorruptionsbehörde CIO über Busbarrikaden kletterten, die die Leibgarde des Präsidenten errichtet hatte.")
Y4 = "Anders als bei einem ersten Versuch Anfang Januar leistete die Leibgarde diesmal keinen Widerstand."
Y5 = ("Yoon warf den Ermittlern in einer vorab aufgezeichneten Videobotschaft vor, illegal zu handeln: „In diesem "
      "Land ist die Rechtsstaatlichkeit vollständig zusammengebrochen.“")
Y6 = "Er habe sich nur gestellt, um „Blutvergießen zu verhindern“, sagte er."
Y7 = ("Yoon hatte Anfang Dezember überraschend das Kriegsrecht ausgerufen, es aber nach wenigen Stunden wieder "
      "aufgehoben, nachdem das Parlament dagegen gestimmt hatte.")
Y8 = "Die Ermittler werfen ihm deshalb Anstiftung zum Aufruhr und Amtsmissbrauch vor."
Y9 = ("Das Parlament hatte kurz darauf ein Amtsenthebungsverfahren gegen ihn beschlossen; über seine endgültige "
      "Absetzung muss das Verfassungsgericht entscheiden.")
Y10 = ("Die oppositionelle Demokratische Partei begrüßte die Festnahme als „ersten Schritt zur Wiederherstellung der "
       "verfassungsmäßigen Ordnung“.")
Y11 = ("Abgeordnete von Yoons Partei Macht des Volkes sprachen dagegen von einer „politisch motivierten“ Aktion und "
       "warfen der Behörde vor, ihre Befugnisse zu überschreiten.")
Y12 = "Vor der Residenz protestierten Tausende Anhänger des Präsidenten bei eisigen Temperaturen gegen die Festnahme."

DE04 = {
    "id": "hm119-de-04",
    "lang": "de",
    "url": None,
    "published": "2025-01-15",
    "title": "Südkoreas suspendierter Präsident Yoon festgenommen",
    "text": paragraphs([Y1, Y2, Y3, Y4, Y5, Y6], [Y7, Y8, Y9], [Y10, Y11, Y12]),
    "events": [
        event("COERCE", CIO, YOON, Y1, mode="arrest", date="2025-01-15", location="Seoul", location_country="KOR"),
        event("MOBILIZE", KOR_POLICE, YOON, Y3, mode="police", location="Seoul", location_country="KOR"),
        event("ACCUSE", YOON, CIO, Y5, mode="disapprove"),
        event("COERCE", YOON, None, Y7, mode="martial-law", location_country="KOR"),
        event("CONCEDE", YOON, KOR_ASSEMBLY, Y7),
        event("REJECT", KOR_ASSEMBLY, YOON, Y7, mode="change"),
        event("ACCUSE", CIO, YOON, Y8, mode="allege"),
        event("ACCUSE", KOR_ASSEMBLY, YOON, Y9, mode="allege"),
        event("SUPPORT", DPK, CIO, Y10),
        event("ACCUSE", PPP, CIO, Y11, mode="disapprove"),
        event("PROTEST", YOON_SUPPORTERS, CIO, Y12, mode="demo", date="2025-01-15", location="Seoul",
              location_country="KOR"),
    ],
    "quotes": [
        quote("illegal zu handeln", "Yoon Suk Yeol", "indirect"),
        quote("In diesem Land ist die Rechtsstaatlichkeit vollständig zusammengebrochen", "Yoon Suk Yeol", "direct"),
        quote("Er habe sich nur gestellt, um „Blutvergießen zu verhindern“", "Yoon Suk Yeol", "indirect"),
        quote("Blutvergießen zu verhindern", "Yoon Suk Yeol", "direct"),
        quote("ersten Schritt zur Wiederherstellung der verfassungsmäßigen Ordnung", "Democratic Party of Korea",
              "direct"),
        quote("politisch motivierten", "People Power Party", "direct"),
        quote("ihre Befugnisse zu überschreiten", "People Power Party", "indirect"),
    ],
    "entities": [
        entity("South Korea", "GPE", "KOR", ["Südkorea", "des Landes"]),
        entity("Yoon Suk Yeol", "PER", "KOR",
               ["Yoon Suk Yeol", "Yoon", "suspendierten Präsidenten Yoon Suk Yeol", "ein amtierender Staatschef",
                "des Präsidenten"]),
        entity("Corruption Investigation Office for High-ranking Officials", "ORG", "KOR",
               ["Ermittler", "Ermittlern", "Antikorruptionsbehörde CIO", "CIO", "der Behörde"]),
        entity("Presidential residence", "LOC", "KOR", ["seiner Residenz in Seoul", "das Anwesen", "der Residenz"]),
        entity("Seoul", "GPE", "KOR", ["Seoul"]),
        entity("South Korean police", "ORG", "KOR", ["Mehr als 3000 Polizisten"]),
        entity("Presidential Security Service", "ORG", "KOR", ["Leibgarde des Präsidenten", "die Leibgarde"]),
        entity("National Assembly of South Korea", "ORG", "KOR", ["Parlament"]),
        entity("Constitutional Court of Korea", "ORG", "KOR", ["Verfassungsgericht"]),
        entity("Democratic Party of Korea", "ORG", "KOR", ["oppositionelle Demokratische Partei"]),
        entity("People Power Party", "ORG", "KOR", ["Yoons Partei Macht des Volkes", "Macht des Volkes"]),
        entity("Supporters of Yoon Suk Yeol", "ORG", "KOR", ["Tausende Anhänger des Präsidenten"]),
    ],
}

# ---------------------------------------------------------------- hm119-en-01
KEN_POLICE = actor("Kenyan police", "KEN", "COP")
HTI_GOV = actor("Haiti", "HTI", "GOV")
CONILLE = actor("Garry Conille", "HTI", "GOV")
KEN_GOV = actor("Kenya", "KEN", "GOV")
RUTO = actor("William Ruto", "KEN", "GOV")
HNP = actor("Haitian National Police", "HTI", "COP")
CHERIZIER = actor("Jimmy Cherizier", "HTI", "REB")
HTI_GANGS = actor("Haitian gang members", "HTI", "REB")
USA_GOV = actor("United States", "USA", "GOV")
BLINKEN = actor("Antony Blinken", "USA", "GOV")
RIGHTS_GROUPS = actor("Human rights groups", "NGO", "NGO")
AMNESTY = actor("Amnesty International", "NGO", "NGO")

H1 = ("The first contingent of Kenyan police officers arrived in Haiti on Tuesday to lead a U.N.-backed multinational "
      "mission against the gangs that control most of the capital, Port-au-Prince.")
H2 = ("About 400 officers landed at Toussaint Louverture International Airport aboard a chartered Kenya Airways "
      "flight.")
H3 = ("\"Haiti has waited a long time for this help,\" Prime Minister Garry Conille told reporters at the airport, "
      "thanking Kenya for what he called \"a gesture of true solidarity.\"")
H4 = ("Kenyan President William Ruto said in Nairobi that the deployment was \"a mission for humanity\" and that his "
      "officers would work hand in hand with the Haitian National Police.")
H5 = ("Gangs led by former police officer Jimmy Cherizier, known as Barbecue, have vowed to fight any foreign force, "
      "which they call \"invaders.\"")
H6 = "On Monday, gunmen attacked a police station in the suburb of Carrefour and set several vehicles on fire."
H7 = ("Gang violence killed more than 2,500 people in the first three months of the year, according to the United "
      "Nations.")
H8 = "The mission is expected to grow to 2,500 officers from several countries in the coming months."
H9 = ("The United States has pledged more than $300 million in support, and Secretary of State Antony Blinken called "
      "the deployment \"an important step\" toward restoring security.")
H10 = ("Human rights groups have questioned the record of Kenya's police, who have been accused of excessive force "
       "and extrajudicial killings at home.")
H11 = ("Amnesty International said in a statement that the mission must respect human rights and set up a mechanism "
       "to investigate any abuses.")

EN01 = {
    "id": "hm119-en-01",
    "lang": "en",
    "url": None,
    "published": "2024-06-26",
    "title": "First Kenyan police arrive in Haiti to take on gangs",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7], [H8, H9, H10, H11]),
    "events": [
        event("AID", KEN_POLICE, HTI_GOV, H1, date="2024-06-25", location="Port-au-Prince", location_country="HTI"),
        event("SUPPORT", CONILLE, KEN_GOV, H3, location="Port-au-Prince", location_country="HTI"),
        event("AGREE", RUTO, HNP, H4, location="Nairobi", location_country="KEN"),
        event("THREATEN", CHERIZIER, KEN_POLICE, H5, mode="violence"),
        event("ASSAULT", HTI_GANGS, HNP, H6, mode="firearms", date="2024-06-24", location="Carrefour",
              location_country="HTI"),
        event("AGREE", USA_GOV, HTI_GOV, H9),
        event("SUPPORT", BLINKEN, KEN_GOV, H9),
        event("ACCUSE", RIGHTS_GROUPS, KEN_POLICE, H10, mode="disapprove"),
        event("REQUEST", AMNESTY, KEN_POLICE, H11, mode="change"),
    ],
    "quotes": [
        quote("Haiti has waited a long time for this help", "Garry Conille", "direct"),
        quote("a gesture of true solidarity", "Garry Conille", "direct"),
        quote("the deployment was \"a mission for humanity\" and that his officers would work hand in hand with the "
              "Haitian National Police", "William Ruto", "indirect"),
        quote("a mission for humanity", "William Ruto", "direct"),
        quote("invaders", "Jimmy Cherizier", "direct"),
        quote("Gang violence killed more than 2,500 people in the first three months of the year", "United Nations",
              "indirect"),
        quote("an important step", "Antony Blinken", "direct"),
        quote("the mission must respect human rights and set up a mechanism to investigate any abuses",
              "Amnesty International", "indirect"),
    ],
    "entities": [
        entity("Kenyan police", "ORG", "KEN",
               ["Kenyan police officers", "About 400 officers", "Kenya's police", "his officers"]),
        entity("Haiti", "GPE", "HTI", ["Haiti"]),
        entity("Multinational Security Support Mission", "ORG", "IGO",
               ["U.N.-backed multinational mission", "The mission", "the mission"]),
        entity("Haitian gangs", "ORG", "HTI", ["the gangs", "Gangs led by former police officer Jimmy Cherizier"]),
        entity("Port-au-Prince", "GPE", "HTI", ["Port-au-Prince", "the capital"]),
        entity("Toussaint Louverture International Airport", "LOC", "HTI",
               ["Toussaint Louverture International Airport", "the airport"]),
        entity("Kenya Airways", "ORG", "KEN", ["Kenya Airways"]),
        entity("Garry Conille", "PER", "HTI", ["Garry Conille", "Prime Minister Garry Conille"]),
        entity("Kenya", "GPE", "KEN", ["Kenya"]),
        entity("William Ruto", "PER", "KEN", ["William Ruto", "Kenyan President William Ruto"]),
        entity("Nairobi", "GPE", "KEN", ["Nairobi"]),
        entity("Haitian National Police", "ORG", "HTI", ["Haitian National Police"]),
        entity("Jimmy Cherizier", "PER", "HTI", ["Jimmy Cherizier", "Barbecue", "former police officer"]),
        entity("Haitian gang members", "ORG", "HTI", ["gunmen"]),
        entity("Carrefour police station", "LOC", "HTI", ["a police station in the suburb of Carrefour"]),
        entity("Carrefour", "GPE", "HTI", ["Carrefour"]),
        entity("United Nations", "ORG", "UNO", ["United Nations"]),
        entity("United States", "GPE", "USA", ["The United States"]),
        entity("Antony Blinken", "PER", "USA", ["Antony Blinken", "Secretary of State Antony Blinken"]),
        entity("Human rights groups", "ORG", "NGO", ["Human rights groups"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
    ],
}

# ---------------------------------------------------------------- hm119-en-02
NZL_GOV = actor("New Zealand", "NZL", "GOV")
COK_GOV = actor("Cook Islands", "COK", "GOV")
PETERS_SPOKES = actor("Spokesperson for New Zealand Foreign Minister Winston Peters", "NZL", "GOV")
BROWN = actor("Mark Brown", "COK", "GOV")
CHN_GOV = actor("China", "CHN", "GOV")
BROWNE = actor("Tina Browne", "COK", "OPP")
COK_PROTESTERS = actor("Cook Islands protesters", "COK", "CVL")
CHN_MFA = actor("Chinese Ministry of Foreign Affairs", "CHN", "GOV")

C1 = ("New Zealand has paused millions of dollars in development funding to the Cook Islands, saying the Pacific "
      "nation failed to consult it before signing a series of agreements with China.")
C2 = ("A spokesperson for Foreign Minister Winston Peters said on Thursday that 18.2 million New Zealand dollars "
      "($11 million) earmarked for the next two years would not be paid until the Cook Islands government took "
      "concrete steps to \"repair trust\" with Wellington.")
C3 = ("The money funds core budget support for health, education and tourism in the self-governing territory of "
      "about 15,000 people, which is in free association with New Zealand.")
C4 = ("Cook Islands Prime Minister Mark Brown signed a comprehensive strategic partnership with China during a visit "
      "to Beijing in February, covering deep-sea mining, infrastructure and fisheries.")
C5 = ("Wellington has said it learned of the deal only from media reports and accused Brown of breaching the two "
      "countries' obligation to consult each other on defence and security matters.")
C6 = ("Brown said in a statement that he was \"disappointed\" by the decision and that the agreements with China did "
      "not affect the Cook Islands' relationship with New Zealand.")
C7 = ("\"We will not be told who we can and cannot partner with,\" he said, adding that his government was ready "
      "\"at any time\" to meet New Zealand officials.")
C8 = ("Opposition leader Tina Browne called on Brown to publish the full text of the agreements and said the "
      "government had put the country's most important partnership at risk.")
C9 = ("Hundreds of people marched outside parliament in Rarotonga in February to protest against the deal and the "
      "lack of public consultation.")
C10 = ("China's foreign ministry said its cooperation with the Cook Islands was not aimed at any third party and "
       "urged New Zealand to respect the island nation's sovereign choices.")

EN02 = {
    "id": "hm119-en-02",
    "lang": "en",
    "url": None,
    "published": "2025-06-19",
    "title": "New Zealand pauses Cook Islands funding over China deals",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6, C7], [C8, C9, C10]),
    "events": [
        event("SANCTION", NZL_GOV, COK_GOV, C1, mode="discontinue"),
        event("ACCUSE", NZL_GOV, COK_GOV, C1, mode="disapprove"),
        event("REQUEST", PETERS_SPOKES, COK_GOV, C2, mode="change", date="2025-06-19"),
        event("SUPPORT", BROWN, CHN_GOV, C4, location="Beijing", location_country="CHN"),
        event("CONSULT", BROWN, CHN_GOV, C4, mode="visit", location="Beijing", location_country="CHN"),
        event("ACCUSE", NZL_GOV, BROWN, C5, mode="allege"),
        event("ACCUSE", BROWN, NZL_GOV, C6, mode="disapprove"),
        event("REJECT", BROWN, NZL_GOV, C7, mode="change"),
        event("AGREE", BROWN, NZL_GOV, C7),
        event("REQUEST", BROWNE, BROWN, C8, mode="change"),
        event("ACCUSE", BROWNE, BROWN, C8, mode="disapprove"),
        event("PROTEST", COK_PROTESTERS, BROWN, C9, mode="demo", location="Rarotonga", location_country="COK"),
        event("REQUEST", CHN_MFA, NZL_GOV, C10, mode="change"),
    ],
    "quotes": [
        quote("the Pacific nation failed to consult it before signing a series of agreements with China",
              "New Zealand", "indirect"),
        quote("18.2 million New Zealand dollars ($11 million) earmarked for the next two years would not be paid until "
              "the Cook Islands government took concrete steps to \"repair trust\" with Wellington",
              "Spokesperson for New Zealand Foreign Minister Winston Peters", "indirect"),
        quote("repair trust", "Spokesperson for New Zealand Foreign Minister Winston Peters", "direct"),
        quote("it learned of the deal only from media reports", "New Zealand", "indirect"),
        quote("he was \"disappointed\" by the decision and that the agreements with China did not affect the Cook "
              "Islands' relationship with New Zealand", "Mark Brown", "indirect"),
        quote("disappointed", "Mark Brown", "direct"),
        quote("We will not be told who we can and cannot partner with", "Mark Brown", "direct"),
        quote("his government was ready \"at any time\" to meet New Zealand officials", "Mark Brown", "indirect"),
        quote("at any time", "Mark Brown", "direct"),
        quote("the government had put the country's most important partnership at risk", "Tina Browne", "indirect"),
        quote("its cooperation with the Cook Islands was not aimed at any third party",
              "Chinese Ministry of Foreign Affairs", "indirect"),
    ],
    "entities": [
        entity("New Zealand", "GPE", "NZL", ["New Zealand", "Wellington"]),
        entity("Cook Islands", "GPE", "COK",
               ["Cook Islands", "the Pacific nation", "self-governing territory", "the island nation"]),
        entity("China", "GPE", "CHN", ["China"]),
        entity("Winston Peters", "PER", "NZL", ["Winston Peters", "Foreign Minister Winston Peters"]),
        entity("Spokesperson for New Zealand Foreign Minister Winston Peters", "PER", "NZL",
               ["A spokesperson for Foreign Minister Winston Peters"]),
        entity("Government of the Cook Islands", "ORG", "COK", ["Cook Islands government", "his government"]),
        entity("Mark Brown", "PER", "COK", ["Mark Brown", "Cook Islands Prime Minister Mark Brown", "Brown"]),
        entity("Beijing", "GPE", "CHN", ["Beijing"]),
        entity("Tina Browne", "PER", "COK", ["Tina Browne", "Opposition leader Tina Browne"]),
        entity("Parliament of the Cook Islands", "ORG", "COK", ["parliament"]),
        entity("Rarotonga", "LOC", "COK", ["Rarotonga"]),
        entity("Cook Islands protesters", "ORG", "COK", ["Hundreds of people"]),
        entity("Chinese Ministry of Foreign Affairs", "ORG", "CHN", ["China's foreign ministry"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
