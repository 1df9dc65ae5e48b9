"""Round 125: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm125-de-01: A Chinese coast guard ship and the Philippine patrol ship Teresa Magbanua collide at Sabina Shoal (2024-08-31).
- hm125-de-02: Bangladesh's International Crimes Tribunal sentences Sheikh Hasina to death in absentia (2025-11-17).
- hm125-de-03: A court in Chisinau sentences Gagauzia's governor Evghenia Gutul to seven years (2025-08-05).
- hm125-de-04: The ICC issues arrest warrants for Taliban leader Akhundzada and chief justice Haqqani (2025-07-08).
- hm125-en-01: New Zealand pauses funding to the Cook Islands over its agreements with China (2025-06-19).
- hm125-en-02: Pakistan and Afghanistan agree to a ceasefire after talks in Doha (2025-10-19).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm125-de-01
CCG = actor("China Coast Guard", "CHN", "COP")
PCG = actor("Philippine Coast Guard", "PHL", "COP")
TARRIELA = actor("Jay Tarriela", "PHL", "COP")
LIU_DEJUN = actor("Liu Dejun", "CHN", "COP")
BFAR = actor("Bureau of Fisheries and Aquatic Resources", "PHL", "GOV")
CHINA = actor("China", "CHN", "GOV")
PHILIPPINES = actor("Philippines", "PHL", "GOV")
PHL_DFA = actor("Department of Foreign Affairs of the Philippines", "PHL", "GOV")
CARLSON = actor("MaryKay Carlson", "USA", "GOV")
MARCOS = actor("Ferdinand Marcos Jr.", "PHL", "GOV")

A1 = "Im Südchinesischen Meer sind am Samstag erneut Schiffe Chinas und der Philippinen zusammengestoßen."
A2 = ("Ein Schiff der chinesischen Küstenwache habe das philippinische Patrouillenschiff Teresa Magbanua nahe dem "
      "Sabina-Riff dreimal absichtlich gerammt, teilte der Sprecher der philippinischen Küstenwache, Jay Tarriela, mit.")
A3 = "Das Schiff habe Schäden am Rumpf erlitten, verletzt worden sei niemand."
A4 = ("Bereits am vergangenen Sonntag hatte die chinesische Küstenwache in demselben Gebiet ein Schiff der "
      "philippinischen Fischereibehörde mit Wasserwerfern beschossen.")
A5 = "Peking wies die Darstellung zurück und machte seinerseits Manila für den Zusammenstoß verantwortlich."
A6 = ("Die Besatzung der Teresa Magbanua habe das chinesische Schiff „vorsätzlich“ angefahren, erklärte der Sprecher "
      "der chinesischen Küstenwache, Liu Dejun.")
A7 = ("Er forderte die Philippinen auf, das Schiff sofort aus den Gewässern um das Riff abzuziehen, das in China "
      "Xianbin Jiao heißt.")
A8 = "Andernfalls werde die Küstenwache „alle notwendigen Maßnahmen“ ergreifen, um Chinas Souveränität zu schützen."
A9 = ("Das philippinische Außenministerium bestellte am Abend einen ranghohen Diplomaten der chinesischen Botschaft "
      "in Manila ein.")
A10 = ("Die US-Botschafterin MaryKay Carlson verurteilte das Vorgehen der chinesischen Küstenwache als „gefährlich "
       "und eskalierend“.")
A11 = ("Präsident Ferdinand Marcos sagte, sein Land lasse sich „nicht einschüchtern“ und werde das Schiff nicht aus "
       "dem Gebiet abziehen.")

DE01 = {
    "id": "hm125-de-01", "lang": "de", "url": None, "published": "2024-08-31",
    "title": "Erneuter Zusammenstoß zwischen China und den Philippinen am Sabina-Riff",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8], [A9, A10, A11]),
    "events": [
        event("ACCUSE", TARRIELA, CCG, A2, mode="allege", date="2024-08-31"),
        event("ASSAULT", CCG, BFAR, A4, mode="crowd-control", date="2024-08-25", location="Sabina Shoal"),
        event("ACCUSE", CHINA, PHILIPPINES, A5, mode="allege"),
        event("ACCUSE", LIU_DEJUN, PCG, A6, mode="allege"),
        event("REQUEST", LIU_DEJUN, PHILIPPINES, A7, mode="yield"),
        event("THREATEN", LIU_DEJUN, PHILIPPINES, A8),
        event("ACCUSE", PHL_DFA, CHINA, A9, mode="disapprove", date="2024-08-31", location="Manila",
              location_country="PHL"),
        event("ACCUSE", CARLSON, CCG, A10, mode="disapprove"),
        event("REJECT", MARCOS, CHINA, A11, mode="yield"),
    ],
    "quotes": [
        quote("Ein Schiff der chinesischen Küstenwache habe das philippinische Patrouillenschiff Teresa Magbanua nahe "
              "dem Sabina-Riff dreimal absichtlich gerammt", "Jay Tarriela", "indirect"),
        quote("Das Schiff habe Schäden am Rumpf erlitten, verletzt worden sei niemand", "Jay Tarriela", "indirect"),
        quote("vorsätzlich", "Liu Dejun", "direct"),
        quote("Die Besatzung der Teresa Magbanua habe das chinesische Schiff „vorsätzlich“ angefahren", "Liu Dejun",
              "indirect"),
        quote("alle notwendigen Maßnahmen", "Liu Dejun", "direct"),
        quote("Andernfalls werde die Küstenwache „alle notwendigen Maßnahmen“ ergreifen, um Chinas Souveränität zu "
              "schützen", "Liu Dejun", "indirect"),
        quote("gefährlich und eskalierend", "MaryKay Carlson", "direct"),
        quote("nicht einschüchtern", "Ferdinand Marcos Jr.", "direct"),
        quote("sein Land lasse sich „nicht einschüchtern“ und werde das Schiff nicht aus dem Gebiet abziehen",
              "Ferdinand Marcos Jr.", "indirect"),
    ],
    "entities": [
        entity("South China Sea", "LOC", None, ["Südchinesischen Meer"]),
        entity("China", "GPE", "CHN", ["Chinas", "Peking", "China"]),
        entity("Philippines", "GPE", "PHL", ["der Philippinen", "Manila", "die Philippinen", "sein Land"]),
        entity("China Coast Guard", "ORG", "CHN", ["der chinesischen Küstenwache", "die chinesische Küstenwache",
                                                   "die Küstenwache"]),
        entity("Philippine Coast Guard", "ORG", "PHL", ["der philippinischen Küstenwache"]),
        entity("Jay Tarriela", "PER", "PHL", ["der Sprecher der philippinischen Küstenwache, Jay Tarriela"]),
        entity("Sabina Shoal", "LOC", None, ["dem Sabina-Riff", "das Riff", "Xianbin Jiao", "demselben Gebiet",
                                             "dem Gebiet"]),
        entity("Bureau of Fisheries and Aquatic Resources", "ORG", "PHL", ["der philippinischen Fischereibehörde"]),
        entity("Crew of the Teresa Magbanua", "ORG", "PHL", ["Die Besatzung der Teresa Magbanua"]),
        entity("Liu Dejun", "PER", "CHN", ["der Sprecher der chinesischen Küstenwache, Liu Dejun", "Er"]),
        entity("Department of Foreign Affairs of the Philippines", "ORG", "PHL",
               ["Das philippinische Außenministerium"]),
        entity("Chinese diplomat", "PER", "CHN",
               ["einen ranghohen Diplomaten der chinesischen Botschaft in Manila"]),
        entity("Embassy of China in Manila", "ORG", "CHN", ["der chinesischen Botschaft in Manila"]),
        entity("Manila", "LOC", "PHL", ["Manila"]),
        entity("MaryKay Carlson", "PER", "USA", ["Die US-Botschafterin MaryKay Carlson"]),
        entity("Ferdinand Marcos Jr.", "PER", "PHL", ["Präsident Ferdinand Marcos"]),
    ],
}

# ---------------------------------------------------------------- hm125-de-02
ICT = actor("International Crimes Tribunal", "BGD", "JUD")
HASINA = actor("Sheikh Hasina", "BGD", "GOV")
KAMAL = actor("Asaduzzaman Khan Kamal", "BGD", "GOV")
AL_MAMUN = actor("Chowdhury Abdullah Al-Mamun", "BGD", "COP")
BGD_INTERIM = actor("Interim Government of Bangladesh", "BGD", "GOV")
AL_SUPPORTERS = actor("Awami League supporters", "BGD", "PTY")
BGD_POLICE = actor("Bangladesh Police", "BGD", "COP")
INDIA = actor("India", "IND", "GOV")

B1 = "Ein Sondertribunal in Bangladesch hat die gestürzte Regierungschefin Sheikh Hasina in Abwesenheit zum Tode verurteilt."
B2 = ("Das Internationale Verbrechenstribunal in Dhaka sprach die 78-Jährige am Montag der Verbrechen gegen die "
      "Menschlichkeit schuldig.")
B3 = ("Die Richter machten sie für die tödliche Niederschlagung der Studentenproteste im Sommer 2024 verantwortlich, "
      "bei der nach UN-Angaben bis zu 1400 Menschen getötet worden waren.")
B4 = ("Auch der frühere Innenminister Asaduzzaman Khan Kamal wurde zum Tode verurteilt, der frühere Polizeichef "
      "Chowdhury Abdullah Al-Mamun, der als Kronzeuge ausgesagt hatte, erhielt fünf Jahre Haft.")
B5 = ("Hasina, die seit ihrer Flucht im August 2024 in Indien lebt, bezeichnete das Urteil als „parteiisch und "
      "politisch motiviert“.")
B6 = ("Das Tribunal sei von einer „nicht gewählten Regierung“ eingesetzt worden, die ihre Partei Awami League "
      "zerschlagen wolle, erklärte sie in einer Mitteilung.")
B7 = "Anhänger der Partei blockierten am Montag in mehreren Städten Straßen und setzten Busse in Brand."
B8 = "Die Polizei nahm nach eigenen Angaben mehr als 50 Menschen fest."
B9 = ("Die Übergangsregierung unter Friedensnobelpreisträger Muhammad Yunus forderte Indien auf, Hasina und Kamal "
      "umgehend auszuliefern.")
B10 = ("Beide Länder hätten ein Auslieferungsabkommen, eine Weigerung wäre „ein äußerst unfreundlicher Akt“, hieß es "
       "in einer Erklärung des Außenministeriums in Dhaka.")
B11 = ("Das indische Außenministerium erklärte lediglich, es habe das Urteil „zur Kenntnis genommen“ und setze sich "
       "für Frieden und Stabilität in Bangladesch ein.")
B12 = "Eine Auslieferung gilt in Neu-Delhi als unwahrscheinlich."

DE02 = {
    "id": "hm125-de-02", "lang": "de", "url": None, "published": "2025-11-17",
    "title": "Todesurteil gegen Bangladeschs frühere Regierungschefin Hasina",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8], [B9, B10, B11, B12]),
    "events": [
        event("SANCTION", ICT, HASINA, B1, mode="convict", date="2025-11-17", location="Dhaka", location_country="BGD"),
        event("SANCTION", ICT, HASINA, B2, mode="convict", date="2025-11-17", location="Dhaka", location_country="BGD"),
        event("SANCTION", ICT, KAMAL, B4, mode="convict", date="2025-11-17", location="Dhaka", location_country="BGD"),
        event("SANCTION", ICT, AL_MAMUN, B4, mode="convict", date="2025-11-17", location="Dhaka",
              location_country="BGD"),
        event("COERCE", ICT, AL_MAMUN, B4, mode="arrest", date="2025-11-17", location="Dhaka", location_country="BGD"),
        event("ACCUSE", HASINA, ICT, B5, mode="disapprove"),
        event("ACCUSE", HASINA, BGD_INTERIM, B6, mode="allege"),
        event("PROTEST", AL_SUPPORTERS, BGD_INTERIM, B7, mode="riot", date="2025-11-17", location_country="BGD"),
        event("COERCE", BGD_POLICE, AL_SUPPORTERS, B8, mode="arrest", date="2025-11-17", location_country="BGD"),
        event("REQUEST", BGD_INTERIM, INDIA, B9, mode="assist"),
    ],
    "quotes": [
        quote("nach UN-Angaben bis zu 1400 Menschen getötet worden waren", "United Nations", "indirect"),
        quote("parteiisch und politisch motiviert", "Sheikh Hasina", "direct"),
        quote("nicht gewählten Regierung", "Sheikh Hasina", "direct"),
        quote("Das Tribunal sei von einer „nicht gewählten Regierung“ eingesetzt worden, die ihre Partei Awami League "
              "zerschlagen wolle", "Sheikh Hasina", "indirect"),
        quote("Die Polizei nahm nach eigenen Angaben mehr als 50 Menschen fest", "Bangladesh Police", "indirect"),
        quote("ein äußerst unfreundlicher Akt", "Ministry of Foreign Affairs of Bangladesh", "direct"),
        quote("Beide Länder hätten ein Auslieferungsabkommen, eine Weigerung wäre „ein äußerst unfreundlicher Akt“",
              "Ministry of Foreign Affairs of Bangladesh", "indirect"),
        quote("zur Kenntnis genommen", "Ministry of External Affairs of India", "direct"),
        quote("es habe das Urteil „zur Kenntnis genommen“ und setze sich für Frieden und Stabilität in Bangladesch ein",
              "Ministry of External Affairs of India", "indirect"),
    ],
    "entities": [
        entity("International Crimes Tribunal", "ORG", "BGD",
               ["Ein Sondertribunal in Bangladesch", "Das Internationale Verbrechenstribunal in Dhaka", "Die Richter",
                "Das Tribunal"]),
        entity("Bangladesh", "GPE", "BGD", ["Bangladesch"]),
        entity("Sheikh Hasina", "PER", "BGD",
               ["die gestürzte Regierungschefin Sheikh Hasina", "die 78-Jährige", "sie", "Hasina"]),
        entity("Dhaka", "LOC", "BGD", ["Dhaka"]),
        entity("United Nations", "ORG", "UNO", ["UN"]),
        entity("Asaduzzaman Khan Kamal", "PER", "BGD", ["der frühere Innenminister Asaduzzaman Khan Kamal", "Kamal"]),
        entity("Chowdhury Abdullah Al-Mamun", "PER", "BGD",
               ["der frühere Polizeichef Chowdhury Abdullah Al-Mamun"]),
        entity("India", "GPE", "IND", ["Indien", "Neu-Delhi"]),
        entity("Awami League", "ORG", "BGD", ["ihre Partei Awami League", "der Partei"]),
        entity("Interim Government of Bangladesh", "ORG", "BGD",
               ["einer „nicht gewählten Regierung“", "Die Übergangsregierung unter Friedensnobelpreisträger Muhammad Yunus"]),
        entity("Muhammad Yunus", "PER", "BGD", ["Friedensnobelpreisträger Muhammad Yunus"]),
        entity("Awami League supporters", "ORG", "BGD", ["Anhänger der Partei"]),
        entity("Bangladesh Police", "ORG", "BGD", ["Die Polizei"]),
        entity("Ministry of Foreign Affairs of Bangladesh", "ORG", "BGD", ["des Außenministeriums in Dhaka"]),
        entity("Ministry of External Affairs of India", "ORG", "IND", ["Das indische Außenministerium", "es"]),
    ],
}

# ---------------------------------------------------------------- hm125-de-03
CHISINAU_COURT = actor("Court in Chisinau", "MDA", "JUD")
GUTUL = actor("Evghenia Gutul", "MDA", "GOV")
GUTUL_SUPPORTERS = actor("Gutul supporters", "MDA", "CVL")
MDA_POLICE = actor("Moldovan police", "MDA", "COP")
ZAKHAROVA = actor("Maria Zakharova", "RUS", "GOV")
MDA_GOV = actor("Government of Moldova", "MDA", "GOV")
MOLDOVA = actor("Moldova", "MDA", "GOV")
SANDU = actor("Maia Sandu", "MDA", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")

C1 = ("Ein Gericht in der moldauischen Hauptstadt Chisinau hat die Regierungschefin der autonomen Region Gagausien, "
      "Evghenia Gutul, zu sieben Jahren Haft verurteilt.")
C2 = ("Die Richter sahen es am Dienstag als erwiesen an, dass die prorussische Politikerin Geld aus Russland illegal "
      "an die inzwischen verbotene Partei des flüchtigen Oligarchen Ilan Shor weitergeleitet hatte.")
C3 = "Gutul, die seit März in Untersuchungshaft sitzt, bezeichnete das Urteil als „politische Abrechnung“."
C4 = "Vor dem Gerichtsgebäude versammelten sich Dutzende ihrer Anhänger und skandierten „Freiheit für Gutul“."
C5 = "Die Polizei drängte einige Demonstranten ab."
C6 = ("In Moskau sprach Außenamtssprecherin Maria Sacharowa von „politisch motivierter Verfolgung“ und warf der "
      "Führung in Chisinau vor, Andersdenkende mundtot zu machen.")
C7 = "Russland werde die Verfolgung der Gagausen nicht unbeantwortet lassen, sagte sie."
C8 = "Präsidentin Maia Sandu verteidigte das Verfahren."
C9 = ("Wer Geld aus Moskau annehme, um Wähler zu kaufen, müsse sich vor der Justiz verantworten, sagte sie vor "
      "Journalisten.")
C10 = ("Die Republik Moldau wählt Ende September ein neues Parlament; die Regierung wirft Russland vor, die "
       "Abstimmung mit Stimmenkauf und Desinformation beeinflussen zu wollen.")
C11 = "Gutuls Anwälte kündigten an, Berufung einzulegen."

DE03 = {
    "id": "hm125-de-03", "lang": "de", "url": None, "published": "2025-08-05",
    "title": "Sieben Jahre Haft für Gagausiens Regierungschefin Gutul",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6, C7], [C8, C9, C10, C11]),
    "events": [
        event("SANCTION", CHISINAU_COURT, GUTUL, C1, mode="convict", date="2025-08-05", location="Chisinau",
              location_country="MDA"),
        event("COERCE", CHISINAU_COURT, GUTUL, C1, mode="arrest", date="2025-08-05", location="Chisinau",
              location_country="MDA"),
        event("SANCTION", CHISINAU_COURT, GUTUL, C2, mode="convict", date="2025-08-05", location="Chisinau",
              location_country="MDA"),
        event("ACCUSE", GUTUL, CHISINAU_COURT, C3, mode="disapprove"),
        event("PROTEST", GUTUL_SUPPORTERS, CHISINAU_COURT, C4, mode="demo", date="2025-08-05", location="Chisinau",
              location_country="MDA"),
        event("COERCE", MDA_POLICE, GUTUL_SUPPORTERS, C5, mode="restrict", date="2025-08-05", location="Chisinau",
              location_country="MDA"),
        event("ACCUSE", ZAKHAROVA, MDA_GOV, C6, mode="allege"),
        event("THREATEN", ZAKHAROVA, MOLDOVA, C7),
        event("SUPPORT", SANDU, CHISINAU_COURT, C8),
        event("ACCUSE", SANDU, RUSSIA, C9, mode="allege"),
        event("ACCUSE", MDA_GOV, RUSSIA, C10, mode="allege"),
    ],
    "quotes": [
        quote("die prorussische Politikerin Geld aus Russland illegal an die inzwischen verbotene Partei des "
              "flüchtigen Oligarchen Ilan Shor weitergeleitet hatte", "Court in Chisinau", "indirect"),
        quote("politische Abrechnung", "Evghenia Gutul", "direct"),
        quote("Freiheit für Gutul", "Gutul supporters", "direct"),
        quote("politisch motivierter Verfolgung", "Maria Zakharova", "direct"),
        quote("Andersdenkende mundtot zu machen", "Maria Zakharova", "indirect"),
        quote("Russland werde die Verfolgung der Gagausen nicht unbeantwortet lassen", "Maria Zakharova", "indirect"),
        quote("Wer Geld aus Moskau annehme, um Wähler zu kaufen, müsse sich vor der Justiz verantworten", "Maia Sandu",
              "indirect"),
        quote("die Abstimmung mit Stimmenkauf und Desinformation beeinflussen zu wollen", "Government of Moldova",
              "indirect"),
    ],
    "entities": [
        entity("Court in Chisinau", "ORG", "MDA", ["Ein Gericht in der moldauischen Hauptstadt Chisinau", "Die Richter"]),
        entity("Chisinau", "LOC", "MDA", ["der moldauischen Hauptstadt Chisinau", "Chisinau"]),
        entity("Gagauzia", "LOC", "MDA", ["der autonomen Region Gagausien"]),
        entity("Evghenia Gutul", "PER", "MDA",
               ["die Regierungschefin der autonomen Region Gagausien, Evghenia Gutul", "die prorussische Politikerin",
                "Gutul"]),
        entity("Russia", "GPE", "RUS", ["Russland", "Moskau"]),
        entity("Shor Party", "ORG", "MDA", ["die inzwischen verbotene Partei des flüchtigen Oligarchen Ilan Shor"]),
        entity("Ilan Shor", "PER", "MDA", ["des flüchtigen Oligarchen Ilan Shor"]),
        entity("Chisinau courthouse", "LOC", "MDA", ["dem Gerichtsgebäude"]),
        entity("Gutul supporters", "ORG", "MDA", ["Dutzende ihrer Anhänger", "einige Demonstranten"]),
        entity("Moldovan police", "ORG", "MDA", ["Die Polizei"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Maria Zakharova", "PER", "RUS", ["Außenamtssprecherin Maria Sacharowa", "sie"]),
        entity("Government of Moldova", "ORG", "MDA", ["der Führung in Chisinau", "die Regierung"]),
        entity("Gagauz people", "ORG", "MDA", ["der Gagausen"]),
        entity("Maia Sandu", "PER", "MDA", ["Präsidentin Maia Sandu", "sie"]),
        entity("Moldova", "GPE", "MDA", ["Die Republik Moldau"]),
        entity("Parliament of Moldova", "ORG", "MDA", ["ein neues Parlament"]),
        entity("Gutul's lawyers", "ORG", "MDA", ["Gutuls Anwälte"]),
    ],
}

# ---------------------------------------------------------------- hm125-de-04
ICC = actor("International Criminal Court", "IGO", "JUD")
AKHUNDZADA = actor("Haibatullah Akhundzada", "AFG", "GOV")
HAQQANI = actor("Abdul Hakim Haqqani", "AFG", "JUD")
TALIBAN = actor("Taliban", "AFG", "GOV")
MUJAHID = actor("Zabihullah Mujahid", "AFG", "GOV")
AFG_WOMEN = actor("Afghan women and girls", "AFG", "CVL")
BENNETT = actor("Richard Bennett", "UNO", "IGO")
DEU_AA = actor("German Federal Foreign Office", "DEU", "GOV")

D1 = ("Der Internationale Strafgerichtshof (IStGH) hat Haftbefehle gegen den obersten Anführer der Taliban, "
      "Haibatullah Achundsada, und den Obersten Richter Afghanistans, Abdul Hakim Haqqani, erlassen.")
D2 = ("Es bestehe der begründete Verdacht, dass beide für die Verfolgung von Frauen und Mädchen aus Gründen des "
      "Geschlechts verantwortlich seien, teilte das Gericht in Den Haag am Dienstag mit.")
D3 = ("Die Taliban hätten Mädchen und Frauen die Rechte auf Bildung, Privatsphäre sowie Bewegungs- und "
      "Meinungsfreiheit „schwerwiegend entzogen“, hieß es in der Erklärung.")
D4 = "Die Taliban erklärten, sie erkennten den Strafgerichtshof nicht an und würden seinen Anordnungen nicht folgen."
D5 = ("Ihr Sprecher Sabihullah Mudschahid nannte die Haftbefehle „Unsinn“ und warf dem Gericht vor, den Islam zu "
      "beleidigen.")
D6 = ("Seit ihrer Machtübernahme im August 2021 haben die Taliban Mädchen den Besuch weiterführender Schulen und "
      "Frauen das Studium an Universitäten verboten.")
D7 = ("Der UN-Sonderberichterstatter für Afghanistan, Richard Bennett, begrüßte die Haftbefehle als „wichtigen "
      "Schritt“ gegen die Straflosigkeit.")
D8 = "Er forderte die Taliban zugleich auf, das Bildungsverbot für Mädchen sofort aufzuheben."
D9 = "Auch das Auswärtige Amt in Berlin begrüßte die Entscheidung."
D10 = "Afghanistan ist seit 2003 Vertragsstaat des Gerichts."

DE04 = {
    "id": "hm125-de-04", "lang": "de", "url": None, "published": "2025-07-08",
    "title": "Strafgerichtshof erlässt Haftbefehle gegen Taliban-Anführer",
    "text": paragraphs([D1, D2, D3], [D4, D5, D6], [D7, D8, D9, D10]),
    "events": [
        event("THREATEN", ICC, AKHUNDZADA, D1, mode="arrest", date="2025-07-08"),
        event("THREATEN", ICC, HAQQANI, D1, mode="arrest", date="2025-07-08"),
        event("ACCUSE", ICC, AKHUNDZADA, D2, mode="allege", date="2025-07-08"),
        event("ACCUSE", ICC, HAQQANI, D2, mode="allege", date="2025-07-08"),
        event("ACCUSE", ICC, TALIBAN, D3, mode="allege", date="2025-07-08"),
        event("REJECT", TALIBAN, ICC, D4, mode="yield"),
        event("ACCUSE", MUJAHID, ICC, D5, mode="disapprove"),
        event("COERCE", TALIBAN, AFG_WOMEN, D6, mode="restrict", location_country="AFG"),
        event("SUPPORT", BENNETT, ICC, D7),
        event("REQUEST", BENNETT, TALIBAN, D8, mode="yield"),
        event("SUPPORT", DEU_AA, ICC, D9),
    ],
    "quotes": [
        quote("Es bestehe der begründete Verdacht, dass beide für die Verfolgung von Frauen und Mädchen aus Gründen "
              "des Geschlechts verantwortlich seien", "International Criminal Court", "indirect"),
        quote("schwerwiegend entzogen", "International Criminal Court", "direct"),
        quote("Die Taliban hätten Mädchen und Frauen die Rechte auf Bildung, Privatsphäre sowie Bewegungs- und "
              "Meinungsfreiheit „schwerwiegend entzogen“", "International Criminal Court", "indirect"),
        quote("sie erkennten den Strafgerichtshof nicht an und würden seinen Anordnungen nicht folgen", "Taliban",
              "indirect"),
        quote("Unsinn", "Zabihullah Mujahid", "direct"),
        quote("den Islam zu beleidigen", "Zabihullah Mujahid", "indirect"),
        quote("wichtigen Schritt", "Richard Bennett", "direct"),
    ],
    "entities": [
        entity("International Criminal Court", "ORG", "IGO",
               ["Der Internationale Strafgerichtshof", "IStGH", "das Gericht in Den Haag", "den Strafgerichtshof",
                "dem Gericht", "des Gerichts"]),
        entity("Taliban", "ORG", "AFG", ["der Taliban", "Die Taliban", "die Taliban", "sie"]),
        entity("Haibatullah Akhundzada", "PER", "AFG", ["den obersten Anführer der Taliban, Haibatullah Achundsada"]),
        entity("Abdul Hakim Haqqani", "PER", "AFG", ["den Obersten Richter Afghanistans, Abdul Hakim Haqqani"]),
        entity("Afghanistan", "GPE", "AFG", ["Afghanistans", "Afghanistan"]),
        entity("Afghan women and girls", "ORG", "AFG", ["Frauen und Mädchen", "Mädchen und Frauen", "Mädchen",
                                                        "Frauen"]),
        entity("The Hague", "LOC", "NLD", ["Den Haag"]),
        entity("Zabihullah Mujahid", "PER", "AFG", ["Ihr Sprecher Sabihullah Mudschahid"]),
        entity("United Nations", "ORG", "UNO", ["UN"]),
        entity("Richard Bennett", "PER", "UNO",
               ["Der UN-Sonderberichterstatter für Afghanistan, Richard Bennett", "Er"]),
        entity("German Federal Foreign Office", "ORG", "DEU", ["das Auswärtige Amt in Berlin"]),
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
    ],
}

# ---------------------------------------------------------------- hm125-en-01
NZL = actor("New Zealand", "NZL", "GOV")
PETERS_SPOX = actor("Spokesperson for Winston Peters", "NZL", "GOV")
COK = actor("Cook Islands", "COK", "GOV")
CHINA_EN = actor("China", "CHN", "GOV")
BROWN = actor("Mark Brown", "COK", "GOV")
LI_QIANG = actor("Li Qiang", "CHN", "GOV")
BROWNE = actor("Tina Browne", "COK", "OPP")
COK_PROTESTERS = actor("Cook Islands protesters", "COK", "CVL")
CHN_MFA = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")

E1 = ("New Zealand has paused millions of dollars in funding to the Cook Islands after the Pacific nation signed a "
      "series of agreements with China without consulting Wellington, the New Zealand government said on Thursday.")
E2 = ("The payments of NZ$18.2 million ($11 million) for this year and next would not be released until the Cook "
      "Islands government took steps to rebuild trust, a spokesperson for Foreign Minister Winston Peters said in a "
      "statement.")
E3 = ('"New Zealand has a special relationship with the Cook Islands, and that relationship requires consultation on '
      'matters of defence and security," the spokesperson said.')
E4 = ("Cook Islands Prime Minister Mark Brown signed a strategic partnership action plan with Chinese Premier Li Qiang "
      "in Beijing in February, covering seabed minerals, infrastructure and shipping.")
E5 = ('Brown said on Thursday his government was "disappointed" by the decision and had not been told about it in '
      'advance.')
E6 = ('"Our relationship with New Zealand remains strong, but we will continue to look for partners who can help us '
      'develop," he told reporters in Avarua.')
E7 = ("He also dismissed renewed calls by opposition leader Tina Browne to make the full text of the China agreements "
      "public.")
E8 = ("Hundreds of people protested outside parliament in Avarua in February against the China deal, one of the "
      "largest demonstrations in the island nation of about 15,000 people.")
E9 = ("China's foreign ministry on Thursday urged New Zealand not to interfere in its cooperation with the Cook "
      'Islands, which it said was "not directed at any third party."')
E10 = "The Cook Islands is self-governing in free association with New Zealand, whose passports its citizens hold."
E11 = ("Peters' spokesperson said New Zealand remained willing to resume the payments once trust had been "
       "restored.")

EN01 = {
    "id": "hm125-en-01", "lang": "en", "url": None, "published": "2025-06-19",
    "title": "New Zealand pauses Cook Islands funding over China deals",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6, E7], [E8, E9, E10, E11]),
    "events": [
        event("SANCTION", NZL, COK, E1, mode="discontinue"),
        event("SUPPORT", COK, CHINA_EN, E1),
        event("SANCTION", NZL, COK, E2, mode="discontinue"),
        event("REQUEST", PETERS_SPOX, COK, E2, mode="change"),
        event("SUPPORT", BROWN, LI_QIANG, E4, location="Beijing", location_country="CHN"),
        event("ACCUSE", BROWN, NZL, E5, mode="disapprove", date="2025-06-19"),
        event("REQUEST", BROWNE, BROWN, E7, mode="change"),
        event("REJECT", BROWN, BROWNE, E7, mode="change"),
        event("PROTEST", COK_PROTESTERS, BROWN, E8, mode="demo", location="Avarua", location_country="COK"),
        event("REQUEST", CHN_MFA, NZL, E9, mode="change", date="2025-06-19"),
        event("AGREE", PETERS_SPOX, COK, E11),
    ],
    "quotes": [
        quote("New Zealand has paused millions of dollars in funding to the Cook Islands after the Pacific nation "
              "signed a series of agreements with China without consulting Wellington", "Government of New Zealand",
              "indirect"),
        quote("The payments of NZ$18.2 million ($11 million) for this year and next would not be released until the "
              "Cook Islands government took steps to rebuild trust", "Spokesperson for Winston Peters", "indirect"),
        quote("New Zealand has a special relationship with the Cook Islands, and that relationship requires "
              "consultation on matters of defence and security", "Spokesperson for Winston Peters", "direct"),
        quote("disappointed", "Mark Brown", "direct"),
        quote('his government was "disappointed" by the decision and had not been told about it in advance',
              "Mark Brown", "indirect"),
        quote("Our relationship with New Zealand remains strong, but we will continue to look for partners who can "
              "help us develop", "Mark Brown", "direct"),
        quote("not directed at any third party", "Ministry of Foreign Affairs of China", "direct"),
        quote("New Zealand remained willing to resume the payments once trust had been restored",
              "Spokesperson for Winston Peters", "indirect"),
    ],
    "entities": [
        entity("New Zealand", "GPE", "NZL", ["New Zealand", "Wellington", "the New Zealand government"]),
        entity("Cook Islands", "GPE", "COK", ["the Cook Islands", "the Pacific nation", "The Cook Islands",
                                              "the island nation of about 15,000 people"]),
        entity("China", "GPE", "CHN", ["China"]),
        entity("Government of the Cook Islands", "ORG", "COK", ["the Cook Islands government", "his government"]),
        entity("Winston Peters", "PER", "NZL", ["Foreign Minister Winston Peters", "Peters"]),
        entity("Spokesperson for Winston Peters", "PER", "NZL",
               ["a spokesperson for Foreign Minister Winston Peters", "the spokesperson", "Peters' spokesperson"]),
        entity("Mark Brown", "PER", "COK", ["Cook Islands Prime Minister Mark Brown", "Brown", "he", "He"]),
        entity("Li Qiang", "PER", "CHN", ["Chinese Premier Li Qiang"]),
        entity("Beijing", "LOC", "CHN", ["Beijing"]),
        entity("Avarua", "LOC", "COK", ["Avarua"]),
        entity("Tina Browne", "PER", "COK", ["opposition leader Tina Browne"]),
        entity("Cook Islands protesters", "ORG", "COK", ["Hundreds of people"]),
        entity("Parliament of the Cook Islands", "ORG", "COK", ["parliament"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["China's foreign ministry"]),
    ],
}

# ---------------------------------------------------------------- hm125-en-02
PAKISTAN = actor("Pakistan", "PAK", "GOV")
AFGHANISTAN = actor("Afghanistan", "AFG", "GOV")
ASIF = actor("Khawaja Asif", "PAK", "GOV")
YAQOOB = actor("Mullah Mohammad Yaqoob", "AFG", "GOV")
TALIBAN_EN = actor("Taliban", "AFG", "GOV")
MUJAHID_EN = actor("Zabihullah Mujahid", "AFG", "GOV")
AFG_FORCES = actor("Afghan forces", "AFG", "MIL")
PAK_MIL = actor("Pakistani military", "PAK", "MIL")
ACB = actor("Afghanistan Cricket Board", "AFG", "CVL")
GUTERRES = actor("Antonio Guterres", "UNO", "IGO")

F1 = ("Pakistan and Afghanistan agreed to an immediate ceasefire early on Sunday, Qatar's foreign ministry said, "
      "after a week of the deadliest border fighting between the two neighbours in years.")
F2 = ("The talks in Doha, which ran late into Saturday night, were led by Pakistan's Defence Minister Khawaja Asif "
      "and his Afghan counterpart Mullah Mohammad Yaqoob.")
F3 = "Both sides also agreed to hold follow-up meetings to make sure the truce holds, the Qatari ministry said."
F4 = ('Asif told reporters that Pakistan would hold Kabul to its commitments, warning that "any attack from Afghan '
      'soil will get a response."')
F5 = ("Islamabad accuses the Taliban government of sheltering fighters of the Tehreek-e-Taliban Pakistan (TTP), an "
      "Islamist group that has stepped up attacks on Pakistani security forces.")
F6 = ("Taliban spokesman Zabihullah Mujahid said Afghanistan would not allow any group to act against another "
      "country, but that it expected Pakistan to respect its airspace.")
F7 = ("The fighting erupted on Oct. 11 when Afghan forces attacked Pakistani border posts, two days after explosions "
      "in Kabul that the Taliban blamed on Pakistan.")
F8 = "Pakistani aircraft struck targets in Afghanistan's eastern Paktika province on Friday."
F9 = ("The Afghanistan Cricket Board said three local cricketers were among those killed and pulled out of a "
      "tri-nation tournament in Pakistan scheduled for November.")
F10 = "U.N. Secretary-General Antonio Guterres welcomed the ceasefire, his spokesperson said."

EN02 = {
    "id": "hm125-en-02", "lang": "en", "url": None, "published": "2025-10-19",
    "title": "Pakistan and Afghanistan agree to ceasefire after Doha talks",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6], [F7, F8, F9, F10]),
    "events": [
        event("AGREE", PAKISTAN, AFGHANISTAN, F1, date="2025-10-19", location="Doha", location_country="QAT"),
        event("ASSAULT", PAKISTAN, AFGHANISTAN, F1, location="Afghanistan-Pakistan border"),
        event("CONSULT", ASIF, YAQOOB, F2, mode="third-party", date="2025-10-18", location="Doha",
              location_country="QAT"),
        event("AGREE", PAKISTAN, AFGHANISTAN, F3, date="2025-10-19", location="Doha", location_country="QAT"),
        event("THREATEN", ASIF, AFGHANISTAN, F4, mode="violence"),
        event("ACCUSE", PAKISTAN, TALIBAN_EN, F5, mode="allege"),
        event("AGREE", MUJAHID_EN, PAKISTAN, F6),
        event("REQUEST", MUJAHID_EN, PAKISTAN, F6, mode="yield"),
        event("ASSAULT", AFG_FORCES, PAK_MIL, F7, date="2025-10-11", location="Afghanistan-Pakistan border"),
        event("ACCUSE", TALIBAN_EN, PAKISTAN, F7, mode="allege"),
        event("ASSAULT", PAK_MIL, AFGHANISTAN, F8, mode="aerial", date="2025-10-17", location="Paktika",
              location_country="AFG"),
        event("PROTEST", ACB, PAKISTAN, F9, mode="boycott"),
        event("SUPPORT", GUTERRES, PAKISTAN, F10),
        event("SUPPORT", GUTERRES, AFGHANISTAN, F10),
    ],
    "quotes": [
        quote("Pakistan and Afghanistan agreed to an immediate ceasefire early on Sunday",
              "Ministry of Foreign Affairs of Qatar", "indirect"),
        quote("Both sides also agreed to hold follow-up meetings to make sure the truce holds",
              "Ministry of Foreign Affairs of Qatar", "indirect"),
        quote("Pakistan would hold Kabul to its commitments", "Khawaja Asif", "indirect"),
        quote("any attack from Afghan soil will get a response", "Khawaja Asif", "direct"),
        quote("Afghanistan would not allow any group to act against another country", "Zabihullah Mujahid",
              "indirect"),
        quote("it expected Pakistan to respect its airspace", "Zabihullah Mujahid", "indirect"),
        quote("three local cricketers were among those killed", "Afghanistan Cricket Board", "indirect"),
        quote("U.N. Secretary-General Antonio Guterres welcomed the ceasefire", "Stephane Dujarric", "indirect"),
    ],
    "entities": [
        entity("Pakistan", "GPE", "PAK", ["Pakistan", "Islamabad"]),
        entity("Afghanistan", "GPE", "AFG", ["Afghanistan", "Kabul", "Afghanistan's"]),
        entity("Ministry of Foreign Affairs of Qatar", "ORG", "QAT", ["Qatar's foreign ministry", "the Qatari ministry"]),
        entity("Qatar", "GPE", "QAT", ["Qatar"]),
        entity("Doha", "LOC", "QAT", ["Doha"]),
        entity("Khawaja Asif", "PER", "PAK", ["Pakistan's Defence Minister Khawaja Asif", "Asif"]),
        entity("Mullah Mohammad Yaqoob", "PER", "AFG", ["his Afghan counterpart Mullah Mohammad Yaqoob"]),
        entity("Taliban", "ORG", "AFG", ["the Taliban government", "the Taliban"]),
        entity("Tehreek-e-Taliban Pakistan", "ORG", "PAK",
               ["the Tehreek-e-Taliban Pakistan (TTP)", "an Islamist group"]),
        entity("Pakistani security forces", "ORG", "PAK", ["Pakistani security forces"]),
        entity("Zabihullah Mujahid", "PER", "AFG", ["Taliban spokesman Zabihullah Mujahid"]),
        entity("Afghan forces", "ORG", "AFG", ["Afghan forces"]),
        entity("Pakistani border posts", "LOC", "PAK", ["Pakistani border posts"]),
        entity("Kabul", "LOC", "AFG", ["Kabul"]),
        entity("Pakistani military", "ORG", "PAK", ["Pakistani aircraft"]),
        entity("Paktika", "LOC", "AFG", ["Afghanistan's eastern Paktika province"]),
        entity("Afghanistan Cricket Board", "ORG", "AFG", ["The Afghanistan Cricket Board"]),
        entity("Afghan cricketers", "PER", "AFG", ["three local cricketers"]),
        entity("United Nations", "ORG", "UNO", ["U.N."]),
        entity("Antonio Guterres", "PER", "UNO", ["U.N. Secretary-General Antonio Guterres"]),
        entity("Stephane Dujarric", "PER", "UNO", ["his spokesperson"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
