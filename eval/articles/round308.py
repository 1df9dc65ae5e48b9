"""Round 308: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024-2025, invented wording and details):
- hm308-de-01: Turkey: anti-Syrian riots in Kayseri spread to other cities; police detain dozens, Yerlikaya reports 67 detentions, Erdoğan condemns the violence and blames the opposition, Özel blames the government, angry protests and shots at a Turkish post in northern Syria, Turkey shuts its crossings and Erdoğan threatens (2024-07-01).
- hm308-de-02: Russia: a Moscow court sentences journalists Faworskaja, Kriger, Gabow and Karelin to five and a half years over Navalny's FBK; prosecution charges, Pevchikh, Reporters Without Borders and the EU object and demand release, protest and detentions outside the court (2025-04-15).
- hm308-de-03: Moldova: Maia Sandu wins the presidential run-off against Alexandr Stoianoglo; Sandu blames Ilan Shor and Russia for vote buying, Stoianoglo does not concede, police investigate voter transports, Secrieru and Peskov trade accusations, von der Leyen, Zelensky and Iohannis congratulate (2024-11-04).
- hm308-de-04: Turkey/Armenia: after the earthquakes Armenian Foreign Minister Mirzoyan visits Adıyaman and Ankara with Çavuşoğlu; thanks for Armenian aid, aid trucks via the Margara crossing, agreement to prepare its opening, call for an Armenian-Azerbaijani peace treaty, arrests of builders, Kılıçdaroğlu accuses the government (2023-02-15).
- hm308-en-01: Ukraine: Oleksiy Arestovych resigns over his remarks on the Russian missile strike on a Dnipro apartment block; Peskov blames Ukrainian air defence, Zelenskiy vows justice, SBU and prosecutors, Britain's Challenger pledge, Zelenskiy presses Germany, Scholz holds back (2023-01-17).
- hm308-en-02: Serbia: police detain 38 after opposition protesters try to storm Belgrade's city hall over the disputed election; pepper spray, Vucic speaks of a coup attempt and threatens, Brnabic thanks Russian services, ODIHR findings, Tepic's hunger strike, road blockade, EU demands an inquiry, Vucic rejects a re-run (2023-12-25).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm308-de-01 (Turkey, anti-Syrian riots in Kayseri)
TUR_POLICE = actor("Turkish police", "TUR", "COP")
KAYSERI_MOB = actor("anti-Syrian rioters in Kayseri", "TUR", "CVL")
SYRIANS_TUR = actor("Syrian refugees in Turkey", "SYR", "CVL")
KAYSERI_SUSPECT = actor("Syrian man suspected of child abuse in Kayseri", "SYR", "CVL")
RIOTERS_TUR = actor("anti-Syrian rioters in Turkey", "TUR", "CVL")
TUR_AUTH = actor("Turkish authorities", "TUR", "GOV")
ERDOGAN = actor("Recep Tayyip Erdoğan", "TUR", "GOV")
TUR_OPP = actor("Turkish opposition", "TUR", "OPP")
OZEL = actor("Özgür Özel", "TUR", "OPP")
TUR_GOV = actor("Government of Turkey", "TUR", "GOV")
SYR_PROTESTERS = actor("protesters in northern Syria", "SYR", "CVL")
TURKEY = actor("Turkey", "TUR", "GOV")
AFRIN_GUNMEN = actor("gunmen in Afrin", "SYR", "REB")
TUR_ARMY = actor("Turkish Armed Forces", "TUR", "MIL")
SYRIA = actor("Syria", "SYR", "GOV")

K1 = ("Istanbul (AFP) - Nach gewalttätigen Ausschreitungen gegen syrische Flüchtlinge in der zentralanatolischen "
      "Stadt Kayseri hat die türkische Polizei Dutzende Menschen festgenommen.")
K2 = ("Eine aufgebrachte Menge hatte am Sonntagabend in einem Wohnviertel im Bezirk Melikgazi Geschäfte, Wohnungen "
      "und Autos von Syrern angegriffen und teilweise in Brand gesetzt.")
K3 = ("Auslöser waren Berichte in sozialen Netzwerken, wonach ein Syrer ein Kind aus seiner Verwandtschaft "
      "missbraucht haben soll.")
K4 = "Der Verdächtige sei noch in der Nacht festgenommen worden, teilte der Gouverneur der Provinz mit."
K5 = ("Innenminister Ali Yerlikaya erklärte am Montag, 67 Menschen seien im Zusammenhang mit den Krawallen in "
      "Gewahrsam genommen worden.")
K6 = ("In der Nacht zum Montag griffen die Unruhen auch auf andere Städte über, darunter Gaziantep, Hatay und "
      "Bursa, wo ebenfalls Geschäfte von Syrern beschädigt wurden.")
K7 = "Die Polizei zog in mehreren Städten Verstärkung zusammen."
K8 = "Eine Ausgangssperre verhängten die Behörden in Kayseri zunächst nicht."
K9 = "Präsident Recep Tayyip Erdoğan verurteilte die Angriffe nach einer Kabinettssitzung in Ankara."
K10 = "Fremdenfeindlichkeit und Hass auf Flüchtlinge hätten in der Türkei keinen Platz, sagte er."
K11 = ("Zugleich machte der 70-Jährige die Opposition mitverantwortlich: Deren „giftige Rhetorik“ habe den Boden für "
       "die Gewalt bereitet.")
K12 = ("Der Vorsitzende der größten Oppositionspartei CHP, Özgür Özel, wies den Vorwurf zurück und warf der Regierung "
       "vor, mit ihrer gescheiterten Flüchtlingspolitik selbst die Spannungen geschürt zu haben.")
K13 = ("Im Norden Syriens, wo die türkische Armee und mit ihr verbündete Milizen Gebiete kontrollieren, lösten die "
       "Bilder aus Kayseri am Montag wütende Proteste gegen die Türkei aus.")
K14 = "In der Stadt Afrin schossen Bewaffnete auf einen türkischen Militärposten."
K15 = "Die Türkei schloss daraufhin vorübergehend ihre Grenzübergänge in die Region."
K16 = "„Wir wissen, wie man die Hände bricht, die sich nach unserer Flagge ausstrecken“, warnte Erdoğan."
K17 = ("In der Türkei leben nach offiziellen Angaben rund 3,1 Millionen Syrer, die vor dem Bürgerkrieg in ihrer "
       "Heimat geflohen sind.")
K18 = "Die Stimmung gegen sie hat sich seit Beginn der Wirtschaftskrise deutlich verschärft."

DE01 = {
    "id": "hm308-de-01", "lang": "de", "url": None, "published": "2024-07-01",
    "title": "Ausschreitungen gegen Syrer in Kayseri – Erdoğan gibt Opposition Mitschuld",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7, K8], [K9, K10, K11, K12], [K13, K14, K15, K16],
                       [K17, K18]),
    "events": [
        event("COERCE", TUR_POLICE, KAYSERI_MOB, K1, mode="arrest", location="Kayseri", location_country="TUR"),
        event("PROTEST", KAYSERI_MOB, SYRIANS_TUR, K2, mode="riot", date="2024-06-30", location="Kayseri",
              location_country="TUR"),
        event("COERCE", TUR_POLICE, KAYSERI_SUSPECT, K4, mode="arrest", location="Kayseri", location_country="TUR"),
        event("COERCE", TUR_POLICE, KAYSERI_MOB, K5, mode="arrest", location="Kayseri", location_country="TUR"),
        event("PROTEST", RIOTERS_TUR, SYRIANS_TUR, K6, mode="riot"),
        event("MOBILIZE", TUR_POLICE, None, K7, mode="police"),
        event("COERCE", TUR_AUTH, None, K8, mode="curfew", location="Kayseri", location_country="TUR",
              negated=True),
        event("ACCUSE", ERDOGAN, RIOTERS_TUR, K9, mode="disapprove", date="2024-07-01", location="Ankara",
              location_country="TUR"),
        event("ACCUSE", ERDOGAN, TUR_OPP, K11, mode="allege"),
        event("ACCUSE", OZEL, TUR_GOV, K12, mode="allege"),
        event("PROTEST", SYR_PROTESTERS, TURKEY, K13, mode="demo", date="2024-07-01", location="northern Syria",
              location_country="SYR"),
        event("ASSAULT", AFRIN_GUNMEN, TUR_ARMY, K14, mode="firearms", location="Afrin", location_country="SYR"),
        event("SANCTION", TURKEY, SYRIA, K15, mode="discontinue"),
        event("THREATEN", ERDOGAN, SYR_PROTESTERS, K16),
    ],
    "quotes": [
        quote("Der Verdächtige sei noch in der Nacht festgenommen worden", "Gökmen Çiçek", "indirect"),
        quote("67 Menschen seien im Zusammenhang mit den Krawallen in Gewahrsam genommen worden", "Ali Yerlikaya",
              "indirect"),
        quote("Fremdenfeindlichkeit und Hass auf Flüchtlinge hätten in der Türkei keinen Platz",
              "Recep Tayyip Erdoğan", "indirect"),
        quote("giftige Rhetorik", "Recep Tayyip Erdoğan", "direct"),
        quote("Deren „giftige Rhetorik“ habe den Boden für die Gewalt bereitet", "Recep Tayyip Erdoğan", "indirect"),
        quote("mit ihrer gescheiterten Flüchtlingspolitik selbst die Spannungen geschürt zu haben", "Özgür Özel",
              "indirect"),
        quote("Wir wissen, wie man die Hände bricht, die sich nach unserer Flagge ausstrecken", "Recep Tayyip Erdoğan",
              "direct"),
    ],
    "entities": [
        entity("Istanbul", "LOC", "TUR", ["Istanbul"]),
        entity("Kayseri", "LOC", "TUR", ["der zentralanatolischen Stadt Kayseri", "Kayseri", "der Provinz"]),
        entity("Turkish police", "ORG", "TUR", ["die türkische Polizei", "Die Polizei"]),
        entity("Melikgazi", "LOC", "TUR", ["Bezirk Melikgazi"]),
        entity("Gökmen Çiçek", "PER", "TUR", ["der Gouverneur der Provinz"]),
        entity("Ali Yerlikaya", "PER", "TUR", ["Innenminister Ali Yerlikaya"]),
        entity("Gaziantep", "LOC", "TUR", ["Gaziantep"]),
        entity("Hatay", "LOC", "TUR", ["Hatay"]),
        entity("Bursa", "LOC", "TUR", ["Bursa"]),
        entity("Turkish authorities", "ORG", "TUR", ["die Behörden"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["Präsident Recep Tayyip Erdoğan", "der 70-Jährige",
                                                      "Erdoğan"]),
        entity("Ankara", "LOC", "TUR", ["Ankara"]),
        entity("Turkey", "LOC", "TUR", ["der Türkei", "die Türkei", "Die Türkei"]),
        entity("Turkish opposition", "ORG", "TUR", ["die Opposition"]),
        entity("Republican People's Party", "ORG", "TUR", ["der größten Oppositionspartei CHP"]),
        entity("Özgür Özel", "PER", "TUR", ["Özgür Özel"]),
        entity("Government of Turkey", "ORG", "TUR", ["der Regierung"]),
        entity("Northern Syria", "LOC", "SYR", ["Im Norden Syriens", "die Region"]),
        entity("Syria", "LOC", "SYR", ["Syriens"]),
        entity("Turkish Armed Forces", "ORG", "TUR", ["die türkische Armee"]),
        entity("Syrian National Army", "ORG", "SYR", ["mit ihr verbündete Milizen"]),
        entity("Afrin", "LOC", "SYR", ["Afrin"]),
    ],
}

# ---------------------------------------------------------------- hm308-de-02 (Russia, FBK journalists sentenced)
NAGATINSKY_COURT = actor("Nagatinsky District Court", "RUS", "JUD")
FBK_JOURNALISTS = actor("four journalists convicted in the FBK case", "RUS", "CVL")
RUS_PROSECUTORS = actor("Russian prosecutors", "RUS", "JUD")
RUS_AUTH = actor("Russian authorities", "RUS", "GOV")
PEVCHIKH = actor("Maria Pevchikh", "RUS", "OPP")
RSF = actor("Reporters Without Borders", "NGO", "NGO")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
EU = actor("European Union", "EUR", "IGO")
COURT_PROTESTERS = actor("supporters of the journalists outside the Moscow court", "RUS", "CVL")
MOSCOW_POLICE = actor("Moscow police", "RUS", "COP")

F1 = ("Moskau (dpa) - Ein Moskauer Gericht hat vier Journalisten wegen angeblicher Mitarbeit in der Organisation "
      "des verstorbenen Kremlgegners Alexej Nawalny zu jeweils fünfeinhalb Jahren Straflager verurteilt.")
F2 = ("Das Nagatinski-Bezirksgericht sah es am Dienstag als erwiesen an, dass sich die vier an einer "
      "extremistischen Vereinigung beteiligt hätten.")
F3 = ("Bei den Angeklagten handelt es sich um die Reporterin Antonina Faworskaja, den Videojournalisten Artjom "
      "Kriger sowie die freien Mitarbeiter Konstantin Gabow und Sergej Karelin.")
F4 = ("Die Staatsanwaltschaft hatte ihnen vorgeworfen, Videos und Texte für Nawalnys Antikorruptionsstiftung FBK "
      "produziert zu haben, die in Russland seit 2021 als extremistisch verboten ist.")
F5 = "Alle vier wiesen die Vorwürfe zurück."
F6 = ("„Ich werde für das verurteilt, was eigentlich meine Arbeit ist: für Journalismus“, sagte Faworskaja in "
      "ihrem Schlusswort.")
F7 = ("Die Reporterin hatte für das Portal SOTAvision unter anderem über Nawalnys letzten Gerichtstermin im Februar "
      "2024 berichtet, einen Tag vor seinem Tod in einem Straflager nördlich des Polarkreises.")
F8 = "Die vier waren im vergangenen Jahr festgenommen worden und sitzen seither in Untersuchungshaft."
F9 = "Nawalnys Team erklärte, keiner der vier habe je für die Stiftung gearbeitet."
F10 = ("Das Urteil sei Rache an allen, die in Russland noch ehrlich berichteten, schrieb Nawalnys Mitstreiterin "
       "Maria Pewtschich.")
F11 = "Kremlsprecher Dmitri Peskow lehnte einen Kommentar ab und verwies auf die Unabhängigkeit der Gerichte."
F12 = ("Die Organisation Reporter ohne Grenzen nannte das Urteil eine „Farce“ und forderte die sofortige Freilassung "
       "der Journalisten.")
F13 = "Die EU verlangte ebenfalls, die vier „unverzüglich und bedingungslos“ freizulassen."
F14 = "Vor dem Gerichtsgebäude protestierten am Morgen mehrere Dutzend Unterstützer mit Plakaten gegen den Prozess."
F15 = "Polizisten führten zwei von ihnen ab, wie die Bürgerrechtsorganisation OWD-Info berichtete."
F16 = ("Seit Beginn der russischen Invasion in der Ukraine im Februar 2022 sind nach Zählung von Menschenrechtlern "
       "Dutzende Journalisten in Russland inhaftiert worden.")
F17 = "Die Anwälte der Verurteilten kündigten Berufung an."

DE02 = {
    "id": "hm308-de-02", "lang": "de", "url": None, "published": "2025-04-15",
    "title": "Fünfeinhalb Jahre Straflager für vier Journalisten wegen Nawalny-Stiftung",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6, F7, F8], [F9, F10, F11, F12, F13], [F14, F15, F16, F17]),
    "events": [
        event("SANCTION", NAGATINSKY_COURT, FBK_JOURNALISTS, F1, mode="convict", location="Moscow",
              location_country="RUS"),
        event("COERCE", NAGATINSKY_COURT, FBK_JOURNALISTS, F1, mode="arrest", location="Moscow",
              location_country="RUS"),
        event("SANCTION", NAGATINSKY_COURT, FBK_JOURNALISTS, F2, mode="convict", date="2025-04-15",
              location="Moscow", location_country="RUS"),
        event("ACCUSE", RUS_PROSECUTORS, FBK_JOURNALISTS, F4, mode="allege"),
        event("COERCE", RUS_AUTH, FBK_JOURNALISTS, F8, mode="arrest"),
        event("ACCUSE", PEVCHIKH, NAGATINSKY_COURT, F10, mode="disapprove"),
        event("ACCUSE", RSF, NAGATINSKY_COURT, F12, mode="disapprove"),
        event("REQUEST", RSF, RUS_GOV, F12, mode="yield"),
        event("REQUEST", EU, RUS_GOV, F13, mode="yield"),
        event("PROTEST", COURT_PROTESTERS, NAGATINSKY_COURT, F14, mode="demo", date="2025-04-15",
              location="Moscow", location_country="RUS"),
        event("COERCE", MOSCOW_POLICE, COURT_PROTESTERS, F15, mode="arrest", date="2025-04-15", location="Moscow",
              location_country="RUS"),
    ],
    "quotes": [
        quote("dass sich die vier an einer extremistischen Vereinigung beteiligt hätten", "Nagatinsky District Court",
              "indirect"),
        quote("Videos und Texte für Nawalnys Antikorruptionsstiftung FBK produziert zu haben", "Russian prosecutors",
              "indirect"),
        quote("Ich werde für das verurteilt, was eigentlich meine Arbeit ist: für Journalismus",
              "Antonina Favorskaya", "direct"),
        quote("keiner der vier habe je für die Stiftung gearbeitet", "Anti-Corruption Foundation", "indirect"),
        quote("Das Urteil sei Rache an allen, die in Russland noch ehrlich berichteten", "Maria Pevchikh",
              "indirect"),
        quote("Farce", "Reporters Without Borders", "direct"),
        quote("unverzüglich und bedingungslos", "European Union", "direct"),
        quote("die vier „unverzüglich und bedingungslos“ freizulassen", "European Union", "indirect"),
        quote("Polizisten führten zwei von ihnen ab", "OVD-Info", "indirect"),
    ],
    "entities": [
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Nagatinsky District Court", "ORG", "RUS", ["Ein Moskauer Gericht", "Das Nagatinski-Bezirksgericht",
                                                           "dem Gerichtsgebäude"]),
        entity("Alexei Navalny", "PER", "RUS", ["des verstorbenen Kremlgegners Alexej Nawalny", "Nawalnys"]),
        entity("Antonina Favorskaya", "PER", "RUS", ["die Reporterin Antonina Faworskaja", "Faworskaja",
                                                     "Die Reporterin"]),
        entity("Artyom Kriger", "PER", "RUS", ["den Videojournalisten Artjom Kriger"]),
        entity("Konstantin Gabov", "PER", "RUS", ["Konstantin Gabow"]),
        entity("Sergei Karelin", "PER", "RUS", ["Sergej Karelin"]),
        entity("Russian prosecutors", "ORG", "RUS", ["Die Staatsanwaltschaft"]),
        entity("Anti-Corruption Foundation", "ORG", "RUS", ["der Organisation des verstorbenen Kremlgegners",
                                                            "Nawalnys Antikorruptionsstiftung FBK",
                                                            "Nawalnys Team", "die Stiftung"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("SOTAvision", "ORG", "RUS", ["das Portal SOTAvision"]),
        entity("Maria Pevchikh", "PER", "RUS", ["Nawalnys Mitstreiterin Maria Pewtschich"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Reporters Without Borders", "ORG", "NGO", ["Die Organisation Reporter ohne Grenzen"]),
        entity("European Union", "ORG", "EUR", ["Die EU"]),
        entity("Moscow police", "ORG", "RUS", ["Polizisten"]),
        entity("OVD-Info", "ORG", "RUS", ["die Bürgerrechtsorganisation OWD-Info"]),
        entity("Ukraine", "LOC", "UKR", ["der Ukraine"]),
    ],
}

# ---------------------------------------------------------------- hm308-de-03 (Moldova, Sandu wins the run-off)
SANDU = actor("Maia Sandu", "MDA", "GOV")
SHOR = actor("Ilan Shor", "MDA", "OPP")
RUSSIA = actor("Russia", "RUS", "GOV")
STOIANOGLO = actor("Alexandr Stoianoglo", "MDA", "OPP")
MDA_POLICE = actor("Moldovan police", "MDA", "COP")
SECRIERU = actor("Stanislav Secrieru", "MDA", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
MDA_AUTH = actor("Moldovan authorities", "MDA", "GOV")
VON_DER_LEYEN = actor("Ursula von der Leyen", "EUR", "IGO")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
IOHANNIS = actor("Klaus Iohannis", "ROU", "GOV")

M1 = ("Chisinau (dpa) - Die proeuropäische Präsidentin der Republik Moldau, Maia Sandu, hat die Stichwahl um ihr "
      "Amt gewonnen und bleibt für weitere vier Jahre Staatschefin.")
M2 = ("Nach Auszählung fast aller Stimmen kam die 52-Jährige auf gut 55 Prozent, wie die Zentrale Wahlkommission "
      "am Montag mitteilte.")
M3 = ("Ihr Herausforderer Alexandr Stoianoglo, ein früherer Generalstaatsanwalt, der von den prorussischen "
      "Sozialisten unterstützt wurde, erhielt knapp 45 Prozent.")
M4 = "Den Ausschlag gaben die Moldauer im Ausland, von denen mehr als 80 Prozent für Sandu stimmten."
M5 = "„Moldau, du hast gewonnen“, rief Sandu in der Nacht ihren Anhängern in Chisinau zu."
M6 = ("Die Wahl sei von einem beispiellosen Angriff mit schmutzigem Geld, Stimmenkauf und Einmischung von außen "
      "überschattet worden, sagte sie.")
M7 = ("Sie machte kriminelle Netzwerke um den nach Moskau geflohenen Oligarchen Ilan Shor verantwortlich, die im "
      "Auftrag Russlands Stimmen gekauft hätten.")
M8 = "Stoianoglo räumte seine Niederlage zunächst nicht ein."
M9 = ("Er warf der Präsidentin vor, sie sei nur noch „die Präsidentin der Diaspora“ und habe das Land tief "
      "gespalten.")
M10 = ("Die Polizei leitete nach eigenen Angaben mehrere Ermittlungsverfahren wegen organisierter Transporte von "
       "Wählern aus Russland, Belarus und Aserbaidschan ein.")
M11 = ("Der Nationale Sicherheitsberater Stanislav Secrieru sprach von einer „massiven Einmischung“ Russlands, "
       "unter anderem durch falsche Bombendrohungen gegen Wahllokale in Deutschland, Großbritannien und Rumänien.")
M12 = ("Kremlsprecher Dmitri Peskow sagte am Montag in Moskau, man könne die Abstimmung nicht als frei und fair "
       "bezeichnen.")
M13 = ("Für die Hunderttausenden Moldauer in Russland seien nur zwei Wahllokale geöffnet worden, während es in "
       "westeuropäischen Ländern Dutzende gegeben habe, kritisierte er.")
M14 = ("EU-Kommissionspräsidentin Ursula von der Leyen gratulierte Sandu und sicherte ihr die Unterstützung der EU "
       "auf dem Weg in die Union zu.")
M15 = ("Auch der ukrainische Präsident Wolodymyr Selenskyj und der rumänische Staatschef Klaus Iohannis "
       "gratulierten.")
M16 = "Sandu versprach, sie werde auch die Präsidentin jener Bürger sein, die nicht für sie gestimmt hätten."
M17 = ("Das Land mit rund 2,5 Millionen Einwohnern zwischen Rumänien und der Ukraine ist seit 2022 "
       "Beitrittskandidat der EU.")

DE03 = {
    "id": "hm308-de-03", "lang": "de", "url": None, "published": "2024-11-04",
    "title": "Proeuropäische Amtsinhaberin Sandu gewinnt Stichwahl in Moldau",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6, M7], [M8, M9, M10, M11], [M12, M13], [M14, M15, M16, M17]),
    "events": [
        event("ACCUSE", SANDU, SHOR, M7, mode="allege"),
        event("ACCUSE", SANDU, RUSSIA, M7, mode="allege"),
        event("CONCEDE", STOIANOGLO, SANDU, M8, negated=True),
        event("ACCUSE", STOIANOGLO, SANDU, M9, mode="disapprove"),
        event("ACCUSE", MDA_POLICE, None, M10, mode="investigate"),
        event("ACCUSE", SECRIERU, RUSSIA, M11, mode="allege"),
        event("ACCUSE", PESKOV, MDA_AUTH, M12, mode="disapprove", date="2024-11-04", location="Moscow",
              location_country="RUS"),
        event("ACCUSE", PESKOV, MDA_AUTH, M13, mode="disapprove"),
        event("SUPPORT", VON_DER_LEYEN, SANDU, M14),
        event("SUPPORT", ZELENSKY, SANDU, M15),
        event("SUPPORT", IOHANNIS, SANDU, M15),
    ],
    "quotes": [
        quote("Nach Auszählung fast aller Stimmen kam die 52-Jährige auf gut 55 Prozent",
              "Central Electoral Commission of Moldova", "indirect"),
        quote("Moldau, du hast gewonnen", "Maia Sandu", "direct"),
        quote("Die Wahl sei von einem beispiellosen Angriff mit schmutzigem Geld, Stimmenkauf und Einmischung von "
              "außen überschattet worden", "Maia Sandu", "indirect"),
        quote("die im Auftrag Russlands Stimmen gekauft hätten", "Maia Sandu", "indirect"),
        quote("die Präsidentin der Diaspora", "Alexandr Stoianoglo", "direct"),
        quote("sie sei nur noch „die Präsidentin der Diaspora“ und habe das Land tief gespalten",
              "Alexandr Stoianoglo", "indirect"),
        quote("massiven Einmischung", "Stanislav Secrieru", "direct"),
        quote("man könne die Abstimmung nicht als frei und fair bezeichnen", "Dmitry Peskov", "indirect"),
        quote("Für die Hunderttausenden Moldauer in Russland seien nur zwei Wahllokale geöffnet worden, während es "
              "in westeuropäischen Ländern Dutzende gegeben habe", "Dmitry Peskov", "indirect"),
        quote("sie werde auch die Präsidentin jener Bürger sein, die nicht für sie gestimmt hätten", "Maia Sandu",
              "indirect"),
    ],
    "entities": [
        entity("Chisinau", "LOC", "MDA", ["Chisinau"]),
        entity("Moldova", "LOC", "MDA", ["der Republik Moldau", "Moldau", "Das Land", "das Land"]),
        entity("Maia Sandu", "PER", "MDA", ["Maia Sandu", "die 52-Jährige", "Sandu", "der Präsidentin"]),
        entity("Central Electoral Commission of Moldova", "ORG", "MDA", ["die Zentrale Wahlkommission"]),
        entity("Alexandr Stoianoglo", "PER", "MDA", ["Ihr Herausforderer Alexandr Stoianoglo", "Stoianoglo"]),
        entity("Party of Socialists of the Republic of Moldova", "ORG", "MDA", ["den prorussischen Sozialisten"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Ilan Shor", "PER", "MDA", ["Oligarchen Ilan Shor"]),
        entity("Russia", "LOC", "RUS", ["Russlands", "Russland"]),
        entity("Moldovan police", "ORG", "MDA", ["Die Polizei"]),
        entity("Belarus", "LOC", "BLR", ["Belarus"]),
        entity("Azerbaijan", "LOC", "AZE", ["Aserbaidschan"]),
        entity("Stanislav Secrieru", "PER", "MDA", ["Der Nationale Sicherheitsberater Stanislav Secrieru"]),
        entity("Germany", "LOC", "DEU", ["Deutschland"]),
        entity("United Kingdom", "LOC", "GBR", ["Großbritannien"]),
        entity("Romania", "LOC", "ROU", ["Rumänien"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Ursula von der Leyen", "PER", "EUR", ["EU-Kommissionspräsidentin Ursula von der Leyen"]),
        entity("European Union", "ORG", "EUR", ["der EU", "die Union"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["der ukrainische Präsident Wolodymyr Selenskyj"]),
        entity("Klaus Iohannis", "PER", "ROU", ["der rumänische Staatschef Klaus Iohannis"]),
        entity("Ukraine", "LOC", "UKR", ["der Ukraine"]),
    ],
}

# ---------------------------------------------------------------- hm308-de-04 (Turkey/Armenia, Mirzoyan after the quake)
MIRZOYAN = actor("Ararat Mirzoyan", "ARM", "GOV")
CAVUSOGLU = actor("Mevlüt Çavuşoğlu", "TUR", "GOV")
ARMENIA = actor("Armenia", "ARM", "GOV")
ARM_GOV = actor("Government of Armenia", "ARM", "GOV")
AZE_GOV = actor("Government of Azerbaijan", "AZE", "GOV")
TUR_CONTRACTORS = actor("building contractors in the Turkish earthquake zone", "TUR", "BUS")
KILICDAROGLU = actor("Kemal Kılıçdaroğlu", "TUR", "OPP")

A1 = ("Ankara (AFP) - Gut eine Woche nach den verheerenden Erdbeben im Südosten der Türkei hat der armenische "
      "Außenminister Ararat Mirsojan das Katastrophengebiet besucht und in Ankara mit seinem türkischen Kollegen "
      "Mevlüt Çavuşoğlu gesprochen.")
A2 = ("Die beiden Minister flogen am Mittwoch gemeinsam in die schwer getroffene Provinz Adıyaman, wo sie eine "
      "Zeltstadt für Überlebende besuchten.")
A3 = "Çavuşoğlu dankte Armenien dort für die Hilfe nach der Katastrophe."
A4 = ("Am Samstag hatten fünf armenische Lastwagen mit Lebensmitteln, Medikamenten und Trinkwasser den "
      "Grenzübergang Margara passiert.")
A5 = "Die Türkei hatte den Übergang eigens für die Hilfslieferungen geöffnet – zum ersten Mal seit 35 Jahren."
A6 = ("„Wir werden den Normalisierungsprozess mit Armenien fortsetzen“, sagte Çavuşoğlu auf einer gemeinsamen "
      "Pressekonferenz.")
A7 = ("Beide Seiten vereinbarten, die Öffnung des Übergangs für Diplomaten und Bürger von Drittstaaten "
      "vorzubereiten.")
A8 = ("Mirsojan sagte, Armenien sei zu einer vollständigen Normalisierung der Beziehungen und zur Öffnung der "
      "gemeinsamen Grenze bereit.")
A9 = "Dies sei eine Chance, die man nicht verpassen dürfe, fügte der 43-Jährige hinzu."
A10 = ("Çavuşoğlu rief Eriwan und Baku auf, ihre Verhandlungen über einen Friedensvertrag rasch "
       "abzuschließen.")
A11 = ("Die Türkei und Armenien unterhalten keine diplomatischen Beziehungen, die Grenze zwischen beiden Ländern "
       "ist seit 1993 geschlossen.")
A12 = ("Bei den Beben vom 6. Februar kamen in der Türkei nach jüngsten Angaben mehr als 35.000 Menschen ums Leben, "
       "im benachbarten Syrien mehrere Tausend.")
A13 = ("Justizminister Bekir Bozdağ sagte, wegen Pfuschs beim Bau eingestürzter Häuser seien bislang mehr als 130 "
       "Verdächtige festgenommen worden, vor allem Bauunternehmer.")
A14 = ("Oppositionsführer Kemal Kılıçdaroğlu warf der Regierung von Präsident Recep Tayyip Erdoğan vor, mit "
       "wiederholten Amnestien für illegal errichtete Gebäude den Tod Tausender Menschen mitverschuldet zu haben.")
A15 = ("Erdoğan hatte vergangene Woche für die zehn betroffenen Provinzen einen dreimonatigen Ausnahmezustand "
       "verhängt.")

DE04 = {
    "id": "hm308-de-04", "lang": "de", "url": None, "published": "2023-02-15",
    "title": "Armeniens Außenminister besucht türkisches Erdbebengebiet",
    "text": paragraphs([A1, A2, A3], [A4, A5], [A6, A7, A8, A9, A10], [A11, A12], [A13, A14, A15]),
    "events": [
        event("CONSULT", MIRZOYAN, CAVUSOGLU, A1, mode="visit", location="Ankara", location_country="TUR"),
        event("CONSULT", MIRZOYAN, CAVUSOGLU, A2, mode="visit", date="2023-02-15", location="Adıyaman",
              location_country="TUR"),
        event("SUPPORT", CAVUSOGLU, ARMENIA, A3, location="Adıyaman", location_country="TUR"),
        event("AID", ARMENIA, TURKEY, A4, date="2023-02-11", location="Margara", location_country="ARM"),
        event("RETREAT", TURKEY, ARMENIA, A5, mode="access"),
        event("AGREE", CAVUSOGLU, ARMENIA, A6),
        event("AGREE", MIRZOYAN, CAVUSOGLU, A7),
        event("AGREE", MIRZOYAN, TURKEY, A8),
        event("REQUEST", CAVUSOGLU, ARM_GOV, A10, mode="change"),
        event("REQUEST", CAVUSOGLU, AZE_GOV, A10, mode="change"),
        event("COERCE", TUR_AUTH, TUR_CONTRACTORS, A13, mode="arrest"),
        event("ACCUSE", KILICDAROGLU, TUR_GOV, A14, mode="allege"),
    ],
    "quotes": [
        quote("Wir werden den Normalisierungsprozess mit Armenien fortsetzen", "Mevlüt Çavuşoğlu", "direct"),
        quote("Armenien sei zu einer vollständigen Normalisierung der Beziehungen und zur Öffnung der gemeinsamen "
              "Grenze bereit", "Ararat Mirzoyan", "indirect"),
        quote("Dies sei eine Chance, die man nicht verpassen dürfe", "Ararat Mirzoyan", "indirect"),
        quote("wegen Pfuschs beim Bau eingestürzter Häuser seien bislang mehr als 130 Verdächtige festgenommen "
              "worden, vor allem Bauunternehmer", "Bekir Bozdağ", "indirect"),
        quote("mit wiederholten Amnestien für illegal errichtete Gebäude den Tod Tausender Menschen mitverschuldet "
              "zu haben", "Kemal Kılıçdaroğlu", "indirect"),
    ],
    "entities": [
        entity("Ankara", "LOC", "TUR", ["Ankara"]),
        entity("Turkey", "LOC", "TUR", ["der Türkei", "Die Türkei"]),
        entity("Turkish earthquake zone", "LOC", "TUR", ["Südosten der Türkei", "das Katastrophengebiet"]),
        entity("Ararat Mirzoyan", "PER", "ARM", ["der armenische Außenminister Ararat Mirsojan", "Mirsojan",
                                                 "der 43-Jährige"]),
        entity("Mevlüt Çavuşoğlu", "PER", "TUR", ["seinem türkischen Kollegen Mevlüt Çavuşoğlu", "Çavuşoğlu"]),
        entity("Adıyaman", "LOC", "TUR", ["die schwer getroffene Provinz Adıyaman"]),
        entity("Armenia", "LOC", "ARM", ["Armenien"]),
        entity("Margara", "LOC", "ARM", ["Grenzübergang Margara", "den Übergang", "des Übergangs"]),
        entity("Government of Armenia", "ORG", "ARM", ["Eriwan"]),
        entity("Government of Azerbaijan", "ORG", "AZE", ["Baku"]),
        entity("Syria", "LOC", "SYR", ["im benachbarten Syrien"]),
        entity("Bekir Bozdağ", "PER", "TUR", ["Justizminister Bekir Bozdağ"]),
        entity("Kemal Kılıçdaroğlu", "PER", "TUR", ["Oppositionsführer Kemal Kılıçdaroğlu"]),
        entity("Government of Turkey", "ORG", "TUR", ["der Regierung"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["Präsident Recep Tayyip Erdoğan", "Erdoğan"]),
    ],
}

# ---------------------------------------------------------------- hm308-en-01 (Ukraine, Arestovych resigns after Dnipro strike)
ARESTOVYCH = actor("Oleksiy Arestovych", "UKR", "GOV")
RUS_FORCES = actor("Russian Armed Forces", "RUS", "MIL")
DNIPRO_RESIDENTS = actor("residents of Dnipro", "UKR", "CVL")
UKR_FORCES = actor("Ukrainian Armed Forces", "UKR", "MIL")
DNIPRO_VICTIMS = actor("victims of the Dnipro missile strike and their relatives", "UKR", "CVL")
SBU = actor("Security Service of Ukraine", "UKR", "GOV")
RUS_REGIMENT = actor("Russian air force regiment that launched the missile on Dnipro", "RUS", "MIL")
UKR_PROSECUTORS = actor("Office of the Prosecutor General of Ukraine", "UKR", "JUD")
SUNAK = actor("Rishi Sunak", "GBR", "GOV")
GERMANY = actor("Germany", "DEU", "GOV")
UK = actor("United Kingdom", "GBR", "GOV")
UKRAINE = actor("Ukraine", "UKR", "GOV")
SCHOLZ = actor("Olaf Scholz", "DEU", "GOV")

E1 = ("KYIV, Jan 17 (Reuters) - Oleksiy Arestovych, an adviser to the head of Ukraine's presidential office, "
      "submitted his resignation on Tuesday after saying that a Russian missile that killed dozens of people in the "
      "city of Dnipro had crashed into an apartment block after being shot down by Ukrainian air defences.")
E2 = ("The missile struck the nine-storey building in the south-eastern city on Saturday afternoon, collapsing an "
      "entire section of it.")
E3 = ("Rescuers ended their search of the rubble on Tuesday with the death toll at 45, including six children, "
      "regional governor Valentyn Reznichenko said.")
E4 = ("Ukraine's air force said it had no weapons capable of shooting down the Kh-22, a heavy Soviet-designed "
      "missile that flies at several times the speed of sound.")
E5 = "Arestovych made his remarks in a late-night online interview hours after the strike, drawing outrage at home."
E6 = ("Kremlin spokesman Dmitry Peskov said on Monday that Russian forces did not strike residential buildings and "
      "that the tragedy had been caused by Ukrainian air defences, citing \"some Ukrainian officials.\"")
E7 = ('"I submit my letter of resignation as an example of civilised behaviour," Arestovych wrote in a statement, '
      'apologising to the victims, their relatives and the people of Dnipro for what he called "a fundamental '
      'mistake."')
E8 = ("President Volodymyr Zelenskiy, who did not comment on the resignation, said in his nightly video address "
      "that everyone involved in the strike would be identified and brought to justice.")
E9 = '"Russian terror must lose - in Dnipro and in every city and village of our country," he said.'
E10 = ("The SBU security service said it had identified the Russian air force regiment whose Tu-22M3 bombers fired "
       "the missile from Russia's Kursk region, and prosecutors opened a war crimes investigation.")
E11 = ("On Monday, Zelenskiy thanked British Prime Minister Rishi Sunak for pledging Challenger 2 tanks and urged "
       "Germany to allow deliveries of Leopard tanks.")
E12 = ("Britain announced on Saturday that it would send 14 of the tanks, becoming the first Western country to "
       "promise modern main battle tanks to Ukraine.")
E13 = ("German Chancellor Olaf Scholz has so far declined to send Leopard 2 tanks or to let other countries "
       "re-export them.")
E14 = ("Arestovych, a former military intelligence officer, became one of Ukraine's best-known commentators after "
       "Russia's full-scale invasion in February 2022 through his daily video briefings.")
E15 = "It was not immediately clear whether Zelenskiy would accept the resignation."

EN01 = {
    "id": "hm308-en-01", "lang": "en", "url": None, "published": "2023-01-17",
    "title": "Zelenskiy adviser Arestovych resigns over Dnipro missile remarks",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7], [E8, E9, E10], [E11, E12, E13], [E14, E15]),
    "events": [
        event("RETREAT", ARESTOVYCH, None, E1, mode="resign", date="2023-01-17"),
        event("ASSAULT", RUS_FORCES, DNIPRO_RESIDENTS, E2, date="2023-01-14", location="Dnipro",
              location_country="UKR"),
        event("ACCUSE", PESKOV, UKR_FORCES, E6, mode="allege", date="2023-01-16"),
        event("RETREAT", ARESTOVYCH, None, E7, mode="resign"),
        event("CONCEDE", ARESTOVYCH, DNIPRO_VICTIMS, E7),
        event("THREATEN", ZELENSKY, RUS_FORCES, E8),
        event("ACCUSE", ZELENSKY, RUSSIA, E9, mode="disapprove"),
        event("ACCUSE", SBU, RUS_REGIMENT, E10, mode="allege"),
        event("ACCUSE", UKR_PROSECUTORS, RUS_FORCES, E10, mode="investigate"),
        event("SUPPORT", ZELENSKY, SUNAK, E11, date="2023-01-16"),
        event("REQUEST", ZELENSKY, GERMANY, E11, mode="assist", date="2023-01-16"),
        event("AGREE", UK, UKRAINE, E12, date="2023-01-14"),
        event("REJECT", SCHOLZ, UKRAINE, E13, mode="assist"),
    ],
    "quotes": [
        quote("a Russian missile that killed dozens of people in the city of Dnipro had crashed into an apartment "
              "block after being shot down by Ukrainian air defences", "Oleksiy Arestovych", "indirect"),
        quote("Rescuers ended their search of the rubble on Tuesday with the death toll at 45, including six "
              "children", "Valentyn Reznichenko", "indirect"),
        quote("it had no weapons capable of shooting down the Kh-22, a heavy Soviet-designed missile that flies at "
              "several times the speed of sound", "Ukrainian Air Force", "indirect"),
        quote("Russian forces did not strike residential buildings and that the tragedy had been caused by "
              "Ukrainian air defences", "Dmitry Peskov", "indirect"),
        quote("some Ukrainian officials", "Dmitry Peskov", "direct"),
        quote("I submit my letter of resignation as an example of civilised behaviour", "Oleksiy Arestovych",
              "direct"),
        quote("a fundamental mistake", "Oleksiy Arestovych", "direct"),
        quote("everyone involved in the strike would be identified and brought to justice", "Volodymyr Zelensky",
              "indirect"),
        quote("Russian terror must lose - in Dnipro and in every city and village of our country",
              "Volodymyr Zelensky", "direct"),
        quote("it had identified the Russian air force regiment whose Tu-22M3 bombers fired the missile from "
              "Russia's Kursk region", "Security Service of Ukraine", "indirect"),
    ],
    "entities": [
        entity("Kyiv", "LOC", "UKR", ["KYIV"]),
        entity("Oleksiy Arestovych", "PER", "UKR", ["Oleksiy Arestovych", "Arestovych"]),
        entity("Andriy Yermak", "PER", "UKR", ["the head of Ukraine's presidential office"]),
        entity("Office of the President of Ukraine", "ORG", "UKR", ["Ukraine's presidential office"]),
        entity("Dnipro", "LOC", "UKR", ["the city of Dnipro", "the south-eastern city", "Dnipro"]),
        entity("Ukrainian Air Force", "ORG", "UKR", ["Ukrainian air defences", "Ukraine's air force"]),
        entity("Valentyn Reznichenko", "PER", "UKR", ["regional governor Valentyn Reznichenko"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine", "our country"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlin spokesman Dmitry Peskov"]),
        entity("Russian Armed Forces", "ORG", "RUS", ["Russian forces"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["President Volodymyr Zelenskiy", "Zelenskiy"]),
        entity("Security Service of Ukraine", "ORG", "UKR", ["The SBU security service"]),
        entity("Russian air force regiment that launched the missile on Dnipro", "ORG", "RUS",
               ["the Russian air force regiment"]),
        entity("Kursk Oblast", "LOC", "RUS", ["Russia's Kursk region"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("Office of the Prosecutor General of Ukraine", "ORG", "UKR", ["prosecutors"]),
        entity("Rishi Sunak", "PER", "GBR", ["British Prime Minister Rishi Sunak"]),
        entity("Germany", "LOC", "DEU", ["Germany"]),
        entity("United Kingdom", "LOC", "GBR", ["Britain"]),
        entity("Olaf Scholz", "PER", "DEU", ["German Chancellor Olaf Scholz"]),
    ],
}

# ---------------------------------------------------------------- hm308-en-02 (Serbia, protest at Belgrade city hall)
SRB_POLICE = actor("Serbian police", "SRB", "COP")
BELGRADE_PROTESTERS = actor("opposition protesters in Belgrade", "SRB", "CVL")
SRB_GOV = actor("Government of Serbia", "SRB", "GOV")
VUCIC = actor("Aleksandar Vučić", "SRB", "GOV")
SPN = actor("Serbia Against Violence", "SRB", "OPP")
SNS = actor("Serbian Progressive Party", "SRB", "PTY")
BRNABIC = actor("Ana Brnabić", "SRB", "GOV")
RUS_SERVICES = actor("Russian security services", "RUS", "GOV")
ODIHR = actor("OSCE Office for Democratic Institutions and Human Rights", "IGO", "IGO")
TEPIC = actor("Marinika Tepić", "SRB", "OPP")
BELGRADE_STUDENTS = actor("students in Belgrade", "SRB", "CVL")

S1 = ("BELGRADE, Dec 25 (Reuters) - Serbian police detained 38 people after opposition supporters tried to storm "
      "Belgrade's city hall overnight in protest at what they say was a rigged election, and President Aleksandar "
      "Vucic said on Monday the unrest had been an attempt to seize power by force.")
S2 = ("Several thousand people had gathered outside the city assembly on Sunday evening for a rally called by the "
      "opposition coalition Serbia Against Violence, a week after parliamentary and local elections won by "
      "Vucic's Serbian Progressive Party (SNS).")
S3 = ("Some protesters smashed windows and the glass doors of the building and threw stones, while riot police "
      "inside used pepper spray to push them back.")
S4 = "Interior Minister Bratislav Gasic said eight police officers had been injured."
S5 = ('"This was an attempt to take over institutions by force, and it failed," Vucic said in a televised address, '
      'vowing that all those responsible would be punished.')
S6 = "He said foreign services had known of the plans in advance but did not name any country."
S7 = ("Prime Minister Ana Brnabic thanked Russian security services for having warned Belgrade about the "
      "preparations for the unrest.")
S8 = ("The opposition says the Belgrade vote was marred by fraud, including the busing in of thousands of voters "
      "from neighbouring Bosnia to cast ballots in the capital.")
S9 = ("Observers from the OSCE's Office for Democratic Institutions and Human Rights (ODIHR) had reported "
      "vote-buying, pressure on public-sector employees and the misuse of public resources in favour of the "
      "ruling party.")
S10 = ("Opposition leader Marinika Tepic has been on hunger strike since Dec. 18 to demand that the election "
       "results be annulled.")
S11 = ("Students blocked a main road junction in central Belgrade on Monday afternoon, and the opposition called "
       "another rally for the evening.")
S12 = ('The European Union said the irregularities reported by observers were "unacceptable" for a country seeking '
       'to join the bloc and had to be credibly investigated.')
S13 = "Vucic rejected opposition demands for a re-run of the Belgrade vote, saying his party had won fairly."
S14 = ("Serbia, which formally applied to join the EU in 2009, has refused to join Western sanctions against Russia "
       "over its invasion of Ukraine.")

EN02 = {
    "id": "hm308-en-02", "lang": "en", "url": None, "published": "2023-12-25",
    "title": "Serbian police detain 38 after protesters try to storm Belgrade city hall",
    "text": paragraphs([S1, S2, S3, S4], [S5, S6, S7], [S8, S9, S10, S11], [S12, S13, S14]),
    "events": [
        event("COERCE", SRB_POLICE, BELGRADE_PROTESTERS, S1, mode="arrest", location="Belgrade",
              location_country="SRB"),
        event("PROTEST", BELGRADE_PROTESTERS, SRB_GOV, S1, mode="riot", location="Belgrade",
              location_country="SRB"),
        event("ACCUSE", VUCIC, BELGRADE_PROTESTERS, S1, mode="allege", date="2023-12-25"),
        event("PROTEST", SPN, SRB_GOV, S2, mode="demo", date="2023-12-24", location="Belgrade",
              location_country="SRB"),
        event("PROTEST", BELGRADE_PROTESTERS, SRB_GOV, S3, mode="riot", location="Belgrade",
              location_country="SRB"),
        event("ASSAULT", SRB_POLICE, BELGRADE_PROTESTERS, S3, mode="crowd-control", location="Belgrade",
              location_country="SRB"),
        event("ACCUSE", VUCIC, BELGRADE_PROTESTERS, S5, mode="allege"),
        event("THREATEN", VUCIC, BELGRADE_PROTESTERS, S5),
        event("SUPPORT", BRNABIC, RUS_SERVICES, S7),
        event("ACCUSE", SPN, SNS, S8, mode="allege"),
        event("ACCUSE", ODIHR, SNS, S9, mode="allege"),
        event("PROTEST", TEPIC, SRB_GOV, S10, mode="hunger"),
        event("PROTEST", BELGRADE_STUDENTS, SRB_GOV, S11, mode="obstruct", date="2023-12-25", location="Belgrade",
              location_country="SRB"),
        event("ACCUSE", EU, SRB_GOV, S12, mode="disapprove"),
        event("REQUEST", EU, SRB_GOV, S12),
        event("REJECT", VUCIC, SPN, S13, mode="change"),
    ],
    "quotes": [
        quote("the unrest had been an attempt to seize power by force", "Aleksandar Vučić", "indirect"),
        quote("eight police officers had been injured", "Bratislav Gašić", "indirect"),
        quote("This was an attempt to take over institutions by force, and it failed", "Aleksandar Vučić", "direct"),
        quote("all those responsible would be punished", "Aleksandar Vučić", "indirect"),
        quote("foreign services had known of the plans in advance", "Aleksandar Vučić", "indirect"),
        quote("the Belgrade vote was marred by fraud, including the busing in of thousands of voters from "
              "neighbouring Bosnia to cast ballots in the capital", "Serbia Against Violence", "indirect"),
        quote("unacceptable", "European Union", "direct"),
        quote('the irregularities reported by observers were "unacceptable" for a country seeking to join the bloc '
              'and had to be credibly investigated', "European Union", "indirect"),
        quote("his party had won fairly", "Aleksandar Vučić", "indirect"),
    ],
    "entities": [
        entity("Belgrade", "LOC", "SRB", ["BELGRADE", "Belgrade", "the capital"]),
        entity("Serbian police", "ORG", "SRB", ["Serbian police", "riot police"]),
        entity("Belgrade City Assembly", "ORG", "SRB", ["Belgrade's city hall", "the city assembly", "the building"]),
        entity("Aleksandar Vučić", "PER", "SRB", ["President Aleksandar Vucic", "Vucic"]),
        entity("Serbia Against Violence", "ORG", "SRB", ["the opposition coalition Serbia Against Violence",
                                                         "The opposition", "the opposition"]),
        entity("Serbian Progressive Party", "ORG", "SRB", ["Vucic's Serbian Progressive Party (SNS)",
                                                           "the ruling party", "his party"]),
        entity("Bratislav Gašić", "PER", "SRB", ["Interior Minister Bratislav Gasic"]),
        entity("Ana Brnabić", "PER", "SRB", ["Prime Minister Ana Brnabic"]),
        entity("Russian security services", "ORG", "RUS", ["Russian security services"]),
        entity("Bosnia and Herzegovina", "LOC", "BIH", ["neighbouring Bosnia"]),
        entity("OSCE Office for Democratic Institutions and Human Rights", "ORG", "IGO",
               ["the OSCE's Office for Democratic Institutions and Human Rights (ODIHR)"]),
        entity("OSCE", "ORG", "IGO", ["the OSCE"]),
        entity("Marinika Tepić", "PER", "SRB", ["Opposition leader Marinika Tepic"]),
        entity("European Union", "ORG", "EUR", ["The European Union", "the bloc", "the EU"]),
        entity("Serbia", "LOC", "SRB", ["Serbia"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
