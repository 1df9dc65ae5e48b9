"""Round 308: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm332-de-01: Ukraine/Russia: Moscow claims the capture of Chasiv Yar; Gerasimov announces a push on Kostiantynivka, Trehubov calls it a lie and reports drone strikes, overnight drone and missile attack on Kyiv, Zelensky accuses Russia and asks Washington and Berlin for Patriots, Kallas condemns, Trump's ten-day ceasefire deadline and tariff threat, Peskov rebuffs (2025-07-31).
- hm332-de-02: Turkey: death toll of the Grand Kartal hotel fire at Kartalkaya rises to 78; nine detained including the owner and a Bolu deputy mayor, prosecutors investigate, Erdoğan threatens those responsible and attacks the opposition, Ersoy and Özcan trade blame, Özel demands Ersoy's resignation and is rebuffed, Mitsotakis phones Erdoğan and offers help (2025-01-22).
- hm332-de-03: Hungary: rival rallies of Orbán's "Peace March" and Péter Magyar's Tisza party on the 1956 anniversary; Orbán accuses Brussels and Tisza, backs the shelved Trump-Putin summit in Budapest, Magyar accuses the government and demands a TV debate that Orbán refuses, Kovács attacks Magyar, EU funds still frozen (2025-10-23).
- hm332-de-04: Georgia: the new parliament convenes without President Zourabichvili's summons while the opposition boycotts; her court challenge and accusation, Papuashvili hits back, rally on Rustaveli Avenue and three arrests, the opposition demands a re-run and Kobakhidze refuses, OSCE findings, the EU asks for an inquiry, the frozen accession process (2024-11-25).
- hm332-en-01: Romania: the Constitutional Court annuls the presidential election's first round before the Georgescu-Lasconi runoff; intelligence documents accuse Russia, Georgescu and Lasconi condemn, Ciolacu backs the ruling, Zakharova accuses Bucharest, the Commission orders TikTok to preserve data, the State Department's concern, rally outside the court without arrests (2024-12-06).
- hm332-en-02: Russia: the Supreme Court bans the "international LGBT public movement" as extremist at the Justice Ministry's request; activists and Kochetkov object, Amnesty condemns and urges reversal, Volodin welcomes it, a flag protester detained in St. Petersburg, the 2023 gender-transition ban and the 2022 propaganda law (2023-11-30).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm332-de-01 (Ukraine/Russia, Chasiv Yar)
RUSSIA = actor("Russia", "RUS", "GOV")
RUS_ARMY = actor("Russian armed forces", "RUS", "MIL")
UKR_ARMY = actor("Ukrainian armed forces", "UKR", "MIL")
RUS_MOD = actor("Ministry of Defence of Russia", "RUS", "GOV")
GERASIMOV = actor("Valery Gerasimov", "RUS", "MIL")
TREHUBOV = actor("Viktor Trehubov", "UKR", "MIL")
KYIV_RESIDENTS = actor("residents of Kyiv", "UKR", "CVL")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
USA = actor("United States", "USA", "GOV")
GERMANY = actor("Germany", "DEU", "GOV")
KALLAS = actor("Kaja Kallas", "EUR", "IGO")
TRUMP = actor("Donald Trump", "USA", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")

A1 = ("Kiew/Moskau (dpa) - Russland hat die Einnahme der seit mehr als einem Jahr umkämpften Stadt Tschassiw Jar im "
      "Osten der Ukraine gemeldet.")
A2 = ("Truppen der Heeresgruppe Süd hätten die Stadt im Gebiet Donezk vollständig unter ihre Kontrolle gebracht, "
      "teilte das Verteidigungsministerium in Moskau am Donnerstag mit.")
A3 = ("Generalstabschef Waleri Gerassimow sprach von einem wichtigen Erfolg und kündigte an, die Offensive in Richtung "
      "Kostjantyniwka fortzusetzen.")
A4 = "Die ukrainische Armee wies die Darstellung zurück."
A5 = ("„Das ist eine Lüge, in der Stadt wird weiter gekämpft“, sagte der Sprecher der Truppengruppe Chortyzja, "
      "Viktor Trehubow, im ukrainischen Fernsehen.")
A6 = ("Nach seinen Worten greifen ukrainische Drohneneinheiten russische Soldaten an, die sich in kleinen Gruppen in "
      "den Ruinen festzusetzen versuchen.")
A7 = "Unabhängig überprüfen ließen sich die Angaben beider Seiten zunächst nicht."
A8 = ("Tschassiw Jar liegt auf einer Anhöhe westlich von Bachmut und gilt als Schlüssel für den Vormarsch auf "
      "Kostjantyniwka, Kramatorsk und Slowjansk.")
A9 = ("Russische Truppen hatten die Stadt seit dem Frühjahr 2024 mit Gleitbomben und Artillerie angegriffen und "
      "weitgehend zerstört.")
A10 = "In der Nacht zum Donnerstag griff Russland die Hauptstadt Kiew mit mehr als 300 Drohnen und acht Raketen an."
A11 = ("Der Leiter der Kiewer Militärverwaltung, Tymur Tkatschenko, sprach von mindestens 16 Toten, unter ihnen ein "
       "sechsjähriger Junge.")
A12 = ("Präsident Wolodymyr Selenskyj warf Russland vor, gezielt Wohnhäuser anzugreifen, und forderte von den USA und "
       "Deutschland weitere Patriot-Flugabwehrsysteme.")
A13 = "„Das ist Russlands Antwort auf alle Friedensbemühungen“, schrieb er auf Telegram."
A14 = "Die EU-Außenbeauftragte Kaja Kallas verurteilte den Angriff als „barbarisch“."
A15 = ("US-Präsident Donald Trump hatte Russland am Dienstag eine Frist von zehn Tagen gesetzt, einer Waffenruhe "
       "zuzustimmen.")
A16 = "Andernfalls drohte er mit Strafzöllen gegen Länder, die russisches Öl kaufen."
A17 = ("Kremlsprecher Dmitri Peskow sagte, man habe Trumps Äußerungen zur Kenntnis genommen, die „militärische "
       "Spezialoperation“ werde aber fortgesetzt.")

DE01 = {
    "id": "hm332-de-01", "lang": "de", "url": None, "published": "2025-07-31",
    "title": "Moskau meldet Einnahme von Tschassiw Jar - Kiew widerspricht",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7], [A8, A9], [A10, A11, A12, A13, A14], [A15, A16, A17]),
    "events": [
        event("ASSAULT", RUS_ARMY, UKR_ARMY, A1, location="Chasiv Yar", location_country="UKR"),
        event("ASSAULT", RUS_ARMY, UKR_ARMY, A2, location="Chasiv Yar", location_country="UKR"),
        event("THREATEN", GERASIMOV, UKR_ARMY, A3, mode="violence"),
        event("ACCUSE", TREHUBOV, RUS_MOD, A5, mode="disapprove"),
        event("ASSAULT", UKR_ARMY, RUS_ARMY, A6, mode="drone", location="Chasiv Yar", location_country="UKR"),
        event("ASSAULT", RUS_ARMY, UKR_ARMY, A9, mode="heavy-weapons", location="Chasiv Yar",
              location_country="UKR"),
        event("ASSAULT", RUSSIA, KYIV_RESIDENTS, A10, mode="drone", date="2025-07-31", location="Kyiv",
              location_country="UKR"),
        event("ACCUSE", ZELENSKY, RUSSIA, A12, mode="allege"),
        event("REQUEST", ZELENSKY, USA, A12, mode="assist"),
        event("REQUEST", ZELENSKY, GERMANY, A12, mode="assist"),
        event("ACCUSE", ZELENSKY, RUSSIA, A13, mode="disapprove"),
        event("ACCUSE", KALLAS, RUSSIA, A14, mode="disapprove"),
        event("REQUEST", TRUMP, RUSSIA, A15, mode="yield", date="2025-07-29"),
        event("THREATEN", TRUMP, RUSSIA, A16),
        event("REJECT", PESKOV, TRUMP, A17, mode="yield"),
    ],
    "quotes": [
        quote("Truppen der Heeresgruppe Süd hätten die Stadt im Gebiet Donezk vollständig unter ihre Kontrolle gebracht",
              "Ministry of Defence of Russia", "indirect"),
        quote("die Offensive in Richtung Kostjantyniwka fortzusetzen", "Valery Gerasimov", "indirect"),
        quote("Das ist eine Lüge, in der Stadt wird weiter gekämpft", "Viktor Trehubov", "direct"),
        quote("greifen ukrainische Drohneneinheiten russische Soldaten an, die sich in kleinen Gruppen in den Ruinen "
              "festzusetzen versuchen", "Viktor Trehubov", "indirect"),
        quote("gezielt Wohnhäuser anzugreifen", "Volodymyr Zelensky", "indirect"),
        quote("Das ist Russlands Antwort auf alle Friedensbemühungen", "Volodymyr Zelensky", "direct"),
        quote("barbarisch", "Kaja Kallas", "direct"),
        quote("militärische Spezialoperation", "Dmitry Peskov", "direct"),
        quote("man habe Trumps Äußerungen zur Kenntnis genommen, die „militärische Spezialoperation“ werde aber "
              "fortgesetzt", "Dmitry Peskov", "indirect"),
    ],
    "entities": [
        entity("Kyiv", "LOC", "UKR", ["Kiew", "die Hauptstadt Kiew"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Russia", "LOC", "RUS", ["Russland", "Russlands"]),
        entity("Chasiv Yar", "LOC", "UKR", ["Stadt Tschassiw Jar", "Tschassiw Jar", "die Stadt", "der Stadt"]),
        entity("Ukraine", "LOC", "UKR", ["der Ukraine"]),
        entity("Southern Group of Forces", "ORG", "RUS", ["Truppen der Heeresgruppe Süd"]),
        entity("Donetsk Oblast", "LOC", "UKR", ["Gebiet Donezk"]),
        entity("Ministry of Defence of Russia", "ORG", "RUS", ["das Verteidigungsministerium in Moskau"]),
        entity("Valery Gerasimov", "PER", "RUS", ["Generalstabschef Waleri Gerassimow"]),
        entity("Kostiantynivka", "LOC", "UKR", ["Kostjantyniwka"]),
        entity("Ukrainian armed forces", "ORG", "UKR", ["Die ukrainische Armee", "ukrainische Drohneneinheiten"]),
        entity("Viktor Trehubov", "PER", "UKR", ["der Sprecher der Truppengruppe Chortyzja, Viktor Trehubow"]),
        entity("Khortytsia operational-strategic group", "ORG", "UKR", ["Truppengruppe Chortyzja"]),
        entity("Russian armed forces", "ORG", "RUS", ["russische Soldaten", "Russische Truppen"]),
        entity("Bakhmut", "LOC", "UKR", ["Bachmut"]),
        entity("Kramatorsk", "LOC", "UKR", ["Kramatorsk"]),
        entity("Sloviansk", "LOC", "UKR", ["Slowjansk"]),
        entity("Tymur Tkachenko", "PER", "UKR", ["Der Leiter der Kiewer Militärverwaltung, Tymur Tkatschenko"]),
        entity("Kyiv City Military Administration", "ORG", "UKR", ["Kiewer Militärverwaltung"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj"]),
        entity("United States", "LOC", "USA", ["den USA"]),
        entity("Germany", "LOC", "DEU", ["Deutschland"]),
        entity("Telegram", "ORG", "MNC", ["Telegram"]),
        entity("Kaja Kallas", "PER", "EUR", ["Die EU-Außenbeauftragte Kaja Kallas"]),
        entity("European Union", "ORG", "EUR", ["EU"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "Trumps"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
    ],
}

# ---------------------------------------------------------------- hm332-de-02 (Turkey, Kartalkaya hotel fire)
TUR_AUTH = actor("Turkish authorities", "TUR", "GOV")
ERGUL = actor("Halit Ergül", "TUR", "BUS")
BOLU_DEPUTY_MAYOR = actor("Deputy Mayor of Bolu", "TUR", "GOV")
TUR_PROSECUTORS = actor("Turkish prosecutors", "TUR", "JUD")
ERDOGAN = actor("Recep Tayyip Erdoğan", "TUR", "GOV")
FIRE_RESPONSIBLE = actor("those responsible for the Kartalkaya hotel fire", "TUR", "CVL")
TUR_OPP = actor("Turkish opposition", "TUR", "OPP")
ERSOY = actor("Mehmet Nuri Ersoy", "TUR", "GOV")
BOLU_MUNI = actor("Bolu Municipality", "TUR", "GOV")
OZCAN = actor("Tanju Özcan", "TUR", "GOV")
TUR_TOURISM_MIN = actor("Ministry of Culture and Tourism of Turkey", "TUR", "GOV")
OZEL = actor("Özgür Özel", "TUR", "OPP")
MITSOTAKIS = actor("Kyriakos Mitsotakis", "GRC", "GOV")

B1 = ("Bolu (AFP) - Nach dem verheerenden Hotelbrand im türkischen Skigebiet Kartalkaya ist die Zahl der Toten auf 78 "
      "gestiegen.")
B2 = ("Unter den Opfern seien viele Kinder, 51 Menschen würden noch in Krankenhäusern behandelt, teilte Innenminister "
      "Ali Yerlikaya am Mittwoch mit.")
B3 = ("Das Feuer war in der Nacht zum Dienstag im Restaurantbereich des zwölfstöckigen Grand Kartal Hotels "
      "ausgebrochen, in dem während der Schulferien 238 Gäste untergebracht waren.")
B4 = ("Viele Opfer sprangen aus Fenstern oder versuchten, sich an zusammengeknoteten Bettlaken in Sicherheit zu "
      "bringen.")
B5 = "Überlebende berichteten, weder der Feueralarm noch die Sprinkleranlage hätten funktioniert."
B6 = ("Die Behörden nahmen bis Mittwoch neun Menschen fest, unter ihnen den Eigentümer des Hotels, Halit Ergül, und "
      "einen stellvertretenden Bürgermeister von Bolu.")
B7 = ("Eine Gruppe von sechs Staatsanwälten ermittle wegen fahrlässiger Tötung, sagte Justizminister Yılmaz Tunç.")
B8 = ("Präsident Recep Tayyip Erdoğan rief einen nationalen Trauertag aus und nahm am Mittwoch in Bolu an der "
      "Beerdigung mehrerer Opfer teil.")
B9 = ("„Diejenigen, die durch Nachlässigkeit oder Fehler für diese Tragödie verantwortlich sind, werden zur "
      "Rechenschaft gezogen“, sagte der 70-Jährige.")
B10 = "Zugleich warf er der Opposition vor, das Unglück für politische Zwecke auszunutzen."
B11 = ("Zwischen dem Tourismusministerium in Ankara und der von der oppositionellen CHP geführten Stadtverwaltung von "
       "Bolu ist ein Streit über die Zuständigkeit für den Brandschutz entbrannt.")
B12 = ("Tourismusminister Mehmet Nuri Ersoy sagte, das Hotel habe 2021 und 2024 Brandschutzbescheinigungen der "
       "städtischen Feuerwehr erhalten.")
B13 = "Die Verantwortung für die Kontrollen liege deshalb bei der Stadt, fügte er hinzu."
B14 = ("Bolus Bürgermeister Tanju Özcan warf dem Ministerium dagegen vor, für die Inspektion des außerhalb der "
       "Stadtgrenzen gelegenen Hotels selbst zuständig gewesen zu sein.")
B15 = "CHP-Chef Özgür Özel besuchte die Unglücksstelle und forderte Ersoys Rücktritt."
B16 = "„Ein Minister, unter dessen Aufsicht 78 Menschen sterben, kann nicht im Amt bleiben“, sagte er."
B17 = "Ersoy lehnte einen Rücktritt ab und sprach von einer „Hetzkampagne“."
B18 = ("Der griechische Ministerpräsident Kyriakos Mitsotakis sprach Erdoğan in einem Telefonat sein Beileid aus und "
       "bot Hilfe an.")

DE02 = {
    "id": "hm332-de-02", "lang": "de", "url": None, "published": "2025-01-22",
    "title": "Hotelbrand in Kartalkaya: 78 Tote, neun Festnahmen",
    "text": paragraphs([B1, B2, B3, B4, B5], [B6, B7], [B8, B9, B10], [B11, B12, B13, B14], [B15, B16, B17, B18]),
    "events": [
        event("COERCE", TUR_AUTH, ERGUL, B6, mode="arrest"),
        event("COERCE", TUR_AUTH, BOLU_DEPUTY_MAYOR, B6, mode="arrest"),
        event("ACCUSE", TUR_PROSECUTORS, None, B7, mode="investigate"),
        event("THREATEN", ERDOGAN, FIRE_RESPONSIBLE, B9),
        event("ACCUSE", ERDOGAN, TUR_OPP, B10, mode="disapprove"),
        event("ACCUSE", ERSOY, BOLU_MUNI, B13, mode="allege"),
        event("ACCUSE", OZCAN, TUR_TOURISM_MIN, B14, mode="allege"),
        event("REQUEST", OZEL, ERSOY, B15, mode="change"),
        event("ACCUSE", OZEL, ERSOY, B16, mode="disapprove"),
        event("REJECT", ERSOY, OZEL, B17, mode="change"),
        event("ACCUSE", ERSOY, OZEL, B17, mode="disapprove"),
        event("CONSULT", MITSOTAKIS, ERDOGAN, B18, mode="phone"),
        event("AGREE", MITSOTAKIS, ERDOGAN, B18),
    ],
    "quotes": [
        quote("Unter den Opfern seien viele Kinder, 51 Menschen würden noch in Krankenhäusern behandelt",
              "Ali Yerlikaya", "indirect"),
        quote("weder der Feueralarm noch die Sprinkleranlage hätten funktioniert",
              "survivors of the Kartalkaya hotel fire", "indirect"),
        quote("Eine Gruppe von sechs Staatsanwälten ermittle wegen fahrlässiger Tötung", "Yılmaz Tunç", "indirect"),
        quote("Diejenigen, die durch Nachlässigkeit oder Fehler für diese Tragödie verantwortlich sind, werden zur "
              "Rechenschaft gezogen", "Recep Tayyip Erdoğan", "direct"),
        quote("das Unglück für politische Zwecke auszunutzen", "Recep Tayyip Erdoğan", "indirect"),
        quote("das Hotel habe 2021 und 2024 Brandschutzbescheinigungen der städtischen Feuerwehr erhalten",
              "Mehmet Nuri Ersoy", "indirect"),
        quote("Die Verantwortung für die Kontrollen liege deshalb bei der Stadt", "Mehmet Nuri Ersoy", "indirect"),
        quote("für die Inspektion des außerhalb der Stadtgrenzen gelegenen Hotels selbst zuständig gewesen zu sein",
              "Tanju Özcan", "indirect"),
        quote("Ein Minister, unter dessen Aufsicht 78 Menschen sterben, kann nicht im Amt bleiben", "Özgür Özel",
              "direct"),
        quote("Hetzkampagne", "Mehmet Nuri Ersoy", "direct"),
    ],
    "entities": [
        entity("Bolu", "LOC", "TUR", ["Bolu", "Bolus"]),
        entity("Kartalkaya", "LOC", "TUR", ["Skigebiet Kartalkaya"]),
        entity("Ali Yerlikaya", "PER", "TUR", ["Innenminister Ali Yerlikaya"]),
        entity("Grand Kartal Hotel", "LOC", "TUR", ["Grand Kartal Hotels", "des Hotels", "das Hotel",
                                                    "des außerhalb der Stadtgrenzen gelegenen Hotels",
                                                    "die Unglücksstelle"]),
        entity("Turkish authorities", "ORG", "TUR", ["Die Behörden"]),
        entity("Halit Ergül", "PER", "TUR", ["den Eigentümer des Hotels, Halit Ergül"]),
        entity("Deputy Mayor of Bolu", "PER", "TUR", ["einen stellvertretenden Bürgermeister von Bolu"]),
        entity("Turkish prosecutors", "ORG", "TUR", ["Eine Gruppe von sechs Staatsanwälten"]),
        entity("Yılmaz Tunç", "PER", "TUR", ["Justizminister Yılmaz Tunç"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["Präsident Recep Tayyip Erdoğan", "der 70-Jährige",
                                                      "Erdoğan"]),
        entity("Turkish opposition", "ORG", "TUR", ["der Opposition"]),
        entity("Ministry of Culture and Tourism of Turkey", "ORG", "TUR", ["dem Tourismusministerium in Ankara",
                                                                          "dem Ministerium"]),
        entity("Ankara", "LOC", "TUR", ["Ankara"]),
        entity("Republican People's Party", "ORG", "TUR", ["CHP"]),
        entity("Bolu Municipality", "ORG", "TUR", ["Stadtverwaltung von Bolu", "der Stadt"]),
        entity("Mehmet Nuri Ersoy", "PER", "TUR", ["Tourismusminister Mehmet Nuri Ersoy", "Ersoys", "Ersoy"]),
        entity("Bolu Municipality Fire Department", "ORG", "TUR", ["der städtischen Feuerwehr"]),
        entity("Tanju Özcan", "PER", "TUR", ["Bolus Bürgermeister Tanju Özcan"]),
        entity("Özgür Özel", "PER", "TUR", ["CHP-Chef Özgür Özel"]),
        entity("Kyriakos Mitsotakis", "PER", "GRC", ["Der griechische Ministerpräsident Kyriakos Mitsotakis"]),
    ],
}

# ---------------------------------------------------------------- hm332-de-03 (Hungary, rival rallies on 23 October)
ORBAN = actor("Viktor Orbán", "HUN", "GOV")
MAGYAR = actor("Péter Magyar", "HUN", "OPP")
TISZA = actor("Tisza party", "HUN", "OPP")
TISZA_SUPPORTERS = actor("Tisza party supporters", "HUN", "OPP")
HUN_GOV = actor("Government of Hungary", "HUN", "GOV")
HUNGARY = actor("Hungary", "HUN", "GOV")
EU = actor("European Union", "EUR", "IGO")
EU_COMMISSION = actor("European Commission", "EUR", "IGO")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
KOVACS = actor("Zoltán Kovács", "HUN", "GOV")

H1 = ("Budapest (Reuters) - Zum Jahrestag des Volksaufstands von 1956 haben sich in Budapest Zehntausende Anhänger von "
      "Regierungschef Viktor Orbán und seines Herausforderers Péter Magyar zu rivalisierenden Kundgebungen versammelt.")
H2 = ("Ein halbes Jahr vor der Parlamentswahl im April führte Orbán den sogenannten Friedensmarsch seiner Anhänger "
      "durch die Innenstadt bis vor das Parlament an.")
H3 = ("In seiner Rede warf der 62-Jährige der Europäischen Union vor, Ungarn in den Krieg in der Ukraine hineinziehen "
      "zu wollen.")
H4 = "„Brüssel will in Budapest eine Marionettenregierung, und die Tisza-Partei steht für diese Rolle bereit“, sagte er."
H5 = ("Nur eine Regierung seiner Fidesz-Partei garantiere, dass keine ungarischen Soldaten in die Ukraine geschickt "
      "würden.")
H6 = ("Orbán verteidigte zudem das geplante Gipfeltreffen von US-Präsident Donald Trump und Kremlchef Wladimir Putin "
      "in Budapest, das Trump am Dienstag vorerst abgesagt hatte.")
H7 = "„Der Frieden wird kommen, und der Gipfel wird in Budapest stattfinden“, sagte Orbán."
H8 = ("Wenige Kilometer entfernt versammelten sich Zehntausende Anhänger der Tisza-Partei zu einer Kundgebung gegen "
      "die Regierung.")
H9 = "Magyar warf Orbáns Regierung vor, das Land ausgeplündert und die Ideale von 1956 verraten zu haben."
H10 = ("„1956 haben die Ungarn gegen eine Regierung aufbegehrt, die dem Volk nicht mehr zuhörte - heute tun wir es "
       "wieder“, rief der 44-Jährige der Menge zu.")
H11 = "Er forderte Orbán erneut zu einem Fernsehduell vor der Wahl auf."
H12 = "Der Regierungschef lehnt eine Debatte mit dem Oppositionsführer seit Monaten ab."
H13 = "Regierungssprecher Zoltán Kovács bezeichnete Magyar auf der Plattform X als „Brüssels Mann in Budapest“."
H14 = "Die Tisza-Partei liegt in den meisten unabhängigen Umfragen vor der seit 2010 regierenden Fidesz."
H15 = "Die Polizei meldete keine größeren Zwischenfälle."
H16 = ("Die EU-Kommission hält wegen Mängeln bei der Rechtsstaatlichkeit weiterhin Fördermittel in Milliardenhöhe für "
       "Ungarn zurück.")

DE03 = {
    "id": "hm332-de-03", "lang": "de", "url": None, "published": "2025-10-23",
    "title": "Orbán und Magyar mobilisieren Zehntausende am Jahrestag von 1956",
    "text": paragraphs([H1, H2], [H3, H4, H5, H6, H7], [H8, H9, H10, H11, H12], [H13, H14, H15, H16]),
    "events": [
        event("PROTEST", TISZA_SUPPORTERS, ORBAN, H1, mode="demo", location="Budapest", location_country="HUN"),
        event("ACCUSE", ORBAN, EU, H3, mode="allege"),
        event("ACCUSE", ORBAN, EU, H4, mode="disapprove"),
        event("ACCUSE", ORBAN, TISZA, H4, mode="disapprove"),
        event("SUPPORT", ORBAN, TRUMP, H6),
        event("REJECT", TRUMP, PUTIN, H6, mode="meet", date="2025-10-21"),
        event("PROTEST", TISZA_SUPPORTERS, HUN_GOV, H8, mode="demo", location="Budapest", location_country="HUN"),
        event("ACCUSE", MAGYAR, HUN_GOV, H9, mode="allege"),
        event("ACCUSE", MAGYAR, HUN_GOV, H10, mode="disapprove"),
        event("REQUEST", MAGYAR, ORBAN, H11, mode="meet"),
        event("REJECT", ORBAN, MAGYAR, H12, mode="meet"),
        event("ACCUSE", KOVACS, MAGYAR, H13, mode="disapprove"),
        event("SANCTION", EU_COMMISSION, HUNGARY, H16, mode="withdraw"),
    ],
    "quotes": [
        quote("Ungarn in den Krieg in der Ukraine hineinziehen zu wollen", "Viktor Orbán", "indirect"),
        quote("Brüssel will in Budapest eine Marionettenregierung, und die Tisza-Partei steht für diese Rolle bereit",
              "Viktor Orbán", "direct"),
        quote("Nur eine Regierung seiner Fidesz-Partei garantiere, dass keine ungarischen Soldaten in die Ukraine "
              "geschickt würden", "Viktor Orbán", "indirect"),
        quote("Der Frieden wird kommen, und der Gipfel wird in Budapest stattfinden", "Viktor Orbán", "direct"),
        quote("das Land ausgeplündert und die Ideale von 1956 verraten zu haben", "Péter Magyar", "indirect"),
        quote("1956 haben die Ungarn gegen eine Regierung aufbegehrt, die dem Volk nicht mehr zuhörte - heute tun wir "
              "es wieder", "Péter Magyar", "direct"),
        quote("Brüssels Mann in Budapest", "Zoltán Kovács", "direct"),
    ],
    "entities": [
        entity("Budapest", "LOC", "HUN", ["Budapest"]),
        entity("Viktor Orbán", "PER", "HUN", ["Regierungschef Viktor Orbán", "Orbán", "der 62-Jährige", "Orbáns",
                                              "Der Regierungschef"]),
        entity("Péter Magyar", "PER", "HUN", ["seines Herausforderers Péter Magyar", "Magyar", "der 44-Jährige",
                                              "dem Oppositionsführer"]),
        entity("Parliament of Hungary", "LOC", "HUN", ["das Parlament"]),
        entity("European Union", "ORG", "EUR", ["der Europäischen Union", "Brüssel", "Brüssels"]),
        entity("Hungary", "LOC", "HUN", ["Ungarn", "das Land"]),
        entity("Ukraine", "LOC", "UKR", ["der Ukraine", "die Ukraine"]),
        entity("Tisza party", "ORG", "HUN", ["die Tisza-Partei", "der Tisza-Partei", "Die Tisza-Partei"]),
        entity("Fidesz", "ORG", "HUN", ["seiner Fidesz-Partei", "Fidesz"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "Trump"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin"]),
        entity("Government of Hungary", "ORG", "HUN", ["die Regierung", "Orbáns Regierung"]),
        entity("Zoltán Kovács", "PER", "HUN", ["Regierungssprecher Zoltán Kovács"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Hungarian Police", "ORG", "HUN", ["Die Polizei"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
    ],
}

# ---------------------------------------------------------------- hm332-de-04 (Georgia, first session of parliament)
GEO_OPP = actor("Georgian opposition", "GEO", "OPP")
GEO_PARLIAMENT = actor("Parliament of Georgia", "GEO", "LEG")
GEORGIAN_DREAM = actor("Georgian Dream", "GEO", "PTY")
ZOURABICHVILI = actor("Salome Zourabichvili", "GEO", "GOV")
GEO_CEC = actor("Central Election Commission of Georgia", "GEO", "GOV")
PAPUASHVILI = actor("Shalva Papuashvili", "GEO", "LEG")
TBILISI_PROTESTERS = actor("protesters in Tbilisi", "GEO", "CVL")
GEO_POLICE = actor("Georgian police", "GEO", "COP")
KOBAKHIDZE = actor("Irakli Kobakhidze", "GEO", "GOV")
OSCE_OBSERVERS = actor("OSCE election observers", "IGO", "IGO")
STANO = actor("Peter Stano", "EUR", "IGO")
GEO_GOV = actor("Government of Georgia", "GEO", "GOV")
GEORGIA = actor("Georgia", "GEO", "GOV")

G1 = ("Tiflis (dpa) - Das neu gewählte georgische Parlament ist gegen den Willen von Präsidentin Salome Surabischwili "
      "zu seiner ersten Sitzung zusammengetreten.")
G2 = ("Die 89 Abgeordneten der Regierungspartei Georgischer Traum bestätigten am Montag ihre Mandate und wählten "
      "Schalwa Papuaschwili erneut zum Parlamentspräsidenten.")
G3 = ("Die vier Oppositionsbündnisse, die bei der Wahl am 26. Oktober die Fünf-Prozent-Hürde überwunden hatten, "
      "blieben der Sitzung fern.")
G4 = "Sie erkennen das Ergebnis nicht an und werfen dem Georgischen Traum massive Wahlfälschung vor."
G5 = ("Surabischwili hatte sich geweigert, das Parlament einzuberufen, und beim Verfassungsgericht Klage gegen die "
      "von der Wahlkommission bestätigten Ergebnisse eingereicht.")
G6 = "„Dieses Parlament ist verfassungswidrig und hat keine Legitimität“, schrieb die 72-Jährige auf der Plattform X."
G7 = "Eine Sitzung ohne Einberufung durch die Präsidentin sei nichtig, solange das Gericht nicht entschieden habe."
G8 = ("Papuaschwili warf der Präsidentin dagegen vor, im Auftrag ausländischer Kräfte das Land destabilisieren zu "
      "wollen.")
G9 = ("Nach der Verfassung trete das Parlament spätestens zehn Tage nach Bekanntgabe der Ergebnisse von selbst "
      "zusammen, sagte er.")
G10 = ("Vor dem Parlamentsgebäude an der Rustaweli-Allee demonstrierten am Abend mehrere tausend Menschen mit "
       "georgischen und EU-Flaggen gegen den Georgischen Traum.")
G11 = "Die Polizei habe drei Demonstranten wegen Rowdytums festgenommen, teilte das Innenministerium mit."
G12 = "Die Opposition forderte Neuwahlen unter internationaler Aufsicht und kündigte weitere Proteste an."
G13 = "Ministerpräsident Irakli Kobachidse nannte die Forderung „lächerlich“ und schloss eine Wiederholung der Wahl aus."
G14 = ("Die Wahlbeobachter der OSZE hatten von Einschüchterung von Wählern, Stimmenkauf und Druck auf "
       "Staatsbedienstete berichtet.")
G15 = ("Der Sprecher des EU-Außenbeauftragten, Peter Stano, verlangte in Brüssel von der georgischen Regierung, die "
       "Vorwürfe unabhängig untersuchen zu lassen.")
G16 = ("Die EU hatte den Beitrittsprozess Georgiens bereits nach der Verabschiedung des umstrittenen Gesetzes gegen "
       "ausländische Einflussnahme im Sommer faktisch eingefroren.")
G17 = "Am Donnerstag will der Georgische Traum Kobachidse im Parlament erneut zum Regierungschef wählen lassen."

DE04 = {
    "id": "hm332-de-04", "lang": "de", "url": None, "published": "2024-11-25",
    "title": "Georgiens neues Parlament tagt ohne Opposition - Präsidentin spricht von Verfassungsbruch",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8, G9], [G10, G11, G12, G13], [G14, G15, G16, G17]),
    "events": [
        event("PROTEST", GEO_OPP, GEO_PARLIAMENT, G3, mode="boycott"),
        event("ACCUSE", GEO_OPP, GEORGIAN_DREAM, G4, mode="allege"),
        event("ACCUSE", ZOURABICHVILI, GEO_CEC, G5, mode="allege"),
        event("ACCUSE", ZOURABICHVILI, GEO_PARLIAMENT, G6, mode="disapprove"),
        event("ACCUSE", PAPUASHVILI, ZOURABICHVILI, G8, mode="allege"),
        event("PROTEST", TBILISI_PROTESTERS, GEORGIAN_DREAM, G10, mode="demo", location="Tbilisi",
              location_country="GEO"),
        event("COERCE", GEO_POLICE, TBILISI_PROTESTERS, G11, mode="arrest"),
        event("REQUEST", GEO_OPP, GEORGIAN_DREAM, G12, mode="change"),
        event("REJECT", KOBAKHIDZE, GEO_OPP, G13, mode="change"),
        event("ACCUSE", OSCE_OBSERVERS, None, G14, mode="allege"),
        event("REQUEST", STANO, GEO_GOV, G15, mode="change", location="Brussels", location_country="BEL"),
        event("SANCTION", EU, GEORGIA, G16, mode="discontinue"),
    ],
    "quotes": [
        quote("Dieses Parlament ist verfassungswidrig und hat keine Legitimität", "Salome Zourabichvili", "direct"),
        quote("Eine Sitzung ohne Einberufung durch die Präsidentin sei nichtig, solange das Gericht nicht entschieden "
              "habe", "Salome Zourabichvili", "indirect"),
        quote("im Auftrag ausländischer Kräfte das Land destabilisieren zu wollen", "Shalva Papuashvili", "indirect"),
        quote("Nach der Verfassung trete das Parlament spätestens zehn Tage nach Bekanntgabe der Ergebnisse von selbst "
              "zusammen", "Shalva Papuashvili", "indirect"),
        quote("Die Polizei habe drei Demonstranten wegen Rowdytums festgenommen",
              "Ministry of Internal Affairs of Georgia", "indirect"),
        quote("lächerlich", "Irakli Kobakhidze", "direct"),
        quote("die Vorwürfe unabhängig untersuchen zu lassen", "Peter Stano", "indirect"),
    ],
    "entities": [
        entity("Tbilisi", "LOC", "GEO", ["Tiflis"]),
        entity("Parliament of Georgia", "ORG", "GEO", ["Das neu gewählte georgische Parlament", "das Parlament",
                                                       "Dieses Parlament", "im Parlament"]),
        entity("Salome Zourabichvili", "PER", "GEO", ["Präsidentin Salome Surabischwili", "Surabischwili",
                                                      "die 72-Jährige", "die Präsidentin", "der Präsidentin"]),
        entity("Georgian Dream", "ORG", "GEO", ["der Regierungspartei Georgischer Traum", "dem Georgischen Traum",
                                                "den Georgischen Traum", "der Georgische Traum"]),
        entity("Shalva Papuashvili", "PER", "GEO", ["Schalwa Papuaschwili", "Papuaschwili"]),
        entity("Georgian opposition", "ORG", "GEO", ["Die vier Oppositionsbündnisse", "Die Opposition"]),
        entity("Constitutional Court of Georgia", "ORG", "GEO", ["beim Verfassungsgericht", "das Gericht"]),
        entity("Central Election Commission of Georgia", "ORG", "GEO", ["der Wahlkommission"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Georgia", "LOC", "GEO", ["das Land", "Georgiens"]),
        entity("Parliament building of Georgia", "LOC", "GEO", ["dem Parlamentsgebäude"]),
        entity("Rustaveli Avenue", "LOC", "GEO", ["Rustaweli-Allee"]),
        entity("European Union", "ORG", "EUR", ["EU", "Die EU"]),
        entity("Georgian police", "ORG", "GEO", ["Die Polizei"]),
        entity("Ministry of Internal Affairs of Georgia", "ORG", "GEO", ["das Innenministerium"]),
        entity("Irakli Kobakhidze", "PER", "GEO", ["Ministerpräsident Irakli Kobachidse", "Kobachidse"]),
        entity("OSCE", "ORG", "IGO", ["OSZE"]),
        entity("Peter Stano", "PER", "EUR", ["Der Sprecher des EU-Außenbeauftragten, Peter Stano"]),
        entity("Josep Borrell", "PER", "EUR", ["des EU-Außenbeauftragten"]),
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("Government of Georgia", "ORG", "GEO", ["der georgischen Regierung"]),
    ],
}

# ---------------------------------------------------------------- hm332-en-01 (Romania, election annulled)
ROU_CCR = actor("Constitutional Court of Romania", "ROU", "JUD")
ROU_INTEL = actor("Romanian intelligence services", "ROU", "GOV")
GEORGESCU = actor("Calin Georgescu", "ROU", "OPP")
LASCONI = actor("Elena Lasconi", "ROU", "OPP")
ROU_GOV = actor("Government of Romania", "ROU", "GOV")
CIOLACU = actor("Marcel Ciolacu", "ROU", "GOV")
ZAKHAROVA = actor("Maria Zakharova", "RUS", "GOV")
TIKTOK = actor("TikTok", "MNC", "BUS")
US_STATE_DEPT = actor("U.S. Department of State", "USA", "GOV")
GEORGESCU_SUPPORTERS = actor("supporters of Calin Georgescu", "ROU", "CVL")
ROU_POLICE = actor("Romanian police", "ROU", "COP")

R1 = ("BUCHAREST, Dec 6 (Reuters) - Romania's Constitutional Court annulled the first round of the country's "
      "presidential election on Friday, two days before a runoff that far-right outsider Calin Georgescu had been "
      "expected to win.")
R2 = ("The court said its unanimous decision followed declassified intelligence documents that pointed to an "
      "organised campaign on TikTok to promote Georgescu.")
R3 = ('The documents from Romania\'s intelligence services, declassified by President Klaus Iohannis on Wednesday, '
      'said thousands of coordinated accounts had pushed the 62-year-old\'s candidacy and accused Russia of '
      '"aggressive hybrid" attacks on Romania.')
R4 = ('Georgescu, a little-known former official who topped the first round on Nov. 24 with almost 23% of the vote, '
      'called the ruling "a formalised coup d\'etat."')
R5 = ('He accused the court of bowing to foreign pressure and told supporters in a video posted on Facebook that '
      '"the fight is not over."')
R6 = ("Elena Lasconi, the centre-right reformist who was due to face Georgescu in Sunday's runoff, also condemned the "
      "decision as illegal and immoral.")
R7 = ('"Today is the moment when the Romanian state has trampled on democracy," said Lasconi, whose Save Romania '
      'Union (USR) campaigned on a pro-European platform.')
R8 = ('Prime Minister Marcel Ciolacu, whose Social Democrats came first in last Sunday\'s parliamentary election, said '
      'the ruling was "the only correct decision" after the intelligence findings.')
R9 = ("Romanians abroad had started voting in the runoff on Friday morning, and Romania's foreign ministry halted the "
      "ballot at embassies and consulates shortly after the ruling.")
R10 = ("Iohannis, whose term was due to end on Dec. 21, said he would stay in office until a new president is sworn "
       "in.")
R11 = "The government is expected to set a new election date in the coming weeks."
R12 = ("Russia has denied interfering in the election, and Russian Foreign Ministry spokeswoman Maria Zakharova "
       "accused Romanian officials on Friday of blaming Moscow for their own failures.")
R13 = ("The European Commission on Thursday ordered TikTok to freeze and preserve all data related to elections in "
       "the European Union.")
R14 = ("TikTok has said it found no evidence of a covert influence network and that it removed content that broke its "
       "rules.")
R15 = ("The U.S. State Department said on Wednesday it was concerned about Russia's engagement in malign cyber "
       "activity designed to influence the vote.")
R16 = ("Several hundred Georgescu supporters gathered outside the court building in Bucharest on Friday evening, "
       "chanting against the decision, but police reported no arrests.")

EN01 = {
    "id": "hm332-en-01", "lang": "en", "url": None, "published": "2024-12-06",
    "title": "Romania's top court annuls presidential election after claims of Russian interference",
    "text": paragraphs([R1, R2, R3], [R4, R5, R6, R7], [R8, R9, R10, R11], [R12, R13, R14, R15], [R16]),
    "events": [
        event("SANCTION", ROU_CCR, None, R1, mode="convict", date="2024-12-06"),
        event("ACCUSE", ROU_INTEL, RUSSIA, R3, mode="allege", date="2024-12-04"),
        event("ACCUSE", GEORGESCU, ROU_CCR, R4, mode="disapprove"),
        event("ACCUSE", GEORGESCU, ROU_CCR, R5, mode="allege"),
        event("ACCUSE", LASCONI, ROU_CCR, R6, mode="disapprove"),
        event("ACCUSE", LASCONI, ROU_GOV, R7, mode="disapprove"),
        event("SUPPORT", CIOLACU, ROU_CCR, R8),
        event("ACCUSE", ZAKHAROVA, ROU_GOV, R12, mode="disapprove", date="2024-12-06"),
        event("REQUEST", EU_COMMISSION, TIKTOK, R13, date="2024-12-05"),
        event("ACCUSE", US_STATE_DEPT, RUSSIA, R15, mode="disapprove", date="2024-12-04"),
        event("PROTEST", GEORGESCU_SUPPORTERS, ROU_CCR, R16, mode="demo", date="2024-12-06", location="Bucharest",
              location_country="ROU"),
        event("COERCE", ROU_POLICE, GEORGESCU_SUPPORTERS, R16, mode="arrest", date="2024-12-06",
              location="Bucharest", location_country="ROU", negated=True),
    ],
    "quotes": [
        quote("its unanimous decision followed declassified intelligence documents that pointed to an organised "
              "campaign on TikTok to promote Georgescu", "Constitutional Court of Romania", "indirect"),
        quote("thousands of coordinated accounts had pushed the 62-year-old's candidacy",
              "Romanian intelligence services", "indirect"),
        quote("aggressive hybrid", "Romanian intelligence services", "direct"),
        quote("a formalised coup d'etat", "Calin Georgescu", "direct"),
        quote("bowing to foreign pressure", "Calin Georgescu", "indirect"),
        quote("the fight is not over", "Calin Georgescu", "direct"),
        quote("Today is the moment when the Romanian state has trampled on democracy", "Elena Lasconi", "direct"),
        quote('the ruling was "the only correct decision" after the intelligence findings', "Marcel Ciolacu",
              "indirect"),
        quote("the only correct decision", "Marcel Ciolacu", "direct"),
        quote("he would stay in office until a new president is sworn in", "Klaus Iohannis", "indirect"),
        quote("blaming Moscow for their own failures", "Maria Zakharova", "indirect"),
        quote("it found no evidence of a covert influence network and that it removed content that broke its rules",
              "TikTok", "indirect"),
        quote("it was concerned about Russia's engagement in malign cyber activity designed to influence the vote",
              "U.S. Department of State", "indirect"),
    ],
    "entities": [
        entity("Bucharest", "LOC", "ROU", ["BUCHAREST", "Bucharest"]),
        entity("Constitutional Court of Romania", "ORG", "ROU", ["Romania's Constitutional Court", "The court",
                                                                 "the court"]),
        entity("Romania", "LOC", "ROU", ["Romania", "the country's"]),
        entity("Calin Georgescu", "PER", "ROU", ["far-right outsider Calin Georgescu", "Georgescu",
                                                 "the 62-year-old's"]),
        entity("TikTok", "ORG", "MNC", ["TikTok"]),
        entity("Romanian intelligence services", "ORG", "ROU", ["Romania's intelligence services"]),
        entity("Klaus Iohannis", "PER", "ROU", ["President Klaus Iohannis", "Iohannis"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("Facebook", "ORG", "MNC", ["Facebook"]),
        entity("Elena Lasconi", "PER", "ROU", ["Elena Lasconi", "Lasconi"]),
        entity("Government of Romania", "ORG", "ROU", ["the Romanian state", "The government", "Romanian officials"]),
        entity("Save Romania Union", "ORG", "ROU", ["Save Romania Union (USR)"]),
        entity("Marcel Ciolacu", "PER", "ROU", ["Prime Minister Marcel Ciolacu"]),
        entity("Social Democratic Party (Romania)", "ORG", "ROU", ["Social Democrats"]),
        entity("Ministry of Foreign Affairs of Romania", "ORG", "ROU", ["Romania's foreign ministry"]),
        entity("Ministry of Foreign Affairs of Russia", "ORG", "RUS", ["Russian Foreign Ministry"]),
        entity("Maria Zakharova", "PER", "RUS", ["Russian Foreign Ministry spokeswoman Maria Zakharova"]),
        entity("Government of Russia", "ORG", "RUS", ["Moscow"]),
        entity("European Commission", "ORG", "EUR", ["The European Commission"]),
        entity("European Union", "ORG", "EUR", ["the European Union"]),
        entity("U.S. Department of State", "ORG", "USA", ["The U.S. State Department"]),
        entity("Constitutional Court building", "LOC", "ROU", ["the court building"]),
        entity("Romanian police", "ORG", "ROU", ["police"]),
    ],
}

# ---------------------------------------------------------------- hm332-en-02 (Russia, LGBT movement banned)
RUS_SUPREME_COURT = actor("Supreme Court of Russia", "RUS", "JUD")
LGBT_MOVEMENT = actor("international LGBT public movement", "RUS", "CVL")
RUS_JUSTICE_MIN = actor("Ministry of Justice of Russia", "RUS", "GOV")
RUS_LGBT_ACTIVISTS = actor("Russian LGBTQ+ activists", "RUS", "CVL")
KOCHETKOV = actor("Igor Kochetkov", "RUS", "NGO")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
RUS_AUTH = actor("Russian authorities", "RUS", "GOV")
VOLODIN = actor("Vyacheslav Volodin", "RUS", "LEG")
SPB_POLICE = actor("St. Petersburg police", "RUS", "COP")
SPB_PROTESTER = actor("protester in St. Petersburg", "RUS", "CVL")
TRANS_PEOPLE_RUS = actor("transgender people in Russia", "RUS", "CVL")
RUS_LAWMAKERS = actor("Federal Assembly of Russia", "RUS", "LEG")
LGBT_PEOPLE_RUS = actor("LGBTQ+ people in Russia", "RUS", "CVL")

L1 = ('MOSCOW (AP) - Russia\'s Supreme Court on Thursday outlawed what it called the "international LGBT public '
      'movement" as extremist, a step activists fear will lead to arrests and prosecutions of gay and transgender '
      'people.')
L2 = ('The ruling came in response to a lawsuit filed by the Justice Ministry earlier this month, which alleged that '
      'the movement showed "signs and manifestations of an extremist nature" and incited social and religious '
      'discord.')
L3 = "The hearing was held behind closed doors, and no representative of the so-called movement was present."
L4 = "Judge Oleg Nefedov announced the decision after about four hours, and it took effect immediately."
L5 = "The Justice Ministry did not say which organizations or individuals it considered part of the movement."
L6 = ("Russian LGBTQ+ activists said the ruling targeted a movement that does not formally exist and could be used "
      "against anyone who speaks out.")
L7 = ('"This is a way to silence an entire community and to frighten people into hiding," said Igor Kochetkov, a '
      'founder of the Russian LGBT Network.')
L8 = ("The network said it had advised people to delete posts and photographs that could be used as evidence and to "
      "find lawyers in case police came to their homes.")
L9 = 'Amnesty International called the ruling "shameful and absurd" and urged Russian authorities to reverse it.'
L10 = ('State Duma speaker Vyacheslav Volodin welcomed the decision, saying it would protect "traditional values" and '
       'Russia\'s children.')
L11 = ("In St. Petersburg, police detained a man who had unfurled a rainbow flag outside the city's legislative "
       "assembly shortly after the ruling, the rights group OVD-Info reported.")
L12 = ('The ruling is the latest step in a decade-long crackdown on LGBTQ+ rights in Russia under President Vladimir '
       'Putin, who has championed "traditional family values" as a cornerstone of his rule.')
L13 = "In July, Putin signed a law banning gender transition procedures and changes of gender in official documents."
L14 = "Last year, lawmakers expanded a 2013 ban on so-called gay propaganda among minors to cover adults as well."
L15 = "Under Russian law, involvement in an extremist group is punishable by up to 10 years in prison."
L16 = "Kremlin spokesman Dmitry Peskov said earlier this month that the Kremlin was not following the case."

EN02 = {
    "id": "hm332-en-02", "lang": "en", "url": None, "published": "2023-11-30",
    "title": "Russia's Supreme Court bans 'LGBT movement' as extremist",
    "text": paragraphs([L1, L2], [L3, L4, L5], [L6, L7, L8], [L9, L10, L11], [L12, L13, L14, L15, L16]),
    "events": [
        event("COERCE", RUS_SUPREME_COURT, LGBT_MOVEMENT, L1, mode="ban", date="2023-11-30"),
        event("ACCUSE", RUS_JUSTICE_MIN, LGBT_MOVEMENT, L2, mode="allege"),
        event("ACCUSE", RUS_LGBT_ACTIVISTS, RUS_SUPREME_COURT, L6, mode="disapprove"),
        event("ACCUSE", KOCHETKOV, RUS_SUPREME_COURT, L7, mode="disapprove"),
        event("ACCUSE", AMNESTY, RUS_SUPREME_COURT, L9, mode="disapprove"),
        event("REQUEST", AMNESTY, RUS_AUTH, L9, mode="change"),
        event("SUPPORT", VOLODIN, RUS_SUPREME_COURT, L10),
        event("PROTEST", SPB_PROTESTER, RUS_AUTH, L11, mode="demo", location="St. Petersburg",
              location_country="RUS"),
        event("COERCE", SPB_POLICE, SPB_PROTESTER, L11, mode="arrest", location="St. Petersburg",
              location_country="RUS"),
        event("COERCE", PUTIN, TRANS_PEOPLE_RUS, L13, mode="restrict"),
        event("COERCE", RUS_LAWMAKERS, LGBT_PEOPLE_RUS, L14, mode="restrict"),
    ],
    "quotes": [
        quote("international LGBT public movement", "Supreme Court of Russia", "direct"),
        quote('the movement showed "signs and manifestations of an extremist nature" and incited social and religious '
              'discord', "Ministry of Justice of Russia", "indirect"),
        quote("signs and manifestations of an extremist nature", "Ministry of Justice of Russia", "direct"),
        quote("the ruling targeted a movement that does not formally exist and could be used against anyone who "
              "speaks out", "Russian LGBTQ+ activists", "indirect"),
        quote("This is a way to silence an entire community and to frighten people into hiding", "Igor Kochetkov",
              "direct"),
        quote("it had advised people to delete posts and photographs that could be used as evidence and to find "
              "lawyers in case police came to their homes", "Russian LGBT Network", "indirect"),
        quote("shameful and absurd", "Amnesty International", "direct"),
        quote('it would protect "traditional values" and Russia\'s children', "Vyacheslav Volodin", "indirect"),
        quote("traditional values", "Vyacheslav Volodin", "direct"),
        quote("In St. Petersburg, police detained a man who had unfurled a rainbow flag outside the city's "
              "legislative assembly shortly after the ruling", "OVD-Info", "indirect"),
        quote("traditional family values", "Vladimir Putin", "direct"),
        quote("the Kremlin was not following the case", "Dmitry Peskov", "indirect"),
    ],
    "entities": [
        entity("Moscow", "LOC", "RUS", ["MOSCOW"]),
        entity("Supreme Court of Russia", "ORG", "RUS", ["Russia's Supreme Court"]),
        entity("international LGBT public movement", "ORG", "RUS", ["international LGBT public movement",
                                                                    "the movement", "the so-called movement"]),
        entity("Ministry of Justice of Russia", "ORG", "RUS", ["the Justice Ministry", "The Justice Ministry"]),
        entity("Oleg Nefedov", "PER", "RUS", ["Judge Oleg Nefedov"]),
        entity("Russian LGBTQ+ activists", "ORG", "RUS", ["Russian LGBTQ+ activists"]),
        entity("Igor Kochetkov", "PER", "RUS", ["Igor Kochetkov"]),
        entity("Russian LGBT Network", "ORG", "RUS", ["the Russian LGBT Network", "The network"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Russian authorities", "ORG", "RUS", ["Russian authorities"]),
        entity("Vyacheslav Volodin", "PER", "RUS", ["State Duma speaker Vyacheslav Volodin"]),
        entity("State Duma", "ORG", "RUS", ["State Duma"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("St. Petersburg", "LOC", "RUS", ["St. Petersburg", "the city's"]),
        entity("Legislative Assembly of St. Petersburg", "ORG", "RUS", ["the city's legislative assembly"]),
        entity("St. Petersburg police", "ORG", "RUS", ["police"]),
        entity("OVD-Info", "ORG", "RUS", ["the rights group OVD-Info"]),
        entity("Vladimir Putin", "PER", "RUS", ["President Vladimir Putin", "Putin"]),
        entity("Federal Assembly of Russia", "ORG", "RUS", ["lawmakers"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlin spokesman Dmitry Peskov"]),
        entity("Kremlin", "ORG", "RUS", ["the Kremlin"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
