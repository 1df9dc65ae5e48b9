"""Round 309: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm315-de-01: Mexico: 14 arrests over the navy-linked "huachicol fiscal" fuel smuggling ring, among them Vice Admiral Farías Laguna; Gertz and García Harfuch accuse and warn, Navy Secretary Morales apologises, Ojeda says he reported it, Sheinbaum backs the navy and rejects the PAN's demand, earlier Tampico seizure, Manzanillo killing and US sanctions (2025-09-08).
- hm315-de-02: Guatemala: Interior Minister Napoleón Barrientos resigns after refusing to clear the indigenous road blockades against Attorney General Porras; the 48 Cantons demand Porras's and Curruchiche's resignation, Porras refuses, the Constitutional Court orders the roads cleared, Giammattei accuses the protesters, police clear blockades without arrests, Arévalo thanks the protesters, soldiers guard fuel depots (2023-10-11).
- hm315-de-03: United States/NATO: Trump receives Rutte at the White House, threatens Russia with secondary tariffs within 50 days and promises weapons for Ukraine via NATO; Rutte praises, Germany's Patriot offer, Pistorius meets Hegseth, Ryabkov rejects the ultimatum, Zelensky thanks Trump and receives Kellogg, Russian drone attack (2025-07-14).
- hm315-de-04: Dominican Republic: Luis Abinader re-elected president; Fernández and Martínez concede and congratulate, Fernández promises a constructive opposition, deportations of Haitians and Haiti's criticism recalled, OAS observers, vote-buying arrests, Blinken congratulates (2024-05-20).
- hm315-en-01: Canada: Alberta's legislature orders 51,000 striking teachers back to work using the notwithstanding clause; the ATA's rejection of the offer, Schilling condemns but complies, Nenshi demands repeal, McGowan threatens a general strike, rally without arrests, Fraser objects, Smith's pledge and call for talks (2025-10-28).
- hm315-en-02: United States: USAID staff told to stay away from headquarters as the Trump administration folds the agency into the State Department; Rubio and Trump accuse the agency, Democratic lawmakers rally, Van Hollen praises staff, Schatz threatens a hold, security officials put on leave, aid freeze, Rubio's letter to Congress, Johnson backs the move (2025-02-03).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm315-de-01 (Mexico, navy fuel smuggling arrests)
FGR = actor("Attorney General's Office of Mexico", "MEX", "JUD")
GERTZ = actor("Alejandro Gertz Manero", "MEX", "JUD")
SUSPECTS = actor("suspects in the fuel smuggling case", "MEX", "CVL")
NETWORK = actor("fuel smuggling network", "MEX", "CVL")
FARIAS = actor("Manuel Roberto Farías Laguna", "MEX", "MIL")
MX_INVESTIGATORS = actor("Mexican federal investigators", "MEX", "COP")
HARFUCH = actor("Omar García Harfuch", "MEX", "GOV")
MORALES = actor("Raymundo Pedro Morales Ángeles", "MEX", "MIL")
MX_PUBLIC = actor("Mexican public", "MEX", "CVL")
OJEDA = actor("José Rafael Ojeda Durán", "MEX", "MIL")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
MX_NAVY = actor("Mexican Navy", "MEX", "MIL")
PAN = actor("National Action Party", "MEX", "OPP")
MX_GOV = actor("Government of Mexico", "MEX", "GOV")
ROMERO = actor("Jorge Romero Herrera", "MEX", "OPP")
MANZANILLO_GUNMEN = actor("gunmen who killed a navy officer in Manzanillo", "MEX", "CVL")
NAVY_OFFICER = actor("navy officer killed in Manzanillo", "MEX", "MIL")
US_TREASURY = actor("U.S. Department of the Treasury", "USA", "GOV")
MX_FUEL_FIRMS = actor("Mexican companies linked to fuel theft", "MEX", "BUS")

M1 = ("Mexiko-Stadt (dpa) - Im Skandal um den Schmuggel von Treibstoff über mexikanische Häfen sind 14 Verdächtige "
      "festgenommen worden, darunter ein Vizeadmiral der Marine.")
M2 = ("Es handle sich um ein Netzwerk aus Marineangehörigen, Unternehmern und früheren Zollbeamten, das dem Staat "
      "Steuern in Milliardenhöhe vorenthalten habe, teilte Generalstaatsanwalt Alejandro Gertz Manero am Samstag in "
      "Mexiko-Stadt mit.")
M3 = ("Unter den Festgenommenen ist Vizeadmiral Manuel Roberto Farías Laguna, ein Neffe des früheren Marineministers "
      "Rafael Ojeda.")
M4 = ("Die Gruppe soll Diesel und Benzin über die Häfen Tampico, Altamira und Manzanillo als Schmierstoffe deklariert "
      "und so Einfuhrsteuern umgangen haben.")
M5 = ("Sicherheitsminister Omar García Harfuch sagte, die Ermittler hätten die Konten von 30 Firmen eingefroren und "
      "mehr als 60 Tanklastwagen beschlagnahmt.")
M6 = ("„Wer sich an diesem Geschäft beteiligt hat, wird vor Gericht gestellt, egal welchen Rang er hat“, sagte der "
      "43-Jährige.")
M7 = ("Marineminister Raymundo Pedro Morales räumte ein, dass Angehörige der Streitkräfte in den Schmuggel verstrickt "
      "seien, und bat die Bevölkerung um Entschuldigung.")
M8 = "Das Ansehen der Marine, die in Mexiko als vergleichsweise unbestechlich gilt, habe Schaden genommen, sagte er."
M9 = ("Ex-Minister Ojeda erklärte in einer schriftlichen Stellungnahme, er selbst habe die Machenschaften im "
      "vergangenen Jahr bei der Generalstaatsanwaltschaft angezeigt.")
M10 = ("Präsidentin Claudia Sheinbaum stellte sich am Montag hinter die Marineführung und versprach, es werde "
       "„keine Straflosigkeit“ geben.")
M11 = ("Die Festnahmen zeigten, dass ihre Regierung Korruption verfolge, statt sie zu vertuschen, sagte die "
       "63-Jährige bei ihrer morgendlichen Pressekonferenz.")
M12 = ("Die oppositionelle Partei der Nationalen Aktion (PAN) forderte dagegen Ermittlungen gegen Ojeda und warf der "
       "Regierung vor, den Skandal jahrelang gedeckt zu haben.")
M13 = "„Der Onkel kann nicht der Einzige gewesen sein, der von nichts wusste“, sagte PAN-Chef Jorge Romero."
M14 = "Sheinbaum wies die Forderung zurück; es gebe keinerlei Hinweise auf eine Beteiligung Ojedas."
M15 = ("Bereits im März hatte die Marine im Hafen von Tampico einen Tanker mit rund zehn Millionen Litern "
       "geschmuggeltem Diesel beschlagnahmt.")
M16 = ("Ein Marineoffizier, der intern auf Unregelmäßigkeiten im Zoll von Manzanillo hingewiesen hatte, war im "
       "November von Unbekannten erschossen worden.")
M17 = ("Das US-Finanzministerium hatte im Mai Sanktionen gegen mehrere mexikanische Firmen verhängt, die dem Kartell "
       "Jalisco Nueva Generación beim Treibstoffdiebstahl geholfen haben sollen.")
M18 = ("Durch den sogenannten Huachicol fiscal entgehen dem mexikanischen Staat jedes Jahr Steuereinnahmen in "
       "Milliardenhöhe.")

DE01 = {
    "id": "hm315-de-01", "lang": "de", "url": None, "published": "2025-09-08",
    "title": "Treibstoffschmuggel in Mexiko: Vizeadmiral unter 14 Festgenommenen",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6, M7, M8, M9], [M10, M11, M12, M13, M14], [M15, M16, M17, M18]),
    "events": [
        event("COERCE", FGR, SUSPECTS, M1, mode="arrest"),
        event("ACCUSE", GERTZ, NETWORK, M2, mode="allege", date="2025-09-06", location="Mexico City",
              location_country="MEX"),
        event("COERCE", MX_INVESTIGATORS, NETWORK, M5, mode="seize"),
        event("THREATEN", HARFUCH, NETWORK, M6, mode="arrest"),
        event("CONCEDE", MORALES, MX_PUBLIC, M7),
        event("ACCUSE", OJEDA, NETWORK, M9, mode="allege"),
        event("SUPPORT", SHEINBAUM, MX_NAVY, M10, date="2025-09-08"),
        event("REQUEST", PAN, FGR, M12),
        event("ACCUSE", PAN, MX_GOV, M12, mode="allege"),
        event("ACCUSE", ROMERO, OJEDA, M13, mode="allege"),
        event("REJECT", SHEINBAUM, PAN, M14, mode="change"),
        event("COERCE", MX_NAVY, NETWORK, M15, mode="seize", location="Tampico", location_country="MEX"),
        event("ASSAULT", MANZANILLO_GUNMEN, NAVY_OFFICER, M16, mode="firearms", location="Manzanillo",
              location_country="MEX"),
        event("SANCTION", US_TREASURY, MX_FUEL_FIRMS, M17, mode="discontinue"),
    ],
    "quotes": [
        quote("Es handle sich um ein Netzwerk aus Marineangehörigen, Unternehmern und früheren Zollbeamten, das dem "
              "Staat Steuern in Milliardenhöhe vorenthalten habe", "Alejandro Gertz Manero", "indirect"),
        quote("die Ermittler hätten die Konten von 30 Firmen eingefroren und mehr als 60 Tanklastwagen beschlagnahmt",
              "Omar García Harfuch", "indirect"),
        quote("Wer sich an diesem Geschäft beteiligt hat, wird vor Gericht gestellt, egal welchen Rang er hat",
              "Omar García Harfuch", "direct"),
        quote("dass Angehörige der Streitkräfte in den Schmuggel verstrickt seien", "Raymundo Pedro Morales Ángeles",
              "indirect"),
        quote("Das Ansehen der Marine, die in Mexiko als vergleichsweise unbestechlich gilt, habe Schaden genommen",
              "Raymundo Pedro Morales Ángeles", "indirect"),
        quote("er selbst habe die Machenschaften im vergangenen Jahr bei der Generalstaatsanwaltschaft angezeigt",
              "José Rafael Ojeda Durán", "indirect"),
        quote("keine Straflosigkeit", "Claudia Sheinbaum", "direct"),
        quote("es werde „keine Straflosigkeit“ geben", "Claudia Sheinbaum", "indirect"),
        quote("Die Festnahmen zeigten, dass ihre Regierung Korruption verfolge, statt sie zu vertuschen",
              "Claudia Sheinbaum", "indirect"),
        quote("den Skandal jahrelang gedeckt zu haben", "National Action Party", "indirect"),
        quote("Der Onkel kann nicht der Einzige gewesen sein, der von nichts wusste", "Jorge Romero Herrera",
              "direct"),
        quote("es gebe keinerlei Hinweise auf eine Beteiligung Ojedas", "Claudia Sheinbaum", "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt"]),
        entity("Mexico", "LOC", "MEX", ["Mexiko"]),
        entity("suspects in the fuel smuggling case", "PER", "MEX", ["14 Verdächtige", "den Festgenommenen"]),
        entity("Mexican Navy", "ORG", "MEX", ["der Marine", "die Marineführung", "die Marine"]),
        entity("fuel smuggling network", "ORG", "MEX", ["ein Netzwerk aus Marineangehörigen, Unternehmern und "
                                                       "früheren Zollbeamten", "Die Gruppe"]),
        entity("Alejandro Gertz Manero", "PER", "MEX", ["Generalstaatsanwalt Alejandro Gertz Manero"]),
        entity("Manuel Roberto Farías Laguna", "PER", "MEX", ["ein Vizeadmiral der Marine",
                                                              "Vizeadmiral Manuel Roberto Farías Laguna"]),
        entity("José Rafael Ojeda Durán", "PER", "MEX", ["des früheren Marineministers Rafael Ojeda",
                                                         "Ex-Minister Ojeda", "Ojeda", "Der Onkel", "Ojedas"]),
        entity("Tampico", "LOC", "MEX", ["Tampico"]),
        entity("Altamira", "LOC", "MEX", ["Altamira"]),
        entity("Manzanillo", "LOC", "MEX", ["Manzanillo"]),
        entity("Omar García Harfuch", "PER", "MEX", ["Sicherheitsminister Omar García Harfuch", "der 43-Jährige"]),
        entity("Mexican federal investigators", "ORG", "MEX", ["die Ermittler"]),
        entity("Raymundo Pedro Morales Ángeles", "PER", "MEX", ["Marineminister Raymundo Pedro Morales"]),
        entity("Mexican Armed Forces", "ORG", "MEX", ["der Streitkräfte"]),
        entity("Attorney General's Office of Mexico", "ORG", "MEX", ["der Generalstaatsanwaltschaft"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Präsidentin Claudia Sheinbaum", "die 63-Jährige", "Sheinbaum"]),
        entity("Government of Mexico", "ORG", "MEX", ["ihre Regierung", "der Regierung"]),
        entity("National Action Party", "ORG", "MEX", ["Die oppositionelle Partei der Nationalen Aktion (PAN)",
                                                       "PAN"]),
        entity("Jorge Romero Herrera", "PER", "MEX", ["PAN-Chef Jorge Romero"]),
        entity("navy officer killed in Manzanillo", "PER", "MEX", ["Ein Marineoffizier"]),
        entity("gunmen who killed a navy officer in Manzanillo", "PER", "MEX", ["Unbekannten"]),
        entity("U.S. Department of the Treasury", "ORG", "USA", ["Das US-Finanzministerium"]),
        entity("Mexican companies linked to fuel theft", "ORG", "MEX", ["mehrere mexikanische Firmen"]),
        entity("Jalisco New Generation Cartel", "ORG", "MEX", ["dem Kartell Jalisco Nueva Generación"]),
    ],
}

# ---------------------------------------------------------------- hm315-de-02 (Guatemala, Barrientos resigns)
BARRIENTOS = actor("Napoleón Barrientos", "GTM", "GOV")
GT_PROTESTERS = actor("protesters in Guatemala", "GTM", "CVL")
PORRAS = actor("María Consuelo Porras", "GTM", "JUD")
GT_MP = actor("Public Ministry of Guatemala", "GTM", "JUD")
CANTONES = actor("48 Cantons of Totonicapán", "GTM", "CVL")
CURRUCHICHE = actor("Rafael Curruchiche", "GTM", "JUD")
SEMILLA = actor("Semilla", "GTM", "PTY")
GT_CC = actor("Constitutional Court of Guatemala", "GTM", "JUD")
GT_GOV = actor("Government of Guatemala", "GTM", "GOV")
GIAMMATTEI = actor("Alejandro Giammattei", "GTM", "GOV")
GT_POLICE = actor("National Civil Police of Guatemala", "GTM", "COP")
GT_ARMY = actor("Guatemalan Army", "GTM", "MIL")
AREVALO = actor("Bernardo Arévalo", "GTM", "PTY")

G1 = ("Guatemala-Stadt (AFP) - Inmitten landesweiter Straßenblockaden gegen Generalstaatsanwältin Consuelo Porras ist "
      "Guatemalas Innenminister Napoleón Barrientos zurückgetreten.")
G2 = "Präsident Alejandro Giammattei habe das Rücktrittsgesuch am Mittwoch angenommen, teilte das Präsidialamt mit."
G3 = ("Barrientos hatte sich geweigert, die Blockaden gewaltsam räumen zu lassen, wie es die Generalstaatsanwaltschaft "
      "verlangt hatte.")
G4 = "„Ich werde keinen Befehl geben, der Blut kostet“, sagte er in einer Videobotschaft an die Bevölkerung."
G5 = ("Seit mehr als einer Woche blockieren indigene Gemeinschaften unter Führung der Behörden der 48 Kantone von "
      "Totonicapán Dutzende Fernstraßen im ganzen Land.")
G6 = "Sie fordern den Rücktritt von Porras und Staatsanwalt Rafael Curruchiche."
G7 = ("Die Staatsanwaltschaft ermittelt seit Monaten gegen die Partei Semilla des gewählten Präsidenten Bernardo "
      "Arévalo, der im August die Stichwahl gewonnen hatte.")
G8 = "Porras lehnte einen Rücktritt am Mittwoch erneut ab."
G9 = ("Das Verfassungsgericht hatte die Regierung bereits am Montag verpflichtet, die Straßen binnen 24 Stunden "
      "freizumachen.")
G10 = "Giammattei warf den Demonstranten vor, aus dem Ausland finanziert zu werden."
G11 = "In Quetzaltenango und an der Grenze zu Mexiko räumten Polizisten am Dienstag mehrere Straßensperren."
G12 = "Die Polizei teilte mit, es habe keine Festnahmen gegeben."
G13 = "Arévalo dankte den indigenen Gemeinschaften für ihre „Verteidigung der Demokratie“."
G14 = ("Wegen Engpässen bei Treibstoff und Lebensmitteln ließ das Verteidigungsministerium Soldaten zum Schutz von "
       "Tanklagern ausrücken.")
G15 = "Arévalo soll am 14. Januar vereidigt werden."

DE02 = {
    "id": "hm315-de-02", "lang": "de", "url": None, "published": "2023-10-11",
    "title": "Guatemalas Innenminister tritt im Streit um Straßenblockaden zurück",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8, G9], [G10, G11, G12], [G13, G14, G15]),
    "events": [
        event("RETREAT", BARRIENTOS, None, G1, mode="resign"),
        event("PROTEST", GT_PROTESTERS, PORRAS, G1, mode="obstruct", location_country="GTM"),
        event("REJECT", BARRIENTOS, GT_MP, G3),
        event("REQUEST", GT_MP, BARRIENTOS, G3),
        event("REJECT", BARRIENTOS, GT_MP, G4),
        event("PROTEST", CANTONES, PORRAS, G5, mode="obstruct", location_country="GTM"),
        event("REQUEST", CANTONES, PORRAS, G6, mode="change"),
        event("REQUEST", CANTONES, CURRUCHICHE, G6, mode="change"),
        event("ACCUSE", GT_MP, SEMILLA, G7, mode="investigate"),
        event("REJECT", PORRAS, CANTONES, G8, mode="change", date="2023-10-11"),
        event("REQUEST", GT_CC, GT_GOV, G9, date="2023-10-09"),
        event("ACCUSE", GIAMMATTEI, GT_PROTESTERS, G10, mode="allege"),
        event("COERCE", GT_POLICE, GT_PROTESTERS, G11, mode="restrict", date="2023-10-10",
              location="Quetzaltenango", location_country="GTM"),
        event("COERCE", GT_POLICE, GT_PROTESTERS, G12, mode="arrest", negated=True),
        event("SUPPORT", AREVALO, CANTONES, G13),
        event("MOBILIZE", GT_ARMY, None, G14, mode="troops", location_country="GTM"),
    ],
    "quotes": [
        quote("Präsident Alejandro Giammattei habe das Rücktrittsgesuch am Mittwoch angenommen",
              "Office of the President of Guatemala", "indirect"),
        quote("Ich werde keinen Befehl geben, der Blut kostet", "Napoleón Barrientos", "direct"),
        quote("aus dem Ausland finanziert zu werden", "Alejandro Giammattei", "indirect"),
        quote("es habe keine Festnahmen gegeben", "National Civil Police of Guatemala", "indirect"),
        quote("Verteidigung der Demokratie", "Bernardo Arévalo", "direct"),
    ],
    "entities": [
        entity("Guatemala City", "LOC", "GTM", ["Guatemala-Stadt"]),
        entity("María Consuelo Porras", "PER", "GTM", ["Generalstaatsanwältin Consuelo Porras", "Porras"]),
        entity("Guatemala", "LOC", "GTM", ["Guatemalas", "im ganzen Land"]),
        entity("Napoleón Barrientos", "PER", "GTM", ["Guatemalas Innenminister Napoleón Barrientos", "Barrientos"]),
        entity("Alejandro Giammattei", "PER", "GTM", ["Präsident Alejandro Giammattei", "Giammattei"]),
        entity("Office of the President of Guatemala", "ORG", "GTM", ["das Präsidialamt"]),
        entity("Public Ministry of Guatemala", "ORG", "GTM", ["die Generalstaatsanwaltschaft",
                                                               "Die Staatsanwaltschaft"]),
        entity("indigenous communities of Guatemala", "ORG", "GTM", ["indigene Gemeinschaften",
                                                                     "den indigenen Gemeinschaften"]),
        entity("48 Cantons of Totonicapán", "ORG", "GTM", ["der Behörden der 48 Kantone von Totonicapán"]),
        entity("Totonicapán", "LOC", "GTM", ["Totonicapán"]),
        entity("Rafael Curruchiche", "PER", "GTM", ["Staatsanwalt Rafael Curruchiche"]),
        entity("Semilla", "ORG", "GTM", ["die Partei Semilla"]),
        entity("Bernardo Arévalo", "PER", "GTM", ["des gewählten Präsidenten Bernardo Arévalo", "Arévalo"]),
        entity("Constitutional Court of Guatemala", "ORG", "GTM", ["Das Verfassungsgericht"]),
        entity("Government of Guatemala", "ORG", "GTM", ["die Regierung"]),
        entity("protesters in Guatemala", "ORG", "GTM", ["den Demonstranten"]),
        entity("Quetzaltenango", "LOC", "GTM", ["Quetzaltenango"]),
        entity("Mexico", "LOC", "MEX", ["Mexiko"]),
        entity("National Civil Police of Guatemala", "ORG", "GTM", ["Polizisten", "Die Polizei"]),
        entity("Ministry of National Defence of Guatemala", "ORG", "GTM", ["das Verteidigungsministerium"]),
        entity("Guatemalan Army", "ORG", "GTM", ["Soldaten"]),
    ],
}

# ---------------------------------------------------------------- hm315-de-03 (USA/NATO, Trump receives Rutte)
TRUMP = actor("Donald Trump", "USA", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
RUTTE = actor("Mark Rutte", "IGO", "IGO")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
NATO = actor("NATO", "IGO", "IGO")
DEU_GOV = actor("Government of Germany", "DEU", "GOV")
UKRAINE = actor("Ukraine", "UKR", "GOV")
PISTORIUS = actor("Boris Pistorius", "DEU", "GOV")
HEGSETH = actor("Pete Hegseth", "USA", "GOV")
RYABKOV = actor("Sergei Ryabkov", "RUS", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
KELLOGG = actor("Keith Kellogg", "USA", "GOV")
RUS_MIL = actor("Russian Armed Forces", "RUS", "MIL")

N1 = ("Washington (AFP) - US-Präsident Donald Trump hat Russland mit drastischen Strafzöllen gedroht, sollte Moskau "
      "nicht binnen 50 Tagen einer Waffenruhe in der Ukraine zustimmen.")
N2 = ("Bei einem Treffen mit NATO-Generalsekretär Mark Rutte im Weißen Haus sagte Trump am Montag, er sei „sehr, "
      "sehr unzufrieden“ mit Kremlchef Wladimir Putin.")
N3 = ("Gemeint sind sogenannte Sekundärzölle von etwa 100 Prozent auf Waren aus Ländern, die weiter russisches Öl "
      "kaufen.")
N4 = ("Zugleich kündigte der 79-Jährige an, die USA würden Waffen im Wert von Milliarden Dollar an die NATO liefern, "
      "die sie an die Ukraine weitergeben solle.")
N5 = "Darunter seien auch Patriot-Flugabwehrsysteme, bezahlt werde alles von den Europäern, sagte Trump."
N6 = "„Das ist wirklich eine große Sache“, sagte Rutte und lobte die Entscheidung des Präsidenten."
N7 = "Die Bundesregierung hatte bereits angeboten, zwei Patriot-Systeme für die Ukraine in den USA zu kaufen."
N8 = ("Verteidigungsminister Boris Pistorius kam am Montag im Pentagon mit seinem US-Kollegen Pete Hegseth zusammen, "
      "um über die Lieferungen zu beraten.")
N9 = "Kremlsprecher Dmitri Peskow sagte, Putin werde sich äußern, wenn er es für nötig halte."
N10 = ("Vizeaußenminister Sergej Rjabkow wies das Ultimatum zurück: „Jeder Versuch, Forderungen an uns zu stellen, "
       "ist inakzeptabel.“")
N11 = ("Der ukrainische Präsident Wolodymyr Selenskyj dankte Trump nach einem Telefonat für seine Bereitschaft, die "
       "Ukraine zu schützen.")
N12 = "In Kiew empfing Selenskyj zudem den US-Sondergesandten Keith Kellogg."
N13 = "Russland griff die Ukraine in der Nacht zum Montag erneut mit Dutzenden Drohnen an."
N14 = "Die US-Regierung nannte zunächst keine Einzelheiten zu Umfang und Zeitplan der Lieferungen."

DE03 = {
    "id": "hm315-de-03", "lang": "de", "url": None, "published": "2025-07-14",
    "title": "Trump droht Russland mit Strafzöllen – Waffen für die Ukraine über die NATO",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6, N7, N8], [N9, N10, N11, N12, N13], [N14]),
    "events": [
        event("THREATEN", TRUMP, RUSSIA, N1),
        event("CONSULT", RUTTE, TRUMP, N2, mode="visit", date="2025-07-14", location="Washington",
              location_country="USA"),
        event("ACCUSE", TRUMP, PUTIN, N2, mode="disapprove", date="2025-07-14", location="Washington",
              location_country="USA"),
        event("AGREE", TRUMP, NATO, N4),
        event("SUPPORT", RUTTE, TRUMP, N6),
        event("AGREE", DEU_GOV, UKRAINE, N7),
        event("CONSULT", PISTORIUS, HEGSETH, N8, mode="visit", date="2025-07-14", location="Pentagon",
              location_country="USA"),
        event("REJECT", RYABKOV, TRUMP, N10),
        event("SUPPORT", ZELENSKY, TRUMP, N11),
        event("CONSULT", ZELENSKY, TRUMP, N11, mode="phone"),
        event("CONSULT", KELLOGG, ZELENSKY, N12, mode="visit", location="Kyiv", location_country="UKR"),
        event("ASSAULT", RUS_MIL, UKRAINE, N13, mode="drone", date="2025-07-14", location_country="UKR"),
    ],
    "quotes": [
        quote("sehr, sehr unzufrieden", "Donald Trump", "direct"),
        quote("er sei „sehr, sehr unzufrieden“ mit Kremlchef Wladimir Putin", "Donald Trump", "indirect"),
        quote("die USA würden Waffen im Wert von Milliarden Dollar an die NATO liefern, die sie an die Ukraine "
              "weitergeben solle", "Donald Trump", "indirect"),
        quote("Darunter seien auch Patriot-Flugabwehrsysteme, bezahlt werde alles von den Europäern", "Donald Trump",
              "indirect"),
        quote("Das ist wirklich eine große Sache", "Mark Rutte", "direct"),
        quote("Putin werde sich äußern, wenn er es für nötig halte", "Dmitry Peskov", "indirect"),
        quote("Jeder Versuch, Forderungen an uns zu stellen, ist inakzeptabel", "Sergei Ryabkov", "direct"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "Trump", "der 79-Jährige",
                                              "des Präsidenten"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau"]),
        entity("Ukraine", "LOC", "UKR", ["der Ukraine", "die Ukraine"]),
        entity("Mark Rutte", "PER", "IGO", ["NATO-Generalsekretär Mark Rutte", "Rutte"]),
        entity("NATO", "ORG", "IGO", ["NATO"]),
        entity("White House", "LOC", "USA", ["im Weißen Haus"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin", "Putin"]),
        entity("United States", "LOC", "USA", ["die USA", "den USA"]),
        entity("European NATO allies", "ORG", None, ["den Europäern"]),
        entity("Government of Germany", "ORG", "DEU", ["Die Bundesregierung"]),
        entity("Boris Pistorius", "PER", "DEU", ["Verteidigungsminister Boris Pistorius"]),
        entity("Pentagon", "LOC", "USA", ["Pentagon"]),
        entity("Pete Hegseth", "PER", "USA", ["seinem US-Kollegen Pete Hegseth"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Sergei Ryabkov", "PER", "RUS", ["Vizeaußenminister Sergej Rjabkow"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Der ukrainische Präsident Wolodymyr Selenskyj", "Selenskyj"]),
        entity("Kyiv", "LOC", "UKR", ["Kiew"]),
        entity("Keith Kellogg", "PER", "USA", ["den US-Sondergesandten Keith Kellogg"]),
        entity("Government of the United States", "ORG", "USA", ["Die US-Regierung"]),
    ],
}

# ---------------------------------------------------------------- hm315-de-04 (Dominican Republic, Abinader re-elected)
ABINADER = actor("Luis Abinader", "DOM", "GOV")
FERNANDEZ = actor("Leonel Fernández", "DOM", "OPP")
ABEL_MARTINEZ = actor("Abel Martínez", "DOM", "OPP")
DOM_GOV = actor("Government of the Dominican Republic", "DOM", "GOV")
HAITIAN_MIGRANTS = actor("Haitian migrants in the Dominican Republic", "HTI", "CVL")
HTI_GOV = actor("Government of Haiti", "HTI", "GOV")
OAS_MISSION = actor("OAS Electoral Observation Mission", "IGO", "IGO")
JCE = actor("Central Electoral Board", "DOM", "GOV")
DOM_POLICE = actor("National Police of the Dominican Republic", "DOM", "COP")
VOTE_BUYERS = actor("vote-buying suspects", "DOM", "CVL")
BLINKEN = actor("Antony Blinken", "USA", "GOV")

D1 = ("Santo Domingo (dpa) - Der dominikanische Präsident Luis Abinader ist mit deutlicher Mehrheit für eine zweite "
      "Amtszeit gewählt worden.")
D2 = ("Nach Auszählung von mehr als 90 Prozent der Wahllokale kam der 56-Jährige auf rund 57 Prozent der Stimmen, wie "
      "die Zentrale Wahlbehörde (JCE) am Montag mitteilte.")
D3 = ("Der frühere Präsident Leonel Fernández von der Partei Fuerza del Pueblo erhielt knapp 29 Prozent, Abel Martínez "
      "von der früheren Regierungspartei PLD gut zehn Prozent.")
D4 = "Beide räumten ihre Niederlage noch am Sonntagabend ein und gratulierten Abinader."
D5 = ("„Wir werden eine wachsame, aber konstruktive Opposition sein“, sagte der 70-jährige Fernández vor Anhängern "
      "in Santo Domingo.")
D6 = ("Abinader kündigte in seiner Siegesrede an, eine Verfassungsreform vorzulegen, die eine erneute Kandidatur "
      "amtierender Präsidenten dauerhaft ausschließen soll.")
D7 = "„Ich werde der letzte Präsident sein, der sich zur Wiederwahl stellen konnte“, sagte er."
D8 = ("Der Unternehmer hatte im Wahlkampf mit dem Wirtschaftswachstum und einem harten Kurs gegenüber Migranten aus "
      "dem Nachbarland Haiti geworben.")
D9 = ("Seine Regierung hatte in den vergangenen Monaten Zehntausende Haitianer abgeschoben und den Bau einer "
      "Grenzmauer vorangetrieben.")
D10 = "Haitis Übergangsregierung hatte die Massenabschiebungen als unmenschlich kritisiert."
D11 = ("Die Wahlbeobachtermission der Organisation Amerikanischer Staaten (OAS) bescheinigte der Abstimmung einen "
       "weitgehend geordneten Verlauf.")
D12 = "Die Polizei nahm landesweit mehr als 20 Menschen wegen mutmaßlichen Stimmenkaufs fest."
D13 = ("US-Außenminister Antony Blinken gratulierte Abinader und nannte die Dominikanische Republik einen „starken "
       "Partner“ in der Region.")
D14 = "Die Wahlbeteiligung lag mit rund 54 Prozent niedriger als vor vier Jahren."
D15 = ("Bei der gleichzeitigen Parlamentswahl zeichnete sich eine klare Mehrheit für Abinaders Partei der Modernen "
       "Revolution (PRM) ab.")
D16 = "Abinader soll am 16. August für seine zweite und letzte Amtszeit vereidigt werden."

DE04 = {
    "id": "hm315-de-04", "lang": "de", "url": None, "published": "2024-05-20",
    "title": "Dominikanische Republik: Abinader klar wiedergewählt",
    "text": paragraphs([D1, D2, D3], [D4, D5, D6, D7], [D8, D9, D10], [D11, D12, D13, D14], [D15, D16]),
    "events": [
        event("CONCEDE", FERNANDEZ, ABINADER, D4, date="2024-05-19"),
        event("CONCEDE", ABEL_MARTINEZ, ABINADER, D4, date="2024-05-19"),
        event("SUPPORT", FERNANDEZ, ABINADER, D4, date="2024-05-19"),
        event("SUPPORT", ABEL_MARTINEZ, ABINADER, D4, date="2024-05-19"),
        event("AGREE", FERNANDEZ, DOM_GOV, D5, location="Santo Domingo", location_country="DOM"),
        event("COERCE", DOM_GOV, HAITIAN_MIGRANTS, D9, mode="deport"),
        event("ACCUSE", HTI_GOV, DOM_GOV, D10, mode="disapprove"),
        event("SUPPORT", OAS_MISSION, JCE, D11),
        event("COERCE", DOM_POLICE, VOTE_BUYERS, D12, mode="arrest", location_country="DOM"),
        event("SUPPORT", BLINKEN, ABINADER, D13),
    ],
    "quotes": [
        quote("Nach Auszählung von mehr als 90 Prozent der Wahllokale kam der 56-Jährige auf rund 57 Prozent der "
              "Stimmen", "Central Electoral Board", "indirect"),
        quote("Wir werden eine wachsame, aber konstruktive Opposition sein", "Leonel Fernández", "direct"),
        quote("eine Verfassungsreform vorzulegen, die eine erneute Kandidatur amtierender Präsidenten dauerhaft "
              "ausschließen soll", "Luis Abinader", "indirect"),
        quote("Ich werde der letzte Präsident sein, der sich zur Wiederwahl stellen konnte", "Luis Abinader", "direct"),
        quote("starken Partner", "Antony Blinken", "direct"),
    ],
    "entities": [
        entity("Santo Domingo", "LOC", "DOM", ["Santo Domingo"]),
        entity("Luis Abinader", "PER", "DOM", ["Der dominikanische Präsident Luis Abinader", "der 56-Jährige",
                                               "Abinader", "Der Unternehmer", "Abinaders"]),
        entity("Central Electoral Board", "ORG", "DOM", ["die Zentrale Wahlbehörde (JCE)"]),
        entity("Leonel Fernández", "PER", "DOM", ["Der frühere Präsident Leonel Fernández",
                                                  "der 70-jährige Fernández"]),
        entity("Fuerza del Pueblo", "ORG", "DOM", ["der Partei Fuerza del Pueblo"]),
        entity("Abel Martínez", "PER", "DOM", ["Abel Martínez"]),
        entity("Dominican Liberation Party", "ORG", "DOM", ["der früheren Regierungspartei PLD"]),
        entity("Haiti", "LOC", "HTI", ["dem Nachbarland Haiti"]),
        entity("Government of the Dominican Republic", "ORG", "DOM", ["Seine Regierung"]),
        entity("Haitian migrants in the Dominican Republic", "PER", "HTI", ["Migranten aus dem Nachbarland Haiti",
                                                                            "Zehntausende Haitianer"]),
        entity("Government of Haiti", "ORG", "HTI", ["Haitis Übergangsregierung"]),
        entity("OAS Electoral Observation Mission", "ORG", "IGO", ["Die Wahlbeobachtermission der Organisation "
                                                                   "Amerikanischer Staaten (OAS)"]),
        entity("Organization of American States", "ORG", "IGO", ["Organisation Amerikanischer Staaten (OAS)"]),
        entity("National Police of the Dominican Republic", "ORG", "DOM", ["Die Polizei"]),
        entity("Antony Blinken", "PER", "USA", ["US-Außenminister Antony Blinken"]),
        entity("Dominican Republic", "LOC", "DOM", ["die Dominikanische Republik"]),
        entity("Modern Revolutionary Party", "ORG", "DOM", ["Partei der Modernen Revolution (PRM)"]),
    ],
}

# ---------------------------------------------------------------- hm315-en-01 (Canada, Alberta teachers back-to-work law)
AB_LEG = actor("Legislative Assembly of Alberta", "CAN", "LEG")
ATA = actor("Alberta Teachers' Association", "CAN", "LAB")
AB_GOV = actor("Government of Alberta", "CAN", "GOV")
SMITH = actor("Danielle Smith", "CAN", "GOV")
SCHILLING = actor("Jason Schilling", "CAN", "LAB")
NENSHI = actor("Naheed Nenshi", "CAN", "OPP")
MCGOWAN = actor("Gil McGowan", "CAN", "LAB")
AB_RALLY = actor("teachers and supporters at the Alberta legislature", "CAN", "CVL")
EDM_POLICE = actor("Edmonton Police Service", "CAN", "COP")
FRASER = actor("Sean Fraser", "CAN", "GOV")

A1 = ("EDMONTON, Alberta, Oct 28 (Reuters) - Alberta's legislature passed a law early on Tuesday ordering 51,000 "
      "striking teachers back to work, with Premier Danielle Smith's government invoking the notwithstanding clause "
      "of Canada's constitution to shield it from court challenges.")
A2 = ("The Back to School Act, introduced by Finance Minister Nate Horner on Monday, imposes a four-year contract on "
      "the teachers that includes pay rises of 12% over four years.")
A3 = ("Classes at public, Catholic and francophone schools across the province are set to resume on Wednesday, "
      "ending a strike that began on Oct. 6 and kept some 740,000 students at home.")
A4 = ('Smith said her government had "no choice" after the Alberta Teachers\' Association rejected a third offer '
      'last week.')
A5 = '"We respect teachers, but this is about our kids," Smith told a news conference in Edmonton.'
A6 = ('ATA President Jason Schilling called the use of the clause "an attack on the rights of every working person '
      'in Alberta" and accused the government of bargaining in bad faith.')
A7 = ("He said teachers would return to their classrooms on Wednesday as required by law, but that the union would "
      "challenge the legislation in court.")
A8 = ('Opposition leader Naheed Nenshi of the New Democratic Party said Smith had "trampled on the Charter" and '
      'demanded that the government repeal the law.')
A9 = ('Alberta Federation of Labour President Gil McGowan warned that unions were prepared to take "unprecedented" '
      'action, including a general strike, if the government did not back down.')
A10 = ("Several hundred teachers and supporters rallied outside the legislature in Edmonton as the bill was debated "
       "late on Monday.")
A11 = "Police said the protest was peaceful and no arrests were made."
A12 = ('In Ottawa, federal Justice Minister Sean Fraser said the pre-emptive use of the clause was "concerning" and '
       'that the federal government was examining its options.')
A13 = ('Smith said the government would hire 3,000 more teachers over three years and called on the union to "come '
       'back to the table" on class sizes.')
A14 = ("Legal scholars say the clause, which lets provinces override some Charter rights for five years, had rarely "
       "been used in labour disputes until Ontario invoked it against education workers in 2022.")
A15 = "Schilling said the association would not rule out further action, but gave no details."

EN01 = {
    "id": "hm315-en-01", "lang": "en", "url": None, "published": "2025-10-28",
    "title": "Alberta orders striking teachers back to work, invokes notwithstanding clause",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7], [A8, A9, A10, A11], [A12, A13, A14, A15]),
    "events": [
        event("COERCE", AB_LEG, ATA, A1, mode="restrict", date="2025-10-28", location="Edmonton",
              location_country="CAN"),
        event("PROTEST", ATA, AB_GOV, A3, mode="strike", location_country="CAN"),
        event("REJECT", ATA, AB_GOV, A4),
        event("ACCUSE", SCHILLING, AB_GOV, A6, mode="disapprove"),
        event("CONCEDE", SCHILLING, AB_GOV, A7),
        event("ACCUSE", NENSHI, SMITH, A8, mode="disapprove"),
        event("REQUEST", NENSHI, AB_GOV, A8, mode="change"),
        event("THREATEN", MCGOWAN, AB_GOV, A9, mode="restrict"),
        event("PROTEST", AB_RALLY, AB_GOV, A10, mode="demo", date="2025-10-27", location="Edmonton",
              location_country="CAN"),
        event("COERCE", EDM_POLICE, AB_RALLY, A11, mode="arrest", negated=True),
        event("ACCUSE", FRASER, AB_GOV, A12, mode="disapprove"),
        event("AGREE", SMITH, ATA, A13),
        event("REQUEST", SMITH, ATA, A13, mode="meet"),
    ],
    "quotes": [
        quote('her government had "no choice" after the Alberta Teachers\' Association rejected a third offer last '
              'week', "Danielle Smith", "indirect"),
        quote("no choice", "Danielle Smith", "direct"),
        quote("We respect teachers, but this is about our kids", "Danielle Smith", "direct"),
        quote("an attack on the rights of every working person in Alberta", "Jason Schilling", "direct"),
        quote("teachers would return to their classrooms on Wednesday as required by law, but that the union would "
              "challenge the legislation in court", "Jason Schilling", "indirect"),
        quote('Smith had "trampled on the Charter"', "Naheed Nenshi", "indirect"),
        quote("trampled on the Charter", "Naheed Nenshi", "direct"),
        quote('unions were prepared to take "unprecedented" action, including a general strike, if the government '
              'did not back down', "Gil McGowan", "indirect"),
        quote("unprecedented", "Gil McGowan", "direct"),
        quote("the protest was peaceful and no arrests were made", "Edmonton Police Service", "indirect"),
        quote('the pre-emptive use of the clause was "concerning" and that the federal government was examining its '
              'options', "Sean Fraser", "indirect"),
        quote("concerning", "Sean Fraser", "direct"),
        quote("the government would hire 3,000 more teachers over three years", "Danielle Smith", "indirect"),
        quote("come back to the table", "Danielle Smith", "direct"),
        quote("the clause, which lets provinces override some Charter rights for five years, had rarely been used in "
              "labour disputes until Ontario invoked it against education workers in 2022", "legal scholars",
              "indirect"),
        quote("the association would not rule out further action", "Jason Schilling", "indirect"),
    ],
    "entities": [
        entity("Edmonton", "LOC", "CAN", ["EDMONTON", "Edmonton"]),
        entity("Alberta", "LOC", "CAN", ["Alberta", "the province"]),
        entity("Legislative Assembly of Alberta", "ORG", "CAN", ["Alberta's legislature", "the legislature"]),
        entity("Danielle Smith", "PER", "CAN", ["Premier Danielle Smith", "Smith"]),
        entity("Government of Alberta", "ORG", "CAN", ["Premier Danielle Smith's government", "her government",
                                                       "the government"]),
        entity("Canada", "LOC", "CAN", ["Canada"]),
        entity("Nate Horner", "PER", "CAN", ["Finance Minister Nate Horner"]),
        entity("Alberta Teachers' Association", "ORG", "CAN", ["the Alberta Teachers' Association", "ATA",
                                                               "the union", "the association"]),
        entity("Jason Schilling", "PER", "CAN", ["ATA President Jason Schilling", "Schilling", "He"]),
        entity("Naheed Nenshi", "PER", "CAN", ["Opposition leader Naheed Nenshi"]),
        entity("Alberta New Democratic Party", "ORG", "CAN", ["the New Democratic Party"]),
        entity("Alberta Federation of Labour", "ORG", "CAN", ["Alberta Federation of Labour"]),
        entity("Gil McGowan", "PER", "CAN", ["Alberta Federation of Labour President Gil McGowan"]),
        entity("teachers and supporters at the Alberta legislature", "ORG", "CAN",
               ["Several hundred teachers and supporters"]),
        entity("Edmonton Police Service", "ORG", "CAN", ["Police"]),
        entity("Ottawa", "LOC", "CAN", ["Ottawa"]),
        entity("Sean Fraser", "PER", "CAN", ["federal Justice Minister Sean Fraser"]),
        entity("Government of Canada", "ORG", "CAN", ["the federal government"]),
        entity("Ontario", "LOC", "CAN", ["Ontario"]),
    ],
}

# ---------------------------------------------------------------- hm315-en-02 (United States, USAID shut down)
TRUMP_ADMIN = actor("Trump administration", "USA", "GOV")
USAID_STAFF = actor("USAID employees", "USA", "GOV")
USAID = actor("U.S. Agency for International Development", "USA", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")
DEM_LAWMAKERS = actor("Democratic members of Congress", "USA", "LEG")
VAN_HOLLEN = actor("Chris Van Hollen", "USA", "LEG")
SCHATZ = actor("Brian Schatz", "USA", "LEG")
USAID_SECURITY = actor("USAID security officials", "USA", "GOV")
DOGE = actor("Department of Government Efficiency", "USA", "GOV")
US_CONGRESS = actor("U.S. Congress", "USA", "LEG")
MIKE_JOHNSON = actor("Mike Johnson", "USA", "LEG")

U1 = ("WASHINGTON, Feb 3 (Reuters) - Employees of the U.S. Agency for International Development were told on Monday "
      "to stay away from the agency's Washington headquarters, as the Trump administration moved to fold the foreign "
      "aid agency into the State Department.")
U2 = ('Secretary of State Marco Rubio said he was now acting administrator of USAID and accused its leadership of '
      '"insubordination" for refusing to answer questions about its spending.')
U3 = ('"Many of these programmes will continue, but they will be aligned with our foreign policy," Rubio told '
      'reporters during a trip to Central America.')
U4 = ("Billionaire Elon Musk, who leads the administration's cost-cutting Department of Government Efficiency, wrote "
      "on his X platform that President Donald Trump had agreed to shut the agency down.")
U5 = ('Trump told reporters on Sunday that the agency had been "run by a bunch of radical lunatics" and needed to be '
      'overhauled.')
U6 = ("Dozens of Democratic lawmakers rallied outside the agency's headquarters on Monday, saying the move was illegal "
      "because USAID was established by an act of Congress.")
U7 = ('Senator Chris Van Hollen of Maryland told the crowd that USAID staff had "saved millions of lives" around the '
      'world.')
U8 = ("Senator Brian Schatz of Hawaii said he would place a hold on all of Trump's State Department nominees until the "
      "agency was restored.")
U9 = ("Over the weekend, two senior USAID security officials were placed on administrative leave after refusing to give "
      "Musk's team access to classified systems, according to two people familiar with the matter.")
U10 = ("The administration has frozen nearly all U.S. foreign aid for 90 days pending a review, halting programmes "
       "from HIV treatment to famine relief in dozens of countries.")
U11 = ("In a letter to lawmakers, Rubio said the State Department would consult Congress on a possible reorganisation "
       "of the agency.")
U12 = 'House Speaker Mike Johnson, a Republican, defended the move as "long overdue."'
U13 = ("The American Foreign Service Association, the union representing U.S. diplomats and aid workers, said it was "
       "weighing legal action.")
U14 = ("USAID, created in 1961 under President John F. Kennedy, managed more than $40 billion in aid in the 2023 "
       "fiscal year.")
U15 = "The agency's website went offline on Saturday."

EN02 = {
    "id": "hm315-en-02", "lang": "en", "url": None, "published": "2025-02-03",
    "title": "USAID staff told to stay home as Trump administration moves to fold agency into State Department",
    "text": paragraphs([U1, U2, U3], [U4, U5], [U6, U7, U8], [U9, U10, U11, U12], [U13, U14, U15]),
    "events": [
        event("COERCE", TRUMP_ADMIN, USAID_STAFF, U1, mode="restrict", date="2025-02-03", location="Washington",
              location_country="USA"),
        event("ACCUSE", RUBIO, USAID, U2, mode="disapprove"),
        event("ACCUSE", TRUMP, USAID, U5, mode="disapprove", date="2025-02-02"),
        event("PROTEST", DEM_LAWMAKERS, TRUMP_ADMIN, U6, mode="demo", date="2025-02-03", location="Washington",
              location_country="USA"),
        event("ACCUSE", DEM_LAWMAKERS, TRUMP_ADMIN, U6, mode="disapprove", date="2025-02-03"),
        event("SUPPORT", VAN_HOLLEN, USAID_STAFF, U7),
        event("THREATEN", SCHATZ, TRUMP_ADMIN, U8),
        event("SANCTION", TRUMP_ADMIN, USAID_SECURITY, U9),
        event("REJECT", USAID_SECURITY, DOGE, U9),
        event("SANCTION", TRUMP_ADMIN, None, U10, mode="withdraw"),
        event("AGREE", RUBIO, US_CONGRESS, U11),
        event("SUPPORT", MIKE_JOHNSON, TRUMP_ADMIN, U12),
    ],
    "quotes": [
        quote("he was now acting administrator of USAID", "Marco Rubio", "indirect"),
        quote("insubordination", "Marco Rubio", "direct"),
        quote("Many of these programmes will continue, but they will be aligned with our foreign policy",
              "Marco Rubio", "direct"),
        quote("President Donald Trump had agreed to shut the agency down", "Elon Musk", "indirect"),
        quote('the agency had been "run by a bunch of radical lunatics" and needed to be overhauled', "Donald Trump",
              "indirect"),
        quote("run by a bunch of radical lunatics", "Donald Trump", "direct"),
        quote("the move was illegal because USAID was established by an act of Congress",
              "Democratic members of Congress", "indirect"),
        quote('USAID staff had "saved millions of lives" around the world', "Chris Van Hollen", "indirect"),
        quote("saved millions of lives", "Chris Van Hollen", "direct"),
        quote("he would place a hold on all of Trump's State Department nominees until the agency was restored",
              "Brian Schatz", "indirect"),
        quote("Over the weekend, two senior USAID security officials were placed on administrative leave after "
              "refusing to give Musk's team access to classified systems", "people familiar with the matter",
              "indirect"),
        quote("the State Department would consult Congress on a possible reorganisation of the agency", "Marco Rubio",
              "indirect"),
        quote("long overdue", "Mike Johnson", "direct"),
        quote("it was weighing legal action", "American Foreign Service Association", "indirect"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["WASHINGTON", "Washington"]),
        entity("USAID employees", "ORG", "USA", ["Employees of the U.S. Agency for International Development",
                                                 "USAID staff"]),
        entity("U.S. Agency for International Development", "ORG", "USA", [
            "U.S. Agency for International Development", "the agency", "the foreign aid agency", "USAID"]),
        entity("Trump administration", "ORG", "USA", ["the Trump administration", "the administration",
                                                      "The administration"]),
        entity("U.S. Department of State", "ORG", "USA", ["the State Department", "State Department"]),
        entity("Marco Rubio", "PER", "USA", ["Secretary of State Marco Rubio", "Rubio"]),
        entity("Central America", "LOC", None, ["Central America"]),
        entity("Elon Musk", "PER", "USA", ["Billionaire Elon Musk", "Musk"]),
        entity("Department of Government Efficiency", "ORG", "USA", ["Department of Government Efficiency",
                                                                     "Musk's team"]),
        entity("X", "ORG", "MNC", ["his X platform"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump"]),
        entity("Democratic members of Congress", "ORG", "USA", ["Dozens of Democratic lawmakers", "the crowd"]),
        entity("U.S. Congress", "ORG", "USA", ["Congress", "lawmakers"]),
        entity("Chris Van Hollen", "PER", "USA", ["Senator Chris Van Hollen"]),
        entity("Maryland", "LOC", "USA", ["Maryland"]),
        entity("Brian Schatz", "PER", "USA", ["Senator Brian Schatz"]),
        entity("Hawaii", "LOC", "USA", ["Hawaii"]),
        entity("USAID security officials", "PER", "USA", ["two senior USAID security officials"]),
        entity("Mike Johnson", "PER", "USA", ["House Speaker Mike Johnson"]),
        entity("American Foreign Service Association", "ORG", "USA", [
            "The American Foreign Service Association", "the union representing U.S. diplomats and aid workers"]),
        entity("John F. Kennedy", "PER", "USA", ["President John F. Kennedy"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
