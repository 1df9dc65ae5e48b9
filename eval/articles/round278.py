"""Round 278: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm278-de-01: Russia: Moscow's Golovinsky court sentences Memorial co-chair Oleg Orlov to two and a half years for "discrediting" the army; handcuffed in court, prosecution's charges, earlier fine, trial boycott, final words on Navalny, supporters detained outside, Memorial, Borrell and the German Foreign Office object, Peskov declines (2024-02-27).
- hm278-de-02: Ukraine/Russia: Ukrainian missiles hit the Black Sea Fleet headquarters in Sevastopol; Razvozhayev reports, streets closed, extra air defence, Kyiv confirms, Oleshchuk and Pletenchuk threaten more, earlier shipyard strike, Russian missile barrage, Zakharova accuses London and Paris (2023-09-22).
- hm278-de-03: Turkey: an Istanbul court remands Victory Party leader Ümit Özdağ for inciting hatred after his detention in Ankara; no insult charge yet, Özel and İmamoğlu object, supporters protest at Çağlayan, arrests and releases, Tunç defends the judiciary, Zafer announces rallies (2025-01-23).
- hm278-de-04: Germany: Zelensky attends the Ukraine Defense Contact Group at Ramstein in person and asks for long-range permission; Austin's $250m package, Pistorius pledges howitzers, Berlin still refuses Taurus, British LMM missiles, Zelensky meets Scholz in Frankfurt, Peskov threatens, Russian strike on Pavlohrad (2024-09-06).
- hm278-en-01: Spain: Aliyev pulls out of talks with Pashinyan at the European Political Community summit in Granada; Hajiyev accuses France, Erdoğan stays away, Pashinyan meets Macron, Scholz and Michel, accuses Baku of ethnic cleansing, EU aid pledge, Zelensky asks for air defence, Sánchez meets him and pledges more, protest and arrests in Yerevan, no date for new talks (2023-10-05).
- hm278-en-02: UN/Bosnia: the General Assembly adopts the Srebrenica genocide remembrance resolution; Vučić wraps himself in the flag and accuses the sponsors, Nebenzia attacks Germany, Dodik rejects it and threatens secession, Bećirović thanks Germany and Rwanda, protest in Banja Luka, the 1995 massacre (2024-05-23).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm278-de-01 (Russia, Oleg Orlov sentenced)
GOLOVINSKY_COURT = actor("Golovinsky District Court of Moscow", "RUS", "JUD")
ORLOV = actor("Oleg Orlov", "RUS", "NGO")
RUS_BAILIFFS = actor("Russian court bailiffs", "RUS", "COP")
RUS_PROSECUTORS = actor("Russian prosecutors", "RUS", "JUD")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
ORLOV_SUPPORTERS = actor("supporters of Oleg Orlov", "RUS", "CVL")
MOSCOW_POLICE = actor("Moscow police", "RUS", "COP")
MEMORIAL = actor("Memorial", "RUS", "NGO")
BORRELL = actor("Josep Borrell", "EUR", "IGO")
DEU_FOREIGN_OFFICE = actor("Federal Foreign Office of Germany", "DEU", "GOV")

O1 = ("Moskau (AFP) - Ein Moskauer Gericht hat den prominenten Menschenrechtler Oleg Orlow zu zweieinhalb Jahren "
      "Haft in einer Strafkolonie verurteilt.")
O2 = ("Das Golowinski-Bezirksgericht sprach den 70-jährigen Ko-Vorsitzenden der Organisation Memorial am Dienstag "
      "der wiederholten „Diskreditierung“ der russischen Armee schuldig.")
O3 = "Justizbeamte legten Orlow noch im Gerichtssaal Handschellen an und führten ihn ab."
O4 = ("Die Staatsanwaltschaft hatte ihm vorgeworfen, in einem Artikel die Streitkräfte verunglimpft und aus "
      "„politischem Hass“ gehandelt zu haben.")
O5 = ("In dem Text mit dem Titel „Sie wollten Faschismus. Sie haben ihn bekommen“ hatte Orlow im November 2022 den "
      "Krieg gegen die Ukraine als Verbrechen bezeichnet.")
O6 = ("Im Oktober war der 70-Jährige in einem ersten Verfahren noch zu einer Geldstrafe von 150.000 Rubel "
      "verurteilt worden.")
O7 = ("Orlow weigerte sich, an dem Verfahren mitzuwirken, und las an den Verhandlungstagen demonstrativ in einem "
      "Roman von Franz Kafka.")
O8 = ("In seinem Schlusswort warf er der Staatsführung vor, Russland in einen totalitären Staat verwandelt zu haben, "
      "und erinnerte an den Tod des Oppositionspolitikers Alexej Nawalny in einem Straflager vor knapp zwei Wochen.")
O9 = "„Ich bereue nichts und ich werde nichts bereuen“, sagte Orlow."
O10 = "Vor dem Gerichtsgebäude protestierten Dutzende Unterstützer gegen das Urteil."
O11 = "Die Polizei nahm mindestens drei von ihnen fest, wie das Bürgerrechtsportal OWD-Info meldete."
O12 = "Memorial nannte das Urteil politisch motiviert und teilte mit, Orlow werde Berufung einlegen."
O13 = "Der EU-Außenbeauftragte Josep Borrell forderte Moskau auf, Orlow umgehend freizulassen."
O14 = ("Das Urteil zeige erneut, dass der Kreml jede kritische Stimme zum Schweigen bringen wolle, erklärte der "
       "Spanier.")
O15 = "Das Auswärtige Amt in Berlin sprach von einem „Schauprozess“."
O16 = "Kremlsprecher Dmitri Peskow sagte, der Kreml kommentiere Gerichtsentscheidungen grundsätzlich nicht."

DE01 = {
    "id": "hm278-de-01", "lang": "de", "url": None, "published": "2024-02-27",
    "title": "Menschenrechtler Orlow in Moskau zu zweieinhalb Jahren Haft verurteilt",
    "text": paragraphs([O1, O2, O3], [O4, O5, O6, O7], [O8, O9, O10, O11], [O12, O13, O14, O15, O16]),
    "events": [
        event("SANCTION", GOLOVINSKY_COURT, ORLOV, O1, mode="convict", location="Moscow", location_country="RUS"),
        event("SANCTION", GOLOVINSKY_COURT, ORLOV, O2, mode="convict", date="2024-02-27", location="Moscow",
              location_country="RUS"),
        event("COERCE", RUS_BAILIFFS, ORLOV, O3, mode="arrest"),
        event("ACCUSE", RUS_PROSECUTORS, ORLOV, O4, mode="allege"),
        event("ACCUSE", ORLOV, RUS_GOV, O5, mode="disapprove"),
        event("SANCTION", GOLOVINSKY_COURT, ORLOV, O6, mode="convict"),
        event("PROTEST", ORLOV, GOLOVINSKY_COURT, O7, mode="boycott"),
        event("ACCUSE", ORLOV, RUS_GOV, O8, mode="disapprove"),
        event("PROTEST", ORLOV_SUPPORTERS, GOLOVINSKY_COURT, O10, mode="demo"),
        event("COERCE", MOSCOW_POLICE, ORLOV_SUPPORTERS, O11, mode="arrest"),
        event("ACCUSE", MEMORIAL, GOLOVINSKY_COURT, O12, mode="disapprove"),
        event("REQUEST", BORRELL, RUS_GOV, O13, mode="yield"),
        event("ACCUSE", BORRELL, RUS_GOV, O14, mode="disapprove"),
        event("ACCUSE", DEU_FOREIGN_OFFICE, RUS_GOV, O15, mode="disapprove"),
    ],
    "quotes": [
        quote("Diskreditierung", "Golovinsky District Court of Moscow", "direct"),
        quote("in einem Artikel die Streitkräfte verunglimpft und aus „politischem Hass“ gehandelt zu haben",
              "Russian prosecutors", "indirect"),
        quote("politischem Hass", "Russian prosecutors", "direct"),
        quote("Sie wollten Faschismus. Sie haben ihn bekommen", "Oleg Orlov", "direct"),
        quote("den Krieg gegen die Ukraine als Verbrechen bezeichnet", "Oleg Orlov", "indirect"),
        quote("Russland in einen totalitären Staat verwandelt zu haben", "Oleg Orlov", "indirect"),
        quote("Ich bereue nichts und ich werde nichts bereuen", "Oleg Orlov", "direct"),
        quote("Die Polizei nahm mindestens drei von ihnen fest", "OVD-Info", "indirect"),
        quote("Orlow werde Berufung einlegen", "Memorial", "indirect"),
        quote("Das Urteil zeige erneut, dass der Kreml jede kritische Stimme zum Schweigen bringen wolle",
              "Josep Borrell", "indirect"),
        quote("Schauprozess", "Federal Foreign Office of Germany", "direct"),
        quote("der Kreml kommentiere Gerichtsentscheidungen grundsätzlich nicht", "Dmitry Peskov", "indirect"),
    ],
    "entities": [
        entity("Moscow", "LOC", "RUS", ["Moskau", "Moskauer"]),
        entity("Golovinsky District Court of Moscow", "ORG", "RUS", ["Ein Moskauer Gericht",
                                                                     "Das Golowinski-Bezirksgericht"]),
        entity("Oleg Orlov", "PER", "RUS", ["den prominenten Menschenrechtler Oleg Orlow",
                                            "den 70-jährigen Ko-Vorsitzenden der Organisation Memorial", "Orlow",
                                            "der 70-Jährige"]),
        entity("Memorial", "ORG", "RUS", ["Memorial"]),
        entity("Armed Forces of Russia", "ORG", "RUS", ["der russischen Armee", "die Streitkräfte"]),
        entity("Russian court bailiffs", "ORG", "RUS", ["Justizbeamte"]),
        entity("Russian prosecutors", "ORG", "RUS", ["Die Staatsanwaltschaft"]),
        entity("Ukraine", "LOC", "UKR", ["die Ukraine"]),
        entity("Franz Kafka", "PER", "CZE", ["Franz Kafka"]),
        entity("Government of Russia", "ORG", "RUS", ["der Staatsführung", "Moskau", "der Kreml"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Alexei Navalny", "PER", "RUS", ["des Oppositionspolitikers Alexej Nawalny"]),
        entity("supporters of Oleg Orlov", "ORG", "RUS", ["Dutzende Unterstützer", "von ihnen"]),
        entity("Moscow police", "ORG", "RUS", ["Die Polizei"]),
        entity("OVD-Info", "ORG", "RUS", ["das Bürgerrechtsportal OWD-Info"]),
        entity("Josep Borrell", "PER", "EUR", ["Der EU-Außenbeauftragte Josep Borrell", "der Spanier"]),
        entity("European Union", "ORG", "EUR", ["EU"]),
        entity("Federal Foreign Office of Germany", "ORG", "DEU", ["Das Auswärtige Amt in Berlin"]),
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
    ],
}

# ---------------------------------------------------------------- hm278-de-02 (Ukraine/Russia, Sevastopol fleet HQ hit)
UKR_ARMED_FORCES = actor("Armed Forces of Ukraine", "UKR", "MIL")
BLACK_SEA_FLEET = actor("Black Sea Fleet", "RUS", "MIL")
SEVASTOPOL_AUTH = actor("Russian-installed authorities in Sevastopol", "RUS", "GOV")
RUS_ARMED_FORCES = actor("Armed Forces of Russia", "RUS", "MIL")
OLESHCHUK = actor("Mykola Oleshchuk", "UKR", "MIL")
UKRAINE = actor("Ukraine", "UKR", "GOV")
ZAKHAROVA = actor("Maria Zakharova", "RUS", "GOV")
UK = actor("United Kingdom", "GBR", "GOV")
FRANCE = actor("France", "FRA", "GOV")
PLETENCHUK = actor("Dmytro Pletenchuk", "UKR", "MIL")

S1 = ("Kiew/Sewastopol (dpa) - Die Ukraine hat das Hauptquartier der russischen Schwarzmeerflotte in Sewastopol auf "
      "der von Russland annektierten Halbinsel Krim mit Raketen angegriffen.")
S2 = ("Das Gebäude im Zentrum der Hafenstadt sei am Freitagmittag getroffen worden, teilte der von Moskau "
      "eingesetzte Gouverneur Michail Raswoschajew auf Telegram mit.")
S3 = "Über der Bucht stieg eine dichte schwarze Rauchwolke auf."
S4 = ("Das russische Verteidigungsministerium erklärte, die Flugabwehr habe fünf Marschflugkörper abgeschossen, das "
      "historische Stabsgebäude sei dennoch beschädigt worden.")
S5 = "Ein Soldat werde vermisst, hieß es."
S6 = ("Die Behörden sperrten die Straßen rund um das Hauptquartier ab und stellten den Busverkehr im Zentrum "
      "vorübergehend ein.")
S7 = ("Es könne einen weiteren Angriff geben, die Bewohner sollten in der Nähe von Schutzräumen bleiben, schrieb "
      "Raswoschajew.")
S8 = "Rund um die Stadt seien zusätzliche Flugabwehrsysteme in Stellung gebracht worden, fügte der 43-Jährige hinzu."
S9 = "Das Zentrum für strategische Kommunikation der ukrainischen Streitkräfte bestätigte am Abend den Angriff."
S10 = "Der Einschlag sei während einer Besprechung der Flottenführung erfolgt, hieß es in Kiew."
S11 = ("„Die Besatzer werden auf der Krim keinen sicheren Ort finden“, schrieb der Kommandeur der ukrainischen "
       "Luftwaffe, Mykola Oleschtschuk, zu einem Video der Rauchwolke.")
S12 = ("Erst vergangene Woche hatten ukrainische Marschflugkörper in einer Werft von Sewastopol ein Landungsschiff "
       "und ein U-Boot schwer beschädigt.")
S13 = ("Die Angriffe würden fortgesetzt, bis die russische Flotte die Krim verlassen habe, sagte der Sprecher der "
       "ukrainischen Marine, Dmytro Pletentschuk.")
S14 = ("In der Nacht zum Donnerstag hatte Russland die Ukraine mit mehr als 40 Raketen angegriffen und dabei vor "
       "allem Energieanlagen getroffen.")
S15 = ("Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, warf Großbritannien und Frankreich vor, "
       "Kiew die Waffen für „terroristische Angriffe“ zu liefern.")
S16 = "London und Paris stellen der Ukraine seit Monaten Marschflugkörper vom Typ Storm Shadow und Scalp zur Verfügung."
S17 = "Die Schwarzmeerflotte hat ihren Hauptsitz seit dem 18. Jahrhundert in Sewastopol."

DE02 = {
    "id": "hm278-de-02", "lang": "de", "url": None, "published": "2023-09-22",
    "title": "Ukraine greift Hauptquartier der Schwarzmeerflotte in Sewastopol an",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6, S7, S8], [S9, S10, S11, S12], [S13, S14], [S15, S16, S17]),
    "events": [
        event("ASSAULT", UKR_ARMED_FORCES, BLACK_SEA_FLEET, S1, mode="heavy-weapons", location="Sevastopol",
              location_country="UKR"),
        event("ASSAULT", UKR_ARMED_FORCES, BLACK_SEA_FLEET, S2, mode="heavy-weapons", date="2023-09-22",
              location="Sevastopol", location_country="UKR"),
        event("COERCE", SEVASTOPOL_AUTH, None, S6, mode="restrict", location="Sevastopol", location_country="UKR"),
        event("MOBILIZE", RUS_ARMED_FORCES, None, S8, mode="weapons", location="Sevastopol",
              location_country="UKR"),
        event("ASSAULT", UKR_ARMED_FORCES, BLACK_SEA_FLEET, S9, mode="heavy-weapons", date="2023-09-22"),
        event("THREATEN", OLESHCHUK, RUS_ARMED_FORCES, S11, mode="violence"),
        event("ASSAULT", UKR_ARMED_FORCES, BLACK_SEA_FLEET, S12, mode="heavy-weapons", location="Sevastopol",
              location_country="UKR"),
        event("THREATEN", PLETENCHUK, BLACK_SEA_FLEET, S13, mode="violence"),
        event("ASSAULT", RUS_ARMED_FORCES, UKRAINE, S14, mode="heavy-weapons", date="2023-09-21"),
        event("ACCUSE", ZAKHAROVA, UK, S15, mode="allege"),
        event("ACCUSE", ZAKHAROVA, FRANCE, S15, mode="allege"),
        event("AID", UK, UKRAINE, S16),
        event("AID", FRANCE, UKRAINE, S16),
    ],
    "quotes": [
        quote("Das Gebäude im Zentrum der Hafenstadt sei am Freitagmittag getroffen worden", "Mikhail Razvozhayev",
              "indirect"),
        quote("die Flugabwehr habe fünf Marschflugkörper abgeschossen, das historische Stabsgebäude sei dennoch "
              "beschädigt worden", "Ministry of Defence of Russia", "indirect"),
        quote("Ein Soldat werde vermisst", "Ministry of Defence of Russia", "indirect"),
        quote("Es könne einen weiteren Angriff geben, die Bewohner sollten in der Nähe von Schutzräumen bleiben",
              "Mikhail Razvozhayev", "indirect"),
        quote("Rund um die Stadt seien zusätzliche Flugabwehrsysteme in Stellung gebracht worden",
              "Mikhail Razvozhayev", "indirect"),
        quote("Der Einschlag sei während einer Besprechung der Flottenführung erfolgt",
              "Center for Strategic Communications of the Armed Forces of Ukraine", "indirect"),
        quote("Die Besatzer werden auf der Krim keinen sicheren Ort finden", "Mykola Oleshchuk", "direct"),
        quote("Die Angriffe würden fortgesetzt, bis die russische Flotte die Krim verlassen habe", "Dmytro Pletenchuk",
              "indirect"),
        quote("Kiew die Waffen für „terroristische Angriffe“ zu liefern", "Maria Zakharova", "indirect"),
        quote("terroristische Angriffe", "Maria Zakharova", "direct"),
    ],
    "entities": [
        entity("Kyiv", "LOC", "UKR", ["Kiew"]),
        entity("Sevastopol", "LOC", "UKR", ["Sewastopol", "der Hafenstadt", "die Stadt"]),
        entity("Ukraine", "LOC", "UKR", ["Die Ukraine", "die Ukraine", "der Ukraine"]),
        entity("Black Sea Fleet", "ORG", "RUS", ["der russischen Schwarzmeerflotte", "der Flottenführung",
                                                 "die russische Flotte", "Die Schwarzmeerflotte"]),
        entity("Black Sea Fleet headquarters", "LOC", "UKR", ["das Hauptquartier", "Das Gebäude",
                                                              "das historische Stabsgebäude"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Crimea", "LOC", "UKR", ["Halbinsel Krim", "der Krim", "die Krim"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau"]),
        entity("Mikhail Razvozhayev", "PER", "RUS", ["Gouverneur Michail Raswoschajew", "Raswoschajew",
                                                     "der 43-Jährige"]),
        entity("Telegram", "ORG", "MNC", ["Telegram"]),
        entity("Sevastopol Bay", "LOC", "UKR", ["der Bucht"]),
        entity("Ministry of Defence of Russia", "ORG", "RUS", ["Das russische Verteidigungsministerium"]),
        entity("Russian air defence", "ORG", "RUS", ["die Flugabwehr"]),
        entity("Russian-installed authorities in Sevastopol", "ORG", "RUS", ["Die Behörden"]),
        entity("Center for Strategic Communications of the Armed Forces of Ukraine", "ORG", "UKR",
               ["Das Zentrum für strategische Kommunikation der ukrainischen Streitkräfte"]),
        entity("Armed Forces of Ukraine", "ORG", "UKR", ["der ukrainischen Streitkräfte"]),
        entity("Government of Ukraine", "ORG", "UKR", ["Kiew"]),
        entity("Mykola Oleshchuk", "PER", "UKR", ["der Kommandeur der ukrainischen Luftwaffe, Mykola Oleschtschuk"]),
        entity("Ukrainian Air Force", "ORG", "UKR", ["der ukrainischen Luftwaffe"]),
        entity("Armed Forces of Russia", "ORG", "RUS", ["Die Besatzer"]),
        entity("Dmytro Pletenchuk", "PER", "UKR", ["der Sprecher der ukrainischen Marine, Dmytro Pletentschuk"]),
        entity("Ukrainian Navy", "ORG", "UKR", ["der ukrainischen Marine"]),
        entity("Maria Zakharova", "PER", "RUS", ["Die Sprecherin des russischen Außenministeriums, Maria Sacharowa"]),
        entity("Ministry of Foreign Affairs of Russia", "ORG", "RUS", ["des russischen Außenministeriums"]),
        entity("United Kingdom", "LOC", "GBR", ["Großbritannien", "London"]),
        entity("France", "LOC", "FRA", ["Frankreich", "Paris"]),
    ],
}

# ---------------------------------------------------------------- hm278-de-03 (Turkey, Ümit Özdağ remanded)
IST_COURT = actor("Istanbul criminal court of peace", "TUR", "JUD")
OZDAG = actor("Ümit Özdağ", "TUR", "OPP")
IST_PROSECUTOR = actor("Istanbul Chief Public Prosecutor's Office", "TUR", "JUD")
TUR_POLICE = actor("Turkish police", "TUR", "COP")
OZEL = actor("Özgür Özel", "TUR", "OPP")
TUR_GOV = actor("Government of Turkey", "TUR", "GOV")
ERDOGAN = actor("Recep Tayyip Erdoğan", "TUR", "GOV")
IMAMOGLU = actor("Ekrem İmamoğlu", "TUR", "GOV")
ZAFER_SUPPORTERS = actor("supporters of the Victory Party", "TUR", "CVL")
TUNC = actor("Yılmaz Tunç", "TUR", "GOV")
TUR_JUDICIARY = actor("Turkish judiciary", "TUR", "JUD")

T1 = "Istanbul (dpa) - Der türkische Oppositionspolitiker Ümit Özdağ ist in Untersuchungshaft genommen worden."
T2 = ("Ein Gericht in Istanbul ordnete am späten Mittwochabend Haft gegen den Vorsitzenden der rechtsnationalen "
      "Zafer-Partei an, wie die staatliche Nachrichtenagentur Anadolu meldete.")
T3 = ("Die Staatsanwaltschaft wirft dem Politiker vor, in Beiträgen in sozialen Medien die Bevölkerung zu Hass und "
      "Feindschaft aufgestachelt zu haben.")
T4 = ("Polizisten hatten Özdağ bereits in der Nacht zum Dienstag in seiner Wohnung in Ankara wegen des Verdachts der "
      "Beleidigung von Präsident Recep Tayyip Erdoğan festgenommen und nach Istanbul gebracht.")
T5 = "In diesem Punkt erhob die Staatsanwaltschaft jedoch zunächst keine Anklage."
T6 = "Özdağ wies alle Vorwürfe zurück."
T7 = ("„Ich habe nur ausgesprochen, was Millionen Menschen in diesem Land denken“, sagte er nach Angaben seiner "
      "Anwälte vor dem Haftrichter.")
T8 = ("Der Vorsitzende der größten Oppositionspartei CHP, Özgür Özel, nannte die Inhaftierung einen „Angriff auf die "
      "Demokratie“.")
T9 = ("Erdoğan benutze die Justiz als Waffe gegen jeden, der ihm gefährlich werden könne, sagte Özel vor seiner "
      "Fraktion in Ankara.")
T10 = ("Auch der Istanbuler Bürgermeister Ekrem İmamoğlu verurteilte die Entscheidung und verlangte die sofortige "
       "Freilassung des Parteichefs.")
T11 = ("Vor dem Justizpalast im Istanbuler Stadtteil Çağlayan protestierten am Mittwoch Hunderte Anhänger der "
       "Zafer-Partei.")
T12 = "Die Polizei nahm mehrere Demonstranten fest."
T13 = "Sie kamen nach einigen Stunden wieder frei."
T14 = "Justizminister Yılmaz Tunç verteidigte das Vorgehen der Justiz."
T15 = "Niemand stehe über dem Gesetz, auch nicht ein Parteivorsitzender, sagte er."
T16 = ("Özdağ ist für seine scharfe Rhetorik gegen die rund drei Millionen syrischen Flüchtlinge in der Türkei "
       "bekannt.")
T17 = "Seine Partei hatte bei der Parlamentswahl 2023 gut zwei Prozent der Stimmen erhalten."
T18 = "Die Zafer-Partei kündigte für das Wochenende Kundgebungen in mehreren Städten an."

DE03 = {
    "id": "hm278-de-03", "lang": "de", "url": None, "published": "2025-01-23",
    "title": "Türkischer Oppositionspolitiker Özdağ in Untersuchungshaft",
    "text": paragraphs([T1, T2, T3], [T4, T5, T6, T7], [T8, T9, T10], [T11, T12, T13, T14, T15],
                       [T16, T17, T18]),
    "events": [
        event("COERCE", IST_COURT, OZDAG, T1, mode="arrest"),
        event("COERCE", IST_COURT, OZDAG, T2, mode="arrest", date="2025-01-22", location="Istanbul",
              location_country="TUR"),
        event("ACCUSE", IST_PROSECUTOR, OZDAG, T3, mode="allege"),
        event("COERCE", TUR_POLICE, OZDAG, T4, mode="arrest", date="2025-01-21", location="Ankara",
              location_country="TUR"),
        event("ACCUSE", IST_PROSECUTOR, OZDAG, T5, mode="allege", negated=True),
        event("ACCUSE", OZEL, TUR_GOV, T8, mode="disapprove"),
        event("ACCUSE", OZEL, ERDOGAN, T9, mode="disapprove", location="Ankara", location_country="TUR"),
        event("ACCUSE", IMAMOGLU, IST_COURT, T10, mode="disapprove"),
        event("REQUEST", IMAMOGLU, IST_COURT, T10, mode="yield"),
        event("PROTEST", ZAFER_SUPPORTERS, TUR_JUDICIARY, T11, mode="demo", date="2025-01-22",
              location="Istanbul", location_country="TUR"),
        event("COERCE", TUR_POLICE, ZAFER_SUPPORTERS, T12, mode="arrest", location="Istanbul",
              location_country="TUR"),
        event("RETREAT", TUR_POLICE, ZAFER_SUPPORTERS, T13, mode="release"),
        event("SUPPORT", TUNC, TUR_JUDICIARY, T14),
    ],
    "quotes": [
        quote("Ein Gericht in Istanbul ordnete am späten Mittwochabend Haft gegen den Vorsitzenden der "
              "rechtsnationalen Zafer-Partei an", "Anadolu Agency", "indirect"),
        quote("in Beiträgen in sozialen Medien die Bevölkerung zu Hass und Feindschaft aufgestachelt zu haben",
              "Istanbul Chief Public Prosecutor's Office", "indirect"),
        quote("Ich habe nur ausgesprochen, was Millionen Menschen in diesem Land denken", "Ümit Özdağ", "direct"),
        quote("Angriff auf die Demokratie", "Özgür Özel", "direct"),
        quote("Erdoğan benutze die Justiz als Waffe gegen jeden, der ihm gefährlich werden könne", "Özgür Özel",
              "indirect"),
        quote("Niemand stehe über dem Gesetz, auch nicht ein Parteivorsitzender", "Yılmaz Tunç", "indirect"),
    ],
    "entities": [
        entity("Istanbul", "LOC", "TUR", ["Istanbul", "Istanbuler"]),
        entity("Ümit Özdağ", "PER", "TUR", ["Der türkische Oppositionspolitiker Ümit Özdağ",
                                            "den Vorsitzenden der rechtsnationalen Zafer-Partei", "dem Politiker",
                                            "Özdağ", "des Parteichefs"]),
        entity("Istanbul criminal court of peace", "ORG", "TUR", ["Ein Gericht in Istanbul", "dem Haftrichter"]),
        entity("Victory Party", "ORG", "TUR", ["Zafer-Partei", "Seine Partei"]),
        entity("Anadolu Agency", "ORG", "TUR", ["die staatliche Nachrichtenagentur Anadolu"]),
        entity("Istanbul Chief Public Prosecutor's Office", "ORG", "TUR", ["Die Staatsanwaltschaft",
                                                                           "die Staatsanwaltschaft"]),
        entity("Turkish police", "ORG", "TUR", ["Polizisten", "Die Polizei"]),
        entity("Ankara", "LOC", "TUR", ["Ankara"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["Präsident Recep Tayyip Erdoğan", "Erdoğan"]),
        entity("Republican People's Party", "ORG", "TUR", ["der größten Oppositionspartei CHP"]),
        entity("Özgür Özel", "PER", "TUR", ["Der Vorsitzende der größten Oppositionspartei CHP, Özgür Özel", "Özel"]),
        entity("Turkish judiciary", "ORG", "TUR", ["die Justiz", "der Justiz"]),
        entity("Ekrem İmamoğlu", "PER", "TUR", ["der Istanbuler Bürgermeister Ekrem İmamoğlu"]),
        entity("Istanbul Justice Palace", "LOC", "TUR", ["dem Justizpalast"]),
        entity("Çağlayan", "LOC", "TUR", ["Stadtteil Çağlayan"]),
        entity("supporters of the Victory Party", "ORG", "TUR", ["Hunderte Anhänger der Zafer-Partei",
                                                                 "mehrere Demonstranten", "Sie"]),
        entity("Yılmaz Tunç", "PER", "TUR", ["Justizminister Yılmaz Tunç"]),
        entity("Turkey", "LOC", "TUR", ["der Türkei", "diesem Land"]),
    ],
}

# ---------------------------------------------------------------- hm278-de-04 (Germany, Zelensky at Ramstein)
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
UDCG = actor("Ukraine Defense Contact Group", "IGO", "IGO")
AUSTIN = actor("Lloyd Austin", "USA", "GOV")
PISTORIUS = actor("Boris Pistorius", "DEU", "GOV")
DEU_GOV = actor("Government of Germany", "DEU", "GOV")
SCHOLZ = actor("Olaf Scholz", "DEU", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")

U1 = ("Ramstein (dpa) - Der ukrainische Präsident Wolodymyr Selenskyj hat die westlichen Verbündeten auf dem "
      "US-Stützpunkt Ramstein eindringlich um weitreichende Waffen und zusätzliche Flugabwehr gebeten.")
U2 = ("Selenskyj nahm am Freitag erstmals persönlich an einem Treffen der sogenannten Ukraine-Kontaktgruppe in der "
      "Pfalz teil, die US-Verteidigungsminister Lloyd Austin leitet.")
U3 = ("„Wir brauchen diese Reichweite nicht nur für die besetzten Gebiete der Ukraine, sondern auch für russisches "
      "Territorium“, sagte er.")
U4 = ("Die Partner müssten der Ukraine erlauben, mit westlichen Waffen Militärflugplätze in Russland anzugreifen, "
      "von denen aus Gleitbomben auf ukrainische Städte abgeworfen würden, forderte der 46-Jährige.")
U5 = "Austin kündigte ein weiteres Militärhilfepaket der USA im Umfang von 250 Millionen Dollar an."
U6 = "Es gebe keine einzelne Waffe, die über den Ausgang des Krieges entscheide, sagte der Pentagon-Chef."
U7 = ("Bundesverteidigungsminister Boris Pistorius sagte der Ukraine zwölf weitere Panzerhaubitzen 2000 im Wert von "
      "150 Millionen Euro zu.")
U8 = "Sechs davon sollen noch in diesem Jahr geliefert werden, die übrigen 2025."
U9 = "Die Lieferung von Taurus-Marschflugkörpern lehnt die Bundesregierung weiterhin ab."
U10 = ("Großbritannien stelle 650 leichte Flugabwehrraketen im Wert von 162 Millionen Pfund bereit, teilte "
       "Verteidigungsminister John Healey mit.")
U11 = "Selenskyj mahnte zudem eine schnellere Lieferung bereits zugesagter Waffen an."
U12 = "Am Nachmittag traf er in Frankfurt am Main Bundeskanzler Olaf Scholz."
U13 = ("Scholz habe der Ukraine weitere Unterstützung zugesichert, solange dies nötig sei, teilte ein "
       "Regierungssprecher anschließend mit.")
U14 = ("Kremlsprecher Dmitri Peskow drohte den USA und ihren Verbündeten mit einer „angemessenen Antwort“, sollten "
       "sie Angriffe mit ihren Waffen tief in Russland erlauben.")
U15 = ("In der Nacht zum Freitag verletzte ein russischer Raketenangriff auf die Stadt Pawlohrad im Gebiet "
       "Dnipropetrowsk mehr als 40 Menschen.")

DE04 = {
    "id": "hm278-de-04", "lang": "de", "url": None, "published": "2024-09-06",
    "title": "Selenskyj fordert in Ramstein weitreichende Waffen",
    "text": paragraphs([U1, U2, U3, U4], [U5, U6, U7, U8, U9], [U10, U11], [U12, U13], [U14, U15]),
    "events": [
        event("REQUEST", ZELENSKY, UDCG, U1, mode="assist", location="Ramstein", location_country="DEU"),
        event("CONSULT", ZELENSKY, UDCG, U2, mode="multilateral", date="2024-09-06", location="Ramstein",
              location_country="DEU"),
        event("REQUEST", ZELENSKY, UDCG, U4, mode="change"),
        event("AID", AUSTIN, UKRAINE, U5),
        event("AGREE", PISTORIUS, UKRAINE, U7),
        event("REJECT", DEU_GOV, UKRAINE, U9, mode="assist"),
        event("AID", UK, UKRAINE, U10),
        event("REQUEST", ZELENSKY, UDCG, U11, mode="assist"),
        event("CONSULT", ZELENSKY, SCHOLZ, U12, mode="visit", date="2024-09-06", location="Frankfurt am Main",
              location_country="DEU"),
        event("SUPPORT", SCHOLZ, UKRAINE, U13),
        event("THREATEN", PESKOV, USA_GOV, U14),
        event("ASSAULT", RUS_ARMED_FORCES, UKRAINE, U15, mode="heavy-weapons", date="2024-09-06",
              location="Pavlohrad", location_country="UKR"),
    ],
    "quotes": [
        quote("Wir brauchen diese Reichweite nicht nur für die besetzten Gebiete der Ukraine, sondern auch für "
              "russisches Territorium", "Volodymyr Zelensky", "direct"),
        quote("Die Partner müssten der Ukraine erlauben, mit westlichen Waffen Militärflugplätze in Russland "
              "anzugreifen, von denen aus Gleitbomben auf ukrainische Städte abgeworfen würden",
              "Volodymyr Zelensky", "indirect"),
        quote("Es gebe keine einzelne Waffe, die über den Ausgang des Krieges entscheide", "Lloyd Austin",
              "indirect"),
        quote("Großbritannien stelle 650 leichte Flugabwehrraketen im Wert von 162 Millionen Pfund bereit",
              "John Healey", "indirect"),
        quote("Scholz habe der Ukraine weitere Unterstützung zugesichert, solange dies nötig sei",
              "spokesperson of the German government", "indirect"),
        quote("angemessenen Antwort", "Dmitry Peskov", "direct"),
    ],
    "entities": [
        entity("Ramstein Air Base", "LOC", "DEU", ["Ramstein", "dem US-Stützpunkt Ramstein"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Der ukrainische Präsident Wolodymyr Selenskyj", "Selenskyj",
                                                    "der 46-Jährige"]),
        entity("Ukraine Defense Contact Group", "ORG", "IGO", ["die westlichen Verbündeten",
                                                               "der sogenannten Ukraine-Kontaktgruppe",
                                                               "Die Partner"]),
        entity("Palatinate", "LOC", "DEU", ["der Pfalz"]),
        entity("Lloyd Austin", "PER", "USA", ["US-Verteidigungsminister Lloyd Austin", "Austin",
                                              "der Pentagon-Chef"]),
        entity("Ukraine", "LOC", "UKR", ["der Ukraine"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("United States", "LOC", "USA", ["der USA", "den USA"]),
        entity("Boris Pistorius", "PER", "DEU", ["Bundesverteidigungsminister Boris Pistorius"]),
        entity("Government of Germany", "ORG", "DEU", ["die Bundesregierung"]),
        entity("United Kingdom", "LOC", "GBR", ["Großbritannien"]),
        entity("John Healey", "PER", "GBR", ["Verteidigungsminister John Healey"]),
        entity("Frankfurt am Main", "LOC", "DEU", ["Frankfurt am Main"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz", "Scholz"]),
        entity("spokesperson of the German government", "PER", "DEU", ["ein Regierungssprecher"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Pavlohrad", "LOC", "UKR", ["die Stadt Pawlohrad"]),
        entity("Dnipropetrovsk Oblast", "LOC", "UKR", ["Gebiet Dnipropetrowsk"]),
    ],
}

# ---------------------------------------------------------------- hm278-en-01 (Spain, Aliyev skips Granada talks)
ALIYEV = actor("Ilham Aliyev", "AZE", "GOV")
PASHINYAN = actor("Nikol Pashinyan", "ARM", "GOV")
HAJIYEV = actor("Hikmet Hajiyev", "AZE", "GOV")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
MICHEL = actor("Charles Michel", "EUR", "IGO")
AZE_GOV = actor("Government of Azerbaijan", "AZE", "GOV")
AZE_ARMY = actor("Azerbaijani Armed Forces", "AZE", "MIL")
KARABAKH_FORCES = actor("Nagorno-Karabakh Armenian separatist forces", "AZE", "REB")
ARM_GOV = actor("Government of Armenia", "ARM", "GOV")
EPC = actor("European Political Community", "IGO", "IGO")
SANCHEZ = actor("Pedro Sánchez", "ESP", "GOV")
YEREVAN_PROTESTERS = actor("opposition protesters in Yerevan", "ARM", "OPP")
ARM_POLICE = actor("Armenian police", "ARM", "COP")

G1 = ("GRANADA, Spain, Oct 5 (Reuters) - Azerbaijani President Ilham Aliyev pulled out of talks with Armenian Prime "
      "Minister Nikol Pashinyan planned for a European summit in Granada on Thursday, dashing hopes of progress two "
      "weeks after Baku seized control of Nagorno-Karabakh.")
G2 = ('Hikmet Hajiyev, Aliyev\'s foreign policy adviser, accused France of taking a "pro-Armenian" stance and said the '
      'talks could not go ahead in an "anti-Azerbaijani atmosphere" created by Paris.')
G3 = ("Turkish President Tayyip Erdogan, Baku's closest ally, also stayed away from the summit, with officials in "
      "Ankara saying he had a cold.")
G4 = ("Pashinyan instead held talks with French President Emmanuel Macron, German Chancellor Olaf Scholz and "
      "European Council President Charles Michel on the sidelines of the meeting of the European Political "
      "Community, which brings together nearly 50 European leaders.")
G5 = ('"Azerbaijan has carried out ethnic cleansing in Nagorno-Karabakh in front of the whole world," Pashinyan told '
      'reporters after the talks.')
G6 = "He said Armenia remained ready to sign a peace treaty with Azerbaijan before the end of the year."
G7 = ("Azerbaijan's army retook the breakaway region in a 24-hour offensive last month, and more than 100,000 of its "
      "roughly 120,000 ethnic Armenians have since fled to Armenia.")
G8 = ("Azerbaijan denies carrying out ethnic cleansing and says Karabakh Armenians are free to stay and live as "
      "Azerbaijani citizens.")
G9 = "Michel said the European Union would step up humanitarian aid for the refugees in Armenia."
G10 = ('Macron said France stood by Armenia and was "not acting against anyone" by helping it defend itself.')
G11 = ("Also in Granada, Ukrainian President Volodymyr Zelenskiy urged European leaders to provide more air defence "
       "systems before winter, saying Ukraine's power grid would again be the main target of Russian missiles.")
G12 = ("Spanish Prime Minister Pedro Sanchez, the summit's host, said after meeting Zelenskiy that Spain would send "
       "further air defence equipment to Ukraine.")
G13 = ("In Yerevan, several hundred opposition supporters rallied outside the government headquarters on Thursday "
       "evening, demanding Pashinyan's resignation over the loss of Karabakh.")
G14 = "Police detained at least a dozen protesters who tried to block a nearby avenue, the Interior Ministry said."
G15 = "EU officials said no date had been set for a new round of talks between the two leaders."

EN01 = {
    "id": "hm278-en-01", "lang": "en", "url": None, "published": "2023-10-05",
    "title": "Aliyev pulls out of Granada talks with Pashinyan, dashing hopes of Karabakh progress",
    "text": paragraphs([G1, G2, G3], [G4, G5, G6], [G7, G8, G9, G10], [G11, G12], [G13, G14, G15]),
    "events": [
        event("REJECT", ALIYEV, PASHINYAN, G1, mode="meet", date="2023-10-05", location="Granada",
              location_country="ESP"),
        event("ACCUSE", HAJIYEV, FRANCE, G2, mode="disapprove"),
        event("CONSULT", PASHINYAN, MACRON, G4, mode="multilateral", location="Granada", location_country="ESP"),
        event("CONSULT", PASHINYAN, SCHOLZ, G4, mode="multilateral", location="Granada", location_country="ESP"),
        event("CONSULT", PASHINYAN, MICHEL, G4, mode="multilateral", location="Granada", location_country="ESP"),
        event("ACCUSE", PASHINYAN, AZE_GOV, G5, mode="allege"),
        event("AGREE", PASHINYAN, AZE_GOV, G6),
        event("ASSAULT", AZE_ARMY, KARABAKH_FORCES, G7, mode="heavy-weapons", location="Nagorno-Karabakh",
              location_country="AZE"),
        event("AGREE", MICHEL, ARM_GOV, G9),
        event("SUPPORT", MACRON, ARM_GOV, G10),
        event("REQUEST", ZELENSKY, EPC, G11, mode="assist", location="Granada", location_country="ESP"),
        event("CONSULT", ZELENSKY, SANCHEZ, G12, mode="multilateral"),
        event("AGREE", SANCHEZ, UKRAINE, G12),
        event("PROTEST", YEREVAN_PROTESTERS, PASHINYAN, G13, mode="demo", date="2023-10-05", location="Yerevan",
              location_country="ARM"),
        event("COERCE", ARM_POLICE, YEREVAN_PROTESTERS, G14, mode="arrest", location="Yerevan",
              location_country="ARM"),
    ],
    "quotes": [
        quote("pro-Armenian", "Hikmet Hajiyev", "direct"),
        quote('the talks could not go ahead in an "anti-Azerbaijani atmosphere" created by Paris', "Hikmet Hajiyev",
              "indirect"),
        quote("anti-Azerbaijani atmosphere", "Hikmet Hajiyev", "direct"),
        quote("he had a cold", "Government of Turkey", "indirect"),
        quote("Azerbaijan has carried out ethnic cleansing in Nagorno-Karabakh in front of the whole world",
              "Nikol Pashinyan", "direct"),
        quote("Armenia remained ready to sign a peace treaty with Azerbaijan before the end of the year",
              "Nikol Pashinyan", "indirect"),
        quote("Karabakh Armenians are free to stay and live as Azerbaijani citizens", "Government of Azerbaijan",
              "indirect"),
        quote("the European Union would step up humanitarian aid for the refugees in Armenia", "Charles Michel",
              "indirect"),
        quote('France stood by Armenia and was "not acting against anyone" by helping it defend itself',
              "Emmanuel Macron", "indirect"),
        quote("not acting against anyone", "Emmanuel Macron", "direct"),
        quote("Ukraine's power grid would again be the main target of Russian missiles", "Volodymyr Zelensky", "indirect"),
        quote("Spain would send further air defence equipment to Ukraine", "Pedro Sánchez", "indirect"),
        quote("Police detained at least a dozen protesters who tried to block a nearby avenue",
              "Ministry of Internal Affairs of Armenia", "indirect"),
        quote("no date had been set for a new round of talks", "European Union officials", "indirect"),
    ],
    "entities": [
        entity("Granada", "LOC", "ESP", ["GRANADA", "Granada"]),
        entity("Spain", "LOC", "ESP", ["Spain"]),
        entity("Ilham Aliyev", "PER", "AZE", ["Azerbaijani President Ilham Aliyev", "Aliyev"]),
        entity("Nikol Pashinyan", "PER", "ARM", ["Armenian Prime Minister Nikol Pashinyan", "Pashinyan", "He"]),
        entity("Government of Azerbaijan", "ORG", "AZE", ["Baku"]),
        entity("Nagorno-Karabakh", "LOC", "AZE", ["Nagorno-Karabakh", "the breakaway region", "Karabakh"]),
        entity("Hikmet Hajiyev", "PER", "AZE", ["Hikmet Hajiyev, Aliyev's foreign policy adviser"]),
        entity("France", "LOC", "FRA", ["France", "Paris"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["Turkish President Tayyip Erdogan"]),
        entity("Government of Turkey", "ORG", "TUR", ["officials in Ankara"]),
        entity("Ankara", "LOC", "TUR", ["Ankara"]),
        entity("Emmanuel Macron", "PER", "FRA", ["French President Emmanuel Macron", "Macron"]),
        entity("Olaf Scholz", "PER", "DEU", ["German Chancellor Olaf Scholz"]),
        entity("Charles Michel", "PER", "EUR", ["European Council President Charles Michel", "Michel"]),
        entity("European Council", "ORG", "EUR", ["European Council"]),
        entity("European Political Community", "ORG", "IGO", ["the European Political Community",
                                                              "nearly 50 European leaders", "European leaders",
                                                              "a European summit", "the summit"]),
        entity("Azerbaijan", "LOC", "AZE", ["Azerbaijan"]),
        entity("Armenia", "LOC", "ARM", ["Armenia"]),
        entity("Azerbaijani Armed Forces", "ORG", "AZE", ["Azerbaijan's army"]),
        entity("Karabakh Armenians", "ORG", "ARM", ["its roughly 120,000 ethnic Armenians", "Karabakh Armenians",
                                                   "the refugees"]),
        entity("European Union", "ORG", "EUR", ["the European Union", "EU officials"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Ukrainian President Volodymyr Zelenskiy", "Zelenskiy"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
        entity("Pedro Sánchez", "PER", "ESP", ["Spanish Prime Minister Pedro Sanchez", "the summit's host"]),
        entity("Yerevan", "LOC", "ARM", ["Yerevan"]),
        entity("opposition protesters in Yerevan", "ORG", "ARM", ["several hundred opposition supporters",
                                                                 "at least a dozen protesters"]),
        entity("Government House (Yerevan)", "LOC", "ARM", ["the government headquarters"]),
        entity("Armenian police", "ORG", "ARM", ["Police"]),
        entity("Ministry of Internal Affairs of Armenia", "ORG", "ARM", ["the Interior Ministry"]),
    ],
}

# ---------------------------------------------------------------- hm278-en-02 (UN/Bosnia, Srebrenica resolution)
UNGA = actor("UN General Assembly", "UNO", "IGO")
VUCIC = actor("Aleksandar Vučić", "SRB", "GOV")
GERMANY = actor("Germany", "DEU", "GOV")
RWANDA = actor("Rwanda", "RWA", "GOV")
NEBENZIA = actor("Vassily Nebenzia", "RUS", "GOV")
DODIK = actor("Milorad Dodik", "BIH", "GOV")
BIH_GOV = actor("Government of Bosnia and Herzegovina", "BIH", "GOV")
BECIROVIC = actor("Denis Bećirović", "BIH", "GOV")
BANJA_LUKA_PROTESTERS = actor("protesters in Banja Luka", "BIH", "CVL")
RS_POLICE = actor("Police of Republika Srpska", "BIH", "COP")
VRS = actor("Army of Republika Srpska", "BIH", "MIL")
SREBRENICA_VICTIMS = actor("Bosniak men and boys of Srebrenica", "BIH", "CVL")

N1 = ("UNITED NATIONS (AP) — The U.N. General Assembly voted Thursday to designate July 11 as an annual day of "
      "remembrance for the 1995 genocide in Srebrenica, overriding fierce objections from Serbia and Bosnian Serbs.")
N2 = ("The resolution, drafted by Germany and Rwanda, passed with 84 votes in favor, 19 against and 68 "
      "abstentions.")
N3 = ('It condemns "without reservation" any denial of the genocide as a historical event and the glorification of '
      'those convicted of war crimes.')
N4 = ("Serbian President Aleksandar Vucic, who had flown to New York to lobby against the text, draped himself in a "
      "Serbian flag in the assembly hall after the vote.")
N5 = ('In a speech before the vote, Vucic accused the sponsors of trying to brand Serbs as a "genocidal people" and '
      'warned that the resolution would "open old wounds" in the Balkans.')
N6 = '"Serbia is not a genocidal nation, and nobody will make it one," he said.'
N7 = ("German Ambassador Antje Leendertse, who introduced the text, said it was not directed against Serbia but "
      "honored the victims and their families.")
N8 = ('Russia\'s U.N. Ambassador Vassily Nebenzia accused Germany of "hypocrisy" and said the resolution would only '
      'deepen divisions in Bosnia.')
N9 = ('In Banja Luka, Bosnian Serb leader Milorad Dodik said the Serb-run Republika Srpska would not recognize the '
      'resolution and threatened to push for a "peaceful separation" from Bosnia.')
N10 = "Dodik has long denied that genocide took place in Srebrenica."
N11 = ('Denis Becirovic, the Bosniak member of Bosnia\'s three-member presidency, thanked Germany and Rwanda and '
       'called the vote "a victory for truth and justice."')
N12 = ("Hundreds of people waving Serbian flags rallied in central Banja Luka on Thursday evening to protest against "
       "the vote.")
N13 = "Police reported no arrests."
N14 = ("Bosnian Serb forces killed more than 8,000 Bosniak men and boys after overrunning the U.N.-protected enclave "
       "in July 1995.")
N15 = ("Munira Subasic, who heads the Mothers of Srebrenica association, said survivors had waited almost three "
       "decades for the world to call the crime by its name.")

EN02 = {
    "id": "hm278-en-02", "lang": "en", "url": None, "published": "2024-05-23",
    "title": "UN General Assembly approves Srebrenica genocide remembrance day over Serb objections",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6, N7], [N8], [N9, N10, N11], [N12, N13], [N14, N15]),
    "events": [
        event("ACCUSE", UNGA, None, N3, mode="disapprove"),
        event("ACCUSE", VUCIC, UNGA, N4, mode="disapprove", location="New York", location_country="USA"),
        event("ACCUSE", VUCIC, GERMANY, N5, mode="disapprove"),
        event("ACCUSE", VUCIC, RWANDA, N5, mode="disapprove"),
        event("ACCUSE", NEBENZIA, GERMANY, N8, mode="disapprove"),
        event("REJECT", DODIK, UNGA, N9, location="Banja Luka", location_country="BIH"),
        event("THREATEN", DODIK, BIH_GOV, N9, location="Banja Luka", location_country="BIH"),
        event("SUPPORT", BECIROVIC, GERMANY, N11),
        event("SUPPORT", BECIROVIC, RWANDA, N11),
        event("PROTEST", BANJA_LUKA_PROTESTERS, UNGA, N12, mode="demo", date="2024-05-23", location="Banja Luka",
              location_country="BIH"),
        event("COERCE", RS_POLICE, BANJA_LUKA_PROTESTERS, N13, mode="arrest", negated=True),
        event("ASSAULT", VRS, SREBRENICA_VICTIMS, N14, mode="massacre", location="Srebrenica",
              location_country="BIH"),
    ],
    "quotes": [
        quote("without reservation", "UN General Assembly", "direct"),
        quote("genocidal people", "Aleksandar Vučić", "direct"),
        quote("open old wounds", "Aleksandar Vučić", "direct"),
        quote('the resolution would "open old wounds" in the Balkans', "Aleksandar Vučić", "indirect"),
        quote("Serbia is not a genocidal nation, and nobody will make it one", "Aleksandar Vučić", "direct"),
        quote("it was not directed against Serbia but honored the victims and their families", "Antje Leendertse",
              "indirect"),
        quote("hypocrisy", "Vassily Nebenzia", "direct"),
        quote("the resolution would only deepen divisions in Bosnia", "Vassily Nebenzia", "indirect"),
        quote("the Serb-run Republika Srpska would not recognize the resolution", "Milorad Dodik", "indirect"),
        quote("peaceful separation", "Milorad Dodik", "direct"),
        quote("a victory for truth and justice", "Denis Bećirović", "direct"),
        quote("survivors had waited almost three decades for the world to call the crime by its name",
              "Munira Subašić", "indirect"),
    ],
    "entities": [
        entity("United Nations", "ORG", "UNO", ["UNITED NATIONS", "U.N.-protected"]),
        entity("UN General Assembly", "ORG", "UNO", ["The U.N. General Assembly", "the assembly hall",
                                                     "the assembly"]),
        entity("Srebrenica", "LOC", "BIH", ["Srebrenica", "the U.N.-protected enclave"]),
        entity("Serbia", "LOC", "SRB", ["Serbia"]),
        entity("Bosnian Serbs", "ORG", "BIH", ["Bosnian Serbs"]),
        entity("Germany", "LOC", "DEU", ["Germany"]),
        entity("Rwanda", "LOC", "RWA", ["Rwanda"]),
        entity("Aleksandar Vučić", "PER", "SRB", ["Serbian President Aleksandar Vucic", "Vucic"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("Balkans", "LOC", None, ["the Balkans"]),
        entity("Antje Leendertse", "PER", "DEU", ["German Ambassador Antje Leendertse"]),
        entity("Vassily Nebenzia", "PER", "RUS", ["Russia's U.N. Ambassador Vassily Nebenzia"]),
        entity("Bosnia and Herzegovina", "LOC", "BIH", ["Bosnia"]),
        entity("Banja Luka", "LOC", "BIH", ["Banja Luka", "central Banja Luka"]),
        entity("Milorad Dodik", "PER", "BIH", ["Bosnian Serb leader Milorad Dodik", "Dodik"]),
        entity("Republika Srpska", "LOC", "BIH", ["the Serb-run Republika Srpska"]),
        entity("Denis Bećirović", "PER", "BIH", ["Denis Becirovic, the Bosniak member of Bosnia's three-member "
                                                 "presidency"]),
        entity("Presidency of Bosnia and Herzegovina", "ORG", "BIH", ["Bosnia's three-member presidency"]),
        entity("protesters in Banja Luka", "ORG", "BIH", ["Hundreds of people waving Serbian flags"]),
        entity("Police of Republika Srpska", "ORG", "BIH", ["Police"]),
        entity("Army of Republika Srpska", "ORG", "BIH", ["Bosnian Serb forces"]),
        entity("Munira Subašić", "PER", "BIH", ["Munira Subasic"]),
        entity("Mothers of Srebrenica", "ORG", "BIH", ["the Mothers of Srebrenica association"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
