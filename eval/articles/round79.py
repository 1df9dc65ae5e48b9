"""Round 79: six blind hand-made articles (4 German, 2 English), written 2026-11-30.

Invented but plausible wire-style reports on 2023-2025 settings (Africa, Latin America):

- hm79-de-01  Colombia expels Argentine diplomats after Milei calls Petro a "terrorist murderer" (2024-03-28)
- hm79-de-02  Gunmen attack the presidential palace in N'Djamena after Wang Yi's visit (2025-01-09)
- hm79-de-03  Mali's junta arrests generals and a Frenchman over an alleged plot; Paris demands his release (2025-08-16)
- hm79-de-04  Venezuela arrests Spaniards and a US soldier over an alleged plot; the row with Madrid (2024-09-15)
- hm79-en-01  The ELN frees the father of footballer Luis Díaz (2023-11-09)
- hm79-en-02  Protests in Nairobi over blogger Albert Ojwang's death in police custody (2025-06-12)
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm79-de-01
COL = actor("Colombia", "COL", "GOV")
ARG = actor("Argentina", "ARG", "GOV")
MILEI = actor("Javier Milei", "ARG", "GOV")
PETRO = actor("Gustavo Petro", "COL", "GOV")
COL_MFA = actor("Ministry of Foreign Affairs of Colombia", "COL", "GOV")
ADORNI = actor("Manuel Adorni", "ARG", "GOV")
MONDINO = actor("Diana Mondino", "ARG", "GOV")
MURILLO = actor("Luis Gilberto Murillo", "COL", "GOV")

C1 = "Kolumbien hat am Mittwoch mehrere argentinische Diplomaten ausgewiesen."
C2 = ("Das Außenministerium in Bogotá reagierte damit auf ein Fernsehinterview, in dem Präsident Javier Milei "
      "seinen kolumbianischen Amtskollegen Gustavo Petro einen »terroristischen Mörder« genannt hatte.")
C3 = "Die Äußerungen hätten »die Würde des kolumbianischen Volkes« verletzt, hieß es in einer Erklärung."
C4 = "Petro forderte Milei auf, sich öffentlich zu entschuldigen."
C5 = "Dessen Sprecher Manuel Adorni lehnte das ab: Der Präsident habe lediglich »die Wahrheit« gesagt."
C6 = "Die Regierung in Buenos Aires nannte die Ausweisung der Diplomaten zudem »unverhältnismäßig«."
C7 = ("Außenministerin Diana Mondino telefonierte am Donnerstag mit ihrem kolumbianischen Kollegen "
      "Luis Gilberto Murillo.")
C8 = ("Beide vereinbarten, die Gespräche in der kommenden Woche fortzusetzen, wie das argentinische "
      "Außenministerium mitteilte.")
C9 = "Milei hatte Petro bereits im Wahlkampf als »Kommunisten« beschimpft."
C10 = ("Die Beziehungen zwischen beiden Ländern gelten seit dem Amtsantritt des Libertären im Dezember als "
       "angespannt.")

DE01 = {
    "id": "hm79-de-01", "lang": "de", "url": None, "published": "2024-03-28",
    "title": "Kolumbien weist argentinische Diplomaten aus",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6], [C7, C8, C9, C10]),
    "events": [
        event("SANCTION", COL, ARG, C1, mode="expel", date="2024-03-27"),
        event("ACCUSE", MILEI, PETRO, C2, mode="disapprove"),
        event("ACCUSE", COL_MFA, MILEI, C3, mode="disapprove"),
        event("REQUEST", PETRO, MILEI, C4),
        event("REJECT", ADORNI, PETRO, C5),
        event("ACCUSE", ARG, COL, C6, mode="disapprove"),
        event("CONSULT", MONDINO, MURILLO, C7, mode="phone", date="2024-03-28"),
        event("AGREE", MONDINO, MURILLO, C8),
        event("ACCUSE", MILEI, PETRO, C9, mode="disapprove"),
    ],
    "quotes": [
        quote("terroristischen Mörder", "Javier Milei", "direct"),
        quote("die Würde des kolumbianischen Volkes", "Ministry of Foreign Affairs of Colombia", "direct"),
        quote("Die Äußerungen hätten »die Würde des kolumbianischen Volkes« verletzt",
              "Ministry of Foreign Affairs of Colombia", "indirect"),
        quote("die Wahrheit", "Manuel Adorni", "direct"),
        quote("Der Präsident habe lediglich »die Wahrheit« gesagt", "Manuel Adorni", "indirect"),
        quote("unverhältnismäßig", "Government of Argentina", "direct"),
        quote("Beide vereinbarten, die Gespräche in der kommenden Woche fortzusetzen",
              "Ministry of Foreign Affairs of Argentina", "indirect"),
        quote("Kommunisten", "Javier Milei", "direct"),
    ],
    "entities": [
        entity("Colombia", "GPE", "COL", ["Kolumbien"]),
        entity("Argentina", "GPE", "ARG", ["Die Regierung in Buenos Aires"]),
        entity("Javier Milei", "PER", "ARG", ["Präsident Javier Milei", "Milei", "Dessen", "Der Präsident",
                                              "des Libertären"]),
        entity("Gustavo Petro", "PER", "COL", ["seinen kolumbianischen Amtskollegen Gustavo Petro", "Petro"]),
        entity("Ministry of Foreign Affairs of Colombia", "ORG", "COL", ["Das Außenministerium in Bogotá"]),
        entity("Manuel Adorni", "PER", "ARG", ["Sprecher Manuel Adorni"]),
        entity("Diana Mondino", "PER", "ARG", ["Außenministerin Diana Mondino"]),
        entity("Luis Gilberto Murillo", "PER", "COL", ["ihrem kolumbianischen Kollegen Luis Gilberto Murillo"]),
        entity("Ministry of Foreign Affairs of Argentina", "ORG", "ARG", ["das argentinische Außenministerium"]),
        entity("Bogotá", "LOC", "COL", ["Bogotá"]),
    ],
}

# ---------------------------------------------------------------- hm79-de-02
GUNMEN = actor("gunmen", "TCD", None)
CHAD = actor("Chad", "TCD", "GOV")
GUARD = actor("Presidential Guard of Chad", "TCD", "MIL")
KOULAMALLAH = actor("Abderaman Koulamallah", "TCD", "GOV")
TCD_POLICE = actor("Chadian police", "TCD", "COP")
SUSPECTS = actor("suspects", "TCD", None)
WANG = actor("Wang Yi", "CHN", "GOV")
DEBY = actor("Mahamat Idriss Déby", "TCD", "GOV")
CHINA = actor("China", "CHN", "GOV")
AU = actor("African Union", "IGO", "IGO")
FRANCE = actor("France", "FRA", "GOV")

T1 = "Bewaffnete haben am Mittwochabend den Präsidentenpalast in der tschadischen Hauptstadt N'Djamena angegriffen."
T2 = "Die Präsidialgarde schlug den Angriff zurück."
T3 = ("Dabei seien 18 Angreifer und ein Soldat getötet worden, sagte Regierungssprecher Abderaman "
      "Koulamallah.")
T4 = "Er sprach von einem »Destabilisierungsversuch« und versicherte, die Lage sei »vollständig unter Kontrolle«."
T5 = "Sechs weitere Verdächtige wurden festgenommen."
T6 = "Am Nachmittag hatte Präsident Mahamat Idriss Déby noch den chinesischen Außenminister Wang Yi empfangen."
T7 = "Peking sagte dem Land dabei Hilfe beim Bau von Straßen und Kraftwerken zu."
T8 = "Die Afrikanische Union verurteilte den Angriff und sicherte N'Djamena ihre »volle Solidarität« zu."
T9 = "Frankreich hat zugesagt, seine letzten Soldaten bis Ende Januar aus dem Tschad abzuziehen."
T10 = "N'Djamena hatte die Militärkooperation mit der früheren Kolonialmacht im November aufgekündigt."
T11 = "Déby regiert das Land seit dem Tod seines Vaters im Jahr 2021."

DE02 = {
    "id": "hm79-de-02", "lang": "de", "url": None, "published": "2025-01-09",
    "title": "Angriff auf Präsidentenpalast im Tschad abgewehrt",
    "text": paragraphs([T1, T2, T3, T4, T5], [T6, T7, T8], [T9, T10, T11]),
    "events": [
        event("ASSAULT", GUNMEN, CHAD, T1, date="2025-01-08", location="N'Djamena", location_country="TCD"),
        event("ASSAULT", GUARD, GUNMEN, T2),
        event("ACCUSE", KOULAMALLAH, GUNMEN, T4, mode="disapprove"),
        event("COERCE", TCD_POLICE, SUSPECTS, T5, mode="arrest"),
        event("CONSULT", WANG, DEBY, T6, mode="visit", date="2025-01-08"),
        event("AGREE", CHINA, CHAD, T7),
        event("ACCUSE", AU, GUNMEN, T8, mode="disapprove"),
        event("SUPPORT", AU, CHAD, T8),
        event("CONCEDE", FRANCE, CHAD, T9),
        event("SANCTION", CHAD, FRANCE, T10, mode="discontinue"),
    ],
    "quotes": [
        quote("Dabei seien 18 Angreifer und ein Soldat getötet worden", "Abderaman Koulamallah", "indirect"),
        quote("Destabilisierungsversuch", "Abderaman Koulamallah", "direct"),
        quote("vollständig unter Kontrolle", "Abderaman Koulamallah", "direct"),
        quote("die Lage sei »vollständig unter Kontrolle«", "Abderaman Koulamallah", "indirect"),
        quote("volle Solidarität", "African Union", "direct"),
    ],
    "entities": [
        entity("Chad", "GPE", "TCD", ["Tschad", "N'Djamena", "dem Land", "das Land"]),
        entity("N'Djamena", "LOC", "TCD", ["der tschadischen Hauptstadt N'Djamena"]),
        entity("Presidential Guard of Chad", "ORG", "TCD", ["Die Präsidialgarde"]),
        entity("Abderaman Koulamallah", "PER", "TCD", ["Regierungssprecher Abderaman Koulamallah", "Er"]),
        entity("Mahamat Idriss Déby", "PER", "TCD", ["Präsident Mahamat Idriss Déby", "Déby"]),
        entity("Wang Yi", "PER", "CHN", ["den chinesischen Außenminister Wang Yi"]),
        entity("China", "GPE", "CHN", ["Peking"]),
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union"]),
        entity("France", "GPE", "FRA", ["Frankreich", "der früheren Kolonialmacht"]),
    ],
}

# ---------------------------------------------------------------- hm79-de-03
MALI = actor("Mali", "MLI", "GOV")
MLI_SOLDIERS = actor("Malian soldiers", "MLI", "MIL")
VEZILIER = actor("Yann Vezilier", "FRA", "GOV")
MOHAMMEDINE = actor("Daoud Aly Mohammedine", "MLI", "GOV")
GOITA = actor("Assimi Goïta", "MLI", "GOV")
FRANCE_GOV = actor("France", "FRA", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
AFRICA_CORPS = actor("Africa Corps", "RUS", "MIL")
MLI_ARMY = actor("Malian Armed Forces", "MLI", "MIL")
MLI_JUD = actor("Malian judiciary", "MLI", "JUD")

M1 = ("Die Militärregierung in Mali hat nach eigenen Angaben einen Umsturzversuch vereitelt und Dutzende "
      "Soldaten festgenommen, darunter zwei Generäle.")
M2 = ("Unter den Festgenommenen sei auch der Franzose Yann Vezilier, sagte Sicherheitsminister Daoud Aly "
      "Mohammedine am Donnerstagabend im Staatsfernsehen.")
M3 = ("Er habe im Auftrag des französischen Geheimdienstes politische Führer, Zivilisten und Militärs gegen die "
      "Regierung mobilisiert.")
M4 = "Übergangspräsident Assimi Goïta kündigte an, alle »Verräter« würden vor Gericht gestellt."
M5 = "Paris wies die Vorwürfe am Freitag als »unbegründet« zurück."
M6 = ("Vezilier sei Mitarbeiter der Botschaft in Bamako und genieße diplomatischen Schutz, erklärte das "
      "Außenministerium.")
M7 = "Frankreich verlangte seine sofortige Freilassung."
M8 = ("Man sei zu Gesprächen mit den malischen Behörden bereit, um das »Missverständnis« auszuräumen, hieß "
      "es weiter.")
M8B = "Eine formelle Anklage gegen Vezilier hat die Justiz in Bamako bislang nicht erhoben."
M9 = "Die Junta hatte die französischen Truppen 2022 aus dem Land gedrängt."
M10 = ("Seither arbeitet Bamako militärisch eng mit Moskau zusammen; russische Söldner des Afrikakorps "
       "unterstützen die Armee im Kampf gegen Dschihadisten.")

DE03 = {
    "id": "hm79-de-03", "lang": "de", "url": None, "published": "2025-08-16",
    "title": "Mali nimmt Franzosen wegen angeblichen Umsturzplans fest",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6, M7, M8], [M8B, M9, M10]),
    "events": [
        event("COERCE", MALI, MLI_SOLDIERS, M1, mode="arrest"),
        event("COERCE", MALI, VEZILIER, M2, mode="arrest"),
        event("ACCUSE", MOHAMMEDINE, FRANCE_GOV, M3, mode="allege"),
        event("THREATEN", GOITA, MLI_SOLDIERS, M4),
        event("REQUEST", FRANCE_GOV, MALI, M7),
        event("AGREE", FRANCE_GOV, MALI, M8),
        event("ACCUSE", MLI_JUD, VEZILIER, M8B, mode="allege", negated=True),
        event("COOPERATE", MALI, RUSSIA, M10),
        event("AID", AFRICA_CORPS, MLI_ARMY, M10),
    ],
    "quotes": [
        quote("Unter den Festgenommenen sei auch der Franzose Yann Vezilier", "Daoud Aly Mohammedine", "indirect"),
        quote("Er habe im Auftrag des französischen Geheimdienstes politische Führer, Zivilisten und Militärs gegen "
              "die Regierung mobilisiert", "Daoud Aly Mohammedine", "indirect"),
        quote("Verräter", "Assimi Goïta", "direct"),
        quote("alle »Verräter« würden vor Gericht gestellt", "Assimi Goïta", "indirect"),
        quote("unbegründet", "French Foreign Ministry", "direct"),
        quote("Vezilier sei Mitarbeiter der Botschaft in Bamako und genieße diplomatischen Schutz",
              "French Foreign Ministry", "indirect"),
        quote("Man sei zu Gesprächen mit den malischen Behörden bereit, um das »Missverständnis« auszuräumen",
              "French Foreign Ministry", "indirect"),
        quote("Missverständnis", "French Foreign Ministry", "direct"),
    ],
    "entities": [
        entity("Mali", "GPE", "MLI", ["Mali", "Bamako", "dem Land"]),
        entity("Government of Mali", "ORG", "MLI", ["Die Militärregierung in Mali", "Die Junta",
                                                    "den malischen Behörden"]),
        entity("Yann Vezilier", "PER", "FRA", ["der Franzose Yann Vezilier", "Er", "Vezilier"]),
        entity("Daoud Aly Mohammedine", "PER", "MLI", ["Sicherheitsminister Daoud Aly Mohammedine"]),
        entity("Assimi Goïta", "PER", "MLI", ["Übergangspräsident Assimi Goïta"]),
        entity("France", "GPE", "FRA", ["Paris", "Frankreich"]),
        entity("French Foreign Ministry", "ORG", "FRA", ["das Außenministerium"]),
        entity("Russia", "GPE", "RUS", ["Moskau"]),
        entity("Africa Corps", "ORG", "RUS", ["russische Söldner des Afrikakorps"]),
        entity("Malian Armed Forces", "ORG", "MLI", ["die Armee"]),
        entity("Malian judiciary", "ORG", "MLI", ["die Justiz in Bamako"]),
    ],
}

# ---------------------------------------------------------------- hm79-de-04
VEN_FORCES = actor("Venezuelan security forces", "VEN", "COP")
ESP_CIT = actor("Spanish citizens", "ESP", "CVL")
US_SOLDIER = actor("US soldier", "USA", "MIL")
CABELLO = actor("Diosdado Cabello", "VEN", "GOV")
SPAIN = actor("Spain", "ESP", "GOV")
USA = actor("United States", "USA", "GOV")
VEN_ARMY = actor("Venezuelan army", "VEN", "MIL")
VEN = actor("Venezuela", "VEN", "GOV")
ROBLES = actor("Margarita Robles", "ESP", "GOV")
GONZALEZ = actor("Edmundo González", "VEN", "OPP")
VEN_OPP = actor("Venezuelan opposition", "VEN", "OPP")
MADURO = actor("Nicolás Maduro", "VEN", "GOV")

V1 = ("Venezolanische Sicherheitskräfte haben zwei Spanier und einen US-Soldaten festgenommen, wie "
      "Innenminister Diosdado Cabello am Samstag mitteilte.")
V2 = ("Die Männer hätten im Auftrag der Geheimdienste beider Länder Anschläge auf Präsident Nicolás Maduro "
      "geplant, sagte er.")
V3 = "Die Armee sei in den Grenzregionen in höchste Alarmbereitschaft versetzt worden."
V4 = "Madrid erklärte, die beiden Spanier seien Touristen und hätten keine Verbindung zum Geheimdienst."
V5 = "Das Außenministerium in Washington nannte jede Beteiligung an einem Komplott »kategorisch falsch«."
V6 = "Spanien forderte Caracas auf, seinen Diplomaten Zugang zu den Festgenommenen zu gewähren."
V7 = "Caracas hatte am Donnerstag seine Botschafterin aus Madrid zu Konsultationen zurückgerufen."
V8 = ("Zuvor hatte die spanische Verteidigungsministerin Margarita Robles die Regierung Maduro eine »Diktatur« "
      "genannt.")
V9 = "Spanien hatte dem Oppositionskandidaten Edmundo González eine Woche zuvor Asyl gewährt."
V10 = "Die Opposition wirft Maduro vor, die Präsidentenwahl im Juli gefälscht zu haben."

DE04 = {
    "id": "hm79-de-04", "lang": "de", "url": None, "published": "2024-09-15",
    "title": "Venezuela nimmt Spanier und US-Soldaten fest",
    "text": paragraphs([V1, V2, V3], [V4, V5, V6], [V7, V8, V9, V10]),
    "events": [
        event("COERCE", VEN_FORCES, ESP_CIT, V1, mode="arrest"),
        event("COERCE", VEN_FORCES, US_SOLDIER, V1, mode="arrest"),
        event("ACCUSE", CABELLO, SPAIN, V2, mode="allege"),
        event("ACCUSE", CABELLO, USA, V2, mode="allege"),
        event("MOBILIZE", VEN_ARMY, None, V3, mode="troops"),
        event("REQUEST", SPAIN, VEN, V6),
        event("SANCTION", VEN, SPAIN, V7, mode="withdraw", date="2024-09-12"),
        event("ACCUSE", ROBLES, VEN, V8, mode="disapprove"),
        event("AID", SPAIN, GONZALEZ, V9),
        event("ACCUSE", VEN_OPP, MADURO, V10, mode="allege"),
    ],
    "quotes": [
        quote("Venezolanische Sicherheitskräfte haben zwei Spanier und einen US-Soldaten festgenommen",
              "Diosdado Cabello", "indirect"),
        quote("Die Männer hätten im Auftrag der Geheimdienste beider Länder Anschläge auf Präsident Nicolás "
              "Maduro geplant", "Diosdado Cabello", "indirect"),
        quote("Die Armee sei in den Grenzregionen in höchste Alarmbereitschaft versetzt worden",
              "Diosdado Cabello", "indirect"),
        quote("die beiden Spanier seien Touristen und hätten keine Verbindung zum Geheimdienst",
              "Government of Spain", "indirect"),
        quote("kategorisch falsch", "US Department of State", "direct"),
        quote("Diktatur", "Margarita Robles", "direct"),
        quote("die Präsidentenwahl im Juli gefälscht zu haben", "Venezuelan opposition", "indirect"),
    ],
    "entities": [
        entity("Venezuela", "GPE", "VEN", ["Caracas"]),
        entity("Diosdado Cabello", "PER", "VEN", ["Innenminister Diosdado Cabello", "er"]),
        entity("Nicolás Maduro", "PER", "VEN", ["Präsident Nicolás Maduro", "Maduro"]),
        entity("Spain", "GPE", "ESP", ["Madrid", "Spanien"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("US Department of State", "ORG", "USA", ["Das Außenministerium in Washington"]),
        entity("Margarita Robles", "PER", "ESP", ["die spanische Verteidigungsministerin Margarita Robles"]),
        entity("Edmundo González", "PER", "VEN", ["dem Oppositionskandidaten Edmundo González"]),
        entity("Venezuelan opposition", "ORG", "VEN", ["Die Opposition"]),
        entity("Venezuelan army", "ORG", "VEN", ["Die Armee"]),
    ],
}

# ---------------------------------------------------------------- hm79-en-01
ELN = actor("National Liberation Army (ELN)", "COL", "REB")
LMD = actor("Luis Manuel Díaz", "COL", "CVL")
PETRO_EN = actor("Gustavo Petro", "COL", "GOV")
BELTRAN = actor("Pablo Beltrán", "COL", "REB")
COL_GOV = actor("Colombia", "COL", "GOV")
COL_ARMY = actor("Colombian army", "COL", "MIL")
COL_POLICE = actor("Colombian police", "COL", "COP")
LDIAZ = actor("Luis Díaz", "COL", "CVL")

E1 = ("Colombia's ELN rebels on Thursday freed the father of Liverpool forward Luis Díaz, 12 days after "
      "kidnapping him in the northern province of La Guajira.")
E2 = ("Luis Manuel Díaz was handed over to a humanitarian commission that included representatives of the "
      "United Nations and the Catholic Church, the commission said.")
E3 = "“I am fine, thank God,” he told reporters in the city of Valledupar."
E4 = "President Gustavo Petro urged the ELN to renounce kidnapping for good, saying it undermined the peace talks."
E5 = "The guerrillas had admitted last week that the abduction was “a mistake”."
E6 = ("Their chief negotiator, Pablo Beltrán, said the group was ready to discuss an end to kidnappings at the "
      "next round of talks in Mexico City.")
E7 = "The army and police had deployed more than 250 troops and officers to search for him."
E8 = ("The footballer had pleaded for his release after scoring for Liverpool on Sunday, showing a T-shirt "
      "that read “Freedom for Papa”.")
E9 = "The ELN has been in peace talks with Petro's government for a year."

EN01 = {
    "id": "hm79-en-01", "lang": "en", "url": None, "published": "2023-11-09",
    "title": "Colombian rebels free father of Liverpool's Luis Díaz",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6], [E7, E8, E9]),
    "events": [
        event("RETREAT", ELN, LMD, E1, mode="release", date="2023-11-09"),
        event("ASSAULT", ELN, LMD, E1, mode="abduct", location="La Guajira", location_country="COL"),
        event("RETREAT", ELN, LMD, E2, mode="release"),
        event("REQUEST", PETRO_EN, ELN, E4),
        event("ACCUSE", PETRO_EN, ELN, E4, mode="disapprove"),
        event("CONCEDE", ELN, None, E5),
        event("AGREE", BELTRAN, COL_GOV, E6),
        event("MOBILIZE", COL_ARMY, None, E7, mode="troops"),
        event("MOBILIZE", COL_POLICE, None, E7),
        event("REQUEST", LDIAZ, ELN, E8, date="2023-11-05"),
    ],
    "quotes": [
        quote("Luis Manuel Díaz was handed over to a humanitarian commission that included representatives of the "
              "United Nations and the Catholic Church", "humanitarian commission", "indirect"),
        quote("I am fine, thank God", "Luis Manuel Díaz", "direct"),
        quote("it undermined the peace talks", "Gustavo Petro", "indirect"),
        quote("a mistake", "National Liberation Army (ELN)", "direct"),
        quote("that the abduction was “a mistake”", "National Liberation Army (ELN)", "indirect"),
        quote("the group was ready to discuss an end to kidnappings at the next round of talks in Mexico City",
              "Pablo Beltrán", "indirect"),
        quote("Freedom for Papa", "Luis Díaz", "direct"),
    ],
    "entities": [
        entity("National Liberation Army (ELN)", "ORG", "COL", ["Colombia's ELN rebels", "the ELN", "The guerrillas",
                                                                "the group", "The ELN"]),
        entity("Luis Manuel Díaz", "PER", "COL", ["the father of Liverpool forward Luis Díaz", "Luis Manuel Díaz",
                                                  "he", "him", "his release"]),
        entity("Luis Díaz", "PER", "COL", ["Liverpool forward Luis Díaz", "The footballer"]),
        entity("Gustavo Petro", "PER", "COL", ["President Gustavo Petro", "Petro's"]),
        entity("Pablo Beltrán", "PER", "COL", ["Their chief negotiator, Pablo Beltrán"]),
        entity("Colombian army", "ORG", "COL", ["The army"]),
        entity("Colombian police", "ORG", "COL", ["police"]),
        entity("United Nations", "ORG", "UNO", ["United Nations"]),
        entity("Catholic Church", "ORG", None, ["the Catholic Church"]),
        entity("La Guajira", "LOC", "COL", ["the northern province of La Guajira"]),
        entity("Valledupar", "LOC", "COL", ["the city of Valledupar"]),
        entity("Mexico City", "LOC", "MEX", ["Mexico City"]),
    ],
}

# ---------------------------------------------------------------- hm79-en-02
KEN_POLICE = actor("Kenyan police", "KEN", "COP")
PROTESTERS = actor("protesters", "KEN", "CVL")
KANJA = actor("Douglas Kanja", "KEN", "COP")
FAMILY = actor("family of Albert Ojwang", "KEN", "CVL")
OFFICERS = actor("Kenyan police officers", "KEN", "COP")
RUTO = actor("William Ruto", "KEN", "GOV")
KEN_OPP = actor("Kenyan opposition", "KEN", "OPP")
LAGAT = actor("Eliud Lagat", "KEN", "COP")
OJWANG = actor("Albert Ojwang", "KEN", "CVL")
LSK = actor("Law Society of Kenya", "KEN", "NGO")

K1 = ("Kenyan police fired tear gas on Thursday at hundreds of protesters in Nairobi demanding justice for "
      "blogger Albert Ojwang, who died in police custody last weekend.")
K2 = ("Police chief Douglas Kanja apologised to Ojwang's family on Wednesday and told senators that initial "
      "claims that the 31-year-old had killed himself were wrong.")
K3 = ("Three police officers have been arrested over the death, according to the Independent Policing Oversight "
      "Authority (IPOA).")
K4 = ("President William Ruto said Ojwang had died “at the hands of the police” and promised a swift "
      "investigation.")
K5 = ("Opposition politicians demanded that Deputy Inspector General Eliud Lagat, whom Ojwang had accused of "
      "corruption online, step aside.")
K6 = "“We will not allow the police to bury this case,” said opposition leader Kalonzo Musyoka."
K7 = "Ojwang was arrested in his home town of Homa Bay on Saturday and driven to the capital."
K8 = "Rights groups say dozens of people have died in police custody in Kenya over the past year."
K9 = "The Law Society of Kenya called for the suspension of all officers on duty that night."

EN02 = {
    "id": "hm79-en-02", "lang": "en", "url": None, "published": "2025-06-12",
    "title": "Kenyan police tear-gas protesters over blogger's death in custody",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6], [K7, K8, K9]),
    "events": [
        event("ASSAULT", KEN_POLICE, PROTESTERS, K1, mode="crowd-control", date="2025-06-12", location="Nairobi",
              location_country="KEN"),
        event("PROTEST", PROTESTERS, KEN_POLICE, K1, mode="demo", date="2025-06-12", location="Nairobi",
              location_country="KEN"),
        event("CONCEDE", KANJA, FAMILY, K2, date="2025-06-11"),
        event("COERCE", KEN_POLICE, OFFICERS, K3, mode="arrest"),
        event("ACCUSE", RUTO, KEN_POLICE, K4, mode="allege"),
        event("AGREE", RUTO, None, K4),
        event("REQUEST", KEN_OPP, LAGAT, K5),
        event("ACCUSE", OJWANG, LAGAT, K5, mode="allege"),
        event("COERCE", KEN_POLICE, OJWANG, K7, mode="arrest", date="2025-06-07", location="Homa Bay",
              location_country="KEN"),
        event("REQUEST", LSK, KEN_POLICE, K9),
    ],
    "quotes": [
        quote("that initial claims that the 31-year-old had killed himself were wrong", "Douglas Kanja",
              "indirect"),
        quote("Three police officers have been arrested over the death",
              "Independent Policing Oversight Authority (IPOA)", "indirect"),
        quote("at the hands of the police", "William Ruto", "direct"),
        quote("Ojwang had died “at the hands of the police”", "William Ruto", "indirect"),
        quote("that Deputy Inspector General Eliud Lagat, whom Ojwang had accused of corruption online, step aside",
              "Kenyan opposition", "indirect"),
        quote("We will not allow the police to bury this case", "Kalonzo Musyoka", "direct"),
        quote("dozens of people have died in police custody in Kenya over the past year", "rights groups",
              "indirect"),
    ],
    "entities": [
        entity("Kenya Police Service", "ORG", "KEN", ["Kenyan police", "the police"]),
        entity("Albert Ojwang", "PER", "KEN", ["blogger Albert Ojwang", "Ojwang's", "the 31-year-old", "Ojwang"]),
        entity("Douglas Kanja", "PER", "KEN", ["Police chief Douglas Kanja"]),
        entity("Independent Policing Oversight Authority (IPOA)", "ORG", "KEN",
               ["the Independent Policing Oversight Authority (IPOA)"]),
        entity("William Ruto", "PER", "KEN", ["President William Ruto"]),
        entity("Eliud Lagat", "PER", "KEN", ["Deputy Inspector General Eliud Lagat"]),
        entity("Kalonzo Musyoka", "PER", "KEN", ["opposition leader Kalonzo Musyoka"]),
        entity("Law Society of Kenya", "ORG", "KEN", ["The Law Society of Kenya"]),
        entity("Nairobi", "LOC", "KEN", ["Nairobi", "the capital"]),
        entity("Homa Bay", "LOC", "KEN", ["his home town of Homa Bay"]),
        entity("Kenya", "GPE", "KEN", ["Kenya"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
